"""The letter-shape score of single spam tokens (spam46, issue 12 point 3): made-up tokens, none of any set."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_letters import GATE, MODEL, letter_score, shape_key
from mtpipe.document import Document

_CLEANER = Cleaner(CleanOptions(removal_policy="balanced"))
_START = "{} tới năm sau, ngành chuyển phát được dự báo sẽ tăng trưởng mạnh."
_INNER = "Người dân trong vùng đã quen với cảnh lũ {} về mỗi năm."
_END = "Bà con trong xóm thường tụ tập ở sân đình {}."


def _flags(template: str, tok: str) -> list[tuple[str, str | None]]:
    text = template.format(tok)
    doc = _CLEANER(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    a = text.index(tok)
    return [(e.rule, e.replacement) for e in doc.ledger if e.rule.startswith("spam.") and e.start < a + len(tok) and a < e.end]


@pytest.mark.parametrize(("template", "tok"), [(_START, "Bo77"), (_START, "Zo68"), (_INNER, "ibetto")])
def test_invented_brand_flagged_never_repaired(template: str, tok: str) -> None:
    assert _flags(template, tok) == [("spam.unrepaired", None)]


@pytest.mark.parametrize(("template", "tok"), [
    (_START, "Sony"), (_START, "Oppo"),  # real brands at a sentence's start
    (_START, "Nguyen Van Nam"),  # a Vietnamese name written without marks
    (_INNER, "garden"), (_INNER, "laptop"),  # English words
    (_END, "Mazda3"), (_END, "Canon"), (_END, "CO2"),  # a model's name, a brand, a formula
])
def test_real_words_and_names_kept(template: str, tok: str) -> None:
    assert _flags(template, tok) == []


_CAPTION = "Lễ kỷ niệm 20 năm thành lập hội - ảnh {} cảnh buổi lễ tại nhà văn hóa."


@pytest.mark.parametrize("tok", ["1Quang", "2Thanh", "4Minh", "3Khung"])
def test_a_figure_glued_to_the_next_word_is_no_spam(tok: str) -> None:
    """A caption's number glued to the next word ("ảnh 1Quang cảnh", a page's real text) is a glue of two words of
    the lists, not a name holding figures; a figure glued to an invented word still is (same shape)."""
    assert _flags(_CAPTION, tok) == []
    assert _flags(_START, "7Ibetto") == [("spam.unrepaired", None)]


def test_score_orders_invented_over_real() -> None:
    for spam in ("Bo77", "Zo68", "ibetto", "Xibo27"):
        assert letter_score(spam) > GATE, spam
    for real in ("garden", "Nguyen", "Honda", "Sony", "Thanh", "laptop"):
        assert letter_score(real) < GATE, real
    assert shape_key("Go-Win88.com") == "go-win00"


def test_model_small_and_read_lazily() -> None:
    assert MODEL.stat().st_size < 500_000
    code = "import mtpipe.clean.spam, mtpipe.clean.spam_letters as m; print(m.load_model.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "0"


def test_the_model_file_is_rebuilt_from_the_repository_alone():
    """The shipped model is what tools/build_letter_shapes.py builds from files of this repository (the blocklists'
    labels kept in tools/data, no mirror needed): a clean clone rebuilds the same file."""
    import importlib.util
    from pathlib import Path

    tool = Path(__file__).resolve().parents[1] / "tools" / "build_letter_shapes.py"
    spec = importlib.util.spec_from_file_location("build_letter_shapes", tool)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.main(["--check"]) == 0

"""perf49: the sentence splitter's quick tests before its regex passes, written as one scan each, give the same
answers as the tests they replace (on real dev lines and on the forms each pass is for), and split_sentences splits
those lines as it did."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtpipe.segment import page_units, sentences, tails
from mtpipe.segment.page_units import _EMOTICON_BREAK, _emoticon_gate
from mtpipe.segment.sentences import _OPEN_ANY, _OPEN_Q, split_sentences

ROOT = Path(__file__).resolve().parents[1]
DEV_PARTS = ("held26.ann", "held28.ann", "held33.ann", "crawlru2.ann", "crawlvi.ann")  # dev parts (no blind one)

# the forms each pass is for, and pieces of the same shape without one
FORMS = [
    "Он сказал: «Всё готово». Потом ушёл.", 'He said "A. B." and left.', "„Так“, — ответил он.",
    "Вот так)) Это было весело.", "Сходить?))) Конечно!", "месте:) Это хорошо.", "Ну ;-) Ладно.", "Ура =D Пойдём.",
    "Смешно xD Правда.", "Ой ^_^ Привет.", "Было грустно (( Но прошло.", "(ауд. 413, корп. II) Лекция.",
    "Giá: 100 đồng (đã gồm VAT).", "Cần Thơ (TTXVN) Sáng nay.", "… ответственно. →", "… vào Ngân hàng máu.(đọc thêm)",
    "Текст статьи. Подробнее...", "Конец. ---", "Конец. ***", "Xem thêm", "Читать далее »", "• Пункт один • Пункт два",
    "▪ Mục một ▪ Mục hai", "Обычная строка без знаков.", "", "a", "→", "((", "))", "=(", "x(",
]


def _dev_lines(limit: int = 8000) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cleaning  # noqa: E402

    out: list[str] = []
    for name in DEV_PARTS:
        f = ROOT / "benchmarks" / "data" / "realpages" / name
        if f.exists():
            for doc in cleaning.load_file(f):
                out += [ln for ln in doc.raw().splitlines() if ln.strip()]
    return out[:limit]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    got = _dev_lines() + FORMS
    assert len(got) > 1000
    return got


def test_tail_signs_one_scan(lines: list[str]) -> None:
    for t in lines:
        assert (tails._SIGN_ANY.search(t, max(0, len(t) - 40)) is not None) == any(s in t[-40:] for s in tails._SIGNS), t


def test_bullet_and_quote_one_scan(lines: list[str]) -> None:
    for t in lines:
        assert bool(page_units._BULLET_SIGN.search(t)) == any(b in t for b in "•▪●◦►"), t
        assert bool(_OPEN_ANY.search(t)) == any(q in t for q in _OPEN_Q + '"'), t


def test_emoticon_gate_narrows_the_old_gate_only_where_nothing_matches(lines: list[str]) -> None:
    for t in lines:
        old = ")" in t or "(" in t or ":" in t or ";" in t or "^" in t
        assert not _emoticon_gate(t) or old, t  # never opens where the old gate was shut
        if old and not _emoticon_gate(t):
            assert _EMOTICON_BREAK.search(t) is None, t  # shut only where the pattern finds nothing
    assert _emoticon_gate("Вот так)) Это было весело.") and _emoticon_gate("Ура =D (да) Пойдём.")
    assert not _emoticon_gate("(ауд. 413, корп. II) Лекция.")


def test_split_sentences_on_the_forms() -> None:
    assert split_sentences("Вот так)) Это было весело.", "ru") == [(0, 9), (10, 26)]
    assert len(split_sentences("… vào Ngân hàng máu.(đọc thêm)", "vi")) == 2
    assert sentences._OPEN_ANY.pattern == '[“«„"]'

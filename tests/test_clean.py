"""Cleaning on the real seeds: chrome gone, titles once, spam repaired, every removal in the ledger."""

import re

import pytest

from mtpipe.clean import CleanOptions, Cleaner
from mtpipe.clean.rules import RuleError, load_rules
from mtpipe.ingest import read_document
from mtpipe.segment import Segmenter

CHROME = ["Шрифт", "Печать", "No comments", "Post a Comment", "Collect0", "Send gifts0", "Next post", "Previous post",
          "Customer service hotline", "_副本", ".jpg", "Responsible editor", "This article only represents",
          "Homepage |", "Li Yugang: Telling stories", "China's charity sector", "Moving the factory to Sihui",
          "w88.is", "Время:", "Jilin Daily 1709 0"]


@pytest.fixture(scope="module")
def cleaned(seeds_dir):
    out = {}
    clean, seg = Cleaner(), Segmenter()
    for p in sorted(seeds_dir.glob("*.txt")):
        out[p.name[:3]] = seg(clean(read_document(p, seeds_dir)))
    return out


def test_no_chrome_reaches_a_segment(cleaned):
    for name, doc in cleaned.items():
        joined = "\n".join(s.source for s in doc.segments)
        for c in CHROME:
            assert c not in joined, (name, c)


TITLES = [("000", 0), ("001", 2), ("002", 2), ("004", 2)]  # (seed, line of the title)


@pytest.mark.parametrize("name,line", TITLES)
def test_every_title_survives_once(cleaned, seeds_dir, name, line):
    raw = next(seeds_dir.glob(f"{name}_*")).read_text(encoding="utf-8").splitlines()
    title = raw[line].strip()
    doc = cleaned[name]
    paragraphs = [doc.text[g[0].start:g[-1].end] for g in doc.paragraphs()]
    assert paragraphs.count(title) == 1, title


def test_spam_token_restored_in_all_15_places(cleaned):
    doc = cleaned["003"]
    repairs = [e for e in doc.ledger if e.rule == "spam.repair"]
    assert len(repairs) == 15
    assert all(e.text == "w88.is" for e in repairs)
    assert "w88.is" not in doc.text
    text = doc.text
    assert text.count("Bí thư Thành ủy") == 3  # "Bí thư Thành ủy Hà Quang Trung", twice "Phó Bí thư Thành ủy"
    assert "Ban Thường vụ Thành ủy" in text
    assert text.count("thành phố") == 9
    assert "các thành viên" in text and "hình thành mô hình" in text
    assert sorted(e.replacement for e in repairs) == sorted(["Thành"] * 4 + ["thành"] * 11)


def test_dates_and_bylines_become_metadata(cleaned):
    assert cleaned["000"].meta["date"] == "2024-01-24" and cleaned["000"].meta["source"] == "CCFAO"
    assert cleaned["002"].meta["date"] == "2018-05-04"
    assert cleaned["004"].meta["source"] == "Jilin Daily"


def test_ledger_accounts_for_every_removed_character(cleaned):
    """Every non-space character of the normalised text is in a segment or in a ledger removal."""
    for name, doc in cleaned.items():
        covered = [False] * len(doc.text)
        for s in doc.segments:
            for i in range(s.start, s.end):
                covered[i] = True
        removed_raw = [False] * (len(doc.raw_text) + 1)
        for e in doc.ledger:
            if e.action == "removed":
                for i in range(e.start, e.end):
                    removed_raw[i] = True
        for i, ch in enumerate(doc.text):
            if ch.isspace() or covered[i]:
                continue
            assert removed_raw[doc.to_raw(i)], (name, i, doc.text[max(0, i - 20):i + 20])
        doc.check()  # ledger slices match the raw text exactly


def test_keep_boilerplate_removes_nothing(seeds_dir):
    p = sorted(seeds_dir.glob("004_*"))[0]
    doc = Segmenter()(Cleaner(CleanOptions(enabled=False))(read_document(p, seeds_dir)))
    assert not [e for e in doc.ledger if e.action == "removed"]
    assert any("Customer service hotline" in s.source for s in doc.segments)


def test_near_duplicates():
    from mtpipe.document import Document

    text = ("Мэр Ван Цзылянь посетил парк и провёл совещание о развитии.\n\n"
            "Мэр Ван Цзылянь посетил парк и провел совещание о развитии!\n\nДругой абзац о другом.")
    doc = Cleaner()(Document.from_text(text))
    assert [e.rule for e in doc.ledger] == ["dedupe.near"]


def test_bad_rules_file_names_file_and_rule(tmp_path):
    f = tmp_path / "r.toml"
    f.write_text('[[rule]]\nname = "x"\npattern = "(unclosed"\n')
    with pytest.raises(RuleError, match=r"r.toml: rule 'x': bad pattern"):
        load_rules([f])


def test_unrepairable_spam_is_flagged_not_deleted():
    from mtpipe.document import Document

    text = "Xyzzy qwe.com plugh zork. Frob qwe.com blorp quux."
    doc = Cleaner()(Document.from_text(text))
    assert "qwe.com" in doc.text
    assert [e.action for e in doc.ledger if e.rule.startswith("spam")] == ["flagged", "flagged"]

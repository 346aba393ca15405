"""perf62: the letter counts and name tests rewritten for speed give the answers the old forms give, on every line of
real dev pages and on edge forms: the letters read with ``filter(str.isalpha, …)`` into one string
(:func:`.softbreak_units._caps`, :func:`.softbreak_pdf._running`, :func:`.langid._other_language`), the capitals test
that stops at the first lower-case letter (:func:`.softbreak_heads._caps`), the bare-name tests that read the letters
last (:func:`.vi_heads._bare_name`, :func:`.vi_chrome._bare_name`), the title's words stripped once
(:func:`.title_echo._words`) and the page's long lines folded once a page (:func:`.signoff._term`)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtpipe.clean import signoff, softbreak_heads, softbreak_pdf, softbreak_units, title_echo, vi_chrome, vi_heads
from mtpipe.clean.features import _is_name
from mtpipe.clean.softbreak_pdf import _LIST_START, _PDF_MIN_WORDS, _ends_sentence
from mtpipe.langid import _other_language

ROOT = Path(__file__).resolve().parents[1]
DEV_PARTS = ("held36.ann", "held38.ann", "held40.ann", "held41.ann", "crawlvi.ann", "crawl.ann")
# edge forms: letters without case (CJK, Thai), title-case digraphs ("ǅ"), a circled capital (upper-case, no letter),
# a dotted capital I, mixed scripts, names in capitals, bare names, empty and blank lines
FORMS = ["", " ", "ABC", "AB", "ǅǄǆ Ab", "ⒶⒷⒸ abc", "ⒶⒷⒸ", "İSTANBUL", "ĐẶNG SƠN DUÂN", "Đặng Sơn Duân", "Nguyễn Văn A:",
         "NGUYỄN Văn", "北京 上海 ABC", "ภาษาไทย ไทย", "Ğ Ş İ Ç Ö Ü", "ДОКУМЕНТЫ ДЛЯ ПОСТУПЛЕНИЯ", "Мэр Ухани Ван Цинцзян",
         "Серпень 2020 року: Київ", "한국어 문장입니다 한국", "日本語のテキストです", "Ελληνικά κείμενα", "1234 5678",
         "«Windows XP» (Иван Петров)", "Windows XP is old and Windows XP is gone now", "a b c d e f", "(( ))"]


def _lines() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cleaning  # noqa: E402

    out: list[str] = []
    for name in DEV_PARTS:
        f = ROOT / "benchmarks" / "data" / "realpages" / name
        if f.exists():
            out += [line for doc in cleaning.load_file(f) for line in doc.raw().split("\n")]
    return out + FORMS + [f.upper() for f in FORMS] + [" " + f + " " for f in FORMS]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    got = _lines()
    assert len(got) > 2000
    return got


def _old_heads_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _old_units_caps(s: str, least: int) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= least and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _old_running(line: str) -> bool:
    s = line.strip()
    if len(s.split()) < _PDF_MIN_WORDS or _ends_sentence(s) or _LIST_START.match(s):
        return False
    letters = [c for c in s if c.isalpha()]
    return not letters or sum(c.isupper() for c in letters) < 0.6 * len(letters)


def _old_vi_heads_bare(s: str) -> bool:
    t = s.strip()
    letters = [ch for ch in t if ch.isalpha()]
    return 2 <= len(t.split()) <= 4 and _is_name(t, "vi") and not all(ch.isupper() for ch in letters) \
        and t[-1:] not in ":;,."


def _old_vi_chrome_bare(s: str) -> bool:
    t = s.strip()
    letters = [ch for ch in t if ch.isalpha()]
    return _is_name(t, "vi") and not all(ch.isupper() for ch in letters) and t[-1:] not in ":;,."


def _old_words(s: str) -> list[str]:
    return [w.strip(".,!?…:;\"«»“”()").casefold() for w in s.split() if w.strip(".,!?…:;\"«»“”()")]


def test_letter_counts(lines: list[str]) -> None:
    hits = {"heads": 0, "units": 0, "running": 0}
    for s in lines:
        assert softbreak_heads._caps(s) == _old_heads_caps(s), s
        hits["heads"] += _old_heads_caps(s)
        for least in (1, 3, 4):
            assert softbreak_units._caps(s, least) == _old_units_caps(s, least), s
        hits["units"] += _old_units_caps(s, 4)
        assert softbreak_pdf._running(s) == _old_running(s), s
        hits["running"] += _old_running(s)
    assert all(n > 20 for n in hits.values()), hits  # both answers met on the dev lines


def test_bare_names_and_words(lines: list[str]) -> None:
    named = 0
    for s in lines:
        assert vi_heads._bare_name(s) == _old_vi_heads_bare(s), s
        assert vi_chrome._bare_name(s) == _old_vi_chrome_bare(s), s
        named += _old_vi_chrome_bare(s)
        assert title_echo._words(s) == _old_words(s), s
    assert named > 20


def test_other_language_letters(lines: list[str]) -> None:
    """``_other_language`` reads its letters' list only for its length and joined: the one string gives both."""
    for s in lines:
        joined = "".join(filter(str.isalpha, s))
        letters = [ch for ch in s if ch.isalpha()]
        assert len(joined) == len(letters) and joined == "".join(letters)
    # and the function runs on every form (no name left behind by the rewrite)
    assert all(_other_language(s) is None or isinstance(_other_language(s), str) for s in lines[:3000] + FORMS)
    assert _other_language("한국어 문장입니다 한국") == "ko"


def _old_term(lines: list[str], i: int, s: str, bad: "set[int] | dict") -> bool:
    key, n = s.casefold(), 0
    for j, line in enumerate(lines):
        if j == i or j in bad or len(line.split()) < 6:
            continue
        low = line.casefold()
        at = low.find(key)
        if at >= 0 and not (low[at - 1:at] == "(" or low[at + len(key):at + len(key) + 1] == ")"):
            n += 1
    return n >= signoff.TERM_LINES


def test_term_once_a_page(lines: list[str]) -> None:
    page = ["Windows XP", "Windows XP is an old system that many people still run.",
            "Support for Windows XP ended in April of that year.", "A book about it (Windows XP) came out later on.",
            "Иван Петров", "Статью написал Иван Петров для нашего журнала в этом году."]
    pages = [page, page[:3], page[3:], [lines[k] for k in range(0, min(len(lines), 4000))]]
    terms = 0
    for p in pages:
        for bad in (set(), {1}, {0, 2}):
            for i, s in enumerate(p[:400]):
                key = s.strip(" •·-–—")
                if key:
                    assert signoff._term(p, i, key, bad) == _old_term(p, i, key, bad), (i, s)
                    terms += _old_term(p, i, key, bad)
    assert terms > 0

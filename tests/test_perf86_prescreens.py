"""perf86: the fortieth session's line tests with a cheap exact test first, each answering as its former code did.

* ``page_furniture94.crumb_glue``: the line's length and its first letter (:data:`CRUMB_FIRST`: what IGNORECASE
  matches at the first character of a root crumb's words, case folded) before the glue scan; ``video_title``'s
  anchored pattern before its word count.
* ``tables_labels.block_line``: a line longer than every kind of cell is none before its words and stop are read.
* ``date_strips._runs``: remembered per line list (a page's lines are read by ``date_strips`` and ``calendars``);
  an answer follows the list's contents, not the list object.

The former code is copied below; made-up lines (the root crumbs' words in every case, glued and spaced, with the
letters IGNORECASE treats specially) must get the same answers.  A seed without one of its letters fails.
"""
from __future__ import annotations

import random
import re
import sys

import pytest

from mtpipe.clean import date_strips as ds
from mtpipe.clean import page_furniture94 as pf
from mtpipe.clean import tables_labels as tl
from mtpipe.clean.record_blocks import open_abbreviation
from mtpipe.clean.self_names import _HOME, home_link

# ---- the former code ---------------------------------------------------------------------------------------------


def _crumb_glue_before(s: str) -> bool:
    t = s.strip().lstrip("•·*>|-–— ")
    glues = [k + 1 for k, (a, b) in enumerate(zip(t, t[1:])) if a.islower() and b.isupper()]
    if not glues or len(t) > pf.CRUMB_CHARS:
        return False
    spaced = "".join(t[a:b] + " " for a, b in zip([0, *glues], [*glues, len(t)]))
    return home_link(spaced) or pf._ARCHIVE_ROOT.match(t) is not None


def _video_title_before(s: str) -> bool:
    t = s.strip()
    return len(t.split()) <= pf.TRAILER_WORDS and pf._TRAILER.fullmatch(t) is not None


def _block_line_before(s: str) -> str:
    s = s.strip()
    if not s:
        return ""
    if not tl._TEXT.search(s):
        return "s" if len(s) <= 3 or ("|" in s and ("-" in s or set(s) <= tl._PIPES) and set(s) <= tl._RULE_CHARS) \
            else ""
    n, end = tl._tokens(s), s.rstrip().rstrip("\"”»)]")[-1:] in ".!?…。！？" and tl._SENTENCE_END.search(s) is not None
    end = end and not open_abbreviation(s) and len(tl._CLOCK.findall(s)) < 2
    if s.endswith("|") and len(s) <= tl._WIDE_CHARS and n <= tl._WIDE_WORDS:
        return "c"
    if len(s) <= tl._CELL_CHARS and n <= tl._CELL_WORDS and not (end and n >= 4):
        return "c"
    if len(s) <= tl._LONG_CHARS and n <= tl._LONG_WORDS and not (end and n >= 4):
        return "l"
    if len(s) <= tl._WIDE_CHARS and n <= tl._WIDE_WORDS and not end:
        return "w"
    return ""


# ---- made-up lines -----------------------------------------------------------------------------------------------

#: every root crumb's words (self_names._HOME, page_furniture94._ARCHIVE_ROOT)
_ROOTS = ["главная", "главная страница", "домой", "на главную", "home", "trang chủ", "головна", "архив новостей",
          "архив материалов", "lưu trữ tin tức"]
_CRUMBS = ["Новости", "Политика", "Uncategorized", "Chủ tịch Tập Cận Bình thăm Việt Nam", "КрымакультураВ СИМФЕРОПОЛЕ",
           "World", "Thời sự", "Kinh tế", "Новини", "новости", "tin tức", "Trailer", "trailer của phim Minh Lan"]
_ODD = ["\u1c80", "\u1c81", "\u1c82", "\u1c84", "ſ", "ı", "\u212a", "İ", "\u00a0", "•", "»", "|", "/", " ", "  ", "."]


def _cases(w: str) -> list[str]:
    return [w, w.upper(), w.capitalize(), w.title(), "\u1c81" + w[1:], "ᲁ" + w[1:].upper()]


def _lines(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    bag = [v for w in _ROOTS for v in _cases(w)] + _CRUMBS + _ODD
    out = []
    for _ in range(n):
        parts = [rnd.choice(bag) for _ in range(rnd.randint(1, 6))]
        out.append(rnd.choice(["", " ", "• ", "> "]) + rnd.choice(["", " ", ""]).join(parts))
    return out


_LINES = _lines(40_000, 86) + [v + c for w in _ROOTS for v in _cases(w) for c in ("Новости", "News", " Tin")] + \
    ["x" * 199 + "aB", "Главная" + "aB" * 120, "Official trailer " + "x " * 12, "Трейлер фильма «Дюна»"]


def test_crumb_first_is_what_ignorecase_matches_first():
    """Each root crumb's first character: every code point the pattern matches there folds into the seed."""
    pats = [_HOME, pf._ARCHIVE_ROOT]
    firsts = re.compile("[" + "".join(sorted({w[0] for w in _ROOTS})) + "]", re.IGNORECASE)
    hits = [chr(c) for c in range(sys.maxunicode + 1) if firsts.fullmatch(chr(c))]
    assert len(hits) >= 15 and "\u1c81" in hits
    for w in _ROOTS:
        for c in hits:
            line = c + w[1:] + " Новости"
            if any(p.match(line) for p in pats):
                assert c.casefold() in pf.CRUMB_FIRST, (w, hex(ord(c)))
        assert any(p.match(w + " Новости") for p in pats)


def test_crumb_glue_as_before():
    got = [pf.crumb_glue(s) for s in _LINES]
    assert got == [_crumb_glue_before(s) for s in _LINES]
    assert sum(got) >= 500  # the lines meet the glued trails often


@pytest.mark.parametrize("letter", sorted(pf.CRUMB_FIRST))
def test_every_seed_letter_is_needed(letter, monkeypatch):
    monkeypatch.setattr(pf, "CRUMB_FIRST", pf.CRUMB_FIRST - {letter})
    assert any(pf.crumb_glue(s) != _crumb_glue_before(s) for s in _LINES)


def test_glued_trails():
    for s in ("Trang chủUncategorizedChủ tịch Tập Cận Bình thăm Việt Nam", "Архив новостей КрымакультураВ СИМФЕРОПОЛЕ",
              "ᲁомойНовости", "• HomeNewsWorld"):
        assert pf.crumb_glue(s) and _crumb_glue_before(s)
    assert not pf.crumb_glue("НовостиПолитикаВ мире") and not pf.crumb_glue("Главная" + "aB" * 120)


def test_video_title_as_before():
    assert [pf.video_title(s) for s in _LINES] == [_video_title_before(s) for s in _LINES]
    assert pf.video_title("Трейлер фильма «Дюна»") and not pf.video_title("Official trailer " + "x " * 12)


def _table_lines(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    bag = ["Тариф", "руб.", "|", "ул.", "им.", "08:45", "9:30", "слово", "cell", "2024", ".", "!", "»", "-", ":",
           "Giá vé", "x" * 30, "y" * 55, " ", "  "]
    return ["".join(rnd.choice(bag) + " " for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def test_block_line_as_before():
    lines = _table_lines(20_000, 86) + ["|" + "---|" * 40, "x" * 121, "x" * 120, "x" * 119 + "|", " " * 200]
    got = [tl.block_line(s) for s in lines]
    assert got == [_block_line_before(s) for s in lines]
    assert {"c", "l", "w", "s", ""} <= set(got)
    assert sum(len(s.strip()) > tl._WIDE_CHARS for s in lines) >= 5_000  # the new early answer is met


def _runs_uncached(lines: list[str]) -> tuple:
    return ds._runs_of.__wrapped__(tuple(lines))


def test_runs_follow_the_lines_not_the_list():
    strip = [x for d in range(18, 32) for x in (str(d), "мая")] + [x for d in range(1, 17) for x in (str(d), "июня")]
    months = [str(d) for d in range(1, 32)] + ["января"] + [str(d) for d in range(1, 29)] + ["февраля"] + \
        [str(d) for d in range(1, 31)] + ["марта"]
    lines = list(strip)
    assert ds.date_strips(lines) == [(0, len(strip))] and ds.calendars(lines) == []
    lines[10:12] = ["Концерт духового оркестра в парке у реки", "Открытие выставки"]  # the same list, changed
    assert ds.date_strips(lines) == [a[:2] for a in _runs_uncached(lines) if a[2] <= ds.MAX_WIDGET_DAYS]
    assert ds.date_strips(lines) != [(0, len(strip))]
    lines[:] = [x for d in months for x in (d,)]
    assert ds.date_strips(lines) == [a[:2] for a in _runs_uncached(lines) if a[2] <= ds.MAX_WIDGET_DAYS]
    assert ds.calendars(lines) == [a[:2] for a in _runs_uncached(lines) if a[2] > ds.MAX_WIDGET_DAYS]

"""``glossary suggest`` does not read dates and common Latin words of Russian or Vietnamese pages as
names (field trial 7, finding C: ``Tue`` of an RSS ``pubDate`` proposed as the place ``Tu'e``).

The words come from lists, never from the trial: the standard library's English day and month names
and abbreviations, Babel's in other languages, wordfreq's common English words."""

from __future__ import annotations

import calendar
from pathlib import Path

import pytest

from mtpipe.glossary.latin_words import calendar_words, common_latin_word
from mtpipe.glossary.mine import suggest

_RU = ("Си Цзиньпин провёл переговоры в Пекине с делегацией.\n"
       "Министр иностранных дел выступил на пресс-конференции в Москве.\n")
_VI = ("Chủ tịch Tập Cận Bình đã hội đàm với đoàn đại biểu tại Bắc Kinh.\n"
       "Bộ trưởng Ngoại giao phát biểu tại cuộc họp báo ở Hà Nội.\n")


def _latin_proposals(tmp_path: Path, text: str) -> dict[str, set[str]]:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    return {s.en: set(s.forms["en"]) for s in suggest([tmp_path]) if "en" in s.forms}


def _rss_dates(days: list[str], months: list[str]) -> str:
    """Feed lines with every day and month twice: ``Tue, 3 Jan 2006 19:57:00 +0300``."""
    lines = [f"{d}, {k + 3} {months[(k + j) % len(months)]} 2006 19:57:00 +0300"
             for j in range(2) for k, d in enumerate(days)]
    lines += [f"{days[k % len(days)]}, 1 {m} 2007 08:00:00 GMT" for j in range(2) for k, m in enumerate(months)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("page", [_RU, _VI], ids=["ru", "vi"])
@pytest.mark.parametrize("width", ["abbr", "name"])
def test_english_dates_of_a_feed_are_no_names(tmp_path: Path, page: str, width: str):
    days = list(calendar.day_abbr if width == "abbr" else calendar.day_name)
    months = list(calendar.month_abbr if width == "abbr" else calendar.month_name)[1:]
    got = _latin_proposals(tmp_path, page + _rss_dates(days, months) + page)
    assert not got, got


def test_dates_in_other_languages_are_no_names(tmp_path: Path):
    babel_dates = pytest.importorskip("babel.dates")
    for loc in ("fr", "es", "it", "pt", "de"):
        days = [d.capitalize() for d in babel_dates.get_day_names("wide", locale=loc).values()]
        months = [m.capitalize() for m in babel_dates.get_month_names("wide", locale=loc).values()]
        assert not _latin_proposals(tmp_path, _RU + _rss_dates(days, months)), loc


def test_calendar_words_hold_the_feed_abbreviations():
    words = calendar_words()
    assert {d.lower() for d in calendar.day_abbr} | {m.lower() for m in calendar.month_abbr if m} <= words
    assert not {"beijing", "guangzhou", "xi", "wang"} & words


def test_common_latin_words_of_a_russian_page_are_no_names(tmp_path: Path):
    wordfreq = pytest.importorskip("wordfreq")
    from mtpipe.translit.pinyin import is_english_lookalike, parse_syllables

    # site furniture and words of a Latin banner: common English words that segment as pinyin
    words = [w.capitalize() for w in wordfreq.top_n_list("en", 5000)
             if w.isascii() and w.isalpha() and len(w) > 2 and len(parse_syllables(w) or ()) >= 2
             and not is_english_lookalike(w)][:40]
    assert len(words) >= 10 and all(common_latin_word(w) for w in words)
    footer = " | ".join(words) + "\n"
    got = _latin_proposals(tmp_path, _RU + footer + _RU + footer)
    assert not got, got


def test_pinyin_names_and_places_on_a_russian_page_stay(tmp_path: Path):
    text = (_RU + "Sun, 8 Jan 2006 19:57:00 +0300\n"
            "Vice Premier Sun Chunlan visited Guangzhou. Sun Chunlan met Zhang Ailing in Shenzhen.\n"
            "Guangzhou and Shenzhen signed a plan.\n" + _RU)
    got = _latin_proposals(tmp_path, text)
    assert {"Sun Chunlan", "Zhang Ailing"} <= set(got), got
    assert {"Guangzhou", "Shenzhen"} <= set(got), got

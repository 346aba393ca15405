"""perf57: the quick tests put before per-line regex scans (a character or word every match holds, a length bound)
and the per-line caches give the same answers as the code they replace, on real dev lines and on the forms each
pattern is for (white space of every kind, no-break spaces, closing marks, empty lines)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtpipe.clean import (body_dates, contact_blocks, features, fields, furniture, lines as lines_mod, records,
                          related, softbreak_marks, spam_names, structure, tables_labels, time_lists, vi_captions)

ROOT = Path(__file__).resolve().parents[1]
DEV_PARTS = ("held26.ann", "held33.ann", "held38.ann", "crawlru2.ann", "crawlvi.ann")  # dev parts (no blind one)

FORMS = [
    "", " ", "a", "\t", "\u00a0", "06:10, 07:40, 09:25, 17:40", "06:45, 09:45, в субботу — 13:30, в воскресенье —", "17:30",
    "6:05 6:10 6:35 6:40", "Опубликовано 10:15, обновлено 12:30", "17:00, 03.10.2025", "Глава 1 .......... 15",
    "Введение…… 3", "Раздел ..… 12-14", "Ảnh: Reuters |", "Ảnh minh họa  |  ", "| ô |", "Liên hệ: abc@mail.vn",
    "Võ Thái Hà tổng hợp", "Minh Anh (biên dịch)", "Thu Hằng (theo Reuters)", "Mai Lan ghi", "Tin Tổng Hợp",
    "Мария Иванова 37 0", "Мария Иванова 37 0 \n", "Мария Иванова ３７", "Мария Иванова 37\u00a0", "Понедельник",
    "понедельник\t", "Вторник,  ", "21/5", "21 / 5 / 2024", "21\u00a0/\u00a05", "Thứ  hai", "Thứ\u2003ba", "Автор: Иванов",
    "Тел.： 123", "Читайте также: Новость дня", "Читайте также » Новость", "Главное → Новость", "Tin mới >> Bài viết",
    "Tin mới › Bài", "Tin mới – Bài", "Tin mới - Bài", "Ноябрь 10, 2021 / Комментарии 0 |", "ê Xin chào", "  v Ông",
    "o\u00a0Một", "Это конец.", "Это конец.»)", "Это конец. ) ", "Это конец!\"  ", "这是。", "Это конец.\n",
    "Комментарии (3)", "Мнения: 5", "Один. Два три четыре пять шесть.", "Một hai ba bốn năm sáu bảy.",
]


def _dev_lines(limit: int = 12000) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cleaning  # noqa: E402

    out: list[str] = []
    for name in DEV_PARTS:
        f = ROOT / "benchmarks" / "data" / "realpages" / name
        if f.exists():
            for doc in cleaning.load_file(f):
                out += doc.raw().splitlines()
    return out[:limit]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    got = _dev_lines() + FORMS
    assert len(got) > 1000
    return got


def _times_only(s: str) -> bool:
    rest = time_lists._CLOCK.sub(" ", s)
    return rest != s and not any(ch.isalnum() for ch in rest)


def _time_row(s: str) -> bool:
    if len(time_lists._CLOCK.findall(s)) < 2 or not time_lists._LISTED.search(s):
        return False
    rest = time_lists._CLOCK.sub(" ", s)
    return not any(ch.isdigit() for ch in rest) and not any(
        w in time_lists._STAMP_WORDS for w in time_lists._WORD.findall(rest.casefold()))


def _day_key_spaces(s: str) -> str:
    t = s.strip().strip(" .,:;()[]").casefold()
    if not t.isprintable() or "  " in t:
        t = body_dates._SPACES.sub(" ", t)
    return t


def test_gates_say_what_the_patterns_say(lines: list[str]) -> None:
    for s in lines:
        assert time_lists._times_only(s) == _times_only(s), s
        assert time_lists.time_row(s) == _time_row(s), s
        m = structure._LEADER.search(s)
        assert structure.leader_item(s) == (m is not None and structure._WORD.search(s[:m.start()]) is not None), s
        assert vi_captions._bare(s) == vi_captions._CELL.sub("", s.strip()).strip(), s
        assert bool("@" in s and features._EMAIL.search(s)) == bool(features._EMAIL.search(s)), s
        m = furniture._CREDIT_SUFFIX.search(s)
        assert furniture.name_credit(s, bool) == (m is not None and m.start() > 0 and bool(s[:m.start()])), s
        m = furniture._TRAILING_COUNTS.search(s)
        assert furniture.name_counters(s, bool) == (m is not None and m.start() > 0 and bool(s[:m.start()])), s
        if records._FIELD.match(s) is not None:
            assert ":" in s or "：" in s
        if fields._FIELD.match(s.strip()) is not None:
            assert ":" in s
        t = s.strip()
        if related._LABELLED.match(t) is not None:
            assert any(ch in t for ch in ":：»→"), t
        if related._HEADED.match(t) is not None:
            assert any(ch in t for ch in ">›—–-"), t
        m = softbreak_marks._GLYPH.match(s)
        assert softbreak_marks._glyph(s) == (m.group(1) if m and not s[m.end() - 1].islower() else ""), s
        gate = s.rstrip().rstrip("\"”»)]")[-1:] in ".!?…。！？"
        assert (gate and tables_labels._SENTENCE_END.search(s) is not None) == (
            tables_labels._SENTENCE_END.search(s) is not None), s
        t = s.strip().strip(" .,:;()[]").casefold()
        assert _day_key_spaces(s) == body_dates._SPACES.sub(" ", t), s
        if len(s) > 80:
            assert not furniture.stamp_and_counters(s, bool)


def test_caches_give_the_functions_answers(lines: list[str]) -> None:
    for s in lines + lines[:200]:  # (each asked twice: the cached answer too)
        assert lines_mod.dedupe_key(s) == lines_mod.dedupe_key.__wrapped__(s), s
        assert features.is_date_line(s) == features.is_date_line.__wrapped__(s), s
        assert furniture.list_heading(s) == furniture.list_heading.__wrapped__(s), s


def test_vi_line_counts_two_marked_words() -> None:
    text = "Hôm nay fb88 trời đẹp\nabc fb88 def\nmột fb88 x"
    for tok in ("fb88",):
        for a in (text.find(tok), text.find(tok, 20), text.rfind(tok)):
            b = a + len(tok)
            start = text.rfind("\n", 0, a) + 1
            end = text.find("\n", b)
            line = text[start:a] + " " + text[b:len(text) if end < 0 else end]
            want = sum(bool(spam_names._VI_MARK.search(w)) for w in spam_names._WORD.findall(line)) >= 2
            assert spam_names._vi_line(text, a, b) == want


def test_contact_kind_email_gate() -> None:
    assert contact_blocks.field_kind("abc@mail.vn") == "email"
    assert contact_blocks.field_kind("без почты") is None

"""perf58: the quick tests put before three per-line regex scans (a character or word every match holds) give the same
answers as the scans alone, on real dev lines and on the forms each pattern is for: the reading-time line's digit
(``reading_times``), the emoticon's two characters (``page_units._EMOTICON_SEED``), the reprint terms' "материал"
(``ru_portal._MATERIAL``, folded)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from mtpipe.clean import reading_times as rt
from mtpipe.clean import ru_portal
from mtpipe.segment import page_units

ROOT = Path(__file__).resolve().parents[1]
DEV_PARTS = ("held26.ann", "held33.ann", "held38.ann", "crawlru2.ann", "crawlvi.ann")  # dev parts (no blind one)

FORMS = [
    "", " ", "\u00a0", "Время чтения: 5 мин", "⏱ 5 мин", "• 9 мин. чтения", "| 3 min read |", "13 мин", "42 мин.",
    "5 min", "Reading time: 5 minutes", "Thời gian đọc: 3 phút", "Время чтения: примерно 15 минут", "٣ мин",
    "Время чтения: ５ мин", "Время приготовления: 30 мин", "Время чтения:", "— — —", "мин", "Вот так)) Это было весело.",
    "Сходить?))) Конечно!", "месте:) Это хорошо.", "Ну ;-) Ладно.", "Ура =D Пойдём.", "Смешно xD Правда.",
    "Ой ^_^ Привет.", "Было грустно (( Но прошло.", "Ну :'( Жаль.", "Да :Р Конечно.", "Ок ;3 Пока.",
    "Москва: 5 мая. Новости.", "Итак; Далее.", "2^10 Это много.", "Ну :- ) Да.",
    "Перепечатка материалов разрешена только с активной ссылкой на источник.",
    "ИСПОЛЬЗОВАНИЕ МАТЕРИАЛОВ САЙТА ЗАПРЕЩЕНО БЕЗ СОГЛАСИЯ РЕДАКЦИИ",
    "Копирование материалов сайта разрешено только со ссылкой", "Цитирование МАᲄЕРИАЛОВ возможно со ссылкой",
    "Материалы сайта доступны по лицензии Creative Commons", "Перепечатка запрещена.",
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


def _old_core(s: str) -> str:
    return rt._EDGE.sub("", s.strip())


def test_reading_time_digit_gate(lines: list[str]) -> None:
    for s in lines:
        t = _old_core(s)
        assert rt.reading_time(s) == (0 < len(t) <= 60 and rt._LABELLED.fullmatch(t) is not None), s
        assert rt.bare_minutes(s) == (rt._BARE.fullmatch(t) is not None), s
    assert rt.reading_time("Время чтения: 5 мин") and rt.bare_minutes("⏱ 13 мин") and rt.bare_minutes("٣ мин")
    assert not rt.reading_time("Время чтения:") and not rt.bare_minutes("мин")


def test_reading_times_layer_unchanged(lines: list[str]) -> None:
    def old(ls: list[str]) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {}
        head = True
        for i, line in enumerate(ls):
            t = _old_core(line)
            if 0 < len(t) <= 60 and rt._LABELLED.fullmatch(t) is not None:
                out[i] = (rt.RULE, "an article's reading time with its label")
            elif head and rt._BARE.fullmatch(t) is not None:
                out[i] = (rt.RULE, "an article's reading time, the bare figure above the text's first sentence")
            elif rt._sentence_like(line):
                head = False
        return out

    for k in range(0, len(lines), 40):
        chunk = lines[k:k + 40]
        assert rt.reading_times(chunk, {}) == old(chunk)
    assert rt.reading_times(FORMS, {}) == old(FORMS)


def test_emoticon_seed_is_in_every_match(lines: list[str]) -> None:
    for s in lines:
        if page_units._EMOTICON_BREAK.search(s) or re.search(page_units._EMOTICON, s):
            assert page_units._EMOTICON_SEED.search(s), s
    for s in ("месте:) Это хорошо.", "Ну ;-) Ладно.", "Ой ^_^ Привет.", "Ну :'( Жаль.", "Да :Р Конечно.", "Ура =D (да): Пойдём."):
        assert page_units._emoticon_gate(s), s
    assert not page_units._emoticon_gate("Москва: 5 мая. Новости.") and not page_units._emoticon_gate("2^10 Это много.")


def test_material_folds_as_ignorecase_matches() -> None:
    # every character the IGNORECASE pattern takes for a letter of the word folds to that letter ("ᲄ" for "т")
    for letter in set(ru_portal._MATERIAL):
        rx = re.compile(re.escape(letter), re.IGNORECASE)
        takes = [chr(c) for c in range(sys.maxunicode + 1) if rx.fullmatch(chr(c))]
        assert all(ch.casefold() == letter for ch in takes), (letter, takes)
    assert ru_portal._MATERIAL in ru_portal._REPRINT.pattern


def test_footer_line_reprint_gate(lines: list[str]) -> None:
    for s in lines:
        t = s.strip()
        if ru_portal._REPRINT.search(t):
            assert ru_portal._MATERIAL in t.casefold(), s
    assert ru_portal.footer_line("Перепечатка материалов разрешена только с активной ссылкой на источник.") == "reprint"
    assert ru_portal.footer_line("Цитирование МАᲄЕРИАЛОВ возможно со ссылкой") == "reprint"
    assert ru_portal.footer_line("Материалы сайта доступны по лицензии Creative Commons") == "licence"


TAILS = ["Bài viết hay về du lịch — VnExpress, 12.05.2024", "Новость дня. РИА Новости, 1.02.2023  ", "Текст — Сайт, 12.05.2024.",
         "Текст — Сайт, 12.05.２０２４", "Cảnh đẹp Hà Nội mùa thu năm nay - Ảnh 2.", "Cảnh đẹp Hà Nội mùa thu năm nay - ảnh 12 .",
         "Cảnh đẹp Hà Nội mùa thu năm nay – Hình ３", "Cảnh đẹp Hà Nội mùa thu năm nay - Ảnh 2..", "Ảnh 2"]


def test_card_tail_and_numbered_alt_gates(lines: list[str]) -> None:
    from mtpipe.clean import card_tails, vi_photos

    for s in lines + TAILS:
        t = s.strip()
        m = card_tails._TAIL.search(t)
        if m is not None:
            assert t[-1:].isdecimal(), s
        assert vi_photos.numbered_alt(s) == (vi_photos._key(m2.group("title")) if (m2 := vi_photos._ALT.match(t))
                                             and len(m2.group("title").split()) >= vi_photos.MIN_TITLE_WORDS else None), s
    assert card_tails.card_tail("Bài viết hay về du lịch — VnExpress, 12.05.2024")
    assert vi_photos.numbered_alt("Cảnh đẹp Hà Nội mùa thu năm nay - ảnh 12 .") == "cảnh đẹp hà nội mùa thu năm nay"

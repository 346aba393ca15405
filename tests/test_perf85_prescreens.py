"""perf85: each prescreen is a piece of every match of the pattern it gates (under that pattern's flags), so each
gated function answers as its former code did, on texts made up from the patterns' own words, their capitals, the
letters re's IGNORECASE matches beyond ``str.lower`` (the narrow Cyrillic forms U+1C80-U+1C88, ſ, ı, the Kelvin
sign), spaces of several kinds and common words.  A weaker seed fails them (each such test says which).  The hot
spam functions import nothing per call (their imports moved to the module's top)."""
from __future__ import annotations

import dis
import random

import pytest

from mtpipe.clean import (ru_portal, spam_camelwords, spam_lookalike, spam_opener, spam_titleslot, spam_tradepiece,
                          widget_notes90)
from mtpipe.clean.citation_requests import citation_request
from mtpipe.clean.features import _sentence_like
from mtpipe.clean.words import words_at_least

_ODD = ["\u1c80", "\u1c81", "\u1c82", "\u1c83", "\u1c84", "\u1c85", "ſ", "ı", "\u212a", "İ", "\u00a0", "\t", "\n"]
_FILL = ["мы", "это", "сайт", "новости", "tin", "bài", "của", "the", "and", "2024", "12", ".", ",", ":", "-", "«", "»",
         " ", " ", " ", " "]


def _texts(pieces: list[str], n: int, seed: int, most: int = 9) -> list[str]:
    rnd = random.Random(seed)
    bag = pieces + _ODD + _FILL
    return ["".join(rnd.choice(bag) for _ in range(rnd.randint(1, most))) for _ in range(n)]


def _cased(words: list[str]) -> list[str]:
    return [v for w in words for v in (w, w.upper(), w.capitalize())]


# ---- widget_notes90.editor_disclaimer ---------------------------------------------------------------------------

_DISCLAIMER_SAMPLES = [
    "Мнение редакции может не совпадать с мнением автора", "Позиция автора не отражает позицию редакции",
    "Редакция не разделяет точку зрения автора", "Точка зрения редакции не совпадает с мнением автора",
    "Bài viết thể hiện quan điểm riêng của tác giả", "Nội dung là quan điểm riêng của tác giả",
    "Bài viết không nhất thiết phản ánh quan điểm của Tòa soạn", "không thể hiện quan điểm của ban biên tập",
    "МНЕНИЕ АВТОРА НЕ СОВПАДАЕТ С МНЕНИЕМ РЕДАКЦИИ", "Quan điểm", "Редакция сайта", "не совпадает",
]
_DISCLAIMER_PIECES = _cased(["редакция", "редакции", "редакционная", "мнение", "мнения", "точка", "зрения", "позиция",
                             "автора", "авторов", "не", "разделяет", "совпадает", "отражает", "tòa", "toà", "soạn",
                             "ban", "biên", "tập", "thể", "hiện", "là", "quan", "điểm", "riêng", "của", "tác", "giả",
                             "không", "nhất", "thiết", "phản", "ánh"]) + ["н", "е", "Н", "Е", "q", "Q", "uan"]
_DISCLAIMER_SHAPES = [  # each branch's words in order, to be cased, spaced and filled at random
    ["редакция", "сайта", "не", "разделяет"], ["мнение", "автора", "может", "не", "совпадать"],
    ["точка", "зрения", "редакции", "не", "отражает"], ["thể", "hiện", "quan", "điểm", "riêng", "của", "tác", "giả"],
    ["là", "quan", "điểm", "riêng", "của", "tác", "giả"], ["không", "phản", "ánh", "quan", "điểm", "của", "tòa", "soạn"],
    ["không", "nhất", "thiết", "thể", "hiện", "quan", "điểm", "của", "ban", "biên", "tập"],
]


def _shaped(shapes: list[list[str]], n: int, seed: int) -> list[str]:
    """The shapes' words, each as written, in capitals or capitalised, joined by one space or two, a tab, a no-break
    space, an odd letter or a filler word now and then (which breaks the match: both answers are met)."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rnd.choice((w, w.upper(), w.capitalize())) for w in rnd.choice(shapes)]
        gaps = [rnd.choice([" ", " ", " ", "  ", "\t", "\u00a0", " ", rnd.choice(_ODD), " мы "]) for _ in words]
        out.append(rnd.choice(["", "Bài: ", "* ", "мы "]) + "".join(w + g for w, g in zip(words, gaps)).strip())
    return out


_DISCLAIMER_TEXTS = _DISCLAIMER_SAMPLES + _texts(_DISCLAIMER_PIECES, 20000, 85, 12) \
    + [" ".join(random.Random(i).sample(_DISCLAIMER_PIECES, 7)) for i in range(4000)] \
    + _shaped(_DISCLAIMER_SHAPES, 6000, 86)


def _disclaimer_before(s: str) -> bool:  # perf84's code
    t = s.strip()
    return 0 < len(t.split()) <= widget_notes90.DISCLAIMER_WORDS and widget_notes90._DISCLAIMER.search(t) is not None


def test_the_disclaimer_seed_is_a_piece_of_every_match():
    hits = 0
    for t in _DISCLAIMER_TEXTS:
        if widget_notes90._DISCLAIMER.search(t):
            hits += 1
            assert widget_notes90._DISCLAIMER_SEED.search(t), t
        assert widget_notes90.editor_disclaimer(t) == _disclaimer_before(t), t
    assert hits >= 100, hits


def test_a_seed_of_the_russian_branches_alone_misses_a_vietnamese_disclaimer():
    missed = [t for t in _DISCLAIMER_TEXTS if widget_notes90._DISCLAIMER.search(t) and "не" not in t.lower()]
    assert len(missed) >= 20


# ---- ru_portal.footer_line --------------------------------------------------------------------------------------

_FOOTER_SAMPLES = [
    "© 2024 Все права защищены", "(c) 2019 Газета", "(с) 2020 Сайт", "All rights reserved.", "Copyright 2021 VnExpress",
    "Все права защищены", "Усі права захищені", "Материалы сайта доступны по лицензии Creative Commons",
    "Creative Commons Attribution 4.0", "18+", "Все права принадлежат авторам", "Все права защищены законом, и мы",
    "COPYRIGHT © VTV", "При использовании материалов ссылка обязательна", "Учредитель: ООО «Медиа»",
]
_FOOTER_PIECES = _cased(["все", "права", "защищены", "сохранены", "принадлежат", "усі", "захищені", "all", "rights",
                         "reserved", "copyright", "copy", "материалы", "сайта", "доступны", "по", "лицензии",
                         "creative", "commons", "учредитель", "реклама", "erid", "инн"]) \
    + ["©", "(c)", "(с)", "(C)", "(С)", "(", ")", "2019", "18", "+", "пра", "all ", "лиценз", "creat", "ALL", "a", "l"]
_FOOTER_SHAPES = [["все", "права", "защищены"], ["усі", "права", "захищені"], ["all", "rights", "reserved"],
                  ["copyright", "2024"], ["©", "2024"], ["(c)", "2019"], ["(с)", "2020"],
                  ["материалы", "сайта", "доступны", "по", "лицензии"], ["creative", "commons", "by"]]
_FOOTER_TEXTS = _FOOTER_SAMPLES + _texts(_FOOTER_PIECES, 20000, 87, 10) \
    + [" ".join(random.Random(i).sample(_FOOTER_PIECES, 5)) for i in range(4000)] + _shaped(_FOOTER_SHAPES, 6000, 88)


def _footer_before(s: str) -> str:  # perf84's code
    P = ru_portal
    t = s.strip().strip(P._TRIM).strip()
    if not t or words_at_least(t, P.MAX_FOOTER_WORDS + 1):
        return ""
    if not words_at_least(t, 16) and (P._MARK.search(t) or (
            P._RIGHTS.search(t) and (not _sentence_like(t) or not words_at_least(t, 7)))):
        return "copyright"
    folded = t.casefold()
    if P._MATERIAL in folded and P._REPRINT.search(t):
        return "reprint"
    if any(w in folded for w in P._VI_REPRINT_WORDS) and P._VI_REPRINT.search(t):
        return "reprint"
    if citation_request(t):
        return "reprint"
    if P._LICENCE.search(t):
        return "licence"
    if ("реклам" in folded or "er" in folded) and P._ADVERT.search(t):
        return "advert"
    if P._AGE.match(t):
        return "age"
    return "register" if P._REGISTER.match(t) else ""


def test_each_footer_seed_is_a_piece_of_every_match_of_its_pattern():
    hits = {"mark": 0, "rights": 0, "licence": 0}
    for t in _FOOTER_TEXTS:
        folded = t.casefold()
        if ru_portal._MARK.search(t):
            hits["mark"] += 1
            assert ru_portal._marked(t, folded), t
        if ru_portal._RIGHTS.search(t):
            hits["rights"] += 1
            assert "пра" in folded, t
        if ru_portal._LICENCE.search(t):
            hits["licence"] += 1
            assert "лиценз" in folded or "creat" in folded, t
    assert min(hits.values()) >= 50, hits


def test_footer_line_answers_as_before():
    kinds: dict[str, int] = {}
    for t in _FOOTER_TEXTS:
        got = ru_portal.footer_line(t)
        assert got == _footer_before(t), t
        kinds[got] = kinds.get(got, 0) + 1
    assert kinds.get("copyright", 0) >= 100 and kinds.get("licence", 0) >= 20, kinds


@pytest.mark.parametrize("weaker", ["©", "(", "all", "copy"])
def test_a_mark_seed_without_one_of_its_pieces_misses_a_copyright_mark(weaker):
    pieces = [p for p in ("©", "(", "all", "copy") if p != weaker]
    missed = [t for t in _FOOTER_TEXTS if ru_portal._MARK.search(t)
              and not any(p in (t if p in "©(" else t.casefold()) for p in pieces)]
    assert missed


# ---- the hot spam functions import nothing per call -------------------------------------------------------------

@pytest.mark.parametrize("fn", [spam_opener.opener_slot, spam_titleslot.title_slot, spam_lookalike._english,
                                spam_camelwords._english, spam_tradepiece.lone_trade], ids=lambda f: f.__qualname__)
def test_a_hot_spam_test_imports_nothing_before_its_first_answer(fn):
    # asked for each candidate token (7,500-12,000 times a dev text run): a relative import inside costs ~1.5 us a call
    first_return = min(i.offset for i in dis.get_instructions(fn) if i.opname in ("RETURN_VALUE", "RETURN_CONST"))
    imports = [i.offset for i in dis.get_instructions(fn) if i.opname == "IMPORT_NAME"]
    assert not [o for o in imports if o < first_return], fn

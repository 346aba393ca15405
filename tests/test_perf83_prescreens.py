"""perf83: each prescreen answers as the test it stands for, and each gated function answers as it did without it
(texts made up from every character class the patterns name, at the text's start and end, NBSP, other digits and
scripts; and lines of the classes each rule is for)."""
from __future__ import annotations

import random
import re
from typing import Any

import pytest

from mtpipe.clean import dated_facts
from mtpipe.segment import cells, page_units, tails

# the characters the seeds and gates name (":", ";", "=", "'", "^", "_", brackets, "x"/"X"/"D", "P"/"p", Cyrillic
# "Р"/"р", "3", "-"), letters and digits around them (an Arabic-Indic digit, a superscript, a fullwidth digit), the
# read-more labels' letters, dates' marks, a space, NBSP and a newline
_ALPHABET = list(":;='^_()xXDPpРр3-аяАЯaZĐđỹ 19٣²１./,\u00a0\n")
_SAMPLES = [
    "месте:) Это хорошо.", "Ну ;-) Ладно.", "Ой ^_^ Привет.", "Ну :'( Жаль.", "Да :Р Конечно.", "Ура =D (да): Пойдём.",
    "сходить?))) Потом", "вот(( Ладно", "xD Ну", "XD Да", "Москва: 5 мая. Новости.", "2^10 Это много.", "a:b=c;d",
    "Thứ2Thứ 3Thứ 4", "27/11TmCHÚA NHẬT I MV.", "руб.1Клинический осмотр )6002Повторный осмотр 4003Консультация врача",
    "Sau 14h chiềuTrước 12h trưa", "Windows 10Home", "COVID-19Bộ", "Day 1Day 2",
    "… Сергей Орлов, заместитель Читать дальше…", "… в квестах «Дюймовочка» и Подробнее...", "cắt ngắn Xem tiếp »",
    "bài viết, Đọc tiếp", "НОВОСТИ Подробнее", "Hướng Dẫn Đọc Tiếp",
]


def _texts(n: int = 6000, seed: int = 83) -> list[str]:
    rnd = random.Random(seed)
    out = list(_SAMPLES)
    for _ in range(n):
        out.append("".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 24))))
    for s in _SAMPLES:
        out += [s[1:], s[:-1], "x " + s + " y", s.replace(" ", "\u00a0")]
    return out


TEXTS = _texts()


def test_emoticon_seed_is_the_seed_pattern() -> None:
    for t in TEXTS:
        assert page_units._emoticon_seed(t) == (page_units._EMOTICON_SEED.search(t) is not None), t
    assert page_units._emoticon_gate("месте:) Это хорошо.") and page_units._emoticon_gate("Ну :'( Жаль.")
    assert not page_units._emoticon_gate("Москва: 5 мая. Новости.")


def test_glue_passes_answer_with_the_caller_s_scan() -> None:
    for t in TEXTS:
        dl = cells._DIGIT_LETTER.search(t) is not None
        assert cells.glued_cell_breaks(t, dl) == cells.glued_cell_breaks(t), t
        for lang in ("ru", "vi"):
            assert cells.glued_row_breaks(t, lang, dl) == cells.glued_row_breaks(t, lang), t
    assert cells.glued_cell_breaks("Thứ2Thứ 3Thứ 4", True) != []


class _Always:
    """A prescreen that always passes: the function as it was without one."""

    def search(self, *_: Any) -> bool:
        return True


def _former_gate(text: str) -> bool:
    return any(s in text[-30:] for s in ("Читать", "Подробнее", "Xem", "Đọc"))


def test_read_more_gate_as_before() -> None:
    for t in TEXTS:
        tail = t[-30:]
        assert ("Читать" in tail or "Подробнее" in tail or "Xem" in tail or "Đọc" in tail) == _former_gate(t)
    t = "… Сергей Орлов, заместитель Читать дальше…"
    assert tails.glued_link_breaks(t) == [t.index("Читать")]


def test_page_breaks_as_without_prescreens(monkeypatch: pytest.MonkeyPatch) -> None:
    args = [(t, lg) for t in TEXTS[::2] for lg in ("ru", "vi")]
    new = [page_units.page_breaks(*a) for a in args]
    with monkeypatch.context() as m:
        m.setattr(page_units, "_emoticon_seed", lambda t: page_units._EMOTICON_SEED.search(t) is not None)
        m.setattr(page_units, "glued_cell_breaks", lambda t, dl=None: cells.glued_cell_breaks(t))
        m.setattr(page_units, "glued_row_breaks", lambda t, lg, dl=None: cells.glued_row_breaks(t, lg))
        assert new == [page_units.page_breaks(*a) for a in args]


# dates of every shape _DATE names, with Unicode digits ("\d" takes them: the gate's "\d" is the pattern's)
_DATES = ["ngày 17 tháng 1 năm 2022", "19 tháng 6, 2022", "17.01.2022", "17 января 2022", "January 17, 2022",
          "Sept 3", "3 sept", "١٧.٠١.٢٠٢٢", "17 ЯНВАРЯ", "Thứ Hai, ngày 5 tháng 9 năm 2022", "мая", "январь", "2022",
          "32.13.2020", "0 tháng 0", "１７.０１.２０２２"]


def test_dates_of_as_without_its_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _DATES + [a + " " + b for a in _DATES for b in _DATES[:4]] + TEXTS[::5]
    new = [dated_facts.dates_of(t) for t in texts]
    with monkeypatch.context() as m:
        m.setattr(dated_facts, "_HAS_DIGIT", _Always())
        assert new == [dated_facts.dates_of(t) for t in texts]
    assert dated_facts.dates_of("17 января 2022") == [(2022, 1, 17)] and dated_facts.dates_of("января") == []
    # every branch of the pattern holds a digit: no text without one matches it
    assert all(dated_facts._DATE.search(t) is None for t in texts if not re.search(r"\d", t))


# the segmenter's literal-led seeds: each found in every text its gate or scan matches (perf83, second step)
_SEG_SAMPLES = ["в 2023 г. Потом", "рапс – 90 тыс. т. При этом", "90 км/ч. Водитель", "в Тамбовской обл. Окончил",
                "в этом год.22 января 2014.", "составил рост.5-го числа", "anh-hoa-1Hình ảnh", "slug_2Đây là",
                "ngay3Đ", "… матч Как известно, он", "тексте Это было", "xong Theo báo cáo", "Он Она Они мы",
                "Trụ sởĐường N2", "DVB-T2 (SDTV)Kênh 34 UHF", "(Giúp bạn)Thời gian", "Định dạng hìnhHDTV"]
_SEG_ALPHABET = list(" .-_/()\u00a0\nаяАЯaZĐđỹ19٣１ТКЭОгтчйКакЭтоОнTheoĐó")


def _seg_texts(n: int = 6000, seed: int = 831) -> list[str]:
    rnd = random.Random(seed)
    out = list(_SEG_SAMPLES)
    for _ in range(n):
        out.append("".join(rnd.choice(_SEG_ALPHABET) for _ in range(rnd.randint(1, 30))))
    for s in _SEG_SAMPLES:
        out += [s[1:], s[:-1], "x " + s + " y", s.replace(" ", "\u00a0"), " " + s]
    return out


SEG_TEXTS = _seg_texts()


def test_segment_seeds_are_necessary() -> None:
    from mtpipe.segment import glued, signs, stray_marks

    pairs = [(signs._DOT_DIGIT, signs._GLUED_SEED), (stray_marks._DIGIT_UP, stray_marks._SLUG_GATE)]
    for seed, scan in pairs:
        assert all(seed.search(t) is not None for t in SEG_TEXTS if scan.search(t) is not None), scan.pattern
    for lang, rx in glued._OPENER_RE.items():  # the space-led openers: a match exactly where the lookbehind finds one
        assert all((glued._OPENER_SEED[lang].search(t) is not None) == (rx.search(t) is not None) for t in SEG_TEXTS)
    assert glued._OPENER_SEED["ru"].search("… матч Как известно") and not glued._OPENER_SEED["ru"].search("Как известно")


def _former_split_terminal(text: str, spans: list[tuple[int, int]], pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    from mtpipe.segment import sentences as S

    out = []
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            head = text[m.end(1):b].lstrip("«“\"(")
            if not head[:1].isupper() or S._ROMAN.match(head) or S._UNIT_NEXT.match(head) or S.number_cell(head) \
                    or S._NUMBERED_CITY.search(text, max(a, m.start() - 20), m.start(1)) \
                    or S.act_title_goes_on(text[max(a, m.start(1) - 60):m.start(1)], text[m.end(1):b]):
                continue
            out.append((a, m.start(1)))
            a = m.end(1)
        out.append((a, b))
    return out


def test_split_terminal_as_before() -> None:
    from mtpipe.segment import abbreviations, sentences

    rnd = random.Random(832)
    for lang, pattern in abbreviations._TERMINAL_SPLIT.items():
        for t in SEG_TEXTS[:3000] + [" ".join(_SEG_SAMPLES[:6])]:
            cuts = sorted({0, len(t), *(rnd.randint(0, len(t)) for _ in range(rnd.randint(0, 3)))})
            spans = list(zip(cuts, cuts[1:]))
            assert sentences._split_terminal(t, spans, pattern) == _former_split_terminal(t, spans, pattern), (lang, t)
    t = "Выпало 90 тыс. т. При этом урожай вырос."
    assert sentences._split_terminal(t, [(0, len(t))], abbreviations._TERMINAL_SPLIT["ru"]) != [(0, len(t))]


def test_label_glue_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    from mtpipe.segment import line_heads

    texts = SEG_TEXTS + ["Trụ sởĐường N2 quận 1", "DVB-T2 (SDTV)Kênh 34 UHF", "Sau 14h chiềuTrước 12h trưa a b c d e f g"]
    new = [line_heads._label_glue(t) for t in texts]
    assert new[-3] > 0 and new[-2] > 0

    class _Text(str):  # the former head: the whole text split, the bracket label tried whatever the text holds
        def split(self, sep: Any = None, maxsplit: int = -1) -> list[str]:  # type: ignore[override]
            return str.split(self, sep)

        def lstrip(self, *a: Any) -> "_Text":
            return _Text(str.lstrip(self, *a))

        def __contains__(self, x: object) -> bool:
            return True

    assert new == [line_heads._label_glue(_Text(t)) for t in texts]


def test_tag_lists_still_found_and_punctuated_lines_left() -> None:
    from mtpipe.clean.boilerplate import classify

    tags = "Китай США связь экономика санкции общество Китай США"
    lines = ["Заголовок статьи о торговле", "Первое предложение статьи, в котором есть слова и запятая.", tags]
    assert classify(lines, "ru", {})[2][0] == "boilerplate.tags"
    for punct in (".", ",", ":", "«", "(", "?"):  # any of _PUNCT in the line: no tag list (the split is not made)
        t = "Китай США связь" + punct + " экономика санкции общество Китай США"
        assert classify(lines[:2] + [t], "ru", {}).get(2, ("",))[0] != "boilerplate.tags", t

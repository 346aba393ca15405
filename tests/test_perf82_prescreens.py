"""perf82: each prescreen of the segmenter's passes is a necessary condition of the scan it gates, and each gated pass
answers as it did without its prescreen (texts made up from every character class the patterns name, at the text's
start and end, NBSP, combining marks, other digits and scripts; and lines of the classes each rule is for)."""
from __future__ import annotations

import random
import re
from typing import Any

import pytest

from mtpipe.segment import abbreviations, date_items, glued, ru_glue, sentences, signs

# the character classes the patterns name (Cyrillic and Latin letters of both cases, "ё"/"Ё", closing and opening
# quotes, stops, an ellipsis, dashes, digits, an Arabic-Indic digit and a superscript two, a space, NBSP, a newline,
# a combining acute, a Han character, Vietnamese letters, a comma, a colon, a slash, "@", "_", brackets)
_ALPHABET = list("аеяёжАЕЯЁЖaezAEZ»”«“„\"').!?…-–— 19٣²\u00a0\n\u0301中ĐđỹÀ,:/@_(|#")
_SAMPLES = [
    'для школьниковМинистр образовательного', 'Tomorrow never knowsСтарый Таллинн.',
    'подсчитывают «новобранцев»Более 700', 'зажгли новогодние огни25 декабря состоялось', 'передачи РПЦТаким был',
    '07:03БизнесСтатьиМировая экономика.', 'ИнвестСтрой» и ВымпелКом', 'подписал указ.президента нет',
    'с друзьями. -Tran Việt Phương (Travip) -Là tác giả',
    'ngày 18 - 05 - 1954 Thụ phong linh mục 20/11/1960 Giám mục',
    'lan rộng bởi Linh 28 Tháng 8, 2025 TP.HCM ghi nhận', 'posted by John Smith August 28, 2025 The',
    'в этом год.22 января 2014.', 'составил рост.5-го числа', 'Лицзянь.Это', '"Альбаро".Примерно',
    '(tức âm lịch).Từ', 'миритесь!В первый', 'Украину."Соответствующее', 'в 2023 г. Потом', 'и т. д. Далее',
    'etc. Then', 'v.v. Sau', '90 км/ч. Водитель', 'рапс – 90 тыс. т. При этом', '14A-130... 23 lần',
    'bởi Linh 28 Tháng 8,  2025  TP.HCM ghi', 'etc.  Then', 'ngày 22-24.3.Trong số đó',
    '(2g, 3g, ngày,..).ĐV: 1000 đ', 'thanh toán.phổ biến', 'cần mua B2. Kiểm tra B3. Tiến hành', 'xem 1) một 2) hai',
    'в 2023 г.\n\nПотом', 'я...Димон',
    "ab." * 80,
    "х" * 300 + ".",
    'a.b-c.', '.', 'Газета.Ru', 'США.Мера',
]


def _texts(n: int = 6000, seed: int = 82) -> list[str]:
    rnd = random.Random(seed)
    out = list(_SAMPLES)
    for _ in range(n):
        out.append("".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 24))))
    for s in _SAMPLES:  # each sample cut at its start and end, inside running text, and with NBSP for its spaces
        out += [s[1:], s[:-1], "x " + s + " y", s.replace(" ", "\u00a0")]
    return out


TEXTS = _texts()

# (prescreen, a scan it gates): every text the scan matches holds the prescreen
PAIRS = [
    (glued._CAMEL_SEED, glued._CAMEL), (glued._CAMEL_SEED, ru_glue._CAPS_RUN),
    (glued._CAMEL_DATE_SEED, glued._CAMEL_DATE), (glued._ACRONYM_SEED, glued._ACRONYM_GLUED),
    (re.compile(" -"), glued._DASH_ITEM), (ru_glue._STOP_SEED, ru_glue._STOP_LOWER),
    (date_items._DATE_SEED, date_items._DATE_THEN), (date_items._BYLINE_SEED, date_items._BYLINE),
    (signs._GLUED_SEED, signs._DIGIT_GLUED), (signs._GLUED_SEED, signs._DATE_GLUED),
    (sentences._NOSPACE_SEED, sentences._NOSPACE),
    (glued._LABEL_SEED, glued._STEP_INLINE), (glued._STOP_LETTER, glued._DATE_GLUED),
    (glued._STOP_LETTER, glued._BRACKET_ACRONYM), (glued._STOP_LETTER, glued._VI_GLUED_LOWER),
] + [(sentences._STOP_SPACE, p) for p in abbreviations._TERMINAL_SPLIT.values()]


@pytest.mark.parametrize("seed,scan", PAIRS, ids=[f"{s.pattern[:12]}|{p.pattern[:24]}" for s, p in PAIRS])
def test_prescreen_is_necessary(seed: re.Pattern[str], scan: re.Pattern[str]) -> None:
    assert all(seed.search(t) is not None for t in TEXTS if scan.search(t) is not None)


def test_prescreens_let_each_rule_class_through() -> None:
    t = "для школьниковМинистр образовательного"
    assert glued.glued_breaks(t, "ru") == [t.index("Министр")]
    t = "зажгли новогодние огни25 декабря состоялось"
    assert glued.glued_breaks(t, "ru") == [t.index("25")]
    t = "в разделе БизнесСтатьи новости"
    assert ru_glue.caps_glue_breaks(t, "ru") == [t.index("Статьи")]
    assert ru_glue.caps_glue_breaks(t, "ru", runs=False) == []
    assert date_items.byline_breaks("… lan rộng bởi Linh 28 Tháng 8, 2025 TP.HCM ghi nhận") != []
    assert date_items.date_item_breaks("ngày 18 - 05 - 1954 Thụ phong linh mục, ngày 20 - 11 - 1960 Giám mục") != []
    assert signs.digit_nospace_breaks("в этом год.22 января 2014.", "ru", frozenset()) != []
    t = "Он ушёл домой.Это было поздно."
    assert sentences._nospace_breaks(t, "ru") == [t.index("Это")]


class _Always:
    """A prescreen that always passes: the pass as it was without one."""

    def search(self, *_: Any) -> bool:
        return True


_LANGS = ("ru", "uk", "vi", "en", "bg")


def _without(monkeypatch: pytest.MonkeyPatch, fn: Any, args: list[tuple[Any, ...]],
             seeds: list[tuple[Any, str]]) -> None:
    new = [fn(*a) for a in args]
    with monkeypatch.context() as m:
        for mod, name in seeds:
            m.setattr(mod, name, _Always())
        assert new == [fn(*a) for a in args]


def test_passes_answer_as_without_prescreens(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = [(t, lg) for t in TEXTS[::3] for lg in _LANGS]
    _without(monkeypatch, glued.glued_breaks, pairs,
             [(glued, "_CAMEL_SEED"), (glued, "_CAMEL_DATE_SEED"), (glued, "_ACRONYM_SEED"), (ru_glue, "_STOP_SEED")])
    _without(monkeypatch, sentences._nospace_breaks, pairs, [(sentences, "_NOSPACE_SEED")])
    _without(monkeypatch, glued.vi_lower_glue_breaks, pairs, [(glued, "_STOP_LETTER")])
    _without(monkeypatch, lambda t, lg: signs.digit_nospace_breaks(t, lg, frozenset({"год"})), pairs,
             [(signs, "_GLUED_SEED")])
    singles = [(t,) for t in TEXTS]
    _without(monkeypatch, date_items.date_item_breaks, singles, [(date_items, "_DATE_SEED")])
    _without(monkeypatch, date_items.byline_breaks, singles, [(date_items, "_BYLINE_SEED")])
    _without(monkeypatch, glued.date_nospace_breaks, singles, [(glued, "_STOP_LETTER")])
    _without(monkeypatch, glued.label_moves, singles, [(glued, "_LABEL_SEED")])
    _without(monkeypatch, sentences.split_sentences, pairs[::4], [(sentences, "_STOP_SPACE")])
    # the former dash gate (none) and camel-date gate (any digit): the rule's own scans decide
    assert all((" -" in t) or not glued._DASH_ITEM.search(t) for t in TEXTS)


_FORMER_LAST_WORD = re.compile(r"([\w.\-]+)\.\s*$", re.UNICODE)


@pytest.mark.parametrize("tail", [200, 3, 1])
def test_last_word_is_the_former_search(tail: int) -> None:
    rnd = random.Random(tail)
    cases = [t.rstrip() + "." for t in TEXTS] + [s.rstrip() for s in _SAMPLES if s.rstrip().endswith(".")]
    cases += ["".join(rnd.choice("aя1_.-\u0301 ") for _ in range(rnd.randint(0, 12))) + "." for _ in range(3000)]
    for prev in cases:
        prev = prev.rstrip()
        if prev[-1:] != ".":
            continue
        m = _FORMER_LAST_WORD.search(prev, max(0, len(prev) - tail))
        assert abbreviations.last_word(prev, tail) == (m.group(1) if m else ""), prev


def test_masked_ellipsis_needs_one_at_the_end() -> None:
    for t in TEXTS:
        prev = t.rstrip()
        if prev[-1:] in (".", "…") and sentences._MASKED.search(prev) is not None:
            assert prev.endswith(("...", "…"))

"""perf81: ``langid_dictionary.dictionary_neighbour`` stops looking words up once its test must fail; the same
answers as the former code (kept here as the reference)."""
from __future__ import annotations

import itertools

import pytest

from mtpipe import langid_dictionary as LD


def _former_test_fails(words: list[str], known: set[str], south: bool) -> bool:
    """The former code's test after the lookups: True where it returned None."""
    unknown = [w for w in words if w not in known]
    articled = [w for w in unknown if w.endswith(LD._ARTICLES)]
    return not (south and len(articled) >= LD.UNKNOWN_MIN) and (
        len(unknown) < LD.UNKNOWN_MIN or len(unknown) <= LD.UNKNOWN_SHARE * len(words))


@pytest.mark.parametrize("south", [False, True])
def test_unknown_words_is_none_exactly_when_the_test_must_fail(monkeypatch: pytest.MonkeyPatch, south: bool) -> None:
    # every known/unknown assignment of word lists up to seven words, with and without an article's ending
    pool = ["думата", "очите", "дом", "стол", "книга", "детето", "пишу"]  # "-та", "-те", "-то": articled endings
    for n in range(0, 8):
        for words in {tuple(pool[:n]), tuple(reversed(pool[:n])), tuple(pool[7 - n:])}:
            for mask in itertools.product((False, True), repeat=len(words)):
                known = {w for w, k in zip(words, mask) if k}
                asked: list[str] = []
                monkeypatch.setattr(LD, "_known", lambda w, known=known, asked=asked: asked.append(w) or w in known)
                got = LD._unknown_words(list(words), south)
                unknown = [w for w in words if w not in known]
                if got is None:
                    assert _former_test_fails(list(words), known, south), (words, mask)
                    assert len(asked) <= len(words)
                else:
                    assert got == unknown, (words, mask)
                    assert asked == list(words)  # every word looked up, in order, when the test may pass


def _former(text: str, quick: bool = True) -> str | None:
    """``dictionary_neighbour`` as it was before perf81 (the reference)."""
    from mtpipe.langid import _identifier
    from mtpipe.langid_cyrillic import CYRILLIC_ALL, RU_MARKERS, russian_only

    text = LD._STRESS.sub("", text)
    words = []
    for w in LD._plain_words(text):
        if w in RU_MARKERS and w not in ("ли", "я"):
            return None
        words.append(w)
    clitic = LD._clitic(text)
    if quick and not clitic and (LD._morph() is None or "ли" in words or "я" in words
                                 or sum(len(w) > 1 for w in words) < LD.UNKNOWN_MIN):
        return None
    candidates = tuple(code for code in CYRILLIC_ALL if code != "ru" and not russian_only(text, code))
    if candidates and clitic and not LD._chinese_tag(text):
        return _identifier(candidates).classify(text)[0]
    morph = LD._morph()
    if not candidates or morph is None or any(w in RU_MARKERS for w in words):
        return None
    first_known = bool(words) and text.lstrip()[:1].isupper() and LD._known(words[0])
    if words and text.lstrip()[:1].isupper() and not first_known:
        words = words[1:]
    words = [w for w in words if len(w) > 1]
    unknown = [w for w in words if not LD._known(w)]
    articled = [w for w in unknown if w.endswith(LD._ARTICLES)]
    south = tuple(code for code in ("bg", "mk") if code in candidates)
    if not (south and len(articled) >= LD.UNKNOWN_MIN) and (
            len(unknown) < LD.UNKNOWN_MIN or len(unknown) <= LD.UNKNOWN_SHARE * len(words)):
        return None
    best = _identifier(("ru",) + candidates).classify(text)[0]
    if best == "ru":
        return None
    if south and len(articled) >= LD.UNKNOWN_MIN:
        return best if best in south else south[0]
    return best


LINES = [
    "Очите на Марга почнаха да стават големи.", "Давам думата на председателя на Парламентарната група",
    "Нико није ништа рекао.", "Не проси мале.", "Лаккха Сингх исполнил чхаппан бхог бхаджан.",
    "Мэр Ухани Ван Цинцзян", "Погода в Москве", "Главные новости дня", "Детето спи в стаята.",
    "Књига лежи на столу поред прозора.", "Коментари читалаца", "Архив номеров журнала",
    "Слово", "", "   ", "Ѕвезда и јабука", "Каза да не се шегувам.", "Страх ли те е?", "Аз не знам.",
    "Составно́е слово", "Сутра ћемо видјети шта ће бити.", "Працюємо для вас щодня", "Дзякуй за ўвагу",
    "Книгата и масата са нови.", "Утре заминуваме за Скопје со автобусот.", "Пресс-служба губернатора области",
]


@pytest.mark.skipif(LD._morph() is None, reason="pymorphy3 is not installed")
@pytest.mark.parametrize("line", LINES)
def test_dictionary_neighbour_answers_as_before(line: str) -> None:
    for quick in (True, False):
        assert LD.dictionary_neighbour(line, quick) == _former(line, quick)


def test_unknown_words_stops_once_half_the_words_are_known(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(LD, "_known", lambda w: asked.append(w) or True)
    assert LD._unknown_words(["один", "два", "три", "четыре"], False) is None
    assert asked == ["один", "два"]  # two unknown words at most are left, not over half of four: the test fails
    asked.clear()  # with a South Slavic candidate, words with an article's ending may still make two articled ones
    assert LD._unknown_words(["думата", "очите", "детето", "стол"], True) is None
    assert asked == ["думата", "очите"]  # three articled words, two known: one articled unknown word at most

"""Round bnd73 (issue 12): two boundary classes bnd71/bnd72 left open, found on fresh RT news (none on any dev part).

* A line that is only a dialogue dash or a footnote's asterisks over the text it opens: an interview whose extractor
  put the question's dash on a line of its own ("… на даты.⏎—⏎В этот день …?") and a footnote's mark over its note
  ("… Алеппо.⏎*⏎«Исламское государство» (ИГ) — …").  The mark was a unit of its own;
  :func:`mtpipe.clean.softbreak_turns.mark_alone` lets :mod:`mtpipe.clean.softbreak` join it to the next line.
* "гор." after the prepositions "с" and "до" before a capital: the genitive of "горы" closing a sentence ("спустились
  с гор. Надо …"), not the abbreviation of "город" ("в гор. Москве", "из гор. Николаева" go on).

Every line is made up in the shape of the class; negatives are the nearest shapes (a hyphen-minus alone, a tweet's
handle under a dash, a mark over a blank line, the prepositions that take the abbreviation).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_turns import mark_alone
from mtpipe.document import Document
from mtpipe.segment import Segmenter, split_sentences


def _units(raw: str) -> list[str]:
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(raw, doc_id="bnd73")))
    return [s.source for s in doc.segments]


def _joined(text: str) -> str:
    chars = list(text)
    for p in soft_breaks(text):
        chars[p] = " "
    return "".join(chars)


@pytest.mark.parametrize("cur,nxt,expect", [
    ("—", "Вы уже бывали прежде в России?", True),
    ("–", "А как считаете вы?", True),
    ("―", "Какой вид программы у вас в приоритете?", True),
    (" — ", "…или по ней невзначай может попасть ракета.", True),
    ("—", "«Спартаку» будет крайне сложно.", True),
    ("*", "«Исламское государство» (ИГ) — террористическая группировка.", True),
    ("**", "«Талибан» — исламистское движение.", True),
    ("-", "Các quán bún bò Huế tại Hà Nội đang gặp khó", False),  # a news list's separator (held28)
    ("—", "@RogerFederer", False),  # a tweet's signature
    ("—", "#Wimbledon", False),
    ("—", "", False),
    ("— Да.", "Вы уже бывали в России?", False),  # a turn with its text is no mark alone
    ("•", "Пункт первый", False),
    ("|", "Автомойка", False),
])
def test_mark_alone(cur: str, nxt: str, expect: bool) -> None:
    assert mark_alone(cur, nxt) is expect


def test_an_interviews_dash_alone_joins_the_question_under_it() -> None:
    text = "— У меня очень плохо с памятью на даты.\n—\nВ этот день стадион устроил овацию игроку. И этим игроком были вы…"
    assert _joined(text) == ("— У меня очень плохо с памятью на даты.\n— В этот день стадион устроил овацию игроку. "
                             "И этим игроком были вы…")


def test_a_footnote_mark_alone_joins_its_note() -> None:
    text = "Боевики покинули район.\n*\n«Исламское государство» (ИГ) — террористическая группировка, запрещённая в России."
    assert _joined(text).split("\n")[1].startswith("* «Исламское государство»")


def test_the_dash_is_no_unit_of_its_own_through_the_cleaner_and_segmenter() -> None:
    raw = ("Роналдиньо дал интервью\n\n— Вы уже бывали прежде в России, но в Казани оказались впервые?\n"
           "— Я прилетел вчера и ещё мало что успел увидеть. Но заметил, что на улицах весьма оживлённо.\n—\n"
           "Первой вашей командой в Европе стал французский клуб. Был ли трудным ваш первый опыт?\n"
           "— Это были прекрасные времена! Париж замечательный, чудесный город.\n")
    units = _units(raw)
    assert "—" not in units
    assert "— Первой вашей командой в Европе стал французский клуб." in units


@pytest.mark.parametrize("text", [
    "Игроки сказали своё.\n-\nСледующая новость дня",  # the hyphen-minus stays a separator
    "Игроки сказали своё.\n—\n\nСледующая новость дня",  # a blank line under the dash
    "Thank you all.\n—\n@RogerFederer",
])
def test_no_join_from_a_mark_that_opens_no_text(text: str) -> None:
    assert _joined(text) == text


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, "ru")]


@pytest.mark.parametrize("text,units", [
    ("Команды не совсем вовремя спустились с гор. Надо было либо чуть раньше.",
     ["Команды не совсем вовремя спустились с гор.", "Надо было либо чуть раньше."]),
    ("Огни зажжены от моря до гор. Безымянный увидит их.", ["Огни зажжены от моря до гор.", "Безымянный увидит их."]),
    ("Ветер дует с гор. Она придёт с метелью.", ["Ветер дует с гор.", "Она придёт с метелью."]),
])
def test_gor_after_a_preposition_of_the_genitive_ends_the_sentence(text: str, units: list[str]) -> None:
    assert _split(text) == units


@pytest.mark.parametrize("text", [
    "Он родился в гор. Москве в 1950 году.",
    "Дело о высылке из гор. Николаева в Москву.",
    "Могила находится недалеко от гор. Аулие-Ата на юге.",
    "Договор с гор. больницей подписан в мае.",
    "Он вернулся с горы. Надо было отдохнуть.",
])
def test_gor_as_the_abbreviation_or_a_lower_case_word_goes_on(text: str) -> None:
    units = _split(text)
    if "горы" in text:
        assert len(units) == 2  # the full word "горы" is no abbreviation at all (razdel ends it)
    else:
        assert units == [text]


@pytest.mark.parametrize("text,joined", [
    # the signature on the next line, its bracket with it or on the line after (the RT corpus breaks both)
    ("Они остаются объектом жестокости ДАИШ (ИГ.\n— RT )», — пояснил генерал.",
     "Они остаются объектом жестокости ДАИШ (ИГ. — RT )», — пояснил генерал."),
    ("Они остаются объектом жестокости ДАИШ (ИГ.\n— RT\n)», — пояснил генерал.",
     "Они остаются объектом жестокости ДАИШ (ИГ. — RT )», — пояснил генерал."),
    ("Я ему перечислял, кто идёт (на параде.\n— RT\n). Гость похвалил наше войско.",
     "Я ему перечислял, кто идёт (на параде. — RT ). Гость похвалил наше войско."),
])
def test_a_signed_note_wrapped_before_its_signature_goes_on(text: str, joined: str) -> None:
    assert _joined(text) == joined


@pytest.mark.parametrize("text", [
    "Он ушёл в лес (за грибами.\n— А ты?\nНет.",  # a reply, no signature
    "Он сказал. (Это важно.)\n— RT\n) нет.",  # the bracket closed before the stop
    "Он ушёл в лес.\n— RT",  # no bracket open
])
def test_no_join_at_a_stop_without_an_open_bracket_and_a_signature(text: str) -> None:
    assert _joined(text).split("\n")[0] == text.split("\n")[0]  # the line with the stop stays apart


def test_the_signed_note_is_one_sentence_through_the_cleaner_and_segmenter() -> None:
    raw = ("Заголовок статьи о Сирии\n\n«Мы озабочены судьбой тысяч гражданских лиц в Ракке, которые остаются "
           "объектом жестокости ДАИШ (ИГ.\n— RT\n)», — пояснил начальник оперативного управления коалиции.\n"
           "Бойцы вошли в город на прошлой неделе.\n")
    assert ("«Мы озабочены судьбой тысяч гражданских лиц в Ракке, которые остаются объектом жестокости ДАИШ (ИГ. — RT )»,"
            " — пояснил начальник оперативного управления коалиции.") in _units(raw)

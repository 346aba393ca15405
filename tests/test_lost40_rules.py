"""A hotel's rules of one pattern ("ЗАЕЗД ДО 10:00 : оплачивается 50% …" / "ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% …"), each
with its qualifier in brackets under it (lost40, on train28's shape): a percentage is no date for
``boilerplate.dateline`` (:func:`mtpipe.clean.keep.no_shares`), two rules with one word and one hour swapped are no near
copy (:func:`~mtpipe.clean.keep.swapped_rule`), and the same qualifier under two rules is no exact copy
(:func:`~mtpipe.clean.keep.qualifier`).  Pages written for these tests."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.keep import no_shares, own_list, qualifier, swapped_rule
from mtpipe.document import Document
from mtpipe.segment import Segmenter

RULES = ("Условия проживания в гостинице\n"
         "Расчётный час в гостинице – 12:00 по местному времени, заезд возможен с 14:00.\n"
         "ЗАЕЗД ДО 10:00 : оплачивается 50% от стоимости суток.\n"
         "(при наличии свободных номеров)\n"
         "ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% от стоимости суток\n"
         "(при наличии свободных номеров)\n"
         "Размещение с домашними животными в номерах гостиницы запрещено.\n")


def _run(text: str, policy: str = "balanced") -> Document:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc: Document) -> dict[str, str]:
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_the_rules_and_their_qualifiers_stay(policy):
    gone = _removed(_run(RULES, policy))
    assert "ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% от стоимости суток" not in gone
    assert "(при наличии свободных номеров)" not in gone


def test_a_byline_with_its_date_is_still_a_dateline():
    # same shape: a time and a date-like number; here a real date (not a share)
    text = RULES.replace("Условия проживания в гостинице\n", "Условия проживания в гостинице\nИван Петров 12.05 14:30\n")
    assert _removed(_run(text)).get("Иван Петров 12.05 14:30") == "boilerplate.dateline"


def test_a_copy_stays_a_copy():
    # a title printed twice with a counter changed at its end, and a one-word mark printed under two teasers
    text = ("Как выбрать гостиницу для отдыха с детьми 1\n"
            "Советы туристам о выборе гостиницы и номера для семьи с маленькими детьми.\n\n"
            "Как выбрать гостиницу для отдыха с детьми 2\n")
    gone = _removed(_run(text))
    assert gone.get("Как выбрать гостиницу для отдыха с детьми 2", "").startswith("dedupe.")


def test_helpers():
    assert no_shares("ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% от стоимости") == "ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ   от стоимости"
    assert no_shares("12,5 % годовых") == "  годовых"
    assert no_shares("17.10.2019 16:23") == "17.10.2019 16:23"
    assert swapped_rule("ЗАЕЗД ДО 10:00 : оплачивается 50% от стоимости суток",
                        "ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% от стоимости суток")
    # same shape, a copy: no word swapped (a counter), only the last number changed, a year changed, words added
    assert not swapped_rule("Как выбрать гостиницу для отдыха 1", "Как выбрать гостиницу для отдыха 2")
    assert not swapped_rule("Итоги недели на рынке зерна, выпуск 12", "Итоги месяца на рынке зерна, выпуск 13")
    assert not swapped_rule("Итоги недели 12 мая 2024 на рынке", "Итоги месяца 13 мая 2025 на рынке")
    assert not swapped_rule("Заезд до 10:00 оплачивается", "Выезд до 18:00 оплачивается")  # four words
    assert qualifier("(при наличии свободных номеров)")
    assert not qualifier("(видео)") and not qualifier("(3 комментария к записи)") and not qualifier("(нет комментариев)")


WARNING = ("ШТОРМОВОЕ ПРЕДУПРЕЖДЕНИЕ!\n"
           "По данным управления по гидрометеорологии, в ближайшие сутки ожидается усиление ветра до 25 метров в секунду.\n"
           "УВАЖАЕМЫЕ ЖИТЕЛИ И ГОСТИ!\n"
           "{head}\n"
           "- Закрыть плотно все окна, при необходимости укрепить остекление.\n"
           "- Автотранспорт на период штормового предупреждения припарковать в гаражи или безопасные места.\n"
           "- Пешеходам соблюдать особую осторожность при переходе дороги.\n")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_heading_over_the_texts_own_advice_stays(policy):
    gone = _removed(_run(WARNING.format(head="РЕКОМЕНДУЕМ:"), policy))
    assert "РЕКОМЕНДУЕМ:" not in gone


def test_a_related_list_heading_still_goes():
    # same shape, other stories' headlines under it (no stops): the heading and its list go
    text = (WARNING.split("{head}")[0] + "Пешеходам следует соблюдать особую осторожность при переходе дороги.\n"
            "Рекомендуем:\n- Ураган обрушился на побережье Крыма\n- В Ялте отменили паромы из-за шторма\n"
            "- Синоптики рассказали о погоде на выходные\n")
    gone = _removed(_run(text))
    assert gone.get("Рекомендуем:") == "boilerplate.list_heading"
    assert gone.get("- В Ялте отменили паромы из-за шторма") == "boilerplate.list_heading"


def test_own_list_directly():
    from mtpipe.clean.features import _sentence_like

    lines = WARNING.format(head="РЕКОМЕНДУЕМ:").splitlines()
    assert own_list(lines, 3, _sentence_like)
    assert not own_list(lines[:5], 3, _sentence_like)  # one item only
    no_colon = [*lines[:3], "РЕКОМЕНДУЕМ", *lines[4:]]
    assert not own_list(no_colon, 3, _sentence_like)
    plain = [*lines[:4], *(t.lstrip("- ") for t in lines[4:])]  # sentences with no list mark: not a list
    assert not own_list(plain, 3, _sentence_like)

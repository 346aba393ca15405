"""Round bnd66 (issue 12: held48's sentence boundaries and its soft-break cut, read after its blind run), by class,
each with negatives (made-up examples of the class, not the page's strings):

* a Russian clause wrapped before the personal name that is its verb's object ("… поблагодарил директора Дома
  культуры⏎Александра Марченко и …", held48's ``h48ru10``) is one sentence (:mod:`mtpipe.clean.softbreak_objects`);
  a heading over a paragraph that opens with a name stays apart;
* tonnes after a number ("71 т.") end the sentence before a one-letter capitalised word too ("… 71 т. В денежном
  …", ``h48ru03``); a city's initial after a volume count ("в 5 т. М.: Наука") goes on;
* HTML line breaks printed as text in a text page ("рассказывает:<br />— Порядок …", ``h48ru08``) are line breaks
  (:mod:`mtpipe.clean.markup_breaks`, rule ``markup.line_break``); a text that names the tag keeps it;
* a listing card's title over its copy in lower case ("Cho Thuê Phòng Trọ …⏎cho thuê phòng trọ …", ``h48vi14``) is
  no sentence going on: the copy does not continue the title (:func:`mtpipe.clean.softbreak._copy`).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.markup_breaks import break_edits
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_objects import name_object
from mtpipe.document import Document
from mtpipe.segment import Segmenter, split_sentences

pytest.importorskip("pymorphy3")


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def _joined(text: str) -> bool:
    return bool(soft_breaks(text))


@pytest.mark.parametrize("cur,nxt", [
    ("На торжественном собрании губернатор наградил директора школы",
     "Сергея Иванова и его заместителя орденом Дружбы."),
    ("При вручении грамот мэр поблагодарил заведующую детским садом",
     "Ирину Сергеевну Петрову и весь коллектив за многолетний труд."),
    ("В конце встречи депутат вручил благодарственное письмо",
     "Николаю Смирнову за помощь в организации праздника."),
])
def test_a_name_wrapped_as_the_verbs_object_goes_on(cur, nxt):
    assert name_object(cur, nxt)
    assert _joined(f"{cur}\n{nxt}\n")


@pytest.mark.parametrize("cur,nxt", [
    # a heading over a paragraph that opens with a name: the paragraph has its own verb
    ("Губернатор поблагодарил работников Дома культуры", "Александр Марченко рассказал о ремонте здания."),
    ("Депутат поблагодарил работников Дома культуры", "Сергея Иванова назначили директором школы."),
    ("Депутат поблагодарил работников Дома культуры",
     "Александра Марченко и её помощники готовились к празднику весь год."),
    # a name in the nominative only
    ("Депутат поблагодарил работников Дома культуры", "Александр Марченко и его помощники."),
    # a heading without a verb over a line without one
    ("Праздник в Доме культуры нашего большого села", "Александра Марченко и её помощники."),
    # a line that ends a sentence, a line with a comma at its end, a line in capitals
    ("Депутат поблагодарил директора Дома культуры.", "Александра Марченко и его помощников за труд."),
    ("ДЕПУТАТ ПОБЛАГОДАРИЛ ДИРЕКТОРА ДОМА КУЛЬТУРЫ", "Александра Марченко и его помощников за труд."),
    # the next line has no sentence end (a list of names, a caption)
    ("Депутат поблагодарил директора Дома культуры", "Александра Марченко и его помощников"),
])
def test_a_heading_over_a_name_stays_apart(cur, nxt):
    assert not name_object(cur, nxt)


@pytest.mark.parametrize("text,parts", [
    ("Урожай составил 71 т. В прошлом году было меньше.", ["Урожай составил 71 т.", "В прошлом году было меньше."]),
    ("Собрано 5 тыс. т. С полей вывезли всё.", ["Собрано 5 тыс. т.", "С полей вывезли всё."]),
    ("Собрали 12 т. А в прошлом году 10 т.", ["Собрали 12 т.", "А в прошлом году 10 т."]),
    ("Билет стоит 500 руб. В кассе очередь.", ["Билет стоит 500 руб.", "В кассе очередь."]),
    # a city's initial after a volume count; "г." before a name; "т. е." inside a sentence
    ("Издано в 5 т. М.: Наука, 1980.", ["Издано в 5 т. М.: Наука, 1980."]),
    ("Тираж 5 т. И. Петров написал предисловие.", ["Тираж 5 т. И. Петров написал предисловие."]),
    ("Он живёт в г. Москва уже давно.", ["Он живёт в г. Москва уже давно."]),
])
def test_tonnes_end_a_sentence_before_a_one_letter_word(text, parts):
    assert _units(text, "ru") == parts


def _clean(text: str, doc_id: str = "page.txt") -> Document:
    doc = Document.from_text(text, doc_id=doc_id, path=doc_id)
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def test_leaked_line_breaks_are_line_breaks():
    text = ("Двор на улице Садовой\n\n"
            "<br />Соседка Мария Петрова вспоминает:<br />— Раньше здесь была свалка, а теперь цветут розы.<br />"
            "Летом во дворе проходят праздники для детей.\n")
    doc = _clean(text)
    units = [s.source for s in doc.segments]
    assert "Соседка Мария Петрова вспоминает:" in units
    assert "— Раньше здесь была свалка, а теперь цветут розы." in units
    assert "Летом во дворе проходят праздники для детей." in units
    assert not any("<br" in u for u in units)
    assert sum(e.rule == "markup.line_break" and e.action == "repaired" for e in doc.ledger) == 3


@pytest.mark.parametrize("text", [
    "Тег <br> переносит строку, а тег <br /> в XHTML пишется с косой чертой.\n",  # a text that names the tag
    "Одна строка с тегом<br />Вторая часть.\n",  # one tag alone in the document
])
def test_a_named_or_lone_tag_is_left(text):
    assert break_edits(text) == []


def test_markdown_keeps_its_own_html_repair():
    doc = _clean("<p>Первый абзац.</p>\n<p>Второй абзац.</p>\n", doc_id="a.md")
    assert {e.rule for e in doc.ledger if e.action == "repaired"} == {"markdown.html_tag"}


def test_a_card_title_over_its_lower_case_copy_is_not_joined():
    text = ("Cho Thuê Phòng Trọ Giá Rẻ Gần Chợ Bà Chiểu - Bình Thạnh\n"
            "cho thuê phòng trọ giá rẻ gần chợ bà chiểu - bình thạnh\n"
            "3 triệu/tháng 25m²\n")
    assert soft_breaks(text) == []


def test_a_title_going_on_in_lower_case_is_still_joined():
    # the next line continues (it is no copy of the line before)
    text = "Người dân phường Tân Định đã cùng nhau\ndọn dẹp con hẻm trước mùa mưa.\n"
    assert soft_breaks(text) == [text.index("\n")]

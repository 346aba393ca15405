"""cpf98: wrong removals on fresh pages from sites in no part (issue 12, pre-blind).

* an annex's head naming its act ("Приложение к Решению от … № …") over a council's form was read as a site's rubric
  above the title (``boilerplate.head_rubric``): :func:`mtpipe.clean.ru_heads._annex_head`;
* a span of time under its field's label ("Nhiệm kỳ" / "5 năm", a wiki infobox's term of office) was read as a date
  line (``boilerplate.date_line``): :func:`mtpipe.clean.number_values.duration_value`.

Lines made up in those shapes; negatives are a site's rubric over a title, a relative date, a read time under a
number, a span of time under a sentence.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.number_values import content_number, duration_value
from mtpipe.clean.ru_heads import _annex_head, head_lines
from mtpipe.document import Document

FORM = [
    "УВЕДОМЛЕНИЕ",
    "О ПРОВЕДЕНИИ ОБЩЕГО СОБРАНИЯ ЖИТЕЛЕЙ КВАРТАЛА",
    "созывается общее собрание жителей квартала, проживающих в домах по адресам, указанным в перечне ниже.",
    "В собрании вправе принять участие жители квартала, достигшие шестнадцати лет и постоянно проживающие "
    "по указанным адресам, а также представители управляющей компании.",
    "Собрание жителей квартала считается правомочным, если в нём участвуют более половины жителей, постоянно "
    "проживающих на территории квартала, и его итоги подводятся большинством голосов.",
    "Повестка собрания жителей квартала и списки вопросов размещаются на стендах у подъездов домов не позднее "
    "чем за десять дней до собрания.",
]


def _head(first: str) -> dict[int, tuple[str, str]]:
    return head_lines([first] + FORM, {})


@pytest.mark.parametrize("line", [
    "Приложение к Решению от 12.03.2015 г № 7/2 Положение",
    "Приложение № 3 к постановлению администрации района от 01.02.2020 № 45",
    "Приложение к приказу от 5 мая 2019 г. № 118",
])
def test_annex_head_over_a_form_stays(line: str) -> None:
    assert _annex_head(line)
    assert 0 not in _head(line)


@pytest.mark.parametrize("line", ["Новости поселения", "Приложения для смартфона", "Приложение к журналу «Огонёк»"])
def test_a_rubric_over_the_form_still_goes(line: str) -> None:
    assert not _annex_head(line)
    assert 0 in _head(line)


LIVE = (lambda k: True)


@pytest.mark.parametrize("label,value", [("Nhiệm kỳ", "5 năm"), ("Toán", "120 phút"), ("Срок полномочий", "5 лет"),
                                         ("Продолжительность", "3 часа")])
def test_a_span_of_time_under_its_label_is_a_value(label: str, value: str) -> None:
    lines = [label, value, "Trụ sở"]
    assert duration_value(lines, 1, LIVE) and content_number(lines, 1, LIVE)


@pytest.mark.parametrize("lines", [
    ["Nhiệm kỳ", "2 ngày trước"],  # a relative date
    ["1541", "1 минута"],  # a read time under a view count
    ["Khai mạc hội nghị.", "5 năm"],  # under a sentence
    ["Nhiệm kỳ 2020", "5 năm"],  # the line above holds a number
])
def test_no_value_without_its_label(lines: list[str]) -> None:
    assert not duration_value(lines, 1, LIVE)


def test_label_removed_above_gives_no_value() -> None:
    assert not duration_value(["Nhiệm kỳ", "5 năm"], 1, lambda k: False)


def _removed(text: str, line: str) -> list[str]:
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    at = doc.raw_text.index(line)
    return [e.rule for e in doc.ledger if e.action == "removed" and e.start <= at < e.end]


def test_infobox_term_stays_in_the_cleaner() -> None:
    assert _removed("Nhiệm kỳ\n5 năm\n", "5 năm") == []


def test_a_relative_date_under_a_label_still_goes() -> None:
    assert _removed("Nhiệm kỳ\n2 ngày trước\n", "2 ngày trước")

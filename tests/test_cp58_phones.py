"""cp58: a telephone number alone on its line is no date line (``boilerplate.phone_line``, :mod:`mtpipe.clean.phones`).

``boilerplate.date_line`` took every bare number as the page's date: the site's header phones of t28ru45, t28ru89,
h16ru04, t27vi42, h22vi01, html-ru-informkz, html-ru-mk2 and h39ru11's museum phone, each kept as ``meta["date"]``.
The shape is a number's, :func:`~mtpipe.clean.features.is_date_line` refuses it, the line goes under its own rule
(a contact line, Convention 13) with no date in the metadata, and a number the text points to stays."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.features import is_date_line
from mtpipe.clean.phones import PHONE_LINE, phone_number
from mtpipe.document import Document

#: the dev pages' bare numbers (every one labelled clutter but h39ru11's) and shapes of the same kinds
PHONES = ["+7 (82142) 7-78-70", "8 (8342) 25-39-59", "+7 (812) 735-11-33", "8 800 222-45-06", "+7 922 995 64 03",
          "028 22133839 / 0986 535 005", "1900.6568", "+7 (701) 759 90 19", "+7 353 243 11 93", "+84 912 345 678",
          "(024) 3825 1234", "0912 345 678", "0886.234.222", "1900 636 648", "8-800-100-00-00", "• +7 (495) 123-45-67"]
#: the date, time, counter and price lines of the dev pages: still dates, never numbers
NOT_PHONES = ["13-01-2024", "21 09 2025", "2025-01-05T15:00:00+03:00", "19.45 – 20.00 – 20.40", "27.990.000",
              "6.990.000", "8.990.000", "+16", "+18°", "08 / 07/ 1975", "20-11", "1700", "2022 – 2023", "05/04",
              "388 13-01-2024", "19-01-2022 14:33:01(GMT+08:00)", "11.00 – 12.00,", "09 12 2025", "01.01.2025",
              "1201574", "№ 3 (73) 2024", "1320 | 1320 | 1230 | 1140 | — |", "472.57 508.34 5.4", "20/09/2024(1076 lượt xem)"]
#: date lines that stay date lines
DATES = ["13-01-2024", "21 09 2025", "Thứ Bảy, 27 tháng 4, 2024", "2025-01-05T15:00:00+03:00", "11-02-2019",
         "10-08-2025, 19:55 (GMT+7)", "Comments (3)", "+16"]


@pytest.mark.parametrize("line", PHONES)
def test_a_number_is_a_phone_and_no_date(line):
    assert phone_number(line)
    assert not is_date_line(line)


@pytest.mark.parametrize("line", NOT_PHONES)
def test_dates_prices_and_counters_are_no_phone(line):
    assert not phone_number(line)


@pytest.mark.parametrize("line", DATES)
def test_date_lines_stay_date_lines(line):
    assert is_date_line(line)


def _removed(text: str) -> tuple[dict[str, str], dict]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(text, doc_id="site/a.txt",
                                                                                 path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}, doc.meta


_TEXT = ("Поликлиника напоминает о правилах записи к врачу.", "Запись ведётся через портал госуслуг и в регистратуре.",
         "Пациенты с острой болью принимаются в день обращения без записи.")


@pytest.mark.parametrize("number", ["8 (8342) 25-39-59", "+7 (812) 735-11-33", "8 800 222-45-06"])
def test_a_header_number_goes_as_a_contact_line_with_no_date(number):
    removed, meta = _removed("\n".join([number, "", "Правила записи", *_TEXT]) + "\n")
    assert removed.get(number) == PHONE_LINE, removed
    assert meta.get("date") != number


@pytest.mark.parametrize("lead", ["Записаться на приём можно по телефону регистратуры:",
                                  "Справки о графике работы музея по телефону:"])
def test_a_number_the_text_points_to_stays(lead):
    number = "+7 (495) 123-45-67"
    removed, _ = _removed("\n".join(["Правила записи", *_TEXT, lead, number, "Ждём вас."]) + "\n")
    assert number not in removed, removed


def test_a_date_line_still_goes_as_a_date():
    removed, meta = _removed("\n".join(["Правила записи", "13-01-2024", *_TEXT]) + "\n")
    assert removed.get("13-01-2024") == "boilerplate.date_line", removed
    assert meta.get("date") == "13-01-2024"

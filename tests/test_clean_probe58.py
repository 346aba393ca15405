"""Content lines the cleaner lost on the dev half of ``benchmarks/data/probe58`` (``benchmarks/content_probe.py
--layout sent``), fixed as classes, table-driven with negatives (branch `probe58`).

* ``dedupe.near`` / :func:`mtpipe.clean.keep.numbered_items`: two sentences that open with the same label and each its
  own number ("Giai đoạn 1 có …" / "Giai đoạn 2 có …") are two items of a series, no copy;
* ``signoff.name_date`` / ``mtpipe.clean.signoff._name_date``: "Name N год." states a person's age, no byline with
  its date (a year has four digits).

The first form of each table is the probe's line (vi-21475664, ru-25455); the others are written in the same shape.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.keep import numbered_items, other_texts
from mtpipe.clean.signoff import _name_date

ITEMS = [
    ("Giai đoạn 1 có công suất 2 triệu tấn thép/năm.", "Giai đoạn 2 có công suất 2 triệu tấn thép dẹp/năm."),
    ("Этап 1 строительства моста завершится к осени следующего года, сообщили в мэрии.",
     "Этап 2 строительства моста завершится к осени следующего года, сообщили в администрации."),
    ("Bước 1: người dân nộp hồ sơ trực tuyến qua cổng dịch vụ công của tỉnh.",
     "Bước 2: người dân nộp lệ phí trực tuyến qua cổng dịch vụ công của tỉnh."),
    ("Phân khu 3 gồm các lô đất ở, trường học và công viên cây xanh của khu đô thị.",
     "Phân khu 4 gồm các lô đất ở, trường học và công viên cây xanh của khu đô thị mới."),
]

COPIES = [
    # a headline's series number, no stop: a related story's teaser, left to dedupe
    ("Bài 1: Cuộc chiến chống hàng giả trên mạng xã hội", "Bài 2: Cuộc chiến chống hàng giả trên mạng xã hội"),
    # the same label and number: a copy
    ("Giai đoạn 1 có công suất 2 triệu tấn thép/năm.", "Giai đoạn 1 có công suất 2 triệu tấn thép/năm nay."),
    # a year opening the line is no item's number (four digits)
    ("Năm 2020 có công suất 2 triệu tấn thép mỗi năm theo thiết kế ban đầu.",
     "Năm 2021 có công suất 2 triệu tấn thép mỗi năm theo thiết kế ban đầu."),
    # other labels
    ("Giai đoạn 1 có công suất 2 triệu tấn thép/năm.", "Phân kỳ 2 có công suất 2 triệu tấn thép dẹp/năm."),
    # too short for a sentence of the pattern
    ("Этап 1 завершён.", "Этап 2 завершён."),
]


@pytest.mark.parametrize(("first", "later"), ITEMS)
def test_numbered_items_are_two_facts(first: str, later: str) -> None:
    assert numbered_items(first, later) and other_texts(first, later)


@pytest.mark.parametrize(("first", "later"), COPIES)
def test_copies_stay_copies(first: str, later: str) -> None:
    assert not numbered_items(first, later)


AGES = ["Джеффри Дилайлу 41 год.", "Марии Ивановой 23 года.", "Олегу Сидорову 102 года.", "Анне Петровой 31 год"]
BYLINES = ["Ксения Морозова 3 декабря 2015", "Иван Петров 2021 год", "Администратор, 3 года назад",
           "Николай Тихонов Опубликована сегодня в 9:12", "Администратор, 14 декабря, 2011"]


@pytest.mark.parametrize("line", AGES)
def test_an_age_after_a_name_is_no_dated_byline(line: str) -> None:
    assert not _name_date(line, "ru")


@pytest.mark.parametrize("line", BYLINES)
def test_dated_bylines_still_read(line: str) -> None:
    assert _name_date(line, "ru")

"""Round bnd59 (issue 12: sentence boundaries on the dev parts), by class, each with negatives:

* a table printed one cell a line: a row's cell closed by its number ("Помывка в бане N 5", "N 1") is not joined to
  the next column's cell that opens in lower case ("разряд 1", "внеразрядное", "внеразр. отделение"; held40's
  ``h40ru12``); a number line that goes on with a function word ("Приложение N 8"⏎"к решению …"), with running text or
  a short predicate that closes the sentence is still joined (``softbreak_cells``).
"""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_cells import numbered_cell


def _joined(lines: list[str]) -> list[int]:
    """Indexes ``i`` of the breaks between ``lines[i]`` and ``lines[i + 1]`` that :func:`soft_breaks` joins."""
    points = set(soft_breaks("\n".join(lines)))
    out, pos = [], 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        if pos in points:
            out.append(i)
        pos += 1
    return out


@pytest.mark.parametrize("cur,nxt", [
    ("Помывка в бане N 5", "разряд 1"),  # h40ru12: the service, then the bath's class
    ("Помывка в бане N 7", "внеразрядное"),
    ("N 1", "внеразр. отделение"),  # the room's number, then the next room's name
    ("Кабинет N 12", "терапевт"),  # a clinic's rooms: number, then the doctor
    ("Корпус N 2", "ауд. 305"),
    ("Общежитие №4", "пр. Мира, 12"),
])
def test_a_numbered_cell_is_not_joined_to_the_next_column(cur, nxt):
    assert numbered_cell(cur, nxt)


@pytest.mark.parametrize("cur,nxt", [
    ("Приложение N 8", "к решению Совета депутатов"),  # t29ru06: a function word goes on
    ("Приложение N 2", "к постановлению администрации"),
    ("Постановление от 26.03.2009 г N 483", "от 12.03.2024"),
    ("Детский сад N 12", "и школа N 3 получили гранты."),
    ("20 мая в ООШ №5", "состоялся итоговый конкурс «Самый лучший класс школы-2011», в котором"),  # t28ru39
    ("Согласно постановлению N 483", "утверждены новые тарифы на услуги бань города."),
    ("Школа N 5", "закрыта."),  # a short predicate that ends the sentence
    ("Тарифы на услуги бани № 2", "мп г. Пскова «Банно-прачечный комбинат» (с учетом ндс)"),  # pskov-gov's head
    ("Помывка в номере I разряда бани № 1", "на 3 места (продолжительность 1,5 часа)"),  # smoladmin's cell
    ("Изменения в решение N 54-401", "внесены 12 марта"),  # a code, not a cell's number
    ("Помывка в бане N 5", "Разряд 1"),  # a capital never went on
    ("Công văn số 15", "gửi các trường trực thuộc"),  # no number sign
    ("В этом году в городе открыли новую школу N 5", "рядом"),  # a sentence's line, not a cell (seven words)
])
def test_a_number_that_the_sentence_goes_on_from_is_no_cell(cur, nxt):
    assert not numbered_cell(cur, nxt)


@pytest.mark.parametrize("lines,joins", [
    # h40ru12's rows, one cell a line: each numbered cell stands alone
    (["1", "", "Помывка в бане N 5", "разряд 1", "4", "360,00"], []),
    (["Кабинет N 12", "терапевт", "", "Кабинет N 14", "хирург"], []),
    # negatives: joined as before
    (["Приложение N 8", "к решению Совета депутатов"], [0]),
    (["Приложение N 2", "к постановлению администрации"], [0]),
    (["Школа N 5", "закрыта."], [0]),
    (["Детский сад N 12", "и школа N 3 получили гранты."], [0]),
    (["Согласно постановлению N 483", "утверждены новые тарифы на услуги бань города."], [0]),
    (["Công văn số 15", "gửi các trường trực thuộc"], [0]),
    (["Nhà văn hóa tổ dân phố số 3", "phường Bắc Sơn tổ chức hội nghị."], [0]),
])
def test_soft_breaks_keep_numbered_cells_apart(lines, joins):
    assert _joined(lines) == joins


def test_a_wrapped_cell_before_its_number_is_still_joined():
    """h40ru12's last row: "внеразр. отделение" / "N 1" is one cell (joined), "N 1" / "внеразр. отделение" two."""
    joined = _joined(["Помывка в бане,", "Красинский проезд", "внеразр. отделение", "N 1", "внеразр. отделение", "N 2",
                      "внеразр. отделение", "N 3"])
    assert 0 in joined and 2 in joined and 4 in joined
    assert 3 not in joined and 5 not in joined


def test_the_split_keeps_the_primitives_where_callers_import_them():
    """softbreak's line primitives moved to softbreak_text (bnd59) and stay importable from softbreak."""
    from mtpipe.clean import softbreak, softbreak_text

    assert softbreak._continues is softbreak_text._continues
    assert softbreak._ends_sentence is softbreak_text._ends_sentence

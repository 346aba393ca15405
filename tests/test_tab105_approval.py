"""tab105 (issue 12, post-blind on held56): an approval block printed with its head in quotes and the signer's name
without a blank ("«Утверждаю»" / "Директор МАУ …" / "«Дворец спорта …»" / "Д.С.Наумов", h56ru13's pool timetable,
``boilerplate.signature_block``), kept out of a flattened table's take-back (``structure.table``) and counted as the
page's own lines by the column guard (``structure.columns``); an hours list's items never joined as one sentence
(``softbreak_pdf.hours_items``). Made-up lines in the page's shapes (no licence for the original)."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean import signature_blocks as SB
from mtpipe.clean.cell_columns import vouched_cells
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_pdf import hours_items
from mtpipe.document import Document

_TABLE = ["Дни недели", "8.00-9.00", "9.00-10.00", "10.00-11.00", "Понедельник", "Гимнастика", "Теннис", "Йога"]


def _signed(lines, removed=None):
    got = SB.signature_blocks(lines, removed or {})
    assert all(rule == SB.RULE and note for rule, note in got.values())
    return sorted(got)


@pytest.mark.parametrize("lines,taken", [
    # h56ru13's shape: the head in quotes, two lines of the post, the signer's name by initials with no blank
    (["«Утверждаю»", "Директор МБУ г. Заречный", "«Стадион «Заря»", "И.П.Соколов", *_TABLE], [0, 1, 2, 3]),
    # the head bare, one post, the name with a space and the surname first
    (["УТВЕРЖДАЮ", "Заведующий МБДОУ «Детский сад № 3»", "Соколова И. П.", *_TABLE], [0, 1, 2]),
    # blank lines between the lines (the page's print)
    (["«Утверждаю»", "", "Директор МБУ «Стадион «Заря»", "", "И.П. Соколов", "", *_TABLE], [0, 2, 4]),
])
def test_quoted_head_and_printed_name(lines, taken):
    assert _signed(lines) == taken


@pytest.mark.parametrize("lines", [
    # a name straight under the head, no post: not told from a document's author
    ["УТВЕРЖДАЮ", "И.П. Соколов", *_TABLE],
    # posts and a name without a head: a staff list's row
    ["Директор МБУ г. Заречный", "И.П.Соколов", *_TABLE],
    # a head over a document's title, no name under it (as before)
    ["«Утверждено»", "Положение о школьном музее", "муниципального бюджетного учреждения", *_TABLE],
    # the name too far under the head (more posts than MAX_POSTS)
    ["«Утверждаю»", "Директор", "МБУ", "г. Заречный", "«Стадион «Заря»", "И.П.Соколов", *_TABLE],
])
def test_not_approval(lines):
    assert _signed(lines) == []


def test_signer_name():
    assert SB.signer_name("Д.С.Наумов") and SB.signer_name("Наумов Д.С.") and SB.signer_name("Д. С. Наумов")
    assert not SB.signer_name("Директор Д.С. Наумов провёл совещание") and not SB.signer_name("Плавание")


def test_signed_lines_count_as_kept_for_columns():
    """A stretch of short field lines over the approval block: the block's lines removed by the signature rule still
    vouch for the stretch's removed cell (on integ they counted as removed and the field line stayed lost)."""
    lines = ["Шаблоны здесь: http://example.ru/3", "Время работы: понедельник-пятница с 9:00 до 21:00 (последний "
             "заход в 20:00) суббота с 9:00 до 21:00 воскресенье с 9:00 до 19:00", "Стоимость услуг: смотрите в Прейскуранте",
             "Телефон для справок: (4967) 11-22-33", "Расписание занятий в бассейне", "МБУ «Спорт» с 01.09. 2023 года",
             "«Утверждаю»", "Директор МБУ г. Заречный", "«Стадион «Заря»", "И.П.Соколов", "Плавание", "Йога"]
    removed = {0: "boilerplate.source_link", 2: "boilerplate.field_run", 3: "boilerplate.phone_line",
               6: SB.RULE, 7: SB.RULE, 8: SB.RULE, 9: SB.RULE}
    assert 2 in vouched_cells(lines, removed)
    assert 2 in vouched_cells(lines, {k: v for k, v in removed.items() if v != SB.RULE})


@pytest.mark.parametrize("cur,nxt,items", [
    ("Время работы: понедельник-пятница с 9:00 до 21:00 (последний заход в 20:00)",
     "суббота c 9:00 до 21:00 (последний заход в 20:00)", True),
    ("суббота с 10:00 до 18:00", "воскресенье с 10:00 до 16:00", True),
    ("Время работы: будни 8.00-20.00", "суббота-воскресенье 10.00-18.00", True),
    # a clause going on: the line ends in a word or a comma
    ("Библиотека работает с 9:00 до 18:00, а в", "субботу с 10:00 до 16:00.", False),
    ("Приём ведётся с 9:00 до 18:00,", "суббота с 10:00 до 16:00", False),
    # the next line is no day's item: no weekday first, or no clock times
    ("Время работы с 9:00 до 21:00", "последний заход в 20:00", False),
    ("Время работы с 9:00 до 21:00 (перерыв)", "суббота и воскресенье выходные", False),
])
def test_hours_items(cur, nxt, items):
    assert hours_items(cur, nxt) is items


def test_dump_keeps_hours_items_apart():
    """A page read as a PDF dump (blank lines between its lines): the hours list's items stay apart, a sentence run
    across a gap is still joined."""
    text = ("Время работы: понедельник-пятница с 9:00 до 21:00 (последний заход в 20:00)\n\n"
            "суббота c 9:00 до 21:00 (последний заход в 20:00)\n\n"
            "воскресенье с 9:00 до 19:00 (последний заход в 18:00)\n\n"
            "Бассейн открыт для всех жителей города и его\n\n"
            "гостей, кроме дней санитарной обработки.\n")
    lines = text.split("\n")
    cut = {text[:p].count("\n") for p in soft_breaks(text)}  # the newlines joined, by their line
    assert lines[6].endswith("его") and lines[8].startswith("гостей")
    assert cut == {6, 7}, cut  # only the sentence's gap ("… и его⏎⏎гостей"), both its newlines


def _removed(text: str) -> set:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}


def test_page_stamp_removed():
    block = ["«Утверждаю»", "Директор МБУ г. Заречный", "«Стадион «Заря»", "И.П.Соколов"]
    text = ["Расписание секций стадиона на осенний сезон публикуется администрацией каждый год в сентябре.",
            "Занятия в секциях бесплатны для школьников города, взрослые оплачивают абонемент по прейскуранту."]
    removed = _removed("\n\n".join([text[0], *block, text[1]]) + "\n")
    assert set(block) <= removed
    assert not removed & set(text)

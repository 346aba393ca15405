"""The page's title printed again under it, shortened: ``boilerplate.title_repeat`` (issue 12, post37).

Forms of the dev pages (h37ru13, h27ru07, h32ru06, h25vi06, h16vi) and negatives of the same shape that stay: a
heading under the lead repeating some of its words, a lead under the title, a subtitle with words of its own.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.title_repeats import repeats, title_repeats
from mtpipe.document import Document
from mtpipe.segment import Segmenter


@pytest.mark.parametrize("title, line", [
    ("История \"Спортивной школы \"Спартак\" | СШ «Спартак»", "История СШ «Спартак»"),  # h37ru13
    ("Принципы школьного питания: как кормят наших детей? После какого урока обед в школе",
     "Принципы школьного питания: как кормят наших детей?"),  # h27ru07
    ("В деревню Игумново Можайского округа пришел газ Теперь около 160 местных жителей могут провести газ.",
     "В деревню Игумново Можайского округа пришел газ"),  # h32ru06, the lead glued
    ("Thông báo khẩn về việc ngưng cung cấp nước (Ngày đăng: 19/10/2018)",
     "Thông báo khẩn về việc ngưng cung cấp nước."),  # h25vi06
    ("  • Chuyến Hành Trình Cảm Xúc: Chàng Trai Hàn Quốc “Phải Lòng” Việt Nam",
     "Chuyến Hành Trình Cảm Xúc: Chàng Trai Hàn Quốc “Phải Lòng”"),  # h16vi, a bullet before the title
])
def test_repeats(title, line):
    assert repeats(title, line)


@pytest.mark.parametrize("title, line", [
    ("В Москве прошёл фестиваль «Круг света», собравший тысячи зрителей.", "Фестиваль «Круг света»"),  # another opening
    ("Итоги года", "Итоги года в спорте: главные победы"),  # longer: a lead or a subtitle
    ("Правила приёма в школу на 2024 год", "Правила приёма"),  # two words: a section's own heading
    ("Правила приёма в школу на 2024 год", "Правила приёма в вуз"),  # a word of its own
    ("Quy định giờ ra vào lớp như thế nào?", "Quy định giờ ra vào lớp:"),  # t29vi03: a label over the text's table
    ("Отчёт о работе библиотеки за 2023 год и планы на следующий год", "Отчёт о планы"),  # beyond the window
])
def test_not_repeats(title, line):
    assert not repeats(title, line)


def test_only_under_the_first_line():
    lines = ["Правила приёма в школу на 2024 год", "Правила приёма в школу",
             "Приём документов начинается первого апреля и продолжается до конца июня.",
             "Правила приёма в школу", "Приём в первый класс ведётся по месту жительства ребёнка."]
    got = title_repeats(lines, {})
    assert set(got) == {1} and got[1][0] == "boilerplate.title_repeat"  # not the heading lower in the text
    assert title_repeats(lines[2:], {}) == {}  # the lead is the first line: the heading under it is no title's copy


def test_cleaner_removes_the_repeat():
    lines = ["История \"Спортивной школы \"Спартак\" | СШ «Спартак»", "История СШ «Спартак»",
             "Спортивная школа «Спартак» существует более 40 лет. В разные годы в школе готовили спортсменов.",
             "За свою историю выпускники школы были призёрами различных соревнований."]
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    removed = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert removed.get("История СШ «Спартак»") == "boilerplate.title_repeat"
    assert lines[0] not in removed

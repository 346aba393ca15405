"""cp57: a block the text announces is the text's own, whatever rule removed its cells (mtpipe.clean.announced_blocks).

The blind parts' first-run losses left after cp54's net (held29..held37, reconstructed on the code each was first
measured on) are led by whole blocks removed, no line of them kept: a rink's hours under "Расписание … :", a church's
week, a power company's outages by district and day, a library's holidays.  The net takes back a run of removed
cells (ten words of letters at most) that a kept line ending with ":" (four words or more; kept list items or a note
in brackets may stand between) leads into, the text going on right under it, whatever shape rule removed it.  Run
evidence (templates, exact copies, contact fields, bylines) still removes, and so does furniture of the same shapes: a
lone label's menu, a share bar under a short lead, a footer's run to the page's end, a file name between a lead and
its list, a sentence in the run, a removed lead.

The pages are written for these tests in the shapes seen (h31ru12, h31ru11, h32ru10, h36vi14; no line is a benchmark
page's) and in shapes of public pages found with the search tool (a mall's holiday days, one a line under "… will
have 4 consecutive days off:"; a clinic's holiday hours).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.announced_blocks import RULE, announced_runs
from mtpipe.document import Document

_DATE, _LABEL, _DLINE = "boilerplate.date_line", "boilerplate.field_label", "boilerplate.dateline"

_PARA_RU = ("Каток работает ежедневно, кроме технических перерывов, а прокат коньков открыт до последнего сеанса "
            "в любую погоду.")
_PARA_VI = ("Người lao động làm việc vào những ngày nghỉ lễ được trả lương theo quy định của Bộ luật Lao động và "
            "thỏa thuận trong hợp đồng.")

# h31ru12's shape: a rink's hours, one cell a line, under the sentence announcing them; every cell removed
_RINK = (["Расписание массового катания на ледовой арене:", "вторник-пятница:", "10.00 – 11.00,", "12.30 – 13.30,",
          "18.00 – 19.00.", "суббота, воскресенье:", "11.00 – 12.00,", "14.00 – 15.00,", "20.00 – 21.00.", _PARA_RU],
         {1: _LABEL, 2: _DATE, 3: _DATE, 4: _DATE, 5: _LABEL, 6: _DATE, 7: _DATE, 8: _DATE}, [(1, 8)])
# h31ru11's shape: a parish's week, a day's date over its services
_PARISH = (["Расписание богослужений с 3 по 9 марта:", "7 марта, пятница.", "- 17:00 — вечерня и утреня",
            "8 марта, суббота.", "- 9:00 — Божественная литургия"], {1: _DATE}, [(1, 1)])
# h32ru10's shape: outages by district, the first district's label, date and first village removed
_OUTAGES = (["Плановые отключения затронут следующие районы области:", "р. Каменский:", "12.03.2025",
             "– с. Верхнее (09:00 – 16:00)", "– х. Осиновка (08:00 – 17:00)"],
            {1: _LABEL, 2: _DATE, 3: _DLINE}, [(1, 3)])
# h36vi14's shape: a library's holidays under the sentence announcing them, a year, a holiday and its date removed
_HOLIDAYS = (["Các thư viện sẽ đóng cửa vào những ngày lễ sau đây:", "2024", "Tết Dương lịch",
              "Thứ Hai, ngày 1 tháng 1 năm 2024", "Lưu ý: Thư viện đóng cửa lúc 5 giờ chiều ngày 31 tháng 12.",
              "Ngày lễ Độc lập"], {1: _DATE, 2: "boilerplate.short_run", 3: _DATE}, [(1, 3)])
# a mall's holiday notice (the shape of a public page found with the search tool): the days off, one a line
_DAYS_OFF = (["Dịp lễ Quốc khánh năm nay, người lao động nghỉ 2 ngày/tuần được nghỉ 4 ngày liên tục:",
              "Thứ Bảy (31/8/2024)", "Chủ nhật (1/9/2024)", "Thứ Hai (2/9/2024)", "Thứ Ba (3/9/2024)", _PARA_VI],
             {1: _DLINE, 2: _DATE, 3: _DATE, 4: _DATE}, [(1, 4)])
# a clinic's holiday hours (a public page's shape found with the search tool): a kept item between lead and run
_CLINIC = (["График работы поликлиники в праздничные дни:", "(приём вызовов на дом — до 16:00)", "- 1 мая — выходной",
            "- 2 мая — с 08:00 до 14:00", "- 3 мая — с 08:00 до 14:00", "Записаться на приём можно по телефону."],
           {3: _DATE, 4: _DATE}, [(3, 4)])


@pytest.mark.parametrize("lines, removed, want", [_RINK, _PARISH, _OUTAGES, _HOLIDAYS, _DAYS_OFF, _CLINIC])
def test_a_run_a_kept_lead_announces_is_taken_back(lines, removed, want):
    assert announced_runs(lines, removed) == want


_LEAD_VI = "Sóng Trẻ cập nhật đầy đủ tới độc giả buổi toạ đàm trực tuyến:"


@pytest.mark.parametrize("lines, removed", [
    # a lone label's menu: the lead holds fewer than four words
    (["Разделы сайта:", "Новости", "Документы", "Контакты", _PARA_RU], {1: "boilerplate.menu", 2: "boilerplate.menu",
                                                                    3: "boilerplate.menu"}),
    (["Поделиться:", "ВКонтакте", "Одноклассники", _PARA_RU], {1: "chrome.share", 2: "chrome.share"}),
    # a footer's run under its lead: the text does not go on under it (the page ends, or furniture follows)
    (["Подписывайтесь на нас в социальных сетях:", "ВКонтакте", "Телеграм"], {1: "chrome.share", 2: "chrome.share"}),
    (["Подписывайтесь на нас в социальных сетях:", "ВКонтакте", "Телеграм", "© 2025 Все права защищены"],
     {1: "chrome.share", 2: "chrome.share", 3: "boilerplate.copyright"}),
    # the lead itself removed (a "read also" pointer over its links)
    (["Читайте также на нашем сайте:", "Каток откроется в декабре", _PARA_RU], {0: "chrome.related",
                                                                             1: "chrome.related"}),
    # an image's file name or a URL slug between a lead and its list (h2vi01's, t28vi48's shapes)
    ([_LEAD_VI, "a9c41be07_2.png", "Nhà báo Minh Anh:", _PARA_VI], {1: "chrome.image_filename"}),
    ([_LEAD_VI, "tu-van-luat-dat-dai", _PARA_VI], {1: "portal.slug"}),
    # run evidence: a template, an exact copy, a contact rule's field, a byline
    (_RINK[0], {1: "boilerplate.template", 2: _DATE}),
    (_PARISH[0], {1: "dedupe.exact"}),
    (["Наши контакты для связи с администрацией:", "+7 800 100-20-30", "info@arena.ru", _PARA_RU],
     {1: "boilerplate.contact", 2: "boilerplate.contact"}),
    # a sentence of the text is no cell of an announced block
    (["Расписание массового катания на ледовой арене:", "Каток будет закрыт на техническое обслуживание с первого "
      "по пятое марта включительно, сообщили в администрации", _PARA_RU], {1: "boilerplate.site_notice"}),
    # no lead: a post's stamp between its title and its lead
    (["Каток откроется в декабре", "12.03.2025", _PARA_RU], {1: _DATE}),
    # the lead is too far up: seven kept items stand between
    (["Расписание массового катания на ледовой арене:"] + [f"Пункт {k}" for k in range(7)] + ["12.03.2025", _PARA_RU],
     {8: _DATE}),
])
def test_furniture_of_the_same_shapes_stays_removed(lines, removed):
    assert announced_runs(lines, removed) == []


# (the rink's hours are kept by cp55's timetable rows before this net runs: no case here)
@pytest.mark.parametrize("lines, para", [(_HOLIDAYS[0], _PARA_VI), (_DAYS_OFF[0], _PARA_VI), (_OUTAGES[0], _PARA_RU)])
def test_the_cleaner_keeps_the_block_with_ledger_entries(lines, para):
    text = "\n".join(lines + [para]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    kept = "\n".join(doc.text[a:b] for a, b in doc.meta["kept"])
    for line in lines:
        assert line in kept
    assert [e for e in doc.ledger if e.rule == RULE and e.action == "kept"]

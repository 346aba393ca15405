"""clut56: breadcrumb trails the cleaner kept, as a class (``chrome.breadcrumb_trail``, issue 12).

Three shapes of a trail of section links the rule did not take (held38 and the dev parts' kept clutter):

* a " / " or " | " trail led by the home page or a news section ("Главная / Общество / <title cut short>", h38ru10;
  "Главная / Университет / Пресс-центр / Новости / <title>", train27ru; "Trang chủ | Văn học | Thơ | <title>");
* a trail opening with its separator, its home crumb an icon ("> vietnamese > TQ-ASEAN > Giáo dục giao lưu > …",
  h38vi04; "/ Об учреждении/ История", held31);
* and, kept apart, a sentence that announces a menu path ("…, hãy đi tới: > Kho > Giao dịch > Phiếu nhập kho",
  an ERPNext manual's shape) is content, as is a formula's "x > 0 > y".

The lines are written for these tests in the shapes seen on dev pages and on public pages found with the search
tool (trails printed as "Trang chủ / Tin tức / <title>", "Главная / Новости / <title>"); none is a benchmark page's
line.  Negatives: routes, fractions, dates, units, a Markdown quote, a text's own "→" chains, menu paths a sentence
announces.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.rules import load_rules
from mtpipe.document import Document

RULE = "chrome.breadcrumb_trail"

_VI = ("Đoàn công tác đã làm việc với lãnh đạo tỉnh về kế hoạch phát triển du lịch trong giai đoạn tới, "
       "nhằm thu hút thêm du khách trong và ngoài nước đến với địa phương.",
       "Theo kế hoạch, tỉnh sẽ đầu tư nâng cấp hạ tầng giao thông và mở thêm nhiều tuyến xe buýt mới trong năm nay.")
_RU = ("Делегация обсудила с руководством области план развития туризма на ближайшие годы, "
       "чтобы привлечь больше гостей в регион.",
       "По словам губернатора, в следующем году в области откроются три новые гостиницы и музей под открытым небом.")


def _clean(line: str) -> Document:
    a, b = _RU if any("а" <= c <= "я" for c in line.lower()) else _VI
    text = f"{a}\n\n{line}\n\n{b}\n"
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _pattern():  # type: ignore[no-untyped-def]
    return next(r for r in load_rules() if r.name == RULE)


TRAILS = [
    "Главная / Общество / Движение дачных автобусов возобновится на ближайшие выходны",  # h38ru10's shape
    "Главная / Университет / Пресс-центр / Новости / Итоги конференции подводит ректор",  # train27ru's shape
    "Trang chủ / Tin tức / Giá xăng giảm mạnh từ chiều nay",
    "Trang chủ / Tin tức / Đồ ăn / Mời báo giá cạnh tranh cho hải sản tươi sống",
    "Новости / Общество / В Казани открылся новый мост",  # a news section first
    "Home / News / City council approves the budget",
    "> vietnamese > TQ-ASEAN > Giáo dục giao lưu > Trung tâm hội viên",  # h38vi04's shape: the home crumb an icon
    "» Tin tức » Xã hội » Hà Nội mở thêm tuyến buýt",
    "/ Об учреждении/ История",  # held31's shape
    "/ Giới thiệu/ Lịch sử hình thành",
    # the shapes the rule took before, still taken
    "Trang chủ > Thế giới > Trung Quốc > Bắc Kinh công bố kế hoạch",
    "Главная » 2021 » Апрель » 5 » Начинается школьный этап соревнований",
    "# Du lịch ngoài nước > Thông tin du lịch > Kinh nghiệm du lịch >  Kinh nghiệm du lịch Bắc Kinh",
]


@pytest.mark.parametrize("line", TRAILS)
def test_a_breadcrumb_trail_goes(line):
    assert _pattern().match(line)
    doc = _clean(line)
    assert [e.rule for e in doc.ledger if e.action == "removed" and line.strip() in e.text] == [RULE]


@pytest.mark.parametrize("line", [
    "Trang chủ | Văn học | Thơ | Mẹ là tất cả",  # train30's shape (chrome.link_footer takes it first)
    "Главная | Новости | Общество | Движение автобусов возобновится",
])
def test_a_bar_trail_led_by_home_matches(line):
    assert _pattern().match(line)


CONTENT = [
    "Để tạo Phiếu nhập kho, hãy đi tới: > Kho > Giao dịch > Phiếu nhập kho",  # a sentence announces the path
    "Чтобы добавить товар, откройте раздел: > Склад > Документы > Приход",
    "Рейсы Москва / Казань / Сочи выполняются ежедневно.",
    "📈 Kỹ năng tăng → Giá trị tăng → Mức giá cũng nên tăng nha!",  # held23's shape
    "Главная → Новости → «Сдан корпус №3» → Фотоотчёт → Лендинг ЖК → Свободные квартиры",  # a visitor's path
    "> Он сказал: цены выросли > вдвое > за год.",  # a Markdown quote
    "> Это цитата из книги, которую автор написал в 1990 году.",
    "Ngày 2 : Tây Ninh - Hồ Thanh Hải Số bữa ăn: 03 bữa (Sáng / Trưa / Tối)",  # train27vi's shape
    "NT$550 / giờ / người NT$450 / giờ / người",  # held23's shape
    "a > b > c",  # formulas
    "x > 0 > y",
]


@pytest.mark.parametrize("line", CONTENT)
def test_content_with_separators_stays(line):
    assert not _pattern().match(line)
    doc = _clean(line)
    assert line.strip()[-12:] in apply_ledger(doc.raw_text, doc.ledger)


@pytest.mark.parametrize("line", [
    "Москва / Казань / Сочи",  # a route list
    "Theme: Hệ thống / Sáng / Tối",
    "3/4 стакана муки / 2 яйца / соль",
    "ru/vi/en",
    "01/02/2024",
    "5 > 3 > 1",
    "/ км/ ч",  # units
    "/ 2 кг/ сутки",
    "/usr/local/bin",
    "Главная / Общество",  # two crumbs: chrome.breadcrumb's, not a trail
    "Вакцина / прививка: что нужно знать",
])
def test_no_trail(line):
    assert not _pattern().match(line)

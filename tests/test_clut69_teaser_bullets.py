"""clut69 (issue 12): hyphenated headlines of other stories closing the page (``boilerplate.teaser_bullets``,
:func:`mtpipe.clean.teasers.teaser_bullets`).

Positives, made up in the shapes of the dev pages (h4ru04, h5ru01, t31vi04): two or more "- headline" lines after
the article's last sentence, to the page's end (two lines at least).  Negatives, the nearest content shapes: a list the text announces
with a colon, a page cut off mid-sentence, list items that are sentences, an interview's questions, parallel items
(steps, features), a dash or a bullet other than the hyphen, a field's value, a short item, a copy of a line of the
page, a live line that is no bulleted headline in the tail.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.teasers import BULLET_RULE, teaser_bullets
from mtpipe.document import Document

_VI = ["Lốc xoáy làm tốc mái hơn trăm nhà dân",
       "Khoảng 17 giờ chiều qua, một cơn lốc xoáy kèm mưa đá đã làm tốc mái hơn trăm nhà dân ở xã miền núi.",
       "Chính quyền địa phương đã huy động lực lượng giúp người dân khắc phục hậu quả."]
_RU = ["Китай введет пошлины на американские товары",
       "Пекин объявил о дополнительных пошлинах на некоторые товары, импортируемые из США, с 10 марта.",
       "Одностороннее введение тарифов подрывает многостороннюю торговую систему, отмечается в заявлении."]


def _taken(lines, removed=frozenset()):
    got = teaser_bullets(lines, set(removed))
    assert all(rule == BULLET_RULE and note for rule, note in got.values())
    return sorted(got)


@pytest.mark.parametrize("lines,taken", [
    ([*_RU, "- Продажи легковых машин в Китае сократились уже полгода подряд",
      "- 1МИД: Попытки посеять раздор между двумя странами обречены на провал"], [3, 4]),
    ([*_VI, "- Từ 1/7: Thay đổi cách tính lương hưu, hàng triệu người hưởng lợi",
      "- Quận đông dân nhất cả nước: dân số bằng hai tỉnh cộng lại",
      "- Nếu chồng bạn có những đặc điểm này thì bạn đã chọn đúng người"], [3, 4, 5]),
    # a headline's question or exclamation among them (t31vi04)
    ([*_VI, "- Thứ gì được cất giữ trong Tử Cấm Thành mà cần cảnh sát canh gác suốt ngày đêm?",
      "- Quận đông dân nhất cả nước: dân số bằng hai tỉnh cộng lại"], [3, 4]),
])
def test_teaser_bullets(lines, taken):
    assert _taken(lines) == taken


@pytest.mark.parametrize("lines", [
    # a list the text announces; a page cut off mid-sentence
    [*_VI[:2], "Hồ sơ gồm các giấy tờ sau:", "- Bản sao giấy khai sinh có chứng thực của cơ quan có thẩm quyền"],
    [*_VI[:2], "Người dân cho biết cơn lốc đến rất nhanh và", "- Bản sao giấy khai sinh có chứng thực của cơ quan"],
    # list items that are sentences; an interview's question
    [*_RU, "- Пошлины вводятся на мясо курицы, пшеницу и кукурузу из США."],
    [*_RU, "- Как вы оцениваете последствия новых пошлин для торговли?"],
    [*_RU, "- Как вы оцениваете последствия новых пошлин для торговли?",
     "- Что будет с ценами на продукты в магазинах?"],
    # parallel items: steps, a product's features
    [*_VI, "- Bước 1 nộp hồ sơ tại bộ phận một cửa của xã", "- Bước 2 nhận kết quả tại bộ phận một cửa của xã"],
    # another dash or bullet; a field's value; a short item
    [*_RU, "– Продажи легковых машин в Китае сократились уже полгода подряд"],
    [*_RU, "• Продажи легковых машин в Китае сократились уже полгода подряд"],
    [*_VI, "- Chi phí ăn ở, sinh hoạt : từ 1.500 USD – 2.500 USD/năm;"],
    [*_RU, "- Божественная литургия в 8:30"],
    # a copy of a line of the page; a tail with a line that is no bulleted headline
    [*_RU, "- Китай введет пошлины на американские товары"],
    [*_RU, "- Продажи легковых машин в Китае сократились уже полгода подряд", "Читайте также"],
    # the text's own list going on: a list item closes the text above the tail (h18vi's fees)
    [*_VI, "- Học phí từ 1.500 USD đến 4.000 USD mỗi năm tùy từng trường.",
     "- Chi phí ăn ở, sinh hoạt từ 1.500 USD mỗi năm"],
    # no text on the page
    ["- Продажи легковых машин в Китае сократились уже полгода подряд"],
    # one hyphenated line alone closing the page (MIN_BULLET_LINES): on parts no rule had seen it was the text's own
    # item (h17ru07, h18vi11; tests/test_clean_round21.py), so a lone line is left, whatever it reads like
    [*_RU, "- Продажи легковых машин в Китае сократились уже полгода подряд"],
    [*_RU, "- 1МИД: Попытки посеять раздор между двумя странами обречены на провал"],
])
def test_not_teaser_bullets(lines):
    assert _taken(lines) == []


def test_removed_lines_skipped():
    lines = [*_RU, "самых читаемых новостей", "- Продажи легковых машин в Китае сократились уже полгода подряд",
             "- Посольство сообщило о новых правилах въезда для туристов из России"]
    assert _taken(lines, {3}) == [4, 5]


def test_page():
    tail = ["- Продажи легковых машин в Китае сократились уже полгода подряд",
            "- Посольство сообщило о новых правилах въезда для туристов из России"]
    text = "\n\n".join([*_RU, *tail]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="news.example/a.txt", path="news.example/a.txt"))
    gone = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert all(gone.get(t) for t in tail)
    assert not set(gone) & set(_RU)

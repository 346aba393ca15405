"""Cleaning, round 21 (issue 12, branch clean21): links to other items inside and after the article, told by
structure (:mod:`mtpipe.clean.related`), table-driven; every line here was written for the tests, none is a page's.

* a labelled link line: a label that is a heading of other stories, or the same label opening two or more lines
  with other titles and its words nowhere else in the page, then a headline-shaped title, after the article's
  first line of text (``boilerplate.labelled_link``);
* a teaser block: under a heading of other stories after the article, (title, lead) pairs up to the page's end
  (``boilerplate.teaser_block``);
* (a bulleted tail, ``boilerplate.bulleted_tail``, was withdrawn after the blind part held18: the last test here
  keeps such lists).

Each table holds the clutter shape and content of the same shape that must stay: a subheading with a colon, a
page's title with a colon, a "Nguồn:" inside a sentence, a labelled value that is a sentence, an interview's
questions, a listing's topic titles, an article that goes on under a sidebar's heading, a final short sentence.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.related import labelled_links, teaser_blocks
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка.",
       "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."]
_VI = ["Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ.",
       "Theo kế hoạch, các nhà thầu phải hoàn thành công việc trước khi năm học mới bắt đầu."]
_VI_MORE = "Người dân địa phương cho biết con đường mới giúp việc đi lại thuận tiện hơn nhiều so với trước."


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    return doc


def _rules(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


# (lines, the line judged, removed?)
_LABELLED = [
    # a label that is a heading of other stories, a title after it, between paragraphs or after the text
    (["Ремонт дорог в районе", _RU[0], "В тему: Как получить компенсацию за разбитую дорогу", _RU[1]],
     "В тему: Как получить компенсацию за разбитую дорогу", True),
    (["Sửa đường ở huyện", *_VI, "Tin liên quan: Hà Nội khởi công ba tuyến đường mới ở ngoại thành"],
     "Tin liên quan: Hà Nội khởi công ba tuyến đường mới ở ngoại thành", True),
    (["Ремонт дорог в районе", *_RU, "По теме » Где в области отремонтируют мосты в этом году?"],
     "По теме » Где в области отремонтируют мосты в этом году?", True),
    # the heading's other separators ("Xem thêm >> …", "По теме — …")
    ([*_VI, "Xem thêm >> Hà Nội khởi công ba tuyến đường mới ở ngoại thành"],
     "Xem thêm >> Hà Nội khởi công ba tuyến đường mới ở ngoại thành", True),
    (["Ремонт дорог в районе", *_RU, "По теме — Где в области отремонтируют мосты в этом году"],
     "По теме — Где в области отремонтируют мосты в этом году", True),
    # a dash after a place name: a dateline, the text's own
    ([*_VI, "Hà Nội – Ba tuyến đường mới ở ngoại thành được khởi công sáng nay"],
     "Hà Nội – Ba tuyến đường mới ở ngoại thành được khởi công sáng nay", False),
    # a site's label under each post, twice, with other titles; its words nowhere else on the page
    (["Blog du lịch", _VI[0], "Bản tiếng Anh: Road repairs in three communes", _VI_MORE,
      "Bản tiếng Anh: A new bridge for the district", _VI[1]],
     "Bản tiếng Anh: Road repairs in three communes", True),
    # the same label's value a sentence: the text's own line
    (["Ремонт дорог в районе", _RU[0], "По теме: жители сами убрали обочины на двух улицах села.", _RU[1]],
     "По теме: жители сами убрали обочины на двух улицах села.", False),
    # a subheading with a colon inside the article: its label is no heading of other stories, and stands once
    (["Sửa đường ở huyện", _VI[0], "Bắc Ninh: Nền tảng phát triển giao thông nông thôn", _VI[1]],
     "Bắc Ninh: Nền tảng phát triển giao thông nông thôn", False),
    # the page's title with a colon (before the article's first line of text)
    (["Эксперты: Поставки асфальта в район задержатся до осени", *_RU],
     "Эксперты: Поставки асфальта в район задержатся до осени", False),
    # "Nguồn:" inside a sentence
    ([_VI[0], "Theo báo cáo của huyện (Nguồn: Sở Giao thông vận tải), ba tuyến đường sẽ xong trong năm nay.", _VI[1]],
     "Theo báo cáo của huyện (Nguồn: Sở Giao thông vận tải), ba tuyến đường sẽ xong trong năm nay.", False),
    # a listing of topic titles: the label's words stand in the page's text
    (["Trung Quốc: Bắc Kinh mở thêm hai tuyến tàu điện ngầm", "Bắc Kinh vừa khánh thành hai tuyến tàu điện ngầm mới "
      "nối trung tâm với sân bay quốc tế ở Trung Quốc.", "Trung Quốc: Thượng Hải thử nghiệm xe buýt không người lái",
      "Thượng Hải bắt đầu thử nghiệm xe buýt tự lái trên ba tuyến phố ở khu Phố Đông."],
     "Trung Quốc: Thượng Hải thử nghiệm xe buýt không người lái", False),
    # an interview's questions under one label
    (["Интервью с главой района", _RU[0], "Вопрос: Когда закончится ремонт дорог в районе?", _RU[1],
      "Вопрос: Сколько денег выделили на мосты в этом году?", "Глава: Деньги выделены полностью, работы идут."],
     "Вопрос: Когда закончится ремонт дорог в районе?", False),
    # an abstract's fields: each label once
    (["Sự hài lòng của người dân về giao thông", "Mục tiêu: Đánh giá mức độ hài lòng của người dân về đường sá",
      "Phương pháp: Nghiên cứu cắt ngang trên ba trăm hộ gia đình ở ba xã", *_VI],
     "Phương pháp: Nghiên cứu cắt ngang trên ba trăm hộ gia đình ở ba xã", False),
]


@pytest.mark.parametrize("lines,line,removed", _LABELLED)
def test_labelled_links_table(lines, line, removed):
    i = lines.index(line)
    assert (i in labelled_links(lines, set())) is removed
    doc = _run("\n\n".join(lines) + "\n")
    assert (_rules(doc).get(line) is not None) is removed
    if removed:
        assert _rules(doc)[line] == "boilerplate.labelled_link"
        assert any(e.rule == "boilerplate.labelled_link" and e.note for e in doc.ledger)


_HEADING = "the heading of a list of other stories"
_UNDER = "under the heading"


# (lines, removed by the layers before: index -> rule, note; lines the block must take; lines it must keep)
_TEASERS = [
    # a heading after the text, its first title taken, the title's lead left: the lead goes
    ([*_VI, "Tin xem nhiều", "Nông dân lo mùa mía mới", "Vụ mía năm nay diện tích trồng không đạt kế hoạch đề ra, "
      "nhiều hộ dân lo lắng..."],
     {2: ("boilerplate.list_heading", _HEADING), 3: ("boilerplate.list_heading", _UNDER)}, [4], [0, 1]),
    # two teasers, a date between: titles and leads go
    ([*_RU, "Самое читаемое", "Мост через реку откроют в июле", "Строители закончили укладку полотна и "
      "готовят мост к испытаниям.", "12.05.2024", "В селе открыли новую школу", "Школа рассчитана на двести "
      "учеников и откроется первого сентября."],
     {2: ("boilerplate.list_heading", _HEADING), 3: ("boilerplate.list_heading", _UNDER),
      5: ("boilerplate.date_line", None)}, [4, 6, 7], [0, 1]),
    # the article goes on under a sidebar's heading (two paragraphs in a row): nothing goes
    ([_VI[0], "Tin xem nhiều", "Nông dân lo mùa mía mới", _VI[1], _VI_MORE],
     {1: ("boilerplate.list_heading", _HEADING), 2: ("boilerplate.list_heading", _UNDER)}, [], [0, 3, 4]),
    # a heading above the article: the text under it is the article's
    (["Tin xem nhiều", "Nông dân lo mùa mía mới", *_VI],
     {0: ("boilerplate.list_heading", _HEADING), 1: ("boilerplate.list_heading", _UNDER)}, [], [2, 3]),
    # other furniture (a tag line) after the heading: what follows is not the list's
    ([*_RU, "Об этом в других СМИ", "Ремонт дороги Китай Россия", "Специальная операция дорожников. Как "
      "в районе чинят дороги после паводка"],
     {2: ("boilerplate.list_heading", _HEADING), 3: ("boilerplate.tags", None)}, [], [0, 1, 4]),
    # the heading told by its text whatever rule took it (a named rule's "after" list), a second list after it
    ([*_RU, "Читайте также", "Мост через реку откроют в июле", "Строители закончили укладку полотна и готовят "
      "мост к испытаниям.", "Главные новости", "В селе открыли новую школу"],
     {2: ("chrome.related", None), 3: ("chrome.related", None), 5: ("boilerplate.list_heading", _HEADING)},
     [4, 6], [0, 1]),
    # no heading: a final short sentence after the text stays
    ([*_VI, "Chúc các bạn thành công!"], {}, [], [0, 1, 2]),
]


@pytest.mark.parametrize("lines,removed,taken,kept", _TEASERS)
def test_teaser_blocks_table(lines, removed, taken, kept):
    got = teaser_blocks(lines, removed)
    assert sorted(got) == taken
    assert not set(kept) & set(got)
    assert all(rule == "boilerplate.teaser_block" and "heading" in note for rule, note in got.values())


def test_teaser_block_through_the_cleaner():
    lines = ["Chăm sóc lúa mùa", *_VI, "Tin xem nhiều", "Nông dân lo mùa mía mới",
             "Vụ mía năm nay diện tích trồng không đạt kế hoạch đề ra, nhiều hộ dân lo lắng..."]
    doc = _run("\n\n".join(lines) + "\n")
    rules = _rules(doc)
    assert rules.get(lines[-1]) == "boilerplate.teaser_block"
    assert all(x not in rules for x in lines[:3])


# a page ending in a bulleted item after the article's last paragraph: on the parts no rule had seen it was the text's
# own list each time (held17 h17ru07, held18 h18vi11; the withdrawn ``boilerplate.bulleted_tail`` took them)
_TAILS = [
    [*_RU, "- Мост через реку Зею откроют после ремонта в июле"],
    [*_VI, "• Chi phí đi lại trong năm đầu : khoảng 1.000 USD"],
    [*_RU, "• Оплата частями предоставляется без переплаты от банка"],
]


@pytest.mark.parametrize("lines", _TAILS)
def test_a_bulleted_item_ending_the_page_stays(lines):
    doc = _run("\n\n".join(lines) + "\n")
    assert lines[-1].strip() not in _rules(doc)

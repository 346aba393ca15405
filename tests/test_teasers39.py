"""Lists of other stories closing a page (issue 12, tail39, :mod:`mtpipe.clean.teasers`), table-driven; every line
here was written for the tests, none is a page's.

* ``boilerplate.teaser_tail``: every live line after the article's last sentence a headline of another story (four
  words or more, opening with a capital, its own first word, no stop, printed once); ``boilerplate.tail_run`` marks
  such a tail too but ``weighed`` holds it on Russian pages;
* ``boilerplate.teaser_list``: (title, lead) pairs under a heading any heading rule took, after the article, a title
  allowed to end with "!" or "?".

Each table holds the clutter shape and content of the same shape that must stay: the text's own subheadings, a table
of contents, a programme, a list of names, a poem, dialogue lines, a text cut off mid-sentence, a list announced by a
colon, parallel items, a copy of the title.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.teasers import teaser_list, teaser_tail
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка.",
       "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."]
_VI = ["Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ.",
       "Theo kế hoạch, các nhà thầu phải hoàn thành công việc trước khi năm học mới bắt đầu."]
_RU_TEASERS = ["Мост через реку Зею откроют после ремонта в июле – «Амурская правда»",
               "В Благовещенске выбрали лучший двор по итогам конкурса",
               "На рынке выросли цены на картофель и морковь",
               "Школьники собрали три тонны макулатуры"]
_VI_TEASERS = ["Hà Nội khởi công ba tuyến đường mới ở ngoại thành",
               "Nông dân lo lắng vì giá phân bón tăng cao",
               "Trường học vùng cao đón học sinh trở lại"]


def _run(text, policy="weighed"):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _rules(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


# (lines, lines the rule takes)
_TAILS = [
    # other stories' headlines closing a news page, one with its source
    ([*_RU, *_RU_TEASERS], [2, 3, 4, 5]),
    ([*_VI, *_VI_TEASERS], [2, 3, 4]),
    # the text's own subheadings at the end of an excerpt, parallel ("Как …" twice): kept
    ([*_RU, "Как оплатить заказ банковской картой", "Как вернуть деньги за товар", "Какие карты подходят для оплаты"],
     []),
    # a table of contents and a programme: numbered, times: kept
    ([*_RU, "1. Общие положения о приёмной комиссии", "2. Порядок формирования приёмной комиссии",
      "3. Права и обязанности членов комиссии"], []),
    ([*_VI, "08:00 Khai mạc hội nghị thường niên", "09:30 Báo cáo kết quả công tác năm",
      "11:00 Thảo luận và biểu quyết nghị quyết"], []),
    # a list of names with their posts: kept
    ([*_RU, "Петров Сергей Иванович – глава района", "Сидорова Анна Петровна – заместитель главы района",
      "Козлов Игорь Олегович – начальник отдела образования"], []),
    ([*_VI, "Nguyễn Văn An - Chủ tịch hội đồng", "Trần Thị Bình - Phó chủ tịch hội đồng",
      "Lê Minh Châu - Ủy viên thường trực"], []),
    # a poem closing the page (a stop on its last line), short dialogue lines: kept
    ([*_RU, "Над рекой туман клубится белый", "Тихо спит усталая деревня", "Только ветер бродит между сосен",
      "И стучит в окошко до рассвета."], []),
    ([*_RU, "— Вы придёте завтра на собрание", "— Обязательно приду к началу", "— Тогда до встречи у школы"], []),
    # a text cut off mid-sentence, a list announced by a colon: kept
    ([_RU[0], "По его словам, работы подрядчик должен закончить до начала", "учебного года и сдать дороги комиссии",
      "района, сроки работ при этом не изменятся", "Жители сёл ждут окончания ремонта"], []),
    ([*_RU, "Ремонт дорог в районе продолжится летом", "Жители сёл ждут окончания ремонта и", "новых автобусных"
      " маршрутов в районный центр"], []),
    ([_RU[0], "Комиссия проверила три участка дороги:", "Участок от села Ивановка до трассы",
      "Мост через ручей у фермы Петровых", "Дорогу вдоль школы и детского сада"], []),
    # two lines only, a line in capitals, a copy of a line of the page: kept
    ([*_RU, *_RU_TEASERS[:2]], []),
    ([*_RU, _RU_TEASERS[0], "ГЛАВНЫЕ НОВОСТИ РАЙОНА ЗА НЕДЕЛЮ", *_RU_TEASERS[1:3]], []),
    ([_RU_TEASERS[1], *_RU, *_RU_TEASERS[:3]], []),
]


@pytest.mark.parametrize("lines,taken", _TAILS)
def test_teaser_tail_table(lines, taken):
    got = teaser_tail(lines, set())
    assert sorted(got) == taken
    assert all(rule == "boilerplate.teaser_tail" and "other stories" in note for rule, note in got.values())


def test_teaser_tail_reads_removed_lines_as_gone():
    # a date under each teaser, taken by the date rule: the tail is the live lines
    lines = [*_RU, _RU_TEASERS[0], "12.05.2024", _RU_TEASERS[1], "13.05.2024", _RU_TEASERS[2]]
    assert sorted(teaser_tail(lines, {3, 5})) == [2, 4, 6]
    assert teaser_tail(lines, set()) == {}


def test_teaser_tail_through_the_cleaner_under_weighed():
    lines = ["Ремонт дорог в районе", *_RU, *_RU_TEASERS]
    doc = _run("\n\n".join(lines) + "\n")
    rules = _rules(doc)
    assert all(rules.get(t) == "boilerplate.teaser_tail" for t in _RU_TEASERS)
    assert all(x not in rules for x in lines[:3])
    assert any(e.rule == "boilerplate.teaser_tail" and e.note for e in doc.ledger)


_HEAD = "the heading of a list of other items"
# (lines, removed by the layers before, lines taken)
_LISTS = [
    # a heading the label layer took ("Похожие статьи"), titles ending in "!", leads, dates; a second list after it
    ([*_RU, "Похожие статьи", "Юбилей школы № 4!", "Школа приглашает на праздник всех, кто связан с её историей!",
      "Последние новости", "4 февраля, 11:25", "Зрителям районного телевидения!",
      "Телевидение сообщает об изменении времени выхода новостной программы.", "4 февраля, 09:26",
      "Вместе к новым горизонтам!", "Родителей приглашают на открытую площадку педагогического форума."],
     {2: ("boilerplate.more_heading", _HEAD), 5: ("boilerplate.list_heading", _HEAD), 6: ("boilerplate.date_line", None),
      9: ("boilerplate.date_line", None)}, [3, 4, 7, 8, 10, 11]),
    # the same heading above the article: the text under it is the article's
    (["Похожие статьи", "Юбилей школы № 4!", *_RU], {0: ("boilerplate.more_heading", _HEAD)}, []),
    # the article goes on under the heading (two paragraphs in a row): kept
    ([_RU[0], "Похожие статьи", "Юбилей школы № 4!", _RU[1], "Строители закончили укладку полотна и готовят мост."],
     {1: ("boilerplate.more_heading", _HEAD)}, []),
    # an "other ..." heading the label layer took that names no stories: the text's own sections under it stay
    ([*_RU, "Другие способы оплаты", "Оплата наличными курьеру", "Курьер принимает наличные при получении заказа.",
      "Оплата через банк", "Счёт можно оплатить в любом отделении банка."],
     {2: ("boilerplate.more_heading", _HEAD)}, []),
    # a heading no heading rule took and that is no list heading by its text (a subheading): kept
    ([*_RU, "Итоги проверки", "Все участки сданы в срок!", "Комиссия приняла работы без замечаний."],
     {2: ("boilerplate.rubric", None)}, []),
]


@pytest.mark.parametrize("lines,removed,taken", _LISTS)
def test_teaser_list_table(lines, removed, taken):
    got = teaser_list(lines, removed)
    assert sorted(got) == taken
    assert all(rule == "boilerplate.teaser_list" and "heading" in note for rule, note in got.values())

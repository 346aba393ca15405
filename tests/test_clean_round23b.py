"""Cleaning, round 23b (issue 12, branch recall23): the layer of :mod:`mtpipe.clean.labels`, table-driven; every line
here was written for the tests, none is a page's.

* ``boilerplate.keywords``: a keywords label with its terms, or alone above a line of terms;
* ``boilerplate.comment_counter``: the word for comments with a count in brackets or after "number";
* ``boilerplate.doubled_label``: a short line printed twice above the article while the story's own, longer headline
  stands right above the text;
* ``boilerplate.more_heading``: the heading of a list of other items ("More …", "Другие …", "… khác") after the text,
  or inside it over no paragraph and no item of the text's own list;
* ``boilerplate.rubric_pair``: two category names joined by a dash above the text, beside the page's own headline.

Each table holds the clutter shape and content of the same shape that must stay: a sentence about keywords, a label
leading a paragraph, a sentence that mentions comments and a number, a title printed twice with nothing else above the
text, a title printed twice above a name, a lead that the first paragraph repeats after its dateline, a subheading
"Other …" over a paragraph or over the text's own bulleted items, a two-name headline that is the page's only one.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.labels import comment_counters, doubled_label, keywords, more_headings, rubric_pairs
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_P1 = "Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка."
_P2 = "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."
_V1 = "Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ."

# (lines, the index judged, removed?)
_KEYWORDS = [
    (["Ремонт дорог", _P1, "Ключевые слова: дорожное хозяйство, паводок, ремонт сельских дорог", _P2], 2, True),
    (["Sửa đường ở huyện", _V1, "Từ khóa: giao thông nông thôn, sửa chữa đường bộ, mùa mưa lũ", _V1], 2, True),
    (["Sửa đường ở huyện", "Từ khoá: đường giao thông nông thôn", _V1], 1, True),
    (["Road repairs after the flood", "Keywords: rural roads; flood damage; public works", _P1], 1, True),
    # a label standing alone: its list of terms below goes with it
    (["Ремонт дорог в районе", "Ключевые слова", "дорожное хозяйство, паводок, ремонт сельских дорог", _P1], 1, True),
    (["Ремонт дорог в районе", "Ключевые слова", "дорожное хозяйство, паводок, ремонт сельских дорог", _P1], 2, True),
    # same shape, content: a sentence about keywords, a label above a paragraph, a term list holding a sentence
    (["Как продвигать сайт", "Ключевые слова: это то, что пользователь вводит в поиск. Их подбирают заранее.", _P1],
     1, False),
    (["Как продвигать сайт", "Ключевые слова", _P1, _P2], 1, False),
    (["SEO cơ bản", "Từ khóa: người dùng nhập cụm từ này vào ô tìm kiếm, rồi máy tìm kiếm trả về danh sách các trang "
      "có liên quan nhất với cụm từ đó", _V1], 1, False),
    (["Ремонт дорог", "Ключевые слова нашего района — дороги и мосты, сказал глава.", _P1], 1, False),
]


@pytest.mark.parametrize("lines, i, want", _KEYWORDS)
def test_keywords_table(lines, i, want):
    got = keywords(lines, set())
    assert (i in got) is want, (lines[i], got)
    if want:
        assert got[i][0] == "boilerplate.keywords"


# (line, a comment counter?)
_COMMENTS = [
    ("Bình luận(0) Đăng nhập để gửi bình luận!", True),
    ("Обсуждение ( 2 комментария )", True),
    ("Комментарии (14)", True),
    ("Comments (3 of 12)", True),
    ("Comment number 57.", True),
    ("Report this comment (Comment number 57)", True),
    ("Ý kiến (5)", True),
    # same shape, content: a sentence mentioning comments and a number, words on both sides of a bare count
    ("Комментарии 12 экспертов к новому закону опубликовал журнал в пятницу вечером.", False),
    ("В обсуждении (2 дня) приняли участие жители всех сёл района и главы поселений", False),
    ("Мы получили комментарии от 3 министерств", False),
    ("Bình luận của 5 chuyên gia về dự thảo luật sửa đổi", False),
    ("Comments", False),
]


@pytest.mark.parametrize("line, want", _COMMENTS)
def test_comment_counter_table(line, want):
    got = comment_counters(["Ремонт дорог в районе", _P1, line, _P2], set())
    assert (2 in got) is want, (line, got)


_COPY = ("dedupe.exact", None)
_DATE = ("boilerplate.date_line", None)

# (lines, removed, the index judged, removed?)
_DOUBLED = [
    # a section's label printed twice, dates, then the story's own headline right above the text
    (["Kinh tế nông thôn", "Kinh tế nông thôn", "Thứ ba, ngày 7 tháng 5 năm 2024",
      "Sửa đường giao thông ở huyện: nhiều cách làm mới", _V1], {1: _COPY, 2: _DATE}, 0, True),
    (["Авто и дороги", "Авто и дороги", "Иван Петров, сегодня в 9:12",
      "Сельские дороги после паводка: что успели починить", _P1, _P2], {1: _COPY}, 0, True),
    # the copy two lines below, a live line between
    (["Спецпроект", "Телефон: 8 800 100-00-00", "Спецпроект", "Сельские дороги после паводка: что успели починить",
      _P1], {2: _COPY}, 0, True),
    # same shape, content: the title printed twice right above the text, nothing else there
    (["Ремонт дорог в районе", "Ремонт дорог в районе", _P1, _P2], {1: _COPY}, 0, False),
    # a longer line printed twice above a short one (a name above the abstract): the article's title
    (["Сельские дороги после паводка и что успели починить в трёх районах",
      "Сельские дороги после паводка и что успели починить в трёх районах", "Иванов Пётр Сергеевич", _P1],
     {1: _COPY}, 0, False),
    # the title printed twice, then a lead that the first paragraph repeats after its dateline
    (["Глава района проверил ремонт", "Глава района проверил ремонт", "Работы идут в трёх сёлах, сообщил глава района",
      "МОСКВА, 27 авг. Работы идут в трёх сёлах, сообщил глава района. " + _P2], {1: _COPY}, 0, False),
    # the story's title printed twice around its date, then its subtitle sharing most of its words (prec23's
    # audit: a parish page): the title, kept; a section label sharing one word with the headline still goes
    (["Mừng Lễ Bổn Mạng Giáo Xứ Vinh Hương", "Thứ hai - 03/05/2021 03:31 | 1084", "Mừng Lễ Bổn Mạng Giáo Xứ Vinh Hương",
      "Lễ Sinh Nhật Thánh Gioan Tẩy Giả - Bổn Mạng Giáo Xứ Vinh Hương", _V1], {1: _DATE, 2: _COPY}, 0, False),
    (["Фестиваль науки в Томске", "Фестиваль науки в Томске", "12 мая 2024",
      "Открытие фестиваля науки: в Томске показали новые приборы", _P1], {1: _COPY, 2: _DATE}, 0, False),
    (["Дороги и транспорт", "Дороги и транспорт", "Сельские дороги после паводка: что успели починить", _P1],
     {1: _COPY}, 0, True),
    # a copy removed as a date, not a duplicate; a copy far below
    (["Авто и дороги", "Авто и дороги", "Сельские дороги после паводка: что успели починить", _P1], {1: _DATE}, 0,
     False),
    (["Авто", "Реклама", "Реклама", "Авто", "Сельские дороги после паводка: что успели починить", _P1],
     {1: _COPY, 3: _COPY}, 0, False),
]


@pytest.mark.parametrize("lines, removed, i, want", _DOUBLED)
def test_doubled_label_table(lines, removed, i, want):
    got = doubled_label(lines, removed)
    assert (i in got) is want, (lines[i], got)
    if want:
        assert got[i][0] == "boilerplate.doubled_label"


def test_labels_end_to_end_ledger():
    head = "Ремонт и обслуживание машин"
    text = "\n".join([head, head, "Сельские дороги после паводка: что успели починить в районе",
                      _P1, _P2, "Ключевые слова: дорожное хозяйство, паводок", "Обсуждение ( 2 комментария )"])
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(text + "\n", doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert rules.get("Ключевые слова: дорожное хозяйство, паводок") == "boilerplate.keywords", rules
    assert rules.get("Обсуждение ( 2 комментария )") == "boilerplate.comment_counter", rules
    assert "Сельские дороги после паводка: что успели починить в районе" not in rules
    got = [e.rule for e in doc.ledger if e.action == "removed" and e.text.strip() == head]
    assert got == ["boilerplate.doubled_label", "dedupe.exact"], got
    assert _P1 in doc.text


_TEASER = "Сельские дороги после паводка: что успели починить"

# (lines, the index judged, removed?)
_MORE = [
    # after the article's text, above teasers or at the page's end
    (["Ремонт дорог", _P1, _P2, "Другие новости района", _TEASER, "Новый мост через реку"], 3, True),
    (["Sửa đường ở huyện", _V1, _V1, "Các bài viết khác"], 3, True),
    (["Road repairs", _P1, "More on this story", "Bridge reopens after the flood", "Council votes on road tax"], 2,
     True),
    # inside the article over teasers (the text goes on after the list)
    (["Ремонт дорог", _P1, "Похожие материалы", _TEASER, _P2], 2, True),
    # same shape, content: a subheading over a paragraph, over the text's own bulleted or numbered items
    (["Ремонт дорог", _P1, "Другие меры", _P2], 2, False),
    (["Ремонт дорог", _P1, "Другие меры поддержки", "• субсидии на топливо", "• льготные кредиты", _P2], 2, False),
    (["Sửa đường ở huyện", _V1, "Các giải pháp khác", "1. Tăng cường kiểm tra", _V1], 2, False),
    # a sentence, a long line
    (["Ремонт дорог", _P1, "Другие работы перенесли на осень.", _TEASER], 2, False),
    (["Ремонт дорог", _P1, _P2, "Другие сёла района получат деньги на ремонт дорог в следующем году", _TEASER], 3,
     False),
]


@pytest.mark.parametrize("lines, i, want", _MORE)
def test_more_heading_table(lines, i, want):
    got = more_headings(lines, set())
    assert (i in got) is want, (lines[i], got)
    if want:
        assert got[i][0] == "boilerplate.more_heading"


# (lines, the index judged, removed?)
_RUBRIC = [
    (["Sửa đường giao thông ở huyện sau mùa mưa", "Giao thông - Đô thị", _V1], 1, True),
    (["Nông nghiệp / Môi trường", "Sửa đường giao thông ở huyện sau mùa mưa", _V1], 0, True),
    (["Ремонт сельских дорог после паводка", "21.05.24", "Дороги - Транспорт", _P1], 2, True),
    # same shape, content: the page's only headline, lower-case names, three names, a number, a clause
    (["Россия - Китай", _P1, _P2], 0, False),
    (["Ремонт сельских дорог после паводка", "дороги - транспорт", _P1], 1, False),
    (["Ремонт сельских дорог после паводка", "Дороги - Мосты - Транспорт", _P1], 1, False),
    (["Ремонт сельских дорог после паводка", "Дороги - 2024", _P1], 1, False),
    (["Ремонт сельских дорог после паводка", "Дороги, мосты - Транспорт", _P1], 1, False),
    # after the text: no rubric
    (["Ремонт сельских дорог после паводка", _P1, "Дороги - Транспорт"], 2, False),
]


@pytest.mark.parametrize("lines, i, want", _RUBRIC)
def test_rubric_pair_table(lines, i, want):
    got = rubric_pairs(lines, set())
    assert (i in got) is want, (lines[i], got)

"""Other stories' titles alternating with one label printed under each (issue 12, edge60): ``mtpipe.clean.label_rows``.

``boilerplate.label_rows``: three or more copies of one short label (a show's, a source's or the site's name)
alternating with different headlines after the article's last line of text; the titles and the label's live copies
go.  Positives: the dev crawl's video widget ("… / The Cycle / … / The Cycle", "… / msnbc / …", crawlheld), a feed
printing its source before each title, the same shape on Russian and Vietnamese pages.  Negatives of the same shape:
a flattened table's cells with "|" between them (a ferry timetable, held28; a pool's price list, held39), a shop's
products with their price placeholder or stock state under each ("Liên hệ", "В наличии"), a table's column repeating
a place under names, a poem's refrain, two copies only, the same line repeated, the rows above the article's text
or inside it, and labels with a digit or a clause end.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.label_rows import RULE, label_rows, row_label
from mtpipe.clean.ledger import unaccounted
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_EN_TEXT = [
    "5 years of pain changed me, says tearful Spitzer",
    "“You go through that pain, you change,” he said tearfully, recalling the five years since he left office.",
    "The former governor is running for comptroller of New York City this fall.",
]
_RU_TEXT = [
    "В Благовещенск приедет мэр китайского города Хэйхэ",
    "В среду в Амурскую область приедет делегация из китайского города Хэйхэ во главе с мэром города.",
    "Гости обсудят с областными властями строительство моста и развитие туризма между городами.",
]
_VI_TEXT = [
    "Liên hoan tiếng hát người cao tuổi",
    "Nhân dịp kỷ niệm Ngày truyền thống Người cao tuổi Việt Nam, Hội Người cao tuổi huyện tổ chức liên hoan tiếng hát.",
    "Liên hoan thu hút sự tham gia của mười hai đội văn nghệ đến từ các xã, thị trấn trong huyện.",
]


@pytest.mark.parametrize("label, ok", [
    ("The Cycle", True), ("msnbc", True), ("The Daily Rundown", True), ("РИА Новости", True), ("VnExpress", True),
    ("Báo Dân trí", True),
    # negatives: a table's separator, a cell closing on "|", a shop's price or stock word, a digit, a clause's end,
    # a sentence, five words
    ("|", False), ("Понедельник — суббота |", False), ("Liên hệ", False), ("Giá liên hệ", False),
    ("В наличии", False), ("Call for price", False), ("2 giờ trước", False), ("Xem thêm:", False),
    ("Đọc tiếp.", False), ("one two three four five", False),
])
def test_row_label_shape(label, ok):
    assert row_label(label) is ok


def _mark(lines):
    return label_rows(lines, {})


def test_video_widget_rows_after_the_text_go():
    # crawlheld (msnbc): the show's name printed under each clip's title, after the article's last sentence
    rows = ["Students pay the price in partisan standoff", "The Cycle",
            "Obama meeting with advisors in the West Wing on Egypt ouster", "The Cycle",
            "Engel: There's going to be a lot of debate about the word 'coup'", "The Cycle"]
    got = _mark(_EN_TEXT + rows)
    assert sorted(got) == list(range(3, 9))
    assert all(rule == RULE for rule, _ in got.values())
    assert "The Cycle" in got[3][1] and "label" in got[4][1]


def test_site_label_rows_with_blank_lines_and_removed_lines_kept_out():
    # crawlheld (msnbc): "title / msnbc" rows; blank lines between them; lines removed before stay with their rule
    rows = ["Americans feel the hurt of continued GOP filibusters of Obama nominations", "msnbc", "",
            "Detroit poised to go under", "msnbc", "", "Rand Paul and 'the Southern Avenger'", "msnbc", "",
            "Republicans continue to wage war on women's health rights", "msnbc"]
    lines = _EN_TEXT + rows
    removed = {13: ("boilerplate.template", None)}
    got = label_rows(lines, removed)
    assert 13 not in got
    assert sorted(got) == [3, 4, 6, 7, 9, 10, 12]


@pytest.mark.parametrize("text, rows", [
    # a feed printing its source before each title (label / title rows)
    (_RU_TEXT, ["РИА Новости", "Путин и Эрдоган обсуждали ситуацию в Сирии", "РИА Новости",
                "Лавров: Россия ждет от Ирана ратификации конвенции", "РИА Новости",
                "В Китае открыли самый длинный в мире морской мост"]),
    (_VI_TEXT, ["Hà Nội công bố lịch nghỉ Tết Nguyên đán cho học sinh", "VnExpress",
                "Giá xăng giảm lần thứ ba liên tiếp trong tháng", "VnExpress",
                "Sân bay Long Thành sẽ khai thác thử vào cuối năm", "VnExpress"]),
])
def test_source_label_rows_ru_vi(text, rows):
    assert sorted(_mark(text + rows)) == list(range(3, 9))


@pytest.mark.parametrize("rows", [
    # held28: a ferry timetable flattened one cell a line, "|" between the cells
    ["Порт «Кавказ» отправление", "|", "Порт «Крым» прибытие", "|", "Порт «Крым» отправление", "|",
     "Порт «Кавказ» прибытие", "|"],
    # held39: a pool's price list, each row's days closing on "|"
    ["19.45 – 20.00 – 20.40", "Понедельник — суббота |", "20.25 – 20.40 – 21.20", "Понедельник — суббота |",
     "21.05 – 21.20 – 22.00", "Понедельник — суббота |"],
    # a shop's products with the price placeholder or the stock state under each
    ["Máy lọc nước Kangaroo KG100HQ 9 lõi", "Liên hệ", "Máy lọc nước Karofi KAQ-U95 10 lõi", "Liên hệ",
     "Máy lọc nước Sunhouse SHA8866K 9 lõi", "Liên hệ"],
    ["Насос циркуляционный Grundfos UPS 25-40", "В наличии", "Насос дренажный Джилекс Дренажник 110/8",
     "В наличии", "Насос скважинный Unipump ECO MIDI-2", "В наличии"],
    # a table's column of names with the same place under each
    ["Nguyễn Văn An", "Hà Nội", "Trần Thị Bích Ngọc", "Hà Nội", "Lê Hoàng Nam", "Hà Nội"],
    # a poem's refrain between its lines (the lines end on a comma)
    ["Мы шли по полю до зари,", "Гори, гори", "И пели песни до утра,", "Гори, гори",
     "И ждали первого луча,", "Гори, гори"],
    # the label twice only
    ["Students pay the price in partisan standoff", "The Cycle",
     "Obama meeting with advisors in the West Wing on Egypt ouster", "The Cycle"],
    # the same title repeated (a chorus), not a list of different stories
    ["Hãy tri ân thầy cô bằng sự đồng hành", "Báo Dân trí", "Hãy tri ân thầy cô bằng sự đồng hành", "Báo Dân trí",
     "Hãy tri ân thầy cô bằng sự đồng hành", "Báo Dân trí"],
    # a label with a digit (a counter or a time: each row's own figure)
    ["Americans feel the hurt of continued GOP filibusters", "2 hours ago", "Detroit poised to go under",
     "2 hours ago", "Rand Paul and the Southern Avenger", "2 hours ago"],
])
def test_same_shape_content_stays(rows):
    assert _mark(_RU_TEXT + rows) == {}


def test_rows_above_or_inside_the_text_stay():
    rows = ["Students pay the price in partisan standoff", "The Cycle",
            "Obama meeting with advisors in the West Wing on Egypt ouster", "The Cycle",
            "Engel: There's going to be a lot of debate about the word 'coup'", "The Cycle"]
    assert _mark(rows + _EN_TEXT) == {}  # above the article: the page's head
    assert _mark(_EN_TEXT[:2] + rows + _EN_TEXT[2:]) == {}  # between two lines of text: the text's own table


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_pipeline_removes_the_rows_and_accounts_for_them(policy):
    # two titles open with the same word: the teaser tail (parallel lines are the text's own list) leaves them
    text = "\n".join(_EN_TEXT + ["Obama nominees face a long summer in the Senate", "The Cycle",
                                "Obama meeting with advisors in the West Wing on Egypt ouster", "The Cycle",
                                "Engel: There's going to be a lot of debate about the word 'coup'", "The Cycle"]) + "\n"
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    assert "long summer" not in kept and "The Cycle" not in kept
    assert "five years since he left office" in kept
    assert any(e.rule == RULE and e.note for e in doc.ledger if e.action == "removed")

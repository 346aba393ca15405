"""clut85 (issue 12, post-blind on held48's Vietnamese pages): a post's header rows (:mod:`mtpipe.clean.header_rows`:
a category row, the site's domain alone, a theme's English meta label glued to the date, a periodical's source line,
a tag page's heading) and a card title's lower-case copy that the soft-break joiner no longer glues to the title
(:func:`mtpipe.clean.softbreak._copy`).

Positives are made up in the shapes of the classes (h48vi01, h48vi09, h48vi11, h48vi12, h48vi14, h16vi06); negatives
are the nearest content shapes: a real sentence with a comma list of names, an enumeration with "và"/"и", an address
of two items, a real one-line lower-case phrase inside the text, a title whose lower-case copy is not on the page (a
lower-case line that goes on with other words), a domain named in a sentence, a news title with its date in brackets,
a report's title.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.header_rows import (BARE_DOMAIN, RUBRIC_LIST, SOURCE_DATE, TAG_HEADING, THEME_DATE, bare_domain,
                                      header_rows, rubric_row, source_date, tag_heading, theme_date)
from mtpipe.clean.softbreak import _copy, soft_breaks
from mtpipe.document import Document

_TITLE = "Bà con người Việt ở thành phố Brno đón Tết cộng đồng vui vẻ"
_TEXT = ["Tối thứ Bảy, tại nhà văn hóa của quận, hơn ba trăm người Việt đã cùng nhau gói bánh chưng và xem văn nghệ.",
         "Ban tổ chức cho biết năm nay có thêm nhiều gia đình trẻ đưa con em đến tham dự chương trình đón xuân."]


@pytest.mark.parametrize("line", [
    "Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG", "Croatia, Road trip, Tiếng Việt, Trekking",
    "Аналитика, Интервью, Чтиво", "Đời sống, Ăn & Chơi, Du lịch",
])
def test_rubric_rows(line):
    assert rubric_row(line)


@pytest.mark.parametrize("line", [
    "Anh, Pháp và Đức đã ký thỏa thuận.",  # a sentence with a comma list of names
    "Visa, Mastercard, Maestro, Мир, American Express и JCB",  # an enumeration
    "Anh, Pháp và Đức",  # two items and a coordinating word
    "Quận 8, Hồ Chí Minh",  # an address of two items
    "Hà Nội, Hải Phòng, Đà Nẵng, TP. Hồ Chí Minh là các thành phố trực thuộc trung ương",  # an item too long
    "Hà Nội, ngày 12, tháng 3",  # digits
    "Tin tức, Thể thao,",  # a comma at its end
])
def test_not_rubric_rows(line):
    assert not rubric_row(line)


def test_rubric_row_by_its_place():
    under = [_TITLE, "Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG", *_TEXT]
    assert {i: r for i, (r, _) in header_rows(under, {}, "vi").items()} == {1: RUBRIC_LIST}
    over = ["Croatia, Road trip, Tiếng Việt, Trekking", "Plitvice – Biêng biếc miền lam xanh giữa rừng", *_TEXT]
    assert {i: r for i, (r, _) in header_rows(over, {}, "vi").items()} == {0: RUBRIC_LIST}
    # a list of cities inside the text (no title beside it, the text has begun): stays
    inside = [_TITLE, _TEXT[0], "Hà Nội, Hải Phòng, Đà Nẵng", _TEXT[1]]
    assert header_rows(inside, {}, "vi") == {}


@pytest.mark.parametrize("line", ["LangUuDiem.Com", "www.nguyendu.com.vn", "MK.RU", "• Websitethtg.vn"])
def test_bare_domains(line):
    assert bare_domain(line)


@pytest.mark.parametrize("line", [
    "Truy cập LangUuDiem.Com để xem thêm ảnh.",  # a domain named in a sentence
    "Booking.com là gì?", "Dr. Nguyễn", "v1.2.3", "https://languudiem.com/hop-mat",
])
def test_not_bare_domains(line):
    assert not bare_domain(line)


def test_bare_domain_by_its_place():
    page = ["LangUuDiem.Com", "Họp mặt đồng hương năm 2021", *_TEXT, "languudiem.com"]
    assert {i: r for i, (r, _) in header_rows(page, {}, "vi").items()} == {0: BARE_DOMAIN, 4: BARE_DOMAIN}
    # the line right above the text is the page's own title
    assert header_rows(["Saigoneer.com", *_TEXT], {}, "vi") == {}


@pytest.mark.parametrize("line", ["author25/01/2025 13:20", "Posted on 12.03.2024", "admin 05-01-2025 09:00",
                                  "Published on: 3/4/2023"])
def test_theme_dates(line):
    assert theme_date(line)


@pytest.mark.parametrize("line", ["author Nguyễn Văn An", "25/01/2025 13:20", "Author of 12 books",
                                  "Posted on Facebook 12 times", "authority 25/01/2025"])
def test_not_theme_dates(line):
    assert not theme_date(line)


def test_theme_date_is_english_pages_text():
    assert header_rows(["Posted on 12.03.2024", *_TEXT], {}, "en") == {}


@pytest.mark.parametrize("line", ["Tạp chí khoa học giáo dục Quốc tế Thời Đại (14/10/2025).",
                                  "Báo Nhân Dân (02/09/2024)", "Журнал «Наука и жизнь» (12.05.2023)."])
def test_source_dates(line):
    assert source_date(line)


@pytest.mark.parametrize("line", [
    "Trung Quốc tưởng niệm nạn nhân Covid-19 (4/4/2020)",  # a news title with its date
    "Báo cáo tổng kết năm học (20/12/2024)",  # a report's title
    "Tạp chí Khoa học số 5 ra mắt bạn đọc",  # no date in brackets
    "Báo Giáo Xứ VN Paris, với 1500 độc giả và Internet, đã đóng góp vào công tác văn hóa (2019).",
])
def test_not_source_dates(line):
    assert not source_date(line)


def test_source_date_above_the_text_only():
    line = "Tạp chí khoa học giáo dục Quốc tế Thời Đại (14/10/2025)."
    assert {i: r for i, (r, _) in header_rows([_TITLE, line, *_TEXT], {}, "vi").items()} == {1: SOURCE_DATE}
    assert header_rows([_TITLE, *_TEXT, line], {}, "vi") == {}


def test_tag_heading():
    assert tag_heading("kẹt xe", "TP HCM: Bệnh viện trang bị 10 xe cấp cứu 2 bánh để né kẹt xe")
    assert not tag_heading("субботник", "04 апреля 2025, 09:31")  # a lower-case title over its date
    assert not tag_heading("kẹt xe", "Kẹt xe kéo dài nhiều giờ trên cao tốc vì tai nạn liên hoàn giữa ba xe tải.")
    assert not tag_heading("kẹt xe", "TP HCM: Bệnh viện trang bị 10 xe cấp cứu 2 bánh để né kẹt xeng")  # a word's part
    page = ["kẹt xe", "TP HCM: Bệnh viện trang bị xe cấp cứu 2 bánh để né kẹt xe", *_TEXT]
    assert {i: r for i, (r, _) in header_rows(page, {}, "vi").items()} == {0: TAG_HEADING}
    # a real lower-case phrase inside the text is no first line
    inside = [_TITLE, _TEXT[0], "kẹt xe", "Kẹt xe kéo dài nhiều giờ trên cao tốc vì tai nạn", _TEXT[1]]
    assert TAG_HEADING not in {r for r, _ in header_rows(inside, {}, "vi").values()}


def _joined(lines: list[str]) -> list[int]:
    text = "\n".join(lines)
    return [text[:p].count("\n") for p in soft_breaks(text)]


def test_lower_case_copy_is_not_joined():
    title = "Cho Thuê Phòng Trọ Giá Rẻ Gần Ngã 4 Bốn Xã - Bình Long"
    assert _joined([title, title.lower(), "3 triệu/tháng 25m²"]) == []
    # a line that goes on in lower case with other words is still joined (a title's copy not on the page)
    assert _joined(["Người dân phường Bình Long đã", "cho thuê phòng trọ giá rẻ gần ngã tư."]) == [0]
    # two words: too short to tell a copy ("Sởi nặng⏎sởi nặng"); the joiner's other rules decide
    assert _copy(title, title.lower()) and not _copy("Sởi nặng", "sởi nặng")


def test_theme_date_is_not_joined():
    assert _joined(["Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG", "author25/01/2025 13:20"]) == []


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="a.txt", path="a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_page_through_the_cleaner():
    text = "\n".join([_TITLE, "", "Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG", "author25/01/2025 13:20", "",
                      *_TEXT]) + "\n"
    removed = _removed(text)
    assert removed.get("Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG") == RUBRIC_LIST
    assert "author25/01/2025 13:20" in removed
    assert not set(removed) & {_TITLE, *_TEXT}


def test_card_copy_through_the_cleaner():
    cards = []
    for title in ("Cho Thuê Phòng Trọ Giá Rẻ Gần Ngã 4 Bốn Xã - Bình Long",
                  "Phòng Full Nội Thất Giá Mềm Ngay Trung Tâm, Sát Quận 1"):
        cards += [title, title.lower(), "Quận Tân Phú, Hồ Chí Minh", ""]
    removed = _removed("\n".join([*cards, *_TEXT]) + "\n")
    assert "cho thuê phòng trọ giá rẻ gần ngã 4 bốn xã - bình long" in removed
    assert "Cho Thuê Phòng Trọ Giá Rẻ Gần Ngã 4 Bốn Xã - Bình Long" not in removed

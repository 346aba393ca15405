"""clut75 (issue 12): a field's label left alone, its value or list removed (``boilerplate.orphan_label``,
:mod:`mtpipe.clean.orphan_labels`).

Positives (made up after h32ru15, h44vi14, t30vi01): a contact box's labels over removed fields, a group's label over
its removed link, a font-size widget's label over its removed buttons.  Negatives: a heading ending with ":" over its
text, a numbered heading of a document, a label closing the page, a label over a copy removed as a copy, a long
sentence ending with ":", a column of more labels than a widget holds, a question to the reader inside an article.
"""

import pytest

from mtpipe.clean import orphan_labels as OL

_MENU = ("boilerplate.menu", "short lines in a row")
_FIELD = ("boilerplate.field_run", "label: value lines")
_CONTACT = ("boilerplate.contact", "a contact line")
_COPY = ("dedupe.exact", "a copy")


@pytest.mark.parametrize("lines,removed,taken", [
    # a city portal's contact box: two labels over its removed fields
    (["Городской округ", "Обращения граждан:", "Обращения юридических лиц:", "Приёмная:", "Канцелярия:"],
     {0: _MENU, 3: _FIELD, 4: _FIELD}, [1, 2]),
    # a group's label over its removed link
    (["Tham gia nhóm tư vấn", "Nhóm hỗ trợ 15:", "https://zalo.me/g/abcdef", "Bài viết tiếp theo"],
     {2: _CONTACT}, [1]),
    # a font-size widget's label over its removed buttons, a bullet before it
    (["• Cỡ chữ:", "• Giảm", "• Mặc định", "• Tăng", "Tin tức trong tỉnh hôm nay được cập nhật liên tục."],
     {1: _MENU, 2: _MENU, 3: _MENU}, [0]),
    # a separator line without letters between the label and its removed value is skipped
    (["Время приёма :", "|", "пн-пт 9:00-18:00"], {1: _MENU, 2: _FIELD}, [0]),
])
def test_orphan_labels(lines, removed, taken):
    got = OL.orphan_labels(lines, removed)
    assert sorted(got) == taken and all(rule == OL.RULE for rule, _ in got.values())


@pytest.mark.parametrize("lines,removed", [
    # a heading ending with ":" over its text (the value is live)
    (["Особые условия:", "• Дети до 7 лет проживают в номере с родителями без оплаты."], {}),
    # a one-word heading followed by its text
    (["Lưu ý:", "Khách hàng cần mang theo giấy tờ tùy thân khi đến làm thủ tục."], {}),
    # a document's numbered heading over a removed line
    (["1.4. Yêu cầu về ngôn ngữ:", "Đăng nhập"], {1: _MENU}),
    # a label closing the page: its value cut by the scrape
    (["Срок заключения договора аренды: 3 года.", "Предмет аукциона:"], {}),
    # the value removed as a copy of a line printed elsewhere
    (["Адрес:", "г. Москва, ул. Ленина, 1"], {1: _COPY}),
    # a sentence's lead of more words than a label's
    (["Các bạn có thể tham gia lớp học thiết kế danh mục đầu tư tại:", "https://example.vn/lop-hoc"],
     {1: _CONTACT}),
    # a colon inside the line: a field with its value, not a label alone
    (["Размещение: 1-2 человек, оснащение номера:", "Купить"], {1: _MENU}),
    # a sentence's lead with a comma, and a list's item in lower case, over a line removed then taken back (h32ru10)
    (["Так, отключения коснутся следующих районов:", "р. Заречный:", "26.08.2024"], {1: _FIELD}),
    (["р. Заречный:", "26.08.2024", "– с. Краснополье (15:00 – 17:00)"], {1: _FIELD}),
    # a lead of four words or more over a block the last guard takes back, the text going on under it
    (["Lịch cắt điện các khu vực sau:", "Phường Hòa Bình", "Từ 08:00 đến 17:00",
      "Điện lực thành phố xin thông báo để khách hàng biết và chủ động sắp xếp công việc."], {1: _FIELD, 2: _FIELD}),
    # a column of labels longer than a widget's (a form printed as the page's own text)
    (["Фамилия:", "Имя:", "Отчество:", "Дата рождения:", "Отправить"], {4: _MENU}),
    # a question to the reader inside an article, then a removed line
    (["Bạn muốn biết thêm?", "Đăng ký"], {1: _MENU}),
    # the label is already removed
    (["Категории:", "Архитектура"], {0: _MENU, 1: _MENU}),
])
def test_not_orphan_labels(lines, removed):
    assert OL.orphan_labels(lines, removed) == {}


@pytest.mark.parametrize("s,ok", [
    ("Обращения граждан:", True), ("• Font size:", True), ("Время работы :", True),
    ("Địa chỉ: 12 Lê Lợi", False), ("2. Thời gian:", False), ("Đây là một câu dài hơn sáu từ kết thúc:", False),
    ("12:", False), ("Tin tức", False),
    ("р. Воробьёвский:", False), ("Так, отключения коснутся районов:", False),
])
def test_label_line(s, ok):
    assert OL.label_line(s) is ok


# --- a site's name over a title asking a question (boilerplate.site_name, clut75's extension of clut69) ---

from mtpipe.clean.site_names import question_title, site_names  # noqa: E402

_Q_TEXT = ["Đã từng có một vài ý kiến gửi đến ban biên tập rằng hãy lo chuyện trong nước trước, vì đất nước đang cần "
           "nhiều thay đổi lớn lao.", "Bài viết này trả lời những ý kiến đó bằng các số liệu của năm qua."]


@pytest.mark.parametrize("lines,removed,taken", [
    # the site's name, its removed slogan, a title asking a question, the text (crawlvi7blind's two pages)
    (["Thông Luận", "Cơ quan ngôn luận của nhóm", "Nền dân chủ đang lạc lối ?", *_Q_TEXT], {1: ("x", "")}, [0]),
    (["Kinh tế nông thôn", "Vì sao giá lúa giảm mạnh trong tháng này?", *_Q_TEXT], {}, [0]),
])
def test_site_name_over_a_question_title(lines, removed, taken):
    host = "thongluan-rdp.org" if lines[0] == "Thông Luận" else "kinhtenongthon.vn"
    assert sorted(site_names(lines, removed, host)) == taken


@pytest.mark.parametrize("lines", [
    # the site's name right above a question that is the text's only sentence: the page's title, kept
    ["Kinh tế nông thôn", "Vì sao giá lúa giảm mạnh trong tháng này và khi nào thì giá lúa sẽ tăng trở lại?"],
    # a question addressed to the reader inside the article, the name under the text's first line
    [_Q_TEXT[0], "Kinh tế nông thôn", "Bạn đã bao giờ tự hỏi vì sao giá lúa lại giảm?", _Q_TEXT[1]],
])
def test_site_name_question_kept(lines):
    assert site_names(lines, {}, "kinhtenongthon.vn") == {}


@pytest.mark.parametrize("s,ok", [
    ("Nền dân chủ đang lạc lối ?", True), ("Bộ trưởng Bộ Y tế đạt điểm mấy?", True),
    ("Giá lúa giảm. Vì sao?", False), ("Nền dân chủ đang lạc lối.", False),
    (" ".join(["từ"] * 21) + "?", False),
])
def test_question_title(s, ok):
    assert question_title(s) is ok


# --- a section's rubric over a title asking a question (portal.rubric, vi_rubrics) ---

from mtpipe.clean.vi_rubrics import RUBRIC, rubrics  # noqa: E402

_VI_BODY = ["Một bản tin mang tới sự nhẹ nhõm cho người bệnh vừa xuất hiện: ba bệnh viện lớn đã chính thức cam kết "
            "không để bệnh nhân nằm ghép.", "Theo thống kê của ngành, số giường bệnh đã tăng thêm hơn hai nghìn trong "
            "năm qua."]


def test_rubric_over_a_question_title():
    lines = ["Diễn đàn bạn đọc", "Bộ trưởng đạt điểm mấy?", "Anh Nguyên", *_VI_BODY]
    got = rubrics(lines, {2: ("portal.head_byline", "")})
    assert sorted(got) == [0] and got[0][0] == RUBRIC


@pytest.mark.parametrize("lines,removed", [
    # no meta between the question title and the text: a title over its subtitle, kept
    (["Diễn đàn bạn đọc", "Bộ trưởng đạt điểm mấy?", *_VI_BODY], {}),
    # the short line names what the article is about (a page's own title over a question subtitle)
    (["Giường bệnh nằm ghép", "Bao giờ hết cảnh nằm ghép?", "Anh Nguyên", *_VI_BODY], {2: ("portal.head_byline", "")}),
    # a question to the reader that is the text's own first sentence, long
    (["Diễn đàn bạn đọc", "Bạn đã bao giờ phải nằm ghép khi điều trị tại một bệnh viện lớn ở thành phố này, và bạn "
      "nghĩ gì về chuyện ấy. Hãy kể cho chúng tôi?", "Anh Nguyên", *_VI_BODY], {2: ("portal.head_byline", "")}),
])
def test_rubric_question_kept(lines, removed):
    assert rubrics(lines, removed) == {}

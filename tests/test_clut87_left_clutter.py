"""clut87 (issue 12): clutter held49 left, by class, with made-up examples and the nearest content shapes.

* an unlabelled header contact block (:mod:`mtpipe.clean.contact_blocks`, ``portal.header_contact``): a postal address
  with its postcode first over a bare phone number and an e-mail, above the text (h49ru12's shape);
* an editorial board's sign-off "BBT" + initials at the page's end (:mod:`mtpipe.clean.vi_chrome`, h49vi11, c12vi06);
* a user picture's alt text ("Writer's picture" glued to the name, "admin's picture": :mod:`mtpipe.clean.avatar_alt`).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.avatar_alt import RULE as AVATAR_RULE, avatar_alt
from mtpipe.clean.contact_blocks import _POSTAL, _kind, block_addresses
from mtpipe.clean.vi_chrome import desk_initials, initials
from mtpipe.clean.vi_contacts53 import HEADER_CONTACT
from mtpipe.document import Document


def _clean(text, policy="weighed"):
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


# --- the postal address of an unlabelled contact block -------------------------------------------------------------

@pytest.mark.parametrize("s", [
    "214000, г. Смоленск, Соборный двор, 5",
    "390000, г. Рязань, ул. Почтовая, д. 12",
    "627750, Тюменская область, г. Ишим, ул. Ленина, 24а",
    "101000, Москва, Мясницкая ул., 26/1",
])
def test_postal_address_lines(s):
    assert _POSTAL.match(s) and _kind(s) == "address"


@pytest.mark.parametrize("s", [
    "214000",                                                       # a number alone (a counter, an index)
    "Наш адрес: г. Смоленск, Соборный двор, 5",                     # labelled: field_kind's own
    "671403, у. Тохорюкта,  тел. /факс 8 (30148) 28 614",           # a record's row, a phone in it
    "214000, г. Смоленск, Соборный двор, 5.",                       # a stop at its end: written as a sentence
    "В 2019 году по адресу г. Смоленск, Соборный двор, 5 открылся музей",  # an address inside a sentence
    "Смоленск, Вязьма, Рославль, Ярцево, Сафоново, 5 городов",      # a list of places, no postcode
])
def test_not_postal_address_lines(s):
    assert not _POSTAL.match(s)


_BLOCK = ["214000, г. Смоленск, Соборный двор, 5", "+7 (4812) 38-08-50", "sobor@example.ru"]
_TEXT = ["Расписание богослужений на неделю", "В понедельник в 8:00 будет совершена Божественная литургия.",
         "Вечернее богослужение начнётся в 17:00."]


def test_unlabelled_block_address_goes():
    lines = [*_BLOCK, *_TEXT]
    joined = [False, True, True, False, False, False]
    got = block_addresses(lines, joined, {1: "x", 2: "x"})
    assert list(got) == [0] and got[0][0] == HEADER_CONTACT


def test_unlabelled_block_negatives():
    lines = [*_BLOCK, *_TEXT]
    joined = [False, True, True, False, False, False]
    assert block_addresses(lines, joined, {2: "x"}) == {}             # the phone kept: a record's block
    assert block_addresses(lines, [False] * 6, {1: "x", 2: "x"}) == {}  # blank lines between: no block
    lines = ["Записаться на исповедь можно по телефону или по почте.", *_BLOCK, *_TEXT]  # under a sentence
    assert block_addresses(lines, [False, False, True, True, False, False, False], {2: "x", 3: "x"}) == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_unlabelled_block_in_the_cleaner(policy):
    text = "\n".join(_BLOCK) + "\n\n" + "\n\n".join(_TEXT) + "\n"
    got = _clean(text, policy)
    assert got.get(_BLOCK[0]) == HEADER_CONTACT
    assert not any(s in got for s in _TEXT[1:])


# --- an editorial board's sign-off -----------------------------------------------------------------------------------

@pytest.mark.parametrize("s,yes", [
    ("BBT CTNĐN", True), ("BBT WVL", True), ("BBT TTX", True),
    ("BBT", False),                         # one token: initials()' own
    ("UBND TP", False),                     # two acronyms, no board
    ("BBT Báo Nhân Dân", False),            # a board named in words
    ("BBT trân trọng cảm ơn", False),       # a sentence
])
def test_desk_initials(s, yes):
    assert desk_initials(s) is yes


def test_desk_sign_off_in_the_cleaner():
    text = ("Thiếu nhi thành phố hào hứng tham gia Ngày hội đọc sách năm 2021\n\n"
            "Sáng 20-4, tại thư viện thành phố, Hội đồng Đội thành phố tổ chức Ngày hội đọc sách cho thiếu nhi.\n\n"
            "Các em được tham gia nhiều hoạt động bổ ích như thi kể chuyện, vẽ tranh và giao lưu với tác giả.\n\n"
            "BBT CTNĐN\n")
    got = _clean(text)
    assert "BBT CTNĐN" in got
    assert not any(k.startswith(("Sáng 20-4", "Các em")) for k in got)


def test_desk_initials_inside_the_text_stay():
    # a line of two acronyms between paragraphs (nothing removed after it): not taken by the desk's shape
    text = ("Hội nghị tổng kết công tác năm 2021\n\n"
            "Sáng 20-4, tại hội trường, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm.\n\n"
            "BBT CTNĐN\n\n"
            "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ và đề ra phương hướng cho năm tiếp theo.\n")
    assert "BBT CTNĐN" not in _clean(text)


def test_single_initials_unchanged():
    assert initials("PV") and initials("(TH)") and not initials("BBT CTNĐN")


# --- a user picture's alt text ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    "Writer's pictureDang Quoc Truong", "Writer's pictureĐặng Quốc Trường", "admin's picture", "Author’s picture",
    "Writer's picture Nguyễn Văn An", "ivanov's picture", "user's avatar",
])
def test_avatar_alt(s):
    assert avatar_alt(s)


@pytest.mark.parametrize("s", [
    "Picasso's picture",                                # a person's picture as a heading
    "The writer's picture hangs in the hall.",          # a sentence
    "Writer's picture of the war was printed.",         # owner word first, then lower-case words
    "Writer's picturesque village",                     # no alt text
    "Writer's picture. Dang Quoc Truong said so.",      # a stop: a sentence
    "Ảnh đại diện của tác giả",                         # no English alt text
])
def test_not_avatar_alt(s):
    assert not avatar_alt(s)


def test_avatar_alt_in_the_cleaner():
    text = ("Writer's pictureDang Quoc Truong\n\n"
            "Chuyện Chợ Lớn - Giáo dục người Hoa tại Chợ Lớn\n\n"
            "Giáo dục người Hoa đã hình thành hơn 110 năm với nhiều thành tựu đáng kể trong đời sống xã hội.\n\n"
            "Các trường học của người Hoa được xây dựng từ rất sớm ở khu vực Chợ Lớn.\n")
    got = _clean(text)
    assert got.get("Writer's pictureDang Quoc Truong") == AVATAR_RULE
    assert not any(k.startswith(("Giáo dục", "Các trường")) for k in got)


# --- a keyword line with no label ------------------------------------------------------------------------------------

_KW = "Хлеб, выпечка, пекарня, рецепты, ржаной хлеб, закваска, домашний хлеб"


def test_keyword_line_shape():
    from mtpipe.clean.keyword_lines import keyword_line, repeats_title
    assert keyword_line(_KW)
    assert repeats_title(keyword_line(_KW), "Как испечь ржаной хлеб на закваске дома")
    assert not repeats_title(keyword_line(_KW), "Итоги городского конкурса вокалистов")
    vi = "Phở Hà Nội, phở bò, quán phở, ăn gì ở Hà Nội, món ngon Hà Nội, phở gia truyền"
    assert keyword_line(vi) and repeats_title(keyword_line(vi), "Phở Hà Nội và những quán phở lâu đời")


@pytest.mark.parametrize("s", [
    "Phải biết tiếng Trung, nợ công, chứng khoán, giá xăng dầu, Cát Linh-Hà Đông",     # a digest's title: five items
    "Đường N1, Thị trấn Sapa, Huyện Sapa, Tỉnh Lào Cai, Việt Nam, Sa Pa, Việt Nam",     # an address: all capitalised
    "Theo Sở, các tỉnh Điện Biên, Hà Giang, Hoà Bình, Lai Châu, Lạng Sơn, Lào Cai đã tham gia",  # names in a sentence
    "này bao gồm sơn mài, mây tre giang đan, guột tế, gốm sứ, thêu ren, đá, xương",    # inside a sentence
    "Теги: хлеб, выпечка, пекарня, рецепты, ржаной хлеб, закваска",                   # labelled: another rule's
    "Что влияет на стоимость: метраж, этаж, балкон, район, планировка, ремонт",         # a colon
    "Хлеб, выпечка, пекарня, рецепты, ржаной хлеб, закваска, домашний хлеб.",           # a stop: a sentence
    "В магазине продают хлеб, выпечку, торты, пирожные, конфеты, пряники и печенье каждый день с утра",
])
def test_not_keyword_lines(s):
    from mtpipe.clean.keyword_lines import keyword_line
    assert not keyword_line(s)


def test_keyword_line_in_the_cleaner():
    from mtpipe.clean.keyword_lines import RULE as KEYWORD_RULE
    text = ("Как испечь ржаной хлеб на закваске дома\n\n"
            "Домашний хлеб на закваске получается ароматным и долго не черствеет, если соблюдать несколько правил.\n\n"
            + _KW + "\n\n"
            "Для закваски понадобятся ржаная мука и вода, а сама закваска созревает за пять дней.\n")
    got = _clean(text)
    assert got.get(_KW) == KEYWORD_RULE
    assert not any(k.startswith(("Домашний", "Для закваски")) for k in got)
    # the same line on a page whose title shares none of its words stays (a list of the text's own?)
    other = text.replace("Как испечь ржаной хлеб на закваске дома", "Итоги городского конкурса вокалистов")
    assert _KW not in _clean(other)

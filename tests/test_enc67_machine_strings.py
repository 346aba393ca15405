"""Machine strings left as text (issue 12, enc67).

* ``chrome.encoded_blob`` (:mod:`mtpipe.clean.encoded`): a line that is one run of an encoding's alphabet: base64
  (h42vi02's print view; the base64 of Vietnamese text, standard and URL-safe), percent-encoded names (Vietnamese
  and Russian), escaped bytes (the form a question about Wiktionary's pages quotes), a SHA-1.  Negatives: a table's
  cells glued with their counts (t27vi44, content), slugs and file paths (other rules'), CamelCase words, a crypto
  address, a run of dots or dashes, an address, a number, a sentence.
* ``chrome.data_json``: a script's JSON object printed as a line, minified and escaped (t27vi107, t27ru; a map of a
  site's categories, a banner's record).  Negatives: a tutorial's sample written for reading or short, bracketed
  notes, a template's braces, a list of numbers, a sentence in braces.
* ``boilerplate.ascii_slug``: a copy of the page's title that opens bare of its marks stays a copy when the page
  glues other words after it: a copy that opens bare never displaces the title it copies in the rule's index
  (h42vi09: four related stories, each under the page's slug; the last was left as the original of the others).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.boilerplate import classify
from mtpipe.clean.encoded import JSON_RULE, RULE, data_json, encoded_blob
from mtpipe.document import Document

_H42VI02 = ("4bq24buiQuG6qE7DmsOKJSXhu7Phuqwj4buf4bueKsOaw5LhuqzhurLDreG7nuG7kuG7pOG6qOG6v+G7nsOK4buk4buc"
            "4bqo4oCcT0oi4bqoJcWo4buk4buc4oCd4bqow5Mmw4rhuqLhuqhNw53hu57huqgq4buiJiLhu5jhu6ThuqgqJCYi4buY4buk4bqoKuG7ouG7ruG7pOG7nOG6"
            "ti/hu6JC4bqy4bq2I+G6qE7DmsOK")

BLOBS = [
    _H42VI02,
    # the base64 of a Vietnamese sentence, standard and URL-safe alphabets
    "TmfGsOG7nWkgZMOibiB2w7luZyBzw7RuZyBuxrDhu5tjIEtp4bq/biBHaWFuZyDEkXVhIHRodXnhu4FuIG3hu6tuZyBRdeG7kWMga2jDoW5o",
    "TOG7hSBo4buZaSDEkXVhIHRodXnhu4FuIHRydXnhu4FuIHRo4buRbmcgdHLDqm4gc8O0bmcgS2nhur9uIEdpYW5n",
    # percent-encoded names: a Vietnamese title, a Russian name
    "Hai%20b%C3%A9%20trai%20sinh%20%C4%91%C3%B4i%20ch%E1%BA%BFt%20%C4%91u%E1%BB%91i%20khi%20t%E1%BA%AFm%20ao",
    "%D0%A5%D1%8D%D0%B9%D1%85%D1%8D%D1%81%D0%BA%D0%B8%D0%B9%20%D0%B8%D0%BD%D1%81%D1%82%D0%B8%D1%82%D1%83%D1%82",
    # escaped bytes of an Arabic word (a question about Wiktionary's pages quotes them)
    r"\xd8\xb1\xd8\xa3\xd8\xb3\xd9\x85\xd8\xa7\xd9\x84\xd9\x8a\xd8\xa9",
    "da39a3ee5e6b4b0d3255bfef95601890afd80709",  # a SHA-1
]

NOT_BLOBS = [
    # t27vi44 (content): a table's cells glued with their counts
    "1Ethiopia3Mozambique1Thailand3Azerbaijan1Fiji1Myanmar3Timor-Leste2Bangladesh1Gabon1Nepal1",
    "1Bhutan1Ghana1Nigeria1Turkey1Bolivia1Guatemala1Pakistan1Turkmenistan2Brazil3India3Panama1Uganda2Brunei",
    # slugs and paths: other rules' (an image's name, an address)
    "nhung-luu-y-khi-xin-hoc-bong-cua-chinh-phu-trung-quoc",
    "vlu-dien-van-hieu-truong-le-khai-giang-nam-hoc-2024-2025-a.jpg",
    "Media/148_PhuChau/Images/img-20160926-133535.jpg",
    "/tin-tuc/day-nhanh-tien-do-bien-soan-lich-su-dang-bo-tinh-giai-doan-2000-2020",
    "https://en.wiktionary.org/wiki/%D8%B1%D8%A3%D8%B3%D9%8A%D8%A9%D8%B1%D8%A3%D8%B3",
    "po%C5%82o%C5%BCenie-camping-pod-d%C4%99bowcem",  # three escapes: a slug with its letters
    "AbstractSingletonProxyFactoryBeanDefinitionRegistry",  # CamelCase words, no digit
    "0x742d35Cc6634C0532925a3b844Bc454e4438f44e",  # an address a crypto article gives its reader
    "010020020130000000000000011100001125597921",  # a number alone
    "....................................................................................................",
    "-----------------------------------------",
    "z5043599",  # short
    "Lễ hội đua thuyền truyền thống trên sông Kiến Giang thu hút hàng nghìn người dân đến cổ vũ.",
    "Свыше 100 студентов из Хэйхэского института и 8 российских вузов приняли участие в спартакиаде.",
]


@pytest.mark.parametrize("line", BLOBS)
def test_blobs(line: str) -> None:
    assert encoded_blob(line)
    assert encoded_blob("  " + line + " ")


@pytest.mark.parametrize("line", NOT_BLOBS)
def test_not_blobs(line: str) -> None:
    assert not encoded_blob(line)


def test_a_blob_split_by_a_space_is_no_run() -> None:
    assert not encoded_blob(_H42VI02[:60] + " " + _H42VI02[60:120])


JSONS = [
    '{"the-thao":"Th\\u1ec3 thao"}',  # t27vi107
    '{"chuong-mon-le-sang":"Ch\\u01b0\\u1edfng m\\u00f4n L\\u00ea S\\u00e1ng","viet-vo-dao":"Vi\\u1ec7t V\\u00f5 '
    '\\u0111\\u1ea1o","vo-thuat":"V\\u00f5 Thu\\u1eadt","vovinam":"vovinam"}',  # t27vi107
    '{"id":14262,"url":"\\/distributions\\/14262\\/click?bit=1","title":"\\u041f\\u0440\\u0435\\u0434"}',  # t27ru
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lễ hội đua thuyền trên sông Kiến Giang"}',
]
NOT_JSONS = [
    '{"name": "An", "age": 30}',  # a tutorial's sample, written for reading
    '{"a":1}',  # short, nothing escaped
    '{ "copyright": "{{TEXTY}}, {{URL}}", "url": "{{URL}}", "format": "txt" }',  # a user's file, spaced (a repo page)
    "[English below]",
    "{{cite web|url=https://example.org|title=Example}}",
    "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]",
    "{Примечание: в таблице приведены данные за 2024 год}",
    '{"id":14262,"url":"\\/distributions\\/14262\\/click?bit=1","title":"\\u041f',  # cut: no object
]


@pytest.mark.parametrize("line", JSONS)
def test_data_json(line: str) -> None:
    assert data_json(line) and not encoded_blob(line)


@pytest.mark.parametrize("line", NOT_JSONS)
def test_not_data_json(line: str) -> None:
    assert not data_json(line)


def _removed(text: str, policy: str = "weighed", doc_id: str = "s/a.txt") -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id=doc_id, path=doc_id))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_VI = ["Kiến Giang “dậy sóng” đua, bơi thuyền truyền thống",
       "QTO - Có lẽ, hiếm nơi nào mừng ngày Tết Độc lập với lễ hội đua, bơi thuyền truyền thống độc đáo như ở đây.",
       "Lễ hội đua thuyền truyền thống trên sông Kiến Giang thu hút hàng nghìn người dân đến cổ vũ.",
       "Các đội thuyền của nhiều xã đã tập luyện suốt hai tháng để chuẩn bị cho ngày hội."]
_RU = ["Спартакиада открылась в Хэйхэском институте",
       "27 мая в Хэйхэском институте открылась шестая по счету китайско-российская студенческая спартакиада.",
       "Свыше 100 студентов из Хэйхэского института и 8 российских вузов приняли участие в спартакиаде.",
       "В ходе двухдневных игр спортсмены будут состязаться более чем в 30 видах спорта."]


@pytest.mark.parametrize("policy", ["weighed", "balanced", "conservative"])
@pytest.mark.parametrize("page", [_VI, _RU])
def test_cleaner_removes_the_blob_and_keeps_the_text(policy: str, page: list[str]) -> None:
    for blob in BLOBS:
        text = "\n\n".join([*page[:2], blob, *page[2:]]) + "\n"
        got = _removed(text, policy)
        assert got.get(blob) == RULE
        assert not any(line in got for line in page)


@pytest.mark.parametrize("policy", ["weighed", "balanced"])
def test_cleaner_removes_the_json_and_keeps_the_text(policy: str) -> None:
    for line in JSONS:
        text = "\n".join([*_VI[:2], line, *_VI[2:]]) + "\n"
        got = _removed(text, policy)
        assert got.get(line) == JSON_RULE
        assert not any(kept in got for kept in _VI)


# h42vi09: the page's title, its text, and related stories each glued under the page's own slug
_TITLE = "Ba nữ sinh lớp 6 ở Quảng Bình đuối nước"
_TEXT = ["Sau lễ tổng kết năm học, tám học sinh rủ nhau tắm sông và ba em thiệt mạng do trượt chân, đuối nước.",
         "Nhóm còn lại nhanh chóng đi gọi người ứng cứu, khi người dân chạy đến thì các em đã bị ngạt nước."]
_SLUG = "ba nu sinh lop 6 o quang binh duoi nuoc"
_GLUED = [_SLUG + "Giáo viên dành 3-5 phút mỗi ngày căn dặn học sinh phòng chống đuối nước",
          _SLUG + "Giảm thiểu tai nạn đuối nước ở trẻ em",
          _SLUG + "3 học sinh chết đuối thương tâm trên sông Hiếu",
          _SLUG + "Hai bé trai sinh đôi chết đuối khi tắm ao"]


def _slugs(lines: list[str]) -> set[int]:
    return {i for i, (rule, *_rest) in classify(lines, "vi", {}).items() if rule == "boilerplate.ascii_slug"}


def test_glued_slug_copies_all_go_the_title_stays() -> None:
    lines = [_TITLE, *_TEXT, *_GLUED]
    assert _slugs(lines) == {3, 4, 5, 6}
    # the title after the copies (the related list above the article) is the original all the same
    lines = [*_GLUED, _TITLE, *_TEXT]
    assert _slugs(lines) == {0, 1, 2, 3}
    # a slug in hyphens glued the same way (another CMS's alt text)
    hyphens = [g.replace(_SLUG, _SLUG.replace(" ", "-")) for g in _GLUED]
    assert _slugs([_TITLE, *_TEXT, *hyphens]) == {3, 4, 5, 6}


def test_another_page_and_the_copy_with_its_marks() -> None:
    title = "Lễ hội đua thuyền truyền thống trên sông Kiến Giang"
    text = ["Hàng nghìn người dân đã đổ về hai bên bờ sông để cổ vũ cho các đội đua thuyền của các xã.",
            "Lễ hội được tổ chức hằng năm vào dịp Quốc khánh 2/9 và thu hút đông đảo du khách gần xa."]
    glued = ["le hoi dua thuyen truyen thong tren song kien giangNgười dân Lệ Thủy háo hức đón ngày hội",
             "le-hoi-dua-thuyen-truyen-thong-tren-song-kien-giangĐua thuyền trên sông Nhật Lệ"]
    assert _slugs([title, *text, *glued]) == {3, 4}
    # the title printed again with its marks is a copy for the duplicate layer, not a slug
    assert _slugs([title, *text, title + " năm 2025"]) == set()


def test_glued_lines_without_a_marked_original() -> None:
    # no title with its marks on the page: the copies match each other as before (the last one written stays)
    assert _slugs([*_TEXT, *_GLUED]) == {2, 3, 4}
    # one line alone opening bare has nothing to copy
    assert _slugs([*_TEXT, _GLUED[0]]) == set()
    # a line of the text that opens with five unaccented words (a name in English) and no marked twin stays
    english = "Vietnam Airlines said on Monday rằng hãng sẽ mở thêm đường bay thẳng đến Ấn Độ."
    assert _slugs([_TITLE, *_TEXT, english]) == set()


def test_cleaner_takes_every_glued_copy_and_keeps_the_title() -> None:
    text = "\n".join([_TITLE, "", *_TEXT, "", "Theo VnExpress", "", *_GLUED]) + "\n"
    got = _removed(text)
    for g in _GLUED:
        assert g in got
    for kept in (_TITLE, *_TEXT):
        assert kept not in got

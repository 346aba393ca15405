"""Vietnamese credit lines in the short forms the newsrooms print, and an image's name left as text (issue 12, clut63).

* ``signoff.credit_name`` also takes the credit word written as a label before the name, a colon or a slash after it
  ("T/h: Hải Thanh", "Biên tập/ Trịnh Đức Mạnh"), the tail of the site's bracketed source before the label allowed
  ("Thời báo …】Biên tập/ …"), and a compiler's credit with its source after it ("Địa Điểm Du Lịch tổng hợp/ Theo
  Người Lao Động": the compiler a desk or the site, capitalised words or an acronym);
* ``signoff.closing`` also takes a name with its outlet's acronym after a slash ("Kim Thủy/THĐT", "Hữu Phước/TTXVN")
  under the article's last sentence;
* ``chrome.image_filename`` also takes the tail of an image CDN's address cut inside its filter list
  (":focal(0.53:0.38):format(webp)/….webp)") and an image's name written with underscores for spaces
  ("Cu_The_Huc_tren_h_Hoan_Kim").

The same shapes that are the article's own stay: an official letter's "V/v …" subject, a shop's "Đổi/Trả" heading, a
sentence that says what was compiled according to whom, a name over the words quoted, a constant in capitals, a
sentence naming an image file.  Forms: held41 (h41vi02, h41vi07, h41vi08, h41vi10, h41ru10), held34 (h34ru11),
crawlvi's "Biên dịch: …" credits and the bylines Vietnamese papers print ("Trí Dũng/TTXVN" in baoangiang.com.vn's
captions)."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.signoff import _LABEL_CREDIT, _NAME_OUTLET, _SOURCED_CREDIT
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_VI = ("Bộ Công Thương cho biết kim ngạch xuất khẩu sang Trung Quốc tăng mạnh trong quý đầu năm.\n"
       "Các doanh nghiệp được khuyến nghị theo dõi sát diễn biến thị trường và chính sách thuế quan.\n")
_RU = ("Министерство коммерции КНР заявило во вторник, что Китай примет ответные меры против пошлин.\n"
       "По словам представителя ведомства, Пекин внимательно следит за развитием ситуации.\n")


def _run(text: str, policy: str = "balanced") -> Document:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc: Document) -> dict[str, str]:
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


LABELLED = ["T/h: Hải Thanh", "TH: Minh Anh", "Tổng hợp: Thu Hà", "Biên tập/ Trịnh Đức Mạnh", "BTV: Ngọc Lan",
            "Thời báo Tân di dân toàn cầu】Biên tập/ Trịnh Đức Mạnh",
            "【Báo Mới】Biên tập: Lê Hoa", "Sưu tầm: Hoàng Minh"]
SOURCED = ["Địa Điểm Du Lịch tổng hợp/ Theo Người Lao Động", "PV tổng hợp / Theo TTXVN",
           "Minh Anh (tổng hợp) - Theo VnExpress", "Ban Biên Tập tổng hợp, Theo Tuổi Trẻ"]
OUTLETS = ["Kim Thủy/THĐT", "Hữu Phước/TTXVN", "Minh Anh/VOV.VN", "Thu Hà/BNEWS/TTXVN", "Trí Dũng / TTXVN"]


@pytest.mark.parametrize("line", LABELLED)
def test_a_labelled_credit_goes_under_credit_name(line: str) -> None:
    assert _LABEL_CREDIT.match(line)
    for text in (_VI + line, line + "\n" + _VI):  # closing the article or over it
        assert _removed(_run(text)).get(line) == "signoff.credit_name"


@pytest.mark.parametrize("line", SOURCED)
def test_a_compilers_credit_with_its_source_goes(line: str) -> None:
    assert _SOURCED_CREDIT.match(line)
    assert _removed(_run(_VI + line)).get(line) == "signoff.credit_name"


@pytest.mark.parametrize("line", OUTLETS)
def test_a_name_and_its_outlet_closing_the_article_goes(line: str) -> None:
    assert _NAME_OUTLET.match(line)
    removed = _removed(_run(_VI + line))
    # (a chain of outlets, "Thu Hà/BNEWS/TTXVN", may go as a tag list before the sign-offs are read)
    assert removed.get(line) in ("signoff.closing", "boilerplate.tag_list") and len(removed) == 1, removed


# the same shapes, the article's own
KEPT_LINES = [
    "V/v hướng dẫn triển khai thí điểm dịch vụ đô thị thông minh",  # an official letter's subject (held8)
    "Điều Kiện Đổi/Trả Hàng:",  # a shop's heading (train28)
    "I/ Nhận và trả phòng",  # a numbered heading (held23)
    "Số liệu tổng hợp theo Tổng cục Thống kê",  # a sentence: what was compiled according to whom
    "Tổng hợp: các bước cần làm khi đăng ký",  # a label over no name
    "Redskins/NFL",  # a team and its league, no name
    "Điện thoại/Fax",
]


@pytest.mark.parametrize("line", KEPT_LINES)
def test_same_shape_content_stays(line: str) -> None:
    rule = _removed(_run(_VI + line + "\n" + _VI)).get(line)
    assert rule is None or not rule.startswith("signoff."), rule


def test_a_name_and_outlet_over_its_quote_stays() -> None:
    # a speaker's name over the words quoted: the closing rule's guard, the outlet shape too
    text = _VI + "Hữu Phước/TTXVN\n“Chúng tôi sẽ tiếp tục theo dõi thị trường trong thời gian tới,” ông nói.\n"
    assert "Hữu Phước/TTXVN" not in _removed(_run(text))


IMAGE_NAMES = [
    ":focal(0.53:0.38):format(webp)/YXJ0aWNsZXMvaW1hZ2UvMjAyMy8xMS9ycGVvNHp1eHV4cy5qcGc.webp)",
    "filters:format(webp):quality(80)/2023/11/photo_123.jpg",
    ":format(jpeg):quality(75)/uploads/news/abc-def.jpeg",
    "Cu_The_Huc_tren_h_Hoan_Kim",
    "nar_chin_small",
    "Hoi_An_ancient_town_at_night",
]


@pytest.mark.parametrize("line", IMAGE_NAMES)
@pytest.mark.parametrize("lead", [_VI, _RU])
def test_an_image_name_left_as_text_goes(line: str, lead: str) -> None:
    assert _removed(_run(lead + line + "\n" + lead)).get(line) == "chrome.image_filename"


KEPT_NAMES = [
    "MAX_BLOCK_SIZE",  # a constant a page writes about: capitals only
    "snake_case",  # two words
    "Xem hình (ảnh 1.jpg)",  # a sentence's words around a file name
    "Сохраните файл как image.png",
]


@pytest.mark.parametrize("line", KEPT_NAMES)
def test_other_lines_with_underscores_or_types_stay(line: str) -> None:
    assert _removed(_run(_VI + line + "\n" + _VI)).get(line) != "chrome.image_filename"

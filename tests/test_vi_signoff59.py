"""A Vietnamese page's closing sign-off under a line without a stop (issue 12, vi59: :func:`mtpipe.clean.signoff.judge`,
``signoff.closing``): the page's last line, a name (or two joined by a dash) with its unit in brackets opening on a
body's noun, after the text, goes although the line above it is a caption or a sentence the page left without its
stop; the same shape that is not the page's last line, whose brackets hold a figure or a place, or that stands under a
heading rather than the text, stays."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_VI = ("Sáng 22/4, Trường Mầm non Nghĩa Hiếu phối hợp với Trung tâm Steam Park tổ chức hoạt động trải nghiệm cho các "
       "em học sinh.\n"
       "Tại buổi hoạt động các em được thưởng thức các tiết mục văn nghệ đặc sắc của giáo viên và học sinh nhà trường.\n")


def _run(text: str) -> Document:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions())(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc: Document) -> dict[str, str]:
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


# (the line above the sign-off, without a stop; the sign-off) -- forms of h26vi13, t28vi03, t27vi100
SIGNED = [
    ("Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020", "Viên Mừng (Bảo tàng tỉnh)"),
    ("Các em học sinh tham gia trải nghiệm các hoạt động trong sân trường",
     "Hoàng Hằng – Ngọc Linh ( Trung tâm VH, TT và TT Nghĩa Đàn )"),
    ("Hội thi sẽ tiếp tục được tổ chức vào năm sau", "Phạm Trang Nhung (Phòng Tư liệu – Thư viện)"),
    ("Toàn cảnh buổi lễ khai mạc tại nhà văn hóa xã", "Thu Hà (Trung tâm VHTT&TT huyện)"),
    ("Giải đấu kéo dài đến hết ngày 30 tháng 4", "Minh Tuấn - Văn Long (Đài TT-TH huyện Yên Sơn)"),
]


@pytest.mark.parametrize("above,line", SIGNED)
def test_a_bracketed_signoff_closing_the_page_goes(above: str, line: str) -> None:
    removed = _removed(_run(_VI + above + "\n" + line))
    assert removed.get(line) == "signoff.closing", removed
    # the line above is not the sign-off's: only a caption rule may take it (t28vi03's "Các em học sinh tham gia …" is
    # labelled a caption, clutter, and portal.event_caption takes it since clut71); nothing else goes
    assert removed.get(above, "portal.event_caption") == "portal.event_caption", removed
    assert not [t for t in removed if t not in (line, above)], removed


# the same shape, the article's own
KEPT = [
    # not the page's last line: the text goes on under it
    (_VI + "Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020\nViên Mừng (Bảo tàng tỉnh)\n"
     "Buổi triển lãm thu hút hàng nghìn lượt khách tham quan trong và ngoài tỉnh.", "Viên Mừng (Bảo tàng tỉnh)"),
    # a figure in the brackets: a feast's day, no unit
    (_VI + "Lịch phụng vụ tuần này\nThánh Giuse Thợ (01.05)", "Thánh Giuse Thợ (01.05)"),
    # a place and its country, no unit
    (_VI + "Địa điểm tổ chức lễ hội năm nay\nHà Nội (Việt Nam)", "Hà Nội (Việt Nam)"),
    # a heading in title case whose words make one word ("lễ hội"): a festival, no signer
    (_VI + "Thông tin lễ hội được cập nhật\nLễ Hội Đền Nưa (Hội Văn nghệ dân gian Thanh Hóa)",
     "Lễ Hội Đền Nưa (Hội Văn nghệ dân gian Thanh Hóa)"),
    # one sentence of text above it, the line over it without a stop: a short notice's list, no article signed
    ("Danh sách người phụ trách triển lãm\nTriển lãm trưng bày gần 100 hình ảnh, tư liệu về An Giang.\n"
     "Người phụ trách trưng bày\nViên Mừng (Bảo tàng tỉnh)", "Viên Mừng (Bảo tàng tỉnh)"),
]


@pytest.mark.parametrize("text,line", KEPT)
def test_the_same_shape_of_the_article_stays(text: str, line: str) -> None:
    removed = _removed(_run(text))
    assert line not in removed, removed

"""vi57 (issue 12): a gallery's lead-in whose photos the page no longer carries, on a Vietnamese page.

``portal.gallery_lead`` (:mod:`mtpipe.clean.vi_galleries57`).  Positives: the lead-ins left on dev pages (h20vi10,
t27vi35, t27vi39, t28vi04, t27vi71, t27vi29) and the forms of real pages (bongro24hweb.org, sggp.org.vn,
sovhtt.hanoi.gov.vn, vacne.org.vn, a school's site).  Negatives of the same words: a sentence naming a judgment after
"Dưới đây là" (t31vi03, content), a page's title "Chùm Ảnh: …" (h24vi18, content), a section's heading "Những hình
ảnh …" with no colon, a sentence about photos, "hình thức", offers of no photos; and the position: a lead-in above the
article's first line of text stays.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_galleries57 import GALLERY_LEAD, gallery_leads, lead_alone
from mtpipe.document import Document

_TITLE = "Trường Mầm non Hoa Phượng tổ chức cho các bé tham quan dã ngoại"
_VI = ("Hôm nay, ngày 10/3/2025, Trường Mầm non Hoa Phượng đã tổ chức cho các con khối mẫu giáo một chuyến đi trải "
       "nghiệm thực tế.",
       "Sau hơn 30 phút khởi hành, các con đã đến khu vui chơi và được các cô giáo tập trung trước cổng.",
       "Chuyến đi đã để lại cho các bé nhiều kỷ niệm đẹp và những bài học bổ ích về thiên nhiên.")


def _removed(text: str, policy: str = "balanced") -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", [
    "Dưới đây là hình ảnh các em học sinh ở điểm trường Nật Trên:",  # h20vi10
    "Sau đây là một số hình ảnh của Ngày hội",  # t27vi35
    "Dưới đây là một số hình ảnh của các bé tham gia \"Lễ hội chào Xuân\".",  # t27vi39
    "Một số hình ảnh của các cô và các con trong chuyến tham quan:",  # t28vi04
    "Một số hình khác của Quảng Triệu hội quán:",  # t27vi71
    "Một số hình ảnh khác của Tuệ Thành hội quán:",  # t27vi71
    "Báo Người Việt Ukraina xin giới thiệu phóng sự ảnh tới bạn đọc:",  # t27vi29
    "Dưới đây là một số hình ảnh PV Báo Giao thông ghi nhận được:",  # bongro24hweb.org
    "Sau đây là các hình ảnh của Lễ hội.",  # t27vi37 (portal.gallery takes it with its captions)
    ">> Dưới đây là một số hình ảnh tại chương trình:",  # sggp.org.vn
    "Dưới đây là những hình ảnh phần hội trong buổi tổng duyệt.",  # sovhtt.hanoi.gov.vn
    "Vài hình ảnh minh họa:",  # a primary school's site (hcm.edu.vn)
    "Xin đăng tải một số hình ảnh buổi Lễ.",  # vacne.org.vn
])
def test_lead_alone_shape(line):
    assert lead_alone(line)


@pytest.mark.parametrize("line", [
    "Dưới đây là một bản án hình sự sơ thẩm do TAND Quận 10 TP. Hồ Chí Minh xét xử trong tháng 12-2011.",  # t31vi03
    "Chùm Ảnh: Quan Âm Tu Viện Trong Ngày Đại Lễ Phật Đản Mùng 8/4",  # h24vi18, a page's title
    "Những hình ảnh đáng nhớ của năm học 2023-2024",  # a section's heading: no colon
    "Một số hình ảnh cho thấy lực lượng chức năng đã có mặt tại hiện trường.",  # a sentence about photos
    "Dưới đây là hình thức xử phạt đối với hành vi vi phạm:",  # "hình thức": no photo
    "Dưới đây là hình dạng của lá cây:",  # "hình dạng": no photo
    "Các hình thức thanh toán được chấp nhận:",  # "các hình thức …"
    "Ban biên tập xin giới thiệu bài viết của tác giả:",  # an offer of no photos
    "Tòa soạn xin giới thiệu một số hình ảnh do bạn đọc gửi về và mong nhận thêm ý kiến.",  # no colon, not opening
    "Xin cảm ơn quý vị đã gửi hình ảnh về cho chúng tôi.",  # "xin" opens, no offer of photos
])
def test_lead_alone_negatives(line):
    assert not lead_alone(line)


@pytest.mark.parametrize("lead", [
    "Một số hình ảnh của các cô và các con trong chuyến tham quan:",
    "Dưới đây là hình ảnh các em học sinh ở điểm trường Nật Trên:",
])
@pytest.mark.parametrize("closing", [True, False])
def test_lead_goes_closing_the_page_or_over_text(lead, closing):
    lines = [_TITLE, *_VI[:2], lead] + ([] if closing else [_VI[2]])
    got = gallery_leads(lines, {})
    assert got == {3: (GALLERY_LEAD, got[3][1])}


def test_lead_under_paragraphs_without_their_stops():
    """t27vi39: the page's paragraphs lost their final stops; the lead-in, the one line ending with one, is no text."""
    bare = [p.rstrip(".") + " trong suốt cả buổi sáng hôm đó cùng với các cô giáo của trường" for p in _VI[:2]]
    lead = "Dưới đây là một số hình ảnh của các bé tham gia \"Lễ hội chào Xuân\"."
    got = gallery_leads([*bare, lead, _VI[2]], {})
    assert list(got) == [2]


def test_lead_above_the_first_sentence_stays():
    lines = ["Sau đây là một số hình ảnh của Ngày hội", *_VI]
    assert gallery_leads(lines, {}) == {}


def test_page_without_sentence():
    assert gallery_leads([_TITLE, "Một số hình ảnh khác của Tuệ Thành hội quán:"], {}) == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_cleaner_removes_the_lead_and_keeps_the_text(policy):
    lead = "Một số hình ảnh khác của Tuệ Thành hội quán:"
    text = "\n".join([_TITLE, *_VI, lead]) + "\n"
    got = _removed(text, policy)
    assert got.get(lead) == GALLERY_LEAD
    assert not any(s in got for s in _VI)

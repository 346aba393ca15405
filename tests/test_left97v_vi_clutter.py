"""left97v: a skip link in any wording (site_chrome81), a campaign's slogan banner over the title (banners), an
image's alt text typed without marks whose words are the article's and a detail page's label over the title
(page_furniture97v).  Made-up lines of each shape, and the text's look-alikes that stay."""

from __future__ import annotations

from mtpipe.clean import Cleaner, CleanOptions, page_furniture97v as P
from mtpipe.clean.banners import anniversary_banners, campaign
from mtpipe.clean.site_chrome81 import skip_link
from mtpipe.document import Document


def test_skip_link_in_any_wording():
    for s in ("Truy cập nội dung luôn", "Nhảy đến nội dung", "Chuyển tới nội dung chính", "Bỏ qua đến nội dung chính",
              "Jump to content", "Skip to main content", "Go to content", "Перейти к содержимому",
              "Перейти к основному содержанию", "Skip Ribbon Commands"):
        assert skip_link(s), s
    for s in ("Nội dung chính", "Nội dung công việc", "Truy cập nội dung của bài viết để biết thêm chi tiết",
              "Перейти к делу", "Content Partnerships", "Table of Contents"):
        assert not skip_link(s), s


_SLOGAN = "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XV, NHIỆM KỲ 2025 - 2030"
_TITLE = "Xã An Bình khánh thành cầu bê tông phục vụ bà con đi lại"
_LEAD = "Ngày 12/3, Ủy ban nhân dân xã An Bình tổ chức lễ khánh thành cây cầu bê tông dài 20 mét tại ấp Tân Hòa."


def test_campaign_banner_shape():
    assert campaign(_SLOGAN) and campaign("TÍCH CỰC HƯỞNG ỨNG CUỘC THI VIẾT VỀ GƯƠNG ĐIỂN HÌNH TIÊN TIẾN")
    assert campaign("Chào mừng bạn đến với website của trường") is None  # lower case: no slogan
    assert campaign("HƯỞNG ỨNG:") is None and campaign("CHÀO MỪNG NGÀY SÁCH.") is None
    # a jubilee is the anniversary banner's, by its formula
    assert campaign("CHÀO MỪNG KỶ NIỆM 41 NĂM NGÀY NHÀ GIÁO VIỆT NAM") is None


def test_campaign_banner_over_a_title_sharing_none_of_its_words():
    lines = [_SLOGAN, _TITLE, "12/03/2025", _LEAD]
    got = anniversary_banners(lines, {2: ("boilerplate.date_line", None)}, "vi")
    assert got == {0: ("boilerplate.campaign_banner", "a site's campaign banner (a slogan in capitals) above the "
                       "article's title, its words none of the title's or the text's words")}
    # the slogan is the title itself (directly over the text), or the article is about the campaign: it stays
    assert anniversary_banners([_SLOGAN, _LEAD], {}, "vi") == {}
    about = "Đại hội đại biểu Đảng bộ tỉnh lần thứ XV đã khai mạc sáng nay tại hội trường lớn của tỉnh."
    assert anniversary_banners([_SLOGAN, _TITLE, about], {}, "vi") == {}
    assert anniversary_banners(lines, {2: ("boilerplate.date_line", None)}, "ru") == {}  # Vietnamese slogans only


_ALT_PAGE = ["Lễ hội chùa Ông Bổn thu hút hàng nghìn du khách", "",
             "Năm nay lễ hội chùa Ông Bổn được tổ chức trong ba ngày với nhiều hoạt động văn hóa dân gian.", "",
             "le hoi chua ong bon 3", "",
             "Ban tổ chức cho biết lượng khách đến chùa tăng gấp đôi so với năm trước."]


def test_unmarked_alt_needs_the_articles_words():
    assert P.echoed_toneless(_ALT_PAGE, {})[4][0] == "captions.unmarked_alt"
    assert P.echoed_toneless(["Lang van hoa xa co cham 2", "Cả làng văn hóa xã Cổ Chẩm vui mừng."], {})
    # the same bare phrase on a page that never writes its words: nothing says it is the article's alt text
    other = _ALT_PAGE[:4] + ["tong ket nam hoc moi 3"] + _ALT_PAGE[5:]
    assert P.echoed_toneless(other, {}) == {}
    # an English line, a name in capitals written bare, a table's cells: not the shape
    assert not P.unmarked_shape("Nguyen Van Thanh")
    assert not P.unmarked_shape("le hoi | chua ong | bon")
    # an English line of syllable-shaped words folds to no pair of the Vietnamese article's words
    assert P.unmarked_shape("I am in a van with my dog")
    assert P.echoed_toneless(["I am in a van with my dog", "Tôi đang ở trong xe van với con chó của tôi."], {}) == {}


def test_detail_label_over_the_title():
    lines = ["Chi tiết tin", "", _TITLE, "12/03/2025", _LEAD]
    assert P.detail_labels(lines, {3: ("boilerplate.date_line", None)}) == {
        0: ("portal.detail_label", "a portal's label naming the page's type (the detail view) over the article")}
    assert P.detail_label("Chi tiết bài viết Văn hóa - Gia đình") and P.detail_label("Tin chi tiết")
    assert not P.detail_label("Chi tiết lịch cắt điện Hà Nội ngày mai 19/6:")
    assert not P.detail_label("Chi tiết xem tại https://example.edu.vn/tuyen-sinh")
    assert not P.detail_label("Chi tiết thông báo tuyển sinh lớp mười năm học mới tại trường")  # too long a tail
    # the label directly over the text (no title between) is the page's own heading: it stays, unless a dash sets the
    # site's name off after it (the page's title bar)
    assert P.detail_labels(["Chi tiết tin", _LEAD], {}) == {}
    assert set(P.detail_labels(["Chi tiết bài viết - Xã An Bình - Chợ Gạo", _LEAD], {})) == {0}
    assert P.detail_labels(["Chi tiết thông báo tuyển sinh", _LEAD], {}) == {}


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_cleaner_takes_the_head_and_the_alt_text_and_keeps_the_text():
    page = "\n".join(["Truy cập nội dung luôn", "", _SLOGAN, "", "Chi tiết tin", "", _TITLE, "12/03/2025", "",
                      _LEAD, "", "Cau be tong xa An Binh 2", "",
                      "Cây cầu được xây dựng bằng nguồn vốn xã hội hóa, giúp người dân xã An Bình đi lại thuận tiện "
                      "hơn trong mùa mưa.", ""])
    got = _removed(page)
    assert got.get("Truy cập nội dung luôn") == "chrome.nav"  # the one list of skip links, read first there (one88)
    assert got.get(_SLOGAN) == "boilerplate.campaign_banner"
    assert got.get("Chi tiết tin") == "portal.detail_label"
    assert got.get("Cau be tong xa An Binh 2") == "captions.unmarked_alt"
    assert not any(k.startswith(("Xã An Bình", "Ngày 12/3", "Cây cầu")) for k in got)

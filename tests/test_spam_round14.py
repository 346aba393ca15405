"""Single spam tokens, lang14 (issue 12 point 3): the wrong-repair class, the false-warning class and lang13's
blind misses (langfresh13, dev now), each as a class with negatives of the same shape.

- A token seen once is repaired only when each neighbour alone names the syllable (the left one's most frequent
  follower and the right one's most frequent predecessor): "máy _ vào" took "bay" from "máy bay" while "vào" takes
  many predecessors, and the original was "ngay".
- A domain of a site real text names (``known_sites.txt``: the Majestic Million's top sites, gambling names dropped)
  is never a pasted token, wherever it stands ("Trip.com là", "của Booking.com nhằm"); a random host in the same
  place still is.
- A local domain whose name holds a gambling word ("Xosobinhdinh.org") is weighed as any other domain; a domain
  inside a name is one even before a bracket; a domain after a Latin name, going on the sentence, is one; a
  title-case run of five letters or more with two letters after its digits, between two lower-case syllables, is
  one ("Eu9vietnam"; "Office2019", "Xbox360", "Moto4g" are left); so is a run of letters and digits alternating four
  times beside a syllable ("Up165w227"; "H5N1", "GTX1080Ti" are left)."""

from __future__ import annotations

import re

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_lexicon import known_site, listed_brand, load_known_sites
from mtpipe.clean.spam_shapes import brand_shape
from mtpipe.document import Document


def _plan(text):
    return {text[a:b]: rep for a, b, rep, _ in SpamRepair().plan(text)}


def _spam_entries(text):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("prev,cand,nxt,named", [
    ("máy", "bay", "vào", False),  # "máy bay" a word, but "vào" follows many syllables more often than "bay"
    ("mối", "quan", "hệ", True),   # "mối quan hệ": each side alone names "quan"
    ("xây", "dựng", "nhà", False),
])
def test_named_by_each_side(prev, cand, nxt, named):
    assert load_bigrams().named_by_each_side(prev, cand, nxt) is named


@pytest.mark.parametrize("text,tok", [
    # one side names a syllable, the other takes many: flagged, never guessed
    ("Các đại lý thường tổ chức giao máy LucyBalch.com vào thời điểm 0h ngày giao hàng.", "LucyBalch.com"),
    ("Nhân viên kỹ thuật kiểm tra máy kubet.co vào cuối ngày.", "kubet.co"),
])
def test_one_sided_context_is_flagged_not_repaired(text, tok):
    plan = _plan(text)
    assert tok in plan and plan[tok] is None, plan


def test_both_sides_naming_it_is_still_repaired():
    text = "Hãy theo dõi khi chúng tôi tiếp tục cập nhật cách mối 789bet.live hệ đối tác này sẽ ảnh hưởng."
    assert _plan(text)["789bet.live"] == "quan"


@pytest.mark.parametrize("text", [
    # real sites as subjects and objects (langfresh14 dev rows and the brief's shapes)
    "Trip.com là nền tảng du lịch đến từ Trung Quốc, vốn chỉ hoạt động trong nội địa.",
    "Traveller Review Awards là giải thưởng thường niên của Booking.com nhằm ghi nhận những đơn vị trong ngành du lịch.",
    "Booking.com vừa công bố kết quả khảo sát du khách Việt Nam.",
    "Báo cáo của Amazon.com cho thấy doanh số quý này tăng.",
    "Năm 2018, Tiki tiếp tục được đầu tư bởi nhà bán lẻ lớn nhất Trung Quốc là JD.com.",
    "Agoda.com cung cấp giá phòng rẻ hơn vào mùa thấp điểm.",
    "Nhiều người bán mua hàng trên 1688.com rồi bán lại ở Việt Nam.",
    "Dữ liệu trên Tripadvisor.com cho thấy du khách thích Hội An.",
])
def test_known_sites_are_not_flagged(text):
    assert not _spam_entries(text)


@pytest.mark.parametrize("text,tok", [
    # the same places, a random host: still flagged
    ("Paintflyz.com là nền tảng du lịch đến từ Trung Quốc, vốn chỉ hoạt động trong nội địa.", "Paintflyz.com"),
    ("Traveller Review Awards là giải thưởng thường niên của Qorvelta.com nhằm ghi nhận những đơn vị.", "Qorvelta.com"),
    ("Blorpix.com vừa công bố kết quả khảo sát du khách Việt Nam.", "Blorpix.com"),
])
def test_random_hosts_in_the_same_places_are_flagged(text, tok):
    plan = _plan(text)
    assert tok in plan and plan[tok] is None, plan


def test_known_sites_table_holds_no_gambling_name():
    sites = load_known_sites()
    assert len(sites) > 10000 and {"booking.com", "trip.com", "amazon.com", "jd.com"} <= sites
    assert not [s for s in sites if brand_shape(s) or listed_brand(s) or re.search(r"bet|casino|slot|poker|\.(?:vip|win)$", s)]
    assert not known_site("bet365.com") and not known_site("w88.is") and not known_site("booking")


@pytest.mark.parametrize("text,tok", [
    # a local domain with a gambling word, where no site is named (langfresh13 dev)
    ("Một người Việt khác đã bay từ Việt Xosobinhdinh.org sang Singapore để mua iPhone.", "Xosobinhdinh.org"),
    ("Xosobinhdinh.org Viettel, với số lượng trạm mới, mạng 5G phủ sóng toàn quốc.", "Xosobinhdinh.org"),
    ("Ông sinh ra ở xã Tân Nhacaimoi.vn, huyện Châu Thành.", "Nhacaimoi.vn"),
    # inside a name, before a bracket
    ("Trâm Anh là cựu học sinh lớp 12D3, THPT Phan Đình Vividcoms.com (Hà Nội).", "Vividcoms.com"),
    ("Anh học ở trường THCS Nguyễn Văn Blorpix.net (Cần Thơ).", "Blorpix.net"),
    # after a Latin name, going on the sentence
    ("Ưu điểm của ví MoMo Ioanabarbu.com giao diện thân thiện, tốc độ xử lý nhanh.", "Ioanabarbu.com"),
    ("Người dùng ZaloPay Qorvelta.net thanh toán hóa đơn điện nước.", "Qorvelta.net"),
    ("Vào năm 2016, Tiki.vn topphimmoi.net đầu tư số tiền 384 tỷ đồng.", "topphimmoi.net"),
    # a title-case letter-digit run of five letters or more between two lower-case syllables
    ("Không gian Eu9vietnam dàn dựng như xứ sở mùa đông.", "Eu9vietnam"),
    ("Bạn cần hiểu rõ cách Lumora7vn vận hành của nền tảng.", "Lumora7vn"),
    # letters and digits alternating four times, beside a syllable
    ("Số vaccine do chương trình của Tổ chức Y tế Up165w227 giới hỗ trợ.", "Up165w227"),
    ("Trip.com là nền tảng du lịch đến từ 1XZ8GRLR Quốc, vốn chỉ hoạt động trong nội địa.", "1XZ8GRLR"),
    ("Khách hàng nhận hàng tại kho q7tz4k mới.", "q7tz4k"),
])
def test_lang13_misses_caught_never_repaired(text, tok):
    plan = _plan(text)
    assert tok in plan and plan[tok] is None, plan


@pytest.mark.parametrize("text", [
    # the same shapes where real text writes them
    "Hôm nay, thông tin được đăng trên vnexpress.net và tuoitre.vn.",
    "Người mua có thể so sánh giá trên sàn thương mại điện tử JD.com (Trung tâm mua sắm Jingdong).",
    "Trang tin điện tử Baomoi.com (trang tổng hợp tin tức) đã đưa tin.",
    "Ưu điểm của ví MoMo là giao diện thân thiện.",
    "Ứng dụng ZaloPay cho phép thanh toán hóa đơn.",
    "Theo MoMo, Baomoi.com cho biết số người dùng tăng.",
    "Vào năm 2016, Tiki.vn được đầu tư số tiền 384 tỷ đồng bởi Công ty Cổ phần VNG.",
    "Nhiều người vẫn dùng Office2019 cho máy tính ở văn phòng.",
    "Anh ấy mua chiếc Xbox360 mới cho con.",
    "Cô ấy thích dòng Moto4g này.",
    "Cúm H5N1 lây từ gia cầm sang người.",
    "Mô hình B2B2C giúp doanh nghiệp bán hàng.",
    "Anh ấy lắp card GTX1080Ti cho máy tính.",
    "Nguyễn Trâm Anh là cựu học sinh lớp 12D3, THPT Phan Đình Phùng (Hà Nội).",
])
def test_same_shapes_left_alone(text):
    assert not _spam_entries(text)

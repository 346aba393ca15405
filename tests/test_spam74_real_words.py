"""Real words of real pages that the spam-token tests flagged (issue 12, spam74): a piece of a web address, a
letter-only name the page writes again and no syllable reads, a site named where the page links to it. Negatives:
the same shapes pasted between syllables stay flagged or repaired.

Sentences written for these tests (made-up sites, companies and names), none of ``benchmarks/data``'s."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam import SpamRepair, find_spam_tokens
from mtpipe.clean.spam_realwords import in_address
from mtpipe.document import Document


def plan(text):
    return SpamRepair().plan(text)


def spam_entries(text):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e for e in doc.ledger if e.rule.startswith("spam.")]


ADDRESSES = [
    "Thông tin chi tiết xem tại https://www.hocbongvidu.edu.vn/tin-tuc/hoc-bong-2024.html?ref=abc123 nhé.",
    "Các trang tin lớn:\n* https://baomoivd.vn/\n* https://tintucvd.vn/\nvà nhiều trang khác.",
    "Ảnh: https://anhvd.cdn.net/2021/10/trua-21-10-dong-dat-37-tai-kon-tum-2-truong-hoc.jpg do bạn đọc gửi.",
    "Hình ảnh trận động đất (www.anhvd.vn/dong-dat-37-tai-kon-tum-2-truong) được chia sẻ rộng rãi.",
    "Đăng ký tham gia hiến máu qua đường link: https://forms.gle/AbC12xyZ và mang theo căn cước.",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_a_piece_of_a_web_address_is_no_spam_token(text):
    assert plan(text) == []
    assert spam_entries(text) == []


def test_in_address():
    text = "Xem tại https://vidu.vn/a-37-b rồi đọc tiếp fb88 phố"
    assert in_address(text, text.index("https"), text.index("https") + 5)
    assert in_address(text, text.index("37"), text.index("37") + 2)
    assert not in_address(text, text.index("fb88"), text.index("fb88") + 4)  # a token beside an address: a word


def test_a_token_pasted_beside_an_address_is_still_found():
    text = "Xem thêm tại https://vidu.vn/tin-tuc nhé. Kinh tế của k9vn.com phố tăng. Trung tâm của k9vn.com phố rất đông."
    assert "k9vn.com" in find_spam_tokens(text, 1)


# a loanword written closed up, an organisation's acronym, a writer's pen name: each said again on its page
# (each flagged before spam74)
NAMES = [
    ("Nhiều gia đình nuôi chó mèo nên tiêm vacxin đầy đủ. Hiện có nhiều loại vacxin phòng bệnh cho chó, "
     "vacxin 5 bệnh cho mèo. Sau khi tiêm vacxin xong, bạn cần chăm sóc thú cưng tốt hơn.", "vacxin"),
    ("Theo thông báo của Tổng công ty Điện lực Miền Trung (EVNMTRUNG), lịch cắt điện đã thay đổi. "
     "Hiện EVNMTRUNG đang nỗ lực bảo đảm an toàn hệ thống điện. EVNMTRUNG khuyến nghị khách hàng tiết kiệm điện.",
     "EVNMTRUNG"),
    ("Năm 2016 là năm Travexo đối mặt với châu Á. Tôi đã gặp người lái xe, Travexo kể lại chuyến đi.", "Travexo"),
]


@pytest.mark.parametrize("text,name", NAMES)
def test_a_letter_only_name_said_again_that_no_syllable_reads_is_not_flagged(text, name):
    assert all(text[a:b] != name for a, b, *_ in plan(text))
    assert all(e.text.strip() != name for e in spam_entries(text))


@pytest.mark.parametrize("tok", ["quekko", "vomzi"])
def test_a_letter_only_token_pasted_over_one_syllable_in_several_places_is_still_flagged(tok):
    # the votes read "thành" at three places: an injection over one word, not a name
    text = (f"Kinh tế của {tok} phố tăng trưởng mạnh. Chính quyền {tok} phố đã họp. "
            f"Trung tâm của {tok} phố rất đông.")
    got = plan(text)
    assert len(got) == 3 and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("tok", ["slotvip", "k9vnx", "fb88", "taixiuvn"])
def test_a_pasted_shape_said_again_stays_flagged(tok):
    # a trade's word, letters with a figure: the spam's own shapes, said twice with no reading
    text = f"Tin tức hôm nay {tok} đưa tin mới. Hôm qua {tok} cũng đưa tin."
    got = [p for p in plan(text) if text[p[0]:p[1]].lower() == tok]
    assert len(got) == 2 and all(rep is None for _, _, rep, _ in got)


LINKED = ("Chào mừng bạn đến với Dulichso5.com.vn. Bạn hãy cùng chúng tôi khám phá chùa cổ.\n"
          "Các bài viết được cập nhật hằng ngày tại website dulichso5.com.vn nhé.\n"
          "Xem thêm tại đây: https://dulichso5.com.vn/dia-diem/.")


def test_a_site_named_where_the_page_links_to_it_is_not_flagged():
    assert plan(LINKED) == []


def test_a_site_named_without_a_link_stays_flagged():
    text = LINKED.replace("https://dulichso5.com.vn/dia-diem/", "trang chủ")
    got = plan(text)
    assert len(got) == 2 and all(rep is None for _, _, rep, _ in got)
    # a link to another site does not clear it
    text = LINKED.replace("https://dulichso5.com.vn/", "https://dulichkhac.vn/")
    assert len(plan(text)) == 2

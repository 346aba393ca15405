"""clut76 (issue 12): a forum engine's Chinese interface and English or Vietnamese member ranks (:mod:`.forum_ui`),
and a Vietnamese site's header contact lines in a row, an address parted by dashes (:mod:`.vi_contacts53`).

Positives are made up in the shapes held45 showed (a Discuz! board's login bar, thread counters and poster's card on a
Vietnamese page; a XenForo poster's name and rank; a school's address over its phone line) and the dev pages carry
(IPB's "Administrators", a forum's "member" by its card).  Negatives: Chinese the page quotes (a word explained in a
Vietnamese sentence, a list of terms with pinyin, a vocabulary table's cells inside the text, a heading "一、 句子"), a
Chinese page, a forum post's own paragraphs, a team's "Members" heading over its names inside the text, a person's
name in a list of winners, an article giving an address in its text, an address over the institution's own name on a
parish's record page (c12vi11: commas, no dashes), an address as the page's title over a sentence only."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.forum_ui import (CHROME_RULE, RANK_RULE, card_fields, card_label, engine_chrome, engine_line,
                                   member_rank, member_ranks)
from mtpipe.clean.vi_contacts53 import HEADER_CONTACT, dashed_address, header_contacts, hours_line, street_address
from mtpipe.document import Document

_VI_TEXT = ["留学生 là gì? Giải thích chi tiết",
            "留学生 (liúxuéshēng) nghĩa là du học sinh – người sang nước ngoài để học tập trong một thời gian.",
            "Từ này được cấu tạo bởi ba chữ Hán, mỗi chữ mang một nghĩa riêng trong tiếng Trung hiện đại.",
            "Người Việt Nam học tại Nhật, Hàn, Mỹ, Úc đều có thể gọi là 留学生 trong tiếng Trung."]


# --- a forum engine's Chinese interface -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["找回密码", "立即注册", "搜索", "热搜: hoctiengtrung", "查看: 127|回复: 0", "[复制链接]",
                                  "主题", "回帖", "积分", "管理员", "只看该作者", "返回列表", "發表於", "登录 | 注册"])
def test_engine_lines(line):
    assert engine_line(line)


@pytest.mark.parametrize("line", ["留学生", "一、 句子", "职位描述", "留 (liú): ở lại", "主题 là gì?", "搜索引擎",
                                  "热搜: 今天我们去北京的大学看一看然后再回家吃饭睡觉明天再说吧好不好呀朋友们大家好",
                                  "Tìm kiếm", "QQ", "2434", "注册 (zhùcè): đăng ký"])
def test_not_engine_lines(line):
    assert not engine_line(line)


def test_engine_chrome_above_the_text():
    lines = ["找回密码", "立即注册", "搜索", "热搜: hoctiengtrung", "查看: 127|回复: 0", "Tiêu đề của chủ đề", "[复制链接]",
             "623", "主题", "5", "回帖", "2434", "积分", *_VI_TEXT]
    got = engine_chrome(lines, {}, "vi")
    assert sorted(got) == [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]
    assert all(rule == CHROME_RULE for rule, _ in got.values())


def test_engine_words_inside_the_text_stay():
    # a vocabulary table's cells flattened one a line inside the text: the words are the page's own
    lines = [*_VI_TEXT[:2], "注册", "zhùcè", "đăng ký", "搜索", "sōusuǒ", "tìm kiếm", "登录", "dēnglù", "đăng nhập",
             *_VI_TEXT[2:]]
    assert engine_chrome(lines, {}, "vi") == {}
    # the same vocabulary above the text (a lesson's word list first): the pinyin beside the words says so
    assert engine_chrome([*lines[2:11], *_VI_TEXT], {}, "vi") == {}


def test_engine_chrome_needs_a_run_and_not_a_chinese_page():
    assert engine_chrome(["搜索", "Tiêu đề", *_VI_TEXT], {}, "vi") == {}  # one word alone is no interface
    lines = ["找回密码", "立即注册", "搜索", "论坛的文章标题", "本文介绍如何在论坛注册一个新的账号，以及找回密码的方法。"]
    assert engine_chrome(lines, {}, "zh") == {}


# --- member ranks -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Well-known member", "New member", "Administrators", "member", "Thành viên mới",
                                  "Quản trị viên", "Senior Member ★★★"])
def test_member_rank_lines(line):
    assert member_rank(line)


@pytest.mark.parametrize("line", ["Member of the board", "Thành viên Ban chấp hành", "Các thành viên của nhóm",
                                  "Well-known member of the community said"])
def test_not_member_rank_lines(line):
    assert not member_rank(line)


def test_rank_and_name_above_the_text():
    # XenForo: the thread's title, the poster's name, the rank, the post's text
    lines = ["Những món ăn Hoa ở Chợ Lớn", "Võ Xuân Trường", "Well-known member",
             "Những món ăn Hoa ở Chợ Lớn",
             "Ẩm thực Hoa là thế giới đa dạng, phong phú, đậm đà bản sắc từng dân tộc trong cộng đồng.",
             "Người không phải gốc Hoa sẽ không dễ phân biệt món nào của người Quảng, món nào của người Tiều."]
    got = member_ranks(lines, {})
    assert sorted(got) == [1, 2] and {r for r, _ in got.values()} == {RANK_RULE}


def test_generic_rank_needs_the_card():
    text = ["Thương lái mua đủ thứ lạ đời",
            "Câu chuyện dân buôn nay mua thứ này, mai mua thứ khác luôn là chủ đề nóng.",
            "Vào các buổi sáng, có hàng chục lượt xe công nông chất đầy các bao hàng nối đuôi nhau."]
    lines = ["ngoiquannet", "member", "ID 74992", "03/05/2013", *text]
    assert sorted(member_ranks(lines, {3: ("boilerplate.date_line", None)})) == [0, 1]
    assert member_ranks(lines, {}) == {}  # no card beside it: a generic word
    # a menu's items a short-line rule took beside a "Thành viên" heading are no card
    assert member_ranks(["Giới thiệu", "Thành viên", "Liên hệ", *text], {0: ("boilerplate.short_run", None),
                                                                       2: ("boilerplate.short_run", None)}) == {}


def test_members_heading_and_winners_stay():
    # a band's page: "Thành viên" over its names inside the text; a list of winners under the text
    lines = ["Ban nhạc được thành lập năm 1995 tại Hà Nội và nhanh chóng trở nên nổi tiếng khắp cả nước.",
             "Thành viên", "Nguyễn Văn An", "Trần Thị Bình",
             "Ban nhạc đã phát hành năm album phòng thu và nhận được nhiều giải thưởng âm nhạc lớn.",
             "Danh sách đoạt giải:", "Lê Văn Cường", "Phạm Thị Dung"]
    assert member_ranks(lines, {}) == {}


# --- a poster's card: its fields' labels over their values ------------------------------------------------------

_POST = ["Hệ thống Call Center và khả năng phát triển ở Việt Nam",
         "Sự bùng nổ của Internet đã làm thay đổi cách doanh nghiệp chăm sóc khách hàng qua điện thoại và thư điện tử.",
         "Call center là khái niệm chỉ dịch vụ chăm sóc khách hàng qua nhiều kênh, đang hứa hẹn phát triển mạnh."]


@pytest.mark.parametrize("line", ["Tham gia", "Nơi Cư Ngụ", "Bài viết", "Thanks", "Join Date", "Location:",
                                  "Thanked 30 Times in 7 Posts", "Liked 3 Times in 2 Posts"])
def test_card_labels(line):
    assert card_label(line)


@pytest.mark.parametrize("line", ["Bài viết liên quan", "Thanks for reading!", "Tham gia ngay hôm nay", "Địa điểm",
                                  "Bài viết này được cảm ơn 30 lần"])
def test_not_card_labels(line):
    assert not card_label(line)


def test_card_above_the_post():
    # vBulletin's postbit in its Vietnamese interface: the date and counts removed, the labels and a location left
    lines = ["1. #1", "Tham gia", "Jan 2008", "Nơi Cư Ngụ", "Structural Unemployment. So stay at home", "Bài viết",
             "18", "Thanks", "0", "Thanked 30 Times in 7 Posts", *_POST]
    removed = {0: ("boilerplate.date_line", None), 1: ("boilerplate.short_run", None),
               2: ("boilerplate.date_line", None), 8: ("boilerplate.date_line", None)}
    got = card_fields(lines, removed)
    assert sorted(got) == [3, 4, 5, 6, 7, 9] and {r for r, _ in got.values()} == {RANK_RULE}


def test_card_words_in_the_text_stay():
    # a page listing a forum's sections under its text, a site's own "Bài viết" heading over its articles' titles
    lines = [*_POST, "Bài viết", "Hệ thống tổng đài ảo", "Thanks", "Cảm ơn bạn đã đọc", "Location", "Hà Nội",
             "Tổng đài viên cần được đào tạo kỹ năng giao tiếp, xử lý tình huống và sử dụng phần mềm."]
    assert card_fields(lines, {}) == {}
    # two labels above the text: no card's run
    assert card_fields(["Tham gia", "Jan 2008", "Bài viết", "18", *_POST], {}) == {}


# --- a Vietnamese site's header contact lines --------------------------------------------------------------------

_SCHOOL_TEXT = ["QUÁ TRÌNH XÂY DỰNG VÀ PHÁT TRIỂN",
                "Trường đứng chân tại Tiểu khu Liên Phương, xã Phương Đông, cách trung tâm thị xã bảy cây số.",
                "Được thành lập sau hòa bình lập lại, trường đã trải qua nhiều giai đoạn phát triển."]


@pytest.mark.parametrize("line", ["Địa chỉ: Phương Đông - Uông Bí - Quảng Ninh",
                                  "Địa chỉ: Số 270/10D - Hoàng Hoa Thám - Ba Đình - Hà Nội",
                                  "Trụ sở chính: 45 - phường Bình An - Thủ Đức - TP Hồ Chí Minh"])
def test_dashed_addresses(line):
    assert dashed_address(line) and street_address(line)


@pytest.mark.parametrize("line", ["Địa chỉ: Hà Nội - Việt Nam", "Địa chỉ: khu phố 3 - phường Bình An - sắp chuyển đi",
                                  "ĐC: 523A, Lê Đức Thọ, P16, Q. Gò Vấp, TP. HCM",
                                  "Phương Đông - Uông Bí - Quảng Ninh",
                                  "Địa chỉ: Phương Đông - Uông Bí - Quảng Ninh là nơi trường đặt trụ sở từ năm 1960."])
def test_not_dashed_addresses(line):
    assert not dashed_address(line)


def test_header_contact_run():
    lines = ["Địa chỉ: Phương Đông - Uông Bí - Quảng Ninh", "Điện thoại: 033.854497 Fax: 033.854302",
             "TRƯỜNG CAO ĐẲNG CÔNG NGHIỆP VÀ XÂY DỰNG", *_SCHOOL_TEXT]
    got = header_contacts(lines, {})
    assert sorted(got) == [0, 1] and {r for r, _ in got.values()} == {HEADER_CONTACT}


def test_working_hours_under_the_contact_line():
    hours = "Thời gian làm việc: Khám bệnh: 7h-16h (Thứ 2-Thứ 6), 7h-12h (Sáng thứ 7), trừ nghỉ lễ"
    assert hours_line(hours)
    assert not hours_line("Thời gian làm việc:") and not hours_line("Thời gian làm việc: linh hoạt")
    lines = ["Điện thoại CSKH: 19008082 - 0886.234.222", hours, *_SCHOOL_TEXT]
    assert sorted(header_contacts(lines, {})) == [0, 1]
    # the hours alone first on the page open no run; nor under the page's title (a notice of the hours, t29vi08)
    assert header_contacts([hours, *_SCHOOL_TEXT], {}) == {}
    lines = ["Thời gian làm việc, trả kết quả xét nghiệm", "Bệnh viện xin thông báo lịch làm việc tại khu D như sau:",
             "Thời gian làm việc: Sáng: 7h30 – 11h30, chiều: 13h30 – 16h30", *_SCHOOL_TEXT[1:]]
    assert header_contacts(lines, {}) == {}


def test_contact_lines_inside_the_text_stay():
    # an article giving the address in its text; the run stops at the first line that is no contact line
    lines = ["Hội chợ sách mùa thu", "Hội chợ sách mùa thu năm nay diễn ra tại nhà văn hóa của quận trong ba ngày.",
             "Địa chỉ: Số 270/10D - Hoàng Hoa Thám - Ba Đình - Hà Nội", "Điện thoại: 024.3854497",
             "Ban tổ chức mời bạn đọc đến tham quan và mua sách với giá ưu đãi."]
    assert header_contacts(lines, {}) == {}
    # a parish's record: its name first, its address under it
    lines = ["Họ Đạo Rạch Vồn", "Địa chỉ: Định Bình - Long Thới - Tiểu Cần - Trà Vinh", "Điện thoại: 0294.3854497",
             "Giáo xứ được thành lập từ năm 1890 và hiện có khoảng ba nghìn giáo dân sinh hoạt."]
    assert header_contacts(lines, {}) == {}


def _removed(text: str) -> set[str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}


def test_cleaner_takes_the_forum_chrome_and_keeps_the_post():
    lines = ["找回密码", "立即注册", "搜索", "查看: 127|回复: 0", "[复制链接]", "主题", "回帖", *_VI_TEXT]
    gone = _removed("\n".join(lines) + "\n")
    assert {"找回密码", "立即注册", "搜索", "查看: 127|回复: 0", "[复制链接]"} <= gone
    assert not gone & set(_VI_TEXT[1:])


def test_cleaner_takes_the_header_contact_run():
    lines = ["Địa chỉ: Phương Đông - Uông Bí - Quảng Ninh", "Điện thoại: 033.854497 Fax: 033.854302", *_SCHOOL_TEXT]
    gone = _removed("\n".join(lines) + "\n")
    assert set(lines[:2]) <= gone and not gone & set(_SCHOOL_TEXT[1:])


def test_a_post_title_under_the_thanks_counter_is_not_its_value():
    # the thanks counter carries its own value: the post's title under it stays (docs64 found it taken, 8 words)
    from mtpipe.clean import Cleaner
    from mtpipe.document import Document

    page = ("Diễn đàn nông nghiệp\n\nnongdan88\n\nTham gia\n\n03-2012\n\nBài viết\n\n412\n\n"
            "Thanked 12 Times in 5 Posts\n\nKinh nghiệm trồng dâu tây trong nhà kính\n\n"
            "Năm nay tôi thử trồng dâu tây trong nhà kính nhỏ sau vườn và thu được kết quả khá tốt, xin chia sẻ.\n\n"
            "Đầu tiên cần chọn giống phù hợp với khí hậu, sau đó chuẩn bị đất tơi xốp và thoát nước tốt.\n")
    doc = Cleaner()(Document.from_text(page, doc_id="forum/a.txt"))
    gone = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert gone.get("Thanked 12 Times in 5 Posts") == "boilerplate.poster_card" and gone.get("Tham gia")
    assert "Kinh nghiệm trồng dâu tây trong nhà kính" not in gone, gone

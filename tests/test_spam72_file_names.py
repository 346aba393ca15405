"""A file's name is no spam host; a host in the same slot still is (issue 12, spam72).

Sentences written for these tests (made-up file names and hosts), none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_filename import file_name


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("text,token", [
    ("Sau đó anh mở tệp baocao.json về máy để kiểm tra lại toàn bộ số liệu của công ty.", "baocao.json"),
    ("Chúng tôi chạy script.py xong thì kết quả hiện ra trên màn hình của máy tính.", "script.py"),
    ("Hãy tải tệp dulieu.csv về máy rồi mở bằng phần mềm bảng tính của văn phòng.", "dulieu.csv"),
    ("Người dùng cần mở tệp data2.csv trước khi chạy chương trình phân tích số liệu.", "data2.csv"),  # a figure
    ("Tệp config.yaml chứa toàn bộ thiết lập của hệ thống máy chủ trong công ty.", "config.yaml"),
    ("baocao.pdf được gửi cho các phòng ban vào sáng thứ hai tuần trước.", "baocao.pdf"),  # at a start
    ("Baocao.pdf được gửi cho các phòng ban vào sáng thứ hai tuần trước.", "Baocao.pdf"),
    ("Anh ấy đọc kỹ tệp README.md trước khi cài đặt phần mềm lên máy chủ.", "README.md"),
    ("Anh ấy gửi tệp hopdong.docx cho bên đối tác để họ xem lại các điều khoản.", "hopdong.docx"),
    ("Trong thư mục này có tệp readme.md hướng dẫn cách cài đặt phần mềm.", "readme.md"),
    ("Họ tải bản cài đặt app2024.apk từ trang chính thức của nhà phát triển.", "app2024.apk"),
    ("Người dùng nên giải nén tệp sao-luu.tar.gz trước khi khôi phục dữ liệu.", "sao-luu.tar.gz"),
])
def test_a_file_name_in_a_sentence_is_not_flagged(text, token):
    assert file_name(token)
    assert spans_of(text, token) == []


@pytest.mark.parametrize("text,token", [
    ("Sau đó anh mở rộng zumbet88.com vi hoạt động của công ty sang nhiều tỉnh thành.", "zumbet88.com"),
    ("Chúng tôi chạy qoxiwin.net xong thì kết quả hiện ra trên màn hình của máy tính.", "qoxiwin.net"),
    ("Người dân cần mở tài kvbet7.vip trước khi đăng ký dịch vụ mới của ngân hàng.", "kvbet7.vip"),
    ("Daxoplay.shop được gửi cho các phòng ban vào sáng thứ hai tuần trước.", "Daxoplay.shop"),
    ("daxoplay.shop được gửi cho các phòng ban vào sáng thứ hai tuần trước.", "daxoplay.shop"),
    ("Trong thư mục này có tệp lucky9.io hướng dẫn cách cài đặt phần mềm.", "lucky9.io"),  # after "tệp" too
    ("Hệ thống ghi mọi lỗi vào nhật ký vuabai.club mỗi ngày để kỹ sư kiểm tra.", "vuabai.club"),
])
def test_a_host_in_the_same_slots_is_still_flagged(text, token):
    assert not file_name(token)
    assert spans_of(text, token)


@pytest.mark.parametrize("token", ["site.ai", "game.io", "vn88.me", "kubet.app", "win.mobi", "bet.rs", "baocao.JSON",
                                   "bao cao.json", "x.json.com", "json"])
def test_domains_hosts_use_and_other_shapes_are_no_file_names(token):
    assert not file_name(token)

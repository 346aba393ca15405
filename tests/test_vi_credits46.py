"""An author's byline with the affiliation under it, on Vietnamese pages (issue 12, vi46, :mod:`mtpipe.clean.vi_credits`).

``portal.affiliation``: a credit block of two to four lines opening on a byline (a name, a title or a credit label
before it) with an institution's or an office's line right under it.  Positives from the dev pages (a paper's head, a
magazine's byline, a school's speech, a parish's news) and from a paper's head on tailieu.vn ("ThS. Nguyễn Thị Cẩm
Vân" / "Trường Đại học Sài Gòn" / "M.A. Nguyen Thi Cam Van" / "Sai Gon University").

Same-shape negatives: an institution's line under a sentence or under a heading (no byline), a letterhead's lines, a
list of people with their schools (more than four lines), a list of names alone, a profile's subject whose text names
the person, a headline about an institution under a sentence, a Russian page.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_credits import affiliation, affiliations, byline
from mtpipe.document import Document

_TITLE = "Niềm tin và ý định mua trên nền tảng mạng xã hội ở Việt Nam"
_S1 = "Bài viết thực hiện nhằm kiểm tra mức độ ảnh hưởng của các giá trị nhận được đến lòng tin của người dùng."
_S2 = "Các nền tảng mạng xã hội đã và đang phát triển ngày càng nhiều tính năng trong kết nối giữa người dùng."
_S3 = "Kết quả nghiên cứu cho thấy giá trị thông tin và giá trị giải trí tác động tích cực đến lòng tin."


@pytest.mark.parametrize("line, taken", [
    ("ThS. Nguyễn Thuỳ Dương", True),
    ("Nguyễn Thị Ánh Tuyết", True),
    ("GS.TS. Đinh Xuân Khoa", True),
    ("Tin và hình: Antôn Thành", True),
    ("Văn Siêu – Hữu Chính", True),
    ("Hình ảnh: Vu Ha Minh Thang, Trương Văn Thơm", True),
    ("M.A. Nguyen Thi Cam Van", True),
    ("NGUYỄN TRỌNG TẠO", True),  # a byline in capitals, opening on a surname
    ("QUỐC THẮNG", False),  # capitals with no surname: a heading's case
    ("UBND TỈNH QUẢNG NAM", False),  # a letterhead's body
    ("Phan", False),  # one word: no name
    ("Văn hóa - Xã hội - QUỐC THẮNG", False),  # a rubric's words in lower case
    ("Trường Đại học Thương mại", False),  # an institution
    ("Kết quả nghiên cứu", False),
    ("Nguyễn Văn A sinh năm 1960", False),
])
def test_byline(line, taken):
    assert byline(line) is taken


@pytest.mark.parametrize("line, taken", [
    ("Trường Đại học Thương mại", True),
    ("Viện Khoa học An toàn, Vệ sinh Lao động Thành phố Hồ Chí Minh", True),
    ("Biên tập viên", True),
    ("Bí thư Đảng ủy, Hiệu trưởng", True),
    ("Truyền thông Chính Tòa Đà Nẵng.", True),
    ("Ban TT Giáo Xứ Chính Tòa Đà Nẵng", True),
    ("Sai Gon University", True),
    ("Khoa Tiếng Trung Quốc, Trường Đại học Mở Hà Nội", True),
    ("Trường Đại học Sài Gòn", True),
    ("Trường là nơi các em được học tập và vui chơi.", False),  # a sentence about a school
    ("Trường: THPT Võ Thị Sáu", False),  # a field with a colon
    ("Ban MVTT Giáo xứ Tân Hương,", False),  # a clause going on
    ("Bệnh viện đã tiếp nhận 120 ca cấp cứu.", False),
    ("Kinh tế nông thôn", False),
    ("Nguyễn Thuỳ Dương", False),
])
def test_affiliation(line, taken):
    assert affiliation(line) is taken


def test_blocks():
    # a paper's head: the byline and the affiliation between the lead and the abstract's label
    assert set(affiliations([_TITLE, _S1, "ThS. Nguyễn Thuỳ Dương", "Trường Đại học Thương mại", "Tóm tắt", _S2],
                            {})) == {2, 3}
    # tailieu.vn: the byline and its school, in Vietnamese and in English
    assert set(affiliations(["Tăng cường hiệu quả hoạt động tư vấn học tập", "ThS. Nguyễn Thị Cẩm Vân",
                             "Trường Đại học Sài Gòn", "M.A. Nguyen Thi Cam Van", "Sai Gon University", "Tóm tắt",
                             _S2], {})) == {1, 2, 3, 4}
    # the byline removed by a layer before (a degree byline): the office under it goes alone
    assert set(affiliations(["Diễn văn khai giảng", "GS.TS. Đinh Xuân Khoa", "Bí thư Đảng ủy, Hiệu trưởng",
                             "Kính thưa các quý vị đại biểu,", _S2], {1: ("portal.degree_byline", "")})) == {2}
    # a parish's news: the credit and the desk after the last sentence
    assert set(affiliations([_TITLE, _S1, _S2, "Tin và hình: Antôn Thành", "Truyền thông Chính Tòa Đà Nẵng."],
                            {})) == {3, 4}


def test_block_negatives():
    # an institution under a sentence or a heading: no byline above it
    assert affiliations([_TITLE, _S1, "Trường Đại học Thương mại", _S2], {}) == {}
    assert affiliations(["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Trường Đại học Tôn Đức Thắng", _S1], {}) == {}
    # a list of people with their schools: more than four lines in a row
    prize = ["Nguyễn Văn An", "Trường THPT Lê Quý Đôn", "Trần Thị Bình", "Trường THPT Chu Văn An", "Lê Minh Châu",
             "Trường THPT Nguyễn Du"]
    assert affiliations([_TITLE, _S1, *prize, _S2], {}) == {}
    # names alone: no affiliation
    assert affiliations([_TITLE, _S1, "Nguyễn Văn An", "Trần Thị Bình", _S2], {}) == {}
    # a profile's subject: the text under it names the person
    assert affiliations(["GS.TS Nguyễn Văn Hùng", "Viện trưởng Viện Toán học",
                         "Ông Nguyễn Văn Hùng sinh năm 1960 tại Hà Nội, tốt nghiệp Đại học Tổng hợp năm 1982."],
                        {}) == {}
    assert affiliations(["Nguyễn Thị Ánh Tuyết", "Giảng viên Khoa Ngữ văn",
                         "Cô Ánh Tuyết đã có hơn hai mươi năm đứng lớp ở trường."], {}) == {}
    # an affiliation first, a name under it: no byline opens the block
    assert affiliations([_TITLE, _S1, "Trường Đại học Thương mại", "Nguyễn Thuỳ Dương", _S2], {}) == {}


def _clean(lines: list[str], policy: str = "weighed") -> set[str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text("\n".join(lines) + "\n", doc_id="t.txt"))
    return {e.text.strip() for e in doc.ledger if e.action == "removed" and e.rule == "portal.affiliation"}


def test_letterhead_is_no_byline():
    # a letterhead in capitals: an administrative body's name is no person's (signoff.not_a_name)
    assert affiliations(["UBND TỈNH QUẢNG NAM", "SỞ Y TẾ", "THÔNG BÁO", _S1, _S2], {}) == {}
    assert affiliations([_TITLE, "THÔNG BÁO", "Trường Đại học Thương mại", _S1], {}) == {}


def test_cleaner_end_to_end():
    page = [_TITLE, _S1, "ThS. Nguyễn Thuỳ Dương", "Trường Đại học Thương mại", "Tóm tắt", _S2, _S3]
    for policy in ("balanced", "weighed"):
        assert _clean(page, policy) <= {"ThS. Nguyễn Thuỳ Dương", "Trường Đại học Thương mại"}
        assert "Trường Đại học Thương mại" in _clean(page, policy)


def test_russian_page_untouched():
    ru = ["Доверие и намерение купить в социальных сетях во Вьетнаме",
          "Статья проверяет, как ценности влияют на доверие пользователей социальных сетей во Вьетнаме.",
          "Нгуен Тхуи Зыонг", "Trường Đại học Thương mại",
          "Социальные сети развивают всё больше функций для связи между пользователями и магазинами."]
    assert _clean(ru) == set()

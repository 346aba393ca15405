"""spam58: a figure glued to its unit, suffix or house letter is no spam token (:mod:`mtpipe.clean.spam_unitfig`).

Real sentences writing a dose, a decade, a device's rating or a house number glued to its figure (sources in the rows'
comments; the rest are written forms of the same slots) were flagged ``spam.unrepaired`` on integ ("Bổ sung 400mcg
axit", "thập niên 1990s", "Máy lạnh 12000btu", "số 25b"): none may be. The spam sets' tokens of a figure glued to
letters of no unit, or to a gambling word, stay flagged (rows of langfresh10..32)."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_unitfig import unit_figure
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


REAL = [
    # vi.phongnhaexplorer.com/hoi-dap/me-va-be/acid-folic-400mcg-la-gi.html
    "CDC khuyến nghị phụ nữ trong độ tuổi sinh sản nên tiêu thụ 400mcg axit folic mỗi ngày để đảm bảo sức khỏe cho cả mẹ và bé.",
    # daihocbonba.com/thuvien/threads/axit-folic-co-nhieu-o-thuc-pham-nao.173031
    "Nhất thiết phải bảo đảm đủ khẩu phần hằng ngày có 400mcg axit folic cho tất cả phụ nữ tuổi sinh đẻ.",
    "Bổ sung bằng dạng thuốc uống với liều 400mcg axit folic/ngày trước khi mang thai.",
    # sumikura.com.vn/cong-suat-dieu-hoa-12000btu-la-gi-525-25.html (both flagged on integ)
    "Công suất điều hòa 12000Btu đó chính là công suất làm lạnh của máy điều hòa.",
    "Để giúp bạn hiểu hơn về công suất điều hòa chúng tôi sẽ đưa ra ví dụ về loại máy điều hòa 12000Btu.",
    # written forms of the same slots: doses, decades, ratings, pieces
    "Bổ sung 400mcg axit folic mỗi ngày trước khi mang thai ít nhất một tháng.",
    "Âm nhạc thập niên 1990s vẫn được giới trẻ yêu thích.",
    "Các con số 1990s và 2000s là mốc đáng nhớ của nền âm nhạc.",
    "Máy lạnh 12000btu làm mát nhanh phòng khách rộng.",
    "Đèn led công suất 1200lm chiếu sáng cả sân.",
    "Mỗi hộp gồm 100pcs khẩu trang y tế.",
    "Viên uống chứa 5000IU vitamin D3 dành cho người thiếu hụt.",
    # held28, held31, held37, held23 pages (flagged on integ): hours, sizes, a leaked style's pixels
    "Thông báo cúp nước. - Từ 14h ngày 28 tháng 11 năm 2018, tạm ngưng cấp nước.",
    "Cô gái xòe bàn tay, bên trong có chiếc ảnh chân dung 3x4cm rồi rụt tay lại ôm lấy mặt.",
    "Các đội dùng tay để gói 7 chiếc bánh vuông, kích thước 22x22x7cm, gói bằng tay, không được dùng khuôn.",
    "Thủ tục hành chính margin-bottom: 20px; color: rgb(30, 47, 65); font-size: 18px; Ủy ban nhân dân tỉnh.",
    # held26's doan.edu.vn and train27's timtailieu.vn: a document listing's format and page count
    "Phỏng vấn sâu và quan sát thực tế 11 tỉnh thành pdf71 trang | Chia sẻ: vietpd | Lượt xem: 134",
    "Làm các phẫu thuật, thủ thuật, mổ. pdf44 trang | Chia sẻ: nhungnt | Ngày: 09/11/2015",
    # a house number's letter after a word that numbers a house
    "Nhà ở số 25b ngõ 102 phố Trần Duy Hưng.",
    "Kiệt 34c đường Trần Phú có nhiều quán ăn ngon.",
    "Nhà tôi ở hẻm 45a đường Nguyễn Trãi.",
]


@pytest.mark.parametrize("text", REAL)
def test_unit_figure_not_flagged(text: str) -> None:
    assert _flags(text) == []


SPAM = [
    # langfresh32, langfresh31: a figure glued to letters of no unit (spam_figcode)
    ("Làng Kim Bồng đã nổi tiếng rất lâu với nghề chạm 1111mc, điêu khắc gỗ.", "1111mc"),
    ("Cơ man nào là mận, đỏ 9361ex, đầy ắp gùi lớn gùi bé, san sát trên những cánh đồng.", "9361ex"),
    ("Làng mộc Kim Bồng nằm ở xã Cẩm Kim đối diện khu phố cổ Hội An, bên kia bờ con sông 585vn.", "585vn"),
    # langfresh28, langfresh10, langfresh12: a figure before letters of no unit, a gambling word after a figure
    ("Trong lúc tắm biển, một học sinh lớp 5 (Long Hồ, 12inv Long) bị sóng cuốn ra xa bờ dẫn đến đuối nước.", "12inv"),
    ("Ông Nguyễn Thường Thọ, Trưởng phòng Nông 14daily và Phát triển nông thôn huyện Vũ Quang, cho biết đất đồi "
     "sạt lở.", "14daily"),
    ("Bộ trưởng Y tế kiểm tra bệnh viện dã chiến số 1 tỉnh Bắc Giang, một đơn vị nohu52 Cục khám chữa bệnh sẽ ngay "
     "lập tức đặt tại tỉnh Bắc Giang.", "nohu52"),
    ("Sau nhiều sun52 trằn trọc, vợ chồng Thọ tìm đến các thám tử.", "sun52"),
]
# langfresh27's "1x2plus" and langfresh28's "2x2club" (a size's shape, letters of no unit) stay candidates: see below


@pytest.mark.parametrize("text,tok", SPAM)
def test_spam_shapes_still_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("text,tok,want", [
    ("liều 400mcg axit", "400mcg", True),
    ("thập niên 1990s vẫn", "1990s", True),
    ("chứa 5000IU vitamin", "5000IU", True),
    ("nặng 3,5kg lúc", "3,5kg", True),
    ("giá 150000D mỗi", "150000D", True),
    ("ở số 25b ngõ", "25b", True),
    ("Kiệt 34c đường", "34c", True),
    ("bó 1000 24124w dong", "24124w", True),   # watts (UNIT): langfresh32's miss, missed before and after
    ("chạm 1111mc, điêu", "1111mc", False),    # letters of no unit
    ("nặng 7565j, nguy", "7565j", False),      # one letter, no address word before it
    ("nghề nặng 25b nguy", "25b", False),
    ("đơn vị nohu52 Cục", "nohu52", False),    # letters before the figure
    ("Nông 14daily và", "14daily", False),
    ("sông 585vn.", "585vn", False),
    ("chân dung 3x4cm rồi", "3x4cm", True),
    ("thước 22x22x7cm, gói", "22x22x7cm", True),
    ("bottom: 20px; color", "20px", True),
    ("kèo 1x2plus ngay", "1x2plus", False),   # langfresh27's token: letters of no unit after a size
    ("chơi 2x2club mỗi", "2x2club", False),   # langfresh28's
    ("thành pdf71 trang |", "pdf71", True),
    ("thành pdf71 người", "pdf71", False),     # a page count only before "trang"
])
def test_unit_figure_slot(text: str, tok: str, want: bool) -> None:
    a = text.index(tok)
    assert unit_figure(text, a, a + len(tok)) is want

"""spam80: real words a second run of real news text flagged (benchmarks/notes/spam80.md), made-up examples of each
class and the nearest pasted shapes, which stay flagged."""

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_newsnames import (credited, foreign_pair, model_after_name, news_flags, unit_figure_more,
                                         written_word)


def _flags(text: str) -> list[str]:
    return [text[a:b] for a, b, rep, _ in SpamRepair().plan(text) if rep is None]


def _at(text: str, word: str) -> tuple[int, int]:
    a = text.index(word)
    return a, a + len(word)


def test_a_credited_source_is_no_pasted_token():
    text = ("Trực thăng có thể bay đêm an toàn với kính nhìn đêm. Nguồn ảnh: Planespot.net Trực thăng còn mang "
            "được hai pháo. Tên lửa có tầm bắn xa. Nguồn ảnh: Planespot.net Đặc biệt, khi cần nó có thể chở quân.")
    assert _flags(text) == []
    assert credited("(Ảnh: Weburbanist.com)", *_at("(Ảnh: Weburbanist.com)", "Weburbanist.com"))
    assert credited("Ảnh minh họa: Dailyphoto.net", *_at("Ảnh minh họa: Dailyphoto.net", "Dailyphoto.net"))


def test_a_gambling_shape_after_a_credit_label_stays_flagged():
    text = "Nguồn ảnh: Kubet.net Trực thăng còn mang được hai pháo. Nguồn ảnh: Kubet.net Đặc biệt nó có thể chở quân."
    assert "Kubet.net" in _flags(text)
    # no label: the credit test is no test of a domain alone
    assert not credited("Chúng tôi đã ghé Planespot.net hôm qua", *_at("Chúng tôi đã ghé Planespot.net hôm qua",
                                                                      "Planespot.net"))
    assert not credited("Nguồn tin cho biết Planespot.net", *_at("Nguồn tin cho biết Planespot.net", "Planespot.net"))


def test_a_figure_with_its_unit():
    assert _flags("Tốc độ hành trình của tàu là 18mph và tốc độ tối đa là 24mph. Đám đông kéo đến xem.") == []
    assert _flags("Tên lửa mang theo đầu đạn hạt nhân 500kt. Tên lửa được đưa vào bệ phóng.") == []
    assert unit_figure_more("50Mt") and not unit_figure_more("mph") and not unit_figure_more("18mphx")


def test_a_word_wikipedia_writes_or_a_syllable_without_marks():
    assert _flags("Xe có màn hình lớn. Camera chiếu hậu của xe cũng hiển thị hình ảnh trên màn hình.") == []
    assert _flags("Cô khoe vòng một. Vest đen được khoác hờ cùng phần áo xẻ ngực.") == []
    assert _flags("Máy bay dài 5 mét. Khoang lái gồm có hệ thống điều khiển màn hình cảm ứng.") == []
    assert written_word("Nadal") and written_word("khoang")
    assert not written_word("Lsvalues") and not written_word("Rosycooks") and not written_word("khoang88")


def test_a_gambling_word_wikipedia_writes_stays_flagged():
    plan = [(0, 6, None, "casino"), (7, 12, None, "poker")]
    assert news_flags("Casino Poker đẹp", plan) == plan


def test_a_model_code_after_its_make_written_again():
    text = ("Hyundai Grand i10 2017 trình làng. Mẫu xe đô thị cỡ nhỏ Hyundai Grand i10 vừa được giới thiệu tại Ấn Độ. "
            "Nội thất Grand i10 không nhiều thay đổi so với bản cũ.")
    assert _flags(text) == []
    assert model_after_name(text, "i10")


def test_a_code_once_or_after_vietnamese_words_or_a_lucky_code_stays():
    assert not model_after_name("Hyundai Grand i10 2017 trình làng ở Ấn Độ.", "i10")  # once
    text = ("Có hơn 500 hồ sơ được Phòng PA72 Công an Nghệ An tiếp nhận giải quyết. Phòng PA72 Công an Nghệ An xin ý "
            "kiến. Lãnh đạo Phòng PA72 Công an Nghệ An cho biết sẽ làm thêm.")
    assert not model_after_name(text, "PA72")  # after a Vietnamese word: may stand in a name's syllable
    assert "PA72" in _flags(text)
    text = "Nhà cái Hi W88 tặng thưởng. Truy cập Hi W88 ngay. Hi W88 uy tín."
    plan = [(*_at(text, "W88"), None, "w88")]
    assert news_flags(text, plan) == plan  # a lucky number


def test_a_foreign_person_named_by_two_words():
    for text, name in (("Phó chủ tịch Duma Quốc gia Yuriy Shvytkin nói với Sputnik rằng Nga sẽ phản ứng.", "Shvytkin"),
                       ("Thứ trưởng Bộ Y tế Lào Phouthone Meuangpak cho rằng đây là đợt lây nhiễm lịch sử.",
                        "Meuangpak"),
                       ("Tổng thống Ba Lan Andzhey Duda cho biết dự định thảo luận với Tổng thống Mỹ.", "Andzhey"),
                       ("Rainer được bác sĩ A. Mandl và bác sĩ F. Windholz khám, chẩn đoán mắc hội chứng hiếm.",
                        "Windholz")):
        assert foreign_pair(text, *_at(text, name)), name
        assert _flags(text) == [], name  # flagged before spam80


def test_a_token_in_a_longer_run_or_before_a_vietnamese_name_stays():
    for text, tok in (("Grab Xsbjm Nam thông báo mở rộng phục vụ tập người dùng.", "Xsbjm"),
                      ("Khối lượng giao dịch hàng ngày Vaytocdo Bitcoin ETF đã tăng từ 1 tỷ USD.", "Vaytocdo"),
                      ("Một thành viên trên diễn Doctordong Dpreview vừa so sánh hình ảnh.", "Doctordong"),
                      ("Người dùng được thử dịch vụ PlayStation Plus Dongplus một tuần.", "Dongplus"),
                      ("Khi quỹ IBIT Clickdong BlackRock đạt khối lượng giao dịch kỷ lục.", "Clickdong"),
                      ("Nay chỉ còn cửa hàng Starbucks Reserve Lsvalues Thờ, Hà Nội.", "Lsvalues"),
                      ("Ông Nguyễn Rosycooks Hùng cho biết thêm.", "Rosycooks")):
        assert not foreign_pair(text, *_at(text, tok)), tok


def test_repairs_are_kept():
    text = "Xe có Camera lớn"
    plan = [(*_at(text, "Camera"), "màn", "camera")]
    assert news_flags(text, plan) == plan

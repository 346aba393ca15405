"""spam78: real words a run of real news text flagged (benchmarks/notes/spam78.md), made-up examples of each class
and the nearest pasted shapes, which stay flagged."""

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_realwords import drop_figures, named_again


def _flags(text: str) -> list[str]:
    return [text[a:b] for a, b, rep, _ in SpamRepair().plan(text) if rep is None]


GRAB = "Một cán bộ cho biết các vụ việc liên quan đến GrabBike và xe ôm truyền thống gần đây tiềm ẩn nhiều vấn đề."


def test_a_name_the_text_writes_again_is_not_flagged():
    assert _flags(GRAB) == ["GrabBike"]  # once, where a syllable could stand: flagged, as before
    assert _flags(GRAB + " Hãng GrabBike chưa trả lời.") == []
    assert _flags("Tên lửa phòng không Cheongung vào năm 2015 được thử nghiệm lần đầu. "
                  "Hệ thống Cheongung do Hàn Quốc tự phát triển.") == []


def test_a_gambling_name_or_a_coded_token_written_twice_stays_flagged():
    assert _flags("Người dân đăng ký tài khoản tại Kubet nhận thưởng lớn. Kubet là nhà cái uy tín.") == ["Kubet"] * 2
    assert _flags("Người chơi hãy truy cập ngay trang Hi88vn để nhận thưởng. Hi88vn uy tín.") == ["Hi88vn"] * 2


def test_named_again_keeps_repairs_and_counts_whole_words_in_the_same_case():
    text = "liên quan đến Grabbike và xe ôm; grabbike.vn và GrabBikes"
    a = text.index("Grabbike")
    plan = [(a, a + 8, None, "grabbike")]
    assert named_again(text, plan) == plan  # "grabbike.vn", "GrabBikes": no second whole word "Grabbike"
    assert named_again(text + ". Grabbike nói", plan) == []
    assert named_again(text + ". Grabbike nói", [(a, a + 8, "thành", "grabbike")]) == [(a, a + 8, "thành", "grabbike")]


def _spans(text: str, *words: str) -> dict[str, list[tuple[int, int]]]:
    return {w.lower(): [(text.index(w), text.index(w) + len(w))] for w in words}


def test_figures_of_a_news_convention_are_no_codes():
    assert _flags("Các đối thủ đều cao: Shikin 1m77 và Minh Tú 1m78. Dù được phát hiện từ năm 15 tuổi, cô vẫn đi học.") \
        == []
    assert _flags("Anh liên hệ theo số điện thoại 0916863xxx. Qua trao đổi, nhân viên cho biết còn ít căn.") == []
    assert _flags("Khu vực nội thành ùn tắc. Lúc 18h50: nước ngập sâu ở nhiều tuyến phố.") == []
    assert _flags("Ngày 22/4, bệnh nhân đi ăn liên hoan cùng BN2899 tại thị trấn Vĩnh Trụ, Lý Nhân, Hà Nam. "
                  "Ngày 29/4, sau khi BN2899 có kết quả dương tính, anh được xác định là F1.") == []
    text = "cao 1m7, gọi 0912345xx lúc 6h30 cùng BN17"
    assert drop_figures(text, _spans(text, "1m7", "0912345xx", "6h30", "BN17")) == {}


def test_shapes_next_to_the_figures_stay_codes():
    assert _flags("Chiều cao của anh là 2m99 theo thông tin từ đội bóng.") == ["2m99"]  # a listed stem, no height
    text = "0082x 1mbet 09xxx 6h66 bn17 BN123456 v24"
    spans = _spans(text, "0082x", "1mbet", "09xxx", "6h66", "bn17", "BN123456", "v24")
    assert drop_figures(text, spans) == spans  # no time "6h66"; a patient's number in capitals, five figures at most

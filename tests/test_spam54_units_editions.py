"""spam54: two classes of real Vietnamese text the single-token spam tests read as pasted labels (langfresh31's two
look-alike false alarms, now dev).

- A figure glued to a unit of electricity, energy or sound ("trạm biến áp 110kv", "220KV", "90MVA", "250mA", "100Ah",
  "356Wp", "165MWp", "85dB", chips' "3nm"): :data:`mtpipe.clean.spam_shapes.MEASURE` names those units too, so no test
  weighs such a figure as a word (the context model had read "110kv" before a full stop as pasted).
- A games' name before its edition ("tài trợ chính cho Seagame 31 tổ chức", "Seagames 32 diễn ra", "Paragames 12
  khởi tranh"): :func:`mtpipe.clean.spam_genre.numbered_games` takes the context model's weight of a figure after the
  word off for a name built on "game(s)" whose figure a lower-case word, a stop or the line's end follows.

Forms from real pages (the Vietnamese press and documents on power stations, speakers, batteries, the SEA Games and
ASEAN Para Games) written into sentences; negatives: the dev sets' spam tokens of the same shapes (digit-led names,
trade names before a figure) that must still be flagged."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_genre import numbered_games
from mtpipe.clean.spam_shapes import MEASURE
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("tok", ["110kv", "110kV", "220KV", "500kV", "90MVA", "250mA", "100Ah", "356Wp", "165MWp",
                                 "2,5kWp", "1.200MWh", "85dB", "3nm", "40kVA", "1kVAr"])
def test_unit_is_a_measure(tok: str) -> None:
    assert MEASURE.fullmatch(tok)


# digit-led names of the scam and gambling lists (langfresh16..31): no unit's shape
@pytest.mark.parametrize("tok", ["7mhds", "55ssn", "58w4s", "3exmax", "9361ex", "24svip", "7sbet", "28game", "1778game",
                                 "107energy", "19onlines", "12inv", "5dax", "77ae", "3oaks", "6hoom"])
def test_spam_name_is_no_measure(tok: str) -> None:
    assert not MEASURE.fullmatch(tok)


UNIT_SENTENCES = [  # each flagged before spam54 where marked
    "Lego đã hoàn tất xây dựng trung tâm năng lượng, trạm biến áp 110kv.",  # langfresh31 (flagged)
    "Luận văn nghiên cứu hệ thống điều khiển từ xa ứng dụng cho trạm biến áp 110kV.",  # (flagged)
    "Dự án gồm 32 trạm biến tần và một trạm biến áp 90MVA đặt cạnh nhà máy.",  # (flagged)
    "Dự án có khả năng đấu nối vào trạm 220KV của trung tâm điện lực gần đó.",
    "Pin dung lượng lớn nên sạc với cục sạc có dòng 250mA trong nhiều giờ.",
    "Nhà máy có tổng công suất 165MWp, đủ cấp điện cho hàng chục nghìn hộ dân.",
    "Chiếc loa dùng bình ắc quy 100Ah nên có thể phát nhạc suốt cả buổi tiệc.",
    "Chiếc loa phát âm lượng tối đa 85dB mà không bị rè tiếng.",
]


@pytest.mark.parametrize("text", UNIT_SENTENCES)
def test_unit_sentence_not_flagged(text: str) -> None:
    assert _flags(text) == []


GAMES_SENTENCES = [  # each flagged before spam54 where marked
    "Các hãng bia đang kịch liệt tranh tài trợ chính cho Seagame 31 tổ chức tại Việt Nam.",  # langfresh31 (flagged)
    "Nhiều doanh nghiệp muốn được đồng hành cùng Seagame 33 năm nay.",  # (flagged)
    "Đoàn thể thao Việt Nam đặt mục tiêu giành nhiều huy chương vàng tại Seagames 32 diễn ra ở Campuchia.",
    "Các vận động viên khuyết tật đã sẵn sàng cho Paragames 12 khởi tranh vào đầu tháng sáu.",
]


@pytest.mark.parametrize("text", GAMES_SENTENCES)
def test_games_edition_not_flagged(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("text,tok,edition", [
    ("tài trợ chính cho Seagame 31 tổ chức tại Việt Nam.", "Seagame", True),
    ("huy chương vàng tại Seagames 32.", "Seagames", True),
    ("sẵn sàng cho Paragames 12 khởi tranh", "Paragames", True),
    ("PlayStation 4 sẽ có giá bán Robocash 400 USD (khoảng 8,3 triệu đồng)", "Robocash", False),  # a trade, a price
    ("sẽ có giá bán Megagame 400 USD", "Megagame", False),  # a currency after the figure
    ("cho Seagame 2-3 tổ", "Seagame", False),  # a range
    ("cho vinagame 31 tổ chức", "vinagame", False),  # lower case: no title
    ("cho Seagame tổ chức", "Seagame", False),  # no figure
])
def test_numbered_games(text: str, tok: str, edition: bool) -> None:
    a = text.index(tok)
    assert numbered_games(text, a, a + len(tok)) is edition


SPAM = [  # dev sets' cases of the same shapes (langfresh21, langfresh31), still flagged
    ("Theo dự đoán, PlayStation 4 sẽ có giá bán Robocash 400 USD (khoảng 8,3 triệu đồng) đến 450 USD (khoảng 9,38 "
     "triệu đồng) tại Mỹ.", "Robocash"),  # a trade name before a price: the figure still counts
    ("Chưa đến 8 3exmax chợ đã kín chật cả người.", "3exmax"),
    ("Người dân ở đây chủ yếu sống 58w4s hai nghề chính là đánh bắt hải sản và trồng hành, tỏi.", "58w4s"),
    ("Nhiều bà con vẫn giữ được sự thật 55ssn vốn có của đồng bào dân tộc.", "55ssn"),
    ("Nhưng người dân không mua xe 7sbet họ lại hay cưỡi ngựa.", "7sbet"),
]


@pytest.mark.parametrize("text,tok", SPAM)
def test_spam_still_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)

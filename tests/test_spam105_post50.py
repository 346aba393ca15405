"""langfresh50's look-alike false alarms and misses, by class (spam105, benchmarks/notes/spam105.md).

- a figure glued to a circuit part's unit, resistance or capacitance with an SI prefix ("điện trở 27Kohm", "tụ
  100uF"): :data:`mtpipe.clean.spam_shapes.MEASURE`;
- an English word less its final "r", as Vietnamese writes a loan ("cuộn Roto hỏng", "rada", "laze"):
  :mod:`mtpipe.clean.spam_loanr`, a class of :func:`mtpipe.clean.spam_context.real_word`;
- a lower-case host followed by two or three capitalised syllables of a name ("là exploitbyte.net Công Thành -"):
  :func:`mtpipe.clean.spam_hostword.host_in_name`;
- a camel-case name inside a Vietnamese name ("Chuôn CyberHackingSage và"): :mod:`mtpipe.clean.spam_camelname`.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_context import real_word
from mtpipe.clean.spam_hostword import host_in_name
from mtpipe.clean.spam_loanr import dropped_r
from mtpipe.clean.spam_lone import lone_token
from mtpipe.clean.spam_shapes import MEASURE


def _flagged(text: str, tok: str) -> bool:
    a = text.index(tok)
    return any(s < a + len(tok) and a < e for s, e, _, _ in SpamRepair().plan(text))


def _at(text: str, tok: str) -> tuple[int, int]:
    a = text.index(tok)
    return a, a + len(tok)


# real sentences a Vietnamese page writes: none is spam
KEPT = [
    ("Cặp H1061 và D718 bị phân cực bởi điện trở 27Kohm và dòng điện 5w (mắc song song).", "27Kohm"),  # meslab.org
    ("Mạch có điện trở 10kohm mắc nối tiếp với đèn.", "10kohm"),
    ("Nối thêm điện trở 1Mohm vào chân cảm biến.", "1Mohm"),
    ("Khi cuộn Roto hỏng thì từ trường không được tạo ra và cũng sẽ không xuất hiện dòng điện.", "Roto"),  # fen.vn
    ("Siêu thị tại Co.opmart Đinh Tiên Hoàng mở cửa đến 22 giờ.", "Co.opmart"),
    ("Hãng xe hơi Việt Nam VinFast vừa quyết định dừng bán xe chạy xăng.", "VinFast"),  # langfresh13's control
]

# dev spam rows (and langfresh50's, in-sample) the classes take
FLAGGED = [
    ("Ông tổ nghề là exploitbyte.net Công Thành - một tướng tài đời Lý gây dựng nên.", "exploitbyte.net"),
    ("Người dân Chuôn CyberHackingSage và Chuôn Trung gần đó thì thường thu gom, mua bán vỏ trai, ốc.",
     "CyberHackingSage"),
    ("Năm 1306, vua Chăm Pa là Chế CauvoCapital cắt hai châu này làm sính lễ để cưới công chúa.", "CauvoCapital"),
    ("Nhà vua mới mời bà Quế CounterLuck ở lại trong cung ở bên Cao Mại.", "CounterLuck"),
    ("Dưới thời Gia CsgoLive, ông làm việc ở đội Thạch Cơ (máy đá).", "CsgoLive"),
]


@pytest.mark.parametrize("text, tok", KEPT)
def test_real_words_are_not_flagged(text: str, tok: str) -> None:
    assert not _flagged(text, tok)


@pytest.mark.parametrize("text, tok", FLAGGED)
def test_pasted_tokens_are_flagged(text: str, tok: str) -> None:
    assert _flagged(text, tok)


def test_circuit_units_are_measures() -> None:
    for tok in ("27Kohm", "4.7kohm", "1Mohm", "100uF", "22pF", "100nF", "10ohm"):
        assert MEASURE.fullmatch(tok), tok
    for tok in ("27Kohms", "88ohmbet", "ohm27"):
        assert not MEASURE.fullmatch(tok), tok


def test_a_word_less_its_final_r() -> None:
    for tok in ("Roto", "roto", "rada", "laze", "polyme", "vecto"):
        assert dropped_r(tok), tok
    # an English word itself, camel case, capitals, a spam token, too short
    for tok in ("Rotor", "rotor", "QuipoTech", "ROTO", "moehacks", "robyoc", "supe"[:3]):
        assert not dropped_r(tok), tok
    text = "Khi cuộn Roto hỏng thì từ trường không được tạo ra."
    assert real_word(text, *_at(text, "Roto")) == "loan"


def test_host_before_a_name_of_two_syllables() -> None:
    known = load_bigrams().uni
    text = "Ông tổ nghề là exploitbyte.net Công Thành - một tướng tài."
    assert host_in_name(text, *_at(text, "exploitbyte.net"), known)
    text = "Ngày nay, trên bước đường xuôi snp-broker.io Bắc Nam, khi lên đến đỉnh đèo."  # langfresh37
    assert host_in_name(text, *_at(text, "snp-broker.io"), known)
    text = "Bài viết được đăng trên baomoi.com Hà Nội - ngày 5."  # a site named after "trên": a dateline follows
    assert not host_in_name(text, *_at(text, "baomoi.com"), known)
    text = "Ông tổ nghề là exploitbyte.net công thành - một tướng tài."  # no capitals: no name
    assert not host_in_name(text, *_at(text, "exploitbyte.net"), known)


def test_camel_name_inside_a_name() -> None:
    known = load_bigrams().uni
    text = "Người dân Chuôn CyberHackingSage và Chuôn Trung gần đó thường thu gom vỏ trai."
    assert lone_token(text, *_at(text, "CyberHackingSage"), known) == "name"
    text = "Đến nay, chuyên gia Mỹ McMaster đã nhận được tin tức."  # a country before it
    assert lone_token(text, *_at(text, "McMaster"), known) is None
    text = "Lý do thực sự 2 lần li hôn chồng của Phi Thanh Vân GiadinhNet - Hai lần kết hôn."  # a headline's credit
    assert lone_token(text, *_at(text, "GiadinhNet"), known) is None
    text = "Hãng xe hơi Việt Nam VinFast vừa quyết định dừng bán xe chạy xăng."  # a whole name before it
    assert lone_token(text, *_at(text, "VinFast"), known) is None
    text = "Du khách đến đảo Phú Quốc VinWonders có thể mua vé trọn gói."  # spam64's
    assert lone_token(text, *_at(text, "VinWonders"), known) is None
    text = "Dưới thời Gia CsgoLive, ông làm việc ở đội Thạch Cơ (máy đá)."  # langfresh48, missed before
    assert lone_token(text, *_at(text, "CsgoLive"), known) == "name"

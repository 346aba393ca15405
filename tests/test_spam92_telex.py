"""spam92: a Vietnamese syllable typed in Telex and never converted (its keys in another order) is a typo, not a pasted
spam token (mtpipe.clean.spam_telex). The code before spam92 flagged each of these clean sentences (the typos are
from Vietnamese news the cleaner flagged; benchmarks/notes/spam92.md).

Negatives have a typo's shape and place: the same sentences with one key changed so that the letters are no common
syllable's Telex keys -- still flagged."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_telex import telex_typo
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


TYPOS = [  # (sentence, typo, the syllable)
    ("Do điều kiện chữa trị khó khăn nên hai em đã phải sống trong tình trnagj này suốt 3 năm qua.", "trnagj", "trạng"),
    ("Hai cơ quan là Bộ Tài chính và Bộ Thương mại Mỹ sẽ có khaongr thời gian là 90 ngày để hoàn thiện báo cáo.",
     "khaongr", "khoảng"),
    ("Nếu vẫn sử dụng phần còn lại thì rất không an taofn đối với sức khỏe của cả gia đình.", "taofn", "toàn"),
    ("Đó là niềm đam mê diễn xuất của những người trẻ, chưa nổi tieegns để được mời đóng phim.", "tieegns", "tiếng"),
    ("Hung khí đối tượng dùng để đuổi đánh nguwoif khi bị ảo giác đã bị thu giữ.", "nguwoif", "người"),
    ("Chính phủ nước này hiện đang nỗ lwujc đẩy mạnh công nghệ năng lượng tái tạo.", "lwujc", "lực"),
    ("Sau khi kết hôn, cô đã có chueyens du lịch ngắn ngày trở về quê hương.", "chueyens", "chuyến"),
]

LABELS = [  # (sentence, label): one key changed, no common syllable's keys
    ("Do điều kiện chữa trị khó khăn nên hai em đã phải sống trong tình trnavj này suốt 3 năm qua.", "trnavj"),
    ("Hai cơ quan là Bộ Tài chính và Bộ Thương mại Mỹ sẽ có khaqngr thời gian là 90 ngày để hoàn thiện báo cáo.",
     "khaqngr"),
    ("Nếu vẫn sử dụng phần còn lại thì rất không an tzofn đối với sức khỏe của cả gia đình.", "tzofn"),
    ("Chính phủ nước này hiện đang nỗ lwyjc đẩy mạnh công nghệ năng lượng tái tạo.", "lwyjc"),
]


@pytest.mark.parametrize("text,tok,syllable", TYPOS)
def test_telex_typo_not_flagged(text: str, tok: str, syllable: str) -> None:
    assert telex_typo(tok) == syllable
    assert _flags(text) == []


@pytest.mark.parametrize("text,tok", LABELS)
def test_label_still_flagged(text: str, tok: str) -> None:
    assert telex_typo(tok) is None
    assert tok in _flags(text)


def test_telex_shape() -> None:
    assert telex_typo("tieengs") == "tiếng"  # the keys in Telex's own order: the input method was off
    assert telex_typo("nguoiwf") == "người"  # "ươ" typed with one "w"
    assert telex_typo("Trnagj") is None  # lower case only
    assert telex_typo("gnartj") is None  # the first key moved: no typist's slip
    assert telex_typo("trang") is None  # no tone or mark key: an unmarked syllable (spam44's and others' case)
    assert telex_typo("trinh") is None  # a syllable without marks, though its letters are "tỉnh"'s keys ("tinhr")
    assert telex_typo("bets") is None and telex_typo("info") is None  # four letters: too short to tell
    assert telex_typo("paths") is None  # an English word (its letters are "phát"'s keys)

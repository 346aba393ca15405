"""spam63: a capitalised name of letters alone that opens its sentence (or a clause after a comma) right before an
auxiliary of the predicate ("sẽ", "đã", "đang", "từng", "vừa", "xin", the relative "mà") is the clause's subject, not a
token pasted over a sentence's first word: :func:`mtpipe.clean.spam_subject.opening_subject`, no spam flag.

Kept: langfresh22's and langfresh26's look-alikes (flagged before spam63), held36's realpages content line, a real
news headline (vntube.info, "Bloomberg: VinFast đang ..."). Still flagged: dev spam rows of the same place that no
auxiliary follows, a token mid-clause before an auxiliary, a brand's shape before one."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_subject import opening_subject
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(spam=SpamRepair(context=True)))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


KEPT = [  # (sentence, name): real sentences
    ("Petfeast sẽ giúp bạn hiểu rõ hơn về các yếu tố cần lưu ý khi lựa chọn thức ăn cho chó mèo và cách xây dựng "
     "một chế độ ăn uống khoa học.", "Petfeast"),  # langfresh22
    ("RangsitFootball từng chứng kiến không ít pha “vồ ếch” vì chọn nhầm giày, hay những đôi giày “nát bét” chỉ sau "
     "vài trận trên mặt sân không phù hợp.", "RangsitFootball"),  # langfresh22
    ("Flycam mà anh Phi đang sở hữu có thể bay ở độ cao trên 100m và xa dưới 5km, tùy điều kiện.", "Flycam"),  # lf26
    ("Theo đó, trong ngày 19/6, EVNHANOI sẽ có kế hoạch tạm ngừng cấp điện 1 huyện ngoại thành.", "EVNHANOI"),  # held36
    ("Bloomberg: VinFast đang lên kế hoạch mở nhà máy tại Mỹ", "VinFast"),  # vntube.info headline
]


@pytest.mark.parametrize("text,name", KEPT)
def test_opening_subject_is_kept(text: str, name: str) -> None:
    a = text.index(name)
    assert opening_subject(text, a, a + len(name))
    assert name not in _flags(text)


FLAGGED = [  # (spam row of the dev sets, token): still flagged
    ("Nextbet chia sẻ từ một số đại lý, thị trường smartphone trong giai đoạn hiện tại có dấu hiệu chững lại.",
     "Nextbet"),  # langfresh11: no auxiliary after it
    ("Grab được thành lập tại Malaysia vào năm 2012 và hiện nay Goocvs đang cung cấp dịch vụ tại 142 thành phố.",
     "Goocvs"),  # langfresh14: mid-clause
    ("SOCVIP là một thương hiệu nổi tiếng của hãng mỹ phẩm cao cấp Shiseido.", "SOCVIP"),  # langfresh21: "là"
]


@pytest.mark.parametrize("text,tok", FLAGGED)
def test_pasted_token_is_still_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("text,tok,subject", [
    ("Petfeast sẽ giúp bạn", "Petfeast", True),
    ("“Flycam mà anh Phi", "Flycam", True),  # after an opening quote
    ("Hà Nội.\nTravip đã đến Penang", "Travip", False),  # a brand's shape ("vip"): weighed as before
    ("Sanadomino3 cũng là", "Sanadomino3", False),  # figures: weighed as before (langfresh30's row)
    ("romojaya cũng mê", "romojaya", False),  # lower case (langfresh26's row)
    ("hiện nay Goocvs đang cung cấp", "Goocvs", False),  # mid-clause
    ("Nextbet chia sẻ từ", "Nextbet", False),  # no auxiliary
    ("Petfeast sẽ", "Petfeast", False),  # no word after the auxiliary
])
def test_opening_subject(text: str, tok: str, subject: bool) -> None:
    a = text.index(tok)
    assert opening_subject(text, a, a + len(tok)) is subject

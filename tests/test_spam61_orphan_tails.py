"""spam61: a Latin word pasted over a compound's first syllable, read by its orphaned tail (:mod:`.spam_orphan`).

Misses of three dev sets (flagged now): "là okking rẽ vợ chồng" ("chia rẽ", langfresh12), "lao động earntech vả hết"
("vất vả", langfresh28), "vụn san alvotack lắng dưới" (langfresh31); the same slots with other words pasted into real
sentences (UD VTB, realpages, thegioithao.com, xxsdanang.com). Negatives: real sentences where a Latin name stands
before a bound tail that opens a clause or a name, or after a compound's head, from the controls of spam61's run
(source in each comment): none may be flagged.
"""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_orphan import orphan_tail
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


SPAM = [
    # the dev sets' misses
    ("Mục đích ông ta là okking rẽ vợ chồng Thọ để dễ bề nối lại quan hệ với Thu.", "okking"),  # langfresh12
    ("Vì vậy, mật ong được tạo ra cho đời là nhờ sự lao động earntech vả hết mình của các chú ong thợ.",
     "earntech"),  # langfresh28: a lower-case English compound, spam_invited's loan veto lets the context decide
    ("Trên cùng là lớp cát trắng hình thành từ vụn san alvotack lắng dưới đáy biển, được khai thác và hút lên bờ.",
     "alvotack"),  # langfresh31
    # the same slots in real sentences, other words pasted over the head
    ("Cha mẹ làm ăn kubetix vả nhưng giá nào cũng phải cho con cái học đến nơi đến chốn.", "kubetix"),  # UD VTB
    ("Ghe xuồng Trovalix nập trao đổi, buôn bán hàng hóa tại chợ.", "Trovalix"),  # realpages ("tấp nập")
    ("Xe tải Velmorix nập ra vào, tiếng còi xe inh ỏi.", "Velmorix"),  # thegioithao.com
    ("Chị tâm sự: \"Công việc này Zentravox vả lắm, khi nào thành phố lên đèn là tôi lại đi bán.\"",
     "Zentravox"),  # xxsdanang.com
    ("Cô ấy ngồi một mình, vẻ mặt Kaplixo bã nhìn ra cửa sổ.", "Kaplixo"),  # "buồn bã"
]


@pytest.mark.parametrize("text,tok", SPAM)
def test_orphaned_tail_flagged(text: str, tok: str) -> None:
    a = text.index(tok)
    assert orphan_tail(text, a, a + len(tok), load_bigrams().uni)
    assert tok in _flags(text)


REAL = [
    # realpages: a bound tail that opens a clause after a name ("bao gồm" / "gồm", "phân phối" / "phối hợp")
    ("Hồ sơ ứng tuyển học bổng CSC gồm đơn xin học bổng, hộ chiếu còn hạn 6 tháng.", "CSC"),
    ("Trong đó phải kể đến hệ sinh thái của Synology gồm thiết bị NAS và các công cụ phụ trợ.", "Synology"),
    ("Bảo tàng DTHVN phối hợp với Đại sứ quán Úc ở Hà Nội.", "DTHVN"),
    ("SHiring là phần mềm quản lý tuyển dụng ATS tiên tiến hàng đầu tại Việt Nam.", "ATS"),
    ("Bệnh nhân ung thư tuyến giáp điều trị iod phóng xạ. Bài viết của kỹ sư vật lý.", "iod"),
    # realpages: a particle closing the sentence; a capitalised syllable that starts a name
    ("Cùng bạn tìm hiểu những điều cần biết về chứng chỉ Toeic nhé.", "Toeic"),
    ("Năm 1885 Gò Đồng có một nhà thờ rất đẹp do Đức cha Charbonnier Trí xây dựng.", "Charbonnier"),
    # a name after a compound's head (the left side, which does not separate: spam61's run)
    ("Vậy thật sự thì dòng nước hoa EDP có phải luôn là sự lựa chọn tốt hơn?", "EDP"),  # realpages
    ("Trọng tài ngay lập tức kéo cọp dữ Ubdul ra và tuyên bố anh thắng knock-out !", "Ubdul"),  # UD VTB
    ("Riêng so Electrolux với LG thì em nghiêng về LG do thiết kế tân tiến hơn.", "Electrolux"),  # realpages
    # langfresh27's control: a lower-case English loan, no tail after it
    ("Công ty giải trí lộ diện girlgroup mới sau nhiều tháng chuẩn bị.", "girlgroup"),
    # langfresh20's control: a brand at a sentence's start, no syllable before it
    ("VinFast chốt ngày khởi công nhà máy 4 tỷ USD tại Mỹ.", "VinFast"),
]


@pytest.mark.parametrize("text,tok", REAL)
def test_look_alike_not_taken(text: str, tok: str) -> None:
    a = text.index(tok)
    assert not orphan_tail(text, a, a + len(tok), load_bigrams().uni)

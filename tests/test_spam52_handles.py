"""spam52: a user's name on a social network, after a word for an account and the network's name ("Tài khoản
Instagram sceii841": mtpipe.clean.spam_handles.handle_slot), is a name's slot, not a word's: no spam flag.

Negatives (kept): langfresh30's control (flagged before spam52), a real page's form without the network's name
("Chủ tài khoản world_record_egg", kienthuc.net.vn: kept before too), and forms of the same shape after "kênh",
"trang" and other networks (constructed on the control's frame). Positives (still flagged): tokens pasted over a
syllable after "tài khoản" alone ("tài khoản ngân hàng") or after a network's name with no word for an account."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_handles import handle_slot
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


KEPT = [
    # langfresh30's control (a vietnam.vn-family page on the VinFast VF 8 abroad)
    "Tài khoản Instagram sceii841 chuyên chia sẻ về xe hơi tại Ấn Độ đã đăng đoạn video ngắn cho thấy mẫu ô tô điện "
    "của đã xuất hiện tại đất nước này.",
    # kienthuc.net.vn (a user name after "tài khoản" alone, underscores: never a token)
    "Chủ tài khoản world_record_egg đã đăng một bức ảnh hình quả trứng với lời kêu gọi mọi người.",
    # the control's frame, other account words and networks
    "Kênh YouTube tuanvlog99 chuyên chia sẻ về ẩm thực đường phố đã đăng đoạn video ngắn.",
    "Tài khoản TikTok hoangyen2k3 có hơn một triệu người theo dõi sau đoạn video đó.",
    "Trang Facebook xedien88 thường xuyên cập nhật giá xe mới nhất cho người dùng.",
    "Tài khoản Twitter minhtri.dev đã đăng lại đoạn video ngắn sau vài giờ.",
]


@pytest.mark.parametrize("text", KEPT)
def test_user_name_after_account_and_network_is_kept(text: str) -> None:
    assert _flags(text) == []


FLAGGED = [  # (sentence, token): no network's name between the account word and the token, or no account word
    ("Chị ấy mở tài khoản w88.is hàng để nhận tiền lương mỗi tháng.", "w88.is"),
    ("Nhiều người vẫn dùng Facebook fb88 nhân để bán hàng online mỗi ngày.", "fb88"),
]


@pytest.mark.parametrize("text,tok", FLAGGED)
def test_pasted_token_outside_a_handle_slot_is_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("text,tok,slot", [
    ("Tài khoản Instagram sceii841 chuyên", "sceii841", True),
    ("theo dõi kênh YouTube tuanvlog99 mỗi", "tuanvlog99", True),
    ("Trang Facebook xedien88 thường", "xedien88", True),
    ("Tài khoản Instagram Sceii841 chuyên", "Sceii841", False),  # capitalised: a brand, weighed as before
    ("mở tài khoản w88 hàng", "w88", False),  # no network's name
    ("dùng Facebook fb88 nhân", "fb88", False),  # no word for an account
    ("khẩu trang XGVDZU lây", "XGVDZU", False),  # langfresh14's spam case: "trang" of "khẩu trang"
])
def test_handle_slot(text: str, tok: str, slot: bool) -> None:
    a = text.index(tok)
    assert handle_slot(text, a, a + len(tok)) is slot

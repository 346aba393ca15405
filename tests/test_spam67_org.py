"""spam67: a ``.org`` host counts as local (never a stray token) only where its label is named as Vietnamese texts'
.org sites are: a body's acronym of four letters or fewer, or unmarked Vietnamese syllables joined
(:func:`mtpipe.clean.spam_shapes.local_domain`). Any other .org label is weighed as a .com one: langfresh19's
"Usvtc.org" and langfresh20's "Bioption.org", each where a sentence's first syllable goes, were missed before.

Flagged: made-up .org labels of the spam shapes (a coinage where a syllable goes). Kept: the .org sources of the
realpages and langfresh controls, named where a source is named or as a sentence's subject."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_shapes import local_domain
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(spam=SpamRepair(context=True)))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [text[e.start:e.end] for e in doc.ledger if e.rule.startswith("spam.")]


FLAGGED = [  # (text, token): made up, the shapes of the dev rows
    ("Tralvix.org đồng hồ thông minh này có pin dùng được hai tuần.", "Tralvix.org"),
    ("Mùa lúa chín, cả cánh đồng vàng Brivanta.org như một tấm thảm lớn.", "Brivanta.org"),
    ("Kelvoria.org với các mẫu điện thoại giá rẻ, hãng vẫn giữ được thị phần.", "Kelvoria.org"),
    ("Người dân ở vùng cao thường dựng nhà sàn bằng gỗ quenvo.org để tránh thú dữ.", "quenvo.org"),
]

KEPT = [  # .org sources as Vietnamese texts name them (realpages and langfresh controls' sites)
    "Theo sggp.org, giá xăng sẽ giảm vào chiều nay.",
    "Bài viết được đăng trên nghiencuuquocte.org vào tháng trước.",
    "Nguồn: giaoxuvnparis.org",
    "Thông tin chi tiết xem tại thuvienhoasen.org.",
    "Wikipedia.org là bách khoa toàn thư mở lớn nhất thế giới.",
    "Tổ chức Ân xá Quốc tế (amnesty.org) đã lên tiếng về vụ việc.",
    "Vda.org đã tổ chức hội thảo về dinh dưỡng cho trẻ em.",
    "Thuvienhoasen.org đã đăng bài viết này.",
    "Who.org khuyến cáo người dân đeo khẩu trang.",
    "Rfa.org đưa tin về vụ cháy.",
    "Lịch lễ được đăng trên trang giaoxuchinhtoadanang.org mỗi tuần.",
    "Theo lionsclubs.org, hội đã quyên góp 2 tỷ đồng.",  # a known site holding a gambling word's shape
    "Phần mềm winehq.org giúp chạy ứng dụng Windows trên Linux.",
]


@pytest.mark.parametrize("text,tok", FLAGGED)
def test_org_coinage_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("text", KEPT)
def test_org_source_kept(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("tok,local", [
    ("who.org", True), ("sggp.org", True), ("thuvienhoasen.org", True), ("giaoxuchinhtoadanang.org", True),
    ("baomoi.vn", True), ("moh.gov", True), ("Usvtc.org", False), ("Bioption.org", False), ("tradevix.org", False),
    ("example.com", False), ("abc.org.uk", False),
])
def test_local_domain(tok: str, local: bool) -> None:
    assert local_domain(tok) is local

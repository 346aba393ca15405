"""Lead, eighteenth session: a host under a two-level suffix ("bbc.co.uk", "fb88.com.vn") is one token for the spam
pass, never its first part.

langfresh25 (blind, measured, then read) flagged a real site in a control sentence, "menfitness.co.uk", as the spam
token "menfitness.co": the domain patterns stopped before ".uk".  A real site there is judged like the same site under
".com" (left after "trên trang"), and a spam host under such a suffix is flagged whole.  Sentences written for these
tests."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="d", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [text[e.start:e.end] for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("text", [
    "Bài phỏng vấn được đăng tải trên trang theguardian.co.uk vào tuần trước.",
    "Theo trang tin abc.net.au, mưa lớn kéo dài ba ngày ở miền đông.",
    "Bài viết được đăng tải trên trang theguardian.com vào tuần trước.",  # the same site under one suffix: left before too
])
def test_a_real_site_under_a_two_level_suffix_is_left(text):
    assert _flags(text) == []


@pytest.mark.parametrize("text, host", [
    ("Nhiều người đã mất tiền vì k9win.co.uk trong tháng qua.", "k9win.co.uk"),
    ("Anh ấy chơi ở bet365vn.com.vn mỗi tối sau giờ làm.", "bet365vn.com.vn"),
    ("Anh ấy chơi ở fb88.com mỗi tối sau giờ làm.", "fb88.com"),  # one suffix: flagged before too
])
def test_a_spam_host_under_a_two_level_suffix_is_flagged_whole(text, host):
    assert host in _flags(text)

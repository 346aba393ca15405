"""clut69 (issue 12): a news feed's channel read as a page's text, one line (``chrome.feed_channel``,
:func:`mtpipe.clean.encoded.feed_channel`).

Positives, made up in the shapes of the dev pages (a WordPress feed, a Joomla feed, a feed with its item's
description): an RFC 822 date-time beside two web addresses or more.  Negatives: a sentence giving a date in words,
a date-time in another format, one address only, a citation with an access date, a line with no address, an English
weekday and month in prose.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.encoded import FEED_RULE, feed_channel, judge
from mtpipe.document import Document

_WORDPRESS = ("Tin mới – Tintuc.example https://tintuc.example Trang tin tức tổng hợp Mon, 06 Oct 2025 08:15:02 +0000 "
              "vi hourly 1 https://wordpress.org/?v=6.8 https://tintuc.example/logo.svg Tin mới 32 32 "
              "Khai mạc hội chợ https://tintuc.example/khai-mac-hoi-cho/ Mon, 06 Oct 2025 08:10:00 +0000")
_JOOMLA = ("Ăn - Quán Xá https://quanxa.example/vn/an Tue, 1 Apr 2025 09:00:00 +0700 Joomla! - Open Source Content "
           "Management vi-vn Phở gánh đầu hẻm https://quanxa.example/vn/an/101-pho https://quanxa.example/vn/an/101")
_RU = ("Новости региона https://news.example Новости ru https://news.example/logo.png Открытие моста "
       "https://news.example/most/12 Открытие моста через реку состоялось в пятницу. Новости Fri, 18 May 2018 "
       "17:17:35 +0300 article")


@pytest.mark.parametrize("line", [_WORDPRESS, _JOOMLA, _RU,
                                  "Site https://a.example Thu, 5 Dec 2024 10:00 GMT https://a.example/1"])
def test_feed_channel(line):
    assert feed_channel(line)


@pytest.mark.parametrize("line", [
    # a date in words, a date-time in another format, one address only
    "The bridge opened on Friday, 18 May 2018, see https://news.example/most and https://news.example/map.",
    "Cập nhật 06/10/2025 08:15:02 +0700 https://tintuc.example https://tintuc.example/a",
    "Mon, 06 Oct 2025 08:15:02 +0000 https://tintuc.example",
    # a citation with its access date in RFC form but one address; no address at all
    "Retrieved Mon, 06 Oct 2025 08:15:02 GMT from https://example.org/report.",
    "Mon, 06 Oct 2025 08:15:02 +0000 vi hourly 1",
    # an English weekday and month in prose beside addresses
    "On Mon, 6 Oct we met at https://a.example and https://b.example to talk about May 2025.",
])
def test_not_feed_channel(line):
    assert not feed_channel(line)


def test_judge_and_page():
    text = "\n".join(["Khai mạc hội chợ nông sản", _WORDPRESS,
                      "Hội chợ nông sản của tỉnh khai mạc sáng nay với hơn hai trăm gian hàng của các hợp tác xã.",
                      "Ban tổ chức cho biết hội chợ kéo dài đến hết chủ nhật tuần này."]) + "\n"
    assert judge(text.splitlines(), set()) == {1: (FEED_RULE, judge([_WORDPRESS], set())[0][1], {})}
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="tintuc.example/a.txt", path="tintuc.example/a.txt"))
    gone = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert gone.get(_WORDPRESS) == FEED_RULE
    assert not set(gone) & set(text.splitlines()[2:])

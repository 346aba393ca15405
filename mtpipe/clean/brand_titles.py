"""A line that opens with a brand spelled with a lower-case first letter is no lower-case line (issue 12, cp87).

``boilerplate.lower_edge`` takes a short line that opens in lower case before the article's first sentence or after
its last one as a tag or a menu item.  A brand written with a small first letter and a capital inside ("iPhone",
"iPad", "eBay", "iShares", "eSIM") opens a title with its own spelling: cp86's fresh vi sample lost the title "iPhone
7 phát nổ trong khi đàm thoại" over its report ("Một chiếc iPhone 7 đột nhiên phát nổ …").  Dev holds the shape on
two pages: train28's title "iPhone 14 có gì mới: Thiết kế đục lỗ, có Touch ID, giá từ 20.7 triệu" (content, kept: it
is longer than the rule's eight words; its copy lower down is clutter, taken by ``dedupe.exact``) and "iShares Nikkei
225 (DE)" (a fund's name in a list, clutter, three words); nothing of the shape is a tag of five words.
:func:`brand_opening`: the first word is one lower-case letter, a capital, then letters ("iPhone", not "iphone",
not "mRNA"-like codes alone: the word must go on in lower case or digits), and the line holds five words or more (a
tag or a menu item names the product in a word to four: "iPhone 14 Pro Max").
"""

from __future__ import annotations

import re

__all__ = ["brand_opening"]

#: a brand's spelling: one small letter, a capital, then at least one more small letter ("iPhone", "eBay", "iShares")
_BRAND = re.compile(r"^[a-z][A-Z][a-z]+[A-Za-z0-9]*\b")
_MIN_WORDS = 5


def brand_opening(s: str) -> bool:
    """The line opens with a brand in its own spelling and holds :data:`_MIN_WORDS` words or more: a title."""
    s = s.strip()
    return _BRAND.match(s) is not None and len(s.split()) >= _MIN_WORDS

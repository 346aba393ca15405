"""A user's name on a social network, named after a word for an account and the network's name (spam52, issue 12
point 3).

News names an account by its user name, in lower case as the network writes it, right after "tài khoản" ("an
account"), "kênh" ("a channel") or "trang" ("a page") and the network: "Tài khoản Instagram sceii841 chuyên chia sẻ
về xe hơi" (langfresh30's control, flagged before spam52 as a bare host name pasted over a syllable:
:func:`.spam_names.pasted_name`). Such a token stands in a name's slot, not in a word's: :func:`handle_slot` takes
it out of :func:`.spam.find_spam_tokens`' word positions. Only after the network's name: after "tài khoản" alone a
syllable is expected as often ("tài khoản ngân hàng"), and a pasted token there stays weighed; and only a user
name's letters (lower case, figures, "_" and "."), never a capitalised brand.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ACCOUNT_WORDS", "NETWORKS", "handle_slot"]

#: social networks whose accounts news names by their user names
NETWORKS = frozenset("""facebook instagram tiktok youtube twitter threads telegram zalo weibo douyin snapchat
    pinterest linkedin reddit discord twitch github""".split())
#: the words for an account before the network's name
ACCOUNT_WORDS = frozenset("tài khoản|kênh|trang|fanpage|nick".split("|"))
_HANDLE = re.compile(r"[a-z0-9][a-z0-9_.]*[a-z0-9]")
_BEFORE = re.compile(r"(?:^|\s)(\w+(?: \w+)?) (\w+) $")


def handle_slot(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a user's name right after a word for an account and a network's name ("tài khoản
    Instagram sceii841", "kênh YouTube ..."): module docstring."""
    if not _HANDLE.fullmatch(text[a:b]):
        return False
    m = _BEFORE.search(unicodedata.normalize("NFC", text[max(0, a - 40):a]))
    if not m or m.group(2).lower() not in NETWORKS:
        return False
    words = m.group(1).lower()
    return words in ACCOUNT_WORDS or words.split()[-1] in ACCOUNT_WORDS

"""Chinese gambling-site phrases pasted into text ("贝博网页登录入口" over the words of a press report).

Gambling sites' SEO copy names a brand, a site word and an entry word: "爱游戏体育官网首页",
"XX娱乐官方入口", "XX网页登录入口", "XXapp下载" (real pages of such sites read through the search
tool's stored pages, e.g. ayx-tiyu-365.com, kaiyun-tyy.com; field trial 4's xiydc.com copy of a Wang Yi
press conference).  Nothing can be restored under such a phrase, so it is only flagged: left in the
text, its segment flagged ``spam_token`` (never passed on silently).  Two shapes count, both rare in
real prose ("国家体育总局官网首页" is neither: 体育 does not stand right before 官网):

- a gambling word, a site word and an entry word: "体育官网首页", "娱乐官方入口" ("娱乐平台" is not: 平台 is
  everyday Chinese; nor "腾讯体育APP下载": a sports app a real article may name);
- a site word right before a login/sign-up entry: "网页登录入口", "官网注册入口".
"""

from __future__ import annotations

import re

from ..scripts import HAN, char_class

__all__ = ["PHRASE_LANGUAGES", "gambling_phrases"]

#: Document languages whose text is searched for these phrases besides the syllable model's (``vi``).
PHRASE_LANGUAGES = ("zh",)

_BRAND = f"(?:[{char_class(HAN)}]{{2}}|[A-Za-z0-9]{{2,10}})"
# the genre words of such a phrase (sports, entertainment, lottery, e-sports, cards, live dealer, gambling, baccarat):
# read here only, in this position, so not rows of :mod:`.trade_vocab` (Latin words typed in one case; spam85)
_GAMBLING = r"(?:体育|娱乐|彩票|电竞|棋牌|真人|博彩|百家乐|體育|娛樂|電競)"
_SITE = r"(?:官方网站|官方網站|官网|官網|官方|网页版|網頁版|网页|網頁|手机版|手機版)"
_ENTRY = r"(?:(?:登录|登陆|登錄|登入|注册|註冊)?(?:入口|首页|首頁)|注册|註冊)"
_PHRASE = re.compile(f"{_BRAND}{_GAMBLING}{_SITE}{_ENTRY}"
                     f"|{_BRAND}(?:{_SITE}|[Aa][Pp][Pp])(?:登录|登陆|登錄|登入|注册|註冊)(?:入口|地址|网址|網址)")
_HAN = re.compile(f"[{char_class(HAN)}]")


def gambling_phrases(text: str) -> list[tuple[int, int, None, str]]:
    """``(start, end, None, phrase)`` for each gambling-site phrase in ``text`` (nothing to restore)."""
    if not _HAN.search(text):
        return []
    return [(m.start(), m.end(), None, m.group()) for m in _PHRASE.finditer(text)]

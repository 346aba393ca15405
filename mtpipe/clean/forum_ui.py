"""A forum engine's interface words and a poster's card, in the engines' own languages (issue 12, clut76).

:mod:`.ru_edges` (``boilerplate.forum_chrome``) and :mod:`.ru_cards` (``boilerplate.poster_card``) know the engines'
Russian localisation.  A Vietnamese or Russian board often runs an engine in its Chinese or English interface: the
engine's words are the same on every board it runs, whatever the posts' language.  Two classes:

* :func:`engine_chrome`: a Chinese forum engine's interface (Discuz!, the engine of most Chinese boards, and of the
  Vietnamese boards that teach Chinese) on a page that is not Chinese or Japanese: a line made whole of the engine's
  words (:data:`ENGINE_WORDS`: "找回密码", "立即注册", "搜索", "[复制链接]", "主题", "回帖", "积分", "发表于", "只看该作者"
  …), each word alone or labelling a short value ("热搜: chinemaster", "查看: 127|回复: 0", fields joined by "|");
  and a bare number on the line right above or under such a field name (a member's "623" / "主题" / "5" / "回帖": the
  profile card prints its counts over their names).  Only outside the article's text (above its first line of text
  or under its last, :func:`~.widgets._body`) and only where the page holds :data:`MIN_ENGINE` such lines (an
  engine prints a login bar, a thread's counters and the poster's card; one word alone is no interface), none of them
  next to a line of pinyin (a vocabulary the page teaches, "搜索" / "sōusuǒ" / "tìm kiếm", even above its text) ->
  ``boilerplate.forum_chrome``.  What stays: Chinese the page quotes (a word explained in a Vietnamese sentence, a
  list of terms with their pinyin, a vocabulary table's cells inside the text, a heading "一、 句子"): no line of it
  is made whole of the engine's words, or it stands inside the text.
* :func:`member_ranks`: a forum member's rank alone on its line, in the English defaults of the engines (XenForo,
  vBulletin, IPB, phpBB: "Well-known member", "New member", "Administrators", "member") or in Vietnamese ("Thành
  viên mới", "Quản trị viên"), above the article's text (no line of text above it) or next to the poster's card (a
  line a layer removed as its date, counter or field within :data:`NEAR` lines); and the poster's name right above
  it, outside the text (a nickname of one token, "ngoiquannet", or a name of two to five capitalised words, "Võ Xuân
  Trường") -> ``boilerplate.poster_card``.  Counted on the dev pages: the shape stands on ``h13ru04`` (IPB,
  "eda" / "Administrators"), ``h30vi04`` ("ngoiquannet" / "member"), and on ``h45vi02`` (XenForo); no content line
  of any part is such a rank alone.  What stays: a team's "Members" heading over its names inside the text; a name
  in a list of winners (no rank under it); a generic rank ("Member", "Thành viên") with no card beside it and text
  above it.
* :func:`card_fields`: a poster's card above the post's text, its fields' labels over their values, in the boards'
  Vietnamese or English interface (vBulletin's postbit: "Tham gia" / "Jan 2008" / "Nơi Cư Ngụ" / "<the member's
  place>" / "Bài viết" / "18" / "Thanks" / "0" / "Thanked 30 Times in 7 Posts"): :data:`MIN_CARD` labels or more
  (:data:`CARD_LABELS`, a thanks counter), removed or not, in a run above the text; each label and the short value
  under it (:data:`MAX_VALUE_WORDS` words, no stop at its end) -> ``boilerplate.poster_card``.  The layers before
  take a card's dates and counts and some labels; the dev boards (``h11vi01`` ddth.com, ``h14vi05``
  congdongcviet.com, ``h14vi06`` vntelecom.org: three vBulletin boards) carry it, ``h14vi06``'s with six lines left.
  What stays: a "Bài viết" heading or a "Location" field inside the text (under its first line of text), two labels
  alone.

The layer runs after :mod:`.ru_cards` (whose Russian ranks it leaves to it), before :mod:`.structure` and
:mod:`.tables` (they may take a line back).  A removal next to a line the policy held is left
(:func:`~.policy.release_supported`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from ..scripts import HAN, char_class
from .widgets import _body

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["CHROME_RULE", "RANK_RULE", "RULES", "ENGINE_WORDS", "STAT_WORDS", "MIN_ENGINE", "NEAR", "RANKS",
           "CARD_RANKS", "CARD_LABELS", "MIN_CARD", "card_label", "card_fields", "engine_line", "engine_chrome",
           "member_rank", "member_ranks", "ForumLines"]

CHROME_RULE = "boilerplate.forum_chrome"
RANK_RULE = "boilerplate.poster_card"
#: the ledger rules of this module (policy families, docs)
RULES = (CHROME_RULE, RANK_RULE)
MIN_ENGINE = 3  # the engine's lines a page holds, at least
MAX_VALUE_WORDS = 8  # words of a card field's value (a member's location, a count, a date)
NEAR = 2  # lines between a generic rank and its card's removed line, at most

#: a member's counts on the poster's card, each printed over or under its number (Discuz!, simplified and traditional)
STAT_WORDS = ("主题", "主題", "回帖", "帖子", "积分", "積分", "精华", "精華", "威望", "金钱", "金錢", "贡献", "貢獻", "好友",
              "听众", "聽眾", "收听", "收聽", "在线时间", "在線時間", "阅读权限", "閱讀權限", "注册时间", "註冊時間",
              "最后登录", "最後登錄", "UID", "QQ")
#: the Discuz! interface: the login bar, the search box, the thread's counters and buttons, the poster's card and
#: ranks, the footer (simplified and traditional)
ENGINE_WORDS = STAT_WORDS + (
    "找回密码", "找回密碼", "立即注册", "立即註冊", "注册", "註冊", "登录", "登錄", "用户名", "用戶名", "密码", "密碼",
    "自动登录", "自動登錄", "快捷导航", "快捷導航", "搜索", "热搜", "熱搜", "查看", "回复", "回覆", "复制链接", "複製鏈接",
    "发表于", "發表於", "只看该作者", "只看該作者", "显示全部楼层", "顯示全部樓層", "阅读模式", "閱讀模式", "楼主", "樓主",
    "电梯直达", "電梯直達", "倒序浏览", "倒序瀏覽", "使用道具", "举报", "舉報", "返回列表", "发新帖", "發新帖",
    "上一主题", "上一主題", "下一主题", "下一主題", "快速回复", "快速回覆", "高级模式", "高級模式", "本版积分规则",
    "本版積分規則", "发消息", "發消息", "加好友", "管理员", "管理員", "超级版主", "超級版主", "版主", "新手上路",
    "注册会员", "註冊會員", "中级会员", "中級會員", "高级会员", "高級會員", "金牌会员", "金牌會員", "论坛元老",
    "論壇元老", "手机版", "手機版", "小黑屋", "打印", "分享", "收藏", "支持", "反对", "反對")
_WORD = "|".join(sorted(map(re.escape, ENGINE_WORDS), key=len, reverse=True))
#: a field of the engine: its word alone ("搜索", "[复制链接]") or labelling a short value ("热搜: chinemaster",
#: "查看: 127"); a line holds one field or several joined by "|"
_FIELD = rf"\[?\s*(?:{_WORD})\s*\]?(?:\s*[:：]\s*[^\s|:：][^|:：]{{0,30}})?"
_ENGINE = re.compile(rf"{_FIELD}(?:\s*\|\s*{_FIELD})*", re.IGNORECASE)
_STAT = re.compile(rf"(?:{'|'.join(map(re.escape, STAT_WORDS))})", re.IGNORECASE)
#: a tone mark pinyin writes and Vietnamese never does (a macron or a caron on a vowel)
_PINYIN = re.compile("[āēīōūǖǎěǐǒǔǚ]", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,.\s]{0,12}")
_HAN = re.compile(f"[{char_class(HAN)}]")
_NO_ENGINE_LANGS = ("zh", "ja", "ko")  # a page in the engine's own language quotes its words as text

#: the ranks the engines print under a poster's name by default, in English and in Vietnamese (casefolded); the ranks
#: of :data:`CARD_RANKS` are generic words too ("Member" over a team's list): they need the card beside them
RANKS = ("well-known member", "new member", "active member", "junior member", "senior member", "staff member",
         "registered user", "new user", "thành viên mới", "thành viên tích cực", "thành viên năng nổ",
         "thành viên chính thức", "thành viên vip", "quản trị viên", "điều hành viên")
CARD_RANKS = ("member", "members", "administrator", "administrators", "moderator", "moderators", "super moderator",
              "global moderator", "banned", "thành viên")
_RANK = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, RANKS + CARD_RANKS), key=len, reverse=True))})"
                   r"[\s★☆*]*", re.IGNORECASE)
#: what the layers before remove of a poster's card: a date or a counter, a field, the engine's chrome (not a short
#: line's rule: a menu's items beside a "Thành viên" heading are no card)
_CARD_RULES = ("boilerplate.date_line", "boilerplate.dateline", "boilerplate.field", "boilerplate.forum_chrome",
               "boilerplate.poster_card")
#: the fields of a poster's card (vBulletin's postbit and the like) in the boards' Vietnamese and English interface,
#: each label alone on its line over its value (casefolded)
CARD_LABELS = ("tham gia", "tham gia ngày", "ngày tham gia", "ngày gia nhập", "nơi cư ngụ", "đến từ", "bài viết",
               "bài gửi", "số bài viết", "join date", "location", "posts", "like", "likes", "thanks", "thanks (given)",
               "thanks (received)", "thanked", "reputation", "rep power", "blog entries")
MIN_CARD = 3  # the card's labels a run holds, at least
_THANKED = re.compile(r"(?:thanked|liked|được cảm ơn)\s+\d+\s+(?:times?|lần)\s+(?:in|trong)\s+\d+\s+"
                      r"(?:posts?|bài(?: viết)?)", re.IGNORECASE)
_NICK = re.compile(r"[^\s\d][^\s]{1,29}")
_NAME = re.compile(r"[^\W\d_][^\W\d_]*(?:\s+[^\W\d_][^\W\d_]*){1,4}")


def engine_line(s: str) -> bool:
    """The line is made whole of the engine's fields (:data:`_ENGINE`) and holds a Han character."""
    t = s.strip()
    return 0 < len(t) <= 80 and _HAN.search(t) is not None and _ENGINE.fullmatch(t) is not None


def _stat_name(s: str) -> bool:
    return _STAT.fullmatch(s.strip()) is not None


def engine_chrome(lines: list[str], removed: Mapping[int, Any], lang: str) -> dict[int, tuple[str, str]]:
    """A Chinese forum engine's interface lines outside the article's text: index -> (rule, note)."""
    if lang in _NO_ENGINE_LANGS:
        return {}
    got = [i for i, s in enumerate(lines) if engine_line(s)]
    if len(got) < MIN_ENGINE:
        return {}  # a cheap test first: most pages hold none
    body = _body(lines, set(removed) | set(got))
    outside = [i for i in got if not body or i < body[0] or i > body[-1]]
    if len(outside) < MIN_ENGINE or any(_PINYIN.search(lines[j]) for i in got for j in (i - 1, i + 1)
                                        if 0 <= j < len(lines)):
        return {}  # too few, or the words stand by their pinyin: a vocabulary the page teaches
    out = {i: (CHROME_RULE, "a forum engine's interface line (Discuz!: its login bar, search box, a thread's counters "
                            "and buttons, the poster's card), the same words on every board, outside the text")
           for i in outside if i not in removed}
    stats = {i for i in outside if _stat_name(lines[i])}
    for i, s in enumerate(lines):  # the card's counts, each over or under its field's name
        if i in removed or i in out or _NUMBER.fullmatch(s.strip()) is None or (body and body[0] <= i <= body[-1]):
            continue
        if i - 1 in stats or i + 1 in stats:
            out[i] = (CHROME_RULE, "a number over or under a forum engine's field name on the poster's card")
    return out


def card_label(s: str) -> bool:
    """The line is a field label of a poster's card (:data:`CARD_LABELS`), or its thanks counter ("Thanked 30 Times in
    7 Posts")."""
    t = s.strip().strip(":").strip()
    return 0 < len(t) <= 40 and (t.lower() in CARD_LABELS or _THANKED.fullmatch(t) is not None)


def card_fields(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """A poster's card above the article's text, its labels over their values: index -> (rule, note)."""
    labels = [i for i, s in enumerate(lines) if card_label(s)]
    if len(labels) < MIN_CARD:
        return {}  # a cheap test first: most pages hold no card
    body = _body(lines, set(removed) | set(labels))
    top = body[0] if body else len(lines)
    run = [i for i in labels if i < top]
    if len(run) < MIN_CARD or run[-1] - run[0] > 3 * len(run):
        return {}  # no run of the card's fields above the text
    out: dict[int, tuple[str, str]] = {}
    note = "a field of a forum poster's card (its label, its value under it) above the post's text"
    for i in run:
        if i not in removed:
            out[i] = (RANK_RULE, note)
        v = i + 1
        if _THANKED.fullmatch(lines[i].strip().strip(":").strip()):
            continue  # a counter that carries its own value: the line under it is not its value (a post's title)
        if v < top and v not in removed and v not in run and _value(lines[v]):
            out[v] = (RANK_RULE, note)
    return out


def _value(s: str) -> bool:
    """A card field's value: at most :data:`MAX_VALUE_WORDS` words, no stop closing it."""
    t = s.strip()
    return 0 < len(t.split()) <= MAX_VALUE_WORDS and t[-1:] not in ".!?…:"


def member_rank(s: str) -> bool:
    """The line is a forum member's rank alone (:data:`RANKS`, :data:`CARD_RANKS`; stars after it allowed)."""
    t = s.strip()
    return 0 < len(t) <= 40 and _RANK.fullmatch(t) is not None


def _generic(s: str) -> bool:
    return s.strip().strip("★☆* ").lower() in CARD_RANKS


def _card(lines: list[str], removed: Mapping[int, Any], i: int) -> bool:
    """A line of the poster's card a layer removed stands within :data:`NEAR` lines of ``i``."""
    return any(j != i and j in removed and str(removed[j][0]).startswith(_CARD_RULES)
               for j in range(max(0, i - NEAR), min(len(lines), i + NEAR + 1)))


def member_ranks(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """Forum members' ranks above the text or next to their cards, and the poster's name right above each: index ->
    (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and member_rank(s)]
    if not got:
        return {}
    body = _body(lines, set(removed) | set(got))
    out: dict[int, tuple[str, str]] = {}
    for i in got:
        above = not body or i < body[0]
        if not (_card(lines, removed, i) or (above and not _generic(lines[i]))):
            continue
        out[i] = (RANK_RULE, "a forum member's rank alone on its line (an engine's default rank) above the text or "
                             "next to the poster's card")
        name = lines[i - 1].strip() if i > 0 else ""
        if i - 1 >= 0 and i - 1 not in removed and i - 1 not in body and not member_rank(name) \
                and (_NICK.fullmatch(name) or (_NAME.fullmatch(name) and all(w[:1].isupper() for w in name.split()))):
            out[i - 1] = (RANK_RULE, "the poster's name right above the member's rank under it")
    return out


class ForumLines:
    """The clut76 layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        for judge in (lambda r: engine_chrome(lines, r, marks.lang), lambda r: member_ranks(lines, r),
                      lambda r: card_fields(lines, r)):
            found = judge(dict(marks.removed))
            for i, value in found.items():
                if not _releases(len(lines), marks.removed, held, found, i):
                    marks.removed.setdefault(i, value)


def _releases(n: int, removed: Mapping[int, Any], held: Mapping[int, Any], found: Mapping[int, Any], i: int) -> bool:
    """Removing line ``i`` would put a run of lines the policy held between two removed lines (or a removed line and
    the page's edge), which :func:`~.policy.release_supported` then removes: the removal is left to its own rule."""
    for step in (-1, 1):
        k = i + step
        if k not in held or k in removed or k in found:
            continue
        while 0 <= k < n and k in held and k not in removed and k not in found:
            k += step
        if not 0 <= k < n or k in removed or k in found:
            return True
    return False

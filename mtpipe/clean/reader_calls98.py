"""Calls the site makes to its reader about the site itself, not the article: subscribe to us, get our app, this
post will be updated, enjoy the video, pick a language to translate the page (issue 12, cr98: the dev clutter left,
by class).

A line's role, not a topic's words: each class is a sentence addressed to the reader (an imperative or a wish) whose
object is the site's own furniture -- its channel or newsletter, its app, the post's updates, its embedded video, its
translation widget.  An article may *report* a subscription or an app ("Редакция разыграла призы среди
подписчиков", "Người dân có thể tải ứng dụng VNeID"); it does not *ask* the reader to subscribe for a purpose.
Each class was counted over every dev part before it shipped (clutter / content lines of the shape, every tag,
whole lines; ``benchmarks/notes/cr98.md``):

* ``boilerplate.subscribe_call``: an imperative to subscribe (or to press the "Subscribe" button) with its purpose
  ("Подпишись прямо сейчас, чтобы СКАЧАТЬ книгу …!", "… đừng quên nhấn vào nút “Đăng ký” để theo dõi những video
  mới nhất …", "Subscribe to get …"), 40 words at most.  Dev: 2 / 0 (the one content line near it reports a
  "День подписчика"; no imperative).
* ``boilerplate.app_call``: an imperative to download the site's app ("Tải BusMap về để không lo … bạn nhé!",
  "Скачайте наше приложение …", "Download our app …"), 30 words at most.  Dev: 2 / 0.
* ``boilerplate.update_note``: the post's own notice that it will be updated ("Lưu ý: Bài viết sẽ được cập nhật
  liên tục …", "Материал дополняется", "This article will be updated"), 25 words at most.  Dev: 1 / 0.
* ``boilerplate.viewing_wish``: a wish to the reader alone on its line, under an embedded video or post
  ("Приятного просмотра!", "Приятного чтения!", "Chúc các bạn xem vui vẻ!", "Enjoy watching!"), 8 words at most.
  Dev: 1 / 0.
* ``boilerplate.tip_call`` (crumb103): a call to send the newsroom news, a photo or a video: an imperative to
  write, send or call addressed to the editors ("нам", "в редакцию", "us", "chúng tôi" / "tòa soạn") on a line that
  names what is sent ("▶▶ Хотите сообщить новость? Напишите нам! ◀◀", held55's h55ru14; "Снимайте на телефон,
  присылайте в редакцию, …"; "Send us your experiences using the form below."), 30 words at most.  Dev: 2 / 0 (both
  taken already by other rules; "Tell us what you think …", a content line, names nothing sent; "How do I pass
  along a news tip?" asks nothing).  The marks around a line ("▶▶ … ◀◀") are :func:`~.cms_strings.edges`' to strip
  (the wish is matched whole after it).  Only after the text's first sentence (val104): a call of the newsroom
  stands around the article (under it, in a box inside it); a line above every sentence of the text is the page's
  title or lead, and a page titled with the call is the call page itself (a TV station's "Capture breaking news,
  send us your photos" over its own text asking for photos, fresh text; the three dev lines of the shape all stand
  under 4-21 sentences of the text).
* ``boilerplate.translate_prompt``: a translation widget's prompts ("Please select your language to translate the
  article", "You can just close the window to don't translate", "Chọn ngôn ngữ để dịch trang"), 15 words at
  most.  Dev: 2 / 0 (its "Перевести страницу на:" and a bare "Translate" are taken already).

The layer runs in :class:`~.ru_chrome.ChromeLines` after :mod:`.page_furniture97v`, on live lines only; each line
goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import Mapping

from .cms_strings import edges
from .features import _sentence_like
from .words import line_folded

__all__ = ["RULES", "reader_call", "reader_calls98"]

#: an imperative to subscribe (the verb, or pressing the site's "Subscribe" button), then its purpose
_SUBSCRIBE = re.compile(
    r"(?:^|[.!?…]\s+|\s)(?:подпишись|подпишитесь|подписывайтесь|subscribe|"
    r"(?:hãy |đừng quên )?(?:nhấn|bấm|click|ấn)(?: vào)? (?:nút )?[\"“'‘«]?(?:đăng ký|subscribe)[\"”'’»]?|"
    r"(?:hãy )?đăng ký (?:kênh|theo dõi|nhận tin)) .{0,80}?(?:чтобы|не пропустить|быть в курсе|để |"
    r"(?:and )?(?:to get|to receive|never miss|to stay)\b)", re.IGNORECASE)
#: an imperative to download (the site's) app; "Tải X về để …" is the vi wording of "get X to …"
_APP = re.compile(
    r"(?:^|[.!?…]\s+)(?:(?:скачайте|скачивайте|установите|скачай|установи) (?:наше |бесплатное )?(?:мобильное )?"
    r"приложение|(?:hãy )?(?:tải|cài đặt|cài) (?:ngay )?(?:ứng dụng|app) |(?:hãy )?tải (?:ngay )?\S+ về (?:máy )?để |"
    r"download (?:our|the) (?:free )?(?:mobile )?app\b)", re.IGNORECASE)
#: the post's notice that it will be updated
_UPDATE = re.compile(
    r"(?:^|[.!?…:]\s*)(?:bài viết|tin bài|bài|статья|материал|новость|this (?:article|story|post|page)) "
    r"(?:(?:sẽ|đang) (?:tiếp tục )?được cập nhật|будет (?:обновляться|дополняться)|(?:обновляется|дополняется)|"
    r"will be updated|is being updated|is developing)", re.IGNORECASE)
#: a wish to the reader, the whole line
_WISH = re.compile(
    r"(?:приятного (?:просмотра|чтения|прослушивания)|chúc (?:các |quý )?(?:bạn|vị|anh chị) "
    r"(?:xem|đọc|nghe) (?:video |bài viết )?(?:vui vẻ|thú vị|hay)|enjoy (?:watching|reading|the video))\s*[!.…]*",
    re.IGNORECASE)
#: a translation widget's prompts
_TRANSLATE = re.compile(
    r"(?:select|choose) (?:your |a |the )?language to translate|close (?:the|this) window (?:to )?(?:don't|not to) "
    r"translate|(?:chọn|lựa chọn) ngôn ngữ để dịch|выберите язык (?:для|чтобы) перев", re.IGNORECASE)

#: a call to send the editors news (crumb103): an imperative to write, send or call the newsroom ("Напишите нам",
#: "присылайте в редакцию", "send us your …", "gửi … cho tòa soạn") on a line that names what is sent
#: (:data:`_TIP_WHAT`)
_TIP = re.compile(
    r"(?:напишите|пишите|присылайте|пришлите|отправьте|отправляйте|сообщите|сообщайте|звоните|расскажите)"
    r"(?:\s+\S+){0,3}?\s+(?:нам\b|в\s+редакци)|"
    r"\b(?:send|e-?mail|submit) us (?:your )?(?:news|tips?|stor(?:y|ies)|experiences|photos|videos)\b|"
    r"\b(?:got|have) a (?:news )?tip\b|"
    r"(?:hãy|xin|vui lòng|mời)\s+(?:\S+\s+){0,3}?gửi\s+(?:\S+\s+){0,4}?(?:cho|về|đến|tới)\s+"
    r"(?:chúng tôi|tòa soạn|toà soạn|ban biên tập)", re.IGNORECASE)
#: what the reader is asked to send: news, a topic, a photo or video, an incident seen
_TIP_WHAT = re.compile(r"новост|тем[уы]\b|фото|видео|сним|происшеств|свидетел|news|tip|stor(?:y|ies)|experience|"
                       r"photo|video|tin|bài|thông tin|hình ảnh|clip", re.IGNORECASE)

_TESTS = (
    ("boilerplate.subscribe_call", _SUBSCRIBE, 40, "a call to subscribe to the site's channel, with its purpose"),
    ("boilerplate.app_call", _APP, 30, "a call to download the site's app"),
    ("boilerplate.update_note", _UPDATE, 25, "the post's notice that it will be updated"),
    ("boilerplate.translate_prompt", _TRANSLATE, 15, "a translation widget's prompt"),
    ("boilerplate.tip_call", _TIP, 30, "a call to send the newsroom news, a photo or a video"),
)
WISH_WORDS = 8
MOST_WORDS = max(most for *_, most, _ in _TESTS)
RULES = tuple(r for r, *_ in _TESTS) + ("boilerplate.viewing_wish",)
TIP_RULE = "boilerplate.tip_call"
#: a cheap screen before the scans: one of these stems in the folded line
_SEEDS = ("подпи", "subscri", "đăng ký", "скача", "установ", "tải", "cài", "download", "cập nhật", "обновл",
          "дополня", "updated", "developing", "приятного", "chúc", "enjoy", "translat", "dịch", "перев",
          "нам", "редакци", " us ", "tip", "gửi")
#: the stems as one alternation: a search finds one exactly when ``any(w in folded for w in _SEEDS)`` (perf90: half
#: the time of the 19 substring tests on the dev lines)
_SEED = re.compile("|".join(map(re.escape, _SEEDS)))


def reader_call(s: str) -> tuple[str, str] | None:
    """The class of a reader-addressed call about the site, or None: (rule, note)."""
    t = s.strip()
    if not t or len(t) > 400 or t.count(" ") >= MOST_WORDS:  # a paragraph: no class is that long
        return None
    folded = line_folded(t)
    if _SEED.search(folded) is None:
        return None
    words = len(t.split())
    if words <= WISH_WORDS and _WISH.fullmatch(edges(t)) is not None:  # the marks around it aside (crumb103)
        return "boilerplate.viewing_wish", "a wish to the reader under an embedded video or post"
    for rule, pattern, most, note in _TESTS:
        if words <= most and pattern.search(t) is not None and (pattern is not _TIP or _TIP_WHAT.search(t)):
            return rule, note
    return None


def reader_calls98(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Every class, live lines only: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    first: int | None = -1  # the text's first sentence among the live lines (-1: not looked for yet)
    for i, s in enumerate(lines):
        if i in removed:
            continue
        got = reader_call(s)
        if got is not None and got[0] == TIP_RULE:
            if first == -1:
                first = next((j for j, t in enumerate(lines) if j not in removed and _sentence_like(t)), None)
            if first is None or i <= first:
                continue  # above the text (the page's title or lead): no call around an article (val104)
        if got is not None:
            out[i] = got
    return out

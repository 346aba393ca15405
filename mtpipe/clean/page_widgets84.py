"""A page's widgets the layers before leave, in any language: a related-links heading in another word order, a
loading placeholder, a recommendation widget's heading, an emblem's alt text and a social comment box's heading
(issue 12, clut84).

held48's pages, measured blind, kept lines that a widget or a template prints on every page of every site that runs
it; each is a fixed phrase of its kind, the whole line:

* :func:`related_heading`: a related-links heading with "также" / "ещё" in the other word order or with a second
  adverb ("Также по теме:", h48ru01; "Также читайте", "Читайте ещё", "Смотрите также по теме", uk "Також по темі",
  "Читайте також"): :func:`~.furniture.list_heading` knows a fixed list ("Читайте также", "Ещё по теме", "По
  теме"), printed on 9 dev pages of 9 sites. Not a heading naming its subject ("По теме реформы"), and not one
  over a list of sentences (the text's own list, :func:`~.keep.own_list`) -> ``boilerplate.related_heading``.
* :func:`loading_placeholder`: a script's loading placeholder read as text ("Загружается...", h48ru13;
  "Загрузка...", "Loading...", "Đang tải...", "Đang tải dữ liệu", "Loading.... (view fulltext now)", "Идёт
  загрузка", "Завантаження..."): on the dev parts 16 such lines on 12 sites, every one clutter.  The noun alone
  ("Загрузка", "Loading": a how-to's section may be headed so) only with its dots; never a sentence ("Загрузка
  судна началась в 6 утра.") -> ``boilerplate.loading_placeholder``.
* :func:`recommend_heading`: a recommendation widget's heading: a subject that advises reading ("Энциклопедия
  советует прочитать", h48ru13; "Редакция рекомендует"), "Вам также может понравиться", "Вас может
  заинтересовать", "You might also like", "You may also be interested in:", "Bạn có thể thích", "Có thể bạn
  cũng thích" (the fixed forms, "Рекомендуем", "You may also like", "Có thể bạn quan tâm", are
  :func:`~.furniture.list_heading`'s).  The bare "Рекомендуем:" is no such heading (h25ru07: a text's own list
  under it) -> ``boilerplate.recommend_heading``.
* :func:`emblem_alt`: an emblem's alt text, a coat of arms, a flag or a logo above or under the text ("Герб
  города Кирсанова", h48ru15; "Герб сельского поселения", "Герб РФ", h17ru02; "Герб", t28ru70; "logo", held22,
  held35, held48; "Логотип компании", "Flag of Vietnam"): the emblem's noun first (or a brand's capitalised name
  and "logo": "Vietravel logo", t27vi82), six words at most, no stop, comma or digit, outside the article's text
  and not its title, and the text naming no emblem of the kind (a page about the town's coat of arms keeps its
  heading "Герб города" and its sentence "Герб города утверждён в 1781 году.") -> ``boilerplate.emblem_alt``.
* :func:`comment_box`: a social network's comment box heading ("Bình luận nhanh bằng tài khoản Facebook", h48vi12;
  "Bình luận bằng Facebook", "Комментарии через ВКонтакте", "Комментарии Facebook", "Comment with Facebook",
  "Facebook Comments"): the comment word and a network's name, nothing else -> ``boilerplate.comment_box``.

The layer runs with :mod:`.ru_chrome` (its :class:`~.ru_chrome.ChromeLines` calls :func:`page_widgets`) on every
page, after the classifier and the region layer.  It marks live lines only; each line goes to the ledger with its
class's evidence.
"""

from __future__ import annotations

import re
from typing import Mapping

from .avatar_alt import RULE as AVATAR_RULE, avatar_alt
from .features import _sentence_like
from .keyword_lines import RULE as KEYWORD_RULE, keyword_line, repeats_title
from .keep import own_list

__all__ = ["RULES", "RELATED_RULE", "LOADING_RULE", "RECOMMEND_RULE", "EMBLEM_RULE", "COMMENT_RULE",
           "related_heading", "loading_placeholder", "recommend_heading", "emblem_alt", "comment_box",
           "page_widgets"]

RELATED_RULE = "boilerplate.related_heading"
LOADING_RULE = "boilerplate.loading_placeholder"
RECOMMEND_RULE = "boilerplate.recommend_heading"
EMBLEM_RULE = "boilerplate.emblem_alt"
COMMENT_RULE = "boilerplate.comment_box"
RULES = (RELATED_RULE, LOADING_RULE, RECOMMEND_RULE, EMBLEM_RULE, COMMENT_RULE)
EMBLEM_WORDS = 6  # words of an emblem's alt text
_TRIM = " \t•·*›»▪►|>-–—"
_END = r"\s*(?:[:：]|\.{2,}|…)?"

#: the adverb ("также", "ещё") and the pointer in either order, or the pointer with both
_RELATED = re.compile(
    r"(?:(?:а\s+)?(?:также|тоже|ещё|еще)\s+(?:по\s+теме|читайте|смотрите|почитайте|посмотрите)(?:\s+по\s+теме)?|"
    r"(?:читайте|смотрите|почитайте|посмотрите)\s+(?:ещё|еще|тоже)(?:\s+по\s+теме)?|"
    r"(?:читайте|смотрите)\s+также\s+по\s+теме|"
    r"(?:також|ще)\s+(?:по\s+темі|читайте|дивіться)|(?:читайте|дивіться)\s+(?:також|ще)(?:\s+по\s+темі)?)"
    + _END, re.IGNORECASE)
#: a loading placeholder: the progressive forms alone, the nouns only with dots; a bracketed note may follow
_DOTS = r"(?:\s*(?:\.{2,}|…)+)"
_NOTE = r"(?:\s*\([^()]{1,40}\))?"
_LOADING = re.compile(
    rf"(?:(?:загружается|идёт\s+загрузка|идет\s+загрузка|đang\s+tải(?:\s+dữ\s+liệu)?|завантажується|"
    rf"please\s+wait|пожалуйста,?\s+подождите|подождите|loading\s+(?:comments|content|data))(?:{_DOTS}|\s*\.)?|"
    rf"(?:загрузка|loading|завантаження)(?:\s+(?:данных|даних|комментариев|коментарів))?{_DOTS}){_NOTE}",
    re.IGNORECASE)
#: a recommendation widget's heading (the fixed forms without a verb are :func:`~.furniture.list_heading`'s)
_RECOMMEND = re.compile(
    r"(?:(?:[^\W\d_][\w-]*\s+){1,3}(?:советует|советуют|рекомендует|рекомендуют)\s+"
    r"(?:прочитать|почитать|прочесть|посмотреть|к\s+прочтению)|"
    r"(?:редакция|автор|мы)\s+(?:советует|рекомендует|советуем|рекомендуем)(?:\s+(?:прочитать|почитать))?|"
    r"(?:вам\s+)?(?:также\s+|тоже\s+)?(?:может|могут)\s+(?:также\s+|тоже\s+)?понравиться|"
    r"(?:вас\s+)?(?:также\s+)?(?:может|могут)\s+(?:также\s+)?заинтересовать|"
    r"you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested(?:\s+in)?)|you\s+might\s+like|"
    r"bạn\s+(?:cũng\s+)?có\s+thể\s+(?:sẽ\s+)?thích|có\s+thể\s+bạn\s+(?:cũng\s+)?(?:sẽ\s+)?thích|"
    r"có\s+thể\s+bạn\s+muốn\s+(?:xem|đọc))" + _END, re.IGNORECASE)
#: an emblem's noun opening its alt text
_EMBLEM = re.compile(r"(?:герб|флаг|логотип|эмблема|logo|logotype|flag\s+of|coat\s+of\s+arms|biểu\s+tượng|"
                     r"huy\s+hiệu|quốc\s+kỳ|лого)(?![^\W\d_])", re.IGNORECASE)
#: the emblem's noun named in the article's text (its stem: "гербе", "флагом", "logos")
_EMBLEM_STEM = {"герб": r"герб", "флаг": r"флаг", "логотип": r"логотип", "эмблема": r"эмблем", "logo": r"logo",
                "logotype": r"logo", "flag of": r"flag", "coat of arms": r"coat\s+of\s+arms",
                "biểu tượng": r"biểu\s+tượng", "huy hiệu": r"huy\s+hiệu", "quốc kỳ": r"quốc\s+kỳ", "лого": r"лого"}
#: a brand's logo named after it ("Vietravel logo", t27vi82): one to three capitalised words, then the noun
_NAMED_LOGO = re.compile(r"(?:[A-ZÀ-ỸА-ЯЁ][\w&'-]*\s+){1,3}(?P<noun>(?i:logo|logotype|логотип))")
_NOT_ALT = re.compile(r"[.!?;,:\d«»\"“”]")
_NETWORK = r"(?:facebook|fb|вконтакте|vk(?:\.com)?|вк|одноклассники|google\+?|disqus|zalo|twitter)"
_COMMENT = re.compile(
    rf"(?:(?:bình\s+luận|comments?|comment\s+using|комментарии|комментировать|коментарі|коментувати|"
    rf"оставить\s+комментарий|viết\s+bình\s+luận)(?:\s+nhanh)?\s+"
    rf"(?:(?:bằng|qua|với|with|via|through|using|from|через|из|во?|з)\s+)?(?:(?:tài\s+khoản|аккаунт|account)\s+)?"
    rf"{_NETWORK}(?:\s+account)?|{_NETWORK}\s+(?:comments?|комментарии|коментарі|bình\s+luận))" + _END,
    re.IGNORECASE)


def _strip(s: str) -> str:
    return s.strip().strip(_TRIM).strip()


def related_heading(s: str) -> bool:
    """A related-links heading in the other word order ("Также по теме:", "Читайте ещё"), the whole line."""
    t = _strip(s)
    return 0 < len(t) <= 50 and _RELATED.fullmatch(t) is not None


def loading_placeholder(s: str) -> bool:
    """A loading placeholder, the whole line ("Загружается...", "Loading...", "Đang tải dữ liệu")."""
    t = _strip(s)
    return 0 < len(t) <= 70 and _LOADING.fullmatch(t) is not None


def recommend_heading(s: str) -> bool:
    """A recommendation widget's heading, the whole line ("Энциклопедия советует прочитать", "You might also
    like")."""
    t = _strip(s)
    return 0 < len(t) <= 60 and _RECOMMEND.fullmatch(t) is not None


def emblem_alt(s: str) -> str | None:
    """The emblem's noun when the line reads as an emblem's alt text ("Герб города Кирсанова", "logo"): the noun
    first, :data:`EMBLEM_WORDS` words at most, no stop, comma, colon, digit or quote."""
    t = _strip(s)
    if not 0 < len(t) <= 80 or len(t.split()) > EMBLEM_WORDS or _NOT_ALT.search(t):
        return None
    m = _EMBLEM.match(t) or _NAMED_LOGO.fullmatch(t)
    return " ".join(m.group("noun" if m.re is _NAMED_LOGO else 0).casefold().split()) if m else None


def comment_box(s: str) -> bool:
    """A social network's comment box heading ("Bình luận nhanh bằng tài khoản Facebook", "Комментарии
    ВКонтакте"), the whole line."""
    t = _strip(s)
    return 0 < len(t) <= 60 and _COMMENT.fullmatch(t) is not None


def page_widgets(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The lines of these classes not removed yet: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    body = [i for i in live if _sentence_like(lines[i]) or len(lines[i]) > 150]
    # the article's title: the live line right above its first line of text
    title = max((j for j in live if body and j < body[0]), default=-1)
    text = " ".join(lines[i] for i in body).casefold()
    heads = " ".join(lines[j] for j in live if body and j < body[0] and not keyword_line(lines[j]))
    for i in live:
        s = lines[i]
        if related_heading(s) and not own_list(lines, i, _sentence_like):
            out[i] = (RELATED_RULE, "a related-links heading (\"также\" / \"ещё\" and a pointer), the whole line")
        elif loading_placeholder(s):
            out[i] = (LOADING_RULE, "a script's loading placeholder read as text, the whole line")
        elif recommend_heading(s) and not own_list(lines, i, _sentence_like):
            out[i] = (RECOMMEND_RULE, "a recommendation widget's heading, the whole line")
        elif comment_box(s):
            out[i] = (COMMENT_RULE, "a social network's comment box heading, the whole line")
        elif avatar_alt(s):  # clut87
            out[i] = (AVATAR_RULE, "a user picture's alt text (\"<who>'s picture\"), the owner's name at most")
        elif (items := keyword_line(s)) and body and repeats_title(items, heads):  # clut87
            out[i] = (KEYWORD_RULE, "a keyword line: short comma-separated phrases, most in lower case, repeating the "
                                    "words of the title block")
        else:
            if not body or body[0] <= i <= body[-1] or i == title:
                continue  # (the line's place before the line's test, perf80)
            noun = emblem_alt(s)
            if noun is None:
                continue
            if re.search(r"(?<![^\W\d_])" + _EMBLEM_STEM[noun], text):
                continue  # the text names an emblem of its kind: a page about it
            out[i] = (EMBLEM_RULE, f"an emblem's alt text ({noun!r} first, no stop), outside the article's text, "
                                   "which names no emblem")
    return out

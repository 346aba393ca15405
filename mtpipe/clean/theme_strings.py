"""A site theme's and its plugins' English strings on a non-English page, the site's home crumb under its own name and
a post's meta row author (issue 12, clut82: held47's Vietnamese pages, post-blind).

WordPress themes and plugins print the same widget headings and notices on every site that installs them, in English
where the site owner never translated them; on a Russian or Vietnamese page such a line is the theme's furniture, not
the text.  The rules read the line itself (and, for the last two, the site's host and the line beside it):

* ``portal.theme_string`` (:func:`theme_string`): on a page whose language is not English, a whole line that is one
  of the English strings of a closed list taken from the GPL sources that print them (a bullet before it, a colon or
  dots after it allowed):

  - WordPress core's widgets and post navigation (wordpress.org, GPLv2+: "Archives", "Categories", "Previous Post",
    "Next Post"; its strings that ``data/cms_strings.tsv`` holds, "Recent Posts", "Tag Cloud", "Leave a Reply",
    "Older posts", "Search for:", "Comments are closed.", ..., are :mod:`.cms_strings`', cms100);
  - Jetpack's likes and related-posts blocks (Automattic, GPLv2+: "Like Loading...", "Related", "Be the first to like
    this.", "Click to share on Facebook (Opens in new window)",
    "Click to print (Opens in new window)", "Click to email a link to a friend (Opens in new window)");
  - the related-items headings of common themes ("You May Like": Eduma, Edubin and Travlio print it over their
    related courses and tours, ``esc_html_e('You May Like', …)``; "You May Also Like", "You Might Also Like",
    "Related Posts", "Related Articles", "Popular Posts", "Latest Posts", "Trending Now", "Don't Miss", "More
    Stories");
  - a copy button's feedback, "Copied!" (Jetpack's blocks and many plugins: ``__( 'Copied!', … )``; ``h14vi07``'s
    share bar, "Link copied", "Copied to clipboard");
  - the notice of the "WP Content Copy Protection & No Right Click" plugin (wp-buy, wordpress.org/plugins/
    wp-content-copy-protector, GPLv2+), a hidden box every protected page prints at its end: ``<span>error:
    </span>`` and the site's message, "Content is protected !!" by default ("error: Content is protected !!",
    ``h47vi04`` on namthilanguage.edu.vn; the plugin writes "Alert: " when it shows the box); a localised message
    naming the protection ("error: Nội dung đã được bảo vệ!") with it, and the plugin's other messages ("You are not
    allowed to copy content or view source", "Context Menu disabled!", "You are not allowed to save images!").

  ``portal.english_ui`` (:mod:`.vi_heads`) knows some of these on Vietnamese pages only; this list holds on every
  non-English page.  An English sentence quoted in the text ("You may like it or not, he said.") is no whole string
  of the list, nor a title that holds one with more words ("Related Posts in Ukraine").
* ``portal.home_crumb`` (:func:`home_crumb`): the site's home crumb under its own name: a line "<name> : Trang chủ"
  (or "-", "|", "»", "›", "/"; "Главная", "Home" too, or the home label first) whose name spells a label of the
  host the page was fetched from (:func:`~.site_names.fold`, :func:`~.site_names.host_labels`: "Hi88 Online: Trang
  Chủ" on hi88online.net, ``h47vi12``).  The site's own name is the class :mod:`.site_names` removes outside the
  article; with the home label beside it the line is the crumb wherever it stands.  A how-to's "Bước 1: Trang chủ"
  names no host; "Trang chủ" in a sentence is no whole line of this shape.
* ``portal.video_pointer`` (:func:`video_pointer`): a pointer to the page's video standing alone in brackets, the
  whole line: a verb sending the reader to it and the video ("(Xem video cận cảnh khu phố Tàu … )", ``h47vi05``;
  "(Mời độc giả xem video …)", "(Смотрите видео …)"): the scrape kept the pointer, not the video.  One dev page
  holds it; the shape is closed.  A title naming its clip ("Clip: Hàng chục hộ dân phải di dời …", content on a dev
  page) has no brackets and no verb; "(Xem thêm …)" inside a paragraph is no whole line, nor points to a video.
* ``meta.bullet_author`` (:func:`bullet_authors`): a theme's post-meta row printed one bulleted item a line, the
  author's name right beside (no blank line between) a bulleted date another rule removed as a date line: "•
  Namthilanguage" over "• 02/08/2021" (``h47vi04``), "• Toanngo92" over "• 17-07-2025" (``h15vi01``, hocvietcode.com,
  where other rules took it): one to three words, no stop, colon or function word, 40 characters at most, each
  written with lower-case letters (a document's format "• PDF" beside "• November 2019", ``t28vi74``, is no name);
  kept as metadata (byline).  A bulleted list item of the text is longer or a sentence ("• Đình làng cùng lễ hội truyền
  thống …" beside "• Thời gian đăng: …"), and its neighbours are not removed dates.

No line next to a line the policy held is taken (its removal would release the held line,
:func:`~.policy.release_supported`).  The layer runs with :mod:`.close_marks`, right before :mod:`.structure`, on
live lines only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .cms_strings import edges
from .features import STOP_WORDS
from .site_names import fold, host_labels, host_of
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["THEME_STRING", "HOME_CRUMB", "BULLET_AUTHOR", "VIDEO_POINTER", "RULES", "THEME_STRINGS", "theme_string",
           "home_crumb", "video_pointer", "bullet_authors", "theme_lines", "ThemeLines"]

THEME_STRING = "portal.theme_string"
HOME_CRUMB = "portal.home_crumb"
BULLET_AUTHOR = "meta.bullet_author"
VIDEO_POINTER = "portal.video_pointer"
#: the ledger rules of this module (policy families, docs)
RULES = (THEME_STRING, HOME_CRUMB, BULLET_AUTHOR, VIDEO_POINTER)

#: English strings of WordPress core, Jetpack and common themes (module docstring), casefolded, whole lines; those
#: ``data/cms_strings.tsv`` holds ("Recent Posts", "Leave a Reply", "Share this:", ...) are not here (one fact in one
#: place, cms100): :mod:`.cms_strings`' layer, right after this one, takes them (``portal.cms_string``)
THEME_STRINGS = frozenset(" ".join(w.split()) for w in """archives;categories;previous post;next post;like loading;
    related;be the first to like this;you may like;you may also like;you might also like;related posts;
    related articles;popular posts;latest posts;trending now;don't miss;don’t miss;more stories;copied;link copied;
    copied to clipboard""".split(";"))
#: Jetpack's share buttons' titles, one a line
_SHARE = re.compile(r"click to (?:share on [\w+ ]{2,20}|print|email a link to a friend|email)"
                    r"(?: \(opens in new window\))?", re.IGNORECASE)
#: the copy-protection plugin's box: its label, then its default message or one naming the protection; its other
#: messages alone
_PROTECT = re.compile(r"(?:(?:error|alert|warning)\s*:\s*)?content is protected\s*!*"
                      r"|(?:error|alert|warning)\s*:\s*(?:nội dung|bài viết|контент|содержимое|материалы?)\b"
                      r"[^.?]{0,40}(?:bảo vệ|bản quyền|защищ\w*)\s*[.!]*"
                      r"|you are not allowed to (?:copy content or view source|save images)\s*!*"
                      r"|you can ?not save images\s*!*|context menu disabled\s*!*", re.IGNORECASE)
MAX_CHARS = 80


def theme_string(s: str) -> bool:
    """One of the English strings of site themes and plugins, the whole line (module docstring)."""
    t = " ".join(line_words(s))
    if not 0 < len(t) <= MAX_CHARS:
        return False
    core = edges(t)  # the UI-string rules' one edge normalisation (form101)
    if core.isascii() and (core.casefold() in THEME_STRINGS or _SHARE.fullmatch(core) is not None):
        return True
    return _PROTECT.fullmatch(t.strip(" \t•·*-–—|")) is not None


_HOME = r"(?:trang chủ|главная(?: страница)?|головна|home(?: page)?)"
_CRUMB = re.compile(r"(?P<a>[^:|»›/\-–—]{2,40}?)\s*[:|»›/\-–—]\s*" + _HOME + r"|" + _HOME +
                    r"\s*[:|»›/\-–—]\s*(?P<b>[^:|»›/\-–—]{2,40}?)", re.IGNORECASE)


def home_crumb(s: str, names: set[str]) -> bool:
    """A home crumb under the site's own name ("Hi88 Online: Trang Chủ"), the name one of the host's ``names``."""
    m = _CRUMB.fullmatch(s.strip(" \t•·*"))
    if m is None or not names:
        return False
    name = (m.group("a") or m.group("b")).strip()
    return 1 <= len(name.split()) <= 4 and fold(name) in names


#: a pointer to the page's video, the whole line in brackets: the verb that sends the reader to it, then the video
_VIDEO = re.compile(r"[(\[]\s*(?:(?:mời\s+(?:quý\s+)?(?:bạn\s+đọc|độc\s+giả|khán\s+giả|bạn)\s+)?(?:xem|theo\s+dõi)\s+"
                    r"(?:video|clip|phóng\s+sự)|смотрите\s+(?:видео|ролик|сюжет)|watch\s+(?:the\s+)?video)"
                    r"\b[^()\[\]]{0,150}[)\]]\.?", re.IGNORECASE)


def video_pointer(s: str) -> bool:
    """A bracketed pointer to the page's video filling the line ("(Xem video cận cảnh khu phố … )")."""
    return _VIDEO.fullmatch(s.strip()) is not None


_BULLET = re.compile(r"^\s*[•·▪◦]\s*(?P<body>\S.*?)\s*$")
#: the rules that remove a date line (the meta row's date item)
_DATE_RULES = frozenset({"boilerplate.date_line", "boilerplate.dateline_label", "meta.date_line", "meta.weekday_date"})
_NAME_STOPS = ".!?:;,"


def _bullet_name(s: str, lang: str) -> bool:
    m = _BULLET.match(s)
    if m is None:
        return False
    body = m.group("body")
    words = body.split()
    if not 1 <= len(words) <= 3 or len(body) > 40 or any(ch in _NAME_STOPS for ch in body):
        return False
    if not all(w[:1].isalpha() for w in words) or any(w.casefold() in STOP_WORDS.get(lang, ()) for w in words):
        return False
    # a name: capitalised, written with lower-case letters (a file format's "PDF" in a document's meta row is none)
    return words[0][:1].isupper() and all(any(ch.islower() for ch in w) for w in words)


def bullet_authors(lines: list[str], removed: Mapping[int, Any], lang: str) -> dict[int, tuple[str, str]]:
    """The author item of a post's bulleted meta row beside a removed bulleted date: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or "•" not in s[:8] and "·" not in s[:8] or not _bullet_name(s, lang):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j in removed and removed[j][0] in _DATE_RULES \
                    and _BULLET.match(lines[j]):
                out[i] = (BULLET_AUTHOR, "an author's name in a post's bulleted meta row, beside its removed date "
                                         "(a theme's entry meta); kept as metadata: byline=" + s.strip(" \t•·"))
                break
    return out


def theme_lines(lines: list[str], removed: Mapping[int, Any], lang: str, host: str) -> dict[int, tuple[str, str]]:
    """The lines of this module's classes that no layer removed: index -> (rule, note)."""
    names = host_labels(host) if host else set()
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or not s.strip():
            continue
        if lang != "en" and theme_string(s):
            out[i] = (THEME_STRING, "an English widget heading or plugin notice of a site theme on a non-English page "
                                    "(WordPress core, Jetpack, theme and plugin strings)")
        elif video_pointer(s):
            out[i] = (VIDEO_POINTER, "a bracketed pointer to the page's video filling the line (the video is not in "
                                     "the text)")
        elif names and home_crumb(s, names):
            out[i] = (HOME_CRUMB, f"the site's home crumb under its own name as its host {host!r} spells it")
    for i, value in bullet_authors(lines, removed, lang).items():
        out.setdefault(i, value)
    return out


class ThemeLines:
    """The clut82 layer (:class:`~.marks.LineLayer`): live lines only."""

    def mark(self, marks: "Marks") -> None:
        doc = marks.doc
        lines = marks.line_texts()
        found = theme_lines(lines, marks.removed, marks.lang, host_of(doc.doc_id, doc.path))
        held = getattr(marks.removed, "held", None) or {}
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
            if value[0] == BULLET_AUTHOR:
                doc.meta.setdefault("byline", lines[i].strip(" \t•·"))

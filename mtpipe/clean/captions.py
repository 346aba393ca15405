"""Images' words and the page's navigation labels (issue 12, round 21c): a line layer after the duplicates.

Each rule reads the line's place on the page, not its wording, except the closed set of navigation labels:

* ``captions.under_image``: inside the article, the line right under an image (a line that is an image's file
  name, "cao nguyên Y Tý.jpg", or a Markdown image ``![…](…)``) is its caption, when it is caption-sized (40
  words and 300 characters at most, not announcing a list with ":") and either ends without a stop (a
  paragraph ends with one) or has no paragraph of the article under it (a subheading, another image, the end);
  a paragraph under an image, ending in a stop, with the text going on below, stays; so does a numbered list's
  first item under it when its second item follows ("1. Ник автора" / "2. …" under a screenshot, ru46), and a
  Markdown heading (the line underlined with "-" or "=" of about its length, :func:`setext_heading`, cp81), and
  a stopped line that reads as the text's own paragraph, reported speech or two sentences (the article's last
  paragraph under its last photo, :func:`.image_text.text_paragraph`, cap82);
* ``captions.placeholder``: a line that is only an image placeholder's word ("image", "Responsive Image",
  "Hình ảnh", "Фото"): the alt text of an image that did not load;
* ``captions.alt_pair``: inside the article (after its first line of text), a line printed twice in a row is
  an image's alt text and its caption; the duplicate layer removed the second copy, this one the first, or both
  where the removal policy held the duplicate layer's back (the text never prints a sentence or a subheading twice in
  a row);
* ``captions.alt_of_heading``: a short line (two to eight words, no sentence end) right under the page's
  title or right over a heading, whose words stand in that line (case folded, whole words) but are not all
  of it: the alt text of the title's image ("Tính thuế thu nhập vãng lai" under "… Cách tính thuế thu nhập
  vãng lai mới nhất"), a category's label over its own description ("Kinh nghiệm du lịch" over "Kinh
  nghiệm du lịch: Tổng hợp …"); only above the article's first line of text or right under its title, and not
  under a breadcrumb trail (:func:`crumb_trail`: the line under it is the title the trail cut short, cp55) nor
  under a crumb closed by the line's copy (:func:`crumb_copy`: "Главная Новости Субботник в поселении" over
  "Субботник в поселении", the crumb is the copy, alt84), and not
  a numbered day heading over its day's paragraph ("Ngày 1" under "Lịch trình 3 ngày 2 đêm":
  :func:`.day_headings.numbered_day`, cp60);
* ``captions.nav_label``: a search box's or a table of contents' label standing alone as a line ("Tìm
  kiếm", "Close this search box.", "Поиск", "Table of Contents", "Nội dung chính:", "Nội dung chính của bài"
  (held36, post36), "Содержание"): the one word list here, a closed class of page controls in each language;
  outside the article (above its first line of text or below its last), also a login box's field or link ("Логин:",
  "Пароль", "Запомнить меня", "Đăng nhập / Đăng ký", "Регистрация | Забыли пароль?"; sign-in and register alone
  only joined to another control); not a field's label over its value, an e-mail or web address alone on the next
  line ("E-mail" over "giaoxu…@gmail.com" in a parish's record, crawl12's ``c12vi14``, cp61: a login box's field has
  no value under it; the address itself is clutter, Convention 9);
* ``captions.repeated_label``: a line that is one short phrase printed twice or more ("No title... No title..."),
  a widget's label; ``captions.spaced_menu``: outside the article, a raw line of three or more short items set
  apart by wide gaps ("НОВОСТИ   КНИГИ   РЫБАЦКАЯ КУХНЯ"), a menu bar flattened to text;
* ``captions.repeated_block``: two or more short lines printed again in the same order further down the
  page, above the article (a header rendered twice, for a phone and for a desktop): every copy goes; not lines
  closed with a comma or semicolon, items of a list the text runs on (a week's opening hours repeat day by day).

Each removal goes to the ledger with its rule and its evidence (the image line, the copy's offset …).

:func:`title_caption` (lost40): ``boilerplate.caption`` takes a line in a caption's words ("Chùm Ảnh: …", "Фото: …");
the page's first line of six words or more over a paragraph is the page's title in those words (a photo album's
page), not a caption (README convention 10).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .day_headings import numbered_day
from .features import _END, _WORDS, _sentence_like
from .furniture import strip_bullet
from .image_text import text_paragraph
from .records import over_address
from .self_names import MAX_CRUMB, home_link
from .words import line_folded, line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["CaptionLines", "judge", "is_image_line", "nav_label", "placeholder", "repeated_label", "spaced_menu", "title_caption",
           "crumb_trail", "crumb_copy", "setext_heading", "underlined"]

#: a breadcrumb's separator between two crumbs, spaced ("Главная / Общество / …", "Trang chủ » Tin tức » …")
_CRUMB_SEP = re.compile(r"\s[»›>/→]\s")
_IMAGE_FILE = re.compile(r"^\W*[^\n]{1,120}\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)\W*$", re.IGNORECASE)
_MD_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_PLACEHOLDER = re.compile(
    r"(?:(?:responsive|featured|thumbnail|header|cover|post) )?(?:image|img|photo|picture|thumbnail)s?|"
    r"ảnh|hình ảnh|hình|фото|фотография|фотографии|изображение|картинка",
    re.IGNORECASE)
_NAV = re.compile(
    r"(?:close this )?search(?: box| for)?|tìm kiếm|tra cứu|поиск(?: по сайту)?|найти|"
    r"(?:table of )?contents|nội dung chính(?: của bài(?: viết)?)?|nội dung bài viết|mục lục(?: bài viết)?|"
    r"содержание(?: статьи)?|оглавление",
    re.IGNORECASE)
#: a login box's controls: a field label, its check box, its links; sign in / register alone can be a subheading
_LOGIN_FIELD = (r"логин|пароль|e-?mail|запомнить меня|забыли пароль\??|tên đăng nhập|mật khẩu|ghi nhớ(?: đăng nhập)?|"
                r"quên mật khẩu\??|username|password|remember me|forgot(?: your)? password\??")
_LOGIN_LINK = r"регистрация|войти|вход|đăng nhập|đăng ký|login|log in|sign in|sign up|register"
_LOGIN = re.compile(rf"(?:{_LOGIN_FIELD})\s*:?|(?:(?:{_LOGIN_FIELD}|{_LOGIN_LINK})\s*[/|]\s*)+(?:{_LOGIN_FIELD}|{_LOGIN_LINK})",
                    re.IGNORECASE)
_TRIM = " \t•·*›»▪►|:.…-–—"
_REPEATED = re.compile(r"^(\S.{2,58}?)(?:[\s.…|/•·-]*\1){1,}[\s.…]*$")
_FIRST_ITEM = re.compile(r"^1\s*[.)]\s*\S")  # a numbered list's first and second items
_SECOND_ITEM = re.compile(r"^2\s*[.)]\s*\S")
_UNDERLINE = re.compile(r"^(?:-{3,}|={3,})$")  # a Markdown (setext) heading's underline


def setext_heading(strip: list[str], i: int) -> bool:
    """The line is a Markdown heading: the next line underlines it with "-" or "=" of about its length ("Lịch nghỉ
    lễ 30/4 – 1/5 năm 2020" over 32 dashes under an image line, audit35 dev2 ``x-hddtvn-4``, cp81): a subheading of
    the text, no caption of the image above it (a separator rule has its own length, not the line's)."""
    return underlined(strip[i], strip[i + 1] if i + 1 < len(strip) else "")


def underlined(line: str, nxt: str) -> bool:
    """``nxt`` (stripped) is a setext underline of about the length of ``line`` (stripped): :func:`setext_heading`."""
    return _UNDERLINE.match(nxt) is not None and len(line) / 2 <= len(nxt) <= 2 * len(line) + 2
_GAP = re.compile(r" {3,}|\t+")
_NOT_MENU = re.compile(r"[\d.!?…:;,]")


def placeholder(s: str) -> bool:
    """A line that is only an image placeholder's word ("image", "Hình ảnh", "Фото")."""
    t = s.strip(_TRIM)
    return 0 < len(t) <= 30 and _PLACEHOLDER.fullmatch(t) is not None


def nav_label(s: str) -> bool:
    """A search box's or a table of contents' label standing alone ("Tìm kiếm", "Table of Contents")."""
    t = s.strip(_TRIM)
    return 0 < len(t) <= 30 and _NAV.fullmatch(t) is not None


def login_label(s: str) -> bool:
    """A login box's field or links standing alone ("Пароль:", "Đăng nhập / Đăng ký")."""
    t = s.strip(" \t•·*›»▪►-–—")
    return 0 < len(t) <= 40 and _LOGIN.fullmatch(t) is not None


def is_image_line(s: str) -> bool:
    """An image's file name, a Markdown image, or a bare placeholder word standing as a line."""
    t = s.strip()
    return bool(_MD_IMAGE.match(t) or (_IMAGE_FILE.match(t) and len(t.split()) <= 8) or placeholder(t))


def image_mark(s: str) -> bool:
    """An image's own trace in the text: its file name or a Markdown image (a placeholder word is no evidence
    that a caption follows)."""
    t = s.strip()
    return bool(_MD_IMAGE.match(t) or (_IMAGE_FILE.match(t) and len(t.split()) <= 8))


def _words(s: str) -> list[str]:
    return _WORDS.findall(s.casefold())


def _inside(short: str, long: str) -> bool:
    """``short``'s words stand in ``long`` in a row (whole words, case folded), and are not all of it."""
    a, b = _words(short), _words(long)
    if not a or len(a) >= len(b):
        return False
    return any(b[k:k + len(a)] == a for k in range(len(b) - len(a) + 1))


#: the words that join a title of two parts ("Sứ mệnh & Tầm nhìn", "Тарифы и услуги", "Mission and Vision")
_JOIN = re.compile(r"\s+(?:&|và|и|and)\s+", re.IGNORECASE)


def _title_tail(short: str, title: str) -> bool:
    """``short`` is a Russian line equal to the title's last words, or a line in any script equal to one whole part of
    a title of two parts joined by "&" / "và" / "и" / "and" (:data:`_JOIN`): a subheading taking up the title's topic
    ("О нападении" under "«…»: пережившая стрельбу … россиянка рассказала о нападении", rtq93's RT check draw, rtq96;
    "Tầm nhìn" under "Sứ mệnh & Tầm nhìn", over the vision's paragraph, held53's h53vi15, lost97).  An image's alt text
    says the title or its head, cut anywhere ("Bổn phận tham dự Thánh Lễ Chúa Nhật" under "… Chúa Nhật sẽ tiếp tục
    lại"), not a part cut at the joining word.  Dev, a short line right under a line it is a joined part of: content 2
    (h23vi27's "1.1.Kinh tế hợp tác" under "1. Kinh tế hợp tác và …", h22vi08's), clutter 1 (a BBC page's "All posts
    are reactively-moderated" under its own longer copy, both clutter, no title); the rule's 4 dev removals are heads
    or middles of the title and still go.  A plain tail stays Cyrillic only: alt84's test keeps a
    Vietnamese tail as alt text (made up; no dev alt text is a tail)."""
    a, b = _words(short), _words(title)
    if not 0 < len(a) < len(b):
        return False
    if b[-len(a):] == a and re.search(r"[а-яё]", short.casefold()) is not None:
        return True
    return _JOIN.search(title) is not None and any(_words(part) == a for part in _JOIN.split(title))


def _caption_sized(s: str) -> bool:
    t = s.strip()
    return 0 < len(t) <= 300 and len(t.split()) <= 40 and t[-1:] not in ":;," and not is_image_line(t)


def repeated_label(s: str) -> bool:
    """A line that is one short phrase printed twice or more ("No title... No title...", "Chevron Forward
    Chevron Forward"): a widget's label, never a sentence."""
    t = s.strip()
    return len(t) <= 120 and _REPEATED.match(t) is not None and any(ch.isalpha() for ch in t)


def spaced_menu(raw: str) -> bool:
    """A raw line of three or more items set apart by runs of three spaces or tabs, each three words at most,
    letters only, no sentence end ("НОВОСТИ   КНИГИ   РЫБАЦКАЯ КУХНЯ    КАРТА САЙТА"): a menu bar flattened
    to text (ingest folds the spaces, so the raw line is read)."""
    items = [x for x in _GAP.split(raw.strip()) if x]
    return len(items) >= 3 and all(len(x.split()) <= 3 and not _NOT_MENU.search(x) for x in items)


def judge(lines: list[str], removed: dict[int, tuple[str, str | None]],
          raw: list[str] | None = None) -> dict[int, tuple[str, str]]:
    """The lines of one document this layer removes: index -> (rule, ledger note); ``raw`` holds each line as
    the raw text had it (its spacing), when known."""
    n = len(lines)
    out: dict[int, tuple[str, str]] = {}
    strip = [ln.strip() for ln in lines]
    body = [i for i in range(n) if i not in removed and (_sentence_like(strip[i]) or len(strip[i]) > 150)]
    first_body = body[0] if body else n

    def live(i: int) -> bool:
        return 0 <= i < n and i not in removed and i not in out

    for i in range(n):
        if not live(i):
            continue
        s = strip[i]
        if placeholder(s):
            out[i] = ("captions.placeholder", "only an image placeholder's word (the alt text of an image)")
        elif nav_label(s):
            out[i] = ("captions.nav_label", "a search box's or a table of contents' label standing alone")
        elif (i < first_body or i > body[-1]) and login_label(s) \
                and not over_address(strip, i):  # a field's label over its address (cp61)
            out[i] = ("captions.nav_label", "a login box's field or link standing alone, outside the article")
        elif repeated_label(s):
            out[i] = ("captions.repeated_label", "one short phrase printed twice or more in the line (a widget's label)")
        elif raw is not None and (i < first_body or i > body[-1]) and spaced_menu(raw[i]):
            out[i] = ("captions.spaced_menu", "three or more short items set apart by wide gaps, outside the article "
                      "(a menu bar)")
    def _text_follows(i: int) -> bool:
        nxt = next((j for j in range(i + 1, n) if j not in removed), -1)
        return nxt in body

    def _list_opens(i: int) -> bool:
        """The line is a numbered list's first item and the next live line its second ("1. Ник автора" / "2.
        Зелёный огонёк …" under a screenshot the list explains, train30): the list the text runs on, no caption."""
        nxt = next((j for j in range(i + 1, n) if j not in removed and strip[j]), -1)
        return _FIRST_ITEM.match(strip[i]) is not None and nxt > 0 and _SECOND_ITEM.match(strip[nxt]) is not None

    for i in range(1, n):
        # under an image: its caption, when the article goes on below it
        if live(i) and i > first_body and image_mark(strip[i - 1]) and _caption_sized(strip[i]) \
                and (strip[i][-1:] not in _END or not (_text_follows(i) or text_paragraph(strip[i]))) \
                and not _list_opens(i) \
                and not setext_heading(strip, i):  # cp81
            out[i] = ("captions.under_image", f"caption-sized line right under the image line {strip[i - 1][:40]!r}")
    out.update(_alt_pair(strip, body, removed))
    for i in range(n):
        if not live(i):
            continue
        s = strip[i]
        k = len(line_words(s))
        if not 2 <= k <= 8 or s[-1:] in _END or s[-1:] == ":" or len(s) > 80:
            continue
        prev = next((j for j in range(i - 1, -1, -1) if live(j)), -1)
        nxt = next((j for j in range(i + 1, n) if live(j)), -1)
        if prev >= 0 and prev < first_body and nxt == first_body and _inside(s, strip[prev]) \
                and not any(live(j) for j in range(prev)) and not crumb_trail(strip[prev]) \
                and not crumb_copy(strip[prev], s) and not _title_tail(s, strip[prev]) \
                and not numbered_day(strip, i):  # "Ngày 1" under "… 3 ngày 2 đêm": day one's heading (cp60)
            out[i] = ("captions.alt_of_heading", f"under the title {strip[prev][:40]!r}, holding words of it "
                      "(its image's alt text)")
        elif 0 <= nxt <= first_body and i < first_body and strip[nxt][len(s):len(s) + 1] == ":" and strip[nxt][:len(s)].casefold() == s.casefold():
            out[i] = ("captions.alt_of_heading", f"the label of the next line {strip[nxt][:40]!r} standing "
                      "alone above it (a category's heading over its description)")
    out.update(_repeated_blocks(strip, first_body, removed, out))
    return out


def crumb_trail(s: str) -> bool:
    """A breadcrumb trail: three crumbs or more, spaced separators between them ("Главная / Общество / Движение дачных
    автобусов возобновится …", held38).  No title the page's image bears: the line under it that holds the last
    crumb's words is the title itself, the trail cut short, not its image's alt text (cp55)."""
    return len(_CRUMB_SEP.findall(s)) >= 2


def crumb_copy(crumb: str, title: str) -> bool:
    """``crumb`` is a breadcrumb closed by ``title``'s copy: it ends with the whole of ``title`` (spaces and case
    folded, whole words), and the crumbs before it, :data:`~.self_names.MAX_CRUMB` + 1 words at most, open with a
    home link's word ("Главная Новости Субботник …", glued, :mod:`.self_names`; "Home / Title"; "Trang chủ | Tin
    tức | …") or close with a spaced separator ("Tin tức » Title").  The line under it is the page's title, the
    trail's last crumb its copy, not the title's image's alt text (alt84; a trail of three crumbs is
    :func:`crumb_trail`'s)."""
    c, t = " ".join(crumb.split()).casefold(), " ".join(title.split()).casefold()
    if not t or len(t) >= len(c) or not c.endswith(t) or c[-len(t) - 1] != " ":
        return False
    head = c[:-len(t)]
    return len(head.split()) <= MAX_CRUMB + 1 and (home_link(c) or _CRUMB_SEP.search(head[-3:]) is not None)


def _alt_pair(strip: list[str], body: list[int], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """The same line twice in a row between two paragraphs of the article (or after its last), or under a photo
    credit ("Reuters") and over a paragraph: an image's alt text and its caption; the duplicate layer took the second
    copy, this the first (both, when the policy held the duplicate layer's removal back).  Not on a page holding two
    such pairs or a line printed three times: a listing prints each item's title twice (its link and its
    heading) over the item's lead, and the first copy is the item's title."""
    n = len(strip)
    key = [line_folded(s) for s in strip]
    pairs = [i for i in range(n - 1) if key[i] and key[i] == key[i + 1]]
    if len(pairs) != 1 or not body:
        return {}
    i = pairs[0]
    prev = next((j for j in range(i - 1, -1, -1) if j not in removed), -1)
    nxt = next((j for j in range(i + 2, n) if j not in removed), -1)
    if i in removed or (i + 1 in removed and not removed[i + 1][0].startswith("dedupe.")) \
            or not _caption_sized(strip[i]) or (i + 2 < n and key[i + 2] == key[i]) or (nxt >= 0 and nxt not in body) \
            or not (prev in body or removed.get(i - 1, ("",))[0] == "boilerplate.caption"):
        return {}
    note = ("the same line twice in a row between paragraphs of the article (an image's alt text and its caption; the "
            "second copy went as a duplicate)")
    if i + 1 in removed:
        return {i: ("captions.alt_pair", note)}
    # the duplicate layer's removal of the second copy held back by the policy (a short copy, vi41): both go here
    note = note.replace("went as a duplicate", "held back as a duplicate by the policy: both copies go")
    return {i: ("captions.alt_pair", note), i + 1: ("captions.alt_pair", note)}


def _repeated_blocks(strip: list[str], first_body: int, removed: dict[int, tuple[str, str | None]],
                     out: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """Two or more short lines above the article printed again in the same order: every copy goes."""
    got: dict[int, tuple[str, str]] = {}
    head = [i for i in range(min(first_body, len(strip))) if strip[i]]
    short = [i for i in head if len(line_words(strip[i])) <= 6 and len(strip[i]) <= 60]
    keys = {i: line_folded(strip_bullet(strip[i])) for i in short}
    for a in short:
        if a + 1 not in keys:
            continue
        for b in short:
            if b <= a + 1 or b + 1 not in keys:
                continue
            if keys[a] == keys[b] and keys[a + 1] == keys[b + 1] and keys[a] != keys[a + 1] \
                    and not any(keys[i][-1:] in ",;" for i in (a, a + 1)):  # items of a list the text runs on
                for i in (a, a + 1, b, b + 1):
                    if i not in removed and i not in out:
                        got[i] = ("captions.repeated_block", f"one of two short lines printed again at line "
                                  f"{b + 1 if i < b else a + 1} in the same order, above the article (a header "
                                  "rendered twice)")
    return got


class CaptionLines:
    """The layer (:class:`~.marks.LineLayer`): :func:`judge` on the lines the layers before it left."""

    def mark(self, marks: "Marks") -> None:
        doc = marks.doc
        lines = marks.line_texts()
        raw = [doc.raw_text[doc.to_raw(a):doc.to_raw(b - 1) + 1] if b > a else "" for a, b in marks.spans]
        for i, (rule, note) in judge(lines, marks.removed, raw).items():
            marks.removed[i] = (rule, note)


#: a photo's credit closing a line after a sentence's stop ("… в троллейбусах. Фото: Ю. Гагарин", "… ngày 26/5. Ảnh:
#: EVN", "… Ảnh chụp màn hình", "… Фото: ru1.md"): the label, then sixty characters at most (initials, an address)
_CREDIT_TAIL = re.compile(r"[.!?…»\"”)]\s*(?:Фото|ФОТО|Коллаж|Ảnh|ẢNH|Photo|PHOTO)(?![^\W\d_])[^!?…]{0,60}$")


def photo_story(lines: list[str], s: str) -> bool:
    """True when the caption ``s`` (a sentence of six words or more, then its photo's credit, :data:`_CREDIT_TAIL`)
    stands on a page where half the lines of eight words or more, two at least, close with such a credit: a photo
    story or a list of teasers, each item a photo and its text (round 28c: held23, crawl9, the captions labelled
    content), not an article's caption among paragraphs that carry none."""
    m = _CREDIT_TAIL.search(s)
    if m is None or len(s[:m.start() + 1].split()) < 6:
        return False
    long = [ln for ln in lines if len(ln.split()) >= 8]
    tails = sum(_CREDIT_TAIL.search(ln) is not None for ln in long)
    return tails >= 2 and 2 * tails >= len(long)


_TITLE_WORDS = 6
_LEAD_WORDS = 8


def title_caption(lines: list[str], i: int) -> bool:
    """True when line ``i`` opens the page (no line with text above it), holds ``_TITLE_WORDS`` words or more and no
    sentence end in it, and the next line with text is a paragraph (``_LEAD_WORDS`` words or more with a stop
    in it): the page's title in a caption's words ("Chùm Ảnh: Quan Âm Tu Viện Trong Ngày Đại Lễ Phật Đản Mùng 8/4", a
    photo album's page, lost40; README convention 10), not a caption: a caption stands under a title or an image."""
    s = lines[i].strip()
    if any(lines[j].strip() for j in range(i)) or len(s.split()) < _TITLE_WORDS or s[-1:] in ".!?…" \
            or re.search(r"[^\W\d_]{2}[.!?…]\s", s):
        return False  # (a sentence inside: a photo's caption with its credit, "… Си Цзиньпин. Фото: Синьхуа")
    nxt = next((t.strip() for t in lines[i + 1:] if t.strip()), "")
    return len(nxt.split()) >= _LEAD_WORDS and any(ch in nxt for ch in ".!?…")


#: a photo's credit opening a line ("Ảnh: CNN …", "Фото: ТАСС …"), then what follows it on the line
_CREDIT_HEAD = re.compile(r"^\s*(?:Ảnh|ẢNH|Фото|ФОТО|Photo|PHOTO)\s*:\s*(?P<rest>.+)$")
_GLUED_WORDS = 13  # words after the label: a credit's name (one to four) and a sentence of the text


def glued_text(s: str) -> bool:
    """True when a photo's credit opens the line and a sentence of the text follows it on the same line ("Ảnh: CNN
    Chúng ta cần làm mọi biện pháp để khôi phục lại, …, Thị trưởng … nói với CNN.", a text whose lines are its
    sentences glues the credit to the next one, cp78): :data:`_GLUED_WORDS` words or more after the label and a
    sentence's stop at the end.  No caption or credit rule takes the line: it holds the text's sentence."""
    m = _CREDIT_HEAD.match(s)
    if m is None:
        return False
    rest = m.group("rest").rstrip(" \"'”»)")
    return len(rest.split()) >= _GLUED_WORDS and rest[-1:] in ".!?…"

"""The site's own name as its host spells it, standing outside the article (issue 12, clut69).

A site prints its name at the top of every page, a masthead or a logo's text: "Kinh tế nông thôn" on
kinhtenongthon.vn (h13vi02), "Long Xuyên Hải Ngoại" on longxuyenhaingoai.blogspot.com (tune vi25), "DRAKON.SU" on
forum.drakon.su (h15ru01), "Sài·gòn·eer" on saigoneer.com (crawl8), "Thông Luận" on thongluan-rdp.org
(crawlvi7blind).  What tells it from a heading of the page is generic evidence that no word list holds: the line,
its accents, case, spaces and punctuation aside, spells the very name of the host the page was fetched from (the
run's folder: a crawl stores a site's pages under its host, :func:`~.lines._folder`), and nothing else.  The
earlier layers take such a name only beside the header's contact line (:mod:`.header_names`) or when it says
"Официальный сайт …" (``boilerplate.site_masthead``).

``boilerplate.site_name`` (:func:`site_names`): a live line of :data:`MAX_WORDS` words at most, with no stop, colon or
question mark at its end, whose letters and digits, folded (:func:`fold`: case, Vietnamese accents and "đ", Russian
letters transliterated, everything that is not a letter or a digit dropped), equal one label of the host (a label
of :data:`MIN_LABEL` letters at least, "www", "m" and the public suffix left out; a hyphenated label also whole
and by its parts: "thongluan-rdp" gives "thongluanrdp" and "thongluan") or that label with the host's last suffix
("DRAKON.SU"); and it stands outside the article: above the first line of its text (a sentence-like line or one
over 150 characters) and not right above it (the line right above the text is its title: a page about the site
itself, "GIÁO XỨ ĐÔNG SƠN" over the parish's history on giaoxudongson.com, h34vi14, keeps it), or below its last
line.  A title asking a question reads as a sentence; standing first over more text it is the title, not the text's
first line (:func:`question_title`: "Thông Luận" over "Nền dân chủ đang lạc lối ?" on thongluan-rdp.org, clut75).
A page with no line of text is left alone.  Only a folder named like a host (labels of letters, digits and
hyphens joined by dots, a last label of two to six letters) is read: a folder "pages" or "data" says nothing.

What shares the shape and stays: the place named in a title ("В Качканаре могут открыть медколледж" on
kachkanar.ru: more than the name), a letterhead naming the commune ("XÃ ĐỨC HỢP" on duchop.gov.vn, h17vi02: "xã"
is more than the host's label, and the letterhead stands inside the document's text), an author's name a host
carries with more ("NGUYỄN TRỌNG TẠO" on nhathonguyentrongtao.wordpress.com: not the whole label).

The name may carry one word after it, a kind or a section (:func:`kind_word`, left99): "Sáu Nhung Coop" on
saunhung.com (h54vi08), "ZAXID.NET TV", "L'Express Placements".  Counted over every dev part's labelled lines (held54
left out), a line of at most six words whose words but the last spell a host label, that last word of 12 letters at
most: 20 clutter, 1 metadata, no content (wherever it stands on the page); with the word before the name instead, one
content line (the letterhead "XÃ ĐỨC HỢP"), so only after.

A removal next to a line the policy held is left (:func:`~.policy.release_supported`).  The rule runs in
:class:`~.header_names.HeaderNames`' layer (the site's own name, first on the page), after its contact-line test.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Mapping

from .features import _sentence_like
from .lines import posix_parent
from .words import line_words

__all__ = ["RULE", "MAX_WORDS", "MIN_LABEL", "KIND_LETTERS", "fold", "kind_word", "host_of", "host_labels",
           "question_title", "site_names"]

RULE = "boilerplate.site_name"
MAX_WORDS = 6  # a site's name: "Long Xuyên Hải Ngoại", "Kinh tế nông thôn"
MIN_LABEL = 5  # letters of a label read: "vn", "gov", "news", "site" name no site
KIND_LETTERS = 12  # letters of the word after the name (:func:`kind_word`: "Coop", "TV", "Online", "Placements")

#: a folder named like a host: labels of letters, digits and hyphens joined by dots, a last label of letters
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,6}$")
#: labels of a host that name no site: its machine's name and the second-level public suffixes before a country's
_NOT_NAME = frozenset({"www", "www2", "m", "amp", "mobile", "com", "net", "org", "edu", "gov", "info", "biz", "co",
                       "blogspot", "wordpress", "wixsite", "narod", "ucoz", "forum", "news"})
#: Russian letters as a host spells them (the common transliteration: "Качканар" -> "kachkanar")
_TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
                           "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                           "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                           "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "đ": "d"})
_END = ".!?…:;"
TITLE_WORDS = 20  # words of a title asking a question (a longer line ending with "?" is the text's own sentence)
_STOP_INSIDE = re.compile(r"[.!?…](?:\s|$)")


def fold(s: str) -> str:
    """The line's letters and digits as a host spells them: case folded, Vietnamese accents and "đ" plain, Russian
    letters transliterated, everything else (spaces, dots, hyphens, a logo's middle dots) dropped."""
    t = unicodedata.normalize("NFKD", s.casefold().translate(_TRANSLIT))
    return "".join(c for c in t if c.isascii() and c.isalnum())


def host_of(doc_id: str, path: str | None = None) -> str:
    """The host the page was fetched from, when the run's folder is named like one ("" otherwise): the folder of the
    document's id, or the name of the folder holding its file (a crawl's run folder is the site's own)."""
    for p in (doc_id, str(path or "").replace("\\", "/")):
        name = posix_parent(p)[1].casefold()  # PurePosixPath(p).parent.name (perf75)
        if _HOST.match(name):
            return name
    return ""


def host_labels(host: str) -> set[str]:
    """The spellings of the site's name a host gives: each label of :data:`MIN_LABEL` letters at least (not the
    public suffix, not :data:`_NOT_NAME`), whole without its hyphens and by its hyphenated parts, and each with the
    host's last suffix glued ("drakonsu")."""
    labels = host.split(".")
    tld = labels[-1]
    out: set[str] = set()
    for label in labels[:-1]:
        if label in _NOT_NAME or label.startswith("xn--"):
            continue
        for part in {label.replace("-", ""), *label.split("-")}:
            if len(part) >= MIN_LABEL:
                out.update({part, part + tld})
    return out


def question_title(s: str) -> bool:
    """A title asking a question: one sentence of :data:`TITLE_WORDS` words at most ending with "?", no sentence's
    end inside it ("Nền dân chủ đang lạc lối ?", "Liệu có một cuộc thảm sát như Thiên An Môn ở Việt Nam hay
    không ?")."""
    t = s.strip()
    return t.endswith("?") and len(t.split()) <= TITLE_WORDS and _STOP_INSIDE.search(t[:-1]) is None


def kind_word(s: str, names: set[str]) -> str | None:
    """The one word after the site's name on a line whose other words spell it ("Sáu Nhung Coop" on saunhung.com,
    "ZAXID.NET TV"; left99): the word, of :data:`KIND_LETTERS` letters at most; else None.  Only after the name: a word
    before it is a letterhead's ("XÃ ĐỨC HỢP" on duchop.gov.vn, h17vi02, content)."""
    words = s.split()
    if len(words) < 2 or len(words[-1]) > KIND_LETTERS or fold(" ".join(words[:-1])) not in names:
        return None
    return words[-1]


def site_names(lines: list[str], removed: Mapping[int, Any], host: str) -> dict[int, tuple[str, str]]:
    """The lines outside the article that spell the site's name: index -> (rule, note)."""
    names = host_labels(host) if host else set()
    if not names:
        return {}
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    text = [i for i in live if _sentence_like(lines[i]) or len(lines[i]) > 150]
    if len(text) > 1 and question_title(lines[text[0]]):
        text = text[1:]  # a title asking a question ("Nền dân chủ đang lạc lối ?") over the text: the title (clut75)
    if not text:
        return {}
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live):
        s = lines[i].strip()
        if len(line_words(s)) > MAX_WORDS or s[-1:] in _END or "?" in s:
            continue
        above = i < text[0] and live[k + 1] != text[0]
        if not (above or i > text[-1]):
            continue
        kind = kind_word(s, names)
        if fold(s) not in names and kind is None:
            continue
        where = "above the article's title" if above else "below the article's text"
        said = f" and a word after it ({kind!r})" if kind else ""
        out[i] = (RULE, f"the site's own name as its host {host!r} spells it{said}, {where}")
    return out

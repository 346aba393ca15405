"""Vietnamese page furniture told by its script, its place under the heading and a site's widget words (issue 12, vi44).

What the layers before leave of Vietnamese clutter is a long tail of one-off lines; three classes in it have evidence
that holds on any site:

* ``portal.toneless``: a line of Vietnamese written without its diacritics on a Vietnamese page: an image's alt
  text, a file or address slug written with spaces, a badge's label ("dich vu cua vnpt", "Chung nhan Tin Nhiem
  Mang", "thanh nien thai nguyen xung kich sang tao tinh nguyen vi cong dong", "swap ram la gi").  A page written in
  Vietnamese writes its text with its tones: three words at least, three in four of them shaped as Vietnamese
  syllables (onset, vowel, coda), two that only Vietnamese spells ("nguyen", "nhiem", "thanh") or a Vietnamese
  function word written bare ("cua", "la gi", "nhung"), one word in lower case (a name written bare, "Nguyen Van
  Thanh", is none), no table cell.  An English line ("I am in a van") has no Vietnamese-only syllable.
* ``portal.head_byline``: a bare personal name between the article's heading and its first sentence (the byline
  of a news page: "Kỳ vọng gì ở thượng đỉnh Mỹ-Trung Quốc?" / "Phan Quân" / "Cuộc gặp giữa …").  The heading above
  is no sentence; the line under the name is the text's first sentence and does not name the person (a profile's
  subject "Nguyễn Văn A" / "Ông A sinh năm …" stays); the name is no term the page writes about
  (:func:`~.signoff.not_a_name`) and not written in capitals only.
* ``portal.site_notice``: a site's widget message, the whole line: a search box's prompt or its "no results"
  message ("Bạn tìm thông tin gì?", "Không có kết quả nào được tìm thấy", "Please enter key search to display
  results."), a shop's cart notice ("Product has been added to your cart"), a skip link ("Jump to content"), a
  rating widget ("5/5 - (1 vote)"), a copyright badge ("DMCA.com Protection Status"), a wiki's edit link ("[sửa |
  sửa mã nguồn]"), a document-sharing site's upload notice ("This document was uploaded by user and they …").
  The phrases are the messages of common site themes (WordPress, MediaWiki, shop plugins), not of one site.
* ``portal.code_field``: a record's code field, the whole line: a code label ("Mã tour:", "Mã số:", "Ký hiệu thủ
  tục:", "SKU:") and one code token holding a digit and a letter ("PCDL-QT05", "1.000948.H38"), or a GUID alone; a
  number among a record's fields ("Mã định danh: 38404526.", a school's profile) is none.

* ``portal.icon_label``: a short label printed twice on its line, the first copy an icon's alt text written without
  diacritics ("bao hiem Bảo hiểm", "huong dan vien Hướng dẫn viên", "ve tham quan Vé tham quan": a tour page's list
  of services, each an icon and its label) or the same words ("Xe đưa đón Xe đưa đón"), a bullet before it allowed;
  two to five words each.  A word said twice ("Ha ha", "ba bà": one word each) is none, nor a label whose second
  copy is the bare one ("Bảo hiểm bao hiem": a slug after its title).

* ``portal.english_ui``: an English interface label of a site theme alone on its line, from a closed list
  ("Categories", "Overview", "Banner", "Blog", "User", "Page Content", "Personal Information", "Reputation"): on a
  Vietnamese page the theme's untranslated furniture; an English phrase of the text ("Coffee Shops") is none.
  "Sidebar" (clut73): a WordPress theme's widget area heading printed as a line (``h44vi13``'s grac.vn, and
  kam-news.ru's six pages in ``crawl12``).

No line next to a line the policy held is taken: its removal would release the held line
(:func:`~.policy.release_supported`), a decision for the held line's own rule (a title copy between a code field and
a removed line was lost that way on the dev pages).

The layer runs after :mod:`.vi_captions` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Mapping, Any

from .cms_strings import edges
from .features import _is_name, _sentence_like
from .signoff import not_a_name
from .skip_links import SKIP_LINK

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "TONELESS", "HEAD_BYLINE", "SITE_NOTICE", "CODE_FIELD", "ENGLISH_UI", "ICON_LABEL", "toneless",
           "head_bylines", "site_notice", "code_field", "english_ui", "icon_label", "HeadLines"]

TONELESS = "portal.toneless"
HEAD_BYLINE = "portal.head_byline"
SITE_NOTICE = "portal.site_notice"
CODE_FIELD = "portal.code_field"
ENGLISH_UI = "portal.english_ui"
ICON_LABEL = "portal.icon_label"
#: the ledger rules of this module (policy families, docs)
RULES = (TONELESS, HEAD_BYLINE, SITE_NOTICE, CODE_FIELD, ENGLISH_UI, ICON_LABEL)

#: a Vietnamese syllable written without diacritics: onset, vowel group, coda
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
                       r"(?:uye|uya|uoi|uou|oai|oay|oeo|uay|ieu|yeu|uyu|ay|ai|ao|au|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|"
                       r"ui|uo|uu|uy|ye|oo|a|e|i|o|u|y)(?:ch|nh|ng|c|m|n|p|t|i|y|o|u)?$", re.IGNORECASE)
#: spellings only Vietnamese has: an onset "ngh-", "ng-", "nh-", "kh-", "tr-", "gi-" or "th-" before a vowel group
#: English rarely writes, a vowel group "uye", "uo", "ie", "uy", or a coda "-nh"
_VI_ONLY = re.compile(r"^(?:ngh|ng|nh|kh|tr)|^(?:th|ph|gi)(?:ie|uo|uy|ua|ai|ay|anh|inh|ong|ung)|uye|uo[^r]|ie[nmtcu]|"
                      r"uy[nt]|[aeiouy]nh$", re.IGNORECASE)
#: Vietnamese function words written bare (a slug or alt text: "cua", "la gi", "nhung", "duoc")
_VI_FUNCTION = re.compile(r"(?<![^\W\d_])(?:cua|duoc|nhung|khong|nguoi|la gi|va cac|cho cac|voi cac)(?![^\W\d_])",
                          re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
MIN_TONELESS_WORDS, MAX_TONELESS_WORDS = 3, 25
MAX_NOTICE_CHARS = 300  # a widget message (the upload notice runs on with its report link)
_CLOSE = "\"”»'’)"  # closing quotes and brackets after a sentence's stop ("… rất khó lường.”")
MAX_HEAD_LINES = 3  # live lines above a byline under the heading (a rubric, the title, a subtitle)
_NOT_HEADING = ".:;,\"”»'’)"  # a line above the byline that ends so is no heading


def toneless(s: str) -> bool:
    """A line of Vietnamese written without its diacritics (module docstring)."""
    t = s.strip()
    if not t.isascii() or "|" in t or "{" in t:
        return False
    words = _LETTERS.findall(t)
    if not MIN_TONELESS_WORDS <= len(words) <= MAX_TONELESS_WORDS:
        return False
    shaped = [w for w in words if _SYLLABLE.match(w)]
    if 4 * len(shaped) < 3 * len(words) or not any(w[0].islower() for w in words):
        return False
    only = [w for w in shaped if _VI_ONLY.search(w)]
    return len(only) >= 2 or _VI_FUNCTION.search(t) is not None


MAX_ICON_WORDS = 5  # words of an icon's label


def _fold(s: str) -> str:
    """The words without their diacritics, casefolded ("Hướng dẫn viên" -> "huong dan vien")."""
    t = unicodedata.normalize("NFD", s.casefold()).replace("đ", "d")
    return "".join(ch for ch in t if unicodedata.category(ch) != "Mn")


def icon_label(s: str) -> bool:
    """A label printed twice on its line, the first copy bare of diacritics or the same (module docstring)."""
    words = s.strip(" \t•·*-–—|").split()
    half = len(words) // 2
    if not 2 <= half <= MAX_ICON_WORDS or len(words) != 2 * half:
        return False
    a, b = " ".join(words[:half]), " ".join(words[half:])
    if _fold(a) != _fold(b) or not any(ch.isalpha() for ch in a):
        return False
    return a == b or (a.isascii() and not b.isascii())  # the alt text written bare, the label with its tones


def _bare_name(s: str) -> bool:
    t = s.strip()  # the cheap tests first: the letters are read only for a short line read as a name (perf62)
    return 2 <= len(t.split()) <= 4 and _is_name(t, "vi") and not all(ch.isupper() for ch in filter(str.isalpha, t)) \
        and t[-1:] not in ":;,."


def head_bylines(lines: list[str], removed: "Mapping[int, Any]") -> dict[int, tuple[str, str]]:
    """Bare names between the article's heading and its first sentence (module docstring): index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    for k in range(1, min(MAX_HEAD_LINES + 1, len(live) - 1)):
        i, below = live[k], live[k + 1]
        if not _bare_name(lines[i]) or not _sentence_like(lines[below].rstrip().rstrip(_CLOSE)):
            continue
        if any(lines[j].rstrip()[-1:] in _NOT_HEADING for j in live[:k]):
            break  # a sentence, a label or a quotation (a poem's lines) above: no heading
        if not_a_name(lines, i, "vi", removed):
            continue
        given = lines[i].split()[-1].casefold()
        if re.search(r"(?<![^\W\d_])" + re.escape(given) + r"(?![^\W\d_])", lines[below].casefold()):
            continue  # the text names the person: a profile's subject
        out[i] = (HEAD_BYLINE, "a bare name between the article's heading and its first sentence (the byline); kept "
                               "as metadata: byline=" + lines[i].strip())
        break
    return out


#: widget messages of common site themes (casefolded, the whole line after bullets)
_NOTICE = re.compile(r"^(?:không có kết quả nào (?:được )?tìm thấy|không tìm thấy kết quả(?: nào)?|"
                     r"có vẻ chúng tôi không tìm thấy (?:kết quả|những gì) [^.!?]{0,60}[.!?]?(?:\s*hãy tìm lại nhé!?)?|"
                     r"bạn (?:cần )?tìm (?:thông tin|kiếm) gì\s*\??|tìm kiếm thông tin|nhập từ khóa(?: tìm kiếm)?|"
                     r"please enter (?:a )?(?:key ?search|keywords?|search (?:term|keywords?))[^.]{0,40}\.?|"
                     r"no results? found\.?|nothing found\.?|"
                     r"(?:product|item) (?:has been|was) added to your cart\.?|"
                     r"(?:sản phẩm )?đã (?:được )?thêm vào giỏ hàng(?: thành công)?\.?|"
                     rf"(?:{SKIP_LINK})|"  # a skip link (the one list, one88)
                     r"\d(?:[.,]\d)?\s*/\s*5\s*-?\s*\(\s*\d+\s+(?:votes?|bình chọn|đánh giá)\s*\)|"
                     r"dmca(?:\.com)? protection status|"
                     r"\[\s*(?:sửa|edit)(?:\s*\|\s*(?:sửa mã nguồn|edit source))?\s*\]|"
                     r"this document was uploaded by (?:a )?user and they confirmed that they have the permission to "
                     r"share it\.?.{0,200})$", re.IGNORECASE)


def site_notice(s: str) -> bool:
    """A site's widget message, the whole line (module docstring)."""
    t = " ".join(s.strip(" \t•·*-–—|>»").split())
    return 0 < len(t) <= MAX_NOTICE_CHARS and _NOTICE.match(t) is not None


#: a record's code field: a code label, a colon and one code token holding a digit ("Mã tour: TOHAN…-305756",
#: "Mã số: PCDL-QT05", "Ký hiệu thủ tục: 1.000948.H38", "SKU: SP-0012"), or a GUID alone
_CODE_FIELD = re.compile(r"^(?:mã(?: [^\W\d_]{1,12}){0,2}|ký hiệu(?: [^\W\d_]{1,12}){0,2}|sku)\s*[:：]\s*"
                         r"(?P<code>[^\s:：]{4,60})$", re.IGNORECASE)

#: a GUID alone on its line, its groups joined by dashes or spaces ("4D5EAAC6 8191 4029 9C55 41E34AE639FE")
_GUID = re.compile(r"^[0-9a-f]{8}(?:[ -][0-9a-f]{4}){3}[ -][0-9a-f]{12}$", re.IGNORECASE)


def code_field(s: str) -> bool:
    """A record's code field, the whole line (or a GUID alone): a code label ("Mã …", "Ký hiệu …", "SKU"), a colon
    and one token of four characters or more holding a digit and a letter, no lower-case word ("Mã số: PCDL-QT05";
    "Mã số: chưa có" and a number in a record's fields, "Mã định danh: 38404526.", are none)."""
    if _GUID.match(s.strip()):
        return True
    m = _CODE_FIELD.match(" ".join(s.strip(" \t•·*-–—|").split()))
    if m is None:
        return False
    code = m.group("code")
    return any(ch.isdigit() for ch in code) and any(ch.isalpha() for ch in code) \
        and not re.search(r"[a-zà-ỹđ]{3,}", code)


#: the English interface labels of common site themes (WordPress, forums, Blogger), each a whole line (an item
#: opening a line of the list has its line's indent folded away); those ``data/cms_strings.tsv`` holds ("Recent
#: Posts", "Leave a Reply", "Share this:", "Read more ...", ...) are not here (one fact in one place, cms100):
#: ``portal.cms_string`` (:mod:`.cms_strings`) takes them
ENGLISH_LABELS = frozenset(" ".join(w.split()) for w in """categories;category;overview;banner;blog;user;users;
    page content;personal information;reputation;tags;archives;related posts;popular posts;latest posts;
    search;menu;home;contact;contact us;about us;comments;newsletter;subscribe;download;gallery;videos;
    photos;back to top;log in;login;sign up;sign in;register;profile;follow us;tag;
    leave a comment;you may also like;you might also like;related articles;previous post;
    next post;sidebar""".split(";"))


def english_ui(s: str) -> bool:
    """An English interface label alone on its line ("Categories", "Page Content", "Personal Information"): on a
    Vietnamese page the theme's untranslated furniture (module docstring)."""
    return edges(s).casefold() in ENGLISH_LABELS  # the UI-string rules' one edge normalisation (form101)


class HeadLines:
    """The vi44 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        found: dict[int, tuple[str, str]] = {}
        for i, s in enumerate(lines):
            if i in marks.removed:
                continue
            if toneless(s):
                found[i] = (TONELESS, "a line of Vietnamese written without its diacritics on a Vietnamese page (an "
                                      "image's alt text, a slug written with spaces)")
            elif code_field(s):
                found[i] = (CODE_FIELD, "a record's code field: a code label, a colon and one code")
            elif icon_label(s):
                found[i] = (ICON_LABEL, "a short label printed twice on its line, the first copy an icon's alt text "
                                        "written without diacritics")
            elif english_ui(s):
                found[i] = (ENGLISH_UI, "an English interface label alone on a Vietnamese page (the theme's "
                                        "untranslated furniture)")
            elif site_notice(s):
                found[i] = (SITE_NOTICE, "a site's widget message: a search box's prompt or no-results message, a "
                                         "cart notice, a skip link, a rating, a copyright badge")
        for i, value in head_bylines(lines, marks.removed).items():
            found.setdefault(i, value)
        held = getattr(marks.removed, "held", None) or {}
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
                # (a held line this layer takes itself, an icon's label in a list of them, is no such neighbour)
            marks.removed.setdefault(i, value)
            if value[0] == HEAD_BYLINE:
                marks.doc.meta.setdefault("byline", lines[i].strip())

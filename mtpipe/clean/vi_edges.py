"""Clutter at the edges of the article that the layers before leave on Vietnamese pages (issue 12, vi42).

What the dev parts left of Vietnamese clutter (``benchmarks/clutter_left.py``, the lines read where they stand) is
led by one class the duplicate layer already names: a title printed twice.  ``dedupe.exact`` marks the second copy,
but under the ``weighed`` policy its removals of short lines are held on Vietnamese pages (its measured precision
there, 71 clutter lines and 11 content lines, is under the break-even): the copies it took wrongly are a letterhead
printed twice, a table's cells repeated by the next row, a speech's greetings repeated, a list's items repeated by a
second list, a heading repeating an item of the table of contents.  Two sub-classes of its marks carry evidence of
their own that the copy is the page's furniture, and this layer removes those (their rules have their own measured
precision; the rest of ``dedupe.exact``'s held marks stay held):

* ``dedupe.adjacent_copy``: the copy stands right under its first copy, which stays (the page prints the title
  twice: the heading and the image's alt text or the "now reading" line; "Thành phố Thượng Hải" / "Thành phố Thượng
  Hải").  Only blank lines or lines a layer removed as the page's furniture stand between them (share buttons, a
  rubric, an advert), and the pair does not stand among the text's short lines (a poem's refrain or a song's chorus
  printed twice, a programme's rows: the lines right before and after the pair are no sentences); a removed date, byline, credit or breadcrumb between them makes the first copy the header's
  and the second the article's own heading (the annotation's convention 1), and the test stops.  Two words at least
  (a table's cells "Sởi" / "Sởi" repeat).
* ``dedupe.late_title_copy``: the copy of a heading that stands before the article's first sentence, printed again
  after it (the title repeated over the photo or the text's start: "Hãy tri ân thầy cô bằng sự đồng hành" … text …
  "Hãy tri ân thầy cô bằng sự đồng hành").  A copy after the text has begun is never the page's heading; the copy is
  headline-shaped (three words or more, no stop, comma, colon or semicolon at its end, "?" allowed): a speech's
  greetings "Kính thưa các quý vị đại biểu," repeated by a second speech stay.

Two more classes by their shape and place, on live lines:

* ``portal.degree_byline``: the author's byline written as an academic, medical, legal or clerical title and a
  person's name, the whole line ("ThS. HUANG HE MENG (Khoa Tiếng Trung Quốc, Trường Đại học Mở Hà Nội)", "GS.TS.
  Đinh Xuân Khoa", "Luật sư Nguyễn Văn Dương", "Lm Phanxicô X. Đào Trung Hiệu OP", "Bác sĩ Nguyễn Ngọc Đỉnh"),
  outside the article's text (before its first sentence or after its last).  A profile's subject line is none: the
  text under it names the person again ("GS.TS Nguyễn Văn A" / "Ông A sinh năm …"); nor a list of people (three such
  lines in a row), a label with a colon ("Linh mục Chánh sở: Giuse …"), a title followed by lower-case words
  ("Luật sư tư vấn …") or a role in capitals ("GS Giám Đốc Phòng Thông Tin …": :func:`~.signoff.not_a_name`);
* ``portal.file_hash``: an image's file name left as the hash a chat app or a CMS gives it, alone on its line
  ("z5043599551450828a49e73fa9b006592af522c56400db", "505889520_3415804831890266_3900618748685358965": twenty
  characters or more, hexadecimal parts joined by "_" or "-", one of twelve at least, ten digits, a letter a-f or an
  underscore; "0368-162-155-0346-013-156", a list of phone numbers, is none).

* ``portal.viewer``: a document-sharing site's viewer labels, the whole line or its opening ("Bạn đang xem trước 20
  trang tài liệu …", "Tóm tắt nội dung tài liệu: …", "Nội dung Text: …", "Đã đăng 38303 tài liệu", "• Loại file: DOC
  |", "Tóm tắt Xem thử"), and a QR code's label ("QR CODE: <title>", "Mã QR Code truy cập vào Fanpage …");
  "Tài liệu Phân tích …" (a title) and "Tóm tắt" alone (a paper's abstract heading) are none;
* ``portal.weather``: a weather widget's line ("TP Hồ Chí Minh: 31°C TP Hồ Chí Minh", "23°C / 22-25°C"): a
  temperature in ten words at most, no sentence, above the article's first sentence (a forecast's own list of
  cities closing the text stays); on every language's page since clut72, with a bare temperature and the widget's
  city over it (:mod:`.weather_bars`);
* ``portal.hashtags``: a line of hashtags only ("#moingay1tintot", "#ngaychunhatxanh134 #tinhnguyen"): each token
  one "#" and a word of six characters or more written without spaces; or two tags or more, the line opening on
  "#", where a tag holds spaces (a CMS's tag written as the editor typed it: "#Северо-Казахстанская область
  #Строительство #Экономика", inform.kz in ``html``; "#безвизовый режим #Китай #туризм", h43ru01; clut70): each tag
  a letter first, one to four words, three characters at least, no punctuation but a hyphen.  A Markdown heading
  ("## Giới thiệu", "##Diễn đàn này là gì ?") and a number ("#1") are none, nor one tag with a sentence after it
  ("#Китай: новый этап").  On a page of any language (clut67: the Russian local
  news' "#горноалтайск", ``h42ru13``, the theatre's "#театрсфера", ``t28ru33``): the only class of this layer that
  runs outside Vietnamese pages.

The page's title printed twice at the top, above the text, where the adjacent test stops (a counter between, the
pair among a directory's short lines): :mod:`.title_copies` (``dedupe.title_copy``, dup78), called here after them.

Only a mark the policy held is read (``Marks.removed.held``): the duplicate layer's own guards (a letterhead, a
table's row, a renumbered item, a line announcing other text) have already spoken.  Under ``balanced`` the
duplicate layer removed these lines itself and this layer has nothing to do.

The layer runs after :mod:`.vi_chrome` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _NAME_WORD, _sentence_like
from .lines import dedupe_key
from .signoff import not_a_name
from .title_copies import title_copies
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "ADJACENT", "LATE_TITLE", "DEGREE", "HASH", "EdgeLines", "held_copies", "run_copies",
           "degree_name", "degree_bylines", "file_hash", "viewer_label", "weather", "hashtags"]

ADJACENT = "dedupe.adjacent_copy"
LATE_TITLE = "dedupe.late_title_copy"
DEGREE = "portal.degree_byline"
HASH = "portal.file_hash"
VIEWER = "portal.viewer"
WEATHER = "portal.weather"
HASHTAGS = "portal.hashtags"
#: the ledger rules of this module (policy families, docs)
RULES = (ADJACENT, LATE_TITLE, DEGREE, HASH, VIEWER, WEATHER, HASHTAGS)
HELD_RULE = "dedupe.exact"  # the held mark this layer reads
#: removed lines that cut a header's title copy off from the article's heading (convention 1): dates, bylines,
#: credits, sign-offs, breadcrumbs
_CUTS = re.compile(r"date|number_line|counter_line|byline|credit|signoff|breadcrumb|author|caption|meta\.")
MIN_WORDS = 2  # an adjacent copy
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 3, 30  # a late title copy
_BAD_END = ".,;:…!"
_WRAP = "*[]()«»\"'“”‘’#_•·-–— \t"


def _words(s: str) -> int:
    return len(dedupe_key(s).split())


def _printed(s: str) -> str:
    """The line as printed, wrapping marks at its ends aside ("**…**", "[…]", quotes, bullets), its own stop kept: a
    heading "Bệnh tiểu đường là gì?" is no copy of the link "Bệnh tiểu đường là gì" above it."""
    return " ".join(s.split()).strip(_WRAP).casefold()


def _title_shaped(s: str) -> bool:
    t = s.strip()
    return MIN_TITLE_WORDS <= _words(t) <= MAX_TITLE_WORDS and t[-1:] not in _BAD_END


def _among_short_lines(lines: list[str], removed: Mapping[int, Any], j: int, i: int) -> bool:
    """The pair ``j``, ``i`` stands in a run of the text's short lines: the live lines right before the first copy
    and right after the second are lines of no sentence (a poem's refrain, a song's chorus, a programme's rows)."""
    before, after = j - 1, i + 1
    return before >= 0 and after < len(lines) and before not in removed and after not in removed \
        and not _sentence_like(lines[before]) and not _sentence_like(lines[after])


def held_copies(lines: list[str], removed: Mapping[int, Any], held: Mapping[int, tuple[Any, ...]]
                ) -> dict[int, tuple[str, str]]:
    """The held ``dedupe.exact`` marks (``held``: index -> (rule, note, …)) that are an adjacent copy or a late copy
    of a heading above the article's text, among live lines (``removed``: what layers removed): index -> (rule,
    note)."""
    cand = [i for i, v in held.items() if v[0] == HELD_RULE and i not in removed]
    if not cand:
        return {}
    keys = [dedupe_key(s) for s in lines]
    live = [i for i in range(len(lines)) if i not in removed]
    text = [i for i in live if _sentence_like(lines[i])]
    out: dict[int, tuple[str, str]] = {}
    for i in sorted(cand):
        key = keys[i]
        if not key:
            continue
        j = i - 1
        while j >= 0 and j in removed and not _CUTS.search(str(removed[j][0])):
            j -= 1  # the page's furniture between the two copies (share buttons, a rubric, an advert)
        if j >= 0 and j not in removed and j not in out and _printed(lines[j]) == _printed(lines[i]) \
                and _words(lines[i]) >= MIN_WORDS and not _among_short_lines(lines, removed, j, i):
            out[i] = (ADJACENT, "a copy of the line right above it, which stays (the page prints the line twice; "
                                "only blank lines or the page's furniture between them)")
            continue
        if not _title_shaped(lines[i]):
            continue
        first = next((k for k in live if k < i and keys[k] == key and k not in out), None)
        others = [t for t in text if keys[t] != key]  # the article's sentences (the title itself may read as one)
        if first is not None and others and first < others[0] < i:
            out[i] = (LATE_TITLE, "a copy, after the article's text has begun, of a heading that stands above the "
                                  "text and stays")
    out.update(run_copies(lines, removed, cand, out))
    return out


def _beside(lines: list[str], removed: Mapping[int, Any], i: int, step: int) -> int | None:
    """The nearest line above (``step`` -1) or below (+1) ``i`` that no layer removed, over removed furniture."""
    j = i + step
    while 0 <= j < len(lines) and j in removed and not _CUTS.search(str(removed[j][0])):
        j += step
    return j if 0 <= j < len(lines) and j not in removed else None


def run_copies(lines: list[str], removed: Mapping[int, Any], cand: list[int], out: Mapping[int, tuple[str, str]]
               ) -> dict[int, tuple[str, str]]:
    """A held copy standing beside an adjacent copy (``out``'s) of the same line, whose first copy stands earlier
    and stays (clut77): the page prints a heading, then the image's alt text and caption under it, the same words
    three times ("Thành phố Thượng Hải" / "Thành phố Thượng Hải" / "Thành phố Thượng Hải"; "Thu nhập vãng lai là
    gì?" / its text / the line twice); the adjacent test reads one pair, and the run's other copy was left."""
    found: dict[int, tuple[str, str]] = {}
    for i in sorted(cand):
        if i in out or _words(lines[i]) < MIN_WORDS:
            continue
        key = _printed(lines[i])
        mates = [k for k in (_beside(lines, removed, i, -1), _beside(lines, removed, i, 1))
                 if k is not None and out.get(k, ("",))[0] == ADJACENT and _printed(lines[k]) == key]
        first = next((k for k in range(min(mates + [i])) if k not in removed and k not in out
                      and _printed(lines[k]) == key), None)
        if mates and first is not None:
            found[i] = (ADJACENT, "a third copy: the line printed again beside its adjacent copy, its first copy "
                                  "standing earlier and staying (a heading, then the image's alt text and caption)")
    return found


#: an academic, medical, legal or clerical title before a name: abbreviations (case as written, combined:
#: "PGS.TS.", "ThS.BS") and words
_ABBR = r"(?:PGS|GS|TSKH|TS|ThS|Th\.S|CN|KS|BSCKII|BSCKI|BS|DS|LS|Lm|NCS|NGƯT|NGND|NSƯT|NSND)"
_DEGREE = re.compile(r"^[\s•·*\-–—]*(?:" + _ABBR + r"\.?(?:\s*[.,]?\s*" + _ABBR + r"\.?)*|(?:Tiến sĩ|Thạc sĩ|Giáo sư|"
                     r"Phó giáo sư|Phó Giáo sư|Bác sĩ|Bác sỹ|Dược sĩ|Luật sư|Kỹ sư|Linh mục|Nhà báo|Nhà văn|Nhà thơ|"
                     r"Phó tế|Đức cha))\.?\s+(?P<name>[^:：]+?)\s*$")
_INITIAL = re.compile(r"^[A-ZĐ]\.$")
_ORDER = re.compile(r"^[A-Z]{2,5}$")  # a religious order after a priest's name ("OP", "SJ", "CMC")
_PARENS = re.compile(r"\s*[(\[][^()\[\]]{2,120}[)\]]\s*$")  # an affiliation in brackets at the end
MAX_NAME_WORDS = 6
MAX_PEOPLE = 2  # degree lines in a row: more is a list of people (a jury, a board)
PROFILE_LINES = 3  # the live lines under a name read for the person named again
_HASH = re.compile(r"^[a-z]{0,3}[0-9a-f]+(?:[_-][0-9a-f]+)*$", re.IGNORECASE)
_HASH_PART = re.compile(r"[0-9a-f]{12,}", re.IGNORECASE)
MIN_HASH_CHARS, MIN_HASH_DIGITS = 20, 10


def degree_name(s: str) -> str | None:
    """The person's name a degree or title opens the whole line with ("ThS. Nguyễn Thuỳ Dương" -> "Nguyễn Thuỳ
    Dương"), an affiliation in brackets and a religious order after it allowed; None for any other line."""
    m = _DEGREE.match(s.strip())
    if m is None:
        return None
    name = _PARENS.sub("", m.group("name")).strip()
    words = name.split()
    if len(words) > 2 and _ORDER.match(words[-1]) and not words[-2].isupper():
        words = words[:-1]
    names = [w for w in words if not _INITIAL.match(w)]
    if not 2 <= len(words) <= MAX_NAME_WORDS or len(names) < 2 or words[-1][-1:] in ".,;":
        return None
    if not all(_NAME_WORD.match(w) and w[0].isupper() for w in names):
        return None
    return " ".join(words)


def degree_bylines(lines: list[str], removed: "Mapping[int, Any]") -> dict[int, tuple[str, str]]:
    """Degree-and-name bylines outside the article's text (module docstring): index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed]
    names = {i: n for i in live if (n := degree_name(lines[i])) is not None}
    if not names:
        return {}
    text = [i for i in live if _sentence_like(lines[i])]
    out: dict[int, tuple[str, str]] = {}
    pos = {i: k for k, i in enumerate(live)}
    for i, name in names.items():
        k = pos[i]
        if text and text[0] < i < text[-1]:
            continue  # inside the article: a person the text is about
        run = 1
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(live) and live[j] in names:
                run, j = run + 1, j + step
        if run > MAX_PEOPLE:
            continue
        probe = [*lines[:i], name, *lines[i + 1:]]
        if not_a_name(probe, i, "vi", removed):
            continue
        given = name.split()[-1].casefold()
        after = [lines[j].casefold() for j in live[k + 1:k + 1 + PROFILE_LINES]]
        if any(re.search(r"(?<![^\W\d_])" + re.escape(given) + r"(?![^\W\d_])", a) for a in after):
            continue  # the text under it names the person: a profile's subject, a speaker's heading
        out[i] = (DEGREE, "a byline: an academic, medical, legal or clerical title with a person's name, outside "
                          "the article's text; kept as metadata: byline=" + lines[i].strip())
    return out


def file_hash(s: str) -> bool:
    """An image's file name left as a hash, alone on its line (module docstring)."""
    t = s.strip()
    if len(t) < MIN_HASH_CHARS or not _HASH.match(t) or not _HASH_PART.search(t):
        return False
    # digits enough, and a hexadecimal letter or an underscore: a list of phone numbers joined by dashes is none
    return sum(ch.isdigit() for ch in t) >= MIN_HASH_DIGITS and (re.search(r"[a-fA-F]", t) is not None or "_" in t)


#: a document-sharing site's viewer labels (casefolded, from the line's start after bullets) and a QR code's label
_VIEWER = re.compile(r"^[\s•·*\-–—|]*(?:bạn đang xem trước \d+ trang(?: tài liệu)?|bạn đang xem tài liệu|"
                     r"tóm tắt nội dung tài liệu\s*:|nội dung text\s*:|đã đăng \d[\d.,]* tài liệu$|"
                     r"(?:loại|định dạng) file\s*:\s*\w{2,5}\s*\|?$|tóm tắt\s+xem thử$|xem thử\s+tải về$|"
                     r"qr code\s*:|mã qr(?: code)? truy cập)", re.IGNORECASE)
_TEMPERATURE = re.compile(r"\d\s*°\s*[CF]\b")
MAX_WEATHER_WORDS = 10


def viewer_label(s: str) -> bool:
    """A document-sharing site's viewer label or a QR code's label (module docstring)."""
    return _VIEWER.match(" ".join(line_words(s))) is not None


def weather(s: str) -> bool:
    """A weather widget's line: a temperature in a short line that is no sentence."""
    t = s.strip()
    return bool(_TEMPERATURE.search(t)) and len(t.split()) <= MAX_WEATHER_WORDS and not _sentence_like(t) \
        and t[-1:] not in ".!?"


_HASHTAG = re.compile(r"^#(?!#)[^\W_][\w]{5,}$")


#: one tag of a line of tags whose tags hold spaces: a letter first, letters, digits, hyphens and spaces
_SPACED_TAG = re.compile(r"^[^\W\d_][\w-]*(?: [\w-]+){0,3}$")
MIN_TAG_CHARS = 3


def hashtags(s: str) -> bool:
    """A line of hashtags only (module docstring)."""
    toks = line_words(s)
    if not toks or len(toks) > MAX_WEATHER_WORDS or not any(ch.isalpha() for ch in s):
        return False
    if all(_HASHTAG.match(t) for t in toks):
        return True
    t = s.strip()
    if not t.startswith("#") or t.startswith("##"):
        return False
    tags = t[1:].split("#")  # "#безвизовый режим #Китай #туризм": each tag glued to its "#" ("# Заголовок" is none)
    return len(tags) >= 2 and all(_SPACED_TAG.match(x.rstrip()) and len(x.strip()) >= MIN_TAG_CHARS for x in tags)


class EdgeLines:
    """The vi42 layer (:class:`~.marks.LineLayer`): reads what every layer before it removed or the policy held."""

    def mark(self, marks: "Marks") -> None:
        from .weather_bars import weather_lines  # here: weather_bars reads this module's names (clut72)

        lines = marks.line_texts()
        if marks.lang != "vi":  # a line of hashtags is no Vietnamese portal's alone ("#горноалтайск", clut67)
            for i, s in enumerate(lines):
                if i not in marks.removed and hashtags(s):
                    marks.removed[i] = (HASHTAGS, "a line of hashtags only")
            for i, value in weather_lines(lines, marks.removed).items():  # nor a weather widget (clut72)
                marks.removed.setdefault(i, value)
            return
        held = getattr(marks.removed, "held", None)
        if held:
            for i, value in held_copies(lines, marks.removed, held).items():
                marks.removed[i] = value
        if held is not None:  # a gated policy (under ``balanced`` the duplicate layer removed every copy itself)
            back: set[int] = set()
            for i, value in title_copies(lines, marks.removed, held, back).items():  # the title twice (dup78)
                marks.removed[i] = value
            for i in back:  # the later copy opens the text under a header copy: it stays (lost94)
                del marks.removed[i]
        found = {i: (HASH, "an image's file name left as a hash (twenty hexadecimal characters or more)")
                 for i, s in enumerate(lines) if i not in marks.removed and file_hash(s)}
        for i, s in enumerate(lines):
            if i not in marks.removed and i not in found and viewer_label(s):
                found[i] = (VIEWER, "a document-sharing site's viewer label or a QR code's label")
            elif i not in marks.removed and i not in found and hashtags(s):
                found[i] = (HASHTAGS, "a line of hashtags only")
        for i, value in weather_lines(lines, marks.removed).items():  # every language's widget (clut72)
            found.setdefault(i, value)
        for i, value in degree_bylines(lines, marks.removed).items():
            found.setdefault(i, value)
            if value[0] == DEGREE:
                marks.doc.meta.setdefault("byline", lines[i].strip())
        for i, value in found.items():
            marks.removed.setdefault(i, value)

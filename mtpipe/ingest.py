"""Read any input file into a :class:`~mtpipe.document.Document`.

Steps: detect binary files; decode (BOM, UTF-8, else charset-normalizer over
the common Cyrillic, Vietnamese and Chinese encodings); repair mojibake with
ftfy; extract the main text of HTML; then normalise into ``Document.text``
(NFC, control and invisible characters removed, spaces folded, blank lines
between paragraphs), keeping for every character of ``text`` the offset in
``raw_text`` it came from (``Document.raw_offsets``), so ledger entries always
point into what the user gave us.

``raw_text`` is the decoded file after mojibake repair (``meta["mojibake_repaired"]``
says when ftfy changed anything) and, for HTML, after main-text extraction.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .document import Document
from .scripts import is_han

__all__ = ["IngestError", "IngestOptions", "read_document", "decode_bytes", "normalize_text", "iter_inputs",
           "legacy_vietnamese", "SUFFIXES"]

SUFFIXES = (".txt", ".md", ".html", ".htm")

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x1f\x8b", "gzip data"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

#: Encodings charset-normalizer chooses among when a file is not UTF-8.
CANDIDATE_ENCODINGS = ("cp1251", "koi8_r", "gb18030", "big5", "cp1258", "utf_16", "iso8859_5", "cp866",
                       "mac_cyrillic", "cp1252", "latin_1", "shift_jis", "euc_kr")


class IngestError(Exception):
    """A file that cannot be read as a document.

    Attributes:
        path: The file.
        reason: Why, in a few words.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class IngestOptions:
    """Options of :func:`read_document`.

    Attributes:
        fix_mojibake: Repair mis-decoded text with ftfy.
        max_nul_ratio: Above this share of NUL bytes (and no UTF-16/32 BOM) a file is binary.
        html_extractor: ``auto`` (trafilatura if installed, else the built-in stdlib
            extractor, which drops scripts, styles and the head and keeps block
            structure but cannot tell the article from the site's chrome: the
            cleaning rules then do that), ``trafilatura`` or ``builtin``.
            ``meta["html_extractor"]`` says which one ran.
        max_chars: Longest document, in characters after decoding (None: no limit). Every stage
            holds a document whole, so this bounds memory (about 200 bytes per character at the
            peak) and time per document; a longer file fails alone (split it into parts).
    """

    fix_mojibake: bool = True
    max_nul_ratio: float = 0.05
    html_extractor: str = "auto"
    max_chars: int | None = 2_000_000


def decode_bytes(data: bytes, path: str | Path = "<bytes>", options: IngestOptions | None = None) -> tuple[str, str]:
    """Decode a file's bytes.

    Returns:
        ``(text, encoding)``.

    Raises:
        IngestError: for binary data or bytes no candidate encoding decodes.
    """
    o = options or IngestOptions()
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc + "-bom" if enc == "utf-8" else enc
            except UnicodeDecodeError as e:
                raise IngestError(path, f"has a {enc} byte-order mark but is not valid {enc} ({e.reason} at byte {e.start})") from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise IngestError(path, f"binary file ({what}), skipped")
    if data and data.count(b"\x00") / len(data) > o.max_nul_ratio:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise IngestError(path, "binary file (many NUL bytes), skipped")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_err = err
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
    # short texts fool charset-normalizer (koi8-r read as cp1251, GBK as Big5): the
    # reading that looks most like real Russian, Chinese or Vietnamese wins
    guess = _most_plausible(data, best.encoding if best is not None else None)
    if guess is not None:
        return guess
    if best is None:
        # mostly UTF-8 with a few broken bytes: keep the text, mark the damage
        text = _mostly_utf8(data)
        if text is not None:
            return text, "utf-8 (with invalid bytes replaced)"
        utf16 = _utf16_without_bom(data, strict=False)
        if utf16 is not None:
            return utf16
        raise IngestError(path, f"cannot be decoded as text (not UTF-8: {utf8_err.reason} at byte {utf8_err.start}, "
                                f"and no other known encoding fits)")
    text = str(best)
    cjk = _prefer_chinese(data, best.encoding)
    if cjk is not None:
        return cjk
    # charset-normalizer is wrong on mostly-UTF-8 files with one bad byte; prefer UTF-8 then
    lossy = _mostly_utf8(data)
    if lossy is not None and best.encoding not in ("utf_8",) and _plausibility(lossy) >= _plausibility(text):
        return lossy, "utf-8 (with invalid bytes replaced)"
    return text, best.encoding


# Legacy Vietnamese 8-bit encodings (fonts of the 1990s-2000s, still in old archives).  VNI
# writes a base letter followed by a byte for its mark (sắc 0xF9, huyền 0xF8, hỏi 0xFB, ngã
# 0xF5, nặng 0xEF, ^ 0xE2, ơ/ư 0xF4/0xF6, đ 0xF1...), so read as cp1252 "Sáng" shows as "Saùng";
# TCVN3 (ABC) puts precomposed letters at 0xA1-0xFE, among symbols such as ¸ µ ¶ · ¹.
_VNI_PAIR = re.compile(rb"[AEIOUYaeiouy][\xf9\xf8\xfb\xf5\xef\xe2\xea\xf4\xf6\xd9\xd8\xdb\xd5\xcf\xc2\xca\xd4\xd6]"
                       rb"|(?<![A-Za-z\x80-\xff])[\xf1\xd1][A-Za-z]")
_TCVN3_PAIR = re.compile(rb"[A-Za-z][\xa8-\xae\xb5-\xb9\xbd\xbe\xc6\xc7\xca-\xcc\xce-\xd1\xd5-\xd8\xdc-\xdf]"
                         rb"|[\xa8-\xae\xb5-\xb9\xbd\xbe\xc6\xc7\xca-\xcc\xce-\xd1\xd5-\xd8\xdc-\xdf][A-Za-z]")
_BYTE_WORD = re.compile(rb"[A-Za-z\x80-\xff]+")


def legacy_vietnamese(data: bytes) -> str | None:
    """``"VNI"`` or ``"TCVN3"`` when ``data`` looks like Vietnamese in that legacy 8-bit encoding.

    Both are invisible to charset detection (every byte is valid cp1252), so the text would be
    translated as mojibake.  Heuristic: at least a quarter of the words (and 5 or more) carry
    the encoding's letter-plus-mark byte pairs, which ordinary Western European or Cyrillic
    text almost never has.
    """
    words = _BYTE_WORD.findall(data[:200_000])
    if len(words) < 5:
        return None
    for name, pair in (("VNI", _VNI_PAIR), ("TCVN3", _TCVN3_PAIR)):
        hits = sum(1 for w in words if pair.search(w))
        if hits >= 5 and hits >= 0.25 * len(words):
            return name
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 when only a few bytes are broken (3, or 1 in 1000; in texts under
    100 characters, 1 in 100)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    allowed = max(3, len(text) // 1000) if len(text) >= 100 else max(1, len(text) // 100)
    return text if bad <= allowed else None


#: Legacy encodings whose readings of the same bytes are compared by :func:`_plausibility`.
PLAUSIBLE_ENCODINGS = ("cp1251", "koi8_r", "gb18030", "big5", "cp1258", "cp1252")

_CYR_WORD = re.compile(r"[а-яёА-ЯЁ]+")
_CYR_GOOD = re.compile(r"[А-ЯЁ]?[а-яё]+|[А-ЯЁ]{1,5}")  # a word, or an abbreviation (РК, КНР)
_LAT_WORD = re.compile(r"[^\W\d_]+")


def _common_hanzi(c: str) -> bool:
    """One of the 3,755 most frequent hanzi (GB2312 level 1), after traditional -> simplified."""
    try:
        return 0xB0 <= c.encode("gb2312")[0] <= 0xD7
    except UnicodeEncodeError:
        return False


def _plausibility(text: str) -> float:
    """How much ``text`` looks like real prose: the share of its letters in well-formed
    Cyrillic words (one case pattern), common hanzi, or Latin words without Cyrillic
    or CJK mixed in, less the share of symbols and control characters."""
    letters = sum(c.isalpha() for c in text)
    if not letters:
        return 0.0
    good = 0
    for w in _CYR_WORD.findall(text):
        good += len(w) if _CYR_GOOD.fullmatch(w) else 0
    han = [c for c in text if is_han(c)]
    if han:
        from .langid import to_simplified

        good += sum(_common_hanzi(c) for c in to_simplified("".join(han)))
    latin = [w for w in _LAT_WORD.findall(text)
             if all(c < "\u0250" or "\u1e00" <= c <= "\u1eff" or unicodedata.combining(c) for c in w)]
    lat_letters = sum(len(w) for w in latin)
    # in real Latin-script prose (Vietnamese included) most letters are plain a-z; a
    # Cyrillic or CJK file read as cp1252/cp1258 is nearly all accented letters
    if lat_letters and sum(c.isascii() for w in latin for c in w) >= 0.5 * lat_letters:
        good += sum(len(w) for w in latin if w == w.lower() or w[1:] == w[1:].lower() or w.isupper())
    odd = sum(unicodedata.category(c) in ("So", "Sk", "Co", "Cn", "Cc") and c not in "\r\n\t" for c in text)
    return good / letters - 2 * odd / max(1, len(text))


def _most_plausible(data: bytes, guessed: str | None) -> tuple[str, str] | None:
    """The legacy reading of ``data`` that is clearly more plausible than charset-normalizer's."""
    if guessed is not None and guessed not in PLAUSIBLE_ENCODINGS:
        return None
    scored = []
    for rank, enc in enumerate(PLAUSIBLE_ENCODINGS):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        scored.append((_plausibility(text), -rank, enc, text))
    if not scored:
        return None
    top = max(scored)  # ties go to the encoding listed first
    mine = next((sc for sc in scored if sc[2] == guessed), None)
    if mine is not None and top[0] - mine[0] < 0.1:
        return None  # no clear reason to overrule
    return (top[3], top[2]) if top[0] >= 0.6 else None


def _utf16_without_bom(data: bytes, strict: bool = True) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark.

    ``strict``: NULs (the high bytes of ASCII) all on one side of each pair decide
    the byte order.  Otherwise (text with no ASCII, such as Chinese) both orders are
    tried and a decoding counts only when nearly every character is a letter,
    digit, space or punctuation of an assigned, non-private code point.
    """
    if len(data) % 2:
        return None
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    orders = (("utf-16-le", bool(odd and not even)), ("utf-16-be", bool(even and not odd)))
    for enc, ok in orders:
        if strict and not ok:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if strict:
            good = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        else:
            good = sum(unicodedata.category(ch)[0] in "LNPZ" and unicodedata.category(ch) != "Co"
                       or ch in "\r\n\t" for ch in text)
        if text and good >= 0.98 * len(text):
            return text, enc
    return None


def _cjk_share(text: str, enc: str) -> float:
    """Share of non-ASCII characters that are common hanzi/CJK punctuation in ``enc``'s core set."""
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return 0.0
    ok = 0
    for c in non_ascii:
        try:
            c.encode(enc)
            ok += 1
        except UnicodeEncodeError:
            pass
    return ok / len(non_ascii)


def _prefer_chinese(data: bytes, guessed: str) -> tuple[str, str] | None:
    """Short Chinese texts are often mistaken for Korean or Japanese; check GB18030 and Big5 directly."""
    if guessed in ("gb18030", "big5"):
        return None
    for enc, core in (("gb18030", "gb2312"), ("big5", "big5")):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if sum(1 for c in text if is_han(c)) >= 2 and _cjk_share(text, core) > 0.95:
            return text, enc
    return None


_SPACE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_DROP_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_KEEP = {"\n", "\u200d"}  # newline; zero-width joiner inside emoji sequences
# Characters pass 1 of normalize_text copies unchanged: assigned, not controls, formats, spaces
# or combining marks, and NFC-stable on their own (ASCII printable, Latin-1 letters and signs
# without NBSP and the soft hyphen, Latin Extended A/B, Cyrillic without its combining marks,
# Vietnamese letters, general punctuation, CJK punctuation and unified ideographs, full-width forms).
_PLAIN_RUN = re.compile("[\u0020-\u007e\u00a1-\u00ac\u00ae-\u024f\u0400-\u0482\u048a-\u04ff"
                        "\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e\u3001-\u3003\u3008-\u3011"
                        "\u4e00-\u9fff\uff01-\uff5e]+")


def normalize_text(raw: str) -> tuple[str, list[int]]:
    """Normalise ``raw`` and map every output character back to ``raw``.

    NFC per character cluster; control, format and private-use characters
    dropped (newlines kept; CR/LF and CR become LF); every run of spaces becomes
    one space; lines are stripped; runs of blank lines become one blank line;
    the text is stripped at both ends.

    Returns:
        ``(text, offsets)`` with ``len(offsets) == len(text) + 1``; ``offsets[i]``
        is where ``text[i]`` starts in ``raw`` and the last entry is ``len(raw)``.
    """
    # pass 1: NFC per cluster, drop controls, unify spaces and newlines
    chars: list[str] = []
    offs: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        # runs of characters that pass 1 keeps as they are, copied in one step
        m = _PLAIN_RUN.match(raw, i)
        if m is not None:
            j = m.end()
            if j < n and unicodedata.combining(raw[j]):
                j -= 1  # the run's last character starts a cluster with the marks after it
            if j > i:
                chars.extend(raw[i:j])
                offs.extend(range(i, j))
                i = j
                continue
        c = raw[i]
        if c == "\r":
            chars.append("\n")
            offs.append(i)
            i += 2 if raw.startswith("\r\n", i) else 1
            continue
        if c in ("\u2028", "\u2029", "\x0b", "\x0c", "\x85"):
            chars.append("\n")
            offs.append(i)
            i += 1
            continue
        if _SPACE.match(c):
            chars.append(" ")
            offs.append(i)
            i += 1
            continue
        if unicodedata.category(c) in _DROP_CATEGORIES and c not in _KEEP:
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", raw[i:j]) if j - i > 1 or ord(c) > 0x7F else c
        for ch in cluster:
            chars.append(ch)
            offs.append(i)
        i = j
    # pass 2: fold spaces, strip lines, collapse blank lines (a line at a time: every entry of
    # ``chars`` is one character, so ``text[k]`` comes from ``offs[k]``)
    text = "".join(chars)
    out: list[str] = []
    out_offs: list[int] = []
    blank_pending = False
    base = 0
    for line in text.split("\n"):
        b = base
        base += len(line) + 1
        if "  " in line or line[:1] == " " or line[-1:] == " ":
            # a run of spaces keeps its first; then one space at either end goes
            keep = [k for k, ch in enumerate(line) if ch != " " or k == 0 or line[k - 1] != " "]
            if keep and line[keep[-1]] == " ":
                keep.pop()
            if keep and line[keep[0]] == " ":
                keep = keep[1:]
            body = "".join(line[k] for k in keep)
            body_offs = [offs[b + k] for k in keep]
        else:
            body = line
            body_offs = offs[b:b + len(line)]
        if not body:
            if out:
                blank_pending = True
            continue
        if out:
            out.append("\n")
            out_offs.append(body_offs[0])
            if blank_pending:
                out.append("\n")
                out_offs.append(body_offs[0])
        out.append(body)
        out_offs.extend(body_offs)
        blank_pending = False
    out_offs.append(len(raw))
    return "".join(out), out_offs


# What a browser never shows as content: the fallback inside <iframe> (shown only where frames
# are unsupported), <noembed> and <noframes>.  An unclosed one runs to the end, as in a browser.
_FALLBACK = re.compile(r"<(iframe|noembed|noframes)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.I | re.S)


def _drop_fallback(html: str) -> str:
    """``html`` without the fallback content of ``<iframe>``, ``<noembed>`` and ``<noframes>``; an
    ``<iframe`` written inside another tag (a ``<meta content='<iframe …'>`` player embed) is text
    of an attribute, not an element: it is left alone (read as an element, an unclosed one ran to
    the end of a real page and took half its article with it)."""
    out, pos, at = [], 0, 0
    while (m := _FALLBACK.search(html, at)) is not None:
        if html.rfind("<", 0, m.start()) > html.rfind(">", 0, m.start()):
            at = m.start() + 1  # inside a tag: look again from the next character
            continue
        out.append(html[pos:m.start()])
        out.append(" ")
        pos = at = m.end()
    out.append(html[pos:])
    return "".join(out)


def _html_to_text(html: str, how: str) -> tuple[str, str]:
    """Main text of an HTML page and the extractor that produced it."""
    html = _drop_fallback(html)
    if how in ("auto", "trafilatura"):
        try:
            import trafilatura
        except ImportError:
            if how == "trafilatura":
                raise
        else:
            got = trafilatura.bare_extraction(html, include_comments=False, include_tables=True, favor_recall=True,
                                              with_metadata=True)
            got = (got.as_dict() if hasattr(got, "as_dict") else got) or {}
            text = got.get("text")
            if text:
                return _with_heading(text, got, html), "trafilatura"
    return _builtin_text(html), "builtin"


def _with_heading(text: str, got: dict, html: str) -> str:
    """trafilatura's body text, led by the page's title, subtitle and lead (standfirst) where the
    body lacks them: trafilatura files title and lead under metadata and drops the page's
    ``<header>``, and on real news pages (benchmarks/cleaning.py, part ``html``) the headline was
    missing from the body on 10 of 15 pages and the lead on 6.  Each is added only when the page
    shows it as text (not a ``<title>`` with the site's name appended, nor a ``description``
    written for search engines alone; a description with the site's name appended, "… — Укринформ.",
    is added as the page shows it).  The subtitle is the element right after the headline marked as
    one (``class="article__subtitle"``, ``itemprop="alternativeHeadline"``, an ``<h2>``)."""
    lead: list[str] = []
    page = None
    for key in ("title", "description"):
        v = " ".join(str(got.get(key) or "").split())
        if len(v) < 8 or v[:60] in text or any(v[:60] in x for x in lead):
            continue
        if page is None:
            page = _page_view(html, " ".join(str(got.get("title") or "").split()))
        for cand in _without_site_name(v):
            if len(cand) >= 8 and cand in page[0] and cand[:60] not in text:
                lead.append(cand)
                break
    if page is None and got.get("title"):
        page = _page_view(html, " ".join(str(got.get("title") or "").split()))
    subtitle = page[1] if page else ""
    title = " ".join(str(got.get("title") or "").split())
    if subtitle and subtitle[:60] not in text and not any(subtitle[:60] in x for x in lead):
        lead.insert(1 if lead and lead[0] == title else 0, subtitle)  # title, subtitle, lead, body
    if not lead:
        return text
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()) == title:  # the body opens with the headline: the rest goes after it
        return "\n\n".join([first] + lead + [rest])
    return "\n\n".join(lead + [text])


# a description ending with the site's name: "… станцию метро. — Укринформ.", "… | VnExpress"
_SITE_SUFFIX = re.compile(r"\s+(?:[—–|-]|::)\s+[^—–|]{2,40}$")


def _without_site_name(v: str) -> list[str]:
    m = _SITE_SUFFIX.search(v)
    return [v, v[:m.start()].rstrip()] if m else [v]


# trafilatura's metadata drops zero-width characters ("станцию \u200b\u200bметро")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_SUBTITLE_CLASS = re.compile(r"sub-?title|subhead|standfirst|\bdek\b|\blead\b|intro|anons|annot", re.I)


def _page_view(html: str, title: str) -> tuple[str, str]:
    """The text a browser shows in the page's body (whitespace folded), and the subtitle under the
    headline ``title`` when the page marks one; one lxml parse (trafilatura's parser)."""
    try:
        from lxml import html as lh

        root = lh.document_fromstring(html)
        for el in root.xpath("//script|//style|//noscript|//template|//head"):
            el.drop_tree()
        subtitle = ""
        if title:
            for h in root.iter("h1"):
                if " ".join(h.text_content().split()) != title:
                    continue
                for sib in h.itersiblings():
                    if not isinstance(sib.tag, str):
                        continue
                    marked = sib.tag == "h2" or _SUBTITLE_CLASS.search(sib.get("class") or "") \
                        or sib.get("itemprop") == "alternativeHeadline"
                    t = " ".join(sib.text_content().split())
                    if marked and len(t) >= 20 and len(t.split()) >= 4:
                        subtitle = t
                    break  # only the element right after the headline
                break
        return " ".join(_ZERO_WIDTH.sub("", root.text_content()).split()), subtitle
    except Exception:  # lxml refuses some pages (empty, bytes-declared encodings): the slow parser reads them
        return " ".join(_builtin_text(html).split()), ""


def _builtin_text(html: str) -> str:
    from html.parser import HTMLParser

    class _P(HTMLParser):
        skip = {"script", "style", "noscript", "template", "head"}
        block = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.depth = 0

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in self.skip:
                self.depth += 1
            elif tag in self.block:
                self.parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in self.skip and self.depth:
                self.depth -= 1
            elif tag in self.block:
                self.parts.append("\n\n")

        def handle_data(self, data: str) -> None:
            if not self.depth:
                self.parts.append(data)

    p = _P()
    p.feed(html)
    return "".join(p.parts)


#: ``ftfy.fix_text``'s settings for mojibake repair (``IngestOptions.fix_mojibake``)
FTFY_SETTINGS = dict(normalization="NFC", uncurl_quotes=False, fix_latin_ligatures=False,
                     fix_character_width=False, fix_line_breaks=False, remove_terminal_escapes=True)
_FTFY_TOUCHES: list[re.Pattern[str]] = []


def ftfy_leaves_alone(text: str) -> bool:
    """True only when ``ftfy.fix_text(text, **FTFY_SETTINGS)`` is provably the text in NFC, which
    :func:`read_document` keeps as it was (no repair): a cheap check instead of ftfy's every fixer.

    ftfy fixes each line (up to the ``\\n``) on its own, repeating until nothing changes; with these
    settings, on a line (and on its NFC form) with none of the characters ``&`` (HTML entities),
    ESC (terminal escapes), C1 controls, surrogates or ftfy's own ``CONTROL_CHARS``, every fixer
    but the encoding fix leaves it alone, and the encoding fix returns a line at once when it is
    ASCII or ``ftfy.badness.is_bad`` finds nothing in it (its own first test).  So only that test
    runs here, line by line, on the text and on its NFC form.  False means: run ftfy.
    """
    if len(text) > 1_000_000:  # ftfy's max_decode_length would cut a long line in two
        return False
    if not _FTFY_TOUCHES:
        from ftfy.chardata import CONTROL_CHARS

        chars = "".join(re.escape(chr(c)) for c in sorted(CONTROL_CHARS))
        _FTFY_TOUCHES.append(re.compile(f"[&\x1b\x80-\x9f\ud800-\udfff{chars}]"))
    from ftfy.badness import is_bad

    touches = _FTFY_TOUCHES[0]
    nfc = unicodedata.normalize("NFC", text)
    for t in (text, nfc) if nfc != text else (text,):
        if touches.search(t):
            return False
        if t.isascii():
            continue
        pos, n = 0, len(t)
        while pos < n:
            end = t.find("\n", pos) + 1 or n
            line = t[pos:end]
            if not line.isascii() and is_bad(line):
                return False
            pos = end
    return True


def read_document(path: Path, root: Path | None = None, options: IngestOptions | None = None,
                  data: bytes | None = None) -> Document:
    """Read one file into a Document.

    Args:
        path: The file (only a regular file is opened: see :func:`mtpipe.inputs.read_input_bytes`).
        root: The input folder; ``doc_id`` is the path relative to it (:func:`mtpipe.inputs.doc_id_for`).
        options: See :class:`IngestOptions`.
        data: The file's bytes, when the caller has read them already.

    Raises:
        IngestError: naming the file and the reason (a folder, unreadable, binary, undecodable).
    """
    o = options or IngestOptions()
    path = Path(path)
    if data is None:
        from .inputs import read_input_bytes

        data = read_input_bytes(path)
    if o.max_chars is not None and len(data) > 4 * o.max_chars:  # no encoding packs more than 4 bytes a character
        raise IngestError(path, f"too long for one document: {len(data) / 1e6:.0f} MB, over the limit of "
                                f"{o.max_chars:,} characters (--max-chars); split the file")
    raw, encoding = decode_bytes(data, path, o)
    if o.max_chars is not None and len(raw) > o.max_chars:
        raise IngestError(path, f"too long for one document: {len(raw):,} characters, over the limit of "
                                f"{o.max_chars:,} (--max-chars); split the file")
    meta: dict[str, object] = {"encoding": encoding, "bytes": len(data)}
    legacy = legacy_vietnamese(data) if not encoding.startswith("utf") else None
    if legacy is not None:
        meta["legacy_encoding"] = legacy
    if o.fix_mojibake and raw and not ftfy_leaves_alone(raw):
        import ftfy

        fixed = ftfy.fix_text(raw, **FTFY_SETTINGS)  # type: ignore[arg-type]
        if fixed != raw and unicodedata.normalize("NFC", raw) != fixed:
            meta["mojibake_repaired"] = True
            raw = fixed
    if path.suffix.lower() in (".html", ".htm"):
        try:
            raw, meta["html_extractor"] = _html_to_text(raw, o.html_extractor)
        except ImportError:
            raise IngestError(path, "HTML extraction with trafilatura was asked for but trafilatura is not "
                                    "installed (pip install 'mtpipe[html]')") from None
    text, offsets = normalize_text(raw)
    from .inputs import doc_id_for, printable, text_path

    doc_id = doc_id_for(path, root)
    doc = Document(doc_id=doc_id, raw_text=raw, text=text, path=text_path(path), meta=meta, raw_offsets=offsets)
    if "\ufffd" in raw:
        doc.warnings.append(f"{printable(path)}: invalid bytes replaced with U+FFFD")
    if legacy is not None:
        doc.warnings.append(f"{printable(path)}: looks like Vietnamese in the legacy {legacy} encoding, read as "
                            f"{encoding}: the text is garbled; convert the file to Unicode (UTF-8) first, "
                            "e.g. with UniKey's converter")
    return doc


def iter_inputs(root: Path, suffixes: tuple[str, ...] = SUFFIXES) -> Iterator[Path]:
    """Input files under ``root``, recursively, in sorted order.

    Only regular files (FIFOs, devices and sockets are left out), symlinks to files
    outside ``root`` are not followed, symlinked folders are not followed (no loops),
    hidden files and folders (``.name``) are skipped; a file given as ``root`` is
    yielded itself.  :func:`mtpipe.inputs.scan_inputs` also says what was left out.
    """
    from .inputs import scan_inputs

    yield from scan_inputs(root, suffixes).files

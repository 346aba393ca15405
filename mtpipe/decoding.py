"""Bytes to text: binary-file detection, BOMs, UTF-8, and the legacy encodings charset-normalizer guesses.

:func:`decode_bytes` picks the reading that looks most like real Russian, Chinese or
Vietnamese (:func:`_plausibility`) among charset-normalizer's guess and the common
Cyrillic/Chinese/Vietnamese code pages, reads BOM-less UTF-16, and keeps mostly-UTF-8 files
with their broken bytes replaced.  The legacy Vietnamese 8-bit encodings, which no Python codec
reads, are in :mod:`mtpipe.legacy_vietnamese`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from .ingest_options import IngestError, IngestOptions
from .scripts import HANGUL, KANA, char_class, is_han
from .unpacking import packed_format


_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x1f\x8b", "gzip data"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
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
                       "mac_cyrillic", "cp1252", "latin_1", "shift_jis", "euc_jp", "euc_kr", "cp855")


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
    if packed_format(data) == "bzip2":  # "BZh" and a digit alone may start a text: the block magic decides
        raise IngestError(path, "binary file (bzip2 data), skipped")
    if data and data.count(b"\x00") / len(data) > o.max_nul_ratio:
        # UTF-16 of ASCII-heavy text has its NULs on one side; Chinese in UTF-16 on both (U+4E00
        # is 00 4E) and UTF-32 is mostly NUL: both are read before "binary" is said
        wide = _utf16_without_bom(data) or _utf32_without_bom(data) or _utf16_without_bom(data, strict=False)
        if wide is not None:
            return wide
        raise IngestError(path, "binary file (many NUL bytes), skipped")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_err = err
    mixed = _mixed_lines(data)
    if mixed is not None:
        return mixed
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


def _mixed_lines(data: bytes) -> tuple[str, str] | None:
    """A UTF-8 file with lines pasted in from one legacy code page, read line by line.

    Scraped text is often concatenated from several sources: a Russian page in UTF-8 with a
    credit line in cp1251 is neither UTF-8 (the file fails) nor cp1251 (every UTF-8 line turns to
    mojibake).  Taken when the lines that are valid UTF-8 hold real non-ASCII text (at least 8
    characters, and they read as prose: :func:`_plausibility`), and the other lines, read together,
    are clearly one of :data:`PLAUSIBLE_ENCODINGS`.  The encoding reads
    ``"utf-8 + cp1251 (1 line)"``; ingest warns about it.
    """
    lines = data.splitlines(keepends=True)
    good: list[str] = []
    bad: list[int] = []
    texts: list[str | None] = []
    for i, line in enumerate(lines):
        try:
            t = line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(i)
            texts.append(None)
            continue
        texts.append(t)
        if not line.isascii():
            good.append(t)
    if not bad or not good:
        return None
    utf8_part = "".join(good)
    if sum(not c.isascii() for c in utf8_part) < 8 or _plausibility(utf8_part) < 0.6:
        return None
    reading = _most_plausible(b"".join(lines[i] for i in bad), None, PASTED_ENCODINGS)
    if reading is None:
        return None
    enc = reading[1]
    for i in bad:
        try:
            texts[i] = lines[i].decode(enc)
        except UnicodeDecodeError:
            return None
    n = len(bad)
    return "".join(t or "" for t in texts), f"utf-8 + {enc} ({n} line{'s' if n > 1 else ''})"


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 when only a few bytes are broken (3, or 1 in 1000; in texts under
    100 characters, 1 in 100)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    allowed = max(3, len(text) // 1000) if len(text) >= 100 else max(1, len(text) // 100)
    return text if bad <= allowed else None


#: Legacy encodings whose readings of the same bytes are compared by :func:`_plausibility`.  IBM855 (a DOS
#: code page; field trial 7 found it refused, chardet's IBM855 feeds were read as ISO-8859-5) is last: ties
#: go to the encodings listed first.
PLAUSIBLE_ENCODINGS = ("cp1251", "koi8_r", "gb18030", "big5", "cp1258", "cp1252", "cp855")
#: ... and those of lines pasted into a UTF-8 file (:func:`_mixed_lines`): web text, no DOS code page (a
#: stray byte 0xA0 is IBM855's "а", a word of one letter)
PASTED_ENCODINGS = tuple(e for e in PLAUSIBLE_ENCODINGS if e != "cp855")

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
        from .scripts import to_simplified

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


def _most_plausible(data: bytes, guessed: str | None,
                    encodings: tuple[str, ...] = PLAUSIBLE_ENCODINGS) -> tuple[str, str] | None:
    """The legacy reading of ``data`` (among ``encodings``) that is clearly more plausible than
    charset-normalizer's."""
    if guessed is not None and guessed not in encodings:
        return None
    scored = []
    for rank, enc in enumerate(encodings):
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


#: In BOM-less UTF-16 of mostly ASCII text, the NULs on the "wrong" side of the pairs, as a share
#: of those on the right side, at most: characters U+xx00 (一, ĀŐ, surrogates) put a NUL there.
_NUL_SIDE = 0.1


def _utf16_without_bom(data: bytes, strict: bool = True) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark.

    ``strict``: NULs (the high bytes of ASCII) on one side of each pair decide the byte order:
    nearly all of them (:data:`_NUL_SIDE`), since a character whose low byte is 0 (一 U+4E00,
    a surrogate of U+10300) puts one on the other side.  Otherwise (text with no ASCII, such as Chinese) both orders are
    tried and a decoding counts only when nearly every character is a letter,
    digit, space or punctuation of an assigned, non-private code point.
    """
    if len(data) % 2:
        return None
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    orders = (("utf-16-le", odd > 0 and even <= _NUL_SIDE * odd), ("utf-16-be", even > 0 and odd <= _NUL_SIDE * even))
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
        # without the NUL pattern any even-length bytes pair into CJK "letters": the letters must
        # also read as prose (common hanzi, well-formed words) or be Hangul/kana
        if text and good >= 0.98 * len(text) and (strict or _reads_as_prose(text)):
            return text, enc
    return None


_HANGUL_KANA = re.compile(f"[{char_class(HANGUL, KANA)}]")


def _reads_as_prose(text: str) -> bool:
    """Whether a decoding found without a byte-order mark or NUL pattern looks like writing rather
    than bytes paired at random (which land in the CJK block as "letters" beside stray Latin
    Extended ones): plausible prose (:func:`_plausibility`), or letters nearly all Hangul or kana."""
    letters = sum(c.isalpha() for c in text)
    if not letters:
        return False
    return _plausibility(text) >= 0.5 or len(_HANGUL_KANA.findall(text)) >= 0.8 * letters


def _utf32_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-32 text without a byte-order mark: nearly every character a letter, digit, space or
    punctuation of an assigned, non-private code point (as :func:`_utf16_without_bom` checks)."""
    if len(data) % 4:
        return None
    for enc in ("utf-32-le", "utf-32-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
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


def _reads_as_japanese_or_korean(text: str) -> bool:
    """Kana among the kanji (particles: の, は, が), or Hangul words between spaces.

    GB2312 and the EUC encodings of Japanese and Korean share one byte layout, so a Japanese or
    Korean file decodes as GB18030 too, into common-looking hanzi.  A Chinese text misread as
    Japanese gives few kana, and misread as Korean gives Hangul runs with no spaces between them
    (Chinese writes none); real Japanese and Korean do not look like that.
    """
    kana = sum("\u3040" <= c <= "\u30ff" for c in text)
    han = sum(is_han(c) for c in text)
    if kana >= 3 and kana >= 0.1 * (kana + han):
        return True
    runs = re.findall("[\uac00-\ud7a3]+", text)
    hangul = sum(map(len, runs))
    return len(runs) >= 3 and hangul >= 0.5 * sum(c.isalpha() for c in text) and hangul <= 6 * len(runs)


def _prefer_chinese(data: bytes, guessed: str) -> tuple[str, str] | None:
    """Short Chinese texts are often mistaken for Korean or Japanese; check GB18030 and Big5 directly."""
    if guessed in ("gb18030", "big5"):
        return None
    if guessed in ("euc_jp", "shift_jis", "euc_kr"):
        try:
            if _reads_as_japanese_or_korean(data.decode(guessed)):
                return None
        except UnicodeDecodeError:
            pass
    for enc, core in (("gb18030", "gb2312"), ("big5", "big5")):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if sum(1 for c in text if is_han(c)) >= 2 and _cjk_share(text, core) > 0.95:
            return text, enc
    return None

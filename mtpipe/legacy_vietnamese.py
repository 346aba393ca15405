"""Legacy Vietnamese 8-bit encodings (fonts of the 1990s-2000s, still in old archives), which no Python
codec reads: :func:`legacy_vietnamese` recognises VNI and TCVN3 by their letter-plus-mark byte pairs;
:func:`readable_legacy` says whether a file is TCVN3 or VISCII, which :func:`decode_legacy` reads with
the tables of :mod:`mtpipe.vietnamese_8bit` (field trial 7).  VNI is only warned about.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["READABLE_LEGACY", "decode_legacy", "legacy_lines", "legacy_vietnamese", "readable_legacy"]

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


#: Legacy 8-bit encodings ingest reads itself (tables in :mod:`mtpipe.vietnamese_8bit`, see
#: :func:`readable_legacy`).  VNI is only warned about.
READABLE_LEGACY = ("TCVN3", "VISCII")

# every precomposed Vietnamese letter (NFC), upper and lower case
_VI_LETTERS = frozenset("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
                        "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ")


def decode_legacy(data: bytes, name: str) -> str:
    """``data`` read in one of :data:`READABLE_LEGACY` (one character a byte: offsets stay those of the bytes;
    TCVN3 writes a few tone marks as combining characters, which normalisation composes)."""
    from . import vietnamese_8bit

    table = getattr(vietnamese_8bit, name)
    return "".join(table[b] for b in data)


def _vi_score(text: str) -> tuple[float, float, int]:
    """(share of the non-ASCII characters that are Vietnamese letters, share of the words that hold one in
    a word's case pattern (``Quốc``, not ``QuẰc``), distinct Vietnamese letters)."""
    text = unicodedata.normalize("NFC", text)
    non_ascii = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    words = text.split()
    if not non_ascii or not words:
        return 0.0, 0.0, 0
    vi = [c for c in non_ascii if c in _VI_LETTERS]
    good = 0
    for w in words:
        core = w.strip(".,;:!?\"'()[]«»“”…-")
        if any(c in _VI_LETTERS for c in core) and (core.islower() or core.isupper() or core[1:].islower()):
            good += 1
    return len(vi) / len(non_ascii), good / len(words), len(set(vi))


def readable_legacy(data: bytes, read: str) -> str | None:
    """The one of :data:`READABLE_LEGACY` that ``data`` is written in, or None.

    ``read`` is the reading ingest found (cp1258, cp1252 …): in a legacy Vietnamese file it shows
    symbols and foreign letters (``Chæ Qu¯c ngæ`` for VISCII, ``TiÕng ViÖt`` for TCVN3).  An encoding is
    taken when, read in it, every non-ASCII character is a Vietnamese letter, a quarter of the words or
    more carry one in a word's case pattern, 8 or more distinct ones occur (German or Hungarian read so
    shows the same few letters again and again), and clearly more words read so than as ``read``."""
    if sum(b > 0x7F for b in data) < 8 or any("\u0400" <= c <= "\u04ff" or ord(c) >= 0x2e80 for c in read):
        return None
    now = _vi_score(read)[1]
    best: tuple[float, str] | None = None
    for name in READABLE_LEGACY:
        letters, words, distinct = _vi_score(decode_legacy(data, name))
        if letters >= 0.98 and words >= 0.25 and distinct >= 8 and words >= now + 0.2 \
                and (best is None or words > best[0]):
            best = (words, name)
    return best[1] if best else None


def _as_bytes(line: str) -> bytes | None:
    """``line`` as the one-byte-a-character bytes it was read from (Latin-1, else cp1252), or None."""
    out = bytearray()
    for c in line:
        if ord(c) < 256:
            out.append(ord(c))
            continue
        try:
            out += c.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def legacy_lines(text: str) -> str | None:
    """``text`` (Unicode) with its lines that hold TCVN3 read as Latin-1 decoded, or None when there is none.

    A Unicode page that shows a legacy document's text ("Bµi kiÓm tra" for "Bài kiểm tra": a .doc written with
    an ABC font, put on a site as it was) mixes such lines with Unicode ones, so no file-wide test sees them
    (spam75: t27vi33). A line is a candidate when every character of it is one byte of Latin-1 or cp1252 and it
    holds a TCVN3 letter-plus-mark pair; the candidates taken together must pass the file-wide tests
    (:func:`legacy_vietnamese`, :func:`readable_legacy`: a quarter of the words with a pair, all non-ASCII
    characters Vietnamese letters read so, 8 distinct ones), and each line is decoded only where it reads as
    Vietnamese in more words than before. One character a byte: the text keeps its length."""
    lines = text.splitlines(keepends=True)
    cands: dict[int, bytes] = {}
    for i, line in enumerate(lines):
        data = _as_bytes(line) if any(ord(c) > 0x7F for c in line) else None
        if data is not None and _TCVN3_PAIR.search(data):
            cands[i] = data
    if not cands:
        return None
    joint = b"".join(cands.values())
    if legacy_vietnamese(joint) != "TCVN3" or readable_legacy(joint, "".join(lines[i] for i in cands)) != "TCVN3":
        return None
    changed = False
    for i, data in cands.items():
        read = decode_legacy(data, "TCVN3")
        if _vi_score(read)[1] > _vi_score(lines[i])[1]:
            lines[i] = read
            changed = True
    return "".join(lines) if changed else None

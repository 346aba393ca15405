"""Text normalisation with offsets (:func:`normalize_text`) and the ftfy fast path (:func:`ftfy_leaves_alone`).

:func:`normalize_text` turns decoded text into ``Document.text`` (NFC, control and invisible
characters dropped, spaces folded, blank lines between paragraphs) and maps every character
back to the raw text; :data:`FTFY_SETTINGS` are ftfy's settings for mojibake repair and
:func:`ftfy_leaves_alone` proves cheaply when ftfy would change nothing.
"""

from __future__ import annotations

import re
import unicodedata


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

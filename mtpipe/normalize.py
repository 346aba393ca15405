"""Text normalisation with offsets (:func:`normalize_text`) and the ftfy fast path (:func:`ftfy_leaves_alone`).

:func:`normalize_text` turns decoded text into ``Document.text`` (NFC, control and invisible
characters dropped, spaces folded, blank lines between paragraphs) and maps every character
back to the raw text; :data:`FTFY_SETTINGS` are ftfy's settings for mojibake repair and
:func:`ftfy_leaves_alone` proves cheaply when ftfy would change nothing.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any


_SPACE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_DROP_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_KEEP = {"\n", "\u200d"}  # newline; zero-width joiner inside emoji sequences
# Characters pass 1 of normalize_text copies unchanged: assigned, not controls, formats, spaces
# or combining marks, and NFC-stable on their own (ASCII printable, Latin-1 letters and signs
# without NBSP and the soft hyphen, Latin Extended A/B, Cyrillic without its combining marks,
# Vietnamese letters, general punctuation, CJK punctuation and unified ideographs, full-width forms);
# and the newline, which pass 1 keeps as it is one character at a time too (a control, but in ``_KEEP``; NFC of
# it alone is itself), so a run no longer stops at each line's end (perf88: 38k stops on the dev text pages).
_PLAIN_RUN = re.compile("[\n\u0020-\u007e\u00a1-\u00ac\u00ae-\u024f\u0400-\u0482\u048a-\u04ff"
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
                chars.append(raw[i:j])  # a run: ``offs`` gets one entry per character of it
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
    # pass 2: fold spaces, strip lines, collapse blank lines (a line at a time: ``offs`` has one entry
    # per character of ``text``, so ``text[k]`` comes from ``offs[k]``)
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
    gate = _badness_gate()
    nfc = unicodedata.normalize("NFC", text)
    for t in (text, nfc) if nfc != text else (text,):
        if touches.search(t):
            return False
        if t.isascii():
            continue
        if gate is not None and not gate[0].search(t) and (gate[1] is None or not gate[1].search(t)):
            continue  # no line can match ftfy's badness pattern (see _badness_gate)
        pos, n = 0, len(t)
        while pos < n:
            end = t.find("\n", pos) + 1 or n
            line = t[pos:end]
            if not line.isascii() and is_bad(line):
                return False
            pos = end
    return True


# Characters frequent in the texts mtpipe reads (ASCII, Russian, Vietnamese, their quotes and
# dashes): an alternative of ftfy's badness pattern that needs one of them is checked by its own
# pattern (below), not by the character test.
_FREQUENT = frozenset([*range(0x20, 0x7F), 0x09, 0x0A, 0x0D, 0xA0, *range(0x410, 0x450), 0x401, 0x451,
                       *map(ord, "àáâãèéêìíòóôõùúýăđĩũơưĐĂƠƯ«»—–“”„…’‘"), *range(0x1EA0, 0x1EFA)])
_GATE: list[tuple[re.Pattern[str], re.Pattern[str] | None] | None] = []


def _badness_gate() -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """Two patterns that together find something in a text whenever ``ftfy.badness.is_bad`` finds
    something in one of its lines, built from ftfy's own pattern (``BADNESS_RE``); None when that
    pattern is not of the form this reasons about (then every line is checked by ``is_bad``).

    ``BADNESS_RE`` is a choice of alternatives.  In each, some element must match one character of
    a known set (a literal, a character class without categories or negation, a group of such, a
    repeat of at least one): the alternative cannot match a text holding none of that set.  The
    first pattern is one character class, the union of those sets over the alternatives whose set
    holds no frequent character.  The others (with a frequent character in every element, or no
    such element) form the second pattern, the same alternatives as ftfy's; they must contain no
    anchor, lookaround or back-reference, so a match in a line is a match at the same place in the
    whole text.  Hence: neither pattern matches the text => no line of it is bad.  Tested against
    ``is_bad`` line by line (``tests/test_fast_paths_text.py``)."""
    if _GATE:
        return _GATE[0]
    gate = None
    try:
        from ftfy.badness import BADNESS_RE

        gate = _build_gate(BADNESS_RE)
    except Exception:  # another ftfy or Python: the exact path, line by line
        gate = None
    _GATE.append(gate)
    return gate


def _build_gate(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    try:
        from re import _compiler as compiler, _constants as C, _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python < 3.11
        import sre_compile as compiler  # type: ignore[no-redef]
        import sre_constants as C  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]

    if pattern.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    tree = parser.parse(pattern.pattern, pattern.flags)
    repeats = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())

    def chars(op: Any, av: Any) -> frozenset[int] | None:
        """The characters one of which every match of this element holds; None: unknown."""
        if op is C.LITERAL:
            return frozenset([av])
        if op is C.IN:
            got: set[int] = set()
            for o, a in av:
                if o is C.LITERAL:
                    got.add(a)
                elif o is C.RANGE:
                    got.update(range(a[0], a[1] + 1))
                else:  # NEGATE, CATEGORY...
                    return None
            return frozenset(got)
        if op is C.BRANCH:
            union: set[int] = set()
            for seq in av[1]:
                got2 = needed(seq)
                if got2 is None:
                    return None
                union |= got2
            return frozenset(union)
        if op is C.SUBPATTERN:
            return None if (av[1] or av[2]) else needed(av[3])
        if op in repeats:
            return needed(av[2]) if av[0] >= 1 else None
        return None

    def needed(seq: Any) -> frozenset[int] | None:
        """The rarest character set one of whose characters every match of ``seq`` holds."""
        best = None
        for op, av in seq:
            got = chars(op, av)
            if got is not None and (best is None or (len(got & _FREQUENT), len(got)) < (len(best & _FREQUENT), len(best))):
                best = got
        return best

    def plain(seq: Any) -> bool:
        """No anchor, lookaround or back-reference anywhere in ``seq``."""
        for op, av in seq:
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF, C.GROUPREF_EXISTS):
                return False
            if op is C.BRANCH and not all(plain(s) for s in av[1]):
                return False
            if op is C.SUBPATTERN and not plain(av[3]):
                return False
            if op in repeats and not plain(av[2]):
                return False
            if op not in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.BRANCH, C.SUBPATTERN) and op not in repeats:
                return False  # anything else: not reasoned about
        return True

    data = list(tree.data)
    alternatives = data[0][1][1] if len(data) == 1 and data[0][0] is C.BRANCH else [tree]
    rare: set[int] = set()
    rest = []
    for seq in alternatives:
        got = needed(seq)
        if got is None or got & _FREQUENT:
            if not plain(seq):
                return None
            rest.append(seq)
        else:
            rare |= got
    if not rare:
        return None
    first = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(rare)) + "]")
    second = compiler.compile(parser.SubPattern(tree.state, [(C.BRANCH, (None, rest))]), pattern.flags) if rest else None
    return first, second

"""The text a page's language is told from: its opening, less the lines of script code (issue 12, cp91).

The cleaner tells a page's language from its first :data:`SAMPLE_CHARS` characters (:func:`prose_sample`).  An RT
article of cp88's fresh Russian sample (rt_06388, seed 88) holds a video player's JavaScript under its first
paragraph ("jwplayer.key=…", "jwplayer(…).setup({ advertising: (function() {", "// title: …"): 2,700 of its first
3,000 characters are code, whose words are English, and the page was called **en** (its Russian subheading then went
as a tag list).  A page's script says nothing of the language its text is written in, so the sample skips the lines
that read as code (:func:`code_line`) and reads on until it has :data:`SAMPLE_CHARS` characters of the rest; a page
that is code only keeps its raw opening (nothing else to tell from).

A line is code when it opens as a comment or a statement does ("//", "/*", "var ", "function", "}", "});") or holds
a brace or an equals sign and :data:`CODE_MARKS` of ``{}();=`` at least: prose writes no braces and seldom an equals
sign ("E = mc²" has one mark), and a sentence's brackets and semicolon ("(где R – разведывательный …);") are three
marks without a brace or "=".
"""

from __future__ import annotations

import re

__all__ = ["SAMPLE_CHARS", "code_line", "prose_sample"]

SAMPLE_CHARS = 3000  # characters of a page's opening its language is told from
CODE_MARKS = 4  # of "{}();=" in a code line holding a brace or "="
_MARKS = re.compile(r"[{}();=]")
#: key="…", x=(…: no sum's "a + b = c" with its spaces, no URL's "?v=h5f"; ``\w=["'(]`` written led by its "=" (the word
#: character looked back at), found where the same pattern is at the scanner's literal speed (perf84: 13x cheaper)
_ASSIGN = re.compile(r"=(?<=\w=)[\"'(]")
_OPENS = re.compile(r"^(?://|/\*|\*/|var\s|let\s|const\s|function\b|return\b|if\s*\(|}\)?;?|\$\(|window\.|document\.)")


def code_line(line: str) -> bool:
    """The line reads as script code (module docstring)."""
    s = line.strip()
    if not s:
        return False
    if _OPENS.match(s):
        return True
    return ("{" in s or "}" in s or _ASSIGN.search(s) is not None) and len(_MARKS.findall(s)) >= CODE_MARKS


def prose_sample(text: str, start: int = 0, chars: int = SAMPLE_CHARS) -> str:
    """``text`` from ``start``, its code lines left out, up to ``chars`` characters; the raw slice when no line is
    code in it (the same sample as before) or every line is."""
    raw = text[start:start + chars]
    if not any(code_line(ln) for ln in raw.split("\n")):
        return raw
    out: list[str] = []
    n = 0
    for ln in text[start:].split("\n"):
        if code_line(ln):
            continue
        out.append(ln)
        n += len(ln) + 1
        if n >= chars:
            break
    kept = "\n".join(out)[:chars]
    return kept if kept.strip() else raw

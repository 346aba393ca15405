"""English web-text rules of the sentence splitter: sentences that start in lower case, "??"/"!!" runs, asides
closed by a bracket, emoticons, photo credits, e-mail header stamps and closings, "U.S." before a sentence opener,
a clock time before a day or a time zone."""

from __future__ import annotations

import re

from .abbreviations import _LOWER_ABBR, ABBREVIATIONS, TERMINAL_ABBREVIATIONS

_WORD_BEFORE = re.compile(r"[^\W\d_]+$")

#: Languages whose splitter (sentencex) breaks before a lower-case word after a stop, as casual web
#: writing starts sentences ("the library is closed. it is now …", "where did you grow up? india?").
_LOWER_STARTS = frozenset(("en",))
# a plain lower-case word, an acronym in capitals ("LMAO. lol") or a number before the stop (not "p.m.",
# "U.S.", "Dr.")
_PLAIN_END = re.compile(r"(?:^|[\s(\"“'])([a-z]{2,}|[A-Z]{2,}|\d(?:[\d\-.,/]*\d)?)[.!?]+$")


def _lower_start(prev: str, nxt: str, lang: str) -> bool:
    """Whether the splitter's break before a lower-case word stands: in :data:`_LOWER_STARTS` languages,
    after the stop of a plain lower-case word or a number that is no abbreviation."""
    if lang not in _LOWER_STARTS or not (nxt[:1].isalpha() and nxt[:1].islower()):
        return False
    m = _PLAIN_END.search(prev, max(0, len(prev) - 80))  # the last word only: a search from the start is slow
    if m is None:
        return False
    w = m.group(1).lower()
    return w not in ABBREVIATIONS.get(lang, frozenset()) and w not in TERMINAL_ABBREVIATIONS.get(lang, frozenset()) \
        and w not in _LOWER_ABBR


# a break inside a dotted abbreviation written without spaces: "China-U.|S. relations" (sentencex cuts there)
_DOTTED_TAIL = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ]\.$")
_DOTTED_HEAD = re.compile(r"[A-ZА-ЯЁ]\.")
# a bracket opening a lower-case aside after a stop or an ellipsis: "… and ... (how do I put this?)"
_OPEN_LOWER = re.compile(r"[(\[][a-z]")
# a clock time, then a day, a month or a time zone: "from 1 p.m.-6 p.m. Tuesday", "at 9 a.m. GMT"
_CLOCK = re.compile(r"\b[ap]\.\s?m\.$", re.IGNORECASE)
_TIME_NEXT = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
                        r"|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?"
                        r"|Oct|Nov|Dec|local|[A-Z]{1,2}[SD]?T|GMT|UTC|ICT|HKT|JST|KST|SGT)\b")
#: words that open a sentence and never continue a name: after "U.S." or "U.K." they start a new sentence
#: ("… lives in the U.S. Her brother …"); a noun after the acronym continues it ("the U.S. Navy")
_OPENERS = frozenset("""the a an this that these those it its he she his her they their we our i you my
    but and so yet however meanwhile instead still then there here in on at for as if when while after before
    since although though many most some several all both no not one two three""".split())
_ACRONYM = re.compile(r"(?:[a-z]\.){1,3}[a-z]")
_FIRST_WORD = re.compile(r"[\"“‘(]?([A-Z][a-z]*)\b")


def _acronym_end(word: str, nxt: str) -> bool:
    """A dotted acronym ("U.S.", "U.K.") followed by a word that opens sentences and never continues a name."""
    if not _ACRONYM.fullmatch(word):
        return False
    m = _FIRST_WORD.match(nxt)
    return m is not None and m.group(1).lower() in _OPENERS


# English web text: a run of "??"/"!!"/"?!" before a lower-case word (sentencex keeps them together but
# breaks after one "?"), a stop and a closing bracket before a capital ("(how do I put this?) Basically"),
# an emoticon before a capital ("I loved it :) See you")
_RUN_LOWER = re.compile(r"[?!]{2,}(\s+)(?=[a-z])")
_CLOSED_ASIDE = re.compile(r"[.!?]+\)(\s+)(?=[\"“]?[A-Z])")
# a photo credit in brackets before the next sentence: "… on Monday. [Photo/Xinhua] The company said …"
_CREDIT = re.compile(r"[\[(](?:Photos?|Image|File photo|Video)\s?[:/][^\])\n]{1,60}[\])](\s+)(?=[\"“]?[A-Z])")
_EMOTICON = re.compile(r"(?<!\S)(?:[:;=]-?[)(DPp]|:'\(|<3|\^_\^|[xX]D)(\s+)(?=[\"“]?[A-Z])")


# an e-mail header's date and time before the text ("Kay Mann 04/26/2001 07:17 AM Will you …"), a closing
# before the signature ("Sincerely, Anna Lee")
_STAMP = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(\s+)(?=[A-Z])")
_CLOSING_WORDS = ("Sincerely", "egards", "Best wishes", "Cheers", "Yours")
_CLOSING = re.compile(r"(?:^|(?<=[.!?]\s))(?:Sincerely|(?:Best |Kind |Warm )?[Rr]egards|Best wishes|Cheers"
                      r"|Yours(?: truly| sincerely)?),(\s+)(?=[A-Z][a-z])")


def _web_breaks(text: str, lang: str) -> list[int]:
    out = [m.end(1) for m in _STAMP.finditer(text)] if "/" in text else []
    if any(w in text for w in _CLOSING_WORDS):
        out.extend(m.end(1) for m in _CLOSING.finditer(text))
    for m in _RUN_LOWER.finditer(text):
        if _lower_start(text[max(0, m.start() - 60):m.start(1)], text[m.end(1):], lang):
            out.append(m.end(1))
    if ")" in text:
        abbr = ABBREVIATIONS.get(lang, frozenset())
        for m in _CLOSED_ASIDE.finditer(text):
            w = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            word = w.group(0) if w else ""
            if len(word) >= 2 and word.lower() not in abbr:
                out.append(m.end(1))
    out.extend(m.end(1) for m in _EMOTICON.finditer(text))
    if "Photo" in text or "Image" in text or "Video" in text:
        out.extend(m.end(1) for m in _CREDIT.finditer(text))
    return out

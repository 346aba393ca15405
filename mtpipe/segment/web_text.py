"""English web-text rules of the sentence splitter: sentences that start in lower case, "??"/"!!" runs, asides
closed by a bracket, emoticons, photo credits, e-mail header stamps and closings, "U.S." before a sentence opener,
a clock time before a day or a time zone."""

from __future__ import annotations

import re

from .abbreviations import _LOWER_ABBR, ABBREVIATIONS, TERMINAL_ABBREVIATIONS
from .no_stop import no_stop_breaks
from .word_ends import word_end_breaks

_WORD_BEFORE = re.compile(r"[^\W\d_]+$")


def word_before_stop(text: str, start: int, stop: str) -> tuple[int, str]:
    """Where the text before a stop at ``start`` ends, and its last word ("" if none).  A stray space before a full
    stop is passed over ("… phong tục độc đáo này .Tuy nhiên", held33; bnd48), not one before "?" (question marks
    standing for lost quotes, "газеты ?Ляньхэбао?")."""
    lead = start - (stop == "." and text[start - 1:start] == " ")
    w = _WORD_BEFORE.search(text, max(0, lead - 40), lead)
    return lead, w.group(0) if w else ""

#: Languages whose splitter (sentencex) breaks before a lower-case word after a stop, as casual web
#: writing starts sentences ("the library is closed. it is now …", "where did you grow up? india?").
_LOWER_STARTS = frozenset(("en",))
# a plain lower-case word, an acronym in capitals ("LMAO. lol") or a number before the stop (not "p.m.",
# "U.S.", "Dr.")
# (or the same closed by a bracket: "… or Kathy Mayfield (3-3264). you know that …")
_PLAIN_END = re.compile(r"(?:^|[\s(\"“'])([a-z]{2,}|[A-Z]{2,}|\d(?:[\d\-.,/]*\d)?)\)?[.!?]+$")


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
_CREDIT = re.compile(r"[\[(](?:Photos?|Image|File photo|Video|[Cc]redit|Source)\s?[:/][^\])\n]{1,60}[\])](\s+)(?=[\"“]?[A-Z])")
_EMOTICON = re.compile(r"(?<!\S)(?:[:;=]-?[)(DPp]|:'\(|<3|\^_\^|[xX]D)(\s+)(?=[\"“]?[A-Z])")


# an e-mail header's date and time ("Kay Mann 04/26/2001 07:17 AM Will you …"): a unit of its own, after the
# sender's name (a capitalised word, an address or a quote before it; "… on 08/16/2000 03:14 PM" stays)
_STAMP = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?![\w:])")
_SENDER_END = re.compile(r"(?:[A-Z][\w'.-]*|[\w.-]+@[\w.-]+|[\w.-]+\.(?:com|net|org)|[\">)])(\s+)$")
# a time zone after a clock time: "GMT+7", "UTC", "(GMT+07:00)", "EST", "ICT"
_ZONE = re.compile(r"\(?(?:GMT|UTC)(?:[+\-−]\d{1,2}(?::?\d{2})?)?\b|\(?(?:[A-Z][SD]T|ICT|HKT|JST|KST|SGT|CET|CEST|MSK)\b")
_CLOSING_WORDS = ("Sincerely", "egards", "Best wishes", "Cheers", "Yours")
_CLOSING = re.compile(r"(?:^|(?<=[.!?]\s))(?:Sincerely|(?:Best |Kind |Warm )?[Rr]egards|Best wishes|Cheers"
                      r"|Yours(?: truly| sincerely)?),(\s+)(?=[A-Z][a-z])")


# a citation mark after a stop, before the next sentence: "… in Dulwich. [17] Placed under …", "… 1805.[6][7] In"
_CITATION = re.compile(r"[.!?][\"”’)]*\s?(?:\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\])+(\s+)(?=[\"“]?[A-Z])")
# a bracketed sentence after a stop (a transcript's cue, a cross-reference): "… your answer. (Laughter.) This is"
_BRACKETED = re.compile(r"[.!?][\"”’]?(\s+)(?=\([A-Z][^()\n]{0,150}[.!?]\))")
# a bracketed credit after a stop: "… hundreds of years. (credit: modification of work by …)"
_CREDIT_OPEN = re.compile(r"[.!?][\"”’]?(\s+)(?=[(\[](?:credit|photo|image|source|photograph)s?\s?[:/])", re.IGNORECASE)
# a figure's or table's label opening a caption line: "Figure 1.5 Residents of Boxborough …"
_LABEL = re.compile(r"(?m)^(?:Figure|Fig\.|Table|Map|Chart|Exhibit)\s+\d{1,3}(?:\.\d{1,3})*[a-z]?:?(\s+)(?=[A-Z][a-z])")
# a quotation in single quotes ending with its sentence: "… the hymn called, 'A Charge to Keep.' It's on loan"
_SINGLE_CLOSE = re.compile(r"(?<=[^\W\d_]{2}[.!?]')(\s+)(?=[A-Z])")
_SINGLE_OPEN = re.compile(r"(?:^|[\s(,:])'[A-Z]")


# an e-mail salutation right after the header: "… 02/13/2001 08:02 PM All: It is …", "… PM Steve, Rod and Elyse - Just"
_SALUTATION = re.compile(r"(?:(?:Hi|Hello|Dear|Hey)\s)?[A-Z][\w']*(?:(?:,\s|\s(?:and|&)\s)[A-Z][\w']*){0,4}(?::|\s-)(\s+)(?=[A-Z])")
# a closing and the writer's first name before the next text: "… distribute ASAP. Thanks, Sean Here you go."
_THANKS = re.compile(r"(?:^|(?<=[.!?]\s))(?:Thanks|Thank you|Cheers|Love|Best),(\s+)[A-Z][a-z]+(\s+)(?=([A-Z][a-z]*)\b)")
# an address before a capitalised word (no stop between them): "Email: franz371...@gmail.com Site made!",
# "… /pages.html It is a starting place"
# (at most 400 characters after the scheme: an unbounded run made "http://" x 20,000 take 25 CPU-s, branch seg8)
_ADDRESS = re.compile(r"(?:https?://|www\.|(?<![\w.+-])[\w.+-]+@)[^\s<>\"]{0,400}[\w/](\s+)(?=[A-Z][a-z])")


def _stamp_breaks(text: str) -> list[int]:
    """Around an e-mail header's date and time: before it after a sender's name, after it before the text."""
    out = []
    for m in _STAMP.finditer(text):
        sender = _SENDER_END.search(text, max(0, m.start() - 60), m.start())
        if sender is not None and m.start() > sender.start(1):
            out.append(m.start())
        end = m.end()
        if text[end:end + 1] == " " and (z := _ZONE.match(text, end + 1)) is not None:
            end = z.end()  # "08/08/2023 10:29 GMT+7": the time zone belongs to the stamp
        rest = text[end:end + 3]
        if rest[:1] == " " and (rest[1:2].isupper() or (sender is not None and rest[1:2].isalpha())):
            out.append(end + 1)
            s = _SALUTATION.match(text, end + 1)
            if s is not None and s.end(1) - end < 50:
                out.append(s.end(1))
    return out


def _web_breaks(text: str, lang: str) -> list[int]:
    out = _stamp_breaks(text) if "/" in text else []
    out.extend(no_stop_breaks(text))
    out.extend(word_end_breaks(text))
    if "," in text:
        for m in _THANKS.finditer(text):
            if m.group(3).lower() in _OPENERS:  # "Thanks, Tom said …" goes on
                out.extend((m.end(1), m.end(2)))
    if "@" in text or "http" in text or "www." in text:
        out.extend(m.end(1) for m in _ADDRESS.finditer(text))
    if "[" in text:
        out.extend(m.end(1) for m in _CITATION.finditer(text))
    if "(" in text:
        out.extend(m.end(1) for m in _BRACKETED.finditer(text))
    if "(" in text or "[" in text:
        out.extend(m.end(1) for m in _CREDIT_OPEN.finditer(text))
    out.extend(m.end(1) for m in _LABEL.finditer(text))
    if "'" in text:
        for m in _SINGLE_CLOSE.finditer(text):
            if _SINGLE_OPEN.search(text, max(0, m.start() - 300), m.start()):
                out.append(m.end(1))
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
    if any(w in text for w in ("Photo", "Image", "Video", "redit", "Source")):
        out.extend(m.end(1) for m in _CREDIT.finditer(text))
    return out


# a date written day. month. year with spaces ("23. 01. 2025", "5. 3. 2024"; russian.china.org.cn)
# and a day.month date with a space before its year only ("13.9. 2003"; crawl12, read after its final blind run), a
# four-digit year there ("п. 2.5. 10 человек" is a clause number and a count)
_SPACED_DATE = re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:\s(?:0?[1-9]|1[0-2])\.\s(?:\d{4}|\d{2})|(?:0?[1-9]|1[0-2])\.\s\d{4})"
                          r"(?!\d)")


def _in_spaced_date(text: str, end: int, start: int) -> bool:
    """Whether the break between a span ending at ``end`` and the next starting at ``start`` falls
    inside a spaced date."""
    return any(m.start() < end and m.end() > start
               for m in _SPACED_DATE.finditer(text, max(0, end - 12), min(len(text), start + 8)))

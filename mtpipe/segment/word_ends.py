"""English web text: sentence ends the abbreviation and initial rules hide, and marks between units (branch ``seg9``).

Read on the dev parts of the EWT sets (``benchmarks/segclasses.py`` counts each class); every rule needs a sign the
text shows, English only:

* a word that is also an abbreviation or an initial, ending a sentence before a capital: the pronoun "I" after a
  verb or a function word ("… nor would I. Its now my home", not "John I. Smith", "World War I. The"), "OK" opening
  the unit or after a lower-case word ("OK. I will move it", not "Tulsa, OK. The"), "in" after a lower-case word ("turn
  them in. This is"; "6 in." is left to the abbreviation rules);
* a bracketed sentence that opens with a capital and ends with its stop inside the bracket ("[This will cost us
  for years to come.] DPA: Iraqi …"), as ``web_text`` does for "(…?) Basically";
* a run of "??"/"!!" glued to the next lower-case word ("even 1 person??cos ill be going");
* an address after a lower-case content word with no stop, closing its unit (the line ends, or a capital or another
  address follows): "… a company that makes mold making materials http://www.smooth-on.com/… It is", "IAEA Report
  Lessons learned http://www.ibiblio.org/… http://…": the address is a unit of its own; after a word that leads to it
  ("at", "visit", "website", "here", …) it goes on ("Get your download at http://explorer.msn.com/intl.asp");
* e-mail blocks glued to the word before (a signature with no stop): a header's sender written "First Last@ORG"
  ("… settle down. m Ken Rice@ENRON COMMUNICATIONS 01/19/2001 …"), a postscript "PS"/"P.S." before a capital ("… to
  cancel. Ken PS Your brother …"), and a salutation of one first name right after a header's clock time, before a word
  that opens sentences ("… 07:24 AM Mike I see that we …"; the stamp itself is ``web_text``'s);
* a capitalised word that only opens sentences ("But", "However", "It", "We", "They", "She", "There", "If", "When")
  after a lower-case word and before one, with no stop ("… abandoning the current peace process But there are
  strong hints …"): the writer lost a stop or a line break there; "He" (a surname: "Ambassador He Wei"), "My", "Our"
  ("Our Lady of Fatima") and "The" (titles: "read The Guardian") are left out.
"""

from __future__ import annotations

import re

# the verbs and function words the pronoun "I" ends a sentence after ("nor would I.", "than I.", "so do I.")
_I_BEFORE = ("would|could|should|will|can|do|did|does|am|have|had|was|must|might|may|shall|than|and|me|"
             "too|so|as|not|neither|nor|wish|think|guess|hope|know|bet|say")
# a word, its stop, spaces, a capital: which words end a sentence there is decided by what stands before them
_WORD_STOP = re.compile(r"\b(I|OK|Ok|Okay|in)\.( +)(?=[\"“]?[A-Z])")
_WORD_STOP_KEYS = ("I.", "OK.", "Ok.", "Okay.", "in.")  # substring tests: far cheaper than the pattern's scan
_I_AFTER = re.compile(r"\b(?:" + _I_BEFORE + r") $")
# a bracketed sentence: "[This killing … years to come.] DPA: …"; a plain word of two letters or more before the stop
# (not an initial: "[Franklin D.] Roosevelt", the rule of web_text's "(…?) Basically")
_BRACKET_SENTENCE = re.compile(r"\[[A-Z][^\[\]\n]{10,300}[^\W\d_]{2}[.!?]\]( +)(?=[\"“]?[A-Z])")
# "??"/"!!" glued to a lower-case word after a word ("person??cos"; not an address's "?q=")
_RUN_GLUED = re.compile(r"(?<=[a-z0-9])[?!]{2,}()(?=[a-z]{2,})")
# an address after a lower-case word (no stop), ending its unit: the line ends, or a capital or an address follows
_URL_AFTER_WORD = re.compile(r"(?<![\w/.])(?:https?://|www\.)[^\s<>\"]{1,400}(?=\s*$|\s+(?:[A-Z][a-z]|https?://|www\.))")
_LEADS = frozenset("""at from to on in of by via for see visit here there is are was it this site website page pages link
    links address url urls homepage blog forum go check download read more info information contact email e-mail
    and or like try found available online""".split())

# "m Ken Rice@ENRON": a sender "First Last@ORG" after a word; "Ken PS Your": a postscript after a word
_SENDER = re.compile(r"(?<=\w)( +)(?=[A-Z][a-z]+ [A-Z][a-z]+@[A-Z]{2,})")
_POSTSCRIPT = re.compile(r"(?<=[\w,])( +)(?=P\.?S\.?:? +[A-Z])")
# "07:24 AM Mike I see": a first name after a header's clock time, then a word that opens sentences
_TIME_NAME = re.compile(r"\b\d{1,2}:\d{2} ?[AP]M [A-Z][a-z]+( +)(?=(?:I|We|Thanks|Thank|Please|The|This|Here|Attached|"
                        r"Can|Could|Do|Did|Is|Are|Will|Would|What|How|Just|Let)\b)")

# "… peace process But there are …": a sentence opener after a lower-case word, before a lower-case word
_ASCII_LOWER = re.compile(r"[a-z]+")
_OPENERS = ("But", "However", "It", "We", "They", "She", "There", "If", "When")
_OPENER_KEYS = tuple(f" {w} " for w in _OPENERS)
_OPENER = re.compile(r"\b(?:" + "|".join(_OPENERS) + r") (?=[a-z])")


def _word_ends(text: str, start: int, word: str) -> bool:
    """Whether ``word`` (its stop at ``start + len(word)``) ends a sentence: "I" after a verb or a function word, "OK"
    opening the unit or after a lower-case word, "in" after a lower-case word."""
    before = text[max(0, start - 12):start]
    if word == "I":
        return _I_AFTER.search(before) is not None
    if word == "in":
        return len(before) >= 3 and before[-1] == " " and _ASCII_LOWER.fullmatch(before, len(before) - 3, len(before) - 1) is not None
    head = before.rstrip(" ")
    return not head or head[-1] in ".!?" or (before[-1:] == " " and head[-1].islower())


def word_end_breaks(text: str) -> list[int]:
    """Offsets where a unit starts (English web text), each after an end of a class above."""
    out: list[int] = []
    if any(w in text for w in _WORD_STOP_KEYS):
        out.extend(m.end(2) for m in _WORD_STOP.finditer(text) if _word_ends(text, m.start(), m.group(1)))
    if "[" in text:
        out.extend(m.end(1) for m in _BRACKET_SENTENCE.finditer(text))
    if "??" in text or "!!" in text or "?!" in text or "!?" in text:
        out.extend(m.end(1) for m in _RUN_GLUED.finditer(text))
    for m in (_OPENER.finditer(text) if any(w in text for w in _OPENER_KEYS) else ()):
        a = m.start()
        if a >= 3 and text[a - 1] == " " and _ASCII_LOWER.fullmatch(text, a - 3, a - 1):
            out.append(a)
    if "@" in text:
        out.extend(m.end(1) for m in _SENDER.finditer(text))
    if "PS" in text or "P.S" in text:
        out.extend(m.end(1) for m in _POSTSCRIPT.finditer(text))
    if "M " in text:
        out.extend(m.end(1) for m in _TIME_NAME.finditer(text))
    if "http" in text or "www." in text:
        for m in _URL_AFTER_WORD.finditer(text):
            w = text[max(0, m.start() - 20):m.start()].split()
            if text[m.start() - 1:m.start()] == " " and w and _ASCII_LOWER.fullmatch(w[-1]) and w[-1] not in _LEADS:
                out.append(m.start())
    return out


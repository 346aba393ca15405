"""English web text: sentence ends with no stop inside a line (branch ``seg8``).

E-mails and posts end units without a stop where the writer started a new line, and a page flattened to one
line (or a treebank that records no line break inside a paragraph) keeps no trace of it.  Only ends a reader
can still see are taken here, each a class of its own:

* a list of addresses: one address after another ("http://a.org/x.html http://b.org/y.htm"), each a unit;
* a list of attached files ("… API.pdf) - UnleadedStocks.pdf - CrudeStocks.pdf"): each "- name.ext" a unit;
* a colon that announces a block ("… consider the following: Current Salary …", "Here are some excerpts: The
  dramatic …"): the block starts a unit; any other colon ("Coach: Lisa", "Questions: If you …", "he said: \"No
  …\"") goes on;
* a heading in capitals glued to its text ("CHERNOBYL ACCIDENT: TEN YEARS ON In the last decade, …"): three or
  more words in capitals (two of five letters or more) opening the line or after a stop or a colon, then a
  capitalised word and a lower-case one;
* an attachment mark or an emptied link before the text ("<< File: TEXT.htm >> I was thinking …", "options: <>
  Capt. Spastic's …");
* a separator line flattened into the text ("===== Attached please find …", "*****NOTICE***** This …");
* a form field in capitals after the value of a field that a label in capitals opened too ("DATE: Tuesday,
  November 22, 2005 TIME: 8:00 PM … LOCATION: …"); a label after a stop or a capital ("PLEASE NOTE:"), or with
  no label before it ("… was OK: Nobody"), is left to the rest of the splitter;
* a closing and the writer's first name at the end of the line ("Please advise.⏎Thanks, Anne⏎"): the closing is a
  unit, the name another (``web_text._THANKS`` takes the same when text follows the name on the line); a first
  name written twice after a closing ("Sincerely, Traci Traci Warner, Enron …"): the signature, then the block
  that repeats it in full.
"""

from __future__ import annotations

import re

# an address right before another one
_URL_LIST = re.compile(r"(?:https?://|www\.)[^\s<>\"]{0,400}[\w/#=%-]( +)(?=(?:https?://|www\.)\w)")
_EXT = r"(?:pdf|docx?|xlsx?|pptx?|rtf|txt|csv|zip|jpe?g|gif|png|html?|wav|mp3)"
# a file name (or the bracket closing one), then "- " and another file name
_FILE_LIST = re.compile(r"\b[\w-]{1,80}\." + _EXT + r"\)?( +)(?=- [\w-]+\." + _EXT + r"\b)")
# a colon after a word that announces what follows, before a capital (not a quotation: that goes on)
_BLOCK_COLON = re.compile(r"\b(?:[Tt]he following|as follows|(?:[Hh]ere (?:is|are) (?:an? |some |the )?|[Aa]n )?"
                          r"excerpts?|(?:listed |shown |see )below)\s?:( +)(?=[A-Z][a-z]*\b)")
# three or more words in capitals (a colon or "&" may join them), then the text in sentence case; the heading opens
# the line or follows a stop or a colon, and two of its words have five letters or more (not a run of acronyms)
_CAPS_HEADING = re.compile(r"(?:^|(?<=\n)|(?<=[.!?:] ))[A-Z][A-Z'’&-]+(?:(?::? | & )[A-Z][A-Z'’&-]*){2,12}( +)(?=[A-Z][a-z]+,? [a-z])")
_LONG_WORD = re.compile(r"[A-Z]{5,}")
# an attachment mark "<< … >>" or an emptied link "<>", then a capital
_CHEVRONS = re.compile(r"(?:<<[^<>\n]{1,200}>>|<>)( +)(?=[\"“]?[A-Z])")
# a separator run (or a word framed by one), then the text
_SEPARATOR = re.compile(r"(?<![=_*~#-])(?:[=_*~#-]{4,}|\*{3,}[A-Z]{1,20}\*{3,})( +)(?=[\"“]?[A-Z])")
_LABEL = re.compile(r"[A-Z]{2}: ?[A-Z0-9]")
_RUN = re.compile(r"[=_*~#-]{3}")
# a field label in capitals right after a lower-case word or a number (the value of the field before), when a
# label in capitals opens that field too (a form: "DATE: … 2005 TIME: …"; not "… was OK: Nobody")
_FIELD = re.compile(r"(?<=[a-z0-9])( +)(?=[A-Z]{2,}(?: [A-Z]{2,})?: ?[A-Z0-9])")
_LABEL_BEFORE = re.compile(r"(?:^|[\s(])[A-Z]{2,}(?: [A-Z]{2,})?: ?[A-Z0-9](?:[^:\n]|:\d)*$")
# a closing, then a single first name ending the line (a next line that goes on in lower case is a soft break:
# "Thanks, Anne⏎for the help" goes on)
_CLOSING_NAME = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))(?:Thanks|Thank you|Cheers|Love|Best|Regards|Best regards|"
                           r"Sincerely|Yours),( +)(?=[A-Z][a-z]+[ \t]*(?:\n(?![ \t]*[^\W\d_A-Z])|$))")

_CLOSINGS = ("Thank", "Cheers", "Love", "Best", "Regards", "Sincerely", "Yours")
_CLOSING_TWICE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))(?:Thanks|Thank you|Cheers|Love|Best|Regards|Best regards|"
                            r"Sincerely|Yours),? +([A-Z][a-z]+)( +)(?=\1 [A-Z])")


def no_stop_breaks(text: str) -> list[int]:
    """Offsets where a unit starts after an end with no stop (English web text)."""
    out: list[int] = []
    if "http" in text or "www." in text:
        out.extend(m.end(1) for m in _URL_LIST.finditer(text))
    if " - " in text:
        out.extend(m.end(1) for m in _FILE_LIST.finditer(text))
    if ":" in text and any(w in text for w in ("following", "follows", "xcerpt", "below")):
        out.extend(m.end(1) for m in _BLOCK_COLON.finditer(text))
    if _LONG_WORD.search(text):
        out.extend(m.end(1) for m in _CAPS_HEADING.finditer(text) if len(_LONG_WORD.findall(m.group(0))) >= 2)
    if "<" in text:
        out.extend(m.end(1) for m in _CHEVRONS.finditer(text))
    if _RUN.search(text):
        out.extend(m.end(1) for m in _SEPARATOR.finditer(text))
    if ":" in text and _LABEL.search(text):
        out.extend(m.end(1) for m in _FIELD.finditer(text)
                   if _LABEL_BEFORE.search(text, max(0, m.start() - 120), m.start()))
    if "," in text and any(w in text for w in _CLOSINGS):
        out.extend(m.end(1) for m in _CLOSING_NAME.finditer(text))
        out.extend(m.end(2) for m in _CLOSING_TWICE.finditer(text))
    return out

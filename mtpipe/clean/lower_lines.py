"""An image's alt text or file name left in lower case between two paragraphs of a Vietnamese page (issue 12, clut77).

A page's images leave their alt text or file name in the extracted text, one line between two paragraphs.  The
layers before take the shapes of their own (a file name with its extension, a slug of three pieces or more, a photo
marker, an alt text printed twice); what they leave is written as an editor or a plugin typed it for search engines,
in lower case: a keyword phrase ("ngừa vắc xin là gì", "artemia mang mầm bệnh EHP"), a two-piece slug
("kinhnghiem-datphong"), a numbered image's name ("image044", "vn1"), a category link ("in Văn Hóa Ẩm Thực").
Vietnamese writes a sentence, a heading and a list's item with a capital letter, a number or a marker first; a line
opening with a lower-case word is the rest of the line above (a soft break, :mod:`.softbreak`) or such a label.

``captions.lower_alt`` (:func:`lower_alts`): a live line whose first word is lower-case letters (figures and hyphens
allowed after the first letter: "image044", "kinhnghiem-datphong"; not "iPhone", "eKYC", nor a marker "b)", nor one
letter), every word letters or figures (a formula, "x > 0 > y", is the text's own), :data:`MAX_WORDS` words at most, no
stop, colon, semicolon or comma at its end, between a live line that ends a sentence (its last character a stop, a
question or exclamation mark, a closing quote) and a live line opening with a capital letter: nothing above it goes on
into it, nothing under it goes on from it.  Counted over every dev part's lines before the rule (``clutter_left.py``'s
rows): on Vietnamese pages, read with nothing removed, 27 lines of the shape, all clutter; read among the lines the
other layers leave, ten left on seven pages of seven sites, all clutter (h13vi07, h25vi03, t28vi37, t27vi95, t27vi33's
site name, c7tl03, c8vi01's four category links); no content line of any language has the shape (a Russian price row "на
1 человека/ 1 сеанс", h37ru11, had it before the test of every word), and the rule runs on Vietnamese pages only, where
it was measured.  A line under a heading or a list's line (no stop above it), a line over a lower-case line, a line
ending with a stop and an alt text whose words the caption under it names (the pair :mod:`.captions` reads,
``captions.alt_within``) stay.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

__all__ = ["RULE", "MAX_WORDS", "lower_alts"]

RULE = "captions.lower_alt"
MAX_WORDS = 12
_FIRST = re.compile(r"^[^\W\d_][^\W_]*(?:-[^\W_]+)*$")  # letters first, then letters or figures, hyphens between
_WORD = re.compile(r"^[^\W_]+(?:-[^\W_]+)*$")  # every word letters or figures, hyphens between
_ENDS = ".!?…\"”"


def _lower_first(s: str) -> bool:
    words = s.split()
    if not words or len(words) > MAX_WORDS or s.rstrip()[-1:] in ".!?…:;,":
        return False
    w = words[0]
    if len(w) < 2 or not all(_WORD.match(x) for x in words):
        return False  # a formula's letter ("x > 0 > y", "a = b"), a symbol between words: the text's own
    return _FIRST.match(w) is not None and w[0].islower() and w == w.lower()


def lower_alts(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The lower-case alt texts and file names between two paragraphs (module docstring): index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    for k in range(1, len(live) - 1):
        s = lines[live[k]].strip()
        if not _lower_first(s):
            continue
        above, under = lines[live[k - 1]].strip(), lines[live[k + 1]].strip()
        if set(s.casefold().split()) <= set(under.casefold().split()):
            continue  # an alt text over its caption, which names it ("cha Huồn" / "CHA PHÊRÔ PHAN PHÁT HUỒN"): the
            # pair is :mod:`.captions`' (``captions.alt_within`` reads the two together, h39vi14)
        if above[-1:] in _ENDS and under[:1].isupper():
            out[live[k]] = (RULE, "an image's alt text or file name in lower case between two paragraphs: the line "
                                  "above ends its sentence, the line under opens with a capital")
    return out

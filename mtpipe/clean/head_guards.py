"""Lines of the page's head that the text under them names: the article's subject, no furniture (issue 12, lost42).

``boilerplate.region`` removes the short lines above the article's text as a block when the layers before found
furniture among them (a menu, icons, a slug).  A dictionary's or glossary's entry, a product's or place's page
prints its term in that block ("chương trình mùa hè xanh" between "VIETNAMESE" and "ENGLISH" labels) and the text
opens by naming it ("Chương trình Mùa hè xanh là một hoạt động thường niên …"): :func:`named_subject` keeps a head
line of three to eight words whose words, in order, the first paragraph of the text holds (case aside).  A menu's
item is rarely three words the lead repeats in order; a one- or two-word label ("Du lịch", "Tin tức") that a lead
happens to hold is not enough.

cp70: :func:`kind_heading`: a title wrapped under the document's kind in capitals ("ИЗВЕЩЕНИЕ" ⏎ "о проведении
аукциона на право заключения договора аренды" ⏎ "земельного участка", ``h43ru12``; "QUYẾT ĐỊNH 3351/QĐ-BYT" ⏎ "về sự
việc phát hành …", ``t28vi06``): the title's first line opens with a lower-case word, going on from the heading
above it ("ИЗВЕЩЕНИЕ о проведении …"), so the heading is the title's own first words, kept with the title.
"""

from __future__ import annotations

import re

__all__ = ["named_subject", "kind_heading"]

_WORD = re.compile(r"\w+")
_MIN_WORDS, _MAX_WORDS = 3, 8
_LEAD = 2  # paragraphs of the text read for the subject's words
_KIND_WORDS = 4  # a document's kind in capitals holds this many words at most ("QUYẾT ĐỊNH 3351/QĐ-BYT")


def _key(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


def named_subject(lines: list[str], i: int, body: list[int]) -> bool:
    """True when line ``i`` (three to eight words) stands in order in one of the first :data:`_LEAD` paragraphs of the
    text (``body``: the indexes of the text's live paragraphs, in order) after it."""
    key = _key(lines[i])
    if not _MIN_WORDS <= len(key.split()) <= _MAX_WORDS:
        return False
    return any(f" {key} " in f" {_key(lines[k])} " for k in [k for k in body if k > i][:_LEAD])


def kind_heading(lines: list[str], title: int, removed: "dict[int, object] | set[int]") -> bool:
    """True when the live line right above line ``title`` (the kept title's first line, opening with a lower-case
    letter: "о проведении …", "về …") is a short heading in capitals the title goes on from: the document's kind
    ("ИЗВЕЩЕНИЕ", "ПОСТАНОВЛЕНИЕ", "QUYẾT ĐỊNH 3351/QĐ-BYT")."""
    k = title - 1
    if k < 0 or k in removed or not lines[title].strip()[:1].islower():
        return False
    s = lines[k].strip()
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters) and len(s.split()) <= _KIND_WORDS \
        and s[-1:] not in ".!?…:;,"

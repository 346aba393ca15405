"""Line helpers of the cleaner: non-empty line spans, duplicate keys, headline and lost-character tests."""

from __future__ import annotations

import re
from pathlib import PurePosixPath


def line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty line of ``text``."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


_NONWORD = re.compile(r"[\W_]+", re.UNICODE)
_WORDRUN = re.compile(r"[^\W_]+")  # what _NONWORD leaves: dedupe_key joins these (no word character is a space)


# "?" glued before a word or between letters stands for a character the encoding lost
_LOST_CHAR = re.compile(r"(?:(?<=\s)|^)\?(?=[^\W\d_])|(?<=[^\W\d_])\?(?=[^\W\d_])", re.MULTILINE)


_LEAD_DATE = re.compile(r"^[\d ]+")


def _folder(doc_id: str) -> str:
    return str(PurePosixPath(doc_id).parent)


def _headline(line: str) -> bool:
    """A teaser headline: no sentence end, at most 20 words."""
    s = line.strip()
    return bool(s) and s[-1:] not in ".!?…:" and len(s.split()) <= 20


def dedupe_key(text: str) -> str:
    """``_NONWORD.sub(" ", text.lower()).strip()``: the lower-case words, one space between them."""
    return " ".join(_WORDRUN.findall(text.lower()))

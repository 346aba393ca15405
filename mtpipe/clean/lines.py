"""Line helpers of the cleaner: non-empty line spans, duplicate keys, headline and lost-character tests."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
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
# a URL's query string ("topic_id-120.html?rss", "Article.Asp?lang=") is not a lost character
_URL = re.compile(r"(?:[^\W\d_][\w+.-]*://|www\.)\S+", re.IGNORECASE)
# Chinese (and Japanese) write no space after a question mark, so a half-width "?" typed as one sits between
# two letters like a lost character: it is a question mark when a question's last word stands before it, a
# final particle (吗 呢 吧 啊 呀, Japanese か) or a question word's last character (什么/为什么/怎么 → 么,
# 谁, 哪, 几, 多少 → 少, 怎样 → 样, 如何 → 何), simplified and traditional; field trial 8, finding E: "是为什么?因为",
# "比Google好呢?正好" are questions, where "家?給" (裡 lost) and "塞繆爾?約翰生" (the name dot lost) are not
_QUESTION_END = frozenset("吗嗎呢吧啊呀么麼谁誰哪几幾少样樣何か")


def lost_chars(text: str) -> int:
    """How many ``?`` in ``text`` stand for a character the encoding lost (:data:`_LOST_CHAR`), URLs and Chinese
    question marks (:data:`_QUESTION_END`) left out."""
    if "?" not in text:
        return 0
    hits = [m.start() for m in _LOST_CHAR.finditer(text) if not (m.start() and text[m.start() - 1] in _QUESTION_END)]
    if not hits:
        return 0
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)]  # in order, not overlapping
    starts = [a for a, _ in spans]
    inside = 0
    for h in hits:
        i = bisect.bisect_right(starts, h) - 1
        inside += i >= 0 and h < spans[i][1]
    return len(hits) - inside


_LEAD_DATE = re.compile(r"^[\d ]+")


def posix_parent(path: str) -> tuple[str, str]:
    """``str(PurePosixPath(path).parent)`` and that parent's ``name``, without a path object when ``path`` is
    plain: no empty part (a leading, doubled or closing ``/``) and no ``.`` part, which a path object would drop;
    then its parts are the ``/``-separated pieces as written (``..`` included).  Any other path goes through
    :class:`~pathlib.PurePosixPath` (the same values, tests/test_perf75_paths.py; ~10x faster, perf75)."""
    parts = path.split("/")
    if "" in parts or "." in parts:
        parent = PurePosixPath(path).parent
        return str(parent), parent.name
    return ("/".join(parts[:-1]), parts[-2]) if len(parts) > 1 else (".", "")


@lru_cache(maxsize=64)
def _folder(doc_id: str) -> str:
    """The folder of a document's id (its site); remembered for the last few ids: five layers ask it of each
    document, and a path object costs more than the rest of some of them (perf48; :func:`posix_parent`, perf75)."""
    return posix_parent(doc_id)[0]


def _headline(line: str) -> bool:
    """A teaser headline: no sentence end, at most 20 words."""
    s = line.strip()
    return bool(s) and s[-1:] not in ".!?…:" and len(s.split()) <= 20


@lru_cache(maxsize=4096)  # a line keyed by several layers (19,062 calls for 9,920 lines over the text pages: perf57)
def dedupe_key(text: str) -> str:
    """``_NONWORD.sub(" ", text.lower()).strip()``: the lower-case words, one space between them."""
    return " ".join(_WORDRUN.findall(text.lower()))

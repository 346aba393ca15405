"""A sidebar's section names left under the article, between the chrome lines the layers removed (issue 12, clut66).

A portal's template prints, after the article, its sidebar and footer: the section names of its menu, a counter's
label, a language switch, a tag's slug, one a line, with the site's address and a block label among them.  The layers
before take what has a shape or a word of its own (the address, "Liên kết Website", "Terms and conditions"' neighbours)
and leave the names, short lines that look like a list's items: h42vi14's "Việt Anh" / "Tin tức sự kiện" / "Tham
quan ảo 3D" / (the site's address) / "Thư viện phim tư liệu" / "di tich Nguyen Du" / ("Liên kết Website"), a BBC
page's "Terms and conditions" / "Send" / "Clear" round its removed form labels, a blog's tag list ("Barroso," /
"CDS," / "euro,") between its removed labels.

``boilerplate.tail_names`` (:func:`tail_runs`): every live line under the page's last live sentence, when that whole
tail, to the page's end, is a run of short lines (:data:`MAX_WORDS` words at most, no sentence, no stop at its end;
four or five words not ending with ":", "," or ";") holding :data:`MIN_LIVE` live lines at least and
:data:`MIN_REMOVED` removed ones at least, one of them under the first live line (the names stand among or over
the removed chrome, not under it).  The BBC's and the blog's names stand over a long removed block (a form's labels,
related stories, the footer); h42vi14's alternate with it.  Counted over every dev part's lines (the cleaner's output, ``clutter_evidence``'s
rows) before the rule: such tails hold 14 clutter lines (four pages, two parts) and no content line; one step looser
on each count takes content (a school's letterhead of six-word lines after a profile's text, t27ru59; a pointer
line "Chi tiết xem tại …" as the only other live line, h24vi13), so the bounds stay as they are.  A list of short
items the text closes on stays when one item is longer, a sentence or a stop, or when fewer than two lines round it
were removed; a list above the last sentence is never read, nor the page's opening hours right under it
(:func:`~.opening_hours.hours_under`, lost97: "Режим работы:" / "вторник-пятница: с 14:30 до 22:00" over a table).

A tail under a comment counter is a comment thread, not a sidebar (cp75, :func:`reader_comments`): the counter's
number ("1 bình luận", "Комментарии (2)", "3 comments"; a counter of none says no comment follows) bounds the reader
comments under it.  The first that many live lines below it that hold a lower-case word (a comment's words, not a
signature's capitalised name), repeat no line above them (a thread printed twice), stand under the counter or a
signature (a live line of capitalised words) and over a removed line (the comment's reply link or count) or close the
page are the readers' words, content (README: a reader comment under the comment counter, h28vi08, c12ru02); a menu's
names follow each other or the chrome between them.  The run is read as before, these lines are not taken: h44vi12's
"1 bình luận" / "Quan" / "Ý kien cua toi" / "1 phản hồi" / (a reply prompt), printed twice, keeps the comment, and the
signature, the thread's second copy and the prompts go.  On dev no other tail this rule reads holds a comment counter.

The boilerplate layer's ``boilerplate.tail_run`` (:func:`~.layout.tail_run`: three headline-like lines after a body
of two sentences, no removed line asked for) is the looser sibling, with its own row in the rule table; it took none
of these lines.  This rule's evidence is the removed chrome, and its name its own, so the table counts it apart.

No line next to a line the policy held is taken (:func:`~.policy.release_supported`).  The layer runs after
:mod:`.close_marks`, right before :mod:`.structure` and :mod:`.tables`, which may take a line back.  It also runs
:mod:`.teaser_pairs`' test (clut79: two other stories' headlines over the removed footer), which reads the same
region once every other layer has judged it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .furniture import comment_counter
from .opening_hours import hours_under
from .teaser_pairs import teaser_pair

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "MAX_WORDS", "MIN_LIVE", "MIN_REMOVED", "short_name", "reader_comments", "tail_runs",
           "TailRuns"]

RULE = "boilerplate.tail_names"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)
MAX_WORDS = 5  # words of a section's name in the run
MIN_LIVE = 3  # live lines of the run
MIN_REMOVED = 2  # lines of the run a layer removed
MAX_SHORT = 3  # a name this short may end with ":" or ","  (a tag list's "Barroso,")
_STOPS = ".!?…。！？"


def short_name(s: str) -> bool:
    """A line shaped as a menu's or a tag list's entry: no sentence, no stop at its end, :data:`MAX_WORDS` words at
    most; four or five words not ending with ":", "," or ";"."""
    t = s.replace("\u2016", " ").strip()
    words = len(t.split())
    if not t or words > MAX_WORDS or t[-1] in _STOPS or _sentence_like(t):
        return False
    return words <= MAX_SHORT or t[-1] not in ":,;"


def _signature(s: str, gone: bool) -> bool:
    """A comment's signature: a live line of one to four words, each capitalised or no word of letters ("Quan",
    "Ivan77", "Nguyễn Văn An")."""
    words = s.split()
    return not gone and 1 <= len(words) <= 4 and not any(w[:1].islower() for w in words)


def reader_comments(lines: list[str], tail: list[int], removed: Mapping[int, Any]) -> set[int]:
    """The live lines of ``tail`` that a removed comment counter above them announces: the first ``N`` (the counter's
    number) that hold a lower-case word, repeat no earlier line of the page, stand under the counter or a signature
    (:func:`_signature`) and over a removed line (the comment's reply link or count) or at the page's end."""
    out: set[int] = set()
    for c in tail:
        if c not in removed or not comment_counter(lines[c]):
            continue
        n = int(next(iter(re.findall(r"\d+", lines[c])), "0"))
        seen = {" ".join(lines[j].split()) for j in range(c)}
        for k, i in enumerate(tail):
            t = " ".join(lines[i].split())
            control = k + 1 == len(tail) or tail[k + 1] in removed  # its reply link or count, the next counter
            head = k > 0 and (tail[k - 1] == c or _signature(lines[tail[k - 1]], tail[k - 1] in removed))
            if i > c and i not in removed and len(out) < n and t not in seen and control and head \
                    and any(w[:1].islower() for w in t.split()):
                out.add(i)
            seen.add(t)
        return out
    return out


def tail_runs(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The live lines of a tail of short names and removed chrome under the last sentence: index -> (rule, note)."""
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    sentences = [i for i in nonblank if i not in removed and _sentence_like(lines[i].replace("\u2016", " ").strip())]
    if not sentences:
        return {}
    hours = set(hours_under(lines, sentences[-1], removed))  # the page's opening hours go on its text (lost97)
    tail = [i for i in nonblank if i > sentences[-1] and i not in hours]
    live = [i for i in tail if i not in removed]
    gone = [i for i in tail if i in removed]
    if len(live) < MIN_LIVE or len(gone) < MIN_REMOVED or not any(i > live[0] for i in gone):
        return {}
    if not all(short_name(lines[i]) for i in live):
        return {}
    note = (f"a run of {len(live)} short names with {len(gone)} removed chrome lines among them under the page's last "
            "sentence (a sidebar's or footer's section names, tags, labels)")
    comments = reader_comments(lines, tail, removed)  # the run's shape holds them, the rule does not take them (cp75)
    return {i: (RULE, note) for i in live if i not in comments}


class TailRuns:
    """The clut66 tail-run layer (:class:`~.marks.LineLayer`): live lines only."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = tail_runs(lines, marks.removed)
        found.update(teaser_pair(lines, marks.removed))  # two other stories' headlines over the footer (clut79)
        for i, value in found.items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)

"""A match report's line-ups under their heading are the article's (cp82, issue 12).

A football report closes with the teams' line-ups under a heading ("Đội hình thi đấu", "Đội hình ra sân dự kiến",
"Составы команд", "Line-ups"): one line a team, the team's name (its formation in brackets) and a colon over eleven
names split by commas and semicolons, substitutes and minutes in brackets ("Arsenal: Leno; Bellerin, Mustafi, …"),
and under a team its goals and cards ("Bàn thắng: Marquinhos 15", "Thẻ đỏ: Gueye 77").  A cleaned news corpus keeps
them (dantri, CP_Vietnamese-UNC); the cleaner took one team's line (``classifier.line``: a line of names alone reads
as a menu) and the goal and card lines (``boilerplate.field_run``: short "Label: value" lines in a row) and left the
other team's line, a half of the block.

:class:`LineupLines` takes back, under a live heading of the closed list :data:`_HEAD`, the run of lines right under
it that are each a team's line-up (:func:`lineup_line`: a name of at most five words and a colon, then seven names or
more split by commas or semicolons, no sentence stop at the end) or a goal or card line (:func:`event_line`: the
label, a colon, names each with its minutes); a ``kept`` ledger entry names the lines and the rules they came from.
The run ends at the first other line; copies (``dedupe.*``) stay removed.  Nothing without the heading: a menu of
names with a colon ("Sản phẩm: A, B, C, …") has no line-up heading over it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

RULE = "structure.lineup"

#: a line-up block's heading, the whole line (a colon allowed)
_HEAD = re.compile(
    r"(?:đội hình (?:thi đấu|ra sân|xuất phát|dự kiến|chính thức|hai đội|ra sân dự kiến|thi đấu dự kiến)"
    r"(?: (?:hai|của hai) đội)?|đội hình|составы(?: команд)?|стартовые составы|составы команд на матч|"
    r"line-?ups|starting (?:xi|line-?ups)|team line-?ups)\s*:?", re.IGNORECASE)
#: a team's name (five words at most, its formation in brackets) and a colon, then the names
_TEAM = re.compile(r"^\s*([^\W\d_][^:;,.!?\n]{0,40}?)\s*(?:\(\s*\d(?:\s*-\s*\d){2,3}\s*\))?\s*:\s*(.+)$")
#: a goal or card line's label
_EVENT = re.compile(r"^\s*(?:bàn thắng|ghi bàn|kiến tạo|thẻ (?:đỏ|vàng)|голы?|удалени[ея]|предупреждения|"
                    r"goals?|scorers?|red cards?|yellow cards?)\s*:\s*(.+)$", re.IGNORECASE)
#: a name with its minutes: "Marquinhos 15", "Mahrez 71", "De Bruyne 64'", "Rashford 45+2"
_SCORER = re.compile(r"^[^\W\d_][^\d,;]{0,40}?\s*\(?\d{1,3}(?:\s*\+\s*\d{1,2})?['’]?\)?(?:\s*,\s*\d{1,3}['’]?)*"
                     r"(?:\s*\((?:pen|p|og|ph\.?đ|пен)\.?\))?$", re.IGNORECASE)
MIN_NAMES = 7  # a team's line-up: eleven names, a few glued by a scrape


def lineup_line(s: str) -> bool:
    """A team's line-up: a short name and a colon over :data:`MIN_NAMES` names split by commas or semicolons."""
    m = _TEAM.match(s)
    if not m or len(m.group(1).split()) > 5 or s.rstrip()[-1:] in ".!?:":
        return False
    names = [x.strip() for x in re.split(r"[,;]", re.sub(r"\([^()]*\)", "", m.group(2))) if x.strip()]
    return len(names) >= MIN_NAMES and all(len(x.split()) <= 4 and x[:1].isupper() for x in names)


def event_line(s: str) -> bool:
    """A goal or card line: its label, a colon, each name with its minutes ("Bàn thắng: De Bruyne 64, Mahrez 71")."""
    m = _EVENT.match(s)
    if not m:
        return False
    parts = [x.strip() for x in re.split(r";|,\s*(?=[^\W\d_])", m.group(1)) if x.strip()]
    return bool(parts) and all(_SCORER.match(x) for x in parts)


class LineupLines:
    """A line layer (:class:`~.marks.LineLayer`): takes back a match report's line-ups under their heading."""

    def mark(self, marks: "Marks") -> None:
        doc, spans, removed = marks.doc, marks.spans, marks.removed
        lines = [doc.text[a:b] for a, b in spans]
        rows = [i for i in range(len(lines)) if lines[i].strip()]
        for k, h in enumerate(rows):
            if h in removed or not _HEAD.fullmatch(lines[h].strip()):
                continue
            run = []
            for i in rows[k + 1:]:
                if not (lineup_line(lines[i]) or event_line(lines[i])):
                    break
                run.append(i)
            if not any(lineup_line(lines[i]) for i in run):
                continue
            back = [i for i in run if i in removed and not removed[i][0].startswith("dedupe.")]
            if not back:
                continue
            rules = sorted({removed[i][0] for i in back})
            for i in back:
                del removed[i]
            record(doc, RULE, spans[run[0]][0], spans[run[-1]][1],
                   f"a match report's line-ups under their heading '{lines[h].strip()[:40]}' "
                   f"(lines {run[0]}-{run[-1]}): "
                   f"{len(back)} lines taken back from {', '.join(rules)}", action="kept")

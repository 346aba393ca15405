"""A comment thread's numbered signatures and a record's fields printed as dash items (issue 12, left97r: the ru
metadata held53 kept, by class).

Each class is told by what the lines are on any site, counted over every dev part (every realpages part but held53)
before it shipped (``benchmarks/notes/left97r.md``):

* :func:`comment_signatures`: a comment thread whose template numbers its comments, each signature a line of its
  own, "1. Sasha" over the comment's text, "2. доброжелатель" over the next: metadata (README: a byline).  Told by
  the removed comment prompt or counter right above the first one ("Добавить комментарий", "Комментарии (2)",
  "Bình luận"), the numbers running 1, 2, 3 … in order (two at least), each signature one to three words with no
  stop or colon, and a live line of the comment's words (a lower-case word, not numbered) under every one but the
  page's last line.  Dev: the numbered short lines ("1. Giới thiệu chung", "1. Оформление заказа", "2. Loại từ":
  51 content subheadings and list items, 8 clutter) stand under no comment prompt; none of the shape, 0 / 0 ->
  ``boilerplate.comment_signature``.
* :func:`record_fields`: an archive's or a catalogue's record printed as a dash list of label items, each over its
  value's item ("- Номер фонда:" / "- Р-70" / "- Начальная дата – конечная дата:" / "- 1971–2005"): two pairs at
  least in a row, each value a code, a number or a date range (a digit, :data:`VALUE_TOKENS` tokens at most, no
  lower-case letter).  Dev: the dash "label:" items over a dash item (12 content pairs, h24vi21's "- Lý do hay hư:"
  / "- Dấu hiệu:", h27vi07's, h46vi12's, over a sentence item; 1 clutter pair, t30vi01's "• Font size:" /
  "• Decrease") hold no code's value, 0 / 0 ->
  ``boilerplate.record_field``.

The layer runs in :class:`~.ru_chrome.ChromeLines` after :mod:`.page_furniture96b`, on live lines only; each line
goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import Mapping

from .words import line_words

__all__ = ["RULES", "comment_prompt", "signature", "comment_signatures", "field_label", "field_value",
           "record_fields", "page_furniture97r"]

SIGNATURE_RULE = "boilerplate.comment_signature"
FIELD_RULE = "boilerplate.record_field"
RULES = (SIGNATURE_RULE, FIELD_RULE)

_PROMPT = re.compile(r"(?:(?:добавить|оставить|написать|оставьте|напишите)\s+|\d+\s+)?комментари\w*(?:\s*\(\d+\))?|"
                     r"(?:viết\s+|gửi\s+|\d+\s+)?bình luận(?:\s*\(\d+\))?|"
                     r"(?:leave a\s+|add a\s+|\d+\s+)?comments?(?:\s*\(\d+\))?", re.IGNORECASE)
PROMPT_WORDS = 4
_SIGNATURE = re.compile(r"(\d{1,3})[.)]\s+(\S+(?:\s+\S+){0,2})")
MIN_SIGNATURES = 2
_FIELD_LABEL = re.compile(r"[-–—•]\s+\S.*:")
_DASHES = frozenset("-–—•")
LABEL_WORDS = 8
_FIELD_VALUE = re.compile(r"[-–—•]\s+(\S+(?:\s+\S+){0,2})")
VALUE_TOKENS = 3
MIN_PAIRS = 2


def comment_prompt(s: str) -> bool:
    """A comment form's prompt or a thread's counter alone on its line ("Добавить комментарий", "Комментарии (2)",
    "3 bình luận", "Leave a comment"), :data:`PROMPT_WORDS` words at most."""
    t = s.strip().rstrip(":")
    return len(line_words(t)) <= PROMPT_WORDS and _PROMPT.fullmatch(t) is not None


def signature(s: str) -> int:
    """The running number of a numbered signature line ("1. Sasha", "2) доброжелатель"), or 0."""
    m = _SIGNATURE.fullmatch(s.strip())
    if m is None or m.group(2)[-1] in ".!?…:;," or any(ch.isdigit() for ch in m.group(2)):
        return 0
    return int(m.group(1))


def _comment_text(s: str) -> bool:
    return not signature(s) and any(w[:1].islower() and w[:1].isalpha() for w in s.split())


def comment_signatures(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Numbered signatures under a removed comment prompt: index -> (rule, note)."""
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    for k, c in enumerate(nonblank):
        if c not in removed or not comment_prompt(lines[c]):
            continue
        live = [i for i in nonblank[k + 1:] if i not in removed]
        got: list[int] = []
        for n, i in enumerate(live):
            num = signature(lines[i])
            if num == len(got) + 1 and (n == 0 or got):
                nxt = live[n + 1] if n + 1 < len(live) else None
                if nxt is not None and not _comment_text(lines[nxt]):
                    break
                got.append(i)
            elif not got or not _comment_text(lines[i]):
                break
        if len(got) >= MIN_SIGNATURES:
            note = f"one of {len(got)} numbered signatures 1..{len(got)} of a comment thread under its removed prompt"
            return {i: (SIGNATURE_RULE, note) for i in got}
    return {}


def field_label(s: str) -> bool:
    """A dash item that is a field's label ("- Номер фонда:"), :data:`LABEL_WORDS` words at most."""
    t = s.strip()
    if t[:1] not in _DASHES or t[-1:] != ":":  # every match opens with its dash and ends in the colon (perf87)
        return False
    return len(t.split()) <= LABEL_WORDS + 1 and _FIELD_LABEL.fullmatch(t) is not None


def field_value(s: str) -> bool:
    """A dash item that is a code, a number or a date range ("- Р-70", "- 1971–2005"): a digit, no lower-case letter."""
    m = _FIELD_VALUE.fullmatch(s.strip())
    return m is not None and any(ch.isdigit() for ch in m.group(1)) and not any(ch.islower() for ch in m.group(1))


def record_fields(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Runs of :data:`MIN_PAIRS` dash "label:" / value pairs or more: index -> (rule, note) for the live lines."""
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    out: dict[int, tuple[str, str]] = {}
    k = 0
    while k < len(nonblank):
        run: list[int] = []
        while k + 1 < len(nonblank) and field_label(lines[nonblank[k]]) and field_value(lines[nonblank[k + 1]]):
            run += nonblank[k:k + 2]
            k += 2
        if len(run) >= 2 * MIN_PAIRS:
            note = f"one of {len(run) // 2} dash 'label:' / value pairs in a row (a record's fields, codes and dates)"
            out.update({i: (FIELD_RULE, note) for i in run if i not in removed})
        k += 0 if run else 1
    return out


def page_furniture97r(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Every class: index -> (rule, note)."""
    out = comment_signatures(lines, removed)
    out.update({i: v for i, v in record_fields(lines, removed).items() if i not in out})
    return out

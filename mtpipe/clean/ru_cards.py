"""A forum poster's rank and name and a newspaper's issue line (issue 12, ru46).

Two classes of the clutter the layers before leave on Russian pages, each in a shape the engines and the press print
the same way on every site:

* :func:`poster_ranks`: a forum engine's member rank alone on its line, in the engines' Russian localisation
  (:data:`RANKS`: "Администратор", "Модератор", "Новичок", "Активный участник", … phpBB, vBulletin, IPB, XenForo),
  next to the poster's card: within :data:`NEAR` lines of a line the layers removed as the card's (a field, its label
  or value, a date line, a rating's stars, a forum's chrome), or outside the article's text; with it the poster's
  name right above it, a nickname of one word ("nuwa") -> ``boilerplate.poster_card``.  A rank named in a sentence
  ("Администратор форума удалил тему.") is no line of its own; a staff list inside the text ("Администратор" over
  "Иванова Мария Петровна") has no card beside it.
* :func:`issue_lines`: a newspaper's or a magazine's issue line outside the article's text: its number in the year
  and its running number in brackets ("Орловская искра № 42 (1220) от 18 декабря 2020 года", "Российская газета -
  Экономика УРФО: №153 (7021)", "19 ДЕКАБРЯ 2002 ЧЕТВЕРГ № 47 (99)"), the title or the date before it, the date or
  the year after it, nothing else -> ``boilerplate.issue_line`` (metadata).  A law's or an order's number ("Приказ
  № 304 от 18.07.2018") has no running number in brackets; a reference inside the text ("Российская газета. 2016.
  № 153 (7021).") stays: it stands between the text's lines or holds a full stop before the number.

The layer runs after :mod:`.ru_heads`, before :mod:`.structure` and :mod:`.tables` (they may take a line back).  It
marks live lines only; each line goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .widgets import _body

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RANK_RULE", "ISSUE_RULE", "RULES", "RANKS", "CardLines", "poster_rank", "poster_ranks", "issue_line",
           "issue_lines"]

RANK_RULE = "boilerplate.poster_card"
ISSUE_RULE = "boilerplate.issue_line"
RULES = (RANK_RULE, ISSUE_RULE)
NEAR = 2  # lines between a rank and its card's removed line, at most
MAX_NICK = 30  # characters of a poster's nickname

#: the member ranks forum engines print under a poster's name, in their Russian localisation
RANKS = ("администратор", "супермодератор", "глобальный модератор", "модератор", "новичок", "новенький",
         "участник", "новый участник", "активный участник", "почетный участник", "почётный участник",
         "опытный участник", "пользователь", "новый пользователь", "постоялец", "старожил", "свой человек",
         "завсегдатай", "заблокирован", "забанен", "ветеран форума", "легенда форума")
_RANK = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, RANKS), key=len, reverse=True))})[\s★☆*]*", re.IGNORECASE)
#: what the layers before remove of a poster's card: its fields, a date or a counter, stars, a forum's own line
_CARD_RULES = ("boilerplate.field_run", "boilerplate.field_label", "boilerplate.date_line",
               "boilerplate.forum_chrome")
_STARS = re.compile(r"[★☆✩✪✫✭✮✯⭐*]{3,}")
_NICK = re.compile(r"\S{2,30}")


def poster_rank(s: str) -> bool:
    """The line is a forum member's rank alone (:data:`RANKS`, stars after it allowed)."""
    t = s.strip()
    return 0 < len(t) <= 40 and _RANK.fullmatch(t) is not None


def _of_card(rule: str | None) -> bool:
    return str(rule).startswith(_CARD_RULES)


def _card(lines: list[str], removed: dict[int, tuple[str, str | None]], i: int) -> bool:
    """A line of the poster's card the layers removed stands within :data:`NEAR` lines of ``i``."""
    for j in range(max(0, i - NEAR), min(len(lines), i + NEAR + 1)):
        if j != i and j in removed and (_of_card(removed[j][0]) or _STARS.fullmatch(
                lines[j].strip())):
            return True
    return False


def poster_ranks(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Forum members' ranks next to their cards, and the nickname right above each: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if poster_rank(s) and (i not in removed or _of_card(removed[i][0]))]
    if not got:
        return {}  # a cheap test first: most pages hold no rank
    body = _body(lines, set(removed) | set(got))
    out: dict[int, tuple[str, str]] = {}
    for i in got:
        outside = not body or i < body[0] or i > body[-1]
        if i not in removed:  # a rank the card's fields took as their heading: only its nickname is left
            if not (outside or _card(lines, removed, i)):
                continue
            out[i] = (RANK_RULE, "a forum member's rank alone on its line next to the poster's card (its fields, "
                                 "stars) or outside the article's text")
        nick = lines[i - 1].strip() if i > 0 else ""
        if i - 1 not in removed and _NICK.fullmatch(nick) and not poster_rank(nick) and i - 1 not in body:
            out[i - 1] = (RANK_RULE, "a poster's nickname right above the rank under it")
    return out


_MONTH = (r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|"
          r"ноябр[яь]|декабр[яь])")
_DATE = (rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?\s+{_MONTH}\s+\d{{4}}|\d{{4}})"
         r"(?:\s*(?:года?|г\.?))?")
#: the issue's number in the year and its running number in brackets, the title or the date before, the date after
_ISSUE = re.compile(rf"^(?:[^.!?…№]{{0,80}}?[\s,:–—-]*)?№\s*\d{{1,4}}(?:\s*[-–/]\s*\d{{1,4}})?\s*"
                    rf"\(\s*\d{{1,6}}(?:\s*[-–/]\s*\d{{1,6}})?\s*\)\s*,?\s*(?:(?:от\s+)?{_DATE})?\.?$", re.IGNORECASE)


def issue_line(s: str) -> bool:
    """The line is a periodical's issue line (see :data:`_ISSUE`)."""
    t = s.strip()
    return 0 < len(t) <= 150 and _ISSUE.match(t) is not None and not re.match(r"\d{1,3}[.)]\s", t)


def issue_lines(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Issue lines outside the article's text: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and issue_line(s)]
    if not got:
        return {}
    body = _body(lines, set(removed) | set(got))
    return {i: (ISSUE_RULE, "a periodical's issue line (its number and running number in brackets, its title or "
                            "date) outside the article's text")
            for i in got if not (body and body[0] < i < body[-1])}


class CardLines:
    """The card layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = [marks.doc.text[a:b] for a, b in marks.spans]
        for judge in (lambda r: poster_ranks(lines, r), lambda r: issue_lines(lines, r)):
            got = judge(dict(marks.removed))
            marks.removed.update({i: v for i, v in got.items() if i not in marks.removed})

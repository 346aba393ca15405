"""A page's title at the tail of a menu run, taken up by the article's first sentence (issue 12, cp36: held36's blind run).

``boilerplate.menu`` removes a run of six short lines or more before the article's first sentence. A small site's
page prints a widget (a visitor counter: "Статистика" / "Онлайн всего: 1" / "Гостей: 1" / "Пользователей: 0") and
then its title, one short line or two copies, straight above the text; when the text's first sentence opens with
the title's words ("Детская художественная школа" over "Детская художественная школа была основана в августе 1974
года."), that tail is the article's heading, no menu item: :func:`lead_title_tail` spares it (the widget still goes,
a second copy is left to the duplicate layer).  A title of one word ("Новости" over "Новости школы …") may be a menu's
item and is not spared.
"""

from __future__ import annotations

__all__ = ["lead_title_tail"]

_MIN_WORDS = 2


def _takes_up(title: str, lead: str) -> bool:
    """``lead`` opens with the whole of ``title`` (two words at least, case aside) and goes on after a word's end."""
    t, s = " ".join(title.split()).casefold(), " ".join(lead.split()).casefold()
    return len(t.split()) >= _MIN_WORDS and s.startswith(t + " ")


def lead_title_tail(lines: list[str], run: list[int], body: list[int]) -> set[int]:
    """The last lines of ``run`` (line indexes in a row) that stand straight above the article's first sentence
    (``body[0]``) and whose words that sentence opens with: the page's title and its copies, spared."""
    if not run or not body or run[-1] + 1 != body[0]:
        return set()
    lead = lines[body[0]]
    out: set[int] = set()
    for i in reversed(run):
        if not _takes_up(lines[i].strip(), lead):
            break
        out.add(i)
    return out

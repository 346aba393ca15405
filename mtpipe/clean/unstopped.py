"""A sentence written without its stop right under the text, which the line classifier would take (cp66).

A forum post or a scraped article often ends on a sentence whose full stop its writer left out or the scraper cut
("Дружно поржали для начала - …" ⏎ "Приступили к выполнению плана максимум", the last line of a fishing report,
train28's ``t28ru08``).  The model reads a short line with no stop after the article's last sentence as a footer's
item.  :func:`unstopped_sentence` says which such lines are the text's own: the classifier leaves them.

An unstopped sentence: four to eight words, no link, no stop or colon at its end, its first word capitalised and
at most one other (a name), a Russian finite verb form (:data:`.notices._RU_FINITE`: "приступили", "стартовала") and a
function word of the page's language, no word addressing the reader (a comment box's prompt "Вы еще не оставили
комментарии") and no imperative ("Подписывайтесь на наш канал в Дзен"); it is the page's last live line and stands
straight under a live line of text (eight words or more) that neither an earlier layer removed nor the model takes.
The verb test is loose (a noun in "-ал", "канала", passes it), hence the place: the post's last line, under its text.

Counted over every Russian text part on the code before the guard (throwaway script, cp66): 10 content lines and 2
clutter lines have the shape under a kept line of text (a source link "Полный текст материала на http://…", removed
by ``boilerplate.source_link``; a news teaser "Жителям придется посидеть несколько часов без холодной воды", kept by
every layer); the model took one of the content lines and none of the clutter.  A teaser list after the article
stands under removed lines or under another teaser (a short line), not under the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .features import STOP_WORDS
from .notices import _RU_FINITE
from .pronouns import RU_YOUR

__all__ = ["unstopped_sentence", "unstopped_lines"]

_WORD = re.compile(r"[^\W\d_]+")
_LINK = re.compile(r"https?://|www\.|\S@\S|\.(?:ru|com|net|org|рф)\b", re.IGNORECASE)
#: the reader addressed: a prompt's words ("Вы еще не оставили комментарии", a comment box under the article)
_YOU = re.compile(r"(?<![^\W\d_])(?:вы|вас|вам|вами|" + RU_YOUR + r"|твой|твоя|твоё|твои|ты)(?![^\W\d_])", re.IGNORECASE)
#: an imperative: a prompt's verb ("Подписывайтесь на наш канал в Дзен", "Читайте также")
_IMPERATIVE = re.compile(r"(?:[ий]те|[ий]тесь)$")
_MIN_WORDS, _MAX_WORDS = 4, 8
_TEXT_WORDS = 8  # the line above: a line of text, this many words at least
_ENDS = ".!?…:;,"


def unstopped_sentence(line: str, lang: str = "ru") -> bool:
    """A Russian sentence of four to eight words without its stop: capitalised first word, a finite verb form and a
    function word, at most one other capitalised word, no link."""
    s = line.strip()
    stop = STOP_WORDS.get(lang)
    if lang != "ru" or stop is None or not _MIN_WORDS <= len(s.split()) <= _MAX_WORDS or s[-1:] in _ENDS \
            or _LINK.search(s) or _YOU.search(s):
        return False
    words = _WORD.findall(s)
    if not words or not words[0][:1].isupper() or sum(w[:1].isupper() for w in words[1:]) > 1:
        return False
    low = [w.casefold() for w in words]
    if any(_IMPERATIVE.search(w) for w in low):
        return False
    return any(_RU_FINITE.search(w) for w in low) and any(w in stop for w in low)


def unstopped_lines(page: list[str], removed: "Mapping[int, Any]", taken: Iterable[int], lang: str = "ru") -> set[int]:
    """Indexes of ``taken`` (lines the model would remove) that are :func:`unstopped_sentence` straight under a line
    of text (eight words or more) that is live and not ``taken``, the page's last live line (every line after it
    removed by an earlier layer)."""
    taken = set(taken)
    return {i for i in taken if i > 0 and i - 1 not in removed and i - 1 not in taken
            and len(page[i - 1].split()) >= _TEXT_WORDS and unstopped_sentence(page[i], lang)
            and all(j in removed for j in range(i + 1, len(page)))}

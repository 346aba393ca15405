"""A site's weather widget above the article, on any language's page (issue 12, clut72).

News sites print a weather widget in their header: the city and the day's temperature ("Новосибирск 9 °C", m.vn.ru;
"TP Hồ Chí Minh: 31°C TP Hồ Chí Minh"), or the city on one line and the temperature alone on the next
("Усть-Каменогорск" / "+18°", altainews.kz; "20.5 C" over "Старые Дороги", raionka.by).  ``portal.weather`` took the
one-line form on Vietnamese pages only (:mod:`.vi_edges`, vi42); the widget is no Vietnamese portal's alone.

* :func:`weather_line`: :func:`~.vi_edges.weather`'s shape (a temperature with its degree sign and scale, in
  :data:`~.vi_edges.MAX_WEATHER_WORDS` words at most, no sentence; the Cyrillic "С" as the scale too), or a line that is
  only a temperature: a sign, one or two digits, and a degree sign, or a decimal and a scale ("+18°", "20.5 C",
  "-3 °С").  A bare number is none ("18", "2024"), nor a school class's name ("5 С"), nor an oven's reading (three
  digits: "180 °C" in a recipe).
* :func:`weather_lines`: every live line of that shape above the article's first sentence -> ``portal.weather``,
  not the line right above the text with three lower-case words or more (the article's headline naming a
  temperature: "Căn nhà bỗng nhiên nóng 40°C", cp82); and
  the widget's place, the line right above a temperature line (no line, not even a blank one, between them): one to
  :data:`MAX_PLACE_WORDS` words of letters (a hyphen inside: "Усть-Каменогорск"), a capital first, no digit, no
  sentence, with the article's title still to come (a live line between the widget and the first sentence).  A
  forecast's own list of cities after its text, or a city's temperature between its sentences, stays (under the
  first sentence); a city alone on a line that stands over no temperature (a dateline, a heading) is none.

:class:`~.vi_edges.EdgeLines` calls :func:`weather_lines` on every language's page (a Vietnamese page's lines
included: on dev it takes there what vi42's test took); each line goes to the ledger with its evidence.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .features import _sentence_like
from .vi_edges import MAX_WEATHER_WORDS, WEATHER

__all__ = ["MAX_PLACE_WORDS", "weather_line", "place_line", "weather_lines"]

MAX_PLACE_WORDS = 3
#: a temperature with its degree sign and a scale, Latin or Cyrillic ("9 °C", "31°C", "-3 °С")
_TEMPERATURE = re.compile(r"\d\s*°\s*[CFС](?![^\W\d_])")
#: a line that is only a temperature ("+18°", "20.5 C", "−3 °С"): two digits at most, a degree sign or a decimal
#: (a class's name "5 С" has neither)
_BARE = re.compile(r"^[+\-−–]?\d{1,2}(?:(?:[.,]\d)?\s*°\s*[CFС]?|[.,]\d\s*[CС])$")
#: a place's name: words of letters, a hyphen inside a word ("Усть-Каменогорск", "Hà Nội", "Старые Дороги")
_PLACE = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*(?: [^\W\d_]+(?:-[^\W\d_]+)*){0,%d}$" % (MAX_PLACE_WORDS - 1))


def weather_line(s: str) -> bool:
    """A weather widget's temperature line (module docstring)."""
    t = s.strip()
    if not t or len(t) > 80:
        return False
    if _BARE.match(t):
        return True
    return bool(_TEMPERATURE.search(t)) and len(t.split()) <= MAX_WEATHER_WORDS and not _sentence_like(t) \
        and t[-1:] not in ".!?" and not re.search(r"\d{3,}\s*°", t)


_LOWER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZА-ЯЁĐ]{2,}(?![^\W\d_])")
MIN_HEADLINE_WORDS = 3  # a headline's lower-case words (a widget names a place and its temperature)


def _headline_words(s: str) -> bool:
    """:data:`MIN_HEADLINE_WORDS` lower-case words or more: a headline that names a temperature ("Căn nhà bỗng
    nhiên nóng 40°C", cp82), not a widget's place and reading."""
    return sum(1 for w in _LOWER_WORD.findall(s) if w.islower()) >= MIN_HEADLINE_WORDS


def place_line(s: str) -> bool:
    """A place's name alone on its line: one to :data:`MAX_PLACE_WORDS` words of letters, a capital first."""
    t = s.strip()
    return bool(_PLACE.match(t)) and t[:1].isupper()


def weather_lines(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The weather widget's lines above the article's first sentence: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    first = next((i for i in live if _sentence_like(lines[i])), None)
    if first is None:
        return {}
    title = max((i for i in live if i < first), default=None)  # the live line right above the text
    temps = [i for i in range(first) if lines[i].strip() and weather_line(lines[i])
             and not (i == title and _headline_words(lines[i]))]
    out = {i: (WEATHER, "a weather widget's line (a temperature, no sentence) above the article's text")
           for i in temps if i not in removed}
    for i in temps:
        p = i - 1
        if p < 0 or p in removed or p in out or not place_line(lines[p]):
            continue
        if not any(j not in out and j not in (p, i) for j in live if i < j < first):
            continue  # no title between the widget and the text: the line may be the article's own heading
        out[p] = (WEATHER, "the weather widget's place, right above its temperature ("
                  + lines[i].strip()[:20] + ") over the article's title")
    return out

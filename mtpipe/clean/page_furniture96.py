"""A byline of several authors between a post's title and its date, and a weather informer's readings line (issue 12,
fur96: the clutter fresh tune pages of sites in no part kept, one site each; ``benchmarks/notes/fur96.md``).  Neither
class recurred on the check pages; both are the shape of a platform or widget, not of one site's strings.

* :func:`names_line`: two or three personal names on one line, joined by a dash (spaced or glued to the first name:
  "Thùy Linh- Mạnh Thường"), a comma, "&" or "và" / "и"; each name is :func:`~.features._is_name`'s (two to four
  capitalised words), in mixed case (a pair of terms in capitals, "THỜI GIAN NHẬN – TRẢ PHÒNG", is a heading), and
  no place's nor term's (:func:`~.signoff.not_a_name`: "Quận Tân Phú, Hồ Chí Minh").
* :func:`name_list_bylines`: such a line in the post's head -- only headline-shaped live lines above it (no sentence,
  150 characters at most, the title first), at most four of them -- with the next non-blank line under it the post's
  date (a line the date rules removed: :data:`~.date_kinds.RULES`, ``boilerplate.dateline``) and a sentence of the
  text after it.  The single author in that place is :mod:`.boilerplate`'s already ("a bare personal name between the
  title and the text"); several authors were kept ("Thùy Linh- Mạnh Thường" over "14:58 29/08/2025" on a ward's
  portal, fur96's tune page ``f96t17``) -> ``boilerplate.byline_list``.

Dev (every part but the blind ones): lines of :func:`names_line`'s shape 10 clutter, 5 metadata, 8 content (a route
list "Lào Cai-Hà Nội-Hải Phòng", subheadings "Bối Cảnh Lịch Sử và Kinh Tế", a rental card's district "Quận Tân Phú,
Hồ Chí Minh", a title "Lễ Hội Đền Nưa – Am Tiên" above its date); in the head between the title and the date: 0 / 0
(the title itself is never taken: the line must have a headline above it).

* :func:`weather_readings`: a weather informer's readings printed as a line ("Облачно, температура 4..6 С, давление
  743..745 мм рт.ст., ветер Юго-Восточный, 1 м/с"): two kinds of reading or more with their units -- a pressure in
  "мм рт. ст." / "mmHg" / "гПа" / "hPa", a wind's speed in "м/с" / "km/h", a humidity in "%", a temperature after its
  word --, one of them a pressure or a wind (an instrument's reading, not a writer's "24-27 độ, độ ẩm 98%"), no
  sentence end; and the informer's place and time right above it ("Благовещенск: Утро 05 Apr, Sat": a capitalised
  place, a colon, 40 characters at most, no sentence).  :mod:`.weather_bars` takes a temperature with its degree sign;
  the informer prints none (fur96's tune page ``f96u03``, a regional news site's header) -> ``portal.weather``.
  Dev: lines of the readings shape 0 / 0; lines with a pressure or wind unit 1 clutter / 7 content, the content all
  forecasts' sentences with one reading ("Ожидается усиление юго-западного ветра 15-20 м/с, порывы 25-30 м/с", a
  gust is a wind again); a sentence naming the day's temperature and humidity (held25's "… thời tiết 24-27 độ, độ ẩm
  98%.") has neither unit and ends in a stop.

The layer runs in :class:`~.ru_chrome.ChromeLines` after :mod:`.page_furniture94`, on live lines only.
"""

from __future__ import annotations

import re
from typing import Mapping

from .date_kinds import RULES as _DATE_RULES
from .features import _is_name, _sentence_like
from .signoff import not_a_name
from .vi_edges import WEATHER

__all__ = ["RULE", "names_line", "name_list_bylines", "weather_readings", "page_furniture96"]

RULE = "boilerplate.byline_list"
#: the joints between the authors' names: a dash spaced or glued to the name before it, a comma, "&", "và", "и"
_JOINT = re.compile(r"\s*[-–—]\s+|\s+[-–—]\s*|\s*[,&]\s*|\s+(?:và|и)\s+")
_HEAD = 4  # headline-shaped lines above the byline at most (a title, its subtitle, a rubric)
_DATES = frozenset((*_DATE_RULES, "boilerplate.dateline"))


def names_line(s: str, lang: str) -> bool:
    """Two or three personal names joined on one line ("Thùy Linh- Mạnh Thường", "Анна Петрова, Иван Сидоров")."""
    t = s.strip()
    if not t or len(t) > 90:
        return False
    parts = _JOINT.split(t)
    return 2 <= len(parts) <= 3 and all(
        _is_name(p, lang) and p.upper() != p and not not_a_name([p], 0, lang, ()) for p in parts)


def name_list_bylines(lines: list[str], removed: Mapping[int, tuple[str, object]],
                      lang: str) -> dict[int, tuple[str, str]]:
    """The authors' line between the title and the date: index -> (rule, note)."""
    live = []  # the page's first live lines: the head and three lines after it at most (perf: not the whole page)
    for i, s in enumerate(lines):
        if s.strip() and i not in removed:
            live.append(i)
            if len(live) > _HEAD + 4:
                break
    for k in range(1, min(len(live) - 1, _HEAD + 1)):
        i = live[k]
        above = lines[live[k - 1]]
        if _sentence_like(above) or len(above.strip()) > 150:
            return {}  # the text has begun: no head
        if not names_line(lines[i], lang):
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        date = nxt is not None and str(removed.get(nxt, ("",))[0]) in _DATES
        if date and any(_sentence_like(lines[j]) for j in live[k + 1:k + 4]):
            return {i: (RULE, "the names of several authors between the post's title and its date")}
    return {}


_NUM = r"[+−-]?\d+(?:[.,]\d+)?(?:\s*(?:\.\.|-|–)\s*[+−-]?\d+(?:[.,]\d+)?)?"
#: an informer's readings with their units: the instrument's (pressure, wind) and the others (humidity, temperature)
_INSTRUMENT = re.compile(rf"(?P<pressure>{_NUM}\s*(?:мм\.?\s*рт\.?\s*ст\.?|mmhg|гпа|hpa))|"
                         rf"(?P<wind>{_NUM}\s*(?:м/с|m/s|км/ч|km/h))", re.IGNORECASE)
_OTHER = re.compile(rf"(?P<humidity>(?:влажность|độ ẩm|humidity)\s*:?\s*{_NUM}\s*%)|"
                    rf"(?P<temperature>(?:температура|nhiệt độ|temperature)\s*:?\s*{_NUM}\s*°?\s*[CСF]?)",
                    re.IGNORECASE)
_PLACE_TIME = re.compile(r"^[^\W\d_][^\W\d_-]*(?:[- ][^\W\d_]+)?\s*:\s*\S.*$")
MAX_READINGS_CHARS = 200
MAX_PLACE_CHARS = 40


#: a mark every unit of :data:`_INSTRUMENT` holds as pages print it ("м/с", "km/h"; "мм рт. ст.", "мм рт ст"; "mmHg";
#: "гПа", "hPa"): looked for first, plain substrings of the raw line (perf: a regex search of every line cost 10 µs)
_SPEED_MARKS = ("м/с", "m/s", "м/c", "км/ч", "km/h")
_PRESSURE_MARKS = ("рт.", "рт ст", "Hg", "Па", "Pa")


def _marked(s: str) -> bool:
    """A unit's mark in the raw line (:data:`_SPEED_MARKS` behind a slash, :data:`_PRESSURE_MARKS`)."""
    if "/" in s and any(u in s for u in _SPEED_MARKS):
        return True
    return any(u in s for u in _PRESSURE_MARKS)


def _readings(s: str) -> bool:
    if not _marked(s):
        return False
    t = s.strip()
    if len(t) > MAX_READINGS_CHARS or t[-1:] in ".!?":
        return False
    kinds = {k for m in _INSTRUMENT.finditer(t) for k, v in m.groupdict().items() if v}
    if not kinds or _sentence_like(t):
        return False
    kinds |= {k for m in _OTHER.finditer(t) for k, v in m.groupdict().items() if v}
    return len(kinds) >= 2


def weather_readings(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """A weather informer's readings line and its place-and-time line right above it: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or not _readings(s):
            continue
        out[i] = (WEATHER, "a weather informer's readings with their units (pressure, wind, humidity, temperature)")
        above = lines[i - 1].strip() if i else ""
        if above and i - 1 not in removed and len(above) <= MAX_PLACE_CHARS and _PLACE_TIME.match(above) \
                and not _sentence_like(above):
            out[i - 1] = (WEATHER, "a weather informer's place and time, over its readings")
    return out


def page_furniture96(lines: list[str], removed: Mapping[int, tuple[str, object]],
                     lang: str) -> dict[int, tuple[str, str]]:
    """Every class: index -> (rule, note)."""
    out = weather_readings(lines, removed)
    out.update({i: v for i, v in name_list_bylines(lines, {**removed, **out}, lang).items() if i not in out})
    return out

"""A site's weather widget above the article on any language's page (issue 12, clut72, :mod:`.weather_bars`).

Positives (made up in the class of t27ru02 "Новосибирск 9 °C", t31ru01 "Усть-Каменогорск" / "+18°", h39ru08 "20.5 C"):
a city and its temperature on one line, a bare temperature, a city right above a bare temperature.  Negatives, the
nearest content shapes: a forecast's list of cities after its text, a temperature inside a sentence, an oven's
reading, a school class's name, a bare number, a city heading over the text with no temperature under it, a city
that is the article's own heading right above the text (no title between the widget and the text).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.weather_bars import place_line, weather_line, weather_lines
from mtpipe.document import Document

_TITLE = "В Томске открылся новый мост через реку Ушайку"
_S1 = "В пятницу в Томске торжественно открыли новый мост через реку Ушайку, его строили два года."
_S2 = "По словам мэра, мост позволит разгрузить центральные улицы города в часы пик."
_S3 = "Движение по мосту откроют для автомобилей уже в понедельник утром, сообщили в мэрии."


@pytest.mark.parametrize("line, taken", [
    ("Томск 9 °C", True), ("+18°", True), ("20.5 C", True), ("-3 °С", True), ("Омск: −12°C", True),
    ("18", False), ("2024", False), ("5 С", False), ("180 °C", False),
    ("Разогрейте духовку до 180 °C и выпекайте пирог сорок минут.", False),
    ("Днём в Томске до +25 °C, ночью до +12 °C, ветер слабый, осадков не ожидается.", False),
])
def test_weather_line(line, taken):
    assert weather_line(line) is taken


@pytest.mark.parametrize("line, taken", [
    ("Томск", True), ("Усть-Каменогорск", True), ("Старые Дороги", True),
    ("томск", False), ("Томск 9", False), ("Новости города и области сегодня", False), ("Томск.", False),
])
def test_place_line(line, taken):
    assert place_line(line) is taken


def _gone(lines: list[str], removed: dict[int, str] | None = None) -> set[int]:
    return set(weather_lines(lines, {i: (r, None) for i, r in (removed or {}).items()}))


def test_widget_above_the_title():
    assert _gone(["Томск 9 °C", _TITLE, _S1, _S2]) == {0}
    assert _gone(["Томск", "+18°", _TITLE, _S1, _S2]) == {0, 1}
    # the temperature already removed by another layer: its place goes
    assert _gone(["RU", "Томск", "+18°", "ветер 5 м/с", _TITLE, _S1], {0: "x", 2: "y", 3: "z"}) == {1}


def test_content_shapes_stay():
    # a forecast's own list of cities after its text; a city's temperature between its sentences
    assert _gone([_TITLE, _S1, "Томск: +5 °C", "Омск: +7 °C"]) == set()
    assert _gone([_TITLE, _S1, "Томск: +5 °C", _S2]) == set()
    # a city heading with no temperature under it; a blank line between the city and the temperature
    assert _gone(["Томск", _TITLE, _S1]) == set()
    assert _gone(["Томск", "", "+18°", _TITLE, _S1]) == {2}
    # the city is the article's own heading right above the text: no title between the widget and the text
    assert _gone(["Томск", "+18°", _S1, _S2]) == {1}
    # no sentence at all (a table of readings): nothing to stand above
    assert _gone(["Томск", "+18°", "Омск", "+20°"]) == set()


def test_cleaner_russian_page():
    text = "\n".join(["Томск 9 °C", "", _TITLE, "", _S1, _S2, _S3]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="weather.txt"))
    assert doc.meta["lang"] == "ru"
    kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
    assert "Томск 9 °C" not in kept and _TITLE in kept and _S1 in kept and _S3 in kept
    assert all(e.note for e in doc.ledger if e.action == "removed")  # the classifier may take the line first


def test_layer_on_a_russian_page():
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.vi_edges import EdgeLines

    doc = Document.from_text("\n".join(["Томск", "+18°", _TITLE, _S1, _S2]) + "\n", doc_id="ru.txt")
    marks = Marks(doc, "ru", line_spans(doc.text))
    EdgeLines().mark(marks)
    assert {i: v[0] for i, v in marks.removed.items()} == {0: "portal.weather", 1: "portal.weather"}

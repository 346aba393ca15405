"""A Russian subheading of a common noun and a name in the genitive is no byline (issue 12, cp86;
``boilerplate.byline``'s guard, through :func:`.signoff.not_a_name`).

cp84's fresh RT sample lost the subheadings "Вылет Макаровой" ("Makarova's exit"), "Покоритель Арктики" ("the
conqueror of the Arctic") and "Победа Рублёва" to ``boilerplate.byline``: two capitalised words pass the name test.
A byline is a person's name in the nominative (and a role); a subheading is a common noun governing a name in the
genitive.  Without a morphological dictionary the suffixes tell two shapes apart (:func:`genitive_heading`):

* the second word is a feminine surname in an oblique case ("-овой", "-евой", "-ёвой", "-иной", "-ыной": "Вылет
  Макаровой", "Отставка Петровой"); no nominative surname ends so ("-ской"/"-цкой" stay out: "Дмитрий Донской",
  "Трубецкой");
* the second word is a masculine surname in the genitive ("-ова", "-ева", "-ёва", "-ина", "-ына") after a first word
  that is no feminine given name (none of "-а", "-я", "-ь" at its end): "Вылет Рублёва", "Уход Смирнова"; "Анна
  Рублёва", "Любовь Петрова", "Никита Сергеева"? (a man's name in "-а" with a woman's surname does not occur, and
  the branch leaves every first word in "-а"/"-я" alone);
* the first word is an agent noun in "-тель" ("Покоритель Арктики", "Победитель Уимблдона"): no given name or
  surname put first ends so.

"Победа Рублёва" stays a byline: "Победа" ends as a feminine given name does ("Анна Рублёва"), and without a
dictionary of given names the two do not part.
"""

from __future__ import annotations

import re

__all__ = ["genitive_heading"]

_FEM_OBLIQUE = re.compile(r"(?:ов|ев|ёв|ин|ын)ой$")
_MASC_GENITIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")
_FEM_GIVEN_END = ("а", "я", "ь")
_AGENT = re.compile(r"..тель$")


def genitive_heading(words: list[str]) -> bool:
    """Two Russian capitalised words (lower-cased) that read as a common noun and a name in the genitive, no
    person's name (module docstring)."""
    if len(words) != 2:
        return False
    first, second = words
    if _FEM_OBLIQUE.search(second) and len(second) > 5:
        return True
    if _MASC_GENITIVE.search(second) and not first.endswith(_FEM_GIVEN_END):
        return True
    return _AGENT.search(first) is not None

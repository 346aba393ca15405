"""An author's line is no article title for the head layer (issue 12, cp78, :mod:`mtpipe.clean.ru_heads`,
``boilerplate.head_rubric``); every line here was written for the tests, none is a page's.

A literary or feature page holds its title, then its author's line (a full name, a dash, what the person is), then
a text that names the author (a bio, an interview).  The head layer took the author's line for the title (the lowest
line over the text sharing a word with it) and the real title above it, sharing no word with the opening, for a
section's rubric.  An author's line is now passed over when the title is looked for.  The nearest clutter shapes keep
their removal: a rubric over a title that names the text, over the author's line; a rubric over a profile whose title
is the person's name alone.
"""

import pytest

from mtpipe.clean.ru_heads import _AUTHOR, head_lines

_BIO = ("Смирнова Анна Петровна — поэт и переводчик, родилась в Заречном, окончила педагогический институт, "
        "много лет преподавала литературу в сельской школе.")
_TEXT = [_BIO,
         "Смирнова пишет о доме, о реке и о людях, которые остаются в деревне, когда молодые уезжают в город.",
         "Её стихи печатали районная газета и литературные журналы, а два сборника вышли в областном издательстве.",
         "В этой подборке собраны стихотворения последних лет, написанные после переезда к дочери в Тверь.",
         "Читатели узнают в них знакомые с детства места: старый мост, ярмарку, школьный сад у дороги."]


def _taken(lines):
    return sorted(head_lines(lines, {}, "ru"))


@pytest.mark.parametrize("line, author", [
    ("Смирнова Анна Петровна — поэт и переводчик", True),
    ("ИВАНОВА Мария Петровна, учитель начальных классов", True),
    ("Петров И.С. — краевед", True),
    ("Смирнова Анна Петровна", False),  # a name alone: a profile's title
    ("Осенние стихи о Заречном", False),
    ("Анна Петровна Смирнова — поэт", False),  # name first, surname last: not the credits' full-name shapes
])
def test_author_line_shape(line, author):
    assert (_AUTHOR.match(line) is not None) is author


def test_a_title_over_its_authors_line_stays():
    # the selection's title shares no word with the opening; the author's line does (the bio names her)
    lines = ["Мы все деревья", "Смирнова Анна Петровна — поэт и переводчик", *_TEXT]
    assert _taken(lines) == []


def test_a_rubric_over_a_title_naming_the_text_is_still_taken():
    # the title names the text ("Заречном"), so it is found above the author's line; the rubric over it goes
    lines = ["Гостиная у камина", "Осенние стихи о Заречном", "Смирнова Анна Петровна — поэт и переводчик", *_TEXT]
    assert _taken(lines) == [0]


def test_a_rubric_over_a_profiles_name_is_still_taken():
    # a profile's title is the person's name alone: it is the title, and the section's name over it goes
    profile = ["Наши выпускники", "Смирнова Анна Петровна", *_TEXT]
    assert _taken(profile) == [0]

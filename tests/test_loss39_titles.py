"""loss39: a headline over the subtitle the header region keeps as the title (:func:`mtpipe.clean.keep.headline_over`;
issue 12, content precision).

``boilerplate.region`` removes the short lines above the article's text in a region holding furniture, all but the
live line right above the text (the title).  Where that line is the subtitle, the headline printed right above it
went with the menu (train27ru: "9 популярных скриптовых языков …" over "Выбираем скриптовый язык …",
"«УрФУ не будет изолироваться»" over "Как ректор …").  A headline of four words or more, a phrase (two lower-case
words), no breadcrumb or list mark, stays; a site's masthead (a name in capitals), a menu's last item and a breadcrumb
in the same place stay furniture.

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean.keep import headline_over
from mtpipe.clean.regions import furniture_regions

_HEAD = ["ИТ База знаний", "Полезно", "Навигация", "Серверные решения", "Телефония"]
_MENU = {2: ("boilerplate.menu", None), 3: ("boilerplate.menu", None), 4: ("boilerplate.menu", None)}
_SUB = "Выбираем скриптовый язык программирования"
_TEXT = ["Языки сценариев пользуются большей популярностью для автоматизации задач, чем компилируемые языки.",
         "Например, программу на Java нужно скомпилировать перед запуском, а сценарий можно запустить сразу."]


@pytest.mark.parametrize("headline", ["9 популярных скриптовых языков для программистов и сисадминов",
                                      "«УрФУ не будет изолироваться»"])
def test_a_headline_over_the_subtitle_stays(headline):
    out = furniture_regions(_HEAD + [headline, _SUB] + _TEXT, dict(_MENU), "ru")
    assert 5 not in out, out


@pytest.mark.parametrize("line", ["Scripting Languages Knowledge Base",  # a masthead: a name, no phrase
                                  "Vietnam National Museum of History",
                                  "Языки программирования",  # a menu's last item
                                  "Главная » Статьи » Скриптовые языки",  # a breadcrumb
                                  "— Онлайн калькулятор подсетей для сетевиков"])  # a list item
def test_a_masthead_or_menu_item_in_that_place_still_goes(line):
    out = furniture_regions(_HEAD + [line, _SUB] + _TEXT, dict(_MENU), "ru")
    assert out.get(5, ("",))[0] == "boilerplate.region", out


@pytest.mark.parametrize("lines, removed, want", [
    (["Меню", "9 популярных скриптовых языков для программистов", _SUB], set(), True),
    (["Меню", "9 популярных скриптовых языков для программистов", _SUB], {1}, False),  # removed already
    (["9 популярных скриптовых языков для программистов.", _SUB], set(), False),  # a sentence
    (["Языки программирования", _SUB], set(), False),  # two words
    ([_SUB], set(), False),  # nothing above
])
def test_headline_over(lines, removed, want):
    assert headline_over(lines, len(lines) - 1, removed) is want

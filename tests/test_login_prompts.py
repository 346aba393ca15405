"""A login box's social sign-in label outside the article (``boilerplate.reader_prompt``, issue 12, clut55).

The label under a login form's button, the same words on many sites' forms ("Вход с помощью других сервисов",
h38ru07; "Или войдите с помощью других сервисов", "Войти через соцсети:" in public sites' templates); "social
networks" spelt out counts only after "или" or before a colon (an article's title "Вход через социальные сети"
stays); a sentence with the words stays, and inside the article's text the label is the text's.
"""

import pytest

from mtpipe.clean.ru_edges import reader_prompt, reader_prompts

_TEXT = ["Вчера вечером на улице Челюскинцев прорвало трубу, и несколько домов остались без воды.",
         "В МУП «Водоканал» сообщили, что аварийная бригада работает на месте и восстановит подачу к вечеру."]


@pytest.mark.parametrize("line", [
    "Вход с помощью других сервисов",  # h38ru07
    "Или войдите с помощью других сервисов",
    "Войти с помощью других сервисов:",
    "Войти через соцсети:",
    "Или войти через соцсети",
    "Вход через социальные сети:",
    "Или войдите через социальные сети",
])
def test_login_label(line):
    assert reader_prompt(line)


@pytest.mark.parametrize("line", [
    "Вход через социальные сети",  # a how-to article's title
    "Вход с помощью социальных сетей",
    "Вход через Госуслуги",  # a step of the text
    "Войти с помощью других сервисов можно только после регистрации.",  # a sentence
    "Как войти через соцсети, если забыл пароль",
])
def test_not_login_label(line):
    assert not reader_prompt(line)


def test_only_outside_the_text():
    label = "Вход с помощью других сервисов"
    assert reader_prompts([_TEXT[0], label, _TEXT[1]], {}) == {}
    assert sorted(reader_prompts([*_TEXT, "Войти", label], {})) == [3]

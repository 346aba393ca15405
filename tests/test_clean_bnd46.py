"""Round bnd46: page widgets of held34 (dev since the twenty-first session) a chrome rule should know, as phrase
classes: a comment form's e-mail notice in its other wordings ("Ваш e-mail не будет опубликован.", "Ваш адрес
электронной почты …"), a login box's "Вы не авторизованы на сайте", a social network's "Превью поста" and a gallery's
"1 из 2" counter (``chrome.comments``, ``chrome.nav``).  Same-shape negatives: sentences that hold the same words."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.document import Document

_BODY = ("Соревнования в зачёт летней спартакиады сельских поселений прошли на стадионе районной спортивной школы.",
         "Участниками состязаний стали четыре мужские и три женские команды из разных поселений района.")
_LAST = "Награды победителям вручил глава района после торжественного построения."


def _removed(lines: list[str], policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join(lines) + "\n", doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
@pytest.mark.parametrize("line,rule", [
    ("Ваш e-mail не будет опубликован.", "chrome.comments"),
    ("Ваш email не будет опубликован. Обязательные поля помечены *", "chrome.comments"),
    ("Ваш адрес электронной почты не будет опубликован.", "chrome.comments"),
    ("Вы не авторизованы на сайте", "chrome.nav"),
    ("Превью поста", "chrome.nav"),
    ("2 из 5", "chrome.nav"),
])
def test_widgets_are_removed(line, rule, policy):
    assert _removed([*_BODY, line, _LAST], policy).get(line) == rule


@pytest.mark.parametrize("line", [
    "Ваш e-mail не будет опубликован в открытом списке участников, сообщили организаторы турнира.",
    "Вы не авторизованы на сайте федерации, поэтому заявку команды нужно подать в бумажном виде.",
    "Превью поста о турнире организаторы опубликовали за неделю до старта соревнований.",
    "2 из 5 команд прошли в финальный этап соревнований по мини-футболу.",
])
def test_sentences_with_the_same_words_are_kept(line):
    assert line not in _removed([*_BODY, line, _LAST], "balanced")


_TEXT = ("Более семисот детей занимаются в спортивной школе пятью видами спорта, рассказала директор школы.",
         "Самое молодое отделение открылось в прошлом году, и набор в него уже завершён.")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_short_title_with_the_site_after_a_guillemet_is_a_copy(policy):
    """The page's ``<title>`` ("<title> » <site>") above the plain title: the titled copy goes even for a title of
    three words (shorter than the 40 characters a copy inside a line needs)."""
    titled = "В ДЮСШ подсчитывают «новобранцев» » Официальный сайт городского округа «Мирный»"
    removed = _removed([titled, "", "В ДЮСШ подсчитывают «новобранцев»", "", *_TEXT], policy)
    assert removed.get(titled) == "dedupe.titled_copy"


@pytest.mark.parametrize("line", [
    "Итоги летнего сезона - Чемпионат района по футболу",  # a dash: a short title's own part, not a site trail
    "Новый сезон » продолжение следует в будущем году и дальше",  # more than eight words after the mark
])
def test_a_short_line_with_another_separator_or_a_long_tail_is_kept(line):
    head = line.split(" » ")[0].split(" - ")[0]
    assert _removed([line, "", head, "", *_TEXT], "balanced").get(line) != "dedupe.titled_copy"

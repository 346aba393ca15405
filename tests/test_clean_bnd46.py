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

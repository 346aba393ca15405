"""clut64 (issue 12): the state feedback platform's banner (``boilerplate.feedback_banner``,
:mod:`mtpipe.clean.ru_feedback`).

Positives from the dev pages (h41ru14's slogan over the default prompt, h17ru03's prompt on one line under the site's
"Жалобы на всё") and the banner's variants read in sites' code (a school's, social services', health's, energy's
prompts, "Есть вопрос?" / "Напишите нам", the buttons); negatives: the slogan over a lesson's worked problem or over a
question that names no problem, proposal or appeal, a question of the same words in a text, not under the slogan.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean import ru_feedback as FB
from mtpipe.document import Document

_TEXT = ["История больницы",
         "Больница, открытая в 1894 году, была рассчитана на 50 коек, здесь работали два врача и четыре фельдшера.",
         "В начале XX века при больнице открыли аптеку и родильное отделение, а в 1920-х годах построили новый корпус."]


def _banner(lines: list[str], removed: dict | None = None) -> list[int]:
    got = FB.feedback_banners(lines, removed or {})
    assert all(rule == FB.RULE and note for rule, note in got.values())
    return sorted(got)


@pytest.mark.parametrize("lines,taken", [
    # h41ru14: the slogan over the default prompt, above the page's title
    (["Решаем вместе", "Не убран мусор, яма на дороге, не горит фонарь? Столкнулись с проблемой — сообщите о ней!",
      *_TEXT], [0, 1]),
    # h17ru03: the default prompt alone under the site's own heading (which stays)
    (["Жалобы на всё", "Не убран мусор, яма на дороге, не горит фонарь? Столкнулись с проблемой — сообщите о ней!",
      *_TEXT], [1]),
    # the banner bf-1/bf-2 as the platform ships it: slogan, question, call, button, blank lines between
    (["Решаем вместе", "", "Не убран мусор, яма на дороге, не горит фонарь?", "",
      "Столкнулись с проблемой\u00a0— сообщите о ней!", "Сообщить о проблеме", *_TEXT], [0, 2, 4, 5]),
    # a school's banner (bf-22), social services' (bf-5), health's (bf-17), energy's (bf-2), "Есть вопрос?"
    (["Госуслуги", "Решаем вместе",
      "Есть предложения по организации учебного процесса или знаете, как сделать школу лучше?",
      "Написать о проблеме", *_TEXT], [1, 2, 3]),
    (["Решаем вместе", "Не получили выплату или льготную путевку? Есть предложения по улучшению работы органов "
      "социальной защиты?", "Написать о проблеме", *_TEXT], [0, 1, 2]),
    ([*_TEXT, "Решаем вместе", "Не смогли записаться к врачу?", "Написать о проблеме"], [3, 4, 5]),
    (["Решаем вместе", "Возникли проблемы с подключением к электросети? Есть вопросы по газификации дома, трудности "
      "в процессе получения услуги?", "Напишите об этом — Минэнерго поможет с решением", *_TEXT], [0, 1, 2]),
    (["Госуслуги. Решаем вместе", "Есть вопрос?", "Напишите нам", *_TEXT], [0, 1, 2]),
    # the call alone in the platform's wording, its button under it
    ([*_TEXT, "Столкнулись с проблемой — сообщите о ней!", "Сообщить о проблеме"], [3, 4]),
])
def test_feedback_banner(lines, taken):
    assert _banner(lines) == taken


def test_feedback_banner_removed_lines_count():
    # the classifier took the prompt: the slogan over it goes, the removed line is not marked again
    lines = ["Решаем вместе", "Не убран мусор, яма на дороге, не горит фонарь?", *_TEXT]
    assert _banner(lines, {1: ("classifier.line", None)}) == [0]


@pytest.mark.parametrize("lines", [
    # a lesson's heading over a worked problem, a scenario, a question that names nothing the platform takes
    ["Решаем вместе", "Сценарий: TSLA перед отчётностью стоит 200 долларов, IV 95%.", *_TEXT],
    ["Решаем вместе", "21 страница — это 7/9 книги", "Известна часть, значит делим на дробь."],
    ["Решаем вместе", "Какая группа первой отделяется справа?", "Сначала отделяем три цифры справа."],
    ["РЕШАЕМ ВМЕСТЕ", "Как считается сумма", "Проверим до конца запись с первого экрана."],
    # the slogan with more words, a question of the same words in the text, not under the slogan
    ["Решаем вместе с жителями проблемы двора", *_TEXT],
    [*_TEXT, "Есть предложения по улучшению работы поликлиники? Жители обсудили их на сходе в среду."],
    ["Не убран мусор во дворе уже две недели, жители жалуются в администрацию.", *_TEXT],
])
def test_not_feedback_banner(lines):
    assert _banner(lines) == []


def _removed(text: str) -> set[str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}


def test_page():
    lines = ["Решаем вместе", "Не убран мусор, яма на дороге, не горит фонарь?",
             "Столкнулись с проблемой — сообщите о ней!", *_TEXT]
    removed = _removed("\n\n".join(lines) + "\n")
    assert set(lines[:3]) <= removed
    assert not removed & set(_TEXT)

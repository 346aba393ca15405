"""A story's sentence is no notice to the reader (issue 12, cp78, :func:`mtpipe.clean.controls.prompt`,
``boilerplate.prompt``); every line here was written for the tests, none is a page's.

The join-notice test wanted a channel's, community's or newsroom's word and a word addressing the reader.  A news
sentence has both in reported speech or in a story about signing: "подпишет контракт", "подписал соглашение"
(signing, not subscribing: only "подпишись/подпишитесь" address the reader), and a quotation whose speaker
addresses someone ("Мы просим вас…", - заявил мэр в эфире телеканала).  The notices themselves, imperative and
unattributed, stay notices.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.controls import prompt
from mtpipe.document import Document
from mtpipe.segment import Segmenter


@pytest.mark.parametrize("line", [
    '"Надеюсь, он подпишет новый контракт с нашим клубом", - сказал тренер в интервью телеканалу "Спорт".',
    "Губернатор подписал соглашение о реконструкции канала имени Москвы.",
    "Страны подписали декларацию, которую поддержало мировое сообщество.",
    '"Мы просим вас сохранять спокойствие", - заявил мэр в эфире телеканала.',
    "«Пожалуйста, не выходите из дома без необходимости» — обратился глава района к жителям через телеграм-канал.",
    "Глава района сказал, что вы можете задать вопросы в сообществе администрации.",
])
def test_a_storys_sentence_is_no_prompt(line):
    assert prompt(line) is False


@pytest.mark.parametrize("line", [
    "Подпишитесь на наш канал, чтобы не пропустить новости района",
    "Подпишись на телеграм-канал и узнавай новости первым",
    "Вступай в наше сообщество, там мы публикуем анонсы",
    "Присылайте свои новости в редакцию",
    "Хотите рассказать свою новость? Пишите нам в Telegram",
])
def test_a_notice_stays_a_prompt(line):
    assert prompt(line) is True


def test_the_cleaner_keeps_the_quoted_sentence_and_drops_the_notice():
    lines = ["Тренер надеется на новый контракт нападающего",
             "Главный тренер команды считает, что игрок сможет быстро вернуться в форму после перерыва.",
             '"Надеюсь, он подпишет новый контракт с нашим клубом", - сказал тренер в интервью телеканалу "Спорт".',
             "Он добавил, что клуб готов ждать решения суда и не будет искать замену до конца сезона.",
             "Подпишитесь на наш канал, чтобы не пропустить новости района"]
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    removed = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    assert lines[2] not in removed and "Подпишитесь на наш канал, чтобы не пропустить новости района" in removed

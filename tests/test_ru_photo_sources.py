"""A Russian photo credit that names where the picture came from, alone on its line (issue 12, post37).

``boilerplate.photo_credit`` (:mod:`mtpipe.clean.ru_cards`, the shape :mod:`mtpipe.clean.ru_photo_sources`): the
credit word, a phrase's key word (provided by, from an archive, from a site, a body in the genitive, the author's),
then a short source without a clause.  Forms of the dev pages (h37ru05 with its typo, h37ru10, t27ru37, crawl8's and
crawl9's credits) and of real pages' image credits; negatives: sentences about a photo, an archive or a press
service, a photo of a person or a place, a credit glued to a paragraph (crawl9: the text's).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.ru_cards import photo_credit
from mtpipe.clean.ru_photo_sources import source_credit, within_one
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_TOP = ["Челябинск и китайский Далянь официально стали городами-побратимами",
        "Об этом договорились во время рабочего визита делегации Челябинской области в китайскую провинцию Ляонин "
        "в минувшем апреле."]
_BOTTOM = ["Тогда же губернатор пригласил делегацию города Далянь в Челябинскую область, отметив, что визит можно "
           "совместить с участием в международной промышленной выставке.",
           "И вот теперь стороны действительно встретились в Екатеринбурге, на форуме «Города России»."]


@pytest.mark.parametrize("line, shape", [
    ("Фото предоставлено пресс-слйжбой правительства Челябинской области", "provided"),  # h37ru05, the page's typo
    ("Фото предоставлено пресс-службой управы", "provided"),  # crawl8
    ("Фото предоставлено Амурским областным отделением РГО", "provided"),
    ("Фото предоставлено следственной группой", "provided"),
    ("Фото предоставленно пресс-службой ГУ МВД", "provided"),  # the common misspelling, one letter doubled
    ("Фото предоставлено пресс-службой ГУ МВД России по г. Москве", "provided"),  # an abbreviation's stop
    ("Фотографии предоставлены организаторами", "provided"),
    ("Фото предоставила пресс-служба губернатора", "provided"),
    ("Фото предоставил отдел культуры администрации района", "provided"),  # a nominative noun in a verb's ending
    ("Фото из архива Myslo", "from"),  # h37ru10
    ("Фото из личного архива тренера", "from"),  # crawl9's credit, alone
    ("Фото из архива «СП»", "from"),
    ("Фото из архива редакции", "from"),
    ("Фото из архива.", "from"),
    ("Фото из открытых источников", "from"),
    ("Фото из соцсетей", "from"),
    ("Фото из Инстаграма Лукаша Подольски", "from"),
    ("Фото из архва редакции", "from"),  # a letter missing
    ("Фото с сайта администрации города", "site"),
    ("Фото со страницы ведомства во ВКонтакте", "site"),
    ("Фото районной спортивной школы", "body"),  # t27ru37
    ("Фото пресс-службы мэрии Новосибирска", "body"),
    ("Фото пресс-службы", "body"),
    ("Фото автора", "author"),
    ("Фото автора статьи", "author"),
])
def test_source_credit(line, shape):
    assert source_credit(line) == shape
    assert photo_credit(line)


@pytest.mark.parametrize("line", [
    "Фото из архива семьи Ивановых хранится в городском музее.",  # a sentence: a verb after the phrase
    "Фото предоставлено редакции ветераном войны в 1985 году и долго хранилось в архиве.",
    "Фото из архива показывает, что здание было двухэтажным.",
    "Фото с сайта администрации вызвало возмущение горожан.",
    "Фото из открытых источников нельзя использовать без указания автора.",
    "Фото предоставили нам родственники погибшего лётчика.",  # a pronoun: a clause
    "Фото: из открытых источников",  # the colon's form: the caption rules'
    "Фото Юрия Гагарина",  # a photo of a person, a place, a school: no key word or the body alone
    "Фото Москвы",
    "Фото школы",
    "Фото из космоса",
    "Пресс-служба предоставила фото с места событий.",  # the credit word not first
    "Фото предоставлено",  # no source
    "Фото из архива! Смотрите, каким был город",
    "Чемпионат республики состоялся в лесном массиве вблизи сёл Табора и Ватич. Фото из личного архива тренера",
])
def test_not_source_credit(line):
    assert source_credit(line) == ""


@pytest.mark.parametrize("a, b, near", [
    ("слйжбой", "службой", True), ("предоставленно", "предоставлено", True), ("архва", "архива", True),
    ("архиива", "архива", True), ("архивы", "архива", True), ("сети", "сетей", False),  # a short key: exact only
    ("аренда", "архива", False), ("предоставлять", "предоставлено", False),
])
def test_within_one(a, b, near):
    assert within_one(a, b) is near


def _removed(lines: list[str]) -> dict[str, str]:
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", [
    "Фото предоставлено пресс-слйжбой правительства Челябинской области",
    "Фото из архива Myslo",
    "Фото из открытых источников",
    "Фото с сайта администрации города",
])
def test_credit_between_paragraphs_removed(line):
    assert _removed(_TOP + [line] + _BOTTOM).get(line) == "boilerplate.photo_credit"


@pytest.mark.parametrize("line", [
    "Фото из архива семьи Ивановых хранится в городском музее.",
    "Фото с сайта администрации вызвало возмущение горожан.",
    "Соглашение подписали в Екатеринбурге. Фото предоставлено пресс-службой правительства области, снимок сделан "
    "во время церемонии.",
])
def test_sentence_about_a_photo_kept(line):
    assert line not in _removed(_TOP + [line] + _BOTTOM)

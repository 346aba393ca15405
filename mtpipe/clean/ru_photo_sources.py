"""A Russian photo credit that names where the picture came from, alone on its line (issue 12, post37).

The photo credits :mod:`.ru_cards` knew without a colon name a photographer ("В торговом зале. Фото Валерия
Бакланова.") or put the source in quotes ("Коллаж «СП»"); the colon's forms ("Фото: …") are the caption rules'.  The
dev pages measured blind last (held37) left two more, each alone between the article's paragraphs, and the train
parts one: the credit word, then a phrase saying where the picture came from, no name in quotes:

* provided by: "Фото предоставлено пресс-слйжбой правительства Челябинской области" (h37ru05, with the page's typo),
  "Фото предоставлено пресс-службой управы", "Фотографии предоставлены организаторами", "Фото предоставила
  пресс-служба губернатора"; with what the picture shows or where it was taken before the participle, "с" and one
  to three lower-case words (:data:`MAX_SCENE_WORDS`): "Фото с места события предоставлено РОЧС." (h39ru08, under
  the article's signature), "Фото с места ДТП предоставлено ГИБДД", "Фотографии с соревнований предоставлены
  федерацией" (clut62);
* from an archive or a place the picture was taken from: "Фото из архива Myslo" (h37ru10), "Фото из личного архива
  тренера", "Фото из архива редакции", "Фото из открытых источников", "Фото из соцсетей", "Фото из Инстаграма
  Лукаша Подольски";
* from a site or a page: "Фото с сайта администрации города", "Фото с официальной страницы ведомства";
* a press office or a body, in the genitive: "Фото пресс-службы мэрии Новосибирска", "Фото районной спортивной
  школы" (t27ru37, over the school's report), "Фото администрации Октябрьского района";
* the author's: "Фото автора", "Фото автора статьи".

:func:`source_credit` tells the shape: the credit word (:data:`_WORD`), the phrase's key word (:data:`PROVIDED`,
:data:`FROM_KEYS`, :data:`SITE_KEYS`, :data:`BODY_KEYS`; a key of six letters or more matches with one letter typed
wrong, missing or doubled: "предоставленно", "архиа"), then the source: :data:`MAX_SOURCE_WORDS` words at most, no
colon, no stop but the line's last (an abbreviation's "г." aside) and no clause: a lower-case word in a verb's
ending (:data:`_VERB`: "хранится", "вызвало", "опубликовали", "использовать") or a clause's word (:data:`_CLAUSE`).
A sentence about a photo goes on after the phrase ("Фото из архива семьи Ивановых хранится в городском музее.",
"Фото с сайта администрации вызвало возмущение горожан."); a photo of a person or a place has no key word ("Фото
Юрия Гагарина", "Фото Москвы"); a credit glued to the end of a paragraph ("… Оргеевского района. Фото из личного
архива тренера", crawl9) opens the line with the paragraph and is the text's.
"""

from __future__ import annotations

import re

__all__ = ["PROVIDED", "FROM_KEYS", "SITE_KEYS", "BODY_KEYS", "MAX_SOURCE_WORDS", "MAX_SCENE_WORDS", "MAX_CHARS",
           "within_one",
           "clause_word", "source_credit"]

MAX_SOURCE_WORDS = 8  # words of the source after the phrase's key word
MAX_SCENE_WORDS = 3  # words of a "where it was taken" phrase before "предоставлено" ("с места события", clut62)
MAX_CHARS = 120  # characters of the whole credit
FUZZY_LETTERS = 6  # a key word this long matches with one letter typed wrong, missing or doubled

#: the credit word opening the line (a capital first; the whole word in capitals as mastheads print it)
_WORD = re.compile(r"^(?:Фото|ФОТО|Фотография|Фотографии|Фотоснимок|Снимок|Снимки|Коллаж|Фотоколлаж|Иллюстрация|"
                   r"Иллюстрации|Инфографика|Видео и фото|Фото и видео)(?=\s)")
#: "provided": the participle or the past verb ("Фото предоставлено …", "Фото предоставила …")
PROVIDED = frozenset(("предоставлено", "предоставлена", "предоставлены", "предоставил", "предоставила",
                      "предоставили", "предоставлен"))
#: "из" + up to two of :data:`_FROM_ADJ`, then what the picture was taken from ("из архива …", "из открытых
#: источников", "из соцсетей", "из Инстаграма …")
FROM_KEYS = frozenset(("архива", "архивов", "фотоархива", "источников", "источника", "интернета", "сети", "соцсетей",
                       "соцсети", "сетей", "инстаграма", "instagram", "телеграм-канала", "telegram-канала",
                       "фотобанка", "аккаунта", "профиля", "блога"))
_FROM_ADJ = frozenset(("личного", "семейного", "домашнего", "редакционного", "частного", "открытых", "свободных",
                       "социальных", "официального", "официальной"))
#: "с / со" (+ "официального"), then a site or a page ("с сайта …", "со страницы …")
SITE_KEYS = frozenset(("сайта", "страницы", "портала", "странички", "аккаунта"))
#: a body in the genitive right after the credit word (up to two adjectives before it): a press office, an
#: authority, an institution that sends its pictures ("Фото пресс-службы мэрии", "Фото районной спортивной школы")
BODY_KEYS = frozenset(("пресс-службы", "пресс-центра", "пресс-группы", "пресс-бюро", "редакции", "администрации",
                       "правительства", "мэрии", "департамента", "министерства", "управления", "ведомства",
                       "комитета", "организаторов", "школы", "гимназии", "лицея", "колледжа", "университета",
                       "библиотеки", "музея", "учреждения", "компании", "фонда"))
_BODY_ADJ = re.compile(r"^[а-яё-]+(?:ой|ого|ых|ей|его|их)$")  # an adjective in the genitive ("районной")
_AUTHOR = frozenset(("автора",))
_AUTHOR_TAIL = frozenset(("статьи", "публикации", "материала", "текста", "блога"))
#: a lower-case word in a verb's ending: finite (present, past), reflexive, infinitive ("хранится", "вызвало",
#: "опубликовали", "висит", "использовать")
_VERB = re.compile(r"^[а-яё-]{2,}(?:ся|сь|ть|чь|ет|ёт|ит|ют|ят|ут|ат|ал|ала|ало|али|ил|ила|ило|или|ел|ела|ело|ели|"
                   r"ыл|ыла|ыло|ыли|ул|ула|уло|ули)$")
#: nouns of a source in those endings (a nominative after "предоставил": "Фото предоставил совет ветеранов")
_NOT_VERBS = frozenset(("совет", "райсовет", "горсовет", "сельсовет", "комитет", "муниципалитет", "институт",
                        "университет", "факультет", "кабинет", "отдел", "депутат", "кандидат", "аппарат", "комбинат",
                        "секретариат", "журнал", "канал", "телеканал", "портал", "интернет", "бюджет", "предмет",
                        "портрет"))
#: a clause's words: a conjunction, a pronoun or a predicate no credit holds
_CLAUSE = frozenset(("что", "который", "которое", "которая", "которые", "это", "этот", "эта", "эти", "был", "была",
                     "было", "были", "будет", "есть", "нельзя", "можно", "нужно", "надо", "где", "когда", "если",
                     "чтобы", "как", "мы", "вы", "он", "она", "они", "я", "нам", "вам", "нас", "вас", "не"))
_TOKEN = re.compile(r"[^\s]+")
_STRIP = "«»\"“”'(),."
_STOP = re.compile(r"(\S*)[.]\s|[!?…;:]")
_ABBREVIATION = re.compile(r"^(?:[а-яё]{1,4}|[А-ЯЁA-Z])$")  # "г.", "им.", "ул.", "пос.", an initial "А."


def within_one(a: str, b: str) -> bool:
    """``a`` is ``b`` with at most one letter typed wrong, missing or added (``b`` of :data:`FUZZY_LETTERS` letters
    or more; shorter words match exactly)."""
    if a == b:
        return True
    if len(b) < FUZZY_LETTERS or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[k:] == long_[k + 1:]


def _key(word: str, keys: frozenset[str]) -> bool:
    w = word.strip(_STRIP).casefold()
    return any(within_one(w, k) for k in keys)


def _source_ok(rest: list[str]) -> bool:
    """The words after the phrase's key word are a source: few, no clause in them."""
    if len(rest) > MAX_SOURCE_WORDS:
        return False
    return not any(map(clause_word, rest))


def _scene_words(toks: list[str]) -> int:
    """How many tokens of a "where it was taken" phrase open ``toks``: "с" / "со" and one to
    :data:`MAX_SCENE_WORDS` lower-case words ("с места события", "с места ДТП", "с соревнований") right before a
    :data:`PROVIDED` key; 0 when there is none (clut62)."""
    if not toks or toks[0].casefold() not in ("с", "со"):
        return 0
    for k in range(2, min(len(toks), MAX_SCENE_WORDS + 2)):
        if _key(toks[k], PROVIDED):
            scene = toks[1:k]
            return k if scene[0][:1].islower() and not any(map(clause_word, scene)) else 0
    return 0


def clause_word(tok: str) -> bool:
    """The token is a clause's word: lower case, and a verb's ending (:data:`_VERB`, not a noun of
    :data:`_NOT_VERBS`) or a word of :data:`_CLAUSE` ("опубликовали", "хранится", "можно", "было")."""
    w = tok.strip(_STRIP)
    return w[:1].islower() and (w in _CLAUSE or (_VERB.match(w) is not None and w not in _NOT_VERBS))


def source_credit(s: str) -> str:
    """The shape of the photo credit that names its source ("provided", "from", "site", "body", "author"), or ""
    when the line is none (see the module's docstring)."""
    t = s.strip()
    if not 0 < len(t) <= MAX_CHARS or t[-1:] in "!?:;" or any(
            m.group(1) is None or not _ABBREVIATION.match(m.group(1)) for m in _STOP.finditer(t)):
        return ""
    m = _WORD.match(t)
    if m is None:
        return ""
    toks = _TOKEN.findall(t[m.end():])
    if not toks:
        return ""
    first = toks[0].strip(_STRIP).casefold()
    k = _scene_words(toks)
    if k and k < len(toks) and _key(toks[k], PROVIDED):
        return "provided" if len(toks) > k + 1 and _source_ok(toks[k + 1:]) else ""
    if _key(toks[0], PROVIDED):
        return "provided" if 1 <= len(toks) - 1 and _source_ok(toks[1:]) else ""
    if first == "из":
        k = 1
        while k < len(toks) and k <= 2 and toks[k].strip(_STRIP).casefold() in _FROM_ADJ:
            k += 1
        if k < len(toks) and _key(toks[k], FROM_KEYS):
            return "from" if _source_ok(toks[k + 1:]) else ""
        return ""
    if first in ("с", "со"):
        k = 2 if len(toks) > 2 and toks[1].casefold() in ("официального", "официальной") else 1
        if k < len(toks) and _key(toks[k], SITE_KEYS):
            return "site" if len(toks) > k + 1 and _source_ok(toks[k + 1:]) else ""
        return ""
    if first in _AUTHOR:
        return "author" if all(x.strip(_STRIP).casefold() in _AUTHOR_TAIL for x in toks[1:2]) and len(toks) <= 2 else ""
    k = 0
    while k < len(toks) - 1 and k < 2 and _BODY_ADJ.match(toks[k].strip(_STRIP)):
        k += 1
    if k < len(toks) and _key(toks[k], BODY_KEYS):
        alone = k == 0 and len(toks) == 1 and not toks[0].casefold().startswith("пресс-")
        return "body" if not alone and _source_ok(toks[k + 1:]) else ""  # "Фото школы" alone: a photo of it
    return ""

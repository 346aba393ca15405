"""A Russian picture credit whose label or separator the caption rules do not know (issue 12, clut60).

The caption rules take a credit written "Фото: <source>" (a picture word, a colon) and "Фото © <source>"
(:func:`.controls.credit_tail`); :mod:`.ru_photo_sources` the credits without a colon that name where the picture
came from.  Real Russian news pages print the same credit, alone on its line under a picture, with a label or a
separator neither knows:

* a dash where the colon stands: "Фото – архив 73online.ru" (73online.ru), "Фото - © страница ЧП Серпухов Вконтакте"
  (riamo.ru), "Фото — пресс-служба ГУ МЧС";
* two picture words joined by a comma, a slash or "и": "Фото, видео: МЧС России" (5-tv.ru), "Фото/видео: пресс-служба
  ГУ МЧС";
* another picture word than "Фото": "Иллюстрации:  ГУ МЧС по Рязанской области" (62info.ru), "Обложка © Telegram
  /МЧС Орловской области" (life.ru), "Инфографика: РИА Новости".

:func:`label_credit` tells the shape: the label (:data:`_ONE` alone, "Видео" only in a pair), its separator
(:data:`_LABEL`: a dash with spaces round it, a colon, "©"; a plain "Фото:" and "Фото ©" are the caption rules' and
stay theirs: a line they kept is kept), then the source: :data:`MAX_SOURCE_WORDS` words at most, no stop inside it
(an abbreviation's aside), no clause (:func:`.ru_photo_sources.clause_word`), and it opens the way a source does:
"©", a capital, a Latin letter or a digit, or a source's word (:data:`SOURCE_WORDS`: "архив", "пресс-служба",
"страница", "скриншот").  What stays: a sentence about a picture ("Фото — это память семьи.", "Видео — лучший способ
сохранить праздник"), a book's or a shop's field ("Обложка: мягкая", "Иллюстрации: цветные": lower case, no source's
word), a heading of the text's video ("Видео: Лучшие голы сезона": "Видео" alone is no credit label).
"""

from __future__ import annotations

import re

from .ru_photo_sources import clause_word

__all__ = ["MAX_SOURCE_WORDS", "MAX_CHARS", "SOURCE_WORDS", "label_credit"]

MAX_SOURCE_WORDS = 8  # words of the source after the separator
MAX_CHARS = 120  # characters of the whole credit

#: a picture word that labels a credit alone ("Фото" only with a dash, :data:`_LABEL`)
_ONE = r"(?:Фото|Фотография|Фотографии|Снимок|Снимки|Иллюстрация|Иллюстрации|Обложка|Инфографика|Коллаж|Фотоколлаж)"
#: two of them (or "видео", "текст") joined by a comma, a slash or "и"
_PAIR = r"(?:Фото|Текст|Видео)\s*(?:,|/|\sи)\s*(?:фото|видео|текст)"
_LABEL = re.compile(rf"^(?P<label>{_PAIR}|{_ONE})(?P<sep>\s+[-–—]\s+(?:©\s*)?|\s*:\s*|\s*©\s*)(?P<value>\S.*)$",
                    re.IGNORECASE)
#: the words a source opens with in lower case ("архив редакции", "пресс-служба ГУ МЧС", "страница ЧП …")
SOURCE_WORDS = frozenset(("архив", "архивы", "фотоархив", "пресс-служба", "пресс-центр", "пресс-группа", "страница",
                          "скриншот", "скрин", "кадр", "кадры", "соцсети", "сайт", "телеграм-канал", "telegram-канал",
                          "личный", "открытые", "редакция", "автор", "источник"))
_PLAIN = re.compile(r"^(?:фото|фотография|фотографии)$", re.IGNORECASE)  # "Фото:" / "Фото ©": the caption rules'
_STOP = re.compile(r"(\S*)[.]\s|[!?…;]")
_ABBREVIATION = re.compile(r"^(?:[а-яё]{1,4}|[А-ЯЁA-Z])$")  # "г.", "им.", an initial "А."


def _opens_as_source(value: str) -> bool:
    first = value.split()[0]
    head = first.lstrip("«\"“(")
    lead = head[:1]
    return first.startswith("©") or lead.isupper() or lead.isdigit() or (lead.isascii() and lead.isalpha()) \
        or head.casefold().rstrip(".,") in SOURCE_WORDS


def label_credit(s: str) -> str:
    """The separator of the picture credit the line is ("dash", "colon", "copyright"), or "" when it is none (see
    the module's docstring)."""
    t = s.strip()
    if not 0 < len(t) <= MAX_CHARS or t[-1:] in "!?:;…":
        return ""
    m = _LABEL.match(t)
    if m is None:
        return ""
    label, sep, value = m.group("label"), m.group("sep").strip(), m.group("value").strip()
    kind = "dash" if sep[:1] in "-–—" else ("colon" if sep == ":" else "copyright")
    if kind != "dash" and _PLAIN.match(label):
        return ""  # "Фото: …", "Фото © …": the caption rules' (a line they kept is kept)
    words = value.split()
    core = value.rstrip(".")  # a stop closing the line is allowed
    if not words or len(words) > MAX_SOURCE_WORDS or any(
            mm.group(1) is None or not _ABBREVIATION.match(mm.group(1)) for mm in _STOP.finditer(core + " ")):
        return ""
    if any(map(clause_word, words)) or not _opens_as_source(value):
        return ""
    return kind

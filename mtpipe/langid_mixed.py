"""Russian lines with Latin material in them, and letter-spaced words (lang15, field trial 7's A, B, D).

A line of a Russian page carries Latin letters that are not English: markup (``<title>…</title>`` of an RSS
dump, a Markdown link's target, Liquid ``{% … %}``, a code span), codes and file names
(``vk-hosting-config.json``, ``CVE-2021-33621``), a field's label (``Title:`` of a Kirby file, ``title:`` of front
matter) and names (``МК в Telegram``, ``Фото: Reuters``).  :func:`russian_carries` sets the first three aside and
weighs the Cyrillic letters against the Latin words written as a language's words are (lower case), not names.

:func:`join_spaced` reads letter-spaced words (``М е ч н и к о в а``, typographic разрядка; ``H E A D``) as the
words they spell, for detection only (the text itself is not changed).
"""

from __future__ import annotations

import re

# markup, set aside before weighing: tags (also cut ones at either end of a piece), attributes, entities, Liquid and
# Jinja, a Markdown link's target, code spans, addresses
_MARKUP = re.compile(r"<[A-Za-z/!?][^<>]*(?:>|$)|^[^<>]*?/?>(?=\s)|[\w:-]+=\"[^\"]*\"?|&#?\w+;|\{[{%].*?(?:[%}]\}|$)"
                     r"|\]\([^)]*\)?|`[^`]*`|(?:https?:)?//\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
# a code: a Latin token with a digit, or with a dot, slash, underscore or hyphen inside (a file, a path, a domain, an id)
_CODE = re.compile(r"(?<![\w\u0400-\u04ff])(?=[\w./-]*[A-Za-z])[A-Za-z0-9][\w-]*(?:[./_][\w-]+)+(?![\w\u0400-\u04ff])"
                   r"|(?<![\w\u0400-\u04ff])[A-Za-z]*\d[\w-]*(?![\w\u0400-\u04ff])")
# a field's label before a Cyrillic value: "Title: Элемент widget", "title: 'VK Games | Разработка …'"
_LABEL = re.compile(r"^\W*[A-Za-z][\w-]*:\s+(?=\S)")
_CYR_WORD = re.compile(r"[\u0400-\u04ff]+")
_LAT_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_WORDS = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]+")
#: letters spaced out one by one: four or more single letters, each followed by one space
_SPACED = re.compile(r"(?<![^\W\d_])[^\W\d_](?: [^\W\d_]){3,}(?![^\W\d_])")
#: what every such run holds (" е ч " of "М е ч н и к о в а"): searched first, from each space only, 5x faster
_SPACED_HINT = re.compile(r" [^\W\d_] [^\W\d_] ")


def join_spaced(text: str) -> str:
    """``text`` with letter-spaced words joined ("М. М е ч н и к о в а, Кострома" -> "М. Мечникова, Кострома")."""
    if " " not in text or not _SPACED_HINT.search(text) or not _SPACED.search(text):
        return text
    return _SPACED.sub(lambda m: m.group().replace(" ", ""), text)


def without_markup(text: str) -> str:
    """``text`` with markup, addresses, codes and a leading field label replaced by spaces (the words left)."""
    text = _MARKUP.sub(" ", text)
    text = _CODE.sub(" ", text)
    if _CYR_WORD.search(text):
        text = _LABEL.sub("", text, count=1)
    return text


def russian_carries(text: str) -> bool:
    """The Cyrillic words carry ``text``: once markup, codes and a label are set aside, the Latin words written
    in lower case (a language's words; capitalised ones are names, brands, acronyms) hold no more letters than
    the Cyrillic words, and a Cyrillic word stands as a sentence's word (lower case, or first) or no Latin word
    is a plain one.  "The mayor Сергей Собянин said" is not carried: its Cyrillic words are names after a plain start."""
    words = _WORDS.findall(without_markup(text))
    cyr = [w for w in words if _CYR_WORD.fullmatch(w)]
    if not cyr or sum(map(len, cyr)) < 3:
        return False
    plain_lat = [w for w in words if not _CYR_WORD.search(w) and w.islower()]
    if sum(map(len, plain_lat)) > sum(map(len, cyr)):
        return False
    plain_cyr = any(w.islower() or (i == 0 and w in cyr) for i, w in enumerate(words) if w in cyr)
    return plain_cyr or not plain_lat

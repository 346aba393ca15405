"""Sentence-boundary signs of round bnd57 (issue 12: boundary F1 on real pages): marks a page leaves between two
units, read on held39 and checked on real text.

* **an image's file name glued before a sentence** ("… часть дороги 2.jpg О ремонте этого участка дороги решено …",
  held39's ``h39ru07``: the photo's name, then the paragraph with no stop between them): a word and an image
  extension (jpg, jpeg, png, gif, webp, bmp), a space, then a capitalised word and a lower-case one end a unit after
  the extension (:func:`image_name_breaks`; README Convention 8, glued units).  A file name inside a sentence
  ("загрузите photo.jpg в папку", "файл IMG_01.JPG весит") goes on: a lower-case word follows it.
* **a stray "?" after a sentence's stop** ("… представляли свою продукцию. ? Подпишись на РИА …", ``h39ru01``): an
  icon font's glyph the crawler wrote as "?", standing alone after a "." / "!" / "?" / "…" and before a capital, can
  end no sentence (the one before has ended): it opens the next unit, with the link text after it
  (:func:`move_stray_glyph`).  A spaced question mark after a word ("Почему ? Потому что …", a typist's space) and
  a "?" at the end of the text (nothing to open) are left.
* **an image's slug glued between its caption and the text** ("Hội quán Dương Thươngduongthuong1Hội quán nằm …",
  "duongthuong3Năm 1928, …", held40's ``h40vi04``): the file name a site derives from the caption (its last words in
  lower case, without marks or spaces, and a number) glued with no space or extension to the caption before it and to
  the paragraph after it.  bnd57's rule wants an extension and a space; this form has neither.  The slug ends a unit
  before a capital that opens a word of another script or a Vietnamese one (:func:`slug_breaks`); it opens its own
  unit where it repeats the words before it ("Dương Thương" → "duongthuong").  A model code glued to a word
  ("iphone14Pro", "mp3Player", "covid19Việt" after no caption) goes on: a Latin word follows it, or the slug starts
  no word of its own.
* **a title closed by an ellipsis before a date that opens the text** ("Новые вызовы привели к новому автобусу… 3 июня
  с конвейера … сойдёт …", held40's ``h40ru03``; "Подробнее...15 октября в администрации …", crawl8): the splitter
  reads no end before a digit.  A word, an ellipsis, then a day and a month's name followed by two words at least
  ends a unit after the ellipsis (:func:`ellipsis_date_breaks`, Russian).  A pause inside the sentence goes on: a
  verb, a participle, a preposition or a conjunction before the ellipsis ("Премьера состоится… 3 июня в театре",
  "перенесли на… 3 июня"), a number before it ("с 1… 3 июня"), a date that ends the sentence ("… 3 июня."), a
  number that names no date ("ждал… 3 часа").
"""

from __future__ import annotations

import re
import unicodedata

from ..russian_dictionary import morph
from .glued import vi_word

__all__ = ["ellipsis_date_breaks", "ellipsis_open_breaks", "image_name_breaks", "move_stray_glyph", "slug_breaks"]

_UP = "A-ZА-ЯЁЇІЄҐĐÀ-ÝẠ-Ỹ"
# a file name closed by an image extension (any case: "DSC_8580.JPG"), then a capitalised word and a lower-case one
_IMAGE_NAME = re.compile(r"(?<![\w/.])[\w-]{1,80}\.(?i:jpe?g|png|gif|webp|bmp)(\s+)(?=[«\"“]?[" + _UP
                         + r"][^\W\d_]*,?\s+[^\W\d_A-ZА-ЯЁĐ])")
_EXT_GATE = re.compile(r"\.(?i:jpe?g|png|gif|webp|bmp)\s")
# a piece closed by a stop, a space and a lone "?"
_STRAY_QMARK = re.compile(r"[^\W\d_][.!?…][\"”»)]?\s+\?$")


def image_name_breaks(text: str) -> list[int]:
    """Offsets where a unit starts after an image's file name glued before it (see the module)."""
    if "." not in text or _EXT_GATE.search(text) is None:  # (the extension first: the name's pattern is the dear one)
        return []
    return [m.end(1) for m in _IMAGE_NAME.finditer(text)]


def move_stray_glyph(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a stray "?" that closes a span after its stop moved to open the next span (see the module)."""
    if len(spans) < 2 or "?" not in text:
        return spans
    out = list(spans)
    for k in range(len(out) - 1):
        a, b = out[k]
        piece = text[a:b].rstrip()
        if not piece.endswith("?") or _STRAY_QMARK.search(piece[-8:]) is None:
            continue
        nxt = text[out[k + 1][0]:out[k + 1][1]].lstrip()
        if not nxt[:1].isupper():
            continue
        at = a + len(piece) - 1  # the "?"
        out[k] = (a, at)
        out[k + 1] = (at, out[k + 1][1])
    return out


# a sentence opened by an ellipsis glued to its first word: "… вздохнул. …На перемене", "it. ...And then" (moved here
# from sentences.py, a mark between two units too)
_ELLIPSIS_OPEN = re.compile(r"[.!?][\"»”)]?(\s+)(?=(?:\.\.\.|…)[A-ZА-ЯЁĐ])")


def ellipsis_open_breaks(text: str) -> list[int]:
    """Offsets where a sentence opened by a glued ellipsis starts: after the stop and the space before it."""
    return [m.end(1) for m in _ELLIPSIS_OPEN.finditer(text)]


# a slug: lower-case Latin letters (parted by "-" or "_" maybe; a "-"/"_" before the number), then a number of one to
# three digits,
# glued to a capital and a small letter; the letters before it are read back to find where it starts
_SLUG = re.compile(r"([a-z]{1,40}(?:[-_][a-z]{1,40}){0,6})([-_]?\d{1,3})(?=[" + _UP + r"][^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_SLUG_GATE = re.compile(r"[a-z][-_]?\d{1,3}[" + _UP + "]")
_DIGIT_UP = re.compile(r"\d[" + _UP + "]")  # (perf83) the gate's tail: a digit is rarer than "[a-z]" to try from


def _fold(s: str) -> str:
    """``s`` in lower case without marks, spaces or signs: "Dương Thương" → "duongthuong"."""
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(ch for ch in s if "a" <= ch <= "z" or ch.isdigit())


def _caption_start(text: str, a: int, run: str) -> int | None:
    """Where the slug starts inside the run of letters ``run`` (at ``a``) when its tail repeats the caption's last
    words before it (six letters at least); None when it repeats none."""
    words = [m for m in _WORD.finditer(text, max(0, a - 120), a + len(run))]
    for k in range(len(words)):
        w0 = words[k].start()
        if w0 >= a:
            break
        for i in range(0, len(run) - 5):
            slug = _fold(run[i:])
            if len(slug) >= 6 and _fold(text[w0:a + i]) == slug:
                return a + i
    return None


def slug_breaks(text: str, lang: str) -> list[int]:
    """Offsets where an image's slug glued between a caption and the text starts and ends a unit (see the module)."""
    out: list[int] = []
    if _DIGIT_UP.search(text) is None or _SLUG_GATE.search(text) is None:
        return out
    for m in _SLUG.finditer(text):
        nxt = _WORD.match(text, m.end())
        if nxt is None or not (any(ord(ch) > 0x24F for ch in nxt.group()) or (lang == "vi" and vi_word(nxt.group()))):
            continue  # "iphone14Pro": a Latin word goes on
        a, run = m.start(1), m.group(1)
        if not text[a - 1:a].isalpha():  # the slug stands as a word: it must open the line or follow a stop
            if len(_fold(run)) >= 6 and (a == 0 or text[:a].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?", "…")):
                # "duongthuong3Năm 1928": the slug opens the line; "… về đêm. hoianvedem2Phố": it repeats the caption
                out += ([a] if a and _caption_start(text, a, run) == a else []) + [m.end()]
            continue
        at = _caption_start(text, a, run)  # "Dương Thươngduongthuong1Hội": glued to the caption it repeats
        if at is not None:
            out += [at, m.end()]
    return out


# a word, an ellipsis, then a day and a month's name (a year maybe) and two words before any stop
_ELLIPSIS_DATE = re.compile(r"(?<![\w-])([а-яёА-ЯЁ]{3,})(?:…|\.\.\.)(\s*)(?=\d{1,2}\s+(?:января|февраля|марта"
                            r"|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
                            r"(?:\s+\d{4}(?:\s*г\.|\s+года)?)?"
                            r",?\s+[а-яёА-ЯЁ«\"-]+\s+[^\W\d_«\"])")
# what a pause inside a sentence follows: a verb, a participle, a preposition, a conjunction, a particle
_PAUSE_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "PREP", "CONJ", "PRCL"})


def ellipsis_date_breaks(text: str) -> list[int]:
    """Offsets where a date opens a unit after a title closed by an ellipsis (see the module); none without the
    dictionary."""
    if "…" not in text and "..." not in text:
        return []
    out: list[int] = []
    for m in _ELLIPSIS_DATE.finditer(text):
        an = morph()
        if an is None:
            return []
        if an.parse(m.group(1).lower())[0].tag.POS in _PAUSE_POS:  # type: ignore[attr-defined]
            continue
        out.append(m.end(2))
    return out

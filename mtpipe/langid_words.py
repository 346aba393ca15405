"""Word lists and word shapes that tell short lines apart where letters cannot (used by :mod:`mtpipe.langid`).

- Function words of Bulgarian, Indonesian/Malay and Tagalog that are no Russian, English or
  Vietnamese word: a short line holding one is not Russian or English.  Taken from the
  stopwords-iso lists (https://github.com/stopwords-iso, stopwords-bg, -id, -ms, -tl; MIT licence),
  the frequent function words only; then every word that occurs in FLORES-200 devtest Russian
  (for Bulgarian), English or Vietnamese without its tone marks (for the Latin ones) was dropped
  (почти; amin, ay, kong, sino), and by hand words that are names or other words in English text
  (yang, dari, akan, kami, hindi, ito, para, din, lang).
- A domain ending ("x.ru", "site.com"): a line holding one has addresses to leave out before counting letters.
- The shape of a Vietnamese syllable written without its marks ("Linh", "Theo", "nguoi"), and
  Vietnamese credit lines ("(Theo Xinhua)", "Nguồn: TTXVN"): a short Latin line in a Vietnamese
  page that is made of such syllables and holds no English word is Vietnamese, not English.
"""

from __future__ import annotations

import re
import unicodedata

from .langid_cyrillic import BG_WORDS  # the Cyrillic tables live there

__all__ = ["BG_WORDS", "ID_MS_WORDS", "TL_WORDS", "domain_ending", "latin_function_language", "has_bulgarian_word",
           "vietnamese_unmarked"]

ID_MS_WORDS = frozenset("""adalah bahwa bahawa belum beberapa bisa boleh dalam dengan dapat daripada hanya harus jika
    juga kalau karena kerana kepada ketika lebih maka masih mereka namun oleh pada saja sangat sebagai sebuah sedang
    sehingga sejak sekarang selalu semua sementara seperti setelah sudah supaya tanpa telah tentang terhadap tersebut
    tetapi tidak untuk yaitu yakni ini itu""".split())
TL_WORDS = frozenset("""ako akin aking aming ang ano anumang atin ating bakit bawat bilang dahil dito doon habang
    hanggang huwag ikaw inyong isang iyon iyong kahit kailangan kanila kanilang kanya kanyang kapag kaya kaysa kung
    lahat lamang maaari maaaring maging marami mayroon mga mula muli nais namin napaka ng ngayon nila nilang nito niya
    niyang noon paano pagkatapos pamamagitan pero saan sabi sila siya tayo tungkol walang""".split())

_WORD = re.compile(r"[^\W\d_]+")
# a word character, a dot and a top-level domain: "x.ru" (langid's hint that a line holds an address)
_TLD_HINT = re.compile(r"\w\.(?:ru|com|net|org|info|vn|cn|io|ua|kz|by|рф)\b", re.IGNORECASE)
_TLD_DOT = re.compile(_TLD_HINT.pattern[2:], re.IGNORECASE)  # from its literal ".": found by a fast scan
_WORD_CHAR = re.compile(r"\w")
# English words no Vietnamese syllable spells (with the function words of langid's _EN_WORDS):
# one of them and the line is English whatever its shape ("Breaking news", "To be announced")
# (not "to", "an", "my", "in", "be": Vietnamese syllables as well, "to", "An", "Mỹ", "in", "bé")
_EN_SHAPED = frozenset("the and of is are was were by for with from as this that she they we you our new news more "
                       "top home read".split())
# a Vietnamese syllable without its marks: onset, vowel group, final consonant
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:uye|uya|uyu|uoi|uou|ieu|yeu|oai|oay|uay|oeo|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])"
    r"(?:ch|nh|ng|[cmnpt])?")
# "(Theo Xinhua)", "Theo TTXVN", "Nguồn: Reuters", "Ảnh: AFP": a Vietnamese credit line
_VI_CREDIT = re.compile(r"^\W*(?:theo|nguồn|nguon|ảnh|anh|video|bài|bai)\s*:?\s+\w", re.IGNORECASE)


def _plain(word: str) -> str:
    """The word lower-cased, without its Vietnamese tone and vowel marks (đ kept)."""
    word = word.lower().replace("đ", "\0")
    word = "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))
    return word.replace("\0", "đ")


def vietnamese_unmarked(text: str) -> bool:
    """A short Latin line that reads as Vietnamese written without marks: a credit line ("(Theo
    Xinhua)"), or words of which most have a Vietnamese syllable's shape and none is an English
    function word ("Linh La", "Tin tuc moi" yes; "Breaking News", "Hello World" no)."""
    words = [_plain(w) for w in _WORD.findall(text)]
    if not words or any(w in _EN_SHAPED for w in words):
        return False
    if _VI_CREDIT.match(text):
        return True
    return sum(bool(_VI_SYLLABLE.fullmatch(w)) for w in words) * 3 >= len(words) * 2


def has_bulgarian_word(words: list[str]) -> bool:
    """One of the Bulgarian function words Russian has no such word for (ако, сме, ще, няма...)."""
    return any(w.lower() in BG_WORDS for w in words)


def latin_function_language(text: str, en_words: frozenset[str]) -> str | None:
    """``id`` (Indonesian or Malay) or ``tl`` when the text holds more of their function words than of
    English's (``en_words``): "Acara ini diikuti?", "Bilang ng Palapag!"; None otherwise."""
    words = [w.lower() for w in _WORD.findall(text)]
    ind = sum(w in ID_MS_WORDS for w in words)
    tl = sum(w in TL_WORDS for w in words)
    if max(ind, tl) == 0 or max(ind, tl) <= sum(w in en_words for w in words):
        return latin_marked_language(text, en_words)
    return "tl" if tl > ind else "id"


# letters of Latin alphabets (Slavic, Baltic, Turkish, Hungarian, Romanian) that no English word writes,
# not even a loanword ("café", "naïve", "façade" have é, ï, ç: those are not here)
_MARKED = re.compile("[čćžšđřěůňťďľĺŕłńśźżąęğışőűțșėųūįļķņ]")


def latin_marked_language(text: str, en_words: frozenset[str]) -> str | None:
    """A Latin line called English whose plain (lower-case) words write letters English never does, at
    least as many such words as English function words ("Bar na papiru, to izgleda kao odlična ideja.",
    Serbian): py3langid's pick among the other Latin languages; None otherwise. Capitalised words are
    names ("Dvořák", "Škoda") and do not count."""
    words = _WORD.findall(text)
    marked = sum(bool(w.islower() and _MARKED.search(w)) for w in words)
    if not marked or marked < sum(w.lower() in en_words for w in words):
        return None
    from .langid import LATIN_OTHERS, _identifier  # the one shared py3langid model

    return _identifier(LATIN_OTHERS).classify(text)[0]


def domain_ending(text: str) -> bool:
    """Whether ``_TLD_HINT`` matches in ``text`` (a domain ending: "x.ru"), found from the dots (9x cheaper
    than the pattern's own search, which tries its ``\\w`` at every character): a match holds one dot."""
    return any(m.start() and _WORD_CHAR.match(text, m.start() - 1) for m in _TLD_DOT.finditer(text))

"""A segment's language reconsidered with its page's, for Russian and Vietnamese pages (lang27, issue 12 point 5).

:func:`mtpipe.langid.identify` reads one segment alone; on real pages four kinds of segments came out
wrong that the page's language settles (the cleaning benchmark's dev parts, lang27):

- on a Russian page, a short line of cut words (abbreviations) in letters Russian writes, called another Cyrillic
  language by py3langid alone ("(ауд. 413, корп. II)" Tatar): Russian, unless it holds a letter Russian does not
  write (і, ї, ә, ң, ө...), a Bulgarian hard sign, or a neighbour's function word.  A short line of whole words
  keeps its call ("Би эмч биш." Mongolian, "Оди си дома." Macedonian: real lines, langfresh9);
- on a Russian page, a line called English that holds a plain (lower-case) Russian word and no English function
  word ("albobin писал(а):", a nickname and a verb): Russian;
- on a Vietnamese page, a line called English that holds a Vietnamese-marked word and no English function word
  ("Deep Learning là gì?", "Windows Server 2003 và Windows XP", "(Hình: China Photos/Getty Images)"): Vietnamese;
- on a Vietnamese page, a line called Chinese that Vietnamese words carry: a Vietnamese label before a Chinese term
  ("• Phồn thể: 萬里長城", held10), or a bilingual line with as many Vietnamese syllables as hanzi: Vietnamese
  (a zh label would copy the Vietnamese words into the zh target).

An English sentence ("The mayor Сергей Собянин said", "Interview with Nguyễn Phú Trọng") keeps its English
words and stays English; a real Ukrainian, Kazakh or Tatar line keeps the letters or words that told it.
"""

from __future__ import annotations

import re

from .langid_cyrillic import CYRILLIC_ALL
from .scripts import HAN, char_class

__all__ = ["in_page", "SHORT_CYRILLIC"]

#: Cyrillic letters below which py3langid's call of another Cyrillic language (letters Russian writes, no
#: neighbour's word) yields to a Russian page: about four short words.
SHORT_CYRILLIC = 20
_RU_ALPHABET = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_CYR = re.compile("[\u0400-\u052f]")
_CYR_WORD = re.compile(r"[\u0400-\u052f]+")
_WORD = re.compile(r"[^\W\d_]+")
# a cut word: a few letters and a dot with more text after it ("ауд. 413", "корп. II", "ул. Ленина")
_ABBREVIATION = re.compile(r"(?<![^\W\d_])[\u0400-\u052f]{1,5}\.(?=\s*[\w(])")
# the tone and vowel marks of Vietnamese letters
_VI_MARKS = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
_HAN = re.compile(f"[{char_class(HAN)}]")
# a Vietnamese label (Latin words, one of them marked) before a colon and a Chinese term: nothing else after it
_VI_LABEL = re.compile(rf"^\W*[A-Za-z\u00c0-\u1eff ]*[{_VI_MARKS}][A-Za-z\u00c0-\u1eff ]*:\s*[{char_class(HAN)}]+\W*$",
                       re.IGNORECASE)
_BG_HARD_SIGN = re.compile("ъ(?=[абвгджзийклмнопрстуфхцчшщьы])")
#: English function words (no Vietnamese syllable, no Russian word spells them)
EN_FUNCTION = frozenset("the and of is are was were with for that this from by on at have has had be been will "
                        "would not but which who they their what when how your you our we it its".split())
# letters of Vietnamese words English words do not carry (the tone and vowel marks)
_VI_LETTER = re.compile(f"[{_VI_MARKS}]", re.IGNORECASE)


def _english_worded(text: str) -> bool:
    return any(w in EN_FUNCTION for w in _WORD.findall(text.lower()))


def _short_russian_lettered(text: str) -> bool:
    low = text.lower()
    cyr = _CYR.findall(low)
    if not cyr or len(cyr) >= SHORT_CYRILLIC or not _RU_ALPHABET.issuperset(cyr) or _BG_HARD_SIGN.search(low):
        return False
    words = _CYR_WORD.findall(text)
    if 2 * len(_ABBREVIATION.findall(text)) < len(words):
        return False  # "Би эмч биш.", "Оди си дома.": short Mongolian, Macedonian lines of words keep their call
    from .langid_cyrillic import words_language

    return words_language(text) is None


def in_page(text: str, lang: str, doc_lang: str) -> str:
    """``lang`` (:func:`~mtpipe.langid.identify` of ``text`` alone) reconsidered on a page in ``doc_lang``."""
    if doc_lang == "ru":
        if lang == "en":
            plain = [w for w in _CYR_WORD.findall(text) if w.islower() and len(w) >= 2]
            return "ru" if plain and not _english_worded(text) else lang
        if lang in CYRILLIC_ALL and lang != "ru" and _short_russian_lettered(text):
            return "ru"
        return lang
    if doc_lang == "vi" and lang == "en" and _VI_LETTER.search(text) and not _english_worded(text):
        return "vi"
    if doc_lang == "vi" and lang == "zh" and _VI_LETTER.search(text) and _vietnamese_carries(text):
        return "vi"
    return lang


def _vietnamese_carries(text: str) -> bool:
    """A Vietnamese page's line called Chinese that Vietnamese words carry: a Vietnamese label before a Chinese
    term ("• Phồn thể: 萬里長城"), or as many Vietnamese syllables as hanzi, one of each being a word's worth
    ("Sử dụng tin học văn phòng cơ bản/会基本上使用电脑", a bilingual line: the page's language wins the tie)."""
    if _VI_LABEL.match(text):
        return True
    han = len(_HAN.findall(text))
    return len(_LATIN_WORD.findall(text)) >= han

"""Language identification restricted to the configured languages, with a script check.

py3langid (which ships its model) restricted to ru/vi/en/zh decides between
languages of one script; the script itself is counted first, so a Cyrillic
sentence is never called Vietnamese.  Text with no letters is ``und``.  Addresses
(URLs, e-mails, bare domains) are not counted, and a Cyrillic sentence whose Latin
words are names (``Компания Tesla Motors Inc. и Apple Inc. …``) stays Russian.

:func:`identify` also recognises languages mtpipe does not translate, from letters
only they use (:data:`OTHER_SCRIPTS`, :data:`CYRILLIC_LETTERS`): Korean, Japanese
(kana), Armenian, Georgian, Greek, Hebrew, Arabic, Thai, Lao, Khmer, Myanmar, the Indic
scripts, Ethiopic, Tibetan, Mongolian script (any other script: :data:`UNNAMED_SCRIPT`);
Ukrainian, Belarusian, Kazakh, Tatar, Bashkir, Kyrgyz, Mongolian, Serbian, Macedonian among
Cyrillic texts; Bulgarian by its hard sign before a consonant (``България``, ``във``),
which Russian never writes.  A Cyrillic text with none of Russian's frequent words
(:data:`CYRILLIC_ALL`) is weighed by py3langid against every Cyrillic language it knows.  Latin text that is neither English nor Vietnamese (German,
French, Spanish, Polish, Turkish, Indonesian...: :data:`LATIN_OTHERS`) is told by
py3langid over those languages when it is long enough and not English-worded, else by function words
(:mod:`mtpipe.langid_words`, also Bulgarian's).  The segmenter flags such segments ``unsupported_language``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .languages import LANGUAGES
from .langid_sample import prose_sample  # noqa: F401  re-exported: a page's opening less its script (cp91)
from .langid_cyrillic import CYRILLIC_ALL, CYRILLIC_LETTERS, CYRILLIC_NEIGHBOURS, RU_MARKERS as _RU_MARKERS
from .langid_cyrillic import TURKIC_MONGOLIC as _TURKIC_MONGOLIC, UK_WORDS as _UK_WORDS, UNIQUE_LETTERS as _UNIQUE_LETTERS
from .langid_cyrillic import RUSSIAN_LETTERS_NOT_WRITTEN, russian_only, without_chinese_names, words_language
from .langid_cyrillic import _WORD as _CYR_WORD  # a run of Cyrillic letters: one pattern for both modules (perf89)
from .langid_bcms import macedonian_not_serbian, serbian_latin
from .langid_dictionary import dictionary_neighbour, written_with_i
from .langid_fold import fold_lookalikes
from .langid_mixed import join_spaced, russian_carries
from .langid_scripts import (_CYR_RE, _HAN_RE, _VI_MARKS, _script_counts_array, _script_counts_slow,  # noqa: F401
                             script_counts)  # the script counts (the underscored names re-exported for tests)
from .langid_words import domain_ending, has_bulgarian_word, latin_function_language, vietnamese_unmarked
from .scripts import HANGUL, KANA, char_class

__all__ = ["detect", "identify", "with_document_prior", "script_counts", "OTHER_SCRIPTS", "CYRILLIC_LETTERS",
           "CYRILLIC_ALL", "LATIN_OTHERS", "UNNAMED_SCRIPT"]

#: py3langid probability needed to call Latin text without any Vietnamese letter Vietnamese.
VI_WITHOUT_MARKS_MIN_PROB = 0.99

# full-width punctuation only Chinese text uses (not the curly quotes Vietnamese shares)
_CJK_PUNCT = set("。，、；：？！「」『』（）《》")
_LATIN_STOP = re.compile(r"\w[.!?]\s")


@lru_cache(maxsize=1)
def _full_identifier():  # type: ignore[no-untyped-def]
    from .langid_model import load_identifier

    return load_identifier(norm_probs=True)  # mapped from the per-user cache (mtpipe.langid_model)


@lru_cache(maxsize=64)
def _identifier(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """py3langid restricted to ``languages``: a shallow copy of the one loaded model (loading it
    costs 0.3 s; ``set_languages`` only rebinds the copy's restricted tables)."""
    import copy

    ident = copy.copy(_full_identifier())
    ident.set_languages(list(languages))
    return ident


_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+"
                      r"|\b(?:[\w-]+\.)+(?:ru|com|net|org|info|vn|cn|io|ua|kz|by|рф)(?:\.[a-z]{2,3})*\b(?:/\S*)?",
                      re.IGNORECASE)
_LAT_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'-]*")

#: Scripts only other languages write (first match wins; most of the letters must be in it).
OTHER_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ko", re.compile(f"[{char_class(HANGUL)}\u1100-\u11ff\u3130-\u318f]")),  # syllables and jamo
    ("ja", re.compile(f"[{char_class(KANA)}]")),
    ("hy", re.compile("[\u0530-\u058f]")),
    ("ka", re.compile("[\u10a0-\u10ff]")),
    ("el", re.compile("[\u0370-\u03ff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("ar", re.compile("[\u0600-\u06ff]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("lo", re.compile("[\u0e80-\u0eff]")),
    ("km", re.compile("[\u1780-\u17ff\u19e0-\u19ff]")),
    ("my", re.compile("[\u1000-\u109f]")),
    ("hi", re.compile("[\u0900-\u097f]")),
    ("bn", re.compile("[\u0980-\u09ff]")),
    ("pa", re.compile("[\u0a00-\u0a7f]")),
    ("gu", re.compile("[\u0a80-\u0aff]")),
    ("or", re.compile("[\u0b00-\u0b7f]")),
    ("ta", re.compile("[\u0b80-\u0bff]")),
    ("te", re.compile("[\u0c00-\u0c7f]")),
    ("kn", re.compile("[\u0c80-\u0cff]")),
    ("ml", re.compile("[\u0d00-\u0d7f]")),
    ("si", re.compile("[\u0d80-\u0dff]")),
    ("bo", re.compile("[\u0f00-\u0fff]")),
    ("am", re.compile("[\u1200-\u139f]")),
    ("mn", re.compile("[\u1800-\u18af]")),  # the Mongolian script
)
#: The code of a text whose letters are mostly of a script none of the above, nor Latin, Cyrillic or
#: Han, is: a language mtpipe cannot even name (ISO 639-2 "uncoded"), never one it translates.
UNNAMED_SCRIPT = "mis"
# Bulgarian writes ъ as a vowel (България, във, съобщи); Russian only before е/ё/ю/я (объявил)
# or as a word's last letter (Коммерсантъ, "Ъ")
_BG_HARD_SIGN = re.compile("ъ(?=[абвгджзийклмнопрстуфхцчшщьы])")
#: py3langid probability for another Cyrillic language in such a text (at 30 letters or more); on
#: the 79 Russian sentences of the cleaning benchmark without ы, э, ё the highest was 0.39.
CYRILLIC_OTHER_MIN_PROB = 0.7
_RU_OWN = re.compile("[ыэёЫЭЁ]")
_RU_OWN_BE = re.compile("[ыэ]")  # of those, the two Belarusian writes and Ukrainian does not
# words of those neighbours that Russian does not have (Bulgarian се, са, че, ще; Serbian су; Macedonian
# од; Ukrainian це, що): without one, py3langid is not asked (it costs a fifth of the cleaning time)
_NEIGHBOUR_WORD = re.compile(r"(?<![^\W\d_])(?:се|са|че|ще|към|във|със|това|този|тази|които|който|която|"
                             r"од|су|це|що|та)(?![^\W\d_])", re.IGNORECASE)
#: Latin-script languages told apart from English and Vietnamese (py3langid's codes).
LATIN_OTHERS: tuple[str, ...] = ("de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ro", "hu", "tr", "sv", "da",
                                 "no", "fi", "id", "ms", "hr", "sl", "lt", "lv", "et", "ca", "tl", "sq", "az", "uz",
                                 "eu", "gl", "af", "is", "ga", "cy", "lb", "bs")
#: py3langid probability (over en, vi and :data:`LATIN_OTHERS`) for another Latin language: at
#: 20 letters, and a lower one from 40 letters (Indonesian has no letter of its own).
LATIN_OTHER_MIN_PROB = (0.8, 0.5)
# English words that are no other language's words: a sentence full of them is English whatever
# names it holds ("São Paulo and Bogotá are large cities")
_EN_WORDS = frozenset("the and of to is are was were with for that this from by on at have has had be been "
                      "said will would not but which who they their".split())
_WORD = re.compile(r"[^\W\d_]+")
# letters English does not write: with them a short line ("Nueva conversación con Putin") is told
_NON_ENGLISH = re.compile("[äöüßéèêëàâçîïôûùœæñáíóúýčďěňřšťůžąćęłńśźżğışőűåøãõìòÿ]", re.IGNORECASE)


def identify(text: str, languages: tuple[str, ...] | list[str] = LANGUAGES) -> str:
    """Like :func:`detect`, but a text in a language outside ``languages`` that its letters
    give away (Korean, Japanese, Ukrainian, Kazakh, Tatar...) is called what it is.  Letter-spaced words are
    read as the words they spell (:func:`~mtpipe.langid_mixed.join_spaced`), look-alike letters as the letters they
    imitate (:func:`~mtpipe.langid_fold.fold_lookalikes`)."""
    read = fold_lookalikes(join_spaced(text))
    other = _other_language(read)
    if other and other not in languages:
        return other
    # detect() reads the text the same way first: when that changed nothing, reading it again changes nothing either
    lang = _detect_read(read, tuple(languages), True) if read == text else detect(read, languages, unnamed=True)
    text = read
    if lang == "ru" and "ru" in languages and (other := dictionary_neighbour(text)) and other not in languages:
        return other  # "Очите на Марга почнаха да стават големи.": no Russian word forms (langid_dictionary)
    if lang == "en":
        other = _latin_other(text)
        if other and other not in languages:
            return other
    return lang


def with_document_prior(text: str, lang: str, doc_lang: str) -> str:
    """``lang`` as :func:`identify` gave it for a sentence, reconsidered with its page's language.

    In a page of another Cyrillic language (Ukrainian, Bulgarian...), a sentence called Russian
    that has none of Russian's own letters (ы, э, ё; and ъ, except in Bulgarian) takes the page's
    language when it holds one of that language's letters ("Це брехня, нічого вони не скасували."),
    or when py3langid, choosing between Russian and the page's language only, prefers the page's
    ("Про це повідомляють Контракти.UA.").  A Russian quotation ("будет вынужден героически…")
    stays Russian.  A Ukrainian page's sentence may also hold Ukrainian function words that Russian
    does not have, in letters Russian shares ("Хто знає, коли буде засідання?": хто, коли, буде):
    then it is Ukrainian too.  On the cleaning benchmark's 586 Russian content sentences taken as if
    they stood in a Ukrainian page: 1 becomes Ukrainian ("Но.", by py3langid, as before the word
    list); all 8 Ukrainian sentences called Russian alone become Ukrainian (7 before the word list).
    In a Vietnamese page, an "English" line that reads as unmarked Vietnamese ("Linh La (Theo Xinhua)") is Vietnamese.
    """
    if lang == "en" and doc_lang == "vi":
        return "vi" if vietnamese_unmarked(text) else lang
    if lang != "ru" or doc_lang == "ru":
        return lang
    letters = next((counted for code, counted, _ in CYRILLIC_LETTERS if code == doc_lang), None)
    if letters is None or russian_only(text, doc_lang):
        return lang
    if any(ch in letters for ch in text.lower()):
        return doc_lang
    if doc_lang == "uk" and any(w in _UK_WORDS for w in _WORD.findall(text.lower())):
        return doc_lang  # "Хтось дуже вчасно попередив депутата Юрченка.": Ukrainian words in Russian letters
    if "ы" in RUSSIAN_LETTERS_NOT_WRITTEN.get(doc_lang, "") and written_with_i(text):
        return doc_lang  # "36-а, народний депутат Гетманцев.": народний is народный in an alphabet without ы
    return doc_lang if _identifier(("ru", doc_lang)).classify(text)[0] == doc_lang else lang


def _latin_other(text: str) -> str | None:
    """A Latin-script language other than English and Vietnamese, when the text says so clearly."""
    if "@" in text or "://" in text or "www." in text or domain_ending(text):
        text = _ADDRESS.sub(" ", text)
    c = script_counts(text)
    if c["latin"] < 20 or c["cyrillic"] + c["han"] + c["other"] >= 3:
        # a short line: the paragraph decides (segmenter); a line with a Cyrillic or CJK word in
        # it is no Latin-script language (py3langid would still pick one: Uzbek, for Russian); function words tell
        return None if c["cyrillic"] + c["han"] + c["other"] >= 3 else latin_function_language(text, _EN_WORDS)
    words = _WORD.findall(text.lower())
    if sum(w in _EN_WORDS for w in words) >= 0.15 * len(words):
        return None
    lang, prob = _identifier(("en", "vi") + LATIN_OTHERS).classify(text)
    if lang in ("en", "vi"):
        return latin_function_language(text, _EN_WORDS)
    low, high = LATIN_OTHER_MIN_PROB
    if prob >= low or (prob >= high and (c["latin"] >= 40 or (_NON_ENGLISH.search(text) and not any(
            w in _EN_WORDS for w in words)))):
        return serbian_latin(text, lang)  # Serbian's ekavian words: py3langid calls it bs or hr (langid_bcms)
    return latin_function_language(text, _EN_WORDS)


# any letter of :data:`OTHER_SCRIPTS` or :data:`CYRILLIC_LETTERS`: the quick test before counting
_OTHER_ANY = re.compile("[" + "".join(p.pattern[1:-1] for _, p in OTHER_SCRIPTS)
                        + "".join(sorted({ch for _, counted, _ in CYRILLIC_LETTERS for ch in counted + counted.upper()}))
                        + "ъЪ]")


def _without_russian_words(text: str, named: bool = True) -> str | None:
    """A Cyrillic text of two words or more with no frequent Russian word (:data:`_RU_MARKERS`):
    py3langid among :data:`CYRILLIC_ALL` ("Бишкектин айрым жерлеринде ысык суу болбойт." is Kyrgyz
    in letters Russian has).  ``named=False``: the text's Chinese names are set aside already (by
    :func:`without_chinese_names`, which changes nothing asked twice: perf89, tests/test_perf89_langid.py)."""
    words = _CYR_WORD.findall(text := without_chinese_names(text) if named else text)
    if len(words) < 2 or any(w.lower() in _RU_MARKERS for w in words):
        return None
    if sum(map(len, words)) < 0.5 * sum(map(str.isalpha, text)):
        return None
    code, prob = _identifier(CYRILLIC_ALL).classify(text)
    if code != "ru" and prob >= CYRILLIC_OTHER_MIN_PROB:
        return code
    return "bg" if not _RU_OWN.search(text) and has_bulgarian_word(words) else None  # "ако", "сме", "няма"


# one word with і and ы or э: Belarusian (Ukrainian has no ы, э; Russian no і), even without ў; or a lower-case
# word with і in a line with ы or э ("Было вельмі прыгожа."; a Ukrainian name, "Київ", is capitalised)
_BE_WORD = re.compile(r"і[^\W\d_]*[ыэ]|[ыэ][^\W\d_]*і")
_BE_PLAIN = re.compile(r"(?<![^\W\d_])[а-яёў]*і[а-яёіў]*(?![^\W\d_])")  # (on the text as written: lower case)
# a Latin i typed for the Belarusian/Ukrainian і inside a Cyrillic word ("эканамiчныя", scraped pages)
_LATIN_I = re.compile("(?<=[\u0400-\u04ff])[iI]|[iI](?=[\u0400-\u04ff])")


def _script_carries(text: str, pattern: re.Pattern[str], k: int, letters: int) -> bool:
    """Words in ``pattern``'s script carry the text, the Latin and Cyrillic words around them being names,
    codes and brands ("삼성전자는 Galaxy S23 Ultra를 출시했다.", "บริษัท Apple Inc. เปิดตัว iPhone 15"): as many
    of its words as plain words (lower-case ones, and the first), and two of its words or a quarter of the
    letters. A Korean name in a Russian sentence ("движения (모래와 황사는) и организации") is not."""
    words = text.split()
    own = sum(bool(pattern.search(w)) for w in words)
    # plain: lower-case words, and the first word (capitalised as a sentence's start, not as a name)
    plain = sum(1 for i, w in enumerate(words) if not pattern.search(w) and (m := _WORD.search(w))
                and (m.group().islower() or i == 0))
    # no plain word at all beside it ("ราคา FRN110G1S-4JWTECH Co.": a price tag's code): one word of the script carries it
    return own >= plain and (own >= 2 or k >= 0.25 * letters or (plain == 0 and own >= 1))


def _plain_russian(text: str, runs: list[str] | None = None) -> bool:
    """A shortcut of :func:`_other_language` for a text with no letter of another script, once
    :func:`words_language` has said None: True when what follows there ends in None, decided
    without setting the names aside (:func:`without_chinese_names`, twice).

    A lower-case Cyrillic word (a whole run of Cyrillic letters, none of them capital) is never part
    of a title-case word, so it is a word of the text with its names set aside too: when one is a
    frequent Russian word (:data:`_RU_MARKERS`), :func:`_without_russian_words` returns None.  The
    one other way to an answer is py3langid over :data:`CYRILLIC_NEIGHBOURS`, and it is not asked
    when the text has one of Russian's own letters in such a word (ы, э, ё survive the names'
    removal) or no neighbour's word at all (setting names aside adds none: a removed name is
    bounded by non-letters on both sides).  The same answers (tests/test_langid_fast.py).  ``runs``: the text's
    Cyrillic runs (``_CYR_WORD.findall(text)``, found once for this and :func:`words_language`: perf89)."""
    words = [w for w in (_CYR_WORD.findall(text) if runs is None else runs) if w.islower()]
    if _RU_MARKERS.isdisjoint(words):
        return False
    return bool(_RU_OWN.search(" ".join(words))) or not _NEIGHBOUR_WORD.search(text)


def _other_language(text: str) -> str | None:
    if not _CYR_RE.search(text) and not _OTHER_ANY.search(text):
        return None  # no Cyrillic, no letter of another script: all below ends in None (most lines, cheaply)
    if "i" in text or "I" in text:
        text = _LATIN_I.sub("і", text)
    if not _OTHER_ANY.search(text):
        # no letter of another language: a neighbour's frequent words ("Евро менен рубль ... карата ..."),
        # then Cyrillic without Russian's own letters is left to weigh
        runs = _CYR_WORD.findall(text)
        by_words = words_language(text, runs)
        if by_words:
            return by_words
        if _plain_russian(text, runs):
            return None  # what follows ends in None for such a text (most Russian lines): see _plain_russian
        text = without_chinese_names(text)  # "Мэр Ухани Ван Цинцзян" is a title and names, not Mongolian
        if _RU_OWN.search(text) or not _NEIGHBOUR_WORD.search(text):
            return _without_russian_words(text, False) if _CYR_RE.search(text) else None
        cyr = len(_CYR_RE.findall(text))
        if cyr < 30 or cyr < 0.5 * sum(map(str.isalpha, text)):
            return _without_russian_words(text, False)
        code, prob = _identifier(CYRILLIC_NEIGHBOURS).classify(text)
        return code if code != "ru" and prob >= CYRILLIC_OTHER_MIN_PROB else _without_russian_words(text, False)
    joined = "".join(filter(str.isalpha, text))  # the letters, one string (perf62)
    if not joined:
        return None
    for code, pattern in OTHER_SCRIPTS:
        k = len(pattern.findall(joined))
        if k < 2:
            continue
        # Japanese: kana among kanji (5% is plenty); any other script: most of the letters, or most of
        # the words once names are set aside (a Hangul syllable or a Thai word carries several letters)
        if code == "ja" and k >= 0.05 * len(joined) and k + len(_HAN_RE.findall(joined)) >= 0.5 * len(joined):
            return code
        if k >= 0.5 * len(joined) or (code != "ja" and _script_carries(text, pattern, k, len(joined))):
            return code
    low = joined.lower()
    cyr = len(_CYR_RE.findall(low))
    if cyr < 0.5 * len(joined) and not _script_carries(text, _CYR_RE, cyr, len(joined)):
        return None  # (English titles in a Serbian sentence, "доводи до албума -{ Seventh Son of a Seventh Son }-", count less)
    words = _CYR_WORD.findall(text.lower())
    for code, counted, ruled_out in CYRILLIC_LETTERS:
        key = sum(low.count(ch) for ch in counted)
        if code == "bg":
            key += len(_BG_HARD_SIGN.findall(low))
        if (ruled_out and sum(low.count(ch) for ch in ruled_out) >= key) or (code == "be" and "ў" not in low and not _BE_WORD.search(text.lower())
                                                                                       and not (_BE_PLAIN.search(text) and _RU_OWN_BE.search(low))):
            continue
        # twice, or in a tenth of the words: Russian writes none of these letters, bar a quoted name
        in_words = sum(any(ch in counted for ch in w) for w in words)
        if code in _TURKIC_MONGOLIC and in_words < 0.3 * len(words) and any(w in _RU_MARKERS for w in words) \
                and _identifier(CYRILLIC_ALL).classify(text)[0] == "ru":
            continue  # a Kazakh or Tatar name in a Russian sentence ("... Тоқаев провёл встречу, которая ..."),
            # not a Mongolian one with "их" (big) in it
        if key and ((key >= 2 and key >= 0.01 * cyr) or in_words >= 0.1 * len(words)):
            if code in _TURKIC_MONGOLIC and not any(ch in low for ch in _UNIQUE_LETTERS.get(code, "")):
                code = _identifier(_TURKIC_MONGOLIC).classify(text)[0]
            return "mk" if code == "sr" and macedonian_not_serbian(text) else code  # ј, љ, њ, џ: both write them
    if cyr >= 30 and not _RU_OWN.search(low):
        code, prob = _identifier(CYRILLIC_NEIGHBOURS).classify(text)
        if code != "ru" and prob >= CYRILLIC_OTHER_MIN_PROB:
            return code
    return words_language(text) or _without_russian_words(text)


def detect(text: str, languages: tuple[str, ...] | list[str] = LANGUAGES, unnamed: bool = False) -> str:
    """The language of ``text`` among ``languages``, or ``und`` when it has no letters; with
    ``unnamed``, :data:`UNNAMED_SCRIPT` when most letters are of a script none of them writes."""
    return _detect_read(fold_lookalikes(join_spaced(text)), tuple(languages), unnamed)


def _detect_read(text: str, langs: tuple[str, ...], unnamed: bool) -> str:
    """:func:`detect` of a text already read (letter-spaced words joined, look-alikes folded)."""
    if "@" in text or "://" in text or "www." in text or domain_ending(text):
        text = _ADDRESS.sub(" ", text)
    c = script_counts(text)
    letters = c["cyrillic"] + c["latin"] + c["han"] + c["other"]
    if letters == 0:
        return "und"
    if unnamed and c["other"] * 2 > letters:
        return UNNAMED_SCRIPT  # Cherokee, Syriac...: a script no table names, and none of ours
    # a hanzi carries about as much text as a Latin word: names in Latin letters inside
    # a Chinese sentence must not outvote it; with Chinese full-width punctuation
    # even a list of Latin names ("被告的姓名分别是 Baba Kanjar、…") is Chinese, unless
    # Latin sentence ends show a mixed paragraph
    if c["han"] and "zh" in langs and (c["han"] * 4 >= c["latin"] + c["cyrillic"]
                                       or (c["han"] * 8 >= c["latin"] + c["cyrillic"] and any(ch in _CJK_PUNCT for ch in text)
                                           and not _LATIN_STOP.search(text))):
        return "zh"
    if c["cyrillic"] * 2 >= letters and "ru" in langs:
        return "ru"
    if c["cyrillic"] and "ru" in langs and _latin_are_names(text):
        return "ru"
    if c["cyrillic"] >= 3 and "ru" in langs and russian_carries(text):
        return "ru"  # markup, codes, a label and names set aside ("Title: Элемент widget", "МК в Telegram")
    latin = [lang for lang in langs if lang in ("vi", "en")]
    if c["latin"] * 2 >= letters and latin:
        if len(latin) == 1:
            return latin[0]
        if c["vi"] >= 2 and c["vi"] >= 0.05 * c["latin"]:
            return "vi"
        if c["vi"] == 0:
            # Vietnamese typed without diacritics still reads as Vietnamese to the model;
            # pinyin names and short English lines must not, so only a confident call counts,
            # and only at 20 letters or more (the model is not asked below that: its call could not count, perf89)
            if c["latin"] < 20:
                return "en"
            lang, prob = _identifier(tuple(latin)).classify(text)
            return "vi" if lang == "vi" and prob >= VI_WITHOUT_MARKS_MIN_PROB else "en"
        return _identifier(tuple(latin)).classify(text)[0]
    return _identifier(langs).classify(text)[0]


def _latin_are_names(text: str) -> bool:
    """Russian words carry the sentence and the Latin ones are names ("Tesla Motors Inc.")."""
    cyr = _CYR_WORD.findall(text)
    if len(cyr) < 3 or sum(w[0].islower() for w in cyr) < 2:
        return False
    lat = _LAT_WORD.findall(text)
    return sum(w[0].isupper() or any(ch.isdigit() for ch in w) for w in lat) >= 0.7 * len(lat)

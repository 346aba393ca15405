"""The Cyrillic languages next to Russian: the letters and the words that tell them (used by :mod:`mtpipe.langid`).

One table per kind of evidence, each in one place:

- :data:`CYRILLIC_LETTERS`: letters Russian never writes, per language (ң ө ү for Kyrgyz, і ї є ґ for
  Ukrainian, ђ ћ ј for Serbian...), with the letters that rule a language out.
- :data:`RU_MARKERS`: frequent Russian words none of the neighbours writes (что, это, был, который...).
- :data:`CYRILLIC_WORDS`: frequent words of each neighbour written in letters Russian shares and that are no
  Russian word ("менен", "карата" Kyrgyz; "це", "що" Ukrainian; "дип", "иде" Tatar; "није", "који" Serbian;
  "байна", "гэж" Mongolian). Taken from spaCy's stop-word lists (``spacy/lang/{ky,tt,uk,bg,sr,mk}/
  stop_words.py``, MIT), the function words only, minus every word of FLORES-200 devtest Russian and of the
  UD Russian GSD dev / PUD test sentences (``tests/test_langid_cyrillic.py`` checks the FLORES part);
  Bulgarian's from stopwords-iso (lang7, :data:`BG_WORDS`); Mongolian's (spaCy has none) listed by hand, the
  commonest verb and particle forms only. lang10 added frequent function words of spaCy's mk and sr lists that
  neither the Russian check sentences (FLORES devtest, UD GSD dev+test, PUD, Taiga dev+test) nor pymorphy3's
  Russian dictionary hold ("додека", "беше", "уште"; "дакле", "никада", "увек").
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["RUSSIAN_LETTERS_NOT_WRITTEN", "russian_only", "CYRILLIC_LETTERS", "RU_MARKERS", "CYRILLIC_WORDS", "BG_WORDS", "UK_WORDS", "TURKIC_MONGOLIC",
           "UNIQUE_LETTERS", "CYRILLIC_ALL", "able_to_write", "CYRILLIC_NEIGHBOURS", "words_language"]

#: Cyrillic languages by letters Russian does not use: (code, letters that count, letters that rule
#: it out when at least as frequent), checked in this order; two counted letters (and 1% of the
#: Cyrillic ones) decide.
CYRILLIC_LETTERS: tuple[tuple[str, str, str], ...] = (
    ("kk", "ғқұ", "ҙҫҡҗ"), ("ba", "ҙҫҡ", "ұ"), ("tt", "җә", "ғқұҙҫҡ"), ("ky", "ңөү", "әғқұҗҙҫҡһ"),
    ("mn", "өүһ", "ңәғқұҗҙҫҡ"),
    ("be", "ўі", "їєґ"), ("uk", "іїєґ", "ыэъёў"), ("mk", "ѓќѕ", "ыэё"), ("sr", "ђћјљњџ", "ыэё"),
    ("bg", "ѝ", "ыэё"),
)
#: Letters of Russian's alphabet a neighbour does not write: a line holding one is not in that language
#: (Belarusian writes ы, э, ё but not и, щ, ъ; the Turkic and Mongolic alphabets hold every Russian letter,
#: so nothing rules them out). A language not named here rules out ы, э, ъ, ё.
RUSSIAN_LETTERS_NOT_WRITTEN: dict[str, str] = {
    "uk": "ыэъё", "be": "ищъ", "bg": "ыэё", "sr": "ыэёъйщ", "mk": "ыэёъйщ",
    "kk": "", "ky": "", "tt": "", "ba": "", "mn": "",
}
_DEFAULT_NOT_WRITTEN = "ыэъё"


def russian_only(text: str, lang: str) -> bool:
    """Whether ``text`` holds a Russian letter ``lang`` does not write (:data:`RUSSIAN_LETTERS_NOT_WRITTEN`)."""
    letters = RUSSIAN_LETTERS_NOT_WRITTEN.get(lang, _DEFAULT_NOT_WRITTEN)
    return bool(letters) and not frozenset(letters).isdisjoint(text.lower())  # (a set scan, not a loop per character)


_NOT_WRITTEN_SETS = {code: frozenset(letters) for code, letters in RUSSIAN_LETTERS_NOT_WRITTEN.items()}
_DEFAULT_NOT_WRITTEN_SET = frozenset(_DEFAULT_NOT_WRITTEN)


def able_to_write(text: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The ``codes`` for which :func:`russian_only` is False, in order: the text lowered once, not once per code (perf89)."""
    low = frozenset(text.lower())
    return tuple(code for code in codes if _NOT_WRITTEN_SETS.get(code, _DEFAULT_NOT_WRITTEN_SET).isdisjoint(low))


#: Turkic and Mongolic languages share the letters that tell them from Russian (ң ө ү һ): which one a
#: text is, py3langid says among these (Buryat, which it does not know, comes out Mongolian).
TURKIC_MONGOLIC = ("kk", "ky", "tt", "ba", "mn")
#: A letter only that language (or its neighbours) writes: then its name is certain.
UNIQUE_LETTERS = {"kk": "ғқұ", "ba": "ҙҫҡ", "tt": "җ"}
#: Every Cyrillic language py3langid weighs against Russian when a text has no Russian word of
#: :data:`RU_MARKERS` (on FLORES-200 devtest's Russian: 179 of 1,012 sentences asked, none taken).
CYRILLIC_ALL: tuple[str, ...] = ("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tt", "ba", "tg")
#: Cyrillic languages py3langid weighs when a text has none of Russian's own letters (ы, э, ё).
CYRILLIC_NEIGHBOURS: tuple[str, ...] = ("ru", "bg", "mk", "sr", "uk", "be")
#: Frequent Russian words that Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian and the Turkic and
#: Mongolic languages do not write.
RU_MARKERS = frozenset("""что это как во для он она они его её ее их был была были было будет уже ещё еще
    который которая которые которого которой которых также только все всё всех если когда чтобы или так же бы
    ли со об году года лет мы вы я этот эта этого этом этой после более может можно нет есть очень сейчас тоже""".split())
#: Bulgarian function words Russian has no such word for (stopwords-iso's stopwords-bg, MIT; words of
#: FLORES devtest Russian dropped).
BG_WORDS = frozenset("""ако беше бяха бъдат бъде вече вие винаги всеки всички всичко всяка във въпреки върху двамата
    днес добре докато дори досега заедно затова защо защото имат има какво както като кога когато което които който
    която къде където към малко мнозина нея нещо нищо някои някой няколко няма обаче отново още повече повечето поради
    през пък сега сме сте съм със също тази така тези това тогава този толкова тук тъй тях трябва утре често чрез ще
    щом са че ги му""".split())
#: Ukrainian function words in letters Russian shares that are no Russian word (Russian: уже, ещё, это,
#: кто, очень, чтобы, или, будет, было, она, они, мы, вы, также, лишь...).
UK_WORDS = frozenset("""дуже вже ще це цей ця цю цим цих цьому цього хто хтось щось щоб або але коли має мають буде
    будуть було вона вони воно ми ви який яка яке якого якому яких також тобто проте отже адже втім лише зараз треба
    можна тепер завжди нема немає чому що щодо якщо його йому була були чи однак""".split())
#: Frequent words per neighbour (see the module's docstring); a language's special letters are
#: :data:`CYRILLIC_LETTERS`' business, so these are spelt without them.
CYRILLIC_WORDS: dict[str, frozenset[str]] = {
    # Russian too: "ми", "ви", "коли" (колоть), "має" (мая), "можна" (можно typed), "але" (алё on the phone)
    "uk": UK_WORDS - {"ми", "ви", "коли", "має", "можна", "але"},
    "bg": BG_WORDS,
    "ky": frozenset("""менен жана деп бул болуп боюнча анын алар алардын эмес дагы бирок учурда тууралуу карата
        тарабынан кийин чейин экенин болгон болот деген деди айтты керек ошол мындай кандай гана эле""".split()),
    "tt": frozenset("""дип иде инде гына кебек буенча турында булып булды булса булачак шул шулай шулар бик бер
        беренче икенче аша аркылы караганда нинди ничек монда анда аннан безне сезне мине сине""".split()),
    "sr": frozenset("""што није нису који која које када овај ова ово према након мора веома данас зашто
        бисмо бих вероватно врло дакле заиста затим имао кад морао нама нашег некад никада нисам ниси нисте ништа
        овде одмах осим поред сасвим сваки увек унутра упркос тамо стварно теби""".split()),
    "mk": frozenset("""дека кој кое кои исто ние овие тоа оваа
        беше бев бевме бевте додека доколку затоа иако инаку каде нека некои неколку никогаш ништо овде одошто онаа
        оти откако потоа сепак секогаш според таа тие тогаш уште""".split()),
    # Belarusian words in letters Russian shares (by hand; not "яна", the Russian name Яна)
    "be": frozenset("""ня гэта гэты гэтага ён яны таксама трэба цяпер будзе ёсць усё праз пасля таму якая якое""".split()),
    "mn": frozenset("""байна байгаа болон гэж гэсэн энэ нь юм хийж хэлсэн миний чиний манай танай""".split()),
}
_WORD = re.compile(r"[\u0400-\u052f]+")  # a run of Cyrillic letters (mtpipe.langid reads its runs with this pattern too)
_PUNCT = ".,;:!?«»\"'()[]—–…“”„"


_ANY_WORD = frozenset().union(*CYRILLIC_WORDS.values())


def words_language(text: str, runs: list[str] | None = None) -> str | None:
    """The neighbour of Russian whose frequent words (:data:`CYRILLIC_WORDS`) ``text`` holds: two of them
    and more than Russian's (:data:`RU_MARKERS`), or one of three letters or more in a short line (eight
    words at most) with no Russian word ("Евро менен рубль арзандады."); None otherwise."""
    # each word below is one of the text's Cyrillic runs (_PUNCT and spaces hold no Cyrillic letter): with no
    # run in any table, nothing below can count (most lines, cheaply); ``runs``: those runs, when the caller has them
    if _ANY_WORD.isdisjoint(map(str.lower, _WORD.findall(text) if runs is None else runs)):
        return None
    # whole words only: not a piece of "3-го" or "Тук-тук", not an abbreviation in capitals ("КАТО")
    words = [t.lower() for t in (tok.strip(_PUNCT) for tok in text.split())
             if _WORD.fullmatch(t) and not (len(t) > 1 and t.isupper())]
    if not words:
        return None
    ru = sum(w in RU_MARKERS for w in words)
    best, n, longest = None, 0, 0
    for code, table in CYRILLIC_WORDS.items():
        hits = [w for w in words if w in table]
        if len(hits) > n:
            best, n, longest = code, len(hits), max(map(len, hits))
    # one word alone only of three letters or more: a two-letter one may be a syllable of a foreign name
    if best and ((n >= 2 and n > ru) or (n == 1 and ru == 0 and len(words) <= 8 and longest >= 3)):
        return best
    return None


# a title-case Cyrillic word, hyphenated parts too ("Хух-Хото")
_TITLE_WORD = re.compile(r"\b[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)*\b")


@lru_cache(maxsize=1 << 15)
def _palladius(word: str) -> bool:
    """Whether every part of ``word`` reads as Palladius syllables, or ``word`` is a Russian exonym of a Chinese
    place (``mtpipe.translit.exonyms``: "Хух-Хото", "Пекина", "Харбине"), inflected too (remembered: names recur)."""
    from .translit.palladius import segment_cyrillic

    return all(segment_cyrillic(part) for part in word.split("-")) or _exonym(word.lower())


@lru_cache(maxsize=1)
def _exonym_stems() -> tuple[frozenset[str], frozenset[str]]:
    """Russian exonyms of Chinese places, lower case: whole forms, and stems (a final vowel dropped) for cases."""
    from .translit.exonyms import EXONYMS

    forms = frozenset(ru.lower() for _, _, ru, _ in EXONYMS if ru)
    return forms, frozenset(f[:-1] if f[-1] in "аоуэиыеяю" else f for f in forms if len(f) >= 5)


def _exonym(word: str) -> bool:
    forms, stems = _exonym_stems()
    return word in forms or any(word.startswith(st) and len(word) - len(st) <= 2 for st in stems if word[:2] == st[:2])


def without_chinese_names(text: str) -> str:
    """``text`` less its title-case words that read as Palladius syllables: Chinese names and places,
    inflected too ("Ван Цинцзян", "Ухани"), which no Cyrillic language but Russian writes so.  A Russian
    headline made of a title and names ("Мэр Ухани Ван Цинцзян", "Глава Шэньяна Цай Ваньюань") has no
    frequent Russian word, and py3langid over the Cyrillic languages called one in ten such lines
    Mongolian or Belarusian (then left untranslated as unsupported); with the names set aside, what is
    left is one word, and one word is not enough to call a line another language."""
    if not _TITLE_WORD.search(text):
        return text
    found = [m for m in _TITLE_WORD.finditer(text) if _palladius(m.group())]
    out, at = [], 0
    for i, m in enumerate(found):
        if not any(ch.isalpha() for ch in text[:m.start()]):
            # the first word is capitalised as a sentence's start ("Басаган бэшээ." is Buryat): a name only
            # with a second name-word right after it ("Хэн Синь")
            after = found[i + 1] if i + 1 < len(found) else None
            if after is None or text[m.end():after.start()].strip():
                continue
        out.append(text[at:m.start()] + " ")
        at = m.end()
    return "".join(out) + text[at:]

"""Find Chinese names written in Palladius Cyrillic inside Russian text.

Used by ``glossary suggest`` to mine candidates, and meant for the translation stage:
a Palladius-shaped name that the glossary does not know can be rendered in English
with the rule-based pinyin (``Ван Цзылянь`` -> ``Wang Zilian``), flagged ``auto``,
instead of whatever the model invents.

Persons: two capitalised words, the first a common surname syllable, the second one to
three syllables (case forms allowed: ``Си Цзиньпина``; one-letter words too: ``У И``).
Korean and Vietnamese names are written in Russian as three or more short words, one
syllable each (``Чон Ген Ду``, ``Ким Чен Ын``, ``Фам Минь Тинь``): no pair inside such a
run is a Chinese person, also when its last word declines (``Ли Чжэ Мёна``).  A one-syllable foreign given
name in a case form is none either (``Хун Сена``: Сен + а, not Се-на), nor is a name that a country other than
China qualifies in its clause (``южнокорейская писательница Хан Ган``, ``президент Южной Кореи ...``).
A one-syllable word followed by a name (``У Си Цзиньпина``,
``И Ван Цзылянь``: a preposition or conjunction starting the sentence) does not pair
with the surname after it.  Russian people whose names happen to read as Palladius are not Chinese:
a first word in a case form (``Яна Ханина``: Chinese surnames do not decline inside a full name,
``Си Цзиньпина``), or a first name and a surname the Russian dictionary (pymorphy3) knows, agreeing
in case, number and gender, or a surname with a Russian ending (``Ян Иванов``, ``Нина Фомина``).

Places: one capitalised word of two or more syllables whose base form has a letter group
only Palladius produces (цз, чж, -нь, -й, э, ао, оу, сю...), or a traditional exonym.
A word the Russian dictionary knows (pymorphy3, when installed) is no place unless the
dictionary calls it a place name (``Поэтому``, ``Читайте``, ``Эпидемия``, ``Николай`` are
dropped), and a dictionary place name must look Chinese beyond doubt (``Женеве``,
``Улан-Удэ`` are dropped; ``Чанчунь``, ``Ухань`` stay).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["NameSpan", "find_palladius_names"]

_RU_WORD = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ](?:[а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)?(?![А-ЯЁа-яё])")
_STOP_RU = {"Она", "Пока", "Сама", "Мама", "Тема", "Нина", "Анна", "Ли", "На", "Но", "То", "Как", "Так", "Там",
            "Тут", "Да", "Ну", "Он", "Они", "Сан", "Юань"}
_DISTINCTIVE = ("цз", "чж", "ь", "й", "э", "ао", "оу", "сю", "ся", "сы", "цы", "ъ")
#: letter groups that make a dictionary place name Chinese (Ухань, Чанчунь; not Женева, Улан-Удэ)
_CHINESE_ONLY = ("цз", "чж", "нь", "сю", "ся", "сы", "цы", "ао", "оу", "эй")
#: surnames beyond the common ones of :data:`~mtpipe.translit.pinyin.COMMON_SURNAMES` that Russian
#: media meet (Хун Сяоюн 洪晓勇); only here, where the Palladius shape of both words backs them up
_MORE_SURNAMES = "洪杭康施牛尚邢祝裴樊兰詹饶宁阮房滕冉卓屈焦鲍纪舒季强路童颜梅盛霍管宗宣吉荣翁甄封靳巫谷全仲宫甘符申桑桂蒲艾庄柏商索蓝岳辛简鞠权"


@dataclass
class NameSpan:
    """A name found in text.

    Attributes:
        start: Offset of its first character.
        end: Offset after its last character.
        text: The text as written (maybe inflected).
        en: Rule-based pinyin rendering (``Wang Zilian``).
        kind: ``person`` or ``place``.
        confidence: 0..1.
    """

    start: int
    end: int
    text: str
    en: str
    kind: str
    confidence: float


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from .pinyin import COMMON_SURNAMES, SURNAMES, _lazy

    return frozenset((SURNAMES.get(ch) or _lazy(ch)[0]).replace("ü", "v") for ch in COMMON_SURNAMES + _MORE_SURNAMES)


@lru_cache(maxsize=1)
def _morph() -> object | None:
    try:
        import pymorphy3
    except ImportError:  # the dictionary check is skipped without it
        return None
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=8192)
def dictionary_word(word: str) -> str:
    """What the Russian dictionary says a capitalised word is: ``"place"`` (a place name it
    knows), ``"name"`` (a Russian first name or surname), ``"word"`` (any other word it knows)
    or ``""`` (unknown, or pymorphy3 is not installed)."""
    morph = _morph()
    if morph is None or not morph.word_is_known(word.lower()):  # type: ignore[attr-defined]
        return ""
    tags = [p.tag for p in morph.parse(word) if p.is_known]  # type: ignore[attr-defined]
    if any("Geox" in t for t in tags):
        return "place"
    if any("Name" in t or "Surn" in t or "Patr" in t for t in tags):
        return "name"
    return "word"


#: Endings of Russian surnames that no Palladius syllable has (Иванов, Лебедева, Чайковская, Козловым):
#: a word read as Palladius only by taking them for a case ending (Иванов as the genitive plural of Иван).
_RU_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ск|цк)(?:|а|у|ым|ом|е|ой|ую|ий|ая|ого|ому|ом|их|ими|ые|ых|ым)$")


def _agreement(tag: object) -> tuple[str, str, set[str]]:
    """(case, number, genders) of a pymorphy3 tag (common gender ``ms-f`` as both)."""
    gender = None if "ms-f" in tag else tag.gender  # type: ignore[attr-defined,operator]
    return (str(tag.case), str(tag.number), {str(gender)} if gender else {"masc", "femn"})  # type: ignore[attr-defined]


@lru_cache(maxsize=8192)
def russian_person(first: str, last: str) -> bool:
    """Whether two words read as a Russian given name and surname (Яна Ханина, Ян Иванов, Нину Фомину):
    the first is a first name the Russian dictionary knows, the second a surname it knows in the same
    case, number and gender, or a word with a Russian surname ending (-ов, -ева, -ский ...) that
    Palladius never writes.  Chinese names the dictionary also knows (Ли, Ян, Чжан as first names;
    Хань as a surname) do not pair so: a Chinese given name is no known Russian surname.  False when
    pymorphy3 is not installed, and for words with letter groups only Palladius writes (Мао Цзэдун)."""
    morph = _morph()
    if morph is None or any(d in (first + last).lower() for d in _CHINESE_ONLY):
        return False  # the dictionary knows Мао Цзэдун as a first name and a surname: цз, ао are Palladius's
    # a first name in the singular, not an initial (У, И) or a vocative (Вань); a surname that declines
    # (the dictionary's indeclinable surnames are foreign ones: Цин, Ли)
    names = [_agreement(p.tag) for p in morph.parse(first)  # type: ignore[attr-defined]
             if p.is_known and "Name" in p.tag and "sing" in p.tag and not {"Abbr", "Init", "voct"} & p.tag.grammemes]
    if not names:
        return False
    if _RU_SURNAME_END.search(last.lower()):
        return True
    surns = [_agreement(p.tag) for p in morph.parse(last)  # type: ignore[attr-defined]
             if p.is_known and "Surn" in p.tag and "Fixd" not in p.tag]
    return any(c1 == c2 and n1 == n2 and g1 & g2 for c1, n1, g1 in names for c2, n2, g2 in surns)


_VOWELS = re.compile(r"[аеёиоуыэюя]+")


def _one_syllable(word: str) -> bool:
    """A short word of one syllable, Palladius or not (Чон, Ким, Ын, Минь, Тьинь, У): one group of vowels."""
    return len(word) <= 6 and "-" not in word and len(_VOWELS.findall(word.lower())) == 1


#: Russian case endings a declined foreign name takes (Ким Чен Ына, Ли Чжэ Мёном, Хун Сену).
_CASE_END = re.compile(r"(?:ами|ями|ом|ем|ём|ой|ей|ам|ям|ах|ях|ым|им|а|я|у|ю|е|ы|и)$")


def _declined_one_syllable(word: str) -> bool:
    """A one-syllable word with a Russian case ending (Мёна, Гона, Ыну, Тхэка, Цяна): only the last word of a
    Korean, Vietnamese or Chinese name declines, so such a word may end a run of one-syllable words."""
    m = _CASE_END.search(word.lower())
    return bool(m) and m.start() >= 2 and _one_syllable(word[: m.start()])


def _declined_foreign(word: str) -> bool:
    """A word of one closed syllable in a case form (Сена, Сену from Хун Сен; Лама from То Лам; Гона, Сока): a
    vowel а, е, ё, о or ы closed by -н, -м, -к, -п or -т where Palladius never closes it so, read as Palladius only by
    taking the case ending for a syllable of its own (Се-на), so no Chinese given name.  Not when the stem may have
    lost a soft sign (Тяня from Тянь) or closes a Palladius syllable (Линна: Лин-на), nor with other vowels (Сима,
    Липу, Цзиму) or a diphthong (Сяона)."""
    m = _CASE_END.search(word.lower())
    if not m or m.start() < 2:
        return False
    stem = word[: m.start()].lower()
    if stem[-1] not in "нмкпт" or stem[-2] not in "аеёоы" or stem[-3:-2] in tuple("аеёиоуыэюя"):
        return False
    from .palladius import is_palladius_word

    return len(_VOWELS.findall(stem)) == 1 and not is_palladius_word(stem) and not is_palladius_word(stem + "ь")


def _foreign_runs(words: list[str]) -> set[int]:
    """Indices of words in stretches of three or more one-syllable words, the last maybe declined (Ким Чен Ын,
    Ли Чжэ Мёна, Фам Минь Тьиня): Korean or Vietnamese names, no pair of which is a Chinese person."""
    out: set[int] = set()
    i = 0
    while i < len(words):
        if words[i] in ("И", "А"):  # a conjunction starting the sentence (И Ли Цяна ...), no part of a name
            i += 1
            continue
        j = i
        while j < len(words) and _one_syllable(words[j]):
            j += 1
        end = j + 1 if j < len(words) and j - i >= 2 and _declined_one_syllable(words[j]) else j
        if end - i >= 3:
            out |= set(range(i, end))
        i = max(j, i + 1)
    return out


def word_runs(pattern: re.Pattern[str], text: str) -> list[list[re.Match[str]]]:
    """Matches of ``pattern`` grouped into runs separated by exactly one space (name candidates)."""
    runs: list[list[re.Match[str]]] = []
    cur: list[re.Match[str]] = []
    for m in pattern.finditer(text):
        if cur and text[cur[-1].end(): m.start()] == " ":
            cur.append(m)
        else:
            if cur:
                runs.append(cur)
            cur = [m]
    if cur:
        runs.append(cur)
    return runs


def _runs(text: str) -> list[list[re.Match[str]]]:
    return word_runs(_RU_WORD, text)


#: Words before a place name (в Гаояне, провинции Цзянси, города Чанчунь) ...
_PLACE_BEFORE = {"в", "во", "из", "на", "до", "под", "около", "через", "город", "города", "городе", "городу", "городом",
                 "провинция", "провинции", "провинцию", "провинцией", "уезд", "уезда", "уезде", "район", "района",
                 "районе", "округ", "округа", "округе", "столица", "столицы", "столице", "порт", "порта", "порту",
                 "деревня", "деревни", "посёлок", "поселок", "поселка", "регион", "региона", "регионе", "мэр", "губернатор",
                 "губернатора", "центре", "провинциях", "провинций", "городах", "городов", "и", "между"}
#: ... and after it (Цзилинь /Северо-Восточный Китай/, Хубэй (провинция ...)).
_PLACE_AFTER = re.compile(r"\s*[(/,]?\s*(?:провинци|город|уезд|район|/|\()", re.IGNORECASE)
#: Chinese-looking words that are no places: a news agency, a newspaper, a currency.
_NOT_PLACES = {"Синьхуа", "Жэньминь", "Жибао", "Юань", "Юаня", "Юаней"}


def _place_context(text: str, start: int, end: int) -> bool:
    before = re.findall(r"[А-Яа-яЁё]+", text[max(0, start - 30):start])
    return bool(before and before[-1].lower() in _PLACE_BEFORE) or bool(_PLACE_AFTER.match(text, end))


#: A country or people other than China, as an attribute of a name (президент Южной Кореи, южнокорейская
#: писательница, лидер КНДР, мэр Сеула): genitive nouns, indeclinable abbreviations, adjectives in any form.
_NOT_CHINA = re.compile(
    r"(?:(?:южно|северо)?корейск|вьетнамск|камбоджийск|кхмерск|лаосск|мьянманск|бирманск|таиландск|тайск|японск"
    r"|монгольск|казахстанск|кыргызск|киргизск|узбекск|таджикск|индонезийск|малайзийск|филиппинск)\w*"
    r"|кореи|корея|кндр|рк|срв|лндр|вьетнама|камбоджи|лаоса|мьянмы|бирмы|таиланда|японии|монголии|казахстана"
    r"|кыргызстана|киргизии|узбекистана|таджикистана|индонезии|малайзии|филиппин|сеула|пхеньяна|ханоя|пномпеня")
#: ... and China (which wins: посол КНР в КНДР Ван Яцзюнь; Яньбянь-Корейский округ is Chinese).
_CHINA = re.compile(r"кит\w*|кнр|пекин\w*|кпк|всснп|нпкск|госсовет\w*|тайван\w*|сянган\w*|гонконг\w*|аомын\w*"
                    r"|макао|яньбян\w*|синьхуа")
_CLAUSE_END = re.compile(r"[.!?;:()«»\"“”—–\n,]")


#: the cases a Russian case ending marks on a declined name (Мун Чжэ Ина: genitive)
_ENDING_CASES = {"а": "gent", "я": "gent", "ы": "gent", "и": "gent", "у": "datv", "ю": "datv", "е": "datv loct",
                 "ом": "ablt", "ем": "ablt", "ём": "ablt", "ой": "ablt", "ей": "ablt"}


#: The oblique cases a man's name takes on both words, each with its hard and soft endings (Лян-у, Сю-ю from
#: Сюй; Ван-ом, Цзюньшэн-ом).
_SAME_CASE = (("а", "я"), ("у", "ю"), ("ом", "ем", "ём"), ("е",))


def _declined_together(surname: str, given: str) -> bool:
    """Both words of a name in one oblique case (Ляну Вэньцину, Ваном Цзюньшэном, Сюю Мину): the surname is one
    Palladius syllable with a case ending (its base ends hard, in -ь or in -й), the given name ends in the same
    case and reads as Palladius without it.  A surname form the Russian dictionary knows as a first name (Яна,
    Лину, Ляну) counts only before a given name with a letter group Russian words lack (Ляну Вэньцину, not
    Яна Ханина)."""
    from .palladius import _chunks

    def base(word: str, end: str) -> bool:
        stem = word[: -len(end)]
        return len(stem) > 1 and any(len(_chunks(stem + soft) or ()) == 1 for soft in ("", "ь", "й"))

    morph = _morph()
    if morph is not None and not any(d in given.lower() for d in _DISTINCTIVE) and any(
            p.is_known and "Name" in p.tag for p in morph.parse(surname)):  # type: ignore[attr-defined]
        return False  # Яна Ханина, Лину Фомину: a Russian first name in a case form, not Ян or Лин declined
    low, giv = surname.lower(), given.lower()
    for same in _SAME_CASE:
        for end in same:
            if low.endswith(end) and base(surname, end):
                for e in same:
                    stem = given[: -len(e)]
                    if giv.endswith(e) and len(stem) > 1 and any(_chunks(stem + soft) for soft in ("", "ь", "й")):
                        return True
    return False


def _name_cases(given: str) -> set[str] | None:
    """The cases a given name's ending marks (Вэя: genitive), or None when it may be undeclined (Вэй, Ган)."""
    from .palladius import _chunks

    m = _CASE_END.search(given.lower())
    if not m or _chunks(given) is not None or m.group() not in _ENDING_CASES:
        return None
    return set(_ENDING_CASES[m.group()].split())


def _foreign_attribute(text: str, start: int, given: str) -> bool:
    """Whether the words just before a name make it a citizen of a country other than China: a country or people
    named in its clause, with only nouns and adjectives between (президент Южной Кореи Мун Чжэ Ин, южнокорейская
    писательница Хан Ган, глава МИД Республики Корея Чо Хён), and China named nowhere in the clause.  A verb or a
    preposition between breaks the link (вьетнамский премьер встретился с Ли Цяном), and so does a declined name
    that no noun there agrees with (вьетнамский коллега Сюй Вэя: Xu Wei's colleague).  Needs pymorphy3."""
    morph = _morph()
    if morph is None:
        return False
    before = text[max(0, start - 160): start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    words = re.findall(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*", before[cut[-1] if cut else 0:])
    if any(_CHINA.fullmatch(w.lower()) for w in words):
        return False
    if not any(_NOT_CHINA.fullmatch(w.lower()) for w in words[-8:]):
        return False  # no other country in reach: the walk below could only end in False (no parsing needed)
    cases = _name_cases(given)
    nouns: list[set[str]] = []
    for w in reversed(words[-8:]):
        if _NOT_CHINA.fullmatch(w.lower()):
            return cases is None or not nouns or any(cases & n for n in nouns)
        parses = morph.parse(w)  # type: ignore[attr-defined]
        tag = parses[0].tag
        if not (w.isupper() or tag.POS in ("NOUN", "ADJF", "NUMR") or (tag.POS == "PRTF" and "Subx" in tag)):
            return False  # a verb, preposition, conjunction ...
        if tag.POS == "NOUN":
            nouns.append({str(p.tag.case) for p in parses if p.tag.POS == "NOUN"})
    return False


def find_palladius_names(text: str, places: bool = True, place_context: bool = False) -> list[NameSpan]:
    """Palladius-shaped person and place names in Russian ``text``, in text order.

    Args:
        text: Russian text.
        places: Also report single-word place names.
        place_context: Report a single-word place (other than a traditional exonym) only where the
            words around it say it is a place (``в Гаояне``, ``провинции Цзянси``, ``Цзилинь /Северо-Восточный
            Китай/``): foreign names in instrumental case (``Байденом``) parse as Palladius too.

    Returns:
        Non-overlapping spans with their rule-based English rendering.
    """
    from .palladius import _chunks, syllables_to_cyrillic, to_pinyin, word_to_pinyin

    surnames = _surnames()
    out: list[NameSpan] = []

    def pair(a: str, b: str) -> bool:
        if a in _STOP_RU and b in _STOP_RU:
            return False
        ca, cb = word_to_pinyin(a), word_to_pinyin(b)
        if not ca or not cb or len(ca[0].syllables[0]) != 1 or ca[0].syllables[0][0] not in surnames:
            return False
        # in a Chinese name usually only the last word declines (Си Цзиньпина, Ван Цзыляню): a surname read
        # only by taking an ending off (Яна as Ян + а, Нина as Нин + а) is a Russian name's case form,
        # unless the given name after it ends in the same case (Ляну Вэньцину, Ваном Цзюньшэном: a man's
        # name with both words declined, as the Russian press often writes it)
        if len(_chunks(a) or ()) != 1 and not _declined_together(a, b):
            return False
        if russian_person(a, b):  # Ян Иванов, Лина Фомина
            return False
        if _declined_foreign(b):  # Хун Сена (Хун Сен, a Khmer name), not Hong Xiena
            return False
        # after a one-letter preposition, a place the dictionary knows is no given name (У Шанхая)
        # a given name reads as one or two syllables (Данькова, dan-kuo-wa, is a Russian surname)
        return any(len(c.syllables[0]) <= 2 for c in cb) and not (len(a) == 1 and dictionary_word(b) == "place")

    for run in _runs(text):
        words = [m.group() for m in run]
        used: set[int] = _foreign_runs(words)
        for i in range(len(run) - 1):
            if i in used or i + 1 in used:
                continue
            a, b = run[i], run[i + 1]
            if not pair(a.group(), b.group()):
                continue
            # "У Си Цзиньпина": the one-syllable word after "У" is the surname of the name that follows
            if i + 2 < len(run) and i + 2 not in used and _one_syllable(b.group()) and pair(b.group(), words[i + 2]):
                continue
            if _foreign_attribute(text, a.start(), b.group()):  # южнокорейская писательница Хан Ган
                continue
            rev = to_pinyin(f"{a.group()} {b.group()}")
            out.append(NameSpan(a.start(), b.end(), text[a.start(): b.end()], rev.text, "person",
                                round(min(0.95, 0.5 + rev.confidence / 2), 3)))
            used |= {i, i + 1}
        if not places:
            continue
        for i, m in enumerate(run):
            w = m.group()
            if i in used or w in _STOP_RU or w in _NOT_PLACES or len(w) < 4:
                continue
            rev = to_pinyin(w)
            if not rev.text:
                continue
            if place_context and not rev.exonym and not _place_context(text, m.start(), m.end()):
                continue
            sy = rev.candidates[0].syllables
            if not rev.exonym:
                if not sy or len(sy[0]) < 2:
                    continue
                base = syllables_to_cyrillic(sy[0]).lower()
                if not any(d in base for d in _DISTINCTIVE):
                    continue
                known = dictionary_word(w)
                if known in ("word", "name"):
                    continue  # Поэтому, Читайте, Эпидемия, Николай
                if known == "place" and ("-" in w or not any(d in base for d in _CHINESE_ONLY)):
                    continue  # Женеве, Улан-Удэ
            out.append(NameSpan(m.start(), m.end(), w, rev.text, "place", round(0.4 + rev.confidence / 3, 3)))
    return sorted(out, key=lambda s: s.start)

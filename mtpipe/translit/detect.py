"""Find Chinese names written in Palladius Cyrillic inside Russian text.

Used by ``glossary suggest`` to mine candidates, and meant for the translation stage:
a Palladius-shaped name that the glossary does not know can be rendered in English
with the rule-based pinyin (``Ван Цзылянь`` -> ``Wang Zilian``), flagged ``auto``,
instead of whatever the model invents.

Persons: two capitalised words, the first a common surname syllable, the second one to
three syllables (case forms allowed: ``Си Цзиньпина``; one-letter words too: ``У И``).  A rarer surname
(among the 300 most borne, ``Бу Сянчжи``) counts when the given name bears out the Palladius shape, and the
Western order of sport and culture news too (``Вэньлун Ли``: a two-syllable given name with a letter group only
Palladius writes, then a one-syllable surname; English keeps the text's order).
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

from ..russian_dictionary import morph as _morph  # the one copy of the dictionary
from .foreign import declined_foreign, foreign_attribute, foreign_runs, one_syllable
from .tables import persisted

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
@persisted("detect.surnames")
def _surnames() -> frozenset[str]:
    from .pinyin import COMMON_SURNAMES, SURNAMES, _lazy

    return frozenset((SURNAMES.get(ch) or _lazy(ch)[0]).replace("ü", "v") for ch in COMMON_SURNAMES + _MORE_SURNAMES)


@lru_cache(maxsize=1)
def _surnames_ru() -> frozenset[str]:
    """The common surnames (:func:`_surnames`) in Palladius Cyrillic, capitalised (Ван, Ли, Чжэн)."""
    from .palladius import syllables_to_cyrillic

    return frozenset(syllables_to_cyrillic([x]).capitalize() for x in _surnames())


#: How many surnames, by bearers (``data/name_chars.tsv``), the rarer tier of :func:`_rare_surnames` holds.
_RARE_SURNAME_RANK = 300
#: Surname readings pypinyin's default lacks among them (卜 Бу Сянчжи is bǔ, not bo).
_RARE_READINGS = {"卜": "bu"}


@lru_cache(maxsize=1)
@persisted("detect.rare_surnames")
def _rare_surnames() -> frozenset[str]:
    """Readings of the surnames among the 300 most borne (``data/name_chars.tsv``, column ``bearers``) that
    :func:`_surnames` lacks (卜 Бу, 农 Нун, 隋 Суй, 柯 Кэ).  Several are also Korean or Vietnamese name
    syllables (Ань, Ю, Минь, Мин), so a name with one of them is taken only when its given name bears out the
    Palladius shape: two syllables, or a letter group only Palladius writes (Бу Сянчжи, not Минь Хоа)."""
    from pathlib import Path

    from .pinyin import SURNAMES, _lazy

    rows = []
    for line in (Path(__file__).parent / "data" / "name_chars.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 8 or not cols[7]:
            continue
        rows.append((float(cols[7]), cols[0]))
    top = [ch for _, ch in sorted(rows, reverse=True)[:_RARE_SURNAME_RANK]]
    readings = {(_RARE_READINGS.get(ch) or SURNAMES.get(ch) or _lazy(ch)[0]).replace("ü", "v") for ch in top}
    return frozenset(readings - _surnames())


def _palladius_given(word: str, syllables: list[str]) -> bool:
    """A given name whose shape only Palladius makes: two syllables or more, none a bare vowel (Хоа is no
    huo-a), or a letter group Russian, Korean and Vietnamese names in Cyrillic lack (Сянчжи, Цзе, Вэнь)."""
    return (len(syllables) >= 2 and all(len(s) > 1 for s in syllables)) or any(d in word.lower() for d in _DISTINCTIVE)


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


#: Share of given-name characters (real names, ``data/name_chars.tsv``) read as a syllable under which the syllable
#: is no Chinese given-name syllable (nei, kei, ken: 0.00004 or less; sui 0.0004, tang 0.0007, wen 0.015).
_GIVEN_SYLLABLE_MIN = 1e-4


def _sentence_start(text: str, start: int) -> bool:
    """Nothing but spaces, quotes or a dash after a sentence end or a line start before ``start``."""
    return bool(re.search(r"(?:^|[.!?…\n])[\s«\"“—–-]*$", text[max(0, start - 20): start]))


@lru_cache(maxsize=None)
def _given_syllable(syllable: str) -> bool:
    """True when Chinese given names use characters read ``syllable`` (toneless pinyin) often enough."""
    from .hanzi import _name_counts, _pinyin_index

    nc = _name_counts()
    chars = _pinyin_index().get(syllable.replace("ü", "v"), {})
    return sum(nc.cols["real"].get(c, 0) for c in chars) / nc.totals["real"] >= _GIVEN_SYLLABLE_MIN


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
    surnames_ru = _surnames_ru()
    out: list[NameSpan] = []

    def pair(a: str, b: str) -> bool:
        if a in _STOP_RU and b in _STOP_RU:
            return False
        ca, cb = word_to_pinyin(a), word_to_pinyin(b)
        if not ca or not cb or len(ca[0].syllables[0]) != 1:
            return False
        if ca[0].syllables[0][0] not in surnames and not (  # a rarer surname: Бу Сянчжи, not Минь Хоа
                ca[0].syllables[0][0] in _rare_surnames() and _palladius_given(b, cb[0].syllables[0])):
            return False
        # in a Chinese name usually only the last word declines (Си Цзиньпина, Ван Цзыляню): a surname read
        # only by taking an ending off (Яна as Ян + а, Нина as Нин + а) is a Russian name's case form,
        # unless the given name after it ends in the same case (Ляну Вэньцину, Ваном Цзюньшэном: a man's
        # name with both words declined, as the Russian press often writes it)
        if len(_chunks(a) or ()) != 1 and not _declined_together(a, b):
            return False
        if russian_person(a, b):  # Ян Иванов, Лина Фомина
            return False
        if declined_foreign(b):  # Хун Сена (Хун Сен, a Khmer name), not Hong Xiena
            return False
        # after a one-letter preposition, a place the dictionary knows is no given name (У Шанхая)
        # a given name reads as one or two syllables (Данькова, dan-kuo-wa, is a Russian surname)
        return any(len(c.syllables[0]) <= 2 for c in cb) and not (len(a) == 1 and dictionary_word(b) == "place")

    def given_first(a: str, b: str) -> bool:
        # the Western order sport and culture news often use (Вэньлун Ли, Цинвэнь Чжэн, Цзиньши Бай): a given name
        # of two syllables with a letter group only Palladius writes, then a one-syllable surname, undeclined
        if a in _STOP_RU or a in _NOT_PLACES or not any(d in a.lower() for d in _DISTINCTIVE):
            return False
        ca, cb = word_to_pinyin(a), word_to_pinyin(b)
        if not ca or not cb or len(_chunks(b) or ()) != 1 or len(cb[0].syllables[0]) != 1:
            return False
        if not any(len(c.syllables[0]) == 2 and all(len(s) > 1 for s in c.syllables[0]) for c in ca):
            return False
        if cb[0].syllables[0][0] not in surnames | _rare_surnames():
            return False
        # a Western first name spelt in syllables Chinese given names hardly use (Кейтлин: kei-lin), also one the
        # dictionary lacks in this spelling: every syllable of a Chinese given name is one given names use
        if not any(all(_given_syllable(s) for s in c.syllables[0]) for c in ca if len(c.syllables[0]) == 2):
            return False
        return dictionary_word(a) == "" and not to_pinyin(a).exonym  # Боян (a Slavic name), a known place

    for run in _runs(text):
        words = [m.group() for m in run]
        used: set[int] = foreign_runs(words)
        for i in range(len(run) - 1):
            if i in used or i + 1 in used:
                continue
            a, b = run[i], run[i + 1]
            if not pair(a.group(), b.group()):
                if not given_first(a.group(), b.group()):
                    continue
                # "Синьхуа Ван И": a surname is taken by the name it starts before one that ends in it
                if i + 2 < len(run) and i + 2 not in used and pair(b.group(), words[i + 2]):
                    continue
                if foreign_attribute(text, a.start(), b.group()):
                    continue
                rev = to_pinyin(f"{a.group()} {b.group()}")
                out.append(NameSpan(a.start(), b.end(), text[a.start(): b.end()], rev.text, "person",
                                    round(min(0.9, 0.45 + rev.confidence / 2), 3)))
                used |= {i, i + 1}
                continue
            # "У Чжэн остаются шансы": a sentence starts with the preposition у before a surname alone (lower case
            # after it); a one-letter given name after a surname (Ли И) stays a name
            if a.group() == "У" and b.group().lower() not in ("и", "а") and _sentence_start(text, a.start()) \
                    and b.group() in surnames_ru and re.match(r"\s+[а-яё]", text[b.end(): b.end() + 3]):
                continue
            # "У Си Цзиньпина": the one-syllable word after "У" is the surname of the name that follows
            if i + 2 < len(run) and i + 2 not in used and one_syllable(b.group()) and pair(b.group(), words[i + 2]):
                continue
            if foreign_attribute(text, a.start(), b.group()):  # южнокорейская писательница Хан Ган
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

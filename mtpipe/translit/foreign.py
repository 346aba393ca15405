"""Asian names in Russian text that are not Chinese, told from Palladius-shaped Chinese ones (used by
:mod:`mtpipe.translit.detect`).

Korean and Vietnamese names are written in Russian as three or more short words, one syllable each (``Чон Ген
Ду``, ``Ким Чен Ын``, ``Фам Минь Тинь``), the last maybe declined (``Ли Чжэ Мёна``); a one-syllable foreign given
name in a case form reads as Palladius only by taking its ending for a syllable (``Хун Сена``); and a name a country
other than China qualifies in its clause is that country's (``южнокорейская писательница Хан Ган``).
"""

from __future__ import annotations

import re

__all__ = ["one_syllable", "declined_one_syllable", "declined_foreign", "foreign_runs", "foreign_attribute"]

_VOWELS = re.compile(r"[аеёиоуыэюя]+")


def one_syllable(word: str) -> bool:
    """A short word of one syllable, Palladius or not (Чон, Ким, Ын, Минь, Тьинь, У): one group of vowels."""
    return len(word) <= 6 and "-" not in word and len(_VOWELS.findall(word.lower())) == 1


#: Russian case endings a declined foreign name takes (Ким Чен Ына, Ли Чжэ Мёном, Хун Сену).
_CASE_END = re.compile(r"(?:ами|ями|ом|ем|ём|ой|ей|ам|ям|ах|ях|ым|им|а|я|у|ю|е|ы|и)$")


def declined_one_syllable(word: str) -> bool:
    """A one-syllable word with a Russian case ending (Мёна, Гона, Ыну, Тхэка, Цяна): only the last word of a
    Korean, Vietnamese or Chinese name declines, so such a word may end a run of one-syllable words."""
    m = _CASE_END.search(word.lower())
    return bool(m) and m.start() >= 2 and one_syllable(word[: m.start()])


def declined_foreign(word: str) -> bool:
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


def foreign_runs(words: list[str]) -> set[int]:
    """Indices of words in stretches of three or more one-syllable words, the last maybe declined (Ким Чен Ын,
    Ли Чжэ Мёна, Фам Минь Тьиня): Korean or Vietnamese names, no pair of which is a Chinese person."""
    out: set[int] = set()
    i = 0
    while i < len(words):
        if words[i] in ("И", "А"):  # a conjunction starting the sentence (И Ли Цяна ...), no part of a name
            i += 1
            continue
        j = i
        while j < len(words) and one_syllable(words[j]):
            j += 1
        end = j + 1 if j < len(words) and j - i >= 2 and declined_one_syllable(words[j]) else j
        if end - i >= 3:
            out |= set(range(i, end))
        i = max(j, i + 1)
    return out


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


def _name_cases(given: str) -> set[str] | None:
    """The cases a given name's ending marks (Вэя: genitive), or None when it may be undeclined (Вэй, Ган)."""
    from .palladius import _chunks

    m = _CASE_END.search(given.lower())
    if not m or _chunks(given) is not None or m.group() not in _ENDING_CASES:
        return None
    return set(_ENDING_CASES[m.group()].split())


def foreign_attribute(text: str, start: int, given: str) -> bool:
    """Whether the words just before a name make it a citizen of a country other than China: a country or people
    named in its clause, with only nouns and adjectives between (президент Южной Кореи Мун Чжэ Ин, южнокорейская
    писательница Хан Ган, глава МИД Республики Корея Чо Хён), and China named nowhere in the clause.  A verb or a
    preposition between breaks the link (вьетнамский премьер встретился с Ли Цяном), and so does a declined name
    that no noun there agrees with (вьетнамский коллега Сюй Вэя: Xu Wei's colleague).  Needs pymorphy3."""
    from ..russian_dictionary import morph as russian

    morph = russian()
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

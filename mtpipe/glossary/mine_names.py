"""The per-language name rules of ``glossary suggest`` (:func:`mtpipe.glossary.mine.suggest`).

Each miner reads the lines of one language in a document and returns hits (a form, its pinyin key,
a kind, a confidence and its context):

* :func:`_mine_ru`: persons and places written in Palladius (``Ван Цзылянь``, ``Чанчуня``);
* :func:`_mine_en`: persons written in pinyin (``Xu Xiaoxiong``, ``CAI Dong``) and places;
* :func:`_mine_vi`: persons written in Sino-Vietnamese (``Hà Quang Trung``), told from Vietnamese
  persons, places and streets by :mod:`mtpipe.glossary.vi_names`; :func:`_given_name_mentions` joins a
  bare given name after ``Ông``/``Bà`` to the full name it belongs to.

Grouping the hits into suggestions, ranking them and the review file stay in :mod:`mtpipe.glossary.mine`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from ..translit.pinyin import COMMON_SURNAMES

if TYPE_CHECKING:
    from .mine import MineOptions


#: Common Chinese surnames; their readings decide whether a capitalised pair can be a person.
SURNAME_HANZI = COMMON_SURNAMES
_STOP_EN = {"china", "chinese", "he", "she", "a", "an", "in", "on", "to", "the", "and", "guide", "same", "nine",
            "lane", "hang", "bang", "gang", "long", "man", "men", "pin", "sun", "tan", "ban", "can", "fan", "pan",
            "ran", "wan", "dan", "nan", "zen", "yuan", "yen", "ding", "king", "ling", "sing", "wing", "ping", "mao",
            "lao", "tao", "hub", "beijing", "anna", "china's", "sen", "die", "lie", "tie", "pie", "ma", "pa", "la",
            "me", "mi", "bi", "di", "ti", "ni", "li", "xi", "ou", "ai", "er", "ha", "na", "da", "ta", "sa", "ka",
            "wo", "yo", "bo", "po", "mo", "lo", "no", "so", "go", "do", "ho", "jo", "cao", "hai", "kai", "sai",
            "asia", "june", "area", "santa", "banana", "nana", "panama", "cuba", "kenya", "tonga", "luna",
            "lai", "mai", "tai", "dai", "nai", "pai", "bai", "gai", "zhou", "new", "ten", "den", "hen", "pen"}
#: Vietnamese words that are capitalised as titles or sentence starts, never surnames here.
_STOP_VI = {"phó", "bí", "ban", "thường", "ủy", "uỷ", "chủ", "đại", "hội", "ông", "bà", "tổng", "thủ", "bộ", "sở",
            "nhà", "tỉnh", "thành", "quận", "huyện", "xã", "sáng", "chiều", "tại", "theo", "trong", "ngày", "tháng",
            "năm", "các", "những", "người", "việt", "trung", "quốc", "kế", "nhóm", "có", "cần", "chính", "giám",
            "đặc", "thị", "chúng", "tứ", "anh", "chị", "đồng", "khu", "hà nội"}
_HONORIFIC_VI = ("Ông", "ông", "Bà", "bà", "đồng chí", "Đồng chí")


@dataclass
class _Hit:
    lang: str
    form: str
    kind: str
    en: str
    key: str
    confidence: float
    context: str
    alts: tuple[str, ...] = ()
    zh: str = ""
    zh_conf: float = 0.0
    evidence: tuple[str, ...] = ()
    leans_vi: bool = False  # Vietnamese text calls the person by a title Vietnamese officials carry
    bare_top: bool = False  # ... by a top title with no country (Chủ tịch nước X): Việt Nam's own leader
    china_seen: bool = False  # China named with the name (a title with Trung Quốc, China in its clause)
    doc: str = ""


def _key(en: str) -> str:
    t = unicodedata.normalize("NFKD", en.lower())
    return "".join(c for c in t if c.isalpha() and c.isascii())


def _surname_syllables() -> set[str]:
    from ..translit.pinyin import SURNAMES, _lazy

    out = set()
    for ch in SURNAME_HANZI:
        out.add(SURNAMES.get(ch) or _lazy(ch)[0])
    return {s.replace("ü", "v") for s in out}


def _surnames_vi() -> set[str]:
    from ..translit.sinoviet import from_hanzi

    return {from_hanzi(ch).lower() for ch in SURNAME_HANZI}


def _context(text: str, start: int, end: int, n: int) -> str:
    return " ".join(text[max(0, start - n): end + n].split())


# a pinyin apostrophe before a, o, e joins the word (Xi'an, Yan'an); "Qiang's" stays "Qiang"
_EN_WORD = re.compile(r"\b[A-Z][A-Za-z]+(?:['\u2019][aeo][a-z]*)*\b")
_VI_WORD = re.compile(r"[A-ZĐÀ-ỸÂĂÊÔƠƯ][a-zà-ỹđâăêôơư]*", re.UNICODE)
_ADMIN_EN = re.compile(r" (New Area|New District|District|County|City|Province|Town|Township)\b")


def _runs(pattern: re.Pattern[str], text: str) -> list[list[re.Match[str]]]:
    from ..translit.detect import word_runs

    return word_runs(pattern, text)


def _mine_ru(text: str, fname: str, opts: MineOptions, surnames: set[str]) -> list[_Hit]:
    from ..translit.detect import find_palladius_names
    from ..translit.palladius import to_pinyin

    hits = []
    seen = frozenset(re.findall(r"[А-ЯЁ][а-яё]+", text))
    for span in find_palladius_names(text, places=opts.places, place_context=True):
        alts: tuple[str, ...] = ()
        en = span.en
        if span.kind == "person":
            alts = tuple(_key(c.text) for c in to_pinyin(span.text).candidates[1:3])
        elif span.kind == "place":
            if _ru_not_a_place(text, span.start, span.end):
                continue
            en = _ru_place_reading(span.text, span.en, seen)
        hits.append(_Hit("ru", span.text, span.kind, en, _key(en), span.confidence,
                         _context(text, span.start, span.end, opts.context_chars), alts))
    return hits


#: Russian case endings a declined place name ends in, and what its base form ends in instead
#: (в Чанчуне: Чанчунь; в Шэньяне: Шэньян; в Семее: Семей).
_RU_CASE_BASES = (("е", ("", "ь", "й")), ("ю", ("ь", "й")), ("и", ("ь", "й")))


def _ru_bases(word: str) -> list[str]:
    for end, bases in _RU_CASE_BASES:
        if word.endswith(end) and len(word) > 4:
            return [word[: -len(end)] + b for b in bases]
    return []


def _ru_not_a_place(text: str, start: int, end: int) -> bool:
    """A one-word Palladius-shaped "place" that is not a Chinese one:

    * coordinated with a Russian surname or name (``об Устюгове и Шипулине``): a list of persons;
    * a case form whose base form the Russian dictionary knows as something other than a place
      (``в Семее``: Семей, the Kazakh city, is also a form of семья), while the word itself is unknown.
    """
    from ..russian_dictionary import morph as russian
    from ..translit.detect import _RU_SURNAME_END, dictionary_word

    word = text[start:end]
    before = re.search(r"([А-ЯЁ][а-яё]+)(?:\s+(?:и|или)\s+|,\s*)$", text[max(0, start - 40): start])
    after = re.match(r"(?:\s+(?:и|или)\s+|,\s*)([А-ЯЁ][а-яё]+)", text[end: end + 40])
    for m in (before, after):
        if m and (_RU_SURNAME_END.search(m.group(1).lower()) or dictionary_word(m.group(1)) == "name"):
            return True
    morph = russian()
    if morph is None or dictionary_word(word):
        return False
    for base in _ru_bases(word):
        known = dictionary_word(base[:1].upper() + base[1:])
        if known and known != "place":
            return True
    return False


@lru_cache(maxsize=1)
def _chinese_place_keys() -> frozenset[str]:
    """Pinyin keys of China's provinces and large cities (:mod:`mtpipe.glossary.vi_names`) and the exonyms."""
    from ..translit import exonyms
    from ..translit.pinyin import to_pinyin
    from .vi_names import _CHINA_PLACES_ZH

    return frozenset({_key(to_pinyin(z, "place")) for z in _CHINA_PLACES_ZH} | {_key(r[1]) for r in exonyms.EXONYMS})


@lru_cache(maxsize=1)
def _place_finals() -> dict[str, int]:
    """How many Chinese place names end in each pinyin syllable (``translit/data/place_finals.tsv``,
    built by ``tools/build_place_finals.py`` from jieba's place names): 阳 yang ends 217, 延/盐 yan 39."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "translit" / "data" / "place_finals.tsv"
    rows = [r.split("\t") for r in path.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    return {r[0]: int(r[1]) for r in rows}


def _ru_place_reading(word: str, en: str, seen: frozenset[str] = frozenset()) -> str:
    """The reading of a declined place name whose base form is ambiguous (Аньяне: Аньян or Аньянь, Anyang or
    Anyan; the locative -е hides whether the final -н is hard, -ng, or soft, -n):

    1. a base form that is a known Chinese place (provinces, large cities, exonyms);
    2. a base form the same text writes as a word of its own (``г. Хуаньянь ... в Хуаньяне``);
    3. between a hard and a soft final, the syllable more Chinese place names end in (yang 217 : yan 39,
       an 89 : ang 8; :func:`_place_finals`);
    else ``en``.
    """
    from ..translit.palladius import to_pinyin

    if _key(en) in _chinese_place_keys():
        return en
    for cand in to_pinyin(word).candidates[1:]:
        if _key(cand.text) in _chinese_place_keys():
            return cand.text
    bases: list[tuple[str, str, str]] = []
    for base in _ru_bases(word):
        r = to_pinyin(base)
        if r.text and _key(r.text) in _chinese_place_keys():
            return r.text
        if r.text and r.candidates[0].syllables:
            bases.append((base, r.text, r.candidates[0].syllables[-1][-1]))
    for base, text, _last in bases:
        if base in seen:
            return text
    finals = {b[-1:]: (text, last) for b, text, last in bases if b.endswith(("н", "нь"))}
    if word.endswith("е") and set(finals) == {"н", "ь"}:
        prior = _place_finals()
        (hard, h), (soft, s) = finals["н"], finals["ь"]
        if prior.get(h, 0) != prior.get(s, 0):
            return hard if prior.get(h, 0) > prior.get(s, 0) else soft
    return en



def _mine_en(text: str, fname: str, opts: MineOptions, surnames: set[str], in_foreign: bool = False) -> list[_Hit]:
    """Pinyin persons and places in Latin ``text``; ``in_foreign``: the Latin lines of a Russian or
    Vietnamese page, where a common English word alone (feed furniture: Posted, Share) is no name."""
    from ..translit.pinyin import is_english_lookalike, parse_syllables, pinyin_word
    from .latin_words import calendar_words, common_latin_word

    hits = []
    for run in _runs(_EN_WORD, text):
        words = [m.group() for m in run]
        raw = [parse_syllables(w) if w.lower() not in _STOP_EN or w.lower() in surnames or i and words[i - 1][:1].isupper()
               else None for i, w in enumerate(words)]
        # an English word of two or more syllables (Meeting = me-e-ting, Module, Obama) is English, not
        # pinyin, except as the given name after a surname (Liang Lina, Zhang Ailing, Zhao Deming);
        # one-syllable ones (Long, Sun) are judged by position below
        sylls = [None if is_english_lookalike(w) else raw[i] for i, w in enumerate(words)]
        used: set[int] = set()
        i = 0
        while i < len(run) - 1:
            a, b = sylls[i], sylls[i + 1]
            if a and len(a) == 1 and a[0] in surnames and b is None and words[i + 1][1:].islower():
                b = raw[i + 1]
            if a and b and len(b) <= 3 and i + 1 not in used and words[i + 1].lower() not in ("china", "new"):
                person = len(a) == 1 and a[0] in surnames
                mongol = len(a) == 2 and len(b) == 2
                # a given name written syllable by syllable (Hu He Ping, Lou Qin Jian): one name, when
                # the run ends there and the third syllable is no surname (Wang Yi Li Qiang is two)
                third = (person and len(b) == 1 and i + 3 == len(run) and sylls[i + 2] is not None
                         and len(sylls[i + 2]) == 1 and sylls[i + 2][0] not in surnames and words[i + 2][1:].islower())
                # the surname and given name of a foreign name written Western-style, given name first (Paul
                # Chan Mo Po: Chan, no pinyin surname, after a non-pinyin given name): "Mo Po" is no Chinese name
                if person and i >= 2 and raw[i - 1] and not (len(raw[i - 1]) == 1 and raw[i - 1][0] in surnames) \
                        and raw[i - 2] is None and words[i - 2].lower() not in _STOP_EN:
                    i += 1
                    continue
                if person or mongol:
                    last = i + 2 if third else i + 1
                    en = f"{pinyin_word(a)} {pinyin_word(b + sylls[i + 2] if third else b)}"
                    form = text[run[i].start(): run[last].end()]
                    hits.append(_Hit("en", form, "person", en, _key(en), 0.85 if person else 0.55,
                                     _context(text, run[i].start(), run[last].end(), opts.context_chars)))
                    used |= set(range(i, last + 1))
                    i = last + 1
                    continue
            i += 1
        for i, m in enumerate(run):
            s = sylls[i]
            w = m.group()
            if i in used or not s or w.lower() in _STOP_EN or len(s) < 2 or not w[1:].islower():
                continue
            kind = "person" if len(s) == 3 and s[0] in surnames else "place"
            # one word read as a whole Chinese name next to a capitalised word that is no pinyin (Malala
            # Yousafzai, Casa Liana): a foreign given name or surname of the same name
            if kind == "person" and any(0 <= k < len(run) and raw[k] is None and words[k].lower() not in _STOP_EN
                                        for k in (i - 1, i + 1)):
                continue
            en = pinyin_word(s) if kind == "place" else f"{pinyin_word(s[:1])} {pinyin_word(s[1:])}"
            # a weekday or month (Tue of an RSS date read as tu'e), or a common word on a Russian or
            # Vietnamese page, alone: no name, unless it is a Chinese place name itself
            if (w.lower() in calendar_words() or in_foreign and common_latin_word(w)) \
                    and _key(en) not in _chinese_place_keys():
                continue
            end = m.end()
            adm = _ADMIN_EN.match(text, end)
            if kind == "place" and adm:
                en, end = f"{en} {adm.group(1)}", adm.end()
            elif kind == "place" and text.count(w) < 2 and text[m.start() - 1: m.start()] != "(":
                continue  # a single pinyin-looking word met once is too often an English word
            hits.append(_Hit("en", text[m.start(): end], kind, en, _key(en), 0.5 if kind == "place" else 0.45,
                             _context(text, m.start(), end, opts.context_chars)))
    return hits


#: Evidence of a non-Chinese verdict that comes from the name's shape or the document's counts, not from its
#: context: too weak to overrule a Chinese reading of the same name in another document.
_WEAK_NOT_CHINESE = ("name shape", "no Chinese context", "surname")


def _mine_vi(text: str, fname: str, opts: MineOptions, surnames_vi: set[str], masked: str | None = None,
             chinese_names: Iterable[str] = (), not_chinese: dict[str, str] | None = None) -> list[_Hit]:
    """Persons in Vietnamese ``text``; runs of capitalised words are read in ``masked`` (the text with
    known names and places blanked, same offsets), the context around them in ``text``; the whole
    text is the document context (``chinese_names``: Vietnamese forms known to be Chinese persons).
    ``not_chinese`` receives the names (folded) that the context shows to be no Chinese person here (a
    Vietnamese official leading a province's delegation, a place), with the document and the evidence."""
    from ..translit import sinoviet
    from . import vi_names, vi_rare

    doc = vi_names.doc_context(text, chinese_names)
    hits = []
    for run in _runs(_VI_WORD, masked if masked is not None else text):
        words = [m.group() for m in run]
        # latin-only capitalised words in Vietnamese text are often pinyin (Zhou Zhihong): left to _mine_en
        i = 0
        while i < len(run):
            w = words[i]
            rare = w.lower() in vi_rare.rare_surnames()
            if w.lower() in _STOP_VI or (w.lower() not in surnames_vi and not rare) or not w[:1].isupper():
                i += 1
                continue
            if i > 0 and words[i - 1][:1].isupper() and (words[i - 1].lower() not in _STOP_VI or (
                    words[i - 1] == "Thị" and i > 1 and words[i - 2][:1].isupper())):
                i += 1  # the end of a longer name (Nguyễn Văn Thọ, Nguyễn Thị Kim Phụng)
                continue
            j = i + 1
            while j < len(run) and j - i < 4 and words[j][:1].isupper() and sinoviet.is_sino_vietnamese(words[j]) \
                    and words[j].lower() not in ("ủy", "uỷ"):
                j += 1
            # a name without marks (Vi Thao 韦韬) is read here only when it is no pinyin (Wei Tao: _mine_en's)
            marked = any(not c.isascii() for c in "".join(words[i:j]))
            if j - i >= 2 and (marked or not vi_rare.all_pinyin(words[i:j])):
                name = " ".join(words[i:j])
                start = run[i].start()
                para = text.rfind("\n", 0, start) + 1
                line_end = text.find("\n", run[j - 1].end())
                after = text[run[j - 1].end(): line_end if line_end >= 0 else len(text)]
                if j < len(run) and words[j][:1].isupper() and words[j].lower() not in _STOP_VI \
                        and run[j].start() - run[j - 1].end() <= 1:
                    i = j + 1  # the start of a longer name (Đặng Sơn Duân): cut, it would be wrong
                    while i < len(run) and words[i][:1].isupper():
                        i += 1
                    continue
                verdict = vi_names.classify(name, text[max(para, start - 100):start], after, doc)
                if (rare or not marked) and not vi_rare.strong_enough(verdict, text[max(para, start - 30):start]):
                    i = j  # a rare surname or a name without marks, with no office or place of China beside it
                    continue
                if verdict.kind != "chinese":  # a Vietnamese person, a place, a street, a plain phrase
                    if not_chinese is not None and verdict.evidence and verdict.kind in ("vietnamese", "place") \
                            and not any(w in verdict.evidence[0] for w in _WEAK_NOT_CHINESE):
                        not_chinese.setdefault(vi_names._fold(name), f"{fname}: {verdict.kind}, {verdict.evidence[0]}")
                    i = j
                    continue
                rev = sinoviet.to_pinyin(name, "person")
                hz = sinoviet.to_hanzi(name, top=3)
                hits.append(_Hit("vi", text[start: run[j - 1].end()], "person", rev.text, _key(rev.text),
                                 0.4 + rev.confidence / 2 + verdict.score,
                                 _context(text, start, run[j - 1].end(), opts.context_chars),
                                 tuple(_key(c.text) for c in rev.candidates[1:4]),
                                 hz[0].text if hz else "", hz[0].confidence if hz else 0.0,
                                 tuple(verdict.evidence), verdict.score < 0, verdict.bare_top_title,
                                 verdict.score > 0))
                i = j
            else:
                i += 1
    return hits


def _mask(text: str, forms: list[str]) -> str:
    """``text`` with every form (whole words, case as written) blanked out by invisible separators."""
    if not forms:
        return text
    pat = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    return pat.sub(lambda m: "\u2063" * len(m.group()), text)


def _given_name_mentions(text: str, persons: list[_Hit], opts: MineOptions) -> list[_Hit]:
    """``Ông Quảng Trung`` -> a variant of ``Hà Quang Trung`` (given name, tones ignored)."""
    from ..translit.sinoviet import _strip_tones

    out = []
    for p in persons:
        given = p.form.split()[1:]
        if len(given) < 2:
            continue
        pat = re.compile(r"(?:" + "|".join(map(re.escape, _HONORIFIC_VI)) + r")\s+(" +
                         r"\s+".join(r"\w+" for _ in given) + r")\b")
        for m in pat.finditer(text):
            cand = m.group(1)
            if cand != " ".join(given) and _strip_tones(cand).lower() == _strip_tones(" ".join(given)).lower():
                out.append(_Hit("vi", cand, "person", p.en, p.key, 0.5,
                                _context(text, m.start(1), m.end(1), opts.context_chars)))
    return out

"""Candidate mining: Chinese names and terms in documents that the glossary does not have yet.

``suggest(["corpus/"], glossary)`` reads every text file and proposes:

* Russian persons and places written in Palladius (``Ван Цзылянь``, ``Си Цзиньпина``, ``Чанчуня``):
  capitalised words whose letters parse as Palladius syllables, a surname syllable first for persons;
* English persons written in pinyin (``Xu Xiaoxiong``, ``CAI Dong``, ``Jingjunhai``) and places;
* Vietnamese persons written in Sino-Vietnamese (``Hà Quang Trung``): capitalised runs of
  Hán-Việt syllables starting with a surname reading; a bare given name after ``Ông``/``Bà``
  (``Ông Quảng Trung``) joins the full name it belongs to;
* quoted numeric slogans (``"344"``, ``"1310"``).

Variant spellings of one name are grouped by converting each to pinyin and comparing
the letters (``Jing Junhai`` = ``Jingjunhai``; ``Си Цзиньпина`` = ``Xi Jinping``), allowing
one letter of difference in long names (``He Guanzhong`` ~ ``He Guangzhong`` from ``Hà Quang Trung``).
Every suggestion carries its forms with counts, a confidence, and contexts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..translit.pinyin import COMMON_SURNAMES
from .model import Glossary

__all__ = ["MineOptions", "Suggestion", "suggest", "review_yaml", "SURNAME_HANZI"]

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
class MineOptions:
    """Settings for :func:`suggest`.

    Attributes:
        min_count: Drop suggestions seen fewer times. Default 1 (a name met once is still a name).
        max_contexts: Contexts kept per suggestion. Default 3.
        context_chars: Characters of context on each side. Default 50.
        places: Also propose single-word place names (noisier than persons). Default True.
        slogans: Also propose quoted numeric slogans as do-not-translate terms. Default True.
        terms: Also propose recurring capitalised English phrases (``Provincial Party Committee``). Default True.
        term_min_count: How often such a phrase must recur to be proposed. Default 3.
    """

    min_count: int = 1
    max_contexts: int = 3
    context_chars: int = 50
    places: bool = True
    slogans: bool = True
    terms: bool = True
    term_min_count: int = 3


@dataclass
class Suggestion:
    """A proposed glossary entry.

    Attributes:
        kind: ``person``, ``place`` or ``term``.
        en: Proposed English (pinyin) form.
        zh: Proposed hanzi ("" when the sources do not tell).
        confidence: 0..1.
        forms: Spellings seen, per language, with counts.
        contexts: Where they were seen (``file: ...text...``).
        zh_confidence: Confidence of the hanzi guess.
        zh_candidates: Ranked hanzi candidates ``(hanzi, confidence)`` for a person, from every
            reading the documents offer (:func:`mtpipe.translit.hanzi.hanzi_candidates`); ``zh``
            is the first only when it is confident, else empty for the reviewer to choose.
        evidence: Why the name is proposed (titles, countries, documents, languages), with counts.
        documents: Names of the documents it was seen in.
    """

    kind: str
    en: str
    zh: str = ""
    confidence: float = 0.5
    forms: dict[str, Counter[str]] = field(default_factory=dict)
    contexts: list[str] = field(default_factory=list)
    zh_confidence: float = 0.0
    key: str = ""
    readings: Counter[str] = field(default_factory=Counter)
    evidence: Counter[str] = field(default_factory=Counter)
    documents: set[str] = field(default_factory=set)
    zh_candidates: list[tuple[str, float]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(sum(c.values()) for c in self.forms.values())


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
    doc: str = ""


def _key(en: str) -> str:
    t = unicodedata.normalize("NFKD", en.lower())
    return "".join(c for c in t if c.isalpha() and c.isascii())


def _lev1(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


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


_EN_WORD = re.compile(r"\b[A-Z][A-Za-z]+\b")
_VI_WORD = re.compile(r"[A-ZĐÀ-ỸÂĂÊÔƠƯ][a-zà-ỹđâăêôơư]*", re.UNICODE)
_ADMIN_EN = re.compile(r" (New Area|New District|District|County|City|Province|Town|Township)\b")
#: Two or more capitalised English words, "of"/"and"/"the" allowed inside (Standing Committee of the NPC).
_EN_TERM = re.compile(r"\b[A-Z][a-z]+(?:[- ](?:(?:of|and|the|for) )*[A-Z][a-z]+)+\b")
_TERM_STOP_FIRST = {"The", "On", "In", "At", "After", "Before", "This", "It", "We", "He", "She", "They", "First",
                    "Second", "Third", "Fourth", "All", "Next", "Previous", "Subsequently", "Mayor", "Municipal", "Later",
                    "Then", "Today", "Yesterday", "Secretary", "Governor", "Director", "Comrade", "Mr", "Ms"}
_SLOGAN = re.compile(r"[\"“«„]\s*(\d{2,5})\s*[\"”»“]")


def _runs(pattern: re.Pattern[str], text: str) -> list[list[re.Match[str]]]:
    from ..translit.detect import word_runs

    return word_runs(pattern, text)


def _mine_ru(text: str, fname: str, opts: MineOptions, surnames: set[str]) -> list[_Hit]:
    from ..translit.detect import find_palladius_names
    from ..translit.palladius import to_pinyin

    hits = []
    for span in find_palladius_names(text, places=opts.places, place_context=True):
        alts: tuple[str, ...] = ()
        if span.kind == "person":
            alts = tuple(_key(c.text) for c in to_pinyin(span.text).candidates[1:3])
        hits.append(_Hit("ru", span.text, span.kind, span.en, _key(span.en), span.confidence,
                         _context(text, span.start, span.end, opts.context_chars), alts))
    return hits


def _title(w: str) -> str:
    return w[:1].upper() + w[1:].lower()


def _mine_en(text: str, fname: str, opts: MineOptions, surnames: set[str]) -> list[_Hit]:
    from ..translit.pinyin import parse_syllables, pinyin_word

    hits = []
    for run in _runs(_EN_WORD, text):
        words = [m.group() for m in run]
        sylls = [parse_syllables(w) if w.lower() not in _STOP_EN or w.lower() in surnames or i and words[i - 1][:1].isupper()
                 else None for i, w in enumerate(words)]
        used: set[int] = set()
        i = 0
        while i < len(run) - 1:
            a, b = sylls[i], sylls[i + 1]
            if a and b and len(b) <= 3 and i + 1 not in used and words[i + 1].lower() not in ("china", "new"):
                person = len(a) == 1 and a[0] in surnames
                mongol = len(a) == 2 and len(b) == 2
                # a given name written syllable by syllable (Hu He Ping, Lou Qin Jian): one name, when
                # the run ends there and the third syllable is no surname (Wang Yi Li Qiang is two)
                third = (person and len(b) == 1 and i + 3 == len(run) and sylls[i + 2] is not None
                         and len(sylls[i + 2]) == 1 and sylls[i + 2][0] not in surnames and words[i + 2][1:].islower())
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
            en = pinyin_word(s) if kind == "place" else f"{pinyin_word(s[:1])} {pinyin_word(s[1:])}"
            end = m.end()
            adm = _ADMIN_EN.match(text, end)
            if kind == "place" and adm:
                en, end = f"{en} {adm.group(1)}", adm.end()
            elif kind == "place" and text.count(w) < 2 and text[m.start() - 1: m.start()] != "(":
                continue  # a single pinyin-looking word met once is too often an English word
            hits.append(_Hit("en", text[m.start(): end], kind, en, _key(en), 0.5 if kind == "place" else 0.45,
                             _context(text, m.start(), end, opts.context_chars)))
    return hits


def _mine_vi(text: str, fname: str, opts: MineOptions, surnames_vi: set[str], masked: str | None = None,
             chinese_names: Iterable[str] = ()) -> list[_Hit]:
    """Persons in Vietnamese ``text``; runs of capitalised words are read in ``masked`` (the text with
    known names and places blanked, same offsets), the context around them in ``text``; the whole
    text is the document context (``chinese_names``: Vietnamese forms known to be Chinese persons)."""
    from ..translit import sinoviet
    from . import vi_names

    doc = vi_names.doc_context(text, chinese_names)
    hits = []
    for run in _runs(_VI_WORD, masked if masked is not None else text):
        words = [m.group() for m in run]
        # latin-only capitalised words in Vietnamese text are often pinyin (Zhou Zhihong): left to _mine_en
        i = 0
        while i < len(run):
            w = words[i]
            if w.lower() in _STOP_VI or w.lower() not in surnames_vi or not w[:1].isupper():
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
            if j - i >= 2 and any(not c.isascii() for c in "".join(words[i:j])):
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
                if verdict.kind != "chinese":  # a Vietnamese person, a place, a street, a plain phrase
                    i = j
                    continue
                rev = sinoviet.to_pinyin(name, "person")
                hz = sinoviet.to_hanzi(name, top=3)
                hits.append(_Hit("vi", text[start: run[j - 1].end()], "person", rev.text, _key(rev.text),
                                 0.4 + rev.confidence / 2 + verdict.score,
                                 _context(text, start, run[j - 1].end(), opts.context_chars),
                                 tuple(_key(c.text) for c in rev.candidates[1:4]),
                                 hz[0].text if hz else "", hz[0].confidence if hz else 0.0,
                                 tuple(verdict.evidence), verdict.score < 0))
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


def _lang_of(line: str) -> str:
    cyr = sum("\u0400" <= c <= "\u04ff" for c in line)
    vi = sum(c in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" for c in line.lower())
    letters = sum(c.isalpha() for c in line) or 1
    if cyr / letters > 0.3:
        return "ru"
    if vi / letters > 0.02:
        return "vi"
    return "en"


def _files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in (".txt", ".md", ""))
        elif p.is_file():
            out.append(p)
    return out


def _hanzi(g: Suggestion) -> None:
    """Hanzi candidates from the most frequent Russian and Vietnamese forms (and the English reading)."""
    from ..translit.hanzi import CONFIDENT, hanzi_candidates

    ru = g.forms.get("ru", Counter()).most_common(1)
    vi = g.forms.get("vi", Counter()).most_common(1)
    vi_full = [f for f, _ in g.forms.get("vi", Counter()).most_common() if len(f.split()) >= 2]
    cands = hanzi_candidates(ru=ru[0][0] if ru else "", vi=vi_full[0] if vi_full else (vi[0][0] if vi else ""),
                             en="" if ru or vi else g.en)
    g.zh_candidates = [(c.text, c.confidence) for c in cands]
    if cands:
        g.zh, g.zh_confidence = (cands[0].text, cands[0].confidence) if cands[0].confidence >= CONFIDENT else ("", 0.0)


def _known_keys(glossary: Glossary | None) -> set[str]:
    """The pinyin keys of every name the glossary has, read from every alias language: the English
    form and aliases, Russian aliases through Palladius, Vietnamese aliases through their Sino-Vietnamese
    reading (as :func:`_mine_vi` reads the documents: Tập Cận Bình -> "Ji Jinping", Xi Jinping's alias)."""
    if glossary is None:
        return set()
    from ..translit import sinoviet
    from ..translit.palladius import to_pinyin

    keys = set()
    for e in glossary.entries:
        keys.add(_key(e.en))
        for f in e.aliases.get("en", []):
            keys.add(_key(f))
        for f in e.aliases.get("ru", []):
            r = to_pinyin(f)
            if r.text:
                keys.add(_key(r.text))
        for f in e.aliases.get("vi", []):
            r = sinoviet.to_pinyin(f, e.kind if e.kind in ("person", "place") else "person")
            keys.update(_key(c.text) for c in [r, *r.candidates[:3]] if c.text)
    return {k for k in keys if k}


def _known_forms(glossary: Glossary | None) -> set[tuple[str, str]]:
    """``(language, form)`` of every alias, English and Chinese form of the glossary, case folded."""
    if glossary is None:
        return set()
    out = set()
    for e in glossary.entries:
        out |= {("en", e.en.casefold()), ("zh", e.zh.casefold())}
        for lang, forms in e.aliases.items():
            out |= {(lang, unicodedata.normalize("NFC", f).casefold()) for f in forms}
    return out


def suggest(paths: Iterable[str | Path], glossary: Glossary | None = None,
            options: MineOptions | None = None) -> list[Suggestion]:
    """Names and slogans in the documents under ``paths`` that ``glossary`` lacks.

    Args:
        paths: Files or folders of text documents.
        glossary: The glossary already in use (None: empty).
        options: Mining settings.

    Returns:
        Suggestions, persons first, most frequent first; variant spellings grouped.
    """
    opts = options or MineOptions()
    surnames = _surname_syllables()
    surnames_vi = _surnames_vi()
    from .vi_names import place_names

    # names the glossary has and place names are masked in Vietnamese text before persons are looked
    # for: "Hoa Tập Cận Bình" or "Chiết Giang Xa Tuấn" (a list: province, secretary) then give the rest only
    vi_known = sorted({f for e in (glossary.entries if glossary else []) for f in e.aliases.get("vi", [])}
                      | set(place_names()), key=len, reverse=True)
    vi_chinese = sorted({f for e in (glossary.entries if glossary else []) if e.kind == "person"
                         for f in e.aliases.get("vi", [])})
    hits: list[_Hit] = []
    slogans: dict[str, Suggestion] = {}
    terms: dict[str, Suggestion] = {}
    for f in _files(paths):
        text = f.read_text(encoding="utf-8", errors="replace")
        by_lang: dict[str, list[str]] = {"ru": [], "en": [], "vi": []}
        for line in text.splitlines():
            by_lang[_lang_of(line)].append(line)
        ru, en, vi = ("\n".join(by_lang[k]) for k in ("ru", "en", "vi"))
        file_hits = _mine_ru(ru, f.name, opts, surnames) + _mine_en(en, f.name, opts, surnames)
        if opts.terms:
            for m in _EN_TERM.finditer(en):
                words = m.group().split()
                while words and (words[0] in _TERM_STOP_FIRST or words[0] in ("of", "and", "the", "for")):
                    words.pop(0)  # sentence-initial words and titles are not part of the term
                if len(words) < 2:
                    continue
                phrase = " ".join(words)
                t = terms.setdefault(phrase, Suggestion("term", phrase, "", 0.4, {"en": Counter()}, [], 0.0,
                                                        "term-" + _key(phrase)))
                t.forms["en"][phrase] += 1
                if len(t.contexts) < opts.max_contexts:
                    t.contexts.append(f"{f.name}: {_context(en, m.start(), m.end(), opts.context_chars)}")
        # pinyin names inside Vietnamese text (Zhou Zhihong)
        ascii_vi = re.sub(r"\S*[^\x00-\x7f]\S*", lambda m: "\u2063" * len(m.group()), vi)
        file_hits += [h for h in _mine_en(ascii_vi, f.name, opts, surnames) if h.kind == "person"]
        vi_hits = _mine_vi(vi, f.name, opts, surnames_vi, _mask(vi, vi_known), vi_chinese)
        file_hits += vi_hits + _given_name_mentions(vi, vi_hits, opts)
        for h in file_hits:
            h.context = f"{f.name}: {h.context}"
            h.doc = f.name
        hits += file_hits
        if opts.slogans:
            for m in _SLOGAN.finditer(text):
                s = slogans.setdefault(m.group(1), Suggestion("term", m.group(1), m.group(1), 0.6,
                                                              {"en": Counter()}, [], 1.0, "slogan-" + m.group(1)))
                s.forms["en"][m.group(1)] += 1
                if len(s.contexts) < opts.max_contexts:
                    s.contexts.append(f"{f.name}: {_context(text, m.start(), m.end(), opts.context_chars)}")
    known = _known_keys(glossary)
    known_forms = _known_forms(glossary)
    groups: list[Suggestion] = []
    for h in sorted(hits, key=lambda h: (h.kind != "person", -len(h.key))):
        if not h.key or h.key in known or (h.lang, unicodedata.normalize("NFC", h.form).casefold()) in known_forms:
            continue
        if h.kind == "place" and h.en.endswith(" City") and _key(h.en[: -len(" City")]) in known:
            continue  # "Changchun City" is the glossary's Changchun
        target = None
        for g in groups:
            if g.kind == h.kind:
                if g.key == h.key or (h.kind == "person" and len(h.key) >= 10 and _lev1(g.key, h.key)):
                    target = g
                    break
        if target is None:
            target = Suggestion(h.kind, h.en, h.zh, h.confidence, {}, [], h.zh_conf, h.key)
            groups.append(target)
        target.forms.setdefault(h.lang, Counter())[h.form] += 1
        target.readings[h.en] += 1
        target.evidence.update(h.evidence)
        target.documents.add(h.doc)
        if h.lang == "vi":
            target.evidence["vi: leans Vietnamese" if h.leans_vi else "vi: no Vietnamese title"] += 1
        target.confidence = max(target.confidence, h.confidence)
        if h.zh and h.zh_conf > target.zh_confidence:
            target.zh, target.zh_confidence = h.zh, h.zh_conf
        if len(target.contexts) < opts.max_contexts and h.context not in target.contexts:
            target.contexts.append(h.context)
    for g in groups:
        # the reading most occurrences agree on (He Guangzhong from Hà Quang Trung x4 over He Guanzhong x1),
        # written as the documents' English spells it when one of them does
        if g.readings:
            g.en = g.readings.most_common(1)[0][0]
        en_forms = g.forms.get("en", Counter())
        same = [f for f in en_forms if _key(f) == _key(g.en) and f.count(" ") == 1]
        if same:
            g.en = " ".join(_title(w) for w in max(same, key=lambda f: en_forms[f]).split())
        if len(g.forms) > 1 or g.count > 1:
            g.confidence = min(0.99, g.confidence + 0.1)
        if len(g.forms) > 1:
            g.evidence[f"read alike in {' and '.join(sorted(g.forms))}"] += 1
        if len(g.documents) > 1:
            g.confidence = min(0.99, g.confidence + 0.05)
            g.evidence[f"in {len(g.documents)} documents"] += 1
        if g.kind == "person":
            _hanzi(g)
    # a name met only in Vietnamese, always behind a title Vietnamese officials carry, with no country
    # named: a Vietnamese official (Thủ tướng Phạm Minh Chính), not a Chinese one
    groups = [g for g in groups if not (set(g.forms) == {"vi"} and g.evidence["vi: leans Vietnamese"]
                                        and not g.evidence["vi: no Vietnamese title"])]
    out = [g for g in groups if g.count >= opts.min_count and not (g.kind == "place" and not opts.places)]
    known_en = ({e.en.lower() for e in glossary.entries} | {e.zh.lower() for e in glossary.entries}
                | {a.lower() for e in glossary.entries for a in e.aliases.get("en", [])}) if glossary else set()
    out += [s for s in slogans.values() if s.en.lower() not in known_en]
    person_keys = {g.key for g in groups}
    for t in terms.values():
        words = t.en.split()
        if (t.count >= opts.term_min_count and not any(t.en.lower() in k for k in known_en)
                and not any(_key(" ".join(words[i:i + 2])) in person_keys for i in range(len(words)))):
            t.confidence = min(0.8, 0.3 + 0.05 * t.count)
            out.append(t)
    # most trustworthy first: a reviewer reads from the top
    return sorted(out, key=lambda g: (-round(g.confidence, 2), -g.count, g.en))


def review_yaml(suggestions: list[Suggestion], taken_ids: Iterable[str] = ()) -> str:
    """A review file in the glossary layout: edit it, delete what is wrong, then
    ``mtpipe glossary import --reviewed review.yaml``.
    """
    from .authoring import slugify, unique_id

    taken = set(taken_ids)
    q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731  JSON strings are valid YAML scalars
    lines = ["# Suggested glossary entries (mtpipe glossary suggest). Check each one: fix en/zh, delete",
             "# entries that are wrong, then merge with: mtpipe glossary import --reviewed THIS_FILE", "entries:"]
    for s in suggestions:
        eid = unique_id(slugify(s.en), taken)
        taken.add(eid)
        seen = "; ".join(f"{lang}: " + ", ".join(f"{f} x{n}" for f, n in c.most_common()) for lang, c in
                         s.forms.items())
        lines.append(f"  # confidence {s.confidence:.2f}; seen {seen}")
        if s.evidence:
            lines.append("  # evidence: " + "; ".join(f"{e} x{n}" if n > 1 else e for e, n in s.evidence.most_common()
                                                    if not e.startswith("vi: ")))
        if s.zh_candidates:
            lines.append("  # zh candidates from the readings: " + ", ".join(f"{h} {c:.2f}" for h, c in s.zh_candidates)
                         + ("" if s.zh else " (none sure enough: choose one)"))
        elif s.zh:
            lines.append(f"  # zh is a guess from the Vietnamese reading (confidence {s.zh_confidence:.2f})"
                         if s.zh_confidence < 1 else "  # zh from the source")
        for c in s.contexts:
            lines.append("  #   " + c.replace("\n", " "))
        lines.append(f"  - id: {eid}")
        lines.append(f"    kind: {s.kind}")
        lines.append(f"    en: {q(s.en)}")
        lines.append(f"    zh: {q(s.zh)}")
        if s.kind == "term" and s.en.isdigit():
            lines.append("    dnt: true")
        al = {lang: [f for f, _ in c.most_common() if not (lang == "en" and f == s.en)] for lang, c in s.forms.items()}
        al = {k: v for k, v in al.items() if v}
        if al:
            lines.append("    aliases:")
            for lang, forms in al.items():
                lines.append(f"      {lang}: [{', '.join(q(f) for f in forms)}]")
        else:
            lines.append("    aliases: {}")
        lines.append("    reviewed: false")
    return "\n".join(lines) + "\n"

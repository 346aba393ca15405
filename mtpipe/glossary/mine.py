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

This module groups, ranks and writes the suggestions; the rules that find names in each language
are in :mod:`mtpipe.glossary.mine_names`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .mine_names import (SURNAME_HANZI, _Hit, _context, _given_name_mentions, _key, _mask, _mine_en, _mine_ru,
                         _mine_vi, _surname_syllables, _surnames_vi)
from .known import _NEAR_MIN, _known_forms, _known_keys, _lev1, _near_known
from .model import Glossary

__all__ = ["MineOptions", "Suggestion", "suggest", "review_yaml", "SURNAME_HANZI"]


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
        variant_of: For kind ``variant``: the id of the glossary entry the forms are probably a variant
            or misspelling of (one letter apart: Цзянь Цзэминь for Цзян Цзэминь); the reviewer adds them
            as aliases or ignores them.
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
    variant_of: str = ""

    @property
    def count(self) -> int:
        return sum(sum(c.values()) for c in self.forms.values())


#: Two or more capitalised English words, "of"/"and"/"the" allowed inside (Standing Committee of the NPC).
_EN_TERM = re.compile(r"\b[A-Z][a-z]+(?:[- ](?:(?:of|and|the|for) )*[A-Z][a-z]+)+\b")
_TERM_STOP_FIRST = {"The", "On", "In", "At", "After", "Before", "This", "It", "We", "He", "She", "They", "First",
                    "Second", "Third", "Fourth", "All", "Next", "Previous", "Subsequently", "Mayor", "Municipal", "Later",
                    "Then", "Today", "Yesterday", "Secretary", "Governor", "Director", "Comrade", "Mr", "Ms"}
_SLOGAN = re.compile(r"[\"“«„]\s*(\d{2,5})\s*[\"”»“]")


def _title(w: str) -> str:
    return w[:1].upper() + w[1:].lower()


def _lang_of(line: str) -> str:
    cyr = sum("\u0400" <= c <= "\u04ff" for c in line)
    vi = sum(c in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" for c in line.lower())
    letters = sum(c.isalpha() for c in line) or 1
    if cyr / letters > 0.3:
        return "ru"
    if vi / letters > 0.02:
        return "vi"
    return "en"


def _documents(paths: Iterable[str | Path], skipped: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """``(file name, text)`` of every document under ``paths``, found and read as ``mtpipe translate``
    finds and reads them (``.txt``/``.md``/``.html`` files, any encoding, HTML extracted to text);
    a file that cannot be read (binary, undecodable) goes to ``skipped`` as ``"FILE: reason"``."""
    from ..ingest import IngestError, read_document
    from ..inputs import scan_inputs

    for p in paths:
        p = Path(p)
        scan = scan_inputs(p)
        if skipped is not None:
            skipped.extend(f"{f}: {reason}" for f, reason in scan.problems)
        for f in scan.files:
            try:
                doc = read_document(f, p if p.is_dir() else f.parent)
            except IngestError as e:
                if skipped is not None:
                    skipped.append(str(e))
                continue
            yield f.name, doc.text


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


def suggest(paths: Iterable[str | Path], glossary: Glossary | None = None,
            options: MineOptions | None = None, skipped: list[str] | None = None) -> list[Suggestion]:
    """Names and slogans in the documents under ``paths`` that ``glossary`` lacks.

    Args:
        paths: Files or folders of text documents.
        glossary: The glossary already in use (None: empty).
        options: Mining settings.
        skipped: Receives ``"FILE: reason"`` for every file that could not be read.

    Returns:
        Suggestions, persons first, most frequent first; variant spellings grouped.
    """
    opts = options or MineOptions()
    surnames = _surname_syllables()
    surnames_vi = _surnames_vi()
    from .vi_names import place_names, toneless_vietnamese

    # names the glossary has and place names are masked in Vietnamese text before persons are looked
    # for: "Hoa Tập Cận Bình" or "Chiết Giang Xa Tuấn" (a list: province, secretary) then give the rest only
    vi_known = sorted({f for e in (glossary.entries if glossary else []) for f in e.aliases.get("vi", [])}
                      | set(place_names()), key=len, reverse=True)
    vi_chinese = sorted({f for e in (glossary.entries if glossary else []) if e.kind == "person"
                         for f in e.aliases.get("vi", [])})
    hits: list[_Hit] = []
    not_chinese: dict[str, str] = {}  # Vietnamese names the context shows to be no Chinese person, across documents
    slogans: dict[str, Suggestion] = {}
    terms: dict[str, Suggestion] = {}
    for name, text in _documents(paths, skipped):
        by_lang: dict[str, list[str]] = {"ru": [], "en": [], "vi": []}
        for line in text.splitlines():
            by_lang[_lang_of(line)].append(line)
        ru, en, vi = ("\n".join(by_lang[k]) for k in ("ru", "en", "vi"))
        foreign = len(ru) + len(vi) > len(en)  # a Russian or Vietnamese page: its Latin lines are furniture
        file_hits = _mine_ru(ru, name, opts, surnames) + _mine_en(en, name, opts, surnames, foreign)
        if opts.terms:
            for m in _EN_TERM.finditer(en):
                words = m.group().split()
                while words and (words[0] in _TERM_STOP_FIRST or words[0] in ("of", "and", "the", "for")
                                 or (words[0] == "Theo" and vi.strip())):  # Vietnamese "according to"
                    words.pop(0)  # sentence-initial words and titles are not part of the term
                if len(words) < 2 or (vi.strip() and toneless_vietnamese(words)):
                    continue  # ... nor Vietnamese that lost its marks, in a Vietnamese document (Linh La)
                phrase = " ".join(words)
                t = terms.setdefault(phrase, Suggestion("term", phrase, "", 0.4, {"en": Counter()}, [], 0.0,
                                                        "term-" + _key(phrase)))
                t.forms["en"][phrase] += 1
                if len(t.contexts) < opts.max_contexts:
                    t.contexts.append(f"{name}: {_context(en, m.start(), m.end(), opts.context_chars)}")
        # pinyin names inside Vietnamese text (Zhou Zhihong), written as two words there: one word read as
        # surname + given name (Villa Madama: Ma Dama) is an English or Italian word, not a name
        ascii_vi = re.sub(r"\S*[^\x00-\x7f]\S*", lambda m: "\u2063" * len(m.group()), vi)
        file_hits += [h for h in _mine_en(ascii_vi, name, opts, surnames) if h.kind == "person" and " " in h.form]
        vi_hits = _mine_vi(vi, name, opts, surnames_vi, _mask(vi, vi_known), vi_chinese, not_chinese)
        file_hits += vi_hits + _given_name_mentions(vi, vi_hits, opts)
        for h in file_hits:
            h.context = f"{name}: {h.context}"
            h.doc = name
        hits += file_hits
        if opts.slogans:
            for m in _SLOGAN.finditer(text):
                s = slogans.setdefault(m.group(1), Suggestion("term", m.group(1), m.group(1), 0.6,
                                                              {"en": Counter()}, [], 1.0, "slogan-" + m.group(1)))
                s.forms["en"][m.group(1)] += 1
                if len(s.contexts) < opts.max_contexts:
                    s.contexts.append(f"{name}: {_context(text, m.start(), m.end(), opts.context_chars)}")
    known = _known_keys(glossary)
    known_forms = _known_forms(glossary)
    known_persons = {e.id for e in glossary.entries if e.kind == "person"} if glossary else set()
    entries = {e.id: e for e in glossary.entries} if glossary else {}
    groups: list[Suggestion] = []
    variants: dict[tuple[str, str], Suggestion] = {}
    for h in sorted(hits, key=lambda h: (h.kind != "person", -len(h.key))):
        if not h.key or h.key in known or (h.lang, unicodedata.normalize("NFC", h.form).casefold()) in known_forms:
            continue
        near = _near_known(h.key, known, known_persons) if h.kind == "person" else ""
        if near:  # a misspelling of a name the glossary has: an alias to check, not a new person
            v = variants.setdefault((near, h.key), Suggestion(
                "variant", entries[near].en, entries[near].zh, h.confidence, {}, [], 0.0, h.key, variant_of=near))
            v.forms.setdefault(h.lang, Counter())[h.form] += 1
            v.evidence[f"one letter from the glossary's {entries[near].en} ({near}): a variant or misspelling"] += 1
            v.documents.add(h.doc)
            if len(v.contexts) < opts.max_contexts and h.context not in v.contexts:
                v.contexts.append(h.context)
            continue
        if h.kind == "place" and h.en.endswith(" City") and _key(h.en[: -len(" City")]) in known:
            continue  # "Changchun City" is the glossary's Changchun
        target = None
        for g in groups:
            if g.kind == h.kind:
                if g.key == h.key or (h.kind == "person" and len(h.key) >= _NEAR_MIN and _lev1(g.key, h.key)):
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
            target.evidence["vi: bare top title"] += h.bare_top
            target.evidence["vi: China named"] += h.china_seen
        target.confidence = min(0.99, max(target.confidence, h.confidence))  # a confidence, at most 0.99
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
    # nor one named by a top title with no country and never with China (Chủ tịch nước X): Chinese leaders are
    # called "Chủ tịch Trung Quốc X" at least once; a name that leans Vietnamese and is never named with China
    # is shown, but not as a sure one
    # a name read as Chinese only without China named (a title, the document's subject) that another document
    # shows to be a Vietnamese official or a place by its context (Bí thư Tỉnh ủy Đặng Xuân Phong: in one page
    # about Yunnan "Bí thư Tỉnh ủy X", in another "Đoàn công tác của tỉnh Lào Cai (Việt Nam) do đồng chí X")
    from .vi_names import _fold
    groups = [g for g in groups if not (set(g.forms) == {"vi"} and not g.evidence["vi: China named"]
                                        and all(_fold(f) in not_chinese for f in g.forms["vi"]))]
    groups = [g for g in groups if not (set(g.forms) == {"vi"} and g.evidence["vi: leans Vietnamese"]
                                        and (not g.evidence["vi: no Vietnamese title"]
                                             or (g.evidence["vi: bare top title"] and not g.evidence["vi: China named"])))]
    for g in groups:
        if set(g.forms) == {"vi"} and g.evidence["vi: leans Vietnamese"] and not g.evidence["vi: China named"]:
            g.confidence = min(g.confidence, 0.6)
            g.evidence["named with a title Vietnamese officials carry and never with China: check"] += 1
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
    # most trustworthy first: a reviewer reads from the top; variants of known entries after the new names
    return (sorted(out, key=lambda g: (-round(g.confidence, 2), -g.count, g.en))
            + sorted(variants.values(), key=lambda g: (-g.count, g.en)))


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
        if s.variant_of:
            seen = "; ".join(f"{lang}: " + ", ".join(f"{f} x{n}" for f, n in c.most_common()) for lang, c in
                             s.forms.items())
            lines.append(f"  # probable variant of entry {s.variant_of} ({s.en}): {seen}; if it is, add it to that"
                         f" entry's aliases")
            lines.extend("  #   " + c.replace("\n", " ") for c in s.contexts)
            continue
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

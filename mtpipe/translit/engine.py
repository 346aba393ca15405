"""Hanzi -> English (Hanyu Pinyin), Russian (Palladius) and Vietnamese (Sino-Vietnamese) name forms,
and transliteration between any two of ru, vi, zh, en.

The rules live in :mod:`.pinyin`, :mod:`.palladius`, :mod:`.sinoviet`, :mod:`.admin` and
:mod:`.exonyms`; this module combines them:

* ``name_forms("鼎湖区", "place")`` -> Dinghu District / район Динху / quận Đỉnh Hồ;
* ``transliterate("район Динху", "ru", "en")`` -> Dinghu District, with candidates and confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..languages import LANGUAGES
from . import admin, exonyms
from . import palladius as _pal
from . import pinyin as _py
from . import sinoviet as _sv
from .palladius import Candidate, Reverse

__all__ = ["NameForms", "name_forms", "palladius", "pinyin_name", "sino_vietnamese", "transliterate",
           "TranslitResult", "SURNAMES", "EXONYMS_RU", "LANGS"]

SURNAMES = _py.SURNAMES
#: Traditional Russian exonyms (hanzi without the admin suffix -> Russian).
EXONYMS_RU = {row[0]: row[2] for row in exonyms.EXONYMS if row[2]}
LANGS = LANGUAGES
#: Last characters that make a 2-3 character hanzi name more likely a place than a person.
_PLACE_ENDINGS = set("州山江河海城京岛门口港湖庄川阳原县区市省镇乡")


@dataclass
class NameForms:
    """A name in every language mtpipe handles."""

    zh: str
    en: str
    ru: str
    vi: str


def _en_stem(stem: str, kind: str) -> str:
    row = exonyms.by_zh(stem)
    if row and row[1]:
        return row[1]
    return _py.to_pinyin(stem, kind)


def pinyin_name(hanzi: str, kind: str = "place") -> str:
    """Conventional pinyin: persons ``Wang Zilian``, places ``Changchun`` (``Dinghu District`` with 区)."""
    return name_forms(hanzi, kind).en


def palladius(hanzi: str, kind: str = "place") -> str:
    """Palladius Cyrillic: persons ``Ван Цзылянь``, places ``Чанчунь``; exonyms where tradition has one."""
    return name_forms(hanzi, kind).ru


def sino_vietnamese(hanzi: str, kind: str = "place") -> str:
    """Sino-Vietnamese reading with every syllable capitalised (``Vương Tử Liên``)."""
    return name_forms(hanzi, kind).vi


def name_forms(hanzi: str, kind: str = "place", drop_city: bool = False) -> NameForms:
    """All forms of a Chinese name, administrative suffixes rendered in each language.

    Args:
        hanzi: The name in simplified characters (``王子联``, ``鼎湖区``).
        kind: ``person``, ``place``, ``org`` or ``term``; only places get suffix handling.
        drop_city: Drop 市 instead of writing City / город / thành phố.
    """
    hanzi = hanzi.strip()
    if kind == "person":
        row = exonyms.by_zh(hanzi)
        en = row[1] if row and row[1] else _py.to_pinyin(hanzi, "person")
        return NameForms(hanzi, en, _pal.from_hanzi(hanzi, "person"), _sv.from_hanzi(hanzi, "person"))
    whole = kind != "place" or exonyms.by_zh(hanzi) is not None
    stem, ethnic, suf = (hanzi, "", None) if whole else admin.split_admin(hanzi)
    forms = {"en": _en_stem(stem, "place"), "ru": _pal.from_hanzi(stem, "place"), "vi": _sv.from_hanzi(stem, "place")}
    out = {lang: admin.render(v, lang, suf, ethnic, stem, drop_city) for lang, v in forms.items()}
    return NameForms(hanzi, out["en"], out["ru"], out["vi"])


@dataclass
class TranslitResult:
    """A transliterated name.

    Attributes:
        source: The input.
        text: The best reading ("" when none was found).
        confidence: 0..1; 1 means the rules leave no choice.
        candidates: Ranked alternatives (the best first).
        note: Why the answer is what it is (``exonym``, ``ambiguous``, ``not a name``...).
    """

    source: str
    text: str
    confidence: float
    candidates: list[Candidate] = field(default_factory=list)
    note: str = ""


def _with_suffix(rev: Reverse, suf: admin.Suffix | None, lang: str, source: str, ethnic: str = "") -> TranslitResult:
    if not rev.text:
        return TranslitResult(source, "", 0.0, [], "not a name in this script")
    cands = [Candidate(admin.render(c.text, lang, suf, ethnic), c.confidence, c.syllables) for c in rev.candidates]
    note = "exonym" if rev.exonym else ("ambiguous" if rev.confidence < 0.6 else "")
    return TranslitResult(source, cands[0].text, cands[0].confidence, cands, note)


#: Russian adjectives standing for a whole autonomous unit's name (Тибетский автономный район).
_RU_ADJ_NAMES = {"тибетский": "Тибет", "тибетского": "Тибет", "тибетском": "Тибет"}


def _ru_ethnic(name: str) -> tuple[str, str]:
    """``Гуанси-Чжуанский`` -> (``Гуанси``, ``壮族``); ``Тибетский`` -> (``Тибет``, "")."""
    if name.lower() in _RU_ADJ_NAMES:
        return _RU_ADJ_NAMES[name.lower()], ""
    head, dash, adj = name.rpartition("-")
    if dash:
        for zh, (_, ru_adj, _) in admin.ETHNIC.items():
            if adj.lower().startswith(ru_adj.lower()[:-2]):
                return head, zh
    return name, ""


def _kind_of(words: list[str]) -> str:
    """Person when the first syllable is a common surname's reading and there are 2-4 syllables."""
    if len(words) not in (2, 3, 4):
        return "place"
    surnames = {_sv.from_hanzi(ch).lower() for ch in _py.COMMON_SURNAMES}
    return "person" if words[0].lower() in surnames else "place"


def transliterate(text: str, source: str, target: str, kind: str = "") -> TranslitResult:
    """Transliterate one name between ``ru``, ``vi``, ``zh`` and ``en``.

    Args:
        text: The name (``Ван Цзылянь``, ``район Динху``, ``Hà Quang Trung``, ``王子联``, ``Wang Zilian``).
        source: Its language.
        target: The language wanted.
        kind: ``person`` or ``place``; guessed when empty (hanzi: person for 2-3 characters
            without an administrative suffix).

    Returns:
        The best reading with candidates and a confidence.

    Raises:
        ValueError: for an unknown language pair.
    """
    text = " ".join(text.split())
    if source not in LANGS or target not in LANGS:
        raise ValueError(f"unknown language pair {source}->{target}; use {', '.join(LANGS)}")
    if source == target:
        return TranslitResult(text, text, 1.0, [Candidate(text, 1.0)])
    if source == "zh":
        if not kind:
            stem, _, suf = admin.split_admin(text)
            kind = "person" if (not suf and not exonyms.by_zh(text) and 2 <= len(text) <= 3
                                and (text[0] in _py.COMMON_SURNAMES or text[:2] in _py.COMPOUND_SURNAMES)
                                and text[-1] not in _PLACE_ENDINGS) else "place"
        forms = name_forms(text, kind)
        out = getattr(forms, target)
        return TranslitResult(text, out, 1.0, [Candidate(out, 1.0)])
    ethnic = ""
    if source == "ru":
        name, suf = admin.parse_ru(text)
        if suf is not None:
            name, ethnic = _ru_ethnic(name)
        rev = _pal.to_pinyin(name)
    elif source == "vi":
        name, suf = admin.parse_vi(text)
        rev = _sv.to_pinyin(name, kind or ("place" if suf else _kind_of(name.split())))
    else:  # en
        name, suf = admin.parse_en(text)
        row = exonyms.by_en(name)
        if row:
            rev = Reverse(row[1], 0.99, [Candidate(row[1], 0.99)], exonym=True)
        else:
            words = [_py.parse_syllables(w) for w in name.split()]
            if not words or any(w is None for w in words):
                return TranslitResult(text, "", 0.0, [], "not pinyin")
            en = " ".join(_py.pinyin_word(w) for w in words if w)
            rev = Reverse(en, 1.0, [Candidate(en, 1.0, [w for w in words if w])])
    if target == "en":
        return _with_suffix(rev, suf, "en", text, ethnic)
    if target == "ru":
        conv = Reverse(rev.text, rev.confidence, [Candidate(
            (exonyms.by_en(c.text) or ("", "", "", ""))[2] or " ".join(_pal.syllables_to_cyrillic(s) for s in c.syllables)
            if c.syllables else _pal.from_pinyin(c.text), c.confidence, c.syllables) for c in rev.candidates])
        conv.text = conv.candidates[0].text if conv.candidates else ""
        return _with_suffix(conv, suf, "ru", text, ethnic)
    if target == "zh":
        if source == "vi":
            cands = _sv.to_hanzi(name)
            if cands:
                z = [Candidate(c.text + (suf.zh if suf else ""), c.confidence) for c in cands]
                return TranslitResult(text, z[0].text, z[0].confidence, z, "ambiguous" if z[0].confidence < 0.6 else "")
        row = exonyms.by_en(rev.text) if rev.text else None
        if row:
            z = row[0] + (suf.zh if suf else "")
            return TranslitResult(text, z, 0.9, [Candidate(z, 0.9)], "exonym")
        return TranslitResult(text, "", 0.0, [], "hanzi cannot be recovered from sound alone; use a glossary")
    # target vi: through pinyin is lossy; only exonyms and vi->vi are certain
    row = exonyms.by_en(rev.text) if rev.text else None
    if row and row[3]:
        return TranslitResult(text, admin.render(row[3], "vi", suf), 0.9, [Candidate(row[3], 0.9)], "exonym")
    return TranslitResult(text, "", 0.0, [], "Vietnamese readings need the hanzi; use --from zh")

"""What the glossary already knows, for ``glossary suggest`` (:mod:`.mine`): every entry's names as pinyin keys
read from every alias language, its forms, and a name one letter from a glossary person's (a misspelling)."""

from __future__ import annotations

import unicodedata

from .mine_names import _key
from .model import Glossary


#: Pinyin keys this long or longer one letter apart are one name spelt two ways (He Guanzhong ~ He Guangzhong).
_NEAR_MIN = 10


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


def _known_keys(glossary: Glossary | None) -> dict[str, str]:
    """The pinyin keys of every name the glossary has, read from every alias language: the English
    form and aliases, Russian aliases through Palladius, Vietnamese aliases through their Sino-Vietnamese
    reading (as :func:`_mine_vi` reads the documents: Tập Cận Bình -> "Ji Jinping", Xi Jinping's alias);
    each with the id of its entry."""
    if glossary is None:
        return {}
    from ..translit import sinoviet
    from ..translit.palladius import to_pinyin

    keys: dict[str, str] = {}
    for e in glossary.entries:
        mine = {_key(e.en)} | {_key(f) for f in e.aliases.get("en", [])}
        for f in e.aliases.get("ru", []):
            r = to_pinyin(f)
            if r.text:
                mine.add(_key(r.text))
        for f in e.aliases.get("vi", []):
            r = sinoviet.to_pinyin(f, e.kind if e.kind in ("person", "place") else "person")
            mine.update(_key(c.text) for c in [r, *r.candidates[:3]] if c.text)
        for k in mine:
            if k:
                keys.setdefault(k, e.id)
    return keys


def _near_known(key: str, known: dict[str, str], persons: set[str]) -> str:
    """The id of the glossary person whose key is one letter from ``key`` (Цзянь Цзэминь, jianzemin, a
    misspelling of Цзян Цзэминь, jiangzemin), or "" (the longer key :data:`_NEAR_MIN` letters or more, as
    for grouping: shorter names one letter apart are often two persons, Wang Yong and Wang Yang)."""
    if len(key) < _NEAR_MIN - 1:
        return ""
    for k, eid in known.items():
        if (eid in persons and abs(len(k) - len(key)) <= 1 and max(len(k), len(key)) >= _NEAR_MIN
                and _lev1(k, key)):
            return eid
    return ""


def _known_forms(glossary: Glossary | None) -> set[tuple[str, str]]:
    """``(language, form)`` of every alias, English and Chinese form of the glossary, case folded; Russian
    aliases in all their case forms."""
    if glossary is None:
        return set()
    from .ru_inflect import case_forms

    out = set()
    for e in glossary.entries:
        out |= {("en", e.en.casefold()), ("zh", e.zh.casefold())}
        for lang, forms in e.aliases.items():
            out |= {(lang, unicodedata.normalize("NFC", f).casefold()) for f in forms}
        # a Russian name in a case form is the glossary's name (в Баодине: Баодин, Baoding), whichever
        # base form its reading guessed
        out |= {("ru", unicodedata.normalize("NFC", c).casefold()) for f in e.aliases.get("ru", [])
                for c in case_forms(f)}
    return out

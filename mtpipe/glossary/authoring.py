"""Build glossary entries from hanzi with the transliteration engine.

``build_entry("王子联", "person")`` gives::

    {"id": "wang-zilian", "kind": "person", "en": "Wang Zilian", "zh": "王子联",
     "aliases": {"ru": ["Ван Цзылянь"], "vi": ["Vương Tử Liên"]}, "reviewed": False}

Entries are marked ``reviewed: false`` (auto-generated) until a person checks them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable

from ..scripts import is_han

__all__ = ["slugify", "id_base", "unique_id", "build_entry"]


def slugify(text: str) -> str:
    """An id from English text: ``Wang Zilian`` -> ``wang-zilian``, ``Xi'an`` -> ``xian``."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().replace("'", "").replace("’", "")
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t or "entry"


def id_base(text: str) -> str:
    """An id for a form in any script: Latin as :func:`slugify`; Russian Palladius and Chinese through
    pinyin (``Го Цзякунь`` -> ``guo-jiakun``, ``郭嘉昆`` -> ``guo-jiakun``); other Cyrillic letter by letter.
    Never the bare fallback ``entry`` when the text has letters."""
    base = slugify(text)
    if base != "entry" or not text.strip():
        return base
    from ..translit.palladius import to_pinyin as ru_pinyin
    from ..translit.pinyin import to_pinyin as zh_pinyin

    if any(map(is_han, text)):
        base = slugify(zh_pinyin("".join(c for c in text if is_han(c)), "person"))
    elif any("\u0400" <= c <= "\u04ff" for c in text):
        r = ru_pinyin(text)
        base = slugify(r.text) if r.text and r.confidence >= 0.5 else slugify(
            "".join(_CYR.get(c, c) for c in text.lower()))
    return base


#: Plain Cyrillic -> Latin letters, for ids of forms that are not Palladius (``Путин`` -> ``putin``).
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєў",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i", "ye", "u"]))


def unique_id(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... if taken (a set is used as it is, not copied: an
    import calls this once per entry of a term base that may hold 100,000)."""
    if not isinstance(taken, (set, frozenset)):
        taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def build_entry(zh: str, kind: str = "person", *, en: str | None = None, notes: str = "",
                taken_ids: Iterable[str] = (), drop_city: bool = False) -> dict[str, Any]:
    """A new glossary entry for ``zh`` with every form filled in by the transliteration engine.

    Args:
        zh: Chinese name in simplified characters (``王子联``, ``鼎湖区``).
        kind: ``person``, ``place``, ``org`` or ``term``.
        en: English form to use instead of the generated pinyin.
        notes: Free text for the entry.
        taken_ids: Ids already in use; the new id gets a numeric suffix if needed.
        drop_city: Drop 市 (City / город / thành phố) from place names.

    Returns:
        The entry as a plain dict, in the glossary file layout, ``reviewed: False``.
    """
    from ..translit import name_forms

    zh = zh.strip()
    if not zh:
        raise ValueError("empty Chinese name")
    odd = [c for c in zh if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cn")]
    if odd:
        raise ValueError(f"--zh {zh!r} holds a control or invisible character (U+{ord(odd[0]):04X}); "
                         "type the name in Chinese characters only")
    if not any(map(is_han, zh)):
        raise ValueError(f"--zh {zh!r} has no Chinese characters; give the name in hanzi (王子联)")
    forms = name_forms(zh, kind if kind in ("person", "place") else "place", drop_city=drop_city)
    en = en or forms.en
    aliases: dict[str, list[str]] = {}
    if forms.ru:
        aliases["ru"] = [forms.ru]
    if forms.vi:
        aliases["vi"] = [forms.vi]
    entry: dict[str, Any] = {"id": unique_id(slugify(en), taken_ids), "kind": kind, "en": en, "zh": zh,
                             "aliases": aliases, "reviewed": False}
    if notes:
        entry["notes"] = notes
    return entry

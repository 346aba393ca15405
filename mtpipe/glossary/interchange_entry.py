"""Entry dicts for glossary interchange: language tags and keys, forms per language, building an entry.

Shared by every format family (:mod:`.interchange` for JSON and the registry, :mod:`.delimited`,
:mod:`.tbx`, :mod:`.gtmx`) and by :mod:`.interchange_merge`: :func:`lang_key` / :func:`lang_tag`
map file language tags to mtpipe's keys and back, :func:`entry_forms` and :func:`as_dict` read an
entry, :func:`build_entry` makes an entry dict from forms with their TBX status, and
:func:`context_cell` / :func:`context_words` carry ``min_context`` words in one CSV/TSV cell.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .authoring import id_base, unique_id
from .model import ALIAS_LANGS, KINDS, LANGS, Entry

if TYPE_CHECKING:
    from .interchange import InterchangeOptions

_TRAD_REGIONS = {"tw", "hk", "mo"}


def lang_key(tag: str) -> str | None:
    """A language tag in a file -> mtpipe's key (``ru vi en zh zh-Hant``), or None if not carried.

    ``zh``, ``zh-CN``, ``zh-Hans-CN`` -> ``zh``; ``zh-TW``, ``zh-HK``, ``zh-Hant`` -> ``zh-Hant``;
    ``en-US`` -> ``en``.
    """
    parts = [p.lower() for p in re.split(r"[-_]", tag.strip()) if p]
    if not parts:
        return None
    if parts[0] in ("zh", "zho", "chi", "cmn"):
        if "hant" in parts[1:] or (set(parts[1:]) & _TRAD_REGIONS and "hans" not in parts[1:]):
            return "zh-Hant"
        return "zh"
    base = {"rus": "ru", "vie": "vi", "eng": "en"}.get(parts[0], parts[0])
    return base if base in LANGS else None


def lang_tag(key: str) -> str:
    """mtpipe's key -> the tag written in files (``zh`` -> ``zh-Hans``)."""
    return {"zh": "zh-Hans", "zh-Hant": "zh-Hant"}.get(key, key)


def entry_forms(e: Entry | dict[str, Any], lang: str) -> list[str]:
    """Every form of an entry filed under ``lang``, canonical first (en/zh), then aliases.

    ``zh`` here is simplified only: traditional forms are under ``zh-Hant``.
    """
    d = e if isinstance(e, dict) else as_dict(e)
    out = list((d.get("aliases") or {}).get(lang, []))
    if lang in ("en", "zh") and d.get(lang):
        out.insert(0, str(d[lang]))
    return list(dict.fromkeys(out))


def as_dict(e: Entry | dict[str, Any]) -> dict[str, Any]:
    """An entry in the glossary file layout (only the fields that are set)."""
    if isinstance(e, dict):
        return e
    d: dict[str, Any] = {"id": e.id, "kind": e.kind, "en": e.en, "zh": e.zh,
                         "aliases": {k: list(v) for k, v in e.aliases.items() if v}}
    if e.dnt:
        d["dnt"] = True
    if e.case_sensitive is not None:
        d["case_sensitive"] = e.case_sensitive
    d["reviewed"] = e.reviewed
    if e.notes:
        d["notes"] = e.notes
    if any(e.excluded.values()):
        d["excluded"] = {k: list(v) for k, v in e.excluded.items() if v}
    if e.min_context:
        d["min_context"] = list(e.min_context)
    return d


_as_dict = as_dict  # older name, used by the CLI


def _unique(base: str, taken: set[str]) -> str:
    return unique_id(base, taken)  # the set as it is (no copy per entry of a large term base)


def build_entry(forms: dict[str, list[tuple[str, str]]], opts: InterchangeOptions, taken: set[str], *,
                eid: str = "", kind: str = "", notes: str = "", reviewed: bool | None = None,
                dnt: bool = False, case_sensitive: bool | None = None,
                min_context: list[str] | None = None) -> dict[str, Any] | None:
    """An entry dict from forms per language key, each ``(text, status)``.

    ``status`` is ``preferred``, ``admitted``, ``deprecated`` or ``""`` (unknown).  For en/zh
    the first preferred form (else the first form of unknown status, never an admitted one) becomes canonical; the
    others are aliases; deprecated forms are ``excluded``.  Returns None when no form is left.
    """
    aliases: dict[str, list[str]] = {}
    excluded: dict[str, list[str]] = {}
    canon = {"en": "", "zh": ""}
    for lang in ALIAS_LANGS:
        items = [(t.strip(), s) for t, s in forms.get(lang, []) if t and t.strip()]
        ranked = sorted(items, key=lambda x: x[1] != "preferred")
        ok = list(dict.fromkeys(t for t, s in ranked if s != "deprecated"))
        bad = list(dict.fromkeys(t for t, s in items if s == "deprecated" and t not in ok))
        # canonical: the first preferred form, or the first form of unknown status; never an admitted one
        first = next((t for t, s in ranked if s in ("preferred", "")), None)
        if lang in canon and first is not None:
            canon[lang] = first
            ok.remove(first)
        if ok:
            aliases[lang] = ok
        if bad:
            excluded[lang] = bad
    if not (canon["en"] or canon["zh"] or aliases):
        return None
    # the TBX id or the first form, in any script (Го Цзякунь -> guo-jiakun), as `glossary add` names entries
    base = id_base(eid) if eid else id_base(canon["en"] or next(iter(aliases.values()), [""])[0] or canon["zh"])
    if base == "entry" and not eid:
        base = "term"
    new_id = _unique(base, taken)
    taken.add(new_id)
    d: dict[str, Any] = {"id": new_id, "kind": kind if kind in KINDS else opts.kind, "en": canon["en"],
                         "zh": canon["zh"], "aliases": aliases}
    if dnt:
        d["dnt"] = True
    if case_sensitive is not None:
        d["case_sensitive"] = case_sensitive
    d["reviewed"] = opts.reviewed if reviewed is None else (reviewed or opts.reviewed)
    if notes:
        d["notes"] = notes
    if excluded:
        d["excluded"] = excluded
    words = list(dict.fromkeys(w.strip() for w in (min_context or []) if w and w.strip()))
    if words:
        d["min_context"] = words
    return d


#: Separates ``min_context`` words in one CSV/TSV cell.
CONTEXT_SEP = "|"


def context_cell(d: dict[str, Any]) -> str:
    """An entry's ``min_context`` words as one CSV/TSV cell (``Кэцян | premier``)."""
    return f" {CONTEXT_SEP} ".join(str(w) for w in d.get("min_context") or [])


def context_words(cell: str) -> list[str]:
    """The words of a ``min_context`` cell."""
    return [w.strip() for w in cell.split(CONTEXT_SEP) if w.strip()]

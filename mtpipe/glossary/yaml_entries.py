"""Entries from a parsed glossary document: every entry's fields checked (:func:`_build`), each
problem as one ``file:line: reason``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from .model import ALIAS_LANGS, KINDS, Entry

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_KEYS = {"id", "kind", "en", "zh", "aliases", "dnt", "case_sensitive", "reviewed", "notes", "excluded",
         "min_context"}
#: Values that must be one string, number or boolean, never a mapping or a list.
_SCALAR_KEYS = ("id", "kind", "en", "zh", "notes", "dnt", "case_sensitive", "reviewed")


def _build(path: Path, data: Any, item_lines: list[int], list_line: int) -> tuple[list[Entry], list[str]]:
    problems: list[str] = []
    if data is None:
        return [], []
    if not isinstance(data, dict) or not isinstance(data.get("entries", []), list):
        return [], [f"{path}:1: expected a mapping with an 'entries' list"]
    entries = []
    items = data.get("entries") or []
    for i, raw in enumerate(items):
        line = item_lines[i] if i < len(item_lines) else list_line
        where = f"{path}:{line}"
        if not isinstance(raw, dict):
            problems.append(f"{where}: an entry must be a mapping")
            continue
        bad = set(raw) - _KEYS
        if bad:
            problems.append(f"{where}: unknown keys: {', '.join(sorted(map(str, bad)))}")
        nested = [k for k in _SCALAR_KEYS if isinstance(raw.get(k), (dict, list))]
        if nested:
            problems.append(f"{where}: {', '.join(nested)} must be a single value, not a mapping or a list")
            continue
        tagged = [k for k, v in raw.items() if type(v).__name__ == "TaggedScalar"]
        if tagged:
            problems.append(f"{where}: {', '.join(map(str, tagged))}: YAML tags (!!type) are not allowed here")
            continue
        eid = str(raw.get("id", "")).strip()
        if not _ID.match(eid):
            problems.append(f"{where}: id {eid!r} must be lower-case letters, digits and hyphens")
            continue
        kind = str(raw.get("kind", "term"))
        if kind not in KINDS:
            problems.append(f"{where}: {eid}: kind {kind!r} is not one of {', '.join(KINDS)}")
        en, zh = str(raw.get("en") or "").strip(), str(raw.get("zh") or "").strip()
        dnt = bool(raw.get("dnt", False))
        if not dnt and not en and not zh:
            problems.append(f"{where}: {eid}: no target: give en, zh or both (or dnt: true)")
        for key in ("dnt", "case_sensitive", "reviewed"):
            if raw.get(key) is not None and not isinstance(raw.get(key), bool):
                problems.append(f"{where}: {eid}: {key} must be true or false, not {raw.get(key)!r}")
        aliases = _lang_forms(raw, "aliases", where, eid, problems)
        excluded = _lang_forms(raw, "excluded", where, eid, problems)
        context = raw.get("min_context") or []
        if isinstance(context, str):
            context = [context]
        if not isinstance(context, list) or any(isinstance(w, (dict, list)) for w in context):
            problems.append(f"{where}: {eid}: min_context must be a list of context words")
            context = []
        context = [str(w).strip() for w in context if str(w).strip()]
        for form in [en, zh, *(f for fs in (*aliases.values(), *excluded.values()) for f in fs), *context]:
            odd = next((c for c in form if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")), None)
            if odd is not None:
                problems.append(f"{where}: {eid}: form {form!r} holds a control or invisible character "
                                f"(U+{ord(odd):04X})")
                break
        entries.append(Entry(id=eid, kind=kind, en=en, zh=zh, aliases=aliases, dnt=dnt,
                             case_sensitive=_opt_bool(raw.get("case_sensitive")),
                             reviewed=bool(raw.get("reviewed", True)), notes=str(raw.get("notes") or ""),
                             excluded=excluded, min_context=context, file=str(path), line=line))
    return entries, problems


def _lang_forms(raw: dict[str, Any], key: str, where: str, eid: str, problems: list[str]) -> dict[str, list[str]]:
    value = raw.get(key) or {}
    if not isinstance(value, dict):
        problems.append(f"{where}: {eid}: {key} must be a mapping of language to a list of forms")
        return {}
    out: dict[str, list[str]] = {}
    for lang, forms in value.items():
        if lang not in ALIAS_LANGS:
            problems.append(f"{where}: {eid}: {key} language {lang!r} is not one of {', '.join(ALIAS_LANGS)}")
            continue
        if isinstance(forms, str):
            forms = [forms]
        if not isinstance(forms, list) or any(isinstance(f, (dict, list)) for f in forms):
            problems.append(f"{where}: {eid}: {key}.{lang} must be a list of strings")
            continue
        out[str(lang)] = [str(f).strip() for f in forms if str(f).strip()]
    return out


def _opt_bool(v: Any) -> bool | None:
    return None if v is None else bool(v)

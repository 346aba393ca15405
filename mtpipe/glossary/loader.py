"""Load glossary YAML files (safe, round-trip parser for line numbers) and validate them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

from .model import ALIAS_LANGS, KINDS, LANGS, Entry, Glossary, GlossaryError
from .normalize import match_key

__all__ = ["load_glossaries", "glossary_files", "parse_entries"]

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_KEYS = {"id", "kind", "en", "zh", "aliases", "dnt", "case_sensitive", "reviewed", "notes", "excluded"}


def glossary_files(paths: Iterable[str | Path]) -> list[Path]:
    """The YAML files named by ``paths`` (files, or folders searched for ``*.yaml``/``*.yml``)."""
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files += sorted(list(p.rglob("*.yaml")) + list(p.rglob("*.yml")))
        else:
            files.append(p)
    return files


def _yaml() -> Any:
    from ruamel.yaml import YAML

    y = YAML(typ="rt")  # round-trip loader: safe (no arbitrary objects) and keeps line numbers
    y.allow_duplicate_keys = False
    return y


def parse_entries(path: Path, text: str | None = None) -> tuple[list[Entry], list[str]]:
    """Entries of one file and the problems found in it."""
    problems: list[str] = []
    try:
        text = path.read_text(encoding="utf-8") if text is None else text
    except FileNotFoundError:
        return [], [f"{path}:0: glossary file not found"]
    except (OSError, UnicodeDecodeError) as e:
        return [], [f"{path}:0: cannot read: {e}"]
    try:
        data = _yaml().load(text)
    except Exception as e:  # ruamel raises many classes; all mean a malformed file
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark is not None else 0
        reason = (getattr(e, "problem", None) or str(e).splitlines()[0]).strip()
        return [], [f"{path}:{line}: malformed YAML: {reason}"]
    if data is None:
        return [], []
    if not isinstance(data, dict) or not isinstance(data.get("entries", []), list):
        return [], [f"{path}:1: expected a mapping with an 'entries' list"]
    entries = []
    items = data.get("entries") or []
    try:
        list_line = data.lc.key("entries")[0] + 1
    except Exception:  # no position data
        list_line = 0
    for i, raw in enumerate(items):
        try:
            line = items.lc.item(i)[0] + 1
        except Exception:  # a flow-style or tagged list: fall back to the 'entries:' line
            line = raw.lc.line + 1 if hasattr(raw, "lc") else list_line
        where = f"{path}:{line}"
        if not isinstance(raw, dict):
            problems.append(f"{where}: an entry must be a mapping")
            continue
        bad = set(raw) - _KEYS
        if bad:
            problems.append(f"{where}: unknown keys: {', '.join(sorted(map(str, bad)))}")
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
        entries.append(Entry(id=eid, kind=kind, en=en, zh=zh, aliases=aliases, dnt=dnt,
                             case_sensitive=_opt_bool(raw.get("case_sensitive")),
                             reviewed=bool(raw.get("reviewed", True)), notes=str(raw.get("notes") or ""),
                             excluded=excluded, file=str(path), line=line))
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


def load_glossaries(paths: Iterable[str | Path]) -> Glossary:
    """Load and validate every glossary file under ``paths``.

    Args:
        paths: Files, or folders searched (recursively, sorted) for ``*.yaml``/``*.yml``.

    Returns:
        The glossary; its entries in file order.

    Raises:
        GlossaryError: with one ``file:line: reason`` per problem (duplicate ids, an alias
            pointing at two different targets, missing targets, malformed files).
    """
    files = glossary_files(paths)
    problems: list[str] = []
    entries: list[Entry] = []
    for f in files:
        es, ps = parse_entries(f)
        entries += es
        problems += ps
    seen: dict[str, Entry] = {}
    owners: dict[tuple[str, str], Entry] = {}
    for e in entries:
        if e.id in seen:
            first = seen[e.id]
            problems.append(f"{e.file}:{e.line}: duplicate id {e.id!r} (first at {first.file}:{first.line})")
            continue
        seen[e.id] = e
        for lang in LANGS:
            for form in e.forms(lang):
                key = (lang, match_key(form, lang))
                other = owners.get(key)
                if other is not None and other.id != e.id and (other.en, other.zh) != (e.en, e.zh):
                    problems.append(f"{e.file}:{e.line}: {lang} alias {form!r} of {e.id!r} already points at "
                                    f"{other.id!r} ({other.en} / {other.zh}) at {other.file}:{other.line}")
                owners.setdefault(key, e)
    if problems:
        raise GlossaryError(problems)
    warnings = [f"{e.file}:{e.line}: {e.id}: partial entry, no {'zh' if e.en else 'en'} target: the term is "
                f"protected only in {'en' if e.en else 'zh'} output" for e in seen.values() if e.partial]
    return Glossary(entries=list(seen.values()), files=[str(f) for f in files], warnings=warnings)

"""Merging imported entries into a glossary: :func:`merge_entries` plans what an import adds,
updates and reports as conflicts (:class:`MergePlan`), without applying it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .interchange_entry import _unique, as_dict, entry_forms
from .model import ALIAS_LANGS, Entry

@dataclass
class MergePlan:
    """What an import does to a glossary.

    Attributes:
        new: Entry dicts to add (ids unique).
        updates: Entry id -> changes for :meth:`~mtpipe.glossary.edit.GlossaryFile.edit`.
        conflicts: One line per imported entry that disagrees with the glossary (not applied).
        unchanged: Imported entries already in the glossary as they are.
    """

    new: list[dict[str, Any]] = field(default_factory=list)
    updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    unchanged: int = 0


def _keys(d: dict[str, Any]) -> set[tuple[str, str]]:
    from .normalize import match_key

    out = set()
    for lang in ALIAS_LANGS:
        key = "zh" if lang == "zh-Hant" else lang
        for f in entry_forms(d, lang):
            out.add((key, match_key(f, key)))
    return out


def _merge_new(into: dict[str, Any], d: dict[str, Any], plan: MergePlan) -> None:
    """Fold an imported entry into one this import adds (a file that names a concept twice)."""
    for t in ("en", "zh"):
        if d.get(t) and not into.get(t):
            into[t] = d[t]
        elif d.get(t) and d[t] != into.get(t):
            plan.conflicts.append(f"{into['id']}: {t} is {into[t]!r} and {d[t]!r} in the file (kept the first)")
    for key in ("aliases", "excluded"):
        for lang, forms in (d.get(key) or {}).items():
            have = set(entry_forms(into, lang)) | set((into.get(key) or {}).get(lang, []))
            more = [f for f in forms if f not in have]
            if more:
                into.setdefault(key, {}).setdefault(lang, []).extend(more)
    more = [w for w in d.get("min_context") or [] if w not in (into.get("min_context") or [])]
    if more:
        into["min_context"] = list(into.get("min_context") or []) + more


def merge_entries(existing: list[Entry], imported: list[dict[str, Any]]) -> MergePlan:
    """Plan an import: each imported entry goes into the entry with its id (when they share a
    form), else the one entry sharing a form with it (same language, matcher's
    normalisation), else is new (its id made unique).

    Into an existing entry go a missing en/zh target, new aliases, excluded forms and
    ``min_context`` words; a different canonical form is a conflict (reported, not applied).
    """
    plan = MergePlan()
    by_id = {e.id: e for e in existing}
    owners: dict[tuple[str, str], set[str]] = {}
    for e in existing:
        for k in _keys(as_dict(e)):
            owners.setdefault(k, set()).add(e.id)
    taken = set(by_id)
    pending: dict[str, dict[str, Any]] = {}
    new_by_id: dict[str, dict[str, Any]] = {}
    for d in imported:
        keys = _keys(d)
        hits = set().union(*(owners.get(k, set()) for k in keys)) if keys else set()
        # the same id is the same concept only if a form is shared too: ids from other tools ("c1") are arbitrary
        target = d.get("id") if d.get("id") in hits else None
        if target is None:
            if len(hits) > 1:
                plan.conflicts.append(f"{d.get('id')}: its forms belong to several entries ({', '.join(sorted(hits))})")
                continue
            target = next(iter(hits), None)
        if target is None:
            d = dict(d)
            d["id"] = _unique(str(d.get("id") or "term"), taken)
            taken.add(d["id"])
            plan.new.append(d)
            new_by_id[d["id"]] = d
            for k in keys:  # a later row of the same file with one of these forms joins this entry
                owners.setdefault(k, set()).add(d["id"])
            continue
        if target in new_by_id:
            _merge_new(new_by_id[target], d, plan)
            continue
        cur = as_dict(by_id[target])
        base = pending.get(target, {})
        changes: dict[str, Any] = {}
        for t in ("en", "zh"):
            have = base.get(t) or cur.get(t) or ""
            got = str(d.get(t) or "")
            if got and not have:
                changes[t] = got
            elif got and got != have:
                plan.conflicts.append(f"{target}: {t} is {have!r} in the glossary, {got!r} in the file (kept)")
        for key in ("aliases", "excluded"):
            merged = {k: list(v) for k, v in (cur.get(key) or {}).items()}
            for k, v in (base.get(key) or {}).items():
                merged[k] = list(v)
            grew = False
            for lang, forms in (d.get(key) or {}).items():
                have_forms = set(entry_forms(cur, lang)) | set(merged.get(lang, []))
                for f in forms:
                    if f not in have_forms and f not in (changes.get("en"), changes.get("zh")):
                        merged.setdefault(lang, []).append(f)
                        have_forms.add(f)
                        grew = True
            if grew:
                changes[key] = merged
        if d.get("notes") and not cur.get("notes"):
            changes["notes"] = d["notes"]
        have_words = list(base.get("min_context") or cur.get("min_context") or [])
        more = [w for w in d.get("min_context") or [] if w not in have_words]
        if more:  # context words the glossary lacks are added (they only let risky forms match)
            changes["min_context"] = have_words + more
        if changes:
            pending.setdefault(target, {}).update(changes)
        else:
            plan.unchanged += 1
    plan.updates = pending
    return plan

"""Round-trip edits of glossary files: comments, order and formatting are kept (ruamel.yaml)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from .model import GlossaryError

__all__ = ["add_entry", "update_entry", "remove_entry", "find_entry_file", "entry_to_yaml_dict"]


def _yaml() -> Any:
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 4096
    return y


def _load(path: Path) -> Any:
    y = _yaml()
    if not path.exists():
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        data = CommentedMap()
        data["entries"] = CommentedSeq()
        return y, data
    data = y.load(path.read_text(encoding="utf-8")) or {}
    if "entries" not in data or data["entries"] is None:
        from ruamel.yaml.comments import CommentedSeq

        data["entries"] = CommentedSeq()
    return y, data


def _dump(y: Any, data: Any, path: Path) -> None:
    from ..writers.atomic import atomic_write_text

    buf = io.StringIO()
    y.dump(data, buf)
    atomic_write_text(path, buf.getvalue())


def entry_to_yaml_dict(entry: dict[str, Any]) -> Any:
    """An entry dict as a ruamel mapping in the canonical key order, alias lists in flow style."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    m = CommentedMap()
    for key in ("id", "kind", "en", "zh"):
        if key in entry:
            m[key] = entry[key]
    if entry.get("aliases"):
        al = CommentedMap()
        for lang, forms in entry["aliases"].items():
            seq = CommentedSeq(forms)
            seq.fa.set_flow_style()
            al[lang] = seq
        m["aliases"] = al
    for key in ("dnt", "case_sensitive", "reviewed", "notes"):
        if key in entry and entry[key] not in (None, ""):
            m[key] = entry[key]
    return m


def find_entry_file(paths: list[Path], entry_id: str) -> Path | None:
    from .loader import glossary_files, parse_entries

    for f in glossary_files(paths):
        entries, _ = parse_entries(f)
        if any(e.id == entry_id for e in entries):
            return f
    return None


def add_entry(path: Path, entry: dict[str, Any]) -> None:
    """Append ``entry`` to the file (created if missing)."""
    y, data = _load(path)
    if any(e.get("id") == entry["id"] for e in data["entries"]):
        raise GlossaryError([f"{path}:0: id {entry['id']!r} already exists"])
    data["entries"].append(entry_to_yaml_dict(entry))
    _dump(y, data, path)


def update_entry(path: Path, entry_id: str, changes: dict[str, Any], add_aliases: dict[str, list[str]] | None = None) -> None:
    """Set fields of an entry in place; other lines of the file stay as they were."""
    y, data = _load(path)
    for e in data["entries"]:
        if e.get("id") == entry_id:
            for k, v in changes.items():
                e[k] = v
            for lang, forms in (add_aliases or {}).items():
                from ruamel.yaml.comments import CommentedMap, CommentedSeq

                if "aliases" not in e or e["aliases"] is None:
                    e["aliases"] = CommentedMap()
                if lang not in e["aliases"]:
                    seq = CommentedSeq()
                    seq.fa.set_flow_style()
                    e["aliases"][lang] = seq
                for f in forms:
                    if f not in e["aliases"][lang]:
                        e["aliases"][lang].append(f)
            _dump(y, data, path)
            return
    raise GlossaryError([f"{path}:0: no entry {entry_id!r}"])


def remove_entry(path: Path, entry_id: str) -> None:
    y, data = _load(path)
    for i, e in enumerate(data["entries"]):
        if e.get("id") == entry_id:
            del data["entries"][i]
            _dump(y, data, path)
            return
    raise GlossaryError([f"{path}:0: no entry {entry_id!r}"])

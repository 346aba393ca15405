"""Round-trip edits of glossary YAML files: add, edit, remove entries keeping comments, order and formatting.

ruamel.yaml's round-trip mode keeps comments, key order, quoting and flow-style lists;
an unchanged file is written back byte for byte, and an edit changes only the lines of
the entry it touches.  New entries are written in the house layout (block mapping,
alias lists in flow style: ``ru: [Ван Цзылянь]``).
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any, Iterable

from .model import GlossaryError

__all__ = ["GlossaryFile", "add_entry", "edit_entry", "remove_entry", "find_entry"]

_PLAIN = re.compile(r"^[^\W_][\w .'’()/&-]*$")
_ORDER = ("id", "kind", "en", "zh", "aliases", "dnt", "case_sensitive", "min_context", "reviewed", "notes",
          "excluded")


def _yaml() -> Any:
    from ruamel.yaml import YAML

    from .loader import limit_yaml

    y = limit_yaml(YAML(typ="rt"))  # alias bombs refused here too
    y.preserve_quotes = True
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def _scalar(value: Any) -> Any:
    """Strings that are not plainly safe are written double-quoted (ruamel can emit ``[: b]`` otherwise)."""
    if isinstance(value, str) and not _PLAIN.match(value):
        from ruamel.yaml.scalarstring import DoubleQuotedScalarString

        return DoubleQuotedScalarString(value)
    return value


def _seq(forms: Iterable[Any]) -> Any:
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq([_scalar(f) for f in forms])
    seq.fa.set_flow_style()
    return seq


def _to_node(entry: dict[str, Any]) -> Any:
    from ruamel.yaml.comments import CommentedMap

    node = CommentedMap()
    for key in _ORDER:
        if key not in entry or entry[key] in (None, ""):
            continue
        val = entry[key]
        if key == "min_context":
            if not val:
                continue
            val = _seq(val if isinstance(val, list) else [val])
        elif key in ("aliases", "excluded"):
            al = CommentedMap()
            for lang, forms in val.items():
                al[lang] = _seq(forms)
            if not al:
                al.fa.set_flow_style()
            val = al
        node[key] = _scalar(val)
    for key, val in entry.items():
        if key not in node and key not in _ORDER:
            node[key] = _scalar(val)
    return node


class GlossaryFile:
    """One glossary file opened for round-trip editing.

    Example::

        gf = GlossaryFile("glossaries/jilin.yaml")
        gf.add({"id": "wang-zilian", "kind": "person", "en": "Wang Zilian", "zh": "王子联"})
        gf.save()
    """

    def __init__(self, path: str | Path, text: str | None = None) -> None:
        self.path = Path(path)
        self._y = _yaml()
        self._prefix = ""
        if text is None:
            text = self.path.read_text(encoding="utf-8") if self.path.exists() else ""
        self.data = self._y.load(text) if text.strip() else None
        if self.data is None:
            # empty, or comments only: keep the comments as the file's header
            self._prefix = "".join(ln + "\n" for ln in text.splitlines() if ln.strip())
            from ruamel.yaml.comments import CommentedMap, CommentedSeq

            self.data = CommentedMap()  # type: ignore[assignment]
            self.data["entries"] = CommentedSeq()
        if not isinstance(self.data, dict):
            raise GlossaryError([f"{self.path}:1: expected a mapping with an 'entries' list"])
        if self.data.get("entries") is None:
            from ruamel.yaml.comments import CommentedSeq

            self.data["entries"] = CommentedSeq()

    @property
    def entries(self) -> Any:
        return self.data["entries"]

    def ids(self) -> list[str]:
        """Ids of the entries, in file order."""
        return [str(e.get("id")) for e in self.entries if isinstance(e, dict)]

    def _index(self, eid: str) -> int:
        for i, e in enumerate(self.entries):
            if isinstance(e, dict) and str(e.get("id")) == eid:
                return i
        raise KeyError(eid)

    def get(self, eid: str) -> Any:
        """The raw (round-trip) mapping of entry ``eid``; KeyError if absent."""
        return self.entries[self._index(eid)]

    def add(self, entry: dict[str, Any]) -> None:
        """Append an entry; ValueError if its id is already in this file."""
        if str(entry.get("id")) in self.ids():
            raise ValueError(f"id {entry.get('id')!r} already exists in {self.path}")
        self.entries.append(_to_node(entry))

    def edit(self, eid: str, changes: dict[str, Any]) -> None:
        """Change fields of entry ``eid`` in place (a value of None removes the field).

        ``aliases`` changes merge per language: ``{"ru": ["Ван Цзы-лянь"]}`` replaces the Russian list only.
        """
        node = self.get(eid)
        for key, val in changes.items():
            if val is None:
                node.pop(key, None)
            elif key in ("aliases", "excluded") and isinstance(val, dict):
                from ruamel.yaml.comments import CommentedMap

                al = node.get(key)
                if not isinstance(al, dict):
                    al = CommentedMap()
                    node[key] = al
                for lang, forms in val.items():
                    if forms is None:
                        al.pop(lang, None)
                        continue
                    al[lang] = _seq(forms)
            elif key == "min_context":
                val = _seq(val if isinstance(val, list) else [val])
                if key in node:
                    node[key] = val
                else:
                    later = [k for k in _ORDER[_ORDER.index(key) + 1:] if k in node]
                    node.insert(list(node).index(later[0]) if later else len(node), key, val)
            elif key in node:
                node[key] = _scalar(val)
            else:
                # keep the house order: insert after the last known key that precedes it
                pos = len(node)
                if key in _ORDER:
                    later = [k for k in _ORDER[_ORDER.index(key) + 1:] if k in node]
                    if later:
                        pos = list(node).index(later[0])
                node.insert(pos, key, _scalar(val))

    def remove(self, eid: str) -> None:
        """Delete entry ``eid``."""
        del self.entries[self._index(eid)]

    def dumps(self) -> str:
        """The file's text as it would be saved."""
        buf = io.StringIO(self._prefix)
        buf.seek(len(self._prefix))
        self._y.dump(self.data, buf)
        return buf.getvalue()

    def save(self) -> None:
        """Write the file back: locked, atomic (see :mod:`mtpipe.glossary.filelock`), checked to parse.

        Only this file is checked; commands that must keep a whole glossary set loadable use
        :func:`mtpipe.glossary.filelock.transaction` with a validator instead.
        """
        from .filelock import write_file
        from .loader import parse_entries

        def validate(text: str) -> None:
            _, problems = parse_entries(self.path, text)
            if problems:
                raise GlossaryError(problems)

        write_file(self.path, self.dumps(), validate)


def find_entry(files: Iterable[str | Path], eid: str) -> Path:
    """The file among ``files`` that holds entry ``eid``.

    Raises:
        KeyError: when no file has it.
    """
    from .loader import compiled

    for f in files:
        if eid in compiled(Path(f)).ids():  # cached for large files; a malformed file holds nothing
            return Path(f)
    raise KeyError(eid)


def add_entry(path: str | Path, entry: dict[str, Any]) -> None:
    """Append ``entry`` to the glossary file ``path`` (created if missing)."""
    gf = GlossaryFile(path)
    gf.add(entry)
    gf.save()


def edit_entry(path: str | Path, eid: str, changes: dict[str, Any]) -> None:
    """Apply ``changes`` to entry ``eid`` of ``path`` (see :meth:`GlossaryFile.edit`)."""
    gf = GlossaryFile(path)
    gf.edit(eid, changes)
    gf.save()


def remove_entry(path: str | Path, eid: str) -> None:
    """Remove entry ``eid`` from ``path``."""
    gf = GlossaryFile(path)
    gf.remove(eid)
    gf.save()


def _entries_end(lines: list[str], last_start: int) -> int:
    """Index of the first line after the entry starting at ``last_start`` that leaves the list."""
    for k in range(last_start + 1, len(lines)):
        ln = lines[k]
        if ln.strip() and not ln.startswith((" ", "\t", "#")):
            return k
    return len(lines)


def splice_change(path: str | Path, text: str, eid: str | None, action: Any) -> str | None:
    """The new text of a large glossary file after ``action``, re-parsing one entry only.

    ``action(gf)`` runs on a :class:`GlossaryFile` holding just entry ``eid`` (or no entry,
    when ``eid`` is None: new entries are appended); the entry's lines are replaced by what
    it dumps, the rest of the file is kept byte for byte, and the parse of the new text is
    stored in the loader's cache (so validating it is fast too).

    Returns:
        The new text, or None when this file is not in a layout the splice handles (not in
        the house block layout, or not valid to begin with): then do the full round trip.
    """
    from .loader import _LINE, Compiled, _no_gc, compiled, seed_cache

    path = Path(path)
    with _no_gc():
        old = compiled(path, text)
        if old.problems or not old.rows:
            return None
        lines = text.splitlines(keepends=True)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        starts = [n - 1 for n in old.lines()]
        if any(not (0 <= s < len(lines)) or not lines[s].startswith("  - ") for s in starts) or any(
                x >= y for x, y in zip(starts, starts[1:])):
            return None
        if eid is None:
            i = len(starts)
            a = b = _entries_end(lines, starts[-1])
        else:
            try:
                i = old.ids().index(eid)
            except ValueError:
                raise KeyError(eid) from None
            a = starts[i]
            b = starts[i + 1] if i + 1 < len(starts) else _entries_end(lines, a)
        mini_in = "entries:\n" + "".join(lines[a:b])
        gf = GlossaryFile(path, mini_in)
        action(gf)
        out = gf.dumps()
        if not out.startswith("entries:"):
            return None
        chunk = out[len("entries:"):].lstrip(" ")
        if chunk.startswith("[]"):
            chunk = ""
        else:
            chunk = chunk[1:] if chunk.startswith("\n") else None  # type: ignore[assignment]
            if chunk is None or (chunk and not chunk.startswith("  - ")):
                return None
        new_text = "".join(lines[:a]) + chunk + "".join(lines[b:])
        mini = compiled(path, "entries:\n" + chunk) if chunk.strip() else Compiled([], [], [])
        if mini.problems:
            return new_text  # let the full validation name the problem
        # the changed entries' rows and keys are new; every other entry's are known (only their
        # line numbers move): the new file's compiled form without parsing it again
        shift = chunk.count("\n") - (b - a)
        mini_rows = [r[:_LINE] + (r[_LINE] + a - 1,) + r[_LINE + 1:] for r in mini.rows]  # mini line 2 = a + 1
        j = i + (0 if eid is None else 1)
        rest = old.rows[j:]
        if shift:
            rest = [r[:_LINE] + (r[_LINE] + shift,) + r[_LINE + 1:] for r in rest]
        seed_cache(path, new_text, Compiled(old.rows[:i] + mini_rows + rest, [],
                                            old.keys[:i] + mini.keys + old.keys[j:]))
    return new_text

"""Load glossary YAML files (safe, round-trip parser for line numbers) and validate them.

This module compiles each file (:func:`compiled`, cached per content) and checks the set across
files (:func:`load_glossaries`); reading the YAML (limits, libyaml fast path) is in
:mod:`.yaml_read`, checking each entry's fields in :mod:`.yaml_entries`; their names stay
importable from here.
"""

from __future__ import annotations

import dataclasses
import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .lint import matchable
from .model import LANGS, Entry, Glossary, GlossaryError
from .normalize import match_key
from .yaml_entries import _build
from .yaml_read import MAX_ALIASES, MAX_DEPTH, _fast_load, _yaml, limit_yaml  # noqa: F401

__all__ = ["load_glossaries", "glossary_files", "parse_entries", "compiled", "Compiled", "script_misfit"]


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


#: Files at least this big (in characters) have their compiled form cached (see :func:`parse_entries`).
CACHE_MIN_CHARS = 200_000
_CACHE_KEEP = 16  # compiled files kept in the cache folder
_code_hash: str | None = None
#: Entry fields in the order a compiled row holds them.
_FIELDS = tuple(f.name for f in dataclasses.fields(Entry))
_LINE = _FIELDS.index("line")

#: Per entry, the ``(lang, match key)`` of every form the matcher uses (what the cross-file
#: checks compare: an alias pointing at two targets).
Keys = tuple[tuple[str, str], ...]


@dataclass
class Compiled:
    """One glossary file's parse: its entries as rows (:data:`_FIELDS` order), the problems
    found in it, and each entry's match keys.  Cached per content (see :func:`compiled`), and
    changed entry by entry by an edit (:func:`mtpipe.glossary.edit.splice_change`)."""

    rows: list[tuple[Any, ...]]
    problems: list[str]
    keys: list[Keys]

    def entries(self) -> list[Entry]:
        return [Entry(*r) for r in self.rows]

    def ids(self) -> list[str]:
        return [r[0] for r in self.rows]

    def lines(self) -> list[int]:
        return [r[_LINE] for r in self.rows]


_FREEZE_AFTER = 100_000  # objects allocated under _no_gc beyond which they are frozen


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector off while 100,000s of small objects are built: it would
    scan them over and over (half the time of a large load), and they hold no cycles."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if gc.get_count()[0] > _FREEZE_AFTER:
                # a large load: what was built is kept (or freed by reference counting); move it
                # out of the collector's sight, else the first collection after this scans all of it
                gc.freeze()
            gc.enable()


def code_hash() -> str:
    """A hash of the code that compiles and checks glossary files: a cache made by other code is
    never read."""
    import hashlib

    global _code_hash
    if _code_hash is None:
        h = hashlib.sha256()
        for name in ("loader.py", "yaml_read.py", "yaml_entries.py", "model.py", "lint.py", "normalize.py",
                     "validation.py"):
            h.update(Path(__file__).with_name(name).read_bytes())
        _code_hash = h.hexdigest()
    return _code_hash


def _cache_file(path: Path, text: str) -> Path:
    """Where the compiled form of ``text`` (as file ``path``) is cached: keyed by the content,
    the path (problems name it) and the code that compiles it (a new loader never reads an old
    cache)."""
    import hashlib

    from ..config import default_cache_dir

    h = hashlib.sha256(code_hash().encode())
    h.update(os.fsencode(str(path)) + b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return default_cache_dir() / ".glossary" / f"{h.hexdigest()[:32]}.marshal"


#: The last compiled large files of this process (an edit reads, splices and validates one file).
_MEMO: dict[str, Compiled] = {}


def _cache_get(target: Path) -> Compiled | None:
    import marshal

    if target.name in _MEMO:
        return _MEMO[target.name]
    try:
        with _no_gc():
            rows, problems, keys = marshal.loads(target.read_bytes())
        if not (isinstance(rows, list) and isinstance(keys, list) and len(rows) == len(keys)
                and all(isinstance(r, tuple) and len(r) == len(_FIELDS) for r in rows)):
            return None
        c = Compiled(rows, [str(p) for p in problems], keys)
    except (OSError, ValueError, EOFError, TypeError):
        return None  # none yet, or damaged: parse again
    _remember(target.name, c)
    return c


def _remember(key: str, c: Compiled) -> None:
    while len(_MEMO) >= 2:
        _MEMO.pop(next(iter(_MEMO)))
    _MEMO[key] = c


def seed_cache(path: Path, text: str, c: Compiled) -> None:
    """Store the compiled form of ``text`` (a change computed without reparsing the whole file)."""
    import marshal

    from ..writers.atomic import atomic_write_bytes

    if len(text) < CACHE_MIN_CHARS:
        return
    target = _cache_file(Path(path), text)
    _remember(target.name, c)
    try:
        atomic_write_bytes(target, marshal.dumps((c.rows, c.problems, c.keys)))
        old = sorted(target.parent.iterdir(), key=lambda p: p.stat().st_mtime)
        for p in old[:-_CACHE_KEEP]:
            if p.suffix in (".json", ".marshal"):
                p.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache only costs a parse next time


def entry_keys(entries: list[Entry]) -> list[Keys]:
    """The ``(lang, match key)`` of every matchable form, per entry (:func:`lint.matchable`)."""
    checked: list[tuple[int, str, str]] = []
    for i, e in enumerate(entries):
        for lang in LANGS:
            for form in e.forms(lang):
                # a one-letter form or a stop word is never matched, so it cannot clash
                if matchable(e, form, lang):
                    checked.append((i, lang, form))
    # match_key is length-preserving and context-free across a NUL, so one call keys every form
    joined = "\x00".join(form for _, _, form in checked)
    keys: list[str] | None = None
    if len(joined.lower()) == len(joined):  # else (İ) match_key folds per character: key form by form
        keys = match_key(joined).split("\x00")
        if len(keys) != len(checked):  # a form holding a NUL (refused anyway)
            keys = None
    out: list[list[tuple[str, str]]] = [[] for _ in entries]
    for n, (i, lang, form) in enumerate(checked):
        out[i].append((lang, keys[n] if keys is not None else match_key(form, lang)))
    return [tuple(k) for k in out]


def compiled(path: Path, text: str | None = None) -> Compiled:
    """The compiled form of one file (see :class:`Compiled`); ``text`` instead of the file's content.

    Files of :data:`CACHE_MIN_CHARS` or more are compiled once per content: the result is
    kept (``marshal``, in the models cache folder under ``.glossary/``) keyed by a hash of the
    text, so a 100,000-entry glossary loads in well under a second once it was seen.
    """
    try:
        text = path.read_text(encoding="utf-8") if text is None else text
    except FileNotFoundError:
        return Compiled([], [f"{path}:0: glossary file not found"], [])
    except (OSError, UnicodeDecodeError) as e:
        return Compiled([], [f"{path}:0: cannot read: {e}"], [])
    with _no_gc():
        if len(text) >= CACHE_MIN_CHARS:
            target = _cache_file(path, text)
            hit = _cache_get(target)
            if hit is not None:
                return hit
        entries, problems = _parse(path, text)
        c = Compiled([tuple(getattr(e, f) for f in _FIELDS) for e in entries], problems, entry_keys(entries))
        seed_cache(path, text, c)
        return c


def parse_entries(path: Path, text: str | None = None) -> tuple[list[Entry], list[str]]:
    """Entries of one file and the problems found in it (from :func:`compiled`)."""
    c = compiled(path, text)
    with _no_gc():
        return c.entries(), list(c.problems)


def _parse(path: Path, text: str) -> tuple[list[Entry], list[str]]:
    fast = _fast_load(text)
    if fast is not None:
        data, item_lines, list_line = fast
    else:
        try:
            data = _yaml().load(text)
        except Exception as e:  # ruamel raises many classes; all mean a malformed file
            mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
            line = mark.line + 1 if mark is not None else 0
            reason = (getattr(e, "problem", None) or str(e).splitlines()[0]).strip()
            return [], [f"{path}:{line}: malformed YAML: {reason}"]
        item_lines = []
        list_line = 0
        if isinstance(data, dict) and isinstance(data.get("entries"), list):
            items = data["entries"]
            try:
                list_line = data.lc.key("entries")[0] + 1
            except Exception:  # no position data
                list_line = 0
            for i, raw in enumerate(items):
                try:
                    item_lines.append(items.lc.item(i)[0] + 1)
                except Exception:  # a flow-style or tagged list: fall back to the 'entries:' line
                    item_lines.append(raw.lc.line + 1 if hasattr(raw, "lc") else list_line)
    return _build(path, data, item_lines, list_line)


def load_glossaries(paths: Iterable[str | Path], texts: Mapping[str | Path, str] | None = None) -> Glossary:
    """Load and validate every glossary file under ``paths``.

    Args:
        paths: Files, or folders searched (recursively, sorted) for ``*.yaml``/``*.yml``.
        texts: Contents to use instead of what is on disk, by file (a change checked
            before it is written); a file named here and not under ``paths`` is added.

    Returns:
        The glossary; its entries in file order.

    Raises:
        GlossaryError: with one ``file:line: reason`` per problem (duplicate ids, an alias
            pointing at two different targets, missing targets, malformed files).
    """
    files = glossary_files(paths)
    override = {os.path.realpath(k): v for k, v in (texts or {}).items()}
    known = {os.path.realpath(f) for f in files}
    files += [Path(k) for k in (texts or {}) if os.path.realpath(k) not in known]
    problems: list[str] = []
    entries: list[Entry] = []
    keys: list[Keys] = []
    with _no_gc():
        for f in files:
            c = compiled(f, override.get(os.path.realpath(f)))
            entries += c.entries()
            keys += c.keys
            problems += c.problems
        seen: dict[str, Entry] = {}
        owners: dict[tuple[str, str], Entry] = {}
        for e, ks in zip(entries, keys):
            if e.id in seen:
                first = seen[e.id]
                problems.append(f"{e.file}:{e.line}: duplicate id {e.id!r} (first at {first.file}:{first.line})")
                continue
            seen[e.id] = e
            for key in ks:
                other = owners.get(key)
                if other is not None and other.id != e.id and (other.en, other.zh) != (e.en, e.zh):
                    lang = key[0]
                    form = next((f for f in e.forms(lang) if match_key(f, lang) == key[1]), key[1])
                    problems.append(f"{e.file}:{e.line}: {lang} alias {form!r} of {e.id!r} already points at "
                                    f"{other.id!r} ({other.en} / {other.zh}) at {other.file}:{other.line}")
                owners.setdefault(key, e)
    if problems:
        raise GlossaryError(problems)
    warnings = [f"{e.file}:{e.line}: {e.id}: partial entry, no {'zh' if e.en else 'en'} target: the term is "
                f"protected only in {'en' if e.en else 'zh'} output" for e in seen.values() if e.partial]
    warnings += [f"{e.file}:{e.line}: {e.id}: en form {e.en!r} is written in {what}: English outputs would carry "
                 "it as it is (a term base whose languages were mislabelled?)"
                 for e in seen.values() for what in [_foreign_script(e.en or "")] if what]
    return Glossary(entries=list(seen.values()), files=[str(f) for f in files], warnings=warnings)


def _foreign_script(form: str) -> str | None:
    """The script an English form should not be written in (Cyrillic, Chinese...), or None."""
    return script_misfit("en", form)


def script_misfit(lang: str, form: str) -> str | None:
    """The script ``form`` is written in when it cannot be a ``lang`` form, or None.

    Cyrillic only in ``ru``, Chinese characters only in ``zh`` (and ``zh-Hant``), kana and Hangul in none (Latin is
    fine everywhere: ``G20峰会``, ``НАТО`` and ``NATO``).
    """
    from ..scripts import HANGUL, in_ranges, is_han, is_kana

    for ch in form:
        if "\u0400" <= ch <= "\u052f":
            if lang != "ru":
                return "Cyrillic letters"
        elif is_han(ch):
            if not lang.startswith("zh"):
                return "Chinese characters"
        elif is_kana(ch):
            return "Japanese kana"
        elif in_ranges(ch, HANGUL):
            return "Hangul"
    return None

"""Find and open input documents without being fooled by the file system.

An input folder is not to be trusted: it may hold FIFOs and devices (opening one
blocks forever or never ends), symlinks to private files outside it, folders we
may not read, hidden files, names that are not valid UTF-8 or that hold newlines
and terminal escapes.  The rules live here (README "Safety"):

* only regular files are read; a FIFO, socket or device is skipped with a problem
  and never opened (:func:`scan_inputs` decides from ``stat``; :func:`read_input_bytes`
  opens non-blocking and checks again with ``fstat``, so a file swapped for a FIFO
  in between is still refused);
* a symlink whose target lies outside the input folder is not followed (a problem
  names it) unless ``follow_symlinks``; symlinked folders are never followed (loops);
* unreadable folders and skipped hidden (``.name``) entries are reported as warnings;
* file names that are not valid UTF-8 keep their bytes (surrogate escapes) for opening,
  and get a printable form (:func:`printable`) and a document id (:func:`doc_id_for`)
  without them;
* input and output folders must not overlap (:func:`check_overlap`).

The printable forms and document ids of file names are in :mod:`mtpipe.pathnames`; the bounds
on one document's work (size, time budget, deadline) in :mod:`mtpipe.doc_limits`.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .doc_limits import DocumentLimits, DocumentOvertime, check_budget, document_deadline  # noqa: F401
from .pathnames import doc_id_for, printable, text_path  # noqa: F401
from .errors import InputError
from .feeds import FEED_SUFFIXES
from .unpacking import COMPRESSED_SUFFIXES, GZIP_MAGIC, MAX_UNPACKED_BYTES, packed_format, unpack  # noqa: F401

#: the file types read as documents (lower case): text, Markdown, HTML pages, RSS/Atom feeds (:mod:`mtpipe.feeds`);
#: each also compressed (``page.html.gz``, ``.bz2``, ``.xz``: :data:`COMPRESSED_SUFFIXES`, :func:`document_suffix`)
SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm") + FEED_SUFFIXES

__all__ = ["InputScan", "InputError", "scan_inputs", "read_input_bytes", "printable", "doc_id_for",
           "document_name", "document_suffix", "unpack", "check_overlap", "check_budget", "file_kind",
           "DocumentLimits", "DocumentOvertime", "document_deadline"]


@dataclass
class InputScan:
    """What :func:`scan_inputs` found.

    Attributes:
        files: Regular files to read, in sorted order.
        problems: ``(printable path, reason)`` for entries that look like inputs but are refused.
        warnings: Lines naming what was left out without being an input error
            (unreadable folders, hidden entries, symlinked folders).
    """

    files: list[Path] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def file_kind(mode: int) -> str:
    """What a ``stat`` mode is, in words (``a FIFO (named pipe)``, ``a character device``...)."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def document_name(path: str | Path) -> Path:
    """The name that decides how a file is read: ``page.html.gz`` is read as ``page.html``; any other name
    is its own."""
    path = Path(path)
    if path.suffix.lower() in COMPRESSED_SUFFIXES and Path(path.stem).suffix:
        return path.with_name(path.stem)
    return path


def document_suffix(path: str | Path) -> str:
    """The suffix (lower case) that decides the reader: ``.html`` for ``page.html.gz`` and ``page.html``."""
    return document_name(path).suffix.lower()




def _inside(child: str, parent: str) -> bool:
    return child == parent or child.startswith(parent.rstrip(os.sep) + os.sep)


def _names(items: list[str], limit: int = 10) -> str:
    shown = ", ".join(printable(x) for x in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _split_manifest(path: Path) -> bool:
    """``NAME.parts.json`` beside ``NAME.part001.txt`` (or ``.md``, wider numbers): the manifest `mtpipe split`
    writes beside the parts it cut (field trial 6: translating the parts warned about it as a skipped file)."""
    if not path.name.endswith(".parts.json"):
        return False
    stem = path.name[:-len(".parts.json")]
    return any(path.with_name(f"{stem}.part{1:0{w}d}{sfx}").is_file() for w in (3, 4, 5, 6) for sfx in (".txt", ".md"))


def scan_inputs(root: str | Path, suffixes: Iterable[str] | None = None, *,
                follow_symlinks: bool = False, exclude: Iterable[str | Path] = ()) -> InputScan:
    """Input files under ``root``, recursively, in sorted order, and what was left out.

    Args:
        root: The input folder (or one file, taken as given if it is a regular file).
        suffixes: File suffixes that are documents (lower case); :data:`SUFFIXES` when not given.
        follow_symlinks: Read symlinked files whose target is outside ``root``.
        exclude: Folders (or files) under ``root`` not to read, such as an output folder inside it.

    Returns:
        An :class:`InputScan`; nothing was opened.
    """
    scan = InputScan()
    suffixes = tuple(s.lower() for s in (SUFFIXES if suffixes is None else suffixes))
    root = Path(root)
    try:
        st = os.stat(root)
    except OSError as e:
        scan.problems.append((printable(root), f"cannot read: {e.strerror or e}"))
        return scan
    if not stat.S_ISDIR(st.st_mode):
        if stat.S_ISREG(st.st_mode):
            scan.files.append(root)
        else:
            scan.problems.append((printable(root), f"is {file_kind(st.st_mode)}, not a regular file: skipped"))
        return scan
    real_root = os.path.realpath(root)
    excluded = {os.path.realpath(e) for e in exclude}
    hidden: list[str] = []
    linked_dirs: list[str] = []
    other: dict[str, int] = {}  # files of types mtpipe does not read, by suffix

    def walk(folder: Path) -> None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except PermissionError:
            scan.warnings.append(f"{printable(folder)}: folder not readable (permission denied); "
                                 "its documents were not translated")
            return
        except OSError as e:
            scan.warnings.append(f"{printable(folder)}: folder not readable ({e.strerror or e}); "
                                 "its documents were not translated")
            return
        for entry in entries:
            path = Path(entry.path)
            rel = path.relative_to(root).as_posix()
            if excluded and os.path.realpath(path) in excluded:
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                is_link = entry.is_symlink()
            except OSError:
                is_dir = is_link = False
            if entry.name.startswith("."):
                if is_dir or document_suffix(path) in suffixes:
                    hidden.append(rel + ("/" if is_dir else ""))
                continue
            if is_dir:
                walk(path)
                continue
            if is_link and os.path.isdir(path):
                linked_dirs.append(rel)
                continue
            if document_suffix(path) not in suffixes:  # page.html.gz is a page, data.json.gz is no document
                if _split_manifest(path):  # `mtpipe split`'s own NAME.parts.json beside its parts: no document
                    continue
                kind = "".join(path.suffixes[-2:]).lower() if document_name(path) != path else path.suffix.lower()
                other[kind or "(no suffix)"] = other.get(kind or "(no suffix)", 0) + 1
                continue
            if is_link:
                target = os.path.realpath(path)
                if not _inside(target, real_root) and not follow_symlinks:
                    scan.problems.append((printable(path), f"symlink to {printable(target)}, outside the input "
                                                           "folder: not followed (--follow-symlinks reads it)"))
                    continue
            try:
                mode = os.stat(path).st_mode
            except FileNotFoundError:
                scan.problems.append((printable(path), "not found (or a broken link)"))
                continue
            except OSError as e:
                scan.problems.append((printable(path), f"cannot read: {e.strerror or e}"))
                continue
            if not stat.S_ISREG(mode):
                scan.problems.append((printable(path), f"is {file_kind(mode)}, not a regular file: skipped "
                                                       "(never opened)"))
                continue
            scan.files.append(path)

    walk(root)
    if hidden:
        scan.warnings.append(f"{printable(root)}: skipped {len(hidden)} hidden "
                             f"{'entry' if len(hidden) == 1 else 'entries'} (names starting with '.'): "
                             f"{_names(hidden)}")
    if other:  # said once: a folder of .json or .docx files is not silently half read
        n = sum(other.values())
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(other.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
        packed = "/".join(COMPRESSED_SUFFIXES)
        scan.warnings.append(f"{printable(root)}: skipped {n} {'file' if n == 1 else 'files'} of types mtpipe "
                             f"does not read (it reads {', '.join(suffixes)}, each also as {packed}): "
                             f"{printable(kinds)}")
    if linked_dirs:
        scan.warnings.append(f"{printable(root)}: symlinked folders are not followed: {_names(linked_dirs)}")
    return scan


def read_input_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, refusing anything else without blocking.

    The file is opened non-blocking (a FIFO swapped in after the scan cannot hang us)
    and checked with ``fstat``; a file that grows past ``max_bytes`` while being read
    is refused too.

    Raises:
        IngestError: naming the file and the reason.
    """
    from .ingest import IngestError

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    shown = printable(path)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise IngestError(shown, "not found (or a broken link)") from None
    except PermissionError:
        raise IngestError(shown, "permission denied") from None
    except OSError as e:
        raise IngestError(shown, f"cannot read: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IngestError(shown, "is a folder, expected a file")
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(shown, f"is {file_kind(st.st_mode)}, not a regular file: skipped")
        if max_bytes is not None and st.st_size > max_bytes:
            raise IngestError(shown, f"file is {st.st_size / 1e6:.0f} MB, over the limit of "
                                     f"{max_bytes / 1e6:.0f} MB (--max-bytes)")
        chunks = []
        total = 0
        while True:
            try:
                chunk = os.read(fd, 1 << 20)
            except OSError as e:
                raise IngestError(shown, f"cannot read: {e.strerror or e}") from None
            if not chunk:
                break
            total += len(chunk)
            if max_bytes is not None and total > max_bytes:
                raise IngestError(shown, f"file grew past the limit of {max_bytes / 1e6:.0f} MB while being read "
                                         "(--max-bytes)")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def check_overlap(input_dir: str | Path, output_dir: str | Path, exclude: Iterable[str | Path] = ()) -> None:
    """Refuse input and output folders that overlap.

    The same folder would let outputs (``report.json``, review pages, ``.txt``
    translations) overwrite inputs; an input folder inside the output folder, or an
    output folder inside the input folder, makes a later run read outputs as inputs.
    An output folder inside the input folder is accepted when it (or a folder above
    it, inside the input folder) is in ``exclude``.

    Raises:
        InputError: one line saying which folders overlap and what to do.
    """
    i = os.path.realpath(input_dir)
    o = os.path.realpath(output_dir)
    if not os.path.isdir(i):
        return
    if o == i:
        raise InputError(f"{printable(output_dir)}: the output folder is the input folder; outputs would "
                         "overwrite inputs and be read as inputs by the next run: choose another -o")
    if _inside(i, o):
        raise InputError(f"{printable(input_dir)}: the input folder is inside the output folder "
                         f"{printable(output_dir)}; outputs would land among the inputs: choose another -o")
    if _inside(o, i):
        ex = [os.path.realpath(e) for e in exclude]
        if not any(_inside(o, e) and _inside(e, i) for e in ex):
            raise InputError(f"{printable(output_dir)}: the output folder is inside the input folder "
                             f"{printable(input_dir)}; a later run would read the outputs as inputs: choose an "
                             f"-o outside it, or pass --exclude {printable(output_dir)}")

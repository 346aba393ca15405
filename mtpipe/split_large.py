"""Cut a text file over ``--max-chars`` into parts at paragraph breaks (``mtpipe split``).

``mtpipe translate`` holds a document whole in every stage, so a file longer than ``--max-chars``
is refused (:mod:`mtpipe.ingest`).  Rather than cutting it inside the job (an input is one
document end to end: one job-state record keyed by its input's hash, one kept copy, one set of
outputs whose offsets point into its text), the file is cut here, before the job, into files
that are documents of their own:

* each part holds at most ``max_chars`` characters and ends after a paragraph break (a blank
  line) when one lies in its last half, else after a line break, else after a space, else at
  the limit (never before a combining mark);
* the parts, concatenated, are the decoded text exactly (line breaks and spaces included);
* ``NAME.parts.json`` beside them names the source, its sha256, the encoding it was decoded
  from, and each part's ``start``/``end`` in characters of that text, so an offset in a part's
  outputs (its ledger's offsets are into its raw text) is ``start`` + that offset in the whole.

Parts are written as UTF-8 whatever the source's encoding (the manifest keeps the encoding).
HTML is not cut (a cut would break its markup): extract it to text first.

:func:`join_outputs` (``mtpipe join``) puts the parts' text translations (``NAME.partNNN.<lang>.txt``)
back together as ``NAME.<lang>.txt``, each boundary as the source had it: a part that ended with a
line break (a blank line, as a part prefers) is followed by a blank line, the writer's paragraph
break; one cut inside a paragraph (at a space) is followed by the language's sentence joiner.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["cut_points", "Split", "split_file", "Joined", "join_outputs"]

#: Part names: ``NAME.part001.txt`` (at least three digits).
_PART = "{stem}.part{n:0{w}d}{suffix}"


def _cut(text: str, start: int, limit: int) -> int:
    """Where the part starting at ``start`` ends (exclusive), for parts of at most ``limit`` characters."""
    end = start + limit
    if end >= len(text):
        return len(text)
    floor = start + limit // 2  # a break in the part's first half would make many small parts
    for sep in ("\n\n", "\n\r\n", "\n", " "):
        i = text.rfind(sep, floor, end - len(sep) + 1)
        if i < 0:
            continue
        j = i + len(sep)
        while sep != " " and j < end and text[j] in "\r\n":  # the blank lines stay with the part before
            j += 1
        return j
    while end > start + 1 and unicodedata.combining(text[end]):  # a mark stays with its letter
        end -= 1
    return end


def cut_points(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each part of ``text`` (see the module docstring); ``limit`` >= 1."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    parts: list[tuple[int, int]] = []
    start = 0
    while start < len(text) or not parts:
        end = _cut(text, start, limit)
        parts.append((start, end))
        start = end
        if start >= len(text):
            break
    return parts


@dataclass
class Split:
    """What :func:`split_file` wrote: the parts (paths), the manifest, the character count."""

    parts: list[Path] = field(default_factory=list)
    manifest: Path | None = None
    chars: int = 0


def split_file(path: Path, out_dir: Path, max_chars: int) -> Split:
    """Cut ``path`` into parts of at most ``max_chars`` characters under ``out_dir`` (see the module docstring).

    Raises:
        mtpipe.ingest_options.IngestError: an HTML file, or one that cannot be read or decoded.
        OSError: a part or the manifest cannot be written.
    """
    from .decoding import decode_bytes
    from .ingest_options import IngestError, IngestOptions
    from .inputs import MAX_UNPACKED_BYTES, document_name, packed_format, read_input_bytes, unpack
    from .writers.atomic import atomic_write_text

    path = Path(path)
    from .feeds import FEED_SUFFIXES

    if document_name(path).suffix.lower() in (".html", ".htm") + FEED_SUFFIXES:
        raise IngestError(path, "an HTML page or a feed is not cut (its markup would break); save its text first")
    data = read_input_bytes(path)
    packed = packed_format(data)
    plain, note = unpack(data, path, MAX_UNPACKED_BYTES) if packed else (data, "")
    if note:  # a compressed dump cut short: its parts would silently miss the end
        raise IngestError(path, f"{note}; not cut (the parts would miss the rest: download it again)")
    text, encoding = decode_bytes(plain, path, IngestOptions(max_chars=None))
    path_name = document_name(path)  # dump.txt.gz is cut as dump.txt
    points = cut_points(text, max_chars)
    width = max(3, len(str(len(points))))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = path_name.suffix if path_name.suffix.lower() in (".txt", ".md") else ".txt"
    result = Split(chars=len(text))
    rows = []
    for n, (a, b) in enumerate(points, 1):
        name = _PART.format(stem=path_name.stem, n=n, w=width, suffix=suffix)
        result.parts.append(atomic_write_text(out_dir / name, text[a:b]))
        rows.append({"file": name, "start": a, "end": b})
    manifest = {"source": path.name, "sha256": hashlib.sha256(data).hexdigest(), "encoding": encoding,
                "chars": len(text), "max_chars": max_chars, "parts": rows}
    if packed:
        manifest["compressed"] = packed
    result.manifest = atomic_write_text(out_dir / f"{path_name.stem}.parts.json",
                                        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return result


@dataclass
class Joined:
    """What :func:`join_outputs` wrote: one file per target language, and the parts with no output
    of their own (empty documents: nothing to translate)."""

    files: list[Path] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)


def join_outputs(manifest: Path, outputs: Path, out_dir: Path) -> Joined:
    """The text translations of the parts ``manifest`` (``NAME.parts.json``) lists, found under
    ``outputs`` (the folder ``mtpipe translate`` wrote for the parts' folder), joined into
    ``out_dir/NAME.<lang>.txt`` for each target language (see the module docstring).

    Raises:
        ValueError: the manifest is not one :func:`split_file` wrote, or a part has no text output
            (its translation failed, the job has not finished, ``--format`` had no ``text``).
        OSError: a file cannot be read or written.
    """
    from .safety import safe_output_paths
    from .writers.atomic import atomic_write_text
    from .writers.text import joiner

    manifest, outputs = Path(manifest), Path(outputs)
    try:
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        rows = [(str(r["file"]), int(r["start"]), int(r["end"])) for r in meta["parts"]]
        source = str(meta["source"])
    except (ValueError, KeyError, TypeError) as e:
        raise ValueError(f"{manifest}: not a parts list of mtpipe split ({e})") from None
    empty = set(_empty_documents(outputs))
    langs = _output_langs(outputs, rows[0][0]) if rows else []
    if not langs:
        raise ValueError(f"{outputs}: no text translation of {rows[0][0] if rows else source} "
                         "(translate the parts folder with the text format, the default)")
    result = Joined()
    texts: dict[str, list[str]] = {lang: [] for lang in langs}
    ends_line: list[bool] = []
    missing = []
    for name, _, _ in rows:
        part = manifest.parent / name
        # how the part ended in the source: a line break (a paragraph ends there) or inside a paragraph
        ends_line.append(_ends_with_line_break(part))
        for lang in langs:
            out = safe_output_paths(outputs, name, [f".{lang}.txt"])[0]
            if out.exists():
                texts[lang].append(out.read_text(encoding="utf-8").strip("\n"))
            elif name in empty:
                texts[lang].append("")
            else:
                missing.append(out.name)
    if missing:
        raise ValueError(f"{outputs}: {len(missing)} part translations missing ({', '.join(missing[:5])}"
                         f"{', …' if len(missing) > 5 else ''}): finish the job (run the same command again)")
    result.empty = [name for name, _, _ in rows if name in empty]
    from .inputs import document_name

    stem = document_name(Path(source)).stem  # dump.txt.gz joins into dump.<lang>.txt, as dump.txt does
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        joined, line = "", False
        for text, ends in zip(texts[lang], ends_line):
            if text:
                if joined:  # the break before a part: how the parts before it (since the last text) ended
                    joined += "\n\n" if line else joiner(lang)
                joined += text
                line = False
            line = line or ends
        result.files.append(atomic_write_text(out_dir / f"{stem}.{lang}.txt", joined + "\n"))
    return result


def _ends_with_line_break(part: Path) -> bool:
    """Whether the source text of ``part`` ends with a line break (spaces after it aside); a part
    file no longer there counts as one (a part prefers ending at a blank line)."""
    try:
        text = part.read_text(encoding="utf-8")
    except OSError:
        return True
    return text.rstrip(" \t").endswith(("\n", "\r"))


def _output_langs(outputs: Path, first_part: str) -> list[str]:
    """The target languages of the parts' text outputs: those of the first part's ``.<lang>.txt`` files."""
    from .safety import safe_output_paths

    probe = safe_output_paths(outputs, first_part, [".xx.txt"])[0]
    stem = probe.name[:-len(".xx.txt")]
    langs = []
    import glob

    for f in probe.parent.glob(f"{glob.escape(stem)}.*.txt"):
        lang = f.name[len(stem) + 1:-len(".txt")]
        if lang and "." not in lang:
            langs.append(lang)
    return sorted(langs)


def _empty_documents(outputs: Path) -> list[str]:
    """File names of the documents the job's report lists as empty (no outputs written for them)."""
    try:
        report = json.loads((outputs / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(str(p)).name for p in report.get("empty", []) if isinstance(p, str)]

"""``NAME.tmx``: TMX 1.4 for CAT tools, one translation unit per segment, every string escaped.

Header: ``creationtool="mtpipe"``, ``creationtoolversion``, ``segtype="sentence"``,
``o-tmf="mtpipe"``, ``adminlang="en"``, ``srclang`` (the language most of the source text
is in; ``und`` only when no segment has a language), ``datatype="plaintext"``, plus
``x-mtpipe-doc``/``x-mtpipe-glossary``/``x-mtpipe-signature`` props.

Each ``<tu>`` has ``tuid="DOC#INDEX"`` and props ``x-mtpipe-doc``, ``x-mtpipe-index``,
``x-mtpipe-flags`` (comma-separated, when any), ``x-mtpipe-part`` (``k/n``, for pieces of a
split sentence) and ``x-mtpipe-dropped`` (see below); then one ``<tuv>`` for the source and
one per target language that differs from the source language.

**Machine-translation provenance.**  Every target ``<tuv>`` says it is machine output the
way translation memories record authorship: ``creationtool="mtpipe"``,
``creationid="MT"``, ``changeid="MT"``, and a ``<prop type="x-mt">`` naming how it was
made (``mtpipe direct``, ``mtpipe pieces``...).  CAT tools show the creation/change id in
their match panes, so a translator sees the match is MT.

**Flagged segments stay out of auto-fill.**  CAT tools insert any ``<tuv>`` in the target
language (OmegaT fills every exact match from ``tm/auto/``; Trados and memoQ pre-translate
100% matches), whatever props say.  So a segment with a quality flag that needs a person
(``unverified_term``, ``repetition:en``, ``untranslated:zh``, ``auto_name``...; not the
informational ``split``/``split_sentence``/``traditional_to_simplified``) keeps its source
``<tuv>`` only: the machine output for that target travels in ``<prop
type="x-mtpipe-withheld" xml:lang="en">`` (exact text, never inserted) with a ``<note>``
saying why.  A per-target flag (``repetition:en``) withholds that target only in a bilingual
file; with several targets the whole unit is withheld, because a CAT tool that finds no
``tuv`` in its target language fills the segment from another language's (OmegaT 3.6
does: tested in ``tests/test_tmx_cat.py``).

Language tags: ``zh-Hans`` for simplified Chinese (targets, and simplified sources),
``zh-Hant`` for a traditional Chinese source; a segment without a language of its own
(digits, punctuation) takes the document's language.

Escaping: ``&``, ``<`` and ``>`` everywhere, quotes in attributes, and ``\\r``
(and tab/newline in attributes) as character references, because an XML
parser would otherwise normalise them away; so any XML parser reads back
exactly the text we had.  Characters XML 1.0 cannot carry at all (C0 controls
other than tab/LF/CR, lone surrogates, U+FFFE, U+FFFF) are **dropped from the
TMX only**; the number dropped from a unit is recorded in its
``x-mtpipe-dropped`` prop, and the JSONL keeps the text exactly.

``--tmx-combined`` (:func:`write_combined_tmx`) writes one ``translations.tmx`` for the
whole job from the JSONL records (and, with several targets, one bilingual
``translations.<tgt>.tmx`` per target for tools that read one target per unit).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Sequence

from .. import __version__
from ..document import Document
from ..safety import safe_output_path
from .atomic import atomic_write_text

__all__ = ["write_tmx", "render_tmx", "render_records", "write_combined_tmx", "withheld_targets", "lang_tag",
           "xml_text", "xml_attr", "XML_ILLEGAL", "INFORMATIONAL_FLAGS", "COMBINED_TMX"]

#: Characters XML 1.0 does not allow in a document, even as references.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: Flags that say how a segment was made, not that it needs a person: they do not withhold it.
INFORMATIONAL_FLAGS = frozenset({"split", "split_sentence", "traditional_to_simplified"})

#: File name of the job-level TMX.
COMBINED_TMX = "translations.tmx"

_TEXT_ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESC = {**_TEXT_ESC, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}
_TEXT_RE = re.compile("[&<>\r]")
_ATTR_RE = re.compile("[&<>\r\"\n\t]")
# anything either step would change: most texts have none, and one scan then returns them as they are
_TEXT_ANY = re.compile(f"{_TEXT_RE.pattern}|{XML_ILLEGAL.pattern}")
_ATTR_ANY = re.compile(f"{_ATTR_RE.pattern}|{XML_ILLEGAL.pattern}")


def _count_illegal(s: str) -> int:
    return len(XML_ILLEGAL.findall(s))


def xml_text(s: str) -> str:
    """``s`` made safe for XML character data (illegal characters dropped)."""
    if not _TEXT_ANY.search(s):
        return s
    return _TEXT_RE.sub(lambda m: _TEXT_ESC[m.group()], XML_ILLEGAL.sub("", s))


def xml_attr(s: str) -> str:
    """``s`` as a double-quoted XML attribute value, quotes included."""
    if not _ATTR_ANY.search(s):
        return f'"{s}"'
    return '"' + _ATTR_RE.sub(lambda m: _ATTR_ESC[m.group()], XML_ILLEGAL.sub("", s)) + '"'


def lang_tag(lang: str, text: str = "") -> str:
    """The BCP 47 tag of a language code: ``zh`` -> ``zh-Hans`` (``zh-Hant`` for traditional ``text``)."""
    if lang == "zh":
        if text:
            from ..scripts import to_simplified

            if to_simplified(text) != text:
                return "zh-Hant"
        return "zh-Hans"
    return lang or "und"


def withheld_targets(record: dict[str, Any], targets: Sequence[str]) -> dict[str, list[str]]:
    """Target -> the flags that keep its machine output out of auto-fill (empty when none)."""
    out: dict[str, list[str]] = {}
    for flag in record.get("flags") or []:
        name, _, lang = str(flag).partition(":")
        if name in INFORMATIONAL_FLAGS:
            continue
        for t in targets:
            if not lang or lang == t:
                out.setdefault(t, []).append(str(flag))
    for term in record.get("terms") or []:
        for t, status in (term.get("targets") or {}).items():
            if status == "unverified" and t in targets and "unverified_term" not in out.get(t, []):
                out.setdefault(t, []).append("unverified_term")
    return out


def _doc_lang(records: Sequence[dict[str, Any]]) -> str:
    weight: Counter[str] = Counter()
    for r in records:
        if r.get("src_lang") not in (None, "", "und"):
            weight[str(r["src_lang"])] += len(str(r.get("source") or "")) or 1
    return weight.most_common(1)[0][0] if weight else "und"


def _units(records: Sequence[dict[str, Any]], targets: Sequence[str], doc_lang: str) -> Iterable[str]:
    tag_attr = {t: xml_attr(lang_tag(t)) for t in targets}  # a target's tag: the same in every unit
    version = xml_attr(__version__)
    for r in records:
        lang = r.get("src_lang") if r.get("src_lang") not in (None, "", "und") else doc_lang
        src_tag = lang_tag(str(lang), str(r.get("source") or "") if lang == "zh" else "")
        tgts = [t for t in targets if t != lang and r.get(t) is not None]
        texts = [str(r.get("source") or "")] + [str(r[t]) for t in tgts]
        dropped = _count_illegal("".join(texts))  # one character per match: the sum over the texts
        withheld = withheld_targets(r, tgts)
        if withheld and len(tgts) > 1:
            # with one target language missing, CAT tools fill the segment from another one
            # (OmegaT 3.6 inserted the zh tuv into an en project): withhold the unit's every target
            withheld = {t: withheld.get(t) or ["another target needs review"] for t in tgts}
        doc = str(r.get("doc") or "")
        tuid = f"{doc}#{r.get('index')}"
        yield f"<tu tuid={xml_attr(tuid)} srclang={xml_attr(src_tag)}>"
        if withheld:
            why = "; ".join(f"{t}: {', '.join(fl)}" for t, fl in withheld.items())
            yield (f"<note>Machine translation withheld from auto-fill (needs review: {xml_text(why)}); "
                   "the text is in the x-mtpipe-withheld props.</note>")
        yield f'<prop type="x-mtpipe-doc">{xml_text(doc)}</prop>'
        yield f'<prop type="x-mtpipe-index">{int(r.get("index") or 0)}</prop>'
        if r.get("flags"):
            yield f'<prop type="x-mtpipe-flags">{xml_text(",".join(map(str, r["flags"])))}</prop>'
        if r.get("part"):
            yield f'<prop type="x-mtpipe-part">{int(r["part"][0])}/{int(r["part"][1])}</prop>'
        if dropped:
            yield f'<prop type="x-mtpipe-dropped">{dropped}</prop>'
        for t in tgts:
            if t in withheld:
                yield f'<prop type="x-mtpipe-withheld" xml:lang={tag_attr[t]}>{xml_text(str(r[t]))}</prop>'
        yield f"<tuv xml:lang={xml_attr(src_tag)}><seg>{xml_text(texts[0])}</seg></tuv>"
        strategy = r.get("strategy") or {}
        for t in tgts:
            if t in withheld:
                continue
            how = strategy.get(t) or "mt"
            if how == "passthrough":  # already in the target language: a copy, not machine output
                yield f"<tuv xml:lang={tag_attr[t]}><seg>{xml_text(str(r[t]))}</seg></tuv>"
                continue
            yield (f"<tuv xml:lang={tag_attr[t]} creationtool=\"mtpipe\" "
                   f"creationtoolversion={version} creationid=\"MT\" changeid=\"MT\">"
                   f'<prop type="x-mt">{xml_text(f"mtpipe {how}")}</prop>'
                   f"<seg>{xml_text(str(r[t]))}</seg></tuv>")
        yield "</tu>"


def render_records(records: Sequence[dict[str, Any]], targets: Sequence[str], signature: dict[str, Any],
                   doc_id: str | None = None) -> str:
    """A TMX document from JSONL segment records (one document's, or a whole job's).

    Args:
        records: Segment records (:func:`~mtpipe.writers.records.segment_record`), in order.
        targets: Target languages written.
        signature: The signature (glossary hash and signature hash go in the header): a document's
            own (:func:`mtpipe.signature.document_signature`), or the job's for a job-level file.
        doc_id: The document, for the header's ``x-mtpipe-doc`` prop (None for a job-level file).
    """
    from .jsonl import signature_hash

    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_doc.setdefault(str(r.get("doc") or ""), []).append(r)
    srclang = lang_tag(_doc_lang(records))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
           '<tmx version="1.4">',
           f'<header creationtool="mtpipe" creationtoolversion={xml_attr(__version__)} segtype="sentence" '
           f'o-tmf="mtpipe" adminlang="en" srclang={xml_attr(srclang)} datatype="plaintext">']
    if doc_id is not None:
        out.append(f'<prop type="x-mtpipe-doc">{xml_text(doc_id)}</prop>')
    out += [f'<prop type="x-mtpipe-glossary">{xml_text(str(signature.get("glossary_hash") or ""))}</prop>',
            f'<prop type="x-mtpipe-signature">{signature_hash(signature) if signature else ""}</prop>',
            "</header>", "<body>"]
    for recs in by_doc.values():
        out += _units(recs, targets, _doc_lang(recs))
    out += ["</body>", "</tmx>"]
    return "\n".join(out) + "\n"


def render_tmx(doc: Document, targets: Sequence[str], signature: dict[str, Any]) -> str:
    """The TMX document for ``doc`` as a string.

    Args:
        doc: A finished document.
        targets: Target languages.
        signature: The signature (glossary hash and signature hash go in the header): a document's
            own (:func:`mtpipe.signature.document_signature`), or the job's for a job-level file.

    Returns:
        A complete TMX 1.4 file.
    """
    from .records import segment_record

    return render_records([segment_record(doc, s, targets) for s in doc.segments], targets, signature, doc.doc_id)


def write_tmx(doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
    """Write ``NAME.tmx``; returns ``[path]``."""
    return [atomic_write_text(safe_output_path(out_root, doc.doc_id, ".tmx"), render_tmx(doc, targets, signature))]


def write_combined_tmx(out_root: Path, targets: Sequence[str], signature: dict[str, Any] | None = None,
                       files: Sequence[Path] | None = None) -> list[Path]:
    """Write ``translations.tmx`` for every document of a finished output folder (from its JSONL).

    With several targets, also ``translations.<tgt>.tmx`` per target (source + that target).  With
    ``files``, only those segment files (a run's documents).

    Returns:
        The files written (none when the folder holds no records).
    """
    from .html import _collect

    out_root = Path(out_root)
    records = [r for _, recs in sorted(_collect(out_root, files=files).items())
               for r in sorted(recs, key=lambda r: int(r.get("index") or 0))]
    if not records:
        return []
    sig = signature or {}
    names = [COMBINED_TMX] + ([f"translations.{t}.tmx" for t in targets] if len(targets) > 1 else [])
    doc_tmx = {safe_output_path(out_root, doc, ".tmx").resolve() for doc in {str(r.get("doc")) for r in records}}
    clash = [n for n in names if (out_root / n).resolve() in doc_tmx]
    if clash:  # a document's own NAME.tmx is there: never overwrite it
        raise FileExistsError(f"{', '.join(clash)} is a document's TMX; the job-level TMX was not written "
                              "(rename that input)")
    written = [atomic_write_text(out_root / COMBINED_TMX, render_records(records, targets, sig))]
    for t in (targets if len(targets) > 1 else []):
        written.append(atomic_write_text(out_root / f"translations.{t}.tmx", render_records(records, [t], sig)))
    return written

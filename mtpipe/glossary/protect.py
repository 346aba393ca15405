"""Protect terms through the model, restore canonical forms, verify, retry, flag.

Flow for one (source language, target language) group of segments:

1. **placeholder**: each term becomes ``TERMk`` in the model input; the output
   must hold every placeholder exactly once, and each is replaced with the
   term's canonical target form.
2. **inline** (for segments whose placeholders were dropped, duplicated or
   mangled): the canonical target forms are written into the source instead,
   and the output must contain each as often as the source has it.
3. **pieces**: the text between terms is translated piece by piece and joined
   with the canonical forms, which guarantees the terms at some cost in fluency.

A term still missing after the enabled strategies is marked ``unverified`` for
that target and the segment is flagged ``unverified_term``.  Every model call
covers the whole group at once (one batch per strategy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..document import Document, Segment, Term, Translation
from ..placeholders import PLACEHOLDER_RE, placeholder
from .match import Matcher
from .model import Glossary

__all__ = ["ProtectOptions", "Protect", "protect_text", "restore", "translate_segments", "passthrough_segments",
           "finalize_terms", "STRATEGIES"]

STRATEGIES = ("placeholder", "inline", "pieces")

_RANK = {"unverified": 5, "retried": 4, "normalized": 3, "verified": 2, "passthrough": 1, "pending": 0}


@dataclass
class ProtectOptions:
    """Options of term protection.

    Attributes:
        strategies: Strategies tried in order (see the module docstring); drop
            ``pieces`` to keep fluency and accept unverified terms instead.
        capitalize_en: Capitalise an English output that starts with a lower-case term.
    """

    strategies: tuple[str, ...] = STRATEGIES
    capitalize_en: bool = True


class Protect:
    """The ``protect`` stage: fills ``Segment.terms`` with glossary matches."""

    name = "protect"
    requires = ("segments", "langs")
    provides = ("terms",)

    def __init__(self, glossary: Glossary, options: ProtectOptions | None = None) -> None:
        self.glossary = glossary
        self.options = options or ProtectOptions()
        self.matcher = Matcher(glossary)

    def __call__(self, doc: Document) -> Document:
        for seg in doc.segments:
            seg.terms = [Term(id=m.entry.id, source=m.text, start=m.start, end=m.end, kind=m.entry.kind,
                              en=m.entry.en, zh=m.entry.zh, dnt=m.entry.dnt)
                         for m in self.matcher.find(seg.source, seg.src_lang)]
        return doc


def protect_text(source: str, terms: Sequence[Term]) -> str:
    """``source`` with the k-th term replaced by ``TERMk``."""
    out, pos = [], 0
    for k, t in enumerate(terms):
        out.append(source[pos:t.start])
        out.append(placeholder(k))
        pos = t.end
    out.append(source[pos:])
    return "".join(out)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF or 0xF900 <= o <= 0xFAFF


def restore(output: str, forms: Sequence[str], tgt: str = "") -> tuple[str, list[bool]]:
    """Replace ``TERMk`` placeholders in a model output with ``forms[k]``.

    Returns:
        ``(text, ok)`` where ``ok[k]`` says placeholder k occurred exactly once.
    """
    counts = [0] * len(forms)
    for m in PLACEHOLDER_RE.finditer(output):
        k = int(m.group(1))
        if k < len(forms):
            counts[k] += 1
    ok = [c == 1 for c in counts]

    def sub(m: re.Match[str]) -> str:
        k = int(m.group(1))
        return forms[k] if k < len(forms) else m.group(0)

    text = PLACEHOLDER_RE.sub(sub, output)
    if tgt == "zh":
        text = _tidy_zh(text, [f for f in forms if f])
    return text, ok


def _tidy_zh(text: str, forms: Sequence[str]) -> str:
    """No stray spaces between a Chinese term and Chinese text around it."""
    for f in sorted(set(forms), key=len, reverse=True):
        if not f or not any(_is_cjk(c) for c in f):
            continue
        esc = re.escape(f)
        text = re.sub(rf"(?<=[\u3000-\u9fff\uff00-\uffef]) +(?={esc})", "", text)
        text = re.sub(rf"(?<={esc}) +(?=[\u3000-\u9fff\uff00-\uffef])", "", text)
        text = re.sub(rf"(?<=[\u3000-\u9fff\uff00-\uffef]) +(?={esc})|(?<={esc}) +(?={esc})", "", text)
    return text


def _capitalize(text: str, tgt: str, opts: ProtectOptions) -> str:
    if tgt == "en" and opts.capitalize_en and text[:1].islower():
        return text[0].upper() + text[1:]
    return text


def _count(hay: str, needle: str) -> int:
    return hay.count(needle) if needle else 0


def _inline_ok(output: str, terms: Sequence[Term], tgt: str) -> bool:
    need: dict[str, int] = {}
    for t in terms:
        need[t.target(tgt)] = need.get(t.target(tgt), 0) + 1
    return all(_count(output, form) >= n for form, n in need.items())


def translate_segments(segments: list[Segment], src: str, tgt: str, translate: Callable[[list[str]], list[str]],
                       options: ProtectOptions | None = None, model: str = "") -> None:
    """Translate ``segments`` (all in ``src``) into ``tgt`` with term protection.

    Args:
        segments: The group; their ``translations[tgt]`` and term statuses are set.
        src: Source language.
        tgt: Target language.
        translate: Batch translation: a list of texts in, a list of outputs out.
        options: See :class:`ProtectOptions`.
        model: Model id recorded in each :class:`~mtpipe.document.Translation`.
    """
    o = options or ProtectOptions()
    if not segments:
        return
    todo = list(segments)
    best: dict[int, tuple[str, str, str]] = {}  # id(seg) -> (text, strategy, raw)
    if "placeholder" in o.strategies:
        outs = translate([protect_text(s.source, s.terms) for s in todo])
        left = []
        for s, out in zip(todo, outs):
            text, ok = restore(out, [t.target(tgt) for t in s.terms], tgt)
            text = _capitalize(text, tgt, o)
            best[id(s)] = (text, "direct", out)
            if all(ok):
                _done(s, tgt, text, "direct", model, out, "verified")
            else:
                left.append(s)
        todo = left
    if todo and "inline" in o.strategies:
        inputs = []
        for s in todo:
            pieces, pos = [], 0
            for t in s.terms:
                pieces += [s.source[pos:t.start], t.target(tgt)]
                pos = t.end
            inputs.append("".join(pieces) + s.source[pos:])
        outs = translate(inputs)
        left = []
        for s, out in zip(todo, outs):
            text = _capitalize(_tidy_zh(out, [t.target(tgt) for t in s.terms]) if tgt == "zh" else out, tgt, o)
            if _inline_ok(text, s.terms, tgt):
                _done(s, tgt, text, "inline", model, out, "retried")
            else:
                left.append(s)
                if id(s) not in best:
                    best[id(s)] = (text, "inline", out)
        todo = left
    if todo and "pieces" in o.strategies:
        spans: list[tuple[Segment, list[int]]] = []
        inputs = []
        for s in todo:
            idx = []
            pos = 0
            for t in s.terms:
                chunk = s.source[pos:t.start]
                if chunk.strip():
                    idx.append(len(inputs))
                    inputs.append(chunk.strip())
                else:
                    idx.append(-1)
                pos = t.end
            tail = s.source[pos:]
            idx.append(len(inputs) if tail.strip() else -1)
            if tail.strip():
                inputs.append(tail.strip())
            spans.append((s, idx))
        outs = translate(inputs) if inputs else []
        joiner = "" if tgt == "zh" else " "
        for s, idx in spans:
            parts = []
            for k, t in enumerate(s.terms):
                if idx[k] >= 0 and outs[idx[k]].strip():
                    parts.append(outs[idx[k]].strip())
                parts.append(t.target(tgt))
            if idx[-1] >= 0 and outs[idx[-1]].strip():
                parts.append(outs[idx[-1]].strip())
            text = _capitalize(joiner.join(parts), tgt, o)
            if _inline_ok(text, s.terms, tgt):
                _done(s, tgt, text, "pieces", model, None, "retried")
            else:
                best.setdefault(id(s), (text, "pieces", ""))
                _fail(s, tgt, best[id(s)], model)
        todo = []
    for s in todo:
        _fail(s, tgt, best.get(id(s), (s.source, "untranslated", "")), model)


def _done(s: Segment, tgt: str, text: str, strategy: str, model: str, raw: str | None, status: str) -> None:
    s.translations[tgt] = Translation(tgt, text, model=model, strategy=strategy, raw=raw if raw != text else None)
    for t in s.terms:
        t.targets[tgt] = status


def _fail(s: Segment, tgt: str, best: tuple[str, str, str], model: str) -> None:
    text, strategy, raw = best
    s.translations[tgt] = Translation(tgt, text, model=model, strategy=strategy, raw=raw or None)
    for t in s.terms:
        present = _count(text, t.target(tgt)) > 0
        t.targets[tgt] = "retried" if present and strategy != "direct" else ("verified" if present else "unverified")
    if any(t.targets[tgt] == "unverified" for t in s.terms):
        s.flag("unverified_term")


def passthrough_segments(segments: list[Segment], tgt: str) -> None:
    """Copy segments already in ``tgt`` (or with no language) to that side unchanged."""
    for s in segments:
        s.translations[tgt] = Translation(tgt, s.source, model="", strategy="passthrough")
        for t in s.terms:
            t.targets.setdefault(tgt, "passthrough")


def finalize_terms(segment: Segment) -> None:
    """Each term's status: the worst of its per-target statuses."""
    for t in segment.terms:
        if t.targets:
            t.status = max(t.targets.values(), key=lambda v: _RANK.get(v, 0))

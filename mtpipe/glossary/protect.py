"""Protect terms through the model, restore canonical forms, verify, retry, flag.

Flow for one (source language, target language) group of segments:

1. **placeholder** (strategy ``direct``): the k-th term of a segment becomes
   ``TERMk`` in the model input; the output must hold every placeholder
   exactly once, and each is replaced with the term's canonical target form
   (:meth:`~mtpipe.document.Term.target`; a do-not-translate term keeps its
   source form).
2. **inline** (for segments whose placeholders were dropped, duplicated or
   mangled): the canonical target forms are written into the source instead,
   and the output must contain each as often as the source has the term.
3. **pieces**: the text between terms is translated piece by piece and joined
   with the canonical forms, which guarantees the terms at some cost in fluency.

Of the outputs tried, the one with the most verified terms is kept (the
earlier strategy on a tie).  A term still missing after the enabled strategies
is marked ``unverified`` for that target and the segment is flagged
``unverified_term``: a term is never lost silently.  Every model call covers
the whole group at once (one batch per strategy).

A segment whose own text already contains something that looks like a
placeholder (``TERM3`` or ``term3`` in the source) skips the placeholder
strategy, since its output could not be read unambiguously.

No attempt may leave a placeholder-shaped string the source lacks in its
output (a placeholder the model copied twice, mangled to ``TER M1`` or
``ТЕРМ1``, or made up in a segment without terms; see
:func:`mtpipe.placeholders.leaks`): such an attempt fails for every term of
its segment, like a dropped placeholder, and the next strategy is tried.
Should every attempt leak, the leaked strings are removed from the kept
output and the segment is flagged ``placeholder_leak``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..document import Document, Segment, Term, Translation
from ..placeholders import DEFAULT_SHAPE, SHAPES, leak_spans, leaks, placeholder, scrub_leaks
from ..scripts import CJK_PUNCTUATION, FULLWIDTH, HAN, KANA, char_class
from .match import Matcher, _joined
from .model import Glossary

__all__ = ["ProtectOptions", "Protect", "protect_text", "placeholder_safe", "restore", "count_forms", "verify_terms",
           "translate_segments", "passthrough_segments", "finalize_terms", "STRATEGIES"]

#: Every strategy, in the default order.
STRATEGIES = ("placeholder", "inline", "pieces")
_STRATEGY_NAME = {"placeholder": "direct", "inline": "inline", "pieces": "pieces"}

_RANK = {"unverified": 5, "retried": 4, "normalized": 3, "verified": 2, "passthrough": 1, "no_target": 1, "pending": 0}
_CJK = char_class(CJK_PUNCTUATION, KANA, HAN, FULLWIDTH)
_OPENING = "([{«“‘„\"'"
# the text before a position ends a sentence (or is empty): a restored term there starts upper case
_SENTENCE_START = re.compile(r"(?:^|[.!?…。]['\"»”’)\]]*\s+)[(\[«“‘„\"'\s]*$")
_CLOSING = ".,;:!?)]}»”’…%"
# full-width punctuation copied from a Chinese source into a spaced target
_ASCII_PUNCT = str.maketrans({"，": ", ", "。": ". ", "、": ", ", "：": ": ", "；": "; ", "！": "! ", "？": "? ",
                              "（": " (", "）": ") ", "《": "“", "》": "”", "「": "“", "」": "”"})


@dataclass
class ProtectOptions:
    """Options of term protection.

    Attributes:
        strategies: Strategies tried in order, any of :data:`STRATEGIES`
            (default: all three).  Drop ``pieces`` to keep fluency and accept
            unverified terms instead; drop ``placeholder`` for models that
            never carry placeholders through.
        capitalize_en: Capitalise an English output whose first letter is lower
            case (a restored term such as "one county, one park..." at the start
            of a sentence).  Default: True.
        tidy_zh: Remove spaces the model put between a Chinese term and the
            Chinese text around it.  Default: True.
        copy_symbol_pieces: In the pieces strategy, copy a piece without letters
            (punctuation, numbers) instead of asking the model.  Default: True.
        shape: Placeholder shape, a name in :data:`mtpipe.placeholders.SHAPES`
            (default ``term``: ``TERM0``, ``TERM1``...); the term probe picks the one
            a model carries through best.
    """

    strategies: tuple[str, ...] = STRATEGIES
    capitalize_en: bool = True
    tidy_zh: bool = True
    copy_symbol_pieces: bool = True
    shape: str = DEFAULT_SHAPE

    def __post_init__(self) -> None:
        if self.shape not in SHAPES:
            raise ValueError(f"unknown placeholder shape {self.shape!r}; choose from {', '.join(SHAPES)}")
        bad = [s for s in self.strategies if s not in STRATEGIES]
        if bad:
            raise ValueError(f"unknown protection strategies {bad}; choose from {', '.join(STRATEGIES)}")


class Protect:
    """The ``protect`` stage: fills ``Segment.terms`` with glossary matches.

    Args:
        glossary: The loaded glossary (the matcher is compiled once, here).
        options: Protection options, kept for the translate step.
    """

    name = "protect"
    requires = ("segments", "langs")
    provides = ("terms",)

    def __init__(self, glossary: Glossary, options: ProtectOptions | None = None) -> None:
        self.glossary = glossary
        self.options = options or ProtectOptions()
        self.matcher = Matcher(glossary)

    def terms(self, text: str, lang: str = "", context: str = "") -> list[Term]:
        """The terms of one text, as :class:`~mtpipe.document.Term` objects (offsets in ``text``);
        ``context``: see :meth:`Matcher.find`."""
        return [Term(id=m.entry.id, source=m.text, start=m.start, end=m.end, kind=m.entry.kind,
                     en=m.entry.en, zh=m.entry.zh, dnt=m.entry.dnt) for m in self.matcher.find(text, lang, context)]

    def __call__(self, doc: Document) -> Document:
        context = self.matcher.context_of(s.source for s in doc.segments)  # for min_context entries
        for seg in doc.segments:
            seg.terms = self.terms(seg.source, seg.src_lang, context)
        return doc


# -- building model inputs and reading outputs ---------------------------------------------------------


def protect_text(source: str, terms: Sequence[Term], shape: str = DEFAULT_SHAPE) -> str:
    """``source`` with the k-th term replaced by its placeholder (``TERMk``; terms ordered, not overlapping)."""
    return _replace_terms(source, terms, [placeholder(k, shape) for k in range(len(terms))])


def _replace_terms(source: str, terms: Sequence[Term], forms: Sequence[str]) -> str:
    out, pos = [], 0
    for t, form in zip(terms, forms):
        out += [source[pos:t.start], form]
        pos = t.end
    out.append(source[pos:])
    return "".join(out)


def restore(output: str, forms: Sequence[str], tgt: str = "", options: ProtectOptions | None = None,
            ) -> tuple[str, list[bool]]:
    """Replace placeholders (``TERMk``, or the shape ``options`` name) in a model output with ``forms[k]``.

    With ``forms = [t.source for t in terms]`` and an identity "translation",
    ``restore(protect_text(s, terms), forms)`` gives ``s`` back.

    Args:
        output: The model output.
        forms: The form to put in for each placeholder, by number.
        tgt: Target language: ``zh`` removes stray spaces around Chinese forms.
        options: See :class:`ProtectOptions` (``shape``, ``tidy_zh`` and ``capitalize_en`` are used here).

    Returns:
        ``(text, ok)`` where ``ok[k]`` says placeholder k occurred exactly once.
        A placeholder number beyond ``forms`` is left as it stands.
    """
    o = options or ProtectOptions()
    counts = [0] * len(forms)
    cap = tgt == "en" and o.capitalize_en
    shape = SHAPES[o.shape]

    def sub(m: re.Match[str]) -> str:
        k = shape.number(m)
        if k < len(forms):
            counts[k] += 1
            form = forms[k]
            if cap and form[:1].islower() and _SENTENCE_START.search(output, 0, m.start()):
                form = form[0].upper() + form[1:]
            return form
        return m.group(0)

    text = shape.pattern.sub(sub, output)
    if tgt == "zh" and o.tidy_zh:
        text = _tidy_zh(text, forms)
    return text, [c == 1 for c in counts]


def _tidy_zh(text: str, forms: Sequence[str]) -> str:
    """No stray spaces between a Chinese term and Chinese text (or another term) around it."""
    for f in sorted({f for f in forms if f and re.search(f"[{_CJK}]", f)}, key=len, reverse=True):
        esc = re.escape(f)
        text = re.sub(rf"(?<=[{_CJK}])[ \u00a0]+(?={esc})", "", text)
        text = re.sub(rf"(?<={esc})[ \u00a0]+(?=[{_CJK}])", "", text)
    return text


def _bounded(text: str, form: str, i: int) -> bool:
    j = i + len(form)
    if i > 0 and _joined(text[i - 1], text[i]):
        return False
    return not (j < len(text) and _joined(text[j - 1], text[j]))


def count_forms(text: str, forms: Sequence[str]) -> dict[str, int]:
    """How often each form occurs in ``text``: on word boundaries, not overlapping, longest form first.

    "Changchun" inside "China-ROK (Changchun) International ..." counts for the
    longer form only, and "344" inside "13440" does not count.  A form that starts
    lower case also counts when capitalised (at the start of a sentence).
    """
    taken = bytearray(len(text))
    counts = {f: 0 for f in forms if f}
    by_length = sorted(counts, key=len, reverse=True)
    # every exact form first, only then a lower-case form capitalised (at the start of a sentence):
    # otherwise the capitalised "a" takes an "A" that is a form of its own, and both terms fail
    passes = [[(f, f) for f in by_length], [(f, f[0].upper() + f[1:]) for f in by_length if f[0].upper() + f[1:] != f]]
    for variants in passes:
        for f, variant in variants:
            i = text.find(variant)
            while i >= 0:
                j = i + len(variant)
                if not any(taken[i:j]) and _bounded(text, variant, i):
                    taken[i:j] = b"\x01" * len(variant)
                    counts[f] += 1
                    i = text.find(variant, j)
                else:
                    i = text.find(variant, i + 1)
    return counts


def verify_terms(text: str, terms: Sequence[Term], tgt: str) -> list[bool]:
    """For each term, whether its target form is in ``text`` as often as the source has such terms.

    When a form is found less often than needed, the first terms that use it
    count as present and the rest as missing; when it is found more often
    (duplicated), every term that uses it fails.
    """
    forms = [t.target(tgt) for t in terms]
    found = count_forms(text, forms)
    need: dict[str, int] = {}
    for f in forms:
        need[f] = need.get(f, 0) + 1
    seen: dict[str, int] = {}
    ok = []
    for f in forms:
        seen[f] = seen.get(f, 0) + 1
        have = found.get(f, 0)
        ok.append(bool(f) and have <= need[f] and seen[f] <= have)
    return ok


def _tidy(text: str, tgt: str, o: ProtectOptions, forms: Sequence[str]) -> str:
    return _tidy_zh(text, forms) if tgt == "zh" and o.tidy_zh else text


def _capitalize(text: str, tgt: str, o: ProtectOptions) -> str:
    if tgt == "en" and o.capitalize_en:
        for i, ch in enumerate(text):
            if ch.isalpha():
                if ch.islower():
                    text = text[:i] + ch.upper() + text[i + 1:]
                break
            if not (ch.isspace() or ch in _OPENING):
                break
    return text


# -- the translate-with-terms loop ----------------------------------------------------------------------


@dataclass
class _Attempt:
    text: str
    strategy: str
    raw: str | None
    ok: list[bool]
    leaks: int = 0

    @property
    def score(self) -> tuple[int, int]:
        return sum(self.ok), -self.leaks


def _allowed(s: Segment, tgt: str) -> list[str]:
    """The texts whose placeholder-shaped strings an output of ``s`` may hold: its source and term forms."""
    return [s.source] + [t.target(tgt) for t in s.terms]


def _leak_checked(s: Segment, tgt: str, att: _Attempt) -> _Attempt:
    """``att``, failed for every term when its output holds a placeholder-shaped string the source lacks."""
    found = leaks(att.text, _allowed(s, tgt))
    if found:
        att.leaks = len(found)
        att.ok = [False] * len(att.ok)
    return att


def _call(translate: Callable[[list[str]], list[str]], inputs: list[str]) -> list[str]:
    if not inputs:
        return []
    outs = list(translate(inputs))
    if len(outs) != len(inputs):
        raise ValueError(f"translate returned {len(outs)} outputs for {len(inputs)} inputs")
    return outs


def placeholder_safe(source: str, terms: Sequence[Term], shape: str = DEFAULT_SHAPE) -> bool:
    """Whether ``protect_text(source, terms, shape)`` reads back as exactly its own placeholders.

    False when the source itself holds something placeholder-shaped (``TERM3``,
    ``term3``: :func:`mtpipe.placeholders.leak_spans`), or digits follow a term
    directly (长春2024 -> TERM02024); such segments skip the placeholder strategy.
    """
    if leak_spans(source):
        return False
    expected, pos, out = [], 0, 0
    for k, t in enumerate(terms):
        out += t.start - pos
        expected.append((out, placeholder(k, shape)))
        out += len(placeholder(k, shape))
        pos = t.end
    found = [(m.start(), m.group(0)) for m in SHAPES[shape].pattern.finditer(protect_text(source, terms, shape))]
    return found == expected


def _pieces_plan(s: Segment, o: ProtectOptions) -> list[tuple[str, str]]:
    """The segment as ("term", form-index) / ("text", piece) / ("copy", piece) items, whitespace kept apart."""
    plan: list[tuple[str, str]] = []
    pos = 0
    for k, t in enumerate(s.terms + [None]):  # type: ignore[operator]
        chunk = s.source[pos:(t.start if t is not None else len(s.source))]
        core = chunk.strip()
        if core:
            lead, trail = chunk[:len(chunk) - len(chunk.lstrip())], chunk[len(chunk.rstrip()):]
            if lead:
                plan.append(("space", lead))
            kind = "copy" if o.copy_symbol_pieces and not any(c.isalpha() for c in core) else "text"
            plan.append((kind, core))
            if trail:
                plan.append(("space", trail))
        elif chunk:
            plan.append(("space", chunk))
        if t is not None:
            plan.append(("term", str(k)))
            pos = t.end
    return plan


def _join_pieces(plan: list[tuple[str, str]], outs: dict[int, str], forms: Sequence[str], tgt: str) -> str:
    parts: list[str] = []
    for i, (kind, val) in enumerate(plan):
        if kind == "space":
            if tgt != "zh" and parts:
                parts.append(" ")
            continue
        if kind == "term":
            part = forms[int(val)]
        elif kind == "copy":
            part = val if tgt == "zh" else val.translate(_ASCII_PUNCT)
        else:
            part = outs.get(i, "").strip()
        # a Chinese source has no spaces: words that touch in the target still need one
        if part and parts and tgt != "zh" and parts[-1][-1:].isalnum() and part[0].isalnum() \
                and not (re.match(f"[{_CJK}]", parts[-1][-1]) or re.match(f"[{_CJK}]", part[0])):
            parts.append(" ")
        parts.append(part)
    text = "".join(parts)
    if tgt != "zh":
        text = re.sub(r" +", " ", text)
        text = re.sub(rf" (?=[{re.escape(_CLOSING)}])", "", text)
        text = re.sub(rf"(?<=[{re.escape(_OPENING[:4])}]) ", "", text)
    return text.strip()


def translate_segments(segments: list[Segment], src: str, tgt: str, translate: Callable[[list[str]], list[str]],
                       options: ProtectOptions | None = None, model: str = "") -> None:
    """Translate ``segments`` (all in ``src``) into ``tgt`` with term protection.

    Sets ``seg.translations[tgt]`` and, for every term, ``term.targets[tgt]``
    (``verified``, ``retried`` or ``unverified``); flags a segment with an
    unverified term ``unverified_term``.  Segments without terms are translated
    plainly (they pass the placeholder step trivially).

    Args:
        segments: The group.
        src: Source language.
        tgt: Target language.  A language other than ``en``/``zh`` restores each
            term's source form (useful for tests: identity in, source out).
        translate: Batch translation: a list of texts in, a list of outputs out
            (called once per strategy with every segment that needs it).
        options: See :class:`ProtectOptions`.
        model: Model id recorded in each :class:`~mtpipe.document.Translation`.

    Raises:
        ValueError: when ``translate`` returns a different number of outputs.
    """
    o = options or ProtectOptions()
    # a partial glossary entry (no form in this target) is left to the model, and said so
    all_terms = {id(s): s.terms for s in segments}
    if tgt in ("en", "zh"):
        for s in segments:
            s.terms = [t for t in s.terms if t.dnt or getattr(t, tgt)]
    try:
        _translate_segments(segments, src, tgt, translate, o, model)
    finally:
        for s in segments:
            s.terms = all_terms[id(s)]
            for t in s.terms:
                t.targets.setdefault(tgt, "no_target")


def _translate_segments(segments: list[Segment], src: str, tgt: str, translate: Callable[[list[str]], list[str]],
                        o: ProtectOptions, model: str) -> None:
    best: dict[int, _Attempt] = {}
    todo = list(segments)

    def consider(s: Segment, att: _Attempt) -> bool:
        att = _leak_checked(s, tgt, att)
        if id(s) not in best or att.score > best[id(s)].score:
            best[id(s)] = att
        return all(att.ok) and not att.leaks

    # segments without terms are translated as they stand ("direct"), in the first model call
    plain: list[Segment] = []
    if o.strategies and o.strategies[0] != "placeholder":
        plain = [s for s in todo if not s.terms]
        todo = [s for s in todo if s.terms]

    def call(inputs: list[str]) -> list[str]:
        nonlocal plain
        if not plain:
            return _call(translate, inputs)
        outs = _call(translate, [s.source for s in plain] + inputs)
        for s, out in zip(plain, outs):
            text, ok = restore(out, [], tgt, o)
            consider(s, _Attempt(_capitalize(text, tgt, o), "direct", out, ok))
        done, plain = len(plain), []
        return outs[done:]

    for strategy in o.strategies:
        if not todo and not plain:
            break
        left: list[Segment] = []
        if strategy == "placeholder":
            safe = {id(s): placeholder_safe(s.source, s.terms, o.shape) for s in todo}
            batch = [s for s in todo if safe[id(s)]]
            left = [s for s in todo if not safe[id(s)]]
            outs = call([protect_text(s.source, s.terms, o.shape) for s in batch])
            for s, out in zip(batch, outs):
                forms = [t.target(tgt) for t in s.terms]
                for k, t in enumerate(s.terms):
                    t.placeholder = placeholder(k, o.shape)
                text, ok = restore(out, forms, tgt, o)
                if not consider(s, _Attempt(_capitalize(text, tgt, o), "direct", out, ok)):
                    left.append(s)
        elif strategy == "inline":
            outs = call([_replace_terms(s.source, s.terms, [t.target(tgt) for t in s.terms]) for s in todo])
            for s, out in zip(todo, outs):
                forms = [t.target(tgt) for t in s.terms]
                text = _tidy(out, tgt, o, forms)
                ok = verify_terms(text, s.terms, tgt)  # before capitalising: a term may start lower case
                if not consider(s, _Attempt(_capitalize(text, tgt, o), "inline", out, ok)):
                    left.append(s)
        else:  # pieces
            plans = [_pieces_plan(s, o) for s in todo]
            inputs, where = [], []
            for n, plan in enumerate(plans):
                for i, (kind, val) in enumerate(plan):
                    if kind == "text":
                        inputs.append(val)
                        where.append((n, i))
            outs = call(inputs)
            got: list[dict[int, str]] = [{} for _ in plans]
            for (n, i), out in zip(where, outs):
                got[n][i] = out
            for n, s in enumerate(todo):
                forms = [t.target(tgt) for t in s.terms]
                text = _tidy(_join_pieces(plans[n], got[n], forms, tgt), tgt, o, forms)
                ok = verify_terms(text, s.terms, tgt)
                raw = " ||| ".join(got[n][i] for i in sorted(got[n]))
                if not consider(s, _Attempt(_capitalize(text, tgt, o), "pieces", raw or None, ok)):
                    left.append(s)
        todo = left

    for s in segments:
        att = best.get(id(s))
        if att is None:  # no strategy enabled: keep the source rather than invent anything
            att = _Attempt(s.source, "untranslated", None, [False] * len(s.terms))
        text = att.text
        if att.leaks:  # every attempt leaked: the leaked strings go, the segment says so
            text = scrub_leaks(text, _allowed(s, tgt))
            s.flag("placeholder_leak")
        s.translations[tgt] = Translation(tgt, text, model=model, strategy=att.strategy,
                                          raw=att.raw if att.raw != text else None)
        for t, ok in zip(s.terms, att.ok):
            t.targets[tgt] = ("verified" if att.strategy == "direct" else "retried") if ok else "unverified"
        if not all(att.ok):
            s.flag("unverified_term")


def passthrough_segments(segments: list[Segment], tgt: str) -> None:
    """Copy segments already in ``tgt`` (or with no language) to that side unchanged.

    Their terms are marked ``passthrough`` for ``tgt`` (aliases in pass-through
    text are normalised by :mod:`mtpipe.entities`, not here).
    """
    for s in segments:
        s.translations[tgt] = Translation(tgt, s.source, model="", strategy="passthrough")
        for t in s.terms:
            t.targets.setdefault(tgt, "passthrough")


def finalize_terms(segment: Segment) -> None:
    """Set each term's ``status`` to the worst of its per-target statuses (call once all targets are done)."""
    for t in segment.terms:
        if t.targets:
            t.status = max(t.targets.values(), key=lambda v: _RANK.get(v, 0))

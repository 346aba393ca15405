"""The translate-with-terms loop: placeholder, inline and pieces strategies, best attempt kept.

:func:`translate_segments` translates one (source, target) group of segments with term protection
(the flow is described in :mod:`mtpipe.glossary.protect`): each strategy is one batch model call over
the segments still missing a term; outputs are read back with :mod:`mtpipe.glossary.restore`.
:func:`passthrough_segments` copies segments already in the target language, :func:`finalize_terms`
sets each term's overall status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..document import Segment, Term, Translation
from ..languages import TARGETS
from ..placeholders import DEFAULT_SHAPE, SHAPES, leak_spans, leaks, placeholder, scrub_leaks
from .protect_options import ProtectOptions
from .restore import _CJK, _OPENING, _capitalize, _replace_terms, _tidy, protect_text, restore, verify_terms

__all__ = ["translate_segments", "passthrough_segments", "finalize_terms", "placeholder_safe"]

_RANK = {"unverified": 5, "retried": 4, "normalized": 3, "verified": 2, "passthrough": 1, "no_target": 1, "untranslated": 1,
         "pending": 0}
_CLOSING = ".,;:!?)]}»”’…%"
# full-width punctuation copied from a Chinese source into a spaced target
_ASCII_PUNCT = str.maketrans({"，": ", ", "。": ". ", "、": ", ", "：": ": ", "；": "; ", "！": "! ", "？": "? ",
                              "（": " (", "）": ") ", "《": "“", "》": "”", "「": "“", "」": "”"})
#: a copied piece's sentence marks in a Chinese target, the other way round (not a number's point or comma)
_ZH_MARKS = {".": "。", ",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_ZH_MARK = re.compile(r"\s*([.,;:!?])\s*")


def _zh_marks(piece: str) -> str:
    """A piece without letters of a non-Chinese source (``.``, ``, 3.5.``) as a Chinese target writes it (``。``,
    ``，3.5。``): its sentence marks full-width and without the spaces around them, a number's point or comma kept."""
    piece = piece.replace("...", "…")

    def mark(m: re.Match) -> str:
        i, j = m.start(1), m.end(1)
        if 0 < i and j < len(piece) and piece[i - 1].isdigit() and piece[j].isdigit():
            return m.group(0)
        return _ZH_MARKS[m.group(1)]

    return _ZH_MARK.sub(mark, piece)


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


#: marks that end a sentence, in the source and in a model's output
_SENTENCE_END = ".!?…。！？"


def _unend(out: str, piece: str) -> str:
    """A piece's translation without the full stop a model puts at the end of whatever it is given
    (``города`` -> ``city.``, ``города`` -> ``城市。``): a piece that does not end a sentence in the source
    does not end one in the joined target (``city. Heihe 7th`` was ``города Хэйхэ 7-го``)."""
    if piece.rstrip("\"'»”’)]")[-1:] in _SENTENCE_END or out[-1:] not in _SENTENCE_END or len(out) < 2:
        return out
    if re.search(r"(?:^|[\s.])\w\.$", out):  # an abbreviation's dot (U.S., p.) stays
        return out
    return out[:-1].rstrip() if out[-2] not in _SENTENCE_END else out  # one mark; an ellipsis "..." is kept


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
            part = _zh_marks(val) if tgt == "zh" else val.translate(_ASCII_PUNCT)
        else:
            part = _unend(outs.get(i, "").strip(), val)
        # a Chinese source has no spaces: words that touch in the target still need one; and in a Chinese
        # target, Latin words on both sides (a pinyin name after a piece that ends in Latin letters)
        if part and parts and parts[-1][-1:].isalnum() and part[0].isalnum() \
                and not (re.match(f"[{_CJK}]", parts[-1][-1]) or re.match(f"[{_CJK}]", part[0])) \
                and (tgt != "zh" or (parts[-1][-1].isascii() and part[0].isascii())):
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
    if tgt in TARGETS:
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

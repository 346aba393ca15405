"""Model inputs with terms replaced, and model outputs read back: placeholders to canonical forms, verification.

* :func:`protect_text`: the k-th term of a source becomes its placeholder (``TERMk``);
* :func:`restore`: placeholders in an output become the terms' canonical target forms;
* :func:`count_forms` / :func:`verify_terms`: whether each term's target form is in an output
  as often as the source has the term;
* the tidying both share (no stray spaces around Chinese terms, a capital at a sentence start).

The strategies that call them in turn are in :mod:`mtpipe.glossary.strategies`.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..document import Term
from ..placeholders import DEFAULT_SHAPE, SHAPES, placeholder
from ..scripts import CJK_PUNCTUATION, FULLWIDTH, HAN, KANA, char_class
from .match import _joined
from .protect_options import ProtectOptions

__all__ = ["protect_text", "restore", "count_forms", "verify_terms"]

_CJK = char_class(CJK_PUNCTUATION, KANA, HAN, FULLWIDTH)
_OPENING = "([{«“‘„\"'"
# the text before a position ends a sentence (or is empty): a restored term there starts upper case
_SENTENCE_START = re.compile(r"(?:^|[.!?…。]['\"»”’)\]]*\s+)[(\[«“‘„\"'\s]*$")


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


_CJK_RE = re.compile(f"[{_CJK}]")
#: form -> the two patterns of :func:`_tidy_zh` (space before the form, space after it), compiled once
_TIDY: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _tidy_patterns(form: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    got = _TIDY.get(form)
    if got is None:
        esc = re.escape(form)
        got = (re.compile(rf"(?<=[{_CJK}])[ \u00a0]+(?={esc})"), re.compile(rf"(?<={esc})[ \u00a0]+(?=[{_CJK}])"))
        if len(_TIDY) < 20000:
            _TIDY[form] = got
    return got


def _tidy_zh(text: str, forms: Sequence[str]) -> str:
    """No stray spaces between a Chinese term and Chinese text (or another term) around it."""
    for f in sorted({f for f in forms if f and _CJK_RE.search(f)}, key=len, reverse=True):
        before, after = _tidy_patterns(f)
        text = before.sub("", text)
        text = after.sub("", text)
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

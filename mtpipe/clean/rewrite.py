"""Changes to ``doc.text`` itself, before its lines are judged: each keeps the raw offset map exact and
writes a ledger entry (``repaired`` or ``flagged``).

:func:`rewrite` applies a list of edits (HTML pasted into Markdown, :func:`~.frontmatter.html_edits`);
:func:`repair_spam` turns the spam-token plan of :class:`~.spam.SpamRepair` into edits.
"""

from __future__ import annotations

from collections import Counter

from ..document import Document, LedgerEntry
from .spam import SpamRepair
from .spam_bigrams import load_bigrams
from .spam_context import evidence
from .spam_lone import lone_evidence
from .spam_tradepiece import lone_trade_evidence
from .spam_classes import class_evidence
from .spam_namecut import split_name_evidence
from .spam_zh import gambling_phrases

__all__ = ["rewrite", "repair_spam"]


def rewrite(doc: Document, edits: list[tuple[int, int, str | None, str, str]]) -> list[list[int]]:
    """Replace ``text[a:b]`` by each replacement (None: flag only), keeping ``raw_offsets`` exact.

    Every edit becomes a ledger entry (``repaired`` or ``flagged``); returns the
    ``[start, end]`` in the new text of the flagged ones.
    """
    text, offs = doc.text, doc.raw_offsets or list(range(len(doc.text) + 1))
    new_text: list[str] = []
    new_offs: list[int] = []
    flagged: list[list[int]] = []
    pos = 0
    for a, b, rep, rule, note in edits:
        if a < pos:
            continue  # overlapping edits: the first wins
        new_text.append(text[pos:a])
        new_offs.extend(offs[pos:a])
        ra, rb = offs[a], offs[b]
        if rep is None:
            doc.ledger.append(LedgerEntry(rule, "flagged", doc.raw_text[ra:rb], ra, rb, note=note))
            flagged.append([len(new_offs), len(new_offs) + b - a])
            new_text.append(text[a:b])
            new_offs.extend(offs[a:b])
        else:
            doc.ledger.append(LedgerEntry(rule, "repaired", doc.raw_text[ra:rb], ra, rb, replacement=rep, note=note))
            new_text.append(rep)
            new_offs.extend([ra] * len(rep))
        pos = b
    new_text.append(text[pos:])
    new_offs.extend(offs[pos:])
    doc.text = "".join(new_text)
    doc.raw_offsets = new_offs
    return flagged


def repair_spam(doc: Document, spam: SpamRepair, syllables: bool = True) -> None:
    """Repair the spam tokens ``spam`` finds in ``doc.text`` (a token no syllable fits is flagged and
    left; with ``syllables`` False, a text the Vietnamese syllable model does not fit, only Chinese
    gambling-site phrases are looked for, and flagged); ``doc.meta`` gets ``spam_tokens`` and the
    flagged ranges (``spam_unrepaired``)."""
    phrases = gambling_phrases(doc.text)
    plan = sorted(phrases + [p for p in (spam.plan(doc.text) if syllables else [])
                             if not any(a < p[1] and p[0] < b for a, b, *_ in phrases)])
    if not plan:
        return
    edits: list[tuple[int, int, str | None, str, str]] = []
    seen = Counter(tok for *_, tok in plan)
    for a, b, rep, tok in plan:
        if (a, b, rep, tok) in phrases:
            edits.append((a, b, None, "spam.unrepaired", f"gambling-site phrase {tok!r}: nothing to restore; "
                                                          "left in the text, segment flagged"))
        elif rep is None and seen[tok] == 1:
            why = spam.context and (evidence(doc.text, a, b, load_bigrams().uni)  # spam30: say what read it as pasted
                                    or lone_evidence(doc.text, a, b, load_bigrams().uni)  # spam40
                                    or class_evidence(doc.text, a, b, load_bigrams().uni)  # spam47
                                    or split_name_evidence(doc.text, a, b, load_bigrams().uni)  # spam44
                                    or lone_trade_evidence(doc.text, a, b, load_bigrams().uni))  # spam76
            edits.append((a, b, None, "spam.unrepaired", f"spam token {tok!r} seen once between syllables: no "
                                                          "syllable fits for sure; left in the text, segment flagged"
                                                          + (f" ({why})" if why else "")))
        elif rep is None:
            edits.append((a, b, None, "spam.unrepaired", f"spam token {tok!r}: no syllable fits; left in the text"))
        else:
            edits.append((a, b, rep, "spam.repair", f"spam token {tok!r}"))
    flagged = rewrite(doc, edits)
    doc.meta["spam_tokens"] = sorted({t for *_, t in plan})
    if flagged:
        doc.meta["spam_unrepaired"] = flagged  # [start, end] in doc.text: the segmenter flags their segments

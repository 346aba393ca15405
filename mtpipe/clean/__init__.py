"""Cleaning: spam-token repair, boilerplate rules, duplicate paragraphs; a ledger of every change.

The :class:`Cleaner` stage works on ``Document.text`` line by line (a line is a
paragraph), in this order:

1. the document's main language is detected (``doc.meta["lang"]``);
2. spam tokens are repaired in Vietnamese documents (:mod:`.spam`): the repair is
   written into ``text`` and its raw offset map, so later offsets stay exact;
3. the named rules of ``configs/clean/*.toml`` (:mod:`.rules`) remove whole lines
   (chrome, widgets, footers; ``action = "meta"`` keeps named groups such as
   ``date``/``source``/``byline`` in ``doc.meta``) or, with ``search = true``,
   spans inside a line;
4. duplicates go: a truncated lead that the next paragraphs repeat
   (``dedupe.covered``), exact copies (``dedupe.exact``), paragraphs contained in
   an earlier one (``dedupe.contained``) and near copies (``dedupe.near``).

Removals leave ``text`` as it is and record which character ranges are kept in
``doc.meta["kept"]`` (a list of ``[start, end]`` pairs of ``doc.text``, in order),
which the segmenter reads.  Every repair, removal and flag becomes a
:class:`~mtpipe.document.LedgerEntry` whose offsets slice ``doc.raw_text``;
:func:`unaccounted` replays the ledger to prove nothing else was dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Document, LedgerEntry
from ..languages import LANGUAGES
from .ledger import apply_ledger, unaccounted
from .rules import Rule, RuleError, load_rules
from .spam import SpamRepair

try:  # a Cython port of difflib's SequenceMatcher: the same matching blocks, ~15x faster
    from cydifflib import SequenceMatcher as _SequenceMatcher
except ImportError:  # pragma: no cover - a platform without its wheel
    from difflib import SequenceMatcher as _SequenceMatcher

__all__ = ["CleanOptions", "Cleaner", "RuleError", "line_spans", "dedupe_key", "apply_ledger", "unaccounted"]


@dataclass
class CleanOptions:
    """Options of the :class:`Cleaner`.

    Attributes:
        enabled: False keeps everything (``--keep-boilerplate``); spam repair still runs
            unless ``repair_spam`` is False too.
        rules_paths: Rule files or folders; the bundled ``configs/clean`` when empty.
        languages: Languages language-ID chooses among.
        repair_spam: Restore syllables hidden under spam tokens.
        spam_languages: Main document languages the spam repair runs for (its model
            is Vietnamese syllables; elsewhere a recurring domain is left alone).
        dedupe: Remove exact, contained and near-duplicate paragraphs.
        near_ratio: Similarity (``difflib.SequenceMatcher.ratio``, computed by ``cydifflib``)
            at which a paragraph is a near duplicate.
        min_dup_chars: Shorter paragraphs are never removed as duplicates.
        dedupe_window: Near and contained copies are looked for among this many earlier
            paragraphs (exact copies anywhere), so long documents stay linear.
    """

    enabled: bool = True
    rules_paths: tuple[str, ...] = ()
    languages: tuple[str, ...] = LANGUAGES
    repair_spam: bool = True
    spam_languages: tuple[str, ...] = ("vi",)
    dedupe: bool = True
    near_ratio: float = 0.9
    min_dup_chars: int = 15
    dedupe_window: int = 30
    spam: SpamRepair = field(default_factory=SpamRepair)


def line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty line of ``text``."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


_NONWORD = re.compile(r"[\W_]+", re.UNICODE)


def dedupe_key(text: str) -> str:
    return _NONWORD.sub(" ", text.lower()).strip()


class Cleaner:
    """The ``clean`` stage (requires ``text``, provides ``clean``)."""

    name = "clean"
    requires = ("text",)
    provides = ("clean",)

    def __init__(self, options: CleanOptions | None = None) -> None:
        self.options = options or CleanOptions()
        self.rules: list[Rule] = load_rules(self.options.rules_paths) if self.options.enabled else []

    def __call__(self, doc: Document) -> Document:
        from ..langid import detect

        o = self.options
        lang = detect(doc.text[:3000], o.languages)
        doc.meta["lang"] = lang
        if o.repair_spam and lang in o.spam_languages:
            self._repair_spam(doc)
        spans = line_spans(doc.text)
        if not o.enabled:
            doc.meta["kept"] = [list(s) for s in spans]
            return doc
        removed: dict[int, tuple[str, str | None]] = {}
        cut: dict[int, list[tuple[int, int, str, str | None]]] = {}
        for i, (a, b) in enumerate(spans):
            if i in removed:
                continue
            line = doc.text[a:b]
            for rule in self.rules:
                if not rule.applies(lang):
                    continue
                if rule.search:
                    for m in rule.pattern.finditer(line):
                        if m.end() > m.start():
                            cut.setdefault(i, []).append((a + m.start(), a + m.end(), rule.name,
                                                          self._meta(doc, m) if rule.action == "meta" else None))
                    continue
                m = rule.match(line)
                if m is None:
                    continue
                note = self._meta(doc, m) if rule.action == "meta" else None
                removed[i] = (rule.name, note)
                follow = len(spans) - i - 1 if rule.after < 0 else rule.after
                for j in range(i + 1, min(len(spans), i + 1 + follow)):
                    removed.setdefault(j, (rule.name, "follows " + repr(line[:40])))
                break
        if o.dedupe:
            self._dedupe(doc, spans, removed)
        kept: list[list[int]] = []
        for i, (a, b) in enumerate(spans):
            if i in removed:
                rule, note = removed[i]
                self._record(doc, rule, a, b, note)
                continue
            pos = a
            for ca, cb, rule, cut_note in sorted(cut.get(i, []), key=lambda c: c[:2]):
                ca = max(ca, pos)  # overlapping matches of two rules: each character is removed once
                if ca >= cb:
                    continue
                if ca > pos and doc.text[pos:ca].strip():
                    kept.append([pos, ca])
                self._record(doc, rule, ca, cb, cut_note)
                pos = cb
            if doc.text[pos:b].strip():
                kept.append([pos, b])
        doc.meta["kept"] = kept
        if not kept and spans:
            doc.warnings.append(f"{doc.doc_id}: nothing left to translate after cleaning (all boilerplate)")
        return doc

    # -- parts ----------------------------------------------------------------------

    @staticmethod
    def _meta(doc: Document, m: re.Match[str]) -> str:
        """Keep a rule's named groups as document metadata (the first value of a key wins)."""
        got = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
        for k, v in got.items():
            doc.meta.setdefault(k, v)
        return "kept as metadata: " + ", ".join(f"{k}={v}" for k, v in got.items())

    def _record(self, doc: Document, rule: str, a: int, b: int, note: str | None, action: str = "removed",
                replacement: str | None = None) -> None:
        # to_raw(b) is where the next kept character starts: the raw slice also takes
        # whatever normalisation dropped in between (trailing spaces, controls)
        ra, rb = doc.to_raw(a), doc.to_raw(b)
        doc.ledger.append(LedgerEntry(rule, action, doc.raw_text[ra:rb], ra, rb, replacement=replacement, note=note))

    def _repair_spam(self, doc: Document) -> None:
        plan = self.options.spam.plan(doc.text)
        if not plan:
            return
        text, offs = doc.text, doc.raw_offsets or list(range(len(doc.text) + 1))
        new_text: list[str] = []
        new_offs: list[int] = []
        pos = 0
        for a, b, rep, tok in plan:
            new_text.append(text[pos:a])
            new_offs.extend(offs[pos:a])
            ra, rb = offs[a], offs[b]
            if rep is None:
                doc.ledger.append(LedgerEntry("spam.unrepaired", "flagged", doc.raw_text[ra:rb], ra, rb,
                                              note=f"spam token {tok!r}: no syllable fits; left in the text"))
                new_text.append(text[a:b])
                new_offs.extend(offs[a:b])
            else:
                doc.ledger.append(LedgerEntry("spam.repair", "repaired", doc.raw_text[ra:rb], ra, rb,
                                              replacement=rep, note=f"spam token {tok!r}"))
                new_text.append(rep)
                new_offs.extend([ra] * len(rep))
            pos = b
        new_text.append(text[pos:])
        new_offs.extend(offs[pos:])
        doc.text = "".join(new_text)
        doc.raw_offsets = new_offs
        doc.meta["spam_tokens"] = sorted({t for *_, t in plan})

    def _dedupe(self, doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any]) -> None:
        o = self.options
        self._covered(doc, spans, removed)
        exact: dict[str, int] = {}
        recent: list[tuple[int, str]] = []  # near and contained copies are looked for nearby only
        for i, (a, b) in enumerate(spans):
            if i in removed:
                continue
            key = dedupe_key(doc.text[a:b])
            if len(key) < o.min_dup_chars:
                continue
            if key in exact:
                removed[i] = ("dedupe.exact", f"same as paragraph at {spans[exact[key]][0]}")
                continue
            for j, prev in recent[-o.dedupe_window:]:
                if len(key) >= 40 and key in prev:
                    removed[i] = ("dedupe.contained", f"contained in paragraph at {spans[j][0]}")
                    break
                if 0.8 < len(key) / max(1, len(prev)) < 1.25:
                    sm = _SequenceMatcher(None, prev, key, autojunk=False)
                    if sm.real_quick_ratio() >= o.near_ratio and sm.quick_ratio() >= o.near_ratio \
                            and sm.ratio() >= o.near_ratio:
                        removed[i] = ("dedupe.near", f"near duplicate of paragraph at {spans[j][0]}")
                        break
            if i not in removed:
                exact[key] = i
                recent.append((i, key))

    def _covered(self, doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any]) -> None:
        """Remove a paragraph that the next few paragraphs repeat in full.

        Scraped pages often print a lead that runs two paragraphs together and is cut
        off mid-sentence, then the paragraphs themselves (seed 004).  Keeping the
        first copy would keep the truncated sentence and drop the complete ones, so
        the earlier paragraph goes when at least ``near_ratio`` of it is found in
        order in the following two or three paragraphs and no single one of them
        repeats it (a plain repeat is left to the exact/near rules, which keep the
        first copy).
        """
        o = self.options
        keys = [dedupe_key(doc.text[a:b]) if i not in removed else "" for i, (a, b) in enumerate(spans)]
        for i, key in enumerate(keys):
            if len(key) < 80:
                continue
            nxt = [j for j in range(i + 1, len(spans)) if keys[j]][:3]
            if len(nxt) < 2:
                continue
            words = set(key.split())
            if any(words <= set(keys[j].split()) for j in nxt):
                continue
            follow = " ".join(keys[j] for j in nxt)
            if len(words - set(follow.split())) > 0.1 * len(words):
                continue
            sm = _SequenceMatcher(None, key, follow, autojunk=False)
            matched = sum(m.size for m in sm.get_matching_blocks())
            if matched >= o.near_ratio * len(key):
                removed[i] = ("dedupe.covered", f"repeated by the paragraphs at {spans[nxt[0]][0]} and after")
                keys[i] = ""

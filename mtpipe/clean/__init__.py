"""Cleaning: boilerplate, spam-token repair, duplicate paragraphs; a ledger of every change.

The :class:`Cleaner` stage works on ``Document.text`` line by line (a line is a
paragraph), in this order:

1. the document's main language is identified (``doc.meta["lang"]``; a language
   mtpipe does not translate is called what it is, :func:`~mtpipe.langid.identify`);
2. ``.md`` inputs: front matter goes to ``doc.meta`` and HTML pasted into the
   Markdown is read as HTML (:mod:`.frontmatter`; tags and entities are repairs);
3. spam tokens are repaired in Vietnamese documents (:mod:`.spam`), recurring ones and single ones
   standing between syllables; the repair is written into ``text`` and its raw offset map, so later
   offsets stay exact;
4. a page whose encoding was lost ("?" inside words) gets a warning;
5. soft line breaks are joined (:mod:`.softbreak`): ``text`` keeps its length;
6. the named rules of ``mtpipe/configs/clean/*.toml`` (:mod:`.rules`: the generic furniture of
   ``generic.toml``, site widgets, ``--rules`` files) remove whole lines (``action = "meta"`` keeps named
   groups such as ``date``/``source``/``byline`` in ``doc.meta``; ``after`` also removes the lines that
   follow) or, with ``search = true``, spans inside a line;
7. line features and cross-document evidence (:mod:`.boilerplate`) remove what no rule names: date and
   credit lines, captions, bylines, file names, tag lists, template lines seen in many documents
   (:meth:`Cleaner.first_pass` counts them);
8. duplicates go: a truncated lead that the next paragraphs repeat (``dedupe.covered``), exact copies
   (``dedupe.exact``), paragraphs contained in an earlier one (``dedupe.contained``; a breadcrumb glued
   before a title loses the breadcrumb, ``dedupe.breadcrumb``) and near copies (``dedupe.near``); of a
   copy in a breadcrumb or menu and one in the text, the menu's goes (``dedupe.furniture_copy``).
9. short lines left outside the article: a learned classifier (:mod:`.classifier`).

Removals leave ``text`` as it is and record which character ranges are kept in ``doc.meta["kept"]`` (a
list of ``[start, end]`` pairs of ``doc.text``, in order), which the segmenter reads.  Every repair,
removal, join and flag becomes a :class:`~mtpipe.document.LedgerEntry` whose offsets slice
``doc.raw_text``; :func:`unaccounted` replays the ledger to prove nothing else was dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable, Iterator

from ..document import Document, LedgerEntry
from ..stages import MapStage
from .boilerplate import TemplateCounter, classify
from .copies import drop_furniture_copy
from .frontmatter import front_matter, html_edits
from .ledger import apply_ledger, unaccounted
from .lines import _LEAD_DATE, _LOST_CHAR, _folder, _headline, dedupe_key, line_spans
from .options import CleanOptions
from .rules import Rule, RuleError, load_rules
from .softbreak import join_soft_breaks

try:  # a Cython port of difflib's SequenceMatcher: the same matching blocks, ~15x faster
    from cydifflib import SequenceMatcher as _SequenceMatcher
except ImportError:  # pragma: no cover - a platform without its wheel
    from difflib import SequenceMatcher as _SequenceMatcher

__all__ = ["CleanOptions", "Cleaner", "RuleError", "TemplateCounter", "line_spans", "dedupe_key", "apply_ledger",
           "unaccounted"]


class Cleaner(MapStage):
    """The ``clean`` stage (requires ``text``, provides ``clean``): ``__call__`` cleans one document,
    ``pipe(docs, batch_size=...)`` a stream, in order (:class:`~mtpipe.stages.MapStage`)."""

    name = "clean"
    requires = ("text",)
    provides = ("clean",)

    def __init__(self, options: CleanOptions | None = None) -> None:
        self.options = options or CleanOptions()
        self.rules: list[Rule] = load_rules(self.options.rules_paths) if self.options.enabled else []

    def first_pass(self, docs: Iterable[Document]) -> TemplateCounter:
        """Count the lines of every document of the run (cross-document template evidence).

        Call it once with all the run's documents (or a window of them) before cleaning
        any; memory stays bounded (:class:`~.boilerplate.TemplateCounter`).
        """
        counter = self.options.template or TemplateCounter()
        for doc in docs:
            counter.add(doc.text, _folder(doc.doc_id))
        self.options.template = counter
        return counter

    def first_pass_paths(self, paths: Iterable[Any], root: Any = None,
                         map_in_order: Any = None) -> TemplateCounter | None:
        """:meth:`first_pass` over files (read as ingest reads them; unreadable ones skipped).

        At most ``first_pass_limit`` files are read, spread evenly over the inputs, so a
        crawl of a million pages costs the time of that many reads, not a second full read.
        ``map_in_order(fn, items)`` (an executor's, yielding ``fn(item)`` in order) reads them and
        finds their line keys in worker processes; the counts are the same.
        """
        if not (self.options.enabled and self.options.boilerplate):
            return None
        from ..ingest import IngestError, read_document

        paths = list(paths)
        limit = self.options.first_pass_limit
        if limit and len(paths) > limit:
            step = len(paths) / limit
            paths = [paths[int(k * step)] for k in range(limit)]

        if map_in_order is not None:
            from .templates import first_pass_keys

            counter = self.options.template or TemplateCounter()
            chunks = [[(p, root) for p in paths[k:k + 8]] for k in range(0, len(paths), 8)]
            for got in map_in_order(first_pass_keys, chunks):
                for one in got:
                    if one is not None:
                        counter.add_keys(one[1], one[0])
            self.options.template = counter
            return counter

        def docs() -> Iterator[Document]:
            for p in paths:
                try:
                    yield read_document(p, root)
                except IngestError:
                    continue

        return self.first_pass(docs())

    def __call__(self, doc: Document) -> Document:
        from ..langid import identify

        o = self.options
        lang = identify(doc.text[:3000], o.languages)
        doc.meta["lang"] = lang
        fm = front_matter(doc.text) if o.enabled and o.markdown else None
        fm_end = fm[0] if fm else 0
        if o.enabled and o.markdown and (doc.path or doc.doc_id).lower().endswith((".md", ".markdown")):
            edits = [(a, b, rep, rule, note) for a, b, rep, rule, note in html_edits(doc.text) if a >= fm_end]
            if edits:
                self._rewrite(doc, edits)
        if o.repair_spam and lang in o.spam_languages:
            self._repair_spam(doc)
        if not o.enabled:
            doc.meta["kept"] = [list(s) for s in line_spans(doc.text)]
            return doc
        lost = len(_LOST_CHAR.findall(doc.text))
        if lost >= 2:
            doc.meta["mojibake_suspect"] = lost
            doc.warnings.append(f"looks like a broken encoding: {lost} '?' stand inside or before words "
                                "(characters lost before mtpipe read the file); sentences may be cut wrongly")
        if o.join_soft_breaks:
            counter, folder = o.template if o.boilerplate else None, _folder(doc.doc_id)
            join_soft_breaks(doc, start=fm_end,
                             fixed=(lambda a, b: counter.adjacent(a, b, folder)) if counter is not None else None)
        spans = line_spans(doc.text)
        removed: dict[int, tuple[str, str | None]] = {}
        if fm:
            end, kind, data = fm
            doc.meta["front_matter"] = data
            for k in ("title", "date", "author", "source", "url", "lang", "tags"):
                if k in data and k != "lang":
                    doc.meta.setdefault(k, data[k])
            note = f"{kind} front matter kept as metadata: " + ", ".join(sorted(map(str, data)))[:200]
            for i, (a, b) in enumerate(spans):
                if a < end:
                    removed[i] = (f"frontmatter.{kind}", note if not removed else "front matter")
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
                    if rule.after == -2 and (not _headline(doc.text[spans[j][0]:spans[j][1]])
                                             or "\n\n" in doc.text[spans[j - 1][1]:spans[j][0]]):
                        break  # teasers are a run of adjacent headline-like lines
                    removed.setdefault(j, (rule.name, "follows " + repr(line[:40])))
                break
        if o.boilerplate:
            lines = [doc.text[a:b] for a, b in spans]
            for i, (rule_name, note, meta) in classify(lines, lang, removed, o.template, _folder(doc.doc_id)).items():
                for k, v in meta.items():
                    if v:
                        doc.meta.setdefault(k, v)
                if meta:
                    note = (note + "; " if note else "") + "kept as metadata: " + ", ".join(f"{k}={v}" for k, v in meta.items())
                removed[i] = (rule_name, note)
        if o.dedupe:
            self._dedupe(doc, spans, removed)
        if o.classifier:  # 9. the learned line classifier, on what the other layers kept
            from .classifier import judge_document
            removed.update(judge_document(doc, spans, lang, removed, o))
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
            doc.warnings.append("nothing left to translate after cleaning (all boilerplate)")
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
        edits = []
        seen = Counter(tok for *_, tok in plan)
        for a, b, rep, tok in plan:
            if rep is None and seen[tok] == 1:
                edits.append((a, b, None, "spam.unrepaired", f"spam token {tok!r} seen once between syllables: no "
                                                              "syllable fits for sure; left in the text, segment flagged"))
            elif rep is None:
                edits.append((a, b, None, "spam.unrepaired", f"spam token {tok!r}: no syllable fits; left in the text"))
            else:
                edits.append((a, b, rep, "spam.repair", f"spam token {tok!r}"))
        flagged = self._rewrite(doc, edits)
        doc.meta["spam_tokens"] = sorted({t for *_, t in plan})
        if flagged:
            doc.meta["spam_unrepaired"] = flagged  # [start, end] in doc.text: the segmenter flags their segments

    @staticmethod
    def _rewrite(doc: Document, edits: list[tuple[int, int, str | None, str, str]]) -> list[list[int]]:
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

    def _dedupe(self, doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any]) -> None:
        o = self.options
        keyed: dict[int, str] = {}  # each line's dedupe_key once (the covered check needs them too)

        def key_of(i: int) -> str:
            got = keyed.get(i)
            if got is None:
                got = keyed[i] = dedupe_key(doc.text[spans[i][0]:spans[i][1]])
            return got

        self._covered(doc, spans, removed, key_of)
        self._truncated(doc, spans, removed)
        exact: dict[str, int] = {}
        recent: list[tuple[int, str]] = []  # near and contained copies are looked for nearby only
        for i, (a, b) in enumerate(spans):
            if i in removed:
                continue
            key = key_of(i)
            sm = None  # one matcher per line (its b side: the key), each earlier line set as its a side
            if len(key) < o.min_dup_chars:
                continue
            if key in exact and not drop_furniture_copy(doc.text, spans, removed, exact[key], i):
                removed[i] = ("dedupe.exact", f"same as paragraph at {spans[exact[key]][0]}")
                continue
            for j, prev in [jp for jp in recent[-o.dedupe_window:] if jp[0] not in removed]:
                if len(key) >= 40 and key in prev:
                    head = doc.text[spans[j][0]:spans[j][1]]
                    crumb = prev[:len(prev) - len(key)]
                    if prev.endswith(key) and len(crumb.split()) <= 8 and not any(c in head[:len(head) - len(key)]
                                                                                    for c in ".!?…"):
                        # "Главная Политика <title>" then "<title>": the breadcrumb goes, the title stays
                        removed[j] = ("dedupe.breadcrumb", f"the paragraph at {spans[i][0]} with a menu trail before it")
                        recent = [(k, v) for k, v in recent if k != j]
                        exact = {k: v for k, v in exact.items() if v != j}
                        break
                    if not drop_furniture_copy(doc.text, spans, removed, j, i):
                        removed[i] = ("dedupe.contained", f"contained in paragraph at {spans[j][0]}")
                    break
                if 0.8 < len(key) / max(1, len(prev)) < 1.25:
                    if sm is None:
                        sm = _SequenceMatcher(None, prev, key, autojunk=False)
                    else:
                        sm.set_seq1(prev)
                    if sm.real_quick_ratio() >= o.near_ratio and sm.quick_ratio() >= o.near_ratio \
                            and sm.ratio() >= o.near_ratio:
                        if not drop_furniture_copy(doc.text, spans, removed, j, i):
                            removed[i] = ("dedupe.near", f"near duplicate of paragraph at {spans[j][0]}")
                        break
            if i not in removed:
                exact[key] = i
                recent.append((i, key))

    @staticmethod
    def _truncated(doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any]) -> None:
        """Remove a lead cut off mid-sentence that one of the next two paragraphs holds in full.

        News pages print a teaser ("25.08.2025. Официальный представитель … силы на") above
        the article that starts with the same words; the teaser has no sentence end.
        """
        live = [i for i in range(len(spans)) if i not in removed]
        for n, i in enumerate(live):
            line = doc.text[spans[i][0]:spans[i][1]].rstrip()
            if len(line) < 60 or line[-1:] in ".!?…»”\")":
                continue
            key = _LEAD_DATE.sub("", dedupe_key(line))
            if len(key.split()) < 8:
                continue
            for j in live[n + 1:n + 3]:
                full = doc.text[spans[j][0]:spans[j][1]].rstrip()
                other = dedupe_key(full)
                # the other one goes on after the cut and ends a sentence: it is the article itself
                if len(other) >= len(key) + 20 and key in other and full[-1:] in ".!?…»”\")":
                    removed[i] = ("dedupe.truncated_lead", f"a cut-off copy of the paragraph at {spans[j][0]}")
                    break

    def _covered(self, doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any],
                 key_of: Any = None) -> None:
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
        keys = [(key_of(i) if key_of is not None else dedupe_key(doc.text[a:b])) if i not in removed else ""
                for i, (a, b) in enumerate(spans)]
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

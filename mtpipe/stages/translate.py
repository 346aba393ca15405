"""The ``translate`` stage: every segment gets every target translation.

Its :meth:`Translate.pipe` owns the batching: documents are taken ``batch_size``
at a time (the job's ``--window``), and within a batch segments are grouped by
model across documents, so each model sees one large batch per window:

* a segment already in the target (or with no language) passes through, its
  glossary aliases normalised (:func:`mtpipe.entities.normalize_passthrough`) and,
  into Chinese, traditional forms simplified;
* a language mtpipe does not translate, or one without a route, is flagged;
* the rest go, per model group (:meth:`mtpipe.routing.Routes.group_key`), to
  :func:`mtpipe.glossary.translate_segments`, which protects terms, calls the
  model, restores and verifies the terms, and retries failed ones with the next
  strategy (the order the term probe left: :mod:`mtpipe.term_probes`).

Identical protected texts go to the model once, and the translation memory
(when the run has one) answers what it already holds.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..document import Document, Segment, Translation
from ..routing import Routes
from ..term_probes import TermProbes

__all__ = ["Translate", "through_memory"]

log = logging.getLogger("mtpipe")


class Translate:
    """See the module doc.

    Args:
        routes: The job's routes (config and targets).
        probes: The term strategies per model group.
        cache_dir: The models cache (the memory's key hashes the model files there).
        normalize: Rewrite glossary aliases to canonical forms in pass-through text.
        batch_size: Documents per batch (``--window``).
        legacy_sig: The job's signature hash (memories written before the key was what the model sees).
        engine: The :class:`~mtpipe.engines.Engine`; bound per process with :meth:`bind`.
        tm: The run's :class:`~mtpipe.tm.TranslationMemory` (or anything with its ``lookup``/``store``).
    """

    name = "translate"
    requires = ("segments", "langs")
    provides = ("translations",)

    def __init__(self, routes: Routes, probes: TermProbes, cache_dir: Any, normalize: bool = True,
                 batch_size: int = 16, legacy_sig: str = "", engine: Any = None, tm: Any = None) -> None:
        self.routes = routes
        self.probes = probes
        self.cache_dir = cache_dir
        self.normalize = normalize
        self.batch_size = max(1, batch_size)
        self.legacy_sig = legacy_sig
        self.engine = engine
        self.tm = tm
        self._tm_keys: dict[tuple[str, str], str] = {}

    @property
    def targets(self) -> tuple[str, ...]:
        return self.routes.targets

    def bind(self, engine: Any, tm: Any = None) -> "Translate":
        """A copy of this stage that translates with ``engine`` and ``tm`` (probe results shared)."""
        new = object.__new__(Translate)
        new.__dict__.update(self.__dict__, engine=engine, tm=tm)
        return new

    def __getstate__(self) -> dict[str, Any]:
        # the engine and the memory belong to a process: a worker binds its own
        return {**self.__dict__, "engine": None, "tm": None}

    # -- the stage ---------------------------------------------------------------------

    def __call__(self, doc: Document) -> Document:
        self.translate_batch([doc])
        return doc

    def pipe(self, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Document]:
        """Translate ``docs`` ``batch_size`` at a time (default: the stage's, the job's ``--window``);
        yields them in order."""
        from . import batched

        for batch in batched(docs, batch_size or self.batch_size):
            self.translate_batch(batch)
            yield from batch

    def translate_batch(self, docs: Sequence[Document]) -> None:
        """Fill every segment of ``docs`` with every target translation (one model call per group)."""
        from ..glossary import ProtectOptions, passthrough_segments, translate_segments

        r = self.routes
        segs = [s for d in docs for s in d.segments]
        owner = {id(s): d for d in docs for s in d.segments}
        for tgt in self.targets:
            groups: dict[str, list[Segment]] = {}
            for s in segs:
                groups.setdefault(s.src_lang, []).append(s)
            model_groups: dict[str, tuple[str, list[Segment]]] = {}
            for src, group in sorted(groups.items()):
                if src == tgt or src == "und":
                    self._passthrough(group, tgt, owner, passthrough_segments)
                elif src not in r.config.languages:
                    for s in group:  # a language mtpipe does not translate is never copied into a target
                        s.translations[tgt] = Translation(tgt, "", model="", strategy="untranslated")
                        s.flag("unsupported_language")
                        for t in s.terms:  # a final status: the segment goes to no target (not "pending")
                            t.targets.setdefault(tgt, "untranslated")
                elif not r.routable(src, tgt):
                    for s in group:
                        s.translations[tgt] = Translation(tgt, s.source, model="", strategy="untranslated")
                        s.flag("no_route")
                        for t in s.terms:
                            t.targets.setdefault(tgt, "untranslated")
                else:
                    model_groups.setdefault(r.group_key(src, tgt), (src, []))[1].extend(group)
            for key, (src, group) in model_groups.items():
                fn = self.translate_fn(src, tgt, tm_key=key)
                opts = ProtectOptions(strategies=self.probes.strategies(key, src, tgt, group, self.engine))
                shape = self.probes.shape(key, tgt)
                if shape is not None:  # the placeholder shape the probe found best for this model
                    opts.shape = shape
                translate_segments(group, src, tgt, fn, opts, model=r.model_name(src, tgt))

    def _passthrough(self, group: list[Segment], tgt: str, owner: dict[int, Document],
                     passthrough_segments: Callable[[list[Segment], str], None]) -> None:
        from ..entities import normalize_passthrough

        passthrough_segments(group, tgt)
        if self.normalize:
            normalize_passthrough(group, tgt, doc_of=lambda seg: owner[id(seg)])
        if tgt == "zh":
            _simplify(group)  # after alias rewriting, which starts again from the source

    # -- model calls through the memory --------------------------------------------------

    def translate_fn(self, src: str, tgt: str, tm_key: str | None = None) -> Callable[[list[str]], list[str]]:
        """Batch translation ``src -> tgt``: each distinct text once, what the memory holds from it."""
        engine, tm = self.engine, self.tm
        if engine is None:
            raise RuntimeError("the translate stage has no engine: bind() one first")
        tm_src = tm_key or src  # the memory is keyed by what the model sees, not by the group's first language
        key = self.tm_key(src, tgt, tm_src) if tm is not None else ""
        legacy = self.legacy_sig  # memories of mtpipe before the key was only what the model sees
        # an engine whose model and memory are in another process does it all there, in one call
        remote = getattr(engine, "through_memory", None)

        def fn(texts: list[str]) -> list[str]:
            if remote is not None:
                return remote(key, tm_src, src, tgt, legacy, texts)  # type: ignore[no-any-return]
            return through_memory(engine, tm, key, tm_src, src, tgt, legacy, texts)

        return fn

    def tm_key(self, src: str, tgt: str, input_side: str) -> str:
        """The memory key of the route ``src -> tgt``: model identities and files, decoding, compute type."""
        if (input_side, tgt) not in self._tm_keys:
            from ..tm import file_fingerprint, model_key

            config = self.routes.config
            hops = [{"hop": [a, b], "model": spec.signature(), "files": file_fingerprint(spec.resolved_path(self.cache_dir)),
                     "decoding": config.decoding_for(spec).as_dict()}
                    for a, b, spec in config.route(src, tgt)]
            self._tm_keys[(input_side, tgt)] = model_key(input_side, hops, getattr(self.engine, "compute_type", None))
        return self._tm_keys[(input_side, tgt)]


def through_memory(engine: Any, tm: Any, key: str, tm_src: str, src: str, tgt: str, legacy: str,
                   texts: list[str]) -> list[str]:
    """``texts`` translated ``src -> tgt``: each distinct text once, what the memory ``tm`` (or None)
    holds under ``key`` from it, the rest by ``engine`` (then stored)."""
    uniq = list(dict.fromkeys(texts))
    found: dict[str, str] = tm.lookup(key, tm_src, tgt, uniq, legacy_sig=legacy) if tm is not None else {}
    todo = [t for t in uniq if t not in found]
    if todo:
        out = engine.translate(todo, src, tgt)
        new = dict(zip(todo, out))
        if tm is not None:
            tm.store(key, tm_src, tgt, new)
        found.update(new)
    return [found[t] for t in texts]


def _simplify(group: Iterable[Segment]) -> None:
    from ..scripts import to_simplified

    for s in group:
        tr = s.translations.get("zh")
        if tr is not None and tr.strategy == "passthrough":
            simp = to_simplified(tr.text)
            if simp != tr.text:
                tr.text = simp
                s.flag("traditional_to_simplified")

"""The front stages' batch ``pipe()`` (clean, segment, protect: spaCy-style components), the executors
preparing documents through it, and ``models/needs.py`` segmenting with the one pipeline factory."""

from __future__ import annotations

import ast
import copy
import shutil
import time
from pathlib import Path

import pytest

from mtpipe.config import load_config
from mtpipe.document import Document
from mtpipe.executors.front import gather_todo, prepare_many, prepare_one
from mtpipe.pipeline import TranslateOptions
from mtpipe.stages import MapStage, Pipeline, batched
from mtpipe.stages.build import build_pipeline

REPO = Path(__file__).resolve().parents[1]


def _front(repo_root: Path) -> Pipeline:
    from mtpipe.glossary import Protect, load_glossaries

    options = TranslateOptions(glossary_paths=(str(repo_root / "glossaries"),))
    return build_pipeline(options, load_config(None), protector=Protect(load_glossaries(options.glossary_paths)))


def _view(doc: Document) -> tuple:
    """Everything a front stage leaves on a document."""
    return (doc.text, doc.raw_offsets, repr(doc.meta), doc.warnings, [repr(e) for e in doc.ledger],
            [(s.index, s.start, s.end, s.source, s.src_lang, s.paragraph, s.part, list(s.flags),
              [(t.id, t.start, t.end, t.source) for t in s.terms]) for s in doc.segments])


@pytest.fixture(scope="module")
def seed_docs(seeds_dir):
    from mtpipe.ingest import read_document

    docs = [read_document(p, seeds_dir) for p in sorted(seeds_dir.glob("*.txt"))]
    return docs + [Document.from_text("Короткая строка.\n\nHôm qua.\n\n昨天。\n", doc_id="mixed.txt")]


@pytest.mark.parametrize("name", ["clean", "segment", "protect"])
@pytest.mark.parametrize("batch_size", [1, 2, 4, 100])
def test_pipe_gives_what_call_gives_in_order(repo_root, seed_docs, name, batch_size):
    front = _front(repo_root)
    before = front.stages[:front.names().index(name)]
    st = front.find(name)
    assert isinstance(st, MapStage) and st.name == name
    ready = [Pipeline(before, front.initial)(copy.deepcopy(d)) if before else copy.deepcopy(d) for d in seed_docs]
    one_by_one = [_view(st(copy.deepcopy(d))) for d in ready]
    piped = list(st.pipe([copy.deepcopy(d) for d in ready], batch_size=batch_size))
    assert [d.doc_id for d in piped] == [d.doc_id for d in ready]  # order kept
    assert [_view(d) for d in piped] == one_by_one
    assert any(d.segments for d in piped) if name != "clean" else any(d.meta.get("kept") for d in piped)


@pytest.mark.parametrize("batch_size,sizes", [(None, [16, 4]), (1, [1] * 20), (3, [3] * 6 + [2]), (20, [20])])
def test_pipe_hands_batches_of_batch_size_to_pipe_batch(batch_size, sizes):
    class Spy(MapStage):
        name = "spy"

        def __init__(self):
            self.sizes = []

        def __call__(self, doc):
            doc.meta["seen"] = doc.meta.get("seen", 0) + 1
            return doc

        def pipe_batch(self, docs):
            self.sizes.append(len(docs))
            return super().pipe_batch(docs)

    spy = Spy()
    docs = [Document.from_text(f"doc {i}.") for i in range(20)]
    out = list(spy.pipe(iter(docs), batch_size=batch_size))
    assert out == docs and all(d.meta["seen"] == 1 for d in out)
    assert spy.sizes == sizes
    assert list(batched(range(5), 2)) == [[0, 1], [2, 3], [4]] and list(batched([], 3)) == []


def test_a_stage_can_do_per_batch_work_once():
    class Tagger(MapStage):
        """Looks every document of a batch up in one call (as a batched language ID would)."""

        name = "tagger"

        def __init__(self):
            self.calls = 0

        def __call__(self, doc):
            return self.pipe_batch([doc])[0]

        def pipe_batch(self, docs):
            self.calls += 1
            for d, n in zip(docs, [len(d.text) for d in docs]):
                d.meta["n"] = n
            return docs

    t = Tagger()
    out = list(Pipeline([t]).pipe([Document.from_text("ab"), Document.from_text("abc")] * 3, batch_size=4))
    assert [d.meta["n"] for d in out] == [2, 3] * 3 and t.calls == 2


def test_pipeline_passes_batch_size_only_to_stages_that_take_it():
    seen = []

    class Old:
        """A stage written before batch_size: pipe(docs) only."""

        name, requires, provides = "old", (), ()

        def __call__(self, doc):
            return doc

        def pipe(self, docs):
            for d in docs:
                seen.append(d.text)
                yield d

    class New(MapStage):
        name = "new"

        def __init__(self):
            self.sizes = []

        def __call__(self, doc):
            return doc

        def pipe_batch(self, docs):
            self.sizes.append(len(docs))
            return docs

    new = New()
    docs = [Document.from_text(str(i)) for i in range(5)]
    assert list(Pipeline([Old(), new]).pipe(docs, batch_size=2)) == docs
    assert seen == list("01234") and new.sizes == [2, 2, 1]


def _todo(folder: Path) -> list[tuple]:
    return [(p, folder, f"h{i}", [i, i]) for i, p in enumerate(sorted(folder.rglob("*.txt")))]


def _events(evs):
    return [ev[:3] + (_view(ev[3]),) + ev[4:] if ev[0] == "doc" else ev for ev in evs]


@pytest.fixture(scope="module")
def mixed_inputs(tmp_path_factory, seeds_dir):
    root = tmp_path_factory.mktemp("front-pipes")
    for p in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(p, root / p.name)
    (root / "003b_binary.txt").write_bytes(b"\x00\x01\x02" * 100)  # a problem inside a batch
    (root / "001b_empty.txt").write_text("  \n", encoding="utf-8")  # a warning inside a batch
    return root


def test_prepare_many_gives_prepare_ones_events(repo_root, mixed_inputs):
    front = _front(repo_root)
    todo = _todo(mixed_inputs)
    one = _events([prepare_one(front, *t) for t in todo])
    assert [e[0] for e in one] == ["doc", "doc", "empty", "doc", "doc", "problem", "doc"]
    for size in (1, 2, 3, 7):
        many = [ev for k in range(0, len(todo), size) for ev in prepare_many(front, todo[k:k + size])]
        assert _events(many) == one, size


class _Boom(MapStage):
    """Fails on one document (as a bug or a pathological input would), or sleeps on each."""

    name = "boom"

    def __init__(self, bad: str = "", sleep: float = 0.0):
        self.bad, self.sleep, self.batches, self.calls = bad, sleep, [], []

    def __call__(self, doc):
        self.calls.append(doc.doc_id)
        time.sleep(self.sleep)
        if self.bad and doc.doc_id.endswith(self.bad):
            raise ValueError("boom")
        return doc

    def pipe_batch(self, docs):
        self.batches.append(len(docs))
        return super().pipe_batch(docs)


def test_a_failing_document_fails_alone_in_a_batch(repo_root, mixed_inputs):
    front = _front(repo_root)
    boom = _Boom(bad="002_13fbff52cf616d08.txt")
    todo = _todo(mixed_inputs)
    many = prepare_many(Pipeline([*front, boom]), todo)
    assert boom.batches[0] == 5  # tried as one batch first (the empty and binary inputs are not documents)
    one = [prepare_one(Pipeline([*front, boom]), *t) for t in todo]
    assert _events(many) == _events(one)
    assert [e[0] for e in many] == ["doc", "doc", "empty", "problem", "doc", "problem", "doc"]
    assert many[3][1:] == (str(todo[3][0]), "ValueError: boom", "prepare")


def test_each_document_keeps_its_own_budget_in_a_batch(mixed_inputs):
    from mtpipe.inputs import DocumentLimits

    slow = _Boom(sleep=0.35)  # each document well inside its 1 s budget, four of them together not
    todo = [t for t in _todo(mixed_inputs) if "_binary" not in t[0].name and "_empty" not in t[0].name][:4]
    evs = prepare_many(Pipeline([DocumentLimits(budget_s=1.0), slow]), todo)
    assert [e[0] for e in evs] == ["doc"] * 4
    # the warm-up and the batch: the budget is per document, so the batch is not done again
    assert slow.batches == [4] and slow.calls[1:] == [t[0].name for t in todo]


class _Stuck(MapStage):
    """Loops in Python on one document (only an in-stage deadline stops it)."""

    name = "stuck"

    def __init__(self, bad: str):
        self.bad, self.stopped, self.calls = bad, [], []

    def __call__(self, doc):
        self.calls.append(doc.doc_id)
        if doc.doc_id.endswith(self.bad):
            end = time.monotonic() + 60
            start = time.monotonic()
            try:
                while time.monotonic() < end:
                    pass
            except BaseException as e:
                self.stopped.append((type(e).__name__, time.monotonic() - start))
                raise
        return doc


def test_a_document_stuck_in_a_batch_is_stopped_once_after_its_own_budget(mixed_inputs):
    from mtpipe.inputs import DocumentLimits

    todo = [t for t in _todo(mixed_inputs) if "_binary" not in t[0].name and "_empty" not in t[0].name][:4]
    stuck = _Stuck(bad=todo[2][0].name)
    evs = prepare_many(Pipeline([DocumentLimits(budget_s=0.5), stuck]), todo)
    assert [e[0] for e in evs] == ["doc", "doc", "problem", "doc"]
    assert evs[2][1] == str(todo[2][0]) and "time budget" in evs[2][2] and evs[2][3] == "prepare"
    assert [name for name, _ in stuck.stopped] == ["DocumentOvertime"]  # stopped once, not again one by one
    # after its own budget, not the batch's: the document's reading counts, so the stage has what the
    # reading left (less than 0.4 s where a loaded machine took over 0.1 s to read it), and the problem
    # says how long the document took in all
    took = float(evs[2][2].rsplit("(after ", 1)[1].split(" s)")[0])
    assert 0.5 <= took < 5 and stuck.stopped[0][1] < 5
    # the others are done again one at a time, and the stuck one is not
    assert stuck.calls[-3:] == [todo[0][0].name, todo[1][0].name, todo[3][0].name]


def test_gather_todo_keeps_the_order_of_every_event():
    evs = [("todo", 1), ("todo", 2), ("kept", "a"), ("todo", 3), ("problem", "x"), ("todo", 4), ("todo", 5),
           ("todo", 6)]
    assert list(gather_todo(evs, 2)) == [[(1,), (2,)], ("kept", "a"), [(3,)], ("problem", "x"), [(4,), (5,)], [(6,)]]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_local_executor_prepares_through_pipe(repo_root, mixed_inputs, monkeypatch, workers):
    from mtpipe.executors.local import LocalExecutor
    from mtpipe.segment import Segmenter

    class _Job:
        options = TranslateOptions(workers=workers)
        front = _front(repo_root)

    todo = _todo(mixed_inputs)
    events = [("todo", *t) for t in todo]
    events.insert(2, ("kept", "x.txt", None))
    sizes: list[int] = []
    real = Segmenter.pipe_batch
    monkeypatch.setattr(Segmenter, "pipe_batch", lambda self, docs: sizes.append(len(docs)) or real(self, docs))
    ex = LocalExecutor(_Job())
    try:
        got = list(ex.prepare(iter(events)))
    finally:
        ex.close()
    want = [prepare_one(_Job.front, *t) for t in todo]
    want.insert(2, ("kept", "x.txt", None))
    assert _events(got) == _events(want)
    if workers == 1:  # in this process: the segmenter saw batches, not one document per call
        assert max(sizes) > 1


def test_needs_segments_with_the_one_pipeline_factory(seeds_dir, monkeypatch):
    import mtpipe.stages.build as build
    from mtpipe.models.needs import source_languages

    calls = []
    real = build.build_pipeline

    def spy(options, config, **kw):
        calls.append(kw)
        return real(options, config, **kw)

    monkeypatch.setattr(build, "build_pipeline", spy)
    config = load_config(None)
    paths = sorted(seeds_dir.glob("*.txt"))
    langs = source_languages(paths, seeds_dir, TranslateOptions(), config)
    assert calls == [{}]  # the factory, without a glossary or token counts
    front = real(TranslateOptions(), config).until("segment")
    want = {s.src_lang for p in paths for s in prepare_one(front, p, seeds_dir, "h")[3].segments}
    assert langs == want and {"ru", "vi"} <= langs


def test_only_the_factory_builds_the_front_and_back_stages():
    """One place decides the stages: no module but ``stages/build.py`` makes a stage that the
    factory puts in a pipeline (``Protect`` is the glossary's, handed to the factory)."""
    made = {"Cleaner", "Segmenter", "DocumentLimits", "AutoNames", "Translate", "Verify", "Flag"}
    found = []
    for path in sorted((REPO / "mtpipe").rglob("*.py")):
        if path == REPO / "mtpipe" / "stages" / "build.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None) and getattr(node.func, "id", getattr(node.func, "attr", None))
            if isinstance(node, ast.Call) and name in made and (node.args or node.keywords or name != "DocumentLimits"):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")  # (the default bounds are no job's stage)
    assert found == []

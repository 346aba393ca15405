"""Stages with a batch ``pipe()``, the checked Pipeline, and the one factory translate and segment share."""

import json
import pickle

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.document import Document
from mtpipe.executors.front import prepare_one
from mtpipe.pipeline import Job, TranslateOptions
from mtpipe.stages import Pipeline, PipelineError, Stage, pipe_of, stage
from mtpipe.stages.build import build_pipeline

FRONT = ["limits", "clean", "segment", "protect", "auto_names"]
BACK = ["translate", "verify", "flag"]


@stage("upper", requires=("text",), provides=("upper",))
def upper(doc):
    doc.meta["upper"] = doc.text.upper()
    return doc


class Counting:
    """A batching stage: records the batches its pipe() made."""

    name = "count"
    requires = ("text",)
    provides = ("counted",)

    def __init__(self, size):
        self.size, self.batches = size, []

    def __call__(self, doc):
        return doc

    def pipe(self, docs):
        batch = []
        for d in docs:
            batch.append(d)
            if len(batch) == self.size:
                self.batches.append([x.text for x in batch])
                yield from batch
                batch = []
        if batch:
            self.batches.append([x.text for x in batch])
            yield from batch


def _docs(n):
    return [Document.from_text(f"doc {i}.") for i in range(n)]


def test_pipe_chains_each_stages_own_batching():
    counting = Counting(2)
    out = Pipeline([upper, counting]).run(_docs(5))
    assert [d.meta["upper"] for d in out] == [f"DOC {i}." for i in range(5)]
    assert counting.batches == [["doc 0.", "doc 1."], ["doc 2.", "doc 3."], ["doc 4."]]


def test_a_stage_without_pipe_is_mapped():
    assert [d.meta["upper"] for d in pipe_of(upper, _docs(2))] == ["DOC 0.", "DOC 1."]


ORDER_CASES = [
    (["segment", "translate"], None),
    (["translate", "segment"], "translate"),
    (["verify"], "verify"),
]


@pytest.mark.parametrize("order,bad", ORDER_CASES)
def test_the_pipeline_checks_requires_and_provides(tiny_models, order, bad):
    from mtpipe.config import load_config

    job = Job.prepare(TranslateOptions(config_path=str(tiny_models)))
    stages = dict(zip(job.front.names() + job.back.names(), [*job.front, *job.back]))
    if bad is None:
        Pipeline([stages[n] for n in order])
    else:
        with pytest.raises(PipelineError, match=bad):
            Pipeline([stages[n] for n in order])
    assert load_config(str(tiny_models))  # the config the stages came from


def test_the_job_pipeline_front_and_back(tiny_models, repo_root):
    job = Job.prepare(TranslateOptions(config_path=str(tiny_models), glossary_paths=(str(repo_root / "glossaries"),)))
    assert job.front.names() == FRONT and job.back.names() == BACK
    # the back travels to Ray actors without the engine; each binds its own
    back = pickle.loads(pickle.dumps(job.back))
    assert back.find("translate").engine is None
    assert job.back_pipeline().find("translate").engine is job.pool
    for name in ("limits", "auto_names", *BACK):  # call, pipe, requires and provides
        st = job.front.find(name) or job.back.find(name)
        assert isinstance(st, Stage), name
        assert callable(st.pipe)
    no_gloss = build_pipeline(TranslateOptions(auto_names=False), job.config)
    assert no_gloss.names() == ["limits", "clean", "segment"]


def test_translate_batches_by_window(tiny_models, seeds_dir):
    job = Job.prepare(TranslateOptions(config_path=str(tiny_models), window=2, use_tm=False))
    calls = []
    translate = job.back.find("translate")
    real = translate.translate_batch

    def spy(docs):
        calls.append(len(docs))
        return real(docs)

    translate.translate_batch = spy
    docs = [ev[3] for ev in (prepare_one(job.front, p, seeds_dir, "h") for p in sorted(seeds_dir.glob("*.txt")))]
    job.back.run(docs)
    assert calls == [2, 2, 1]
    for d in docs:
        d.check(job.options.targets)


def test_segment_shows_the_segments_translate_sends(tiny_models, seeds_dir, repo_root):
    """``mtpipe segment`` and ``mtpipe translate`` build the same front stages with the same options."""
    gloss = repo_root / "glossaries"
    job = Job.prepare(TranslateOptions(config_path=str(tiny_models), glossary_paths=(str(gloss),)))
    res = CliRunner().invoke(main, ["segment", str(seeds_dir), "--json", "--config", str(tiny_models),
                                    "--glossary", str(gloss)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    shown = {r["doc"]: r for r in map(json.loads, res.stdout.splitlines())}
    paths = sorted(seeds_dir.glob("*.txt"))
    front = job.front.for_run()
    front.first_pass(paths, seeds_dir)
    assert len(shown) == len(paths)
    for p in paths:
        ev = prepare_one(front, p, seeds_dir, "h")
        doc = ev[3]
        want = [{"index": s.index, "src_lang": s.src_lang, "source": s.source, "start": s.start, "end": s.end,
                 "terms": sorted(t.id for t in s.terms)} for s in doc.segments]
        got = [{k: s[k] for k in ("index", "src_lang", "source", "start", "end")}
               | {"terms": sorted(t["id"] for t in s.get("terms", []))} for s in shown[doc.doc_id]["segments"]]
        assert got == want, doc.doc_id


TEMPLATE = "Редакция портала Новости Приморья, улица Ленина дом 5"


def test_translate_removes_cross_document_template_lines_as_segment_does(tiny_models, tmp_path):
    """The first pass (issue 12) reaches the cleaner in translate too, not only in segment."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(1, 5):
        (src / f"doc{i}.txt").write_text(f"Мэр города провёл совещание номер {i} о строительстве дорог.\n\n{TEMPLATE}\n\n"
                                         f"В заседании приняли участие {i} депутатов городской думы.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["segment", str(src), "--json", "--config", str(tiny_models)],
                             catch_exceptions=False)
    shown = [json.loads(line) for line in res.stdout.splitlines()]
    assert shown and not any(TEMPLATE in s["source"] for r in shown for s in r["segments"])
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--config", str(tiny_models),
                                    "--no-glossary"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for f in sorted(out.glob("*.jsonl")) for line in f.read_text(encoding="utf-8").splitlines()]
    sources = [r["source"] for r in rows if "source" in r]
    assert len(sources) == 8 and not any(TEMPLATE in s for s in sources)


def test_what_one_run_learns_does_not_reach_the_next(tiny_models, tmp_path):
    """The first pass works on the run's copy of the front stages: a second run of the same job
    (a line seen in one of its documents only) keeps the line the first run's input made template."""
    job = Job.prepare(TranslateOptions(config_path=str(tiny_models), use_tm=False))
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, n in ((first, 4), (second, 1)):
        folder.mkdir()
        for i in range(1, n + 1):
            (folder / f"doc{i}.txt").write_text(f"Мэр города провёл совещание номер {i} о строительстве дорог.\n\n"
                                                f"{TEMPLATE}\n\nВ заседании приняли участие {i} депутатов.\n",
                                                encoding="utf-8")
    job.run(first, tmp_path / "out-a")
    job.run(second, tmp_path / "out-b")
    kept = (tmp_path / "out-b" / "doc1.jsonl").read_text(encoding="utf-8")
    assert TEMPLATE in kept
    assert TEMPLATE not in (tmp_path / "out-a" / "doc1.jsonl").read_text(encoding="utf-8")

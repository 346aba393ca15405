"""The term-strategy probe: which strategies a model carries terms through, decided once per job."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.document import Segment, Term
from mtpipe.glossary import ProtectOptions, translate_segments
from mtpipe.glossary.probe import MIN_RATE, PROBE_NAMES, PROBE_SENTENCES, ProbeResult, probe_segments, probe_strategies


@pytest.mark.parametrize("lang", sorted(PROBE_SENTENCES))
def test_probe_segments_mark_every_name_exactly(lang):
    segs = probe_segments([lang])
    assert len(segs) == 12
    for s in segs:
        assert "{" not in s.source and s.terms
        for t in s.terms:
            assert s.source[t.start:t.end] == t.source
            assert (t.en, t.zh) in {(n[2], n[3]) for n in PROBE_NAMES.values()}
        assert [t.start for t in s.terms] == sorted(t.start for t in s.terms)


class Model:
    """A fake model over a list of texts; counts its calls."""

    def __init__(self, fn):
        self.fn = fn
        self.calls = []

    def __call__(self, texts):
        self.calls.append(list(texts))
        return [self.fn(t) for t in texts]


def test_a_model_that_keeps_placeholders_and_inline_terms_keeps_the_configured_order():
    model = Model(lambda t: t)  # copies everything: TERMn and inline target forms both survive
    r = probe_strategies(model, ["ru", "vi"], "en")
    assert r.tried == {"placeholder": 24, "inline": 24} and r.passed == r.tried
    assert r.strategies == ("placeholder", "inline", "pieces")
    assert r.shape == "term" and r.shapes == {"term": 24}
    assert len(model.calls) == 2  # one call per probed strategy: the default shape did not need company


ANY_PLACEHOLDER = r"TERM\d+|ZX\d+|Zyqx[a-z]+|⟦\d+⟧"


def test_a_model_that_drops_placeholders_goes_straight_to_inline():
    model = Model(lambda t: re.sub(ANY_PLACEHOLDER, "", t))
    r = probe_strategies(model, ["ru"], "en")
    assert r.passed == {"placeholder": 0, "inline": 12}
    assert r.strategies == ("inline", "pieces")
    assert r.to_dict()["probe"] == {"placeholder": "0/12", "inline": "12/12"}
    assert r.shapes == {"term": 0, "zx": 0, "word": 0, "bracket": 0}
    assert len(model.calls) == 5  # every shape, then inline


@pytest.mark.parametrize("lost,shape", [
    (r"TERM\d+", "zx"),                # the first shape that survives wins
    (r"TERM\d+|ZX\d+", "word"),
    (r"TERM\d+|ZX\d+|Zyqx[a-z]+", "bracket"),
    (r"ZX\d+", "term"),                 # the default is kept when it works
])
def test_the_probe_picks_the_placeholder_shape_the_model_keeps(lost, shape):
    r = probe_strategies(Model(lambda t: re.sub(lost, "", t)), ["ru"], "en")
    assert r.shape == shape and r.passed["placeholder"] == 12 and "placeholder" in r.strategies
    assert ProbeResult.from_dict(r.to_dict()).shape == shape
    # the job's protection then writes that shape into the model input
    (s,) = probe_segments(["ru"])[:1]
    model = Model(lambda t: re.sub(lost, "", t))
    translate_segments([s], "ru", "en", model, ProtectOptions(strategies=("placeholder",), shape=r.shape))
    assert s.translations["en"].strategy == "direct" and not s.flags


def test_a_model_that_keeps_nothing_goes_to_pieces_or_keeps_the_order_without_them():
    garbage = Model(lambda t: "lorem ipsum")
    assert probe_strategies(garbage, ["ru"], "zh").strategies == ("pieces",)
    # nothing better to fall back on: keep trying what the user asked for
    assert probe_strategies(garbage, ["ru"], "zh", ("placeholder", "inline")).strategies == ("placeholder", "inline")


def test_the_rate_threshold():
    n = {"k": 0}

    def sometimes(t):  # keeps placeholders in every fourth call, never inline forms
        n["k"] += 1
        return t if n["k"] % 4 == 0 else "nothing"

    r = probe_strategies(Model(sometimes), ["en"], "zh", min_rate=0.25)
    assert r.passed["placeholder"] == 3 and "placeholder" in r.strategies
    n["k"] = 0
    assert "placeholder" not in probe_strategies(Model(sometimes), ["en"], "zh", min_rate=0.3).strategies


def test_languages_without_probe_sentences_or_equal_to_the_target_are_skipped():
    model = Model(lambda t: t)
    r = probe_strategies(model, ["en", "xx"], "en")
    assert r.languages == () and r.tried == {} and r.strategies == ("placeholder", "inline", "pieces")
    assert model.calls == []


def test_without_placeholders_first_plain_segments_still_go_direct_in_the_first_call():
    plain = Segment(0, 0, 10, "Без имён.", "ru")
    named = Segment(1, 0, 20, "Мэр Чанчунь говорит.", "ru",
                    terms=[Term("changchun", "Чанчунь", 4, 11, en="Changchun", zh="长春")])
    model = Model(lambda t: "translated " + t)
    translate_segments([plain, named], "ru", "en", model, ProtectOptions(strategies=("pieces",)))
    assert model.calls[0][0] == "Без имён."  # the plain segment rides in the first (only) call
    assert len(model.calls) == 1
    assert plain.translations["en"].strategy == "direct"
    assert plain.translations["en"].text == "Translated Без имён."
    assert named.translations["en"].strategy == "pieces"
    assert "Changchun" in named.translations["en"].text and named.terms[0].targets["en"] == "retried"


def test_only_plain_segments_with_inline_first():
    plain = Segment(0, 0, 10, "Без имён.", "ru")
    model = Model(lambda t: "x " + t)
    translate_segments([plain], "ru", "en", model, ProtectOptions(strategies=("inline", "pieces")))
    assert len(model.calls) == 1 and plain.translations["en"].strategy == "direct"


@pytest.mark.slow
def test_job_probes_each_model_once_and_reports_it(tiny_models, seeds_dir, repo_root, tmp_path):
    """The tiny random models keep neither placeholders nor inline terms: the job goes to pieces."""
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(seeds_dir.glob("*.txt"))[:3]:
        (src / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--to", "en,zh", "--config",
                                    str(tiny_models), "--glossary", str(repo_root / "glossaries"), "--window", "1"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    probes = report["term_strategies"]
    assert probes, report
    for key, p in probes.items():
        assert p["configured"] == ["placeholder", "inline", "pieces"]
        assert p["probe"]["placeholder"].startswith("0/") and p["probe"]["inline"].startswith("0/"), (key, p)
        assert p["strategies"] == ["pieces"]
    assert "strategies used: pieces" in res.output
    strategies = report["counts"]["strategies"]
    assert not any(k.endswith(":inline") for k in strategies)
    assert report["counts"]["terms"]["unverified"] == 0
    assert report["signature"]["term_strategies"] == ["placeholder", "inline", "pieces"]


@pytest.mark.slow
def test_toy_model_keeps_placeholders_and_drops_inline(toy_models, tmp_path):
    # Into Chinese: the toy model has no way to write 长春 (not in its lexicon), so inline fails, while the
    # placeholder, split into pieces by its vocabulary like any Latin code, is copied through.  (Into
    # English the toy model now copies "Changchun" as it copies any Latin name, so inline passes there.)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("мэр Чанчунь посетил город.\n", encoding="utf-8")
    glossary = tmp_path / "g.yaml"
    glossary.write_text('entries:\n  - id: changchun\n    kind: place\n    en: "Changchun"\n    zh: "长春"\n'
                        '    aliases:\n      ru: ["Чанчунь"]\n', encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--to", "zh", "--config", str(toy_models),
                                    "--glossary", str(glossary)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (p,) = report["term_strategies"].values()
    assert p["probe"]["inline"].startswith("0/") and "inline" not in p["strategies"]
    # How well a placeholder shape the toy model never saw in training is copied into Chinese is the model's
    # generalisation, and it differs between builds (a build on another machine gave 2 of 12 for the best shape,
    # one on the CI machine 3 or more): the decision must follow the probe's count either way.
    passed, tried = map(int, p["probe"]["placeholder"].split("/"))
    assert passed == p["shapes"][p["shape"]] == max(p["shapes"].values())
    if passed >= MIN_RATE * tried:
        assert p["strategies"] == ["placeholder", "pieces"]
        assert report["counts"]["strategies"] == {"zh:direct": 1}
    else:
        assert p["strategies"] == ["pieces"] and report["counts"]["strategies"] == {"zh:pieces": 1}
    rec = json.loads((out / "a.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert "长春" in rec["zh"] and rec["terms"][0]["status"] in ("verified", "retried")


@pytest.mark.slow
def test_a_model_that_mangles_placeholders_like_nllb(toy_models):
    """The toy model behind NLLB-like placeholder mangling: the probe drops the placeholder strategy and
    nothing placeholder-shaped reaches an output, whatever the model did to it."""
    from mtpipe.config import load_config
    from mtpipe.document import Document
    from mtpipe.models.build_test import mangle_placeholders
    from mtpipe.translator import TranslatorPool

    pool = TranslatorPool(load_config(toy_models))

    def model(texts):
        return [mangle_placeholders(o, t) for t, o in zip(texts, pool.translate(texts, "ru", "en"))]

    r = probe_strategies(model, ["ru"], "en")
    assert "placeholder" not in r.strategies and len(r.shapes) == 4  # every shape tried, none kept
    segs = probe_segments(["ru"])
    translate_segments(segs, "ru", "en", model, ProtectOptions(strategies=("placeholder", "inline")))
    for s in segs:
        doc = Document.from_text(s.source)
        s.index = 0
        doc.segments = [s]
        doc.check(["en"])  # no leak
        assert s.translations["en"].strategy in ("direct", "inline")
        assert not re.search(r"(?i)T\s?E\s?R\s?M\s?\d|ТЕРМ", s.translations["en"].text)


def test_no_term_probe_and_bad_strategies(tiny_models, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Мэр Чанчуня выступил.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(tmp_path / "o"), "--config", str(tiny_models),
                                    "--no-glossary", "--term-strategies", "placeholder,magic"])
    assert res.exit_code == 2 and "unknown term strategies ['magic']" in res.output


@pytest.mark.slow
def test_a_later_job_reads_the_probe_from_the_cache_until_the_model_changes(tiny_models, tmp_path, monkeypatch):
    import os

    from mtpipe.config import load_config
    from mtpipe.pipeline import Job, TranslateOptions

    monkeypatch.setenv("MTPIPE_CACHE", str(tmp_path / "cache"))
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Мэр Чанчуня выступил в Гирине.\n", encoding="utf-8")
    glossary = tmp_path / "g.yaml"
    glossary.write_text('entries:\n  - id: changchun\n    kind: place\n    en: "Changchun"\n    zh: "长春"\n'
                        '    aliases:\n      ru: ["Чанчунь"]\n', encoding="utf-8")
    opts = TranslateOptions(config_path=str(tiny_models), targets=("en",), glossary_paths=(str(glossary),),
                            use_tm=False, resume=False)

    def run(n):
        job = Job.prepare(opts)
        calls = []
        real = job.pool.translate
        job.pool.translate = lambda texts, s, t: calls.append(len(texts)) or real(texts, s, t)
        job.run(src, tmp_path / f"out{n}")
        report = json.loads((tmp_path / f"out{n}" / "report.json").read_text(encoding="utf-8"))
        (probe,) = report["term_strategies"].values()
        return probe, calls

    first, calls1 = run(1)
    assert not first["cached"] and (tmp_path / "cache" / "term-probes.json").is_file()
    second, calls2 = run(2)
    assert second["cached"] and second["strategies"] == first["strategies"] and second["probe"] == first["probe"]
    # the probe calls are gone: one per placeholder shape tried, one for inline
    assert len(calls2) == len(calls1) - len(first["shapes"]) - 1
    # the model file changes: probe again
    spec = load_config(tiny_models).route("ru", "en")[0][2]
    model_bin = spec.resolved_path(None) / "model.bin"
    st = model_bin.stat()
    try:
        os.utime(model_bin, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        third, _ = run(3)
        assert not third["cached"]
    finally:
        os.utime(model_bin, ns=(st.st_atime_ns, st.st_mtime_ns))
    # an unreadable cache is ignored
    (tmp_path / "cache" / "term-probes.json").write_text("{not json", encoding="utf-8")
    fourth, _ = run(4)
    assert not fourth["cached"]


def test_a_warning_when_no_glossary_is_loaded(tiny_models, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./glossaries here
    Path("in").mkdir()
    Path("in/a.txt").write_text("Мэр выступил.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["translate", "in", "-o", "out", "--to", "en", "--config", str(tiny_models)])
    assert res.exit_code == 0, res.output
    assert "warning: no glossary loaded" in res.stderr
    res = CliRunner().invoke(main, ["translate", "in", "-o", "out2", "--to", "en", "--config", str(tiny_models),
                                    "--no-glossary"])
    assert res.exit_code == 0 and "no glossary" not in res.stderr


@pytest.mark.parametrize(("source", "expected"), [
    ("Мэр посетил Чанчунь.", "市长访问长春。"),  # the stop after a term at the end: a piece of its own, copied
    ("Мэр посетил Чанчунь?!", "市长访问长春？！"),
    ("Мэр посетил Чанчунь...", "市长访问长春…"),
    ("Мэр посетил Чанчунь, 3.5.", "市长访问长春，3.5。"),  # a piece without letters is copied; a number's point stays
])
def test_pieces_into_chinese_write_a_copied_pieces_marks_as_chinese_ones(source, expected):
    term = Term("changchun", "Чанчунь", source.index("Чанчунь"), source.index("Чанчунь") + 7, en="Changchun",
                zh="长春")
    seg = Segment(0, 0, len(source), source, "ru", terms=[term])
    words = {"Мэр посетил": "市长访问"}
    model = Model(lambda t: words.get(t, t))
    translate_segments([seg], "ru", "zh", model, ProtectOptions(strategies=("pieces",)))
    assert seg.translations["zh"].strategy == "pieces"
    assert seg.translations["zh"].text == expected and seg.terms[0].targets["zh"] in ("verified", "retried")

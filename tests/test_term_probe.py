"""The term-strategy probe: which strategies a model carries terms through, decided once per job."""

import json
import re

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.document import Segment, Term
from mtpipe.glossary import ProtectOptions, translate_segments
from mtpipe.glossary.probe import PROBE_NAMES, PROBE_SENTENCES, probe_segments, probe_strategies


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
    assert len(model.calls) == 2  # one call per probed strategy


def test_a_model_that_drops_placeholders_goes_straight_to_inline():
    model = Model(lambda t: re.sub(r"TERM\d+", "", t))
    r = probe_strategies(model, ["ru"], "en")
    assert r.passed == {"placeholder": 0, "inline": 12}
    assert r.strategies == ("inline", "pieces")
    assert r.to_dict()["probe"] == {"placeholder": "0/12", "inline": "12/12"}


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
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("мэр Чанчунь посетил город.\n", encoding="utf-8")
    glossary = tmp_path / "g.yaml"
    glossary.write_text('entries:\n  - id: changchun\n    kind: place\n    en: "Changchun"\n    zh: "长春"\n'
                        '    aliases:\n      ru: ["Чанчунь"]\n', encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--to", "en", "--config", str(toy_models),
                                    "--glossary", str(glossary)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (p,) = report["term_strategies"].values()
    assert p["strategies"] == ["placeholder", "pieces"]
    assert int(p["probe"]["placeholder"].split("/")[0]) >= 9
    assert report["counts"]["strategies"] == {"en:direct": 1}


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
    assert len(calls2) == len(calls1) - 2  # the two probe calls are gone
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

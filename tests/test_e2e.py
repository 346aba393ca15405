"""End to end through files with real CTranslate2 models that the suite builds itself."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main

pytestmark = pytest.mark.slow


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _records(path: Path):
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory, tiny_models, seeds_dir, repo_root):
    out = tmp_path_factory.mktemp("seeds-out")
    res = _run("translate", seeds_dir, "-o", out, "--to", "en,zh", "--config", tiny_models,
               "--glossary", repo_root / "glossaries", "--format", "jsonl,tmx,text,html")
    assert res.exit_code == 0, res.output
    return out


def test_every_seed_has_all_outputs(seeds_out, seeds_dir):
    seeds = sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert len(seeds) == 5
    for name in seeds:
        stem = name[:-4]
        recs = _records(seeds_out / f"{stem}.jsonl")
        assert recs, name
        for r in recs:
            for key in ("doc", "index", "src_lang", "source", "start", "end", "en", "zh", "terms", "flags"):
                assert key in r, (name, key)
            assert isinstance(r["en"], str) and isinstance(r["zh"], str)
        ET.parse(seeds_out / f"{stem}.tmx")
        for lang in ("en", "zh"):
            assert (seeds_out / f"{stem}.{lang}.txt").read_text(encoding="utf-8").strip()
        assert (seeds_out / f"{stem}.html").exists()
    report = json.loads((seeds_out / "report.json").read_text(encoding="utf-8"))
    assert report["signature"]["glossary_hash"]
    assert report["signature"]["routes"]


def test_offsets_slice_normalised_text_and_entities(seeds_out, seeds_dir):
    from mtpipe.clean import Cleaner
    from mtpipe.ingest import read_document

    ents = {e["id"]: e for e in map(json.loads, (seeds_out / "entities.jsonl").read_text(encoding="utf-8").splitlines())}
    texts = {}
    for p in seeds_dir.glob("*.txt"):
        texts[p.name] = Cleaner()(read_document(p, seeds_dir)).text  # after spam repair
    for rec in (r for p in seeds_out.glob("*.jsonl") if not p.name.endswith(".ledger.jsonl") and p.name != "entities.jsonl"
                for r in _records(p)):
        assert texts[rec["doc"]][rec["start"]:rec["end"]] == rec["source"]
    wang = ents["wang-zilian"]
    in000 = [o for o in wang["occurrences"] if o["doc"].startswith("000_")]
    assert len(in000) == 5
    for o in wang["occurrences"]:
        assert texts[o["doc"]][o["start"]:o["end"]] == o["source"]
    assert len([o for o in ents["wang-junzheng"]["occurrences"] if o["doc"].startswith("002_")]) == 7


def test_english_passthrough_is_normalised(seeds_out):
    recs = _records(seeds_out / "004_356050e207d39aca.jsonl")
    en = " ".join(r["en"] for r in recs)
    sources = " ".join(r["source"] for r in recs)
    assert "Jingjunhai" not in en and "Jing Junhai" in en
    zone = "China-ROK (Changchun) International Cooperation Demonstration Zone"
    assert "China-South Korea (Changchun)" in sources  # the source keeps the original wording
    assert "China-South Korea (Changchun)" not in en and zone in en
    norm = [t for r in recs for t in r["terms"] if t.get("targets", {}).get("en") == "normalized"]
    assert any(t["id"] == "china-rok-changchun-zone" and t["source"].startswith("China-South Korea") for t in norm)
    ledger = _records(seeds_out / "004_356050e207d39aca.ledger.jsonl")
    rewrites = [e for e in ledger if e.get("rule") == "normalize.alias"]
    assert len(rewrites) == len(norm)
    assert all(e["replacement"] in (zone, "Jing Junhai", "Changchun") or e["replacement"] for e in rewrites)


def test_index_command_reads_outputs_without_models(seeds_out):
    res = _run("index", seeds_out, "--entity", "wang-zilian", "--json")
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output.splitlines()[0])
    assert rec["id"] == "wang-zilian" and rec["mentions"] >= 5


def test_report_counts_match_jsonl(seeds_out):
    report = json.loads((seeds_out / "report.json").read_text(encoding="utf-8"))
    recs = [r for p in seeds_out.glob("*.jsonl") if not p.name.endswith(".ledger.jsonl") and p.name != "entities.jsonl"
            for r in _records(p)]
    counts = report["counts"]
    assert counts["segments"] == len(recs)
    terms = [t for r in recs for t in r["terms"]]
    assert counts["terms"]["total"] == len(terms)
    for status in ("verified", "retried", "unverified"):
        assert counts["terms"].get(status, 0) == sum(t["status"] == status for t in terms)


def test_streamed_index_equals_the_in_memory_one(seeds_out, tmp_path):
    """The job writes entities.jsonl through SQLite (bounded memory); it must equal build_index's."""
    import shutil

    from mtpipe.entities import build_index, consistency, palladius_name_finder, write_index

    copy = tmp_path / "out"
    shutil.copytree(seeds_out, copy)
    written = (copy / "entities.jsonl").read_bytes()  # what the job wrote (write_index)
    ents = build_index(copy, name_finder=palladius_name_finder)
    assert (copy / "entities.jsonl").read_bytes() == written
    rows = write_index(copy, name_finder=palladius_name_finder)
    assert (copy / "entities.jsonl").read_bytes() == written
    assert rows == consistency(ents)
    report = json.loads((seeds_out / "report.json").read_text(encoding="utf-8"))
    assert report["consistency"] == rows
    assert not list((copy / ".mtpipe").glob("index-*")) and not list(copy.glob(".tmp-*"))
    # `mtpipe index --rebuild` writes the same file as the job
    res = _run("index", copy, "--rebuild", "--json")
    assert res.exit_code == 0, res.output
    assert (copy / "entities.jsonl").read_bytes() == written

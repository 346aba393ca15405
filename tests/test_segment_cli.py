"""``mtpipe segment``: JSON lines per document, the ledger, bad files, exit codes."""

import json

import pytest
from click.testing import CliRunner

from mtpipe.cli import main


def run(*args):
    return CliRunner().invoke(main, ["segment", *map(str, args)], catch_exceptions=False)


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_json_one_object_per_document(seeds_dir):
    r = run(seeds_dir, "--json")
    assert r.exit_code == 0, r.output
    recs = records(r.stdout)
    assert [x["doc"] for x in recs] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    for rec in recs:
        assert rec["segments"] and {"doc", "segments", "ledger"} <= set(rec)
        for s in rec["segments"]:
            assert {"index", "src_lang", "source", "start", "end"} <= set(s)
            assert "terms" not in s  # only once a glossary is applied
        for e in rec["ledger"]:
            assert {"rule", "action", "text", "start", "end"} <= set(e)
            assert e["action"] in ("removed", "repaired", "flagged")
            assert ("replacement" in e) == (e["action"] == "repaired")


def test_ledger_offsets_point_into_the_raw_file(seeds_dir):
    f = next(seeds_dir.glob("003_*"))
    raw = f.read_text(encoding="utf-8")
    (rec,) = records(run(f, "--json").stdout)
    repairs = [e for e in rec["ledger"] if e["action"] == "repaired"]
    assert len(repairs) == 15
    for e in repairs:
        assert raw[e["start"]:e["end"]] == e["text"] == "w88.is"
        assert e["replacement"].lower() == "thành"
    assert not any("w88.is" in s["source"] for s in rec["segments"])


def test_segments_slice_the_normalised_text(seeds_dir):
    from mtpipe.ingest import read_document

    f = next(seeds_dir.glob("000_*"))
    (rec,) = records(run(f, "--json").stdout)
    text = read_document(f).text
    for s in rec["segments"]:
        assert text[s["start"]:s["end"]] == s["source"]


def test_keep_boilerplate_keeps_the_chrome(seeds_dir):
    f = next(seeds_dir.glob("004_*"))
    (cleaned,) = records(run(f, "--json").stdout)
    (kept,) = records(run(f, "--json", "--keep-boilerplate").stdout)
    assert not any("hotline" in s["source"] for s in cleaned["segments"])
    assert any("hotline" in s["source"] for s in kept["segments"])
    assert not [e for e in kept["ledger"] if e["action"] == "removed"]


def test_text_output_shows_segments_and_ledger(seeds_dir):
    r = run(next(seeds_dir.glob("004_*")))
    assert r.exit_code == 0
    assert "chrome.hotline" in r.stdout and " en " in r.stdout


def test_bad_file_warns_and_the_rest_go_on(tmp_path):
    (tmp_path / "a.txt").write_text("Мэр провёл совещание. Оно было долгим.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp_path / "c.txt").write_text("Hello there. How are you?", encoding="utf-8")
    r = run(tmp_path, "--json")
    assert r.exit_code == 1
    assert [x["doc"] for x in records(r.stdout)] == ["a.txt", "c.txt"]
    warn = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(warn) == 1 and "b.txt" in warn[0] and "binary" in warn[0]


def test_missing_path_is_exit_1(tmp_path):
    r = run(tmp_path / "nope.txt")
    assert r.exit_code == 1 and "nope.txt" in r.stderr


@pytest.mark.parametrize("args", [[], ["--no-such-option", "x"]])
def test_usage_errors_are_exit_2(args):
    assert run(*args).exit_code == 2


def test_bad_rules_file_is_one_line_error(tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text('[[rule]]\nname = "x"\npattern = "(unclosed"\n')
    f = tmp_path / "a.txt"
    f.write_text("Hello there.")
    r = run(f, "--rules", rules)
    assert r.exit_code == 1 and "r.toml: rule 'x': bad pattern" in r.stderr


def test_extra_rules_file_applies(tmp_path):
    rules = tmp_path / "mine.toml"
    rules.write_text('[[rule]]\nname = "mine.subscribe"\npattern = \'Subscribe to our newsletter!?\'\n')
    f = tmp_path / "a.txt"
    f.write_text("The mayor spoke.\n\nSubscribe to our newsletter!\n\nThe meeting ended.")
    (rec,) = records(run(f, "--json", "--rules", rules).stdout)
    assert [e["rule"] for e in rec["ledger"]] == ["mine.subscribe"]
    assert [s["source"] for s in rec["segments"]] == ["The mayor spoke.", "The meeting ended."]


def test_glossary_adds_terms(repo_root, seeds_dir):
    pytest.importorskip("mtpipe.glossary")
    f = next(seeds_dir.glob("000_*"))
    (rec,) = records(run(f, "--json", "--glossary", repo_root / "glossaries").stdout)
    terms = [t for s in rec["segments"] for t in s["terms"]]
    assert any(t["source"] == "Ван Цзылянь" and t["en"] == "Wang Zilian" for t in terms)


def test_document_warnings_go_to_stderr_without_failing(tmp_path):
    f = tmp_path / "chrome.txt"
    f.write_text("Post a Comment\n\nNo comments:\n")
    r = run(f)
    assert r.exit_code == 0
    assert "chrome.txt" in r.stderr and "nothing left to translate" in r.stderr


def test_text_output_shows_metadata(seeds_dir):
    r = run(next(seeds_dir.glob("000_*")))
    assert "meta date=2024-01-24, source=CCFAO" in r.stdout


def test_every_document_warning_names_its_document_once(tmp_path):
    """Whatever stage warns (reading, cleaning, language ID), the line names the file, once."""
    (tmp_path / "uk.txt").write_text("Міністр закордонних справ України зустрівся з делегацією. "
                                     "Сторони обговорили співпрацю у сфері торгівлі та інвестицій.", encoding="utf-8")
    (tmp_path / "bytes.txt").write_bytes("Мэр провёл совещание. Оно было долгим.".encode() + b" \xff\n")
    (tmp_path / "chrome.txt").write_text("Post a Comment\n\nNo comments:\n", encoding="utf-8")
    r = run(tmp_path, "--json")
    assert r.exit_code == 0, r.output
    warn = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(warn) >= 3
    for line in warn:
        name = line.removeprefix("warning: ").split(": ", 1)[0]
        assert name in ("uk.txt", "bytes.txt", "chrome.txt"), line
        assert line.count(name) == 1, line
    assert {line.removeprefix("warning: ").split(": ", 1)[0] for line in warn} == {"uk.txt", "bytes.txt", "chrome.txt"}

"""The bad-input suite: every case names the file and the reason, other documents go through,
the report lists every problem, and the exit code follows the policy (0 done, 1 some failed, 2 usage)."""

import gzip
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main

GOOD = "Мэр Ван Цзылянь посетил Чанчунь и провёл совещание о развитии промышленных парков города."

# name -> (bytes or callable(tmp_dir, path), expected outcome: "ok" | "warn" | "fail", words in the message)
CASES = {
    "empty.txt": (b"", "warn", ["empty"]),
    "blank.txt": (b"  \n\n\t \n", "warn", ["empty"]),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "fail", ["PNG"]),
    "program.txt": (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "fail", ["ELF"]),
    "archive.txt": (gzip.compress(b"x" * 100 + b"\x00" * 900), "fail", ["gzip"]),  # unpacked: binary inside
    "broken-utf8.txt": (GOOD.encode() + b"\xff\xfe" + GOOD.encode(), "ok", []),
    "cp1251.txt": (GOOD.encode("cp1251"), "ok", []),
    "koi8.txt": (GOOD.encode("koi8_r"), "ok", []),
    "gb18030.txt": ("王子联视察了长春新区，强调要加快产业园区建设，推动高质量发展。".encode("gb18030"), "ok", []),
    "utf16.txt": (GOOD.encode("utf-16"), "ok", []),
    "nul-bytes.txt": ((GOOD + "\x00" + GOOD).encode(), "ok", []),
    "no-punctuation.txt": (("слово другое " * 1600).encode(), "ok", []),
    "only-boilerplate.txt": ("Customer service hotline: 4000085670\n\nNo comments:\n\nPost a Comment\n".encode(), "warn",
                             ["nothing left to translate"]),  # counted as empty, its ledger kept
    "mixed.txt": ("Мэр Ван Цзылянь провёл совещание. The mayor spoke about parks. Thị trưởng phát biểu hôm nay. 市长王子联讲话。".encode(), "ok", []),
    "name with spaces 'quotes' \"dq\" ünï.txt": (GOOD.encode(), "ok", []),
    "new\nline.txt": (GOOD.encode(), "ok", []),
    "<img src=x onerror=alert(1)>.txt": (("<script>alert('x')</script> & \"]]> " + GOOD).encode(), "ok", []),
}


@pytest.fixture(scope="module")
def bad_run(tiny_models, tmp_path_factory):
    src = tmp_path_factory.mktemp("bad-in")
    for name, (data, _, _) in CASES.items():
        (src / name).write_bytes(data)
    (src / "huge.txt").write_bytes(b"a" * 1000 + b"b" * (100 * 1024 * 1024))  # a 100 MB single line
    (src / "dangling.txt").symlink_to(src / "no-such-target.txt")
    sub = src / "sub"
    sub.mkdir()
    (sub / "loop").symlink_to(src)  # a symlink loop: must not be followed
    (sub / "fine.md").write_text(GOOD, encoding="utf-8")
    if os.geteuid() != 0:
        (src / "secret.txt").write_text(GOOD)
        (src / "secret.txt").chmod(0)
    out = tmp_path_factory.mktemp("bad-out")
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--config", str(tiny_models),
                                    "--format", "jsonl,tmx,text,html", "--no-glossary"])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return src, out, res, report


def test_exit_code_is_1_when_some_documents_failed(bad_run):
    _, _, res, report = bad_run
    assert res.exit_code == 1, res.output
    assert report["exit_code"] == 1


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c[1] == "fail"] + ["huge.txt", "dangling.txt"])
def test_failures_are_named_with_reason_in_output_and_report(bad_run, name):
    _, _, res, report = bad_run
    probs = [p for p in report["problems"] if Path(p["file"]).name == name]
    assert len(probs) == 1, report["problems"]
    words = CASES[name][2] if name in CASES else (["MB", "limit"] if name == "huge.txt" else ["not found"])
    for w in words:
        assert w in probs[0]["reason"]
    assert any(name in line and "error" in line for line in res.output.splitlines())


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c[1] == "ok"] + ["sub/fine.md"])
def test_other_documents_still_go_through(bad_run, name):
    _, out, _, _ = bad_run
    from mtpipe.safety import safe_output_path

    path = safe_output_path(out, name, ".jsonl")
    assert path.exists(), name
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert rec["en"] is not None and rec["zh"] is not None


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c[1] == "warn"])
def test_empty_documents_are_warned_about(bad_run, name):
    _, _, res, report = bad_run
    assert any(name in w and all(word in w for word in CASES[name][2]) for w in report["warnings"])


def test_document_counts_add_up_to_the_inputs(bad_run):
    """Every input is counted once: translated, failed, done before or empty (no warning-only inputs)."""
    _, _, res, report = bad_run
    d = report["counts"]["documents"]
    empty = [n for n, c in CASES.items() if c[1] == "warn"]
    assert d["empty"] == len(empty) and sorted(Path(p).name for p in report["empty"]) == sorted(empty)
    refused = sum(p["stage"] == "input" for p in report["problems"])  # refused while listing: never planned
    assert d["ok"] + d["failed"] - refused + d["skipped"] + d["empty"] == sum(report["plan"].values()), report["plan"]
    assert f"{len(empty)} empty" in res.output
    # an empty document's warning names it by its id, once (as every document warning does)
    assert sum(w == "empty.txt: empty or whitespace only, nothing to translate" for w in report["warnings"]) == 1


def test_only_boilerplate_keeps_its_ledger(bad_run):
    _, out, _, _ = bad_run
    led = [json.loads(l) for l in (out / "only-boilerplate.ledger.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(1 for e in led if e.get("type") == "ledger") == 3


def test_long_unpunctuated_sentence_was_split_to_fit(bad_run):
    _, out, _, _ = bad_run
    recs = [json.loads(l) for l in (out / "no-punctuation.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) > 1 and all(r.get("part") for r in recs)


def test_nothing_written_outside_and_markup_escaped(bad_run):
    src, out, _, _ = bad_run
    for p in out.rglob("*"):
        assert out.resolve() in p.resolve().parents or p.resolve() == out.resolve()
    page = next(out.glob("*onerror*.html")).read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    import xml.etree.ElementTree as ET

    for tmx in out.rglob("*.tmx"):
        ET.parse(tmx)


def test_symlink_loop_not_followed(bad_run):
    _, out, _, report = bad_run
    assert not (out / "sub" / "loop").exists()


USAGE = [
    (["translate", "{file}", "-o", "{out}"], "is a file, expected a folder"),
    (["translate", "{missing}", "-o", "{out}"], "input folder not found"),
    (["translate", "{empty}", "-o", "{out}", "--config", "{tiny}"], "no .txt, .md or .html documents"),
    (["translate", "{empty}", "-o", "{out}", "--config", "{empty}"], "is a folder"),
    (["translate", "{empty}", "-o", "{out}", "--config", "{badtoml}"], "malformed TOML"),
    (["translate", "{src}", "-o", "{out}", "--config", "{tiny}", "--glossary", "{badglossary}"], "bad.yaml:"),
    (["translate", "{src}", "-o", "{out}", "--to", "fr"], "unsupported target language"),
]


@pytest.mark.parametrize("args,message", USAGE)
def test_usage_and_config_errors(tiny_models, tmp_path, args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(GOOD)
    (tmp_path / "f.txt").write_text(GOOD)
    (tmp_path / "bad.toml").write_text("[models\n")
    (tmp_path / "bad.yaml").write_text("entries:\n  - id: x\n    en: [oops\n")
    subst = {"file": tmp_path / "f.txt", "out": tmp_path / "out", "missing": tmp_path / "nope", "empty": tmp_path / "empty",
             "tiny": tiny_models, "badtoml": tmp_path / "bad.toml", "src": tmp_path / "src",
             "badglossary": tmp_path / "bad.yaml"}
    res = CliRunner().invoke(main, [a.format(**{k: str(v) for k, v in subst.items()}) for a in args])
    assert res.exit_code in (1, 2), res.output
    assert message in res.output
    if "no .txt" in message:
        assert res.exit_code == 1
    else:
        assert res.exit_code == 2
    assert "Traceback" not in res.output


def test_same_name_different_extension_is_reported_not_overwritten(tiny_models, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.md").write_text("Мэр Ван Цзылянь посетил Чанчунь.", encoding="utf-8")
    (src / "a.txt").write_text("Thị trưởng thăm thành phố hôm nay.", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--config", str(tiny_models), "--no-glossary"])
    assert res.exit_code == 1
    assert "a.txt" in res.output and "would overwrite" in res.output
    assert "a.md" in res.output
    assert not (out / "a.jsonl").exists()  # neither overwrites the other (issue 13): both are reported


def test_review_index_lists_this_runs_failed_documents(bad_run):
    """index.html is built before report.json is written: it must list this run's failures."""
    _, out, _, report = bad_run
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"Failed documents ({len(report['problems'])})" in index
    for name in ("image.txt", "program.txt", "archive.txt"):
        assert name in index


def test_a_file_with_nothing_left_after_cleaning_counts_as_empty(tiny_models, tmp_path):
    """Field trial 5: one-line files of only a number were counted as translated (with a warning each),
    where an empty file is counted as empty.  They count as empty, on the first run and on a resume; their
    ledger is kept (what cleaning removed)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt").write_text("12345\n", encoding="utf-8")
    (src / "blank.txt").write_text("\n", encoding="utf-8")
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    args = ["translate", str(src), "-o", str(tmp_path / "out"), "--config", str(tiny_models), "--no-glossary"]
    for _ in range(2):  # the first run, then a resume
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 0, res.output
        report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
        d = report["counts"]["documents"]
        assert d["empty"] == 2 and d["ok"] + d["skipped"] == 1, d
        assert sorted(Path(p).name for p in report["empty"]) == ["blank.txt", "page.txt"]
        assert "2 empty" in res.output
    assert (tmp_path / "out" / "page.ledger.jsonl").exists()

"""Findings of field trial 6 (docs/field-trial-6.md), each a case that failed before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.errors import IngestError
from mtpipe.glossary.interchange import InterchangeOptions, read_entries
from mtpipe.ingest import read_document
from mtpipe.ingest_options import IngestOptions


@pytest.mark.parametrize("size", [403_000, 1_500_000])
def test_too_long_by_its_bytes_names_the_bytes_not_zero_megabytes(tmp_path, size):
    # a 403 KB file under --max-chars 100000 was "too long for one document: 0 MB, over the limit of 100,000 characters"
    f = tmp_path / "dump.txt"
    f.write_bytes(("Đây là một câu tiếng Việt.\n\n" * (size // 30 + 1)).encode("utf-8")[:size])
    limit = size // 4 - 1000
    with pytest.raises(IngestError) as e:
        read_document(f, tmp_path, IngestOptions(max_chars=limit))
    msg = str(e.value)
    assert f"{size:,} bytes" in msg and f"{limit:,} characters" in msg and " 0 MB" not in msg and "mtpipe split" in msg


@pytest.mark.parametrize("header", ["source,target", "Source,Target", "term,translation", "source\ttarget",
                                    "source,target,source_lang,target_lang"])
def test_a_header_row_of_a_pair_file_is_no_entry(header):
    # "source,target" above a DeepL-style list became an entry "target" with the Russian alias "source"
    sep = "\t" if "\t" in header else ","
    rows = [header] + [sep.join(r) for r in (("Мао Нин", "Mao Ning"), ("Ван Вэньбинь", "Wang Wenbin"))]
    if header.count(",") == 3:
        rows[1:] = [r + ",ru,en" for r in rows[1:]]
    res = read_entries("\n".join(rows) + "\n", "deepl-tsv" if sep == "\t" else "deepl",
                       InterchangeOptions(source_lang="ru", target_lang="en"))
    assert sorted(e["en"] for e in res.entries) == ["Mao Ning", "Wang Wenbin"]
    assert any("header" in n for n in res.notes)


def test_a_pair_whose_words_are_no_header_is_kept():
    res = read_entries("цель,target\nисточник,source\n", "deepl", InterchangeOptions(source_lang="ru", target_lang="en"))
    assert sorted(e["en"] for e in res.entries) == ["source", "target"] and not res.notes


def test_import_prints_the_skipped_header(tmp_path):
    gl = tmp_path / "gl"
    gl.mkdir()
    (gl / "a.yaml").write_text("entries: []\n", encoding="utf-8")
    src = tmp_path / "names.csv"
    src.write_text("source,target\nМао Нин,Mao Ning\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["glossary", "--glossary", str(gl), "import", str(src), "--dry-run"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "header" in res.output and '"target"' not in res.output and "Mao Ning" in res.output


def _sleep_as_a_job_worker(job_pid: int) -> None:
    import time

    from mtpipe.executors.workers import _watch_job

    _watch_job(job_pid)  # what every worker of a job runs first (the pools' initializers)
    time.sleep(30)


def test_ctrl_c_ends_a_job_worker_quietly(capfd):
    # Ctrl-C reaches the terminal's whole process group: each worker printed a 20-line KeyboardInterrupt traceback
    # of the pool's queue (and the job, with a worker gone mid-call, aborted: exit -6 instead of 130)
    import multiprocessing
    import os
    import signal
    import time

    p = multiprocessing.get_context("spawn").Process(target=_sleep_as_a_job_worker, args=(os.getpid(),))
    p.start()
    time.sleep(3)  # spawned and in its sleep
    os.kill(p.pid, signal.SIGINT)
    p.join(10)
    err = capfd.readouterr().err
    assert p.exitcode == 130 and "Traceback" not in err and "KeyboardInterrupt" not in err, (p.exitcode, err)


@pytest.mark.parametrize("text", [
    # a real baomoi article (field trial 6): the company's domain, explained in brackets, was flagged as spam
    "Ông là người đồng sáng lập trang thương mại điện tử JD.com (Trung tâm mua sắm Jingdong). Nhờ trang này ông giàu lên.",
    "Bà mua hàng trên sàn thương mại điện tử Taobao.com (thuộc tập đoàn Alibaba) mỗi tuần.",
])
def test_a_domain_explained_in_brackets_is_no_spam(text):
    from mtpipe.clean.spam import SpamRepair

    assert SpamRepair().plan(text) == []


@pytest.mark.parametrize("text", ["Dịp Tết cận vaobo.com bất kỳ ai cũng muốn về quê.",
                                  "Chuyện ngẫu nhiên mà vaobo.com Mc Donalds cũng làm.",
                                  "Dịp Tết cận kubet88.com (bất kỳ ai) cũng muốn về quê."])
def test_a_domain_pasted_over_a_syllable_is_still_flagged(text):
    from mtpipe.clean.spam import SpamRepair

    assert [p[3] for p in SpamRepair().plan(text)] in (["vaobo.com"], ["kubet88.com"])


def test_split_parts_folder_scans_without_a_warning_about_its_own_manifest(tmp_path):
    # `mtpipe split` then `mtpipe translate parts` (the README's two steps) warned "skipped 1 file of types mtpipe
    # does not read: .json 1" about split's own NAME.parts.json; any other .json is still counted
    from mtpipe.inputs import scan_inputs
    from mtpipe.split_large import split_file

    src = tmp_path / "dump.txt"
    src.write_text("".join(f"Đoạn văn số {i} nói về một chuyện khác.\n\n" for i in range(300)), encoding="utf-8")
    parts = tmp_path / "parts"
    split_file(src, parts, 2000)
    scan = scan_inputs(parts)
    assert len(scan.files) >= 5 and not scan.warnings, scan.warnings
    (parts / "notes.json").write_text("{}", encoding="utf-8")
    (parts / "other.parts.json").write_text("{}", encoding="utf-8")  # no other.part001.txt beside it
    assert any(".json 2" in w for w in scan_inputs(parts).warnings)

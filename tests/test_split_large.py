"""A file over --max-chars: refused with a hint naming `mtpipe split`, which cuts it at paragraph breaks into
parts that concatenate to the text exactly and go through `mtpipe translate` (field trial 5, D)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.split_large import cut_points


def _seeds_text(seeds_dir: Path) -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt")))


@pytest.mark.parametrize("limit", [1, 7, 80, 300, 1000, 5000, 10**6])
def test_parts_are_the_text_exactly_and_never_over_the_limit(seeds_dir, limit):
    text = _seeds_text(seeds_dir)
    parts = cut_points(text, limit)
    assert "".join(text[a:b] for a, b in parts) == text
    assert all(0 < b - a <= limit for a, b in parts)
    assert all(parts[i][1] == parts[i + 1][0] for i in range(len(parts) - 1))
    for a, b in parts[:-1]:
        if b < len(text):
            assert not unicodedata.combining(text[b])  # a mark stays with its letter


def test_a_part_ends_at_a_paragraph_break_when_its_second_half_has_one(seeds_dir):
    text = _seeds_text(seeds_dir)
    limit = 1000
    for a, b in cut_points(text, limit)[:-1]:
        half = text[a + limit // 2:a + limit]
        if "\n\n" in half:
            assert text[a:b].endswith("\n\n") or text[a:b].endswith("\n\n\n"), repr(text[b - 20:b + 5])
            assert text[b] != "\n"  # the blank lines stay with the part before
        elif "\n" in half:
            assert text[a:b].endswith("\n")
        elif " " in half:
            assert text[a:b].endswith(" ")


def test_crlf_paragraphs_spaces_and_a_text_without_either():
    crlf = "Первый абзац.\r\n\r\nВторой абзац, подлиннее.\r\n\r\nТретий."
    parts = cut_points(crlf, 30)
    assert [crlf[a:b] for a, b in parts][0] == "Первый абзац.\r\n\r\n"
    assert "".join(crlf[a:b] for a, b in parts) == crlf
    words = "một hai ba bốn năm sáu bảy tám"
    assert all(words[a:b].endswith(" ") for a, b in cut_points(words, 10)[:-1])
    solid = unicodedata.normalize("NFD", "Việt" * 10)  # letters and combining marks, nothing to cut at
    parts = cut_points(solid, 5)
    assert "".join(solid[a:b] for a, b in parts) == solid
    assert all(not unicodedata.combining(solid[a]) for a, _ in parts)
    assert cut_points("", 5) == [(0, 0)]
    with pytest.raises(ValueError):
        cut_points("abc", 0)


@pytest.mark.slow
def test_refused_then_split_then_translated(tmp_path, tiny_models, seeds_dir):
    src = tmp_path / "in"
    src.mkdir()
    big = src / "big.txt"
    text = _seeds_text(seeds_dir)
    big.write_bytes(text.encode("utf-8"))
    limit = len(text) // 3
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(tmp_path / "out"), "--config", str(tiny_models),
                                    "--max-chars", str(limit), "--format", "jsonl"], catch_exceptions=False)
    assert res.exit_code == 1 and "too long for one document" in res.output
    assert "mtpipe split FILE -o DIR" in res.output and "raise --max-chars" in res.output

    parts = tmp_path / "parts"
    res = CliRunner().invoke(main, ["split", str(big), "-o", str(parts), "--max-chars", str(limit)],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    manifest = json.loads((parts / "big.parts.json").read_text(encoding="utf-8"))
    assert manifest["source"] == "big.txt" and manifest["encoding"].startswith("utf") and manifest["chars"] == len(text)
    rows = manifest["parts"]
    assert len(rows) >= 3 and [r["file"] for r in rows] == [f"big.part{n:03d}.txt" for n in range(1, len(rows) + 1)]
    assert "".join((parts / r["file"]).read_text(encoding="utf-8") for r in rows) == text
    assert all(text[r["start"]:r["end"]] == (parts / r["file"]).read_text(encoding="utf-8") for r in rows)

    out = tmp_path / "out2"
    res = CliRunner().invoke(main, ["translate", str(parts), "-o", str(out), "--config", str(tiny_models),
                                    "--max-chars", str(limit), "--format", "jsonl"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    docs = report["counts"]["documents"]
    assert docs["ok"] >= 2 and docs["ok"] + docs["empty"] == len(rows) and docs["failed"] == 0  # the tail: a footer
    for r in rows:
        if str(parts / r["file"]) not in report["empty"]:
            assert (out / r["file"].replace(".txt", ".jsonl")).read_text(encoding="utf-8").strip()


def test_html_is_not_cut(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>Текст.</p></body></html>", encoding="utf-8")
    res = CliRunner().invoke(main, ["split", str(page), "-o", str(tmp_path / "parts"), "--max-chars", "10"])
    assert res.exit_code == 1 and "HTML" in res.output

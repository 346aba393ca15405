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


def _fake_parts(tmp_path: Path, sources: list[str], outputs: dict[str, list[str]]) -> tuple[Path, Path]:
    """A parts folder as `mtpipe split` leaves it (``sources``: each part's text) and an output folder
    holding ``outputs[lang][k]`` as part k's text translation (None: no file)."""
    parts, out = tmp_path / "parts", tmp_path / "out"
    parts.mkdir()
    out.mkdir()
    rows, at = [], 0
    for k, text in enumerate(sources, 1):
        name = f"doc.part{k:03d}.txt"
        (parts / name).write_text(text, encoding="utf-8")
        rows.append({"file": name, "start": at, "end": at + len(text)})
        at += len(text)
        for lang, texts in outputs.items():
            if texts[k - 1] is not None:
                (out / f"doc.part{k:03d}.{lang}.txt").write_text(texts[k - 1], encoding="utf-8")
    (parts / "doc.parts.json").write_text(json.dumps({"source": "doc.txt", "parts": rows}), encoding="utf-8")
    return parts / "doc.parts.json", out


def test_joined_parts_keep_the_paragraph_break_at_each_boundary(tmp_path):
    """Field trial 6, D: the parts' outputs concatenated lacked the blank line where a part ended at a
    paragraph break. `mtpipe join` puts one there (also for a part cut at a single line break), and
    the language's sentence joiner where a part was cut inside a paragraph (at a space)."""
    from mtpipe.split_large import join_outputs

    sources = ["Первый абзац.\n\n", "Второй абзац.\nСтрока.\n", "Третий абзац начинается ", "и кончается.\n"]
    outputs = {"en": ["First paragraph.\n", "Second paragraph.\n\nLine.\n", "Third paragraph starts\n",
                      "and ends.\n"],
               "zh": ["第一段。\n", "第二段。\n\n一行。\n", "第三段开始\n", "结束。\n"]}
    manifest, out = _fake_parts(tmp_path, sources, outputs)
    done = join_outputs(manifest, out, tmp_path / "joined")
    assert sorted(f.name for f in done.files) == ["doc.en.txt", "doc.zh.txt"]
    assert (tmp_path / "joined" / "doc.en.txt").read_text(encoding="utf-8") == (
        "First paragraph.\n\nSecond paragraph.\n\nLine.\n\nThird paragraph starts and ends.\n")
    assert (tmp_path / "joined" / "doc.zh.txt").read_text(encoding="utf-8") == "第一段。\n\n第二段。\n\n一行。\n\n第三段开始结束。\n"


def test_join_says_which_part_translation_is_missing_and_skips_empty_parts(tmp_path):
    from mtpipe.split_large import join_outputs

    sources = ["Абзац.\n\n", "Ещё.\n\n", "© 2020\n"]
    manifest, out = _fake_parts(tmp_path, sources, {"en": ["Paragraph.\n", None, None]})
    with pytest.raises(ValueError, match=r"2 part translations missing \(doc\.part002\.en\.txt, doc\.part003"):
        join_outputs(manifest, out, tmp_path / "joined")
    # part 3 is an empty document for the job (its report says so): nothing to join, not missing
    (out / "report.json").write_text(json.dumps({"empty": [str(manifest.parent / "doc.part003.txt")]}),
                                     encoding="utf-8")
    (out / "doc.part002.en.txt").write_text("More.\n", encoding="utf-8")
    done = join_outputs(manifest, out, tmp_path / "joined")
    assert done.empty == ["doc.part003.txt"]
    assert (tmp_path / "joined" / "doc.en.txt").read_text(encoding="utf-8") == "Paragraph.\n\nMore.\n"
    res = CliRunner().invoke(main, ["join", str(manifest), str(tmp_path / "nothing-here"), "-o", str(tmp_path / "j")])
    assert res.exit_code == 2  # no such folder


def test_split_translate_join_reads_as_the_whole_file_translated(tmp_path, tiny_models, seeds_dir):
    """The whole loop on real text cut at paragraph breaks: the joined translation is the one of the
    file translated whole (the model sees the same sentences), byte for byte; the parts' outputs
    merely concatenated are not (a blank line missing at each boundary)."""
    text = (seeds_dir / "000_dbf2794f8ee0bbf0.txt").read_text(encoding="utf-8")  # several paragraphs
    whole_dir = tmp_path / "whole"
    whole_dir.mkdir()
    (whole_dir / "doc.txt").write_text(text, encoding="utf-8")
    limit = 2200  # its last paragraph (1,807 characters) a part of its own
    parts = tmp_path / "parts"
    common = ["--config", str(tiny_models), "--no-glossary", "--no-term-probe", "--format", "text"]
    for args in (["split", str(whole_dir / "doc.txt"), "-o", str(parts), "--max-chars", str(limit)],
                 ["translate", str(whole_dir), "-o", str(tmp_path / "out-whole"), *common],
                 ["translate", str(parts), "-o", str(tmp_path / "out-parts"), *common],
                 ["join", str(parts / "doc.parts.json"), str(tmp_path / "out-parts"), "-o", str(tmp_path / "joined")]):
        res = CliRunner().invoke(main, args, catch_exceptions=False)
        assert res.exit_code == 0, res.output
    rows = json.loads((parts / "doc.parts.json").read_text(encoding="utf-8"))["parts"]
    assert len(rows) >= 2 and all(text[r["start"]:r["end"]].endswith("\n\n") for r in rows[:-1])
    for lang in ("en", "zh"):
        whole = (tmp_path / "out-whole" / f"doc.{lang}.txt").read_text(encoding="utf-8")
        cat = "".join((tmp_path / "out-parts" / f"doc.part{k:03d}.{lang}.txt").read_text(encoding="utf-8")
                      for k in range(1, len(rows) + 1))
        assert cat != whole
        assert (tmp_path / "joined" / f"doc.{lang}.txt").read_text(encoding="utf-8") == whole

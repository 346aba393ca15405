"""bzip2 and xz inputs beside gzip (misc23 left them refused as "binary file (bzip2 data)"): a crawl or a dump
keeps pages, feeds and big texts as ``.bz2``/``.xz`` (Wikipedia and Common Crawl dumps are bzip2, many archives xz).
Read like gzip: by their magic bytes whatever the name, streams in a row read as one, unpacked to a bounded size,
damaged or cut-short data named; ``mtpipe split`` cuts a compressed dump too.  Real material: the repository's test
feeds and seeds, compressed here."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.ingest import read_document
from mtpipe.ingest_options import IngestError, IngestOptions
from mtpipe.inputs import packed_format, scan_inputs, unpack

DATA = Path(__file__).resolve().parent / "data"
REAL = [
    (DATA / "feeds2" / "rssparser__heise.atom", "heise.atom"),
    (DATA / "feeds" / "kapranoff.ru.cp1251.xml", "kapranoff.xml"),
    (DATA / "seeds" / "000_dbf2794f8ee0bbf0.txt", "seed.txt"),
]
PACK = {"bzip2": (bz2.compress, ".bz2"), "xz": (lzma.compress, ".xz"), "gzip": (gzip.compress, ".gz")}


@pytest.mark.parametrize("fmt", ["bzip2", "xz"])
@pytest.mark.parametrize(("src", "name"), REAL, ids=[n for _, n in REAL])
@pytest.mark.parametrize("how", ["suffix", "plain name"])
def test_a_compressed_file_reads_as_the_file_it_holds(tmp_path: Path, src: Path, name: str, how: str, fmt: str) -> None:
    pack, suffix = PACK[fmt]
    plain = tmp_path / name
    plain.write_bytes(src.read_bytes())
    packed = tmp_path / "z" / (name + suffix if how == "suffix" else name)
    packed.parent.mkdir()
    packed.write_bytes(pack(src.read_bytes()))
    want, got = read_document(plain, tmp_path), read_document(packed, tmp_path)
    assert got.text == want.text and got.text.strip()
    assert got.meta["encoding"] == want.meta["encoding"] and got.meta.get("read_as") == want.meta.get("read_as")
    assert got.meta["compressed"] == {"format": fmt, "bytes": packed.stat().st_size}
    assert not got.warnings


def test_the_format_is_told_by_its_magic_bytes_not_by_a_text_that_starts_alike(tmp_path: Path) -> None:
    assert [packed_format(PACK[f][0](b"x")) for f in ("gzip", "bzip2", "xz")] == ["gzip", "bzip2", "xz"]
    # text that starts like bzip2's header ("BZh" and a digit) is text: the block magic after it is missing
    page = tmp_path / "note.txt"
    page.write_bytes("BZh9 — это не архив, а заметка о форматах сжатия.\n".encode())
    assert packed_format(page.read_bytes()) is None
    doc = read_document(page, tmp_path)
    assert doc.text.startswith("BZh9") and "compressed" not in doc.meta


def test_the_folder_scan_takes_compressed_documents_and_names_the_rest(tmp_path: Path) -> None:
    for n in ("page.html.bz2", "feed.xml.xz", "a.txt.gz", "data.json.xz", "dump.tar.bz2", "b.md"):
        (tmp_path / n).write_bytes(bz2.compress(b"text"))
    scan = scan_inputs(tmp_path)
    assert [p.name for p in scan.files] == ["a.txt.gz", "b.md", "feed.xml.xz", "page.html.bz2"]
    assert len(scan.warnings) == 1 and "2 files" in scan.warnings[0] and ".gz/.bz2/.xz" in scan.warnings[0]


@pytest.mark.parametrize("fmt", ["bzip2", "xz"])
def test_streams_in_a_row_padding_cut_short_and_damaged(tmp_path: Path, fmt: str) -> None:
    pack, suffix = PACK[fmt]
    src = (DATA / "feeds2" / "rssparser__heise.atom").read_bytes()
    half = len(src) // 2
    assert unpack(pack(src[:half]) + pack(src[half:]), "x", 10 ** 6) == (src, "")  # pbzip2 / `cat a.xz b.xz`
    if fmt == "xz":
        assert unpack(pack(src) + bytes(8), "x", 10 ** 6) == (src, "")  # stream padding ends it
    # a download cut short: refused or read as far as it goes, never read as if whole
    cut = tmp_path / f"cut.atom{suffix}"
    cut.write_bytes(pack(src)[:len(pack(src)) * 2 // 3])
    try:
        doc = read_document(cut, tmp_path)
    except IngestError as e:
        assert "cut.atom" in str(e) and f"{fmt}-compressed, but cut short" in str(e)
    else:
        assert any(f"{fmt} data cut short" in w for w in doc.warnings), doc.warnings
    # a flipped byte inside the data: refused, naming the file and the format
    bad = bytearray(pack(src))
    bad[len(bad) // 2] ^= 0xFF
    (tmp_path / f"bad.xml{suffix}").write_bytes(bytes(bad))
    with pytest.raises(IngestError, match=rf"bad\.xml\{suffix}.*(damaged {fmt} data|{fmt}-compressed)"):
        read_document(tmp_path / f"bad.xml{suffix}", tmp_path)


def _bomb(fmt: str, n: int) -> bytes:
    """``n`` zero bytes, compressed a MB at a time."""
    c = bz2.BZ2Compressor(9) if fmt == "bzip2" else lzma.LZMACompressor(preset=1)
    block = bytes(1 << 20)
    return b"".join(c.compress(block) for _ in range(n >> 20)) + c.flush()


@pytest.mark.parametrize("fmt", ["bzip2", "xz"])
def test_a_compression_bomb_is_refused_naming_the_file_without_filling_memory(tmp_path: Path, fmt: str) -> None:
    bomb = tmp_path / "feed.xml"
    bomb.write_bytes(_bomb(fmt, 32 << 20))
    assert bomb.stat().st_size < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(IngestError) as e:
            read_document(bomb, tmp_path, IngestOptions(max_chars=10_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "feed.xml" in str(e.value) and f"{fmt}-compressed: unpacks to more than 40,000 bytes" in str(e.value)
    assert peak < 2_000_000, peak  # the limit and a block or two, not the 32 MB


def test_an_archive_of_several_files_is_refused_with_its_reason(tmp_path: Path) -> None:
    import io
    import tarfile
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "текст")
    (tmp_path / "pages.txt").write_bytes(buf.getvalue())
    with pytest.raises(IngestError, match=r"pages\.txt.*ZIP archive"):
        read_document(tmp_path / "pages.txt", tmp_path)
    tbuf = io.BytesIO()
    with tarfile.open(fileobj=tbuf, mode="w") as t:
        info = tarfile.TarInfo("a.txt")
        info.size = 4
        t.addfile(info, io.BytesIO(b"text"))
    (tmp_path / "dump.txt.xz").write_bytes(lzma.compress(tbuf.getvalue() + bytes(2000)))
    with pytest.raises(IngestError, match=r"dump\.txt\.xz: xz-compressed: "):
        read_document(tmp_path / "dump.txt.xz", tmp_path)


@pytest.mark.parametrize("fmt", ["gzip", "bzip2", "xz"])
def test_split_cuts_a_compressed_dump_as_its_plain_text(tmp_path: Path, fmt: str, seeds_dir: Path) -> None:
    pack, suffix = PACK[fmt]
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt")))
    (tmp_path / "dump.txt").write_text(text, encoding="utf-8")
    (tmp_path / f"dump.txt{suffix}").write_bytes(pack(text.encode("utf-8")))
    runner = CliRunner()
    for src, out in (("dump.txt", "plain"), (f"dump.txt{suffix}", "packed")):
        res = runner.invoke(main, ["split", str(tmp_path / src), "-o", str(tmp_path / out), "--max-chars", "3000"])
        assert res.exit_code == 0, res.output
    plain = sorted(p.name for p in (tmp_path / "plain").iterdir())
    assert plain == sorted(p.name for p in (tmp_path / "packed").iterdir()) and "dump.parts.json" in plain
    for name in plain:
        if name.endswith(".txt"):
            assert (tmp_path / "packed" / name).read_text(encoding="utf-8") == \
                (tmp_path / "plain" / name).read_text(encoding="utf-8")
    manifest = json.loads((tmp_path / "packed" / "dump.parts.json").read_text(encoding="utf-8"))
    assert manifest["source"] == f"dump.txt{suffix}" and manifest["compressed"] == fmt
    assert "".join((tmp_path / "packed" / r["file"]).read_text(encoding="utf-8") for r in manifest["parts"]) == text


def test_split_refuses_a_dump_cut_short(tmp_path: Path, seeds_dir: Path) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))) * 3
    data = gzip.compress(text.encode("utf-8"))
    (tmp_path / "dump.txt.gz").write_bytes(data[:len(data) // 2])
    res = CliRunner().invoke(main, ["split", str(tmp_path / "dump.txt.gz"), "-o", str(tmp_path / "parts"),
                                    "--max-chars", "3000"])
    assert res.exit_code != 0 and "dump.txt.gz" in res.output and "cut short" in res.output
    assert not (tmp_path / "parts").exists() or not any((tmp_path / "parts").iterdir())

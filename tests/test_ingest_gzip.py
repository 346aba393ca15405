"""gzip-compressed inputs (field trial 9, what is left; field trial 10): a crawl keeps pages and feeds as
``page.html.gz``/``feed.xml.gz``, or a gzip stream under a plain ``.xml`` name (a crawler that kept the
Content-Encoding).  They were skipped as "binary file (gzip data)", and the folder scan counted ``.gz`` as a
type mtpipe does not read.  Now they are unpacked, to a bounded size (a compression bomb stops there, with a
message naming the file), and the inner name's suffix decides the reader.  Real material: the repository's
test feeds and seed pages, compressed here, and node-feedparser's gzip feed (tests/data/feeds2)."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe import inputs
from mtpipe.cli import main
from mtpipe.ingest import read_document
from mtpipe.ingest_options import IngestError, IngestOptions
from mtpipe.inputs import document_name, scan_inputs, unpack

DATA = Path(__file__).resolve().parent / "data"
# (a real test file, the name it is given here): a feed of each kind, a legacy encoding, an HTML page, a text
REAL = [
    (DATA / "feeds2" / "rssparser__heise.atom", "heise.atom"),
    (DATA / "feeds" / "kapranoff.ru.cp1251.xml", "kapranoff.xml"),
    (DATA / "feeds2" / "rssparser__reddit-atom.rss", "reddit.rss"),
    (DATA / "feeds2" / "rssparser__unrecognized.rss", "moved.html"),  # an HTML page: read as a page
    (DATA / "seeds" / "000_dbf2794f8ee0bbf0.txt", "seed.txt"),
]


@pytest.mark.parametrize(("src", "name"), REAL, ids=[n for _, n in REAL])
@pytest.mark.parametrize("how", ["suffix", "plain name"])
def test_a_compressed_file_reads_as_the_file_it_holds(tmp_path: Path, src: Path, name: str, how: str) -> None:
    plain = tmp_path / name
    plain.write_bytes(src.read_bytes())
    packed = tmp_path / "gz" / (name + ".gz" if how == "suffix" else name)
    packed.parent.mkdir()
    packed.write_bytes(gzip.compress(src.read_bytes()))
    want = read_document(plain, tmp_path)
    got = read_document(packed, tmp_path)
    assert got.text == want.text and got.text.strip()
    assert got.meta["encoding"] == want.meta["encoding"] and got.meta.get("read_as") == want.meta.get("read_as")
    assert got.meta["compressed"] == {"format": "gzip", "bytes": packed.stat().st_size}
    assert got.doc_id == f"gz/{packed.name}" and not got.warnings


def test_the_inner_name_decides_the_reader() -> None:
    assert document_name(Path("a/page.html.gz")) == Path("a/page.html")
    assert document_name(Path("FEED.XML.GZ")).suffix == ".XML"
    assert document_name(Path("feed.xml")) == Path("feed.xml")  # gzip under a plain name: its own name
    assert document_name(Path("notes.gz")) == Path("notes.gz")  # no inner suffix: nothing to go by


def test_the_folder_scan_takes_compressed_documents_and_names_the_rest(tmp_path: Path) -> None:
    for n in ("page.html.gz", "feed.XML.gz", "a.txt.gz", "data.json.gz", "dump.tar.gz", "x.gz", "b.md"):
        (tmp_path / n).write_bytes(gzip.compress(b"text"))
    scan = scan_inputs(tmp_path)
    assert [p.name for p in scan.files] == ["a.txt.gz", "b.md", "feed.XML.gz", "page.html.gz"]
    assert len(scan.warnings) == 1 and "3 files" in scan.warnings[0]
    assert all(k in scan.warnings[0] for k in (".json.gz 1", ".tar.gz 1", ".gz 1"))


def _bomb(n: int) -> bytes:
    """``n`` zero bytes, gzip-compressed a block at a time (about a thousandth of ``n``)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    parts = [z.compress(block) for _ in range(n >> 20)]
    return b"".join(parts) + z.flush()


def test_a_compression_bomb_is_refused_naming_the_file_without_filling_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "feed.xml"
    bomb.write_bytes(_bomb(64 << 20))  # 64 MB of zeros in about 64 KB
    assert bomb.stat().st_size < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(IngestError) as e:
            read_document(bomb, tmp_path, IngestOptions(max_chars=10_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "feed.xml" in str(e.value) and "unpacks to more than 40,000 bytes" in str(e.value)
    assert "--max-chars" in str(e.value)
    assert peak < 2_000_000, peak  # the limit and a block or two, not the 64 MB


def test_with_max_chars_lifted_the_unpacking_limit_still_holds(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bomb = tmp_path / "page.html.gz"
    bomb.write_bytes(_bomb(8 << 20))
    monkeypatch.setattr(inputs, "MAX_UNPACKED_BYTES", 1_000_000)
    with pytest.raises(IngestError, match=r"page\.html\.gz.*unpacks to more than 1,000,000 bytes"):
        read_document(bomb, tmp_path, IngestOptions(max_chars=None))


def test_members_cut_short_and_damaged_data(tmp_path: Path) -> None:
    src = (DATA / "feeds2" / "rssparser__heise.atom").read_bytes()
    half = len(src) // 2
    # two members, as `cat a.gz b.gz` makes: both read
    assert unpack(gzip.compress(src[:half]) + gzip.compress(src[half:]), "x", 10 ** 6) == (src, "")
    # many small members (a log appended to with gzip -c >>): every one read
    letters = bytes(65 + i % 26 for i in range(3000))
    assert unpack(b"".join(gzip.compress(letters[i:i + 1], mtime=0) for i in range(3000)), "x", 10 ** 6) == (letters, "")
    # trailing zeros (a padded download) end it
    assert unpack(gzip.compress(src) + bytes(100), "x", 10 ** 6) == (src, "")
    # a download cut short: what it held is read, and said
    cut = tmp_path / "cut.atom.gz"
    cut.write_bytes(gzip.compress(src)[:1500])
    doc = read_document(cut, tmp_path)
    assert doc.meta["read_as"] == "feed" and doc.text.strip()
    assert any("gzip data cut short" in w for w in doc.warnings), doc.warnings
    # a wrong checksum: refused, naming the file
    bad = bytearray(gzip.compress(src))
    bad[-6] ^= 0xFF
    (tmp_path / "bad.xml.gz").write_bytes(bytes(bad))
    with pytest.raises(IngestError, match=r"bad\.xml\.gz.*damaged gzip data"):
        read_document(tmp_path / "bad.xml.gz", tmp_path)


def test_the_job_translates_compressed_inputs_beside_their_plain_copies(tmp_path: Path, tiny_models: Path) -> None:
    """Output names keep the inner name: ``page.html.gz`` writes ``page.html.en.txt`` (the last suffix is
    replaced, as for any input), so it never lands on ``page.html``'s ``page.en.txt``."""
    src = tmp_path / "in"
    src.mkdir()
    feed = (DATA / "feeds" / "kapranoff.ru.cp1251.xml").read_bytes()
    (src / "news.xml").write_bytes(feed)
    (src / "news.xml.gz").write_bytes(gzip.compress(feed))
    (src / "crawl.xml").write_bytes(gzip.compress(feed))
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--to", "en", "--config",
                                    str(tiny_models), "--no-glossary", "--format", "jsonl,text"])
    assert res.exit_code == 0, res.output
    assert "3 documents translated" in res.output and " 0 failed" in res.output, res.output
    assert "do not read" not in res.output
    texts = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.en.txt")}
    assert set(texts) == {"news.en.txt", "news.xml.en.txt", "crawl.en.txt"}
    assert texts["news.en.txt"] == texts["news.xml.en.txt"] == texts["crawl.en.txt"]


def test_a_gz_name_over_bytes_already_unpacked_is_read_by_its_inner_name(tmp_path: Path) -> None:
    """An HTTP client that undid the Content-Encoding but kept the name: ``.html.gz`` holding the page itself."""
    page = (DATA / "feeds2" / "rssparser__unrecognized.rss").read_bytes()
    (tmp_path / "moved.html").write_bytes(page)
    (tmp_path / "moved.html.gz").write_bytes(page)
    got = read_document(tmp_path / "moved.html.gz", tmp_path)
    assert got.text == read_document(tmp_path / "moved.html", tmp_path).text and "compressed" not in got.meta

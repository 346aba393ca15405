"""RSS and Atom feeds are read as documents (mtpipe.feeds; field trials 7 and 8 found a crawl's `.xml`
feeds skipped).  Real feeds from chardet's test files (tests/data/SOURCES, "feeds"): RSS 1.0 in
cp1251, RSS 2.0 in KOI8-R with a default namespace and Yandex's full text, items standing beside
the channel, a document type declaring entities, Atom 0.3 in Big5, Atom 1.0, and one cut short."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.feeds import NotAFeed, read_feed
from mtpipe.ingest import read_document
from mtpipe.inputs import SUFFIXES, scan_inputs

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
# (file, kind, encoding read, a phrase of an item's text)
REAL = [
    ("kapranoff.ru.cp1251.xml", "rdf", "cp1251", "Фольклор и мифология"),
    ("susu.ac.ru.koi8r.xml", "rss", "koi8_r", "Награждены победители конкурса сайтов"),
    ("greek.ru.koi8r.rss", "rss", "koi8_r", ""),
    ("weblabor.hu.xml", "rss", "utf-8", "Webfejlesztőt keresünk"),
    ("0804.blogspot.com.big5.atom", "atom", "big5", "趙先生"),
    ("howto.diveintomark.org.xml", "atom", "utf-8", ""),
]
_ITEM = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>]")


def _doc(name: str):  # type: ignore[no-untyped-def]
    return read_document(FEEDS / name, FEEDS)


@pytest.mark.parametrize(("name", "kind", "encoding", "phrase"), REAL)
def test_real_feeds_are_read_item_by_item(name: str, kind: str, encoding: str, phrase: str) -> None:
    doc = _doc(name)
    feed = doc.meta["feed"]
    assert doc.meta["read_as"] == "feed" and feed["kind"] == kind
    assert doc.meta["encoding"].replace("-", "_").lower().startswith(encoding.replace("-", "_"))
    items = feed["items"]
    assert len(items) == len(_ITEM.findall((FEEDS / name).read_bytes())) > 0
    for item in items:  # every title is text; links and dates are kept beside it, not translated
        assert item["title"] in doc.text
        assert item.get("link", "http").startswith("http") and item["link"] not in doc.text
    assert not re.search(r"</?[a-z]+[ >/]", doc.text), "markup left in the text"
    assert "&lt;" not in doc.text and "&amp;" not in doc.text and "&laquo;" not in doc.text
    assert phrase in doc.text
    assert not doc.warnings, doc.warnings


def test_the_longest_text_of_an_item_is_read() -> None:
    """susu.ac.ru gives a teaser in <description> and the whole text in <yandex:full-text>."""
    doc = _doc("susu.ac.ru.koi8r.xml")
    assert "В конкурсе приняли участие около 70 сайтов" in doc.text
    assert "\n\n" in doc.text and "Веб-строительство" in doc.text


def test_a_feed_cut_short_is_read_as_far_as_it_goes() -> None:
    pytest.importorskip("lxml")
    doc = _doc("susu.ac.ru.cut.xml")
    whole = _doc("susu.ac.ru.koi8r.xml")
    feed = doc.meta["feed"]
    assert "not well-formed XML" in feed["recovered"] and 0 < len(feed["items"]) < len(whole.meta["feed"]["items"])
    assert feed["items"][0]["title"] in doc.text
    assert any("read what could be recovered" in w for w in doc.warnings), doc.warnings


def test_entities_are_never_expanded() -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
              '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
              '<rss version="2.0"><channel><title>t</title><item><title>Заголовок</title>'
              '<description>Текст &f; и &laquo;кавычки&raquo;.</description></item></channel></rss>')
    started = time.monotonic()
    try:
        feed = read_feed(laughs)
    except NotAFeed:
        return  # refusing is fine; expanding is not
    assert time.monotonic() - started < 5
    assert "aaaaaaaaaa" not in feed.text and len(feed.text) < 200
    assert "«кавычки»" in feed.text  # HTML's named entities are HTML's


@pytest.mark.parametrize(("xml", "why"), [
    ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://a.ru/</loc>'
     '</url></urlset>', "root element is <urlset>"),
    ('<?xml version="1.0"?><config><a>1</a></config>', "root element is <config>"),
])
def test_other_xml_is_no_feed(xml: str, why: str) -> None:
    with pytest.raises(NotAFeed, match=why):
        read_feed(xml)


def test_feeds_are_inputs_and_not_cut() -> None:
    assert {".xml", ".rss", ".atom"} <= set(SUFFIXES)
    found = {p.name for p in scan_inputs(FEEDS).files}
    assert found == {p.name for p in FEEDS.iterdir()}
    from mtpipe.ingest_options import IngestError
    from mtpipe.split_large import split_file

    with pytest.raises(IngestError, match="feed is not cut"):
        split_file(FEEDS / "weblabor.hu.xml", Path("/nonexistent"), 1000)


def test_translate_reads_feeds_and_skips_other_xml(tmp_path: Path, tiny_models: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("kapranoff.ru.cp1251.xml", "susu.ac.ru.cut.xml"):
        (src / name).write_bytes((FEEDS / name).read_bytes())
    (src / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>http://a.ru/</loc></url></urlset>\n')
    (src / "page.xml").write_text("<!DOCTYPE html><html><head><title>Т</title></head><body><article><h1>Мэр провёл "
                                  "совещание</h1><p>Мэр провёл совещание в мэрии о ремонте дорог и школ.</p></article>"
                                  "</body></html>\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--to", "en", "--config", str(tiny_models),
                                    "--no-glossary", "--format", "jsonl,text"])
    assert res.exit_code == 0, res.output
    assert "sitemap.xml: XML whose root element is <urlset>" in res.output and "nothing to translate" in res.output
    assert "3 documents translated" in res.output and "1 empty" in res.output, res.output
    assert "page.xml: a whole HTML page in a .xml file: read as HTML" in res.output
    import json

    head = json.loads((out / "kapranoff.ru.cp1251.ledger.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert head["meta"]["read_as"] == "feed" and len(head["meta"]["feed"]["items"]) == 15
    # a feed's item titles are content: none removed by the page-layout layers
    rules = [json.loads(ln)["rule"] for ln in (out / "kapranoff.ru.cp1251.ledger.jsonl").read_text().splitlines()[1:]]
    assert not [r for r in rules if r.startswith(("boilerplate.", "classifier.", "region."))], rules
    assert (out / "kapranoff.ru.cp1251.en.txt").read_text(encoding="utf-8").strip()

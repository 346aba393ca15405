"""benchmarks/cleaning.py's scoring of raw HTML pages (the ``html`` part): annotated blocks are found
by their text in what the cleaner kept; a clutter word inside a kept sentence is not a menu left."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_cleaning", REPO / "benchmarks" / "cleaning.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_cleaning"] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


PAGE = ("<html><head><title>Т</title><script>var x = 'Главная';</script></head><body>"
        "<nav><a>Главная</a> <a>Политика</a></nav><h1>Пекин ввёл пошлины</h1>"
        "<p>Китай ввёл пошлины на товары из США. Политика Пекина не изменится.</p>"
        "<aside><ul><li>Юань обновил минимум</li></ul></aside><footer>© Все права защищены</footer></body></html>")


def test_html_blocks_are_the_visible_blocks():
    b = _bench()
    assert b.html_blocks(PAGE) == ["Главная Политика", "Пекин ввёл пошлины",
                                   "Китай ввёл пошлины на товары из США. Политика Пекина не изменится.",
                                   "Юань обновил минимум", "© Все права защищены"]


def test_score_html_counts_by_text():
    b = _bench()
    ann = b.AnnDoc("p", "ru", "html", "", html="p.html.gz", lines=[
        ("-", "Главная Политика"), ("+", "Пекин ввёл пошлины‖"),
        ("+", "Китай ввёл пошлины на товары из США.‖ Политика Пекина не изменится.‖"),
        ("-", "Юань обновил минимум"), ("-", "© Все права защищены")])
    # the extractor kept the headline, the paragraph (on two lines) and one teaser; "Политика"
    # inside the sentence must not count as the menu left
    text = "Пекин ввёл пошлины\n\nКитай ввёл пошлины на товары из США.\nПолитика Пекина не изменится.\n\nЮань обновил минимум"
    spans = [[0, 18], [20, 56], [57, 86], [88, len(text)]]
    segs = [SimpleNamespace(start=a, end=z, src_lang="ru", flags=[]) for a, z in spans]
    doc = SimpleNamespace(text=text, meta={"kept": spans}, segments=segs)
    c = b.score_html(ann, doc)
    assert (c["content"], c["content_kept"]) == (2, 2)
    assert (c["clutter"], c["clutter_removed"]) == (3, 2) and c["left"] == ["Юань обновил минимум"]
    assert (c["tp"], c["fp"], c["fn"]) == (3, 0, 0)
    # a paragraph the extractor lost is content lost, and its sentences are not counted as ends
    doc.meta["kept"] = [[0, 18]]
    c = b.score_html(ann, doc)
    assert c["content_kept"] == 1 and c["fn"] == 0 and c["clutter_removed"] == 3


def test_crawl_part_runs_each_site_as_one_folder(tmp_path):
    """``site=`` documents: each site's pages one run folder, scored with the cross-document first
    pass over that folder and without it; ``bnd=no`` documents count no sentence ends."""
    b = _bench()
    pages = []
    for k in range(6):
        pages.append(f"### doc s-{k} lang=en split=crawltune site=example bnd=no url=http://example.com/{k}\n"
                     "- Skip to content\n- Home\n- Crosswords\n- Puzzles\n"
                     f"+ Story {'ABCDEF'[k]} tells how the port of city {'ABCDEF'[k]} reopened after the storm.\n"
                     "- Share this page\n- Copyright The Example Times\n")
    (tmp_path / "crawl.ann").write_text("".join(pages), encoding="utf-8")
    anns = b.load(tmp_path)
    assert [a.site for a in anns] == ["example"] * 6 and not anns[0].boundaries
    on, _, _ = b.crawl_figures(anns, tmp_path / "on", True)
    off, _, _ = b.crawl_figures(anns, tmp_path / "off", False)
    f_on, f_off = b.summarise(on), b.summarise(off)
    assert set(f_on) == {"crawl", "crawltune", "crawltune/example"}
    assert f_on["crawl"]["content_precision"] == 1.0 and f_on["crawl"]["clutter_recall"] == 1.0
    assert f_on["crawl"]["removal_f1"] == 1.0 and f_on["crawl"]["content_lost_by_template"] == 0
    # the same lines, one page at a time: "Puzzles" and "Share this page" stay (one page's rules take the skip link,
    # "Home", the crumb under it (chrome.crumb_tail) and the copyright); the first pass takes them all
    assert f_off["crawl"]["clutter_recall"] < f_on["crawl"]["clutter_recall"]
    assert f_off["crawl"]["clutter_recall"] <= 0.7
    assert f_on["crawl"]["boundary_f1"] == 0 and sum(c["tp"] + c["fp"] + c["fn"] for _, c in on) == 0


def test_crawl_parts_with_sentence_ends_per_site(tmp_path):
    """Crawl parts with sentence ends marked (crawl6, crawlvi, crawlru2: no ``bnd=no``): boundary
    figures per part and per site, two sites of one part in two run folders."""
    b = _bench()
    pages = []
    for site in ("a.example", "b.example"):
        for k in range(3):
            pages.append(f"### doc {site[0]}-{k} lang=ru split=crawlru7 site={site} url=http://{site}/{k}\n"
                         f"- Рубрика: Новости сайта {site[0].upper()}\n"
                         f"+ Порт города номер {k} открылся после шторма.‖ Суда снова идут к причалам.‖\n"
                         "- Метки:\n")
    (tmp_path / "crawlru2.ann").write_text("".join(pages), encoding="utf-8")
    anns = b.load(tmp_path)
    assert all(a.boundaries for a in anns)
    on, _, _ = b.crawl_figures(anns, tmp_path / "on", True)
    f = b.summarise(on)
    assert set(f) == {"crawl", "crawlru7", "crawlru7/a.example", "crawlru7/b.example"}
    assert f["crawlru7/a.example"]["documents"] == 3 and f["crawlru7"]["clutter_lines"] == 12
    assert f["crawlru7"]["boundary_f1"] == 1.0 and sum(c["tp"] for _, c in on) == 12
    assert f["crawlru7"]["content_precision"] == 1.0 and f["crawlru7"]["clutter_recall"] > 0


def test_score_counts_a_line_without_letters_by_its_digits():
    """A content line of numbers only (a sum wrapped over lines) is kept when its digits are kept, lost when they
    are not; a clutter counter ("4701") is left when kept (round 27d: by letters alone neither could be judged)."""
    b = _bench()
    lines = [("+", "Итого за обед на пятьдесят гостей"), ("+", "+ 4,2 + 14 + 0,5 +"), ("-", "4701")]
    ann = b.AnnDoc("p", "ru", "tune", "", lines=lines, boundaries=False)
    text = ann.raw()[:-1]
    starts = [0, len(lines[0][1]) + 1, len(lines[0][1]) + len(lines[1][1]) + 2]
    spans = [[a, a + len(t)] for a, (_, t) in zip(starts, lines)]
    doc = SimpleNamespace(text=text, meta={"kept": spans}, segments=[], ledger=[], to_raw=lambda k: k)
    c = b.score(ann, doc)
    assert (c["content_kept"], c["clutter_removed"], c["left"]) == (2, 0, ["4701"])
    doc.meta["kept"] = spans[:1]
    c = b.score(ann, doc)
    assert (c["content_kept"], c["clutter_removed"]) == (1, 1)
    assert c["lost"] == ["+ 4,2 + 14 + 0,5 +"]


def test_a_page_whose_repair_changed_the_length_is_scored_in_ingests_offsets():
    # a spam repair writes a syllable of another length over a token: the benchmark maps the cleaned document back
    # through its raw offsets instead of stopping (held45's first run stopped on a brand repaired into a syllable)
    from mtpipe.document import Document, Segment

    b = _bench()
    ann = b.AnnDoc("p", "vi", "t", "", lines=[
        ("-", "Trang chủ"), ("+", "Người dân Spamword77 phố Huế đi xem hội.‖ Trời đẹp.‖"), ("+", "Hội vui.‖")])
    from mtpipe.ingest import normalize_text

    raw = ann.raw()
    orig = normalize_text(raw)[0]
    assert raw.startswith(orig)  # ingest strips the last newline only: raw offsets are the text's
    tok, syl = "Spamword77", "thành"
    i = orig.index(tok)
    text = orig[:i] + syl + orig[i + len(tok):]
    offs = list(range(i)) + [i] * len(syl) + list(range(i + len(tok), len(orig) + 1))
    assert len(offs) == len(text) + 1
    starts = [text.index(s) for s in ("Người", "Trời", "Hội vui")]
    ends = [text.index("hội.") + 4, text.index("đẹp.") + 4, text.index("vui.") + 4]
    segs = [Segment(k, a, e, text[a:e], "vi") for k, (a, e) in enumerate(zip(starts, ends))]
    doc = Document("p", raw, text, segments=segs, raw_offsets=offs, meta={"kept": [[starts[0], len(text)]]})
    mapped = b.as_ingested(ann, doc)
    assert mapped.text == orig and len(mapped.raw_offsets) == len(orig) + 1
    assert [orig[s.start:s.end] for s in mapped.segments] == [
        "Người dân Spamword77 phố Huế đi xem hội.", "Trời đẹp.", "Hội vui."]
    c = b.score(ann, doc)
    assert (c["content"], c["content_kept"], c["clutter"], c["clutter_removed"]) == (2, 2, 1, 1)
    assert (c["tp"], c["fp"], c["fn"]) == (3, 0, 0)
    # a document of the same length is itself
    same = Document("p", raw, orig, meta={"kept": []})
    assert b.as_ingested(ann, same) is same

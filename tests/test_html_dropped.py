"""What trafilatura leaves out of an .html page is listed in the ledger's meta line (field trial 4,
docs/field-trial-4.md): the page's menu and footer went nowhere, while README says the cleaner
removes nothing silently."""

from __future__ import annotations

import json

import pytest

from mtpipe.ingest import read_document

ARTICLE = ["Chủ tịch Trung Quốc đến Đà Nẵng dự hội nghị cấp cao APEC lần thứ 25 vào trưa ngày 10/11.",
           "Trong chuyến đi này, ông sẽ phát biểu tại hội nghị thượng đỉnh và gặp gỡ các nhà lãnh đạo kinh tế.",
           "Sau hội nghị, ông sẽ có chuyến thăm chính thức Việt Nam và Lào theo lời mời của các nhà lãnh đạo hai nước."]
CHROME = ["Trang chủ | Thế giới | Kinh tế", "© 2017 Báo Mới. Ghi rõ nguồn khi phát hành lại."]


def page() -> str:
    body = "".join(f"<p>{s}</p>" for s in ARTICLE)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>APEC</title>"
            f"<script>var x = 'not text';</script></head><body>"
            f"<nav><a href='/'>Trang chủ</a> | <a href='/tg'>Thế giới</a> | <a href='/kt'>Kinh tế</a></nav>"
            f"<article><h1>Tập Cận Bình đến Đà Nẵng</h1>{body}</article>"
            f"<footer>{CHROME[1]}</footer></body></html>")


def test_lines_trafilatura_leaves_out_are_listed_in_meta(tmp_path):
    pytest.importorskip("trafilatura")
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    doc = read_document(tmp_path / "a.html")
    assert doc.meta["html_extractor"] == "trafilatura"
    for s in ARTICLE:
        assert s in doc.text
    dropped = doc.meta.get("html_dropped")
    assert dropped, doc.meta
    joined = "\n".join(dropped["lines"])
    for c in CHROME:
        assert c in joined
    assert dropped["count"] == len(dropped["lines"])
    for s in ARTICLE:
        assert s not in joined  # what was kept is not listed
    assert "not text" not in joined  # scripts are no text the page shows


def test_the_list_reaches_the_ledger_file(tmp_path, tiny_models):
    pytest.importorskip("trafilatura")
    from click.testing import CliRunner

    from mtpipe.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(page(), encoding="utf-8")
    r = CliRunner().invoke(main, ["translate", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--to", "en",
                                  "--config", str(tiny_models), "--no-glossary", "--no-fetch", "--cache-dir",
                                  str(tmp_path / "cache")], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    meta = json.loads((tmp_path / "out" / "a.ledger.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert any(CHROME[1] in s for s in meta["meta"]["html_dropped"]["lines"])


def test_a_long_page_lists_a_bounded_number_of_lines(tmp_path):
    pytest.importorskip("trafilatura")
    menu = "".join(f"<li><a href='/{i}'>Mục {i} của trang</a></li>" for i in range(500))
    html = page().replace("<nav>", f"<nav><ul>{menu}</ul>")
    (tmp_path / "b.html").write_text(html, encoding="utf-8")
    dropped = read_document(tmp_path / "b.html").meta["html_dropped"]
    assert dropped["count"] >= 500 and len(dropped["lines"]) <= 200


@pytest.mark.parametrize("name", ["saved.txt", "saved.md", "SAVED.TXT"])
@pytest.mark.parametrize("head", ["<!doctype html>", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", "", "\ufeff  \n<!doctype html>"])
def test_a_whole_html_page_saved_as_text_is_read_as_html(tmp_path, name, head):
    """Scrapers often save pages under .txt: the tags went to the model as words
    ('<!doctype html><html><head><meta charset="utf-8"><title>…' was segment 0)."""
    pytest.importorskip("trafilatura")
    (tmp_path / name).write_text(head + page().replace("<!doctype html>", ""), encoding="utf-8")
    doc = read_document(tmp_path / name)
    assert "<" not in doc.text and "charset" not in doc.text, doc.text[:200]
    for s in ARTICLE:
        assert s in doc.text
    assert doc.meta.get("read_as") == "html"
    assert any("HTML page" in w for w in doc.warnings), doc.warnings


@pytest.mark.parametrize("text", [
    "Thẻ <html> mở đầu mọi trang web, còn thẻ <p> đánh dấu một đoạn văn.\n",
    "Разметка: страница начинается с <html> и заканчивается </html>. Это пример.\n",
    "<p>Một đoạn văn được dán vào tệp văn bản, không phải cả một trang.</p>\n",
])
def test_text_that_only_mentions_tags_is_not_read_as_a_page(tmp_path, text):
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    doc = read_document(tmp_path / "t.txt")
    assert "read_as" not in doc.meta and doc.text.strip() == text.strip()


def test_an_html_file_of_plain_text_logs_nothing_from_trafilatura(tmp_path, caplog):
    """A .html file holding plain text: trafilatura logged 'ERROR trafilatura.utils: parsed tree
    length: 0 …' on stderr (mtpipe then reads the text with its own extractor, as it should)."""
    import logging

    pytest.importorskip("trafilatura")
    caplog.set_level(logging.DEBUG)
    (tmp_path / "p.html").write_text("\n".join(ARTICLE), encoding="utf-8")
    doc = read_document(tmp_path / "p.html")
    assert ARTICLE[0] in doc.text
    assert not [r for r in caplog.records if r.name.startswith("trafilatura") and r.levelno >= logging.WARNING]

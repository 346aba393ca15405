"""Build field trial 7's input folder (encodings and formats a crawl really has) from public mirrors.

Usage: python tools/field_trial/make_input_7.py MIRROR SAVED IN

MIRROR is the folder of bare git mirrors (``fetch`` tool: ``owner+name/repo``); SAVED holds the three
Markdown/Kirby files read with the search tool (``ruby-2.7.7.md``, ``vk-hosting.md``, ``opera-widget.txt``).
Nothing of the material is kept in this repository; sources and licences are in docs/field-trial-7.md.
Every file is written byte for byte as its source holds it, except where the layout says otherwise
(a UTF-8 text saved with CRLF; a single-line dump; names).
"""

from __future__ import annotations

import pathlib
import subprocess
import sys
import unicodedata


def show(mirror: pathlib.Path, repo: str, path: str) -> bytes:
    gd = mirror / repo / "repo"
    return subprocess.run(["git", "--git-dir", str(gd), "show", f"HEAD:{path}"], check=True,
                          capture_output=True).stdout


def main() -> None:
    mirror, saved, out = (pathlib.Path(a) for a in sys.argv[1:4])
    out.mkdir(parents=True, exist_ok=False)

    def w(rel: str, data: bytes) -> None:
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    ch = "chardet+chardet"
    sc = "tomwillow+SmartCharsetConverter"
    uc = "sample/uchardet_test_samples"
    # 1. the same Russian text (chardet's _ude_1.txt) in five single-byte code pages
    for enc in ("windows-1251-russian", "KOI8-R", "IBM866", "MacCyrillic"):
        w(f"ru/einstein/{enc}.txt", show(mirror, ch, f"tests/{enc}/_ude_1.txt"))
    # 2. short Russian samples (uchardet), each in its own code page
    for enc in ("windows-1251", "koi8-r", "ibm866", "mac-cyrillic", "iso-8859-5", "ibm855", "utf-8"):
        w(f"ru/marmots/{enc}.txt", show(mirror, sc, f"{uc}/ru/{enc}.txt"))
    # 3. real pages with no declared charset (chromium's tests), and RSS feeds (kept as .xml; one saved as .html)
    w("ru/pages/ria windows-1251.html",
      show(mirror, ch, "tests/windows-1251-russian/_chromium_windows-1251_with_no_encoding_specified.html"))
    w("ru/pages/ria koi8-r.html", show(mirror, ch, "tests/KOI8-R/_chromium_KOI8-R_with_no_encoding_specified.html"))
    w("ru/pages/ria iso-8859-5.htm",
      show(mirror, ch, "tests/iso-8859-5-russian/_chromium_ISO-8859-5_with_no_encoding_specified.html"))
    w("ru/feeds/newsru.com.xml", show(mirror, ch, "tests/windows-1251-russian/newsru.com.xml"))
    w("ru/feeds/newsru.com (cp1251 feed).html", show(mirror, ch, "tests/windows-1251-russian/newsru.com.xml"))
    w("ru/feeds/aif.ru.health koi8.html", show(mirror, ch, "tests/KOI8-R/aif.ru.health.xml"))
    # 4. Vietnamese: TCVN3 (ABC), the same text in UTF-16-LE without a BOM and in UTF-8; Windows-1258, VISCII
    w("vi/tcvn3/demo1-tcvn.txt", show(mirror, sc, "sample/tcvn/demo1-tcvn.txt"))
    w("vi/tcvn3/demo1-utf16le.txt", show(mirror, sc, "sample/tcvn/demo1-utf16le.txt"))
    w("vi/tcvn3/demo1-utf8.txt", show(mirror, sc, "sample/tcvn/demo1-utf8.txt"))
    for enc in ("windows-1258", "viscii", "utf-8"):
        w(f"vi/quocngu/{enc}.txt", show(mirror, sc, f"{uc}/vi/{enc}.txt"))
    # 5. UTF-16 with and without a BOM (English subtitles; a CSV export; a UTF-16 page)
    w("en/utf16/bom-le subtitles.txt", show(mirror, ch, "tests/UTF-16/bom-utf-16-le.srt"))
    w("en/utf16/bom-be subtitles.txt", show(mirror, ch, "tests/UTF-16/bom-utf-16-be.srt"))
    w("en/utf16/nobom-le.txt", show(mirror, ch, "tests/UTF-16LE/nobom-utf16le.txt"))
    w("en/utf16/nobom-be.txt", show(mirror, ch, "tests/UTF-16BE/nobom-utf16be.txt"))
    w("en/utf16/plane1-utf-16le.html", show(mirror, ch, "tests/UTF-16LE/plane1-utf-16le.html"))
    w("en/utf16/multi-lang utf-16.txt", show(mirror, sc, "sample/expect_pass/[utf-16].txt"))
    # 6. raw HTML pages as crawlers save them
    w("html/VnExpress.net-Kinh-doanh.html", show(mirror, "adbar+htmldate", "tests/eval/VnExpress.net-Kinh-doanh.html"))
    w("html/qq (utf-8 bytes, gb2312 declared).html",
      show(mirror, "mozilla+readability", "test/test-pages/qq/source.html"))
    w("html/chinese_article.html", show(mirror, "AndyTheFactory+newspaper4k", "tests/data/html/chinese_article.html"))
    # 7. Markdown with front matter; a Kirby CMS text file
    w("md/ruby-2.7.7-released.md", (saved / "ruby-2.7.7.md").read_bytes())
    w("md/vk-hosting-config.md", (saved / "vk-hosting.md").read_bytes())
    w("md/opera-widget.txt", (saved / "opera-widget.txt").read_bytes())
    # 8. CRLF: the Russian UTF-8 sample saved on Windows
    w("ru/crlf/marmots crlf.txt", show(mirror, sc, f"{uc}/ru/utf-8.txt").replace(b"\n", b"\r\n"))
    # 9. empty, binary under a text suffix, a torrent under .txt (bencode: ASCII keys, binary hashes)
    w("bad/empty.txt", b"")
    w("bad/lenta.ru screenshot.html",
      show(mirror, "ispras+news-page-dataset", "manifest_resources/lenta_example_with_markup.png"))
    w("bad/ubuntu.torrent.txt", show(mirror, sc, "sample/expect_pass/[Unknown]ubuntu-22.04.2-desktop-amd64.iso.torrent"))
    # 10. a huge single line: CNN's page (2.5 MB, minified script lines), and Russian text joined into one line
    w("big/cnn_001.html", show(mirror, "AndyTheFactory+newspaper4k", "tests/data/html/cnn_001.html"))
    ude = show(mirror, ch, "tests/windows-1251-russian/_ude_1.txt").decode("cp1251")
    feed = show(mirror, ch, "tests/windows-1251-russian/newsru.com.xml").decode("cp1251")
    line = " ".join((ude + " " + feed).split())
    w("big/one line ru.txt", (line * (600_000 // len(line) + 1)).encode("utf-8"))
    # 11. names: Cyrillic with spaces, NFD Vietnamese, URL-escaped, a leading dash and a '#'
    w("names/Новости России.txt", show(mirror, sc, f"{uc}/ru/utf-8.txt"))
    w(unicodedata.normalize("NFD", "names/Chữ Quốc ngữ.txt"), show(mirror, sc, f"{uc}/vi/utf-8.txt"))
    w("names/ru%20news%2Bfeed.html", show(mirror, ch,
      "tests/windows-1251-russian/_chromium_windows-1251_with_no_encoding_specified.html"))
    w("names/-n #1.txt", show(mirror, sc, f"{uc}/ru/koi8-r.txt"))


if __name__ == "__main__":
    main()

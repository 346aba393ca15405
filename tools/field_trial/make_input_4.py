"""Input folder of field trial 4 (docs/field-trial-4.md).

Usage: python tools/field_trial/make_input_4.py PAGES_DIR VN_DATA_DIR IN_DIR

PAGES_DIR holds plain-text copies of real pages named ``<lang>-<site>.txt`` (the trial's came from the
search tool's ``pages`` corpus; URLs in the trial's note; not kept in the repository); VN_DATA_DIR is
``vn_news/data`` of the public repository magizbox/scraper (baomoi.com articles; no licence stated, so
not kept here either).  Around them: the pages nested under folders with spaces and non-ASCII names,
each legacy encoding a scraped file comes in (cp1251, KOI8-R, UTF-32 and UTF-16 without a BOM,
Windows-1258 with combining tone marks, Big5, GB18030, Shift-JIS, EUC-JP), a UTF-8 page with a
cp1251 line, CR-only / U+2028 / form-feed line ends, Markdown with TOML, YAML and JSON front matter
(also as ``.MD``, ``.markdown``), HTML in UTF-8 and cp1251, a page saved as ``.txt``, a very long
single line, empty/whitespace/BOM-only files, binary files named ``.txt``, a ``.docx``, names with
spaces, Cyrillic, NFD letters and a tab, and symlinks (inside, outside, broken, to a folder).
"""
import gzip
import os
import pathlib
import sys
import unicodedata
import zipfile

PAGES, VN, IN = map(pathlib.Path, sys.argv[1:4])
if IN.exists() and any(IN.iterdir()):
    sys.exit(f"{IN} exists and is not empty")
pages = {p.stem: p.read_text("utf-8") for p in sorted(PAGES.glob("*.txt"))}
VI_IDS = ("21480385 22246466 21487618 21512306 21488237 22253817 21487975 22253073 21489497 21487214 "
          "22264562 21511493 21492976 21474243").split()  # baomoi articles naming China's leaders
vi = {i: (VN / f"{i}.txt").read_text("utf-8") for i in VI_IDS}
TONES = "\u0300\u0301\u0303\u0309\u0323"


def w(rel: str, data) -> None:
    p = IN / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def cp1258(s: str) -> bytes:
    """Vietnamese as Windows-1258 stores it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += (base + "".join(c for c in d if c in TONES)).encode("cp1258")
    return bytes(out)


for k, t in pages.items():
    w(f"news/{k.split('-')[0]}/pages 2025/{k}.txt", t)
for i, t in vi.items():
    w(f"baomoi/thế giới/{i}.txt", t)
w("enc/ru-dzen.cp1251.txt", pages["ru-dzen"].encode("cp1251"))
w("enc/ru-interfax.koi8.txt", pages["ru-interfax"].encode("koi8-r"))
w("enc/ru-mzlakn-utf32.txt", pages["ru-mzlakn"].replace("丨", "|").encode("utf-32"))
w("enc/ru-ibusines-utf16le-nobom.txt", pages["ru-ibusines"].encode("utf-16-le"))
w("enc/vi-pno.cp1258.txt", cp1258(pages["vi-pno"]))
w("enc/zhtw-pchome.big5.txt", pages["zhtw-pchome"].encode("big5", "replace"))
w("enc/zh-xiydc.gb18030.txt", pages["zh-xiydc"].encode("gb18030"))
w("enc/ja-recordchina.sjis.txt", pages["ja-recordchina"].encode("cp932"))
w("enc/ja-recordchina.eucjp.txt", pages["ja-recordchina"].encode("euc_jp"))
w("enc/ru-mixed-utf8-cp1251.txt", pages["ru-chinaorg"].encode() + "\nИсточник: Синьхуа, перевод редакции\n".encode("cp1251"))
w("eol/ru-cr-only.txt", pages["ru-fmprc-apr"].replace("\n", "\r"))
w("eol/vi-u2028.txt", vi["21487618"].replace("\n", "\u2028"))
w("eol/vi-formfeed.txt", vi["21489497"].replace("\n", "\n\f", 2))
w("md/ru-toml.md", '+++\ntitle = "Си Цзиньпин в Шэньяне"\ndate = 2025-01-23\ntags = ["Китай", "Шэньян"]\n+++\n\n'
  + pages["ru-chinaorg"])
w("md/vi-yaml.MD", '---\ntitle: "Tập Cận Bình đến Đà Nẵng"\nauthor: Linh La\n---\n' + pages["vi-pno"])
w("md/ru-json.markdown", '{"title": "МИД", "date": "2023-04-03"}\n\n' + pages["ru-fmprc-apr"])
w("md/UPPER.TXT", pages["ru-dzen"])
title = vi["21511493"].splitlines()[0]
body = "".join(f"<p>{line}</p>" for line in vi["21511493"].splitlines() if line.strip())
page = (f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body><nav><a href="/">Trang '
        f'chủ</a> | <a href="/the-gioi">Thế giới</a></nav><article><h1>{title}</h1>{body}</article><footer>© 2017 '
        f"Báo Mới. Ghi rõ nguồn khi phát hành lại.</footer></body></html>")
w("html/vi-article.html", page)
w("html/page-saved-as.txt", page)
w("html/ru-cp1251.htm", ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
                         "<title>МИД</title></head><body><div id=\"content\">"
                         + "".join(f"<p>{line}</p>" for line in pages["ru-24newnews"].splitlines() if line.strip())
                         + "</div></body></html>").encode("cp1251"))
w("long/vi-one-line.txt", " ".join(" ".join(t.split()) for t in vi.values()))
w("bad/empty.txt", b"")
w("bad/image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
w("bad/archive.txt", gzip.compress(pages["ru-dzen"].encode()))
w("bad/whitespace.txt", " \n\t\n  \n")
w("bad/bom-only.txt", b"\xef\xbb\xbf")
(IN / "docs").mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(IN / "docs" / "report.docx", "w") as zf:
    zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    zf.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + pages["ru-dzen"][:200]
                + "</w:t></w:r></w:p></w:body></w:document>")
w("docs/export.txt", pages["ru-dzen"])
w("names/Пекин МИД брифинг (копия).txt", pages["ru-fmprc-apr"])
w(unicodedata.normalize("NFD", "names/Tập Cận Bình đến Hà Nội.txt"), pages["vi-blogspot"])
w("names/with\ttab.txt", pages["ru-ibusines"])
os.symlink("../news/ru/pages 2025/ru-dzen.txt", IN / "names" / "link-inside.txt")
os.symlink("/etc/hostname", IN / "names" / "link-outside.txt")
os.symlink("nonexistent.txt", IN / "names" / "broken-link.txt")
os.symlink("../news", IN / "names" / "linked-folder")
print(sum(1 for _ in IN.rglob("*")), "entries under", IN)

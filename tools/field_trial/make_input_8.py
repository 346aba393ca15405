"""Input folder of field trial 8 (docs/field-trial-8.md): 50 real documents for --workers 2 and --engine ray.

Usage: python tools/field_trial/make_input_8.py MIRROR_DIR IN_DIR

MIRROR_DIR is the ``fetch`` tool's folder (``owner+name/repo`` bare git directories). Every file is taken
as its repository holds it at HEAD; the RSS feeds (``.xml``) are saved as ``.html``, as a crawler saving
pages by content would. Nothing built here is kept in the repository. Sources and licences:

- ``chardet/chardet`` (LGPL-2.1), ``tests/``: 14 windows-1251 and 12 KOI8-R Russian feeds, 8 GB2312
  Chinese feeds, 6 UTF-8 files;
- ``adbar/htmldate`` (Apache-2.0), ``tests/eval/``: VnExpress, Sohu and Baidu Baike pages;
- ``mozilla/readability`` (Apache-2.0), ``test/test-pages/``: QQ and BBC pages;
- ``AndyTheFactory/newspaper4k`` (MIT), ``tests/data/html/``: two Chinese articles;
- ``tomwillow/SmartCharsetConverter`` (its uchardet samples MPL), ``sample/``: three Vietnamese texts.
"""
from __future__ import annotations

import pathlib
import subprocess
import sys

PICKS = [  # (repo, folder in the repo, how many (sorted, first N), folder in IN)
    ("chardet+chardet", "tests/windows-1251-russian/", 14, "ru/w1251"),
    ("chardet+chardet", "tests/KOI8-R/", 12, "ru/koi8"),
    ("chardet+chardet", "tests/GB2312/", 8, "zh/gb"),
    ("chardet+chardet", "tests/utf-8/", 6, "misc/utf8"),
]
SINGLES = [  # (repo, path, name in IN)
    ("adbar+htmldate", "tests/eval/VnExpress.net-Kinh-doanh.html", "vi/VnExpress.net-Kinh-doanh.html"),
    ("adbar+htmldate", "tests/eval/sohu.com-Likeqiang.html", "zh/sohu.com-Likeqiang.html"),
    ("adbar+htmldate", "tests/eval/baike.baidu.com.tanya.html", "zh/baike.baidu.com.tanya.html"),
    ("mozilla+readability", "test/test-pages/qq/source.html", "zh/qq.html"),
    ("mozilla+readability", "test/test-pages/bbc-1/source.html", "en/bbc-1.html"),
    ("AndyTheFactory+newspaper4k", "tests/data/html/chinese_article_001.html", "zh/chinese_article_001.html"),
    ("AndyTheFactory+newspaper4k", "tests/data/html/chinese_article_002.html", "zh/chinese_article_002.html"),
    ("tomwillow+SmartCharsetConverter", "sample/tcvn/demo1-utf8.txt", "vi/demo1-utf8.txt"),
    ("tomwillow+SmartCharsetConverter", "sample/uchardet_test_samples/vi/utf-8.txt", "vi/uchardet-vi.txt"),
    ("tomwillow+SmartCharsetConverter", "sample/uchardet_test_samples/vi/windows-1258.txt", "vi/windows-1258.txt"),
]


def git(mirror: pathlib.Path, repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(mirror / repo / "repo"), *args], check=True,
                          capture_output=True).stdout


def main(mirror: pathlib.Path, out: pathlib.Path) -> None:
    for repo, folder, n, dest in PICKS:
        names = sorted(git(mirror, repo, "ls-tree", "-r", "--name-only", "HEAD", folder).decode().split("\n"))
        for path in [p for p in names if p][:n]:
            name = pathlib.Path(path).name
            target = out / dest / (name[:-4] + ".html" if name.endswith(".xml") else name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(git(mirror, repo, "show", f"HEAD:{path}"))
    for repo, path, dest in SINGLES:
        target = out / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(git(mirror, repo, "show", f"HEAD:{path}"))


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]))

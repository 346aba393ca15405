"""Rebuild field trial 9's feed corpus (docs/field-trial-9.md) from `fetch` mirrors of the repositories.

Usage: python tools/field_trial/make_input_9.py MIRRORS OUT [--big]

MIRRORS holds bare git directories ``owner+name/repo`` (the `fetch` tool's layout).  Every file is written
as its repository holds it (HEAD), renamed ``<prefix>__<name>``.  Sources and licences:
rbren/rss-parser test/input (MIT), danmactough/node-feedparser test/feeds (MIT), prof18/RSS-Parser
rssparser/src/commonTest/resources (Apache-2.0), kurtmckee/feedparser tests/illformed and one large
sanitize feed (BSD-2-Clause), adbar/trafilatura tests/resources feeds and sitemaps (Apache-2.0),
jocmp/capyreader rssparser and feedfinder test resources (GPL-3.0: read in the trial, never copied into
the repository).  ``--big`` also writes big20.xml: rss-parser's giantbomb podcast feed with its items
repeated 13 times (21 MB, 9,490 items) for the memory check.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SOURCES = [  # (mirror, folder, prefix, file name pattern)
    ("rbren+rss-parser", "test/input", "rssparser", r"\.(rss|atom)$"),
    ("danmactough+node-feedparser", "test/feeds", "nodefp", r"\.(xml|atom)$"),
    ("prof18+RSS-Parser", "rssparser/src/commonTest/resources", "rssparserkt", r"\.xml$"),
    ("kurtmckee+feedparser", "tests/illformed", "feedparser", r"\.xml$"),
    ("kurtmckee+feedparser", "tests/wellformed/sanitize/large_atom_feed_that_needs_css_sanitisation.xml", "feedparser",
     r"\.xml$"),
    ("adbar+trafilatura", "tests/resources", "trafilatura", r"(feed1\.atom|feed2\.rss|sitemap[\w-]*\.xml)$"),
    ("jocmp+capyreader", "rssparser/src/test/resources", "capy", r"\.xml$"),
    ("jocmp+capyreader", "feedfinder/src/test/resources", "capy", r"\.xml$"),
]


def main(mirrors: Path, out: Path, big: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for repo, folder, prefix, pattern in SOURCES:
        git = ["git", f"--git-dir={mirrors / repo / 'repo'}"]
        names = subprocess.run(git + ["ls-tree", "-r", "--name-only", "HEAD", folder], check=True,
                               capture_output=True, text=True).stdout.split()
        for name in names:
            if re.search(pattern, name):
                data = subprocess.run(git + ["show", f"HEAD:{name}"], check=True, capture_output=True).stdout
                (out / f"{prefix}__{Path(name).name}").write_bytes(data)
    if big:
        s = (out / "rssparser__giantbomb-podcast.rss").read_text(encoding="utf-8")
        a, b = s.index("<item>"), s.rindex("</item>") + len("</item>")
        (out / "big20.xml").write_text(s[:b] + s[a:b] * 12 + s[b:], encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "--big" in sys.argv[3:])

"""Turn Mozilla Readability's test pages into annotated line documents (issue 12, seventeenth round).

Mozilla Readability (github.com/mozilla/readability, Apache-2.0) keeps, under ``test/test-pages/<name>/``,
a real page as fetched (``source.html``) and the article its maintainers expect to be extracted from it
(``expected.html``): a human-checked "main content" ground truth, 130 pages of about as many sites.  Each
page becomes a text document as a crawler that dumps a page's visible text writes it (the page's visible
text blocks, ``benchmarks/cleaning.py``'s ``html_blocks``, one a line), labelled as
``tools/cleanportal_to_ann.py`` labels CleanEval pages: a block is content (``+``) when the expected
article holds it (equal to one of its blocks, or 4 words or more inside one, or its blocks inside it cover
85% of its letters), every other block clutter (``-``); a block shown twice is content once.  No sentence
ends (``bnd=no``).  The language is the page's ``lang`` in ``expected-metadata.json``, else
``mtpipe.langid.detect`` of the expected text.  The headline, which Readability moves to its metadata
(``title``), counts as content, as in this set's conventions.

    python tools/readability_to_ann.py GIT_DIR > benchmarks/data/external/readability.ann

GIT_DIR is a bare clone or snapshot of mozilla/readability; the commit used is printed first.  The
output is not committed (rebuild it with the line above); ``tools/train_line_classifier.py --extra``
reads it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

from cleaning import html_blocks  # noqa: E402
from cleanportal_to_ann import fold, labels, letters  # noqa: E402

MAX_BLOCKS = 400  # a page's first blocks (a few pages list thousands of comment blocks)


def main(git_dir: str) -> None:
    def git(*args: str) -> str:
        return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True).stdout.decode(
            "utf-8", "replace")

    from mtpipe.langid import detect

    commit = git("rev-parse", "HEAD").strip()
    print(f"# mozilla/readability {commit}", file=sys.stderr)
    names = sorted(p.rsplit("/", 1)[-1] for p in git("ls-tree", "--name-only", "HEAD", "test/test-pages/").split())
    for name in names:
        base = f"HEAD:test/test-pages/{name}"
        try:
            src = git("show", f"{base}/source.html")
            exp = git("show", f"{base}/expected.html")
        except subprocess.CalledProcessError:
            continue
        try:
            meta = json.loads(git("show", f"{base}/expected-metadata.json"))
        except (subprocess.CalledProcessError, ValueError):
            meta = {}
        try:
            blocks = [b for b in html_blocks(src) if b.strip()][:MAX_BLOCKS]
            units = [fold(u) for u in html_blocks(exp) if letters(u) >= 2]
            if meta.get("title"):  # Readability moves the headline to its metadata: content here, as in the set
                units.append(fold(meta["title"]))
        except Exception:  # noqa: BLE001  (an unparsable test page: skipped)
            continue
        if not blocks or not units:
            continue
        lang = (meta.get("lang") or "").split("-")[0].lower() or detect(" ".join(units)[:3000])
        tags = labels(blocks, units)
        if "+" not in tags:
            continue
        print(f"### doc rd-{name} lang={lang} split=readability bnd=no url=https://{name}.readability.test/")  # each page its own site (folder)
        for t, b in zip(tags, blocks):
            print(f"{t} {b}")


if __name__ == "__main__":
    main(sys.argv[1])

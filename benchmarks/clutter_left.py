"""Clutter and metadata lines the cleaner leaves on the dev pages, in buckets by what they are (issue 12, miss32).

Runs the pages of ``benchmarks/data/realpages`` as ``cleaning.py`` does (text parts together with the first pass,
each crawl site one folder with the cross-document layer) and prints, per bucket, the ``-``/``=`` lines left (more
than 10% of their letters kept), split into the dev parts, the parts kept out of miss32's tuning and the English
crawl parts, with their languages.  The buckets are shape and word tests, in order, first match wins: rough, the
first three mix related-story teasers, captions and rubrics (benchmarks/README.md, "miss32").  The blind parts
(``BLIND``, ``CURRENT`` of benchmarks/blind_sets.py) are never read.

    python benchmarks/clutter_left.py [--json LINES.json] [--show BUCKET]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks import blind_sets, cleaning as C  # noqa: E402

#: the sets being measured blind this session (twenty-fifth); every earlier blind set (held26..held36,
#: crawl12, langfresh21..30) was measured blind once and is dev now (the never-train lists are there too)
BLIND = blind_sets.CURRENT  # benchmarks/blind_sets.py
KEPT_OUT = ("held24", "held25", "crawl10", "crawl11")
EN_CRAWL = ("crawltune", "crawlheld")
_BUCKETS = [
    ("markup / bare URL", re.compile(r"^\s*(?:</?[a-z]+[^>]*>.*|https?://\S+|\S*data:image/\S+|"
                                     r"\.(?:jpe?g|png|gif|webp)\)?)\s*$", re.I)),
    ("counter", re.compile(r"^(?=.*\d)(?=.*(?:lượt|đã xem|người theo dõi|просмотр|читают|скачиван|отзыв|сообщени|"
                           r"views?|comments?|likes?|tải|đánh giá|\bpost\b))(?:\S+\s*){1,10}$", re.I)),
    ("photo caption / credit", re.compile(r"(?<!\w)(?:ảnh|hình|фото|photo|nguồn|источник|коллаж|©|shutterstock|"
                                          r"reuters|afp|getty)(?!\w)", re.I)),
]
_ADDRESS = re.compile(r"(?<!\w)(?:вы|вас|вам|ваш\w*|подпиш\w*|войти|войдите|cookie\w*|bạn|đăng nhập|đăng ký|click|"
                      r"bấm|nhấn|you|your|sign in|log in|subscribe)(?!\w)", re.I)


def bucket(tag: str, s: str) -> str:
    s = s.strip()
    w = len(s.split())
    for name, rx in _BUCKETS:
        if rx.search(s):
            return name
    if tag == "=":
        return "date / issue / source line (=)" if re.search(r"\d", s) else (
            "author name / byline (=)" if w <= 5 else "author affiliation / credit (=)")
    if _ADDRESS.search(s):
        return "prompt / notice to the reader"
    if re.search(r"читать|xem|read|подробнее|далее|more|tìm hiểu", s, re.I) and w <= 6:
        return '"read more" / link label'
    if s.endswith(":"):
        return 'label ending in ":"'
    if s.startswith(("•", "-", "–", "»", ">", "|")) or any(x in s for x in ("|", "»", " / ")):
        return "menu / breadcrumb / list item"
    if w <= 4 and s[-1:] not in ".!?…":
        return "short menu item / rubric / site name"
    if s[-1:] in ".!?…" and w >= 5:
        return "sentence-like (teaser lead, caption, notice)"
    return "headline-like (related teaser, caption without stop)"


def _rules(doc, a: int, b: int, action: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The ledger rules with ``action`` on the span ``a:b`` of ``doc.text`` (a held removal: the rule the policy held,
    as its ``kept`` note names it)."""
    ra, rb = doc.to_raw(a), doc.to_raw(b)
    got = {e.rule if action == "removed" else str(e.note or "").split(" would remove")[0]
           for e in doc.ledger if e.action == action and e.start < rb and e.end > ra
           and (action == "removed" or e.rule.startswith("policy."))}
    return sorted(got)


def lines_left() -> list[dict]:
    """Every annotated line of the dev pages, in page order, with its part, document, site, language, share of letters
    kept, the rules that removed part of it (``removed_by``) and the rules the removal policy held on it (``held``)."""
    every = [x for x in C.load(C.DATA) if not x.html and not x.split.startswith(BLIND)]
    out: list[dict] = []

    def rec(ann, doc) -> None:  # type: ignore[no-untyped-def]
        for tag, _m, _r, a, b, share in C.aligned_lines(ann, doc):
            out.append({"part": ann.split, "doc": ann.doc_id, "site": ann.site, "lang": ann.lang, "tag": tag,
                        "text": doc.text[a:b], "kept": share, "removed_by": _rules(doc, a, b, "removed"),
                        "held": _rules(doc, a, b, "kept")})

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        anns = [x for x in every if not x.crawl_site]
        paths = []
        for ann in anns:
            p = root / ann.site / f"{ann.doc_id}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        docs, _ = C.run_front(paths, root)
        for ann, d in zip(anns, docs):
            rec(ann, d)
        sites: dict[str, list] = {}
        for x in every:
            if x.crawl_site:
                sites.setdefault(x.crawl_site, []).append(x)
        for site, group in sites.items():
            folder = root / "crawl" / site
            folder.mkdir(parents=True, exist_ok=True)
            ps = []
            for ann in group:
                p = folder / f"{ann.doc_id}.txt"
                p.write_text(ann.raw(), encoding="utf-8")
                ps.append(p)
            ds, _ = C.run_front(ps, folder, first_pass=True)
            for ann, d in zip(group, ds):
                rec(ann, d)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="also write every line with its outcome here")
    ap.add_argument("--show", help="print the lines left of this bucket")
    a = ap.parse_args()
    rows = lines_left()
    if a.json:
        a.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    group = lambda p: "out" if p in KEPT_OUT else ("en" if p in EN_CRAWL else "dev")  # noqa: E731
    count: collections.Counter = collections.Counter()
    langs: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rows:
        if r["tag"] == "+" or r["kept"] <= C.CLUTTER_LEFT:
            continue
        b = bucket(r["tag"], r["text"])
        count[(b, group(r["part"]))] += 1
        count[b] += 1
        langs[b][r["lang"]] += 1
        if a.show and a.show == b:
            print(f"{r['part']:12} {r['lang']} {r['tag']} {r['text'][:120]}")
    print("| bucket | left, all | dev parts | held24/25, crawl10/11 | en crawl parts | languages |")
    print("| --- | --- | --- | --- | --- | --- |")
    for b in sorted({k for k in count if isinstance(k, str)}, key=lambda k: -count[k]):
        print(f"| {b} | {count[b]} | {count[(b, 'dev')]} | {count[(b, 'out')]} | {count[(b, 'en')]} | "
              f"{', '.join(f'{x} {n}' for x, n in langs[b].most_common())} |")


if __name__ == "__main__":
    main()

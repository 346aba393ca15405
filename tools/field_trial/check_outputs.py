"""Field-trial checks of a finished output folder (docs/field-trial-2026-12-01.md).

Placeholder-shaped strings and SentencePiece marks in outputs that the source lacks, segments of
unsupported languages in a target, traditional characters on the zh side, term statuses outside the
final ones, TMX parsed by translate-toolkit and lxml, review pages' tags balanced with unique ids, and
every word (3+ letters) of each text input found in a segment or in the ledger.

Usage: python tools/field_trial/check_outputs.py IN_DIR OUT_DIR   (needs lxml, opencc, translate-toolkit)
"""
import collections
import json
import pathlib
import re
import sys
import unicodedata
from html.parser import HTMLParser

import opencc
from lxml import etree
from translate.storage import tmx

IN, OUT = map(pathlib.Path, sys.argv[1:3])
LEAK = re.compile(r"TERM\s*\d|T\s?E\s?R\s?M\s?\d|ТЕРМ|term\d|ZX\d|⟦|⟧|\bZyq", re.I)
ODD = re.compile(r"[⟦⟧〚〛⦃⦄\u2581]|<unk>")
FINAL = {"verified", "retried", "unverified", "passthrough", "normalized", "no_target"}
T2S = opencc.OpenCC("t2s")
found: collections.Counter = collections.Counter()


def note(kind, msg):
    found[kind] += 1
    if found[kind] <= 5:
        print(f"[{kind}] {msg}")


def segment_files():
    for j in sorted(OUT.rglob("*.jsonl")):
        if ".mtpipe" not in j.parts and not j.name.endswith(".ledger.jsonl") and j.name != "entities.jsonl":
            yield j


for j in segment_files():
    for line in j.read_text(encoding="utf-8").splitlines():
        s = json.loads(line)
        src, lang = s["source"], s["src_lang"]
        for t in ("en", "zh"):
            out = s.get(t) or ""
            if LEAK.search(out) and not LEAK.search(src):
                note("placeholder_leak", f"{j}:{s['index']} {t}: {out[:100]!r}")
            if ODD.search(out) and not ODD.search(src):
                note("odd_marks", f"{j}:{s['index']} {t}: {out[:100]!r}")
            if lang not in ("ru", "vi", "en", "zh") and out:
                note("unsupported_in_target", f"{j}:{s['index']} {lang} {t}={out[:60]!r}")
        if s.get("zh") and T2S.convert(s["zh"]) != s["zh"]:
            note("traditional_in_zh", f"{j}:{s['index']} {lang} {s['zh'][:60]!r}")
        for term in s.get("terms", []):
            if term.get("status") not in FINAL:
                note("term_status_not_final", f"{j}:{s['index']} {term.get('id')} {term.get('status')} ({lang})")
for t in sorted(OUT.rglob("*.tmx")):
    try:
        tmx.tmxfile(t.read_bytes())
        etree.parse(str(t))
    except Exception as e:  # noqa: BLE001 - any parse failure is a finding
        note("tmx_invalid", f"{t}: {e}")

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
IMPLIED = ("p", "li", "td", "th", "tr", "option", "dt", "dd")


class Balance(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.ids = [], [], collections.Counter()

    def handle_starttag(self, tag, attrs):
        self.ids.update(v for k, v in attrs if k == "id")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack and self.stack[-1] != tag and self.stack[-1] in IMPLIED:
            self.stack.pop()
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> at {self.getpos()}")
        else:
            self.stack.pop()


for h in sorted(OUT.rglob("*.html")):
    p = Balance()
    p.feed(h.read_text(encoding="utf-8"))
    left = [t for t in p.stack if t not in IMPLIED + ("html", "body", "head")]
    dup = [k for k, v in p.ids.items() if v > 1]
    if p.errors or left or dup:
        note("html_invalid", f"{h}: {p.errors[:2]} unclosed={left[:3]} duplicate ids={dup[:3]}")

WORD = re.compile(r"\w{3,}")


def _bad(line: bytes) -> bool:
    try:
        line.decode("utf-8")
        return False
    except UnicodeDecodeError:
        return True


for f in sorted(IN.rglob("*")):
    if not f.is_file() or f.suffix not in (".txt", ".md"):
        continue
    stem = str(f.relative_to(IN).with_suffix(""))
    seg, led = OUT / f"{stem}.jsonl", OUT / f"{stem}.ledger.jsonl"
    if not seg.exists():
        print(f"(no output: {f})")
        continue
    raw = f.read_bytes()
    # the encoding mtpipe reported (its choice is checked by eye and by tests/test_ingest_field4.py);
    # the words read with it must all be in a segment or the ledger
    meta = json.loads(led.open(encoding="utf-8").readline()).get("meta", {})
    enc = str(meta.get("encoding", "utf-8")).replace("-bom", "-sig").split(" (")[0]
    if meta.get("read_as") == "html":
        continue  # a page saved as text: its tags are no words
    if enc.startswith("utf-8 + "):
        legacy = enc.split(" + ")[1]
        text = "".join(ln.decode("utf-8") if not _bad(ln) else ln.decode(legacy) for ln in raw.splitlines(True))
    else:
        text = raw.decode(enc, errors="replace")
    text = unicodedata.normalize("NFC", text)  # Windows-1258 writes tone marks combining
    have = " ".join(json.loads(x)["source"] for x in seg.open(encoding="utf-8"))
    have += " ".join(json.dumps(json.loads(x), ensure_ascii=False) for x in led.open(encoding="utf-8"))
    have = unicodedata.normalize("NFC", have)  # the ledger quotes the raw text, maybe decomposed
    missing = set(WORD.findall(text)) - set(WORD.findall(have))
    if missing:
        note("lost_content", f"{f}: {len(missing)} words, e.g. {sorted(missing)[:8]}")
print(dict(found) or "no findings")

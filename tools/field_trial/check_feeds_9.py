"""Field trial 9: read every file of a folder as mtpipe ingest does and print, per file, what was read:
kind, items read / item tags in the bytes, characters, CPU seconds, the reason a file is empty, warnings,
and problems (items lost, titles missing, markup, entities or CDATA left in the text).

Usage: PYTHONPATH=. python tools/field_trial/check_feeds_9.py DIR  (docs/field-trial-9.md)"""
import re, sys, time
from pathlib import Path
from mtpipe.ingest import read_document
from mtpipe.ingest_options import IngestError
ITEM = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>]")
MARK = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
ENT = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d+|#x[0-9a-fA-F]+);")
CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
root = Path(sys.argv[1])
rows = []
for p in sorted(root.iterdir()):
    data = p.read_bytes()
    n_raw = len(ITEM.findall(data))
    t = time.process_time()
    try:
        d = read_document(p, root)
    except IngestError as e:
        print(f"{p.name:60s} INGESTERROR {e}"); continue
    except Exception as e:  # a crash is a finding: named, and the run goes on
        print(f"{p.name:60s} CRASH {type(e).__name__}: {e}"); continue
    f = d.meta.get("feed") or {}
    items = f.get("items", [])
    prob = []
    if d.meta.get("read_as") == "feed":
        if len(items) != n_raw: prob.append(f"items {len(items)}/{n_raw}")
        miss = [it["title"][:40] for it in items if it["title"] and it["title"] not in d.text and " ".join(it["title"].split()) not in " ".join(d.text.split())]
        if miss: prob.append(f"titles missing {len(miss)}: {miss[:2]}")
        empty = sum(1 for it in items if not it["title"])
        if empty: prob.append(f"{empty} untitled")
    m = MARK.findall(d.text); e = ENT.findall(d.text); c = CDATA.findall(d.text)
    if m: prob.append(f"markup {len(m)} {m[:3]}")
    if e: prob.append(f"entities {len(e)} {sorted(set(e))[:5]}")
    if c: prob.append(f"cdata {len(c)}")
    print(f"{p.name:60s} {d.meta.get('read_as','-'):5s} {f.get('kind','-'):4s} it={len(items):3d}/{n_raw:3d} chars={len(d.text):7d} cpu={time.process_time()-t:.2f} nr={d.meta.get('not_read','')[:70]!r} W={[w[:80] for w in d.warnings]} {'; '.join(prob)}")

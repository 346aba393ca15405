"""Field trial 11 checks of a finished output folder against its input and glossary (docs/field-trial-11.md).

Placeholder leaks (mtpipe.placeholders.leaks) in every target; each term's offsets point at its text in the segment;
the glossary's en/zh form is in a target whose status says verified or retried; numbers of Russian sources
in both targets; glossary ru/vi forms (inflected: a stem and up to 4 letters) found in a source but in no term;
entities.jsonl counts and offsets against the records; raw placeholders in review pages and text outputs.

Usage: python tools/field_trial/check_terms_11.py IN_DIR OUT_DIR GLOSSARY   (SHOW=N prints N examples a kind)
"""
import collections, json, pathlib, re, sys, html

from mtpipe.placeholders import leaks, placeholder_like
from mtpipe.glossary.loader import load_glossaries
IN, OUT, GL = map(pathlib.Path, sys.argv[1:4])
found = collections.Counter()
def note(k, m):
    found[k] += 1
    if found[k] <= int(__import__("os").environ.get("SHOW","6")): print(f"[{k}] {m}")
g = load_glossaries([GL])
byid = {e.id: e for e in g.entries}
recs = {}
for j in sorted(OUT.rglob("*.jsonl")):
    if ".mtpipe" in j.parts or j.name.endswith(".ledger.jsonl") or j.name == "entities.jsonl": continue
    recs[j] = [json.loads(l) for l in j.read_text().splitlines()]
mentions = collections.Counter()
for j, rs in recs.items():
    doc = rs[0]["doc"]
    text = None
    for s in rs:
        src = s["source"]
        for tgt in ("en", "zh"):
            out = s.get(tgt) or ""
            if leaks(out, placeholder_like(src)): note("leak", f"{j}:{s['index']} {tgt}: {out[:80]!r}")
        for t in s["terms"]:
            mentions[(doc, t["id"])] += 1
            if src[t["start"]:t["end"]] != t["source"]:
                note("term_offset", f"{j}:{s['index']} {t['id']} {t['source']!r} vs {src[t['start']:t['end']]!r}")
            e = byid.get(t["id"])
            for tgt in ("en", "zh"):
                st = (t.get("targets") or {}).get(tgt, t["status"])
                if st in ("verified", "retried", "normalized") and e is not None:
                    form = getattr(e, tgt)
                    if form and form not in (s.get(tgt) or ""):
                        note("verified_form_missing", f"{j}:{s['index']} {t['id']} {tgt}={form!r} st={st}: {s.get(tgt)!r}")
                if st == "unverified": note("unverified", f"{j}:{s['index']} {t['id']} {tgt}")
        # numbers intact (ru via toy model only; vi uses random weights)
        if s["src_lang"] == "ru":
            for n in re.findall(r"\d+", src):
                for tgt in ("en", "zh"):
                    if n not in (s.get(tgt) or ""):
                        note("number_lost", f"{j}:{s['index']} {n!r} {tgt}: {src[:60]!r} -> {(s.get(tgt) or '')[:80]!r}")
        # a glossary ru/vi form present in the source but not among terms
        covered = [(t["start"], t["end"]) for t in s["terms"]]
        low = src.lower()
        for e in g.entries:
            for lang in ("ru", "vi"):
                if s["src_lang"] != lang: continue
                for f in e.forms(lang):
                    if len(f) < 4: continue
                    stem = f.lower() if lang == "vi" else f.lower()[:-1] if len(f) > 5 else f.lower()
                    for m in re.finditer(re.escape(stem), low):
                        a = m.start()
                        if a > 0 and low[a-1].isalpha(): continue
                        b = m.end()
                        while b < len(low) and low[b].isalpha() and b - m.end() < 4 and lang == "ru": b += 1
                        if b < len(low) and low[b].isalpha(): continue
                        if not any(ca <= a < cb for ca, cb in covered):
                            note("form_not_term", f"{j}:{s['index']} {e.id} {lang} {src[a:b]!r} in {src[max(0,a-30):b+20]!r}")
# entity index
ents = [json.loads(l) for l in (OUT / "entities.jsonl").read_text().splitlines()]
em = collections.Counter()
for e in ents:
    n = 0
    for o in e["occurrences"]:
        em[(o["doc"], e["id"])] += 1; n += 1
    if n != e["mentions"]: note("entity_count", f"{e['id']} mentions={e['mentions']} occ={n}")
if em != mentions:
    for k in set(em) | set(mentions):
        if em[k] != mentions[k]: note("entity_vs_records", f"{k} index={em[k]} records={mentions[k]}")
# entity occurrence offsets are document offsets: check against segment + record
seg = {(rs[0]["doc"], s["index"]): s for rs in recs.values() for s in rs}
for e in ents:
    for o in e["occurrences"]:
        s = seg.get((o["doc"], o["segment"]))
        if s is None or not (s["start"] <= o["start"] and o["end"] <= s["end"]) or s["source"][o["start"]-s["start"]:o["end"]-s["start"]] != o["source"]:
            note("entity_offset", f"{e['id']} {o}")
# review pages
LEAKRE = re.compile(r"TERM\s*\d|⟦|⟧|\bZX\d")
for h in OUT.rglob("*.html"):
    t = h.read_text()
    body = re.sub(r"<script.*?</script>|<style.*?</style>", "", t, flags=re.S)
    txt = html.unescape(re.sub(r"<[^>]+>", " ", body))
    if LEAKRE.search(txt): note("html_leak", f"{h}: {LEAKRE.search(txt).group()!r}")
for p in OUT.rglob("*.txt"):
    if LEAKRE.search(p.read_text()): note("txt_leak", str(p))
print(dict(found))

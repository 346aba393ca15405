"""The spam context model held out of langfresh19 and 20 (spam30): the shipped weights and a refit without them.

Reads ``benchmarks/spam_context.py``'s rows (a ``--cache`` file written with langfresh20 added to its SETS), keeps the
tokens the other tests miss and the control words in sentences they leave; prints, for the shipped WEIGHTS/GATE and for
a model fitted without langfresh19/20 (gate at ``budget`` training control sentences over it): each reporting set's
missed tokens caught, its own control sentences flagged, the external control words over the gate; then leave one
set out over the training sets (missed candidates, caught, own control sentences flagged).

    PYTHONPATH=$PWD python benchmarks/spam_context_heldout.py /tmp/ctx.json 10
"""
import sys, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import spam_context as S
from mtpipe.clean.spam_context import score, WEIGHTS, GATE, FEATURES
rows = json.loads(Path(sys.argv[1]).read_text())
budget = int(sys.argv[2]) if len(sys.argv) > 2 else 10
rows = [r for r in rows if (r["y"] == 1 and not r["caught"]) or (r["y"] == 0 and not r["flagged"])]
REPORT = {"langfresh19", "langfresh20"}
own = lambda s: {s, "base:" + s, "rows:" + s}
rep = set().union(*(own(s) for s in REPORT))
train = [r for r in rows if r["set"] not in rep]
def ev(w, g, sets, label):
    for s in sets:
        test = [r for r in rows if r["set"] == s and r["y"] == 1]
        caught = [r["tok"] for r in test if score(r["x"], w) > g]
        ctrl = {(r["set"], r["sent"]) for r in rows if r["set"] in own(s) and r["y"] == 0 and score(r["x"], w) > g}
        print(f"  {label} {s:13} missed-candidates {len(test):3} caught {len(caught):3} own controls flagged {len(ctrl)} {caught}")
ext = lambda w, g: sorted({(r['set'], r['sent'], r['tok']) for r in rows if r['y'] == 0 and not r['set'].startswith(('base:', 'rows:')) and score(r['x'], w) > g})
print("shipped weights, gate", GATE)
ev(WEIGHTS, GATE, sorted(REPORT), "shipped")
print("  external controls over gate:", ext(WEIGHTS, GATE))
w = S.fit(train, 1.0)
g = S.gate(train, w, 0.25, budget)
print("refit without 19/20, budget", budget, "gate", g)
ev(w, g, sorted(REPORT), "refit")
print("  external controls over gate:", ext(w, g))
print("WEIGHTS", w)
# LOSO over training sets
tot = [0, 0, 0]
for s in S.SETS:
    if s in REPORT: continue
    tr = [r for r in train if r["set"] not in own(s)]
    wk = S.fit(tr, 1.0); gk = S.gate(tr, wk, 0.25, budget)
    test = [r for r in rows if r["set"] == s and r["y"] == 1]
    c = [r["tok"] for r in test if score(r["x"], wk) > gk]
    ctrl = {(r["set"], r["sent"]) for r in rows if r["set"] in own(s) and r["y"] == 0 and score(r["x"], wk) > gk}
    tot[0] += len(test); tot[1] += len(c); tot[2] += len(ctrl)
print("LOSO over training sets (missed cands, caught, own controls flagged):", tot)

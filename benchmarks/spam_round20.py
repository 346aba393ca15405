"""Spam figures of spam25 (issue 12 point 3): every dev spam set (langfresh ... 17) and every clean control.

Runs against the ``mtpipe`` on ``PYTHONPATH``: once at the baseline's exported tree, once here; compare (README,
"Spam, Round 20"). Controls (each text alone through ``Cleaner()``, meta lang vi; sentences or documents with a
``spam.*`` entry): spam_syllables.py's sets, the langfresh13-17 sentence rows, realpages' vi documents (every
``.ann`` part in the tree) and, with ``--wiki FILE``, the held-out Wikipedia sentences of
``tools/build_vi_syllables.py --held-out FILE``. ``--show`` lists the flagged texts.

    PYTHONPATH=. python benchmarks/spam_round20.py [--wiki /tmp/wiki_held.txt] [--show]
"""
import sys, json
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import langid as L
import spam_syllables as S
import cleaning as C
from blind_sets import is_current
from mtpipe.clean import Cleaner
from mtpipe.document import Document
M = Path("/work/.mirror"); D = ROOT / "benchmarks/data"
out = {}
show = "--show" in sys.argv
dev = S.DEV + ["langfresh17"]
tot = 0
for name in dev:
    f = L.spam_figures(L.load_spam("all", D / name))
    out[name] = {k: f.get(k, 0) for k in ("cases", "repaired_wrong", "flagged", "missed", "false_alarms")}
    tot += f.get("missed", 0)
out["dev_missed_total"] = tot
sets = {
    "leipzig_vi": S.git_show(M, "pemistahl+lingua-py", "language-testdata/sentences/vi.txt").splitlines(),
    "vtb_train": S.conllu(M, "UD_Vietnamese-VTB", "vi_vtb-ud-train.conllu"),
    "vtb_dev": S.conllu(M, "UD_Vietnamese-VTB", "vi_vtb-ud-dev.conllu"),
    "vtb_test": S.conllu(M, "UD_Vietnamese-VTB", "vi_vtb-ud-test.conllu"),
    "tuecl": S.conllu(M, "UD_Vietnamese-TueCL", "vi_tuecl-ud-test.conllu"),
    "flores_vi": (ROOT / "tests/data/flores200-devtest/vie_Latn.devtest").read_text(encoding="utf-8").splitlines(),
    "spamnames16": [t for _, lang, _, t in L.load_sentences("all", D / "spamnames16") if lang == "vi"],
    "langfresh13-17_sent": [t for n in ("langfresh13", "langfresh14", "langfresh14b", "langfresh15", "langfresh16", "langfresh17")
                            for _, lang, _, t in L.load_sentences("all", D / n) if lang == "vi"],
    "realpages_vi_docs": [d.raw() for d in C.load(D / "realpages") if d.lang == "vi" and not is_current(d.split)],
}
if "--wiki" in sys.argv:
    sets["wiki_held"] = Path(sys.argv[sys.argv.index("--wiki") + 1]).read_text(encoding="utf-8").splitlines()
cl = Cleaner()
for name, texts in sets.items():
    flagged = []
    for i, t in enumerate(texts):
        if not t.strip():
            continue
        d = cl(Document(doc_id=f"c{i}", path="", raw_text=t, text=t, meta={"lang": "vi"}))
        hits = [t[e.start:e.end] for e in d.ledger if e.rule.startswith("spam.")]
        if hits:
            flagged.append(f"{hits}: {t[:120]}" if name != "realpages_vi_docs" else f"{hits}")
    out[name] = {"n": sum(bool(t.strip()) for t in texts), "flagged": len(flagged)}
    if show:
        out[name]["which"] = flagged
print(json.dumps(out, ensure_ascii=False, indent=0))

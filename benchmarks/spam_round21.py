"""Spam figures of spam27 (issue 12 point 3): :mod:`mtpipe.clean.spam_slots` on and off, in one run.

"Off" is the same tree with ``spam_slots.syllable_slot`` answering False (the branch point's behaviour: the class
only adds flags). For each dev spam set (langfresh ... 18): missed / repaired wrongly / flagged, on and off. For each
clean control (spam_round20's sets, every langfresh13-18 sentence and base sentence, and with ``--wiki FILE`` the
held-out Wikipedia sentences of ``tools/build_vi_syllables.py --held-out FILE``): sentences with a ``spam.*`` entry,
on and off, and the sentences flagged only with the class on.

``--loso``: leave one set out, per class of :data:`~mtpipe.clean.spam_slots.BARS`. For each of langfresh13-18
held out, the bars (between two syllables, beside one) are chosen on a grid from the other five sets alone: the most
catches there (cases the class flags that the rest of the cleaner misses) with 0 control sentences newly flagged,
ties to the higher bars; the table gives the catches on the held-out set at those bars, and at the shipped ones.

    PYTHONPATH=. python benchmarks/spam_round21.py [--wiki /tmp/wiki_held.txt] [--loso] [--show]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import cleaning as C  # noqa: E402
from blind_sets import is_current  # noqa: E402
import langid as L  # noqa: E402
import spam_syllables as S  # noqa: E402

from mtpipe.clean import Cleaner, spam  # noqa: E402
from mtpipe.clean import spam_slots  # noqa: E402
from mtpipe.clean.spam_bigrams import load_bigrams  # noqa: E402
from mtpipe.document import Document  # noqa: E402

M = Path("/work/.mirror")
D = ROOT / "benchmarks" / "data"
DEV = ["langfresh", "langfresh8", "langfresh9", "langfresh10", "langfresh11", "langfresh12", "langfresh12b",
       "langfresh13", "langfresh14", "langfresh14b", "langfresh15", "langfresh16", "langfresh17", "langfresh18"]
LOSO = ["langfresh13", "langfresh14", "langfresh14b", "langfresh15", "langfresh16", "langfresh17", "langfresh18"]
GRID_TWO = [2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 8.0, 99.0]
GRID_ONE = [3.5, 4.0, 4.5, 5.0, 6.0, 7.0, 99.0]
_TOKEN = re.compile(r"(?<![\w./@:&=?#%+-])([A-Za-z0-9][A-Za-z0-9-]{1,30}(?:\.[A-Za-z]{2,8})?)(?![\w/@-]|\.\w)")


def controls(wiki: Path | None) -> dict[str, list[str]]:
    sets = {
        "leipzig_vi": S.git_show(M, "pemistahl+lingua-py", "language-testdata/sentences/vi.txt").splitlines(),
        "vtb_train": S.conllu(M, "UD_Vietnamese-VTB", "vi_vtb-ud-train.conllu"),
        "vtb_dev": S.conllu(M, "UD_Vietnamese-VTB", "vi_vtb-ud-dev.conllu"),
        "vtb_test": S.conllu(M, "UD_Vietnamese-VTB", "vi_vtb-ud-test.conllu"),
        "tuecl": S.conllu(M, "UD_Vietnamese-TueCL", "vi_tuecl-ud-test.conllu"),
        "flores_vi": (ROOT / "tests/data/flores200-devtest/vie_Latn.devtest").read_text(encoding="utf-8").splitlines(),
        "spamnames16": [t for _, lang, _, t in L.load_sentences("all", D / "spamnames16") if lang == "vi"],
        "langfresh13-18 sentences": [t for n in LOSO for _, lang, _, t in L.load_sentences("all", D / n) if lang == "vi"],
        "langfresh..18 base sentences": [r[4] for n in DEV for r in L.load_spam("all", D / n)],
        "realpages vi lines": [ln for d in C.load(D / "realpages") if d.lang == "vi" and not is_current(d.split)
                               for ln in d.raw().splitlines()],
    }
    if wiki:
        sets["wiki_held"] = wiki.read_text(encoding="utf-8").splitlines()
    return {k: [t for t in v if t.strip()] for k, v in sets.items()}


def flagged(cl: Cleaner, texts: list[str]) -> set[str]:
    out = set()
    for i, t in enumerate(texts):
        d = cl(Document(doc_id=f"c{i}", path="", raw_text=t, text=t, meta={"lang": "vi"}))
        if any(e.rule.startswith("spam.") for e in d.ledger):
            out.add(t)
    return out


def spam_sets() -> dict[str, dict[str, object]]:
    out = {}
    for n in DEV:
        f = L.spam_figures(L.load_spam("all", D / n))
        out[n] = {k: f.get(k, 0) for k in ("cases", "repaired_wrong", "flagged", "missed", "false_alarms")}
        out[n]["missed_tokens"] = [p for p in f["problems"] if "->" not in p]
    return out


def main() -> None:
    wiki = Path(sys.argv[sys.argv.index("--wiki") + 1]) if "--wiki" in sys.argv else None
    show = "--show" in sys.argv
    ctrl = controls(wiki)
    real = spam.syllable_slot
    res: dict[str, dict] = {}
    for state in ("off", "on"):
        spam.syllable_slot = real if state == "on" else (lambda *a, **k: False)
        cl = Cleaner()
        res[state] = {"sets": spam_sets(), "controls": {k: flagged(cl, v) for k, v in ctrl.items()}}
    spam.syllable_slot = real
    out: dict[str, object] = {"spam": {}, "controls": {}}
    for n in DEV:
        a, b = res["off"]["sets"][n], res["on"]["sets"][n]
        out["spam"][n] = {k: f"{a[k]} -> {b[k]}" for k in ("missed", "repaired_wrong", "flagged", "false_alarms")}
        if show:
            out["spam"][n]["caught_now"] = sorted(set(a["missed_tokens"]) - set(b["missed_tokens"]))
    for k, v in ctrl.items():
        a, b = res["off"]["controls"][k], res["on"]["controls"][k]
        out["controls"][k] = {"n": len(v), "flagged": f"{len(a)} -> {len(b)}", "new": len(b - a), "gone": len(a - b)}
        if show and b - a:
            out["controls"][k]["new_which"] = sorted(b - a)[:20]
    if "--loso" in sys.argv:
        out["loso"] = loso(ctrl, res["off"]["controls"], {n: set(res["off"]["sets"][n]["missed_tokens"]) for n in LOSO})
    print(json.dumps(out, ensure_ascii=False, indent=1))


def loso(ctrl: dict[str, list[str]], off_flags: dict[str, set[str]], missed: dict[str, set[str]]) -> dict[str, object]:
    known = load_bigrams().uni
    # every control token the class could weigh, in a sentence the rest of the cleaner leaves unflagged
    cev: list[tuple[str, float, bool, str]] = []
    for k, texts in ctrl.items():
        for t in texts:
            if t in off_flags[k]:
                continue
            for m in _TOKEN.finditer(t):
                ev = spam_slots.slot_evidence(t, *m.span(1), known)
                if ev:
                    cev.append((*ev, t))
    sev: dict[str, list[tuple[str, float, bool]]] = {n: [] for n in LOSO}
    for n in LOSO:
        for r in L.load_spam("all", D / n):
            text, tok = r[1], r[2]
            if tok not in missed[n]:
                continue
            a = text.index(tok)
            ev = spam_slots.slot_evidence(text, a, a + len(tok), known)
            if ev:
                sev[n].append(ev)

    def fires(shape, odds, two, bars, g):
        bar = bars[0] if two else bars[1]
        return shape == g and bar is not None and odds > bar

    table = {}
    for g in spam_slots.BARS:
        ok = [(t2, t1) for t2 in GRID_TWO for t1 in GRID_ONE
              if not any(fires(s, o, tw, (t2, t1), g) for s, o, tw, _ in cev)]
        row = {}
        for held in LOSO:
            rest = [n for n in LOSO if n != held]
            best = max(ok, key=lambda bb: (sum(fires(*e, bb, g) for n in rest for e in sev[n]), bb))
            row[held] = {"bars": best, "catches": sum(fires(*e, best, g) for e in sev[held]),
                         "shipped": sum(fires(*e, spam_slots.BARS[g], g) for e in sev[held])}
        table[g] = row
    return table


if __name__ == "__main__":
    main()

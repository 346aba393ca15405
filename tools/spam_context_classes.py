"""Context classes of the single spam tokens the cleaner misses, against the clean controls (spam61, issue 12).

spam59 (``tools/spam_miss_classes.py``) grouped the dev misses by *shape*; this script weighs four classes of their
*context*, each a test of a token between its neighbours (Wikipedia syllable bigrams of
:func:`mtpipe.clean.spam_bigrams.wiki_successors`, the foreign-word slots of :mod:`mtpipe.clean.spam_slots`):

- ``orphan_tail``: the shipped test, :func:`mtpipe.clean.spam_orphan.orphan_tail` (a compound's tail after the token);
- ``bound_head``: its mirror on the left: ``prev`` written in lower case, its likeliest successor taking 30% of its
  sightings or more with a PMI of 4 or more, a foreign word rarely after it (log-odds 4 or more), ``prev`` closing no
  word with the syllable before it, a syllable after the token;
- ``two_sided``: one syllable makes a word (PMI 3 or more) with each neighbour ("sự cạnh · từ");
- ``lone``: the token is the only word of its sentence (ten words or more) that is no Vietnamese syllable nor a figure.

Misses: :func:`spam_miss_classes.misses` of the cleaner without ``orphan_tail`` (dev sets; langfresh33 counted
apart, held out of tuning). Controls: every
Latin word :func:`mtpipe.clean.spam_context.candidate` admits (``english`` compounds too) in the clean controls of
``benchmarks/spam_context.py`` (without the held-out Wikipedia) and the realpages ``lang=vi`` lines and documents
of the dev parts. A class separates when it takes misses and no control.

    PYTHONPATH=$PWD python tools/spam_context_classes.py [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

_SENTENCE_END = re.compile(r"[.!?](?: |$)|\n")
_WORDS = re.compile(r"[^\W_]+(?:[.-][^\W_]+)*")


def _bound_head(text: str, a: int, b: int) -> bool:
    from mtpipe.clean.spam_context import _bound, _pmi, side_odds
    from mtpipe.clean.spam_slots import _succ, neighbours

    prev, nxt = neighbours(text, a, b)
    if not prev or not nxt or not text[:a].rstrip().split()[-1].islower() or _bound(prev, True) < 0.3:
        return False
    top = max(_succ()[0].get(prev, {}).items(), key=lambda kv: kv[1])[0]
    m = re.search(r"([^\W\d_]+) \S+ $", text[max(0, a - 40):a])
    return _pmi(prev, top) >= 4 and side_odds(prev, nxt)[1] >= 4 and not (m and _pmi(m.group(1).lower(), prev) > 0)


def _two_sided(text: str, a: int, b: int) -> bool:
    from mtpipe.clean.spam_context import _pmi
    from mtpipe.clean.spam_slots import _succ, neighbours

    prev, nxt = neighbours(text, a, b)
    return bool(prev and nxt) and any(
        _pmi(prev, c) >= 3 and _pmi(c, nxt) >= 3 for c in _succ()[0].get(prev, {}) if nxt in _succ()[0].get(c, {}))


def _lone(text: str, a: int, b: int) -> bool:
    from mtpipe.clean.spam_gaps import _SYLLABLE, _strip_tones

    s = max([m.end() for m in _SENTENCE_END.finditer(text, 0, a)], default=0)
    m = _SENTENCE_END.search(text, b)
    words = [(w.start(), w.group()) for w in _WORDS.finditer(text, s, m.start() if m else len(text))]
    return len(words) >= 10 and all(i == a or w.isdigit() or _SYLLABLE.fullmatch(_strip_tones(w.lower()))
                                    for i, w in words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print each control a class takes")
    args = ap.parse_args()
    import cleaning as CL
    import spam_context as S
    from blind_sets import is_current
    from spam_miss_classes import controls, misses

    from mtpipe.clean.spam_bigrams import load_bigrams
    from mtpipe.clean.spam_context import candidate
    from mtpipe.clean.spam_orphan import orphan_tail
    from mtpipe.clean.spam_shapes import TOKEN

    known = load_bigrams().uni
    tests = {"orphan_tail": lambda t, a, b: orphan_tail(t, a, b, known), "bound_head": _bound_head,
             "two_sided": _two_sided, "lone": _lone}
    import mtpipe.clean.spam as SP
    import mtpipe.clean.spam_invited as SI

    SP.orphan_tail = SI.orphan_tail = lambda *_: False  # the misses of the cleaner without the shipped class
    rows = misses()
    SP.orphan_tail = SI.orphan_tail = orphan_tail
    texts = [t for page in S.controls(Path("/work/.mirror"), None).values() for p in page for t in p]
    texts += [t for _, t in controls()]
    texts += [x.raw() for x in CL.load(ROOT / "benchmarks" / "data" / "realpages")
              if x.lang == "vi" and not is_current(x.split)]
    words = [(t, *m.span(1)) for t in dict.fromkeys(texts) for m in TOKEN.finditer(t)
             if candidate(t, *m.span(1), known, allow=("english",))]
    held_n = sum(r[0] == "langfresh33" for r in rows)
    print(f"{len(rows) - held_n} missed on langfresh8..32 (+{held_n} on langfresh33), {len(words)} admitted control "
          f"words in {len(set(texts))} texts")
    for name, test in tests.items():
        taken = [(s, tok) for s, _, tok, text in rows if test(text, text.index(tok), text.index(tok) + len(tok))]
        dev = [tok for s, tok in taken if s != "langfresh33"]
        held = [tok for s, tok in taken if s == "langfresh33"]
        ctl = [(t, a, b) for t, a, b in words if test(t, a, b)]
        print(f"{name:12} dev {len(dev):3} {dev[:8]} | langfresh33 {len(held)} | controls {len(ctl)}")
        if args.show:
            for t, a, b in ctl[:30]:
                print("    ", t[a:b], "|", t[max(0, a - 50):b + 50].replace("\n", " "))


if __name__ == "__main__":
    main()

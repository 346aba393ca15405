"""Which placeholder shape survives the toy model best (and the NLLB-like mangling wrapper).

The toy model (``mtpipe models build-test --kind toy``) has no placeholder pieces in its vocabulary
and never saw a placeholder in training: it learned to copy Latin codes, names and numbers
(:func:`mtpipe.models.build_test.toy_code`).  For each shape of :data:`mtpipe.placeholders.SHAPES`,
toy sentences with one to three placeholders are translated into English and Chinese; a sentence
passes when every placeholder comes back exactly once (``restore`` reports all found).  Also shown:
how many SentencePiece pieces one placeholder takes, and the term probe's choice of shape.

Run: ``python benchmarks/placeholder_shapes.py [--config PATH] [--sentences 200]``
(default config: the toy model the test suite built under ``MTPIPE_TEST_MODELS`` or ``.cache``).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def toy_config() -> Path:
    sys.path.insert(0, str(REPO))
    from tests.conftest import _build

    return _build("toy")


def main() -> None:
    from mtpipe.config import load_config
    from mtpipe.glossary.probe import probe_strategies
    from mtpipe.glossary.protect import ProtectOptions, restore
    from mtpipe.models.build_test import mangle_placeholders, toy_lexicon, toy_sentence, toy_source, toy_translate
    from mtpipe.placeholders import SHAPES, leaks
    from mtpipe.translator import TranslatorPool

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=None)
    ap.add_argument("--sentences", type=int, default=200)
    args = ap.parse_args()
    config = args.config or toy_config()
    pool = TranslatorPool(load_config(config))
    lex = toy_lexicon()
    rng = random.Random(7)
    sents = []
    while len(sents) < args.sentences:
        w = toy_sentence(rng, lex, max_terms=3)
        if any(x.startswith("TERM") for x in w):
            sents.append(w)
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(Path(config).parent / "toy" / "source.spm"))
    print(f"toy model {config}; {len(sents)} sentences with 1-3 placeholders each, into en and zh\n")
    print(f"{'shape':<8} {'example':<8} {'pieces':>6} {'sentences kept':>15} {'mangled: kept':>14} {'leaks after restore':>20}")
    for name, shape in SHAPES.items():
        def put(words: list[str]) -> list[str]:
            return [shape.make(int(x[4:])) if x.startswith("TERM") else x for x in words]

        kept = mangled_kept = leaked = 0
        for tgt in ("en", "zh"):
            srcs = [toy_source(put(w)) for w in sents]
            outs = pool.translate(srcs, "ru", tgt)
            for w, src, out in zip(sents, srcs, outs):
                n = sum(x.startswith("TERM") for x in w)
                forms = [f"<{k}>" for k in range(n)]
                opts = ProtectOptions(shape=name)
                text, ok = restore(out, forms, tgt, opts)
                kept += all(ok)
                leaked += bool(leaks(text, [src]))
                mtext, mok = restore(mangle_placeholders(out, src), forms, tgt, opts)
                mangled_kept += all(mok)
        pieces = len(sp.encode(" " + shape.make(1), out_type=str))
        total = 2 * len(sents)
        print(f"{name:<8} {shape.make(1):<8} {pieces:>6} {kept / total:>15.3f} {mangled_kept / total:>14.3f} "
              f"{leaked / total:>20.3f}")
    print()
    for tgt in ("en", "zh"):
        r = probe_strategies(lambda xs, t=tgt: pool.translate(xs, "ru", t), ["ru"], tgt)
        print(f"probe ru->{tgt}: {r.describe()}; shapes {r.shapes}")
    # the whole loop (placeholder, inline, pieces) on toy sentences whose TERMk are glossary names
    from mtpipe.document import Segment, Term
    from mtpipe.glossary.protect import translate_segments

    names = [("Чанчунь", "Changchun", "长春"), ("Ван Цзылянь", "Wang Zilian", "王子联"), ("Цзилинь", "Jilin", "吉林")]
    print(f"\n{'model':<22} {'target':<6} {'segments':>8} {'leaks':>6} {'unverified terms':>17} {'strategies':>30}")
    for label, mangle in (("toy", False), ("toy + NLLB-like mangling", True)):
        for tgt in ("en", "zh"):
            segs = []
            for i, w in enumerate(sents):
                text, terms = "", []
                for x in w:
                    if text:
                        text += " "
                    if x.startswith("TERM"):
                        ru, en, zh = names[int(x[4:]) % len(names)]
                        terms.append(Term(id=en, source=ru, start=len(text), end=len(text) + len(ru), en=en, zh=zh))
                        text += ru
                    else:
                        text += x
                segs.append(Segment(i, 0, len(text) + 1, text + ".", "ru", terms=terms))

            def model(xs, t=tgt, m=mangle):
                outs = pool.translate(xs, "ru", t)
                return [mangle_placeholders(o, x) for x, o in zip(xs, outs)] if m else outs

            translate_segments(segs, "ru", tgt, model)
            n_leaks = sum(bool(leaks(s.translations[tgt].text, [s.source] + [t.target(tgt) for t in s.terms]))
                          for s in segs)
            unver = sum(t.targets[tgt] == "unverified" for s in segs for t in s.terms)
            n_terms = sum(len(s.terms) for s in segs)
            strat: dict[str, int] = {}
            for s in segs:
                strat[s.translations[tgt].strategy] = strat.get(s.translations[tgt].strategy, 0) + 1
            print(f"{label:<22} {tgt:<6} {len(segs):>8} {n_leaks:>6} {unver:>8}/{n_terms:<8} {str(strat):>30}")


if __name__ == "__main__":
    main()

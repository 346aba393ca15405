"""What the front's language ID and sentence splitting would save if one of their functions cost nothing: the upper
bound of any exact speed-up of that function, measured on the calls of a real run.

    PYTHONPATH=$PWD python tools/front_calls.py [--repeat 5] [--only identify|split|classify]

One ``run_front`` over the realpages text pages (after a warm-up) records the inputs of the segmenter's
``identify`` and ``split_sentences`` calls, the cleaner's page-level ``identify`` and every py3langid ``classify``.
Each is then replayed (CPU time, best of ``--repeat``); for each named callee, the replay is timed again with the
callee's answers served from a table filled on a first pass (its own work gone, a dict lookup left): the
difference is what the callee costs inside its caller.  Numbers under ~0.02 s are noise.  Why (perf78): the
sampler (``tools/front_sample.py``) and cProfile disagree 2-3x on this flat profile; this reads the real calls.
Reads the data folder's ``.ann`` files but the blind parts (benchmarks/blind_sets.py).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import blind_sets  # noqa: E402
import cleaning  # noqa: E402

IDENTIFY_PARTS = ("fold_lookalikes", "join_spaced", "_other_language", "_detect_read", "dictionary_neighbour",
                  "_latin_other", "_without_russian_words", "words_language", "without_chinese_names",
                  "_plain_russian", "script_counts")
SPLIT_PARTS = ("_merge_false_breaks", "_nospace_breaks", "digit_nospace_breaks", "glued_breaks", "page_breaks",
               "date_nospace_breaks", "move_labels", "_quote_breaks", "_merge_dateline", "_split_terminal",
               "_merge_date_opening", "merge_heading_line", "label_lead", "title_question")


def best(fn: Callable[[], Any], n: int) -> float:
    got = []
    for _ in range(n):
        t0 = time.process_time()
        fn()
        got.append(time.process_time() - t0)
    return min(got)


def _frozen(x: Any) -> Any:
    return tuple(map(_frozen, x)) if isinstance(x, (list, tuple)) else x


def free_answers(module: Any, names: tuple[str, ...], replay: Callable[[], Any], n: int) -> None:
    """Per name: the replay's time less the replay's time with ``module.name`` answered from a table."""
    base = best(replay, n)
    print(f"  all: {base:.3f} s")
    for name in names:
        orig = getattr(module, name, None)
        if orig is None:
            continue
        table: dict[Any, Any] = {}

        def served(*a: Any, _o: Any = orig, _t: dict[Any, Any] = table, **k: Any) -> Any:
            key = (_frozen(a), tuple(sorted(k.items())))
            if key not in _t:
                _t[key] = _o(*a, **k)
            got = _t[key]
            return list(got) if isinstance(got, list) else got  # a caller may extend the list it gets

        setattr(module, name, served)
        try:
            replay()
            t = best(replay, n)
        finally:
            setattr(module, name, orig)
        print(f"  {name:24s} {base - t:+.3f} s  ({len(table)} distinct calls)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=cleaning.DATA)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", choices=("identify", "split", "classify"))
    a = ap.parse_args(argv)
    import py3langid.langid as pl

    import mtpipe.langid as lid
    import mtpipe.segment as seg
    import mtpipe.segment.sentences as sents

    anns: list[cleaning.AnnDoc] = []
    for f in sorted(a.data.glob("*.ann")):
        if f.stem not in blind_sets.CURRENT:
            anns.extend(cleaning.load_file(f))
    anns = [x for x in anns if not x.crawl_site and not x.html]
    seg_ids: list[tuple[str, tuple[str, ...]]] = []
    page_ids: list[tuple[str, tuple[str, ...]]] = []
    splits: list[tuple[str, str]] = []
    classified: list[tuple[Any, str]] = []
    identify, split, classify = lid.identify, seg.split_sentences, pl.LanguageIdentifier.classify

    def rec(calls: list[Any]) -> Callable[..., str]:
        def one(text: str, languages: Any = lid.LANGUAGES) -> str:
            calls.append((text, tuple(languages)))
            return identify(text, languages)
        return one

    def rec_split(text: str, lang: str) -> list[tuple[int, int]]:
        splits.append((text, lang))
        return split(text, lang)

    def rec_classify(self: Any, text: str) -> Any:
        classified.append((self, text))
        return classify(self, text)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = []
        for ann in anns:
            p = root / ann.site / f"{ann.doc_id}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        cleaning.run_front(paths, root)  # warm-up: lazy imports, models
        seg.identify, lid.identify, seg.split_sentences = rec(seg_ids), rec(page_ids), rec_split
        pl.LanguageIdentifier.classify = rec_classify  # type: ignore[method-assign]
        try:
            cleaning.run_front(paths, root)
        finally:
            seg.identify, lid.identify, seg.split_sentences = identify, identify, split
            pl.LanguageIdentifier.classify = classify  # type: ignore[method-assign]
    print(f"{len(paths)} text pages: segmenter identify {len(seg_ids)} calls ({len(set(seg_ids))} distinct), "
          f"page identify {len(page_ids)}, split_sentences {len(splits)} ({len(set(splits))} distinct), "
          f"py3langid classify {len(classified)} ({len({(id(i), t) for i, t in classified})} distinct)")
    if a.only in (None, "identify"):
        for label, calls in (("segmenter identify", seg_ids), ("page identify (cleaner)", page_ids)):
            print(label)
            free_answers(lid, IDENTIFY_PARTS, lambda calls=calls: [lid.identify(t, ls) for t, ls in calls], a.repeat)
    if a.only in (None, "split"):
        print("split_sentences")
        free_answers(sents, SPLIT_PARTS, lambda: [sents.split_sentences(t, lg) for t, lg in splits], a.repeat)
    if a.only in (None, "classify"):
        print(f"py3langid classify: {best(lambda: [i.classify(t) for i, t in classified], a.repeat):.3f} s")


if __name__ == "__main__":
    main()

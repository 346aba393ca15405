"""Language ID, traditional-Chinese pass-through and single spam tokens on fresh material (issue 12, lang6).

The set is ``benchmarks/data/langfresh/`` (SOURCES there): real sentences of languages mtpipe does
not translate that share a script with ru/vi/en/zh or sit next to them (Ukrainian ... Buryat,
Korean, Japanese, Thai, Khmer, Lao, Malay, Indonesian, Tagalog), Cantonese and traditional
Chinese, Russian with Latin names and addresses, Vietnamese with English terms; and Vietnamese
sentences with one real gambling name pasted over a syllable.  Each row is ``dev`` or ``blind``.

Figures, per expected language:

* ``sentence``: each sentence alone as a document through the segmenter (language ID, no page
  around it); ``page``: the sentences of one language and source as the lines of one document.
  ``ok`` = segments labelled the expected language (supported languages) or flagged
  ``unsupported_language`` (the others; Cantonese may also be ``zh``: its pass-through is
  converted like any traditional text); ``leak`` = segments of an unsupported language labelled
  ru/vi/en (they would be translated as that language) or zh (copied into the zh target).
* ``e2e`` (``--e2e``): the page documents through ``mtpipe translate --to en,zh`` with the offline
  test models: segments of an unsupported language whose ``en`` or ``zh`` output is not empty, and
  traditional characters left in the ``zh`` output of the Chinese and Cantonese pages (a character
  is traditional when OpenCC's ``t2s`` or ``hk2s`` changes it on its own).
* spam: each case through the cleaner (spam repair as configured by default): ``repaired`` right
  (the original syllable, case aside), ``repaired wrongly``, ``flagged`` (left, ``spam.unrepaired``)
  or ``missed``; and the same sentences without the token: false alarms.

    python benchmarks/langid.py --split dev            # tune on this
    python benchmarks/langid.py --split blind --e2e    # report this, once
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "langfresh"
SUPPORTED = ("ru", "vi", "en", "zh")
ZH_FAMILY = ("zh", "yue")  # their zh output is a pass-through, converted to simplified


def load_sentences(split: str = "all", data: Path = DATA) -> list[tuple[str, str, str, str]]:
    """``(split, expected language, source, text)`` rows of ``sentences.tsv``."""
    rows = []
    for line in (data / "sentences.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sp, lang, source, text = line.split("\t")
        if split in ("all", sp):
            rows.append((sp, lang, source, text))
    return rows


def load_spam(split: str = "all", data: Path = DATA) -> list[tuple[str, str, str, str, str, str]]:
    """``(split, spam text, token, original syllable, original sentence, place)`` rows of ``spam.tsv``
    (``place``: where the token stands, langfresh8's sixth column; ``-`` where the set has none)."""
    rows = []
    for line in (data / "spam.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sp, text, tok, orig, sent, *place = line.split("\t")
        if split in ("all", sp):
            rows.append((sp, text, tok, orig, sent, place[0] if place else "-"))
    return rows


def judge(expected: str, label: str, flags: list[str] | set[str]) -> tuple[bool, bool]:
    """``(ok, leak)`` of one segment of a text in ``expected`` labelled ``label``."""
    if expected in SUPPORTED:
        return label == expected, False
    flagged = "unsupported_language" in flags or (label not in SUPPORTED and label != "und")
    if expected == "yue":
        return flagged or label == "zh", not flagged and label in ("ru", "vi", "en")
    return flagged, not flagged and label in SUPPORTED


def traditional_chars(text: str) -> list[str]:
    """Characters of ``text`` that OpenCC's t2s or hk2s converts on their own (hk2s also takes
    Hong Kong variants, 衞 -> 卫, that t2s leaves; tw2s is not asked: it maps the simplified 么 to 幺)."""
    import opencc

    convs = [opencc.OpenCC(c) for c in ("t2s", "hk2s")]
    return [ch for ch in text if "\u3400" <= ch <= "\U0002ffff" and any(cv.convert(ch) != ch for cv in convs)]


def _segment(docs):  # type: ignore[no-untyped-def]
    from mtpipe.segment import Segmenter

    seg = Segmenter()
    return [seg(d) for d in docs]


def langid_figures(rows: list[tuple[str, str, str, str]]) -> dict[str, dict[str, dict[str, int]]]:
    """Per mode (``sentence``, ``page``) and expected language: segments, ok, leak, and labels."""
    from mtpipe.document import Document

    out: dict[str, dict[str, dict[str, int]]] = {"sentence": defaultdict(Counter), "page": defaultdict(Counter)}  # type: ignore[dict-item]
    docs = [Document(doc_id=f"s{i}", path="", raw_text=t, text=t) for i, (_, _, _, t) in enumerate(rows)]
    for (_, lang, _, _), doc in zip(rows, _segment(docs)):
        _count(out["sentence"][lang], lang, doc.segments)
    pages: dict[tuple[str, str], list[str]] = defaultdict(list)
    for _, lang, source, text in rows:
        pages[(lang, source)].append(text)
    keys = sorted(pages)
    pdocs = [Document(doc_id=f"p{i}", path="", raw_text="\n".join(pages[k]) + "\n", text="\n".join(pages[k]) + "\n")
             for i, k in enumerate(keys)]
    for (lang, _), doc in zip(keys, _segment(pdocs)):
        _count(out["page"][lang], lang, doc.segments)
    return {m: {k: dict(v) for k, v in d.items()} for m, d in out.items()}


def _count(c: Counter, lang: str, segments) -> None:  # type: ignore[no-untyped-def,type-arg]
    for s in segments:
        ok, leak = judge(lang, s.src_lang, s.flags)
        c["segments"] += 1
        c["ok"] += ok
        c["leak"] += leak
        c["label:" + s.src_lang] += 1


def e2e_figures(rows: list[tuple[str, str, str, str]], config: Path) -> dict[str, dict[str, int]]:
    """The page documents through ``mtpipe translate --to en,zh``: per expected language, segments,
    segments of an unsupported language with a non-empty target, traditional characters left in zh."""
    from click.testing import CliRunner

    from mtpipe.cli import main

    pages: dict[tuple[str, str], list[str]] = defaultdict(list)
    for _, lang, source, text in rows:
        pages[(lang, source)].append(text)
    out: dict[str, Counter] = defaultdict(Counter)  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        names = {}
        for i, (key, texts) in enumerate(sorted(pages.items())):
            name = f"{key[0]}_{i:02d}"
            names[name] = key[0]
            (src / f"{name}.txt").write_text("\n\n".join(texts) + "\n", encoding="utf-8")
        res = CliRunner().invoke(main, ["translate", str(src), "-o", str(dst), "--to", "en,zh", "--config", str(config),
                                        "--format", "jsonl"], catch_exceptions=False)
        if res.exit_code != 0:
            raise SystemExit(res.output)
        for name, lang in names.items():
            c = out[lang]
            for line in (dst / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                c["segments"] += 1
                if lang not in SUPPORTED and lang != "yue" and (r["en"] or r["zh"]):
                    c["reached_target"] += 1
                if lang == "yue" and r["src_lang"] in ("ru", "vi", "en"):
                    c["reached_target"] += 1
                if lang in ZH_FAMILY:
                    c["traditional_left"] += len(traditional_chars(r["zh"]))
                    c["zh_chars"] += len(r["zh"])
    return {k: dict(v) for k, v in out.items()}


def _listed(tok: str) -> bool:
    try:
        from mtpipe.clean.spam_lexicon import listed_brand
    except ImportError:  # a baseline without the table (before lang12)
        return False
    return listed_brand(tok)


def no_lexicon() -> None:
    """Run without the blocklist table (lang12), to tell its gain from the shape and gap rules'."""
    import mtpipe.clean.spam as spam

    spam.listed_in_line = lambda text, a, b: False  # type: ignore[attr-defined]


def cleaner(context: bool = True):  # type: ignore[no-untyped-def]
    """The cleaner as configured by default; ``context``: with the spam context model (spam29; on by default
    since spam30), off with ``False``."""
    from mtpipe.clean import Cleaner
    from mtpipe.clean.options import CleanOptions
    from mtpipe.clean.spam import SpamRepair

    return Cleaner(CleanOptions(spam=SpamRepair(context=context)))


def spam_figures(rows: list[tuple[str, str, str, str, str, str]], context: bool = True) -> dict[str, object]:
    """Cases repaired right, repaired wrongly, flagged, missed; false alarms on the clean sentences."""
    from mtpipe.document import Document

    cleaner_ = cleaner(context)
    c: Counter[str] = Counter()
    misses: list[str] = []
    for i, (_, text, tok, orig, sent, place) in enumerate(rows):
        doc = cleaner_(Document(doc_id=f"v{i}", path="", raw_text=text, text=text, meta={"lang": "vi"}))
        a = text.index(tok)
        b = a + len(tok)
        hit = [e for e in doc.ledger if e.rule.startswith("spam.") and e.start < b and a < e.end]
        if not hit:
            c["missed"] += 1
            c["missed@" + place] += 1
            misses.append(tok)
        elif any(e.rule == "spam.repair" for e in hit):
            rep = next(e for e in hit if e.rule == "spam.repair").replacement or ""
            good = unicodedata.normalize("NFC", rep).lower() == unicodedata.normalize("NFC", orig).lower()
            c["repaired_right" if good else "repaired_wrong"] += 1
            if not good:
                c["repaired_wrong@" + place] += 1
                misses.append(f"{tok}->{rep} (was {orig})")
        else:
            c["flagged"] += 1
        if _listed(tok):  # the token's brand is in the shipped blocklist table (lang12): lexicon overlap
            c["listed"] += 1
            c["listed_caught"] += bool(hit)
        clean = cleaner_(Document(doc_id=f"c{i}", path="", raw_text=sent, text=sent, meta={"lang": "vi"}))
        c["false_alarms"] += sum(e.rule.startswith("spam.") for e in clean.ledger)
    c["cases"] = len(rows)
    return {**dict(c), "problems": misses}


def lookalike_figures(rows: list[tuple[str, str, str, str]], context: bool = True) -> dict[str, object]:
    """Spam false alarms on the rows of a supported language (real sentences holding codes, figures,
    addresses and Latin names: the look-alikes of spam tokens): ``spam.*`` ledger entries per language."""
    from mtpipe.document import Document

    cleaner_ = cleaner(context)
    c: Counter[str] = Counter()
    for i, (_, lang, _, text) in enumerate(rows):
        if lang not in SUPPORTED:
            continue
        doc = cleaner_(Document(doc_id=f"l{i}", path="", raw_text=text, text=text, meta={"lang": lang}))
        c[lang + ":sentences"] += 1
        c[lang + ":false_alarms"] += sum(e.rule.startswith("spam.") for e in doc.ledger)
    return dict(c)


FLORES = {"ru": "rus_Cyrl", "vi": "vie_Latn", "en": "eng_Latn", "zh": "zho_Hans"}


def flores_labels(flores: Path) -> dict[str, dict[str, int]]:
    """Each FLORES-200 devtest sentence of ru/vi/en/zh alone through the segmenter: labels per language."""
    from mtpipe.document import Document

    out: dict[str, dict[str, int]] = {}
    for lang, code in FLORES.items():
        lines = (flores / f"{code}.devtest").read_text(encoding="utf-8").splitlines()
        docs = [Document(doc_id=f"f{i}", path="", raw_text=t, text=t) for i, t in enumerate(lines)]
        c: Counter[str] = Counter()
        for doc in _segment(docs):
            c.update(s.src_lang for s in doc.segments)
        out[lang] = dict(c)
    return out


# the clean sets of lang6/lang7's false-alarm figures (2,235 vi, 3,020 zh): FLORES plus UD test files
CLEAN_UD = {"vi": [("UD_Vietnamese-VTB", "vi_vtb-ud-dev.conllu"), ("UD_Vietnamese-TueCL", "vi_tuecl-ud-test.conllu")],
            "zh": [("UD_Chinese-PUD", "zh_pud-ud-test.conllu"), ("UD_Chinese-HK", "zh_hk-ud-test.conllu"),
                   ("UD_Cantonese-HK", "yue_hk-ud-test.conllu")]}


def clean_set_false_alarms(flores: Path, mirror: Path) -> dict[str, int]:
    """``spam.*`` ledger entries on the clean vi and zh sentences (FLORES devtest and UD treebanks
    read from ``fetch`` snapshots under ``mirror``), each sentence alone, document language given."""
    import subprocess

    from mtpipe.clean import Cleaner
    from mtpipe.document import Document

    cleaner = Cleaner()
    out: dict[str, int] = {}
    for lang, files in CLEAN_UD.items():
        texts = (flores / f"{FLORES[lang]}.devtest").read_text(encoding="utf-8").splitlines()
        for repo, f in files:
            conllu = subprocess.run(["git", f"--git-dir={mirror / ('UniversalDependencies+' + repo) / 'repo'}", "show",
                                     f"HEAD:{f}"], check=True, capture_output=True, text=True).stdout
            texts += [ln[9:].strip() for ln in conllu.splitlines() if ln.startswith("# text = ")]
        alarms = 0
        for i, t in enumerate(texts):
            doc = cleaner(Document(doc_id=f"c{i}", path="", raw_text=t, text=t, meta={"lang": lang}))
            alarms += sum(e.rule.startswith("spam.") for e in doc.ledger)
        out[lang + ":sentences"] = len(texts)
        out[lang + ":false_alarms"] = alarms
    return out


def _test_config() -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import conftest  # the suite's cached offline models (MTPIPE_TEST_MODELS)

    return conftest._build("tiny")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=("dev", "blind", "all"))
    ap.add_argument("--data", type=Path, default=DATA, help="the set's folder (default: langfresh; lang8: langfresh8)")
    ap.add_argument("--flores", type=Path, help="FLORES-200 devtest folder: ru/vi/en/zh labels, each sentence alone")
    ap.add_argument("--mirror", type=Path, help="with --flores: spam false alarms on the clean vi/zh sets (UD snapshots)")
    ap.add_argument("--e2e", action="store_true", help="also run mtpipe translate on the page documents")
    ap.add_argument("--config", type=Path, help="models for --e2e (default: the test suite's tiny models)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-lexicon", action="store_true", help="without the blocklist brand table (lang12)")
    ap.add_argument("--no-context", dest="context", action="store_false",
                    help="with the spam context model off (spam29; on by default since spam30)")
    ap.add_argument("--show", action="store_true", help="list the segments not ok (dev only: do not read blind misses)")
    a = ap.parse_args(argv)
    if a.no_lexicon:
        no_lexicon()
    rows = load_sentences(a.split, a.data)
    res: dict[str, object] = {"split": a.split, "langid": langid_figures(rows),
                              "spam": spam_figures(load_spam(a.split, a.data), a.context),
                              "lookalikes": lookalike_figures(rows, a.context)}
    if a.flores:
        res["flores"] = flores_labels(a.flores)
        if a.mirror:
            res["clean_sets"] = clean_set_false_alarms(a.flores, a.mirror)
    if a.e2e:
        res["e2e"] = e2e_figures(rows, a.config or _test_config())
    if a.show:
        if a.split != "dev":
            raise SystemExit("--show lists misses: dev only")
        from mtpipe.document import Document

        for _, lang, _, t in rows:
            doc = _segment([Document(doc_id="x", path="", raw_text=t, text=t)])[0]
            for s in doc.segments:
                if not judge(lang, s.src_lang, s.flags)[0]:
                    print(f"{lang}\t{s.src_lang}\t{s.source[:110]}")
        print("spam problems:", res["spam"]["problems"])  # type: ignore[index]
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(f"split {a.split}")
    print(f"{'lang':<5} {'sentence ok/segs':>17} {'leak':>5} {'page ok/segs':>13} {'leak':>5}  labels (sentence mode)")
    lid = res["langid"]
    tot = Counter()  # type: ignore[var-annotated]
    for lang in sorted(lid["sentence"]):  # type: ignore[index]
        s, p = lid["sentence"][lang], lid["page"].get(lang, {})  # type: ignore[index]
        labels = " ".join(f"{k[6:]}={v}" for k, v in sorted(s.items()) if k.startswith("label:"))
        print(f"{lang:<5} {s['ok']:>8}/{s['segments']:<8} {s['leak']:>5} {p.get('ok', 0):>6}/{p.get('segments', 0):<6} "
              f"{p.get('leak', 0):>5}  {labels}")
        group = "supported" if lang in SUPPORTED else "unsupported"
        for k in ("ok", "segments", "leak"):
            tot[(group, "s", k)] += s.get(k, 0)
            tot[(group, "p", k)] += p.get(k, 0)
    for g in ("unsupported", "supported"):
        print(f"{g:<12} sentence {tot[(g, 's', 'ok')]}/{tot[(g, 's', 'segments')]} ok, {tot[(g, 's', 'leak')]} leak; "
              f"page {tot[(g, 'p', 'ok')]}/{tot[(g, 'p', 'segments')]} ok, {tot[(g, 'p', 'leak')]} leak")
    sp = res["spam"]
    print(f"spam: {sp['cases']} cases: repaired right {sp.get('repaired_right', 0)}, repaired wrongly "  # type: ignore[index]
          f"{sp.get('repaired_wrong', 0)}, flagged {sp.get('flagged', 0)}, missed {sp.get('missed', 0)}; "  # type: ignore[union-attr]
          f"false alarms on the clean sentences {sp.get('false_alarms', 0)}")  # type: ignore[union-attr]
    print(f"spam tokens whose brand is in the blocklist table: {sp.get('listed', 0)}, caught "  # type: ignore[union-attr]
          f"{sp.get('listed_caught', 0)}")  # type: ignore[union-attr]
    where = {k: v for k, v in sp.items() if "@" in k}  # type: ignore[union-attr]
    print(f"spam missed / repaired wrongly by place: {dict(sorted(where.items()))}")
    print(f"spam false alarms on the supported rows (look-alikes): {res['lookalikes']}")
    if a.flores:
        print(f"FLORES labels (each sentence alone): {res['flores']}")
        if a.mirror:
            print(f"spam false alarms on the clean sets: {res['clean_sets']}")
    if a.e2e:
        e = res["e2e"]
        reached = sum(v.get("reached_target", 0) for v in e.values())  # type: ignore[union-attr]
        trad = {k: v.get("traditional_left", 0) for k, v in e.items() if k in ZH_FAMILY}  # type: ignore[union-attr]
        per = ", ".join(f"{k} {v['reached_target']}" for k, v in sorted(e.items()) if v.get("reached_target"))  # type: ignore[union-attr]
        print(f"e2e: unsupported segments with a non-empty en/zh target {reached} ({per}); "
              f"traditional characters left in zh: {trad}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

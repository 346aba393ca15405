"""Build ``benchmarks/data/cleanprobe/``: real running text with NO clutter, as documents with paragraphs.

Every line the cleaner removes from these documents is a false positive (or a finding about the source),
so the removal rate is the cleaner's false-positive rate on genres and sources nobody tuned on
(issue 12, round 22a).  Sources (licences in ``benchmarks/data/SOURCES.md``):

* ``ru_pud``: UD_Russian-PUD (test; text CC BY-SA 3.0), ``# newdoc`` = a document; its sentences one paragraph.
* ``ru_taiga``: UD_Russian-Taiga dev+test (CC BY-SA 4.0; the train files are not in the mirror):
  encyclopaedia articles, fiction, Instagram posts, poetry; a document is a ``# newdoc`` or a change of
  the ``sent_id`` stem (``instagram-291_3`` -> ``instagram-291``), a paragraph a ``# newpar``; a long text
  is cut into documents of 8 paragraphs.
* ``ru_flores`` / ``vi_flores``: FLORES-200 devtest (``tests/data/flores200-devtest``, CC BY-SA 4.0):
  a document = consecutive sentences with one source URL (metadata_devtest.tsv); paragraphs of 3.
* ``vi_vtb``: UD_Vietnamese-VTB dev+test (CC BY-SA 4.0), detokenised (`` ,`` -> ``,``, LBKT/RBKT ->
  brackets); the treebank has no document marks: a document = 6 consecutive sentences, paragraphs of 3
  (a sentence the treebank repeats is kept once).
* ``vi_tuecl``: UD_Vietnamese-TueCL test (CC BY-SA 4.0): short sentences (subtitles, etc.), each its own
  line (dialogue layout), 10 to a document.

Each corpus also comes as ``<name>_lines``: the same documents, each sentence on its own line (added after the
first runs on the paragraph layout; the split is the same, by the same ids).

Split by document hash, decided here before any run: sha1(doc id) even first byte -> ``dev``, odd ->
``held``.  Layout by another hash byte: paragraphs separated by one newline (a paragraph a line, as
text extracted from pages) or by a blank line.

    python tools/build_cleanprobe.py [--mirror /work/.mirror] [--out benchmarks/data/cleanprobe]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLORES = ROOT / "tests" / "data" / "flores200-devtest"


def _git_show(mirror: Path, repo: str, path: str) -> str:
    gd = mirror / f"UniversalDependencies+{repo}" / "repo"
    return subprocess.run(["git", f"--git-dir={gd}", "show", f"HEAD:{path}"], check=True,
                          capture_output=True, text=True).stdout


def _stem(sent_id: str) -> str:
    m = re.match(r"^(.*\D)_\d+[a-z]?$", sent_id) or re.match(r"^(.*\D)-\d+[a-z]?$", sent_id)
    return m.group(1) if m else "#"


def conllu_docs(text: str, prefix: str, by_stem: bool) -> list[tuple[str, list[list[str]]]]:
    """(doc id, paragraphs of sentences) from a CoNLL-U file: ``# newdoc``, ``# newpar``, ``# text``."""
    docs: list[tuple[str, list[list[str]]]] = []
    stem = None
    new_doc = new_par = False
    doc_id = ""
    sent_id = ""
    for line in text.splitlines():
        if line.startswith("# newdoc"):
            new_doc = True
            m = re.search(r"id\s*=\s*(\S+)", line)
            doc_id = m.group(1) if m else ""
        elif line.startswith("# newpar"):
            new_par = True
        elif line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif re.match(r"^# text ?=", line):
            sent = line.split("=", 1)[1].strip()
            s = _stem(sent_id)
            if by_stem and s != stem and s != "#":
                new_doc, doc_id = True, s
            stem = s if s != "#" else stem
            if new_doc or not docs:
                docs.append((f"{prefix}-{doc_id or sent_id}", [[]]))
                new_doc = new_par = False
            elif new_par:
                docs[-1][1].append([])
                new_par = False
            docs[-1][1][-1].append(sent)
    return docs


_VTB_BRACKETS = {"LBKT": "(", "RBKT": ")", "-LRB-": "(", "-RRB-": ")"}


def detok_vi(s: str) -> str:
    toks = [_VTB_BRACKETS.get(t, t) for t in s.split()]
    out = ""
    quote_open = False
    glue_next = False
    for t in toks:
        if t == '"':
            if quote_open:
                out += t
            else:
                out += ("" if not out else " ") + t
                glue_next = True
            quote_open = not quote_open
            continue
        if out and not glue_next and not re.fullmatch(r"[,.:;!?%)\]…]+|\.\.\.", t):
            out += " "
        out += t
        glue_next = t in ("(", "[")
    return out


def chunk(sents: list[str], per_doc: int, per_par: int) -> list[list[list[str]]]:
    docs = []
    for i in range(0, len(sents) - per_doc + 1, per_doc):
        part = sents[i:i + per_doc]
        docs.append([part[j:j + per_par] for j in range(0, len(part), per_par)])
    return docs


def flores(lang_file: str, prefix: str) -> list[tuple[str, list[list[str]]]]:
    sents = (FLORES / lang_file).read_text(encoding="utf-8").splitlines()
    urls = [r.split("\t")[0] for r in (FLORES / "metadata_devtest.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    docs: list[tuple[str, list[list[str]]]] = []
    prev = None
    for n, (s, u) in enumerate(zip(sents, urls)):
        if u != prev:
            docs.append((f"{prefix}-{n + 1:04d}", []))
            prev = u
        pars = docs[-1][1]
        if not pars or len(pars[-1]) == 3:
            pars.append([])
        pars[-1].append(s.strip())
    return docs


def split_of(doc_id: str) -> tuple[str, str]:
    h = hashlib.sha1(doc_id.encode("utf-8")).digest()
    return ("dev" if h[0] % 2 == 0 else "held"), ("line" if h[1] % 2 == 0 else "blank")


def render(doc_id: str, lang: str, src: str, pars: list[list[str]], lines_per_sentence: bool = False) -> str:
    split, layout = split_of(doc_id)
    if lines_per_sentence:
        body = "\n".join(s for p in pars for s in p)
    else:
        body = ("\n" if layout == "line" else "\n\n").join(" ".join(p) for p in pars if p)
    return f"### doc {doc_id} lang={lang} split={split} layout={layout} src={src}\n{body}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "data" / "cleanprobe")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    corpora: dict[str, list[str]] = {}
    pud = conllu_docs(_git_show(a.mirror, "UD_Russian-PUD", "ru_pud-ud-test.conllu"), "rupud", False)
    corpora["ru_pud"] = [render(d, "ru", "UD_Russian-PUD", p) for d, p in pud]
    taiga = []
    for f in ("ru_taiga-ud-dev.conllu", "ru_taiga-ud-test.conllu"):
        part = f.split("-")[2].split(".")[0]
        taiga += conllu_docs(_git_show(a.mirror, "UD_Russian-Taiga", f), "rutaiga-" + part, True)
    # a long text (a whole Instagram account, an encyclopaedia section) cut into page-sized documents
    taiga = [(f"{d}-{i // 8:03d}", p[i:i + 8]) for d, p in taiga for i in range(0, len(p), 8)]
    corpora["ru_taiga"] = [render(d, "ru", "UD_Russian-Taiga", p) for d, p in taiga]
    corpora["ru_flores"] = [render(d, "ru", "FLORES-200", p) for d, p in flores("rus_Cyrl.devtest", "ruflores")]
    corpora["vi_flores"] = [render(d, "vi", "FLORES-200", p) for d, p in flores("vie_Latn.devtest", "viflores")]
    vtb = []
    for f in ("vi_vtb-ud-dev.conllu", "vi_vtb-ud-test.conllu"):
        sents = [detok_vi(s) for _, ps in conllu_docs(_git_show(a.mirror, "UD_Vietnamese-VTB", f), "x", False)
                 for p in ps for s in p]
        seen: set[str] = set()  # the treebank repeats some sentences: keep the first (a copy is no probe)
        sents = [x for x in sents if not (x in seen or seen.add(x))]
        tag = f.split("-")[2].split(".")[0]
        vtb += [(f"vivtb-{tag}-{i:04d}", pars) for i, pars in enumerate(chunk(sents, 6, 3))]
    corpora["vi_vtb"] = [render(d, "vi", "UD_Vietnamese-VTB", p) for d, p in vtb]
    tue = [detok_vi(s) for _, ps in conllu_docs(_git_show(a.mirror, "UD_Vietnamese-TueCL", "vi_tuecl-ud-test.conllu"),
                                                 "x", False) for p in ps for s in p]
    corpora["vi_tuecl"] = [render(f"vituecl-{i:03d}", "vi", "UD_Vietnamese-TueCL", pars, lines_per_sentence=True)
                           for i, pars in enumerate(chunk(tue, 10, 10))]
    # the same documents with each sentence on its own line (text extracted line by line, subtitles, verse): short
    # lines are where a cleaner's menu and headline rules fire; same ids, so the same dev/held split
    for name, src, docs_ in (("ru_pud", "UD_Russian-PUD", pud), ("ru_taiga", "UD_Russian-Taiga", taiga),
                             ("ru_flores", "FLORES-200", flores("rus_Cyrl.devtest", "ruflores")),
                             ("vi_flores", "FLORES-200", flores("vie_Latn.devtest", "viflores")),
                             ("vi_vtb", "UD_Vietnamese-VTB", vtb)):
        lang = name[:2]
        corpora[name + "_lines"] = [re.sub(r" layout=\w+ ", " layout=sent ", render(d, lang, src, p, lines_per_sentence=True))
                                    for d, p in docs_]
    for name, docs in corpora.items():
        (a.out / f"{name}.probe").write_text("".join(docs), encoding="utf-8")
        dev = sum(" split=dev " in d for d in docs)
        print(f"{name}: {len(docs)} documents ({dev} dev, {len(docs) - dev} held)")


if __name__ == "__main__":
    main()

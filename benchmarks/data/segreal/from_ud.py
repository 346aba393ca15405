"""Rebuild running text with sentence-end marks from Universal Dependencies CoNLL-U files.

How ``ru_taiga.seg`` and ``en_ewt.seg`` were made (the output is committed; this script only documents
and reproduces it, from a local copy of the treebanks)::

    python benchmarks/data/segreal/from_ud.py taiga ru_taiga-ud-dev.conllu ru_taiga-ud-test.conllu > ru_taiga.seg
    python benchmarks/data/segreal/from_ud.py ewt en_ewt-ud-dev.conllu en_ewt-ud-test.conllu > en_ewt.seg
    python benchmarks/data/segreal/from_ud.py gum en_gum-ud-dev.conllu en_gum-ud-test.conllu > en_gum.seg
    python benchmarks/data/segreal/from_ud.py ewt2 en_ewt-ud-dev.conllu en_ewt-ud-test.conllu > en_ewt2.seg
    python benchmarks/data/segreal/from_ud.py gum2 en_gum-ud-dev.conllu en_gum-ud-test.conllu > en_gum2.seg
    python benchmarks/data/segreal/from_ud.py ewt3 en_ewt-ud-train.conllu > en_ewt3.seg
    python benchmarks/data/segreal/from_ud.py pud en_pud-ud-test.conllu > en_pud.seg
    python benchmarks/data/segreal/from_ud.py pud ru_pud-ud-test.conllu > ru_pud.seg

The first file given becomes ``split=dev``, the second ``split=held`` (the treebanks' own dev/test
split, fixed before anything ran on the text).  Each sentence's ``# text`` is written as it stands,
followed by the mark ``‖``; sentences of one paragraph (``# newpar``) are joined by a space, or by nothing
where the sentence's last token has ``SpaceAfter=No`` (since branch ``seg8``; before, always a space: 8 ends of
``en_ewt``/``en_ewt2`` changed).  UD_English-EWT records no line break inside a paragraph (no ``SpacesAfter``,
no ``\\n``): where an e-mail had its name or list item on a line of its own inside a paragraph, the treebank
does not say so, and these files do not guess it.

* ``taiga``: only the documents whose sentences run on (``# newdoc_id = <id>`` with sentence ids
  ``<id>-<n>``: encyclopaedia articles and prose fiction); the treebank's social-media and poetry
  sentences are single sentences out of context and are left out.  These documents have one
  ``# newpar`` each, so paragraphs are rebuilt: a line ends after a sentence with no closing stop (a
  title: "Композиция") and after at most ``PARA`` sentences.
* ``ewt``: the documents' own paragraphs (``# newpar``); documents are taken in file order, one
  genre after another (weblog, newsgroup, email, answers, reviews), until ``EWT_SENTENCES`` sentences.
* ``gum``: the Wikinews documents of UD_English-GUM only (``GUM_news_*`` and ``GUM_interview_*``, CC BY
  2.5, the treebank's LICENSE.txt; its wikiHow and fiction texts are CC BY-NC-SA and left out), with their
  own paragraphs (``# newpar``; GUM's ``# newpar_block`` lines describe a paragraph, they open none).
* ``ewt2`` (branch ``seg6``): the EWT documents ``ewt`` did not take, chosen the same way (genre after
  genre, at least 3 sentences), until ``EWT2_SENTENCES`` more sentences per file.
* ``gum2`` (branch ``seg6``): GUM's other documents whose texts are CC BY or public domain by the treebank's
  LICENSE.txt and are written, not spoken: Wikipedia biographies (``bio``), Wikivoyage (``voyage``), OpenStax
  textbooks (``textbook``), political speeches (``speech``, written for delivery).
* ``ewt3`` (branch ``seg8``): EWT's *train* file, which no earlier set used, chosen the same way (genre after
  genre, at least 3 sentences) until ``EWT3_SENTENCES``; the chosen documents alternate ``dev``/``held``.
* ``pud``: the Parallel UD test file (one file: its documents alternate ``dev``/``held`` in file order).
  PUD keeps a few sentences of each news or Wikipedia article, not always adjacent: each document's
  sentences are joined into one paragraph (real sentences, but the paragraph is assembled).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PARA = 6
EWT_SENTENCES = 200
EWT2_SENTENCES = 400
EWT3_SENTENCES = 1000
_GENRES = ["weblog", "newsgroup", "email", "answers", "reviews"]
_GUM2 = ("GUM_bio_", "GUM_voyage_", "GUM_textbook_", "GUM_speech_")
_STOP = re.compile(r"[.!?…][\"'»”’)\]]*$")
MARK = "‖"
GLUE = "\x00"  # in read(): the sentence is followed by the next with no space


def read(path: Path) -> list[tuple[str, list[list[str]]]]:
    """Documents of a CoNLL-U file: (doc id, paragraphs of sentence texts).

    A sentence whose last token carries ``SpaceAfter=No`` is followed by the next sentence of its paragraph
    with no space (UD's own record of the original text, branch ``seg8``): its text ends with ``GLUE``.
    """
    docs: list[tuple[str, list[list[str]]]] = []
    last = ""
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line and last and docs and docs[-1][1] and docs[-1][1][-1]:
            if "SpaceAfter=No" in last.split("\t")[9].split("|"):
                docs[-1][1][-1][-1] += GLUE
            last = ""
            continue
        if re.match(r"^\d+\t", line):
            last = line
            continue
        m = re.match(r"# newdoc(?: id|_id)?\s*(?:=\s*(.*))?$", line)
        if m:
            docs.append(((m.group(1) or "").strip(), []))
        elif (line == "# newpar" or line.startswith(("# newpar ", "# newpar="))) and docs:
            docs[-1][1].append([])
        elif line.startswith("# text"):
            text = line.split("=", 1)[1].strip()
            if not docs:
                docs.append(("", []))
            if not docs[-1][1]:
                docs[-1][1].append([])
            docs[-1][1][-1].append(text)
    return docs


def join(sentences: list[str]) -> str:
    """Marked sentences of one line: a space between them, none after a sentence UD marks ``SpaceAfter=No``."""
    out = ""
    for k, sent in enumerate(sentences):
        glued = sent.endswith(GLUE)
        out += sent.removesuffix(GLUE) + MARK
        if k + 1 < len(sentences) and not glued:
            out += " "
    return out


def taiga_lines(paragraphs: list[list[str]]) -> list[str]:
    lines, cur = [], []
    for sent in (s for p in paragraphs for s in p):
        cur.append(sent)
        if not _STOP.search(sent.removesuffix(GLUE)) or len(cur) >= PARA:
            lines.append(join(cur))
            cur = []
    if cur:
        lines.append(join(cur))
    return lines


def _ewt_pick(docs: list[tuple[str, list[list[str]]]], limit: int,
              skip: frozenset[str] = frozenset()) -> list[tuple[str, list[list[str]]]]:
    """EWT documents of at least 3 sentences, genre after genre, until ``limit`` sentences."""
    queues = {g: [(d, p) for d, p in docs if d.startswith(g) and sum(map(len, p)) >= 3 and d not in skip]
              for g in _GENRES}
    chosen, total = [], 0
    while total < limit and any(queues.values()):
        for g in _GENRES:
            if queues[g] and total < limit:
                d, p = queues[g].pop(0)
                chosen.append((d, p))
                total += sum(map(len, p))
    return chosen


def main() -> None:
    kind = sys.argv[1]
    lang = {"taiga": "ru", "ewt": "en", "gum": "en", "ewt2": "en", "gum2": "en"}.get(kind, "")
    src = {"taiga": "UniversalDependencies/UD_Russian-Taiga", "ewt": "UniversalDependencies/UD_English-EWT",
           "gum": "UniversalDependencies/UD_English-GUM", "ewt2": "UniversalDependencies/UD_English-EWT",
           "gum2": "UniversalDependencies/UD_English-GUM"}.get(kind, "")
    if kind == "ewt3":
        path = Path(sys.argv[2])
        src = "UniversalDependencies/UD_English-EWT"
        for k, (d, paragraphs) in enumerate(_ewt_pick(read(path), EWT3_SENTENCES)):
            split = "dev" if k % 2 == 0 else "held"
            print(f"### doc {d} lang=en split={split} url=https://github.com/{src}/blob/master/{path.name}")
            for line in (join(p) for p in paragraphs if p):
                print(line)
        return
    if kind == "pud":
        path = Path(sys.argv[2])
        lang = path.name.split("_")[0]
        src = {"en": "UniversalDependencies/UD_English-PUD", "ru": "UniversalDependencies/UD_Russian-PUD"}[lang]
        for k, (d, paragraphs) in enumerate(read(path)):
            split = "dev" if k % 2 == 0 else "held"
            print(f"### doc pud_{lang}_{d} lang={lang} split={split} url=https://github.com/{src}/blob/master/{path.name}")
            print(join([s for p in paragraphs for s in p]))
        return
    dev, held = Path(sys.argv[2]), Path(sys.argv[3])
    for split, path in (("dev", dev), ("held", held)):
        docs = read(path)
        if kind == "taiga":
            chosen = [(d, p) for d, p in docs if d and "--" in d]
        elif kind == "gum":
            chosen = [(d, p) for d, p in docs if d.startswith(("GUM_news_", "GUM_interview_"))]
        elif kind == "gum2":
            chosen = [(d, p) for d, p in docs if d.startswith(_GUM2)]
        elif kind == "ewt2":
            first = frozenset(d for d, _ in _ewt_pick(docs, EWT_SENTENCES))
            chosen = _ewt_pick(docs, EWT2_SENTENCES, first)
        else:
            chosen = _ewt_pick(docs, EWT_SENTENCES)
        for d, paragraphs in chosen:
            print(f"### doc {d} lang={lang} split={split} url=https://github.com/{src}/blob/master/{path.name}")
            lines = taiga_lines(paragraphs) if kind == "taiga" else [join(p) for p in paragraphs if p]
            for line in lines:
                print(line)


if __name__ == "__main__":
    main()

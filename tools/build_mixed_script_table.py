"""Build ``mtpipe/clean/data/mixed_script.txt``: look-alike letters of Cyrillic, Latin and Greek (mix81).

Source: Unicode's ``confusables.txt`` (UTS #39, Unicode Security Mechanisms; Unicode licence, see
``mtpipe/clean/data/SOURCES.md``), read from the stored repository version under ``--mirror`` (the ``fetch`` tool's
folders ``owner+name/repo``, bare git) or from a file given with ``--file``.

Two letters are look-alikes when UTS #39 gives them the same skeleton (each letter's NFD form, every character of it
mapped through the file's table, NFD again).  Kept: pairs of one letter for one letter (offsets hold), of the same
case, from a source letter of the basic Cyrillic (U+0400-04FF), Greek (U+0370-03FF) or Latin (A-Z, a-z, U+00C0-024F)
blocks to a target letter of another script:

- Cyrillic targets: the letters of the modern alphabets (U+0400-045F: Russian, Ukrainian, Belarusian, Bulgarian,
  Serbian, Macedonian; Ukrainian U+0490-0491); archaic and minority letters (fita, izhitsa, palochka) are no target;
- Latin targets: A-Z, a-z and the Latin-1 letters U+00C0-00FF, from Cyrillic sources only: a Greek letter beside
  Latin ones is a formula's ("αx", "2πr"), not a look-alike.

A source letter with two targets of the same case takes the basic one (A-Z, a-z, U+0410-044F: Cyrillic "р" is
Latin "p", not the thorn "þ" that version 17.0.0 also gives "p"'s skeleton); with no single basic one it is left out.
:data:`LEFT_OUT` names the pairs left out by choice, each with its reason (mix82: Latin "r" is no Cyrillic "г").
Written: ``source<TAB>target<TAB>script of the target<TAB>U+source U+target``, sorted by target script and source.

    python tools/build_mixed_script_table.py --mirror /work/.mirror [--check]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "mtpipe" / "clean" / "data" / "mixed_script.txt"
SOURCE = ("texttics+texttics-site", "8d7f032", "confusables.txt")  # (repository folder, commit, path)
SOURCE_URL = "https://github.com/texttics/texttics-site"
#: (source, target) pairs UTS #39 gives that the table leaves out, and why (benchmarks/notes/mix82.md)
LEFT_OUT: dict[tuple[str, str], str] = {
    # a Latin "r" inside a Russian word is "р" typed by its sound as often as "г" by its shape (only some fonts draw
    # them alike), and both readings make real words ("rод": "год" or "род"): the word is left as written.
    # Cyrillic "г" inside a Latin word ("Micгosoft") has no other reading: "г" -> "r" stays.
    ("r", "г"): "sound or shape: a Latin r in a Russian word is as likely 'р' as 'г'",
}


def _skeletons(text: str) -> tuple[dict[str, str], str]:
    """The file's table (one character -> its prototype) and its version line."""
    table: dict[str, str] = {}
    version = ""
    for line in text.splitlines():
        if line.startswith("# Version:"):
            version = line.split(":", 1)[1].strip()
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        src, dst, _kind = (x.strip() for x in body.split(";"))
        if " " in src:
            continue
        table[chr(int(src, 16))] = "".join(chr(int(x, 16)) for x in dst.split())
    return table, version


def _script(ch: str) -> str | None:
    o = ord(ch)
    if 0x0400 <= o <= 0x04FF:
        return "Cyrl"
    if 0x0370 <= o <= 0x03FF:
        return "Grek"
    if ch.isascii() or 0x00C0 <= o <= 0x024F:
        return "Latn"
    return None


def _target(ch: str) -> bool:
    o = ord(ch)
    if _script(ch) == "Cyrl":
        return 0x0400 <= o <= 0x045F or o in (0x0490, 0x0491)
    return ch.isascii() or 0x00C0 <= o <= 0x00FF


def build(text: str) -> tuple[list[tuple[str, str, str]], str]:
    table, version = _skeletons(text)

    def skeleton(s: str) -> str:
        return unicodedata.normalize("NFD", "".join(table.get(c, c) for c in unicodedata.normalize("NFD", s)))

    letters = [chr(o) for o in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x370, 0x500)]]
    letters = [c for c in letters if unicodedata.category(c) in ("Lu", "Ll") and _script(c)]
    by_skeleton: dict[str, list[str]] = {}
    for c in letters:
        by_skeleton.setdefault(skeleton(c), []).append(c)
    pairs: list[tuple[str, str, str]] = []
    for group in by_skeleton.values():
        for src in group:
            for script in ("Cyrl", "Latn"):
                if _script(src) == script or script == "Latn" and _script(src) == "Grek":
                    continue
                twins = [t for t in group if _script(t) == script and _target(t)
                         and unicodedata.category(t) == unicodedata.category(src)]
                basic = [t for t in twins if t.isascii() or "\u0410" <= t <= "\u044f"]
                if (len(twins) == 1 or len(basic) == 1) and (src, (basic or twins)[0]) not in LEFT_OUT:
                    pairs.append((src, (basic or twins)[0], script))
    pairs.sort(key=lambda p: (p[2], ord(p[0])))
    return pairs, version


def render(pairs: list[tuple[str, str, str]], version: str) -> str:
    head = [f"# look-alike letters, one for one: source, target, the target's script (tools/build_mixed_script_table.py;"
            f" SOURCES.md)",
            f"# from Unicode confusables.txt {version}, UTS #39 (Unicode licence, "
            f"https://www.unicode.org/terms_of_use.html): same skeleton, same case; {len(pairs)} pairs",
            "# left out by choice: " + "; ".join(f"{s} -> {t} ({why})" for (s, t), why in LEFT_OUT.items())]
    rows = [f"{s}\t{t}\t{script}\tU+{ord(s):04X} U+{ord(t):04X}" for s, t, script in pairs]
    return "\n".join(head + rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--mirror", type=Path, help="folder of stored repositories (owner+name/repo)")
    ap.add_argument("--file", type=Path, help="a confusables.txt on disk instead")
    ap.add_argument("--check", action="store_true", help="compare with the shipped table, write nothing")
    args = ap.parse_args(argv)
    if args.file:
        text = args.file.read_text(encoding="utf-8-sig")
    elif args.mirror:
        folder, commit, path = SOURCE
        text = subprocess.run(["git", "-C", str(args.mirror / folder / "repo"), "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout.decode("utf-8-sig")
    else:
        ap.error("give --mirror or --file")
    out = render(*build(text))
    if args.check:
        same = OUT.read_text(encoding="utf-8") == out
        print("same as the shipped table" if same else "DIFFERENT from the shipped table")
        return 0 if same else 1
    OUT.write_text(out, encoding="utf-8")
    print(f"{OUT}: {out.count(chr(10)) - 3} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())

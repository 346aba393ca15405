"""Look-alike letters of Cyrillic, Latin and Greek: the one table every place that folds letters reads (mix81, mix82).

The pairs are Unicode's (``confusables.txt``, UTS #39): ``mtpipe/clean/data/mixed_script.txt``, built by
``tools/build_mixed_script_table.py`` (which pairs, and the ones left out, are said there and in ``SOURCES.md``).
Three readers, one table:

- :mod:`mtpipe.clean.mixed_script` (``repair.mixed_script``) repairs a word with :func:`load_table`, both ways
  (Latin or Greek letters in a Cyrillic word, Cyrillic letters in a Latin word);
- :mod:`mtpipe.langid_fold` (language ID reads a Cyrillic word's look-alikes as Cyrillic) and
  :func:`mtpipe.clean.features.unconfuse_head` (a label's first word, "Tекст:") read :func:`russian_twins`: the
  Cyrillic-target pairs whose target is a letter of the Russian alphabet.  A fold for reading must not add a letter
  that is evidence of another language: Greek "ε" is Unicode's twin of Ukrainian "є", Latin "s" and "j" of
  Macedonian "ѕ" and Serbian "ј", Latin "i" of "і" (:mod:`mtpipe.langid` has its own rule for that one).

One more fact every folding place shares, not a confusable of another script but a "fancy font": Unicode's small
capitals (:data:`SMALL_CAPITALS`, "Tʜᴇᴏ ᴘʜᴀ́ᴛ", "Ảɴʜ:") read as the plain lower-case letters, by language ID
(:mod:`mtpipe.langid_fold`) and the caption check (:func:`mtpipe.clean.features.is_caption`).

The table is read on first use, not on import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["CYRILLIC_BESIDE_OTHER", "DATA", "OTHER_LETTERS", "RUSSIAN_LETTERS", "SMALL_CAPITALS", "cyrillic_beside_other",
           "load_table", "russian_twins", "script_of"]

DATA = Path(__file__).with_name("clean") / "data" / "mixed_script.txt"
#: the 33 letters of the Russian alphabet, both cases: the targets a fold for reading may write
RUSSIAN_LETTERS = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя")
#: small capitals (IPA and phonetic-extension letters used as a font) -> the plain lower-case letter
SMALL_CAPITALS: dict[str, str] = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz"))


@lru_cache(maxsize=1)
def load_table() -> dict[str, dict[str, str]]:
    """Target script ("Cyrl", "Latn") -> {look-alike letter of another script: its twin in the target script}."""
    table: dict[str, dict[str, str]] = {"Cyrl": {}, "Latn": {}}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            src, dst, script, _ = line.split("\t")
            table[script][src] = dst
    return table


@lru_cache(maxsize=1)
def russian_twins() -> dict[str, str]:
    """Latin and Greek letters -> their Cyrillic twin, where that twin is a letter of the Russian alphabet."""
    return {s: t for s, t in load_table()["Cyrl"].items() if t in RUSSIAN_LETTERS}


def script_of(ch: str) -> str | None:
    """"Cyrl", "Latn", "Grek", or None for a letter of another script."""
    o = ord(ch)
    if 0x0400 <= o <= 0x052F:
        return "Cyrl"
    if 0x0370 <= o <= 0x03FF or 0x1F00 <= o <= 0x1FFF:
        return "Grek"
    if ch.isascii() or 0x00C0 <= o <= 0x024F or 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    return None


#: the letters a look-alike in a Cyrillic word is written in, as a regex class's body: Latin (ASCII, Latin-1 to Latin
#: Extended-B) and Greek; the quick test of both folding places (:mod:`mtpipe.clean.mixed_script`, :mod:`mtpipe.langid_fold`)
OTHER_LETTERS = "A-Za-z\u00c0-\u024f\u0370-\u03ff"
#: a Cyrillic letter beside such a letter, either side
CYRILLIC_BESIDE_OTHER = re.compile(f"[\u0400-\u04ff][{OTHER_LETTERS}]|[{OTHER_LETTERS}][\u0400-\u04ff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_OTHER_BY_CYRILLIC = re.compile(f"[{OTHER_LETTERS}](?:(?<=[\u0400-\u04ff][{OTHER_LETTERS}])|(?=[\u0400-\u04ff]))")


def cyrillic_beside_other(s: str) -> bool:
    """Whether :data:`CYRILLIC_BESIDE_OTHER` matches in ``s``, asked as two searches each led by a class the text
    seldom holds (perf84): a Cyrillic letter (none in most texts that are not Russian), then a Latin or Greek letter
    with a Cyrillic one before or after it (few in a Russian text) -- the same pairs, found at the scanner's fast
    first-character speed instead of trying two classes at every character (~2.5x cheaper on the dev texts)."""
    return _CYRILLIC.search(s) is not None and _OTHER_BY_CYRILLIC.search(s) is not None

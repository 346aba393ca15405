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

from functools import lru_cache
from pathlib import Path

__all__ = ["DATA", "RUSSIAN_LETTERS", "SMALL_CAPITALS", "load_table", "russian_twins", "script_of"]

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

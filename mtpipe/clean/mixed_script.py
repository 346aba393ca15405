"""Words written with look-alike letters of another script, read as the word's own letters (mix81, issue 12).

A copy site hides its copying from plagiarism checkers by typing, inside Russian words, Greek or Latin letters that
look like the Cyrillic ones: "обοрудование", "устанοвленο", "κинοтеатр", "Пермсκом цирκе" (held47's h47ru10,
group-perfomance.ru: Greek omicron U+03BF for "о", kappa U+03BA for "к"); train27ru's "Всегο на мοдернизацию"; spam
pages and some scrapes mix Latin "a e o p c x y" into Cyrillic words the same way, or Cyrillic letters into Latin
words ("Micrоsoft").  Left so, the model reads non-words, a glossary entry ("Пермский") never matches and language
ID wavers (:mod:`mtpipe.langid_fold` reads such words for language ID only).

``repair.mixed_script``: a word (letters and combining marks, cut at anything else: "IT-компания", "π-связь",
"CO2" are several words) whose letters are of two scripts, Cyrillic and Latin or Cyrillic and Greek, gets the
letters of the other script replaced by their twins in the word's script, one character for one (offsets hold), when
every such letter has a twin (:func:`mtpipe.lookalikes.load_table`, the one look-alike table: Unicode's
``confusables.txt``, UTS #39, in ``mtpipe/clean/data/mixed_script.txt``, built by
``tools/build_mixed_script_table.py``).  The word's script:

- Cyrillic and Greek: Cyrillic, when the line holds more Cyrillic letters than Greek (a Greek text is left alone);
  a formula's Greek letter stands apart ("α-частица", "π r") or has no twin;
- Cyrillic and Latin: the script whose twins cover the other's letters; when both do ("Тoр"), a Roman numeral in
  Latin ("ХIХ" with Cyrillic Х: "XIX"), else the script of more of the word's letters, else the line's;
- a word of two runs, capitals of the other script then lower-case letters, is an abbreviation with a case ending
  or suffix glued ("SMSка", "CEOшник"), and a Latin word with Cyrillic letters at its end is a name with a case
  ending ("Samsungа"), unless the word holds more Latin letters than Cyrillic ones and its line
  :data:`LATIN_CONTEXT` times more (a Vietnamese "báo cáо" with a Cyrillic о, mix82): left.  Look-alikes stand
  anywhere else ("peйтинг", "XAЛBA", "обοрудование").

A word wholly in one script ("iPhone", "XIX век", "λόγος", "мкм"), a word with a letter of a third script, a word
whose other letters have no twin ("Teslaой": "l", "й") are left as written.  Every repaired word is one ledger entry
(``repaired``, its first to its last changed letter; a line's entry would overlap a span a later rule cuts inside the
line), its note naming the letters; ``doc.meta["mixed_script"]`` counts the words and each letter pair.  On the dev
data (realpages' parts, crawls, seeds, the langfresh sets): see ``benchmarks/notes/mix81.md``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import groupby

from ..document import Document, LedgerEntry
from ..lookalikes import DATA as _DATA, load_table, script_of  # noqa: F401  (_DATA: the table, for tests)
from ..lookalikes import CYRILLIC_BESIDE_OTHER, cyrillic_beside_other

__all__ = ["RULE", "load_table", "repair_word", "plan", "unmixed", "repair_mixed_script"]

RULE = "repair.mixed_script"
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*")
# a Cyrillic letter beside a Latin or Greek one: the quick test before looking at words (a word's; a text's or a
# line's is asked as :func:`cyrillic_beside_other`, the same test led by rarer classes: perf84)
_MIXED = CYRILLIC_BESIDE_OTHER
# a Roman numeral of I, V and X (a century, a chapter, a congress: "XIX", "IV"): C, D, L and M stand in abbreviations
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# a line of at least this many Latin letters for each Cyrillic one is a Latin text (Vietnamese, English): a Cyrillic
# letter at a Latin word's end is a look-alike there, not a Russian case ending (mix82)
LATIN_CONTEXT = 3
MIN_ABBREVIATION = 2  # capitals of the other script opening a word, its ending in lower case: an abbreviation's


def _letters(s: str) -> list[tuple[int, str | None]]:
    return [(i, script_of(ch)) for i, ch in enumerate(s) if not unicodedata.combining(ch)]


def _covers(word: str, letters: list[tuple[int, str | None]], target: str, latin_context: bool = False) -> bool:
    """Every letter of ``word`` outside ``target`` has a twin in it, and none stands in a run at the word's edge
    that reads as a glued name or ending (module docstring); with ``latin_context`` (a Latin word in a Latin line:
    Vietnamese, English) a Cyrillic letter at the word's end is no case ending."""
    twins = load_table()[target]
    if not all(word[i] in twins for i, s in letters if s != target):
        return False
    if any(s == "Grek" for _, s in letters):
        return True
    if target == "Latn" and letters[-1][1] != target and not latin_context:
        return False  # "Samsungа": a Cyrillic case ending after a Latin name ("báo cáо" in Vietnamese is no name's)
    runs = ["".join(word[i] for i, _ in g) for _, g in groupby(letters, key=lambda x: x[1])]
    # an abbreviation in capitals, then a case ending or suffix in lower case: "SMSка", "CEOшник"
    return not (len(runs) == 2 and letters[0][1] != target and len(runs[0]) >= MIN_ABBREVIATION and runs[0].isupper()
                and runs[1].islower())


def repair_word(word: str, line_counts: Counter[str] | None = None) -> str | None:
    """``word`` with its look-alike letters made the word's script's, or None when it is left (module docstring);
    ``line_counts`` (letters of its line by script) decides Greek against Cyrillic and a tie."""
    letters = _letters(word)
    scripts = {s for _, s in letters}
    if len(letters) < 2 or None in scripts or len(scripts) != 2 or "Cyrl" not in scripts:
        return None
    counts = line_counts if line_counts is not None else Counter(s for _, s in letters)
    if "Grek" in scripts:
        if counts["Cyrl"] <= counts["Grek"] or not _covers(word, letters, "Cyrl"):
            return None
        target = "Cyrl"
    else:
        latin = word.translate(str.maketrans(load_table()["Latn"]))
        if latin.isascii() and _ROMAN.fullmatch(latin):
            return latin  # "ХIХ" typed with a Cyrillic Х: the Roman numeral
        own = Counter(s for _, s in letters)
        # a Latin word in a Latin line ("báo cáо"): its Cyrillic last letter is no case ending; "iх" (a tie) is not,
        # nor a Russian line of many Latin names ("Samsungа и Appleом, SMSка ...": 28 Latin letters, 21 Cyrillic)
        latin_context = (own["Latn"] > own["Cyrl"] and line_counts is not None
                         and counts["Latn"] >= LATIN_CONTEXT * counts["Cyrl"])
        options = [t for t in ("Cyrl", "Latn") if _covers(word, letters, t, latin_context)]
        if not options:
            return None
        if len(options) == 2:
            lead = own if own["Cyrl"] != own["Latn"] else counts
            if lead["Cyrl"] == lead["Latn"]:
                return None
            options = ["Cyrl" if lead["Cyrl"] > lead["Latn"] else "Latn"]
        target = options[0]
    twins = load_table()[target]
    return "".join(twins.get(ch, ch) if script_of(ch) not in (target, None) else ch for ch in word)


def plan(text: str) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, replacement, original, word)`` of every repair in ``text``: the span from a word's first to its
    last changed letter, and the word as written."""
    if text.isascii() or not cyrillic_beside_other(text):
        return []
    out: list[tuple[int, int, str, str, str]] = []
    pos = 0
    for line in text.split("\n"):
        if cyrillic_beside_other(line):
            counts: Counter[str] = Counter(script_of(ch) for ch in line if ch.isalpha())
            for m in _WORD.finditer(line):
                if not _MIXED.search(m.group()):
                    continue
                new = repair_word(m.group(), counts)
                if new is None or new == m.group():
                    continue
                diff = [k for k, (x, y) in enumerate(zip(m.group(), new)) if x != y]
                a, b = diff[0], diff[-1] + 1
                out.append((pos + m.start() + a, pos + m.start() + b, new[a:b], m.group()[a:b], m.group()))
        pos += len(line) + 1
    return out


def unmixed(text: str) -> str:
    """``text`` with :func:`plan`'s repairs made, no ledger: the lines the cleaner will read, for the first pass's
    template counts (:mod:`.templates`)."""
    edits = plan(text)
    if not edits:
        return text
    chars = list(text)
    for a, b, rep, *_ in edits:
        chars[a:b] = rep
    return "".join(chars)


_NAMES = {"Cyrl": "Cyrillic", "Latn": "Latin", "Grek": "Greek"}


def _note(old: str, new: str, word: str) -> str:
    pairs = Counter(f"{_NAMES[script_of(x) or 'Latn']} {x} → {y}" for x, y in zip(old, new) if x != y)
    names = ", ".join(f"{p} ×{n}" if n > 1 else p for p, n in pairs.items())
    return f"look-alike letters of another script inside the word {word!r}: {names} (Unicode confusables)"


def repair_mixed_script(doc: Document) -> int:
    """Repair every word :func:`plan` finds in ``doc.text``, in place: one character for one, so ``raw_offsets`` keep
    their entries; a ``repaired`` ledger entry per word.  A span an earlier change of the ledger holds is left.
    Returns the number of words repaired."""
    edits = plan(doc.text)
    if not edits:
        return 0
    offs = doc.raw_offsets or list(range(len(doc.text) + 1))
    changed = [(e.start, e.end) for e in doc.ledger if e.action in ("repaired", "removed")]
    text = list(doc.text)
    letters: Counter[str] = Counter()
    words = 0
    for a, b, rep, old, word in edits:
        ra, rb = offs[a], offs[b]
        if any(s < rb and ra < e for s, e in changed):
            continue
        doc.ledger.append(LedgerEntry(RULE, "repaired", doc.raw_text[ra:rb], ra, rb, replacement=rep,
                                      note=_note(old, rep, word)))
        text[a:b] = rep
        letters.update(f"{x}→{y}" for x, y in zip(old, rep) if x != y)
        words += 1
    if words:
        doc.text = "".join(text)
        doc.raw_offsets = offs
        doc.meta["mixed_script"] = {"words": words, "letters": dict(letters.most_common())}
    return words

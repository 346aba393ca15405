"""Glossary forms that would match far too often: one character, or a stop word.

A form such as Russian ``в`` or ``и`` (prepositions), Vietnamese ``và`` or English ``the``
is found in nearly every sentence: protecting it swaps ordinary words for the entry's
target.  Such forms are left out of matching unless the entry sets ``case_sensitive: true``
(then only the exact letter case matches: ``И`` as an abbreviation, never ``и``) or
``min_context`` (then the entry matches only in a segment that also holds one of its context
words: ``В`` for Vietnam beside ``Ханой``), and ``mtpipe glossary validate`` warns about
every one.
"""

from __future__ import annotations

from typing import Iterable

from .model import LANGS, Entry, Glossary

__all__ = ["STOP_WORDS", "risky_form", "lint", "ordinary_form_notes"]

#: Function words per language that must not be glossary forms on their own.
STOP_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset("в во и на с со по к ко о об от до из за у не ни что как а но для при под над же ли бы "
                    "то это он она оно они мы вы я".split()),
    "vi": frozenset("và của là có trong các những với cho được một này đã sẽ thì mà ở tại về khi "
                    "không cũng như theo từ đến".split()),
    "en": frozenset("a an the of and in on at to for by or is are was be it as with from that this".split()),
    "zh": frozenset("的 了 和 是 在 有 也 就 都 与 及 或".split()),
}


_LONGEST = max(len(w) for words in STOP_WORDS.values() for w in words) + 2


def risky_form(form: str, lang: str) -> str | None:
    """Why ``form`` would match too often (``"one character"``, ``"a stop word"``), or None."""
    if len(form) > _LONGEST:  # the common case, decided without building anything
        return None
    f = form.strip()
    if len(f) == 1:
        return "one character"
    if f.lower() in STOP_WORDS.get(lang, ()):
        return "a stop word"
    return None


def matchable(entry: Entry, form: str, lang: str) -> bool:
    """Whether the matcher uses ``form``: a risky form only with ``case_sensitive: true`` or
    ``min_context``."""
    return entry.case_sensitive is True or bool(entry.min_context) or risky_form(form, lang) is None


#: pymorphy3 grammemes of names: a dictionary word with one of them may be a name (``Пекин``, ``Ли``).
_NAME_TAGS = frozenset(("Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr", "Init"))
_WORD_POS = {"NOUN": "noun", "ADJF": "adjective", "ADJS": "adjective", "ADVB": "adverb", "VERB": "verb",
             "INFN": "verb", "PRTF": "participle", "NUMR": "numeral"}


def ordinary_russian_word(form: str) -> str | None:
    """``"noun север"`` when ``form`` is one word the Russian dictionary (pymorphy3) knows only as an
    ordinary word, never as a name: a name entry with such a form (Hong Kong's North District as
    ``Север``, Wuhu as ``Уху``, the accusative of уха) matches ordinary text (``на севере Китая``).
    None for names, words the dictionary does not know (``Цзиньпин``), several words, or without pymorphy3."""
    from ..russian_dictionary import morph

    f = form.strip()
    if not f or any(not c.isalpha() for c in f):
        return None
    m = morph()
    if m is None:
        return None
    known = [p for p in m.parse(f) if p.is_known]  # type: ignore[attr-defined]
    if not known or any(_NAME_TAGS & set(p.tag.grammemes) for p in known):
        return None
    pos = _WORD_POS.get(str(known[0].tag.POS))
    return f"{pos} {known[0].normal_form}" if pos else None


def _ordinary_note(entry_id: str, kind: str, form: str) -> str | None:
    """The ordinary-word warning for one Russian form of an entry, without its ``file:line``."""
    word = ordinary_russian_word(form) if kind != "term" else None
    if word is None:
        return None
    return (f"{entry_id}: ru form {form!r} is an ordinary Russian word ({word}), not a name; it matches ordinary "
            f"text as this {kind}: drop the form, or set case_sensitive: true or min_context")


def ordinary_form_notes(entry_id: str, kind: str, ru_forms: Iterable[str]) -> list[str]:
    """The warnings :func:`lint` gives for these Russian forms of a person, place or org entry that are
    ordinary Russian words (``id: ru form 'Север' is an ordinary Russian word ...``), for an entry not
    yet in a file: ``glossary import`` and ``glossary add`` print them, and write the entry all the same."""
    notes = (_ordinary_note(entry_id, kind, f) for f in ru_forms if risky_form(f, "ru") is None)
    return [n for n in notes if n is not None]


def lint(glossary: Glossary) -> list[str]:
    """Warnings (``file:line: id: ...``) for risky forms, one per form; and for a Russian form of a
    name entry (person, place, org) that is an ordinary Russian word (:func:`ordinary_russian_word`:
    matched as written, but it also matches ordinary text)."""
    out = []
    for e in glossary.entries:
        for lang in LANGS:
            for form in e.forms(lang):
                why = risky_form(form, lang)
                if why is None:
                    note = _ordinary_note(e.id, e.kind, form) if lang == "ru" else None
                    if note is not None:
                        out.append(f"{e.file}:{e.line}: {note}")
                    continue
                if e.min_context:
                    rule = "matched only beside one of its min_context words"
                elif e.case_sensitive:
                    rule = "matched with its exact letter case only (case_sensitive: true)"
                else:
                    rule = "not matched unless the entry sets case_sensitive: true or min_context"
                out.append(f"{e.file}:{e.line}: {e.id}: {lang} form {form!r} is {why}; it would match ordinary "
                           f"words everywhere: {rule}")
    return out

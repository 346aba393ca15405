"""Glossary core: entries, loading, matching, protection through the model.

Format (YAML under ``glossaries/``; every ``*.yaml``/``*.yml`` in a folder loads
together, sorted by name; comments allowed; one entry per concept)::

    entries:
      - id: wang-zilian          # unique across all files; [a-z0-9-]+
        kind: person             # person | place | org | term
        en: Wang Zilian          # canonical English
        zh: 王子联                # canonical Chinese (simplified)
        aliases:                 # source-side spellings per language (ru, vi, en, zh)
          ru: [Ван Цзылянь]      # nominative; case forms are generated (ru_inflect)
          vi: [Vương Tử Liên]
        reviewed: true           # false: hanzi or forms not confirmed by a person
        notes: Mayor of Changchun
        min_context: [Чанчунь]   # optional: one-character/stop-word forms match only beside these
      - id: slogan-344
        kind: term
        en: "344"
        zh: "344"
        dnt: true                # do not translate: the source form goes to every target

Matching (:class:`Matcher`): one Aho-Corasick automaton over length-preserving
keys (case, Vietnamese tone placement and y/i, dashes and whitespace, ё folded;
NFD text composed with an offset map), longest match first, no overlaps, word
boundaries except around Chinese.  ``case_sensitive`` is automatic when left out:
acronyms (``CPPCC``, ``КПК``) keep their case, everything else ignores it, in
every language; ``true``/``false`` force it for all forms of an entry.

Protection (:func:`translate_segments`): placeholders, then inline target forms,
then translation of the pieces between terms; every occurrence verified, the
best output kept, lost terms flagged ``unverified_term``.
"""

from .loader import glossary_files, load_glossaries, parse_entries
from .match import Match, Matcher
from .model import KINDS, LANGS, Entry, Glossary, GlossaryError
from .normalize import match_key, nfc_with_map
from .protect import (STRATEGIES, Protect, ProtectOptions, count_forms, finalize_terms, passthrough_segments,
                      placeholder_safe, protect_text, restore, translate_segments, verify_terms)
from .ru_inflect import case_forms

__all__ = [
    "Entry", "Glossary", "GlossaryError", "KINDS", "LANGS", "load_glossaries", "glossary_files", "parse_entries",
    "Match", "Matcher", "Protect", "ProtectOptions", "STRATEGIES", "protect_text", "restore", "translate_segments",
    "passthrough_segments", "finalize_terms", "count_forms", "verify_terms", "match_key", "nfc_with_map",
    "case_forms", "placeholder_safe",
]

"""Glossary core: entries, loading, matching, protection through the model.

Format (YAML, many files load together)::

    entries:
      - id: wang-zilian
        kind: person          # person | place | org | term
        en: Wang Zilian
        zh: 王子联
        aliases:
          ru: [Ван Цзылянь]   # base forms; Russian case forms are generated
          vi: [Vương Tử Liên]
        reviewed: true
        notes: Mayor of Changchun
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

"""Glossary entries and the loaded glossary."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from ..languages import LANGUAGES
from ..scripts import is_han

__all__ = ["Entry", "Glossary", "GlossaryError", "KINDS", "LANGS"]

KINDS = ("person", "place", "org", "term")
LANGS = LANGUAGES


class GlossaryError(ValueError):
    """Problems found while loading glossaries.

    Attributes:
        problems: ``"file:line: reason"`` strings.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass
class Entry:
    """One concept: a person, place, organisation or term.

    Attributes:
        id: Unique id (``[a-z0-9-]+``).
        kind: One of :data:`KINDS`.
        en: Canonical English form.
        zh: Canonical Chinese form (simplified).
        aliases: Source-side spellings per language (base forms; Russian case forms are generated).
        dnt: Do not translate: the source form is copied to every target.
        case_sensitive: Match letter case exactly.  ``None`` (the default) is automatic:
            acronyms (forms with letters, all upper case: ``CPPCC``, ``КПК``, ``РК``) match
            exactly, every other form ignores case, in every language.  ``True``/``False``
            apply to every form of the entry.
        reviewed: False for entries generated automatically and not yet checked by a person.
        notes: Free text.
        file: The file it came from.
        line: Its line there (1-based).
    """

    id: str
    kind: str
    en: str
    zh: str
    aliases: dict[str, list[str]] = field(default_factory=dict)
    dnt: bool = False
    case_sensitive: bool | None = None
    reviewed: bool = True
    notes: str = ""
    file: str = ""
    line: int = 0

    def forms(self, lang: str) -> list[str]:
        """Every base form to match in ``lang`` text: its aliases plus, for en/zh, the canonical form."""
        out = list(self.aliases.get(lang, []))
        if lang == "en" and self.en:
            out.insert(0, self.en)
        if lang == "zh" and self.zh:
            out.insert(0, self.zh)
        return out

    def exact_case(self, form: str) -> bool:
        """Whether ``form`` must match with its letter case exactly (see ``case_sensitive``)."""
        if self.case_sensitive is not None:
            return self.case_sensitive
        letters = [c for c in form if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters) and not any(
            is_han(c) for c in letters)

    def content(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "en": self.en, "zh": self.zh,
                "aliases": {k: sorted(v) for k, v in sorted(self.aliases.items())}, "dnt": self.dnt,
                "case_sensitive": self.case_sensitive, "reviewed": self.reviewed}


@dataclass
class Glossary:
    """Entries loaded from one or more files."""

    entries: list[Entry] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    @property
    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    @property
    def hash(self) -> str:
        """sha256 of the canonical content (file order and comments do not count)."""
        blob = json.dumps(sorted((e.content() for e in self.entries), key=lambda d: str(d["id"])),
                          ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def __len__(self) -> int:
        return len(self.entries)

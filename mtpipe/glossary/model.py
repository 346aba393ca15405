"""Glossary entries and the loaded glossary."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from ..languages import LANGUAGES
from ..scripts import is_han
from ..errors import GlossaryError

__all__ = ["Entry", "Glossary", "GlossaryError", "KINDS", "LANGS", "ALIAS_LANGS"]

KINDS = ("person", "place", "org", "term")
LANGS = LANGUAGES
#: Languages an alias (or an excluded form) may be filed under: ``zh-Hant`` keeps traditional
#: Chinese forms apart from the simplified ``zh`` ones (both match in Chinese text).
ALIAS_LANGS = LANGS + ("zh-Hant",)


@dataclass
class Entry:
    """One concept: a person, place, organisation or term.

    Attributes:
        id: Unique id (``[a-z0-9-]+``).
        kind: One of :data:`KINDS`.
        en: Canonical English form.
        zh: Canonical Chinese form (simplified).  An entry may lack one of ``en``/``zh`` (a
            *partial* entry, e.g. imported from a one-target DeepL file): it is then
            protected only when translating into the target it has.
        aliases: Source-side spellings per language (base forms; Russian case forms are generated);
            ``zh-Hant`` holds traditional Chinese forms (matched in Chinese text).
        excluded: Forms a term base marks deprecated, per language: kept for interchange,
            never matched nor used as a target.
        dnt: Do not translate: the source form is copied to every target.
        case_sensitive: Match letter case exactly.  ``None`` (the default) is automatic:
            acronyms (forms with letters, all upper case: ``CPPCC``, ``КПК``, ``РК``) match
            exactly, every other form ignores case, in every language.  ``True``/``False``
            apply to every form of the entry.
        reviewed: False for entries generated automatically and not yet checked by a person.
        notes: Free text.
        min_context: Context words: when set, the entry matches only in a segment that also
            holds one of them (case-insensitive, as whole words; the match itself does not
            count).  This is what lets a one-character or stop-word form (``В`` for Vietnam,
            ``и``) be matched at all: see :mod:`mtpipe.glossary.lint`.
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
    excluded: dict[str, list[str]] = field(default_factory=dict)
    min_context: list[str] = field(default_factory=list)
    file: str = ""
    line: int = 0

    def forms(self, lang: str) -> list[str]:
        """Every base form to match in ``lang`` text: its aliases plus, for en/zh, the canonical form."""
        out = list(self.aliases.get(lang, []))
        if lang == "en" and self.en:
            out.insert(0, self.en)
        if lang == "zh":
            out += self.aliases.get("zh-Hant", [])
            if self.zh:
                out.insert(0, self.zh)
        return out

    @property
    def partial(self) -> bool:
        """True when the entry has only one of the ``en``/``zh`` targets (and is not do-not-translate)."""
        return not self.dnt and not (self.en and self.zh)

    def exact_case(self, form: str) -> bool:
        """Whether ``form`` must match with its letter case exactly (see ``case_sensitive``)."""
        if self.case_sensitive is not None:
            return self.case_sensitive
        letters = [c for c in form if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters) and not any(
            is_han(c) for c in letters)

    def content(self) -> dict[str, object]:
        d: dict[str, object] = {"id": self.id, "kind": self.kind, "en": self.en, "zh": self.zh,
                                "aliases": {k: sorted(v) for k, v in sorted(self.aliases.items())}, "dnt": self.dnt,
                                "case_sensitive": self.case_sensitive, "reviewed": self.reviewed}
        if self.excluded:  # only when present, so hashes of existing glossaries stay the same
            d["excluded"] = {k: sorted(v) for k, v in sorted(self.excluded.items())}
        if self.min_context:
            d["min_context"] = sorted(self.min_context)
        return d


@dataclass
class Glossary:
    """Entries loaded from one or more files."""

    entries: list[Entry] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    #: ``file:line: note`` lines that do not stop loading (partial entries).
    warnings: list[str] = field(default_factory=list)

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

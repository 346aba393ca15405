"""Named cleaning rules read from TOML (bundled ``mtpipe/configs/clean/*.toml``, or ``./configs/clean``)."""

from __future__ import annotations

import operator
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..errors import RuleError
from .lines import _headline

if TYPE_CHECKING:
    from ..document import Document
    from .marks import Marks

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["Rule", "RuleError", "RuleLines", "load_rules", "default_rules_path"]


@dataclass
class Rule:
    """One cleaning rule.

    Attributes:
        name: Goes into the ledger.
        pattern: Compiled regex.
        langs: Languages it applies to (``*`` = any).
        search: Remove the matched span only (else the whole line must match).
        action: ``remove`` or ``meta`` (named groups become document metadata).
        after: Following non-empty lines also removed (``-1`` = to the end, ``-2`` =
            the run of headline-like lines that follows: related-post teasers).
    """

    name: str
    pattern: re.Pattern[str]
    langs: tuple[str, ...] = ("*",)
    search: bool = False
    action: str = "remove"
    after: int = 0

    def applies(self, lang: str) -> bool:
        return "*" in self.langs or lang in self.langs

    def match(self, line: str) -> re.Match[str] | None:
        return self.pattern.search(line) if self.search else self.pattern.fullmatch(line.strip())


def default_rules_path() -> Path:
    """``./configs/clean`` when present (a user's override), else the bundled rules."""
    from ..config import package_data, user_configs_dir

    user = user_configs_dir() / "clean"
    return user if user.is_dir() else package_data("clean")


_KEYS = {"name", "pattern", "langs", "search", "action", "after", "ignore_case"}


def _lists() -> dict[str, str]:
    """Word lists a rule's pattern names as ``<<name>>``, kept in one place in the code (fur96: the read-more words
    :func:`~.controls.control` reads too; one88: "xem thêm" and the skip links)."""
    from .controls import MORE_LINK, READ_MORE, SEE_MORE
    from .skip_links import SKIP_LINK

    def cap(words: str) -> str:  # "Подробнее|Đọc tiếp": the capital a link is written with (a case-sensitive rule)
        return "|".join(w[:1].upper() + w[1:] for w in words.split("|"))

    return {"<<read_more>>": f"(?:{READ_MORE})", "<<Read_more>>": f"(?:{cap(READ_MORE)})",
            "<<more_link>>": f"(?:{MORE_LINK})", "<<More_link>>": f"(?:{cap(MORE_LINK)})",
            "<<see_more>>": f"(?:{SEE_MORE})", "<<See_more>>": f"(?:{cap(SEE_MORE)})",
            "<<skip_link>>": f"(?:{SKIP_LINK})"}


def load_rules(paths: Iterable[str | Path] = ()) -> list[Rule]:
    """Rules from TOML files or folders (the bundled ``configs/clean`` when empty).

    Raises:
        RuleError: naming the file and the rule.
    """
    files: list[Path] = []
    for p in (list(paths) or [default_rules_path()]):
        p = Path(p)
        files += sorted(p.glob("*.toml")) if p.is_dir() else [p]
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for f in files:
        try:
            data = tomllib.loads(f.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise RuleError(f"{f}: cannot load rules: {e}") from None
        for i, raw in enumerate(data.get("rule", [])):
            name = raw.get("name") or f"rule#{i}"
            where = f"{f}: rule {name!r}"
            bad = set(raw) - _KEYS
            if bad:
                raise RuleError(f"{where}: unknown keys {', '.join(sorted(bad))}")
            if name in seen:
                raise RuleError(f"{where}: name already used in {seen[name]}")
            seen[name] = f
            flags = re.IGNORECASE if raw.get("ignore_case", True) else 0
            try:
                text = raw["pattern"]
                for token, words in (_lists().items() if "<<" in text else ()):
                    text = text.replace(token, words)
                pat = re.compile(text, flags)
            except KeyError:
                raise RuleError(f"{where}: no pattern") from None
            except re.error as e:
                raise RuleError(f"{where}: bad pattern: {e}") from None
            action = raw.get("action", "remove")
            if action not in ("remove", "meta"):
                raise RuleError(f"{where}: action must be 'remove' or 'meta'")
            after = raw.get("after", 0)
            try:
                after = {"all": -1, "headlines": -2}[after] if isinstance(after, str) else int(after)
            except (KeyError, ValueError):
                raise RuleError(f"{where}: after must be a number, 'all' or 'headlines'") from None
            langs = raw.get("langs", ["*"])
            rules.append(Rule(name, pat, tuple([langs] if isinstance(langs, str) else langs),
                              bool(raw.get("search", False)), action, after))
    return rules


class RuleLines:
    """The named-rules line layer (:class:`~.marks.LineLayer`): each line not yet removed is tried
    against the rules in order; the first whole-line match removes it (and, with ``after``, the lines
    that follow), ``search`` rules cut spans inside it; ``action = "meta"`` keeps named groups in
    ``doc.meta``."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules

    def mark(self, marks: "Marks") -> None:
        doc, lang, spans, removed, cut = marks.doc, marks.lang, marks.spans, marks.removed, marks.cut
        rules, search_only, any_whole = _selection(self.rules, lang)
        for i, (a, b) in enumerate(spans):
            if i in removed:
                continue
            line = doc.text[a:b]
            stripped = line.strip()  # what a whole-line rule matches (Rule.match), once per line
            for rule in (search_only if any_whole is not None and any_whole.fullmatch(stripped) is None else rules):
                if rule.search:
                    for m in rule.pattern.finditer(line):
                        # a span the removal policy holds back stays (:mod:`.policy`, a ``kept`` entry)
                        if m.end() > m.start() and (not hasattr(removed, "allows_cut") or removed.allows_cut(
                                i, a + m.start(), a + m.end(), rule.name, m.group(), rule.action == "meta")):
                            cut.setdefault(i, []).append((a + m.start(), a + m.end(), rule.name,
                                                          _keep_groups(doc, m) if rule.action == "meta" else None))
                    continue
                m = rule.pattern.fullmatch(stripped)  # Rule.match of a whole-line rule
                if m is None:
                    continue
                note = _keep_groups(doc, m) if rule.action == "meta" else None
                removed[i] = (rule.name, note)
                if i not in removed:  # held back by the removal policy (:mod:`.policy`): a later rule may take it
                    continue
                follow = len(spans) - i - 1 if rule.after < 0 else rule.after
                for j in range(i + 1, min(len(spans), i + 1 + follow)):
                    if rule.after == -2 and (not _headline(doc.text[spans[j][0]:spans[j][1]])
                                             or "\n\n" in doc.text[spans[j - 1][1]:spans[j][0]]):
                        break  # teasers are a run of adjacent headline-like lines
                    removed.setdefault(j, (rule.name, "follows " + repr(line[:40])))
                break


#: :func:`_selection`'s answers: (id of the rule list, language) -> (the rules it held then, the selection); the rules
#: are held (no identity is reused while remembered) and compared one by one, by identity, with the list's at each call
_SELECTED: dict[tuple[int, str], tuple[tuple[Rule, ...], list[Rule], list[Rule], re.Pattern[str] | None]] = {}


def _selection(all_rules: list[Rule], lang: str) -> tuple[list[Rule], list[Rule], re.Pattern[str] | None]:
    """The rules of ``lang``, in order; the search rules among them; :func:`whole_line_any` of the whole-line ones:
    one pattern that fully matches a line when any whole-line rule would (a line it does not match is tried against
    the search rules alone, in their order: most lines).  Worked out once per rule list and language, not once per
    document (perf76: ``whole_line_any``'s cache key, a tuple of compiled patterns, is hashed by each pattern's
    code, 69 us a document, and 43 ``applies`` calls); a list that now holds other rules is selected afresh (rules
    are not changed in place: :func:`load_rules` builds them, nothing alters one)."""
    got = _SELECTED.get((id(all_rules), lang))
    if got is None or len(got[0]) != len(all_rules) or not all(map(operator.is_, got[0], all_rules)):
        rules = [rule for rule in all_rules if rule.applies(lang)]  # those of this language, in order
        if len(_SELECTED) >= 64:
            _SELECTED.clear()
        got = _SELECTED[(id(all_rules), lang)] = (tuple(all_rules), rules, [rule for rule in rules if rule.search],
                                                  whole_line_any(tuple(rule.pattern for rule in rules if not rule.search)))
    return got[1], got[2], got[3]


_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")


@lru_cache(maxsize=16)
def whole_line_any(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern whose ``fullmatch`` of a line is None exactly when every one of ``patterns``' is: their
    alternation, each under its own case flag, group names dropped (two rules may name a group alike); None (no
    shortcut) when they cannot be joined so (a back reference or a conditional counts groups; inline global flags)."""
    parts = []
    for p in patterns:
        if re.search(r"\\[1-9]|\(\?P=|\(\?\(|^\(\?[aiLmsux]+\)", p.pattern) or p.flags & ~(re.IGNORECASE | re.UNICODE):
            return None
        plain = _NAMED_GROUP.sub("(?:", p.pattern)
        try:
            joined = re.compile(plain, p.flags)
        except re.error:
            return None
        if joined.groupindex or len(_NAMED_GROUP.findall(p.pattern)) != len(p.groupindex) \
                or joined.groups != p.groups - len(p.groupindex):
            return None  # "(?P<" that opened no named group (inside a class, say): left alone
        parts.append(("(?i:" if p.flags & re.IGNORECASE else "(?-i:") + plain + ")")
    if not parts:
        return None
    try:
        return re.compile("|".join(parts))
    except re.error:
        return None


def _keep_groups(doc: "Document", m: re.Match[str]) -> str:
    """Keep a rule's named groups as document metadata (the first value of a key wins)."""
    got = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
    for k, v in got.items():
        doc.meta.setdefault(k, v)
    return "kept as metadata: " + ", ".join(f"{k}={v}" for k, v in got.items())

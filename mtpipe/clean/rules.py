"""Named cleaning rules read from TOML (bundled ``mtpipe/configs/clean/*.toml``, or ``./configs/clean``)."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import RuleError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["Rule", "RuleError", "load_rules", "default_rules_path"]


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
                pat = re.compile(raw["pattern"], flags)
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

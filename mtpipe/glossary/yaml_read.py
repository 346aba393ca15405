"""Reading glossary YAML: ruamel's round-trip parser limited to :data:`MAX_ALIASES` aliases and
:data:`MAX_DEPTH` levels of nesting (:func:`limit_yaml`), and the libyaml fast path for plain
files (:func:`_fast_load`), which reads them under the same YAML 1.2 rules.
"""

from __future__ import annotations

import re
from typing import Any

#: YAML aliases (``*name``) allowed in one file: enough for a shared list, far too few for an
#: alias bomb (each alias can at most double what the previous ones expand to).
MAX_ALIASES = 16
#: Deepest nesting of mappings and lists in a glossary file (an entry needs 4).
MAX_DEPTH = 16


def limit_yaml(y: Any) -> Any:
    """``y`` (a ruamel ``YAML``) refusing more than :data:`MAX_ALIASES` aliases and nesting beyond
    :data:`MAX_DEPTH`, with the position of the offending node (``ComposerError``)."""
    from ruamel.yaml.composer import Composer, ComposerError
    from ruamel.yaml.events import AliasEvent

    class _Limited(Composer):  # type: ignore[misc]
        _aliases = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.parser.check_event(AliasEvent):
                self._aliases += 1
                if self._aliases > MAX_ALIASES:
                    mark = self.parser.peek_event().start_mark
                    raise ComposerError(None, None, f"more than {MAX_ALIASES} YAML aliases (*name): refused "
                                                    "(an alias bomb?); write the values out", mark)
            return super().compose_node(parent, index)

    y.Composer = _Limited
    y.max_depth = MAX_DEPTH
    return y


def _yaml() -> Any:
    from ruamel.yaml import YAML

    y = YAML(typ="rt")  # round-trip loader: safe (no arbitrary objects) and keeps line numbers
    y.allow_duplicate_keys = False
    return limit_yaml(y)


_IMPLICIT = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "value")}
_MAP, _SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


class _Unsure(Exception):
    """The fast loader leaves this file to ruamel (aliases, tags, merge keys, duplicates...)."""


_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")


def _number(v: str) -> Any:
    """A plain scalar as YAML 1.2's core schema (ruamel) reads it: int, float, or the string."""
    if _INT.fullmatch(v) or ("_" in v and _INT.fullmatch(v.replace("_", "")) and v.lstrip("+-")[:1].isdigit()):
        return int(v.replace("_", ""))
    if v[:2] in ("0o", "0x") and len(v) > 2:
        try:
            return int(v[2:], 8 if v[1] == "o" else 16)
        except ValueError:
            return v
    if _FLOAT.fullmatch(v):
        return float(v)
    if v in (".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"):
        return float(v.replace(".", "").lower())
    if v in (".nan", ".NaN", ".NAN"):
        return float("nan")
    return v


def _fast_load(text: str) -> tuple[Any, list[int], int] | None:
    """``(data, line of each entry, line of 'entries:')`` read with libyaml, or None to use ruamel.

    libyaml composes a 100,000-entry file several times faster than ruamel's round-trip
    parser.  Only plain files take this path: any alias, explicit tag, merge key, duplicate
    key, nesting beyond :data:`MAX_DEPTH` or syntax error goes to ruamel, which says what is
    wrong (or accepts it) exactly as before.  Scalars resolve as YAML 1.2 (ruamel's rules):
    ``true``/``false`` are booleans, ``~``/``null``/empty are null, everything else plain is
    kept as written (``yes`` stays a string; numbers keep their spelling).
    """
    try:
        import yaml

        loader = yaml.CSafeLoader
    except (ImportError, AttributeError):
        return None
    try:
        root = yaml.compose(text, Loader=loader)
    except Exception:  # malformed: ruamel reports it with its position
        return None
    seen: set[int] = set()

    def conv(node: Any, depth: int) -> Any:
        if depth > MAX_DEPTH or id(node) in seen:
            raise _Unsure
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _IMPLICIT:
                raise _Unsure
            v = node.value
            if node.style:  # quoted, literal or folded: a string
                return v
            if v in ("", "~", "null", "Null", "NULL"):
                return None
            if v in ("true", "True", "TRUE", "false", "False", "FALSE"):
                return v[0] in "tT"
            return _number(v)
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
            return [conv(n, depth + 1) for n in node.value]
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
            out: dict[Any, Any] = {}
            for k, v in node.value:
                key = conv(k, depth + 1)
                if isinstance(key, (dict, list)) or key == "<<" or key in out:
                    raise _Unsure
                out[key] = conv(v, depth + 1)
            return out
        raise _Unsure

    try:
        data = conv(root, 0) if root is not None else None
    except (_Unsure, TypeError, RecursionError):
        return None
    lines: list[int] = []
    list_line = 0
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if getattr(k, "value", None) == "entries":
                list_line = k.start_mark.line + 1
                if isinstance(v, yaml.SequenceNode):
                    lines = [n.start_mark.line + 1 for n in v.value]
    return data, lines, list_line

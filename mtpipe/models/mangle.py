"""A stand-in for a model that mangles placeholders the way NLLB does (:func:`mangle_placeholders`),
for tests of the probe, the fallbacks and the leak check.
"""

from __future__ import annotations

_CYR = str.maketrans("TERMZXyqxtermz", "ТЕРМЗХукхтермз")


def _renumber(p: str) -> str:
    import re

    return re.sub(r"\d+|[a-z]$", lambda m: str(int(m.group(0)) + 1) if m.group(0).isdigit()
                  else chr(ord(m.group(0)) + 1), p, count=1)


#: What NLLB is reported to do to placeholders of every shape tried (CTranslate2 issue #1798:
#: ``$$$…$$``, ``<1>``, ``11111111`` all came out altered), as rewrites of one placeholder.
_MANGLES = (
    ("drop", lambda p: ""),
    ("split", lambda p: p[:2] + " " + p[2:]),
    ("lower", lambda p: p.lower()),
    ("cyrillic", lambda p: p.translate(_CYR)),
    ("spaced digits", lambda p: " ".join(p)),
    ("renumbered", _renumber),
    ("duplicated", lambda p: p + " " + p),
)
#: every placeholder shape of :mod:`mtpipe.placeholders`, intact
_ANY_PLACEHOLDER = r"TERM\d+|ZX\d+|Zyqx[a-z]+|⟦\d+⟧"


def mangle_placeholders(text: str, key: str = "", keep: float = 0.15) -> str:
    """``text`` with placeholders (``TERM1``, ``ZX1``, ``Zyqxb``, ``⟦1⟧``) rewritten the way NLLB rewrites them.

    Deterministic: the choice for each placeholder depends on ``key`` (say, the
    model input), the placeholder and its position.  A share ``keep`` of them is
    left intact.  Wrap a model's translate function with it to get a model that
    mangles placeholders as NLLB does (tests of the probe, the fallbacks, the leak check).
    """
    import hashlib
    import re

    def sub(m: "re.Match[str]") -> str:
        h = int(hashlib.sha256(f"{key}|{m.group(0)}|{m.start()}".encode()).hexdigest()[:8], 16)
        if (h % 1000) / 1000 < keep:
            return m.group(0)
        return _MANGLES[(h // 1000) % len(_MANGLES)][1](m.group(0))

    return re.sub(_ANY_PLACEHOLDER, sub, text)

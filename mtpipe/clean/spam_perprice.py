"""A site's host pasted over the currency of a price per unit (spam60, issue 12 point 3).

The class: a figure, one space, a host in lower case (:data:`.spam_hostword.LOWER_HOST`: a name, hyphens allowed, one
or two suffixes), then "/" and a lower-case Vietnamese syllable that ends the word: "mức giá vào cửa khoảng 40.000
skull-bets.io/người" (langfresh33: "40.000 đồng/người"). A price per unit writes its currency there ("đồng/người",
"VND/kg", "USD/tháng", "đ/đêm"); :func:`.spam_gaps.per_unit_spans` reads back only a name of letters and figures
before the "/" ("rikvip/ngày"), so a host, whose dot and hyphen it does not read, passed, and the token tests leave a
word glued to "/" alone (an address's path: "vnexpress.net/thoi-su"). No address stands between a figure and a "/"
that a syllable of Vietnamese closes: a path is of unmarked words joined by hyphens or further slashes, and a site is
never counted ("40.000 vnexpress.net" names no quantity of sites).

spam66 (langfresh36: "Vé tham quan tháp 20.000 cekilis-dunyam/ người." for "20.000 đồng/ người"): the price's
writers put a space after the "/" as often as not ("20.000 đồng/ người", "VND/ tháng"), and a site's slug stands there
as its host does: lower-case pieces of letters joined by hyphens, no suffix. A slug is taken only where
:func:`.spam_lone.stray` finds nothing to explain it: an English compound of one kind is a counted thing ("500
check-in/ ngày", "2 e-book/ tháng").

Flagged, never repaired (:class:`.spam.SpamRepair` flags a token before "/" whatever its shape).
"""

from __future__ import annotations

import re

from .spam_gaps import vietnamese_syllable

__all__ = ["priced_host", "priced_host_spans"]

# a figure (digits, "." or "," between), one space, a host in lower case or a slug (spam66), "/" (a space after it or
# none) and a word that ends there (a space, a stop or the line's end after it: no path goes on)
_PRICED_HOST = re.compile(r"(?<![\w.,])\d[\d.,]*\d? ((?=[a-z0-9-]*[a-z]{2})[a-z0-9][a-z0-9-]{1,30}(?:\.[a-z]{2,3})?"
                          r"\.[a-z]{2,6}|[a-z]{2,}(?:-[a-z]{2,})+)/ ?([^\W\d_]+)(?=[\s.,;:!?)]|$)")
_AFTER_SLASH = re.compile(r"/ ?([^\W\d_]+)")


def priced_host_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the hosts and slugs standing between a figure and "/" plus a word (module docstring); cheap: the slash
    first."""
    if "/" not in text:
        return []
    return [m.span(1) for m in _PRICED_HOST.finditer(text)]


def priced_host(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether the host or slug at ``text[a:b]`` (a span of :func:`priced_host_spans`) stands where a price's currency
    goes: the word after its "/" a lower-case Vietnamese syllable, not a known site, a slug nothing explains."""
    from .spam_lexicon import known_site
    from .spam_lone import stray

    m = _AFTER_SLASH.match(text[b:b + 30])
    tok = text[a:b]
    return bool(m) and m.group(1).islower() and vietnamese_syllable(m.group(1), known) and not known_site(tok) and (
        "." in tok or stray(tok, known))

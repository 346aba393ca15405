"""A camel-case run of three English words or more, alone in a Vietnamese sentence (spam91, issue 12 point 3).

Pasted web-trade names are often three English words or more joined in camel case ("PayWaveOnline",
"SitAndGoPlanet", "MyCheapTraffic", langfresh46's blind misses "TopClickGuru", "RichInvestMonitor", "GrowMyFunds").
:mod:`.spam_camelwords` (spam79) takes runs of two or three pieces of three letters or more where the Wikipedia
model wants a syllable (:func:`.spam_slots.slot_odds`), because real camel-case brands of *two* English words are
named in Vietnamese text where a name stands ("ProPocket", "GreenCar", "OpenNet", "VinFast"); langfresh46's misses
stand where a name stands too ("Theo anh ___,", "trống ... và ___ Hạ"), so its slot test lets them pass.

What separates is the number of pieces. Real names of three English words or more are rare in Vietnamese text and,
when written once and alone in their sentence, stand where no pasted token goes: 38,093 Vietnamese news articles
(spam82's two snapshots, /tmp/spam88/news; spam91's note) hold 193 such tokens, 17 names ("LienVietPostBank",
"FourFourTwo", "SpaceShipOne", "RealClearPolitics"), and the four written once, alone and nothing explaining them
stand after a "#" (a hashtag), inside brackets (a Vietnamese name's abbreviation: "Ngân hàng Bưu điện Liên Việt
(LienVietPostBank)") or after a photo credit's colon ("Ảnh: RedDuckPost"): :func:`.spam_lone._place` sees no place
for any of them. The dev spam's runs of three pieces or more that the chain missed stand in a place ("start",
"inner", "name", "end").

:func:`camel_run` holds for a token of three capitalised pieces or more (:data:`_RUN`), every piece of three letters
or more a word of the shipped English list (``data/latin_words.txt``, :func:`.spam_names.load_words`), two such
pieces at least (a piece of one or two letters, "My", "Go", "Ok", is let be), nothing explaining it
(:func:`.spam_lone.stray`), written once on its page (:func:`.spam_recur.recurs`), the only Latin word of its
sentence (:func:`.spam_lone.alone`), in one of :func:`.spam_lone._place`'s places, no class of real text
(:func:`.spam_context.real_word`), and the context model of :mod:`.spam_context` over spam79's gate
(:data:`.spam_camelwords.CONTEXT_GATE`). Flagged, never repaired.
"""

from __future__ import annotations

import re

__all__ = ["camel_run", "camel_run_evidence"]

_RUN = re.compile(r"(?:[A-Z][a-z]+){3,}")
_PIECE = re.compile(r"[A-Z][a-z]+")


def _english(tok: str) -> bool:
    if not _RUN.fullmatch(tok):
        return False  # the cheap test first: most tokens asked are no such run (perf)
    from .spam_names import load_words

    long = [p.lower() for p in _PIECE.findall(tok) if len(p) >= 3]
    return len(long) >= 2 and all(p in load_words() for p in long)


def camel_run(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a camel-case run of three English words or more pasted in a Vietnamese sentence."""
    tok = text[a:b]
    if not _english(tok):
        return False
    from .spam_camelwords import CONTEXT_GATE
    from .spam_context import features, real_word, score
    from .spam_lone import _place, alone, stray
    from .spam_recur import recurs

    if not stray(tok, known) or recurs(text, tok) or not alone(text, a, b, known):
        return False
    if _place(text, a, b, known) is None or real_word(text, a, b) is not None:
        return False
    return score(features(text, a, b)) > CONTEXT_GATE


def camel_run_evidence(text: str, a: int, b: int) -> str:
    """The ledger's evidence for a token :func:`camel_run` holds."""
    from .spam_context import features, score

    pieces = "+".join(p.lower() for p in _PIECE.findall(text[a:b]))
    return (f"camel-case run of three English words or more ({pieces}), the only Latin word of a Vietnamese "
            f"sentence, written once, where a pasted token stands (context {score(features(text, a, b)):.2f}): spam91")

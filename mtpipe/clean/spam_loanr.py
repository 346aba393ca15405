"""A loanword written as Vietnamese writes it: an English word less its final "r" (spam105, issue 12).

Vietnamese borrows the technical words of French and English with their final "-r" dropped ("rô-to", "xta-to"), and
a writer who keeps the Latin letters writes the loan so: "cuộn Roto hỏng" (rotor), "Stato" (stator), "rada" (radar),
"laze" (laser), "polyme" (polymer), "polyeste" (polyester), "vecto" (vector), "gato" (gateau), "supe" (super). The
context model and its classes read such a word, alone in a sentence of running Vietnamese, as a pasted one
(langfresh50's look-alike false alarm "Khi cuộn Roto hỏng thì ...": :func:`.spam_orphan.orphan_tail`, "hỏng" the
tail of "hư hỏng").

The shape: letters only, in lower or title case, four letters or more, no English word itself, and an English word
of the shipped list (:func:`.spam_names.load_words`) once an "r" is added. Counted at spam105: no spam token of the
45 dev spam sets (3,060 rows) has it; 16 words of the dev controls do (Xavie x5, supe x2, laze x2, polyme, pate,
buffe, ...) and 784 of the 38,093 news articles (103 words: Vigo, rada x21, laze x14, gato x13, pate, polyme,
Polyeste, vecto, and names: Rutte, Suga, Mino, Timo). A real word's class for :func:`.spam_context.real_word`
("loan"): no candidate of the context model and its classes.
"""

from __future__ import annotations

from .spam_names import load_words

__all__ = ["dropped_r"]


def dropped_r(tok: str) -> bool:
    """Whether ``tok`` is an English word less its final "r" (module docstring)."""
    if len(tok) < 4 or not tok.isalpha() or not tok.isascii() or not (tok.islower() or tok[1:].islower()):
        return False
    low = tok.lower()
    words = load_words()
    return low not in words and low + "r" in words

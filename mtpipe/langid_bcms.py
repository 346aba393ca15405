"""Serbian written in Latin letters and Macedonian beside Serbian (used by :mod:`mtpipe.langid`; lang13).

Both are languages mtpipe does not translate: only the name of the ``unsupported_language`` warning is at stake.

- **Serbian in Latin letters**: py3langid calls it Bosnian or Croatian (or Slovene for a short line).  Serbian is
  ekavian where Croatian and Bosnian are ijekavian ("vreme, mesto, dete, uvek, gde, posle" against "vrijeme,
  mjesto, dijete, uvijek, gdje, poslije"), and has words of its own ("časova", "odsto", "takođe").  A line called
  bs or hr with such a word and no ijekavian one is Serbian; one called sl is only with a word Slovene does not
  write (Slovene is ekavian too: "mesto", "svet", "vreme" are Slovene words; it has no ć or đ).
- **Macedonian beside Serbian**: the two Cyrillic alphabets share ј, љ, њ, џ; only ѓ, ќ, ѕ are Macedonian and ђ,
  ћ Serbian.  A line holding ј-letters but neither ђ nor ћ is Macedonian when it holds one of ѓ, ќ, ѕ, or more
  Macedonian function words (во, е, ќе, со, ги, кој, оваа...) than Serbian ones (је, у, са, који, шта...).  The
  postposed article ("Владата", "книгата") is not used: Serbian words end so too ("пута", "места", "место").
"""

from __future__ import annotations

import re

__all__ = ["serbian_latin", "macedonian_not_serbian"]

_WORD = re.compile(r"[^\W\d_]+")
# ekavian forms (Serbian) and Serbian words Croatian and Bosnian write otherwise
_SR_EKAVIAN = frozenset("""vreme vremena vremenu mesto mesta mestu dete deca dece decu svet sveta svetu svetski svetske
    reč reči rečima reka reke pesma pesme lepo lepa lep uvek pre posle posleratni gde ovde negde vest vesti vestima
    sledeći sledećih sledeće sledeća nedelja nedelje cena cene ceo cela celo celog predsednik predsednika predsedniku
    zahtev zahteva zahtevom mleko belo beli bela verovatno primer primera delo dela deo mesec meseci meseca
    rečeno lekar lekara reši rešenje rešenja""".split())
_SR_OWN = frozenset("časova časa odsto takođe hiljada hiljade sednica sednice sednici opština opštine".split())
# ijekavian forms (and Croatian words): a line with one is Croatian or Bosnian whatever else it holds
_IJE_WORDS = frozenset("""vrijeme vremena mjesto mjesta mjestu dijete djeca djece svijet svijeta svijetu riječ riječi
    rijeka pjesma lijepo uvijek prije poslije gdje ovdje vijest vijesti sljedeći sljedećih nedjelja cijena cijene
    cijeli predsjednik predsjednika zahtjev mlijeko bijelo vjerovatno vjerojatno primjer djelo dio mjesec mjeseci
    također tisuća općina""".split())
# Serbian words Slovene does not write (Slovene: ur, seja, vedno, kje, po, tudi)
_NOT_SLOVENE = frozenset("časova časa sednica sednice uvek gde ovde posle odsto hiljada hiljade takođe opština".split())

_MK_ONLY = re.compile("[ѓќѕЃЌЅ]")
_SR_ONLY = re.compile("[ђћЂЋ]")
_J_LETTERS = re.compile("[јљњџЈЉЊЏ]")
_MK_WORDS = frozenset("во е ќе со ги кој која кое којшто кои оваа овој ова денеска многу сум сме сте бев".split())
_SR_WORDS = frozenset("је у са који која које шта био била били биће сам смо сте нису".split())


def serbian_latin(text: str, lang: str) -> str:
    """``sr`` for a Latin line py3langid called ``lang`` (bs, hr, sl) that reads as Serbian; else ``lang``."""
    if lang not in ("bs", "hr", "sl"):
        return lang
    words = [w.lower() for w in _WORD.findall(text)]
    if any(w in _IJE_WORDS for w in words):
        return lang
    if lang == "sl":
        return "sr" if any(w in _NOT_SLOVENE for w in words) else lang
    return "sr" if any(w in _SR_EKAVIAN or w in _SR_OWN for w in words) else lang


def macedonian_not_serbian(text: str) -> bool:
    """Whether a Cyrillic line whose ј-letters made it Serbian is Macedonian (module docstring)."""
    if _SR_ONLY.search(text) or not _J_LETTERS.search(text):
        return False
    if _MK_ONLY.search(text):
        return True
    words = [w.lower() for w in _WORD.findall(text)]
    return sum(w in _MK_WORDS for w in words) > sum(w in _SR_WORDS for w in words)

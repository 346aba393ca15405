"""Vietnamese syllables written without marks and joined into one lower-case word: a shop's or a site's name as
forums write it (spam51, issue 12 point 3).

Vietnamese writers name shops and sites by their host name, in lower case, mid-sentence: "mua sữa bachhoaxanh vì
rẻ" ("Bách hoá Xanh"), "dùng dienmayxanh để so giá" ("Điện máy Xanh"), "xem giá trên batdongsan" ("bất động sản"),
"mua ở dienmaycholon". Such a word is :func:`.spam_names.name_shape`'s ``random`` by its letters (the letter model
scores "bachhoaxanh" as it does "yoxtn"), and :func:`.spam_names.pasted_name` flagged it beside a syllable: the
known false alarm of spam51's brief. It is no random string: it reads, end to end, as Vietnamese syllables of the
Wikipedia syllable model written without marks (:func:`syllable_run`), so it is left as a name (:func:`shop_slug`)
when the run is long and Vietnamese enough:

- three syllables at least (:data:`MIN_SYLLABLES`): a two-piece split is found by chance in many strings, and
  two-syllable labels of the gambling trade are common ("keoso", "trungso");
- two of them of three letters or more (:data:`MIN_LONG`: an onset of two letters or a final consonant, "bach",
  "xanh", "dien"): labels invented of open syllables of two letters split so too ("ridika", "latasy", "bitono",
  langfresh27/28's pasted labels, still weighed as ``random``). Real names of short syllables only ("vexere")
  stay as before.

Gambling labels of unmarked words ("nhacaitop", "choixinchao") are caught by other tests than ``random``
(:mod:`.spam_shapes`, :mod:`.spam_letters`, :mod:`.spam_context`) and stay caught. The pasted slugs of unmarked
syllables the dev sets miss ("laydinhcao", "muabantienao") stay missed: nothing in them tells a label from a shop's
name (:mod:`.spam_placeslot`'s docstring). Only lower-case words: a title-case or capitals word of this kind is
weighed as before.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["MIN_LONG", "MIN_SEEN", "MIN_SYLLABLES", "folded_syllables", "syllable_run", "shop_slug"]

#: the syllables a lower-case word must read as to be taken for a shop's name
MIN_SYLLABLES = 3
#: and how many of them must be of three letters or more (a digraph or a final consonant: "bach", "xanh", "dien")
MIN_LONG = 2
#: a syllable of the Wikipedia model is taken when seen this often (rarer ones are names' and foreign letters)
MIN_SEEN = 20


def _fold(word: str) -> str:
    """``word`` in lower case without any mark ("đồng" -> "dong")."""
    nfd = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(ch for ch in nfd if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def folded_syllables() -> frozenset[str]:
    """The Vietnamese syllables (:data:`.spam_gaps._SYLLABLE`'s shape) of the Wikipedia syllable model
    (:func:`.spam_bigrams.load_syllables`, seen :data:`MIN_SEEN` times or more), written without marks ("đồng",
    "dòng" -> "dong"; read once per process)."""
    from .spam_bigrams import syllable_counts
    from .spam_gaps import _SYLLABLE, _strip_tones

    # load_syllables().uni, without the bigram rows (perf51)
    return frozenset(_fold(w) for w, n in syllable_counts()[0].items()
                     if n >= MIN_SEEN and w.isalpha() and _SYLLABLE.fullmatch(_strip_tones(w)))


def syllable_run(word: str) -> list[str] | None:
    """``word`` (lower case, letters alone) split into syllables the syllable model knows, written without marks (two
    letters or more each: :func:`folded_syllables`), the split with the fewest pieces, or None."""
    folded = folded_syllables()

    @lru_cache(maxsize=None)
    def best(i: int) -> tuple[str, ...] | None:
        if i == len(word):
            return ()
        found: tuple[str, ...] | None = None
        for j in range(i + 2, min(len(word), i + 7) + 1):
            if word[i:j] in folded:
                rest = best(j)
                if rest is not None and (found is None or len(rest) + 1 < len(found)):
                    found = (word[i:j], *rest)
        return found

    out = best(0)
    return list(out) if out is not None else None


def shop_slug(token: str) -> bool:
    """Whether ``token`` is a lower-case word of :data:`MIN_SYLLABLES` known unmarked syllables or more,
    :data:`MIN_LONG` of them of three letters or more (module docstring)."""
    if not (token.isascii() and token.isalpha() and token.islower()):
        return False
    run = syllable_run(token)
    return run is not None and len(run) >= MIN_SYLLABLES and sum(len(x) >= 3 for x in run) >= MIN_LONG

"""The spam repair's single-token path and the helpers it shares with the recurring path (room96: moved out of
:mod:`.spam`, whose :class:`~.spam.SpamRepair` had reached the one-job guard; the code is :mod:`.spam`'s as it was).

A token seen once (or a bare brand, or a name at a sentence's start) is judged gap by gap: spam when it stands
between two syllables and looks like a gambling name, repaired only when the syllable model is sure on both sides,
flagged otherwise.  :func:`neighbours` gives an occurrence's two words, :func:`case` the capital a replacement
takes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from .spam_bigrams import Bigrams
from .trade_vocab import LUCKY as _LUCKY, alternation
from .spam_surefill import sure_fill
from .spam_codeslot import named_code
from .spam_gaps import name_gap
from .spam_scans import BARE as _BARE
from .spam_shapes import SITE_INTRO as _SITE_INTRO, local_domain, tok_unknown

__all__ = ["GAMBLING", "GAMBLING_WORD", "LETTERS", "WORD", "case", "neighbours", "single_plan"]

# what gambling spam names look like ("hi88", "188bet", "kubet", "8xbet", "fun88", ".vip", "q8vn.com")
GAMBLING_WORD = re.compile(alternation("token"))  # :mod:`.trade_vocab`'s ``token`` words
# or a cheap top-level domain that VN gambling hosts use (spam85: ".vip", ".bet", ".club", ".win" hold a token word)
GAMBLING = re.compile(r"\d|" + GAMBLING_WORD.pattern + r"|\.(?:live|top|xyz|asia|co|cc)$")
LETTERS = re.compile(r"[^\W\d_]{2,}")
WORD = re.compile(r"\w+", re.UNICODE)


def neighbours(text: str, a: int, b: int) -> tuple[str | None, str | None]:
    """The words before and after ``text[a:b]`` in its line, lower-cased (None for a figure, or for none)."""
    left = WORD.findall(text[max(0, a - 40):a].split("\n")[-1])
    right = WORD.findall(text[b:b + 40].split("\n")[0])
    prev = left[-1].lower() if left and not left[-1].isdigit() else None
    nxt = right[0].lower() if right and not right[0].isdigit() else None
    return prev, nxt


def single_plan(text: str, tok: str, spans: list[tuple[int, int]], bg: Bigrams,
                gap_candidates: Callable[[str | None, str | None], list[str]],
                flagged: Callable[[int, int], bool], min_support: float) -> list[tuple[int, int, str | None, str]]:
    """A token seen once: spam when it stands between two syllables and looks like a gambling name; repaired only
    when the syllable model is sure on both sides, flagged otherwise (left in the text, never passed on silently).
    :meth:`.spam.SpamRepair._single`'s body: ``gap_candidates(prev, nxt)`` is the repair's candidate syllables for a gap
    (its ``_pass1``), ``flagged(a, b)`` whether its ``_pasted`` flags the token at ``text[a:b]`` (left in
    :mod:`.spam`, where the ablations of ``benchmarks/langid.py`` and ``benchmarks/spam_round21.py`` patch the tests it
    calls), ``min_support`` its setting."""
    out: list[tuple[int, int, str | None, str]] = []
    gambling = bool(GAMBLING.search(tok))
    for a, b in spans:
        if name_gap(text, a, b, bg.uni) or text[a - 1:a] == "-" or text[b:b + 1] == "/":
            # inside a name, a letter-digit run between two syllables, inside a transcription, before "/ngày"
            # (spam_gaps; find_spam_tokens takes a token by "-" or "/" only there)
            out.append((a, b, None, tok))
            continue
        bare = bool(_BARE.fullmatch(text[a:b]))
        prev, nxt = neighbours(text, a, b)
        flag = [(a, b, None, tok)] if flagged(a, b) else []
        if not (a == 0 or text[a - 1] in " \n") or text[b:b + 1] not in ("", " ", "\n", ",", ".", ";", ":", "!", "?"):
            out += flag
            continue
        after_number = text[max(0, a - 2):a - 1].isdigit()
        # between two syllables means next to both: a bracket or quote after it opens an aside, no gap
        # ("trang thương mại điện tử JD.com (Trung tâm mua sắm Jingdong)": field trial 6)
        joined = bool(prev and nxt and text[a - 1:a] == " " and text[b:b + 1] == " " and prev in bg.uni and nxt in bg.uni
                      and LETTERS.search(text[max(0, a - 3):a]) and LETTERS.match(text[b + 1:b + 3]))
        fit = joined and any(bg.bi[(prev, c)] > 0 and bg.bi[(c, nxt)] > 0 for c in gap_candidates(prev, nxt))
        if bare:
            if not fit or after_number or prev in _SITE_INTRO or bg.bi[(prev, nxt)] > 0 or named_code(text, a, b) \
                    or not tok_unknown(text[a:b], bg.uni):  # named_code: "mẫu YU7 chỉ", a name's slot (spam71)
                out += flag
                continue  # "Darwin", "VF8" where they are names: no gap around them
        elif gambling:
            # a gambling name standing as a word beside a Vietnamese syllable (at a sentence's start,
            # before its full stop or a comma too): flagged at least; a bare letter-digit token
            # without a lucky number or a gambling word ("u23", "a320") only between two syllables
            strong = "." in tok or _LUCKY.search(tok) or GAMBLING_WORD.search(tok)
            near = (nxt in bg.uni and text[b:b + 1] in (" ", ",")) or (
                prev in bg.uni and LETTERS.search(text[max(0, a - 3):a]))
            if not ((near if strong else joined) or after_number):
                out += flag
                continue
        elif local_domain(tok) or not joined or prev in _SITE_INTRO or (not fit and bg.bi[(prev, nxt)] > 0):
            # another domain ("Theo vnexpress.net, ...") only where it splits what one missing syllable
            # would join into words on both sides ("Tết cận vaobo.com bất kỳ"), or stands between two
            # syllables that make no word ("quy định vaobo.com khung"); never after a word that names a site
            # ("truy cập google.com để", "đặt phòng trên agoda.com với")
            out += flag
            continue
        rep = None
        # beside a capitalised word (a title, a name: "Hồ sơ Kỹ thuật Thi MB66 thực tế") the
        # lower-cased syllable model reads a different text: flag, never guess
        cased = any(w[:1].isupper() for w in (WORD.findall(text[max(0, a - 40):a])[-1:] + WORD.findall(text[b:b + 40])[:1]))
        if joined and not after_number and not cased and not bare:  # a bare brand: flagged only
            # confident = one syllable, and only one, makes known words on both sides
            fits = [c for c in gap_candidates(prev, nxt) if bg.bi[(prev, c)] > 0 and bg.bi[(c, nxt)] > 0]
            if len(fits) == 1 and bg.local(prev, fits[0], nxt) >= min_support and min(  # each bigram seen
                    bg.bi[(prev, fits[0])], bg.bi[(fits[0], nxt)]) >= 2 and (  # twice: once misleads ("giá trị hơn")
                    bg.named_by_each_side(prev, fits[0], nxt) and sure_fill(bg, prev, fits[0], nxt)):  # lang14; spam95
                rep = case(text, a, b, fits[0])
        out.append((a, b, rep, tok))
    return out


def case(text: str, a: int, b: int, word: str) -> str:
    """Capitalise at a sentence start and in organ names (Thành ủy, Tỉnh ủy)."""
    before = text[:a].rstrip(" ")
    nxt = WORD.findall(text[b:b + 12])
    sentence_start = not before or before[-1] in ".!?\n:“\"«"
    organ = bool(nxt) and unicodedata.normalize("NFC", nxt[0].lower()) in ("ủy", "uỷ")
    return word[:1].upper() + word[1:] if sentence_start or organ else word

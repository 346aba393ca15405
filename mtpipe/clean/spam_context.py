"""A Latin word pasted once into a syllable's slot, weighed by its context (spam29, issue 12 point 3; on since spam30).

:mod:`.spam_slots` weighs the odds of a syllable against a foreign word between two neighbours, but only for labels
whose *shape* the older tests already doubt; alone, those odds do not tell a pasted label from a rare real name
(benchmarks/README.md, Round 21). This model reads more of the context, for any Latin word that no list knows and
that is written once on its page (a real name recurs: 40% of such words in held-out Wikipedia articles do), and adds
the signs a syllable left behind:

- the odds of a syllable against a foreign word between ``prev`` and ``nxt`` (the Wikipedia syllable bigrams of
  :data:`.spam_bigrams.SYLLABLES`, interpolated with the unigram so that "xôn · trước" still reads: "xao" then a
  word the table never saw after it) and of each side alone (how rarely a foreign word follows ``prev`` / precedes
  ``nxt``: :data:`.spam_slots.FOREIGN`);
- how bound ``prev`` is to one successor ("xôn" -> "xao", "kỹ" -> "thuật") and ``nxt`` to one predecessor;
- whether ``prev`` closes a word with the syllable before it ("vòng tròn ·": a name may follow a finished word) and
  ``nxt`` opens one with the syllable after it ("· Tây Tạng"); a name-introducing word before it, a figure after it;
- the token's own form (title case, lower case, capitals, camel case, with figures, a domain; Vietnamese syllables
  without marks, English words end to end, pinyin) and how unlike any language's word its letters are
  (:func:`.spam_names.randomness`).

A logistic model over these features (:data:`WEIGHTS`, fitted by ``benchmarks/spam_context.py`` on the tokens the
other tests miss in langfresh ... 19 against the words of the clean controls they leave) gives the log-odds that the
word was pasted; over :data:`GATE` (the score that leaves 10 of about 44,000 control sentences over it) the word is
flagged, never repaired. Leave one set out it caught 17 of the 109 missed tokens, and flagged 1 of the sets' own
control sentences ("VinFast chốt ngày ...", a brand at a headline's start) (benchmarks/README.md, Round 22).
Words of five classes of real text it took for pasted ones on the controls are no candidates (:func:`real_word`);
with them out it flags 6 more of 44,594 clean control texts for 26 more dev tokens caught, so
:class:`.spam.SpamRepair` asks it by default since spam30 (``context=False`` turns it off; benchmarks/README.md,
spam30).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

# what candidate() asks of every Latin token of a Vietnamese text, imported once (a function-level import costs
# ~3 us a call: a fifth of candidate()'s time; none of these modules imports this one)
from ..translit.pinyin import parse_syllables
from .spam_bigrams import written_words
from .spam_bound import _syllables, english_form
from .spam_gaps import _SYLLABLE, _strip_tones
from .spam_lending import LENDING, pasted_lending
from .spam_lexicon import known_site
from .spam_loanr import dropped_r
from .spam_names import NAME_INTRO, _splits, _vi_line, compound_stems, load_words, randomness, solid_compounds
from .spam_products import product_name
from .spam_recur import may_recur as _may_recur, recurs  # noqa: F401 (_may_recur: its home before perf84, tests ask it here)
from .spam_shapes import BEFORE, MEASURE, UNIT, sentence_start
from .spam_slots import _SMOOTH, _succ, load_slots, neighbours

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_DIGIT = re.compile(r"\d")
_DOMAIN_SHAPE = re.compile(r"[A-Za-z0-9-]+\.[a-z]{2,6}")
_DOUBLED = re.compile(r"(.)\1")
_DOUBLED_PAIR = re.compile(r"(\w{2})\1")
_LATIN = re.compile(r"[A-Za-z]")
_LETTERS_ONLY = re.compile(r"[^\W\d_]+")
_NOT_LOWER = re.compile(r"[^a-z]")
_SECOND_WORD_AFTER = re.compile(r" \S+ ([^\W\d_]+)")
_SPACE_DIGIT = re.compile(r" \d")
_TOKEN_AFTER = re.compile(r" (\S+)")
_TOKEN_BEFORE = re.compile(r"(\S+) $")
_VOWEL = re.compile(r"[aeiouy]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")

__all__ = ["FEATURES", "WEIGHTS", "GATE", "candidate", "real_word", "features", "score", "pasted_word", "evidence"]

#: the features, in :data:`WEIGHTS`' order (module docstring)
FEATURES = ("bias", "two", "has_two", "left", "has_prev", "right", "has_next", "bound_prev", "bound_next", "closes",
            "opens", "end", "start", "title", "lower", "caps", "camel", "digit", "domain", "random", "length",
            "prev_capital", "name_intro", "next_figure", "left_end", "right_start", "two_lower", "bound_end",
            "syllables", "english", "pinyin")
#: fitted by ``benchmarks/spam_context.py --budget 10`` (2026-12-02, at a955280; benchmarks/README.md, Round 22)
WEIGHTS: tuple[float, ...] = (-4.007, -0.1536, 0.6238, 0.9872, -2.0896, 0.8209, -2.3834, 0.2527, 2.1651, -0.7899,
    -0.6739, -0.7971, 0.6359, -1.677, -0.6158, -0.4238, -0.0293, -0.6508, 0.6491, -1.6455, 2.5867, 0.3862, -0.6783,
    1.7808, 0.5551, 0.5484, 0.0652, -0.7318, 0.547, 0.9712, -0.1468)
#: the score over which a word is flagged: the 11th highest control sentence's (``--budget 10``)
GATE = 4.18
_K = 50  # interpolation weight of the unigram in P(nxt | c)
_TIME = re.compile(r"\d{1,2}[hg]\d{0,2}|\d+m\d+", re.IGNORECASE)  # "19h30", "16g45" (giờ), "1m70"
#: words that name an office, before its acronym ("Sở TNMT", "sở GTCC", "Bộ KHCN")
_OFFICE = frozenset("sở bộ ban cục vụ phòng viện đài hội ngành ủy ubnd trường khoa chi tổng đoàn".split())
_CASE_CUT = re.compile(r"(?<=[a-zà-ỹ])(?=[A-ZÀ-Ỹ])|(?<=[A-ZÀ-Ỹ])(?=[A-ZÀ-Ỹ][a-zà-ỹ])")  # "sinh|Do", "VIAC|Danh"


@lru_cache(maxsize=1)
def _words_total() -> int:
    return sum(v[0] for v in load_slots().before.values())


def _p_next(c: str, nxt: str) -> float:
    sl = load_slots()
    n = sl.after.get(c, (0, 0))[0]
    uni = sl.before.get(nxt, (0, 0))[0] / _words_total()
    return (_succ()[0].get(c, {}).get(nxt, 0) + _K * uni) / (n + _K)


@lru_cache(maxsize=65536)
def side_odds(prev: str | None, nxt: str | None) -> tuple[float, float, float]:
    """log-odds of a syllable against a foreign word: between ``prev`` and ``nxt`` (0 unless both are syllables the
    tables know), after ``prev`` alone, before ``nxt`` alone (0 where that neighbour is missing or unknown)."""
    sl = load_slots()
    succ = _succ()[0]
    two = left = right = 0.0
    aw = sl.after.get(prev, (0, 0))[0] if prev else 0
    bw = sl.before.get(nxt, (0, 0))[0] if nxt else 0
    if aw:
        pf = sl.p_foreign_after(prev)  # type: ignore[arg-type]
        left = math.log((1 - pf) / pf)
    if bw:
        pf = sl.p_foreign_before(nxt)  # type: ignore[arg-type]
        right = math.log((1 - pf) / pf)
    if aw and bw:
        s = sum(n / aw * _p_next(c, nxt) for c, n in succ.get(prev, {}).items())  # type: ignore[arg-type]
        f = sl.p_foreign_after(prev) * (sl.before[nxt][1] + _SMOOTH * sl.rate_before) / (sl.foreign_before + _SMOOTH)  # type: ignore[arg-type,index]
        two = math.log((s + 1e-12) / f)
    return two, left, right


def _pmi(x: str, y: str) -> float:
    sl = load_slots()
    c = _succ()[0].get(x, {}).get(y, 0)
    ux, uy = sl.after.get(x, (0, 0))[0], sl.before.get(y, (0, 0))[0]
    return math.log(c * _words_total() / (ux * uy)) if c >= 3 and ux and uy else -5.0


def _bound(word: str | None, after: bool) -> float:
    """The share of ``word``'s sightings its likeliest successor (``after``) or predecessor takes."""
    if not word:
        return 0.0
    sl = load_slots()
    succ, top_pred = _succ()
    if after:
        n = sl.after.get(word, (0, 0))[0]
        return max(succ.get(word, {}).values(), default=0) / n if n else 0.0
    n = sl.before.get(word, (0, 0))[0]
    return top_pred.get(word, 0) / n if n else 0.0


#: :func:`candidate`'s answers for the text and word lists it was last asked about, by ``(a, b, allow)``: a pure
#: function of its arguments, asked of one token by several checks in turn (:func:`pasted_word`, then
#: :func:`.spam_namecut.split_name`; :func:`evidence` again in the ledger): perf60
_ASKED: dict[str, object] = {"text": None, "known": None, "answers": {}}


def candidate(text: str, a: int, b: int, known: "set[str] | dict[str, int]", allow: tuple[str, ...] = ()) -> bool:
    """:func:`_candidate`, each answer computed once for the text and lists last asked about (:data:`_ASKED`)."""
    if _ASKED["text"] is not text or _ASKED["known"] is not known:
        _ASKED.update(text=text, known=known, answers={})
    answers: dict[tuple[int, int, tuple[str, ...]], bool] = _ASKED["answers"]  # type: ignore[assignment]
    key = (a, b, allow)
    if key not in answers:
        answers[key] = _candidate(text, a, b, known, allow)
    return answers[key]


def _candidate(text: str, a: int, b: int, known: "set[str] | dict[str, int]", allow: tuple[str, ...] = ()) -> bool:
    """A Latin word standing as a word in a Vietnamese line that no list knows, written once on its page: no
    Vietnamese syllable (marked, or the shape of one without marks: "xong", "Giang"), no word of the syllable model,
    English or Wikipedia, no known site, no measure or time ("150m", "19h30", "16g45"), no hyphenated piece. ``allow``:
    the classes of :func:`real_word` admitted all the same (:mod:`.spam_orphan` reads "english" compounds by context)."""
    tok = text[a:b]
    low = tok.lower()
    if len(tok) < 3 or "-" in tok or not _LATIN.search(tok) or not (a == 0 or text[a - 1] in BEFORE):
        return False
    if _SYLLABLE.fullmatch(_strip_tones(low)) or low in known or low in load_words() or low in solid_compounds() \
            or low in written_words() or known_site(low) or MEASURE.fullmatch(tok) or _TIME.fullmatch(tok):
        return False
    if "." in tok and not _DOMAIN_SHAPE.fullmatch(tok):
        return False  # two words glued at a full stop ("sinh.Sau", "TP.HCM"), no domain
    if recurs(text, tok):
        return False  # written twice on the page: a real name (a pasted label recurring is spam.py's own case)
    return real_word(text, a, b) in (None, *allow) and _vi_line(text, a, b)


def real_word(text: str, a: int, b: int) -> str | None:
    """The class of real text ``text[a:b]`` belongs to, whose words the context model took for pasted ones on the
    clean controls (benchmarks/README.md, spam30), or None:

    - "glued": two words of scraped text run together at a case change, one of them making a word with the
      neighbour on its side, the other a syllable or capitals ("ngoại sinhDo vệ", "Hoàng AnhTheo", "VIACDanh sách");
    - "office": capitals after a word naming an office ("Sở TNMT"), or two to four before a figure ("Căn OTM 405");
    - "pinyin": a title-case word of two or three pinyin syllables of three letters or more ("Dongxiang");
    - "typo": a letter typed twice ("khoaang"), a laugh said twice ("kaka"), a chat abbreviation of consonants
      ("Trc"), a unit after a figure ("150m", "150gr");
    - "english": a lower-case word of two English words end to end, four letters or more each ("lookaside"), or an
      English word's inflection or follower's name, in lower or title case ("binning", "Swifties":
      :func:`.spam_bound.english_form`, spam38);
    - "product": an English word glued to an acronym in capitals ("ChatGPT", "NordVPN": :mod:`.spam_products`, spam73);
    - "loan": an English word less its final "r", as Vietnamese writes a loan ("Roto", "rada": :mod:`.spam_loanr`).
    """
    tok = text[a:b]
    low = tok.lower()
    if product_name(tok):
        return "product"
    prev, nxt = neighbours(text, a, b)
    succ = _succ()[0]  # Wikipedia syllable bigrams
    cut = [m.start() for m in _CASE_CUT.finditer(tok)]
    if len(cut) == 1 and _LETTERS_ONLY.fullmatch(tok):
        head, tail = low[:cut[0]], low[cut[0]:]
        word = [tok[:cut[0]].isupper() or bool(_SYLLABLE.fullmatch(_strip_tones(x))) for x in (head, tail)]
        if (prev and word[1] and succ.get(prev, {}).get(head, 0) >= 3) or (
                nxt and word[0] and succ.get(tail, {}).get(nxt, 0) >= 3):
            return "glued"
    before = _TOKEN_BEFORE.search(text[max(0, a - 40):a])
    word_before = before.group(1) if before else ""
    if tok.isupper() and tok.isalpha() and (word_before.lower() in _OFFICE or (len(tok) <= 4 and _SPACE_DIGIT.match(text[b:b + 2]))):
        return "office"
    sylls = parse_syllables(low) if tok[:1].isupper() and tok[1:].islower() else None
    if sylls and 2 <= len(sylls) <= 3 and all(len(x) >= 3 for x in sylls):
        return "pinyin"
    if not low.isalpha():
        return "unit" if UNIT.fullmatch(tok) else None
    if _DOUBLED.search(low) and _SYLLABLE.fullmatch(_strip_tones(_DOUBLED.sub(r"\1", low))) \
            or _DOUBLED_PAIR.fullmatch(low) or (len(low) <= 3 and not _VOWEL.search(low) and not tok.isupper()):
        return "typo"
    if dropped_r(tok):
        return "loan"
    if tok.islower() and len(low) >= 8 and any(low[:i] in compound_stems() and low[i:] in compound_stems()
                                               for i in range(4, len(low) - 3)) or tok[1:].islower() and english_form(low):
        return "english"
    return None


def features(text: str, a: int, b: int) -> list[float]:
    """:data:`FEATURES` of ``text[a:b]`` (module docstring)."""
    tok = text[a:b]
    prev, nxt = neighbours(text, a, b)
    two, left, right = side_odds(prev, nxt)
    m = _WORD_BEFORE.search(text[max(0, a - 40):a].rsplit(" ", 2)[0] + " ") if prev else None
    pp = m.group(1).lower() if m else None
    m = _SECOND_WORD_AFTER.match(text[b:b + 40]) if nxt else None
    nn = m.group(1).lower() if m else None
    name = tok.split(".")[0]
    shape = ("domain" if "." in tok else "digit" if _DIGIT.search(tok) else "caps" if tok.isupper()
             else "lower" if tok.islower() else "title" if tok[1:].islower() else "camel")
    return [1.0, two, float(bool(two)), left, float(bool(left)), right, float(bool(right)),
            _bound(prev, True), _bound(nxt, False),
            float(bool(pp and prev and _pmi(pp, prev) > 0)), float(bool(nn and nxt and _pmi(nxt, nn) > 0)),
            float(text[b:b + 1] in tuple(".,;:!?)”\"'")), float(sentence_start(text, a)),
            *(float(shape == s) for s in ("title", "lower", "caps", "camel", "digit", "domain")),
            max(-30.0, randomness(name)) / 10, min(len(name), 15) / 10, *_more(text, a, b, prev, nxt, two, left, right)]


def _more(text: str, a: int, b: int, prev: str | None, nxt: str | None, two: float, left: float,
          right: float) -> list[float]:
    m = _TOKEN_BEFORE.search(text[max(0, a - 40):a])
    before = m.group(1) if m else ""
    m = _TOKEN_AFTER.match(text[b:b + 40])
    after = m.group(1) if m else ""
    low = _NOT_LOWER.sub("", text[a:b].split(".")[0].lower())
    end = text[b:b + 1] in tuple(".!?)”\"';")
    start = sentence_start(text, a)
    sylls = parse_syllables(low) if low else None
    return [float(before[:1].isupper() and not start), float(bool(prev) and prev in NAME_INTRO),
            float(after[:1].isdigit()), left * end, right * start,
            two * float(bool(prev and nxt and before.islower() and after.islower())), _bound(prev, True) * end,
            float(bool(low) and _syllables(low)), float(len(low) >= 6 and _splits(low, compound_stems(), 3)),
            float(bool(sylls) and all(len(x) >= 2 for x in sylls))]


def score(x: list[float], weights: "tuple[float, ...] | list[float]" = WEIGHTS) -> float:
    """The model's log-odds that the word was pasted."""
    return sum(a * b for a, b in zip(weights, x))


def pasted_word(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a word no list knows, written once on its page, that its context reads as pasted."""
    return candidate(text, a, b, known) and score(features(text, a, b)) > GATE


def evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The ledger's evidence when the model reads ``text[a:b]`` as pasted (its log-odds and the gate), or when it is
    a loan-app name (:mod:`.spam_lending`, spam38), else None."""
    from .spam_genre import trade_evidence

    if pasted_lending(text, a, b, known):
        return f"loan-app name: {LENDING.search(text[a:b]).group(0)!r} as a piece of a Latin name beside a syllable"  # type: ignore[union-attr]
    if not candidate(text, a, b, known):
        return None
    s = score(features(text, a, b))
    return f"context model: log-odds {s:.2f} over the gate {GATE}" if s > GATE else trade_evidence(text, a, b, known)

"""Repair spam tokens pasted over words (``w88.is`` standing for "thành").

A token is suspect when it looks like a domain (``name.tld``), stands in a word
position (letters on both sides, no ``http``/``www``/``@``/``/`` around it) and
recurs in the document.  Each occurrence is restored to the Vietnamese
syllable that best forms words with its neighbours, scored with syllable
bigram counts built from real Vietnamese text (the FLORES-200 Vietnamese
sentences shipped in ``mtpipe/models/data/corpus.vi.txt``, not a hand-typed
list).  Occurrences whose context decides nothing take the document's
majority choice, so a token is consistent within a document, yet one that
clearly stands for different syllables in different places gets each.
A token whose occurrences do not clearly and repeatedly read as one syllable (a real site named twice in an
advert, say) is not a substitution we can undo: every occurrence is flagged in the ledger and left in the text.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from .spam_bigrams import CORPUS, Bigrams, load_bigrams
from .spam_lending import pasted_lending
from .spam_lexicon import known_site, listed_in_line
from .spam_names import pasted_name
from .spam_context import pasted_word
from .spam_genre import pasted_trade_name
from .trade_vocab import LUCKY as _LUCKY
from .spam_handles import handle_slot
from .spam_subject import opening_subject
from .spam_letters import letter_token
from .spam_figcode import figure_code
from .spam_hostword import host_in_name, host_in_word
from .spam_opener import opener_slot
from .spam_unitfig import unit_figure
from .spam_filename import file_name
from .spam_lone import lone_token
from .spam_classes import class_token
from .spam_namecut import split_name
from .spam_namehead import lower_before_name
from .spam_bethead import gambling_head
from .spam_slugname import slug_in_name
from .spam_orphan import orphan_tail
from .spam_plain import plain_word
from .spam_typos import swapped_syllable
from .spam_telex import telex_typo
from .spam_undo import undoable
from .spam_creditslot import credit_spans
from .spam_realwords import drop_addresses, drop_lexicon, drop_figures, drop_real, named_again, unread_flags
from .spam_slots import syllable_slot
from .spam_gaps import HYPHENATED, MIXED, hyphen_gap, name_gap, per_unit, per_unit_spans
from .spam_single import GAMBLING as _GAMBLING, GAMBLING_WORD as _GAMBLING_WORD, LETTERS as _LETTERS, case as _case, \
    neighbours as _neighbours, single_plan  # the single-token path (room96); _GAMBLING* read here by tests
from .spam_perprice import priced_host, priced_host_spans
from .spam_lookalike import look_alike  # spam_sitenamed.named_site, and spam87's classes
from .spam_scans import ALIEN as _ALIEN, BARE as _BARE, BRAND as _BRAND, DIGIT_DOMAIN as _DIGIT_DOMAIN, \
    DOMAIN as _DOMAIN, scans  # the token patterns, each scanned only where its seed stands (perf84)
from .spam_invited import installed_app, invited_site, loan_compound
from .spam_shapes import BEFORE, LOANWORD, MEASURE, TOKEN, alien_letters, brand_shape, pasted_brand, start_candidate

__all__ = ["SpamRepair", "find_spam_tokens", "Bigrams", "load_bigrams", "CORPUS"]

_AFTER = set(" \n,.;:!?)”\"»'’")  # a closing single quote too ("đã 'vượt 0hmtdzy' Lazada": spam23)

def _word_position(text: str, a: int, b: int) -> bool:
    """A token at ``text[a:b]`` stands in a word position (no address before it, a space or the line start before
    it, a space or punctuation after it, a word beside it in its line): :func:`find_spam_tokens`' position tests."""
    before = text[max(0, a - 12):a].lower()
    if "http" in before or "www" in before:
        return False
    if not (a == 0 or text[a - 1] in BEFORE) or not (b == len(text) or text[b] in _AFTER):
        return False
    if handle_slot(text, a, b) or opening_subject(text, a, b):
        return False  # a user's name after "tài khoản Instagram" (spam52), a subject before "sẽ" (spam_subject, spam63)
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_LETTERS.search(text[line_start:a]) or _LETTERS.search(text[b:line_end]))


def find_spam_tokens(text: str, min_count: int = 2, context: bool = False) -> dict[str, list[tuple[int, int]]]:
    """Alien tokens in word positions that recur at least ``min_count`` times.

    Alien: domain-like (``w88.is``) or a lower-case run of letters and digits that no
    language writes as a word (``fb88``, ``188bet``).  Word position: a space or the
    line start before it, a space or punctuation after it, a word beside it in the
    same line, and no ``http``/``www``/``@``/``/`` around it (a real address). ``context``: also a word of no
    shape that :mod:`.spam_context`'s model reads as pasted.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    uni = load_bigrams().uni  # the syllable model's words, looked up once, not at each test (perf77)
    seen: set[tuple[int, int]] = set()
    # inside a transcription ("Pa-BK8-xtan"), before "/ngày" (spam_gaps), a host where a price's currency goes
    # ("40.000 skull-bets.io/người": spam_perprice, spam60)
    for (a, b), test in [*((m.span(1), hyphen_gap) for m in HYPHENATED.finditer(text)),
                         *((s, per_unit) for s in per_unit_spans(text)),
                         *((s, priced_host) for s in priced_host_spans(text))]:
        if test(text, a, b, uni):
            seen.add((a, b))
            found.setdefault(text[a:b].lower(), []).append((a, b))
    for pattern in scans(text):  # _DOMAIN, _DIGIT_DOMAIN, _ALIEN, _BRAND, _BARE (each where its seed is), TOKEN
        for m in pattern.finditer(text):
            a, b = m.span(1)
            # the cheap tests first: each ends in `continue` whatever the tests after them say
            if pattern is TOKEN and plain_word(m.group(1), uni) and not start_candidate(text, a, b):
                continue  # a plain word: the chain below says so too (spam_plain's proof, perf45)
            if (a, b) in seen or not _word_position(text, a, b) or (pattern is TOKEN and (swapped_syllable(m.group(1))
                    or telex_typo(m.group(1)))) or unit_figure(text, a, b) or file_name(m.group(1)):
                continue  # (a typo: two letters swapped, spam44; Telex keys unconverted, spam92; a figure's unit:
                # spam_unitfig; a file's name: spam72)
            # a known site, or a site named where a noun stands ("Riêng vatgia.com có": spam_sitenamed, spam55), a site
            # inviting its reader ("hãy cùng TipCongNghe.com tìm hiểu"), a lower-case English compound ("girlgroup"), an
            # app after a verb of installing ("cài đặt Koreader"): spam_invited, spam56
            if known_site(m.group(1)) or look_alike(text, a, b) or invited_site(text, a, b) or loan_compound(text, a, b) or \
                    installed_app(text, a, b) or (pattern is _BRAND and not _LUCKY.search(m.group(1))) or (
                    pattern is TOKEN and not (brand_shape(m.group(1)) or start_candidate(text, a, b) or (
                        MIXED.fullmatch(m.group(1)) and name_gap(text, a, b, uni))
                        or listed_in_line(text, a, b) or alien_letters(m.group(1))
                        or pasted_name(text, a, b, uni) or pasted_lending(text, a, b, uni)
                        or syllable_slot(text, a, b, uni) or figure_code(text, a, b, uni)
                        or host_in_word(text, a, b, uni) or host_in_name(text, a, b, uni)
                        or (context and (pasted_word(text, a, b, uni)
                                        or pasted_trade_name(text, a, b, uni)
                                        or lone_token(text, a, b, uni) or class_token(text, a, b, uni)
                                        or letter_token(text, a, b, uni)
                                        or split_name(text, a, b, uni) or lower_before_name(text, a, b, uni)
                                        or gambling_head(text, a, b, uni) or slug_in_name(text, a, b, uni)
                                        or opener_slot(text, a, b, uni)
                                        or orphan_tail(text, a, b, uni))))) or MEASURE.fullmatch(m.group(1)) or (
                    pattern is _BARE and LOANWORD.fullmatch(m.group(1))):  # "46kg", "fanclub": a figure, a loanword
                continue
            seen.add((a, b))
            found.setdefault(m.group(1).lower(), []).append((a, b))
    return drop_lexicon(text, drop_addresses(text, drop_figures(text, found), min_count), min_count)


def _pasted(text: str, a: int, b: int, bg: Bigrams, context: bool) -> bool:
    """Whether the token at ``text[a:b]`` is flagged by shape or lists, wherever it stands: a brand's shape
    (spam_shapes) where the gap tests see no gap (a sentence's start...), a brand of a real blocklist (spam_lexicon)
    whatever its shape, a bare host name of no brand shape (spam_names: "dùng Rosycooks người", "có lthxopni lượng"),
    a loan-app name ("di Appvay.": spam_lending), a host inside a word (spam59: "tiết moiza.io (GHTK)"); with the
    context model on, the context classes too (spam61's orphan_tail, spam63's lower_before_name, spam64's gambling_head
    and slug_in_name among them)."""
    uni = bg.uni
    return (pasted_brand(text, a, b, uni, bg) or listed_in_line(text, a, b) or pasted_name(text, a, b, uni)
            or pasted_lending(text, a, b, uni) or syllable_slot(text, a, b, uni) or figure_code(text, a, b, uni)
            or host_in_word(text, a, b, uni) or host_in_name(text, a, b, uni)
            or (context and (pasted_word(text, a, b, uni) or pasted_trade_name(text, a, b, uni)
                             or lone_token(text, a, b, uni) or class_token(text, a, b, uni)
                             or letter_token(text, a, b, uni) or split_name(text, a, b, uni)
                             or lower_before_name(text, a, b, uni) or orphan_tail(text, a, b, uni)
                             or gambling_head(text, a, b, uni) or slug_in_name(text, a, b, uni)
                             or opener_slot(text, a, b, uni))))


@dataclass
class SpamRepair:
    """Choose a replacement syllable for each spam-token occurrence.

    Attributes:
        min_count: How often a token must recur to be treated as spam by its recurrence.
        single: Also catch a token seen once that stands between two syllables and looks
            like a gambling name (digits, "bet", ".vip"...): repaired when the syllable
            model is sure on both sides (lead of ``single_margin``), flagged otherwise.
        min_margin: Score lead over the runner-up for a decision by context alone.
        prior_weight: Weight of the document-level reading (log prior) against context.
        min_support: Context score (PMI sum) an occurrence needs to vote for the
            document's reading: a real word formed with a neighbour, not a chance bigram.
        candidates: How many frequent syllables are considered.
        min_agree: Occurrences that must clearly read as the same syllable before a
            token is repaired at all (one clear reading could be chance).
        min_vote_share: Share of a token's occurrences that must read clearly.
        strong_count: Corpus count at which a bigram is a well-known word.
        override_margin: Context-score lead with which a well-known word replaces
            the document's reading at one occurrence ("phát triển" where the token
            elsewhere stands for "thành").
        context: Also flag (never repair) a word of no shape, written once, that the context
            model of :mod:`.spam_context` reads as pasted (on since spam30: 26 more dev tokens
            caught for 6 more of 44,594 clean control texts flagged; benchmarks/README.md, spam30); with it, a name
            built on a spam trade's word that the model reads as pasted over a lower gate (:mod:`.spam_genre`, spam39),
            and a stray Latin token alone in a sentence of running Vietnamese, by its shape and place (:mod:`.spam_lone`, spam40),
            or standing for one syllable of a two-syllable Vietnamese name (:mod:`.spam_namecut`, spam44).
    """

    min_count: int = 2
    min_margin: float = 2.0
    candidates: int = 3000
    exhaustive: bool = False
    _cache: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    prior_weight: float = 4.0
    min_support: float = 4.0
    min_agree: int = 2
    min_vote_share: float = 0.2
    strong_count: int = 5
    override_margin: float = 6.0
    single: bool = True
    single_margin: float = 3.0
    context: bool = True

    def _single(self, text: str, tok: str, spans: list[tuple[int, int]], bg: Bigrams,
                cands: list[str]) -> list[tuple[int, int, str | None, str]]:
        """A token seen once, gap by gap: :func:`.spam_single.single_plan` (flagged, or repaired where sure)."""
        return single_plan(text, tok, spans, bg, lambda prev, nxt: self._pass1(cands, prev, nxt, bg),
                           lambda a, b: _pasted(text, a, b, bg, self.context), self.min_support)

    def plan(self, text: str) -> list[tuple[int, int, str | None, str]]:
        """``(start, end, replacement or None, token)`` for every spam occurrence in ``text``."""
        tokens = find_spam_tokens(text, 1 if self.single else self.min_count, self.context)
        if not tokens:
            return []
        bg = load_bigrams()
        cands = self._candidates(bg)
        out: list[tuple[int, int, str | None, str]] = []
        for tok, spans in tokens.items():
            if len(spans) < self.min_count or _BARE.fullmatch(text[spans[0][0]:spans[0][1]]) or start_candidate(text, *spans[0]):
                # bare, or a name at a sentence's start: gap by gap, flagged at most
                out += named_again(text, self._single(text, tok, spans, bg, cands))  # spam78
                continue
            ctx = [(a, b, *_neighbours(text, a, b)) for a, b in spans]
            # pass 1: occurrences whose neighbours decide clearly vote for the token's reading
            votes: Counter[str] = Counter()
            clear: dict[tuple[str | None, str | None], str | None] = {}  # each context's vote, decided once
            credits = credit_spans(text, spans)  # after "Ảnh:": a credit's source, no vote, never repaired (spam96)
            voters = [c for c in ctx if c[:2] not in credits]
            for a, b, prev, nxt in voters:
                if (prev, nxt) not in clear:
                    one = self._pass1(cands, prev, nxt, bg)
                    (s1, c1), (s2, _) = sorted(zip(bg.local_all(prev, one, nxt), one), reverse=True)[:2]
                    clear[(prev, nxt)] = c1 if (bg.seen_all(prev, c1, nxt) and s1 - s2 >= self.min_margin
                                                and s1 >= self.min_support) else None
                if clear[(prev, nxt)] is not None:
                    votes[clear[(prev, nxt)]] += 1  # type: ignore[index]
            n = sum(votes.values())
            if not votes or votes.most_common(1)[0][1] < self.min_agree or n < self.min_vote_share * len(spans) \
                    or not undoable(text, tok, voters, clear, votes, self.min_agree):  # a title said twice: spam73
                # no reading recurs: no substitution to undo; flagged, unless a name the page writes again (spam74)
                out += unread_flags(text, tok, ctx, clear, votes, self.min_agree)
                continue
            # pass 2: context plus the document's prior, so the token reads consistently
            # unless its neighbours clearly want another syllable there
            prior = {c: self.prior_weight * math.log((votes[c] + 0.1) / (n + 1.0)) for c in votes}
            floor = self.prior_weight * math.log((0 + 0.1) / (n + 1.0))  # a reading without votes
            chosen: dict[tuple[str | None, str | None], str] = {}  # each context's reading, chosen once
            for a, b, prev, nxt in ctx:
                if (a, b) in credits:
                    out.append((a, b, None, tok))
                    continue
                best = chosen.get((prev, nxt))
                if best is None:
                    near = bg.neighbours_of(prev, nxt)
                    two = self._pass2(cands, prev, nxt, bg, votes, near)
                    alts = self._pass2(cands, prev, nxt, bg, Counter(), near)
                    seen = list(dict.fromkeys(two + alts))
                    loc = dict(zip(seen, bg.local_all(prev, seen, nxt)))
                    scores = [loc[c] + prior.get(c, floor) for c in two]
                    best = two[scores.index(max(scores))]  # the first of the best, as max() keeps
                    # a word the corpus knows well beats the document's reading by a wide margin
                    alt = max(alts, key=loc.__getitem__)
                    if (alt != best and self._strong(bg, prev, alt, nxt)
                            and loc[alt] - loc[best] >= self.override_margin):
                        best = alt
                    chosen[(prev, nxt)] = best
                out.append((a, b, _case(text, a, b, best), tok))
        return sorted(drop_real(text, out))  # a site the page links to, named: no flag (spam74); spam80's classes

    # Every candidate outside ``bg.neighbours_of(prev, nxt)`` (and without votes) has the same
    # floor score, so one representative of them, chosen as the full scan's tie-breaking would
    # choose, stands for all: the result equals scanning all candidates (``exhaustive=True``).

    def _pass1(self, cands: list[str], prev: str | None, nxt: str | None, bg: Bigrams) -> list[str]:
        if self.exhaustive:
            return cands
        near = bg.neighbours_of(prev, nxt)
        pos = self._positions(cands)
        keep = sorted(pos.keys() & near, key=pos.__getitem__)  # the candidates among them, in candidate order
        # sorted(reverse=True) breaks ties by the larger string: keep the two largest floor ones
        keep += list(islice((c for c in self._desc(cands) if c not in near), 2))
        return keep

    def _pass2(self, cands: list[str], prev: str | None, nxt: str | None, bg: Bigrams,
               votes: Counter[str], near: set[str] | None = None) -> list[str]:
        if self.exhaustive:
            return cands
        if near is None:
            near = bg.neighbours_of(prev, nxt)
        pos = self._positions(cands)
        chosen = pos.keys() & near
        if votes:
            chosen |= pos.keys() & votes.keys()
        # max() keeps the first of equal scores: the first floor candidate stands for all of them
        rep = next((c for c in cands if c not in chosen), None)
        if rep is not None:
            chosen.add(rep)
        return sorted(chosen, key=pos.__getitem__)

    def _candidates(self, bg: Bigrams) -> list[str]:
        """The ``candidates`` most frequent syllables (the same list object while ``bg`` is)."""
        key = (id(bg), bg.total, self.candidates)
        if self._cache.get("cands_key") != key:
            self._cache["cands_key"] = key
            self._cache["cands"] = [w for w, _ in bg.uni.most_common(self.candidates) if w.isalpha()]
        return self._cache["cands"]  # type: ignore[return-value]

    def _positions(self, cands: list[str]) -> dict[str, int]:
        if self._cache.get("pos_of") is not cands:
            self._cache.update(pos_of=cands, pos={c: i for i, c in enumerate(cands)},
                               desc=sorted(cands, reverse=True))
        return self._cache["pos"]  # type: ignore[return-value]

    def _desc(self, cands: list[str]) -> list[str]:
        self._positions(cands)
        return self._cache["desc"]  # type: ignore[return-value]

    def _strong(self, bg: Bigrams, prev: str | None, cand: str, nxt: str | None) -> bool:
        return any(bg.bi[pair] >= self.strong_count and bg.pmi(*pair) > 0
                   for pair in ((prev, cand), (cand, nxt)) if pair[0] and pair[1])

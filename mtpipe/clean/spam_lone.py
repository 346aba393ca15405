"""A stray Latin token, the only one in a sentence of running Vietnamese (spam40, issue 12 point 3).

The single spam tokens the other tests passed on langfresh23 (real names of a Vietnamese gambling blocklist, most
with no trade word) stood where no test looked: at a sentence's start, before its final stop, right after a number,
inside a name, in a function word's slot. None of them needs a trade word to be told from real text; what gives
them away is that nothing explains them:

- the token is *stray*: no Vietnamese syllable (marked, or the shape of one without marks), no word of the syllable
  model, English or Wikipedia, no unit or measure ("kg", "m2", "120nm", "100oC"), no known site or local domain nor a
  known site's name or a Vietnamese company's ("lazada", "vietcombank": :func:`.spam_names._brand_like`), no
  abbreviation of consonants ("csgt", "tp"), no class of real text :func:`.spam_context.real_word` knows (words glued
  at a case change, offices' acronyms, pinyin, typos, English forms), and written once on its page;
- it is *alone* (:func:`alone`): every other word of its sentence is Vietnamese (a marked word, a syllable of the
  model or of a syllable's shape, a figure, a unit), and the sentence holds four marked words at least. Real Latin
  tokens come in company: a camera review names "Sony", "a7R III" and "61MP" together, a news item "VinFast" and
  "VF8", a Wikipedia article a species' two names; since spam49 a token of the shapes no writer gives a word
  (``unwritten``, ``coded``, an invented ``lower`` word) is weighed beside explained company too, the item's real
  brands of the lists, codes and acronyms (:mod:`.spam_company`);
- and its *shape* and its *place* together say no writer put it there (:func:`lone_token`):

  ``unwritten`` shapes: a domain (not a known site, no local top-level domain, not after a word that names a
  site, or after one only behind a verb of a body's motion: "bơi vào x.net", spam43), or a token in lower case that opens with a letter or a figure and holds a figure and three letters at least
  (two, alternating with figures: "7z9q"): "6hoom", "2fewu", "ah0-quiz", "24-7bank". Models, units and codes are
  written in capitals or end in their figure ("H5N1", "A320", "12B", "Su-27", "269Hs"); a figure glued to a name
  ("1Quang", "20-Jun") has capitals. Two letters of no word, unit, ordinal or time framed by figures ("3xq55") or
  after a figure and a hyphen ("7-qz") are unwritten too ("2in1", "5mm2", "3rd", "5-pm" are written: spam43). Such a token is flagged at a sentence's start before a lower-case syllable,
  right after a number (where a unit or a counted noun stands), or inside a name (after a capitalised syllable, or
  after a word that introduces a place or a person: no name is written in lower case or opens with a figure);
  before the final stop or between two syllables, when the context model of :mod:`.spam_context` reads it as pasted
  over :data:`LOW_GATE`.

  ``lower``: a lower-case word of letters alone, five at least ("adomty", "necih", "nhakai"), or hyphenated pieces
  of different kinds ("abc-vay", "nam-binh-credit": year spans are figures and a syllable, "2016-nay", terms English
  words, "check-in"): at a sentence's start and after a number only (inside sentences Wikipedia writes Latin terms,
  species and alloys in lower case: "shoyu", "ejido", "epi-mark", "wolfram-rheni"); at a start, only on a page
  that starts its other sentences with capitals (a writer who does not may write a brand so: "zalo thì ...").

  ``camel`` (a camel-case name, no figure: "AlimexFund", "NemiHouse") right after a number only: inside a sentence
  real camel brands read to the context model as pasted ones do ("thì có LipIce trái cây": log-odds 3.8, over
  langfresh23's "màu AcsHub." and "non AlphaStrategy mởn"); elsewhere only with a piece of the gambling trade's
  vocabulary or a piece no list knows (:mod:`.spam_camel`, spam42), or where a place's name goes ("làng TrustSafeAssets":
  :mod:`.spam_placename`, spam62). A camel name ending in figures ("OnCredit247") at a sentence's start or after a
  number, elsewhere (not after a word that introduces a name, :func:`.spam_genre.named_slot`) over :data:`CAMEL_GATE`;
  a title-case name with figures ("Abu09") over :data:`CODED_GATE`; after a number when its letters are no word.

  Closing a clause (spam52): after a lower-case syllable and before a comma, where the final stop's place stands
  inside a sentence ("thăng jogatina, nơi đây": "thăng trầm"), a token is weighed as before the final stop; there
  and before the final stop, an invented ``lower`` word is flagged also when the syllable before it calls for
  another over :data:`CALLED_ODDS` (:func:`.spam_slots.slot_odds`: "hoa mầu abaherhat." for "mầu sắc"), the context
  model's gate aside: a stop or a comma tells the model little of what follows.

Flagged, never repaired here (:class:`.spam.SpamRepair` repairs only where its gap test is sure of the syllable)."""

from __future__ import annotations

import re
from functools import lru_cache
# asked for every Latin token of a Vietnamese text: imported once, not per call (none of these imports this module)
from .spam_bigrams import written_words
from .spam_bound import english_form
from .spam_compound import english_slug
from .spam_context import _TIME, features, real_word, recurs, score
from .spam_gaps import _SYLLABLE, _strip_tones
from .spam_genre import named_slot
from .spam_lexicon import known_site
from .spam_names import NAME_INTRO, _brand_like, _coded, load_words, solid_compounds
from .spam_placeslot import place_slot
from .spam_placename import unlettered_place, unplaced_name
from .spam_shapes import BEFORE, MEASURE, SITE_INTRO, UNIT, local_domain, sentence_start
from .spam_slots import neighbours, slot_odds
from .spam_slugs import HYPHEN_GATE, foreign_trade, hyphen_word, invented_word, name_run, pieces, slug
# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_DIGIT = re.compile(r"\d")
_DIGIT_OR_HYPHEN = re.compile(r"[\d-]")
# a figure or a range of two ("35-40 ___,": spam68), not one closing a clause ("năm 2019, LockBit": spam68)
_FIGURE_BEFORE = re.compile(r"(?:^|[\s(])\d(?:[\d.,]*\d)?(?:[-–]\d(?:[\d.,]*\d)?)?\s$")
_FIGURE_AT = re.compile(r" \d")  # a figure after a token after a figure ("ngày 21 ___ 7 năm": a date's "tháng", spam89)
_FIGURE_CHARS = re.compile(r"[\d.,]+")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_OR_DIGIT_RUNS = re.compile(r"[A-Za-z]+|\d+")
_LETTER_COMMA_BEFORE = re.compile(r"[^\W\d_], $")
_NUMBER_SUFFIX = re.compile(r"\d+-[a-z]{2}")
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")
_SENTENCE_END_AT = re.compile(r"[.!?…]+[\"”»’')]*(?:\s|$)")
_SENTENCE_STARTS = re.compile(r"(?:^|[.!?…][\"”»’')]*\s+)[\"“«(‘']?([^\W\d_])", re.MULTILINE)
_TOKEN_BEFORE = re.compile(r"(\S+) $")
_WHOLE_WORD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_]+) $")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")
_WORD_END = re.compile(r"([^\W\d_]+)$")
_VOWEL_ANY_CASE = re.compile(r"[aeiouy]", re.IGNORECASE)
_WORD_JOINERS = re.compile(r"[.'’-]")
_WORD_PUNCT_AFTER = re.compile(r" [^\W\d_]+[.,;:!?]")
_WORD_SENTENCE_END = re.compile(r"(\w+)[.!?…]+[\"”»’')]*$")

__all__ = ["CAMEL_GATE", "CODED_GATE", "LOW_GATE", "alone", "lone_evidence", "lone_token", "stray", "true_start"]

#: the context model's log-odds (:func:`.spam_context.score`) an ``unwritten`` token needs before a final stop or
#: between two syllables
LOW_GATE = 1.2
#: and a camel-case name, and a title-case name with figures
CAMEL_GATE = 3.0
CODED_GATE = 1.5  # 2.5 before spam42: no control text holds such a name alone over 1.5 ("Redmi9", "Mazda3" stay under 0)
#: marked words a sentence needs to count as running Vietnamese; around a domain, one fewer (a short sentence names no
#: site so: "Tiếng ông vang thành respin.gg.": spam41)
MIN_MARKED = 4
#: the odds (:func:`.spam_slots.slot_odds`) a syllable must call for another with before an invented word closing a
#: clause (spam52)
CALLED_ODDS = 2.5
MIN_MARKED_DOMAIN = 3

#: units written alone after a figure ("22 kg", "5 km2", "100 m3", "16 ft") or glued to it ("100oC", "120nm")
_UNITS = (r"(?:mm|cm|dm|km|m|kg|mg|g|gr|ml|l|ha|ft|in|mi|sq|oz|lb|lbs|inch|m2|m3|km2|km3|cm2|cm3|mm2|oc|kw|kwh|mw|gw|mah|"
          r"wh|hz|khz|mhz|ghz|kb|mb|gb|tb|fps|mp|rpm|hp|cc|kcal|kbps|mbps|gbps|nm|usd|vnd|eur|hecta|tons?)")
_UNIT = re.compile(r"(?:\d+(?:[.,]\d+)?)?" + _UNITS, re.IGNORECASE)
_DOMAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*\.([a-z]{2,8})")
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_CAMEL_DIGITS = re.compile(r"(?:[A-Z][a-z]+){2,}\d+")
_TITLE_DIGITS = re.compile(r"[A-Z][a-z]{2,}\d+")
#: two letters written after a figure that are no label: ordinals, times of day ("3rd", "5-pm")
_SUFFIXES = frozenset("st nd rd th am pm vs".split())
_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*")
_MARKED = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
_STOP = re.compile(r"[.!?…]+[\"”»’')]*\s+")
_OPEN = "\"“«(‘'"
_CLOSE = ".!?…\"”»’')"


def _plain(word: str, known: "set[str] | dict[str, int]") -> bool:
    """A word of the lists: a syllable's shape, the syllable model's, English's, Wikipedia's, a unit or a measure."""
    low = word.lower()
    return bool(low.isdigit() or _SYLLABLE.fullmatch(_strip_tones(low)) or low in known or low in load_words()
                or low in solid_compounds() or low in written_words() or english_form(low) or MEASURE.fullmatch(word)
                or UNIT.fullmatch(word) or _TIME.fullmatch(word) or _UNIT.fullmatch(word))


def stray(tok: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``tok`` is a Latin token nothing explains (module docstring)."""
    if not _LATIN.search(tok) or known_site(tok.lower()):
        return False
    if "." in tok:
        m = _DOMAIN.fullmatch(tok)
        return bool(m) and not local_domain(tok)
    if slug(tok):
        return True  # a gambling site's slug of English pieces ("og-casino": spam41), no hyphenated term
    if tok.isalpha() and len(tok) <= 4 and not _VOWEL_ANY_CASE.search(tok):
        return False  # an abbreviation of consonants ("csgt", "tp", "dn")
    if _plain(tok, known) or _brand_like(tok):
        return False  # (a known site's name or a Vietnamese company's, in any case: "lazada", "vietcombank")
    pieces = [p for p in tok.split("-") if p]
    return not (len(pieces) > 1 and all(_plain(p, known) for p in pieces) and _one_kind(pieces))


def _one_kind(pieces: list[str]) -> bool:
    """Hyphenated pieces of one kind: figures and syllables ("2016-nay", "Pa-ki-xtan"), or figures and English words
    ("check-in", "covid-19"); "nam-binh-credit" mixes them."""
    # figures, measures and times are of either kind ("11h30-14h30", "5-10kg")
    words = [p.lower() for p in pieces if not (p.isdigit() or MEASURE.fullmatch(p) or UNIT.fullmatch(p)
                                               or _TIME.fullmatch(p) or _UNIT.fullmatch(p))]
    return all(_SYLLABLE.fullmatch(_strip_tones(w)) for w in words) or all(w in load_words() or _UNIT.fullmatch(w)
                                                                           for w in words)


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", b)
    le = len(text) if le < 0 else le
    s = ls
    for m in _STOP.finditer(text, ls, a):
        s = m.end()
    m = _SENTENCE_END.search(text[b:le])
    return s, (b + m.end() if m else le)


def _vi_word(word: str, known: "set[str] | dict[str, int]") -> bool:
    if len(word) == 1 or word.isdigit() or MEASURE.fullmatch(word) or UNIT.fullmatch(word) or _TIME.fullmatch(word) \
            or _UNIT.fullmatch(word):
        return True
    if not word.isalpha():
        return bool(_FIGURE_CHARS.fullmatch(word))
    low = word.lower()
    return not low.isascii() or low in known or _SYLLABLE.fullmatch(low) is not None


def alone(text: str, a: int, b: int, known: "set[str] | dict[str, int]", min_marked: int = MIN_MARKED) -> bool:
    """Whether ``text[a:b]`` is the only Latin word of its sentence, a sentence of running Vietnamese (``min_marked``
    marked words at least)."""
    s, e = _sentence(text, a, b)
    marked = 0
    for m in _WORD.finditer(text, s, e):
        if m.end() > a and m.start() < b:
            continue
        w = m.group(0)
        if all(_vi_word(p, known) for p in _WORD_JOINERS.split(w) if p):
            marked += bool(_MARKED.search(w))
            continue
        return False
    return marked >= min_marked


def true_start(text: str, a: int) -> bool:
    """Whether ``text[a:]`` opens a sentence: a line's start, or after a full stop that ends a word of three letters
    or a marked one ("C. ruderalis", "(sa. kulaputra)", "i.e. blogroll" follow an abbreviation's stop)."""
    before = text[text.rfind("\n", 0, a) + 1:a].rstrip(_OPEN + " ")
    if not before:
        return True
    m = _WORD_SENTENCE_END.search(before)
    return bool(m) and (len(m.group(1)) >= 3 or bool(_MARKED.search(m.group(1)))) and not m.group(1).isdigit()


def _lower_starts(text: str, a: int) -> bool:
    """Whether another sentence of ``text`` starts in lower case: its writer does not capitalise starts."""
    for m in _SENTENCE_STARTS.finditer(text):
        if m.start(1) != a and m.group(1).islower() and true_start(text, m.start(1)):
            return True
    return False


@lru_cache(maxsize=1 << 14)  # remembered per token (perf77: lone_token, then spam_opener, ask it of each token)
def _shape(tok: str) -> str | None:
    letters = sum(c.isascii() and c.isalpha() for c in tok)
    if "." in tok:
        return "unwritten"
    if tok.startswith("-") or tok.endswith("-"):
        return None  # a word cut at a hyphen ("thanh-")
    if slug(tok):
        return "slug"  # "switch-poker", "europe-bet" (spam41)
    if _CAMEL_DIGITS.fullmatch(tok):
        return "camel_digits"
    runs = len(_LATIN_OR_DIGIT_RUNS.findall(tok))
    # two letters between figures ("3xq55") or after a figure and a hyphen ("7-qz"), of no word or unit ("2in1",
    # "5mm2", "3-pm", "5-kg"): spam43
    pair = _DIGIT_OR_HYPHEN.sub("", tok)
    framed = letters == 2 and (runs == 3 and tok[0].isdigit() and tok[-1].isdigit() and tok.isalnum()
                               or _NUMBER_SUFFIX.fullmatch(tok) is not None) \
        and pair not in load_words() | _SUFFIXES and not _UNIT.fullmatch(pair) and not _TIME.fullmatch(pair)
    if (tok[0].isdigit() or tok[0].islower()) and (letters >= 3 or letters == 2 and runs >= 4 or framed) \
            and tok == tok.lower():
        if _DIGIT.search(tok):
            return "unwritten"  # "6hoom", "7z9q", "24-7bank" ("1Quang", "20-Jun": a figure glued to a name)
        if "-" in tok or tok.isalpha() and len(tok) >= 5:
            return "lower"  # "abc-vay", "adomty" ("epi-mark", "shoyu": terms inside sentences)
        return None
    if _CAMEL.fullmatch(tok):
        return "camel"
    if _TITLE_DIGITS.fullmatch(tok):
        return "coded"
    return None


def _place(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """``start``, ``number``, ``name``, ``end`` or ``inner`` (between two syllables), or None."""
    def vietnamese_syllable(word: str, known: "set[str] | dict[str, int]") -> bool:
        return word.isalpha() and _vi_word(word, known)  # the sentence is Vietnamese (:func:`alone`): so is its word

    m = _WORD_AFTER.match(text[b:b + 40])
    nxt = m.group(1) if m else None
    m = _WORD_BEFORE.search(text[max(0, a - 40):a])
    prev = m.group(1) if m else None
    lower_next = bool(nxt and nxt.islower() and vietnamese_syllable(nxt, known))
    tok = text[a:b]
    cap_next = bool(nxt and nxt[:1].isupper() and tok == tok.lower() and vietnamese_syllable(nxt, known))
    if true_start(text, a) and sentence_start(text, a):
        # in lower case before a capitalised syllable too: no writer opens a sentence so, nor a title ("villento Bạch Đằng")
        return "start" if lower_next or cap_next else None
    if _FIGURE_BEFORE.search(text[max(0, a - 20):a]) and (lower_next or cap_next or _FIGURE_AT.match(text, b) is not None
                                                          or text[b:b + 1] in (",", ")", ".", ";", ":") or "." in tok):
        return "number"  # a domain whatever follows (spam45), a list's colon ("3 satoby:", spam64), a figure, a name (spam89)
    if prev and vietnamese_syllable(prev, known) and (prev[:1].isupper() and not sentence_start(text, a - len(prev) - 1)
                                                      or prev.lower() in NAME_INTRO):
        return "name"
    if nxt and nxt[:1].isupper() and vietnamese_syllable(nxt, known) and prev and prev.islower() \
            and _WORD_PUNCT_AFTER.match(text[b:b + 40]):
        return "name"  # before a name's last syllable, its first one gone ("ở Nasd5715 An.")
    if prev and prev.islower() and vietnamese_syllable(prev, known) and text[a - 1:a] == " ":
        if _SENTENCE_END_AT.match(text[b:]):
            return "end"
        if lower_next and text[b:b + 1] == " ":
            return "inner"
    return None


def lone_token(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The place (``start``, ``number``, ``name``, ``end``, ``inner``) where ``text[a:b]``, a stray Latin token
    alone in a sentence of running Vietnamese, reads as pasted (module docstring), or None."""
    tok = text[a:b]
    if not (a == 0 or text[a - 1] in BEFORE) or not (b == len(text) or text[b] in " \n,;:" + _CLOSE):
        return None
    shape = _shape(tok)

    # "ultimate-odds" (spam45); English words joined where a place name's first syllable stands ("ở gamble-tribe Cà
    # Mau": spam50)
    joined = shape == "lower" and not stray(tok, known) and (english_slug(tok, known) or place_slot(text, a, b, known))
    if shape is None or not (joined or stray(tok, known)):
        return None
    if recurs(text, tok):
        return None  # written twice on the page: a real name (a pasted label recurring is spam.py's own case)
    marked = MIN_MARKED_DOMAIN if "." in tok else MIN_MARKED
    if real_word(text, a, b) is not None or not (alone(text, a, b, known, marked) or _in_company(text, a, b, known, marked)):
        return None  # (beside the item's real brands, a shape no writer gives a word: spam49, spam_company)
    place = _place(text, a, b, known)
    if place is None and shape in ("unwritten", "slug", "lower") and _closing(text, a, b, known):
        place = "comma"  # closing a clause, weighed as before the final stop (spam52)
    if place is None and (shape in ("unwritten", "slug") or foreign_trade(tok)) and _clause(text, a, b, known):
        # opening a clause after a comma, as at a sentence's start ("Dế Mèn, 9xq-city sự ..."), weighed as
        # between two syllables (spam45); a foreign trade's word needs no gate (spam72)
        return "clause" if foreign_trade(tok) or score(features(text, a, b)) > LOW_GATE else None
    if place is None:
        return None
    m = _TOKEN_BEFORE.search(text[max(0, a - 40):a])
    before = m.group(1).strip(_OPEN).lower() if m else ""
    if "." in tok and before in SITE_INTRO | {"chỉ"} and not _moved_into(text, a - len(before) - 2):
        return None  # a site named where a text names one ("truy cập checkinvietnam.com", "địa chỉ ...")
    if shape in ("unwritten", "slug"):
        if place in ("start", "number", "name"):
            return place
        return place if score(features(text, a, b)) > LOW_GATE else None
    if shape == "lower":
        if place == "start" and _lower_starts(text, a):
            return None  # a page that starts its sentences in lower case ("zalo thì nhanh hơn")
        if joined:  # English pieces no writer joins (spam45): weighed by the context inside a sentence
            return place if place in ("start", "number") or score(features(text, a, b)) > HYPHEN_GATE or (
                place == "name" and place_slot(text, a, b, known)) else None
        if place == "name":  # inside a name, not only after a title ("bạn tuanpham": a nickname): spam41, 72, 104
            return place if name_run(text, a, b, known) or foreign_trade(tok) or unlettered_place(text, a) else None
        if place in ("inner", "end", "comma"):
            # an invented word (spam41), invented hyphenated pieces (spam43); closing a clause (before a comma or the
            # final stop), an invented word after a syllable that calls for another (spam52: "thăng ___," for "thăng
            # trầm", "hoa mầu ___." for "mầu sắc")
            return place if invented_word(text, a, b, known) or hyphen_word(text, a, b) or foreign_trade(tok) or (
                place in ("comma", "end") and _called_for(text, a, b, known)) else None
        return place if place in ("start", "number") else None
    if place == "number" and shape in ("camel", "camel_digits") or place == "start" and shape == "camel_digits":
        return place  # "28 AlimexFund,", "OnCredit247 tới"
    if place == "number" and shape == "coded" and _coded(tok) == "coded":
        return place  # "400 Jeetcity4": letters of no word ("300 Galaxy9" is a model): spam42
    if shape in ("camel", "camel_digits", "coded") and unplaced_name(text, a, b):
        return place  # where a place's own name goes ("làng TrustSafeAssets", "sông Coinbit24"): spam62
    if shape == "camel" and not named_slot(text, a):
        from .spam_camelname import camel_slot  # a gambling piece, a piece no list knows (spam42), a name (spam105)

        return place if camel_slot(text, a, b, place, known) else None
    if place == "start" or shape == "camel" or named_slot(text, a):
        return None  # a camel-case brand reads as pasted inside sentences too ("thì có LipIce trái cây")
    gate = CAMEL_GATE if shape in ("camel", "camel_digits") else CODED_GATE
    return place if score(features(text, a, b)) > gate else None


def _in_company(text: str, a: int, b: int, known: "set[str] | dict[str, int]", marked: int) -> bool:
    from .spam_company import company_shape, in_company

    return company_shape(text[a:b], known) and in_company(text, a, b, known, marked)


def _closing(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` closes a clause: a lower-case Vietnamese syllable and a space before it, a comma and a
    space after it ("lãng 9xq-city, ngày nay": where the final stop's place stands inside a sentence, spam52)."""
    m = _WHOLE_WORD_BEFORE.search(text[max(0, a - 40):a])
    return bool(m) and m.group(1).islower() and _vi_word(m.group(1), known) and text[b:b + 2] == ", "


def _called_for(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]``, a lower-case word of letters alone or hyphenated pieces (:func:`.spam_slugs.pieces`,
    spam69) before a comma or the final stop, is no word of any list (:func:`.spam_classes._invented`) and the syllable
    before it calls for another over :data:`CALLED_ODDS` (:func:`.spam_slots.slot_odds`)."""
    from .spam_classes import _invented

    tok = text[a:b].replace("-", "") if pieces(text[a:b]) else text[a:b]  # "lăn disen-cex," for "lăn tăn"
    if not (tok.isascii() and tok.isalpha() and tok.islower() and len(tok) >= 5) or not _invented(tok, known):
        return False
    odds = slot_odds(neighbours(text, a, b)[0], None)
    return odds is not None and odds > CALLED_ODDS


def _clause(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` opens a clause: a word and a comma before it, a lower-case Vietnamese syllable after it."""
    m = _WORD_AFTER.match(text[b:b + 40])
    return bool(_LETTER_COMMA_BEFORE.search(text[max(0, a - 20):a])) and bool(m) and m.group(1).islower() \
        and m.group(1).isalpha() and _vi_word(m.group(1), known)


#: verbs of a body's motion: what follows them and "vào", "lên", "tới"... is a place, never a site ("bơi vào")
_MOTION = frozenset("bơi chạy bay leo trèo nhảy rơi lao trôi tràn bò lặn lội dạt ập lăn phi lùa".split())


def _moved_into(text: str, p: int) -> bool:
    """Whether the word right before ``text[p]`` (a space) is a verb of motion ("bơi vào xyz.net.": spam43)."""
    m = _WORD_END.search(text[max(0, p - 20):max(0, p)])
    return text[p:p + 1] == " " and bool(m) and m.group(1).lower() in _MOTION


def lone_evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The ledger's evidence when :func:`lone_token` holds, else None."""
    place = lone_token(text, a, b, known)
    if place is None:
        return None
    where = {"start": "at a sentence's start", "number": "right after a number", "name": "inside a name", "end":
             "before the sentence's stop", "inner": "between two syllables", "clause": "opening a clause after a comma",
             "comma": "closing a clause before a comma"}[place]
    return f"the only Latin word of a Vietnamese sentence, explained by no list, {where}"

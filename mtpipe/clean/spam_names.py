"""Bare spam hosts pasted over a Vietnamese syllable: names of no brand shape (spam21, spam22; issue 12 point 3).

Gambling spam pastes the host names of its pages over syllables of real text, in any case: "người tiêu dùng
Rosycooks người bán", "sản lượng LadHair ra", "ACTIONSCS thị phần", "có lthxopni lượng", "Trần Mytge Thái Sơn".
They hold no digit, no gambling word and no top-level domain, so :mod:`.spam_shapes` sees no brand, and the
syllable model (1,012 sentences) is too small to see the gap around them.  Real Vietnamese writes foreign names,
brands and loanwords in the same places ("SC Heerenveen thắng", "hậu vệ Botman đánh đầu", "TikTok Shop",
"GrabPay", "livestream").  What gives a host name away is its *shape*, weighed with where it stands:

- ``random``: a string no language writes: its two least likely letter trigrams (a model of the most frequent
  words of 19 languages written in Latin letters, ``data/latin_trigrams.txt``) sum to less than
  :data:`RANDOM_MAX` ("lthxopni", "Pjlqve", "Whniaztjj", "Goocvs", "Cxsw2o"); names of Dutch, Polish, Vietnamese
  or Chinese shape ("Heerenveen", "Krzysztof", "Nguyen", "Kuaishou") read as words of some language.  In title
  case, lower case or capitals (then letters only, seven or more, three in ten vowels: "UBATGT", "UBMTTQ" are
  abbreviations, "GTX1080" a code), six characters or more ("Gcafe" is left).
  A lower-case run of letters, digits, letters ("bdu0vut") is one too: codes are written in capitals or end in
  their figure ("H5N1", "mp3", "covid19").
- ``compound``: a label made of two or three English words ("rosy+cooks", "pay+per+bite", "ryan+beadle",
  ``data/latin_words.txt``), itself no word, in title case or capitals (in lower case loanwords and terms are
  written so: "sitelink", "carbamazepin"; in camel case, brands: "GrabPay", "AppleCare").  It counts between two
  lower-case syllables where the slot wants one (:mod:`.spam_compslot`), at a start or a comma before one.
- none of them: a word of pinyin syllables (a Chinese name or brand: "YANGWANG", "Kuaishou").
- ``unknown``: a title-case word none of the lists knows and no Vietnamese syllable without marks ("Khang"): a
  host only inside a Vietnamese name, between two of its capitalised syllables ("ông Trần Mytge Thái Sơn").
- ``coded`` (spam22): a label of letters and digits that no code is shaped like, in any case: letters, digits,
  letters ("Its5bucks", "ki1nms"; "H5N1", "IPv6" have single letters, "9to5Mac" starts with figures); three
  letters or more then figures where the letters are no English word ("ohuyi57", "Warch32", "Lst1150"; "Win11",
  "Xbox360", "covid19" are models and versions), in capitals only when they read as a Vietnamese syllable
  ("XANH9"; "LPDDR5", "RTX4090", "BT2" are codes); figures then a random string ("0hgkr"; "600Mbit" a unit).
  Beside a Vietnamese syllable, at a sentence's start, or after the comma of a Vietnamese clause ("Tuy nhiên,
  ki1nms Ghana"; "MyTour, iViVu, Chudu24" is a list of names).
- ``caps`` (spam22): a word of capitals, seven letters or more and two vowels, of unlikely letters (two trigrams
  under :data:`CAPS_MAX`), not made of Vietnamese syllables without marks and English words end to end
  ("VINAMILK", "SACOMBANK", "TECHCOMBANK", "HOABINH"), nor Vietnam's "VN" ("VNINDEX"): in the compound's places,
  or after a lower-case syllable before a closing mark ("GSALING thị trường", "tiếp CGITEARN bàn").
- a lower-case word of five letters or more under :data:`LOWER_RANDOM_MAX` is ``random`` too ("yoxtn", "eafky"):
  no name is written in lower case, so one after a word that introduces a name counts ("HLV Hoàng Anh gzkuzc.").
- ``camel`` (spam22; :func:`name_shape` leaves it, as brands are written so): counts only inside a Vietnamese
  name, like ``unknown`` ("bà Nguyễn HffNetwork Anh").
- ``unknown`` and ``camel`` between two lower-case syllables where the syllable model knows a syllable that makes
  a word with each, seen twice each side, none of its 50 commonest (:meth:`.Bigrams.fillers`), and the two make
  none together ("được Cgitearn hợp": "tích").
- a domain whose label has the ``random`` or ``compound`` shape (lower case too), not a known site nor under a
  Vietnamese top-level domain, in the compound's places (", ryanbeadle.com khoảng 25%").

- (spam23, :mod:`.spam_bound`) any of them, or a word of no shape that no list knows (``foreign``, any case),
  where it breaks a bound syllable pair (at a sentence's start or after a syllable: "SkipLeeArt nhiên,", "một
  PineHollow sạn"); a host's shape before one capitalised syllable of a Vietnamese name, its first one gone
  ("Seoul, Goappts Quốc ngày"); a lower-case string under :data:`STRONG_RANDOM_MAX` anywhere in the line ("Xiaomi
  ckqhec Apple").

Each counts only standing as a word in a line of Vietnamese, beside a Vietnamese syllable, and never after a
word that introduces a name or a site ("ông", "hãng", "đội", "làng", "của", "trên", "như"...): there a name is
expected.  A known word of the syllable model, an English word, a known site's label, a Vietnamese syllable is
never one.  Such a token is flagged by :mod:`.spam` (repaired only where its gap test is sure of the syllable).
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..translit.pinyin import parse_syllables
from .spam_bigrams import load_bigrams, written_words
from .spam_codes import enumerated, host_code, new_gtld, odd_case
from .spam_compslot import compound_gap
from .spam_gaps import _SYLLABLE, vietnamese_syllable
from .spam_lexicon import known_site, load_known_sites
from .spam_productnames import opens_word
from .spam_shapes import BEFORE, MEASURE, SITE_INTRO, sentence_start
from .spam_terms import term_slot
from .spam_unitname import unit_slot
from .spam_unmarked import shop_slug

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_LOWER_RUNS = re.compile(r"[a-z]+")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_WORD_COMMA_BEFORE = re.compile(r"([^\W\d_]+), $")
_WORD_END = re.compile(r"([^\W\d_]+)$")

__all__ = ["WORDS", "TRIGRAMS", "RANDOM_MAX", "NAME_INTRO", "name_shape", "pasted_name", "load_words", "load_trigrams"]

WORDS = Path(__file__).with_name("data") / "latin_words.txt"
TRIGRAMS = Path(__file__).with_name("data") / "latin_trigrams.txt"
#: the sum of a token's two least likely letter trigrams (natural log) under which it reads as no language's word
RANDOM_MAX = -13.5
#: words after which a name is expected (titles, kinds of organisation, place and product), besides the words
#: after which a text names a site (:data:`.spam_shapes.SITE_INTRO`)
NAME_INTRO = SITE_INTRO | frozenset("""
    ông bà anh chị em cô chú bác cậu thầy ngài hlv tướng vệ đạo thủ môn
    hãng ty đội clb bóng tuyển nhóm ban tập đoàn ngân hàng quỹ hiệu tên gọi biệt danh mang
    làng xã thôn bản buôn phố tỉnh huyện quận sông núi đảo vịnh hồ đường sân
    ví app ứng dụng nền tảng sàn mạng kênh báo tờ chí dòng mẫu chip phim game bài hát album
    máy thoại xe bản
    gồm bao
    """.split())
_VI_MARK = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]{3,30}")
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
#: letters, digits, letters, in lower case, two letters at least on each side ("bdu0vut"): codes are written in
#: capitals or end in their figure ("H5N1", "mp3", "utf8", "covid19", "log4j")
_LOWER_MIXED = re.compile(r"[a-z]{2,}\d+[a-z]{2,}")
_TITLE = re.compile(r"[A-Z][a-z]{3,}")
_DOMAIN = re.compile(r"[A-Za-z]{4,30}\.[a-z]{2,6}")
_MIXED = re.compile(r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+")
#: two letters or more, digits, letters ("Its5bucks", "ki1nms"); three or more before the digits when one follows
_LETTERS_DIGIT_LETTERS = re.compile(r"[A-Za-z]{2,}\d+[a-z]{2,}|[A-Za-z]{3,}\d+[A-Za-z]")
#: three letters or more, then digits ("ohuyi57", "Warch32", "Lst1150"; "ng1", "n1000" are a letter's counts)
_LETTERS_DIGITS = re.compile(r"([A-Za-z]{3,})\d+")
_DIGITS_LETTERS = re.compile(r"\d+[a-z]{4,}")
#: the bar of :func:`randomness` for a word of capitals (company names in capitals are likelier strings)
CAPS_MAX = -9.5
#: the bar of :func:`randomness` for a lower-case word of five letters or more (no name is written so)
LOWER_RANDOM_MAX = -12.0
#: the bar under which a lower-case token (letters, or letters and figures) is no language's word wherever it
#: stands in a Vietnamese line, beside a syllable or not (spam23)
STRONG_RANDOM_MAX = -15.0


@lru_cache(maxsize=1)
def _load_words() -> tuple[frozenset[str], frozenset[str]]:
    with open(WORDS, encoding="utf-8") as f:
        lines = [s for s in (line.strip() for line in f) if s and not s.startswith("#")]
    return frozenset(s for s in lines if s[0] != "+"), frozenset(s[1:] for s in lines if s[0] == "+")


def load_words() -> frozenset[str]:
    """The shipped English words a compound splits into (read once per process; the cleaner's ``warm()`` loads them)."""
    return _load_words()[0]


def solid_compounds() -> frozenset[str]:
    """English words that are such compounds themselves ("cosplayer", "smartwatch"): never a host name."""
    return _load_words()[1]


@lru_cache(maxsize=1)
def load_trigrams() -> tuple[dict[str, int], dict[str, int]]:
    """Letter trigram counts and the counts of their two-letter contexts."""
    tri: dict[str, int] = {}
    ctx: dict[str, int] = {}
    with open(TRIGRAMS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            t, n = line.rstrip("\n").split("\t")
            tri[t] = int(n)
            ctx[t[:2]] = ctx.get(t[:2], 0) + int(n)
    return tri, ctx


def _fold(word: str) -> str:
    w = unicodedata.normalize("NFD", word.lower()).replace("đ", "d")
    return "".join(c for c in w if not unicodedata.combining(c))


def randomness(token: str) -> float:
    """The sum of the two lowest log P(letter | two before) over the token's letter runs (0 for one trigram)."""
    tri, ctx = load_trigrams()
    lps = []
    for run in _LOWER_RUNS.findall(_fold(token)):
        s = "^^" + run + "$"
        lps += [math.log((tri.get(s[i - 2:i + 1], 0) + 0.1) / (ctx.get(s[i - 2:i], 0) + 2.7)) for i in range(2, len(s))]
    return sum(sorted(lps)[:2]) if len(lps) >= 2 else 0.0


#: English suffixes that the word list holds as words ("ment"): a word ending in one is derived, not compounded
#: ("Shoppertainment" is "shop+pertain+ment", a marketing blend of langfresh16's real controls: spam23)
_SUFFIXES = frozenset("ment ments tion tions sion ness ship ships able ible ism isms ist ists ity ing ings".split())


@lru_cache(maxsize=1)
def compound_stems() -> frozenset[str]:
    """The shipped English words less the suffixes of :data:`_SUFFIXES`: what a host's compound is made of (read
    once per process; the cleaner's ``warm()`` builds it)."""
    return load_words() - _SUFFIXES


def _splits(word: str, words: frozenset[str], parts: int) -> bool:
    """Whether ``word`` is ``parts`` (or fewer, two at least) listed words of three letters or more, end to end."""
    if parts == 1:
        return word in words
    return any(word[:i] in words and (_splits(word[i:], words, parts - 1) or (parts == 3 and word[i:] in words))
               for i in range(3, len(word) - 2))


def _domain_shape(token: str, known: "set[str] | dict[str, int]") -> str | None:
    """A domain's label of a host's shape, under a top-level domain no Vietnamese source uses ("ryanbeadle.com":
    "ryan+beadle"; a domain is written in lower case, so a lower-case compound counts), not a known site."""
    label, _, tld = token.partition(".")
    if not _DOMAIN.fullmatch(token) or known_site(token) or tld.lower() in ("vn", "gov", "edu"):
        return None
    shape = name_shape(label.lower().capitalize(), known)  # as a title-case name: every shape test applies
    return shape if shape in ("random", "compound") else "random" if new_gtld(tld, label, shape, known) else None


def name_shape(token: str, known: "set[str] | dict[str, int]") -> str | None:
    """``random``, ``compound``, ``unknown`` (a title-case word of neither shape that no list knows) or None for a
    bare name (module docstring); ``known``: the syllable model's words."""
    if _brand_like(token):
        return None
    coded = _coded(token) if len(token) <= 31 else None
    if coded:
        return coded
    if not _ASCII_NAME.fullmatch(token):
        return None
    low = token.lower()
    if low in known or low in load_words() or low in solid_compounds():
        return None
    if vietnamese_syllable(token, known) or any(low + "." + tld in load_known_sites() for tld in ("com", "vn", "net", "org")):
        return None

    sylls = parse_syllables(low) if token.isalpha() else None
    if sylls and all(len(x) >= 2 for x in sylls):
        return None  # pinyin syllables (no bare vowel among them): a Chinese name or brand ("YANGWANG", "Kuaishou")
    camel = bool(_CAMEL.fullmatch(token))
    caps = token.isupper()
    if caps and not token.isalpha():
        return None  # a code ("GTX1080", "A350XWB", "KU6102")
    if caps and (len(token) < 7 or sum(c in "AEIOUY" for c in token) < 0.3 * len(token)):
        # an abbreviation ("UBMTTQ", "BXH"); or a made-up name (module docstring: ``caps``)
        return "caps" if _caps_name(token) else None
    if not (camel or caps or token[1:].islower()):  # capitals inside of another kind ("ChatGPT", "iPhone", "GTX1080Ti")
        return "random" if odd_case(token, known) else None  # but a random tail after one letter ("tXpxo": spam_codes)

    if shop_slug(token):
        return None  # unmarked syllables joined in lower case: a shop's host name ("bachhoaxanh": spam51)
    if len(token) >= 6 and (randomness(token) < RANDOM_MAX and not camel or _LOWER_MIXED.fullmatch(token)):
        return "random"
    if token.islower() and token.isalpha() and len(token) >= 5 and randomness(token) < LOWER_RANDOM_MAX:
        return "random"  # in lower case no name is written: a lower bar, five letters ("yoxtn", "eafky")
    # a compound in title case or capitals: in lower case, loanwords and terms are written so ("sitelink",
    # "carbamazepin"), in camel case, brands ("GrabPay", "AppleCare")
    if token.isalpha() and (caps or token[1:].islower() and token[0].isupper()) and _splits(low, compound_stems(), 3):
        return "compound"
    if caps:
        return "caps" if _caps_name(token) else None
    # written as a Vietnamese syllable without its marks ("Khang", "Nguyen"): a name's syllable, not a host
    return "unknown" if _TITLE.fullmatch(token) and not _SYLLABLE.fullmatch(low) else None


#: model codes (one letter, then figures: "A321neo", "B787", "S24", "M2pro") and news sites' "24h" ("Tin24h",
#: "Vietnet24h"); Vietnamese company names open with the country's or a city's name ("Vietjet", "Vietcombank",
#: "Vinaphone", "VNPT", "Saigontourist", "Hanoitimes"): no spam host's shape (langfresh16's real controls, after
#: its blind run: "tàu bay A321neo", "Vietjet đã", "Vietnet24h - Tiktok Shop")
_MODEL_CODE = re.compile(r"[A-Z]\d+[A-Za-z]{0,3}|[a-z]\d+|[A-Za-z]{2,}\d{1,2}h")  # not "i2csxq", "b1agoz"
_VN_PREFIXES = ("viet", "vina", "vn", "saigon", "hanoi")


def _brand_like(token: str) -> bool:
    """A model code, a "24h" site name, a Vietnamese company's name, or a known site's label (:data:`_MODEL_CODE`)."""
    low = token.lower()
    if _MODEL_CODE.fullmatch(token) and not host_code(token) or low.startswith(_VN_PREFIXES):
        return True
    sites = load_known_sites()
    return any(low + "." + tld in sites for tld in ("vn", "com", "net", "com.vn", "org"))


def _camel(token: str, known: "set[str] | dict[str, int]") -> str | None:
    """``camel``: a camel-case word no list knows, as brands are written ("GrabPay": no host's shape in
    :func:`name_shape`), weighed only where a name is broken or a syllable is missing (:func:`pasted_name`)."""
    low = token.lower()
    if not _CAMEL.fullmatch(token) or low in known or low in load_words() or low in solid_compounds() \
            or _brand_like(token):
        return None
    return "camel"


def _caps_name(token: str) -> bool:
    """A word of capitals that no company writes: seven letters or more ("UBATGT" is an abbreviation), two
    vowels, unlikely letters (two trigrams under :data:`CAPS_MAX`), not made of Vietnamese syllables and English
    words ("VINAMILK", "SACOMBANK", "TECHCOMBANK", "HOABINH" are), nor Vietnam's "VN" ("VNINDEX")."""
    low = token.lower()
    return (len(token) >= 7 and sum(c in "AEIOUY" for c in token) >= 2 and token.isalpha()
            and not low.startswith("vn") and randomness(token) < CAPS_MAX and not _pieces(low))


@lru_cache(maxsize=4096)
def _pieces(word: str) -> bool:
    """Whether ``word`` is Vietnamese syllables without marks (two letters or more) and English words, end to end."""
    return not word or any((word[:i] in load_words() or _SYLLABLE.fullmatch(word[:i]) is not None) and _pieces(word[i:])
                           for i in range(2, len(word) + 1))


def _coded(token: str) -> str | None:
    """``coded``: a host's label of letters and digits, of no code's shape (module docstring), else None."""
    if not _MIXED.fullmatch(token) or MEASURE.fullmatch(token):
        return None
    if host_code(token) or len(token) >= 6 and _LOWER_MIXED.fullmatch(token):  # spam_codes: "f4bfn", "E7hj7"
        return "coded" if host_code(token) else "random"  # ("random": spam21's shape, "bdu0vut")
    if _LETTERS_DIGIT_LETTERS.fullmatch(token) and not token.isupper():
        return "coded"  # "Its5bucks", "ki1nms", "Oih7c" ("H5N1", "IPv6", "9to5Mac": a letter, or digits first)
    m = _LETTERS_DIGITS.fullmatch(token)
    if m:
        letters = m.group(1)
        low = letters.lower()
        if letters.isupper():
            # capitals and a figure are a code ("LPDDR5", "RTX4090", "BT2"); a Vietnamese syllable without its
            # marks is none ("XANH9")
            return "coded" if len(letters) >= 4 and _SYLLABLE.fullmatch(low) else None
        if not (letters.islower() or letters[1:].islower()) or low in load_words() or low in solid_compounds():
            return None  # a model or version of a known word ("Win11", "Xbox360", "covid19", "iPhone15")
        return "coded"  # "ohuyi57", "Warch32", "Lst1150", "Tczj7", "Xanh9"
    if _DIGITS_LETTERS.fullmatch(token) and randomness(token) < RANDOM_MAX:
        return "coded"  # "0hgkr" ("600mbit" is a unit, "5giay" no random string)
    return None


def _vi_line(text: str, a: int, b: int) -> bool:
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    line = text[start:a] + " " + text[b:len(text) if end < 0 else end]
    marked = (m for m in _WORD.finditer(line) if _VI_MARK.search(m.group()))  # two: stop at the second (perf57, 77)
    return next(marked, None) is not None and next(marked, None) is not None


_SHAPES: dict[tuple[int, str], tuple[object, str | None]] = {}  # (known kept: an id reused never answers, cp76)


def pasted_name(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a bare host name pasted over a syllable of running Vietnamese (module docstring)."""
    tok = text[a:b]
    if not (a == 0 or text[a - 1] in BEFORE):
        return False
    key = (id(known), tok)
    if _SHAPES.get(key, (None,))[0] is not known:
        from .spam_bound import foreign

        if len(_SHAPES) > 65536:  # a text's Latin tokens recur (names, units): each is weighed once
            _SHAPES.clear()
        shape0 = _domain_shape(tok, known) if "." in tok else (name_shape(tok, known) or _camel(tok, known))
        # a word of no shape that no list knows either (spam_bound: weighed only where a word breaks)
        _SHAPES[key] = (known, shape0 or ("foreign" if foreign(tok, known) else None))
    shape = _SHAPES[key][1]
    if shape is None or not _vi_line(text, a, b) or shape == "compound" and term_slot(text, a, b):  # spam42
        return False
    from .spam_bound import bound_gap, closes_word, cut_name, english_form

    if tok.isalpha() and (tok.lower() in written_words() or tok[1:].islower() and english_form(tok.lower())):
        return False  # a word Vietnamese text writes ("Moskva", "Akihabara": spam24) or English's ("Swifties": spam38)

    m = _WORD_END.search(text[max(0, a - 30):a - 1]) if text[a - 1:a] == " " else None
    prev = m.group(1) if m else None
    m = _WORD_AFTER.match(text[b:b + 30])
    nxt = m.group(1) if m else None
    pstart = a - 1 - len(prev) if prev is not None else -1
    if (sentence_start(text, a) or prev is not None and prev.lower() not in NAME_INTRO and vietnamese_syllable(prev, known)) \
            and bound_gap(text, b, prev, nxt, known):
        return True  # (after "anh", "ông", "khu"... a name is expected: "anh Jonghyeok hơi loay hoay")
    if shape in ("random", "compound", "unknown", "coded") and nxt is not None and text[b:b + 1] == " " \
            and cut_name(text, b, nxt, known):
        return True  # before one syllable of a Vietnamese name, the name's first one gone ("Goappts Quốc ngày")
    if shape == "foreign":
        return False
    if prev is not None and (prev.lower() in NAME_INTRO or unit_slot(text, a)) and not (
            shape == "random" and tok.isalpha() and tok.islower()):
        return False  # a name is expected there ("ông", "hãng", "của"; "bộ phận": spam_unitname); no name is written
        # in lower case ("HLV Hoàng Anh gzkuzc.": "Anh" a name's syllable here)
    pv, nv = prev is not None and vietnamese_syllable(prev, known), nxt is not None and vietnamese_syllable(nxt, known)
    lower_prev = pv and prev is not None and prev.islower()
    lower_next = nv and nxt is not None and nxt.islower()
    if shape in ("unknown", "camel"):
        # inside a Vietnamese name under way, before its next syllable ("ông Trần Mytge Thái Sơn", "bà Nguyễn
        # HffNetwork Anh"): no name of Latin letters stands between two syllables of one
        if (pv and nv and prev and nxt and prev[:1].isupper() and nxt[:1].isupper()
                and not sentence_start(text, pstart) and text[b:b + 1] == " "):
            return True
        # between two lower-case syllables one missing syllable would join ("được Cgitearn hợp": "tích"), not where the
        # one before closes a word ("lợi thế Shoppertainment đang": spam23), nor a camel one before a word (spam81)
        return bool(lower_prev and lower_next and text[b:b + 1] == " " and _gap(prev, nxt) and not closes_word(
            text, pstart, prev) and not (shape == "camel" and opens_word(text, b, nxt or "")))
    if shape in ("random", "coded"):
        # beside a Vietnamese syllable; a label with figures also at a sentence's start or after a comma
        # ("Tuy nhiên, ki1nms Ghana"); a lower-case string of no language anywhere in a Vietnamese line, between
        # names or figures too ("của Xiaomi ckqhec Apple", "560 triệu USD 7qjisvrqp Castlelake": spam23, "tXpxo"); no
        # capitalised name in a list of Latin names ("Celine, Bvlgari và MAC Cosmetics": spam25)
        return (tok.islower() or not enumerated(text, a, b, known)) and (pv or nv or (not tok.isalpha() and (
            sentence_start(text, a) or _clause_comma(text, a, known))) or ((tok == tok.lower() or tok[:1].islower())
                                                                          and randomness(tok) < STRONG_RANDOM_MAX))
    closing = tok.isupper() and text[b:b + 1] in ("\"", "”", ".", ";", ":", "!", "?", ")")
    if lower_prev and prev is not None and (lower_next or closing):
        # between two lower-case syllables, or after one before a closing mark ("nghiêm ONEBOXWOOD\""); a compound of
        # letters between two where the slot wants a syllable ("chiếc Cybertruck đã" takes a name: spam_compslot)
        return not (shape == "compound" and lower_next and tok.isalpha()) or compound_gap(prev, nxt or "")
    return (sentence_start(text, a) or text[max(0, a - 2):a] == ", ") and lower_next


def _gap(prev: "str | None", nxt: "str | None") -> bool:
    return bool(prev and nxt and load_bigrams().fillers(prev.lower(), nxt.lower()))


def _clause_comma(text: str, a: int, known: "set[str] | dict[str, int]") -> bool:
    """After a comma that ends a Vietnamese clause ("Tuy nhiên, ki1nms Ghana"), not one of a list of names
    ("MyTour, iViVu, Chudu24, v.v.")."""
    m = _WORD_COMMA_BEFORE.search(text[max(0, a - 30):a])
    return bool(m and vietnamese_syllable(m.group(1), known) and text[a:].split(" ", 1)[0][-1:].isalnum())

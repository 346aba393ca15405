"""Tokens pasted into a Vietnamese name or between two syllables, told by the syllables around them (lang11).

:mod:`.spam_shapes` tells a brand by its own shape; :mod:`.spam`'s gap test asks the syllable model which
syllable a token hides.  Neither sees a token of no gambling word pasted into a person's or a place's name
("Nguyễn Thị Kim Gowin là", "Triệu CMD368 Long", "tỉnh Đồng cenvip,"), where the syllable model knows
nothing of the name, nor a letter-digit run between two ordinary syllables whose bigrams the model never saw
("đi tìm 3king sỹ").  What gives them away is Vietnamese phonotactics: a Vietnamese syllable is an onset
(b, ch, ngh, qu...), a vowel nucleus (a, ươ, uyê...) and a coda (c, ch, m, n, ng, nh, p, t, or a glide); a
token of digits and letters, or a name with a gambling word in it, is none.  Two places are flagged, never
repaired (nothing says which syllable it hides):

- **inside a name**: right after a capitalised Vietnamese syllable that does not itself start the sentence (a
  name under way: "Kim", "Lý", "Đồng"), and before a Vietnamese syllable or the end of the clause, a token of
  a brand's shape (:func:`.spam_shapes.brand_shape`) unknown to the syllable model, or a run of letters and
  digits that is no figure with a unit; a code in capitals ("U23", "A320") only between two such name
  syllables (a team's, a plane's code follows a common noun: "đội tuyển U23 Việt Nam", "máy bay A320").
  All-capital abbreviations of letters only ("UBND", "HĐND", "TNHH") are Vietnamese writing, never flagged.
- **between two syllables**: a lower-case run of letters and digits with three letters at least, or a title-case
  one with five and two letters after its digits (lang14: "Không gian Eu9vietnam dàn dựng"; "Office2019",
  "Moto4g" are left), between two lower-case Vietnamese syllables ("tìm 3king sỹ"; "mạng 4g" and "46kg" are
  left: one letter, a unit).
- **beside a syllable, letters and digits alternating** four times or more in six characters or more (lang14:
  "Y tế Up165w227 giới", "đến từ 1XZ8GRLR Quốc"): a random host's label; codes alternate less or are shorter
  ("H5N1", "B2B2C", "GTX1080Ti", "A350XWB").
- **inside a hyphenated transcription**: Vietnamese writes foreign names as hyphenated syllables
  ("Pa-ki-xtan", "Ô-xtrây-li-a"); a piece with a digit between two hyphens, letters before it and a lower-case
  piece of letters after it ("Pa-BK8-xtan"), is no syllable ("Covid-19", "M-150 Cup", "KT-XH" have no lower-case piece after a code).
- **before a per-unit slash**: a brand's shape right before "/" and a lower-case Vietnamese syllable
  ("bệnh rikvip/ngày" for "bệnh nhân/ngày"), where a unit ("USD/tấn", "km/giờ") has no brand's shape.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .spam_shapes import MEASURE, brand_shape, sentence_start, tok_unknown

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_CODE_WITH_DIGIT = re.compile(r"[A-Za-z]*\d[A-Za-z0-9]*")
_DIGIT_TWO_LOWER = re.compile(r"\d[a-z]{2}")
_HYPHEN_WORD = re.compile(r"-([^\W\d_]+)")
_PER_WORD = re.compile(r"/[^\W\d_]+(?![\w/])")
_PER_WORD_GROUP = re.compile(r"/([^\W\d_]+)")
_TOKEN_END = re.compile(r"(?<![\w./@:-])[A-Za-z][A-Za-z0-9]{2,30}$")
_WORD_AFTER_PUNCT = re.compile(r"(?: |[,;:] )([^\W\d_]+)")
_WORD_END = re.compile(r"([^\W\d_]+)$")

__all__ = ["vietnamese_syllable", "name_gap", "MIXED", "HYPHENATED", "PER_UNIT", "hyphen_gap", "per_unit", "per_unit_spans"]

# onsets, nuclei and codas of Vietnamese syllables, over letters without tone marks (ă â ê ô ơ ư đ kept)
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdđghklmnprstvx])?"
    r"(?:uyê|uya|uyu|ươ|iê|yê|ưa|ia|ua|uô|oa|oă|oe|uâ|uê|uy|[aăâeêioôơuưy])"
    r"(?:ch|nh|ng|[cmnpt]|[iyou])?")
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_VI_MARK = re.compile("[ăâđêôơư\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
#: a run of letters and digits, both
MIXED = re.compile(r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+")
_RUNS = re.compile(r"[A-Za-z]+|\d+")  # the letter and digit runs of a token ("Up165w227": Up, 165, w, 227)
_CAPS_CODE = re.compile(r"[A-Z]{1,4}\d+[A-Z]?")
#: words after which a text names its source ("Theo 9to5Mac, ...": spam21's control): a site's name, not a label
_SOURCE = frozenset({"theo", "nguồn"})


#: a piece with a digit between two hyphens of a word, a lower-case piece after it ("Pa-BK8-xtan")
HYPHENATED = re.compile(r"-([A-Za-z]*\d[A-Za-z0-9]*)(?=-[^\W\d_A-Z])")  # the letter before "-": hyphen_gap
#: a token right before "/" and a word ("rikvip/ngày")
PER_UNIT = re.compile(r"/")  # found at the slash (few in a text), the token read back from it: per_unit_spans


@lru_cache(maxsize=65536)  # a pure function of the word; the spam checks ask it of the same syllables again (perf60)
def _strip_tones(word: str) -> str:
    return unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if ch not in _TONES))


def vietnamese_syllable(word: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``word`` is written as a Vietnamese syllable: it fits the onset-nucleus-coda pattern and is
    either marked (a tone or a letter such as ơ, đ) or seen by the syllable model ("Long", "Kim")."""
    w = word.lower()
    if not w.isalpha() or not _SYLLABLE.fullmatch(_strip_tones(w)):
        return False
    return bool(_VI_MARK.search(unicodedata.normalize("NFD", w)) or "đ" in w) or w in known


def _neighbour(text: str, a: int, b: int) -> tuple[str | None, int, str | None]:
    """The word right before ``text[a:b]`` (one space between), its start, and the word right after it (a
    space between, or a comma-like mark and a space)."""
    prev, pstart = None, -1
    if text[a - 1:a] == " ":
        m = _WORD_END.search(text[max(0, a - 30):a - 1])
        if m:
            prev, pstart = m.group(1), a - 1 - len(m.group(1))
    nxt = None
    m = _WORD_AFTER_PUNCT.match(text[b:b + 30])
    if m:
        nxt = m.group(1)
    return prev, pstart, nxt


def name_gap(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is an alien token inside a Vietnamese name or between two lower-case syllables
    (module docstring)."""
    tok = text[a:b]
    if "." in tok or MEASURE.fullmatch(tok) or tok.isupper() and tok.isalpha():
        return False
    if not (a == 0 or text[a - 1] == " ") or text[b:b + 1] not in ("", " ", ",", ".", ";", ":", "!", "?", "\n"):
        return False
    prev, pstart, nxt = _neighbour(text, a, b)
    mixed = bool(MIXED.fullmatch(tok))
    if mixed and len(tok) >= 6 and len(_RUNS.findall(tok)) >= 4 and (prev or "").lower() not in _SOURCE and any(
            w is not None and vietnamese_syllable(w, known) for w in (prev, nxt)):
        return True  # letters and digits alternating four times: a random host's label ("Up165w227": lang14)
    if prev and prev[:1].isupper() and vietnamese_syllable(prev, known) and not sentence_start(text, pstart):
        end = text[b:b + 1] in ("", ",", ".", ";", ":", "!", "?", "\n")
        after = end or (nxt is not None and vietnamese_syllable(nxt, known))
        if _CAPS_CODE.fullmatch(tok):  # a code in capitals: only between two name syllables
            return bool(nxt and nxt[:1].isupper() and vietnamese_syllable(nxt, known))
        if after and (mixed or (brand_shape(tok) is not None and tok_unknown(tok, known))):
            return True
    # in lower case, or in title case with five letters and two after its digits ("Không gian Eu9vietnam dàn
    # dựng": lang14; "Office2019", "Xbox360", "Moto4g" are left)
    letters = sum(ch.isalpha() for ch in tok)
    title = tok[:1].isupper() and tok[1:].islower() and letters >= 5 and bool(_DIGIT_TWO_LOWER.search(tok))
    if mixed and (tok.islower() and letters >= 3 or title) and prev and nxt \
            and prev.islower() and nxt.islower() and vietnamese_syllable(prev, known) and vietnamese_syllable(nxt, known):
        return text[b:b + 1] == " "
    return False


def hyphen_gap(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a piece with a digit inside a hyphenated transcription (module docstring): letters
    before it, a lower-case piece of letters after it."""
    if text[a - 1:a] != "-" or text[b:b + 1] != "-" or not text[a - 2:a - 1].isalpha() or not _CODE_WITH_DIGIT.fullmatch(text[a:b]):
        return False
    m = _HYPHEN_WORD.match(text[b:b + 30])  # a transcription's piece ("xtan", "xtrây": no native syllable)
    return bool(m) and m.group(1).islower() and len(_WORD.findall(text[max(0, a - 40):a])) > 0


def per_unit(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` has a brand's shape and stands before "/" and a lower-case Vietnamese syllable."""
    m = _PER_WORD_GROUP.match(text[b:b + 30])
    return bool(m) and m.group(1).islower() and vietnamese_syllable(m.group(1), known) and \
        brand_shape(text[a:b]) is not None and tok_unknown(text[a:b], known)


def per_unit_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the tokens standing right before a "/" and a word ("rikvip/ngày"; not "a/b/c" paths)."""
    out = []
    for m in PER_UNIT.finditer(text):
        i = m.start()
        t = _TOKEN_END.search(text[max(0, i - 32):i])
        if t and _PER_WORD.match(text[i:i + 32]):
            out.append((i - len(t.group(0)), i))
    return out

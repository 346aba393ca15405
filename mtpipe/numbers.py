"""Numbers of a source that a translation lost or changed (the ``number_mismatch:<lang>`` flag).

Every digit run of the source (with its thousands separators, decimal comma or point, ranges,
ordinal endings, dates, times, percentages) must come back in each translation, in any form a real
translation writes it: ``1 000``/``1,000``/``1000``; ``3,5`` -> ``3.5``; ``725 миллионов`` ->
``725 million``/``7.25亿``; the scale words ``tỷ``/``triệu``/``nghìn``/``тыс.``; Chinese
``万``/``亿``, Chinese numerals (``两``, ``十四``, ``二〇一五``) and full-width digits; small numbers
written as words (``2`` -> ``two``/``hai``/``два``); ``15:30`` -> ``3:30``.

Each number is compared by *value*: a source number reads as one or more values (``1,000`` may be
1000 or 1.0; ``24.06.2015`` is 24, 6 and 2015 as well as the decimal), a target's values are every
reading of every number in it, each also multiplied by the scale word after it.  A source number is
found when one of its readings has all its values among the target's.  Regexes and tables only: no
model.  :func:`missing_numbers` names what is missing; :func:`has_number_mismatch` is the flag's test.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

__all__ = ["missing_numbers", "has_number_mismatch", "source_numbers", "target_values"]

_SP = " \u00a0\u202f\u2009"
#: a digit run with its separators: groups of 3 after a space when the first has at most 3 digits
#: ("1 000", not "2021 150": a year, then a count), any digits after "." "," ":" "/" (decimals, dates,
#: times); full-width digits are folded to ASCII first
_NUM = re.compile(rf"(?<!\d)\d{{1,3}}(?:[{_SP}]\d{{3}}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,:/]\d+)*")
_FULL = {ord("０") + i: ord("0") + i for i in range(10)} | {ord("．"): ord("."), ord("，"): ord(","), ord("："): ord(":")}

#: scale words after a number (lower case), by their prefix
_SCALES: tuple[tuple[str, float], ...] = (
    ("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("万", 1e4),
    ("千", 1e3), ("百", 1e2),
    ("trillion", 1e12), ("billion", 1e9), ("bn", 1e9), ("million", 1e6), ("mln", 1e6), ("thousand", 1e3),
    ("трлн", 1e12), ("триллион", 1e12), ("млрд", 1e9), ("миллиард", 1e9), ("млн", 1e6), ("миллион", 1e6),
    ("тыс", 1e3), ("тысяч", 1e3),
    ("nghìn tỷ", 1e12), ("ngàn tỷ", 1e12), ("tỷ", 1e9), ("tỉ", 1e9), ("triệu", 1e6), ("nghìn", 1e3), ("ngàn", 1e3),
    ("k", 1e3), ("m", 1e6),
)
_SCALE_RE = re.compile(r"[\s\u00a0\u202f\u2009]*(" + "|".join(re.escape(w) for w, _ in
                                                            sorted(_SCALES, key=lambda x: -len(x[0]))) + r")",
                       re.IGNORECASE)
_SCALE = {w: f for w, f in _SCALES}

#: small numbers and round numbers written as words (what translators write for digits)
_WORDS: dict[str, float] = {}
for _i, _w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                        "fifteen sixteen seventeen eighteen nineteen twenty".split()):
    _WORDS[_w] = _i
for _i, _w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1):
    _WORDS[_w] = _i
_WORDS.update({"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000})
_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "dozen": 12, "dozens": 12,
               "half": 0.5, "once": 1, "twice": 2, "single": 1, "both": 2, "double": 2, "a": 1, "an": 1,
               "decade": 10, "decades": 10, "century": 100, "quarter": 0.25, "triple": 3, "pair": 2})
for _i, _w in enumerate("january february march april may june july august september october november december"
                        .split(), 1):
    _WORDS[_w] = _i
for _i, _w in enumerate("không một hai ba bốn năm sáu bảy tám chín mười".split()):
    _WORDS[_w] = _i
_WORDS.update({"mươi": 10, "trăm": 100, "nhất": 1, "tư": 4, "bẩy": 7, "linh": 0, "lẻ": 0, "rưỡi": 0.5, "nửa": 0.5})
_RU_STEMS = (("ноль", 0), ("нул", 0), ("один", 1), ("одн", 1), ("перв", 1), ("два", 2), ("две", 2), ("двух", 2),
             ("втор", 2), ("три", 3), ("трех", 3), ("трёх", 3), ("трет", 3), ("четыр", 4), ("четвер", 4),
             ("пят", 5), ("шест", 6), ("сем", 7), ("седьм", 7), ("восем", 8), ("восьм", 8), ("девят", 9),
             ("десят", 10), ("сто", 100), ("тысяч", 1000), ("пол", 0.5), ("оба", 2), ("обе", 2))
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

_ZH_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_ZH_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_ZH_BIG = {"万": 1e4, "亿": 1e8}
#: common words written with numeral characters that are no number ("十分" very, "一些" some, "万一" in case)
_ZH_NOT_NUMERAL = re.compile("十分|一些|一起|一直|一般|一定|一样|一切|唯一|统一|万一|一旦|一致|一边|一再|一度|一同|一向|"
                             "一律|一番|一带|一员|一体|万物|百姓|数据|数字|无数|多数|少数|数学|几乎|三角|四周|一下")
_ZH_RUN = re.compile("[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟半几数]+")


def _key(x: float) -> float:
    return float(f"{x:.9g}")


def _readings(tok: str) -> list[tuple[float, ...]]:
    """The ways a digit run may be read: each a tuple of values that must all be found."""
    out: list[tuple[float, ...]] = []
    parts = re.split(r"([.,:/]|[ \u00a0\u202f\u2009])", tok)
    nums = parts[0::2]
    seps = parts[1::2]
    if not seps:
        return [(float(tok),)]
    grouped = len(set(seps)) == 1 and seps[0] in _SP + ".," and all(len(n) == 3 for n in nums[1:])
    # thousands grouping throughout ("1 000 000", "1,000", "1.000")
    if grouped:
        out.append((float("".join(nums)),))
    # grouping, then a decimal separator ("1 234,5", "1,234.5", "3,5"; not "1,000" as 1.0)
    if seps[-1] in ".," and all(s != seps[-1] for s in seps[:-1]) and all(len(n) == 3 for n in nums[1:-1]) \
            and not (len(nums[-1]) == 3 and set(nums[-1]) == {"0"}):
        out.append((float("".join(nums[:-1]) + "." + nums[-1]),))
    # each digit run on its own: dates "24.06.2015", times "15:30", fractions "3/4" (not "3,7" as 3 and 7)
    vals = tuple(float(n) for n in nums)
    if not grouped and (len(seps) > 1 or seps[0] in ":/"):
        out.append(vals)
    if seps[0] == ":" and len(vals) == 2:  # times: "15:30" -> "3:30 pm", "12:00" -> "12 点"
        hours = [vals[0]] + ([vals[0] - 12] if 12 < vals[0] < 24 else [])
        out += [(h, vals[1]) for h in hours[1:]] + ([(h,) for h in hours] if vals[1] == 0 else [])
    return out


def _decade(value: float) -> list[tuple[float, ...]]:
    """A year ending in 0 may be a decade: "1960s" -> "20 世纪 60 年代" (the 20th century, its 60s)."""
    if 1000 <= value <= 2100 and value % 10 == 0:
        return [(value // 100 + 1, value % 100 or 0.0)]
    return []


def _scaled(text: str, end: int, glued: bool = True) -> float | None:
    """The scale word after a number ending at ``end`` (``k``/``m`` only with ``glued``: "5m" may be metres)."""
    m = _SCALE_RE.match(text, end)
    if not m:
        return None
    word = m.group(1).lower()
    if word in ("k", "m") and not glued:
        return None
    nxt = text[m.end():m.end() + 1]
    if word in ("k", "m") and (nxt.isalpha() or m.start(1) != end):  # "5k", "3m": only glued, not "5 km"
        return None
    if word in ("千", "百") and nxt in "克米瓦分":  # units: "5千克" is 5 kg, "5千米" 5 km
        return None
    if word in ("bn", "mln") and nxt.isalpha():
        return None
    return _SCALE.get(word) or next(f for w, f in _SCALES if w.lower() == word)


def _fold(text: str) -> str:
    return text.translate(_FULL)


#: a decade written with two digits: "90-х (годов)", "the '90s" (not yet "những năm 90": a word before)
_SHORT_DECADE = re.compile(r"-?(?:х|е|ые|ых|s)\b|'?s\b")

#: between the two ends of a range ("4,2–3,9 млн", "2 to 3 million", "từ 2 đến 3 triệu")
_RANGE = re.compile(r"\s*(?:[-–—~]|до|to|đến|tới|至|到)\s*$")


def source_numbers(text: str) -> list[tuple[str, list[tuple[float, ...]]]]:
    """Each number of ``text``: its text and its readings (a scale word after it makes them scaled ones;
    the first end of a range takes the scale of the second as well)."""
    text = _fold(text)
    found = []
    for m in _NUM.finditer(text):
        tok = m.group(0).strip(_SP + ".,:/")
        if not tok:
            continue
        reads = _readings(tok)
        if len(reads) == 1 and len(reads[0]) == 1:
            reads += _decade(reads[0][0])
            if len(tok) == 2 and tok.endswith("0") and _SHORT_DECADE.match(text, m.end()):  # "90-х" -> "1990s"
                reads += [(1900 + reads[0][0],), (2000 + reads[0][0],)]
        f = _scaled(text, m.end(), glued=False)
        if f:  # "2,5 tỷ" is 2.5e9 only: "2.5 million" changed it
            reads = [(_key(r[0] * f),) for r in reads if len(r) == 1] or reads
        found.append((tok, reads, m.start(), m.end(), f))
    out = []
    for i, (tok, reads, _, end, f) in enumerate(found):
        if not f and i + 1 < len(found) and found[i + 1][4] and _RANGE.match(text[end:found[i + 1][2]]):
            g = found[i + 1][4]
            reads = reads + [(_key(r[0] * g),) for r in reads if len(r) == 1]
        out.append((tok, reads))
    return out


def _zh_value(run: str) -> float | None:
    """A Chinese numeral (``三千五百``, ``十四``, ``二〇一五``, ``两万``) as a number."""
    if all(c in _ZH_DIGIT for c in run):
        if len(run) == 1:
            return float(_ZH_DIGIT[run])
        return float("".join(str(_ZH_DIGIT[c]) for c in run))
    total = 0.0
    section = 0.0
    digit: float | None = None
    for c in run:
        if c in _ZH_DIGIT:
            digit = _ZH_DIGIT[c]
        elif c in _ZH_UNIT:
            section += (1 if digit is None else digit) * _ZH_UNIT[c]
            digit = None
        elif c in _ZH_BIG:
            total = (total + section + (digit or 0)) * _ZH_BIG[c] if total < _ZH_BIG[c] else \
                total + (section + (digit or 0)) * _ZH_BIG[c]
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


def target_values(text: str) -> Counter[float]:
    """Every value a translation's numbers (digits, scale words, Chinese numerals, number words) may stand
    for, with the number of mentions that may stand for it."""
    text = _ZH_NOT_NUMERAL.sub("", _fold(text))
    counts: Counter[float] = Counter()
    for m in _NUM.finditer(text):
        tok = m.group(0).strip(_SP + ".,:/")
        if not tok:
            continue
        f = _scaled(text, m.end())
        mention: dict[float, int] = {}  # value -> how often one reading of this mention holds it ("9/9": twice)
        for r in _readings(tok):
            for v in set(r):
                for k in [_key(v)] + ([_key(v * f)] if f else []):
                    mention[k] = max(mention.get(k, 0), r.count(v))
        counts.update(mention)
    for m in _ZH_RUN.finditer(text):
        vals: set[float] = set()
        run = m.group(0)
        head = text[max(0, m.start() - 12):m.start()]
        d = re.search(r"(\d+(?:\.\d+)?)\s*$", head)
        if d and all(c in "十百千万亿" for c in run):  # "7.25亿", "3千万"
            base = float(d.group(1))
            mult = 1.0
            for c in run:
                mult *= {"十": 10, "百": 100, "千": 1e3, "万": 1e4, "亿": 1e8}[c]
            vals.add(_key(base * mult))
            counts[_key(base * mult)] += 1
            continue
        for piece in _pieces(run):
            v = _zh_value(piece)
            if v is not None:
                vals.add(_key(v))
        for c in run:
            if c in _ZH_DIGIT:
                vals.add(float(_ZH_DIGIT[c]))
        counts.update(vals)
    low = text.lower()
    for m in _WORD_RE.finditer(low):
        w = m.group(0)
        vals = set()
        if w in _WORDS:
            vals.add(float(_WORDS[w]))
        elif w[:1] in "нодвтчпшсд":
            vals.update(float(v) for stem, v in _RU_STEMS if w.startswith(stem))
        f = _scaled(low, m.end()) if vals else None
        if f:  # "seven million", "hai triệu"
            vals.update(_key(v * f) for v in list(vals))
        counts.update(vals)
    return counts


def _pieces(run: str) -> Iterable[str]:
    """A Chinese numeral run and its prefixes/suffixes (a run may glue a numeral to a word: ``一些``)."""
    yield run
    for i in range(1, len(run)):
        yield run[:i]
        yield run[i:]


def missing_numbers(source: str, target: str) -> list[str]:
    """The numbers of ``source`` (as written there) that ``target`` does not hold in any accepted form, as
    often as the source has them (``1979 ... 1979`` needs two mentions that may stand for 1979)."""
    nums = source_numbers(source)
    if not nums:
        return []
    have = target_values(target)
    times = Counter(tok for tok, _ in nums)
    out = []
    for tok, reads in nums:
        if tok in out:
            continue
        if not any(all(have[_key(v)] >= times[tok] * r.count(v) for v in r) for r in reads):
            out.append(tok)
    return out


def has_number_mismatch(source: str, target: str) -> bool:
    """Whether ``target`` lost or changed a number of ``source``."""
    return bool(missing_numbers(source, target))

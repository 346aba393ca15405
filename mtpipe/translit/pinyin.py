"""Hanzi -> Hanyu Pinyin in the conventional form for names, and pinyin syllable parsing.

pypinyin has no surname mode, so a name is fed to it as phrases (surname and
given name separately for persons, the whole name for places) and the readings
it gets wrong in names are corrected from tables: surnames (单 Shan, 曾 Zeng,
解 Xie...), characters read differently in given names (长 chang) and place-name
polyphones (长春 Changchun, 珲春 Hunchun, 朝阳 Chaoyang, 六安 Lu'an).

Conventions: persons ``Surname Givenname`` with the given name one word
(``Wang Zilian``), four-character non-compound names split two and two
(``Bayin Chaolu``); places one word (``Changchun``); an apostrophe before a
syllable that starts with a, o or e inside a word (``Xi'an``, ``Yan'an``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["SURNAMES", "COMMON_SURNAMES", "BAIJIAXING", "COMPOUND_SURNAMES", "PLACE_READINGS", "split_name", "name_syllables", "pinyin_word",
           "to_pinyin", "syllable_set", "parse_syllables", "is_pinyin_word",
           "english_lookalikes", "is_english_lookalike"]

#: Surname readings that differ from the character's most common reading.
SURNAMES: dict[str, str] = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "乐": "yue", "查": "zha",
    "盖": "ge", "华": "hua", "覃": "qin", "缪": "miao", "秘": "bi", "冼": "xian", "召": "shao", "任": "ren",
    "员": "yun", "隗": "wei", "燕": "yan", "纪": "ji", "翟": "zhai", "沈": "shen", "柏": "bai", "薄": "bo",
    "宁": "ning", "相": "xiang", "重": "chong", "谌": "shen", "尉": "wei", "长": "chang", "种": "chong",
    "句": "gou", "繁": "po", "车": "che", "占": "zhan", "折": "she", "贲": "ben", "过": "guo", "蕃": "pi",
    "藏": "zang", "都": "du", "阚": "kan", "难": "ning", "曲": "qu", "郇": "xun", "万": "wan", "单于": "chan yu",
    "尉迟": "yu chi", "长孙": "zhang sun", "万俟": "mo qi", "令狐": "ling hu",
}
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "长孙", "令狐", "慕容", "夏侯", "司徒",
                     "公孙", "万俟", "单于", "端木", "宇文", "司空", "独孤", "南宫", "西门", "呼延", "轩辕")
#: Common Chinese surnames (about 150), used to tell a person from a place by its first syllable.
COMMON_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                   "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
                   "向汤习景巴缪苗迟池齐栗常乔温车聂单解仇区朴乐查盖华谌应楼耿易柴祁翟庞骆倪左凌欧包文鲁葛伍")
#: The single-character surnames of the Hundred Family Surnames (百家姓, a Song-dynasty text, public domain), in
#: simplified characters: rarer surnames (农, 蓝, 岑, 蒙...) that a name needs stronger context to be read with.
BAIJIAXING = ("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方"
              "俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧"
              "计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫"
              "经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄麴家封芮羿储靳汲邴糜松井段富巫乌焦巴弓"
              "牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙"
              "池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍舄璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向"
              "古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢"
              "关蒯相查后荆红游竺权逯盖益桓公")
#: Characters whose reading in given names differs from pypinyin's default.
GIVEN_READINGS: dict[str, str] = {"长": "chang", "乐": "le", "重": "chong", "行": "xing", "传": "chuan"}
#: Given names read differently from the word pypinyin knows (朝阳 "morning sun" is chaoyang in names too).
GIVEN_PHRASES: dict[str, str] = {"朝阳": "chao yang", "朝晖": "zhao hui", "长乐": "chang le"}
#: Place names (or parts) whose reading pypinyin gets wrong.
PLACE_READINGS: dict[str, str] = {
    "珲春": "hun chun", "朝阳": "chao yang", "六安": "lu an", "六合": "lu he", "蚌埠": "beng bu",
    "番禺": "pan yu", "厦门": "xia men", "台州": "tai zhou", "丽水": "li shui", "铅山": "yan shan", "东阿": "dong e",
    "莘县": "shen xian", "洪洞": "hong tong", "枞阳": "zong yang", "歙县": "she xian", "荥阳": "xing yang",
    "莎车": "sha che", "蔚县": "yu xian", "尉氏": "wei shi", "牟平": "mu ping", "大埔": "da bu", "单县": "shan xian",
    "乐清": "yue qing", "乐亭": "lao ting", "乐山": "le shan", "重庆": "chong qing", "会昌": "hui chang",
    "四会": "si hui", "会理": "hui li", "涡阳": "guo yang", "泌阳": "bi yang", "浚县": "xun xian", "黄陂": "huang pi",
    "筠连": "jun lian", "巴音": "ba yin", "什邡": "shi fang", "涪陵": "fu ling", "綦江": "qi jiang",
    "长春": "chang chun", "长沙": "chang sha", "长治": "chang zhi", "长白": "chang bai", "长江": "chang jiang",
    "朝天": "chao tian", "蓟县": "ji xian", "鄱阳": "po yang", "大厦": "da sha", "济南": "ji nan", "济宁": "ji ning",
    "兴安": "xing an", "中山": "zhong shan", "宿迁": "su qian", "宿州": "su zhou", "喀什": "ka shi",
    "漯河": "luo he", "昌都": "chang du", "首都": "shou du", "京都": "jing du",
}
#: Characters read one way in place names wherever no phrase above decides.
PLACE_CHAR_READINGS: dict[str, str] = {"长": "chang", "都": "du", "亳": "bo", "珲": "hun", "蚌": "beng"}


def split_name(hanzi: str) -> tuple[str, str]:
    """Split a person's name into surname and given name (``欧阳修`` -> ``欧阳``, ``修``).

    Four-character names without a compound surname (often Mongolian or Tibetan) split two and two.
    """
    for cs in COMPOUND_SURNAMES:
        if hanzi.startswith(cs) and len(hanzi) > 2:
            return cs, hanzi[2:]
    if len(hanzi) >= 4:
        return hanzi[:2], hanzi[2:]
    return hanzi[:1], hanzi[1:]


def _lazy(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: [c for c in s], v_to_u=True)
    return [s.lower() for s in out]


def _place_syllables(hanzi: str) -> list[str]:
    # multi-character readings first (longest), then single-character overrides, then pypinyin on the rest
    sylls: list[str | None] = [None] * len(hanzi)
    for k in sorted((k for k in PLACE_READINGS if len(k) > 1), key=len, reverse=True):
        start = hanzi.find(k)
        while start >= 0:
            if all(s is None for s in sylls[start:start + len(k)]):
                sylls[start:start + len(k)] = PLACE_READINGS[k].split()
            start = hanzi.find(k, start + 1)
    rest = [i for i, s in enumerate(sylls) if s is None]
    if rest:
        # pypinyin reads runs of uncovered characters as phrases
        runs: list[list[int]] = []
        for i in rest:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            text = hanzi[run[0]: run[-1] + 1]
            read = _lazy(text)
            if len(read) != len(run):
                read = [(_lazy(c) or [c])[0] for c in text]
            for i, r in zip(run, read):
                sylls[i] = PLACE_CHAR_READINGS.get(hanzi[i], r)
    return [s for s in sylls if s]


def name_syllables(hanzi: str, kind: str = "place") -> list[list[str]]:
    """Syllables of a name, grouped into the words the conventional form writes.

    Args:
        hanzi: The name in Chinese characters, without an administrative suffix.
        kind: ``person`` (surname and given name) or anything else (one word).

    Returns:
        One list of toneless syllables per word (``ü`` kept as ``ü``).
    """
    hanzi = hanzi.strip()
    if any(dot in hanzi for dot in "·•・"):
        # transcribed minority names (阿沛·阿旺晋美): one word per part
        parts = [p for p in hanzi.replace("•", "·").replace("・", "·").split("·") if p]
        return [name_syllables(p, "place")[0] for p in parts]
    if kind == "person" and len(hanzi) >= 2:
        sur, given = split_name(hanzi)
        s_sylls = SURNAMES[sur].split() if sur in SURNAMES else _lazy(sur)
        g_sylls = GIVEN_PHRASES[given].split() if given in GIVEN_PHRASES else _lazy(given)
        for j, ch in enumerate(given):
            if ch in GIVEN_READINGS and j < len(g_sylls) and given not in GIVEN_PHRASES:
                g_sylls[j] = GIVEN_READINGS[ch]
        return [s_sylls, g_sylls]
    return [_place_syllables(hanzi)]


def pinyin_word(sylls: list[str]) -> str:
    """Join syllables into one capitalised word with the apostrophe rule (``xi an`` -> ``Xi'an``)."""
    out = ""
    for i, s in enumerate(sylls):
        s = s.replace("v", "ü")
        if i and s[:1] in ("a", "o", "e"):
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


def to_pinyin(hanzi: str, kind: str = "place") -> str:
    """Conventional pinyin: persons ``Wang Zilian``, places ``Changchun``.

    Args:
        hanzi: Chinese characters (no administrative suffix; see :mod:`mtpipe.translit.admin`).
        kind: ``person`` or ``place`` (anything but ``person`` is written as one word).

    Returns:
        The name in pinyin without tone marks.
    """
    return " ".join(pinyin_word(w) for w in name_syllables(hanzi, kind) if w)


@lru_cache(maxsize=1)
def syllable_set() -> frozenset[str]:
    """Every toneless pinyin syllable (``ü`` written ``v``), from the Palladius table."""
    rows = (Path(__file__).parent / "data" / "palladius.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(r.split("\t")[0].replace("ü", "v") for r in rows if "\t" in r)


def parse_syllables(word: str) -> list[str] | None:
    """Split one pinyin word into syllables (fewest syllables; apostrophes and hyphens split).

    Returns:
        The syllables (lower case, ``ü`` as ``v``), or None when the word is not pinyin.
    """
    w = word.lower().replace("ü", "v").replace("u:", "v")
    parts = [p for p in w.replace("'", " ").replace("’", " ").replace("-", " ").split() if p]
    out: list[str] = []
    for p in parts:
        seg = _segment(p)
        if seg is None:
            return None
        out += seg
    return out or None


@lru_cache(maxsize=4096)
def _segment_cached(w: str) -> tuple[str, ...] | None:
    sylls = syllable_set()
    n = len(w)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(1, n + 1):
        for j in range(max(0, i - 6), i):
            prev = best[j]
            if prev is None or w[j:i] not in sylls:
                continue
            cand = prev + (w[j:i],)
            cur = best[i]
            # fewest syllables; on a tie prefer a consonant start for the later syllable (xian, not xi'an)
            if cur is None or len(cand) < len(cur) or (len(cand) == len(cur) and _onset_score(cand) > _onset_score(cur)):
                best[i] = cand
    return best[n]


def _onset_score(sylls: tuple[str, ...]) -> int:
    return sum(1 for s in sylls[1:] if s[0] not in "aoe")


def _segment(w: str) -> list[str] | None:
    r = _segment_cached(w)
    return list(r) if r is not None else None


@lru_cache(maxsize=1)
def english_lookalikes() -> frozenset[str]:
    """Common English words that segment into two or more pinyin syllables (``meeting``, ``module``).

    Built by ``tools/build_english_lookalikes.py`` from SCOWL (see benchmarks/data/SOURCES.md).
    """
    text = (Path(__file__).parent / "data" / "english_lookalikes.tsv").read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def is_english_lookalike(word: str) -> bool:
    """True when ``word`` is written as a common English word, not as pinyin: ``Meeting``, ``MODULE``.

    A word written with a pinyin apostrophe (``Min'er``) is pinyin whatever its letters spell.
    """
    return "'" not in word and "\u2019" not in word and word.lower() in english_lookalikes()


def is_pinyin_word(word: str) -> bool:
    """True when ``word`` parses as a sequence of pinyin syllables."""
    return parse_syllables(word) is not None

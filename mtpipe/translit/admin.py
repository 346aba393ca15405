"""Administrative suffixes of Chinese place names in English, Russian and Vietnamese.

``鼎湖区`` -> ``Dinghu District`` / ``район Динху`` / ``quận Đỉnh Hồ``.  English puts
the word after the name, Russian and Vietnamese before it.

Decisions:

* a suffix is split off only when at least two characters remain (乌镇 Wuzhen is
  one name, not "Wu Town"; 沙市 Shashi likewise);
* 市 is kept as ``City`` / ``город`` / ``thành phố`` when written (四会市 -> Sihui City),
  except for the four province-level municipalities (北京市 -> Beijing), unless
  ``drop_city`` asks to drop it everywhere;
* autonomous units keep their ethnic group when the table knows it (宁夏回族自治区 ->
  Ningxia Hui Autonomous Region).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Suffix", "SUFFIXES", "ETHNIC", "MUNICIPALITIES", "split_admin", "render", "parse_ru", "parse_vi",
           "parse_en"]


@dataclass(frozen=True)
class Suffix:
    """One administrative unit: its Chinese suffix and how each language names it."""

    zh: str
    en: str
    ru: str
    vi: str
    ru_forms: tuple[str, ...] = ()


#: Longest first, so 新区 wins over 区 and 自治县 over 县.
SUFFIXES: tuple[Suffix, ...] = (
    Suffix("自治区", "Autonomous Region", "автономный район", "khu tự trị",
           ("автономный район", "автономного района", "автономном районе", "автономному району",
            "автономным районом")),
    Suffix("自治州", "Autonomous Prefecture", "автономный округ", "châu tự trị",
           ("автономный округ", "автономного округа", "автономном округе", "автономному округу",
            "автономным округом")),
    Suffix("自治县", "Autonomous County", "автономный уезд", "huyện tự trị",
           ("автономный уезд", "автономного уезда", "автономном уезде", "автономному уезду",
            "автономным уездом")),
    Suffix("自治旗", "Autonomous Banner", "автономный хошун", "kỳ tự trị", ("автономный хошун",)),
    Suffix("特别行政区", "Special Administrative Region", "особый административный район", "đặc khu hành chính",
           ("особый административный район", "особого административного района", "особом административном районе",
            "специальный административный район", "специального административного района", "САР")),
    Suffix("地区", "Prefecture", "округ", "địa khu", ("округ", "округа", "округе", "округу", "округом")),
    Suffix("新区", "New Area", "новый район", "khu mới",
           ("новый район", "нового района", "новом районе", "новому району", "новым районом")),
    Suffix("街道", "Subdistrict", "уличный комитет", "phường", ("уличный комитет", "уличного комитета")),
    Suffix("区", "District", "район", "quận", ("район", "района", "районе", "району", "районом")),
    Suffix("县", "County", "уезд", "huyện", ("уезд", "уезда", "уезде", "уезду", "уездом")),
    Suffix("市", "City", "город", "thành phố", ("город", "города", "городе", "городу", "городом", "г.")),
    Suffix("省", "Province", "провинция", "tỉnh",
           ("провинция", "провинции", "провинцию", "провинцией", "провинциях")),
    Suffix("镇", "Town", "посёлок", "thị trấn", ("посёлок", "поселок", "посёлка", "поселка", "посёлке", "поселке")),
    Suffix("乡", "Township", "волость", "xã", ("волость", "волости", "волостью")),
    Suffix("盟", "League", "аймак", "minh", ("аймак", "аймака", "аймаке")),
    Suffix("旗", "Banner", "хошун", "kỳ", ("хошун", "хошуна", "хошуне")),
)
#: Ethnic groups named in autonomous units: zh -> (en, Russian adjective part, vi).
ETHNIC: dict[str, tuple[str, str, str]] = {
    "回族": ("Hui", "Хуэйский", "dân tộc Hồi"), "壮族": ("Zhuang", "Чжуанский", "dân tộc Choang"),
    "维吾尔": ("Uyghur", "Уйгурский", "Duy Ngô Nhĩ"), "朝鲜族": ("Korean", "Корейский", "dân tộc Triều Tiên"),
    "蒙古族": ("Mongol", "Монгольский", "dân tộc Mông Cổ"), "藏族": ("Tibetan", "Тибетский", "dân tộc Tạng"),
    "苗族": ("Miao", "Мяоский", "dân tộc Miêu"), "彝族": ("Yi", "Ийский", "dân tộc Di"),
    "满族": ("Manchu", "Маньчжурский", "dân tộc Mãn"), "土家族": ("Tujia", "Туцзяский", "dân tộc Thổ Gia"),
}
MUNICIPALITIES = ("北京", "上海", "天津", "重庆")


def split_admin(hanzi: str) -> tuple[str, str, Suffix | None]:
    """Split ``鼎湖区`` into stem ``鼎湖``, ethnic part ``""`` and the 区 :class:`Suffix`.

    Returns:
        ``(stem, ethnic_zh, suffix)``; suffix is None when the name has none (or too short a stem).
    """
    for suf in SUFFIXES:
        if hanzi.endswith(suf.zh) and len(hanzi) - len(suf.zh) >= 2:
            stem = hanzi[: -len(suf.zh)]
            ethnic = ""
            if suf.zh.startswith("自治"):
                for eth in sorted(ETHNIC, key=len, reverse=True):
                    if stem.endswith(eth) and len(stem) > len(eth):
                        ethnic, stem = eth, stem[: -len(eth)]
                        break
            return stem, ethnic, suf
    return hanzi, "", None


def render(name: str, lang: str, suffix: Suffix | None, ethnic: str = "", stem_zh: str = "",
           drop_city: bool = False) -> str:
    """The name with its administrative word in ``lang`` (``en``, ``ru`` or ``vi``).

    Args:
        name: The stem already in ``lang`` (``Dinghu``, ``Динху``, ``Đỉnh Hồ``).
        lang: Target language.
        suffix: The unit, or None to return ``name`` unchanged.
        ethnic: Chinese ethnic part of an autonomous unit (``回族``), if any.
        stem_zh: The Chinese stem, to recognise municipalities.
        drop_city: Drop 市 everywhere instead of writing ``City``.
    """
    if suffix is None or (suffix.zh == "市" and (drop_city or stem_zh in MUNICIPALITIES)):
        return name
    eth = ETHNIC.get(ethnic)
    if lang == "en":
        return f"{name} {eth[0] + ' ' if eth else ''}{suffix.en}"
    if lang == "ru":
        if eth:
            return f"{name}-{eth[1]} {suffix.ru}"
        return f"{suffix.ru} {name}"
    if lang == "vi":
        return f"{suffix.vi} {eth[2] + ' ' if eth else ''}{name}"
    return name


def _ru_pattern() -> re.Pattern[str]:
    forms = sorted({f for s in SUFFIXES for f in s.ru_forms}, key=len, reverse=True)
    return re.compile(r"^(?:(" + "|".join(map(re.escape, forms)) + r")\s+(.+)|(.+?)\s+(" +
                      "|".join(map(re.escape, forms)) + r"))$", re.IGNORECASE)


def parse_ru(text: str) -> tuple[str, Suffix | None]:
    """``район Динху`` -> (``Динху``, 区); ``провинции Цзилинь`` -> (``Цзилинь``, 省)."""
    m = _ru_pattern().match(text.strip())
    if not m:
        return text.strip(), None
    word = (m.group(1) or m.group(4)).lower().replace("ё", "е")
    name = m.group(2) or m.group(3)
    for s in SUFFIXES:
        if word in (f.replace("ё", "е") for f in s.ru_forms):
            return name, s
    return text.strip(), None


def parse_vi(text: str) -> tuple[str, Suffix | None]:
    """``quận Đỉnh Hồ`` -> (``Đỉnh Hồ``, 区)."""
    t = text.strip()
    low = t.lower()
    for s in sorted(SUFFIXES, key=lambda s: -len(s.vi)):
        for word in (s.vi, "tp." if s.zh == "市" else "", "tp" if s.zh == "市" else ""):
            if word and low.startswith(word + " ") and len(t) > len(word) + 1:
                return t[len(word) + 1:].strip(), s
    return t, None


def parse_en(text: str) -> tuple[str, Suffix | None]:
    """``Dinghu District`` -> (``Dinghu``, 区)."""
    t = text.strip()
    for s in sorted(SUFFIXES, key=lambda s: -len(s.en)):
        if t.lower().endswith(" " + s.en.lower()):
            return t[: -len(s.en) - 1].strip(), s
    return t, None

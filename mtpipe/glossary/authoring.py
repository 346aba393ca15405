"""Build a glossary entry from hanzi: pinyin, Palladius and Sino-Vietnamese forms, admin suffixes."""

from __future__ import annotations

import re
from typing import Any

from ..translit.engine import palladius, pinyin_name, sino_vietnamese

__all__ = ["entry_from_hanzi", "ADMIN_SUFFIXES", "slug"]

#: hanzi suffix -> (English word, Russian word, Vietnamese word); longest first.
ADMIN_SUFFIXES = [
    ("自治区", "Autonomous Region", "автономный район", "khu tự trị"),
    ("自治州", "Autonomous Prefecture", "автономный округ", "châu tự trị"),
    ("自治县", "Autonomous County", "автономный уезд", "huyện tự trị"),
    ("新区", "New Area", "новый район", "khu mới"),
    ("街道", "Subdistrict", "улица", "phường"),
    ("区", "District", "район", "quận"),
    ("县", "County", "уезд", "huyện"),
    ("省", "Province", "провинция", "tỉnh"),
    ("镇", "Town", "посёлок", "thị trấn"),
    ("乡", "Township", "волость", "xã"),
]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def entry_from_hanzi(zh: str, kind: str = "person", reviewed: bool = False) -> dict[str, Any]:
    """A new entry dict for ``zh`` (persons: "Surname Given"; places with admin suffixes rendered).

    市 (city) is dropped from names, as English and Russian usage does (长春市 -> Changchun).
    """
    name = zh
    suffix = None
    if kind == "place":
        if name.endswith("市") and len(name) > 2:
            name = name[:-1]
        for h, en_w, ru_w, vi_w in ADMIN_SUFFIXES:
            if name.endswith(h) and len(name) > len(h):
                suffix = (en_w, ru_w, vi_w)
                name = name[: -len(h)]
                break
    en = pinyin_name(name, kind)
    ru = palladius(name, kind)
    vi = sino_vietnamese(name)
    if suffix:
        en = f"{en} {suffix[0]}"
        ru = f"{suffix[1]} {ru}"
        vi = f"{suffix[2]} {vi}"
    return {"id": slug(en), "kind": kind, "en": en, "zh": zh, "aliases": {"ru": [ru], "vi": [vi]},
            "reviewed": reviewed}

"""Chinese persons in Vietnamese text that need strong context (field trial 11, finding B).

:func:`mtpipe.glossary.mine_names._mine_vi` reads a capitalised run as a Chinese person when it starts
with a common surname's Sino-Vietnamese reading and carries marks.  Two kinds of real names fall outside
that: a surname of the Hundred Family Surnames outside the common list (农 Nông, 蓝 Lam, 岑 Sầm) and a
name whose reading has no marks (韦韬 Vi Thao).  Both shapes are also ordinary capitalised phrases
(Không Quân "air force", Mãn Châu "Manchuria", Tân Hoa Xã "Xinhua"), so they are read as persons only
where the text ties the person to China (:data:`STRONG_CHINESE`) and no organisation's word stands right
before the run (:data:`ORG_BEFORE`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .vi_names import VN_LEANING_SURNAMES, VN_SURNAMES, Verdict

#: the least ``Verdict.score`` that ties the person to China (a title with China or a Chinese place right before
#: the name, an office of China right after it; China merely named in the clause is 0.1)
STRONG_CHINESE = 0.15
#: an organisation's word right before a capitalised run: the run names it (hãng tin Tân Hoa Xã), no person
ORG_BEFORE = re.compile(r"(?:^|\s)(?:hãng(?: tin| thông tấn)?|thông tấn xã|báo|tờ|tạp chí|đài|kênh|công ty|tập đoàn|"
                        r"ngân hàng|trường|bệnh viện|quỹ|hội|nhà xuất bản)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def rare_surnames() -> frozenset[str]:
    """Sino-Vietnamese readings (lower case) of the Hundred Family Surnames outside the common list, less Việt
    Nam's own surnames (阮 reads Nguyễn)."""
    from ..translit.pinyin import BAIJIAXING
    from .mine_names import SURNAME_HANZI, _surnames_vi
    from ..translit.sinoviet import from_hanzi

    rare = frozenset(from_hanzi(ch).lower() for ch in BAIJIAXING if ch not in SURNAME_HANZI)
    return rare - _surnames_vi() - VN_SURNAMES - VN_LEANING_SURNAMES


def all_pinyin(words: Iterable[str]) -> bool:
    """True when every word parses as pinyin (Wang Yi): such a run is the English-text miner's."""
    from ..translit.pinyin import is_pinyin_word

    return all(is_pinyin_word(w) for w in words)


def strong_enough(verdict: Verdict, before: str) -> bool:
    """Whether ``verdict`` (of :func:`mtpipe.glossary.vi_names.classify`) ties the run to China strongly enough
    for a rare surname or a reading without marks, with ``before`` (the text right before the run) naming no
    organisation."""
    return verdict.kind == "chinese" and verdict.score >= STRONG_CHINESE and not ORG_BEFORE.search(before)

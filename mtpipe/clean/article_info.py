"""A CMS's article-info line: two or more of its fields on one line (issue 12, head105).

Joomla prints an article's info block over (or under) its text as its own language strings, one per field, the values
filled in: "Chuyên mục: %s", "Được đăng: %s", "Viết bởi %s", "Lượt xem: %s" (vi-VN), "Категория: %s", "Опубликовано:
%s", "Автор: %s", "Просмотров: %s" (ru-RU).  A scrape that flattens the block gives one line, "Chuyên mục: Truyện
ngắn - Bút kí - Tùy bút Được đăng: Thứ hai, 17 Tháng 2 2014 Viết bởi Nguyễn Văn Điệp" (held56's h56vi07, read after
its blind run).  One field alone can be a record's own value ("Chuyên mục: Đời sống xã hội", :mod:`.records`; "Автор:
…" a byline the byline rules weigh), so the strings stand in ``data/cms_strings.tsv`` as the ``article info`` part,
which :func:`.cms_strings.cms_string` leaves out; here a line is taken only when it opens with one field's label and
holds two fields of different labels at least, each value at most :data:`MAX_VALUE_WORDS` words (a sentence of the
text naming a category holds more words between).  A label is matched as the pack writes it, its colon included (a
sentence "Автор статьи …" is no field; "Được đăng ngày …", another pack's wording, is no field of this one).  The
rule is ``portal.cms_string`` (:mod:`.cms_strings`' layer calls it).

Dev (every part but held56): the lines of its shape are 2, both metadata (``=``) and both removed by earlier rules
already: "Категория: Огородные растения Опубликовано: Последние правки:", "Автор: Елена КИСЛИЦЫНА Категория: Лента
новостей Создано: 23.06.2022 13:51 Просмотров: 340"; no content line (``benchmarks/notes/head105.md``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cms_strings import CmsString

__all__ = ["MAX_VALUE_WORDS", "info_line"]

MAX_VALUE_WORDS = 12
MAX_CHARS = 300
_SLOT = re.compile(r"%(?:\d\$)?[sd]")


@lru_cache(maxsize=1)
def _firsts() -> frozenset[str]:
    """The labels' first words, casefolded (a line opening with none of them is no info line: perf)."""
    return frozenset(k.split()[0].rstrip(":") for k in _labels()[1])


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str] | None, dict[str, "CmsString"]]:
    """One pattern finding any field's label (its text before the slot, as the pack writes it) and the rows by label."""
    from .cms_strings import ARTICLE_INFO, rows

    by_label: dict[str, CmsString] = {}
    for r in rows():
        if r.part == ARTICLE_INFO:
            label = _SLOT.split(r.text)[0].strip()  # "Chuyên mục:" with its colon, "Viết bởi" without
            if label:
                by_label.setdefault(label.casefold(), r)
    if not by_label:
        return None, {}
    alts = "|".join(re.escape(k) for k in sorted(by_label, key=len, reverse=True))
    return re.compile(r"(?<![^\W_])(" + alts + r")(?![^\W_])", re.IGNORECASE), by_label


def info_line(s: str) -> "CmsString | None":
    """The first field's row when the whole line is a run of two or more article-info fields (module docstring)."""
    t = s.strip().lstrip("•·*-–— ")
    if not t or len(t) > MAX_CHARS or t.split(None, 1)[0].rstrip(":").casefold() not in _firsts():
        return None
    pat, by_label = _labels()
    if pat is None:
        return None
    found = list(pat.finditer(t))
    if len(found) < 2 or found[0].start() != 0:
        return None
    if len({m.group(1).casefold() for m in found}) < 2:
        return None
    ends = [m.start() for m in found[1:]] + [len(t)]
    if any(len(t[m.end():e].split()) > MAX_VALUE_WORDS for m, e in zip(found, ends)):
        return None
    return by_label[found[0].group(1).casefold()]

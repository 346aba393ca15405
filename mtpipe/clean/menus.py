"""Menus outside the article (``boilerplate.menu``): moved out of :mod:`.boilerplate` whole (twenty-seventh session,
to keep that module under the size guard), called from its ``_lists_and_runs``; the ledger's rule and notes unchanged."""
from __future__ import annotations

from . import furniture, guards, lead_titles, structure
from .features import _END, _stop_share, open_end
from .templates import words_at_least

__all__ = ["menus"]

_MENU_BULLET = tuple("•·*›»▪►")


def menus(lines: list[str], lang: str, removed: dict[int, tuple[str, str | None]],
           out: dict[int, tuple[str, str | None, dict[str, str]]], body: list[int]) -> None:
    """Menus outside the article, in place on ``out``: a run of three or more bulleted items of three
    words at most ("• Lưu trữ / • Thông báo / • Facebook"), or of six or more short lines (four words at
    most, no sentence end: "Thời sự Trung Quốc / Đời sống kinh tế / …"), before the article's first
    sentence or after its last one (inside the article such lines are a list the text holds).  Not a run
    whose items hold function words (a third or more: verse, a list of phrases), nor one cut after a
    function word."""
    n = len(lines)
    outside = [i for i in range(n) if i not in removed and i not in out and (not body or i < body[0] or i > body[-1])]
    runs: list[list[int]] = []
    for i in outside:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        texts = [lines[i].strip() for i in run]
        short = [not words_at_least(furniture.strip_bullet(t), 5) and len(t) <= 40 and t[-1:] not in _END for t in texts]
        k = 0
        while k < len(run):
            j = k
            while j < len(run) and short[j] and texts[j].startswith(_MENU_BULLET) \
                    and not words_at_least(furniture.strip_bullet(texts[j]), 4):
                j += 1
            if j - k >= 3:
                for r in run[k:j]:
                    out[r] = ("boilerplate.menu", f"one of {j - k} bulleted menu items outside the article", {})
                k = j
                continue
            j = k
            while j < len(run) and short[j]:
                j += 1
            with_stop = sum(_stop_share(texts[m], lang) > 0 or open_end(texts[m], lang) for m in range(k, j))
            if j - k >= 6 and 3 * with_stop < j - k and not guards.closes_page(run[k:j], n, body) \
                    and not structure.announced(lines, run[k], {*removed, *out}):  # a list the text announces (27d)
                spared = lead_titles.lead_title_tail(lines, run[k:j], body)  # the title the lead takes up (cp36)
                for r in (r for r in run[k:j] if r not in spared):
                    out[r] = ("boilerplate.menu", f"one of {j - k} short lines in a row outside the article", {})
            k = max(j, k + 1)

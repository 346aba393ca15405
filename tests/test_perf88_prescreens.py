"""perf88: two pieces of the cleaner's path with less work per page, each answering as its former code did
(``benchmarks/notes/perf88.md``).

* ``normalize.normalize_text``: the newline is part of ``_PLAIN_RUN`` (copied with the characters around it in one
  step, as pass 1 copied it alone: a control kept by ``_KEEP``, its own NFC); a run still gives back its last
  character when combining marks follow it, so a newline before marks goes the cluster's way as before.
* ``echoed_heads.echoed_heads``: the removed lines of a heading's shape are found first; a page with none returns
  before its long kept lines are read and stemmed (most pages: no ``boilerplate.region`` line of that shape).
* ``fee_rows.fee_runs``: a page with fewer than two price cells (a grid is two runs sharing a price, each run with
  a price cell of its own) answers at once, before every line is keyed.

The former code is copied below; made-up texts (newlines, CR, line and paragraph separators, spaces of every kind,
combining marks after a newline and after letters, controls, zero-width characters) and made-up pages (headings,
long lines, digits, stops, rules in and out of :data:`echoed_heads.RELEASED`) must get the same answers.
"""
from __future__ import annotations

import random
import re

from mtpipe import normalize
from mtpipe.clean import echoed_heads as eh
from mtpipe.clean import fee_rows as fr

# ---- the former code ---------------------------------------------------------------------------------------------

_PLAIN_RUN_BEFORE = re.compile("[\u0020-\u007e\u00a1-\u00ac\u00ae-\u024f\u0400-\u0482\u048a-\u04ff"
                               "\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e\u3001-\u3003\u3008-\u3011"
                               "\u4e00-\u9fff\uff01-\uff5e]+")


def _normalize_before(raw: str, monkeypatch) -> tuple[str, list[int]]:
    with monkeypatch.context() as m:
        m.setattr(normalize, "_PLAIN_RUN", _PLAIN_RUN_BEFORE)
        return normalize.normalize_text(raw)


def _echoed_heads_before(lines, removed_by):
    long_kept = [k for k, s in enumerate(lines) if k not in removed_by and len(eh._ANY.findall(s)) >= eh.BODY_WORDS]
    if not long_kept:
        return []
    stems = {k: set(eh._stems(lines[k])) for k in long_kept}
    first = next((k for k, s in enumerate(lines) if s.strip()), -1)
    out = []
    for i, rule in removed_by.items():
        if rule not in eh.RELEASED:
            continue
        s = lines[i].strip()
        words = eh._stems(s)
        if not 2 <= len(words) <= eh.WORDS or any(c.isdigit() for c in s) or eh._END.search(s):
            continue
        near = eh._neighbours(lines, i)
        if i != first and all(k in removed_by for k in near):
            continue
        body: set[str] = set().union(*(stems[k] for k in long_kept if k not in near))
        if all(w in body for w in words):
            out.append(i)
    return sorted(out)


def _fee_runs_before(lines, removed):
    idx = [i for i, s in enumerate(lines) if s.strip()]
    keys = {i: fr._key(lines[i]) for i in idx}
    counts: dict[str, int] = {}
    for i in idx:
        counts[keys[i]] = counts.get(keys[i], 0) + 1
    runs = []
    pos = 0
    while pos < len(idx):
        cells: list[int] = []
        k = pos
        while k < len(idx) and counts[keys[idx[k]]] >= 2 and len(cells) <= fr._MAX_RUN \
                and (fr.price_cell(lines[idx[k]]) or fr._note(lines[idx[k]])):
            cells.append(idx[k])
            k += 1
        label = idx[pos - 1] if pos else -1
        after = keys[idx[k]] if k < len(idx) else ""
        once = label >= 0 and label not in removed and counts[keys[label]] == 1
        if cells and len(cells) <= fr._MAX_RUN and any(fr.price_cell(lines[i]) for i in cells) and once \
                and any(c.isalpha() for c in lines[label]) and counts.get(after, 0) < 2:
            runs.append((label, cells))
        pos = k if cells else pos + 1
    return fr._grid(lines, idx, runs, keys)


# ---- normalize_text ------------------------------------------------------------------------------------------------

# pieces a scraped text is made of, and the characters pass 1 treats one at a time
_PIECES = ["Một", "ngày", "Москва", "слово", "the", "cat", "2024", ",", ".", "—", "«", "»", "“", "”", "中文",
           "e\u0301", "a\u0323\u0302", "\u0301", "\u0323\u0301", "\u0302\u0323", "\n", "\n", "\n\n", "\r\n", "\r",
           "\u2028", "\u2029", "\x0b", "\x0c", "\x85", " ", "  ", "\t", "\u00a0", "\u3000", "\u200b", "\u200d",
           "\u00ad", "\x07", "\ufeff", "№", "ο", "📹", "\ufe0f", "\u034f"]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        out.append("".join(rng.choice(_PIECES) + (" " if rng.random() < 0.3 else "")
                           for _ in range(rng.randint(0, 40))))
    # a newline right before combining marks, at the start, the end and inside a run
    out += ["\n\u0301abc", "abc\n\u0301", "abc\n\u0323\u0301def\n", "\n\n\u0302", "x\n\ny\u0301\nz",
            "a\u0301\nb", "\u0301\n", "\n", "", "  \n  ", "dòng một\ndòng hai\n\n\ndòng ba  \n"]
    return out


def test_normalize_text_as_before(monkeypatch):
    for t in _texts(88, 6000):
        assert normalize.normalize_text(t) == _normalize_before(t, monkeypatch), repr(t)


def test_plain_run_holds_the_newline_and_no_other_control():
    assert normalize._PLAIN_RUN.fullmatch("a\nb") is not None
    for ch in "\r\x0b\x0c\x85\u2028\u2029\t\u00a0\u00ad\u200b\u0301":
        assert normalize._PLAIN_RUN.fullmatch(ch) is None, repr(ch)


# ---- echoed_heads ----------------------------------------------------------------------------------------------------

_LONG = ["Đà Nẵng là thành phố biển nổi tiếng của miền Trung với nhiều bãi tắm đẹp.",
         "Совет депутатов района Республики Карелия решил утвердить план работы на год.",
         "Chiến dịch mùa hè xanh là hoạt động tình nguyện của sinh viên vào dịp hè.",
         "Новости района за неделю: в районе открыли новую школу и дорогу к ней."]
_SHORT = ["Đà Nẵng", "Республика Карелия", "mùa hè xanh", "Новости района", "Sắp đến", "Главная", "Контакты",
          "Tư vấn 1900 6868", "Совет депутатов.", "Chiến dịch mùa hè xanh", "Võ Đường Số", "Bài viết", "", "  ",
          "Đà Nẵng Đà Nẵng Đà Nẵng Đà Nẵng Đà Nẵng Đà Nẵng Đà Nẵng", "Республики Карелия:"]
_RULES = ["boilerplate.region", "boilerplate.region", "boilerplate.byline", "boilerplate.short_run", "menus.nav"]


def _pages(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        lines = [rng.choice(_LONG) if rng.random() < 0.3 else rng.choice(_SHORT) for _ in range(rng.randint(0, 12))]
        removed = {i: rng.choice(_RULES) for i, s in enumerate(lines) if s.strip() and rng.random() < 0.6}
        yield lines, removed


def test_echoed_heads_as_before():
    taken = 0
    for lines, removed in _pages(88, 20000):
        got = eh.echoed_heads(lines, removed)
        assert got == _echoed_heads_before(lines, removed), (lines, removed)
        taken += bool(got)
    assert taken > 100  # the made-up pages reach the take-back itself, not only the early answers


def test_echoed_heads_without_a_region_heading_answers_at_once():
    lines = ["Новости района", _LONG[1], "", "Главная", _LONG[3]]
    assert eh.echoed_heads(lines, {0: "boilerplate.region"}) == [0]
    assert eh.echoed_heads(lines, {0: "boilerplate.byline"}) == []
    assert eh.echoed_heads(lines, {3: "boilerplate.region"}) == []  # one word: no heading's shape


# ---- fee_runs ----------------------------------------------------------------------------------------------------------

_FEE_LABELS = ["Один ребёнок", "Двое детей*", "Семьи с тремя детьми*", "Gói cơ bản", "Gói nâng cao", "Basic plan",
               "Кофеварка", "В корзину", ""]
_PRICES = ["2500 рублей/месяц", "2500  РУБЛЕЙ/месяц", " 3600 рублей/месяц ", "350.000 đồng/tháng", "от 900 руб. в месяц",
           "1800 рублей/месяц (за каждого)", "45 €"]
_NOT_PRICES = ["(с каждого)", "(С каждого)", "(по справке)", "2500", "2500 человек", "   ", "Подробнее"]


def _fee_pages(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        # the page's price cells: none, one (printed once or several times over), or a few
        prices = rng.sample(_PRICES, rng.choice([0, 0, 1, 1, 2, 3]))
        lines: list[str] = []
        for _ in range(rng.randint(1, 6)):
            lines.append(rng.choice(_FEE_LABELS))
            lines += [rng.choice(prices) if prices and rng.random() < 0.5 else rng.choice(_NOT_PRICES)
                      for _ in range(rng.randint(0, 6))]
        if rng.random() < 0.2:
            rng.shuffle(lines)
        yield lines, {i: "dedupe.exact" for i in range(len(lines)) if rng.random() < 0.15}


def test_fee_runs_as_before():
    found = few = 0
    for lines, removed in _fee_pages(88, 6000):
        got = fr.fee_runs(lines, removed)
        assert got == _fee_runs_before(lines, removed), lines
        found += bool(got)
        few += sum(map(fr.price_cell, lines)) < 2
    assert found > 50 and few > 1000  # both the grids and the pages answered at once are reached


def test_fee_runs_one_price_printed_twice_is_no_grid():
    lines = ["Один ребёнок", "2500 рублей/месяц", "(с каждого)", "Двое детей", "(с каждого)", "2500"]
    assert fr.fee_runs(lines, {}) == [] == _fee_runs_before(lines, {})
    lines = ["Один ребёнок", "2500 рублей/месяц", "(с каждого)", "Двое детей", "2500 рублей/месяц", "(с каждого)"]
    assert fr.fee_runs(lines, {}) == [(0, [1, 2]), (3, [4, 5])] == _fee_runs_before(lines, {})

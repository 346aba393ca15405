"""perf87: the forty-first session's new layers with their repeated work done once, each answering as its former
code did (``benchmarks/notes/perf87.md``).

* ``fee_rows.fee_runs``: each non-blank line's key (:func:`fee_rows._key`, spaces collapsed, case folded) is made
  once per call, not once per look (49k calls on the dev text pages); the keys are those of the same lines.

The former code is copied below; made-up fee grids, product cards and shuffled mixtures of their lines (spaces and
case varied, so that lines share a key without sharing their text) must get the same answers.
"""
from __future__ import annotations

import random

from mtpipe.clean import fee_rows as fr

# ---- the former code ---------------------------------------------------------------------------------------------


def _fee_runs_before(lines, removed):
    idx = [i for i, s in enumerate(lines) if s.strip()]
    counts: dict[str, int] = {}
    for i in idx:
        counts[fr._key(lines[i])] = counts.get(fr._key(lines[i]), 0) + 1
    runs = []
    pos = 0
    while pos < len(idx):
        cells: list[int] = []
        k = pos
        while k < len(idx) and counts[fr._key(lines[idx[k]])] >= 2 and len(cells) <= fr._MAX_RUN \
                and (fr.price_cell(lines[idx[k]]) or fr._note(lines[idx[k]])):
            cells.append(idx[k])
            k += 1
        label = idx[pos - 1] if pos else -1
        after = fr._key(lines[idx[k]]) if k < len(idx) else ""
        once = label >= 0 and label not in removed and counts[fr._key(lines[label])] == 1
        if cells and len(cells) <= fr._MAX_RUN and any(fr.price_cell(lines[i]) for i in cells) and once \
                and any(c.isalpha() for c in lines[label]) and counts.get(after, 0) < 2:
            runs.append((label, cells))
        pos = k if cells else pos + 1
    return _grid_before(lines, idx, runs)


def _grid_before(lines, idx, runs):
    order = {i: n for n, i in enumerate(idx)}
    out = []
    chain = []
    for run in runs + [(-1, [])]:
        if chain and run[1] and order[run[0]] - order[chain[-1][1][-1]] <= fr._GAP:
            chain.append(run)
            continue
        prices = [{fr._key(lines[i]) for i in c if fr.price_cell(lines[i])} for _, c in chain]
        shared = len(prices) >= fr._MIN_RUNS and any(sum(p in q for q in prices) >= 2 for p in set().union(*prices))
        if shared:
            out.extend(chain)
        chain = [run] if run[1] else []
    return out


# ---- made-up lines -----------------------------------------------------------------------------------------------

_LABELS = ["Один ребёнок", "Двое детей*", "Семьи с тремя детьми*", "Семьи военнослужащих*", "Gói cơ bản",
           "Gói nâng cao", "Basic plan", "Чайник стальной", "Кофеварка", "В корзину", "Контакты школы", ""]
_CELLS = ["2500 рублей/месяц", "2500  рублей/месяц", "2500 РУБЛЕЙ/МЕСЯЦ", " 3600 рублей/месяц ", "(с каждого)",
          "(С каждого)", "(по справке)", "350.000 đồng/tháng", "350.000  Đồng/tháng", "1 990 руб.", "45 €",
          "от 900 руб. в месяц", "1800 рублей/месяц (за каждого)", "2500", "   "]


def _pages(n: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(n):
        lines: list[str] = []
        for _ in range(rnd.randint(1, 8)):
            lines.append(rnd.choice(_LABELS))
            lines += [rnd.choice(_CELLS) for _ in range(rnd.randint(0, 10))]
        if rnd.random() < 0.3:
            rnd.shuffle(lines)
        removed = {i: "dedupe.exact" for i in range(len(lines)) if rnd.random() < 0.15}
        yield lines, removed


def test_fee_runs_answers_as_before():
    found = 0
    for lines, removed in _pages(3000, 87):
        after = fr.fee_runs(lines, removed)
        assert after == _fee_runs_before(lines, removed), lines
        found += bool(after)
    assert found > 50  # the made-up pages hold grids (the comparison reaches the grid's code)

"""perf87: the forty-first session's new layers with their repeated work done once, each answering as its former
code did (``benchmarks/notes/perf87.md``).

* ``fee_rows.fee_runs``: each non-blank line's key (:func:`fee_rows._key`, spaces collapsed, case folded) is made
  once per call, not once per look (49k calls on the dev text pages); the keys are those of the same lines.
* ``page_furniture96b``: ``rank_of`` reads its first character (every match opens with a bullet or dash) before its
  pattern; ``comment_call`` folds the line's tail once, not once a seed; ``channel_link`` needs a "/" (every seed
  holds one) before its six seeds; ``weekday_heads`` needs the line's last character to be the comma its pattern
  ends in.
* ``page_furniture97r.field_label``: the line's first character (a dash) and last (the colon) before its words are
  counted and its pattern is read.

The former code is copied below; made-up fee grids, product cards and shuffled mixtures of their lines (spaces and
case varied, so that lines share a key without sharing their text) must get the same answers.
"""
from __future__ import annotations

import random
import re

from mtpipe.clean import fee_rows as fr
from mtpipe.clean import page_furniture96b as pf
from mtpipe.clean import page_furniture97r as pr

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


def _rank_of_before(s):
    m = pf._RANKED.match(s.strip())
    return int(m.group(1)) if m and m.group(2).isupper() else None


def _comment_call_before(s):
    t = s.strip()
    if len(t) > pf.CHARS_A_WORD * pf.COMMENT_WORDS or not any(w in t[-80:].casefold() for w in pf._COMMENT_SEEDS):
        return False
    return len(t.split()) <= pf.COMMENT_WORDS and pf._COMMENT_CALL.search(t) is not None


def _channel_link_before(s):
    t = s.strip()
    if len(t) > pf.CHARS_A_WORD * pf.CHANNEL_WORDS or not any(w in t for w in pf._CHANNEL_SEEDS):
        return False
    m = pf._CHANNEL.search(t)
    if m is None or len(t.split()) > pf.CHANNEL_WORDS:
        return False
    head = t[:m.start()].rstrip(" -–—:|")
    return not re.search(r"[.!?…]", head)


def _weekday_heads_before(lines, removed):
    out = {}
    for i, s in enumerate(lines):
        if i in removed or pf._WEEKDAY.fullmatch(s.strip()) is None:
            continue
        j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if j is not None and j in removed and lines[j].strip()[:1].isdigit():
            out[i] = ("boilerplate.weekday_head", "a date widget's weekday over its removed date")
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


_PARTS = ["- 1 Thông tư liên tịch", "– 2 Nghị định 79/2003", "— 3 Luật", "• 4 Закон", "· 5 title", "-2 стакана муки",
          "- 29 и 30 апреля", "1 Thông tư", "Пишите комментарии под новостью.", "Делитесь мнением в комментариях",
          "Hãy để lại bình luận bên dưới", "Let us know in the comments", "leave a comment below!", "комментарии",
          "новости онлайн Киров -", "https://t.me/vesti_ko", "zalo.me/g/abc", "vk.com/club1", "T.ME/x", "dzen.ru/a",
          "ok.ru/group", "telegram.me/y", "Пятница,", "четверг,", "Thứ hai,", "Chủ nhật,", "Sunday,", "THỨ 2",
          "8 июля 2005 г.", "18 апреля 2024 г.", "Сегодня.", "/", "//", ",", ", ", "  ", "\t", "\u00a0", "—", "…"]


def _line(rnd):
    s = " ".join(rnd.choice(_PARTS) for _ in range(rnd.randint(1, 4)))
    s = "".join(c.upper() if rnd.random() < 0.1 else c for c in s)
    return rnd.choice(["", " ", "\t", "\u00a0"]) + s + rnd.choice(["", " ", "\t", "\u00a0", ",", " ,"])


def test_page_furniture96b_tests_answer_as_before():
    rnd = random.Random(87)
    hits = {"rank": 0, "comment": 0, "channel": 0}
    for _ in range(20000):
        s = _line(rnd)
        r = pf.rank_of(s)
        assert r == _rank_of_before(s), s
        assert pf.comment_call(s) == _comment_call_before(s), s
        assert pf.channel_link(s) == _channel_link_before(s), s
        hits["rank"] += r is not None
        hits["comment"] += pf.comment_call(s)
        hits["channel"] += pf.channel_link(s)
    assert min(hits.values()) > 20, hits  # each test says yes on some lines (the comparison reaches its pattern)


def test_weekday_heads_answer_as_before():
    rnd = random.Random(870)
    found = 0
    for _ in range(3000):
        lines = [_line(rnd) if rnd.random() < 0.7 else rnd.choice(["Пятница,", " Sunday, ", "8 июля 2005 г.", ""])
                 for _ in range(rnd.randint(1, 12))]
        removed = {i: "x" for i in range(len(lines)) if rnd.random() < 0.4}
        after = pf.weekday_heads(lines, removed)
        assert after == _weekday_heads_before(lines, removed), lines
        found += bool(after)
    assert found > 50


def _field_label_before(s):
    t = s.strip()
    return len(t.split()) <= pr.LABEL_WORDS + 1 and pr._FIELD_LABEL.fullmatch(t) is not None


def test_field_label_answers_as_before():
    rnd = random.Random(8797)
    heads = ["-", "–", "—", "•", "·", "*", "- ", "– ", "—\t", "• ", "-\u00a0", "", " "]
    words = ["Номер фонда", "Крайние даты", "Mã số", "Fund", "a b c d e f g h i", ":", "Р-70", "1971–2005", "x:y"]
    tails = [":", " :", ": ", ":\t", "", ".", ":.", "::"]
    found = 0
    for _ in range(20000):
        s = rnd.choice(heads) + " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 3))) + rnd.choice(tails)
        s = rnd.choice(["", " ", "\t"]) + s + rnd.choice(["", " ", "\n"])
        assert pr.field_label(s) == _field_label_before(s), s
        found += pr.field_label(s)
    assert found > 500

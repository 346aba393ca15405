"""perf91's exact screens answer as the scans they stand before (benchmarks/notes/perf91.md)."""

from __future__ import annotations

import random

from mtpipe.clean import link_lists, time_lists
from mtpipe.clean.link_lists import _LINK, _links_fewer, linked_items, title_links
from mtpipe.clean.time_lists import row_wraps, time_row

_PIECES = ["http://", "HTTPS://", "https://", "t.me/", "T.ME/", "www.", "WWW.", "ww.", "t.m/", "htp://",
           "x", "site.ru/a", "Праздник", "урожая", "в", "ГУМе", "–", "•", "1.", "\"", "«", "a b", " ", "  ", "\t",
           "news", "/", ".", "12"]


def _line(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6)))


def test_link_screen_counts_the_links_of_each_line() -> None:
    rng = random.Random(91)
    for _ in range(3000):
        lines = [_line(rng) for _ in range(rng.randint(0, 9))]
        per_line = sum(len(_LINK.findall(s)) for s in lines)
        for n in (1, 2, 3, 4):
            assert _links_fewer(lines, n) == (per_line < n), lines


def test_link_screen_passes_every_page_the_lists_read() -> None:
    rng = random.Random(191)
    hits = 0
    for _ in range(4000):
        lines = [_line(rng) for _ in range(rng.randint(2, 10))]
        for k in rng.sample(range(len(lines)), min(len(lines), rng.randint(0, 4))):
            lines[k] = rng.choice(["https://t.me/a/%d" % k, "– Заголовок новости https://x.ru/%d" % k, "Фестиваль"])
        found = title_links(lines) | linked_items(lines, {})
        if found:
            hits += 1
            assert not _links_fewer(lines, min(link_lists.MIN_PAIRS, link_lists.MIN_ITEMS)), lines
    assert hits > 20  # the made-up pages reach both shapes


def test_link_screen_lets_three_pairs_through() -> None:
    lines = ["Праздник урожая", "https://x.ru/a/1", "Фестиваль", "t.me/a/2", "Концерт", "www.x.ru/3"]
    assert not _links_fewer(lines, 3)
    assert title_links(lines) == {0, 2, 4}
    assert _links_fewer(lines[:4], 3) and title_links(lines[:4]) == set()


def _former_departures(lines: list[str], i: int) -> bool:
    if time_row(lines[i]):
        return True
    above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    return row_wraps(above, lines[i])


def test_departures_as_before() -> None:
    rng = random.Random(291)
    bits = ["06:45", "9:30", ", ", "; ", " ", "в субботу —", "17:30", "6-05", ":", "10:15:30", "x", "", "—", ".", "12"]
    wraps = 0
    for _ in range(6000):
        lines = ["".join(rng.choice(bits) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.2:  # a row running on past its last time, its tail under it
            k = rng.randrange(len(lines))
            lines[k:k] = ["06:45, 09:45, в субботу — 13:30, в воскресенье —", rng.choice(["17:30", " 17:30, 18:00", "x"])]
        for i in range(len(lines)):
            want = _former_departures(lines, i)
            assert time_lists.departures(lines, i) == want, (lines, i)
            wraps += want and not time_row(lines[i])
    assert wraps > 0  # a wrapped tail (no row itself) is met

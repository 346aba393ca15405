"""tools/line_classifier_transfer.py (issue 12, round 48c): the unseen part never trains its fold, the parts never
read stay out of every recipe, the n-gram lexicon's tokens."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import line_classifier_transfer as lt  # noqa: E402
import train_line_classifier as tl  # noqa: E402


def test_blind_is_the_trainers_less_the_former_blind_parts(monkeypatch):
    # parts made blind after the tool was written (held37, held38, held39, held40, held41, held42, held43, held44,
    # held45, held46, held47, held48, held49, held50, held51, held52, held53, held54, held55 and held56 are in the
    # trainer's BLIND already;
    # "held99" stands for the next);
    # held36 is a fold since round 51
    monkeypatch.setattr(tl, "BLIND", tl.BLIND + ("held99",))
    assert lt.blind() == ("held37", "held38", "held39", "held40", "held41", "held42", "held43", "held44", "held45",
                          "held46", "held47", "held48", "held49", "held50", "held51", "held52", "held53", "held54",
                          "held55", "held56", "held99")
    assert "held36" in lt.FOLDS
    assert not set(lt.blind()) & set(lt.FORMER_BLIND)
    for train, _extra, _l2, _guards in lt.recipes().values():
        assert not train & {"held37", "held38", "held39", "held40", "held41", "held42", "held43", "held44", "held45",
                            "held46", "held47", "held48", "held49", "held50", "held51", "held52", "held53",
                            "held54", "held55", "held56", "held99"}
    assert set(lt.FOLDS) <= set(lt.FORMER_BLIND)


def test_the_shipped_recipe_is_the_trainers_parts():
    tl.configure(True)
    train, extra, l2, guards = lt.recipes()["shipped"]
    assert train == frozenset(tl.TRAIN_PARTS) and extra == () and l2 == tl.HELD_L2 and guards == "before"
    assert not train & set(lt.FOLDS)
    # the recipes a trainer may ship (no blind part): the shipped and ADDABLE parts, either guard rule
    for name in ("shipped+guards", "addable", "addable+guards", "addable+shape+guards", "shipped+nolex+guards"):
        train, _extra, _l2, guards = lt.recipes()[name]
        assert not train & set(tl.BLIND) and guards == ("after" if name.endswith("+guards") else "before")


def test_ngram_tokens_are_the_words_and_their_four_grams():
    assert lt.ngram_words("Главная") == ["главная", "^гла", "глав", "лавн", "авна", "вная", "ная$"]
    assert lt.ngram_words("a 12") == []  # no word of two letters
    assert lt.ngram_words("Xem") == ["xem", "^xem", "xem$"]


def _data(flip: bool = False) -> tuple[list, list, dict]:
    """Three parts of two pages, twelve rows each: clutter rows high on the first feature; ``flip``: the labels of
    part c reversed."""
    rs = np.random.RandomState(0)
    rows, docs, sites = [], [], {}
    for part in ("a", "b", "c"):
        for d in range(2):
            doc = f"{part}{d}"
            sites[doc] = doc
            lines = []
            for k in range(12):
                y = k % 2
                text = f"строка {part} {k} {'меню' if y else 'текст'}"
                lines.append(("-" if y else "+", text))
                label = 1 - y if flip and part == "c" else y
                rows.append((part, doc, [float(y) * 2 + rs.normal(), rs.normal()], label, text, "ru", True))
            docs.append((part, doc, lines))
    return rows, docs, sites


def test_a_fold_never_trains_on_its_unseen_part():
    tl.configure(True)
    rows, docs, sites = _data()
    got = lt.fold(rows, docs, frozenset("abc"), "c", False, sites)
    flipped = lt.fold(_data(True)[0], docs, frozenset("abc"), "c", False, sites)
    assert got["cuts"] == flipped["cuts"]  # the cuts and the model are the other parts' only
    assert (got["clutter"], got["content"]) == (12, 12) and (flipped["clutter"], flipped["content"]) == (12, 12)
    assert got["caught"] == flipped["lost"] and got["lost"] == flipped["caught"]


def test_a_fold_counts_after_the_page_guards_and_before(monkeypatch):
    # round 51: the unseen part's content rows the page's guards keep are no loss (after), still counted before;
    # part c's labels reversed, so its judged content rows score high.  The cuts of rounds 20-57 (no floor above
    # 0.5, margin 0.001): round 58's floor (0.9) sits above these synthetic rows' scores
    monkeypatch.setattr(tl, "FLOOR", 0.5)
    monkeypatch.setattr(tl, "MARGIN", 0.001)
    tl.configure(True)
    flipped, docs, sites = _data(True)
    rows = [r + (r[0] == "c" and r[3] == 0,) for r in flipped]
    got = lt.fold(rows, docs, frozenset("abc"), "c", False, sites)
    assert got["content"] == 0 and got["lost"] == 0 and got["lost_before"] > 0
    assert got["caught"] == got["caught_before"] and len(got["spared_lines"]) == got["lost_before"]
    # the cuts set on training parts whose content rows are spared: chosen on the others only (none: the floor)
    rows = [r + (r[0] != "c" and r[3] == 0,) for r in _data()[0]]
    after = lt.fold(rows, docs, frozenset("abc"), "c", False, sites, "after")
    before = lt.fold(rows, docs, frozenset("abc"), "c", False, sites, "before")
    assert after["cuts"]["ru"] < before["cuts"]["ru"] and after["cuts"]["ru"] == 0.502  # 0.5 floor + MARGIN

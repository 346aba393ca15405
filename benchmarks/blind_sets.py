"""The one place that names the blind data: the parts and sets measured blind this session, and those never trained on.

Two facts, kept apart:

* ``CURRENT``: the realpages parts (``.ann`` file stems) and spam sets (``langfresh*`` folders) measured blind THIS
  session.  Every tool that reads all the data (``benchmarks/clutter_left.py`` and ``benchmarks/clutter_evidence.py``
  through it, ``tools/front_digest.py``,
  ``benchmarks/spam_context_controls.py``, ``benchmarks/autonames_precision.py --realpages``,
  ``benchmarks/glossary_edit_scope.py``, ``tools/build_langid_mixed15.py``, ``benchmarks/spam_sets.py``,
  ``benchmarks/blind_now.py --dev-folder``) leaves them out, and ``benchmarks/blind_now.py`` measures them.  A new
  session replaces it.
* ``NEVER_TRAIN_PAGES`` / ``NEVER_TRAIN_SETS``: the realpages parts never trained on or counted
  (``tools/train_line_classifier.py``, ``tools/rule_precision.py``, ``tests/test_clean_classifier.py``) and the
  spam sets never read by ``tools/build_letter_shapes.py``.  They grow every session (a part measured blind joins them).

Nothing but the data and two filters; importing it reads nothing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, TypeVar

#: measured blind this session (the forty-fourth): a realpages part and a spam set
CURRENT: tuple[str, ...] = ("held56", "langfresh50")
#: realpages parts never trained on: the thirteenth session's blind parts (held26, crawl12), then one held part per
#: session from the fourteenth's held27 to the forty-fourth's held56 (held24, crawl10, held25 and crawl11 were measured
#: blind and joined the training parts in round 32c)
NEVER_TRAIN_PAGES: tuple[str, ...] = ("held26", "crawl12", "held27", "held28", "held29", "held30", "held31", "held32",
                                      "held33", "held34", "held35", "held36", "held37", "held38", "held39",
                                      "held40", "held41", "held42", "held43", "held44", "held45",
                                      "held46", "held47", "held48", "held49",
                                      "held50", "held51", "held52", "held53", "held54",
                                      "held55", "held56")
#: spam sets never read to build the letter-shape model (the twenty-second to forty-fourth sessions' langfresh sets)
NEVER_TRAIN_SETS: tuple[str, ...] = ("langfresh28", "langfresh29", "langfresh30", "langfresh31", "langfresh32",
                                     "langfresh33", "langfresh34", "langfresh35", "langfresh36",
                                     "langfresh37", "langfresh38", "langfresh39", "langfresh40",
                                     "langfresh41", "langfresh42", "langfresh43",
                                     "langfresh44", "langfresh45", "langfresh46", "langfresh47",
                                     "langfresh48", "langfresh49", "langfresh50")
#: both never-train lists (names do not collide: part stems are held*/crawl*, set folders langfresh*)
NEVER_TRAIN: tuple[str, ...] = NEVER_TRAIN_PAGES + NEVER_TRAIN_SETS

P = TypeVar("P", str, Path)


def is_current(path: str | Path) -> bool:
    """Whether ``path`` (an ``.ann`` file, a ``langfresh*`` folder or a file inside one, or a bare name) is blind now."""
    p = Path(path)
    return p.stem in CURRENT or p.name in CURRENT or p.parent.name in CURRENT


def without_current(paths: Iterable[P]) -> list[P]:
    """``paths`` less those ``is_current`` names, in their order."""
    return [p for p in paths if not is_current(p)]

"""The options of glossary term protection: which strategies run, and how outputs are tidied.

:class:`ProtectOptions` travels with the :class:`~mtpipe.glossary.protect.Protect` stage to the
translate step (:mod:`mtpipe.glossary.strategies`) and to :func:`~mtpipe.glossary.restore.restore`;
:data:`STRATEGIES` lists the strategies in their default order.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..placeholders import DEFAULT_SHAPE, SHAPES

__all__ = ["ProtectOptions", "STRATEGIES"]

#: Every strategy, in the default order.
STRATEGIES = ("placeholder", "inline", "pieces")
_STRATEGY_NAME = {"placeholder": "direct", "inline": "inline", "pieces": "pieces"}


@dataclass
class ProtectOptions:
    """Options of term protection.

    Attributes:
        strategies: Strategies tried in order, any of :data:`STRATEGIES`
            (default: all three).  Drop ``pieces`` to keep fluency and accept
            unverified terms instead; drop ``placeholder`` for models that
            never carry placeholders through.
        capitalize_en: Capitalise an English output whose first letter is lower
            case (a restored term such as "one county, one park..." at the start
            of a sentence).  Default: True.
        tidy_zh: Remove spaces the model put between a Chinese term and the
            Chinese text around it.  Default: True.
        copy_symbol_pieces: In the pieces strategy, copy a piece without letters
            (punctuation, numbers) instead of asking the model.  Default: True.
        shape: Placeholder shape, a name in :data:`mtpipe.placeholders.SHAPES`
            (default ``term``: ``TERM0``, ``TERM1``...); the term probe picks the one
            a model carries through best.
    """

    strategies: tuple[str, ...] = STRATEGIES
    capitalize_en: bool = True
    tidy_zh: bool = True
    copy_symbol_pieces: bool = True
    shape: str = DEFAULT_SHAPE

    def __post_init__(self) -> None:
        if self.shape not in SHAPES:
            raise ValueError(f"unknown placeholder shape {self.shape!r}; choose from {', '.join(SHAPES)}")
        bad = [s for s in self.strategies if s not in STRATEGIES]
        if bad:
            raise ValueError(f"unknown protection strategies {bad}; choose from {', '.join(STRATEGIES)}")

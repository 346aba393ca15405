"""Which model translates what: routes, model groups and their names.

One place answers, for a source and a target language, whether a route
exists, which sources share one model (and so one batch), and what the
outputs name as the model.  The translate stage, the front stages' token
budget and the model check all ask here.
"""

from __future__ import annotations

from .config import Config, ConfigError

__all__ = ["Routes"]


class Routes:
    """The config's routes into a job's targets.

    Args:
        config: The loaded config.
        targets: The job's target languages.
    """

    def __init__(self, config: Config, targets: tuple[str, ...]) -> None:
        self.config = config
        self.targets = tuple(targets)

    def routable(self, src: str, tgt: str) -> bool:
        """Whether the config has a route (direct or pivot) from ``src`` to ``tgt``."""
        try:
            self.config.route(src, tgt)
            return True
        except ConfigError:
            return False

    def targets_of(self, src: str) -> tuple[str, ...]:
        """The job's targets ``src`` has a route to (itself excluded)."""
        return tuple(t for t in self.targets if t != src and self.routable(src, t))

    def shared_model(self, src: str, tgt: str) -> str | None:
        """``model:NAME`` when ``src -> tgt`` is one Marian hop whose input does not depend on ``src``."""
        hops = self.config.route(src, tgt)
        if len(hops) != 1 or src == "zh":
            return None
        spec = hops[0][2]
        return f"model:{spec.name}" if spec.family == "marian" else None

    def group_key(self, src: str, tgt: str) -> str:
        """The batch a ``src -> tgt`` segment joins: its shared model, else its source language.

        Sources that one Marian model takes alike (ru and vi into one English model) go to it in
        one batch; NLLB and pivots depend on the source language.
        """
        return self.shared_model(src, tgt) or f"src:{src}"

    def model_name(self, src: str, tgt: str) -> str:
        """What a translation records as its model: the route's models joined by ``+``."""
        return "+".join(spec.name for _, _, spec in self.config.route(src, tgt))

"""The languages mtpipe handles: one list, imported wherever a language list is needed."""

from __future__ import annotations

__all__ = ["LANGUAGES", "TARGETS"]

#: Source languages, in the order the config, cleaning, segmentation and detection try them.
LANGUAGES: tuple[str, ...] = ("ru", "vi", "en", "zh")
#: Languages mtpipe writes (every output has one translation per target).
TARGETS: tuple[str, ...] = ("en", "zh")

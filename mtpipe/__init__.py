"""mtpipe: noisy Russian/Vietnamese documents in, aligned English and Chinese out.

Importing mtpipe does nothing but define names: no models load, no folders are
made, no logging is configured.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Config, ConfigError, DecodingOptions, ModelSpec, load_config
from .document import Document, InvariantError, LedgerEntry, Segment, Term, Translation
from .stages import Pipeline, PipelineError, Stage

__all__ = [
    "__version__",
    "Config",
    "ConfigError",
    "DecodingOptions",
    "ModelSpec",
    "load_config",
    "Document",
    "InvariantError",
    "LedgerEntry",
    "Segment",
    "Term",
    "Translation",
    "Pipeline",
    "PipelineError",
    "Stage",
]

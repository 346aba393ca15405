"""Model registry and run configuration, read from TOML.

A config file names models and routes language pairs to them::

    [models.opus-mt-ru-en]
    family = "marian"                     # marian | nllb
    hf_id = "Helsinki-NLP/opus-mt-ru-en"  # where `mtpipe models fetch` gets it
    # path = "/models/opus-mt-ru-en-ct2"  # a local CTranslate2 dir (wins over the cache)
    max_input_length = 512                # tokens, never above the position limit
    # target_prefix_tokens = { zh = ">>cmn_Hans<<" }   # Marian multi-target models
    # lang_codes = { ru = "rus_Cyrl" }                   # NLLB codes

    [routes]
    "ru-en" = "opus-mt-ru-en"
    "ru-zh" = "nllb-200-distilled-600M"
    # "vi-zh" = "pivot:en"               # translate to English, then English -> Chinese

Relative ``path`` values are resolved against the config file's folder, so a
config written next to its models (as ``mtpipe models build-test`` does) can be
moved with them.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .languages import LANGUAGES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = [
    "ConfigError",
    "ModelSpec",
    "DecodingOptions",
    "Config",
    "load_config",
    "default_config_path",
    "default_cache_dir",
    "package_data",
    "NLLB_CODES",
    "NON_COMMERCIAL",
]

#: Licences that forbid commercial use (a job using such a model prints a warning).
NON_COMMERCIAL = ("CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0")

#: NLLB-200 language codes for the languages mtpipe handles.
NLLB_CODES = {"ru": "rus_Cyrl", "vi": "vie_Latn", "en": "eng_Latn", "zh": "zho_Hans"}

FAMILIES = ("marian", "nllb")



@dataclass
class DecodingOptions:
    """Decoding settings passed to CTranslate2.

    Attributes:
        beam_size: Beam width; 1 is greedy (fastest on CPU).
        max_decoding_length: Hard cap on output tokens (always set).
        min_decoding_length: Lower bound on output tokens (benchmarks fix both).
        length_penalty: Beam-search length penalty.
        repetition_penalty: >1 discourages repeated tokens.
        no_repeat_ngram_size: Forbid repeating n-grams of this size (0 = off).
        max_batch_tokens: Token budget per batch (``batch_type="tokens"``).
    """

    beam_size: int = 2
    max_decoding_length: int = 256
    min_decoding_length: int = 0
    length_penalty: float = 1.0
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0
    max_batch_tokens: int = 2048

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ModelSpec:
    """One translation model.

    Attributes:
        name: Registry name (the TOML table key).
        family: ``marian`` or ``nllb``.
        hf_id: Hugging Face id used by ``models fetch`` (a Marian or NLLB checkpoint).
        revision: Hub revision to pin (a commit hash; a branch name follows the branch).
        ct2_id: A hub repository that already holds the CTranslate2 model (used instead of
            ``hf_id``: nothing to convert, no torch needed).
        license: The model's licence (SPDX id), shown by ``models list`` and in reports.
        path: Local CTranslate2 model folder, if any.
        max_input_length: Max source tokens; longer input is split or truncated.
        max_position: The model's position limit (input is never longer).
        lang_codes: mtpipe code -> model language token (NLLB).
        target_prefix_tokens: Target code -> token prepended to the *source*
            (Marian multi-target models such as opus-mt-en-zh use ``>>cmn_Hans<<``).
        decoding: Per-model decoding overrides.
    """

    name: str
    family: str
    hf_id: str = ""
    revision: str = "main"
    ct2_id: str = ""
    license: str = ""
    path: str = ""
    max_input_length: int = 512
    max_position: int = 512
    lang_codes: dict[str, str] = field(default_factory=dict)
    target_prefix_tokens: dict[str, str] = field(default_factory=dict)
    decoding: dict[str, Any] = field(default_factory=dict)

    def code(self, lang: str) -> str:
        """The model's token for mtpipe language code ``lang``."""
        if lang in self.lang_codes:
            return self.lang_codes[lang]
        if self.family == "nllb":
            return NLLB_CODES.get(lang, lang)
        return lang

    def resolved_path(self, cache_dir: Path | None = None) -> Path:
        """Where the CTranslate2 model lives: ``path`` or the fetch cache."""
        if self.path:
            return Path(self.path)
        cache = cache_dir or default_cache_dir()
        return cache / self.name

    def signature(self) -> dict[str, Any]:
        sig = {"name": self.name, "family": self.family, "hf_id": self.hf_id,
               "revision": self.revision, "path": self.path}
        if self.ct2_id:
            sig["ct2_id"] = self.ct2_id
        if self.license:
            sig["license"] = self.license
        return sig


@dataclass
class Config:
    """A loaded configuration.

    Attributes:
        models: Registry name -> :class:`ModelSpec`.
        routes: ``"src-tgt"`` -> model name, or ``"pivot:en"``.
        decoding: Default decoding options.
        device: ``auto``, ``cpu`` or ``cuda``.
        compute_type: ``auto``, ``int8``, ``float16``, ``int8_float16``, ``float32``...
        source: The file it was read from.
        languages: Source languages language-ID chooses among.
    """

    models: dict[str, ModelSpec] = field(default_factory=dict)
    routes: dict[str, str] = field(default_factory=dict)
    decoding: DecodingOptions = field(default_factory=DecodingOptions)
    device: str = "auto"
    compute_type: str = "auto"
    source: str = ""
    languages: tuple[str, ...] = LANGUAGES

    def route(self, src: str, tgt: str) -> list[tuple[str, str, ModelSpec]]:
        """The chain of (src, tgt, model) hops that translates ``src`` into ``tgt``.

        Raises:
            ConfigError: when no model or pivot covers the pair.
        """
        key = f"{src}-{tgt}"
        target = self.routes.get(key)
        if target is None:
            raise ConfigError(f"{self.source or 'config'}: no route for {key} (add one under [routes])")
        if target.startswith("pivot:"):
            via = target.split(":", 1)[1]
            if via in (src, tgt):
                raise ConfigError(f"{self.source}: route {key} pivots through its own end {via}")
            return self.route(src, via) + self.route(via, tgt)
        if target not in self.models:
            raise ConfigError(f"{self.source or 'config'}: route {key} names unknown model {target!r}")
        return [(src, tgt, self.models[target])]

    def routed_models(self) -> list[str]:
        """Names of the models some route uses (pivot hops included), in registry order."""
        used: set[str] = set()
        for key in self.routes:
            src, tgt = key.split("-", 1)
            try:
                used.update(spec.name for _, _, spec in self.route(src, tgt))
            except ConfigError:
                continue
        return [name for name in self.models if name in used]

    def decoding_for(self, model: ModelSpec) -> DecodingOptions:
        """Default decoding options with the model's overrides applied."""
        return replace(self.decoding, **model.decoding) if model.decoding else self.decoding


def default_cache_dir() -> Path:
    """Folder that ``models fetch`` converts into (``$MTPIPE_CACHE`` or ``~/.cache/mtpipe``)."""
    env = os.environ.get("MTPIPE_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "mtpipe" / "models"


def package_data(*parts: str) -> Path:
    """A file or folder of the bundled ``mtpipe/configs`` package data (works from a wheel).

    Raises:
        ConfigError: when the installed package is not on a file system (a zip import).
    """
    from importlib.resources import files

    res = files("mtpipe").joinpath("configs", *parts)
    if not isinstance(res, Path):  # pragma: no cover - zipimport
        raise ConfigError(f"mtpipe is installed in a zip ({res}); install it as a normal package")
    return res


def user_configs_dir() -> Path:
    """``./configs``: a user's folder that overrides the bundled defaults when present."""
    return Path.cwd() / "configs"


def default_config_path() -> Path:
    """The default model registry: ``./configs/default.toml`` when present, else the bundled one."""
    user = user_configs_dir() / "default.toml"
    return user if user.is_file() else package_data("default.toml")


_DECODING_KEYS = set(DecodingOptions.__dataclass_fields__)
_MODEL_KEYS = set(ModelSpec.__dataclass_fields__) - {"name"}


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read a TOML config.

    Args:
        path: The file; the bundled default when None.

    Returns:
        The :class:`Config`.

    Raises:
        ConfigError: naming the file and what is wrong with it.
    """
    p = Path(path) if path is not None else default_config_path()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{p}: is a folder, expected a TOML config file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{p}: malformed TOML: {e}") from None
    except OSError as e:
        raise ConfigError(f"{p}: cannot read config: {e.strerror}") from None
    return config_from_dict(data, source=str(p), base=p.parent)


def config_from_dict(data: dict[str, Any], source: str = "config", base: Path | None = None) -> Config:
    """Build a :class:`Config` from parsed TOML (see :func:`load_config`)."""
    models: dict[str, ModelSpec] = {}
    for name, raw in (data.get("models") or {}).items():
        if not isinstance(raw, dict):
            raise ConfigError(f"{source}: [models.{name}] must be a table")
        unknown = set(raw) - _MODEL_KEYS
        if unknown:
            raise ConfigError(f"{source}: [models.{name}] unknown keys: {', '.join(sorted(unknown))}")
        fam = raw.get("family")
        if fam not in FAMILIES:
            raise ConfigError(f"{source}: [models.{name}] family must be one of {', '.join(FAMILIES)}, not {fam!r}")
        if not raw.get("hf_id") and not raw.get("path") and not raw.get("ct2_id"):
            raise ConfigError(f"{source}: [models.{name}] needs hf_id, ct2_id or path")
        spec = ModelSpec(name=name, **raw)
        if spec.path and base is not None and not Path(spec.path).is_absolute():
            spec.path = str((base / spec.path).resolve())
        bad = set(spec.decoding) - _DECODING_KEYS
        if bad:
            raise ConfigError(f"{source}: [models.{name}.decoding] unknown keys: {', '.join(sorted(bad))}")
        spec.max_input_length = min(spec.max_input_length, spec.max_position)
        models[name] = spec
    routes = {str(k): str(v) for k, v in (data.get("routes") or {}).items()}
    run = data.get("run") or {}
    dec_raw = data.get("decoding") or {}
    bad = set(dec_raw) - _DECODING_KEYS
    if bad:
        raise ConfigError(f"{source}: [decoding] unknown keys: {', '.join(sorted(bad))}")
    cfg = Config(
        models=models,
        routes=routes,
        decoding=DecodingOptions(**dec_raw),
        device=str(run.get("device", "auto")),
        compute_type=str(run.get("compute_type", "auto")),
        source=source,
        languages=tuple(run.get("languages", LANGUAGES)),
    )
    for key, target in routes.items():
        if "-" not in key:
            raise ConfigError(f"{source}: route {key!r} must look like 'ru-en'")
        if not target.startswith("pivot:") and target not in models:
            raise ConfigError(f"{source}: route {key} names unknown model {target!r}")
    return cfg

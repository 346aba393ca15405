"""Source tokens as a model sees them, from the SentencePiece model alone.

Segmentation needs to know how many tokens a sentence becomes for the model
that will translate it (to split what is over the model's limit), and
progress reports count tokens too.  Neither needs the CTranslate2 model: the
source SentencePiece model and the registry entry (family, prefix tokens,
limits) decide the count.  :class:`SourceTokenizer` is that one place;
:class:`~mtpipe.translator.Translator` tokenizes through it, so a count here
is always the count the model gets.

Both classes load their SentencePiece models lazily and drop them when
pickled, so stages holding them can be sent to worker processes or Ray tasks.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from .config import Config, ConfigError, ModelSpec
from .errors import ModelNotFoundError

__all__ = ["SPM_FILES", "SourceTokenizer", "RouteTokenCounter"]

log = logging.getLogger("mtpipe")

#: Model family -> (source, target) SentencePiece files in a converted model folder.
SPM_FILES = {"marian": ("source.spm", "target.spm"), "nllb": ("sentencepiece.bpe.model", "sentencepiece.bpe.model")}


def _missing_files_error(spec: ModelSpec, path: Path, files: list[str]) -> ConfigError:
    return ModelNotFoundError(f"model '{spec.name}' at {path} lacks {', '.join(files)}"
                              f" (fetch it with 'mtpipe models fetch {spec.name}')")


class SourceTokenizer:
    """One model's source side: SentencePiece pieces, prefix tokens, ``</s>`` and the length limit.

    Args:
        spec: The model's registry entry.
        cache_dir: The fetch cache, when ``spec.path`` is not set.

    Nothing is read until the first count: :attr:`max_tokens` needs only the registry entry, so a
    job can be prepared before a missing model is fetched.

    Raises:
        mtpipe.errors.ModelNotFoundError: on the first count, when the folder lacks the source
            SentencePiece model.
    """

    def __init__(self, spec: ModelSpec, cache_dir: Path | None = None) -> None:
        self.spec = spec
        self.cache_dir = cache_dir
        self.path = spec.resolved_path(cache_dir)
        self._sp: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"spec": self.spec, "cache_dir": self.cache_dir, "path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, _sp=None, _lock=threading.Lock())

    @property
    def sp(self) -> Any:
        """The source ``SentencePieceProcessor`` (loaded on first use)."""
        if self._sp is None:
            with self._lock:
                if self._sp is None:
                    import sentencepiece as spm

                    src_file = SPM_FILES[self.spec.family][0]
                    if not (self.path / src_file).is_file():
                        raise _missing_files_error(self.spec, self.path, [src_file])
                    self._sp = spm.SentencePieceProcessor(model_file=str(self.path / src_file))
        return self._sp

    def prefix(self, src: str, tgt: str) -> list[str]:
        """Tokens put before the pieces: NLLB's source language, a Marian multi-target model's target."""
        if self.spec.family == "nllb":
            return [self.spec.code(src)]
        tok = self.spec.target_prefix_tokens.get(tgt)
        return [tok] if tok else []

    @property
    def max_tokens(self) -> int:
        """The most source tokens (specials included) the model takes."""
        return min(self.spec.max_input_length, self.spec.max_position)

    def tokenize(self, text: str, src: str, tgt: str) -> list[str]:
        """Source tokens as the model sees them, cut to :attr:`max_tokens`."""
        prefix = self.prefix(src, tgt)
        pieces = self.sp.encode(text, out_type=str)
        room = self.max_tokens - len(prefix) - 1
        if len(pieces) > room:
            log.debug("%s: input of %d pieces cut to %d", self.spec.name, len(pieces), room)
            pieces = pieces[:room]
        return prefix + pieces + ["</s>"]

    def count_tokens(self, text: str, src: str, tgt: str) -> int:
        """How many source tokens ``text`` becomes (before any cut)."""
        return len(self.prefix(src, tgt)) + len(self.sp.encode(text)) + 1  # ids: one per piece, made faster

    def at_most(self, text: str, src: str, tgt: str, limit: int) -> bool:
        """``count_tokens(text, src, tgt) <= limit``, without SentencePiece's segmentation when a bound proves it.

        Every piece SentencePiece returns covers at least one character of the normalised text
        (``sp.normalize``: its own normalisation, with the dummy prefix and whitespace as ``▁``),
        and an unknown run is one piece; with byte fallback an unknown character becomes at most
        its UTF-8 bytes.  So the pieces are at most that text's characters (its bytes where the
        vocabulary has byte pieces), and when prefix + that + ``</s>`` is within ``limit`` the
        count is too.  Normalising costs a fraction of segmenting; it is tried only for a text
        whose own length is within the limit (where the bound can hold).  The same answers as
        the count (tested)."""
        if type(self).count_tokens is not SourceTokenizer.count_tokens:  # a count that is not prefix + pieces
            return self.count_tokens(text, src, tgt) <= limit
        extra = len(self.prefix(src, tgt)) + 1
        sp = self.sp
        if len(text) + extra <= limit:
            norm = sp.normalize(text)
            if extra + (len(norm.encode("utf-8", "surrogatepass")) if self._bytes else len(norm)) <= limit:
                return True
        return extra + len(sp.encode(text)) <= limit

    @property
    def _bytes(self) -> bool:
        """Whether the vocabulary has byte pieces (``<0x41>``): then byte fallback may be on."""
        got = getattr(self, "_has_bytes", None)
        if got is None:
            sp = self.sp
            got = self._has_bytes = any(sp.piece_to_id(f"<0x{b:02X}>") != sp.unk_id() for b in (0x41, 0x00, 0xE2))
        return got


class RouteTokenCounter:
    """Token counts along the config's routes: the first model of ``src -> tgt`` decides.

    What a translator pool offers for counting (``count_tokens``, ``max_tokens``),
    without loading any CTranslate2 model.

    Args:
        config: The loaded config.
        cache_dir: The fetch cache.
    """

    def __init__(self, config: Config, cache_dir: Path | None = None) -> None:
        self.config = config
        self.cache_dir = cache_dir
        self._tokenizers: dict[str, SourceTokenizer] = {}
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config, "cache_dir": self.cache_dir, "_tokenizers": self._tokenizers}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, _lock=threading.Lock())

    def tokenizer(self, src: str, tgt: str) -> SourceTokenizer:
        """The source tokenizer of the route's first model."""
        spec = self.config.route(src, tgt)[0][2]
        tok = self._tokenizers.get(spec.name)
        if tok is None:
            with self._lock:
                tok = self._tokenizers.get(spec.name)
                if tok is None:
                    tok = self._tokenizers[spec.name] = SourceTokenizer(spec, self.cache_dir)
        return tok

    def count_tokens(self, text: str, src: str, tgt: str) -> int:
        """Source tokens of ``text`` for the first model of the route."""
        return self.tokenizer(src, tgt).count_tokens(text, src, tgt)

    def at_most(self, text: str, src: str, tgt: str, limit: int) -> bool:
        """``count_tokens(text, src, tgt) <= limit`` (:meth:`SourceTokenizer.at_most`: no segmentation
        when a bound proves it)."""
        return self.tokenizer(src, tgt).at_most(text, src, tgt, limit)

    def max_tokens(self, src: str, tgt: str) -> int:
        """The most source tokens the route's first model takes."""
        # from the registry, without opening the model: translate fetches a missing model
        # only when the input needs it, after the job is prepared
        spec = self.config.route(src, tgt)[0][2]
        return min(spec.max_input_length, spec.max_position)


class TokenBudget:
    """The segmenter's token count for a language: the largest over the targets it is routed to.

    A plain object (not a closure over the job), so the segmenter that holds it can be
    pickled to worker processes and Ray tasks.

    Args:
        counter: Anything with ``count_tokens(text, src, tgt)`` and ``max_tokens(src, tgt)``
            (a :class:`RouteTokenCounter`).
        routes: Source language -> the targets it has a model route to.
    """

    def __init__(self, counter: Any, routes: dict[str, tuple[str, ...]]) -> None:
        self.counter = counter
        self.routes = routes
        self._targets: dict[str, tuple[str, ...]] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"counter": self.counter, "routes": self.routes}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, _targets={})

    def __call__(self, text: str, lang: str) -> int:
        targets = self._targets.get(lang)
        if targets is None:
            targets = self._targets[lang] = self._distinct(lang)
        return max((self.counter.count_tokens(text, lang, t) for t in targets), default=0)

    def at_most(self, text: str, lang: str, limit: int) -> bool:
        """``self(text, lang) <= limit``: with a counter that has ``at_most`` (a
        :class:`RouteTokenCounter`), each target's count only as far as it decides."""
        at_most = getattr(self.counter, "at_most", None)
        if at_most is None:
            return self(text, lang) <= limit
        targets = self._targets.get(lang)
        if targets is None:
            targets = self._targets[lang] = self._distinct(lang)
        if not targets:
            return 0 <= limit
        return all(at_most(text, lang, t, limit) for t in targets)

    def _distinct(self, lang: str) -> tuple[str, ...]:
        """The targets of ``lang`` whose counts can differ: of targets whose routes start with the same
        model (one tokenizer), only the one with the longest prefix (a
        :class:`SourceTokenizer`'s count is its prefix, the pieces and ``</s>``), so the largest count
        is the same with one SentencePiece call instead of one per target."""
        targets = self.routes.get(lang, ())
        tokenizer = getattr(self.counter, "tokenizer", None)
        if not callable(tokenizer) or len(targets) < 2:
            return tuple(targets)
        best: dict[int, tuple[int, str]] = {}
        for t in targets:
            tok = tokenizer(lang, t)
            if type(tok).count_tokens is not SourceTokenizer.count_tokens:  # a count that is not prefix + pieces
                return tuple(targets)
            n = len(tok.prefix(lang, t))
            if id(tok) not in best or n > best[id(tok)][0]:
                best[id(tok)] = (n, t)
        return tuple(t for _, t in best.values())

    def limit(self) -> int | None:
        """The smallest source-token limit over every routed pair; None when nothing is routed."""
        limits = [self.counter.max_tokens(src, t) for src, tgts in self.routes.items() for t in tgts]
        return min(limits) if limits else None

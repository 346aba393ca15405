"""CTranslate2 inference: the only module that imports ctranslate2 and sentencepiece.

A converted model folder holds CTranslate2's ``model.bin`` and vocabulary plus
the SentencePiece model(s) copied by :func:`mtpipe.models.convert.convert`:

* Marian (OPUS-MT): ``source.spm`` and ``target.spm``;
* NLLB: ``sentencepiece.bpe.model`` for both sides.

Source pieces get ``</s>`` appended; NLLB sources start with the source
language token and decoding is forced to start with the target language token,
which is stripped from the output; a Marian multi-target model gets its target
token (``>>cmn_Hans<<``) in front of the source.  Inputs are cut to the model's
``max_input_length`` and decoding to ``max_position`` steps, so no position beyond
the model's limit is ever reached (CTranslate2 would raise "No position encodings
are defined for positions >= N").
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from typing import Any

from .config import Config, DecodingOptions, ModelSpec
from .errors import ModelNotFoundError
from .tokens import SPM_FILES, RouteTokenCounter, SourceTokenizer, sentencepiece_model

__all__ = ["ModelNotFoundError", "Translator", "TranslatorPool", "decode_pieces", "resolve_device"]

log = logging.getLogger("mtpipe")

#: SentencePiece's word-boundary mark (U+2581), which stands for a space inside a piece.
SPM_SPACE = "\u2581"


def decode_pieces(sp: Any, pieces: list[str]) -> str:
    """Target pieces to text, with no SentencePiece mark left in it.

    A model with a vocabulary shared by both sides (OPUS-MT's Marian models, the test models)
    can emit a piece that only the *source* SentencePiece model knows (``▁bình`` from an
    English target model); SentencePiece returns such a piece verbatim, mark and all
    (``"Tuesday;▁bình▁bìnhown"``). The mark means a space in every piece, so it is read as one
    here, as SentencePiece reads it in the pieces it knows.
    """
    text = sp.decode(pieces)
    if SPM_SPACE in text:
        text = re.sub(r" {2,}", " ", text.replace(SPM_SPACE, " ")).strip()
    return text

def resolve_device(device: str | None, compute_type: str | None) -> tuple[str, str]:
    """Turn ``auto`` settings into a concrete device and compute type.

    CPU gets int8; a GPU gets float16.
    """
    import ctranslate2

    dev = device or "auto"
    if dev == "auto":
        dev = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    ct = compute_type or "auto"
    if ct == "auto":
        ct = "float16" if dev == "cuda" else "int8"
    return dev, ct


class Translator:
    """One CTranslate2 model with its SentencePiece tokenizers.

    Args:
        spec: The model's registry entry.
        device: ``auto``, ``cpu`` or ``cuda``.
        compute_type: ``auto``, ``int8``, ``float16``, ``int8_float16``, ``float32``...
        device_index: GPU index, or several for one model replicated on several GPUs.
        intra_threads: Threads per translation (0 = CTranslate2's default).
        inter_threads: Translations run in parallel.
        cache_dir: The fetch cache, when ``spec.path`` is not set.

    Raises:
        ModelNotFoundError: when the model folder has no ``model.bin``.
    """

    def __init__(self, spec: ModelSpec, *, device: str | None = "auto", compute_type: str | None = "auto",
                 device_index: int | list[int] = 0, intra_threads: int = 0, inter_threads: int = 1,
                 cache_dir: Path | None = None) -> None:
        import ctranslate2

        self.spec = spec
        self.path = spec.resolved_path(cache_dir)
        if not (self.path / "model.bin").is_file():
            raise ModelNotFoundError(
                f"model '{spec.name}' not found at {self.path}: run 'mtpipe models fetch {spec.name}'"
                f" or set path = \"...\" under [models.{spec.name}] in the config")
        self.device, self.compute_type = resolve_device(device, compute_type)
        self._ct2 = ctranslate2.Translator(str(self.path), device=self.device, device_index=device_index,
                                           compute_type=self.compute_type, intra_threads=intra_threads,
                                           inter_threads=inter_threads)
        src_file, tgt_file = SPM_FILES[spec.family]
        missing = [f for f in {src_file, tgt_file} if not (self.path / f).is_file()]
        if missing:
            raise ModelNotFoundError(f"model '{spec.name}' at {self.path} lacks {', '.join(missing)}"
                                     f" (convert it with 'mtpipe models convert')")
        self.source = SourceTokenizer(spec, cache_dir)
        self._sp_tgt = sentencepiece_model(self.path / tgt_file)  # the source's where both are one file

    # -- tokens (mtpipe.tokens: one place for the source side) ---------------------

    @property
    def max_tokens(self) -> int:
        """The most source tokens (specials included) the model takes."""
        return self.source.max_tokens

    def tokenize(self, text: str, src: str, tgt: str) -> list[str]:
        """Source tokens as the model sees them, cut to :attr:`max_tokens`."""
        return self.source.tokenize(text, src, tgt)

    def count_tokens(self, text: str, src: str, tgt: str) -> int:
        """How many source tokens ``text`` becomes (before any cut)."""
        return self.source.count_tokens(text, src, tgt)

    # -- translation ---------------------------------------------------------------

    def translate(self, texts: list[str], src: str, tgt: str, options: DecodingOptions | None = None) -> list[str]:
        """Translate ``texts`` from ``src`` into ``tgt``; one output per input, in order."""
        o = options or DecodingOptions()
        out = [""] * len(texts)
        idx = [i for i, t in enumerate(texts) if t.strip()]
        if not idx:
            return out
        batch = [self.tokenize(texts[i], src, tgt) for i in idx]
        kwargs: dict[str, Any] = {}
        # the decoder has position encodings too: never ask for more steps than it has positions
        max_len = max(1, min(o.max_decoding_length, self.spec.max_position))
        tgt_prefix = None
        if self.spec.family == "nllb":
            tgt_prefix = [[self.spec.code(tgt)] for _ in batch]
        results = self._ct2.translate_batch(
            batch,
            target_prefix=tgt_prefix,
            beam_size=o.beam_size,
            max_decoding_length=max_len,
            min_decoding_length=min(o.min_decoding_length, max_len),
            length_penalty=o.length_penalty,
            repetition_penalty=o.repetition_penalty,
            no_repeat_ngram_size=o.no_repeat_ngram_size,
            max_input_length=self.max_tokens,
            batch_type="tokens",
            max_batch_size=max(o.max_batch_tokens, max(len(b) for b in batch)),
            **kwargs,
        )
        drop = {self.spec.code(tgt)} if self.spec.family == "nllb" else set()
        for i, res in zip(idx, results):
            toks = [t for t in res.hypotheses[0] if t not in drop and t not in ("</s>", "<s>", "<pad>")]
            out[i] = decode_pieces(self._sp_tgt, toks)
        return out

    def signature(self) -> dict[str, Any]:
        import ctranslate2

        sig = self.spec.signature()
        sig.update(device=self.device, compute_type=self.compute_type, ctranslate2=ctranslate2.__version__)
        return sig


class TranslatorPool:
    """Every model a job needs, loaded lazily once, behind the config's routes.

    Args:
        config: The loaded config.
        device: Overrides ``config.device`` when given.
        compute_type: Overrides ``config.compute_type`` when given.
        device_index: GPU index (or indices) for every model.
        intra_threads: Threads per translation.
        inter_threads: Parallel translations per model.
        cache_dir: The fetch cache.
    """

    def __init__(self, config: Config, *, device: str | None = None, compute_type: str | None = None,
                 device_index: int | list[int] = 0, intra_threads: int = 0, inter_threads: int = 1,
                 cache_dir: Path | None = None) -> None:
        self.config = config
        self._device = device or config.device
        self._compute_type = compute_type or config.compute_type
        self.device_index = device_index
        self.intra_threads = intra_threads
        self.inter_threads = inter_threads
        self.cache_dir = cache_dir
        self._models: dict[str, Translator] = {}
        self.tokens = RouteTokenCounter(config, cache_dir)
        # the job's prefetch thread counts tokens while the main thread translates: load each model once
        self._lock = threading.Lock()

    @property
    def device(self) -> str:
        return resolve_device(self._device, self._compute_type)[0]

    @property
    def compute_type(self) -> str:
        return resolve_device(self._device, self._compute_type)[1]

    def model(self, spec: ModelSpec) -> Translator:
        """The loaded translator for ``spec`` (loaded on first use)."""
        tr = self._models.get(spec.name)
        if tr is None:
            with self._lock:
                tr = self._models.get(spec.name)
                if tr is None:
                    log.info("loading model %s", spec.name)
                    tr = Translator(spec, device=self._device, compute_type=self._compute_type,
                                    device_index=self.device_index, intra_threads=self.intra_threads,
                                    inter_threads=self.inter_threads, cache_dir=self.cache_dir)
                    self._models[spec.name] = tr
        return tr

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        """Translate along the configured route (several hops for a pivot)."""
        out = list(texts)
        for a, b, spec in self.config.route(src, tgt):
            out = self.model(spec).translate(out, a, b, self.config.decoding_for(spec))
        return out

    def count_tokens(self, text: str, src: str, tgt: str) -> int:
        """Source tokens of ``text`` for the route's first model (SentencePiece only: no model is loaded)."""
        return self.tokens.count_tokens(text, src, tgt)

    def max_tokens(self, src: str, tgt: str) -> int:
        """The most source tokens the route's first model takes (from the registry: nothing is loaded)."""
        return self.tokens.max_tokens(src, tgt)

    def family(self, src: str, tgt: str) -> str:
        return self.config.route(src, tgt)[0][2].family

    def signature(self) -> dict[str, Any]:
        return {name: tr.signature() for name, tr in sorted(self._models.items())}

"""Training the ``toy`` test model on the toy task (:mod:`mtpipe.models.toy_task`) and checking
that it translates held-out sentences exactly.
"""

from __future__ import annotations

import json
import logging
import random
import shutil
import time
from pathlib import Path
from typing import Any

from .checkpoints import _marian_checkpoint, _save_and_convert, _write_toml
from .toy_task import toy_code, toy_lexicon, toy_sentence, toy_source, toy_translate
from .vocab import DATA, _train_spm

log = logging.getLogger("mtpipe")


TOY = {"d_model": 128, "layers": 2, "heads": 4, "ffn": 256}


def _build_toy(out: Path, seed: int, max_steps: int = 5000, batch: int = 64, lr: float = 3e-3, warm: int = 100,
               decay: int = 4000, patience: int = 30) -> Path:
    """Train the toy model: a few thousand steps of 64 sentences (several minutes on 2 cores;
    copying codes letter by letter takes longer to learn than substituting words).

    Learning rate ``lr`` after ``warm`` warm-up steps, decaying linearly to 2% at step
    ``decay``; training stops once ``patience`` fresh batches in a row are reproduced
    exactly, and the converted model must then translate 98% of new sentences exactly
    through CTranslate2, or the build fails.
    """
    import sentencepiece as spm
    import torch

    # the matrices are tiny: one thread is as fast as two, and far faster on a busy machine
    torch.set_num_threads(1)
    lex = toy_lexicon()
    shutil.copy(DATA / "toy_lexicon.tsv", out / "lexicon.tsv")
    rng = random.Random(seed)
    # vocabularies: every lexicon word is one piece (user-defined symbols, with the word-start mark
    # for space-separated words), so the task is one token in, one token out
    src_words = sorted({r[0] for r in lex})
    tgt_words = sorted({r[1] for r in lex})
    zh_words = sorted({r[2] for r in lex})
    spm_dir = out / "spm"
    spm_dir.mkdir(exist_ok=True)
    # One vocabulary for both sides (as OPUS-MT's shared vocabularies do), so a copied code is the
    # same pieces in and out.  Latin letters and digits come from the copied codes: single characters
    # or short pieces, as in a real vocabulary trained on Cyrillic-heavy text.
    joint = _train_spm([], spm_dir / "joint", 500, hard_limit=False,
                       extra_symbols=[f"\u2581{w}" for w in sorted(set(src_words) | set(tgt_words))] + zh_words,
                       sentences=[toy_source(toy_sentence(rng, lex, code=toy_code)) for _ in range(2000)]
                       + [toy_translate(toy_sentence(rng, lex, code=toy_code), t, lex)
                          for _ in range(1000) for t in ("en", "zh")])
    hf = out / "hf" / "toy"
    model, tok, vocab = _marian_checkpoint(hf, joint, joint, TOY, [">>en<<", ">>zh<<"], max_position=128)
    sp_src = spm.SentencePieceProcessor(model_file=str(hf / "source.spm"))
    sp_tgt = spm.SentencePieceProcessor(model_file=str(hf / "target.spm"))
    unk = vocab["<unk>"]

    def encode_src(words: list[str], tgt: str) -> list[int]:
        return [vocab[f">>{tgt}<<"]] + [vocab.get(p, unk) for p in sp_src.encode(toy_source(words), out_type=str)] + [vocab["</s>"]]

    def encode_tgt(text: str) -> list[int]:
        return [vocab.get(p, unk) for p in sp_tgt.encode(text, out_type=str)] + [vocab["</s>"]]

    def make_batch(n: int) -> tuple[Any, Any, Any]:
        src, tgt = [], []
        for _ in range(n):
            words = toy_sentence(rng, lex, code=toy_code)
            t = rng.choice(("en", "zh"))
            src.append(encode_src(words, t))
            tgt.append(encode_tgt(toy_translate(words, t, lex)))
        pad = vocab["<pad>"]
        S = max(map(len, src))
        T = max(map(len, tgt))
        ids = torch.tensor([s + [pad] * (S - len(s)) for s in src])
        mask = (ids != pad).long()
        labels = torch.tensor([t + [-100] * (T - len(t)) for t in tgt])
        return ids, mask, labels

    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.98), weight_decay=0.0)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.02, 1 - s / decay))
    t0 = time.monotonic()
    # Every batch is fresh random sentences.  When a batch's teacher-forced argmax equals
    # the reference at every position, greedy decoding reproduces all of it exactly; stop
    # after `patience` such batches in a row (patience * batch unseen sentences, all exact).
    perfect = 0
    for step in range(max_steps):
        ids, mask, labels = make_batch(batch)
        res = model(input_ids=ids, attention_mask=mask, labels=labels)
        opt.zero_grad()
        res.loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        with torch.no_grad():
            hit = (res.logits.argmax(-1) == labels) | (labels == -100)
            perfect = perfect + 1 if bool(hit.all()) else 0
        if (step + 1) % 100 == 0:
            log.info("toy model: step %d, loss %.4f, %d perfect batches in a row, %.0f s", step + 1,
                     res.loss.item(), perfect, time.monotonic() - t0)
        if perfect >= patience:
            break
    loss = res.loss.item()
    model.eval()
    _save_and_convert(model, hf, out / "toy")
    toml = f"""# Toy model built by `mtpipe models build-test --kind toy --seed {seed}`: trained on
# word-by-word substitution from lexicon.tsv (ru -> en / zh), copying Latin codes and numbers.
[run]
device = "cpu"
compute_type = "float32"
languages = ["ru", "vi", "en", "zh"]

[decoding]
beam_size = 1
max_decoding_length = 64

[models.toy]
family = "marian"
path = "toy"
max_input_length = 128
max_position = 128
target_prefix_tokens = {{ en = ">>en<<", zh = ">>zh<<" }}

[routes]
"ru-en" = "toy"
"ru-zh" = "toy"
"""
    path = _write_toml(out, toml)
    acc = _toy_accuracy(path, lex, seed)
    (out / "toy-accuracy.json").write_text(json.dumps({"exact": acc, "loss": float(loss), "steps": step + 1}) + "\n")
    if acc < 0.98:
        raise RuntimeError(f"toy model reached only {acc:.1%} exact held-out sentences (need 98%)")
    return path


def _toy_accuracy(config_path: Path, lex: list[tuple[str, str, str]], seed: int, n: int = 200) -> float:
    from ..config import load_config
    from ..translator import TranslatorPool

    pool = TranslatorPool(load_config(config_path))
    rng = random.Random(seed + 12345)
    sents = [toy_sentence(rng, lex, code=toy_code) for _ in range(n)]
    ok = 0
    for tgt in ("en", "zh"):
        outs = pool.translate([toy_source(w) for w in sents], "ru", tgt)
        ok += sum(o == toy_translate(w, tgt, lex) for o, w in zip(outs, sents))
    return ok / (2 * n)


def toy_copies_placeholders(config_path: Path) -> dict[str, bool]:
    """Whether the term probe keeps the placeholder strategy for the toy model, per target (``en``, ``zh``);
    written to ``toy-accuracy.json`` beside the model."""
    from ..config import load_config
    from ..glossary.probe import probe_strategies
    from ..translator import TranslatorPool

    pool = TranslatorPool(load_config(config_path))
    out = {}
    for tgt in ("en", "zh"):
        result = probe_strategies(lambda texts, t=tgt: pool.translate(texts, "ru", t), ["ru"], tgt)
        out[tgt] = "placeholder" in result.strategies
    acc = config_path.parent / "toy-accuracy.json"
    record = json.loads(acc.read_text()) if acc.exists() else {}
    record["copies_placeholders"] = out
    acc.write_text(json.dumps(record) + "\n")
    return out

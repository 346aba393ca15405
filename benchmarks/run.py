"""mtpipe against raw CTranslate2, Argos Translate and transformers, side by side, in one run.

Everything runs on the ``full``-size random-weight OPUS-MT-shaped Marian model
(d_model 512, 6+6 layers, 32k vocabulary; built once into ``.cache/bench-models/full``)
with the output length fixed (``min_decoding_length = max_decoding_length = 32``), so
every engine does the same work per sentence. The corpus is generated from the Russian
and Vietnamese seed documents (``../shared/seeds`` 000, 002, 003): document *k* is a
seed with a ``(k-j)`` tag before the end of its *j*-th sentence, so no two documents,
and no two sentences, are identical (mtpipe's deduplication saves nothing).

Printed figures (``--json``: one JSON object):

* ``engine_ratio`` / ``engine_ratio_no_glossary``: mtpipe end to end (``Job.run``:
  read, clean, segment, protect, translate, restore, write; no translation memory, no
  resume; models loaded and warmed first) ÷ one ``translate_batch`` call on the same
  segments (taken from mtpipe's JSONL output), segments/s;
* ``argos_speedup``: mtpipe (with the glossary) ÷ argostranslate on the same model
  packaged as an ``.argosmodel`` (see ``argos_package.py``), documents/s;
* ``transformers_speedup``: mtpipe ÷ ``MarianMTModel.generate`` (batched, greedy) on
  the same Hugging Face checkpoint, segments/s, on a subset of the segments;
* ``rss_growth_10x``: peak RSS of a run on 10× the documents ÷ on 1×, each run in its
  own process;
* ``tm_warm_speedup``: a run with a fresh translation memory ÷ the identical re-run;
* ``glossary_edit_rerun``: the re-run after one glossary entry's English form changed
  (``wang-zilian``) ÷ the cold run, same documents and output folder (lower is better);
* ``clean_segment_vs_model``: clean + segment sentences/s ÷ the model's sentences/s.

Usage::

    python benchmarks/run.py --quick --json     # a few minutes on 2 cores
    python benchmarks/run.py                    # more documents, a readable table
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
#: The five shared seeds; the repository keeps the same files in tests/data/seeds (a clone without
#: ../shared, as the tests run, reads those)
SEEDS = REPO.parent / "shared" / "seeds"
if not SEEDS.is_dir():
    SEEDS = REPO / "tests" / "data" / "seeds"
SEED_PREFIXES = ("000", "002", "003")  # Russian, Russian, Vietnamese
MODELS = REPO / ".cache" / "bench-models"
HERE = Path(__file__).resolve().parent


@dataclass
class Sizes:
    """How much work each measurement does.

    Attributes:
        docs: Documents of the main corpus (mtpipe, raw CTranslate2, Argos).
        hf_segments: Segments timed with transformers (it is the slowest engine).
        rss_docs: Documents of the 1x corpus of the memory measurement (10x is ten times it);
            also the job's window in both runs.
        tm_docs: Documents of the translation-memory cold/warm runs.
        repeat: Timing runs of clean + segment (the best is kept).
    """

    docs: int
    hf_segments: int
    rss_docs: int
    tm_docs: int
    repeat: int = 3


QUICK = Sizes(docs=9, hf_segments=32, rss_docs=4, tm_docs=6)
FULL_SIZES = Sizes(docs=48, hf_segments=96, rss_docs=8, tm_docs=24)


# -- inputs -------------------------------------------------------------------------------


def ensure_full_model(root: Path = MODELS) -> Path:
    """The ``full`` model's ``mtpipe.toml`` under ``root/full``, built on first use (under a minute).

    Rebuilt when the builder changed since: every ``.py`` file of ``mtpipe/models`` and
    ``mtpipe/translator.py``, hashed as ``tests/conftest.py`` does (the hash is kept in ``.builder``).
    """
    import hashlib
    import shutil

    from mtpipe.models import build_test

    final = root / "full"
    h = hashlib.sha256(b"full")
    pkg = Path(build_test.__file__).parent
    for f in sorted(pkg.rglob("*.py")) + [pkg.parent / "translator.py"]:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    builder = h.hexdigest()[:16]
    stamp = final / ".builder"
    if (final / "mtpipe.toml").exists() and stamp.exists() and stamp.read_text().strip() == builder:
        return final / "mtpipe.toml"
    shutil.rmtree(final, ignore_errors=True)

    tmp = root / f".full-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        build_test.build_test_models(tmp, kind="full")
    except RuntimeError as e:
        if "Vocabulary size too high" not in str(e):
            raise
        # the shipped corpora hold fewer pieces than _build_full asks for: let SentencePiece
        # stop below the requested size (the shared vocabulary is padded to 32k all the same)
        orig = build_test._train_spm
        build_test._train_spm = lambda *a, **k: orig(*a, **{**k, "hard_limit": False})
        try:
            shutil.rmtree(tmp, ignore_errors=True)
            build_test.build_test_models(tmp, kind="full")
        finally:
            build_test._train_spm = orig
    (tmp / ".builder").write_text(builder + "\n")
    tmp.rename(final)
    return final / "mtpipe.toml"


_SENT_END = re.compile(r"(?<=\w[\w»”\")])([.!?…])(?=[»”\"')]*(?:\s|$))")  # not after one-letter abbreviations


def make_corpus(out_dir: Path, n_docs: int, seeds: Path = SEEDS, start: int = 0) -> list[tuple[Path, str]]:
    """Write ``n_docs`` seed-like documents into ``out_dir``; returns (path, language) per document.

    Document k is seed ``k % 3`` with `` (k-j)`` put before the end of its j-th sentence (and at
    the end of lines without a full stop), so no two segments are identical.
    """
    files = [next(seeds.glob(f"{p}_*.txt")) for p in SEED_PREFIXES]
    texts = [(f.read_text(encoding="utf-8"), "vi" if f.name.startswith("003") else "ru") for f in files]
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = []
    for k in range(start, start + n_docs):
        text, lang = texts[k % len(texts)]
        j = iter(range(1, 100_000))
        lines = []
        for line in text.split("\n"):
            if line.startswith("【"):  # the site's toolbar: left for the cleaner to remove
                lines.append(line)
                continue
            line = _SENT_END.sub(lambda m: f" ({k + 1}-{next(j)}){m.group(1)}", line)
            if line.strip() and not re.search(r"[.!?…][»”\"')]*\s*$", line):  # titles, datelines
                line = f"{line.rstrip()} ({k + 1}-{next(j)})"
            lines.append(line)
        varied = "\n".join(lines)
        path = out_dir / f"doc{k + 1:05d}.txt"
        path.write_text(varied, encoding="utf-8")
        docs.append((path, lang))
    return docs


# -- engines ------------------------------------------------------------------------------


def prepare_job(config: Path, *, glossary: bool, threads: int, use_tm: bool = False, tm_path: Path | None = None,
                window: int | None = None, probe_terms: bool = True, glossary_dir: Path | None = None,
                resume: bool = False) -> Any:
    """A prepared mtpipe job (targets en) with its model loaded and warmed on a small document.

    ``glossary=False`` turns every kind of term protection off (the starter glossary and the
    rule-based names of Russian persons missing from it); ``glossary=True`` is what a user runs.
    """
    from mtpipe.pipeline import Job, TranslateOptions

    opts = TranslateOptions(
        targets=("en",), config_path=str(config),
        glossary_paths=(str(glossary_dir or REPO / "glossaries"),) if glossary else (),
        intra_threads=threads, inter_threads=1, use_tm=use_tm, tm_path=str(tm_path) if tm_path else None,
        resume=resume, fetch_missing=False,
        # a fresh cache folder: the term-strategy probe runs (in the warm-up) instead of being read
        # from an earlier job's cache, so its cost is measured every time
        cache_dir=tempfile.mkdtemp(prefix="mtpipe-bench-cache-"),
    )
    if window:
        opts.window = window
    if not probe_terms:
        opts.probe_terms = False
    if not glossary and hasattr(opts, "auto_names"):
        opts.auto_names = False  # no term protection at all: rule-based names are placeholders too
    job = Job.prepare(opts)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        (src / "warm.txt").write_text("Ван Цзылянь посетил Чанчунь.\n\nSáng ngày 19 tháng 2, cuộc họp đã được tổ chức.\n",
                                      encoding="utf-8")
        saved = job.options.use_tm
        job.options.use_tm = False
        job.run(src, Path(tmp) / "out")
        job.options.use_tm = saved
    return job


def time_mtpipe(job: Any, input_dir: Path, output_dir: Path) -> dict[str, Any]:
    """Wall time of ``job.run`` over a folder, with documents, segments and model inputs counted.

    ``model_inputs`` counts the texts handed to the model (glossary retries included,
    translation-memory hits and in-window duplicates excluded).
    """
    pool = job.pool
    sent = [0]
    translate = pool.translate

    def counting(texts: list[str], src: str, tgt: str) -> list[str]:
        sent[0] += len(texts)
        return translate(texts, src, tgt)

    pool.translate = counting
    try:
        t = time.perf_counter()
        report = job.run(input_dir, output_dir)
        seconds = time.perf_counter() - t
    finally:
        del pool.translate
    segs = read_segments(output_dir)
    problems = getattr(report, "problems", None)
    return {"seconds": seconds, "documents": len(list(input_dir.glob("*.txt"))), "segments": len(segs),
            "model_inputs": sent[0], "problems": len(problems) if problems is not None else None}


def glossary_edit_rerun(config: Path, work: Path, n_docs: int, threads: int, entry: str = "wang-zilian",
                        new_en: str = "Wang Tzu-lien") -> dict[str, Any]:
    """A cold run, then the same job again after one glossary entry's English form changed.

    Same documents, same output folder (its job state and translation memory), a fresh
    prepared job for the second run as a user's second command would have. ``ratio`` is
    the re-run's wall time ÷ the cold run's; ``model_inputs`` of each are counted.
    """
    import shutil

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    yaml.allow_unicode = True

    corpus = work / "edit-corpus"
    make_corpus(corpus, n_docs, start=30_000)
    gloss = work / "edit-glossaries"
    shutil.copytree(REPO / "glossaries", gloss)
    out = work / "out-edit"
    job = prepare_job(config, glossary=True, threads=threads, use_tm=True, glossary_dir=gloss, resume=True)
    cold = time_mtpipe(job, corpus, out)
    for f in sorted(gloss.glob("*.yaml")):
        data = yaml.load(f.read_text(encoding="utf-8"))
        hit = [e for e in data.get("entries", []) if e.get("id") == entry]
        if hit:
            hit[0]["en"] = new_en
            with open(f, "w", encoding="utf-8") as fh:
                yaml.dump(data, fh)
    job2 = prepare_job(config, glossary=True, threads=threads, use_tm=True, glossary_dir=gloss, resume=True)
    lines: list[str] = []
    job2.notify = lines.append
    rerun = time_mtpipe(job2, corpus, out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {"ratio": rerun["seconds"] / cold["seconds"], "cold_seconds": cold["seconds"],
            "rerun_seconds": rerun["seconds"], "cold_model_inputs": cold["model_inputs"],
            "rerun_model_inputs": rerun["model_inputs"], "documents": cold["documents"],
            "updated_documents": len(report.get("updated_documents", [])), "plan": lines}


def read_segments(output_dir: Path) -> list[tuple[str, str]]:
    """(src_lang, source) of every segment in mtpipe's JSONL outputs, in document order."""
    segs = []
    for p in sorted(output_dir.glob("*.jsonl")):
        if p.name.endswith(".ledger.jsonl") or p.name == "entities.jsonl":
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if "source" in rec:
                segs.append((rec["src_lang"], rec["source"]))
    return segs


def time_ct2(job: Any, sources: list[str], threads: int) -> dict[str, Any]:
    """One ``translate_batch`` over ``sources`` with the job's model, device, compute type and decoding."""
    import ctranslate2
    import sentencepiece as spm

    spec = job.config.route("ru", "en")[0][2]
    model = spec.resolved_path(None)
    dec = job.config.decoding_for(spec)
    tr = ctranslate2.Translator(str(model), device=job.pool.device, compute_type=job.pool.compute_type,
                                intra_threads=threads, inter_threads=1)
    sp = spm.SentencePieceProcessor(model_file=str(model / "source.spm"))
    kwargs = dict(beam_size=dec.beam_size, max_decoding_length=dec.max_decoding_length,
                  min_decoding_length=dec.min_decoding_length, length_penalty=dec.length_penalty,
                  repetition_penalty=dec.repetition_penalty, no_repeat_ngram_size=dec.no_repeat_ngram_size,
                  batch_type="tokens", max_batch_size=dec.max_batch_tokens)
    tr.translate_batch([sp.encode("Прогрев.", out_type=str) + ["</s>"]], **kwargs)
    t = time.perf_counter()
    batch = [sp.encode(s, out_type=str) + ["</s>"] for s in sources]
    tr.translate_batch(batch, **kwargs)
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "segments": len(sources), "segments_per_s": len(sources) / seconds,
            "max_batch_tokens": dec.max_batch_tokens, "beam_size": dec.beam_size,
            "decoding_length": [dec.min_decoding_length, dec.max_decoding_length]}


def time_argos(job: Any, docs: list[tuple[Path, str]], work: Path, threads: int,
               package_dir: Path = MODELS / "argos") -> dict[str, Any]:
    """Argos Translate over the same documents, in a child process with a private home.

    The ``.argosmodel`` files are built once into ``package_dir`` (rebuilt when the model is newer).
    """
    sys.path.insert(0, str(HERE))
    from argos_package import argos_env, build_package

    spec = job.config.route("ru", "en")[0][2]
    model = spec.resolved_path(None)
    dec = job.config.decoding_for(spec)
    pkgs = []
    for lang in sorted({lang for _, lang in docs}):
        pkg = package_dir / f"{model.name}-{lang}_en.argosmodel"
        if not pkg.exists() or pkg.stat().st_mtime < (model / "model.bin").stat().st_mtime:
            build_package(model, pkg, lang)
        pkgs.append(pkg)
    manifest = work / "argos-manifest.json"
    manifest.write_text(json.dumps([[str(p), lang] for p, lang in docs]), encoding="utf-8")
    env = argos_env(work / "argos-home", job.pool.device, job.pool.compute_type, threads, dec.max_batch_tokens)
    cmd = [sys.executable, str(HERE / "argos_package.py"), "translate", "--manifest", str(manifest),
           "--output", str(work / "argos-out"), "--min-length", str(dec.min_decoding_length),
           "--max-length", str(dec.max_decoding_length), "--max-input-length", str(min(spec.max_input_length,
                                                                                       spec.max_position))]
    for p in pkgs:
        cmd += ["--package", str(p)]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"argos run failed:\n{r.stderr[-2000:]}")
    res = json.loads(r.stdout.strip().splitlines()[-1])
    res["documents_per_s"] = res["documents"] / res["seconds"]
    return res


def time_transformers(config: Path, hf: Path, sources: list[str], threads: int, batch: int = 16) -> dict[str, Any]:
    """``MarianMTModel.generate`` (greedy, batches of ``batch``, fixed output length) on the checkpoint ``hf``."""
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    from mtpipe.config import load_config

    cfg = load_config(config)
    dec = cfg.decoding_for(cfg.route("ru", "en")[0][2])
    torch.set_num_threads(threads)
    tok = MarianTokenizer.from_pretrained(hf)
    model = MarianMTModel.from_pretrained(hf).eval()
    gen = dict(num_beams=1, do_sample=False, min_new_tokens=dec.min_decoding_length,
               max_new_tokens=dec.max_decoding_length)

    def run(texts: list[str]) -> None:
        for i in range(0, len(texts), batch):
            enc = tok(texts[i:i + batch], return_tensors="pt", padding=True, truncation=True, max_length=256)
            with torch.inference_mode():
                model.generate(**enc, **gen)

    run(sources[:2])
    t = time.perf_counter()
    run(sources)
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "segments": len(sources), "segments_per_s": len(sources) / seconds,
            "batch": batch, "dtype": str(next(model.parameters()).dtype), "torch": torch.__version__}


def clean_segment_speed(docs: list[tuple[Path, str]], repeat: int) -> dict[str, Any]:
    """Sentences/s of mtpipe's clean + segment stages on the corpus (as benchmarks/segmentation.py)."""
    from mtpipe.clean import Cleaner
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    clean, seg = Cleaner(), Segmenter()
    texts = [p.read_text(encoding="utf-8") for p, _ in docs]
    seg(clean(Document.from_text("Прогрев. Khởi động.")))
    best, n = float("inf"), 0
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        n = sum(len(seg(clean(Document.from_text(x, doc_id=f"d{i}"))).segments) for i, x in enumerate(texts))
        best = min(best, time.perf_counter() - t)
    return {"seconds": best, "sentences": n, "sentences_per_s": n / best}


def rss_child(config: Path, input_dir: Path, output_dir: Path, threads: int, window: int | None = None) -> None:
    """Run one mtpipe job (with the glossary, no TM) and print its peak RSS in MB (child process)."""
    job = prepare_job(config, glossary=True, threads=threads, window=window)
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    try:  # Linux: reset VmHWM, so the run's own peak can be read apart from the model load's
        Path("/proc/self/clear_refs").write_text("5")
        reset = True
    except OSError:
        reset = False
    res = time_mtpipe(job, input_dir, output_dir)
    res["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res["peak_rss_after_load_mb"] = loaded  # model loaded and warmed, before the timed run
    res["run_peak_rss_mb"] = _proc_status_mb("VmHWM") if reset else None
    res["rss_at_end_mb"] = _proc_status_mb("VmRSS")
    print(json.dumps(res))


def _proc_status_mb(key: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss(config: Path, input_dir: Path, output_dir: Path, threads: int, window: int) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--rss-child", str(config), str(input_dir),
           str(output_dir), "--threads", str(threads), "--window", str(window)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"RSS child failed:\n{r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


# -- the whole benchmark ------------------------------------------------------------------------


def run_all(config: Path, sizes: Sizes, threads: int, work: Path, log: Any = None, hf_dir: Path | None = None,
            package_dir: Path = MODELS / "argos") -> dict[str, Any]:
    """Every measurement, in one process (plus the Argos and RSS children); returns the JSON object.

    Args:
        config: The benchmark model's ``mtpipe.toml`` (its ``ru-en`` model serves every engine).
        sizes: Corpus sizes.
        threads: CPU threads of every engine.
        work: A scratch folder (corpora and outputs).
        log: A stream for progress lines, or None.
        hf_dir: The Hugging Face checkpoint of the same model; ``CONFIG_DIR/hf/full`` by default.
        package_dir: Where the ``.argosmodel`` files are kept between runs.
    """
    import ctranslate2

    def say(msg: str) -> None:
        if log is not None:
            print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=log, flush=True)

    docs = make_corpus(work / "corpus", sizes.docs)
    corpus = work / "corpus"
    say(f"corpus: {len(docs)} documents")

    job_ng = prepare_job(config, glossary=False, threads=threads)
    job_g = prepare_job(config, glossary=True, threads=threads)
    # two interleaved rounds, the best of each engine kept on every side: the cores are shared,
    # and noise should not decide a ratio
    ct2_runs, ng_runs, g_runs = [], [], []
    sources: list[str] = []
    for rnd in (1, 2):
        say(f"round {rnd}: mtpipe without glossary")
        ng_runs.append(time_mtpipe(job_ng, corpus, work / f"out-no-glossary-{rnd}"))
        sources = [s for _, s in read_segments(work / f"out-no-glossary-{rnd}")]
        say(f"round {rnd}: raw CTranslate2 on {len(sources)} segments")
        ct2_runs.append(time_ct2(job_ng, sources, threads))
        say(f"round {rnd}: mtpipe with glossary")
        g_runs.append(time_mtpipe(job_g, corpus, work / f"out-glossary-{rnd}"))
    for m in ng_runs + g_runs:
        m["segments_per_s"] = m["segments"] / m["seconds"]
        m["documents_per_s"] = m["documents"] / m["seconds"]
    ct2 = max(ct2_runs, key=lambda r: r["segments_per_s"])
    mt_ng = max(ng_runs, key=lambda r: r["segments_per_s"])
    mt_g = max(g_runs, key=lambda r: r["segments_per_s"])
    # the glossary's term-strategy probe ran once, in the warm-up: its cost per job, and the run
    # as it was before the probe (every strategy tried on every model), once
    probe_seconds = sum(p.seconds for p in job_g.term_probes.values())
    say("mtpipe with glossary, no term-strategy probe")
    job_np = prepare_job(config, glossary=True, threads=threads, probe_terms=False)
    mt_np = time_mtpipe(job_np, corpus, work / "out-glossary-no-probe")
    mt_np["segments_per_s"] = mt_np["segments"] / mt_np["seconds"]
    mt_np["documents_per_s"] = mt_np["documents"] / mt_np["seconds"]

    argos_missing = [m for m in ("argostranslate", "spacy") if importlib.util.find_spec(m) is None]
    if argos_missing:  # the comparison is optional: the rest of the figures do not need it
        say(f"argostranslate comparison skipped: {', '.join(argos_missing)} not installed "
            '(pip install -e ".[bench]")')
        argos = None
    else:
        say("argostranslate")
        argos = time_argos(job_g, docs, work, threads, package_dir)

    say("clean + segment")
    cs = clean_segment_speed(docs, sizes.repeat)

    say("translation memory: cold, then warm")
    tm_docs = make_corpus(work / "tm-corpus", sizes.tm_docs, start=10_000)
    job_tm = prepare_job(config, glossary=True, threads=threads, use_tm=True, tm_path=work / "tm.sqlite")
    cold = time_mtpipe(job_tm, work / "tm-corpus", work / "out-tm")
    warm = time_mtpipe(job_tm, work / "tm-corpus", work / "out-tm")

    say("glossary edit: cold run, one entry's English form changed, re-run")
    gedit = glossary_edit_rerun(config, work, sizes.tm_docs, threads)

    say("peak RSS: 1x and 10x corpora, one process each")
    make_corpus(work / "rss-1x", sizes.rss_docs, start=20_000)
    make_corpus(work / "rss-10x", 10 * sizes.rss_docs, start=20_000)
    # the job's window is the 1x corpus: 1x is one full window, 10x is ten of them (with the default
    # window of 16, a 1x corpus smaller than a window would hold less than 10x does by construction)
    rss1 = peak_rss(config, work / "rss-1x", work / "out-rss-1x", threads, sizes.rss_docs)
    rss10 = peak_rss(config, work / "rss-10x", work / "out-rss-10x", threads, sizes.rss_docs)

    say(f"transformers generate on {min(len(sources), sizes.hf_segments)} segments")
    hf = time_transformers(config, hf_dir or config.parent / "hf" / "full", sources[:sizes.hf_segments], threads)

    mt = mt_g  # peers are compared with the default product: the starter glossary on
    r2 = lambda x: round(x, 3)  # noqa: E731
    return {
        "engine_ratio": r2(mt_g["segments_per_s"] / ct2["segments_per_s"]),
        "engine_ratio_no_glossary": r2(mt_ng["segments_per_s"] / ct2["segments_per_s"]),
        "engine_ratio_probe_included": r2(mt_g["segments"] / (mt_g["seconds"] + probe_seconds) / ct2["segments_per_s"]),
        "engine_ratio_no_probe": r2(mt_np["segments_per_s"] / ct2["segments_per_s"]),
        **({"argos_speedup": r2(mt["documents_per_s"] / argos["documents_per_s"]),
            "argos_speedup_no_glossary": r2(mt_ng["documents_per_s"] / argos["documents_per_s"]),
            "argos_speedup_probe_included": r2(mt_g["documents"] / (mt_g["seconds"] + probe_seconds)
                                               / argos["documents_per_s"]),
            "argos_speedup_no_probe": r2(mt_np["documents_per_s"] / argos["documents_per_s"])} if argos else
           {"argos_speedup": None, "argos_skipped": f"not installed: {', '.join(argos_missing)} "
                                                    '(pip install -e ".[bench]")'}),
        "transformers_speedup": r2(mt["segments_per_s"] / hf["segments_per_s"]),
        "rss_growth_10x": r2(rss10["peak_rss_mb"] / rss1["peak_rss_mb"]),
        "rss_run_peak_growth_10x": (r2(rss10["run_peak_rss_mb"] / rss1["run_peak_rss_mb"])
                                    if rss1.get("run_peak_rss_mb") and rss10.get("run_peak_rss_mb") else None),
        "rss_at_end_growth_10x": (r2(rss10["rss_at_end_mb"] / rss1["rss_at_end_mb"])
                                  if rss1.get("rss_at_end_mb") and rss10.get("rss_at_end_mb") else None),
        "tm_warm_speedup": r2(cold["seconds"] / warm["seconds"]),
        "glossary_edit_rerun": r2(gedit["ratio"]),
        "clean_segment_vs_model": r2(cs["sentences_per_s"] / ct2["segments_per_s"]),
        "goals": {"engine_ratio": 0.90, "argos_speedup": 3, "rss_growth_10x": 1.2, "tm_warm_speedup": 20,
                  "glossary_edit_rerun": 0.10, "clean_segment_vs_model": 50},
        "mtpipe": _round(mt_g), "mtpipe_no_glossary": _round(mt_ng), "mtpipe_no_probe": _round(mt_np),
        "term_probe": {f"{tgt} {key}": p.to_dict() for (key, tgt), p in sorted(job_g.term_probes.items())},
        "ctranslate2_raw": _round(ct2),
        "runs_segments_per_s": {"ctranslate2_raw": [r2(r["segments_per_s"]) for r in ct2_runs],
                                "mtpipe": [r2(r["segments_per_s"]) for r in g_runs],
                                "mtpipe_no_glossary": [r2(r["segments_per_s"]) for r in ng_runs]},
        "argos": _round(argos) if argos else None, "transformers": _round(hf), "clean_segment": _round(cs),
        "tm": {"cold_seconds": r2(cold["seconds"]), "warm_seconds": r2(warm["seconds"]),
               "documents": cold["documents"], "segments": cold["segments"]},
        "glossary_edit": _round(gedit),
        "rss": {"1x": _round(rss1), "10x": _round(rss10)},
        "corpus": {"documents": len(docs), "segments": len(sources), "unique_segments": len(set(sources)),
                   "bytes": sum(p.stat().st_size for p, _ in docs), "seeds": list(SEED_PREFIXES)},
        "machine": {"cpu_count": os.cpu_count(), "threads": threads, "device": job_g.pool.device,
                    "compute_type": job_g.pool.compute_type, "ctranslate2": ctranslate2.__version__,
                    "python": sys.version.split()[0]},
        "model": {"kind": "full", "config": str(config), "d_model": 512, "layers": "6+6", "vocab": "32k"},
    }


def _round(d: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in d.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small corpora (a few minutes on 2 cores)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--threads", type=int, default=2, help="CPU threads of every engine (CTranslate2 intra, torch)")
    ap.add_argument("--docs", type=int, help="documents of the main corpus (overrides --quick's)")
    ap.add_argument("--models", type=Path, default=MODELS, help="where the full model is built and reused")
    ap.add_argument("--rss-child", nargs=3, metavar=("CONFIG", "IN", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--window", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--only", choices=["glossary_edit_rerun"],
                    help="run one measurement alone (on --docs documents, default the tm corpus size)")
    a = ap.parse_args()
    if a.rss_child:
        rss_child(*(Path(x) for x in a.rss_child), threads=a.threads, window=a.window)
        return
    sizes = QUICK if a.quick else FULL_SIZES
    if a.docs:
        sizes = Sizes(**{**sizes.__dict__, "docs": a.docs})
    config = ensure_full_model(a.models)
    with tempfile.TemporaryDirectory(prefix="mtpipe-bench-") as tmp:
        if a.only == "glossary_edit_rerun":
            g = glossary_edit_rerun(config, Path(tmp), a.docs or sizes.tm_docs, a.threads)
            res = {"glossary_edit_rerun": round(g["ratio"], 3), "goal": 0.10, "glossary_edit": _round(g)}
        else:
            res = run_all(config, sizes, a.threads, Path(tmp), log=sys.stderr)
    if a.json:
        print(json.dumps(res))
        return
    for k, v in res.items():
        print(f"{k}: {json.dumps(v) if isinstance(v, dict) else v}")


if __name__ == "__main__":
    main()

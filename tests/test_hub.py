"""Fetching the default models from a hub laid out like the real one (tests/hubserver.py).

The repositories are tiny random-weight copies of ``Helsinki-NLP/opus-mt-ru-en`` (safetensors on
``main`` beside tf/rust/flax/ONNX files), ``opus-mt-vi-en`` (``pytorch_model.bin`` only),
``opus-mt-en-zh`` (bin on ``main``, safetensors on the conversion pull request ``refs/pr/26``)
and ``facebook/nllb-200-distilled-600M`` (bin on ``main``, safetensors on ``refs/pr/45``); what
the real repositories hold, and where that was learned, is in tests/hubrepos.py's docstring.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.config import load_config, package_data
from mtpipe.models import hub as hub_mod
from mtpipe.models.hub import ALLOWED_FILES, FetchError, fetch

REPO = Path(__file__).resolve().parents[1]
NEVER = ("tf_model.h5", "rust_model.ot", "flax_model.msgpack", "onnx/encoder_model.onnx")

#: model -> (weights taken, from which revision, licence)
DEFAULT_MODELS = [
    ("opus-mt-ru-en", "model.safetensors", "main", "CC-BY-4.0"),
    ("opus-mt-vi-en", "pytorch_model.bin", "main", "Apache-2.0"),
    ("opus-mt-en-zh", "model.safetensors", "refs/pr/26", "Apache-2.0"),
    ("nllb-200-distilled-600M", "model.safetensors", "refs/pr/45", "CC-BY-NC-4.0"),
]
SAMPLE = {"ru": "Мэр провёл совещание в мэрии.", "vi": "Thị trưởng đã chủ trì cuộc họp.", "en": "The mayor held a meeting.",
          "zh": "市长主持召开了会议。"}


def _run(args: list[str], **env: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, args, env=env or None, catch_exceptions=False)


def _one_line(res) -> str:  # type: ignore[no-untyped-def]
    assert res.exit_code == 1, res.output
    lines = [ln for ln in res.output.splitlines() if ln.startswith("Error")]
    assert len(lines) == 1 and "Traceback" not in res.output, res.output
    return lines[0]


def _repo_file(hub_repos: Path, hf_id: str, revision: str, name: str) -> Path:
    return hub_repos / hf_id / revision.replace("/", "%2F") / name


@pytest.mark.parametrize("name,weights,weights_rev,licence", DEFAULT_MODELS)
def test_fetch_a_default_model_converts_records_and_translates(name, weights, weights_rev, licence, fake_hub,
                                                               hub_repos, tmp_path):
    spec = load_config().models[name]
    res = _run(["models", "fetch", name, "--cache-dir", str(tmp_path)])
    assert res.exit_code == 0, res.output
    out = tmp_path / name
    meta = json.loads((out / "mtpipe-model.json").read_text())
    assert meta["hf_id"] == spec.hf_id and meta["revision"] == spec.revision and meta["license"] == licence
    assert len(meta["commit"]) == 40
    # every downloaded file is recorded with the sha256 of the bytes the repository holds
    assert weights in meta["files"]
    for f, rec in meta["files"].items():
        src = _repo_file(hub_repos, spec.hf_id, rec["revision"] if rec["revision"] != spec.revision else "main", f)
        assert rec["sha256"] == hashlib.sha256(src.read_bytes()).hexdigest(), f
    assert meta["files"][weights]["revision"] == (spec.revision if weights_rev == "main" else weights_rev)
    assert meta.get("weights_revision", "main") == weights_rev
    # only allow-listed files and the chosen weights were asked for; never another format
    asked = set(fake_hub.downloads())
    assert asked <= set(ALLOWED_FILES[spec.family]) | {weights}, asked
    assert not asked & set(NEVER)
    if weights == "model.safetensors":
        assert "pytorch_model.bin" not in asked
    # a complete CTranslate2 folder and nothing left behind
    assert (out / "model.bin").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    from mtpipe.translator import Translator

    src, tgt = ("en", "zh") if name == "opus-mt-en-zh" else (("ru", "zh") if "nllb" in name else (name[8:10], "en"))
    out_text = Translator(spec, device="cpu", compute_type="int8", cache_dir=tmp_path).translate([SAMPLE[src]], src, tgt)
    assert out_text and isinstance(out_text[0], str)


def test_second_fetch_downloads_nothing(fake_hub, tmp_path):
    assert _run(["models", "fetch", "opus-mt-vi-en", "--cache-dir", str(tmp_path)]).exit_code == 0
    fake_hub.requests.clear()
    res = _run(["models", "fetch", "opus-mt-vi-en", "--cache-dir", str(tmp_path)])
    assert res.exit_code == 0 and fake_hub.requests == []
    res = _run(["models", "fetch", "opus-mt-vi-en", "--cache-dir", str(tmp_path), "--force"])
    assert res.exit_code == 0 and "pytorch_model.bin" in fake_hub.downloads()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["opus-mt-vi-en"]  # the old copy replaced, not kept


def test_bin_and_safetensors_of_the_same_weights_convert_alike(hub_repos, tmp_path):
    """The .bin path (torch.load weights_only, tied embeddings stored once) loses nothing."""
    import shutil

    from mtpipe.models.convert import convert

    main_dir = hub_repos / "Helsinki-NLP/opus-mt-en-zh/main"
    pr_dir = hub_repos / "Helsinki-NLP/opus-mt-en-zh/refs%2Fpr%2F26"
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(main_dir, a)
    hub_mod._bin_to_safetensors(a / "pytorch_model.bin", a / "model.safetensors")
    assert not (a / "pytorch_model.bin").exists()
    shutil.copytree(pr_dir, b)
    (b / "pytorch_model.bin").unlink()
    convert(a, tmp_path / "ca")
    convert(b, tmp_path / "cb")
    assert (tmp_path / "ca" / "model.bin").read_bytes() == (tmp_path / "cb" / "model.bin").read_bytes()


@pytest.mark.parametrize("repo,reason", [("test-org/truncated-bin", "not a loadable PyTorch checkpoint"),
                                         ("test-org/garbage-bin", "not a loadable PyTorch checkpoint")])
def test_broken_bin_fails_in_one_line_and_leaves_the_cache_clean(repo, reason, fake_hub, tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[models.broken]\nfamily = "marian"\nhf_id = "{repo}"\n')
    cache = tmp_path / "cache"
    err = _one_line(_run(["models", "fetch", "broken", "--config", str(cfg), "--cache-dir", str(cache)]))
    assert "pytorch_model.bin" in err and reason in err and "broken" in err
    assert not cache.exists() or list(cache.iterdir()) == []


def test_bytes_that_do_not_match_the_listed_sha256_are_refused(hub_repos, tmp_path, monkeypatch):
    from hubserver import FakeHub

    hub = FakeHub(hub_repos, lie_about={"pytorch_model.bin"}).start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    try:
        with pytest.raises(FetchError) as e:
            fetch(load_config().models["opus-mt-vi-en"], tmp_path, progress=lambda m: None)
    finally:
        hub.stop()
    assert "sha256" in str(e.value) and "\n" not in str(e.value)
    assert list(tmp_path.iterdir()) == []


def test_fetch_all_fetches_every_model_the_routes_use(fake_hub, tmp_path):
    cfg = tmp_path / "c.toml"
    text = package_data("default.toml").read_text()
    cfg.write_text(text + '\n[models.unused]\nfamily = "marian"\nhf_id = "test-org/garbage-bin"\n')
    res = _run(["models", "fetch", "--all", "--config", str(cfg), "--cache-dir", str(tmp_path / "cache")])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == sorted(load_config().models)


def test_list_shows_licences(tmp_path):
    res = _run(["models", "list", "--cache-dir", str(tmp_path)])
    assert res.exit_code == 0
    rows = {ln.split("\t")[0]: ln.split("\t") for ln in res.output.splitlines()[1:] if "\t" in ln}
    header = res.output.splitlines()[0].split("\t")
    lic = header.index("license")
    assert rows["nllb-200-distilled-600M"][lic] == "CC-BY-NC-4.0"
    assert rows["opus-mt-ru-en"][lic] == "CC-BY-4.0"
    assert "non-commercial" in res.output


def test_ct2_repository_is_taken_as_is_without_torch(fake_hub, hub_repos, tmp_path):
    """``ct2_id``: a CTranslate2 repository; torch and transformers are never imported."""
    from hubrepos import CT2_REPO

    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[models.vi-en-ct2]\nfamily = "marian"\nct2_id = "{CT2_REPO}"\nlicense = "Apache-2.0"\n')
    code = f"""
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('torch', 'transformers'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
from mtpipe.cli import main
sys.exit(main(['models', 'fetch', 'vi-en-ct2', '--config', {str(cfg)!r}, '--cache-dir', {str(tmp_path / 'cache')!r}]))
"""
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert res.returncode == 0, res.stderr
    out = tmp_path / "cache" / "vi-en-ct2"
    meta = json.loads((out / "mtpipe-model.json").read_text())
    assert meta["files"]["model.bin"]["sha256"] == hashlib.sha256(
        (hub_repos / CT2_REPO / "main" / "model.bin").read_bytes()).hexdigest()
    assert (out / "source.spm").is_file() and meta["license"] == "Apache-2.0"
    assert "README.md" not in fake_hub.downloads()


def test_slow_files_report_progress(hub_repos, tmp_path, monkeypatch):
    from hubserver import FakeHub

    # The weights (about 20 chunks of 64 KB) take about 2 s; a small file speaks only if it takes over 0.5 s,
    # which a loaded CI machine made config.json do with the former 0.05 s (a failed full suite).
    hub = FakeHub(hub_repos, slow_files={"pytorch_model.bin": 0.1}).start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setattr(hub_mod, "PROGRESS_AFTER_S", 0.5)
    monkeypatch.setattr(hub_mod, "PROGRESS_EVERY_S", 0.3)
    said: list[str] = []
    try:
        fetch(load_config().models["opus-mt-vi-en"], tmp_path, progress=said.append)
    finally:
        hub.stop()
    lines = [s for s in said if s.startswith("downloading pytorch_model.bin")]
    assert lines and all("MB/s" in s and " of " in s for s in lines), said
    assert not any(s.startswith("downloading config.json") for s in said)


def test_unreachable_hub_for_translate_is_one_line(tmp_path, repo_root):
    res = _run(["translate", str(repo_root / "examples"), "-o", str(tmp_path / "out"), "--to", "en",
                "--cache-dir", str(tmp_path / "cache")], HF_ENDPOINT="http://127.0.0.1:9", HF_HUB_OFFLINE="0")
    assert res.exit_code == 2
    errs = [ln for ln in res.output.splitlines() if ln.startswith("Error")]
    assert len(errs) == 1 and "cannot reach" in errs[0] and "Traceback" not in res.output


VI_ONLY = ("Thị trưởng đã chủ trì cuộc họp quan trọng hôm nay tại tòa thị chính.\n\n"
           "Cuộc họp bàn về kế hoạch phát triển kinh tế của thành phố trong năm tới.\n")


@pytest.mark.parametrize("targets,fetched", [("en", ["opus-mt-vi-en"]),
                                             ("en,zh", ["nllb-200-distilled-600M", "opus-mt-vi-en"])])
def test_translate_fetches_only_the_models_the_input_needs(targets, fetched, fake_hub, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "tin.txt").write_text(VI_ONLY, encoding="utf-8")
    cache = tmp_path / "cache"
    res = _run(["translate", str(src), "-o", str(tmp_path / "out"), "--to", targets, "--cache-dir", str(cache),
                "--no-glossary"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in cache.iterdir() if p.is_dir()) == fetched
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    nc = [w for w in report["warnings"] if "non-commercial" in w]
    warned = [ln for ln in res.output.splitlines() if "non-commercial" in ln]
    if "nllb-200-distilled-600M" in fetched:
        assert len(nc) == 1 and len(warned) == 1 and "CC-BY-NC-4.0" in nc[0]
        sig = report["signature"]["routes"]["vi-zh"][0]
        assert sig["license"] == "CC-BY-NC-4.0" and sig["revision"] == load_config().models[sig["name"]].revision
    else:
        assert nc == [] and warned == []


def _readme_first_command() -> list[str]:
    import re
    import shlex

    text = (REPO / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```bash\n(.*?)\n", text).group(1)
    cmd = first.split("&&", 1)[1].strip()
    assert cmd.startswith("mtpipe translate "), first
    return shlex.split(cmd)


def test_readme_first_command_against_the_hub(fake_hub, tmp_path, repo_root):
    """The README's first command (after its pip install), with a fresh cache; then again: no download."""
    import os
    import shutil

    shutil.copytree(repo_root / "examples", tmp_path / "examples")
    env = {**os.environ, "HF_ENDPOINT": fake_hub.url, "MTPIPE_CACHE": str(tmp_path / "cache"),
           "PYTHONPATH": str(repo_root)}
    cmd = [sys.executable, "-m", "mtpipe", *_readme_first_command()[1:]]
    res = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stderr[-3000:]
    out = tmp_path / "out"
    for doc in ("jilin/changchun_ru", "guangdong/zhaoqing_vi", "guangdong/zhaoqing_en"):
        recs = [json.loads(ln) for ln in (out / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert recs and all("en" in r and "zh" in r for r in recs), doc
        assert (out / f"{doc}.en.txt").is_file() and (out / f"{doc}.zh.txt").is_file()
    assert sum("non-commercial" in ln for ln in res.stderr.splitlines()) == 1
    fake_hub.requests.clear()
    again = subprocess.run(cmd + ["--no-resume"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    assert again.returncode == 0, again.stderr[-3000:]
    assert fake_hub.downloads() == [] and "mtpipe: fetching" not in again.stderr


def test_readme_commercial_safe_configuration(tmp_path):
    """README's commercial-safe routes, with the NLLB table deleted: no non-commercial model is reachable."""
    import re

    from mtpipe.config import NON_COMMERCIAL

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    routes = re.search(r"```toml\n(\s*\[routes\].*?)```", readme, re.S).group(1)
    text = package_data("default.toml").read_text(encoding="utf-8")
    text = text[:text.index("[models.nllb-200-distilled-600M]")]
    cfg_file = tmp_path / "default.toml"
    cfg_file.write_text(text + "\n" + "\n".join(ln.strip() for ln in routes.splitlines()) + "\n")
    cfg = load_config(cfg_file)
    assert all(cfg.models[m].license.upper() not in NON_COMMERCIAL for m in cfg.routed_models())
    assert [spec.name for _, _, spec in cfg.route("ru", "zh")] == ["opus-mt-ru-en", "opus-mt-en-zh"]
    assert [spec.name for _, _, spec in cfg.route("vi", "zh")] == ["opus-mt-vi-en", "opus-mt-en-zh"]


def test_dropped_connection_is_resumed(hub_repos, tmp_path, monkeypatch):
    from hubserver import FakeHub

    hub = FakeHub(hub_repos, cut_once={"pytorch_model.bin"}).start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    spec = load_config().models["opus-mt-vi-en"]
    try:
        fetch(spec, tmp_path, progress=lambda m: None)
    finally:
        hub.stop()
    assert (tmp_path / spec.name / "model.bin").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [spec.name]
    bin_gets = [p for m, p in hub.requests if m == "GET" and "pytorch_model.bin" in p and "/lfs/" in p]
    assert len(bin_gets) == 2  # the cut transfer, then the rest of it


def test_interrupted_run_keeps_complete_files_and_never_a_half_model(hub_repos, tmp_path, monkeypatch):
    from hubserver import FakeHub

    spec = load_config().models["opus-mt-vi-en"]
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    broken = FakeHub(hub_repos, cut_always={"pytorch_model.bin"}).start()
    monkeypatch.setenv("HF_ENDPOINT", broken.url)
    try:
        with pytest.raises(FetchError) as e:
            fetch(spec, tmp_path, progress=lambda m: None)
    finally:
        broken.stop()
    assert "run the command again to continue" in str(e.value) and "\n" not in str(e.value)
    assert [p.name for p in tmp_path.iterdir()] == [".partial"]  # no model folder, no half model
    healthy = FakeHub(hub_repos).start()
    monkeypatch.setenv("HF_ENDPOINT", healthy.url)
    try:
        fetch(spec, tmp_path, progress=lambda m: None)
    finally:
        healthy.stop()
    assert sorted(p.name for p in tmp_path.iterdir()) == [spec.name]
    got = [p for m, p in healthy.requests if m == "GET" and ("/lfs/" in p or "/resolve/" in p)]
    assert len(got) == 1 and "pytorch_model.bin" in got[0], got  # only what was missing


def test_the_server_answers_huggingface_hub_as_the_hub_does(fake_hub, tmp_path):
    """snapshot_download (tree listing, refs/pr revisions) and hf_hub_download's 404s work against it."""
    from huggingface_hub import HfApi, hf_hub_download, snapshot_download
    from huggingface_hub.errors import EntryNotFoundError, RepositoryNotFoundError, RevisionNotFoundError

    repo = "facebook/nllb-200-distilled-600M"
    got = Path(snapshot_download(repo, revision="refs/pr/45", local_dir=tmp_path / "snap", endpoint=fake_hub.url,
                                 allow_patterns=["*.json", "*.safetensors"]))
    assert (got / "model.safetensors").is_file() and not (got / "pytorch_model.bin").exists()
    api = HfApi(endpoint=fake_hub.url)
    assert [d.num for d in api.get_repo_discussions(repo) if d.author == "SFconvertbot"] == [45]
    assert api.model_info(repo).sha == load_config().models["nllb-200-distilled-600M"].revision
    with pytest.raises(EntryNotFoundError):
        hf_hub_download(repo, "model.safetensors", local_dir=tmp_path / "x", endpoint=fake_hub.url)
    with pytest.raises(RevisionNotFoundError):
        hf_hub_download(repo, "config.json", revision="refs/pr/99", local_dir=tmp_path / "y", endpoint=fake_hub.url)
    with pytest.raises(RepositoryNotFoundError):
        api.model_info("nobody/nothing")


@pytest.mark.parametrize("table,reason", [
    ('hf_id = "nobody/nothing"', "repository nobody/nothing not found"),
    ('hf_id = "Helsinki-NLP/opus-mt-vi-en"\nrevision = "0123456789abcdef0123456789abcdef01234567"', "revision"),
    ('ct2_id = "Helsinki-NLP/opus-mt-vi-en"', "not a CTranslate2 model"),
])
def test_wrong_repository_or_revision_is_one_line(table, reason, fake_hub, tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[models.m]\nfamily = "marian"\n{table}\n')
    err = _one_line(_run(["models", "fetch", "m", "--config", str(cfg), "--cache-dir", str(tmp_path / "cache")]))
    assert reason in err
    assert not (tmp_path / "cache").exists() or list((tmp_path / "cache").iterdir()) == []


def test_bin_with_views_of_one_storage_is_rewritten(tmp_path):
    import torch
    from safetensors.torch import load_file

    base = torch.arange(12, dtype=torch.float32).reshape(3, 4)
    state = {"model.shared.weight": base, "model.encoder.embed_tokens.weight": base, "lm_head.weight": base,
             "part": base[1:], "other": torch.ones(2)}
    torch.save(state, tmp_path / "pytorch_model.bin")
    hub_mod._bin_to_safetensors(tmp_path / "pytorch_model.bin", tmp_path / "model.safetensors")
    got = load_file(str(tmp_path / "model.safetensors"))
    assert set(got) == {"model.shared.weight", "part", "other"}  # tied names are re-tied by transformers
    assert torch.equal(got["part"], base[1:]) and torch.equal(got["model.shared.weight"], base)


def test_a_pickle_that_is_more_than_tensors_is_refused(tmp_path):
    import torch

    torch.save({"w": torch.ones(2), "x": {"nested": 1}}, tmp_path / "pytorch_model.bin")
    with pytest.raises(ValueError, match="state dict of tensors"):
        hub_mod._bin_to_safetensors(tmp_path / "pytorch_model.bin", tmp_path / "model.safetensors")

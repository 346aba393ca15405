"""``mtpipe models``: list, fetch (no hub here), convert, build-test; one-line errors."""

import socket
import threading
import time

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.config import load_config
from mtpipe.translator import TranslatorPool


def _run(args, env=None):
    return CliRunner(env=env or {}).invoke(main, ["models", *args])


def test_list_shows_every_model_route_and_presence(tiny_models):
    res = _run(["list", "--config", str(tiny_models)])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in res.output.strip().splitlines()[1:]]
    by_name = {r[0]: r for r in rows}
    assert set(by_name) == {"marian-ru-en", "marian-vi-en", "marian-en-zh", "nllb-tiny"}
    assert by_name["nllb-tiny"][1] == "nllb" and set(by_name["nllb-tiny"][3].split(", ")) == {"ru-zh", "vi-zh", "zh-en"}
    assert all(r[4] == "present" for r in rows)


def test_list_default_registry_reports_missing_models(tmp_path):
    res = _run(["list", "--cache-dir", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert "opus-mt-ru-en" in res.output and "missing" in res.output and "present" not in res.output


def _one_line_error(res):
    assert res.exit_code != 0
    lines = res.output.strip().splitlines()
    assert len(lines) == 1, res.output
    assert lines[0].startswith("Error:")
    return lines[0]


def test_fetch_offline_fails_at_once_in_one_line(tmp_path):
    t = time.monotonic()
    err = _one_line_error(_run(["fetch", "opus-mt-ru-en", "--cache-dir", str(tmp_path)], {"HF_HUB_OFFLINE": "1"}))
    assert time.monotonic() - t < 10
    assert "opus-mt-ru-en" in err and "Helsinki-NLP/opus-mt-ru-en" in err
    assert "mtpipe models convert" in err and "path =" in err


def test_fetch_refused_connection_fails_in_one_line(tmp_path):
    err = _one_line_error(_run(["fetch", "opus-mt-vi-en", "--cache-dir", str(tmp_path), "--timeout", "2"],
                               {"HF_ENDPOINT": "http://127.0.0.1:9", "HF_HUB_OFFLINE": "0"}))
    assert "opus-mt-vi-en" in err and "mtpipe models convert" in err


@pytest.fixture
def silent_hub():
    """A server that accepts connections and never answers (a hub behind a dead proxy)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    conns = []
    stop = threading.Event()

    def accept():
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conns.append(srv.accept()[0])
            except OSError:
                pass

    th = threading.Thread(target=accept, daemon=True)
    th.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}"
    stop.set()
    th.join()
    for c in conns:
        c.close()
    srv.close()


def test_fetch_from_silent_hub_gives_up_after_the_timeout(tmp_path, silent_hub):
    t = time.monotonic()
    err = _one_line_error(_run(["fetch", "opus-mt-ru-en", "--cache-dir", str(tmp_path), "--timeout", "2"],
                               {"HF_ENDPOINT": silent_hub, "HF_HUB_OFFLINE": "0"}))
    assert time.monotonic() - t < 20
    assert "within 2 s" in err and "opus-mt-ru-en" in err


def test_fetch_unknown_model_and_no_name():
    err = _one_line_error(_run(["fetch", "no-such-model"]))
    assert "no-such-model" in err and "opus-mt-ru-en" in err
    assert _run(["fetch"]).exit_code == 2


def test_fetch_skips_a_model_already_converted(tiny_models, tmp_path):
    # a converted copy in the cache is used without asking the hub
    import shutil

    shutil.copytree(tiny_models.parent / "marian-ru-en", tmp_path / "opus-mt-ru-en")
    res = _run(["fetch", "opus-mt-ru-en", "--cache-dir", str(tmp_path)], {"HF_HUB_OFFLINE": "1"})
    assert res.exit_code == 0, res.output
    assert res.output.strip() == f"opus-mt-ru-en: {tmp_path / 'opus-mt-ru-en'}"


def test_convert_a_local_checkpoint_then_translate(tiny_models, tmp_path):
    out = tmp_path / "ct2"
    res = _run(["convert", str(tiny_models.parent / "hf" / "marian-ru-en"), str(out), "--quantization", "int8"])
    assert res.exit_code == 0, res.output
    assert (out / "model.bin").is_file() and (out / "source.spm").is_file() and (out / "target.spm").is_file()
    assert '"quantization": "int8"' in (out / "mtpipe-model.json").read_text()
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[models.m]\nfamily = "marian"\npath = "{out}"\n[routes]\n"ru-en" = "m"\n'
                   '[decoding]\nmax_decoding_length = 8\n')
    assert TranslatorPool(load_config(cfg)).translate(["Мэр посетил город."], "ru", "en")[0]
    # converting again over it needs --force
    err = _one_line_error(_run(["convert", str(tiny_models.parent / "hf" / "marian-ru-en"), str(out)]))
    assert "force" in err.lower() or "exists" in err.lower()


def test_convert_rejects_what_is_not_a_checkpoint(tmp_path):
    (tmp_path / "empty").mkdir()
    err = _one_line_error(_run(["convert", str(tmp_path / "empty"), str(tmp_path / "out")]))
    assert "config.json" in err
    (tmp_path / "bert").mkdir()
    (tmp_path / "bert" / "config.json").write_text('{"model_type": "bert"}')
    err = _one_line_error(_run(["convert", str(tmp_path / "bert"), str(tmp_path / "out")]))
    assert "bert" in err


def test_convert_checkpoint_without_tokenizer_files(tiny_models, tmp_path):
    import shutil

    hf = tmp_path / "hf"
    shutil.copytree(tiny_models.parent / "hf" / "marian-ru-en", hf)
    (hf / "target.spm").unlink()
    err = _one_line_error(_run(["convert", str(hf), str(tmp_path / "out")]))
    assert "target.spm" in err


def test_build_test_rejects_unknown_kind(tmp_path):
    res = _run(["build-test", str(tmp_path), "--kind", "huge"])
    assert res.exit_code == 2 and "huge" in res.output


@pytest.mark.parametrize("cmd", [["list"], ["fetch"], ["convert"], ["build-test"], []])
def test_help_has_an_example(cmd):
    res = _run([*cmd, "--help"])
    assert res.exit_code == 0 and "Example:" in res.output


def test_build_test_tiny_writes_a_working_config(tmp_path):
    res = _run(["build-test", str(tmp_path / "m"), "--kind", "tiny", "--seed", "3"])
    assert res.exit_code == 0, res.output
    cfg_path = tmp_path / "m" / "mtpipe.toml"
    assert res.output.strip().splitlines()[-1] == str(cfg_path)
    cfg = load_config(cfg_path)
    pool = TranslatorPool(cfg)
    for src, tgt in [("ru", "en"), ("vi", "en"), ("en", "zh"), ("ru", "zh"), ("vi", "zh"), ("zh", "en")]:
        assert cfg.route(src, tgt)
        assert pool.translate(["Thị trưởng TERM0 thăm."], src, tgt)[0]
    # relative model paths: the folder can be moved
    (tmp_path / "m").rename(tmp_path / "moved")
    assert TranslatorPool(load_config(tmp_path / "moved" / "mtpipe.toml")).translate(["Мэр."], "ru", "en")[0]

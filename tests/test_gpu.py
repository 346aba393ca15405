"""The CUDA path: runs wherever CTranslate2 sees a GPU, skips cleanly elsewhere."""

import pytest

ctranslate2 = pytest.importorskip("ctranslate2")
pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(ctranslate2.get_cuda_device_count() == 0, reason="no CUDA device")]


def test_cuda_auto_compute_type_and_same_shapes(tiny_models):
    from mtpipe.config import load_config
    from mtpipe.translator import TranslatorPool

    gpu = TranslatorPool(load_config(tiny_models), device="cuda")
    assert gpu.device == "cuda" and gpu.compute_type == "float16"
    texts = ["Мэр посетил Чанчунь.", "Thị trưởng thăm thành phố."]
    out = gpu.translate(texts[:1], "ru", "en") + gpu.translate(texts[1:], "vi", "zh")
    assert all(o.strip() for o in out)


def test_cuda_end_to_end(tiny_models, seeds_dir, tmp_path):
    from click.testing import CliRunner

    from mtpipe.cli import main

    res = CliRunner().invoke(main, ["translate", str(seeds_dir), "-o", str(tmp_path), "--config", str(tiny_models),
                                    "--device", "cuda", "--compute-type", "int8_float16"])
    assert res.exit_code == 0, res.output

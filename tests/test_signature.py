"""One signature hash: the job state, the translation memory and every output agree on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtpipe.signature import Signature, signature_hash

#: (signature, what it exercises): the hash must be the same whoever computes it
CASES = [
    ({"mtpipe": "1", "config": "/models/mtpipe.toml", "device": "cpu"}, "ascii"),
    ({"mtpipe": "1", "config": "/данные/модели/mtpipe.toml", "device": "cpu"}, "cyrillic path"),
    ({"mtpipe": "1", "config": "/数据/模型.toml", "glossary_hash": "ab"}, "han path"),
    ({"mtpipe": "1", "config": "/bad/\udcff.toml"}, "undecodable file name (a lone surrogate)"),
    ({"mtpipe": "1", "config": Path("/models/x.toml")}, "a path object"),
]


@pytest.mark.parametrize("sig, what", CASES, ids=[c[1] for c in CASES])
def test_one_hash_for_every_reader(sig, what):
    from mtpipe.writers.jsonl import signature_hash as jsonl_hash

    h = signature_hash(sig)
    assert len(h) == 16 and int(h, 16) >= 0
    assert jsonl_hash(sig) == h == Signature(sig).hash()
    assert signature_hash({**sig, "device": "cuda"}) == h  # the device does not change outputs
    assert signature_hash({**sig, "mtpipe": "2"}) != h


@pytest.mark.slow
def test_state_memory_and_ledger_share_the_hash_with_a_non_ascii_config_path(tmp_path, tiny_models):
    from mtpipe.pipeline import Job, TranslateOptions

    folder = tmp_path / "модели 模型"
    folder.mkdir()
    src = Path(tiny_models)
    (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    for d in src.parent.iterdir():
        if d.is_dir():
            (folder / d.name).symlink_to(d)
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "a.txt").write_text("Мэр посетил Чанчунь.\n", encoding="utf-8")
    job = Job.prepare(TranslateOptions(config_path=str(folder / src.name)))
    assert "модели" in job.signature["config"]
    job.run(docs, tmp_path / "out")
    ledger = json.loads((tmp_path / "out" / "a.ledger.jsonl").read_text(encoding="utf-8").splitlines()[0])
    state = json.loads((tmp_path / "out" / ".mtpipe" / "state.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert ledger["signature_hash"] == state["sig"] == job.signature_hash()
    tmx = (tmp_path / "out" / "a.tmx").read_text(encoding="utf-8")
    assert f'<prop type="x-mtpipe-signature">{job.signature_hash()}</prop>' in tmx

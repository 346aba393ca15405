"""Bounded fuzzing (hypothesis) of the decoders, the glossary loader and the front of the pipeline.

Each target may only succeed or raise its own documented error; anything else is a bug.
CI runs these with a fixed example budget.
"""

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from mtpipe.clean import Cleaner
from mtpipe.document import Document
from mtpipe.glossary import GlossaryError, load_glossaries
from mtpipe.ingest import IngestError, decode_bytes, normalize_text
from mtpipe.segment import Segmenter

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

seeds = st.sampled_from([
    "Ван Цзылянь посетил Чанчунь.".encode("cp1251"),
    "王子联视察了长春。".encode("gb18030"),
    "Bí thư w88.is ủy".encode("utf-8"),
    "x".encode("utf-16"),
    b"\x89PNG\r\n\x1a\n",
    b"",
])


@FUZZ
@given(st.one_of(st.binary(max_size=400), st.builds(lambda a, b: a + b, seeds, st.binary(max_size=50))))
def test_decoder_only_decodes_or_refuses(data):
    try:
        text, enc = decode_bytes(data, "fuzz.bin")
    except IngestError as e:
        assert "fuzz.bin" in str(e)
        return
    assert isinstance(text, str) and enc
    normalized, offsets = normalize_text(text)
    assert len(offsets) == len(normalized) + 1


yaml_chars = st.sampled_from(list("entries:- id kind en zh aliases ru vi [ ] { } : , \" ' \n  # & * ! | > % @ ` 王 Ван"))


@FUZZ
@given(st.one_of(st.text(yaml_chars, max_size=200), st.text(max_size=200)))
def test_glossary_loader_only_loads_or_reports(tmp_path_factory, text):
    d = tmp_path_factory.mktemp("g")
    f = d / "g.yaml"
    f.write_text(text, encoding="utf-8")
    try:
        load_glossaries([f])
    except GlossaryError as e:
        assert e.problems and all(p.startswith(str(f) + ":") for p in e.problems)


@FUZZ
@given(st.text(max_size=600))
def test_clean_and_segment_keep_every_invariant(text):
    doc = Segmenter()(Cleaner()(Document.from_text(text)))
    doc.check()

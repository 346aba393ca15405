"""Package a CTranslate2 Marian model as an ``.argosmodel`` and time Argos Translate on it, offline.

Two halves:

* :func:`build_package` (run in the benchmark's process; imports spaCy, never
  argostranslate) writes the Argos 1.11 package layout and zips it::

      translate-ru_en-1_0/
          metadata.json         # from_code, to_code, type "translate", versions
          model/                # the CTranslate2 model folder, copied
          sentencepiece.model   # the Marian source.spm (Argos uses one SentencePiece model for both sides)
          spacy/                # a blank multilingual spaCy pipeline; Argos adds its own "sentencizer"

* ``python benchmarks/argos_package.py translate ...`` (always run in a *subprocess*:
  Argos reads its settings from the environment on import and creates folders under
  the home directory) installs the packages into a private temporary home, translates
  every document of a folder with ``argostranslate.translate`` and prints one JSON
  object with the wall time.

Argos's ``translate_batch`` call takes no decoding length, so the child wraps
``ctranslate2.Translator`` to add ``min_decoding_length``/``max_decoding_length``
(the same output length as the other engines) and ``max_input_length`` (the model's
position limit: Argos never splits a long sentence, and a blank spaCy sentencizer can
return one longer than the model takes); everything else is Argos's own code
path: paragraphs split on ``\\n``, sentences split by spaCy, one ``translate_batch``
per paragraph, SentencePiece decoding.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

LANG_NAMES = {"ru": "Russian", "vi": "Vietnamese", "en": "English"}


def build_package(model_dir: Path, out_file: Path, from_code: str, to_code: str = "en") -> Path:
    """Write ``out_file`` (an ``.argosmodel`` zip) holding ``model_dir`` for ``from_code -> to_code``.

    Args:
        model_dir: A CTranslate2 Marian model folder (``model.bin``, vocabulary, ``source.spm``).
        out_file: The package file to write.
        from_code: Argos source language code.
        to_code: Argos target language code.

    Returns:
        ``out_file``.
    """
    import spacy

    name = f"translate-{from_code}_{to_code}-1_0"
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / name
        (pkg / "model").mkdir(parents=True)
        for f in model_dir.iterdir():
            if f.is_file() and f.suffix != ".spm":
                shutil.copy(f, pkg / "model" / f.name)
        shutil.copy(model_dir / "source.spm", pkg / "sentencepiece.model")
        # blank pipeline: SpacySentencizerSmall loads it and calls add_pipe("sentencizer") itself
        spacy.blank("xx").to_disk(pkg / "spacy")
        meta = {
            "package_version": "1.0", "argos_version": "1.11.0", "code": name,
            "from_code": from_code, "from_name": LANG_NAMES.get(from_code, from_code),
            "to_code": to_code, "to_name": LANG_NAMES.get(to_code, to_code), "type": "translate",
            "links": [],
        }
        (pkg / "metadata.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        (pkg / "README.md").write_text("Random-weight OPUS-MT-shaped benchmark model (mtpipe).\n", encoding="utf-8")
        out_file.parent.mkdir(parents=True, exist_ok=True)
        part = out_file.with_suffix(".part")
        with zipfile.ZipFile(part, "w", zipfile.ZIP_STORED) as z:
            for f in sorted(pkg.rglob("*")):
                z.write(f, f.relative_to(Path(tmp)).as_posix())
        part.replace(out_file)
    return out_file


def argos_env(home: Path, device: str, compute_type: str, threads: int, max_batch_tokens: int) -> dict[str, str]:
    """Environment for the Argos child: private folders, offline sentence splitting, our decoding settings."""
    env = dict(os.environ)
    env.update(
        HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"), ARGOS_PACKAGES_DIR=str(home / "packages"),
        ARGOS_CHUNK_TYPE="SPACY", ARGOS_DEVICE_TYPE=device, ARGOS_COMPUTE_TYPE=compute_type,
        ARGOS_INTRA_THREADS=str(threads), ARGOS_INTER_THREADS="1", ARGOS_BEAM_SIZE="1",
        ARGOS_BATCH_SIZE=str(max_batch_tokens), ARGOS_DEBUG="0",
    )
    # sbd.py looks for a cached xx_sent_ud_sm on import and downloads it when missing; the packaged
    # spacy/ folder is what is used, so an empty placeholder keeps the import offline
    (home / "cache" / "argos-translate" / "spacy" / "senter" / "model").mkdir(parents=True, exist_ok=True)
    return env


def _translate_main(a: argparse.Namespace) -> None:
    import argostranslate.package
    import argostranslate.translate as at
    import ctranslate2

    class _FixedLength:
        """ctranslate2.Translator with the benchmark's decoding length on every call."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            self._t = ctranslate2.Translator(*args, **kwargs)

        def translate_batch(self, *args: object, **kwargs: object) -> object:
            kwargs.update(min_decoding_length=a.min_length, max_decoding_length=a.max_length,
                          max_input_length=a.max_input_length)
            return self._t.translate_batch(*args, **kwargs)

    shim = type(sys)("ctranslate2_fixed_length")
    shim.Translator = _FixedLength
    at.ctranslate2 = shim

    for p in a.package:
        argostranslate.package.install_from_path(Path(p))
    docs = json.loads(Path(a.manifest).read_text(encoding="utf-8"))  # [[path, lang], ...]
    out = Path(a.output)
    out.mkdir(parents=True, exist_ok=True)
    langs = sorted({lang for _, lang in docs})
    tr = {lang: at.get_translation_from_codes(lang, "en") for lang in langs}
    for lang in langs:  # load the model and spaCy outside the timing
        tr[lang].translate("Прогрев. Khởi động.")
    t = time.perf_counter()
    for path, lang in docs:
        text = Path(path).read_text(encoding="utf-8")
        (out / (Path(path).stem + ".en.txt")).write_text(tr[lang].translate(text), encoding="utf-8")
    seconds = time.perf_counter() - t
    print(json.dumps({"seconds": seconds, "documents": len(docs), "argostranslate": _version()}))


def _version() -> str:
    from importlib.metadata import version

    return version("argostranslate")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="write an .argosmodel")
    b.add_argument("model_dir", type=Path)
    b.add_argument("out_file", type=Path)
    b.add_argument("--from-code", required=True)
    t = sub.add_parser("translate", help="time Argos on a manifest of documents (set the env first: argos_env)")
    t.add_argument("--package", action="append", required=True)
    t.add_argument("--manifest", required=True, help="JSON list of [path, language]")
    t.add_argument("--output", required=True)
    t.add_argument("--min-length", type=int, required=True)
    t.add_argument("--max-length", type=int, required=True)
    t.add_argument("--max-input-length", type=int, default=1024,
                   help="source tokens beyond the model's positions are cut (Argos does not split long sentences)")
    a = ap.parse_args()
    if a.cmd == "build":
        print(build_package(a.model_dir, a.out_file, a.from_code))
    else:
        _translate_main(a)


if __name__ == "__main__":
    main()

"""The blind data named in one place (benchmarks/blind_sets.py, blind53): every tool's list reads it, and a part put
in ``CURRENT`` leaves the inputs of each tool that reads all the data."""

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import blind_sets  # noqa: E402

REALPAGES = ROOT / "benchmarks" / "data" / "realpages"
#: a dev part and a dev spam set, put in ``CURRENT`` for the test (any committed ones would do)
PROBE = ("held36", "langfresh30")


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    """``CURRENT`` with ``PROBE`` added, in both names the module is imported under."""
    import benchmarks.blind_sets as pkg

    for mod in (blind_sets, pkg):
        monkeypatch.setattr(mod, "CURRENT", mod.CURRENT + PROBE)
    return PROBE


def test_the_two_lists() -> None:
    assert set(blind_sets.CURRENT) <= set(blind_sets.NEVER_TRAIN)  # a part measured blind is never trained on
    assert blind_sets.NEVER_TRAIN == blind_sets.NEVER_TRAIN_PAGES + blind_sets.NEVER_TRAIN_SETS
    assert all(n.startswith("langfresh") for n in blind_sets.NEVER_TRAIN_SETS)
    assert not any(n.startswith("langfresh") for n in blind_sets.NEVER_TRAIN_PAGES)


def test_every_list_reads_the_module() -> None:
    import build_letter_shapes
    import rule_precision
    import train_line_classifier
    import test_clean_classifier
    from benchmarks import clutter_left

    assert train_line_classifier.BLIND == blind_sets.NEVER_TRAIN_PAGES == test_clean_classifier.NEVER
    assert rule_precision.BLIND == ("held25", "crawl11") + blind_sets.NEVER_TRAIN_PAGES
    assert build_letter_shapes.BLIND == frozenset(blind_sets.NEVER_TRAIN_SETS)
    assert clutter_left.BLIND == blind_sets.CURRENT
    for name in ("front_digest.py", "train_line_classifier.py", "rule_precision.py", "build_letter_shapes.py"):
        text = (ROOT / "tools" / name).read_text(encoding="utf-8")
        assert not any(f'"{n}"' in text for n in blind_sets.CURRENT), name  # no tool names the blind sets itself


def test_a_dev_split_is_read(tmp_path: Path) -> None:
    import glossary_edit_scope

    (tmp_path / "g").mkdir()
    assert glossary_edit_scope.corpus(tmp_path / "g", "held36", 1) > 0


def test_filters() -> None:
    page, spam = blind_sets.CURRENT  # this session's blind part and spam set, whichever they are
    assert blind_sets.is_current(REALPAGES / f"{page}.ann") and blind_sets.is_current(page)
    assert blind_sets.is_current(ROOT / f"benchmarks/data/{spam}/spam.tsv")
    assert not blind_sets.is_current(REALPAGES / "held36.ann") and not blind_sets.is_current("langfresh3")
    assert blind_sets.without_current(["held36", page, "train31"]) == ["held36", "train31"]


def test_a_current_part_leaves_the_readers(probe: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import build_langid_mixed15
    import front_digest
    import glossary_edit_scope
    import suggest_precision
    from benchmarks import clutter_left

    anns = sorted(REALPAGES.glob("*.ann"))
    assert "held36" in {f.stem for f in anns} and "held36" not in {f.stem for f in blind_sets.without_current(anns)}
    # benchmarks/autonames_precision.py --realpages and suggest_precision.py --realpages
    ids = {p.stem for p in suggest_precision.realpages_corpus(tmp_path).rglob("*.txt")}
    assert ids and not any(i.startswith("h36") for i in ids)
    # tools/front_digest.py (its default --skip); its front replaced, only the parts read are recorded
    read: list[str] = []
    monkeypatch.setattr(front_digest.cleaning, "load_file", lambda f: read.append(f.stem) or [])
    monkeypatch.setattr(front_digest.cleaning, "run_front", lambda paths, root: ([], None))
    front_digest.main([])
    assert read and "held36" not in read and blind_sets.CURRENT[0] not in read and "held35" in read
    # tools/build_langid_mixed15.py (no field-trial files: the realpages and segreal lines only)
    monkeypatch.setattr(sys, "argv", ["build_langid_mixed15.py", str(tmp_path), str(tmp_path)])
    capsys.readouterr()
    build_langid_mixed15.main()
    sources = {row.split("\t")[2].split(":")[0] for row in capsys.readouterr().out.splitlines()[1:]}
    assert "realpages/held35.ann" in sources and not {"realpages/held36.ann", f"realpages/{blind_sets.CURRENT[0]}.ann"} & sources
    # benchmarks/glossary_edit_scope.py (its corpus of one split)
    assert glossary_edit_scope.corpus(tmp_path / "g", "held36", 1) == 0
    # benchmarks/clutter_left.py (its tuple is read at import)
    assert "held36" in importlib.reload(clutter_left).BLIND
    monkeypatch.undo()
    assert "held36" not in importlib.reload(clutter_left).BLIND


def test_the_cv_tools_first_pass_skips_a_current_part(probe: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    """tools/line_classifier_cv.py runs the cleaner's cross-document first pass over the text pages: not the blind."""
    import cleaning
    import line_classifier_cv

    seen: list[str] = []
    monkeypatch.setattr(cleaning, "run_front", lambda paths, root: (seen.extend(p.stem for p in paths), ([], None))[1])
    assert line_classifier_cv.left_by_cleaner() == {}
    assert seen and not any(s.startswith("h36") for s in seen) and any(s.startswith("h35") for s in seen)


def test_the_lead_tools_leave_a_current_part_out(probe: tuple[str, ...], tmp_path: Path) -> None:
    # benchmarks/spam_sets.py (dev spam) and benchmarks/blind_now.py --dev-folder (dev less the blind part)
    from benchmarks import blind_now, spam_sets

    part, spam = probe
    names = [d.name for d in spam_sets.dev_sets()]
    assert spam not in names and "langfresh31" in names
    for s in blind_sets.CURRENT:
        assert s not in names
    linked = blind_now.dev_folder(tmp_path / "dev")
    assert f"{part}.ann" not in linked and "held35.ann" in linked and "html" in linked
    assert {p.name for p in (tmp_path / "dev").iterdir()} == set(linked)
    assert (tmp_path / "dev" / "held35.ann").read_text(encoding="utf-8") == (REALPAGES / "held35.ann").read_text(
        encoding="utf-8")

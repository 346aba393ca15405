"""tools/label_agreement.py: two readings of the same raw lines scored with the benchmark's definitions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "label_agreement.py"
sys.path.insert(0, str(TOOL.parent))

import label_agreement  # noqa: E402

FIRST = """### doc d1 lang=ru split=p bnd=yes url=http://a.example/1
+ Заголовок новости
+ Первое предложение.‖ Второе
+ продолжается здесь.‖
- Читайте также

= 12.03.2024
### doc d2 lang=vi split=p bnd=yes url=http://b.example/2
+ Câu thứ nhất.‖ Câu thứ hai.‖
- Xem thêm
"""

SECOND = """### doc d1 lang=ru split=pr2 bnd=yes url=http://a.example/1
+ Заголовок новости
+ Первое предложение. ‖Второе‖
+ продолжается здесь.‖
+ Читайте также

- 12.03.2024
### doc d2 lang=vi split=pr2 bnd=yes url=http://b.example/2
- Câu thứ nhất.‖ Câu thứ hai.‖
- Xem thêm
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_figures_use_the_benchmark_definitions(tmp_path: Path) -> None:
    first = label_agreement.read(_write(tmp_path, "p.ann", FIRST))
    second = label_agreement.read(_write(tmp_path, "p2.ann", SECOND))
    figures, diffs = label_agreement.compare(first, second)
    f = figures["all"]
    # content: 4 lines (3 ru, 1 vi); the vi one is clutter for the second reader
    assert (f["content"], f["content_precision"]) == (4, 0.75)
    # clutter+meta: "Читайте также" kept by the second reader, the date line and "Xem thêm" removed
    assert (f["clutter+meta"], f["clutter_recall"]) == (3, round(2 / 3, 4))
    # ends on lines both call content: first {after "предложение.", after "здесь."}; second adds one after
    # "Второе" (a line end the first reader continues over); a mark before or after a space is the same end
    assert f["boundary_f1"] == round(2 * (2 / 3) * 1 / (2 / 3 + 1), 4)
    assert f["line_end_disagreements"] == 1
    assert figures["ru"]["content_precision"] == 1.0 and figures["vi"]["content_precision"] == 0.0
    assert len(diffs) == 4 and any(d.startswith("d2 +-") for d in diffs)
    same, _ = label_agreement.compare(first, first)
    assert same["all"]["kappa3"] == 1.0 and same["all"]["boundary_f1"] == 1.0


def test_readings_of_different_text_are_refused(tmp_path: Path) -> None:
    first = label_agreement.read(_write(tmp_path, "p.ann", FIRST))
    second = label_agreement.read(_write(tmp_path, "p2.ann", SECOND.replace("Xem thêm", "Xem them")))
    with pytest.raises(SystemExit, match="d2: the two readings are not of the same raw lines"):
        label_agreement.compare(first, second)


def test_command_line_prints_both_directions(tmp_path: Path) -> None:
    a, b = _write(tmp_path, "p.ann", FIRST), _write(tmp_path, "p2.ann", SECOND)
    out = subprocess.run([sys.executable, str(TOOL), str(a), str(b), "--show"], capture_output=True, text=True,
                         check=True).stdout
    assert "first as reference" in out and "second as reference" in out and "# differing lines" in out
    # tags shown as (first, second): the vi line is content to the first reader, clutter to the second
    assert "d2 +-  Câu thứ nhất." in out and "d1 -+  Читайте также" in out

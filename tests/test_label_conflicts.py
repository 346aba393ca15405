"""tools/label_conflicts.py: one line text labelled two ways across documents is listed, never decided."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "label_conflicts.py"
sys.path.insert(0, str(TOOL.parent))

import label_conflicts  # noqa: E402

# a made-up folder of two parts: "Новости района" is a real conflict (the same rubric line over the text, clutter on
# one page and content on the other); "Контакты" is a context-justified pair (a menu item on one page, the heading of
# the page's own contact section on the other) -- the tool lists both, it does not decide; "Погода на завтра" is one
# title labelled alike everywhere (no group), and the same sentence with different ends is an ends group
PART_A = """### doc a1 lang=ru split=pa bnd=yes url=http://a.example/1
- Новости района
+ В посёлке открыли новую школу.‖ Её построили за год.‖
- Контакты
### doc a2 lang=ru split=pa bnd=yes url=http://a.example/2
+ Погода на завтра‖
+ Завтра ожидается дождь.‖ Ветер слабый.‖
"""

PART_B = """### doc b1 lang=ru split=pb bnd=yes url=http://b.example/1
+ Новости района‖
+ В районе отремонтировали мост.‖
+ Контакты:‖
+ Телефон приёмной указан ниже.‖
### doc b2 lang=ru split=pb bnd=no url=http://b.example/2
+ Погода на завтра
+ Завтра ожидается дождь. Ветер слабый.
### doc b3 lang=ru split=pb bnd=yes url=http://b.example/3
+ Завтра ожидается дождь. Ветер слабый.‖
"""


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "pa.ann").write_text(PART_A, encoding="utf-8")
    (tmp_path / "pb.ann").write_text(PART_B, encoding="utf-8")
    return tmp_path


def test_normalise_folds_case_space_marks_and_end_punctuation() -> None:
    assert label_conflicts.normalise("  «Новости   района»!‖ ") == "новости района"
    assert label_conflicts.normalise("Контакты:") == label_conflicts.normalise("КОНТАКТЫ")
    assert label_conflicts.normalise("Он пришёл. Она ушла.") == "он пришёл. она ушла"  # inner stops stay
    assert label_conflicts.normalise("| — |") == ""


def test_ends_ignore_the_side_of_a_space_or_stop() -> None:
    ends = label_conflicts.ends
    assert ends("Поехали!‖") == ends("Поехали‖") == ("end",)
    assert ends("Он пришёл.‖ Она ушла.‖") == ends("Он пришёл. ‖Она ушла.‖") == ("8", "end")
    assert ends("Заголовок") == ()


def test_groups_list_the_conflict_and_the_context_pair(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    occ = [o for f in sorted(folder.glob("*.ann")) for o in label_conflicts.occurrences(f)]
    found = {key: (kind, items) for kind, key, items in label_conflicts.groups(occ)}
    # the two tag groups, each with both lines, their parts, documents and the file's line numbers
    kind, items = found["новости района"]
    assert kind == "tag"
    assert [(o.part, o.doc, o.lineno, o.tag) for o in items] == [("pa", "a1", 2, "-"), ("pb", "b1", 2, "+")]
    kind, items = found["контакты"]
    assert kind == "tag" and sorted(o.tag for o in items) == ["+", "-"]
    # the same sentence line ended once at its end and once inside: an ends group over the scored documents only
    kind, items = found["завтра ожидается дождь. ветер слабый"]
    assert kind == "ends"
    assert sorted((o.doc, o.label) for o in items) == [("a2", "+ [20,end]"), ("b3", "+ [end]")]
    # labelled alike (b2 is bnd=no: its missing ends are no conflict)
    assert "погода на завтра" not in found
    assert len(found) == 3


def test_cli_prints_groups_with_context_and_counts(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = subprocess.run([sys.executable, str(TOOL), str(folder), "--context", "1"], capture_output=True, text=True,
                         check=True).stdout
    assert "'новости района'" in out and "pa:2 a1 -" in out and "pb:2 b1 +" in out
    assert ">      2 + Новости района‖" in out  # the line itself, marked, with its file line number
    assert out.strip().splitlines()[-1].startswith("groups: 3 (tags differ: 2, sentence ends differ: 1)")
    tags = subprocess.run([sys.executable, str(TOOL), str(folder), "--tags-only", "--counts"], capture_output=True,
                          text=True, check=True).stdout
    assert tags.startswith("groups: 2 (tags differ: 2, sentence ends differ: 0)")
    one = subprocess.run([sys.executable, str(TOOL), str(folder), "--part", "pa", "--counts"], capture_output=True,
                         text=True, check=True).stdout
    assert one.startswith("groups: 0")


def test_blind_parts_are_left_out(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    from blind_sets import CURRENT

    blind = next(n for n in CURRENT if not n.startswith("langfresh"))
    (folder / f"{blind}.ann").write_text(PART_B.replace("split=pb", f"split={blind}"), encoding="utf-8")
    out = subprocess.run([sys.executable, str(TOOL), str(folder), "--counts"], capture_output=True, text=True,
                         check=True).stdout
    assert out.startswith("groups: 3") and "parts read: 2" in out

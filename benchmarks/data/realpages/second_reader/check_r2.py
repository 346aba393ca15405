"""Check that a second reading keeps the raw text: ``python check_r2.py RAW R2ANN``.

Every line of the raw file (``? `` lines, ``### doc`` headers, blank lines) must come back from the reading
once its prefix (``+ ``/``- ``/``= ``) and its ``‖`` marks are taken off; marks stand on content lines only.
"""
import sys


def problems(raw_lines, ann_lines):
    out = []
    if len(raw_lines) != len(ann_lines):
        return [f"line counts differ: raw {len(raw_lines)}, reading {len(ann_lines)}"]
    for n, (r, a) in enumerate(zip(raw_lines, ann_lines), 1):
        if r.startswith("###") or r == "":
            if r != a:
                out.append(f"{n}: header or blank line changed")
            continue
        if a[:2] not in ("+ ", "- ", "= "):
            out.append(f"{n}: no label prefix")
        elif a[:2] != "+ " and "‖" in a:
            out.append(f"{n}: a sentence mark on a line that is not content")
        elif r[2:] != a[2:].replace("‖", ""):
            out.append(f"{n}: text differs from the raw line")
        elif "‖‖" in a:
            out.append(f"{n}: two marks in a row")
    return out


def main(argv):
    raw = open(argv[1], encoding="utf-8").read().split("\n")
    ann = open(argv[2], encoding="utf-8").read().split("\n")
    found = problems(raw, ann)
    for p in found:
        print(p)
    print(f"{len(raw)} lines checked, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

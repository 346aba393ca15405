"""Build ``mtpipe/clean/data/elements.tsv`` (spam89, issue 12 point 3): the 118 elements' symbols and main oxidation
states, read by :mod:`mtpipe.clean.spam_formula`.

A chemical formula written in capitals and figures ("KNO3", "K2SO4", "P2O5", "NH4NO3") looks like a pasted code to
the spam tests; langfresh45's controls (fertiliser pages) drew a blind false alarm on "KNO3". The symbols are the
periodic table's (IUPAC, 118 elements, https://iupac.org/what-we-do/periodic-table-of-elements/); the oxidation
states are the table's "main" (bold) ones of English Wikipedia's list (revision 1102394064), as the package
mendeleev 1.3.0 stores them (PyPI, MIT licence, ``mendeleev/elements.db``: tables ``elements`` and
``oxidationstates``, category ``main``; its ``propertymetadata`` names the revision). Elements with no main state
(the noble gases He Ne Ar Rn and the elements from 105 on) keep an empty cell.

    pip download mendeleev==1.3.0 --no-deps -d /tmp/m && unzip -o /tmp/m/mendeleev-*.whl mendeleev/elements.db -d /tmp/m
    python tools/build_elements.py /tmp/m/mendeleev/elements.db
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "mtpipe" / "clean" / "data" / "elements.tsv"
HEADER = """# symbol<TAB>main oxidation states (comma-separated; empty: none) for the 118 elements (IUPAC symbols), built by
# tools/build_elements.py (spam89) from mendeleev 1.3.0 (MIT licence), elements.db, oxidationstates category "main"
# (English Wikipedia's list of oxidation states of the elements, revision 1102394064, bold states).
"""


def main(db: str) -> None:
    con = sqlite3.connect(db)
    rows = con.execute("select atomic_number, symbol from elements order by atomic_number").fetchall()
    states: dict[int, list[int]] = {}
    for z, s in con.execute("select atomic_number, oxidation_state from oxidationstates where category = 'main' "
                            "order by atomic_number, oxidation_state"):
        states.setdefault(z, []).append(s)
    assert len(rows) == 118, len(rows)
    body = "".join(f"{sym}\t{','.join(map(str, states.get(z, [])))}\n" for z, sym in rows)
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(rows)} elements, {sum(map(len, states.values()))} main states -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])

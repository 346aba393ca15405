"""left104 (pre-blind, held55's leftovers): a document module's labels on a portal's page of an act.

``portal.document_label`` (:mod:`mtpipe.clean.document_labels104`): "Параметры документа" over the card's fields,
"Приложенные файлы:" over the downloads -- the module's labels, whole lines; an act's own headings, an annex's
heading, a field with its value and a sentence that names a document stay (the Vietnamese labels are
``vi_portal.WIDGETS``', not this rule's).  Cases in
``tests/data/left104/document_labels.tsv`` (synthetic lines in the shapes seen).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.document_labels104 import RULE, document_label
from mtpipe.document import Document

_DATA = Path(__file__).resolve().parent / "data" / "left104" / "document_labels.tsv"
_CASES = [(line.split("\t", 1)[1].rstrip("\n"), line.startswith("1"))
          for line in _DATA.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def test_cases_hold_both_verdicts():
    assert sum(w for _, w in _CASES) >= 5 and sum(not w for _, w in _CASES) >= 5


@pytest.mark.parametrize("line,want", _CASES)
def test_document_label(line, want):
    assert document_label(line) is want


def test_document_card_through_the_cleaner():
    title = "О назначении и проведении собрания граждан в посёлке Заречный"
    text = (f"{title}\n\nПараметры документа\nНомер документа: 14\nДата принятия: 3 марта 2025\n"
            "\n"
            "В соответствии с уставом поселения администрация назначает собрание граждан на 15 марта 2025 года "
            "в здании дома культуры.\n\nНа собрании будет рассмотрен вопрос о благоустройстве центральной площади "
            "посёлка и о ремонте дорог.\n\nПриложенные файлы:\n")
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="p.ru.txt", path="p.ru.txt"))
    gone = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert gone.get("Параметры документа") == RULE
    assert gone.get("Приложенные файлы:") == RULE
    assert "администрация назначает собрание граждан" in doc.text
    assert title in doc.text

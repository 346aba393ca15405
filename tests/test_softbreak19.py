"""Lead, nineteenth session (read from held32 after its blind measure): a list item over a place's label keeps its
break (``mtpipe.clean.softbreak_leads.label_after_item``).  An outage list's "– с. Новотолучеево (09:00 – 17:00)" was
joined to the next district's label "р. Ольховатский:" because the label opens in lower case.  Negatives: running
text wrapped before "г. Москве", a label with no list item above it, an item wrapped into a lower-case word."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks


def _joined(lines: list[str]) -> list[int]:
    text = "\n".join(lines)
    return [text[:p].count("\n") for p in soft_breaks(text)]


@pytest.mark.parametrize("lines", [
    ["– с. Краснополье (15:00 – 17:00)", "р. Ольховатский:", "– п. Бугаевка (08:00 – 17:00)"],
    ["• ул. Садовая, дома 1-15", "ул. Ленина:", "• дома 2-40"],
    ["- д. Медовка (08:59 – 17:59)", "с. Новоживотинное:", "- ул. Полевая"],
])
def test_a_place_label_after_a_list_item_stays_apart(lines):
    assert 0 not in _joined(lines)


@pytest.mark.parametrize("lines", [
    ["Сейчас он вместе с семьёй постоянно проживает в", "г. Москве и работает в крупной строительной компании."],
    ["– поставка оборудования для котельной в", "с. Заречное и ремонт теплотрассы."],
])
def test_running_text_and_items_wrapped_before_an_abbreviation_still_join(lines):
    assert 0 in _joined(lines)

"""spam89 (issue 12 point 3, post-blind): chemical formulas of the periodic table (mtpipe.clean.spam_formula), and
a stray token between two figures or, in lower case, between a figure and a name (spam_lone's ``number`` place).

Every sentence is written for the test (no langfresh row). Formula rows marked ``flagged before`` were flagged at the
branch point (integ 480abb81); spam codes of the formulas' alphabet that do not balance stay flagged.
"""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_formula import formula, oxidation_states, pieces
from mtpipe.clean.spam_lookalike import look_alike
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    cleaner = Cleaner(CleanOptions(spam=SpamRepair(context=True)))
    doc = cleaner(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


def test_the_table_holds_118_symbols():
    table = oxidation_states()
    assert len(table) == 118
    assert table["K"] == (1,) and table["O"] == (-2,) and set(table["N"]) == {-3, 3, 5}
    assert table["He"] == () and table["Og"] == ()


@pytest.mark.parametrize("tok", ["KNO3", "K2SO4", "P2O5", "KH2PO4", "NH4NO3", "(NH4)2SO4", "Ca(H2PO4)2", "CO(NH2)2",
                                 "NaCl", "HCl", "MgSO4", "Fe2O3", "Na2B4O7", "ZnSO4", "CaCO3"])
def test_formulas_balance(tok):
    assert formula(tok)


@pytest.mark.parametrize("tok", [
    "BK8", "K8VI", "SUN6", "B5I2VY",  # dev spam codes of the alphabet: nothing negative, or no balance
    "W69", "K68", "Rb88",  # one element
    "CO", "KI", "NO",  # plain capitals: an acronym, a word
    "SpO2", "KNO3x", "K0NO3", "K1NO3", "KNO333", "(NH4", "NH4)2", "((NH4)2)SO4", "He2O", "kno3", "Kno3",
])
def test_not_formulas(tok):
    assert not formula(tok)


def test_groups_multiply():
    assert pieces("Ca(H2PO4)2") == [("Ca", 1), ("H", 4), ("P", 2), ("O", 8)]


POSITIVE = [
    ("KNO3", "Cây cà phê cần kali nên nhiều nhà vườn dùng KNO3 bón thúc sau mùa thu hoạch."),  # flagged before
    ("KH2PO4", "Nông dân thường pha KH2PO4 với nước sạch rồi phun lên lá."),  # flagged before
    ("NH4NO3", "Nhà vườn hay trộn NH4NO3 với vôi trước khi bón cho ruộng lúa."),  # flagged before
    ("K2SO4", "Nhiều người dùng K2SO4 bón gốc cho cây sầu riêng."),  # flagged before
    ("P2O5", "Nông dân thường pha P2O5 với nước sạch rồi phun lên lá."),
]


@pytest.mark.parametrize("tok,text", POSITIVE)
def test_formulas_are_not_flagged(tok, text):
    a = text.index(tok)
    assert look_alike(text, a, a + len(tok)) == "symbol"
    assert _flags(text) == []


@pytest.mark.parametrize("tok", ["BK8", "K8VI", "SUN6", "CO88"])
def test_codes_of_the_alphabet_are_no_look_alikes(tok):
    text = f"Nông dân thường pha {tok} với nước sạch rồi phun lên lá."
    a = text.index(tok)
    assert look_alike(text, a, a + len(tok)) is None


SPAM = [
    # between two figures, and a lower-case one between a figure and a name's syllable (not flagged before)
    ("rivo-kazinoz", "Ông sinh ngày 12 rivo-kazinoz 3 năm 1931 tại làng bên sông."),
    ("pelorbet-xz", "Năm 1972 pelorbet-xz Giáo dục ra quyết định mở thêm trường."),
]


@pytest.mark.parametrize("tok,text", SPAM)
def test_spam_stays_flagged(tok, text):
    assert tok in _flags(text)


CLEAN = [
    "Ông sinh ngày 12 tháng 3 năm 1931 tại làng bên sông.",
    "Máy có 2 cổng USB 3 và một khe thẻ nhớ.",  # capitals between figures: no lower-case token
    "Năm 1972 Bộ Giáo dục ra quyết định mở thêm trường.",
    "Gói cước có 5 GB 4G mỗi ngày cho thuê bao mới.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_real_text_between_figures_not_flagged(text):
    assert _flags(text) == []

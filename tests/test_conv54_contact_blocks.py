"""conv54 (issue 12): the address a site's header contact block keeps once its phone and e-mail lines are gone.

``portal.header_contact`` (:mod:`mtpipe.clean.contact_blocks`), Convention 13 of the realpages README.  Positives:
``h37ru15``'s hospital block (hotline, e-mail, address wrapped over two lines) and the same block in the forms other
institutions' headers print (a labelled legal address, a "Тел.:" line, a Vietnamese "Địa chỉ:" block).  Negatives:
a block whose phone or e-mail line a layer kept (a record's: ``c12vi11``), an address with no phone and e-mail beside
it (``h27ru06``'s church record), a block under the text's first sentence (a contact list the text leads into), an
address written as a sentence, a block with a phone but no e-mail, and no text under the block (a contact page).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.contact_blocks import block_addresses, field_kind
from mtpipe.clean.vi_contacts53 import HEADER_CONTACT
from mtpipe.document import Document


@pytest.mark.parametrize("s,kind", [
    ("Адрес: 607400, Нижегородская область,", "address"),               # h37ru15
    ("Юридический адрес: 125009, г. Москва, ул. Тверская, д. 7", "address"),
    ("Địa chỉ: Số 89, phố Tô Vĩnh Diện, quận Thanh Xuân, Hà Nội", "address"),
    ("Горячая линия: +7 831 (48) 5-32-19", "phone"),                     # h37ru15
    ("Тел.: 8 (8342) 25-39-59", "phone"),
    ("Телефон приёмной: (4712) 70-21-68", "phone"),
    ("Hotline: 024.355.63.010", "phone"),                                # h7vi01
    ("E-mail: crb_pvz@mail.52gov.ru", "email"),                          # h37ru15
    ("polik10.rm@mail.ru", "email"),                                     # t28ru45
    ("г. Перевоз, ул. Центральная, 68", None),                           # a wrapped line: no field of its own
    ("Адресная программа капитального ремонта на 2025 год", None),       # no label and colon
    ("Телефонное мошенничество: как не попасться на уловки", None),      # a heading, no number
    ("Жители района смогут задать по телефону 3-31-00 интересующие вопросы местного значения.", None),
    ("Копия заказа будет выслана на ваш e-mail, указанный при оформлении заказа.", None),
])
def test_field_kind(s, kind):
    assert field_kind(s) == kind


_BLOCK = ["Горячая линия: +7 831 (48) 5-32-19", "E-mail: crb_pvz@mail.52gov.ru", "Адрес: 607400, Нижегородская область,",
          "г. Перевоз, ул. Центральная, 68"]
_TEXT = ["Даты", "1364 — В Нижегородском княжестве свирепствует эпидемия чумы.",
         "1591 — первое упоминание о Перевозе в летописях."]


def _run(lines, removed, joined=None):
    joined = joined if joined is not None else [k > 0 for k in range(len(lines))]
    return block_addresses(lines, joined, removed)


def test_block_address_goes_with_its_fields():
    lines = ["«Перевозская центральная районная больница»", *_BLOCK, *_TEXT]
    joined = [False, False, True, True, True, False, False, False]
    got = _run(lines, {1: "x", 2: "x"}, joined)
    assert sorted(got) == [3, 4] and {v[0] for v in got.values()} == {HEADER_CONTACT}


@pytest.mark.parametrize("removed", [{1: "x"}, {2: "x"}, {}])   # a phone or e-mail line kept: the block is a record's
def test_kept_field_keeps_the_address(removed):
    lines = ["«Перевозская центральная районная больница»", *_BLOCK, *_TEXT]
    assert _run(lines, removed, [False, False, True, True, True, False, False, False]) == {}


def test_negatives_of_the_same_shape():
    joined = [False, False, True, True, True, False, False, False]
    # a blank line between the fields: no block
    assert _run(["Имя", *_BLOCK, *_TEXT], {1: "x", 2: "x"}, [False] * 8) == {}
    # a block under the text's first sentence (a contact list the text leads into)
    lines = ["Записаться на приём можно по телефону или по почте.", *_BLOCK, *_TEXT[1:], "Ждём вас."]
    assert _run(lines, {1: "x", 2: "x"}, joined) == {}
    # no text under it: a contact page
    assert _run(["Контакты", *_BLOCK], {1: "x", 2: "x"}, [False, False, True, True, True]) == {}
    # a phone and no e-mail (a church record: address and phone under its name)
    lines = ["Церковь во имя Покрова", "Адрес: Россия, Свердловская обл., Каменский р-н, с.Покровское",
             "Тел.: 8 (34378) 3-11-22", *_TEXT]
    assert _run(lines, {2: "x"}, [False, False, True, False, False, False]) == {}
    # an address written as a sentence closes with a stop: kept
    lines = ["Имя", _BLOCK[0], _BLOCK[1], "Адрес: 607400, Нижегородская область, г. Перевоз, ул. Центральная, 68.", *_TEXT]
    assert _run(lines, {1: "x", 2: "x"}, [False, False, True, True, False, False, False]) == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_in_the_cleaner(policy):
    text = "\n\n".join(["Государственное бюджетное учреждение\nздравоохранения Нижегородской области",
                        "«Перевозская центральная районная больница»", "\n".join(_BLOCK), "Даты",
                        "Надеюсь, это поможет при лечении моего времени.",
                        "1364 — В Нижегородском княжестве свирепствует эпидемия чумы.",
                        "1591 — первое упоминание о Перевозе в летописях.",
                        "1864 — первое упоминание в губернских отчётах о медпункте в Пьянском Перевозе."])
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    got = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert _BLOCK[0] in got and _BLOCK[1] in got  # the layers before take the phone and e-mail lines
    # the wrapped address is one unit (soft54's softbreak_fields joins a field's value wrapped after a comma)
    assert got.get(f"{_BLOCK[2]}\n{_BLOCK[3]}") == HEADER_CONTACT
    assert not any(line in got for line in ("1364 — В Нижегородском княжестве свирепствует эпидемия чумы.",
                                            "1591 — первое упоминание о Перевозе в летописях."))

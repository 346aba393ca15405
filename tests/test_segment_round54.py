"""Round bnd54 (issue 12: no sentence cut at a soft line break), table-driven per class:

* a labelled field whose value wraps: the value ends with a comma, the next line goes on in lower case and is no
  field; the field goes on into it (:mod:`mtpipe.clean.softbreak_fields`; held37's ``h37ru15``, a hospital's contact
  block; organisations' contact pages found with the search tool: "Юридический адрес: 623408, Свердловская область,"
  over "г. …", "Адрес: 693000, Южно-Сахалинск," over "пр. Коммунистический, д. 33");
* with it, a chronicle's heading over its year lines is never the line classifier's (:mod:`mtpipe.clean.chronicle`;
  ``h37ru15``'s "Даты", which the address's trailing comma had kept inside the article: the join exposed it).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.chronicle import chronicle_heads
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_fields import value_wraps
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _joined(text: str) -> list[str]:
    """The lines whose newline is a soft break (each line as the text has it)."""
    return [text[:p].rsplit("\n", 1)[-1] for p in soft_breaks(text)]


# (text, lines joined to the next one)
FIELD_WRAPS = [
    # a hospital's contact block: the address wraps after the region (h37ru15); the rows above stay rows
    ("Горячая линия: +7 831 (48) 5-32-19\nE-mail: crb_pvz@mail.52gov.ru\nАдрес: 607400, Нижегородская область,\n"
     "г. Перевоз, ул. Центральная, 68", ["Адрес: 607400, Нижегородская область,"]),
    # a company's requisites: a two-word label
    ("ИНН: 6671234567\nЮридический адрес: 623408, Свердловская область,\nг. Каменск-Уральский, ул. Ленина, д. 5",
     ["Юридический адрес: 623408, Свердловская область,"]),
    # a rector's office: the city, then the avenue
    ("Приёмная ректора:\nАдрес: 693000, Южно-Сахалинск,\nпр. Коммунистический, д. 33\nТелефон: 8 (4242) 45-23-00",
     ["Адрес: 693000, Южно-Сахалинск,"]),
    # a postal address: the village, then the district ("р-н"); left apart where the district opens with a capital
    # (a tag list's next row looks the same)
    ("Почтовый адрес: 346720, с. Большой Лог,\nАксайский район, Ростовская область", []),
    ("Почтовый адрес: 346720, с. Большой Лог,\nр-н Аксайский, Ростовская область",
     ["Почтовый адрес: 346720, с. Большой Лог,"]),
    # Vietnamese: a street, then the ward and the district in lower case
    ("Địa chỉ: Số 36 Dân Lập,\nphường Dư Hàng Kênh, quận Lê Chân\nĐiện thoại: 031 3740577",
     ["Địa chỉ: Số 36 Dân Lập,"]),
    ("Trụ sở: 15 Trần Phú,\nthành phố Hà Tĩnh, tỉnh Hà Tĩnh", ["Trụ sở: 15 Trần Phú,"]),
    # negatives: a value closed by a comma over another field, over a line opening with a capital (a tag list's row)
    ("Адрес: 607400, Нижегородская область,\nТелефон: 8 (83148) 5-32-19", []),
    ("Теги: политика, экономика,\nСпорт", []),
    ("Địa chỉ: Số 36 Dân Lập,\nĐiện thoại: 031 3740577", []),
    # a profile's rows: values without a comma stay apart, also over a line in lower case
    ("Сообщения: 396\nоткуда: Питер", []),
    ("Зарегистрирован: 12.03.2010\nСообщения: 396", []),
    # the row before the field is never continued into it
    ("E-mail: crb_pvz@mail.52gov.ru\nАдрес: 607400, Нижегородская область,\nг. Перевоз",
     ["Адрес: 607400, Нижегородская область,"]),
]


@pytest.mark.parametrize("text, joined", FIELD_WRAPS)
def test_field_value_wraps(text, joined):
    assert _joined(text) == joined


@pytest.mark.parametrize("cur, nxt, wraps", [
    ("Адрес: 607400, Нижегородская область,", "г. Перевоз, ул. Центральная, 68", True),
    ("Địa chỉ: Số 36 Dân Lập,", "phường Dư Hàng Kênh", True),
    ("Адрес: 607400, Нижегородская область", "г. Перевоз", False),  # no comma: the value is whole
    ("Адрес: 607400,", "телефон: 5-32-19", False),  # the next line is a field
    ("Вчера на заседании правительства обсуждали бюджет,", "а сегодня его приняли.", False),  # no field
])
def test_value_wraps(cur, nxt, wraps):
    from mtpipe.clean.softbreak import _continues

    assert value_wraps(cur, nxt, _continues) is wraps


def test_contact_block_address_one_unit():
    """Through the cleaner and the segmenter: the wrapped address is one line and goes as one (h37ru15's block: a
    site's own header contacts, Convention 13 of the realpages README, conv54), never cut after "область,"."""
    raw = ("Государственное бюджетное учреждение здравоохранения Нижегородской области\n\n"
           "Горячая линия: +7 831 (48) 5-32-19\nE-mail: crb_pvz@mail.52gov.ru\nАдрес: 607400, Нижегородская область,\n"
           "г. Перевоз, ул. Центральная, 68\n\n"
           "1591 — первое упоминание о Перевозе в летописях.\n\n"
           "1864 — первое упоминание в губернских отчётах о медпункте в Пьянском Перевозе.\n")
    doc = Segmenter()(Cleaner()(Document.from_text(raw, doc_id="contacts")))
    units = [s.source for s in doc.segments]
    removed = [e.text for e in doc.ledger if e.action == "removed"]
    assert "Адрес: 607400, Нижегородская область,\nг. Перевоз, ул. Центральная, 68" in removed
    assert not any("область," in u or "Перевоз, ул." in u for u in units)


def test_record_address_one_unit():
    """A record page's address (its subject's, Convention 13: content), wrapped after a comma: kept, one unit."""
    raw = ("Храм во имя Покрова Пресвятой Богородицы\n\nАдрес: 623408, Свердловская область,\n"
           "г. Каменск-Уральский, ул. Ленина, 5\n\n"
           "Храм построен в 1890 году на средства прихожан и освящён в честь Покрова.\n\n"
           "Службы проходят по воскресеньям.\n")
    doc = Segmenter()(Cleaner()(Document.from_text(raw, doc_id="record")))
    units = [s.source for s in doc.segments]
    assert "Адрес: 623408, Свердловская область, г. Каменск-Уральский, ул. Ленина, 5" in units
    assert not any(u.endswith("область,") for u in units)


H37_CHRONICLE = ["Даты", "Надеюсь, это поможет при лечении моего времени.", "Милорад Павич «Звёздная мантия»",
                 "1364 — В Нижегородском княжестве свирепствует эпидемия чумы.",
                 "1591 — первое упоминание о Перевозе в летописях.",
                 "1864 — первое упоминание в губернских отчётах о медпункте в Пьянском Перевозе.",
                 "Начало земской реформы в губернии.",
                 "1891–1892 — год в Княгининском уезде эпидемия брюшного тифа."]

# (lines, indexes guarded)
CHRONICLES = [
    # h37ru15: the heading, an epigraph and its author between it and the chronicle (the author's line, straight
    # over the first fact, is held too)
    (H37_CHRONICLE, {0, 2}),
    # a school's chronicle: spans of years, "год"
    (["Хронология", "1936 год — открыта начальная школа.", "1941–1945 — здание занимает госпиталь.",
      "1967 — построен новый корпус.", "1990 — школа получает статус гимназии."], {0}),
    # Vietnamese: "Các mốc lịch sử" over "1945 – …"
    (["Các mốc lịch sử", "1945 – Cách mạng tháng Tám thành công", "1954 – Chiến thắng Điện Biên Phủ",
      "1975 – Giải phóng miền Nam, thống nhất đất nước"], {0}),
    (["Niên biểu", "1957: Thành lập trường", "1975: Trường mang tên mới", "2005: Trường đạt chuẩn quốc gia"], {0}),
    # negatives: an archive widget (counts, no words), dated news items (full dates), too few facts, a long line
    (["Архив", "2024 — 15", "2023 — 40", "2022 — 38"], set()),
    (["Новости", "12.03.2024 — открыт новый корпус", "11.03.2024 — прошёл субботник", "10.03.2024 — итоги года"],
     set()),
    (["Даты", "1364 — эпидемия чумы.", "1591 — первое упоминание о Перевозе."], set()),
    (["Поделиться в соцсетях.", "1936 — открыта школа.", "1941 — госпиталь.", "1967 — новый корпус."], set()),
    # a heading five lines above the chronicle: too far (a menu above the text)
    (["Главная", "О нас", "Контакты", "Вакансии", "Документы", "1936 — открыта школа.", "1941 — госпиталь.",
      "1967 — новый корпус."], {4}),
]


@pytest.mark.parametrize("lines, heads", CHRONICLES)
def test_chronicle_heads(lines, heads):
    assert chronicle_heads(lines) == heads


def test_chronicle_heading_kept_above_first_sentence():
    """Through the cleaner: the chronicle's heading above the article's first sentence stays (h37ru15)."""
    raw = ("Горячая линия: +7 831 (48) 5-32-19\nE-mail: crb_pvz@mail.52gov.ru\nАдрес: 607400, Нижегородская область,\n"
           "г. Перевоз, ул. Центральная, 68\n\n" + "\n\n".join(H37_CHRONICLE) + "\n")
    doc = Segmenter()(Cleaner()(Document.from_text(raw, doc_id="chronicle")))
    assert "Даты" in [s.source for s in doc.segments]

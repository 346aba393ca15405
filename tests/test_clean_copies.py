"""Duplicate paragraphs: the copy in the text stays, the breadcrumb's or menu's copy goes
(``dedupe.furniture_copy``, :mod:`mtpipe.clean.copies`); pages written for these tests."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.copies import furniture_copy
from mtpipe.clean.lines import line_spans
from mtpipe.document import Document
from mtpipe.segment import Segmenter

TEXT_RU = ("Курс китайской валюты вырос на торгах в Шанхае после заявления министерства торговли. "
           "Аналитики связывают это с ожиданиями переговоров.")
TITLE_RU = "Юань укрепился к доллару на фоне новых пошлин"
TEXT_VI = ("Bộ Thương mại Trung Quốc hôm nay công bố mức thuế mới đối với ô tô điện nhập khẩu từ Liên minh "
           "châu Âu. Quyết định có hiệu lực từ tháng sau.")
TITLE_VI = "Trung Quốc tăng thuế nhập khẩu ô tô điện từ châu Âu"


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return [(e.text, e.rule, e.start) for e in doc.ledger if e.action == "removed"]


# the earlier copy stands in furniture, the later one over the text: the later one is kept
FURNITURE = [
    # a numbered breadcrumb under the header date (list numbers on its lines)
    (f"Пятница, 12 сентября 2025\n  1. Главная\n  2. Экономика\n  3. {TITLE_RU}\n\n{TITLE_RU}\n\n{TEXT_RU}",
     f"  3. {TITLE_RU}", "list numbers or separators"),
    # bullets
    (f"• Trang chủ\n• Quốc tế\n• {TITLE_VI}\n\n{TITLE_VI}\n\n{TEXT_VI}", f"• {TITLE_VI}", "list numbers or separators"),
    # a menu of section names the rubric feature removes, the title copied as its last item
    (f"Новости\nПолитика\nЭкономика\n{TITLE_RU}\n\n{TITLE_RU}\n\n{TEXT_RU}", TITLE_RU, "removed as a menu"),
    # a copy that the breadcrumb cuts short: a near copy, the full title below
    (f"1. Trang chủ\n2. Quốc tế\n3. {TITLE_VI[:-3]}\n\n{TITLE_VI}\n\n{TEXT_VI}", f"3. {TITLE_VI[:-3]}",
     "list numbers or separators"),
]


@pytest.mark.parametrize("text,crumb,why", FURNITURE, ids=range(len(FURNITURE)))
def test_the_furniture_copy_goes_and_the_title_stays(text, crumb, why):
    doc = _run(text)
    title = TITLE_RU if TITLE_RU in text else TITLE_VI
    at = text.index("\n\n" + title + "\n") + 2
    gone = [(t, s) for t, r, s in _removed(doc) if r == "dedupe.furniture_copy"]
    assert gone == [(crumb, text.index(crumb))]
    entry = next(e for e in doc.ledger if e.rule == "dedupe.furniture_copy")
    assert f"paragraph at {at}" in entry.note and "is kept" in entry.note and why in entry.note
    assert title in [s.source for s in doc.segments]
    # no copy of the title was removed by the other duplicate checks
    assert not [r for _, r, s in _removed(doc) if r.startswith("dedupe.") and s == at]


# the first copy stays, as before: the later copy is in furniture, or the earlier is no menu
FIRST_STAYS = [
    # a byline next to the title is no menu (a tag page's heading above a title: the same shape)
    f"Иван Петров\n{TITLE_RU}\n\n{TITLE_RU}\n\n{TEXT_RU}",
    # a title with its date line, repeated in a related list after the text
    f"{TITLE_RU}\n12 сентября 2025\n\n{TEXT_RU}\n\nПопулярное\n  1. {TITLE_RU}\n  2. Пекин ответил на пошлины США",
    # two menus: the header's and the footer's; neither copy stands in the text
    f"  1. Trang chủ\n  2. {TITLE_VI}\n\n{TEXT_VI}\n\n  1. Trang chủ\n  2. {TITLE_VI}",
    # the later copy stands alone but no text follows it
    f"  1. Главная\n  2. Экономика\n  3. {TITLE_RU}\n\n{TEXT_RU}\n\n{TITLE_RU}",
]


@pytest.mark.parametrize("text", FIRST_STAYS, ids=range(len(FIRST_STAYS)))
def test_the_first_copy_stays_elsewhere(text):
    doc = _run(text)
    assert "dedupe.furniture_copy" not in [e.rule for e in doc.ledger]
    title = TITLE_RU if TITLE_RU in text else TITLE_VI
    first = text.index(title)
    # the first copy is never removed as a duplicate
    assert not [r for t, r, s in _removed(doc) if r.startswith("dedupe.") and s <= first < s + len(t)]


def test_furniture_copy_directly():
    text = f"  1. Главная\n  2. Экономика\n  3. {TITLE_RU}\n\n{TITLE_RU}\n\n{TEXT_RU}"
    spans = line_spans(text)
    why = furniture_copy(text, spans, {}, 2, 3)
    assert why is not None and "run of 3 short lines" in why
    assert furniture_copy(text, spans, {}, 3, 2) is None  # only an earlier copy is judged
    # the same title without the breadcrumb's numbers: two short lines, no menu
    plain = text.replace("  1. ", "").replace("  2. ", "").replace("  3. ", "")
    assert furniture_copy(plain, line_spans(plain), {}, 2, 3) is None

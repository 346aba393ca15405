"""mix81: words written with look-alike letters of another script (``repair.mixed_script``, mtpipe.clean.mixed_script).

Made-up examples of the class (Greek or Latin letters inside Russian words, Cyrillic ones inside English words) and
of the nearest real shapes that must stay as written (Greek letters of a formula, Latin names and abbreviations next
to or glued to Russian, units, Roman numerals, Vietnamese, a Greek sentence).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.mixed_script import RULE, load_table, plan, repair_mixed_script, repair_word
from mtpipe.document import Document, LedgerEntry
from mtpipe.ingest import normalize_text


def _repaired(text: str) -> str:
    doc = Document.from_text(text, "d.txt")
    repair_mixed_script(doc)
    return doc.text


@pytest.mark.parametrize("written, meant", [
    # Greek omicron and kappa typed for Cyrillic о and к (a copy site's trick)
    ("Новое обοрудование устанοвленο в κинοтеатре.", "Новое оборудование установлено в кинотеатре."),
    ("Гастроли в Пермсκом цирκе пοκа не начались.", "Гастроли в Пермском цирке пока не начались."),
    # Greek rho, alpha, tau
    ("Завοд выпустил пеρвую паρтию τоваρов.", "Завод выпустил первую партию товаров."),
    # Latin a e o p c x y inside Russian words
    ("Вcе peбятa пoшли дoмoй пocле урoка.", "Все ребята пошли домой после урока."),
    ("Bыбор прeзидента назначен на осень.", "Выбор президента назначен на осень."),
    ("Новый peйтинг: KAMАЗ и oно.", "Новый рейтинг: КАМАЗ и оно."),
    ("Сеть XAЛBA и магазин Tекстиль открыты.", "Сеть ХАЛВА и магазин Текстиль открыты."),
    # Cyrillic о, а, е, с inside English words
    ("The cоmpany opened a new оffice in Mаrch.", "The company opened a new office in March."),
    ("Micrоsoft and Gооgle sеnt their rеplies.", "Microsoft and Google sent their replies."),
    ("The new рrice of Aррle shares.", "The new price of Apple shares."),
    # a Roman numeral typed with a Cyrillic Х
    ("Это было в ХIХ веке, а потом в ХI главе.", "Это было в XIX веке, а потом в XI главе."),
    # Belarusian and Ukrainian written with a Latin i
    ("Урад Беларусi i органы кiравання.", "Урад Беларусі i органы кіравання."),
])
def test_the_class_is_repaired(written: str, meant: str) -> None:
    assert len(written) == len(meant)
    assert _repaired(written) == meant


@pytest.mark.parametrize("text", [
    "π-связь и σ-связь; α-частица и β-распад; угол α равен 30°.",  # Greek letters of a formula, apart or hyphenated
    "Площадь круга S = πr², где r — радиус; αx + βy = 0.",  # formulae in Latin and Greek
    "Новый iPhone и Tesla Model Y продаются в Москве.",  # Latin names next to Cyrillic
    "IT-компания, PR-отдел, e-mail и SMS-рассылка.",  # a Latin word glued by a hyphen
    "Выбросы CO2 и NOx; толщина 5 мкм; 220 В; 10 кВт·ч.",  # units and chemistry
    "XIX век, глава IV, Людовик XIV, съезд XXII.",  # Roman numerals in Latin letters
    "Компания Apple представила macOS Sonoma в Купертино.",  # a word wholly in Latin
    "Giá xăng dầu hôm nay tăng mạnh ở Việt Nam.",  # Vietnamese: Latin with marks
    "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και ο λόγος.",  # a Greek sentence
    "Пусть f(x) = ax² + bx + c, тогда x₁ + x₂ = −b/a.",  # mathematical text
    "Samsungа и Appleом, SMSка и PRщик, Teslaой, CEOшник и IPOшный.",  # a Latin name or abbreviation, an ending glued
    "ΑΒΓ — первые буквы греческого алфавита.",  # Greek capitals standing apart
])
def test_the_nearest_real_shapes_stay(text: str) -> None:
    assert plan(text) == []
    assert _repaired(text) == text


def test_greek_text_with_a_cyrillic_letter_is_not_made_cyrillic() -> None:
    # a Greek line: more Greek letters than Cyrillic ones; the word is left as written
    assert plan("Ο κόσμος και ο λόγος του κinο είναι ωραίος πολύ.") == []


def test_a_word_of_a_third_script_or_without_twins_stays() -> None:
    assert repair_word("Teslaой") is None  # "l" and "й" have no twin
    assert repair_word("мир日本") is None
    assert repair_word("o") is None


def test_the_table_comes_from_unicode_confusables() -> None:
    table = load_table()
    assert table["Cyrl"]["ο"] == "о" and table["Cyrl"]["κ"] == "к" and table["Cyrl"]["o"] == "о"
    assert table["Latn"]["о"] == "o" and table["Latn"]["с"] == "c" and table["Latn"]["р"] == "p"
    assert all(len(s) == 1 == len(t) for part in table.values() for s, t in part.items())
    assert not any("\u0370" <= s <= "\u03ff" for s in table["Latn"])  # a Greek letter beside Latin is a formula's
    head = open(__import__("mtpipe.clean.mixed_script", fromlist=["x"])._DATA, encoding="utf-8").read(400)
    assert "confusables.txt" in head and "UTS #39" in head


def test_ledger_offsets_and_meta() -> None:
    raw = "Всё обοрудование уже на месте.\n\nА κинοтеатр откроется позже."
    text, offs = normalize_text(raw)
    doc = Document(doc_id="d", raw_text=raw, text=text, raw_offsets=offs)
    assert repair_mixed_script(doc) == 2
    assert doc.text == "Всё оборудование уже на месте.\n\nА кинотеатр откроется позже."
    assert len(doc.raw_offsets) == len(doc.text) + 1
    entries = [e for e in doc.ledger if e.rule == RULE]
    assert [(e.text, e.replacement) for e in entries] == [("ο", "о"), ("κинο", "кино")]
    assert all(doc.raw_text[e.start:e.end] == e.text and e.action == "repaired" for e in entries)
    assert "Greek ο → о" in entries[1].note and "κинοтеатр" in entries[1].note
    assert doc.meta["mixed_script"] == {"words": 2, "letters": {"ο→о": 2, "κ→к": 1}}
    assert apply_ledger(doc.raw_text, doc.ledger) == doc.text


def test_the_cleaner_repairs_and_the_ledger_replays() -> None:
    para = "Сегодня мы пοκажем новый κинοтеатр в Пермском цирке, и все гости будут очень довольны."
    text = para + "\n\nДругой абзац текста для содержания, чуть длиннее обычного, чтобы было видно.\n\n" + para
    doc = Document.from_text(text, "d.txt")
    Cleaner()(doc)
    assert "покажем новый кинотеатр" in doc.text
    # the second copy goes as a copy of the first (dedupe sees the repaired text); its repairs inside the removed
    # line are moot and the ledger still replays
    assert any(e.action == "removed" for e in doc.ledger)
    assert unaccounted(doc) is None or True  # no segments here: the replay itself must not raise
    replay = apply_ledger(doc.raw_text, doc.ledger)
    assert replay.count("кинотеатр") == 1


def test_a_repair_inside_a_removed_range_is_moot_but_overlaps_still_raise() -> None:
    raw = "abcdef ghijkl"
    ledger = [LedgerEntry("r", "repaired", "bc", 1, 3, replacement="BC"), LedgerEntry("x", "removed", raw[:6], 0, 6)]
    assert apply_ledger(raw, ledger) == " ghijkl"
    with pytest.raises(ValueError):
        apply_ledger(raw, [LedgerEntry("r", "repaired", "ef g", 4, 8, replacement="EF G"),
                           LedgerEntry("x", "removed", raw[:6], 0, 6)])


def test_an_earlier_repair_is_not_overlapped() -> None:
    doc = Document.from_text("Новое обοрудование уже здесь.", "d.txt")
    doc.ledger.append(LedgerEntry("spam.repair", "repaired", "обοрудование", 6, 18, replacement="x"))
    assert repair_mixed_script(doc) == 0


def test_the_option_turns_it_off() -> None:
    from mtpipe.clean import CleanOptions

    doc = Document.from_text("Новое обοрудование уже здесь, и оно работает.", "d.txt")
    Cleaner(CleanOptions(repair_mixed_script=False))(doc)
    assert "обοрудование" in doc.text


def test_the_first_pass_counts_the_lines_as_the_cleaner_reads_them() -> None:
    from mtpipe.clean.mixed_script import unmixed
    from mtpipe.clean.templates import TemplateCounter

    assert unmixed("Κонтаκты и адреса\nО нас") == "Контакты и адреса\nО нас"
    assert unmixed("XIX век и iPhone") == "XIX век и iPhone"
    keys = TemplateCounter._keys("Κонтаκты и адреса\nО нас")
    assert "контакты и адреса" in keys and "κонтаκты и адреса" not in keys

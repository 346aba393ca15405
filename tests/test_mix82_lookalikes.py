"""mix82: one look-alike table (``mtpipe.lookalikes``), read by every place that folds letters; Latin "r" is no
Cyrillic "г"; Vietnamese words with a Cyrillic look-alike.

Made-up examples of each decision and of the nearest shapes that must stay as written (benchmarks/notes/mix82.md).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from mtpipe import lookalikes
from mtpipe.clean import Cleaner
from mtpipe.clean.features import _lookalike, unconfuse_head
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.mixed_script import plan, repair_word
from mtpipe.document import Document
from mtpipe.langid_fold import fold_lookalikes

ROOT = Path(__file__).resolve().parents[1]


# -- one table -------------------------------------------------------------------------------------------------------

def test_the_readers_fold_with_the_one_table_s_russian_pairs() -> None:
    cyr = lookalikes.load_table()["Cyrl"]
    twins = lookalikes.russian_twins()
    assert twins and all(cyr[s] == t and t in lookalikes.RUSSIAN_LETTERS for s, t in twins.items())
    # nothing a reader folds to is a letter of another Cyrillic language (Ukrainian є, і; Macedonian ѕ; Serbian ј)
    assert not set(twins.values()) & set("ЄєІіЇїЅѕЈјЃѓЌќЂђЋћЉљЊњЏџЎў")
    latin = {chr(k): v for k, v in _lookalike().items()}
    assert latin and all(twins[s] == t and lookalikes.script_of(s) == "Latn" for s, t in latin.items())


@pytest.mark.parametrize("path", ["mtpipe/langid_fold.py", "mtpipe/clean/features.py", "mtpipe/clean/mixed_script.py"])
def test_no_reader_keeps_its_own_look_alike_pairs(path: str) -> None:
    # no string of Latin or Greek letters beside a string of Cyrillic ones, as str.maketrans or zip takes them
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and len(node.args) >= 2:
            texts = [a.value for a in node.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            assert not (len(texts) == 2 and re.search("[\u0400-\u04ff]", texts[1])), (path, texts)


def test_small_capitals_are_one_table_too() -> None:
    from mtpipe.clean import features

    assert features._SMALL_CAPS == str.maketrans(lookalikes.SMALL_CAPITALS)  # the caption check had no "ǫ" -> "q"
    assert fold_lookalikes("Tʜᴇᴏ ᴘʜᴀ́ᴛ ɴɢᴏ̂ɴ") == "Theo phát ngôn"
    assert features.is_caption("Ảɴʜ: Reuters") and not features.is_caption("Ảnh hưởng của mưa lớn kéo dài")


@pytest.mark.parametrize("written, read", [
    ("Всегο на мοдернизацию κорпуса", "Всего на модернизацию корпуса"),  # Greek ο κ (the pairs all three agreed on)
    ("Mοсква и пoздравления", "Москва и поздравления"),
    ("Пπивет и фφото", "Ппивет и ффото"),  # Greek π φ: Unicode's, now folded too
])
def test_language_id_folds_what_the_table_says(written: str, read: str) -> None:
    assert fold_lookalikes(written) == read


def test_pairs_outside_the_russian_subset_are_not_folded_for_reading() -> None:
    # Greek ε is Unicode's twin of Ukrainian є (the old fold said е), υ and χ no Unicode pair: the word stays
    assert fold_lookalikes("прεсса и υтро и χлеб") == "прεсса и υтро и χлеб"
    # a Latin s, j, i: Macedonian ѕ, Serbian ј, Belarusian-Ukrainian і are no reading of a Russian word
    assert fold_lookalikes("сsет и jод") == "сsет и jод"
    # and a word with nothing but twins of the other script is a word of that script
    assert fold_lookalikes("λόγος Apple") == "λόγος Apple"


def test_a_label_s_first_word_reads_the_same_pairs() -> None:
    assert unconfuse_head("Tекст: Иван Петров") == "Текст: Иван Петров"
    assert unconfuse_head("Yчасток 5") == "Участок 5"  # Latin Y: Unicode's twin of У (the old table lacked it)
    # Latin k is no Unicode twin of к (к's is the kra ĸ): left, as the repair leaves it
    assert unconfuse_head("Tekст") == "Теkст" and repair_word("Tekст") is None
    assert unconfuse_head("Текст: Иван") == "Текст: Иван" and unconfuse_head("iPhone новый") == "iPhone новый"


# -- Latin r and Cyrillic г ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["rод", "гоrод", "пrивет", "rусский"])
def test_a_latin_r_in_a_russian_word_is_left(word: str) -> None:
    # "rод" reads "год" by shape and "род" by sound: no repair can know which; every reader leaves it
    assert "r" not in lookalikes.load_table()["Cyrl"]
    assert repair_word(word) is None and fold_lookalikes(word) == word and unconfuse_head(word) == word


def test_a_cyrillic_g_in_a_latin_word_is_r() -> None:
    assert lookalikes.load_table()["Latn"]["г"] == "r"
    assert repair_word("Micгosoft") == "Microsoft" and repair_word("Fiгefox") == "Firefox"
    assert repair_word("гoрод") == "город"  # a real г with a Latin o: the Cyrillic word
    assert plan("Новый город и старый парк.") == []


# -- Vietnamese ------------------------------------------------------------------------------------------------------

VI = ("Thủ tướng Nga Путин đã gặp lãnh đạo Việt Nаm tại Москвa hôm thứ Hai, theo báo cáо của các hãng thông tấn "
      "quốc tế.\n\nĐoàn đại biểu thăm cáс tỉnh miền Trung và thо\u0302ng báo kết quả hợp tác giữa hai nước.")


def test_a_vietnamese_word_with_a_cyrillic_look_alike_is_repaired() -> None:
    words = {e[4]: e[2] for e in plan(VI)}
    # inside the word, at its end ("cáо": no Russian case ending in a Vietnamese line), under a tone mark
    assert words == {"Nаm": "a", "Москвa": "а", "cáо": "o", "cáс": "c", "thо\u0302ng": "o"}
    doc = Document.from_text(VI, "d.txt")
    Cleaner()(doc)
    assert "Việt Nam" in doc.text and "báo cáo của" in doc.text and "thăm các tỉnh" in doc.text
    assert "tho\u0302ng báo" in doc.text  # one letter for one: the tone mark stays a combining one (NFC: "thông")
    assert "Путин" in doc.text and "Москва" in doc.text  # a Russian name stays Cyrillic
    assert apply_ledger(doc.raw_text, doc.ledger) == doc.text


def test_a_russian_word_in_a_vietnamese_page_is_never_touched() -> None:
    line = "Tổng thống Nga Владимир Путин và ông Сергей Лавров đến Hà Nội, nói: «Спасибо, Вьетнам»."
    assert plan(line) == []
    assert fold_lookalikes(line) == line


def test_a_case_ending_and_a_tie_keep_their_reading() -> None:
    assert plan("Компания Samsungа выпустила новый телефон.") == []  # a Russian line: a Latin name's case ending
    # a tie (one letter of each) in a Latin line: the line does not make "iх" Latin; it reads as before (Cyrillic)
    assert [e[2] for e in plan("Nhiều người dùng iх mỗi ngày ở Hà Nội.")] == ["і"]


def test_each_small_capital_reads_as_the_letter_unicode_names_it():
    # the table was once zipped one letter out of step ("ʏ" -> "x", "ᴢ" -> "y"): its keys' names say the letter
    import unicodedata
    for cap, letter in lookalikes.SMALL_CAPITALS.items():
        name = unicodedata.name(cap)
        if name.startswith("LATIN LETTER SMALL CAPITAL "):
            assert letter == name.rsplit(" ", 1)[1].lower(), (cap, name, letter)
    assert lookalikes.SMALL_CAPITALS["ʏ"] == "y" and lookalikes.SMALL_CAPITALS["ᴢ"] == "z"

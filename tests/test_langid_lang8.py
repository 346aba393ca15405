"""Language ID classes fixed in round lang8 (issue 12): Korean and Thai carrying Latin names, Cyrillic
neighbours of Russian told by their frequent words, the Russian letters each neighbour does not write,
letterless pieces of an unsupported paragraph.  Sentences written for these tests (none of
``benchmarks/data/langfresh8``'s); each case fails on the code before the round or guards a control."""

from __future__ import annotations

import re

import pytest

from mtpipe.document import Document
from mtpipe.langid import identify
from mtpipe.langid_cyrillic import CYRILLIC_WORDS, RU_MARKERS, RUSSIAN_LETTERS_NOT_WRITTEN, russian_only, words_language
from mtpipe.segment import Segmenter

# Hangul or Thai words carry the line; the Latin words are names, codes, brands (all were "en")
SCRIPT_WITH_NAMES = [
    ("현대자동차 CEO Jose Munoz는 Georgia Metaplant America를 방문했다.", "ko"),
    ("Apple Vision Pro와 Meta Quest 3를 비교했다.", "ko"),
    ("ร้าน Starbucks Reserve Roastery เปิดที่ ICONSIAM", "th"),
    ("Toyota Motor Corporation ประกาศ ลงทุน", "th"),
]
# a short Hangul or Thai phrase inside a sentence of a supported language: the sentence's language
PHRASE_INSIDE = [
    ("Фильм (기생충) получил главный приз фестиваля в Каннах в прошлом году.", "ru"),
    ("Đoàn đã đến thăm chùa (วัดพระแก้ว) vào buổi sáng hôm qua.", "vi"),
    ("The film (기생충) won the main prize at the festival last year.", "en"),
    ("Компания Hyundai (현대) открыла завод под Санкт-Петербургом.", "ru"),
]


@pytest.mark.parametrize("text,expected", SCRIPT_WITH_NAMES + PHRASE_INSIDE)
def test_script_words_against_names(text, expected):
    assert identify(text) == expected


# neighbours of Russian in letters Russian shares, told by their frequent words
BY_WORDS = [
    ("Президент жана премьер-министр Бишкекте жолукту.", "ky"),
    ("Спортчулар эртең Ташкентке учуп кетишет деп айтты.", "ky"),
    ("Министар каже да нису против предлога.", "sr"),
    ("Шул вакытта ул Казанга китте.", "tt"),
    ("Хто знає, коли буде засідання?", "uk"),
    ("Ние сме готови за утре.", "bg"),
    ("Тоқаев провёл встречу, которая прошла в Астане.", "ru"),  # a Kazakh name in a Russian sentence
]


@pytest.mark.parametrize("text,expected", BY_WORDS)
def test_cyrillic_neighbours_by_words(text, expected):
    assert identify(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Евро менен доллар кечээ арзандады.", "ky"),  # no letter of its own: "менен"
    ("Вона каже, що прийде завтра.", "uk"),
    ("Тада нису дошли на састанак.", "sr"),
    ("Тоқаев провёл встречу, которая прошла в Астане.", None),  # Russian words outnumber
    ("В 3-го раздела сказано иначе.", None),  # a piece of "3-го" is no Bulgarian "го"
    ("Код ОКАТО — 123.", None),  # an abbreviation in capitals
    ("Тук-тук едет по улице.", None),  # "тук" inside a hyphenated word
    ("-- Але!", None),  # "алё" on the phone, not Ukrainian "але"
])
def test_words_language(text, expected):
    assert words_language(text) == expected


def test_word_tables_hold_no_russian_word():
    from pathlib import Path

    flores = Path(__file__).parent / "data" / "flores200-devtest" / "rus_Cyrl.devtest"
    russian = set(re.findall(r"[а-яё]+", flores.read_text(encoding="utf-8").lower()))
    for code, words in CYRILLIC_WORDS.items():
        assert not words & russian, (code, sorted(words & russian))
        assert not words & RU_MARKERS, code


@pytest.mark.parametrize("text", [
    "Энэ жил их дээд сургуулийн элсэлт эрт эхэлсэн байна гэж сайд хэлэв.",  # "их" (big) is no Russian word here
    "Их хурлын чуулган өнөөдөр эхэлж хуулийн төслийг хэлэлцэнэ.",
    "Компани Samsung Electronics их хэмжээний шинэ үйлдвэр Seoul хотод нээлээ гэж мэдээлэв.",
])
def test_mongolian_with_a_russian_looking_word(text):
    assert identify(text) == "mn"


@pytest.mark.parametrize("text,lang,expected", [
    ("Артыкул 5.", "be", False),  # Belarusian writes ы
    ("Артыкул 5.", "uk", True),
    ("Объект", "bg", False),  # and Bulgarian ъ
    ("Щука", "be", True),  # Belarusian has no щ
    ("Сыр", "ky", False),  # Kyrgyz writes every Russian letter
    ("Сыр", "xx", True),  # unknown: ы, э, ъ, ё rule a language out
])
def test_russian_only(text, lang, expected):
    assert russian_only(text, lang) is expected


def test_every_cyrillic_letter_language_has_its_not_written_letters():
    from mtpipe.langid_cyrillic import CYRILLIC_LETTERS

    assert {code for code, *_ in CYRILLIC_LETTERS} <= set(RUSSIAN_LETTERS_NOT_WRITTEN)


def _segments(text: str):  # type: ignore[no-untyped-def]
    return Segmenter()(Document(doc_id="t", path="", raw_text=text, text=text)).segments


_BE = ("Гэта палажэнне ўступае ў сілу з дня яго афіцыйнага апублікавання і дзейнічае да канца году.\n"
       "Урад забяспечвае выкананне гэтага закона ва ўсіх абласцях краіны.\n")


@pytest.mark.parametrize("page,line", [
    ("Артыкул 12.\n" + _BE, 0),  # a Belarusian page's short line with ы (was Russian, translated)
    (_BE + "Артыкул 12.\n", 2),
])
def test_short_line_of_a_neighbour_page(page, line):
    segs = _segments(page)
    assert segs[line].src_lang == "be" and "unsupported_language" in segs[line].flags


@pytest.mark.parametrize("text", [
    "ราคาน้ำมันวันนี้ ก.พ. 2566",  # "2566" was "und", copied into every target
    "서울 2024. 10. 5.",
    "뉴스 2023. 1. 1. 12:00",
])
def test_letterless_piece_of_unsupported_paragraph(text):
    segs = _segments(text)
    assert segs and all(s.src_lang != "und" and "unsupported_language" in s.flags for s in segs), \
        [(s.source, s.src_lang) for s in segs]


def test_letterless_line_of_a_supported_page_stays_und():
    segs = _segments("Giá xăng hôm nay tăng mạnh ở nhiều nơi.\n2566\n")
    assert [s.src_lang for s in segs] == ["vi", "und"]

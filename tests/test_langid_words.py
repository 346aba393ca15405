"""Short lines that letters cannot tell (issue 12, lang7): function words of Bulgarian, Indonesian/Malay and
Tagalog; unmarked Vietnamese lines (bylines, credit lines) in a Vietnamese page.

Examples written for these tests (not the benchmark's rows): the classes of ``benchmarks/langid.py``'s
dev leftovers and of field trial 4's "Linh La (Theo Xinhua)".
"""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.document import Document
from mtpipe.langid import identify
from mtpipe.langid_words import BG_WORDS, ID_MS_WORDS, TL_WORDS, vietnamese_unmarked
from mtpipe.segment import Segmenter

SUPPORTED = ("ru", "vi", "en", "zh")


@pytest.mark.parametrize("text", [
    "Няма да стане така.",  # Bulgarian: няма, така
    "Ще видим какво ще стане утре.",
    "Сега сме в Пловдив.",
    "Не знам къде е.",
])
def test_short_bulgarian_is_not_russian(text):
    assert identify(text) not in SUPPORTED


@pytest.mark.parametrize("text", [
    "Saya tidak tahu.",  # Indonesian / Malay
    "Harga tiket sudah naik.",
    "Dia pergi ke pasar dengan ibunya.",
    "Nasaan ang mga bata?",  # Tagalog
    "Salamat sa inyong tulong!",
])
def test_short_indonesian_malay_tagalog_are_not_english(text):
    assert identify(text) not in SUPPORTED


@pytest.mark.parametrize("text", [
    "Он сказал, что сейчас не может.",  # Russian with short words of its own
    "Не знаю, где он.",
    "Пока нет новостей.",
])
def test_russian_short_lines_stay_russian(text):
    assert identify(text) == "ru"


@pytest.mark.parametrize("text", [
    "Saya Kumar, the manager, said it was fine.",  # English with a name
    "Welcome to Manila!",
    "Pada and Ini are two villages in the report.",  # two function words, more English ones
    "Download the app now.",
])
def test_english_lines_stay_english(text):
    assert identify(text) == "en"


def test_word_lists_hold_no_english_or_russian_function_word():
    assert not ({"the", "and", "of", "to", "in", "is", "on", "at", "it", "a"} & (ID_MS_WORDS | TL_WORDS))
    assert not ({"что", "это", "как", "так", "все", "он", "она", "не", "на", "и", "в", "за", "да"} & BG_WORDS)


@pytest.mark.parametrize("line,vi", [
    ("Hoang Anh (Theo Reuters)", True),
    ("(Theo AP)", True),
    ("Nguồn: TTXVN", True),
    ("Minh Chau - Ha Noi", True),
    ("Breaking News", False),
    ("Read more", False),
    ("Apple iPhone 15 Pro Max", False),
    ("The Guardian", False),
])
def test_unmarked_vietnamese_shape(line, vi):
    assert vietnamese_unmarked(line) is vi


VI_BODY = ("Bộ Ngoại giao Trung Quốc hôm qua đã tổ chức họp báo thường kỳ tại Bắc Kinh.\n"
           "Người phát ngôn cho biết hai nước sẽ tiếp tục tăng cường hợp tác trong nhiều lĩnh vực.\n")


@pytest.mark.parametrize("byline", ["Hoang Anh (Theo Reuters)", "Thu Trang (Theo AFP)", "Bao Ngoc - Ha Noi"])
def test_unmarked_byline_in_a_vietnamese_page_is_vietnamese(byline):
    doc = Segmenter()(Cleaner()(Document.from_text(VI_BODY + byline + "\n")))
    segs = [s for s in doc.segments if byline in s.source or s.source in byline]
    if not segs:  # the cleaner took it as the page's byline (signoff.credit_name, meta39): metadata, not a segment
        assert doc.meta.get("byline") == byline
        return
    assert all(s.src_lang == "vi" for s in segs)


@pytest.mark.parametrize("line", ["Breaking News", "Read more on our website"])
def test_english_line_in_a_vietnamese_page_stays_english(line):
    doc = Segmenter()(Cleaner()(Document.from_text(VI_BODY + line + "\n")))
    segs = [s for s in doc.segments if s.source in line]
    assert all(s.src_lang == "en" for s in segs)


def test_unmarked_line_in_an_english_page_stays_english():
    text = ("The ministry held its regular press briefing in Beijing yesterday.\n"
            "The spokesman said both countries would deepen cooperation.\nHoang Anh (Theo Reuters)\n")
    doc = Segmenter()(Cleaner()(Document.from_text(text)))
    assert doc.segments[-1].src_lang == "en"


def _texts():
    """Lines of the repository's own text (the seeds, the fresh-language benchmark rows) and edge cases."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    lines = set()
    for p in [*sorted((root / "tests" / "data" / "seeds").glob("*.txt")), root / "benchmarks" / "data" / "langfresh" / "sentences.tsv"]:
        for line in p.read_text(encoding="utf-8").splitlines():
            lines.update([line, *line.split("\t")])
    return sorted(lines) + ["x.ru", ".ru", "a.Ru!", "site.com.vn/x", "a..ru", "_.info", "1.РФ", "ё.рф", "x.rus",
                            "a .ru", "www.x.org", "mail@x.kz", "v.ĸz", "ᲂᲁ ᲃе", "Mr. Li", "i", "iІ", "ⅰ.ru",
                            "x.com.x.net", "..", "", "١.cn", "ǅ.by"]


def test_domain_ending_is_the_pattern_found_from_the_dots():
    """langid's hint of an address (issue 16: the pattern's own search cost 9x more): the same answer."""
    import re

    from mtpipe.langid_words import domain_ending

    pattern = re.compile(r"\w\.(?:ru|com|net|org|info|vn|cn|io|ua|kz|by|рф)\b", re.IGNORECASE)
    texts = _texts()
    assert sum(domain_ending(t) for t in texts) >= 10
    assert [t for t in texts if domain_ending(t) != bool(pattern.search(t))] == []


def test_a_text_without_cyrillic_or_another_scripts_letter_is_no_other_language():
    """The quick test before the letter counts (issue 16): such a text is None, and with one letter of another
    script or Cyrillic added the full path still runs (Korean, Ukrainian words are still told)."""
    from mtpipe.langid import _CYR_RE, _OTHER_ANY, _other_language

    plain = [t for t in _texts() if not _CYR_RE.search(t) and not _OTHER_ANY.search(t)]
    assert len(plain) > 100 and all(_other_language(t) is None for t in plain)
    assert _other_language("안녕하세요 여러분, 오늘 날씨가 좋네요.") == "ko"
    assert _other_language("Хтось дуже вчасно попередив депутата, і це всі знають.") == "uk"

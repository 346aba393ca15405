"""A wire service's end mark alone on a line is clutter (field trial b item 10: Xinhua's "—0—" became a
segment of its own, ``src_lang`` ``und``, copied to en and zh): removed by ``chrome.end_mark`` with a
ledger entry; the same characters inside a sentence, or other short lines, stay."""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.document import Document
from mtpipe.segment import Segmenter

BODY = {"ru": "Пекин объявил о новых пошлинах на товары из США.",
        "zh": "北京宣布对美国商品加征新关税。",
        "en": "Beijing announced new tariffs on goods from the United States.",
        "vi": "Bắc Kinh công bố mức thuế mới đối với hàng hóa Mỹ."}

MARKS = [("ru", "—0—"), ("ru", "- 0 -"), ("ru", "(Конец)"), ("zh", "(完)"), ("zh", "（完）"), ("zh", "【完】"),
         ("en", "(End)"), ("en", "(END)"), ("en", "ENDS"), ("en", "-30-"), ("en", "###"), ("en", "# # #"),
         ("vi", "(Kết thúc)"), ("vi", "(Hết)")]


def _run(text):
    doc = Segmenter()(Cleaner()(Document.from_text(text, doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("lang,mark", MARKS)
def test_end_mark_line_is_clutter_with_a_ledger_entry(lang, mark):
    # an article ends with the mark, a second one follows (a wire digest), and ends with it too
    other = "The ministry said the measures take effect in May."
    doc = _run(f"{BODY[lang]}\n\n{mark}\n\n{other}\n\n  {mark}\n")
    assert [s.source for s in doc.segments] == [BODY[lang], other]
    assert [(e.rule, e.text.strip()) for e in doc.ledger if e.action == "removed"] == [("chrome.end_mark", mark)] * 2


@pytest.mark.parametrize("text", [
    "Счёт матча — 0 — 2 в пользу гостей, сообщили организаторы.",
    "The talks ENDS without a deal, officials said.",
    "Ends\n\nThe season ends in May.",
    "30\n\nТридцать человек пострадали.",
    "Совещание (конец года) прошло в Пекине.",
])
def test_end_mark_characters_elsewhere_stay(text):
    doc = _run(text)
    assert not [e for e in doc.ledger if e.rule == "chrome.end_mark"]

"""Cleaning, thirteenth round (issue 12, branch clean13): furniture told by shape and neighbours
(``mtpipe/clean/edges.py``), table-driven; every line here was written for the tests, none is a page's.

* a field label whose value below was removed goes with it (``boilerplate.field_label``);
* a short lower-case line outside the article that continues nothing (``boilerplate.lower_edge``);
* a "Theo <source>" credit in capitals on a Vietnamese page (``boilerplate.credit``);
* an English sentence alone on a ru/vi page (``boilerplate.foreign_caption``);
* a caption set in Unicode small capitals ("Ảɴʜ: …") is a caption (``boilerplate.caption``);
* font-size buttons as a list item ("- A") are the page's font control (``chrome.font_size``);
and the lines of the same shapes that are text stay.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.edges import field_labels, foreign_sentences, lower_case_edges, source_credit
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU = ("Министерство коммерции КНР заявило во вторник, что Китай примет ответные меры против пошлин.\n"
       "По словам представителя ведомства, Пекин внимательно следит за развитием ситуации.\n")
_VI = ("Bộ Thương mại Trung Quốc cho biết sẽ có biện pháp đáp trả các mức thuế mới của Mỹ.\n"
       "Theo người phát ngôn, Bắc Kinh đang theo dõi sát diễn biến của tình hình.\n")
_EN = ("The ministry said on Tuesday that the new tariffs would hurt trade between the two countries.\n"
       "Officials in Beijing said they were watching the situation closely and would respond.\n")


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


# (document, clutter line, the rule the ledger must name)
CLUTTER = [
    # a label above a removed date or a value without letters
    ("Trade rules and the Far East\n\nReceived:\n\n12-03-2021\n\n" + _EN, "Received:", "boilerplate.field_label"),
    ("Trade rules and the Far East\n\nDOI:\n\n10.1234/5678-9012.2021.3.45\n\n" + _EN, "DOI:", "boilerplate.field_label"),
    ("Торговля и Дальний Восток\n\nДата публикации:\n\n14.05.2022\n\n" + _RU, "Дата публикации:",
     "boilerplate.field_label"),
    # a lower-case line before the title or after the text, continuing nothing
    ("thuế quan nhập khẩu ô tô\nMỹ và Trung Quốc nối lại đàm phán thương mại\n" + _VI, "thuế quan nhập khẩu ô tô",
     "boilerplate.lower_edge"),
    ("пошлины на сталь\nПекин ответил на новые пошлины\n" + _RU, "пошлины на сталь", "boilerplate.lower_edge"),
    (_RU + "мой кабинет", "мой кабинет", "boilerplate.lower_edge"),
    # a "Theo" credit in capitals
    (_VI + "Theo Reuters/AFP", "Theo Reuters/AFP", "boilerplate.credit"),
    (_VI + "(Theo VnExpress)", "(Theo VnExpress)", "boilerplate.credit"),
    (_VI + "Theo BBC Tiếng Việt", "Theo BBC Tiếng Việt", "boilerplate.credit"),
    # font-size buttons, also as a list item
    ("Международные отношения\n- A\n" + _RU, "- A", "chrome.font_size"),
    ("Международные отношения\n• A+ A A-\n" + _RU, "• A+ A A-", "chrome.font_size"),
    (_RU + "A+ A A-", "A+ A A-", "chrome.font_size"),
]


@pytest.mark.parametrize("text,line,rule", CLUTTER, ids=[c[1][:30] for c in CLUTTER])
def test_clutter_goes_with_its_rule(text, line, rule):
    assert _removed(_run(text)).get(line) == rule


# (document, a content line that must stay)
CONTENT = [
    # a label announcing the text below (its next line is kept), or with a function word
    ("Главное за неделю\n\nИтоги:\n\n" + _RU, "Итоги:"),
    ("Trade rules\n\nWhat we know:\n\n12-03-2021\n\n" + _EN, "What we know:"),
    # a speaker's label above speech
    ("Интервью\n\nИ. Петров:\n\nМы готовы продолжать переговоры с партнёрами из Китая и дальше.\n\n" + _RU,
     "И. Петров:"),
    # a lower-case line that goes on from the line above (a soft break the joiner left)
    ("Cuộc họp bàn về thuế quan\nvà thương mại song phương\n" + _VI, "và thương mại song phương"),
    # a lower-case line inside the article
    (_RU + "далее по тексту\n" + _RU.replace("вторник", "среду"), "далее по тексту"),
    # "Theo" opening a sentence or a phrase in lower case
    (_VI + "Theo dòng lịch sử", "Theo dòng lịch sử"),
    (_VI + "Theo ông Nguyễn Văn An, thị trường sẽ phục hồi trong quý tới.", "Theo ông Nguyễn Văn An, thị trường sẽ phục hồi trong quý tới."),
]


@pytest.mark.parametrize("text,line", CONTENT, ids=[c[1][:30] for c in CONTENT])
def test_text_of_the_same_shape_stays(text, line):
    assert line not in _removed(_run(text))


@pytest.mark.parametrize("lines,bad,want", [
    (["Keywords:", "china, trade, tariffs"], {1}, {0}),
    (["Keywords:", "china, trade, tariffs"], set(), set()),
    (["DOI:", "10.1/2.3"], set(), {0}),
    (["Дата выхода:", "12.05.2022"], {1}, {0}),
    (["Что известно:", "12.05.2022"], {1}, set()),  # "что" is a function word
    (["Вот что известно:", "12.05.2022"], {1}, set()),  # three words, and "что" is a function word
    (["Он сказал:", "12.05.2022"], {1}, set()),
    (["Received", "12-03-2021"], {1}, set()),  # no colon: not a label
])
def test_field_labels_table(lines, bad, want):
    assert set(field_labels(lines, "ru", bad)) == want


@pytest.mark.parametrize("lines,bad,body,want", [
    (["ваш профиль", "Заголовок статьи", "Текст статьи, в котором есть целое предложение."], set(), [2], {0}),
    (["Библиотека", "ваш профиль", "Текст статьи, в котором есть целое предложение."], set(), [2], set()),
    (["Библиотека", "ваш профиль", "Текст статьи, в котором есть целое предложение."], {0}, [2], {1}),
    (["Текст статьи, в котором есть целое предложение.", "самых читаемых новостей"], set(), [0], {1}),
    (["Текст статьи, в котором есть целое предложение.", "самых читаемых новостей."], set(), [0], set()),
    (["Текст статьи, в котором есть целое предложение, и", "самых читаемых новостей"], set(), [0], set()),
    (["Текст статьи, в котором есть целое предложение.", "Самых читаемых новостей"], set(), [0], set()),
    (["Текст статьи, в котором есть целое предложение.", "одна две три четыре пять шесть семь восемь девять"],
     set(), [0], set()),  # nine words: a clause, not a tag
    (["ваш профиль"], set(), [], set()),  # no article: nothing to be outside of
])
def test_lower_case_edges_table(lines, bad, body, want):
    assert set(lower_case_edges(lines, "ru", bad, body)) == want


@pytest.mark.parametrize("line,lang,want", [
    ("Theo VOA/Dean Nguyen ST", "vi", "VOA/Dean Nguyen ST"),
    ("Theo Reuters", "vi", "Reuters"),
    ("(Theo TTXVN)", "vi", "TTXVN"),
    ("Theo Reuters", "ru", None),
    ("Theo Reuters.", "vi", None),
    ("Theo chân Bác", "vi", None),
    ("Theo dõi", "vi", None),
    ("Theo dòng lịch sử", "vi", None),
    ("Theo A B C D E F G", "vi", None),
    # clut58: a site named by its domain in lower case (h39vi01; reposts' source lines on real pages)
    ("Theo cnq.com.cn", "vi", "cnq.com.cn"),
    ("Theo vnexpress.net", "vi", "vnexpress.net"),
    ("Theo kenh14.vn", "vi", "kenh14.vn"),
    ("(Theo www.baomoi.com)", "vi", "www.baomoi.com"),
    ("Theo dantri.com.vn", "vi", "dantri.com.vn"),
    # same shape, the text's own: a clause after "theo", a sentence naming the site, abbreviations with a dot
    ("Theo ông Nguyễn Hoàng Hải", "vi", None),
    ("Theo vnexpress.net, giá vàng hôm nay tăng mạnh.", "vi", None),
    ("Theo số liệu từ gso.gov.vn", "vi", None),
    ("Theo tp.hcm", "vi", None),
    ("Theo v.v", "vi", None),
    ("Theo 1.5", "vi", None),
    ("Theo cnq.com.cn", "ru", None),
])
def test_source_credit_table(line, lang, want):
    assert source_credit(line, lang) == want


@pytest.mark.parametrize("line", ["Theo cnq.com.cn", "Theo vnexpress.net", "(Theo www.baomoi.com)"])
def test_domain_source_line_goes_as_credit(line):
    """clut58: a source line naming the site by its domain, under the text, goes as the page's credit (metadata)."""
    removed = _removed(_run(_VI + line + "\n"))
    assert removed.get(line) == "boilerplate.credit", removed
    assert not [t for t in removed if t != line], removed  # the text stays, its "Theo người phát ngôn, …" too


@pytest.mark.parametrize("line", ["- Анна", "- A. Петров сообщил, что переговоры продолжатся.", "А"])
def test_not_font_buttons(line):
    assert line not in _removed(_run("Заголовок статьи\n" + line + "\n" + _RU))


_CAPTION_EN = "The minister speaks during a news conference in Hanoi on Tuesday, May 3, 2022. REUTERS"


@pytest.mark.parametrize("lines,lang,want", [
    (["Bộ trưởng nói chuyện với báo chí.", _CAPTION_EN, "Bộ trưởng cho biết sẽ có biện pháp đáp trả."], "vi", {1}),
    (["Министр выступил перед журналистами.", _CAPTION_EN, "Министр заявил, что ответ последует."], "ru", {1}),
    (["Bộ trưởng nói chuyện với báo chí.", _CAPTION_EN, "Bộ trưởng cho biết sẽ có biện pháp đáp trả."], "en", set()),
    # a bilingual page: more than two English sentences
    (["Bộ trưởng nói chuyện.", _CAPTION_EN, "Bộ trưởng cho biết.", _CAPTION_EN + " Again.", "Văn bản.",
      "The ministry said on Tuesday that it would respond to the new tariffs soon."], "vi", set()),
    # a title (fewer than eight words), and English next to English
    (["Bộ trưởng nói chuyện.", "Visited Pandas In Chengdu", "Văn bản."], "vi", set()),
    (["Bộ trưởng nói chuyện.", _CAPTION_EN, "Source: Reuters photo of the day"], "vi", set()),
    # no credit at its end: a quotation or a mixed page's English text, kept
    (["Министр выступил перед журналистами.", "The ministry said the measures take effect in May next year.",
      "Министр заявил, что ответ последует."], "ru", set()),
    (["Bộ trưởng nói chuyện với báo chí.", "Officials speak during a news conference in Hanoi. AFP/Nhac Nguyen",
      "Bộ trưởng cho biết sẽ có biện pháp đáp trả."], "vi", {1}),
    # Vietnamese typed without diacritics is not English
    (["Bộ trưởng nói chuyện.", "bo truong cho biet se co bien phap dap tra cac muc thue moi cua my an", "Văn bản."],
     "vi", set()),
])
def test_foreign_sentences_table(lines, lang, want):
    assert set(foreign_sentences(lines, lang, set())) == want


@pytest.mark.parametrize("line,want", [
    ("Bộ ᴛʀưởɴɢ ᴘʜáᴛ ʙɪểᴜ ᴛạɪ ʜộɪ ɴɢʜị. Ảɴʜ: TTXVN", True),
    ("Министр выступает на форуме. Фото: ТАСС", True),
    ("Bộ ᴛʀưởɴɢ ᴘʜáᴛ ʙɪểᴜ ᴛạɪ ʜộɪ ɴɢʜị ᴠề ᴛʜươɴɢ ᴍạɪ.", False),
    ("Bộ trưởng phát biểu tại hội nghị về thương mại.", False),
])
def test_small_capitals_caption_table(line, want):
    from mtpipe.clean.features import is_caption

    assert is_caption(line) is want


def test_small_capitals_caption_in_a_page():
    line = "Bộ ᴛʀưởɴɢ ᴘʜáᴛ ʙɪểᴜ ᴛạɪ ʜộɪ ɴɢʜị. Ảɴʜ: TTXVN"
    assert _removed(_run(_VI + line + "\n" + _VI.replace("Mỹ", "EU")))[line] == "boilerplate.caption"

"""perf80: exact speed-ups in four of the cleaner's newer sub-rules; each new gate or order checked against the former
code on lines of its class and their nearest neighbours, and from its necessary condition (the rule still fires)."""
from __future__ import annotations

from mtpipe.clean import site_pointers, summaries
from mtpipe.clean.page_widgets84 import page_widgets
from mtpipe.clean.site_chrome81 import page_chrome

_BODY = ["Вчера в городе открыли новую школу для двухсот учеников из соседних сёл.",
         "Строительство шло два года и обошлось бюджету в сорок миллионов рублей."]
_MENU = "Главная Новости Спорт Культура Экономика Контакты"
_LOGIN = "Вход для зарегистрированных посетителей:"
_EMBLEM = "Герб города Кирсанова"


def _former_site_pointer(s: str) -> bool:
    t = " ".join(s.split())
    return bool(t) and len(t.split()) <= site_pointers.MAX_WORDS and site_pointers._POINTER.search(t) is not None


def test_site_pointer_as_former_code() -> None:
    lead = "Новые правила вступили в силу, подробности — читайте статью: "
    lines = ["", "   ", "\t", lead + "Как получить льготу", "Xem lại bài 7: Phép cộng", "← Xem lại Bài 7: Phép cộng",
             "Hoặc xem nhiều SKKN hơn tại: trang chủ", "Подробнее смотрите в приложении 1",
             "Прочитайте статью 5 Закона", "hãy truy cập ở đây:  https://example.vn/a  "]
    for n in (28, 29, 30, 31, 32, 60):  # around the word limit, the pointer's words at the end
        words = " ".join(f"слово{k}" for k in range(n - 4))
        lines += [words + " — читайте статью: Итоги", words + "  \t — читайте  статью:\tИтоги  "]
    for s in lines:
        assert site_pointers.site_pointer(s) == _former_site_pointer(s), s
    assert site_pointers.site_pointer(lead + "Как получить льготу")  # the rule still fires
    assert not site_pointers.site_pointer(" ".join(["слово"] * 31) + " — читайте статью: Итоги")  # too long


def _former_stopped(s: str) -> bool:
    return not (not s.endswith(".") or s.endswith("..") or len(summaries._WORD.findall(s)) <= summaries.MAX_TITLE_WORDS)


def test_stopped_as_former_code() -> None:
    for n in (0, 1, 13, 14, 15, 16, 40):
        for end in (".", "..", "…", "!", "", ". "):
            for word in ("слово", "a1", "2024", "x_y"):
                s = " ".join([word] * n) + end
                assert summaries._stopped(s) == _former_stopped(s), s


def test_stopped_summary_still_fires() -> None:
    from types import SimpleNamespace
    summary = ("Власти города объявили о строительстве новой школы на окраине района, где живут молодые семьи с "
               "детьми.")
    full = summary[:-1] + ", и первые ученики придут туда уже следующей осенью, как обещают строители."
    title = "Новая школа"
    for lines, hit in (([title, summary, full], True), ([title, summary[:-1] + "!", full], False),
                       ([title, "Власти объявили о школе.", full], False)):
        text = "\n".join(lines)
        spans, at = [], 0
        for x in lines:
            spans.append((at, at + len(x)))
            at += len(x) + 1
        removed: dict[int, object] = {}
        summaries.stopped_summary(SimpleNamespace(text=text), spans, removed)
        assert (1 in removed) is hit


def test_page_chrome_place_first() -> None:
    lines = [_MENU, _LOGIN, "Новая школа", *_BODY, _LOGIN, _MENU, _BODY[0]]
    got = page_chrome(lines, {})
    assert got[0][0] == "boilerplate.glued_menu" and got[1][0] == "boilerplate.login_heading"
    assert 5 not in got and 6 not in got  # inside the article's text: left
    assert page_chrome([_MENU, _LOGIN], {}) == {}  # a page with no text: left alone
    # the title (the line right above the first line of text) is no menu
    assert 0 not in page_chrome([_MENU, *_BODY], {})


def test_page_widgets_place_first() -> None:
    lines = [_EMBLEM, "Новая школа", *_BODY, _EMBLEM, _BODY[0], _EMBLEM]
    got = page_widgets(lines, {})
    assert set(got) == {0, 6}  # above and under the text; not inside it
    assert page_widgets([_EMBLEM, "Новая школа"], {}) == {}  # no text
    assert page_widgets([_EMBLEM, *_BODY], {}) == {}  # the title
    assert page_widgets([_EMBLEM, "Новая школа", "Городской герб утвердили в 1781 году вместе с гербами губернии.",
                         _BODY[0]], {}) == {}  # the text names an emblem


def test_line_texts_cache() -> None:
    from mtpipe.clean.marks import Marks
    from mtpipe.document import Document

    text = "Первая строка.\nВторая строка.\n\nТретья."
    doc = Document(doc_id="d", raw_text=text, text=text)
    spans = [(0, 14), (15, 30), (32, 39)]
    marks = Marks(doc, "ru", spans)
    first = marks.line_texts()
    assert first == [text[a:b] for a, b in spans]
    first[0] = "changed"  # a layer's own list: the next layer gets the lines again
    assert marks.line_texts() == [text[a:b] for a, b in spans]
    assert marks.line_texts() is not marks.line_texts()
    marks.spans = spans[:2]  # other spans: sliced again
    assert marks.line_texts() == [text[a:b] for a, b in spans[:2]]
    marks.spans.append((32, 39))  # the same list, one more span
    assert marks.line_texts() == [text[a:b] for a, b in spans]
    doc.text = text.upper()  # another text: sliced again
    assert marks.line_texts() == [doc.text[a:b] for a, b in spans]
    assert marks == Marks(doc, "ru", spans)  # the cache takes no part in comparisons

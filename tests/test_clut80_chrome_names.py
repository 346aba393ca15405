"""clut80 (issue 12): the name of one of the site's own pages or widgets standing alone outside the article.

``boilerplate.site_chrome`` (:mod:`mtpipe.clean.chrome_names`).  Positives, made up in the shapes of the dev pages
(a guest book's, a news board's, a search box's, a visitor counter's, a related list's heading above the title or
under the text; an agency's news feed in a sidebar).  Negatives, the nearest content shapes: the same word as the
text's own subheading inside the article, a name with more words (a software's feature list, a profile's facts), an
official document's name, a title opening with a feed's word, a short page's title that is no widget's name, a
letter's signature, a list of short items inside the text, and a page with no line of text.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.chrome_names import RULE, chrome_name, chrome_names
from mtpipe.document import Document

_VI = ["Hội thi văn nghệ quần chúng năm 2024",
       "Sáng ngày 12/5, huyện tổ chức hội thi văn nghệ quần chúng với sự tham gia của mười hai đội.",
       "Các tiết mục ca ngợi quê hương, đất nước và con người được khán giả nhiệt liệt cổ vũ."]
_RU = ["Субботник в сельском поселении",
       "В субботу жители поселения вышли на уборку улиц и дворов после зимы.",
       "Собрали больше двадцати мешков мусора и высадили у школы молодые липы."]


def _taken(lines: list[str], lang: str, removed: dict | None = None) -> list[int]:
    got = chrome_names(lines, removed or {}, lang)
    assert all(rule == RULE for rule, _ in got.values())
    return sorted(got)


@pytest.mark.parametrize("lines,lang,taken", [
    # a widget's or a page's name above the title, or first over the text (the page's only heading)
    (["Tin tức hoạt động", *_VI], "vi", [0]),
    (["Xuất bản thông tin", *_VI], "vi", [0]),
    (["Новости и объявления", *_RU[1:]], "ru", [0]),
    (["Обновления сайта", *_RU], "ru", [0]),
    (["Гостевая книга", *_RU], "ru", [0]),
    (["• Поиск по сайту", *_RU], "ru", [0]),
    # under the text: a visitor counter's heading, a related list's heading, the site's keeper, a news feed
    ([*_VI, "Thống kê truy cập"], "vi", [3]),
    ([*_VI, "BÀI VIẾT LIÊN QUAN:"], "vi", [3]),
    ([*_RU, "Автор сайта", "Иванов Пётр Сергеевич"], "ru", [3]),
    ([*_RU, "Новости от ИА Regnum"], "ru", [3]),
    # a sidebar's widget headings under the text (WordPress's categories, a "useful" box, a related list)
    ([*_RU, "Полезное:", "Категории:"], "ru", [3, 4]),
    ([*_VI, "Tin cùng chuyên mục"], "vi", [3]),
])
def test_chrome_names(lines, lang, taken):
    assert _taken(lines, lang) == taken


@pytest.mark.parametrize("lines,lang", [
    # the same name as the text's own subheading, inside the article (a company's contact details in its text)
    ([*_VI[:2], "Liên hệ", *_VI[2:]], "vi"),
    ([*_RU[:2], "Поиск", *_RU[2:]], "ru"),
    # a name with more words: a software's features, a profile's facts; a document's name; a feed's word opening
    (["Quản lý liên hệ", *_VI], "vi"),
    (["Thông tin cơ bản", *_VI], "vi"),
    (["THÔNG BÁO", *_VI], "vi"),
    (["Новости причины возникновения половодья", *_RU[1:]], "ru"),
    # a short page's own title and an article's one-word subheading, no widget's name
    (["История", *_RU[1:]], "ru"),
    (["Chùa Làng", *_VI[1:]], "vi"),
    # a notice's own list of advice under its heading, closing the text (a storm warning)
    ([*_RU, "РЕКОМЕНДУЕМ:", "- Закрыть плотно все окна.", "- Не оставлять машины под деревьями."], "ru"),
    # a letter's signature and a list of short items closing the text
    ([*_RU, "С уважением,", "Иванов П. С."], "ru"),
    ([*_VI, "Gạo nếp", "Đậu xanh", "Lá dong"], "vi"),
    # no line of text on the page (a menu page); a language without the list
    (["Liên hệ", "Tin tức hoạt động", "Thống kê"], "vi"),
    (["Contact", *_VI], "en"),
])
def test_not_chrome_names(lines, lang):
    assert _taken(lines, lang) == []


def test_chrome_name_shape():
    assert chrome_name("  | Liên hệ |  ", "vi") and not chrome_name("Liên hệ với chúng tôi ngay", "vi")
    assert chrome_name("Новости от РИА Новости", "ru") and not chrome_name("Новости от соседей", "ru")
    assert not chrome_name("Liên hệ", "ru") and not chrome_name("Поиск", "vi")


def test_removed_lines_skipped():
    lines = ["Tin tức hoạt động", "Tin tức hoạt động", *_VI]
    assert _taken(lines, "vi", {0: ("dedupe.adjacent_copy", None)}) == [1]


def _removed(text: str, doc_id: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id=doc_id, path=doc_id))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_page():
    removed = _removed("\n".join(["Tin tức hoạt động", *_VI]) + "\n", "a.txt")
    assert removed.get("Tin tức hoạt động") == RULE
    assert not set(removed) & set(_VI)
    removed = _removed("\n".join([*_RU, "Гостевая книга"]) + "\n", "b.txt")
    assert removed.get("Гостевая книга") == RULE and not set(removed) & set(_RU)

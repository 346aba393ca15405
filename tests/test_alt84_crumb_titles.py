"""alt84 (issue 12): a short title under a breadcrumb closed by its copy is the title, not an image's alt text.

``captions.alt_of_heading`` takes a short line (two to eight words) right under the page's first line that holds its
words for the alt text of the title's image.  Under a breadcrumb whose last crumb is the title's copy -- glued
("Главная Новости Субботник …", clut83's ``chrome.glued_crumb``), two crumbs ("Trang chủ » Title", "Home / Title")
-- the line under it is the page's title, the crumb its copy (:func:`mtpipe.clean.captions.crumb_copy`).  Made-up
pages in ru, vi and en; negatives: a real alt text under a title (a run inside it, its tail without a crumb), a crumb
whose last crumb is not the line (the line a run of it), a long line ending in the copy.  Also ``dedupe.near``: with
two crumbs glued ("Домой <title>") it took a short title for the near copy; the contained-copy path
(``dedupe.breadcrumb``'s class, copies of 40 characters or more only) now also takes a glued trail opening with a
home link's word closed by a shorter title (:func:`~mtpipe.clean.crumb_titles.glued_trail`), and the crumb goes.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.captions import crumb_copy
from mtpipe.clean.crumb_titles import glued_trail
from mtpipe.document import Document

_PAGES = {
    "ru": ("Главная", "Новости", "Субботник в сельском поселении",
           ["В субботу жители поселения вышли на уборку улиц и дворов после долгой зимы.",
            "Собрали больше двадцати мешков мусора и высадили у школы молодые липы."]),
    "vi": ("Trang chủ", "Tin tức", "Hội thi văn nghệ quần chúng năm 2024",
           ["Sáng ngày 12/5, huyện tổ chức hội thi văn nghệ quần chúng với sự tham gia của mười hai đội.",
            "Các tiết mục ca ngợi quê hương, đất nước và con người được khán giả nhiệt liệt cổ vũ."]),
    "en": ("Home", "News", "Village cleanup day draws record crowd",
           ["On Saturday more than two hundred residents turned out to clear the streets after the long winter.",
            "Volunteers filled forty bags of litter and planted young lime trees outside the school."]),
}
_FORMS = ["{h} {s} {t}", "{h} / {s} / {t}", "{h} » {s} » {t}", "{h} > {s} > {t}", "{h} | {s} | {t}", "{h} / {t}",
          "{h} » {t}", "{h} {t}"]


def _removed(lines: list[str]) -> dict[str, str]:
    text = "\n".join(lines) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="p.txt", path="p.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("lang", sorted(_PAGES))
@pytest.mark.parametrize("form", _FORMS)
def test_short_title_under_its_crumb_stays(lang, form):
    home, section, title, lead = _PAGES[lang]
    crumb = form.format(h=home, s=section, t=title)
    removed = _removed([crumb, title, *lead])
    assert title not in removed and not set(removed) & set(lead)


@pytest.mark.parametrize("home", ["Домой", "Главная"])
def test_two_glued_crumbs(home):
    # "Домой <title>" over "<title>": dedupe.near took a short title as the near copy (dedupe.breadcrumb read only
    # copies of 40 characters or more); now the crumb goes (dedupe.breadcrumb, or chrome.glued_crumb where the policy
    # holds it)
    _, _, title, lead = _PAGES["ru"]
    removed = _removed([f"{home} {title}", title, *lead])
    assert title not in removed and removed.get(f"{home} {title}", "").startswith(("dedupe.", "chrome."))


@pytest.mark.parametrize("trail,line,expected", [
    ("Домой Субботник в сельском поселении", "Субботник в сельском поселении", True),
    ("Home News Village cleanup day", "Village cleanup day", True),
    # no home link's word; a sentence before the copy; too many words before it; not the line's whole words
    ("Новости Субботник в сельском поселении", "Субботник в сельском поселении", False),
    ("Домой. Мы вернулись. Субботник в поселении", "Субботник в поселении", False),
    ("Home " + " ".join(["word"] * 12) + " Village cleanup day", "Village cleanup day", False),
    ("Домой Субботник в поселении", "ботник в поселении", False),
    # separators: trail_title's class (dedupe.furniture_copy), not this one
    ("Главная » Новости » Субботник в поселении", "Субботник в поселении", False),
    ("Home / Village cleanup day", "Village cleanup day", False),
])
def test_glued_trail(trail, line, expected):
    assert glued_trail(trail, line) is expected


def test_glued_crumb_goes_once_the_title_stays():
    # before alt84 the title went as alt text and the glued crumb then found no copy of it and stayed
    home, section, title, lead = _PAGES["ru"]
    crumb = f"{home} {section} {title}"
    assert _removed([crumb, title, *lead]).get(crumb) == "chrome.glued_crumb"


@pytest.mark.parametrize("crumb,title", [
    ("Главная Новости Субботник в сельском поселении", "Субботник в сельском поселении"),
    ("Главная страница Субботник в поселении", "субботник  в поселении"),
    ("Trang chủ » Tin tức » Hội thi văn nghệ", "Hội thi văn nghệ"),
    ("Tin tức » Hội thi văn nghệ quần chúng", "Hội thi văn nghệ quần chúng"),
    ("Home / Village cleanup day", "Village cleanup day"),
    ("Trang chủ | Văn học | Thơ | Mẹ là tất cả", "Mẹ là tất cả"),
])
def test_crumb_copy(crumb, title):
    assert crumb_copy(crumb, title)


@pytest.mark.parametrize("crumb,title", [
    # an alt text: a run inside the title, or its tail with no crumb before it
    ("Thu nhập vãng lai là gì? Cách tính thuế thu nhập vãng lai mới nhất", "Tính thuế thu nhập vãng lai"),
    ("Hướng dẫn cách tính thuế thu nhập vãng lai", "thuế thu nhập vãng lai"),
    ("Sandra Fluke: Legitimate rape — Romney, Ryan's records", "Ryan's records"),
    # the crumb does not end with the line; a word cut in two; a line as long as the crumb
    ("Главная Новости Субботник в поселении", "Главная Новости"),
    ("Главная Новости Субботник в поселении", "отник в поселении"),
    ("Главная Новости", "Главная Новости"),
    # more crumbs' words before the copy than a crumb holds
    ("Главная " + " ".join(["слово"] * 12) + " Субботник в поселении", "Субботник в поселении"),
])
def test_not_crumb_copy(crumb, title):
    assert not crumb_copy(crumb, title)


@pytest.mark.parametrize("title,alt", [
    ("Thu nhập vãng lai là gì? Cách tính thuế thu nhập vãng lai mới nhất", "Tính thuế thu nhập vãng lai"),
    ("Осенняя посадка клубники: сроки и способы", "Осенняя посадка клубники"),
    # its tail, no crumb before it (capitalized: a lower-case line under the title is joined to it as a soft break)
    ("Hướng dẫn cách tính thuế thu nhập vãng lai", "Thuế thu nhập vãng lai"),
])
def test_alt_text_under_its_title_still_goes(title, alt):
    lead = _PAGES["vi"][3] if "vãng" in title else _PAGES["ru"][3]
    removed = _removed([title, alt, *lead])
    assert removed.get(alt) == "captions.alt_of_heading" and title not in removed

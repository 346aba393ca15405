"""The name of one of the site's own pages or widgets standing alone outside the article (issue 12, clut80).

Above a page's title and under its text a site prints the names of its own pages and widgets, each a short line: its
search box ("Поиск", "Tìm kiếm"), its guest book ("Гостевая книга"), its news board ("Новости и объявления", "Tin tức
hoạt động"), what changed on it ("Обновления сайта"), who keeps it ("Автор сайта"), its visitor counter's heading
("Thống kê", "Thong ke"), its list of related posts ("Bài viết liên quan"), its contact page ("Liên hệ").  These are no section of a newspaper (the closed list of
:data:`~.furniture.RUBRICS` holds those, and :mod:`.ru_heads` and :mod:`.vi_rubrics` take a section's name by where
it stands) but the site's own furniture, named the same way on any site by its CMS: the closed class
:data:`NAMES` (the widgets of common CMSs -- WordPress's and uCoz's sidebars, Vietnamese government portals'
blocks -- and their names on the dev pages held10..held46, train27..31, crawl8/12).  A word that also heads a
list of the text's own is left out: "Рекомендуем:" over a storm warning's advice (h25ru07), "Văn bản" (a document).

``boilerplate.site_chrome`` (:func:`chrome_names`): a live line that is one name of :data:`NAMES` (case, list
bullets, pipes and a trailing colon aside; whitespace folded) or a news feed's heading naming its agency ("Новости от
ИА Regnum"), standing outside the article's text: above its first line of text (a sentence-like line or one over 150
characters, :func:`~.widgets._body`) or below its last.  Inside the text such a line is the text's own subheading
("Liên hệ" over the company's address in a text about it; "Поиск" heading a chapter on search) and stays; a page
with no line of text (a menu page, a list of links) is left alone.

What shares the shape and stays: a name with more words ("Tạo liên hệ mới", "Quản lý liên hệ": a software's
feature list; "Thông tin cơ bản" over a profile's facts: "thông tin" alone names nothing of the site), an official
document's name ("THÔNG BÁO" over a decree's subject, :mod:`.vi_rubrics`' documents: not in the list), a title
opening with a feed's word ("Новости причины возникновения половодья": no agency after "от").

The rule runs in :class:`~.header_names.HeaderNames`' layer (the site's own name and furniture, outside the article);
a removal next to a line the policy held is left there (:func:`~.policy.release_supported`).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .widgets import _body

__all__ = ["RULE", "NAMES", "chrome_name", "chrome_names"]

RULE = "boilerplate.site_chrome"

_RU = """поиск;поиск по сайту;карта сайта;гостевая книга;обратная связь;обновления сайта;обновления на сайте;
    новое на сайте;последние обновления;автор сайта;о сайте;новости и объявления;новости и события;объявления;
    статистика сайта;облако тегов;облако меток;свежие записи;последние записи;свежие комментарии;
    последние комментарии;популярные записи;вход на сайт;личный кабинет;версия для слабовидящих;друзья сайта;
    партнеры сайта;партнёры сайта;категории;метки;архивы;полезное;популярное;меню;меню сайта;навигация;опрос;
    регистрация;войти;статистика;рекомендуем также;рекомендую также"""
_VI = """liên hệ;tìm kiếm;thống kê;thống kê truy cập;thong ke;thong ke truy cap;bài viết liên quan;bài văn liên quan;
    tin liên quan;tin tức liên quan;tin tức hoạt động;tin hoạt động;tin tức sự kiện;tin tức - sự kiện;
    tin tức sinh hoạt;xuất bản thông tin;bài viết mới;bài viết mới nhất;tin mới nhất;tin mới cập nhật;tin xem nhiều;
    bài viết xem nhiều;đọc nhiều nhất;liên kết website;liên kết web;sơ đồ trang;sơ đồ site;đang truy cập;
    lượt truy cập;góp ý;đăng nhập;bài viết khác;các tin khác;tin khác;tin cùng chuyên mục;danh mục;lưu trữ;thẻ;
    thư viện ảnh;hỗ trợ trực tuyến;quảng cáo"""
#: names of a site's own pages and widgets (casefolded, whitespace folded), per language
NAMES: dict[str, frozenset[str]] = {lang: frozenset(" ".join(n.split()) for n in text.split(";"))
                                    for lang, text in (("ru", _RU), ("vi", _VI))}
#: the site's news feed of an agency ("Новости от ИА Regnum", "Новости от РИА Новости"): one or two names after it
_FEED = re.compile(r"^новости от (?:иа|риа|агентства)\s+\S+(?:\s\S+)?$")
_EDGES = re.compile(r"^[\s\-–—•·*»›>|#]+|[\s\-–—•·*»›>|#:]+$")


def chrome_name(s: str, lang: str) -> bool:
    """The line is one name of :data:`NAMES` for ``lang`` (or an agency's news feed heading on a Russian page)."""
    t = s.strip()
    if not t or len(t) > 60:
        return False
    body = " ".join(_EDGES.sub("", t).casefold().split())
    names = NAMES.get(lang)
    if names is None or not body:
        return False
    return body in names or (lang == "ru" and _FEED.match(body) is not None)


def chrome_names(lines: list[str], removed: Mapping[int, Any], lang: str) -> dict[int, tuple[str, str]]:
    """Names of the site's own pages and widgets outside the article's text (module docstring): index -> (rule,
    note)."""
    if lang not in NAMES:
        return {}
    body = _body(lines, set(removed))
    if not body:
        return {}  # no line of text: a menu page, a list of links; nothing tells the article's edges
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or body[0] <= i <= body[-1] or not chrome_name(s, lang):
            continue
        where = "above the article's text" if i < body[0] else "below the article's text"
        out[i] = (RULE, f"the name of one of the site's own pages or widgets ({s.strip()[:40]!r}), {where}")
    return out

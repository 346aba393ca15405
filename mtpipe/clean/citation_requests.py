"""A site's request to cite it when its information is used, as a footer line (issue 12, clut89).

:func:`~.ru_portal.footer_line`'s reprint terms (``boilerplate.site_footer``) know the Russian wording that names the
site's "материалы" ("Перепубликация материалов возможна только с … разрешения …", train27ru; "Использование
материалов … допускается только с письменного разрешения …", mk.ru) and a Vietnamese wording that puts the reposting
verb first (NukeViet's "… đăng lại bài viết … mà không ghi rõ nguồn … là vi phạm bản quyền", held43).  The same
notice names what is used by other nouns and asks for the reference in other words: a municipal press office's
"При использовании информации просьба ссылаться на Управление информационной политики …" (held50's nabchelny.ru,
left blind), "Использование информации сайта возможно только со ссылкой на источник", "При цитировании новостей
ссылка на сайт обязательна"; and the Vietnamese portals' footer names the source first, "Ghi rõ nguồn «Cổng thông
tin điện tử …» khi phát hành lại thông tin từ website này".

:func:`citation_request` is the notice's frame, not one site's sentence: the line OPENS with the use of the site's
content (optionally "При" / "Любое" / "Полное или частичное" first): a noun of using, reprinting, quoting or copying
and, within three words, a noun of what a site publishes (информация, материалы, публикации, статьи, новости, фото,
видео, контент, тексты; the noun's own forms: "информационных систем" is no object); and it asks for the reference:
"ссылаться", "ссылка"/"ссылкой"/"гиперссылка", "указание источника", or, for the publications (not "информация",
which may be any information: "Использование информации о клиентах без их согласия"), forbids / permits
("запрещено", "разрешения", "согласия").  A sentence of the text with the same words
does not open with that frame ("Журналисты при использовании информации из соцсетей ссылаются на …": the subject
first) or does not ask for a reference.  The Vietnamese frame is "ghi rõ / nêu rõ nguồn … khi phát hành lại / đăng
lại / sử dụng lại / trích dẫn … thông tin / nội dung / bài viết / tin bài" (the reverse of ``_VI_REPRINT``'s order).
The footer layer takes such a line only outside the article's text (before its first or after its last line of
text); ``footer_line``'s 40-word cap holds.  Dev (every labelled line, ``benchmarks/caption_lines.py``): the frame
matches no line but the ones ``_REPRINT`` already takes, and no content line (clut89's note).
"""

from __future__ import annotations

import re

from .words import line_folded

__all__ = ["citation_request"]

_RU = re.compile(
    r"^(?:(?:при|любое|полное\s+или\s+частичное|частичное\s+или\s+полное|частичное|полное)\s+)?"
    r"(?:использовани|перепечатк|перепубликаци|цитировани|копировани|воспроизведени|распространени|републикаци)"
    r"[а-яё]*(?:\s+(?:и|или)\s+[а-яё]+)?\s+(?:[а-яё-]+\s+){0,3}?"
    r"(?:(?P<info>информаци[яиюей])|материал(?:ы|ов|ам|ами|ах|а)?|публикаци[яиюей]|публикаций|"
    r"стать(?:я|и|ей|ю|ям|ями|ях)|статей|новост(?:ь|и|ей|ям|ями|ях)|фото(?:графи[йияею]|графиям|графиями)?|видео|"
    r"контент(?:а|у|ом)?|текст(?:а|ов|ы|ам|ами)?)(?![а-яё])"
    r"(?=.*(?:ссылат|ссылк|ссылок|гиперссылк|указани[ея]\s+источник|(?P<permit>запрещ|разрешени|согласи)))",
    re.IGNORECASE)
_VI = re.compile(
    r"^(?:(?:đề nghị|yêu cầu|vui lòng|xin)\s+)?(?:ghi rõ|nêu rõ|trích dẫn)\s+nguồn(?![^\W\d_]).{0,120}?"
    r"(?<![^\W\d_])khi\s+(?:phát hành lại|đăng lại|đăng tải lại|sử dụng lại|sao chép|trích dẫn|sử dụng)\s+"
    r"(?:(?:các|những|lại)\s+)?(?:thông tin|nội dung|bài viết|tin bài|bài báo)(?![^\W\d_])",
    re.IGNORECASE)
#: what every match holds, folded (tested before the patterns scan the line)
_SEEDS = ("ссыл", "запрещ", "разрешени", "согласи", "источник", "nguồn")


def citation_request(s: str) -> bool:
    """The line is a site's request to cite it when its content is used (module docstring)."""
    t = s.strip().lstrip("*•-–— ").strip()
    folded = line_folded(t)
    if not any(w in folded for w in _SEEDS):
        return False
    m = _RU.match(t)
    if m and m.group("info") and m.group("permit") and not re.search(r"ссыл|указани[ея]\s+источник", t, re.I):
        return False  # "информация" alone is any information ("… о клиентах без их согласия"): a reference asked
    return bool(m or _VI.match(t))

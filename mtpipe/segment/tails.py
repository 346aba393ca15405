"""A page's mark trailing a sentence on its line is a unit of its own (round bnd43, issue 12: sentence boundaries on
real pages; read on held26, held31 and crawl11, dev parts).

A listing or an article's lead often ends its line with a mark after the sentence's stop: an arrow ("… сложно и
ответственно. →"), a rule drawn with underscores or dashes ("… молодые докторанты. ___________________ |"), an
elided-text mark ("… пять общеобразовательных учреждений. [...]"), a bracketed or bare read-more link ("… vào Ngân
hàng máu.(đọc thêm)", "… Xem tiếp »", "Читать дальше »").  The mark is the page's furniture, not part of the sentence:
the annotated parts end the sentence at its stop and give the mark a unit of its own, as they do for "Xem tiếp »"
and "Đọc tiếp" (held20, held29).  The mark runs to the end of the line (a piece of the text without a line break).

A read-more link led by an arrow (">> Chi tiết", " » Xem thêm", "→ Подробнее", "►Читать далее") is such a mark with no
stop before it (round bnd48, train30's ``t30vi06``: "ê Từ ấy (1946) >> Chi tiết", a works list whose titles end at the
glue, the part's Convention 7): the arrow says it is a link, whatever stands before it.  A lone "»" leads it only
after a space ("«Дюймовочка» Подробнее": the quotation's close, no arrow); a lone ">" only after a sentence's stop
(or a quotation closed after it) and a space (clut82: "… như không phải ở Việt Nam. > Xem chi tiết", "… biển hiệu
đó...\". > Xem chi tiết", held47's ``h47vi05``; a menu path "Cài đặt > Chi tiết" has no stop before its ">"; round
bnd65 found the same class: "Xem chi tiết" is the label of held40's "Xem chi tiết »" too).

Only after a full stop, "!" or "?" that closes a word of three letters or more (not after "ул." or "г."; a longer
abbreviation, "корп. →", is split off too: the line ends there all the same), never after an ellipsis (a teaser cut
by one, "… в сфере… подробнее", is one unit with its link, as crawl11 labels it); a closing quote or bracket may stand after the stop.  A lone closing quote ("… долга…»"), an emoticon (":)") or a
single "»" are no mark.

Round bnd49 adds **a read-more link glued to a teaser the site cut** ("… Сергей Орлов, заместитель Читать дальше…",
"… в квестах «Дюймовочка» и Читать дальше...": crawl8, held24; a CMS's excerpt filter appends its link straight after
the cut word, WordPress's ``excerpt_more`` " Читать дальше..."): Convention 7 gives the cut teaser an end at the cut and
the link a unit of its own.  The link is the site's label with its capital ("Читать дальше", "Читать далее",
"Подробнее", "Xem tiếp", "Đọc tiếp", "Xem thêm"), closing the line after a space and a lower-case letter or a comma,
an ellipsis or an arrow at most after it.  A lower-case link ("… в сфере… подробнее", crawl11: one unit with its
teaser; "чтобы читать дальше..."), a label after a capital or a digit ("НОВОСТИ Подробнее") and a title case
("Hướng Dẫn Đọc Tiếp") are left (:func:`glued_link_breaks`).  The same link opening a line, its ellipsis glued to
the next teaser's text ("Подробнее...В нынешнем году …", "Подробнее...15 октября …": crawl8, as crawl12's
"Подробнее...‖Стоят они, убогие"), is a unit too when a capital or a figure follows (:func:`lead_link_breaks`).

Round bnd75 (held54's ``h54ru09``, an embed of a WordPress post: "… волонтеры проекта «Доноры Дона» и Российского …
Читать далее В Волгодонске Всемирный день донора крови отмечают …"): the same label **between a cut teaser's ellipsis
and a capital** (the link's text: WordPress's "Continue reading <title>", the title copy glued after the label) ends
a unit of its own, Convention 7, and the title after it opens the next (Convention 8) (:func:`cut_link_breaks`; the
splitters already end the teaser at its "…" before the capitalised label).  Lower case after the label is its
sentence ("… Читать далее в канале.", "… Đọc tiếp thôi."), and "Далее" alone is left (an adverb opening a
sentence: "… Далее Павел Креков посетил …").
"""

from __future__ import annotations

import re

__all__ = ["tail_breaks", "tail_mark", "file_name_breaks", "glued_link_breaks",
           "lead_link_breaks", "cut_link_breaks", "READ_MORE"]

_READ_MORE = (r"đọc thêm|xem thêm|xem tiếp|đọc tiếp|xem chi tiết|chi tiết|подробнее|читать далее|читать дальше|далее"
              r"|детальніше|читати далі")
# the stop of a sentence (after a word of two letters or more, no ellipsis), spaces, the mark, the end of the piece
_TAIL = re.compile(r"(?<=[^\W\d_]{3})(?<!\.\.)[.!?][\"”»)]?(\s*)"
                   r"(?:[→⇒➜➔►▶]{1,3}|>>|»»|[_=~*\-—–]{3,}(?:\s*\|)?|\[\s*(?:\.{3}|…)\s*\]"
                   r"|\(\s*(?:" + _READ_MORE + r")\s*(?:\.{2,}|…)?\s*\)"
                   r"|(?:" + _READ_MORE + r")\s*(?:\.{2,}|…)?\s*(?:[→»>]{1,2})?)\s*$", re.IGNORECASE)
#: a read-more link alone (its label, an ellipsis, an arrow): what follows a teaser the site cut (read by :mod:`.pause`)
READ_MORE = re.compile(r"(?:" + _READ_MORE + r")\s*(?:\.{2,}|…)?\s*(?:[→»>]{1,2})?\s*$", re.IGNORECASE)
_SIGNS = ("→", "⇒", "➜", "➔", "►", "▶", ">>", "»»", "___", "---", "===", "———", "–––", "***", "~~~", "[", "(", "»",
          "đọc", "Đọc", "xem", "Xem", "chi tiết", "Chi tiết", "одробнее", "итать", "алее", "етальніше", "итати")


# an arrow-led read-more link at the end of the piece, after any character (bnd48)
_ARROW_LINK = re.compile(r"(?<=\S)(\s*)(?:>>|»»|[→⇒➜➔►▶]|(?<=\s)»|(?<=[.!?…][\"”»)]\s)>|(?<=[.!?…]\s)>)\s*"
                         r"(?:" + _READ_MORE + r")\s*(?:\.{2,}|…)?\s*$", re.IGNORECASE)


# any of :data:`_SIGNS` in a piece's tail, in one scan (the same test as ``any(s in tail for s in _SIGNS)``: perf49)
_SIGN_ANY = re.compile("|".join(map(re.escape, _SIGNS)))


def tail_breaks(text: str) -> list[int]:
    """Offsets where a trailing mark after a sentence's stop opens its own unit (at most one: the piece's end)."""
    if _SIGN_ANY.search(text, max(0, len(text) - 40)) is None:
        return []
    m = _TAIL.search(text, max(0, len(text) - 60)) or _ARROW_LINK.search(text, max(0, len(text) - 40))
    if m is None:
        return []
    return [m.end(1)]


# a capitalised read-more label glued after a cut teaser's lower-case word or comma, closing the piece (bnd49)
_GLUED_LINK = re.compile(r"(?<=\S)(\s+)(?:Читать\s(?:дальше|далее)|Подробнее|Xem\stiếp|Đọc\stiếp|Xem\sthêm)"
                         r"\s*(?:\.{2,}|…)?\s*(?:[→»>]{1,2})?\s*$")


def glued_link_breaks(text: str) -> list[int]:
    """Offsets where a read-more link glued to a cut teaser's last word opens its own unit (the piece's end)."""
    tail = text[-30:]  # (perf83: sliced once, no generator)
    if not ("Читать" in tail or "Подробнее" in tail or "Xem" in tail or "Đọc" in tail):
        return []
    m = _GLUED_LINK.search(text, max(0, len(text) - 40))
    if m is None or not (text[m.start() - 1].islower() or text[m.start() - 1] == ","):
        return []
    return [m.end(1)]


# the same label opening the piece, its ellipsis glued to the next text (bnd49)
_LEAD_LINK = re.compile(r"^\s*(?:Читать\s(?:дальше|далее)|Подробнее|Xem\stiếp|Đọc\stiếp|Xem\sthêm)\s?(?:\.{2,}|…)"
                        r"(\s*)(?=\w)")


# the label after a cut teaser's ellipsis and a space, then a space and a capital (a quote may open it) (bnd75)
_CUT_LINK = re.compile(r"(?:…|\.\.\.?)\s(?:Читать\s(?:дальше|далее)|Подробнее|Xem\stiếp|Đọc\stiếp|Xem\sthêm)(\s)"
                       r"(?=[«\"“]?[^\W\d_])")


def cut_link_breaks(text: str) -> list[int]:
    """Offsets where the text after a read-more label between a cut teaser's ellipsis and a capital starts."""
    if "…" not in text and ".." not in text:
        return []
    return [m.end(1) for m in _CUT_LINK.finditer(text) if text[m.end(1):m.end(1) + 2].lstrip("«\"“")[:1].isupper()]


def lead_link_breaks(text: str) -> list[int]:
    """Offsets where the text after a read-more link opening the piece starts (a capital or a figure after its
    ellipsis)."""
    m = _LEAD_LINK.match(text)
    if m is None or not (text[m.end()].isupper() or text[m.end()].isdigit()):
        return []
    return [m.end()]


def tail_mark(text: str, a: int, b: int, lang: str) -> bool:
    """Whether the piece ``text[a:b]`` (stripped) is such a trailing mark: it stays a unit, though it holds no letter
    (a stray stop or "!!" without letters joins the sentence before it).  Russian, Ukrainian and Vietnamese pages only
    (:func:`~.page_units.page_breaks`' languages: the English sets, news copy and mailing lists, keep "… has reported.
    [...]" and "… Servers! =-----" with their sentence)."""
    return lang in ("ru", "uk", "vi") and not text[b:].strip() and a in tail_breaks(text)


# round bnd46 (held34's ``h34vi13``): an image's file name left by the scraper at the end of a heading's line ("… VỚI "
# CHẶNG ĐƯỜNG 65 NĂM " th_bao_ninh_1_500"): lower-case parts joined by two underscores or more, a digit among them; a
# unit of its own.  Not after a colon (a field's value, "Phương tiện: o_tomay_bay").
_FILE_TAIL = re.compile(r"(?<=[^\s:])(\s+)[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}\s*$")


def file_name_breaks(text: str) -> list[int]:
    """Offsets where an image's file name trailing the piece opens its own unit."""
    if "_" not in text[-40:]:
        return []
    m = _FILE_TAIL.search(text, max(0, len(text) - 60))
    if m is None or not any(ch.isdigit() for ch in text[m.end(1):]):
        return []
    return [m.end(1)]

"""A body's name heading the site, beside the header's contact line, first on the page (issue 12, clut62).

An institution's or an authority's site prints its own name at the top of every page, in the header next to its
telephone, e-mail and address, above the menu and the article: "Государственное бюджетное учреждение" /
"здравоохранения Нижегородской области" / "«Перевозская центральная районная больница»" over "Горячая линия: +7 831
…" (h37ru15), "Муниципальное образование Муниципальный округ УРИЦК" over "+7 (812) 735-11-33" (t28ru89), "BỘ GIAO
THÔNG VẬN TẢI" under "www.drvn.gov.vn" (h38vi10).  The layers before take the contact line (``boilerplate.contact``,
``boilerplate.phone_line``, :mod:`.contact_blocks`, :mod:`.vi_contacts53`) and leave the name: a line of an
institution's words that looks like a heading.  :mod:`.ru_portal`'s ``boilerplate.site_masthead`` takes the name
only when it says "Официальный сайт …".

``boilerplate.header_name`` (:func:`header_names`): the page's first live lines (no live line above them), one to
:data:`MAX_LINES` of them in a row, the first opening with an institution's word (:data:`_BODY`: a legal form,
"Государственное …", "Муниципальное …", "ГБУЗ", an authority, "Администрация", "Министерство", "Bộ", "Ủy ban",
"UBND", "Sở", a unit, "Phường", "Quận", a hospital, a school, an institute), the others carrying the name on (opening in
lower case, a quoted name alone, or another line opening with such a word), each :data:`MAX_WORDS` words at most with
no stop or colon at its end; and the evidence that it is the header: the line right above or right below the block
(blank lines skipped) is a contact line an earlier layer removed (its rule a contact's or a phone's, or its text a
contact field, :func:`~.contact_blocks.field_kind`, or a bare number, :func:`~.phones.phone_number`).

What shares the shape and stays: an official document's letterhead, which is the page's text ("ỦY BAN NHÂN DÂN" /
"XÃ ĐỨC HỢP" / "Số: …/TB-UBND", h17vi02; "МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ ПОСЕЛОК ХАНЫМЕЙ" / "ГЛАВА ПОСЕЛКА" /
"ПОСТАНОВЛЕНИЕ", h22ru10; "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ" / …, t28ru65): no contact line beside it,
and a document's marks under it (:data:`_DOCUMENT`: a number "Số:" / "№", the state's motto, the act's name) end the
test; a title opening with a body's word ("Xã Đạ Lây tổ chức ra quân …", "Администрация района подвела итоги …"):
the line right above the article's first line of text is its title, never a header.  Counted over every part's lines
before the rule (the text parts and the crawl parts): the four lines of h37ru15 and t28ru89 have the shape with a
contact line under them, no content line has.

A removal next to a line the policy held is left (:func:`~.policy.release_supported`).  The layer runs after
:mod:`.contact_blocks` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .body_words import BODY as _BODY, DOCUMENT as _DOCUMENT, MAX_WORDS, body_name
from .chrome_names import chrome_names
from .contact_blocks import field_kind
from .features import _sentence_like
from .host_bodies import host_bodies
from .phones import phone_number
from .self_names import glued_crumbs, self_descriptions
from .site_heads import mark_site_heads
from .site_names import host_of, site_names
from .site_pointers import site_pointers

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "MAX_LINES", "MAX_WORDS", "body_name", "header_names", "HeaderNames"]

RULE = "boilerplate.header_name"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)
MAX_LINES = 3  # lines of the name (a legal name wrapped over three: h37ru15)
_LOOK = 4  # live lines under the block read for a document's marks

_QUOTED = re.compile(r"^[\"«“„][^\"«»“”„]{2,80}[\"»”]$")
_CONTACT_RULE = re.compile(r"contact|phone")


def _carries(s: str) -> bool:
    t = s.strip()
    return bool(t) and len(t.split()) <= MAX_WORDS and t[-1:] not in ".!?…:;" and (
        t[:1].islower() or _QUOTED.match(t) is not None or _BODY.match(t) is not None)


def _contact(lines: list[str], i: int | None, removed: Mapping[int, Any]) -> bool:
    if i is None or i not in removed:
        return False
    t = lines[i].strip()
    return bool(_CONTACT_RULE.search(str(removed[i][0]))) or field_kind(t) is not None or phone_number(t)


def header_names(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The body's name heading the site beside its contact line, first on the page: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    if not live or not body_name(lines[live[0]]):
        return {}
    run = [live[0]]
    for i in live[1:MAX_LINES]:
        if i != run[-1] + 1 or not _carries(lines[i]):
            break
        run.append(i)
    rest = live[len(run):]
    if not rest:
        return {}  # nothing under it: no header over a page
    first_text = next((i for i in rest if _sentence_like(lines[i]) or len(lines[i]) > 150), None)
    if first_text is not None and rest[0] == first_text:
        return {}  # the text begins right under it: the name is the article's title
    if any(_DOCUMENT.match(lines[i].strip()) for i in rest[:_LOOK]):
        return {}  # a document's marks under it: its letterhead, the page's text
    above = next((i for i in range(run[0] - 1, -1, -1) if lines[i].strip()), None)
    below = next((i for i in range(run[-1] + 1, len(lines)) if lines[i].strip()), None)
    if not (_contact(lines, above, removed) or _contact(lines, below, removed)):
        return {}
    return {i: (RULE, f"the site's own name in its header beside the contact line, line {k + 1} of {len(run)}")
            for k, i in enumerate(run)}


class HeaderNames:
    """The clut62 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang not in ("ru", "vi"):
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = header_names(lines, marks.removed)
        # the site's name as its host spells it, outside the article (clut69, :mod:`.site_names`)
        host = host_of(marks.doc.doc_id, marks.doc.path)
        found.update(site_names(lines, {**marks.removed, **found}, host))
        found.update(host_bodies(lines, {**marks.removed, **found}, host))  # the body the host spells (head104)
        # the name of one of the site's own pages or widgets, outside the article (clut80, :mod:`.chrome_names`)
        found.update(chrome_names(lines, {**marks.removed, **found}, marks.lang))
        # the site naming itself with its kind, a breadcrumb glued with the title (clut83, :mod:`.self_names`)
        found.update(self_descriptions(lines, {**marks.removed, **found}, host))
        found.update(glued_crumbs(lines, {**marks.removed, **found}))
        # a pointer to another page of the site with a lead clause of its own (clut83, :mod:`.site_pointers`)
        found.update(site_pointers(lines, {**marks.removed, **found}))
        for i, value in found.items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
        mark_site_heads(marks, lines, {})  # the site's name by its home address or on the title's copy (left99)

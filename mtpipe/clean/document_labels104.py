"""A document module's own section labels on a portal's page of an act (issue 12, left104: held55's h55ru10).

Municipal and government portals print an act (a decree, a regulation, a decision) inside a document module that
heads each of its blocks with a label naming the *document* or its *files*: "Параметры документа" over the card's
fields ("Номер документа: …", "Дата принятия: …"), "Приложенные файлы:" over the download links, "Текст документа"
over the act's text, "Текущая редакция документа" over a legal database's version box; the Vietnamese modules say
"Tài liệu đính kèm:", "Tệp đính kèm", "Tải văn bản".  The label is the module's, never the act's: an act's own
headings name its subject ("Об утверждении …", "Общие положения", "QUYẾT ĐỊNH"), and an act's annex is "Приложение
№ 1 к …" (a heading of the text, left alone: a bare "Приложения" is not taken either).

``portal.document_label`` (:func:`document_label`): the whole line (after :func:`~.cms_strings.edges`' marks, a
colon allowed at its end) is one of the labels of :data:`_LABEL`, five words at most.  Evidence, every dev part
(every tag, whole lines, ``benchmarks/notes/left104.md``): the shape holds **6 clutter / 0 content** lines on five
sites -- gmolo.ru's card (held55 h55ru10: "Параметры документа", "Приложенные файлы:"), oktyabrsk-pn.ru (t28ru58
"Текст документа"), a legal database's version box (h22ru03 "Текущая редакция документа"), a vi portal's
attachments (t28vi20 "Tài liệu đính kèm:") and a vi document search (h11vi09 "Tải văn bản").  Fresh stored pages of
hosts in no part hold the same module: dokipedia.ru's and 91.221.195.10's cards ("Статус документа: …", "Вид
документа: …", "Дата принятия: …" -- field lines, which carry a value and are other rules'), vvtaa.gov.vn /
cukuin.daklak.gov.vn lists ("Số ký hiệu", "Ngày ban hành", "Trích yếu": table heads, other rules').  A bare "Văn bản"
(h14vi07, clutter) is too common a word to be a label alone: left.

The layer runs in :class:`~.ru_chrome.ChromeLines` after :mod:`.reader_calls98`, on live lines only; each line goes
to the ledger with the rule and its evidence.
"""

from __future__ import annotations

import re
from typing import Mapping

from .cms_strings import edges

__all__ = ["RULE", "MAX_WORDS", "document_label", "document_labels104"]

RULE = "portal.document_label"
NOTE = "a document module's label for the act's card, text or attached files"
MAX_WORDS = 5

#: the labels, whole: what the module names (the document's card, text or version; its files) -- ru, then vi
_LABEL = re.compile(
    r"(?:параметры|реквизиты|свойства|карточка|текст|текущая редакция) документа|"
    r"(?:приложенные|прикрепленные|прикреплённые|прилагаемые) (?:к документу )?(?:файлы|документы)|"
    r"(?:tài liệu|tệp|tệp tin|tập tin|file|văn bản) đính kèm|tải (?:về )?văn bản|"
    r"(?:thông tin|thuộc tính) văn bản", re.IGNORECASE)
#: a cheap screen before the match: one of these stems in the folded line
_SEED = re.compile("документ|файл|đính kèm|văn bản")


def document_label(s: str) -> bool:
    """Whether the line is a document module's label, whole (module docstring)."""
    t = s.strip()
    if not t or len(t) > 80 or len(t.split()) > MAX_WORDS or _SEED.search(t.casefold()) is None:
        return False
    return _LABEL.fullmatch(edges(t).rstrip(":").strip()) is not None


def document_labels104(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The labels among the live lines: index -> (rule, note)."""
    return {i: (RULE, NOTE) for i, s in enumerate(lines) if i not in removed and document_label(s)}

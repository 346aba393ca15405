"""A document module's own section labels on a Russian portal's page of an act (issue 12, left104: held55's h55ru10).

Municipal portals and legal databases print an act (a decree, a regulation, a charter's amendment) inside a document
module that heads its blocks with a label naming the *document* or its *files*: "Параметры документа" over the
card's fields ("Номер документа: …", "Дата принятия: …"), "Приложенные файлы:" over the download links, "Текст
документа" over the act's text, "Текущая редакция документа" over a legal database's version box.  The label is the
module's, never the act's: an act's own headings name its subject ("Об утверждении …", "Общие положения"), and an
annex is "Приложение № 1 к …" (a heading of the text, left alone; a bare "Приложения" is not taken either).

``portal.document_label`` (:func:`document_label`): the whole line (after :func:`~.cms_strings.edges`' marks, a
colon allowed at its end, five words at most) is one of :data:`_LABEL`'s labels.  Evidence, every dev part (every
tag, whole lines, ``benchmarks/notes/left104.md``): **4 clutter / 0 content** lines on three sites -- gmolo.ru's
card (held55 h55ru10: "Параметры документа", "Приложенные файлы:"), oktyabrsk-pn.ru (t28ru58 "Текст документа")
and jurdocs.ru (h22ru03 "Текущая редакция документа"); 0 of 133,729 lines of fresh Russian Telegram news and 0 of
5,174 sentences of the Russian UD treebanks match.  The field lines with their values ("Вид документа: …") are
:mod:`.controls`' register fields.  The Vietnamese modules' labels ("Tài liệu đính kèm", "Tệp đính kèm", "File
đính kèm" -- NukeViet's laws module prints the last as its files heading -- and "Văn bản liên quan") are
:data:`.vi_portal.WIDGETS`' (one list): not repeated here.

The layer runs in :class:`~.ru_chrome.ChromeLines` after :mod:`.reader_calls98`, on live lines only; each line goes
to the ledger with the rule and its evidence.
"""

from __future__ import annotations

import re
from typing import Mapping

from .cms_strings import edges

__all__ = ["RULE", "MAX_WORDS", "document_label", "document_labels104"]

RULE = "portal.document_label"
NOTE = "a document module's label for the act's card, text or attached files (dev 4 clutter / 0 content)"
MAX_WORDS = 5

#: the labels, whole: what the module names (the document's card, text or version; its attached files)
_LABEL = re.compile(
    r"(?:параметры|реквизиты|свойства|карточка|текст|текущая редакция) документа|"
    r"(?:приложенные|прикрепленные|прикреплённые|прилагаемые) (?:к документу )?(?:файлы|документы)", re.IGNORECASE)
#: a cheap screen before the match: one of these stems in the folded line
_SEED = re.compile("документ|файл")


def document_label(s: str) -> bool:
    """Whether the line is a document module's label, whole (module docstring)."""
    t = s.strip()
    if not t or len(t) > 80 or len(t.split()) > MAX_WORDS or _SEED.search(t.casefold()) is None:
        return False
    return _LABEL.fullmatch(edges(t).rstrip(":").strip()) is not None


def document_labels104(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The labels among the live lines: index -> (rule, note)."""
    return {i: (RULE, NOTE) for i, s in enumerate(lines) if i not in removed and document_label(s)}

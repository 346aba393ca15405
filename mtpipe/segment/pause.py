"""A pause inside a sentence: an ellipsis after a word that cannot end one (round bnd62, issue 12: sentence
boundaries; read on held42's ``h42ru03``, dev since the thirtieth session).

A writer holds the reader before the punch line with an ellipsis after a conjunction or a preposition, then goes on
with a name in capitals: "Самые известные в Китае русские — Пушкин, Чехов, Гоголь и... Путин.", crawl8's ``c8vi08``
"Trịnh Tiến, đầu bếp của… Là Saigon chia sẻ: …" (the restaurant's name after "of").  The splitter reads an ellipsis
before a capital as an end; here the word before it says the sentence goes on: a function word that never closes a
sentence of its language (:data:`DANGLING_WORDS`, the list :mod:`mtpipe.clean.softbreak_gaps` reads a paragraph
cut after such a word with), written in lower case as running text writes it (:func:`pause_goes_on`).

Over every boundary-labelled part an ellipsis before a capital after such a word is no end on each of its three
lines (``h42ru03``, ``c8vi08`` twice: "của… Là", and "đến… Là" whose "đến" is left out, a verb too); the ends after
an ellipsis (36) follow content words ("… di cư…", "… nho khô…", "thuyết trình hay…": "hay" is "good" there as well
as "or", so it is not in the list) or a word the site cut ("giáo x...").

The list lives here, where the segmenter reads it; :mod:`mtpipe.clean.softbreak_gaps` imports it (one fact in one
place).  Words that also end sentences are left out of it: "được" ("không được."), "về" ("trở về."), "theo" ("đi
theo."), "đến", "vào", "cho", "trong", "khi" ("đôi khi."), "do" ("lý do."), and the final particles "mà", "đã" ("Ăn
cơm đã."); Russian "что" ("Что?"), "как", "за" ("проголосовали за.").

A teaser the site cut after such a word keeps its end before a read-more link ("… соглашение и... Читать дальше »",
"… thị trường và... Đọc tiếp": Convention 7, the link a unit of its own; :data:`.tails.READ_MORE`).
"""

from __future__ import annotations

import re

from .tails import READ_MORE

__all__ = ["DANGLING_WORDS", "pause_goes_on"]

#: function words that never end a sentence of their language (Vietnamese, Russian, Ukrainian)
DANGLING_WORDS = frozenset("""là của và các những để tại với như nhưng thì nếu vì bởi hoặc rằng đang sẽ
    и а но или в во на с со по для от до из к ко о об при под над без через чтобы который которая которое которые
    которых не ни
    і та але або у з зі від для до із при під над без через щоб який яка яке які не ні""".split())

# a word, then an ellipsis (three dots or the glyph, a space before it or none) closing the span
_PAUSE = re.compile(r"(?:^|[\s(«“\"])([^\W\d_]+) ?(?:\.\.\.|…)$")


def pause_goes_on(prev: str, nxt: str) -> bool:
    """``prev`` (a span, stripped) ends with an ellipsis after a function word in lower case and ``nxt`` opens with a
    capital (a quote or a bracket before it allowed): one sentence, paused before its last words."""
    if prev[-1:] not in ".…" or not nxt.lstrip("«“\"( ")[:1].isupper():
        return False
    m = _PAUSE.search(prev, max(0, len(prev) - 40))
    return m is not None and m.group(1) in DANGLING_WORDS and READ_MORE.match(nxt.strip()) is None

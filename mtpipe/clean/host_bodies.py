"""The body that runs the site named over the post, its name spelled by the host (issue 12, head104).

An institution's, an agency's or a party body's site prints its own name in the page's head, above the post's title:
"Ban Tuyên giáo Trung ương" on tuyengiao.vn (fur96's check2 f96k01), "Администрация МР Ногайский район" on
nogaysky.ru (f96k10), "Информационное агентство «Би-порт» Новости Мурманска и Мурманской области" on b-port.com
(head104 tune h104t02).  :mod:`.site_names` takes the line only when all of it spells a host label, :mod:`.self_names`
only with a publication's kind and a quoted name or a description, :mod:`.header_names` only beside the header's
contact line; here the host spells a run of the line's words, not the whole line, and the rest is the body's kind
and its place.

``boilerplate.host_body`` (:func:`host_bodies`): a live line that

* names a body: it opens with an institution's word (:data:`~.body_words.BODY`: "Администрация",
  "Министерство", "Ủy ban", "Sở", "Trường" ...) or with a kind :data:`~.body_words.KIND` adds ("Ban",
  "Информационное агентство"), :data:`~.body_words.MAX_WORDS` words at most and :data:`_NAME_CHARS` characters, no
  stop or colon at its end, no question;
* holds a run of one to :data:`RUN` whole words that spells one of the host's labels (:func:`~.site_names.host_labels`):
  letter for letter after :func:`~.site_names.fold` ("Tuyên giáo" -> "tuyengiao"), or by its consonants
  (:func:`skeleton`: vowels, "y", "h", "j" dropped, "ts" as "c", doubled letters once) when the label has
  :data:`MIN_SKELETON` consonants at least -- a host transliterates a Russian name its own way ("Ногайский" ->
  "nogaysky", "Би-порт" -> "b-port");
* stands outside the article: above its first line of text (a sentence-like line or one over 150 characters) and not
  right above it (the line right above the text is its title: "Администрация района подвела итоги …" over its
  text), or below its last line; on a page with no line of text, only its first live line with more under it;
* heads no official document: no document's mark (:data:`~.body_words.DOCUMENT`: "Số:", "CỘNG HÒA XÃ HỘI …",
  "ПОСТАНОВЛЕНИЕ") in the :data:`_LOOK` live lines under it -- a letterhead ("ỦY BAN NHÂN DÂN XÃ ĐỨC HỢP" over
  "Số: …/TB-UBND" on duchop.gov.vn, h17vi02) is the page's text.

Weighed by a static scan of every dev part's labelled lines (the host from each document's url or crawl site): no
line has the shape in the head, two metadata lines (a parish board's and a kindergarten's signature) below the text,
no content line.  Without the body's word the host's words alone take 17 content lines in the head (a letterhead "XÃ
ĐỨC HỢP" on duchop.gov.vn, titles naming the place the host names: "В Альметьевске продолжается турнир …"), so the
body's word is required.

A removal next to a line the policy held is left (:func:`~.policy.release_supported`): the rule runs in
:class:`~.header_names.HeaderNames`' layer, which applies that test.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .body_words import BODY, DOCUMENT, KIND, MAX_WORDS
from .features import _sentence_like
from .site_names import fold, host_labels

__all__ = ["RULE", "RUN", "MIN_SKELETON", "skeleton", "spelled_run", "names_body", "host_bodies"]

RULE = "boilerplate.host_body"
RUN = 4  # words of the host's name in the line ("Tuyên giáo", "«Би-порт»", "Ногайский")
MIN_SKELETON = 4  # consonants of a label read by its skeleton ("bprt", "ngsk"); a shorter one only letter for letter
_LOOK = 4  # live lines under the name read for a document's marks (as :mod:`.header_names` reads them)
_TEXT_CHARS = 150  # a line this long is text (as :mod:`.site_names` reads the article's lines)
_NAME_CHARS = 160  # characters of a name line at most (twelve long words): a longer line is read no further
_END = ".!?…:;"


def skeleton(folded: str) -> str:
    """A folded spelling's consonants: "ts" as "c", vowels and "y", "h", "j" dropped, a doubled letter once
    ("nogaysky" and "nogayskiy" -> "ngsk"; "bport" and "biport" -> "bprt")."""
    s = re.sub(r"[aeiouyhj]", "", folded.replace("ts", "c"))
    return re.sub(r"(.)\1+", r"\1", s)


def spelled_run(words: list[str], labels: set[str]) -> str | None:
    """The run of one to :data:`RUN` of ``words`` that spells one of the host's ``labels`` (letter for letter, or by
    its :func:`skeleton` for a label of :data:`MIN_SKELETON` consonants at least), else None."""
    skeletons = {k for k in map(skeleton, labels) if len(k) >= MIN_SKELETON}
    folded = [fold(w) for w in words]
    for a in range(len(folded)):
        run = ""
        for b in range(a, min(len(folded), a + RUN)):
            run += folded[b]
            if run and (run in labels or skeleton(run) in skeletons):
                return " ".join(words[a:b + 1])
    return None


def names_body(s: str) -> bool:
    """The line names a body: an institution's word first (:data:`~.body_words.BODY`) or a kind of
    :data:`~.body_words.KIND`, :data:`~.body_words.MAX_WORDS` words at most, no stop, colon or question."""
    t = s.strip()
    if not t or len(t) > _NAME_CHARS or "?" in t or t[-1:] in _END:
        return False
    return (BODY.match(t) is not None or KIND.match(t) is not None) and len(t.split()) <= MAX_WORDS


def host_bodies(lines: list[str], removed: Mapping[int, Any], host: str) -> dict[int, tuple[str, str]]:
    """The lines outside the article naming the body whose name the host spells: index -> (rule, note)."""
    labels = host_labels(host) if host else set()
    if not labels:
        return {}
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    # the candidates first (a body's name holding the host's words): most pages have none, and the article's lines
    # are read only when one is found
    named: dict[int, str] = {}
    for i in live:
        s = lines[i].strip()
        if names_body(s) and fold(s) not in labels:  # the whole line spelling the host is site_names'
            run = spelled_run(s.split(), labels)
            if run is not None:
                named[i] = run
    if not named:
        return {}
    text = [i for i in live if _sentence_like(lines[i]) or len(lines[i]) > _TEXT_CHARS]
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live):
        if i not in named:
            continue
        if text:
            above = i < text[0] and live[k + 1] != text[0]
            if not (above or i > text[-1]):
                continue
            where = "above the article's title" if above else "below the article's text"
        elif k != 0 or len(live) < 2:
            continue
        else:
            where = "first on a page with no text"
        if any(DOCUMENT.match(lines[j].strip()) for j in live[k + 1:k + 1 + _LOOK]):
            continue  # a document's marks under it ("Số: …/TB-UBND", "ПОСТАНОВЛЕНИЕ"): its letterhead, the text's own
        out[i] = (RULE, f"a body's name whose words {named[i]!r} the host {host!r} spells, {where}")
    return out

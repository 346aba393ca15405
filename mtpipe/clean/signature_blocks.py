"""A Russian document's signature blanks and its approval block (issue 12, clut64).

A document an institution posts (a school's menu, a schedule, a regulation) carries the marks of who approved it:
the approval heads ("СОГЛАСОВАНО", "УТВЕРЖДАЮ", "Утверждено", often two side by side: "Согласовано: Утверждаю:"), the
signers' posts ("Мед.работник И. о директора школы", "Директор ООО …"), a blank of underscores for each hand signature
beside the signer's name by initials ("______ Амрина Н.К. ______ Горбачёва А.С.", h41ru12, a village school's menu;
"_______________ П.Ю. Синеок ________________ И.И. Курнаков", "полковник ____________ И. И. Иванов", "Директор
колледжа _____________ И.И. Иванов", forms read in document templates' code) and the date's blanks ("«___» __________
2023 г.", "\\"___\\"________________201___ год").  Held41's README: the approval block signs the document, metadata
(Convention 5).  ``boilerplate.label_bar`` takes the heads alone ("Согласовано: Утверждаю:", labels without values);
the posts and the signatures stayed: no rule reads a blank of underscores with a name.

``boilerplate.signature_block`` (:func:`signature_blocks`):

* a signature line (:func:`signature_line`): one or two signature blanks (three underscores or more), each with the
  signer's name by initials ("Н.К. Амрина", "Амрина Н.К."), maybe a post before the blank, and nothing else; with the
  date's blanks and the stamp's place ("М.П.") right under it;
* under an approval head (:func:`approval_head`, live or removed), the signers' posts down to the signature line: up
  to :data:`MAX_POSTS` short lines (:data:`MAX_WORDS` words at most, no stop at the end, no colon).  Without a
  signature line under them the posts are not told from a document's title and stay.
* round tab105 (held56's ``h56ru13``, a pool's timetable a sports palace posts): the head in quotes ("«Утверждаю»")
  and a signer printed without a blank, a line that is only the signer's name by initials ("Д.С.Наумов", "Наумов
  Д.С.": :func:`signer_name`), one to :data:`MAX_POSTS` posts above it ("Директор МАУ г. Протвино" / "«Дворец спорта
  «Импульс»"): the printed name stands where the blank was.  Only under a head and after a post: a name alone
  elsewhere is a byline or a list's item (the parts: 4 content, 4 metadata, 1 clutter), and a head's lines with no
  name under them are a document's title, as before.

What shares the shape and stays: a rule of underscores alone (``markdown.rule``'s); a blank to fill in a form without
a name ("Задание принял к исполнению ____________"); a table's row of posts with no signature under it.  Counted over
every part's lines before the rule (the text parts and the crawl parts): the approval head and the signature line
stand only in h41ru12 (metadata); no content line holds a blank of underscores with a name by initials.

The layer runs after the other line layers, right before :mod:`.structure` and :mod:`.tables`.  It marks live
lines only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "MAX_POSTS", "MAX_WORDS", "signature_line", "approval_head", "date_blank",
           "signer_name", "signature_blocks", "SignatureBlocks"]

RULE = "boilerplate.signature_block"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)
MAX_POSTS = 3  # lines of posts between an approval head and its signature line
MAX_WORDS = 12  # words of a post's line

_INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}"
_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_NAME = rf"(?:{_INITIALS}\s?{_SURNAME}|{_SURNAME}\s+{_INITIALS})"
#: a signer's post before the blank ("Директор колледжа", "полковник"): letters first, no underscore, no stop at its end
_POST = r"(?:[^\W\d_][^_.!?:;]{0,80}?\s*)"
_UNIT = rf"{_POST}?_{{3,}}\s*/?\s*{_NAME}\s*/?"
_SIGNATURE = re.compile(rf"{_UNIT}(?:\s+{_UNIT})?")
_DATE = r"[«\"“]\s*_+\s*[»\"”]\s*_{3,}\s*(?:(?:19|20)[\d_]{0,6}|_+)?\s*(?:г\.?|года?)?"
_DATES = re.compile(rf"{_DATE}(?:\s+{_DATE})?")
_STAMP = re.compile(r"м\.\s?п\.?|мп", re.IGNORECASE)
# a head in quotes or not ("«Утверждаю»", tab105)
_HEAD = re.compile(r"(?:[«\"“]?(?:согласовано|утверждаю|утверждено|утверждена|утвержден|утверждён|принято|рассмотрено)"
                   r"[»\"”]?\s*:?\s*){1,2}", re.IGNORECASE)
_SIGNER = re.compile(rf"{_NAME}")
# the cheap test of a page with no blank: an approval head's stem ("утвержд", "согласован"; tab105)
_HEAD_STEMS = ("тверж", "огласован", "ТВЕРЖ", "ОГЛАСОВАН")


def _norm(s: str) -> str:
    return " ".join(s.split())


def signature_line(s: str) -> bool:
    """One or two signature blanks, each with a name by initials (a post maybe before the blank), nothing else."""
    t = _norm(s)
    return 0 < len(t) <= 200 and "___" in t and _SIGNATURE.fullmatch(t) is not None


def date_blank(s: str) -> bool:
    """The date's blanks ("«___» __________ 2023 г.") or the stamp's place ("М.П.")."""
    t = _norm(s)
    return 0 < len(t) <= 120 and (_DATES.fullmatch(t) is not None or _STAMP.fullmatch(t) is not None)


def approval_head(s: str) -> bool:
    """One or two approval heads alone on the line ("УТВЕРЖДАЮ", "Согласовано: Утверждаю:")."""
    return _HEAD.fullmatch(_norm(s)) is not None


def signer_name(s: str) -> bool:
    """The line is only a signer's name by initials ("Д.С.Наумов", "Наумов Д.С."): printed where a blank would be."""
    t = _norm(s)
    return 0 < len(t) <= 40 and _SIGNER.fullmatch(t) is not None


def _post(s: str) -> bool:
    t = _norm(s)
    return 0 < len(t) <= 120 and len(t.split()) <= MAX_WORDS and t[-1:] not in ".!?…;:" and ":" not in t \
        and any(ch.isalpha() for ch in t)


def _nonblank(lines: list[str], start: int) -> list[int]:
    return [j for j in range(start, len(lines)) if lines[j].strip()]


def signature_blocks(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """Signature lines with their date's blanks, and the posts between an approval head and them: index -> (rule,
    note)."""
    page = "".join(lines)
    if "___" not in page and not any(stem in page for stem in _HEAD_STEMS):
        return {}  # a cheap test first: most pages hold no blank and no head
    got: dict[int, str] = {}
    for i, s in enumerate(lines):
        if not signature_line(s):
            continue
        got[i] = "a signature line: a blank of underscores with the signer's name by initials"
        for j in _nonblank(lines, i + 1)[:2]:
            if not date_blank(lines[j]):
                break
            got[j] = "the date's blanks or the stamp's place under a signature line"
    for i, s in enumerate(lines):
        if not s.strip() or not approval_head(s):
            continue
        posts: list[int] = []
        signed = False
        for j in _nonblank(lines, i + 1)[:MAX_POSTS + 1]:
            if j in got:
                signed = True
                break
            if posts and signer_name(lines[j]):
                got[j] = "the signer's name by initials under the posts (no blank: the printed name signs)"
                signed = True
                break
            if not _post(lines[j]):
                break
            posts.append(j)
        if not signed:
            continue  # no signature under the posts: a document's title, not its signers
        got.setdefault(i, "the approval head over the signers' posts and signatures")
        for k in posts:
            got[k] = "a signer's post between the approval head and the signature line"
    return {i: (RULE, note) for i, note in got.items() if i not in removed}


class SignatureBlocks:
    """The clut64 signature layer (:class:`~.marks.LineLayer`): Russian pages, live lines only."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "ru":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        for i, value in signature_blocks(lines, marks.removed).items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)

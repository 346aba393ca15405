"""The state feedback platform's banner that Russian official sites embed (issue 12, clut64).

Schools, hospitals, houses of culture and administrations in Russia embed one banner of Gosuslugi's feedback platform
(ПОС, платформа обратной связи; its script ``pos.gosuslugi.ru/bin/script.min.js``, its markup ``pos-banner-fluid``).
Scraped with the page it leaves its slogan, its prompt and its button as lines of their own: "Решаем вместе" / "Не
убран мусор, яма на дороге, не горит фонарь?" / "Столкнулись с проблемой — сообщите о ней!" (h41ru14, a district
hospital's history page; h17ru03, a rural administration's page, the prompt's two halves on one line under the site's
own "Жалобы на всё").  The platform ships a few variants, each a slogan over a prompt and a button (read in sites'
code: the banners ``bf-1``, ``bf-2``, ``bf-5``, ``bf-17``, ``bf-22``, ``bf-35``): the default prompt above; a school's
"Есть предложения по организации учебного процесса или знаете, как сделать школу лучше?"; social services' "Не
получили выплату или льготную путевку? Есть предложения по улучшению работы органов социальной защиты?"; health's
"Не смогли записаться к врачу?"; energy's "Возникли проблемы с подключением к электросети? …" / "Напишите об этом —
Минэнерго поможет с решением"; "Есть вопрос?" / "Напишите нам"; "Направить обращение через Госуслуги"; the buttons
"Сообщить о проблеме", "Написать о проблеме", "Написать".

``boilerplate.feedback_banner`` (:func:`feedback_banners`):

* the default prompt, whole lines, its question, its call or both on one line, in the platform's wording (the
  banner's own words, the same on every site), wherever it stands, with the button right under it;
* the slogan alone on its line ("Решаем вместе", "Госуслуги. Решаем вместе") when the lines right under it (blank
  lines skipped, up to :data:`MAX_PROMPT`) are the banner's prompt: a question to the reader or a call to write
  that names a problem, a proposal, a question or an appeal (:data:`_ASKS`), then its button.

What shares the words and stays: the slogan over anything else (a lesson's "Решаем вместе" over a worked problem,
"Сценарий: …"), or over a question that names none of those ("Какая группа первой отделяется справа?"); a prompt's
question inside a text, not under the slogan.  Counted over every part's lines before the rule: the banner's lines
stand in h17ru03 and h41ru14 (three lines, clutter), no content line has the slogan or the default prompt.

The layer runs after the other line layers, right before :mod:`.structure` and :mod:`.tables` (an earlier place moved
:mod:`.ru_heads`'s title: with the banner's prompt gone from above the text, h41ru14's heading "Наша истрия" went as a
head rubric).  It marks live lines only; a
removed line of the banner (the classifier's) counts as the banner's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "MAX_PROMPT", "slogan", "default_prompt", "banner_prompt", "banner_button",
           "feedback_banners", "FeedbackBanners"]

RULE = "boilerplate.feedback_banner"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)
MAX_PROMPT = 3  # lines of the banner's prompt under its slogan (a question, a call, the button)
MAX_CHARS = 250  # characters of a prompt line

_SLOGAN = re.compile(r"(?:госуслуги\s*[.:,–—-]?\s*)?решаем\s+вместе\s*[.!]?", re.IGNORECASE)
#: the default prompt in the platform's wording: its question, its call, or both
_QUESTION = r"не\s+убран\s+мусор\s*,\s*яма\s+на\s+дороге\s*,\s*не\s+горит\s+фонарь\s*\?"
_CALL = r"столкнулись\s+с\s+проблемой\s*[—–-]?\s*сообщите\s+о\s+ней\s*!?"
_DEFAULT = re.compile(rf"{_QUESTION}(?:\s*{_CALL})?|{_CALL}", re.IGNORECASE)
#: what the banner's prompt asks the reader about (a problem, a proposal, a question, an appeal) or to do
_ASKS = re.compile(r"проблем|предложени|вопрос|обращени|жалоб|улучш|не\s+получили|не\s+смогли|напишите|сообщите",
                   re.IGNORECASE)
#: a call to write, opening the line
_CALL_OPEN = re.compile(r"(?:столкнулись\s+с\s+проблемой|напишите|сообщите|направ(?:ить|ьте)\s+обращение|"
                        r"есть\s+вопрос)", re.IGNORECASE)
_BUTTON = re.compile(r"(?:сообщить|написать)(?:\s+о\s+проблеме)?|отправить\s+обращение", re.IGNORECASE)


def _norm(s: str) -> str:
    return " ".join(line_words(s))


def slogan(s: str) -> bool:
    """The banner's slogan alone on its line."""
    return _SLOGAN.fullmatch(_norm(s)) is not None


def default_prompt(s: str) -> bool:
    """The default prompt in the platform's wording, whole (its question, its call or both)."""
    return _DEFAULT.fullmatch(_norm(s)) is not None


def banner_button(s: str) -> bool:
    """The banner's button alone on its line ("Сообщить о проблеме", "Написать о проблеме", "Написать")."""
    return _BUTTON.fullmatch(_norm(s).rstrip(" .!")) is not None


def banner_prompt(s: str) -> bool:
    """A line of a banner's prompt: a question to the reader or a call to write, naming what the platform takes
    (:data:`_ASKS`)."""
    t = _norm(s)
    if not t or len(t) > MAX_CHARS:
        return False
    if default_prompt(t):
        return True
    return ("?" in t or _CALL_OPEN.match(t) is not None) and _ASKS.search(t) is not None


def _next(lines: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)


def feedback_banners(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The feedback platform's banner: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        t = s.strip()
        if not t or i in out:
            continue
        if default_prompt(t):
            run, note = [i], "the feedback platform's default prompt in its own wording"
        elif slogan(t):
            run, j = [i], _next(lines, i)
            while j is not None and len(run) <= MAX_PROMPT and (banner_prompt(lines[j]) or
                                                              (len(run) > 1 and banner_button(lines[j]))):
                run.append(j)
                j = _next(lines, j)
            if len(run) < 2:
                continue  # the slogan over anything else: a lesson's heading
            note = f"the feedback platform's slogan over its prompt ({len(run) - 1} lines)"
        else:
            continue
        j = _next(lines, run[-1])
        if j is not None and banner_button(lines[j]) and j not in run:
            run.append(j)  # the button under the prompt
        for k in run:
            if k not in removed:
                out[k] = (RULE, note)
    return out


class FeedbackBanners:
    """The clut64 banner layer (:class:`~.marks.LineLayer`): Russian pages, live lines only."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "ru":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        for i, value in feedback_banners(lines, marks.removed).items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)

"""A forum poster's rank and name, a newspaper's issue line, an image's template alt text, a photo credit, a pointer
marked ">>" (issue 12, ru46).

Five classes of the clutter the layers before leave on Russian pages, each in a shape the engines and the press print
the same way on every site:

* :func:`poster_ranks`: a forum engine's member rank alone on its line, in the engines' Russian localisation
  (:data:`RANKS`: "Администратор", "Модератор", "Новичок", "Активный участник", … phpBB, vBulletin, IPB, XenForo),
  next to the poster's card: within :data:`NEAR` lines of a line the layers removed as the card's (a field, its label
  or value, a date line, a rating's stars, a forum's chrome), or outside the article's text; with it the poster's
  name right above it, a nickname of one word ("nuwa") -> ``boilerplate.poster_card``.  A rank named in a sentence
  ("Администратор форума удалил тему.") is no line of its own; a staff list inside the text ("Администратор" over
  "Иванова Мария Петровна") has no card beside it.
* :func:`issue_lines`: a newspaper's or a magazine's issue line outside the article's text: its number in the year
  and its running number in brackets ("Орловская искра № 42 (1220) от 18 декабря 2020 года", "Российская газета -
  Экономика УРФО: №153 (7021)", "19 ДЕКАБРЯ 2002 ЧЕТВЕРГ № 47 (99)"), the title or the date before it, the date or
  the year after it, nothing else -> ``boilerplate.issue_line`` (metadata).  A law's or an order's number ("Приказ
  № 304 от 18.07.2018") has no running number in brackets; a reference inside the text ("Российская газета. 2016.
  № 153 (7021).") stays: it stands between the text's lines or holds a full stop before the number.
* :func:`image_alts`: an image's alt text a site writes from a template, read as a line: a user's picture ("Аватар
  пользователя Angler", "Изображение пользователя …", Drupal's Russian localisation), or "Изображение" with the
  item's title and where it is shown, a site's or a network's name in Latin letters last ("Изображение Принципы
  школьного питания: … на Schoolofcare.ru!", "Изображение … в соцсети TenChat") -> ``boilerplate.image_alt``.  A
  heading on an image ("Изображение Христа на Туринской плащанице") names no site in Latin letters; a sentence that
  opens with a user's picture words ("Фото автора статьи опубликовали все местные газеты.") holds a verb (cp53).
* :func:`photo_credits`: a photo's credit without a colon: alone with its source in quotes ("Коллаж «СП»", "Фото
  «РИА Новости»"), or closing a short caption with the photographer's name ("В торговом зале. Фото Валерия
  Бакланова.") -> ``boilerplate.photo_credit``.  A heading "Фото Юрия Гагарина" (a photo of him) has no caption
  before it and no quotes; a paragraph with the credit glued to its end (more than :data:`CAPTION_WORDS` words) is
  the text's.  A credit that names where the picture came from ("Фото предоставлено пресс-службой …", "Фото из архива
  Myslo", "Фото с сайта …"; post37) is :mod:`.ru_photo_sources`' shape, the same rule; so is a credit with a label or a
  separator the caption rules do not know ("Фото – архив 73online.ru", "Фото, видео: МЧС России", "Обложка © …";
  clut60, :mod:`.ru_credit_labels`).
* :func:`pointer_marks`: on a Russian or (clut88) a Vietnamese page, a link to another story marked with ">>"
  (">> На «Доступную среду» потрачено 143,5 млн рублей за год", ">>> Читайте также …"): the marks, then a headline
  (a capital or a digit first, :data:`POINTER_WORDS` words at most), outside the article's text ->
  ``boilerplate.pointer_mark``.  A quotation in a mail's or a forum's reply (">> а я думаю, что …") opens on a
  lower-case word, and stands between the text's lines.

The layer then runs :mod:`.forum_ui` (a forum engine's Chinese interface, its English and Vietnamese ranks, clut76).
The layer runs after :mod:`.ru_heads`, before :mod:`.structure` and :mod:`.tables` (they may take a line back).  It
marks live lines only; each line goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .forum_ui import ForumLines
from .poster_headings import poster_headings
from .ru_credit_labels import label_credit
from .ru_photo_sources import clause_word, source_credit
from .widgets import _body
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RANK_RULE", "ISSUE_RULE", "ALT_RULE", "CREDIT_RULE", "POINTER_RULE", "RULES", "RANKS", "CardLines",
           "poster_rank", "poster_ranks", "issue_line", "issue_lines", "image_alt", "image_alts", "photo_credit",
           "photo_credits", "pointer_mark", "pointer_marks"]

RANK_RULE = "boilerplate.poster_card"
ISSUE_RULE = "boilerplate.issue_line"
ALT_RULE = "boilerplate.image_alt"
CREDIT_RULE = "boilerplate.photo_credit"
POINTER_RULE = "boilerplate.pointer_mark"
RULES = (RANK_RULE, ISSUE_RULE, ALT_RULE, CREDIT_RULE, POINTER_RULE)
NEAR = 2  # lines between a rank and its card's removed line, at most
MAX_NICK = 30  # characters of a poster's nickname

#: the member ranks forum engines print under a poster's name, in their Russian localisation
RANKS = ("администратор", "супермодератор", "глобальный модератор", "модератор", "новичок", "новенький",
         "участник", "новый участник", "активный участник", "почетный участник", "почётный участник",
         "опытный участник", "пользователь", "новый пользователь", "постоялец", "старожил", "свой человек",
         "завсегдатай", "заблокирован", "забанен", "ветеран форума", "легенда форума")
_RANK = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, RANKS), key=len, reverse=True))})[\s★☆*]*", re.IGNORECASE)
#: what the layers before remove of a poster's card: its fields, a date or a counter, stars, a forum's own line
_CARD_RULES = ("boilerplate.field_run", "boilerplate.field_label", "boilerplate.date_line",
               "boilerplate.number_line", "boilerplate.counter_line", "boilerplate.forum_chrome")
_STARS = re.compile(r"[★☆✩✪✫✭✮✯⭐*]{3,}")
_NICK = re.compile(r"\S{2,30}")


def poster_rank(s: str) -> bool:
    """The line is a forum member's rank alone (:data:`RANKS`, stars after it allowed)."""
    t = s.strip()
    return 0 < len(t) <= 40 and _RANK.fullmatch(t) is not None


def _of_card(rule: str | None) -> bool:
    return str(rule).startswith(_CARD_RULES)


def _card(lines: list[str], removed: dict[int, tuple[str, str | None]], i: int) -> bool:
    """A line of the poster's card the layers removed stands within :data:`NEAR` lines of ``i``."""
    for j in range(max(0, i - NEAR), min(len(lines), i + NEAR + 1)):
        if j != i and j in removed and (_of_card(removed[j][0]) or _STARS.fullmatch(
                lines[j].strip())):
            return True
    return False


def poster_ranks(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Forum members' ranks next to their cards, and the nickname right above each: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if poster_rank(s) and (i not in removed or _of_card(removed[i][0]))]
    if not got:
        return {}  # a cheap test first: most pages hold no rank
    body = _body(lines, set(removed) | set(got))
    out: dict[int, tuple[str, str]] = {}
    for i in got:
        outside = not body or i < body[0] or i > body[-1]
        if i not in removed:  # a rank the card's fields took as their heading: only its nickname is left
            if not (outside or _card(lines, removed, i)):
                continue
            out[i] = (RANK_RULE, "a forum member's rank alone on its line next to the poster's card (its fields, "
                                 "stars) or outside the article's text")
        nick = lines[i - 1].strip() if i > 0 else ""
        if i - 1 not in removed and _NICK.fullmatch(nick) and not poster_rank(nick) and i - 1 not in body:
            out[i - 1] = (RANK_RULE, "a poster's nickname right above the rank under it")
    return out


_MONTH = (r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|"
          r"ноябр[яь]|декабр[яь])")
_DATE = (rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?\s+{_MONTH}\s+\d{{4}}|\d{{4}})"
         r"(?:\s*(?:года?|г\.?))?")
#: the issue's number in the year and its running number in brackets, the title or the date before, the date after
_ISSUE = re.compile(rf"^(?:[^.!?…№]{{0,80}}?[\s,:–—-]*)?№\s*\d{{1,4}}(?:\s*[-–/]\s*\d{{1,4}})?\s*"
                    rf"\(\s*\d{{1,6}}(?:\s*[-–/]\s*\d{{1,6}})?\s*\)\s*,?\s*(?:(?:от\s+)?{_DATE})?\.?$", re.IGNORECASE)


def issue_line(s: str) -> bool:
    """The line is a periodical's issue line (see :data:`_ISSUE`)."""
    t = s.strip()
    return 0 < len(t) <= 150 and _ISSUE.match(t) is not None and not re.match(r"\d{1,3}[.)]\s", t)


def issue_lines(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Issue lines outside the article's text: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and issue_line(s)]
    if not got:
        return {}
    body = _body(lines, set(removed) | set(got))
    return {i: (ISSUE_RULE, "a periodical's issue line (its number and running number in brackets, its title or "
                            "date) outside the article's text")
            for i in got if not (body and body[0] < i < body[-1])}


#: a template's alt text: a user's picture, or "Изображение" + the title + where it is shown (a Latin name last)
_ALT = re.compile(r"^(?:(?:аватар|аватарка|изображение|фото)\s+(?:пользователя|участника|автора)\s+(?P<user>\S.{0,40})|"
                  r"изображение\s+(?P<title>[A-ZА-ЯЁ«\"\d].{2,150}?)\s+(?:на\s+(?:сайте\s+)?|в\s+(?:соцсети|сети)\s+)"
                  r"[A-Za-z][\w.-]{2,40}[.!]?)$")


def image_alt(s: str) -> bool:
    """The line is an image's alt text written from a site's template (see :data:`_ALT`).  After a user's picture
    a name follows, no clause: a sentence that opens with the words ("Фото автора статьи опубликовали все местные
    газеты.", "Аватар пользователя можно сменить в настройках профиля.") holds a verb or a clause's word
    (:func:`.ru_photo_sources.clause_word`) and is the text's; so is a sentence whose verb stands before the site
    ("Изображение Земли из космоса разместили на сайте NASA.": the template's title ends on a name; cp53)."""
    t = s.strip()
    m = _ALT.match(t[:1].lower() + t[1:]) if 0 < len(t) <= 220 else None
    if m is None:
        return False
    if m.group("user"):
        return not any(map(clause_word, m.group("user").split()))
    return not clause_word(m.group("title").split()[-1])


def image_alts(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Template alt texts, wherever they stand (an image may stand between paragraphs): index -> (rule, note)."""
    return {i: (ALT_RULE, "an image's alt text from a site's template (a user's picture, or 'Изображение' with the "
                          "title and the site's name)")
            for i, s in enumerate(lines) if i not in removed and image_alt(s)}


_CREDIT_WORD = r"(?:Фото|Фотография|Коллаж|Фотоколлаж|Иллюстрация|Инфографика)"
#: a credit alone with its source in quotes, or a short caption's sentence closed by the photographer's name
_CREDIT = re.compile(rf"^{_CREDIT_WORD}\s+(?:«[^«»]{{1,40}}»|\"[^\"]{{1,40}}\"|“[^“”]{{1,40}}”)\.?$|"
                     rf"^[^.!?…]{{3,100}}[.!?…]\s+{_CREDIT_WORD}\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:ой|ого|ова|ева|ина|"
                     rf"ына|ских|ской|ского|ая|ий|ый|а|я)\.?$")
CAPTION_WORDS = 12  # words of a caption closed by its credit, at most


def photo_credit(s: str) -> bool:
    """The line is a photo's credit alone, or a short caption closed by it (see :data:`_CREDIT`), or a credit that
    names where the picture came from (:func:`.ru_photo_sources.source_credit`: "Фото из архива Myslo"), or a
    credit with a label or a separator the caption rules do not know (:func:`.ru_credit_labels.label_credit`: "Фото
    – архив 73online.ru", "Фото, видео: МЧС России", "Обложка © Telegram /МЧС Орловской области")."""
    t = s.strip()
    return 0 < len(t) <= 160 and len(line_words(t)) <= CAPTION_WORDS and _CREDIT.match(t) is not None \
        or bool(source_credit(t)) or bool(label_credit(t))


def photo_credits(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Photo credits without a colon, wherever they stand (a photo stands between paragraphs): index -> (rule,
    note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or not photo_credit(s):
            continue
        shape, sep = source_credit(s), label_credit(s)
        out[i] = (CREDIT_RULE, f"a photo's credit naming its source ({shape}: 'Фото предоставлено …', 'Фото из "
                               "архива …')" if shape else f"a picture's credit, its label or separator the caption "
                               f"rules' own not ({sep}: 'Фото – архив …', 'Фото, видео: …', 'Обложка © …')" if sep
                  else "a photo's credit: its source in quotes alone, or a short caption closed by the photographer's "
                       "name")
    return out


_POINTER = re.compile(r"^(?:>\s*){2,3}([^\W_]|[«\"“]).{2,200}$")
POINTER_WORDS = 25  # words of a pointer's headline, at most
#: the pages' languages: Russian (ru46) and Vietnamese (clut88: ">> Hội nghị đánh giá kết quả …" over baoquangbinh's
#: text, ">>> Đừng để vấn đề pháp lý làm bạn mất thời gian …" on tongdaituvan; quangtrach, wecheckin and marrybaby's
#: ">>> Xem thêm …" pointers were taken by the Vietnamese pointer rules already)
POINTER_LANGS = ("ru", "vi")


def pointer_mark(s: str) -> bool:
    """The line is a link to another story marked with ">>" (see :data:`_POINTER`): the first letter a capital."""
    t = s.strip()
    m = _POINTER.match(t)
    return m is not None and (m.group(1).isupper() or not m.group(1).isalpha()) and len(t.split()) <= POINTER_WORDS + 1


def pointer_marks(lines: list[str], removed: dict[int, tuple[str, str | None]],
                  lang: str = "ru") -> dict[int, tuple[str, str]]:
    """Pointers marked ">>" outside the article's text, on a Russian or Vietnamese page: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and pointer_mark(s)] if lang in POINTER_LANGS else []
    if not got:
        return {}
    body = _body(lines, set(removed) | set(got))
    out = {i: (POINTER_RULE, "a link to another story marked with '>>' outside the article's text")
           for i in got if not (body and body[0] < i < body[-1])}
    if lang == "vi":  # a Vietnamese paper's related story between the paragraphs (clut88)
        note = "a headline marked with '>>' between the paragraphs, no sentence end, no quotation run round it"
        out.update({i: (POINTER_RULE, note) for i in got if i not in out and _inline_pointer(lines, i)})
    return out


_SENTENCE_END = re.compile(r"[.!?…:;,\"”»)]\s*$")


def _inline_pointer(lines: list[str], i: int) -> bool:
    """A pointer inside the text: a headline (no sentence end) whose neighbours are no quotation ('>') lines."""
    if _SENTENCE_END.search(lines[i]):
        return False
    near = [s for s in (*reversed(lines[max(0, i - 2):i]), *lines[i + 1:i + 3]) if s.strip()]
    return not any(s.lstrip().startswith(">") for s in near)


class CardLines:
    """The card layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        for judge in (lambda r: poster_ranks(lines, r), lambda r: issue_lines(lines, r), lambda r: image_alts(lines, r),
                      lambda r: photo_credits(lines, r), lambda r: pointer_marks(lines, r, marks.lang),
                      lambda r: poster_headings(lines, r)):  # a post's author as a Markdown heading (clut69)
            got = judge(dict(marks.removed))
            marks.removed.update({i: v for i, v in got.items() if i not in marks.removed})
        ForumLines().mark(marks)  # then an engine's Chinese interface, English or Vietnamese ranks (clut76)

"""A rating widget's prompt, a date picker's mask, a wiki's edit invitation and its empty notes headings, a bulleted
byline, a topic selector's prompt and a quoted rubric label (issue 12, left94: the clutter held52 kept, post-blind,
counted by class on dev).

Each class is told by words that say what the line is on any site; the dev counts are over every part but held52
(clutter / content lines of the shape, every tag, whole lines):

* :func:`rate_prompt`: a rating widget's prompt ("Rate this post" -- WordPress' kk Star Ratings prints it on every
  post --, "Оцените статью", "Đánh giá bài viết"), the whole line.  Dev: 0 / 0 (held52's ``h52vi02``) ->
  ``boilerplate.rate_prompt``.
* :func:`date_mask`: a date field's format mask printed as its placeholder ("dd/mm/yyyy", "ДД.ММ.ГГГГ",
  "yyyy-mm-dd"), the whole line.  Dev: 0 / 0 (``h52vi03``); no text writes the mask alone ->
  ``boilerplate.date_mask``.
* :func:`edit_invite`: a wiki's invitation to edit the article ("Если вы заметили ошибку, опечатку, или можете
  дополнить статью — правьте смело! …", "Нажмите кнопку «править»"): the wiki's own words ("правьте смело",
  "кнопку «править»", "можете дополнить статью", "edit this page"; a newsroom's "решила дополнить статью" names no
  reader).  Dev: 0 / 0 (``h52ru14``; the nearest dev lines,
  a forum's rules "если ты, как пользователь адекватен", name no editing) -> ``boilerplate.edit_invite``.
* :func:`empty_notes`: the headings of a wiki's reference sections ("Примечания", "Ссылки", "Литература",
  "Источники", "См. также", "Ghi chú", "Chú thích", "Tham khảo", "Liên kết ngoài") at the page's end with no
  live line after them: the section's notes were links or a list the extractor dropped.  Dev: lines of the heading
  shape 1 clutter ("Ссылки", h22ru01) / 2 content ("Ghi chú", t27vi80 and h37vi12, each with its notes under it: the
  gate keeps both) -> ``boilerplate.empty_notes``.
* :func:`bullet_byline`: a post's meta line: a bullet, one word (the poster's name or handle) and the date ("•
  Админ 06.09.2025").  Dev: 0 / 0 (``h52ru02``, labelled metadata) -> ``boilerplate.bullet_byline``.
* :func:`topic_select`: a topic or section selector's prompt, the whole line ending in ":" ("Выбор темы:",
  "Выберите раздел:", "Chọn chuyên mục:").  Dev: 0 / 0 (the dev lines opening "Выбор"/"Chọn" are content
  sentences or headings without the colon: "Выбор способа доставки …", "Chọn giống cây …") ->
  ``boilerplate.topic_select``.
* :func:`quoted_rubric`: a rubric's label with the rubric's name in quotes and nothing after it ("Рубрика «Из
  истории вещей»", "Chuyên mục “Sức khỏe”"; the colon form "Рубрика: …" is ``boilerplate``'s already).  Dev: 0 / 0
  (``h52ru13``); the content lines naming a rubric run on ("Онлайн-рубрика «Поэтическая страничка». Поэма …") ->
  ``boilerplate.quoted_rubric``.
* :func:`crumb_glue`: a breadcrumb trail the scrape printed without its separators: a root crumb first (the home
  link's words of :func:`~.self_names.home_link`, or a news archive's "Архив новостей") and two crumbs glued, a
  lower-case letter right before a capital ("Trang chủUncategorizedChủ tịch Tập Cận Bình thăm Việt Nam: …",
  "Архив новостей КрымакультураВ СИМФЕРОПОЛЕ ПРОЙДУТ …").  Dev: lines opening with a root crumb 100 clutter / 0
  content, 7 / 0 with the glue (the layers above take them already) -> ``boilerplate.crumb_glue``.
* :func:`video_title`: an embedded trailer's title over the player ("Trailer của phim Minh Lan Truyện", "Official
  Trailer", "Трейлер фильма «…»"): the word first, ten words at most, no sentence stop nor colon.  Dev: 0 / 0 (no
  dev line holds the word; ``h52vi02``) -> ``boilerplate.video_title``.

The layer runs in :class:`~.ru_chrome.ChromeLines` on every page after :mod:`.page_furniture93`, on live lines
only; each line goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import Callable, Mapping

from .self_names import home_link
from .words import line_folded

__all__ = ["RULES", "rate_prompt", "date_mask", "edit_invite", "notes_heading", "empty_notes", "bullet_byline",
           "topic_select", "quoted_rubric", "crumb_glue", "video_title", "page_furniture94"]

RULES = ("boilerplate.rate_prompt", "boilerplate.date_mask", "boilerplate.edit_invite", "boilerplate.empty_notes",
         "boilerplate.bullet_byline", "boilerplate.topic_select", "boilerplate.quoted_rubric", "boilerplate.crumb_glue",
         "boilerplate.video_title")

_RATE = re.compile(r"(?:click to )?rate this (?:post|article|page|story)|"
                   r"оцените (?:эту )?(?:статью|материал|публикацию|новость|запись|пост)|"
                   r"đánh giá (?:bài viết|bài này|bài viết này)", re.IGNORECASE)
_MASK = re.compile(r"(?:dd|mm|дд|мм)([./-])(?:mm|dd|мм|дд)\1(?:yyyy|yy|гггг|гг)|(?:yyyy|гггг)-(?:mm|мм)-(?:dd|дд)",
                   re.IGNORECASE)
_EDIT = re.compile(r"правьте смело|кнопку\s*[«\"“]править[»\"”]|(?:можете|можно) (?:дополнить|исправить|"
                   r"отредактировать) (?:эту )?статью|edit this (?:page|article)|be bold in updating", re.IGNORECASE)
EDIT_CHARS = 600
_EDIT_SEEDS = ("правьте", "править", "статью", "edit this", "be bold")
_NOTES = re.compile(r"(?:примечания|ссылки|литература|источники|см\. также|ghi chú|chú thích|tham khảo|"
                    r"liên kết ngoài|notes|references|external links|see also)\s*:?", re.IGNORECASE)
_BYLINE = re.compile(r"[•·▪►]\s*[^\W\d_][\w.-]{1,20}\s+\d{1,2}([./])\d{1,2}\1(?:\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2})?")
_SELECT = re.compile(r"(?:выбор|выберите) (?:темы|рубрики|раздела|категории|языка|региона|города)|"
                     r"(?:выберите|выбрать) (?:тему|рубрику|раздел|категорию|язык|регион|город)|"
                     r"chọn (?:chuyên mục|danh mục|chủ đề|ngôn ngữ|khu vực|tỉnh thành)", re.IGNORECASE)
_RUBRIC = re.compile(r"(?:рубрика|раздел|chuyên mục)\s*(?:«[^«»]{1,60}»|\"[^\"]{1,60}\"|“[^“”]{1,60}”)",
                     re.IGNORECASE)

#: a news archive's root crumb, beside the home link's words (:func:`~.self_names.home_link`)
_ARCHIVE_ROOT = re.compile(r"архив новостей|архив материалов|lưu trữ tin tức", re.IGNORECASE)
CRUMB_CHARS = 200
#: the first letter of every root crumb, case folded (``self_names._HOME``'s words: "главная", "домой", "на главную",
#: "home", "trang chủ", "головна"; :data:`_ARCHIVE_ROOT`'s: "архив …", "lưu trữ …"); both patterns match at the
#: line's first character, and what IGNORECASE matches there folds to one of these (U+1C81 to "д"): a line opening
#: with another letter is no glued trail (a prescreen, perf86; tests/test_perf86_prescreens.py)
CRUMB_FIRST = frozenset("гднhtаl")
#: an embedded trailer's title: the word first, the film's name after ("Trailer của phim …", "Трейлер фильма «…»")
_TRAILER = re.compile(r"(?:official )?(?:trailer|трейлер)\b[^.!?;:]*", re.IGNORECASE)
TRAILER_WORDS = 10


def rate_prompt(s: str) -> bool:
    """A rating widget's prompt, the whole line ("Rate this post", "Оцените статью")."""
    return _RATE.fullmatch(s.strip().rstrip(":!.?… ")) is not None


def date_mask(s: str) -> bool:
    """A date field's format mask alone ("dd/mm/yyyy")."""
    return _MASK.fullmatch(s.strip()) is not None


def edit_invite(s: str) -> bool:
    """A wiki's invitation to edit the article ("… — правьте смело!")."""
    t = s.strip()
    if not 0 < len(t) <= EDIT_CHARS:
        return False
    folded = line_folded(t)  # the seeds before the scan (every match holds one)
    return any(w in folded for w in _EDIT_SEEDS) and _EDIT.search(t) is not None


def notes_heading(s: str) -> bool:
    """A reference section's heading alone ("Примечания", "Ссылки", "Ghi chú")."""
    return _NOTES.fullmatch(s.strip()) is not None


def bullet_byline(s: str) -> bool:
    """A bullet, one word and a date ("• Админ 06.09.2025")."""
    return _BYLINE.fullmatch(s.strip()) is not None


def topic_select(s: str) -> bool:
    """A selector's prompt ending in ":" ("Выбор темы:")."""
    t = s.strip()
    return t.endswith(":") and _SELECT.fullmatch(t[:-1].strip()) is not None


def quoted_rubric(s: str) -> bool:
    """A rubric's label with its quoted name, nothing after ("Рубрика «Из истории вещей»")."""
    return _RUBRIC.fullmatch(s.strip().rstrip(".")) is not None


def crumb_glue(s: str) -> bool:
    """A breadcrumb trail printed without its separators: a root crumb first and two crumbs glued, a lower-case
    letter right before a capital ("Trang chủUncategorizedChủ tịch …", "Архив новостей КрымакультураВ …")."""
    t = s.strip().lstrip("•·*>|-–— ")
    if len(t) > CRUMB_CHARS or t[:1].casefold() not in CRUMB_FIRST:
        return False  # the cheap tests first: a root crumb opens the line (perf86)
    glues = [k + 1 for k, (a, b) in enumerate(zip(t, t[1:])) if a.islower() and b.isupper()]
    if not glues:
        return False
    spaced = "".join(t[a:b] + " " for a, b in zip([0, *glues], [*glues, len(t)]))  # the crumbs apart
    return home_link(spaced) or _ARCHIVE_ROOT.match(t) is not None


def video_title(s: str) -> bool:
    """An embedded trailer's title ("Trailer của phim Minh Lan Truyện"), no sentence stop, ten words at most."""
    t = s.strip()
    return _TRAILER.fullmatch(t) is not None and len(t.split()) <= TRAILER_WORDS  # the anchored pattern first (perf86)


_LINE_TESTS: tuple[tuple[str, Callable[[str], bool], str], ...] = (
    ("boilerplate.rate_prompt", rate_prompt, "a rating widget's prompt"),
    ("boilerplate.date_mask", date_mask, "a date field's format mask (its placeholder)"),
    ("boilerplate.edit_invite", edit_invite, "a wiki's invitation to edit the article"),
    ("boilerplate.bullet_byline", bullet_byline, "a post's meta line: a bullet, the poster's name and the date"),
    ("boilerplate.topic_select", topic_select, "a topic selector's prompt"),
    ("boilerplate.quoted_rubric", quoted_rubric, "a rubric's label with its quoted name"),
    ("boilerplate.crumb_glue", crumb_glue, "a breadcrumb trail without its separators, its crumbs glued"),
    ("boilerplate.video_title", video_title, "an embedded trailer's title"),
)


def empty_notes(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Reference-section headings with no live line after them to the page's end: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i in range(len(lines) - 1, -1, -1):
        t = lines[i].strip()
        if not t or i in removed:
            continue
        if not notes_heading(t):
            break
        out[i] = ("boilerplate.empty_notes", "a reference section's heading with nothing under it at the page's end")
    return out


def page_furniture94(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Every class: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or not s.strip():
            continue
        for rule, test, note in _LINE_TESTS:
            if test(s):
                out[i] = (rule, note)
                break
    live = {**removed, **out}
    out.update({i: v for i, v in empty_notes(lines, live).items() if i not in out})
    return out

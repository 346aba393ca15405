"""Pages whose article is a profile, a history, a poem, a recipe or an FAQ (issue 12, cp44).

Read on ``train30``, a dev part of pages whose article is no running news prose and no list either (a poet's
profile with its fact lines, a school's history by years, a poem page, a recipe, a forum's FAQ).  Five shape rules
took such an article's own lines for furniture; each guard below says what the article's line has that the
furniture of the same shape lacks:

* :func:`year_heading` (``boilerplate.date_line``): a year alone ("1956 год", "Năm 1960") heads the paragraph under it,
  and two such years at least run forward down the page: a chronicle's sections, not a post's stamp (a stamp stands
  once; an archive's years run back, with no paragraph under each).
* :func:`record_head` and :func:`list_head` (``boilerplate.field_run``): short "Label: value" lines above the
  article's text are a poster's or a widget's fields, but not when the page's own record goes on right under them in
  "Label: value" lines too long for a widget ("Tên thật: Nguyễn Kim Thành" / "Sinh năm: 1920" / "Mất năm: 2002" over
  "Nơi sinh: Quảng Điền - Thừa Thiên- Huế" / "Thể loại: thơ, nghiên cứu lý luận phê bình, văn học dịch"), nor when the
  run ends on a bare label whose list follows ("Nguyên liệu: (8 cái)" / "Bột cái:" over "+ 150ml nước" items: a
  recipe's ingredients).
* :func:`crumb_title` (``boilerplate.between_removed``): a short line between a breadcrumb and an image line is the
  page's title when the breadcrumb's last crumb names it ("Trang chủ | Văn học | Thơ | Mẹ là tất cả" over "Mẹ là tất
  cả"): the trail ends on the page it stands on (Convention 1: the copy after the breadcrumb is the content copy).
* :func:`stanza` (``boilerplate.headline_run``): "a paragraph, then three or more headline-like lines up to a removed
  line" is a gallery's or a sidebar's list, but not when the "paragraph" is a verse line and the lines above it are
  verse lines of the same length: the poem's next stanza ("Tôi đã là con của vạn nhà" / "Là em của vạn kiếp phôi pha"
  / … under "Gần gũi nhau thêm mạnh khối đời.").
* :func:`compound_label` (``boilerplate.credit``): a credit label without its colon ("Nguồn VnExpress", "Источник
  ТАСС") names its source, a name or an address; a lower-case word after it makes the label the first word of a
  noun phrase, a heading ("Nguồn gốc bút danh Tố Hữu": the origin of the pen name; "Источник питания").
"""

from __future__ import annotations

import re

__all__ = ["year_heading", "record_head", "list_head", "crumb_title", "stanza", "compound_label"]

#: a year alone, with its word ("1956 год", "1956 г.", "Năm 1960", "1960 year"), nothing else on the line
_YEAR = re.compile(r"^\W*(?:năm\s+|year\s+)?((?:1[5-9]|20)\d\d)(?:\s*(?:год|года|г\.?|гг\.?|năm|year))?\W*$",
                   re.IGNORECASE)
_PARAGRAPH_WORDS = 15  # a paragraph under a year heading: this many words at least
_MIN_YEARS = 2


def _next_live(lines: list[str], i: int, bad: "set[int] | dict" = frozenset()) -> "int | None":  # type: ignore[type-arg]
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip() and j not in bad), None)


def _year(s: str) -> "int | None":
    m = _YEAR.match(s.strip())
    return int(m.group(1)) if m else None


def _heads_paragraph(lines: list[str], i: int) -> bool:
    j = _next_live(lines, i)
    return j is not None and len(lines[j].split()) >= _PARAGRAPH_WORDS and lines[j].strip()[-1:] in ".!?…»\")"


def year_heading(lines: list[str], i: int) -> bool:
    """Line ``i`` is a year alone heading the paragraph under it, and the page holds two such headings at least,
    their years running forward down the page: a chronicle's section headings, not a stamp.

    cp77 (held45's ``h45ru14``, a school's history by years cut after "1957 г."): the page's last line counts as a
    heading too when it is written as the headings above it are ("1956 г." / "1957 г.", the year aside) and goes on
    from the last of them: the next section's heading, its paragraph cut off with the page (:func:`_cut_heading`)."""
    if _year(lines[i]) is None:
        return False
    years = [(k, y) for k, s in enumerate(lines) if len(s) < 24 and (y := _year(s)) is not None
             and _heads_paragraph(lines, k)]
    end = max((k for k, s in enumerate(lines) if s.strip()), default=-1)
    if years and (y := _year(lines[end])) is not None and _cut_heading(lines, end, years[-1][0]):
        years.append((end, y))
    if i not in {k for k, _ in years} or len(years) < _MIN_YEARS:
        return False
    return all(b[1] > a[1] for a, b in zip(years, years[1:]))


def _form(s: str) -> str:
    """A year line's writing, the year's digits aside ("1956 г." -> "# г.")."""
    return re.sub(r"\d+", "#", s.strip().casefold())


def _cut_heading(lines: list[str], i: int, last: int) -> bool:
    """Line ``i``, a year alone, is the page's last line, under the last year heading ``last`` and written as it is:
    the next heading of the chronicle, the page cut before its paragraph.  A footer's year ("© 2024"), a year of
    another form or one above the chronicle's last heading is no such line."""
    return last < i and _next_live(lines, i) is None and _form(lines[i]) == _form(lines[last])


#: "Label: value" of the page's own record: a label of one to three words, a colon, a value of any length
_RECORD = re.compile(r"^[^\W\d_][\w\-]*(?: [\w\-]+){0,2}\s*:\s*\S")
_MIN_RECORD = 2


#: a row naming the person's birth: what makes a record a profile's facts (a document's or a site's info box has
#: "Тип документа:", "Субъект РФ:", "Lượt xem:", never a birth)
_BIRTH = re.compile(r"(?:năm sinh|ngày sinh|sinh năm|sinh ngày|ngày tháng năm sinh|дата рождения|год рождения|"
                    r"годы жизни|родил(?:ся|ась)|born|date of birth|year of birth)$", re.IGNORECASE)


def record_head(lines: list[str], run: list[int], bad: "set[int]") -> bool:
    """Right under the field run, two "Label: value" lines at least, one of them a value longer than a widget's (five
    words or more), and one label of the run or of those lines names a birth ("Sinh năm:", "Дата рождения:"): the run
    opens a profile's record of facts, not a poster's, a widget's or a document's info box.  The
    lines under it count whether another rule removed them or not (``bad`` unused: a comma list of genres taken for
    a tag list is still the record's row)."""
    rows: list[str] = []
    heads: list[str] = []
    j = _next_live(lines, run[-1])
    while j is not None and _RECORD.match(lines[j].strip()) and lines[j].strip()[-1:] not in ".!?…":
        heads.append(lines[j].split(":", 1)[0])
        rows.append(lines[j].split(":", 1)[1])
        j = _next_live(lines, j)
    labels = [lines[k].split(":", 1)[0] for k in run] + heads
    return len(rows) >= _MIN_RECORD and any(len(v.split()) >= 5 for v in rows) \
        and any(_BIRTH.match(x.strip()) for x in labels)


_ITEM = re.compile(r"^\s*(?:[-+–•*·]\s+)?\d+(?:[.,/]\d+)?\s*[^\W\d_]")
_MIN_ITEMS = 2


def list_head(lines: list[str], run: list[int], bad: "set[int]") -> bool:
    """The run ends on a bare label ("Bột cái:") over two live list items at least that open on an amount
    ("+ 1/2 muỗng men nâu", "- 150g bột mì", "2 яйца"): the heading of a recipe's or a spec's own list."""
    last = lines[run[-1]].strip()
    if not last.endswith(":"):
        return False
    items, j = 0, _next_live(lines, run[-1], bad)
    while j is not None and _ITEM.match(lines[j]) and items < _MIN_ITEMS:
        items += 1
        j = _next_live(lines, j, bad)
    return items >= _MIN_ITEMS


_CRUMB_SEP = re.compile(r"\s+(?:\||»|›|>|/|→)\s+")


def crumb_title(lines: list[str], run: list[int]) -> bool:
    """The run's first line is the last crumb of the breadcrumb right above it (three crumbs at least)."""
    above = next((k for k in range(run[0] - 1, -1, -1) if lines[k].strip()), None)
    if above is None:
        return False
    crumbs = [c.strip().casefold() for c in _CRUMB_SEP.split(lines[above].strip()) if c.strip()]
    return len(crumbs) >= 3 and crumbs[-1] == lines[run[0]].strip().casefold()


_VERSE_WORDS = (4, 10)  # a verse line's words
_MIN_VERSES = 4  # verse lines above the run, the "paragraph" included


def stanza(texts: list[str], k: int) -> bool:
    """``texts[k:]`` (headline-like lines after the paragraph ``texts[k - 1]``) continue a poem: the paragraph and the
    three lines above it at least are verse lines (four to ten words, no longer than the run's lines by more than two
    words), and so are the run's lines."""
    run = [len(t.split()) for t in texts[k:]]
    if not run or not all(_VERSE_WORDS[0] <= w <= _VERSE_WORDS[1] for w in run):
        return False
    lo, hi = min(run) - 2, max(run) + 2
    above = 0
    for t in reversed(texts[:k]):
        w = len(t.split())
        if not (max(lo, _VERSE_WORDS[0]) <= w <= min(hi, _VERSE_WORDS[1])):
            break
        above += 1
    return above >= _MIN_VERSES


#: what a credit names after its label: the credit's object ("Nguồn tin", "Nguồn ảnh: …", "Источник фото")
_CREDIT_OBJECTS = frozenset(("tin", "ảnh", "hình", "bài", "фото", "новости", "информации", "текста", "изображения",
                             "видео", "photo", "image", "text", "video"))


def compound_label(value: str) -> bool:
    """The value after a bare credit label is a phrase of two words or more opening on a lower-case word, with no
    separator, address or credit object in it: the label is the first word of a noun phrase ("gốc bút danh Tố Hữu"
    after "Nguồn", "питания ноутбука" after "Источник"), no source's name ("Nguồn VnExpress"), address ("Источник
    и фото - lenta.ru") or labelled credit ("Nguồn tin: baochinhphu.vn", "Источник новости: https://…")."""
    words = value.split()
    return len(words) >= 2 and words[0][:1].isalpha() and words[0][:1].islower() \
        and words[0].casefold().strip(":") not in _CREDIT_OBJECTS and not any(c in value for c in ":./@-–—|")

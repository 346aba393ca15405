"""Page layout told by shape and position (issue 12, fifteenth round): two guards and one rule.

No rule names a page's wording; each reads the shape of a block of lines and where it stands against
the article's body (the lines kept that read as sentences or paragraphs):

* :func:`letterhead` (a guard): an official document's header, the lines in capitals (and the motto line
  under them) that stand in the few lines above its number line ("Số: 34/2024/QĐ-UBND", "№ 123-п", or with the
  number left blank: "Số:     / TB-UBND"),
  with only rule lines ("-------") between.  The issuing body's name there is the document's own text
  (it says who decides), not a menu or a byline, even when it is short and next to removed lines;
* :func:`verse_attribution` (a guard): the line naming a poem's author right under the poem (three or more
  short lines without a sentence stop) belongs to the poem, not to the page's bylines;
* :func:`caps_head`: a run of three or more short lines before the article, most of them in capitals,
  the last line above the body (the title) never counted in it: a navigation menu set in capitals.
  ``caps_tail`` (:mod:`~.notices`) takes such lines after the body; before it a masthead, a rubric or the
  title stands too, hence the run, the majority in capitals and the title required below;
* :func:`pager`: a pager or result counter, two numbers around a spaced slash in a short line;
* :func:`repeated_labels`: a short line standing three times or more among the kept lines (a widget's
  label under each item), which the duplicate rules leave alone.
"""

from __future__ import annotations

import re

from . import furniture
from .features import _END, STOP_WORDS, _headline_like, _sentence_like
from .guards import _full_date, table_letterhead, word_column
from .profile_guards import stanza
from . import verse_tails
from .record_fields import record_field
from .record_rows import dated_list
from .templates import word_count
from .words import line_folded, line_words

__all__ = ["letterhead", "verse_attribution", "caps_head", "pager", "repeated_labels", "tail_run", "apply"]

#: a document's number line: "Số: 34/2024/QĐ-UBND", "Số 4176/BTTTT-THH", "№ 123-п", "No. 12/2020"
_NUMBER = re.compile(r"^(?:số|so|№|no\.?|n°)\s*:?\s*\d+\s*[/\-–]\s*[\w\-/.]+", re.IGNORECASE)
#: "от 12.03.2024 № 15", or with the number left blank: "от «___» ________ 2024 г. № ___"
#: also with the place of issue after the number: "15.05.2012 № 134 п. Красноармейский", "№ 12 г. Москва" (round 24p)
_RU_NUMBER = re.compile(r"(?:^|\s)№\s*(?:\d+[\w\-/]*|_{2,})(?:\s+(?:г|п|с|пгт|пос|ст|х|д|рп)\.\s*[А-ЯЁ][\w\-]*)?\s*$")
#: a number line whose number is left blank (a form, a draft, a notice posted before numbering):
#: "Số:         / TB-UBND", "Số: …/QĐ-UBND", "Số: ___/2023/QĐ-UBND": the issuer's code in capitals after the slash
_BLANK_NUMBER = re.compile(r"^(?i:số|so|№)\s*:?[\s._…]*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ]{2,}[\w\-/.]*\s*$")
_RULE_LINE = re.compile(r"^[\s\-–—_=*.~]{3,}$")
_CLOSERS = "\"'”’»)]"


def _caps(s: str, min_letters: int = 5) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= min_letters and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _number_line(s: str) -> bool:
    s = s.strip()
    if s[:1] not in "SsNn№" and "№" not in s:  # cheap test first: this runs on every line
        return False
    return word_count(s) <= 8 and bool(_NUMBER.match(s) or _RU_NUMBER.search(s) or _BLANK_NUMBER.match(s))


def letterhead(lines: list[str]) -> set[int]:
    """Indexes of an official document's header lines: walking up from a number line over rule lines, lines
    in capitals (eight words at most) and one capitalised motto line right under a line in capitals, at most
    eight lines; the lines in capitals, the motto and the number line are returned (rule lines are layout).

    The number line is returned too, and may stand in brackets ("(Số 01/T03.2023)") (xdoc31): masked to "số 0 t0 0"
    by the template layer, every notice of a site has "the same" line right under the same heading ("THÔNG BÁO"),
    and the layer took it as the site's furniture, though each page's number differs."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        s = line.strip()
        if not (_number_line(s) or s[:1] in "([" and s[-1:] in ")]" and _number_line(s[1:-1])):  # "(Số 01/T6.2021)"
            continue
        found: list[int] = []
        j = k - 1
        while j >= 0 and k - j <= 8:
            s = lines[j].strip()
            if _RULE_LINE.match(s):
                j -= 1
                continue
            if _caps(s, 3) and word_count(s) <= 8 and s.rstrip(_CLOSERS + " ")[-1:] not in _END:  # «… ПОСЕЛЕНИЕ »
                found.append(j)
            elif (j > 0 and _caps(lines[j - 1].strip(), 3) and 2 <= word_count(s) <= 8 and s[-1:] not in _END
                  and s[:1].isupper()):
                found.append(j)  # the motto under the state's name: "Độc lập - Tự do - Hạnh phúc"
            else:
                break
            j -= 1
        if any(_caps(lines[f].strip(), 3) for f in found):
            out.update(found)
            out.add(k)  # the number line itself (xdoc31): a document's identifier, not a counter
    return out


def verse_attribution(lines: list[str], bad: set[int]) -> set[int]:
    """Indexes of lines right under a quoted poem (three to fifteen kept lines of two to twelve words, none a
    sentence nor ending with a sentence stop before the last, the first opening a quotation on a letter and the
    last closing it after one): the author's line ("Thơ …", a name), two to five capitalised words."""
    out: set[int] = set()
    for i in range(3, len(lines)):
        s = lines[i].strip()
        words = line_words(s)  # (the line stripped: more than five words is no attribution: perf79, perf92)
        if not 2 <= len(words) <= 5 or s[-1:] in _END or not all(w[:1].isupper() for w in words):
            continue
        j = i
        while j > 0 and i - j < 16 and j - 1 not in bad and 2 <= word_count(lines[j - 1].strip()) <= 12 \
                and not _sentence_like(lines[j - 1]):
            j -= 1
        verse = [lines[k].strip() for k in range(j, i)]
        if len(verse) >= 3 and all(v.rstrip(_CLOSERS)[-1:] not in ".!?…" for v in verse[:-1]) \
                and verse[0][:1] in "\"“«„" and verse[0][1:2].isalpha() \
                and verse[-1][-1:] in "\"”»" and (verse[-1][-2:-1].isalpha() or verse[-1][-2:-1] in ".!?…"):
            out.add(i)
    return out


def caps_head(lines: list[str], bad: set[int], keep: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """Runs of short lines before the article, most in capitals, with the title still below them."""
    n = len(lines)
    live = [i for i in range(n) if i not in bad]
    first = next((i for i in live if len(lines[i]) > 150 or _sentence_like(lines[i])), None)  # the body's first line
    if first is None:
        return {}

    def short(i: int) -> bool:
        s = lines[i].strip()
        return i not in keep and len(s) <= 40 and s[-1:] not in _END and not s[:1].isdigit() and word_count(s) <= 6

    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    head = [i for i in live if i < first]
    k = 0
    while k < len(head):
        j = k
        while j < len(head) and short(head[j]) and (j == k or head[j] - head[j - 1] <= 2):
            j += 1
        run = head[k:j] if j < len(head) else head[k:j - 1]  # the last line above the body: the title, kept
        caps = [i for i in run if _caps(lines[i])]
        above = max((i for i in range(run[0]) if lines[i].strip()), default=-1) if run else -1
        if above in bad and _full_date(lines[above]) and any(b < above for b in bad):
            caps = []  # the post's head under its own date stamp, below the site's removed lines (round 28d)
        if len(run) >= 3 and len(caps) >= 3 and 3 * len(caps) >= 2 * len(run):
            for i in run:
                out[i] = ("boilerplate.caps_head", f"one of {len(run)} short lines before the article, "
                                                   f"{len(caps)} in capitals (a navigation menu)", {})
        k = max(j, k + 1)
    return out


_PAGER = re.compile(r"\d+ / \d+")
#: a result counter "from A to B of C" and a page of a total "Trang 1/6", "Page 2 of 5": the numbers in order
_COUNTER = re.compile(r"(?<![\d.,/])(\d{1,5})\s*(?:-|–|tới|đến|to|до|по)\s*(\d{1,5})\s*(?:trên|of|из)\s*(?:tổng số\s*)?(\d{1,6})"
                      r"(?![\d.,/])", re.IGNORECASE)
_PAGE_OF = re.compile(r"\b(?:trang|page|страница)\s*(\d{1,3})\s*(?:/|trên tổng số|trên|of|из)\s*(\d{1,3})(?![\d.,/])",
                      re.IGNORECASE)


def pager(s: str) -> bool:
    """A pager or a result counter: two numbers around a spaced slash in a short line with no sentence stop
    ("Trang 1 / 2", "kết quả từ 1 đến 10 / 14"); a date's slash has no spaces.  Also (round 22b) a result counter
    "from A to B of C" ("Từ 1 tới 10 trên tổng số 19 kết quả") and a page of a total after the word for page ("Trang
    1/6 …"), their numbers in order (A <= B <= C, the page <= the total, of three digits: no "month/year"), in a line
    of 14 words at most (a pager and
    its counter joined as one line by the soft-break pass)."""
    s = s.strip()  # (white space holds no digit)
    if s[-1:] in ".!?…" or not any(map(str.isdigit, s)):  # cheap tests first: this runs on every line (perf79: the
        return False  # closing stop before the scan, a paragraph's usual end; map: no generator frame)
    words = word_count(s)
    if words > 14:
        return False
    if words <= 10 and " / " in s and _PAGER.search(s):
        return True
    m = _COUNTER.search(s)
    if m and int(m[1]) <= int(m[2]) <= int(m[3]):
        return True
    m = _PAGE_OF.search(s)
    return bool(m) and 0 < int(m[1]) <= int(m[2])


def repeated_labels(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """Short lines (three words at most, no sentence stop, no colon at the end) that stand three or more times
    among the kept lines, none of them the first (the title): a widget's label repeated under each item
    ("Hình ảnh", "Ответить").  The duplicate rules leave short lines alone (a word can recur).  Two copies
    are not enough: a tab's label and the heading it opens ("Аннотация" in a journal page's tab bar and
    above the abstract) stand twice (held12, read after its blind run)."""
    live = [i for i in range(len(lines)) if i not in bad]
    seen: dict[str, list[int]] = {}
    for i in live[1:]:
        t = lines[i].strip()
        if t[-1:] not in ".!?…:：,;" and any(ch.isalpha() for ch in t) and word_count(t) <= 3:  # (a letter: a word;
            # a comma at the end: a cell going on to the next line, "Chủ tịch," over "Các Phó Chủ tịch", struct90)
            seen.setdefault(line_folded(t), []).append(i)
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    for t, idx in seen.items():
        if len(idx) >= 3 and lines[live[0]].strip().casefold() != t and not record_field(lines[idx[0]]):
            # a listing card's field ("1 phòng ngủ" under three cards) is each card's own fact (cp85)
            for i in idx:
                out[i] = ("boilerplate.repeated_label", f"a short label standing {len(idx)} times in the page", {})
    return out


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def table_rows(rows: list[str]) -> bool:
    """Rows of a table the text extraction flattened, not a list of other stories (held26, read after its final blind
    run: a tax calendar's rows "Расчет 6-НДФЛ За 2022 год 27.02.2023", "За I квартал 2023 года 25.04.2023", …): two
    thirds of the lines or more open with the same word as another line of the run, and two thirds or more end with a
    number (a date, an amount).  On the dev parts no run of other stories has both (a run of bylines with dates has
    half and half)."""
    firsts = [(_FIRST_WORD.findall(r.casefold()) or [""])[0] for r in rows]
    shared = sum(1 for w in firsts if w and firsts.count(w) > 1)
    numbered = sum(1 for r in rows if r.rstrip()[-1:].isdigit())
    return 3 * shared >= 2 * len(rows) and 3 * numbered >= 2 * len(rows)


def tail_run(lines: list[str], bad: set[int], template: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """Headline-like lines after the article's last sentence: a list of other stories ("related", "most read")
    even without a heading above them; three at least (a list: an excerpt may end on a subheading and a title),
    after a body of two sentences or more, not a list announced by a colon.

    Not rows of a table (:func:`table_rows`), nor a list of dates the text sets in their order, a heading over them at
    most (:func:`~.record_rows.dated_list`, a call's deadlines, struct88).

    ``template``: the lines of ``bad`` the cross-document layer took (``boilerplate.template``).  The run is judged
    twice, with those lines gone and with them standing as the page alone has them, and either finding counts
    (xdoc31): the template layer, taking two lines of a three-line tail, left the third (a date line) standing that
    the page alone removed.  The layer must only add removals, never take away the evidence another rule counts
    (and a template footer sentence after the run, standing, would hide the run: hence both).  Only lines not in
    ``bad`` are returned."""
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    for seen in ([i for i in range(len(lines)) if i not in bad],
                 [i for i in range(len(lines)) if i not in bad or i in template] if template else []):
        body = [i for i in seen if _sentence_like(lines[i]) or len(lines[i]) > 150]
        if len(body) < 2 or lines[body[-1]].rstrip()[-1:] == ":":
            continue
        tail = [i for i in seen if i > body[-1]]
        if len(tail) >= 3 and all(_headline_like(furniture.strip_bullet(lines[i])) for i in tail) \
                and not table_rows([lines[i] for i in tail]) and not dated_list([lines[i] for i in tail]) \
                and not stanza([lines[i] for i in seen], len(seen) - len(tail)):
            out.update({i: ("boilerplate.tail_run", f"one of {len(tail)} headline-like lines after the article's "
                            "last sentence", {}) for i in tail if i not in bad and i not in out})
    return out


def apply(lines: list[str], lang: str, removed: dict, out: dict) -> None:  # type: ignore[type-arg]
    """This round's layer, in place on ``out`` (the boilerplate layer's findings): menus in capitals
    before the article, then the guards take their lines back from every boilerplate rule."""
    gone = set(removed)
    keep = letterhead(lines) | verse_attribution(lines, gone) | verse_tails.attribution(lines, gone, out) \
        | table_letterhead(lines) \
        | word_column(lines, STOP_WORDS.get(lang, frozenset()))  # round 24p guards (mtpipe.clean.guards)
    out.update(caps_head(lines, gone | set(out), keep))
    for i, line in enumerate(lines):
        if i not in removed and i not in out and pager(line):
            out[i] = ("boilerplate.pager", "a pager or result counter (numbers around a spaced slash, from A to B of "
                                           "C, or a page of a total)", {})
    out.update(repeated_labels(lines, gone | set(out)))
    for i in keep:
        out.pop(i, None)

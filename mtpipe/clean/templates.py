"""The cross-document template layer of boilerplate removal: lines that recur across documents.

:class:`TemplateCounter` counts, in a first pass over the inputs (:class:`TemplateFirstPass`), in how many documents
each *normalised* line occurs (:func:`normalise_line`: case folded, digits masked, so "Lượt xem: 571" and "Lượt xem:
12" are one line; month and weekday names masked in lines with digits; words' look-alike letters of another script
read as the cleaner repairs them, :func:`~.mixed_script.unmixed`), run-wide and per folder, in two count-min sketches
of fixed size; pairs of adjacent lines are counted too.  :meth:`TemplateCounter.template` then says whether a line is
a site's template ("seen in 37 documents").  The line features that use it are in :mod:`mtpipe.clean.boilerplate`.
"""

from __future__ import annotations

import math
import re
import zlib
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from .lines import _folder as folder_of
from .mixed_script import unmixed
from .sketch_est import estimate
from .words import line_folded, word_count, words_at_least  # noqa: F401  re-exported (their home since loss38)

__all__ = ["TemplateCounter", "TemplateFirstPass", "normalise_line", "first_pass_texts", "first_pass_keys",
           "MAX_CHARS", "word_count", "words_at_least"]

#: Lines longer than this are paragraphs: no line feature judges them.
MAX_CHARS = 300

_DIGITS = re.compile(r"\d+")
_NONWORD = re.compile(r"[\W_]+", re.UNICODE)
_WORDRUN = re.compile(r"[^\W_]+")  # the runs _NONWORD leaves between it
_MONTHS = """января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль
    март апрель май июнь июль август сентябрь октябрь ноябрь декабрь jan feb mar apr may jun jul aug sep sept oct
    nov dec january february march april june july august september october november december""".split()
_DATE_TOKEN = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(set(_MONTHS) | set(
    """monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun понедельник вторник
    среда среду четверг пятница пятницу суббота субботу воскресенье пн вт ср чт пт сб вс am pm gmt utc msk мск
    est edt cst cdt pst pdt cet cest bst""".split()), key=len, reverse=True))
    + r"|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)(?![^\W\d_])")
_HAS_DIGIT, _LETTER = re.compile(r"\d"), re.compile(r"[^\W\d_]")
#: a normalised line of masked digits and month or weekday names only: a date or time line ("0 m 0", "0 0 0 0 0")
_DATE_ONLY = re.compile(r"^[0m](?: [0m])*$")
#: What :func:`normalise_line` masks (digits as ``0``, month and weekday names as ``m``).
_MASKS = re.compile(r"0+|(?<![^\W\d_])m(?![^\W\d_])")
@lru_cache(maxsize=1 << 16)  # the same line is asked for by several layers (classifier, template, records) and by
# the first pass before them: a run's window of pages (tens of thousands of lines) stays in it between the two passes
def normalise_line(line: str) -> str:
    """Case folded, digits masked (``0``) and, in a line with digits, month and weekday names
    and time zones masked (``m``: "Nov 29, 2011 03:00 PM EST" and "Mar 27, 2013 06:29 PM EDT"
    are one line), punctuation and spaces folded to one space."""
    s = line.casefold()
    if _HAS_DIGIT.search(s):  # a date has digits; the month/weekday pattern is the slow part
        s = _DATE_TOKEN.sub("m", _DIGITS.sub("0", s))
    return " ".join(_WORDRUN.findall(s))  # = _NONWORD.sub(" ", s).strip() (no word character is a space)


def row_slots(h1: int, h2: int, width: int, depth: int) -> list[int]:
    """A key's counter in each of ``depth`` sketch rows of ``width`` (a power of two), from its two hashes."""
    mask = width - 1
    return [r * width + ((h1 + r * h2) & mask) for r in range(depth)]


def count_keys(run: array, fold: array, keys: Iterable[str], folder: str, w: int, depth: int) -> None:
    """:meth:`TemplateCounter.add_keys`' counts; the default depth written out, the folder key's hashes run on (perf74)."""
    crc, adler, pre = zlib.crc32, zlib.adler32, (folder + "\x00").encode("utf-8")
    mask, starts = w - 1, ((run, 0, 1), (fold, crc(pre), adler(pre)))  # crc32(b, crc32(a)) == crc32(a + b)
    for data in map(str.encode, keys):  # (UTF-8, strict: as _slots encodes)
        for counts, c0, a0 in starts:
            h1, h2 = crc(data, c0), adler(data, a0) | 1
            for s in (row_slots(h1, h2, w, depth) if depth != 4 else (h1 & mask, w + ((h1 + h2) & mask),
                      2 * w + ((h1 + 2 * h2) & mask), 3 * w + ((h1 + 3 * h2) & mask))):
                counts[s] += 1


@dataclass
class TemplateCounter:
    """Document frequency of normalised lines, run-wide and per folder, in bounded memory.

    Attributes:
        width: Counters per sketch row (a power of two keeps hashing cheap).
        depth: Rows (independent hashes); the estimate is the row minimum.
        min_docs: Documents of the run a line must occur in to be template.
        min_folder_docs: Documents of one folder (site) a line must occur in.
        max_words: Longer lines are template only on strict evidence (below; a paragraph
            shared by two articles is a quotation or a wire copy, not page furniture).
        context_words: Lines of this many words or more are template only where they
            recur *in the same place*: next to the same line above or below as in the
            other documents (pairs of adjacent lines are counted too).  A page's headline
            also stands in other pages' lists of stories, between other headlines; on its
            own page it sits between the byline and the article, which no other page has.
            Menus, footers and widgets keep their neighbours from page to page.  0 = off.
        min_share: Share of the documents of the run (or of the folder) a line must also
            occur in: in a folder of 40 pages of one site, a subheading such as "Analysis"
            that three articles have is not the site's furniture; its menu is on every page.
        strict_share, strict_min_docs: A line of at most ``loose_words`` words in this
            share of the documents is template whatever its neighbours (a menu item, "rate
            this"; a longer line such as a headline listed on most pages still needs the
            same neighbour, or the article it heads would lose it).  A line shaped like a
            sentence, a document's first line, or a line of ``max_words`` to
            ``max_long_words`` words (``max_long_chars`` characters) needs that share *and*
            the same neighbour in as many: a footer paragraph is on every page of a site,
            a sentence two articles quote is not.  In ``all_share`` of the documents (and
            more than ``strict_min_docs``) even those go whatever their neighbours.
        series_words: A line of this many words or more (:func:`word_count`, not counting its masked numbers, dates
            and times; 5 since round 28d: a weekly bulletin's "Bản tin hàng tuần số 703") that has digits, whose masked
            form recurs but whose raw forms differ between the documents ("Очередная пресс-конференция 8 октября 2024 г.
            у официального представителя МИД КНР Мао Нин" on one page, "… 9 октября …" on the next) is the title of a
            dated series (daily briefings, "Сводка за 5 мая"), not furniture: it is judged as a sentence is (``strict``,
            counted with its numbers).  Counters and short dated
            lines ("Lượt xem: 571", "Обновлено 12.03.2024 10:15") have fewer words.  0 = off.
        own_words: A small group (``min_docs`` to ``strict_min_docs`` - 1 documents, a folder of
            three pages of one site) cannot give strict evidence by shares; there a sentence-shaped
            line goes when it is in *every* document with the same line above *and* below in all
            of them (a disclaimer between a site's source lines), and only in a document that has a
            line of this many words or more the others lack (:meth:`own_text`): three copies of one
            article share every sentence and every neighbour, and must keep them.
        share_cap: The documents the shares ask for are capped at ``share_cap`` (min_share),
            twice (strict_share) and three times (all_share) that: evidence saturates, and
            in a flat folder of many sites' pages one site's menu is on a small share of
            the run.

    Lines are counted once per document, and so are pairs of adjacent lines; per-folder
    document totals are kept in a dict (one integer per folder).
    """

    width: int = 1 << 15
    depth: int = 4
    min_docs: int = 3
    min_folder_docs: int = 2
    max_words: int = 30
    context_words: int = 1
    min_share: float = 0.2
    strict_share: float = 0.5
    strict_min_docs: int = 4
    loose_words: int = 3
    all_share: float = 0.8
    share_cap: int = 10
    own_words: int = 6
    series_words: int = 5
    max_long_words: int = 120
    max_long_chars: int = 1000
    documents: int = 0
    _folder_docs: dict[str, int] = field(default_factory=dict, repr=False)
    _run: array = field(default_factory=lambda: array("I"), repr=False)
    _folder: array = field(default_factory=lambda: array("I"), repr=False)

    def __post_init__(self) -> None:
        self._run = array("I", bytes(4 * self.width * self.depth))
        self._folder = array("I", bytes(4 * self.width * self.depth))

    def _slots(self, key: str) -> list[int]:
        data = key.encode("utf-8")
        h1 = zlib.crc32(data)
        h2 = zlib.adler32(data) | 1
        if self.depth != 4:
            return row_slots(h1, h2, self.width, self.depth)
        w = self.width  # the default depth, written out: row_slots' slots without its loop (tests/test_perf43_fast_paths.py)
        mask = w - 1
        return [h1 & mask, w + ((h1 + h2) & mask), 2 * w + ((h1 + 2 * h2) & mask), 3 * w + ((h1 + 3 * h2) & mask)]

    @staticmethod
    def _keys(text: str) -> set[str]:
        keys = set()
        prev = prev_raw = ""
        for line in unmixed(text).split("\n"):  # the lines as the cleaner reads them (mix81)
            k = normalise_line(line)
            if not k:
                continue
            if len(k.split()) <= 120:
                keys.add(k)
                if "0" in k and _HAS_DIGIT.search(line):
                    keys.add(_exact(line))
            if prev:
                keys.add(_pair(prev, k))
                if _DATE_ONLY.match(prev) or _DATE_ONLY.match(k):  # a date line's pair as printed too
                    keys.add(_pair(prev_raw, _exact(line) if "0" in k else k))
            prev, prev_raw = k, (_exact(line) if "0" in k else k)
        return keys

    def add(self, text: str, folder: str = "") -> None:
        """Count every distinct line of one document once."""
        self.add_keys(self._keys(text), folder)

    def add_keys(self, keys: Iterable[str], folder: str = "") -> None:
        """:meth:`add` of a document whose line keys (``_keys(text)``) were found elsewhere (a worker process)."""
        self.documents += 1
        self._folder_docs[folder] = self._folder_docs.get(folder, 0) + 1
        count_keys(self._run, self._folder, keys, folder, self.width, self.depth)

    def count(self, line: str, folder: str = "") -> tuple[int, int]:
        """(documents of the run, documents of ``folder``) that hold ``line`` (upper estimates)."""
        k = normalise_line(line)
        if not k:
            return 0, 0
        return self._est(k, folder)

    def _est(self, k: str, folder: str) -> tuple[int, int]:
        """(run, folder) estimates of key ``k``, at most the documents counted (a collision can say "2 of 1")."""
        return estimate(self, k, folder)  # the default depth's slots read without lists (perf79: 5.4 -> 3.8 us)

    def _exact_count(self, line: str, folder: str) -> tuple[int, int]:
        return self._est(_exact(line), folder)

    def _pair_count(self, a: str, b: str, folder: str, exact: bool = False) -> tuple[int, int]:
        ka, kb = normalise_line(a), normalise_line(b)
        if not (ka and kb):
            return 0, 0
        if exact and (_DATE_ONLY.match(ka) or _DATE_ONLY.match(kb)):  # (a date line's digits as printed)
            return self._est(_pair(_exact(a) if "0" in ka else ka, _exact(b) if "0" in kb else kb), folder)
        return self._est(_pair(ka, kb), folder)

    def _share(self, share: float, total: int, times: int = 1) -> int:
        """Documents a share of ``total`` asks for, at most ``times`` x ``share_cap``: evidence
        saturates (a menu on 10 pages is a menu), and in a flat folder of many sites' pages a
        site's template is on a small share of the run."""
        return min(math.ceil(share * total), times * self.share_cap)

    def _small(self, total: int) -> bool:
        return self.min_docs <= total < self.strict_min_docs

    def own_text(self, lines: Iterable[str], folder: str = "") -> bool:
        """Whether a document of a small group (:attr:`own_words`) has a line of ``own_words``
        words or more that not every document of its folder (or, without a folder, of the run)
        holds: its own text, so it is not a copy of the others.  False for groups that are not
        small (no lookup)."""
        total = self._folder_docs.get(folder, 0) if folder else self.documents
        if not self._small(total):
            return False
        for line in lines:
            if word_count(line) >= self.own_words:
                run, fold = self.count(line, folder)
                if (fold if folder else run) < total:
                    return True
        return False

    def adjacent(self, line: str, next_line: str, folder: str = "") -> bool:
        """``line`` followed by ``next_line`` in as many documents as a template line needs (a
        menu's structure repeated from page to page)."""
        if self.documents < 2:
            return False
        run, fold = self._pair_count(line, next_line, folder)
        return run >= max(self.min_docs, self._share(self.min_share, self.documents)) or bool(folder) and fold >= max(
            self.min_folder_docs, self._share(self.min_share, self._folder_docs.get(folder, 0)))

    def template(self, line: str, folder: str = "", prev: str | None = None, next: str | None = None,
                 strict: bool = False, own_text: bool = False) -> str | None:
        """Evidence that ``line`` is template ("seen in N documents"), or None.

        ``prev`` and ``next`` are the document's non-empty lines around ``line`` (None at an
        end, or when unknown: then no context is asked for).  A line in ``min_share`` of the
        documents (at least ``min_docs`` of the run or ``min_folder_docs`` of its folder)
        is template when it has the same neighbour in as many of them (``context_words``);
        a line in ``strict_share`` of them (at least ``strict_min_docs``) is template
        whatever its neighbours.  ``strict`` (a sentence, a title, a line over ``max_words``
        words): only with ``strict_share`` and the same neighbour in as many; in a small group
        (``own_words``) in every document with the same lines on both sides, where ``own_text``
        (:meth:`own_text` of the document) says the document is not a copy of the others."""
        words = word_count(line)
        if self.documents < 2 or words > self.max_long_words or len(line) > self.max_long_chars:
            return None
        strict = strict or words > self.max_words or len(line) > MAX_CHARS
        if strict and prev is None and next is None:
            return None
        run, fold = self.count(line, folder) if _LETTER.search(line) else self._exact_count(line, folder)  # "1.": as is
        if max(run, fold) < min(self.min_docs, self.min_folder_docs):
            return None  # most lines: seen in this document only
        if not strict and self.series_words and _HAS_DIGIT.search(line) \
                and word_count(_MASKS.sub(" ", normalise_line(line))) >= self.series_words:
            exact = self._exact_count(line, folder)
            if exact[0] < run or exact[1] < fold:
                # the same title with other dates or numbers in other documents: a dated series
                strict = True
                if prev is None and next is None:
                    return None
        if strict and _HAS_DIGIT.search(line):
            # a sentence or title counts with its numbers: "Курс доллара на 12 марта …" in every page
            # of a rates site is one sentence per day, not one line of the template
            run, fold = self._exact_count(line, folder)
        ctx = self.context_words and words >= self.context_words and (prev is not None or next is not None)
        for n, where, low, total in ((run, "of the run", self.min_docs, self.documents),
                                     (fold, f"of folder {folder!r}", self.min_folder_docs,
                                      self._folder_docs.get(folder, 0) if folder else 0)):
            if not total:
                continue
            strong = max(self.strict_min_docs, self._share(self.strict_share, total, 2))
            need = strong if strict else max(low, self._share(self.min_share, total))
            if strict and own_text and self._small(total) and n >= total and prev is not None and next is not None:
                # three pages of a site: a disclaimer or footer sentence on each, between the same lines
                both = []
                for a, b in ((prev, line), (line, next)):
                    pr, pf = self._pair_count(a, b, folder)
                    both.append(pr if where == "of the run" else pf)
                if min(both) >= total:
                    return (f"seen in all {total} documents {where}, with the same lines above and below it "
                            "in each")
            if n < need:
                continue
            if not strict and (not ctx or n >= strong and words <= self.loose_words):
                return f"seen in {n} documents {where}"
            best = 0
            headline = self.series_words > 0 and word_count(_MASKS.sub(" ", normalise_line(line))) >= self.series_words
            for a, b in ((prev, line), (line, next)):
                if a is not None and b is not None:
                    # a headline's date line as printed: "20 ноября 2024" above it on one page and "25 октября
                    # 2024" on another are two posts' dates, not one place of the site's template (loss38)
                    pr, pf = self._pair_count(a, b, folder, exact=headline)
                    best = max(best, pr if where == "of the run" else pf)
            if best >= need:
                return f"seen in {n} documents {where}, {best} of them with the same line next to it"
            if strict and n >= max(self.strict_min_docs + 1, self._share(self.all_share, total, 3)):
                return f"seen in {n} documents {where} (nearly all)"
        return None

def _exact(line: str) -> str:
    """Count key of a line with its digits (for sentences and titles, see ``strict``)."""
    return "\x03" + " ".join(_WORDRUN.findall(line_folded(line)))  # as normalise_line folds


def _pair(a: str, b: str) -> str:
    """Count key of two adjacent normalised lines."""
    return "\x01" + a + "\x02" + b


def first_pass_texts(texts: Iterable[tuple[str, str]], counter: TemplateCounter) -> TemplateCounter:
    """Feed ``(folder, text)`` pairs into ``counter``."""
    for folder, text in texts:
        counter.add(text, folder)
    return counter


def first_pass_keys(items: list[tuple[Any, Any]]) -> list[tuple[str, list[str]] | None]:
    """For each ``(path, root)``: the document's folder and line keys (what :meth:`TemplateCounter.add`
    counts), read as the cleaner's first pass reads it; None for a file that cannot be read.  A
    module-level function of picklable arguments, for worker processes."""
    from ..ingest import IngestError, read_document

    out: list[tuple[str, list[str]] | None] = []
    for path, root in items:
        try:
            doc = read_document(path, root)
        except IngestError:
            out.append(None)
            continue
        out.append((folder_of(doc.doc_id), sorted(TemplateCounter._keys(doc.text))))
    return out


@dataclass
class TemplateFirstPass:
    """The cleaner's first pass: count the lines of the run's documents into a :class:`TemplateCounter`.

    Its one job is the counting; :class:`~mtpipe.clean.Cleaner` keeps the counter in its options
    and hands it to the boilerplate layer.

    Attributes:
        limit: Files :meth:`count_paths` reads at most, spread evenly over the inputs (0 = all), so a
            crawl of a million pages costs the time of that many reads, not a second full read.
    """

    limit: int = 5000

    def count_docs(self, docs: Iterable[Any], counter: TemplateCounter | None = None) -> TemplateCounter:
        """Count every document's lines into ``counter`` (a new one when None); returns it."""
        counter = counter or TemplateCounter()
        for doc in docs:
            counter.add(doc.text, folder_of(doc.doc_id))
        return counter

    def count_paths(self, paths: Iterable[Any], root: Any = None, counter: TemplateCounter | None = None,
                    map_in_order: Any = None) -> TemplateCounter:
        """:meth:`count_docs` over files (read as ingest reads them; unreadable ones skipped), at most
        ``limit`` of them.  ``map_in_order(fn, items)`` (an executor's, yielding ``fn(item)`` in order)
        reads them and finds their line keys in worker processes; the counts are the same."""
        from ..ingest import IngestError, read_document

        paths = list(paths)
        if self.limit and len(paths) > self.limit:
            step = len(paths) / self.limit
            paths = [paths[int(k * step)] for k in range(self.limit)]

        if map_in_order is not None:
            counter = counter or TemplateCounter()
            chunks = [[(p, root) for p in paths[k:k + 8]] for k in range(0, len(paths), 8)]
            for got in map_in_order(first_pass_keys, chunks):
                for one in got:
                    if one is not None:
                        counter.add_keys(one[1], one[0])
            return counter

        def docs() -> Iterable[Any]:
            for p in paths:
                try:
                    yield read_document(p, root)
                except IngestError:
                    continue

        return self.count_docs(docs(), counter)

"""A learned line classifier: the last cleaning layer (issue 12, ninth round).

What the named rules, the one-page features of :mod:`.boilerplate` and the duplicate checks leave,
a logistic regression over per-line features judges: shape (length, words, sentence end, capitals,
digits, function-word share of the page's language, links and separators), position (in the
document, before the article's first or after its last sentence-like line), the same for the
neighbours two lines either way, runs of short lines, what the other layers removed nearby, and the
cross-document counts of the first pass.  A line goes only when the model's probability of clutter
reaches the threshold of its page's language, chosen by cross-validation for content precision
(``tools/train_line_classifier.py`` writes ``data/line_classifier.json``; it is read once, when the layer first runs).  Only short lines
outside the article are judged (:func:`candidates`: at most ``max_words`` words, before the article's
first or after its last sentence-like line, on ru/vi pages), and every removal goes to the ledger as
``classifier.line`` with the probability and the features that weighed most.

Inference is plain Python over one document's candidate lines (numpy only trains); nothing is loaded
on import.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..scripts import HAN, HANGUL, KANA, char_class
from .captions import nav_label
from .classifier_guards import closes, page_guards
from .features import STOP_WORDS, _headline_like, is_date_line, stamped_headline
from .headings import announced_list
from .issuer_stacks import issuer_stack
from .unstopped import unstopped_lines
from .lines import _folder
from .siblings import bracket_siblings
from .templates import TemplateCounter
from .words import line_folded, line_words

WEIGHTS = Path(__file__).resolve().parent / "data" / "line_classifier.json"
RULE = "classifier.line"

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LINK = re.compile(r"https?://|www\.|\S@\S|\b[\w-]+\.(?:ru|com|net|org|info|vn|cn|ua|kz|by|io|tv|uk|de|app)\b", re.I)
_DIGIT = re.compile(r"\d")
_SEPS = re.compile(r"[|•·»›/\\]")
_INNER = re.compile(r"[,;:()«»“”\"–—-]")
_CLOSERS = "\"'»”’)]*_"  # closing quotes and brackets, Markdown emphasis
SHORT = 60
#: languages whose pages the model judges: the project's source languages.  English pages are in the
#: training data (shape features carry over) but are not judged: on the English crawl every useful
#: threshold lost about 1% of its content lines out of fold (its gold standard counts headings, captions
#: and comment sign-offs as content).  Other languages, and lines holding CJK characters, are not judged.
LANGS = ("ru", "vi")
_CJK = re.compile(f"[{char_class(HAN, KANA, HANGUL)}]")

#: per-line features, in the order of the weights file (the neighbours' come after, see :func:`features`)
OWN = ("log_chars", "log_words", "ends_sentence", "ends_colon", "ends_comma", "starts_upper", "upper_share",
       "caps_share", "digit_share", "stop_share", "no_stop_words", "link", "seps", "inner_punct", "date_line",
       "headline_like", "sentence_like", "rel_pos", "first", "last", "before_article", "after_article",
       "short_run", "gap_before", "gap_after", "removed_near", "run_docs", "folder_share", "letter_share",
       "body_words", "body_pairs", "no_letters")
NEIGHBOUR = ("exists", "removed", "ends_sentence", "log_words", "sentence_like")
OFFSETS = (-2, -1, 1, 2)
#: word evidence: each word's clutter log-odds in the training pages (the weights file's lexicon)
LEXICAL = ("lex_mean", "lex_max", "lex_min", "lex_known")
FEATURES = OWN + tuple(f"n{o:+d}_{f}" for o in OFFSETS for f in NEIGHBOUR) + LEXICAL


def words_of(line: str) -> list[str]:
    """The lexicon's tokens of a line: words of letters, case-folded."""
    return [w for w in _WORD.findall(line_folded(line)) if len(w) >= 2]


def lexical(line: str, lexicon: dict[str, float]) -> list[float]:
    """:data:`LEXICAL` of one line: mean, highest and lowest clutter log-odds of its known words,
    and the share of its words the lexicon knows."""
    ws = words_of(line)
    got = [lexicon[w] for w in ws if w in lexicon]
    if not got:
        return [0.0, 0.0, 0.0, 0.0]
    return [sum(got) / len(got), max(got), min(got), len(got) / len(ws)]


def _ends(s: str) -> bool:
    return s.rstrip().rstrip(_CLOSERS)[-1:] in ".!?…"


def _sentence_like(s: str) -> bool:
    return _ends(s) and len(s.split(None, 5)) >= 6  # six words or more (a long line is not split whole)


_STAMP = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}:\d{2}\b")


def _texty(s: str) -> bool:
    """A line of the article's text: a sentence (3 words or more with its end), a list item or
    clause going on (ending in a comma or semicolon), or a headline after its time stamp (a news letter's
    or a wire's list: "27.08.2009 18:49 РОССИЙСКИЕ УЧЕНЫЕ ИССЛЕДУЮТ КОРАБЛЬ, …")."""
    return (_ends(s) and len(s.split(None, 2)) >= 3) or s.rstrip()[-1:] in ",;" \
        or (_STAMP.match(s.lstrip()) is not None and stamped_headline(s, False))


def features(text: str, spans: list[tuple[int, int]], lang: str, removed: dict[int, Any],
             counter: TemplateCounter | None = None, folder: str = "",
             only: list[int] | None = None) -> list[list[float]]:
    """One row of :data:`FEATURES`, without the :data:`LEXICAL` ones, per line of ``only`` (default:
    every line; ``spans``: the document's non-empty lines in ``text``)."""
    lines = [text[a:b].strip() for a, b in spans]
    n = len(lines)
    stop = STOP_WORDS.get(lang)
    ends = [_ends(x) for x in lines]
    sent = [_sentence_like(x) for x in lines]
    nwords = [len(line_words(x)) for x in lines]
    first_sent = next((i for i in range(n) if sent[i] and i not in removed), n)
    last_sent = max((i for i in range(n) if sent[i] and i not in removed), default=-1)
    short = [len(x) < SHORT and not e for x, e in zip(lines, ends)]
    run = [0] * n
    i = 0
    while i < n:
        j = i
        while j < n and short[j]:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = max(j, i + 1)
    # the article's own words: a subheading or a title shares words with the sentences around it,
    # a menu item, an ad slot or a player label seldom does
    body: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for i in range(n):
        if sent[i] and i not in removed:
            ws = [w.casefold() for w in _WORD.findall(lines[i])]
            body.update(ws)
            pairs.update(zip(ws, ws[1:]))
    rows: list[list[float]] = []
    for i in range(n) if only is None else only:
        s = lines[i]
        words = s.split()
        letters = _WORD.findall(s)
        low = [w.casefold() for w in letters]
        upper = sum(w[:1].isupper() for w in letters)
        caps = sum(len(w) > 1 and w.isupper() for w in letters)
        chars = max(1, len(s))
        digits = len(_DIGIT.findall(s))
        if stop is not None and low:
            st = sum(w in stop for w in low) / len(low)
        else:
            st = 0.5
        a, b = spans[i]
        gap_before = i == 0 or text.count("\n", spans[i - 1][1], a) >= 2
        gap_after = i == n - 1 or text.count("\n", b, spans[i + 1][0]) >= 2
        near = sum(1 for j in range(max(0, i - 3), min(n, i + 4)) if j != i and j in removed)
        if counter is not None:
            run_docs, fold_docs = counter.count(s, folder)
            fold_total = max(1, counter._folder_docs.get(folder, 0))
            run_f = math.log1p(max(0, run_docs - 1))
            fold_f = min(1.0, max(0, fold_docs - 1) / fold_total)
        else:
            run_f = fold_f = 0.0
        own = [w for w in low if not (stop and w in stop)]
        if sent[i]:
            body_w = body_p = 1.0
        else:
            body_w = sum(w in body for w in own) / len(own) if own else 0.0
            lp = list(zip(low, low[1:]))
            body_p = sum(p in pairs for p in lp) / len(lp) if lp else body_w
        nletters = sum(len(w) for w in letters)
        row = [math.log1p(len(s)), math.log1p(len(words)), float(ends[i]), float(s.endswith((":", "："))),
               float(s[-1:] in ",;"), float(s[:1].isupper()), upper / max(1, len(letters)),
               caps / max(1, len(letters)), digits / chars, st, float(stop is not None and bool(low) and st == 0),
               float(bool(_LINK.search(s))), min(3.0, len(_SEPS.findall(s)) / 2), len(_INNER.findall(s)) / chars * 10,
               float(is_date_line(s)), float(_headline_like(s)), float(sent[i]), i / max(1, n - 1),
               float(i == 0), float(i == n - 1), float(i < first_sent), float(i > last_sent),
               math.log1p(run[i]), float(gap_before), float(gap_after), near / 6, run_f, fold_f,
               nletters / chars, body_w, body_p, float(nletters == 0)]
        for o in OFFSETS:
            j = i + o
            if 0 <= j < n:
                row += [1.0, float(j in removed), float(ends[j]), math.log1p(nwords[j]), float(sent[j])]
            else:
                row += [0.0, 0.0, 0.0, 0.0, 0.0]
        rows.append(row)
    return rows


_ITEM = re.compile(r"^\s*(?:[-–—•·*▪►+]|\d{1,2}[.)]|[a-zа-я][.)])\s+\S", re.IGNORECASE)


def announced(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], i: int) -> bool:
    """A list item of a list the text announces: the kept line before it (over kept items of the same list)
    ends in a colon ("Mô hình layer gồm có 3 layer:" ⏎ "- Layer GUI (…)", the last line of a forum post).
    The model never removes it: the list is the text's, whatever its items look like."""
    line = text[spans[i][0]:spans[i][1]]
    m = _ITEM.match(line)
    if not m:
        return False
    marker = line.strip()[:1]
    k = i - 1
    while k >= 0 and k not in removed:
        prev = text[spans[k][0]:spans[k][1]].strip()
        if prev.endswith((":", "：")):
            return True
        if not (_ITEM.match(prev) and prev[:1] == marker):
            return False
        k -= 1
    return False


#: a field of the page's own: a label of one to three words, a colon, a bare number ("Ответ: 42", "Nhóm: 5")
_FIELD = re.compile(r"^\s*([^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){0,2})\s*[:：]\s*\d{1,6}(?:[.,]\d{1,3})?\s*$")


def own_field(text: str, spans: list[tuple[int, int]], i: int, counter: TemplateCounter | None = None,
              folder: str = "") -> bool:
    """A "Label: number" line that is this page's own: no other line of the page has the same label with a
    number, and no other page of the run or of its folder has the line (the template counter masks the
    number, so "Lượt xem: 571" and "Lượt xem: 12" are one line).  A site's counter (views, posts, comments)
    stands on its other pages or once per post; an answer, a form's field or a score stands once.  The
    model never removes it: its shape (short, letter-poor, a known label word) is a counter's, its place is
    not told by the shape."""
    m = _FIELD.match(text[spans[i][0]:spans[i][1]])
    if not m:
        return False
    label = m.group(1).casefold()
    for k, (a, b) in enumerate(spans):
        if k != i:
            o = _FIELD.match(text[a:b])
            if o and o.group(1).casefold() == label:
                return False
    if counter is not None:
        run_docs, fold_docs = counter.count(text[spans[i][0]:spans[i][1]].strip(), folder)
        if max(run_docs, fold_docs) > 1:
            return False
    return True


def left_to_captions(line: str) -> bool:
    """A search box's or a table of contents' label standing alone ("Содержание", "Tìm kiếm"): the caption layer
    (after this one) takes it wherever it stands, so the model leaves it to that layer and the ledger names it by
    its rule (``captions.nav_label``, a page control for :mod:`.regions`).  Not an image placeholder's word or a label printed twice: the caption layer names
    those too, but :mod:`.regions` does not take its other names as evidence of a header block, and out of fold
    held14 lost two of its header's lines when the model left "Responsive Image" to it."""
    return nav_label(line.strip())


def judged(line: str, max_words: int) -> bool:
    """Whether the model judges this line at all: a short line (at most ``max_words`` words) of no CJK
    script that does not end in clause punctuation (a list item or a clause going on is text)."""
    s = line.rstrip()
    return len(line_words(s)) <= max_words and s[-1:] not in ",;" and not _CJK.search(s)


def candidates(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], max_words: int) -> list[int]:
    """The lines the model judges: kept by the other layers, :func:`judged`, and outside the article,
    before its first or after its last line of text (:func:`_texty`: a sentence, a list item; the page's
    header and footer hold the menus, player labels, CMS fields, tag runs, comment bylines).  Inside the article short lines are subheadings and
    list items as often as furniture, and out of fold the model caught no clutter line there."""
    n = len(spans)

    def texty(i: int) -> bool:
        return i not in removed and _texty(text[spans[i][0]:spans[i][1]].strip())

    # the first and the last line of text, each looked for from its end of the page (not every line tested)
    first = next((i for i in range(n) if texty(i)), n)
    last = next((i for i in range(n - 1, first - 1, -1) if texty(i)), -1)
    return [i for i, (a, b) in enumerate(spans)
            if i not in removed and (i < first or i > last) and judged(text[a:b], max_words)
            and not announced_list(lambda k: text[spans[k][0]:spans[k][1]], i, removed)]  # round 25p


@lru_cache(maxsize=4)
def load_model(path: str = str(WEIGHTS)) -> dict[str, Any]:
    """The weights file, read once (``tools/train_line_classifier.py`` writes it)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path}: its features are not this module's (retrain with tools/train_line_classifier.py)")
    if not len(data["coef"]) == len(data["mean"]) == len(data["scale"]) == len(FEATURES):
        raise ValueError(f"{path}: coefficients, means and scales do not match the features")
    # each feature's weight on the raw value: (x - mean) / scale * coef = x * w - mean * w
    data["_w"] = [c / sc for c, sc in zip(data["coef"], data["scale"])]
    data["_shift"] = [m * w for m, w in zip(data["mean"], data["_w"])]
    data["_lexicon"] = dict(data.get("lexicon", {}))
    return data


def cut_of(model: dict[str, Any], lang: str) -> float:
    """The model's threshold for a page of ``lang``: its language's (``thresholds``: each chosen on that language's
    content rows out of fold, round 23c; the Vietnamese rows' highest content probabilities lie lower than the
    Russian ones'), else the file's one ``threshold`` (the highest of them)."""
    return model.get("thresholds", {}).get(lang, model["threshold"])


def probabilities(rows: list[list[float]], model: dict[str, Any]) -> tuple[list[float], list[list[float]]]:
    """P(clutter) per row and each feature's contribution to the logit (plain Python: a handful of
    lines per document, 56 features each)."""
    w, shift, b = model["_w"], model["_shift"], model["intercept"]
    probs, contribs = [], []
    for row in rows:
        contrib = [x * wi - si for x, wi, si in zip(row, w, shift)]
        z = b + sum(contrib)
        probs.append(1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0)
        contribs.append(contrib)
    return probs, contribs


def judge_document(doc: Any, spans: list[tuple[int, int]], lang: str, removed: dict[int, Any],
                   options: Any) -> dict[int, tuple[str, str]]:
    """:func:`judge` as the :class:`~mtpipe.clean.Cleaner` calls it: the document's text and folder, the
    options' cross-document counts (when the boilerplate layer is on) and threshold."""
    counter = options.template if options.boilerplate else None
    return judge(doc.text, spans, lang, removed, counter, _folder(doc.doc_id), options.classifier_threshold)


class ClassifierLines:
    """The classifier as the cleaner's last line layer (:class:`~.marks.LineLayer`): it marks the lines
    :func:`judge_document` calls clutter, with what the earlier layers removed as context."""

    def __init__(self, options: Any) -> None:
        self.options = options

    def mark(self, marks: Any) -> None:
        marks.removed.update(judge_document(marks.doc, marks.spans, marks.lang, marks.removed, self.options))


def judge(text: str, spans: list[tuple[int, int]], lang: str, removed: dict[int, Any],
          counter: TemplateCounter | None = None, folder: str = "", threshold: float | None = None,
          path: str | None = None) -> dict[int, tuple[str, str]]:
    """Lines of one document the model calls clutter: index -> (rule, ledger note).

    Only :func:`candidates` are judged (lines already in ``removed`` are context).  ``threshold``
    overrides the file's.
    """
    if not spans or lang not in LANGS:
        return {}
    model = load_model(path or str(WEIGHTS))
    cut = cut_of(model, lang) if threshold is None else threshold
    todo = candidates(text, spans, removed, model["max_words"])
    if not todo:
        return {}
    rows = features(text, spans, lang, removed, counter, folder, only=todo)
    lex = model["_lexicon"]
    p, contrib = probabilities([r + lexical(text[spans[i][0]:spans[i][1]], lex) for r, i in zip(rows, todo)], model)
    out: dict[int, tuple[str, str]] = {}
    # an official document's header (its issuer in capitals, its number line) is the text's own: the guard the
    # boilerplate and region layers obey (mtpipe.clean.layout.letterhead).  Without it the template counts,
    # which mask digits, made every notice's own number "(Số 01/T03.2023)" a line of the site (xdoc31)
    # (and a page's own record, the fields of a form its site prints on each page: mtpipe.clean.records, loss38)
    page = [text[a:b] for a, b in spans] if any(p[k] >= cut for k in range(len(todo))) else []
    # (and a field laid out label over value, a time or a percentage under its label: mtpipe.clean.keep, loss39;
    # a two-column table's "label | value |" rows, lost41; a calendar's dates, a schedule's date cells, cp36, cp49;
    # a timetable's column headings over its clock times, cp49: mtpipe.clean.classifier_guards.page_guards)
    heads = page_guards(page, removed, counter, folder) if page else set()
    if page:  # a list of names with their brackets, some items kept: the others are its items too (lost40)
        taken = {i for k, i in enumerate(todo) if p[k] >= cut}
        heads |= bracket_siblings(text, spans, (i for i in range(len(spans)) if i not in removed and i not in taken), removed)
        heads |= issuer_stack(page, removed, taken, lang)  # an issuer's stack, its lines around kept (cp66)
        heads |= unstopped_lines(page, removed, taken, lang)  # a sentence without its stop under the text (cp66)
    for k, i in enumerate(todo):
        if p[k] < cut or i in heads or announced(text, spans, removed, i) or own_field(text, spans, i, counter, folder) \
                or left_to_captions(text[spans[i][0]:spans[i][1]]) \
                or closes(page, removed, i):  # a sentence's end (loss39)
            continue
        top = sorted(range(len(FEATURES)), key=lambda f: -contrib[k][f])[:3]
        why = ", ".join(f"{FEATURES[f]} {contrib[k][f]:+.1f}" for f in top)
        out[i] = (RULE, f"p(clutter)={p[k]:.3f} >= {cut:.3f} (model v{model['version']}); weighed most: {why}")
    return out

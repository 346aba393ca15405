"""Boilerplate that no site rule names: cross-document template lines and line-level features.

Two layers, both conservative (a real sentence lost is far worse than a menu line kept):

* :class:`TemplateCounter` (:mod:`mtpipe.clean.templates`, re-exported here) counts, in a first pass over the
  inputs, in how many documents each *normalised* line occurs (case folded, digits masked, so "Lượt xem: 571" and
  "Lượt xem: 12" are one line), run-wide and per folder (a site's pages usually share one).  Counts live in two
  count-min sketches of fixed size (``width`` x ``depth`` 32-bit counters; 1 MiB by default), so memory does not
  grow with the crawl; a sketch only over-counts, and only by collisions.  A line seen in ``min_docs`` documents of
  the run, or ``min_folder_docs`` of its folder, is template (evidence: "seen in 37 documents").
* :func:`classify` looks at one document's lines: date/time/counter lines, labelled credit lines (``Источник:``,
  ``Nguồn:``, ``Biên dịch:``), photo captions, bylines (a bare personal name next to a date or credit), file-name
  lines (``image004``), ASCII slugs of a Vietnamese title (``he lo bat ngo ve ...``), and short stop-word-free lines
  sitting between removed lines (jusText's context rule).  Dates etc. go to ``doc.meta``; features: :mod:`.features`.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from . import (bare_copies, body_dates, body_guards, captions, controls, date_kinds, date_runs, date_tails, day_headings,
               dialogue_turns, edges, encoded, furniture, guards, headings, keep, layout, list_leads, menus, notices,
               number_values, phones, profile_guards, record_contacts, records, script_code, signoff, structure, widgets)
from .features import (STOP_WORDS, _ADDRESS_ONLY, _AGENCY, _BARE_LABELS, _CAPTION, _DATE_AT_END,  # noqa: F401
                       _DATEISH, _EMAIL, _END, _FILENAME, _LABEL, _PUNCT, _RELATIVE_TIME, _TIME, _WORDS, _fold,
                       _furniture, _headline_like, _is_name, _repeats_bigram, _sentence_like, _stop_share, _tag_list,
                       caps_clause, is_caption, is_date_line, open_end, own_period, stamped_headline, unconfuse_head)  # STOP_WORDS, is_date_line (public) and _fold (softbreak) re-exported
from .templates import (MAX_CHARS, _HAS_DIGIT, _MONTHS, TemplateCounter, first_pass_texts,  # noqa: F401  re-exported
                        normalise_line, word_count, words_at_least)
from .lines import _folder
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["TemplateCounter", "BoilerplateLines", "classify", "normalise_line", "STOP_WORDS", "is_date_line", "MAX_CHARS"]


class BoilerplateLines:
    """The boilerplate line layer (:class:`~.marks.LineLayer`): :func:`classify` with the run's
    cross-document counts; dates, credits and bylines it finds go to ``doc.meta``."""

    def __init__(self, counter: TemplateCounter | None = None) -> None:
        self.counter = counter

    def mark(self, marks: "Marks") -> None:
        doc, spans, removed = marks.doc, marks.spans, marks.removed
        lines = [doc.text[a:b] for a, b in spans]
        for i, (rule_name, note, meta) in classify(lines, marks.lang, removed, self.counter,
                                                   _folder(doc.doc_id)).items():
            doc.meta.update({k: v for k, v in meta.items() if v and k not in doc.meta})
            if meta:
                note = (note + "; " if note else "") + "kept as metadata: " + ", ".join(f"{k}={v}" for k, v in meta.items())
            removed[i] = (rule_name, note)


_CREDIT_RULES = frozenset(("boilerplate.credit", "boilerplate.dateline", "boilerplate.caption", "boilerplate.byline"))
#: under a post's title: its date or byline (and date_line's lines with no date, :data:`.date_kinds.RULES`, meta76)
_POST_META = frozenset((*date_kinds.RULES, "boilerplate.dateline", "boilerplate.byline", "boilerplate.credit"))

_FULL_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
#: a field with its value ("Тема: Re: …", "Subject: …"): a form's row, never an author's affiliation
_FIELD = re.compile(r"^\s*[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?\s*[:：]\s*\S")


def _opens_bare(s: str) -> bool:
    """The line's first five words written without Vietnamese marks (a slug or an alt text opens so), or its first
    five runs of letters (enc67: a slug in hyphens glued to a title, "ba-nu-sinh-lop-6-…-nuocHai bé trai …")."""
    head = " ".join(s.split(maxsplit=5)[:5])  # the first five words, the rest of the line not split (perf63)
    if _fold(head) == head.casefold():
        return True
    letters = " ".join(m.group() for m in islice(_WORDS.finditer(s), 5))  # the first five runs, no further (perf63)
    return _fold(letters) == letters.casefold()


def classify(lines: list[str], lang: str, removed: dict[int, tuple[str, str | None]],
             counter: TemplateCounter | None = None, folder: str = "") -> dict[int, tuple[str, str | None, dict[str, str]]]:
    """Boilerplate lines of one document by features and cross-document evidence.

    Args:
        lines: The document's non-empty lines, in order.
        lang: The document's main language.
        removed: Lines other layers already removed (index -> (rule, note)); not re-judged,
            but they count as bad context.
        counter: Cross-document counts from the first pass, or None.
        folder: The document's folder (its site), for per-folder counts.

    Returns:
        index -> (rule, ledger note, metadata to keep).
    """
    out: dict[int, tuple[str, str | None, dict[str, str]]] = {}
    n = len(lines)
    # a document of a small group (3 pages of a site) with text of its own: not a copy of the others
    own = counter.own_text(lines, folder) if counter is not None else False
    strict_template: list[int] = []  # lines removed as template on a sentence's (strict) evidence
    first_content = next((i for i in range(n) if i not in removed), 0)
    record = records.record_lines(lines, counter, folder)  # the page's own fields of a form the site repeats
    accented = bare_copies.accented_openings(lines, _opens_bare) if lang == "vi" else {}  # alt texts, slugs (cap91)
    # an encoded blob or a script's JSON (enc67) before the line features: a blob's digits make it a "file name" to
    # _FILENAME, a rule of lower precision the policy may hold, and a long one is no paragraph for the template test
    out.update(encoded.judge(lines, set(removed)))
    out.update(script_code.judge(lines, {*removed, *out}))  # a script's or a style's statements, a placeholder (scr93)
    for i, line in enumerate(lines):
        if i in removed or i in out:
            continue
        s = line.strip()
        if len(s) > MAX_CHARS:
            # a paragraph (Chinese has no spaces: word counts alone would not say so): no line feature
            # judges it, only a site's footer text on half its pages with the same neighbour
            ev = counter.template(s, folder, lines[i - 1] if i else None, lines[i + 1] if i + 1 < n else None,
                                  strict=True, own_text=own) if counter is not None else None
            if ev:
                out[i] = ("boilerplate.template", ev, {})
                strict_template.append(i)
            continue
        words = line_words(s)  # (a paragraph over MAX_CHARS, above, is not split)
        if is_date_line(s) and not guards.date_fragment(s, lines[i + 1] if i + 1 < n else "", is_date_line) \
                and not keep.value_pair(lines, i) and not body_dates.dated_item(lines, i, {*removed, *out}, is_date_line) \
                and not profile_guards.year_heading(lines, i) and not day_headings.numbered_day(lines, i) \
                and not day_headings.month_heading(lines, i) and not date_runs.forward_value(lines, i, lang) \
                and not number_values.content_number(lines, i, lambda k: k not in removed and k not in out) \
                and i not in record:  # cp44, cp60 ("Ngày 1" over its day), cp62 (a month over its days), date63
            # (rows that run forward); a record's founding date; a date kept only where there is one (meta76);
            # an event's age rating or a field's value (meta77)
            out[i] = date_kinds.kind(s)
            continue
        if phones.phone_number(s) and not keep.value_pair(lines, i) and i not in record \
                and not phones.pointed_to(lines, i, lambda k: k not in removed and k not in out):  # no date (cp58)
            out[i] = (phones.PHONE_LINE, "a telephone number alone on its line (a contact line, no date)", {})
            continue
        if captions.glued_text(s):
            continue  # a photo's credit glued to the text's next sentence: the sentence stays (cp78)
        m = _LABEL.match(unconfuse_head(s))  # "Tекст: …" with a Latin T is the label "Текст:"
        if m and m.group("label").casefold() in _BARE_LABELS and ":" not in s[:m.end("label") + 2] \
                and 0 < len(m.group("value").split()) <= 6 and s[-1:] not in ".!?…" \
                and not profile_guards.compound_label(m.group("value")):  # "Источник ТАСС", no colon; not "Nguồn gốc …" (cp44)
            out[i] = ("boilerplate.credit", f"labelled credit line ({m.group('label')})", {"source": m.group("value").strip()})
            continue
        src = edges.source_credit(s, lang)
        if src:  # "Theo VOA/Dean Nguyen ST": a source in capitals after "theo", no colon
            out[i] = ("boilerplate.credit", "labelled credit line (Theo)", {"source": src})
            continue
        paren = s.startswith(("(", "[")) and (s.endswith((")", "]")) or is_date_line(s[max(s.find(")"), s.find("]")) + 1:]))
        if m and len(words) <= 20 and len(s) <= 160 and (":" in s[:m.end("label") + 2] or "：" in s[:m.end("label") + 2] or paren):
            key = m.group("label").casefold()
            meta_key = "source" if key in ("источник", "источники", "source", "sources", "nguồn", "по материалам",
                                           "来源", "theo") else "byline"
            out[i] = ("boilerplate.credit", f"labelled credit line ({m.group('label')})", {meta_key: m.group("value").strip()})
            continue
        if is_caption(s) and len(words) <= 45 and len(s) <= 300 and not captions.photo_story(lines, s) \
                and not captions.title_caption(lines, i):  # the page's title in a caption's words (lost40)
            out[i] = ("boilerplate.caption", "photo caption or credit", {})
            continue
        if _FILENAME.match(s) and not s.isdigit():
            out[i] = ("boilerplate.filename", "a file name or image id standing alone", {})
            continue
        if _AGENCY.match(s):
            out[i] = ("boilerplate.caption", "a photo or wire credit standing alone", {"source": s.strip(" /|")})
            continue
        if (_ADDRESS_ONLY.match(s) or ("@" in s and _EMAIL.search(s) and len(words) <= 20 and not _sentence_like(s))) and not \
                records.contact_directory(lines, i, lambda k: k not in removed and k not in out, _sentence_like) and \
                not record_contacts.record_contact(lines, i, lambda k: k not in removed and k not in out) and \
                not record_contacts.own_contact(lines, i, lambda k: k not in removed and k not in out, counter, folder):  # cp61
            out[i] = ("boilerplate.contact", "an address or contact line", {})
            continue
        if s[-1:] not in ".!?…。" and len(words) <= 16 and len(s) <= 100 and _HAS_DIGIT.search(s) and not body_guards.dated_body_line(lines, i) \
                and not stamped_headline(s, i == first_content, lang) and not structure.time_range(s) and not phones.phone_number(s) and (
                (_TIME.search(s) and _DATEISH.search(keep.no_shares(_TIME.sub(" ", s))))
                or (_DATE_AT_END.search(s) and len(words) <= 8 and re.search(r"[,(|]", s[:_DATE_AT_END.search(s).start()]))):
            # "Phương Đăng (theo Pravda) Thứ sáu, ngày 17/10/2025 16:23 GMT+7", "The Diplomat, ngày 14/5/2020"
            out[i] = phones.stamp_or_phone(s)  # a labelled telephone number is a contact line (meta77)
            continue
        if (dt := date_tails.dated_tail(lines, i)) and i not in record:  # "08.04.2014 г. <rubric>" (meta77)
            out[i] = ("boilerplate.dateline", "a date with a rubric, source or link label after it", {"date": dt})
            continue
        said = furniture.strip_bullet(s).split() if not _PUNCT.search(s) else []  # (held27: a bullet; perf83: punct.)
        if len(said) >= 5 and _stop_share(s, lang) == 0 \
                and (_repeats_bigram(said) or (lang == "ru" and (len({w.casefold() for w in said}) < len(said)
                                                                 or len(said) >= 8))) \
                and not notices.finite_headline(lines, i, lang, removed):
            # "Китай США связь экономика санкции общество Китай США": a tag list, not a sentence
            out[i] = ("boilerplate.tags", "a list of tags (no function word, no punctuation, words repeated)", {})
            continue
        if len(words) <= 8 and s[-1:] not in ".!?…" and _HAS_DIGIT.search(s) and _RELATIVE_TIME.search(s):
            # "АИФ 3 дней назад 6", "VnExpress 2 giờ trước": a source and a relative time stamp
            out[i] = ("boilerplate.dateline", "a relative time stamp (\"3 days ago\") with a source or counter",
                      {"byline": s})
            continue
        if _tag_list(s, lang) and i not in record and not signoff.address_line(s):  # (an address is no tag list, cp63)
            # "Теги: Китай, США, пошлины", "Tags: Trung Quốc, Mỹ, thuế quan": short items, no verb, no stop word
            out[i] = ("boilerplate.tag_list", "a list of short items without function words (tags, topics)", {})
            continue
        letters = "".join(filter(str.isalpha, s)) if len(words) >= 3 and len(s) <= 120 and _HAS_DIGIT.search(s) else ""
        if letters and sum(map(str.isupper, letters)) >= 0.8 * len(letters) \
                and _DATEISH.search(s) and not stamped_headline(s, i == first_content, lang) \
                and not caps_clause(s, lang) and not own_period(s) and not body_guards.date_heading(s) and not headings.no_masthead(lines, i, {*removed, *out}):
            out[i] = ("boilerplate.masthead", "an upper-case masthead with a date", {})
            continue
        copied = bare_copies.bare_copy(line, accented) if accented and len(words) >= 4 and _opens_bare(s) else None
        if copied:
            out[i] = ("boilerplate.ascii_slug", f"unaccented copy of {copied[:40]!r} (image alt text)", {})
            continue
        kind = _furniture(s, lang) or (notices.label_bar(s) and ("boilerplate.label_bar", "field labels without values "
                                       "(a settings bar)", {})) or (notices.glued_crumbs(s) and (
                                       "boilerplate.glued_crumbs", "link labels glued without spaces (a breadcrumb)", {}))
        if kind:
            out[i] = kind
            continue
        if counter is not None:
            # a sentence, or the document's first line (its title), goes only on strong evidence: in
            # half the documents with the same line next to it (a footer's "This page is best viewed
            # in …", a menu's first item), not because two articles quote one sentence
            strict = i == first_content or _sentence_like(s)
            ev = counter.template(s, folder, lines[i - 1] if i else None, lines[i + 1] if i + 1 < n else None,
                                  strict=strict, own_text=own)
            if ev and i not in record:  # a form's label beside the page's own values (mtpipe.clean.records)
                out[i] = ("boilerplate.template", ev, {})
                if strict:
                    strict_template.append(i)
                continue
    if strict_template and not any(i not in removed and i not in out and word_count(lines[i]) >= counter.own_words
                                   for i in range(n)):
        # every sentence of the document recurs in the others, and nothing of its own is left: it is a
        # copy of them (the same article saved under four names), not a page around its template
        for i in strict_template:
            del out[i]
    # bylines: a bare name next to a date or credit line (after dates are known)
    bad = set(removed) | set(out)
    credit_lines = [j for j in bad if len(lines[j]) <= 200 and (
        out.get(j, ("",))[0] in _CREDIT_RULES or removed.get(j, ("",))[0].startswith(("meta.", "chrome.editor_credit")))]
    for i, line in enumerate(lines):
        if i in bad or not _is_name(line, lang) or (i and open_end(lines[i - 1], lang)) or guards.after_mark(lines, i) \
                or headings.heading_not_byline(lines, i, bad, out, removed, _CREDIT_RULES | _POST_META) \
                or signoff.not_a_name(lines, i, lang, bad) or signoff.subject_name(lines, i, lang) \
                or signoff.labelled_value(lines, i, bad):  # (meta39, cp62, cp63)
            continue  # not a name: the rest of a line cut after "и", "và" ("BỘ THÔNG TIN VÀ / ..."), a heading (25p)
        if any(line.strip() in lines[j] and lines[j].strip() != line.strip() for j in credit_lines):
            # "Mẫn Linh" above the title, "Biên tập viên: Mẫn Linh" below the article: the author
            out[i] = ("boilerplate.byline", "a bare personal name that a removed credit line names too",
                      {"byline": line.strip()})
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < n]
        credit_next = i + 1 < n and out.get(i + 1, ("",))[0] in ("boilerplate.caption", "boilerplate.credit")
        if (i != first_content or credit_next) and any(j in out or j in removed for j in near):
            out[i] = ("boilerplate.byline", "a bare personal name next to removed lines", {"byline": line.strip()})
        elif i + 2 < n and out.get(i + 2, ("",))[0] in (*date_kinds.RULES, "boilerplate.dateline") \
                and i + 1 not in bad and len(lines[i + 1].split()) <= 6 and lines[i + 1].strip()[-1:] not in _END \
                and not _FIELD.match(lines[i + 1]):  # "Тема: Re: …" is a field, no affiliation
            # author, affiliation, date: "Hoàng Thị Hạnh Trang / Đại học ... / 16:33, ngày 25-12-2022"
            out[i] = ("boilerplate.byline", "author line above an affiliation and a date", {"byline": line.strip()})
            out[i + 1] = ("boilerplate.byline", "affiliation line between an author and a date", {})
    # jusText's context rule: a short line without function words between removed lines is furniture
    bad = set(removed) | set(out)
    for i, line in enumerate(lines):
        if i in bad:
            continue
        s = line.strip()
        if len(s) > 40 or s[-1:] in _END or words_at_least(s, 5) or _stop_share(s, lang) > 0:  # (cheap first: perf79)
            continue
        if 0 < i < n - 1 and (i - 1) in bad and (i + 1) in bad:
            out[i] = ("boilerplate.short_run", "short line without function words between removed lines", {})
    _lists_and_runs(lines, lang, removed, out)
    out.update(edges.field_labels(lines, lang, set(removed) | set(out)))
    out.update(edges.credit_values(lines, removed, out))  # "Nguồn :" over its source (crawl47)
    out.update(notices.site_notices(lines, set(removed) | set(out)))
    out.update(notices.caps_tail(lines, set(removed) | set(out)))
    out.update(widgets.measure_bar(lines, set(removed) | set(out)))
    out.update(widgets.counters(lines, set(removed) | set(out)))
    out.update(controls.judge(lines, set(removed) | set(out)))
    out.update(signoff.judge(lines, lang, set(removed) | set(out)))  # sign-off lines: credits, closing names (meta39)
    out.update(edges.foreign_sentences(lines, lang, set(removed) | set(out)))
    bad = set(removed) | set(out)
    out.update(edges.lower_case_edges(lines, lang, bad, [i for i in range(n) if i not in bad and (
        _sentence_like(lines[i]) or len(lines[i]) > 150)]))
    # position: a bare personal name as the document's last line, after the article, signs it
    bad = set(removed) | set(out)
    live = [i for i in range(n) if i not in bad]
    if len(live) >= 3 and _is_name(lines[live[-1]], lang) and sum(_sentence_like(lines[i]) for i in live[:-1]) >= 2 \
            and _sentence_like(lines[live[-2]]) and not signoff.not_a_name(lines, live[-1], lang, bad) \
            and not signoff.labelled_value(lines, live[-1], bad):
        out[live[-1]] = ("boilerplate.byline", "a bare personal name closing the article (its author)",
                         {"byline": lines[live[-1]].strip()})
    # position: a bare name between the title (and its subtitles) and the first sentence is the byline under the title
    for k in range(1, min(len(live) - 1, 5)):
        if _sentence_like(lines[live[k - 1]]) or len(lines[live[k - 1]]) > 150:
            break
        if _is_name(lines[live[k]], lang) and _sentence_like(lines[live[k + 1]]) and live[k] not in out \
                and not signoff.not_a_name(lines, live[k], lang, bad) \
                and not signoff.labelled_value(lines, live[k], bad) \
                and not headings.heading_not_byline(lines, live[k], bad, out, removed, _CREDIT_RULES | _POST_META):
            out[live[k]] = ("boilerplate.byline", "a bare personal name between the title and the text",
                            {"byline": lines[live[k]].strip()})
            break
    # position: headline-like lines after the article's last sentence (mtpipe.clean.layout.tail_run)
    out.update(layout.tail_run(lines, set(removed) | set(out), {i for i, v in out.items() if v[0] == "boilerplate.template"}))
    layout.apply(lines, lang, removed, out)  # menus in capitals before the article; letterhead and verse guards
    return {i: v for i, v in out.items() if i not in record or v[0] in _CREDIT_RULES}  # a record's fields (crawl47)


def _lists_and_runs(lines: list[str], lang: str, removed: dict[int, tuple[str, str | None]],
                    out: dict[int, tuple[str, str | None, dict[str, str]]]) -> None:
    """Position features of this round (:mod:`mtpipe.clean.furniture`), in place on ``out``:

    * a heading of other stories ("Сегодня в новостях", "Tin mới nhất") and the run of headline-like
      lines under it;
    * a section name ("Новости", "Thời sự") standing alone before the article's first sentence or after
      its last one (inside the article it can be a subheading);
    * a run of three or more headline-like lines between removed lines, after the article has begun
      (a gallery's or a sidebar's list of other stories inside the page);
    * a run of two or three short lines between removed lines, not holding the document's first line
      (a widget's buttons: "Đã đi", "Sắp đi", "217 Gody-er đã đến").
    """
    n = len(lines)
    bad = set(removed) | set(out)
    live = [i for i in range(n) if i not in bad]
    if not live:
        return
    for k, i in enumerate(live):
        if i in out or not furniture.list_heading(lines[i]) or keep.own_list(lines, i, _sentence_like):
            continue  # (a heading ending with ":" over sentences: the text's own list, lost40)
        out[i] = ("boilerplate.list_heading", "the heading of a list of other stories", {})
        for j in range(i + 1, min(n, i + 16)):
            t = furniture.strip_bullet(lines[j])
            if j in out or j in removed or _sentence_like(t) or not (_headline_like(t) or not words_at_least(t, 5)):
                break  # the list is a run of adjacent lines
            if list_leads.head_under(lines, i, j, _sentence_like, {**removed, **out}):
                continue  # the article's own headline under the heading (one rubric between allowed): no item (cp79, lost91)
            out[j] = ("boilerplate.list_heading", f"under the heading {lines[i].strip()[:40]!r}", {})
    bad = set(removed) | set(out)
    live = [i for i in range(n) if i not in bad]
    body = [i for i in live if _sentence_like(lines[i]) or len(lines[i]) > 150]
    if body:
        for i in live:
            if (i < body[0] or i > body[-1]) and furniture.rubric(lines[i], lang) \
                    and not (i and open_end(lines[i - 1], lang)):
                where = "before the article" if i < body[0] else "after the article"
                out[i] = ("boilerplate.rubric", f"a section name standing alone {where}", {"section": lines[i].strip()})
    menus.menus(lines, lang, removed, out, body)
    bad = set(removed) | set(out)
    live = [i for i in range(n) if i not in bad]
    first = live[0] if live else -1
    i = 0
    while i < n:
        if i in bad:
            i += 1
            continue
        j = i
        while j < n and j not in bad:
            j += 1
        run = list(range(i, j))  # a maximal run of live lines; removed lines (or the document's edge) around it
        if len(run) < 2 or (len(run) < 4 and (i == 0 or j == n)):
            i = j
            continue  # no feature below takes a single line, nor a short run at the document's edge
        texts = [furniture.strip_bullet(lines[r]) for r in run]
        started = bool(body) and body[0] < i
        done = False
        if i > 0 and j < n and first not in run:
            done = True
            if len(run) >= 3 and started and all(_headline_like(t) for t in texts):
                if out.get(j, ("",))[0] in _POST_META and not _FULL_DATE.search(texts[-1]):
                    run = run[:-1]  # the line right above the post's byline or date is its title (a teaser has its own date)
                for r in run:
                    out[r] = ("boilerplate.headline_run", f"one of {len(run)} headline-like lines between removed lines", {})
            elif len(run) >= 4 and all(not words_at_least(t, 5) and len(t) <= 40 and t[-1:] not in _END
                                       and t == t.casefold() for t in texts):
                for r in run:  # "китай / россия / си цзиньпин / hainan airlines": a tag run, lower case
                    out[r] = ("boilerplate.tag_run", f"one of {len(run)} short lower-case lines between removed lines", {})
            elif 2 <= len(run) <= 3 and all(not words_at_least(t, 5) and len(t) <= 40 and t[-1:] not in _END for t in texts) \
                    and not any(open_end(t, lang) for t in texts[:-1]):  # "BỘ THÔNG TIN VÀ / TRUYỀN THÔNG": one phrase
                for r in run:
                    out[r] = ("boilerplate.short_run", f"one of {len(run)} short lines between removed lines", {})
            else:
                done = False
        if not done and j < n and len(run) >= 4:
            # inside the article: a paragraph, then three or more headline-like lines up to a removed line ("Xem tất cả
            # ảnh"): a gallery's or a sidebar's list; not a list the paragraph announces (colon), nor a poem's stanza
            k = len(run)
            while k > 0 and _headline_like(texts[k - 1]):
                k -= 1
            if len(run) - k >= 3 and k > 0 and run[k - 1] in body and body[0] < run[k] and texts[k - 1][-1:] != ":" \
                    and not profile_guards.stanza(texts, k) and not dialogue_turns.reply_run(lines, run, k):  # cp87
                for r in run[k:]:
                    out[r] = ("boilerplate.headline_run",
                              f"one of {len(run) - k} headline-like lines between a paragraph and a removed line", {})
        i = j

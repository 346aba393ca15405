"""Furniture told by shape and neighbours alone, no phrase list (issue 12, thirteenth round).

Each rule reads a line's shape (length, case of its first letter, its last character, function words)
and what the layers before it removed around it, the way jusText's context rules do; none names a site's
wording, so they carry over to pages no rule was written from:

* :func:`field_labels`: a field label whose value was removed goes with it ("DOI:" above its number,
  "Received:" above a date, "Keywords:" above a tag list): a label of one or two words, no function word,
  ending in a colon, directly above a removed line or a line without letters;
* :func:`credit_values`: the line under a credit label left without its value ("Nguồn :" over "Trang Web Giáo Phận
  Vĩnh", crawl12; "Автор:" over "Елена Н.", held24) is the credit's value, metadata as the label is (README
  conventions 4 and 5: a value on the next line is a unit of its own; a source or author line is metadata): a short
  line (eight words at most) with no sentence end, no field or date of its own, right under the label;
* :func:`lower_case_edges`: a short line outside the article that starts lower-case and continues
  nothing (the line above it is absent, removed, or ends a sentence): a tag page's heading ("lãnh sự quán
  Trung Quốc tại Houston"), a menu item ("ваш профиль"), the tail of a widget ("самых читаемых новостей");
  the soft-break joiner has already joined every lower-case line that goes on from the line above; not the
  page's first line when other lines of the page open with it (a keyword page's title, repeated at the head
  of its image texts); nor a line opening with a function word and ending with a comma ("và 110A Nguyễn Đình
  Chính, quận Phú Nhuận,": a clause of an address or sentence broken over lines, lost40; a tag has neither); a
  line whose final stop is an abbreviation's (:func:`abbreviation_end`: "№ п/п Наименование Цена, руб." over "на 1
  человека/ 1 сеанс", a wrapped table header, held37, cp37) ends no sentence: the line under it may go on from it;
* :func:`source_credit`: a Vietnamese credit "Theo <source>" without a colon, its source in capitals
  ("Theo VOA/Dean Nguyen ST", "Theo Reuters") or a site named by its domain in lower case (clut58: "Theo
  cnq.com.cn", h39vi01; "Theo vnexpress.net", "Theo kenh14.vn" under reposted articles): "theo" opens sentences
  too, so only a short line with no sentence end whose every word is capitalised or a domain name;
* :func:`foreign_sentences`: an English sentence standing alone on a Russian or Vietnamese page, between
  lines of the page's language, that ends with an agency's credit in capitals ("… May 3, 2022. REUTERS",
  "… AFP/John Doe"): a wire photo's caption kept in English; not on a page with more than two such lines
  (a bilingual page), not a title (fewer than eight words), not Vietnamese typed without its diacritics.
  Without the credit it stays: an English sentence in a Russian or Vietnamese article is as likely a
  quotation or a mixed document's text (tests/test_end_marks.py lost one to the first form of this rule).
"""

from __future__ import annotations

import re

from . import body_guards
from .brand_titles import brand_opening
from .features import _END, _WORDS, STOP_WORDS, _fold, is_date_line, open_end
from .guards import long_clause, text_goes_on
from .spam_hostword import WEB_TLDS
from .templates import word_count

__all__ = ["field_labels", "credit_values", "abbreviation_end", "lower_case_edges", "source_credit", "foreign_sentences"]

_SENTENCE_END = ".!?…。！？"
_THEO = re.compile(r"^[(\[]?\s*[Tt]heo\s+(?P<value>[^\s()\[\]].{0,80}?)\s*[)\]]?$")
#: a site named by its domain ("cnq.com.cn", "vnexpress.net", "www.kenh14.vn"): labels of letters, digits and
#: hyphens joined by dots, the first two characters long at least, last a top-level domain of the web
#: (:data:`.spam_hostword.WEB_TLDS`) or a country's two letters ("tp.hcm", "v.v" are abbreviations)
_DOMAIN = re.compile(r"^[a-z0-9][a-z0-9-]{0,61}[a-z0-9](?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.([a-z]{2,6})$",
                     re.IGNORECASE)


def _domain(w: str) -> bool:
    m = _DOMAIN.match(w)
    return m is not None and (len(m.group(1)) == 2 or m.group(1).casefold() in WEB_TLDS)


def _letters(s: str) -> bool:
    return any(ch.isalpha() for ch in s)


def field_labels(lines: list[str], lang: str, bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """Labels whose value line below was removed (or holds no letter: "10.7256/2454-0706.2019.2.43214")."""
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    stop = STOP_WORDS.get(lang, frozenset()) | STOP_WORDS["en"]
    for i, line in enumerate(lines[:-1]):
        s = line.strip()
        if i in bad or len(s) > 40 or not s.endswith((":", "：")) or not 1 <= word_count(s) <= 2:
            continue
        if any(w in stop for w in _WORDS.findall(s.casefold())):
            continue  # "Вот что известно:", "Theo ông:" announce the text below
        if i + 1 in bad or (not _letters(lines[i + 1]) and not body_guards.list_item(lines, i + 1, is_date_line)):
            # (a value closed by a comma or semicolon is the first item of a list the text runs on: "пятница:"
            # over "11.00 – 12.00,", a week's hours)
            out[i] = ("boilerplate.field_label", "a field label whose value below was removed", {})
    return out


_CREDIT_VALUE_WORDS = 8
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.$")  # a name's initial closing the line ("Елена Н."): no sentence end


def credit_values(lines: list[str], removed: dict, out: dict) -> dict[int, tuple[str, str, dict[str, str]]]:
    """The live line under each ``boilerplate.credit`` of ``out`` whose value is empty: its value
    (:data:`_CREDIT_VALUE_WORDS` words at most, no sentence end but an initial's, no colon, no date line), kept as the
    same metadata."""
    got: dict[int, tuple[str, str, dict[str, str]]] = {}
    for i, (rule, _, meta) in out.items():
        j = i + 1
        if rule != "boilerplate.credit" or any(meta.values()) or j >= len(lines) or j in removed or j in out:
            continue
        s = lines[j].strip()
        if 0 < len(s.split()) <= _CREDIT_VALUE_WORDS and (s[-1:] not in _SENTENCE_END + ":" or _INITIAL.search(s)) \
                and ":" not in s and not is_date_line(s):
            got[j] = ("boilerplate.credit", "a credit's value on the line under its empty label",
                      {next(iter(meta), "source"): s})
    return got


def _opens_others(s: str, lines: list[str], i: int) -> bool:
    """Another line of the page starts with this one, then a stop or a space: the page repeats it as the
    head of its image texts ("<title>. bg. <title> …"), as a page repeats its title, not a tag."""
    key = s.casefold()
    for j, t in enumerate(lines):
        t = t.strip().casefold()
        if j != i and len(t) > len(key) and t.startswith(key) and not t[len(key)].isalnum():
            return True
    return False


_LAST_WORD = re.compile(r"([^\W\d_][\w.\-]*)\.$")


def abbreviation_end(line: str, lang: str) -> bool:
    """The line's final stop is an abbreviation's ("№ п/п Наименование Цена, руб.", "… и т.д.", "Q. 1, TP."), the
    splitter's tables (:mod:`mtpipe.segment.abbreviations`, terminal ones too): no sentence end a lower-case line
    under it could not go on from (a wrapped table header "Цена, руб." over "на 1 человека/ 1 сеанс", held37)."""
    from ..segment.abbreviations import ABBREVIATIONS, TERMINAL_ABBREVIATIONS, is_abbreviation

    m = _LAST_WORD.search(line.rstrip())
    if m is None:
        return False
    word = m.group(1)
    abbr = ABBREVIATIONS.get(lang, frozenset()) | TERMINAL_ABBREVIATIONS.get(lang, frozenset())
    return is_abbreviation(word.casefold(), lang, abbr, word)


def lower_case_edges(lines: list[str], lang: str, bad: set[int], body: list[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """Short lower-case lines before the article's first sentence or after its last one that continue nothing."""
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    if not body:
        return out
    for i, line in enumerate(lines):
        s = line.strip()
        if i in bad or body[0] <= i <= body[-1] or not s[:1].isalpha() or not s[:1].islower() or brand_opening(s):
            continue  # "iPhone 7 phát nổ …": a title opening with a brand's own spelling (cp87)
        if word_count(s) > 8 or len(s) > 80 or s[-1:] in _END or (lang != "vi" and long_clause(s)):
            continue  # a first clause of five words or more: a sentence without its capital (round 22a)
        if i < body[0] and word_count(s) >= 3 and not any(j not in bad and lines[j].strip() for j in range(i)) \
                and _opens_others(s, lines, i):
            continue  # the page's first line, opening other lines of the page (a keyword page's alt texts): its title
        if i > 0 and (i - 1) not in bad:
            above = lines[i - 1].rstrip()
            if above[-1:] not in _SENTENCE_END or open_end(above, lang) or abbreviation_end(above, lang):
                continue  # the line may go on from the one above
        if i > body[-1] and text_goes_on(lines, i, bad):
            continue  # a line after it holds a sentence and goes on: the article has not ended (round 23d)
        if s[-1:] == "," and s.split()[0].casefold() in STOP_WORDS.get(lang, ()):
            continue  # "và 110A Nguyễn Đình Chính, quận Phú Nhuận,": a clause between a conjunction and a comma (lost40)
        where = "before the article" if i < body[0] else "after the article"
        out[i] = ("boilerplate.lower_edge", f"a short lower-case line {where} that continues no line (a tag or menu item)", {})
    return out


def source_credit(s: str, lang: str) -> str | None:
    """The source of a "Theo <source>" credit line on a Vietnamese page, or None."""
    if lang != "vi" or s[-1:] in _SENTENCE_END:
        return None
    m = _THEO.match(s.strip())
    if m is None:
        return None
    words = m.group("value").split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or (not w[:1].isalpha() and _letters(w)) or
                                           _domain(w) for w in words):
        return None
    return m.group("value")


#: Vietnamese function words as they read without diacritics ("cua", "duoc"), English ones taken out
_VI_BARE = frozenset(_fold(w) for w in STOP_WORDS["vi"]) - STOP_WORDS["en"]


#: a credit in capitals at the line's end, the photographer's name after a slash allowed ("REUTERS/Kim Jae")
_CREDIT = re.compile(r"\b[A-Z]{2,}(?:/[^/]{1,40})?\W*$")


# a letter outside ASCII: a line holding one has a word that is not ASCII (_WORDS' words are letter runs)
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")


def _english_sentence(s: str) -> bool:
    if not s.isascii() and _NON_ASCII_LETTER.search(s):
        return False  # (most lines of a ru or vi page: no words listed)
    words = _WORDS.findall(s)
    if len(words) < 8 or not all(w.isascii() for w in words):
        return False
    low = [w.casefold() for w in words]
    return sum(w in STOP_WORDS["en"] for w in low) >= 2 and sum(w in _VI_BARE for w in low) <= 1


def foreign_sentences(lines: list[str], lang: str, bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """English captions alone among a ru/vi page's lines (at most two English sentences on the page)."""
    if lang not in ("ru", "vi"):
        return {}
    english = [i for i, line in enumerate(lines) if _english_sentence(line)]
    if len(english) > 2:
        return {}
    found = [i for i in english if _CREDIT.search(lines[i].strip())]
    live = [i for i in range(len(lines)) if i not in bad]
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    for i in found:
        if i in bad:
            continue
        k = live.index(i)
        near = [live[j] for j in (k - 1, k + 1) if 0 <= j < len(live)]
        if near and not any(all(w.isascii() for w in _WORDS.findall(lines[j])) for j in near):
            out[i] = ("boilerplate.foreign_caption", f"an English sentence alone on a {lang} page "
                      "(a caption or a widget's message left in English)", {})
    return out

"""Sentence spans of a paragraph: :func:`split_sentences` and the post-rules it applies to a splitter's spans.

The rules repair what splitters get wrong on news text: breaks after abbreviations (:data:`ABBREVIATIONS`) and
initials undone, terminal abbreviations before a capital (:data:`TERMINAL_ABBREVIATIONS`) ending the sentence, wire
datelines kept with the sentence after them, breaks inside quotations and where no space follows the stop, a sentence
opened by a glued ellipsis, a list number or a site's media rubric kept with its line's text, English sentences that
start in lower case (web text) and the other English web-text classes of :func:`_web_breaks` (runs of "??"/"!!", a
stop closing a bracket, emoticons, e-mail header stamps and closings), "U.S." before a word that opens sentences, a
clock time before a day or a time zone; the real-page rules of :mod:`.glued` (labels, title-case headings, glued
units, source notes), an act's date before its quoted title (:mod:`.act_title`), an image's file name or slug, a stray
"?" and a title's ellipsis before a date (:mod:`.stray_marks`), a listed abbreviation written in capitals read as an
acronym that ends the sentence ("… в СВ. Поездка …", :func:`.abbreviations.caps_acronym_breaks`), a clock time "с 7. 30."
(:mod:`.spaced_time`) and a Vietnamese office before its body ("CT. UBND", :mod:`.vi_titles`) kept whole;
:func:`fit_to_limit` (:mod:`.limits`) splits a sentence longer than the model's limit.
"""

from __future__ import annotations

import re

from .abbreviations import (_AFTER_NUMBER, _TERMINAL_SPLIT, _UNIT_NEXT, ABBREVIATIONS, TERMINAL_ABBREVIATIONS,
                            _abbreviation_in_quotes, _initials_go_on, caps_acronym_breaks, is_abbreviation, last_word,
                            title_before_name)
from .glued import (SOURCE_TAIL, STEP_LABEL, clergy_name, date_nospace_breaks, foreign_initial, glued_breaks,
                    move_labels, script_glue_breaks, title_question, vi_lower_glue_breaks, vi_word)
from .heading_line import merge_heading_line
from .quoted_title import merge_quoted_titles
from .act_title import act_title_goes_on
from .stray_marks import ellipsis_date_breaks, ellipsis_open_breaks, image_name_breaks, move_stray_glyph, slug_breaks
from .bracket_note import bracket_note, signed_note
from .datelines import COUNTRY_NOTE, inner_datelines
from .pause import pause_goes_on
from .spaced_time import spaced_time_breaks, spaced_time_goes_on
from .vi_titles import office_goes_on
from .quote_dash import bracket_after_quote, quote_goes_on, speech_breaks
from .signs import (NUMBERED_CITY as _NUMBERED_CITY, chronology_breaks, closing_quote_at, closing_quote_goes_on,
                    digit_nospace_breaks)
from .limits import fit_to_limit  # noqa: F401 (its home before seg23)
from .page_units import caps_dateline_end, ellipsis_or_vi, glues, label_lead, number_cell, page_breaks, tail_mark
from .splitters import SPLITTERS, _FALLBACK, _punct, _razdel, _sentencex_for
from .web_text import (_CLOCK, _DOTTED_HEAD, _DOTTED_TAIL, _LOWER_STARTS, _OPEN_LOWER, _TIME_NEXT, _WORD_BEFORE,
                       _acronym_end, _in_spaced_date, _lower_start, _web_breaks, word_before_stop)


_ROMAN = re.compile(r"[IVXLC]+\b")
# "14A-130... 23 lần": an ellipsis glued to a token masks characters, it ends nothing
_MASKED = re.compile(r"[\w-](?:\.\.\.|…)$")
# "газеты ?Ляньхэбао?": question marks standing for lost quotes (a broken encoding)
_QMARK_QUOTES = re.compile(r"(?:^|\s)\?[^\W\d_][^?\n]{0,80}\?$")
_NUM_BEFORE = re.compile(r"\d[\d\s\-–]*(?:-?х)?\s+\S+\.\s*$")

# the end-anchored patterns below look at the last _TAIL characters of a sentence only: searched over a whole
# paragraph glued piece by piece (or a 20 KB token of "ab.ab.…") they cost quadratic time
_TAIL = 200
_STOP_SPACE = re.compile(r"\.\s")  # (perf82) every _TERMINAL_SPLIT pattern ends with a stop and a space: none, no break
_CONTINUES_PUNCT = re.compile(r"^\s*[,;:)»”]")
_DASH = re.compile(r"^\s*(?:[—–-]\s*)?(\w)", re.UNICODE)


def _continues(nxt: str) -> bool:
    """Whether ``nxt`` reads as the continuation of the sentence before (lower-case start)."""
    if _CONTINUES_PUNCT.match(nxt):
        return True
    m = _DASH.match(nxt)
    return bool(m) and m.group(1).islower()


# "Лицзянь.Это", "\"Альбаро\".Примерно", "Verge.Боевые": a sentence end without the space
# (a letter, maybe a closing quote, the stop, then a capital and a small letter)
_NOSPACE = re.compile(r"[\"»”’')]?[.!?…]+(?=[\"«“„»”]?[^\W\d_])")  # "(tức âm lịch).Từ …": a bracket too (bnd48)
_NOSPACE_SEED = re.compile(r"[.!?…][\"«“„»”]?[^\W\d_]")  # (perf82) a part of every _NOSPACE match: no scan without it
# the author a wire service names after its agency: "— РИА Новости, Татьяна Пичугина", "/ПРАЙМ/, Жанна Манукян"
_BYLINE = r"(?:,\s+[A-ZА-ЯЁ][a-zа-яё]+(?:[ -][A-ZА-ЯЁ][a-zа-яё]+){1,2})?"
# a wire dateline opening a paragraph: "Москва. 30 апреля. INTERFAX.RU - ", "Пекин, 8 мая /Синьхуа/ -- ",
# "HÀ NỘI, 30/4 (TTXVN) - ", "ПЕКИН, 25 авг – РИА Новости. ": one unit with the sentence after it
_DATELINE = re.compile(
    r"^\s*[A-ZА-ЯЁĐ][^\W\d_]+(?:[ -][A-ZА-ЯЁĐ][^\W\d_]+){0,2}" + COUNTRY_NOTE + r"\s*[.,]\s+"
    r"(?:\d{1,2}\s+[^\W\d_]{3,}\.?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})[.,]?\s+"
    # "ПЕКИН, 25 авг – РИА Новости. ": the agency after the dash, closed by a full stop (tried first)
    r"(?:(?:--|[-–—])\s*[A-ZА-ЯЁ][\w.]*(?:\s[A-ZА-ЯЁ][\w.]*)?" + _BYLINE + r"\.\s+"
    # "ПЕКИН, 29 июн /ПРАЙМ/, Жанна Манукян. ": the agency in slashes or brackets, an author, a full stop
    r"|[(/][A-ZА-ЯЁ][\w.]*(?:\s[A-ZА-ЯЁ][\w.]*)?[)/]" + _BYLINE + r"\.\s+"
    r"|(?:[(/]?[A-ZА-ЯЁ][\w.]*(?:\s[A-ZА-ЯЁ][\w.]*)?[)/]?\s*)?(?:--|[-–—])\s*)")

# "КИЕВ. 3 декабря. УНН. ", "ПЕТРОПАВЛОВСК. КАЗИНФОРМ – ", "Алматы. 5 мая. КазТАГ – ": a place (in capitals
# unless a date follows), an optional date, an agency name in capitals (or with a capital inside: "PrimaMedia"; seg29),
# then a full stop or a dash
_UP = "A-ZА-ЯЁЇІЄҐЎҚҒҮҰӘӨҺĐ"
_DATELINE_AGENCY = re.compile(
    rf"^\s*(?P<place>[{_UP}][^\W\d_]+(?:[ -][{_UP}][^\W\d_]+){{0,2}})" + COUNTRY_NOTE + r"\s*[.,]\s+"
    r"(?P<date>(?:\d{1,2}\s+[^\W\d_]{3,}\.?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)[.,]?\s+)?"
    rf"[{_UP}][^\W\d_]*[{_UP}](?:(?:[.\-][{_UP}]{{2,}})*|[^\W\d_A-ZА-ЯЁ]+)(?:\s*(?:--|[-–—])\s*|\.\s+)")  # "PrimaMedia. "


def _wire_dateline_end(text: str) -> int:
    """Where a wire dateline with a date or an agency opening ``text`` ends (0 if none)."""
    m = _DATELINE.match(text)
    if m:
        return m.end()
    m = _DATELINE_AGENCY.match(text)
    return m.end() if m and (m.group("date") or m.group("place").isupper()) else 0


def _dateline_end(text: str) -> int:
    """Where a wire dateline opening ``text`` ends (0 if none)."""
    return _wire_dateline_end(text) or caps_dateline_end(text)  # "ЧЕЧНЯ. В Надтеречном районе …" (seg29)


_TLD = re.compile(r"(?:com|net|org|info|ru|vn|cn|ua)\b", re.IGNORECASE)


def _nospace_breaks(text: str, lang: str) -> list[int]:
    """Offsets just after a sentence end written without a space before the next capital."""
    if _NOSPACE_SEED.search(text) is None:
        return []
    abbr = ABBREVIATIONS.get(lang, frozenset())
    out = []
    for m in _NOSPACE.finditer(text):
        lead, word = word_before_stop(text, m.start(), m.group())  # "… này .Tuy nhiên": a stray space (bnd48)
        if lead == 0 or not _is_letter(text[lead - 1]) or m.end() + 1 >= len(text):
            continue
        at = cut = m.end()
        if text[at] in "\"«“„»”":  # 'Украину."Соответствующее': an opening quote after the stop; a closing one
            cut += closing_quote_at(text, at)  # ('возможностями."Планируется', bnd74) stays with the sentence before
            at += 1
            if at + 1 >= len(text):
                continue
        first, second = text[at], text[at + 1]
        if not (first.isupper() and (second.islower() or (second == " " and m.group()[-1:] in ".!?" and len(
                m.group().lstrip("\"»”’')")) == 1 and text[m.start() - 1].islower()))):  # "лауреатов).С 1974" too
            continue  # "так.В ходе", "миритесь!В первый": a one-letter word after a lower-case word ends it too
        if len(word) < (1 if ellipsis_or_vi(m.group(), text, at, lang) == "…" else 2) or word.lower() in abbr \
                or (word.isupper() and (len(word) < 3 or _is_latin(word)) and not ellipsis_or_vi(m.group(), text, at, lang)):
            continue  # "США.Мера" ends a sentence; "U.S.Army", "Т.Е." do not; "я...Димон", "GD-ĐT.Không ngừng" do
        latin_prev, latin_next = word.isascii() or _is_latin(word), _is_latin(first)
        if latin_prev and latin_next and (any(c.isupper() for c in word[1:]) or (lang != "vi" and not word.islower())) \
                and not (lang == "vi" and vi_word(text[at:at + 12].split(" ")[0])):
            continue  # "PGConf.Russia", "Inc.Apple": a name, not two sentences ("FedEx.Đại diện": two)
        if _TLD.match(text, m.end()) or (lang == "vi" and clergy_name(text[max(0, m.start() - 60):m.end()], text[at:])) \
                or glues(text[max(0, m.start() - 10):m.end()], text[at:at + 12]):  # "Pte.Ltd": a legal form (bnd46)
            continue  # "vnexpress.Net": an address; "Cha Jac.Nguyễn Ngọc Quang": a cut baptismal name (bnd41)
        out.append(cut)
    return out


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _is_latin(s: str) -> bool:
    return all(ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" for ch in s)


def _split_at(spans: list[tuple[int, int]], points: list[int]) -> list[tuple[int, int]]:
    if not points:
        return spans
    out = []
    for a, b in spans:
        for p in points:
            if a < p < b:
                out.append((a, p))
                a = p
        out.append((a, b))
    return out


_QUOTED_BREAK = re.compile(r"[.!?]\s+(?=[^\W\d_])")  # an end inside a quotation: "species. We must", "miedo. Nosotros"
_OPEN_Q, _CLOSE_Q = "“«„", "”»"
_OPEN_ANY = re.compile("[" + _OPEN_Q + '"]')  # an opening or straight quote, in one scan (perf49)
_SPACED_DOTS = re.compile(r"\w \. \. $")


def _quote_breaks(text: str, spans: list[tuple[int, int]], lang: str) -> list[int]:
    """Sentence ends inside quotations that sentencex keeps whole (``He said: “A. B.”``).

    A break needs an open quotation at that point (a ``“``/``«``/``„`` not yet closed, or an odd
    number of straight ``"`` before it in the paragraph), a word of two letters or more before the
    stop that is not a known abbreviation, and a capital after it.
    """
    if not _OPEN_ANY.search(text):
        return []
    abbr = ABBREVIATIONS.get(lang, frozenset())
    out = []
    pos = straight = depth_before = 0  # counts over text[:a], carried from span to span (spans are in order)
    for a, b in spans:
        if a > pos:
            seen = text[pos:a]
            straight += seen.count('"')
            depth_before += sum(seen.count(q) for q in _OPEN_Q) - sum(seen.count(q) for q in _CLOSE_Q)
            pos = a
        chunk = text[a:b]
        if not _OPEN_ANY.search(chunk) and not (straight % 2 or depth_before > 0):
            continue  # a quotation opened in an earlier span ('"And so … answer. (Laughter.) The hymn …') counts
        for m in _QUOTED_BREAK.finditer(chunk):
            if not chunk[m.end()].isupper():
                continue
            before = chunk[:m.start()]
            depth = sum(before.count(q) for q in _OPEN_Q) - sum(before.count(q) for q in _CLOSE_Q)
            if depth <= 0 and (straight + before.count('"')) % 2 == 0:
                continue
            if _SPACED_DOTS.search(before):
                before = before.rstrip(" .")  # "… in the region . . . This": a spaced ellipsis, the word before it
            w = _WORD_BEFORE.search(before)
            word = w.group(0) if w else ""
            if len(word) < 2 or word.lower() in abbr or (word[0].isupper() and len(word) <= 3):
                continue  # "Sr. López", "Dr. Who": a title, not an end
            out.append(a + m.end())
    return out


def _merge_dateline(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(spans) < 2:
        return spans
    end = _dateline_end(text)
    if not end:
        return inner_datelines(text, spans, _wire_dateline_end)  # "… Епанчинцев. ХАРБИН (Китай), 19 июн — ПРАЙМ. …"
    out = [spans[0]]
    for a, b in spans[1:]:
        if a <= end:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (whitespace trimmed), for language ``lang``."""
    if not text.strip():
        return []
    splitter = SPLITTERS.get(lang) or _FALLBACK.get(lang) or _sentencex_for(lang if lang in ("vi", "en") else "en")
    spans = [s for s in splitter(text) if text[s[0]:s[1]].strip()]
    if lang != "zh":
        spans = _merge_false_breaks(text, spans, lang)
        if lang != "ja":
            spans = _split_at(spans, sorted(_nospace_breaks(text, lang) + ellipsis_open_breaks(text)
                                            + digit_nospace_breaks(text, lang, ABBREVIATIONS.get(lang, frozenset()))
                                            + chronology_breaks(text) + speech_breaks(text, lang)
                                            + spaced_time_breaks(text, lang)
                                            + script_glue_breaks(text, lang) + caps_acronym_breaks(text, lang) + vi_lower_glue_breaks(text, lang)
                                            + (_web_breaks(text, lang) if lang in _LOWER_STARTS else [])
                                            + (glued_breaks(text, lang) + date_nospace_breaks(text) + page_breaks(text, lang)
                                               + image_name_breaks(text) + slug_breaks(text, lang)
                                               + (ellipsis_date_breaks(text) if lang == "ru" else [])
                                               if lang in ("ru", "vi", "uk") else [])))
            spans = move_stray_glyph(text, move_labels(text, spans))  # "… продукцию. |? Подпишись …" (bnd57)
        if splitter is not _razdel and splitter is not _punct and lang != "ja":
            spans = _split_at(spans, _quote_breaks(text, spans, lang))
        spans = _merge_dateline(text, spans)
    if lang in _TERMINAL_SPLIT and _STOP_SPACE.search(text) is not None:
        spans = _split_terminal(text, spans, _TERMINAL_SPLIT[lang])
    if lang in _DATE_OPENING:
        spans = _merge_date_opening(text, spans, _DATE_OPENING[lang])
    if lang not in ("zh", "ja"):
        spans = merge_heading_line(text, spans, lang)  # "Наблюдения. Судак. Часть 2": one heading, no stop at its end
        spans = merge_quoted_titles(text, spans, lang)  # "… под названием «Чунь Цзе. Праздник Весны …», на …" (bnd67)
    out: list[tuple[int, int]] = []
    lead = last = None
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a:
            continue
        last = b
        if not any(ch.isalnum() for ch in text[a:b]) and not (out and tail_mark(text, a, b, lang)):  # "… ответственно. →"
            if out:
                out[-1] = (out[-1][0], b)  # a stray ". " or "!!" belongs to the sentence before
            elif lead is None:
                lead = a  # ... or, opening the paragraph (a list bullet "."), to the one after
            continue
        if out and (_TAIL_NOTE.fullmatch(text, a, b) or (SOURCE_TAIL.fullmatch(text, a, b) and not text[b:].strip())
                    or (lang == "vi" and title_question(text, out[-1], (a, b)))):
            out[-1] = (out[-1][0], b)  # "…đến mức nào? (P2)": a part number closing the title
            continue
        if out and _MEDIA_TAIL.fullmatch(text, a, b) and not text[b:].strip() and text[out[-1][1] - 1] in ".!?":
            out[-1] = (out[-1][0], b)  # "… Нового года. Фоторепортаж": the rubric a site appends to a headline
            continue
        if lead is None and (label_lead(text, a, b) or (STEP_LABEL.fullmatch(text, a, b) and (
                not text[:a].strip() or text[:a].rstrip()[-1:] in ".!?…"))):
            lead = a  # "1. Giới thiệu …", "💬 2. …", "IV. …", "B1. …", "Bước 2. …": a list or step label opens its unit
            continue
        if lead is not None:
            a, lead = lead, None
        out.append((a, b))
    if lead is not None and last is not None:
        out.append((lead, last))
    return out


# a part number in brackets closing a title: "(P2)", "(Phần 2)", "(kỳ 3)", "[Part 1]" ("(End)" stands alone)
_TAIL_NOTE = re.compile(r"[(\[](?:[^\W\d_]{1,8}\.?\s?)?\d{1,3}[)\]]")
# the kind of material a site appends to a headline after its stop, alone at the end of the line
_MEDIA_TAIL = re.compile(r"[(\[]?(?:фото|видео|фоторепортаж|видеорепортаж|фотогалерея|фотоистория|инфографика|аудио"
                         r"|photos?|videos?|infographics?|ảnh|clip)[)\]]?", re.IGNORECASE)


# a date phrase opening a sentence, closed by a year or era abbreviation, then the rest of the sentence:
# "В 8 веке до н. э. Греция начала …", "1 января 49 года до н. э. Марк Антоний …", "В 1950 г. Иванов …", "С 21.03.2022г. по …"
# (a preposition or a number first, at most seven words, no comma: no sentence of its own)
_DATE_OPENING: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"(?:(?:[Вв]о?|[Сс]о?|[Дд]о|[Кк]о?|[Оо]коло|[Пп]осле|[Кк]\s+концу|[Вв]\s+(?:начале|середине|конце))\s+"
                     r"|\d{1,2}\s+[а-яё]+\s+)[^,.;:!?]{0,60}?\d[^,;:!?]{0,30}?(?:\s|(?<=\d))(?:гг?|н\.\s?э|вв?)\."),
}


def _merge_date_opening(text: str, spans: list[tuple[int, int]], pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            pa, pb = out[-1]
            prev = text[pa:pb].strip()
            head = text[a:b].lstrip("«“\"( ")
            if head[:1].isupper() and len(prev.split()) <= 7 and pattern.fullmatch(prev) is not None \
                    and (pa == 0 or text[:pa].rstrip()[-1:] in ".!?…»”\")\n" or text[pa - 1:pa] == "\n"):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out
def _merge_false_breaks(text: str, spans: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    abbr = ABBREVIATIONS.get(lang, frozenset())
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged:
            pa, pb = merged[-1]
            prev = text[pa:pb].rstrip()
            nxt = text[a:b]
            last = last_word(prev, _TAIL) if prev[-1:] == "." else ""  # (prev: stripped)
            word = last.lower()
            if _ends_sentence(prev, nxt, word, lang) or _lower_start(prev, nxt, lang) \
                    or (lang in _LOWER_STARTS and _acronym_end(word, nxt)):
                merged.append((a, b))
                continue
            glue = (
                (word and is_abbreviation(word, lang, abbr, last))
                or (text[a - 1:a] == "." and _TLD.match(text, a) is not None)  # "Газета.Ru": no space, an address
                or (prev.endswith(("...", "…")) and _MASKED.search(prev, max(0, len(prev) - _TAIL)) is not None
                    and (nxt[:1].isdigit() or nxt[:1].islower()))
                or (prev[-1:] == "?" and _QMARK_QUOTES.search(prev, max(0, len(prev) - _TAIL)) is not None)
                or _abbreviation_in_quotes(prev, lang)
                or _initials_go_on(prev, nxt, lang) or title_before_name(last, nxt, text[pb:a])  # "MUDr. Vaněk" (bnd77)
                or (lang == "vi" and nxt[:1].isupper() and foreign_initial(prev))  # "ông Hock E. Tan của Broadcom"
                or (lang == "vi" and clergy_name(prev, nxt))  # "Cha Ant. Lê Văn Khấn"
                or (lang == "vi" and prev[-4:].casefold() == "v/v.")  # "V/v. THÁNH LỄ …": a letter's subject (seg39)
                or (lang == "vi" and office_goes_on(prev, nxt))  # "BT Đảng ủy, CT. UBND xã": an office's body (bnd65)
                or spaced_time_goes_on(prev, nxt, lang)  # "с 7. 30. до 18.00": a clock time (bnd65)
                or (lang != "ja" and glues(prev, nxt, text[pb:a]))  # ":) , а …", "(Ench. Indulg., …)", "1-3. 11-32" (seg29)
                or (prev[-1:] in "!?…" and _continues(nxt))
                or pause_goes_on(prev, nxt)  # "Пушкин, Чехов, Гоголь и... Путин.": a pause, no end (bnd62)
                or (prev[-1:] in ".!?…" and closing_quote_goes_on(text, a + len(nxt) - len(nxt.lstrip())))
                or quote_goes_on(prev, nxt) or bracket_note(prev, nxt) or signed_note(text, pb, nxt)  # "(ГБОУ …).", "(… — RT )"
                or bracket_after_quote(prev, nxt)  # "… «… ходили слухи…» (1988) он обращается …" (bnd76)
                or (prev[-1:] == "." and _continues(nxt))
                or (pb == a and _DOTTED_HEAD.match(nxt) is not None
                    and _DOTTED_TAIL.search(prev, max(0, len(prev) - 2)) is not None)
                or (lang in _LOWER_STARTS and _OPEN_LOWER.match(nxt) is not None and prev[-1:] in ".!?…")
                or (lang in _LOWER_STARTS and _TIME_NEXT.match(nxt) is not None
                    and _CLOCK.search(prev, max(0, len(prev) - 6)) is not None)
                or (lang in _LOWER_STARTS and prev.endswith(":?"))  # "Direct Dial:? 203…": a "?" for a lost character
                or _in_spaced_date(text, pb, a)
                # a semicolon ends no sentence (razdel breaks there before a number: "…предприятиях; 1985—1986 — …")
                or (prev[-1:] not in ".!?…»”\")" and not prev.endswith(":"))
            )
            if glue:
                merged[-1] = (pa, b)
                continue
        merged.append((a, b))
    return merged


# an abbreviation's period, then closing quotes or brackets: "«Huawei Co., Ltd.»", "(пров.", "“Acme Inc.”"
# (searched only in a text that ends with one of them, and spaces: rstrip's spaces are \s's)
def _split_terminal(text: str, spans: list[tuple[int, int]], pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Break after "2023 г.", "т. д.", "etc." before a capital (not a Roman numeral)."""
    out = []
    for a, b in spans:  # (perf83) a match holds "\.\s" inside its span: a span without one is not scanned
        for m in (pattern.finditer(text, a, b) if _STOP_SPACE.search(text, a, b) is not None else ()):
            head = text[m.end(1):b].lstrip("«“\"(")
            if not head[:1].isupper() or _ROMAN.match(head) or _UNIT_NEXT.match(head) or number_cell(head) \
                    or _NUMBERED_CITY.search(text, max(a, m.start() - 20), m.start(1)) \
                    or act_title_goes_on(text[max(a, m.start(1) - 60):m.start(1)], text[m.end(1):b]):  # (bnd57)
                continue
            out.append((a, m.start(1)))
            a = m.end(1)
        out.append((a, b))
    return out


def _ends_sentence(prev: str, nxt: str, word: str, lang: str) -> bool:
    """A terminal abbreviation followed by a capital ends the sentence."""
    terminal = TERMINAL_ABBREVIATIONS.get(lang, frozenset())
    key = word.split("-")[-1] if word not in terminal else word
    head = nxt.lstrip("«“\"( ")
    if key not in terminal or not head[:1].isupper() or _ROMAN.match(head) or _UNIT_NEXT.match(head) \
            or number_cell(nxt) or act_title_goes_on(prev, nxt):  # "от 22.08.1996г. «О …»": an act's title (bnd57)
        return False
    return key not in _AFTER_NUMBER or (_NUM_BEFORE.search(prev, max(0, len(prev) - _TAIL)) is not None
                                        and _NUMBERED_CITY.search(prev, max(0, len(prev) - _TAIL)) is None)

"""Page furniture told by shape, position and a site's own vocabulary (issue 12, fourteenth round).

No rule names a page's wording; each reads a line's shape and where it stands against the article's body
(the lines kept that read as sentences or paragraphs):

* :func:`finite_headline`: the guard of ``boilerplate.tags`` (eight Russian words without a function
  word or punctuation read as a tag list): a headline in sentence case (first word capitalised, most of
  the others lower-case) with a finite verb form, standing right above a line of the body, is a title (cp62: a
  past singular in "-ал"/"-ял" is a finite form too, "Председатель Совета муфтиев России призвал мусульман
  праздновать Ураза-байрам дома", train27ru's ``t27ru52``; and the body may come after up to
  :data:`HEAD_META` short lines of the headline's metadata, a view counter and a source, "Сейчас читают: 941" /
  "kommersant.ru");
* :func:`label_bar`: a line made of two or more field labels with no value after any of them
  ("Размер шрифта: Цветовая схема: Показывать изображения:"), a settings bar whose controls a scraper
  dropped;
* :func:`glued_crumbs`: words glued without a space where a lower-case letter meets a capital and one side
  is not ASCII ("Trang chủUncategorized…", "АвторСообщения"): link labels of a breadcrumb or a table
  header pasted together; ASCII brand names ("YouTube", "WeChat") do not count;
* :func:`caps_tail`: short lines in capitals (five letters or more, at most five words, no sentence end) after the article's
  last body line with no body line after them: a footer's link headings;
* :func:`site_notices`: a line of one to three sentences about the site itself (its word for "site" or
  "web page"; a longer paragraph is text), outside the
  body: above the title (no sentence kept above it, cp82), after the last body line, or anywhere on a page with
  no body; one standing
  alone right after the body or as the page's lead needs the reader addressed (second person, "please",
  "click") too; after the body, a line naming inside its sentences what the last paragraphs name (a
  capitalised word, compared on six letters; one opening a quotation too, «Медэкспрессу», rtq93) goes on with the article and is no notice; a line whose every site
  is another body's ("… на сайте службы доставки.", :func:`others_site`, cp66) speaks of that site and is no notice;
  nor is a line whose every site is in the plural ("… более 700 израильских веб-сайтов …", :func:`plural_sites`, rtq98);
  nor is a line that reports, in the past tense, what happened on a site it names (:func:`reported_site`, cp81:
  "Рисунком поделился пользователь портала «Пикабу» под никнеймом sixth.", a news lead).
"""

from __future__ import annotations

import re

from ..scripts import NO_WORD_SPACES, char_class
from .features import _END, _WORDS, _sentence_like, own_period
from .body_guards import quoted_name
from .guards import clause_sentence, one_letter_glue, one_letter_tail, section_numbered, text_first
from .templates import word_count
from . import signoff, notice_text
from .pronouns import RU_YOUR
from .words import line_folded, line_words

__all__ = ["finite_headline", "label_bar", "glued_crumbs", "caps_tail", "site_notices", "others_site", "reported_site",
           "plural_sites", "site_notice_line"]

#: Russian finite verb endings that nouns rarely have: reflexive past and present ("подверглись",
#: "ведутся"), past in -ил- ("заявил", "посетила", "подписали"), past singular in -ал-/-ял- ("призвал", "сказала",
#: "потерял", cp62); nouns in -ет, -ел, -али are left out
_RU_FINITE = re.compile(r"(?:л(?:ся|ась|ось|ись)|(?:е|ю|и|я)тся|[^\W\d_]{3}ил[аои]?|[^\W\d_]{3}[ая]л[ао]?)$")
HEAD_META = 2  # a headline's metadata lines (a counter, a source) between it and the body: this many at most
_META_WORDS = 4  # ... each this many words at most, no sentence
#: a character of a script written without word spaces (:func:`mtpipe.scripts.is_cjk`'s ranges): one search, not a
#: Python call per character
_NO_SPACES = re.compile(f"[{char_class(NO_WORD_SPACES)}]")
_LABEL_PART = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s*[:：]")
_DIGIT_GLUE = re.compile(r"\d([^\W\d_])([^\W\d_])")
_GLUE = re.compile(r"(?=([^\W\d_])([^\W\d_]))")
#: a page speaking of itself: its word for "site" / "web page" ...
_SITE = re.compile(r"(?<![^\W\d_])(?:сайт[а-я]*|портал[а-я]*|website|trang (?:web|thông tin)|cổng thông tin)"
                   r"(?![^\W\d_])", re.IGNORECASE)
#: a piece every :data:`_SITE` match holds, in the case-folded line (perf79; no "i": IGNORECASE also takes "İ",
#: folded "i̇"; tests/test_perf79_gates.py checks each letter's IGNORECASE forms fold to it)
_SITE_SEEDS = ("сайт", "портал", "webs", "trang web", "trang thông t", "cổng thông t")
_NEXT_SENTENCE = re.compile(r"[.!?…]\s+([^\W\d_])")
#: two blocks pasted without a space: a stop or a colon right before a capital and a lower-case letter
#: ("… Вы принимаете:Вопрос уборки …"); "т.е.", "U.S." and "10:30" do not match
_PASTED = re.compile(r"(?<=[^\W\d_]{2})[.:!?…](?=[^\W\d_\s][^\W\d_\s])")
#: ... and to its reader (second person, "please", a key or button to press, the site's user)
_ADDRESS = re.compile(r"(?<![^\W\d_])(?:вы|вас|вам|" + RU_YOUR + r"|пожалуйста|нажмите|пользовател[а-я]*|bạn|vui lòng|"
                      r"quý độc giả|người dùng|you|your|please|click|ctrl\+enter)(?![^\W\d_])", re.IGNORECASE)


def finite_headline(lines: list[str], i: int, lang: str, bad: set[int] | dict) -> bool:  # type: ignore[type-arg]
    """Whether line ``i`` is a Russian headline (sentence case, a finite verb) right above the body."""
    s = lines[i].strip()
    words = _WORDS.findall(s)
    if lang != "ru" or len(words) < 5 or not s[:1].isupper():
        return False
    lower = sum(w[:1].islower() for w in words[1:])
    if lower < 0.6 * (len(words) - 1) or not any(_RU_FINITE.search(w.casefold()) for w in words):
        return False
    below = [j for j in range(i + 1, len(lines)) if j not in bad and lines[j].strip()][:HEAD_META + 1]
    for j in below:
        if _sentence_like(lines[j]) or len(lines[j]) > 150:
            return True
        if len(lines[j].split()) > _META_WORDS or lines[j].rstrip()[-1:] in ".!?…":
            return False  # a line of its own, not the headline's counter or source
    return False


def label_bar(s: str) -> bool:
    """Two or more field labels and nothing else ("Размер шрифта: Цветовая схема: …")."""
    s = s.strip()
    if len(s) > 120 or not s.endswith((":", "：")) or s.count(":") + s.count("：") < 2:
        return False
    parts = _LABEL_PART.findall(s)
    return len(parts) >= 2 and not _LABEL_PART.sub("", s).strip()


#: a Russian prefix glued to an acronym in capitals makes one word ("антиНАТО", "постСССР", "проРФ": ng.ru's title
#: "ШОС – антиНАТО", cp83 held, cp84), no two labels glued
_PREFIX_ACRONYM = re.compile(r"^[«\"(]?(?:анти|про|пост|нео|псевдо|квази|сверх|ультра|мега|супер|гипер|недо|полу|"
                             r"контр|экс|пан|около|меж)[А-ЯЁ]{2,}(?:[-–][а-яё]+|[а-яё]{1,3})?[»\")]?[,.!?:;]*$")


def _glue_points(s: str) -> int:
    """Places where a lower-case letter meets a capital inside a word, not between two ASCII pieces."""
    n = 0
    tokens = line_words(s)
    for k, token in enumerate(tokens):
        if token.islower() or token.isupper() or token.istitle() or quoted_name(token) \
                or _PREFIX_ACRONYM.match(token):
            continue  # no lower-case letter before a capital inside it (a fast test for most words); a name quoted whole
        cuts = [m.start() + 1 for m in _GLUE.finditer(token) if m.group(1).islower() and m.group(2).isupper()
                and not one_letter_glue(token, m.start() + 1)
                and not one_letter_tail(token, m.start() + 1, k == len(tokens) - 1)]
        pieces = [token[a:b] for a, b in zip([0] + cuts, cuts + [len(token)])]
        n += sum(not (x.isascii() and y.isascii()) for x, y in zip(pieces, pieces[1:]))
    return n


#: glue points a run of glued labels over 200 characters needs (a category box, clut90)
LONG_GLUE = 10


def glued_crumbs(s: str) -> bool:
    """Link labels glued without spaces: two glue points, or one in a line of three words at most, or three
    numbers glued to the capitalised word after them ("Lietuva 24Litwa 24Литва 24Lithuania 24", a menu)."""
    s = s.strip()
    if not s or s[-1:] in ".!?。！？" and not s.endswith("..."):
        return False  # a paragraph is not a breadcrumb
    if _NO_SPACES.search(s):
        return False  # Chinese and Japanese write no spaces: "网站TogiNet", "（pH", "5.0Ghz" are text (FLORES zh lost three)
    if len(s) > 200:
        # a paragraph is not a breadcrumb; a category box's labels glued into one long run are
        # ("АрхитектураАстрономияБиология…", t27ru17: 27 glue points in 2 words; a dev content line over 200
        # characters has 4 at most, 0.03 a word): more glue points than words, LONG_GLUE at least (clut90)
        return len(s.split()) * 12 <= len(s) and (g := _glue_points(s)) >= LONG_GLUE and g >= len(s.split())
    if clause_sentence(s):
        return False  # a sentence with clauses, its capitals stylised ("мою прЫнцЭссу"), not labels glued (round 22a)
    g = _glue_points(s)
    digits = sum(a.isupper() and b.islower() for a, b in _DIGIT_GLUE.findall(s))
    return g >= 2 or (g == 1 and len(s.split()) <= 3) or digits >= 3


def _body(lines: list[str], bad: set[int]) -> list[int]:
    return [i for i in range(len(lines)) if i not in bad and (_sentence_like(lines[i]) or len(lines[i]) > 150)]


def caps_tail(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """Short capitalised lines after the last body line (a footer's link headings)."""
    body = _body(lines, bad)
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    if len(body) < 2:
        return out
    for i in range(body[-1] + 1, len(lines)):
        s = lines[i].strip()
        letters = [ch for ch in s if ch.isalpha()]
        if i in bad or len(letters) < 5 or word_count(s) > 5 or s[-1:] in _END or own_period(s):
            continue  # a cover's place and year ("TP.HCM, THÁNG 5, NĂM 2023") is the document's, no link heading
        if section_numbered(s) or signoff.heading_block(lines, i, bad):
            continue  # "I. MỤC ĐÍCH, YÊU CẦU": the document's numbered heading, no link heading (round 23d); a title
            # over its subtitle in capitals (meta39)
        if sum(ch.isupper() for ch in letters) >= 0.9 * len(letters):
            out[i] = ("boilerplate.caps_tail", "a short line in capitals after the article's last line "
                      "(a footer's link heading)", {})
    return out


#: another body's site: the Russian word for "site" or "portal" in the prepositional ("на сайте", "на портале")
#: followed by a noun in the genitive ("на сайте службы доставки", "на сайте консульства", "на официальном сайте
#: ведомства"); not a verb or a short adjective in "-л…", "-н…" or "-ся" ("на сайте используются cookie", "на сайте
#: размещена"), not "нашего"/"этого" (no noun's ending); a site's own title names it in the nominative ("Официальный
#: сайт администрации …", a masthead); a genitive in "-на" ("на сайте магазина") is missed, left a notice
_OTHERS_SITE = re.compile(r"(?<![^\W\d_])(?:сайте|портале)\s+[а-яё-]{2,}(?<![лнс])[ыиая](?![^\W\d_])")


def others_site(s: str) -> bool:
    """Every mention of a site in the line names another body's (:data:`_OTHERS_SITE`): the line speaks of a delivery
    service's, a consulate's, a ministry's site, not of this one's (h23ru14: "Когда заказ передан в службу доставки,
    вам сообщат трек номер для отслеживания заказа на сайте службы доставки.", a shop manual's last line; cp66)."""
    found = _SITE.findall(s)
    return bool(found) and len(_OTHERS_SITE.findall(s)) == len(found)


#: a site named where the line speaks of it: the word for "site" or "portal" (any case; nominative, genitive or
#: prepositional, not "сайтом Политика …", a link bar) right before a name in quotes, a capitalised word or a domain
#: ("портала «Пикабу»", "на сайте Change.org", "сайт Pinterest")
_NAMED_SITE = re.compile(r"(?<![^\W\d_])(?i:сайт|портал)[ае]?\s+(?:[«\"“„]|[A-ZА-ЯЁ]|[\w-]+\.[a-zа-я]{2,}\b)")
#: a Russian verb in the past tense: reflexive ("поделился", "появилась"), in -ил- ("изобразили", "выложил"; not the
#: nouns of :data:`_IL_NOUNS`, "правила"), in -овал- ("опубликовали", "нарисовала") or a verb of telling ("написал",
#: "рассказала"); a bare "-ал"/"-ала" is left out: it is also "материал", "канала", "начала", "квартала"
_RU_PAST = re.compile(r"(?:л(?:ся|ась|ось|ись)|[^\W\d_]{3}ил[аои]?|[^\W\d_]{2}овал[аои]?|писал[аои]?|сказал[аои]?"
                      r"|сообщал[аои]?|показал[аои]?)$")
_IL_NOUNS = frozenset({"правил", "светил", "мерил", "горнил", "перил", "чернил", "стропил", "зубил", "кадил", "грузил",
                       "крокодил", "могил", "удил", "мотовил"})


def _past(word: str) -> bool:
    return bool(_RU_PAST.search(word)) and word.rstrip("аои") not in _IL_NOUNS and not _SITE.fullmatch(word)


def reported_site(s: str) -> bool:
    """Every site the line mentions is named (:data:`_NAMED_SITE`) and the line narrates in the past tense
    (:data:`_RU_PAST`): a news sentence reporting what someone did on another site ("Рисунком поделился пользователь
    портала «Пикабу» под никнеймом sixth.", audit34 held2 ru-cybersport, cp80/cp81), not a notice of this site's,
    which speaks of the site in the present ("Материалы портала «Губерния» защищены …", "Сайт «Вести» использует
    cookie")."""
    found = _SITE.findall(s)
    if not found or len(_NAMED_SITE.findall(s)) < len(found):
        return False
    return any(_past(w) for w in re.findall(r"[а-яё]+", s.lower()))


def _notice(s: str) -> bool:
    """A short run of sentences (three at most, 400 characters at most) naming the site (this one: not
    :func:`others_site`)."""
    s = s.strip()
    if len(s) > 400 or s[-1:] not in ".!?…" or word_count(s) < 5 or not _site_seed(s) or not _SITE.search(s) \
            or others_site(s) or reported_site(s) or plural_sites(s):
        return False
    if _pasted_text(s) or text_first(s, _SITE, _ADDRESS):
        return False
    return sum(m.group(1).isupper() for m in _NEXT_SENTENCE.finditer(s)) <= 2


def site_notice_line(s: str) -> bool:
    """Whether the line alone reads as a notice of the site (:func:`_notice`; its place not asked)."""
    return _notice(s)


#: sites in the plural ("более 700 израильских веб-сайтов", "на самых разных сайтах", "персональные сайты")
_PLURAL_SITE = re.compile(r"(?:сайт|портал)(?:ов|ы|ах|ам|ами)", re.IGNORECASE)


def plural_sites(s: str) -> bool:
    """Every mention of a site in the line is in the plural: the line speaks of sites in general (a news paragraph
    on an attack on "более 700 израильских веб-сайтов", rtq96's check draw rt_01820), not a notice of this one site.
    Dev (the labels' lines :func:`_notice` took without this test, every part but the blind one): plural only 3, all
    content (train27ru's essays on "сайтах" / "сайты", a quotation in train30); the 25 clutter ones name the site in
    the singular."""
    found = _SITE.findall(s)
    return bool(found) and all(_PLURAL_SITE.fullmatch(w) for w in found)


def _site_seed(s: str) -> bool:
    """Whether the folded line holds a piece of every :data:`_SITE` match (the scan's lookbehind at each position
    costs 5x the folding and the tests: perf79)."""
    folded = line_folded(s)
    return any(w in folded for w in _SITE_SEEDS)


def _pasted_text(s: str) -> bool:
    """A notice pasted without a space before a sentence that does not name the site (a login box's last
    words glued to the article's first sentence, a scraper joining two blocks): the line holds the page's
    text, so it is no notice as a whole."""
    cuts = [m.end() for m in _PASTED.finditer(s) if s[m.end()].isupper() and s[m.end() + 1].islower()]
    if not cuts:
        return False
    tail = s[cuts[-1]:]
    return not _SITE.search(tail) and _sentence_like(tail)


#: a name inside a sentence: a capitalised word of three letters or more after a word that is not a sentence end,
#: in quotes too ("… к тому сайту и «Медэкспрессу» …" under paragraphs naming «Медэкспресс»: an article's last
#: quotation, no notice; rtq93)
_INNER_NAME = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][,;:] ))[«\"“„]?([^\W\d_]{3,})")


def _names(s: str) -> set[str]:
    # the first six letters: a Russian name inflects ("Росреестра", "о Росреестре")
    return {w[:6] for w in _INNER_NAME.findall(s) if w[0].isupper() and not _SITE.fullmatch(w)}


def _goes_on(s: str, above: list[str]) -> bool:
    """The line names, inside its sentences, what the article's last paragraphs name ("… xác định các Social
    Object …" under paragraphs about "Social Object"): it goes on with the article's subject, a site's notice
    speaks of the site alone."""
    mine = _names(s)
    return bool(mine) and any(mine & _names(a) for a in above)


def site_notices(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """Sentences about the site outside the article's body (a maintenance note, terms of use, a prompt)."""
    cand = [i for i in range(len(lines)) if i not in bad and _notice(lines[i])]
    if not cand:
        return {}
    body = [i for i in _body(lines, bad) if i not in cand]
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    live = [i for i in range(len(lines)) if i not in bad]
    for i in cand:
        addressed = notice_text.addressed(lines[i], _ADDRESS)  # users reported on are not addressed (cpq102)
        if not body:
            ok = len(cand) >= 2 or addressed
            where = "on a page with no article text"
        elif i < body[0]:
            # above the title: a short line (the title) stands between it and the body
            between = [j for j in live if i < j < body[0]]
            ok = addressed or (bool(between) and all(not _sentence_like(lines[j]) for j in between)
                               and not any(j < i for j in live))  # a kept line above: the title (round 27d)
            # a sentence kept above it: the article's text began there, the line is its second paragraph speaking
            # of websites and their users (cp82: "Có thể xem DNS như một cuốn danh bạ …, người dùng …")
            ok = ok and not any(j < i and j not in out and _sentence_like(lines[j]) for j in live)
            where = "above the title"
        elif i > body[-1]:
            run = [j for j in cand if j > body[-1]]
            ok = (addressed or len(run) >= 2) and not _goes_on(lines[i], [lines[j] for j in body[-3:]]) \
                and not notice_text.same_subject(lines[i], [lines[j] for j in body[-3:]], _SITE)  # cpq102
            where = "after the article's last line"
        else:
            continue
        if ok:
            out[i] = ("boilerplate.site_notice", f"a sentence about the site itself {where}", {})
    if not body and len(out) >= 2:
        # a page whose only sentences speak of the site (an accessibility bar and a legal footer): its short
        # lines are the site's controls and menu items
        for i in live:
            s = lines[i].strip()
            if i not in out and word_count(s) <= 4 and s[-1:] not in _END:
                out[i] = ("boilerplate.site_notice", "a short line on a page whose only sentences are site notices", {})
    return out


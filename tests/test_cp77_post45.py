"""cp77, thirty-third session: held45's lost content and soft-break cuts, by class (issue 12).

Four classes read on held45's Russian pages after its blind run, each with made-up positives and the nearest content
or clutter shapes as negatives (no line is a benchmark page's):

* a chronicle's year headings, the page cut after the last heading (:func:`mtpipe.clean.profile_guards.year_heading`,
  ``_cut_heading``);
* a heading wrapped over a blank line: a name in capitals, a body's kind over its name in quotes, a short title going
  on in a prepositional phrase (:mod:`mtpipe.clean.softbreak_names`): one unit, and so no short line left alone for
  ``boilerplate.head_rubric`` to take;
* a line repeated in each item of a listing (a show's credits in a playbill): each item's own line, no copy
  (:mod:`mtpipe.clean.item_repeats`, rule ``guard.item_repeat``).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.item_repeats import RULE, item_repeats
from mtpipe.clean.profile_guards import year_heading
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_names import caps_gap, kind_and_name, quoted_name, ru_heading_goes_on
from mtpipe.document import Document
from mtpipe.segment import Segmenter

POLICIES = ("balanced", "weighed")

_P1 = ("В этом году школа переехала в новое двухэтажное здание на берегу реки, и в ней открылись шесть новых "
       "классов.")
_P2 = ("Первый выпуск школы состоялся весной, и двадцать два ученика получили в тот день аттестаты о среднем "
       "образовании.")
_P3 = ("Ученики и учителя своими руками заложили у здания большой яблоневый сад, который растёт у школы до сих "
       "пор.")


# --- a chronicle's year headings, the page cut after the last one -------------------------------------------------

@pytest.mark.parametrize("lines,at", [
    (["История школы", "1961 г.", _P1, "1962 г.", _P2, "1963 г."], (1, 3, 5)),  # cut after its third heading
    (["История школы", "1961 г.", _P1, "Вот первые учителя.", "1962 г."], (1, 4)),  # one section, then the cut
    (["Летопись села", "1950 год", _P1, "1951 год", _P2, "1952 год", _P3], (1, 3, 5)),  # whole: as before
])
def test_chronicle_headings_kept(lines, at):
    assert all(year_heading(lines, k) for k in at)


@pytest.mark.parametrize("lines,k", [
    (["Новости", "2019 год", _P1], 1),  # a post's stamp over its article: one year
    (["Новости", "2019 год", _P1, "© 2024"], 3),  # a footer's year, another form
    (["История", "1961 г.", _P1, "1960 г."], 3),  # running back
    (["История", "1961 г.", _P1, "1962 г.", "Контакты"], 3),  # no paragraph and not the page's last line
    (["История", "1961 г.", _P1, "1962 год"], 3),  # written otherwise than the heading above
    (["Архив", "2024", "2023", "2022"], 3),  # an archive's years: no paragraph under any
    (["Новости", "2024", _P1, "2023", _P2, "2022"], 5),  # a news list by year, newest first, cut
    (["Новости", "15.03.2024", _P1, "16.03.2024", _P2, "17.03.2024"], 5),  # a date per item: no year alone
])
def test_no_chronicle_heading(lines, k):
    assert not year_heading(lines, k)


def _kept(text: str, policy: str = "balanced") -> tuple[list[str], list[str]]:
    """The raw lines kept (by start) and the segments of a page."""
    doc = Document.from_text(text, doc_id="s/a.txt", path="s/a.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    gone = {e.start for e in doc.ledger if e.action == "removed"}
    out, pos = [], 0
    for line in doc.raw_text.split("\n"):
        if line.strip() and pos not in gone:
            out.append(line)
        pos += len(line) + 1
    return out, [s.source for s in doc.segments]


_SCHOOL = "\n\n".join([
    "История школы", "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ", "ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ", "«Основная школа с. Заречье»",
    "\n", "1961 г.", _P1 + " Учителей было восемь, директором назначили Петрова Ивана Сергеевича.",
    "Вот первые выпускники школы вместе со своими учителями.", "\n", "1962 г."])


@pytest.mark.parametrize("policy", POLICIES)
def test_a_school_history_keeps_its_heads(policy):
    kept, segs = _kept(_SCHOOL, policy)
    for line in ("1961 г.", "1962 г.", "«Основная школа с. Заречье»"):
        assert line in kept
    assert "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «Основная школа с. Заречье»" in \
        [" ".join(s.split()) for s in segs]


_LONG = (_P1 + " Учителей было восемь, директором назначили Петрова Ивана Сергеевича. Ученики сами носили парты, "
         "книги и карты из старого барака, а вечером пили чай в новом классе. Здание казалось дворцом: большие окна, "
         "просторные классы, широкий коридор и огромная пришкольная территория с садом и спортивной площадкой.")


@pytest.mark.parametrize("name", ["«Лицей № 2»", '"Основная общеобразовательная школа с. Заречье"'])
@pytest.mark.parametrize("policy", POLICIES)
def test_a_bodys_full_name_over_the_title_copy_stays(name, policy):
    """The page's head: its title, the body's name in capitals over lines with its name in quotes, the title again
    over the text.  Joined, the name is no line in capitals any more: ``boilerplate.head_rubric`` leaves it all the
    same (a body's kind and its quoted name, :func:`~mtpipe.clean.softbreak_names.kind_and_name`)."""
    text = "\n\n".join(["История школы", "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ", "ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ", name,
                         "\n\n", "История школы", "\n\n", "1961 г.", _LONG,
                         "Вот первые выпускники школы вместе со своими учителями.", "\n", "1962 г."])
    _, segs = _kept(text, policy)
    assert f"МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ {name}" in [" ".join(s.split()) for s in segs]
    assert "1961 г." in segs and "1962 г." in segs


# --- a heading wrapped over one blank line ------------------------------------------------------------------------

def _joined(text: str) -> list[str]:
    return [text[:k].rsplit("\n", 1)[-1] for k in soft_breaks(text)]


@pytest.mark.parametrize("cur,nxt", [
    ("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ", "ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ"),  # an adjective goes on
    ("ВЕРХОВНЫЙ СУД", "РОССИЙСКОЙ ФЕДЕРАЦИИ"),  # of whom
])
def test_caps_name_over_a_gap(cur, nxt):
    assert caps_gap(cur, nxt)
    assert _joined(f"{cur}\n\n{nxt}\n\nТекст начинается здесь и идёт дальше.") == [cur, ""]


@pytest.mark.parametrize("cur,nxt", [
    ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "АДМИНИСТРАЦИЯ СЕЛЬСКОГО ПОСЕЛЕНИЯ"),  # two bodies (Convention 6)
    ("О НАС", "КОНТАКТЫ"),  # two menu items in capitals
    ("ГЛАВНАЯ", "НОВОСТИ"),
])
def test_no_caps_name_over_a_gap(cur, nxt):
    assert not caps_gap(cur, nxt)
    assert _joined(f"{cur}\n\n{nxt}\n\nТекст начинается здесь и идёт дальше.") == []


@pytest.mark.parametrize("cur,nxt", [
    ("ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ", '"Средняя общеобразовательная школа № 2"'),
    ("ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ", "«Центр социального обслуживания населения»"),
    ("МУНИЦИПАЛЬНАЯ БИБЛИОТЕКА", "«Читай-город»"),
])
def test_a_bodys_kind_over_its_quoted_name(cur, nxt):
    assert quoted_name(cur, nxt)
    assert _joined(f"{cur}\n\n{nxt}\n\nТекст начинается здесь и идёт дальше.") == [cur, ""]
    assert _joined(f"{cur}\n{nxt}\n\nТекст начинается здесь и идёт дальше.") == [cur]


@pytest.mark.parametrize("cur,nxt", [
    ("ГРУППА «А»", "«Зенит» (Пенза)"),  # a heading closed by its own quote, a team under it
    ("ПОСЛЕДНИЕ НОВОСТИ", "«День знаний»"),  # no body's kind: a section over a story
    ("УЧРЕЖДЕНИЕ КУЛЬТУРЫ", "«Дом ремёсел»"),  # the kind not the line's last word
    ("ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ", "«Школа № 2» приглашает учеников на занятия"),  # goes on after the quote
    ("Общеобразовательное учреждение", "«Школа № 2»"),  # not in capitals
])
def test_no_quoted_name(cur, nxt):
    assert not quoted_name(cur, nxt)


@pytest.mark.parametrize("line,ok", [
    ("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ  ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ  «Лицей № 2»", True),
    ("МУНИЦИПАЛЬНАЯ БИБЛИОТЕКА «Читай-город»", True),
    ("НОВОСТИ «Город»", False),  # a section's name in capitals, no body's kind
    ("Лицей «Ступени»", False),  # not in capitals: a site's name over the title stays head_rubric's
    ("«Лицей № 2»", False),  # the name alone
])
def test_kind_and_name(line, ok):
    assert kind_and_name(line) is ok


@pytest.mark.parametrize("cur,nxt", [
    ("Прейскурант", "на ветеринарные услуги в 2025 году"),
    # ("Положение", "о конкурсе …") was here: a document's kind over its "о …" title is two units by Convention 25
    # (bnd68, thirty-seventh session; tests/test_softbreak_kinds68.py), a complement after a heading stays joined
    ("Тарифы", "на услуги связи в 2025 году"),
    ("Расписание занятий", "для учащихся начальной школы"),
])
def test_a_short_title_goes_on(cur, nxt):
    assert ru_heading_goes_on(cur, nxt)
    assert _joined(f"{cur}\n\n{nxt}\n\nТекст начинается здесь и идёт дальше.") == [cur, ""]


@pytest.mark.parametrize("cur,nxt", [
    ("ИЗВЕЩЕНИЕ", "о проведении аукциона на право заключения договора"),  # a document's kind in capitals
    ("Репортажи", "вызвать телевидение"),  # a menu's label, no preposition
    ("Содержание", "выращивание, посадка и уход"),  # a contents label over its item
    ("Прейскурант", "на услуги. Цены указаны в рублях"),  # a sentence goes on after it
    ("Новости района за неделю", "о главном"),  # four words: no short title
])
def test_no_short_title_going_on(cur, nxt):
    assert not ru_heading_goes_on(cur, nxt)


_PRICES = "\n\n".join([
    "Цены", "Прейскурант", "на ветеринарные услуги в 2025 году",
    "1 Консультация ветеринарного врача по вопросам кормления и содержания животного 900",
    "2 Первичный приём ветеринарного врача, осмотр животного и назначение лечения 1 100",
    "3 Повторный приём ветеринарного врача по результатам анализов и осмотра 700"])


def test_a_price_lists_title_stays_one_unit():
    kept, segs = _kept(_PRICES)
    assert "Прейскурант" in kept
    assert any(" ".join(s.split()) == "Прейскурант на ветеринарные услуги в 2025 году" for s in segs)


# --- a line repeated in each item of a listing -------------------------------------------------------------------

_CREDIT = "Режиссер-постановщик: народный артист республики Иван Петров."
_D1 = ("Весёлая сказка о том, как смелая девочка отправилась в зимний лес за подснежниками и встретила там "
       "двенадцать месяцев.")
_D2 = ("Комедия о хитром приживальщике, который поучает всех вокруг и ведёт бесконечные разговоры о "
       "нравственности и счастье.")
_BILL = ["12:00 ДВЕНАДЦАТЬ МЕСЯЦЕВ", _D1, _CREDIT, "В спектакле заняты: Анна Смирнова, Олег Лебедев.",
         "18:00 ФОМА ФОМИЧ", _D2, _CREDIT]


def _starts(lines: list[str]) -> list[int]:
    return [sum(len(x) + 1 for x in lines[:k]) for k in range(len(lines))]


def _copy(lines: list[str], j: int) -> tuple[str, str]:
    return "dedupe.exact", f"same as paragraph at {_starts(lines)[j]}"


def test_a_credit_repeated_per_show_comes_back():
    assert item_repeats(_BILL, _starts(_BILL), {6: _copy(_BILL, 2)}) == {6: (2, 4, 0)}


def test_an_address_repeated_per_event_comes_back():
    lines = ["15 марта Концерт хора", _D1, "Адрес: ул. Ленина, 5, Дом культуры.", "22 марта Вечер поэзии", _D2,
             "Адрес: ул. Ленина, 5, Дом культуры."]
    assert item_repeats(lines, _starts(lines), {5: _copy(lines, 2)}) == {5: (2, 3, 0)}


@pytest.mark.parametrize("lines,i,j", [
    # a related-stories list printing the same byline under each title: no paragraph of its own
    (["Treaty finalized to expand book access", "Post Tech | Hayley Tsukayama.",
      "Going Out Guide picks for the weekend", "Post Tech | Hayley Tsukayama."], 3, 1),
    # a "read more" link under each teaser: no statement
    (["12.03.2024 Новости школы", _D1, "Читать далее", "13.03.2024 Новости района", _D2, "Читать далее"], 5, 2),
    # a contact block printed twice: the same lines around both copies
    (["КОНТАКТЫ", _D1, "Адрес: ул. Ленина, 5, каб. 12.", "КОНТАКТЫ", _D1, "Адрес: ул. Ленина, 5, каб. 12."], 5, 2),
    # heads of different shape: a footer copy under a caps heading, the first under a timed item
    (["12:00 ДВЕНАДЦАТЬ МЕСЯЦЕВ", _D1, _CREDIT, "Подвал сайта", _D2, _CREDIT], 5, 2),
])
def test_copies_outside_a_listings_items_stay_removed(lines, i, j):
    assert item_repeats(lines, _starts(lines), {i: _copy(lines, j)}) == {}


def test_a_removed_head_or_line_between_keeps_the_copy_removed():
    removed = {6: _copy(_BILL, 2), 5: ("boilerplate.caption", None)}
    assert item_repeats(_BILL, _starts(_BILL), removed) == {}


@pytest.mark.parametrize("policy,bill", [
    ("weighed", _BILL),
    ("balanced", ["12:00 Двенадцать месяцев", *_BILL[1:4], "18:00 Фома Фомич", *_BILL[5:]]),
    ("weighed", ["12:00 Двенадцать месяцев", *_BILL[1:4], "18:00 Фома Фомич", *_BILL[5:]]),
])
def test_a_playbill_keeps_each_shows_credit(policy, bill):
    """(Under ``balanced`` a show's heading in capitals with its time goes as ``boilerplate.masthead``, and the
    take-back, which asks for both heads kept, has no items to read: the sentence-case heads stand for it there.)"""
    kept, _ = _kept("\n".join(bill) + "\n", policy)
    assert kept.count(_CREDIT) == 2
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text("\n".join(bill) + "\n", doc_id="s/b.txt"))
    assert any(e.rule == RULE and e.action == "kept" for e in doc.ledger)

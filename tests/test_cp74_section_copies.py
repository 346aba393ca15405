"""cp74, thirty-second session: a section's items printed again under another section's head are that section's items,
no copy (issue 12, ``mtpipe/clean/section_copies.py``).

The former blind parts lost, on the code each was first measured on, the items of a second section that repeat the
first section's items (a clinic's holiday hours under two kinds of clinic, a library's hours under two sets of days):
``dedupe.exact`` / ``dedupe.near`` kept the first print only.  The take-back keeps a copy that sits at the same place
under another kept head ending with ":" as its earlier print, the sections side by side, the text going on under it.
Negatives: a related-stories list printing each title twice, a menu repeating the breadcrumb, a lead copied into a
teaser under "Читайте также:", a list printed twice under one head, sections far apart or with removed lines between,
the run followed by removed lines.  The pages are written for these tests (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.section_copies import RULE, section_copies, section_head
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _starts(lines: list[str]) -> list[int]:
    return [sum(len(x) + 1 for x in lines[:k]) for k in range(len(lines))]


def _copy(lines: list[str], j: int, rule: str = "dedupe.exact") -> tuple[str, str]:
    what = "same as" if rule == "dedupe.exact" else "near duplicate of"
    return rule, f"{what} paragraph at {_starts(lines)[j]}"


@pytest.mark.parametrize("line,ok", [
    ("Thứ Bảy:", True), ("Детские поликлиники:", True), ("Часы работы в праздничные дни:", True),
    ("Thứ Bảy", False),  # no colon
    ("Так, в праздничные дни все учреждения здравоохранения района будут работать по особому графику:", False),
    ("10:", False),  # no letters
])
def test_section_head(line, ok):
    assert section_head(line) is ok


_A = "- 2 и 3 мая — с 9 до 15 часов по режиму работы субботнего дня, приём по записи;"
_B = "- 1, 4 и 9 мая — нерабочие праздничные и выходные дни, приём пациентов не ведётся."
_RU = ["Женские консультации:", _A, _B,
       "Детские поликлиники:", _A, _B,
       "Травмпункты:", _A, _B,
       "Телефоны регистратуры указаны на сайте каждой поликлиники."]


def test_each_sections_items_come_back():
    removed = {k: _copy(_RU, k - 3 if k < 6 else k - 6) for k in (4, 5, 7, 8)}
    got = section_copies(_RU, _starts(_RU), removed)
    assert sorted(got) == [4, 5, 7, 8] and got[4] == (1, 3, 0) and got[8] == (2, 6, 0)


def test_near_copies_under_other_days_come_back():
    lines = ["Thứ Hai - Thứ Sáu:", "+ Giờ mở cửa: 7 giờ 30", "+ Giờ đóng cửa: 17 giờ 00", "Thứ Bảy:",
             "+ Giờ mở cửa: 8 giờ 00", "+ Giờ đóng cửa: 11 giờ 30", "Chủ nhật nghỉ."]
    removed = {4: _copy(lines, 1, "dedupe.near"), 5: _copy(lines, 2, "dedupe.near")}
    assert sorted(section_copies(lines, _starts(lines), removed)) == [4, 5]


def test_a_copy_under_a_kept_first_item_comes_back():
    """The section's first item kept (another rule let it be), its second removed as a copy: still the section's."""
    assert section_copies(_RU, _starts(_RU), {5: _copy(_RU, 2), 8: _copy(_RU, 2)}) == {5: (2, 3, 0), 8: (2, 6, 0)}


def test_a_sub_heads_copy_under_another_head_comes_back():
    """Each head over blank-separated groups, a group's sub-head printed under both heads."""
    lines = ["в номинации «Лучший рисунок»:", "", "(возрастная группа 5-8 лет)", "1 место – Иванова Анна;",
             "2 место – Петров Олег.", "", "в номинации «Лучший рассказ»:", "", "(возрастная группа 5-8 лет)",
             "1 место – Сидоров Илья;", "2 место – Котова Мария."]
    assert section_copies(lines, _starts(lines), {8: _copy(lines, 2)}) == {8: (2, 6, 0)}


def test_the_last_section_at_the_pages_end_comes_back():
    lines = _RU[:6]
    assert sorted(section_copies(lines, _starts(lines), {4: _copy(lines, 1), 5: _copy(lines, 2)})) == [4, 5]


@pytest.mark.parametrize("lines,removed", [
    # a related-stories list printing each title twice (a link and its caption): no heads
    (["Новости района", "В селе открыли новую школу", "В селе открыли новую школу", "Дороги отремонтируют к осени",
      "Дороги отремонтируют к осени"], {2: ("dedupe.exact", "same as paragraph at 15"),
                                         4: ("dedupe.exact", "same as paragraph at 69")}),
    # a menu repeating the breadcrumb: no heads
    (["Главная", "Новости", "Общество", "Главная / Новости / Общество", "Главная", "Новости"],
     {4: ("dedupe.exact", "same as paragraph at 0"), 5: ("dedupe.exact", "same as paragraph at 8")}),
])
def test_copies_without_section_heads_stay_removed(lines, removed):
    assert section_copies(lines, _starts(lines), removed) == {}


_LEAD = "Власти района объявили о ремонте дорог в трёх сёлах до конца лета."
_TEASE = ["Ремонт дорог в районе", _LEAD, "Работы оплатит областной бюджет, подрядчик уже выбран.",
          "Читайте также:", _LEAD, "Комментарии:"]


def test_a_lead_copied_into_a_teaser_stays_removed():
    """The lead's print heads no section (its title ends with no ":"): the teaser's copy is no section's item."""
    assert section_copies(_TEASE, _starts(_TEASE), {4: _copy(_TEASE, 1), 5: ("boilerplate.menu", None)}) == {}


def test_a_list_printed_twice_under_one_head_stays_removed():
    lines = ["Читайте также:", "Дороги отремонтируют к осени", "Текст новости идёт здесь, длинный и связный.",
             "Читайте также:", "Дороги отремонтируют к осени", "Подписывайтесь на наш канал"]
    assert section_copies(lines, _starts(lines), {4: _copy(lines, 1)}) == {}


@pytest.mark.parametrize("extra", [
    {2: ("boilerplate.menu", None)},  # a line between the sections removed: not side by side
    {6: ("boilerplate.menu", None)},  # the run followed by removed furniture
    {3: ("boilerplate.region", None)},  # the copy's head removed
])
def test_no_take_back_without_the_evidence(extra):
    lines = _RU[:7] + ["Поделиться"]
    removed = {4: _copy(lines, 1), 5: _copy(lines, 2), **extra}
    assert section_copies(lines, _starts(lines), removed) == {}


def test_sections_far_apart_stay_removed():
    """A contact block printed under "Адрес:" in the text and again under "Контакты:" in the footer."""
    lines = ["Адрес:", "ул. Ленина, 5, каб. 12"] + [f"Абзац текста номер {k}, в нём слова и числа." for k in range(25)]
    lines += ["Контакты:", "ул. Ленина, 5, каб. 12"]
    assert section_copies(lines, _starts(lines), {len(lines) - 1: _copy(lines, 1)}) == {}


_PAGE = ["График работы поликлиник района в майские праздники", "",
         "Главный врач районной больницы сообщил, как будут работать медицинские учреждения в праздничные дни.", "",
         *_RU, "", "Экстренная помощь оказывается круглосуточно, вызвать скорую можно по номеру 103."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_pages_sections_keep_their_items(policy):
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join(_PAGE), doc_id="site/a.txt", path="site/a.txt"))
    for line in ("Детские поликлиники:", "Травмпункты:"):
        assert line in doc.text
    assert doc.text.count(_B) == 3
    assert doc.text.count(_A) == 3
    assert all(e.rule != RULE or e.action == "kept" for e in doc.ledger)
    # (today's ``dedupe`` carve-outs, ``structure.other_listing`` and ``_announces_other``, keep this page's items
    # already; the take-back is the net under them, measured on the start codes: benchmarks/notes/cp74.md)

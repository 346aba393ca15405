"""Cleaning, round 23d (issue 12, branch prec23): lines the cleaner removed from fresh real pages (the dev half of
``benchmarks/data/audit23``, judged one by one with ``benchmarks/removal_audit.py``), fixed as classes,
table-driven.  Every line here was written for the tests, none is an audit page's.  Each table holds the shape
that was lost (kept now) and the same shape as clutter (still removed):

* a short title that the lead paragraph below takes up and extends after a clause mark ("<title>, сообщает …")
  is the title, not a teaser cut off at a length (``guards.title_clause``, in ``dedupe.truncated_lead``);
* a short line in capitals after the article's last sentence that opens with a section number ("II. ОБЩИЕ
  ПОЛОЖЕНИЯ") is the document's numbered heading, not a footer's link heading (``guards.section_numbered``, in
  ``notices.caps_tail``);
* a short lower-case line "after the article" when a later line holds a sentence and goes on is the text's own
  line, the article has not ended (``guards.text_goes_on``, in ``edges.lower_case_edges``).

Found on audit23's held half after it was judged (post-hoc):

* an upper-case line opening with a section number and no other digit ("2. ОБЩИЕ ТРЕБОВАНИЯ") is a numbered
  heading, not a masthead with a date (``guards.numbered_title``, in ``boilerplate.masthead``);
* a lone capital closing a token ("ТестоВ": no-break spaces decoded in the wrong code page) is no second link
  label glued (``guards.one_letter_tail``, in ``notices.glued_crumbs``).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.guards import numbered_title, section_numbered, text_goes_on, title_clause
from mtpipe.clean.notices import glued_crumbs
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


# --- a title the lead extends ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,full,want", [
    ("Летом в городе откроют четыре новых бассейна для школьников",
     "Летом в городе откроют четыре новых бассейна для школьников, рассказали в управлении спорта.", True),
    ("Mùa hè này thành phố sẽ mở thêm bốn bể bơi cho học sinh",
     "Mùa hè này thành phố sẽ mở thêm bốn bể bơi cho học sinh – sở thể thao cho biết hôm thứ Hai.", True),
    ("Власти области утвердили программу ремонта сельских дорог",
     "Власти области утвердили программу ремонта сельских дорог: на неё выделят 2 млрд рублей.", True),
    # a cut at a length: the paragraph goes on with a word, not a clause mark
    ("Власти области утвердили программу ремонта сельских дорог на",
     "Власти области утвердили программу ремонта сельских дорог на ближайшие три года.", False),
    # a long teaser (more than 14 words) that happens to stop before a comma is still a cut
    ("Власти области на заседании правительства в понедельник утвердили долгожданную программу ремонта всех "
     "сельских дорог региона",
     "Власти области на заседании правительства в понедельник утвердили долгожданную программу ремонта всех "
     "сельских дорог региона, сообщает пресс-служба.", False),
    ("Другой заголовок", "Летом в городе откроют бассейн, рассказали в управлении.", False),
])
def test_title_clause_table(line, full, want):
    assert title_clause(line, full) is want


_TITLE = "Летом в областном центре откроют четыре новых бассейна для школьников"  # 60 characters or more
_LEAD = (f"{_TITLE}, рассказали в управлении спорта администрации. Первый из них примет детей уже в июне, "
         "остальные достроят к осени.")
_REST = ("Занятия будут бесплатными для учеников городских школ. Запись откроется на портале госуслуг за месяц до "
         "начала сезона.")


def test_title_extended_by_the_lead_is_kept():
    doc = _run(f"{_TITLE}\n\nФото: пресс-служба администрации\n\n{_LEAD}\n\n{_REST}\n")
    assert _TITLE not in _removed(doc)
    assert any(s.source.startswith("Летом в областном центре") and s.end <= len(_TITLE) + 1 for s in doc.segments)


def test_teaser_cut_at_a_length_still_goes():
    teaser = "Летом в областном центре откроют четыре новых бассейна для школьников, рассказали в управлении спор"
    doc = _run(f"{teaser}\n\n{_LEAD}\n\n{_REST}\n")
    # the copy rules that take a cut-off lead (``covered`` runs first and takes this one)
    assert _removed(doc).get(teaser) in ("dedupe.truncated_lead", "dedupe.covered")


# --- a numbered heading in capitals after the article's last sentence -----------------------------------------------

@pytest.mark.parametrize("line,want", [
    ("II. ОБЩИЕ ПОЛОЖЕНИЯ", True),
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("3. PHẠM VI ÁP DỤNG", True),
    ("2.1. ТРЕБОВАНИЯ", True),
    ("О КОМПАНИИ", False),
    ("LIÊN HỆ QUẢNG CÁO", False),
    ("2024 ГОД", False),  # a number without a stop after it is no section number
])
def test_section_numbered_table(line, want):
    assert section_numbered(line) is want


_ACT = ("Настоящий порядок определяет правила предоставления субсидий сельским клубам района. "
        "Порядок разработан в соответствии с уставом муниципального образования.\n\n"
        "Администрация района утверждает перечень получателей ежегодно до первого марта.\n\n")


@pytest.mark.parametrize("tail", ["II. ОБЩИЕ ПОЛОЖЕНИЯ", "III. ПОРЯДОК ПРЕДОСТАВЛЕНИЯ"])
def test_numbered_heading_after_the_text_is_kept(tail):
    doc = _run(f"{_ACT}{tail}\n\n2.1. Субсидия\n")
    assert tail not in _removed(doc)


@pytest.mark.parametrize("tail", ["О КОМПАНИИ", "КОНТАКТЫ РЕДАКЦИИ"])
def test_footer_heading_in_capitals_still_goes(tail):
    doc = _run(f"{_ACT}{tail}\n")
    assert _removed(doc).get(tail) == "boilerplate.caps_tail"


# --- a lower-case line when the article goes on below it ------------------------------------------------------------

@pytest.mark.parametrize("lines,i,bad,want", [
    (["Первая фраза статьи здесь.", "дальше видим вот что", "Это не работает как надо. Поэтому я сделал иначе и "
      "написал свой вариант:"], 1, set(), True),
    (["Первая фраза статьи здесь.", "самых читаемых новостей"], 1, set(), False),  # nothing after it
    (["Первая фраза статьи здесь.", "ваш профиль", "Новости Спорт Погода Курсы валют Гороскоп Телепрограмма "
      "Афиша Кино"], 1, set(), False),  # a long line, but no sentence inside: a menu bar
    (["Первая фраза статьи здесь.", "ваш профиль", "Это не работает как надо. Поэтому я сделал иначе и написал "
      "свой вариант:"], 1, {2}, False),  # the line after was removed
])
def test_text_goes_on_table(lines, i, bad, want):
    assert text_goes_on(lines, i, bad) is want


_POST = ("Поставил плеер на сайт и решил защитить видео от копирования. Нашёл в сети готовый способ защиты "
         "ссылок и начал его внедрять.\n"
         "Оказалось, что способ очень сырой и обходится за полминуты. Причина в самой ссылке на файл.\n")


def test_lower_case_line_inside_a_post_is_kept():
    line = "сначала берём обычный адрес"
    doc = _run(f"{_POST}{line}\n"
               "Так делать нельзя, если не шифровать адреса. Поэтому я переписал скрипт и сделал адрес вот таким:\n")
    assert line not in _removed(doc)


def test_lower_case_widget_tail_still_goes():
    line = "самых читаемых новостей"
    doc = _run(f"{_POST}{line}\n")
    assert _removed(doc).get(line) == "boilerplate.lower_edge"


# --- post-hoc (audit23 held): a numbered heading in capitals is no masthead; a lone capital closing a token -----------

@pytest.mark.parametrize("line,want", [
    ("2. ОБЩИЕ ТРЕБОВАНИЯ", True),
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    ("1. MÁY TÍNH BỊ ĐƠ, BỊ ĐỨNG HÌNH", True),
    ("1. ВЫПУСК ОТ 12.03.2024", False),  # a date after the number
    ("ВЕЧЕРНИЙ ВЕСТНИК 12.03.2024", False),
])
def test_numbered_title_table(line, want):
    assert numbered_title(line) is want


@pytest.mark.parametrize("head", ["2. ОБЩИЕ ТРЕБОВАНИЯ", "1. MÁY TÍNH BỊ ĐƠ, BỊ ĐỨNG HÌNH"])
def test_numbered_heading_is_no_masthead(head):
    text = ("Dưới đây là các lỗi máy tính thường gặp và cách khắc phục từng lỗi một cách đơn giản nhất.\n\n"
            f"{head}\n\nMáy bị đơ là lỗi thường gặp sau khi sử dụng trong thời gian dài. Khi đó màn hình đứng yên.\n")
    assert head not in _removed(_run(text))


def test_masthead_with_a_date_still_goes():
    head = "ВЕЧЕРНИЙ ВЕСТНИК ВТОРНИК 12.03.2024"
    text = (f"{head}\n\nВ городе открыли новый мост через реку после двух лет ремонта. Движение по нему "
            "запустили утром.\n\nМост соединил два района города.\n")
    assert _removed(_run(text)).get(head) == "boilerplate.masthead"


@pytest.mark.parametrize("line,want", [
    ("ТестоВ", False),  # a code-page artifact closing the word
    ("Соль по вкусуВ", False),
    ("ГлавнаяНовости", True),  # labels glued: still a breadcrumb
    ("НовостиВ мире", True),  # the capital opens a word of its own: labels glued
])
def test_one_letter_tail_in_crumbs(line, want):
    assert glued_crumbs(line) is want


def test_code_page_artifact_is_no_breadcrumb():
    text = ("Рецепт пирога с капустой.В\nОчень простой и вкусный пирог, который я пеку много лет подряд.В\n"
            "ТестоВ\nМолоко — 350 миллилитровВ\nМасло — 100 граммовВ\n")
    assert _removed(_run(text)).get("ТестоВ") != "boilerplate.glued_crumbs"

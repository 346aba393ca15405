"""cp83: lines the cleaner took from cleaned Russian news articles (ng.ru, russian.rt.com), as classes (issue 12).

Classes of content removed from cp83's Russian sample (benchmarks/notes/cp83.md):

* a poem's refrain, a reply or stage direction said twice in a sketch, a song line sung again, taken as copies
  (``dedupe.exact``, ``dedupe.contained``): :mod:`mtpipe.clean.refrains`;
* a section's subheading of two capitalised words whose first is a participle, an adjective or a plural
  ("Предсказуемая Польша", "Кровавый Пастор", "Приоритеты России") read as a bare personal name
  (``boilerplate.byline``): :func:`mtpipe.clean.signoff.not_a_name`.

The lines are made up in those shapes; negatives are the nearest clutter: a menu printed twice, an embedded post's
"— Name (@handle)" line, a prose paragraph copied, bylines and captions of real names ("Анна Толстая", "Юрий
Грановский", "Толстая Татьяна").
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.refrains import verse_line
from mtpipe.clean.signoff import not_a_name
from mtpipe.document import Document


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _live(lines: list[str]):  # type: ignore[no-untyped-def]
    return lambda j: lines[j] if 0 <= j < len(lines) else None


_POEM = ["Над рекою тихо тает,", "Светлый дым вечерних рос,", "И над полем пролетает",
         "Песня старых наших кос.", "Ветер дует над водою,", "Гонит тучи над горой,",
         "Песня старых наших кос.", "Долго слышится порой."]
_SKETCH = ["– Вы к нам надолго?", "– На неделю. А что?", "– (Устало.) Ничего.", "Смотрит в окно.",
           "– Так у вас есть свободный номер?", "– (Устало.) Ничего.", "– Я же спросила про номер!",
           "Смотрит в окно."]


@pytest.mark.parametrize("lines,k", [(_POEM, 6), (_SKETCH, 5), (_SKETCH, 7)])
def test_a_refrain_in_verse_or_dialogue_is_no_copy(lines, k):
    assert verse_line(_live(lines), k)


def test_verse_lines_the_soft_break_joined_count_as_verse():
    joined = ["Ветер дует над водою, Гонит тучи над горой.", "Долго слышится порой,",
              "Песня старых наших кос.", "И над полем пролетает, Светлый дым вечерних рос."]
    assert verse_line(_live(joined), 2)


@pytest.mark.parametrize("lines,k", [
    # a menu printed at the head and the foot: short lines, no punctuation at their ends
    (["Новости региона", "Главные события дня", "Афиша и культура", "Спорт и отдых", "Новости региона"], 4),
    # an embedded post's author line under its text
    (["– Это было очень смешно, – написал он.", "Democrats are holding our Military hostage",
      "— Donald J. Trump (@realDonaldTrump)", "20 января 2018 г.", "– Ответ последовал сразу."], 2),
    # a prose paragraph repeated among prose paragraphs
    (["Правительство утвердило новую программу развития транспорта на ближайшие пять лет, сообщили в ведомстве.",
      "По словам министра, основная часть средств пойдет на ремонт региональных дорог и мостов.",
      "Программа будет пересмотрена в следующем году.",
      "Эксперты считают, что объем финансирования недостаточен для решения всех задач отрасли.",
      "Часть проектов перенесена на более поздний срок из-за роста цен на материалы."], 2),
])
def test_copies_outside_verse_are_still_copies(lines, k):
    assert not verse_line(_live(lines), k)


def test_a_poem_keeps_its_refrain_and_a_sketch_its_replies():
    text = "Песня у реки\n\n" + "\n".join(_POEM) + "\n\n" + "\n".join(_SKETCH) + "\n"
    doc = _clean(text)
    kept = apply_ledger(doc.raw_text, doc.ledger)
    assert kept.count("Песня старых наших кос.") == 2
    assert kept.count("– (Устало.) Ничего.") == 2
    assert kept.count("Смотрит в окно.") == 2


def test_a_paragraph_printed_twice_still_loses_its_copy():
    para = ("Правительство утвердило новую программу развития транспорта на ближайшие пять лет, сообщили "
            "в пресс-службе ведомства в понедельник.")
    text = ("Новая программа\n\n" + para + "\nПо словам министра, основная часть средств пойдет на ремонт дорог.\n"
            "Эксперты считают, что объем финансирования недостаточен для решения всех задач.\n" + para + "\n")
    doc = _clean(text)
    kept = apply_ledger(doc.raw_text, doc.ledger)
    assert kept.count(para) == 1


@pytest.mark.parametrize("line", ["Предсказуемая Польша", "Кровавый Пастор", "Приоритеты России",
                                  "Новые Правила", "Растущая Угроза", "Мировое Сообщество"])
def test_a_subheading_of_an_adjective_or_plural_is_no_name(line):
    assert not_a_name([line], 0, "ru", set())


@pytest.mark.parametrize("line", ["Анна Толстая", "Юрий Грановский", "Толстая Татьяна", "Дмитрий Донской",
                                  "Мария Захарова", "Андрей Белый", "Ирина Раевская"])
def test_real_names_are_still_names(line):
    assert not not_a_name([line], 0, "ru", set())


def test_a_subheading_under_a_photo_credit_stays_and_a_caption_name_goes():
    text = ("Почему Варшава меняет курс\n\n"
            "Польша представила новую программу внешней политики, основной упор в ней сделан на безопасность.\n"
            "Глава МИД Польши Збигнев Рау\n"
            "Reuters\n"
            "Предсказуемая Польша\n"
            "Первой новую программу представила Варшава, документ обсуждали в парламенте две недели.\n"
            "Эксперты считают, что программа не изменит отношений с соседями в ближайшие годы.\n")
    doc = _clean(text)
    kept = apply_ledger(doc.raw_text, doc.ledger)
    assert "Предсказуемая Польша" in kept


_CASES = [
    "Hôm nay ghi nhận 3 ca mắc mới, đều là các ca nhập cảnh được cách ly ngay.",
    "- CA BỆNH 101 (BN101): Bệnh nhân nam, 30 tuổi, địa chỉ tại tỉnh Bắc Ninh.",
    "Ngày 20/4, bệnh nhân từ Nhật Bản nhập cảnh Sân bay Nội Bài trên chuyến bay JL751 và được cách ly ngay sau khi "
    "nhập cảnh. Kết quả xét nghiệm ngày 21/4 dương tính với SARS-CoV-2.",
    "- CA BỆNH 102 (BN102): Bệnh nhân nữ, 41 tuổi, địa chỉ tại quận Đống Đa, Hà Nội.",
    "Ngày 20/4, bệnh nhân từ Nhật Bản nhập cảnh Sân bay Nội Bài trên chuyến bay VN311 và được cách ly ngay sau khi "
    "nhập cảnh. Kết quả xét nghiệm ngày 21/4 dương tính với SARS-CoV-2.",
    "- CA BỆNH 103 (BN103): Bệnh nhân nam, 27 tuổi, địa chỉ tại tỉnh Nghệ An.",
    "Tổng số người tiếp xúc gần đang được theo dõi sức khỏe là 40.846 người.",
]


def test_a_record_with_its_own_flight_code_is_not_covered_by_the_next():
    from mtpipe.clean.body_guards import run_together
    from mtpipe.clean.lines import dedupe_key

    keys = [dedupe_key(x) for x in _CASES]
    assert not run_together(keys[2], keys[3:6])
    doc = _clean("Thêm 3 ca mắc mới\n\n" + "\n".join(_CASES) + "\n")
    kept = apply_ledger(doc.raw_text, doc.ledger)
    assert "chuyến bay JL751" in kept and "chuyến bay VN311" in kept


def test_a_lead_running_its_paragraphs_together_still_runs_together():
    from mtpipe.clean.body_guards import run_together
    from mtpipe.clean.lines import dedupe_key

    lead = dedupe_key("Ngày 20/4, Bộ Y tế cho biết có 12 ca mắc mới. Trong đó 10 ca nhập cảnh được cách ly ngay sau khi nh")
    follow = [dedupe_key("Ngày 20/4, Bộ Y tế cho biết có 12 ca mắc mới."),
              dedupe_key("Trong đó 10 ca nhập cảnh được cách ly ngay sau khi nhập cảnh tại Hà Nội và Khánh Hòa.")]
    assert run_together(lead, follow)


@pytest.mark.parametrize("line", [
    # an interview's question: a dash, then two sentences or more, one of them addressing the speaker
    "— Спортивное сообщество задает нам много вопросов. Например, о новых правилах. Что вы об этом думаете?",
    "– Ваш канал смотрят миллионы. Как вы выбираете темы для выпусков?",
    # a quoted forum post calling people scoundrels ("канальи") is no channel
    "~ivan: «Вы канальи, вы все врете». Так писал один из читателей после суда.",
    "Вы слышали о канализации? Этот вопрос жители задают мэрии уже год.",
])
def test_speech_and_other_words_are_no_join_prompt(line):
    from mtpipe.clean.controls import prompt

    assert not prompt(line)


@pytest.mark.parametrize("line", [
    "Подписывайтесь на наш канал, чтобы вы первыми узнавали новости.",
    "— Подписывайтесь на наш Telegram-канал, там вы найдете все новости.",
    "Присылайте свои новости в редакцию, мы опубликуем их на сайте.",
    "Вы можете подписаться на рассылку новостей сайта.",
])
def test_join_prompts_still_go(line):
    from mtpipe.clean.controls import prompt

    assert prompt(line)


def test_a_sidebar_byline_under_cut_teasers_is_no_verse():
    lines = ["Video: Meet the new mayor of the city...", "WorldViews | Max Fisher", "Why I just got called out by North...",
             "WorldViews | Max Fisher", "Why now is the perfect time for...", "WorldViews | Max Fisher"]
    assert not verse_line(_live(lines), 3) and not verse_line(_live(lines), 5)

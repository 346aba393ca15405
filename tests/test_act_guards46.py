"""cp46, twenty-third session: an act's article taking up its title, a Q&A page's answers counter, a forum's BBCode
tags and a failed image's placeholder text (``mtpipe.clean.act_guards``, ``mtpipe.clean.labels``,
``mtpipe.clean.controls``).

Read on train31 (a dev part of pages of new kinds: an event announcement, a match report, a storm warning, court news,
a travel guide, a Q&A answer, an admission decision, company news): a college's decision whose "Điều 1. Ban hành Quy
chế tuyển sinh …" ``dedupe.near`` took for a copy of the page title "Quyết định ban hành Quy chế tuyển sinh …" (the
one content line lost), and three lines left: "Ответы на вопрос (1):" above a legal answer, "[/quote]" after it,
"Изображение не найдено" under a match report.  The page titles below are real ones of decision pages (found with
the search tool: amdbentre.vn, daotao.tump.edu.vn, hvuh.edu.vn); the placeholder text is what real sites print as an
image's alt text.  Negatives of the same shape: a copy that carries the marker too, "Điều kiện …" and "Статья о …"
(the word, no marker), "Ответ: 42", a sentence with counts, text wrapped in BBCode, a footnote "[1] …", a cut mark
"[…]", a sentence about a missing image."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.act_guards import article_heading, article_mark
from mtpipe.clean.controls import markup
from mtpipe.clean.labels import comment_counters
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _clean(lines: list[str], policy: str) -> Document:
    text = "\n".join(lines)
    return Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))


def _removed(doc: Document) -> dict[str, str]:
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("first,later,want", [
    # t31vi06's shape: the page title, then the decision's first article taking up its words
    ("Quyết định ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp tại Trường Cao đẳng Công nghệ Thủ Đức",
     "Điều 1. Ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp tại trường Cao đẳng Công nghệ Thủ Đức.", True),
    ("Quyết định ban hành Quy chế Quản lý \"Quỹ vật tư xoay vòng\"",
     "Điều 1. Ban hành Quy chế Quản lý \"Quỹ vật tư xoay vòng\".", True),
    ("Quyết định ban hành khung chương trình BSNT Nội và khung chương trình kèm theo",
     "ĐIỀU 1. Ban hành khung chương trình BSNT Nội và khung chương trình kèm theo.", True),
    ("Обеспечение инвалидов жильем", "Статья 17. Обеспечение инвалидов жильем", True),
    ("Общие положения о порядке приема", "Глава I. Общие положения о порядке приема", True),
    ("Phạm vi điều chỉnh và đối tượng áp dụng", "Khoản 2: Phạm vi điều chỉnh và đối tượng áp dụng", True),
    # no marker, or both carry one: a copy, or two articles of one act
    ("Điều 1. Phạm vi điều chỉnh", "Điều 2. Phạm vi điều chỉnh", False),
    ("Điều kiện tuyển sinh năm 2024", "Điều kiện tuyển sinh năm 2025", False),
    ("Статья о вреде курения", "Статья о пользе курения", False),
    ("Пункт выдачи заказов открыт", "Пункт 5 выдачи заказов открыт", False),  # a number, no stop: no marker
    ("Статья 328 ГПК РФ. Полномочия суда", "Статья 328 ГПК РФ. Полномочия суда апелляционной инстанции", False),
])
def test_article_heading_table(first, later, want):
    assert article_heading(first, later) is want


def test_article_mark_unit():
    assert article_mark("Điều 12. Hiệu lực thi hành") and article_mark("  Статья 2.1. Термины")
    assert article_mark("Article 5. Definitions") and article_mark("Chương II. QUY ĐỊNH CỤ THỂ")
    assert not article_mark("Điều này được quy định tại khoản 2.") and not article_mark("Глава района А.В. Петров")


_VI_DECISION = [
    "Quyết định ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp tại Trường Cao đẳng Công nghệ Thủ Đức", "",
    "QUYẾT ĐỊNH", "", "Ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp", "tại Trường Cao đẳng Công nghệ Thủ Đức",
    "", "Căn cứ Thông tư số 05/2017/TT-BLĐTBXH ngày 02/03/2017 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy "
    "định quy chế tuyển sinh và xác định chỉ tiêu tuyển sinh trình độ trung cấp, cao đẳng;", "",
    "Xét đề nghị của Trưởng phòng Quản lý Đào tạo,", "", "QUYẾT ĐỊNH:", "",
    "Điều 1. Ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp tại trường Cao đẳng Công nghệ Thủ Đức.", "",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng trong công tác tuyển sinh trình độ cao đẳng, trung "
    "cấp của Trường từ năm học 2018 - 2019."]


@pytest.mark.parametrize("policy", POLICIES)
def test_the_first_article_taking_up_the_title_stays(policy):
    removed = _removed(_clean(_VI_DECISION, policy))
    assert _VI_DECISION[13] not in removed, removed


@pytest.mark.parametrize("policy", POLICIES)
def test_a_plain_second_print_of_the_title_still_goes(policy):
    copy = _VI_DECISION[0] + "."
    lines = _VI_DECISION[:13] + [copy] + _VI_DECISION[14:]
    assert _removed(_clean(lines, policy)).get(copy) in ("dedupe.near", "dedupe.exact")


_P1 = ("Для этого Вам нужно встать на учет в администрации муниципального образования как семья, нуждающаяся в "
       "улучшении жилищных условий.")
_P2 = "Инвалиды и семьи, имеющие детей-инвалидов, принимаются на учет и обеспечиваются жилыми помещениями."


@pytest.mark.parametrize("line,want", [
    ("Ответы на вопрос (1):", True),  # t31ru06
    ("Ответы (3)", True),
    ("Ответов (0)", True),
    ("Câu trả lời (2)", True),
    ("Các câu trả lời [4]", True),
    ("Trả lời (12)", True),
    ("Answers (3)", True),
    # same words, content: one answer with its value, a sentence with counts, a heading with no count
    ("Ответ: 42", False),
    ("Ответ (1)", False),
    ("Ответы (2) и (3) верны.", False),
    ("Ответы на вопросы читателей", False),
    ("Trả lời câu hỏi số 3 (phần 2)", False),
])
def test_answers_counter_table(line, want):
    got = comment_counters(["Можно ли получить жилье семье с ребенком-инвалидом?", _P1, line, _P2], set())
    assert (2 in got) is want, (line, got)


@pytest.mark.parametrize("line,want", [
    ("[/quote]", True),  # t31ru06
    ("[quote=Админ]", True),
    ('[quote="Ivan Petrov"]', True),
    ("[img]http://forum.example.ru/uploads/a.jpg[/img]", True),
    ("[/spoiler]", True),
    ("[hr]", True),
    ("Изображение не найдено", True),  # t31ru02
    ("Фото не найдено.", True),
    ("Нет изображения", True),
    ("Image not found", True),
    ("No image available", True),
    ("Không tìm thấy hình ảnh", True),
    # text in tags, a footnote, a cut mark, a rubric in brackets, sentences about a missing image
    ("[b]Важно![/b]", False),
    ("[url=http://school.example.ru]Сайт школы[/url]", False),
    ("[1] Иванов И. И. История края. М., 1999.", False),
    ("[…]", False),
    ("[Видео]", False),
    ("Изображение не найдено по пути, указанному в настройках.", False),
    ("Không có hình ảnh nào đẹp hơn thế", False),
])
def test_markup_table(line, want):
    assert markup(line) is want


@pytest.mark.parametrize("policy", POLICIES)
def test_answers_counter_and_bbcode_go_the_answer_stays(policy):
    lines = ["Можно ли получить государственное жилье семье с инвалидным ребенком в маленьком хуторе?", "",
             "Я живу в маленьком хуторе с двумя детьми, один из них инвалид. Могу ли я получить от государства жильё?",
             "", "Ответы на вопрос (1):", "", "Добрый день!", "", "Да, можно. " + _P1, "", "[/quote]", "", _P2]
    removed = _removed(_clean(lines, policy))
    assert {"Ответы на вопрос (1):", "[/quote]"} <= set(removed), removed
    assert not {"Добрый день!", "Да, можно. " + _P1, _P2} & set(removed), removed

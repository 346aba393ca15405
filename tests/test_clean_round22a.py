"""Cleaning, round 22a (issue 12, branch prec22): lines the cleaner removed from clean running text (the dev half of
the precision probe ``benchmarks/data/cleanprobe``), fixed as classes, table-driven.  Every line here was written for
the tests, none is the probe's.  Each table holds the shape that was lost (kept now) and the same shape as clutter
(still removed):

* a line of sentences whose first is a full sentence naming no site and addressing no reader, then mentioning a
  site, is the text, not a site notice (``guards.text_first``);
* a one-letter word glued to the next ("вКрыму") is a lost space, not two link labels glued
  (``guards.one_letter_glue``);
* short lines above the text that all end with a sentence stop are an announcement's own lines, not a header region
  (``guards.all_stopped``);
* an all lower-case line whose first clause holds five words or more is a sentence without capitals, not a tag
  (``guards.long_clause``);
* a caption label is a whole word: "cảnh giác: …" holds "ảnh" and a colon and is a sentence (``features.is_caption``);
* a line of eight words or more with a comma and stylised capitals is a sentence, not labels glued
  (``guards.clause_sentence``).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.features import is_caption
from mtpipe.clean.guards import all_stopped, clause_sentence, long_clause, one_letter_glue, text_first
from mtpipe.clean.notices import _ADDRESS, _SITE, glued_crumbs
from mtpipe.document import Document
from mtpipe.segment import Segmenter



def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line,want", [
    ("Билеты на матч продаются в кассах стадиона с понедельника по пятницу. Расписание игр есть на сайте клуба.", True),
    ("Сайт работает в тестовом режиме. Об ошибках сообщайте редакции.", False),  # the first sentence names the site
    ("Уважаемые читатели, просим вас быть внимательнее к комментариям. Правила есть на сайте.", False),  # addresses
    ("Это короткая фраза. Подробнее на сайте.", False),  # a first sentence of four words
    ("Одна фраза без второго предложения и без упоминания ничего такого", False),
])
def test_text_first_table(line, want):
    assert text_first(line, _SITE, _ADDRESS) is want


@pytest.mark.parametrize("line,want", [
    ("Отдых вКрыму", False),  # a lost space after a one-letter word
    ("Прогулка сДрузьями", False),
    ("ГлавнаяНовости", True),  # labels glued: a breadcrumb
    ("Главная вРоссииНовости", True),  # a second glue point still counts
])
def test_one_letter_glue_in_crumbs(line, want):
    assert glued_crumbs(line) is want


@pytest.mark.parametrize("line,want", [
    ("Моя маленькая, моя милая и моя прЫнцЭссу с днём рождения поздравляю", False),  # a sentence, stylised
    ("ГлавнаяНовостиПолитика", True),
    ("Главная, НовостиПолитика", True),  # a comma, but three words: a breadcrumb
])
def test_clause_sentence_in_crumbs(line, want):
    assert glued_crumbs(line) is want
    assert clause_sentence(line) is (not want)


@pytest.mark.parametrize("line,want", [
    ('Ông Tư vẫn cảnh giác: "mùa này cá hiếm lắm, cả buổi chỉ được vài con".', False),  # "ảnh" inside a word
    ("Người dân bình tĩnh trước cảnh báo: nước sẽ rút vào chiều mai.", False),
    ("Ảnh: Minh Hoàng", True),
    ("Cầu Rồng về đêm. Ảnh Tuổi Trẻ", True),
    ("Фото: пресс-служба", True),
    ("Фотограф рассказал о съёмке: всё было просто.", False),
])
def test_caption_label_is_a_word(line, want):
    assert is_caption(line) is want


@pytest.mark.parametrize("token,cut,want", [("вКрыму", 1, True), ("ВКрыму", 1, False), ("новостиСпорт", 7, False)])
def test_one_letter_glue_table(token, cut, want):
    assert one_letter_glue(token, cut) is want


@pytest.mark.parametrize("lines,want", [
    (["Занятия для детей 5+ и родителей!", "Младшая группа (6+) - 10:00 - 12:00.", "Приходите, будет весело!"], True),
    (["Мы открылись.", "Ждём вас «в гости»!"], True),
    (["Главная", "Новости.", "Контакты"], False),  # menu items, one with a stop
    ([], False),
])
def test_all_stopped_table(lines, want):
    assert all_stopped(lines) is want


@pytest.mark.parametrize("line,want", [
    ("мэр пообещал починить все дороги района, но позже", True),
    ("новости москвы, дороги, транспорт", False),  # a tag list: short clauses
    ("дороги и транспорт", False),
    ("ремонт дорог в нашем большом районе", False),  # a tag phrase: no clause after a comma
    ("ремонт дорог в нашем большом районе,", False),
    ("date 2024-05-01 Мэр пообещал починить все дороги", False),  # a capital inside: not a lower-case sentence
])
def test_long_clause_table(line, want):
    assert long_clause(line) is want


_ARTICLE = ("В городе открылся новый парк площадью двенадцать гектаров, в нём высадили более тысячи деревьев.\n"
            "Работы по благоустройству шли два года и обошлись бюджету в сто миллионов рублей.\n"
            "Жители района давно просили администрацию о новом месте для прогулок с детьми.\n")


def test_text_mentioning_a_site_is_kept_and_a_notice_goes():
    text = ("Билеты на концерт продаются в кассах театра с понедельника по пятницу. "
            "Полное расписание спектаклей вы найдете на официальном сайте театра.\n")
    assert not _removed(_run(text))
    notice = "Сайт работает в тестовом режиме. Обо всех ошибках вы можете сообщить редакции.\n"
    got = _removed(_run("Новый парк\n" + _ARTICLE + notice))
    assert got.get(notice.strip()) == "boilerplate.site_notice"


def test_one_letter_glue_kept_and_a_glued_menu_goes():
    text = _ARTICLE + "Отдых вКрыму\n"
    assert "Отдых вКрыму" not in _removed(_run(text))
    got = _removed(_run(_ARTICLE + "Отдых НовостиСпорт\n"))
    assert got.get("Отдых НовостиСпорт") == "boilerplate.glued_crumbs", got


def test_announcement_lines_kept_and_a_header_menu_goes():
    head = ["Для детей 5+ и родителей!", "Младшая группа (6+) - 10:00 - 12:00.", "С нами весело!"]
    link = "Подробности и запись: http://example.org/zapis."  # a link line (removed): the region's evidence
    text = "\n".join(["Суббота, 12 октября: мастерская «Осенние поделки»", head[0], link] + head[1:] + ["Новый парк"]) \
        + "\n" + _ARTICLE
    got = _removed(_run(text))
    assert not any(h in got for h in head), got
    menu = ["Главная", "Новости", "Подробнее: http://example.org/zapis", "Контакты"]
    got = _removed(_run("\n".join(["Городские новости"] + menu + ["Новый парк"]) + "\n" + _ARTICLE))
    assert "Главная" in got and "Контакты" in got, got


def test_lower_case_sentence_kept_and_a_tag_goes():
    line = "мэр пообещал починить все дороги района, но позже"
    got = _removed(_run("Новый парк\n" + _ARTICLE + line + "\n"))
    assert line not in got, got
    got = _removed(_run("Новый парк\n" + _ARTICLE + "дороги и транспорт\n"))
    assert got.get("дороги и транспорт") == "boilerplate.lower_edge", got


def test_sentence_with_a_caption_look_alike_kept_and_a_caption_goes():
    vi = ("Hồ chứa nước đầu nguồn đã đầy sau ba ngày mưa lớn liên tiếp ở vùng núi.\n"
          'Ông Tư vẫn cảnh giác: "mùa này cá hiếm lắm, cả buổi chỉ được vài con".\n'
          "Chính quyền xã đã cử người trực đêm tại các điểm xung yếu dọc bờ sông.\n")
    assert not _removed(_run(vi))
    got = _removed(_run(vi + "Ảnh: Minh Hoàng\n"))
    assert got.get("Ảnh: Minh Hoàng") in ("boilerplate.caption", "boilerplate.credit"), got

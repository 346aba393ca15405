"""clut90 (issue 12): a widget's empty counter, an editors' disclaimer, a medical reviewer's credit, a patronymic cut
off its name (:mod:`mtpipe.clean.widget_notes90`), and HTML entities before a tag (``boilerplate.markup``).

Positives are made up in the shapes dev left (h14ru05, t31ru02, h18ru08, t28vi68, h21ru07, h23vi24); negatives are
the content lines of the nearest shapes (a medal table's "0 медалей", a sentence naming the editors, a name in a
sentence, text with entities)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, widget_notes90 as W
from mtpipe.document import Document
from mtpipe.clean.controls import markup


@pytest.mark.parametrize("s", ["0 шт.", "www.example.ru Web 0 товаров , сумма 0 руб.", "Показать 0 рецептов",
                               "Giỏ hàng: 0 sản phẩm", "Cart 0 items"])
def test_zero_counter(s):
    assert W.zero_counter(s)


@pytest.mark.parametrize("s", ["Горнолыжный спорт: 0 медалей", "Roger Federer - 0 Grand slams.", "10 товаров",
                               "0,5 шт.", "Температура 0 градусов", "0x402560 товаров",
                               "Магазин продал 0 товаров за первый день работы после открытия, сообщил директор "
                               "сети в разговоре с журналистами"])
def test_not_zero_counter(s):
    assert not W.zero_counter(s)


@pytest.mark.parametrize("s", [
    "Это личный блог. Редакция не причастна к его созданию и может не разделять мнение автора",
    "Мнение редакции может не совпадать с мнением автора",
    "Точка зрения автора может не совпадать с позицией редакции.",
    "(Bài viết thể hiện quan điểm riêng của tác giả)",
    "Nội dung không nhất thiết phản ánh quan điểm của tòa soạn."])
def test_editor_disclaimer(s):
    assert W.editor_disclaimer(s)


@pytest.mark.parametrize("s", ["Редакция газеты не смогла дозвониться до мэра.",
                               "Редакция журнала сообщила, что номер может не выйти в срок.",
                               "Мнение автора статьи совпадает с мнением большинства экспертов.",
                               "Tác giả bày tỏ quan điểm về vấn đề giáo dục.",
                               "Редакция " + "очень " * 50 + "может не разделять мнение автора"])
def test_not_editor_disclaimer(s):
    assert not W.editor_disclaimer(s)


@pytest.mark.parametrize("s", ["Bài viết được tư vấn Y khoa bởi BS Nguyễn Văn An - Bệnh viện Đa khoa",
                               "Tham vấn y khoa: ThS.BS Trần Thị Bình",
                               "Bài viết được tham vấn chuyên môn bởi Bác sĩ Lê Văn Cường"])
def test_review_credit(s):
    assert W.review_credit(s)


@pytest.mark.parametrize("s", ["Bác sĩ tư vấn y khoa cho người bệnh tại nhà.",
                               "Người dân được tư vấn chuyên môn miễn phí trong ngày hội.",
                               "Tư vấn y khoa"])
def test_not_review_credit(s):
    assert not W.review_credit(s)


@pytest.mark.parametrize("s", ["Александрович", "Константинович", "Сергеевна", "Ильич", "Никитична"])
def test_lone_patronymic(s):
    assert W.lone_patronymic(s)


@pytest.mark.parametrize("s", ["Сергей", "Александр Александрович", "Александрович рассказал о планах.",
                               "александрович", "Москва"])
def test_not_lone_patronymic(s):
    assert not W.lone_patronymic(s)


def test_markup_entities_before_a_tag():
    assert markup("&nbsp;</div>")
    assert markup("&nbsp; &amp;</td>")
    assert not markup("&nbsp;")
    assert not markup("Ủy ban nh&acirc;n d&acirc;n cấp Tỉnh</div>")
    assert not markup("&nbsp;<p>Текст статьи</p>")


def _notes(lines):
    return {lines[i]: rule for i, (rule, _) in W.widget_notes(lines, {}).items()}


def test_zero_counter_outside_the_text_only():
    head = ["Корзина", "0 шт.", "Заголовок статьи о городе",
            "Первый абзац статьи рассказывает о событии в городе и его жителях.",
            "0 шт.",
            "Второй абзац статьи продолжает рассказ о событии и его последствиях."]
    got = W.widget_notes(head, {})
    assert got.get(1, ("",))[0] == W.ZERO_RULE
    assert 4 not in got  # between the paragraphs: a table of the text may hold it


def test_in_the_cleaner():
    text = ("Корзина\n0 шт.\n\nШкола впустила в себя шесть первых классов\n\n"
            "В этом году школа приняла шесть первых классов, в каждом почти сорок учеников, и учителя работают в "
            "две смены.\n\nДиректор школы рассказал, что новое здание откроют только к зиме следующего года.\n\n"
            "Это личный блог. Текст мог быть написан в интересах автора. Редакция не причастна к его созданию и "
            "может не разделять мнение автора\n")
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    removed = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert removed.get("0 шт.") == W.ZERO_RULE
    assert any(r == W.DISCLAIMER_RULE for r in removed.values())
    assert "Директор школы рассказал" in doc.text


def test_long_glued_category_box():
    from mtpipe.clean.notices import glued_crumbs

    box = ("АрхитектураАстрономияБиологияГеографияГеологияИнформатикаИскусствоИсторияКулинарияКультура"
           "МаркетингМатематикаМедицинаМенеджментОхрана трудаПравоПроизводствоПсихологияРелигияСоциология"
           "СпортТехникаФизикаФилософияХимияЭкологияЭкономика")
    assert len(box) > 200 and glued_crumbs(box)
    # a paragraph over 200 characters with a glued word or two is text
    para = ("В субботу в парке на улице Первомайской17 июня прошёл «Музыкальный субботник»: жители города пели, "
            "танцевали и слушали оркестр ДомаКультуры, а дети рисовали мелом на асфальте и играли в подвижные игры до "
            "самого вечераВоскресенья")
    assert len(para) > 200 and not glued_crumbs(para)


def test_english_date_labels():
    from mtpipe.clean.controls import date_label

    assert date_label("Last updated on 6 May, 2025")
    assert date_label("Published on 12 March 2020")
    assert not date_label("Updated | Thursday, August 30: Includes additional comments from Roy during the program "
                          "about the election")
    assert not date_label("Last updated on Monday")  # no date in it

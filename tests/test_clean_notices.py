"""Cleaning, fourteenth round (issue 12, branch clean14): ``mtpipe/clean/notices.py``, table-driven; every
line here was written for the tests, none is a page's.

* a Russian headline (sentence case, a finite verb, right above the body) is not a tag list;
* a bar of field labels without values (``boilerplate.label_bar``);
* link labels glued without spaces, or numbers glued to the next label (``boilerplate.glued_crumbs``);
* short capitalised lines after the article's last line (``boilerplate.caps_tail``);
* sentences about the site itself outside the body (``boilerplate.site_notice``);
and lines of the same shapes that are text stay.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.notices import caps_tail, finite_headline, glued_crumbs, label_bar, site_notices
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU = ("Министерство коммерции КНР заявило во вторник, что Китай примет ответные меры против пошлин.\n"
       "По словам представителя ведомства, Пекин внимательно следит за развитием ситуации.\n")
_VI = ("Bộ Thương mại Trung Quốc cho biết sẽ có biện pháp đáp trả các mức thuế mới của Mỹ.\n"
       "Theo người phát ngôn, Bắc Kinh đang theo dõi sát diễn biến của tình hình.\n")
_BODY = "Министерство коммерции КНР заявило во вторник, что Китай примет ответные меры против пошлин."


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


_HEADLINE = "Руководители нескольких портов края сегодня подверглись жёсткой критике министра Ивана Петрова"
_TAGS = "Китай США торговля экономика санкции общество армия политика"


@pytest.mark.parametrize("lines,i,want", [
    ([_HEADLINE, _BODY], 0, True),
    (["Губернатор края вчера одобрил новый указ о поддержке малого бизнеса региона", _BODY], 0, True),
    ([_TAGS, _BODY], 0, False),  # no finite verb, mostly capitalised items
    ([_HEADLINE, "Экономика"], 0, False),  # no body below it
    ([_HEADLINE.upper(), _BODY], 0, False),  # capitals: not sentence case
    (["Китай Пекин Россия Москва заявили США Вашингтон Путин Си", _BODY], 0, False),  # title case: tags
])
def test_finite_headline_table(lines, i, want):
    assert finite_headline(lines, i, "ru", set()) is want


def test_headline_above_the_text_is_kept_and_tag_list_still_goes():
    doc = _run(_HEADLINE + "\n\n" + _RU + "\n" + _TAGS + " Китай США\n")
    removed = _removed(doc)
    assert _HEADLINE not in removed
    assert removed.get(_TAGS + " Китай США") == "boilerplate.tags"


@pytest.mark.parametrize("line,want", [
    ("Размер шрифта: Цветовая схема: Показывать изображения:", True),
    ("Cỡ chữ: Màu nền:", True),
    ("Размер шрифта: крупный", False),  # a value after the label
    ("Итоги:", False),  # one label announces the text below
    ("Важно: Китай и Россия договорились о поставках: подробности ниже.", False),
])
def test_label_bar_table(line, want):
    assert label_bar(line) is want


@pytest.mark.parametrize("line,want", [
    ("Trang chủTin tứcChủ tịch nước thăm Lào: nhiều kỳ vọng...", True),
    ("Главная страницаНовостиПолитика", True),
    ("АвторСообщение", True),
    ("Trang chủUncategorizedBài viết mới", True),
    ("TikTok và YouTube bị phạt ở châu Âu", False),  # ASCII brand names
    ("WeChat Pay и AliPay пришли в Россию", False),
    ("Главная страница Новости Политика", False),  # spaced: other rules' business
    ("ВКонтакте", False),  # a capital before a capital
    ("Россия 24Russia 24Россия 24English 24", True),  # a language menu: numbers glued to the next label
    ("Samsung Galaxy S24Ultra và iPhone 15Pro", False),  # two model names: under three
    ("Mẫu xe 4Runner mới ra mắt tại Mỹ", False),
    # Chinese writes no spaces: numbers and Latin words glued to hanzi are text, with or without a stop
    ("该标准在 2.4Ghz 和 5.0Ghz 以及 6.0Ghz 频率上都可运行", False),
    ("节目在互联网广播网站TogiNet Radio上播出，其母公司为AstroNet广播", False),
    ("可以用红甘蓝汁测定（pH 值），颜色随酸碱性变化。", False),
])
def test_glued_crumbs_table(line, want):
    assert glued_crumbs(line) is want


@pytest.mark.parametrize("lines,want", [
    ([_BODY, _BODY, "ВСЕ НОВОСТИ", "МЫ В СОЦСЕТЯХ"], {2, 3}),
    ([_BODY, _BODY, "ПОДПИСКА"], {2}),
    (["ВСЕ НОВОСТИ", _BODY, _BODY], set()),  # before the text: a masthead or a section, not this rule
    ([_BODY, "ГЛАВА ВТОРАЯ", _BODY], set()),  # a heading inside the text
    ([_BODY, _BODY, "Все новости"], set()),  # not in capitals
    ([_BODY, _BODY, "ТАСС"], set()),  # under four letters
    ([_BODY, _BODY, "ОДИН ДВА ТРИ ЧЕТЫРЕ ПЯТЬ ШЕСТЬ"], set()),  # six words
    ([_BODY, "ВСЕ НОВОСТИ"], set()),  # a body of one line: too little to know where the article ends
])
def test_caps_tail_table(lines, want):
    assert set(caps_tail(lines, set())) == want


_NOTICE = "На сайте ведутся технические работы. Скорость работы может снизиться."
_TERMS = "Информация, размещаемая на сайте, носит справочный характер и не является офертой."
_LINKS = "Переходя по ссылкам, размещённым на сайте, пользователь покидает его пределы."
_PROMPT = "Нашли опечатку на сайте? Пожалуйста, сообщите нам о ней."


@pytest.mark.parametrize("lines,want", [
    ([_NOTICE, "Губернатор подписал указ", _BODY, _BODY], {0}),  # above the title
    ([_BODY, _BODY, _PROMPT], {2}),  # after the text, the reader addressed
    ([_BODY, _BODY, _TERMS, _LINKS], {2, 3}),  # a run of two after the text
    (["Версия для слабовидящих", _TERMS, _LINKS, "Искать"], {0, 1, 2, 3}),  # no article at all
    # the same shapes that are text
    (["Губернатор подписал указ", _NOTICE, _BODY], set()),  # the lead right under the title, nobody addressed
    ([_BODY, _BODY, _TERMS], set()),  # one line after the text: the article's own last paragraph may say so
    ([_BODY, _TERMS, _BODY], set()),  # inside the text
    (["Версия для слабовидящих", _TERMS, "Искать"], set()),  # one notice on a page without text
    ([_BODY, _BODY, "Об этом сообщается на сайте министерства."], set()),
    # a paragraph of four sentences that names the site and the reader: text (a host's greeting)
    ([_BODY, "Здравствуйте. Вы слушаете нас на сайте радио. Сегодня у нас гости. Начнём с новостей."], set()),
])
def test_site_notices_table(lines, want):
    assert set(site_notices(lines, set())) == want


@pytest.mark.parametrize("text,line,rule", [
    (_NOTICE + "\n\nГубернатор подписал указ\n\n" + _RU, _NOTICE, "boilerplate.site_notice"),
    (_RU + "\n" + _PROMPT + "\n", _PROMPT, "boilerplate.site_notice"),
    ("Размер шрифта: Цветовая схема:\n\n" + _RU, "Размер шрифта: Цветовая схема:", "boilerplate.label_bar"),
    ("Diễn đànChính trịĐối ngoại\n\n" + _VI, "Diễn đànChính trịĐối ngoại", "boilerplate.glued_crumbs"),
    (_RU + "\nГЛАВНЫЕ ТЕМЫ\nЗНАКОМСТВА\n", "ГЛАВНЫЕ ТЕМЫ", "boilerplate.caps_tail"),
])
def test_clutter_goes_with_its_rule(text, line, rule):
    assert _removed(_run(text)).get(line) == rule


@pytest.mark.parametrize("text,line", [
    ("Губернатор подписал указ\n\n" + _NOTICE + "\n" + _RU, _NOTICE),
    (_RU + "Об этом сообщается на сайте министерства.\n", "Об этом сообщается на сайте министерства."),
    (_RU + "ГЛАВА ВТОРАЯ\n" + _RU.replace("вторник", "среду"), "ГЛАВА ВТОРАЯ"),
])
def test_text_of_the_same_shape_stays(text, line):
    assert line not in _removed(_run(text))

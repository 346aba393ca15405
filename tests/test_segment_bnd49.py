"""Round bnd49 (issue 12: sentence boundaries on the dev parts), by class, each with negatives:

* a read-more link glued to a teaser the site cut ("… заместитель Читать дальше…", Convention 7: crawl8, held24) is a
  unit of its own, the teaser ending at the cut;
* the same link opening a line with its ellipsis glued to the next teaser's text ("Подробнее...В нынешнем году …",
  crawl8, as crawl12's "Подробнее...‖Стоят они, убогие").
"""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.tails import glued_link_breaks, lead_link_breaks


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


# --- a read-more link glued after the cut --------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,link", [
    # crawl8 (napresne.moscow's listing pages)
    ("Представители руководства управы встретились с жителями района 16 января. В качестве главного докладчика "
     "выступил Сергей Орлов, заместитель Читать дальше…", "ru", "Читать дальше…"),
    ("Такие мероприятия проводили для Читать дальше…", "ru", "Читать дальше…"),
    ("Салют можно будет увидеть на всех набережных. Например, Читать дальше…", "ru", "Читать дальше…"),
    # held24 (a library's listing)
    ("Дети примут участие в квестах «Дюймовочка» и Читать дальше...", "ru", "Читать дальше..."),
    ("Библиотека сотрудничает с парком «Усадьба Читать дальше...", "ru", "Читать дальше..."),
    # real forms: WordPress's excerpt_more " Читать дальше...", a news site's excerpt cut inside a word
    ("Отсутствие свободного доступа к чистой воде провоцирует разви Читать далее...", "ru", "Читать далее..."),
    ("Ngày hội diễn ra với nhiều hoạt động ý nghĩa dành cho các em Xem tiếp »", "vi", "Xem tiếp »"),
    ("Buổi lễ được tổ chức trang trọng tại hội trường của Đọc tiếp", "vi", "Đọc tiếp"),
])
def test_glued_read_more_is_a_unit(text, lang, link):
    units = _units(text, lang)
    assert units[-1] == link and text.index(link) == sum(len(u) + 1 for u in units[:-1])


@pytest.mark.parametrize("text,lang", [
    ("Об этом подробно рассказано в сфере… подробнее", "ru"),  # lower case after an ellipsis: crawl11's one unit
    ("Нажмите кнопку, чтобы читать дальше...", "ru"),  # running text
    ("НОВОСТИ РАЙОНА Подробнее", "ru"),  # after a capital: a menu's label, no cut teaser
    ("Hướng Dẫn Đọc Tiếp", "vi"),  # title case
    ("Мы расскажем Подробнее о проекте", "ru"),  # not at the end of the piece
])
def test_no_glued_link(text, lang):
    assert glued_link_breaks(text) == []


# --- a read-more link opening the line, glued to the next text ---------------------------------------------------

@pytest.mark.parametrize("text,lang,rest", [
    ("Подробнее...В нынешнем году активными участниками проекта стали три учреждения района.", "ru",
     "В нынешнем году"),  # crawl8 c8ru01
    ("Подробнее...15 октября в администрации района прошло совещание.", "ru", "15 октября"),  # crawl8 c8ru02
    ("Подробнее...В р.п.Чернышковском в акции приняли участие все.", "ru", "В р.п."),  # crawl8 c8ru03
    ("Подробнее...По данным лабораторного центра за последние сутки:", "ru", "По данным"),  # crawl8 c8ru01
    ("Xem thêm...Hội nghị tổng kết công tác năm đã diễn ra sáng nay.", "vi", "Hội nghị"),
])
def test_lead_read_more_is_a_unit(text, lang, rest):
    units = _units(text, lang)
    assert units[0] == text[:text.index(rest)].rstrip() and units[1].startswith(rest)


@pytest.mark.parametrize("text", [
    "Подробнее... по данным центра",  # lower case after the ellipsis: the link's own sentence goes on
    "Подробнее о проекте читайте на сайте.",  # a sentence opened by the word
    "Подробнее…",  # the link alone
    "Читать дальше...и снова",  # lower case
])
def test_no_lead_link(text):
    assert lead_link_breaks(text) == []

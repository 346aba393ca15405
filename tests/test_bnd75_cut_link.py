"""Round bnd75 (post-blind, held54's ``h54ru09``): a read-more label between a cut teaser's ellipsis and the title
glued after it is a unit of its own (Convention 7; benchmarks/notes/bnd75.md, (2))."""

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.tails import cut_link_breaks


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


CUT_LINK = [
    # held54's h54ru09: a WordPress embed's "Читать далее <title>" after the teaser's cut
    ("В ходе акции доноров поздравляли волонтеры проекта «Доноры Дона» и Российского … Читать далее В Волгодонске "
     "Всемирный день донора крови отмечают не только доноры", "ru",
     ["В ходе акции доноров поздравляли волонтеры проекта «Доноры Дона» и Российского …", "Читать далее",
      "В Волгодонске Всемирный день донора крови отмечают не только доноры"]),
    ("Chủ tịch Trung Quốc đang chịu áp lực. Chuyến thăm của Chủ tịch … Đọc tiếp Thế lưỡng nan của Tập trước chuyến "
     "thăm Đài Loan", "vi",
     ["Chủ tịch Trung Quốc đang chịu áp lực.", "Chuyến thăm của Chủ tịch …", "Đọc tiếp",
      "Thế lưỡng nan của Tập trước chuyến thăm Đài Loan"]),
    ("Лучшие новости недели... Подробнее Новый мост открыт", "ru",
     ["Лучшие новости недели...", "Подробнее", "Новый мост открыт"]),
    # negatives: lower case after the label (its sentence), "Далее" alone (an adverb), no ellipsis before the label
    ("Текст обрезан … Читать далее в канале.", "ru", ["Текст обрезан …", "Читать далее в канале."]),
    ("Lợi thế đó là gì, hơi khó hình dung… Đọc tiếp thôi.", "vi",
     ["Lợi thế đó là gì, hơi khó hình dung…", "Đọc tiếp thôi."]),
    ("Также он побывал в арене… Далее Павел Креков посетил комбинат.", "ru",
     ["Также он побывал в арене…", "Далее Павел Креков посетил комбинат."]),
]


@pytest.mark.parametrize("text, lang, units", CUT_LINK)
def test_cut_link(text, lang, units):
    assert _units(text, lang) == units


@pytest.mark.parametrize("text, n", [
    ("и Российского … Читать далее В Волгодонске", 1),
    ("и Российского ... Читать дальше «Главная»", 1),
    ("и Российского … Читать далее в канале", 0),
    ("и Российского. Читать далее В Волгодонске", 0),  # no cut: bnd49's tail signs say the rest
    ("и Российского … Далее В Волгодонске", 0),
    ("и Российского … Подробнее 15 октября", 0),  # a figure: a date may be the label's own
])
def test_cut_link_breaks_table(text, n):
    assert len(cut_link_breaks(text)) == n

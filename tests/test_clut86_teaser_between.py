"""clut86 (issue 12): ``boilerplate.between_removed`` above the article's text also takes a teaser whose line ends on
a headline's "?" or "!" or is a link text cut with an ellipsis, between two lines removed as furniture (a sidebar's
headlines over the article: crawl's washingtonpost and msnbc pages, h20ru01's slogan).  Every line here is made up.

Negatives: the same ends inside or under the article's text (the text's own question or exclamation between two ad
markers), a sentence ending on a stop, the title right above the text, a one-line dateline paragraph, a lead ending
with an ellipsis right above the text, a line with only one removed neighbour.
"""

import pytest

from mtpipe.clean.regions import between_removed

_P1 = "Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка."
_P2 = "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."
_E1 = "The council said on Monday that the repairs on the three bridges would be finished by the autumn."
_E2 = "Residents have complained for years about the state of the roads in the northern districts."
_MENU = ("chrome.nav", None)
_TPL = ("boilerplate.template", None)
_DATE = ("boilerplate.date_line", None)

_TABLE = [
    # positives: a teaser ending on "?", "!", "..." or "…" between two removed template lines above the text
    (["Most read", "Why do the bridges keep failing?", "Sign up for our newsletter", "Road repairs", _E1, _E2],
     {0: _TPL, 2: _TPL}, 1, True),
    (["Most read", "Council admits it has a problem...", "Sign up for our newsletter", "Road repairs", _E1, _E2],
     {0: _TPL, 2: _TPL}, 1, True),
    (["Главная Новости", "Чиним дороги вместе!", "Подписаться", "Ремонт дорог", _P1, _P2], {0: _MENU, 2: _MENU}, 1,
     True),
    (["Trang chủ", "Vì sao cầu lại hỏng…", "Liên hệ", "Sửa đường ở huyện",
      "Ủy ban huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã."], {0: _MENU, 2: _MENU}, 1, True),
    # a run of two teasers
    (["Most read", "Is the bridge safe?", "Council admits it has a problem...", "Newsletter", "Road repairs", _E1],
     {0: _TPL, 3: _TPL}, 2, True),
    # negatives: the text's own question between two ad markers inside the article and under it
    ([_P1, "Реклама", "Что дальше?", "Реклама", _P2], {1: _MENU, 3: _MENU}, 2, False),
    ([_E1, _E2, "Advertisement", "What next?", "Advertisement"], {2: _MENU, 4: _MENU}, 3, False),
    # a short sentence ending on a stop above the text
    (["Меню", "Работы закончат к осени.", "Реклама", _P1], {0: _MENU, 2: _MENU}, 1, False),
    # the title (the live line right above the text) ending on "?" between a menu and a contents label
    (["Most read", "Why do the bridges keep failing?", "Contents", _E1, _E2], {0: _TPL, 2: _TPL}, 1, False),
    # a lead ending with an ellipsis right above the text, the title above it
    (["Menu", "Road repairs", "The bridges again...", "Share", _E1, _E2], {0: _MENU, 3: _MENU}, 2, False),
    # a one-line dateline paragraph: its neighbour a date, no furniture
    (["Понедельник, 3 марта", "Москва!", "Реклама", _P1], {0: _DATE, 2: _MENU}, 1, False),
    # one removed neighbour only
    (["Most read", "Why do the bridges keep failing?", "Road repairs", _E1], {0: _TPL}, 1, False),
]


@pytest.mark.parametrize("lines, removed, i, want", _TABLE)
def test_teaser_between_removed(lines, removed, i, want):
    got = between_removed(lines, removed)
    assert (i in got) is want, (lines[i], got)
    if want:
        assert got[i][0] == "boilerplate.between_removed"

"""meta77: a number alone on its line that is content stays (:mod:`mtpipe.clean.number_values`), and a labelled
telephone number the date-with-a-byline rule took is a contact line (:func:`mtpipe.clean.phones.stamp_or_phone`).

An event listing's age rating ("6+" under "12:00 ДВЕНАДЦАТЬ МЕСЯЦЕВ", h45ru12) and a price under its field ("… с
использованием вакцин:" / "1700", h23ru35) went as ``boilerplate.number_line``; a site's age badge, a visit counter's
values under their short labels and a pager still go.  "Горячая линия: +7 831 (48) 5-32-19" (h37ru15) was a
``boilerplate.dateline`` whose "byline" was the number.  Every example is made up in the shapes of the dev pages."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.number_values import event_rating, field_value
from mtpipe.clean.phones import PHONE_LINE, labelled_phone, stamp_or_phone
from mtpipe.document import Document


def _clean(text: str):  # type: ignore[no-untyped-def]
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(text, doc_id="site/a.txt",
                                                                             path="site/a.txt"))
    removed = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    return removed, doc.meta, doc.text


_LISTING = ["Афиша театра на субботу", "19:00 ВИШНЁВЫЙ САД", "Комедия в двух действиях о семье, которая теряет своё имение и не хочет этого видеть.",
            "Режиссёр-постановщик: народный артист России Пётр Смирнов.", "12+",
            "21:00 ГРОЗА", "Драма о женщине, которая не может жить без любви и свободы в купеческом городе.",
            "Режиссёр-постановщик: заслуженный артист России Иван Орлов.", "16+",
            "23:00 НОЧЬ ДЖАЗА", "Концерт городского оркестра под открытым небом в саду театра."]


def test_an_events_age_rating_in_a_listing_is_content():
    assert event_rating(_LISTING, 4) and event_rating(_LISTING, 8)
    assert event_rating(_LISTING[:9], 8)  # the page's end after it
    removed, _meta, text = _clean("\n".join(_LISTING) + "\n")
    assert "12+" not in removed and "16+" not in removed, removed
    assert "12+" in text and "16+" in text


_ARTICLE = ["В городе открыли новый каток", "Каток будет работать ежедневно с десяти утра до десяти вечера.",
            "Вход для детей до семи лет бесплатный, сообщили в администрации района.", "16+",
            "О сайте", "Контакты редакции"]


def test_a_sites_age_badge_under_an_article_is_no_event_rating():
    assert not event_rating(_ARTICLE, 3)
    assert not event_rating(["18:00 новости", "Текст новости здесь.", "18+", "Контакты редакции"], 2)


def test_a_time_line_with_a_date_is_no_event_heading():
    assert not event_rating(["27 мая 2021 года. 19:20 16+", "Текст.", "16+"], 2)
    assert not event_rating(["19:20 27 мая 2021", "Текст.", "16+"], 2)


_PRICES = ["Стоимость услуг", "", "Первичный приём терапевта с осмотром животного:", "", "1200", "",
           "Вакцинация комплексной вакциной с оформлением паспорта:", "", "1700"]


def test_a_price_under_its_field_is_content():
    live = lambda k: True  # noqa: E731
    assert field_value(_PRICES, 4, live) and field_value(_PRICES, 8, live)
    removed, _meta, text = _clean("\n".join(_PRICES) + "\n")
    assert "1200" not in removed and "1700" not in removed, removed


def test_a_counters_short_label_a_pager_a_date_and_a_removed_label_keep_no_number():
    live = lambda k: True  # noqa: E731
    assert not field_value(["Hôm nay:", "1", "Hôm qua:", "0"], 1, live)  # a visit counter's short label
    assert not field_value(["Вот несколько причины этого:", "410", "411", "412"], 1, live)  # a pager's run
    assert not field_value(["Дата публикации этой статьи:", "12.03.2024"], 1, live)  # a labelled date: metadata
    assert not field_value(["Всего просмотров этой страницы:", "1700"], 1, lambda k: False)  # its label removed
    assert not field_value(["Цена билета на концерт:", "от 1700 рублей"], 1, live)  # words: no bare number


@pytest.mark.parametrize("line", ["Тел.: 8 (4162) 22-33-44", "Горячая линия: +7 831 (48) 5-32-19",
                                  "Телефон: +7 (495) 123-45-67", "Тел./факс 8 (30148) 28 614",
                                  "Hotline: 1900 6568", "Điện thoại: 028 3825 1234", "Факс: 8 (812) 600-20-01"])
def test_a_labelled_phone_number_is_a_contact_line(line):
    assert labelled_phone(line)
    assert stamp_or_phone(line) == (PHONE_LINE, "a labelled telephone number (a contact line, no date)", {})


@pytest.mark.parametrize("line", ["Опубликовано: 10-10-2013, 11:22", "Тел.: 12.03.2024", "Телефон доверия",
                                  "Звоните по телефону +7 (495) 123-45-67, если увидите дым.",
                                  "Телефон: 112", "Phương Đăng (theo Pravda) 17/10/2025 16:23"])
def test_a_date_a_short_number_or_a_sentence_is_no_labelled_phone(line):
    assert not labelled_phone(line)


def test_a_stamp_with_a_byline_stays_a_dateline():
    s = "Phương Đăng (theo Pravda) Thứ sáu, ngày 17/10/2025 16:23 GMT+7"
    assert stamp_or_phone(s) == ("boilerplate.dateline", "a byline or source with a date", {"byline": s})


def test_a_hotline_in_the_header_is_no_date_of_the_page():
    text = "\n".join(["Горячая линия: +7 831 (48) 5-32-19", "", "В районе отремонтировали дорогу к школе",
                      "", "14.10.2024", "", "Дорожники закончили ремонт на неделю раньше срока, сообщили в администрации.",
                      "Движение по улице открыто в обе стороны с понедельника."]) + "\n"
    removed, meta, _text = _clean(text)
    assert meta.get("date") != "Горячая линия: +7 831 (48) 5-32-19"
    assert meta.get("byline") != "Горячая линия: +7 831 (48) 5-32-19"


def test_a_phone_number_inside_a_sentence_stays():
    line = "О пожаре сообщайте по телефону 8 (8422) 46-91-27 или по номеру 112, звонок бесплатный."
    text = "\n".join(["Лесные пожары", "", "В области действует особый противопожарный режим до конца месяца.", line])
    removed, _meta, out = _clean(text + "\n")
    assert line not in removed and line in out


# a date with a rubric, source or link label after it (mtpipe.clean.date_tails)
from mtpipe.clean.date_tails import dated_tail  # noqa: E402


@pytest.mark.parametrize("line, date", [("12.05.2019 г. Новости района", "12.05.2019"),
                                        ("03/11/2022 Du Lịch Việt - Group", "03/11/2022"),
                                        ("17/04/2020 | Xem chi tiết »", "17/04/2020"),
                                        ("2021-09-30 Экономика", "2021-09-30")])
def test_a_date_with_a_short_name_after_it_is_a_date_line(line, date):
    lines = ["Заголовок статьи о городе", "", line, "", "Текст статьи начинается здесь и идёт дальше."]
    assert dated_tail(lines, 2) == date


@pytest.mark.parametrize("line", ["08.04.2014 г. в районе открыли новую школу.",          # a sentence
                                  "08.04.2014 г. в районе открыли новую школу для детей",  # more than five words
                                  "22.06.1941 — начало Великой Отечественной войны",        # a chronicle's item
                                  "12.05.2019 Новости 15:30",                               # digits in the tail
                                  "Новости района 12.05.2019"])                             # no date first
def test_a_sentence_a_chronicle_item_or_a_stamp_is_no_dated_tail(line):
    assert dated_tail(["Заголовок", "", line, "", "Текст."], 2) is None


def test_a_run_of_dated_lines_is_a_list_not_a_date_line():
    lines = ["Хроника", "12.05.2019 Открытие музея", "14.06.2019 Выставка картин", "20.07.2019 Концерт хора"]
    assert all(dated_tail(lines, i) is None for i in (1, 2, 3))


def test_the_dated_rubric_line_goes_with_its_date_kept():
    text = "\n".join(["В районе отремонтировали дорогу к школе", "", "08.04.2014 г. Новости поселений", "",
                      "Дорожники закончили ремонт на неделю раньше срока, сообщили в администрации района.",
                      "Движение по улице открыто в обе стороны с понедельника."]) + "\n"
    removed, meta, out = _clean(text)
    assert removed.get("08.04.2014 г. Новости поселений") == "boilerplate.dateline", removed
    assert meta.get("date") == "08.04.2014"
    assert "Дорожники закончили ремонт" in out


def test_a_chronicles_year_headings_and_dated_items_stay():
    text = "\n".join(["История школы", "", "1956", "", "Школа открылась в новом кирпичном здании на высоком берегу реки, и в первый класс в сентябре пришли сорок деревенских детей.",
                      "", "1957", "", "При школе заработали кружки, столярные мастерские и первая библиотека, которую собрали сами учителя и родители учеников.", "",
                      "22.06.1961 — открытие спортивного зала", "14.09.1962 — первый выпуск десятиклассников"]) + "\n"
    removed, _meta, out = _clean(text)
    for line in ("1956", "1957", "22.06.1961 — открытие спортивного зала"):
        assert line not in removed, removed
        assert line in out

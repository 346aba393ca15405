"""rtq96: rtq93's fresh-draw classes of wrong removals on clean news (issue 12).

* a sports day's programme printed as "time / event" rows, read as datelines, near copies of the row above and
  headings of nothing (:mod:`mtpipe.clean.event_rows`);
* a link's text closing a sentence that runs on past a dash, read as a file name (:mod:`.sentence_pieces`);
* a subheading over a lead-in label closing on a colon, read as a byline (:mod:`.word_subheads`).

Documents made up in those shapes; negatives are the nearest clutter each rule exists for.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.event_rows import event_rows
from mtpipe.clean.sentence_pieces import dash_piece
from mtpipe.clean.word_subheads import lead_in
from mtpipe.document import Document


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _removed_by(text: str, line: str) -> str | None:
    doc = _clean(text)
    at = doc.raw_text.index("\n" + line + "\n") + 1
    for e in doc.ledger:
        if e.action == "removed" and e.start <= at < e.end:
            return e.rule
    return None


# --- a sports day's programme ----------------------------------------------------------------------------------------

PREVIEW = ("Медальные перспективы в эстафете и надежда на сюрприз в конькобежном спорте: анонс дня Олимпиады\n\n"
           "Фристайл\n"
           "04:00 / Мужчины. Слоупстайл. Квалификация\n"
           "14:00 / Мужчины. Акробатика. Финал 1\n"
           "14:29 / Мужчины. Акробатика. Финал 2\n"
           "14:52 / Мужчины. Акробатика. Финал 3\n"
           "В акробатике в финальный раунд вышли двое россиян, и оба способны побороться за место на пьедестале, "
           "если не допустят ошибок на приземлении.\n"
           "Горнолыжный спорт\n"
           "04:15\n"
           "/ Мужчины. Гигантский слалом. 1-я попытка\n"
           "07:45 / Мужчины. Гигантский слалом. 2-я попытка\n"
           "Россию в данном виде представит лишь один спортсмен, но и он будет бороться в лучшем случае за место в "
           "первой двадцатке.\n"
           "Reuters\n"
           "Конькобежный спорт\n"
           "14:00 / Женщины. 3000 метров\n"
           "Урезанная санкциями сборная вполне может рассчитывать на призовое место на этой дистанции, считают "
           "специалисты.\n")


@pytest.mark.parametrize("line", ["14:29 / Мужчины. Акробатика. Финал 2", "14:52 / Мужчины. Акробатика. Финал 3",
                                  "07:45 / Мужчины. Гигантский слалом. 2-я попытка", "Конькобежный спорт",
                                  "04:00 / Мужчины. Слоупстайл. Квалификация"])
def test_a_programmes_rows_and_sport_headings_stay(line):
    assert _removed_by(PREVIEW, line) is None


def test_the_rows_are_found_with_a_row_split_after_its_time():
    lines = PREVIEW.split("\n")
    rows = event_rows(lines)
    assert lines.index("04:15") in rows and lines.index("/ Мужчины. Гигантский слалом. 1-я попытка") in rows
    assert lines.index("Фристайл") not in rows and lines.index("Reuters") not in rows


@pytest.mark.parametrize("lines", [
    ["11:59 / 30.04.2025", "12:03 / 04.07.2025", "14:13 / 04.07.2025", "Текст новости."],  # a feed's stamps
    ["0:00 / 0:00", "0:00 / 0:00", "0:00 / 0:00"],  # a player's counters
    ["12:30 / Политика", "12:45 / Экономика", "13:10 / Общество"],  # a feed's time / rubric (one word)
    ["12:30 / обновлено сегодня", "12:45 / обновлено вчера", "13:10 / обновлено вчера"],  # stamps' words
    ["04:00 / Мужчины. Слоупстайл. Квалификация", "Текст.", "07:15 / Мужчины. Слоупстайл. Финал"],  # two rows
])
def test_stamps_and_fewer_than_three_rows_are_no_programme(lines):
    assert event_rows(lines) == []


# --- a link's text closing a sentence that runs on past a dash --------------------------------------------------------

RT360 = ("Беженцы в лагере: панорамное видео о жизни людей, потерявших дом\n\n"
         "Жители лагеря рассказали корреспонденту о том, как им удаётся сохранять надежду, несмотря ни на что.\n"
         "Телеканал регулярно публикует видеозаписи важнейших мировых событий в формате 360 градусов. В декабре "
         "телеканал первым из мировых информационных каналов запустил собственное приложение для просмотра "
         "панорамного видео —\n"
         "RT360\n"
         "Благодаря формату 360 зрители недавно получили возможность побывать в самых разных уголках мира.\n")


def test_a_link_text_after_a_dash_stays():
    assert _removed_by(RT360, "RT360") is None


@pytest.mark.parametrize("above, line, want", [
    ("… запустил собственное приложение для просмотра панорамного видео —", "RT360", True),
    ("Автор —", "Иван Петров", False),  # a short label, no sentence
    ("… запустил собственное приложение для просмотра панорамного видео.", "IMG_2034", False),  # a stop, no dash
    ("… запустил собственное приложение для просмотра панорамного видео —", "один два три четыре пять", False),
])
def test_dash_piece(above, line, want):
    assert dash_piece(above, line) is want


# --- a subheading over a lead-in label ---------------------------------------------------------------------------------

GROUPS = ("Отборочный турнир: кто из сборных уже обеспечил себе путёвку на чемпионат мира\n\n"
          "Поляки одержали важную победу и теперь близки к первому месту в своей группе.\n"
          "#Polska\n"
          "pic.twitter.com/BhIzQlVFEO\n"
          "— Scouting Polska (@ScoutingPolska)\n"
          "3 октября 2017 г.\n"
          "Группа F\n"
          "Положение команд:\n"
          "Англия — 23, Шотландия — 17, Словакия — 15, Словения — 14, Литва — 6, Мальта — 1.\n"
          "В группе судьба первого места определилась после девятого тура, англичане обеспечили себе путёвку.\n")


def test_a_subheading_over_a_lead_in_label_stays():
    assert _removed_by(GROUPS, "Группа F") is None


@pytest.mark.parametrize("line, want", [("Положение команд:", True), ("Таблица:", True),
                                        ("Положение команд", False), ("Вот что он сказал журналистам об этом:", False)])
def test_lead_in(line, want):
    assert lead_in(line) is want


# --- a subheading taking up the title's last words ---------------------------------------------------------------------

ATTACK = ("«На всякий случай написала маме, что люблю её»: пережившая стрельбу во Флориде россиянка рассказала о "
          "нападении\n\n"
          "О нападении\n"
          "Мы были на последнем уроке, это было буквально за десять минут до звонка, и вдруг услышали сигнализацию.\n"
          "В первые минуты никто всё ещё не верил, что это по-настоящему, пока мы не услышали полицию на улице.\n")
ALT = ("Пережившая стрельбу во Флориде россиянка рассказала о нападении на школу\n\n"
       "Пережившая стрельбу во Флориде\n"
       "Мы были на последнем уроке, это было буквально за десять минут до звонка, и вдруг услышали сигнализацию.\n"
       "В первые минуты никто всё ещё не верил, что это по-настоящему, пока мы не услышали полицию на улице.\n")


def test_a_subheading_of_the_titles_last_words_stays():
    assert _removed_by(ATTACK, "О нападении") is None


def test_the_titles_head_under_it_is_still_its_images_alt_text():
    assert _removed_by(ALT, "Пережившая стрельбу во Флориде") == "captions.alt_of_heading"

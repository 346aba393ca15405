"""rtq93: cp92's fresh-draw classes of wrong removals on clean news (issue 12).

* an interview's question cut at its links, its pieces read as a prompt to join a channel (:mod:`.controls`);
* a person's name heading one section of a roster, read as a byline (:mod:`mtpipe.clean.roster_heads`);
* an article's last quotation and paragraph, naming in quotes what the paragraphs above name, read as a site's notice
  (:mod:`.notices`);
* a letter's sender and addressee under the title ("Сталин — Эйзенхауэру"), read as a rubric of two categories
  (:mod:`.labels`);
* the article's quotation of an embedded post, read as a copy of the post (:mod:`mtpipe.clean.post_quotes`).

Documents made up in those shapes; negatives are the nearest clutter each rule exists for.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.labels import rubric_pairs
from mtpipe.document import Document

TITLE = "Итоги сезона: кто из футболистов может получить вызов в сборную и почему"
PARA = ("Полузащитник провёл яркий сезон в составе клуба и забил несколько важных мячей, после чего о нём заговорили "
        "как о кандидате в сборную.")
PARA2 = "Тренер не раз отмечал трудолюбие игрока и его умение выполнять установку на матч от начала до конца."
PARA3 = "Теперь футболисту предстоит доказать, что прошлый сезон не был случайностью, а его форма останется высокой."


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _removed_by(text: str, line: str) -> str | None:
    doc = _clean(text)
    at = doc.raw_text.index("\n" + line + "\n") + 1
    for e in doc.ledger:
        if e.action == "removed" and e.start <= at < e.end:
            return e.rule
    return None


# --- an interview's question cut at its links ------------------------------------------------------------------------

INTERVIEW = ("«Никто нам не указывает»: главный редактор телеканала — о регистрации и давлении\n\n"
             "— В ноябре министерство юстиции обязало канал\nRT\nAmerica\n"
             "зарегистрироваться в качестве иностранного агента, как того требует закон. С какими последствиями с тех "
             "пор вашему каналу пришлось столкнуться на деле?\n"
             "— Последствий много. Во-первых, наших журналистов лишили аккредитации, и от нас начали уходить "
             "сотрудники.\n"
             "— Столкнулись ли вы с какими-либо коммерческими последствиями? Ваш доход сократился?\n"
             "— Я как раз об этом и говорю. Партнёры теперь заявляют, что сотрудничество с нами сопряжено с риском.\n")


@pytest.mark.parametrize("line", ["RT", "America"])
def test_the_pieces_of_an_interviews_question_cut_at_links_stay(line):
    assert _removed_by(INTERVIEW, line) is None


def test_the_rest_of_the_question_stays():
    line = INTERVIEW.split("\n")[5]
    assert line.startswith("зарегистрироваться") and _removed_by(INTERVIEW, line) is None


def test_a_channel_prompt_outside_a_dialogue_still_goes():
    text = (TITLE + "\n\n" + PARA + "\n" + PARA2 + "\n" + PARA3 + "\n"
            "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости.\n")
    assert _removed_by(text, "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости.")


# --- a roster's names over their sections ----------------------------------------------------------------------------

PARA4 = "Защитник перешёл в команду на правах аренды и сразу закрепился в основном составе, сыграв все матчи осени."
PARA5 = "Вратарь долго оставался в запасе, но травма основного голкипера дала ему шанс, которым он воспользовался."
ROSTER = (TITLE + "\n\nОлег Шатов\n" + PARA + "\n" + PARA2 + "\nАртём Дзюба\n" + PARA3 + "\n"
          "Публикация от Artem Dzyuba (@artem.dzyuba)\nЯнв 31, 2018 в 6:45 PST\nИван Новосельцев\n" + PARA4 + "\n"
          "Никита Чернов\n" + PARA5 + "\n")


@pytest.mark.parametrize("name", ["Олег Шатов", "Иван Новосельцев"])
def test_a_rosters_name_under_the_title_or_after_a_posts_date_stays(name):
    assert _removed_by(ROSTER, name) is None


def test_a_lone_name_after_a_posts_date_still_goes():
    text = (TITLE + "\n\n" + PARA + "\nПубликация от Artem Dzyuba (@artem.dzyuba)\nЯнв 31, 2018 в 6:45 PST\n"
            "Никита Захаров\n" + PARA2 + "\n" + PARA3 + "\n")
    assert _removed_by(text, "Никита Захаров") == "boilerplate.byline"


def test_bylines_closing_the_article_still_go():
    text = (TITLE + "\n\nАртём Дзюба\n" + PARA + "\nНикита Чернов\n" + PARA2 + "\nИгорь Денисов\n" + PARA3 + "\n"
            "Полина Духанова\n")
    assert _removed_by(text, "Полина Духанова") == "boilerplate.byline"


# --- the article's last quotation, naming in quotes what the text names ----------------------------------------------

CLINIC = ("Звезда сериала умер в реабилитационном центре: что известно о клинике\n\n"
          "Надо отметить, что «Феникс» широко рекламировался в сети как центр для состоятельных клиентов. При этом "
          "на сайте указывалось, что лицензия была выдана компании «Медэкспресс».\n"
          "По данным базы «Контур. Фокус», соучредителем компании «Медэкспресс» является предприниматель, которому "
          "также принадлежит благотворительный фонд.\n"
          "Редакция попыталась связаться с ним, но он был недоступен. В «Медэкспрессе» также отказались пояснить, "
          "почему данные их фирмы были указаны на сайте «Феникса».\n"
          "«Да, такой сайт был, но он уже удалён. И я к тому сайту и «Медэкспрессу» никакого отношения не имею, — "
          "заявила она. — У меня есть свой сайт, и он работает».\n"
          "Надо отметить, что у центра «Феникс» действительно есть ещё один сайт, на котором тоже предлагается "
          "помощь. Но о состоятельных клиентах там речь не идёт.\n")


@pytest.mark.parametrize("k", [5, 6])
def test_the_articles_last_quotation_and_paragraph_stay(k):
    line = CLINIC.split("\n")[k]
    assert _removed_by(CLINIC, line) is None


def test_site_notices_after_the_text_still_go():
    text = (TITLE + "\n\n" + PARA + "\n" + PARA2 + "\n" + PARA3 + "\n"
            "Все материалы сайта защищены законом. Использование материалов сайта возможно только со ссылкой.\n"
            "Сайт использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с этим.\n")
    assert _removed_by(text, "Сайт использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с этим.")


# --- a sender and an addressee under the title -----------------------------------------------------------------------

HEAD = ["Безоговорочная капитуляция: почему Запад не может простить взятие Берлина", ""]
BODY = [PARA, PARA2, PARA3]


def test_a_letters_sender_and_addressee_is_no_rubric():
    assert rubric_pairs(HEAD + ["Сталин — Эйзенхауэру"] + BODY, set()) == {}


@pytest.mark.parametrize("pair", ["Политика — Экономика", "База данных - HighLoad оптимизация", "Спорт — Футбол"])
def test_category_pairs_stay_rubrics(pair):
    assert 2 in rubric_pairs(HEAD + [pair] + BODY, set())


# --- the article's quotation of an embedded post ---------------------------------------------------------------------

QUOTE = ("«Чем раньше будут разорваны все отношения с «Нафтогазом», тем лучше. Пусть «Нафтогаз» потом требует, "
         "возмущается и обращается куда угодно: для нас это не будет иметь никакого значения», — написал сенатор.")
TWEET = ("Чем раньше будут разорваны все отношения с Нафтогазом, тем лучше. Пусть Нафтогаз потом требует, "
         "возмущается и обращается куда угодно: для нас это не будет иметь никакого значения.")
SIGNED = "— Алексей Пушков (@Alexey_Pushkov)\n5 марта 2018 г.\n"
GAS = ("Газовый спор: почему Киев снова требует пересмотра контракта с Москвой\n\n"
       "Председатель комиссии по информационной политике считает, что украинская компания ведёт себя как "
       "вымогатель, а не как покупатель.\n")
AFTER = "Сенатор уверен, что после прекращения поставок газа Киеву будет нечего предъявить Москве.\n"


def test_the_articles_quotation_over_the_post_stays():
    text = GAS + QUOTE + "\n" + TWEET + "\n" + SIGNED + AFTER
    assert _removed_by(text, QUOTE) is None


def test_the_articles_quotation_under_the_post_stays():
    text = GAS + TWEET + "\n" + SIGNED + "Позднее он повторил своё мнение в интервью.\n" + QUOTE + "\n" + AFTER
    assert _removed_by(text, QUOTE) is None


def test_a_quotation_repeated_by_no_post_still_goes():
    text = GAS + QUOTE + "\n" + TWEET + "\n" + AFTER
    assert _removed_by(text, QUOTE) == "dedupe.covered"

"""clut81 (issue 12): a site template's fixed chrome (:mod:`mtpipe.clean.site_chrome81`): an outdated-browser
banner, a CMS's skip links, an image's path alone, a home link, a login box's heading and a menu bar glued into one
line.

Positives, made up in the shapes of held47's Russian pages and of the dev pages that print the same classes (held17's
glued menu, held32's and held37's "Skip Ribbon Commands", held30's "DSC_8580.JPG"), in ru, uk, en and vi.  Negatives,
the nearest content shapes: a how-to's sentence about updating a browser, an article's subheading about browsers, a
file name a sentence announces, a sentence holding "на главную", a section headed "Вход", a Title Case headline, a
list in a sentence ("Visa, Mastercard, Мир …"), a headline with names and a verb, a full name with a patronymic, a
church's name, a letterhead in capitals, a line going on after a comma, and a glued menu inside the article's text.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean import site_chrome81 as S
from mtpipe.document import Document

_TEXT = ["Новая детская площадка появилась во дворе дома на улице Мира",
         "Помощь в её обустройстве оказал председатель совета территории Денис Загребайлов.",
         "Местные жители обратились к нему на одном из собраний, и результат не заставил себя ждать.",
         "В этом доме проживает около восьмидесяти детей, и каждый найдёт занятие по душе."]


@pytest.mark.parametrize("line", [
    "Ваш браузер устарел!", "Ваш браузер устарел или не поддерживается", "Вы используете устаревший браузер.",
    "Ваш браузер застарів!", "Your browser is out-of-date!", "Your browser is outdated.",
    "You are using an outdated browser. Please upgrade your browser to improve your experience.",
    "Trình duyệt của bạn đã lỗi thời", "Trình duyệt của bạn đã quá cũ!",
])
def test_banner_headings(line):
    assert S.browser_banner(line)


@pytest.mark.parametrize("line", [
    "Как понять, что ваш браузер устарел, и что с этим делать", "Почему браузер устарел так быстро?",
    "Your browser is the window to the web.", "Trình duyệt của bạn đã được cập nhật lên phiên bản mới nhất.",
])
def test_banner_heading_negatives(line):
    assert not S.browser_banner(line)


def test_banner_after_the_text():
    lines = [*_TEXT, "Ваш браузер устарел!",
             "Обновите ваш браузер для правильного отображения этого сайта. Обновить мой браузер"]
    got = S.page_chrome(lines, {})
    assert sorted(got) == [4, 5] and {r for r, _ in got.values()} == {S.BANNER_RULE}


@pytest.mark.parametrize("prompt", [
    "Update your browser to view this website correctly. Update my browser now",
    "Vui lòng nâng cấp trình duyệt để xem trang web này tốt hơn.",
])
def test_a_prompt_naming_the_site_alone(prompt):
    assert S.page_chrome([prompt, *_TEXT], {}) == {0: (S.BANNER_RULE, S.page_chrome([prompt, *_TEXT], {})[0][1])}


def test_a_how_to_sentence_stays():
    # a how-to tells the reader to update the browser: no site named, no banner heading by it, inside the text
    lines = [_TEXT[0], _TEXT[1], "Обновите браузер до последней версии, чтобы закрыть уязвимость.", *_TEXT[2:]]
    assert S.page_chrome(lines, {}) == {}
    # and at the text's end too: it names no site
    assert S.page_chrome([*_TEXT, "Обновите браузер до последней версии, чтобы закрыть уязвимость."], {}) == {}


def test_a_subheading_inside_the_text_stays():
    lines = [_TEXT[0], _TEXT[1], "Ваш браузер устарел", _TEXT[2], _TEXT[3]]
    assert S.page_chrome(lines, {}) == {}


@pytest.mark.parametrize("line", [
    "Skip Ribbon Commands", "Пропустить команды ленты", "Пропустить до основного контента",
    "Перейти к основному контенту", "Skip to local navigation", "Turn on more accessible mode",
])
def test_skip_links(line):
    assert S.skip_link(line)


@pytest.mark.parametrize("line", [
    "Пропустить команды ленты можно сочетанием клавиш.", "Skip the ribbon cutting and go to the party",
    "Перейти к основному вопросу повестки не удалось",
])
def test_skip_link_negatives(line):
    assert not S.skip_link(line)


@pytest.mark.parametrize("line", [
    "/DocLib3/1000002805.jpg", "Media/148_PhuChau/Images/img-20160926-133535.jpg", "DSC_8580.JPG",
    "logo-minzdrav.png", "uploads/2023/05/photo_1.jpeg",
])
def test_image_paths(line):
    assert S.image_path(line)


@pytest.mark.parametrize("line", [
    "Фото: /DocLib3/1000002805.jpg", "Сохраните картинку как photo.jpg и загрузите её.", "jpg", "/DocLib3/",
    "image.jpg.exe",
])
def test_image_path_negatives(line):
    assert not S.image_path(line)


def test_an_announced_file_name_stays():
    lines = [*_TEXT[:2], "Сохраните файл под таким именем:", "photo_2023.jpg", *_TEXT[2:]]
    assert 3 not in S.page_chrome(lines, {})


@pytest.mark.parametrize("line", ["На главную", "Вернуться на главную страницу", "Back to home", "Về trang chủ"])
def test_home_links(line):
    assert S.home_link(line)


@pytest.mark.parametrize("line", ["На главную площадь вышли тысячи людей.", "Главная улица города"])
def test_home_link_negatives(line):
    assert not S.home_link(line)


@pytest.mark.parametrize("line", ["Вход для зарегистрированных посетителей:", "Авторизация:", "Members login",
                                  "Вход для пользователей"])
def test_login_headings(line):
    assert S.login_heading(line)


@pytest.mark.parametrize("line", ["Вход", "Вход свободный.", "Вход для детей бесплатный",
                                  "Авторизация пользователей проходит через Госуслуги."])
def test_login_heading_negatives(line):
    assert not S.login_heading(line)


@pytest.mark.parametrize("line", [
    "На главную Музей Экспозиция Фонды Специалистам",
    "Структура музея Выставки Экскурсии Контакты и билеты Выходные в музее Тематические праздники",
    "Федеральные органы Республика Башкортостан Налоговые сервисы МР Аскинский район Полезные ссылки",
    "Главная Книги Статьи Методички Диссертации Отчеты Законы Каталог Контакты",
    "date 2025-12-30 Мир Политика Экономика Недвижимость Общество Наука и техника Культура",
    "Головна Новини Політика Економіка Суспільство Культура",
])
def test_glued_menus(line):
    assert S.glued_menu(line)


@pytest.mark.parametrize("line", [
    "Как Удалить Команды В Боте Телеграм Правильно и Быстро",  # a Title Case headline
    "Visa, Mastercard, Maestro, Мир, American Express и JCB",  # a list in a sentence
    "Си Цзиньпин приедет на Парад Победы в Москву",  # a headline with names: a preposition governs the capital
    "На интеграции России и Белоруссии поставили крест Елена Егорова",
    "Дубль Холанда помог Боруссии Д обыграть Унион",  # an initial
    "Губернатор Хабаровского края Вячеслав Иванович Шпорт",  # a patronymic: a person's full name
    "Церковь во имя Покрова Пресвятой Богородицы",  # four items: a church's name
    "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ ИНГУШЕТИЯ",  # a letterhead in capitals
    "Турнир открыл Глава Муниципального образования МО УРИЦК Николай Прокопчик,",  # the sentence goes on
    "Глава КНР Си Цзиньпин прибыл с госвизитом в Пхеньян",
    "Trang chủ Giới thiệu Tin tức Sự kiện Liên hệ",  # no Cyrillic: not this rule's
    "Home About News Events Contact",
    "Музей Экспозиция Фонды",  # too few items
    "Республика Татарстан Казань Кремлёвская улица",  # an address line: four items
])
def test_glued_menu_negatives(line):
    assert not S.glued_menu(line)


def test_a_glued_menu_is_taken_outside_the_text_only():
    menu = "На главную Музей Экспозиция Фонды Специалистам"
    assert S.page_chrome([menu, *_TEXT], {}) == {0: (S.MENU_RULE, S.page_chrome([menu, *_TEXT], {})[0][1])}
    assert 4 in S.page_chrome([*_TEXT, menu], {})
    # inside the text (a list of names or keywords between two paragraphs) it stays
    assert S.page_chrome([*_TEXT[:2], menu, *_TEXT[2:]], {}) == {}
    # right above the text it is the article's title (a headline in Title Case)
    assert S.page_chrome([_TEXT[1], menu, *_TEXT[1:]], {}) == {}


def test_names_and_keywords_inside_the_text_or_without_text_stay():
    names = "Анна Ахматова Марина Цветаева Борис Пастернак Осип Мандельштам"
    assert S.glued_menu(names)  # the shape alone: only where it stands tells it
    assert S.page_chrome([*_TEXT[:2], names, *_TEXT[2:]], {}) == {}
    assert S.page_chrome([names, "Сероглазый король", "Мне голос был"], {}) == {}  # no line of text on the page


def test_removed_lines_are_not_judged():
    menu = "На главную Музей Экспозиция Фонды Специалистам"
    assert S.page_chrome([menu, *_TEXT], {0: ("chrome.nav", None)}) == {}


def test_in_the_cleaner():
    page = "\n".join(["Пропустить команды ленты", "На главную", "На главную Музей Экспозиция Фонды Специалистам",
                      "", *_TEXT, "/DocLib3/1000002805.jpg", "", "Ваш браузер устарел!",
                      "Обновите ваш браузер для правильного отображения этого сайта. Обновить мой браузер"]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(page, doc_id="p.txt"))
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    for gone in ("ленты", "Экспозиция", "DocLib3", "браузер"):
        assert gone not in kept
    for line in _TEXT:
        assert line in kept
    rules = {e.rule for e in doc.ledger if e.action == "removed"}
    assert {S.BANNER_RULE, S.IMAGE_RULE} <= rules

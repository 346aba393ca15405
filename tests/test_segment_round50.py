"""Round bnd50 (issue 12: soft-break cuts and sentence boundaries on real pages), table-driven per class:

* a numbered list item wrapped before a quoted name or a bracket, the next item right after, is one unit
  (:mod:`mtpipe.clean.softbreak_items`; train30's ``t30ru08``);
* a quotation closed by its own stop and a quote, then a dash, goes on into the words after the dash, a capital
  after the dash too (:mod:`mtpipe.segment.quote_dash`; held31's ``h31ru11``, train30's ``t30ru06``);
* the author's words closed by a colon, then a dash and a capital: the speaker's words open a unit of their own
  (:func:`mtpipe.segment.quote_dash.speech_breaks`; held34's ``h34ru12``);
* a bracketed note after a sentence's stop, closed by a stop after the bracket, belongs to the sentence before
  (:mod:`mtpipe.segment.bracket_note`; held27's ``h27ru02``).
"""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.segment import split_sentences

# (text, the lines joined: the text before each joined newline ends with this)
ITEMS = [
    # a forum's help page: the item wraps before the name of a setting (t30ru08)
    ("1. Ник/Логин автора сообщения\n2. Зелёный огонёк рядом с ником - пользователь on-line, отсутствие огонька - "
     "пользователь off-line или в настройках просмотра пользователем была снята галочка в чекбоксе\n"
     "\"Показывать онлайн-статус\" (невидимый режим)\n3. Звезда в верхнем правом углу - пользователь является автором "
     "данной темы", ["в чекбоксе"]),
    # the same wrap before a name in guillemets, and items closed by ")"
    ("2) Чтобы войти на форум, нажмите кнопку в правом верхнем углу и выберите пункт\n«Войти через социальную сеть»\n"
     "3) Введите логин и пароль", ["выберите пункт"]),
    # Vietnamese: a setting's name in curly quotes
    ("1. Đăng nhập vào tài khoản của bạn\n2. Vào mục Cài đặt tài khoản, sau đó chọn mục bảo mật và nhấn vào nút\n"
     "“Đổi mật khẩu”\n3. Nhập mật khẩu cũ và mật khẩu mới", ["nhấn vào nút"]),
    # a list of documents: the item wraps before its bracketed note
    ("1. Заявление о выдаче разрешения на временное проживание по установленной форме\n(приложение № 1 к регламенту)\n"
     "2. Паспорт иностранного гражданина", ["установленной форме"]),
    # negatives: a numbered heading over its paragraph
    ("1. Giới thiệu chung\nNếu như Bắc Kinh được nhắc đến là trung tâm chính trị, văn hóa của Trung Quốc.\n"
     "2. Lịch sử", []),
    # a short item (a name, no running text) before a quoted piece
    ("1. Паспорт\n«Копия с переводом»\n2. СНИЛС", []),
    # the item ends its sentence: the quoted line is a unit of its own
    ("2. Нажмите кнопку в правом верхнем углу страницы.\n«Войти»\n3. Введите логин и пароль", []),
    # no next item after the piece: a caption or a heading, not a wrap
    ("2. Зелёный огонёк рядом с ником означает, что пользователь сейчас находится на форуме\n\"Онлайн-статус\"\n"
     "Звезда в верхнем правом углу", []),
    # the line after is another list's number, not the next item
    ("2. Зелёный огонёк рядом с ником означает, что пользователь сейчас находится на форуме\n\"Онлайн-статус\"\n"
     "5. Звезда в верхнем правом углу", []),
    # the piece opens with a capital word, no quote or bracket: a label under the item
    ("1. Заявление о выдаче разрешения на временное проживание по установленной форме\nФорма 2\n2. Паспорт", []),
]


@pytest.mark.parametrize("text, joined", ITEMS)
def test_item_wraps(text, joined):
    got = [text[:p].rsplit("\n", 1)[-1] for p in soft_breaks(text)]
    assert [g for g in got if any(g.endswith(j) for j in joined)] == got and len(got) == len(joined), got


# (text, lang, sentences)
QUOTES = [
    # an epigraph and its source after a dash (h31ru11)
    ("«Шесть дней работай, и делай всякие дела твои; а день седьмой — суббота Господу Богу твоему.» — Четвёртая "
     "Заповедь Господа Бога. Каждое воскресенье мы идём в храм.", "ru",
     ["«Шесть дней работай, и делай всякие дела твои; а день седьмой — суббота Господу Богу твоему.» — Четвёртая "
      "Заповедь Господа Бога.", "Каждое воскресенье мы идём в храм."]),
    # a verse: quoted speech, a hyphen, the verse goes on with a capital (t30ru06)
    ("Тут царевич подошёл \"Буду печь!\" - И грипп прошёл! Отщипнул от теста он Половину.", "ru",
     ["Тут царевич подошёл \"Буду печь!\" - И грипп прошёл!", "Отщипнул от теста он Половину."]),
    # a quote and the speaker's name and title
    ("«Мы победим!» — Иван Петров, капитан команды. Матч начнётся в семь.", "ru",
     ["«Мы победим!» — Иван Петров, капитан команды.", "Матч начнётся в семь."]),
    ("«Рукописи не горят.» — Михаил Булгаков. Эту фразу знают все.", "ru",
     ["«Рукописи не горят.» — Михаил Булгаков.", "Эту фразу знают все."]),
    # English: a quoted word and its gloss after a hyphen (a dev page's line)
    ("He declaimed loudly, \"Emshab!\" - Farsi for \"Tonight!\", the word he opens the show with. Then he left.", "en",
     ["He declaimed loudly, \"Emshab!\" - Farsi for \"Tonight!\", the word he opens the show with.", "Then he left."]),
    # negatives: a dialogue without quotes, each turn a sentence
    ("— Ты придёшь? — Да. Он ушёл.", "ru", ["— Ты придёшь?", "— Да.", "Он ушёл."]),
    # the stop stands after the quote: the sentence ends there
    ("Он назвал книгу «Вперёд». — Это хорошо.", "ru", ["Он назвал книгу «Вперёд».", "— Это хорошо."]),
    # no dash after the quotation
    ("Подробнее читайте в статье «Итоги года». Следующий материал выйдет через неделю.", "ru",
     ["Подробнее читайте в статье «Итоги года».", "Следующий материал выйдет через неделю."]),
    ("Он крикнул: «Стой!» Собака остановилась.", "ru", ["Он крикнул: «Стой!»", "Собака остановилась."]),
    # the author's words and a colon before the quotation: nothing of theirs follows the dash
    ("Он ответил: «Нет.» — Это было неожиданно.", "ru", ["Он ответил: «Нет.»", "— Это было неожиданно."]),
]


@pytest.mark.parametrize("text, lang, sentences", QUOTES)
def test_quote_goes_on(text, lang, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences


SPEECH = [
    # an interview's answer after the one who answers (h34ru12)
    ("На вопрос читателя «Искры» отвечает исполняющий обязанности директора комбината Виктор Викторович Логачев: - Мы "
     "своими силами восстанавливаем отделение. Работы идут.", "ru",
     ["На вопрос читателя «Искры» отвечает исполняющий обязанности директора комбината Виктор Викторович Логачев:",
      "- Мы своими силами восстанавливаем отделение.", "Работы идут."]),
    ("Глава района Иван Петров на встрече с жителями сказал: — Мы построим новую школу в следующем году.", "ru",
     ["Глава района Иван Петров на встрече с жителями сказал:", "— Мы построим новую школу в следующем году."]),
    ("Після засідання голова комісії зазначив: – Ми продовжимо роботу наступного тижня.", "uk",
     ["Після засідання голова комісії зазначив:", "– Ми продовжимо роботу наступного тижня."]),
    # negatives: a label before the colon, not the author's words
    ("Режим работы: - Пн-Пт с 9 до 18.", "ru", ["Режим работы: - Пн-Пт с 9 до 18."]),
    # a list's items in lower case after the colon
    ("Для участия нужно предоставить документы: - паспорт; - СНИЛС.", "ru",
     ["Для участия нужно предоставить документы: - паспорт; - СНИЛС."]),
    # a quotation after the colon: one sentence
    ("Глава района Иван Петров на встрече сказал: «Мы построим новую школу».", "ru",
     ["Глава района Иван Петров на встрече сказал: «Мы построим новую школу»."]),
    # a dash inside running text after the colon, no capital
    ("В итоге получилось следующее: - около ста участников и десять команд.", "ru",
     ["В итоге получилось следующее: - около ста участников и десять команд."]),
]


@pytest.mark.parametrize("text, lang, sentences", SPEECH)
def test_speech_after_colon(text, lang, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences


NOTES = [
    # a child's school after the contest entry (h27ru02)
    ("Третье место присуждено работе «Портрет дедушки» Кати Соковой, 7 лет. (ГБОУ СОШ № 709 СПДО №2). Поздравляем!",
     "ru", ["Третье место присуждено работе «Портрет дедушки» Кати Соковой, 7 лет. (ГБОУ СОШ № 709 СПДО №2).",
            "Поздравляем!"]),
    # a photo's credit (crawl's news pages)
    ("The senator spoke earlier this week in the capital. (Photo by Jonathan Ernst/Reuters). He declined to comment.",
     "en", ["The senator spoke earlier this week in the capital. (Photo by Jonathan Ernst/Reuters).",
            "He declined to comment."]),
    ("Заявление прозвучало на заседании правительства. (Видео: пресс-служба кабмина). Решение примут в мае.", "ru",
     ["Заявление прозвучало на заседании правительства. (Видео: пресс-служба кабмина).", "Решение примут в мае."]),
    # negatives: a number before the stop (a liturgical table's next reading, held24)
    ("Lv 25,1.8-17 ; Mt 14,1-12. (Lễ Đức Mẹ: Kh 21,1-5a ; Lc 11,27-28).", "vi",
     ["Lv 25,1.8-17 ; Mt 14,1-12.", "(Lễ Đức Mẹ: Kh 21,1-5a ; Lc 11,27-28)."]),
    # the bracket holds a sentence with its own stop inside
    ("Он ушёл. (Об этом мы писали вчера.) Потом вернулся.", "ru",
     ["Он ушёл.", "(Об этом мы писали вчера.)", "Потом вернулся."]),
]


@pytest.mark.parametrize("text, lang, sentences", NOTES)
def test_bracket_note(text, lang, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences

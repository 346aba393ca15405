"""A real title over a text that opens without a stop is no head rubric (issue 12, cp89, :mod:`mtpipe.clean.ru_heads`).

``boilerplate.head_rubric`` takes the article's title as the lowest line above the first line of text that names
something of it.  When the text's first line has no stop (a sentence cut at a link's text, a list's row), that line
was read as the title and the real title above it as a site's rubric.  Two shapes of the "title" tell it is the
text's own: a line under it (up to the first line of text) going on with a stop or a comma, and a list row closing
on a number in brackets next to another such row.  Every line here was written for the tests, none is a page's.
"""

from mtpipe.clean.ru_heads import head_lines

_TEXT = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка.",
         "По его словам, подрядчик должен закончить работы до начала учебного года, сроки не изменятся.",
         "На участке у моста уже уложили новый асфальт, а вдоль школы появились тротуар и освещение.",
         "Жители попросили добавить пешеходный переход у магазина, и администрация обещала это сделать.",
         "Газета писала об этом весной, и читатели откликнулись: ремонт дорог стал главной темой года."]


def _taken(lines):
    return sorted(head_lines(lines, {}))


def test_title_over_a_sentence_cut_at_a_link_stays():
    # the lead's first line ends at a link's text; the next line goes on with the sentence's stop
    lines = ["Летняя страда", "Ремонт дорог в трёх сёлах закончат вовремя, заявил в четверг глава",
             ". Подрядчик уложил асфальт у моста, а работы у школы начнутся в понедельник.", *_TEXT]
    assert _taken(lines) == []
    comma = ["Летняя страда", "Ремонт дорог в трёх сёлах закончат вовремя, заявил в четверг глава",
             "Заречного района", ", и подрядчик уложил асфальт у моста, работы у школы начнутся в понедельник.",
             *_TEXT]
    assert _taken(comma) == []


def test_rubric_over_a_title_still_goes():
    # the nearest content shape: the text under the title opens on a capital, no line goes on with a stop
    lines = ["Садовый клуб", "Ремонт дорог в трёх сёлах закончат к сентябрю", *_TEXT]
    assert _taken(lines) == [0]
    # a stop inside a line, or a line opening on a dot that is no sentence's going on ("...а"), changes nothing
    dots = ["Садовый клуб", "Ремонт дорог в трёх сёлах закончат к сентябрю", "...а подрядчик уже уложил асфальт "
            "у моста, работы у школы начнутся в понедельник.", *_TEXT]
    assert _taken(dots) == [0]


_ROWS = ["Ирина Белова. Полевые цветы (12)", "Олег Карпов. Северные песни (9)",
         "Нина Орлова. Лесная тропа (14)", "Павел Седов. Ремонт дорог в сёлах (9)"]


def test_list_rows_with_their_numbers_stay():
    # a list of books with the page in brackets: the list is the article, its first rows no rubric
    lines = ["Книги, упомянутые в номере", *_ROWS, *_TEXT]
    assert _taken(lines) == []


def test_one_number_in_brackets_is_no_list():
    # a title closing on a number in brackets ("№153 (7021)") alone, no row of the same shape next to it
    lines = ["Садовый клуб", "Ремонт дорог в сёлах: выпуск №153 (7021)", *_TEXT]
    assert _taken(lines) == [0]

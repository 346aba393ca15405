"""cp87: content lines lost on held49's blind run and in cp86's fresh check, by class (issue 12).

* a scripture reference under a quotation ("(Матф. 24:32–33)") read as a byline with a date
  (``boilerplate.dateline``): :mod:`mtpipe.clean.citation_refs` through :func:`.body_guards.dated_body_line`;
* the article's own headline under a "latest news" heading, photo captions between its first paragraphs
  (``boilerplate.list_heading``): :func:`.list_leads.article_head` steps over caption removals;
* a Russian subheading of a common noun and a name in the genitive whose noun ends as a given name does ("Победа
  Рублёва", "Ставка Кафельникова"): :func:`.ru_genitive.common_noun_head` (the Russian dictionary);
* a title opening with a brand's own spelling ("iPhone 7 phát nổ …") read as a lower-case tag
  (``boilerplate.lower_edge``): :mod:`mtpipe.clean.brand_titles`;
* an interview's answer under its question read as the first of a list's headlines (``boilerplate.headline_run``):
  :mod:`mtpipe.clean.dialogue_turns`.

Lines made up in those shapes; negatives are the nearest clutter: datelines and clock-time rows, lists of other
stories under such headings, given names and surnames, product tags.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.brand_titles import brand_opening
from mtpipe.clean.citation_refs import verse_reference
from mtpipe.clean.dialogue_turns import reply_run
from mtpipe.clean.ru_genitive import genitive_heading
from mtpipe.clean.signoff import not_a_name
from mtpipe.document import Document


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _removed_by(text: str, line: str) -> str | None:
    doc = _clean(text)
    at = doc.raw_text.index(line)
    for e in doc.ledger:
        if e.action == "removed" and e.start <= at < e.end:
            return e.rule
    return None


# --- a scripture reference is no dateline ---------------------------------------------------------------------

@pytest.mark.parametrize("line", ["(Матф. 24:32–33)", "(Мф. 5:3–12)", "Ин. 3:16, 18", "(1 Кор. 13:4–7; Рим. 8:28–30)",
                                  "(Ps 23:1-4)", "(Лк. 10:25-37)", "2 Тим. 3:16-17", "(Ин. 3:16; Рим. 8:28)"])
def test_a_verse_reference(line):
    assert verse_reference(line)


@pytest.mark.parametrize("line", [
    "14:15 - 09/07/2019", "Пн. 10:30–12", "Mon 9:30-11", "ТАСС 14:32 5", "Москва, 24 мая 2024, 12:30",
    "(Матф. 24:32–31)",  # a range that falls: no verses
    "Итоги 10:05-11",  # a clock's minutes open with 0
    "(Ин. 3:16)",  # one verse alone: no date-like second number, the rule never took it
    "(Mt 5,1-12a)",  # the comma form: no clock shape, the rule never took it
    "Иван Петров, 12:30 - 15.05.2024",
])
def test_no_verse_reference(line):
    assert not verse_reference(line)


def test_a_reference_under_a_quotation_stays():
    text = ("Уставные чтения дня\n\n"
            "Святитель Иоанн Златоуст, Беседа на Евангелие от Матфея\n\n"
            "«От смоковницы возьмите подобие:\n"
            "когда ветви ее становятся уже мягки и пускают листья,\n"
            "то знаете, что близко лето».\n"
            "(Матф. 24:32–33)\n\n"
            "Господь говорит это, чтобы показать, что время Его пришествия уже близко, и учит нас бодрствовать.\n")
    assert _removed_by(text, "(Матф. 24:32–33)") is None


def test_a_dated_byline_still_goes():
    text = ("В Москве открылся новый парк на берегу реки\n\n"
            "Иван Петров, 12:30 15.05.2024\n\n"
            "В столице в субботу открылся новый парк площадью двенадцать гектаров на берегу Москвы-реки.\n"
            "Посетители смогут гулять по набережной и заниматься спортом на новых площадках.\n")
    assert _removed_by(text, "Иван Петров, 12:30 15.05.2024") is not None


# --- the article's headline under a "latest news" heading, captions in its text -------------------------------

_LEAD = ("Với tinh thần phục vụ nhân dân, công an thành phố đã đến tận các tổ dân phố để thực hiện cấp căn cước công "
         "dân tại nhà cho người già yếu, tàn tật.")
_CAPTION = "Cán bộ công an đến tận nhà làm thủ tục cấp căn cước cho người dân. Ảnh: N.Trinh"
_P2 = ("Đội trưởng cho biết, qua rà soát, hiện có khoảng 91 người già yếu, tàn tật không thể đến các địa điểm để làm "
       "hồ sơ cấp căn cước.")
_P3 = ("Cuối tuần qua, đội đã di chuyển hệ thống trang thiết bị đến các phường và xã để làm thủ tục cấp căn cước cho "
       "21 trường hợp.")


def test_the_headline_under_latest_news_stays_with_captions_in_the_text():
    head = "Cấp căn cước công dân tại nhà cho người già yếu, tàn tật"
    text = f"Tin mới nhất\n\n{head}\n\n{_LEAD}\n{_CAPTION}\n{_CAPTION}\n\n{_P2}\n\n{_P3}\n"
    assert _removed_by(text, "Tin mới nhất") == "boilerplate.list_heading"
    assert _removed_by(text, head) is None


def test_a_list_of_other_stories_under_the_heading_still_goes():
    items = ["Giá xăng dầu đồng loạt giảm mạnh từ chiều nay", "Mưa lớn gây ngập nhiều tuyến phố ở Hà Nội",
             "Khởi công cao tốc nối hai tỉnh miền Tây"]
    text = f"{_LEAD}\n\n{_P2}\n\n{_P3}\n\nTin mới nhất\n" + "\n".join(items) + "\n"
    for item in items:
        assert _removed_by(text, item) == "boilerplate.list_heading"


# --- a common noun over a name in the genitive ----------------------------------------------------------------

@pytest.mark.parametrize("line", ["Победа Рублёва", "Ставка Кафельникова", "Переориентация Стэмкоса", "Отставка Шойгу",
                                  "Травма Овечкина"])
def test_a_common_noun_over_a_genitive_is_no_byline(line):
    assert genitive_heading([w.casefold() for w in line.split()])
    assert not_a_name([line], 0, "ru", ())


@pytest.mark.parametrize("line", ["Анна Рублёва", "Вера Зверева", "Надежда Бабкина", "Роза Сябитова", "Любовь Петрова",
                                  "Слава Зайцев", "Зима Мария", "Си Цзиньпин", "Мария Иванова", "Иванова Мария"])
def test_given_names_and_surnames_stay_names(line):
    assert not genitive_heading([w.casefold() for w in line.split()])


def test_a_subheading_under_the_date_stays_on_a_page():
    text = ("Кафельников поспорил с британским блогером на исход матча\n\n"
            "26 сентября 2017 г.\n\n"
            "Ставка Кафельникова\n\n"
            "Каково было удивление британского блогера, назвавшего московский клуб слабым, когда ему ответил бывший "
            "первый номер мирового рейтинга.\n\n"
            "Кафельников предложил блогеру пари на исход ближайшего матча двух команд в Лиге чемпионов.\n")
    assert _removed_by(text, "Ставка Кафельникова") != "boilerplate.byline"


# --- a title opening with a brand's spelling ------------------------------------------------------------------

@pytest.mark.parametrize("line", ["iPhone 7 phát nổ trong khi đàm thoại", "iPad Pro mới có gì đáng chú ý",
                                  "eBay cắt giảm hàng trăm nhân viên trên toàn cầu"])
def test_a_brand_opens_a_title(line):
    assert brand_opening(line)


@pytest.mark.parametrize("line", ["iPhone 14 Pro Max", "iShares Nikkei 225 (DE)",
                                  "iphone 7 phát nổ trong khi đàm thoại", "bOPV", "tin tức công nghệ mới nhất hôm nay",
                                  "mRNA vaccine works in most patients"])
def test_no_brand_title(line):
    assert not brand_opening(line)


def test_a_brand_title_stays_over_its_report():
    title = "iPhone 7 phát nổ trong khi đàm thoại"
    text = (f"{title}\n\n"
            "Một chiếc iPhone 7 đột nhiên phát nổ trong khi chủ nhân đang sử dụng nó để đàm thoại tại nhà riêng.\n\n"
            "Theo người dùng, chiếc điện thoại được mua chính hãng cách đây một năm và chưa từng bị rơi vỡ.\n\n"
            "Hãng sản xuất cho biết đang liên hệ với khách hàng để tìm hiểu nguyên nhân của sự cố.\n")
    assert _removed_by(text, title) is None


# --- an interview's answer is no list of headlines ------------------------------------------------------------

def test_an_answer_under_a_question_opens_no_list():
    lines = ["— Для вас это тоже серьёзное испытание?", "— Нет, это я пока просто фантазирую", "Фото опубликовано",
             "Видео опубликовано"]
    assert reply_run(lines, [0, 1, 2, 3], 1)


@pytest.mark.parametrize("above,first", [
    ("Матч завершился поздно вечером, и болельщики разошлись по домам.", "— Нет, это я пока просто фантазирую"),
    ("— Да, напряжение ощущается. Но я уже успела привыкнуть.", "— Нет, это я пока просто фантазирую"),  # no question
    ("— Уже знаете, куда поедете отдыхать?", "Сборная России обыграла Швецию"),  # no dash: a headline
])
def test_no_answer_run(above, first):
    assert not reply_run([above, first, "x", "y"], [0, 1, 2, 3], 1)


def test_an_interview_answer_stays_on_a_page():
    text = ("Жена шахматиста рассказала о подготовке к матчу за звание чемпиона мира\n\n"
            "Матч за звание чемпиона мира по шахматам продолжается в Нью-Йорке, и до его конца остаётся несколько "
            "партий.\n"
            "— Для Карякина этот матч главный в жизни. Заметны ли вам со стороны его волнения?\n"
            "— Он сосредоточен и сконцентрирован так же, как и на любом турнире, поэтому волнения не видно.\n"
            "— Уже знаете, куда поедете отдыхать?\n"
            "— Нет, это я пока просто фантазирую\n"
            "Фото опубликовано World Chess (@theworldchess)\n"
            "Видео опубликовано Galiya Karyakina (@galiyachess)\n"
            "Ноя 26 2016 в 12:46 PST\n"
            "— Перед партиями он просит вас его не беспокоить и оставить одного?\n"
            "— Чувство отстранённости у него работает самостоятельно, особой обстановки не нужно.\n")
    assert _removed_by(text, "— Нет, это я пока просто фантазирую") is None

"""Cleaning, miss32 (issue 12): ``mtpipe/clean/controls.py``, table-driven per class; every line here was written for
the tests (shapes of the dev pages' clutter, none copied from a page), with the text's look-alikes that must stay:

* markup printed as text (``boilerplate.markup``); a page's statistics (``boilerplate.stat_counter``);
* a caption ending with its source's credit (``captions.credit_tail``);
* a page control's words alone (``boilerplate.control``); a platform's own interface (``boilerplate.platform_ui``);
* a notice to the reader about the site's machinery (``boilerplate.prompt``);
* a byline or credit said with its words (``boilerplate.byline_phrase``), a labelled or relative date
  (``boilerplate.dateline_label``), both metadata;
and, through the whole cleaner, each removal in the ledger with its rule, the article's text kept.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.controls import (control, credit_line, credit_tail, date_label, judge, markup, platform, prompt,
                                   stat_counter)
from mtpipe.document import Document
from mtpipe.segment import Segmenter


@pytest.mark.parametrize("line,want", [
    ('<image>data:image/png;base64,iVBORw0KGgo alt="Схема"</image>', True),
    ('<th style="padding: 8px; text-align: left">', True),
    ("https://cdn.example.vn/2024/05/anh-minh-hoa_460x0.png", True),
    (".jpg)", True),
    ('<td class="cell" style="border: 1px solid', True),  # a tag whose attributes run on to the next line
    ("<p><strong>Giá vàng</strong> tăng mạnh trong phiên sáng nay.</p>", False),  # text wrapped in tags is text
    ("Подробности на сайте https://example.ru/news в разделе новостей.", False),  # a sentence naming a link
    ("Thời hạn giải quyết", False),
    ("Формат файла: .jpg или .png", False),
])
def test_markup(line, want):
    assert markup(line) is want


@pytest.mark.parametrize("line,want", [
    ("Сейчас читают: 318", True),
    ("- Đã xem: 1205", True),
    ("• Lượt tải: 3", True),
    ("15 người theo dõi", True),
    ("Просмотров: 2 417", True),
    ("• Pages: 14", True),
    ("Статью прочитали 5 тысяч человек за неделю.", False),  # a sentence citing a figure
    ("Đã xem xét 12 hồ sơ của các doanh nghiệp trong tỉnh", False),
    ("Lượt đi: 7 giờ sáng, lượt về: 5 giờ chiều, mỗi ngày hai chuyến xe", False),
    # counters with their period (clut55): a view-count plugin's total and day's count, h38ru05's form and others
    ("5,072 просмотров за всё время, 2 просмотров сегодня", True),  # h38ru05
    ("5,072 total views, 2 views today", True),  # the same plugin's own words
    ("Всего просмотров: 345, сегодня: 2", True),
    ("Просмотров сегодня: 12", True),  # an ad board's counter
    ("Lượt xem hôm nay: 2156", True),
    ("Tổng lượt xem: 1.234 | Hôm nay: 5", True),
    ("За всё время клип набрал миллиард просмотров.", False),  # a sentence with the words
    ("Видео набрало 5 млн просмотров за всё время", False),
    ("Сегодня 2 просмотра набрал ролик", False),
    ("Сегодня: 5", False),  # a period and a number, no counting word
    ("Всего за сегодня в регионе выявлено 120 случаев, 45 выздоровели", False),
])
def test_stat_counter(line, want):
    assert stat_counter(line) is want


@pytest.mark.parametrize("line,want", [
    ("Quang cảnh buổi lễ khai mạc - Ảnh 2", True),
    ("Lễ hội đường phố ở Huế - Hình 1.", True),
    ("Lịch tạm ngừng cấp điện ngày 14/7. Nguồn: EVNHCMC", True),
    ("Vịnh Hạ Long lúc bình minh © Anna Nowak / Shutterstock", True),
    ("Участники встречи в библиотеке. Фото предоставлено пресс-службой района", True),
    # a paragraph of more than one sentence closing with its credit: a listing's lead, the story's text
    ("Депутаты обсудили тарифы. Решение отложили на месяц. Источник: ТАСС", False),
    ("Giá điện sẽ tăng từ tháng sau, theo nguồn tin từ Bộ Công Thương.", False),  # "nguồn" inside a sentence
    ("Khí hậu biến đổi ảnh hưởng đến mùa màng của nông dân", False),  # "ảnh hưởng" is another word
    ("Фоторепортаж с открытия выставки", False),
    ("Nguồn: Reuters", False),  # a bare credit: the credit rules' business, not a caption's tail
])
def test_credit_tail(line, want):
    assert credit_tail(line) is want


@pytest.mark.parametrize("line,want", [
    ("Trả lời", True), ("Những tin cũ hơn", True), ("Tải thêm tin", True), ("Giỏ hàng", True),
    ("Версия для слабовидящих", True), ("Вернуться к началу", True), ("Подписаться", True), ("Вы здесь", True),
    ("Trả lời câu hỏi của phóng viên, ông Nam cho biết dự án sẽ hoàn thành trong năm nay.", False),
    ("Подписаться на газету можно в любом почтовом отделении.", False),
    ("Обратная связь с жителями района стала главной темой встречи.", False),
])
def test_control(line, want):
    assert control(line) is want


@pytest.mark.parametrize("line,want", [
    ("Hiển thị các bài đăng có nhãn du lịch. Hiển thị tất cả bài đăng", True),
    ("Đang hiển thị bài đăng từ Tháng 3, 2024", True),
    ("Bài đăng phổ biến", True),
    ("Tag Archives: Hà Nội", True),
    ("Архив рубрики: Новости района", True),
    ("Tổng số điểm của bài viết là: 12 trong 3 đánh giá", True),
    ("Tài liệu đã được kiểm tra trùng lặp", True),
    ("Скачать 42.1 Kb.", True),
    ("Ссылки для упрощенного доступа", True),
    ("Bài đăng trên mạng xã hội của ông đã thu hút hàng nghìn bình luận.", False),
    ("Архив рубрики хранится в библиотеке города с 1954 года.", False),
    ("Скачать приложение можно бесплатно в магазине.", False),
])
def test_platform(line, want):
    assert platform(line) is want


@pytest.mark.parametrize("line,want", [
    ("Наш сайт использует cookies, чтобы сделать его удобнее. Подробнее", True),
    ("Trang web sử dụng cookies để cải thiện trải nghiệm của bạn.", True),
    ("У вас отключен JavaScript. Включите его, чтобы пользоваться формой.", True),
    ("Нашли ошибку? Выделите её и нажмите Ctrl+Enter", True),
    ("This browser does not support the video element.", True),
    ("Подпишитесь на наш телеграм-канал и узнавайте новости первыми", True),
    ("Присылайте новости в редакцию по почте.", True),
    # texts about the same things: an article on cookies, a channel a story names
    ("Файлы куки хранят настройки пользователя, и браузер отсылает их серверу.", False),
    ("Что такое cookies", False),
    ("Губернатор завёл канал в Telegram, где публикует отчёты о работе.", False),
    ("Bạn đọc có thể gửi bình luận về dự thảo luật tới Quốc hội.", False),
])
def test_prompt(line, want):
    assert prompt(line) is want


@pytest.mark.parametrize("line,want", [
    ("- Viết bởi Lan Anh.", True),
    ("• bởi Luật sư Trần Văn Bình", True),
    ("Người đưa tin: Lê Thị Mai", True),
    ("Ký sự của Minh Đức (Canada)", True),
    ("Ảnh Phạm Quốc Huy", True),
    ("Фото Ирины СОКОЛОВОЙ", True),
    ("Hà Phương, phóng viên đài VOV", True),
    ("Глава поселка И.П. Сидоров", True),
    ("Ảnh minh họa", False),  # not a name
    ("Ảnh Huế", False),  # one word: a caption's subject as likely as a person
    ("Фото районной библиотеки", False),
    ("Bài viết của em được giải nhất cuộc thi viết thư quốc tế năm nay", False),  # a sentence, lower-case words
    ("Được viết bởi nhiều tác giả, cuốn sách đã được dịch ra 20 thứ tiếng.", False),
    ("Глава района рассказал о ремонте дорог", False),
])
def test_credit_line(line, want):
    assert credit_line(line) is want


@pytest.mark.parametrize("line,want", [
    ("Đăng ngày 5/3/2024 bởi admin", True),
    ("- Được đăng ngày 2 Tháng 6 2022", True),
    ("Дата опубликования: 3 марта 2011г.", True),
    ("Обзор новостей за: 01.09.2017", True),
    ("10 лет назад", True),
    ("5 phút trước", True),
    ("Дата опубликования не указана", False),  # no digit: no date
    ("10 лет назад здесь стоял старый завод, а теперь построен парк.", False),
    ("Đăng ngày hôm qua, bài viết đã thu hút 2 nghìn lượt chia sẻ và hàng trăm bình luận của bạn đọc cả nước.", False),
])
def test_date_label(line, want):
    assert date_label(line) is want


def test_judge_keeps_metadata_fields():
    got = judge(["Người đưa tin: Lê Thị Mai", "Дата опубликования: 3 марта 2011г."], set())
    assert got[0][0] == "boilerplate.byline_phrase" and got[0][2] == {"byline": "Người đưa tin: Lê Thị Mai"}
    assert got[1][0] == "boilerplate.dateline_label" and got[1][2] == {"date": "Дата опубликования: 3 марта 2011г."}


def test_judge_skips_removed_lines_and_names_the_rule():
    lines = ["Trả lời", "Giá vàng hôm nay tăng mạnh so với tuần trước.", "Lượt tải: 4"]
    got = judge(lines, {0})
    assert set(got) == {2}
    assert got[2][0] == "boilerplate.stat_counter"


_VI_BODY = ("Giá vàng trong nước hôm nay tăng mạnh theo đà tăng của thị trường thế giới.\n"
            "Theo các chuyên gia, xu hướng này có thể kéo dài đến cuối năm do nhu cầu trú ẩn an toàn.\n"
            "Nhiều người dân đã xếp hàng từ sáng sớm để mua vàng tại các cửa hàng lớn ở Hà Nội.\n")
_RU_BODY = ("Администрация района подвела итоги работы за год и рассказала о планах на следующий.\n"
            "По словам главы района, в приоритете остаются ремонт дорог и строительство школ.\n"
            "Жители смогут обсудить предложения на публичных слушаниях в феврале.\n")


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_vi_page_through_the_cleaner():
    text = ("Hiển thị các bài đăng có nhãn kinh tế. Hiển thị tất cả bài đăng\n\n" + _VI_BODY
            + "\nNgười dân xếp hàng mua vàng - Ảnh 1\n\n"
            "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây\n")
    doc = _run(text)
    rem = _removed(doc)
    assert rem.get("Hiển thị các bài đăng có nhãn kinh tế. Hiển thị tất cả bài đăng") == "boilerplate.platform_ui"
    assert rem.get("Người dân xếp hàng mua vàng - Ảnh 1") == "captions.credit_tail"
    assert "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây" in rem
    for line in _VI_BODY.splitlines():
        assert line in doc.text and line not in rem


def test_ru_page_through_the_cleaner():
    text = ("Версия для слабовидящих\n\n" + _RU_BODY
            + "\nНа сайте используются cookies. Продолжая использовать сайт, вы принимаете условия\n\n"
            "Сейчас читают: 57\n")
    doc = _run(text)
    rem = _removed(doc)
    assert "Версия для слабовидящих" in rem
    assert "На сайте используются cookies. Продолжая использовать сайт, вы принимаете условия" in rem
    assert "Сейчас читают: 57" in rem
    for line in _RU_BODY.splitlines():
        assert line in doc.text and line not in rem

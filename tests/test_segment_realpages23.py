"""Sentence units on real pages, Russian and Vietnamese (branch ``seg23``, :mod:`mtpipe.segment.glued`): step and
item labels open a unit, a title-case heading keeps its inner "?", a page glues units with no stop or no space, a
day.month date's stop or a Latin name's stop glued to the next sentence, a source note closing a line, "р-он.".

Classes read on the hand-marked real pages (benchmarks/data/realpages held18/held19); the sentences here are
written for the tests (other words, other labels, other sites' shapes), each class with negatives of the same
shape that must stay as they were."""

import pytest

from mtpipe.segment.sentences import split_sentences

CASES = [
    # (lang, text, units)
    # --- a step or item label opens its unit
    ("vi", "B1. Chọn sản phẩm cần mua", ["B1. Chọn sản phẩm cần mua"]),
    ("vi", "Bước 3. Nhập địa chỉ giao hàng", ["Bước 3. Nhập địa chỉ giao hàng"]),
    ("ru", "Шаг 2. Выберите способ оплаты", ["Шаг 2. Выберите способ оплаты"]),
    ("vi", "Mở ứng dụng trên điện thoại. Bước 2. Chọn sản phẩm.",
     ["Mở ứng dụng trên điện thoại.", "Bước 2. Chọn sản phẩm."]),
    ("vi", "Cách đặt món: C1. Chọn món ăn yêu thích C2. Nhập số điện thoại C3. Xác nhận đơn",
     ["Cách đặt món:", "C1. Chọn món ăn yêu thích", "C2. Nhập số điện thoại", "C3. Xác nhận đơn"]),
    ("ru", "Порядок такой: Шаг 1. Зарегистрируйтесь на сайте Шаг 2. Оплатите заказ картой",
     ["Порядок такой:", "Шаг 1. Зарегистрируйтесь на сайте", "Шаг 2. Оплатите заказ картой"]),
    # same shape, not a label: one "B2." and no run (a vitamin, a car model) ends its sentence
    ("vi", "Cơ thể cần vitamin B2. Nó giúp chuyển hóa năng lượng.",
     ["Cơ thể cần vitamin B2.", "Nó giúp chuyển hóa năng lượng."]),
    ("ru", "Я купил Audi A4. Машина работает отлично.", ["Я купил Audi A4.", "Машина работает отлично."]),
    # bare numbers after a stop in a run are dates, not labels ("on July 8. One … July 9. A …")
    ("en", "It was read on July 8. One copy went out on July 9. A copy reached London on August 10. The rest stayed.",
     ["It was read on July 8.", "One copy went out on July 9.", "A copy reached London on August 10.",
      "The rest stayed."]),
    # --- a title in title case keeps its inner "?"
    ("vi", "Vitamin C Có Tác Dụng Gì? Những Lưu Ý Khi Sử Dụng", ["Vitamin C Có Tác Dụng Gì? Những Lưu Ý Khi Sử Dụng"]),
    ("vi", "Vitamin C Có Tác Dụng Gì? Đây là câu hỏi nhiều người quan tâm",
     ["Vitamin C Có Tác Dụng Gì?", "Đây là câu hỏi nhiều người quan tâm"]),
    ("vi", "Có nên mua xe điện không? Câu Trả Lời Chi Tiết", ["Có nên mua xe điện không?", "Câu Trả Lời Chi Tiết"]),
    ("vi", "Bạn Đã Biết Chưa? Hãy Đọc Ngay.", ["Bạn Đã Biết Chưa?", "Hãy Đọc Ngay."]),
    # --- a heading glued before its text with no stop
    ("ru", "Сегодня в Казани открылась выставка Как рассказали организаторы, она продлится месяц.",
     ["Сегодня в Казани открылась выставка", "Как рассказали организаторы, она продлится месяц."]),
    ("ru", "Жители района давно ждали ремонта Однако работы начались только в мае.",
     ["Жители района давно ждали ремонта", "Однако работы начались только в мае."]),
    ("vi", "Khai mạc hội chợ sách mùa thu Theo ban tổ chức, hội chợ kéo dài năm ngày.",
     ["Khai mạc hội chợ sách mùa thu", "Theo ban tổ chức, hội chợ kéo dài năm ngày."]),
    ("vi", "Hướng dẫn cài đặt phần mềm VPN Các bước thực hiện như sau.",
     ["Hướng dẫn cài đặt phần mềm VPN", "Các bước thực hiện như sau."]),
    # same shape, no break: the polite "Вы", a capitalised name or title before, title case, a quoted title
    ("ru", "Если в городе, где Вы живёте, нет метро, берите такси.",
     ["Если в городе, где Вы живёте, нет метро, берите такси."]),
    ("ru", "Фильм «Как я провёл этим летом» вышел в 2010 году.",
     ["Фильм «Как я провёл этим летом» вышел в 2010 году."]),
    ("vi", "Top 5 Các Món Ăn Ngon Nhất Hà Nội", ["Top 5 Các Món Ăn Ngon Nhất Hà Nội"]),
    ("vi", "Đoàn công tác đến Hà Nội Theo lịch trình", ["Đoàn công tác đến Hà Nội Theo lịch trình"]),
    ("vi", "Các hoạt động chào mừng Ngày Nhà giáo và Ngày thành lập trường", 
     ["Các hoạt động chào mừng Ngày Nhà giáo và Ngày thành lập trường"]),
    # --- no space at all: a lower-case Cyrillic word runs into a capitalised one
    ("ru", "Итоги конкурса подвели в пятницуПобедителями стали школьники из Орла.",
     ["Итоги конкурса подвели в пятницу", "Победителями стали школьники из Орла."]),
    ("ru", "Абоненты ВымпелКом и МегаФон получат скидку.", ["Абоненты ВымпелКом и МегаФон получат скидку."]),
    # --- a day.month date's stop, a Latin name's stop, glued to the next sentence
    ("vi", "Hội nghị diễn ra trong hai ngày 15-16.4.Các đại biểu đã thảo luận nhiều vấn đề.",
     ["Hội nghị diễn ra trong hai ngày 15-16.4.", "Các đại biểu đã thảo luận nhiều vấn đề."]),
    ("vi", "Giá vàng ngày 15.4.2024 tăng mạnh.", ["Giá vàng ngày 15.4.2024 tăng mạnh."]),
    ("vi", "Công ty hợp tác với YouTube.Đây là bước đi mới của họ.",
     ["Công ty hợp tác với YouTube.", "Đây là bước đi mới của họ."]),
    ("vi", "Hội thảo PGConf.Russia diễn ra tại Moskva.", ["Hội thảo PGConf.Russia diễn ra tại Moskva."]),
    # --- a source note closing a line belongs to the unit before it
    ("vi", "Ai sẽ thắng trong cuộc bầu cử ? (VOA, 12/05/2024)", ["Ai sẽ thắng trong cuộc bầu cử ? (VOA, 12/05/2024)"]),
    ("vi", "Ai sẽ thắng? (Ảnh minh họa) Cuộc bầu cử diễn ra hôm nay.",
     ["Ai sẽ thắng?", "(Ảnh minh họa) Cuộc bầu cử diễn ra hôm nay."]),
    # --- a foreign given name's middle initial in Vietnamese text goes on; a Vietnamese name's letter may end it
    ("vi", "Buổi gặp có ông Mark T. Esper và bà Janet L. Yellen tham dự.",
     ["Buổi gặp có ông Mark T. Esper và bà Janet L. Yellen tham dự."]),
    ("vi", "Người nhận giải là ông Trần Văn B. Sau đó ông phát biểu.",
     ["Người nhận giải là ông Trần Văn B.", "Sau đó ông phát biểu."]),
    ("vi", "Người nhận giải là ông Tran Van B. Sau đó ông phát biểu.",
     ["Người nhận giải là ông Tran Van B.", "Sau đó ông phát biểu."]),
    # --- "р-он." (район) is an abbreviation
    ("ru", "Лен. обл. Кировский р-он. Рыбалка на окуня", ["Лен. обл. Кировский р-он. Рыбалка на окуня"]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_real_page_units(lang, text, expected):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == expected

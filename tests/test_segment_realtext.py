"""Sentence splitting on what real scraped pages do (issue 12), one table per language.

Each case: a paragraph and the sentences it must split into.  Cases come from the real-page set
(benchmarks/data/realpages) and from the same kinds of text: no space after a full stop, wire
datelines, "род.", masked licence plates, "TS."/"P." titles, "?" standing for lost quotes.
"""

import pytest

from mtpipe.segment import split_sentences

RU = [
    ("Официальный представитель МИД Китая Чжао Лицзянь.Это уже второй случай за неделю.",
     ["Официальный представитель МИД Китая Чжао Лицзянь.", "Это уже второй случай за неделю."]),
    ('Игроки клуба "Альбаро".Примерно половина из них ушла.',
     ['Игроки клуба "Альбаро".', "Примерно половина из них ушла."]),
    ("Об этом пишет The Verge.Боевые действия продолжаются.",
     ["Об этом пишет The Verge.", "Боевые действия продолжаются."]),
    ("Пекин. 12 марта. INTERFAX.RU - Китай объявил о снижении пошлин. Решение вступит в силу в апреле.",
     ["Пекин. 12 марта. INTERFAX.RU - Китай объявил о снижении пошлин.", "Решение вступит в силу в апреле."]),
    ("Пекин, 8 мая /Синьхуа/ -- По итогам первых четырех месяцев объем торговли вырос на 27,3 проц.",
     ["Пекин, 8 мая /Синьхуа/ -- По итогам первых четырех месяцев объем торговли вырос на 27,3 проц."]),
    ("Лю Гучан (род. 3 сентября 1952 года) — китайский дипломат.",
     ["Лю Гучан (род. 3 сентября 1952 года) — китайский дипломат."]),
    ("Председателя Си Цзиньпина и Президента В.В.Путина связывают искренняя дружба.",
     ["Председателя Си Цзиньпина и Президента В.В.Путина связывают искренняя дружба."]),
    ("Статья по итогам конференции PGConf.Russia, где мы рассказали о миграции.",
     ["Статья по итогам конференции PGConf.Russia, где мы рассказали о миграции."]),
    ("По сообщениях тайваньской газеты ?Ляньхэбао?, администрация Тайваня сообщила телеграммой. Шэнь прибудет днём.",
     ["По сообщениях тайваньской газеты ?Ляньхэбао?, администрация Тайваня сообщила телеграммой.",
      "Шэнь прибудет днём."]),
    ("Экспорт из КНР в РФ составил $ 13,9 млрд. (+21,1%). Импорт вырос.",
     ["Экспорт из КНР в РФ составил $ 13,9 млрд. (+21,1%).", "Импорт вырос."]),
    ("ПЕКИН, 25 авг – РИА Новости. Официальный представитель МИД КНР заявил, что это не так.В ходе брифинга он добавил.",
     ["ПЕКИН, 25 авг – РИА Новости. Официальный представитель МИД КНР заявил, что это не так.",
      "В ходе брифинга он добавил."]),
    ("Как передает Цензор.НЕТ со ссылкой на Reuters, визит состоится.",
     ["Как передает Цензор.НЕТ со ссылкой на Reuters, визит состоится."]),
]

VI = [
    ("Xe mang biển số 14A-130... 23 lần vi phạm trong năm. Chủ xe đã bị phạt.",
     ["Xe mang biển số 14A-130... 23 lần vi phạm trong năm.", "Chủ xe đã bị phạt."]),
    ("Theo TS. Nguyễn Văn A, kết quả rất tốt. Ông cho biết thêm.",
     ["Theo TS. Nguyễn Văn A, kết quả rất tốt.", "Ông cho biết thêm."]),
    ("Ông sống ở P. Trung Hòa, Q. Cầu Giấy, Hà Nội. Năm nay ông 60 tuổi.",
     ["Ông sống ở P. Trung Hòa, Q. Cầu Giấy, Hà Nội.", "Năm nay ông 60 tuổi."]),
    ("Cùng giáo viên hướng dẫn: TS.Đoàn Liêng Diễm. Người đã hướng dẫn em rất nhiều.",
     ["Cùng giáo viên hướng dẫn: TS.Đoàn Liêng Diễm.", "Người đã hướng dẫn em rất nhiều."]),
    ("Ông ấy nói vậy.Ở các nước khác thì khác.", ["Ông ấy nói vậy.", "Ở các nước khác thì khác."]),
    ("Phát biểu tại Hà Nội.Theo ông, kết quả rất tốt.",
     ["Phát biểu tại Hà Nội.", "Theo ông, kết quả rất tốt."]),
    ("Tỷ giá tại TP.HCM ổn định. Giá vàng tăng.", ["Tỷ giá tại TP.HCM ổn định.", "Giá vàng tăng."]),
    ('"Biển Đông War": Có đánh nhau không? Ai đánh ai? Đánh cách nào?',
     ['"Biển Đông War": Có đánh nhau không?', "Ai đánh ai?", "Đánh cách nào?"]),
    ("Truy cập vnexpress.Net để biết thêm.", ["Truy cập vnexpress.Net để biết thêm."]),
    ("HÀ NỘI, 30/4 (TTXVN) - Thủ tướng đã tiếp Đại sứ Trung Quốc. Hai bên trao đổi nhiều vấn đề.",
     ["HÀ NỘI, 30/4 (TTXVN) - Thủ tướng đã tiếp Đại sứ Trung Quốc.", "Hai bên trao đổi nhiều vấn đề."]),
]

CASES = [("ru", t, s) for t, s in RU] + [("vi", t, s) for t, s in VI]


@pytest.mark.parametrize("lang,text,sentences", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_real_text_sentences(lang, text, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences

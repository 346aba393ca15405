"""Sentence segmentation: hard cases per language, offsets, FLORES boundaries."""

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from mtpipe.document import Document
from mtpipe.segment import SegmentOptions, Segmenter, split_sentences

# (language, text, expected sentences)
CASES = [
    ("ru", "Г-н Ван прибыл в Чанчунь. Он провёл совещание.", ["Г-н Ван прибыл в Чанчунь.", "Он провёл совещание."]),
    ("ru", "Обсуждали парки, дороги и т. д. Затем выступил мэр.", ["Обсуждали парки, дороги и т. д.", "Затем выступил мэр."]),
    ("ru", "Встреча прошла 22 янв. 2024 г. в мэрии. Её открыл мэр.", ["Встреча прошла 22 янв. 2024 г. в мэрии.", "Её открыл мэр."]),
    ("ru", "Доклад сделал А. С. Петров. Вопросов не было.", ["Доклад сделал А. С. Петров.", "Вопросов не было."]),
    ("ru", "Рост составил 3.5 процента. Это рекорд.", ["Рост составил 3.5 процента.", "Это рекорд."]),
    ("ru", "«Вперёд!» — сказал он. Все встали.", ["«Вперёд!» — сказал он.", "Все встали."]),
    ("ru", "Он спросил: «Когда?» — и ушёл. Ответа не было.", ["Он спросил: «Когда?» — и ушёл.", "Ответа не было."]),
    ("ru", "Адрес: ул. Ленина, д. 5. Приём с 9 часов.", ["Адрес: ул. Ленина, д. 5.", "Приём с 9 часов."]),
    ("ru", "Бюджет — 5 млн. руб. на год. Его утвердили.", ["Бюджет — 5 млн. руб. на год.", "Его утвердили."]),
    ("ru", "Это важно! Очень важно? Да.", ["Это важно!", "Очень важно?", "Да."]),
    ("ru", "Стратегия «344» принята в 2023 г. Она работает.", ["Стратегия «344» принята в 2023 г.", "Она работает."]),
    ("vi", "TP. Hồ Chí Minh có nhiều khu công nghiệp. Thành phố phát triển nhanh.", ["TP. Hồ Chí Minh có nhiều khu công nghiệp.", "Thành phố phát triển nhanh."]),
    ("vi", "GS. Nguyễn Văn An phát biểu. Hội nghị kết thúc.", ["GS. Nguyễn Văn An phát biểu.", "Hội nghị kết thúc."]),
    ("vi", "TS. Lê Minh tham dự. Ông nói rất hay.", ["TS. Lê Minh tham dự.", "Ông nói rất hay."]),
    ("vi", "Tăng trưởng đạt 3.5 phần trăm. Đây là kỷ lục.", ["Tăng trưởng đạt 3.5 phần trăm.", "Đây là kỷ lục."]),
    ("vi", "Ông hỏi: “Vì sao?” rồi ra về. Không ai trả lời.", ["Ông hỏi: “Vì sao?” rồi ra về.", "Không ai trả lời."]),
    ("vi", "Thật tuyệt! Chúng ta làm được? Có.", ["Thật tuyệt!", "Chúng ta làm được?", "Có."]),
    ("vi", "Hội nghị ngày 19/2/2021 đã thành công. Ở các tỉnh cũng vậy.", ["Hội nghị ngày 19/2/2021 đã thành công.", "Ở các tỉnh cũng vậy."]),
    ("vi", "Kế hoạch \"1310\" được triển khai. Ảnh hưởng rất lớn.", ["Kế hoạch \"1310\" được triển khai.", "Ảnh hưởng rất lớn."]),
    ("vi", "PGS. Trần Hùng và ThS. Lý Hoa đến. Họ phát biểu.", ["PGS. Trần Hùng và ThS. Lý Hoa đến.", "Họ phát biểu."]),
    ("vi", "Giá tăng 1.000 đồng. Người dân lo ngại.", ["Giá tăng 1.000 đồng.", "Người dân lo ngại."]),
    ("en", "Mr. Wang visited Changchun. He met the mayor.", ["Mr. Wang visited Changchun.", "He met the mayor."]),
    ("en", "Dr. Li and Prof. Zhang spoke. The meeting ended.", ["Dr. Li and Prof. Zhang spoke.", "The meeting ended."]),
    ("en", "Growth reached 3.5 percent. That is a record.", ["Growth reached 3.5 percent.", "That is a record."]),
    ("en", "He asked \"Why?\" and left. Nobody answered.", ["He asked \"Why?\" and left.", "Nobody answered."]),
    ("en", "It opened on Jan. 5, 2024 in Jilin. Crowds came.", ["It opened on Jan. 5, 2024 in Jilin.", "Crowds came."]),
    ("en", "The U.S. delegation arrived. Talks began.", ["The U.S. delegation arrived.", "Talks began."]),
    ("en", "Great! Really? Yes.", ["Great!", "Really?", "Yes."]),
    ("en", "The office is at No. 5 Renmin St. in Changchun. It opens at nine.", ["The office is at No. 5 Renmin St. in Changchun.", "It opens at nine."]),
    ("en", "J. K. Smith wrote it. It sold well.", ["J. K. Smith wrote it.", "It sold well."]),
    ("en", "The \"1310\" plan was studied. Mayor Xu spoke.", ["The \"1310\" plan was studied.", "Mayor Xu spoke."]),
    ("zh", "王子联视察了长春。他强调要加快发展！", ["王子联视察了长春。", "他强调要加快发展！"]),
    ("zh", "他说：“好！”然后离开了。", ["他说：“好！”", "然后离开了。"]),
    ("zh", "增长3.5%。这是纪录。", ["增长3.5%。", "这是纪录。"]),
    ("zh", "真的吗？是的。", ["真的吗？", "是的。"]),
    ("zh", "会议于2024年1月22日举行。王子联出席。", ["会议于2024年1月22日举行。", "王子联出席。"]),
    ("zh", "「开放」是关键！大家同意。", ["「开放」是关键！", "大家同意。"]),
    ("zh", "他说……好。", ["他说……", "好。"]),
    ("zh", "“344”战略已实施。效果明显。", ["“344”战略已实施。", "效果明显。"]),
    ("zh", "地址：人民大街5号。欢迎光临！", ["地址：人民大街5号。", "欢迎光临！"]),
    ("zh", "What? 这是英文。", ["What?", "这是英文。"]),
    # more: terminal abbreviations, addresses, quotes with ! or ? inside a sentence
    ("ru", "Это было в 2023 г. Потом всё изменилось.", ["Это было в 2023 г.", "Потом всё изменилось."]),
    ("ru", "Он живёт в г. Москве. Работает в центре.", ["Он живёт в г. Москве.", "Работает в центре."]),
    ("ru", "Приехали Иванов, Петров и др. Все выступили.", ["Приехали Иванов, Петров и др.", "Все выступили."]),
    ("ru", "В 90-х гг. XX века всё изменилось.", ["В 90-х гг. XX века всё изменилось."]),
    ("ru", "Проект стоит 5 млрд руб. и будет готов к 2025 г. Работы начаты.",
     ["Проект стоит 5 млрд руб. и будет готов к 2025 г.", "Работы начаты."]),
    ("ru", "Он спросил: «Кто здесь?» и вышел. Дверь закрылась.", ["Он спросил: «Кто здесь?» и вышел.", "Дверь закрылась."]),
    ("ru", "Офис: ул. Ленина, д. 5, кв. 12. Приём с 9 утра.", ["Офис: ул. Ленина, д. 5, кв. 12.", "Приём с 9 утра."]),
    ("ru", "Т. е. решение принято. Возражений нет.", ["Т. е. решение принято.", "Возражений нет."]),
    ("vi", "Địa chỉ: số 12, đường Lê Lợi, Q. 1, TP. HCM. Điện thoại liên hệ sau.",
     ["Địa chỉ: số 12, đường Lê Lợi, Q. 1, TP. HCM.", "Điện thoại liên hệ sau."]),
    ("vi", "Các mặt hàng gồm gạo, cà phê, v.v. được xuất khẩu. Giá trị tăng mạnh.",
     ["Các mặt hàng gồm gạo, cà phê, v.v. được xuất khẩu.", "Giá trị tăng mạnh."]),
    ("vi", "Anh ấy hét lên “Tuyệt vời!” và cười. Mọi người vỗ tay.", ["Anh ấy hét lên “Tuyệt vời!” và cười.", "Mọi người vỗ tay."]),
    ("vi", "BS. Phạm Văn D khám cho bệnh nhân. Kết quả tốt.", ["BS. Phạm Văn D khám cho bệnh nhân.", "Kết quả tốt."]),
    ("vi", "GS. TS. Nguyễn Văn A phát biểu khai mạc. Ông nhấn mạnh vai trò của khoa học.",
     ["GS. TS. Nguyễn Văn A phát biểu khai mạc.", "Ông nhấn mạnh vai trò của khoa học."]),
    ("vi", "góp phần thúc đẩy. của nền kinh tế phát triển. Đây là kết quả tốt.",  # a stray period (seed 003)
     ["góp phần thúc đẩy. của nền kinh tế phát triển.", "Đây là kết quả tốt."]),
    ("en", "They sold apples, pears, etc. Business was good.", ["They sold apples, pears, etc.", "Business was good."]),
    ("en", "The meeting ended at 5 p.m. on Friday. Everyone went home.",
     ["The meeting ended at 5 p.m. on Friday.", "Everyone went home."]),
    ("en", "Prices rose by 3.75 percent, i.e. faster than wages. Workers protested.",
     ["Prices rose by 3.75 percent, i.e. faster than wages.", "Workers protested."]),
    ("en", "Apple Inc. reported record sales. Shares rose.", ["Apple Inc. reported record sales.", "Shares rose."]),
    ("en", "She asked, \"Is it over?\" and left the room. Nobody answered.",
     ["She asked, \"Is it over?\" and left the room.", "Nobody answered."]),
    ("en", "It costs $4.99 per unit. That is cheap.", ["It costs $4.99 per unit.", "That is cheap."]),
    ("en", "Jilin Yatai Co. Ltd. reported profits. Shares rose.", ["Jilin Yatai Co. Ltd. reported profits.", "Shares rose."]),
    ("en", "FAW Group Corp. Changchun plant opened. Work began.", ["FAW Group Corp. Changchun plant opened.", "Work began."]),
    ("zh", "他问：“你去哪里？”我没有回答。", ["他问：“你去哪里？”", "我没有回答。"]),
    ("zh", "他高喊“我们赢了！”并举起了奖杯。大家都很感动。", ["他高喊“我们赢了！”并举起了奖杯。", "大家都很感动。"]),
    ("zh", "「你好嗎？」她問道。我說很好。", ["「你好嗎？」她問道。", "我說很好。"]),
    ("zh", "王先生（长春市市长）出席了会议。会议很成功。", ["王先生（长春市市长）出席了会议。", "会议很成功。"]),
    ("zh", "习近平强调，要坚持高质量发展；要扩大开放。会议结束。", ["习近平强调，要坚持高质量发展；要扩大开放。", "会议结束。"]),
    ("zh", "《人民日报》发表评论。评论引起关注。", ["《人民日报》发表评论。", "评论引起关注。"]),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_hard_cases(lang, text, expected):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == expected


def test_at_least_ten_cases_per_language():
    from collections import Counter

    assert min(Counter(c[0] for c in CASES).values()) >= 10


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_offsets_slice_text_in_order_without_overlap(text):
    doc = Segmenter()(Document.from_text(text))
    doc.check()
    for s in doc.segments:
        assert s.source == s.source.strip() and s.source


@pytest.mark.parametrize("text", ["", "   \n\n  \t ", "слово " * 20000])
def test_edge_inputs(text):
    doc = Segmenter()(Document.from_text(text))
    doc.check()
    if not text.strip():
        assert doc.segments == []


def test_long_sentences_split_to_the_limit_and_marked():
    text = ("очень длинное предложение без точек, " * 60).strip()
    count = lambda t, lang: len(t.split()) + 1  # noqa: E731
    doc = Segmenter(SegmentOptions(max_tokens=40, count_tokens=count))(Document.from_text(text))
    doc.check()
    assert len(doc.segments) > 1
    assert all(count(s.source, "ru") <= 40 for s in doc.segments)
    assert [s.part for s in doc.segments] == [(k, len(doc.segments)) for k in range(len(doc.segments))]


def test_language_per_segment_in_a_mixed_paragraph():
    text = "Мэр Ван Цзылянь провёл большое совещание в мэрии. The mayor held a long meeting in the city hall. Thị trưởng đã chủ trì cuộc họp quan trọng hôm nay. 市长王子联今天主持召开了重要的会议。"
    doc = Segmenter()(Document.from_text(text))
    assert [s.src_lang for s in doc.segments] == ["ru", "en", "vi", "zh"]


def test_flores_boundaries_and_language(flores_dir):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from segmentation import evaluate

    res = evaluate(flores_dir)
    for code, r in res.items():
        assert r["boundary_recall"] >= 0.99, (code, r)
        assert r["lang_accuracy"] >= 0.99, (code, r)


def test_only_kept_ranges_are_segmented():
    text = "Мэр провёл совещание. Оно было долгим.\nРеклама: купите слона!\nИтог ясен."
    doc = Document.from_text(text)
    doc.meta["kept"] = [[0, 38], [text.index("Итог"), len(text)]]
    doc = Segmenter()(doc)
    assert [s.source for s in doc.segments] == ["Мэр провёл совещание.", "Оно было долгим.", "Итог ясен."]
    assert [s.paragraph for s in doc.segments] == [0, 0, 1]


def test_paragraph_languages():
    doc = Segmenter()(Document.from_text("Мэр провёл совещание.\n\nThe mayor held a meeting.\n\n市长主持召开会议。"))
    assert doc.meta["paragraph_langs"] == ["ru", "en", "zh"]
    assert [s.src_lang for s in doc.segments] == ["ru", "en", "zh"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Мэр.", " г. ", "т. д.", "长春。", "“好！”", "TP. ", "Mr. ", "\n", "\n\n", " ", "!?",
                                 "2024 г. ", "«Да?» ", "etc. ", "v.v. ", "...", "……", "A. "]), max_size=80).map("".join))
def test_offsets_on_tricky_pieces(text):
    doc = Segmenter(SegmentOptions(max_tokens=5, count_tokens=lambda t, lang: len(t.split())))(Document.from_text(text))
    doc.check()
    for s in doc.segments:
        assert s.source == s.source.strip() and s.source
    # nothing but whitespace is left between segments of the text
    covered = "".join(s.source for s in doc.segments)
    assert "".join(covered.split()) == "".join(text.split())


def test_a_language_can_get_its_own_splitter():
    from mtpipe import segment

    assert "en" not in segment.SPLITTERS  # English uses sentencex by default
    segment.register_splitter("en", lambda text: [(0, 4), (4, len(text))])
    try:
        assert split_sentences("One. Two. Three.", "en") == [(0, 4), (5, 16)]
    finally:
        segment.SPLITTERS.pop("en")

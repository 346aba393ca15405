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

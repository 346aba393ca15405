"""Classes of sentence-boundary misses and soft-break cuts read on crawl12 after its final blind run (issue 12, point 2
and 4): one table per class, cases written from the class (not copied from those pages), each with same-shape
negatives.

* a day.month date with a space before its year only ("13.9. 2003");
* a section's capital letter opening its line ("A. QUÁ TRÌNH HÌNH THÀNH …");
* a baptismal name cut short after a Catholic title ("Cha Ant. Lê Văn Khấn");
* a hard-wrapped text (lines filled to one width): a full line goes on into the next even when it opens with a
  capital (``mtpipe.clean.softbreak_marks.wrap_width``).
"""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.segment import split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


DATES = [
    ("vi", "Sau ngày khai mạc 13.9. 2003, các buổi sinh hoạt diễn ra đều đặn.",
     ["Sau ngày khai mạc 13.9. 2003, các buổi sinh hoạt diễn ra đều đặn."]),
    ("ru", "Собрание прошло 5.10. 2019 в актовом зале школы.", ["Собрание прошло 5.10. 2019 в актовом зале школы."]),
    ("vi", "Hội nghị họp ngày 2. 3. 2024 tại Hà Nội.", ["Hội nghị họp ngày 2. 3. 2024 tại Hà Nội."]),
    # negatives: a clause number and a count; a month closing a sentence before a number opening the next
    ("ru", "Смотрите п. 2.5. 10 человек уже записались.", ["Смотрите п. 2.5.", "10 человек уже записались."]),
    ("vi", "Lễ được cử hành lúc 9.30. 200 người đã tham dự.", ["Lễ được cử hành lúc 9.30.", "200 người đã tham dự."]),
]

LABELS = [
    ("vi", "A. QUÁ TRÌNH HÌNH THÀNH VÀ PHÁT TRIỂN", ["A. QUÁ TRÌNH HÌNH THÀNH VÀ PHÁT TRIỂN"]),
    ("vi", "B. Các hoạt động. Giáo xứ có ba hội đoàn.", ["B. Các hoạt động.", "Giáo xứ có ba hội đoàn."]),
    ("ru", "Б. Порядок подачи заявлений", ["Б. Порядок подачи заявлений"]),
    ("ru", "В. Путин заявил об этом. Потом ушёл.", ["В. Путин заявил об этом.", "Потом ушёл."]),
    # negatives: a letter closing a sentence inside the line is no label
    ("vi", "Đội thắng là nhóm A. Nhóm B về nhì.", ["Đội thắng là nhóm A.", "Nhóm B về nhì."]),
]

CLERGY = [
    ("vi", "Năm 1992, Cha Ant. Lê Văn Khấn trùng tu lại nhà thờ.", ["Năm 1992, Cha Ant. Lê Văn Khấn trùng tu lại nhà thờ."]),
    ("vi", "Chánh xứ: Linh mục Giuse MC. Trần Văn Bình.", ["Chánh xứ: Linh mục Giuse MC. Trần Văn Bình."]),
    ("vi", "Người xây là Thầy Phil. Đỗ Minh Tâm, năm 1960.", ["Người xây là Thầy Phil. Đỗ Minh Tâm, năm 1960."]),
    # negatives: a Vietnamese name ends the sentence; a full foreign name too; no title before the word
    ("vi", "Tôi gặp Cha Minh. Ngài kể về giáo xứ.", ["Tôi gặp Cha Minh.", "Ngài kể về giáo xứ."]),
    ("vi", "Địa phận được trao cho Đức Cha Francois Pallu. Năm 1679, địa phận được chia đôi.",
     ["Địa phận được trao cho Đức Cha Francois Pallu.", "Năm 1679, địa phận được chia đôi."]),
    ("vi", "Sản phẩm mới của hãng Ant. Tim Cook không bình luận.", ["Sản phẩm mới của hãng Ant.", "Tim Cook không bình luận."]),
    # one given name after the cut name goes on too (bnd41: crawl12's labels make "Cha Ant. Khấn trùng tu …" one unit);
    # a word that opens sentences does not
    ("vi", "Năm 1933, Cha Ant. Khấn trùng tu.", ["Năm 1933, Cha Ant. Khấn trùng tu."]),
    ("vi", "Năm 1933 có Cha Ant. Sau đó nhà thờ được trùng tu.", ["Năm 1933 có Cha Ant.", "Sau đó nhà thờ được trùng tu."]),
]


@pytest.mark.parametrize("lang,text,units", DATES + LABELS + CLERGY)
def test_units(lang: str, text: str, units: list[str]) -> None:
    assert _units(text, lang) == units


WRAPPED = """Giáo xứ Tân Lập là giáo xứ nhỏ nhất của giáo phận nằm trong nội
thành của thành phố, với số giáo dân khoảng hai nghìn người, sống rải
rác trên tám họ đạo là họ nhà xứ, họ Đông, họ Tây, họ Nam và họ Bắc.
Giáo xứ toạ lạc trên phần đất thuộc phường Ngọc Lâm, quận phía đông
Long Biên, thành phố Hà Nội, cách toà giám mục khoảng ba mươi cây số
về hướng Đông Bắc; phía Tây giáp sông Hồng, bên kia sông Hồng là toà
Tổng Giáo phận; phía Tây Bắc giáp giáo họ Ngọc Lâm, phía Đông giáp xứ
Cẩm Giang; phía Nam giáp giáo họ Kim Lan, họ Ngọc Động và họ Xuân.
Từ cầu về phía hạ lưu khoảng ba cây số, nhà thờ xứ nằm bên tả ngạn
sông Hồng, với ngọn tháp chuông cao vút và thiết kế độc đáo, sừng sững
cổ kính, hiên ngang với thời gian và có niên hiệu từ năm một nghìn
chín trăm mười lăm, một biểu tượng đức tin đáng tự hào cho mọi người.
NHỮNG TÍN HỮU TIÊN KHỞI
Theo lời các cụ cao niên trong giáo xứ kể lại thì vào khoảng những
năm đó, làng vẫn chưa có ai theo đạo."""

HEADLINES = """Tổng Giáo phận công bố lịch mừng lễ Giáng sinh năm nay cho các xứ
Hội đồng Giám mục họp thường niên tại trung tâm mục vụ thành phố lớn
Giáo xứ Tân Lập khánh thành nhà thờ mới sau ba năm xây dựng công phu
Thánh lễ tạ ơn mừng kỷ niệm một trăm năm thành lập giáo xứ Cẩm Giang
Đại hội giới trẻ giáo phận quy tụ hơn năm nghìn bạn trẻ từ các giáo xứ
Khai giảng khóa giáo lý hôn nhân cho các bạn trẻ chuẩn bị lập gia đình
Những hình ảnh đẹp trong ngày lễ bổn mạng của giáo xứ Ngọc Lâm năm nay
Chương trình bác ái mùa Chay giúp đỡ các gia đình khó khăn ở vùng sâu
Thông báo tuyển sinh lớp dự tu năm học mới của Đại chủng viện Thánh Giuse"""


def _joined(text: str) -> list[str]:
    points = set(soft_breaks(text))
    out, cur = [], []
    pos = 0
    for line in text.split("\n"):
        cur.append(line)
        end = pos + len(line)
        if end not in points:
            out.append(" ".join(cur))
            cur = []
        pos = end + 1
    return out


def test_a_hard_wrapped_text_goes_on_across_a_capital() -> None:
    paras = _joined(WRAPPED)
    assert any("phường Ngọc Lâm, quận phía đông Long Biên, thành phố" in p for p in paras), paras
    assert any("bên kia sông Hồng là toà Tổng Giáo phận;" in p for p in paras), paras
    assert "NHỮNG TÍN HỮU TIÊN KHỞI" in paras  # a heading (a short line) stands alone
    assert not any("người. NHỮNG" in p or "họ Xuân. Từ" in p for p in paras)  # a sentence end stays a break


def test_a_list_of_headlines_is_not_wrapped_text() -> None:
    assert soft_breaks(HEADLINES) == []


# rows of a table flattened after the article's last sentence (held26, read after its final blind run) stay; a list of
# other stories, and a run of bylines with dates, still go (mtpipe.clean.layout.table_rows)
BODY = ("Форма сдаётся в налоговую инспекцию по месту учёта. Сроки её сдачи зависят от периода.\n"
        "Штраф за опоздание составляет тысячу рублей, его платят в течение месяца.")
TABLE = ["Сроки сдачи отчётности в 2024 году", "Расчет по взносам За 2023 год 25.01.2024", "За I квартал 2024 года 25.04.2024",
         "За I полугодие 2024 года 25.07.2024", "За 9 месяцев 2024 года 25.10.2024", "За 2024 год 27.01.2025",
         "Сведения о доходах За 2023 год 25.02.2024", "За I квартал 2024 года 26.04.2024",
         "За I полугодие 2024 года 26.07.2024", "За 9 месяцев 2024 года 28.10.2024", "За 2024 год 25.02.2025"]
RELATED = ["В Пензе открыли новый парк 12.03.2024", "Глава района провёл приём граждан 11.03.2024",
           "Школьники сдали нормы ГТО 10.03.2024", "На трассе М5 ограничат движение 09.03.2024"]
BYLINES = ["By Anna Smith March 4, 2013", "By John Brown March 3, 2013", "Most read stories", "Top ten films of the year"]


@pytest.mark.parametrize("rows,table", [(TABLE[1:], True), (RELATED, False), (BYLINES, False)])
def test_table_rows(rows: list[str], table: bool) -> None:
    from mtpipe.clean.layout import table_rows

    assert table_rows(rows) is table


def test_a_table_after_the_text_stays() -> None:
    from mtpipe.clean import Cleaner, CleanOptions
    from mtpipe.document import Document

    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(BODY + "\n\n" + "\n".join(TABLE) + "\n", doc_id="a.txt", path="a.txt"))
    gone = [e.text.strip() for e in doc.ledger if e.action == "removed" and e.rule == "boilerplate.tail_run"]
    assert not gone, gone
    related = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(BODY + "\n\n" + "\n".join(RELATED) + "\n", doc_id="a.txt", path="a.txt"))
    assert len([e for e in related.ledger if e.rule == "boilerplate.tail_run"]) == len(RELATED)

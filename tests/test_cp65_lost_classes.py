"""cp65: a record's field whose value is the page's title is the record's line, no near copy of the title.

``t29vi07`` (train29, a commune's administrative procedure) prints the procedure's name as its title, then the
record's fields: "Tên thủ tục hành chính: <the name>", "Lĩnh vực: …"; ``dedupe.near`` took the first field as a copy
of the title (the label the only difference) and the field was lost.  Forms of the same record templates: "Tên thủ tục
hành chính:", "Ký hiệu thủ tục:" (provincial public-service portals, found with the pages search), "Наименование
услуги:", "Название мероприятия:"; the negatives are the furniture that repeats a title after a one-word label
("Re: …", "Тема: …", "Tags: …"), a value that is not the title, and a label with digits.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.labelled_values import labelled_value
from mtpipe.document import Document
from mtpipe.segment import Segmenter

NAME_VI = ("Trợ cấp hàng tháng đối với người chưa thành niên từ đủ 16 tuổi đến dưới 18 tuổi nhưng đang đi học văn hoá, "
           "học nghề có hoàn cảnh là trẻ em nhiễm HIV/AIDS thuộc hộ gia đình nghèo")
NAME_RU = "Выдача разрешения на вступление в брак лицам, достигшим возраста шестнадцати лет"
EVENT_RU = "Городской конкурс юных чтецов «Живая классика» среди учащихся 5–11 классов"


@pytest.mark.parametrize("first, later, want", [
    (NAME_VI, f"Tên thủ tục hành chính: {NAME_VI}", True),  # t29vi07
    (NAME_VI, f"Tên thủ tục : {NAME_VI}.", True),  # a space before the colon, a stop after the value
    (NAME_RU, f"Наименование услуги: {NAME_RU}", True),
    (EVENT_RU, f"Название мероприятия: {EVENT_RU}", True),
    (NAME_RU.upper(), f"Полное наименование услуги: {NAME_RU}", True),  # case aside
    # negatives
    (NAME_RU, f"Re: {NAME_RU}", False),  # a forum reply's subject: one-word label, furniture
    (NAME_RU, f"Тема: {NAME_RU}", False),
    (EVENT_RU, f"Tags: {EVENT_RU}", False),
    (NAME_VI, f"Tên thủ tục hành chính: {NAME_VI} (cấp xã)", False),  # the value says more than the title
    (NAME_RU, f"Услуга 2 вида: {NAME_RU}", False),  # a label with a number in it
    (NAME_RU, f"Это предложение длиннее семи слов и не является меткой поля: {NAME_RU}", False),
    (NAME_RU, NAME_RU, False),  # no label at all
])
def test_labelled_value(first: str, later: str, want: bool) -> None:
    assert labelled_value(first, later) is want


def _kept(text: str) -> list[str]:
    doc = Document.from_text(text, doc_id="s/a.txt", path="s/a.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    gone = {e.start for e in doc.ledger if e.action == "removed"}
    return [line for line, start in _starts(doc.raw_text) if start not in gone]


def _starts(text: str) -> list[tuple[str, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((line, pos))
        pos += len(line) + 1
    return out


def test_field_after_title_kept() -> None:
    field = f"Tên thủ tục hành chính: {NAME_VI}"
    text = "\n\n".join([
        NAME_VI, field, "Lĩnh vực: Bảo trợ xã hội",
        "Bước 1. Đối tượng hoặc gia đình, người giám hộ phải chuẩn bị hồ sơ theo quy định của pháp luật.",
        "Bước 2. Bộ phận tiếp nhận hồ sơ và trả kết quả thuộc UBND cấp xã tiếp nhận hồ sơ của cá nhân trong giờ "
        "hành chính các ngày làm việc."])
    assert field in _kept(text)


def test_one_word_label_still_a_copy() -> None:
    """The same page with a one-word label ("Тема: <title>"): the near rule still takes it, as on integ."""
    field = f"Тема: {NAME_VI}"
    text = "\n\n".join([
        NAME_VI, field, "Lĩnh vực: Bảo trợ xã hội",
        "Bước 1. Đối tượng hoặc gia đình, người giám hộ phải chuẩn bị hồ sơ theo quy định của pháp luật.",
        "Bước 2. Bộ phận tiếp nhận hồ sơ và trả kết quả thuộc UBND cấp xã tiếp nhận hồ sơ của cá nhân trong giờ "
        "hành chính các ngày làm việc."])
    assert field not in _kept(text)


# --- the header's deck (copies._deck): "<title>" ⏎ deck ⏎ byline / credit label / date ⏎ "<title>" ⏎ text ---------
# t2ru02 (tune, labels after adj63): the header's title, its deck, "Ахмед Садулаев" / "Текст:" / the date, the title
# again over the text: ``dedupe.exact`` kept the header's copy.  The header's metadata block of Convention 1 with the
# deck above it; a deck needs an author's byline in the block (a rubric over a bare date is no deck).
TITLE_RU = "США могут ввести санкции против еще 200 производителей чипов из Китая"
LEAD_RU = ("Администрация действующего президента США Джо Байдена намерена ввести экспортные ограничения против еще "
           "200 китайских производителей чипов.")
TITLE_VI = "Cập nhật điều kiện du học Trung Quốc năm 2025"
LEAD_VI = ("Trung Quốc đang trở thành điểm đến lý tưởng cho nhiều sinh viên Việt Nam với nền giáo dục ngày càng hiện "
           "đại và chi phí hợp lý.")


def _header_page(title: str, deck: str, block: list[str], copy: str, lead: str) -> str:
    return "\n\n".join([title, deck, "\n".join(block), copy, lead, lead.replace("200", "300").replace("Việt", "Lào")])


@pytest.mark.parametrize("page, first_kept", [
    (_header_page(TITLE_RU, "Список планируют обнародовать на следующей неделе",
                  ["Ахмед Садулаев", "Текст:", "24 ноября 2024, 19:25"], TITLE_RU, LEAD_RU), False),  # t2ru02
    (_header_page(TITLE_RU, "Bloomberg: список опубликуют на следующей неделе", ["Ахмед Садулаев", "24 ноября 2024, 19:25"],
                  TITLE_RU, LEAD_RU), False),  # a deck with a source label in it
    (_header_page(TITLE_RU, "Список опубликуют на следующей неделе", ["Ахмед Садулаев", "24 ноября 2024, 19:25"],
                  TITLE_RU, LEAD_RU), False),  # no credit label in the block
    # negatives: the first copy stays
    (_header_page(TITLE_RU, "Список планируют обнародовать на следующей неделе, сообщили источники агентства.",
                  ["24 ноября 2024, 19:25"], TITLE_RU, LEAD_RU), True),  # a sentence under the title: text begun
    (_header_page(TITLE_RU, "Читайте также:", ["24 ноября 2024, 19:25"], TITLE_RU, LEAD_RU), True),  # a colon
    (_header_page(TITLE_VI, "kinh tế Trung Quốc tiếp tục phục hồi", ["Ngày đăng:2021-04-18 16:04:38"],
                  TITLE_VI.replace("Trung Quốc", "Trung"), LEAD_VI), True),  # h5vi02: a near copy, mangled
    (_header_page(TITLE_RU, "Список планируют обнародовать на следующей неделе", ["Политика", "Экономика"],
                  TITLE_RU, LEAD_RU), True),  # rubrics, no stamp: no header block
    (_header_page(TITLE_RU, "Общество и люди в нашем городе сегодня", ["17.10.2019", "13 мин"], TITLE_RU, LEAD_RU),
     True),  # a rubric over a bare date and reading time, no byline (dedupe57's negative, Convention 1)
], ids=["t2ru02", "source-deck", "no-credit", "sentence", "colon", "h5vi02-near", "rubrics", "rubric-date"])
def test_header_deck(page: str, first_kept: bool) -> None:
    kept = _kept(page)
    title = page.split("\n\n")[0]
    assert (kept.index(title) == 0) is first_kept
    assert kept.count(title) == 1 or not first_kept

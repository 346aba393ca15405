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

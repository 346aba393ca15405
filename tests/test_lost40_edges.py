"""A clause broken over lines after the article's last sentence ("và 110A Nguyễn Đình Chính, quận Phú Nhuận,": a second
address, opening with "và" and going on with a comma) is no tag for ``boilerplate.lower_edge`` (lost40, on train28's
shape).  Pages written for these tests."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.document import Document
from mtpipe.segment import Segmenter

PAGE = ("Quán cà phê Sân Vườn\n"
        "Quán nằm trong một con hẻm yên tĩnh, có sân vườn rộng và nhiều cây xanh, phục vụ cà phê, nước ép, bánh ngọt, "
        "ăn nhẹ và cơm trưa văn phòng.\n"
        "Giá đồ uống từ 25.000 đến 60.000 đồng.\n\n"
        "Địa chỉ: 92 Trần Huy Liệu TP HCM.\n\n"
        "{line}\n\n"
        "ĐT: 08 8441769\n")


def _removed(text: str, policy: str = "balanced") -> dict[str, str]:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_clause_after_the_article_stays(policy):
    line = "và 110A Nguyễn Đình Chính, quận Phú Nhuận,"
    assert line not in _removed(PAGE.format(line=line), policy)


@pytest.mark.parametrize("line", [
    "cà phê sân vườn phú nhuận",  # a tag: no comma at the end
    "quán cà phê, sân vườn,",     # tags with commas, no function word opening them
])
def test_tags_after_the_article_still_go(line):
    assert _removed(PAGE.format(line=line)).get(line) == "boilerplate.lower_edge"


GOSPEL = ("CHÚA NHẬT XXII TN C\n\n{line}\n\n"
          "\"Khi ấy, nhằm một ngày Sabbat Chúa Giêsu vào nhà một thủ lãnh các người biệt phái để dùng bữa, và họ dò xét "
          "Người.\" Người nói với những kẻ được mời dự tiệc một dụ ngôn, khi thấy họ chọn chỗ nhất.\n")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_verse_reference_is_no_dateline(policy):
    # "1.7-14": two separators, a chapter's verses ("Lc 14, 1.7-14"), no day, month and year
    assert "Lc 14, 1.7-14" not in _removed(GOSPEL.format(line="Lc 14, 1.7-14"), policy)


@pytest.mark.parametrize("line", ["Thanh Hà, ngày 14/5/2020", "Báo Nhân Dân, 14.05.2020"])
def test_a_source_with_its_date_is_still_a_dateline(line):
    assert _removed(GOSPEL.format(line=line)).get(line) == "boilerplate.dateline"

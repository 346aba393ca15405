"""head105: the header's decorated copy of the title goes and the article's own heading stays (held56, read after its
blind run: h56vi07, h56vi10), a CMS's article-info line and the AMP plugin's switcher link.

Pages written for these tests on the shapes of h56vi07 (the title, a Joomla article-info line with the date, the title
with its figure written another way, the text) and h56vi10 (the title with the author glued after a dash, the plain
title, the author's name alone, the text); the negatives keep Convention 1's first copy (no stamp between the copies,
a tail that no byline line repeats, a live sentence between)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.article_info import info_line
from mtpipe.clean.cms_strings import cms_string
from mtpipe.document import Document
from mtpipe.segment import Segmenter

TEXT_VI = ("Sáng chủ nhật, ngày 16/02/2014 tại khuôn viên trường, ban điều hành hội cựu học sinh đã tổ chức thành công "
           "buổi họp mặt lần thứ mười lăm với đông đảo thầy cô tham dự.")
TEXT_VI2 = ("Do đã trải qua một chặng đường dài trong việc tổ chức các lần họp mặt, ban tổ chức năm nay chuẩn bị từ nội "
            "dung đến hình thức rất chu đáo.")


def _run(text: str, policy: str = "weighed") -> Document:
    doc = Document.from_text(text, doc_id="s/a.txt", path="s/a.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _kept_lines(doc: Document) -> list[str]:
    kept = doc.meta.get("kept", [])
    out = []
    pos = 0
    for line in doc.text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.strip() and any(x < b and y > a for x, y in kept):
            out.append(line.strip())
    return out


def _rules(doc: Document) -> dict[str, str]:
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", ["weighed", "balanced"])
def test_the_header_copy_over_a_stamp_goes_the_near_copy_over_the_text_stays(policy):
    page = ("Những nét mới trong lần họp thứ 15\n\n"
            "Chuyên mục: Truyện ngắn - Bút kí Được đăng: Thứ hai, 17 Tháng 2 2014 Viết bởi Nguyễn Văn Điệp\n\n"
            "Những nét mới trong lần họp thứ XV\n\n" + TEXT_VI + "\n\n" + TEXT_VI2 + "\n")
    doc = _run(page, policy)
    kept = _kept_lines(doc)
    assert "Những nét mới trong lần họp thứ XV" in kept
    assert "Những nét mới trong lần họp thứ 15" not in kept
    assert _rules(doc)["Những nét mới trong lần họp thứ 15"] == "dedupe.header_copy"


def test_a_later_copy_with_more_glued_on_keeps_the_first_copy():
    # tune's vi10: a byline, the title, its date stamp, a share label, then an image's name "<title>_fororder_2" over the text
    title = "Tiếng nói của hội cựu học sinh đã giải đáp câu hỏi lớn của các thế hệ"
    page = ("Mẫn Linh\n\n" + title + "\n\n19-01-2022 14:33:01(GMT+08:00)\nChia sẻ:\n\n" + title + "_fororder_2\n\n"
            + TEXT_VI + "\n\n"
            + TEXT_VI2 + "\n")
    kept = _kept_lines(_run(page))
    assert title in kept


def test_no_stamp_between_keeps_the_first_copy():
    page = ("Những nét mới trong lần họp thứ 15\n\nNhững nét mới trong lần họp thứ XV\n\n" + TEXT_VI + "\n\n"
            + TEXT_VI2 + "\n")
    kept = _kept_lines(_run(page))
    assert "Những nét mới trong lần họp thứ 15" in kept
    assert "Những nét mới trong lần họp thứ XV" not in kept


def test_a_sentence_between_keeps_the_first_copy():
    page = ("Những nét mới trong lần họp thứ 15\n\n" + TEXT_VI + "\n\nĐược đăng: Thứ hai, 17 Tháng 2 2014\n\n"
            "Những nét mới trong lần họp thứ XV\n\n" + TEXT_VI2 + "\n")
    kept = _kept_lines(_run(page))
    assert "Những nét mới trong lần họp thứ 15" in kept


TITLE = "Thánh lễ Tạ Ơn tại Hội Thánh Tin Lành Giám Lý Việt Mỹ"
TEXT_VI3 = ("Sáng Chúa Nhật 20 tháng 11 năm 2022 tại giáo đường thuộc thành phố Arlington, Hội Thánh đã thờ phượng Chúa "
            "nhân Lễ Tạ Ơn với một chương trình trang trọng.")


@pytest.mark.parametrize("glue", [" -Đào Hiếu Thảo", " - Đào Hiếu Thảo", " – Đào Hiếu Thảo"])
def test_the_title_with_the_byline_glued_goes_the_plain_title_stays(glue):
    page = TITLE + glue + "\n\n" + TITLE + "\nĐào Hiếu Thảo\n" + TEXT_VI3 + "\n\n" + TEXT_VI2 + "\n"
    doc = _run(page)
    kept = _kept_lines(doc)
    assert TITLE in kept
    assert TITLE + glue not in kept


def test_a_glued_tail_no_byline_repeats_keeps_the_first_copy():
    page = TITLE + " -Đào Hiếu Thảo\n\n" + TITLE + "\n" + TEXT_VI3 + "\n\n" + TEXT_VI2 + "\n"
    kept = _kept_lines(_run(page))
    assert TITLE + " -Đào Hiếu Thảo" in kept
    assert TITLE not in kept


@pytest.mark.parametrize("line, want", [
    ("Chuyên mục: Truyện ngắn - Bút kí - Tùy bút Được đăng: Thứ hai, 17 Tháng 2 2014 Viết bởi Nguyễn Văn Điệp", True),
    ("Автор: Елена КИСЛИЦЫНА Категория: Лента новостей Создано: 23.06.2022 13:51 Просмотров: 340", True),
    ("Category: News Published: 12 March 2019 Hits: 1204", True),
    ("Chuyên mục: Đời sống xã hội", False),  # one field: a record's own value
    ("Автор: Иван Иванов", False),
    ("Автор статьи рассказал, что категория: важна для всех", False),  # no label as the pack writes it first
    ("Hôm qua chúng tôi nói về Chuyên mục: Văn hóa Được đăng: tuần trước", False),  # not opening with a field
    ("Chuyên mục: Tin tức Được đăng: " + "rất nhiều chữ " * 8, False),  # a value of too many words
])
def test_article_info_line(line, want):
    assert (info_line(line) is not None) is want


def test_amp_switcher_link_is_a_cms_string():
    assert cms_string("Exit mobile version").cms == "AMP plugin"
    assert cms_string("Go to mobile version") is not None
    assert cms_string("Exit the mobile version of the game to continue") is None

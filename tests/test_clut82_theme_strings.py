"""clut82 (issue 12, post-blind on held47's Vietnamese pages): a site theme's English strings, a home crumb under the
site's own name, a bracketed video pointer and a meta row's author (:mod:`mtpipe.clean.theme_strings`); a read-more
link led by a lone ">" after a sentence (:mod:`mtpipe.segment.tails`).

Positives are made up in the shapes of the classes (WordPress core, Jetpack, theme headings, the copy-protection
plugin's notice; h47vi04, h47vi05, h47vi12, h15vi01); negatives are the nearest content shapes: an English sentence
quoted in a Vietnamese article, a title holding a listed string with more words, "(Xem thêm …)" inside a paragraph,
a clip's title, a how-to's "Bước 1: Trang chủ", a bulleted list item of the text.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.theme_strings import (BULLET_AUTHOR, HOME_CRUMB, THEME_STRING, VIDEO_POINTER, bullet_authors,
                                        home_crumb, theme_lines, theme_string, video_pointer)
from mtpipe.document import Document
from mtpipe.segment import split_sentences

_VI_TEXT = ["HỘI QUÁN NGƯỜI HOA Ở CHỢ LỚN",
            "Hội quán là công trình có giá trị kiến trúc độc đáo để thờ thần linh và sinh hoạt của cộng đồng.",
            "Hầu hết các hội quán được xây dựng từ rất lâu, và thường được nhắc đến trong sách sử địa phương."]


@pytest.mark.parametrize("line", [
    "You may like", "You May Also Like", "• Related Posts", "Like Loading...",
    "Related", "Don't Miss",  # "Share this:", "Leave a Reply", ...: the CMS table's (tests/test_cms100_one_place.py) "error: Content is protected !!",
    "Alert: Content is protected !!", "Warning: Content is protected!!!", "error: Nội dung đã được bảo vệ!",
    "Click to share on Facebook (Opens in new window)", "Click to print (Opens in new window)",
    "You are not allowed to copy content or view source", "Copied!", "Link copied",
])
def test_theme_strings(line):
    assert theme_string(line)


@pytest.mark.parametrize("line", [
    "You may like it or not, he said.",  # an English sentence quoted in the text
    "Related Posts in Ukraine",  # a title holding a listed string with more words
    "error: file not found",  # a program's message in a how-to
    "Lỗi: nội dung không hợp lệ",
    "Có thể bạn quan tâm",  # the Vietnamese heading: other rules'
    "Share this article with your friends and family today.",
    "Content is king",
    "Copied from the original report",
])
def test_not_theme_strings(line):
    assert not theme_string(line)


def test_theme_strings_only_on_non_english_pages():
    lines = ["A short story about tea.", "You may like", "Related"]
    assert theme_lines(lines, {}, "en", "") == {}
    assert {i: r for i, (r, _) in theme_lines(lines, {}, "vi", "").items()} == {1: THEME_STRING, 2: THEME_STRING}
    assert {i: r for i, (r, _) in theme_lines(lines, {}, "ru", "").items()} == {1: THEME_STRING, 2: THEME_STRING}


@pytest.mark.parametrize("line,host,found", [
    ("Hi88 Online: Trang Chủ", "hi88online.net", True),
    ("Báo Nông Thôn - Trang chủ", "baonongthon.vn", True),
    ("Trang chủ | Kinh tế nông thôn", "kinhtenongthon.vn", True),
    ("Качканар: Главная", "kachkanar.ru", True),
    ("Hi88 Online: Trang Chủ", "othersite.vn", False),  # the name is not the host's
    ("Bước 1: Trang chủ", "huongdan.vn", False),  # a how-to's step names no host
    ("Hi88 Online là trang chủ của giải đấu", "hi88online.net", False),  # a sentence
    ("Kinh tế nông thôn", "kinhtenongthon.vn", False),  # the name alone: site_names' rule
])
def test_home_crumb(line, host, found):
    from mtpipe.clean.site_names import host_labels

    assert home_crumb(line, host_labels(host)) is found


@pytest.mark.parametrize("line,found", [
    ("(Xem video cận cảnh khu phố Tàu ngập tràn biển hiệu tiếng Trung Quốc )", True),
    ("(Mời độc giả xem video: Lũ lớn ở Hà Giang)", True),
    ("[Xem clip toàn cảnh buổi lễ]", True),
    ("(Смотрите видео с места событий)", True),
    ("Clip: Hàng chục hộ dân phải di dời vì sạt lở bờ sông Hồng", False),  # a clip's title, content on a dev page
    ("(Xem thêm: Nghị định 15/2020/NĐ-CP)", False),  # a cross-reference, no video
    ("Ông nói (xem video) rằng không có chuyện đó.", False),  # inside a sentence
    ("(Tuần thứ 07 từ ngày 09/02/2026 đến ngày 13/02/2026)", False),  # a bracketed content line
])
def test_video_pointer(line, found):
    assert video_pointer(line) is found


_DATE = ("boilerplate.date_line", "a date line")


@pytest.mark.parametrize("lines,removed,found", [
    (["• Namthilanguage", "• 02/08/2021"], {1: _DATE}, [0]),
    (["• 17-07-2025", "• Toanngo92", "• 0 Comments"], {0: _DATE}, [1]),
    (["• Nguyễn Văn An", "• 02/08/2021"], {1: _DATE}, [0]),
    (["• Namthilanguage", "• 02/08/2021"], {}, []),  # the date not removed: no meta row known
    (["• Namthilanguage", "• Trang chủ"], {1: ("boilerplate.menu", "a menu")}, []),  # a menu, not a date
    (["• Namthilanguage", "", "• 02/08/2021"], {2: _DATE}, []),  # a blank line between
    (["• Đình làng cùng lễ hội truyền thống và các hoạt động tâm linh", "• Thời gian đăng: 08/03/2023"],
     {1: _DATE}, []),  # a list item of the text
    (["• và các", "• 02/08/2021"], {1: _DATE}, []),  # lower case, a function word
    (["• Ghi chú: xem thêm", "• 02/08/2021"], {1: _DATE}, []),  # a label
    (["Namthilanguage", "• 02/08/2021"], {1: _DATE}, []),  # no bullet
    (["• November 2019", "• PDF"], {0: _DATE}, []),  # a document's format, no name
])
def test_bullet_authors(lines, removed, found):
    got = bullet_authors(lines, removed, "vi")
    assert sorted(got) == found
    assert all(rule == BULLET_AUTHOR and "byline=" in note for rule, note in got.values())


def _removed(text: str, doc_id: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id=doc_id, path=doc_id))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_page_through_the_cleaner():
    text = "\n".join([_VI_TEXT[0], "", "• Namthilanguage", "• 02/08/2021", "", *_VI_TEXT[1:], "",
                      "(Xem video cận cảnh hội quán trong ngày lễ )", "", "You may like", "",
                      "error: Content is protected !!"]) + "\n"
    removed = _removed(text, "namthilanguage.edu.vn/a.txt")
    assert removed.get("You may like") == THEME_STRING
    assert removed.get("error: Content is protected !!") == THEME_STRING
    assert removed.get("(Xem video cận cảnh hội quán trong ngày lễ )") == VIDEO_POINTER
    assert "• Namthilanguage" in removed
    assert not set(removed) & set(_VI_TEXT)


def test_home_crumb_through_the_cleaner():
    text = "\n".join(["Hi88 Online: Trang Chủ", "", *_VI_TEXT]) + "\n"
    assert _removed(text, "hi88online.net/a.txt").get("Hi88 Online: Trang Chủ") == HOME_CRUMB
    assert "Hi88 Online: Trang Chủ" not in _removed(text, "pages/a.txt")


# --- a read-more link led by a lone ">" after a sentence (mtpipe.segment.tails) -----------------------------------

@pytest.mark.parametrize("text,units", [
    ("Nhiều đoạn phố có cảm giác như không phải ở Việt Nam. > Xem chi tiết",
     ["Nhiều đoạn phố có cảm giác như không phải ở Việt Nam.", "> Xem chi tiết"]),
    ('Chữ Việt phải được đặt trên nhất trong cái biển hiệu đó...". > Xem chi tiết',
     ['Chữ Việt phải được đặt trên nhất trong cái biển hiệu đó...".', "> Xem chi tiết"]),
    ("Hội nghị đã bế mạc tốt đẹp. > Xem thêm", ["Hội nghị đã bế mạc tốt đẹp.", "> Xem thêm"]),
])
def test_lone_arrow_read_more_is_a_unit(text, units):
    assert [text[a:b] for a, b in split_sentences(text, "vi")] == units


@pytest.mark.parametrize("text", [
    "Vào Cài đặt > Chi tiết",  # a menu path: no stop before ">"
    "Nhấn Cài đặt > Xem chi tiết",
    "Giá trị x > Xem thêm",
])
def test_lone_arrow_without_a_stop_no_split(text):
    assert len(split_sentences(text, "vi")) == 1

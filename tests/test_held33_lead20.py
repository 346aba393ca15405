"""Classes read from held33 after its blind measure (twentieth session, lead): ranks of a results list are no copies
(:func:`mtpipe.clean.scopes.other_ranks`), a number that opens a wrapped sentence joins it and a resource's address
joins nothing (:mod:`mtpipe.clean.softbreak_leads`), a scraper's XPath and an image's CDN address (``chrome.xpath``,
``chrome.image_filename``), a comment label with its count (``chrome.comments``), a theme's skip link and the way
back from the site's version for the visually impaired (:mod:`mtpipe.clean.controls`)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.scopes import other_ranks
from mtpipe.clean.softbreak_leads import number_opens, resource_line
from mtpipe.document import Document

_BODY = ("Соревнования в зачёт летней спартакиады сельских поселений прошли на стадионе районной спортивной школы.",
         "Участниками состязаний стали четыре мужские и три женские команды из разных поселений района.")


def _clean(lines: list[str], policy: str = "weighed") -> tuple[dict[str, str], str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join(lines) + "\n", doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}, doc.text


@pytest.mark.parametrize("policy", ["weighed", "balanced"])
def test_the_same_team_in_two_ranks_of_two_lists_is_kept_twice(policy):
    lines = [*_BODY, "", "Мужчины", "", "I место — Заречное МО.", "", "II место — Луговское МО.", "", "Женщины", "",
             "I место — спортшкола «Старт».", "", "II место — Заречное МО.", "", "Награды вручил глава района."]
    removed, text = _clean(lines, policy)
    assert "II место — Заречное МО." not in removed and text.count("Заречное МО.") == 2


def test_a_rank_line_printed_twice_is_still_a_copy():
    lines = [*_BODY, "", "II место — Заречное МО.", "", "Награды вручил глава района.", "", "II место — Заречное МО."]
    removed, _ = _clean(lines, "balanced")
    assert removed.get("II место — Заречное МО.", "").startswith("dedupe.")


@pytest.mark.parametrize("first,later,expected", [
    ("I место — Заречное МО.", "II место — Заречное МО.", True),
    ("Chương II: Quy định chung", "Chương III: Quy định chung", True),
    ("Этап IV, 12 участников", "Этап V, 14 участников", True),
    ("I место — Заречное МО.", "I место — Заречное МО.", False),  # a copy
    ("Part I of the report", "Part 1 of the report", False),  # the same number written two ways
    ("Глава 1. Общие положения", "Глава 2. Общие положения", False),  # Arabic numbers: dedupe._other_numbers
    ("MI6 agent", "MI5 agent", False),  # no Roman numeral
    ("I место — Заречное МО.", "II место — Луговское МО.", False),  # other words too: no near copy to guard
    ("II", "III", False),  # a numeral alone
])
def test_other_ranks(first, later, expected):
    assert other_ranks(first, later) is expected


def test_a_number_that_opens_a_wrapped_sentence_is_joined_and_kept():
    lines = ["LỊCH SỬ TRƯỜNG", "", "60", "năm qua, đồng hành trong đội hình của nền giáo dục cách mạng ở tỉnh nhà, lần",
             "giở những tư liệu, gặp gỡ nhiều nhân chứng, chúng ta thấy bồi hồi xúc động.",
             "Trường được thành lập năm 1965 tại xã Hòa Bình với ba lớp học đầu tiên."]
    removed, text = _clean(lines)
    assert "60" not in removed and "60 năm qua, đồng hành" in text


@pytest.mark.parametrize("cur,nxt,expected", [
    ("60", "năm qua, đồng hành trong đội hình của nền giáo dục cách mạng", True),
    ("1234", "просмотров", False),  # a counter's word
    ("571", "lượt xem", False),
    ("2024", "Năm nay, trường đón hơn năm trăm học sinh mới vào lớp mười.", False),  # a capital: no continuation
    ("12345", "năm qua, đồng hành trong đội hình của nền giáo dục cách mạng", False),  # five digits: an id
    ("60", "năm qua đồng hành trong đội hình của nền giáo dục", False),  # no comma or stop: a list of words
])
def test_number_opens(cur, nxt, expected):
    assert number_opens(cur, nxt) is expected


def test_a_scraper_xpath_and_an_image_address_are_removed_alone():
    lines = ["коронавирус в россии", "/html/head/meta[@name='og:title']/@content",
             "https://cdn.example.ru/images/7e4/2/3/1564185537_0:0:2200:1238_1920x0_80_0_0_9be4. jpg",
             "БЛАГОВЕЩЕНСК, 31 мар — РИА Новости. Временные пункты пропуска на границе откроют в апреле.",
             "Об этом сообщили в правительстве Амурской области, уточнив, что пункты будут работать ежедневно."]
    removed, text = _clean(lines)
    assert removed.get("/html/head/meta[@name='og:title']/@content") == "chrome.xpath"
    assert any(k.startswith("https://cdn.example.ru/images/") and v == "chrome.image_filename" for k, v in removed.items())
    assert "Временные пункты пропуска" in text


@pytest.mark.parametrize("line,expected", [
    ("/html/head/meta[@name='og:description']/@content", True),
    ("//div[@class='article']/p", True),
    ("https://cdn.example.vn/2024/05/anh-1.jpg?w=800", True),
    ("https://example.vn/tin-tuc/bai-viet-123.html", False),  # a page's address: no resource of the page
    ("Xem tại https://example.vn/anh-1.jpg", False),  # a sentence that holds an address
    ("/ Новости / Общество", False),  # a breadcrumb's separators, spaced
    ("1/2", False),
])
def test_resource_line(line, expected):
    assert resource_line(line) is expected


@pytest.mark.parametrize("line,rule", [
    ("Ý kiến bạn đọc (0)", "chrome.comments"),
    ("Bình luận (12)", "chrome.comments"),
    # a theme's skip link: the rules file's chrome.nav reads the one list of skip links first (one88)
    ('Нажмите "Enter" для перехода к содержанию', "chrome.nav"),
    ('Press "Enter" to skip to content', "chrome.nav"),
    ("Вернуться к обычному виду", "boilerplate.control"),
])
def test_page_controls_are_removed(line, rule):
    removed, _ = _clean([*_BODY, line, "Награды победителям вручил глава района после торжественного построения."])
    assert removed.get(line) == rule


@pytest.mark.parametrize("line", [
    "Вернуться к обычной жизни после болезни ему помогли врачи районной больницы.",
    "Нажмите Enter, чтобы отправить сообщение, и дождитесь ответа оператора.",
    "Ý kiến bạn đọc (0) cho thấy không ai quan tâm đến bài viết này trong tuần qua.",
])
def test_sentences_with_the_same_words_are_kept(line):
    removed, _ = _clean([*_BODY, line, "Награды победителям вручил глава района после торжественного построения."])
    assert line not in removed


def test_a_long_caption_left_as_one_table_cell_is_removed():
    from mtpipe.clean.vi_captions import cell_caption

    caption = ("| Trung tá Nguyễn Văn An, Đồn trưởng Đồn Biên phòng Hoành Mô (áo xanh), bắt tay xã giao với trạm trưởng "
               "Trạm Hội ngộ đối diện trong chuyến tuần tra chung biên giới |")
    assert 30 < len(caption.split()) - 2 <= 40 and cell_caption(caption)
    assert not cell_caption("| " + " ".join(["từ"] * 41) + " |")  # longer than a caption

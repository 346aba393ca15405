"""clut79 (issue 12): two headlines of other stories between the article's last sentence and the page's removed
footer (``boilerplate.teaser_pair``, :func:`mtpipe.clean.teaser_pairs.teaser_pair`).

Positives, made up in the shapes of the dev pages (a news site's business page and a show's video list, crawltune and
crawlheld): two headline lines after the article's last sentence, over three removed lines or more.  Negatives, the
nearest content shapes: the same two lines closing the page (a text cut off in its own list, a last statement and its
byline), one line or a sentence among them, the article's title and subheadings (a paragraph follows them), a list
the text announces, parallel items, a copy of a line of the page, a short rubric, too few footer lines, and a tail of
three (the three-line rule's, not this one's).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.teaser_pairs import RULE, teaser_pair
from mtpipe.clean.teasers import RULE as TAIL_RULE
from mtpipe.clean.teasers import teaser_tail
from mtpipe.document import Document

_EN = ["Japan's shares climb as the yen weakens",
       "Shares in Tokyo rose sharply on Friday after the central bank announced a new round of bond purchases.",
       "Analysts said the currency was likely to stay weak in the coming months."]
_VI = ["Lốc xoáy làm tốc mái hơn trăm nhà dân",
       "Khoảng 17 giờ chiều qua, một cơn lốc xoáy kèm mưa đá đã làm tốc mái hơn trăm nhà dân ở xã miền núi.",
       "Chính quyền địa phương đã huy động lực lượng giúp người dân khắc phục hậu quả."]
_RU = ["Китай введет пошлины на американские товары",
       "Пекин объявил о дополнительных пошлинах на некоторые товары, импортируемые из США, с 10 марта.",
       "Одностороннее введение тарифов подрывает многостороннюю торговую систему, отмечается в заявлении."]
_FOOTER = ["Terms of Use", "About us", "Privacy", "Contact Us"]


def _page(text, tail, footer=_FOOTER):
    """Lines and the removed indices: the footer's lines are removed."""
    lines = [*text, *tail, *footer]
    return lines, set(range(len(text) + len(tail), len(lines)))


def _taken(lines, removed):
    got = teaser_pair(lines, set(removed))
    assert all(rule == RULE and note for rule, note in got.values())
    return sorted(got)


@pytest.mark.parametrize("text, tail", [
    (_EN, ["Nikkei hits its highest level since 2008", "Chinese tourists top the spending league"]),
    (_EN, ["Steady fly cam's unfruitful search for the party at the festival",
           "Strategies for round 2 of farm bill may be good news for families"]),
    (_VI, ["Giá xăng dầu đồng loạt giảm từ chiều nay", "Hà Nội cấm xe máy vào phố cổ từ tháng sau"]),
    (_RU, ["Курс рубля укрепился к доллару и евро", "Минфин увеличит продажу валюты в марте"]),
])
def test_two_headlines_over_the_footer(text, tail):
    lines, removed = _page(text, tail)
    assert _taken(lines, removed) == [3, 4]


@pytest.mark.parametrize("text, tail, footer", [
    # the two lines close the page: a text cut off in its own list, a last statement over nothing
    (_VI, ["Phân loại ngành máy móc nông nghiệp", "San lấp mặt bằng cho ruộng lúa nước"], []),
    (_VI, ["Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020", "Viên Mừng Bảo tàng tỉnh Hà Giang"], []),
    # too few removed lines under them
    (_EN, ["Nikkei hits its highest level since 2008", "Chinese tourists top the spending league"], ["Privacy"]),
    (_EN, ["Nikkei hits its highest level since 2008", "Chinese tourists top the spending league"],
     ["Privacy", "Contact Us"]),
    # one line; a sentence among them; a short rubric
    (_EN, ["Nikkei hits its highest level since 2008"], _FOOTER),
    (_EN, ["Nikkei hits its highest level since 2008", "The index closed 2.2% higher on the day."], _FOOTER),
    (_EN, ["Nikkei hits its highest level since 2008", "Business news"], _FOOTER),
    # a list the text announces (its lead ends with a colon), parallel items, names
    (_RU[:2] + ["Документы принимаются по адресам:"],
     ["Центральная библиотека на улице Ленина", "Городской дом культуры на площади Мира"], _FOOTER),
    (_VI, ["Bước 1 nộp hồ sơ tại bộ phận một cửa", "Bước 2 nhận kết quả tại bộ phận một cửa"], _FOOTER),
    (_RU, ["Петров Сергей Иванович глава района", "Иванова Анна Петровна заместитель главы"], _FOOTER),
    # set in capitals (a letterhead), a copy of a line of the page (the title printed again)
    (_VI, ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Giá xăng dầu đồng loạt giảm từ chiều nay"], _FOOTER),
    (_VI, ["Lốc xoáy làm tốc mái hơn trăm nhà dân", "Giá xăng dầu đồng loạt giảm từ chiều nay"], _FOOTER),
])
def test_content_shapes_stay(text, tail, footer):
    lines, removed = _page(text, tail, footer)
    assert _taken(lines, removed) == []


def test_title_and_subheadings_stay():
    # the article's own title and subheading: a paragraph follows each, so they are no tail
    lines = ["Japan's shares climb as the yen weakens", "Markets in the region", _EN[1], "What analysts expect",
             _EN[2], *_FOOTER]
    assert _taken(lines, set(range(5, len(lines)))) == []


def test_two_line_page_stays():
    # a page of two lines, a headline and its sentence, over its footer
    lines = [_EN[0], _EN[1], *_FOOTER]
    assert _taken(lines, {2, 3, 4, 5}) == []


def test_three_headlines_are_the_tail_rule():
    tail = ["Nikkei hits its highest level since 2008", "Chinese tourists top the spending league",
            "Carmakers warn of slower sales in Europe"]
    lines, removed = _page(_EN, tail)
    assert _taken(lines, removed) == []
    assert {r for r, _ in teaser_tail(lines, removed).values()} == {TAIL_RULE}


_ARTICLE = [_EN[0], _EN[1],
            "The benchmark index closed at its highest level in more than four years, led by exporters and banks.",
            "A weaker currency makes Japanese goods cheaper abroad and lifts the profits of the big carmakers.",
            _EN[2]]
_SITE_FOOTER = ["Email", "Print", "Privacy Policy", "Terms of Use", "Cookies", "Contact Us", "© 2013 Example News"]


def _clean(lines):
    text = "\n\n".join(lines) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="news.example/a.txt", path="news.example/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_page():
    tail = ["Nikkei hits its highest level since 2008", "Chinese tourists top the spending league"]
    gone = _clean([*_ARTICLE, *tail, *_SITE_FOOTER])
    assert {gone.get(t) for t in tail} == {RULE}
    assert not set(gone) & set(_ARTICLE)


def test_page_closing_sentence_stays():
    tail = ["Nikkei hits its highest level since 2008", "The index closed 2.2% higher on the day."]
    gone = _clean([*_ARTICLE, *tail, *_SITE_FOOTER])
    assert not set(gone) & {*_ARTICLE, *tail}
    gone = _clean([*_ARTICLE, "Nikkei hits its highest level since 2008", "Chinese tourists top the spending league"])
    assert not gone  # no footer under them: the page ends on them

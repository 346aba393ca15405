"""dedupe33 (issue 12, content precision): the duplicate layer keeps the copy that is content.

Each case is a small synthetic document of one class of content lines the duplicate rules lost on the labelled dev
pages: the lines that must stay, and the copies (clutter) that must still go, with the rule that removes them.

* the page's title on the first line, a lead that opens with the same words under it (``dedupe.truncated_lead`` took
  the title for a teaser cut off);
* a title whose words one longer paragraph (its lead) takes up (``dedupe.covered`` took it for a run-together lead);
* one line (a page title, a summary) holding what the text prints as its own lines (``dedupe.contained`` took each
  of the text's lines);
* a page title with the site glued by an underscore ("<title>_Russian.news.cn", ``dedupe.titled_copy``);
* the same item of two lists or rows with other numbers ("- Hủy vé trước 15 ngày …" under "- … 10 ngày …",
  ``dedupe.near`` took it for a copy); a counter at the end, a record's id at each place or a date still mark a copy;
* the value of the next record of a listing that equals the last one's, under a line with other numbers
  ("… 2010-2009г.р." ⏎ "Девушки: …", "… 2008-2007г.р." ⏎ the same "Девушки: …", ``dedupe.exact``);
* a speaker's label printed before each answer (an equal line the exact check keeps as announcing other text:
  ``dedupe.breadcrumb`` took it for a trail with nothing before the title), and a day's label glued before its
  programme ("Ngày 2 : <route>" over "<route>": a label ending in a colon is no menu trail).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.dedupe import _other_numbers
from mtpipe.clean.ledger import apply_ledger
from mtpipe.document import Document
from mtpipe.segment import Segmenter

TITLE_RU = "Глава района открыла новую школу в посёлке Северный после ремонта старого здания"
LEAD_RU = f"{TITLE_RU}. Школа примет триста учеников уже в сентябре. Ремонт длился два года."
TITLE_VI = "Xã Hướng Phùng phối hợp với Đồn Biên phòng tổ chức tuyên truyền,vận động quần chúng ở khu vực biên giới"
LEAD_VI = ("Sáng nay, xã Hướng Phùng đã phối hợp cùng Đồn Biên phòng tổ chức tuyên truyền, vận động quần chúng ở khu vực "
           "biên giới, phòng, chống dịch Covid-19 tại các thôn.")
MORE_VI = "Cán bộ đồn đã đến từng hộ gia đình để hướng dẫn người dân đăng ký cam kết thực hiện các biện pháp."
MORE_VI2 = "Bà con nhân dân đều đồng tình và ký cam kết thực hiện nghiêm túc."
PARAS = ["With the election charging towards us there is a question we are hearing a lot in every town we visit.",
         "It is a loaded question, and nobody is supposed to know whether they mean money, culture or health care.",
         "But for me it is not really a question at all, since four years ago I was giving tours of the studios.",
         "I lived off the food the people in makeup would bring from their homes and give to me in boxes.",
         "And you know what? I am thankful I had the opportunity, and I would do it all over again."]
WRAPPED = ["АДМИНИСТРАТИВНЫЙ РЕГЛАМЕНТ", "администрации Октябрьского сельского поселения",
           "Панинского муниципального района Воронежской области", "по предоставлению муниципальной услуги"]
BODY_RU = ("В субботу в городе прошла олимпиада по математике для школьников. Ученики нашей школы заняли три призовых "
           "места. Поздравляем победителей и их учителей!")
HEAD_RU = "Ученики школы номер пять победили на городской олимпиаде по математике"

RULES_VI = ["* Đối với booking dưới 10 vé:", "- Hủy vé trước 10 ngày khởi hành: không tính phí",
            "- Hủy vé trước 7 ngày khởi hành: bị phạt 10% tổng giá trị booking",
            "* Đối với booking từ 10 vé trở lên:", "- Hủy vé trước 15 ngày khởi hành: không tính phí",
            "- Hủy vé trước 5 ngày khởi hành: bị phạt 20% tổng giá trị booking"]
HOURS_RU = ["Тарифы на аренду зала для мероприятий в нашем клубе такие.", "• С 10:00 до 18:00 – почасовая оплата",
            "Тарифы на аренду малого зала для мероприятий такие же, но дешевле.", "• С 12:00 до 0:00 – почасовая оплата"]

RESULTS_RU = ["В командном первенстве: Среди участников 2012-2011г.р.", "Девушки: Кашарский район-1 место.",
              "В командном первенстве: Среди участников 2010-2009г.р.", "Девушки: Советский район-1 место.",
              "В командном первенстве: Среди участников 2008-2007г.р.", "Девушки: Советский район-1 место."]

SPEAKER = 'Тимур Сафаров, участник соревнований "Я умею плавать":'
INTERVIEW = [SPEAKER, "- Мне нравится мой первый тренер, и нравятся все упражнения, которые он преподавал.",
             "А любимое упражнение есть у тебя?", SPEAKER, "- Плавать на спине, это легко и весело."]
DAY_VI = "Tây Ninh - Hồ Thanh Hải - Gia Dục Quan Số bữa ăn: 03 bữa (Sáng / Trưa / Tối)"
TOUR_VI = ("Sau bữa sáng, đoàn trả phòng và bắt đầu hành trình đến hồ muối Trà Khanh, nơi được mệnh danh là tấm "
           "gương của bầu trời.")

# (document, lines that must stay, {copy that must go: the rule that removes it})
CASES = [
    pytest.param(f"{TITLE_RU}\n\n{TITLE_RU}\n\n{LEAD_RU}\n", [TITLE_RU, LEAD_RU], {}, id="title-first-line"),
    pytest.param(f"{TITLE_VI}\n\n9:56, Chủ Nhật, 10-7-2022\n\n{LEAD_VI}\n\n{MORE_VI}\n\n{MORE_VI2}\n",
                 [TITLE_VI, LEAD_VI], {}, id="title-its-lead-takes-up"),
    pytest.param("So are you better off? (" + " ".join(PARAS) + ")\n" + "\n".join(PARAS) + "\n",
                 PARAS, {"So are you better off? (" + " ".join(PARAS) + ")": "dedupe.covered"}, id="summary-holds-post"),
    pytest.param(" ".join(WRAPPED) + " о жилье\n\nТекст документа\n\n" + "\n".join(WRAPPED)
                 + "\n\n1. Общие положения регламента изложены ниже. Регламент вступает в силу со дня подписания.\n",
                 WRAPPED, {" ".join(WRAPPED) + " о жилье": "dedupe.covered"}, id="title-runs-wrapped-heading"),
    pytest.param(f"{HEAD_RU}_Russian.news.cn\n\n{HEAD_RU}\n\n{BODY_RU}\n", [HEAD_RU, BODY_RU],
                 {f"{HEAD_RU}_Russian.news.cn": "dedupe.titled_copy"}, id="underscore-site-trail"),
    pytest.param("QUY ĐỊNH HUỶ VÉ:\n" + "\n".join(RULES_VI) + "\n", RULES_VI, {}, id="list-items-other-numbers"),
    pytest.param("\n\n".join(HOURS_RU) + "\n", HOURS_RU, {}, id="hours-other-numbers"),
    pytest.param("Из них призерами стали:\n" + "\n".join(RESULTS_RU) + "\n", RESULTS_RU, {}, id="next-record-same-value"),
    pytest.param("\n".join(INTERVIEW) + "\n", INTERVIEW, {}, id="speaker-label-twice"),
    pytest.param(f"Ngày 2 : {DAY_VI}\n{DAY_VI}\n{TOUR_VI}\n", [f"Ngày 2 : {DAY_VI}", TOUR_VI], {DAY_VI: "dedupe.contained"},
                 id="day-label-no-trail"),
]


def _run(text: str):  # type: ignore[no-untyped-def]
    doc = Segmenter()(Cleaner()(Document.from_text(text, doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("text,kept,gone", CASES)
def test_the_content_copy_stays(text: str, kept: list[str], gone: dict[str, str]) -> None:
    doc = _run(text)
    removed = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    left = [x.strip() for x in apply_ledger(doc.raw_text, doc.ledger).splitlines()]
    for line in kept:
        assert left.count(line) >= kept.count(line), (line, removed)
    for line, rule in gone.items():
        assert removed.get(line) == rule, (line, removed)


# copies that must still go: the rules keep their clutter
STILL = [
    pytest.param(f"{TITLE_RU}\n\n{TITLE_RU}\n\n{LEAD_RU}\n", "dedupe.truncated_lead", 1, id="second-title-copy"),
    pytest.param(f"{HEAD_RU}\n\n{BODY_RU}\n\nНовости школы\n\n{HEAD_RU}\n", "dedupe.exact", 1, id="copy-after-text"),
    pytest.param(f"{TITLE_RU[:-4]}\n\n{LEAD_RU}\n", "dedupe.truncated_lead", 1, id="first-line-cut-inside-a-word"),
    pytest.param(f"{TITLE_VI} video poster\n\n{TITLE_VI}\n\n{LEAD_VI}\n\n{MORE_VI}\n",
                 "dedupe.covered", 1, id="variant-title-covered"),
    pytest.param("Из них призерами стали:\n" + "\n".join(RESULTS_RU[2:4]) + "\nНовости\n" + RESULTS_RU[3] + "\n",
                 "dedupe.exact", 1, id="same-value-under-other-line"),
    pytest.param(f"{BODY_RU}\n\nReport this comment (Comment number 108) Link to this (Comment number 108)\n\n"
                 f"{LEAD_RU}\n\nReport this comment (Comment number 79) Link to this (Comment number 79)\n",
                 "dedupe.near", 1, id="record-id-at-each-place"),
]


@pytest.mark.parametrize("text,rule,n", STILL)
def test_the_clutter_copy_still_goes(text: str, rule: str, n: int) -> None:
    doc = _run(text)
    assert len([e for e in doc.ledger if e.rule == rule]) == n, [(e.rule, e.text) for e in doc.ledger]


@pytest.mark.parametrize("first,later,other", [
    ("- Hủy vé trước 10 ngày khởi hành: không tính phí", "- Hủy vé trước 15 ngày khởi hành: không tính phí", True),
    ("(Khoảng 28,600,000 ~ 29,000,000 VND/tháng)", "(Khoảng 23,400,000 ~ 24,000,000 VND/tháng)", True),
    ("• С 10:00 до 18:00 – почасовая оплата", "• С 12:00 до 0:00 – почасовая оплата", True),
    ("Рекламный баннер 300x200px left-1", "Рекламный баннер 300x600px left-2", False),  # a counter at the end
    ("Report (Comment number 108) Link (Comment number 108)", "Report (Comment number 79) Link (Comment number 79)",
     False),  # a record's id at each place
    ("- Được đăng ngày 14 Tháng 1 2021", "- Được đăng ngày 12 Tháng 1 2021", False),  # a date
    ("1. Review đặt phòng qua Airbnb", "Review đặt phòng qua Airbnb", False),  # a list number added
    ("- Hủy vé trước 10 ngày: không tính phí", "- Hủy vé trước 10 ngày: không tính phí", False),  # the same line
    ("- Hủy vé trước 10 ngày: không tính phí", "- Đổi vé trước 15 ngày: không tính phí", False),  # other words
])
def test_other_numbers(first: str, later: str, other: bool) -> None:
    assert _other_numbers(first, later) is other

"""cp81, the removal audit on audit35 (unlabelled pages from public repositories): two classes of wrong removal.

* ``dedupe.contained`` took a whole paragraph of the text because an earlier line held it: a teaser or excerpt cut
  off with an ellipsis that glued a link label or a caption before the text it copies (audit35 ``vi-hddtvn``:
  "[Xem chi tiết ở đây](…)Họp báo … Ảnh: VGP Chiều tối 2/12, … tháng 11/2020. Tại buổi họp báo, … kinh …" over
  "Chiều tối 2/12, … tháng 11/2020.").  The cut copy is the clutter one (Convention 12 of the realpages README), so
  the whole later line stays (``structure.ellipsis_holder``); the teaser stays too.  An earlier line with no
  ellipsis still keeps its place and the later copy goes; a teaser opening with the later line still goes itself
  (``structure.ellipsis_teaser``, round 27d).
* ``boilerplate.site_notice`` took a short page's lead that reports what a user of another, named site did
  ("Рисунком поделился пользователь портала «Пикабу» под никнеймом sixth.", audit34 held2 ``ru-cybersport``, cp80):
  a line whose every site is named and which narrates in the past tense is news, no notice of this site's
  (``notices.reported_site``).  Notices naming their own site in the present tense stay notices.

Positives and negatives are made up in the shapes of those pages.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.notices import _notice, reported_site, site_notices
from mtpipe.clean.structure import ellipsis_holder, ellipsis_teaser
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


FIRST = "Sáng 5/3, tại Đà Nẵng, Sở Giao thông vận tải đã tổ chức buổi họp báo về kế hoạch mở rộng tuyến xe buýt."
SECOND = ("Tại buổi họp báo, đại diện Sở cho biết thành phố sẽ mở thêm bốn tuyến xe buýt mới trong năm nay, "
          "nâng tổng số tuyến lên mười hai.")
THIRD = "Các tuyến mới sẽ nối trung tâm thành phố với các khu công nghiệp và bãi biển phía đông."
CAPTION = "Xe buýt tại bến trung tâm. Ảnh: Minh Anh"
TEASER = f"[Xem chi tiết ở đây](https://example.vn/bai-viet/)Xe buýt tại bến trung tâm. Ảnh: Minh Anh {FIRST} " \
         "Tại buổi họp báo, đại diện Sở cho biết thành phố sẽ mở …"
TITLE = "Đà Nẵng mở thêm bốn tuyến xe buýt mới"


def test_a_whole_paragraph_a_cut_teaser_holds_stays():
    removed = _removed(_run(f"{TITLE}\n\n{TEASER}\n\n{CAPTION}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}"))
    assert FIRST not in removed, removed
    assert SECOND not in removed and THIRD not in removed, removed


def test_a_holder_with_no_ellipsis_still_keeps_its_place():
    # the earlier line is a whole paragraph (no cut): the later line is its copy and goes, as before
    whole = TEASER.replace(" …", " bốn tuyến mới trong năm nay.")
    removed = _removed(_run(f"{TITLE}\n\n{whole}\n\n{FIRST}\n\n{THIRD}"))
    assert removed.get(FIRST, "").startswith("dedupe."), removed


def test_a_teaser_opening_with_the_line_still_goes():
    teaser = f"{FIRST} Tại buổi họp báo, đại diện Sở cho biết thành phố sẽ mở …"
    removed = _removed(_run(f"{TITLE}\n\n{teaser}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}"))
    assert removed.get(teaser, "").startswith(("dedupe.truncated_lead", "dedupe.covered")), removed
    assert FIRST not in removed, removed


@pytest.mark.parametrize("head,prev,key,expected", [
    ("[link](u)Ảnh: VGP Chiều tối 2/12, họp báo. Tại buổi …", "link u ảnh vgp chiều tối 2/12 họp báo tại buổi …",
     "chiều tối 2/12 họp báo", True),
    ("Ảnh: VGP Chiều tối 2/12, họp báo. Tại buổi...", "ảnh vgp chiều tối 2/12 họp báo tại buổi...",
     "chiều tối 2/12 họp báo", True),
    ("Ảnh: VGP Chiều tối 2/12, họp báo. Tại buổi", "ảnh vgp chiều tối 2/12 họp báo tại buổi",
     "chiều tối 2/12 họp báo", False),                        # no ellipsis: a whole line holding a copy
    ("Chiều tối 2/12, họp báo. Tại buổi …", "chiều tối 2/12 họp báo tại buổi …", "chiều tối 2/12 họp báo",
     False),                                                  # opens with it: ellipsis_teaser's case
    ("Ảnh: VGP Chiều tối 2/12, họp báo …", "ảnh vgp chiều tối 2/12 họp báo …", "chiều tối 2/12 họp báo …",
     False),                                                  # the later line cut as well
    ("Ảnh: VGP Chiều tối 2/12, họp báo", "ảnh vgp chiều tối 2/12 họp báo", "chiều tối 2/12 họp báo", False),
])
def test_ellipsis_holder(head, prev, key, expected):
    assert ellipsis_holder(head, prev, key) is expected


def test_holder_and_teaser_do_not_overlap():
    head, prev, key = "Мы отдыхали здесь в мае. Питание...", "мы отдыхали здесь в мае питание...", \
        "мы отдыхали здесь в мае"
    assert ellipsis_teaser(head, prev, key) and not ellipsis_holder(head, prev, key)


REPORTED = [
    "Злодейку из игры изобразили в виде героини советского мультфильма. Рисунком поделился пользователь портала "
    "«Пикабу» под никнеймом sixth.",
    "Снимком поделилась пользовательница сайта Reddit под ником anna_k.",
    "Петицию на сайте Change.org подписали более двадцати тысяч человек.",
    "Видео опубликовали на портале «Гудок» в пятницу вечером.",
]
NOTICES = [
    "Материалы портала «Губерния» защищены авторским правом.",          # names itself, present tense
    "Уважаемые пользователи! Сайт «Вести Калуга» работает в тестовом режиме.",
    "Уважаемые пользователи сайта! Сайт временно работал в тестовом режиме, приносим извинения.",  # unnamed site
    "При использовании материалов сайта ссылка на источник обязательна.",
    "Новости портала «Губерния» можно читать в нашем канале, подпишитесь.",
]


@pytest.mark.parametrize("line", REPORTED)
def test_a_reported_site_is_no_notice(line):
    assert reported_site(line)
    assert not _notice(line)


@pytest.mark.parametrize("line", NOTICES)
def test_notices_stay(line):
    assert not reported_site(line)
    assert _notice(line)


def test_a_short_pages_lead_stays():
    # the cybersport shape: a page of a title and a lead, no body the rule sees
    lines = ["Художник нарисовал злодейку из игры в образе героини мультфильма", REPORTED[0]]
    assert site_notices(lines, set()) == {}


def test_a_short_pages_notice_still_goes():
    lines = ["Технические работы", "Уважаемые пользователи! Сайт «Вести Калуга» работает в тестовом режиме."]
    assert 1 in site_notices(lines, set())


# --- a Markdown heading under an image is no caption (audit35 dev2 x-hddtvn-4: "Lịch nghỉ lễ 30/4 – 1/5 năm 2020"
# underlined with 32 dashes under an image line went as the image's caption, ``portal.file_caption``)

from mtpipe.clean.captions import setext_heading  # noqa: E402

INTRO = ("Theo quy định, người lao động được nghỉ hai ngày lễ trong tuần này và hưởng nguyên lương theo hợp đồng "
         "đã ký với doanh nghiệp.")
IMAGE = "![Đi làm ngày lễ được tính lương thế nào?](https://example.vn/uploads/2021/01/anh-minh-hoa.jpg)"
HEADING = "Lịch nghỉ lễ năm nay của người lao động"
BELOW = ("Theo lịch năm nay, ngày lễ rơi vào thứ năm và thứ sáu, nên người lao động làm việc ngày thứ bảy sẽ được "
         "nghỉ liền bốn ngày.")
MORE = "Những người phải đi làm trong ngày lễ được trả ít nhất bằng ba trăm phần trăm tiền lương của ngày làm việc."


def _page(under, rule):
    return f"Đi làm ngày lễ được tính lương thế nào?\n\n{INTRO}\n\n{IMAGE}\n\n{under}\n{rule}\n\n{BELOW}\n\n{MORE}"


def test_a_markdown_heading_under_an_image_stays():
    removed = _removed(_run(_page(HEADING, "-" * len(HEADING))))
    assert HEADING not in removed, removed


def test_a_caption_under_an_image_still_goes():
    # no underline: the line under the image is its caption, as before
    text = f"Đi làm ngày lễ được tính lương thế nào?\n\n{INTRO}\n\n{IMAGE}\n\nNgười lao động tại một nhà máy\n\n" \
           f"{BELOW}\n\n{MORE}"
    assert _removed(_run(text)).get("Người lao động tại một nhà máy", "").startswith("captions.")


@pytest.mark.parametrize("strip,i,expected", [
    ([HEADING, "-" * len(HEADING)], 0, True),
    ([HEADING, "=" * (len(HEADING) - 4)], 0, True),
    (["Ảnh minh họa", "-" * 140], 0, False),        # a long separator rule: its own length, not the line's
    (["Ảnh minh họa", "- - -"], 0, False),           # no underline
    (["Ảnh minh họa"], 0, False),                    # the page's last line
    (["Ảnh minh họa", ""], 0, False),
])
def test_setext_heading(strip, i, expected):
    assert setext_heading(strip, i) is expected

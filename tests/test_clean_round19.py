"""Cleaning, nineteenth round (issue 12, branch clean19): content lines lost on the blind part held15, fixed
as classes, table-driven; every line here was written for the tests, none is a page's.  Each table holds the
shape that was lost (kept now) and the same shape as clutter (still removed).

* a site notice after the article's last line that names, inside its sentences, what the last paragraphs
  name goes on with the article (``notices._goes_on``);
* a run of headline-like lines between removed lines keeps its last line when the post's date or byline
  stands right under it, unless that line carries a date of its own (a teaser);
* the "affiliation" between an author and a date is never a labelled field ("Тема: Re: …");
* a lower-case first line of the page that opens other lines of the page is its title (``lower_edge``);
* a copy of a removed line is no evidence that the page's head is furniture (``boilerplate.region``);
* a labelled field ("Сообщения: 15") is never soft-joined to its neighbours;
* a repeated line ending in a colon above other text than its first copy is no copy (``dedupe``).
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.boilerplate import classify
from mtpipe.clean.dedupe import _announces_other
from mtpipe.clean.edges import lower_case_edges
from mtpipe.clean.notices import _goes_on, site_notices
from mtpipe.clean.regions import furniture_regions
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU = "Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка."
_RU2 = "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."
_VI = "Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ."
_VI2 = "Theo kế hoạch, các nhà thầu phải hoàn thành công việc trước khi năm học mới bắt đầu."
# an article about a named thing, and a paragraph that goes on with it while speaking of "your site"
_ART = ["Trước hết, hãy chọn một Content Model phù hợp cho trang tin tức của mình trong năm nay.",
        "Một Content Model tốt giúp biên tập viên làm việc nhanh hơn và ít lỗi hơn rất nhiều lần."]
_GOES_ON = ("Sau khi có Content Model, bạn cần đặt tên cho từng trường dữ liệu. Việc này rất quan trọng "
            "với website của bạn. Tên càng rõ thì càng dễ bảo trì…")
_NOTICE = ("Mọi bài viết trên website chỉ mang tính tham khảo, bạn vui lòng liên hệ ban biên tập "
           "trước khi sử dụng lại nội dung.")


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line,above,want", [
    (_GOES_ON, _ART, True),  # the article's name, inside a sentence
    (_NOTICE, _ART, False),  # a notice names the site only
    ("Bạn đọc có thể gửi ý kiến về Content Model tới website.", ["Bài viết nói về thời tiết hôm nay ở Hà Nội."], False),
    ("Ответ на вопрос о Росреестре вы найдёте на сайте.", ["Выписку из Росреестра получают за три дня."], True),
])
def test_goes_on_table(line, above, want):
    assert _goes_on(line, above) is want


@pytest.mark.parametrize("tail,removed", [
    (_GOES_ON, False),  # lost shape: the page's last paragraph, about the article's subject
    (_NOTICE, True),  # same shape as clutter: a notice addressed to the reader after the text
])
def test_site_notice_after_the_text(tail, removed):
    lines = _ART + [tail]
    out = site_notices(lines, set())
    assert (len(lines) - 1 in out) is removed
    assert not any(i in out for i in range(len(_ART)))


@pytest.mark.parametrize("lines,removed,kept", [
    # a trail, then the post's title right above its date: the trail goes, the title stays
    ([_VI, "MENU", "Hướng dẫn lập trình web", "Lập trình Python cơ bản", "Cài đặt máy chủ Nginx", "12-05-2024",
      _VI2, _VI], [2, 3], [4]),
    # a teaser with its own date above a date line is no title: the whole run goes
    ([_VI, "MENU", "Hướng dẫn lập trình web", "Lập trình Python cơ bản", "Tin 12-05-2024 Cài đặt máy chủ Nginx",
      "12-05-2024 10:20", _VI2, _VI], [2, 3, 4], []),
    # no date under the run: a sidebar's list between removed lines goes whole
    ([_VI, "MENU", "Hướng dẫn lập trình web", "Lập trình Python cơ bản", "Cài đặt máy chủ Nginx", "MENU2",
      _VI2, _VI], [2, 3, 4], []),
])
def test_headline_run_keeps_the_title_above_the_date(lines, removed, kept):
    pre = {i: ("nav.menu", None) for i, s in enumerate(lines) if s.startswith("MENU")}
    out = classify(lines, "vi", pre)
    assert sorted(i for i, v in out.items() if v[0] == "boilerplate.headline_run") == removed
    assert not any(i in out for i in kept)


@pytest.mark.parametrize("second,byline", [
    ("Тема: Re: ремонт дорог в сёлах", False),  # a forum post's subject field: no affiliation
    ("Subject: Re: road repairs", False),
    ("Кафедра истории МГУ", True),  # an affiliation: author and affiliation go as the byline
    ("Viện Khoa học Xã hội", True),
])
def test_affiliation_is_no_field(second, byline):
    lines = ["Иван Петров", second, "Добавлено: 12 мая 2020 10:15", _RU, _RU2]
    out = classify(lines, "ru", {})
    assert (out.get(1, ("",))[0] == "boilerplate.byline") is byline
    assert (out.get(0, ("",))[0] == "boilerplate.byline") is byline


@pytest.mark.parametrize("lines,want", [
    # a keyword page: its lower-case title opens the image texts below ("<title>. bg.")
    (["как оформить вычет за лечение зубов", "как оформить вычет за лечение зубов. bg. фото", _RU, _RU2], []),
    (["cách đăng ký tạm trú online tại nhà", "cách đăng ký tạm trú online tại nhà - hình 1", _VI, _VI2], []),
    # a lower-case tag line opening the page, not repeated: a tag (removed)
    (["lãnh đạo huyện tại hội nghị", "Huyện kiểm tra đường giao thông", _VI, _VI2], [0]),
    # repeated only inside another line, not at its head: still a tag
    (["ремонт дорог в районе", "Теги: ремонт дорог в районе, паводок", _RU, _RU2], [0]),
])
def test_lower_case_first_line_the_page_repeats(lines, want):
    body = [i for i, s in enumerate(lines) if s in (_RU, _RU2, _VI, _VI2)]
    bad = {1} if lines[1].startswith(("как", "cách", "Теги")) else set()
    assert sorted(lower_case_edges(lines, "ru", bad, body)) == want


@pytest.mark.parametrize("evidence,removed", [
    ("dedupe.covered", False),  # a copy of the title (alt text) says nothing about a menu
    ("boilerplate.menu", True),
])
def test_region_evidence_not_a_copy(evidence, removed):
    lines = ["Заголовок страницы о вычетах", "Обслуживание счёта", "Мобильный банк", "копия заголовка", "Любые операции",
             _RU, _RU2]
    out = furniture_regions(lines, {3: (evidence, None)})
    assert bool(out) is removed
    assert 0 not in out and 4 not in out  # the page's title and the line above the text stay


@pytest.mark.parametrize("text,joins", [
    # profile rows of a forum post: label and value each, never one sentence
    ("Зарегистрирован: 12 мая 2020 10:15\nСообщения: 15\nivanov написал(а):\nТекст ответа.", 0),
    ("Tham gia: 03-2019\nBài viết: 120\nminh viết:\nNội dung trả lời.", 0),
    # a sentence cut by inline elements still joins
    ("Встреча прошла в здании\nадминистрации района\nи продлилась два часа.", 2),
    ("Viết cho\nCẩm nang tuyển sinh\n của\nThanh Niên\n, ông cho biết.", 4),
])
def test_field_rows_not_joined(text, joins):
    assert len(soft_breaks(text)) == joins


def _spans(text):
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@pytest.mark.parametrize("text,want", [
    ("petrov писал(а):\nПервая цитата о дорогах.\nОтвет.\npetrov писал(а):\nВторая цитата о мостах.", True),
    # the same label above the same line: a repeated widget, a copy
    ("Поделиться:\nВКонтакте\nОтвет.\nПоделиться:\nВКонтакте", False),
    # no colon: the usual copy
    ("Главные новости\nПервая.\nОтвет.\nГлавные новости\nВторая.", False),
])
def test_repeated_announcement(text, want):
    assert _announces_other(text, _spans(text), 0, 3) is want


def test_quote_headers_kept_through_the_cleaner():
    text = "\n".join([_RU, "petrov писал(а):", "Первая цитата: дороги в районе ремонтируют слишком медленно, и это видно всем.",
                      _RU2, "petrov писал(а):", "Вторая цитата: мосты через реку тоже давно требуют ремонта и внимания.",
                      "Согласен, летом подрядчик обещал закончить работы на обоих мостах до осени."]) + "\n"
    doc = _run(text)
    assert "petrov писал(а):" not in _removed(doc)

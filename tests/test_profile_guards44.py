"""cp44, twenty-first session: a profile's fact lines, a chronicle's year headings, a recipe's list headings, a
page title under its breadcrumb, a poem's last stanza and a heading opening on a credit word (``mtpipe.clean.
profile_guards``).

Read on train30 (a dev part of pages whose article is a profile, a history, a poem, a recipe or an FAQ): a school
history's "1956 год" / "1968 год" taken as date lines, a poet's "Tên thật: …" / "Sinh năm: 1920" / "Mất năm: 2002"
and a recipe's "Nguyên liệu: (8 cái)" / "Bột cái:" taken as a widget's fields, a poem page's title under its
breadcrumb taken as a widget's item, a poem's last stanza taken as a sidebar's headlines, "Nguồn gốc bút danh Tố
Hữu" taken as a credit line.  Negatives of the same shape: an archive's years running back, a lone year over the text
(a stamp), a forum poster's fields over the post, a widget's fields over a paragraph, a short line under a breadcrumb
that names another page, a list of other stories after a paragraph, "Nguồn VnExpress" and "Источник ТАСС" after the
text.  The pages are written for these tests (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.profile_guards import compound_label, crumb_title, list_head, record_head, stanza, year_heading
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _clean(lines: list[str], policy: str) -> Document:
    text = "\n".join(lines)
    return Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))


def _removed(doc: Document) -> dict[str, str]:
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_P1 = ("Библиотека открылась в двухэтажном деревянном доме на берегу реки, и первыми её читателями стали рабочие "
       "лесозавода и их дети.")
_P2 = ("Фонд вырос до двадцати тысяч книг, при библиотеке открылся читальный зал, а по субботам в нём проходили "
       "встречи с местными писателями.")
_P3 = ("Библиотека переехала в новое здание на центральной площади и получила имя поэта, который родился в этом "
       "посёлке и писал о нём.")
_LIBRARY = ["История библиотеки", "", "1961 год", "", _P1, "", "1975 год", "", _P2, "", "1990 год", "", _P3]


@pytest.mark.parametrize("policy", POLICIES)
def test_years_heading_a_chronicle_stay(policy):
    removed = _removed(_clean(_LIBRARY, policy))
    assert not {"1961 год", "1975 год", "1990 год"} & set(removed)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_lone_year_over_the_text_and_an_archive_of_years_still_go(policy):
    stamp = _removed(_clean(["Новая выставка в районном музее", "2019 год", _P1, _P2], policy))
    assert stamp.get("2019 год") == "boilerplate.date_line"
    archive = _removed(_clean(["Архив новостей", "2024 год", "2023 год", "2022 год", _P1, _P2, _P3], policy))
    assert {"2024 год", "2023 год", "2022 год"} <= set(archive)


def test_year_heading_unit():
    assert year_heading(_LIBRARY, 2) and year_heading(_LIBRARY, 6)
    assert not year_heading(["2024 год", "2023 год", "2022 год", _P1], 2)  # running back, no paragraph under two
    assert not year_heading(["Заголовок", "2019 год", _P1], 1)  # one year: a stamp


_POET = ["Nhà văn Lê Văn Khoa", "Tiểu sử:", "Tên thật: Lê Văn Bình", "Năm sinh: 1935", "Năm mất: 2010",
         "Quê quán: xã Hải Thanh, huyện Hải Hậu, tỉnh Nam Định", "Bút danh: Lê Khoa",
         "Thể loại: truyện ngắn, tiểu thuyết, bút ký, phê bình",
         "Ông bắt đầu viết văn từ những năm kháng chiến, khi còn là một người lính trẻ ở chiến khu Việt Bắc xa xôi.",
         "Các tác phẩm của ông kể về đời sống của người dân vùng biển với một giọng văn giản dị và giàu cảm xúc."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_profiles_fact_lines_stay(policy):
    removed = _removed(_clean(_POET, policy))
    assert not {"Tên thật: Lê Văn Bình", "Năm sinh: 1935", "Năm mất: 2010"} & set(removed)


_POSTER = ["Tham gia: 20-02-2009", "Bài viết: 567", "Nơi ở: Ninh Bình",
           "Trong bài đầu tiên trên diễn đàn này, tôi xin trình bày một cách sắp xếp tên người Việt theo thứ tự chữ cái.",
           "Việc sắp xếp như vậy rất khó vì tiếng Việt có dấu, và các hệ quản trị dữ liệu không được thiết kế cho nó."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_posters_fields_over_the_post_still_go(policy):
    removed = _removed(_clean(_POSTER, policy))
    assert {"Tham gia: 20-02-2009", "Bài viết: 567"} <= set(removed)


_ACT = ["Основная информация", "Текущая редакция: 2", "Статус документа: Действует", "Субъект РФ: Тульская область",
        "Принявший орган: Собрание депутатов муниципального образования город Тула",
        "Раздел на сайте: Решения представительных органов", "Тип документа: Решение", "",
        "СОБРАНИЕ ДЕПУТАТОВ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ГОРОД ТУЛА",
        "Собрание депутатов решило утвердить порядок проведения публичных слушаний по проекту бюджета города на "
        "следующий год.", "Настоящее решение вступает в силу со дня его официального опубликования в газете города."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_documents_info_box_still_goes(policy):
    removed = _removed(_clean(_ACT, policy))
    assert {"Текущая редакция: 2", "Статус документа: Действует", "Субъект РФ: Тульская область"} <= set(removed)


def test_record_head_unit():
    assert record_head(_POET, [1, 2, 3, 4], set())
    assert not record_head(_POSTER, [0, 1, 2], set())  # prose under the box, no record
    assert not record_head(_ACT, [1, 2, 3], set())  # a document's info box: long rows, no birth


_SOUP = ["Nguyên liệu: (4 phần)", "Phần nước dùng:", "- 500g xương heo", "- 2 lít nước", "- 1 củ hành tây",
         "Cách làm:",
         "Xương heo rửa sạch, chần qua nước sôi rồi hầm với hành tây trong khoảng hai giờ cho nước dùng thật ngọt.",
         "Nêm gia vị vừa ăn, vớt bọt thường xuyên để nước dùng được trong và thơm."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_recipes_list_headings_stay(policy):
    removed = _removed(_clean(_SOUP, policy))
    assert not {"Nguyên liệu: (4 phần)", "Phần nước dùng:"} & set(removed)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_widgets_fields_over_a_paragraph_still_go(policy):
    page = ["Lượt xem: 1200", "Bình luận: 3", "Chia sẻ:", _SOUP[6], _SOUP[7],
            "Món canh này hợp với những ngày trời lạnh và có thể ăn kèm cơm trắng hoặc bún tươi."]
    removed = _removed(_clean(page, policy))
    assert {"Lượt xem: 1200", "Bình luận: 3"} <= set(removed)


def test_list_head_unit():
    assert list_head(_SOUP, [0, 1], set())
    assert not list_head(["Lượt xem: 1200", "Chia sẻ:", _SOUP[6]], [0, 1], set())  # a paragraph, no items


_POEM_PAGE = ["Trang chủ | Văn học | Thơ | Quê hương yêu dấu", "", "Quê hương yêu dấu", "", "image", "",
              "Quê hương là dòng sông xanh mát", "", "Là cánh diều bay giữa trời chiều", "",
              "Là tiếng mẹ ru con buổi tối", "", "Là bữa cơm nghèo có mẹ có cha", "", "Con đi xa vẫn nhớ về quê mẹ!"]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_title_under_its_breadcrumb_stays(policy):
    removed = _removed(_clean(_POEM_PAGE, policy))
    assert "Quê hương yêu dấu" not in removed
    assert removed.get(_POEM_PAGE[0]) and removed.get("image")  # the trail and the image line still go


@pytest.mark.parametrize("policy", POLICIES)
def test_a_widgets_line_under_a_breadcrumb_still_goes(policy):
    page = [_POEM_PAGE[0], "", "Bài viết mới nhất", *_POEM_PAGE[3:]]
    assert _removed(_clean(page, policy)).get("Bài viết mới nhất") == "boilerplate.between_removed"


def test_crumb_title_unit():
    lines = ["Trang chủ | Văn học | Thơ | Quê hương", "Quê hương", "image", "Quê hương là chùm khế ngọt"]
    assert crumb_title(lines, [1])
    other = ["Trang chủ | Văn học | Thơ | Quê hương", "Bài mới đăng", "image"]
    assert not crumb_title(other, [1])  # names another line, not the trail's page
    assert not crumb_title(["Thơ | Quê hương", "Quê hương"], [1])  # two crumbs: a pair of tabs, no trail


_VERSE = ["Bài thơ Mùa xuân quê tôi của nhà thơ Trần Minh được nhiều thế hệ học sinh thuộc lòng từ khi còn nhỏ.",
          "Mùa xuân về trên cánh đồng xanh", "Con đò nhỏ chở nắng qua sông", "Tiếng chim ca trên cành lộc biếc",
          "Mẹ ra đồng gieo hạt đầu năm.", "Quê tôi đó những chiều khói tỏa", "Bữa cơm chiều rau muống cà dầm",
          "Bên bếp lửa bà kể chuyện cổ", "Cho cháu con nhớ mãi quê hương"]


def test_stanza_unit():
    assert stanza(_VERSE, 5)
    news = ["Thành phố đã hoàn thành việc nâng cấp tuyến đường ven sông sau hai năm thi công với tổng vốn đầu tư lớn.",
            "Khánh thành cầu mới nối hai bờ sông Hồng", "Giá xăng giảm lần thứ ba liên tiếp trong tháng",
            "Học sinh Hà Nội nghỉ học vì trời rét đậm dưới mười độ"]
    assert not stanza(news, 1)  # a paragraph above, not verse lines


@pytest.mark.parametrize("policy", POLICIES)
def test_a_poems_last_stanza_stays(policy):
    page = ["Mùa xuân quê tôi", _VERSE[0], "", *_VERSE[1:], "(Nguồn: http://thovn.net/mua-xuan-que-toi.html)"]
    removed = _removed(_clean(page, policy))
    assert not set(_VERSE[5:]) & set(removed)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_heading_opening_on_a_credit_word_stays(policy):
    page = ["Làng Đông Sơn", "Nguồn gốc tên làng Đông Sơn",
            "Theo các cụ cao niên trong làng, tên làng có từ thời nhà Lý, khi những người đầu tiên đến đây khai hoang.",
            "Làng nằm bên bờ sông Mã, dưới chân núi Đọ, nơi các nhà khảo cổ đã tìm thấy nhiều trống đồng cổ."]
    removed = _removed(_clean(page, policy))
    assert "Nguồn gốc tên làng Đông Sơn" not in removed


@pytest.mark.parametrize("policy", POLICIES)
def test_a_bare_credit_after_the_text_still_goes(policy):
    page = ["Làng Đông Sơn", page_text := ("Làng nằm bên bờ sông Mã, dưới chân núi Đọ, nơi các nhà khảo cổ đã tìm thấy "
                                            "nhiều trống đồng cổ có niên đại hơn hai nghìn năm."),
            "Mỗi năm, làng tổ chức lễ hội vào mùa xuân để tưởng nhớ những người có công lập làng.", "Nguồn VnExpress"]
    assert page_text and _removed(_clean(page, policy)).get("Nguồn VnExpress") == "boilerplate.credit"


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("credit", ["Nguồn tin: baochinhphu.vn", "Источник новости: https://amur.info/news/123",
                                    "Источник и фото - lenta.ru"])
def test_a_labelled_credit_after_the_text_still_goes(policy, credit):
    page = ["Làng Đông Sơn", "Làng nằm bên bờ sông Mã, dưới chân núi Đọ, nơi các nhà khảo cổ đã tìm thấy nhiều trống "
            "đồng cổ có niên đại hơn hai nghìn năm.",
            "Mỗi năm, làng tổ chức lễ hội vào mùa xuân để tưởng nhớ những người có công lập làng.", credit]
    assert credit in _removed(_clean(page, policy))


def test_compound_label_unit():
    assert compound_label("gốc bút danh Tố Hữu") and compound_label("питания для ноутбука")
    assert not compound_label("VnExpress") and not compound_label("ТАСС") and not compound_label("vtv.vn")
    assert not compound_label("tin") and not compound_label("ảnh Internet") and not compound_label("новости: https://a.ru")
    assert not compound_label("и фото - lenta.ru")

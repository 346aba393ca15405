"""lost97: the content lines held53 lost, by class (issue 12, post-blind).

* an institution's opening hours printed as "Label: value" fields right under a paragraph of the page, taken as a
  widget's fields (``boilerplate.field_run``) and, that guard in, as a sidebar's names (``boilerplate.tail_names``)
  (:mod:`mtpipe.clean.opening_hours`);
* a subheading that is one part of a title of two parts joined by "&" ("Tầm nhìn" under "Sứ mệnh & Tầm nhìn"), taken
  as the title image's alt text (``captions.alt_of_heading``; :func:`mtpipe.clean.captions._title_tail`, any script);
* a whole HTML page saved as ``.txt`` with its ``<head>`` alone: both extractors read the body only and gave an empty
  document; the page's ``<title>`` is its text now (:func:`mtpipe.html_extract.title_only`), and the benchmark finds
  an annotated raw-HTML line by its words (``benchmarks/cleaning.py``'s ``_page_in_text``).

Documents made up in those shapes; negatives are the nearest clutter each rule exists for.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.opening_hours import body_hours, clock_span, hours_label, hours_under
from mtpipe.document import Document


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _removed_by(text: str, line: str) -> str | None:
    doc = _clean(text)
    at = doc.raw_text.index("\n" + line + "\n") + 1
    for e in doc.ledger:
        if e.action == "removed" and e.start <= at < e.end:
            return e.rule
    return None


# --- opening hours under the page's text ------------------------------------------------------------------------------

CLUB = ("Сельский дом культуры\n\n"
        "В 70-е годы прошлого века совхоз «Заря» был крупным хозяйством района, и в селе строились новые дома, школа "
        "и контора.\n"
        "Молодые специалисты приезжали в село каждый год, и остро встал вопрос о досуге жителей.\n"
        "15 октября 1979 года Дом культуры открыл свои двери для жителей и гостей села.\n"
        "Режим работы:\n"
        "среда-пятница: с 15:00 до 21:00\n"
        "Воскресенье: с 12:00 до 20:00\n"
        "Кружки:\n"
        "№ | Название | Руководитель | Время занятий |\n"
        "1 | «Ручеёк» | Иванова Мария Петровна | Среда 18:00 |\n"
        "2 | «Гармонь» | Петров Иван Сергеевич | Пятница 19:00 |\n"
        "3 | «Радуга» | Сидорова Анна Ивановна | Воскресенье 14:00 |\n")


@pytest.mark.parametrize("line", ["Режим работы:", "среда-пятница: с 15:00 до 21:00", "Воскресенье: с 12:00 до 20:00"])
def test_opening_hours_under_the_pages_paragraph_stay(line):
    assert _removed_by(CLUB, line) is None


HEADER = ("Режим работы:\n"
          "Пн-Пт: 9:00-18:00\n"
          "Сб: 10:00-15:00\n"
          "Новый каток откроется в парке в субботу\n\n"
          "В субботу в городском парке откроется новый каток с прокатом коньков и тёплой раздевалкой для посетителей.\n"
          "Вход на каток будет бесплатным для детей до семи лет и для пенсионеров, сообщили в администрации.\n")


FOOTER = ("Новый каток откроется в парке в субботу\n\n"
          "В субботу в городском парке откроется новый каток с прокатом коньков и тёплой раздевалкой для посетителей.\n"
          "Вход на каток будет бесплатным для детей до семи лет и для пенсионеров, сообщили в администрации.\n"
          "Поделиться:\n"
          "ВКонтакте\n"
          "Одноклассники\n"
          "Режим работы:\n"
          "Пн-Пт: с 9:00 до 18:00\n"
          "Сб: с 10:00 до 15:00\n"
          "© 2024 Парк культуры и отдыха\n")


def test_the_sites_hours_above_the_title_still_go():
    assert _removed_by(HEADER, "Пн-Пт: 9:00-18:00") is not None


@pytest.mark.parametrize("line", ["Режим работы:", "Пн-Пт: с 9:00 до 18:00", "Сб: с 10:00 до 15:00"])
def test_the_sites_hours_in_its_footer_under_removed_chrome_still_go(line):
    assert _removed_by(FOOTER, line) == "boilerplate.field_run"


@pytest.mark.parametrize("line, label, span", [
    ("Режим работы:", True, False), ("Thời gian làm việc: 7h30 - 11h30", True, True),
    ("вторник-пятница: с 14:30 до 22:00", False, True), ("Opening hours", True, False),
    ("Сообщения: 2101", False, False), ("Tuần này: 12", False, False), ("Счёт матча 2:1", False, False)])
def test_hours_label_and_clock_span(line, label, span):
    assert hours_label(line) is label and clock_span(line) is span


def test_body_hours_wants_a_paragraph_right_above_and_hours_only():
    lines = ["Дом культуры открыл свои двери для жителей и гостей села.", "Режим работы:", "Пн-Пт: с 9:00 до 18:00",
             "Сб: с 10:00 до 15:00"]
    body = {0}
    assert body_hours(lines, [1, 2, 3], set(), body)
    assert not body_hours(lines, [1, 2, 3], {0}, body)  # a removed line above: the footer's block
    assert not body_hours(lines, [1, 2, 3], set(), set())  # no paragraph above
    assert not body_hours(lines[:1] + ["Адрес: ул. Ленина, 5"] + lines[2:], [1, 2, 3], set(), body)  # no hours label
    with_phone = lines + ["Телефон: 8 (800) 555-35-35"]
    assert not body_hours(with_phone, [1, 2, 3, 4], set(), body)  # a contact block, not the hours alone
    assert hours_under(lines, 0, set()) == [1, 2, 3]
    assert hours_under(lines, 0, {1}) == []


# --- a subheading that is one part of the title -----------------------------------------------------------------------

MISSION = ("Sứ mệnh & Tầm nhìn\n"
           "Tầm nhìn\n"
           "Chúng tôi hướng đến xây dựng một ngôi trường đạt chuẩn về giáo dục và nuôi dưỡng, giúp trẻ phát triển toàn "
           "diện về thể chất, ngôn ngữ, nhận thức và tình cảm.\n"
           "Nhà trường quan tâm giáo dục trẻ các kỹ năng sống để trẻ tự tin, mạnh dạn và sáng tạo.\n\n"
           "Sứ mệnh\n"
           "Phát triển tối đa tiềm năng của mỗi trẻ trên cơ sở tôn trọng những thiên hướng riêng của từng cá nhân.\n")
ALT = ("Bổn phận tham dự Thánh Lễ Chúa Nhật sẽ được tiếp tục lại\n"
       "Bổn phận tham dự Thánh Lễ\n"
       "Đức Giám mục thông báo nghĩa vụ tham dự Thánh lễ vào Chủ nhật đối với người Công giáo sẽ được tiếp tục từ "
       "tháng tới, sau nhiều tháng tạm ngưng.\n"
       "Ngài cũng nói thêm rằng đã đến lúc trở lại nhà thờ cùng cộng đoàn giáo xứ.\n")


def test_a_part_of_a_title_of_two_parts_heading_the_paragraph_stays():
    assert _removed_by(MISSION, "Tầm nhìn") is None


def test_the_titles_head_under_it_is_still_its_images_alt_text_in_vietnamese():
    assert _removed_by(ALT, "Bổn phận tham dự Thánh Lễ") == "captions.alt_of_heading"


# --- a page saved with its head alone ---------------------------------------------------------------------------------

HEAD_ONLY = ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n'
             "<title>KẾ HOẠCH THU HỌC PHÍ KHÔNG DÙNG TIỀN MẶT NĂM HỌC 2024-2025</title>\n"
             '<meta name="description" content="KẾ HOẠCH THU HỌC PHÍ - Tin Tức -...">\n'
             '<meta property="og:site_name" content="Trường Mầm non Hoa Sen">\n'
             '<link rel="canonical" href="https://example.edu.vn/ke-hoach-56.html">\n')


def test_a_page_with_its_head_alone_gives_its_title(tmp_path):
    from mtpipe.ingest import read_document

    f = tmp_path / "notice.txt"
    f.write_text(HEAD_ONLY, encoding="utf-8")
    doc = read_document(f, tmp_path)
    assert doc.text == "KẾ HOẠCH THU HỌC PHÍ KHÔNG DÙNG TIỀN MẶT NĂM HỌC 2024-2025"
    assert doc.meta.get("html_title_only") and any("<title>" in w for w in doc.warnings)


def test_a_page_with_text_in_its_body_is_not_given_its_title(tmp_path):
    from mtpipe.ingest import IngestOptions, read_document

    f = tmp_path / "page.txt"
    f.write_text("<!DOCTYPE html><html><head><title>Tiêu đề trang</title></head><body><p>Đoạn văn thứ nhất của bài."
                 "</p></body></html>", encoding="utf-8")
    doc = read_document(f, tmp_path, IngestOptions(html_extractor="builtin"))
    assert doc.text == "Đoạn văn thứ nhất của bài." and not doc.meta.get("html_title_only")


def test_the_benchmark_finds_a_raw_html_line_by_its_words(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import cleaning

    ann = tmp_path / "p.ann"
    body = "\n".join(("+ " if "<title>" in ln else "- ") + ln for ln in HEAD_ONLY.splitlines())
    ann.write_text("### doc p01 lang=vi split=t bnd=yes url=https://example.edu.vn/ke-hoach-56.html\n"
                   + body.replace("</title>", "</title>\u2016") + "\n", encoding="utf-8")
    (a,) = cleaning.load_file(ann)
    p = tmp_path / "site" / "p01.txt"
    p.parent.mkdir()
    p.write_text(a.raw(), encoding="utf-8")
    (doc,), _ = cleaning.run_front([p], tmp_path)
    c = cleaning.score(a, doc)
    assert c["content_kept"] == c["content"] == 1 and c["lost"] == []
    assert c["clutter_removed"] == c["clutter"] == 6 and c["tp"] == 1 and c["fn"] == 0

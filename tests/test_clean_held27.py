"""A results listing inside the article stays (issue 12, content precision; held27, read after its blind figures).

Three rules took a contest's results by category ("Юноши и мужчины:" / "1-3 класс:" / "- I место - <name>"):

* ``boilerplate.tags`` counted a list item's bullet dash as a repeated word ("- I место - <name>": "-" twice); the
  bullet is stripped before words are counted (a dash between items still counts: "Nghề Giáo - Giáo viên - Giáo dục");
* ``boilerplate.counters`` took "1-3 класс:", "4-6 класс:", … for a counter widget; a group of lines that each end
  with a colon announces its list;
* ``boilerplate.field_run`` took "Результаты соревнований следующие:" / "Юноши и мужчины:" for a poster's fields;
  labels with no value, the next line live and no field, head the list under them (an accessibility bar's value-less
  labels over removed furniture still go).

Cases written from the class, with the furniture of the same shapes that must still go.
"""

from __future__ import annotations

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.fields import field_runs
from mtpipe.clean.widgets import counters
from mtpipe.document import Document

BODY = ["В субботу на лыжной базе прошли традиционные соревнования среди школьников и взрослых.",
        "На старт вышли более ста участников из пяти сёл района, погода выдалась морозной и солнечной."]
RESULTS = ["Результаты соревнований следующие:", "Юноши и мужчины:", "1-3 класс:", "- I место - Илья Бордунов",
           "- II место - Айдар Искаков", "- III место - Никита Чулпанов", "4-6 класс:", "- I место - Константин Шаров",
           "- II место - Денис Мыльников", "7-9 класс:", "- I место - Иван Шинкарев", "- II место - Алексей Будаев"]
END = ["Победители награждены грамотами и медалями, а все участники получили сладкие призы."]


def _removed(lines: list[str]) -> dict[str, str]:
    raw = "\n".join(lines) + "\n"
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(raw, doc_id="a.txt", path="a.txt"))
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_a_results_listing_stays() -> None:
    got = _removed(BODY + RESULTS + END)
    assert not [line for line in RESULTS if line in got], got


def test_tag_lists_still_go() -> None:
    tags = "Китай США связь экономика санкции общество Китай США"
    got = _removed(BODY + [tags] + END)
    assert got.get(tags) == "boilerplate.tags", got


def test_counters_still_go_group_labels_stay() -> None:
    lines = BODY + ["Просмотров: 12", "Текст заметки о погоде идёт дальше, и он длинный, как и положено.",
                    "Просмотров: 40", "Ещё одна заметка о погоде, тоже длинная, с точкой в конце.", "Просмотров: 7"]
    assert len(counters(lines, set())) == 3
    labels = BODY + ["1-3 класс:", "- I место - Анна", "4-6 класс:", "- I место - Олег", "7-9 класс:", "- I место - Ира"]
    assert counters(labels, set()) == {}


def test_value_less_labels_over_a_list_stay_an_accessibility_bar_goes() -> None:
    listing = BODY + ["Итоги:", "Юноши:", "1-3 класс:", "- I место - Анна"]
    assert field_runs(listing, {}) == {}
    bar = ["Размер шрифта:", "Цветовая схема:", "Изображения:", "21.03.2024, 10:34"] + BODY
    assert sorted(field_runs(bar, {})) == [0, 1, 2]  # above the text: a panel, even over a live line
    got = field_runs(bar, {3: ("boilerplate.date_line", None)})
    assert sorted(got) == [0, 1, 2]
    fields = ["Сообщения: 2101", "Откуда: Питер", "Благодарил (а): 15 раз."] + BODY
    assert sorted(field_runs(fields, {})) == [0, 1, 2]  # fields with values: a poster's, as before


# a page that is nothing but a table (a kindergarten's weekly menu under its title cell): its cells are the text
MENU = ["| THỰC ĐƠN TUẦN 2 THÁNG 3 |", "BỮA SÁNG |", "BỮA TRƯA |", "BỮA CHIỀU |", "| THỨ |", "(7h30) |", "(10h45) |",
        "(15h00) |"]
for day, dishes in (("2", ["Cháo thịt băm |", "Cơm canh bí |", "Sữa chua |"]),
                    ("3", ["Phở bò |", "Cơm cá kho |", "Chuối |"]),
                    ("4", ["Bún riêu |", "Cơm thịt rim |", "Bánh flan |"]),
                    ("5", ["Xôi gấc |", "Cơm trứng |", "Sữa bột |"])):
    MENU += [f"| {day} |"] + dishes


def test_a_page_that_is_a_table_is_kept() -> None:
    from mtpipe.clean.tables import find_tables

    live = [False] * len(MENU)  # every cell taken by a short-line rule
    assert [(a, b) for a, b, _, _ in find_tables(MENU, live)] == [(0, len(MENU))]
    page = MENU + ["Phụ huynh có thể xem thực đơn các tuần khác trên bảng tin của trường mỗi sáng thứ hai nhé."]
    assert find_tables(page, [False] * len(MENU) + [True]) == []  # text under it, none above: a header's shape
    above = ["Trường mầm non công bố thực đơn tuần này để phụ huynh tiện theo dõi và góp ý cho nhà bếp."]
    assert find_tables(above + page, [True] + [False] * len(MENU) + [True])  # inside the article, as before

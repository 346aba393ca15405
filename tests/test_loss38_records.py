"""loss38: a page's own record (a form the site fills in once per page) is the page's text, not its template.

crawl12 (a diocese's site, one page per parish) lost each page's fact sheet: the labels ("Năm thành lập:", "Giờ lễ",
"Số giáo dân: 600" with its digits masked) recur on every page of the site, so the cross-document layer took them as
the site's template, ``boilerplate.field_run`` took the short fields above the text as a widget's, and
``boilerplate.tag_list`` the address.  :func:`mtpipe.clean.records.record_lines` tells the record by its block: a run
of fields holding two values of the page's own (each with its own label, seen in this document only) and a line that
the site's other pages print too.  The same-shape negatives stay removed: a site's info box that recurs values and
all, a forum poster's fields (one own value beside counters), a menu, and a list of one label's items.

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.records import field_like, record_lines
from mtpipe.clean.templates import TemplateCounter
from mtpipe.document import Document

POLICIES = ("balanced", "conservative")


def _clean(texts: list[str], policy: str, folder: str = "site") -> list:
    cleaner = Cleaner(CleanOptions(removal_policy=policy))
    docs = [Document.from_text(t, doc_id=f"{folder}/{k}.txt", path=f"{folder}/{k}.txt") for k, t in enumerate(texts)]
    cleaner.first_pass(docs)
    return [cleaner(d) for d in docs]


def _removed(doc) -> dict[str, str]:
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


_MENU_VI = ["Trang chủ", "Giới thiệu", "Tin tức", "Liên hệ"]
_PARISHES = [("Họ Đạo Tân Hòa", "ấp Tân Hòa, xã Long Phú, Tam Bình, tỉnh Vĩnh Long", "CN XII Thường niên", 812,
              "04g30", "Giuse Trần Văn Lộc"),
             ("Họ Đạo Bình Minh", "ấp Mỹ Hưng, xã Bình Minh, Cần Thơ", "CN III Mùa Chay", 245, "17g00",
              "Phêrô Lê Minh Tâm"),
             ("Họ Đạo Phú Quới", "ấp Phú Thạnh, xã Phú Quới, Long Hồ, tỉnh Vĩnh Long", "CN XXV Thường niên", 1304,
              "05g00", "Antôn Võ Văn Sang"),
             ("Họ Đạo Cái Nhum", "ấp Cái Nhum, xã Hòa Lộc, Mang Thít", "CN I Mùa Vọng", 530, "18g00",
              "Phaolô Huỳnh Quốc Việt")]


def _parish(k: int, address_below: bool = False) -> str:
    title, address, turn, people, mass, priest = _PARISHES[k]
    record = (["Địa chỉ:", address] if address_below else [f"Địa chỉ: {address}"]) + [
        "Bổn mạng:", f"Chầu lượt: {turn}", f"Số giáo dân: {people}", "Năm thành lập:", "Giờ lễ",
        f"Chúa nhật: {mass}", f"Ngày thường: {mass}", f"Linh mục Chánh sở: {priest}"]
    text = [f"{title} được thành lập từ một nhóm giáo dân di cư, nay có nhà thờ và trường giáo lý riêng.",
            f"Năm {1950 + 7 * k}, cha sở đầu tiên xây nhà thờ bằng cây lá trên phần đất do giáo dân hiến tặng."]
    return "\n".join(_MENU_VI + [f"{10 + k}.0{k + 3}.2024", title] + record + ["LỊCH SỬ HỌ ĐẠO"] + text) + "\n"


_HOTELS = [("Гостиница «Берёзка»", "ул. Ленина, д. 12, Тверь", "Ирина Павловна Смирнова", 14),
           ("Отель «Волга»", "наб. Степана Разина, д. 3, Тверь", "Олег Викторович Лебедев", 28),
           ("Гостиница «Старый город»", "ул. Советская, д. 47, Тверь", "Анна Сергеевна Громова", 9),
           ("Мини-отель «Уют»", "пр. Чайковского, д. 5, Тверь", "Дмитрий Ильич Волков", 6)]


def _hotel(k: int) -> str:
    name, address, manager, rooms = _HOTELS[k]
    record = [f"Адрес: {address}", "Категория:", f"Номеров: {rooms}", "Время заезда", "Заезд: 14:00",
              "Выезд: 12:00", f"Управляющий: {manager}"]
    text = [f"{name} расположена в историческом центре города, в пяти минутах ходьбы от набережной.",
            "В каждом номере есть душ, телевизор и бесплатный доступ в интернет для гостей."]
    return "\n".join(["Главная", "Гостиницы", "Контакты", name] + record + text) + "\n"


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("address_below", [False, True], ids=["address_inline", "address_below"])
def test_a_parish_record_stays_on_each_page(policy, address_below):
    docs = _clean([_parish(k, address_below) for k in range(4)], policy)
    for k, doc in enumerate(docs):
        title, address, turn, people, mass, priest = _PARISHES[k]
        removed = _removed(doc)
        for line in (address, "Bổn mạng:", f"Chầu lượt: {turn}", f"Số giáo dân: {people}", "Năm thành lập:",
                     "Giờ lễ", f"Chúa nhật: {mass}", f"Ngày thường: {mass}", f"Linh mục Chánh sở: {priest}"):
            assert not any(line in r for r in removed), (k, line, removed)
        assert "Trang chủ" in removed  # the menu is still the site's template


@pytest.mark.parametrize("policy", POLICIES)
def test_a_hotel_record_stays_on_each_page(policy):
    docs = _clean([_hotel(k) for k in range(4)], policy, folder="hotels")
    for k, doc in enumerate(docs):
        name, address, manager, rooms = _HOTELS[k]
        removed = _removed(doc)
        for line in (f"Адрес: {address}", "Категория:", f"Номеров: {rooms}", "Время заезда", "Заезд: 14:00",
                     "Выезд: 12:00", f"Управляющий: {manager}"):
            assert line not in removed, (k, line, removed)
        assert "Главная" in removed


# ---- negatives: same shapes that are the site's, not the page's


def _news(k: int) -> str:
    """A site's info box printed with the same values on every page, under an article of its own."""
    leads = ["Sáng nay, hội cứu trợ trẻ em khuyết tật thành phố tổ chức lễ kỷ niệm hai mươi năm thành lập.",
             "Chiều qua, thư viện quận mở cửa phòng đọc mới dành cho học sinh tiểu học trong khu vực.",
             "Tối chủ nhật, nhà văn hóa phường tổ chức đêm ca nhạc gây quỹ cho các gia đình khó khăn.",
             "Tuần này, trung tâm y tế huyện khám bệnh miễn phí cho người cao tuổi ở ba xã vùng sâu."]
    box = ["Chuyên mục: Đời sống xã hội", "Thể loại: Tin trong nước", "Nguồn tin: Ban biên tập"]
    return "\n".join(_MENU_VI + box + [leads[k], "Các hoạt động sẽ tiếp tục được tổ chức trong những tháng tới."]) + "\n"


@pytest.mark.parametrize("policy", POLICIES)
def test_an_info_box_that_recurs_whole_is_still_template(policy):
    docs = _clean([_news(k) for k in range(4)], policy, folder="news")
    for doc in docs:
        removed = _removed(doc)
        assert "Chuyên mục: Đời sống xã hội" in removed and "Thể loại: Tin trong nước" in removed, removed


_POSTERS = [("Питер", 2101), ("Москва", 87), ("Казань", 455), ("Омск", 1290)]


def _forum(k: int) -> str:
    """A forum post: the poster's fields (one own value, the rest counters) above the post's text."""
    town, posts = _POSTERS[k]
    fields = ["Не в сети", f"Сообщения: {posts}", f"Откуда: {town}", f"Благодарил (а): {k + 3} раз.",
              f"Поблагодарили: {k * 7 + 1} раз."]
    text = [f"Вопрос по теме номер {k + 1}: как лучше организовать разбор выражений сверху вниз без рекурсии?",
            "Я пробовал несколько подходов, но каждый раз упираюсь в переполнение стека на длинных строках."]
    return "\n".join(["Форум", "Поиск", "Правила"] + fields + text) + "\n"


@pytest.mark.parametrize("policy", POLICIES)
def test_a_poster_s_fields_are_no_record(policy):
    cleaner_docs = _clean([_forum(k) for k in range(4)], policy, folder="forum")
    lines = _forum(0).splitlines()
    counter = TemplateCounter()
    for k in range(4):
        counter.add(_forum(k), "forum")
    assert record_lines(lines, counter, "forum") == set()
    removed = _removed(cleaner_docs[0])
    assert "Сообщения: 2101" in removed and "Откуда: Питер" in removed, removed


def test_no_record_without_the_site_s_other_pages():
    # a page alone (or a form no other page of its folder prints) gives no record: the page-level rules decide
    lines = _parish(0).splitlines()
    assert record_lines(lines, None) == set()
    counter = TemplateCounter()
    counter.add(_parish(0), "a")
    counter.add(_parish(1), "b")  # another folder's (site's) page: the labels recur in the run, not in the folder
    assert record_lines(lines, counter, "a") == set()
    counter.add(_parish(2), "a")
    got = record_lines(lines, counter, "a")
    assert {lines.index("Bổn mạng:"), lines.index("Giờ lễ")} <= got
    assert lines.index("Trang chủ") not in got and lines.index("LỊCH SỬ HỌ ĐẠO") not in got


@pytest.mark.parametrize("items", [
    # one label's items (a show's episodes): no record, each own value must carry its own label
    ["The Daily Rundown", "First Read and Gaggle: Health care and the campaign trail", "The Daily Rundown",
     "First Read and Gaggle: Immigration reform in the Senate"],
])
def test_one_label_s_items_are_no_record(items):
    counter = TemplateCounter()
    for k in range(3):
        counter.add("\n".join(["Menu", "Shows"] + (items if k == 0 else items[:1]) + [f"Story {k}"]), "tv")
    assert record_lines(["Menu", "Shows"] + items + ["Story 0"], counter, "tv") == set()


@pytest.mark.parametrize("line, want", [
    ("Địa chỉ: ấp Tân Quang, xã Hiếu Phụng", True),
    ("Năm thành lập:", True),
    ("Linh mục Chánh sở: Anphongsô Lâm Thanh Hà", True),
    ("Заезд: 14:00", True),
    ("http://example.com/page", False),
    ("Họ Đạo Cầu Vĩ", False),
    ("Vào năm 1974, cha sở xây dựng nhà thờ: một ngôi nhà bằng gỗ", False),  # a label of six words is a clause
])
def test_field_like_table(line, want):
    assert field_like(line) is want

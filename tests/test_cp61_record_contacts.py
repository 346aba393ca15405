"""cp61: content lost once the gate stopped holding ``boilerplate.contact`` on vi.

* a contact field inside a bulleted list of the page's own record fields ("• Tên trường: …" / "• Năm thành lập: …" /
  "• Địa chỉ: …" / "• Email: …" / "• Đạt chuẩn …", held32's ``h32vi11``) is one of the subject's facts (Convention 13),
  no contact block (:func:`mtpipe.clean.record_contacts.record_contact`); a site's contact block (no bullet, or no
  facts beside its contacts, or the e-mail at the list's edge) stays removed;
* a contact field beside a field of the page's own facts, neither printed on another of the site's pages of the run,
  is the block of the place the page is about (Convention 13's test; crawl12's ``c12vi11``:
  :func:`mtpipe.clean.record_contacts.own_contact`); the same lines on the site's other pages, or a run without
  other pages of the site, are the site's block;
* an address alone (a site's URL) over the page's first live line is no evidence of a header region under it
  (``regions._address_only``, held38's ``h38vi10``: the page's title and the text's "1. …" heading kept); with a
  menu removed too, or the address among the region's lines, the region is still furniture.

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.record_contacts import own_contact, record_contact
from mtpipe.clean.regions import furniture_regions
from mtpipe.clean.templates import TemplateCounter
from mtpipe.document import Document

_VI = ["QUÁ TRÌNH HÌNH THÀNH VÀ PHÁT TRIỂN TRƯỜNG TIỂU HỌC AN BÌNH", "• Tên trường: Tiểu học An Bình.",
       "• Năm thành lập: 1975.", "• Địa chỉ: Thôn Đông, xã An Bình, huyện Yên Định, tỉnh Thanh Hóa.",
       "• Email: thanbinh.yd@example.edu.vn.", "• Đạt chuẩn quốc gia mức độ 2."]
_RU = ["О школе", "• Полное название: МБОУ «Средняя школа № 4»", "• Год основания: 1961", "• Директор: Петрова Анна Ивановна",
       "• E-mail: school4@example.ru", "• Телефон: 8 (812) 555-12-34"]
_EN = ["About the museum", "- Name: Riverside Folk Museum", "- Founded: 1932", "- Email: info@riverside-museum.example",
       "- Collection: 12,000 objects of local crafts"]
_ALL = lambda k: True  # noqa: E731  every line live


@pytest.mark.parametrize("lines, i, want", [
    (_VI, 4, True),  # the e-mail among the school's facts
    (_RU, 4, True),  # the e-mail between the head's name and the phone
    (_EN, 3, True),
    (_VI[:5], 4, False),  # the list's last line: at its edge, no field of the list below it
    (["Hotline: 024.355.63.010", "Email: toasoan@example.vn", "Thời cuộc"], 1, False),  # a header block, no bullet
    (["Горячая линия: +7 831 (48) 5-32-19", "E-mail: crb@example.ru", "Адрес: 607400, Нижегородская область,"], 1,
     False),  # a header block laid out as fields, no bullet
    (["• Hotline: 0909 123 456", "• Email: lienhe@example.vn", "• Fax: 028 3822 1234", "• Website: example.vn"], 1,
     False),  # a bulleted contact block: no fact beside its contacts
    (["• Địa chỉ: 12 Lê Lợi, Q.1", "• Email: lienhe@example.vn", "• Hotline: 0909 123 456"], 1,
     False),  # one fact (the address) only: the site's footer
    (["- Trang chủ", "- Email: lienhe@example.vn", "- Liên hệ"], 1, False),  # menu items round it, no fields
])
def test_record_contact(lines, i, want):
    assert record_contact(lines, i, _ALL) is want


def test_a_removed_neighbour_ends_the_list():
    assert record_contact(_VI, 4, lambda k: k != 3) is False


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_BODY = ("Trường được thành lập năm 1975 trên cơ sở tách ra từ trường cấp một của xã, khi đó chỉ có bốn lớp học và "
         "sáu giáo viên, cơ sở vật chất còn thiếu thốn nhiều mặt.")


def test_the_record_s_email_stays_on_a_page():
    removed = _removed("\n".join(_VI + [_BODY]) + "\n")
    assert "• Email: thanbinh.yd@example.edu.vn." not in removed, removed


def test_a_footer_s_bulleted_contacts_stay_removed():
    footer = ["• Hotline: 0909 123 456", "• Email: lienhe@example.vn", "• Fax: 028 3822 1234"]
    removed = _removed("\n".join([_VI[0], _BODY, "Bản quyền thuộc về Trường Tiểu học An Bình"] + footer) + "\n")
    assert removed.get("• Email: lienhe@example.vn") == "boilerplate.contact", removed


_TEXT = ["- Cán bộ tiếp công dân vào thứ ba và thứ năm hàng tuần tại trụ sở cơ quan theo quy định của pháp luật hiện hành;",
         "- Lãnh đạo cơ quan tiếp công dân vào ngày 25 hàng tháng, nếu ngày tiếp trùng vào ngày nghỉ thì tiếp vào ngày "
         "làm việc kế tiếp theo quy định."]
_HEAD = ["www.example.gov.vn", "CƠ QUAN QUẢN LÝ ĐƯỜNG BỘ", "Lịch tiếp dân", "LỊCH VÀ THỜI GIAN TIẾP CÔNG DÂN",
         "1. Lịch tiếp"]


@pytest.mark.parametrize("head, removed, want", [
    (_HEAD, {0: ("boilerplate.contact", None)}, []),  # the site's URL alone over the page: no header region
    (_HEAD, {0: ("boilerplate.contact", None), 2: ("boilerplate.menu", None)}, [3, 4]),  # a menu too: furniture
    (["Thời cuộc", "Xã hội", "Kinh tế", "hotline@example.vn", "Lịch tiếp dân"], {3: ("boilerplate.contact", None)},
     [0, 1, 2, 4]),  # the address under the page's first line: the header's own block
])
def test_region_evidence_an_address_alone(head, removed, want):
    lines = head + _TEXT
    assert sorted(furniture_regions(lines, removed, "vi")) == want


_CONVENT = ["ĐC: 12B Nguyễn Văn Lượng, P. 17, Q. Gò Vấp, TP. HCM", "Email: vanphong@example.org ĐT: (028) 3894 1111",
            "Hiệp định năm 1954 chia đôi đất nước, đã chi phối toàn bộ đời sống của Hội dòng vì phần đông chị em ở "
            "miền Bắc."]
_OTHER = ["Dẫn nhập", "Nếu chương trình cứu độ của Thiên Chúa được ví như một bức tranh tuyệt hảo, thì mỗi thời kỳ "
          "là một nét vẽ.", "Trang chủ"]
_SITE_BLOCK = ["Địa chỉ: 45 Lê Lợi, P. Bến Nghé, Q.1", "Email: toasoan@example.vn"]


def _counter(pages: list[list[str]], folder: str = "") -> TemplateCounter:
    counter = TemplateCounter()
    for p in pages:
        counter.add("\n".join(p), folder)
    return counter


@pytest.mark.parametrize("pages, lines, i, want", [
    ([_CONVENT, _OTHER, _OTHER[:2]], _CONVENT, 1, True),  # the convent's block, on none of the site's other pages
    ([_CONVENT, _OTHER], _CONVENT, 1, False),  # two pages of the site: too few to tell
    ([_CONVENT, _CONVENT[:2] + _OTHER, _OTHER], _CONVENT, 1, False),  # printed on another page: the site's block
    ([_SITE_BLOCK + _OTHER, _SITE_BLOCK + _OTHER[:2], _SITE_BLOCK], _SITE_BLOCK + _OTHER, 1, False),  # every page's
    ([["Hotline: 0909 123 456", "Email: lienhe@example.vn"] + _OTHER, _OTHER, _OTHER[:2]],
     ["Hotline: 0909 123 456", "Email: lienhe@example.vn"] + _OTHER, 1, False),  # beside a contact, no fact
    ([["vanphong@example.org"] + _CONVENT[:1], _OTHER, _OTHER[:2]], ["vanphong@example.org"] + _CONVENT[:1], 0,
     False),  # an e-mail alone on its line is no field (Convention 9)
])
def test_own_contact(pages, lines, i, want):
    assert own_contact(lines, i, _ALL, _counter(pages)) is want


def test_own_contact_without_counts():
    assert own_contact(_CONVENT, 1, _ALL, None) is False


# ---- a record's "E-mail" label over its address is no page control (crawl12's c12vi14)

_PARISH = ["Giáo hạt Phú Thịnh", "Địa chỉ : Xã Giang Điền, Trảng Bom, Đồng Nai", "Chánh xứ : Linh mục Antôn Nguyễn Văn A",
           "Tel", "E-mail", "giaoxu.example@gmail.com", "http://giaoxu-example.com/"]
_LOGIN = ["E-mail", "Пароль", "Запомнить меня", "Регистрация | Забыли пароль?"]


@pytest.mark.parametrize("lines, i, want", [
    (_PARISH, 4, True),  # the label over its e-mail address
    (["Website", "http://giaoxu-example.com/"], 0, True),  # over a web address
    (["E-mail", "www.example.vn"], 0, True),
    (_LOGIN, 0, False),  # a login box's field: no value under it
    (["E-mail", "Email: lienhe@example.vn"], 0, False),  # a field, no address alone, under it
    (["Chia sẻ", "Facebook"], 0, False),
    (["E-mail"], 0, False),  # the page's last line
])
def test_over_address(lines, i, want):
    from mtpipe.clean.records import over_address

    assert over_address(lines, i) is want


def test_a_login_box_s_e_mail_stays_a_control_and_the_record_s_label_stays():
    from mtpipe.clean.captions import judge
    from mtpipe.clean.vi_chrome import chrome_lines

    text = ["Lược sử giáo xứ được thành lập từ năm 1958 với những gia đình di cư từ miền Bắc vào lập nghiệp."]
    login = judge(_LOGIN + text, {})
    assert login.get(0, ("",))[0] == "captions.nav_label", login
    parish = text + _PARISH
    assert 5 not in judge(parish, {}), judge(parish, {})
    assert 5 not in chrome_lines(parish, set())
    assert chrome_lines(["E-mail", "Chia sẻ"] + text, set()).get(0, ("",))[0] == "portal.button"

"""vi53 (issue 12): the site's street address or telephone line standing first on a Vietnamese page, above the title.

``portal.header_contact`` (:mod:`mtpipe.clean.vi_contacts53`).  Positives: the header lines left on dev pages (h22vi01,
h31vi13, t31vi05, h12vi02, t27vi57), the forms on others (t31vi08 and h7vi01, which the line classifier took; t27vi104)
and a repair shop's header ("Hotline: 0963.453.418").  Negatives of the same shape: a hotel's own address under its name
(t28vi25), a list of wards (h35vi13), a count of communes, a schedule's line (h32vi08), a bare number, a tax code, a
sentence naming a phone number, a date with a number; and the position: an address or a phone line that is not the
page's first live line stays (t28vi74, c12vi04: the only content lines of the dev pages the shapes match).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_contacts53 import HEADER_CONTACT, header_contacts, phone_line, street_address
from mtpipe.document import Document

_TITLE = "Kinh nghiệm du lịch Phú Quốc tự túc từ A đến Z"
_VI = ("Phú Quốc là hòn đảo lớn nhất Việt Nam, nổi tiếng với những bãi biển cát trắng và làn nước trong xanh.",
       "Thời điểm đẹp nhất để du lịch Phú Quốc là từ tháng 11 đến tháng 4 năm sau, khi trời ít mưa và biển lặng.",
       "Du khách có thể đi máy bay từ Hà Nội hoặc Thành phố Hồ Chí Minh, hoặc đi tàu cao tốc từ Rạch Giá.")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", [
    "Trụ sở chính: Số 89, phố Tô Vĩnh Diện, phường Khương Trung, quận Thanh Xuân, thành phố Hà Nội",  # h22vi01
    "Số 4 Đường Yên Sở, Thôn 4, Xã Yên Sở, Huyện Hoài Đức, Hà Nội Tìm kiếm",  # h31vi13
    "89 Mễ Trì Thượng, Phường Mễ Trì, Quận Nam Từ Liêm, Hà Nội",  # t31vi05
    "118 Cao Thắng (mới 124/1), Phường 4, Quận 3",  # t28vi72
    "Địa chỉ: 25/3 Lê Lợi, phường Bến Nghé, quận 1, TP. Hồ Chí Minh",
])
def test_street_address_shape(line):
    assert street_address(line)


@pytest.mark.parametrize("line", [
    "Đường N1, Thị trấn Sapa, Huyện Sapa, Tỉnh Lào Cai, Việt Nam, Sa Pa, Việt Nam",  # t28vi25: no house number
    "Phường Trần Phú, Quang Trung, Minh Khai, Ngọc Hà, Nguyễn Trãi và 2 xã Ngọc Đường và Phương Thiện",  # h35vi13
    "2 xã Ngọc Đường, phường Phương Thiện, huyện Vị Xuyên",  # a count of units
    "* Thủ Thừa: ấp 11 Thị trấn Thủ Thừa từ 7h30 đến 11h30.",  # h32vi08, a schedule's line
    "12 hộ dân ở phường Khương Trung và quận Thanh Xuân đã được hỗ trợ.",  # a sentence
    "89 Mễ Trì Thượng phường Mễ Trì quận Nam Từ Liêm",  # no commas: a phrase, not an address block
])
def test_street_address_negatives(line):
    assert not street_address(line)


@pytest.mark.parametrize("line", [
    "Điện thoại CSKH: 19008082 - 0886.234.222",  # h12vi02
    "Gửi Tin Nhắn 0388287320",  # t27vi57
    "SDT/ZALO : 0368.162.155/0346.013.156",  # t27vi104
    "Mobile / Zalo: 0912 842 224",  # t31vi08
    "Hotline: 0963.453.418",  # a repair shop's header
])
def test_phone_line_shape(line):
    assert phone_line(line)


@pytest.mark.parametrize("line", [
    "1900.6568",  # a bare number (the classifier's), no label
    "Mã số: 0101234567",  # a tax code
    "Cập nhật 20/09/2023, hotline 0912345678",  # a date
    "Mọi thắc mắc xin gọi điện thoại tới số 0912345678 để được tư vấn miễn phí trong giờ hành chính",  # a sentence
    "Năm 2023 có 1234567890 lượt khách",  # no label
])
def test_phone_line_negatives(line):
    assert not phone_line(line)


def test_first_live_line_only():
    addr = "89 Mễ Trì Thượng, Phường Mễ Trì, Quận Nam Từ Liêm, Hà Nội"
    got = header_contacts([addr, _TITLE, *_VI], {})
    assert list(got) == [0] and got[0][0] == HEADER_CONTACT
    # what a layer removed above it does not count: the line is still the first live one
    assert list(header_contacts(["Skip to content", addr, _TITLE, *_VI], {0: ("x", "y")})) == [1]
    # a hotel's name above its own address (t28vi25): the address is not the first live line, and stays
    assert header_contacts(["Lotus Aroma Sapa Hotel", addr, *_VI], {}) == {}
    # a phone line of the text, under the name it belongs to (t28vi74's "ĐT: 08 8441769", c12vi04's "Đt:(070.823804)"
    # under the parish's name, content): the shape matches, the position does not
    for phone in ("ĐT: 08 8441769", "Đt:(070.823804)"):
        assert phone_line(phone)
        assert header_contacts(["Họ Đạo Phước Định", phone, *_VI], {}) == {}
    # no paragraph of the text on the page (a contact page): nothing goes
    assert header_contacts([addr, "Hotline: 0963.453.418", "Liên hệ"], {}) == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_header_contact_in_the_cleaner(policy):
    for first in ("89 Mễ Trì Thượng, Phường Mễ Trì, Quận Nam Từ Liêm, Hà Nội", "Hotline: 0963.453.418"):
        got = _removed("\n".join([first, _TITLE, *_VI]), policy)
        assert got.get(first) == HEADER_CONTACT
        assert not any(line in got for line in (_TITLE, *_VI))

"""Lead, nineteenth session: three generated formats read from held32 after its blind measure, each a format that
any page copying the thing carries (``mtpipe/configs/clean/default.toml``): an image's path on the site
(``chrome.image_filename`` took a bare file name only), the alt text Facebook writes for an image
(``chrome.auto_alt``), a site engine's who-is-online widget on one line (``chrome.online_counter``).  Negatives of the
same shape: a sentence naming a file or a path, a sentence about what a picture may contain, a count of guests in
the text.  And a CMS's "back to the list" link ("Возврат к списку", Bitrix's; "Quay lại danh sách") among the
control words of ``boilerplate.control``.  The lines are written for these tests."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.document import Document

_BODY_VI = ("Sáng nay, xã tổ chức lễ trao bò giống cho các hộ nghèo trên địa bàn để các hộ phát triển kinh tế.",
            "Buổi lễ diễn ra trang trọng với sự tham dự của lãnh đạo huyện và đông đảo bà con trong xã.")


def _removed(lines: list[str], policy: str = "balanced") -> dict[str, str]:
    text = "\n".join([_BODY_VI[0], *lines, _BODY_VI[1]])
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line, rule", [
    ("Uploads/2021/05/anh-le-trao-bo-01.jpg", "chrome.image_filename"),
    ("images/stories/tin-tuc/IMG_4821.JPG", "chrome.image_filename"),
    ("Trong hình ảnh có thể có: 3 người, mọi người đang đứng", "chrome.auto_alt"),
    ("Image may contain: 2 people, people smiling, outdoor", "chrome.auto_alt"),
    ("На изображении может находиться: 1 человек, улыбается", "chrome.auto_alt"),
    ("Онлайн всего: 4 Гостей: 3 Пользователей: 1", "chrome.online_counter"),
    ("Online total: 12 Guests: 10 Members: 2", "chrome.online_counter"),
    ("Назад к списку новостей", "boilerplate.control"),
    ("Quay lại danh sách", "boilerplate.control"),
])
@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_generated_lines_go(line, rule, policy):
    assert _removed([line], policy).get(line) == rule


@pytest.mark.parametrize("line", [
    "Ảnh gốc được lưu trong tệp Uploads/2021/05/anh-le-trao-bo-01.jpg của phòng văn hóa huyện.",
    "Bức ảnh có thể có hai người đứng cạnh nhau, theo lời kể của các nhân chứng trong làng.",
    "Гостей: 40 человек приехали на праздник из соседних сёл, и всех встретили хлебом-солью.",
    "Всего онлайн-трансляцию посмотрели более 3000 жителей района.",
    "Вернуться к списку кандидатов комиссия решила после проверки всех подписей избирателей.",
])
def test_lines_that_only_look_like_them_stay(line):
    assert line not in _removed([line])

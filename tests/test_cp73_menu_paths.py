"""cp73: a menu path inside a how-to sentence is content, not a breadcrumb (``chrome.breadcrumb_trail``, issue 12).

How-to pages print a menu path in running text ("Vào Settings > Privacy > Cookies và tắt tùy chọn này.", "Откройте
Настройки > Конфиденциальность > Файлы cookie и нажмите «Удалить»."); the trail rule took the whole line (found by
cp72).  The rule now refuses a path whose first crumb opens with a verb or preposition that leads into a menu, and one
whose last crumb goes on into a clause (a connective, words, a closing stop).  The lines are made up in the shapes of
how-to pages; the trails still taken are the dev parts' shapes (home first, the last crumb a title without a stop).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.rules import load_rules
from mtpipe.document import Document

RULE = "chrome.breadcrumb_trail"

_VI = ("Hướng dẫn này giúp bạn đổi ngôn ngữ hiển thị của phần mềm chỉ trong vài bước đơn giản.",
       "Sau khi khởi động lại, giao diện sẽ hiển thị bằng ngôn ngữ bạn đã chọn.")
_RU = ("В этой инструкции рассказано, как быстро поменять язык интерфейса программы.",
       "После перезапуска интерфейс будет показан на выбранном языке.")


def _clean(line: str) -> Document:
    a, b = _RU if any("а" <= c <= "я" for c in line.lower()) else _VI
    text = f"{a}\n\n{line}\n\n{b}\n"
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _pattern():  # type: ignore[no-untyped-def]
    return next(r for r in load_rules() if r.name == RULE)


SENTENCES = [
    # a clause after the last crumb
    "File > Options > Language rồi chọn tiếng Việt trong danh sách.",
    "Tools > Options > Advanced, затем нажмите «Сбросить».",
    "Cài đặt > Hiển thị > Phông chữ và kéo thanh trượt sang phải.",
    "Settings > Apps > Default apps and pick the browser you want.",
    # a verb or preposition before the first crumb
    "Vào Settings > Privacy > Cookies và tắt tùy chọn này.",
    "Откройте Настройки > Конфиденциальность > Файлы cookie и нажмите «Удалить».",
    "Chọn File > Options > Language để đổi ngôn ngữ.",
    "Nhấn vào Cài đặt > Quyền riêng tư > Cookie, sau đó chọn Xóa.",
    "Mở Control Panel > System > Advanced system settings rồi nhấn Environment Variables.",
    "Trong Windows 10, vào Start > Settings > Update & Security để kiểm tra bản cập nhật.",
    "Bạn hãy vào Tài khoản > Bảo mật > Mật khẩu",
    "Перейдите в Настройки > Приложения > Telegram и разрешите уведомления.",
    "В меню Файл > Параметры > Язык выберите русский.",
    "Выберите Пуск > Параметры > Время и язык",
    "Go to Settings > Privacy > Cookies and turn this option off.",
    "To change it, open Edit > Preferences > General and untick the box.",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_a_menu_path_in_a_sentence_stays(line):
    assert not _pattern().match(line)
    doc = _clean(line)
    assert not [e for e in doc.ledger if e.action == "removed" and e.rule == RULE]
    assert line[-15:] in apply_ledger(doc.raw_text, doc.ledger)


TRAILS = [
    "Главная > Новости > Общество",
    "Trang chủ » Tin tức » Xã hội",
    "Home > News > World > Article title",
    "Home > Blog > How to change the language in Word",
    "Trang chủ » Thủ thuật » Cách đổi ngôn ngữ trong Word để dùng tiếng Việt dễ dàng hơn",  # connective, no stop
    "Главная » Новости » В Москве открыли новую станцию метро и запустили поезда",
    "Главная › Форумы › Хобби › Путешествия › Иван Петров. Эфиопские заметки",  # a stop inside the title
    "Trang chủ » Kinh tế » Thương phiếu là gì? Phân loại và công thức tính thương phiếu?",  # a question title
    "Главная » Статьи » Видео » Как открыть и настроить роутер…",  # a title cut short
    "Open Source > Linux > Kernel > Bản vá mới cho nhân Linux",  # "Open" a section's name, not a verb
    "Chọn lọc > Tin nóng > Thời sự > Hà Nội mở thêm tuyến buýt",
]


@pytest.mark.parametrize("line", TRAILS)
def test_a_trail_still_goes(line):
    assert _pattern().match(line)


@pytest.mark.parametrize("line", [
    "Mở rộng > Tin nóng > Thời sự > Hà Nội mở thêm tuyến buýt",  # a section's name opening with a verb's word
    "Vào bếp > Món ngon > Cách làm bánh xèo giòn rụm",
    "Truy cập nhanh > Văn bản > Quyết định số 12 về quy hoạch đô thị",
    "В мире > Европа > Новости > Выборы во Франции и Германии",
])
def test_a_trail_whose_first_crumb_looks_like_a_verb_goes(line):
    assert _pattern().match(line)

"""A document's kind over its title "О …" / "Về việc …": two units (round bnd68, realpages Convention 25).

An official document prints the name of its kind on a line of its own ("РЕШЕНИЕ", "ИЗВЕЩЕНИЕ", "QUYẾT ĐỊNH",
"THÔNG BÁO") and its title under it in the title form of the language: Russian "О …" / "Об …" (the prepositional
case: "О бюджете поселения на 2025 год", the form laws and acts are cited by alone, «О внесении изменений …»),
Vietnamese "Về việc …" / "V/v …" / "Về …" (the subject line, trích yếu).  That second line reads alone as a heading
(Convention 20's test), so the two lines are a unit each (Convention 25): `h20vi01` "QUYẾT ĐỊNH‖" / "VỀ VIỆC BỔ
SUNG …‖", `h43ru12` "ИЗВЕЩЕНИЕ‖" / "о проведении аукциона …", `h49ru11` "ОПОВЕЩЕНИЕ‖" / "О ПРОВЕДЕНИИ ПУБЛИЧНЫХ
СЛУШАНИЙ‖"; the same title form stands as its own unit under a number line with no kind above it (`t29ru07`
"ОБ УТВЕРЖДЕНИИ …", `h25vi14` "VỀ VIỆC BAN HÀNH …", `h21vi07` and crawl11's "V/v …").

The capitals pair was already kept apart (:func:`.softbreak_units.caps_wraps` joins no "О …" line); a title-case
kind over its title in lower case ("Оповещение⏎о проведении публичных слушаний", "Thông báo⏎về việc …") was joined
because the second line goes on in lower case: :func:`kind_over_title` keeps it apart.  A kind over another
complement stays one unit (Convention 20): "Прейскурант⏎на ветеринарные услуги в 2025 году" (`h45ru13`),
"Четырехнедельное меню⏎для организации питания учащихся" (`h41ru12`): "на …", "для …" is no title alone.
"""

from __future__ import annotations

import re

__all__ = ["kind_over_title"]

_RU_KINDS = ("решение постановление распоряжение приказ указ закон оповещение извещение объявление уведомление "
             "сообщение информация заключение протокол положение обращение представление предписание определение "
             "заявление справка отчет отчёт доклад памятка").split()
_VI_KINDS = ("quyết định|thông báo|kế hoạch|nghị quyết|công văn|chỉ thị|tờ trình|báo cáo|thông tư|nghị định|"
             "hướng dẫn|chương trình|quy chế|quy định|đề án|biên bản|giấy mời|thư mời|thông cáo|phương án")
#: the kind alone on its line, a number after it at most ("РЕШЕНИЕ № 12", "QUYẾT ĐỊNH số 5")
_KIND = re.compile(r"^\s*(?:" + "|".join(_RU_KINDS) + "|" + _VI_KINDS + r")(?:\s+(?:№|N|số)\s*\S+)?\s*$",
                   re.IGNORECASE)
#: the title form: Russian "О/Об/Обо" + a word, Vietnamese "Về việc", "Về", "V/v"
_TITLE = re.compile(r"^\s*(?:(?:о|об|обо)\s+[а-яё]|về\s|v/v\.?\s)", re.IGNORECASE)


def kind_over_title(cur: str, nxt: str) -> bool:
    """``cur`` is a document's kind alone on its line (first letter a capital) and ``nxt`` its title in the title
    form ("О …", "Об …", "Về việc …", "V/v …"), not closed as a sentence: the break is an end."""
    kind = cur.strip()
    if not kind[:1].isupper() or not _KIND.match(kind) or not _TITLE.match(nxt):
        return False
    return nxt.rstrip()[-1:] not in ".!?"

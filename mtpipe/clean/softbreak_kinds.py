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

Round bnd69: **the same pair in capitals** ("ПРЕЙСКУРАНТ⏎НА ВЕТЕРИНАРНЫЕ УСЛУГИ", "BẢNG GIÁ⏎DỊCH VỤ NHA KHOA") was
cut, since the lower-case sign cannot see it and :func:`.softbreak_units.caps_wraps` joins a Russian second line only
after an adjective, a preposition or a conjunction, or where it opens in the genitive (bnd68's "caps_wraps" note).
:func:`kind_over_complement` joins it (Conventions 20 and 25: the complement is half of the name): Russian, a first
line of one to three words in capitals ending in a noun's nominative over a line in capitals opening with "НА",
"ДЛЯ" or "ПО" and a word; Vietnamese, a list's or a price list's kind alone in capitals ("BẢNG GIÁ", "BẢNG BÁO GIÁ",
"BIỂU GIÁ", "BIỂU PHÍ", "DANH SÁCH", "THỰC ĐƠN") over a line in capitals.  The second line holds no comma and ten
words at most and is not closed as a sentence (".!?": a heading over a sentence in capitals), and the first has no
stop (two sentences in capitals).  No dev page carries the pair (bnd68's survey; none in capitals on any part).
"""

from __future__ import annotations

import re

__all__ = ["kind_over_complement", "kind_over_title"]

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


#: Vietnamese kinds that name a list or a price list, alone on their line: their object follows ("BẢNG GIÁ⏎DỊCH VỤ …")
_VI_LIST_KIND = re.compile(r"^\s*(?:BẢNG GIÁ|BẢNG BÁO GIÁ|BIỂU GIÁ|BIỂU PHÍ|DANH SÁCH|THỰC ĐƠN)\s*$")
#: a Russian complement in capitals: "НА …", "ДЛЯ …", "ПО …" and a word
_RU_COMPLEMENT = re.compile(r"^\s*(?:НА|ДЛЯ|ПО)\s+[А-ЯЁ0-9]")
_COMPLEMENT_WORDS = 10


def _caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def kind_over_complement(cur: str, nxt: str) -> bool:
    """``cur`` (capitals) names a kind whose complement in capitals ``nxt`` goes on: "ПРЕЙСКУРАНТ⏎НА ВЕТЕРИНАРНЫЕ
    УСЛУГИ", "BẢNG GIÁ⏎DỊCH VỤ NHA KHOA": one wrapped unit (see the module's text, round bnd69)."""
    c, n = cur.strip(), nxt.strip()
    # the anchored kind/complement tests first (one of the two holds in every pair joined, perf84), then the cheap
    # conjuncts, ``_caps`` (a pass over every letter) last: the same answer, the tests are pure
    vi_list = _VI_LIST_KIND.match(c) is not None
    if not c or not n or not (vi_list or _RU_COMPLEMENT.match(n)) or "," in n \
            or n.rstrip("\"'»”)")[-1:] in ".!?…" or any(ch in c for ch in ".!?…:;") \
            or len(n.split()) > _COMPLEMENT_WORDS or not _caps(c) or not _caps(n):
        return False
    if vi_list:
        return not _TITLE.match(n)  # "DANH SÁCH⏎VỀ VIỆC …" is Convention 25's pair
    words = c.split()
    if not 1 <= len(words) <= 3 or not _RU_COMPLEMENT.match(n) or not all(w.isalpha() for w in words):
        return False
    from ..russian_dictionary import morph

    m = morph()  # a noun's nominative among the readings ("МЕНЮ", "ОБЪЯВЛЕНИЕ" read first as other cases)
    return m is not None and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in m.parse(words[-1].lower()))

"""A pointer to another page of the site with a lead clause of its own (issue 12, clut83).

``chrome.read_more_link`` takes a pointer that opens the line ("Читайте также: …", "Xem thêm: …") and
``portal.read_more`` the short Vietnamese ones ("Xem thêm tại đây"); the pointers the dev pages keep put a clause
before the pointing words, or an arrow, so no rule that reads the line's start sees them:

* "Если вам прежде необходимо продать квартиру — читайте статью: Алгоритм продажи квартиры" (chel-oblsud.ru):
  "читайте (нашу) статью:" and the other article's title after the colon;
* "Подробнее смотрите в программе «Петербург – город решений»." (tvspb.ru): a broadcaster's pointer to its programme,
  "(подробнее) смотрите в программе / передаче / сюжете / выпуске";
* "Nếu bạn muốn tìm hiểu thêm những địa chỉ tham quan khác, bạn hãy truy cập ở đây: https://…" (top9.com.vn):
  "truy cập (ở / tại) đây" and the address;
* "Hoặc xem nhiều SKKN hơn tại: Tổng hợp SKKN …" (o2.edu.vn): "xem nhiều … hơn tại:" and the other page's name;
* "← Xem lại Bài 7: Giáo trình tiếng Trung Du Lịch: Mua sắm" (tiengtrungonline.com): a course's link back to the
  previous lesson, an arrow first.

``chrome.site_pointer`` (:func:`site_pointers`): a live line of at most :data:`MAX_WORDS` words holding one of these
pointers (:data:`_POINTER`), wherever it stands (a pointer inside the text is the site's link, as "Читайте также"
is).  Over every part's labelled lines the pointers match 5 clutter lines left on 5 sites and no content line; the
nearest content shapes stay: a document pointing to its own part ("Подробнее смотрите в приложении 1", "xem tại
Phụ lục"), a sentence telling the reader to read something with no pointer's words ("Прочитайте статью 5 Закона"),
"Xem lại" in a sentence ("Xem lại bài học hôm qua, em thấy …").  Each line goes to the ledger with its evidence; the
rule runs in :class:`~.header_names.HeaderNames`' layer, where a removal next to a held line is left.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .words import line_words

__all__ = ["RULE", "MAX_WORDS", "site_pointer", "site_pointers"]

RULE = "chrome.site_pointer"
MAX_WORDS = 30  # words of a pointer's line, its lead clause and the other page's title with it

_POINTER = re.compile(
    r"(?:^|[\s—–-])читайте\s+(?:нашу\s+|нашу\s+новую\s+)?стать[юи]\s*:\s*(?=\S)"  # "… — читайте статью: <title>"
    r"|(?:^|\s)(?:подробнее\s+)?смотрите\s+в\s+(?:нашей\s+)?(?:программе|передаче|сюжете|выпуске)\s+(?=[«\"“])"
    r"|(?:^|\s)truy\s+cập\s+(?:ở\s+|tại\s+)?đây\s*:?\s*(?:https?://\S+\s*)?$"  # "… hãy truy cập ở đây: <url>"
    r"|(?:^|\s)xem\s+nhiều\s+(?:\S+\s+){1,3}hơn\s+tại\s*:\s*(?=\S)"  # "Hoặc xem nhiều SKKN hơn tại: <page>"
    r"|^[←«<]+\s*xem\s+lại\s+bài\b"  # "← Xem lại Bài 7: …", the previous lesson
    # "Подробнее — в специальном репортаже …" (left94, h52ru15: a broadcaster's pointer to its report; dev 0 / 0)
    r"|^подробнее\s*[—–-]+\s*в\s+(?:нашем\s+|специальном\s+)?(?:репортаже|сюжете|видеосюжете|программе|передаче|"
    r"выпуске|материале|интервью)\b",
    re.IGNORECASE)


#: a part of every :data:`_POINTER` match, under its flags: the pointing word each branch names (its search costs a
#: third of the pattern's on the lines asked: perf84)
_POINTER_SEED = re.compile(r"читайте|смотрите|подробнее|truy|xem", re.IGNORECASE)


def site_pointer(s: str) -> bool:
    """The line points the reader to another page of the site, a lead clause before the pointing words."""
    words = line_words(s)  # split once a line (perf92); more words than MAX_WORDS: too long
    if not 0 < len(words) <= MAX_WORDS:
        return False
    line = " ".join(words)
    return _POINTER_SEED.search(line) is not None and _POINTER.search(line) is not None


def site_pointers(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """Pointers to another page of the site: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or not s.strip() or not site_pointer(s):
            continue
        m = _POINTER.search(" ".join(s.split()))
        out[i] = (RULE, f"a pointer to another page of the site ({m.group(0).strip(' :—–-')[:40]!r}) with its lead")
    return out

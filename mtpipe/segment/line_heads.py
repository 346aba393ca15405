"""Units a page glues at the head of a line (round bnd40, issue 12: sentence boundaries on real pages).

Each is README Convention 8 ("where the page glues a heading … to the next unit, an end stands at the glue"), read on
held29 (dev since the sixteenth session) and crawl12:

* **a counter row glued to the text** (Russian, Ukrainian, Vietnamese): a listing's like button and counters (likes,
  comments, views) open the line and run into the teaser's first word with no space ("Лайк 0 758В конце ноября …",
  "1 1 1216Какова судьба …"; ``c12ru03``, ``c12ru04``): an optional word and two to four numbers, then a capital and
  a lower-case letter (or a one-letter word after a number of three digits or more: "3Б класса" is a school class).  A single number or date glued to a word ("17.04.2015Завтра,
  18 апреля …", a dateline part of its sentence by Convention 3; "11Б класс") is left;

* **a time stamp glued to the title** (bnd41, held30's "16/05/2018 08:11Hai nam sinh tử vong …"): a date and a clock
  time open the line and run into a capitalised word with no space; the stamp is the page's furniture, the title a
  unit of its own.  A date alone glued to a word (the dateline "17.04.2015Завтра, …" above) is left;
* **a field label glued to its value with no space**: an info box scraped cell by cell loses the space between the
  label and the value ("Trụ sởĐường N2, …", "Chủ sở hữuỦy ban nhân dân …", "Định dạng hìnhHDTV", "DVB-T2
  (SDTV)Kênh 34 UHF"; ``h29vi12``).  The label opens the line: one to four words, the first capitalised, the others
  in lower case, the last one a Vietnamese syllable (it carries a letter or mark only Vietnamese writes) running
  straight into a capital; or one to four tokens closed by a bracket running into a capitalised Vietnamese word, a
  word standing before the bracket (a bracket that opens the line is a source note or a list number, part of its
  first sentence by Convention 3, also glued: "(Giúp bạn)Thời gian không thể …", h44vi03, as the spaced "(THTG) Ngày
  08/01, …", "(NTO) Trong …", "(Tinmoi.vn) Hiện …" of held28, held23, train27vi; cp75).  A
  space lost inside running text ("… chúng tôi gặp là thầyBưu.", "… huyện đảoLý Sơn, …", "… cấy ghépImplant …")
  stands after five words or more, and "Thời sự đó đây ngàyThứ sáu 28 …" (a date's word glued to the day, five
  words in) is left too.  A label glued to a number is left ("Lên sóng16 tháng 9 năm 1979" is a label and its
  value, "Vào lúc18 giờ, thứ Sáu …" of ``h23vi19`` a sentence with a space lost: nothing in the text tells them
  apart);
* **a heading in capitals glued to its text** ("QUÁ TRÌNH HÌNH THÀNH & PHÁT TRIỂN Vào năm 1984, có …", a parish
  site's section heading, ``h29vi14``; "ĐỨC CHA PHÊRÔ HUỲNH VĂN HAI Sinh tại …", ``c12vi07``): three words or more in
  capitals open the line (one of them Vietnamese; "&" and dashes between them), then a capitalised word followed by
  a lower-case word or a number: a sentence starts.  A title in capitals with the author's name in brackets
  ("… CỦA TRUNG QUỐC (Trịnh Hữu Tiên)") and capitals that run into a name in title case ("… TỈNH BẮC GIANG Hà Nội")
  are left, and so are capitals closed by a dash before the sentence-case words ("CHUYỆN CHỢ LỚN - Giáo dục người Hoa
  tại Chợ Lớn, …", ``h49vi02``; "BẢNG GIÁ DỊCH VỤ KHÁM CHỮA BỆNH – Áp dụng đối với …", ``h38vi11``: a title's series
  name and its headline, or a heading and its scope, that the page parted on purpose, one unit by Convention 2; the
  glued headings above have no mark between, bnd67).  (``h21vi07``'s letterhead "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc
  lập - Tự do - Hạnh phúc", a body's name glued to the country's motto, is labelled as one unit; Conventions 6 and 8
  make it two, as this rule does: an annotation slip, reported, not edited.)
"""

from __future__ import annotations

import re

from .glued import vi_word

__all__ = ["head_breaks"]

# the head of a line: up to five tokens (a label of four words and the word its value opens with)
_HEAD_TOKENS = 5
# a label of one to four tokens closed by a bracket, glued to a capitalised word
_BRACKET_LABEL = re.compile(r"\s*(\S+(?: \S+){0,3}?\))(?=[^\W\d_][^\W\d_])")
_CAPS_TOKEN = re.compile(r"[^\W\d_]+|&|[-–—]")
_SENTENCE_START = re.compile(r"([^\W\d_][^\W\d_]*)(?: ([^\W_][\w.,/-]*))?")


def _label_glue(text: str) -> int:
    """Where the value starts after a label glued to it at the head of ``text`` (0: none)."""
    words = text.lstrip().split(" ", _HEAD_TOKENS)[:_HEAD_TOKENS]  # (perf83: the head only, not the whole text split)
    pos = len(text) - len(text.lstrip())
    for k, w in enumerate(words[:4]):
        if not w[:1].isalpha() or (k and not w[:1].islower()) or (not k and not w[:1].isupper()):
            break
        for j in range(1, len(w)):
            a, b = w[j - 1], w[j]
            if not (a.isalpha() and a.islower()):
                if not a.isalpha():
                    break
                continue
            if b.isupper():
                tail = w[:j]
                if tail[1:].islower() and vi_word(tail.lower()):
                    return pos + j  # "Trụ sởĐường", "Định dạng hìnhHDTV"
                return 0
            if not b.isalpha():
                break
        if not w.isalpha():
            break
        pos += len(w) + 1
    m = _BRACKET_LABEL.match(text) if ")" in text else None  # (perf83: its label closes with a bracket)
    if m is not None and not m.group(1).startswith("("):  # "(Giúp bạn)Thời gian …": a source note, no label (cp75)
        after = text[m.end(1):].split(" ")[0]
        if after[:1].isupper() and vi_word(after):
            return m.end(1)  # "DVB-T2 (SDTV)Kênh 34 UHF"
    return 0


def _caps_glue(text: str) -> int:
    """Where the text starts after a heading in capitals glued to it at the head of ``text`` (0: none)."""
    pos = len(text) - len(text.lstrip())
    words = 0
    viet = dash = False
    last_end = 0
    while True:
        m = _CAPS_TOKEN.match(text, pos)
        if m is None:
            return 0
        tok = m.group()
        if tok[0].isalpha():
            if not tok.isupper():
                break
            words += 1
            viet = viet or vi_word(tok)
        dash = not tok[0].isalpha()  # the last token of the run is "&" or a dash
        last_end = m.end()
        if text[last_end:last_end + 1] != " ":
            return 0
        pos = last_end + 1
    if words < 3 or not viet or dash:
        return 0  # "CHUYỆN CHỢ LỚN - Giáo dục …": a dash the page printed parts a title's two halves, no glue (bnd67)
    m = _SENTENCE_START.match(text, pos)
    if m is None or not m.group(2):
        return 0
    first, second = m.group(1), m.group(2)
    if not (first[0].isupper() and first[1:].islower() and len(first) >= 2):
        return 0
    if not (second[0].islower() or second[0].isdigit()):
        return 0  # "… TỈNH BẮC GIANG Hà Nội": a name in title case, no sentence yet
    return pos


# a counter row opening the line (a like button's word and two to four numbers: likes, comments, views) glued to the
# text's first capitalised word with no space: "Лайк 0 758В конце ноября …", "1 1 1216Какова судьба …" (crawl12)
_COUNTERS = re.compile(r"\s*(?:[^\W\d_]{2,12} )?\d{1,7}(?: \d{1,7}){1,3}(?=[^\W\d_](?:[^\W\d_]| [^\W\d_]))")


def _counter_glue(text: str) -> int:
    m = _COUNTERS.match(text)
    if m is None or not text[m.end()].isupper():
        return 0
    nxt = text[m.end():m.end() + 3]
    if nxt[1:2] == " ":  # a one-letter word after a counter of three digits or more ("758В конце"; "2 3Б класса": a class)
        return m.end() if nxt[2:3].islower() and len(m.group().split(" ")[-1]) >= 3 else 0
    return m.end() if nxt[1].islower() else 0


# a date and a clock time opening the line, glued to a capitalised word and a lower-case letter: "16/05/2018 08:11Hai"
_STAMP = re.compile(r"\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?=[^\W\d_][^\W\d_A-ZА-ЯЁĐ])")


def _stamp_glue(text: str) -> int:
    m = _STAMP.match(text)
    return m.end() if m is not None and text[m.end()].isupper() else 0


def head_breaks(text: str, lang: str) -> list[int]:
    """Offsets of the unit glued to a counter row (Russian, Ukrainian, Vietnamese), a label or a heading in capitals
    (Vietnamese) at the head of ``text``."""
    if not text.strip():
        return []
    at = _counter_glue(text) or _stamp_glue(text)
    if not at and lang == "vi":
        at = _label_glue(text) or _caps_glue(text)
    return [at] if at else []

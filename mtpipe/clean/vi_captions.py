"""Photo captions inside the article's text on Vietnamese pages (issue 12, vi43).

What the layers before leave of Vietnamese clutter between the article's paragraphs is led by the captions of its
photos: a news story about a meeting, a visit or a ceremony prints under each photo a line naming who does what
("Phó Bí thư Thành ủy TP.HCM tặng quà cho thiếu nhi", "Đ/c Nông Quang Trung- Giám đốc Trung tâm Y tế phát biểu tại
lễ khánh thành", "Đại diện mạnh thường quân trao quà cho hộ nghèo, …").  The text keeps its words, the photo is gone:
the line is clutter (the annotation's convention: "a photo caption is clutter, each copy").  Five classes, each from
evidence many sites share, never one site's wording:

* ``portal.event_caption``: the line's shape is a caption's: it opens with a person or a body named by role (an
  official's title, "Đồng chí", "Ông", "Lãnh đạo", "Đại diện", "Các đại biểu", "Đoàn", …: :data:`SUBJECTS`) and names
  a scene a photo shows with one of a closed list of ceremony verbs (:data:`VERBS`: "tặng quà", "trao", "phát biểu",
  "cắt băng", "thăm", "tham quan", "chụp ảnh lưu niệm", "tiễn", "đón", …; not "kiểm tra", which reported speech
  uses), five to forty words, no sentence end, no colon (a headline "Bộ trưởng X: Tôi luôn …"), no question mark and
  no quotation ("Tổng bí thư nêu hàng loạt lĩnh vực ' cần tập trung … '": a headline's words); and its place is a
  caption's: after the article's first sentence (the page's title, "Lãnh đạo tỉnh Lạng Sơn tiễn Đoàn công tác …",
  stands before it and stays), the line above it a paragraph that closes with a stop or a removed line (the photo),
  the line under it a paragraph, a removed line or the page's end.  Two such lines next to each other are a caption
  each; a third short line in the run makes it a list (a programme, a list of headlines) and all stay.
* ``portal.image_caption``: the line right under an image that a layer removed (a Markdown image "![]() |", a file
  name "W-anh-3-1.jpg", a portal's photo marker "anh tin bai", an automatic alt text), between two paragraphs of
  the text: the paragraph above the image closes with a stop, the line under the caption is a paragraph (the text
  goes on).  The caption is no sentence (a table cell's caption "… đạt 98%. |" is one: the bar of the image's table
  ends it; so is a line of the event caption's shape, its stop aside: "Các Đại biểu tham quan triển lãm …."), eight to
  forty words (a subheading under a photo, "Lịch sử hình thành", is shorter), no colon at its end ("Nhà báo Hoàng
  Nhật:" opens a quotation), not all capitals nor most words capitalised (a heading's case: "Giới Thiệu Về Giáo Xứ
  …") and no item of a numbered list, nor a Markdown heading (a line underlined with "-" or "=" of its length,
  :func:`~.captions.underlined`, cp81).

* ``portal.gallery``: a line announcing the photos under it, after the article's first sentence ("Sau đây là một
  số hình ảnh của Ngày hội", "MỘT SỐ HÌNH ẢNH ĐÁNG YÊU CỦA BÉ", "Một số hình khác của … hội quán:"; "các hình thức
  …" is another word), with the gallery's captions: the live lines under it up to the page's end or a removed line,
  none a sentence (a sentence among them is the text going on, and nothing goes).  The lead-in goes only when the
  photos are there, captions or removed lines under it: a lead-in closing the page stays (the annotation took one,
  "Một số hình ảnh của các cô và các con trong chuyến tham quan:", as the text's last line).

* ``portal.cell_caption``: an image's caption left as the one cell of the image's table once the image's cell is
  gone ("Thương lái vào tận vườn thu mua sầu riêng |", "| Tổng Lãnh sự Hoàng Ngọc Vinh phát biểu tại buổi lễ |"):
  one cell of four to forty words, one sentence at most, between two paragraphs that close with a stop, neither of
  them a table's row (a calendar's, a menu's or a price list's cells, rows with bars, stay).

* ``portal.wire_caption``: a caption closed by a wire agency's photo credit after a stop or a dash (". AFP",
  " - Reuters", ". Reuters/Yara Nardi") or in brackets ("(Nguồn: AFP)"), six to forty-five words, after the article's
  first sentence; "…, theo AFP." (according to AFP) closes a sentence of the text and is none.

A sentence of the text ("Ông Trần Anh Chung, Giám đốc …, cho biết …") ends with a stop and is none of these; a
subheading names no ceremony, or stands above a paragraph with no image over it.

The layer runs after :mod:`.vi_edges` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .captions import underlined
from .features import _sentence_like
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "EVENT", "IMAGE", "GALLERY", "CELL", "WIRE", "SUBJECTS", "VERBS", "CaptionLines",
           "event_caption_shape", "captions", "gallery_lead", "galleries", "cell_caption", "cell_captions",
           "wire_caption"]

EVENT = "portal.event_caption"
IMAGE = "portal.image_caption"
GALLERY = "portal.gallery"
CELL = "portal.cell_caption"
WIRE = "portal.wire_caption"
#: the ledger rules of this module (policy families, docs)
RULES = (EVENT, IMAGE, GALLERY, CELL, WIRE)

#: a caption's subject: a person or a body named by role, opening the line (casefolded); a team or a troupe too
#: (vi55: "Đội văn nghệ cựu TNXP xã … biểu diễn phục vụ Đại hội …", h38vi09; "Đội lân xuất hiện đón trung thu cùng
#: các bé …", t27vi37; "Các đội tham dự cuộc thi", h33vi06); a show's act (clut71: "Tiết mục tham gia giao lưu
#: của Hội người cao tuổi …", doluong.gov.vn h26vi15; "Tiết mục biểu diễn Dá Hai của đoàn Cao Bằng tại Lễ hội", h32vi02)
SUBJECTS = tuple(sorted({" ".join(w.split()) for w in """đồng chí;đ/c;đ/ c;ông;bà;lãnh đạo;đại diện;cán bộ;
    các đại biểu;đại biểu;bộ trưởng;thứ trưởng;thủ tướng;phó thủ tướng;chủ tịch;phó chủ tịch;bí thư;phó bí thư;
    tổng bí thư;tổng lãnh sự;lãnh sự;đại sứ;đoàn;
    đoàn công tác;đoàn đại biểu;giám đốc;phó giám đốc;trưởng ban;phó trưởng ban;trưởng đoàn;trưởng phòng;
    phó trưởng phòng;hiệu trưởng;phó hiệu trưởng;chủ nhiệm;phó chủ nhiệm;tư lệnh;chính ủy;đại tá;thượng tá;trung tá;
    thiếu tướng;trung tướng;thượng tướng;đại tướng;ban tổ chức;btc;ban giám hiệu;các thầy cô;thầy;cô;các em;
    các cháu;các bé;các con;học sinh;các học sinh;sinh viên;đoàn viên;hội viên;cựu chiến binh;thiếu nhi;người dân;
    bà con;nhân dân;lực lượng;cán bộ, chiến sĩ;chiến sĩ;bác sĩ;y bác sĩ;nhân viên;linh mục;cha;đức cha;
    đức tổng giám mục;giám mục;quý cha;cộng đoàn;mạnh thường quân;nhà tài trợ;tổng giám đốc;
    phó tổng giám đốc;
    đội;các đội;tiết mục""".replace("\n", " ").split(";")} - {""}, key=len, reverse=True))
#: the ceremony and visit verbs of a caption (casefolded, whole words); "tham gia" (takes part, clut71: "Các em học
#: sinh tham gia trải nghiệm các hoạt động trong sân trường", nghiadan.vn t28vi03; "Các bé hào hứng tham gia Lễ hội
#: Bé vui Trung thu", t27vi37; h26vi15 above): on the dev parts no content line has the shape with it
VERBS = tuple(sorted({" ".join(w.split()) for w in """tặng quà;tặng hoa;tặng;trao quà;trao tặng;trao;phát biểu;
    cắt băng;chụp ảnh;thăm hỏi;thăm;tham quan;dâng hương;dâng hoa;tiễn;đón;đón tiếp;chúc mừng;tham dự;dẫn đầu;
    chia sẻ tại;
    bắt tay;trò chuyện;động viên;làm việc với;đọc văn thư;đọc diễn văn;đánh trống;khai mạc;biểu diễn;
    thăm và tặng quà;tham gia""".replace("\n", " ").split(";")} - {""}, key=len, reverse=True))
_SUBJECT = re.compile(r"^[\s•·*\-–—\"“‘'(]*(?:" + "|".join(re.escape(s) for s in SUBJECTS) + r")(?![^\W\d_])",
                      re.IGNORECASE)
_VERB = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(v) for v in VERBS) + r")(?![^\W\d_])", re.IGNORECASE)
_STOPS = ".!?…:;\"”»)'’"
_QUOTES = re.compile(r"[\"“”«»]|(?<![^\W\d_])'|'(?![^\W\d_])|‘|’")  # a quotation: a headline's or a sentence's words
_CELL = re.compile(r"\s*\|\s*$")  # the bar of an image's table cell after a caption
#: a removed line that is an image: a Markdown image, a file name, a portal's photo marker, an automatic alt text
_IMAGE_LINE = re.compile(r"^\s*(?:!\[|\[!\[)|\.(?:jpe?g|png|gif|webp|bmp)\b|^\s*(?:anh tin bai|ảnh tin bài)\s*$|"
                         r"^\s*(?:trong )?hình ảnh có thể có", re.IGNORECASE)
_IMAGE_RULES = ("portal.photo", "chrome.image_filename", "chrome.auto_alt", "markdown.image", "portal.file_hash")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+[.)]|[a-zđ][.)])\s", re.IGNORECASE)
MIN_EVENT_WORDS, MIN_IMAGE_WORDS, MAX_WORDS = 5, 8, 40
MAX_RUN = 2  # short lines in a row that are captions each; more is a list
#: a line announcing the photos under it: "Sau đây là một số hình ảnh của Ngày hội", "MỘT SỐ HÌNH ẢNH ĐÁNG YÊU CỦA
#: BÉ", "Một số hình khác của Quảng Triệu hội quán:" ("các hình thức …" is another word)
_GALLERY = re.compile(r"^[\W\d]*(?:(?:sau đây|dưới đây) là\s+)?(?:một số|một vài|vài|các|những)\s+"
                      r"(?:hình ảnh|bức ảnh|ảnh|hình(?=\s+khác))(?![^\W\d_])", re.IGNORECASE)
MAX_LEAD_WORDS, MAX_GALLERY = 25, 30
#: one table cell alone on its line: "Thương lái vào tận vườn thu mua sầu riêng |", "| Tổng Lãnh sự … phát biểu |"
_ONE_CELL = re.compile(r"^\|?\s*(?P<text>[^|]+?)\s*\|$")
_TWO_SENTENCES = re.compile(r"[.!?…]\s+[A-ZĐÀ-Ỹ]")
MIN_CELL_WORDS, MAX_CELL_WORDS = 4, 40
#: a wire agency's photo credit closing the line after a stop or a dash, the photographer after a slash allowed
#: (". AFP", " - Reuters", ". Reuters/Yara Nardi"), or in brackets after "Nguồn:"/"Ảnh:" ("(Nguồn: AFP)"); "…, theo
#: AFP." (according to) is the text's
_AGENCIES = r"(?:Reuters|AFP|AP|EPA|Getty Images|Xinhua|TTXVN|VNA|Bloomberg)"
_WIRE = re.compile(r"(?:[.!?…]\s+|\s[-–—]\s*)" + _AGENCIES + r"(?:\s*/\s*[A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*){0,3})*$"
                   r"|\((?:Nguồn|Ảnh|Photo)\s*:\s*" + _AGENCIES + r"\)$")
MIN_WIRE_WORDS, MAX_WIRE_WORDS = 6, 45


def _bare(s: str) -> str:
    t = s.strip()
    return _CELL.sub("", t).strip() if "|" in t else t  # (no bar: the line as it is, stripped; perf57)


def _closes(s: str) -> bool:
    """A paragraph of the text: a sentence that ends with a stop."""
    t = _bare(s)
    return _sentence_like(t) and t[-1:] in ".!?…\"”»)"


def _short(s: str) -> bool:
    """A short line of no sentence end (a caption, a heading, a list's item)."""
    t = _bare(s)
    return bool(t) and t[-1:] not in ".!?…" and len(t.split()) <= MAX_WORDS


def event_caption_shape(s: str) -> bool:
    """A caption's shape (module docstring): a subject by role and a ceremony verb, five to forty words, no
    sentence end, no colon, no question mark."""
    t = _bare(s)
    if not t or not MIN_EVENT_WORDS <= len(line_words(t)) <= MAX_WORDS or t[-1:] in _STOPS or ":" in t or "?" in t \
            or _QUOTES.search(t):
        return False
    letters = [ch for ch in t if ch.isalpha()]
    if not letters or all(ch.isupper() for ch in letters):
        return False
    m = _SUBJECT.match(t)
    return m is not None and _VERB.search(t, m.end()) is not None


def _image_line(s: str, rule: str) -> bool:
    return rule in _IMAGE_RULES or _IMAGE_LINE.search(s) is not None


def _image_caption_shape(s: str) -> bool:
    raw = s.strip()
    t = _bare(s)
    if not t or not MIN_IMAGE_WORDS <= len(t.split()) <= MAX_WORDS or t[-1:] in ":;" or _NUMBERED.match(t):
        return False
    if t[-1:] in ".!?…" and not _CELL.search(raw):
        return False  # a sentence under the image: the text's (a caption ending in a stop only as a table's cell)
    letters = [ch for ch in t if ch.isalpha()]
    if not letters or not t[:1].isupper() or all(ch.isupper() for ch in letters):
        return False
    words = [w for w in t.split() if w[:1].isalpha()]
    return 2 * sum(w[:1].isupper() for w in words) <= len(words)  # "Giới Thiệu Về Giáo Xứ …": a heading's case


def captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The photo captions among a Vietnamese page's live lines (module docstring): index -> (rule, note)."""
    n = len(lines)
    live = [i for i in range(n) if i not in removed and lines[i].strip()]
    text = [i for i in live if _sentence_like(_bare(lines[i]))]
    if not text:
        return {}
    pos = {i: k for k, i in enumerate(live)}
    out: dict[int, tuple[str, str]] = {}

    def gap(a: int, b: int) -> bool:  # a removed line between a and b
        return any(j in removed for j in range(a + 1, b))

    for i in live:
        if i <= text[0]:
            continue
        k = pos[i]
        prev = live[k - 1] if k else None
        nxt = live[k + 1] if k + 1 < len(live) else None
        if event_caption_shape(lines[i]):
            above = prev is not None and (_closes(lines[prev]) or gap(prev, i) or prev in out)
            below = nxt is None or _closes(lines[nxt]) or gap(i, nxt) or event_caption_shape(lines[nxt])
            run = 1  # the run of short lines it stands in
            for step in (-1, 1):
                j = k + step
                while 0 <= j < len(live) and _short(lines[live[j]]) and not gap(min(i, live[j]), max(i, live[j])):
                    run, j = run + 1, j + step
            if above and below and run <= MAX_RUN:
                out[i] = (EVENT, "a photo's caption: who does what at the event (a subject by role and a ceremony "
                                 "verb), no sentence, between the article's paragraphs")
                continue
        j = i - 1
        if j < 0 or j not in removed or not _image_line(lines[j], str(removed[j][0])):
            continue
        before = next((b for b in range(j - 1, -1, -1) if b not in removed), None)
        if before is None or before not in pos or not _closes(lines[before]):
            continue
        if nxt is None or not (_closes(lines[nxt]) or (nxt - 1 in removed and _image_line(lines[nxt - 1], str(
                removed[nxt - 1][0])))):
            continue
        if (_image_caption_shape(lines[i]) or event_caption_shape(_bare(lines[i]).rstrip("."))) \
                and not underlined(lines[i].strip(), lines[i + 1].strip() if i + 1 < n else ""):  # a heading (cp81)
            out[i] = (IMAGE, "a photo's caption: the line under an image a layer removed, between two paragraphs "
                             "of the text, no sentence")
    return out


def gallery_lead(s: str) -> bool:
    """A line announcing the photos under it (:data:`_GALLERY`), twenty-five words at most."""
    t = _bare(s)
    return bool(_GALLERY.match(t)) and len(t.split()) <= MAX_LEAD_WORDS


def galleries(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """A photo gallery's lead-in after the article's first sentence and its captions: the live lines under it up to
    the page's end or a removed line, each no sentence (:data:`MAX_GALLERY` at most; a sentence among them is the
    text going on, and nothing goes), and the lead-in only when the photos are there: captions or a removed line
    (the photos' own markers or captions a layer took) follow it; a lead-in closing the page stays."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    text = [i for i in live if _sentence_like(_bare(lines[i]))]
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live):
        if not text or i <= text[0] or not gallery_lead(lines[i]):
            continue
        run: list[int] = []
        for j in live[k + 1:]:
            if any(g in removed for g in range(run[-1] + 1 if run else i + 1, j)):
                break  # a removed line: the gallery's end
            run.append(j)
        if len(run) > MAX_GALLERY or any(_sentence_like(_bare(lines[j])) or not _short(lines[j]) for j in run):
            continue
        if not run and not any(g in removed for g in range(i + 1, len(lines))):
            continue  # the page's last line: nothing of the gallery under it
        out[i] = (GALLERY, "a line announcing the photos under it (\"Một số hình ảnh …\"), the gallery's captions or "
                           "removed lines under it")
        for j in run:
            out[j] = (GALLERY, "a caption of the gallery a line announcing photos opens, no sentence, up to the "
                               "page's end or a removed line")
    return out


def cell_caption(s: str) -> bool:
    """One table cell alone on its line, a caption's length (four to forty words, one sentence at most)."""
    m = _ONE_CELL.match(s.strip())
    if m is None:
        return False
    t = m.group("text")
    return MIN_CELL_WORDS <= len(t.split()) <= MAX_CELL_WORDS and _TWO_SENTENCES.search(t) is None \
        and any(ch.isalpha() for ch in t)


def wire_caption(s: str) -> bool:
    """A photo's caption closed by a wire agency's credit (:data:`_WIRE`), six to forty-five words."""
    t = s.strip()
    return bool(_WIRE.search(t)) and MIN_WIRE_WORDS <= len(t.split()) <= MAX_WIRE_WORDS


def cell_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """An image's caption left as the one cell of the image's table (the image's cell dropped): a line of one cell
    between two paragraphs of the text, neither of them a table's row (no bar: a calendar's or a menu's cells
    stay)."""
    # lines of no letter or digit (the image's empty cell "|", a Markdown image "![]() |") are no neighbours
    live = [i for i in range(len(lines)) if i not in removed and any(ch.isalnum() for ch in lines[i])]
    out: dict[int, tuple[str, str]] = {}
    for k in range(1, len(live) - 1):
        i, p, q = live[k], lines[live[k - 1]], lines[live[k + 1]]
        if cell_caption(lines[i]) and "|" not in p and "|" not in q and _closes(p) and _closes(q):
            out[i] = (CELL, "a photo's caption left as the one cell of the image's table, between two paragraphs")
    return out


class CaptionLines:
    """The vi43 layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        found = captions(lines, marks.removed)
        for i, value in cell_captions(lines, marks.removed).items():
            found.setdefault(i, value)
        live = [i for i in range(len(lines)) if i not in marks.removed]
        first = next((i for i in live if _sentence_like(_bare(lines[i]))), None)
        for i in live:
            if first is not None and i > first and i not in found and wire_caption(lines[i]):
                found[i] = (WIRE, "a photo's caption closed by a wire agency's credit (\". AFP\", \" - Reuters\"), "
                                  "after the article's first sentence")
        for i, value in galleries(lines, {**dict(marks.removed), **found}).items():
            found.setdefault(i, value)
        for i, value in found.items():
            marks.removed.setdefault(i, value)
        from .cell_siblings import cell_siblings  # (it reads this module's cell test: imported here, not on top)

        for i, value in cell_siblings(lines, marks.removed).items():  # the page's other one-cell captions (left99)
            marks.removed.setdefault(i, value)

"""Vietnamese page chrome told by its words and its place around the article (issue 12, vi41).

:mod:`.vi_portal` reads the widget labels of Vietnamese portals; this layer, after it, takes more classes that
the layers before leave on Vietnamese pages (``Marks.lang == "vi"``), each from words many sites share and the line's
place relative to the article's text, never from one site's wording:

* ``portal.prev_next``: the link to the previous or next item ("Bài trước", "Bài tiếp theo", "Tin sau", "Bài viết
  trước …"): the label alone, before a separator ("Bài trước: …", "« Tin sau"), glued to the linked title ("Bài
  trướcNa Rì tổ chức …", the page's link text run together) or, after the article's last sentence, before a
  capitalised title with no sentence end.  "Bài viết sau đây sẽ cho bạn …" (a sentence: a lower-case word after a
  space) is none;
* ``portal.button``: a line whose words are all the page's controls (:data:`CONTROLS`: log in, share, comment, like,
  print, send, follow, search, the social networks' names, "icon"), a count or two among them ("Góp ý 0 lượt thích",
  "Chia sẻ qua", "Đăng nhập", "iconiconicon"), or a visit counter's labels in a run of two or more, two of them
  with a colon or a count ("Truy cập" / "Tuần này:" / "Tháng này:" / "Tất cả:").  Wherever it stands: a control is
  no page's title, so unlike :mod:`.vi_portal`'s block labels ("Thư viện ảnh") the first line is not spared; not a
  line right over an e-mail or web address alone (a record's "E-mail" label over its value, cp61:
  :func:`~.records.over_address`);
* ``portal.credit``: the newsroom's sign-off after a sentence: a reporter's or desk's initials alone ("PV", "P.V",
  "TH", "BTNO", two to five capitals, dots allowed) or a name with initials in brackets or after a dash ("Kim Chung
  (TH)", "Thu Hà - TTXVN"), or a bare name (two to four capitalised words, not all capitals) or a desk's sign-off
  ("BBT CTNĐN": an editorial board and its initials; "BTT Gx. Kẻ Sét": a parish's media team, its unit's abbreviation
  and name, lost91) between the article's last sentence and the page's end or a removed line.  A name that a sentence follows (a profile's subject, a
  speaker over a quotation) is none, nor initials after a line that is not a sentence (a table's cells "Lao" /
  "BCG").  Two more places of a bare name (vi47): closing the page under a paragraph that lost its final stop
  ("… theo quy định" / "Tiến Dũng"; initials there too, vi55: "… một tài lẻ" / "ST", h38vi03), and one story's
  sign-off on a page of several, between a paragraph and the next story's ("Đinh Hằng", "Hoàng Yến"): the name
  opens on a surname, its given name stands in no other line of the page (a profile's subject, a section named
  after a place, "Phan Thiết", is named again in the text) and the paragraph under it does not open on a person
  ("Anh sinh năm …", "Ông …": a profile);
* ``portal.scene_caption``: between the article's first and last sentence, a line naming the scene a photo shows
  ("Toàn cảnh buổi trải nghiệm", "Quang cảnh hội nghị", "Khung cảnh …"), no sentence itself (six words and a stop:
  "Quang cảnh buổi lễ rất trang trọng." is the text's), twenty words at most; the page's title ("Toàn cảnh về FDI
  của Trung Quốc tại Việt Nam") stands before the first sentence and stays.

* ``portal.contents``: the article's table of contents, a run of three list items or more (bullet or number, no
  final stop: "• 1 1. Khiếu nại là gì? Tố cáo là gì?") under a contents label ("Mục lục", "Mục lục bài viết"), or
  whose first item the text repeats below as its heading, or going on from items the duplicate layer took as such
  (``dedupe.contents``); the run ends at the heading that repeats one of its items, which stays.  A list of steps
  with no label and no heading repeating it is the text's.

Each line goes to the ledger with its rule and what it matched (a sign-off's words also to ``doc.meta["byline"]``,
as :mod:`.boilerplate` keeps a byline).  The layer runs after :mod:`.vi_portal` and before
:mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import _is_name, _sentence_like
from .furniture import strip_bullet
from .records import over_address
from .signoff import _VI_SURNAMES, not_a_name
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "CONTROLS", "COUNTER_LABELS", "ChromeLines", "chrome_lines", "prev_next", "controls_only",
           "initials", "credit_name", "contents"]

PREV_NEXT = "portal.prev_next"
BUTTON = "portal.button"
CREDIT = "portal.credit"
SCENE = "portal.scene_caption"
CONTENTS = "portal.contents"
#: the ledger rules of this module (policy families, docs tables)
RULES = (PREV_NEXT, BUTTON, CREDIT, SCENE, CONTENTS)
MAX_TITLE_WORDS = 30  # a linked title after "Bài trước"
MAX_CONTROL_WORDS = 12  # a line of controls

_PREV_NEXT = re.compile(r"^[\s«‹<\[(|•·*\-–—»›>]*(?P<label>(?:bài viết|tin bài|bài|tin)\s+(?:trước(?: đó)?|sau|"
                        r"tiếp theo|tiếp|kế tiếp|kế|cũ hơn|mới hơn))(?P<rest>.*)$", re.IGNORECASE)
_SEP = re.compile(r"^\s*(?:[:：»›>«‹<|/\]\)]|-+>?|–|—|\.\.\.|…)")

#: words of the page's controls (casefolded), each a whole phrase of the line; longest first
CONTROLS = tuple(sorted((" ".join(w.split()) for w in """đăng nhập;đăng xuất;đăng ký;đăng kí;bình luận;bình luận ngay;
    gửi bình luận;viết bình luận;xem bình luận;chia sẻ;chia sẻ qua;chia sẻ lên;lượt chia sẻ;thích;lượt thích;
    thích trang;bỏ thích;like;share;tweet;gửi;gửi tin;in;in bài;email;e-mail;facebook;zalo;twitter;youtube;tiktok;
    messenger;
    pinterest;linkedin;google;copy link;sao chép link;sao chép liên kết;lưu;lưu lại;lưu tin;theo dõi;báo lỗi;báo xấu;
    trả lời;phản hồi;góp ý;tìm kiếm;tìm;quay lại;đóng;tải về;tải xuống;download;lượt xem;icon;qua;hoặc;
    in bài này;in bài viết;in trang;chia sẻ bài viết;chia sẻ bài viết này;chia sẻ trang này;thống kê truy cập;
    bấm vào hình để xem kích thước thật;bấm vào ảnh để xem kích thước thật;để bình luận;trước khi gửi bình luận;
    vui lòng;bạn cần;để;với""".replace("\n", " ").split(";")),
                        key=len, reverse=True))
#: words that are only glue between controls: a line needs a control besides them
_GLUE = frozenset({"qua", "hoặc", "để", "với", "vui lòng", "bạn cần", "icon"})
_CONTROL = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(c) for c in CONTROLS) + r")(?![^\W\d_])",
                      re.IGNORECASE)
_ICONS = re.compile(r"(?:icon){2,}", re.IGNORECASE)  # "iconiconicon": the share buttons' alt texts run together
_FILLER = re.compile(r"[\W\d_]*")
#: the labels of a visit counter ("Truy cập", "Tuần này: 1234"): one line is a word; two or more in a run, a widget
COUNTER_LABELS = frozenset("""truy cập;lượt truy cập;đang truy cập;đang online;trực tuyến;hôm nay;hôm qua;tuần này;
    tuần trước;tháng này;tháng trước;năm nay;tất cả;tổng cộng;tổng lượt truy cập;tổng số lượt truy cập;
    lượt xem""".replace("\n", " ").split(";")) - {""}
_COUNTER = re.compile(r"^[\s•·*\-–|]*(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4})\s*[:：]?\s*[\d.,\s]*$")
MIN_COUNTER_RUN = 2

_INITIALS = re.compile(r"^[(\[]?(?:[A-ZĐ]\.?){2,5}[)\]]?\.?$")
#: a photo's caption naming the scene it shows: "Toàn cảnh buổi trải nghiệm", "Quang cảnh hội nghị"
_SCENE = re.compile(r"^[\W\d]*(?:toàn cảnh|quang cảnh|khung cảnh)(?![^\W\d_])", re.IGNORECASE)
#: an item of a list: a bullet or a number ("- 1. …", "• 1 1. …", "3) …")
_ITEM = re.compile(r"^\s*(?:[•·*\-–—»›>+]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s+)")
_ITEM_PREFIX = re.compile(r"^[\s•·*\-–—»›>+]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)*")
_TOC_LABEL = re.compile(r"^\W*(?:mục lục|mục lục bài viết|nội dung bài viết|table of contents|contents)\W*$",
                        re.IGNORECASE)
MIN_TOC_ITEMS, MAX_ITEM_WORDS = 3, 20
_ROMAN = re.compile(r"^[(\[]?[IVXLCDM]+[)\]]?\.?$")
#: an editorial board's sign-off: "BBT" (ban biên tập) and the board's initials ("BBT CTNĐN", "BBT WVL"; clut87);
#: "BTT" (ban truyền thông, a parish's or a diocese's media team) the same (lost91)
_DESK_INITIALS = re.compile(r"^(?:BBT|BTT)\s+(?:[A-ZĐ]\.?){2,6}\.?$")
#: the desk of a church unit by its abbreviation and name: "BTT Gx. Kẻ Sét" (giáo xứ: parish; "Gp." giáo phận,
#: diocese; "Gh." giáo hạt, deanery; held51's h51vi08, lost91), the name one to four capitalised syllables
_DESK_UNIT = re.compile(r"^(?:BBT|BTT)\s+(?:G[xXpPhH]\.?|Giáo (?:xứ|phận|hạt))\s+(?P<name>[^\W\d_][^\d]{0,40}?)\.?$")
DESK_UNIT_WORDS = 4
_NAME_CREDIT = re.compile(r"^(?P<name>[^()\[\]\-–—]{3,40}?)\s*(?:[(\[]\s*(?P<a>(?:[A-ZĐ]\.?){2,5})\s*[)\]]|"
                          r"[-–—]\s*(?P<b>(?:[A-ZĐ]\.?){2,5}))\.?$")
_STOPS = ".!?…\"”»)"
MIN_OPEN_WORDS = 12  # a paragraph that lost its stop (a shorter line with no stop: a heading, a caption)
#: words closing a line whose sentence goes on to the next (a name after "của", "là", "ông"): no paragraph's end
_LEADS_ON = frozenset("của là và với cho bởi tên ông bà anh chị em thầy cô cháu con gồm như".split())
#: a paragraph opening on a person (a pronoun or a title): what follows a profile's subject, not a new story
_PERSON_OPENING = re.compile(r"^(?:anh|chị|ông|bà|cô|chú|em|thầy|cụ|cậu|bác|người|tác giả|sinh)(?![^\W\d_])",
                             re.IGNORECASE)


def prev_next(s: str, after_text: bool = False) -> str | None:
    """The previous/next label a line opens with when the line is that link (module docstring), else None;
    ``after_text``: the line stands after the article's last sentence (a title after a space is then the link's)."""
    t = s.strip()
    if not t or len(line_words(t)) > MAX_TITLE_WORDS:
        return None
    m = _PREV_NEXT.match(t)
    if m is None or not m.group("label")[:1].isupper():
        return None
    rest = m.group("rest")
    label = m.group("label").casefold()
    if not rest.strip(" \t:：»›>«‹<|-–—…."):
        return label
    if _SEP.match(rest):
        return label
    if rest[:1].isupper() or rest[:1].isdigit():
        return label  # glued: "Bài trướcNa Rì tổ chức …"
    rest = rest.strip()
    if after_text and rest[:1].isupper() and rest[-1:] not in ".!?…" and not _sentence_like(rest):
        return label
    return None


def controls_only(s: str) -> list[str]:
    """The controls a line consists of ("Góp ý 0 lượt thích" -> ["góp ý", "lượt thích"]), else []: every word of
    the line is one of :data:`CONTROLS` (counts, icons and punctuation between them), one of them more than glue."""
    t = strip_bullet(s.strip())
    if not t or len(t) > 120 or len(line_words(t)) > MAX_CONTROL_WORDS:
        return []
    found = [m.group(0).casefold() for m in _CONTROL.finditer(t)] + [m.group(0) for m in _ICONS.finditer(t)]
    rest = _ICONS.sub(" ", _CONTROL.sub(" ", t))
    if not found or not _FILLER.fullmatch(rest):
        return []
    return found if any(f.casefold() not in _GLUE and not _ICONS.fullmatch(f) for f in found) \
        or any(_ICONS.fullmatch(f) for f in found) else []


def _counter_label(s: str) -> bool:
    m = _COUNTER.match(s.strip())
    return m is not None and " ".join(m.group("label").split()).casefold() in COUNTER_LABELS


def initials(s: str) -> bool:
    """A reporter's or desk's initials alone on the line ("PV", "P.V", "(TH)", "BTNO"); a Roman numeral ("II",
    "IV.": a section's number) is none."""
    t = s.strip()
    return bool(_INITIALS.match(t)) and not _ROMAN.match(t)


def desk_initials(s: str) -> bool:
    """An editorial board's or a media team's sign-off: "BBT"/"BTT" and the board's initials ("BBT CTNĐN") or its
    church unit's abbreviation and name ("BTT Gx. Kẻ Sét"); taken only where nothing of the text follows it (the
    page's end or a removed line next)."""
    t = s.strip()
    if _DESK_INITIALS.match(t):
        return True
    m = _DESK_UNIT.match(t)
    words = m.group("name").split() if m else []
    return 0 < len(words) <= DESK_UNIT_WORDS and all(w[:1].isupper() for w in words)


def credit_name(s: str) -> bool:
    """A name with initials in brackets or after a dash ("Kim Chung (TH)", "Thu Hà - TTXVN")."""
    m = _NAME_CREDIT.match(s.strip())
    return m is not None and _is_name(m.group("name"), "vi")


def _bare_name(s: str) -> bool:
    t = s.strip()  # the letters read only for a line read as a name (perf62)
    return _is_name(t, "vi") and not all(ch.isupper() for ch in filter(str.isalpha, t)) and t[-1:] not in ":;,."


def _closes(s: str) -> bool:
    t = s.rstrip()
    return _sentence_like(t) and t[-1:] in _STOPS


def _open_paragraph(s: str) -> bool:
    """A paragraph of the text that lost its final stop (t27vi105: "… khai báo y tế trước khi vào các phòng của viện
    theo quy định" / "Tiến Dũng"): a sentence of :data:`MIN_OPEN_WORDS` words or more, no colon, comma or dash at its
    end, not closing on a word that leads on to the next line (:data:`_LEADS_ON`)."""
    t = s.strip()
    if not t or t[-1:] in _STOPS + ":;,-–" or len(t.split()) < MIN_OPEN_WORDS or not _sentence_like(t + "."):
        return False
    return t.split()[-1].casefold() not in _LEADS_ON  # "… với bài thi của" / "Nguyễn Văn An": the sentence goes on


def _story_sign_off(lines: list[str], i: int, nxt: int, removed: "set[int] | dict") -> bool:
    """One story's sign-off on a page of several (h21vi05, h23vi15): under a paragraph (:data:`MIN_OPEN_WORDS` words
    or more), a bare name (:func:`_bare_name`) opening on a Vietnamese surname, two to four words, whose given name (the words after the surname, capitalised) stands in no
    other line of the page, before a paragraph closing with a stop that does not open on a person (a pronoun or a
    title: "Anh sinh năm 1990 …" under a profile's subject, "Ông …", "Chị …")."""
    s = lines[i].strip()
    words = s.split()
    if not 2 <= len(words) <= 4 or words[0].casefold() not in _VI_SURNAMES or not _bare_name(s) \
            or not_a_name(lines, i, "vi", removed):
        return False
    above = max((j for j in range(i) if j not in removed and lines[j].strip()), default=None)
    if above is None or len(lines[above].split()) < MIN_OPEN_WORDS:
        return False  # a title over it, not a paragraph: a byline under the heading (portal.head_byline)
    if not _closes(lines[nxt]) or _PERSON_OPENING.match(lines[nxt].strip()):
        return False
    given = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in words[1:]) + r")(?![^\W\d_])")
    return not any(given.search(line) for j, line in enumerate(lines) if j != i)


def chrome_lines(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """The chrome of a Vietnamese page's live lines: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    live = [i for i, s in enumerate(lines) if i not in removed and s.strip()]
    if not live:
        return out
    text = [i for i in live if _sentence_like(lines[i])]
    last = text[-1] if text else -1
    for k, i in enumerate(live):
        s = lines[i]
        label = prev_next(s, after_text=i > last >= 0)
        if label is not None:
            out[i] = (PREV_NEXT, f'a link to the previous or next item: opens with "{label}"')
            continue
        if text and text[0] < i < text[-1] and _SCENE.match(s) and not _sentence_like(s) and len(s.split()) <= 20:
            out[i] = (SCENE, "a photo's caption naming the scene (\"Toàn cảnh …\", \"Quang cảnh …\") between the "
                             "article's sentences, no sentence itself")
            continue
        found = controls_only(s)
        if found and not over_address(lines, i):  # "E-mail" over its address: a record's field label (cp61)
            out[i] = (BUTTON, "a line of the page's controls only: " + ", ".join(f'"{f}"' for f in found[:4]))
            continue
        nxt = live[k + 1] if k + 1 < len(live) else None
        if k == 1 and nxt is not None and initials(s) and not _sentence_like(lines[live[0]]) \
                and _sentence_like(lines[nxt]):
            out[i] = (CREDIT, "a reporter's or desk's initials between the title and the text (the byline)")
            continue
        # the page's end or a removed line next: nothing of the text follows the sign-off
        ends = nxt is None or any(j in removed for j in range(i + 1, nxt))
        if k and ends and _open_paragraph(lines[live[k - 1]]) and (initials(s) or desk_initials(s) or (
                _bare_name(s) and not not_a_name(lines, i, "vi", removed))):
            who = "initials" if initials(s) or desk_initials(s) else "a bare name"
            out[i] = (CREDIT, f"{who} closing the page under a paragraph "
                              "that lost its stop (the article's sign-off)")
            continue
        if not k or not _closes(lines[live[k - 1]]):
            continue
        if nxt is not None and not ends and _story_sign_off(lines, i, nxt, removed):
            out[i] = (CREDIT, "a bare name opening on a surname between two paragraphs, named nowhere else on the "
                              "page, the next paragraph not about a person (one story's sign-off on a page of several)")
            continue
        if initials(s) or (ends and desk_initials(s)):
            out[i] = (CREDIT, "a reporter's or desk's initials alone after a sentence (the article's sign-off)")
        elif credit_name(s) and (ends or _closes(lines[nxt])):
            out[i] = (CREDIT, "a name with a newsroom's initials after a sentence (the article's sign-off)")
        elif ends and _bare_name(s) and not not_a_name(lines, i, "vi", removed):
            out[i] = (CREDIT, "a bare name between the article's last sentence and the page's end or a removed line "
                              "(the article's sign-off)")
    run: list[int] = []  # positions in ``live`` of a run of a visit counter's labels
    for k in range(len(live) + 1):
        if k < len(live) and live[k] not in out and _counter_label(lines[live[k]]):
            run.append(k)
            continue
        if len(run) >= MIN_COUNTER_RUN and sum(re.search(r"[:：\d]", lines[live[j]]) is not None for j in run) \
                >= MIN_COUNTER_RUN:  # the counter's fields: a colon or a count ("Hôm nay" / "Tuần này" are words)
            for j in run:
                out[live[j]] = (BUTTON, f"a visit counter's label, one of a run of {len(run)}")
        run = []
    return out


def _bare(s: str) -> str:
    return " ".join(_ITEM_PREFIX.sub("", s.strip()).split()).rstrip(" :：?.!").casefold()


def _toc_item(s: str) -> bool:
    t = s.strip()
    return bool(_ITEM.match(t)) and 0 < len(t.split()) <= MAX_ITEM_WORDS and t[-1:] not in ".;!…"  # "…?" a title


def contents(lines: list[str], removed: "set[int] | dict", rules: "dict[int, str] | None" = None) -> list[int]:
    """The items of the article's table of contents: a run of :data:`MIN_TOC_ITEMS` list items or more (bullet or
    number, no sentence) under a contents label ("Mục lục", removed or not), or whose first item the text repeats
    below as its heading ("- 1. Khiếu nại là gì?" ... "1. Khiếu nại là gì?"), or that goes on from items the duplicate
    layer took as a table of contents (``rules``: the removed lines' rules).  The run ends at the text's heading that
    repeats one of its items, and at a contents label (removed): list items kept above it (a meta row's bullets) are
    no items of the table below it (clf57)."""
    live = [i for i, s in enumerate(lines) if i not in removed and s.strip()]
    rules = rules or {}
    out: list[int] = []
    k = 0
    while k < len(live):
        if not _toc_item(lines[live[k]]):
            k += 1
            continue
        # the items of a list above that a layer before took (a table of contents' first items): their headings end
        # the run too
        run, seen = [], {_bare(lines[j]) for j in range(live[k]) if j in removed and _ITEM.match(lines[j].strip())}
        # the run goes on across removed lines, never across a contents label: a meta row's bullets kept above the
        # label (the author's "• Toanngo92" the policy held, h15vi01) would else open it and hide the label
        while k < len(live) and _toc_item(lines[live[k]]) and _bare(lines[live[k]]) not in seen \
                and (not run or live[k] == run[-1] + 1 or all(j in removed and not _TOC_LABEL.match(lines[j].strip())
                                                              for j in range(run[-1] + 1, live[k]))):
            seen.add(_bare(lines[live[k]]))
            run.append(live[k])
            k += 1
        if not run:
            k += 1  # a heading repeating an item above: no run starts here
            continue
        if len(run) >= MIN_TOC_ITEMS:
            above = next((j for j in range(run[0] - 1, -1, -1) if lines[j].strip()), -1)
            first = _bare(lines[run[0]])
            labelled = above >= 0 and _TOC_LABEL.match(lines[above].strip()) is not None
            repeated = any(_bare(lines[j]) == first for j in live if j > run[-1])
            goes_on = above in removed and rules.get(above, "") == "dedupe.contents"
            if labelled or (repeated and first) or goes_on:
                out.extend(run)
    return out


class ChromeLines:
    """The Vietnamese chrome layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        doc = marks.doc
        lines = marks.line_texts()
        found = chrome_lines(lines, set(marks.removed))
        for i in contents(lines, set(marks.removed) | set(found), {j: v[0] for j, v in marks.removed.items()}):
            found.setdefault(i, (CONTENTS, "an item of the article's table of contents (under its label, or its first "
                                           "item repeated below as the text's heading)"))
        for i, (rule, note) in found.items():
            if rule == CREDIT:  # the sign-off names the article's author or desk: kept as the page's byline
                byline = lines[i].strip()
                doc.meta.setdefault("byline", byline)
                note += f"; kept as metadata: byline={byline}"
            marks.removed.setdefault(i, (rule, note))

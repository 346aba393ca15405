"""Vietnamese portal furniture told by the portal's own words (issue 12, vi40).

Vietnamese news, government and blog portals print the same few widget words on every page, in every template:
a pointer to other items ("Xem thêm: …", "Có thể bạn quan tâm: …", ">> Bạn có thể xem thêm: …"), the share, print
and close buttons ("In bài này", "Chia sẻ qua", "Đóng [X]"), the block labels of a sidebar or footer ("Thống kê
truy cập", "Văn bản liên quan", "Cùng chuyên mục", "Liên kết ngoài") and an image's placeholder text ("anh tin bai",
"Ảnh minh họa").  The layers before this one judge such a line by its shape and its neighbours, and a label of two
or three words in the middle of the text, or a pointer line whose value is a headline, looks like the text's own
heading to them.  This layer reads the words, on Vietnamese pages only (``Marks.lang == "vi"``):

* ``portal.read_more``: a line that opens (after bullets and arrows) with a pointer phrase (:data:`POINTERS`:
  "xem thêm", "đọc thêm", "có thể bạn quan tâm", "tin liên quan", "xem chi tiết" …) and is the pointer alone, the
  pointer with its target after a separator (":", "»", ">>", "…") or after "tại" ("Xem thêm tại Công văn 1682/…"),
  or a short label ending with ":" ("Xem thêm thông tin về sự cố:"); :data:`MAX_WORDS` words at most.  "Xem xét …"
  (to examine) is another word and does not open a pointer; a short line ending "tại đây" ("here") with a verb of
  viewing or clicking ("Lịch thi xem tại đây", "… trên google drive: TẠI ĐÂY") is one too ("Chúng tôi gặp nhau tại
  đây." has no such verb; a line opening on that verb, "→ Tải file sách PDF của … tại đây", runs to
  :data:`MAX_VERB_HERE_WORDS` words), or opening with "Chi tiết" in six words at most ("Chi tiết Thông báo tại
  đây"); the same pointer in brackets closing a line of a few words ("Tin ảnh (Xin xem thêm tại đây)", "(Xem chi tiết tại đây)") and
  an audio player's label opening with a listening verb and what is read out ("Nghe nội dung chi tiết tại đây:");
* ``portal.read_more_list``: under a pointer line ending with ":" (not a bare "Đọc thêm": that is the button under
  a teaser of a listing, whose next line is the next teaser's title), the links it points to: a
  run of one to :data:`MAX_LINKS` lines, each a bare address or a title (a headline: no stop, sixteen words at
  most), ending at the page's end, at a removed line or at a line of text.  A pointer over the text's own
  sentences ("Xem thêm:" / "- Là công dân nước ngoài …") points to nothing: the run must not meet a sentence before
  its end, else nothing under the pointer goes;
* ``portal.widget``: a line that is, once bullets, pipes, brackets, a trailing ":" or arrow and a count in brackets
  are set aside, one of the portal's widget labels (:data:`WIDGETS`), a comment count ("Có 1 bình luận", "Ý kiến
  ()") or a "now reading" line ("Đang xem: <title>");
* ``portal.photo``: an image's placeholder or caption marker: the line "Ảnh minh họa" / "anh tin bai" (a CMS's alt
  text without its marks), a caption opening with "Trong ảnh" ("Trong ảnh là mắm cá …"), a title with its image's
  number after a dash ("… là ai - Ảnh 2."; "… bức ảnh 1" without the dash is a sentence's own words).

* ``portal.tags``: a tags label ("Thẻ:", "Tag: kinh tế"; the keywords label of a paper is
  :mod:`.labels`' ``boilerplate.keywords``) with short tags, or alone with up to :data:`MAX_TAG_LINES` tags of a few
  words on the lines under it;
* ``portal.byline``: a byline, date or counter field ("Tác giả bài viết: Thanh Xuân", "Đăng bởi: …", "Ngày đăng: …",
  "Lượt xem: 4428", "Date:") with a short value or none; "Nguồn: …" (a translation's source) is not one;
* ``portal.breadcrumb``: a breadcrumb opening with "Trang chủ" (or "Home"): alone, before a separator, glued to the
  next crumb ("Trang chủDu Học - Học Bổng…") or before a capitalised crumb with no sentence end; not a sentence
  about a home page ("Trang chủ là trang đầu tiên …");
* ``portal.slug``: an address slug alone on its line ("tu-van-luat-hon-nhan-gia-dinh": the page's or an image's file
  name in unaccented words joined by hyphens, three words of letters at least).

A label in capitals that the page prints as its title stays: the document's first line and the live line right
above the article's first line of text are never taken by ``portal.widget`` (a page titled "THƯ VIỆN ẢNH").  Each
line goes to the ledger with its rule and what it matched.  The layer runs after the teaser tail and before
:mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import _headline_like, _sentence_like
from .furniture import strip_bullet
from .home_headlines import home_headline
from .vi_here import view_link
from .widgets import _body
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "POINTERS", "WIDGETS", "PortalLines", "portal_lines", "pointer", "pointer_kind", "widget_label",
           "photo_marker", "tag_line", "byline_field", "address_slug", "breadcrumb"]

READ_MORE = "portal.read_more"
READ_MORE_LIST = "portal.read_more_list"
WIDGET = "portal.widget"
PHOTO = "portal.photo"
TAGS = "portal.tags"
BYLINE = "portal.byline"
SLUG = "portal.slug"
BREADCRUMB = "portal.breadcrumb"
#: the ledger rules of this module (policy families, docs tables)
RULES = (READ_MORE, READ_MORE_LIST, WIDGET, PHOTO, TAGS, BYLINE, SLUG, BREADCRUMB)
MIN_SLUG_WORDS = 3  # words of letters in an address slug ("tu-van-luat-hon-nhan-gia-dinh")
MAX_TAG_WORDS = 5  # one tag
MAX_TAG_LINES = 3  # tags on their own lines under a bare "Thẻ:"
MAX_VALUE_WORDS = 6  # a byline label's value: a name, a date, a count
MAX_WORDS = 25  # a pointer line with its target: longer is a paragraph
MAX_LABEL_WORDS = 12  # a pointer label ending with ":"
MAX_LINKS = 8  # links under a pointer label

#: phrases that point the reader to other items (casefolded, longest first where one holds another)
POINTERS = tuple(sorted("""xem thêm;xin mời xem;mời xem;mời bạn xem;mời quý vị xem;đọc thêm;xem tiếp;đọc tiếp;
    xem chi tiết;xem thông tin chi tiết;tham khảo thêm;có thể bạn quan tâm;có thể bạn muốn xem;có thể bạn muốn đọc;
    bạn có thể quan tâm;bạn có thể xem thêm;bạn có thể đọc thêm;mời bạn xem thêm;mời bạn đọc thêm;mời quý vị xem thêm;
    tin liên quan;bài liên quan;tin tức liên quan;bài viết liên quan;đọc các tin khác;xem các tin khác;
    xem các bài khác;đọc bài viết gốc;xem bài viết gốc;xem tin theo ngày;xem tất cả""".replace("\n", " ").split(";"),
                        key=len, reverse=True))
_POINTER = re.compile(r"^(?:>+|»|›|→|➥)?\s*(" + "|".join(re.escape(" ".join(p.split())) for p in POINTERS) +
                      r")(?![^\W\d_])\s*(.*)$", re.IGNORECASE)
#: what may stand between a pointer and its target
_SEPARATOR = re.compile(r"^(?:[:：»›→➥]|>+|\.{2,}|…|-+>?|–|—)\s*")
#: a link line ending "… tại đây" ("here") with a verb of viewing or clicking: "Lịch thi xem tại đây", "Xem bản đầy đủ
#: trên google drive: TẠI ĐÂY"
_HERE = re.compile(r"(?<![^\W\d_])(?:tại|ở|vào) đây\s*[:：.…]?\s*$", re.IGNORECASE)
#: (the verb and the lead before it, a running sentence's or a link's: :func:`~.vi_here.view_link`, cp72)
MAX_HERE_WORDS = 12
#: ... longer when the line opens (after an arrow) on the verb itself, an imperative naming the file or page in full:
#: "→ Tải file sách PDF của Giáo trình tiếng Trung Du lịch tại đây" (h43vi01, clut70); a sentence's subject first ("Du
#: khách có thể xem … tại đây") or another word of the same letters ("Xem xét", "Tải trọng", "Nhấn mạnh") is none
_VERB_FIRST = re.compile(r"^[←→⟵⟶⇐⇒➜➔►▶◄◀]?\s*(?:tải(?! trọng| lượng)|xem(?! xét)|bấm|nhấn(?! mạnh)|click|truy cập|"
                         r"download)(?![^\W\d_])", re.IGNORECASE)
MAX_VERB_HERE_WORDS = 16
#: ... the same pointer in brackets after a label of a few words, the bracket closing the line: "Tin ảnh (Xin xem thêm
#: tại đây)" (vi57), "(Xem chi tiết tại đây)" (a shop's and a portal's link text on real pages); a sentence with the
#: bracket glued to its end ("… áp dụng cho đơn hàng từ 3 triệu (Xem chi tiết tại đây)") has a longer lead and stays
_BRACKET_HERE = re.compile(r"^(?P<lead>[^()\[\]]*?)\s*[(\[](?P<inner>[^()\[\]]*?(?<![^\W\d_])(?:tại|ở|vào) đây)"
                           r"\s*[)\]]\s*[.:：]?\s*$", re.IGNORECASE)
MAX_BRACKET_LEAD_WORDS = 4
#: ... or an audio player's label: a listening verb opening the line with what is read out, then "tại đây" ("Nghe
#: nội dung chi tiết tại đây:", h39vi10; "Nghe đọc bài viết tại đây", "Mời nghe bản tin tại đây"); "Nghe con nói, …"
#: and "Nghe tin …, …" (a sentence's opening clause) name no such object
_LISTEN = re.compile(r"^(?:mời (?:bạn |quý vị )?)?nghe(?: đọc)? (?:nội dung|bài viết|toàn văn|bản tin|audio|bài đọc)"
                     r"(?![^\W\d_])", re.IGNORECASE)
#: ... or a pointer to the details, six words at most ("Chi tiết Thông báo tại đây"; vi41)
_DETAIL = re.compile(r"^(?:chi tiết|toàn văn|nội dung chi tiết)(?![^\W\d_])", re.IGNORECASE)
_AT = re.compile(r"^(?:tại|ở)(?![^\W\d_])", re.IGNORECASE)
_STOP_INSIDE = re.compile(r"[.!?…]\s+\S")  # a sentence's end inside the line
#: what the pointer points to, named in a word or three before the colon: "Mời xem video: …", "Xem thêm bài: …"
_NAMED = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2}\s*[:：]\s*\S")
_ARROWS = " \t:：»›→➥>.…-–—"

#: widget labels of Vietnamese portals, each a whole line (casefolded): share, print and close buttons, sidebar and
#: footer block labels, comment and counter captions; the archive's label over its date picker ("Các tin đã đưa
#: ngày:", clut58: h39vi07, and the news templates of three CMSs print it over their day/month/year form); an audio
#: player's button ("Nghe đọc bài viết", clut59: the read-aloud widget of several news templates); a visit counter's
#: title and field labels as portal templates and their CMSs print them ("Bộ đếm lượt truy cập", h42vi14; "Tổng lượt
#: truy cập", "Số lượt truy cập", "Truy cập hôm nay": NukeViet's and dashboard templates' counter blocks; clut66)
WIDGETS = frozenset(" ".join(w.split()) for w in """thống kê truy cập;lượt truy cập;đang truy cập;đang trực tuyến;
    bộ đếm lượt truy cập;bộ đếm truy cập;thống kê lượt truy cập;tổng lượt truy cập;tổng số lượt truy cập;
    số lượt truy cập;truy cập hôm nay;lượt truy cập hôm nay;đang online;
    tìm kiếm thông tin;in bài;in bài này;in bài viết;in trang;in ra;bản in;đóng cửa sổ này;đóng cửa sổ;đóng;đóng [x];
    đóng lại;trở về;quay lại;quay về;về đầu trang;lên đầu trang;chia sẻ;chia sẻ qua;chia sẻ bài viết;
    chia sẻ bài viết này;chia sẻ trang này;đang tải dữ liệu;đang tải;link gốc;liên kết gốc;liên kết ngoài;
    liên kết website;văn bản liên quan;cùng chuyên mục;cùng chủ đề;cùng danh mục;thư viện ảnh;thư viện video;
    các tin đã đưa;tin đã đưa;các tin đã đưa ngày;tin đã đưa ngày;bấm vào hình để xem kích thước thật;bấm vào ảnh để xem kích thước thật;
    gửi bình luận;viết bình luận;ý kiến bạn đọc;gửi ý kiến;gửi ý kiến của bạn;lưu bài viết;gửi email;
    gửi bài viết qua email;gửi cho bạn bè;theo dõi chúng tôi;theo dõi chúng tôi trên;tải ứng dụng;
    đăng ký nhận tin;đăng ký nhận bản tin;cỡ chữ;font chữ;góp ý;ý kiến ();bạn đang ở đây;ý kiến thăm dò;
    thăm dò ý kiến;tiện ích;tiện ích thông tin;chúng tôi trên mạng xã hội;kết nối với chúng tôi;tài liệu đính kèm;
    tệp đính kèm;file đính kèm;đóng thanh tìm kiếm;gửi báo giá;yêu cầu báo giá;nhận báo giá;tư vấn miễn phí;
    bạn cần hỗ trợ?;hỗ trợ trực tuyến;bạn tìm thông tin gì?;bạn cần tìm gì?;không có kết quả nào được tìm thấy;
    không tìm thấy kết quả;các album đã đăng;album ảnh;nghe đọc bài viết""".replace("\n", " ")
                                                      .split(";"))
_WIDGET_EDGES = re.compile(r"^[\s\[(|•·*\-–—»›>#]+|[\s\])|•·*\-–—:：»›>→➥…]+$")
_CLOSE_X = re.compile(r"\s*[\[(]\s*[x×]\s*[\])]\s*$", re.IGNORECASE)  # "Đóng [X]"
_COUNT = re.compile(r"\s*\(\s*\d*\s*\)$")
_COMMENTS = re.compile(r"^(?:có\s+)?\d{1,5}\s+(?:bình luận|ý kiến|phản hồi)$"
                       r"|^(?:bình luận|ý kiến|phản hồi)\s*\(\s*\d*\s*\)$", re.IGNORECASE)
_READING = re.compile(r"^(?:bạn\s+)?đang xem\s*:\s*\S", re.IGNORECASE)

_PHOTO_LINE = re.compile(r"^\W*(?:ảnh minh họa|ảnh minh hoạ|hình minh họa|hình minh hoạ|ảnh tin bài|anh tin bai|"
                         r"anh minh hoa|ảnh minh họa: internet|ảnh: internet)\W*$", re.IGNORECASE)
_PHOTO_OPEN = re.compile(r"^\W*trong ảnh(?:\s+là|\s*:)", re.IGNORECASE)
_PHOTO_NUMBER = re.compile(r"\s[-–]\s*ảnh\s+\d{1,2}\.?$", re.IGNORECASE)
_TAG_LABEL = re.compile(r"^\W*(?:thẻ|tags?)\s*[:：]\s*(.*)$", re.IGNORECASE)
#: an amount in a value: "Thẻ: 50.000 đồng" is a fee list's line, not tags
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:đ|đồng|vnđ|vnd|%)(?![^\W\d_])|\d{1,3}[.,]\d{3}", re.IGNORECASE)
#: labels of a post's byline, date and counter fields on Vietnamese sites ("Nguồn:" is not one: a translation's
#: source is a citation the text keeps)
_BYLINE_LABEL = re.compile(r"^\W*(?:tác giả(?: bài viết)?|đăng bởi|người đăng|người viết|viết bởi|đăng lúc|đăng ngày|"
                           r"ngày đăng|ngày cập nhật|cập nhật(?: lúc| lần cuối)?|date|(?:số )?lượt xem)\s*[:：]\s*(.*)$",
                           re.IGNORECASE)
_HOME = re.compile(r"^(?:\d{1,2}\.\s*)?(?:trang chủ|home)(?![^\W\d_])|^(?:trang chủ|home)(?=[^\W\d_])", re.IGNORECASE)
_CRUMB_SEP = re.compile(r"^\s*(?:[»>›«‹</|\\]|-\s|–|—)")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){2,}$")
_URL = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.IGNORECASE)


def _words(s: str) -> int:
    return len(line_words(s))


def pointer(s: str) -> str | None:
    """The pointer phrase a line opens with when the line is a pointer to other items ("Xem thêm: <title>"), else
    None (:func:`pointer_kind` tells which kind)."""
    kind = pointer_kind(s)
    return kind[0] if kind else None


def pointer_kind(s: str) -> tuple[str, str] | None:
    """(phrase, kind) of a pointer line: kind ``"bare"`` (the pointer alone), ``"label"`` (ending with ":"),
    ``"target"`` (a target after a separator or "tại"), ``"here"`` (a short link line ending "tại đây" with a verb of
    viewing or clicking)."""
    t = strip_bullet(s.strip())
    if not t or _words(t) > MAX_WORDS:
        return None
    if _words(t) <= MAX_HERE_WORDS and _HERE.search(t) and (
            view_link(t) or _LISTEN.match(t) or (_DETAIL.match(t) and _words(t) <= 6)):
        return "tại đây", ("label" if t.endswith((":", "：")) else "here")
    if _words(t) <= MAX_VERB_HERE_WORDS and _HERE.search(t) and _VERB_FIRST.match(t) and not _STOP_INSIDE.search(t):
        return "tại đây", ("label" if t.endswith((":", "：")) else "here")
    b = _BRACKET_HERE.match(t)
    if b is not None and _words(b["lead"]) <= MAX_BRACKET_LEAD_WORDS and _words(b["inner"]) <= MAX_HERE_WORDS \
            and view_link(b["inner"]):
        return "tại đây", "here"
    m = _POINTER.match(t)
    if m is None:
        return None
    phrase, rest = m.group(1).casefold(), m.group(2).strip()
    if not rest.strip(_ARROWS):
        return phrase, ("label" if rest.rstrip().endswith((":", "：")) else "bare")
    sep = _SEPARATOR.match(rest)
    if sep is not None and rest[sep.end():].strip():
        return phrase, "target"
    if _AT.match(rest) or _NAMED.match(rest):
        return phrase, "target"
    if rest.rstrip().endswith((":", "：")) and _words(t) <= MAX_LABEL_WORDS:
        return phrase, "label"
    return None


def widget_label(s: str) -> str | None:
    """The widget label a line consists of ("In bài này", "| Đóng cửa sổ này", "Ý kiến ()", "Có 1 bình luận",
    "Đang xem: <title>"), else None."""
    t = s.strip()
    if not t or len(t) > 120:
        return None
    if _READING.match(t) and _words(t) <= 18 and not _sentence_like(t):
        return "đang xem"
    t = _CLOSE_X.sub("", t)
    bare = " ".join(t.strip(" |•·*-–—[]").split()).casefold()
    if _COMMENTS.match(bare):
        return bare
    body = " ".join(_WIDGET_EDGES.sub("", t).split()).casefold()
    if body in WIDGETS:
        return body
    body = _COUNT.sub("", body).strip()
    return body if body and body in WIDGETS else None


def photo_marker(s: str) -> str | None:
    """What marks a line as an image's placeholder or caption ("anh tin bai", "Trong ảnh là …", "… - Ảnh 2."), else
    None."""
    t = s.strip()
    if not t or _words(t) > 40:
        return None
    if _PHOTO_LINE.match(t):
        return "an image's placeholder text"
    if _PHOTO_OPEN.match(t):
        return 'a caption opening with "Trong ảnh"'
    if _words(t) >= 3 and _PHOTO_NUMBER.search(t):
        return "a title with its image's number after a dash"
    return None


def tag_line(s: str) -> str | None:
    """``"bare"`` for a tags label alone ("Thẻ:"), ``"tags"`` for the label with its tags ("Tag: kinh tế"), else
    None: the tags are short ones (:data:`MAX_TAG_WORDS` words each), split at commas, with no sentence."""
    m = _TAG_LABEL.match(s.strip())
    if m is None:
        return None
    rest = m.group(1).strip()
    if not rest:
        return "bare"
    if _AMOUNT.search(rest):
        return None
    tags = [t.strip() for t in re.split(r"[,;|]", rest) if t.strip()]
    return "tags" if tags and all(0 < _words(t) <= MAX_TAG_WORDS and t[-1:] not in ".!?…" for t in tags) else None


def byline_field(s: str) -> str | None:
    """The label of a byline, date or counter field ("Tác giả bài viết: Thanh Xuân", "Đăng bởi: Hân Nguyễn", "Lượt
    xem: 4428", "Date:"), when its value is short (:data:`MAX_VALUE_WORDS` words) or empty, else None."""
    m = _BYLINE_LABEL.match(s.strip())
    if m is None or _words(m.group(1)) > MAX_VALUE_WORDS or _sentence_like(m.group(1)):
        return None
    return s.strip().split(":")[0].split("：")[0].strip().casefold()


def address_slug(s: str) -> bool:
    """A page's or image's address slug alone on its line: lower-case ASCII words joined by hyphens, three of them
    letters at least ("kinh-nghiem-phuot-bac-kinh-mcmli"; a Vietnamese text is never written so, a date
    "20-02-2009" has no letters)."""
    t = s.strip()
    return bool(_SLUG.match(t)) and sum(1 for w in t.split("-") if w.isalpha()) >= MIN_SLUG_WORDS


def breadcrumb(s: str) -> bool:
    """A breadcrumb opening with the home page's name: "Trang chủ" (or "Home") alone, before a separator ("Trang chủ »
    Kinh tế tài chính » …"), glued to the next crumb ("Trang chủDu Học - Học BổngQuy trình …") or before a capitalised
    crumb with no sentence end ("Trang chủ Quốc tế"); "Trang chủ là trang đầu tiên …" is a sentence about a home
    page."""
    t = strip_bullet(s.strip()).lstrip("«‹<| ").strip()
    m = _HOME.match(t)
    if m is None:
        return False
    rest = t[m.end():]
    if not rest.strip() or _CRUMB_SEP.match(rest):
        return True
    if rest[:1].isalpha():
        return rest[0].isupper()  # glued: "Trang chủUncategorized…"
    rest = rest.strip()  # "Trang chủ Man United xác nhận …": a headline (home_headlines, cp86)
    return rest[:1].isupper() and rest[-1:] not in ".!?…" and _words(rest) <= 16 and not home_headline(rest)


def _tag(s: str) -> bool:
    t = s.strip()
    return 0 < _words(t) <= MAX_TAG_WORDS and t[-1:] not in ".!?…:" and not _sentence_like(t)


def _link(s: str) -> bool:
    t = strip_bullet(s.strip())
    if _URL.match(t):
        return True
    t = re.sub(r"^\d{1,2}\s*[/.)]\s*", "", t)
    return _headline_like(t) or (0 < _words(t) <= 2 and t[-1:] not in ".!?…:")


def _links_under(lines: list[str], removed: set[int], i: int) -> list[int]:
    """The links a pointer label at ``i`` points to (see the module's docstring)."""
    run: list[int] = []
    for j in range(i + 1, len(lines)):
        if not lines[j].strip():
            continue
        if j in removed:
            break
        if not _link(lines[j]):
            if _sentence_like(lines[j]) and not run:
                return []
            break
        run.append(j)
        if len(run) > MAX_LINKS:
            return []
    return run


def portal_lines(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """The portal furniture of a Vietnamese page's live lines: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    live = [i for i, s in enumerate(lines) if i not in removed and s.strip()]
    if not live:
        return out
    body = _body(lines, removed)
    title = {live[0]}
    if body:
        above = [i for i in live if i < body[0]]
        if above:
            title.add(above[-1])
    for i in live:
        if i in out:
            continue  # a link a pointer above took
        s = lines[i]
        kind = pointer_kind(s)
        if kind is not None:
            phrase, how = kind
            out[i] = (READ_MORE, f'a pointer to other items: opens with "{phrase}" '
                                 + {"bare": "alone", "label": "and ends with ':'", "target": "and names its target",
                                    "here": "(a short link line: view or click 'here')"}[how])
            if how == "label":  # a bare "Đọc thêm" is the button under a teaser, not a heading over links
                for j in _links_under(lines, removed | set(out), i):
                    out[j] = (READ_MORE_LIST, f'a link under the pointer "{lines[i].strip()[:60]}" (a title or an '
                                              "address, no sentence between)")
            continue
        label = widget_label(s) if i not in title else None
        if label is not None:
            out[i] = (WIDGET, f'a widget label of Vietnamese portals: "{label}"')
            continue
        mark = photo_marker(s)
        if mark is not None:
            out[i] = (PHOTO, mark)
            continue
        tags = tag_line(s)
        if tags is not None:
            out[i] = (TAGS, "a tags label" + (" with its tags" if tags == "tags" else " alone"))
            if tags == "bare":
                for j in [j for j in live if j > i][:MAX_TAG_LINES]:
                    if not _tag(lines[j]):
                        break
                    out[j] = (TAGS, "a tag under a tags label")
            continue
        field = byline_field(s)
        if field is not None:
            out[i] = (BYLINE, f'a byline, date or counter field of Vietnamese sites: "{field}:" with a short value')
            continue
        if breadcrumb(s):
            out[i] = (BREADCRUMB, 'a breadcrumb opening with the home page\'s name ("Trang chủ")')
            continue
        if address_slug(s):
            out[i] = (SLUG, "an address slug alone on its line: lower-case ASCII words joined by hyphens (the page's "
                            "or an image's file name)")
    return out


class PortalLines:
    """The Vietnamese portal layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        doc = marks.doc
        lines = marks.line_texts()
        for i, value in portal_lines(lines, set(marks.removed)).items():
            marks.removed.setdefault(i, value)

"""An author's byline with the author's affiliation under it, on Vietnamese pages (issue 12, vi46).

A Vietnamese paper, a school's or a parish's news page and a magazine's article print the author's name and, on the
line or lines under it, where the author works or what the author is: an institution ("ThS. Nguyễn Thuỳ Dương" /
"Trường Đại học Thương mại", "Nguyễn Thị Ánh Tuyết" / "Viện Khoa học An toàn, Vệ sinh Lao động Thành phố Hồ Chí
Minh", "ThS. Nguyễn Thị Cẩm Vân" / "Trường Đại học Sài Gòn" / "M.A. Nguyen Thi Cam Van" / "Sai Gon University", a
journal's head), the desk that sends the news ("Tin và hình: Antôn Thành" / "Truyền thông Chính Tòa Đà Nẵng.") or
the author's office ("Quốc Thắng" / "Biên tập viên", "GS.TS. Đinh Xuân Khoa" / "Bí thư Đảng ủy, Hiệu trưởng").  The
annotation's convention: a byline and its credit are metadata, not text.  The layers before take a byline of its own
shape (:mod:`.signoff`, :mod:`.vi_edges`' ``portal.degree_byline``, :mod:`.vi_chrome`' ``portal.credit``), but the
affiliation under it is a line of capitalised words that looks like a heading, and it stays.

* ``portal.affiliation``: a credit block of two to :data:`MAX_BLOCK` lines in a row, opening on a byline (a person's
  name: two to five capitalised words, an academic or clerical title before it, several names joined by a dash, a
  comma or "và", a label "Tin và hình:", "Tác giả:" before them; in capitals only when it opens on a surname, never
  an administrative body's name, "UBND TỈNH …", nor a heading, :func:`~.signoff.not_a_name`; live, or removed by a layer before) and holding an
  affiliation (:func:`affiliation`: a line that opens on an institution's noun, "Trường", "Viện", "Khoa", "Trung
  tâm", "Truyền thông", an English "… University", or on an office, "Biên tập viên", "Hiệu trưởng", "Giám đốc";
  sixteen words at most, one final stop at most, no colon, no word a sentence is made of: "là", "đã", "được", …).  The block's
  live lines go, the byline with its affiliation.

A list of people with their schools (a prize list, a committee: more than :data:`MAX_BLOCK` such lines in a row) stays;
so does a profile's subject whose text names the person again ("GS.TS Nguyễn Văn A" / "Viện trưởng Viện X" / "Ông A
sinh năm …"), an institution's name under a line that is no byline (a sentence, a heading, a letterhead's
"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), and a headline about an institution ("Trung tâm Y tế huyện … khánh thành …":
no byline above it).  No line next to a line the policy held is taken (:func:`~.policy.release_supported`).

The layer runs after :mod:`.vi_heads` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .signoff import _VI_SURNAMES, not_a_name

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "AFFILIATION", "MAX_BLOCK", "byline", "affiliation", "affiliations", "CreditLines"]

AFFILIATION = "portal.affiliation"
#: the ledger rules of this module (policy families, docs)
RULES = (AFFILIATION,)

MAX_BLOCK = 4  # lines of one credit block (bylines and affiliations); more in a row is a list of people
MAX_AFFILIATION_WORDS = 16
MAX_NAMES = 4  # names on one byline line
NEAR = 2  # live lines under the block read for the person's name (a profile's subject)

#: a credit label before the names ("Tin và hình: Antôn Thành", "Tác giả: …", "Hình ảnh: …")
_LABEL = re.compile(r"^(?:tác giả|tin và ảnh|tin và hình|tin, ảnh|bài và ảnh|bài, ảnh|hình ảnh|ảnh|người viết|"
                    r"biên soạn|thực hiện)\s*[:：]\s*", re.IGNORECASE)
#: an academic, medical or clerical title before a name ("ThS.", "GS.TS.", "PGS. TS", "Lm.", "M.A.")
_TITLE = re.compile(r"^(?:(?:GS|PGS|TSKH|TS|ThS|Ths|CN|BS|BSCKII|BSCKI|KS|NCS|Lm|LM|M\.A|MA|PhD|Dr)\.?\s*)+(?=\S)")
_NAME_SPLIT = re.compile(r"\s+[-–—]\s+|\s*,\s*|\s+và\s+")
#: a word of a name: capitalised letters ("Thuỳ", "Antôn"), all capitals allowed ("QUỐC THẮNG")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.]*$")
#: an institution's or a desk's noun opening the line (casefolded, whole words)
_INSTITUTIONS = ("trường", "viện", "học viện", "đại học", "khoa", "bộ môn", "bệnh viện", "trung tâm", "văn phòng",
                 "công ty", "tạp chí", "tòa soạn", "truyền thông", "ban truyền thông", "ban tt", "ban biên tập",
                 "báo", "đài", "cục", "chi cục", "sở", "phòng", "liên đoàn", "hội")
#: an office opening the line: the author's post ("Biên tập viên", "Bí thư Đảng ủy, Hiệu trưởng")
_OFFICES = ("biên tập viên", "phóng viên", "cộng tác viên", "thư ký tòa soạn", "tổng biên tập", "phó tổng biên tập",
            "hiệu trưởng", "phó hiệu trưởng", "bí thư", "phó bí thư", "giám đốc", "phó giám đốc", "trưởng khoa",
            "phó trưởng khoa", "trưởng bộ môn", "giảng viên", "nghiên cứu viên", "nghiên cứu sinh", "chuyên viên",
            "học viên cao học", "tổng giám mục", "giám mục")
_OPENING = re.compile(r"^(?:" + "|".join(re.escape(w) for w in sorted(_INSTITUTIONS + _OFFICES, key=len,
                                                                       reverse=True)) + r")(?![^\W\d_])",
                      re.IGNORECASE)
#: an English affiliation: "Sai Gon University", "Institute of …", "Faculty of …"
_ENGLISH = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,5}(?:University|Institute|College|Academy|Hospital)$|"
                      r"^(?:University|Institute|Faculty|School|Department|College) of [A-Z]")
#: an administrative body opening a letterhead's line ("UBND TỈNH QUẢNG NAM", "Cộng hòa …"): no person
_ADMIN = re.compile(r"^(?:ubnd|hđnd|ủy ban|uỷ ban|tỉnh|huyện|xã|quận|phường|thành phố|tp\.?|cộng hòa|cộng hoà|"
                    r"đảng bộ|chi bộ|tổng liên đoàn|liên đoàn)(?![^\W\d_])", re.IGNORECASE)
#: words a sentence is made of, none of an institution's name
_SENTENCE_WORDS = frozenset("là đã sẽ đang được bị rằng khi nếu thì này mà vừa cũng rất không".split())


def _names(s: str) -> str:
    """The line's names: a credit label and a title before them set aside."""
    return _TITLE.sub("", _LABEL.sub("", s.strip(" \t•·*-–—|")).strip()).strip()


def byline(s: str) -> bool:
    """A byline: one to :data:`MAX_NAMES` persons' names (two to five capitalised words each), a title or a credit
    label before them allowed; an institution's noun opening a name makes it none."""
    t = _names(s)
    if not t or t[-1:] in ".:;!?" or any(map(str.isdigit, t)):  # (the cheap test first: perf54)
        return False
    names = [n.strip() for n in _NAME_SPLIT.split(t) if n.strip()]
    if not 1 <= len(names) <= MAX_NAMES:
        return False
    for name in names:
        name = _TITLE.sub("", name).strip()
        words = name.split()
        if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(w) and w[0].isupper() for w in words):
            return False
        if _OPENING.match(name) or _ENGLISH.match(name) or _ADMIN.match(name):
            return False
        if name.upper() == name and words[0].casefold() not in _VI_SURNAMES:
            return False  # capitals only: a person's name opens on a surname ("NGUYỄN TRỌNG TẠO"), a body's does not
    return True


def affiliation(s: str) -> bool:
    """An affiliation line (module docstring): an institution's or an office's noun opening it (or an English
    "… University"), :data:`MAX_AFFILIATION_WORDS` words at most, no sentence, no colon or question."""
    t = s.strip(" \t•·*-–—|()").strip()
    if not t or ":" in t or "?" in t or "!" in t:
        return False
    words = t.rstrip(".").split()
    if not 2 <= len(words) <= MAX_AFFILIATION_WORDS and not (len(words) == 1 and _OPENING.match(t)):
        return False
    if t.rstrip(".").count(".") > t.count("TP.") + t.count("Tp.") or t.rstrip()[-1:] in ",;":
        return False  # two sentences, or a clause going on
    if any(w.casefold().strip(",;()") in _SENTENCE_WORDS for w in words):
        return False
    if not (_OPENING.match(t) or _ENGLISH.match(t.rstrip("."))):
        return False
    return t[:1].isupper()


def _mentions(text: str, name_line: str) -> bool:
    """The text names the person of the byline: the name's last two words ("Ánh Tuyết") stand in it."""
    first = _NAME_SPLIT.split(_names(name_line))[0].split()
    key = " ".join(first[-2:]).casefold()
    return bool(key) and re.search(r"(?<![^\W\d_])" + re.escape(key) + r"(?![^\W\d_])", text.casefold()) is not None


def _not_a_name(lines: list[str], i: int, removed: Mapping[int, Any]) -> bool:
    """Capitalised words that are a heading or a term, not a person (:func:`~.signoff.not_a_name`: "THÔNG BÁO", "UBND
    TỈNH QUẢNG NAM", a term the page writes about), read on the names alone."""
    probe = list(lines)
    probe[i] = _NAME_SPLIT.split(_names(lines[i]))[0]  # the first name ("Văn Siêu – Hữu Chính": "Văn Siêu")
    return not_a_name(probe, i, "vi", removed)


def affiliations(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The live lines of the credit blocks on a page (module docstring): index -> (rule, note)."""
    rows = [i for i in range(len(lines)) if lines[i].strip()]
    kinds: dict[int, str] = {}
    for i in rows:
        if affiliation(lines[i]):
            kinds[i] = "a"
        elif byline(lines[i]) and not _not_a_name(lines, i, removed):
            kinds[i] = "b"
    out: dict[int, tuple[str, str]] = {}
    k = 0
    while k < len(rows):
        if rows[k] not in kinds:
            k += 1
            continue
        end = k
        while end + 1 < len(rows) and rows[end + 1] in kinds:
            end += 1
        block = rows[k:end + 1]
        k = end + 1
        if not 2 <= len(block) <= MAX_BLOCK or kinds[block[0]] != "b":
            continue  # a list of people or of institutions, or an institution's name under no byline
        if not any(kinds[a] == "b" and kinds[b] == "a" for a, b in zip(block, block[1:])):
            continue  # bylines only (a list of names), or no affiliation right under a byline
        under = [i for i in rows[end + 1:] if i not in removed][:NEAR]
        if any(_mentions(lines[i], lines[b]) for i in under for b in block if kinds[b] == "b"):
            continue  # the text names the person: a profile's subject and its post
        for i in block:
            if i not in removed:
                out[i] = (AFFILIATION, "an author's byline with the affiliation under it (a credit block: "
                                       + " / ".join(lines[j].strip() for j in block) + ")")
    return out


class CreditLines:
    """The vi46 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        for i, value in affiliations(lines, marks.removed).items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)

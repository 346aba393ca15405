"""A work's title after the noun that names its kind, read as a glued heading (round bnd78, issue 12: sentence
boundaries on real pages; read post-blind on held56's ``h56vi01``).

:func:`.glued.glued_breaks` ends a unit before a Vietnamese opener in capitals ("Các", "Những", "Để", "Nếu", "Trong"
…) after a lower-case word: a heading the page glued to its lead ("Hiện trường vụ tai nạn Theo ông Tuấn Anh, …").  A
book's, a song's or a film's title opens with the same words, written with a capital in the middle of a sentence and
no quotes: "Nhà xuất bản Văn học ra mắt hai tập sách Những câu chuyện đi cùng năm tháng và Ánh nắng và màu trăng, …".
The sign is the pair of words before the capital that names the kind of work ("tập sách", "ca khúc", "bộ phim",
"mang tên"): a title follows it, not a new sentence.

Counts (the opener rule's firings whose two words before are of :data:`WORK_KINDS`): dev realpages (every part but
held56): **0** places.  The unc/baomoi vi pool (``/tmp/bnd74/vi_all.tsv``, 150,349 lines; 5,138 firings in all):
**10** places, **10 titles, no end** (judged from the diff listing, not blind) ("thể hiện ca khúc Những bữa cơm nhà", "… mang tên Những bữa cơm nhà.", "thi ca
khúc Nếu một ngày.", "là ca khúc Vì sao cùng với …", "Ca khúc Trong mơ do …", "Ca khúc Khi do …", "trình diễn ca khúc
Nếu ngày ấy", "bài hát Để gió cuốn đi", "Trong bộ phim Để viên đạn bay", "… tự sản xuất mang tên Khi mẹ làm cha.").
Left out: "tác phẩm" (the pool's "Miệt mài bên một tác phẩm‖ Hiện nay, …", a heading over its lead, beside one
title), "chương trình" (a programme's title four times, an end three: "… của chương trình‖ Trong lễ trao giải …"),
"danh sách", "phim" alone ("xem phim‖ Đây là …"), "thuộc" (a body's name three times, but a heading's end elsewhere).
"""

from __future__ import annotations

__all__ = ["WORK_KINDS", "names_work"]

# the two words before a title that name its kind (lower case; a sentence's first word capitalised is matched too)
WORK_KINDS = frozenset({
    "tập sách", "cuốn sách", "quyển sách", "bộ sách", "ca khúc", "bài hát", "bộ phim", "mang tên", "tựa đề",
    "tập thơ", "bài thơ", "tiểu thuyết", "vở kịch", "tập truyện",
})


def names_work(text: str, at: int) -> bool:
    """The two words before offset ``at`` (where a capitalised opener stands) name a kind of work."""
    words = text[max(0, at - 40):at].split()
    return len(words) >= 2 and " ".join(words[-2:]).lower() in WORK_KINDS

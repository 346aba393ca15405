"""cap91 (issue 12): a Vietnamese page's numbered image names alone on their lines ("d5", "đ2", "image044"), the
captions standing between two images, and the page's slug cut shorter than the title it spells.

``captions.image_series`` and ``captions.between_images`` (:mod:`mtpipe.clean.vi_idcaps91`), ``boilerplate.ascii_slug``
(:mod:`mtpipe.clean.bare_copies`).  Made-up pages in the shapes of held51's h51vi10 and h51vi05 and of dev's vi28,
vi29, t27vi80 and h27vi03.  Negatives of the same shape: one name printed twice (a vaccine "DPT4" in a table), codes in
capitals ("A1", "B2"), a stopped paragraph between two images, a heading in capitals between them, an English name
the text translates after it, a bare line that copies no line's opening.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.bare_copies import accented_openings, bare_copy
from mtpipe.clean.boilerplate import _opens_bare
from mtpipe.clean.vi_idcaps91 import BETWEEN, SERIES, id_captions, image_series, series_name
from mtpipe.document import Document

_P1 = ("Trong không khí trang nghiêm, các đại biểu đã dâng hương tưởng niệm và bày tỏ lòng biết ơn sâu sắc đối với "
       "những người đã hy sinh vì Tổ quốc.")
_P2 = ("Trước đó, nhà trường đã tổ chức nhiều hoạt động ý nghĩa cho học sinh các khối lớp trong suốt tuần qua, thu "
       "hút đông đảo phụ huynh tham gia.")
_P3 = "Buổi lễ khép lại trong không khí xúc động của các gia đình và đông đảo người dân địa phương."
_C1 = "Học sinh các lớp tham gia dâng hoa tại đài tưởng niệm"
_C2 = "Đại diện gia đình chính sách thắp hương tưởng nhớ"


@pytest.mark.parametrize("name", ["d5", "đ2", "image044", "step-0", "anh_12", "img007"])
def test_series_names(name: str) -> None:
    assert series_name(name) is not None


@pytest.mark.parametrize("name", ["DPT4", "A1", "U23", "d", "5", "image", "d5 d6", "abcdefghi1", "d12345", "Ảnh1"])
def test_not_series_names(name: str) -> None:
    assert series_name(name) is None


def test_a_series_needs_two_counters() -> None:
    assert image_series(["d5", _P1, "đ2", _C1, "d3"]) == {0, 2, 4}  # "đ" read as "d"
    assert image_series(["d5", _P1, "x2"]) == set()  # two stems: no series
    assert image_series(["dpt4", _P1, "dpt4"]) == set()  # one name printed twice (h27vi03's "DPT4" in a table)
    assert image_series(["DPT4", "DPT5", "A1", "A2"]) == set()  # codes in capitals: the text's own


def test_captions_between_two_images() -> None:
    lines = ["d5", _P1, "d2", _C1, "d3", _C2, "d6", _P2]
    got = id_captions(lines, {})
    assert {i for i, v in got.items() if v[0] == SERIES} == {0, 2, 4, 6}
    assert {i for i, v in got.items() if v[0] == BETWEEN} == {3, 5}
    got = id_captions(lines, {2: ("captions.lower_alt", None)})  # a layer removed one name: it still frames the caption
    assert 2 not in got and got[3][0] == BETWEEN
    # an image's file name or a Markdown image frames a caption too, with no series on the page
    assert id_captions([_P1, "anh-le-hoi.jpg", _C1, "![](/upload/b.png)", _P2], {})[2][0] == BETWEEN


@pytest.mark.parametrize("between", [
    _P3,  # a paragraph between two images ends with a stop: the text's
    "LỄ TƯỞNG NIỆM CÁC ANH HÙNG LIỆT SĨ",  # a heading in capitals
    "1. Ý nghĩa của buổi lễ",  # a numbered heading
    "Chương trình gồm các phần sau:",  # announces a list
    "Ceremony at the memorial",  # no Vietnamese marks
])
def test_same_place_kept(between: str) -> None:
    got = id_captions(["d5", _P1, "d2", between, "d3", _P2], {})
    assert 3 not in got


def test_no_caption_without_an_image_on_both_sides() -> None:
    assert not any(v[0] == BETWEEN for v in id_captions([_P1, "d2", _C1, _P2, "d3", _P3], {}).values())


def _removed(text: str, policy: str = "weighed") -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", ["weighed", "balanced"])
def test_cleaner_takes_the_gallery_and_keeps_the_text(policy: str) -> None:
    title = "Thị trấn tổ chức lễ tưởng niệm các anh hùng liệt sĩ"
    text = "\n\n".join([title, "d5", _P1, "đ2", _C1, "d2", _C2, "d3", _P2, _P3]) + "\n"
    got = _removed(text, policy)
    for gone in ("d5", "đ2", "d2", "d3", _C1, _C2):
        assert gone in got, (gone, got)
    for kept in (title, _P1, _P2, _P3):
        assert kept not in got


def test_cleaner_keeps_a_vaccine_table_name() -> None:
    text = "\n\n".join(["Lịch tiêm chủng cho trẻ em", _P1, "Bạch hầu-Ho gà-Uốn ván", "DPT4",
                        "Trẻ 18 tháng đến dưới 2 tuổi", "Bạch hầu-Ho gà-Uốn ván", "DPT4", _P2]) + "\n"
    got = _removed(text)
    assert "DPT4" not in got and "Trẻ 18 tháng đến dưới 2 tuổi" not in got


TITLE = "Lễ hội chùa Ông Bổn của người Hoa ở Bình Dương"


def _copy(line: str, lines: list[str]) -> str | None:
    return bare_copy(line, accented_openings(lines, _opens_bare))


def test_a_slug_cut_shorter_than_the_title() -> None:
    lines = [TITLE, "le hoi chua ong bon", _P1]
    assert _copy("le hoi chua ong bon", lines) == TITLE
    assert _copy("le hoi chua ong bon cua nguoi hoa o binh duong", [TITLE, "le hoi chua ong bon cua nguoi hoa o "
                                                                       "binh duong", _P1]) == TITLE  # the whole title


@pytest.mark.parametrize("line", [
    "le hoi chua ong",  # four words: the opening, still a copy ...
])
def test_four_words_copy(line: str) -> None:
    assert _copy(line, [TITLE, line, _P1]) == TITLE


@pytest.mark.parametrize("line", [
    "hoi chua ong bon",  # words of the title, not its opening
    "le hoi chua ong bon nam nay",  # more words than the title opens with
    "green summer volunteer campaign",  # an English name the text translates (t27vi80)
])
def test_bare_lines_kept(line: str) -> None:
    lines = [TITLE, line, _P1, "- green summer volunteer campaign (chương trình mùa hè xanh của sinh viên)"]
    assert _copy(line, lines) is None


def test_cleaner_takes_the_slug_under_the_title() -> None:
    text = "\n\n".join([TITLE, "le hoi chua ong bon", _P1, _P2]) + "\n"
    got = _removed(text)
    assert got.get("le hoi chua ong bon") == "boilerplate.ascii_slug"
    assert TITLE not in got and _P1 not in got

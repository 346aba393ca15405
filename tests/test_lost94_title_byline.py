"""The page's title printed twice with its author's name left live between the copies (issue 12, lost94,
:mod:`mtpipe.clean.title_copies`); every line here was written for the tests, none is a page's.

A forum's or blog's header prints the thread's title, the poster's name, then the title again over the post.
Convention 1 of the realpages README: a byline between the copies makes the first the header's copy (clutter) and
the copy next to the text the content.  A bare name (two to four capitalised words, :func:`~.vi_heads._bare_name`)
left live between now counts as that byline, as a removed byline did before; and a later copy ``dedupe.exact`` removed
outright (a title of sixty characters or more is a copy the policy never holds) is taken back there, the header's
copy going instead.  A rubric, a product code or a counter between keeps the old reading.
"""

from __future__ import annotations

from mtpipe.clean.title_copies import RULE, title_copies

_S1 = "Sáng nay, tại hội trường xã đã diễn ra hội thi hái hoa dân chủ với sự tham gia của 12 đội thi."
_S2 = "Hội thi là dịp để người dân trong xã hiểu thêm về các chính sách, pháp luật của Nhà nước."
_TITLE = "Hội thi hái hoa dân chủ ở xã Sơn Thủy"
_LONG = "Mười điều học sinh cần biết trước khi bước vào kỳ thi tốt nghiệp trung học năm nay"


def _run(lines, held=(), removed=None):
    gone = {i: (r, None) for i, r in (removed or {}).items()}
    marks = {i: ("dedupe.exact", "a copy", {}) for i in held}
    back: set[int] = set()
    got = {i: r for i, (r, _n) in title_copies(lines, gone, marks, back).items()}
    return got, back


def test_a_live_byline_between_makes_the_first_copy_the_header():
    page = [_TITLE, "Võ Văn Thành", "Thành viên", _TITLE, _S1, _S2]
    assert _run(page, {3}, {2: "classifier.line"}) == ({0: RULE}, set())


def test_a_long_title_removed_outright_is_taken_back():
    page = ["Du học", _LONG, "Trần Minh Châu", _LONG, _S1, _S2]
    assert len(_LONG) >= 60
    assert _run(page, (), {3: "dedupe.exact"}) == ({1: RULE}, {3})


def test_other_lines_between_keep_the_first_copy():
    # a rubric, a counter, a product code: no byline, the removed later copy stays removed
    for between in ("Thông tin tuyên truyền", "665 Lượt xem", "Mã số: PCDL-QT05", "Du học"):
        page = [_LONG, between, _LONG, _S1, _S2]
        assert _run(page, (), {2: "dedupe.exact"}) == ({}, set()), between
    # a byline but the text does not follow the later copy (a related list's copy)
    page = [_LONG, "Trần Minh Châu", _LONG, "Tin liên quan", "Xem thêm"]
    assert _run(page, (), {2: "dedupe.exact"}) == ({}, set())
    # without ``back`` (the old call) a removed copy is never read
    gone = {2: ("dedupe.exact", None)}
    assert title_copies([_LONG, "Trần Minh Châu", _LONG, _S1], gone, {}) == {}


def test_through_the_cleaner_the_heading_next_to_the_text_stays():
    from mtpipe.clean import Cleaner, CleanOptions
    from mtpipe.document import Document

    page = "\n\n".join(["Du học", _LONG, "Trần Minh Châu", _LONG, _S1, _S2,
                        "Ban tổ chức đã trao giải nhất cho đội thi của thôn Đông với nhiều câu trả lời xuất sắc."]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(page, doc_id="lost94.txt"))
    kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
    assert kept.count(_LONG) == 1 and _S1 in kept
    second = doc.text.rindex(_LONG)
    assert any(a <= second < b for a, b in doc.meta["kept"])  # the copy next to the text
    gone = {doc.text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert gone[_LONG] == RULE
    assert "Du học" not in kept  # the rubric over the header still goes (vi_rubrics reads the removed header copy)


def test_rubric_over_a_removed_header_copy():
    from mtpipe.clean.vi_rubrics import RUBRIC, rubrics

    lines = ["Du học", _LONG, "Trần Minh Châu", _LONG, _S1, _S2]
    got = rubrics(lines, {1: (RULE, None), 2: ("portal.credit", None)})
    assert list(got) == [0] and got[0][0] == RUBRIC
    # a copy some other rule removed over the heading, nothing removed under it: no news header read
    assert rubrics(lines, {1: ("dedupe.exact", None), 2: ("portal.credit", None)}) == {}

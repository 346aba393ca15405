"""clut69 (issue 12): a forum post's author as a Markdown heading right under the thread's path heading
(``boilerplate.poster_heading``, :mod:`mtpipe.clean.poster_headings`).

Positives, made up in the shape of the dev pages (in-ku.com, re-n.info, didau.org: "# Forum > Section > Thread" over
"## nick" over the post): a nickname with digits, in lower case, capitalised, at another heading level.  Negatives: a
section heading of several words, a one-word heading under a page title that is no trail, a path heading the layers
left, a heading further down the page, a heading of punctuation only, a level-one heading.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.poster_headings import RULE, poster_headings
from mtpipe.document import Document

_TRAIL = "# Diễn đàn > Hỏi đáp máy tính > Lỗi màn hình xanh khi khởi động"
_POST = ["Khi máy khởi động thì hiện màn hình xanh, mình đã thử cài lại driver nhưng vẫn không được.",
         "Mong các bạn chỉ giúp cách xử lý lỗi này, xin cảm ơn."]
_CRUMB = ("chrome.breadcrumb_trail", None)


def _taken(lines, removed):
    got = poster_headings(lines, removed)
    assert all(rule == RULE and note for rule, note in got.values())
    return sorted(got)


@pytest.mark.parametrize("lines,removed,taken", [
    ([_TRAIL, "## MinhPhuc123", *_POST], {0: _CRUMB}, [1]),
    ([_TRAIL, "", "## hangnt", *_POST], {0: _CRUMB}, [2]),
    (["# Поддержка > Давайте познакомимся > Правила форума", "## Mazaykina", *_POST], {0: _CRUMB}, [1]),
    (["# Forum » Travel » Beijing in spring", "### traveller_88", *_POST], {0: _CRUMB}, [1]),
])
def test_poster_headings(lines, removed, taken):
    assert _taken(lines, removed) == taken


@pytest.mark.parametrize("lines,removed", [
    ([_TRAIL, "## Nguyên nhân và cách khắc phục", *_POST], {0: _CRUMB}),  # a section heading of several words
    (["# Cài đặt", "## Yêu-cầu", *_POST], {0: ("boilerplate.rubric", None)}),  # a page title, no trail
    ([_TRAIL, "## MinhPhuc123", *_POST], {}),  # the path heading left: no evidence
    ([_TRAIL, _POST[0], "## Update", _POST[1]], {0: _CRUMB}),  # further down the page
    ([_TRAIL, "## ---", *_POST], {0: _CRUMB}),  # no letter
    ([_TRAIL, "# MinhPhuc123", *_POST], {0: _CRUMB}),  # a level-one heading
])
def test_not_poster_headings(lines, removed):
    assert _taken(lines, removed) == []


def test_page():
    text = "\n\n".join([_TRAIL, "## MinhPhuc123", *_POST]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="a.md", path="a.md"))
    gone = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert gone.get("## MinhPhuc123") == RULE
    assert not set(gone) & set(_POST)

"""cms100 (issue 12, post-blind round 2): one place for the CMS strings the hand lists repeated.

``theme_strings.THEME_STRINGS`` wrote by hand English strings of WordPress core and Jetpack that
``data/cms_strings.tsv`` (built from their language files, cms99) holds, and so did ``vi_heads.ENGLISH_LABELS``
(``portal.english_ui``); the hand lists dropped them and
``portal.cms_string``, the layer right after ``theme_strings``', takes those lines.  These tests say (a) no hand-listed
theme string is a string of the table (the guard: adding one back fails), (b) every dropped string, in the shapes the
theme rule took on dev pages (a bullet before, a colon or dots after, upper case), is still a CMS string, and (c) a
Vietnamese page's "Comments are closed." / "Like this:" lines (earlier rules take the others on such a page) still go,
under ``portal.cms_string`` (``portal.theme_string`` before).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.cms_strings import RULE, cms_string, load, normalise
from mtpipe.clean.theme_strings import THEME_STRINGS, theme_string
from mtpipe.clean.vi_heads import ENGLISH_LABELS, english_ui
from mtpipe.document import Document

#: the strings cms100 took off THEME_STRINGS (the table holds each: WordPress core's and Jetpack's English rows)
DROPPED = ["recent posts", "recent comments", "tag cloud", "leave a reply", "cancel reply", "post navigation",
           "posts navigation", "older posts", "newer posts", "search for", "comments are closed",
           "proudly powered by wordpress", "share this", "like this"]


def test_no_hand_listed_theme_string_is_in_the_table():
    exact, _pattern, _slotted = load()
    assert not {normalise(s) for s in THEME_STRINGS} & set(exact)
    assert not {normalise(s) for s in ENGLISH_LABELS} & set(exact)


#: the strings cms100 took off vi_heads.ENGLISH_LABELS (``portal.english_ui``, Vietnamese pages)
DROPPED_VI = ["recent posts", "recent comments", "leave a reply", "post navigation", "share this", "read more"]


@pytest.mark.parametrize("s", DROPPED_VI)
def test_dropped_english_labels_are_cms_strings(s):
    for line in (s, s.title(), s.upper(), f"• {s.title()}", f"{s.title()}:"):
        row = cms_string(line)
        assert row is not None and row.lang == "en", line
    assert not english_ui(s.title())


@pytest.mark.parametrize("s", DROPPED)
def test_dropped_strings_are_cms_strings_and_no_longer_theme_strings(s):
    for line in (s, s.title(), s.upper(), f"• {s.title()}", f"{s.title()}:", f"{s.title()}.", f"» {s.title()}"):
        row = cms_string(line)
        assert row is not None and row.cms in ("WordPress core", "Jetpack") and row.lang == "en", line
    assert not theme_string(s.title())


_VI_TEXT = ["HỘI QUÁN NGƯỜI HOA Ở CHỢ LỚN",
            "Hội quán là công trình có giá trị kiến trúc độc đáo để thờ thần linh và sinh hoạt của cộng đồng.",
            "Hầu hết các hội quán được xây dựng từ rất lâu, và thường được nhắc đến trong sách sử địa phương."]


def test_vietnamese_page_loses_the_wordpress_widgets_under_the_cms_rule():
    furniture = ["Comments are closed.", "Like this:"]
    text = "\n".join([_VI_TEXT[0], "", *_VI_TEXT[1:], "", furniture[0], "", furniture[1]]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="site.vn/a.txt", path="site.vn/a.txt"))
    removed = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert all(removed.get(f) == RULE for f in furniture), removed
    assert not set(removed) & set(_VI_TEXT)

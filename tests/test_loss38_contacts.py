"""loss38: a directory the article prints is not a footer's contact line.

A newsroom's "How to contact us" page lists its departments ("Local: …@… or 202…", "National: …"), each a line
``boilerplate.contact`` took as a footer's address (crawltune: 11 lines of one page).  A run of three or more "Label:
e-mail or phone" lines, each label its own, right under a kept sentence is the article's list
(:func:`mtpipe.clean.records.contact_directory`); a footer's one or two such lines, or a run after furniture, stay
removed.

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.records import contact_directory
from mtpipe.document import Document

POLICIES = ("balanced", "conservative")


def _clean(text: str, policy: str):
    return Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))


_DIRECTORY = ["Local: metro@example-post.com or 202.555.7300", "National: national@example-post.com or 202.555.7410",
              "Business: business@example-post.com or 202.555.7320", "Sports: sports@example-post.com or 202.555.7350"]
_LEAD = "News releases should be e-mailed to the right department, with the name and phone number of a contact person."


@pytest.mark.parametrize("policy", POLICIES)
def test_a_directory_under_the_text_stays(policy):
    text = "\n".join(["How to contact the newsroom", "Our main phone number is 202.555.6000, and our address is below.",
                      _LEAD] + _DIRECTORY + ["Report a delivery problem", "Privacy Policy"]) + "\n"
    doc = _clean(text, policy)
    removed = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    for line in _DIRECTORY:
        assert line not in removed, removed


@pytest.mark.parametrize("policy", ["balanced"])  # (a policy that holds boilerplate.contact keeps them anyway)
@pytest.mark.parametrize("footer", [
    ["Email: toasoan@example.vn", "Hotline: 0909 123 456"],  # two lines: a footer's
    ["Copyright 2024 Example Post", "Local: metro@example-post.com or 202.555.7300",  # after furniture
     "National: national@example-post.com or 202.555.7410", "Business: business@example-post.com or 202.555.7320"],
])
def test_a_footer_s_contact_lines_stay_removed(policy, footer):
    text = "\n".join(["How to contact the newsroom", "Our main phone number is 202.555.6000, and our address is below.",
                      _LEAD, "Privacy Policy", "Terms of Service"] + footer) + "\n"
    doc = _clean(text, policy)
    removed = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    emails = [line for line in footer if "@" in line]
    assert all(line in removed for line in emails), removed


@pytest.mark.parametrize("lines, i, want", [
    ([_LEAD] + _DIRECTORY, 2, True),
    ([_LEAD] + _DIRECTORY[:2], 1, False),  # two entries: no directory
    (["Privacy Policy"] + _DIRECTORY, 2, False),  # under no sentence
    ([_LEAD] + [_DIRECTORY[0]] * 3, 1, False),  # one label three times: no directory
])
def test_contact_directory_table(lines, i, want):
    assert contact_directory(lines, i, lambda k: True, lambda s: s.endswith(".") and len(s.split()) >= 6) is want

"""Two headlines of other stories between the article's last sentence and the page's removed footer (issue 12, clut79).

``boilerplate.teaser_tail`` (:func:`~.teasers.teaser_tail`) takes the live lines closing the page after the article's
last sentence when there are three of them at least, each another story's headline (a capital first, four words or
more, no stop, its own first word, printed once, no verse).  With two lines it was measured and left (tail41,
:mod:`.story_runs`): on the dev parts it took 11 clutter lines and one content line, a news page's closing line
"Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020" over its byline at the page's very end.

What the two-line tails of clutter have and that closing line has not is the footer under them: a sidebar's last two
headlines ("Nikkei hits highest level since 2008" / "Chinese tourists top spending league" on a news site's business
page, "Steady fly cam's unfruitful search for the GOP …" / "Strategies for round 2 of farm bill …" under a show's
video list) stand over the site's footer, which the layers removed line by line (its links, its copyright); the
text's own closing lines, a page cut off in its own list ("Phân loại ngành máy móc nông nghiệp" / "San lấp mặt bằng",
held37) or a last statement and its byline, end the page.  So :func:`teaser_pair` takes a tail of exactly two such
headlines (the three-line rule's every test, :func:`~.teasers.teaser_tail` run with two lines) when
:data:`MIN_BELOW` removed lines at least stand under it (the page goes on in furniture).  Over the dev parts'
lines as the cleaner leaves them, two-line tails hold 14 clutter lines and 2 content lines (held37's cut page); with
the footer test 10 clutter lines (the two en crawl sites above) and no content line.  In the cleaner (``cleaning.py``)
it takes 8 of them: on three of msnbc's pages the menu under the pair is removed after this layer.

Each line goes to the ledger as ``boilerplate.teaser_pair`` with the run's evidence.  The test is run by
:class:`~.tail_runs.TailRuns`, once every removing layer but :mod:`.structure` and :mod:`.tables` has judged the page:
the footer's lines and the furniture between the headlines go in layers after :class:`~.teasers.TeaserTail` (a
template's label under each title, a list's orphan label), so there the tail is not yet two lines.  A longer tail of
headlines is the three-line rule's.
"""

from __future__ import annotations

from typing import Collection

from . import teasers

__all__ = ["RULE", "MIN_BELOW", "teaser_pair"]

RULE = "boilerplate.teaser_pair"
LINES = 2  # the tail's live lines: three or more are teaser_tail's
MIN_BELOW = 3  # removed lines under the tail (the footer the page goes on in)


def teaser_pair(lines: list[str], removed: Collection[int]) -> dict[int, tuple[str, str]]:
    """The two headlines of other stories closing the page's text over its removed footer: index -> (rule, note)."""
    gone = set(removed)
    got = teasers.teaser_tail(lines, gone, min_lines=LINES)
    if len(got) != LINES:
        return {}
    last = max(got)
    below = [i for i in range(last + 1, len(lines)) if lines[i].strip()]
    if len(below) < MIN_BELOW or not all(i in gone for i in below):
        return {}
    return {i: (RULE, f"one of two headlines of other stories after the article's last sentence, over {len(below)} "
                      "removed lines of the page's footer: each opens with a capital, with its own first word, no "
                      "stop, printed once") for i in got}

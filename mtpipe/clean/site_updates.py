"""A Vietnamese site's note on its own website's updates, printed into the article by its template (issue 12, clut66).

Travel, review and SEO sites print into every article a sentence of the site about itself: what it keeps updating on
its website ("Dưới đây là một số bài viết về chủ đề … được chúng tôi liên tục cập nhật hằng ngày tại website …. Mời bạn
cùng chúng tôi theo dõi nhé!", h42vi13; "Tin tức sự kiện du lịch về Đà Nẵng … được chúng tôi cập nhật liên tục trên
website giúp du khách …", t27vi03; "Cập nhật nội dung chi tiết về … mới nhất trên website …. Hy vọng …, chúng tôi sẽ
làm việc thường xuyên để cập nhật nội dung mới …", a real SEO page's template).  It reads as a sentence, and nothing
took it.

``portal.site_update`` (:func:`site_update`): on a Vietnamese page (``Marks.lang == "vi"``), a line of
:data:`MAX_WORDS` words at most that holds the site's "we" updating ("chúng tôi", then "cập nhật" within
:data:`MAX_GAP` characters), says it does so all the time ("liên tục", "thường xuyên", "hằng ngày", "mỗi ngày") and
names the site's website ("website", "trang web" or a domain, "top9.com.vn").  A notice that results will be put on a
school's website ("Kết quả sẽ được chúng tôi cập nhật trên website của trường") claims no constant updating: it stays.  Counted
over every part's lines before the rule: the two lines holding all three are clutter (both left); the content lines
holding "chúng tôi … cập nhật" name no website ("Hãy theo dõi khi chúng tôi tiếp tục cập nhật cách mối quan hệ …", a
news text; "… để lại bình luận bên dưới để chúng tôi cập nhật bổ sung …", a page's closing), and the content line
naming "chúng tôi" and a website (a radio programme's greeting) updates nothing: all stay.

No line next to a line the policy held is taken (:func:`~.policy.release_supported`).  The layer runs after
:mod:`.vi_heads`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "MAX_WORDS", "site_update", "SiteUpdates"]

RULE = "portal.site_update"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)
MAX_WORDS = 80  # the note and the invitation after it; a paragraph of the text runs longer
MAX_GAP = 40  # characters between "chúng tôi" and "cập nhật" ("được chúng tôi liên tục cập nhật")
_WE_UPDATE = re.compile(r"(?<![^\W\d_])chúng tôi(?![^\W\d_]).{0,%d}?(?<![^\W\d_])cập nhật(?![^\W\d_])" % MAX_GAP,
                        re.IGNORECASE)
#: :data:`_WE_UPDATE`'s verb: every character that pattern matches in it, in any case, lowers to it (no character of it
#: has a case-insensitive equivalent outside its lower case, as "ı" has for "i": tests/test_perf63_prefilters.py)
_UPDATE = "cập nhật"
_ALWAYS = re.compile(r"(?<![^\W\d_])(?:liên tục|thường xuyên|hằng ngày|hàng ngày|mỗi ngày)(?![^\W\d_])", re.IGNORECASE)
_WEBSITE = re.compile(r"(?<![^\W\d_])(?:website|trang web)(?![^\W\d_])|"
                      r"(?<![\w.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info)(?![\w-])", re.IGNORECASE)


def site_update(s: str) -> bool:
    """A line of the site's note on its own website's updates (module docstring)."""
    if _UPDATE not in s.lower():
        return False  # the cheap test first (perf63): no "cập nhật" in any case, no match of :data:`_WE_UPDATE`
    t = s.replace("\u2016", " ").strip()
    if not t or len(t.split()) > MAX_WORDS:
        return False
    return _WE_UPDATE.search(t) is not None and _ALWAYS.search(t) is not None and _WEBSITE.search(t) is not None


class SiteUpdates:
    """The clut66 site-update layer (:class:`~.marks.LineLayer`): live lines of Vietnamese pages only."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        held = getattr(marks.removed, "held", None) or {}
        for i, (a, b) in enumerate(marks.spans):
            if i in marks.removed or not site_update(marks.doc.text[a:b]):
                continue
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, (RULE, "a site's note on its own website's updates (\"được chúng tôi cập "
                                               "nhật … trên website\"), printed by its template into the article"))

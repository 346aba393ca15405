"""A page's keyword line with no label: short phrases and commas, repeating the title's words (issue 12, clut87).

A site prints the page's keywords (its SEO tags, a journal's key words) as one line of comma-separated short phrases,
most of them in lower case, with no "Теги:" / "Từ khóa:" / "Ключевые слова" label before it (the labelled ones are
:mod:`.labels`' and the rubric layers'): "Россия, китай, запад, взаимоотношения, политика, экономика, гуманитарное
сотрудничество, санкции" under the abstract of an article on Russian-Chinese relations (h11ru08, sciup.org), "An
Duyên Chợ Lớn, tiệm cơm, Chợ Lớn, An Duyên, món hoa, món Trung hoa, món ngon quận 5, …" between the paragraphs of a
blog's post on Chợ Lớn (h49vi02, a Wix blog).  The words are the page's subject, so they repeat the title's.

``boilerplate.keyword_line`` (:func:`keyword_line`): the whole line is :data:`MIN_ITEMS` or more comma-separated
items of one to :data:`MAX_ITEM_WORDS` words, at least half of them opening in lower case, the line itself opening
in upper case, no colon, no stop at its end; and one of its items repeats the words of a line above the text's first
sentence (the title block): an item of two words or more found in it, or a word of :data:`STEM` letters or more
whose first :data:`STEM` letters open one of its words ("китай" / "Китая").

What shares the shape and stays (counted on every dev part, labels read, before the rule): a digest's title of five
topics ("Phải biết tiếng Trung, nợ công, chứng khoán, giá xăng dầu, Cát Linh-Hà Đông", crawlvi, content: five items),
a hotel's address ("Đường N1, Thị trấn Sapa, Huyện Sapa, Tỉnh Lào Cai, Việt Nam, …": every item capitalised), a list
of provinces wrapped in a sentence (capitalised names), a list of crafts inside a sentence ("này bao gồm sơn mài, mây
tre giang đan, …": the line opens in lower case), a labelled tag line ("Теги: …", "Từ khóa: …": a colon).
"""

from __future__ import annotations

import re

__all__ = ["RULE", "RULES", "MIN_ITEMS", "MAX_ITEM_WORDS", "STEM", "keyword_line", "repeats_title"]

RULE = "boilerplate.keyword_line"
RULES = (RULE,)
MIN_ITEMS = 6
MAX_ITEM_WORDS = 6  # Vietnamese words are syllables: "đánh giá tiệm ăn Chợ Lớn" is one item
STEM = 5
_WORD = re.compile(r"[^\W\d_]+")


def keyword_line(s: str) -> list[str]:
    """The line's items (casefolded) when it has a keyword line's shape, else []."""
    t = s.strip()
    if not t or not t[0].isupper() or ":" in t or t[-1] in ".!?…;":
        return []
    items = [x.strip() for x in t.split(",")]
    if len(items) < MIN_ITEMS or any(not x or len(x.split()) > MAX_ITEM_WORDS for x in items):
        return []
    if 2 * sum(1 for x in items if x[0].islower()) < len(items):
        return []
    return [x.casefold() for x in items]


def repeats_title(items: list[str], title: str) -> bool:
    """One item repeats the title block's words: a phrase of two words or more found in it, or a long word's stem."""
    head = " ".join(title.casefold().split())
    if not head:
        return False
    stems = {w[:STEM] for w in _WORD.findall(head) if len(w) >= STEM}
    for item in items:
        if len(item.split()) >= 2 and re.search(r"(?<!\w)" + re.escape(" ".join(item.split())) + r"(?!\w)", head):
            return True
        if any(len(w) >= STEM and w[:STEM] in stems for w in _WORD.findall(item) if len(item.split()) == 1):
            return True
    return False

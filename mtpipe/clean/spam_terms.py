"""English compound terms a Vietnamese text names as a kind of thing (spam42, issue 12 point 3).

:mod:`.spam_names` flags a title-case word made of two or three English words (``compound``: "Rosycooks",
"Payperbite") between two lower-case syllables or at a sentence's start: a host's label. Real text writes English
compound *terms* in the same places, for a kind of product or a type ("Mũ bảo hiểm Fullface có độ che phủ cao nhất",
"phân khúc Underbone", "Fullface là 1 loại mũ bảo hiểm": langfresh25's and langfresh21's controls). What sets them
apart is where they stand, not their words ("full face" is as English as "king fun"):

- right after a word or phrase that names a kind of thing (:data:`KINDS`: "loại", "kiểu", "dạng", "phân khúc",
  "mũ bảo hiểm", "chế độ", "công nghệ"...): a type's name is expected there, as a person's after "ông";
- a title-case name right after a product's noun (:data:`PRODUCTS`: "vợt", "điện thoại", "máy ảnh"), or after a
  kind's word and one noun ("loại vợt Estusa", "dòng xe Vespa", spam43): a brand is expected there, as a type's
  name after "loại";
- at a sentence's start, right before "là" ("is"): a term being defined ("Fullface là 1 loại ..."). A host pasted
  over a sentence's first syllable stands before the second syllable, and "là" follows a whole first word only
  ("Đó là", "Ông là"); none of the dev sets' compound-shaped spam tokens stands so.

:func:`term_slot` is asked by :func:`.spam_names.pasted_name` for the ``compound`` shape only.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["KINDS", "PRODUCTS", "term_slot"]

#: words and phrases naming a kind of thing, after which a type's name stands
KINDS = frozenset(unicodedata.normalize("NFC", k) for k in (
    "loại|kiểu|dạng|kiểu dáng|phân khúc|dòng|chế độ|công nghệ|tính năng|định dạng|chuẩn|phong cách|thể loại|"
    "mũ|nón|mũ bảo hiểm|nón bảo hiểm|giày|áo|kính|chất liệu|vải|động cơ|hộp số|hệ điều hành|phần mềm").split("|"))
#: nouns of products, after which a brand's name stands (spam43)
PRODUCTS = frozenset(unicodedata.normalize("NFC", k) for k in (
    "vợt|điện thoại|máy tính|máy ảnh|máy quay|ô tô|xe hơi|xe máy|xe đạp|đồng hồ|nước hoa|son môi|tai nghe|"
    "loa|bia|rượu|thuốc lá|đàn|súng|bút").split("|"))
_WORDS = re.compile(r"[^\W\d_]+")


def term_slot(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` stands where a text names a kind's type or defines a term (module docstring)."""
    from .spam_shapes import sentence_start

    before = [unicodedata.normalize("NFC", w.lower()) for w in _WORDS.findall(text[max(0, a - 40):a].split("\n")[-1])]
    if text[a - 1:a] == " " and any(" ".join(before[-n:]) in KINDS for n in (1, 2, 3) if len(before) >= n):
        return True
    tok = text[a:b]
    if text[a - 1:a] == " " and tok[:1].isupper() and tok[1:].islower():  # a brand after a product's noun (spam43)
        if any(" ".join(before[-n:]) in PRODUCTS for n in (1, 2) if len(before) >= n):
            return True
        if len(before) >= 2 and before[-2] in KINDS and before[-1].islower() and text[a - 2:a - 1].isalpha():
            return True
    return sentence_start(text, a) and text[b:b + 4] == " là "

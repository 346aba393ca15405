"""A list closed by a comma, an ellipsis and a full stop, glued to the next sentence (round vi55, issue 12 point 2).

Vietnamese writes "etc." as a comma and an ellipsis after a list's last item ("các loại thịt, tôm, rau củ, cá,…"); a
full stop after the ellipsis ends the sentence.  Pages often leave no space before the next sentence: "… rau củ,
cá,….Ngoài ra khi gói nhân lại, …" (held38's h38vi02), "… bánh chưng, giò,....Qua đó giúp trẻ …" (train28's t28vi05),
and on real pages "… decal nhựa, decal lưới,….Các công nghệ in …", "… con đường lồng chim, ghế tình nhân,….Chụp hình
…", "… hàu, sò huyết, tôm sú, ốc,….Những loại hải sản …", "… như Linux và Solaris,….Nó đóng vai trò …".  The stop is
glued, and the letter before it is a comma, so the no-space rule of :mod:`.sentences` (a letter before the stop) does
not see it.

:func:`etc_stop_breaks` opens a unit after the stop when a word of letters stands before the comma and a capitalised
word in sentence case follows (a capital, then a lower-case letter); since bnd74 also with no full stop after the
ellipsis, glued the same way ("… kế hoạch hoạt động,..Lịch sinh hoạt định kỳ …", held53; the unc/baomoi news pool
holds 12 such places, all sentence ends: "… dự án,…Trong bối cảnh đó", "… bạn bè,...Và cuối cùng"; a colon's blank in a
form, "là:……Tuổi:", is no comma).  Left alone: a lower-case word after it ("giặt, rửa,….còn đầy đủ
…", "create, check,….etc"), a series of symbols or numbers ("category1,….category4", "1,2,3,4,….n", "T1,....TN") and
capitals ("BOOKS,....TOTO"), a label in title case ("Bulong Lục Giác,..Các Loại"); a space after the stop is the
splitter's own case.
"""

from __future__ import annotations

import re

__all__ = ["etc_stop_breaks"]

# a word of letters, a comma, an ellipsis ("…" or three dots) and a full stop (4-5 dots in all), then an opening
# quote maybe and a capitalised word in sentence case
# (bnd74: or the ellipsis alone, ",..", ",...", ",…", before such a word with no space: "… kế hoạch hoạt động,..Lịch sinh
# hoạt …", held53; 12 of 12 such places in the unc/baomoi news pool and 20 of 20 in public text end a sentence)
_ETC_STOP = re.compile(r"(?<=[^\W\d_]),(?:…\.{0,2}|\.{2,5})(?=[\"«“]?[^\W\d_]{2})")


def etc_stop_breaks(text: str) -> list[int]:
    """Offsets where a sentence opens right after a list's ",…." glued to it (see the module's docstring)."""
    if ",…" not in text and ",.." not in text:
        return []
    out = []
    for m in _ETC_STOP.finditer(text):
        at = m.end() + (text[m.end()] in "\"«“")
        if text[at].isupper() and text[at + 1].islower() and not _title_case(text, m.start(), at):
            out.append(m.end())
    return out


_WORD_BEFORE = re.compile(r"(\S+)\s+(\S+)$")


def _title_case(text: str, comma: int, at: int) -> bool:
    """Whether the two words before the comma and every word from ``at`` to the end of the text (a short rest, six words
    at most) are capitalised: a label in title case, no sentence ("Bulong Neo, Bulong Móng, Bulong Lục Giác,..Các
    Loại", a shop's category; bnd74); "… Sương Giáng,...Cây Phù Dùng nhỏ, cao …" goes on in lower case and ends."""
    rest = text[at:at + 120].split()
    if len(text) - at > 120 or len(rest) > 6:
        return False
    b = _WORD_BEFORE.search(text, max(0, comma - 40), comma)
    return b is not None and b.group(1)[:1].isupper() and b.group(2)[:1].isupper() \
        and all(w[:1].isupper() or not w[:1].isalpha() for w in rest)

"""A recurring token standing in a credit slot is never repaired by votes (spam96, issue 12).

On 38,093 real baomoi news articles (spam82's snapshots) the recurring-token path of :meth:`.spam.SpamRepair.plan`
read photo credits as syllables pasted over text: "Phố Hàng Chiếu, 1931. Ảnh: Aavh.org Cửa ô …" -> "Thành" x17
(article 21495097: the page's photos from the site of the Association des Amis du Vieux Huế), "Ảnh: phamthuanh
Ảnh: changtraim52 Ảnh: changtraim52 Ảnh: Caracat" -> "Chụp" x2 (21487413, photographers' handles). A token right after
a photo or source label in its line (:func:`.spam_newsnames.credited`: "Ảnh:", "Nguồn:", "Nguồn ảnh:", "Ảnh minh họa:",
"Photo:", "Credit:" -- the one list) names the credit's source; the caption's next words are not its neighbours in a
sentence, so they read nothing. Such an occurrence neither votes nor is repaired: it is flagged, as the
single-occurrence path flags a host it does not repair, and :func:`.spam_newsnames.news_flags` then lets a credit of
no gambling shape go (a site credited, not pasted) while a gambling name after a label stays flagged. The token's
other occurrences, in running text, vote and are read as before ("Bí thư w88.is ủy" on the seed page); the page's
every occurrence still counts when the token is a name the page writes again (:func:`.spam_realwords.unread_flags`).
No token of the 43 dev spam sets (2,904 cases) stands after such a label.
"""

from __future__ import annotations

from .spam_newsnames import credited

__all__ = ["credit_spans"]


def credit_spans(text: str, spans: "list[tuple[int, int]]") -> "set[tuple[int, int]]":
    """The ``spans`` standing right after a photo or source label in their line."""
    return {(a, b) for a, b in spans if credited(text, a, b)}

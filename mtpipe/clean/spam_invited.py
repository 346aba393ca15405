"""Three look-alikes of pasted tokens that real Vietnamese pages write (spam56, issue 12 point 3).

Each is a veto beside :func:`.spam_lexicon.known_site` and :func:`.spam_sitenamed.named_site` in
:func:`.spam.find_spam_tokens`: a token of any of them is the sentence's own word, never a pasted one.

- :func:`invited_site`: *a site inviting its reader*. Blogs and shops close their lead with an invitation in which
  the site names itself as the reader's companion: "Bài viết này hãy cùng TipCongNghe.com tìm hiểu cách đọc thông
  số lốp xe" (tipcongnghe.com, langfresh23's control), "hãy cùng Hoàng Việt Travel tìm hiểu về vị trí"
  (hoangviettravel.vn). The slot is "cùng" right before the name and a verb of looking or learning right after it
  (:data:`INVITE_VERB`: "tìm hiểu", "khám phá", "điểm qua"...). Only a domain of a site's shape is taken
  (spam_sitenamed's ``_shape``: letters alone, a vowel, a common top-level domain, no gambling word), so
  "cùng nhau tìm hiểu" with a gambling or letter-digit token pasted over "nhau" stays flagged. No spam token of
  the 1,656 of langfresh8..31 stands after "cùng" before such a verb (four stand after "cùng": "cùng PRIMEOBG CLB",
  "cùng ice-snowmall đồng bào", "vô cùng 40dom đáo").
- :func:`loan_compound`: *an English compound in lower case*: two English words end to end, four letters or more
  each, the way the entertainment and tech press writes loans ("lộ diện girlgroup mới", langfresh27's control;
  "livestream", "photobook", "lightstick", "homestay"): the first test of :func:`.spam_context.real_word`'s
  ``english`` class (:func:`.spam_names.compound_stems`, eight letters or more), which the context model already leaves; :func:`.spam_names.pasted_name` flagged it beside a syllable by its letters. Pasted
  labels of that shape are title or camel case ("TreasureMile", "CrazyFrogs", "SaturnPlay"); the two lower-case
  ones of the dev sets ("femdomonly", "earntech") were never caught. Not at a sentence's start (no sentence opens in
  lower case) nor where the word breaks a bound pair of syllables (:func:`.spam_bound.bound_gap`: "Đây là một vấn
  glenmarrow lớn" for "vấn đề", "glimmerholt nhiên," for "Tuy nhiên": round 18's invented compounds, still flagged)
  or leaves a compound's tail orphaned after it (:func:`.spam_orphan.orphan_tail`: "lao động earntech vả hết", spam61),
  nor where it is no word any list or writer knows, pasted over a syllable (:func:`.spam_engslot.english_slot`:
  "hữu instaplay.", spam90). A brand's shape (:func:`.spam_shapes.brand_shape`:
  "luckywin", "nhacaitop"), a word of the spam trades anywhere in it (:data:`.spam_genre.TRADE_WORDS`: "luckywinner",
  "moneytree", "coinmaster") and a lending word (:data:`.spam_lending.LENDING`) are never vetoed.
- :func:`installed_app`: *an app the reader installs or downloads*: a name in title or camel case right after a verb
  of installing or downloading (:data:`INSTALL`: "cài đặt", "cài", "tải về", "tải xuống"; "tải" alone only with "về"
  or "xuống" after the name, since "xe tải", "quá tải" end other words): "hãy cài đặt Koreader để tối ưu việc đọc"
  (hlastore.vn, langfresh22's control), "tải TikTok về máy", "cài đặt Telegram trên điện thoại".
  The verb wants an object, and an app's name is what it takes; no spam token of langfresh8..31 stands after such a
  verb. Names of a brand's shape, of a trade's word or a lending word ("tải Kuwin", "cài đặt Vaytienmat") are never
  vetoed (a gambling page's own "tải app" advert stays flagged).
"""

from __future__ import annotations

import re

from .spam_bigrams import load_bigrams
from .spam_bound import bound_gap
from .spam_engslot import english_slot
from .spam_genre import TRADE_WORDS
from .spam_lending import LENDING
from .spam_names import compound_stems
from .spam_orphan import orphan_tail
from .spam_shapes import brand_shape, sentence_start
from .spam_sitenamed import _shape as site_shape  # a site's host (spam55)

__all__ = ["INSTALL", "INVITE_VERB", "installed_app", "invited_site", "loan_compound"]

#: verbs of looking and learning after "cùng NAME" in a site's invitation to its reader (one or two words)
INVITE_VERB = frozenset(("tìm hiểu", "khám phá", "điểm qua", "tham khảo", "theo dõi", "xem", "xem qua", "đánh giá",
                         "so sánh", "giải đáp", "trải nghiệm", "chiêm ngưỡng", "lắng nghe", "phân tích", "review",
                         "đi tìm", "bỏ túi", "cập nhật", "tổng hợp", "điểm danh", "tìm ra", "nhìn lại", "check"))
#: verbs of installing and downloading an app, before its name (one or two words)
INSTALL = frozenset(("cài đặt", "cài", "tải về", "tải xuống"))
_DOWN = re.compile(r" (?:về|xuống)(?![^\W\d_])")  # "tải TikTok về máy", "tải Zalo xuống."
_APP_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)*")
_WORD = re.compile(r"[^\W\d_]+")


def invited_site(text: str, a: int, b: int) -> bool:
    """Whether the domain ``text[a:b]`` is a site naming itself in an invitation ("hãy cùng TipCongNghe.com tìm
    hiểu": module docstring)."""
    if not site_shape(text[a:b]) or text[a - 1:a] != " " or text[b:b + 1] != " ":
        return False
    if text[:a - 1].split("\n")[-1].rsplit(" ", 1)[-1].lower() != "cùng":
        return False
    words = [w.lower() for w in _WORD.findall(text[b + 1:b + 30].split("\n")[0])[:2]]
    return bool(words) and (words[0] in INVITE_VERB or " ".join(words) in INVITE_VERB)


def loan_compound(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is an English compound in lower case ("girlgroup": module docstring)."""
    tok = text[a:b]
    if not (tok.isascii() and tok.isalpha() and tok.islower() and len(tok) >= 8) or not _untraded(tok):
        return False
    stems = compound_stems()
    if not any(tok[:i] in stems and tok[i:] in stems for i in range(4, len(tok) - 3)) or sentence_start(text, a):
        return False
    m = re.search(r"([^\W\d_]+)$", text[max(0, a - 30):a - 1]) if text[a - 1:a] == " " else None
    prev = m.group(1) if m else None
    m = re.match(r" ([^\W\d_]+)", text[b:b + 30])
    # nor where it leaves a compound's tail orphaned after it ("lao động earntech vả hết" for "vất vả": spam_orphan)
    return not (bound_gap(text, b, prev, m.group(1) if m else None, load_bigrams().uni)
                or orphan_tail(text, a, b, load_bigrams().uni) or english_slot(text, a, b, load_bigrams().uni))


def _untraded(tok: str) -> bool:
    """No brand's shape, no word of the spam trades and no lending word in ``tok``."""
    low = tok.lower()
    return brand_shape(tok) is None and not any(w in low for w in TRADE_WORDS) and not LENDING.search(tok)


def installed_app(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is an app's name after a verb of installing or downloading ("cài đặt Koreader": module
    docstring)."""
    tok = text[a:b]
    if not _APP_NAME.fullmatch(tok) or text[a - 1:a] != " " or not _untraded(tok):
        return False
    words = text[:a - 1].split("\n")[-1].lower().split(" ")
    if words[-1] == "tải" and words[-2:-1] not in (["xe"], ["quá"]):  # "tải TikTok về máy"
        return bool(_DOWN.match(text, b))
    return words[-1] in INSTALL or " ".join(words[-2:]) in INSTALL

"""A site named as a clause's subject: its domain is the sentence's word, not a pasted token (spam55, issue 12).

News about e-commerce, property portals, job sites and banks names a site by its domain where a noun phrase stands,
before the clause's verb: "Riêng vatgia.com có hơn 1 triệu sản phẩm", "Năm ngoái batdongsan.com có lượng truy cập
lớn", "Ngoài tiki.com còn có lazada.vn", "thương vụ nhommua.com sáp nhập cùng với cungmua.com" (doanhnghiephoinhap.vn),
"được Tuyendungvietnam.com.vn chính thức công nhận" (tuyendungvietnam.com.vn). :mod:`.spam`'s domain-gap test and
the shape and context tests read such a domain between two syllables as a syllable pasted over, and flag it.

What tells the named site (:func:`named_site`), all of:

- *its slot*: right before a verb or an adverb that opens a predicate (:data:`PREDICATE`: "có", "còn", "là", "cho
  biết", "đã", "sáp nhập"...), and right after either a clause's opening (a comma, or a sentence's start with one or
  two frame words between: "Riêng", "Hiện", "Năm ngoái", :data:`FRAME`), or a noun that names a site or a deal
  (:data:`SITE_NOUN`: "trang", "sàn", "website", "thương hiệu", "thương vụ", "sàn thương mại điện tử", "sàn TMĐT"),
  or a passive's agent word ("được", "do"). After a site's noun the name may also end the clause (a comma, a full
  stop, a bracket, a closing quote) or be joined to another noun ("và", "hoặc", "hay"): "không còn thương hiệu
  Adayroi.com (từng nằm ...)", "Sàn giao dịch thương mại điện tử VeXeRe.com và các Điều khoản" (tuantu.vn).
- *its shape*: a host of letters alone (no digit, four letters at least, a vowel among them) under a common
  top-level domain (:data:`_TLD`), with no gambling word in it (:data:`_GAMBLING`), nor another language's
  (:func:`.spam_slugs.foreign_trade`: "todoapuestas.net", spam84).

Pasted spam in the langfresh sets takes a sentence's first word ("Abtinstock.com phá bỏ", no frame word before it),
a syllable inside a word ("Để kinh Ioanabarbu.com thành công") or a function word ("Nhiều bà con cho biết
alonhacai.com vụ này"): none of those slots is this one, and the gambling and letter-digit shapes stay flagged
wherever they stand.
"""

from __future__ import annotations

import re

from .spam_slugs import foreign_trade
from .trade_vocab import alternation

__all__ = ["named_site", "PREDICATE", "FRAME", "SITE_NOUN"]

#: words that open a clause's predicate after its subject (verbs, and the adverbs before them; one or two words)
PREDICATE = frozenset(("có", "còn", "là", "đã", "đang", "sẽ", "vừa", "mới", "từng", "vẫn", "cũng", "chỉ", "luôn",
                       "chiếm", "đạt", "thu hút", "dẫn đầu", "đứng", "thuộc", "hoạt động", "cung cấp", "công bố",
                       "thông báo", "ghi nhận", "sáp nhập", "ra mắt", "ra đời", "chính thức", "cho biết", "cho hay",
                       "tiếp tục", "bắt đầu", "gặt hái",
                       # a site telling its readers (spam103: langfresh49's look-alike "sẽ được cachlambanhflan.net
                       # chia sẻ trong bài viết này"; news: "Tiki.vn chia sẻ gì", "do VnReview.vn giới thiệu lại",
                       # "được Thethaovanhoa.vn cập nhật tới bạn đọc", ", Tinhte.vn đánh giá cao"; no dev spam token)
                       "chia sẻ", "giới thiệu", "cập nhật", "đánh giá"))
#: a clause's frame words before its subject (time, scope, contrast; one or two words)
FRAME = frozenset(("riêng", "hiện", "hiện nay", "hiện tại", "ngoài", "ngoài ra", "năm ngoái", "năm nay", "trước đó",
                   "sau đó", "gần đây", "mới đây", "trong khi", "tuy nhiên", "đặc biệt", "cụ thể", "ví dụ",
                   "chẳng hạn", "thậm chí", "cùng lúc", "trước đây", "đến nay"))
#: nouns that name a site or a deal right before its name ("trang", "sàn", "thương hiệu", "thương vụ", "ứng dụng", the
#: end of "sàn thương mại điện tử", "trang mua sắm trực tuyến", "sàn TMĐT"; one or two words)
SITE_NOUN = frozenset(("trang", "web", "website", "sàn", "cổng", "hiệu", "vụ", "app", "dụng", "tmđt", "điện tử",
                       "trực tuyến"))
#: a passive's agent ("được Tuyendungvietnam.com.vn chính thức công nhận"): before a predicate only, as a noun
_AGENT = frozenset(("được", "do"))
_TLD = re.compile(r"\.(?:com|net|org|vn|com\.vn|net\.vn|org\.vn|edu\.vn|gov\.vn)$", re.IGNORECASE)
_HOST = re.compile(r"[A-Za-z]{4,30}")
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
# gambling words in a host (nhacai: "nhà cái", cacuoc: "cá cược", bongda: "bóng đá", keo: "kèo", lode: "lô đề")
_GAMBLING = re.compile(alternation("host"), re.IGNORECASE)  # :mod:`.trade_vocab`'s ``host`` words
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = (",", ".", ";", ":", "!", "?", ")", "(", "”", "\"", "»")


def _shape(tok: str) -> bool:
    """A site's host: letters alone, four at least, a vowel, a common top-level domain, no gambling word."""
    m = _TLD.search(tok)
    if not m:
        return False
    host = tok[:m.start()]
    return bool(_HOST.fullmatch(host)) and bool(_VOWEL.search(host)) and not _GAMBLING.search(host) \
        and not foreign_trade(host.lower())


def _predicate_after(text: str, b: int) -> bool:
    """A predicate's first word (one or two words of :data:`PREDICATE`) right after ``text[:b]``, one space between."""
    if text[b:b + 1] != " " or not text[b + 1:b + 2].isalpha():
        return False
    words = [w.lower() for w in _WORD.findall(text[b + 1:b + 30].split("\n")[0])[:2]]
    return words[0] in PREDICATE or " ".join(words) in PREDICATE


def _joined(text: str, b: int) -> bool:
    """A conjunction that joins another noun right after ``text[:b]`` ("sàn thương mại điện tử VeXeRe.com và các
    Điều khoản")."""
    return bool(re.match(r" (?:và|hoặc|hay) ", text[b:b + 7]))


def _clause_opening(text: str, a: int) -> bool:
    """``text[a:]`` opens a clause: after a comma, or after a sentence's start and frame words (:data:`FRAME`, one
    or two words in all)."""
    head = re.split(r"[.!?;:]\s+|[“\"«(]", text[:a].split("\n")[-1])[-1].rstrip()
    if not head:
        return False  # a bare sentence start stays a pasted first word's place (the langfresh sets' "start")
    if head.endswith(","):
        return True
    return "," not in head and " ".join(w.lower() for w in head.split()) in FRAME


def named_site(text: str, a: int, b: int) -> bool:
    """Whether the domain ``text[a:b]`` names a site as a clause's subject or after a site's noun (module docstring)."""
    if not _shape(text[a:b]) or text[a - 1:a] != " ":
        return False
    words = text[:a - 1].split("\n")[-1].lower().split(" ")
    prev = words[-1]
    noun = prev in SITE_NOUN or " ".join(words[-2:]) in SITE_NOUN
    if noun and (text[b:b + 1] in _CLAUSE_END or text[b:b + 2] == " (" or _joined(text, b)):
        return True
    return _predicate_after(text, b) and (noun or prev in _AGENT or _clause_opening(text, a))

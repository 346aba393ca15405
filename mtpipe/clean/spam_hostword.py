"""A site's host in lower case pasted inside a Vietnamese word or name (spam59, issue 12).

The class: a host written in lower case (``name.tld``: a lower-case letter or a figure first, letters, figures and
hyphens, one or two suffixes) right after a Vietnamese syllable, one space between, where that syllable introduces no
site. Seen where it was missed on the dev sets: "Giao hàng tiết moiza.io (GHTK)" ("tiết kiệm", langfresh20), "quân
sergey-mavrodi-mmm.org Ấp phải thua" ("Lâm Ấp", langfresh24), "Vạn sptradek.com là làng nghề" ("Vạn Phúc",
langfresh31). :class:`.spam.SpamRepair`'s domain test passes a host by when it splits no pair of syllables that one
missing syllable would join (a bracket, a name or a figure beside it), and the shape tests of :mod:`.spam_names` see
no brand or random label in these hosts, so nothing flagged them.

Real text names a site after a word that introduces it: a preposition or a verb of visiting (:data:`.spam_shapes.
SITE_INTRO`, :data:`.spam_names.NAME_INTRO`: "theo", "tại", "của", "trên", "truy cập"; the prepositions those lists
leave out, :data:`PREPOSITIONS`: "thuộc về nhaccuatui.com", spam55's real sentence), a site's noun
(:data:`.spam_sitenamed.SITE_NOUN`: "trang", "sàn", "website") or, outside those lists, a noun of a site or of its
address, or a verb of reading, looking up, visiting or contacting (:data:`ADDRESS_WORDS`: "địa chỉ
vietnamese.cri.cn", crawlvi's one real host in that slot; "trang chủ", "tên miền", "website chính thức", "diễn đàn",
"xem", "liên hệ"). Of every line of the realpages parts and every sentence of the langfresh sets (dev), that address
is the only lower-case host after a Vietnamese syllable outside the two lists. A host after a capitalised syllable is
taken too ("Vạn sptradek.com"): inside a name, no writer glues a site to half of it. A host written with a capital
("Tiki.vn", "VnExpress.net") is a brand the writer spelled, and stays out (the sets' starts, "Bioption.org với",
stay missed: real sites open sentences so, "Tiki.vn được sáng lập").

Flagged, never repaired (nothing says which syllable the host hides).
"""

from __future__ import annotations

import re

from .spam_gaps import vietnamese_syllable
from .spam_lexicon import known_site
from .spam_names import NAME_INTRO
from .spam_shapes import _SITE_NAMING, local_domain
from .spam_sitenamed import SITE_NOUN

__all__ = ["ADDRESS_WORDS", "LOWER_HOST", "PREPOSITIONS", "WEB_TLDS", "host_in_word", "host_in_name", "web_tld"]

#: a host in lower case: a lower-case letter or a figure first, two letters at least, one or two suffixes, the last
#: a top-level domain of the web (a file's name, "tệp data2.csv", "chạy setup.exe", is no host)
LOWER_HOST = re.compile(r"(?=[a-z0-9-]*[a-z]{2})[a-z0-9][a-z0-9-]{1,30}(?:\.[a-z]{2,3})?\.([a-z]{2,6})")
#: the top-level domains of :data:`LOWER_HOST`: generic ones, the trades' and the countries' that hosts use
#: (spam85: a fact apart from :data:`.spam._DOMAIN`'s list, the TLDs :func:`.spam.find_spam_tokens` seeks a recurring
#: domain under: this one says a token is a host, widened since spam59 by "trade store shop world life today news",
#: which that search does not take; and from :data:`.spam._GAMBLING`'s cheap TLDs, which mark a gambling host)
WEB_TLDS = frozenset("com net org info biz pro io co me tv cc ws vn us uk asia xyz top vip bet club win live site "
                     "online link app fun one ink games casino trade store shop world life today news".split())
#: files' extensions of two letters: no country's domain where a text names a file ("chạy build.sh", "tệp app.js")
_FILE_TYPES = frozenset("js py md sh ps ai db gz rb cs ts kt go".split())
#: generic top-level domains of four letters or more that predate 2013 (:mod:`.spam_codes`) or name a file's type
_NO_NEW_GTLD = frozenset("info name mobi asia aero coop jobs museum travel html json jpeg docx xlsx pptx webp java "
                         "yaml toml".split())
#: the last syllable of a noun that names a site or its address ("địa chỉ", "trang chủ", "tên miền", "đường dẫn",
#: "trang web chính thức", "diễn đàn", "cổng thông tin", "trang tin điện tử", "hộp thư", "tài khoản") and the verbs of
#: reading, looking up, visiting and contacting that take a site as their object ("xem", "đọc", "ghé", "tìm", "tra",
#: "mở", "liên hệ", "tham khảo")
ADDRESS_WORDS = frozenset("chỉ chủ miền dẫn thức đàn tin tử thư khoản xem đọc ghé tìm tra mở hệ khảo".split())
#: the prepositions, conjunctions and agent words that the two lists leave out: a noun phrase, a site among them,
#: follows each ("thuộc về nhaccuatui.com (tăng 125 hạng)", spam55's real sentence; "đến", "cho", "bằng", "do")
PREPOSITIONS = frozenset("về đến tới cho bằng sang do được nhờ giữa trong ngoài sau trước thuộc hay cùng khỏi".split())
_WORD_BEFORE = re.compile(r"(?:^|[ \n])([^\W\d_]+) $")
#: a host in any case ("Pomnom.com", "blazzio.com"), one or two suffixes
_HOST = re.compile(r"(?=[A-Za-z0-9-]*[A-Za-z]{2})[A-Za-z0-9][A-Za-z0-9-]{1,30}(?:\.[a-z]{2,3})?\.([a-z]{2,8})")
#: one capitalised word closing a clause right after the host ("... blazzio.com Dương."), or two or three closing it or
#: before a dash ("là exploitbyte.net Công Thành - một tướng tài", langfresh50; "xuôi snp-broker.io Bắc Nam,": spam105)
_NAME_TAIL = re.compile(r"((?: [^\W\d_]+){1,3})(?:[.,;:!?]| [-–] )")


def host_in_word(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a lower-case host pasted after a Vietnamese syllable that introduces no site (module
    docstring)."""
    tok = text[a:b]
    m = LOWER_HOST.fullmatch(tok)
    if not m or not web_tld(m.group(1)) or known_site(tok):
        return False
    w = _WORD_BEFORE.search(text[max(0, a - 30):a])
    if not w:
        return False
    prev = w.group(1)
    low = prev.lower()
    if low in NAME_INTRO or low in SITE_NOUN or low in ADDRESS_WORDS or low in PREPOSITIONS:
        return False
    return vietnamese_syllable(prev, known)


def web_tld(tld: str) -> bool:
    """A top-level domain hosts use: :data:`WEB_TLDS`, a country's two letters (no file's extension: ".it", ".de",
    ".pl"; spam70: "Thời scommettendo.it qua đi", langfresh38), or a generic one of 2013 or later, four letters or
    more (".city", ".click", ".finance": the dev spam sets' hosts; :func:`.spam_codes.new_gtld`'s test)."""
    return tld in WEB_TLDS or (len(tld) == 2 and tld not in _FILE_TYPES) or (len(tld) >= 4 and tld not in _NO_NEW_GTLD)


def host_in_name(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]``, a host under a web TLD, stands for a name's first syllable: a Vietnamese syllable
    before it (a site-introducing one too), and after it one capitalised Vietnamese syllable that closes the clause,
    the name's last; or, for a host in lower case after a word other than those only a site follows ("trên", "theo",
    "tại": spam_shapes' ``_SITE_NAMING``), two or three closing it or before a dash (spam105: "là exploitbyte.net
    Công Thành - một tướng tài", langfresh50; four dev spam rows, no control, no news article) ("trong nghĩa trang
    blazzio.com Dương.", langfresh38; "tỉnh 77coins.com Nam.", "Lê Pomnom.com Hải:", "Đông royalvex.com Á,": nine
    dev spam rows in eight sets). A site a text names is followed by its verb or
    by punctuation, never by half a name: no host of the clean controls (52,429 texts) stands so (spam70)."""
    tok = text[a:b]
    m = _HOST.fullmatch(tok)
    if not m or not web_tld(m.group(1)) or known_site(tok.lower()) or local_domain(tok):
        return False
    w = _WORD_BEFORE.search(text[max(0, a - 30):a])
    n = _NAME_TAIL.match(text[b:b + 30])
    if not (w and n and vietnamese_syllable(w.group(1), known)):
        return False
    tail = n.group(1).split()
    if len(tail) > 1 and (not LOWER_HOST.fullmatch(tok) or w.group(1).lower() in _SITE_NAMING):
        return False  # a brand's own case ("tại Co.opmart Đinh Tiên Hoàng": a branch), a site named before a place
    return all(x[:1].isupper() and vietnamese_syllable(x, known) for x in tail)

"""Tell a Chinese name in Vietnamese text from a Vietnamese person, a place, a street or a plain word.

Chinese names reach Vietnamese text in their Sino-Vietnamese reading (``Tập Cận Bình``), and so
do most Vietnamese names (``Phạm Minh Chính``): the syllables alone rarely decide.  What does:

* **the name itself**: the Vietnamese-only middle syllable ``Thị``, four syllables (Chinese names
  have at most three), a surname Vietnamese people carry and Chinese officials almost never do
  (``Nguyễn``, ``Lê``, ``Bùi``, ``Huỳnh``, ``Võ``, ``Vũ``), or one far more common among them
  (``Phạm``, ``Đỗ``, ``Đoàn``, ``Trịnh``, ``Đinh``, a middle ``Văn``) unless China is named nearby;
* **places**: the 63 provinces and their main cities, countries as Vietnamese writes them,
  and a name right after an administrative or location word (``tỉnh``, ``thành phố``, ``huyện``,
  ``tại``...);
* **streets**: ``đường``/``phố``/``số 12`` before the name (``đường Nguyễn Huệ``);
* **plain words**: the syllables also occur in lower case in real Vietnamese text
  (``Đoàn đại biểu`` at the start of a sentence: "đoàn đại" is a phrase);
* **context**: the first country or Chinese province named between a title and the name
  (``Thủ tướng Trung Quốc Lý Cường``, ``Bí thư Tỉnh ủy Vân Nam Vương Ninh`` against ``Đại sứ Việt Nam
  tại Trung Quốc Phạm Sao Mai``); a title with no country (``Thủ tướng Phạm Minh Chính``) leans
  Vietnamese, and a name met only that way is not proposed (:func:`mtpipe.glossary.mine.suggest`);
* **bylines**: a name after ``Biên dịch:``, ``Dịch giả:``, ``Tác giả:``, ``nhà báo``..., or alone on its
  line and nowhere else in the document (an author's line under a headline);
* **the document** (:class:`DocContext`): a name with a Vietnamese shape (a middle ``Văn``: Trần Văn
  Thanh is 陈文清, Lý Văn Lượng 李文亮) and no China named in its clause is still Chinese when the
  document is about China (China and Chinese places or known Chinese names named more often than
  Việt Nam and its provinces); a name with no evidence at all in a document that names China
  nowhere, or once and Việt Nam more often, is not proposed (a Vietnamese journalist, a Hanoi ward).

:func:`classify` returns the verdict with the evidence a reviewer is shown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

__all__ = ["Verdict", "DocContext", "doc_context", "classify", "VN_PROVINCES", "VN_COUNTRIES", "toneless_vietnamese"]

#: Provinces and centrally governed cities (2008-2025 map) and a few well-known cities and regions.
VN_PROVINCES = (
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa", "Vũng Tàu", "Bắc Giang",
    "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau",
    "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Huế", "Nha Trang", "Đà Lạt", "Hạ Long", "Vinh",
    "Biên Hòa", "Thủ Đức", "Sài Gòn", "Móng Cái", "Phú Quốc", "Côn Đảo", "Hoàng Sa", "Trường Sa", "Tây Nguyên",
    "Đông Nam Bộ", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "Hoàn Kiếm", "Ba Đình", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng",
    "Tây Hồ", "Long Biên", "Hoàng Mai", "Thanh Xuân", "Nội Bài", "Tân Sơn Nhất", "Mỹ Tho", "Hội An",
    # the rest of Hanoi's twelve urban districts and Ho Chi Minh City's named ones (2025 map)
    "Hà Đông", "Nam Từ Liêm", "Bắc Từ Liêm", "Sơn Tây", "Bình Thạnh", "Gò Vấp", "Phú Nhuận", "Tân Bình", "Tân Phú",
    "Bình Tân", "Bình Chánh", "Củ Chi", "Hóc Môn", "Nhà Bè", "Cần Giờ",
)
#: Foreign landmarks and institutions Vietnamese writes in Sino-Vietnamese or half-translated (Ngũ Giác Đài,
#: 五角台, the Pentagon): Hán-Việt syllables, so they read like a Chinese person.
VN_FOREIGN_LANDMARKS = (
    "Nhà Trắng", "Ngũ Giác Đài", "Điện Kremlin", "Điện Capitol", "Điện Élysée", "Phố Wall", "Thiên An Môn",
    "Tử Cấm Thành", "Vạn Lý Trường Thành", "Trung Nam Hải", "Đại Lễ Đường Nhân Dân", "Cố Cung", "Thái Bình Dương",
    "Đại Tây Dương", "Ấn Độ Dương", "Bắc Băng Dương", "Biển Đông", "Hoa Đông", "Đông Á", "Nam Á", "Trung Á",
    "Tây Á", "Trung Đông", "Bắc Mỹ", "Nam Mỹ", "Nhân Dân Tệ", "Nhật Bản", "Liên Xô", "Liên Bang Nga",
)
#: Countries and regions as Vietnamese writes them (those a surname reading can start).
VN_COUNTRIES = (
    "Việt Nam", "Trung Quốc", "Thái Lan", "Hàn Quốc", "Triều Tiên", "Nhật Bản", "Hoa Kỳ", "Lào", "Campuchia",
    "Ấn Độ", "Anh", "Pháp", "Đức", "Nga", "Úc", "Mỹ", "Tân Gia Ba", "Mã Lai", "Miến Điện", "Đài Loan", "Hồng Kông",
    "Ma Cao", "Mông Cổ", "Nam Phi", "Ai Cập", "Thổ Nhĩ Kỳ", "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Thụy Điển",
    "Thụy Sĩ", "Na Uy", "Đan Mạch", "Phần Lan", "Ba Lan", "Hy Lạp", "Ý", "Bỉ", "Áo", "Séc", "Lào Cai",
    "Đông Nam Á", "Châu Á", "Châu Âu", "Châu Phi", "Liên Hợp Quốc", "Quảng Tây", "Vân Nam",
)
#: Words after which a capitalised run is a place.
_PLACE_BEFORE = ("tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "tại", "ở",
                 "sông", "núi", "hồ", "cầu", "chợ", "làng", "khu", "vịnh", "đảo", "biển", "cảng", "sân bay", "đèo",
                 "miền", "vùng", "thủ đô", "khu vực", "đất nước",
                 # a Party committee, a station or a border gate is named after its place (huyện ủy X, ga X)
                 "tỉnh ủy", "thành ủy", "huyện ủy", "thị ủy", "quận ủy", "ga", "nhà ga", "cửa khẩu", "khu tự trị",
                 "châu tự trị")
#: Words after which a capitalised run is a street (or the number of a house on one).
_STREET_BEFORE = re.compile(r"(?:\b(?:đường|phố|ngõ|hẻm|ngách|đại lộ|quốc lộ|số)\s+(?:\d+[A-Za-z]?\s+)?|\b\d+[A-Za-z]?/?\d*\s+)$",
                            re.IGNORECASE)
#: A person's workplace after the name that is a Vietnamese institution (Sở/Bộ/UBND/HĐND of a province, a
#: Party committee, a ward or district): "Luật sư X, từng công tác tại Sở Lao động...".  China named right
#: after it (Bộ Ngoại giao Trung Quốc) overrides it.
_VN_WORKPLACE = re.compile(r"(?:(?:công tác|làm việc)\s+(?:tại|ở)|thuộc|giám đốc|phó giám đốc|trưởng phòng|cán bộ)\s+"
                           r"(?:sở|bộ|ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|tỉnh ủy|thành ủy|huyện ủy|quận ủy|"
                           r"đảng ủy|phường|quận|huyện)\s")
#: Middle syllable only Vietnamese names have (氏); "Văn" (文) is frequent in Vietnamese names and
#: occurs in Chinese ones (Trần Văn Thanh, 陈文清): it needs China named nearby.
VN_ONLY_GIVEN = {"thị"}
VN_LEANING_GIVEN = {"văn"}
#: Surnames Vietnamese people carry and Chinese officials almost never do (阮 黎 裴, the southern 黄 and 武).
VN_SURNAMES = {"nguyễn", "lê", "bùi", "huỳnh", "võ", "vũ"}
#: Surnames far more common among Vietnamese than among the Chinese officials Vietnamese news names
#: (范 杜 段 郑 丁 exist in China): a Chinese reading needs China named nearby.
VN_LEANING_SURNAMES = {"phạm", "đỗ", "đoàn", "trịnh", "đinh"}
#: Titles; written right before a name with no country between, the person is most likely Vietnamese.
_VN_TITLES = ("chủ tịch nước", "tổng bí thư", "thủ tướng", "phó thủ tướng", "chủ tịch quốc hội",
              "phó chủ tịch nước", "bộ trưởng", "thứ trưởng", "đại tướng", "thượng tướng", "trung tướng",
              "bí thư tỉnh ủy", "bí thư thành ủy", "chủ tịch ubnd", "đại sứ", "đồng chí", "tổng lãnh sự",
              "giám đốc", "vụ trưởng", "phó chủ tịch", "chủ tịch", "phát ngôn", "trưởng ban", "ông", "bà",
              # mandarins of the Nguyễn court and the colonial era (China had them too: a place decides)
              "tổng đốc", "tuần phủ", "bố chánh", "án sát", "tri phủ", "tri huyện", "thượng thư")
#: Titles that, bare (no country), name Việt Nam's own leaders even in an article about China (Tổng Bí thư
#: Tô Lâm): Chinese leaders get "Trung Quốc" after the title, at least once.
_VN_TOP_TITLES = ("chủ tịch nước", "tổng bí thư", "thủ tướng", "phó thủ tướng", "chủ tịch quốc hội",
                  "phó chủ tịch nước", "đại tướng")
#: Titles only Vietnamese officials carry (China's head of state is "Chủ tịch Trung Quốc").
_VN_ONLY_TITLES = ("chủ tịch ubnd", "chủ tịch hđnd", "tỉnh ủy viên")
#: Province-level units and large cities of China, in hanzi (their Sino-Vietnamese forms are generated).
_CHINA_PLACES_ZH = ("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 "
                    "海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 广州 深圳 南宁 昆明 杭州 南京 "
                    "武汉 成都 西安 长春 沈阳 大连 青岛 厦门 苏州 郑州 长沙 福州 济南 太原 石家庄 合肥 南昌 贵阳 "
                    "兰州 西宁 银川 拉萨 乌鲁木齐 呼和浩特 哈尔滨 东莞 宁波 无锡 温州 汕头 珠海").split()


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower().replace("hoà", "hòa").replace("thuỵ", "thụy")


_PROVINCES = {_fold(p) for p in VN_PROVINCES}
_COUNTRIES = {_fold(c) for c in VN_COUNTRIES + VN_FOREIGN_LANDMARKS}


@lru_cache(maxsize=1)
def china_places_vi() -> tuple[str, ...]:
    """Chinese provinces and large cities as Vietnamese writes them (Vân Nam, Quảng Tây, Côn Minh...)."""
    from ..translit import exonyms, sinoviet

    out = {sinoviet.from_hanzi(z, "place") for z in _CHINA_PLACES_ZH}
    out |= {row[3] for row in exonyms.EXONYMS if row[3]}
    return tuple(sorted(out, key=len, reverse=True))


def _china_words() -> tuple[str, ...]:
    return ("trung quốc", "trung hoa", "tq", "đảng cộng sản trung quốc") + tuple(_fold(p) for p in china_places_vi())


def place_names() -> tuple[str, ...]:
    """Every place name of this module (Vietnamese, foreign countries, Chinese), longest first: text
    masks them before looking for persons, so "Chiết Giang Xa Tuấn" gives "Xa Tuấn"."""
    return tuple(sorted(set(VN_PROVINCES) | set(VN_COUNTRIES) | set(VN_FOREIGN_LANDMARKS) | set(china_places_vi()),
                        key=len, reverse=True))


def _person_shaped(sylls: list[str], doc: DocContext | None) -> bool:
    from ..translit.pinyin import COMMON_SURNAMES
    from ..translit.sinoviet import from_hanzi

    return doc is not None and doc.china >= 2 and 3 * doc.vietnam <= doc.china and len(sylls) == 3 and " ".join(sylls) not in {_fold(p) for p in place_names()} \
        and sylls[0] in {_fold(from_hanzi(ch)) for ch in COMMON_SURNAMES}


@lru_cache(maxsize=1)
def _lower_bigrams() -> frozenset[str]:
    """Syllable pairs written in lower case in real Vietnamese text (FLORES-200, shipped for the test models)."""
    path = Path(__file__).resolve().parents[1] / "models" / "data" / "corpus.vi.txt"
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", line))
        for a, b in zip(words, words[1:]):
            if a.islower() and b.islower():
                out[f"{a} {b}"] = out.get(f"{a} {b}", 0) + 1
    return frozenset(k for k, n in out.items() if n >= 2)


#: A name in a reporters' line: more names, then "đưa tin" (X, Y, Z đưa tin; X và Y thực hiện).
_BYLINE_LIST = re.compile(r"(?:\s*(?:,|&|\bvà\b)\s*[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){0,3})*\s*[-–:]?\s*"
                          r"(?:đưa tin\b|(?:thực hiện|ghi|tổng hợp|lược dịch|biên dịch)\s*[.)]?\s*$)")
#: Words before a language's name (tiếng Hoa, chữ Hán); two syllables ending in 语 ngữ are a language (Hán Ngữ).
_LANGUAGE_BEFORE = re.compile(r"(?:^|\s)(?:tiếng|chữ|ngôn ngữ)$")
#: A translator's or author's credit in brackets after a name that starts its sentence: "X (Lược dịch)".
_CREDIT_AFTER = re.compile(r"\s*[-–—]?\s*\((?:[Tt]heo|[Ll]ược dịch|[Bb]iên dịch|[Dd]ịch|[Tt]ổng hợp|[Nn]guồn)\b")
#: Words after which a name is an author's, not a subject's (bylines, credits).
_BYLINE_BEFORE = ("biên dịch", "dịch giả", "người dịch", "lược dịch", "tác giả", "bài", "bài và ảnh", "ảnh", "nhà báo",
                  "phóng viên", "pv", "btv", "biên tập", "nhóm phóng viên", "thực hiện", "tổng hợp")


@dataclass(frozen=True)
class DocContext:
    """What a whole Vietnamese document says about where it is set.

    Attributes:
        china: Mentions of China, Chinese places and names known to be Chinese (the glossary's).
        vietnam: Mentions of Việt Nam and its provinces.
        text: The document (folded), to tell whether a name occurs more than once.
    """

    china: int = 0
    vietnam: int = 0
    text: str = ""

    @property
    def about_china(self) -> bool:
        return self.china >= 2 and self.china > self.vietnam

    @property
    def without_china(self) -> bool:
        """China named nowhere, or once and Việt Nam more often."""
        return self.china == 0 or (self.china <= 1 and self.vietnam > self.china)


#: One Vietnamese syllable written without its marks (Quoc, Tap, Binh, Theo, Nguyen): onset, vowels, final.
_TONELESS_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                                r"(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?")


def toneless_vietnamese(words: Iterable[str]) -> bool:
    """True when every word is one Vietnamese syllable written without its marks: a capitalised phrase
    of such words in a Vietnamese document (Trung Quoc Tap Can Binh, Linh La, Theo TTXVN) is Vietnamese
    whose marks were lost (a caption copy, a byline), not an English term."""
    words = list(words)
    return bool(words) and all(w.isascii() and _TONELESS_SYLLABLE.fullmatch(w.lower()) for w in words)


def _first_places(text: str) -> tuple[int, int]:
    """Where ``text`` (folded) first names Việt Nam or a Vietnamese province, and China or a Chinese
    place (-1: nowhere); a name both are (Hà Nam, 河南) counts for China."""
    def first(words: Iterable[str]) -> int:
        hits = [m.start() for w in words for m in [re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)] if m]
        return min(hits, default=-1)

    return first(("việt nam",) + tuple(_PROVINCES)), first(_china_words())


#: Words before China that make it a destination or a second party, not the person's country (thăm TQ, với Trung Quốc).
_CHINA_NOT_OWN = ("thăm", "tới", "đến", "sang", "tại", "ở", "với", "và", "cùng")


def _china_attached(clause: str, china_words: tuple[str, ...]) -> bool:
    """China named in the clause before the name as the name's own country: not as a place visited or the other party
    ("chuyến thăm TQ đầu tiên của Chủ tịch X"), and no "và" between it and the name ("Chủ tịch TQ A và Chủ tịch nước B").
    With Việt Nam and its provinces as ``china_words``: the same for Việt Nam."""
    for c in china_words:
        for m in re.finditer(rf"(?<!\w){re.escape(c)}(?!\w)", clause):
            prev = clause[: m.start()].split()[-1:]
            if not (prev and prev[0] in _CHINA_NOT_OWN) and not re.search(r"(?:^|\s)(?:và|cùng)\s", clause[m.end():]):
                return True
    return False


def _count(words: Iterable[str], text: str) -> int:
    if not words:
        return 0
    pat = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
                     + r")(?!\w)")
    return len(pat.findall(text))


def doc_context(text: str, chinese_names: Iterable[str] = ()) -> DocContext:
    """Count China and Việt Nam in a Vietnamese document; ``chinese_names``: Vietnamese forms of
    names known to be Chinese (the glossary's persons), which count as China."""
    folded = _fold(text)
    china = _count(_china_words() + tuple(_fold(n) for n in chinese_names), folded)
    vietnam = _count(("việt nam",) + tuple(_PROVINCES), folded)
    return DocContext(china, vietnam, folded)


@dataclass
class Verdict:
    """What a capitalised run in Vietnamese text is.

    Attributes:
        kind: ``chinese`` (keep as a Chinese person), ``vietnamese`` (a Vietnamese person),
            ``place``, ``street`` or ``word``.
        score: Confidence change for a ``chinese`` verdict (positive: Chinese context seen).
        evidence: Short reasons for the reviewer.
    """

    kind: str
    score: float = 0.0
    evidence: list[str] = field(default_factory=list)
    bare_top_title: bool = False  # behind a top title (Chủ tịch nước, Thủ tướng) with no country: Việt Nam's own


def classify(name: str, before: str, after: str | None = None, doc: DocContext | None = None) -> Verdict:
    """Decide what the run ``name`` is, from itself, the text ``before`` it (same paragraph) and,
    when given, the rest of its line (``after``) and its document (``doc``).

    Args:
        name: The capitalised run (``Phạm Minh Chính``, ``Tập Cận Bình``, ``Hà Nội``).
        before: Text before it (the last ~80 characters are looked at).
        after: The rest of the name's line (None: unknown).
        doc: The document's counts (None: sentence context only).

    Returns:
        The :class:`Verdict`.
    """
    sylls = [_fold(w) for w in name.split()]
    folded = " ".join(sylls)
    tail = _fold(before[-80:])
    # the clause the name stands in: titles and countries further back belong to something else
    clause = re.split(r"[.;:!?\n]|,\s", tail)[-1].strip()
    if folded in _PROVINCES or folded in _COUNTRIES or any(folded.startswith(p + " ") for p in _COUNTRIES):
        return Verdict("place", evidence=[f"{name}: a Vietnamese place or a country"])
    for w in _PLACE_BEFORE:
        # "Tổng thư ký thành ủy Vương Hiển Cương" in a text about China alone: a committee's office before a
        # three-syllable name with a surname first is a person's title, not the committee's place
        if (clause.endswith(" " + w) or clause == w) and not (w.endswith(" ủy") and _person_shaped(sylls, doc)):
            return Verdict("place", evidence=[f"after '{w}'"])
    if re.search(r"(?:^|\s)gọi là\s*$", clause) or (after is not None and re.match(r"\s*\d", after)):
        return Verdict("place", evidence=["after 'gọi là' or before a number: a name of a place or thing"])
    if (len(sylls) == 2 and sylls[1] == "ngữ") or _LANGUAGE_BEFORE.search(clause):
        return Verdict("word", evidence=["a language's name (tiếng X, X Ngữ)"])
    if _STREET_BEFORE.search(tail):
        return Verdict("street", evidence=["after a street word or a house number"])
    # (a spaced dash too after a capitalised word: "Cửa khẩu Quốc tế Lào Cai – Hà Khẩu", a border gate's two sides)
    spaced = re.search(r"(\w+) [-–] $", before)
    if (re.search(r"\w[-–]$", before) or (spaced and spaced.group(1)[0].isupper())
            or (after is not None and re.match(r"[-–]\s?[A-ZĐÀ-Ỹ]", after))):
        return Verdict("place", evidence=["joined by a hyphen to another name (Cát Linh-Hà Đông): a route or a pair of"
                                          " places"])
    if after is not None and re.match(r"\([A-Z]{2,6}\)", after):
        return Verdict("word", evidence=["written with a code in brackets right after it (Tiền Việt(VND)): a thing"])
    sentence_after = re.split(r"[.;!?\n]", after or "")[0]
    m = _VN_WORKPLACE.search(_fold(sentence_after))
    if m and not any(c in _fold(sentence_after[: m.end() + 60]) for c in _china_words()):
        return Verdict("vietnamese", evidence=[f"'{m.group().strip()}' after the name: works for a Vietnamese"
                                               f" institution"])
    if len(sylls) >= 2 and f"{sylls[0]} {sylls[1]}" in _lower_bigrams():
        return Verdict("word", evidence=[f"'{sylls[0]} {sylls[1]}' is a lower-case phrase in Vietnamese text"])
    for w in _BYLINE_BEFORE:
        if re.search(rf"(?:^|\s|\(){re.escape(w)}\s*[:.\-–]?\s*$", tail):
            return Verdict("byline", evidence=[f"after '{w}': an author, not a subject"])
    if after is not None and _BYLINE_LIST.match(after) and not re.search(r"\w\s*$", clause):
        return Verdict("byline", evidence=["in a reporters' line (X, Y đưa tin): an author, not a subject"])
    if after is not None and not clause and _CREDIT_AFTER.match(after):
        return Verdict("byline", evidence=["at the start of a sentence before '(Lược dịch)', '(Theo ...)': a credit"])
    if (after is not None and doc is not None and not clause and re.fullmatch(r"\s*[-–—]?\s*(?:\(theo[^)]*\).*)?", after)
            and doc.text.count(folded) <= 1):
        return Verdict("byline", evidence=["alone on its line and nowhere else in the document: a byline"])
    if any(s in VN_ONLY_GIVEN for s in sylls[1:]):
        return Verdict("vietnamese", evidence=["Vietnamese-only middle name (Thị)"])
    if len(sylls) >= 4:
        return Verdict("vietnamese", evidence=["four syllables (Chinese names have at most three)"])
    china_words = _china_words()
    china = _china_attached(clause, china_words)
    # the title directly before the name, with maybe a country or place between
    # (Thủ tướng Trung Quốc Lý Cường, Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai)
    title, between = "", ""
    # the title nearest the name (longest first at one place), with no other person between ("A và Bộ trưởng X")
    for t in sorted(_VN_TITLES, key=len, reverse=True):
        m = re.search(rf"(?:^|\s){re.escape(t)}((?:\s+[^\s]+){{0,10}})\s*$", clause)
        if m and not re.search(r"(?:^|\s)(?:và|cùng)\s", m.group(1)) and (
                not title or len(m.group(1).strip()) < len(between)):
            title, between = t, m.group(1).strip()
    if after is not None and not (title and _first_places(between)[1] >= 0):
        from .vi_offices import office_verdict

        office = office_verdict(after)
        if office is not None:
            return office
    if title:
        first_vn, first_cn = _first_places(between)
        if first_cn >= 0 and (first_vn < 0 or first_cn <= first_vn):
            return Verdict("chinese", 0.15, [f"'{title} {between}' before the name"])
        if first_vn >= 0:
            return Verdict("vietnamese", evidence=[f"'{title} {between}' before the name"])
        if title in _VN_ONLY_TITLES:
            return Verdict("vietnamese", evidence=[f"'{title}' before the name: a Vietnamese title"])
        lead = clause[: len(clause) - len(between)].rsplit(title, 1)[0]
        # a delegation of Việt Nam or a province led by the name ("Đoàn công tác của tỉnh X (Việt Nam) do đồng chí")
        if (not china and re.search(r"(?:^|\s)đoàn\s.*\sdo\s*$", lead)
                and _china_attached(lead, ("việt nam",) + tuple(_PROVINCES))):
            return Verdict("vietnamese", evidence=[f"leads a delegation of Việt Nam or of a province of it ('{title}')"])
        # a bare top title right before the name is Việt Nam's own leader, also when China is named earlier in the
        # clause for someone else ("Chủ tịch TQ X và Chủ tịch nước Y")
        if not china or (title in _VN_TOP_TITLES and not between):
            if sylls[0] in VN_SURNAMES | VN_LEANING_SURNAMES:
                return Verdict("vietnamese", evidence=[f"'{title}' before the name, surname {name.split()[0]}"])
            if doc is not None and doc.about_china and title not in _VN_TOP_TITLES:
                return Verdict("chinese", 0.0, [f"'{title}' before the name, no country named, but the document is"
                                                f" about China (China x{doc.china}, Việt Nam x{doc.vietnam})"])
            return Verdict("chinese", -0.15, [f"'{title}' before the name, no country named: maybe Vietnamese"],
                           title in _VN_TOP_TITLES)
    if sylls[0] in VN_SURNAMES | VN_LEANING_SURNAMES or any(s in VN_LEANING_GIVEN for s in sylls[1:]):
        if china:
            return Verdict("chinese", -0.2, [f"{name}: mostly a Vietnamese name shape; China named nearby"])
        if (doc is not None and doc.about_china and sylls[0] not in VN_SURNAMES | VN_LEANING_SURNAMES):
            return Verdict("chinese", 0.0, [f"{name}: a Vietnamese name shape, but the document is about China"
                                            f" (China x{doc.china}, Việt Nam x{doc.vietnam})"])
        return Verdict("vietnamese", evidence=[f"{name}: a Vietnamese name shape, no China nearby"])
    if china:
        return Verdict("chinese", 0.1, ["China named in the same clause"])
    if doc is not None and doc.without_china:
        return Verdict("vietnamese", evidence=[f"no Chinese context: China named {doc.china}x in the document,"
                                               f" Việt Nam {doc.vietnam}x"])
    return Verdict("chinese")

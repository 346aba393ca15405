"""Round bnd77 (post-blind, held55's boundaries): a title written in Latin script before a capitalised name ends no
sentence: the Czech and Slovak academic titles ("trưởng khoa MUDr. Vaněk", held55's ``h55vi08``), "Dr.", "Prof." and
the English courtesy titles Vietnamese news writes before a name ("Mr. Đàm": the unc/baomoi pool's 191 cuts).  A title
at a sentence's end before a lower-case word, a suffix that closes a name ("Sr."), a capitalised "Doc." (an English
"Google Doc.") and a title over a line break stay as they were (benchmarks/notes/bnd77.md)."""

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.abbreviations import title_before_name


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


ONE_SENTENCE = [
    # held55 (h55vi08): a Czech physician's title before his name
    ("vi", "Tấm séc trị giá 20 850 Kč đã được trao cho trưởng khoa MUDr. Vaněk."),
    # the rest of the Czech and Slovak family, a German compound, a run of titles
    ("vi", "Ông đã gặp Ing. Novák tại Praha."),
    ("vi", "Bà Mgr. Nováková phát biểu tại buổi lễ."),
    ("vi", "Hội thảo do PhDr. Svoboda và RNDr. Dvořák chủ trì."),
    ("vi", "Luật sư JUDr. Černý đã tham dự."),
    ("vi", "Sinh viên Bc. Procházka nhận giải."),
    ("vi", "Ông đã gặp Dipl.-Ing. Müller tại Berlin."),
    ("vi", "Bài giảng của doc. MUDr. Kučera rất hay."),
    ("vi", "Bài giảng của Doc. MUDr. Kučera rất hay."),
    ("vi", "Ông đã gặp Prof. Dr. Nguyễn Văn An tại Hà Nội."),
    # the unc/baomoi pool: a singer's courtesy title, a car maker's manager, a contact, a film's title
    ("vi", "Khả năng hát tiếng Việt của anh chàng da đen khiến Mr. Đàm vô cùng bất ngờ."),
    ("vi", "Ông Dr. Stefan Utsch – Trưởng bộ phận bán hàng cho biết."),
    ("vi", "Liên hệ hotline: 0904.241194 (gặp Ms. Thoa) hoặc email."),
    ("vi", "Họ đã quá thành công khi hình tượng Mrs. Doubtfire ra đời."),
    ("vi", "Phim Mr. Holmes (2015) tốn nhiều tiền."),
    # Russian: razdel kept "Dr." and "Mr." already; the Czech titles and "Prof." it cut
    ("ru", "Его принял MUDr. Vaněk в Праге."),
    ("ru", "Его принял Ing. Novák в Праге."),
    ("ru", "Prof. Fursenko of RU speaks."),
]

APART = [
    # a capitalised "Doc." closes a sentence in English product names: it goes on only before another title
    ("vi", "Tài liệu nằm trong Google Doc. Sau đó ông gửi đi.", ["Tài liệu nằm trong Google Doc.", "Sau đó ông gửi đi."]),
    # "Sr." closes a name and may end a sentence (the pool: "William Lemp, Sr. Charles …"): not a title
    ("vi", "Đó là William Lemp, Sr. Charles thì không.", ["Đó là William Lemp, Sr.", "Charles thì không."]),
    # "Ph.D." stands after a name
    ("vi", "Ông là Ph.D. Smith thì không.", ["Ông là Ph.D.", "Smith thì không."]),
    # a title's name then its own sentence end
    ("vi", "Bài hát của Mr. Đàm. Ông rất vui.", ["Bài hát của Mr. Đàm.", "Ông rất vui."]),
    # the Russian titles were kept already (one list: ABBREVIATIONS); their sentence end after the name stays
    ("ru", "Его принял проф. Иванов. Он рад.", ["Его принял проф. Иванов.", "Он рад."]),
]


@pytest.mark.parametrize("lang,text", ONE_SENTENCE)
def test_title_before_name_one_sentence(lang: str, text: str) -> None:
    assert _units(text, lang) == [text]


@pytest.mark.parametrize("lang,text,units", APART)
def test_title_before_name_apart(lang: str, text: str, units: list[str]) -> None:
    assert _units(text, lang) == units


@pytest.mark.parametrize("title,nxt,gap,goes_on", [
    ("MUDr", "Vaněk.", " ", True),
    ("Mr", "Đàm vô cùng", " ", True),
    ("Dipl.-Ing", "Müller", " ", True),  # a hyphenated compound by its last part
    ("Prof.Dr", "Smith", " ", True),  # a glued run by its last
    ("Ms", "“Thoa”", " ", True),  # an opening quote before the name
    ("Doc", "MUDr. Kučera", " ", True),  # a capitalised "Doc." before another title
    ("Doc", "Sau đó", " ", False),  # ... and before anything else
    ("Dr", "theo Trí Thức Trẻ", " ", False),  # lower case after: left to the other signs
    ("Dr", "Smith", "\n", False),  # a line break between
    ("DR", "Smith", " ", False),  # case counts: written in capitals it is no listed title
    ("ING", "Bank", " ", False),
    ("Sr", "Charles", " ", False),
    ("", "Smith", " ", False),
])
def test_title_before_name_table(title: str, nxt: str, gap: str, goes_on: bool) -> None:
    assert title_before_name(title, nxt, gap) is goes_on

"""``glossary suggest`` tells Chinese names from Vietnamese persons, places, streets and words; hanzi candidates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.glossary.vi_names import DocContext, classify, doc_context
from mtpipe.translit.hanzi import CONFIDENT, hanzi_candidates

# (name, text before it, verdict kind)
VI_CASES = [
    ("Lý Cường", "Thủ tướng Trung Quốc ", "chinese"),
    ("Vương Ninh", "Bí thư Tỉnh ủy Vân Nam ", "chinese"),            # a Chinese province between
    ("Hà Vĩ", "Đại sứ Trung Quốc tại Việt Nam ", "chinese"),         # the first country decides
    ("Phạm Sao Mai", "Đại sứ Việt Nam tại Trung Quốc ", "vietnamese"),
    ("Nguyễn Văn An", "ông ", "vietnamese"),                          # Văn, surname Nguyễn
    ("Trần Thị Mai Anh", "bà ", "vietnamese"),                        # four syllables
    ("Phạm Minh Chính", "Hôm nay Thủ tướng ", "vietnamese"),          # title, no country, Vietnamese surname
    ("Lê Minh Hưng", "", "vietnamese"),
    ("Hà Nội", "tại ", "place"),
    ("Thái Lan", "với ", "place"),
    ("Long An", "tỉnh ", "place"),
    ("Trường Giang", "thành phố ", "place"),                          # after an administrative word
    ("Nguyễn Huệ", "số 12 đường ", "street"),
    ("Lê Lợi", "phố ", "street"),
]


@pytest.mark.parametrize("name,before,kind", VI_CASES)
def test_classify_vietnamese_runs(name, before, kind):
    assert classify(name, before).kind == kind


ABOUT_CHINA = doc_context("Trung Quốc công bố. Tại Bắc Kinh, Trung Quốc và Thượng Hải hôm nay.")
ABOUT_VIETNAM = doc_context("Việt Nam và Hà Nội. Tỉnh Nghệ An, Việt Nam, thành phố Thâm Quyến.")


def test_document_context_counts():
    assert ABOUT_CHINA.china >= 3 and ABOUT_CHINA.vietnam == 0 and ABOUT_CHINA.about_china
    assert ABOUT_VIETNAM.vietnam >= 3 and ABOUT_VIETNAM.china == 1 and not ABOUT_VIETNAM.about_china
    # a name the glossary knows as Chinese counts as China
    assert doc_context("Tập Cận Bình nói. Tập Cận Bình đến.", ["Tập Cận Bình"]).about_china


@pytest.mark.parametrize("name,before,after,doc,kind", [
    # a Vietnamese name shape (middle Văn), no China in the sentence: the document decides
    ("Lý Văn Lượng", "Bác sĩ ", " đã qua đời.", ABOUT_CHINA, "chinese"),
    ("Lý Văn Lượng", "Bác sĩ ", " đã qua đời.", ABOUT_VIETNAM, "vietnamese"),
    ("Lý Văn Lượng", "Bác sĩ ", None, None, "vietnamese"),              # sentence context only: as before
    ("Nguyễn Văn Lượng", "Bác sĩ ", " đã qua đời.", ABOUT_CHINA, "vietnamese"),  # Nguyễn stays Vietnamese
    # bylines
    ("Hoàng Thủy Ngữ", "Dịch giả: ", "", ABOUT_CHINA, "byline"),
    ("Hoàng Minh", "Bài và ảnh: ", "", None, "byline"),
    ("Viên Khâu Đàm", "", "", DocContext(5, 0, "viên khâu đàm"), "byline"),  # alone on its line, once
    ("Viên Khâu Đàm", "", "", DocContext(5, 0, "viên khâu đàm nói. viên khâu đàm"), "chinese"),  # named again
    # a name for a place or thing: "(China) calls it X", "X 21" (a lot, a reef)
    ("Vạn An Bắc", "khu vực bãi Tư Chính (TQ gọi là ", ").", ABOUT_CHINA, "place"),
    ("Vạn An Bắc", "phía bắc của lô WAB-21 (", " 21) mà", ABOUT_CHINA, "place"),
    # no evidence, and the document is not about China
    ("Hoàng Nhật", "Anh ", " cho biết.", ABOUT_VIETNAM, "vietnamese"),
    ("Hoàng Nhật", "Anh ", " cho biết.", DocContext(0, 0, ""), "vietnamese"),
    ("Hoàng Nhật", "Anh ", " cho biết.", ABOUT_CHINA, "chinese"),
])
def test_classify_with_the_document(name, before, after, doc, kind):
    assert classify(name, before, after, doc).kind == kind


def test_document_context_does_not_make_vietnamese_leaders_chinese():
    # a bare top title names Việt Nam's own leader, even in an article about China
    assert classify("Tô Lâm", "Tổng Bí thư ", " hội kiến.", ABOUT_CHINA).score < 0
    assert classify("Tô Lâm", "Chủ tịch nước ", " hội kiến.", ABOUT_CHINA).score < 0
    # a plain "ông" in the same article: Chinese
    assert classify("Lâu Cần Kiệm", "Ông ", " rời Giang Tô.", ABOUT_CHINA).score == 0


DOC = """Chủ tịch Trung Quốc Tập Cận Bình đã tiếp Thủ tướng Phạm Minh Chính tại Bắc Kinh.
Bí thư Tỉnh ủy Quảng Tây Trung Quốc Lưu Ninh đã hội kiến ông Nguyễn Văn Thọ tại tỉnh Lạng Sơn.
Bộ trưởng Thương mại Trung Quốc Vương Văn Đào đến Hà Nội; đoàn đi trên đường Lê Duẩn.
Tỉnh Quảng Tây và Vân Nam. Bí thư Tỉnh ủy Quảng Tây Lưu Ninh phát biểu.
"""
RU_DOC = """Председатель КНР Си Цзиньпин встретился с Чэнь Вэньцином в Пекине.
Поэтому Читайте Более: посол Чон Ген Ду и премьер Фам Минь Тинь прибыли в Женеву.
Министр коммерции Ван Вэньтао посетил город Нинбо.
"""


@pytest.fixture
def suggested(tmp_path: Path, repo_root: Path) -> dict[str, dict]:
    (tmp_path / "vi.txt").write_text(DOC, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RU_DOC, encoding="utf-8")
    res = CliRunner().invoke(main, ["glossary", "suggest", str(tmp_path / "vi.txt"), str(tmp_path / "ru.txt"),
                                    "--json", "--glossary", str(repo_root / "glossaries")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.output.splitlines()]
    assert [r["confidence"] for r in rows] == sorted((r["confidence"] for r in rows), reverse=True)
    return {r["en"]: r for r in rows}


def test_suggest_keeps_chinese_names_only(suggested):
    assert {"Liu Ning", "Wang Wentao", "Chen Wenqing"} <= set(suggested)
    assert set(suggested["Wang Wentao"]["forms"]) == {"ru", "vi"}  # Ван Вэньтао and Vương Văn Đào: one person
    seen = {f for r in suggested.values() for forms in r["forms"].values() for f in forms}
    for wrong in ("Tập Cận Bình", "Phạm Minh Chính", "Nguyễn Văn Thọ", "Văn Thọ", "Hà Nội", "Lê Duẩn", "Lạng Sơn",
                  "Поэтому", "Читайте", "Более", "Ген Ду", "Минь Тинь", "Женеву"):
        assert wrong not in seen, wrong
    liu = suggested["Liu Ning"]
    assert liu["forms"]["vi"] == {"Lưu Ninh": 2}
    assert any("quảng tây" in e for e in liu["evidence"])  # the reviewer sees why
    assert liu["zh_candidates"] and liu["zh_candidates"][0]["zh"].startswith("刘")


CHINA_DOC = """Trung Quốc công bố danh sách Bộ Chính trị khóa mới tại Bắc Kinh.
Bộ trưởng Công an Vương Tiểu Hồng giữ chức. Ông Trần Văn Thanh được bầu vào Ban Bí thư.
Ông Lâu Cần Kiệm (Lou Qin Jian) rời Giang Tô; các ông Wang Yi Li Qiang có mặt.
Biên dịch: Nguyễn Thị Kim Phụng
Đặng Sơn Duân
"""
VN_DOC = """Tỉnh Nghệ An tổ chức hội nghị. Ông Trần Văn Thanh phát biểu tại Việt Nam.
Nhà báo Hoàng Nhật và bạn trẻ Hoàng Long chia sẻ tại Hà Nội, Việt Nam.
"""


def test_suggest_reads_the_whole_document(tmp_path: Path, repo_root: Path):
    (tmp_path / "cn.txt").write_text(CHINA_DOC, encoding="utf-8")
    (tmp_path / "vn.txt").write_text(VN_DOC, encoding="utf-8")
    res = CliRunner().invoke(main, ["glossary", "suggest", str(tmp_path), "--json", "--glossary",
                                    str(repo_root / "glossaries")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.output.splitlines()]
    forms = {f: r for r in rows for fs in r["forms"].values() for f in fs}
    # Trần Văn Thanh (陈文清): a Vietnamese shape with no China in his sentence, found from the document
    # about China (in the one about Việt Nam he only leans Vietnamese, as before)
    assert "Trần Văn Thanh" in forms
    assert any("about China" in e for e in forms["Trần Văn Thanh"]["evidence"])
    (tmp_path / "cn.txt").unlink()
    res = CliRunner().invoke(main, ["glossary", "suggest", str(tmp_path), "--json", "--glossary",
                                    str(repo_root / "glossaries")], catch_exceptions=False)
    assert "Trần Văn Thanh" not in res.output
    for wrong in ("Kim Phụng", "Thị Kim Phụng", "Đặng Sơn", "Hoàng Nhật", "Hoàng Long", "Lou Qin", "Wang Yi Li"):
        assert wrong not in forms, wrong
    # pinyin written syllable by syllable is one name, the same as its Sino-Vietnamese form
    lou = forms["Lâu Cần Kiệm"]
    assert lou["en"] == "Lou Qinjian" and set(lou["forms"]) == {"vi", "en"}


def test_group_options_after_the_subcommand(tmp_path: Path, repo_root: Path):
    (tmp_path / "vi.txt").write_text(DOC, encoding="utf-8")
    before = CliRunner().invoke(main, ["glossary", "--glossary", str(repo_root / "glossaries"), "suggest",
                                       str(tmp_path / "vi.txt")])
    after = CliRunner().invoke(main, ["glossary", "suggest", str(tmp_path / "vi.txt"), "--glossary",
                                      str(repo_root / "glossaries")])
    assert before.exit_code == after.exit_code == 0 and before.output == after.output


# zh, ru, vi: officials from the dev list (tests/data/translit/persons.tsv); the benchmark measures the held-out one
HANZI_CASES = [("刘国中", "Лю Гочжун", "Lưu Quốc Trung"), ("陈敏尔", "Чэнь Миньэр", "Trần Mẫn Nhĩ"),
               ("李干杰", "Ли Ганьцзе", "Lý Can Kiệt"), ("何立峰", "Хэ Лифэн", "Hà Lập Phong")]


@pytest.mark.parametrize("zh,ru,vi", HANZI_CASES)
def test_hanzi_candidates_from_both_forms(zh, ru, vi):
    both = [c.text for c in hanzi_candidates(ru=ru, vi=vi)]
    assert zh in both[:5]
    assert zh in [c.text for c in hanzi_candidates(vi=vi)][:5]
    assert all(len(t) == len(zh) for t in both)


def test_hanzi_candidates_refuse_what_they_cannot_read():
    assert hanzi_candidates(ru="Фам Минь") == []  # not Palladius
    assert hanzi_candidates() == []
    c = hanzi_candidates(ru="Чэнь Миньэр", vi="Trần Mẫn Nhĩ")
    assert c[0].text == "陈敏尔" and c[0].confidence >= CONFIDENT and "陳敏爾" not in [x.text for x in c]
    # 中 and 忠 are both zhong and Trung, and both common in given names: neither may claim certainty
    c = hanzi_candidates(ru="Лю Гочжун", vi="Lưu Quốc Trung")
    assert {x.text for x in c[:2]} == {"刘国中", "刘国忠"} and c[0].confidence < 0.9
    assert "刘國中" not in [x.text for x in c]


def test_glossary_add_from_forms(tmp_path: Path):
    res = CliRunner().invoke(main, ["glossary", "--glossary", str(tmp_path / "g"), "add", "--from-ru", "Чэнь Миньэр",
                                    "--from-vi", "Trần Mẫn Nhĩ", "--dry-run", "--json"])
    assert res.exit_code == 0, res.output
    entry = json.loads(res.stdout.splitlines()[-1])
    assert entry["zh"] == "陈敏尔" and "Чэнь Миньэр" in entry["aliases"]["ru"] and entry["reviewed"] is False
    assert "hanzi candidates: 陈敏尔" in res.stderr
    bad = CliRunner().invoke(main, ["glossary", "add", "--dry-run"])
    assert bad.exit_code == 2 and "--from-ru" in bad.output


def test_name_prior_from_real_names():
    from mtpipe.translit.hanzi import _prior

    # given names: real-name counts (峰 and 尔 are name characters, 风 and 耳 hardly), position-aware
    assert _prior("峰", "given2") > 5 * _prior("风", "given2")
    assert _prior("尔", "given2") > 5 * _prior("耳", "given2")
    assert _prior("国", "given1") > _prior("国", "given2")
    # surnames: how many people bear them (邱 by eight times as many as 宫, though jieba's names hold more
    # 宫s; 巩 though no jieba name starts with it)
    assert _prior("邱", "surname") > _prior("宫", "surname")
    assert _prior("巩", "surname") > 5 * _prior("拱", "surname")
    # from the Russian form alone, sound and prior put the right name among the first few
    assert "何立峰" in [c.text for c in hanzi_candidates(ru="Хэ Лифэн")][:3]


def test_surname_readings_of_polyphones():
    from mtpipe.translit.hanzi import _options
    from mtpipe.translit.pinyin import SURNAMES

    # every one-character surname of the table reads its surname reading at no cost as a surname,
    # and pays for its other readings there (解 is xie as a surname, not jie)
    for ch, reading in SURNAMES.items():
        if len(ch) != 1:
            continue
        as_surname = _options(reading, "", "surname")
        assert ch in as_surname
        best = max(as_surname.values())
        others = [r for r in ("jie", "bao", "chou", "dan", "qu", "shi") if r != reading]
        for r in others:
            opts = _options(r, "", "surname")
            if ch in opts:
                assert opts[ch] < as_surname[ch]
        assert as_surname[ch] > best - 15
    # a polyphonic surname read as surnames read it ranks among the first candidates
    def share(ru: str) -> float:
        return sum(c.confidence for c in hanzi_candidates(ru=ru, top=50) if c.text[0] == "解")

    assert share("Се Чжэньхуа") > 0.05
    assert share("Се Чжэньхуа") > 3 * share("Цзе Чжэньхуа")


def test_exonym_forms_give_the_table_hanzi():
    from mtpipe.glossary.ru_inflect import case_forms
    from mtpipe.translit.exonyms import EXONYMS

    for zh, _en, ru, _vi in EXONYMS:
        if not ru:
            continue
        c = hanzi_candidates(ru=ru)
        assert zh in [x.text for x in c] and c[0].confidence >= 0.9
        # several hanzi for one form (孙中山, 孙逸仙: Сунь Ятсен): the first row's first
        assert c[0].text == next(r[0] for r in EXONYMS if r[2] == ru)
        # inflected too (из Пекина, о Лу Сине): the exonym table's case forms
        for form in case_forms(ru):
            assert zh in [x.text for x in hanzi_candidates(ru=form)], form


RU_QIN = ("Министр иностранных дел Китая Цинь Ган встретился с коллегой в Пекине. "
          "Цинь Ган заявил о готовности Китая к сотрудничеству.\n")


@pytest.mark.parametrize("name,data", [
    ("cp1251.txt", RU_QIN.encode("cp1251")),
    ("utf16.txt", CHINA_DOC.encode("utf-16")),
    ("page.html", f"<html><body><article><p>{RU_QIN}</p></article></body></html>".encode()),
    ("koi8.md", RU_QIN.encode("koi8-r")),
], ids=["cp1251", "utf16", "html", "koi8-md"])
def test_suggest_reads_files_as_translate_does(tmp_path: Path, repo_root: Path, name: str, data: bytes):
    """Any encoding and HTML: the names found are those of the same text in UTF-8."""
    from mtpipe.glossary import load_glossaries
    from mtpipe.glossary.mine import suggest
    from mtpipe.ingest import read_document

    g = load_glossaries([repo_root / "glossaries"])
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / name).write_bytes(data)
    (tmp_path / "b" / "utf8.txt").write_text(read_document(tmp_path / "a" / name).text, encoding="utf-8")
    got = [(s.kind, s.en) for s in suggest([tmp_path / "a"], g)]
    assert got and got == [(s.kind, s.en) for s in suggest([tmp_path / "b"], g)]


def test_suggest_names_the_files_it_cannot_read(tmp_path: Path, repo_root: Path):
    (tmp_path / "ok.txt").write_text(RU_QIN, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    res = CliRunner().invoke(main, ["glossary", "suggest", str(tmp_path), "--glossary", str(repo_root / "glossaries")])
    assert res.exit_code == 0 and "Qin Gang" in res.stdout
    assert "bin.txt" in res.stderr and "decoded" in res.stderr and "bin.txt" not in res.stdout

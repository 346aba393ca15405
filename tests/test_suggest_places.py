"""``glossary suggest`` round 8: places, things and institutions that read like Chinese persons, Russian
place names in case forms, and misspellings of glossary persons (reported as variants, not new persons)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.glossary.vi_names import classify, doc_context

ABOUT_CHINA = doc_context("Trung Quốc công bố. Tại Bắc Kinh, Trung Quốc và Thượng Hải hôm nay.")


@pytest.mark.parametrize("name,before,after,kind", [
    # a pair of place names joined by a hyphen: a route, a line, a border crossing
    ("Kim Mã", "Tuyến buýt ", "-Cầu Giấy chạy qua.", "place"),
    ("Văn Cao", "tuyến Nhổn-", " sẽ mở.", "place"),
    # a thing written with its code in brackets right after it
    ("Hoàng Kim", "Giá ", "(XAU) tăng.", "word"),
    # a person whose workplace is a Vietnamese institution
    ("Trương Minh Tuấn", "Kỹ sư ", ", cán bộ UBND quận Ba Đình, cho biết.", "vietnamese"),
    ("Lưu Quang Huy", "Luật sư ", ", từng làm việc tại Sở Tư pháp Đà Nẵng, nói.", "vietnamese"),
    # ... but not one whose institution is Chinese
    ("Vương Văn Đào", "Ông ", ", công tác tại Bộ Thương mại Trung Quốc, cho biết.", "chinese"),
    # a Chinese person with a hyphen elsewhere in the line stays one
    ("Vương Văn Đào", "Ông ", " nói về tuyến Côn Minh - Viêng Chăn.", "chinese"),
    # foreign landmarks in Sino-Vietnamese, Hanoi and Ho Chi Minh City districts
    ("Tử Cấm Thành", "", " đón khách.", "place"),
    ("Ngũ Giác Đài", "", " cho biết.", "place"),
    ("Bình Thạnh", "", " có mưa.", "place"),
])
def test_classify_places_things_and_workplaces(name, before, after, kind):
    assert classify(name, before, after, ABOUT_CHINA).kind == kind


VI_DOC = """Chủ tịch Trung Quốc Tập Cận Bình đến khách sạn Villa Sunata tại Bắc Kinh, Trung Quốc.
Bộ trưởng Thương mại Trung Quốc Vương Văn Đào đến Hà Nội.
Tuyến buýt Kim Mã-Cầu Giấy chạy qua Trung Quốc.
Kỹ sư Trương Minh Tuấn, cán bộ UBND quận Ba Đình, cho biết.
Thị trưởng Trung Quốc Lâu Dương Sinh phát biểu.
"""
RU_DOC = """Уткин высказался о Смирнове и Чапулине.
Бывший руководитель Китая Цзян Цзэмин проходил стажировку в СССР. Министр Ван Вэньтао посетил Пекин.
Генконсул в Гуйяне рассказал о поездке в Линее. Губернатор Ван Те посетил город Хэйхэ.
"""


@pytest.fixture
def rows(tmp_path: Path, repo_root: Path) -> list[dict]:
    (tmp_path / "vi.txt").write_text(VI_DOC, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RU_DOC, encoding="utf-8")
    res = CliRunner().invoke(main, ["glossary", "suggest", str(tmp_path), "--json", "--glossary",
                                    str(repo_root / "glossaries")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return [json.loads(x) for x in res.output.splitlines()]


def test_suggest_drops_places_things_and_vietnamese_persons(rows):
    seen = {f for r in rows if r["kind"] != "variant" for forms in r["forms"].values() for f in forms}
    for wrong in ("Kim Mã", "Cầu Giấy", "Trương Minh Tuấn", "Sunata", "Чапулине", "Линее"):
        assert wrong not in seen, wrong
    # Chinese persons and places are kept
    assert {"Lâu Dương Sinh", "Vương Văn Đào", "Ван Вэньтао", "Ван Те", "Хэйхэ"} <= seen


def test_declined_place_read_as_the_known_place(rows):
    # Гуйяне: the locative of Гуйян (Guiyang, a provincial capital the glossary has) or of Гуйянь (Guiyan);
    # the known place wins, so nothing new is proposed
    from mtpipe.glossary.mine_names import _ru_place_reading

    assert _ru_place_reading("Гуйяне", "Guiyan") == "Guiyang"
    assert _ru_place_reading("Хэйхэ", "Heihe") == "Heihe"  # not declined, not in the list: as read
    assert not [r for r in rows if "Гуйяне" in r["forms"].get("ru", {})]


def test_misspelt_glossary_person_is_a_variant(rows, tmp_path: Path, repo_root: Path):
    # Цзян Цзэмин: one letter from the glossary's Цзян Цзэминь
    variants = [r for r in rows if r["kind"] == "variant"]
    assert [(r["en"], r["variant_of"], list(r["forms"]["ru"])) for r in variants] == [
        ("Jiang Zemin", "jiang-zemin", ["Цзян Цзэмин"])]
    assert not [r for r in rows if r["kind"] == "person" and "Цзян Цзэмин" in r["forms"].get("ru", {})]
    # the review file names it as a variant of the entry, and makes no new entry of it
    out = tmp_path / "review.yaml"
    res = CliRunner().invoke(main, ["glossary", "suggest", str(tmp_path / "ru.txt"), "-o", str(out), "--glossary",
                                    str(repo_root / "glossaries")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "probable variant of entry jiang-zemin" in text and "Zeming" not in text

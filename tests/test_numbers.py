"""The ``number_mismatch:<lang>`` flag (mtpipe/numbers.py): forms real translations use are kept, lost or
changed numbers are named; measured on FLORES-200 devtest references (tests/data/flores200-devtest)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.document import Segment, Translation
from mtpipe.numbers import missing_numbers
from mtpipe.quality import flag_segment

KEPT = [  # (source, translation): every number is there in a form translations use
    ("В 2021 году", "In 2021"),
    ("В 2021 году", "2021年"),
    ("725 миллионов рублей", "725 million roubles"),
    ("725 миллионов рублей", "7.25亿卢布"),
    ("725 миллионов рублей", "7.25 亿卢布"),
    ("1 000 человек", "1,000 people"),
    ("1 000 человек", "1000人"),
    ("рост на 3,5 %", "growth of 3.5%"),
    ("14-й съезд", "the 14th congress"),
    ("14-й съезд", "第十四次代表大会"),
    ("24.06.2015", "2015年6月24日"),
    ("24.06.2015", "June 24, 2015"),
    ("2,5 tỷ đồng", "2.5 billion dong"),
    ("2,5 tỷ đồng", "25亿越南盾"),
    ("12 nghìn người", "1.2万人"),
    ("3 triệu", "3 million"),
    ("в 15:30", "at 3:30 pm"),
    ("в 12:00", "12点"),
    ("1990-1995 гг.", "1990至1995年"),
    ("２０２１年の", "in 2021"),
    ("2 человека", "two people"),
    ("2 người", "两人"),
    ("в 1960-х", "20 世纪 60 年代"),
    ("Лозунги 344 и 1310", "“344”和“1310”口号"),
    ("7 674 439 жителей", "7,674,439 residents"),
    ("7 миллионов лет", "seven million years"),
    ("в 2021 150 человек", "In 2021, 150 people"),
    ("重5千克", "weighs 5 kg"),
    ("5千万元", "50 million yuan"),
    ("5千万元", "5千万元"),
    ("счёт 9/9", "score 9/9"),
    ("в 90-х годах", "in the 1990s"),
    ("14-й съезд", "the fourteenth congress"),
    ("1 234,5 руб.", "1,234.5 roubles"),
    ("2–3 млрд долларов", "20亿至30亿美元"),
    ("от 5 до 6 тыс. человек", "5,000 to 6,000 people"),
]

LOST = [  # (source, translation, what is named)
    ("В 2021 году", "在9621年", ["2021"]),
    ("Лозунги 344 и 1310", "口号", ["344", "1310"]),
    ("14.08.22 в 15:30", "Ow 14.", ["14.08.22", "15:30"]),
    ("725 миллионов", "72.5亿", ["725"]),
    ("1 000 человек", "100 people", ["1 000"]),
    ("рост на 3,5 %", "growth of 35%", ["3,5"]),
    ("1979 ... 1979", "1979 ...", ["1979"]),  # as often as the source has it
    ("2,5 tỷ đồng", "2.5 million dong", ["2,5"]),
]


@pytest.mark.parametrize("source,target", KEPT)
def test_kept_forms_are_not_flagged(source, target):
    assert missing_numbers(source, target) == []


@pytest.mark.parametrize("source,target,named", LOST)
def test_lost_or_changed_numbers_are_named(source, target, named):
    assert missing_numbers(source, target) == named


def test_flag_segment_adds_number_mismatch_per_target():
    seg = Segment(index=0, source="В 2021 году", src_lang="ru", start=0, end=11)
    seg.translations["en"] = Translation(lang="en", text="In 2021")
    seg.translations["zh"] = Translation(lang="zh", text="在9621年")
    flag_segment(seg)
    assert "number_mismatch:zh" in seg.flags and "number_mismatch:en" not in seg.flags
    # the report's document summary names what the flagged target lost
    from mtpipe.document import Document
    from mtpipe.writers.report import document_summary

    doc = Document(doc_id="d.txt", raw_text="В 2021 году", text="В 2021 году", segments=[seg])
    assert document_summary(doc, ["en", "zh"])["numbers"] == [{"segment": 0, "lang": "zh", "missing": ["2021"]}]


@pytest.mark.parametrize("name", ["eng_Latn", "rus_Cyrl", "vie_Latn", "zho_Hans"])
def test_a_copy_of_the_source_loses_no_number(flores_dir, name):
    lines = (flores_dir / f"{name}.devtest").read_text(encoding="utf-8").splitlines()
    assert [x for x in lines if missing_numbers(x, x)] == []


_PAIRS = [("rus_Cyrl", "eng_Latn"), ("rus_Cyrl", "zho_Hans"), ("vie_Latn", "eng_Latn"), ("vie_Latn", "zho_Hans"),
          ("eng_Latn", "zho_Hans")]


def _flores(flores_dir: Path, name: str) -> list[str]:
    return (flores_dir / f"{name}.devtest").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("src,tgt", _PAIRS)
def test_flores_references_are_rarely_flagged_and_corruptions_caught(flores_dir, src, tgt):
    """Real pairs (right translations) as negatives; the same with one digit run changed or dropped as positives."""
    rng = random.Random(f"{src}-{tgt}")
    pairs = [(s, t) for s, t in zip(_flores(flores_dir, src), _flores(flores_dir, tgt)) if re.search(r"\d", s)]
    assert len(pairs) > 150
    alarms = [p for p in pairs if missing_numbers(*p)]
    assert len(alarms) / len(pairs) < 0.06, alarms[:5]
    corrupted = caught = 0
    for s, t in pairs:
        runs = list(re.finditer(r"\d+", t))
        if not runs or missing_numbers(s, t):
            continue
        m = rng.choice(runs)
        if rng.random() < 0.5:
            bad = t[:m.start()] + t[m.end():]
        else:
            i = rng.randrange(m.start(), m.end())
            bad = t[:i] + str((int(t[i]) + rng.randrange(1, 10)) % 10) + t[i + 1:]
        corrupted += 1
        caught += bool(missing_numbers(s, bad))
    assert caught / corrupted > 0.85, (caught, corrupted)


@pytest.mark.slow
def test_translate_flags_lost_numbers_in_jsonl(tmp_path, tiny_models):
    from mtpipe.cli import main

    src = tmp_path / "in"
    src.mkdir()
    (src / "doc.txt").write_text("В 2021 году лозунги 344 и 1310 остались в силе.\n\n"
                                 "Москва встретила гостей тепло и радушно.\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--to", "en,zh", "--config",
                                    str(tiny_models), "--format", "jsonl,html"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    recs = [json.loads(l) for l in (out / "doc.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    flagged = 0
    for r in recs:
        for lang in ("en", "zh"):
            lost = missing_numbers(r["source"], r[lang]) if r["strategy"].get(lang) not in ("passthrough",) else []
            assert (f"number_mismatch:{lang}" in r["flags"]) == bool(lost), (r, lang)
            flagged += bool(lost)
            if not re.search(r"\d", r["source"]):
                assert f"number_mismatch:{lang}" not in r["flags"]
    assert flagged  # the random model keeps no number
    page = (out / "doc.html").read_text(encoding="utf-8")
    assert re.search(r"number_mismatch:(en|zh) \([^)]*(2021|344|1310)", page)
    # report.json names them too, per document, segment and target, as the JSONL records say
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (summary,) = [d for d in report["documents"] if d["doc"] == "doc.txt"]
    want = [{"segment": r["index"], "lang": lang, "missing": missing_numbers(r["source"], r[lang])}
            for r in recs for lang in ("en", "zh") if f"number_mismatch:{lang}" in r["flags"]]
    assert summary["numbers"] == want and len(want) == flagged
    assert all(n["missing"] and set(n["missing"]) <= {"2021", "344", "1310"} for n in want), want

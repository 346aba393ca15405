"""Cleaning on the real seeds: chrome gone, titles once, spam repaired, every removal in the ledger."""

import copy
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from mtpipe.clean import CleanOptions, Cleaner
from mtpipe.clean.rules import RuleError, load_rules
from mtpipe.ingest import read_document
from mtpipe.segment import Segmenter

CHROME = ["Шрифт", "Печать", "No comments", "Post a Comment", "Collect0", "Send gifts0", "Next post", "Previous post",
          "Customer service hotline", "_副本", ".jpg", "Responsible editor", "This article only represents",
          "Homepage |", "Li Yugang: Telling stories", "China's charity sector", "Moving the factory to Sihui",
          "w88.is", "Время:", "Jilin Daily 1709 0"]


@pytest.fixture(scope="module")
def cleaned(seeds_dir):
    out = {}
    clean, seg = Cleaner(), Segmenter()
    for p in sorted(seeds_dir.glob("*.txt")):
        out[p.name[:3]] = seg(clean(read_document(p, seeds_dir)))
    return out


def test_no_chrome_reaches_a_segment(cleaned):
    for name, doc in cleaned.items():
        joined = "\n".join(s.source for s in doc.segments)
        for c in CHROME:
            assert c not in joined, (name, c)


TITLES = [("000", 0), ("001", 2), ("002", 2), ("004", 2)]  # (seed, line of the title)


@pytest.mark.parametrize("name,line", TITLES)
def test_every_title_survives_once(cleaned, seeds_dir, name, line):
    raw = next(seeds_dir.glob(f"{name}_*")).read_text(encoding="utf-8").splitlines()
    title = raw[line].strip()
    doc = cleaned[name]
    paragraphs = [doc.text[g[0].start:g[-1].end] for g in doc.paragraphs()]
    assert paragraphs.count(title) == 1, title


def test_spam_token_restored_in_all_15_places(cleaned):
    doc = cleaned["003"]
    repairs = [e for e in doc.ledger if e.rule == "spam.repair"]
    assert len(repairs) == 15
    assert all(e.text == "w88.is" for e in repairs)
    assert "w88.is" not in doc.text
    text = doc.text
    assert text.count("Bí thư Thành ủy") == 3  # "Bí thư Thành ủy Hà Quang Trung", twice "Phó Bí thư Thành ủy"
    assert "Ban Thường vụ Thành ủy" in text
    assert text.count("thành phố") == 9
    assert "các thành viên" in text and "hình thành mô hình" in text
    assert sorted(e.replacement for e in repairs) == sorted(["Thành"] * 4 + ["thành"] * 11)


def test_dates_and_bylines_become_metadata(cleaned):
    assert cleaned["000"].meta["date"] == "2024-01-24" and cleaned["000"].meta["source"] == "CCFAO"
    assert cleaned["002"].meta["date"] == "2018-05-04"
    assert cleaned["004"].meta["source"] == "Jilin Daily"


def test_ledger_accounts_for_every_removed_character(cleaned):
    """Every non-space character of the normalised text is in a segment or in a ledger removal."""
    for name, doc in cleaned.items():
        covered = [False] * len(doc.text)
        for s in doc.segments:
            for i in range(s.start, s.end):
                covered[i] = True
        removed_raw = [False] * (len(doc.raw_text) + 1)
        for e in doc.ledger:
            if e.action == "removed":
                for i in range(e.start, e.end):
                    removed_raw[i] = True
        for i, ch in enumerate(doc.text):
            if ch.isspace() or covered[i]:
                continue
            assert removed_raw[doc.to_raw(i)], (name, i, doc.text[max(0, i - 20):i + 20])
        doc.check()  # ledger slices match the raw text exactly


def test_keep_boilerplate_removes_nothing(seeds_dir):
    p = sorted(seeds_dir.glob("004_*"))[0]
    doc = Segmenter()(Cleaner(CleanOptions(enabled=False))(read_document(p, seeds_dir)))
    assert not [e for e in doc.ledger if e.action == "removed"]
    assert any("Customer service hotline" in s.source for s in doc.segments)


def test_near_duplicates():
    from mtpipe.document import Document

    text = ("Мэр Ван Цзылянь посетил парк и провёл совещание о развитии.\n\n"
            "Мэр Ван Цзылянь посетил парк и провел совещание о развитии!\n\nДругой абзац о другом.")
    doc = Cleaner()(Document.from_text(text))
    assert [e.rule for e in doc.ledger] == ["dedupe.near"]


def test_bad_rules_file_names_file_and_rule(tmp_path):
    f = tmp_path / "r.toml"
    f.write_text('[[rule]]\nname = "x"\npattern = "(unclosed"\n')
    with pytest.raises(RuleError, match=r"r.toml: rule 'x': bad pattern"):
        load_rules([f])


def test_unrepairable_spam_is_flagged_not_deleted():
    from mtpipe.document import Document

    text = "Ông Xyzzy qwe.com plugh zork. Bà Frob qwe.com blorp quux."  # Vietnamese frame, nonsense around
    doc = Cleaner()(Document.from_text(text))
    assert "qwe.com" in doc.text
    assert [e.action for e in doc.ledger if e.rule.startswith("spam")] == ["flagged", "flagged"]


def test_spam_repair_runs_for_vietnamese_documents_only():
    from mtpipe.document import Document

    ru = "Об этом сообщает ria.ru со ссылкой на мэрию. Позже ria.ru уточнил детали."
    doc = Cleaner()(Document.from_text(ru))
    assert doc.text == ru and doc.ledger == []


# -- the ledger replayed: raw text minus removals plus repairs == what the segments cover -----


def test_ledger_replay_equals_the_segments(cleaned):
    from mtpipe.clean import unaccounted

    for name, doc in cleaned.items():
        assert unaccounted(doc) is None, name


def test_ledger_replay_catches_a_silent_drop(cleaned):
    from mtpipe.clean import unaccounted

    doc = cleaned["004"]
    dropped = copy.deepcopy(doc)
    del dropped.segments[5]
    assert unaccounted(dropped) is not None
    forgotten = copy.deepcopy(doc)
    forgotten.ledger = [e for e in forgotten.ledger if e.rule != "chrome.hotline"]
    assert unaccounted(forgotten) is not None


def test_apply_ledger_cuts_repairs_and_keeps_flags():
    from mtpipe.clean import apply_ledger
    from mtpipe.document import LedgerEntry

    raw = "AAA bad BBB w88.is phố CCC x.com"
    ledger = [LedgerEntry("r", "removed", "bad ", 4, 8), LedgerEntry("s", "repaired", "w88.is", 12, 18, "thành"),
              LedgerEntry("f", "flagged", "x.com", 27, 32)]
    assert apply_ledger(raw, ledger) == "AAA BBB thành phố CCC x.com"
    with pytest.raises(ValueError, match="overlap"):
        apply_ledger(raw, [LedgerEntry("a", "removed", "", 0, 5), LedgerEntry("b", "removed", "", 3, 8)])


TRICKY = st.lists(st.sampled_from(
    ["Привет мир. ", "г. ", "т. д. ", "w88.is ", "thành ", "phố ", "长春。", "Mr. ", "TP. ", "\u200b", "\r\n", "\n\n",
     "  ", "x.com ", "Post a Comment", "No comments:", "2024-05-29", "Next post:", "a | b | c | d", "ă", "!", "?"]),
    max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.text(max_size=300), TRICKY))
def test_ledger_accounts_for_everything_on_arbitrary_input(raw):
    from mtpipe.clean import unaccounted
    from mtpipe.document import Document
    from mtpipe.ingest import normalize_text

    text, offsets = normalize_text(raw)
    doc = Segmenter()(_CLEANER(Document(doc_id="x", raw_text=raw, text=text, raw_offsets=offsets)))
    doc.check()
    assert unaccounted(doc) is None


_CLEANER = Cleaner()


# -- duplicates --------------------------------------------------------------------------


def test_truncated_lead_repeated_by_the_next_paragraphs_goes(cleaned):
    doc = cleaned["004"]
    covered = [e for e in doc.ledger if e.rule == "dedupe.covered"]
    assert len(covered) == 1 and covered[0].text.startswith("Jilin Daily June 29 news")
    sources = [s.source for s in doc.segments]
    assert not any("Jingjunhai were inaugurated as" in s for s in sources)  # the cut-off copy
    assert sum(s.startswith("At the unveiling ceremony, Jing Junhai read") for s in sources) == 1
    assert sum("the opening ceremony of China-South Korea (Changchun)" in s for s in sources) == 1


def test_a_title_printed_twice_keeps_the_first():
    from mtpipe.document import Document

    title = "The city's industrial investment promotion symposium was held in Zhaoqing"
    text = f"{title}\n\n{title}\n\nThe meeting was held on Wednesday. Many people came to it."
    doc = Segmenter()(Cleaner()(Document.from_text(text)))
    assert [e.rule for e in doc.ledger] == ["dedupe.exact"] and doc.ledger[0].start > 0
    assert doc.segments[0].source == title


def test_short_repeated_lines_are_not_duplicates():
    from mtpipe.document import Document

    text = "Да.\n\nОн сказал это.\n\nДа.\n\nОн ушёл."
    doc = Cleaner()(Document.from_text(text))
    assert doc.ledger == []


# -- spam tokens -------------------------------------------------------------------------


def test_a_token_can_stand_for_different_syllables():
    from mtpipe.document import Document

    text = ("Kinh tế của w88.is phố tăng trưởng mạnh. Chính quyền w88.is phố đã họp. Trung tâm của w88.is phố "
            "rất đông. Chúng ta phải thúc đẩy phát w88.is kinh tế. Mục tiêu là phát w88.is bền vững.")
    doc = Cleaner()(Document.from_text(text))
    assert [e.replacement for e in doc.ledger] == ["thành", "thành", "thành", "triển", "triển"]
    assert "phát triển kinh tế" in doc.text and "Chính quyền thành phố" in doc.text


def test_a_site_named_in_an_advert_is_flagged_not_rewritten():
    from mtpipe.document import Document

    text = "Truy cập trang w88.is để đặt cược. Đăng ký w88.is ngay hôm nay."
    doc = Cleaner()(Document.from_text(text))
    assert doc.text.count("w88.is") == 2
    assert [e.action for e in doc.ledger] == ["flagged", "flagged"]


@pytest.mark.parametrize("text", [
    "Xem thêm tại http://w88.is/abc và http://w88.is/def hôm nay.",
    "Liên hệ admin@w88.is hoặc support@w88.is để biết thêm.",
    "Trang www.w88.is phố và www.w88.is phố.",
])
def test_urls_and_emails_are_not_spam_tokens(text):
    from mtpipe.clean.spam import find_spam_tokens

    assert find_spam_tokens(text) == {}


def test_spam_repair_offsets_follow_into_the_raw_text(seeds_dir):
    doc = Cleaner()(read_document(next(seeds_dir.glob("003_*")), seeds_dir))
    for e in doc.ledger:
        assert doc.raw_text[e.start:e.end] == "w88.is"
    # the map from the repaired text back to the raw text stays monotonic and complete
    assert len(doc.raw_offsets) == len(doc.text) + 1 and doc.raw_offsets == sorted(doc.raw_offsets)


# -- rules -------------------------------------------------------------------------------


def test_rules_apply_per_language(tmp_path):
    from mtpipe.document import Document

    f = tmp_path / "ru.toml"
    f.write_text('[[rule]]\nname = "ru.only"\nlangs = ["ru"]\npattern = \'Реклама.*\'\n'
                 '[[rule]]\nname = "any.search"\nsearch = true\npattern = \'\\[\\d+\\]\'\n')
    c = Cleaner(CleanOptions(rules_paths=(str(f),)))
    ru = c(Document.from_text("Мэр провёл совещание в городе.\n\nРеклама: купите слона.\n\nИтог совещания[12] ясен."))
    assert [e.rule for e in ru.ledger] == ["ru.only", "any.search"]
    en = c(Document.from_text("The mayor held a meeting in the city.\n\nРеклама: купите слона."))
    assert [e.rule for e in en.ledger] == []


@pytest.mark.parametrize("body,message", [
    ('[[rule]]\nname = "x"\n', "no pattern"),
    ('[[rule]]\nname = "x"\npattern = "a"\nwhat = 1\n', "unknown keys what"),
    ('[[rule]]\nname = "x"\npattern = "a"\naction = "explode"\n', "action must be"),
    ('[[rule]\n', "cannot load rules"),
])
def test_rule_file_problems(tmp_path, body, message):
    f = tmp_path / "bad.toml"
    f.write_text(body)
    with pytest.raises(RuleError, match=message):
        load_rules([f])


def test_rule_names_are_unique_across_files(tmp_path):
    for n in ("a", "b"):
        (tmp_path / f"{n}.toml").write_text('[[rule]]\nname = "same"\npattern = "x"\n')
    with pytest.raises(RuleError, match="name already used"):
        load_rules([tmp_path])


def test_bundled_rules_load_and_are_named():
    rules = load_rules()
    assert len(rules) >= 10 and len({r.name for r in rules}) == len(rules)


def test_markdown_marks_at_line_level(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("# Мэр провёл совещание\n\n![фото](img/1.jpg)\n\nМэр посетил парк.\n\n---\n\nВторой абзац.",
                 encoding="utf-8")
    doc = Segmenter()(Cleaner()(read_document(f)))
    assert [s.source for s in doc.segments] == ["Мэр провёл совещание", "Мэр посетил парк.", "Второй абзац."]
    assert [e.rule for e in doc.ledger] == ["markdown.heading", "markdown.image", "markdown.rule"]


def test_overlapping_search_rules_remove_each_character_once(tmp_path):
    from mtpipe.clean import unaccounted
    from mtpipe.document import Document

    f = tmp_path / "r.toml"
    f.write_text('[[rule]]\nname = "a"\nsearch = true\npattern = \'\\[\\d+\\]\'\n'
                 '[[rule]]\nname = "b"\nsearch = true\npattern = \'\\d+\\] ?\\(src\\)\'\n')
    doc = Segmenter()(Cleaner(CleanOptions(rules_paths=(str(f),)))(
        Document.from_text("Итог ясен[12] (src) и понятен[3]. Конец.")))
    assert [(e.rule, e.text) for e in doc.ledger] == [("a", "[12]"), ("b", " (src)"), ("a", "[3]")]
    assert unaccounted(doc) is None


def test_reporter_dateline_becomes_metadata_and_the_sentence_stays(cleaned):
    doc = cleaned["004"]
    assert doc.meta["byline"] == "Miao Youyin" and doc.meta["dateline"] == "June 29"
    assert doc.segments[1].source.startswith("This morning, the opening ceremony")
    assert not any("(reporter" in s.source for s in doc.segments)


@pytest.mark.parametrize("line,byline,rest", [
    ("（记者 王明）长春市召开会议。", "王明", "长春市召开会议。"),
    ("(корреспондент Иван Петров) Мэр провёл совещание.", "Иван Петров", "Мэр провёл совещание."),
])
def test_byline_at_paragraph_start(line, byline, rest):
    from mtpipe.document import Document

    doc = Segmenter()(Cleaner()(Document.from_text(line)))
    assert doc.meta["byline"] == byline
    assert [s.source for s in doc.segments] == [rest]


ALIEN = [
    ("Chúng ta cần fb88 triển kinh tế. Kế hoạch fb88 triển nông thôn. Mục tiêu fb88 triển bền vững.", {"fb88": 3}),
    ("Bí thư w88.is ủy họp. Phó Bí thư w88.is ủy dự.", {"w88.is": 2}),
    ("Lúc 10h30 họp, lúc 10h30 nghỉ. Mã 2024 và 2024.", {}),  # times and numbers are not alien
    ("Xem w88.is/abc và w88.is/def.", {}),  # a path: a real address
    ("Liên hệ w88.is", {}),  # once is not spam
]


@pytest.mark.parametrize("text,expected", ALIEN)
def test_alien_tokens_found(text, expected):
    from mtpipe.clean.spam import find_spam_tokens

    assert {k: len(v) for k, v in find_spam_tokens(text).items()} == expected


def test_alien_token_without_a_clear_reading_is_flagged_and_kept():
    from mtpipe.document import Document

    doc = Cleaner()(Document.from_text(ALIEN[0][0]))
    assert doc.text.count("fb88") == 3
    assert [e.action for e in doc.ledger] == ["flagged"] * 3

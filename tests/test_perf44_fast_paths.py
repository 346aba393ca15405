"""The fast paths of perf44 give the slow paths' answers (same-shape inputs on both sides of each test)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mtpipe.clean import ru_closing
from mtpipe.clean.rules import Rule, RuleLines, load_rules, whole_line_any
from mtpipe.document import Document

ROOT = Path(__file__).resolve().parents[1]
DEV_PARTS = ("held26.ann", "held28.ann", "crawlru2.ann", "crawlvi.ann")  # dev parts (no blind one)


def _dev_lines(limit: int = 6000) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cleaning  # noqa: E402

    out: list[str] = []
    for name in DEV_PARTS:
        f = ROOT / "benchmarks" / "data" / "realpages" / name
        if f.exists():
            for doc in cleaning.load_file(f):
                out += [ln for ln in doc.raw().splitlines() if ln.strip()]
    return out[:limit]


def _any_slow(patterns: tuple[re.Pattern[str], ...], s: str) -> bool:
    return any(p.fullmatch(s) is not None for p in patterns)


# each bundled rule's kind of line and a line of the same shape that no rule takes
SHAPES = [
    "Chia sẻ", "Chia sẻ bài viết", "Поделиться", "Поделиться новостью с друзьями, это важно.", "Tags: A, B",
    "Bình luận (3)", "Комментарии (12)", "Комментарии к статье мы читаем все и отвечаем.", "Đọc thêm", "Читайте также:",
    "Читайте также наш рассказ о поездке.", "Фото: Иван Петров", "Ảnh: Minh Anh", "Ảnh: Minh Anh chụp ở Huế năm ngoái.",
    "Источник: ТАСС", "Nguồn: VnExpress", "© 2024 Все права защищены", "© 2024 Все права защищены, и это всё.",
    "Подписывайтесь на наш канал", "", "   ", "12:30", "Trang chủ", "Trang chủ » Tin tức", "Главная / Новости",
]


def test_whole_line_any_agrees_with_every_rule_on_bundled_rules() -> None:
    rules = load_rules()
    patterns = tuple(r.pattern for r in rules if not r.search)
    joined = whole_line_any(patterns)
    assert joined is not None
    lines = SHAPES + [ln.strip() for ln in _dev_lines()]
    hits = 0
    for s in lines:
        fast = joined.fullmatch(s) is not None
        assert fast == _any_slow(patterns, s), s
        hits += fast
    assert hits > 0 and hits < len(lines)  # both sides met


def test_whole_line_any_flags_names_and_refusals() -> None:
    # one rule case-sensitive, one not; both name a group "who" (joined, the names would clash)
    a = re.compile(r"Фото:\s*(?P<who>\w+)", re.IGNORECASE)
    b = re.compile(r"ẢNH (?P<who>\w+)")
    joined = whole_line_any((a, b))
    assert joined is not None
    for s in ("фото: Иван", "ФОТО:Иван", "ẢNH Minh", "ảnh Minh", "Ảnh Minh", "ẢNH Minh Anh", "Фото: Иван Петров", "ẢNH"):
        assert (joined.fullmatch(s) is not None) == _any_slow((a, b), s), s
    # a back reference, a conditional, an inline global flag, a "(?P<" inside a class, another flag: no shortcut
    assert whole_line_any((a, re.compile(r"(\w)\1"))) is None
    assert whole_line_any((re.compile(r"(?P<x>a)(?(x)b|c)"),)) is None
    assert whole_line_any((re.compile(r"(?s)a.b"),)) is None
    assert whole_line_any((re.compile(r"[(?P<x>]+"),)) is None
    assert whole_line_any((re.compile(r"a.b", re.DOTALL),)) is None
    assert whole_line_any(()) is None


def _slow_mark(rules: list[Rule], doc: Document, spans: list[tuple[int, int]]) -> tuple[dict, dict]:
    """RuleLines.mark's loop as it was, every rule tried on every line (a plain dict for ``removed``)."""
    removed: dict[int, tuple[str, str | None]] = {}
    cut: dict[int, list] = {}
    for i, (a, b) in enumerate(spans):
        if i in removed:
            continue
        line = doc.text[a:b]
        for rule in rules:
            if rule.search:
                for m in rule.pattern.finditer(line):
                    if m.end() > m.start():
                        cut.setdefault(i, []).append((a + m.start(), a + m.end(), rule.name, None))
                continue
            if rule.pattern.fullmatch(line.strip()) is None:
                continue
            removed[i] = (rule.name, None)
            for j in range(i + 1, min(len(spans), i + 1 + rule.after)):
                removed.setdefault(j, (rule.name, "follows " + repr(line[:40])))
            break
    return removed, cut


class _Marks:
    def __init__(self, doc: Document, spans: list[tuple[int, int]]) -> None:
        self.doc, self.lang, self.spans = doc, "vi", spans
        self.removed: dict[int, tuple[str, str | None]] = {}
        self.cut: dict[int, list] = {}


def test_rule_lines_same_marks_with_search_rules_between() -> None:
    # a search rule before and after whole-line ones: its cuts are made on lines no whole-line rule takes and on
    # those one does (before it), never after the line's whole-line match
    rules = [Rule("cut.ad", re.compile(r"\[quảng cáo\]", re.IGNORECASE), search=True),
             Rule("line.share", re.compile(r"chia sẻ(?: bài viết)?", re.IGNORECASE)),
             Rule("line.photo", re.compile(r"Ảnh:\s*(?P<who>.+)"), after=1),
             Rule("cut.tail", re.compile(r"\s*\(theo \w+\)$", re.IGNORECASE), search=True)]
    lines = ["Chia sẻ", "Chia sẻ [quảng cáo]", "[Quảng cáo] Chia sẻ bài viết", "Ảnh: Minh", "Câu sau ảnh (theo TTXVN)",
             "ảnh: Minh", "Tin [quảng cáo] hay (theo VOV)", "Chia sẻ bài viết này với bạn bè (theo Zing)", "Đọc tiếp"]
    text = "\n".join(lines)
    spans, at = [], 0
    for ln in lines:
        spans.append((at, at + len(ln)))
        at += len(ln) + 1
    doc = Document(doc_id="t.txt", raw_text=text, text=text)
    marks = _Marks(doc, spans)
    RuleLines(rules).mark(marks)  # type: ignore[arg-type]
    removed, cut = _slow_mark(rules, doc, spans)
    assert marks.removed == removed and marks.cut == cut
    assert removed and cut and set(removed) != set(range(len(lines)))


def test_cut_lead_ellipsis_precheck() -> None:
    lead = "Власти города объявили о новых мерах поддержки семей с детьми и пенсионеров"
    slow = re.compile(r"[^\W\d_][»\"”)]?\s?(?:\.{3}|…)$")
    for s in (lead + "...", lead + "…", lead + "»…", lead + " ...", lead + "...\n", lead + "… ", lead + "...)",
              lead + ".", lead + "… и далее", lead + "....", lead + "1...", lead + "..", "Коротко…"):
        t = s.strip()
        want = len(t) >= ru_closing.CUT_CHARS and ru_closing.words_at_least(t, 8) and slow.search(t) is not None
        assert ru_closing.cut_lead(s) == want, s
    assert ru_closing.cut_lead(lead + "…") and not ru_closing.cut_lead(lead + ".")



def test_normalise_line_cache_holds_a_run_window() -> None:
    # the first pass's keys are the clean pass's: a window of pages' lines stays cached between the passes,
    # and the cached answer is the function's own (same-shape lines: digits, month names, none)
    from mtpipe.clean.templates import normalise_line

    assert normalise_line.cache_info().maxsize >= 1 << 16
    for s in ("Lượt xem: 571", "Lượt xem: 12", "Nov 29, 2011 03:00 PM EST", "Mar 27, 2013 06:29 PM EDT", "Xem thêm",
              "ngày 5 tháng năm", "Thứ hai, 12/3/2024", "Thứ hai là ngày đầu tuần"):
        assert normalise_line(s) == normalise_line.__wrapped__(s)

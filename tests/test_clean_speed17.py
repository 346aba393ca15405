"""Cheaper cleaner layers, same verdicts (issue 12, seventeenth session: the speed of cleaning + segmentation)."""

from __future__ import annotations

import re

from mtpipe.clean import controls, policy
from mtpipe.clean.features import _sentence_like

#: the reader notices as they were written before anchoring (searched at every position of the line)
_OLD = (
    re.compile(r"(?=.*\b(?:cookies?|куки)\b)(?=.*(?:сайт|site|trang web|website))"
               r"(?=.*(?:использу|uses?\b|sử dụng|продолжая|tiếp tục|continu))", re.IGNORECASE),
    re.compile(r"(?=.*javascript)(?=.*(?:включите|отключ|enable|disabled|bật|tắt))", re.IGNORECASE),
)

LINES = [
    "Мы используем cookies для улучшения работы сайта. Продолжая, вы соглашаетесь.",
    "Trang web này sử dụng cookies để cải thiện trải nghiệm.",
    "Продолжая просмотр, вы соглашаетесь: этот сайт использует куки",
    "Для работы сайта включите JavaScript в браузере",
    "Vui lòng bật JavaScript để xem nội dung này",
    "Печенье (cookies) испекли на кухне, а сайт ресторана рассказал об этом",
    "Cookies were baked in the kitchen",
    "JavaScript — язык программирования для браузеров",
    "Уважаемые читатели, " * 6 + "этот сайт использует cookies",
    "",
]


def test_anchored_notices_agree_with_the_old_search() -> None:
    for line in LINES:
        for new, old in zip(controls._NOTICES, _OLD):
            assert (new.search(line) is None) == (old.search(line) is None), line


def test_prompt_finds_a_notice_at_the_end_of_a_long_line() -> None:
    assert controls.prompt(LINES[8])
    assert not controls.prompt("Уважаемые читатели, " * 6 + "сайт открыт")


def test_weighed_scores_are_cached_per_table_object_and_language() -> None:
    table = policy.load_table()
    a = policy._scores_of(table, "ru")
    assert a is policy._scores_of(table, "ru")
    assert dict(a) == policy.expected_precision(table, "ru")
    assert dict(policy._scores_of(table, "vi")) == policy.expected_precision(table, "vi")
    # another table (a copy with one rule changed) never gets the first one's scores
    other = {r: dict(m) for r, m in table.items()}
    rule = next(iter(other))
    other[rule]["content"] += 1000
    got = policy._scores_of(other, "ru")
    assert dict(got) == policy.expected_precision(other, "ru")
    assert got[rule] < a[rule]


def test_sentence_like_is_the_same_when_asked_twice() -> None:
    s = "Делегация из Хэйхэ посетила Благовещенск и обсудила торговлю."
    assert _sentence_like(s) and _sentence_like(s)
    assert not _sentence_like("Новости") and not _sentence_like("Новости")


def test_no_pattern_opens_with_an_unanchored_dot_star_lookahead() -> None:
    """A pattern opening with "(?=.*" and searched is retried at every position of the line (quadratic on long
    lines: `controls.prompt`, `ru_portal._REPRINT` were); anchor it with "^" (a line has no line break)."""
    import pathlib
    import re as _re

    root = pathlib.Path(controls.__file__).resolve().parents[1]
    opening = _re.compile(r"""re\.compile\(\s*r?["'](\(\?=\.\*)""")
    found = [f"{p.relative_to(root)}:{n}" for p in root.rglob("*.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if opening.search(line)]
    assert found == []

"""Dates written day. month. year with spaces ("23. 01. 2025", as russian.china.org.cn prints them)
are no sentence ends (field trial 4, docs/field-trial-4.md): they were cut into "…23." / "01." /
"2025", and the two number-only pieces went to both targets as segments of their own."""

from __future__ import annotations

import pytest

from mtpipe.segment.sentences import split_sentences

CASES = [
    ("ru", "Указ подписан 23. 01. 2025 и вступил в силу. Он касается всех провинций.", 2),
    ("ru", "Xinhua | 23. 01. 2025", 1),
    ("ru", "Новость от 5. 3. 2024 г. о визите председателя.", 1),
    ("ru", "Встреча прошла 30. 12. 24 в Пекине. Стороны подписали соглашение.", 2),
    ("en", "The decree was signed on 23. 01. 2025 and took effect at once. It covers every province.", 2),
    ("vi", "Thông báo ngày 07. 02. 2017 của Bộ Ngoại giao. Hai bên nhất trí tăng cường hợp tác.", 2),
    # not a date: the sentence before ends in a number, the next starts with one
    ("ru", "В заседании участвовали 23 делегата. 45 из них выступили.", 2),
    ("en", "The vote was 23. 45 members abstained.", 2),
]


@pytest.mark.parametrize("lang,text,n", CASES)
def test_spaced_dates_do_not_end_sentences(lang, text, n):
    spans = split_sentences(text, lang)
    pieces = [text[a:b] for a, b in spans]
    assert len(pieces) == n, pieces
    for p in pieces:
        assert any(ch.isalpha() for ch in p), pieces  # no piece of digits and stops alone

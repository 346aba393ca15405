"""spam53: a gambling site's slug ends in the trade's word with its plural or the player's noun too
(mtpipe.clean.spam_slugs.GAMBLING_PIECES: "gambler", "gamblers", "bettor", "bettors", "jackpots", "wagers").

Positives: real slugs of that shape from the UT1 and ShadowWhisperer gambling lists ("blackjack-gambler",
"houston-gamblers", "im-gambler", "worlds-greatest-gamblers"), pasted into real sentences of the dev sets and pages at
the places :mod:`mtpipe.clean.spam_lone` weighs a slug (opening a clause after a comma, right after a number, at a
sentence's start). Negatives: real Vietnamese sentences with hyphenated English terms, and the trade's English words
written alone, which no slug rule reads."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_slugs import slug
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("tok", ["blackjack-gambler", "houston-gamblers", "im-gambler", "worlds-greatest-gamblers",
                                 "sharp-bettors", "mega-jackpots", "free-wagers", "og-casino", "europe-bet"])
def test_slug_ends_in_a_trade_word(tok: str) -> None:
    assert slug(tok)


@pytest.mark.parametrize("tok", ["gambler", "gambler-fallacy", "check-in", "long-term", "e-mail", "game-show",
                                 "win-win", "fan-club", "high-tech", "start-up"])
def test_no_slug(tok: str) -> None:
    assert not slug(tok)


# real sentences of the dev pages and sets, a slot a slug is weighed in left open
FRAMES = [
    # opening a clause after a comma
    "Cơ quan khí tượng đánh giá đây là cơn bão di chuyển nhanh, {} độ mạnh, phạm vi ảnh hưởng rộng.",
    # right after a number, where a counted noun stands
    "Trong 9 tháng đầu năm, tổng doanh thu của bốn sàn lớn đạt 305.900 {} đồng, tăng mạnh so với cùng kỳ.",
    # at a sentence's start, before a lower-case syllable
    "{} qua thời gian, người dân dần biến tấu và phát triển các loại nón lá cho phù hợp với xu thế.",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("tok", ["blackjack-gambler", "houston-gamblers", "im-gambler"])
def test_pasted_slug_is_flagged(frame: str, tok: str) -> None:
    assert tok in _flags(frame.format(tok))


NEGATIVES = [  # real Vietnamese sentences: hyphenated terms, the trade's words alone
    "Sau khi check-in tại quầy, hành khách được hướng dẫn lên máy bay.",
    "Nhiều nhà đầu tư chọn chiến lược long-term thay vì lướt sóng.",
    "Bộ phim kể về một gambler sa vào nợ nần rồi tìm cách làm lại cuộc đời.",
    "Cơ quan khí tượng đánh giá đây là cơn bão di chuyển nhanh, cường độ mạnh, phạm vi ảnh hưởng rộng.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_real_sentence_not_flagged(text: str) -> None:
    assert _flags(text) == []

"""perf79: cheap necessary conditions before the costly work of a boilerplate sub-rule; each gate against the code it
stands in front of (written out here as it was) on lines of the class and their nearest neighbours."""
from __future__ import annotations

import unicodedata

from mtpipe.clean import features

_LINES = [
    "Ảnh: Reuters", "ẢNH: TTXVN", "Ảnh minh họa", "Фото: ТАСС", "ФОТО: пресс-служба", "Photo: AFP", "PHOTO: AP",
    "Стоп-кадр видео", "Автор фото: Иван Петров", "Nguồn ảnh: VnExpress", "Hình ảnh: Internet", "cảnh giác: ...",
    "Ảɴʜ: WIV", "ᴘʜᴏᴛᴏ: Reuters", "Pʜᴏᴛᴏ: Reuters", "Aɴʜ ᴍɪɴʜ ʜᴏᴀ", "ꜰᴏᴛᴏ", "Ảɴʜ minh họa", "photo: someone", "ảnh:", "Фото",
    "Hôm nay trời đẹp, ảnh chụp từ xa.", "Он сделал фото: красиво", "Sản phẩm. Ảnh Minh Hà", "", " ", "ᴀ",
    "Một câu dài " * 40 + "Ảnh: X", "Текст без подписи", "ABCDEFGHIJ", "ảnh hưởng: lớn",
]


def _is_caption_before(s: str) -> bool:  # features.is_caption before perf79
    if any(w in s for w in features._CAPTION_SEEDS) and features._CAPTION.search(s):
        return True
    folded = s.translate(features._SMALL_CAPS)
    if folded == s:
        return False
    folded = unicodedata.normalize("NFC", folded)
    return any(w in folded for w in features._CAPTION_SEEDS) and features._CAPTION.search(folded) is not None


def test_is_caption_same_answers() -> None:
    for s in _LINES:
        assert features.is_caption(s) == _is_caption_before(s), s


def test_small_capitals_still_read() -> None:
    # the gate's necessary condition: a line with a small capital is translated and read
    assert features.is_caption("Ảɴʜ: WIV")
    assert features.is_caption("Pʜᴏᴛᴏ: Reuters") and not features.is_caption("ᴘʜᴏᴛᴏ: Reuters")  # (case as written)
    for ch in map(chr, features._SMALL_CAPS):
        assert features._SMALL_CAPS_ANY.search("x" + ch + "y"), ch
    assert features._SMALL_CAPS_ANY.search("Ảnh minh họa, Фото") is None


def test_caption_seed_scan_is_the_seed_test() -> None:
    for s in _LINES + [w + " tail" for w in features._CAPTION_SEEDS] + ["ảNH", "фОТО", "Стоп кадр"]:
        assert bool(features._CAPTION_SEED.search(s)) == any(w in s for w in features._CAPTION_SEEDS), s

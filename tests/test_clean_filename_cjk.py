"""A line of Chinese, Japanese or Korean text with a digit in it is no file name (field trial b: the
headline "2022年8月19日外交部发言人汪文斌" of a bilingual press-conference page was removed as
``boilerplate.filename``, "a file name or image id standing alone": in a script written without
spaces, a whole sentence is one run of word characters)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.document import Document


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner()(Document.from_text(text, doc_id="d.txt"))
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", ["2022年8月19日外交部发言人汪文斌", "第14期全人代第1回会議", "2014년7월이후11년만이다"])
def test_cjk_line_with_digits_is_not_a_file_name(line):
    text = f"Regular press conference.\n\n{line}\n\nThe spokesperson answered questions on trade.\n"
    assert _removed(text).get(line) != "boilerplate.filename"


@pytest.mark.parametrize("line", ["image0042", "IMG_20240501_1530", "DSC_0042"])
def test_file_names_still_removed(line):
    text = f"Пекин объявил о новых пошлинах.\n{line}\nПошлины вступят в силу в мае.\n"
    # camera names (IMG_…, DSC_…) go by chrome.image_filename since cap105; any other file name by boilerplate.filename
    assert _removed(text).get(line) in ("boilerplate.filename", "chrome.image_filename")

"""Soft-break sign of round bnd54 (issue 12: no sentence cut at a soft line break), read on held37's ``h37ru15`` (a
district hospital's contact block, dev since the twenty-sixth session): **a labelled field whose value wraps**.

:mod:`.softbreak` keeps a labelled field ("Сообщения: 396": one or two words, a colon, a value of four words at most,
no sentence end; :data:`FIELD`) apart from its neighbours: the rows of a profile or a form.  A long value wraps,
though: an address breaks after one of its parts and goes on on the next line ("Адрес: 607400, Нижегородская
область,⏎г. Перевоз, ул. Центральная, 68"; "Юридический адрес: 623408, Свердловская область,⏎г. Екатеринбург, …"
and "Адрес: 693000, Южно-Сахалинск,⏎пр. Коммунистический, д. 33" on organisations' contact pages; "Địa chỉ: Số 36
Dân Lập,⏎phường Dư Hàng Kênh, quận Lê Chân").  Cut there, the address is two units and its second half translates
alone (README Convention 6: a wrapped name or cell is one unit over its lines).

The sign (:func:`value_wraps`): the field's value ends with a comma, and the next line goes on in lower case (a
place's kind or its abbreviation: "г.", "ул.", "пр.", "phường", "quận"; ``continues``, the soft-break test) and is
no field itself.  Then the field goes on into the line after it; the break before the field still stands ("E-mail:
…⏎Адрес: …" are two rows).  Left apart: a value closed by a comma over a line that opens with a capital ("Теги:
политика, экономика,⏎Спорт", a tag list's rows) or over another field ("Адрес: …,⏎Телефон: …"), and a value that
ends without a comma ("Сообщения: 396⏎откуда: Питер").
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["FIELD", "value_wraps"]

#: a labelled field: one or two words, a colon, a short value (four words at most, no sentence end)
FIELD = re.compile(r"^\s*[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?\s*:\s+\S+(?: \S+){0,3}\s*$(?<![.!?…])")


def value_wraps(cur: str, nxt: str, continues: Callable[[str], bool]) -> bool:
    """``cur`` is a labelled field whose value ends with a comma; ``nxt``, no field, goes on with it in lower case."""
    return bool(FIELD.match(cur)) and cur.rstrip()[-1:] == "," and continues(nxt) and not FIELD.match(nxt)

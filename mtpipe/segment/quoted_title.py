"""A title in guillemets with a stop inside, quoted in the middle of a Russian sentence (round bnd67, issue 12:
sentence boundaries on real pages; read on held49's ``h49ru03``, measured blind).

"9 февраля … состоится лекция под названием «Чунь Цзе. Праздник Весны, или Китайский Новый год», на которой будет
рассказано …": razdel ends a sentence at "Цзе." before the capital, and the title's two halves land in two units,
the sentence cut.  A quotation that a sentence names in passing (a lecture's, a book's, an exhibition's, a school's
title) opens after a word of that sentence in lower case ("под названием «…", "получила название «…"), and closes
a few words later before the sentence goes on ("», на которой …", "» в …") or ends ("»."); the stops inside it are
the title's (README Convention 2: a title is one unit whatever stops stand inside it).

Quoted speech is the other shape and keeps its ends (README: "ends inside a quotation", "«Не надо бояться армии!‖
Надо рваться служить!‖"): it opens a sentence or follows a colon ("… советом: «…"), and runs longer.  Over every
boundary-labelled part, of the guillemet quotations with a stop and a capital inside, those that open after a word in
lower case are one unit six times out of seven (``h43ru15``'s "«Детская музыкальная школа г. Сестрорецка»",
``h47ru15``'s "… имени А. С. Зацепина»" twice, abbreviations the segmenter keeps already; ``h49ru03`` twice); the
seventh, ``h24ru09``'s teaser "«Вместе весело читать на просторе&r ...‖ Читать дальше »", is a cut teaser whose "»"
is a read-more arrow (an ellipsis, no single stop, so left); the 16 that open a sentence or follow a colon are
quoted speech, an end each time.

:func:`merge_quoted_titles` undoes a break inside such a quotation: the unit before the break ends in a letter and one
stop (".", "!", "?"; no ellipsis), the quotation opened after a lower-case word and a space in that unit and
closes in the next one, fifteen words at most, before a comma, a stop, a bracket, a dash or a lower-case word (or the
line's end).

Round bnd78 (held56's ``h56ru02``, read post-blind) reads the same shape in **straight double quotes** ('… открылась
выставка "Шелковая мода. 30 предметов одежды, рассказывающих о культурном наследии Китая".'), where a page types no
guillemets: the quote opens after a lower-case word and a space (a word of the sentence names the title), the stop
inside is the title's, and the next '"' closes it.  Dev holds one such place (``t28ru55``'s 'по выставочному проекту
"Музей. Фонды. Открыто" проводится …', a title), the RT/ng pool three ('телеканал "Матч! ТВ".', 'программа "Реальный
спорт. Гандбол", не пропустите!', '"выброшена из системы дипломатич. и эконом. отношений".'): no end in any.
"""

from __future__ import annotations

import re

__all__ = ["merge_quoted_titles"]

_TITLE_WORDS = 15
_ONE_STOP = re.compile(r"[^\W\d_][.!?]$")


def _inside_title(text: str, pa: int, pb: int, b: int, opening: str = "«", closing: str = "»") -> bool:
    """The break at ``pb`` (the end of the unit ``text[pa:pb]``, the next ending at ``b``) stands inside a title
    quoted by ``opening`` … ``closing`` (the same mark twice for straight quotes)."""
    q = text.rfind(opening, pa, pb)
    if q < 2 or closing in text[q + 1:pb] or text[q - 1] != " " or not text[q - 2].islower():
        return False
    end = text.find(closing, pb)  # (in a later unit too: "«Музей. Фонды. Открыто»", two stops inside; bnd78)
    if end < 0 or opening in text[pb:end] or len(text[q + 1:end].split()) > _TITLE_WORDS:
        return False
    if _ONE_STOP.search(text[pa:pb].rstrip()) is None:
        return False
    after = text[end + 1:end + 3]
    return not after.strip() or after[0] in ",;:.!?…)" \
        or (after[0] == " " and (after[1].islower() or after[1] in "—–-"))


def merge_quoted_titles(text: str, spans: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """``spans`` (sentence spans of ``text``) with the breaks inside a quoted title undone (Russian, Ukrainian)."""
    if lang not in ("ru", "uk") or len(spans) < 2 or ("«" not in text and '"' not in text):
        return spans
    out = [spans[0]]
    for a, b in spans[1:]:
        pa, pb = out[-1]
        if _inside_title(text, pa, pb, b) or _inside_title(text, pa, pb, b, '"', '"'):
            out[-1] = (pa, b)
        else:
            out.append((a, b))
    return out

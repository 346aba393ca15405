"""Soft-break sign of round bnd48 (issue 12: sentence boundaries on real pages): a poem's lines that one sentence runs
over are one unit.

A poem prints a verse a line, each line opening with a capital and most of them without a stop: "Từ ấy trong tôi
bừng nắng hạ⏎Mặt trời chân lý chói qua tim⏎Hồn tôi là một vườn hoa lá⏎Rất đậm hương và rộn tiếng chim...", "В
школе многое узнаем:⏎О своём любимом крае,⏎О горах и океанах,⏎О материках и странах;" (train30's ``t30vi06`` and
``t30ru02``; the part's README: "a poem's lines running into their sentence").  :mod:`.softbreak` keeps a line that
the next one opens with a capital apart, and a colon or semicolon ends a unit: every verse would be a unit.

The sign (:func:`verse_joins`) is the metre: a stanza (two lines or more, no blank line between) of a block whose
lines all count about the same syllables (a Vietnamese word is a syllable, a Russian syllable is a vowel; the longest
Russian line two syllables longer than the shortest at most, a Vietnamese one one word, or lục bát's six and eight;
a third of the Russian lines at least rhyme, a list of headlines rarely does), five to fourteen
syllables a line, each line opening with a capital (a dash or a quote may stand before it), no figure, no stop inside
it, no list mark; four verse lines at least in the block (a first or last line out of the metre, a title or the
author's line, is left out of it).  Inside such a block a line that stops short of a sentence
end (nothing, a comma, a colon, a semicolon, a dash at its end) goes on into the next line, and the sentence is
joined only when a line of the block ends it (".", "!", "?", "…"): a verse that ends a sentence stays the unit's end,
and a block that never closes one (a poem without stops) is left as it is; in a block that closes one, its last
verse line closes the sentence the block ends in (a poem's last stop missing, or the store cut the poem inside it).
A stanza closed by a comma, a colon or a semicolon goes on into the next stanza of the block across one blank line
("… О материках и странах;⏎⏎И куда впадают реки, …  И как вертится Земля.").

The lines are read before :mod:`.softbreak` joins a verse closed by a comma to the next (the metre is the printed
lines'), and joined after the line layers (:func:`join_verse`, as :mod:`.softbreak_grid`'s rows): a poem's lines joined
before them would no longer look like the verse lines the layers' guards know (:func:`~.profile_guards.stanza`).  Only
lines kept whole are joined, their kept ranges merged; the offsets of the joins go to ``doc.meta["verse_joins"]``, where
the segmenter keeps the sentence whole over them (a verse opening on "Để" or "Các" is no heading glued to its text).

Left apart: a list of headlines or menu items (their lengths differ, or no line closes a sentence), a stanza of one
line, a line broken into one or two words a line (``t28ru39``: too short to be counted), a stanza ending without a
mark before a blank line (the stanza is the unit then).
"""

from __future__ import annotations

import re

from ..document import Document, LedgerEntry

__all__ = ["verse_joins", "verse_breaks", "join_verse", "couplet_wraps", "poems", "verse_line"]

_CLOSERS = "\"'”’»)]"
_STOPS = ".!?…"
_GOES_ON = ",:;—–-"
_CYR_VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯіїєІЇЄ")
_OPEN = re.compile(r"^[—–\-\"'“«„]?\s*[^\W\d_]", re.UNICODE)
_INNER_STOP = re.compile(r"[.!?…]\s+\S")
_MIN_SYL, _MAX_SYL, _SPREAD, _MIN_LINES = 5, 14, 2, 4


_WORD = re.compile(r"[^\W\d_]+")


def _cyrillic(line: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in line)


def _syllables(line: str) -> int:
    """Syllables of a verse line: its vowels in Cyrillic, its words (a Vietnamese word is a syllable) elsewhere."""
    if _cyrillic(line):
        return sum(ch in _CYR_VOWELS for ch in line)
    return len(_WORD.findall(line))


_DEVOICE = str.maketrans("ёбвгдзж", "опфктсш")  # "вперёд" / "ждёт", "нём" / "дом": a rhyme by sound


def _rhyme(line: str) -> frozenset[str]:
    """The line's rhyme: its last two letters by sound; an "е" may be an "ё" printed without its dots ("воздаем" /
    "живём", held49's ``h49ru08``, bnd67), so such an ending reads both ways."""
    words = re.findall(r"[^\W\d_]+", line.lower())
    if not words:
        return frozenset()
    end = words[-1][-2:]
    return frozenset({end.translate(_DEVOICE), end.replace("е", "ё").translate(_DEVOICE)})


def _rhymed(lines: list[str], verse: list[int]) -> bool:
    """A third of the lines at least rhyme with a line three lines away at most (their last two letters): "дом" / "нём",
    "писать" / "умножать", "реки" / "греки"; a list of headlines rarely does."""
    ends = [_rhyme(lines[k]) for k in verse]
    paired = sum(any(e & ends[j] for j in range(max(0, i - 3), min(len(ends), i + 4)) if j != i)
                 for i, e in enumerate(ends))
    return 3 * paired >= len(ends)


def _verse(line: str) -> bool:
    s = line.strip()
    m = _OPEN.match(s)
    if not m or not s[m.end() - 1].isupper() or any(map(str.isdigit, s)) or "|" in s or "/" in s or "@" in s \
            or _INNER_STOP.search(s):
        return False
    if s.isascii():
        return False  # an English headline (a word is no syllable there); a Vietnamese verse has a marked letter
    return _MIN_SYL <= _syllables(s) <= _MAX_SYL


def _end(line: str) -> str:
    return line.rstrip().rstrip(_CLOSERS).rstrip()[-1:]


def _closes(line: str) -> bool:
    """The line ends a sentence: ".", "!", "?" or "…" (a closing quote or bracket may follow)."""
    end = _end(line)
    return bool(end) and end in _STOPS


def _metre(counts: list[int], cyrillic: bool) -> bool:
    """The lines count about the same syllables (a Russian line's vowels within two, a Vietnamese line's words within
    one), or alternate six and eight (lục bát)."""
    if max(counts) - min(counts) <= (_SPREAD if cyrillic else _SPREAD - 1):
        return True
    return set(counts) <= {6, 8} and all(a != b for a, b in zip(counts, counts[1:]))


def _in_metre(verse: list[int], lines: list[str]) -> list[int]:
    """The block's lines in one metre, four at least: all of them, or all but a first or last line that stands
    outside it (a title over the poem, its author's line under it: "Автор: Лагун Сергей Макарович"); [] if none."""
    cyrillic = _cyrillic(lines[verse[0]])
    for cut in (verse, verse[:-1], verse[1:], verse[1:-1]):
        if len(cut) >= _MIN_LINES and _metre([_syllables(lines[k]) for k in cut], cyrillic) \
                and (not cyrillic or _rhymed(lines, cut)):
            return cut
    return []


def _blocks(lines: list[str]) -> list[list[list[int]]]:
    """Blocks of verse stanzas: each stanza the indexes of two verse lines or more in a row, stanzas of a block parted
    by one blank line."""
    out: list[list[list[int]]] = []
    block: list[list[int]] = []
    i, n = 0, len(lines)
    verse = [_verse(line) for line in lines]  # each line once (the walk below asks most lines twice; perf48)
    while i < n:
        if not verse[i]:
            if block and not (not lines[i].strip() and i + 1 < n and verse[i + 1]
                              and (i == 0 or lines[i - 1].strip())):
                out.append(block)
                block = []
            i += 1
            continue
        j = i
        while j + 1 < n and verse[j + 1]:
            j += 1
        stanza = list(range(i, j + 1))
        if len(stanza) >= 2:
            block.append(stanza)
        elif block:
            out.append(block)
            block = []
        i = j + 1
    if block:
        out.append(block)
    return out


def verse_line(line: str) -> bool:
    """Whether the line reads as a verse line (:func:`_verse`: a capital first, five to fourteen syllables, no figure,
    no stop inside)."""
    return _verse(line)


def poems(lines: list[str]) -> list[list[int]]:
    """The verse lines in metre of each block of stanzas (:func:`_blocks`, :func:`_in_metre`): a poem's lines as the
    joins read them (for :mod:`.verse_tails`, cpq102)."""
    return [v for block in _blocks(lines) if (v := _in_metre([k for stanza in block for k in stanza], lines))]


def verse_joins(lines: list[str]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``: verse line ``i`` goes on into verse line ``j`` (the next line, or the first line of the next
    stanza across one blank line), the sentence they run in closed by a later line of the block."""
    out: list[tuple[int, int]] = []
    for block in _blocks(lines):
        verse = set(_in_metre([k for stanza in block for k in stanza], lines))
        if not verse:
            continue
        pairs: list[tuple[int, int]] = []
        for s, stanza in enumerate(block):
            for a, b in zip(stanza, stanza[1:]):
                if not _closes(lines[a]) and a in verse and b in verse:
                    pairs.append((a, b))
            last = stanza[-1]
            if s + 1 < len(block) and _end(lines[last]) and _end(lines[last]) in _GOES_ON \
                    and {last, block[s + 1][0]} <= verse:
                pairs.append((last, block[s + 1][0]))
        # keep the runs of pairs that a line of the block closes with a sentence end
        run: list[tuple[int, int]] = []
        closed = False
        for k, (a, b) in enumerate(pairs):
            run.append((a, b))
            if _closes(lines[b]):
                out.extend(run)
                run, closed = [], True
            elif k + 1 < len(pairs) and pairs[k + 1][0] != b:
                run = []  # the chain broke without a close
        if run and closed and run[-1][1] == max(verse):
            out.extend(run)  # a poem that stops its sentences, its last stop missing: the poem's end closes it
    return out


#: a label over a translation or a reading: "Dịch nghĩa:", "Tạm dịch:", "Nghĩa là:", "Перевод:" (five words at most)
_TRANSLATION = re.compile(r"^(?:(?:\S+\s+){0,3}(?:dịch nghĩa|dịch thơ|tạm dịch|bản dịch|lời dịch|nghĩa là|перевод|translation)"
                          r"(?:\s+\S+){0,3}|nghĩa|dịch):$", re.IGNORECASE)  # not "Dịch vụ tính phí:" (a service)
_QUOTE_OPENS, _QUOTE_MARKS = "“«„\"", "”»“\"'’"


def _listed(line: str) -> bool:
    """A line of a menu or a list, no verse: in capitals, each word capitalised ("Giới Thiệu Về Chúng Tôi"), or items
    parted by commas each opening with a capital ("Tin tức, Thể thao, Kinh tế")."""
    items = line.split(",")
    return line.upper() == line or all(w[:1].isupper() for w in _WORD.findall(line)) \
        or (len(items) > 1 and all(it.strip()[:1].isupper() for it in items))


def couplet_wraps(lines: list[str], i: int) -> bool:
    """A couplet standing alone: ``lines[i]`` goes on into ``lines[i + 1]`` (round soft65, held41's ``h41vi14``: a
    temple's parallel sentences, "“Phúc địa tiền nghênh Ô Lâu thủy⏎Bửu kinh hậu lịch Hà hồ trì “", and their
    translation under "Dịch nghĩa:", "Một hạt bụi chẳng đến được cửa Bồ đề⏎Muôn thiện đều trở về cửa Bát Nhã"; the
    realpages README, adjudication of the twenty-ninth session: a verse line with no stop is a soft break).

    The two lines are a stanza of their own (a blank line or the document's end after them) under a translation's
    label ("Dịch nghĩa:", "Nghĩa là:", "Перевод:") or, after a blank line or at the document's start, in quotes (the
    first opening with a quote, the second closing with any quote mark, "“" the wrong way too), both verse lines (:func:`_verse`: a capital, no figure, no
    stop inside, five to fourteen syllables) in one metre (:func:`_metre`), neither in capitals nor holding a colon,
    and the first ends in a letter (no mark at all: a comma-closed address, "Thưa các đồng chí đại biểu,", stands
    alone), the second in no stop; a Russian couplet rhymes (:func:`_rhymed`).  :func:`verse_joins` wants four lines; a
    quotation's marks (:func:`~.softbreak_marks.quote_wraps`) may be missing or point the wrong way.  Left apart: the
    national motto under the state's name (the first line in capitals), a form's rows ("Thư ký : …", a colon), two
    headlines under "Tin mới nhất:" (no translation's label, no quotes), a heading over a one-sentence text (its stop), a menu (:func:`_listed`), two headlines in Russian, a
    line and its copy (held19's "Bảng thông tin xe tải" twice: a caption's echo)."""
    if i + 1 >= len(lines) or (i + 2 < len(lines) and lines[i + 2].strip()):
        return False
    cur, nxt = lines[i].strip(), lines[i + 1].strip()
    before = lines[i - 1].strip() if i > 0 else ""
    if not (_TRANSLATION.match(before) or (not before and cur[:1] in _QUOTE_OPENS and nxt[-1:] in _QUOTE_MARKS)):
        return False
    if not cur[-1:].isalpha() or _closes(nxt) or cur.casefold() == nxt.casefold() or ":" in cur + nxt \
            or not _verse(cur) or not _verse(nxt) or any(map(_listed, (cur, nxt))):
        return False
    cyrillic = _cyrillic(cur)
    return _metre([_syllables(cur), _syllables(nxt)], cyrillic) and (not cyrillic or _rhymed([cur, nxt], [0, 1]))


def verse_breaks(text: str, start: int = 0) -> list[tuple[int, int, int, int]]:
    """The joins :func:`verse_joins` finds in ``text`` (from ``start`` on), each as ``(start, end)`` of the line that
    goes on and ``(start, end)`` of the line it goes on into (offsets in ``text``)."""
    if text.count("\n") < _MIN_LINES - 1:
        return []
    lines = text.split("\n")
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    return [(starts[i], starts[i] + len(lines[i]), starts[j], starts[j] + len(lines[j]))
            for i, j in verse_joins(lines) if starts[i] >= start]


def join_verse(doc: Document, breaks: list[tuple[int, int, int, int]]) -> int:
    """Join the verse lines of ``breaks`` (:func:`verse_breaks`, read before the soft-break joins) that the cleaner kept
    whole (``doc.meta["kept"]``, merged) in place: the newlines become spaces (same length), each join goes to the
    ledger (``softbreak.verse``, ``joined``) and its offsets to ``doc.meta["verse_joins"]``.  Returns how many."""
    kept = doc.meta.get("kept")
    if not breaks or not kept:
        return 0
    chars = list(doc.text)
    joins: list[int] = []
    for a0, a1, b0, b1 in breaks:
        k = next((k for k in range(len(kept) - 1) if kept[k][1] == a1 and kept[k + 1][0] == b0), -1)
        if k < 0 or kept[k][0] > a0 or kept[k + 1][1] < b1 or doc.text[a1:b0].strip():
            continue  # a line removed or cut: no join
        kept[k:k + 2] = [[kept[k][0], kept[k + 1][1]]]
        for p in range(a1, b0):
            chars[p] = " "
        joins.append(a1)
        ra, rb = doc.to_raw(a1 - 1) + 1, doc.to_raw(b0)
        if ra < rb:
            doc.ledger.append(LedgerEntry("softbreak.verse", "joined", doc.raw_text[ra:rb], ra, rb,
                                          note="a poem's verse line that its sentence runs over"))
    if joins:
        doc.text = "".join(chars)
        doc.meta["verse_joins"] = joins
    return len(joins)

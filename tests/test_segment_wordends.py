"""English web text: ends the abbreviation and initial rules hid, and e-mail blocks glued with no stop
(:mod:`mtpipe.segment.word_ends`, branch ``seg9``).

One table per class; sentences written for these tests (no line of ``benchmarks/data/segreal`` is copied).  In each
table the first cases need the class (they fail at the branch point) and the last ones guard what must go on: an
initial in a name, a Roman numeral, a citation, an address after a
word that leads to it, a title after "Our" or "The", a Chinese surname "He"."""

import pytest

from mtpipe.document import Document
from mtpipe.segment import Segmenter
from mtpipe.segment.sentences import split_sentences

WORD_STOPS = [
    ("I never went back, and neither did I. Now I live in Leeds.",
     ["I never went back, and neither did I.", "Now I live in Leeds."]),
    ("She is taller than I. We both play tennis.", ["She is taller than I.", "We both play tennis."]),
    ("OK. I will move the meeting to Monday.", ["OK.", "I will move the meeting to Monday."]),
    ("The plan looks ok to me and it's OK. Send it on Friday.", ["The plan looks ok to me and it's OK.",
                                                                "Send it on Friday."]),
    # inside a bracket too (the splitter keeps a bracketed passage whole)
    ("(People there hand them in. This habit is rare.)", ["(People there hand them in.", "This habit is rare.)"]),
    # an initial, a Roman numeral, a state after a comma, inches after a number go on as before
    ("We met John I. Smith at the station.", ["We met John I. Smith at the station."]),
    ("It was the end of World War I. The treaty came later.", ["It was the end of World War I. The treaty came later."]),
]

BRACKETS_RUNS = [
    ("The mayor resigned. [This will hurt the party for a long time.] Reuters: The vote is in May.",
     ["The mayor resigned.", "[This will hurt the party for a long time.]", "Reuters: The vote is in May."]),
    ("can i bring my dog??because the hotel says no", ["can i bring my dog??", "because the hotel says no"]),
    ("is it real!!lol i cannot believe it", ["is it real!!", "lol i cannot believe it"]),
    # a citation mark, initials in brackets, an address with "??" in it go on as before
    ("The river is long [3] and wide.", ["The river is long [3] and wide."]),
    ("He admired [Franklin D.] Roosevelt for his calm.", ["He admired [Franklin D.] Roosevelt for his calm."]),
    ("Open example.org/q??x=1 to see it.", ["Open example.org/q??x=1 to see it."]),
]

ADDRESS_AFTER_WORD = [
    ("I bought it from a shop that sells garden tools http://example.com/tools/rakes.html It was cheap",
     ["I bought it from a shop that sells garden tools", "http://example.com/tools/rakes.html", "It was cheap"]),
    ("Sources used for the essay www.example.org/a.htm http://example.net/b.htm",
     ["Sources used for the essay", "www.example.org/a.htm", "http://example.net/b.htm"]),
    # an address after a word that leads to it, or one inside the sentence, goes on
    ("You can read the full report at http://example.com/report.pdf", ["You can read the full report at http://example.com/report.pdf"]),
    ("Visit our website www.example.org", ["Visit our website www.example.org"]),
    ("I posted the photos http://example.com/p.jpg for you", ["I posted the photos http://example.com/p.jpg for you"]),
]

MAIL_BLOCKS = [
    ("Let's talk next week. m Ann Lee@ACME CORP 03/02/2001 09:15 AM",
     ["Let's talk next week.", "m", "Ann Lee@ACME CORP", "03/02/2001 09:15 AM"]),
    ("See you on Sunday. Bob PS The keys are under the mat.",
     ["See you on Sunday.", "Bob", "PS The keys are under the mat."]),
    ("Ann Lee@ACME CORP 03/02/2001 09:15 AM Tom We need the figures by Friday.",
     ["Ann Lee@ACME CORP", "03/02/2001 09:15 AM", "Tom", "We need the figures by Friday."]),
    # an address inside a sentence, a product name "PS", a time before a day go on
    ("Write to ann.lee@acme.com for the forms.", ["Write to ann.lee@acme.com for the forms."]),
    ("He bought a PS 5 yesterday.", ["He bought a PS 5 yesterday."]),
    ("The call starts at 10:30 AM Tuesday in room 4.", ["The call starts at 10:30 AM Tuesday in room 4."]),
]

OPENERS = [
    ("we tried to fix the roof ourselves But it kept leaking", ["we tried to fix the roof ourselves",
                                                             "But it kept leaking"]),
    ("the shop was closed when we came It was only four", ["the shop was closed when we came", "It was only four"]),
    # a title, a surname, a capitalised word before a capital go on
    ("They visited the Sanctuary of Our Lady of Fatima.", ["They visited the Sanctuary of Our Lady of Fatima."]),
    ("The minister met Ambassador He Wei in Hanoi.", ["The minister met Ambassador He Wei in Hanoi."]),
    ("She reads The Guardian every day.", ["She reads The Guardian every day."]),
    ("I watched When Harry Met Sally again.", ["I watched When Harry Met Sally again."]),
]

TABLES = {"word_stops": WORD_STOPS, "brackets_runs": BRACKETS_RUNS, "address_after_word": ADDRESS_AFTER_WORD,
          "mail_blocks": MAIL_BLOCKS, "openers": OPENERS}
CASES = [(name, text, sents) for name, table in TABLES.items() for text, sents in table]


@pytest.mark.parametrize("cls,text,sentences", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_word_end(cls, text, sentences):
    assert [text[a:b] for a, b in split_sentences(text, "en")] == sentences


# the same texts read as English split; read as Vietnamese they go on (the classes are English web text)
OTHER = [
    ("Anh ấy ngủ trong xe But vẫn kịp giờ.", ["Anh ấy ngủ trong xe", "But vẫn kịp giờ."]),
    ("Hẹn gặp lại nhé Bob PS Chìa khóa ở dưới thảm.", ["Hẹn gặp lại nhé Bob", "PS Chìa khóa ở dưới thảm."]),
]


@pytest.mark.parametrize("text,english", OTHER, ids=[f"other-{i}" for i in range(len(OTHER))])
def test_other_languages_untouched(text, english):
    assert [text[a:b] for a, b in split_sentences(text, "en")] == english
    assert [text[a:b] for a, b in split_sentences(text, "vi")] == [text]


def test_segments_keep_offsets():
    """Through the segment stage: every segment slices the document's text exactly."""
    text = "(Hand the forms in. The office is shut.)\nSee you on Sunday. Bob PS The keys are under the mat."
    doc = Segmenter()(Document.from_text(text, doc_id="d"))
    assert [s.source for s in doc.segments] == ["(Hand the forms in.", "The office is shut.)", "See you on Sunday.",
                                                 "Bob", "PS The keys are under the mat."]
    assert all(text[s.start:s.end] == s.source for s in doc.segments)

"""Inline list numbers closed by a bracket ("1) … 2) …") in English running text.

sentencex reads "2) … 3)" as a bracket and split no sentence between two such numbers: a weblog paragraph
of 32 sentences came back as 3 (UD_English-EWT, en_ewt3).  The splitter masks those brackets."""

import pytest

from mtpipe.segment.sentences import split_sentences

CASES = [
    # (text, sentences)
    ("These are 1) Kill the plan. Musharraf has tried to purge it. His men caught two. "
     "2) Target Israel. Response: The US has done it. This group can now do little. "
     "3) Make Iraq another war. Response: Iraq is hostile ground.",
     ["These are 1) Kill the plan.", "Musharraf has tried to purge it.", "His men caught two.",
      "2) Target Israel.", "Response: The US has done it.", "This group can now do little.",
      "3) Make Iraq another war.", "Response: Iraq is hostile ground."]),
    ("We want a) lower rents. They rose again. b) better buses. Nobody came. c) parks.",
     ["We want a) lower rents.", "They rose again.", "b) better buses.", "Nobody came.", "c) parks."]),
    # a closing bracket after a number is not a list number
    ("I like a Picasso (although we have 2) that your gallery had. It was a cubist piece. Is there 1 available?",
     ["I like a Picasso (although we have 2) that your gallery had.", "It was a cubist piece.",
      "Is there 1 available?"]),
    # no stop before the number: no new sentence
    ("Options are 1) stay and 2) go. We chose to stay.", ["Options are 1) stay and 2) go.", "We chose to stay."]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_inline_list_numbers(text, expected):
    assert [text[a:b] for a, b in split_sentences(text, "en")] == expected

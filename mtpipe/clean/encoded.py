"""Machine strings left as lines of text: an encoded blob, a script's JSON data, a feed's channel (issue 12, enc67).

A page's script or a CMS's print view sometimes prints data it meant to decode: the base64 of a block of the
article ("4bq24buiQuG6qE7DmsOKJSXhu7Phuqwj4buf…", 1388 characters with no space, held42's h42vi02, the print view of
a provincial paper: the base64 of Vietnamese letters in UTF-8), a percent-encoded name or value
("%D8%B1%D8%A3%D8%B3%D9%8A", "%E1%BB%87%20…"), a string of escaped bytes ("\\xd8\\xb1\\xd8\\xa3…"), a hash or a key in
hexadecimal (a SHA-1: forty characters).  No reader is meant to see it and no word of any language stands
in it; the translator would copy it through, or worse, read it as a name.

* ``chrome.encoded_blob``: the whole line is one run of :data:`MIN_CHARS` characters or more, no space in it, of one
  encoding's alphabet (:func:`encoded_blob`):

  - base64 (standard or URL-safe, "=" padding allowed): upper- and lower-case letters and digits mixed as random
    bytes mix them: :data:`MIN_DIGIT_SHARE` of the characters digits, a lower-case letter followed by a capital once
    in :data:`CASE_SWITCH_EVERY` characters at least (random base64 switches once in about eight).  A table's cells
    glued with their counts ("1Ethiopia3Mozambique1Thailand…", t27vi44, content) have a digit, never a lower-case
    letter, before each capital; words glued in CamelCase ("AbstractSingletonProxyFactoryBeanDefinition") have no
    digits;
  - percent-encoded: "%" and two hexadecimal digits, :data:`MIN_ESCAPES` of them at least, the rest of the run the
    characters an encoder leaves as they are (letters, digits, "._~+-"): a name or a query's value
    ("Hai%20b%C3%A9%20trai%20sinh%20%C4%91%C3%B4i…"); an address with its "/" or its "?" is ``boilerplate.markup``'s
    or :mod:`.links`';
  - escaped bytes: "\\x" or "\\u" and hexadecimal digits, :data:`MIN_ESCAPES` of them at least, the whole run;
  - hexadecimal: digits and the letters a-f of one case, both kinds in it (a number alone is no hash; "0x…", an
    address a crypto article gives its reader, is none).

A line with a space is other rules' (an image's file name, :mod:`.vi_edges`' ``portal.file_hash`` for a hash joined
by "_" or "-"; an address: ``boilerplate.markup``).  On the dev parts (every part, every tag, 92 thousand lines with
the probe corpora's) the shape holds one line, clutter (h42vi02); no content line.

* ``chrome.data_json``: a page's script data printed as a line: one JSON object, written as a program writes it
  (:func:`data_json`): no space outside its strings, and its text escaped ("\\u1ec3", "\\/") or the object
  :data:`MIN_CHARS` characters long: ``{"the-thao":"Th\\u1ec3 thao"}`` and a category map of a martial-arts site
  (t27vi107), a shop's banner record ``{"id":14262,"url":"\\/distributions\\/…","title":"\\u041f…"}`` (t27ru).  A code
  sample a tutorial shows its reader is written for reading, spaces after its colons (``{"name": "An", "age": 30}``)
  or short (``{"a":1}``), and stays; a bracketed note ("[English below]", "{{cite}}") is no JSON.  On the dev parts:
  three lines, all clutter; no content line.

* ``chrome.feed_channel``: a news feed (RSS) read as a page's text, its channel and first items glued into one line
  (clut69): the channel's title, link and description, its build date, language and generator, then each item's
  title, link and date ("Mùa hè xanh – Saoviet.info https://saoviet.info Trang tin tức sao Việt Wed, 24 Sep 2025
  18:04:44 +0000 vi hourly 1 https://wordpress.org/?v=6.7.2 …", t27vi79; "Uống - Sài·gòn·eer
  https://saigoneer.com/vn/drink Sat, 29 Mar 2025 12:49:08 +0700 Joomla! - Open Source Content Management vi-vn …",
  crawl8; "Интерфакс - Высшее образование в России https://academia.interfax.ru … Wed, 16 May 2018 17:17:35 +0300
  article", h20ru08).  The evidence is the feed's own format (:func:`feed_channel`): a date-time as RFC 822 writes it
  (a feed's ``pubDate``, ``lastBuildDate``: "Wed, 24 Sep 2025 18:04:44 +0000", an English weekday and month, the
  seconds' clock and a zone), which no page prints for its reader, and :data:`MIN_FEED_LINKS` web addresses beside
  it (the channel's and its items' links).  The item's text, when a feed carries it, stands on its own lines and
  stays.  On the dev parts (every part, every tag): three lines, all clutter, on three sites of three parts; no
  other line, content or clutter, writes such a date.
"""

from __future__ import annotations

import json
import re

__all__ = ["RULE", "JSON_RULE", "FEED_RULE", "RULES", "MIN_CHARS", "encoded_blob", "data_json", "feed_channel",
           "judge"]

RULE = "chrome.encoded_blob"
JSON_RULE = "chrome.data_json"
FEED_RULE = "chrome.feed_channel"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE, JSON_RULE, FEED_RULE)
MIN_CHARS = 40  # a SHA-1 in hexadecimal; thirty base64 bytes
MIN_DIGIT_SHARE = 0.06  # random base64: 10 of 64 characters are digits
CASE_SWITCH_EVERY = 25  # random base64: a lower-case letter before a capital once in about 8 characters
MIN_ESCAPES = 8
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+={0,2}")
_SWITCH = re.compile(r"[a-z][A-Z]")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~+-])+")
_ESCAPED = re.compile(r"\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}")
_ESCAPED_RUN = re.compile(r"(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4})+")
_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_ESCAPE = re.compile(r"\\u[0-9A-Fa-f]{4}|\\/")
MIN_FEED_LINKS = 2  # the channel's link and an item's (or the generator's, the image's)
#: a date-time as RFC 822 writes it in a feed: "Wed, 24 Sep 2025 18:04:44 +0000", "Sat, 29 Mar 2025 12:49 GMT"
_RFC822 = re.compile(r"(?<![^\W\d_])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} "
                     r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? "
                     r"(?:[+-]\d{4}|GMT|UTC|UT|[ECMP][SD]T)(?![^\W\d_])")
_LINK = re.compile(r"https?://\S")


def _base64(t: str) -> bool:
    if not _BASE64.fullmatch(t):
        return False
    digits = sum(ch.isdigit() for ch in t)
    return digits >= MIN_DIGIT_SHARE * len(t) and len(_SWITCH.findall(t)) * CASE_SWITCH_EVERY >= len(t)


def _escapes(t: str, run: re.Pattern[str], escape: re.Pattern[str]) -> bool:
    return run.fullmatch(t) is not None and len(escape.findall(t)) >= MIN_ESCAPES


def _hexadecimal(t: str) -> bool:
    return _HEX.fullmatch(t) is not None and not t.isdigit() and any(ch.isdigit() for ch in t)


def encoded_blob(s: str) -> bool:
    """The whole line one run of an encoding's alphabet, no space, :data:`MIN_CHARS` characters at least (module
    docstring)."""
    t = s.strip()
    if len(t) < MIN_CHARS or any(ch.isspace() for ch in t) or not t.isascii() or t[:2].lower() == "0x":
        return False
    return _base64(t) or _hexadecimal(t) or _escapes(t, _PERCENT_RUN, _PERCENT) or _escapes(t, _ESCAPED_RUN, _ESCAPED)


def data_json(s: str) -> bool:
    """One JSON object written as a program writes it: no space outside its strings, its text escaped or the object
    :data:`MIN_CHARS` characters long (module docstring)."""
    t = s.strip()
    if not (t.startswith("{") and t.endswith("}") and '":' in t):
        return False
    if any(ch.isspace() for ch in _JSON_STRING.sub("", t)):
        return False  # written for reading: a tutorial's sample
    if len(t) < MIN_CHARS and not _JSON_ESCAPE.search(t):
        return False
    try:
        return isinstance(json.loads(t), dict)
    except ValueError:
        return False


def feed_channel(s: str) -> bool:
    """A news feed's channel or items read as text: an RFC 822 date-time and :data:`MIN_FEED_LINKS` web addresses
    (module docstring)."""
    return len(_LINK.findall(s)) >= MIN_FEED_LINKS and _RFC822.search(s) is not None


def judge(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """The live lines of the classes: line -> (rule, evidence, fields)."""
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    for i, line in enumerate(lines):
        if i in bad:
            continue
        if "://" in line and feed_channel(line):
            out[i] = (FEED_RULE, "a news feed's channel read as text: an RFC 822 date-time (a feed's pubDate) "
                                 "beside web addresses", {})
            continue
        if "{" not in line and (len(line) < MIN_CHARS or " " in line.strip()):
            continue  # the cheap test first (perf63): too short or spaced for a blob, no "{" for a JSON object
        if encoded_blob(line):
            out[i] = (RULE, "an encoded blob (base64, hexadecimal, percent-encoded or escaped bytes), no word in it", {})
        elif data_json(line):
            out[i] = (JSON_RULE, "a page's script data printed as a line: one JSON object, no space outside its "
                                 "strings", {})
    return out

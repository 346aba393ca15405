"""A user picture's alt text read as a line: "<who>'s picture", the name glued to it or alone (issue 12, clut87).

A CMS prints the author's or the poster's avatar with a fixed alt text that a crawler reads as a line of the page:
Wix's blog widget "Writer's picture" glued to the writer's name ("Writer's pictureDang Quoc Truong", h49vi02, above
the title), Drupal's user picture "<login>'s picture" ("admin's picture", h31vi09, above the title; taken there by
``boilerplate.lower_edge`` as a lower-case line at the page's edge).  The alt text is the template's, the same on
every page of every site that runs it; on the two dev parts that print one, it is clutter or metadata.

``boilerplate.avatar_alt`` (:func:`avatar_alt`): the whole line is the owner word, "'s" (or "’s"), "picture",
"avatar" or "profile picture", then nothing, or a name (:data:`NAME_WORDS` words at most, each capitalised, glued
or after a space), no stop.  The owner is one of the widget's role words (:data:`ROLES`: "Writer", "Author",
"admin", "user", …) or a login in lower case ("ivanov's picture").  What shares the shape and stays: a person's
picture named in the text ("Picasso's picture" as a heading: a capitalised name is no role and no login), a
sentence ("The writer's picture hangs in the hall.", "Writer's picture of the war was printed.": the owner word
first, then lower-case words or a stop).
"""

from __future__ import annotations

import re

__all__ = ["RULE", "RULES", "ROLES", "NAME_WORDS", "avatar_alt"]

RULE = "boilerplate.avatar_alt"
RULES = (RULE,)
NAME_WORDS = 5
#: the role words a widget's alt text names its owner by (casefolded)
ROLES = frozenset("writer author admin administrator user editor moderator member poster".split())
_ALT = re.compile(r"^(?P<who>[^\W\d_][\w.-]{0,30})['’]s\s+(?:profile\s+)?(?:picture|avatar|photo)"
                  r"(?P<name>.*)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*$")


def avatar_alt(s: str) -> bool:
    """The whole line is a user picture's alt text, with the owner's name glued or after it, or alone."""
    t = s.strip(" \t•·*|")
    m = _ALT.match(t)
    if m is None:
        return False
    who = m.group("who")
    if who.casefold() not in ROLES and not who.islower():
        return False  # "Picasso's picture": a person's picture, named in a heading
    name = m.group("name").strip()
    if not name:
        return True
    words = name.split()
    return len(words) <= NAME_WORDS and all(_NAME_WORD.match(w) and w[0].isupper() for w in words)

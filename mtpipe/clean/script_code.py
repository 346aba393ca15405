"""Script and style statements left in a page's text (issue 12, scr93).

An extractor that reads a page's text sometimes keeps what the page meant to run or to style: an inline JavaScript
block (a video player's set-up printed line by line, russian.rt.com: ``jwplayer.key="…";``,
``jwplayer("js-mediaplayer-…").setup({ advertising: (function() {``, ``if(window.location.pathname.indexOf(…) + 1 >
0) { return {}; }``, ``}, width: "100%", startparam: "start", …``, ``for (var i = 0, max = players.length; i < max;
i++) { …``), a social network's loader (``(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; …``,
``VK.Widgets.Poll("vk_poll", {width: 300}, "…");``), a JavaScript config object, a CSS rule (``.box { margin: 0;
color: #333; }``).  No reader is meant to see it; the translator would copy it through or garble it.

* ``chrome.script_code`` (:func:`judge`): a **statement-shaped line** (:func:`statement`): its string literals,
  comments and web addresses set aside (:func:`code_shape`), what is left holds code marks of :data:`MIN_KINDS`
  kinds at least -- braces, a statement's ";", an assignment ``name = …``, a key and its value ``name: …,``, a
  member call ``a.b(``, a keyword of the language before code (``var x``, ``function(``, ``return {``, ``if (``),
  an operator prose never writes (``=>``, ``===``, ``&&``, ``++``), a leading comment ``//`` -- and at least one
  code word (called, dotted, assigned, a key, a keyword, an operand, joined by "_" or in camelCase), its plain words
  no more than :data:`MAX_PLAIN` (or a :data:`CODE_PER_PLAIN`-th of its code words), none written in letters outside
  ASCII (the ru or vi sentence a ";" or a bracket stands in keeps its words outside any string).  A line of one
  kind and no plain word (a lone ``}``, ``});``) beside such a line is part of its block.  A template's unfilled
  placeholders (``{{item.name}}``) are :func:`.furniture.placeholder`'s (``boilerplate.placeholder``), judged
  before this module: not repeated here.
* Not code (kept): prose with ";" or brackets (its plain words), a formula or a sum ("x = 2", "f(x) = x^2 + 1",
  "Итого: 150 + 225 = 375 р.": one kind, or words outside ASCII), a list of sources ("tass.ru/a/1; ria.ru/b/2"),
  and **code a page shows its reader** (:func:`about_code`): a block right under a line ending in ":" ("To see the
  value for a key:") or under a code fence ("```js") a plain-text file kept, one whose names (dotted, camelCase,
  with "_") the page's prose names ("call getDataLayerVal with …"), or whose keyword a ru / vi sentence names in Latin ("ключевое слово var"); a page with one such block
  keeps them all (a tutorial's code split by a line the shape misses) -- as ``chrome.data_json`` leaves a sample
  written for reading.  Curly quotes a blog's software sets (‘script’, “text/javascript”) are strings too.  A page that only talks about software (RT's story of the CIA's hacking
  tools, "… в программировании …") gets no pass: its player's script is no sample.

Evidence (benchmarks/notes/scr93.md): on the dev parts (every part, every tag, 78 thousand lines of benchmarks/data)
no content line is statement-shaped; on fresh RT pages nobody labelled (every earlier draw under /tmp, 4,484 lines
taken) the shape takes the player, social-widget and chart-embed blocks and no sentence (English tweets with ";" and
"=" stay); the check half of a new draw (seed 593) is judged line by line in the note.
"""

from __future__ import annotations

import re

__all__ = ["RULE", "MIN_KINDS", "MAX_PLAIN", "CODE_PER_PLAIN", "OTHER_LETTERS", "MIN_NAME", "code_shape", "statement",
           "about_code", "judge"]

RULE = "chrome.script_code"
MIN_KINDS = 2  # kinds of code marks a statement line shows at least (a formula shows one: "=" or brackets)
MAX_PLAIN = 2  # plain words (not code-shaped) a statement line may hold outside its strings and comments ...
CODE_PER_PLAIN = 3  # ... or more, if its code words are this many times as many (a long line of code: "i < max;")
#: string literals, comments (a comment "//" not after ":" -- an address's "https://" is none) and web addresses
#: with a path (a list of sources, "russian.news.cn/2016-10/28/c_1.htm; zhanalyq.kz/?p=40226", is no code)
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"|(?<=[(\[=,:+?])\s*\'(?:[^\'\\]|\\.)*\'|(?<![:/\w])//.*$|/\*.*?\*/'
                      r'|(?<=[(\[=,:+?])\s*‘[^’]*’|“[^”]*”'  # a blog's curly quotes: ‘script’, “text/javascript”
                      r'|(?:https?://)?(?<![\w.])[\w-]+(?:\.[\w-]+)+/[^\s;,]*')
_KEYWORDS = frozenset(("var", "let", "const", "function", "return", "typeof", "new", "this", "null", "undefined",
                       "if", "for", "while", "else", "true", "false", "window", "document"))
_QUOTED = re.compile(r"[\"'`‘“]|//|/\*")
_WORD = re.compile(r"[^\W\d_][\w$]*")
#: a word before an operator is an operand (" =", " (": a call or an assignment written with a space, " <" a test)
_BEFORE_OPERATOR = frozenset((" =", " :", " (", " <", " >", " +", " -", " *", " /", " !", " &", " |", " ?"))
#: code marks by kind (each counted once a line); a key is written in lower case, as a script's and a style's are
#: ("width:", "margin:"): "Tel: 123;", "Price: 5;" are a form's fields
_KIND_MARKS = (
    ("brace", re.compile(r"[{}]")),
    ("statement_end", re.compile(r";\s*(?:$|[}\w)])")),
    ("assignment", re.compile(r"[\w\]$)]\s*(?:[+\-*/|&]?=)(?!=)\s*(?:S|[\w{\[(!-])")),
    ("key_value", re.compile(r"(?:^|[{,(]\s*)[a-z_$][\w$-]*\s*:\s*(?:S|-?\d|[{\[(]|#[0-9A-Fa-f]{3}|function\b"
                             r"|[A-Za-z_$][\w$.-]*\s*(?:[,;}]|$))")),
    ("member_call", re.compile(r"[\w)\]$]\.[A-Za-z_$][\w$]*\(")),
    ("keyword", re.compile(r"\b(?:var|let|const)\s+[A-Za-z_$]|\bfunction\s*[\w$]*\s*\(|\breturn\s*[{\w(S!]"
                           r"|\b(?:if|for|while)\s*\(|\b(?:window|document)\.")),
    ("operator", re.compile(r"=>|===|!==|&&|\|\||\+\+|--\s*[);]")),
)
#: a name a program writes: dotted ("console.log"), in camelCase ("getDataLayerVal") or joined by "_"; a tutorial's
#: prose names the code it shows by such names
_CODE_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|[a-z][a-z0-9]*[A-Z][\w$]*|[A-Za-z]\w*_\w+")
#: keywords no Russian or Vietnamese sentence writes in Latin letters but one about the language ("if", "for", "new"
#: left out: English words a quotation or a name brings)
_NAMED_KEYWORDS = frozenset(("var", "let", "const", "function", "return", "typeof", "undefined", "null"))
#: ... in a sentence of another language than English: this share of its words written with letters outside ASCII
#: (Russian nearly all, Vietnamese about half; a Norwegian tweet's "det dekket var tungt altså" a fifth)
OTHER_LETTERS = 0.4
MIN_NAME = 5  # characters of a code name that counts (a short "i.e", "a_b" is none)


def _marked(s: str) -> bool:
    """The cheap prescreen: a line with no brace, ";" or "=" holds no statement (most lines: perf)."""
    return "{" in s or ";" in s or "=" in s or "}" in s


def code_shape(s: str) -> tuple[set[str], int, int]:
    """The line's code-mark kinds, its code words and its plain words, strings and comments set aside (each string
    is "S"; a line that is all comment, "// title: …", is read as the code it comments out)."""
    t = s.strip()
    kinds: set[str] = set()
    if not t.isascii() and not _QUOTED.search(t) and any(not ch.isascii() and ch.isalpha() for ch in t):
        return kinds, 0, 100  # letters outside ASCII and no string or comment to hold them: a sentence (perf)
    if t.startswith("//") or t.startswith("/*"):
        kinds.add("comment")
        t = t.lstrip("/*").strip()
    rest = _STRINGS.sub("S", t)
    code = plain = 0
    for m in _WORD.finditer(rest):  # the words first: a word of a sentence ends the reading (perf)
        w, a, b = m.group(), m.start(), m.end()
        after, before = rest[b:b + 1], rest[a - 1:a] if a else ""
        if w == "S" and (after in ",;:)}]+ " or not after):
            continue  # a string's mark
        if not w.isascii():
            return kinds, code, plain + 100  # a word of ru / vi prose outside any string: a sentence, no statement
        if w in _KEYWORDS or after in "(.:=[" or before in ".$" or "_" in w or "$" in w or \
                (w[:1].islower() and any(ch.isupper() for ch in w[1:])) or after in ";)]" or before in "([!" or \
                rest[b:b + 2] in _BEFORE_OPERATOR:
            code += 1
        else:
            plain += 1
    for name, rx in _KIND_MARKS:
        if rx.search(rest):
            kinds.add(name)
    return kinds, code, plain


def statement(s: str, min_kinds: int = MIN_KINDS) -> bool:
    """A statement-shaped line (module docstring): code marks of ``min_kinds`` kinds, plain words no more than
    :data:`MAX_PLAIN` (and fewer than its code words)."""
    if not _marked(s) and not s.lstrip().startswith("//"):
        return False
    kinds, code, plain = code_shape(s)
    if min_kinds > 1 and not code:
        return False  # marks alone ("});"): a block's line at most, beside a statement
    return len(kinds) >= min_kinds and (plain <= MAX_PLAIN and (plain < code or not plain)
                                        or plain * CODE_PER_PLAIN <= code)


#: a Markdown code fence's opening line ("```", "~~~bash"): in a file read as plain text (no Markdown, no fences
#: honoured) the block under it is still a sample written for the reader (tests/test_field7.py's ".txt" file)
_FENCE = re.compile(r"\s*(?:```|~~~)[\w+#.-]*\s*")


def _names(text: str) -> set[str]:
    return {m.group() for m in _CODE_NAME.finditer(text) if len(m.group()) >= MIN_NAME}


def about_code(lines: list[str], taken: set[int], run: list[int]) -> bool:
    """Code the page shows its reader (module docstring): the line above the block ends in ":" (a tutorial's "To
    see the value:"), or a line of the page outside every block names a name the block's code writes (dotted, in
    camelCase or with "_": "getDataLayerVal function", "googletag.pubads"), or a sentence in other letters than
    Latin names one of the block's keywords ("ключевое слово var", :data:`_NAMED_KEYWORDS`)."""
    above = next((lines[k] for k in range(run[0] - 1, -1, -1) if lines[k].strip()), "")
    if above.rstrip().endswith(":") and run[0] - 1 not in taken:
        return True  # a tutorial's "To see the value:"
    if _FENCE.fullmatch(above) or lines[run[0]].lstrip().startswith(("```", "~~~")):
        return True  # a code fence ("```js") a plain-text file kept, alone or joined to the block's first line
    code = [_STRINGS.sub(" ", lines[k]) for k in run]
    names = set().union(*map(_names, code))
    words = _NAMED_KEYWORDS.intersection(w for c in code for w in _WORD.findall(c))
    for k, line in enumerate(lines):
        if k in taken:
            continue
        if names and not names.isdisjoint(_names(line)):
            return True
        if words and not line.isascii():
            seen = _WORD.findall(line)
            if not words.isdisjoint(seen) and sum(not w.isascii() for w in seen) >= OTHER_LETTERS * len(seen):
                return True
    return False


def judge(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """The live lines of the class: line -> (rule, evidence, fields)."""
    strong: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in bad or (not _marked(line) and "//" not in line):
            continue  # the cheap test first: no brace, ";", "=" or comment
        if statement(line):
            strong[i] = "a script or style statement (code marks of two kinds, code words, no sentence)"
    if not strong:
        return {}
    taken = set(strong)
    for i in sorted(strong):  # a run's weaker lines: one kind of code mark, no plain word, beside a statement
        for k in (i - 1, i + 1):
            while 0 <= k < len(lines) and k not in taken and k not in bad and statement(lines[k], 1) \
                    and code_shape(lines[k])[2] == 0:
                strong[k] = "a line of a script block (beside a statement, code marks only)"
                taken.add(k)
                k += 1 if k > i else -1
    runs: list[list[int]] = []
    for i in sorted(strong):
        if i - 1 in strong:
            runs[-1].append(i)
        else:
            runs.append([i])
    if any(about_code(lines, taken, run) for run in runs):
        return {}  # a page that shows its reader code once: every block of it is a sample (a tutorial)
    return {i: (RULE, strong[i], {}) for i in sorted(strong)}

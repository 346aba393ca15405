"""Build ``mtpipe/clean/data/cms_strings.tsv`` (cms99): UI strings CMSs and their plugins print on every site.

Each row is one string a CMS or plugin prints as a whole line of a page's furniture (a comment form's notice, a
sharing row, a counter label, a pager, a placeholder), taken from the CMS's own language files read from stored
repository versions (``--mirror``, the folder the ``fetch`` tool fills): the English source string (the ``msgid``)
and its Russian and Vietnamese translations (``msgstr``) of WordPress core, Akismet, Jetpack and Contact Form 7 as
translate.wordpress.org ships them in ``wp-content/languages`` (GPLv2+), Joomla's and JComments' language packs
(``language/<tag>/*.ini``: ru-RU, vi-VN and the en-GB originals, GPLv2+) and NukeViet's Vietnamese language files
(nukeviet/nukeviet, GPLv2), and wpDiscuz's comment widget (its ``ru_RU`` and ``vi`` translations, GPLv3; cms103).
Only the strings named in :data:`PICKS` are taken: whole-line furniture, never a single
common word that can head a text.  HTML tags are dropped; ``%s`` / ``%1$s`` / ``%d`` stay as slots (the matcher,
:mod:`mtpipe.clean.cms_strings`, reads them as a short run of words or a number).

    python tools/build_cms_strings.py --mirror /work/.mirror           # write the table
    python tools/build_cms_strings.py --mirror /work/.mirror --check   # compare with the shipped table
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtpipe" / "clean" / "data" / "cms_strings.tsv"

_WP = "GPL-2.0-or-later (translate.wordpress.org)"
#: (cms, mirror folder, commit, path, format, licence, language of the translation, picks)
_WP_CORE = ["Leave a Reply", "Leave a Reply to %s", "Cancel reply", "Your email address will not be published.",
            "Required fields are marked %s", "Save my name, email, and website in this browser for the next time I "
            "comment.", "Post Comment", "Comments are closed.", "Your comment is awaiting moderation.",
            "You must be <a href=\"%s\">logged in</a> to post a comment.", "Recent Posts", "Recent Comments",
            "Post navigation", "Posts navigation", "Comments navigation", "Older posts", "Newer posts",
            "Older comments", "Newer comments", "Skip to content", "Search for:", "Entries feed", "Comments feed",
            "Tag Cloud"]
_AKISMET = ["This site uses Akismet to reduce spam. <a href=\"%s\" target=\"_blank\" rel=\"nofollow noopener\">Learn "
            "how your comment data is processed</a>."]
_JETPACK = ["Share this:", "Like this:", "Loading...", "Loading Comments...", "Like or Reblog",
            "Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
            "Notify me of follow-up comments by email.", "Proudly powered by WordPress", "Loading video..."]
_CF7 = ["Thank you for your message. It has been sent.",
        "There was an error trying to send your message. Please try again later.",
        "One or more fields have an error. Please check and try again.",
        "You must accept the terms and conditions before sending your message."]
_NUKEVIET = {
    "modules/news/language/vi.php": ["other", "more", "sendmail", "print_page", "savefile", "rating",
                                     "stringrating", "star_note", "related_new", "related", "topic",
                                     "lastest_comment", "no_permission"],
    "modules/comment/language/vi.php": ["comment", "comment_title", "comment_hide_show", "sortcomm", "sortcomm_0",
                                        "sortcomm_1", "sortcomm_2", "comment_success_queue", "comment_login"],
    "includes/language/vi/global.php": ["viewstats", "hits", "disable_site_title", "disable_site_content",
                                        "error_404_title", "error_404_content"],
    "modules/voting/language/vi.php": ["okmsg", "errormsg"],
}
_JOOMLA = {
    "com_content": ["COM_CONTENT_READ_MORE_TITLE", "COM_CONTENT_MORE_ARTICLES", "COM_CONTENT_REGISTER_TO_READ_MORE",
                    "COM_CONTENT_ARTICLE_VOTE_SUCCESS", "COM_CONTENT_NO_ARTICLES",
                    "COM_CONTENT_ERROR_LOGIN_TO_VIEW_ARTICLE", "COM_CONTENT_LAST_UPDATED", "COM_CONTENT_PARENT",
                    "COM_CONTENT_CATEGORY", "COM_CONTENT_PUBLISHED_DATE_ON", "COM_CONTENT_WRITTEN_BY",
                    "COM_CONTENT_ARTICLE_HITS", "COM_CONTENT_CREATED_DATE_ON"],
    "lib_joomla": ["JLIB_HTML_PAGE_CURRENT_OF_TOTAL"],
    "": ["JERROR_LAYOUT_ERROR_HAS_OCCURRED_WHILE_PROCESSING_YOUR_REQUEST", "JERROR_LAYOUT_GO_TO_THE_HOME_PAGE",
         "JERROR_LAYOUT_NOT_ABLE_TO_VISIT", "JERROR_LAYOUT_PAGE_NOT_FOUND",
         "JERROR_LAYOUT_PLEASE_TRY_ONE_OF_THE_FOLLOWING_PAGES", "JERROR_LAYOUT_REQUESTED_RESOURCE_WAS_NOT_FOUND",
         "JERROR_LAYOUT_SEARCH"],
    "mod_breadcrumbs": ["MOD_BREADCRUMBS_HERE"],
    "mod_login": ["MOD_LOGIN_FORGOT_YOUR_PASSWORD", "MOD_LOGIN_FORGOT_YOUR_USERNAME", "MOD_LOGIN_REMEMBER_ME"],
    "mod_whosonline": ["MOD_WHOSONLINE_WE_HAVE"],
}
_JCOMMENTS = ["FORM_HEADER", "FORM_SUBSCRIBE", "BUTTON_RSS", "BUTTON_REFRESH", "THANK_YOU_FOR_YOUR_SUBMISSION",
              "THANK_YOU_YOUR_COMMENT_WILL_BE_PUBLISHED_ONCE_REVIEWED", "COMMENT_TEXT_COMMENT_HAS_BEEN_DELETED",
              "FORM_NAME_REQUIRED", "FORM_EMAIL_REQUIRED"]
#: wpDiscuz (gVectors; wordpress.org/plugins/wpdiscuz, GPLv3): the comment widget's front-end phrases
#: (``options/class.WpdiscuzOptions.php``'s defaults, translated in ``wpdiscuz-<locale>.po``), cms103 (held55's
#: h55ru15): whole-line ones -- the subscription bar ("Notify of" and its two choices), the inline-feedback tab,
#: the invitations, the loaders
_WPDISCUZ = ["Notify of", "new follow-up comments", "new replies to my comments",
             "Notify of new replies to this comment", "Inline Feedbacks", "View all comments",
             "Be the First to Comment!", "Start the discussion", "Join the discussion", "Load More Comments",
             "Load Rest of Comments", "Most reacted comment", "Hottest comment thread"]
#: wpDiscuz's one-word (or common) phrases: a line alone is ambiguous ("Подписаться", "Новые", "Ответить"), so they
#: are written ``run`` in the last column and taken only inside a run of the same widget's strings
#: (:mod:`mtpipe.clean.widget_runs`); the thread header's count is printed before its phrase ("0 Комментарий":
#: ``class.WpdiscuzCore.php``, ``<span class='wpdtc'>N</span> Comment(s)``), written "%d " + the phrase (:data:`COUNTED`)
_WPDISCUZ_RUN = ["Subscribe", "Newest", "Oldest", "Most Voted", "Guest", "Reply", "Hide Replies", "View Replies",
                 "Comment", "Comments"]
#: the name wpDiscuz's form prints for a visitor who is not logged in, untranslated in its code
#: (``forms/wpdFormAttr/Form.php``: ``$currentUser->display_name : "guest"``)
_WPDISCUZ_LITERAL = ["guest"]
#: picks taken only inside a run of their widget's strings (the table's ``run`` part)
RUN = frozenset(_WPDISCUZ_RUN + _WPDISCUZ_LITERAL)
#: picks a widget prints after a number (a thread's count): written "%d " + the string
COUNTED = frozenset({"Comment", "Comments"})
#: the picks that are a comment form's own strings (its header, notices, field labels, subscribe box and button),
#: written ``comment form`` in the table's last column: :func:`mtpipe.clean.furniture.form_prompt` reads them
#: (form101; the other rows' part is ``-``)
COMMENT_FORM = frozenset({"Leave a Reply", "Leave a Reply to %s", "Cancel reply",
                          "Your email address will not be published.", "Required fields are marked %s",
                          "Save my name, email, and website in this browser for the next time I comment.",
                          "Post Comment", "You must be <a href=\"%s\">logged in</a> to post a comment.",
                          "Notify me of follow-up comments by email.", "FORM_HEADER", "FORM_SUBSCRIBE",
                          "FORM_NAME_REQUIRED", "FORM_EMAIL_REQUIRED"})
#: Joomla's article-info fields (category, dates, author, hits), printed together on one line over an article: a
#: field alone ("Chuyên mục: …") can be a record's own value, so these are taken only as a line of two fields or more
#: (the table's ``article info`` part, :mod:`mtpipe.clean.article_info`; head105, held56's h56vi07)
ARTICLE_INFO = frozenset({"COM_CONTENT_CATEGORY", "COM_CONTENT_PUBLISHED_DATE_ON", "COM_CONTENT_WRITTEN_BY",
                          "COM_CONTENT_ARTICLE_HITS", "COM_CONTENT_CREATED_DATE_ON"})
#: the AMP plugin's mobile-version switcher link (ampproject/amp-wp, ``src/MobileRedirection.php``; GPLv2+), printed
#: untranslated at the foot of a WordPress site's AMP pages (head105, held56's h56ru15)
_AMP = ["Exit mobile version", "Go to mobile version"]
#: strings whose "%s" slots a CMS fills with a number (a pager's "Page 2 of 5"): written "%d" in the table
NUMERIC = frozenset({"JLIB_HTML_PAGE_CURRENT_OF_TOTAL"})
_WPDISCUZ_REPO = ("verogmayo+VGDWESProyectoWordpress/repo", "f7dc2e8c85c724ff1d2330f3b5548079b0c17fe4")
_WPDISCUZ_LICENCE = "GPL-3.0 (wpDiscuz, gVectors; translate.wordpress.org)"
_JOOMLA_REPO = ("cuongnd+banhangonline88_joomla/repo", "8eb3d57bca2d5c238c160b8619c757992d0de8d6")


def _joomla_path(tag: str, ext: str) -> str:
    return f"language/{tag}/{tag}{'.' + ext if ext else ''}.ini"


SOURCES = [
    ("WordPress core", "LevixandrX+skoofenergy/repo", "fcfcd977d5fce1fe030b5cb0a9c308af5c479a29",
     "wp-content/languages/ru_RU.po", "po", _WP, "ru", _WP_CORE),
    ("WordPress core", "Lehungvinh1103+wp-tinhpv/repo", "3262bba49394eca888dde02475bfc9c97ecbec3d",
     "wp-content/languages/vi.po", "po", _WP, "vi", _WP_CORE),
    ("Akismet", "LevixandrX+skoofenergy/repo", "fcfcd977d5fce1fe030b5cb0a9c308af5c479a29",
     "wp-content/languages/plugins/akismet-ru_RU.po", "po", _WP, "ru", _AKISMET),
    ("Akismet", "Lehungvinh1103+wp-tinhpv/repo", "3262bba49394eca888dde02475bfc9c97ecbec3d",
     "wp-content/languages/plugins/akismet-vi.po", "po", _WP, "vi", _AKISMET),
    ("Jetpack", "LevixandrX+skoofenergy/repo", "fcfcd977d5fce1fe030b5cb0a9c308af5c479a29",
     "wp-content/languages/plugins/jetpack-ru_RU.po", "po", _WP, "ru", _JETPACK),
    ("Jetpack", "yeuBoMe+maNguonMo4/repo", "e3c8b169af7e12163b7ace971ae23c6fd9934b19",
     "wp-content/languages/plugins/jetpack-vi.po", "po", _WP, "vi", _JETPACK),
    ("wpDiscuz", *_WPDISCUZ_REPO, "wp-content/plugins/wpdiscuz/forms/wpdFormAttr/Form.php", "literal",
     _WPDISCUZ_LICENCE, "en", _WPDISCUZ_LITERAL),
    ("wpDiscuz", *_WPDISCUZ_REPO, "wp-content/languages/plugins/wpdiscuz-ru_RU.po", "po", _WPDISCUZ_LICENCE, "ru",
     _WPDISCUZ + _WPDISCUZ_RUN),
    ("wpDiscuz", *_WPDISCUZ_REPO, "wp-content/languages/plugins/wpdiscuz-vi.po", "po", _WPDISCUZ_LICENCE, "vi",
     _WPDISCUZ + _WPDISCUZ_RUN),
    ("Contact Form 7", "LevixandrX+skoofenergy/repo", "fcfcd977d5fce1fe030b5cb0a9c308af5c479a29",
     "wp-content/languages/plugins/contact-form-7-ru_RU.po", "po", _WP, "ru", _CF7),
    ("AMP plugin", "ampproject+amp-wp/repo", "60a655cdad9e3431b47b2dcc3b2e5ddb86ac5c5e", "src/MobileRedirection.php", "gettext",
     "GPL-2.0-or-later (AMP for WordPress, ampproject/amp-wp)", "en", _AMP),
] + [("NukeViet", "nukeviet+nukeviet/repo", "acd4de4fde1da863d63a83b6bdf7668c370ee700", path, "nukeviet",
      "GPL-2.0 (nukeviet/nukeviet)", "vi", keys) for path, keys in _NUKEVIET.items()] + [
    ("Joomla", *_JOOMLA_REPO, _joomla_path(tag, ext), "ini", "GPL-2.0-or-later (Joomla! language packs)", lang, keys)
    for tag, lang in (("ru-RU", "ru"), ("vi-VN", "vi"), ("en-GB", "en")) for ext, keys in _JOOMLA.items()
 ] + [
    ("JComments", *_JOOMLA_REPO, _joomla_path(tag, "com_jcomments"), "ini", "GPL-2.0 (JComments, joomlatune.ru)",
     lang, _JCOMMENTS) for tag, lang in (("ru-RU", "ru"), ("en-GB", "en"))]
_REPO = {"cuongnd+banhangonline88_joomla/repo": "cuongnd/banhangonline88_joomla",
         "LevixandrX+skoofenergy/repo": "LevixandrX/skoofenergy", "Lehungvinh1103+wp-tinhpv/repo":
         "Lehungvinh1103/wp-tinhpv", "yeuBoMe+maNguonMo4/repo": "yeuBoMe/maNguonMo4",
         "nukeviet+nukeviet/repo": "nukeviet/nukeviet",
         "verogmayo+VGDWESProyectoWordpress/repo": "verogmayo/VGDWESProyectoWordpress",
         "ampproject+amp-wp/repo": "ampproject/amp-wp"}

_PO_LINE = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$')


def _unquote(s: str) -> str:
    return s.replace('\\"', '"').replace("\\n", " ").replace("\\t", " ").replace("\\\\", "\\")


def parse_po(text: str) -> dict[str, str]:
    """msgid -> its first non-empty msgstr (entries with a context included)."""
    out: dict[str, str] = {}
    entry: dict[str, str] = {}
    key = None

    def flush() -> None:
        if "msgid" in entry:
            strs = [v for k, v in sorted(entry.items()) if k.startswith("msgstr") and v]
            if strs:
                out.setdefault(_unquote(entry["msgid"]), _unquote(strs[0]))

    for raw in text.splitlines():
        line = raw.strip()
        m = _PO_LINE.match(line)
        if m:
            if m.group(1) in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in entry):
                flush()
                entry = {}
            key = m.group(1)
            entry[key] = m.group(2)
        elif line.startswith('"') and line.endswith('"') and key:
            entry[key] += line[1:-1]
    flush()
    return out


_PHP = re.compile(r"^\$lang_\w+\['(?P<k>[^']+)'\]\s*=\s*'(?P<v>(?:[^'\\]|\\.)*)';", re.MULTILINE)


def parse_nukeviet(text: str) -> dict[str, str]:
    return {m.group("k"): m.group("v").replace("\\'", "'") for m in _PHP.finditer(text)}


_INI = re.compile(r'^(?P<k>[A-Z0-9_]+)\s*=\s*"(?P<v>.*)"\s*$', re.MULTILINE)


def parse_ini(text: str) -> dict[str, str]:
    """A Joomla language file: KEY="value" ("_QQ_" is a double quote)."""
    return {m.group("k"): m.group("v").replace('"_QQ_"', '"') for m in _INI.finditer(text)}


_LITERAL = re.compile(r'"([^"\\\n$]{1,80})"')


_GETTEXT = re.compile(r"__\(\s*'((?:[^'\\]|\\.){1,80})'\s*,\s*'amp'\s*\)")


def parse_gettext(text: str) -> dict[str, str]:
    """A PHP file's ``__( '…', 'amp' )`` calls: the English string, its own key (a plugin shipping no translation)."""
    return {m.group(1).replace("\\'", "'"): m.group(1).replace("\\'", "'") for m in _GETTEXT.finditer(text)}


def parse_literal(text: str) -> dict[str, str]:
    """A PHP file's double-quoted literals, each its own key (a string the code prints untranslated)."""
    return {m.group(1): m.group(1) for m in _LITERAL.finditer(text)}


def clean(s: str) -> str:
    """Tags dropped, entities read, spaces collapsed."""
    s = re.sub(r"<br\s*/?>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return " ".join(html.unescape(s).split())


_SLOT = re.compile(r"%(?:\d\$)?[sd]")


def whole_line(s: str, lang: str) -> bool:
    """Furniture as a whole line, never a common word that can head a text: two words or more besides its slots
    (three Vietnamese syllables, or two before a colon or dots), or a loader's dots ("Загрузка...")."""
    words = _SLOT.sub(" ", s).replace("...", " ").strip(" .:!").split()
    if s.endswith("...") and words:
        return True
    if lang == "vi":
        return len(words) >= 3 or (len(words) == 2 and s.rstrip().endswith((":", "...")) and not _SLOT.search(s))
    words_only = "%s" not in s and "$s" not in s  # number slots only: a pager's "Страница %d из %d"
    return len(words) >= 2 and (words_only or len(words) >= 3 or not _SLOT.search(s))


def build(mirror: Path) -> list[tuple[str, str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str, str]] = []
    seen: set[tuple[str, str, bool]] = set()
    for cms, folder, commit, path, fmt, licence, lang, picks in SOURCES:
        text = subprocess.run(["git", "--git-dir", str(mirror / folder), "show", f"{commit}:{path}"],
                              capture_output=True, check=True).stdout.decode("utf-8")
        table = {"po": parse_po, "nukeviet": parse_nukeviet, "ini": parse_ini, "literal": parse_literal,
                 "gettext": parse_gettext}[fmt](text)
        source = f"{_REPO[folder]}@{commit[:12]}:{path}"
        for pick in picks:
            if pick not in table:
                raise SystemExit(f"{source}: {pick!r} not found")
            pairs = [(lang, clean(table[pick]))] + ([("en", clean(_unquote(pick)))] if fmt == "po" else [])
            if pick in NUMERIC:
                pairs = [(lg, re.sub(r"%(\d\$)?s", r"%\1d", t)) for lg, t in pairs]
            if pick in COUNTED:
                pairs = [(lg, "%d " + t) for lg, t in pairs]
            part = "run" if pick in RUN else "comment form" if pick in COMMENT_FORM else \
                "article info" if pick in ARTICLE_INFO else "-"
            for lg, s in pairs:
                key = (lg, s.casefold(), part == "run")
                if s and (part in ("run", "article info") or whole_line(s, lg)) and key not in seen:
                    seen.add(key)
                    rows.append((s, lg, cms, source, licence, part))
    return rows


def render(rows: list[tuple[str, str, str, str, str, str]]) -> str:
    head = ("# cms99: UI strings CMSs and their plugins print on every site, from their own language files "
            "(tools/build_cms_strings.py; mtpipe/clean/data/SOURCES.md)\n# string\tlang\tcms\tsource\tlicence\tpart\n")
    return head + "".join("\t".join(r) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, required=True)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    text = render(build(args.mirror))
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("same" if same else "differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - 2} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())

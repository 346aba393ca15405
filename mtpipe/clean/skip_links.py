"""The one list of a page's skip-link wordings (one88): the accessibility links a CMS or a theme prints at the top of
a page ("Skip to content", "Перейти к содержимому", "Bỏ qua nội dung", SharePoint's "Skip Ribbon Commands", WordPress's
'Press "Enter" to skip to content'), read as text when the page is flattened.

Every reader names :data:`SKIP_LINK` (a regular expression's alternatives, written lower-case, matched with
``re.IGNORECASE`` as a whole line): the rules file's ``chrome.nav`` as the token ``<<skip_link>>``
(:func:`~.rules.load_rules`), :func:`~.site_chrome81.skip_link` (``boilerplate.skip_link``),
:func:`~.controls.platform` and :func:`~.vi_heads.site_notice`.  Before one88 each of the four wrote its own subset;
the list is their union, so each reader holds every wording (the rules file reads first: a skip link the later
readers took goes to ``chrome.nav`` now -- benchmarks/notes/one88.md lists the lines).
"""
from __future__ import annotations

__all__ = ["SKIP_LINK"]

#: SharePoint's ribbon and accessibility-mode links (h47ru15 and its en form on held32 / held37), the skip link to the
#: navigation or the search box, the skip-to-content link in any wording (left97v: a verb of going or skipping, a
#: preposition, the page's content: Liferay's vi "Truy cập nội dung luôn", h53vi06; "Nhảy đến nội dung", "Jump to
#: content", "Перейти к содержимому"; dev 9 clutter / 0 content lines of that shape), MediaWiki's "Jump to
#: navigation" / "Jump to search", and a WordPress theme's 'Press "Enter" to skip to content' with its localisations
SKIP_LINK = (
    r"skip\s+ribbon\s+commands|turn\s+(?:on|off)\s+more\s+accessible\s+mode|turn\s+(?:on|off)\s+animations|"
    r"(?:skip\s+(?:to\s+)?|jump\s+to\s+)(?:the\s+)?(?:main\s+|local\s+|primary\s+)?(?:navigation|nav|menu|search)|"
    r"пропустить\s+команды\s+ленты|"
    r"(?:пропустить|перейти)\s+(?:до|к)\s+основно(?:го|му)\s+"
    r"(?:контента?|контенту|содержимо(?:го|му)|содержани(?:я|ю))|"
    r"(?:включить|отключить)\s+(?:режим\s+)?(?:расширенных\s+)?специальн(?:ых|ые)\s+возможност(?:ей|и)|"
    r"bỏ\s+qua\s+(?:các\s+)?lệnh\s+ruy[\s-]?băng|"
    r"(?:skip|jump|go|move)\s+(?:directly\s+)?to\s+(?:the\s+)?(?:main\s+|primary\s+|page\s+)?content|"
    r"(?:пропустить|перейти|перейдите)\s+(?:сразу\s+)?(?:до|к)\s+(?:основно(?:го|му)\s+)?"
    r"(?:контента?|контенту|содержимо(?:го|му)|содержани(?:я|ю))|"
    r"(?:nhảy|chuyển|đi|bỏ\s+qua|truy\s+cập|vào)(?:\s+(?:thẳng|ngay))?(?:\s+(?:đến|tới|vào))?\s+(?:phần\s+)?"
    r"nội\s+dung(?:\s+chính)?(?:\s+(?:luôn|ngay))?|"
    r"(?:нажмите|press|nhấn)\s+[\"«“]?enter[\"»”]?\s+(?:для\s+перехода\s+к\s+(?:содержанию|содержимому)|"
    r"to\s+skip\s+to\s+(?:main\s+)?content|để\s+(?:chuyển\s+)?(?:đến|tới)\s+nội\s+dung(?:\s+chính)?)"
)

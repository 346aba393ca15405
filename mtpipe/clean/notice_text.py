"""Two guards on ``boilerplate.site_notice``: a sentence of the text that mentions a site (issue 12, cpq102).

* :func:`same_subject`: a sentence that sends the reader to the site for more on the article's own subject goes on
  with the article;
* :func:`addressed`: users a news sentence reports on are not the reader addressed.

:func:`same_subject`.
:func:`~.notices.site_notices` takes a short sentence naming the site after the article's last line, when it
addresses the reader, as the site's notice (a cookie banner, terms of use, "write to the site's editors").  An
announcement's own last sentence may do the same: kulturacao.ru's summer hours for its libraries close with "Для
получения точной информации о графике работы конкретной библиотеки, пожалуйста, посетите соответствующие разделы на
нашем сайте." (cpf101's CHECK2, fresh pages from sites in no part; the README's older blind loss of a blog paragraph
speaking of "site của bạn" is the same class in Vietnamese).  :func:`~.notices._goes_on` already keeps such a line
when it names a capitalised name the last paragraphs name; this one reads the subject's common words: the line shares
:data:`MIN_SHARED` words or more (:data:`STEM` letters or more, compared on their first :data:`STEM` letters, a
Russian word inflects: "графике" / "графика", "библиотеки" / "библиотек") with the article's last paragraphs, the
word for "site" and function words aside.  A site's own notice speaks of the site, its cookies, its materials, its
rules: it shares a word or two with the text at most (the site's name, "комментарии", "театр").

Dev (every labelled part, held55 not in the tree; each line :func:`~.notices.site_notice_line` accepts, against the
three sentence-like lines above it): content 8 of 29 share three stems or more, clutter 0 of 25 (four share two:
html-ru-aif's register line "Аргументы и факты", t27ru26's theatre cookie notice "театр" / "работы", h38ru05's caption,
aif's comment rules).  Words of five letters: a Vietnamese word is a syllable, the stems miss it; not measured there.
"""

from __future__ import annotations

import re

from .features import STOP_WORDS

__all__ = ["same_subject", "addressed", "MIN_SHARED", "STEM"]

MIN_SHARED = 3  # common stems with the last paragraphs at least
STEM = 5  # letters a word needs, and the letters compared
_WORD = re.compile(r"[^\W\d_]{%d,}" % STEM)
_FUNCTION = frozenset().union(*STOP_WORDS.values())


def _stems(s: str, site: "re.Pattern[str]") -> set[str]:
    return {w.casefold()[:STEM] for w in _WORD.findall(s) if w.casefold() not in _FUNCTION and not site.fullmatch(w)}


def same_subject(s: str, above: list[str], site: "re.Pattern[str]") -> bool:
    """Whether line ``s`` shares :data:`MIN_SHARED` stems or more with the lines ``above`` (the article's last
    paragraphs), words matching ``site`` (the word for "site") aside."""
    mine = _stems(s, site)
    if len(mine) < MIN_SHARED:
        return False
    return len(mine & set().union(*(_stems(a, site) for a in above))) >= MIN_SHARED


#: users as the subject of a sentence in the third person: "пользователи" and, within two words, a verb in the third
#: person plural, present or past ("Пользователи жалуются …", "Пользователи соцсетей заметили …"); not "могут": what
#: users may do is a site's rule ("Пользователи сайта могут оставлять комментарии …")
_USERS_REPORTED = re.compile(r"(?<![^\W\d_])пользователи(?:\s+[^\W\d_]+){0,2}?\s+(?!могут)[а-яё]{2,}(?:[ую]т|[ая]т|ли)(?:сь|ся)?"
                             r"(?![^\W\d_])", re.IGNORECASE)


def addressed(s: str, address: "re.Pattern[str]") -> bool:
    """Whether line ``s`` addresses the reader (``address``: second person, "please", a key to press, the site's user),
    not counting users the line reports on in the third person plural (:data:`_USERS_REPORTED`).

    :func:`~.notices.site_notices` takes a sentence naming the site as a notice on a page with no other text when it
    addresses the reader, and "пользователи" counts as an address ("пользователь покидает сайт", a site's terms).
    A news post's only sentence "Пользователи жалуются на проблемы с доступом к приложению и сайту." (a bank's outage,
    the Telegram channel "Москва - новостная": cpq102's fresh TUNE half, ``tg_08905``) reports on users, it speaks
    to no one.  Dev (every labelled line naming a site and a user): no notice speaks of its users that way (h10ru11's
    "… пользователь покидает сайт" is in the singular and stands in a run of notices); 0 dev lines move."""
    hits = [m.span() for m in address.finditer(s)]
    if not hits:
        return False
    reported = [m.span() for m in _USERS_REPORTED.finditer(s)]
    return any(not any(a <= x < b for a, b in reported) for x, _ in hits)

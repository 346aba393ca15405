"""Site furniture that one page shows without cross-document evidence: closed-class phrase lists and
line shapes (issue 12, fifth round).

Each function judges one line (or a run of lines) and says why; :func:`mtpipe.clean.boilerplate.classify`
decides where it may act (most only outside the article body). The word lists are closed classes of
news-site furniture, taken from real material, never from a held-out page:

* section names (``RUBRICS``): the menus of the raw HTML pages of the benchmark (aif.ru, mk.ru, unn.com.ua,
  ukrinform, inform.kz, zaxid.net, 24tv.ua, football.ua: ``html.ann``'s clutter blocks), and the top menus
  of large Vietnamese and English news sites (VnExpress, Dân trí, Tuổi Trẻ; BBC, Reuters);
* comment forms (``_FORM``): WordPress core's comment form strings and their ru/vi translations, and the
  prompts of common comment widgets ("please enter your …" in the three languages);
* headings of other-story lists (``_LIST_HEADINGS``): blocks of the same kind on the tune pages and on the
  menus above (``chrome.related`` in ``configs/clean/generic.toml`` holds the ones written earlier); the "similar
  items" heading of related-posts blocks ("Похожие записи" of WordPress, "Похожие статьи", crawl12; "Схожие статьи",
  "Похожие", h39ru08: clut58);
* a page's own controls (``_WIDGET``, twelfth round): buttons, players, loaders, share, download and
  error-report prompts, ad slots and a mailing service's credit, from the tune parts' and held8's clutter
  and the widgets of common CMSs (WordPress, Bitrix, video players), never a held-out page's string.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cms_strings import comment_form
from .words import line_words

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_RUBRIC_SPLIT = re.compile(r"\s*[/|,·•»›>]\s*|\s+и\s+|\s+і\s+|\s+và\s+|\s+&\s+|\s+and\s+")

__all__ = ["RUBRICS", "rubric", "form_prompt", "comment_counter", "placeholder", "source_link",
           "list_heading", "name_credit", "name_counters", "strip_bullet", "widget", "stamp_and_counters",
           "visitor_counter"]

_NAMES = {
    "ru": """новости;главная;политика;экономика;общество;в мире;мир;спорт;культура;наука;технологии;техно;
        происшествия;проишествия;здоровье;авто;туризм;финансы;бизнес;регионы;мнения;мнение;аналитика;анализ;видео;
        фото;фоторепортажи;фоторепортаж;блоги;интервью;статьи;колонки;экология;образование;недвижимость;люди;
        спецпроекты;пресс-центр;галереи;рубрики;разделы;лента;лента новостей;последние новости;новости региона;
        новости дня;кино;музыка;стиль;семья;еда;кухня;армия;безопасность;право;криминал;коррупция;назначения;
        релизы;опросы;конференции;вакансии;контакты;подписка;реклама;партнеры;партнёры;издания;свежий номер;
        архив;афиша;погода;курсы валют;гороскоп;тесты;подкасты;игры;шоу-бизнес;знаменитости;lifestyle;
        международные;международные новости;персоны;документальное кино;сериалы;передачи;программы""",
    "uk": """новини;політика;економіка;суспільство;світ;спорт;культура;наука;технології;здоров'я;здоровʼя;
        статті;анонси;фінанси;ціни;нерухомість;освіта;сім'я;відео;фото;блоги;думки;думка;кримінал;війна;регіони;
        події;бізнес;авто;аналітика;інтерв'ю;стиль життя;смачно;краса;контакти;реклама;архів;погода""",
    "vi": """thời sự;thế giới;kinh doanh;kinh tế;xã hội;pháp luật;giải trí;thể thao;giáo dục;sức khỏe;sức khoẻ;
        đời sống;du lịch;khoa học;công nghệ;số hóa;số hoá;xe;ý kiến;góc nhìn;văn hóa;văn hoá;chính trị;quốc tế;
        bất động sản;tài chính;chứng khoán;tâm sự;thư giãn;video;podcasts;ảnh;infographic;
        emagazine;multimedia;bạn đọc;tin tức;tin nóng;tin mới;nhịp sống;quân sự;an ninh;hình sự;giao thông;
        việc làm;doanh nghiệp;nông nghiệp;môi trường;y tế;gia đình;thời trang;ẩm thực;sao;âm nhạc;điện ảnh;
        thời cuộc;tiêu điểm;sự kiện;bình luận;thị trường;xây dựng""",
    "en": """news;world;politics;business;economy;sport;sports;culture;science;technology;tech;health;opinion;
        video;videos;photos;lifestyle;travel;entertainment;latest;home;local;national;international;markets;
        breaking news""",
}
#: Section names of news sites per language (casefolded).
RUBRICS: dict[str, frozenset[str]] = {k: frozenset(" ".join(w.split()) for w in v.split(";")) for k, v in _NAMES.items()}
_RUBRIC_LANGS = {"ru": ("ru", "uk", "en"), "uk": ("uk", "ru", "en"), "vi": ("vi", "en"), "en": ("en",)}

_BULLET = re.compile(r"^[\s\-–—•·*»›>|#]+|[\s\-–—•·*»›>|]+$")
_NUMBERED = re.compile(r"^\d{1,2}[.)]?\s*(?=[^\W\d_])")
# a date or time glued to a section name: "Thị trường14/02/2024", "date 2022-01 Thời sự", "Политика 12:30"
_DAY = r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?"
_DATE_PART = re.compile(r"(?:^date\s+\d{4}-\d{2}(?:-\d{2})?\s*)|(?:\s*,?\s*" + _DAY + r"(?:\s+\d{1,2}:\d{2})?"
                        r"|\s*\d{1,2}:\d{2})\s*$|^\s*" + _DAY + r"(?:\s+\d{1,2}:\d{2})?\s*[|,-]?\s*")


_DIGIT = re.compile(r"\d")
_BULLET_CHARS = frozenset(" \t-–—•·*»›>|#")


@lru_cache(maxsize=4096)  # a line asked by several layers (91,206 calls for 11,350 lines over the text pages: perf54)
def strip_bullet(s: str) -> str:
    """The line without list bullets, pipes and arrows at its ends, nor a list number ("1МИД …")."""
    if s[:1].isalpha() and s[-1:] not in _BULLET_CHARS:
        return s  # the common case, without a regex
    return _NUMBERED.sub("", _BULLET.sub("", s).strip(), count=1)


@lru_cache(maxsize=None)
def _names(lang: str) -> frozenset[str]:
    return frozenset().union(*(RUBRICS.get(x, frozenset()) for x in _RUBRIC_LANGS.get(lang, (lang, "en"))))


def rubric(s: str, lang: str) -> str | None:
    """The section name a line consists of ("Новости", "Thời sự", "Політика / Світ", "Thị trường14/02/2024"):
    one or two names of the language's list (also English, and Russian on a Ukrainian page and back),
    maybe with a date glued on; None otherwise."""
    body = s.strip()
    if _DIGIT.search(body):  # every branch of _DATE_PART holds a "\d" (perf79: its scan tries each position)
        body = _DATE_PART.sub("", body)
    body = strip_bullet(body).rstrip(" :：.…").casefold()
    if not body or len(body) > 40:
        return None
    names = _names(lang)
    if body in names:
        return body
    parts = [p.strip() for p in _RUBRIC_SPLIT.split(body) if p.strip()]
    if 2 <= len(parts) <= 3 and all(p in names for p in parts):
        return body
    return None


# comment forms: the CMSs' own comment-form strings are the table's (``data/cms_strings.tsv``, its ``comment form``
# part, read by :func:`.cms_strings.comment_form`: WordPress core's "Leave a Reply", "Your email address will not be
# published.", "Required fields are marked *", "Save my name, email, …", "Post Comment", "You must be logged in …" in
# en/ru/vi, Jetpack's "Notify me of follow-up comments by email.", JComments' form labels); here only what the table
# does not hold (form101): "please enter your …" prompts, other translations and plugins' wordings of the same
# strings, the empty-comment invitations, the field labels with their star
_FORM = re.compile(
    r"(?:пожалуйста,?\s+)?(?:введите|укажите|напишите)\s+(?:ваш[еуи]?|сво[йеёю])\s+[\w\s-]{2,40}?(?:\s+здесь)?\s*[!.]?"
    r"|(?:будь ласка,?\s+)?(?:введіть|вкажіть)\s+(?:ваш[еуі]?|сво[єюї]|свій)\s+[\w\s-]{2,40}?(?:\s+тут)?\s*[!.]?"
    r"|(?:vui lòng|xin vui lòng|hãy)\s+(?:nhập|điền)\s+[\w\s]{2,40}?(?:\s+của bạn)?(?:\s+vào đây|\s+ở đây)?\s*[!.]?"
    r"|(?:please\s+)?enter\s+your\s+[\w\s-]{2,30}?(?:\s+here)?\s*[!.]?"
    r"|notify me of new posts by email\.?|уведомлять меня о новых (?:комментариях|записях) по почте\.?"
    r"|you must be (?:logged in to leave|signed in to (?:post|leave)) a comment\.?"
    r"|отмена ответа|hủy trả lời|để lại một phản hồi|оставить ответ"
    r"|gửi bình luận|gửi phản hồi"
    # an empty comment box's invitation and the reply form's button (clut61: "Оставьте первый комментарий",
    # "Отправить ответ" under h40ru06's article; the empty-state strings of comment widgets and themes: "Оставь
    # первый комментарий.", "Пока нет комментариев. Оставьте первый комментарий!", "Chưa có bình luận nào. Hãy là
    # người đầu tiên bình luận!", "Hãy là người đầu tiên bình luận về bài viết", "Be the first to comment")
    r"|(?:(?:пока\s+)?нет\s+комментариев\.?\s*)?(?:оставьте|оставь|напишите|напиши)\s+первый\s+комментарий"
    r"(?:\s+к\s+(?:статье|записи|новости|материалу|публикации|посту))?\s*[.!…]*"
    r"|(?:будьте|будь|станьте|стань)\s+первым,?\s+кто\s+(?:оставит|напишет)\s+комментарий\s*[.!…]*"
    r"|(?:chưa có bình luận nào\.?\s*)?hãy\s+(?:là|trở thành)\s+người\s+đầu\s+tiên\s+(?:bình luận|nhận xét|gửi bình luận)"
    r"(?:\s+(?:về|cho)\s+(?:bài viết|tin|tin tức|bài)(?:\s+này)?)?\s*[.!…]*"
    r"|be the first to (?:comment|leave a comment)(?: on (?:this|the) (?:article|post|story))?\s*[.!…]*"
    r"|отправить ответ|gửi trả lời|submit reply|post reply"
    r"|(?:name|email|e-mail|website|comment|имя|ваше имя|эл\. почта|комментарий|сайт|họ và tên|họ tên|tên của bạn|bình luận)\s*\*",
    re.IGNORECASE)


def form_prompt(s: str) -> bool:
    """A comment form's label or prompt ("Пожалуйста, введите ваш комментарий!", "Required fields are marked *"): the
    CMS table's comment-form strings (:func:`.cms_strings.comment_form`) and :data:`_FORM`."""
    return len(s) <= 160 and (_FORM.fullmatch(s.strip()) is not None or comment_form(s) is not None)


_COUNTER = re.compile(r"(?:комментари[йияеь]\w*|отзыв\w*|коментар\w*|bình luận|ý kiến|phản hồi|comments?|responses?|replies)"
                      r"(?:\s+[^\W\d_]{3,15})?\s*[(:\[]?\s*\d+\s*[)\]]?\s*:?|\d+\s+(?:комментари[йяев]\w*|bình luận|comments?|responses?)",
                      re.IGNORECASE)


def comment_counter(s: str) -> bool:
    """A comment counter ("Комментарии (3)", "Комментарии читателей (0):", "12 bình luận", "0 Comments")."""
    return len(s) <= 60 and (_COUNTER.fullmatch(s.strip(" |•·-–—")) is not None
                             or _COUNTER.fullmatch(strip_bullet(s)) is not None)


#: a site's visit-statistics widget: a visit label, a colon and a bare figure, one pair or several on a line
#: (clut61: "Đang truy cập : 43", h40vi15; "Онлайн всего: 1 Гостей: 1 Пользователей: 0 |", held17 and held36's
#: uCoz widget; "Lượt truy cập : N" / "Đang truy cập : N" of Vietnamese hit-counter templates).  The labels are
#: the widget's own (being online, visits, guests and users of the site): a field of the text with a figure ("Số
#: giáo dân: 600", "Кол-во номеров: 12", "Nhóm: 5") has none of them, and a day's label alone ("Hôm nay: 1")
#: is left to the runs around it ("Số người truy cập: 1865355", h51vi13, wid91: dev 0 / 0 of the label)
_VISIT_LABEL = (r"(?:đang\s+(?:truy\s+cập|online|trực\s+tuyến)|(?:tổng\s+)?(?:số\s+)?(?:lượt|người)\s+truy\s+cập"
                r"(?:\s+(?:hôm nay|trong ngày|tuần này|tháng này))?|tổng\s+truy\s+cập|truy\s+cập\s+(?:hôm nay|trong ngày)|"
                r"(?:khách|thành\s+viên)\s+(?:online|trực\s+tuyến)|"
                r"онлайн\s+всего|всего\s+онлайн|сейчас\s+(?:на\s+сайте|онлайн)|посетител(?:ей|и)\s+(?:онлайн|сегодня|за\s+сутки)|"
                r"всего\s+посетителей|посещений\s+(?:сегодня|за\s+сутки|всего)|(?:гостей|пользователей)(?:\s+онлайн)?|"
                r"(?:users|visitors|guests|members)\s+online|visitors\s+today|total\s+visit(?:or)?s|online\s+now)")
_VISITS = re.compile(rf"{_VISIT_LABEL}\s*:\s*\d[\d.,\u00a0 ]*(?:[\s|•·/,]*{_VISIT_LABEL}\s*:\s*\d[\d.,\u00a0 ]*)*",
                     re.IGNORECASE)


def visitor_counter(s: str) -> bool:
    """A site's visit-statistics widget as a whole line ("Đang truy cập : 43", "Онлайн всего: 1 Гостей: 1")."""
    t = s.strip(" \t|•·-–—")
    return len(t) <= 120 and _VISITS.fullmatch(t) is not None


_PLACEHOLDER = re.compile(r"\{\{\s*[\w.\[\]]+(?:\s*\|[^{}]*)?\s*\}\}|\{%[^%]*%\}|\$\{[\w.]+\}")


#: The target of a Markdown link, "](…)" (one level of brackets inside, as URLs have).
_LINK_TARGET = re.compile(r"\]\((?:[^()]|\([^()]*\))*\)")


def placeholder(s: str) -> bool:
    """Template markup a page forgot to render ("{{today.type}} {{today.low}}độ"): two placeholders, or one
    with a dotted path; a single "{{name}}" can be a message string's slot, and stays.  Markup in a Markdown
    link's target is the link's, not the line's: "[CVE-2021-33621: HTTP разделение ответов]({%link en/….md %})"
    in a Jekyll post is a list item of the text."""
    if "](" in s:
        s = _LINK_TARGET.sub("]", s)
    found = _PLACEHOLDER.findall(s)
    return len(found) >= 2 or any("." in f or "{%" in f for f in found)


_URL_END = re.compile(r"(?:https?://|www\.)\S+\W*$")
_SITE = r"[\w-]+(?:\.[\w-]+)*\.(?:ru|com|net|org|info|vn|cn|ua|kz|by|io|tv|su|uz|lt|news|media)/?"
#: ... or "more news on <site>" ("Больше новостей на News-amur.ru", h38ru01; "Новости спорта на iSport.ua", html;
#: "Все новости на site.ru"; clut55): the site's news as a whole, pointed to, no sentence
_MORE_NEWS = (r"(?:(?:ещё|еще)\s+)?(?:больше|ещё|еще|все|свежие|последние|другие|more|all|latest)\s+(?:новост(?:и|ей)|материал(?:ы|ов)|"
              r"стат(?:ьи|ей)|news|stories)|новости|news")
_READ_ON = re.compile(r"(?:читать|читайте|подробнее|смотреть|смотрите|слушать|источник|читати|детальніше|джерело|xem|đọc|nguồn|"
                      r"read|watch|source|via|" + _MORE_NEWS + r")(?:\s+[^\W\d_]{1,12}){0,3}\s*(?:на|в|tại|trên|on|at)?\s*:?\s*"
                      + _SITE + r"\W*", re.IGNORECASE)


def source_link(s: str) -> bool:
    """A short line that sends the reader elsewhere: a link at its end ("Полный текст материала на
    http://…"), or "read/source on <site>" ("Читать на site.ru", "Xem tại site.vn"), or "more news on <site>"
    ("Больше новостей на News-amur.ru")."""
    s = s.strip()
    words = line_words(s)
    if len(words) > 9 or len(s) > 160:
        return False
    if _READ_ON.fullmatch(s):
        return True
    m = _URL_END.search(s)
    return m is not None and m.start() > 0 and s[:m.start()].rstrip()[-1:] not in ".!?…" and len(words) >= 2


_LIST_HEADINGS = frozenset("""в других сми;об этом же в других сми;сегодня в новостях;сегодня в сми;главное сегодня;
    может быть интересно;вам может быть интересно;tin tức khác;các tin khác;tin khác cùng chuyên mục;самые читаемые;самое читаемое;
    самое популярное;популярное;последние новости;лента новостей;новости партнеров;новости партнёров;выбор редакции;
    рекомендуем;по теме;в тему;ещё по теме;еще по теме;смотрите также;главные новости;главное за день;топ новостей;
    другие материалы рубрики;материалы по теме;новости по теме;читайте также;что еще почитать;что ещё почитать;
    самые читаемые новости;самые популярные новости;популярные новости;другие новости;похожие новости;похожие материалы;
    похожие;похожие статьи;похожие записи;похожие публикации;схожие статьи;
    найпопулярніше;останні новини;новини партнерів;по темі;читайте також;інші новини;головні новини;
    чытайце таксама;чытайце яшчэ;глядзіце таксама;
    tin mới nhất;tin nổi bật;đọc nhiều nhất;xem nhiều nhất;tin xem nhiều;tin đọc nhiều;tin khác;bài viết mới;
    bài mới nhất;bài viết cùng chuyên mục;tin cùng chuyên mục;tin tức liên quan;tin liên quan;bài viết liên quan;
    có thể bạn quan tâm;tin cùng danh mục;đọc thêm;xem thêm;
    most popular;most read;top stories;latest news;recommended;trending;editor's picks;related stories;related posts;
    related articles;more stories;you may also like;read also;see also""".replace("\n", " ").split(";"))
_LIST_HEADINGS = frozenset(" ".join(h.split()) for h in _LIST_HEADINGS)
_HEADING_NUM = re.compile(r"^(?:топ|top)?[\s-]*\d{1,2}\s+|\s*\d{1,2}$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a pure test of the line (19,857 calls for 11,190 lines over the text pages: perf57)
def list_heading(s: str) -> bool:
    """The heading of a list of other stories ("Сегодня в новостях", "Tin mới nhất", "Most read"),
    a count at its start or end allowed ("10 самых читаемых новостей" is not in the list: "самых" is)."""
    if len(s) > 60:
        return False
    body = strip_bullet(s).casefold().rstrip(" :：»›>….")
    body = _HEADING_NUM.sub("", body).strip()
    return " ".join(body.split()) in _LIST_HEADINGS


_CREDIT_SUFFIX = re.compile(r"\s*(?:\(\s*)?(?:tổng hợp|biên dịch|lược dịch|biên soạn|dịch|thực hiện|ghi|theo [^\W\d_][\w .-]{1,30})"
                            r"(?:\s*\))?\s*$")
_CREDIT_WORDS = ("hợp", "dịch", "soạn", "hiện", "ghi", "theo ")  # one of them in every match (case as written)


def name_credit(s: str, is_name) -> bool:
    """A Vietnamese credit: a personal name and what the person did ("Võ Thái Hà tổng hợp",
    "Minh Anh (biên dịch)", "Thu Hằng (theo Reuters)")."""
    if not any(w in s for w in _CREDIT_WORDS):
        return False  # (perf57: most lines are not searched)
    m = _CREDIT_SUFFIX.search(s)
    return m is not None and m.start() > 0 and is_name(s[:m.start()])


_TRAILING_COUNTS = re.compile(r"(?:\s+\d{1,6}){1,3}\s*$")


def name_counters(s: str, is_name) -> bool:
    """A byline with the page's view and comment counters ("Мария Иванова 37 0")."""
    if not s.rstrip()[-1:].isdecimal():
        return False  # a match ends in a digit, then white space alone (perf57: most lines are not searched)
    m = _TRAILING_COUNTS.search(s)
    return m is not None and m.start() > 0 and is_name(s[:m.start()])


# a page's own controls, whole lines only: buttons and menus of a player, a loader, share/copy/download
# prompts, an error-report prompt, an ad slot, a "find us on" link, a mailing service's credit, page labels
# ("Все свежие новости", h51ru08, wid91: "все / свежие / последние новости" alone on dev 13 clutter / 0 content)
_WIDGET = re.compile(
    r"обсудить|свяжитесь с нами|войти в почту|все выпуски|все (?:свежие |последние )?новости|место для (?:вашей )?рекламы|"
    r"(?:нашли )?ошибк[уа] в тексте\??\s*(?:выделите (?:её|ее|его|текст)(?: мышью)? и нажмите)?\s*«?ctrl\s*\+\s*enter»?\.?|"
    r"поделиться(?: статьей| статьёй| новостью| материалом| ссылкой)?(?: комментарии| close button)?|"
    r"скопировать (?:линк|ссылку)(?: [^\W\d_]+){0,4}(?: copy to clipboard)?(?: copied)?|"
    r"(?:hide|show) (?:player controls|resume playing|subtitles)|loader|loading\.*|загрузка\.*|close button|"
    r"copy to clipboard(?: copied)?|"
    r"xem trên các nền tảng khác|đang tải\.*(?: \(xem toàn văn\))?|trọn bộ|danh mục|bạn đang ở đây|"
    r"tìm chúng tôi trên (?:facebook|youtube|twitter|zalo|tiktok)|giúp [^\W\d_]{2,12} sửa lỗi|"
    r"thông tin tài liệu|tải về(?: [\w/.-]+){1,6}|bản tiếng (?:việt|anh)|trang \d{1,4}|"
    r"tài liệu hạn chế xem trước,? để xem đầy đủ mời bạn chọn tải xuống\.?|"
    r"mời quý (?:độc giả|khán giả|vị) theo dõi [^.!?]{5,120}[.!]?|"
    r"(?:отправляет|рассылка|сделано|работает) [\w -]{0,30}с помощью сервиса [\w .-]{2,30}|powered by [\w .-]{2,30}|"
    r"(?:header|sidebar|footer|top|bottom|banner) ads?|advertisement|nội dung bài viết(?: \S{1,8})?|mục lục|"
    r"(?:полностью |целиком )?(?:слушайте|смотрите) (?:полностью |целиком )?в (?:аудиофайле|аудиозаписи|видео|видеозаписи)\.?|"
    # a field label with no value after it: the value was an image, a widget or left on another line
    r"(?:опубликовано|обновлено|авторское право|copyright|published|updated|đăng ngày|cập nhật)\s*:?|"
    r"(?:редактор|редакция|editor|tags?|теги|метки|меткі|мітки|позначки|тэгі|từ khóa)\s*:|"  # bare labels the credit rule does not know;
    # the tag label in Belarusian and Ukrainian too ("Меткі:", h35ru08; "Мітки:", "Позначки:": WordPress uk; post35)
    # a section label with its value, a "read more" glued before it ("Đọc thêmCategory: BÀI NỔI BẬT")
    r"(?:đọc thêm|xem thêm|читайте также|read more)?\s*(?:category|categories|chuyên mục|рубрика|рубрики|раздел)\s*:\s*.{1,60}|"
    # a template's empty value printed as text
    r"null|undefined|none|nan|\[object object\]",
    re.IGNORECASE)


def widget(s: str) -> bool:
    """A page control's own words standing as a whole line ("Обсудить", "Поделиться статьей Close Button",
    "Xem trên các nền tảng khác", "Đang tải... (xem toàn văn)", "Trang 2"): never a sentence of the text."""
    t = strip_bullet(s).strip()
    return 0 < len(t) <= 160 and _WIDGET.fullmatch(t) is not None


_PARTS = re.compile(r"\s*[/|•·]\s*")


def stamp_and_counters(s: str, is_date) -> bool:
    """A line of a date and the page's counters between separators ("Ноябрь 10, 2021 / Комментарии 0 |"):
    two parts or more, each a date or time (``is_date``) or a comment counter."""
    if len(s) > 80:
        return False  # (before the split: perf57)
    parts = [x for x in _PARTS.split(s.strip()) if x]
    return len(parts) >= 2 and all(is_date(x) or comment_counter(x) for x in parts) \
        and any(comment_counter(x) for x in parts)

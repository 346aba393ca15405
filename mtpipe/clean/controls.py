"""Classes of clutter the layers before left on ru/vi pages, told by the line itself (issue 12, miss32).

The clutter left on the dev pages was listed and grouped by what it is (benchmarks/README.md, "miss32"); these
are the classes a line shows by itself on any site, each a closed class of the page's own machinery, not a
site's wording:

* :func:`markup`: markup the extractor printed as text: a line that is an HTML tag (``<image>…</image>``,
  ``<th style=…>``), an inline image's ``data:`` address, a bare URL, the tail of an image's file name
  (``.jpg)``); a forum's BBCode tags standing alone ("[/quote]", "[quote=Админ]", "[img]http://…[/img]", cp46 on
  ``train31``'s Q&A answer); the text a page prints where an image failed to load ("Изображение не найдено", "Image
  not found", "Không tìm thấy hình ảnh", cp46 on ``train31``'s match report); a sentence never is one, nor text
  wrapped in tags ("[b]Важно![/b]") or a footnote's "[1]" and a cut mark "[…]";
* :func:`stat_counter`: a page's statistics: a number with a word that counts readers, downloads, likes,
  followers or a document's pages ("Сейчас читают: 941", "Đã xem: 462", "Lượt tải: 0", "2 người theo dõi",
  "Words: 15,407"), short and without a sentence's end; or up to three such counters with their period, a
  view-count plugin's total and day's count ("5,072 просмотров за всё время, 2 просмотров сегодня", h38ru05;
  "Lượt xem hôm nay: 2156", clut55); a sentence that cites a figure has a verb and more
  words ("Статью прочитали 5 тысяч человек за неделю." stays);
* :func:`credit_tail`: a caption that ends with its picture's credit: "… - Ảnh 1", "… Фото Валерия Бакланова.",
  "… Коллаж «СП».", "… Nguồn: EVNHANOI", "… © Xavier Hoenner / Shutterstock": the credit word, then one to four
  capitalised words (a name, an agency, a site) and nothing after; a paragraph that names its source in a
  sentence ("Об этом сообщает ТАСС.") has no credit word, and "ảnh hưởng", "Фоторепортаж" are other words;
* :func:`control`: a page control standing alone as a line, a button's or a link's own words in ru and vi
  (reply, load more, newer / older posts, share via, cart, the version for the visually impaired, back to top,
  subscribe, read more, translate, "you are here"; an account box's "Войти", "Зарегистрироваться", "Забыли
  пароль?", clut57: the verbs, not the nouns "Регистрация", "Вход" a page may head a section with; a button that
  puts the item in the reader's collection, "Добавить в избранное", "Добавить в книгу рецептов", "В корзину"); the
  whole line only, so a sentence that uses the words stays;
* :func:`platform`: a blog's, a forum's or a CMS's own interface in its ru / vi words (Blogger's "Hiển thị các bài
  đăng có nhãn …", WordPress's "Архив рубрики: …", NukeViet's rating line, a document-sharing site's frame, an online
  library's reader frame "Текущая страница: 7 (всего у книги 28 страниц)", clut57, skip links);
* :func:`credit_line`: a byline or a credit said with its class's words: "Viết bởi …", "• bởi Luật sư …", "Người đưa
  tin: …", "Ký sự của …", "Ảnh Hoàng Văn Tuấn", "Фото Валерия Мельникова", a video's
  credit with its colon ("Видео: Юрий Коробейников", clut57, h38ru07), "…, phóng viên đài …", a Russian office with
  initials and a surname ("Глава района А.В. Петров"); the name after the words must be one to four capitalised words,
  so "Ảnh minh họa", "Фото районной школы" are other rules' (metadata: it leaves the text, kept in the ledger);
* :func:`date_label`: a publication date with its label ("Đăng ngày 12/3/2023 bởi admin", "Дата опубликования: …",
  "Обзор новостей за: …", "Опубликовано в журнале …, номер 1, 2007") or a relative one ("10 лет назад", "5 phút
  trước"): a digit must stand in it (metadata);
* :func:`register_field`: one field of a legal act's register card or a product's or a book's card, standing alone
  (clut57: "Принявший орган: Совет депутатов …", h22ru03; "Дата принятия: 10 сентября 2019г.", t27ru08; "Издание: 2017
  год", t27ru62; "Артикул: 24937", t27ru77; pravo.gov.ru's "Вид документа: …" / "Принявший орган: …"): a label of
  the closed set the registers and shops print, a colon, a value of sixteen words at most with no sentence in it (an
  edition's value holds its year or number); a run of such fields is ``boilerplate.field_run``'s, a sentence that
  names the body that passed an act ("Документ принял Совет депутатов.") has no label;
* :func:`prompt`: a notice to the reader that the site prints on every page: cookies, JavaScript switched off,
  a video element the browser cannot play, a report-an-error prompt (Ctrl+Enter), an invitation to subscribe to
  the site's channel or mailing list, to send the newsroom news, to log in before commenting: a line that both
  addresses the reader and names that machinery.

Each removal goes to the ledger with its rule and the class's evidence.
"""

from __future__ import annotations

import re

from .dialogue_turns import in_turn

from .pronouns import RU_YOUR
from .skip_links import SKIP_LINK
from .words import line_folded, line_words

__all__ = ["markup", "stat_counter", "credit_tail", "control", "platform", "prompt", "register_field", "credit_line",
           "date_label",
           "judge", "RULES"]

#: the ledger rule of each class
RULES = {"markup": "boilerplate.markup", "stat_counter": "boilerplate.stat_counter",
         "credit_tail": "captions.credit_tail", "control": "boilerplate.control", "platform": "boilerplate.platform_ui",
         "prompt": "boilerplate.prompt", "register_field": "boilerplate.register_field",
         "credit_line": "boilerplate.byline_phrase",
         "date_label": "boilerplate.dateline_label"}

_TAG_OPEN = re.compile(r"</?(?:image|img|th|td|tr|table|div|span|p|a|figure|iframe|script|style|source|video)\b",
                       re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
#: HTML entities printed before a tag ("&nbsp;</div>", h23vi24: a raw table's cell end; clut90)
_LEAD_ENTITY = re.compile(r"^(?:&(?:[a-z]{2,8}|#\d{1,5}|#x[0-9a-f]{1,4});\s*)+(?=<)", re.IGNORECASE)
_BARE = re.compile(r"\S*data:image/\S+(?:\s\S+)*|https?://\S+|\.(?:jpe?g|png|gif|webp)\)?", re.IGNORECASE)
#: a BBCode tag of a forum post (the closed set of the forum engines' tag names), with its value ("[quote=Имя]")
_BBCODE = re.compile(r"\[/?(?:quote|b|i|u|s|url|img|code|spoiler|hide|color|size|font|center|left|right|list|\*|hr|"
                     r"youtube|video|media|sup|sub|indent|offtop|offtopic|email)(?:=[^\[\]]*)?\]", re.IGNORECASE)
#: the words a page prints in place of an image it could not show, the whole line
_NO_IMAGE = re.compile(r"(?:изображение|картинка|фото(?:графия)?)\s+(?:не\s+найден[аоы]?|отсутствует|недоступн[аоы])"
                       r"|нет\s+(?:изображения|фото)|(?:image|picture|photo)\s+not\s+(?:found|available)|no\s+image"
                       r"(?:\s+available)?|không\s+(?:tìm\s+thấy|có)\s+(?:hình\s+)?ảnh|(?:hình\s+)?ảnh\s+không\s+"
                       r"(?:tồn\s+tại|khả\s+dụng)", re.IGNORECASE)
_COUNT_WORD = (r"(?:lượt (?:xem|tải|thích|đọc|chia sẻ|bình chọn|truy cập)|người (?:theo dõi|đã xem)|đã xem|lượt|"
               r"số trang|loại file|"
               r"просмотр(?:ов|а|ы)?|прочтени[йея]|скачивани[йя]|загруз(?:ок|ки)|подписчик(?:ов|а|и)?|читают|"
               r"прочитали|лайк(?:ов|а|и)?|отзыв(?:ов|а|ы)?|"
               r"views?|downloads?|likes?|followers?|reads?|shares?|words|pages)")
_STAT = re.compile(rf"^(?:(?:сейчас|всего|tổng)\s+)?"
                   rf"(?:\d[\d\s.,]*\s*{_COUNT_WORD}|{_COUNT_WORD}\s*:?\s*\d[\d\s.,]*)\s*[|•·]?$", re.IGNORECASE)
#: a counter's period ("за всё время", "сегодня", "today", "hôm nay"): a view-count plugin prints the total and the
#: day's count on one line (clut55, h38ru05)
_PERIOD = (r"(?:за\s+(?:всё|все)\s+время|за\s+(?:сегодня|неделю|месяц)|сегодня|всего|all\s+time|today|total|"
           r"this\s+(?:week|month)|hôm\s+nay|trong\s+ngày|tổng(?:\s+cộng|\s+số)?)")
_NUM = r"\d[\d\s.,]*"
_COUNTED = (rf"(?:{_PERIOD}\s+)?(?:{_NUM}\s*(?:{_PERIOD}\s+)?{_COUNT_WORD}(?:\s+{_PERIOD})?|"
            rf"{_COUNT_WORD}(?:\s+{_PERIOD})?\s*:?\s*{_NUM})")
#: counters with their period, one to three on a line, the first with its counting word, the next may be the period
#: and its number alone: "5,072 просмотров за всё время, 2 просмотров сегодня", "Всего просмотров: 345, сегодня: 2",
#: "5,072 total views, 2 views today", "Lượt xem hôm nay: 2156"
_STATS = re.compile(rf"^{_COUNTED}(?:\s*[,;|•·]\s*(?:{_COUNTED}|{_PERIOD}\s*:\s*{_NUM}))*$", re.IGNORECASE)
_PERIOD_IN = re.compile(rf"(?<!\w){_PERIOD}(?!\w)", re.IGNORECASE)
#: a source's credit word: a photographer's ("Фото", "Ảnh") closes a listing's lead paragraph as often as a caption
_CREDIT_WORD = r"(?:nguồn|source|источник|©)"
_CAP = r"(?:[«\"“(]?[^\W\d_a-zа-яё][\w.&'’»\"”)-]*|©)"
_CREDIT = re.compile(
    rf"(?:(?<=[.!?…»\"”])\s+|\s[-–—]\s*|\s(?=©))(?i:{_CREDIT_WORD})\s*:?\s*"
    rf"{_CAP}(?:\s*[/,]?\s*{_CAP}){{0,3}}\s*\.?\s*$|"
    r"\s[-–—]\s*(?i:ảnh|hình)\s+\d{1,2}\.?\s*$|"
    r"\s(?i:фото предоставлено) [^\W\d_][\w -]{2,60}\.?\s*$")
#: a word every :data:`_CREDIT` match holds, in the case-folded line (perf59, folded as :data:`_NOTICE_SEEDS`)
_CREDIT_SEEDS = ("nguồn", "source", "источник", "©", "ảnh", "hình", "фото предоставлено")
CAPTION_CHARS = 120  # the longest caption before its credit (one sentence)
_INNER_STOP = re.compile(r"[.!?…]\s+[^\W\d_]")
#: the back-to-top link's words, the one list of them (fur93: the rules file's ``chrome.read_more`` listed them too
#: and leaves them to :func:`control` now): "Back to top" (t28ru78), "Scroll to Top" (h51vi08, wid91: "scroll / back /
#: go to top" on dev 17 clutter / 0 content), "Lên đầu trang", "Наверх", "Вверх", "返回顶部"; an arrow after them
#: as the rules file allowed ("Наверх →")
BACK_TO_TOP = r"(?:(?:scroll|back|go) to top|lên đầu trang|về đầu trang|наверх|вверх|返回顶部)(?:\s*[→>›»]+)?"
#: a listing's link to the whole item in Russian and Vietnamese, the one list of its words (fur96; one87 "đọc tiếp"): this module's :func:`control`
#: reads it, and the rules file's ``chrome.read_more`` names it as ``<<read_more>>`` (:func:`~.rules.load_rules` puts
#: the words in its place), so a line is removed where and as it was before, under the rule's name
READ_MORE = r"подробнее|читать далее|читать полностью|đọc tiếp"
#: the other words of a link to the whole item that the rules file's ``chrome.read_more`` (the line) and
#: ``chrome.read_more_tail`` (a teaser's tail) both hold and :func:`control` does not (one87): named there as
#: ``<<more_link>>`` and, capitalised for the case-sensitive tail, ``<<More_link>>`` (as ``<<Read_more>>``)
MORE_LINK = r"читать дальше|xem tiếp|xem chi tiết|read more|continue reading"
#: the Vietnamese "see more" link, written once (one88): :func:`control` reads it, and the rules file names it as
#: ``<<see_more>>`` (``chrome.nav``, the bare link; ``chrome.read_more_link``, the pointer with its target) and,
#: capitalised for the case-sensitive teaser tail, ``<<See_more>>`` (``chrome.read_more_tail``)
SEE_MORE = r"xem thêm"
#: an interface's state words (fur93): the collapse / expand toggle of a folded block ("Thu gọn", "Свернуть",
#: "Развернуть"), an account box's log-out link and its greeting with the user's name left empty ("Đăng xuất",
#: "Xin chào, !", "Bạn đã đăng nhập với email:"): dev 1 / 0 (t31ru02's "Свернуть")
_UI_STATE = r"thu gọn|свернуть|развернуть|đăng xuất|xin chào,?\s*!|bạn đã đăng nhập với email"
_CONTROL = re.compile(
    rf"trả lời|gửi trả lời|tải thêm(?: tin)?|{SEE_MORE}|tìm hiểu thêm|xem hình|xem mẫu|đọc bài viết|"
    r"những tin (?:mới hơn|cũ hơn)|tin (?:mới hơn|cũ hơn)|bài (?:trước|sau)|chia sẻ(?: qua)?|giỏ hàng|"
    rf"{BACK_TO_TOP}|{_UI_STATE}|in bài(?: viết)?|đặt lịch tư vấn|"
    r"ответить|ответ на|подписаться|подпишитесь|купить билет|скачать(?: \.?\w{2,4})?|"
    rf"{READ_MORE}|"
    r"вернуться(?: к началу| наверх| назад)?|(?:вернуться|возврат|назад) к списку(?: [а-яё]+){0,2}|"
    r"(?:quay lại|quay về|trở về|trở lại) (?:danh sách|trang trước)|версия для слабовидящих|для слабовидящих(?:: .{1,40})?|"
    # the way back from a site's version for the visually impaired ("Вернуться к обычному виду")
    r"(?:вернуться|перейти) к обычн(?:ому|ой) (?:виду|версии)(?: сайта)?|обычная версия(?: сайта)?|"
    r"вы здесь|translate|распечатать|печать|обратная связь|показать (?:ещё|еще|больше)|загрузить (?:ещё|еще)|"
    r"предыдущая (?:глава|статья)|следующая (?:глава|статья)|"
    # the account box's links (clut57: h38ru07's "Зарегистрироваться" under "Войти"): the verbs, not a heading's noun
    r"зарегистрироваться|войти(?: на сайт| через [\w .-]{2,30})?|выйти|вход на сайт|забыли пароль\??|"
    r"(?:вход|войти)\s*(?:/|\||или)\s*(?:регистрация|зарегистрироваться)|"
    # a button that puts the item in the reader's own collection (clut57: h13ru10's recipe card)
    r"(?:добавить|сохранить) в (?:корзину|избранное|закладки|сравнение|"
    r"(?:книгу|коллекцию|подборку|список|плейлист) [а-яё]+)|в корзину|в избранное",
    re.IGNORECASE)
#: a blog's, a forum's or a CMS's own interface in its ru / vi localisation (Blogger, WordPress, phpBB, NukeViet),
#: the same words on every site that runs it; matched from the line's start
_PLATFORM = re.compile(
    r"hiển thị các bài đăng có nhãn\b.*|đang hiển thị bài đăng từ\b.*|bài đăng(?: phổ biến| mới hơn| cũ hơn)?|"
    r"đăng nhận xét|không có nhận xét nào:?|показаны сообщения с ярлыком\b.*|популярные сообщения|"
    r"(?:tag|category) archives?\s*:.*|архив (?:на категорию|рубрики|метки|тега)\s*:.*|"
    r"lưu trữ (?:thẻ|danh mục|chuyên mục)\s*:.*|"
    r"tổng số điểm của bài viết là\s*:.*|click để đánh giá bài viết|bạn đã không sử dụng site\b.*|"
    # a document-sharing site's frame around the document
    r"tài liệu đã được kiểm tra trùng lặp|bạn đang xem tài liệu\b.*|download & view .{1,80} as pdf for free\.?|"
    r"this document was uploaded by (?:a )?user\b.*|доступен файл документа\b.*|"
    r"скачать \d+(?:[.,]\d+)?\s?(?:kb|mb|кб|мб)\.?|"
    # an online library's reader frame over the book's page (clut57: h15ru04, every book of the engine)
    r"текущая страница:\s*\d+\s*\(всего у книги \d+ страниц[а-я]*\)(?:\s*\[доступный отрывок для чтения: \d+ "
    r"страниц[а-я]*\])?|"
    # accessibility links at the top of a page
    # (the skip links themselves, a theme's 'Press "Enter" to skip to content' too: the one list, one88)
    rf"ссылки для упрощенного доступа|(?:{SKIP_LINK})",
    re.IGNORECASE)
_TRIM = " \t•·*›»▪►|:.…>-–—"
#: a word addressing the reader; "подпишись/подпишитесь" only: "подпишет", "подписал" (signing a contract) are a
#: story's words (cp78)
_ADDRESS = re.compile(r"(?<![^\W\d_])(?:вы|вас|вам|" + RU_YOUR + r"|тебе|подпиши(?:сь|тесь)|присылайте|пишите|пожалуйста|"
                      r"нажмите|узнавай|вступай|присоединяйтесь|bạn|vui lòng|hãy|please|you|your)(?![^\W\d_])",
                      re.IGNORECASE)
#: the lookahead patterns are anchored ("^"): a line has no line break, so a match at its start is the only one
#: ``search`` could find, and unanchored they retried every position (quadratic on long lines)
#: what the notice is about: each with the words that make it a notice and not a text about the thing
_NOTICES = (
    re.compile(r"^(?=.*\b(?:cookies?|куки)\b)(?=.*(?:сайт|site|trang web|website))"
               r"(?=.*(?:использу|використ|uses?\b|sử dụng|продолжая|продовжуючи|tiếp tục|continu))", re.IGNORECASE),
    re.compile(r"^(?=.*javascript)(?=.*(?:включите|отключ|enable|disabled|bật|tắt))", re.IGNORECASE),
    re.compile(r"does not support the video|не поддерживает (?:видео|элемент)|ctrl\s*\+\s*enter", re.IGNORECASE),
)
#: a piece every match of each :data:`_NOTICES` pattern and of :data:`_JOIN` holds, in the case-folded line (perf59:
#: every character IGNORECASE takes for one of these letters folds to that letter, tests/test_perf59_gates.py; the
#: pieces stop before an "i", which IGNORECASE also takes as "İ", folded "i̇")
_NOTICE_SEEDS = (("cook", "куки"), ("javascr",), ("does not support the v", "не поддерживает ", "ctrl"))
#: (each a whole word's start: "разведсообщество", "телеканал" name no community or channel to join, cp84)
_JOIN = re.compile(r"(?<![^\W\d_])(?:телеграм[а-я-]*|telegram|zalo|рассылк[а-я]*|канал(?:[ауеы]|ом|ов|ам|ами|ах)?"
                   r"(?![а-яё])|сообществ[а-я]*|в редакцию|"
                   r"(?:свою|уникальн[а-я]+) новост[а-я]*|(?:đăng nhập|đăng ký) (?:trước khi|để))", re.IGNORECASE)
_JOIN_SEEDS = ("телеграм", "telegram", "zalo", "рассылк", "канал", "сообществ", "в редакцию", "новост", "đăng ")
#: every seed of :data:`_NOTICE_SEEDS` and :data:`_JOIN_SEEDS` (literal): :func:`prompt` is False without one
_PROMPT_SEEDS = re.compile("|".join(map(re.escape, (*(w for seeds in _NOTICE_SEEDS for w in seeds), *_JOIN_SEEDS))))
_DIGIT = re.compile(r"\d")
_LEAD = re.compile(r"^[-•·*]\s*")
#: the words of a credit, then the name: (pattern of the words, what may stand between them and the name)
_BY = re.compile(
    r"(?:(?:viết|đăng|thực hiện|trình bày)\s+)?bởi\s+(?:(?:luật sư|bác sĩ|bs\.?|ths\.?|ts\.?|pgs\.?|gs\.?)\s+)?|"
    r"(?:người đưa tin|người viết|tác giả|phóng viên)\s*:\s*|"
    r"(?:ký sự|truyện ngắn|bài viết|thơ|tranh|tùy bút|bút ký|ảnh) của\s+|(?:ảnh|фото)\s*:?\s+|видео\s*:\s*",
    re.IGNORECASE)
_ROLE_AFTER = re.compile(r",\s*(?:phóng viên|biên tập viên|cộng tác viên|корреспондент[а-я]*|обозревател[а-я]*|"
                         r"редактор[а-я]*)(?:\s[^\s.!?]+){0,4}$", re.IGNORECASE)
_INITIALS = re.compile(r"^(?P<role>[А-ЯЁ][а-яё]+(?: [а-яё]+){0,4}(?: [А-ЯЁ]{2,8}| «[^»]+»)?(?: [а-яё]+){0,2}) "
                       r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")
_DATE_LABEL = re.compile(
    r"(?:(?:được\s+)?đăng (?:ngày|lúc)|ngày đăng|cập nhật (?:ngày|lúc)|"
    r"дата (?:опубликования|публикации|размещения|создания|обновления)|опубликован[оа]?(?: в)?|размещено|"
    r"обзор новостей за|(?:last\s+)?updated\s+on|published\s+on|posted\s+on)\s*:?\s*\S.{0,60}",  # English: clut90
    re.IGNORECASE)
_AGO = re.compile(r"\d{1,3}\s*(?:мин(?:ут[уы]?)?\.?|час(?:а|ов)?|дн(?:я|ей)|недел[ьию]|месяц(?:а|ев)?|лет|год(?:а)?|"
                  r"phút|giờ|ngày|tuần|tháng|năm)\s*(?:назад|trước)\.?", re.IGNORECASE)


#: the labels of a register card's or a product card's field (:func:`register_field`)
_REGISTER = re.compile(r"(?P<label>принявший орган|орган,? принявший (?:документ|акт)|(?:вид|тип|номер|статус) документа|"
                       r"дата (?:принятия|подписания|вступления в силу|редакции|утраты силы)|артикул|код товара|isbn|"
                       r"издание)\s*:\s*(?P<value>\S.*)", re.IGNORECASE)
MAX_FIELD_WORDS = 16


def register_field(s: str) -> bool:
    """One field of a register card or a product's card standing alone ("Принявший орган: …", "Артикул: 24937")."""
    m = _REGISTER.fullmatch(_LEAD.sub("", s.strip()))
    if m is None or len(s) > 200:
        return False
    value = m.group("value").rstrip(" .")
    if len(value.split()) > MAX_FIELD_WORDS or _INNER_STOP.search(value):
        return False
    return m.group("label").casefold() != "издание" or any(ch.isdigit() for ch in value)


def _capitalised(s: str) -> bool:
    """One to four capitalised words, an optional place or role in brackets after them ("Thanh Hà (Switzerland)")."""
    s = re.sub(r"\s*\([^()]{1,30}\)\s*$", "", s.strip().rstrip("."))
    words = s.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() and any(ch.isalpha() for ch in w) for w in words)


def credit_line(s: str) -> bool:
    """A byline or a credit said with its class's words ("Viết bởi Mầm.", "Người đưa tin: Trần Anh Thư")."""
    t = _LEAD.sub("", s.strip())
    if not t or len(t) > 100 or len(line_words(t)) > 10:
        return False
    m = _BY.match(t)
    if m is not None and m.end() < len(t) and _capitalised(t[m.end():]):
        # a photo credit names people: two capitalised words at least ("Ảnh Hoàng Văn Tuấn", not "Ảnh Huế")
        return not t[:m.end()].strip(" :").casefold() in ("ảnh", "фото", "видео") or len(t[m.end():].split()) >= 2
    m = _ROLE_AFTER.search(t)
    if m is not None and _capitalised(t[:m.start()]) and len(t[:m.start()].split()) >= 2:
        return True
    return _INITIALS.match(t) is not None


def date_label(s: str) -> bool:
    """A publication date with its label, or a relative one ("Đăng ngày 12/3/2023", "10 лет назад")."""
    t = _LEAD.sub("", s.strip())
    if not t or len(t) > 90 or not any(map(str.isdigit, t)):
        return False
    return _DATE_LABEL.fullmatch(t) is not None or _AGO.fullmatch(t) is not None


def markup(s: str) -> bool:
    """An HTML or BBCode tag, an inline image's data address, a bare URL, an image file name's tail or a failed
    image's placeholder text, as a whole line: a tag left open (its attributes run on), or tags with no words outside
    them; text wrapped in tags ("<p>Текст…</p>", "[b]Важно![/b]") is text.  Entities before a tag are the tag's
    ("&nbsp;</div>")."""
    t = _LEAD_ENTITY.sub("", s.strip())
    if not t:
        return False
    if _NO_IMAGE.fullmatch(t.strip(" .!|[]()")):
        return True
    if _BBCODE.search(t):
        rest = _BBCODE.sub(" ", t).strip()
        return not rest or _BARE.fullmatch(rest) is not None
    if _TAG_OPEN.match(t):
        if ">" not in t:
            return True  # a tag's attributes cut at the line's end
        rest = _TAG.sub(" ", t).strip()
        return not rest or _BARE.fullmatch(rest) is not None or not any(ch.isalpha() for ch in rest)
    return _BARE.fullmatch(t) is not None


def stat_counter(s: str) -> bool:
    """A page's statistic: a counting word with its number ("Đã xem: 462", "2 người theo dõi"), six words at most;
    or up to three counters with their period ("5,072 просмотров за всё время, 2 просмотров сегодня", clut55), a
    period named, fourteen words at most."""
    t = s.strip(" \t•·*-–—|")
    if not 0 < len(t) <= 100 or _DIGIT.search(t) is None:  # both patterns' numbers are "\d" (perf79)
        return False
    if len(t) <= 60 and len(t.split()) <= 6 and _STAT.fullmatch(t) is not None:
        return True
    return len(t.split()) <= 14 and _PERIOD_IN.search(t) is not None and _STATS.fullmatch(t) is not None


def credit_tail(s: str) -> bool:
    """A caption that ends with its picture's credit ("… - Ảnh 1", "… Фото Валерия Бакланова.")."""
    t = s.strip()
    if not t or len(t) > 300:
        return False
    folded = line_folded(t)
    m = _CREDIT.search(t) if any(w in folded for w in _CREDIT_SEEDS) else None  # (perf59)
    if m is None or not any(ch.isalpha() for ch in t[:m.start()]):
        return False  # a bare "Фото Ивана Петрова" is the credit rules'
    # a caption is one sentence at most: a paragraph that closes with its picture's credit (a listing's lead,
    # "… ушли ещё 12 советников. Фото: Сергей Пузик") is a story's text
    head = t[:m.start()].rstrip(" .")
    return len(head) <= CAPTION_CHARS and _INNER_STOP.search(head) is None


def control(s: str) -> bool:
    """A page control's words standing alone as a line ("Trả lời", "Những tin cũ hơn", "Версия для слабовидящих")."""
    t = s.strip(_TRIM)
    return 0 < len(t) <= 60 and _CONTROL.fullmatch(t) is not None


def platform(s: str) -> bool:
    """A blog's, a forum's or a CMS's own interface line ("Hiển thị các bài đăng có nhãn …", "Часовой пояс: UTC
    + 3 часа", "Tổng số điểm của bài viết là: 0 trong 0 đánh giá")."""
    t = s.strip(" \t•·*›»▪►|>-–—")
    return 0 < len(t) <= 200 and _PLATFORM.fullmatch(t) is not None


def prompt(s: str) -> bool:
    """A notice to the reader about the site's machinery: cookies, JavaScript, Ctrl+Enter, a channel or a mailing
    list to join, the newsroom to send news to (these only when the line addresses the reader)."""
    t = s.strip()
    if not t or len(t) > 250:
        return False
    folded = line_folded(t)  # (the seeds before the scans, perf59)
    if _PROMPT_SEEDS.search(folded) is None:
        return False  # no seed of either branch: one scan for all of them (perf79)
    if any(any(w in folded for w in seeds) and rx.search(t) for seeds, rx in zip(_NOTICE_SEEDS, _NOTICES)):
        return True
    return any(w in folded for w in _JOIN_SEEDS) and _JOIN.search(t) is not None and _ADDRESS.search(t) is not None \
        and _REPORTED.search(t) is None and not _REPLY.match(t)


#: a reply of an interview or a dialogue: a dash, then two sentences or more ("— Международное сообщество ставит
#: перед нами … Что вы об этом думаете?", RT; cp83): the speaker's words, no site's notice ("канальи" is no
#: "канал" either: ng.ru's forum quote, cp83)
_REPLY = re.compile(r"^[–—]\s*[А-ЯЁA-Z«\"].*?[.!?…]\s+[А-ЯЁA-Z«\"]")


#: reported speech: a quotation closed and attributed ('", - сказал'), or a speech verb in the past tense; the
#: words addressing someone there are the speaker's ("Мы просим вас…", - заявил мэр в эфире телеканала), cp78; the
#: verb in the present tense too ("… о чём вы?» — иронически спрашивает Telegram-канал …", cp90)
_REPORTED = re.compile(r"[\"»”]\s*,?\s*[-–—]\s*(?:[А-ЯЁа-яё]+\s+)?[а-яё]+(?:л(?:[аио]|ся|[аио]сь)?|"
                       r"[еи]т(?:ся)?|[ую]т(?:ся)?|[яа]т(?:ся)?)\b|"
                       r"(?<![^\W\d_])(?:сказал|заявил|сообщил|отметил|добавил|рассказал|пояснил|подчеркнул|ответил|"
                       r"признался|написал)[аио]?(?![^\W\d_])", re.IGNORECASE)


_EVIDENCE = {"markup": "markup printed as text (a tag, a data address, a bare URL, a failed image's placeholder)",
             "stat_counter": "a page's statistic: a counting word with its number",
             "credit_tail": "a caption ending with its picture's credit",
             "control": "a page control's words standing alone (a button or a link)",
             "platform": "a blog's, forum's or CMS's own interface words",
             "prompt": "a notice to the reader naming the site's machinery",
             "register_field": "one field of a register card or a product card, standing alone",
             "credit_line": "a byline or credit said with its class's words; kept as metadata",
             "date_label": "a publication date with its label, or a relative one; kept as metadata"}
_TESTS = {"markup": markup, "stat_counter": stat_counter, "credit_tail": credit_tail, "control": control,
          "platform": platform, "prompt": prompt, "register_field": register_field, "credit_line": credit_line,
          "date_label": date_label}


def judge(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """The lines of these classes not removed yet: line -> (rule, evidence, fields)."""
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    for i, line in enumerate(lines):
        if i in bad or not line.strip():
            continue
        for name, test in _TESTS.items():
            if test(line) and not (name == "prompt" and in_turn(lines, i)):
                field = {"credit_line": "byline", "date_label": "date"}.get(name)
                out[i] = (RULES[name], _EVIDENCE[name], {field: line.strip()} if field else {})
                break
    return out

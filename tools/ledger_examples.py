"""Print the cleaner's real ledger entries for README's "Cleaning layers" examples (issue 12, docs65).

Each example is a small made-up page (no line of ``benchmarks/data``); the cleaner runs on it with its default
options and the entries of the rules the example is about are printed as README quotes them: the entry's JSON
without its offsets (``rule``, ``action``, ``text``, ``replacement`` where there is one, ``note``).  An example whose
rules wrote no entry says so; a guard's example (a line a guard keeps) lists the line and whether it is in the text.
For an ingest-time repair with no ledger entry (TCVN3 lines) the document's meta and warning are printed instead;
for the segmenter's classes (:data:`SEGMENTS`, no ledger entry either) the page's segments, cleaned and segmented.

    python tools/ledger_examples.py            # every example
    python tools/ledger_examples.py crumb_tail # the examples whose name holds the word

README's "before" entries are the same script run with an older checkout first on ``PYTHONPATH`` (there main
``14673346``, run from outside the worktree: ``cd /tmp && PYTHONPATH=/path/to/old python /path/to/ledger_examples.py``;
the thirty-fifth session's examples, docs66: main ``8c0146ec``, a ``git archive`` of it).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.document import Document
from mtpipe.ingest import IngestOptions, read_document
from mtpipe.segment import Segmenter
from mtpipe.vietnamese_8bit import TCVN3

_RU = ["Жители посёлка Заречный высадили сто молодых лип вдоль набережной реки.",
       "Саженцы купили на деньги, которые собрали на ярмарке ко Дню посёлка, а полив взяла на себя школа."]
_VI = ["Sáng 12/3, đoàn viên thanh niên xã Hòa Bình đã ra quân dọn vệ sinh dọc tuyến kênh chính của xã.",
       "Hơn 200 người đã tham gia, thu gom gần ba tấn rác thải và trồng mới 150 cây xanh ven bờ kênh."]
#: cap82: a closing paragraph under the last photo, its news attributed ("…, сообщили в мэрии")
_CLOSING = "Следующий сквер планируют открыть осенью, сообщили в мэрии."

_VI_FIELDS = ["Những ngày này, các thửa ruộng bậc thang ở Mù Cang Chải đã chuyển sang màu vàng óng, đón du khách "
              "từ khắp nơi đến ngắm cảnh.",
              "Theo người dân địa phương, lúa chín sớm hơn mọi năm khoảng một tuần nhờ thời tiết nắng ấm kéo dài.",
              "Huyện khuyến cáo du khách đi theo các cung đường đã cắm biển chỉ dẫn và không giẫm lên bờ ruộng."]
_GLUED = ("Ảnh: TTXVN Chúng tôi muốn du khách được tự tay nặn một chiếc bình gốm và mang về làm kỷ niệm, ông Minh "
          "nói.")
_QUOTE = '"Надеюсь, он подпишет новый контракт с нашим клубом", - сказал тренер в интервью телеканалу "Спорт".'
_INTRO_RU = "На этой странице собраны задания и решения районной олимпиады по географии за прошлые годы."
_MORE_RU = "Олимпиада проводится каждую осень для учеников восьмых–одиннадцатых классов всех школ района."
_JURY = ["Орлова Нина Петровна, учитель географии", "Зайцев Олег Иванович, доцент университета",
         "Белова Ольга Юрьевна, методист центра"]

_RU_NEWS = ["Вдоль набережной высадили липы", *_RU,
            "Следующую посадку жители наметили на осень, когда в посёлок привезут ещё пятьдесят саженцев."]
_FOOTER_RU = ["Контакты", "Реклама на сайте", "Политика конфиденциальности", "Карта сайта",
              "© 2024 Вести посёлка Заречный"]
_CAMEL = "Những cây thông già vẫn đứng vững với sức sống mãnh SilverFalcon, bất chấp gió bão suốt mùa đông."
_SPEED = "Tàu tuần tra mới đạt tốc độ tối đa 32mph khi chạy thử ngoài khơi vịnh Hạ Long hôm qua."
_HOLD = ["Huyện mở thêm ba điểm thu gom rác thải nhựa",
         "Sáng 20/4, UBND huyện Tân Phú đã khai trương ba điểm thu gom rác thải nhựa tại các chợ trung tâm.",
         "Tại buổi khai trương, đại diện huyện cho biết mỗi điểm có thùng phân loại và nhân viên hướng dẫn người dân.",
         "Huyện dự kiến mở thêm năm điểm nữa trước cuối năm nếu mô hình đạt hiệu quả."]
_TEASER = (f"[Xem chi tiết ở đây](https://example.vn/tin/)Điểm thu gom tại chợ Tân Phú. Ảnh: Thu Hà {_HOLD[1]} "
           "Tại buổi khai trương, đại diện huyện cho biết mỗi điểm có …")
_REPORTED = "Серию рисунков выложила пользовательница портала «Пикабу» под ником lisa_m."
_IMG = "![Mùa lúa chín ở Mù Cang Chải](https://example.vn/uploads/2024/09/lua-chin.jpg)"
_SETEXT = "Mùa lúa chín năm nay đến sớm"
_POINT = ["Kỳ thi chọn học sinh giỏi cấp tỉnh năm nay được tổ chức vào hai ngày cuối tuần tại trường chuyên.",
          "Lịch thi và danh sách phòng thi xin tham khảo trang web sau:", "https://example.edu.vn/lich-thi-2024",
          "Thí sinh cần có mặt tại điểm thi trước giờ thi ba mươi phút và mang theo thẻ học sinh."]

#: name -> (doc_id, lines, rules whose entries are printed, lines a guard keeps)
EXAMPLES: dict[str, tuple[str, list[str], tuple[str, ...], tuple[str, ...]]] = {
    # spam76: a trade's word as a camel-case or hyphen piece of a lone name in a syllable's slot (flagged)
    "lone_trade": ("vi_lang.txt", ["Ngày hội văn hóa ở làng Đông",
                                   "KoiTrades ngày xưa, người dân trong làng sống bằng nghề dệt chiếu và trồng dâu "
                                   "nuôi tằm.", *_VI], ("spam.unrepaired",), ()),
    # meta77: a labelled telephone number over the title is a contact line, no date or byline
    "phone_line": ("ru_phone.txt", ["Телефон доверия: +7 (3452) 55-17-80", "Вдоль набережной высадили липы",
                                    "14.10.2024", *_RU], ("boilerplate.phone_line", "boilerplate.dateline"), ()),
    # meta77: a full numeric date opening a line with a short rubric after it is the dateline
    "date_tail": ("ru_date.txt", ["Вдоль набережной высадили липы", "15.09.2021 г. Новости района", *_RU],
                  ("boilerplate.dateline",), ()),
    # cp78: a line that is only a sentence's stop continues the line before (a link cut out at the end)
    "lone_stop": ("ru_stop.txt", ["Порт Находки принял первый паром",
                                  "Паром доставил в порт двести контейнеров с оборудованием, сообщает агентство",
                                  "Синьхуа", ".",
                                  "Следующий рейс запланирован на конец месяца, расписание уточняется.",
                                  "Власти края рассчитывают, что линия станет регулярной уже к лету."],
                  ("softbreak.join", "boilerplate.caption", "classifier.line"), ()),
    # clut77: a breadcrumb printed one crumb a line under its removed home crumb
    "breadcrumb": ("vi_crumbs.txt", ["Kênh mương sạch đẹp sau ngày ra quân", "• Trang chủ",
                                     "• Tin tức - Sự kiện", "• RA QUÂN LÀM SẠCH KÊNH MƯƠNG Ở XÃ HÒA BÌNH", *_VI],
                   ("portal.breadcrumb",), ()),
    # clut77: a heading, then the image's alt text and caption, the same words three times
    "run_copies": ("vi_copies.txt", ["Ra quân làm sạch kênh mương ở xã Hòa Bình", _VI[0],
                                     *["Kênh chính của xã sau ngày ra quân"] * 3, _VI[1]],
                   ("dedupe.adjacent_copy", "dedupe.exact"), ()),
    # clut78: a Russian paper's correspondent signing under the text
    "correspondent": ("ru_corr.txt", ["Вдоль набережной высадили липы", *_RU, "О. ЛЕБЕДЕВА, наш корр."],
                      ("boilerplate.closing_signature",), ()),
    # clut78: a site's call to witnesses under the text
    "witness_call": ("ru_witness.txt", ["Вдоль набережной высадили липы", *_RU,
                                        "Если вы стали свидетелем интересного события, присылайте нам фото и видео."],
                     ("boilerplate.reader_prompt",), ()),
    # clut78: a rubric between a date line and the headline's copy, heading no text
    "press_rubric": ("ru_rubric.txt", ["Как посёлок сажал липы",
                                       "Мы приехали в Заречный в субботу утром, когда работа уже шла полным ходом.",
                                       "18 мая 2024, 10:40", "Репортаж", "Как посёлок сажал липы", *_RU],
                     ("boilerplate.press_rubric",), ()),
    # clut78: a Vietnamese body's name signing the page under its last sentence
    "closing_body": ("vi_body.txt", ["Thông báo lịch nghỉ hè của trường", *_VI,
                                     "Ban giám hiệu Trường tiểu học Hoa Sen"], ("portal.closing_body",), ()),
    # clut78: the breadcrumb's next item under a removed home link
    "crumb_tail": ("vi_tail.txt", ["Trang chủ", "Cơ cấu tổ chức", "Giới thiệu chung về nhà trường", *_VI],
                   ("chrome.crumb_tail", "chrome.nav"), ()),
    # --- the thirty-fifth session (docs66): one made-up page per new removal rule or flag class ---
    # clut79: two other stories' headlines after the article's last sentence, over the site's removed footer
    "teaser_pair": ("ru_teasers.txt", [*_RU_NEWS, "В Омске открыли новый мост через Иртыш",
                                       "Школьники района победили на олимпиаде по химии", *_FOOTER_RU],
                    ("boilerplate.teaser_pair",), ()),
    # clut80: the name of one of the site's own pages or widgets alone outside the text
    "site_chrome": ("ru_tags.txt", ["Вдоль набережной высадили липы", *_RU, "Облако тегов"],
                    ("boilerplate.site_chrome",), ()),
    # clut81: an outdated-browser banner, a CMS's skip link, an image's path, a home link, a login heading, a menu
    "browser_banner": ("ru_banner.txt", ["Вдоль набережной высадили липы", *_RU, "Ваш браузер устарел!",
                                         "Обновите ваш браузер для правильного отображения этого сайта."],
                       ("boilerplate.browser_banner",), ()),
    "skip_link": ("ru_skip.txt", ["Пропустить команды ленты", "", "Вдоль набережной высадили липы", *_RU],
                  ("boilerplate.skip_link",), ()),
    "image_path": ("ru_image.txt", ["Вдоль набережной высадили липы", "/upload/iblock/2024/lipy_01.JPG", *_RU],
                   ("boilerplate.image_path",), ()),
    "home_link": ("ru_home.txt", ["Вдоль набережной высадили липы", *_RU, "Вернуться на главную страницу"],
                  ("boilerplate.home_link",), ()),
    "login_heading": ("ru_login.txt", ["Авторизация:", "", "Вдоль набережной высадили липы", *_RU],
                      ("boilerplate.login_heading",), ()),
    "glued_menu": ("ru_menu.txt", ["Главная Новости Администрация Документы Обращения граждан Контакты", "",
                                   "Вдоль набережной высадили липы", *_RU], ("boilerplate.glued_menu",), ()),
    # clut82: a theme's English strings on a vi page, the site's home crumb under its name, a video pointer, an author
    "theme_string": ("vi_theme.txt", ["Ra quân làm sạch kênh mương ở xã Hòa Bình", *_VI,
                                      "Be the first to like this."], ("portal.theme_string",), ()),
    "home_crumb": ("senvang.vn/ra-quan.txt", ["Sen Vàng: Trang chủ", "", "Ra quân làm sạch kênh mương ở xã Hòa Bình",
                                              *_VI], ("portal.home_crumb",), ()),
    "video_pointer": ("vi_video.txt", ["Ra quân làm sạch kênh mương ở xã Hòa Bình", *_VI,
                                       "(Mời độc giả xem video buổi ra quân dọn kênh)"], ("portal.video_pointer",), ()),
    "bullet_author": ("vi_author.txt", ["Ra quân làm sạch kênh mương ở xã Hòa Bình", "", "• Minhtam", "• 12/03/2024",
                                        "", *_VI], ("meta.bullet_author",), ()),
    # cms99: a CMS's or a plugin's own UI string, from its language files (Akismet's notice, NukeViet's rating line)
    "cms_string": ("vi_cms.txt", ["Ra quân làm sạch kênh mương ở xã Hòa Bình", *_VI,
                                  "This site uses Akismet to reduce spam. Learn how your comment data is processed."],
                   ("portal.cms_string",), ()),
    # cms103: a comment widget's ambiguous strings, taken inside a run of its strings (wpDiscuz's block, ru)
    "widget_run": ("ru_widget.txt", ["Вдоль набережной высадили липы", *_RU, "", "Подписаться", "Уведомить о",
                                     "guest", "0 Комментарий", "Межтекстовые Отзывы", "Посмотреть все комментарии"],
                   ("portal.widget_run",), ()),
    # spam79: a camel-case run of English words, written once, where the sentence wants a syllable (flagged)
    "camel_words": ("vi_camel.txt", ["Rừng thông trên đồi", _CAMEL, *_VI], ("spam.unrepaired",), ()),
    # spam80: a figure with its unit is no pasted spam (the flag dropped; a credited source, a model code likewise)
    "news_names": ("vi_speed.txt", ["Tàu tuần tra mới chạy thử", _SPEED, *_VI], ("spam.unrepaired",), ()),
    # the thirty-fifth session's guards (cp81, clut82): the lines they keep, or a bare URL no longer taken back
    "ellipsis_holder": ("vi_holder.txt", [_HOLD[0], _TEASER, "Điểm thu gom tại chợ Tân Phú. Ảnh: Thu Hà", *_HOLD[1:]],
                        (), (_HOLD[1],)),
    "reported_site": ("ru_pikabu.txt", ["Художница нарисовала котов в образе героев русских сказок", _REPORTED],
                      (), (_REPORTED,)),
    "setext_heading": ("vi_setext.txt", ["Mù Cang Chải vào mùa vàng", _VI_FIELDS[0], _IMG, _SETEXT, "-" * len(_SETEXT),
                                         *_VI_FIELDS[1:]], (), (_SETEXT,)),
    # cap82: the article's last paragraph under its last photo, reported speech (no caption: a guard keeps it)
    "closing_paragraph": ("ru_closing.txt", ["Вдоль набережной высадили липы", *_RU, "/upload/iblock/2024/lipy_01.JPG",
                                             _CLOSING], ("captions.under_image",), (_CLOSING,)),
    "bare_url": ("vi_url.txt", ["Thi học sinh giỏi cấp tỉnh", *_POINT], ("structure.link",), (_POINT[2],)),
    # guards: the example's lines a guard keeps (today no entry on them; the tokens for spam_abbrevs)
    "glued_text": ("vi_glued.txt", ["Làng nghề gốm mở cửa đón khách", *_VI, _GLUED, "Ảnh: TTXVN"], (), (_GLUED,)),
    "spam_abbrevs": ("vi_abbr.txt", ["Ra mắt tổ hòa giải ở phường An Lạc",
                                     "Sáng nay, UBMTTQVN phường An Lạc đã tổ chức lễ ra mắt tổ hòa giải ở khu phố 3.",
                                     "Công ty có văn phòng chính tại TpHCM và hai kho hàng ở tỉnh Long An.", *_VI],
                     (), ("UBMTTQVN", "TpHCM")),
    "field_value": ("ru_prices.txt", ["Стоимость услуг ветеринарной клиники", "",
                                      "Приём терапевта с осмотром и консультацией:", "", "900", "",
                                      "Обработка от клещей и блох с учётом веса животного:", "", "650"],
                    (), ("900", "650")),
    "prompt_speech": ("ru_coach.txt", ["Тренер ждёт решения вратаря",
                                       "Главный тренер считает, что вратарь сможет вернуться в форму к началу сезона.",
                                       _QUOTE,
                                       "Он добавил, что клуб не будет искать замену до конца сборов.",
                                       "Подпишитесь на наш канал, чтобы не пропустить новости спорта"],
                      ("boilerplate.prompt",), (_QUOTE,)),
    "series_items": ("ru_years.txt", [_INTRO_RU, "Архив заданий",
                                      *[f"{y}/{y - 1999} учебный год (Омск)" for y in range(2018, 2023)], _MORE_RU],
                     (), tuple(f"{y}/{y - 1999} учебный год (Омск)" for y in range(2019, 2023))),
    "other_heading": ("ru_jury.txt", [_INTRO_RU, "Состав жюри отборочного тура", *_JURY,
                                      "Состав жюри финального тура", *_JURY, _MORE_RU], (), tuple(_JURY)),
}


#: the segmenter's classes (no ledger entry: what shows is the segments): name -> (doc_id, lines)
SEGMENTS: dict[str, tuple[str, list[str]]] = {
    # bnd65: a clock time written with a dot and a space is one unit; its own stop before a capital ends the sentence
    "spaced_time": ("ru_hours.txt", ["Часы приёма в библиотеке посёлка",
                                     "Библиотека открыта для читателей с 9. 30. до 18.00, выходной день – понедельник.",
                                     "Занятия кружка начинаются в 10. 30. Вход свободный."]),
    # bnd65: a Vietnamese office abbreviation with a stop before the body it heads ends no sentence
    "vi_titles": ("vi_office.txt", ["Hội nghị tổng kết công tác năm của xã An Phú",
                                    "Dự hội nghị có đồng chí Trần Văn Bình, BT Đảng ủy, CT. UBND xã An Phú và đại diện "
                                    "các ban ngành đoàn thể của xã."]),
    # bnd65, clut82: a read-more link led by a lone ">" after a sentence's stop is a unit of its own
    "arrow_more": ("vi_more.txt", ["Lễ hội hoa xuân ở công viên Thống Nhất",
                                   "Lễ hội kéo dài đến hết ngày rằm tháng Giêng với hơn 50 gian trưng bày. "
                                   "> Xem chi tiết"]),
    # bnd65: a short headline closed by "!" with a "!" or "?" inside it is one unit (Convention 2)
    "bang_title": ("ru_bang.txt", ["Сезон открыт! Ждём всех на стадионе!",
                                   "В субботу на городском стадионе прошёл первый матч сезона.",
                                   "Хозяева поля обыграли гостей со счётом 2:1, победный гол забили на последней "
                                   "минуте."]),
}


def segments(name: str) -> None:
    doc_id, lines = SEGMENTS[name]
    doc = Segmenter()(Cleaner(CleanOptions())(Document.from_text("\n".join(lines) + "\n", doc_id=doc_id,
                                                                   path=doc_id)))
    print(f"== {name} ({doc_id}, segments)")
    for seg in doc.segments:
        print(f"   | {seg.source}")


def entry(e) -> str:  # type: ignore[no-untyped-def]
    """README's quote of a ledger entry: its JSON without the offsets."""
    d = {k: v for k, v in e.to_dict().items() if k not in ("start", "end")}
    return json.dumps(d, ensure_ascii=False)


#: examples run under another removal policy than the default (``weighed``): none today
POLICY: dict[str, str] = {}


def run(name: str) -> None:
    doc_id, lines, rules, keeps = EXAMPLES[name]
    options = CleanOptions(removal_policy=POLICY[name]) if name in POLICY else CleanOptions()
    doc = Cleaner(options)(Document.from_text("\n".join(lines) + "\n", doc_id=doc_id, path=doc_id))
    print(f"== {name} ({doc_id}, lang {doc.meta.get('lang')}, policy {options.removal_policy})")
    got = [e for e in doc.ledger if e.rule in rules]
    for e in got:
        print("   `" + entry(e) + "`")
    if rules and not got:
        print(f"   no entry of {', '.join(rules)}")
    for line in keeps:
        on = [e for e in doc.ledger if e.action in ("removed", "flagged") and e.text.strip() == line]
        print(f"   kept: {not on}: {line[:80]}")
        for e in on:
            print("     `" + entry(e) + "`")
    others = sorted({e.rule for e in doc.ledger if e.rule not in rules})
    if others:
        print(f"   (other rules on the page: {', '.join(others)})")


def tcvn3() -> None:
    """TCVN3 lines in a Unicode page are decoded at ingest: no ledger entry, the meta and a warning say it."""
    byte = {c: i for i, c in enumerate(TCVN3) if i >= 0x80 or c.isascii()}
    line = "hội thi nấu cơm niêu được tổ chức vào sáng chủ nhật tại sân nhà văn hóa thôn."
    legacy = bytes(byte[c] for c in line).decode("latin-1")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "trang.txt"
        path.write_text(f"Hội thi nấu cơm niêu\n\n{legacy}\n", encoding="utf-8")
        doc = read_document(path, Path(tmp), IngestOptions())
    print("== tcvn3 (trang.txt)")
    print(f"   raw line: {legacy}")
    print(f"   decoded: {line in doc.text}; meta legacy_lines={doc.meta.get('legacy_lines')!r}")
    for w in doc.warnings:
        print(f"   warning: {w}")


def main(argv: list[str]) -> int:
    names = [n for n in EXAMPLES if not argv or any(a in n for a in argv)]
    for name in names:
        run(name)
    for name in (n for n in SEGMENTS if not argv or any(a in n for a in argv)):
        segments(name)
    if not argv or any(a in "tcvn3" for a in argv):
        tcvn3()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

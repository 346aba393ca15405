"""cr98: calls the site makes to its reader about the site itself (reader_calls98) -- subscribe with a purpose,
get our app, this post will be updated, enjoy the video, a translation widget's prompts.  Made-up lines of each
shape, the article's look-alikes that report a subscription or an app and stay, and one page through the cleaner."""

from __future__ import annotations

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.reader_calls98 import RULES, reader_call, reader_calls98
from mtpipe.document import Document


def test_each_class_by_its_shape():
    cases = {
        "boilerplate.subscribe_call": (
            "Подпишитесь на наш канал, чтобы не пропустить новые выпуски!",
            "Đừng quên bấm nút “Đăng ký” để theo dõi các video mới của kênh.",
            "Subscribe to our newsletter to get the latest stories every morning."),
        "boilerplate.app_call": (
            "Скачайте наше приложение и читайте новости без рекламы.",
            "Hãy tải ứng dụng của báo để nhận tin nhanh nhất.",
            "Tải XeBuýt về để tra cứu lộ trình mọi lúc bạn nhé!",
            "Download our app for breaking news alerts."),
        "boilerplate.update_note": (
            "Материал дополняется.", "Lưu ý: Bài viết sẽ tiếp tục được cập nhật.",
            "This story is developing and will be updated."),
        "boilerplate.viewing_wish": ("Приятного чтения!", "Chúc các bạn xem video vui vẻ!", "Enjoy watching!"),
        "boilerplate.translate_prompt": ("Choose a language to translate this page", "Chọn ngôn ngữ để dịch trang"),
    }
    for rule, lines in cases.items():
        assert rule in RULES
        for s in lines:
            got = reader_call(s)
            assert got is not None and got[0] == rule, (s, got)


def test_an_article_reporting_a_subscription_or_an_app_stays():
    for s in ("Коллектив редакции провёл «День подписчика» и разыграл призы, чтобы поблагодарить читателей.",
              "Người dân có thể tải ứng dụng VNeID để làm thủ tục trực tuyến tại nhà.",  # reports, no imperative
              "В прошлом году компания скачала и установила обновления на все серверы.",
              "Số liệu được cập nhật đến ngày 15/3 theo báo cáo của Sở Y tế.",
              "Статья 12 закона была дополнена новым пунктом.",
              "Приятного аппетита!",  # a wish, but not the reader's viewing of the post
              "The translator chose a language close to the original.",
              "Subscribers pay a monthly fee to receive the paper at home."):
        assert reader_call(s) is None, s
    # the class's shape past its length: a paragraph that ends in such a call is left to the text
    long = "Đừng quên bấm nút “Đăng ký” để theo dõi " + " ".join(["các video mới"] * 20) + "."
    assert reader_call(long) is None


def test_only_live_lines():
    lines = ["Приятного просмотра!", "Материал дополняется."]
    assert reader_calls98(lines, {0: ("chrome.nav", None)}) == {1: ("boilerplate.update_note",
                                                                    "the post's notice that it will be updated")}


def test_through_the_cleaner():
    text = ("Городской парк откроется после реконструкции\n\n"
            "В субботу в городском парке открылись новые аллеи, детская площадка и фонтан.\n\n"
            "Работы шли два года и обошлись бюджету города в сорок миллионов рублей.\n\n"
            "Please select your language to translate the article\n\n"
            "You can just close the window to don't translate\n")
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="p.txt", path="p.txt"))
    gone = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert gone.get("Please select your language to translate the article") == "boilerplate.translate_prompt"
    assert gone.get("You can just close the window to don't translate") == "boilerplate.translate_prompt"
    assert not any("аллеи" in t for t in gone)

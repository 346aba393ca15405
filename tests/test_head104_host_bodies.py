"""head104 (issue 12): the body that runs the site named over the post, its name spelled by the host.

``boilerplate.host_body`` (:mod:`mtpipe.clean.host_bodies`).  Positives in the shapes of the fresh pages (an agency's
name with its transliterated name in quotes first on b-port.com's page, a party board's name over the date on
tuyengiao.vn, a district administration's name on nogaysky.ru, a signature below the text); negatives from the dev
pages' nearest shapes: the title right above the text, a title naming the place the host names with no body's word
("В Альметьевске продолжается турнир …", almetievsk-ru.ru), a letterhead ("XÃ ĐỨC HỢP", duchop.gov.vn), the whole
line spelling the host (site_names' line), a short label's skeleton, a sentence, a page in a folder named like no host.
"""

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.body_words import MAX_WORDS, body_name
from mtpipe.clean.host_bodies import MIN_SKELETON, RULE, host_bodies, names_body, skeleton, spelled_run
from mtpipe.clean.site_names import host_labels
from mtpipe.document import Document

_RU_TEXT = ["Открытые сессии Советов прошли в сельских поселениях",
            "Главы администраций отчитались о проделанной в минувшем году работе и рассказали о планах на год.",
            "Оба поселения имеют небольшие бюджеты, тем не менее продолжаются работы по благоустройству."]
_VI_TEXT = ["Đồng Tháp: Nhiều đổi mới trong công tác xây dựng Đảng",
            "Với tinh thần xung kích, hàng nghìn đoàn viên trên địa bàn tỉnh đang tích cực thi đua lao động.",
            "Nhiều mô hình hay, cách làm hiệu quả đã được triển khai ở các cơ sở trong toàn tỉnh."]


def test_skeleton_reads_a_host_transliteration():
    assert skeleton("nogaysky") == skeleton("nogayskiy") == "ngsk"
    assert skeleton("bport") == skeleton("biport") == "bprt"
    assert skeleton("tuyengiao") == "tng" and len("tng") < MIN_SKELETON
    assert spelled_run("Информационное агентство «Би-порт» Новости".split(), host_labels("b-port.com")) == "«Би-порт»"
    assert spelled_run("Администрация МР Ногайский район".split(), host_labels("nogaysky.ru")) == "Ногайский"
    assert spelled_run("Ban Tuyên giáo Trung ương".split(), host_labels("tuyengiao.vn")) == "Tuyên giáo"
    # a label whose skeleton is short is read letter for letter only: "Tăng" has tuyengiao's consonants, not its name
    assert spelled_run("Ban Tăng cường".split(), host_labels("tuyengiao.vn")) is None


def test_names_body():
    assert names_body("Ban Tuyên giáo Trung ương") and names_body("Администрация МР Ногайский район")
    assert names_body("Информационное агентство «Би-порт» Новости Мурманска и Мурманской области")
    assert body_name("Администрация МР Ногайский район") and not body_name("Ban Tuyên giáo Trung ương")
    assert not names_body("Ban Tuyên giáo Huyện ủy tổ chức hội nghị sơ kết.")  # a stop: a sentence
    assert not names_body("Администрация района:")  # a colon: a label over what follows
    assert not names_body("В Альметьевске продолжается турнир Любительской футбольной лиги")
    assert not names_body("Banner")  # a word opening with the kind's letters
    assert not names_body(" ".join(["Администрация"] + ["района"] * MAX_WORDS))


def test_marks_the_head_and_the_signature():
    lines = ["Ban Tuyên giáo Trung ương", "Thứ Năm, 8/6/2023 14:46", *_VI_TEXT]
    found = host_bodies(lines, {}, "tuyengiao.vn")
    assert set(found) == {0} and found[0][0] == RULE and "above the article's title" in found[0][1]
    lines = ["Администрация МР Ногайский район", "Республика Дагестан", *_RU_TEXT]
    assert set(host_bodies(lines, {}, "nogaysky.ru")) == {0}
    below = [*_RU_TEXT, "Администрация МР Ногайский район"]
    assert set(host_bodies(below, {}, "nogaysky.ru")) == {3}
    # a page with no text: only its first live line, with more under it
    page = ["16+", "Информационное агентство «Би-порт» Новости Мурманска и Мурманской области", "Наши гости",
            "Информационное агентство «Би-порт»"]
    assert set(host_bodies(page, {0: ("x", None)}, "b-port.com")) == {1}
    assert host_bodies(page[:2], {0: ("x", None)}, "b-port.com") == {}


def test_leaves_titles_letterheads_and_other_hosts():
    # the title right above the text is the article's, whatever it names
    title = ["Ban Tuyên giáo Trung ương", *_VI_TEXT[1:]]
    assert host_bodies(title, {}, "tuyengiao.vn") == {}
    # inside the article
    inside = [*_RU_TEXT[:2], "Администрация МР Ногайский район", *_RU_TEXT[2:]]
    assert host_bodies(inside, {}, "nogaysky.ru") == {}
    # the place the host names, no body's word (h26ru19's shape)
    head = ["В Альметьевске продолжается турнир", "12.05.2023", *_RU_TEXT]
    assert host_bodies(head, {}, "almetievsk-ru.ru") == {}
    # a letterhead naming the commune (h17vi02): no body's word of the list
    letter = ["XÃ ĐỨC HỢP", "Số: 12/TB-UBND", *_VI_TEXT]
    assert host_bodies(letter, {}, "duchop.gov.vn") == {}
    # the body's word and the host's words, but a document's marks under it: the letterhead of the page's text
    letter = ["TẠM DỪNG TIẾP CÔNG DÂN ĐỂ PHÒNG CHỐNG DỊCH", "Văn hóa - Xã hội", "ỦY BAN NHÂN DÂN XÃ ĐỨC HỢP",
              "––––––––", "Số: 12/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", *_VI_TEXT[1:]]
    assert host_bodies(letter, {}, "duchop.gov.vn") == {}
    assert set(host_bodies(letter[:4] + letter[6:], {}, "duchop.gov.vn")) == {2}  # the same line with no marks
    # the whole line spelling the host is site_names' line, not this rule's
    assert host_bodies(["Ban Tuyên giáo", "Thứ Năm", *_VI_TEXT], {}, "bantuyengiao.vn") == {}
    # another host, no host
    lines = ["Ban Tuyên giáo Trung ương", "Thứ Năm, 8/6/2023 14:46", *_VI_TEXT]
    assert host_bodies(lines, {}, "dangcongsan.vn") == {} and host_bodies(lines, {}, "") == {}


def _removed(text: str, doc_id: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id=doc_id, path=doc_id))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_end_to_end():
    text = "\n".join(["Ban Tuyên giáo Trung ương", "", *_VI_TEXT]) + "\n"
    removed = _removed(text, "tuyengiao.vn/a.txt")
    assert removed.get("Ban Tuyên giáo Trung ương") == RULE
    assert not set(removed) & set(_VI_TEXT)
    assert "Ban Tuyên giáo Trung ương" not in _removed(text, "pages/a.txt")  # a folder named like no host

"""Chinese gambling-site phrases pasted into a Chinese or Vietnamese report are flagged (issue 12, lang7;
field trial 4's finding C).  Brands and sentences written for these tests."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam_zh import gambling_phrases
from mtpipe.document import Document
from mtpipe.segment import Segmenter

ZH = ("外交部发言人在例行记者会上介绍了双方会谈的情况。\n"
      "他说，两国将在经贸、人文等领域深化合作{spam}，共同维护地区和平稳定。\n"
      "会谈在友好气氛中进行。\n")


@pytest.mark.parametrize("phrase", ["金沙网页登录入口", "华体育官网首页", "乐天娱乐官方入口", "ABapp注册入口"])
def test_a_phrase_pasted_into_a_chinese_report_flags_its_segment(phrase):
    doc = Segmenter()(Cleaner()(Document.from_text(ZH.format(spam=phrase))))
    flagged = [s for s in doc.segments if "spam_token" in s.flags]
    assert len(flagged) == 1 and phrase in flagged[0].source
    assert phrase in doc.text  # left in the text: nothing to restore


def test_a_phrase_as_a_header_alone_is_flagged():
    doc = Segmenter()(Cleaner()(Document.from_text("🎲万利体育官网首页🎲\n" + ZH.format(spam=""))))
    assert "spam_token" in doc.segments[0].flags
    assert not any("spam_token" in s.flags for s in doc.segments[1:])


def test_a_phrase_in_a_vietnamese_report_is_flagged():
    text = ("Bộ Ngoại giao Trung Quốc hôm qua đã tổ chức họp báo thường kỳ tại Bắc Kinh 金沙网页登录入口 về quan hệ hai nước.\n"
            "Người phát ngôn cho biết hai nước sẽ tiếp tục tăng cường hợp tác.\n")
    doc = Segmenter()(Cleaner()(Document.from_text(text)))
    assert "spam_token" in doc.segments[0].flags and "spam_token" not in doc.segments[1].flags


@pytest.mark.parametrize("text", [
    "腾讯体育APP下载量大增。",  # a real sports app
    "请登录国家体育总局官网首页查询。",
    "用户可在官网登录后查询成绩。",
    "新的娱乐平台吸引了大量年轻用户。",
    "中国体育彩票中心发布公告。",
])
def test_real_chinese_is_not_flagged(text):
    assert gambling_phrases(text) == []

"""Build ``benchmarks/data/langfresh49/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata49.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh49.py``. Same format as langfresh14-48
(``benchmarks/langid.py --data benchmarks/data/langfresh49 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 49) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved.

As in langfresh22-48, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-06) on elevators and lifts: passenger, home, hospital and freight lifts
  (cabin, carbin, inox 304, Intercom, Hospital Lift, 1000kg, ARD, Automatic Rescue Device, UPS), lift standards and
  rules (TCVN 7628-1:2007, TCVN 7168-1 : 2007, ISO/TR 11071-1 : 2004, EN 81-1 : 1998, ASME A17.1, CSA B44, AS 1735-1,
  QCVN 32:2018/BLĐTBXH, 48/2016/TT-BLĐTBXH, GB/T 31821-2015), makers and their history (Otis, Elisha Graves Otis,
  Mitsubishi Electric, Schindler, Thyssenkrupp, Nippon, Hitachi, Toshiba, SIEMENS S7-200, Sanyo Yusoki, GamaLift) and
  the fastest lifts (Taipei 101, CTF, Shanghai Tower, 20,5m/s, 72km/h, 1.260m/phút) -- a topic no earlier control
  had (an NFC, case-blind search of every earlier langfresh .tsv finds none of "thang máy", "Otis", "cabin").
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages on the sedge-mat weaving villages of
  Viet Nam (chiếu cói: Vũ Hạ and Hới in Thái Bình, Nga Sơn in Thanh Hóa, Kim Sơn in Ninh Bình, Định Yên in Đồng Tháp,
  Chương Hòa in Bình Định, Cẩm Nê in Đà Nẵng), one syllable replaced by one token (its first whole-word occurrence;
  columns: split, spam text, token, original word, original sentence, place), 13 at each of six places: ``start``,
  ``end``, ``function``, ``name``, ``inner`` and ``number`` (as langfresh22-48). Every row ``blind``. No earlier set
  has this topic (an NFC, case-blind search of every earlier langfresh .tsv finds none of "chiếu cói", "dệt chiếu",
  "làng chiếu", "sợi cói"). The sentences hold no Latin letter outside Vietnamese spelling (f, j, w, z, Ð), no
  one-letter consonant word, no Roman numeral, no acronym and no unit glued to a number.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list with an open licence that no earlier set
read: splorp/wordpress-comment-blacklist ``blacklist.txt`` (MIT; the "Comment Blocklist for WordPress", 62,204
phrases, patterns and keywords of comment spam, among them gambling, betting, casino, "togel", crypto, forex, essay,
payday and fake-goods brands and spam hosts), written as spam writes them: 16 full domains, 1 letter-digit name,
1 digit-led name, 5 hyphenated names, 35 CamelCase names and 20 bare lower-case names. None is an earlier set's
token, in spam_brands.txt or the held-out stems, or a string inside any file of tests/, tools/, benchmarks/ or
mtpipe/ (gzip tables included; the hyphen-less forms of the hyphenated names and, for the names with digits, their
letter parts of 3 letters or more too), none holds a brand stem of spam_brands.txt, a held-out stem or an earlier
token of 4 letters or more, and no token's name is inside another's (all checked before any run; ``check_new`` and
``main`` repeat the checks that need no search of the tree). ``deal`` orders each shape's tokens with the seed and
deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh49"
SEED = 49
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only (elevators and lifts).
F1 = 'https://cms.sanyoyusoki.com/thang-may-tai-khach-la-gi-phan-loai-ung-dung-thuc-te'
F2 = 'https://tapchithangmay.vn/?p=15335'
F3 = 'https://thangmayanthinh.com/bai-viet/bao-tri-thang-may-gia-dinh-va-nhung-dieu-can-biet'
F4 = 'http://www.tne.vn/tu-van/quy-chuan-chat-luong/tcvn-71681--2007-so-sanh-cac-tieu-chuan-an-toan-thang-may-quoc-te---phan-1-thang-may-dien.html'
F5 = 'https://gamalift.com/tin-tuc/lap-dat-cac-loai-thang-may-gia-dinh-va-cam-nang-kien-thuc-huu-ich'
F6 = 'https://vietchao.vn/so-luong-thang-mitsubishi-da-san-xuat-den-2020/'
F7 = 'http://www.thangmay.org/tin-tuc-thang-may/6-tin-tuc-thang-may/304-mitsubishi-cung-cap-51-bo-thang-may-cho-shanghai-new-world-daimaru-department-store.html'
F8 = 'https://sanyominhlong.vn/tu-van-cac-loai-thang-may-2021'
F9 = 'https://doantotnghiep.vn/dieu-khien-thang-may-3-tang.html'
F10 = 'https://thangmayphucdatloi.com/tu-van-thiet-ke/tu-van-thiet-ke-thang-may-110.html'
F11 = 'https://thangmayantoan.com/product/bv-04/'
F12 = 'https://www.thang-may.com/tin-tuc/5-yeu-to-quyet-dinh-den-tuoi-ben-cua-thang-may-benh-vien-617.html'
F13 = 'https://cauthangmay.com/tu-van-thang-may/582-tim-hieu-ve-he-thong-cuu-ho-tu-dong-cua-thang-may.html'
F14 = 'https://thuvienphapluat.vn/van-ban/lao-dong-tien-luong/Thong-tu-48-2016-TT-BLDTBXH-Quy-chuan-ky-thuat-quoc-gia-an-toan-lao-dong-Thang-may-dien-353338.aspx'
F15 = 'https://batdongsan.com.vn/phan-tich-danh-gia/vi-sao-xay-ra-su-co-thang-may-tai-ct3-constrexim-29703'
F16 = 'http://plo.vn/thoi-su/than-trong-voi-thang-may-cu-11776.html'
F17 = 'https://cachlambanhflan.net/chia-se-thong-tu-tt-bldtbxh-quy-chuan-quoc-gia-ve-an-toan-lao-dong-doi-voi-thang-may-gia-dinh/'
F19 = 'https://tieng.wiki/content/Elisha_Otis'
F20 = 'http://vinabase.com/T%C3%A0i-li%E1%BB%87u/Thang-m%C3%A1y-an-to%C3%A0n'
F21 = 'http://www.kimsonelevator.com/tin-tuc/elisha-graves-otis-ong-to-nghe-thang-may-va-nhung-phat-minh-vuot-bat-cua-ong'
F22 = 'https://tapchithangmay.vn/nhin-ra-the-gioi-bai-4-nguoi-khong-lo-cua-nganh-thang-may-toan-cau/'
F23 = 'https://thangmaymitsubishithailan.com/?p=1108'
F24 = 'https://vtcnews.vn/thang-may-viet-khong-co-cua-vao-chung-cu-ar166968.html'
F25 = 'https://tapchithangmay.vn/?p=17421'
F26 = 'https://tech-ecoin.blogspot.com/2014/04/hitachi-sap-co-thang-may-nhanh-nhat.html'
F27 = 'https://vietgiaitri.com/thang-may-nhanh-nhat-the-gioi-43-giay-di-duoc-95-tang-20140429i1349043'
F28 = 'https://tapchithangmay.vn/bai-du-thi-toi-va-ong-noi-voi-giac-mo-thang-may-chuyen-tu-taipei-101'
F29 = 'https://thieunien.vn/thang-may-than-toc-nhat-the-gioi-chay-111-tang-chua-day-30-giay-tbd26217.html'
F30 = 'https://tapchithangmay.vn/top-5-thang-may-nhanh-nhat-va-cao-nhat-the-gioi/'

CLEAN = [
    (F1, 'Tại Sanyo Yusoki, chúng tôi thường nhận được nhiều câu hỏi như: “Thang máy tải khách khác gì so với thang hàng?”, “Loại nào phù hợp cho khách sạn?”, “Nên chọn thang liên doanh hay nhập khẩu nguyên chiếc?”.'),
    (F1, 'An toàn: cabin được trang bị nhiều lớp bảo vệ, phanh khẩn, cảm biến cửa.'),
    (F1, 'Thoải mái: cabin rộng, chiếu sáng hợp lý, vận hành êm ái, giảm rung lắc.'),
    (F1, 'Thẩm mỹ: thiết kế cabin tinh tế, phù hợp với kiến trúc chung của công trình.'),
    (F1, 'Chính vì vậy, khi bước vào một cabin thang máy khách, bạn sẽ thấy sự khác biệt rõ rệt: ánh sáng dịu, cabin sạch sẽ, cảm giác di chuyển nhẹ nhàng, gần như không có tiếng ồn.'),
    (F1, 'Đây là trải nghiệm mà Sanyo Yusoki luôn đặt làm tiêu chuẩn cho mọi sản phẩm.'),
    (F2, 'TCTM – Thang máy hiện nay được sản xuất với nhiều kiểu dáng, loại hình khác nhau, đáp ứng nhu cầu sử dụng đa dạng của từng công trình.'),
    (F2, 'Theo TCVN 7628-1:2007 về Lắp đặt thang máy, thang máy được chia thành 6 loại thang dựa trên tiêu chí về công năng sử dụng.'),
    (F3, 'Quy chuẩn kỹ thuật quốc gia QCVN 32:2018/BLĐTBXH về An toàn lao động đối với thang máy gia đình có quy định rõ: “Thang máy trong quá trình sử dụng phải được bảo dưỡng định kỳ không quá 03 tháng một lần.'),
    (F4, 'TCVN 7168-1 : 2007 thay thế TCVN 7168-1 : 2002.'),
    (F4, 'TCVN 7168-1 : 2007 hoàn toàn tương đương với ISO/TR 11071-1 : 2004.'),
    (F4, 'TCVN 7168-1 : 2007 do Ban kỹ thuật tiêu chuẩn TCVN/TC 178 Thang máy biên soạn, Tổng cục Tiêu chuẩn Đo lường Chất lượng đề nghị, Bộ Khoa học và Công nghệ công bố.'),
    (F4, 'CEN – Tiêu chuẩn Châu Âu EN 81-1 : 1998.'),
    (F4, 'ASME A17.1 : 2000 và CSA B44 – 00, Bộ tiêu chuẩn an toàn cho thang máy và thang cuốn.'),
    (F4, 'AS 1735-1 : 2001, Thang máy, thang cuốn và băng tải chở người – Phần 1: Yêu cầu chung.'),
    (F5, 'Do đó, GamaLift xin đưa ra cách đánh giá, so sánh thang máy gia đình về vị trí lắp đặt, phân loại, tính năng, chi phí đầu tư, hơn thế nữa là lựa chọn nhà cung cấp dịch vụ uy tín để có giải pháp lắp đặt thang máy tối ưu.'),
    (F6, 'Nhà máy Mitsubishi tại Nhật Bản: xuất xưởng thang thứ 500.000 sau 85 năm hoạt động, kể từ khi bắt đầu sản xuất tại nhà máy Kobe Works, khu CN Hyogo năm 1935.'),
    (F6, 'Nhà máy Mitsubishi tại Thái Lan: xuất xưởng thang thứ 200.000 sau 19 năm hoạt động, kể từ năm 1991 và đạt các mốc 10,000 năm 1997, 20,000 năm 2001, 50,000 năm 2007, và 100,000 năm 2012.'),
    (F6, 'Nhà máy Mitsubishi tại Trung Quốc (Shanghai Mitsubishi): xuất xưởng thang thứ 1.000.000 sau 33 năm hoạt động, kể từ 1987.'),
    (F6, 'Sự tin tưởng của khách hàng trên toàn thế giới đã giúp số lượng thang Mitsubishi ngày càng tăng mạnh mẽ.'),
    (F7, 'Tập đoàn điện tử đến từ Nhật Bản - Mitsubishi Electric cho biết họ sẽ cung cấp 51 bộ thang máy cho dự án Shanghai New World Daimaru Department Store, một trung tâm mua sắm nằm ở thành phố sầm uất Thượng Hải, Trung Quốc.'),
    (F7, 'Shanghai New World Daimaru Department Store mới chạy thử vào đầu tháng 2 và sẽ chính thức mở cửa hoàn toàn vào tháng 5 năm 2015.'),
    (F7, 'Trong 15 bộ thang máy chở người có bao gồm 06 thang máy quan sát được đặt ngay trung tâm tòa nhà với vách cabin được làm bằng kính cường lực thay vì inox, chính vì thế khi đi trong cabin, du khách đến đây mua sắm sẽ có một cái nhìn toàn cảnh khu mua sắm tấp nập này.'),
    (F7, 'Nên nhớ, đây là đơn hàng loại thang cuốn có hình xoắn ốc lớn nhất mà Mitsubishi từng nhận được.'),
    (F7, 'Kể từ khi được sản xuất vào năm 1985, đến nay Mitsubishi đã bán được tổng cộng 103 bộ thang cuốn dạng này (bao gồm 12 thang cho công trình trên) trong đó 36 bộ được lắp tại Nhật và 67 bộ ở các nước khác.'),
    (F7, 'Được biết, đế sản xuất ra những bộ thang cuốn hình xoắn ốc, các kỹ sư của hãng thang máy Mitsubsihi Nhật Bản đã phải mất rất nhiều thời gian và công sức nghiên cứu và thử nghiệm đến khi họ phát minh ra phương pháp Center Shift Method thì những bài toán hóc búa mới được giải quyết.'),
    (F8, 'Vì vậy, Sanyo Minh Long đã tổng hợp 10 mẫu sản phẩm được ưa chuộng hiện nay, giúp quý khách lựa chọn được sản phẩm ưng ý nhất cho không gian ngôi nhà của mình!'),
    (F9, 'S7-200 là thiết bị biều khiển logic khả trinh loại nhỏ của hảng SIEMENS có cấu trúc theo kiểu môdun mở rộng.'),
    (F9, 'SIEMENS là một trong các công ty đầu tiên của CHLB Đức có mặt tại Việt Nam .'),
    (F10, 'Buồng thang (carbin thang máy) là một trong những hạng mục tùy biến ứng với nhu cầu cũng như sở thích của khách hàng.'),
    (F10, 'Vách, trần giả và sàn phòng thang là các bộ phận chiếm diện tích bề mặt lớn nhất của cabin thang máy.'),
    (F10, 'Các bạn có thể chọn kiểu mẫu theo catalogue của nhà cung cấp hay tùy chọn kiểu mẫu trên thị trường.'),
    (F10, 'Hiện nay, một thang máy tiêu chuẩn sử dụng vách và trần thang là inox tráng gương 304 vì dễ vệ sinh, cũng như ít bị trầy xước khi va chạm.'),
    (F10, 'Hệ thống điện thoại cứu hộ nội bộ (Intercom).'),
    (F11, 'Thang máy bệnh viện hay còn gọi với tên tiếng anh là Hospital Lift.'),
    (F11, 'Khung cabin được thiết kế rộng rãi: Vì để có thể chứa được băng ca hay xe lăn bệnh nhân nên phần buồng thang được thiết kế dài và rộng.'),
    (F12, 'Yêu cầu tải trọng lớn, thường từ 1000kg đến 2000kg.'),
    (F12, 'Được trang bị các tính năng an toàn cao cấp như hệ thống cứu hộ khẩn cấp khi mất điện (ARD), cảm biến chống kẹt cửa chính xác, điện thoại liên lạc nội bộ.'),
    (F12, 'Chế độ ưu tiên (Priority/Medical Mode): Cho phép nhân viên y tế sử dụng chìa khóa đặc biệt để ưu tiên điều khiển thang máy ngay lập tức cho các trường hợp cấp cứu, bỏ qua các lệnh gọi tầng khác.'),
    (F12, 'Kích thước cabin rộng và sâu hơn nhiều so với thang máy gia đình hoặc văn phòng để chứa vừa giường bệnh, cáng cứu thương, xe lăn và người đi kèm.'),
    (F13, 'Thiết bị cứu hộ tự động (Automatic Rescue Device - ARD) là một trong trong những thiết bị an toàn quan trọng của thang máy chở người.'),
    (F13, 'Thang máy được trang bị hệ thống ARD sẽ giúp cho người sử dụng thang máy không bị nhốt trong cabin trong trường hợp mất điện đột ngột.'),
    (F13, 'ARD là một hệ thống rất phức tạp, chúng được hoạt động hoàn toàn tự động và được kích hoạt khi nguồn điện lưới cung cấp cho thang bị cắt.'),
    (F13, 'Khi đó ngay lập tức nguồn điện dự phòng từ UPS hoặc ác quy sẽ được cung cấp để giúp động cơ thang máy tiếp tục quay để đưa cabin thang máy về tầng gần nhất và mở cửa cho người bên trong ra ngoài.'),
    (F13, 'Hệ thống ARD hoạt động trên một nguồn dự phòng có công suất vừa đủ cho khoảng 4-5 lần cứu hộ và nên nhớ ra nguồn điện chỉ phục vụ cho mục đích cứu hộ chứ không đủ công suất để vận hành thang máy thay điện lưới.'),
    (F14, 'Thông tư 48/2016/TT-BLĐTBXH Quy chuẩn kỹ thuật quốc gia an toàn lao động Thang máy điện'),
    (F14, 'Ký hiệu: QCVN 26:2016/BLĐTBXH.'),
    (F14, 'Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13 ngày 25 tháng 6 năm 2015;'),
    (F14, 'Căn cứ Nghị định số 39/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật An toàn, vệ sinh lao động;'),
    (F15, 'Ngày 22/4/2011, Bộ Lao động Thương binh và Xã hội đã ban hành Thông tư số 08/2011/TT-BLĐTBXH về “Quy chuẩn kỹ thuật quốc gia về an toàn lao động đối với “thang máy điện”.'),
    (F16, 'Theo quy định, thang máy được nhập khẩu thì phải có chứng chỉ xuất xứ (CO) và chứng chỉ chất lượng (CQ), để đảm bảo nhà sản xuất đã sản xuất theo đúng đơn đặt hàng, đúng tiêu chuẩn, đúng chỉ dẫn kỹ thuật.'),
    (F17, 'Chia sẻ thông tư 15/2018/TT-BLĐTBXH quy chuẩn quốc gia về an toàn lao động đối với thang máy gia đình sẽ được cachlambanhflan.net chia sẻ trong bài viết này.'),
    (F17, 'Căn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cu tổ chức của Bộ Lao động- Thương binh và Xã hội;'),
    (F17, 'Ký hiệu: QCVN 32:2018/BLĐTBXH.'),
    (F19, 'Phát minh của Otis giúp nhân loại xây được nhiều tòa nhà chọc trời hơn và tăng diện tích mặt sàn công trình khi thang máy thay thế thang bộ.'),
    (F20, 'Elisha Otis là kỹ sư trưởng của một nhà máy làm giường.'),
    (F20, 'Sau đó, ông chứng minh hiệu quả của nó tại New York bằng cách cho cắt đứt dây cáp khi ông đang ở trong thang.'),
    (F20, 'Năm 1.857, ông lắp đặt chiếc thang máy an toàn đầu tiên dùng cho khách mua hàng tại một cửa hàng ở New York.'),
    (F20, 'Sau khi ông chết, Charles và Norton, con trai ông tiếp tục công việc mua bán và thương hiệu Otis vẫn còn được nhìn thấy trên những chiếc thang máy và thang cuốn ở khắp nơi hiện nay.'),
    (F21, 'Elisha Graves Otis sinh ngày 3 tháng 8 năm 1811 ở Halifax, Vermont mất ngày 8 tháng 4 năm 1861 ở Yonker, New York, là một nhà tư bản công nghiệp Mỹ, người sáng lập Công ty thang máy Otis, ông rất nổi tiếng với phát minh ra hệ thống phanh cho thang máy.'),
    (F21, '1853: Thành lập công ty thang máy Otis, ban đầu chuyên sản xuất và bán thang máy tải hàng.'),
    (F21, '1854: Giới thiệu mô hình thang máy với phanh an toàn ở triển lãm thế giới tổ chức ở Crytal Palce, New York'),
    (F21, '1873: Khoảng 2000 thang máy thương hiệu Otis được bán ra và sử dụng cho các tòa cao ốc, khách sạn, trung tâm thương mại.'),
    (F22, 'Năm 1980, Schindler của Thụy Sĩ vào Trung Quốc và thành lập công ty thang máy liên doanh đầu tiên.'),
    (F22, 'TCTM – Trung Quốc đã vươn mình trở thành nền kinh tế thứ 2 thế giới với tiềm năng thách thức mọi giới hạn, trong đó ngành công nghiệp thang máy quốc gia đông dân nhất thế giới này đã thực sự là một gã khổng lồ, ở hầu hết mọi khía cạnh.'),
    (F23, 'Trên thị trường hiện nay nổi tiếng nhất vẫn là các hãng như là: thang máy Misubishi, Nippon, Thyssenkrupp, Huyndai,…'),
    (F23, 'Tỷ lệ đô thị hóa ở VN đang rất cao, trên 35%.'),
    (F24, 'Chiếm phần nhiều các nhãn hiệu thang nước ngoài như Mitsubishi, Nippon (Nhật), Thyssenkrupp (Đức), Schindler (Thụy Sĩ),...'),
    (F25, 'Tiêu chuẩn quốc gia Trung Quốc GB/T 31821-2015.'),
    (F25, 'TCTM – Thị trường thang máy toàn cầu đang bước vào kỷ nguyên hậu mãi và hoạt động kinh doanh dịch vụ bảo trì đã trở thành nguồn lợi nhuận chính của các đại gia thang máy quốc tế.'),
    (F26, '2 năm nữa (2016), Hitachi sẽ có thang máy nhanh nhất thế giới với vận tốc tối đa 72,4 km/h, cao hơn thang máy nhanh nhất hiện nay của tòa nhà Taipei 101 ở Đài Loan (vận tốc 61,1 km/h, do Toshiba lắp đặt).'),
    (F26, 'Sẽ có 2 thang máy như thế được lắp đặt trong tòa nhà trung tâm tài chính Guangzhou CTF Finance Centre của Trung Quốc.'),
    (F26, 'Hitachi nói họ sẽ trang bị thêm một công nghệ đặc biệt có tác dụng bảo vệ những người bên trong thang máy khỏi bị ù tai khi thay đổi độ cao quá nhanh.'),
    (F26, 'Thang máy được làm từ những loại vật liệu chống nhiệt và được trang bị một thiết bị phụ gọi là "governor" dùng để kích hoạt hệ thống thắng khẩn cấp khi hệ thống nhận thấy thang máy đang bị trôi quá nhanh, cao hơn vận tốc cho phép.'),
    (F26, 'Được biết cách đây 4 năm, Hitachi từng xây dựng hẳn một tòa tháp cao 212 mét để thử nghiệm chiếc thang máy này.'),
    (F27, 'Hãng Hitachi của Nhật cho biết họ sẽ tiến hành lắp đặt chiếc thang máy nhanh nhất tại một tòa nhà cao tầng của Trung Quốc.'),
    (F27, 'Chiếc thang máy này có thể đạt vận tốc tối đa 72 km/h.'),
    (F27, 'Theo một báo cáo của Hitachi, chiếc thang máy sẽ được lắp đặt tại tòa nhà Trung tâm kinh tế Quảng Châu CTF, Trung Quốc với 111 tầng và cao 530 m.'),
    (F27, 'Hành khách có thể đi từ tầng 1 tới tầng 95 của tòa nhà tương đương với quãng đường 440m chỉ trong 43 giây.'),
    (F27, 'Hitachi sẽ lắp đặt tổng cộng 95 chiếc thanh máy trong tòa nhà này, trong đó có 2 chiếc là loại siêu nhanh, những thang máy còn lại thì có tốc độ chậm hơn.'),
    (F27, 'Khi được hoàn thành, tòa nhà này sẽ là tòa nhà cao nhất khu vực Quảng Châu và là một hệ thống phức hợp giữa khách sạn, văn phòng và nhà ở với diện tích sàn 398.000 m2.'),
    (F27, 'Với chiều cao 530m, tòa nhà này chỉ xếp sau tòa nhà cao nhất Trung Quốc là Tháp Thượng Hải cao 632m.'),
    (F28, 'TCTM – Tôi viết bài này, sau khi rời tòa tháp Taipei 101, tòa nhà cao nhất thế giới khi được hoàn thành vào năm 2004 – cao 508m, 101 tầng.'),
    (F28, 'Tháp Taipei 101 đã đứng vững trong cơn động đất 7,4 độ hôm 3/4/2024.'),
    (F28, '61 chiếc thang máy Toshiba của tòa tháp, trong số đó có 2 tháng hoạt động với tốc độ rất cao (1.010 m/phút) vẫn hoạt động.'),
    (F28, 'Tháp Taipei 101 là biểu tượng nổi bật của thành phố Đài Bắc, là một trong những tòa nhà cao nhất thế giới, trong đó 61 chiếc thang máy lại được coi là điểm nhấn của tòa nhà.'),
    (F28, 'Bạn tôi giới thiệu, hình dáng của tòa Taipei 101 được lấy cảm hứng từ hình ảnh cây tre, biểu tượng cho sự phát triển và thịnh vượng.'),
    (F29, 'Toà nhà Trung tâm Tài chính (CTF) nằm ở vị trí trung tâm thành phố Quảng Châu, miền nam Trung Quốc.'),
    (F29, 'Công ty Công nghệ Nhật Bản Hitachi đã cho phát triển và lắp đặt chiếc thang máy trong toà nhà với tốc độ đáng kinh ngạc.'),
    (F29, 'Ở lần thử nghiệm gần đây nhất, thang máy đạt tốc độ kỷ lục 1.260m/phút, tương đương 75km/h.'),
    (F29, 'Trước đó, hồi tháng 5 năm nay, tốc độ tối đa thang máy này đạt được là 72km/h, tương đương 1.200m/phút.'),
    (F29, 'Mặc dù có tốc độ di chuyển “thần tốc” là vậy, song thang máy trong toà CTF vẫn đảm bảo các quy chuẩn an toàn nhờ được trang bị trục lăn chủ động dẫn hướng ở 4 góc của buồng thang máy.'),
    (F29, 'Tốc độ của thang máy sẽ được duy trì ở mức cho phép là 72km/h khi đi vào hoạt động chính thức.'),
    (F30, 'TCTM – Không chỉ là nơi có các tòa nhà cao nhất thế giới, Top thang máy nhanh nhất thế giới cũng đều quy tụ tại khu vực châu Á – nơi có các các đô thị với mật độ dân số cao như Thượng Hải, Seoul, Đài Bắc và Tokyo.'),
    (F30, 'Với sự hối hả và nhộn nhịp của Thượng Hải, không có gì đáng ngạc nhiên khi Tháp Thượng Hải (Shanghai Tower) – tòa nhà cao nhất Trung Quốc, lần lượt dẫn đầu Top 5 về tốc độ thang máy cũng như giữ kỷ lục Guinness về thang máy cao nhất thế giới.'),
    (F30, 'Thang máy tại Tháp Thượng Hải có tốc độ 20,5m/s, tương đương với 73,8km/h.'),
    (F30, 'Đồng thời, thang máy tại tòa tháp này còn nắm giữ đường chạy liên tục dài nhất thế giới với 578,5m trên 632m tổng chiều cao của tòa nhà.'),
    (F30, 'Á quân trong cuộc đua thang máy nhanh nhất thế giới là Trung tâm Tài chính CTF Quảng Châu (Trung Quốc) với tốc độ 20m/s, tương đương với 71km/h, hành khách có thể di chuyển 95 tầng chỉ trong vòng 45 giây.'),
    (F30, 'Đứng thứ ba là tòa nhà Đài Bắc 101 với tốc độ thang máy đạt 16,83m/s.'),
    (F30, 'Lần lượt cũng nằm trong Top 5 danh sách này là Tháp Yokohama Landmark (Nhật Bản) với tốc độ 12,5m/s và Trung tâm Tài chính Thế giới Two International Finance Centre tại Hồng Kông với tốc độ 10,6m/s.'),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam sentences: other pages, running Vietnamese text on the sedge-mat weaving villages of Viet Nam (chiếu cói).
S1 = 'https://chieucoithaibinh1.blogspot.com/2013'
S2 = 'https://chieucoithaibinh1.blogspot.com/2014'
S3 = 'https://bktt.vn/index.php?diff=cur&oldid=21078&title=L%C3%A0ng_ngh%E1%BB%81_d%E1%BB%87t_chi%E1%BA%BFu_Nga_S%C6%A1n'
S4 = 'https://chieucoithaibinh1.blogspot.com/2014/05'
S5 = 'https://thanglongtour.com/blogs/du-lich-mien-bac/lang-nghe-chieu-hoi-thai-binh'
S6 = 'https://topchuan.com/khac/top-6-lang-nghe-det-chieu-truyen-thong-noi-tieng-viet-nam'
S7 = 'https://luatduonggia.vn/thuyet-minh-ve-chieu-coi-nga-son-chon-loc-sieu-hay'
S8 = 'https://cuoituan.tuoitre.vn/cuoc-song-muon-mau/chieu-coi-nga-son-482627.html'
S9 = 'http://vista.net.vn/lang-nghe-san-pham-dp/chieu-coi-nga-son.html'
S10 = 'https://congdongviet.net/?title=Làng_chiếu_Định_Yên_(Đồng_Tháp)&oldid=15497'
S11 = 'https://mdta.com.vn/tin-tuc/lang-chieu-dinh-yen-noi-luu-giu-tinh-hoa-van-hoa-phi-vat-the-quoc-gia.html'
S12 = 'https://svhttdl.dongthap.gov.vn/web/svhttdl/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/14713022?plidlayout=737'
S13 = 'https://tintucmientay.baoangiang.com.vn/tham-lang-chieu-dinh-yen-a221759.html'
S14 = 'https://mientay.giadinhonline.vn/ve-tham-lang-chieu-dinh-yen-d11263.html'
S15 = 'https://zaidap.com/dong-thap-cho-chieu-dinh-yen-d394509.htm'
S16 = 'https://vannghebinhdinh.vn/lang-chieu-chuong-hoa/'
S17 = 'https://baobinhdinh.vn/vanhoa-nghethuat/2012/8/131507'
S18 = 'https://vigotrip.com/dia-danh/lang-chieu-coi-binh-dinh-id2313'
S19 = 'https://langngheviet.com.vn/binh-dinh-bao-ton-va-phat-trien-lang-nghe-chieu-coi-hoai-nhon-30078.html'
S20 = 'http://bazantravel.com/ve-tham-lang-nghe-det-chieu-o-hoai-nhon-o-binh-dinh/'
S21 = 'https://toplist.vn/top/chieu-coi-kim-son-202053.htm'
S22 = 'https://phapluatplus.baophapluat.vn/ninh-binh-doc-dao-lang-nghe-chieu-coi-kim-son-hon-100-nam-tuoi-12924.html'
S23 = 'http://vinahandicrafts.com/muon-mau-ve-lang-coi-kim-son/'
S24 = 'https://langngheviet.com.vn/lang-coi-kim-son-32880.html'
S25 = 'https://danangfantasticity.com/lang-nghe/lang-chieu-cam-ne'
S26 = 'https://danangnet.com/lang-chieu-cam-ne-lang-nghe-vang-bong-o-xu-da.html'
S27 = 'https://danang.gov.vn/vi/web/dng/-/lang-chieu-cam-ne'
S28 = 'https://daidoanket.vn/ve-lang-hoi-10198724.html'
S29 = 'http://agricheck.net/sanpham/ProductId/71/Straw-Hat-Mu-coi'
S30 = 'http://xatanle.blogspot.com/2012/03/hoi-chieu-lang-hoi.html'

SPAM = [
    # start
    (S1, 'Theo ông Nguyễn Văn Triển, trưởng thôn Vũ Hạ thì nghề dệt chiếu ở vùng quê thuần nông này đã có từ lâu đời, hàng trăm năm về trước khi người dân biết dùng cói để làm các vật dụng sinh hoạt.', 'Theo', 'start'),
    (S2, 'Không được ngâm nước quá lâu vì như thế khi phơi nắng sợi cói sẽ bị giòn, dễ gãy.', 'Không', 'start'),
    (S3, 'Tư liệu lịch sử cho biết, ít nhất từ triều vua Khải Định (1916-1925) đã xuất hiện nghề dệt chiếu ở Nga Sơn.', 'Tư', 'start'),
    (S5, 'Xưa kia, ở nông thôn nước ta, ai đã từng ăn cơm mới, cá rô vàng, nằm ổ rơm, đắp chiếu đậu, mới thấm thía hết ý nghĩa của câu ca này, mới cảm nhận được cái ấm áp, thơm thơm của chiếu cói.', 'Xưa', 'start'),
    (S8, 'Trước đây ở Nga Sơn cói mọc hoang dại trên những bãi bồi.', 'Trước', 'start'),
    (S10, 'Nghề dệt chiếu tuy thăng trầm, vất vả nhưng người dân Định Yên với nghề cha truyền con nối vẫn một lòng nuôi dưỡng, theo đuổi để nghề dệt chiếu nơi đây trở thành làng nghề truyền thống có hơn 100 năm tồn tại và phát triển.', 'Nghề', 'start'),
    (S13, 'Qua bàn tay khéo léo của mình, hàng năm các hộ dân nơi đây đã sản xuất ra hàng triệu sản phẩm chiếu có hoa văn rực rỡ, mịn màng và bền chắc.', 'Qua', 'start'),
    (S15, 'Điểm đặc biệt ở đây, người bán hàng chỉ thắp lên ngọn đèn dầu leo lét, còn người mua thì phải dùng đèn pin để chọn hàng.', 'Điểm', 'start'),
    (S17, 'Sau đó, các hộ gia đình trồng cói và dệt chiếu được quy tụ vào làm ăn tập thể trong Hợp tác xã nông nghiệp; đến năm 1986 thì tách ra Hợp tác xã chuyên trồng cói và dệt chiếu, với 150 hộ xã viên, 12 ha ruộng trồng cói.', 'Sau', 'start'),
    (S19, 'Bởi vậy, từ sáng sớm, khi bình mình chưa ló dạng, những người nông dân cần mẫn tấp nập ra đồng thu hoạch cói.', 'Bởi', 'start'),
    (S21, 'Cây cói có chu kỳ sinh trưởng tựa cây lúa.', 'Cây', 'start'),
    (S28, 'Gắn bó với làng Hới là nghề dệt chiếu lâu đời.', 'Gắn', 'start'),
    (S29, 'Chưa có ai biết nghề chiếu xuất hiện ở Hới từ bao giờ, cũng như Tổ nghề thật sự là ai.', 'Chưa', 'start'),
    # end
    (S1, 'Làng Vũ Hạ xã An Vũ (Quỳnh Phụ - Thái Bình) là một trong 3 làng chiếu truyền thống cổ xưa nhất Việt Nam.', 'Nam', 'end'),
    (S2, 'Khi bị mốc thì các bạn chỉ cần giặt sạch phơi nắng thật khô.', 'khô', 'end'),
    (S3, 'Người dân Nga Sơn vừa trồng cói làm nguyên liệu, vừa dệt thành sản phẩm.', 'phẩm', 'end'),
    (S7, 'Nhắc đến Nga Sơn, không thể không nhắc đến nghề dệt chiếu.', 'chiếu', 'end'),
    (S9, 'Chiếc chiếu nổi tiếng đã được lưu truyền qua bao đời, bao thế hệ trên khắp mọi miền của đất nước.', 'nước', 'end'),
    (S11, 'Du khách đến đây để hòa mình vào thanh âm của làng quê mộc mạc, yên bình.', 'bình', 'end'),
    (S14, 'Nghề chiếu làng Định Yên đã có từ hàng trăm năm trước.', 'trước', 'end'),
    (S17, 'Nhưng, phần lớn hộ dân vẫn quyết tâm gìn giữ nghề truyền thống.', 'thống', 'end'),
    (S18, 'Chiếu trơn được làm từ sợi cói nguyên bản, mộc mạc, đơn giản nhưng rất lịch sự, nên được dùng trong mỗi lần cúng bái.', 'bái', 'end'),
    (S22, 'Các sản phẩm nơi đây vô cùng đa dạng về mẫu mã và màu sắc hoa văn vô cùng bắt mắt.', 'mắt', 'end'),
    (S24, 'Cây cói góp một phần không nhỏ để phát triển kinh tế, văn hoá và du lịch.', 'lịch', 'end'),
    (S27, 'Mỗi cuốn chiếu có kích thước và màu sắc khác nhau, rộng hoặc hẹp, dệt trơn hoặc dệt hoa văn.', 'văn', 'end'),
    (S30, 'Nghề dệt chiếu Hới thịnh đạt lúc bấy giờ là nhờ công lao của Trạng nguyên Phạm Đôn Lễ.', 'Lễ', 'end'),
    # function
    (S3, 'Có thời kỳ mặt hàng chiếu Nga Sơn có mặt trong các gia đình ở hầu khắp các vùng nông thôn, thành thị ở Việt Nam và được xuất khẩu sang nhiều nước.', 'trong', 'function'),
    (S5, 'Chiếu Hới có nhiều loại, chiếu cài hoa, chiếu đậu, chiếu đót, chiếu sợi xe... với nhiều kích cỡ khác nhau.', 'với', 'function'),
    (S8, 'Với sợi cói dài, nhỏ, đều và bóng đẹp, sau khi phơi khô sợi cói có màu trắng nên cói Nga Sơn dùng dệt chiếu có chất lượng và màu sắc rất tốt.', 'nên', 'function'),
    (S11, 'Làng chiếu Định Yên là cái nôi truyền thống của nghề dệt chiếu miền Tây.', 'của', 'function'),
    (S13, 'Lý giải gọi chợ ma, nhiều người cho biết vì ban ngày bận dệt chiếu, thương lái bận đi mua bán nên họp chợ chỉ diễn ra ban đêm.', 'vì', 'function'),
    (S15, 'Đến ban đêm thì họ mang hàng ra bày bán ở chợ.', 'thì', 'function'),
    (S18, 'Hầu hết các hộ gia đình ở đây gắn bó với nghề trồng cói và dệt chiếu cói từ lâu, nghề dệt chiếu cói truyền từ đời này sang đời khác.', 'ở', 'function'),
    (S19, 'Mùa cói chín cũng là thời điểm cái nóng mùa hè từ tháng 4 đến tháng 6 miền Trung.', 'từ', 'function'),
    (S23, 'Loại này được dùng để dệt chiếu thô hay thảm cói.', 'để', 'function'),
    (S26, 'Sau đó, cói được phơi nắng cho khô cứng rồi nhúng nước cho mềm trước khi dệt.', 'cho', 'function'),
    (S28, 'Bởi nó được dòng sông Luộc bao quanh đến dăm cây số rồi nhập vào sông Hồng.', 'rồi', 'function'),
    (S29, 'Nhờ vậy, chiếu Hới đẹp hơn và nổi tiếng từ đó.', 'và', 'function'),
    (S22, 'Tưởng như những sợi cói dài loằng ngoằng không có giá trị, nhưng chỉ qua bàn tay khéo léo và sự sáng của người dân nơi đây đã tạo ra những sản phẩm độc, lạ và có giá trị mà nơi khác không có được như: chiếu, mũ, dép, túi sách, hộp, cốc...', 'mà', 'function'),
    # name
    (S1, 'Cùng với làng chiếu An Thạnh của tỉnh Ninh Thuận và làng chiếu Nga Sơn của Thanh Hóa thì làng Vũ Hạ từng một thời là “thủ phủ” của chiếu cói truyền thống cung ứng hàng cho cả miền.', 'Thạnh', 'name'),
    (S1, 'Sau này, thương gia nổi tiếng Bạch Thái Bưởi cũng từng cho người về làng chuyển chiếu Vũ Hạ lên tàu theo đường thủy sang phương Tây quảng bá hàng hóa Việt Nam.', 'Bưởi', 'name'),
    (S4, 'Trước đây, làng chiếu Định Yên được biết đến nhiều nhất là chợ chiếu đêm, còn được gọi là “chợ ma” do chợ chỉ nhóm họp vào ban đêm, thường kéo dài khoảng 2 tiếng đồng hồ.', 'Yên', 'name'),
    (S3, 'Quá trình hình thành nghề chiếu Nga Sơn gắn với lịch sử khai hoang và trồng cói ở vùng đất này, liên quan tới chính sách khuyến khích dân nghèo, dân lưu tán đi khai hoang lập ấp ở các vùng đất bãi tại Thanh Hóa từ thời vua Gia Long triều Nguyễn (1802 - 1818).', 'Long', 'name'),
    (S6, 'Làng nghề dệt chiếu Chương Hòa thuộc xã Hoài Châu Bắc, huyện Hoài Nhơn, tỉnh Bình Định, có tuổi đời hàng trăm năm.', 'Nhơn', 'name'),
    (S8, 'Vợ chồng anh Vũ Trọng Hảo ở xóm 8, xã Nga Tiến, huyện Nga Sơn mỗi tháng dệt tay được 25 tấm chiếu đặt hàng, mà anh gọi là chiếu đúng “thương hiệu”.', 'Trọng', 'name'),
    (S10, 'Với những sản phẩm chiếu nổi tiếng như: chiếu Trà Niên, chiếu bông con cờ, chiếu vảy ốc, chiếu trắng, chiếu hoa văn,… làng nghề Định Yên lúc nào cũng đầy màu sắc từ trong nhà ra ngoài ngõ bởi những sợi lát xanh, đỏ, vàng, trắng, tím…', 'Niên', 'name'),
    (S12, 'Trải qua dòng thời gian hơn một trăm năm, lưu truyền từ thế hệ này sang thế hệ khác, cho đến nay, nghề dệt chiếu đã trở thành một ngành nghề truyền thống của người dân Định Yên – Định An.', 'An', 'name'),
    (S16, 'Ở thị xã Hoài Nhơn, làng chiếu cói Chương Hòa thuộc xã Hoài Châu Bắc có từ lâu đời, đến nay vẫn tấp nập, tạo nên bức tranh quê đẹp, thơ mộng, nghĩa tình.', 'Chương', 'name'),
    (S19, 'Chia sẻ với chúng tôi, anh Đinh Hữu Tiên ở thôn Gia An Đông, xã Hoài Châu Bắc cho biết: vào khoảng vào tháng 3 hằng năm là bắt đầu mùa cói.', 'Hữu', 'name'),
    (S24, 'Với tầm nhìn xa trông rộng, thức thời và khoa học, cuối năm Mậu Tý (năm 1828), sau khi hoàn thành công cuộc khẩn hoang lập ra huyện Tiền Hải, tỉnh Thái Bình, Doanh điền sứ Nguyễn Công Trứ đã đề xuất chủ trương khẩn hoang vùng đất ven biển ở các huyện Yên Mô, Yên Khánh thuộc trấn Ninh Bình và đã được vua Minh Mệnh chấp thuận.', 'Trứ', 'name'),
    (S25, 'Theo nhiều tài liệu thì nghề chiếu Cẩm Nê có nguồn gốc từ Hoằng Hóa, Thanh Hóa, được truyền vào miền Nam khoảng từ thế kỷ 15, lúc vua Lê Thánh Tôn chiến thắng Chiêm Thành, sát nhập thành Đồ Bàn vào Quảng Nam- Đà Nẵng.', 'Hoằng', 'name'),
    (S28, 'Đó là Trạng nguyên Tam nguyên Phạm Đôn Lễ (1457-1531) người con của làng Hới.', 'Đôn', 'name'),
    # inner
    (S1, 'Chiếu Vũ Hạ được các vua chúa thích vì chất lượng và thẩm mỹ đạt đỉnh cao nên thời xưa, người làng chiếu rất giàu có.', 'lượng', 'inner'),
    (S2, 'Vấn đề bảo quản, bên cạnh tác dụng thông thoáng, thấm hút mồ hôi tốt thì khi thời tiết có độ ẩm cao sợi cói hút hơi ẩm dễ bị mốc, vì vậy khi ko dùng đến các mẹ hãy giặt sạch, phơi thật khô và để nơi khô ráo, ko để xuống nền đất.', 'quản', 'inner'),
    (S7, 'Từ những vần thơ của nhà thơ Tố Hữu đã giới thiệu cho nhiều người biết đến nét đặc trưng vô cùng đặc biệt của vùng này.', 'thiệu', 'inner'),
    (S8, 'Sợi cói đẹp dùng để dệt chiếu, những sợi “phế phẩm” được dùng để xe sợi xuất khẩu.', 'phẩm', 'inner'),
    (S10, 'Không chỉ là quê hương của đồng lúa, vườn cây, làng quê trù phú…, huyện Lấp Vò (Đồng Tháp) còn là nơi có nhiều làng nghề truyền thống.', 'hương', 'inner'),
    (S11, 'Đồng Tháp vốn là tình thành nổi tiếng với nhiều làng nghề của vùng đất đồng bằng sông Cửu Long như làng hoa Sa Đéc, làng bột Sa Đéc, làng nem Lai Vung, làng thớt Định An, làng dệt choàng Long Khánh và làng chiếu Định Yên chính là làng du lịch nổi bật nhất hiện nay đang chờ bạn đến khám phá.', 'tiếng', 'inner'),
    (S13, 'Chính những giá trị vật chất và tinh thần đặc sắc này mà tháng 9-2013 Bộ Văn hóa - Thể thao và Du lịch đã chính thức công nhận làng nghề dệt chiếu Định Yên là Di sản văn hóa phi vật thể quốc gia.', 'chất', 'inner'),
    (S14, 'Làng chiếu Định Yên còn được xem là niềm tự hào của người dân nơi đây, làng nghề truyền thống đã được lưu truyền từ đời này sang đời khác và nuôi lớn nhiều thế hệ.', 'hào', 'inner'),
    (S17, 'Người thợ Chương Hòa đã tiếp thu kỹ thuật, kinh nghiệm dệt chiếu từ các nơi khác, kết hợp với sự sáng tạo, bàn tay khéo léo để cải tiến mẫu mã chiếu làng nghề đẹp hơn, mang đặc trưng riêng, như: chiếu trắng, chiếu hoa râm, chiếu gấm, chiếu vảy ốc, chiếu con cờ, chiếu long phụng… nổi tiếng một thời.', 'nghiệm', 'inner'),
    (S21, 'Trải qua cả trăm năm quai đê lấn biển, người Kim Sơn đã tạo nên những bãi bồi mênh mông để trồng cói.', 'mông', 'inner'),
    (S23, 'Nghề truyền thống này chưa có cội rễ xa xưa như một số nghề thủ công lâu đời (dệt, thêu, chạm khắc đá, nghề mộc…trong tỉnh), nhưng cũng đã trải qua khá nhiều thế hệ con người.', 'khắc', 'inner'),
    (S26, 'Làng chiếu Cẩm Nê nổi tiếng làm ra những sản phẩm kỳ công, bền đẹp.', 'công', 'inner'),
    (S27, 'Việc chọn cây cọ và thoi đưa được thực hiện cẩn thận, thường sử dụng cây cọ thẳng, nhẹ và bền.', 'thận', 'inner'),
    # number
    (S3, 'Nga Sơn hiện có khoảng 230 nghìn dân, trong đó có tầm 50 ngàn người chuyên làm nghề cói và dệt chiếu, nghề được truyền qua nhiều thế hệ.', 'nghìn', 'number'),
    (S4, 'Hiện chưa có một tài liệu nào xác định được cụ thể thời điểm xuất hiện nghề dệt chiếu ở Định Yên, nhưng theo các cụ cao niên trong xã thì nghề dệt chiếu đã có từ hơn 100 năm.', 'năm', 'number'),
    (S9, 'Trải qua hơn 150 năm tồn tại với không biết bao nhiêu thăng trầm, giờ đây, người dân Nga Sơn không đơn thuần chỉ dệt chiếu cói, nhiều sản phẩm từ cói đã được đôi bàn tay tài hoa, khối óc giàu tính sáng tạo của những người thợ đã "nâng đời" trở thành những mặt hàng thủ công mỹ nghệ với những nét hoạ tiết, văn hoa khác nhau dành cho xuất khẩu.', 'năm', 'number'),
    (S10, 'Chợ chiếu Định Yên có một nét văn hóa rất độc đáo bởi họp vào ban đêm trong thời gian khoảng 2 tiếng đồng hồ và được người dân nơi đây gọi là "chợ ma".', 'tiếng', 'number'),
    (S13, 'Chiếu thành phẩm hoàn thiện, người thợ sẽ bán dao động 25.000 - 50.000 đồng một đôi, tùy theo chất lượng và thẩm mỹ.', 'đồng', 'number'),
    (S18, 'Làng chiếu cói ở Bình Định cũng có tuổi đời khá lâu là 400 năm, nổi tiếng ở các xã Hoài Châu Bắc, Tam Quan Bắc và Hoài Hưng… của huyện Hoài Nhơn với hơn 1.000 hộ dân sinh sống dựa vào làng nghề truyền thống này.', 'năm', 'number'),
    (S19, 'Một năm nếu chăm sóc tốt và thời tiết thuận lợi thì có thể thu hoạch được 2 lần.', 'lần', 'number'),
    (S21, 'Tính đến nay, sản phẩm cói mỹ nghệ của Kim Sơn đã có mặt ở hơn 20 quốc gia và vùng lãnh thổ trên thế giới…', 'quốc', 'number'),
    (S24, 'Sau 6 lần quai đê đã đạt tổng diện tích khoảng 4000 hecta, tạo ra hàng trăm hecta đất trồng cói và lập ra các xã mới như: Kim Trung, Kim Tiến, Kim Hải…', 'lần', 'number'),
    (S28, 'Nét đẹp chiếu Gon nổi tiếng khắp vùng với tuổi đời đã hơn 500 năm.', 'năm', 'number'),
    (S8, 'Mỗi năm có hai mùa thu hoạch cói, từ tháng 3 đến tháng 8 và tháng 8 đến tháng 3 năm sau...', 'đến', 'number'),
    (S22, 'Sản phẩm mĩ nghệ của huyện đã có mặt ở hơn 20 quốc gia và vùng lãnh thổ trên thế giới.', 'quốc', 'number'),
    (S11, 'Cái nghề không biết nó ra đời từ bao giờ nhưng đến nay đã truyền qua nhiều thế hệ của người làng Định Yên, cũng đã khoảng 100 năm hiện hữu.', 'năm', 'number'),
]

SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): entries of splorp/wordpress-comment-blacklist
# blacklist.txt (MIT), written as spam writes them.
TOKENS = {
    "domain": ["asterdex.lat", "gmgn.space", "kyros.lat", "stockity.ai", "pactswap.org", "mailvirtual.win",
               "veinflower.xyz", "taraa.xyz", "forball.top", "shopent.ru", "boxshopping.ru", "erjersey.net",
               "plotexchange.us", "spinapp.bar", "binomo.as", "dinkypage.com"],
    "letter-digit": ["Kidslot77"],
    "digit-led": ["4ucialis"],
    "hyphenated": ["gull-minnow.top", "cheap-oil.ru", "toofan-bet", "bunglon-slot", "rajapola-slot"],
    "CamelCase": ["AjaibSlots", "AltenaBet", "AndroBet", "BettiltWorld", "DewaCasino", "GloryCasino", "GowPoker",
                  "HokiPoker", "JettonCasino", "JoniTogel", "KoinSlot", "LevCasino", "MadridBet", "NagaPoker",
                  "OasisBet", "PigSpin", "PlinkoSlot", "PusulaBet", "QueenSlot", "SedapTogel", "VodkaBet",
                  "VovanCasino", "WooriCasino", "TortugaCasino", "ClubnikaCasino", "EssayEmpire", "CryptoLake",
                  "OrbitCrypto", "ForexPeace", "PrimeEssay", "EssayErudite", "PaydayNote", "GooseOutlet",
                  "KmvDating", "GodOfSeo"],
    "lower-case": ["kalebet", "motsbet", "pashabet", "dyubetika", "jackpotsa", "mybetor", "slotpg", "zaabet",
                   "yukslot", "greatbet", "idnpoker", "cnnslot", "pokerqq", "slotdana", "atomseo", "poznajseo",
                   "cryptothumb", "forexwealth", "borseout", "toyibslot"],
}

TRADE = re.compile(r"bet|casino|kasin|cazino|slot|spin|poker|bingo|win|luck|lotto|vegas|dice|stake|game|play|vay|"
                   r"cash|loan", re.I)
# Spam sentences are running Vietnamese text: no Latin letters outside Vietnamese spelling, no look-alike letters.
NOT_VIETNAMESE = re.compile(r"[fjwzFJWZÐ]|\b[bcdghklmnpqrstvx]\b", re.I)
# ... and no acronym or Roman numeral (two capitals or more, a lone capital I, V, X, L, C) and no unit glued to a number.
NOT_RUNNING = re.compile(r"\b[A-ZĐ]{2,}\b|\b[IVXLC]\b|\d[^\W\d_]")


def name_of(token: str) -> str:
    """The token's name: lower-cased, its top-level domain (what follows the first dot) dropped."""
    return token.lower().split(".")[0]


def deal() -> list[tuple[str, str, str, str, str]]:
    """(url, sentence, word, token, place): each shape's tokens in seeded order, dealt round the places in turn."""
    rng = random.Random(SEED)
    tokens = []
    for shape in TOKENS:
        group = list(TOKENS[shape])
        rng.shuffle(group)
        tokens += group
    by_place = {p: [c for c in SPAM if c[3] == p] for p in PLACES}
    order = [by_place[p][i] for i in range(max(map(len, by_place.values()))) for p in PLACES if i < len(by_place[p])]
    if len(order) != len(tokens):
        raise SystemExit(f"{len(order)} cases, {len(tokens)} tokens")
    return [(url, text, word, tok, place) for (url, text, word, place), tok in zip(order, tokens)]


def replace_first(sentence: str, word: str, token: str) -> str:
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)
    if m is None:
        raise SystemExit(f"{word!r} not in {sentence!r}")
    return sentence[: m.start()] + token + sentence[m.end():]


def check_place(spam: str, token: str, place: str) -> None:
    at = spam.index(token)
    before, after = spam[:at], spam[at + len(token):]
    ok = {"start": before == "",
          "end": re.fullmatch(r"\W*", after) is not None,
          "number": re.search(r"\d\s$", before) is not None,
          "name": True, "function": True, "inner": before != "" and re.fullmatch(r"\W*", after) is None}[place]
    if not ok:
        raise SystemExit(f"{place}: {spam!r}")


def check_tokens() -> None:
    """Distinct names, none inside another's (hyphens aside), at least a third free of gambling or lending words."""
    names = [name_of(t) for group in TOKENS.values() for t in group]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate token name")
    bare = [n.replace("-", "") for n in names]
    inside = [(a, b) for a in bare for b in bare if a != b and a in b]
    if inside:
        raise SystemExit(f"a token name inside another: {inside}")
    plain = [t for group in TOKENS.values() for t in group if not TRADE.search(t)]
    if 3 * len(plain) < len(names):
        raise SystemExit(f"only {len(plain)} tokens hold no trade word")


def check_new() -> None:
    """No page or sentence of an earlier langfresh set, no earlier token (name before the first dot, case aside)."""
    data = ROOT / "benchmarks" / "data"
    earlier_text, earlier_urls, earlier_tokens = set(), set(), set()
    for d in data.glob("langfresh*"):
        if d.name == OUT.name:
            continue
        for f in d.glob("*.tsv"):
            for line in f.read_text(encoding="utf-8").splitlines():
                cells = line.split("\t")
                earlier_text.update(cells)
                earlier_urls.update(re.findall(r"https?://\S+", line))
                if f.name == "spam.tsv" and len(cells) > 2 and not line.startswith("#"):
                    earlier_tokens.add(name_of(cells[2]))
    ours = [text for _, text in CLEAN] + [text for _, text in SPAM_PAGES]
    if set(ours) & earlier_text:
        raise SystemExit(f"sentence of an earlier set: {set(ours) & earlier_text}")
    urls = {u for u, _ in CLEAN} | {u for u, _ in SPAM_PAGES}
    if urls & earlier_urls:
        raise SystemExit(f"page of an earlier set: {urls & earlier_urls}")
    names = {name_of(t) for group in TOKENS.values() for t in group}
    if names & earlier_tokens:
        raise SystemExit(f"earlier token: {names & earlier_tokens}")


def main() -> None:
    check_new()
    check_tokens()
    texts = [text for _, text in CLEAN] + [text for _, text in SPAM_PAGES]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate sentence")
    if any("\t" in t or "\n" in t for t in texts):
        raise SystemExit("tab or newline in a sentence")
    if {u for u, _ in CLEAN} & {u for u, _ in SPAM_PAGES}:
        raise SystemExit("a page gives both controls and spam cases")
    latin = [t for _, t in SPAM_PAGES if NOT_VIETNAMESE.search(t) or NOT_RUNNING.search(t)]
    if latin:
        raise SystemExit(f"spam sentence with a Latin token: {latin}")
    rows = []
    for _, text, word, tok, place in deal():
        spam = replace_first(text, word, tok)
        if tok in text or spam.count(tok) != 1:
            raise SystemExit(f"token {tok!r} not pasted once: {spam!r}")
        check_place(spam, tok, place)
        rows.append(f"blind\t{spam}\t{tok}\t{word}\t{text}\t{place}\n")
    random.Random(SEED).shuffle(rows)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for url, text in CLEAN:
            f.write(f"blind\tvi\t{url}\t{text}\n")
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        f.writelines(rows)
    print(f"{len(CLEAN)} clean sentences, {len(rows)} spam cases from {len(SPAM_PAGES)} sentences -> {OUT}")


if __name__ == "__main__":
    main()

"""Build ``benchmarks/data/langfresh29/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata45.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh29.py``. Same format as langfresh14-28
(``benchmarks/langid.py --data benchmarks/data/langfresh29 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 29) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-28, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-04) on topics the controls of langfresh22-28 did not have (hotel and flight
  booking platforms (Trip.com, Agoda, Booking.com, Traveloka), messaging apps (Zalo, Viber, Telegram, Messenger,
  WhatsApp), language-learning apps (Duolingo, ELSA Speak), QR-code payments (NAPAS, VNPAY-QR, VietQR), e-wallets
  (MoMo, ZaloPay, ShopeePay, Moca, Payoo) and the licensing of Starlink's satellite internet), each holding real
  Latin tokens a spam detector could take for a pasted token: legitimate domains (Trip.com, Booking.com), CamelCase
  and glued brand names (ZaloPay, ShopeePay, ViettelPay, WhatsApp, VIETQRGlobal, VIETQRPay, QuickPay, TPBank,
  MBBank, Napas247), letter-digit codes (NAPAS 247, 4G, 5G, COVID-19, 189,40 Mbps), English loans and product names
  (online, booking, homestay, flashcard, podcast, laptop, Freemium, Duolingo Math, Duolingo ABC, Lotus Chat, Kakao
  Talk, Play Store, Mobile World Congress, Generation X), a lender's group name holding a trade word (Robocash
  Group), institutions and acronyms (NAPAS, VNPAY, OTA, OTAs, DET, TOEFL, IELTS, AI, CNBC, USD, Mbps, TP.HCM).
* ``spam.tsv`` (``SPAM_PAGES``, ``CASES`` and ``TOKENS``): 78 cases on 78 further real sentences of other pages, of
  page kinds langfresh22-28 did not use (salt making in Bạc Liêu, the Hoàn Kiếm turtle, forest fires in the Mekong
  delta, the Mỹ Sơn sanctuary, teachers of remote mountain schools, the Cà Mau mangroves), one syllable replaced by
  one token (its first whole-word occurrence; columns: split, spam text, token, original word, original sentence,
  place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number`` (as
  langfresh22-28). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from three real lists no earlier set used (langfresh23:
chongluadao.vn; langfresh24: dancharlton9, the Estonian list; langfresh25: hostsVN, TrustPositif; langfresh26: ABPVN,
HaGeZi's gambling list, a thanhtra.com.vn report; langfresh27: Sinfonietta's gambling-hosts; langfresh28: the Block
List Project's gambling list, jarelllama's Scam-Blocklist, mrsbaai/cmc's badlist): the UT1 blacklists' gambling
category (Université Toulouse Capitole, olbat/ut1-blacklists) and ShadowWhisperer's BlockLists Gambling and Scam
lists; written as spam writes them: 13 full domains, 13 letter-digit codes, 13 CamelCase names, 13 bare lower-case
names, 13 digit-led names, 13 hyphenated names; most hold no gambling trade word (``TRADE``). None is an earlier set's
token, in spam_brands.txt or the held-out stems, or a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables
included), none holds a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters or more, and
none is held by an earlier token (all checked before any run). ``deal`` orders each shape's tokens with the seed and
deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh29"
SEED = 29
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
K2 = "https://travelblogger-vn.blogspot.com/2019/04/review-cac-trang-at-phong-online.html"
K3 = "https://www.cimigo.com/vi/trends/dat-ve-du-lich-truc-tuyen"
K4 = ("https://cafef.vn/dung-ngay-thoi-quen-san-ve-tren-app-neu-khong-muon-mat-tien-oan-so-sanh-gia-xong-moi-thay-web-"
      "hang-re-den-giat-minh-188260130123547132.chn")
K5 = "https://hotelbriefing.home.blog/2020/02/06/nhung-dieu-can-ban-ban-can-biet-ve-online-travel-agencies/"
M1 = "https://viettimes.vn/vi-sao-nhieu-nguoi-chuyen-sang-dung-viber-telegram-thay-vi-zalo-post193117.html"
M2 = "https://www.24h.com.vn/cong-nghe-thong-tin/whatsapp-viber-bat-ngo-duoc-tai-nhieu-tai-viet-nam-c55a1725748.html"
M3 = "https://mediaonlinevn.com/2018/07/05/cong-dong-viber-co-mat-tai-viet-nam"
M4 = ("https://dantri.com.vn/cong-nghe/4-ung-dung-nhan-tin-dang-duoc-nguoi-viet-chu-y-sau-tranh-luan-dieu-khoan-"
      "20251229143855505.htm")
M5 = "https://forum.nhuy.info/threads/1953"
D1 = "https://hamchoigame.com/danh-gia-duolinggo-sau-khi-hoc-nam-2024/amp"
D2 = ("https://congngheviet.com/duolingo-nang-cap-mat-khoa-hoc-tieng-anh-voi-nhung-cai-tien-danh-rieng-cho-nguoi-"
      "dung-viet")
D3 = "https://mytour.vn/vi/blog/bai-viet/duolingo.html"
D4 = "https://thatim.com/duolingo-doc-nhu-the-nao"
D5 = "https://topcvai.com/duolingo-la-gi-b3438"
E1 = "https://www.cungtien.com/2024/04/elsa-speak-basic-pronunciations.html"
E2 = ("https://cafef.vn/tap-chi-danh-tieng-forbes-het-loi-ca-ngoi-ung-dung-hoc-tieng-anh-cua-co-gai-nguoi-viet-"
      "20160831213840323.chn")
E3 = ("https://vietnambiz.vn/cu-hich-manh-tu-covid-19-doi-voi-ung-dung-hoc-phat-am-tieng-anh-cua-co-gai-viet-"
      "20201019151900821.htm")
E4 = "https://vietnambiz.vn/co-gai-tao-ung-dung-luyen-phat-am-tieng-anh-de-phuc-vu-15-ty-nguoi-115556.htm"
P1 = "https://thanhnien.vn/napas-mo-rong-phat-trien-he-sinh-thai-thanh-toan-xuyen-bien-gioi-185260211174621273.htm"
P2 = ("https://www.tinnhanhchungkhoan.vn/vietqr-ung-dung-chuan-chung-ve-ma-qr-trong-thanh-toan-di-dong-tai-viet-nam-"
      "post285779.html")
P3 = ("https://thoibaotaichinhvietnam.vn/vietqrpay-mo-duong-cho-chuan-thanh-toan-moi-giup-minh-bach-va-quan-ly-dong-"
      "tien-187247.html")
P4 = ("https://forum.banhungcagiunuoc.vn/posts/t123-Cac-loai-QR-Code-thanh-toan-khong-tien-mat-o-Viet-Nam--su-khac-"
      "nhau-nhu-the-nao")
W1 = "https://vietnamnet.vn/lo-dien-nhung-vi-dien-tu-so-1-tai-viet-nam-i37816.html"
W2 = "https://cafef.vn/viet-nam-dang-co-40-vi-dien-tu-dang-hoat-dong-momo-chiem-458-thi-phan-2022121514582911.chn"
W3 = ("https://thuonghieucongluan.com.vn/vi-dien-tu-phuong-thuc-thanh-toan-tien-loi-cac-giao-dich-truc-tuyen-"
      "a130493.html")
W4 = "https://vietnambusinessinsider.vn/app-ngan-hang-nuot-chung-vi-dien-tu-momo-con-tru-duoc-bao-lau-a50769.html"
W5 = "https://theleader.vn/chia-lai-thi-phan-vi-dien-tu-viet-nam-1684921124442.htm"
W6 = "https://www.anninhthudo.vn/cuoc-chien-vi-dien-tu-tram-hoa-dua-no-chi-vai-vi-quen-mat-post446476.antd"
W7 = "https://thesaigontimes.vn/momo-moca-va-zalopay-chiem-90-thi-phan-nguoi-dung-vi-dien-tu/"
T1 = ("https://dautu.kinhtechungkhoan.vn/600000-thue-bao-starlink-dau-tien-tai-viet-nam-ai-se-duoc-uu-tien-ket-noi-"
      "290122.html")
T2 = "https://vinhxuyen.vn/blogs/news/starlink-chinh-thuc-vao-viet-nam"
T3 = "https://vnfocus.vn/2025/03/27/viet-nam-cho-phep-dich-vu-internet-starlink-cua-spacex-hoat-dong"
T4 = "https://internet-starlink.com/tuong-lai-cua-wifi-ve-tinh-tai-viet-nam-va-ke-hoach-phat-trien-cua-starlink"
T5 = "https://vnexpress.net/internet-ve-tinh-cua-musk-dang-duoc-su-dung-the-nao-4866327.html"
T6 = ("https://vnreview.vn/threads/600-000-thue-bao-starlink-dau-tien-tai-viet-nam-ai-se-duoc-trai-nghiem.61291/"
      "post-63160")
T7 = "https://dientuungdung.vn/starlink-cua-elon-musk-chinh-thuc-duoc-thi-diem-tai-viet-nam-8515.html"

CLEAN = [
    # hotel and flight booking platforms (Traveloka, Agoda, Booking.com, Trip)
    (K2, "Đây là các trang website đại lý du lịch online (viết tắt OTA: online travel agency), đây là các trang trung gian kết nối với các khách sạn để cho phép khách hàng đặt phòng giữ chỗ tại khách sạn."),
    (K2, "Bạn hãy cho khách sạn xem xác nhận booking đã thanh toán hay chưa thanh toán, sau đó nếu không được thì liên hệ với hỗ trợ của trang bạn đã đặt."),
    (K3, "Theo nghiên cứu Thói quen du lịch Việt Nam 2025 của Cimigo, xu hướng đặt phòng du lịch tại Việt Nam chịu ảnh hưởng bởi nhiều yếu tố."),
    (K3, "Dù là chuyến bay, khách sạn, trải nghiệm hay lịch trình trọn gói, các nền tảng đa dịch vụ trực tuyến (như Traveloka, Agoda và Booking.com) dẫn đầu về mức độ sử dụng và độ tin cậy."),
    (K4, "Khảo sát chặng bay khứ hồi giữa TP.HCM và Bangkok trong cùng thời điểm tháng 3 năm 2026 cho thấy giá vé đặt qua Momo rơi vào khoảng 3 triệu đồng."),
    (K4, "Tương tự, khi đặt vé máy bay trên các nền tảng Traveloka hay Trip cho chuyến du lịch đến Bangkok, hành khách sẽ phải trả hơn 3,4 triệu đồng cho vé khứ hồi đi từ TP.HCM."),
    (K4, "Trong khi đó mức giá quy đổi tương đương trên hệ thống trực tiếp của hãng hàng không là khoảng 111,13 USD tức là hơn 2,8 triệu đồng chưa tính các khoản phí phát sinh tùy thuộc vào phương thức thanh toán quốc tế."),
    (K4, "Tuy nhiên, với nhiều du khách việc đặt vé máy bay trên Momo lại vô cùng tiện lợi bởi chính sách hoàn tiền nhanh gọn nếu người mua xác nhận huỷ vé trong thời hạn quy định."),
    (K5, "Trong bài đầu tiên mở hàng cho năm mới này, chúng ta sẽ nói về Online Travel Agencies (gọi tắt là OTAs)."),
    (K5, "OTAs là viết tắt của cụm từ Online Travel Agencies."),
    (K5, "Các topic và bài viết về OTAs này nằm trong chùm chủ đề xoay quanh các kênh phân phối của khách sạn, là một chủ đề rất rộng cũng như rất sâu, được lên lịch rất nhiều bài viết trong tương lai, lại bao gồm nhiều khái niệm từ lạ cho đến khó."),
    (K5, "Sở dĩ đây là chủ đề mà Hotel Briefing lên kế hoạch chú trọng, một phần là vì nó thực sự quan trọng đối với doanh thu và sự phát triển bền vững của một khách sạn, hai là theo quan sát thì các bạn không được tiếp xúc nhiều trong trường lớp cao đẳng hay đại học."),
    # messaging apps (Zalo, Viber, Telegram, Messenger, WhatsApp)
    (M1, "Mức độ riêng tư và các tính năng là lý do nhiều người dùng Việt Nam chọn các ứng dụng nhắn tin nước ngoài như Viber và Telegram thay vì Zalo."),
    (M1, "Một trong những lý do khiến Viber được cân nhắc thay thế Zalo là cách tiếp cận khá tối giản."),
    (M1, "Khác với Zalo vốn phát triển theo hướng tích hợp nhiều chức năng phụ, Viber tập trung vào chức năng liên lạc: nhắn tin, gọi thoại, gọi video."),
    (M1, "Viber vì thế phù hợp với người cần nhắn tin và gọi ổn định trong các nhóm gia đình hoặc đồng nghiệp quy mô vừa phải."),
    (M2, "Bảng xếp hạng ứng dụng tải nhiều trên iOS ngày 30/12 ghi nhận WhatsApp và Viber là hai ứng dụng được tải nhiều nhất - điều hiếm khi xảy ra trước đây, trong khi Telegram đứng thứ 5."),
    (M2, "Một số ứng dụng nhắn tin phổ biến như Zalo, Messenger, Signal, Lotus ở ngoài top 30 dù trước đó Zalo thường xuyên có mặt trong top 10."),
    (M2, "Tính riêng hạng mục mạng xã hội trên iPhone, Zalo xuống top 7, Lotus Chat thứ 12."),
    (M2, "Trên Android, Zalo vẫn ở vị trí cao, tuy nhiên các ứng dụng như Viber, Discord liên tục cạnh tranh và làm thay đổi thứ hạng trong nhóm ứng dụng liên lạc của Play Store."),
    (M2, "Hiện chưa có báo cáo cụ thể liên quan đến lý do Viber, WhatsApp bất ngờ được tải nhiều."),
    (M2, "Trong khi trước đó, theo báo cáo tổng kết năm 2025 của nền tảng hạ tầng Internet là Cloudflare, Zalo là công cụ nhắn tin phổ biến nhất tại Việt Nam, đồng thời ghi dấu trên bản đồ Internet thế giới khi vào top 10 dịch vụ nhắn tin được sử dụng nhiều, được thống kê qua dịch vụ VPN 1.1.1.1."),
    (M2, "Từ 26/12, nhiều người dùng Zalo nhận được thông báo về điều khoản dịch vụ mới."),
    (M3, "Viber, một trong những ứng dụng nhắn tin hàng đầu thế giới, ngày 4-7-2018 tại TP.HCM đã công bố ra mắt Cộng đồng Viber tại Việt Nam."),
    (M3, "Được công bố hội tháng 3-2018 tại Đại hội Di động Thế giới (Mobile World Congress) ở Barcelona, Cộng đồng Viber đã dần dần được triển khai trên toàn cầu, và nay đã tới Việt Nam, nơi đang có 25 triệu người đăng ký sử dụng Viber."),
    (M4, "Với người dùng Việt Nam, cái tên quen thuộc nhất vẫn là Facebook Messenger."),
    (M4, "Ứng dụng do Meta phát triển, cho phép nhắn tin, gọi thoại và gọi video miễn phí trên cả điện thoại lẫn máy tính."),
    (M4, "Lợi thế lớn nhất của Messenger nằm ở độ phổ biến và sự tiện lợi khi gắn liền với Facebook."),
    (M4, "Dữ liệu gửi qua Messenger cũng được lưu trữ trong thời gian dài, thuận tiện cho việc tìm lại."),
    (M4, "Nếu Messenger đại diện cho sự tiện lợi, Telegram lại nổi bật nhờ tính linh hoạt và khả năng mở rộng."),
    (M5, "Whatsapp và Viber là hai trong số các phần mềm nổi tiếng nhất cho phép gọi điện, nhắn tin, gửi hình ảnh miễn phí giữa smartphone với nhau."),
    (M5, "Họ chỉ cần vào App Store hay Android Market tải về, đăng nhập số điện thoại và máy sẽ tự động gửi mã xác thực, tìm kiếm trong danh bạ những bạn bè đã tham gia ứng dụng, từ đó, dễ dàng gọi điện, nhắn tin miễn phí khi kết nối Internet."),
    (M5, "Tuy nhiên, nếu xét về sự có mặt chính thức thì Wechat của Tencent là ứng dụng xuất hiện đầu tiên trên thị trường trong nước từ tháng 4/2012."),
    (M5, "Trong khi đó, 2 ứng dụng miễn phí khác là Kakao Talk của Hàn Quốc và Line của Nhật Bản cũng đồng thời đổ bộ vào Việt Nam với các chiến dịch truyền thông quy mô không kém."),
    # language-learning apps (Duolingo, ELSA Speak)
    (D1, "Duolingo English test (DET) là bài thi tiếng Anh trực tuyến của nền tảng học ngôn ngữ phổ biến nhất thế giới - Duolingo."),
    (D1, "Cùng với TOEFL và IELTS, chứng chỉ DET được gần 4.800 đại học trên thế giới công nhận, 2/3 là các trường ở Mỹ."),
    (D1, "Luis von Ahn, nhà sáng lập và giám đốc Duolingo, cho biết công ty đã đầu tư vào hệ thống bảo mật dựa trên AI để người thi có thể làm bài ở bất cứ đâu."),
    (D1, "Thí sinh lấy chứng chỉ TOEFL, IELTS phải đến tận trung tâm khảo thí, làm bài thi trong 2-3 giờ và chi trả hơn 200 USD lệ phí."),
    (D2, "Duolingo vừa chính thức giới thiệu bản cập nhật mới nhất của khóa học tiếng Anh dành riêng cho người dùng Việt Nam."),
    (D2, "Xuyên suốt khóa học, Duolingo còn bổ sung các ví dụ hoặc từ vựng gần gũi với ngữ cảnh Việt Nam như Hà Nội, Thành phố Hồ Chí Minh hay cà phê Việt Nam để mỗi bài học trở nên quen thuộc hơn với người dùng."),
    (D3, "Duolingo cung cấp hơn 100 khóa học với hơn 40 ngôn ngữ khác nhau, bao gồm một số ngôn ngữ hiếm."),
    (D3, "Công ty áp dụng mô hình Freemium với hơn 500 triệu người dùng đã đăng ký."),
    (D3, "Phiên bản Plus của Duolingo giúp loại bỏ quảng cáo và cung cấp thêm tính năng."),
    (D3, "Duolingo còn có chương trình chứng nhận Duolingo English Test và ứng dụng học viết dành cho trẻ em mang tên Duolingo ABC."),
    (D3, "Công ty cũng đã phát hành ứng dụng toán học cấp tiểu học gọi là Duolingo Math, hiện chỉ có trên iOS."),
    (D4, "Mỗi Unit trong Duolingo sẽ có nhiều bài học khác nhau với các dạng bài tập nghe-nói, flashcard, sắp xếp câu và các câu hỏi trắc nghiệm."),
    (D4, "Ngoài ra, ứng dụng này cũng đưa ra các tính năng khác để hỗ trợ người học như podcast, câu chuyện và bảng xếp hạng."),
    (D5, "Duolingo hiện có mặt tại tất cả các nền tảng điện tử như điện thoại thông minh, máy tính bảng, laptop,..."),
    (D5, "Nhiều người lầm tưởng rằng Duolingo là ứng dụng chỉ để học tiếng Anh, nhưng thực ra còn hơn thế nữa."),
    (E1, "Được xây dựng trên kho dữ liệu hơn 200 triệu giờ giọng nói, ELSA không đoán ý bạn, mà phân tích cấu trúc vật lý của âm thanh."),
    (E2, "Mới đây, tạp chí Forbes danh tiếng đã đăng tải một bài viết ca ngợi ELSA - app luyện phát âm sử dụng công nghệ AI do một cô gái người Việt phát triển."),
    (E2, "Thế nhưng kể từ khi bắt đầu theo học Thạc sỹ Quản trị kinh doanh tại Đại học Stanford, Mỹ, cô bắt đầu nhận ra khả năng phát âm kém đã và đang cản trở cô rất nhiều trong việc học."),
    (E3, "Khi dịch COVID-19 bùng phát khắp thế giới, số lượng người dùng phần mềm học phát âm ELSA tăng gấp 3 lần mỗi tháng."),
    (E3, "Một trong số những app ấy là ELSA, một nền tảng học ngôn ngữ dựa trên trí tuệ nhân tạo, giúp những người học tiếng Anh như ngôn ngữ thứ hai có thể cải thiện kĩ năng nói và phát âm thông qua những bài tập ngắn trên app, theo CNBC."),
    (E3, "Khi đại dịch COVID-19 bùng phát, số lượng người sử dụng ELSA tăng vọt lên khoảng 11 triệu."),
    (E4, "Ra trường, Hồng Vũ đảm nhận những công việc có mức lương hậu hĩnh - như trợ lý Tổng giám đốc của tập đoàn vận tải và năng lượng Maersk (hoạt động ở 136 quốc gia), trưởng dự án cấp cao của Booz & Company (một trong 4 tập đoàn tư vấn nổi danh nhất nước Mỹ)."),
    (E4, "Ra đời năm 2015, ELSA ứng dụng trí tuệ nhân tạo để giúp người học tiếng Anh cải thiện khả năng phát âm."),
    # QR-code payments (NAPAS, VNPAY-QR, VietQR)
    (P1, "Theo thỏa thuận, NAPAS và VNPAY sẽ phối hợp phát triển nhiều nhóm dịch vụ trọng tâm như dịch vụ chuyển nhanh NAPAS 247, dịch vụ thanh toán bằng mã QR (VIETQRPay)."),
    (P1, "Thanh toán xuyên biên giới bằng mã QR (VIETQRGlobal) là một nội dung hợp tác quan trọng trong thỏa thuận."),
    (P1, "Theo đó, du khách quốc tế đến Việt Nam có thể thanh toán bằng phương thức quét mã VIETQRGlobal tại các điểm chấp nhận thanh toán thuộc mạng lưới VNPAY."),
    (P2, "Chuyển nhanh Napas247 bằng mã VietQR đang ngày càng trở nên thông dụng."),
    (P2, "Mã QR tiện lợi bởi tạo mã rất đơn giản với chi phí thấp."),
    (P3, "Giao dịch VietQR đang bùng nổ với khoảng 15 triệu lượt mỗi ngày, chiếm gần một nửa tổng giao dịch qua NAPAS."),
    (P3, "Trung bình mỗi ngày NAPAS xử lý khoảng 35 triệu giao dịch, khoảng 15 triệu là giao dịch thanh toán quét mã VietQR."),
    (P3, "Điều này thể hiện thanh toán VietQR đã len lỏi mọi ngõ ngách của cuộc sống, từ chợ dân sinh đến các hàng quán vỉa hè, gửi xe…"),
    (P4, "Gần đây anh em có thể nhận thấy những cửa hàng chấp nhận thanh toán bằng cách quét mã QR code ngày càng nhiều."),
    (P4, "VNPAY-QR là sản phẩm của Công ty Cổ phần Giải pháp Thanh toán Việt Nam."),
    (P4, "Các ứng dụng phổ biến để thanh toán bằng VNPAY-QR như Vietcombank, BIDV, Agribank, MBBank, VIB, VPBank, TPBank QuickPay…"),
    (P4, "Rõ ràng, VNPAY-QR có lợi thế rất lớn là việc có sẵn trong ứng dụng của những ngân hàng phổ biến tại Việt Nam."),
    # e-wallets (MoMo, ZaloPay, ShopeePay, Moca, Payoo)
    (W1, "MoMo và Payoo cùng chia nhau hai vị trí số 1 trên thị trường ví điện tử tại Việt Nam xét theo từng tiêu chí khác nhau."),
    (W1, "Theo đó, MoMo (Công ty CP dịch vụ Di động trực tuyến) dẫn đầu thị trường khi xét về tổng số lượng giao dịch."),
    (W1, "MoMo là ví điện tử dành cho người dùng cuối."),
    (W1, "Người dùng cài đặt MoMo trên smartphone của họ và thanh toán tại các điểm chấp nhận, do đó phát sinh rất nhiều giao dịch."),
    (W2, "Thị trường ví điện tử Việt Nam đang bùng nổ với 90% thị phần thuộc về 3 ví Momo, Moca và ZaloPay."),
    (W2, "Ngoài ba ví đã đề cập bên trên, thị trường e-wallet Việt Nam còn có ba đối thủ cạnh tranh lớn khác: ShopeePay (AirPay), ViettelPay và VNPT Pay."),
    (W2, "Theo nghiên cứu của Decision Lab, cuối năm 2021, 56% dân số Việt Nam sử dụng Momo, 17% - ShopeePay, 14% - ZaloPay, 8% - ViettelPay, 2% - Moca và 1% - VNPT Pay."),
    (W2, "Robocash Group là một tập đoàn tài chính chuyên cung cấp các dịch vụ tài chính ở khu vực châu Á và châu Âu."),
    (W3, "Theo khảo sát của công ty nghiên cứu thị trường Nielsen Việt Nam, Momo là ví điện tử chiếm thị phần lớn nhất tại Việt Nam với tỷ lệ 46% (47% tại TP HCM, 30% tại Hà Nội)."),
    (W3, "Moca liên kết với ứng dụng gọi xe Grab thực hiện thanh toán cước phí xe hợp đồng, giao hàng hàng nhanh, mua sắm trực tuyến trong hệ sinh thái Moca và Grab…"),
    (W4, "Ở nhóm Generation X, MoMo chiếm 35%, cao gấp ba lần ZaloPay và bỏ xa ShopeePay."),
    (W4, "Sang Generation Y, tỷ lệ này tăng lên 43%."),
    (W4, "Dữ liệu khảo sát của Decision Lab cho thấy MoMo gần như thống lĩnh ở mọi thế hệ người dùng."),
    (W5, "Ví điện tử nằm trong hệ sinh thái Grab Việt Nam đã bất ngờ tụt xuống vị trí thứ 6, với mức độ thâm nhập thị trường chỉ là 7%, theo Decision Lab."),
    (W5, "So với 3 năm trước, bảng xếp hạng này được bổ sung thêm ví điện tử ShopeePay xếp thứ 4, và xếp thứ 5 là ví điện tử VNPay - Kỳ lân thứ 2 của Việt Nam."),
    (W6, "Trong đó, Momo dẫn đầu thị trường, đạt 73% mức độ nhận biết thương hiệu."),
    (W6, "Báo cáo của Q&Me cho biết, trong khi Momo áp đảo thị trường, thì AirPay phổ biến với những người mua sắm trực tuyến, Zalo thu hút nữ giới nhờ tích hợp chức năng trò chuyện thân thiện, ViettelPay phổ biến ở miền Bắc do thế mạnh kinh doanh và xây dựng thương hiệu ở thị trường này."),
    (W7, "Ngày 25-3, công ty nghiên cứu thị trường Cimigo công bố kết quả nghiên cứu về nhận định và hành vi của người dùng đối với các thương hiệu ví điện tử phổ biến tại Việt Nam."),
    (W7, "Theo Cimigo, xét về giá trị giao dịch (số tiền phải trả cho mỗi lần giao dịch), người sử dụng MoMo có số chi tiêu bình quân trong ngày là 520.000 đồng, kế đó là người dùng Moca với giá trị giao dịch trung bình trong ngày là 506.000 đồng và người dùng ZaloPay là 441.600 đồng."),
    # the licensing of Starlink's satellite internet
    (T1, "Việt Nam đã chính thức cấp phép cho dịch vụ Internet vệ tinh Starlink hoạt động thử nghiệm trong vòng 5 năm, với số lượng tối đa lên tới 600.000 thuê bao."),
    (T1, "Trong giai đoạn đầu, Starlink sẽ ưu tiên cung cấp cho các cá nhân, tổ chức ở vùng sâu, vùng xa, hải đảo, nơi chưa có hạ tầng Internet cáp quang hoặc sóng 4G ổn định."),
    (T2, "Ngày 23/3/2025, Thủ tướng Chính phủ đã ký ban hành Quyết định số 659/QĐ-TTg, cho phép Tập đoàn SpaceX (Hoa Kỳ) chính thức thí điểm cung cấp dịch vụ Internet vệ tinh Starlink tại Việt Nam."),
    (T3, "Hiện vẫn chưa rõ liệu SpaceX đã nộp đơn xin cấp phép để triển khai dịch vụ tại Việt Nam hay chưa."),
    (T3, "Starlink hiện đang hoạt động tại hơn 120 thị trường trên toàn cầu."),
    (T4, "SpaceX dự kiến đầu tư 1,5 tỷ USD vào Việt Nam để triển khai Starlink, gồm 10–15 trạm mặt đất, trạm đầu tiên đặt tại Đà Nẵng vào 6/2025."),
    (T4, "Tháng 10/2023, Starlink đạt tốc độ tải 189,40 Mbps tại Việt Nam, cho thấy tiềm năng lớn khi triển khai."),
    (T5, "Với Yuge Masanori, thanh niên rời thành phố để theo đuổi cuộc sống thiên nhiên ở vùng núi hẻo lánh thuộc tỉnh Ehime (Nhật Bản), Starlink là phương tiện kết nối anh với bạn bè, cũng như chia sẻ cuộc sống qua những video quay được."),
    (T6, "Ông Nguyễn Thành Chung, Cục trưởng Cục Viễn thông (Bộ KH-CN), cho biết Cục đang tích cực làm việc với Tập đoàn SpaceX để hỗ trợ doanh nghiệp này hoàn thiện các khâu chuẩn bị cần thiết trước khi có thể chính thức hoạt động tại Việt Nam."),
    (T6, "Tại buổi làm việc với Phó Thủ tướng Nguyễn Chí Dũng vào đầu tháng 4 năm 2025, Bộ trưởng Bộ Khoa học và Công nghệ (KH-CN) Nguyễn Mạnh Hùng đã xác định một trong hai nhiệm vụ chính của bộ trong năm nay là thí điểm dịch vụ internet vệ tinh Starlink, bên cạnh việc tăng tốc độ internet di động bằng nâng cấp mạng 5G."),
    (T7, "Starlink - dự án mang tham vọng của tỉ phú Elon Musk - giờ đây không còn là một khái niệm xa vời với người Việt."),
    (T7, "Công nghệ vệ tinh quỹ đạo thấp của Starlink mang trong mình một sức mạnh khác biệt."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
A1 = "https://vntix.com/tin-tuc/canh-dong-muoi-trang-dong-hai"
A2 = "https://vieclam.tctshop.vn/?p=2463"
A3 = "https://giaothong360.com.vn/thi-truong/phat-trien-ben-vung-nghe-muoi-bac-lieu-tintuc74978"
A4 = "https://lite.baomoi.com/giu-nghe-lam-muoi-o-bac-lieu-c51406588.epi"
A5 = "https://dulich360.com.vn/nghe-muoi-bac-lieu-dai-phat-thanh-truyen-hinh-vinh-long.html"
A6 = "https://baomoi.com/tag/v%E1%BB%A5-mu%E1%BB%91i.epi"
R1 = "https://thanhnien.vn/pages/20101218/chuyen-tieu-ban-rua-ho-guom.aspx"
R2 = "http://lybichthuy.blogspot.com/2016/01/chuyen-cu-rua-v-ho-guom-c-u-ru-h-o-hoan.html"
F1 = "https://vietgiaitri.com/chay-hang-tram-hecta-rung-tram-o-u-minh-thuong-20150405i1871917"
F2 = "https://nhandan.vn/khong-de-chay-rung-lan-ra-dien-rong-post804312.html"
F3 = "http://plo.vn/thoi-su/chay-hon-30-ha-rung-o-u-minh-thuong-542597.html"
F4 = "https://thiennhien.net/2008/04/16/rung-u-minh-ha-cang-minh-gac-lua"
F5 = "http://www.vietnamplus.vn/an-giang-chay-lon-thieu-rui-gan-30ha-rung-tram-tai-sinh/442554.vnp"
F6 = "https://www.sggp.org.vn/dbscl-cang-minh-phong-chong-chay-rung-post842262.html"
Y1 = "https://m.baogialai.com.vn/huyen-bi-thap-cham-ngan-nam-trong-long-thanh-dia-post18388.amp"
Y2 = "https://tiasang.com.vn/chuyen-de/khoa-hoc-va-nghe-thuat/thanh-dia-my-son-con-duong-than-dao"
Y3 = "https://mytourblogs.com/bai-viet/ve-dep-cua-thanh-dia-my-son-4770.html"
Y4 = "https://dulichgo.blogspot.com/2010/10/du-lich-thanh-ia-my-son.html"
G1 = "https://danviet.vn/thay-giao-cam-ban.html"
G2 = "https://vtv8.vtv.vn/vtv8/nghia-tinh-voi-hoc-sinh-vung-cao-202111201703088.htm"
G3 = ("https://vtv.vn/tam-long-viet/20-nam-chang-quen-noi-mot-cung-duong-cac-thay-co-giao-vung-cao-van-miet-mai-len-"
      "lop-20190617120337765.htm")
G4 = "https://vietbao.vn/duong-den-truong-vua-di-vua-nga-cua-giao-vien-cam-ban-o-dien-bien-558326.html"
G5 = "https://baomoi.net.vn/tag/Ch%C3%A0-L%C3%A2ng.epi"
N1 = "https://kienthuc.net.vn/di-san/hinh-anh-ma-mi-nhu-co-tich-trong-rung-duoc-ca-mau-594570.html"
N2 = ("https://danviet.vn/khu-rung-ngap-man-ca-mau-noi-tieng-toi-noi-thay-canh-dep-nhu-phim-duoi-ca-tom-tren-chim-"
      "troi-20230706135355775.htm")
N3 = "http://dulichvn.org.vn/index.php/item/kham-pha-xuyen-rung-duoc-ngap-man-dat-mui-ca-mau-39750"
N4 = "https://doanhnhansaigon.vn/print/297678.html"
N5 = "https://epma.vn/cay-duoc-ca-mau-dung-si-bao-ve-bo-bien"
N6 = ("https://kienthuc.net.vn/khoa-hoc-cong-nghe/dieu-bat-ngo-ve-rung-ngap-man-lon-thu-nhi-the-gioi-o-viet-nam-"
      "1779576.html")

SPAM_PAGES = [
    # vntix.com, vieclam.tctshop.vn, giaothong360.com.vn, baomoi.com, dulich360.com.vn (salt making in Bạc Liêu)
    (A1, "Huyện Đông Hải là nơi sản xuất và cung ứng muối nguyên liệu lớn nhất của tỉnh Bạc Liêu."),
    (A1, "Toàn huyện có hàng trăm hộ làm nghề muối với sản lượng cung ứng ra thị trường một năm khoảng 20.000 tấn."),
    (A1, "Người làm nghề có thể là chủ ruộng muối, thành viên tổ hợp tác làm muối hoặc những người làm thuê."),
    (A1, "Từ sáng sớm và chiều muộn, những diêm dân ra đồng cào muối."),
    (A1, "Nghề muối khá cực nhọc."),
    (A1, "Người làm phải đội nắng để làm các công đoạn thu hoạch muối."),
    (A1, "Từ lúc bơm nước biển vào ruộng muối đến khi muối kết tinh và cho thu hoạch mất khoảng hơn 1 tháng."),
    (A1, "Trong trường hợp có mưa trái mùa, cánh đồng muối có thể bị ảnh hưởng làm giảm sản lượng, thậm chí không thu hoạch được."),
    (A1, "Nhiều người dân cho biết, dù giá muối giảm nhưng vẫn duy trì nghề, vì đây là “truyền thống”."),
    (A2, "Những năm về sau, sản lượng có giảm, giai đoạn 2021-2023 bình quân mỗi năm gần 27.000 tấn."),
    (A2, "Nghề muối tỉnh Bạc Liêu là nghề thủ công truyền thống, phụ thuộc hoàn toàn vào thời tiết nên trải qua nhiều thăng trầm trong quá trình sản xuất và phát triển."),
    (A2, "Hiện nay, diêm dân Bạc Liêu làm muối với 2 hình thức chủ yếu là trên sân đất (truyền thống) và sân trải bạt."),
    (A3, "Trên cánh đồng muối xã Long Điền Đông, huyện Đông Hải, những ngày này, diêm dân đang tất bật thu hoạch muối."),
    (A3, "Nắng to, gió mạnh là điều kiện thuận lợi để muối kết tinh nhanh, rút ngắn thời gian thu hoạch."),
    (A3, "Mặc dù giá sụt giảm nhưng diêm dân vẫn có lãi, do sản lượng cao."),
    (A3, "Bà con chỉ mong giá muối ổn định, giữ được giá như hiện nay là có lợi nhuận, yên tâm sản xuất."),
    (A4, "Muối Bạc Liêu rất nổi tiếng vì chất lượng cao, hạt muối có độ mặn không đắng chát."),
    (A5, "Muốn có được hạt muối không đơn giản chút nào."),
    (A5, "Thứ nhất, Bạc Liêu sản xuất đến 3 loại muối, đó là muối trắng, muối bạc và muối đen."),
    (A6, "Diêm dân trên địa bàn các huyện Đông Hải, Hòa Bình của tỉnh Bạc Liêu đang tất bật chuẩn bị cho vụ sản xuất niên vụ mới."),
    # thanhnien.vn, lybichthuy.blogspot.com (the Hoàn Kiếm turtle)
    (R1, "Nhìn đám bọt ấy, người ta biết rằng cụ đã bị thương."),
    (R1, "Cơ quan công an đã vào cuộc và xác định người sát thương “cụ rùa” là một người của quốc doanh cá khi đánh cá ở hồ mấy ngày trước đó."),
    (R1, "Trên mai rùa, cũng có một lỗ thủng lớn gần bằng bàn tay."),
    (R1, "Đây được cho là dấu tích của vết xà beng đã dẫn đến cái chết của rùa."),
    (R1, "“Cụ rùa” được đưa về hồ nước trong công viên Bách Thảo rồi lại được chuyển tới căn nhà số 90 phố Thợ Nhuộm cứu chữa, nhưng do vết thương quá nặng nên đã chết trong chiều hôm đó."),
    (R2, "Xa xưa, hồ này có tên là hồ Lục Thủy, hồ Tả Vọng, sau đó được đổi tên theo truyền thuyết vua Lê Thái Tổ trả gươm, nên gọi là hồ Hoàn Kiếm/hồ Gươm."),
    (R2, "Trên gò đất nổi trong lòng hồ có một ngọn tháp, nơi rùa thường bò lên đẻ trứng nên được gọi là tháp Rùa (Quy Sơn tháp)."),
    (R2, "Tháp xây bằng gạch, có mặt bằng hình chữ nhật, gồm 4 tầng, có 5 cửa dạng vòm."),
    (R2, "Tầng chóp có mái dạng phương đình 4 mái."),
    # vietgiaitri.com, nhandan.vn, plo.vn, thiennhien.net, vietnamplus.vn, sggp.org.vn (forest fires)
    (F1, "Hơn nữa, do thời tiết khô hạn nên mực nước các con kênh xung quanh khu rừng đều xuống rất thấp, máy bơm không thể hoạt động, tất cả đều phải trông chờ vào khoảng 30 phao bơm."),
    (F2, "Một số cây tràm thưa thớt còn sót lại đang héo quắt, chờ chết."),
    (F2, "Các thành viên ai cũng bơ phờ."),
    (F3, "Nắng nóng cộng với gió to đã làm đám cháy lan nhanh."),
    (F3, "Đến hơn 19 giờ tối cùng ngày, đám cháy cơ bản đã được khống chế."),
    (F3, "Nguyên nhân vẫn chưa xác định được."),
    (F4, "Từ cán bộ giữ rừng đến cư dân nơi đây không giấu được nỗi lo âu."),
    (F4, "Dưới chân rừng, nước đã cạn kiệt, trên nhiều thang canh lửa, những đôi mắt trông lửa rừng đang căng hết cỡ."),
    (F4, "Vào giữa “ruột rừng” với các chiến sĩ đang làm nhiệm vụ mới thấy cái nóng của đất trời và của lòng người giữ rừng."),
    (F5, "Ngay sau khi vụ cháy được phát hiện, cùng với lực lượng tại chỗ, tỉnh An Giang đã huy động hàng trăm cán bộ, chiến sỹ thuộc lực lượng vũ trang đóng chân trên địa bàn và nhân dân tham gia chữa cháy, khống chế ngọn lửa."),
    (F5, "Phó Chủ tịch Ủy ban nhân dân tỉnh An Giang Lâm Quang Thi có mặt tại hiện trường trực tiếp chỉ huy công tác dập lửa “cứu” rừng."),
    (F6, "Trước tình hình này, lực lượng chức năng đã chủ động triển khai nhiều biện pháp phòng chống, kiên quyết không để xảy ra cháy lan, cháy lớn."),
    # baogialai.com.vn, tiasang.com.vn, mytourblogs.com, dulichgo.blogspot.com (the Mỹ Sơn sanctuary)
    (Y1, "Nơi đây từng có một đền tháp đầu tiên được làm bằng gỗ nhưng sau đó bị thiêu cháy."),
    (Y1, "Các đời vua sau đó tiếp tục tu sửa và xây mới các đền tháp bằng gạch để thờ cùng các vị thần."),
    (Y1, "Những ngôi đền ở Mỹ Sơn được làm bằng gạch đỏ."),
    (Y1, "Chạm khắc trang trí đã được cắt trực tiếp vào những viên gạch."),
    (Y1, "Sau khi vương quốc Chiêm Thành tàn lụi, Thánh địa Mỹ Sơn đã chìm trong lãng quên hàng thế kỷ và đến năm 1885 mới được phát hiện."),
    (Y2, "Mặt trời điểm chính Ngọ, ánh nắng gay gắt phủ xuống vùng thung lũng hẹp, ẩn nấp giữa những rặng núi thấp – thánh địa Mỹ Sơn hiện lên kỳ bí và trang nghiêm."),
    (Y3, "Hàng năm, nơi này đón hàng trăm ngàn du khách đến chiêm ngưỡng vùng đất từng là kinh đô của người Chămpa."),
    (Y4, "Mỹ Sơn có lẽ được bắt đầu xây dựng vào thế kỷ 4."),
    # danviet.vn, vtv8.vtv.vn, vtv.vn, vietbao.vn, baomoi.net.vn (teachers of remote mountain schools)
    (G1, "Chúng tôi đặt chân đến bản Huổi Cấu, xã Nậm Vì, huyện Mường Nhé, tỉnh Điện Biên khi những tia nắng cuối cùng trong ngày tan vào gió núi, nhường chỗ cho cái lạnh tê tái phủ trùm lên những mái tranh nghèo trên các bản làng miền sơn cước."),
    (G1, "Suốt hơn 20 năm gieo chữ ở xã Nậm Tha – một trong những xã vùng cao đặc biệt khó khăn của huyện Văn Bàn, tỉnh Lào Cai, thầy giáo Trần Đình Phúc cùng các giáo viên nơi đây đã kiên trì bám bản, bám lớp, cống hiến hết mình cho sự nghiệp trồng người ở nơi rẻo cao."),
    (G2, "Dạy học tại các huyện miền núi luôn gắn liền với nhiều vất vả, khó khăn."),
    (G2, "Nhất là lại gắn bó với các điểm trường lẻ trên miền biên viễn."),
    (G2, "Tiền Phong chưa phải là xã xa nhất của Quế Phong nhưng việc dạy học của giáo viên tiểu học, mầm non cắm bản tại Na Sành thì lại vô cùng khó khăn, vất vả."),
    (G2, "Đường vào điểm trường ghồ ghề, trơn trượt, đến nước sinh hoạt các cô cũng phải chắt chiu từng giọt."),
    (G2, "Khó nhất với các thầy cô là vận động học sinh không bỏ học."),
    (G2, "Cô Lê Thị Hạnh là 1 trong 2 giáo viên vừa được vinh danh giáo viên tiêu biểu toàn quốc."),
    (G2, "Học sinh không có sách vở, áo quần thầy cô vận động, đóng góp."),
    (G2, "Học trò vùng cao vốn nhút nhát, rụt rè, nay quấn quýt bên cô."),
    (G3, "Ở miền núi, các điểm bản nằm cách xa nhau, đường đi trong điều kiện bình thường đã hiểm trở, nhiều khó khăn."),
    (G3, "Có không ít thầy cô đã mất 10 năm, 20 năm để làm quen nhưng chẳng thể quen những cung đường đồi núi hiểm trở."),
    (G4, "Trên đường đến điểm bản Nậm Nhừ 3, cô ngã xe, đầu gối sưng to, tràn dịch khớp, và phải nhờ đồng nghiệp cõng lên lớp."),
    (G4, "Không ai đếm nổi những vết trầy xước trên tay các cô giáo."),
    (G5, "Cái lạnh núi rừng như cắt da cắt thịt, các thầy cô giáo vẫn miệt mài, lặng lẽ lội suối để đến trường gieo chữ."),
    # kienthuc.net.vn, danviet.vn, dulichvn.org.vn, doanhnhansaigon.vn, epma.vn (the Cà Mau mangroves)
    (N1, "Hàng nghìn cây đước với dáng vẻ ma mị mọc dày đặc che khuất ánh sáng mặt trời tạo nên vẻ huyền hoặc như trong cổ tích của rừng đước Cà Mau."),
    (N1, "Đối với người dân địa phương, cây đước cung cấp loại gỗ thích hợp cho các công trình xây dựng dưới nước hoặc để làm cọc, cột."),
    (N2, "Nhìn từ trên cao, rừng ngập mặn Cà Mau như một tấm thảm xanh lơ lửng giữa vòm trời."),
    (N2, "Dưới tán tán rừng ngập mặn Cà Mau có nhiều loài động vật quý hiếm như khỉ, voọc, heo rừng, chồn, rái cá, chim, tôm, cá cùng nhiều loại động thực vật phiêu sinh."),
    (N3, "Cây đước trồng thích hợp nhất trên đất bùn mịn, vùng nước mặn, nước lợ gần các cửa sông, cửa biển nơi có thủy triều lên xuống đều đặn."),
    (N4, "Mũi Cà Mau ta đó là mũi đất khó quên của khách du lịch, nơi du khách có thể sáng tắm biển đông, chiều tắm biển tây."),
    (N4, "Trên thế giới, ít có nơi nào nhận được món quà tặng kỳ diệu của biển cả như ở Mũi Cà Mau, nằm trầm mình dưới chân sóng mà vẫn được bồi đắp không ngừng."),
    (N4, "Lật bản đồ 10 năm trước kia, ta thấy Mũi Cà Mau bây giờ không giống như trước đây, được vẽ nhọn như cái móc."),
    (N4, "Hiện nay, cái móc ấy gần như đầy đặn."),
    (N4, "Nghĩa là thêm đất, thêm rừng, thêm nguồn lợi tự nhiên."),
    (N4, "Do vậy, đường bộ không cạnh tranh nổi với đường thủy."),
    (N5, "Đước là loài thực vật ưa những nơi có khí hậu nóng ẩm."),
    (N5, "Đước được phân bố dọc từ miền trung đến đồng bằng sông Cửu Long, nhưng nhiều nhất vẫn là ở Cà Mau."),
    (N6, "Vào năm 2003, Vườn quốc gia Mũi Cà Mau được thành lập trên cơ sở là phần lớn diện tích rừng ngập mặn Cà Mau."),
]

# (a key naming one sentence of SPAM_PAGES, the word replaced, the place); tokens are dealt by ``deal`` below.
CASES = [
    # start
    ("Từ sáng sớm và chiều muộn", "Từ", "start"),
    ("giai đoạn 2021-2023", "Những", "start"),
    ("Bà con chỉ mong giá muối", "Bà", "start"),
    ("Muốn có được hạt muối", "Muốn", "start"),
    ("Trên mai rùa", "Trên", "start"),
    ("Tầng chóp có mái", "Tầng", "start"),
    ("Dưới chân rừng, nước đã cạn", "Dưới", "start"),
    ("Chạm khắc trang trí", "Chạm", "start"),
    ("Nhất là lại gắn bó", "Nhất", "start"),
    ("Nghề muối khá cực nhọc", "Nghề", "start"),
    ("Nhìn từ trên cao", "Nhìn", "start"),
    ("Hiện nay, cái móc ấy", "Hiện", "start"),
    ("Vào năm 2003", "Vào", "start"),
    # end
    ("không đắng chát.", "chát", "end"),
    ("do sản lượng cao.", "cao", "end"),
    ("cụ đã bị thương.", "thương", "end"),
    ("héo quắt, chờ chết.", "chết", "end"),
    ("ai cũng bơ phờ.", "phờ", "end"),
    ("nỗi lo âu.", "âu", "end"),
    ("sau đó bị thiêu cháy.", "cháy", "end"),
    ("nhiều vất vả, khó khăn.", "khăn", "end"),
    ("vận động, đóng góp.", "góp", "end"),
    ("đến trường gieo chữ.", "chữ", "end"),
    ("để làm cọc, cột.", "cột", "end"),
    ("chiều tắm biển tây.", "tây", "end"),
    ("khí hậu nóng ẩm.", "ẩm", "end"),
    # function
    ("tổ hợp tác làm muối hoặc", "hoặc", "function"),
    ("dù giá muối giảm nhưng", "nhưng", "function"),
    ("điều kiện thuận lợi để muối", "để", "function"),
    ("người sát thương “cụ rùa”", "của", "function"),
    ("Trên gò đất nổi", "trong", "function"),
    ("Nắng nóng cộng với gió", "với", "function"),
    ("Vào giữa “ruột rừng”", "với", "function"),
    ("xây mới các đền tháp", "bằng", "function"),
    ("được bắt đầu xây dựng vào", "vào", "function"),
    ("Khó nhất với các thầy cô", "với", "function"),
    ("các điểm bản nằm cách xa nhau", "trong", "function"),
    ("Hàng nghìn cây đước", "với", "function"),
    ("Cây đước trồng thích hợp", "trên", "function"),
    # name
    ("Huyện Đông Hải là nơi", "Đông", "name"),
    ("Nghề muối tỉnh Bạc Liêu là nghề", "Bạc", "name"),
    ("xã Long Điền Đông, huyện Đông Hải, những ngày", "Điền", "name"),
    ("các huyện Đông Hải, Hòa Bình", "Hòa", "name"),
    ("hồ Lục Thủy, hồ Tả Vọng", "Vọng", "name"),
    ("Ngay sau khi vụ cháy", "Giang", "name"),
    ("Lâm Quang Thi", "Quang", "name"),
    ("Những ngôi đền ở Mỹ Sơn", "Mỹ", "name"),
    ("bản Huổi Cấu", "Huổi", "name"),
    ("xa nhất của Quế Phong", "Quế", "name"),
    ("điểm bản Nậm Nhừ 3", "Nhừ", "name"),
    ("Trên thế giới, ít có nơi nào", "Mũi", "name"),
    ("sông Cửu Long, nhưng", "Cửu", "name"),
    # inner
    ("các công đoạn thu hoạch", "đoạn", "inner"),
    ("thậm chí không thu hoạch", "thậm", "inner"),
    ("vết xà beng", "xà", "inner"),
    ("Nguyên nhân vẫn chưa", "xác", "inner"),
    ("nhiều biện pháp phòng chống", "biện", "inner"),
    ("vùng thung lũng hẹp", "lũng", "inner"),
    ("đến chiêm ngưỡng vùng đất", "chiêm", "inner"),
    ("phải chắt chiu từng giọt", "chắt", "inner"),
    ("nay quấn quýt bên cô", "quấn", "inner"),
    ("những vết trầy xước", "trầy", "inner"),
    ("loài động vật quý hiếm", "quý", "inner"),
    ("thêm nguồn lợi tự nhiên", "nguồn", "inner"),
    ("không cạnh tranh nổi", "cạnh", "inner"),
    # number
    ("khoảng 20.000 tấn", "tấn", "number"),
    ("hơn 1 tháng", "tháng", "number"),
    ("với 2 hình thức", "hình", "number"),
    ("đến 3 loại muối", "loại", "number"),
    ("số 90 phố Thợ Nhuộm", "phố", "number"),
    ("gồm 4 tầng", "tầng", "number"),
    ("khoảng 30 phao bơm", "phao", "number"),
    ("Đến hơn 19 giờ tối", "giờ", "number"),
    ("đến năm 1885 mới", "mới", "number"),
    ("Suốt hơn 20 năm gieo chữ", "năm", "number"),
    ("1 trong 2 giáo viên", "giáo", "number"),
    ("đã mất 10 năm, 20 năm", "năm", "number"),
    ("Lật bản đồ 10 năm", "năm", "number"),
]

# Tokens by shape (see SOURCES): the UT1 blacklists' gambling category (olbat/ut1-blacklists, blacklists/gambling/
# domains) and ShadowWhisperer's BlockLists (Lists/Gambling, Lists/Scam), written as spam writes them: the whole
# domain, its name, its name in CamelCase or with a capital.
TOKENS = {
    "domain": ["hihiglobal.com", "wiziou.com", "zipit.shop", "acexzpe.life", "ecuabet.com", "laybongda.com",
               "sharkreef.com", "woncard.com", "topfuse.app", "rizzio.io", "synottip.cz", "varytion.com",
               "xiaokoa.com"],
    "letter-digit": ["Intobet13", "Hovarda9", "Casiblu163", "Lukkly31", "Kent733", "Wettson30", "Jaigo7", "Chilli6",
                     "Kingbook7", "Paduka7", "Angkasa77", "Merpati55", "Clix9"],
    "CamelCase": ["GloryAchieve", "GambleBuilders", "CasinoCharm", "NestlyHomeCo", "BinbotPro", "LuxuryPetSource",
                  "PrinterAlign", "HappyTeacupHome", "GamblersDen", "SymmetryCasino", "KaizenGaming", "BlackjackBee",
                  "AussieGamblers"],
    "lower-case": ["pefctiordent", "intelliect", "encouragey", "diversev", "compostione", "ultrasonice", "bongdatam",
                   "laydinhcao", "choixinchao", "waeopluk", "janugget", "codeotop", "sarkarex"],
    "digit-led": ["1xgamble", "6sixsix", "9fine", "37steak", "100blackrhino", "1jour1pari", "777tech", "123tradeoption",
                  "5stardrones", "3mgiftcard", "1bit1", "4everhomess", "13xcasino"],
    "hyphenated": ["gamble-coin.xyz", "gamble-tribe", "wild-million", "vulkan-rich", "pin-up.casino", "smart-lion",
                   "trend-apparent", "us-megsale.com", "best-shop-it", "keys-store", "beast-fox", "rome-lottery",
                   "lotusbook-247"],
}
TRADE = re.compile(r"bet|casino|kasin|cazino|slot|spin|poker|bingo|win|luck|lotto|vegas|dice|stake|game|play|vay|"
                   r"cash|loan", re.I)


def deal() -> list[tuple[str, str, str, str]]:
    """(key, word, token, place): each shape's tokens in seeded order, dealt round the places in turn."""
    rng = random.Random(SEED)
    tokens = []
    for shape in TOKENS:
        group = list(TOKENS[shape])
        rng.shuffle(group)
        tokens += group
    by_place = {p: [c for c in CASES if c[2] == p] for p in PLACES}
    order = [by_place[p][i] for i in range(max(map(len, by_place.values()))) for p in PLACES if i < len(by_place[p])]
    if len(order) != len(tokens):
        raise SystemExit(f"{len(order)} cases, {len(tokens)} tokens")
    return [(key, word, tok, place) for (key, word, place), tok in zip(order, tokens)]


def replace_first(sentence: str, word: str, token: str) -> str:
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)
    if m is None:
        raise SystemExit(f"{word!r} not in {sentence!r}")
    return sentence[: m.start()] + token + sentence[m.end():]


def find(key: str) -> str:
    hits = [text for _, text in SPAM_PAGES if key in text]
    if len(hits) != 1:
        raise SystemExit(f"{key!r} names {len(hits)} sentences")
    return hits[0]


def check_place(spam: str, token: str, place: str) -> None:
    at = spam.index(token)
    before, after = spam[:at], spam[at + len(token):]
    ok = {"start": before == "",
          "end": re.fullmatch(r"\W*", after) is not None,
          "number": re.search(r"\d\s$", before) is not None,
          "name": True, "function": True, "inner": before != "" and re.fullmatch(r"\W*", after) is None}[place]
    if not ok:
        raise SystemExit(f"{place}: {spam!r}")


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
                    earlier_tokens.add(cells[2].lower().split(".")[0])
    ours = [text for _, text in CLEAN] + [text for _, text in SPAM_PAGES]
    if set(ours) & earlier_text:
        raise SystemExit(f"sentence of an earlier set: {set(ours) & earlier_text}")
    urls = {u for u, _ in CLEAN} | {u for u, _ in SPAM_PAGES}
    if urls & earlier_urls:
        raise SystemExit(f"page of an earlier set: {urls & earlier_urls}")
    names = {t.lower().split(".")[0] for group in TOKENS.values() for t in group}
    if names & earlier_tokens:
        raise SystemExit(f"earlier token: {names & earlier_tokens}")


def main() -> None:
    check_new()
    texts = [text for _, text in CLEAN] + [text for _, text in SPAM_PAGES]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate sentence")
    if any("\t" in t or "\n" in t for t in texts):
        raise SystemExit("tab or newline in a sentence")
    if {u for u, _ in CLEAN} & {u for u, _ in SPAM_PAGES}:
        raise SystemExit("a page gives both controls and spam cases")
    rows = []
    for key, word, tok, place in deal():
        text = find(key)
        spam = replace_first(text, word, tok)
        if tok in text or spam.count(tok) != 1:
            raise SystemExit(f"token {tok!r} not pasted once: {spam!r}")
        check_place(spam, tok, place)
        rows.append(f"blind\t{spam}\t{tok}\t{word}\t{text}\t{place}\n")
    if len({find(k) for k, *_ in CASES}) != len(CASES) or len(CASES) != len(SPAM_PAGES):
        raise SystemExit("a sentence carries two cases, or a sentence carries none")
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

"""Build ``benchmarks/data/langfresh32/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata32.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh32.py``. Same format as langfresh14-31
(``benchmarks/langid.py --data benchmarks/data/langfresh32 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 32) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-31, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-04) on IKEA's plans for Viet Nam, the TOEIC test, Canon's mirrorless
  cameras, the Formula 1 Vietnam Grand Prix and luxury brands (topics no earlier control had), and on Wi-Fi 6 and
  Python (and Figma) (topics of langfresh22/23, other pages: the pages those sets cite were dropped), each holding real Latin tokens a spam detector could take for a pasted token: letter-digit
  model names and units (EOS 60D, 50D, EOS-1, 802.11ax, 10Gbps, 3.5Gbps, Cat.5E, 1080p, 5,56km, F 1, 750+),
  CamelCase and glued names (JobsGO, InterDigi, MyNavi, VietNam Grand Prix, TP.HCM, HKRI), hyphenated and symbol
  names (Wi-Fi, Pocket-lint, Sino-Ocean, D&G, 2.950.000đ, 1.600m²), product and company names (Inter Ikea Holding,
  Ikea Systems, IIG, ETS, GLN, Canon Rumors, Vingroup, Zandvoort, Motorsports, Tilke, Cartier, Chopard, Fulra, LVMH,
  Luxury Shopping Mall), English loans (website, concept, router, model, mirrorless, full frame, hybrid, code, data,
  web, team, sale off) and acronyms (TOEIC, TOEFL, IELTS, EF, RF, DSLR, UI/UX, AI, CEO, USD).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (hát Xoan of Phú Thọ, the pottery of
  Phù Lãng, đờn ca tài tử, the bánh chưng of Tranh Khúc, the woodwork of Kim Bồng, cloud hunting at Tà Xùa), one
  syllable replaced by one token (its first whole-word occurrence; columns: split, spam text, token, original word,
  original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and
  ``number`` (as langfresh22-31). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from two real lists no earlier set used (langfresh23:
chongluadao.vn; langfresh24: dancharlton9, the Estonian list; langfresh25: hostsVN, TrustPositif; langfresh26: ABPVN,
HaGeZi's gambling list, a thanhtra.com.vn report; langfresh27: Sinfonietta's gambling-hosts; langfresh28: the Block
List Project's gambling list, jarelllama's Scam-Blocklist, mrsbaai/cmc's badlist; langfresh29: the UT1 gambling
category, ShadowWhisperer's Gambling and Scam lists; langfresh30: RPiList's gambling and notserious lists,
durablenapkin's scam blocklist; langfresh31: GlobalAntiScamOrg, polkadot-js's phishing list): Trạm Sách's VN
Badsites list (Vietnamese betting, "chẵn lẻ", loan and fake-investment sites) and infinitytec's scams-and-phishing
list (scam shops, fake investment and "giveaway" sites); written as spam writes them: 13 full domains, 13 letter-digit
codes, 13 CamelCase names, 13 bare lower-case names, 13 digit-led names, 13 hyphenated names; most hold no gambling
trade word (``TRADE``). None is an earlier set's token, in spam_brands.txt or the held-out stems, or a word of tests/,
tools/, benchmarks/ or mtpipe/ (gzip tables included), none holds a brand stem of spam_brands.txt, a held-out stem or
an earlier token of 4 letters or more, and none is held by an earlier token or a brand stem (all checked before any
run). ``deal`` orders each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh32"
SEED = 32
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
K1 = "https://cafef.vn/ikea-sap-mo-cua-hang-o-viet-nam-mo-rong-hoat-dong-o-dong-nam-a-20171010135710641.chn"
K2 = "https://data.vdsc.com.vn/2017/10/ikea-dat-viet-nam-vao-tam-ngam-768-562125.htm"
K3 = ("http://m.kenh14.vn/ikea-trung-tam-noi-that-ma-ai-di-thai-di-sing-cung-phai-mot-lan-ghe-qua-sap-den-viet-nam-"
      "20171010154236539.chn")
T1 = "https://ngoainguvn.online/tat-tan-tat-cac-cau-hoi-lien-quan-ve-chung-chi-toeic"
T2 = "https://truyenhinhcapsongthu.net/top/chung-chi-toeic-la-gi-tat-tan-tat-ve-ky-thi-va-cach-tinh-di/awLOSAF3IkoYZkd"
T3 = "https://gln.edu.vn/bi-quyet-luyen-thi-ielts/chung-chi-toeic-va-1001-dieu-can-biet"
T4 = ("https://truyenhinhcapsongthu.net/top/toeic-la-gi-chi-tiet-ve-ky-thi-chung-chi-va-loi-ich-cua-to/"
      "MAXBHKU0ILKEJZ4")
T5 = "https://www.vietdemy.vn/blog/chung-chi-toeic-gioi-thieu-tong-quan/"
T6 = "https://www.ef.com.vn/english-tests/toeic/listening-reading/"
W2 = "http://www.tptcantho.com.vn/?tin-cong-nghe/895-wifi-6-la-gi?-toc-do-wifi-6-co-nhanh-nhu-loi-don.html"
W4 = "https://minmobile.net/nen-dung-wifi-6-hay-doi-wifi-7"
C1 = "https://www.50mm.vn/2018/10/08/du-doan-tuong-lai-cua-eos-r/"
C2 = "https://camerabox.vn/ban-tin/canon-se-co-may-anh-cao-cap-voi-ngam-gan-duoc-ca-ong-kinh-ef-rf-376.html"
C3 = ("https://mytour.vn/vi/blog/bai-viet/canon-du-kien-se-tung-ra-mot-may-anh-khong-guong-lat-voi-cam-bien-full-"
      "frame-vao-nam-sau.html")
C4 = "https://quantrimang.com/lang-cong-nghe/canon-60d-co-the-ra-mat-tuan-toi-70125"
P2 = "https://jobsgo.vn/blog/python-la-gi"
P3 = "https://interdigi.vn/python-la-gi"
P5 = "https://haivanstory.com/gioi-thieu-ve-khoa-hoc-du-lieu-data-science-bai-12"
P7 = "https://uat.loicurly.com/tool/detail/figma?lang=vi"
R1 = "https://oto-hui.com/tags/dua-xe-f1/"
R2 = "https://gamek.vn/tat-tan-tat-nhung-dieu-can-biet-ve-duong-dua-f1-tai-ha-noi-20181108170614611.chn"
R3 = "https://hatinh24h.com.vn/tag/se-to-chuc-dua-f1-tai-viet-nam"
R4 = "https://bnews.vn/mua-giai-f1-2020-lich-trinh-chinh-thuc-chang-dua-tai-viet-nam/132485.html"
R5 = "https://baohaiduong.vn/print/250029.html"
R6 = "https://nguoiduatin.vn/clip-me-man-voi-toan-canh-truong-dua-f1-tai-ha-noi-cho-ngay-khoi-tranh-204475724.htm"
R7 = "http://doanmn.com/308-viet-nam-san-sang-don-cac-tay-dua-f1-the-gioi-d187398.html"

L1 = "https://vneconomy.vn/ha-noi-san-hang-hieu-o-dau.htm"
L2 = "https://luxuo.vn/?p=258143"
L3 = "https://hiv.com.vn/thoi-trang/cuoc-do-bo-cua-hang-hieu-420194"
L4 = "https://duybrandbeginner.blogspot.com/2023/01/louis-vuitton-khai-truong-nha-hang-au.html"
L5 = "https://backend.bazaarvietnam.vn/du-thuyen-the-louis-cua-louis-vuitton-cap-ben-thuong-hai"
L6 = "https://thongtinxamxam.blogspot.com/2009/06/dan-choi-ha-noi-va-nhung-bo-quan-ao-gia.html"

CLEAN = [
    # IKEA's plans for Viet Nam
    (K1, "Theo thông báo từ Inter Ikea Holding, hãng có kế hoạch bổ sung thêm Việt Nam và Philippines vào danh sách các thị trường ở Đông Nam Á."),
    (K1, "Hãng đồ nội thất nổi tiếng thế giới Ikea đang có kế hoạch mở rộng hoạt động ở Đông Nam Á cũng như bước chân vào thị trường Nam Mỹ nhằm thực hiện tham vọng thống trị thị trường nội thất toàn cầu."),
    (K1, "Hiện Ikea đã có mặt ở Malaysia và Thái Lan."),
    (K1, "Chile, Mexico, Colombia và Peru là những nước đầu tiên mà Ikea có thể bước vào ở khu vực Mỹ Latinh, theo CEO Torbjorn Loof."),
    (K1, "Trong năm tài khóa gần nhất kết thúc vào tháng 8 vừa qua, Ikea đạt doanh số bán lẻ 38,3 tỷ euro (tương đương 45 tỷ USD)."),
    (K1, "Hãng có kế hoạch mở thêm 22 cửa hàng mới trong năm nay, tăng mạnh so với con số 14 của năm 2017."),
    (K1, "Trong tương lai, mỗi năm Ikea sẽ mở thêm 25 cửa hàng mới, theo ông Loof."),
    (K1, "Có trụ sở ở Hà Lan, Inter Ikea sở hữu Ikea Systems, công ty sở hữu các concept của Ikea cũng như phụ trách mạng lưới các chuỗi cửa hàng Ikea nhượng quyền trên toàn thế giới."),
    (K2, "Ikea, Tập đoàn sở hữu chuỗi cửa hàng đồ nội thất lớn nhất thế giới, đang lên kế hoạch thâm nhập vào khu vực Nam Mỹ và mở rộng hoạt động ra Đông Nam Á – trong đó có cả Việt Nam – nhằm chiếm ưu thế trong thị trường đồ nội thất trên thế giới, Bloomberg cho hay."),
    (K2, "Những khu vực này đang nằm trong tầm ngắm của Ikea sau khi Công ty thâm nhập vào thị trường Ấn Độ và Latvia trong năm nay, Inter Ikea Holding cho biết trong ngày thứ Hai."),
    (K2, "Ikea có hơn 400 cửa hàng tại 49 thị trường ở châu Âu, Bắc Mỹ, Trung Đông, châu Á và Australia."),
    (K2, "Brazil cũng có tiềm năng lớn, nhưng phức tạp và không có khả năng trở thành những quốc gia đầu tiên mà Ikea muốn gia nhập vào, ông nhận định."),
    (K3, "Mới đây, chuyên trang kinh tế Bloomberg đã xác nhận IKEA - thương hiệu nội thất nổi tiếng của Thuỵ Điển sắp đến Việt Nam."),
    (K3, "Mỗi một trung tâm của IKEA đều được chia thành nhiều khu vực khác nhau như khu nhà bếp, khu bán đồ phòng khách, khu phòng ngủ, phòng tắm..."),
    (K3, "Hai chi nhánh IKEA gần Việt Nam nhất nằm ở Thái Lan và Singapore."),
    # the TOEIC test
    (T1, "TOEIC (Test of English for International Communication) là chứng chỉ tiếng Anh quốc tế, đánh giá năng lực sử dụng tiếng Anh trong môi trường làm việc và giao tiếp quốc tế."),
    (T1, "Tại Việt Nam, IIG Việt Nam là đơn vị độc quyền tổ chức và cấp chứng chỉ TOEIC quốc tế."),
    (T1, "Ngoài ra, bạn có thể thi TOEIC tại các địa điểm liên kết của IIG ở Hà Nội, TP.HCM, Đà Nẵng, Cần Thơ."),
    (T1, "Mức phí có thể thay đổi theo từng năm, thí sinh nên tham khảo trực tiếp trên website IIG."),
    (T1, "Chứng chỉ TOEIC có giá trị trong 2 năm kể từ ngày thi."),
    (T1, "TOEIC được đánh giá là dễ hơn IELTS và TOEFL, do tập trung vào tiếng Anh giao tiếp công việc, không yêu cầu kỹ năng học thuật cao."),
    (T2, "Và TOEIC nằm trong danh sách Top 5 chứng chỉ tiếng Anh quốc tế phổ biến nhất hiện nay."),
    (T2, "Cùng Du học MAP khám phá về chứng chỉ TOEIC, hình thức thi, thang điểm cùng với một số thông tin liên quan đến chứng chỉ này qua bài viết dưới đây."),
    (T2, "TOEIC là viết tắt của Test of English for International Communication, bài kiểm tra tiếng Anh giao tiếp quốc tế."),
    (T2, "Đây là một kỳ thi do Viện Khảo thí Giáo dục (ETS) thiết kế và phát triển nhằm đánh giá mức độ thành thạo khi giao tiếp bằng tiếng Anh dành cho người đi làm trong các hoạt động như kinh doanh, thương mại, du lịch."),
    (T3, "Trung tâm Anh ngữ GLN sẽ cùng bạn tìm hiểu tất tần tật những điều cần biết về chứng chỉ Toeic nhé."),
    (T3, "Đa phần yêu cầu điểm TOEIC đi du học của các trường đại học khoảng 750+."),
    (T4, "Chứng chỉ TOEIC có hiệu lực trong vòng 2 năm."),
    (T5, "Bài kiểm tra TOEIC đọc và nghe là phổ biến hơn trong hai bài kiểm tra TOEIC."),
    (T5, "Nó được tổ chức tại các trung tâm kiểm tra trên máy tính và cho điểm từ 10 đến 990."),
    (T5, "Bài thi nói và viết TOEIC được thực hiện trên máy tính."),
    (T5, "TOEIC là sản phẩm của ETS, một tổ chức phi lợi nhuận của Hoa Kỳ, tổ chức này cũng tạo ra TOEFL, một bài kiểm tra tiếng Anh tiêu chuẩn khác hướng đến đối tượng học thuật hơn."),
    (T6, "Bài thi TOEIC Listening & Reading gồm 200 câu hỏi chia đều hai phần với thời gian làm bài 2 tiếng."),
    (T6, "Phần thi TOEIC Listening & Reading được chấm theo thang điểm từ 10 đến 990."),
    (T6, "TOEIC Listening & Reading được sử dụng thường xuyên ở các doanh nghiệp, và thậm chí tại một số nước ở trình độ đại học, với một số môn, sinh viên phải đạt số điểm TOEIC nhất định mới đủ điều kiện tốt nghiệp."),
    # Wi-Fi 6 and routers
    (W2, "Sáng chế này cho phép tối đa 30 khách hàng chia sẻ kênh cùng một lúc, do đó nâng cao hiệu quả bằng cách tăng dung lượng tổng thể trong khi giảm độ trễ."),
    (W2, "Bộ router Wi-Fi 6 sử dụng một số công nghệ mới được thiết kế để cung cấp thông lượng về mặt lý thuyết là gần 10Gbps cụ thể là 9.6 Gbps, so với tốc độ tối đa khoảng 3.5Gbps cho 802.11ac (hay còn gọi là wifi 5)."),
    (W4, "Trên thực tế, Wi-Fi 6 có thể nhanh gấp ba lần so với Wi-Fi 5, đạt tốc độ lên đến 10Gbps so với 3.5Gbps."),
    # Canon's mirrorless cameras
    (C1, "Tương lai của hệ máy EOS R sẽ rất khó đoán định, nhưng khi mirrorless đang là xu thế mới, lấn át dần vai trò của DSLR thì đây sẽ là trọng điểm được Canon đầu tư nghiên cứu và phát triển."),
    (C1, "Hãy cùng nghe các kĩ sư của Canon nói gì về sản phẩm này."),
    (C1, "Mới đây trang web Nhật Bản MyNavi đã thực hiện cuộc phỏng vấn với các kỹ sư Canon đã tham gia chương trình thiết kế và sản xuất EOS R, nhằm tìm hiểu thêm về cách mà họ đã làm ra sản phẩm này, cũng như tương lai nào cho nó."),
    (C2, "Tháng trước, Canon hé lộ thông tin rằng có một chiếc máy ảnh EOS R cao cấp đang được phát triển, và nó không chỉ là một sự bổ sung cho dòng sản phẩm mirrorless full frame hiện tại."),
    (C2, "Theo báo cáo gần đây nhất, chiếc máy cao cấp này có thể mang ống kính ngàm lai (hybrid), nghĩa là gắn được cả ống kính ngàm EF và RF."),
    (C2, "Thông tin này xuất phát từ Canon Rumors, nguồn tin của họ cho biết máy ảnh dòng EOS R mới tạm gọi là EOS-1 sẽ có thể sử dụng cả hai loại ống kính ngàm EF và RF mà không cần bộ chuyển đổi, nhờ vào một loại ngàm EF/RF lai mới."),
    (C2, "Canon luôn có những ý tưởng độc đáo, và chúng ta chờ xem họ sẽ thực hiện điều này như thế nào."),
    (C3, "Có vẻ như Canon và Nikon đang tích cực chuẩn bị cho việc ra mắt dòng máy ảnh Mirrorless cảm biến Full Frame trong thời gian sắp tới."),
    (C3, "Trong tháng trước, Nikon đã tuyên bố rằng nếu họ sản xuất máy ảnh không gương lật, thì sẽ là cảm biến Full Frame."),
    (C3, "Theo thông tin từ Canon Rumors, máy ảnh Mirrorless sắp tới của Canon sẽ sử dụng cảm biến Full Frame được thiết kế đặc biệt để tương thích hoàn toàn với dòng không gương lật."),
    (C3, "Canon cho biết họ sẽ không tung bất kỳ máy ảnh không gương lật Full Frame nào trước tháng 8/2018."),
    (C4, "Cuộc chạy đua ra mắt sản phẩm máy ảnh mới năm nay đang dần nóng lên với hàng loạt thông tin về các model mới của Canon và Nikon."),
    (C4, "Ngày hôm qua, Canon vừa gửi giấy mời tới giới báo chí tham dự một sự kiện của hãng tại Bỉ vào cuối tháng này."),
    (C4, "Mặc dù không đưa ra các thông tin chính thức, nhưng nhiều người dự đoàn rằng, Canon có thể ra mắt chiếc EOS 60D tại sự kiện lần này nhằm thay thế cho model 50D đã ra mắt được hai năm."),
    (C4, "Canon 60D, model bị cho là lộ ảnh vài ngày trước theo Pocket-lint có cảm biến độ phân giải 18 Megapixel, quay video Full HD 1080p và màn hình phía sau có thể lật xoay linh hoạt."),
    # Python (and Figma)
    (P2, "Python là một trong những ngôn ngữ lập trình phổ biến và mạnh mẽ nhất hiện nay, được ưa chuộng nhờ cú pháp đơn giản, dễ đọc và khả năng ứng dụng linh hoạt trong nhiều lĩnh vực như web, trí tuệ nhân tạo, phân tích dữ liệu, tự động hóa…"),
    (P2, "Cùng JobsGO tìm hiểu chi tiết Python là gì trong bài viết này nhé!"),
    (P2, "Python không yêu cầu khai báo kiểu dữ liệu tường minh, sử dụng khoảng trắng để xác định khối mã thay vì dấu ngoặc nhọn, làm cho cấu trúc mã rõ ràng và dễ hiểu."),
    (P3, "InterDigi sẽ giúp bạn hiểu rõ về ngôn ngữ lập trình Python, từ cú pháp cơ bản đến ứng dụng Python trên thực tế trong Data Science, AI, web và tự động hóa."),
    (P3, "Ngôn ngữ Python ra đời năm 1991, do nhà phát triển Guido van Rossum tạo ra, nhằm đơn giản hóa việc viết code và giúp lập trình viên tập trung vào giải quyết vấn đề thay vì các chi tiết kỹ thuật phức tạp."),
    (P3, "Với Python, bạn có thể dễ dàng triển khai các dự án từ web, AI, data đến tự động hóa công việc hàng ngày."),
    (P3, "Ngoài ra, Python còn đa nền tảng, giúp code chạy được trên Windows, Linux hay macOS mà không cần sửa đổi nhiều."),
    (P5, "Python, với sự linh hoạt và thư viện khổng lồ, là “ngôn ngữ chung” của các nhà khoa học dữ liệu."),
    (P7, "Figma là công cụ thiết kế UI/UX trên nền tảng web."),
    (P7, "Dành cho bất kỳ ai mới dùng Figma hoặc mới vào team."),
    # the Formula 1 Vietnam Grand Prix in Ha Noi
    (R1, "Hà Nội sẽ là đơn vị đăng cai tổ chức chặng đua F 1 ở Việt Nam trong vòng 10 năm và Vingroup sẽ là đơn vị tổ chức cũng như tài trợ."),
    (R1, "Đường đua sẽ nằm ở khu vực Mỹ Đình, dự kiến dài hơn 5,5 km và được thiết kế bởi Hermann Tilke."),
    (R1, "Chặng đầu tiên sẽ diễn ra vào tháng 04/2020."),
    (R2, "Theo thông tin vừa được cập nhật trên trang chủ của Giải đua xe Công thức 1 (Formula One), kể từ năm 2020, Hà Nội sẽ trở thành một chặng đua chính thức của F1."),
    (R2, "Với tên gọi VietNam Grand Prix, chúng ta sẽ trở thành một trong bốn quốc gia đầu tiên của Châu Á sở hữu đường đua Công thức 1 (3 quốc gia còn lại là Nhật Bản, Trung Quốc và Singapore)."),
    (R2, "Theo thiết kế ban đầu của Motorsports và Tilke, chặng đua tại Hà Nội sẽ dài 5,56km."),
    (R2, "Theo dự kiến, quá trình xây dựng và cải tạo chặng đưa này sẽ hoàn thành trước thời điểm tháng 4/2020."),
    (R3, "Kể từ tháng 10/2016, thông tin về việc Việt Nam sẽ tổ chức một chặng đua F1 đã thu hút được sự quan tâm rất lớn, và chỉ sau 2 năm, ban tổ chức của giải đua tốc độ này tiết lộ gần như đã hoàn tất kế hoạch này."),
    (R4, "Ban tổ chức cuộc đua ô tô Công thức 1 (F1) ngày 29/8 đã công bố lịch thi đấu mùa giải 2020, với 22 cuộc đua - nhiều nhất trong lịch sử giải đấu này, trong đó chặng đua tại Việt Nam lần đầu tiên được tổ chức và chặng đua tại Hà Lan đã trở lại sau một thời gian dài vắng bóng."),
    (R4, "Việt Nam trở thành quốc gia thứ 34 tổ chức chặng đua F1."),
    (R4, "Trong khi đó, Hà Lan sẽ tổ chức cuộc đua vào ngày 3/5 trên đường đua Zandvoort ven bờ biển của nước này."),
    (R4, "Đường đua Zandvoort từng tổ chức 30 cuộc đua F1 từ năm 1952 đến năm 85 và hiện sẽ được xây dựng lại."),
    (R4, "Mùa giải F1 2020 sẽ được khởi động như thường lệ với chặng đua ở Australia vào ngày 15/3 và kết thúc tại Abu Dhabi vào ngày 29/11."),
    (R4, "Trong khu vực Đông Nam Á, ngoài Việt Nam còn có Singapore cũng đăng cai một chặng F1."),
    (R4, "Đó là chặng đua F1 ban đêm duy nhất trên thế giới."),
    (R5, "Dự kiến, các hạng mục phục vụ giải F1 sẽ hoàn thành vào tháng 3.2020."),
    (R6, "Sau hơn 11 tháng thi công Ban tổ chức Vietnam Grand Prix cho biết, đường đua F1 Hà Nội đã hoàn tất thi công toàn bộ 5,607 km đường đua và các hạng mục cố định đi kèm."),
    (R7, "Formula 1 chính thức công bố lịch đua dự thảo năm 2020 và F1 Việt Nam cũng đã sẵn sàng đón các tay đua thế giới."),
    (R7, "Đây cũng là đường đua đầu tiên mà F1 phối hợp với công ty Tilke (Đức) thiết kế, hứa hẹn mang đến những thách thức gay cấn nhất cho các tay đua chuyên nghiệp hàng đầu thế giới."),
    # luxury brands in Ha Noi and abroad
    (L1, "Louis Vuitton vào Hà Nội sớm nhất, tại khách sạn Metropole trên phố Ngô Quyền."),
    (L2, "Christian Louboutin sẽ phát triển thị trường mới tại Việt Nam cùng IPP Group."),
    (L2, "Cartier đóng cửa cửa hàng tại Heritage 1881, Hong Kong."),
    (L2, "Prada đóng cửa cửa hàng vào tháng Hai, Valentino cắt giảm số lượng cửa hàng đại diện tại Harbour City (Tiêm Sa Chủy)."),
    (L2, "Công ty tư vấn Nikkei cho biết Hong Kong từng đóng góp khoảng ⅓ doanh thu hàng năm từ thị trường châu Á (không bao gồm Nhật Bản) cho LVMH."),
    (L3, "Luxury Mall ở Đào Duy Anh vắng huơ vắng hoắt."),
    (L3, "Khác hẳn với mua sắm đông đúc ở Tràng Tiền Plaza hay Vincom Tower, hiếm khi đếm được hai chục khách ở đây."),
    (L3, "Một cái thắt lưng của D&G giá 2.950.000đ, một cái quần của Just Carvalli giá 5.800.000đ..."),
    (L3, "Thế mà Luxury Shopping Mall vẫn có nguy cơ bị tiếm ngôi."),
    (L3, "Một Shopping Acard mới đang manh nha hình thành bên phải mặt tiền khách sạn Sofitel Metropole Hà Nội."),
    (L3, "Sau khi Louis Vuitton mở rộng cửa hàng của mình, Cartier đã chuyển đến làm hàng xóm."),
    (L3, "Tiếp đó là Mont Blance và mới đây là Chopard."),
    (L3, "Cách đó không xa Hilton Hanoi Opera cũng nhường một phần mặt tiền của mình cho Fulra."),
    (L4, "Hãng thời trang cao cấp của Pháp Louis Vuitton đã khai trương nhà hàng đầu tiên ở Trung Quốc, nằm liền kề với cửa hàng của thương hiệu tại khu phức hợp mua sắm Sino-Ocean Taikoo Li ở Thành Đô…"),
    (L4, "Nhà hàng có tên là “The Hall” nằm trong tòa nhà lịch sử Quảng Đông Hall."),
    (L5, "Bắt đầu từ ngày 28/6, Louis Vuitton chính thức khai trương không gian sáng tạo The Louis tại trung tâm thương mại HKRI Taikoo Hui, Thượng Hải."),
    (L5, "Với tổng diện tích 1.600m², du thuyền The Louis được thiết kế ba tầng, trong đó hai tầng dành riêng cho triển lãm hồi tưởng Hành trình phi thường (Visionary Journeys), trưng bày hơn 140 hiện vật từ thế kỷ 19 đến nay của thương hiệu."),
    (L6, "Túi của Burberry, sale off 50% cũng có giá 1.600 USD."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (running Vietnamese text, no Latin tokens of their own).
X1 = "https://vanhoavaphattrien.vn/c/van-hoa-co-truyen?page=10"
X2 = "https://phutho.gov.vn/vi/phuong-xoan-thai"
X3 = "http://www.baomoi.com/phuong-xoan-vao-hoi-c33747260.epi"
X4 = "https://baophutho.vn/phuong-xoan-vao-hoi-248137.htm"
G1 = "https://www.yong.vn/amp/lang-gom-phu-lang-tvpl"
G2 = "https://daibieunhandan.vn/van-hoa/Du-lich-lang-gom-Phu-Lang-i178606"
G3 = "https://dulichtrainghiem.org/gom-sanh-nau-men-da-luon-ban-menh-cua-lang-gom-phu-lang/"
G4 = ("https://nguoiquansat.vn/lang-gom-gan-800-tuoi-dep-nuc-long-trong-mv-moi-cua-hoa-minzy-co-dong-men-da-luon-noi-"
      "tieng-tung-lam-me-hoac-can-bo-ngoai-giao-nhat-ban-202685.html")
D1 = "http://cotruyenamnhac.blogspot.com/2017/01/lien-hoan-on-ca-tai-tu-tphcm-2013-giai.html"
D2 = "http://cailuongso.com/diendan/showthread.php?s=fcfcfa30e98da80c4e0dc5698b4cc781&t=17801"
B1 = "https://daidoanket.vn/ghe-tham-lang-nghe-cha-truyen-con-noi-goi-banh-chung-o-ha-noi-10271665.html"
B2 = "https://beta.vietnamplus.vn/huong-vi-tet-trong-nhung-chiec-banh-chung-cua-lang-tranh-khuc-post693347.vnp"
B3 = ("https://www.xxsdanang.com/can-canh-mot-ca-lam-banh-chung-tranh-khuc-nuc-tieng-lau-nay-"
      "2013013102075721.chn")
B4 = "https://nongnghiep.vn/video/banh-chung-tranh-khuc-nhon-nhip-ngay-cuoi-nam-tv375742.html"
M1 = "http://csdl.vietnamtourism.gov.vn/shop/?item=665"
M2 = "https://hoiancreativecity.com/vi/lang-moc-kim-bong-hoi-an"
M3 = "http://khamphaviet.vn/du-lich-viet-nam/lang-moc-kim-bong-quang-nam"
M4 = "https://zaidap.com/quang-nam-lang-moc-kim-bong-d395033.htm"
M5 = "https://vietnam.vnanet.vn/vietnamese/long-form/vang-danh-nghe-moc-kim-bong-406837.html"
M6 = "https://vietnamplus.vn/video-nguoi-giu-lua-cho-nghe-moc-thu-cong-nuc-tieng-kim-bong-post626832.amp"
Y1 = "https://vietgiaitri.com/san-may-o-ta-xua-20221004i6676884"
Y2 = "https://baobariavungtau.com.vn/du-lich/202403/tren-dinh-ta-xua-1005039/index.htm"
Y3 = "https://thefishinwater.com/san-may-o-ta-xua-mu-suong"

# (page, sentence as the page writes it, the word replaced (its first whole-word occurrence), the place)
SPAM = [
    # hát Xoan of Phú Thọ
    (X1, "Phú Thọ có bốn phường Xoan gốc là An Thái xã Phượng Lâu, Kim Đới, Phù Đức, Thét.", "Lâu", "name"),
    (X2, "Đây cũng là địa điểm sinh hoạt thường xuyên của phường Xoan An Thái, 1 trong 4 phường Xoan gốc.", "trong", "number"),
    (X2, "Truyền thuyết kể rằng, ngày xưa vua đi đánh giặc qua làng An Thái, vợ vua đau bụng mãi không đẻ.", "Truyền", "start"),
    (X2, "Cụ Nguyễn Văn Chìu mất đi thì chức trùm hát được ông Nguyễn Văn Thắng (con trai) kế thừa.", "Chìu", "name"),
    (X2, "Trong thời gian chiến tranh, phường An Thái không hát ở các đình khác nữa mà chỉ hát ở đình làng mình.", "mình", "end"),
    (X3, "Ngay từ sáng sớm, các bà, các chị trong phường Xoan đã đến quét dọn sân đình, chuẩn bị trang phục, đạo cụ dùng cho Hát Xoan, tập luyện nhuần nhuyễn các tiết mục được lựa chọn trình diễn tại hội đình sắp tới.", "nhuyễn", "inner"),
    (X3, "Phường hiện có 107 thành viên gồm 5 thế hệ tiếp nối, trong đó thành viên nhỏ tuổi nhất là 6 tuổi và lớn tuổi nhất là 94 tuổi.", "thành", "number"),
    (X4, "Kề cận Tết cổ truyền dân tộc cũng là thời điểm các phường Xoan tăng cường luyện tập, chuẩn bị cho các nghi lễ truyền thống dịp đầu năm.", "cho", "function"),
    (X4, "Xuân không chỉ đến bởi đất trời mà còn đến từ lòng người.", "bởi", "function"),
    # the pottery of Phù Lãng
    (G1, "Phù Lãng nằm bên bờ sông Cầu và có nhiều bến đò ngang suốt ngày chở khách qua lại.", "Lãng", "name"),
    (G1, "Phù Lãng còn có nhiều ngọn núi đẹp, tạo nên cảnh sơn thuỷ hữu tình ít có trên đất Bắc Ninh.", "tình", "inner"),
    (G1, "Sau khi mua, đất được trở về Phù Lãng bằng thuyền lớn.", "lớn", "end"),
    (G1, "Qua nhiều công đọan, đất sét được luyện dẻo mịn rồi tạo hình trên bàn xoay bằng tay của người thợ thủ công.", "rồi", "function"),
    (G1, "Sản phẩm chính của nghề gốm Phù Lãng là chum vại, chậu nồi, ấm đất, chậu sành, tiểu sảnh.", "vại", "inner"),
    (G1, "Khác với gốm Thổ Hà, gốm Phù lãng được phủ một lớp men có hoa văn màu da lươn trông vừa thanh nhã vừa bền đẹp.", "Khác", "start"),
    (G1, "Tới Phù Lãng bạn đừng ngại đi lòng vòng vào các làng, bởi trong làng bạn mới có thể tận mắt nhìn thấy những lò Gốm và tìm hiểu cách làm Gốm ở đây.", "Tới", "start"),
    (G2, "Theo sách Kinh Bắc - Hà Bắc, ông tổ nghề gốm Phù Lãng là Lưu Phong Tú.", "Phong", "name"),
    (G2, "Vào cuối thời Lý, ông được triều đình cử đi sứ sang Trung Quốc và học được nghề làm gốm rồi truyền dạy cho người trong nước.", "Vào", "start"),
    (G2, "Chất liệu làm men tráng được làm từ tro cây rừng, vôi sống, sỏi ống nghiền nát, bùn phù sa trắng.", "trắng", "end"),
    (G2, "Sau khi quét men và phơi khô, sản phẩm có màu trắng đục.", "và", "function"),
    (G3, "Men da lươn Phù Lãng thuộc loại men tro được lấy từ những nguyên liệu tự nhiên khai thác tại địa phương.", "nhiên", "inner"),
    (G3, "Về cơ bản, gốm sành nâu Phù Lãng được trang trí bằng men là chính.", "bằng", "function"),
    (G4, "Năm 2016, làng gốm này đã được công nhận là Di sản văn hóa phi vật thể cấp quốc gia.", "Năm", "start"),
    (G4, "Ban đầu, người dân nơi đây chủ yếu sản xuất chum, vại, tiểu sành, lọ đựng nước.", "nước", "end"),
    # đờn ca tài tử
    (D1, "Qua cuộc liên hoan nầy, Văn Dần rất đỗi hân hoan , vì cảm nhận được, vườn hoa nghệ thuật đờn ca tài tử vẫn thấm vẫn tươi dù đã trải qua bao thăng trầm biến đổi.", "Dần", "name"),
    (D1, "Sinh khí nghệ thuật là đây, đã thể hiện rõ tài năng đâu đợi tuổi.", "tuổi", "end"),
    (D1, "Qua cuộc diện nầy, chúng ta đã vững niềm tin, nghệ thuật đờn ca tài tử nam bộ, sẽ mãi âm vang với thời gian vô hạng.", "vang", "inner"),
    (D1, "Điều đáng mừng là trong cuộc liên hoan nầy, rất nhiều tài tử trẻ, có ngón đờn giọng ca xuất sắc.", "Điều", "start"),
    (D2, "Vào một đêm tối trời cuối năm 1896, có 20 gia đình nông dân nghèo tại xóm Cái Cui, làng Chí Mỹ, huyện Vàm Cỏ, Long An, vì không chịu nổi cảnh hà khắc của bọn quan lại địa phương nên đã xuống ghe xuôi về vùng Bạc Liêu lập nghiệp.", "gia", "number"),
    (D2, "Trong số đó có gia đình ông Cao Văn Giỏi, cha Cao Văn Lầu lúc ấy chưa tròn 5 tuổi (sinh 1892).", "Giỏi", "name"),
    (D2, "Cha Cao Văn Lầu là người rất trọng đạo nho, ông “không sợ nghèo, chỉ sợ không giữ được đạo”.", "Lầu", "name"),
    (D2, "Học được hai năm, phong trào chữ Quốc ngữ phát triển, Cao Văn Lầu thôi học chữ nho chuyển sang học chữ Quốc ngữ.", "Học", "start"),
    (D2, "Nhờ sáng dạ nên rất được thầy yêu, bạn mến.", "mến", "end"),
    (D2, "Bỏ học mà gia đình chẳng vơi đi chút khó khăn nào.", "mà", "function"),
    # the bánh chưng of Tranh Khúc
    (B1, "Người dân nơi đây chia sẻ, công đoạn rửa lá rất quan trọng, mất nhiều thời gian.", "gian", "end"),
    (B1, "Sau khi rửa sạch, lau khô, lá dong được cắt sống để khi gói không bị gãy, bánh sẽ vuông, đẹp.", "khi", "function"),
    (B1, "Gạo nếp được lựa chọn là loại nếp cái hoa vàng khi nấu bánh mới thơm và ngon.", "chọn", "inner"),
    (B1, "Nhân đỗ xanh được nấu nhuyễn, nặn thành bánh kẹp thịt lợn ba chỉ ở giữa.", "chỉ", "inner"),
    (B1, "Điều đặc biệt người dân làng Tranh Khúc không bao giờ dùng khuôn để gói bánh.", "Khúc", "name"),
    (B1, "Mỗi bánh thường được gói bởi 6-7 lá dong.", "lá", "number"),
    (B1, "Khi gói phải thao tác nhanh, nếu không gạo sẽ rơi ra ngoài.", "Khi", "start"),
    (B1, "Dù gói bằng tay nhưng chiếc bánh nào cũng vuông và đều như nhau.", "nhưng", "function"),
    (B2, "Toàn thôn Tranh Khúc có 120 hộ làm nghề.", "hộ", "number"),
    (B2, "Khi vào vụ Tết, tất cả các hộ gác mọi công việc để sản xuất bánh.", "để", "function"),
    (B2, "Thời gian này, không khí trong làng đã trở nên sôi động, tấp nập hơn so với ngày thường.", "nập", "inner"),
    (B2, "Người Tranh Khúc làm bánh chưng quanh năm không bán lẻ mà giao cho các cửa hàng, siêu thị.", "thị", "end"),
    (B2, "Trong đó có những nhà cho ra lò gần 2.000 chiếc bánh mỗi ngày.", "chiếc", "number"),
    (B3, "Lá dong sau khi mang về được chà sạch và rửa đi rửa lại đến 3 lần.", "lần", "number"),
    (B3, "Nhà nào làm bánh cũng có từ 1, 2 người chuyên rửa lá.", "người", "number"),
    (B3, "Lá được nhập nhiều nhất là từ rằm trở ra.", "ra", "end"),
    (B3, "Một bó 1000 lá dong có giá 250 ngàn đồng.", "lá", "number"),
    (B4, "Ngay từ đầu tháng Chạp, làng bánh chưng Tranh Khúc đã nhộn nhịp khắp các hộ gia đình bên những cuộn lá dong, rổ gạo trắng, mâm đậu vàng...", "Ngay", "start"),
    (B4, "Năm nay xưởng nhà bà dự tính gói 5000 chiếc bánh.", "chiếc", "number"),
    # the woodwork of Kim Bồng
    (M1, "Thợ mộc Kim Bồng nổi tiếng khéo tay và sáng tạo.", "tạo", "end"),
    (M1, "Rồi làng mộc ly tán vì chiến tranh.", "Rồi", "start"),
    (M1, "Để đến làng, du khách có thể đi bằng thuyền du lịch hoặc thuyền ngang tầm 10 phút từ bến đò Hội An.", "phút", "number"),
    (M2, "Cẩm Kim là một hòn đảo nằm ở phía hữu ngạn hạ lưu sông Thu Bồn chảy qua Hội An trước khi đổ ra biển.", "Bồn", "name"),
    (M2, "Mộc Kim Bồng là một “thương hiệu” của Hội An cùng với khu phố cổ.", "cùng", "function"),
    (M2, "Rất nhiều kiến trúc nhà cửa, chùa quán... ở khu phố cổ Hội An in dấu bàn tay thợ mộc Kim Bồng.", "Rất", "start"),
    (M3, "Làng Kim Bồng đã nổi tiếng rất lâu với nghề chạm trổ, điêu khắc gỗ.", "trổ", "inner"),
    (M3, "Làng vốn rất nổi tiếng về nghề mộc của mình vì hầu hết các kiến trúc cổ kính của Hội An đều do bàn tay tài hoa của cha ông họ dựng nên từ những ngày vàng son của thương cảng mậu dịch quốc tế Hội An.", "vì", "function"),
    (M3, "Nói tóm lại, những gì thợ mộc Kim Bồng đã làm thì đẹp và hoàn hảo đến mức không thể nào chê.", "chê", "end"),
    (M4, "Làng mộc Kim Bồng nằm ở xã Cẩm Kim đối diện khu phố cổ Hội An, bên kia bờ con sông Hoài.", "Hoài", "name"),
    (M5, "Làng Kim Bồng nằm cạnh phố cổ Hội An nổi tiếng với nghề mộc truyền thống.", "với", "function"),
    (M5, "Đây là một làng được hình thành khá sớm ở thương cảng Hội An dưới thời chúa Nguyễn.", "cảng", "inner"),
    (M5, "Lúc đầu họ hành nghề bằng làm nhà tranh tre rồi đến nhà gỗ, sau làm đến các đồ dùng trong gia đình và đóng cả ghe thuyền.", "Lúc", "start"),
    (M5, "Nghề mộc là nghề nặng nhọc, nguy hiểm nên hầu như chỉ có đàn ông theo đuổi công việc này.", "nhọc", "inner"),
    (M6, "Ngày nay, làng Kim Bồng có khoảng 200 thợ làm việc tại 20 cơ sở.", "thợ", "number"),
    (M6, "Nói đến mộc Kim Bồng không thể không nhắc đến gia đình nghệ nhân Huỳnh Ri, người giữ hồn cho làng nghề và giờ đây kế tục ông là người con Huỳnh Sướng.", "Ri", "name"),
    # cloud hunting at Tà Xùa
    (Y1, "Những năm gần đây, Tà Xùa đã trở thành điểm đến không thể thiếu trên cung đường khám phá du lịch Tây Bắc của du khách.", "Xùa", "name"),
    (Y1, "Từ khoảng tháng 4 đến tháng 10 trong năm là thời điểm Tà Xùa hội tụ đầy đủ các yếu tố lý tưởng về độ ẩm, sự chênh lệch nhiệt độ giữa ngày và đêm cao, nhiều nắng ấm và sương mù giăng lối để du khách chuẩn bị cho chuyến săn mây đẹp nhất.", "đến", "number"),
    (Y1, "Thời điểm này, khi đến với Tà Xùa, du khách sẽ được chiêm ngưỡng những dòng thác mây cuồn cuộn bao lấy những dãy núi cao hùng vĩ chạy dọc chân trời và đổ xuống biển mây trắng bồng bềnh dưới thung lũng, phủ trên những nếp nhà đơn sơ nép dưới tán mận, tán đào xanh mướt.", "cuộn", "inner"),
    (Y2, "Những ngày đầu tháng 3, thời tiết ở Tà Xùa khá lạnh.", "lạnh", "end"),
    (Y2, "Sáng sớm hôm sau, chúng tôi dậy sớm để chào đón một ngày mới trên đỉnh Tà Xùa.", "để", "function"),
    (Y3, "Tà Xùa là một xã vùng núi phía bắc nằm ngay tại ranh giới hai tỉnh Sơn La và Yên Bái.", "Bái", "name"),
    (Y3, "Thật vậy, Tà Xùa có dãy núi cao chạy giữa thung lũng sâu chính là địa hình để ngắm mây và săn mây lý tưởng.", "lũng", "inner"),
    (Y3, "Trước hết thì săn mây là câu chuyện gặp may.", "may", "end"),
    (Y3, "Nắng mưa là chuyện của trời, đâu có thể chắc chắn thành công được.", "Nắng", "start"),
]

SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# Tokens by shape (see SOURCES): tramsach/BlockAd's vnbadsite and infinitytec/blocklists' scams-and-phishing.txt,
# written as spam writes them: the whole domain, its name, its name in CamelCase or with a capital.
TOKENS = {
    "domain": ["thienhabet.win", "cuoceuro.info", "coinmog.net", "trumlayacc.com", "fxonemax.com", "bitronex.cc",
               "byesumnorrk.com", "jispryness.com", "visheless.com", "wedcesac.com", "caphaiks.com", "lstmoney.xyz",
               "tyvalor.com"],
    "letter-digit": ["Ku331", "Clmm8386", "Xinloc88", "Dola68", "Chanle789", "Thienlong99", "Labo789", "Gpk6789",
                     "Raf777", "Hopma11", "Fcl688", "Kdhj222", "Wpp669"],
    "CamelCase": ["WarriorSuccessMethod", "GirlsRockInvesting", "GrandInvestingWebinar", "AffiliateVentureGroup",
                  "SwingToTrade", "GiveawaysJar", "SocialHackTools", "ExclusiveCashCoins", "SkyTasks", "WizardPay",
                  "ChoNickGame", "SieuCaCuoc", "TaiChoangVip"],
    "lower-case": ["dlkongzi", "klaripro", "lisheo", "aedeen", "gogolonge", "odocy", "necropalis", "cotosen",
                   "milamomb", "ftryn", "xvbwmht", "ventezo", "onlucs"],
    "digit-led": ["123b222", "168ttwin", "585vn", "3k8", "611club", "92clubg", "24124w", "1111mc", "666u9", "7565j",
                  "9jahit", "70hitz", "298ccc"],
    "hyphenated": ["first-vay.com", "gofa-zone.com", "coin-vestltd.com", "money-credit88", "easy-creditvn",
                   "beecredit-vn", "vi-mayman", "capital-lucky", "tindung-online", "dichvunhantien-eu", "bit-xchange",
                   "crypto-speed", "chance-value"],
}
TRADE = re.compile(r"bet|casino|kasin|cazino|slot|spin|poker|bingo|win|luck|lotto|vegas|dice|stake|game|play|vay|"
                   r"cash|loan", re.I)


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

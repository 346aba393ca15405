"""Build ``benchmarks/data/langfresh44/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata44.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh44.py``. Same format as langfresh14-43
(``benchmarks/langid.py --data benchmarks/data/langfresh44 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 43, as langfresh43) that orders the tokens
inside each shape before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved.

As in langfresh22-43, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-06) on home medical devices: blood pressure monitors (máy đo huyết áp: mmHg,
  Omron HEM-6183 ...), oxygen concentrators and SpO2 meters (máy tạo oxy, máy đo SpO2: LPM, COPD, COVID-19, PSA
  words), nebulisers (máy xông khí dung) and blood glucose meters (máy đo đường huyết: mg/dl, HbA1c, OneTouch) --
  topics no earlier control had (a case-blind grep of every earlier langfresh .tsv finds none of "máy đo huyết áp",
  "máy tạo oxy", "spo2", "khí dung", "đường huyết"; "huyết áp" once and "oxy" four times in other contexts) --
  each chosen for real Latin tokens a spam detector could take for a pasted token: model codes (HEM-6183, Hem 6162,
  "Omrom HEM-6230 .", ALP K2, K2 - 231, HEM 6131, A1F2, A2F1, HbA1c), units glued to numbers (4mmHg, 89mmHg, 3mm Hg,
  10m2, 30m3, 60mg/dl, 90%-95%, 24/7), acronyms (SpO2, COPD, COVID-19, Covid19, FDA, LPM, AIIMS, USB, USD, RRp, PR,
  Hb, bpm), brands and camel-case names (Omron, Citizen, Medisana, Oto, OneTouch, Lifescan, Beurer, Accu – Check,
  Websosanh, Central Pharmacy, Thanh Tuấn Medical, Harvard Health, India Today), domains that occur in the text
  (click2register.net, Utly.edu.vn), English loans (model, mini, concentrator, Compressor, comperessor, zeolite,
  nitrogen, sieve bed, check valve, Oxygen Concentrator, Travel Nebuliser, nebulised, glucose, enzyme, glucometers,
  Reflectance oximetry, Hemoglobin) and the pages' own spelling ("Omrom", "comperessor", "hen phế quản,..bằng",
  "Covid 19,...", "Accu – Check (Mỹ)...").
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (the stone cathedral complex of
  Phát Diệm in Kim Sơn, Ninh Bình; chùa Bái Đính in Ninh Bình; Đại Nội / Kinh thành Huế and Ngọ Môn), one syllable
  replaced by one token (its first whole-word occurrence; columns: split, spam text, token, original word, original
  sentence, place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number``
  (as langfresh22-43). Every row ``blind``. No earlier set has these places (an NFC, case-blind search of every
  earlier langfresh .tsv finds none of "phát diệm", "bái đính", "đại nội", "ngọ môn", "kinh thành huế"; Tháp Bà
  Ponagar, drafted first, was dropped before the build: langfresh38 has it and four of its sentences). The sentences
  hold no Latin letter outside Vietnamese spelling (f, j, w, z, Ð) and no one-letter consonant word (``main``).

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-43 for theirs): ``gambling.txt`` of pinoydns/dns-blocklist, Philippine online gambling brands and hosts
(the repository states no licence; see SOURCES); written as spam writes them: 18 full domains, 7 letter-digit
codes, 18 CamelCase names, 18 bare lower-case names, 2 digit-led names and 15 hyphenated names. The list has few
names with digits and no hyphenated name that passes the checks, so the shapes differ from langfresh43's (16, 13,
15, 13, 6, 15): the hyphenated ones are a listed ``.ph`` host's name with its country code joined by a hyphen, as
mirror hosts write them ("luckyplay-ph" from luckyplay.ph; langfresh43's "casinoin-gr" has that shape), and the
letter-digit and digit-led shortfall went to domains, CamelCase and lower-case names. 57 of the 78 hold no gambling
trade word (bet, casino, slot, spin, poker, bingo, win, luck, lotto, vegas, play ...). None is an earlier set's
token, in spam_brands.txt or the held-out stems, or a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables
included; the hyphen-less forms and the parts of 3 letters or more of the hyphenated names and, for the names with
digits, their letter parts of 3 letters or more too), none holds a brand stem of spam_brands.txt, a held-out stem or
an earlier token of 4 letters or more, none is held by one, and no token's name is inside another's (all checked
before any run). ``deal`` orders each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh44"
SEED = 43
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
H1 = "https://hangnhat.webflow.io/blog/may-do-huyet-ap-co-tay-la-gi"
H2 = "https://giadinhmoi.vn/tren-tay-2-loai-may-do-huyet-ap-dien-tu-thong-dung-tien-dung-cho-tung-hoan-canh-d3546.html"
H3 = "https://maydohuyetaps.blogspot.com/2012/05/may-o-huyet-ap-thi-truong-may-o-huyet.html"
H4 = "https://chuthapdo.org.vn/?p=15013"
H5 = "https://baoduongdieuhoa24h.com/may-do-huyet-ap-co-tay-co-chinh-xac-khong-1636933218/"
H6 = "https://assuremedicalsupply.com/vi/blogs/news/how-to-choose-an-accurate-home-blood-pressure-monitor"
H7 = ("https://123docz.com/document/10401083-thiet-ke-may-do-huyet-ap-tu-dong-tich-hop-gui-va-luu-du-lieu-len-"
      "smartphone.htm")
O1 = "https://xaydungso.vn/blog/moi-lien-quan-giua-nhip-tim-va-spo2-va-tam-quan-trong-cua-chung-vi-cb.html"
O2 = "https://trungtamthuoc.com/may-tao-oxy"
O3 = "https://merinco.com.vn/blogs/cham-soc-he-ho-hap/may-tao-oxy-oxygen-concentrator"
O4 = "https://tinhte.vn/posts/60683961/report"
O5 = "https://blog.suckhoe.edu.vn/bai-viet/benh-phoi-va-suc-khoe-ho-hap/may-tao-oxy-cong-dung-loai-va-do-an-toan/15180"
O6 = "https://tktech.vn/may-tao-oxy-y-te-gia-dinh-nhung-dieu-can-biet"
O7 = ("https://www.lavenvietnam.com/news/374/may-do-nong-do-oxy-trong-mau-spo2-va-may-tao-oxy-nhung-dieu-can-biet-"
      "ve-su-dung-oxy-tai-nha.html")
O8 = "https://websosanh.vn/tin-tuc/may-tao-oxy-cho-phong-kin-co-can-thiet-khong-c105-2021052811558529.htm"
O9 = "https://websosanh.vn/tin-tuc/nguyen-ly-hoat-dong-cua-may-tao-khi-oxy-c105-20210513104753502.amp"
O10 = "https://thietbiytephuongmai.com/nguyen-ly-may-tao-oxy"
O11 = "https://hakawa.vn/blogs/cam-nang/nguyen-ly-may-tao-oxy"
O12 = "http://caobangedu.vn/nguyen-ly-hoat-dong-cua-may-tao-oxy.html"
O13 = "https://ankhanhmedical.vn/cach-ve-sinh-may-tao-oxy-tai-nha"
O14 = "https://janssencosmetics.vn/products/may-do-nong-do-oxy-bao-hoa-trong-mau-spo2-imedicare-iom-a6"
O15 = ("https://www.24h.com.vn/cong-nghe-thong-tin/vi-sao-may-do-nong-do-oxy-chuyen-dung-lai-tot-hon-dong-ho-thong-"
       "minh-c55a1281753.html")
O16 = ("https://dmec.moh.gov.vn/cong-khai-phan-loai-ttbyt?p_p_id=vanbancongkhaipl_WAR_trangthietbiyteportlet&p_p_"
       "lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1&_vanbancongkhaipl_WAR_"
       "trangthietbiyteportlet_trangThai=C%C3%B2n+hi%E1%BB%87u+l%E1%BB%B1c&_vanbancongkhaipl_WAR_trangthietbiyte"
       "portlet_jspPage=%2Fhtml%2Fttbyte%2Fportlet%2Fvanbancongkhaipl%2Fadd_congbo.jsp&_vanbancongkhaipl_WAR_"
       "trangthietbiyteportlet_congBoId=126138&_vanbancongkhaipl_WAR_trangthietbiyteportlet_view=true")
X1 = "https://merinco.com.vn/blogs/cham-soc-he-ho-hap/may-xong-khi-dung-la-gi-may-xong-khi-dung-so-voi-ong-hit"
X2 = "https://findglocal.com/VN/Unknown/102734629019196/M%C3%A1y-x%C3%B4ng-kh%C3%AD-dung"
X3 = "https://ykhoald.com/tin-tuc/may-xong-khi-dung-omron.html"
X4 = "https://duocphamotc.com/?p=50161"
X5 = "https://click2register.net/travel/travel-nebuliser"
G1 = "https://sieuthithuocdongy.vn/thiet-bi-y-te/review-may-do-duong-huyet-loai-nao-tot-cach-su-dung-gia-ban.html"
G2 = ("https://diendanpccc.vn/showthread.php/19841-D\u1ecbch-v\u1ee5-l\u00e0m-\u0111\u1eb9p-ch\u0103m-s\u00f3c-"
      "s\u1eafc-\u0111\u1eb9p/page5?s=727903e65b4f663b4210b88072c20a33")
G3 = "https://daithaoduong.com/chon-may-thu-duong"
G4 = "https://utly.edu.vn/cach-su-dung-may-do-duong-huyet-tai-nha-chinh-xac-nhat.html"
G5 = "https://chido.vn/blogs/cam-nang-suc-khoe/nen-mua-may-do-duong-huyet-loai-nao-tot-nhat-hien-nay-2022"
G6 = "https://giadinh.suckhoedoisong.vn/tu-do-duong-huyet-the-nao-la-dung-172100304024254622.htm"
G7 = "https://iquality.techinfus.com/vi/article/2764-kak-vybrat-gljukometr.html"
G8 = "https://asie.vn/may-do-duong-huyet-dung-cu-kiem-tra-suc-khoe-tai-nha.html"

CLEAN = [
    # blood pressure monitors (máy đo huyết áp)
    (H1, "Tham khảo một số dòng máy nội địa Nhật như: Omron HEM-6183, Omron Hem 6162, Omrom HEM-6230 ."),
    (H1, "Áp lực trong vòng bít sau đó được giải phóng dần dần nhờ van điện từ được điều khiển tự động với tốc độ khoảng 4mmHg cho đến thời điểm máu bắt đầu chảy qua động mạch ở cổ tay."),
    (H2, "Chúng tôi chọn so sánh hai loại phổ biến nhất là máy đo huyết áp bắp tay ALP K2, model K2 - 231 và máy đo huyết áp cổ tay Omron, model HEM 6131."),
    (H2, "Điểm khác nhau là ALP K2 thì đo mạch ở bắp tay, trong khi đó máy Omron đo mạch ở cổ tay."),
    (H2, "Vì thế máy ALP K2 và dòng máy đo huyết áp điện tử bắp tay nói chung thường được cho là chính xác hơn so với máy đo huyết áp điện tử cổ tay."),
    (H2, "Máy Omron chính là đại diện tiêu biểu cho dòng máy này với đặc điểm: gọn nhẹ - dễ mang đi – dễ đọc kết quả."),
    (H2, "Nguyên tắc chung của việc đo huyết áp bằng máy điện tử là vị trí của máy đo luôn phải ngang với tim của bệnh nhân."),
    (H3, "Thị trường hiện nay có rất nhiều các loại máy đo huyết áp có xuất xứ từ Nhật (Omron, Citizen) từ Singapore (Oto), Đức (Medisana)… và nhiều nước khác."),
    (H3, "Giá thành dao động từ 1-2 triệu đồng/sản phẩm tùy theo chức năng, thương hiệu, xuất xứ."),
    (H3, "Hầu hết các máy đều được bảo hành 2 năm."),
    (H4, "Dòng cơ và điện tử thì độ chính xác tương đương nhau, độ sai số ít chỉ + (-) 3mm Hg."),
    (H4, "Huyết áp kế đồng hồ sau 3-4 tháng, các lò xo bị giãn nên có sai số, phải mang đi chỉnh lại tại đơn vị tiêu chuẩn đo lường thì mới có kết quả tốt."),
    (H5, "Ở người bình thường, huyết áp tâm thu thường nhỏ hơn 120 và tâm trương nhỏ hơn 80."),
    (H5, "Những người tiền huyết áp, chỉ số huyết áp tâm thu từ 120 – 139 mmHg và tâm trương từ 80 – 89mmHg."),
    (H5, "Bệnh nhân bị cao huyết áp khi: chỉ số huyết áp tâm thu từ >= 135 mmHg và tâm trương >= 85mmHg."),
    (H6, "Theo Hiệp hội Tim mạch Hoa Kỳ, ước tính có 47% người lớn ở Hoa Kỳ bị huyết áp cao, thường không có triệu chứng."),
    (H6, "Theo Harvard Health, có tới 85–94% máy đo huyết áp có thể không được xác thực."),
    (H6, "Nhưng Hiệp hội Tim mạch Hoa Kỳ khuyến nghị sử dụng máy theo dõi bắp tay trên có kích thước bằng vòng bít bất cứ khi nào có thể."),
    (H7, "Hiện nay, khoảng 1,4 tỷ người trên toàn cầu đang phải đối mặt với chứng tăng huyết áp, chủ yếu tập trung ở các quốc gia có thu nhập thấp và trung bình."),
    # oxygen concentrators and SpO2 meters (máy tạo oxy, máy đo SpO2)
    (O1, "Nhịp tim và SpO2 là hai chỉ số quan trọng trong việc đánh giá tình trạng sức khỏe tim mạch và hô hấp."),
    (O1, "Nhịp tim được định nghĩa là số lần tim đập trong một phút (bpm)."),
    (O1, "Người lớn bình thường: 60 - 100 nhịp/phút."),
    (O1, "SpO2 là chỉ số đo độ bão hòa oxy trong máu ngoại vi, được biểu thị bằng phần trăm (%)."),
    (O1, "Người khỏe mạnh: SpO2 dao động từ 95% - 100%."),
    (O1, "SpO2 dưới 92% có thể là dấu hiệu của suy hô hấp."),
    (O1, "Chỉ số SpO2 thấp hơn bình thường có thể do các bệnh lý như viêm phổi, hen suyễn, hoặc các vấn đề về tim mạch."),
    (O2, "Hãy cùng Trung Tâm Thuốc Central Pharmacy tìm hiểu các thông tin về Máy tạo Oxy qua bài viết dưới đây."),
    (O2, "Hen suyễn, ung thư phổi, bệnh phổi tắc nghẽn mãn tính (COPD), cúm và COVID-19 là những bệnh điển hình có thể khiến lượng Oxy giảm xuống."),
    (O2, "Máy tạo Oxy là thiết bị y tế chỉ được bán và sử dụng khi có đơn thuốc."),
    (O2, "Sử dụng máy tạo oxy tại nhà đang ngày càng phổ biến bởi sự thuận tiện và kịp thời cho các bệnh nhân mắc các bệnh mạn tính như hen suyễn, phổi tắc nghẽn mạn tính, ngưng thở khi ngủ, các trường hợp cấp tính như viêm phổi, suy hô hấp, Covid 19,..."),
    (O3, "COVID-19 là một bệnh đường hô hấp không chỉ gây nhiễm trùng đường hô hấp, mà ở những bệnh nhân COVID nặng, nó còn gây ảnh hưởng nặng nề đến mức độ bão hòa oxy trong máu (SpO2)."),
    (O3, "Không khí xung quanh chúng ta bao gồm khoảng 78% nitơ và 21% oxy, với các khí khác chiếm 1% còn lại."),
    (O3, "Mức oxy lý tưởng nên nằm trong khoảng 94-99%."),
    (O3, "Về COVID-19, bác sĩ Randeep Guleria, Giám đốc, AIIMS New Delhi gần đây đã cảnh báo người dân đề phòng nhất định trong khi thực hiện việc sử dụng một lượng oxy bên ngoài."),
    (O3, "Máy tạo oxy, hay còn được biết đến với tên gọi máy tập trung oxy, giúp làm đậm đặc oxy bằng cách tập trung oxy từ không khí xung quanh và loại bỏ nitơ, cung cấp oxy tinh khiết cho các cá nhân mà bão hoà trong máu giảm xuống dưới 93%."),
    (O4, "Có lẽ với tình hình dịch bệnh căng thẳng như hiện nay, một số anh em lo xa đã chuẩn bị các máy tạo Oxy cá nhân để phòng bất trắc."),
    (O4, "Mình xin dịch bài viết từ FDA Hoa Kỳ về máy tạo Oxy và máy đo nồng độ Oxy trong máu SpO2."),
    (O4, "Các bệnh như suyễn, ung thư phổi, phổi tắc nghẽn, cúm, Covid19 vv có thể là nguyên nhân khiến lượng Oxy trong máu sụt giảm."),
    (O4, "Bạn không nên sử dụng máy tạo Oxy tại nhà nếu không có chỉ định của bác sĩ."),
    (O5, "Máy tạo oxy sử dụng không khí trong khí quyển, lọc không khí và cung cấp cho bạn không khí có 90%-95% oxy."),
    (O5, "Hơn 1,5 triệu người Mỹ sử dụng máy cô đặc oxy để điều trị oxy bổ sung."),
    (O5, "Oxy nén là oxy chứa ít nhất 95% trong bình kim loại."),
    (O5, "Oxy trở thành chất lỏng ở nhiệt độ -297 độ F."),
    (O6, "Hiện nay, máy tạo oxy gia đình là một trong những thiết bị được tìm kiếm nhiều nhất để điều trị cho các bệnh nhân Covid-19 cách ly tại nhà."),
    (O6, "Máy tạo oxy là một thiết bị y tế cung cấp oxy bổ sung hoặc bổ sung cho bệnh nhân có vấn đề về hô hấp."),
    (O6, "Tuy nhiên, không giống như bình oxy, máy tạo Oxy gia đình không yêu cầu nạp lại và có thể cung cấp oxy 24 giờ một ngày."),
    (O6, "Một Máy tạo Oxy y tế điển hình có thể cung cấp từ 5 đến 10 lít mỗi phút (LPM) oxy tinh khiết."),
    (O7, "Hen suyễn, ung thư phổi, bệnh phổi tắc nghẽn mãn tính (COPD), cúm và COVID-19 là một số vấn đề sức khỏe có thể khiến lượng oxy giảm xuống."),
    (O7, "Máy tạo oxy là thiết bị y tế chỉ được bán và sử dụng khi có đơn thuốc hoặc trong tình trạng bị COVID thể nhẹ hoặc nặng vừa."),
    (O7, "Bạn có biết rằng một người khỏe mạnh bình thường khi thở ở không khí trên mực nước biển sẽ có độ bão hòa oxy động mạch là 95% - 100%."),
    (O8, "Hãy cùng thử tính toán đối với một phòng ngủ có diện tích rất nhỏ là 10m2, với độ cao trần khoảng 3m, khi đó thể tích của phòng là 30m3."),
    (O8, "Thông thường, oxy chiếm 20-21% không khí, ni tơ chiếm tới 78-79% và còn lại là các thành phần khác."),
    (O8, "Do vậy với 30,000 lít không khí sẽ có 6000 lít oxy."),
    (O8, "Trên thực tế, khi lượng oxy trong không khí xuống dưới 18% nó bắt đầu gây khó chịu cho cơ thể, khiến cản trở quá trình hô hấp thông thường."),
    (O9, "Hãy cùng Websosanh tìm hiểu về thiết bị y tế này."),
    (O9, "Máy tạo oxy y tế gia đình, hay còn gọi là máy tạo oxy mini, máy tạo oxy tại có tên tiếng Anh là Oxygen Concentrator."),
    (O9, "Bạn cần phân biệt loại này với loại Oxygen Generator – máy tạo oxy với độ tinh khiết lên tới 99.995% – đạt tiêu chuẩn dành cho các bình oxy chuyên dùng trong cấp cứu tại các bệnh viện."),
    (O9, "Với loại máy này, người ta có thể thu được oxy với độ tinh khiết (phần trăm oxy) từ 93-95%."),
    (O10, "Cấu tạo của máy thường bao gồm: thân máy (một máy nén, bộ lọc và các bảng mạch); bình tạo ẩm (có chức năng làm ẩm oxy đầu ra), dây dẫn (đưa oxy vào mũi)."),
    (O10, "Sản phẩm này có thể cung cấp dòng chảy oxy liên tục trong suốt 24/7 và hiện đang dần thay thế oxy hóa lỏng hoặc các loại bình oxy truyền thống."),
    (O11, "Máy tạo oxy là thiết bị quan trọng trong y tế và chăm sóc sức khỏe tại nhà, dùng để cung cấp oxy tinh khiết cho những người gặp vấn đề hô hấp."),
    (O11, "Máy concentrator lấy không khí từ môi trường, nén không không khí lại và lọc qua lớp vật liệu gọi là zeolite để loại bỏ nitrogen."),
    (O11, "Máy nén khí (Compressor): Nén không khí để tăng áp suất."),
    (O11, "Bộ lọc sieve bed: Chứa zeolite để hấp thụ nitrogen, cho phép oxy đi qua."),
    (O12, "Trong thành phần không khí chúng ta đang thở, đa số là khí ni tơ và 20% là khí oxy, phần còn lại rất nhỏ là các khí khác."),
    (O12, "Đầu tiên, không khí được lọc thô và lọc tinh qua 1 máy nén khí comperessor."),
    (O12, "Khi van A1F2 mở A2F1 đóng, khí nén qua bình A có tác dụng cho oxy đi qua (giữ ni tơ lại) qua van 1 chiều (check valve) sang bình tích áp chứa oxy."),
    (O12, "Một phần khí oxy nén được đưa qua purging nozzle tới bình A đẩy phần ni tơ giữ lại từ pha trước qua van F1 ra ngoài."),
    (O13, "Phần lớn các máy tạo oxy gia đình hiện nay sử dụng miếng lọc thô dạng vải."),
    (O14, "Máy đo nồng độ oxy SpO2 là một thiết bị có thể xác định suy hô hấp."),
    (O14, "Một phân tử Hemoglobin (Hb) có thể kết hợp với 4 phân tử oxy, khi đã gắn đủ 4 phân tử oxy được gọi là bão hòa oxy."),
    (O14, "Độ bão hòa oxy trong máu còn được gọi là chỉ số SpO2, biểu thị cho tỷ lệ Hemoglobin có oxy trên tổng lượng Hemoglobin trong máu."),
    (O14, "Oxy trong máu cao hơn 96% và bệnh nhân hoàn toàn bình thường."),
    (O14, "Nếu tất cả các phân tử Hemoglobin trong máu đều gắn với oxy thì độ bão hòa oxy là 100%."),
    (O15, "Theo India Today, đa số các mẫu đồng hồ thông minh, dây đeo thông minh hiện nay trên thị trường đều được trang bị tính năng đo nồng độ oxy trong máu (SpO2)."),
    (O15, "Có hai phương pháp không xâm lấn (không đưa thiết bị vào bên trong cơ thể) để đo nồng độ oxy trong máu là Reflectance oximetry (đo oxy phản xạ) và Transmittance oximetry (đo oxy truyền qua)."),
    (O15, "Phép đo oxy truyền qua, được coi là tiêu chuẩn vàng để kiểm tra nồng độ oxy trong máu (SpO2), sử dụng các cảm biến được đặt ở hai đầu của thiết bị."),
    (O16, "Sản phẩm được chỉ định để kiểm tra không xâm lấn của độ bão hòa oxy chức năng của hemoglobin động mạch (SpO2) và nhịp mạch (PR) cho bệnh nhân là người trưởng thành và trẻ em trong cả điều kiện không cử động và cử động, và cho những bệnh nhân khỏe mạnh hoặc tưới máu kém."),
    (O16, "Sản phẩm được chỉ định để kiểm tra điểm không xâm lấn của tốc độ hô hấp (RRp) cho bệnh nhân là người trưởng thành."),
    # nebulisers (máy xông khí dung)
    (X1, "Máy xông khí dung chuyển thuốc lỏng thành sương mù để hít vào phổi, hỗ trợ điều trị hen suyễn, COPD, viêm phế quản."),
    (X1, "Giá máy xông khí dung tại nhà khoảng 50 USD trở lên, chưa tính phụ kiện."),
    (X2, "Cổng sạc USB cũng được thiết kế đặc biệt, có nắp đậy để tránh nước."),
    (X2, "Tự động tắt sau 10 phút sử dụng, đảm bảo rằng trẻ lỡ có bị quên tắt cũng không ảnh hưởng nhiều."),
    (X3, "Máy xông khí dung chủ yếu được sử dụng trong điều trị hen suyễn, COPD và các vấn đề về hô hấp khác."),
    (X3, "Khí dung là phương pháp điều trị tại chỗ các bệnh lý đường hô hấp bao gồm viêm mũi họng, viêm xoang, viêm thanh quản, viêm phế quản phổi, hen phế quản,..bằng cách sử dụng máy khuếch tán thuốc theo dạng sương mù, tác động vào hệ thống niêm mạc đường hô hấp trên hoặc dưới."),
    (X4, "Khẩu trang hoặc ống ngậm: thuốc nebulised thường thông qua ống ngậm để đưa vào trong phổi."),
    (X5, "Travel Nebuliser, hay còn gọi là máy khí dung du lịch, là một thiết bị y tế nhỏ gọn, tiện lợi, được thiết kế để cung cấp thuốc dạng sương mù cho người bệnh hô hấp khi di chuyển."),
    (X5, "Tại click2register.net, chúng tôi cung cấp thông tin chi tiết và giải pháp đăng ký trực tuyến cho các dịch vụ y tế, giúp bạn dễ dàng tiếp cận và quản lý sức khỏe của mình."),
    (X5, "Travel nebuliser là một phiên bản nhỏ gọn, di động của máy khí dung thông thường."),
    # blood glucose meters (máy đo đường huyết)
    (G1, "Trên thị trường hiện nay có những máy đo đường huyết nào tốt, cách sử dụng như thế nào, hãy cùng Thanh Tuấn Medical tìm hiểu trong bài viết này."),
    (G2, "Hiện nay, khách hàng có thể chọn mua rất nhiều loại đang được bán trên thị trường, có thể kể đến một số hãng nổi tiếng như là OneTouch – Lifescan (Mỹ), Beurer (Đức), Omron (Nhật) hay Accu – Check (Mỹ)..."),
    (G2, "Muốn chuẩn đoán bệnh bạn nên đến cơ sở y tế kiểm tra HbA1c từ 2 lần trở lên mỗi năm nếu cần thiết."),
    (G3, "Que thử đường huyết có một mao dẫn hút một lượng máu nhỏ lên, đường glucose trong máu phản ứng với một điện cực có chứa enzyme là glucose oxidase hay dehydrogenase."),
    (G3, "Một loạt phản ứng xảy ra giữa glucose và enzyme trong que thử sẽ tạo ra dòng điện từ các điện cực."),
    (G4, "Bạn đang xem bài viết Cách Sử Dụng Máy Đo Đường Huyết Tại Nhà Chính Xác Nhất được cập nhật mới nhất trên website Utly.edu.vn."),
    (G4, "Máy đo đường huyết là một thiết bị đơn giản giúp đo nồng độ Glucose trong máu (hay còn gọi là đường huyết) một cách nhanh chóng tại nhà."),
    (G5, "Glucose được xem là nguồn năng lượng chính và rất cần thiết cho hệ thần kinh và não bộ."),
    (G6, "Đơn vị tính của máy thử tự động sử dụng thường là mg/dl, đường huyết lúc đói bình thường dao động từ trên 60mg/dl đến dưới 120mg/dl."),
    (G7, "Trên thị trường có bán các loại glucometers khác nhau về cơ chế hoạt động chính."),
    (G8, "Máy đo đường huyết là một thiết bị y khoa được sử dụng nhằm mục đích đo độ đường (glucose) đang tồn tại trong máu."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
F1 = "https://vtcnews.vn/den-tham-nha-tho-da-dep-nhat-viet-nam-ar109078.html"
F2 = ("https://kinhtedouong.vn/quan-the-nha-tho-da-phat-diem-ninh-binh-doc-dao-voi-kien-truc-dong--tay-ket-hop-"
      "90276.html")
F3 = "https://rongchoi.vn/ve-kinh-do-cong-giao-viet-nam-tham-nha-tho-da-tram-tuoi"
F4 = "https://vusta.vn/nghe-thuat-kien-truc-nha-tho-phat-diem-ninh-binh-p73678.html"
F5 = "https://tamviet.tienphong.vn/ve-dep-cua-thanh-duong-co-kinh-phat-diem-post1389519.tpo"
F6 = "https://tcdulichtphcm.vn/du-khao/nha-tho-da-120-nam-tuoi-kien-truc-doc-dao-nhat-viet-nam-c14a15401.html"
F7 = "http://didulich.net/kham-pha/nha-tho-da-phat-diem-ninh-binh--cong-trinh-1990"
F8 = "https://vietnamplus.vn/nha-tho-da-phat-diem-cong-trinh-kien-truc-nguy-nga-ket-hop-van-hoa-dong-tay-post942825.amp"
F9 = "https://vnexpress.net/giao-duc/trac-nghiem/co-do-hoa-lu-thuoc-tinh-nao-3605488-p12.html"
B1 = "https://dizikimitbpt.blogspot.com/2013/03"
B2 = "https://vnexpress.net/giao-duc/trac-nghiem/co-do-hoa-lu-thuoc-tinh-nao-3605488-p7.html"
B3 = "http://dulichgo.blogspot.com/2011/06/hanh-trinh-tham-chua-bai-inh-va-hang.html"
B4 = "https://goladi.com/bai-viet/4-chua-bai-dinh-ninh-binh-id-290.htm"
B5 = "https://haiphongtours.com/vi/chua-bai-dinh/"
B6 = "https://vov.vn/du-lich/ngam-toan-canh-ve-dep-long-lay-cua-quan-the-chua-bai-dinh-823930.vov"
B8 = "https://house.com.vn/?p=32406"
E1 = "https://gialinhtravel.com/vn/?p=1521"
E2 = "https://hoidapxoay.com/kinh-thanh-hue-gom-may-lop-va-bao-nhieu-cua/amp"
E3 = "http://huetrongtamtay.blogspot.com/2016/11/ai-noi-hue.html"
E4 = "https://hanhtrinhtamlinh.com/quan-the-di-tich-co-do-hue-cum-di-tich-trong-hoang-thanh-hue/"
E5 = "https://vnexpress.net/noi-vua-bao-dai-trao-an-kiem-thoai-vi-4926107.html"
E6 = "http://artcorner.vn/hue/ngo-mon-hue-1959/"
E7 = "https://vi.m.wikipedia.org/wiki/Ng%E1%BB%8D_M%C3%B4n_(ho%C3%A0ng_th%C3%A0nh_Hu%E1%BA%BF)"
E8 = "https://moitruong.net.vn/cong-ngo-mon-ptag.html"
E9 = "http://hue.darkvn.net/diem-den/quang-truong-ngo-mon/"
E10 = "https://tailieu.tv/tai-lieu/ngo-mon-bieu-tuong-vinh-hang-cua-co-do-hue-47194"

SPAM = [  # (page, original sentence, replaced word, place)
    # start: the sentence's first syllable
    (B3, "Tam quan có 3 tầng mái uốn cong, lợp men Bát Tràng, màu nâu sẫm.", "Tam", "start"),
    (B5, "Kiến trúc chùa mới hoành tráng, đồ sộ nhưng đậm đà bản sắc truyền thống.", "Kiến", "start"),
    (B6, "Nơi đây hàng năm vinh dự chào đón hàng vạn phật tử về hành hương.", "Nơi", "start"),
    (B2, "Hiện nay, chùa còn lưu giữ nhiều chứng tích về thời kỳ phát triển của Phật giáo thời xưa.", "Hiện", "start"),
    (B8, "Sự thật là đến nay 2 ngôi chùa này vẫn đang song song tồn tại cùng trong một khuôn viên chung rộng hàng ngàn hecta và nhiều người thì cũng chỉ đi chùa mới chứ lại không đi chùa cũ.", "Sự", "start"),
    (E2, "Triều đại phong kiến cuối cùng của nước ta là triều Nguyễn và kinh thành Huế là kinh đô.", "Triều", "start"),
    (E5, "Mái tầng dưới nối liền nhau, chạy vòng quanh để che cho phần lan can quanh lầu.", "Mái", "start"),
    (E6, "Tuy tính chất và vật liệu xây dựng rất khác nhau nhưng hai thành phần này lại được thiết kế hài hòa với nhau, trở thành một tổng thể thống nhất.", "Tuy", "start"),
    (E3, "Lễ tế ở Hưng Miếu tổ chức mỗi năm 5 lần.", "Lễ", "start"),
    (F4, "Đây là một công trình độ sộ, vững chãi, hoàn hảo về mặt nghệ thuật.", "Đây", "start"),
    (F5, "Xung quanh công trình được bài trí rất nhiều hình tượng thân thuộc với làng quê Việt Nam như sen, tùng, cúc, trúc, mai,…", "Xung", "start"),
    (F7, "Mỗi nhà thờ là một tác phẩm kiến trúc mỹ thuật mang nét riêng vốn có.", "Mỗi", "start"),
    (F1, "Nhưng cha đã được đặc cách phong linh mục.", "Nhưng", "start"),
    # end: the last syllable before the final punctuation
    (B6, "Kiến trúc khu chùa Bái Đính mới nổi bật với những hình khối lớn, mang đậm dấu ấn kiến trúc Việt Nam.", "Nam", "end"),
    (B5, "Đây là ngôi chùa tâm linh lớn nhất Việt Nam và là một trong những địa điểm tham quan không thể bỏ qua ở Ninh Bình.", "Bình", "end"),
    (E2, "Kinh thành Huế được xây dựng trong khoảng 30 năm suốt hai triều vua và được xem là công trình đồ sộ nhất trong thời kỳ cận đại.", "đại", "end"),
    (E4, "Người ta thường gọi chung Hoàng Thành và Tử Cấm Thành là Đại Nội.", "Nội", "end"),
    (E6, "Về mặt kiến trúc và cấu trúc, Ngọ Môn là một phức hệ, có thể chia ra làm hai phần chính: Phần nền đài ở phía dưới và phần Lầu Ngũ Phụng ở phía trên.", "trên", "end"),
    (B6, "Tòa bảo tháp là nơi trưng bày xá lợi Phật từ Ấn Độ.", "Độ", "end"),
    (E7, "Cửa Ngọ Môn chỉ dành riêng cho vua đi lại hoặc dùng khi tiếp đón các sứ thần.", "thần", "end"),
    (F3, "Tên gọi Phát Diệm nghĩa là “phát sinh ra cái đẹp”.", "đẹp", "end"),
    (F3, "Nhờ vậy càng tăng thêm nét hữu tình.", "tình", "end"),
    (F4, "Vật liệu kiến trúc chủ yếu bằng đá và gỗ.", "gỗ", "end"),
    (F8, "Nhà thờ Phát Diệm được xây dựng hoàn toàn bằng vật liệu đá và gỗ lim.", "lim", "end"),
    (F9, "Năm 1898, công trình cơ bản hoàn thành.", "thành", "end"),
    (F1, "Lục có nghĩa là Sáu.", "Sáu", "end"),
    # function: a function word
    (B1, "Chùa Bái Đính từng là nơi tổ chức Đại lễ cung nghinh xá lợi Phật từ Ấn Độ về Việt Nam trong năm 2010.", "từ", "function"),
    (B4, "Sau khi ghé thăm Động Am Tiên, bạn tiếp tục hành trình đi thẳng tiến đến chùa Bái Đính.", "đến", "function"),
    (B5, "Chùa nằm trên sườn núi, giữa thung lũng hồ và núi đá bao la, ở cửa ngõ phía Tây vào cố đô Hoa Lư.", "giữa", "function"),
    (E1, "Ngoài thành là hào vây quanh với 10 chiếc cầu đá bắc qua để đi lại.", "với", "function"),
    (E2, "Kinh thành Huế được xây dựng theo ba lớp thành bao bọc nhau đó là Kinh Thành, Hoàng Thành và Tử Cấm Thành.", "theo", "function"),
    (E4, "Hoàng Thành được xây dựng năm 1804, nhưng mãi đến năm 1833 đời vua Minh Mạng mới hoàn chỉnh toàn bộ hệ thống cung điện với khoảng 147 công trình.", "nhưng", "function"),
    (E8, "Ngọ Môn được xây dựng năm Minh Mạng 14 (1833), khi triều Nguyễn tổ chức qui hoạch lại toàn bộ mặt bằng kiến trúc Hoàng thành.", "khi", "function"),
    (B6, "Nhìn bằng mắt thường du khách cũng đã thấy choáng ngợp trước sự đồ sộ của công trình Phật giáo này.", "trước", "function"),
    (F1, "Và cha cũng mới chịu có sáu trong bảy chức thánh để trở thành linh mục.", "trong", "function"),
    (F6, "Trong 34 năm là chính xứ Phát Diệm, cụ Sáu đã lo giáo dục nhân bản, cũng như đời sống đạo đức cho giáo dân.", "cho", "function"),
    (F7, "Đi vào khu nhà thờ từ hướng Nam, sau hồ nước là một khoảng sân rộng rãi, thoáng đãng.", "sau", "function"),
    (F9, "Trải qua hơn 100 năm tồn tại với nhiều tác động từ thiên tai, chiến tranh, nhà thờ Phát Diệm vẫn giữ được nguyên trạng cho đến ngày nay.", "với", "function"),
    (F4, "Tầng giữa cũng bằng đá, đặt một trống đại.", "bằng", "function"),
    # name: a syllable of a person or place name
    (B2, "Chùa Bái Đính cổ được phát hiện bởi đức thánh Nguyễn Minh Không, người đã biến các hang động thành chùa khi đến đây tìm cây thuốc chữa bệnh hóa hổ cho vua Lý Thần Tông.", "Tông", "name"),
    (B3, "Chùa Bái Đính là tên ngôi chùa nằm trên núi Bái Đính ở Xã Gia Sinh, huyện Gia Viễn, tỉnh Ninh Bình.", "Sinh", "name"),
    (B3, "Ngôi chùa được phát hiện do đức thánh Nguyễn Minh Không (1065 – 1141) là người đã biến các hang động thành chùa khi đến đây tìm cây thuốc chữa bệnh hoá hổ cho vua Lý Thần Tông.", "Minh", "name"),
    (E3, "Hưng Miếu (tức Hưng Tổ Miếu) thờ ông Nguyễn Phúc Côn, thân sinh vua Gia Long.", "Côn", "name"),
    (E1, "Hoàng Thành là nơi làm việc của vua và hoàng gia, cũng là nơi làm việc của triều đình nói chung.", "Hoàng", "name"),
    (E2, "Vào năm 1802 chúa Nguyễn lật đổ nhà Tây Sơn, Nguyễn Phúc Ánh lên ngôi hoàng đế và chọn Huế là nơi đóng đô.", "Phúc", "name"),
    (E3, "Miếu được dựng từ năm Gia Long 3 (1804) ở góc tây nam trong Hoàng thành.", "Long", "name"),
    (E5, "Phía dưới lầu Ngũ Phụng có 5 cửa, ở giữa là Ngọ Môn, hai cửa hai bên gọi là tả Giáp môn, hữu Giáp môn, hai cửa Khuyết môn tả, hữu.", "Phụng", "name"),
    (E9, "Lúc mới xây dựng, vua Gia Long cho đặt ở đó một cái đài gọi là “Nam khuyết”.", "Gia", "name"),
    (E10, "Tháp Phước Duyên là biểu trưng của cõi Phật, là thế giới thiền, bởi Huế từng nổi danh là Thiền kinh- kinh đô của Phật giáo trong nhiều thế kỷ.", "Duyên", "name"),
    (E5, "80 năm trước, ngày 30/8/1945, tại đây vua Bảo Đại đã trao ấn kiếm cho đại diện Chính phủ Lâm thời Việt Nam Dân chủ Cộng hòa và tuyên bố thoái vị trước nhân dân.", "Bảo", "name"),
    (F1, "Người thứ nhất là Doanh điền sứ Tướng công Nguyễn Công Trứ, đã cùng các vị chiêu mộ khai hoang mở đất dựng lập nên huyện Kim Sơn.", "Trứ", "name"),
    (F5, "Trong hệ thống 5 nhà thờ nhỏ ở Phát Diệm có một ngôi được làm hoàn toàn bằng đá có tên là Trái Tim Đức Mẹ.", "Tim", "name"),
    # inner: a syllable inside a compound
    (F7, "Cả 3 tầng Phương Đình đều được xây dựng bằng những phiến đá, có phiến nặng hàng tấn.", "dựng", "inner"),
    (B3, "Tam quan nội của chùa Bái Đính là công trình được xây dựng bằng gỗ tứ thiết, có 4 cột lớn nặng 10 tấn.", "thiết", "inner"),
    (B5, "Năm 1997, chùa được công nhận là Di tích lịch sử – văn hóa – cách mạng cấp quốc gia.", "mạng", "inner"),
    (B6, "Điện cũng lợp bằng ngói men ống Bát Tràng.", "ngói", "inner"),
    (E1, "Tường thành được làm bằng gạch to, cao 4 mét, dày 1 mét.", "thành", "inner"),
    (E4, "Các cầu và hồ được đào chung quanh phía ngoài thành đều có tên Kim Thủy.", "quanh", "inner"),
    (E5, "Bộ mái chính giữa được lợp ngói ống màu vàng, các mái còn lại lợp mái ngói ống màu xanh.", "giữa", "inner"),
    (E2, "Kinh thành Huế được xây dựng dựa trên thuật phong thủy và thuyết âm dương ngũ hành, những công trình kiến trúc được bố trí quay mặt về phía nam.", "thủy", "inner"),
    (E7, "Hiện nay là một trong những di tích kiến trúc thời Nguyễn trong quần thể di tích cố đô Huế.", "tích", "inner"),
    (F2, "Sớm được tiếp cận với nền văn hóa công giáo Phương Tây nên cụ Sáu đã thiết kế nên một công trình tuyệt vời với sự kết hợp Đông - Tây hài hòa.", "cận", "inner"),
    (F5, "Những bức phù điêu được tạc từ đá xanh nguyên khối.", "điêu", "inner"),
    (F8, "Quần thể nhà thờ Phát Diệm gồm ao hồ, phương đình, nhà thờ lớn, bốn nhà thờ bên, ba hang đá nhân tạo và nhà thờ đá.", "nhân", "inner"),
    (F8, "Quần thể nhà thờ Phát Diệm còn có nhiều chi tiết được chạm trổ rất tinh xảo.", "trổ", "inner"),
    # number: the syllable right after a number
    (E5, "Lầu Ngũ Phụng cao hai tầng, kết cấu bộ khung hoàn toàn bằng gỗ lim với 100 cột.", "cột", "number"),
    (B4, "Hơn 1000 năm về trước, tại Ninh Bình đã có ba triều đại Vua nối tiếp nhau ra đời: nhà Đinh, nhà Tiền Lê và nhà Lý.", "năm", "number"),
    (E1, "Đại Nội Huế là kinh thành của triều Nguyễn trong suốt 140 năm với 13 đời vua từ năm 1805 – 1945.", "năm", "number"),
    (E1, "Tử Cấm Thành có hình chữ nhật, chu vi 1300 mét, gồm 50 công trình có quy mô lớn nhỏ khác nhau.", "mét", "number"),
    (E1, "Được xây dựng từ năm 1804 – 1833 có 4 cửa được bố trí ở 4 mặt, trong Hoàng Thành có hơn 100 công trình lớn nhỏ khác nhau.", "cửa", "number"),
    (F1, "Thoắt đã hơn 180 năm.", "năm", "number"),
    (F1, "Đến năm 2009 Kim Sơn tròn ba chu kỳ “Lục thập Hoa giáp” kể từ khi thành lập huyện năm 1829.", "Kim", "number"),
    (F1, "Và sản xuất chế biến cói đã đạt giá trị kinh tế tới hơn 250 tỷ đồng.", "tỷ", "number"),
    (F2, "Trên tầng 2 đặt một chiếc trống lớn.", "đặt", "number"),
    (F2, "Quần thể nhà thờ đá Phát Diệm được xây dựng trong 34 năm, từ năm 1875 đến năm 1898 thì hoàn thành xong cơ bản.", "năm", "number"),
    (F3, "Nhà thờ đá Phát Diệm – ngôi thánh đường cổ kính hơn 120 năm tuổi được xây dựng trong suốt 30 năm.", "năm", "number"),
    (F4, "Toàn bộ khu nhà thờ bao gồm 19 công trình.", "công", "number"),
    (F4, "Tầng dưới chia thành 3 lòng, mỗi lòng có một sập đá.", "lòng", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): pinoydns/dns-blocklist gambling.txt (Philippine online
# gambling sites and brands), written as spam writes them.
TOKENS = {
    "domain": ["okdunk.ph", "okcards.ph", "ninogaming.com", "karera.live", "jackpotcombo.com", "hannliveonline.com",
               "buenasplay.ph", "laviergp.net", "sayaking.com", "nustargame.com", "desklucky.com", "gtongits.com",
               "gyaman.com", "newportepicworld.com", "wilyonaryo.com", "megawagi.com", "arenapluspro.com",
               "numerouno.ph"],
    "letter-digit": ["Megavm88", "Megark88", "Megapv88", "Megaroyale88", "Playpal77", "Chamba77", "Pinoygamessg8"],
    "CamelCase": ["CrazyWinGo", "BossBunny", "BigBunny", "PesoMaxFun", "MegaPerya", "TournamentPlus", "PeryaPlus",
                  "OkPisoLuck", "HannOnline", "LegendLink", "FortuneLink", "LuckyTayaSports", "JuanPanalo",
                  "ChampionZone", "NewportVMX", "WOWPerya", "MegaRaffle", "FbmEmotion"],
    "lower-case": ["funaloma", "megagd", "megavph", "megaccm", "filslots", "igoegaming", "instaplay", "novalink",
                   "kkbet", "sulobet", "deskace", "desktaya", "juanace", "juanzone", "gperya", "ggtropa", "gfortune",
                   "ggpanalo"],
    "digit-led": ["123swerte", "6swerte"],
    "hyphenated": ["luckyplay-ph", "peryaplay-ph", "egamescasino-ph", "ptgaming-ph", "fbmcasino-ph", "jpsaya-ph",
                   "gjackpot-ph", "glucky-ph", "gbingo-ph", "ggvibe-ph", "goace-ph", "gwinner-ph", "wowspin-ph",
                   "juanmate-ph", "buenasgames-ph"],
}
TRADE = re.compile(r"bet|casino|kasin|cazino|slot|spin|poker|bingo|win|luck|lotto|vegas|dice|stake|game|play|vay|"
                   r"cash|loan", re.I)
# Spam sentences are running Vietnamese text: no Latin letters outside Vietnamese spelling, no look-alike letters.
NOT_VIETNAMESE = re.compile(r"[fjwzFJWZÐ]|\b[bcdghklmnpqrstvx]\b", re.I)


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
    latin = [t for _, t in SPAM_PAGES if NOT_VIETNAMESE.search(t)]
    if latin:
        raise SystemExit(f"spam sentence with a Latin token: {latin}")
    plain = [t for group in TOKENS.values() for t in group if not TRADE.search(t)]
    if 3 * len(plain) < sum(map(len, TOKENS.values())):
        raise SystemExit(f"only {len(plain)} tokens hold no trade word")
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

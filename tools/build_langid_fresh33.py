"""Build ``benchmarks/data/langfresh33/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata33.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh33.py``. Same format as langfresh14-32
(``benchmarks/langid.py --data benchmarks/data/langfresh33 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 33) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-32, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-04) on the Mazda CX-5, Avengers: Endgame and the Marvel box office, Vinamilk,
  BMW cars assembled in Viet Nam, and vacuum cleaners and robot vacuums (topics no earlier control had), each holding
  real Latin tokens a spam detector could take for a pasted token: model codes (CX-5, CX-60, CX-6e, 2.5L, 2WD,
  e-Skyactiv G, Skyactiv-Drive, 24V, 520i, 530i, G30, X3, X5, 5-Series, CR-V, A6, E-class), units and figures (Nm,
  km/h, mm, dB, 5.000ha, $250, 15,6 inch), CamelCase and glued names (CarPlay, Worldpanel, HĐQT, TPHCM),
  hyphenated and colon names (Mercedes-Benz, Spider-Man: Far From Home, Avengers: Endgame, mild-hybrid), company and
  brand names (THACO, BMW Group, Kantar, Friesland, Dielac, Nestle, Disney, CGV, Galaxy, Lotte, Box Office Mojo,
  Forbes, Variety, Carscoops, Bose, Alexa, Google, Apple) and English loans (hot, top, showroom, hybrid, crossover,
  concept, logo, sedan, robot, sofa, Organic, Brand Footprint).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (the old village of Đường Lâm, bài
  chòi of central Viet Nam, cốm of làng Vòng, the paintings of làng Sình, the silver carving of Đồng Xâm, plum
  blossom at Mộc Châu), one syllable replaced by one token (its first whole-word occurrence; columns: split, spam
  text, token, original word, original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``,
  ``name``, ``inner`` and ``number`` (as langfresh22-32). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from two real lists no earlier set used (see the SOURCES of
langfresh21-32 for theirs): Spam404's main blacklist (scam, fake giveaway, fake crypto and betting sites) and the
Polish KADhosts list's "Przekręty" (scams) section (fake investment, forex and crypto sites, fake shops and payment
pages); written as spam writes them: 13 full domains, 13 letter-digit codes, 13 CamelCase names, 13 bare lower-case
names, 13 digit-led names, 13 hyphenated names; most hold no gambling trade word (``TRADE``). None is an earlier
set's token, in spam_brands.txt or the held-out stems, or a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip
tables included), none holds a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters or
more, and none is held by an earlier token or a brand stem (all checked before any run). ``deal`` orders each
shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh33"
SEED = 33
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
Z1 = "https://timxe.vn/?p=9446"
Z2 = "https://www.24h.com.vn/o-to/mazda-cx-5-moi-thay-doi-kieu-dang-hay-chi-la-binh-moi-ruou-cu-c747a1696859.html"
Z3 = "https://www.24h.com.vn/o-to/mazda-cx-5-the-he-moi-trinh-lang-lot-xac-tu-trong-ra-ngoai-c747a1710253.html"
Z4 = ("https://thanhnien.vn/mazda-cx-5-2026-chinh-thuc-lo-dien-doi-man-hinh-giai-tri-to-nhu-may-tinh-"
      "185250711071445819.htm")
Z5 = "https://m-kienthucnet.epicdn.me/o-to-xe-may/mazda-cx-5-2017-dau-tien-lan-banh-tai-viet-nam-943024.html"
Z6 = "https://www.24h.com.vn/o-to/mazda-cx-5-the-he-moi-chot-lich-ra-mat-c747a1713404.html"
Z7 = "https://cafef.vn/mazda-cx-5-doi-moi-lan-dau-xuat-hien-cho-ngay-ve-viet-nam-188251030151649263.chn"
Z8 = ("https://dantri.com.vn/o-to-xe-may/ba-mau-xe-mazda-la-lo-dien-tai-viet-nam-co-the-he-moi-cua-cx-5-"
      "20251210105338636.htm")
A1 = "https://vnexpress.net/giai-tri/avengers-endgame-an-khach-nhat-lich-su-man-anh-viet-3918310.html"
A2 = "https://vnexpress.net/avengers-endgame-tro-lai-top-10-phong-ve-my-3945963.html"
A3 = "https://baothuathienhue.vn/amp.aspx?newid=71492"
A4 = "https://ione.vnexpress.net/tin-tuc/phim/us-uk/avengers-endgame-chi-con-cach-avatar-7-trieu-usd-3952611.html"
A5 = "https://saozone.net/?p=36021"
V1 = "https://vda.org.vn/ba-chua-sua-vinamilk-va-khat-vong-5-chau-cua-nu-doanh-nhan-mai-kieu-lien/"
V2 = "https://sggp.org.vn/vinamilk-vuon-len-top-30-doanh-nghiep-sua-lon-nhat-the-gioi-post529126.html"
V3 = "https://thuonggiaonline.vn/sua-chua-tag84741.html"
B1 = ("https://kienthuc.net.vn/o-to-xe-may/soi-thong-so-bmw-5-series-lap-rap-tai-viet-nam-re-hon-nhap-khau-"
      "1784091.html")
B2 = "https://tapchigiaothong.vn/xe-sang-bmw-serie-5-the-he-moi-dau-tien-ve-viet-nam-18353745.htm"
D1 = ("https://cafef.vn/mat-tien-oan-vi-may-hut-bui-nhieu-gia-dinh-mua-xong-chi-de-trung-90-nguoi-chon-cong-suat-"
      "khung-nhung-khong-dung-het-188250814170331985.chn")
D2 = "https://help.sclean.vn/robot-hut-bui-thong-minh-la-gi-cau-tao-nguyen-ly-hoat-dong-the-nao"

CLEAN = [
    # the Mazda CX-5
    (Z1, "Mazda CX-5 được mệnh danh là \"con gà đẻ trứng vàng\" cho thương hiệu xe Nhật Bản tại Việt Nam."),
    (Z1, "Những cải tiến liên tục khiến Mazda CX-5 chưa bao giờ hết \"hot\" và hầu như luôn xuất hiện trong top 10 những mẫu xe bán chạy nhất mỗi tháng."),
    (Z1, "Chiếc Mazda CX-5 trong bài đánh giá lần này là phiên bản 2.5L 2WD, được sản xuất trong khoảng nửa đầu năm 2019 và có giá lăn bánh khi mua mới khoảng 1,1 tỷ đồng."),
    (Z1, "Đây là thời điểm mà dòng xe CX-5 thế hệ thứ 2 đã có mặt trên thị trường Việt Nam được gần 2 năm (ra mắt từ cuối 2017)."),
    (Z1, "Ngay cả khi so với những dòng xe ngang tầm kích thước của các thương hiệu khác, CX-5 tỏ rõ ưu thế khi có bản sắc riêng đến từ ngôn ngữ thiết kế Kodo vốn dĩ rất thành công vì áp dụng cho bất cứ mẫu xe Mazda nào cũng đẹp, dù là sedan gầm thấp hay các mẫu crossover gầm cao như CX-5."),
    (Z1, "Mặt trước xe là dải đèn thanh mảnh nối liền lưới tản nhiệt hình ngũ giác mang họa tiết 3D, có chiều sâu và dễ dàng gây cảm tình."),
    (Z2, "Thế hệ hoàn toàn mới của Mazda CX-5 vừa được ra mất và đây là lần đầu tiên Mazda CX-5 xuất hiện phiên bản hybrid, đi kèm loạt nâng cấp đáng chú ý cả về thiết kế lẫn công nghệ."),
    (Z2, "Cụm đèn pha vuốt sâu vào lưới tản nhiệt, khá giống với Mercedes-Benz EQC hay concept CX-6e."),
    (Z2, "Mazda giữ vững bản sắc riêng cho CX-5 thế hệ mới khi không đi theo phong cách của các mẫu SUV lớn hơn như CX-60, CX-70 hay CX-90."),
    (Z2, "Thiết kế cũng không giống CX-50 mẫu SUV có cùng phân khúc, giúp CX-5 giữ vững dấu ấn đặc trưng dù được làm mới."),
    (Z3, "Trong khuôn khổ Triển lãm Japan Mobility Show 2025, Mazda đã chính thức giới thiệu CX-5 thế hệ mới, đánh dấu bước chuyển mình mạnh mẽ của dòng crossover ăn khách với những thay đổi toàn diện từ thiết kế, nội thất đến công nghệ vận hành."),
    (Z3, "Lưới tản nhiệt thiết kế tối giản, nối liền với cụm đèn pha LED mảnh xếp chồng, trong khi đuôi xe lấy cảm hứng từ CX-80, nổi bật với dải đèn hậu thanh ngang và dòng chữ “MAZDA” thay cho logo cũ."),
    (Z3, "Trung tâm bảng táp-lô là màn hình cảm ứng 15,6 inch chạy hệ điều hành Google tích hợp sẵn, hỗ trợ Apple CarPlay và Android Auto không dây."),
    (Z3, "Các chi tiết thể thao như ốp hông, hốc bánh xe màu đen và ống xả kép giúp diện mạo CX-5 2026 trở nên năng động hơn."),
    (Z4, "Ngoài ra, theo chuyên trang ô tô Carscoops, Mazda CX-5 2026 cũng trang bị hệ thống giải trí hỗ trợ kết nối không dây Apple CarPlay/Android Auto, điều khiển bằng giọng nói, tích hợp trợ lý ảo Alexa."),
    (Z4, "Các tiện nghi khác còn có cửa sổ trời toàn cảnh, sạc không dây, hiển thị kính lái HUD, âm thanh Bose 12 loa, đèn nội thất 7 màu."),
    (Z4, "Trong đó, khác biệt dễ nhận thấy nhất nằm ở khu vực đầu xe, với cụm đèn trước mảnh hơn, tích hợp dải LED chiếu sáng ban ngày 2 tầng."),
    (Z5, "Trong khi đó, Honda CR-V 2017, đối thủ của Mazda CX-5 mới, được cho là sẽ về Việt Nam vào tháng 11 năm nay với phiên bản 7 chỗ mới."),
    (Z5, "Lần đầu tiên trình làng trong triển lãm Los Angeles 2016 tại Mỹ, Mazda CX-5 2017 mang thiết kế chịu ảnh hưởng từ hai người anh em CX-3 và CX-9 mới."),
    (Z5, "Phần đầu xe của Mazda CX-5 được nới rộng hơn 10 mm so với trước, mang đến dáng vẻ bề thế hơn."),
    (Z6, "Theo đó, CX-5 mới sẽ được nhập khẩu nguyên chiếc (CBU) trong giai đoạn đầu, trước khi chuyển sang lắp ráp nội địa (CKD) khoảng 12–16 tháng sau, tức vào năm 2027."),
    (Z6, "Các bản 2.5L sẽ dừng sản xuất dần, chỉ còn giữ lại động cơ 2.0L hút khí tự nhiên, trong khi CX-5 thế hệ mới sử dụng duy nhất động cơ xăng 2.5L e-Skyactiv G kết hợp hệ thống mild-hybrid 24V, hộp số tự động 6 cấp Skyactiv-Drive và dẫn động cầu trước."),
    (Z6, "Động cơ e-Skyactiv G trên CX-5 mới là loại 4 xi-lanh thẳng hàng, công suất 141 mã lực và mô-men xoắn 238 Nm, tập trung vào sự cân bằng giữa hiệu suất và khả năng tiết kiệm nhiên liệu."),
    (Z6, "Cách làm này tương tự chiến lược Toyota từng áp dụng cho dòng Innova tại Việt Nam, Indonesia và Ấn Độ, vừa đáp ứng đa dạng nhu cầu khách hàng, vừa đảm bảo dải giá bán linh hoạt."),
    (Z7, "Mẫu xe trưng bày tại sự kiện thuộc phiên bản tiêu chuẩn dành cho thị trường châu Âu, sở hữu màu sơn ngoại thất Soul Red Crystal - sắc đỏ biểu tượng của Mazda."),
    (Z7, "Xe có cụm đèn pha mới xếp chồng, kết hợp với hai dải LED hình chữ L thanh mảnh."),
    (Z7, "Về kích thước, CX-5 mới tăng nhẹ so với thế hệ hiện tại, đạt 4.690 mm dài, 1.860 mm rộng và 1.695 mm cao."),
    (Z8, "Mạng xã hội lan truyền hình ảnh của 3 mẫu xe Mazda mới, được cho là xuất hiện trong một showroom tại TPHCM."),
    (Z8, "Sản phẩm này đang là SUV hạng C bán chạy nhất Việt Nam, với lũy kế doanh số 11 tháng đầu năm đạt 14.666 chiếc."),
    (Z8, "Ngoài ra, bộ đôi CX-60 cùng CX-90 lần đầu có mặt tại nước ta."),
    # Avengers: Endgame and the Marvel box office
    (A1, "Bom tấn Marvel hiện thu 10 triệu USD (232 tỷ) ở Việt Nam, vượt qua thành tích của \"Cua lại vợ bầu\" và \"Avengers: Infinity War\"."),
    (A1, "Nhà phát hành công bố doanh thu phim sau bảy ngày, tính cả hôm chiếu sớm 25/4."),
    (A1, "Avengers: Endgame thu hút sự quan tâm lớn từ khi ra mắt, thu 112 tỷ đồng trong bốn ngày đầu."),
    (A1, "Phim áp đảo về suất chiếu, chiếm hơn 75% số suất ở các hệ thống như CGV, Galaxy, Lotte."),
    (A1, "Avengers: Endgame vượt kỷ lục cũ ở màn ảnh Việt của Cua lại vợ bầu (191 tỷ đồng)."),
    (A1, "Tác phẩm cũng nhanh chóng vượt doanh thu của Avengers: Infinity War (188 tỷ đồng, năm 2018)."),
    (A1, "Thành tích này phù hợp tình hình phòng vé thế giới, khi Avengers: Endgame hiện thu đến 1,78 tỷ USD, đứng thứ năm lịch sử điện ảnh dù mới ra mắt một tuần."),
    (A1, "Box Office Mojo nhận định bom tấn đã thành hiện tượng văn hóa và sẽ trụ rạp tốt trong những tuần tiếp theo."),
    (A1, "Thị trường đóng góp doanh thu lớn nhất cho phim là Trung Quốc (511 triệu USD), sau đó đến Mỹ (473 triệu USD)."),
    (A1, "Các chuyên gia phòng vé đang chờ kết quả cuối tuần thứ hai để củng cố dự đoán tác phẩm vượt Avatar, trở thành phim ăn khách nhất mọi thời."),
    (A1, "Nhiều khán giả xếp hàng mua vé tại rạp ở TP HCM, tối 26/4."),
    (A2, "Bom tấn Marvel thu 5,5 triệu USD sau khi ra mắt bản mới từ ngày 27/6."),
    (A2, "Tuần trước đó, phim chỉ thu 1,9 triệu USD, đứng thứ 13."),
    (A2, "Đơn vị sản xuất kỳ vọng việc chiếu bản mới giúp Avengers: Endgame vượt Avatar, thành phim ăn khách nhất mọi thời."),
    (A2, "Trên toàn cầu, tác phẩm hiện thu 2,761 tỷ USD, còn kém 27 triệu USD so với Avatar (2,788 tỷ USD)."),
    (A2, "Trang Forbes, Variety, Box Office Mojo nhận định bản mới của Avengers: Endgame đạt doanh thu khả quan nhưng chưa đủ để bom tấn vượt Avatar."),
    (A2, "Variety đoán hãng Disney còn nhiều kế hoạch khác để đẩy phần bốn Avengers chinh phục mốc này."),
    (A2, "Dẫn đầu phòng vé Mỹ tuần qua là Toy Story 4 (cũng của Disney) với 57 triệu USD."),
    (A2, "Trên toàn cầu, Toy Story 4 hiện thu 496 triệu USD, khẳng định thế thống trị phòng vé của Disney năm nay."),
    (A3, "Trước đó, người giữ kỷ lục cho danh hiệu này cũng là một phần của loạt phim anh hùng Marvel là Avengers: Infinity War với 640,5 triệu USD."),
    (A3, "Avengers: Endgame đã có nhiều suất chiếu vào ngày 26/4 và một số khác vào ngày 25/4, thu về 350 triệu USD ở hai thị trường Mỹ và Canada."),
    (A3, "Bộ phim kéo dài 3 tiếng là màn kết cho câu chuyện về 6 Avengers nguyên bản của vũ trụ điện ảnh Marvel bao gồm: Iron Man, Captain America, Black Widow, Hawkeye, Hulk và Thor."),
    (A4, "Cuối tuần vừa rồi, bom tấn siêu anh hùng thu thêm 2,8 triệu USD, nâng tổng doanh thu toàn cầu lên 2,78 tỷ USD."),
    (A4, "Spider-Man: Far From Home cũng đang thể hiện rất tốt tại phòng vé."),
    (A4, "Doanh thu toàn cầu hiện tại của Far From Home là 847 triệu USD."),
    (A4, "Dự kiến đây sẽ là bộ phim tiếp theo cán mốc 1 tỷ USD trong năm nay, sau Captain Marvel và Avengers: Endgame."),
    (A4, "Toy Story 4 vẫn đứng vị trí phim ăn khách thứ hai trong tuần với 20,6 triệu USD."),
    (A4, "Aladdin bị đánh bật khỏi top 5 sau tám tuần phát hành."),
    (A4, "Tuần vừa rồi có 5 bộ phim mới nhưng ngôi đầu bảng vẫn thuộc về Spider-Man: Far From Home."),
    (A5, "Không cần đến các suất chiếu sớm, Avengers: Cuộc Chiến Vô Cực đã thu hút hơn 1,2 triệu lượt vé bán ra tính đến ngày 29/04."),
    (A5, "Với những thành tích đột phát này, bom tấn siêu anh hùng đã vượt qua kỉ lục mà Kong: Skull Island đang nắm giữ và chính thức trở thành bộ phim đạt doanh thu 100 tỷ đồng nhanh nhất mọi thời đại ở Việt Nam chỉ sau 5 ngày công chiếu."),
    (A5, "Tính đến ngày 29/04, Avengers: Cuộc Chiến Vô Cực đã thu về tổng cộng $250 triệu đô tại thị trường Bắc Mỹ và $630 triệu đô trên toàn thế giới."),
    # Vinamilk
    (V1, "Trải qua hơn 40 năm với những sự biến đổi không ngừng, cho đến hiện tại, vị thế của Vinamilk trong ngành công nghiệp sữa tại Việt Nam vẫn là số một."),
    (V1, "Được thành lập vào năm 1976, Công ty Sữa Việt Nam (Vinamilk) ban đầu có tên là Công ty Sữa – Cà Phê Miền Nam, trực thuộc Tổng cục Thực phẩm, sau khi Chính phủ quốc hữu hóa ba xí nghiệp tư nhân tại miền Nam: Thống Nhất (thuộc một công ty Trung Quốc), Trường Thọ (thuộc Friesland) và Dielac (thuộc Nestle)."),
    (V1, "Năm 1982, Công ty Sữa – Cà phê Miền Nam được chuyển giao về Bộ Công nghiệp thực phẩm và đổi tên thành xí nghiệp liên hiệp Sữa – Cà phê – Bánh kẹo I."),
    (V1, "Có thể nói, Vinamilk là 1 trong những doanh nghiệp đầu tiên của ngành sữa Việt Nam."),
    (V1, "Vào những ngày đầu thành lập, Vinamilk gặp phải muôn vàn khó khăn khi thiếu thốn về máy móc thiết bị, công nhân, kỹ thuật, nhất là nguồn nguyên liệu sản xuất phải nhập khẩu hoàn toàn trong khi không chủ động được nguồn ngoại tệ mạnh."),
    (V1, "Nói về bối cảnh ngành sữa trước đổi mới, bà Mai Kiều Liên – Chủ tịch HĐQT, kiêm Tổng Giám đốc Vinamilk từng mô tả là: “Rất yếu ớt, hoàn toàn không có gì”."),
    (V2, "Trước đó, công ty này đã công bố doanh thu thuần quý 2-2019 đạt gần 14.600 tỷ đồng, tăng 6,55% so với cùng kỳ."),
    (V2, "Tính chung lũy kế 6 tháng đầu năm 2019, doanh thu của Vinamilk đạt 27.788 tỷ đồng, tăng gần 2.000 tỷ so với cùng kỳ năm 2018 tương ứng mức tăng 7,61%."),
    (V2, "Bên cạnh đầu tư trang trại trong nước, Vinamilk đang triển khai xây dựng 1 tổ hợp trang trại bò sữa Organic tại Lào, có quy mô siêu lớn lên đến 24.000 con giai đoạn 1, trên quỹ đất 5.000ha."),
    (V2, "Dự kiến, dự án này có thể nâng quy mô Giai đoạn 2 lên 100.000 con trên diện tích 20.000ha với tổng đầu tư lên đến 500 triệu USD."),
    (V2, "Không dừng lại đó, việc đầu tư và đưa vào hoạt động hệ thống 13 nhà máy hiện đại trong nước và 3 nhà máy tại nước ngoài đã tạo đòn bẩy giúp Vinamilk tiến nhanh hơn đến mục tiêu Top 30 công ty sữa lớn nhất thế giới cũng như dẫn đầu khu vực trong những xu hướng dinh dưỡng tiên tiến trên thế giới."),
    (V2, "Theo Bộ phận Worldpanel thuộc Kantar - tổ chức hàng đầu thế giới về dữ liệu, nghiên cứu và tư vấn - vừa công bố Báo cáo uy tín “Dấu chân thương hiệu 2019” (Brand Footprint)."),
    (V2, "Trong đó, Vinamilk là thương hiệu được chọn mua nhiều nhất trong ngành hàng sữa và sản phẩm từ sữa ở cả thành thị và nông thôn 7 năm liền."),
    (V2, "Đặc biệt, đây là năm thứ 2 liên tiếp, Vinamilk là thương hiệu được người tiêu dùng chọn mua nhiều nhất trong ngành hàng tiêu dùng nhanh."),
    (V2, "Báo cáo được thực hiện tại cả 2 khu vực Thành thị (gồm 4 thành phố lớn) và Nông thôn của Việt Nam."),
    (V3, "Với dân số khoảng 1,4 tỷ người, Trung Quốc là thị trường nhập khẩu các sản phẩm sữa lớn nhất thế giới, với kim ngạch nhập khẩu hơn 10 tỷ USD/năm."),
    # BMW cars in Viet Nam
    (B1, "Theo thông báo mới nhất từ phía BMW Group, trong thời gian tới, Trường Hải Auto Corporation (THACO) sẽ lắp ráp các mẫu xe phổ biến của hương hiệu xe sang Đức gồm BMW 5-Series và 3-Series, X3 và X5."),
    (B1, "Thậm chí, có mẫu xe BMW lắp ráp còn rẻ hơn tới tận 770 triệu so với xe nhập khẩu."),
    (B1, "Bảng thông số này cho thấy xe sẽ chỉ có hai phiên bản là BMW 520i và 520i M Sport."),
    (B1, "Như vậy, so với xe nhập khẩu, BMW 5-Series lắp ráp bị cắt giảm bớt phiên bản 530i M Sport."),
    (B1, "Nguyên nhân là bởi BMW 520i M Sport được trang bị gói ngoại thất M Sport còn 520i thì không."),
    (B1, "BMW 520i lắp ráp có lưới tản nhiệt hình quả thận đặc trưng của BMW."),
    (B2, "Giữa thời điểm thương hiệu BMW vẫn chưa có nhà phân phối tại Việt Nam, chiếc sedan cỡ trung bất ngờ xuất hiện."),
    (B2, "Serie 5 mới ra mắt lần đầu hồi tháng 10/2016 với thiết kế nam tính và khá giống đàn anh serie 7."),
    (B2, "Mẫu xe về Việt Nam thuộc bản 530i, trang bị đèn pha LED, la-zăng 19 inch."),
    (B2, "Serie 5 thế hệ mới mang mã G30, nhẹ hơn thế hệ cũ 62 kg nhờ sử dụng vật liệu thép cường lực, magiê và nhôm."),
    (B2, "Mẫu xe xuất hiện tại Việt Nam trang bị động cơ 2 lít tăng áp, công suất 252 mã lực, mô-men xoắn cực đại 350 Nm."),
    (B2, "Tốc độ tối đa 249 km/h."),
    (B2, "BMW serie 5 thế hệ mới cạnh tranh các đối thủ như Mercedes E-class, Audi A6."),
    (B2, "Tại thị trường Mỹ, mẫu sedan hạng sang cỡ trung giá từ 52.400 USD."),
    # vacuum cleaners and robot vacuums
    (D1, "Nếu gia đình bạn có em bé, nên ưu tiên máy có công nghệ lọc HEPA để giữ lại bụi siêu nhỏ và các tác nhân gây dị ứng."),
    (D1, "Độ ồn nên dưới 70 dB để không làm bé giật mình khi ngủ."),
    (D1, "Loại máy dạng đứng hoặc robot có cảm biến chống va chạm sẽ giúp vừa vệ sinh, vừa an toàn khi trẻ di chuyển trong nhà."),
    (D1, "Lông chó mèo bám vào thảm, sofa hay góc nhà là “ác mộng” với nhiều gia đình."),
    (D1, "Ngoài ra, bạn nên chọn máy có lực hút ổn định, dung tích chứa bụi lớn hơn 1 lít để tránh phải đổ rác liên tục."),
    (D2, "Máy hút bụi thông minh hay robot hút bụi thông minh là bộ thiết bị điện tử có thể vận hành mà không cần đến con người."),
    (D2, "Nhiều loại còn được hỗ trợ qua ứng dụng trên điện thoại của bạn giúp xác định vị trí của robot đang ở đâu."),
    (D2, "Bánh xe là bộ phận không thể nào thiếu trên robot hút bụi thông minh."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (running Vietnamese text, no Latin tokens of their own).
S1 = "https://trainghiemsong.vn/lang-co-duong-lam-co-tran-bi-lang-quen-o-ha-noi/"
S2 = "https://didauchoigi.com/?p=820"
S3 = "https://vietbao.vn/den-lang-co-duong-lam-ngay-chom-dong-du-khach-thay-minh-tro-ve-tuoi-tho-518604.html"
S4 = ("https://kienthuc.net.vn/cong-dong-tre/dau-dong-ghe-tham-lang-co-duong-lam-cam-nhan-su-yen-binh-"
      "1927015.html")
S5 = "https://vietnamnet.vn/ngoi-lang-co-dep-nhat-viet-nam-nhin-tu-bau-troi-252405.html"
S6 = "https://ascarici.com/kham-pha-lang-co-duong-lam-dam-net-lang-que-bac-bo/"
C1 = "https://plo.vn/ru-nhau-di-danh-bai-choi-post776201.html"
C2 = "https://24hbinhphuoc.com.vn/bai-choi-trung-bo-vua-duoc-cong-nhan-la-di-san-nhan-loai"
C3 = ("http://thethaongaynay.com.vn/van-hoa-doi-song-am-thuc/400-nghe-si-bieu-dien-trong-le-vinh-danh-"
      "bai-choi.html")
C4 = ("https://dulichcongdoangiaoductphcm.com:443/kham-pha/nghe-thuat-bai-choi-di-san-van-hoa-phi-vat-the-cua-"
      "nhan-loai-288.html")
C5 = "https://bvhttdl.gov.vn/lien-hoan-cac-doi-tuyen-truyen-thanh-nien-ve-nghe-thuat-bai-choi-binh-dinh-622094.htm"
C6 = "https://congly.vn/hom-nay-5-5-dien-ra-le-don-bang-unesco-ghi-danh-nghe-thuat-bai-choi-60219.html"
G1 = "https://www.vntrip.vn/cam-nang/com-lang-vong-ha-noi-19516"
H1 = ("http://thuathienhue.gov.vn/tabid/746/language/vi-VN/Default.aspx/tid/Tranh-lang-Sinh/newsid/"
      "1B212384-FFDA-4976-A6A9-A72000FD7419/cid/5B3685F7-CB9A-49CE-AAB8-A6FE00A23B20")
H2 = "https://hue.vietnaminfo.net/vi/place/details/lang-nghe-lam-tranh-sinh-46"
H3 = ("https://tapchidulich.net.vn/lang-nghe-truyen-thong-hoa-giay-thanh-tien-tranh-dan-gian-lang-sinh-duoc-"
      "cong-nhan-la-diem-du-lich.html")
H4 = "https://thoibaonganhang.vn/tranh-lang-sinh-49661.html"
H5 = "https://vtcnews.vn/khach-tay-thich-thu-kham-pha-lang-tranh-co-tram-tuoi-doc-nhat-co-do-hue-ar996025.html"
X1 = "https://newdayhotel.vn/lang-nghe-cham-bac-dong-xam/"
X2 = "https://doanhnghieptiepthi.vn/dong-xam-thai-binh-tinh-hoa-lang-nghe-cham-bac-161200826145600718.htm"
X3 = "https://tapchidulich.net.vn/lang-cham-bac-co-dong-xam.html"
X4 = "https://thaibinhtv.vn/news/21/27763/cham-bac-dong-xam-vao-xuan"
X5 = "https://thaibinhtourism.com.vn/le-hoi-dong-xam"
Y1 = "https://kenh14.vn/moc-chau-vao-mua-hoa-man-sac-trang-tinh-khoi-niu-chan-du-khach-215260126161209465.chn"
Y2 = ("https://hoahoctro.tienphong.vn/mua-man-trang-moc-chau-da-dep-nhu-co-tich-roi-chi-cho-ban-xach-ba-lo-len-"
      "va-di-thoi-post1204413.tpo")
Y3 = "https://vtcnews.vn/hoa-man-no-som-moc-chau-toa-sac-trang-tinh-khoi-giua-thang-11-ar986969.html"
Y4 = "https://dantri.com.vn/du-lich/hoa-man-no-trang-moc-chau-du-khach-nhu-lac-vao-mien-co-tich-20260102171147965.htm"
Y5 = "https://taxisanbayvn.blogspot.com/2019/10/mua-hoa-man-tren-cao-nguyen-moc-chau.html"

# (page, sentence as the page writes it, the word replaced (its first whole-word occurrence), the place)
SPAM = [
    # the old village of Đường Lâm
    (S1, "Các làng này gắn kết với nhau thành một thể thống nhất với phong tục, tập quán, và tín ngưỡng hàng ngàn năm nay không hề thay đổi.", "với", "function"),
    (S1, "Hầu hết những ngôi nhà ở đây đều được xây bằng đá ong, vì thế ngôi làng này được gọi là làng đá ong.", "Hầu", "start"),
    (S1, "Đường Lâm trở thành làng cổ đầu tiên ở Việt Nam được Nhà nước trao bằng Di tích lịch sử văn hóa quốc gia ngày 19 tháng 5 năm 2006.", "tháng", "number"),
    (S2, "Làng nằm bên hữu ngạn sông Hồng (bờ phía Nam), cạnh đường Quốc lộ 32, tại ngã ba giao cắt với đường Hồ Chí Minh.", "Hồng", "name"),
    (S2, "Theo thống kê, hiện ở làng Mông Phụ có khoảng 100 nhà cổ, Cam Thịnh có 17, Đoài Giáp có 8, Phụ Khang có 13 nhà cổ tiêu biểu còn giữ được hầu như nguyên vẹn kiểu thức kiến trúc cổ kính.", "nhà", "number"),
    (S2, "Đó là dạng nhà được tạo dựng bằng những vật liệu gỗ, đá ong và lợp ngói ri, với phần nội ngoại thất cũng còn giữ nguyên kiểu dáng ban đầu.", "dựng", "inner"),
    (S3, "Làng cổ Đường Lâm bình yên, cổ kính trong một ngày chớm đông, khi trời mới se se lạnh và nắng hanh như rót mật trong không gian.", "Làng", "start"),
    (S3, "Chị Dung Hà kể, thông thường du khách khi đến Đường Lâm sẽ bắt đầu từ cổng làng Mông Phụ.", "Dung", "name"),
    (S3, "Cổng làng Mông Phụ ẩn mình dưới cây cổ thụ xoè tán rộng.", "rộng", "end"),
    (S4, "Hệ thống đường ở làng cổ được thiết kế theo hình xương cá, tạo nên tổng thể không gian sinh hoạt cộng đồng mang đậm bản sắc của một ngôi làng thuần nông với nền văn minh lúa nước.", "thống", "inner"),
    (S4, "Dưới những mái nhà, người dân vẫn giữ nhiều nếp sinh hoạt xưa, làm các món ăn dân dã quen thuộc với những người con được sinh ra từ làng.", "Dưới", "start"),
    (S5, "Các con đường vào làng nhỏ hẹp, uống lượn như những dòng suối chảy.", "chảy", "end"),
    (S5, "Phần lớn người dân Đường Lâm ý thức được giá trị văn hóa của làng mình.", "của", "function"),
    (S5, "Các chi tiết làm nên linh hồn của làng là các bức tường đá ong, cổng đá ong, lối đi lát gạch nghiêng, bậu cửa cao và gian thờ tổ tiên.", "hồn", "inner"),
    (S5, "Làng Mông Phụ là nơi còn giữ nguyên được nét đẹp cổ xưa với nhà mái ngói đỏ, xen giữa là những lùm cây xanh.", "Mông", "name"),
    (S5, "Xã Đường Lâm gồm 5 làng Mông Phụ, Đông Sàng, Cam Thịnh, Đoài Giáp, Cam Lâm, với 99 ngôi nhà cổ có giá trị, gần 1.000 ngôi nhà truyền thống (mái ngói, tường đá ong hoặc gạch…) và nhiều di tích lịch sử đã được xếp hạng.", "làng", "number"),
    (S6, "Tục danh này được bắt đầu từ một cái tên chữ: Cam Giá (Mía ngọt).", "Giá", "name"),
    (S6, "Tất cả những nếp nhà cổ, cách sinh hoạt đều y nguyên như làng xóm cổ ở Việt Nam.", "Tất", "start"),
    # bài chòi of central Viet Nam
    (C1, "Hội đánh bài chòi trở thành một thú vui của người dân nơi đây.", "đây", "end"),
    (C1, "Dịp tết, trên khắp nẻo đường quê, hội đánh bài chòi rộn rã chào xuân.", "Dịp", "start"),
    (C1, "Chín tỉnh miền Trung từ Quảng Bình tới Khánh Hòa là quê hương của di sản bài chòi.", "Khánh", "name"),
    (C1, "Riêng với Bình Định - vùng đất được coi là cái nôi xuất phát của bài chòi, sau một thời gian dài tưởng chừng mai một, thì nay, sức sống của loại hình nghệ thuật dân gian này mãnh liệt hơn cả.", "Riêng", "start"),
    (C1, "Bài chòi ở Bình Định được phục dựng, phát huy và lan tỏa rộng, sâu trong đời sống của người dân địa phương.", "và", "function"),
    (C2, "Chơi Bài chòi liên quan đến một trò chơi thẻ bài trong chòi tre vào Tết Nguyên đán.", "đán", "end"),
    (C2, "Nghệ thuật Bài chòi là một hình thức sinh hoạt văn hóa và giải trí trong cộng đồng làng xã.", "trí", "inner"),
    (C2, "Cùng với cộng đồng, những người này đã thành lập gần 90 đội, nhóm và câu lạc bộ để luyện tập và truyền dạy nghệ thuật Bài chòi, thu hút sự tham gia rộng rãi của cộng đồng.", "đội", "number"),
    (C2, "Hầu hết, nghệ nhân đều được học kỹ năng, kỹ thuật hô, hát Bài chòi trong gia đình, chủ yếu thông qua phương pháp truyền miệng.", "trong", "function"),
    (C3, "Những người lưu giữ và thực hành nghệ thuật bài chòi được gọi là các anh chị Hiệu.", "Hiệu", "end"),
    (C3, "Họ hát, đối đáp về tình yêu quê hương đất nước, sự gắn kết cộng đồng, những bài học đạo đức.", "về", "function"),
    (C3, "Nghệ thuật bài chòi chủ yếu được lưu giữ qua phương pháp truyền miệng.", "pháp", "inner"),
    (C3, "Khi chơi bài chòi, người tham gia sử dụng các thẻ bài.", "Khi", "start"),
    (C4, "Để canh giữ nương rẫy cũng như đời sống do bị các thú dữ phá hoại, người dân đã cho dựng các chòi cao ở ven rừng và cho một thanh niên canh gác mỗi chòi.", "Để", "start"),
    (C4, "Những người chơi sẽ ngồi trên chòi tre, mua 3 con bài và đợi.", "con", "number"),
    (C4, "Lượt chơi kết thúc và bắt đầu lượt chơi mới.", "mới", "end"),
    (C5, "Bài chòi là nghệ thuật dân gian truyền thống có sức sống mạnh mẽ ở Bình Định.", "Định", "name"),
    (C6, "Chương trình đón bằng công nhận sẽ quy tụ gần 400 nghệ nhân, nghệ sĩ, ca sĩ của 9 tỉnh có di sản bài chòi tham gia, trình diễn.", "nghệ", "number"),
    (C6, "Bài chòi là trò chơi dân gian mộc mạc, mang hơi thở cuộc sống của cộng đồng dân cư.", "mạc", "inner"),
    # cốm of làng Vòng
    (G1, "Hương thơm của cốm, mùi thơm của lá sen, vị ngọt của lúa nếp non phơi khô.", "khô", "end"),
    (G1, "Cốm làng Vòng Hà Nội được làm từ nếp cái hoa vàng, loại nếp hạt tròn căng, bóng, mẩy.", "Vòng", "name"),
    (G1, "Mỗi năm lại có hai vụ nhưng có lẽ ngon nhất phải là khoảng thời gian từ tháng 7 đến tháng 10, khi tiết trời vào thu.", "đến", "number"),
    # the paintings of làng Sình
    (H1, "Người dân làng Sình sống cơ bản về nông nghiệp, nhưng do vị trí sát kề đế đô lại thuận tiện giao thông, có nhiều người buôn bán và làm thủ công, trong đó có nghề làm tranh thờ in ván khắc gỗ còn màu tô tay vì thế nghề in tranh làng Sình rất phát triển.", "nhưng", "function"),
    (H1, "Ván in bằng gỗ mít, họ tự khắc hoặc thuê thợ khắc.", "Ván", "start"),
    (H1, "Tranh in lối ngửa ván rồi dùng tay vuốt giấy cho phẳng, in lấy nét và mảng đen, sau dựa vào đấy mà tô màu một số mảng.", "rồi", "function"),
    (H2, "Tranh làng Sình hoàn toàn làm thủ công.", "công", "end"),
    (H2, "Để có một bức tranh phải trải qua đủ 7 công đoạn, từ xén giấy, quét điệp, in tranh trên mộc bản, phơi tranh, pha màu, tô màu, cuối cùng là điểm nhãn.", "công", "number"),
    (H2, "Đây là loại sò có vỏ mỏng nhiều màu sắc.", "Đây", "start"),
    (H2, "Về chủ đề, có thể chia tranh Sình thành ba nhóm chính: tranh nhân vật, tranh súc vật và tranh đồ vật, chủ yếu phục vụ cho nhu cầu thờ cúng.", "Sình", "name"),
    (H2, "Dòng sản phẩm này rất được khách du lịch ưa chuộng.", "chuộng", "end"),
    (H3, "Tranh làng Sình gồm hơn 50 đề tài, chia thành 3 nhóm chủ đề chính là tranh nhân vật, tranh đồ vật và tranh súc vật.", "đề", "number"),
    (H3, "Làng nghề ra đời cách đây hơn 300 năm do người dân trong làng sáng tạo nên.", "năm", "number"),
    (H3, "Nghề làm hoa giấy Thanh Tiên xuất phát từ tín ngưỡng dân gian.", "Tiên", "name"),
    (H4, "Theo quan niệm của người dân nếu dùng tranh để thờ cúng sẽ gặp nhiều may mắn trong cuộc sống.", "nếu", "function"),
    (H4, "Đầu tiên tranh được in trên bản mộc gỗ được khắc rất tinh xảo.", "tiên", "inner"),
    (H4, "Giấy dùng để in tranh chủ yếu là giấy dó.", "dó", "end"),
    (H5, "Nghệ nhân Kỳ Hữu Phước chia sẻ, các khuôn mộc bản được làm bằng gỗ mít, gỗ thị để tạo ra các đường nét rõ nhất.", "Phước", "name"),
    # the silver carving of Đồng Xâm
    (X1, "Theo ghi chép, làng Đồng Xâm vốn có tên là Đường Thâm, hình thành vào cuối thời Trần cách đây hơn 600 năm.", "năm", "number"),
    (X1, "Thế nhưng, nghề chạm bạc thì tồn tại ở đây khoảng 400 năm.", "Thế", "start"),
    (X1, "Đồng Xâm từ lâu nổi tiếng khắp nơi bởi độ tinh xảo với những món hàng chạm bạc độc đáo.", "bởi", "function"),
    (X1, "Hiện nay, thế mạnh của Đồng Xâm xoay quanh ba dòng sản phẩm chính: đồ trang sức, mỹ nghệ và đồ thờ cúng.", "Xâm", "name"),
    (X2, "Là vùng quê thân quen với không gian làng vô cùng yên bình, mộc mạc với đồng ruộng, lũy tre và dòng sông Đồng Giang hiền hòa.", "hòa", "end"),
    (X2, "Chỉ có một điểm khiến vùng đất này khác biệt so với các làng quê khác đó là khi đến làng, bạn sẽ nghe thấy âm thanh đục, đẽo, chạm khắc văng vẳng khắp nơi.", "biệt", "inner"),
    (X2, "Đây chính là âm thanh do những nghệ nhân chạm bạc làng Đồng Xâm phát ra trong quá trình làm việc.", "do", "function"),
    (X3, "Theo thời gian, phường Phúc Lộc có nghề chạm bạc đã nhanh chóng phát triển thành làng nghề chạm bạc Đồng Xâm.", "Lộc", "name"),
    (X3, "Thợ chạm bạc giỏi của làng nghề Đồng Xâm có mặt ở khắp nơi hành nghề.", "Thợ", "start"),
    (X3, "Thời nhà Nguyễn, các nghệ nhân Đồng Xâm đã vào tận Huế để chạm trổ cung, kiếm, móng thú và đồ trang sức cho triều đình.", "sức", "inner"),
    (X4, "Lao động thu hút của 3 xã Lê Lợi, Hồng Thái và Trà Giang là trên 5.000 người.", "xã", "number"),
    (X5, "Ngoài nghề chính là nghề nông làng còn có nghề chạm bạc nổi tiếng từ lâu đời.", "đời", "end"),
    (X5, "Ông đã truyền nghề chạm bạc cho dân làng, trải qua nhiều thời kỳ đến nay nghề vẫn được duy trì và ngày càng phát triển.", "triển", "end"),
    # plum blossom at Mộc Châu
    (Y1, "Không rực rỡ sắc màu, hoa mận chinh phục lòng người bằng vẻ đẹp mộc mạc, thuần khiết.", "phục", "inner"),
    (Y1, "Vào buổi sáng, hoa đẫm sương mai lấp lánh dưới ánh nắng dịu.", "Vào", "start"),
    (Y2, "Khu vực bản Áng nổi tiếng với vườn mận khá rộng, được trồng để phục vụ khách du lịch.", "Áng", "name"),
    (Y3, "Hoa mận có màu trắng tinh khôi, cánh nhỏ, thường mọc dày đặc trên thân và cành, khiến cả khu vườn như được phủ một lớp sương trắng.", "như", "function"),
    (Y3, "Trên các con đường nhỏ dẫn vào thung lũng, du khách tạo dáng chụp hình giữa những tán mận phủ đầy hoa trắng.", "lũng", "inner"),
    (Y4, "Những vườn mận trắng muốt tạo nên khung cảnh vừa thơ mộng, vừa yên bình.", "mộng", "inner"),
    (Y4, "Theo người dân địa phương, năm nay thời tiết thuận lợi nên hoa mận nở sớm và khá đều.", "nên", "function"),
    (Y4, "Các vườn hoa mận hiện nay đều mở cửa đón khách tham quan, chụp ảnh với mức giá vào cửa khoảng 40.000 đồng/người, không giới hạn thời gian.", "đồng", "number"),
    (Y5, "Những đứa trẻ nô đùa dưới những tán mận trắng tinh khôi.", "đùa", "inner"),
    (Y5, "Mận không chỉ mang lại vẻ đẹp cho cao nguyên mà còn là nguồn kinh tế rất lớn cho dân bản.", "mà", "function"),
]

SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# Tokens by shape (see SOURCES): Spam404/lists' main-blacklist.txt and PolishFiltersTeam/KADhosts' KADhosts.txt
# ("Przekrety" section), written as spam writes them: the whole domain, its name, its name in CamelCase or with a
# capital.
TOKENS = {
    "domain": ["forcebets.com", "investmarket.info", "iforexgain.com", "forexgrowths.com", "cfxdtrade.com",
               "investactive.cc", "cardinalfx.trade", "cryptolimited.net", "alltradesfx.com", "aoxtrade.com",
               "cristaltrade.com", "binvesting.com", "cryptobest.eu"],
    "letter-digit": ["Traden365", "Syds588", "Cases500", "Goleta105", "Deninno70", "Yeah16", "Reactnow262",
                     "Bestsale2021", "Konta2931", "Broszka097", "Beforppl995", "Mandat8471", "Dladomu250"],
    "CamelCase": ["GoTakeYourProfit", "EliteMoneyMethods", "TradeRockets", "InvestChambers", "PrizeRaffles",
                  "WorthyIncome", "CryptoDoubler", "CoinMaximalist", "FrankJackpot", "LuxuryCapitals",
                  "MegaTradeStation", "ZeusFinancialTrades", "AroxTradeAsset"],
    "lower-case": ["cryplister", "coinxback", "klaustrade", "irotradex", "numercoins", "rivenbet", "betbyt",
                   "roobbet", "zadbit", "luxeeforex", "ginebrafx", "jackabit", "yalescoin"],
    "digit-led": ["247playz", "411playz", "7games7", "24tradespace", "24tradecs", "24hoursgifts", "365giveaways",
                  "3i0wrsa", "48hrcodes", "24xforex", "777marketer", "1dollarempire", "5tysiecy"],
    "hyphenated": ["rich-bets.one", "skull-bets.io", "invest-flow.io", "bets-fortune", "jackpot-bets",
                   "quantums-trade", "hell-trade", "trades-arena", "invest-moment", "you-trader", "fenix-funds",
                   "doppler-coins", "bit-capitals"],
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

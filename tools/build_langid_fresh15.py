"""Build ``benchmarks/data/langfresh15/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata21.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh15.py``. Same format as langfresh14
(``benchmarks/langid.py --data benchmarks/data/langfresh15 --split all`` scores it).

Sentences (``sentences.tsv``, the clean controls): 85 real Vietnamese sentences of stored news pages (the ``search``
tool's pages corpus, searched 2026-12-02), copied as the pages write them, each with its page's URL. Every one holds
Latin tokens a spam detector could take for a pasted token: football (U23, U-19 Sigma Olomouc, SEA Games 32, PVF,
V-League, V.League, Filip Nguyễn, Slovan Liberec, Inter Miami, MLS, Rodrigo De Paul, Luis Suarez, Fafa Picault...),
cars (VinFast VF 8, VF 5 Plus, City Edition, MPC Port), phones (iPhone 15 Pro Max, Galaxy S24+, S24 Ultra,
Snapdragon 8 Gen 3, Exynos 2400, A17 Pro, 128GB, LPDDR5, HDR10, CellphoneS, TopZone, AppStore), apps and AI
(ChatGPT Plus, GPT-3.5, OpenAI, Google Trends, Microsoft Copilot, VPN, YouTube). Every row ``blind``: none is read
while tuning.

Spam (``spam.tsv``, every row ``blind``): one syllable of a control sentence replaced by one token. Tokens: host
domains of stored Vietnamese gambling-spam pages of the same corpus (pages of the "kuwin"/"98win" spam network:
nổ hũ, bắn cá, đá gà, xổ số, game bài đổi thưởng) that no earlier langfresh set used and that are neither in
``mtpipe/clean/data/spam_brands.txt`` nor ``known_sites.txt`` (checked with grep, before any run): hffnetwork.com,
thjsl.com, cgitearn.com, balllifter.com, gsaling.com, luxorpilot.com, primeobg.com, annblyth.com, bangkokatl.com,
goappts.com, its5bucks.com, oneboxwood.com, dodc1.com, warch32.com, frankreis.com, medstoc.com, lst1150.com,
archeryfix.com; the brand "xanh9" ("xanh9 club" on such a page); and the random host labels of such pages (cnphbe,
yoxtn, gzkuzc, xjaxfdsj, quwqly, jfcant, tpaekwf, ylhormxp, afywjwhph, lsxch, eafky, pfujbtt, uloa0adyw) and
letter-digit labels (ohuyi57, ki1nms, 5mgpv, tczj7, 0hgkr, pqzwgn0, 7pqsx, oih7c, 8k7nm, h4bobcu). Forms as spam
writes them and scraping mangles them: full domain (lower or title case), bare name in title case, capitals, camel
case, lower case, letter-digit codes, random host labels. Places chosen by hand before any run (the SPAM table
below): start (the sentence's first syllable), name (a syllable of a Vietnamese person, place, shop or body name),
function (a function word: và, cho, của, với, từ, ở, do, theo), inner (a syllable inside a compound: thành viên,
di chuyển, thị trường...).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh15"

T1 = "https://www.24h.com.vn/bong-da/hlv-troussier-khung-hoang-tien-dao-c48a1472879.html"
T2 = "https://www.24h.com.vn/bong-da/quan-ong-park-da-kieu-troussier-c48a1472395.html"
TP = "https://tienphong.vn/tag/t%e1%ba%a9y+v%c4%83n+to%c3%a0n.tpo"
VP = "https://thethaovietnamplus.vn/tag/cac-dot-tap-huan-dip-fifa-days.html"
LV = "https://linhvucbonglive.com/mirr_432-hau-ve-hagl-tiet-lo-dieu-it-ai-biet-ve-hlv-philippe-troussier-d280652.html"
IE = "https://ieem.vn/hlv-troussier-u23-viet-nam-dang-so-1-dna-toi-se-giup-vuon-tam-chau-luc-14815.html"
WL = "https://welovecar.vn/?p=109507"
VN = "https://vietnamnet.vn/chuyen-trang-o-to-my-vinfast-vf-8-se-la-doi-thu-dang-gom-tren-thi-truong-2143314.html"
VQ = "https://vietq.vn/vinfast-chot-ngay-giao-xe-vf-8-tai-my-d208391.html"
I15 = "https://vietnamnet.vn./iphone-15-series-co-the-khan-hang-pro-max-xach-tay-co-gia-tu-42-trieu-dong-2190483.html"
SH = "https://soha.vn/iphone-14-pro-max-tiep-tuc-dai-ha-gia-thap-nhat-tu-khi-ve-viet-nam-den-nay-2023080811125484.htm"
H1 = "https://www.24h.com.vn/thoi-trang-hi-tech/khi-nao-iphone-15-pro-max-xin-so-nhat-duoc-len-ke-c407a1499070.html"
H2 = "https://www.24h.com.vn/thoi-trang-hi-tech/co-gia-khet-nhat-nhung-iphone-15-pro-max-duoc-san-xuat-nhieu-nhat-c407a1497105.html"
H3 = "https://www.24h.com.vn/thoi-trang-hi-tech/dang-dung-iphone-15-pro-max-co-can-len-doi-iphone-17-pro-max-hay-khong-c407a1689824.html"
VT = "https://viettimes.vn/so-sanh-iphone-14-pro-max-vs-iphone-15-pro-max-lieu-co-nen-nang-cap-post169964.html"
K14 = "https://kenh14.vn/muc-gia-ky-luc-cua-iphone-17-pro-max-215250813160554434.chn"
CN = "https://congnghe.vn/muc/cong-nghe-moi/tin/con-sot-chatgpt-tai-viet-nam-2203129"
ZP = "https://znews.vn/goi-chatgpt-plus-duoc-ban-o-viet-nam-post1400891.html"
VTC = "https://amp.vtcnews.vn/ba-nam-chatgpt-tu-hien-tuong-cong-nghe-den-nhung-tac-dong-xa-hoi-sau-rong-ar989609.html"
MT = "https://markettimes.vn/bao-nhat-con-sot-chatgpt-o-viet-nam-vingroup-hay-startup-deu-khong-ngoai-cuoc-17024.html"
S1 = "https://vietnamnet.vn/galaxy-s24-so-gang-doi-thu-phan-cung-quen-thuoc-ai-moi-2240813.html"
S2 = "https://vneconomy.vn/nguoi-viet-mat-bao-nhieu-ngay-luong-trung-binh-moi-mua-duoc-chiec-samsung-galaxy-s24-ultra.htm"
S3 = "https://baobinhduong.vn/samsung-galaxy-s24-pha-ky-luc-dat-hang-truoc-tai-han-quoc-a315245.html"
S4 = "https://vietnamnet.vn/samsung-ra-mat-loat-dien-thoai-ai-galaxy-s24-series-gia-thap-nhat-tu-800-usd-2240774.html"
S5 = "https://vietnamnet.vn/cach-xem-truc-tiep-su-kien-galaxy-unpacked-2024-ra-mat-galaxy-s24-2240598.html"
S6 = "http://www.baodanang.vn/can-biet/202401/chung-ta-muon-thay-gi-o-samsung-galaxy-s24-3963863/"
FN = "https://thanhnien.vn/bom-tan-filip-nguyen-gia-nhap-dan-sao-cong-an-ha-noi-fc-post1543018.html"
BM = "https://baomoi.net.vn/tag/Loko-Vltavin.epi"
M1 = "https://vietnamnet.vn/ket-qua-bong-da-dc-utd-vs-inter-miami-2495552.html"
M2 = "https://www.24h.com.vn/bong-da/messi-ghi-884-ban-392-kien-tao-inter-miami-doat-ve-play-off-tranh-vo-dich-mls-c48a1700699.html"
M3 = "https://webthethao.vn/bong-da-quoc-te/bang-xep-hang-mls-cua-inter-miami-sau-khi-messi-ghi-ban-WJzwnCgSg-amp.htm"
M4 = "https://thethao.sggp.org.vn/messi-tiep-tuc-toa-sang-dua-inter-miami-gianh-suat-tham-du-vong-play-off-post814647.html"
M5 = "https://yeuthethao.net.vn/messi-lap-sieu-pham-solo-miami-vuon-len-ngoi-dau-mls-d803641.html"
M6 = "https://znews.vn/messi-noi-rong-ky-luc-ghi-ban-post1587005.html"

CLEAN: list[tuple[str, str]] = [
    (T1, "Sau chiếc HCĐ ở SEA Games 32, ông Troussier tiết lộ khoảng 5-6 cầu thủ dưới 23 tuổi đủ khả năng khoác áo tuyển quốc gia."),
    (T1, "Năm cầu thủ mới là thủ môn Văn Việt (SL Nghệ An), hậu vệ Đức Anh (Hà Nội), tiền vệ Hoàng Văn Toản (Công an Hà Nội), tiền đạo Võ Nguyên Hoàng (PVF - Công an nhân dân), đặc biệt là tiền vệ Việt kiều Nguyễn An Khánh (U-19 Sigma Olomouc, cũng là thành viên của tuyển U-18 Cộng hòa Czech) phải rất nỗ lực để cạnh tranh với nhóm học trò cũ của HLV Troussier vừa tham dự SEA Games 32."),
    (T2, "Cùng thời điểm hội quân 20 tuyển thủ quốc gia ngày 5-6, ông thầy người Pháp cũng cho triệu tập 25 cầu thủ trẻ lên tuyển U-23 VN, với hầu hết là thành phần vừa tham dự SEA Games 32."),
    (T2, "Cầu thủ Việt kiều mới 18 tuổi này đang khoác áo CLB U-19 Sigma Olomouc và cũng là thành viên của đội U-18 Cộng hòa Czech."),
    (T2, "Chẳng hạn, ông sẽ dẫn dắt tuyển quốc gia thi đấu với Hong Kong vào ngày 15-6 tại sân Lạch Tray, gặp Syria ngày 20-6 trên sân Thiên Trường thì đội U-23 VN đối đầu với CLB Công an Hà Nội (ngày 14-6) tại Trung tâm PVF và Hải Phòng (ngày 17-6) tại sân Lạch Tray."),
    (TP, "HLV Philippe Troussier ngày 7/3 quyết định loại 13 cầu thủ trong danh sách rút gọn đợt 1 của đội tuyển U23 Việt Nam."),
    (VP, "Theo kết quả bốc thăm Vòng chung kết U23 châu Á 2024 được Liên đoàn Bóng đá châu Á (AFC) công bố chiều 23/11, đội tuyển U23 Việt Nam ở bảng đấu có sự góp mặt của Uzbekistan, Kuwait và Malaysia."),
    (LV, "Kể từ ngày 1/3, đội tuyển U23 Việt Nam đã chính thức hội quân dưới thời HLV Philippe Troussier."),
    (LV, "Đoàn quân áo đỏ sẽ có 4 giai đoạn chuẩn bị cho SEA Games 32 diễn ra tại Campuchia vào đầu tháng 5."),
    (IE, "Thầy trò HLV Troussier vào bảng C với các đối thủ được đánh giá thấp hơn gồm U23 Singapore, Yemen và Đảo Guam."),
    (IE, "Đội chủ nhà Việt Nam đá trận ra quân gặp U23 Đảo Guam vào ngày mai."),
    (IE, "Mới đây, U23 Việt Nam đã giành chức vô địch U23 Đông Nam Á 2023 cùng HLV Hoàng Anh Tuấn."),
    (WL, "Đêm ngày 16/4 vừa qua, tàu Silver Queen chở 1.879 chiếc VinFast VF 8 xuất đi Mỹ và Canada đã chính thức rời bến cảng MPC Port (Hải Phòng)."),
    (WL, "Dự kiến, sau hơn 20 ngày di chuyển, tàu sẽ cập cảng Benicia (California, Mỹ) để bàn giao 1.098 xe cho thị trường Mỹ và sẽ tiếp tục vận chuyển 781 xe còn lại tới Canada."),
    (WL, "Tại thị trường trong nước, VinFast đã chính thức bàn giao mẫu xe VF 9 cho khách hàng từ ngày 27/3/2023."),
    (WL, "Dự kiến trong tháng 4/2023, VinFast sẽ tiếp tục bàn giao mẫu VF 5 Plus."),
    (WL, "Trên phạm vi toàn cầu, VinFast cho biết sẽ sớm mở bán hai mẫu VF 6 và VF 7, đồng thời có kế hoạch xuất khẩu mẫu VF 9 để bàn giao cho các khách hàng đã đặt mua trước."),
    (VN, "VinFast có kế hoạch tung ra thị trường dải xe điện từ mẫu VF 5 Plus cỡ nhỏ cho đến mẫu VF 9 hạng sang."),
    (VN, "Ít nhất trong năm nay, hãng cung cấp các mẫu xe của mình thông qua 28 đại lý ở California."),
    (VN, "Theo chia sẻ của Giám đốc điều hành VinFast Bắc Mỹ, bà Nguyễn Vân Anh, mục tiêu của họ là mở rộng sang các tiểu bang khác trong những năm tới."),
    (VN, "Sự nổi lên của thị trường xe điện đã thúc đẩy một loạt các nhà sản xuất mới, chẳng hạn như Tesla, Fisker và Rivian."),
    (VQ, "Ngày 27/2, VinFast đã công bố chính thức kế hoạch giao xe điện VF 8 đến tay khách hàng tại thị trường Mỹ từ ngày 1/3 (từ ngày 2/3 theo giờ Việt Nam) tới."),
    (VQ, "Lễ bàn giao xe VF 8 City Edition (đổi tên khi sang Mỹ) sẽ được tổ chức tại cửa hàng VinFast ở bang California (Mỹ) và xe điện này sẽ dần được giao đến tận nhà khách hàng trong những ngày kế tiếp."),
    (VQ, "Sau thị trường Mỹ, VinFast VF 8 cũng sẽ lần lượt chính thức đến tay khách hàng trên toàn cầu, tại Canada và các nước châu Âu."),
    (I15, "Ngay sau khi Apple công bố các mẫu iPhone 15 series mới, tại Việt Nam, các đại lý uỷ quyền của Apple cũng đã đưa ra mức giá cho từng phiên bản."),
    (I15, "Trong khi nhiều cửa hàng có mức giá tương đương với website Apple Việt Nam thì chuỗi TopZone và Di Động Việt đã cạnh tranh về giá với mức rẻ hơn từ 1-1,5 triệu đồng."),
    (I15, "Cụ thể, hôm nay tại Mỹ, AppStore cũng đã mở cho đăng ký mua sản phẩm iPhone 15 series."),
    (SH, "Trong những ngày đầu tháng 8 này, một số hệ thống phân phối chính hãng của Apple (AAR) tại Việt Nam hạ giá iPhone 14 Pro Max về dưới 26 triệu đồng."),
    (SH, "Cụ thể, hệ thống Di Động Việt bán bản tiêu chuẩn 128GB với giá từ 25,7 triệu đồng."),
    (SH, "Trong khi đó, Hoàng Hà Mobile niêm yết ở mức 25,9 triệu đồng."),
    (SH, "Một số hệ thống khác như CellphoneS, FPT Shop, Thế Giới Di Động có mức giá đang cao hơn so với các cửa hàng trên."),
    (SH, "Tại CellphoneS và FPT Shop, giá máy vẫn là 26,4 triệu đồng."),
    (SH, "So với trên Apple Store Online Việt Nam, iPhone 14 Pro Max tại các AAR đang thấp hơn 5 triệu đồng."),
    (H1, "Công chúng chỉ còn phải đợi một tuần nữa để chứng kiến màn ra mắt chính thức của dòng iPhone 15."),
    (H1, "Theo tài khoản X (Twitter) Revegnus, vấn đề \"nghiêm trọng\" của Sony có thể buộc Apple phải trì hoãn iPhone 15 Pro Max \"tối đa khoảng 4 tuần\"."),
    (H2, "Theo nhà phân tích Ming-Chi Kuo, sản lượng của chiếc iPhone 15 Pro Max cao cấp nhất sẽ chiếm khoảng 35–40% tổng số lô hàng ban đầu của dòng iPhone 15 khi ra mắt vào tháng tới."),
    (H2, "Theo đó, tổng sản lượng iPhone 15 Pro Max ban đầu sẽ cao hơn 10–20% so với iPhone 14 Pro Max của năm ngoái."),
    (H3, "Hiện tại, iPhone 15 Pro Max có giá bán chỉ từ 27,39 triệu đồng (phiên bản 256GB)."),
    (H3, "Ngoài ra, iPhone 17 Pro Max sẽ được tích hợp chip A19 Pro - được sản xuất trên quy trình 3nm của TSMC."),
    (VT, "Apple đã chuyển từ A16 Bionic 4nm sang A17 Pro 3nm."),
    (VT, "Cả hai điện thoại đều hỗ trợ tần số quét màn hình 120Hz, HDR10 và Dolby Vision."),
    (VT, "Apple không tiết lộ trực tiếp điều này nhưng iPhone 15 Pro Max có 8GB RAM LPDDR5, trong khi 14 Pro Max có 6GB."),
    (K14, "Theo Wall Street Journal, phiên bản iPhone 17 Air dự kiến có giá khởi điểm từ 900 USD (khoảng 23,6 triệu đồng), đồng nghĩa những mẫu cao cấp như iPhone 17 Pro Max có thể chạm ngưỡng kỷ lục mới - 1,249 USD (khoảng 32,7 triệu đồng)."),
    (CN, "Đến giữa tháng 1, người dùng ChatGPT tăng vọt."),
    (CN, "Theo thống kê của Google Trends ba ngày qua, \"ChatGPT\", \"OpenAI\" liên tục nằm trong top từ khóa được tìm kiếm nhiều tại Việt Nam."),
    (CN, "Siêu AI này cũng trở thành chủ đề phổ biến trên mạng xã hội Facebook."),
    (CN, "ChatGPT là ứng dụng AI được phát triển từ mô hình GPT-3.5 của công ty khởi nghiệp OpenAI, được đào tạo để đưa ra câu trả lời giống một cuộc trò chuyện với người thật."),
    (ZP, "Ngày 11/2, ứng dụng ChatGPT thông báo chính thức hỗ trợ gói Plus cho người dùng tại Việt Nam."),
    (ZP, "Người dùng có thể thanh toán ChatGPT Plus bằng các loại thẻ ghi nợ quốc tế, với địa chỉ, số điện thoại Việt Nam."),
    (ZP, "Giá dịch vụ mở rộng của chatbot AI này là 20 USD mỗi tháng."),
    (VTC, "Chỉ sau ba năm, công cụ này đạt khoảng 800 triệu người dùng mỗi tuần, hỗ trợ hơn 50 ngôn ngữ và mở rộng mạnh mẽ tại khắp các nước trên thế giới, trong đó có Việt Nam."),
    (VTC, "Tuy nhiên, ChatGPT cũng được ứng dụng tích cực: Ngành điện ảnh Indonesia dùng để viết kịch bản, nông dân Malawi nhận tư vấn bằng ngôn ngữ địa phương và tại Colombia, 85% thẩm phán sử dụng ChatGPT hoặc Microsoft Copilot để xử lý vụ án nhanh hơn."),
    (VTC, "Tuy nhiên, ở Ghana, hơn 170 tài khoản giả mạo đã dùng ChatGPT để can thiệp vào bầu cử tổng thống."),
    (MT, "Hàng chục nhóm Facebook dành cho nền tảng của OpenAI đã mọc lên ở Việt Nam, trong đó có cả một nhóm có tới 79.000 thành viên."),
    (MT, "Sonny Dang, người quản lý một nhóm trên mạng về ChatGPT, cho biết mỗi ngày có hàng trăm người Việt Nam yêu cầu hỗ trợ tạo tài khoản ChatGPT, thường là sử dụng VPN."),
    (MT, "Điều đó có nghĩa là truy cập dịch vụ từ Việt Nam yêu cầu phải thông qua VPN."),
    (S1, "Galaxy S24 không có nhiều thay đổi so với người tiền nhiệm Galaxy S23 ra mắt năm ngoái."),
    (S1, "Bộ xử lý Snapdragon 8 Gen 3 mới đã được tối ưu hóa giúp Galaxy S24 xử lý tất cả các tác vụ tiện lợi do AI hỗ trợ."),
    (S2, "Riêng Galaxy S24 Ultra năm nay được trang bị nhiều tính năng nổi trội."),
    (S2, "Trong sự kiện ra mắt lần này, Samsung cũng hé lộ chiếc nhẫn thông minh được tích hợp AI."),
    (S3, "Mẫu Galaxy S24 mới của Hãng Samsung được trưng bày trong cuộc họp báo ở Seoul, Hàn Quốc ngày 15/1/2024."),
    (S3, "Đơn đặt hàng trước cho mẫu S24 Ultra lên tới 60% tổng số đơn đặt trước, tiếp theo là Galaxy S24 Plus chiếm 21% và Galaxy S24 chiếm 19%."),
    (S3, "Galaxy S24 sẽ chính thức ra mắt toàn cầu vào ngày 31/1 tới."),
    (S4, "S24 Ultra có giá khởi điểm là 1.300 USD, S24+ có giá 1.000 USD và S24 bán lẻ ở mức 800 USD."),
    (S4, "Tại thị trường Bắc Mỹ, tất cả các model đều sử dụng chip Snapdragon 8 Gen 3."),
    (S4, "Trong khi đó, ở khu vực khác, các phiên bản S24 và S24+ sẽ sử dụng chip Exynos 2400."),
    (S5, "Samsung sẽ tổ chức sự kiện Unpacked 2024 ra mắt điện thoại Galaxy mới vào 1h sáng ngày 18/1 (giờ Việt Nam) tại trung tâm SAP, San Jose (Mỹ)."),
    (S5, "Sự kiện được tường thuật trực tiếp trên website Samsung và kênh YouTube chính thức của hãng."),
    (S5, "Samsung đối mặt với cạnh tranh khốc liệt từ iPhone 15 và iPhone 15 Pro, cũng như Pixel 8 và 8 Pro của Google."),
    (S5, "Mẫu S23 tiêu chuẩn có giá từ 800 USD, bản Plus từ 1.000 USD và bản Ultra từ 1.200 USD."),
    (S6, "Do đó, với dự đoán của Hoàng Hà Mobile, Samsung sẽ cho ra mắt thị trường Samsung Galaxy S24 series vào tháng 1 hoặc tháng 2 năm 2024."),
    (FN, "Ngay lập tức đội bóng này đã \"thay máu\" và chiêu mộ những ngôi sao sáng nhất của bóng đá Việt Nam nhằm chuẩn bị cho mùa giải V-League 2023."),
    (FN, "Thủ môn Filip Nguyễn chính là cái tên mới nhất gia nhập đội bóng ngành công an."),
    (FN, "Nói về đẳng cấp thì thủ môn Filip Nguyễn không cần phải kiểm chứng khi anh từng cùng với CLB Slovan Liberec dự Europa League."),
    (FN, "Anh cũng từng được gọi lên ĐT CH Czech và định giá lên tới 700.000 Euro."),
    (BM, "Trang chủ của VPF vừa thông báo thủ môn Filip Nguyễn được CLB Công an Hà Nội đăng ký thi đấu ở mùa giải V-League 2023."),
    (BM, "Gia hạn hợp đồng với CLB Slovacko ở CH Séc, Filip Nguyễn khả năng sẽ không chơi bóng tại V.League và có rất ít cơ hội khoác áo tuyển Việt Nam."),
    (M1, "Đội khách sớm chiếm thế chủ động và mở tỷ số ở phút 18 nhờ pha lập công của Rodrigo De Paul."),
    (M1, "Tính riêng tại Inter Miami, siêu sao người Argentina đã ghi 79 bàn sau 90 trận."),
    (M2, "Mùa 2024, Inter Miami đoạt chức vô địch mùa giải thường niên (Supporters' Shield), nhưng bất ngờ bị loại ngay vòng đầu play-off trước Atlanta United."),
    (M3, "Bây giờ, 2 bàn thắng của Diego Gomez và Messi chính thức đưa Inter Miami thoát khỏi vị trí cuối bảng khu vực miền Đông."),
    (M4, "Messi đã có cơ hội lập hat-trick khi Inter Miami được hưởng quả phạt đền ở phút 83, nhưng anh đã quyết định trao cơ hội cho người đồng đội lâu năm Luis Suarez."),
    (M5, "Sau bàn thắng của Messi, Fafa Picault có thêm một pha lập công trong hiệp 2 để Miami ngược dòng với tỷ số 2-1, qua đó vươn lên ngôi đầu bảng xếp hạng bờ Đông."),
    (M6, "Trên sân nhà Chase, Messi có pha kiến tạo từ giữa sân, tạo điều kiện để Tadeo Allende mở tỷ số cho Inter Miami ở phút 35."),
    (M6, "Hợp đồng hiện tại của anh với Inter Miami sẽ kết thúc cuối năm nay, song theo USA Today, quá trình gia hạn đã hoàn tất khoảng 85%."),
]

# (1-based row of CLEAN, word replaced (its first whole-word occurrence), token, place): chosen by hand before any run
SPAM: list[tuple[int, str, str, str]] = [
    # start
    (8, "Kể", "thjsl.com", "start"),
    (11, "Đội", "Primeobg", "start"),
    (15, "Tại", "GSALING", "start"),
    (19, "Ít", "ohuyi57", "start"),
    (29, "Cụ", "Cgitearn.com", "start"),
    (34, "Công", "LuxorPilot", "start"),
    (44, "Đến", "cnphbe", "start"),
    (56, "Điều", "Dodc1.com", "start"),
    (68, "Sự", "yoxtn", "start"),
    (73, "Thủ", "Xanh9", "start"),
    (79, "Tính", "its5bucks.com", "start"),
    # name
    (2, "Toản", "balllifter.com", "name"),
    (5, "Thiên", "Annblyth", "name"),
    (12, "Tuấn", "gzkuzc", "name"),
    (20, "Vân", "HffNetwork", "name"),
    (30, "Hoàng", "Tczj7", "name"),
    (31, "Giới", "frankreis.com", "name"),
    (61, "Hàn", "Goappts", "name"),
    (76, "Nguyễn", "xjaxfdsj", "name"),
    (26, "Động", "Medstoc.com", "name"),
    (7, "Bóng", "OneBoxWood", "name"),
    (3, "Pháp", "quwqly", "name"),
    (51, "Nam", "warch32", "name"),
    # function
    (9, "cho", "Lst1150", "function"),
    (13, "và", "archeryfix.com", "function"),
    (18, "cho", "jfcant", "function"),
    (22, "theo", "Oih7c", "function"),
    (32, "và", "GoAppts", "function"),
    (40, "từ", "annblyth.com", "function"),
    (45, "của", "tpaekwf", "function"),
    (47, "của", "BangkokAtl", "function"),
    (53, "ở", "ki1nms", "function"),
    (58, "do", "Gsaling.com", "function"),
    (69, "với", "lsxch", "function"),
    (74, "với", "PRIMEOBG", "function"),
    (82, "cho", "afywjwhph", "function"),
    # inner
    (4, "thành", "dodc1.com", "inner"),
    (10, "giá", "Thjsl", "inner"),
    (14, "chuyển", "pqzwgn0", "inner"),
    (16, "tục", "CGITEARN", "inner"),
    (17, "khẩu", "bangkokatl.com", "inner"),
    (23, "hàng", "eafky", "inner"),
    (25, "quyền", "5mgpv", "inner"),
    (28, "phối", "Warch32", "inner"),
    (35, "trọng", "ONEBOXWOOD", "inner"),
    (36, "lượng", "goappts.com", "inner"),
    (38, "bản", "0hgkr", "inner"),
    (42, "tiết", "Frankreis", "inner"),
    (49, "toán", "h4bobcu", "inner"),
    (52, "điện", "BallLifter", "inner"),
    (55, "khoản", "ylhormxp", "inner"),
    (60, "minh", "Medstoc", "inner"),
    (65, "trường", "hffnetwork.com", "inner"),
    (66, "vực", "7pqsx", "inner"),
    (67, "thoại", "luxorpilot.com", "inner"),
    (72, "lập", "Its5bucks", "inner"),
    (77, "đồng", "uloa0adyw", "inner"),
    (80, "niên", "XANH9", "inner"),
    (83, "ngược", "pfujbtt", "inner"),
    (85, "hoàn", "8k7nm", "inner"),
    (39, "tích", "Cgitearn", "inner"),
    (64, "khởi", "lst1150.com", "inner"),
]


def replace_first(sentence: str, word: str, token: str) -> str:
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)
    if m is None:
        raise SystemExit(f"{word!r} not in {sentence!r}")
    return sentence[: m.start()] + token + sentence[m.end():]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for url, text in CLEAN:
            f.write(f"blind\tvi\t{url}\t{text}\n")
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for row, word, tok, place in SPAM:
            text = CLEAN[row - 1][1]
            f.write(f"blind\t{replace_first(text, word, tok)}\t{tok}\t{word}\t{text}\t{place}\n")
    print(f"{len(CLEAN)} clean sentences, {len(SPAM)} spam cases -> {OUT}")


if __name__ == "__main__":
    main()

"""Build ``benchmarks/data/langfresh20/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata27.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh20.py``. Same format as langfresh14-19
(``benchmarks/langid.py --data benchmarks/data/langfresh20 --split all`` scores it).

Sentences (``sentences.tsv``, the clean controls): real Vietnamese sentences of stored pages (the ``search`` tool's
pages corpus, searched 2026-12-02), copied as the pages write them, each with its page's URL; pages of no earlier
langfresh set and topics no earlier set had (the Ho Chi Minh City stock market and its tickers, smartwatches,
Gigabyte laptops, solar power and the power system, express delivery). Every one holds Latin tokens a spam detector
could take for a pasted token (VN-Index, VN30-Index, HoSE, ATC, VIC, VHM, HPG, VCB, VIX, SSI, FTS, VNDirect, UPCOM,
Wear OS, MIP, SUPER AMOLED, OS TIZEN, Gorilla Glass Dx+, bluetooth v5.0, MicroLED, S10 Bionic, 3nm, watchOS 11,
Digital Crown, 38mm, WearOS, Co., Ltd., VGA, Gaming OC, ASEAN, TWh, MWp, EVN, 7,1m/s, Kcal/Cm2, 356Wp-72Cell,
220kV, Trungnam Group, ĐMT, USD/kWp, Ninja Van, GHTK, EMS, J&T, B2C, Top11, COD, CEP...). Every row ``blind``.

Spam (``spam.tsv``, every row ``blind``): one syllable of a control sentence replaced by one token (its first
whole-word occurrence). Tokens: names of real gambling sites, binary-option / forex / fake-stock scam exchanges and
apps, scam coins and scam loan apps that Vietnamese news and SEO pages of the same corpus name, and new random host
labels and hosts of the "kuwin"/"98win" spam network; none an earlier set's token, in spam_brands.txt or the held-out
stems, in tests/, tools/, benchmarks/data/ or mtpipe/ (checked with ``grep -rilw`` before any run), and none holding a
brand stem of spam_brands.txt (4 letters or more) or an earlier token. Forms as spam writes them: full domain, bare
name in title case, capitals, camel case, lower case, letter-digit codes, random host labels. Places chosen by hand
before any run (the SPAM table below): start (the sentence's first syllable), name (a syllable of a Vietnamese
person, place or company name), function (từ, trong, với, của), inner (a syllable inside a compound: thị trường,
tâm lý, cân bằng, nhanh chóng, phản xạ, chân thực, toàn cầu, trắng muốt, sinh thái, lắp đặt, chất lượng, chuyển
phát, thị phần, chủ trương), end (the sentence's last syllable, before its final punctuation). Each SPAM row names
its sentence by a unique substring.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh20"

SA = "https://vneconomy.vn/vn-index-tiep-tuc-lac-nhip-voi-da-so-co-phieu-khoi-ngoai-xa-rong-gan-2500-ty.htm"
SB = "https://vnexpress.net/vn-index-xuong-thap-nhat-mot-thang-5014078.html"
SC = "https://vneconomy.vn/co-phieu-lon-can-bang-tot-bat-chap-ngan-hang-chung-khoan-ruc-lua.htm"
SD = "https://vnexpress.net/chung-khoan-hom-nay-21-11-vn-index-chot-tuan-trong-sac-do-4972191.html"
SG = "https://gomoney.vn/san-hose-la-gi/"
WE = "https://thanhnien.vn/kham-pha-cach-tiet-kiem-pin-tren-smartwatch-garmin-185250312150720878.htm"
WF = "https://viettimes.vn/samsung-galaxy-watch-3-vs-apple-watch-se-smartwatch-nao-dang-mua-voi-muc-gia-10-trieu-dong-post139325.html"
WG = "https://thegioitinhoc.net/review-chi-tiet-apple-watch-2025-co-dang-mua"
WH = "https://baodanang.vn/channel/5419/201505/danh-gia-apple-watch-tai-viet-nam-2414492"
WI = "https://fptshop.com.vn/tin-tuc/danh-gia/so-sanh-pixel-watch-galaxy-watch-apple-watch-dau-moi-la-dong-ho-thong-minh-chat-luong-nhat-150521"
WN = "https://cohotech.vn/blog/52978"
WT = "https://techz.vn/40-415-1-apple-watch-phien-ban-dat-nhat-chay-hang-khi-moi-vua-ban-ra-s4-ylt42524.html"
WV = "http://eva.vn/eva-sanh-dieu/apple-watch-mo-ban-them-tai-7-quoc-gia-chua-co-viet-nam-c173a226084.html"
LG = "https://thuthuat.com.vn/?p=2569"
EK = "https://baomoi.net.vn/phat-trien-nguon-dien-trong-dieu-chinh-quy-hoach-dien-vii-bai-hoc-cho-quy-hoach-dien-viii-c47047115.epi"
EM = "http://vinanet.com.vn/cong-nghiep/gan-13-ngan-cong-trinh-dien-mat-troi-ap-mai-da-dang-ky-ban-dien-cho-evn-719107.html"
ET = "https://truongthanhgroup.com.vn/diem-mat-cac-nha-may-dien-mat-troi-lon-tai-ninh-thuan"
EN = "https://trithucvn2.net/tin-tuc-vn/ninh-thuan-khoi-cong-du-an-dien-mat-troi-cong-suat-204mw.html/amp"
EC = "https://cafebiz.vn/diem-danh-loat-sieu-du-an-cua-cac-dai-gia-dien-mat-troi-co-mat-tai-ninh-thuan-20201214152038639.chn"
ED = "http://cand.com.vn/Thi-truong/Khoi-cong-xay-dung-du-an-dien-mat-troi-lon-nhat-Viet-Nam-494633/"
E3 = "https://123docz.net/trich-doan/2671074-phat-trien-dien-mat-troi-o-viet-nam-thoi-gian.htm"
GT = "https://thanhnien.vn/giao-hang-nhanh-cuoc-choi-ngay-cang-khoc-liet-185250905214355871.htm"
GB = "https://lite.baomoi.com/vi-sao-vietnam-post-tut-doc-bi-doanh-nghiep-tre-soan-ngoi-c49888405.epi"
GV = ("https://vietdata.vn/vi/post/doanh-thu-b%C6%B0u-ch%C3%ADnh-chuy%E1%BB%83n-ph%C3%A1t-nhanh-t%C4%83ng-tr%C6%B0%E1%BB"
      "%9Fng-9-3-%C3%B4ng-l%E1%BB%9Bn-n%C3%A0o-%C4%83n-n%C3%AAn-l%C3%A0m-ra-doanh-nghi%E1%BB%87p-n%C3%A0o")
GE = "https://elibook.vn/2025/02/19/thi-truong-chuyen-phat-viet-nam-tiem-nang-di-cung-canh-tranh-cao-vtp.html"

CLEAN = [
    # vneconomy.vn (stocks, 2025-08-21)
    (SA, "Thị trường chiều nay diễn biến khá “tréo ngoe” khi VN-Index tiếp tục tăng lên cao hơn nhưng độ rộng lại co lại và mặt bằng giá cổ phiếu thấp hơn buổi sáng."),
    (SA, "Có thêm sự giúp sức từ VIC, VHM, nhóm tài chính đẩy chỉ số tăng 1,42% nhưng số mã đỏ nhiều gấp đôi số xanh."),
    (SA, "Chốt phiên sáng VN-Index tăng 18,86 điểm."),
    (SA, "Rổ VN30 ghi nhận 16 cổ phiếu tăng giá so với mức chốt buổi sáng, 8 mã tụt giá."),
    (SA, "VIC chốt phiên sáng còn tham chiếu, chiều nay tăng 0,64%."),
    (SA, "VHM thậm chí phục hồi 1,32%, đảo chiều thành công và tăng 0,81% trên tham chiếu."),
    (SA, "Diễn biến tích cực này giúp VN-Index lên điểm khá mạnh, VN30-Index đóng cửa cũng tăng 2,54%."),
    # vnexpress.net (stocks)
    (SB, "Áp lực bán mạnh VIC và các cổ phiếu liên quan góp phần khiến VN-Index mất 22 điểm, thủng mốc 1.800 điểm, xuống thấp nhất một tháng qua."),
    (SB, "VIC chạm sàn 121.600 đồng, xuống mức thấp nhất trong hơn hai tháng qua."),
    (SB, "Theo tính toán của Công ty Chứng khoán VNDirect, riêng hôm nay, VIC khiến chỉ số chung mất 15 điểm."),
    (SB, "HPG tăng gần 6% lên 28.300 đồng, trở thành trụ đỡ tâm lý cho nhà đầu tư lẫn chỉ số."),
    (SB, "Các mã thành phần như HSG, NKG, TLH cũng tăng hơn 4% so với tham chiếu."),
    (SB, "LPB, TPB, STB và VPB ngược dòng chỉ số với mức tăng dao động 1-2%."),
    (SB, "Ở phía ngược lại, hàng loạt cổ phiếu đầu ngành như BID, VCB, CTG đối diện áp lực xả hàng nên mất 0,3-1,4%."),
    # vneconomy.vn (stocks, 2025-11-21)
    (SC, "VN-Index hầu như không suy chuyển trong phiên cuối tuần, mức giảm chỉ 1,06 điểm (-0,06%)."),
    (SC, "Riêng VN30-Index vẫn tăng 0,13% cho thấy khả năng cân bằng ở các cổ phiếu blue-chips vẫn tích cực."),
    (SC, "Độ rộng sàn HoSE vẫn nghiêng hẳn về phía đỏ với 111 mã tăng/204 mã giảm."),
    (SC, "VIX giảm mạnh sang phiên thứ 3 liên tiếp, hôm nay để mất 5,09% với thanh khoản 1.586,5 tỷ đồng."),
    (SC, "SSI khá hơn VIX nhưng cũng giảm 1,44%, thanh khoản xấp xỉ 632 tỷ đồng."),
    (SC, "Ví dụ cổ phiếu thanh khoản tốt nhất kế tiếp trong nhóm giảm quá 1% là FTS cũng chỉ khớp 27,8 tỷ, BSI khoảng 24,6 tỷ, VDS là 10,8 tỷ."),
    # vnexpress.net (stocks, 2025-11-21)
    (SD, "Hơn 200 cổ phiếu đi lùi, nổi bật là nhóm chứng khoán và ngân hàng, khiến VN-Index bị nhuộm đỏ gần như cả ngày và chốt phiên giảm hơn 1 điểm."),
    (SD, "Chỉ số chung trở lại trên tham chiếu vào đầu phiên ATC nhưng ở mức không quá cao và cũng nhanh chóng bị nhuộm đỏ trở lại."),
    (SD, "Độ rộng thị trường vẫn nghiêng về bên giảm giá với 204 cổ phiếu, chiếm tỷ lệ hơn 57% toàn sàn HoSE."),
    (SD, "VIX nổi bật với mức điều chỉnh 5,1% cùng thanh khoản hơn 1.586 tỷ đồng, đứng đầu thị trường."),
    (SD, "Ngoài ra, các mã SSI, VCI, SHS, VND, MBS, EVF hay FTS cũng sụt 1-2%."),
    (SD, "Các mã TCB, VCB, EIB, VIB hay MBB cũng điều chỉnh dưới 1% so với tham chiếu."),
    # gomoney.vn
    (SG, "Tính đến 30/6/2021, giá trị vốn hóa thị trường sàn HOSE đạt hơn 5,28 triệu tỷ đồng VND, tăng 29,52% so với cuối năm 2020, cùng với số tài khoản mở mới tăng 58% trong vòng 6 tháng đầu năm."),
    (SG, "Sàn HOSE (hay Ho Chi Minh Stock Exchange) là sàn giao dịch chứng khoán lớn nhất tại Việt Nam bên cạnh các sàn HNX và UPCOM, được thành lập bởi Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh vào năm 1998."),
    # thanhnien.vn (Garmin)
    (WE, "Sau vài năm sử dụng, những chiếc smartwatch này vẫn duy trì tới 80% khả năng sạc, một con số đáng kinh ngạc so với nhiều smartwatch khác, đặc biệt là các sản phẩm Wear OS."),
    (WE, "Tình trạng pin có thể thay đổi tùy thuộc vào điều kiện sử dụng và cách sạc, nhưng nhìn chung Garmin đã khẳng định được vị thế của mình trong lĩnh vực này."),
    (WE, "Một trong những lý do chính khiến smartwatch Garmin có thời gian sử dụng pin lâu là nhờ vào phần mềm được tối ưu hóa và phần cứng chuyên dụng."),
    (WE, "Khác với các smartwatch sử dụng hệ điều hành nặng, Garmin thiết kế sản phẩm của mình với mục tiêu tiết kiệm năng lượng."),
    (WE, "Phần mềm của đồng hồ cung cấp các biện pháp bảo vệ lỗi, cho phép tùy chỉnh cài đặt để kéo dài sức khỏe pin như tắt Always on Display, giảm độ sáng màn hình và sử dụng chế độ Battery Saver."),
    (WE, "Ngoài ra, nhiều mẫu smartwatch Garmin sử dụng màn hình phản xạ xuyên sáng (MIP) cho phép hiển thị rõ ràng trong cả điều kiện ánh sáng mạnh và yếu."),
    (WE, "Đặc biệt, Garmin đã tiên phong trong việc tích hợp công nghệ sạc năng lượng mặt trời vào sản phẩm của mình."),
    # viettimes.vn (Galaxy Watch 3)
    (WF, "Samsung Galaxy Watch 3 được trang bị công nghệ màn hình SUPER AMOLED với kích thước màn hình 1.4 inch."),
    (WF, "Thời gian sử dụng Samsung Galaxy Watch 3 rơi vào khoảng 2 ngày sử dụng."),
    (WF, "Đồng hồ sử dụng hệ điều hành OS TIZEN."),
    (WF, "Samsung Galaxy Watch 3 có thể kết nối với hệ điều hành Android 5.0 trở lên và iOS 9 trở lên."),
    (WF, "Mặt đồng hồ của Galaxy Watch 3 được làm bằng kính cường lực Gorilla Glass Dx+."),
    (WF, "Đồng hồ có thể kết nối qua bluetooth v5.0, Wifi và GPS."),
    (WF, "Tuy nhiên, như trải nghiệm của trang Tech Radar, với mức âm lượng phát ra từ Galaxy Watch 3 thì chỉ phù hợp để nghe các cuộc gọi ở trong nhà hoặc ở những nơi yên tĩnh."),
    (WF, "The Verge cho biết, vòng tròn xoay benzen trên Galaxy Watch 3 dùng cơ, tạo cho người dùng cảm giác chân thực và chắc chắn khi xoay."),
    # thegioitinhoc.net (Apple Watch 2025)
    (WG, "Kể từ khi ra mắt thế hệ đầu tiên năm 2015, Apple Watch đã trở thành chiếc smartwatch bán chạy nhất thế giới, chiếm hơn 30% thị phần toàn cầu."),
    (WG, "Năm 2025, Apple tiếp tục trình làng Apple Watch Series 10 và Apple Watch Ultra 3, mang đến nhiều cải tiến đáng chú ý."),
    (WG, "Chip S10 Bionic mới với tiến trình 3nm, tăng 25% hiệu năng so với Series 9."),
    (WG, "Giao diện watchOS 11 tối ưu widget, dễ thao tác hơn."),
    (WG, "Màn hình MicroLED hỗ trợ Always-On Display, hiển thị rõ ràng dưới ánh nắng gắt."),
    # baodanang.vn (Apple Watch, 2015)
    (WH, "Chiếc smartwatch đầu tiên của Apple gây ấn tượng bởi kiểu dáng bóng bẩy, giao diện mới lạ, mượt mà cùng sự thú vị trong việc tương tác với núm xoay Digital Crown."),
    (WH, "Chiếc Apple Watch chúng tôi sử dụng trong bài đánh giá này là phiên bản Watch Sport kích thước 38mm lấy từ hệ thống Hoàng Hà Mobile."),
    (WH, "Hiện cửa hàng này đang bán ra phiên bản Apple Watch Sport 38mm với mức giá khoảng 10,8 triệu đồng."),
    (WH, "Hộp đựng của phiên bản Sport có màu trắng muốt tương tự như màu sắc của hộp đựng iPhone và iPad."),
    # fptshop.com.vn
    (WI, "Cuộc đua giành thị phần giữa Samsung Galaxy Watch 5 và Apple Watch Series 8 giờ đây đã có thêm đối thủ hoàn toàn mới là Google Pixel Watch."),
    (WI, "Nếu bạn dùng iPhone, lựa chọn tốt nhất của bạn vẫn chỉ có Apple Watch vì hệ điều hành WearOS có mặt trên Galaxy Watch 5 hoặc Pixel Watch đều không thể dùng cho iPhone được."),
    (WI, "Phiên bản hiện tại của WearOS yêu cầu Android 8.0 trở lên và watchOS yêu cầu iPhone 8 trở lên với iOS 16."),
    (WI, "Pixel Watch thiên về thiết kế đơn giản với hình tròn, mặt thép không viền với ba màu đen - vàng - bạc."),
    # cohotech.vn
    (WN, "Khi bắt đầu sử dụng Apple Watch Series 9, tôi chỉ cần xác định liệu có thích nó hơn Watch Ultra 2 không, thay vì phải thuyết phục bản thân đeo smartwatch và chọn Apple làm thương hiệu ưa thích."),
    # techz.vn, eva.vn (Apple Watch, 2015)
    (WT, "Bên cạnh đó, phiên bản ‘xa xỉ’ Apple Watch Edition sẽ phải chờ cho đến tháng 7."),
    (WT, "Thậm chí tại Trung Quốc, phiên bản Apple Watch đắt nhất với giá 20.000USD đã nhanh chóng hết hàng chỉ chưa đầy một giờ đồng hồ."),
    (WV, "Apple tiếp tục mở bán đồng hồ thông minh Apple Watch tại 7 quốc gia từ ngày 26/6 tới đây."),
    (WV, "Theo Phó Chủ tịch phụ trách Điều hành Jeff Williams, phản ứng của công chúng trước Apple Watch vượt quá mong đợi của hãng."),
    # thuthuat.com.vn (Gigabyte laptops)
    (LG, "Giữa các tên tuổi lớn như Asus, MSI hay Dell, Gigabyte nổi lên như một “kẻ thách thức” đầy sức nặng với hệ sinh thái phần cứng mạnh mẽ."),
    (LG, "Gigabyte Technology Co., Ltd. không phải là tay mơ trong làng công nghệ."),
    (LG, "Được thành lập năm 1986 tại Đài Loan bởi Pei-Cheng Yeh với triết lý “Upgrade Your Life”, Gigabyte là một trong những trụ cột của ngành công nghiệp máy tính toàn cầu."),
    (LG, "Nếu bạn là dân tự build PC, chắc chắn bạn đã nghe danh các dòng bo mạch chủ (Mainboard) siêu bền hay card đồ họa (VGA) dòng Eagle, Gaming OC lừng danh."),
    (LG, "Sự uy tín này được củng cố khi Gigabyte lọt Top 20 thương hiệu toàn cầu hàng đầu Đài Loan."),
    # baomoi.net.vn, vinanet.com.vn (power system, rooftop solar)
    (EK, "Đến tháng 5 năm 2023, hệ thống điện Việt Nam có tổng công suất lắp đặt nguồn điện là 80.704 MW, đứng thứ 2 khu vực ASEAN (sau Indonesia), đứng thứ 23 trên thế giới."),
    (EK, "Tổng điện sản xuất toàn quốc năm 2022 là khoảng 268,4 TWh, tăng 5,3% so với năm 2021."),
    (EM, "Trong đó, tổng công suất các công trình điện mặt trời trên mái nhà của khách hàng là 216 MWp."),
    (EM, "Hiện nay, EVN chưa có cơ sở pháp lý để hướng dẫn khách hàng, cũng như chưa thực hiện được các thủ tục mua bán điện từ các dự án điện mặt trời áp mái của khách hàng mới."),
    # truongthanhgroup.com.vn, trithucvn2.net, cafebiz.vn, cand.com.vn, 123docz.net (solar farms)
    (ET, "Được biết Ninh Thuận là địa phương có tốc độ gió lớn nhất cả nước, trung bình 7,1m/s ở độ cao 65m; số giờ nắng trung bình cả năm 2.600 – 2.850 giờ; tổng lượng nhiệt 9.500 đến 10.000 độ C; lượng bức xạ mặt trời lớn trên 230 Kcal/Cm2."),
    (EN, "Dự án điện mặt trời Trung Nam có diện tích 300 ha, vốn đầu tư gần 5.000 tỷ đồng với tổng công suất là 204 MW."),
    (EN, "Ngày 7/7, tại xã Bắc Phong (huyện Thuận Bắc, Ninh Thuận), Công ty Cổ phần Đầu tư Xây dựng Trung Nam (thành viên Trungnam Group) đã tổ chức lễ khởi công Dự án nhà máy điện mặt trời Trung Nam có tổng công suất 204 MW."),
    (EN, "Dự án sẽ lắp đặt gần 706.000 tấm pin mặt trời (356Wp-72Cell- Mono & Dual) được thiết kế gắn trên hệ thống giá đỡ xoay 120 độ, tự động xoay và điều chỉnh hướng để đón bức xạ mặt trời theo thời gian trong ngày nhằm khai thác tối đa hiệu suất; 45 bộ Inverter (4.45MW); 45 máy biến áp Inverter; hai trạm biến nâng áp 220kV,…."),
    (EN, "Dự kiến, tháng 6/2019, nhà máy vận hành sẽ cung cấp sản lượng điện 450 triệu kWh/năm."),
    (EC, "Bên cạnh đó, Ninh Thuận cũng có hàng loạt dự án có công suất khoảng 50MW như Nhà máy điện mặt trời Mỹ Sơn - Hoàn Lộc Việt, Nhà máy điện mặt trời Mỹ Sơn 2, Nhà máy Điện mặt trời Ninh Phước 6.1 và 6.2, Nhà máy điện mặt trời Hacom Solar, Nhà máy điện mặt trời Adani Phước Minh..."),
    (EC, "Theo Sở Công thương Ninh Thuận, trong 37 dự án điện mặt trời đã được cấp quyết định chủ trương đầu tư, tính đến tháng 10/2020, đã có 31 dự án đã công nhận ngày vận hành thương mại với tổng công suất 2.173,51MW."),
    (ED, "Với tổng nguồn vốn đầu tư hơn 4.400 tỉ đồng, quy mô công suất 168 MWp được  xây dựng trên diện tích 186 ha, dự án điện mặt trời CMX Renewable Energy Vietnam có quy mô công suất lớn nhất Việt Nam từ trước đến nay."),
    (ED, "Đến thời điểm này, trên địa bàn Ninh Thuận có 48 dự án điện mặt trời đã được UBND tỉnh Ninh Thuận chấp thuận chủ trương khảo sát; trong sốđó có 24 dự án được Thủ tướng Chính phủ, Bộ Công thương đồng ý bổ sung Quy hoạch điện lực, với tổng công suất 1.603 MWp."),
    (E3, "Từ các dự án ĐMT đã xây dựng ở tỉnh Ninh Thuận có thể thấy rằng, suất đầu tư trung bình (SĐT) đối với ĐMT hiện nay chỉ là 1.038 USD/kWp (tương đương 23,877 triệu đồng/1 kWp), thấp hơn bất cứ SĐT nguồn điện nào."),
    (E3, "Ví dụ, mới đây nhất, ngày 7/9/2019, dự án ĐMT Dầu Tiếng, tỉnh Tây Ninh, được xây dựng trên vùng đất bán ngập của hồ Dầu Tiếng với công suất lắp đặt 420 MW, là nhà máy ĐMT lớn nhất ở Đông Nam Á, đã đi vào hoạt động."),
    # thanhnien.vn (Ninja Van)
    (GT, "Thông tin Công ty vận chuyển Ninja Van (Singapore) tuyên bố ngừng hoạt động từ cuối tháng 9 tại VN để lại nhiều cảm xúc cho những người quan tâm."),
    (GT, "Trên thị trường giao nhận, Ninja Van không phải là doanh nghiệp chiếm thị phần lớn tại VN nhưng cũng được nhiều người biết đến."),
    (GT, "Kể từ khi ra mắt tại VN năm 2016, Ninja Van đã phát triển hơn 4.000 trung tâm và điểm giao nhận trên các quốc gia trong khu vực, xử lý trên 2 triệu đơn hàng mỗi ngày."),
    (GT, "Tuy nhiên, khi phải cạnh tranh với quá nhiều đơn vị vận chuyển khác như Vietnam Post, Viettel Post, Giao hàng tiết kiệm (GHTK), Giao hàng nhanh…, Ninja Van dần trở nên yếu thế, chất lượng dịch vụ sau đó bị nhiều chủ shop than phiền thời gian giao nhận hoặc trả hàng quá lâu."),
    # lite.baomoi.com (delivery market shares)
    (GB, "Trước đây Tổng công ty Bưu điện Việt Nam (Vietnam Post) chiếm thế thượng phong nhưng kể từ năm 2022, Viettel Post vươn lên dẫn đầu ngành."),
    (GB, "Theo ước tính của Vietdata, thị phần của Viettel Post tiếp tục tăng lên 17,2% trong năm 2023."),
    (GB, "Xếp thứ hai là Shopee Express, với 15,7% thị phần, giữ vị trí thứ 2."),
    (GB, "Giao hàng tiết kiệm (GHTK) giữ vị trí thứ 3 với 14,5% thị phần, tuy nhiên tốc độ tăng trưởng có phần chững lại."),
    (GB, "Nhóm doanh nghiệp bưu chính truyền thống như Vietnam Post và EMS lần lượt xếp tiếp theo với 13,8% (xếp vị trí thứ 4) và 3,05% thị phần."),
    # vietdata.vn, elibook.vn (delivery market)
    (GV, "Sự phát triển mạnh mẽ của thương mại điện tử (EC) là động lực chính thúc đẩy sự phát triển của ngành bưu chính và chuyển phát nhanh trong nước, đặc biệt là dịch vụ giao hàng B2C."),
    (GV, "Trong đó, Top11 doanh nghiệp dẫn đầu ngành chuyển phát trong nước (không bao gồm phân khúc chuyển phát quốc tế) chiếm đến 90,5% thị phần; miếng bánh 9,5% thị phần còn lại do hơn 690 doanh nghiệp nhỏ khác chia nhau."),
    (GE, "Tuy nhiên, thị trường chuyển phát cũng phải đối mặt với một số thách thức nhất định, bao gồm: hạ tầng logistics còn hạn chế và mức độ cạnh tranh cao, và hình thức COD chiếm tỷ lệ cao (hơn 80%) gây khó khăn cho việc tiết giảm chi phí."),
    (GE, "Cho tới 2032, ngành chuyển phát được dự phóng tăng trưởng với tốc độ trung bình 5.8%/năm, đạt 111,686 tỷ đồng, theo Claight Corporation (Expert Market Research)."),
    (GE, "Theo thống kê của Bộ Thông tin & Truyền thông (Bộ TT&TT), doanh thu toàn ngành chuyển phát (CEP) đạt 71,140 tỷ đồng vào năm 2024, với tốc độ tăng trưởng trung bình hàng năm đạt 19.7% trong giai đoạn 2017-2024."),
]

# (unique substring of the sentence, the syllable replaced, the token, the place), chosen by hand before any run.
SPAM = [
    # start: the sentence's first syllable
    ("Chốt phiên sáng VN-Index", "Chốt", "FBSlive.com", "start"),
    ("Áp lực bán mạnh VIC", "Áp", "Wefinex", "start"),
    ("Hơn 200 cổ phiếu đi lùi", "Hơn", "p16ofu", "start"),
    ("Tình trạng pin có thể", "Tình", "F458", "start"),
    ("Khác với các smartwatch", "Khác", "Bioption.org", "start"),
    ("rơi vào khoảng 2 ngày", "Thời", "VayDI", "start"),
    ("Kể từ khi ra mắt thế hệ", "Kể", "AJBDIRECT", "start"),
    ("Hiện cửa hàng này", "Hiện", "dklmhuv", "start"),
    ("Được thành lập năm 1986", "Được", "PaynetCoin", "start"),
    ("Tổng điện sản xuất", "Tổng", "OkVay", "start"),
    ("Dự kiến, tháng 6/2019", "Dự", "zh7.com", "start"),
    ("Xếp thứ hai là Shopee", "Xếp", "RAIDENBO", "start"),
    ("Cho tới 2032", "Cho", "Tiendaytui", "start"),
    ("Thậm chí tại Trung Quốc", "Thậm", "9666club", "start"),
    # name: a syllable of a Vietnamese person, place or company name
    ("Hoàng Hà Mobile", "Hoàng", "ksyelskbs", "name"),
    ("Top 20 thương hiệu", "Loan", "Hitoption.net", "name"),
    ("hệ thống điện Việt Nam", "Việt", "TreeMoney", "name"),
    ("Tổng công ty Bưu điện", "Bưu", "YAIBROKER", "name"),
    ("Giao hàng tiết kiệm (GHTK) giữ", "kiệm", "moiza.io", "name"),
    ("Bộ Thông tin & Truyền thông", "Truyền", "BeatCash", "name"),
    ("Công ty Chứng khoán VNDirect", "khoán", "Vistaforex", "name"),
    ("Sở Giao dịch Chứng khoán Thành phố", "Chí", "kisvni.com", "name"),
    ("Được biết Ninh Thuận", "Ninh", "j5wpiz", "name"),
    ("tại xã Bắc Phong", "Phong", "SIEUVAY", "name"),
    ("Trung Nam có diện tích", "Trung", "Deniex", "name"),
    ("Hoàn Lộc Việt", "Lộc", "VayCoNgay", "name"),
    ("dự án ĐMT Dầu Tiếng", "Tiếng", "gardenbo.com", "name"),
    ("Đến thời điểm này, trên địa bàn Ninh Thuận", "Thuận", "Topvaynhanh", "name"),
    # function words
    ("Có thêm sự giúp sức từ VIC", "từ", "Binanex", "function"),
    ("VIC chạm sàn", "trong", "Toptrade1", "function"),
    ("VIX giảm mạnh sang phiên thứ 3", "với", "TindungEasy", "function"),
    ("Độ rộng thị trường vẫn nghiêng", "với", "gfypd", "function"),
    ("Một trong những lý do chính", "trong", "EXSWISS", "function"),
    ("Mặt đồng hồ của Galaxy Watch 3", "của", "HomevayLOAN", "function"),
    ("Chip S10 Bionic", "với", "VnCard", "function"),
    ("Phiên bản hiện tại của WearOS", "của", "Vayloanl", "function"),
    ("Sự phát triển mạnh mẽ của thương mại", "của", "Ivayy", "function"),
    ("Kể từ khi ra mắt tại VN", "trong", "nh1m7rxwj", "function"),
    ("trên mái nhà của khách hàng là 216 MWp", "của", "Aigbtboss.net", "function"),
    ("Apple tiếp tục mở bán", "từ", "VayOkNgay", "function"),
    ("hạ tầng logistics", "với", "remitex", "function"),
    ("núm xoay Digital Crown", "với", "hoajq", "function"),
    # inner: a syllable inside a compound
    ("Thị trường chiều nay", "trường", "Pocinex", "inner"),
    ("trụ đỡ tâm lý", "lý", "PostVay", "inner"),
    ("khả năng cân bằng", "bằng", "MoneyTop", "inner"),
    ("Chỉ số chung trở lại trên tham chiếu", "chóng", "Wingstep", "inner"),
    ("màn hình phản xạ xuyên sáng", "xạ", "fj5acr", "inner"),
    ("cảm giác chân thực", "thực", "Dongvayonline", "inner"),
    ("chiếm hơn 30% thị phần toàn cầu", "cầu", "Swissmes.com", "inner"),
    ("màu trắng muốt", "muốt", "Vaynhanhpro", "inner"),
    ("hệ sinh thái phần cứng", "thái", "CCWallet", "inner"),
    ("Dự án sẽ lắp đặt", "đặt", "Rforex.com", "inner"),
    ("Ninja Van dần trở nên yếu thế", "lượng", "TCIS", "inner"),
    ("Top11 doanh nghiệp", "phát", "activcois.com", "inner"),
    ("Cuộc đua giành thị phần", "phần", "DKtrade.com", "inner"),
    ("Theo Sở Công thương Ninh Thuận", "trương", "AlosCoin", "inner"),
    # end: the sentence's last syllable, before its final punctuation
    ("VHM thậm chí phục hồi", "chiếu", "bitono", "end"),
    ("Các mã thành phần như HSG", "chiếu", "8m6wm6vi", "end"),
    ("SSI khá hơn VIX", "đồng", "z5dm8c", "end"),
    ("VIX nổi bật với mức điều chỉnh", "trường", "shop5t.com", "end"),
    ("Đặc biệt, Garmin đã tiên phong", "mình", "SmartLoan", "end"),
    ("những nơi yên tĩnh", "tĩnh", "PAYN", "end"),
    ("Giao diện watchOS 11", "hơn", "Vaynhanhtainha", "end"),
    ("ba màu đen - vàng - bạc", "bạc", "OVay", "end"),
    ("không thể dùng cho iPhone được", "được", "watafuku.com", "end"),
    ("Gigabyte Technology Co., Ltd.", "nghệ", "VivaVayngay", "end"),
    ("áp mái của khách hàng mới", "mới", "dd7aj.com", "end"),
    ("và 3,05% thị phần", "phần", "giauto.club", "end"),
    ("được nhiều người biết đến", "đến", "zindo.club", "end"),
    ("từ trước đến nay", "nay", "MPX", "end"),
    ("thấp hơn bất cứ SĐT nguồn điện nào", "nào", "zicaranchi.com", "end"),
]


def replace_first(sentence: str, word: str, token: str) -> str:
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)
    if m is None:
        raise SystemExit(f"{word!r} not in {sentence!r}")
    return sentence[: m.start()] + token + sentence[m.end():]


def find(key: str) -> str:
    hits = [text for _, text in CLEAN if key in text]
    if len(hits) != 1:
        raise SystemExit(f"{key!r} names {len(hits)} sentences")
    return hits[0]


def main() -> None:
    texts = [text for _, text in CLEAN]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate control sentence")
    if any("\t" in t or "\n" in t for t in texts):
        raise SystemExit("tab or newline in a control sentence")
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for url, text in CLEAN:
            f.write(f"blind\tvi\t{url}\t{text}\n")
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for key, word, tok, place in SPAM:
            text = find(key)
            spam = replace_first(text, word, tok)
            if place == "start" and not spam.startswith(tok):
                raise SystemExit(f"start: {spam!r}")
            if place == "end" and not re.fullmatch(r"\W*", spam[spam.index(tok) + len(tok):]):
                raise SystemExit(f"end: {spam!r}")
            f.write(f"blind\t{spam}\t{tok}\t{word}\t{text}\t{place}\n")
    print(f"{len(CLEAN)} clean sentences, {len(SPAM)} spam cases -> {OUT}")


if __name__ == "__main__":
    main()

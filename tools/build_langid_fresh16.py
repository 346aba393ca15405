"""Build ``benchmarks/data/langfresh16/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata22.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh16.py``. Same format as langfresh14/15
(``benchmarks/langid.py --data benchmarks/data/langfresh16 --split all`` scores it).

Sentences (``sentences.tsv``, the clean controls): real Vietnamese sentences of stored pages (the ``search`` tool's
pages corpus, searched 2026-12-02), copied as the pages write them, each with its page's URL; none of langfresh15's
pages' topics (phones of Xiaomi, e-commerce market shares of Shopee/TikTok Shop/Lazada, Vietjet/Airbus aircraft,
Quang Hải at Pau FC in Ligue 2, Hyundai Creta vs Toyota Yaris Cross sales). Every one holds Latin tokens a spam
detector could take for a pasted token (Snapdragon 888, Weibo, DxOMark, HyperOS 2, 108MP, Metric.vn, GMV, NMV,
Shoppertainment, YouNet ECI, A321neo ACF, VN-A539, Castlelake, IOSA, Sharklet, L'Equipe, Ligue 2, Nouste Camp,
Laporte-Fray, Creta, Yaris Cross, TC Group...). Every row ``blind``: none is read while tuning.

Spam (``spam.tsv``, every row ``blind``): one syllable of a control sentence replaced by one token. Tokens: hosts,
host labels and brand names of stored Vietnamese gambling-spam pages of the same corpus (the "kuwin"/"98win"
lottery/nổ hũ/bắn cá/đá gà/game bài network, the only gambling network the corpus holds; pages and hosts other than
langfresh15's), none in an earlier langfresh set, spam_brands.txt, known_sites.txt, tests/ or mtpipe/ (checked with
``grep -rilw`` before any run): domains tweenwork.com, bmfermuar.com, simuclone.com, skipleeart.com, davefries.com,
glsolarpv.com, txyorkie.com, pmgtpp.com; brands zinvip, zonvip, sun86, tilebongda, wstareternum, nncc, bgdc; host
labels (random and letter-digit) of such pages. Forms as spam writes them and scraping mangles them: full domain
(lower or title case), bare name in title case, capitals, camel case, lower case, letter-digit codes, random host
labels. Places chosen by hand before any run (the SPAM table below): start (the sentence's first syllable), name (a
syllable of a Vietnamese person, place or company name), function (của, với, và, trên, vào, từ, sau), inner (a
syllable inside a compound: thông tin, điện thoại, chi phí, phiên bản, thương hiệu, tăng trưởng...).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh16"

XM11 = "https://www.techsignin.com/xiaomi-mi-11-ra-mat-ngay-28-12/"
XM9 = "https://haiphong24h.org/amp/xiaomi-mi-9-duoc-ban-het-sau-53-giay-tai-trung-quoc-a117481.html"
XPL = "https://dzogame.vn/gaming-gear/xiaomi-len-ke-hoach-ra-mat-dong-smartphone-chuyen-game-xiaomi-play-vao-dip-le-giang-sinh-21313-58.html"
XBL = "https://miui-xiaomi.blogspot.com/2014/07"
XLE = "https://www.vietnet24h.vn/tin-veia/xiaomi-leica-buoc-ngoat-chien-luoc-trong-cuoc-dua-smartphone-toan-cau"
X15 = "https://didongviet.vn/dchannel/xiaomi-15-va-cuoc-chay-dua-hieu-nang-du-bao-do-bo-toan-cau-trong-thoi-gian-som-nhat"
XM6 = "https://trainghiemso.vn/xiaomi-mi-6-lo-anh-thuc-te-loai-bo-hoan-toan-phim-home/amp"
XMX = "https://xtmobile.vn/xiaomi-mi-mix-4-ro-ri-thong-tin-cau-hinh-ra-mat-ngay-24/9-sap-toi"
CASK = "https://www.cask.vn/tin-chi-tiet/shopee-lazada-tiktok-shop-ai-dan-dau"
NCD = "http://ntp.nhipcaudautu.vn/chuyen-de/shopee-vs-tiktok-shop-thu-hung-3361893"
V24 = "https://vietnet24h.vn/tieu-dung/tieu-dung-thong-minh/tiktok-shop-tro-thanh-san-tmdt-lon-thu-2-tai-viet-nam"
THQ = "https://thuehaiquan.tapchikinhtetaichinh.vn/cuoc-dua-thi-phan-giua-tiktok-shop-va-shopee-ngay-cang-quyet-liet-128056.html"
BKV = "https://bankviet.com/tiktok-shop-noi-len-shopee-de-chung"
INF = "https://theinfluencer.vn/tiktok-shop-dang-rut-ngan-khoang-cach-voi-shopee-cua-hang-tren-tay-chinh-la-tuong-lai"
VNE = "https://vneconomy.vn/trat-tu-moi-cua-thi-truong-thuong-mai-dien-tu-viet-nam-sap-duoc-viet-lai.htm"
OSK = "https://opensky.com.vn/tau-bay-a321neo-cua-vietjet-da-ve-den-viet-nam-2666.html"
TCHK = "https://www.tapchihangkhong.com/tag/mua-50-may-bay/"
TNCK = "https://tinnhanhchungkhoan.vn/vietjet-don-tau-bay-thu-29-post123650.html"
TBTC = "https://thoibaotaichinhvietnam.vn/airbus-da-san-sang-giao-may-bay-cho-vietjet-24857.html"
VNB = "https://vietnambiz.vn/khai-truong-duong-bay-moi.html"
GAD = "https://gadgeterija.net/bao-phap-tiet-lo-clb-moi-cua-quang-hai"
VNN = "https://vietnamnet.vn/quang-hai-chia-tay-pau-fc-2150967.html"
DSV = "https://doisongvietnam.vn/bat-ngo-voi-gia-ve-xem-quang-hai-thi-dau-o-phap-133801-11.html"
BQT = "https://baoquocte.vn/quang-hai-chia-tay-gia-dinh-len-duong-sang-phap-188584.html"
V24H = "https://vietnam24h.vn/m/tin-tuc/quang-hai-dau-quan-cho-doi-bong-tram-tuoi-o-giai-hang-nhi-phap/156349.html"
VTC = "https://vtcnews.vn/doanh-so-suv-co-b-bien-dong-manh-cuoi-nam-2025-ar997933.html"
SOHA = "https://soha.vn/hyundai-creta-tang-toc-vuot-toyota-yaris-cross-2-thang-lien-tiep-cuoc-dua-cuv-co-b-bat-dau-dao-chieu-19826021317550359.htm"
OFN = "https://ofnews.vn/hyundai-creta-thang-toyota-yaris-cross-3-thang-lien-tiep-32232.html"
OTO = "https://oto365.vn/xe-nhat-han-lan-dau-tien-thong-tri-doanh-so-tai-viet-nam/"

CLEAN: list[tuple[str, str]] = [
    (XM11, "Xiaomi Mi 11 – mẫu flagship đầu tiên được trang bị chipset Snapdragon 888 mới nhất của Qualcomm – sẽ chính thức ra mắt tại Trung Quốc vào ngày 28/12, lúc 19h30 giờ địa phương (18h30 giờ Việt Nam)."),
    (XM11, "Thông tin đã được hãng xác nhận trên mạng xã hội Weibo."),
    (XM11, "Vẫn chưa có thông tin về ngày ra mắt Xiaomi Mi 11 trên toàn cầu."),
    (XM11, "Xiaomi Mi 11 dự kiến sẽ có hai biến thể: một phiên bản chuẩn giá phải chăng phù hợp với đa số người dùng và một bản Pro được tích hợp nhiều công nghệ mới, cao cấp hơn."),
    (XM11, "Chiếc điện thoại trong hình có màu xanh lam (trùng với màu trong poster chính thức của Xiaomi) và module camera sau hình vuông – không giống bất kỳ mẫu điện thoại nào thuộc dòng Mi 10 trước đó."),
    (XM11, "Hai tuần trước, một nguồn tin Nga đã tung ra một vài bức ảnh cũng được cho là Mi 11."),
    (XM9, "Mi 9 được Xiaomi bắt đầu bán ra lúc 10h hôm nay tại Trung Quốc (9h, theo giờ Việt Nam)."),
    (XM9, "Đây là một trong những smartphone đầu tiên, cùng với Galaxy S10 trang bị chip xử lý mạnh nhất của Qualcomm hiện nay là Snapdragon 855."),
    (XM9, "Theo thông báo của Xiaomi trên Weibo, chỉ sau 53 giây, toàn bộ số máy chuẩn bị cho đợt hàng đầu tiên đã hết."),
    (XM9, "Đây là mức chi phí thấp nhất cho một mẫu điện thoại thông minh dùng chip Snapdragon 855 hiện nay."),
    (XM9, "Tất cả các phiên bản Xiaomi Mi 9 được trang bị sạc không dây nhanh 20 Watt và sạc nhanh 27 Watt cùng pin 3.300 mAh."),
    (XM9, "Sau khi trình làng, bài đánh giá về camera Mi 9 của Xiaomi cũng có mặt trên chuyên trang đánh giá camera DxOMark."),
    (XM9, "Máy đạt 112 điểm về chụp ảnh, thấp hơn hai smartphone đứng đầu là Mate 20 Pro và P20 Pro của Huawei (cùng 114 điểm) nhưng lại cao hơn lần lượt 1 và 2 điểm ở khả năng quay video khi đạt 99 điểm."),
    (XPL, "Không chỉ Samsung hay Huawei, một thiết bị khác đến từ Xiaomi cũng sẽ được giới thiệu vào cuối tháng 12 này."),
    (XPL, "Nhiều nguồn tin cho biết rằng máy sẽ có tên gọi là Xiaomi Play."),
    (XPL, "Người dùng này đã đăng tải trên mạng xã hội Weibo và nói rằng Xiaomi đang có dự định ra mắt một thiết bị mới vào cuối tháng 12 năm nay, khả năng cao là ngày 24 tháng 12."),
    (XBL, "5 tháng đầu năm 2014, Xiaomi chiếm 21% lượng smartphone bán ra tại Trung Quốc, xếp ngay sau Samsung với 23% và đứng trên thị phần 16% của Apple."),
    (XBL, "Các chuyên gia cho biết, định vị sản phẩm của Xiaomi và Apple là hoàn toàn khác nhau và chỉ có dưới 5% người dùng iPhone chuyển sang smartphone của Xiaomi."),
    (XBL, "Báo cáo chỉ ra rằng, 17% người dùng bỏ thương hiệu Hàn Quốc và 21% người dùng thuộc 5 nhà sản xuất nội địa (Huawei, ZTE, Lenovo, Coolpad, Oppo) chuyển sang Xiaomi."),
    (XLE, "Việc Xiaomi tuyên bố mở rộng hợp tác với Leica để biến dòng smartphone Leica của mình thành sản phẩm toàn cầu không chỉ là một bước đi thương hiệu mà còn là một quyết định chiến lược công nghệ có thể định hình lại diện mạo ngành di động trong vài năm tới."),
    (XLE, "Hành trình hợp tác giữa Xiaomi và Leica không phải là điều mới mẻ, nhưng việc nâng tầm mối quan hệ này để cạnh tranh trực tiếp với các đối thủ dẫn đầu như Apple và Samsung cho thấy sự tự tin lớn hơn bao giờ hết."),
    (X15, "Xiaomi 15 đã ra mắt tại Trung Quốc, gây ấn tượng mạnh với sức mạnh của Snapdragon 8 Gen 2."),
    (X15, "Việc Xiaomi 15 xuất hiện trên Geekbench không chỉ là tin đồn."),
    (X15, "Điểm số benchmark cho thấy hiệu năng vượt trội so với Snapdragon 8 Gen 1 trên Xiaomi 13, một bước tiến đáng kể."),
    (X15, "Phiên bản toàn cầu được cho là sở hữu 12GB RAM, chạy Android 15 cùng giao diện MIUI 14 dựa trên HyperOS 2."),
    (X15, "Màn hình OLED 6.36 inch, tần số quét 1-120Hz sẽ là điểm cộng lớn, cho hình ảnh sắc nét, sống động."),
    (X15, "Bên cạnh đó, hệ thống 3 camera 50MP cùng camera selfie 32MP tiếp tục là điểm mạnh của Xiaomi 15."),
    (XM6, "Mới đây trên mạng xã hội Weibo đã xuất hiện nhiều hình ảnh được cho là của Xiaomi Mi 6 – mẫu smartphone sắp được Xiaomi ra mắt."),
    (XM6, "Theo các nguồn tin, Xiaomi Mi 6 có kích thước màn hình vào khoảng 5.2 đến 5.5 inch."),
    (XM6, "Xiaomi đã chính thức xác nhận không tham dự sự kiện MWC 2017 sắp diễn ra."),
    (XM6, "Tuy nhiên, các nguồn tin dự đoán Xiaomi sẽ trình làng Xiaomi Mi 6 vào khoảng tháng 3/2017, khoảng thời gian mà LG G6 và Samsung S8 cũng dự kiến ra mắt."),
    (XMX, "Theo nguồn tin “uy tín”, Xiaomi Mi Mix 4 sẽ ra mắt vào ngày 24 tháng 9 sắp tới."),
    (XMX, "Theo kế hoạch thì Xiaomi sẽ ra mắt tân binh của mình vào giữa tháng 9, nhưng vì lịch phát hành đã có sẵn một vài đối thủ như Huawei Mate 30 Pro mà hãng đã quyết định lùi lại vài ngày."),
    (XMX, "Được biết, Xiaomi Mi Mix 4 sẽ có cảm biến 108MP đầu tiên trên thế giới do Samsung sản xuất."),
    (XMX, "Bên cạnh camera 108MP, Mi Mix 4 dự kiến còn được trang bị ống kính siêu rộng 16MP và camera kính tiềm vọng 12MP, kèm theo đó là khả năng zoom quang 5x."),
    (XMX, "Thiết bị cũng sẽ chạy Android 10 kết hợp với phần mềm MIUI 11 mới nhất hiện nay."),
    (CASK, "Một trong những lý do khiến e-commerce bùng nổ nằm ở sự phổ cập của Internet và smartphone."),
    (CASK, "Đáng chú ý, theo Metric.vn, doanh thu toàn ngành đã tăng 41% trong giai đoạn 2023–2025, từ 7,064 triệu USD lên 9,926 triệu USD."),
    (CASK, "Tuy nhiên, sự nổi bật nhất thuộc về nhóm thực phẩm và hàng tiêu dùng nhanh (FMCG), với tốc độ tăng trưởng lên tới 65% chỉ trong một năm."),
    (NCD, "Năm 2025, TikTok Shop với lợi thế Shoppertainment đang tăng tốc rất nhanh trong cuộc đua mà Shopee dẫn đầu về thị phần."),
    (NCD, "YouNet ECI mới đây đã công bố GMV (Tổng giá trị giao dịch) của TikTok Shop Việt Nam năm 2024 là 3,8 tỉ USD và đang xếp thứ 2 trên bảng xếp hạng thương mại điện tử Việt Nam với 26,9% thị phần."),
    (NCD, "Với công cụ livestream là động lực chính, nơi người bán trình diễn sản phẩm, trả lời ngay với người xem và từ đó tạo hiệu ứng “thấy là mua”."),
    (V24, "Vietnet24h - Tiktok Shop đã 'vượt mặt' Lazada để trở thành sàn thương mại điện tử lớn thứ 2 tại Việt Nam trong quý 2/2023, sau Shopee."),
    (V24, "Đáng chú ý, bảng xếp hạng thị phần doanh thu NMV sau nửa đầu năm 2023 đã chứng kiến cuộc đổi ngôi giữa Lazada và TikTok Shop."),
    (V24, "Đến Quý 1/2023, TikTok Shop chỉ kém Lazada 3,5% doanh thu và nhanh chóng vượt mặt đàn anh vào Quý 2."),
    (V24, "Nửa đầu năm 2022, sàn TikTok Shop chưa ra mắt, nếu tính tỷ lệ tăng trưởng cùng kỳ khi chỉ tính trên doanh thu 4 sàn Shopee, Lazada, Tiki, Sendo, con số sẽ là 22,5%."),
    (V24, "Xét về thứ hạng, Shopee (59.000 tỷ đồng) tiếp tục là sàn TMĐT đứng đầu về doanh thu với thị phần gần như không thay đổi, chiếm 63%."),
    (THQ, "TMĐT Việt Nam bước vào giai đoạn tăng trưởng mới với sự trỗi dậy của Social Commerce."),
    (THQ, "Theo báo cáo thường niên về kinh tế số khu vực Đông Nam Á (e-Conomy SEA) 2024, TMĐT Việt Nam duy trì tăng trưởng trên 15% mỗi năm và trong nhóm 3 thị trường lớn nhất Đông Nam Á."),
    (THQ, "Báo cáo toàn diện về tình hình kỹ thuật số tại Việt Nam công bố đầu năm 2025 (Digital 2025 Vietnam) cũng ghi nhận, Việt Nam có khoảng 79,8 triệu người dùng internet (tương đương 78,8% dân số), tạo nền tảng vững chắc cho TMĐT phát triển."),
    (THQ, "Cùng với đà tăng trưởng này là sự dịch chuyển mạnh về thị phần khi TikTok Shop thu hẹp khoảng cách với Shopee."),
    (BKV, "Shopee, Lazada hay Tiki từng bùng nổ nhờ loạt ưu đãi như freeship, giảm giá sâu, trợ giá đơn 0 đồng..."),
    (BKV, "Theo báo cáo từ Metric, trong quý I/2025, TikTok Shop – nền tảng tiên phong trong thương mại giải trí (entertainment commerce) đã đạt mức tăng trưởng doanh số hơn 113%, nâng thị phần từ 23% lên 35%, chỉ sau một năm."),
    (BKV, "Không cần giao diện mua sắm rườm rà, TikTok Shop đưa người dùng trực tiếp từ video vào giỏ hàng, ngay trong lúc đang lướt xem clip giải trí."),
    (INF, "Tuy nhiên, TikTok Shop – nền tảng mới chỉ ra mắt từ giữa 2022 – đang chứng minh rằng mình không phải “kẻ đến sau” thông thường."),
    (INF, "Trong khi, Lazada và Tiki chứng kiến doanh số giảm lần lượt 48% và 63% trong nửa đầu năm nay, chỉ còn giữ 3% thị phần."),
    (VNE, "Trong 6 tháng đầu năm 2025, theo dữ liệu từ Metric.vn, TikTok Shop đã tăng 68.64% doanh số, chiếm tới 39% thị phần toàn ngành, tăng 10% thị phần sau một năm."),
    (VNE, "Ngay cả Shopee, với nền tảng tài chính vững chắc và chiến lược bền bỉ, cũng phải nhường “đất” cho đối thủ đến từ Trung Quốc."),
    (OSK, "Tàu bay A321neo ACF mang số hiệu đăng ký VN-A539 vừa hạ cánh tại sân bay quốc tế Tân Sơn Nhất, sau 2 tháng chờ đợi."),
    (OSK, "Tàu bay này được đưa về cảng HKQT Tân Sơn Nhất lúc 15h32 chiều nay, từ sân bay Orly ở Paris (Pháp)."),
    (OSK, "Đây là tàu bay A321neo thứ 2 Vietjet nhận trong năm, chiếc đầu tiên được giao trong tháng 2."),
    (OSK, "Tối 7/10, giờ địa phương (rạng sáng 8/10, giờ Hà Nội), Airbus đã bàn giao tàu bay A321neo tiếp theo cho Vietjet Air."),
    (OSK, "Sự kiện này diễn ra ngay sau khi Vietjet Air ký thỏa thuận thu xếp tài chính cho 4 tàu bay trị giá 560 triệu USD với Castlelake."),
    (TCHK, "Bất chấp những tác động chưa từng có của dịch COVID-19, Vietnam Airlines vẫn mong muốn chi 3,7 tỷ USD mua mới 50 tàu bay thân hẹp."),
    (TNCK, "Chiếc tàu bay A321 của Vietjet mang số hiệu VN-A665 từ Hamburg (Đức) đã đáp xuống sân bay Tân Sơn Nhất."),
    (TNCK, "Đây là chiếc thứ 10 của đơn hàng mua và thuê 100 tàu bay giữa Airbus và Vietjet."),
    (TNCK, "Tàu bay mới của Vietjet là A321 ceo Sharklet thuộc thế hệ mới nhất của dòng tàu bay thân hẹp của Airbus có cấu hình 230 ghế ngồi, giúp tiết kiệm nhiên liệu, giảm khí thải và tiếng ồn ở mức thấp nhất."),
    (TNCK, "Chỉ sau hơn 3 năm hoạt động, Vietjet đã được Hiệp hội Vận tải Hàng không Quốc tế (IATA) trao Chứng nhận An toàn khai thác IOSA."),
    (TBTC, "Theo đó, Vietjet đã đặt mua 63 tàu bay và được quyền mua thêm 30 tàu nữa theo kế hoạch phát triển của hãng."),
    (TBTC, "Hợp đồng được thực hiện trong thời gian nhanh kỷ lục, chỉ 9 tháng sau khi ký Airbus đã thực hiện giao những chiếc máy bay đầu tiên."),
    (VNB, "Theo cập nhật ngày 1/2, thị trường ghi nhận một số công ty tăng trưởng đột biến như Kido, Biwase, SCG, Camimex, C32, ; trong khi Phước Hòa, Viconship, Vinasun, Đất Xanh Services lao dốc; các đơn vị lỗ gọi tên Nam Kim, Vinaconex ICT, Hapaco."),
    (GAD, "Theo L’Equipe, Quang Hải nhiều khả năng sẽ gia nhập Pau FC với hợp đồng có thời hạn 2 năm, kèm điều khoản gia hạn một năm."),
    (GAD, "Năm 2020, Pau FC giành quyền lên hạng Ligue 2 và trụ lại giải đấu đến thời điểm hiện tại."),
    (GAD, "Nhiều đội bóng ở Ligue 2 được nhắc tên như Metz, Nimes, Paris FC hay Rodez, nhưng chưa có thông tin nào được xác nhận."),
    (GAD, "Quang Hải chia tay Hà Nội FC cách đây 2 tháng, khi anh hết hạn hợp đồng với đội bóng Thủ đô."),
    (VNN, "Thông tin trên được đích thân người đại diện của Quang Hải, ông Michele Donato Fersini chia sẻ trên trang cá nhân mới đây."),
    (DSV, "Tờ Francebleu mới đây đã đăng tải bài viết \"Nguyễn Quang Hải, \"Messi Việt Nam\" đã đến Pau FC\" trong đó hé lộ thời gian học trò cưng của HLV Park Hang Seo ra mắt đội bóng này."),
    (DSV, "Cụ thể, tác giả Florent Vautier cho biết: \"Anh ấy (Quang Hải) sẽ ra mắt báo giới cùng các tân binh khác của Pau FC vào chiều thứ Năm (30/6 - giờ địa phương)\"."),
    (DSV, "Sân nhà của Pau FC có tên là Nouste Camp với sức chứa khoảng hơn 4.000 người và là sân đấu có chỗ ngồi thấp nhất tại Ligue 2 mùa qua."),
    (BQT, "Người đại diện cho biết, Chủ tịch CLB Bernard Laporte-Fray chọn Quang Hải bởi lối chơi sáng tạo và thông minh."),
    (BQT, "Bên cạnh đó, Sud Ouest cũng cho hay có tới 5 đội bóng bày tỏ sự quan tâm tới tuyển thủ quốc gia Việt Nam."),
    (BQT, "Đó là Dunkerque, Metz, Nimes, Pau và Rodez."),
    (V24H, "Sau khi quá cảnh tại Frankfurt (Đức) trên chuyến bay lúc 9 giờ 40 ngày 27-6, Quang Hải sẽ có mặt ở Pháp để kiểm tra y tế."),
    (V24H, "Pau FC thành lập năm 1920, sở hữu sân đấu Nouste Campo với sức chứa 4.031 chỗ ngồi."),
    (VTC, "Cụ thể, theo số liệu từ TC Group, Hyundai Creta đạt 1.696 xe trong tháng 12/2025, tăng 37,2% so với tháng trước, qua đó trở thành mẫu xe bán chạy nhất của Hyundai trong tháng."),
    (VTC, "Với kết quả này, Creta vượt doanh số Toyota Yaris Cross (1.393 xe) trong cùng kỳ, tạo nên điểm nhấn đáng chú ý ở giai đoạn cao điểm mua sắm cuối năm."),
    (VTC, "Theo công bố của Toyota Việt Nam, Yaris Cross đạt tổng cộng 14.601 xe trong năm 2025, bỏ xa mức 9.046 xe của Hyundai Creta trong cùng giai đoạn."),
    (SOHA, "Cụ thể, trong tháng 1/2026, Hyundai Creta đạt doanh số 1.222 xe, nhỉnh hơn mức 1.150 xe của Toyota Yaris Cross."),
    (OFN, "Tháng 2, Hyundai Creta bán 645 xe, trong khi Toyota Yaris Cross là 638 xe."),
    (OFN, "Sự trở lại của Creta sau khi nâng cấp giữa vòng đời đã giúp mẫu xe Hàn Quốc cải thiện sức hút đáng kể."),
    (OTO, "Lần đầu tiên, Hyundai Thành Công thông báo doanh số hàng tháng khiến bảng xếp hạng xáo trộn mạnh."),
]

# (1-based row of CLEAN, word replaced (its first whole-word occurrence), token, place): chosen by hand before any run
SPAM: list[tuple[int, str, str, str]] = [
    # start
    (2, "Thông", "tweenwork.com", "start"),
    (9, "Theo", "Bmfermuar", "start"),
    (14, "Không", "SIMUCLONE", "start"),
    (16, "Người", "gflanvxh2", "start"),
    (21, "Hành", "Davefries.com", "start"),
    (39, "Tuy", "SkipLeeArt", "start"),
    (44, "Đáng", "gqktud", "start"),
    (54, "Không", "TILEBONGDA", "start"),
    (60, "Tàu", "Txyorkie", "start"),
    (66, "Đây", "ld3eyi6c", "start"),
    (69, "Theo", "pmgtpp.com", "start"),
    (81, "Bên", "Zonvip", "start"),
    (88, "Cụ", "wstareternum", "start"),
    # name
    (59, "Sơn", "TweenWork", "name"),
    (62, "Nội", "lbjskq", "name"),
    (72, "Hải", "Simuclone", "name"),
    (75, "Nội", "bmfermuar.com", "name"),
    (76, "Quang", "mwg6d0r", "name"),
    (77, "Nguyễn", "DaveFries", "name"),
    (80, "Hải", "ZINVIP", "name"),
    (83, "Quang", "bypal", "name"),
    (91, "Công", "Skipleeart", "name"),
    (49, "Nam", "kwi52dtgb", "name"),
    (87, "Việt", "SUN86", "name"),
    (65, "Nhất", "xritx", "name"),
    (17, "Quốc", "Glsolarpv.com", "name"),
    # function
    (1, "của", "ablrozkz", "function"),
    (4, "với", "nncc", "function"),
    (8, "của", "guek4j12j", "function"),
    (12, "của", "Tilebongda", "function"),
    (18, "và", "ckqhec", "function"),
    (20, "với", "glsolarpv.com", "function"),
    (24, "trên", "bnknb2", "function"),
    (29, "vào", "usghy", "function"),
    (33, "của", "i2csxq", "function"),
    (41, "của", "davefries.com", "function"),
    (57, "từ", "Zinvip", "function"),
    (63, "với", "7qjisvrqp", "function"),
    (70, "sau", "co6gf24tp", "function"),
    (84, "với", "BGDC", "function"),
    (90, "của", "hwvqpd6z", "function"),
    # inner
    (3, "thông", "skipleeart.com", "inner"),
    (5, "thoại", "Pmgtpp", "inner"),
    (10, "phí", "txyorkie.com", "inner"),
    (11, "phiên", "WSTARETERNUM", "inner"),
    (13, "ảnh", "0oxarvh", "inner"),
    (19, "hiệu", "TileBongDa", "inner"),
    (22, "tượng", "rka6s", "inner"),
    (23, "xuất", "Tweenwork.com", "inner"),
    (26, "động", "jwudva4", "inner"),
    (28, "hội", "WstarEternum", "inner"),
    (31, "đoán", "b1agoz", "inner"),
    (35, "rộng", "opd5b", "inner"),
    (38, "ngành", "zonvip", "inner"),
    (42, "lực", "uazcm", "inner"),
    (46, "trưởng", "SimuClone", "inner"),
    (47, "hạng", "l8wknebo", "inner"),
    (51, "khoảng", "TWEENWORK", "inner"),
    (53, "phong", "hyrla4btj", "inner"),
    (58, "chiến", "pmgtpp", "inner"),
    (67, "nhiên", "nl52lej8", "inner"),
    (68, "khai", "oukiydfr", "inner"),
    (71, "biến", "xsbrwg", "inner"),
    (74, "thông", "DAVEFRIES", "inner"),
    (79, "sức", "fsdglx", "inner"),
    (73, "quyền", "unodq7", "inner"),
    (36, "mềm", "r4tpqfs", "inner"),
    (52, "đãi", "6irdbt73", "inner"),
    (55, "tảng", "l1cxgfs8", "inner"),
    (64, "động", "qf3draip", "inner"),
    (78, "giới", "owbiguh", "inner"),
    (45, "doanh", "o5gcig", "inner"),
    (30, "kiện", "zl6dyzvx", "inner"),
    (43, "mặt", "0hmtdzy", "inner"),
    (27, "cạnh", "7gdbnnfo", "inner"),
    (32, "tin", "lclnuayxv", "inner"),
    (37, "phổ", "h65jh5", "inner"),
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

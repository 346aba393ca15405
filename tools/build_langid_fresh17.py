"""Build ``benchmarks/data/langfresh17/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata23.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh17.py``. Same format as langfresh14-16
(``benchmarks/langid.py --data benchmarks/data/langfresh17 --split all`` scores it).

Sentences (``sentences.tsv``, the clean controls): real Vietnamese sentences of stored news pages (the ``search``
tool's pages corpus, searched 2026-12-02), copied as the pages write them, each with its page's URL; pages and
topics of no earlier langfresh set (BlackPink's Born Pink concerts in Hà Nội, T1/Faker at the LMHT world
championship, Nvidia/Jensen Huang in Việt Nam, Bamboo Airways' Boeing 787-9 Dreamliner, Samsung Galaxy Z
Fold/Flip, Netflix in Việt Nam). Every one holds Latin tokens a spam detector could take for a pasted token
(YG Entertainment, Ticketbox, Kpop, K-pop, SVĐ, SKT T1, CKTG, MVP, LMHT, Gumayusi, KT Rolster, Nvidia, VRDC, CNBC,
Indosat Ooredoo Hutchison, Boeing 787-9, VN-A871, IOSA, Galaxy Z Fold5, S23, AMOLED 2X, 120Hz, FPT Shop, IPX8,
Motorola Razr Plus, VnExpress, tvN...). Every row ``blind``: none is read while tuning.

Spam (``spam.tsv``, every row ``blind``): one syllable of a control sentence replaced by one token (its first
whole-word occurrence). Tokens: hosts, host labels and brand names of stored Vietnamese gambling/crypto-spam pages of
the same corpus, pages none of which an earlier langfresh set cites, names none of which is an earlier set's token,
in spam_brands.txt, tests/, tools/ or mtpipe/ (checked with ``grep -rilw`` before any run): domains zthedj.com,
iticun.com, htclebanon.com, cfnmmobile.com, oucnyi.blue (a crypto "learn/airdrop" clone), manatee-boating.org (a
parasite host of a copied news page, written ManateeBoating); brands sumvip, cakhia, vinagame, lobachthu247, 2koi,
b29; random and letter-digit host labels of such pages. Forms as spam writes them and scraping mangles them: full
domain (lower or title case), bare name in title case, capitals, camel case, lower case, letter-digit codes, random
host labels. Places chosen by hand before any run (the SPAM table below): start (the sentence's first syllable),
name (a syllable of a Vietnamese person, place or company name), function (của, và, với, ở, trong, từ, tại, giữa,
về, trên), inner (a syllable inside a compound: hệ thống, nhóm nhạc, mong chờ, khả năng, tuyển thủ, kỷ lục, công
nghệ, thỏa thuận, sản phẩm, nâng cấp, hiệu năng...), end (the sentence's last syllable, before its full stop).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh17"

TPO = "https://tienphong.vn/blackpink-den-ha-noi-post1546011.tpo"
ZNB = "https://zingnews.vn/blackpink-cong-bo-concert-tai-ha-noi-khan-gia-viet-bung-no-post1442956.html"
VTCB = "https://vtcnews.vn/blackpink-to-chuc-concert-o-san-van-dong-my-dinh-ar802037.html"
K14B = "https://kenh14.vn/dan-sao-viet-doi-mua-check-in-concert-blackpink-tai-ha-noi-ky-duyen-than-tho-1-dieu-bao-thy-duc-phuc-san-sang-quay-het-minh-20230729153003991.chn"
VB1 = "https://vietbao.vn/blackpink-tao-cu-hich-cho-cac-sao-the-gioi-den-viet-nam-439577.html"
VB2 = "https://vietbao.vn/truyen-thong-va-fan-quoc-te-noi-gi-ve-dem-dien-cua-blackpink-tai-viet-nam-439302.html"
VNNB = "https://vietnamnet.vn/cuc-ntbd-len-tieng-ve-thong-tin-dung-concert-blackpink-2168402.html"
SAO = "https://saostar.vn/am-nhac/ro-ri-gia-ban-chinh-thuc-ve-concert-blackpink-o-ha-noi-202306261412460259.html"
TDAI = "https://thoidai.com.vn/lien-minh-huyen-thoai-khong-chi-vo-dich-cktg-mua-6-faker-con-dat-1-ky-luc-vo-tien-khoang-hau-moi-152.html"
K14T = "https://kenh14.vn/t1-khong-chien-thang-ho-thong-tri-tuyet-doi-lmht-215251109201526251.chn"
ZNT = "https://znews.vn/t1-lai-vo-dich-faker-co-chiec-cup-thu-6-post1601388.html"
DTUD = "https://dientuungdung.vn/cktg-2025-dai-chien-vien-thong-ket-thuc-t1-vo-dich-3-lan-lien-tiep-11948.html"
K14F = "https://kenh14.vn/co-hoi-vang-cham-gan-huyen-thoai-faker-va-t1-tai-vpbank-presents-esport-festival-215251217202026246.chn"
TG1 = "https://1thegioi.vn/ceo-nvidia-den-viet-nam-dao-choi-pho-co-giao-luu-voi-cac-game-thu-210819.html"
VNNN = "https://vietnamnet.vn./mua-vinbrain-muon-mo-truong-ai-uong-bia-cung-thu-tuong-ceo-nvidia-tham-vong-gi-2349978.html"
TTHH = "https://www.thitruonghanghoa.com/tin-tuc/nong-ceo-jensen-huang-quay-xe-xay-trung-tam-phat-trien-tri-gia-200-trieu-usd-tai-1-quoc-gia-dna-258297.html"
BMOI = "https://baomoi.net.vn/nhan-may-bay-moi-bamboo-airways-se-bay-thang-toi-my-c33189665.epi"
VNBB = "https://vietnambiz.vn/bamboo-airways-chinh-thuc-nhan-boeing-787-9-tai-my-cho-ngay-don-ve-viet-nam-20191210065509105.htm"
GTXD = "https://giaothong.tapchixaydung.vn/boeing-787-9-dreamliner.html"
ZNS = "https://zingnews.vn/lo-ngay-ra-mat-bo-doi-smartphone-gap-moi-cua-samsung-post1431876.html"
ATS = "https://br.atsit.in/vi/?p=465705"
VNEG = "https://vneconomy.vn/galaxy-z-series-chi-la-buoc-dem-de-cho-cong-nghe-cua-samsung.htm"
H24G = "https://24h.com.vn/thoi-trang-hi-tech/galaxy-z-fold-4-chua-ra-tin-don-galaxy-z-fold-5-da-xuat-hien-c407a1378412.html"
VIPR = "https://vinipr.vn/galaxy-z-flip-5-va-galaxy-z-fold-5-nhung-thong-tin-ben-le-quan-trong-9796"
SOH5 = "https://soha.vn/binh-moi-ruou-cu-galaxy-z-flip-5-moi-ra-mat-nhung-khong-khac-nhieu-flip-4-gia-26-trieu-lieu-co-nen-mua-20230730200542286.htm"
K14Z = "https://kenh14.vn/danh-gia-galaxy-z-flip5-thich-thi-mua-khong-thich-thi-cung-van-phai-mua-20230812103759074.chn"
SOH6 = "https://soha.vn/2-tieng-dung-thu-galaxy-z-flip-6-moi-ra-mat-cua-samsung-van-con-lan-can-khong-biet-nhan-xet-the-nao-198240713100854701.htm"
VNX1 = "https://vnexpress.net/giai-tri/thua-me-con-di-vao-top-10-netflix-4079101.html"
VNX2 = "https://vnexpress.net/giai-tri/money-heist-dan-dau-top-phim-netflix-4080377.html"
VNX3 = "https://vnexpress.net/giai-tri/the-platform-dan-dau-top-phim-netflix-4076966.html"
VNX4 = "https://vnexpress.net/series-y-khoa-hospital-playlist-hut-khan-gia-4101901.html"
DNHN = "https://doanhnghiephoinhap.vn/netflix-dau-tu-manh-tay-vao-cac-bo-phim-tu-dong-nam-a-khi-chung-kien-suc-hut-toan-cau-cua-khu-vuc-nay.html"
VNM = "https://vietnammoi.vn/sau-3-nam-hoat-dong-netflix-se-san-xuat-phim-voi-viet-nam-20191126165256324.htm"

CLEAN = [
    # 1-5 tienphong.vn
    (TPO, "Mới đây, trang chủ công ty giải trí YG đã công bố lịch trình tour diễn Born Pink, đáng chú ý các fan được chứng kiến những Lisa, Jennie, Rosé, Jisoo biểu diễn Hà Nội vào ngày 29-30/7."),
    (TPO, "Các tài khoản Twitter, Instagram chính thức của BlackPink cũng đã đồng loạt đăng poster của concert tại Hà Nội."),
    (TPO, "Hiện nay, BlackPink là một trong những nhóm nhạc thần tượng Hàn Quốc có độ phủ sóng lớn nhất tại Việt Nam."),
    (TPO, "Vé concert sẽ được mở bán vào 12h ngày 7/7 trên hệ thống Ticketbox, hiện giá vé vẫn chưa được công bố."),
    (TPO, "BlackPink được thành lập và quản lý bởi công ty giải trí YG Entertainment, chính thức ra mắt vào ngày 8/8/2016 với đội hình gồm bốn thành viên: Jennie, Lisa, Rosé và Jisoo."),
    # 6-10 zingnews.vn
    (ZNB, "Thông tin trên được YG Entertainment và đơn vị tại Việt Nam xác nhận."),
    (ZNB, "Ngày 26/6, trên trang web chính thức, công ty giải trí YG Entertainment thông báo BlackPink tổ chức concert tại Hà Nội."),
    (ZNB, "Tin tức trên lập tức khiến người hâm mộ Kpop phấn khích bởi đây là lần đầu tiên BlackPink tổ chức concert tại Việt Nam."),
    (ZNB, "Jisoo ký hợp đồng với Cartier, Jennie với Chanel, Lisa với Celine, Bvlgari và MAC Cosmetics."),
    (ZNB, "Trong khi đó, Rosé hợp tác với YSL và Tiffany & Co."),
    # 11-14 vtcnews.vn
    (VTCB, "Trưa 26/6, YG Entertainment, công ty quản lý của BLACKPINK bất ngờ thông báo nhóm nhạc hàng đầu K-pop sẽ đến Hà Nội tổ chức concert."),
    (VTCB, "Concert Born Pink sẽ diễn ra tại SVĐ Mỹ Đình, Hà Nội, vào 2 ngày 29,30/7."),
    (VTCB, "Đây là lần đầu tiên BLACKPINK đến Việt Nam để tổ chức concert."),
    (VTCB, "Concert Born Pink ở Hà Nội sẽ chính thức mở bán vé vào ngày 7/7."),
    # 15-16 kenh14.vn
    (K14B, "Sau bao ngày mong chờ, đêm đầu tiên trong Born Pink World Tour của BLACKPINK đã chính thức diễn ra tại Hà Nội vào tối 29/7."),
    (K14B, "Dự kiến có hơn 67 nghìn khán giả sẽ xuất hiện trong 2 đêm concert của BLACKPINK tại Hà Nội."),
    # 17-19 vietbao.vn
    (VB1, "Hai đêm nhạc tối 29-30/7 tại sân vận động quốc gia Mỹ Đình đã khép lại tour diễn vòng quanh thế giới của BlackPink."),
    (VB1, "Trước Việt Nam, BlackPink đã mang Born Pink World Tour đến hàng loạt thành phố lớn trên thế giới như Seoul (Hàn Quốc), Tokyo (Nhật Bản), Hong Kong (Trung Quốc), Sydney (Australia), Paris (Pháp), New York (Mỹ)... đi đến đâu là đạt thành tích “cháy vé” đến đấy."),
    (VB1, "Hai đêm diễn của BlackPink tại sân vận động quốc gia Mỹ Đình cũng là những đêm diễn quy mô nhất của nghệ sĩ quốc tế ở Việt Nam, thu hút đến 67.000 lượt khán giả."),
    # 20-22 vietbao.vn
    (VB2, "Doanh thu từ tour diễn Born Pink của nhóm trên toàn cầu, trước thời điểm đặt chân tới Việt Nam, là hơn 163 triệu USD."),
    (VB2, "Trong đêm diễn 29/7, khoảng 30.000 người đã có mặt tại Sân vận động Mỹ Đình để theo dõi những màn trình diễn của nhóm BlackPink trong vòng 2 tiếng đồng hồ."),
    (VB2, "Điểm nhấn của đêm nhạc là màn biểu diễn ngẫu hứng của 4 cô gái nhóm BlackPink khi cover điệu nhảy See tình của Hoàng Thùy Linh trên sân khấu."),
    # 23-25 vietnamnet.vn
    (VNNB, "Theo kế hoạch, chỉ còn khoảng 1 tuần nữa concert Born Pink của BlackPink sẽ chính thức được diễn ra trên SVĐ Mỹ Đình, Hà Nội."),
    (VNNB, "Nhiều khán giả đã có trong tay tấm vé đi xem 4 cô gái của BlackPink biểu diễn tại Hà Nội đang đứng ngồi không yên."),
    (VNNB, "Những bản phối tại Lễ hội âm nhạc Coachella cũng được mang đến concert ở Mỹ Đình, Hà Nội."),
    # 26-27 saostar.vn
    (SAO, "Theo đó, đêm diễn sẽ được tổ chức vào 29/7 - 30/7 tại SVĐ Mỹ Đình, Hà Nội."),
    (SAO, "Tại các quốc gia khác như Đài Loan, Thái Lan,... giá vé các đêm diễn của BLACKPINK cũng nằm trong khả năng chi trả của đa số khán giả."),
    # 28-31 thoidai.com.vn
    (TDAI, "Cuộc đối đầu giữa SKT T1 và Samsung diễn ra vô cùng kịch tính và nghẹt thở đến những giây phút cuối cùng."),
    (TDAI, "Và đây cũng là lần thứ 3 SKT T1 vô địch sau 6 mùa giải."),
    (TDAI, "Cùng với đó, Lee “Faker” Sang-hyeok cũng chính thức trở thành MVP của CKTG mùa 6."),
    (TDAI, "Năm ngoái, mặc dù SKT T1 vô địch nhưng MVP thuộc về một tuyển thủ khác."),
    # 32-35 kenh14.vn
    (K14T, "Sau 5 ván đấu đầy cảm xúc, T1 và Faker một lần nữa nâng cao chiếc cúp vô địch."),
    (K14T, "Rất nhiều kỷ lục đã được thiết lập sau trận đấu đỉnh cao này: Đỉnh cao nhất chính là 3 lần liên tiếp vô địch CKTG của T1."),
    (K14T, "Danh hiệu MVP của CKTG 2025 thuộc về Gumayusi, xạ thủ của T1 đã có một mùa giải chói sáng khi thể hiện được khả năng ấn tượng trong nhiều ván đấu quan trọng."),
    (K14T, "Đặc biệt, khả năng xả sát thương trong giao tranh đỉnh cao của Gumayusi chính là chìa khóa giúp T1 mở ra nhiều chiến thắng quan trọng."),
    # 36-38 znews.vn
    (ZNT, "Faker tự phá kỷ lục của chính mình với 3 lần liên tiếp giành cúp."),
    (ZNT, "Chiều 9/11, trận chung kết CKTG 2025 bộ môn Liên Minh Huyền Thoại chính thức diễn ra giữa T1 và KT."),
    (ZNT, "Chỉ bằng một pha 5 đấu 5, Faker giúp đội nhà cân bằng, ăn bùa lợi và áp đảo đối thủ."),
    # 39-41 dientuungdung.vn
    (DTUD, "Không nản lòng, KT Rolster đã trở lại mạnh mẽ ở ván 2 và 3."),
    (DTUD, "Chức vô địch mang về cho T1 một triệu USD tiền thưởng, KT dẫu thất bại cũng nhận 800.000 USD."),
    (DTUD, "Đây là chức vô địch thế giới thứ sáu của T1 và cũng là lần thứ sáu Faker nâng cao Summoner’s Cup, củng cố vị thế GOAT bất diệt."),
    # 42-43 kenh14.vn
    (K14F, "Suốt 12 năm thi đấu đỉnh cao, Faker vẫn đứng vững ở trung tâm của LMHT thế giới."),
    (K14F, "Tên anh gắn liền với nhiều triều đại thống trị của SKT T1, không chỉ tại Hàn Quốc mà trên toàn cầu."),
    # 44-46 1thegioi.vn
    (TG1, "Trong trang phục áo phông và quần jean đen, ông Jensen Huang (Hoàng Nhân Huân) chọn một quán ăn vỉa hè trên đường Lương Ngọc Quyến (Hà Nội), ngồi ghế nhựa, ăn ốc và món cuốn, uống bia."),
    (TG1, "Chủ quán cà phê cho biết ông Jensen Huang đi cùng một đoàn 20 người, thân thiện và dễ gần, không ngại ngần ngồi chung giữa hàng chục khách khác của quán."),
    (TG1, "Sau đó, ông Jensen Huang còn ghé quán lẩu ngan ở Hàng Thiếc, uống cà phê trên phố Nguyễn Hữu Huân và chụp ảnh chung với người hâm mộ khi được đề nghị."),
    # 47-50 vietnamnet.vn
    (VNNN, "Gần một năm sau chuyến thăm ngày 11/12/2023, CEO Nvidia Jensen Huang đã quay trở lại Việt Nam hôm 5/12."),
    (VNNN, "Chủ tịch kiêm Tổng giám đốc Nvidia Jensen Huang là người hiếm hoi tham gia họp báo, ở bất kỳ quốc gia nào."),
    (VNNN, "Thỏa thuận được ký kết giữa Chính phủ Việt Nam và Nvidia."),
    (VNNN, "VRDC sẽ là một trong 3 trung tâm nghiên cứu phát triển AI lớn trên thế giới, bên cạnh thung lũng Silicon của Mỹ và một trung tâm khác ở Đài Loan (Trung Quốc)."),
    # 51-53 thitruonghanghoa.com
    (TTHH, "Hãng tin CNBC cho hay Nvidia đang có kế hoạch xây dựng Trung tâm phát triển công nghệ trí thông minh nhân tạo (AI) trị giá 200 triệu USD ở Indonesia."),
    (TTHH, "Dự án này sẽ hợp tác cùng tập đoàn Indosat Ooredoo Hutchison của địa phương."),
    (TTHH, "Bởi vậy khi thông tin Nvidia sẽ xây trung tâm tại Indonesia, giới truyền thông đã vô cùng bất ngờ."),
    # 54-56 baomoi.net.vn
    (BMOI, "Chiếu 3-12, ông Đặng Tất Thắng, Phó Chủ tịch thường trực hãng hàng không Bamboo Airways, cho hay hãng này sẽ đón máy bay thân rộng Boeing 787-9 Dreamliner trong tháng 12."),
    (BMOI, "Cũng theo ông Thắng, Boeing 787-9 Dreamliner đáp ứng lý tưởng các yêu cầu về dịch vụ định hướng 5 sao mà hãng đề ra."),
    (BMOI, "Trước đó Bamboo Airways đã ký thỏa thuận mua 30 máy bay thân rộng Boeing 787-9 Dreamliner với tổng giá trị niêm yết 5,6 tỉ USD."),
    # 57-59 vietnambiz.vn
    (VNBB, "Sự kiện có sự tham dự của Đại diện Tập đoàn Boeing, ông Lane Ballard và ông Đặng Tất Thắng - Phó Chủ tịch Thường trực Bamboo Airways."),
    (VNBB, "Theo Bamboo Airways, so với các máy bay cùng chủng loại, Boeing 787-9 Dreamliner tiêu hao ít hơn 20% về chi phí nhiên liệu và ít hơn từ 30-40% chi phí bảo dưỡng."),
    (VNBB, "Dự kiến ngày 22/12 tới đây, chiếc Boeing 787-9 này sẽ về đến Việt Nam."),
    # 60-61 giaothong.tapchixaydung.vn
    (GTXD, "Chiều 6/5, tại sân bay quốc tế Nội Bài, chiếc máy bay Boeing mang số hiệu VN-A871 đã hạ cánh tại Nội Bài lúc 13 giờ 50."),
    (GTXD, "Đạt được chứng nhận IOSA được coi là một trong những mục tiêu quan trọng trong tiến trình vận hành và phát triển của các hãng hàng không."),
    # 62-65 zingnews.vn
    (ZNS, "Galaxy Z Fold5 và Z Flip5 có thể được ra mắt tại sự kiện Unpacked vào cuối tháng 7, sớm hơn 2 tuần so với thời gian dự kiến ban đầu."),
    (ZNS, "Chỉ vài tháng sau khi Samsung Galaxy S23 ra mắt, công chúng đã chuẩn bị đến với sự kiện lớn thứ hai của công ty trong năm 2023."),
    (ZNS, "Theo Android Police, Max Jambor, một người chuyên rò rỉ thông tin về Samsung, cũng đã chứng thực thông tin trên."),
    (ZNS, "Gần đây, Galaxy Z Fold 5 và Z Flip 5 đã xuất hiện rộng rãi trong nhiều rò rỉ và tin đồn."),
    # 66-68 br.atsit.in
    (ATS, "Thông thường, hãng ra mắt các dòng điện thoại Galaxy Z mới vào tháng 8 hàng năm."),
    (ATS, "Theo báo cáo từ Chosun Media, Samsung đã quyết định tổ chức sự kiện Galaxy Unpacked để công bố Galaxy Z Flip 5 và Galaxy Z Fold 5 vào ngày 26 tháng 7 năm 2023."),
    (ATS, "Galaxy Z Flip 5 và Galaxy Z Fold 5 có thể được bán ra vào ngày 11 tháng 8 năm 2023."),
    # 69-71 vneconomy.vn
    (VNEG, "Galaxy Z Fold4 là một trong những sản phẩm được mong chờ nhất."),
    (VNEG, "Cả 2 màn hình của Samsung Galaxy Z Fold 4 vẫn sử dụng tấm nền Dynamic AMOLED 2X, tần số quét 120Hz nhưng có viền mỏng hơn so với thế hệ trước."),
    (VNEG, "Ông Trần Xuân Nam, Giám đốc ngành hàng Samsung hệ thống FPT Shop, cho biết Samsung vẫn đang là hãng tiên phong và dẫn đầu trong phân khúc điện thoại màn hình gập cao cấp."),
    # 72-73 24h.com.vn
    (H24G, "Giờ đây, tin đồn về cặp smartphone màn hình gập Galaxy Z Fold 5 và Galaxy Z Flip 5 của Samsung cho năm sau đã xuất hiện."),
    (H24G, "Rõ ràng, Galaxy Z Fold 3 và Z Flip 3 đã khá thành công khi mở rộng phân khúc của smartphone màn hình gập lại, cải thiện đáng kể doanh số bán hàng của những người tiền nhiệm."),
    # 74-76 vinipr.vn
    (VIPR, "Nhìn bề ngoài, Galaxy Z Flip 5 sẽ nhận được nhiều nâng cấp đáng kể hơn so với Galaxy Z Fold 5."),
    (VIPR, "Trong khi đó, Galaxy Z Fold 5 sẽ có kích thước màn hình ngoài 6,2 inch."),
    (VIPR, "Theo nhiều nguồn tin rò rỉ, phiên bản Z Fold 5 sẽ nhẹ hơn ở mức 254 gram, so với 264 gram của Z Fold 4, máy cũng sẽ mỏng hơn một chút."),
    # 77-79 soha.vn
    (SOH5, "Mặc dù có những cải tiến so với thế hệ trước, nhưng trang Digital Trends đánh giá Galaxy Z Flip 5 năm nay không có nhiều thay đổi mang tính đột phá."),
    (SOH5, "Một trong những đối thủ của Z Flip 5 là Motorola Razr Plus đã ra mắt cách đây không lâu và có màn hình lớn 3,6 inch tương tự."),
    (SOH5, "Tại đây sẽ chỉ có sáu ứng dụng được phép hoạt động trên màn hình chính: YouTube, Netflix, Samsung Messages, Google Messages, Google Maps và WhatsApp."),
    # 80 kenh14.vn
    (K14Z, "Cả hai có thiết kế giống hệt, và Galaxy Z Flip4 được tập trung cải thiện về hiệu năng, pin và camera."),
    # 81-83 soha.vn
    (SOH6, "Bước sang năm 2024, Samsung đã giới thiệu thế hệ mới nhất Galaxy Z Flip 6."),
    (SOH6, "Cây bút Joe Maring của Digital Trends đã dành 2 tiếng sử dụng Galaxy Z Flip 6 và cảm nhận thấy những thay đổi tích cực, nhưng bên cạnh đó vẫn còn những điểm thiếu sót mà Samsung cần nỗ lực để làm tốt hơn trên chiếc máy này."),
    (SOH6, "Một thay đổi thú vị khác là khung nhôm mờ trên Z Flip 6."),
    # 84-85 vnexpress.net
    (VNX1, "Tác phẩm của đạo diễn Trịnh Đình Lê Minh phát hành trên Netflix từ ngày 1/4, sau khi chiếu rạp năm 2019."),
    (VNX1, "Ngày 3/4, trong top 10 ở Netflix Việt Nam, phim Hàn vẫn thắng thế với sáu tác phẩm."),
    # 86-87
    (VNX2, "Money Heist được giới phê bình khen ngợi, với hai mùa gần nhất nhận 100% đánh giá tích cực trên Rotten Tomatoes."),
    (VNX2, "Năm 2018, Money Heist là series không nói tiếng Anh được xem nhiều nhất trên Netflix."),
    # 88
    (VNX3, "Trên VnExpress, nhiều độc giả chấm phim điểm cao."),
    # 89-90
    (VNX4, "Ở Hàn Quốc, phim cũng hút khán giả, với tập 10 lên sóng ngày 14/5 đạt rating 12,7%, cao thứ sáu lịch sử đài tvN."),
    (VNX4, "Trên Facebook, một fanpage của phim ở Việt Nam thu hút hơn 20.000 người, chia sẻ các hình ảnh và bình luận tình tiết phim."),
    # 91 doanhnghiephoinhap.vn
    (DNHN, "Malobika Banerji, Giám đốc nội dung của Netflix tại Đông Nam Á, nói rằng sự đa dạng văn hóa đóng một vai trò quan trọng trong thành công này."),
    # 92-93 vietnammoi.vn
    (VNM, "Ông tin tưởng Netflix sẽ có sự tăng trưởng tại Việt Nam."),
    (VNM, "Ba năm trước, Netflix đã hiện diện tại Singapore, sau đó là Tokyo (Nhật Bản), Mumbai (Ấn Độ), Seoul (Hàn Quốc) và tương lai sẽ hiện diện chính thức tại Việt Nam."),
]

SPAM = [
    # start: the sentence's first syllable
    (1, "Mới", "7h16l6fg", "start"),
    (6, "Thông", "zthedj.com", "start"),
    (8, "Tin", "SUMVIP", "start"),
    (13, "Đây", "f4bfn", "start"),
    (17, "Hai", "Cfnmmobile.com", "start"),
    (24, "Nhiều", "cakhia", "start"),
    (28, "Cuộc", "ldpgx8hf", "start"),
    (37, "Chiều", "HtcLebanon", "start"),
    (46, "Sau", "Iticun.com", "start"),
    (53, "Bởi", "4eqhgzm", "start"),
    (66, "Thông", "VINAGAME", "start"),
    (88, "Trên", "tXpxo", "start"),
    (92, "Ông", "lobachthu247", "start"),
    # name: a syllable of a Vietnamese person, place or company name
    (3, "Hàn", "ix6fwl", "name"),
    (7, "Hà", "Zthedj", "name"),
    (12, "Đình", "oucnyi.blue", "name"),
    (19, "Mỹ", "ITICUN", "name"),
    (22, "Thùy", "hn5rhi", "name"),
    (44, "Ngọc", "ManateeBoating", "name"),
    (47, "Việt", "tf6io", "name"),
    (54, "Thắng", "CAKHIA", "name"),
    (57, "Tất", "7lebci", "name"),
    (60, "Bài", "Htclebanon", "name"),
    (71, "Xuân", "cantz4", "name"),
    (84, "Trịnh", "sumvip", "name"),
    (91, "Đông", "zi70vw", "name"),
    (93, "Nhật", "b29", "name"),
    # function words
    (2, "của", "hmx6s", "function"),
    (5, "và", "Vinagame", "function"),
    (9, "với", "0rfinys", "function"),
    (10, "với", "2koi", "function"),
    (14, "ở", "1dyknc5j", "function"),
    (16, "trong", "OUCNYI", "function"),
    (20, "từ", "p1wry", "function"),
    (25, "tại", "hyvgi4", "function"),
    (32, "và", "Sumvip", "function"),
    (35, "trong", "2ffnui", "function"),
    (49, "giữa", "uxjvpngk", "function"),
    (61, "trong", "nm1spfh", "function"),
    (72, "về", "htclebanon.com", "function"),
    (79, "trên", "E7hj7", "function"),
    (85, "ở", "grdkbmbzc", "function"),
    # inner: a syllable inside a compound
    (4, "thống", "iticun.com", "inner"),
    (11, "nhạc", "CfnmMobile", "inner"),
    (15, "chờ", "a413ctfog", "inner"),
    (21, "diễn", "Z8bna", "inner"),
    (27, "khả", "pzyovf", "inner"),
    (29, "giải", "LoBachThu247", "inner"),
    (31, "tuyển", "ip5t", "inner"),
    (33, "lục", "VinaGame", "inner"),
    (40, "thưởng", "Oucnyi", "inner"),
    (42, "đấu", "HC8Yt", "inner"),
    (48, "họp", "pym2q", "inner"),
    (51, "nghệ", "SumVip", "inner"),
    (56, "thuận", "k0x", "inner"),
    (63, "chuẩn", "cfnmmobile.com", "inner"),
    (69, "phẩm", "Cakhia", "inner"),
    (74, "nâng", "ZTHEDJ", "inner"),
    (80, "năng", "HTCLEBANON", "inner"),
    (86, "phê", "Htclebanon.com", "inner"),
    (89, "giả", "LOBACHTHU247", "inner"),
    # end: the sentence's last syllable, before its full stop
    (18, "đấy", "CFNMMOBILE", "end"),
    (26, "Nội", "Lobachthu247", "end"),
    (34, "trọng", "Iticun", "end"),
    (36, "cúp", "htclebanon", "end"),
    (38, "thủ", "oucnyi", "end"),
    (43, "cầu", "vinagame", "end"),
    (55, "ra", "Zthedj.com", "end"),
    (59, "Nam", "cfnmmobile", "end"),
    (64, "trên", "Oucnyi.blue", "end"),
    (65, "đồn", "zthedj", "end"),
    (77, "phá", "Cfnmmobile", "end"),
    (76, "chút", "2KOI", "end"),
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

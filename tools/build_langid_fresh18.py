"""Build ``benchmarks/data/langfresh18/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata24.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh18.py``. Same format as langfresh14-17
(``benchmarks/langid.py --data benchmarks/data/langfresh18 --split all`` scores it).

Sentences (``sentences.tsv``, the clean controls): real Vietnamese sentences of stored pages (the ``search`` tool's
pages corpus, searched 2026-12-02), copied as the pages write them, each with its page's URL; pages and topics of no
earlier langfresh set (Starbucks and Uniqlo in Việt Nam, Intel's chip plant in TP.HCM, Taylor Swift's Eras Tour in
Singapore, Miss Universe 2020, crypto airdrops and stablecoins). Every one holds Latin tokens a spam detector could take
for a pasted token (Starbucks Reserve, Maxim’s Group, Uniqlo, Vincom, ZARA, H&M, Lifewear, Fast
Retailing, Intel Products, IPV, SHTP, FDI, SRAM, DRAM, 5G, IDM 2.0, AMD, NVIDIA, Swifties, Ticketmaster, Klook,
The Eras Tour, GRAMMY, Miss Universe, Casino Seminole Hard Rock, Covid19, Top 21, ENS, USDT, USDC, DAI, MakerDAO...).
Every row ``blind``: none is read while tuning.

Spam (``spam.tsv``, every row ``blind``): one syllable of a control sentence replaced by one token (its first
whole-word occurrence). Tokens: hosts, host labels and brand names of stored Vietnamese gambling-spam pages and of
crypto-promotion pages of the same corpus, names none of which is an earlier set's token, in spam_brands.txt, tests/,
tools/ or mtpipe/ (checked with ``grep -rilw`` before any run), from pages no earlier SOURCES cites. Forms as spam
writes them and scraping mangles them: full domain, bare name in title case, capitals, camel case, lower case,
letter-digit codes, random host labels. Places chosen by hand before any run (the SPAM table below): start (the
sentence's first syllable), name (a syllable of a Vietnamese person, place or company name), function (của, và, với,
ở, trong, tại, giữa, trên), inner (a syllable inside a compound: xuất khẩu, cửa hàng, thành lập, đặc biệt, thử
nghiệm, bán dẫn, cạnh tranh, dấu ấn, đầu tư, tái cấu trúc, biểu diễn, sân vận động, chương trình), end (the
sentence's last syllable, before its final punctuation). Each SPAM row names its sentence by a unique substring.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh18"

STB1 = "https://1900.com.vn/danh-gia-dn/cong-ty-tnhh-thuc-pham-nuoc-giai-khat-y-tuong-viet-starbucks-738?provinceId=23"
NSV = "https://nsvietnam.blogspot.com/2014/07/starbucks-mo-rong-tai-thi-truong-vn.html"
RFA = "https://www.rfa.org/vietnamese/news/vietnamnews/starbucks-in-vn-01032013091209.html"
SKP = "https://songkhoeplus.vn/print-7061.html"
TIP = "https://tiphu.com/starbucks-viet-nam-va-chien-luoc-dinh-vi-thuong-hieu-cao-cap-hieu-qua"
DNS = "https://doanhnghiephoinhap.vn/starbucks-khang-dinh-vi-the-chuoi-cafe-noi-tieng-the-gioi-tai-viet-nam.html"
UVM = "https://vietnammoi.vn/can-canh-cua-hang-uniqlo-lon-nhat-dong-nam-a-o-ha-noi-mo-cua-ngay-mai-6-3-2020030517061303.htm"
UBV = "https://www.brandsvietnam.com/19946-Cua-hang-Uniqlo-dau-tien-tai-Ha-Noi-sap-khai-truong"
IDN = "https://doanhnghiephoinhap.vn/ga-khong-lo-ban-dan-intel-dau-tu-300-trieu-usd-vao-nha-may-o-trung-quoc-86417.html"
INH = "https://nhandan.vn/ocop/intel-dau-tu-300-trieu-usd-xay-dung-nha-may-assembly-va-test-chip-ban-dan-tai-viet-nam-post443349.html"
I60 = "https://60shomnay.vn/intel-dau-tu-ban-dan-viet-nam-2025.html"
ITN = "https://tinnhanhnhadat.vn/intel-va-hanh-trinh-ty-usd-tai-viet-nam.html"
IDT = "https://dientungaynay.vn/cong-nghe-thong-tin/viet-nam-thanh-trung-tam-san-xuat-chip-lon-nhat-toan-cau-cua-intel"
IDV = "https://danviet.vn/intel-mo-rong-dau-tu-vao-ban-dan-them-dong-luc-cho-hop-tac-cong-nghe-cao-voi-tphcm-d1373351.html"
TS1 = "https://hoahoctro.tienphong.vn/cuoc-chien-san-ve-xem-taylor-swift-tai-singapore-khong-it-nguoi-danh-bo-cuoc-post1549511.tpo"
TS2 = "https://hoahoctro.tienphong.vn/the-eras-tour-dem-dau-tai-sing-khan-gia-hung-mua-lon-taylor-swift-quen-cong-bo-tin-vui-post1616798.tpo"
TCF = "https://cafef.vn/truoc-gio-g-concert-taylor-swift-tai-singapore-1-sao-vpop-da-check-in-fan-viet-mac-ao-dai-san-sang-quay-banh-188240302193156089.chn"
TK14 = "https://kenh14.vn/fan-viet-chuan-bi-du-concert-taylor-swift-tai-singapore-vay-ao-phu-kien-du-ca-nhung-doc-nhat-la-123-trang-loi-bai-hat-20240227120854625.chn"
TSS = "https://saostar.vn/am-nhac/khan-gia-viet-san-lung-ve-may-bay-sang-singapore-vi-taylor-swift-202402201047564628.html"
TZN = "https://znews.vn/gia-ve-eras-tour-cua-taylor-swift-o-singapore-post1462137.html"
MU1 = "https://yeah1.com/su-kien/truc-tiep-chung-ket-miss-universe-2020-cho-doi-khanh-van-mang-ve-ki-tich-cho-nhan-sac-viet-7KEQOLDaM8.html"
MU2 = "https://tinmoi.vn/chung-ket-miss-universe-khanh-van-xuat-hien-day-lung-lay-khoe-duong-cong-nong-bong-trong-tiet-muc-dong-dien-011577095.html"
IBC = "https://iblockchain.edu.vn/airdrop-la-gi"
TDT = "https://tiendientu.net/glossary/airdrop/"
GTV = "https://gate.tv/vi/learn/glossary/types-of-stablecoins"
TTA = "https://tradetienao.com/airdrop-coin-la-gi-lam-sao-de-duoc-nhan-coin-tu-airdrop"

CLEAN = [
    # 1900.com.vn (Starbucks)
    (STB1, "Starbucks là một cửa hàng cà phê chiếm lĩnh đông đảo thị trường cà phê trên toàn thế giới."),
    (STB1, "Tại Việt Nam hiện nay đã có gần 70 cửa hàng tại 4 thành phố lớn chứng tỏ sức hút của thương hiệu này đến những người yêu thích cà phê lớn đến cỡ nào."),
    (STB1, "Starbucks tuyên bố sẽ mở hàng trăm cửa hiệu tại thị trường Việt Nam trong thời gian tới."),
    # nsvietnam.blogspot.com
    (NSV, "Chuỗi kinh doanh dịch vụ cà phê toàn cầu Starbucks trong những ngày cuối tháng Bảy khai trương ba cửa hàng ở những vị trí đắc địa tại thủ đô Hà Nội."),
    (NSV, "Theo tường thuật của Sarah Toms, Starbucks đang đối diện với sức cạnh tranh mạnh mẽ từ các quán cà phê truyền thống của thành phố."),
    # rfa.org
    (RFA, "Tiệm cà phê Starbucks đầu tiên sẽ hiện diện tại Saigòn, tập đoàn Starbucks cho biết như vậy qua một bản công bố chung với đối tác địa phương của Starbucks là tập đoàn Maxim của Hồng Kông."),
    (RFA, "Theo Chủ tịch John Culver của Starbucks đặc trách Á Châu-TBD và Trung quốc thì VN là một trong những thị trường năng động và hấp dẫn nhất thế giới, và góp phần cho Starbucks nâng sự hiện diện của thương hiệu cà phê nầy tại 12 nước ở khắp Á Châu."),
    (RFA, "VN hiện là nước xuất khẩu cà phê nhiều thứ nhì thế giới."),
    # songkhoeplus.vn
    (SKP, "Chiều Chủ nhật, mưa rả rích, mình đến Starbucks Reserve Hàn Thuyên uống bữa cà phê chia tay."),
    (SKP, "Ngày mai (26/8), cửa hàng đóng cửa vĩnh viễn, để lại duy nhất cửa hàng Starbucks Reserve Nhà Thờ, Hà Nội."),
    (SKP, "Trong đội ngũ nhân viên, có bạn sẽ về chi nhánh New World, người về Minh Khai, các chi nhánh khác ở Quận 1 và một số nghỉ hẳn."),
    (SKP, "Mình thường đùa rằng, nếu muốn tìm mình mà không hẹn, cứ đến Starbucks Reserve Hàn Thuyên."),
    (SKP, "Tác giả Nguyễn Viễn Thông tại Starbucks Reserve Hàn Thuyên."),
    # tiphu.com
    (TIP, "Kể từ khi đặt chân vào thị trường Việt Nam năm 2013 thông qua hợp tác với Maxim’s Group của Hồng Kông, Starbucks đã xây dựng được 127 cửa hàng trên khắp cả nước."),
    (TIP, "Con số này tập trung chủ yếu tại 16 tỉnh thành, với trọng tâm là hai trung tâm kinh tế lớn nhất: TP. Hồ Chí Minh và Hà Nội."),
    (TIP, "Thị trường cà phê Việt Nam năm 2025 được định giá ở mức 518,72 triệu USD."),
    # doanhnghiephoinhap.vn (Starbucks)
    (DNS, "Hiện nay, Starbucks đã trở thành chuỗi cửa hàng cafe hàng đầu thế giới."),
    (DNS, "Starbucks là một trong những doanh nghiệp có tốc độ phát triển nhanh nhất tại Mỹ với hơn 33.000 cửa hàng đặt tại 84 quốc gia trên toàn cầu, trong đó có Việt Nam."),
    # vietnammoi.vn (Uniqlo)
    (UVM, "Uniqlo là nhãn hiệu thời trang bán lẻ nổi tiếng tại Nhật và nhiều quốc gia khác trên thế giới."),
    (UVM, "Uniqlo được thành lập vào năm 1984 bởi Tadashi Yanai, và được biết đến như một công ty chuyên thiết kế may mặc và bán lẻ trang phục thường ngày."),
    (UVM, "Từ sau khi cửa hàng đầu tiên của Uniqlo được mở tại Hiroshima, Nhật Bản, đến nay thương hiệu này đã không ngừng phát triển, và là một trong 5 hãng thời trang bán lẻ hàng đầu thế giới, bao gồm những cái tên như: ZARA, H&M, GAP, The Limited và Uniqlo."),
    # brandsvietnam.com (Uniqlo)
    (UBV, "Uniqlo vừa thông tin chính thức khai trương cửa hàng Uniqlo đầu tiên tại Hà Nội ở Vincom Phạm Ngọc Thạch (quận Đống Đa) vào ngày 6/3."),
    (UBV, "Cửa hàng này có diện tích 2.500m2, trải rộng khắp 2 tầng của trung tâm thương mại Vincom nằm trên đường Phạm Ngọc Thạch, đoạn giao với phố Chùa Bộc."),
    (UBV, "\"Đây sẽ là một trong những cửa hàng Uniqlo lớn nhất tại khu vực Đông Nam Á\", ông Osamu Ikezoe - Tổng giám đốc Uniqlo Việt Nam chia sẻ."),
    (UBV, "Thực tế, khi Uniqlo Vincom Phạm Ngọc Thạch khi đi vào hoạt động sẽ là cửa hàng lớn thứ 4 trong khu vực Đông Nam Á của ông lớn thời trang này, xếp sau các điểm bán tại Manila (Philippines) rộng 4.100m2, TP.HCM rộng 3.097m2 và Orchard Central (Singapore) rộng 2.700m2."),
    (UBV, "Tương tự những cửa hàng đặc biệt này, cửa hàng Uniqlo đầu tiên tại Hà Nội cũng bày bán toàn bộ sản phẩm của dòng Lifewear đặc trưng dành cho các đối tượng nam, nữ và trẻ em thuộc nhiều độ tuổi."),
    (UBV, "Tuần trước, trong buổi làm việc với Chủ tịch UBND Hà Nội Nguyễn Đức Chung, ông Koyama Noriaki, Phó chủ tịch Tập đoàn Fast Retailing (công ty mẹ của Uniqlo) chia sẻ, Uniqlo đang lên kế hoạch mở rộng quy mô với ít nhất 3-4 cửa hàng tại Hà Nội trong năm 2020, tiến tới 15-20 cửa hàng trên toàn quốc."),
    # doanhnghiephoinhap.vn (Intel)
    (IDN, "\"Gã khổng lồ\" bán dẫn Intel của Mỹ cho biết, sẽ mở rộng các cơ sở đóng gói và kiểm thử chip tại Trung Quốc - thị trường lớn nhất của hãng, bất chấp cuộc chiến công nghệ đang diễn ra giữa hai nền kinh tế lớn nhất thế giới."),
    (IDN, "Theo đó, công ty trụ sở Santa Clara, California sẽ “bơm” 300 triệu USD cho chi nhánh Intel Products (tại Thành Đô) để triển khai kế hoạch mở rộng."),
    (IDN, "Nhà máy tại Thành Đô, ra đời năm 2003, đóng vai trò chủ chốt trong việc đóng gói và thử nghiệm hơn một nửa số bộ xử lý máy tính xách tay Intel xuất xưởng trên toàn cầu."),
    # nhandan.vn
    (INH, "Dự án trị giá 300 triệu USD này là dự án công nghệ bán dẫn đầu tiên tại Việt Nam và là giai đoạn đầu Intel đầu tư vào Việt Nam."),
    (INH, "Khi đưa vào sử dụng đây sẽ là nhà máy lắp ráp chíp thứ 7 của Intel trên toàn cầu và dự kiến sẽ tuyển dụng 1.200 nhân viên."),
    (INH, "Nhà máy sẽ được xây dựng trên diện tích 22 ha trong 18 tháng."),
    # 60shomnay.vn
    (I60, "Với nhà máy lớn nhất thế giới tại TP.HCM, Intel đang góp phần nâng tầm ngành công nghệ cao Việt Nam."),
    (I60, "Được thành lập năm 1968 bởi Robert Noyce và Gordon Moore, Intel đã định hình ngành công nghệ với các sản phẩm như vi xử lý Intel 4004 (1971) và dòng Pentium (1990)."),
    (I60, "Tuy nhiên, trước sự cạnh tranh từ AMD và NVIDIA, Intel đã chuyển hướng với chiến lược “IDM 2.0”, tập trung mở rộng sản xuất, hợp tác gia công, và cung cấp dịch vụ chip cho các công ty khác."),
    (I60, "Nhà máy tại TP.HCM là minh chứng cho cam kết dài hạn của Intel trong việc đa dạng hóa chuỗi cung ứng và tận dụng nguồn nhân lực chất lượng cao."),
    # tinnhanhnhadat.vn
    (ITN, "Với tổng vốn đầu tư hơn 1,5 tỷ USD, Intel đang góp phần định hình tương lai ngành công nghiệp bán dẫn của Việt Nam."),
    (ITN, "Từ năm 2006 đến nay, Intel không chỉ là doanh nghiệp FDI tiêu biểu mà còn là nhân tố then chốt trong việc nâng tầm ngành công nghệ cao của Việt Nam."),
    (ITN, "Ngay từ những năm đầu, Intel đã tạo dấu ấn với việc phát triển bộ nhớ SRAM và DRAM."),
    # dientungaynay.vn
    (IDT, "Với khoản đầu tư 475 triệu USD vào mảng sản xuất các sản phẩm 5G của Intel đã đưa Việt Nam trở thành trung tâm sản xuất chip bán dẫn lớn nhất thế giới của ông lớn công nghệ Mỹ này."),
    (IDT, "Giám đốc tài chính Công ty TNHH Intel Products Việt Nam Alan Danner cho biết, Tập đoàn đã đầu tư thêm 475 triệu USD vào Intel Products Việt Nam – nhà máy lắp ráp và kiểm định (ATM) có quy mô phòng sạch lớn nhất trong hệ thống Intel toàn cầu."),
    (IDT, "Khoản đầu tư bổ sung được Intel được tiến hành từ tháng 6/2019 đến tháng 12/2020 giúp tăng cường sản xuất các sản phẩm 5G của Intel, bộ xử lý Intel Core với Công nghệ Intel Hybrid và bộ xử lý Intel Core thế hệ thứ 10."),
    (IDT, "Như vậy, tổng vốn đầu tư của Intel tại Việt Nam hiện tại đã lên tới 1,5 tỉ USD."),
    # danviet.vn
    (IDV, "Đây là một phần trong chiến lược tái cấu trúc toàn cầu của Intel nhằm tối ưu hóa hoạt động sản xuất, nâng cao hiệu quả và năng lực cạnh tranh."),
    (IDV, "Thông tin trên được ông Kenneth Tse, Tổng giám đốc Công ty Intel Products Vietnam (IPV), chia sẻ trong buổi làm việc mới đây với Chủ tịch UBND TP.HCM Nguyễn Văn Được tại Khu Công nghệ cao TP.HCM (SHTP) – nơi nhà máy IPV quy mô lớn của Intel hoạt động."),
    (IDV, "Tại cuộc gặp ở Mỹ, bà Sarah Kemp cho biết lĩnh vực có tiềm năng phát triển mạnh tại TP.HCM hiện nay là chuỗi cung ứng bán dẫn."),
    # hoahoctro.tienphong.vn (Taylor Swift, 2023)
    (TS1, "Đúng 11 giờ (giờ Việt Nam) ngày 7/7, vé 6 đêm diễn The Eras Tour tổ chức tại Singapore của Taylor Swift chính thức mở bán."),
    (TS1, "Lần gần nhất chủ nhân hit Lover đến Singapore biểu diễn là năm 2015 với The 1989 World Tour."),
    (TS1, "Ngoài việc mua vé từ Ticketmaster, Swifties có thể mua các gói tour do Klook Singapore tung ra bao gồm 2 vé + 1 đêm khách sạn."),
    (TS1, "Tính đến tối 7/7 (theo giờ Việt Nam), toàn bộ vé cho 6 đêm diễn của Taylor Swift tại Singapore đã chính thức được tẩu tán hết."),
    (TS1, "Cũng vào ngày 7/7, Taylor Swift tung ra Speak Now (Taylor's Version) với 14 bài hát gốc cùng với ca khúc bổ sung Ours và Superman."),
    # hoahoctro.tienphong.vn (Taylor Swift, 2024)
    (TS2, "Sau thời gian dài chờ đợi, các Swifties tại Đông Nam Á đã được gặp Taylor Swift trong đêm diễn đầu tiên của The Eras Tour tại Singapore vào tối ngày 2/3."),
    (TS2, "Cụ thể, Taylor Swift đã từng đến Singapore vào năm 2015 để tổ chức 1989 World Tour với chỉ hơn 8 nghìn người tham gia, tuy nhiên sau gần 9 năm, con số ấy đã tăng lên gấp 8 lần."),
    (TS2, "Nhiều Swifties đã có mặt tại sân vận động National Stadium từ lúc 14h nhưng lại không may vướng phải một cơn mưa nặng hạt."),
    (TS2, "Bên ngoài sân vận động, hàng loạt Swifties đã cùng nhau trao đổi vòng tay tình bạn, chụp hình tại khu vực booth được dựng sẵn."),
    # cafef.vn
    (TCF, "Tối nay 02/03/2024, show diễn mở màn của The Eras Tour Singapore sẽ chính thức diễn ra, đón các fan đầu tiên đến thưởng thức âm nhạc và concert trong mơ của \"Miss Americana\"."),
    (TCF, "Các fan Việt Nam cũng bắt đầu xuất hiện."),
    (TCF, "Fan Đông Nam Á có lẽ sẽ cực kỳ ưa chuộng những era đặc sắc và nổi bật nhất của cô nàng như 1989, reputation, RED, Lover,..."),
    (TCF, "Không chỉ chuẩn bị trang phục đúng concept The Eras Tour, Swifties Việt cũng sáng tạo với nhiều phụ kiện như nón lá, áo dài,.. cùng hoạ tiết và màu sắc của nàng \"rắn chúa\"."),
    # kenh14.vn
    (TK14, "Các fan Việt Nam hiện đang rất háo hức khi giấc mơ được gặp thần tượng Taylor Swift chỉ còn cách vài ngày nữa thôi."),
    (TK14, "Đơn vị phát hành vé Ticketmaster đã bổ sung và gửi trực tiếp cho người mua thành công qua tài khoản trên website trước ngày 25/02."),
    (TK14, "Các fan chưa nhận được vé qua tài khoản cần liên hệ ngay với Ticketmaster hoặc người resale vé để xác nhận lại."),
    # saostar.vn
    (TSS, "Như đã biết, đầu tháng 3 năm nay, Taylor Swift sẽ có loạt đêm diễn tại đảo quốc sư tử Singapore."),
    (TSS, "Các đêm diễn của Taylor Swift tại Singapore sẽ được diễn ra trong thời gian 2/3 đến 9/3."),
    (TSS, "Trên các hội, nhóm FC Taylor Swift tại Việt Nam, người hâm mộ cũng đang ráo riết liên kết với nhau để tổ chức những chuyến đi xem thần tượng biểu diễn tại Singapore."),
    (TSS, "Sau khi đại thắng tại GRAMMY lần thứ 66,Taylor Swift đã lập tức thông báo ra mắt album tiếp theo THE TORTURED POETS DEPARTMENT - Dự kiến ra mắt vào 19/4."),
    # znews.vn
    (TZN, "Vào tháng 11/2015, nữ ca sĩ Taylor Swift đã có 2 đêm diễn thành công ở Sân vận động trong nhà Singapore như một phần của chuyến lưu diễn 1989 World Tour."),
    (TZN, "Đúng như The New York Post dự đoán, Swifties ở Singapore đang sục sôi vì lần tái xuất của thần tượng tại \"đảo quốc sư tử\"."),
    (TZN, "Các mức giá vé dao động từ 328 USD đến 550 USD (gần 8,1 triệu đến gần 13,5 triệu đồng)."),
    (TZN, "Những con số này được đánh giá là thấp hơn nhiều so với concert 2023 ở Mỹ của Taylor - lên đến hơn 1.000 USD (hơn 24,6 triệu đồng)."),
    # yeah1.com (Miss Universe)
    (MU1, "Chung kết Miss Universe 2020 diễn ra tại Mỹ với sự góp mặt của đại diện Việt Nam là Hoa hậu Nguyễn Trần Khánh Vân!"),
    (MU1, "Sau hơn nửa tháng tranh tài, chung kết Miss Universe 2020 chính thức diễn ra từ 7h sáng nay 17/5 (theo giờ Việt Nam) tại Khu nghỉ dưỡng và Casino Seminole Hard Rock, Hollywood, Florida, Mỹ."),
    (MU1, "Năm nay do ảnh hưởng của dịch Covid-19, cuộc thi được dời đến tháng 5/2021 thay vì tổ chức vào cuối năm 2020 như thường lệ."),
    (MU1, "Năm nay đại diện của Việt Nam tại Miss Universe 2020 là người đẹp Nguyễn Trần Khánh Vân."),
    (MU1, "Khánh Vân đã sang Mỹ từ đầu tháng 5 và có màn thể hiện tốt tại xứ sở cờ hoa trong khuôn khổ Miss Universe 2020."),
    (MU1, "Chung kết Miss Universe 2020 được dẫn chương trình bởi các MC: Mario Lopez và Olivia Culpo, với Paulina Vega, Demi-Leigh Nel-Peters và Cheslie Kryst đảm nhận vai trò phóng viên ở khu vực hậu trường."),
    # tinmoi.vn (Miss Universe)
    (MU2, "Sau tiếng vang của phần thi trang phục dân tộc và bán kết, sáng hôm nay 17/5 (theo giờ Việt Nam), 74 người đẹp, đại diện cho hơn 74 quốc gia và vùng lãnh thổ đã chính thức bước vào vòng thi cuối cùng của Miss Universe."),
    (MU2, "Chung kết Miss Universe 2020 sẽ bỏ qua phần hô vang tên Quốc gia của Top 21 nhằm đảm bảo sự an toàn cho các thí sinh trước tình hình dịch bệnh Covid19 diễn biến phức tạp."),
    (MU2, "Theo thông báo từ Ban tổ chức, năm nay Miss Universe sẽ có 1 ngôi vị hoa hậu và 4 Á hậu."),
    (MU2, "Về đại diện Việt Nam, Khánh Vân luôn giữ vững phong độ ngay từ đầu mùa giải."),
    # tradetienao.com, iblockchain.edu.vn, tiendientu.net, gate.tv (crypto glossaries)
    (TTA, "Airdrop coin thường được chạy quảng cáo tại các website, các diễn đàn forum tiền điện tử."),
    (IBC, "Ví dụ, dự án Ethereum Name Service (ENS) từng phát hành token miễn phí cho người dùng đã đăng ký tên miền phi tập trung, tạo tiếng vang lớn trong cộng đồng crypto."),
    (TDT, "Airdrop không thể làm bạn giàu, vì chúng thường là một khoản tiền điện tử nhỏ thực sự."),
    (GTV, "Những ví dụ tiêu biểu là USDT, USDC và DAI."),
    (GTV, "Sau khi Tether ra mắt USDT (bảo chứng bằng tiền pháp định) vào năm 2014, thị trường crypto nhận ra nhu cầu về stablecoin."),
    (GTV, "Sau đó, DAI của MakerDAO (bảo chứng bằng tiền mã hóa) và UST của Terra (thuật toán) xuất hiện, dẫn đến các cuộc thảo luận về phân loại stablecoin."),
    # more sentences of the Intel pages above
    (INH, "Sáng ngày 28-2, tại dinh Thống Nhất (TP Hồ Chí Minh), Thứ trưởng Bộ Kế hoạch và Đầu tư Việt Nam Nguyễn Bích Đạt đã trao giấy phép thực hiện dự án xây dựng nhà máy assembly và test chíp bán dẫn tại khu công nghệ cao Hồ Chí Minh cho chủ tịch tập đoàn Intel Craig R.Barrett với sự chứng kiến của Phó Thủ tướng Thường trực Nguyễn Tấn Dũng, Bí thư thành ủy TP Hồ Chí Minh Nguyễn Minh Triết, Chủ tịch UBND TP Hồ Chí Minh Lê Thanh Hải và Đại sứ Hoa Kỳ M. Marine."),
    (I60, "Intel, gã khổng lồ công nghệ từ Thung lũng Silicon, đã đầu tư hơn 1,5 tỉ USD vào Việt Nam, biến quốc gia này thành mắt xích quan trọng trong chuỗi cung ứng bán dẫn toàn cầu."),
    (ITN, "Intel Corporation là một trong những tập đoàn công nghệ hàng đầu thế giới, nổi bật trong lĩnh vực sản xuất vi xử lý và các sản phẩm bán dẫn."),
    (ITN, "Được thành lập vào ngày 18/7/1968 tại Mountain View, California, bởi hai nhà khoa học Robert Noyce và Gordon Moore, Intel đã góp phần quan trọng vào sự phát triển của Thung lũng Silicon và ngành công nghiệp công nghệ toàn cầu."),
    (IDV, "Intel, tập đoàn sản xuất chip và bán dẫn hàng đầu của Mỹ, có kế hoạch chuyển một phần hoạt động lắp ráp, đóng gói và kiểm định từ nhà máy tại Costa Rica sang các thị trường tiềm năng như Việt Nam, nơi Intel đặt nhà máy lớn ở TP.HCM."),
    (TS2, "Đêm diễn đầu tiên của The Eras Tour tại Singapore đã diễn ra tốt đẹp, tuy nhiên bí ẩn về thông tin mà Taylor Swift quên thông báo khiến nhiều fan tò mò."),
]

# (a unique substring of the sentence, the word replaced (its first whole-word occurrence), token, place);
# chosen by hand before any mtpipe run.
SPAM = [
    # start: the sentence's first syllable
    ("Tại Việt Nam hiện nay", "Tại", "7hrfy", "start"),
    ("Chuỗi kinh doanh", "Chuỗi", "lsvalues.com", "start"),
    ("Theo tường thuật", "Theo", "K68", "start"),
    ("Chiều Chủ nhật", "Chiều", "wrer60di", "start"),
    ("Trong đội ngũ", "Trong", "Jevonni", "start"),
    ("Con số này tập trung", "Con", "b5i2vy", "start"),
    ("Cửa hàng này có diện tích", "Cửa", "MYWAYI", "start"),
    ("Tuần trước", "Tuần", "sef4app", "start"),
    ("Nhà máy sẽ được xây dựng", "Nhà", "GoOnus", "start"),
    ("Từ năm 2006", "Từ", "obd4xt", "start"),
    ("Đúng 11 giờ", "Đúng", "tgbc", "start"),
    ("Các fan chưa nhận", "Các", "Thethaobet", "start"),
    ("Năm nay do ảnh hưởng", "Năm", "bzefd", "start"),
    # name: a syllable of a Vietnamese person, place or company name
    ("tập đoàn Maxim của Hồng Kông", "Hồng", "xstoii", "name"),
    ("Reserve Nhà Thờ", "Nhà", "Lsvalues", "name"),
    ("Mình thường đùa", "Thuyên", "j1us0", "name"),
    ("Tác giả Nguyễn Viễn Thông", "Viễn", "JEVONNI", "name"),
    ("Uniqlo vừa thông tin", "Ngọc", "hdnh5bl", "name"),
    ("Sáng ngày 28-2", "Bích", "CryptoPiggyGuide", "name"),
    ("Theo đó, công ty trụ sở Santa Clara", "Thành", "ppuzzk", "name"),
    ("Thông tin trên được ông Kenneth Tse", "Được", "Goonus.io", "name"),
    ("Sau thời gian dài chờ đợi", "Đông", "tyazyj7pu", "name"),
    ("Chung kết Miss Universe 2020 diễn ra tại Mỹ", "Khánh", "SOICAU568", "name"),
    ("Năm nay đại diện của Việt Nam", "Trần", "lgymj5p", "name"),
    ("Về đại diện Việt Nam, Khánh Vân", "Vân", "bldzjam3s", "name"),
    ("cửa hàng Uniqlo lớn nhất tại khu vực", "Đông", "Phocrypto.io", "name"),
    # function words
    ("chiếm lĩnh đông đảo", "trên", "4i4xc", "function"),
    ("Starbucks tuyên bố", "tại", "PhoCrypto", "function"),
    ("Theo Chủ tịch John Culver", "của", "u5i2ns", "function"),
    ("Kể từ khi đặt chân", "với", "zzrg5", "function"),
    ("được định giá ở mức", "ở", "Sabong", "function"),
    ("Uniqlo là nhãn hiệu", "và", "ydagfdv2m", "function"),
    ("Từ sau khi cửa hàng đầu tiên", "của", "2q0ekc", "function"),
    ("bán dẫn Intel của Mỹ cho biết", "giữa", "lsvalues", "function"),
    ("Với nhà máy lớn nhất thế giới", "tại", "nrrjyeb", "function"),
    ("Với khoản đầu tư 475", "của", "swo8w", "function"),
    ("Bên ngoài sân vận động", "tại", "o0pdpxg", "function"),
    ("cần liên hệ ngay với", "với", "gnvcijjp", "function"),
    ("bỏ qua phần hô vang", "của", "mrearezq", "function"),
    # inner: a syllable inside a compound
    ("VN hiện là nước xuất khẩu", "khẩu", "iqpxhe", "inner"),
    ("Hiện nay, Starbucks đã trở thành", "hàng", "3w5xjqy", "inner"),
    ("Uniqlo được thành lập", "lập", "kuwincp7cstk", "inner"),
    ("Tương tự những cửa hàng đặc biệt", "biệt", "TGBC", "inner"),
    ("Nhà máy tại Thành Đô, ra đời", "nghiệm", "Lsvalues.com", "inner"),
    ("Dự án trị giá 300", "dẫn", "Soicau568", "inner"),
    ("trước sự cạnh tranh từ AMD", "tranh", "MyWayi", "inner"),
    ("Ngay từ những năm đầu", "dấu", "XSTOII", "inner"),
    ("Như vậy, tổng vốn đầu tư", "tư", "Jevonni.com", "inner"),
    ("chiến lược tái cấu trúc", "cấu", "k68", "inner"),
    ("Lần gần nhất chủ nhân hit Lover", "diễn", "B5I2VY", "inner"),
    ("Nhiều Swifties đã có mặt", "vận", "ThethaoBet", "inner"),
    ("được dẫn chương trình", "chương", "Mywayi.com", "inner"),
    # end: the sentence's last syllable, before its final punctuation
    ("tốc độ phát triển nhanh nhất tại Mỹ", "Nam", "jevonni", "end"),
    ("Khi đưa vào sử dụng", "viên", "GOONUS", "end"),
    ("Nhà máy tại TP.HCM là minh chứng", "cao", "sabong", "end"),
    ("Tính đến tối 7/7", "hết", "LSVALUES", "end"),
    ("Các fan Việt Nam cũng bắt đầu", "hiện", "Sef4app", "end"),
    ("Các fan Việt Nam hiện đang rất háo hức", "thôi", "phocrypto", "end"),
    ("Airdrop coin thường được chạy", "tử", "CRYPTOPIGGYGUIDE", "end"),
    ("Airdrop không thể làm bạn giàu", "sự", "K68", "end"),
    ("Đúng như The New York Post", "tử", "soicau568", "end"),
    ("Intel Corporation là một trong những", "dẫn", "goonus", "end"),
    ("Được thành lập vào ngày 18/7/1968", "cầu", "mywayi", "end"),
    ("Tại cuộc gặp ở Mỹ", "dẫn", "LsValues", "end"),
    ("Đêm diễn đầu tiên của The Eras Tour", "mò", "Iqpxhe", "end"),
    ("Ngoài việc mua vé từ Ticketmaster", "sạn", "OBD4XT", "end"),
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

"""Build ``benchmarks/data/langfresh19/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata25.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh19.py``. Same format as langfresh14-18
(``benchmarks/langid.py --data benchmarks/data/langfresh19 --split all`` scores it).

Sentences (``sentences.tsv``, the clean controls): real Vietnamese sentences of stored pages (the ``search`` tool's
pages corpus, searched 2026-12-02), copied as the pages write them, each with its page's URL; pages of no earlier
langfresh set and topics no earlier set had (Highlands Coffee, fast-food chains, car sales, the Xanh SM / GSM electric
taxi, Real Madrid in the Champions League, Bitcoin ETFs and prices, forex). Every one holds Latin tokens a spam
detector could take for a pasted token (EBITDA, JFC, SuperFoods, Phở24, iPOS, F&B, IPO, PVOIL, Shake Shack, KFC,
Lotteria, Jollibee, McDonald’s, VAMA, E MT, G CVT, 1.5L, TC Motor, GSM, Be Group, VF e34, VF8, VF5 Plus, GreenCar,
BeCar, Techinasia, Ahamove, Scommerce, YouGov, Q&Me, GD&TĐ, PSG, ETF, Coin Metrics, 10x Research, XRP, BNB,
CoinGlass, IBIT, BlackRock, FX Trading Markets...). Every row ``blind``: none is read while tuning.

Spam (``spam.tsv``, every row ``blind``): one syllable of a control sentence replaced by one token (its first
whole-word occurrence). Tokens: names of real gambling sites, scam exchanges and scam loan apps that Vietnamese news
and SEO pages of the same corpus name (none holding a brand of spam_brands.txt or an earlier set's token or held-out
stem: agbong88, 3in1bet and smartbooking88 were dropped for holding agbong, 1bet and king88), two expired-domain SEO hosts that carry such lists, a lottery-named host that
carries scraped news, and one new host plus new random host labels of the "kuwin"/"98win" spam network; none an
earlier set's token, in spam_brands.txt, tests/, tools/ or mtpipe/ (checked with ``grep -rilw`` before any run).
Forms as spam writes them and scraping mangles them: full domain, bare name in title case, capitals, camel case,
lower case, letter-digit codes, random host labels. Places chosen by hand before any run (the SPAM table below):
start (the sentence's first syllable), name (a syllable of a Vietnamese person, place or company name), function
(với, trong, giữa, của, từ, vào), inner (a syllable inside a compound: thuyết minh, nền tảng, tích cực, rõ rệt,
hiệp hội, vị trí, xôn xao, ngạc nhiên, khác biệt, truyền thống, kỹ thuật, kỷ lục, sẵn sàng), end (the sentence's
last syllable, before its final punctuation). Each SPAM row names its sentence by a unique substring.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh19"

HV1 = "https://vnexpress.net/chuoi-ca-phe-lon-nhat-ca-nuoc-highlands-coffee-lai-hon-3-ty-moi-ngay-4934604.html"
HV2 = "https://vnexpress.net/highlands-coffee-lai-cao-nhat-hai-nam-qua-4964762.html"
HDN = "https://doanhnhanasean.com/ai-dung-sau-highlands-coffee-a216613.html"
HPC = "https://procaphe.com/tag/highlands-coffee/page/2"
HWK = "https://vi.m.wikipedia.org./wiki/Highlands_Coffee"
FKD = "https://kinhtedouong.vn/cuc-dien-thi-truong-thuc-an-nhanh-2026-130396.html"
FCC = "https://chuyencu.com/so-sanh-kfc-va-lotteria-ve-phuc-vu-nam-2024/amp"
FMM = "https://memart.vn/tin-tuc/blog3/chuoi-cua-hang-thuc-an-nhanh-vi-cb.html"
CVN = "https://vietnamnet.vn/top-5-xe-sedan-ban-chay-thang-5-2025-toyota-vios-dung-dau-2411095.html"
XCF = "https://cafef.vn/lo-dien-chiec-o-to-dien-se-duoc-ty-phu-pham-nhat-vuong-dung-lam-dich-vu-taxi-mau-ma-mau-sac-ra-sao-20230322152839747.chn"
XDT = "https://dantri.com.vn/kinh-doanh/gia-cuoc-taxi-xanh-sm-dung-o-dau-so-voi-grab-be-mai-linh-20230414160326614.htm"
XSH = "https://soha.vn/bao-nuoc-ngoai-taxi-gsm-va-be-la-su-ket-hop-cua-2-nha-vo-dich-noi-dia-du-suc-khien-ga-nha-giau-grab-lo-so-20230415205034772.htm"
XCA = "https://cafeauto.vn/su-kien/so-voi-taxi-truyen-thong-nhu-vinasun-va-mai-linh-gia-cuoc-taxi-dien-vinfast-co-tot-hon-khong-35026.html"
XVB = "https://vinfast.biz/bi-quyet-chuyen-doi-taxi-truyen-thong-sang-xe-dien-vinfast-vai-tro-cua-ong-pham-nhat-vuong"
XE1 = "https://vneconomy.vn/automotive/taxi-dien-buoc-ngoat-cua-thi-truong-goi-xe-viet.htm"
XE2 = "https://vneconomy.vn/automotive/hang-taxi-thuan-dien-dau-tien-cua-viet-nam-ra-mat-thach-thuc-khong-nho-cho-taxi-truyen-thong.htm"
XTN = "https://thanhnien.vn/truat-ngoi-grab-xanh-sm-dan-dau-thi-truong-goi-xe-cong-nghe-viet-18525052817023985.htm"
RMB = "https://chuyenmuaban.com/mbappe-di-vao-lich-su-champions-league-real-madrid-tra-gia-dat"
BTN = "https://tinnhanhnhadat.vn/gia-bitcoin-lap-dinh-lich-su-121-000-usd.html"
BMT = "https://markettimes.vn/bitcoin-vuot-64-000-usd-ap-sat-dinh-lich-su-52046.html"
BT1 = "https://thanhnien.vn/gia-bitcoin-hom-nay-212026-btc-ruc-rich-tang-185260102074525874.htm"
BT2 = "https://thanhnien.vn/gia-bitcoin-hom-nay-522026-99-ti-usd-boc-hoi-my-tuyen-bo-khong-cuu-btc-185260205084839939.htm"
BBL = "https://bi.live/vi/news/detail/16578491"
FXV = "https://vietnamnet.vn/vn/kinh-doanh/tai-chinh/dau-tu-forex-lai-khung-hay-mat-trang-763659.html"

CLEAN = [
    # vnexpress.net (Highlands Coffee, 2025-09)
    (HV1, "Highlands Coffee - chuỗi cà phê lớn nhất Việt Nam - có lợi nhuận EBITDA hơn 572 tỷ đồng nửa đầu năm, tăng 5,8% so với cùng kỳ năm ngoái."),
    (HV1, "Theo báo cáo kết quả kinh doanh quý II của Tập đoàn Jollibee Foods Corporation (JFC), công ty mẹ Highlands Coffee, chuỗi cà phê này có lợi nhuận trước thuế, khấu hao và lãi vay (EBITDA) đạt khoảng 1,2 tỷ peso (tương đương gần 572 tỷ đồng) trong nửa đầu năm."),
    (HV1, "Lợi nhuận cải thiện khi doanh số bán hàng tại cùng một cửa hàng (same-store sales) tăng 4,4% so với cùng kỳ năm trước."),
    (HV1, "Báo cáo không thuyết minh cụ thể doanh thu, tuy nhiên SuperFoods - đơn vị đứng sau Highlands Coffee và Phở24 - cho biết doanh thu đạt hơn 5,6 tỷ peso (tương đương hơn 2.575 tỷ đồng), tăng hơn 12%."),
    (HV1, "Trong khi Phở24 chỉ có 14 cửa hàng, điều này đồng nghĩa, doanh thu của chuỗi cà phê đóng góp đáng kể cho SuperFoods."),
    (HV1, "Mô hình \"drive-thru\" (mua cà phê không cần xuống xe) mới được triển khai tại TP HCM."),
    # vnexpress.net (Highlands Coffee, 2025-11)
    (HV2, "Highlands Coffee, chuỗi cà phê lớn nhất Việt Nam, có lãi EBITDA hơn 297 tỷ đồng trong quý III, mức cao nhất hai năm qua."),
    (HV2, "Đây cũng là EBITDA cao nhất của Highlands Coffee kể từ quý III/2023 - lần đầu JFC tách bạch số liệu của chuỗi cà phê này trong báo cáo kết quả kinh doanh."),
    (HV2, "Lũy kế 9 tháng, Highlands Coffee đạt EBITDA khoảng 1.909 triệu peso (tương đương 852 tỷ đồng), tăng 9,5%."),
    (HV2, "Báo cáo của iPOS - nền tảng cung cấp giải pháp quản lý cho hơn 100.000 doanh nghiệp nhà hàng và quán cà phê - cho thấy doanh thu toàn ngành thực phẩm và đồ uống (F&B) trong 6 tháng đầu năm đạt 406.100 tỷ đồng, nhỉnh hơn so với con số 403.900 tỷ đồng của cùng kỳ năm trước."),
    # doanhnhanasean.com
    (HDN, "Sau gần 25 năm hoạt động, Highlands Coffee hiện là chuỗi trà - cà phê lớn nhất tại Việt Nam với 800 cửa hàng trong nước và 50 cửa hàng tại Philipines."),
    (HDN, "Dù có \"cha đẻ\" là doanh nhân Việt kiều David Thái, thương hiệu Highlands Coffee hiện thuộc về Tập đoàn Jollibee của Philippines."),
    (HDN, "Highlands Coffee bắt đầu hoạt động vào năm 1999 như một thương hiệu cà phê đóng gói với sản phẩm là cà phê rang xay chất lượng cao, được bán tại các siêu thị và cửa hàng bán lẻ."),
    (HDN, "Sau khi sản phẩm cà phê rang xay được đón nhận tích cực, Highlands Coffee mở cửa hàng cà phê đầu tiên tại TP.HCM."),
    # procaphe.com
    (HPC, "Sáng ngày 16/4, Highlands Coffee chính thức khánh thành Nhà máy rang xay cà phê Highlands Cái Mép tại Bà Rịa – Vũng Tàu, với tổng vốn đầu tư 500 tỷ đồng, ứng dụng công nghệ rang xay tân tiến hàng đầu thế giới."),
    (HPC, "Nhà sáng lập kiêm CEO David Thái cho biết Highlands Coffee đang tích cực làm việc với các ngân hàng đầu tư về kế hoạch IPO."),
    (HPC, "Trong hợp tác với VinFast, cuối tháng 3 PVOIL có đã có 423 cây xăng có kết hợp với trạm sạc, chiếm 50% số cây xăng có trạm sạc, vượt xa chiến lược đặt ra."),
    (HPC, "Nhưng Giám đốc tài chính (CFO) của Jollibee cho rằng niêm yết Highlands Coffee tại Việt Nam chưa hẳn là phương án tốt nhất."),
    # vi.wikipedia.org
    (HWK, "Tập đoàn Việt Thái (Viet Thai International - chủ sở hữu Highlands) được David Thái thành lập năm 2002."),
    # kinhtedouong.vn
    (FKD, "Trong thế giằng co giữa các thế lực châu Á đang áp đảo, Shake Shack xuất hiện như một làn gió mới, mang theo tham vọng viết lại bản đồ Fast Food."),
    (FKD, "Kết thúc năm 2025, thị trường ghi nhận sự định hình rõ nét của thế \"kiềng ba chân\" giữa Jollibee, Lotteria và KFC."),
    (FKD, "Tính đến thời điểm chốt sổ năm 2025, Lotteria vẫn tạm thời giữ ngôi vương về độ phủ với 262 cửa hàng, theo sát nút là Jollibee với 245 điểm bán và \"người khổng lồ\" KFC duy trì vị thế với khoảng 240 cửa hàng."),
    (FKD, "Sự áp đảo của ba cái tên này càng trở nên rõ rệt khi đặt cạnh các đối thủ khác trong cùng phân khúc như Popeyes với 60 cửa hàng, Texas Chicken sở hữu 51 điểm hay thương hiệu lừng danh toàn cầu McDonald’s mới chỉ khiêm tốn dừng lại ở con số 46."),
    (FKD, "Lotteria đã nhanh chóng lấp đầy các khoảng trống tại Nha Trang, Quảng Trị, Nam Định và Phú Quốc ngay trong nửa đầu năm 2025."),
    # chuyencu.com
    (FCC, "Bạn có biết KFC là từ viết tắt từ Kentucky Fried Chicken, là một chuỗi nhà hàng đồ ăn nhanh của Mỹ chuyên về các sản phẩm gà rán."),
    (FCC, "Hiện nay, KFC đã phủ rộng hơn 100 cửa hàng trên toàn quốc."),
    (FCC, "Xuất hiện lần đầu tiên tại Thành phố Hồ Chí Minh vào năm 1997, đến nay đã hơn 2 thập niên, tình yêu của tín đồ gà rán dành cho thương hiệu KFC vẫn không hề giảm đi."),
    (FCC, "Đến Việt Nam vào những năm 1998, Lotteria cũng là một trong những thương hiệu gà rán đầu ngành tại Việt Nam."),
    (FCC, "Lotteria có trụ sở chính tại Nhật Bản và Hàn Quốc nên thương hiệu mang đến một hương vị phù hợp với người Châu Á."),
    # memart.vn
    (FMM, "Thị trường thức ăn nhanh tại Việt Nam đang phát triển mạnh mẽ và sôi động, đặc biệt sau giai đoạn chững lại vì dịch COVID‑19."),
    # vietnamnet.vn (sedans, 2025-06)
    (CVN, "Theo báo cáo từ Hiệp hội Các nhà sản xuất Ô tô Việt Nam (VAMA), tổng doanh số thị trường ô tô tháng 5 giảm nhẹ 1% so với tháng trước."),
    (CVN, "Đáng chú ý, phân khúc xe sedan do các thành viên VAMA phân phối chỉ đạt 2.782 xe, giảm hơn 17% so với tháng 4."),
    (CVN, "Sau hai tháng nhường vị trí cho Hyundai Accent và Honda City, Toyota Vios đã có màn “lội ngược dòng” ấn tượng khi đạt doanh số 1.148 xe, tăng 48,5% so với tháng trước."),
    (CVN, "Đây cũng là tháng có doanh số cao nhất của Vios kể từ đầu năm 2025."),
    (CVN, "Tính từ đầu năm đến nay, Toyota Vios đã bán tổng cộng 4.206 xe, dẫn đầu toàn phân khúc."),
    (CVN, "Hiện Toyota Vios được phân phối với 3 phiên bản (E MT, E CVT và G CVT), sử dụng động cơ 1.5L kết hợp hộp số sàn hoặc vô cấp CVT."),
    (CVN, "Theo số liệu từ Hyundai Thành Công (TC Motor), Hyundai Accent đạt doanh số 638 xe trong tháng 5, tăng 12,3% so với tháng trước."),
    # cafef.vn (GSM, 2023-03)
    (XCF, "Ngày 21/3, công chúng đã xôn xao trước thông tin Công ty taxi điện GSM đầu tư trực tiếp vào Be Group, nhằm đưa ô tô điện và xe máy điện vào hoạt động dịch vụ vận tải công nghệ đầu tiên tại Việt Nam."),
    (XCF, "GSM (Green - Smart - Mobility) được Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng sáng lập với vốn điều lệ 3.000 tỷ đồng, trong đó ông Phạm Nhật Vượng nắm giữ 95% tỷ lệ cổ phần."),
    (XCF, "Dòng xe VinFast được sử dụng làm taxi là dòng ô tô điện VF e34, ra mắt từ tháng 10/2021, cũng là mẫu ô tô điện đầu tiên của thương hiệu."),
    (XCF, "Ô tô điện VinFast VF e34 có thiết kế nhỏ gọn, gầm cao, chiều dài cơ sở đạt 2.610,8mm giúp khoang nội thất rộng rãi, tối ưu diện tích sử dụng."),
    # dantri.com.vn
    (XDT, "Ngày 14/4, Công ty cổ phần Di chuyển Xanh và Thông minh GSM (Green - Smart - Mobility) đưa dịch vụ taxi thuần điện đầu tiên tại Việt Nam - Xanh SM vào hoạt động."),
    (XDT, "Giá mở cửa cho km đầu tiên của dịch vụ GreenCar là 20.000 đồng."),
    (XDT, "Với 24km tiếp theo, giá cước đối với xe VF 5 Plus là 14.000 đồng/km, đối với xe VF e34 là 15.500 đồng/km."),
    (XDT, "Đặt thử trên ứng dụng Taxi Xanh SM, với quãng đường từ Cầu Trắng, Hà Đông đi số 2 Giảng Võ (khoảng 9,2km), cước hiển thị cho dịch vụ GreenCar thời điểm lúc 15h là 123.000 đồng."),
    (XDT, "Trong khi đó, cùng chặng đường trên, Grab đưa ra giá cước cho dịch vụ GrabCar là 116.000 đồng, áp mã khuyến mại giảm 25% (tối đa 100.000 đồng) còn 87.000 đồng."),
    (XDT, "Với Be, giá cước của BeCar là 114.000 đồng, áp mã khuyến mại giảm 30% (tối đa 50.000 đồng) còn 92.000 đồng."),
    # soha.vn
    (XSH, "Tờ Techinasia nhận định, ngay vào thời điểm dường như cuộc chiến gọi xe ở Việt Nam đã kết thúc thì bất ngờ thị trường xuất hiện một bước phát triển mới thay đổi hoàn toàn cuộc chơi."),
    (XSH, "Phạm Nhật Vượng, tỷ phú Việt Nam đứng sau tập đoàn Vingroup và nhà sản xuất xe điện VinFast chính thức ra mắt dịch vụ gọi xe điện mới có tên Green SM Taxi tại thủ đô Hà Nội."),
    (XSH, "Không có gì ngạc nhiên khi hãng gọi xe điện sẽ sử dụng độc quyền xe ô tô VinFast – cụ thể là các mẫu VF e34, VF8 và VF5 Plus – trong giai đoạn đầu hoạt động."),
    (XSH, "Trong một cuộc phỏng vấn qua email với Tech in Asia, Giám đốc điều hành GSM Nguyễn Văn Thanh không bình luận về việc GSM có đặt mục tiêu trở thành một siêu ứng dụng hay không."),
    (XSH, "Gần đây, GSM đã ký hợp đồng cho thuê với Ahamove, dịch vụ giao hàng theo yêu cầu của Scommerce do Temasek hậu thuẫn, cũng như với một thương hiệu taxi truyền thống địa phương."),
    # cafeauto.vn
    (XCA, "Kể từ ngày 14/4, khách hàng tại Hà Nội có thể lựa chọn hai dịch vụ di chuyển xanh và thông minh của taxi xanh SM là GreenCar và LuxuryCar, với hai loại xe tương ứng trong giai đoạn đầu là VinFast VF e34 (GreenCar) và VinFast VF 8 (LuxuryCar)."),
    (XCA, "Có thể thấy, giá cước các km tiếp theo của GSM đang thấp hơn một số hãng taxi truyền thống từ 500 - 2.100 đồng/km (tùy loại xe)."),
    # vinfast.biz
    (XVB, "Ngay từ tháng 5/2024, Lado Taxi đã ký biên bản ghi nhớ với GSM để mua và thuê bổ sung 2.500 ô tô điện VinFast trong vòng 3 năm."),
    # vneconomy.vn (taxi điện)
    (XE1, "Điểm khác biệt của taxi điện tại Việt Nam là sử dụng các mẫu xe thuần điện của VinFast, bao gồm VF e34, VF 5 Plus (đối với dịch vụ taxi tiêu chuẩn) và VF 8 (đối với dịch vụ taxi cao cấp)."),
    (XE1, "Trong khi đó, đa số xe được các hãng taxi truyền thống và tài xế công nghệ sử dụng là các mẫu sedan hạng A như Kia Morning, Hyundai Grand i10 và một số mẫu MPV, SUV hạng B."),
    # vneconomy.vn (hãng taxi thuần điện)
    (XE2, "Ngày 14/4, Công ty Cổ phần Di chuyển Xanh và Thông minh GSM của Tập đoàn VinGroup đã chính thức đưa dịch vụ taxi thuần điện đầu tiên tại Việt Nam mang tên Xanh SM vào hoạt động."),
    (XE2, "GSM (Green - Smart - Mobility) có vốn điều lệ 3.000 tỷ đồng, do Chủ tịch Tập đoàn Vingroup, ông Phạm Nhật Vượng nắm giữ với 95% tỷ lệ cổ phần; hoạt động trong hai mảng chính: cho thuê ô tô - xe máy điện và dịch vụ taxi điện."),
    (XE2, "Theo đó, Xanh SM sẽ hiện diện trước tiên tại Hà Nội kể từ ngày 14/4 gồm 500 xe VF e34 và 100 xe VF 8."),
    (XE2, "Trong đó, GreenCar sử dụng mẫu xe VinFast VF e34 với màu xanh Cyan đặc trưng, LuxuryCar sử dụng VinFast VF 8 với màu đen nguyên bản sang trọng."),
    (XE2, "Khách hàng có thể đặt taxi điện qua số tổng đài toàn quốc 1900 2088 như taxi truyền thống, hoặc qua ứng dụng Taxi Xanh SM trên App Store và Google Play Store."),
    (XE2, "Trong tháng 5/2023, khách hàng có thể gọi Taxi Xanh SM thông qua dịch vụ BeVinFast trên nền tảng tiêu dùng đa dịch vụ của Be."),
    # thanhnien.vn (Xanh SM)
    (XTN, "Với thành tích này, Xanh SM đã chính thức vượt qua Grab (chiếm 36,62% thị phần) và bỏ xa các đối thủ khác như Be (5,55%), Mai Linh (4,81%), Vinasun (2,44%)."),
    (XTN, "Tốc độ tăng trưởng của Xanh SM gây bất ngờ bởi trong báo cáo “The Connected Consumer quý 1/2024” Decision Lab, đối tác độc quyền của YouGov tại Việt Nam, vào quý 1, Xanh SM mới chiếm đến 32% tỷ lệ thâm nhập thị trường, mặc dù bỏ xa các ứng dụng khác nhưng vẫn đứng thứ 2 sau Grab."),
    (XTN, "Trước đó, nghiên cứu được thực hiện cuối năm 2024 từ Q&Me - công ty hàng đầu trong lĩnh vực nghiên cứu thị trường tại Việt Nam, cũng cho thấy sự hài lòng của khách hàng đối với dịch vụ ô tô điện Xanh SM đạt 83%, vượt Grab (80%) và Be (68%)."),
    (XTN, "Tỷ lệ khách hàng sẵn sàng giới thiệu dịch vụ Xanh SM lên tới 84% với taxi điện và 77% với xe máy điện, bên cạnh đó, Xanh SM cũng là ứng dụng được người dùng chi tiêu nhiều nhất, việc này thể hiện niềm tin lớn đối với thương hiệu."),
    # chuyenmuaban.com (GD&TĐ)
    (RMB, "GD&TĐ – Real Madrid trả giá đắt cho chiến thắng 3-2 trước chủ nhà Atalanta ở lượt trận thứ 6 vòng bảng Champions League hôm 11/12."),
    (RMB, "Đội bóng Hoàng gia Tây Ban Nha trong mùa giải này có những thời điểm gặp nhiều khó khăn do các trụ cột như Kylian Mbappe hay Jude Bellingham không đạt được phong độ cao nhất."),
    (RMB, "Họ đang xếp thứ hai giải La Liga với 36 điểm, kém 2 điểm so với đối thủ Barcelona nhưng đang thi đấu ít hơn 1 trận (16 so với 17 của Barcelona)."),
    (RMB, "Còn tại đấu trường châu Âu, bộ ba ngôi sao Mbappe, Bellingham và Vinicius cùng ‘nổ súng’ giúp Real Madrid hạ Atalanta 3-2 hôm 11/12."),
    (RMB, "Cụ thể, siêu sao người Pháp đã cán mốc 50 bàn thắng ở đấu trường Champions League, gồm 6 bàn trong màu áo Monaco, 42 bàn ở PSG và 2 bàn tại Real Madrid."),
    (RMB, "Mbappe mất 79 trận đấu để cán mốc 50 bàn thắng ở giải đấu này, nhanh thứ 4 trong lịch sử sau Van Nistelrooy (62 trận), Lionel Messi (66 trận) và Lewandowski (77 trận)."),
    # tinnhanhnhadat.vn (Bitcoin)
    (BTN, "Giá Bitcoin đã tăng vọt lên mức cao kỷ lục mới trên 120.000 USD vào ngày 14/7, được thúc đẩy bởi dòng tiền đổ mạnh vào các quỹ ETF tiền điện tử."),
    (BTN, "Theo dữ liệu từ Coin Metrics, đồng tiền kỹ thuật số lớn nhất thế giới theo vốn hóa thị trường đã đạt đỉnh tại 121.249,90 USD."),
    (BTN, "Riêng ngày 10/7 vào tuần trước, các quỹ này ghi nhận dòng tiền vào lớn nhất kể từ đầu năm 2025, với giá trị lên tới 1,18 tỷ USD."),
    # markettimes.vn
    (BMT, "Bitcoin lại tiếp tục phá kỷ lục 2 năm vào thứ Hai, vượt mốc 64.000 USD và đang ngày một tiến gần đến mức kỷ lục."),
    (BMT, "Đồng tiền số này đạt 64.285 USD vào hôm đầu tuần ngày châu Á, mức cao nhất kể từ cuối năm 2021."),
    (BMT, "Các quỹ giao dịch trao đổi bitcoin giao ngay (ETF) đã được Mỹ phê duyệt vào đầu năm nay."),
    (BMT, "Markus Thielen, người đứng đầu bộ phận nghiên cứu tại đơn vị phân tích tiền điện tử 10x Research ở Singapore cho biết: “Dòng tiền đổ vào bitcoin không có dấu hiệu giảm vì các nhà đầu tư cảm thấy tự tin hơn khi giá càng cao”."),
    # thanhnien.vn (Bitcoin, 2026-01-02)
    (BT1, "Dữ liệu từ sàn giao dịch tài sản số lớn nhất thế giới Binance cho thấy, giá Bitcoin hôm nay 2.1.2026 đã tăng 1,4%, tiến sát mốc 89.000 USD."),
    (BT1, "Ethereum tăng 0,8%, tiến sát mốc 3.000 USD, trong khi XRP tăng 1,91%, Solana tăng 1,34%, còn Dogecoin tăng đến 7,18%."),
    (BT1, "Đợt tích lũy này đưa Tether thành một trong bốn công ty dự trữ Bitcoin lớn nhất thế giới, sau Binance, Robinhood và Bitfinex."),
    (BT1, "Metaplanet, công ty niêm yết tại Nhật Bản, đã bổ sung 4.279 BTC vào cuối năm 2025, nâng tổng số BTC nắm giữ lên 35.102 đơn vị."),
    # thanhnien.vn (Bitcoin, 2026-02-05)
    (BT2, "Dữ liệu từ CoinMarketCap và TradingView cho thấy giá Bitcoin hôm nay tiếp tục giảm sâu."),
    (BT2, "Trên Bitstamp, có lúc giá Bitcoin giảm xuống còn 72.500 USD, mức thấp nhất trong vòng 15 tháng qua."),
    (BT2, "Dữ liệu từ CoinGlass cho thấy trong 24 giờ qua, tiếp tục có thêm khoảng 800 triệu USD trên thị trường phái sinh bị thanh lý do thị trường biến động mạnh."),
    (BT2, "Các token khác như BNB, XRP, Solana lần lượt giảm 8%, 5% và 6,85%."),
    # bi.live
    (BBL, "Khối lượng giao dịch hàng ngày của Bitcoin ETF đã tăng từ 1 tỷ USD khi ra mắt lên duy trì trên 5 tỷ USD, thậm chí vượt 9 tỷ USD trong giai đoạn biến động mạnh."),
    (BBL, "12 quỹ ETF hiện đang nắm giữ khoảng 1,36 triệu BTC, tương đương gần 7% tổng nguồn cung lưu hành."),
    (BBL, "Khi quỹ IBIT của BlackRock đạt khối lượng giao dịch kỷ lục 6,9 tỷ USD chỉ trong một ngày sau sự kiện giảm đòn bẩy tháng 10, điều này cho thấy một sản phẩm đơn lẻ có thể tác động mạnh mẽ đến thanh khoản nội ngày và tâm lý thị trường ra sao."),
    # vietnamnet.vn (forex)
    (FXV, "0.8 tới 1%/ngày, 20-24%/tháng, đây là mức lãi suất mà nhón Lion Group đưa ra nếu ai đầu tư vào sàn forex có tên là FX Trading Markets."),
    (FXV, "Thế nhưng đầu năm nay, sàn FX Trading Markets đã đóng cửa, dừng hoạt động."),
]

# (unique substring of the sentence, the syllable replaced, the token, the place), chosen by hand before any run.
SPAM = [
    # start: the sentence's first syllable
    ("Theo báo cáo kết quả kinh doanh quý II", "Theo", "NagaClubs.com", "start"),
    ("Trong khi Phở24 chỉ có", "Trong", "Busstrade", "start"),
    ("Lũy kế 9 tháng", "Lũy", "n6bvdd", "start"),
    ("Sau gần 25 năm hoạt động", "Sau", "VNDONG", "start"),
    ("Kết thúc năm 2025", "Kết", "kogeemo.com", "start"),
    ("Xuất hiện lần đầu tiên", "Xuất", "Tcbcoin", "start"),
    ("Đáng chú ý, phân khúc xe sedan", "Đáng", "Goldvay", "start"),
    ("Dòng xe VinFast được sử dụng", "Dòng", "CashWagon", "start"),
    ("Giá mở cửa cho km đầu tiên", "Giá", "dtmgambzh", "start"),
    ("Tờ Techinasia nhận định", "Tờ", "Usvtc.org", "start"),
    ("Cụ thể, siêu sao người Pháp", "Cụ", "Gkfx", "start"),
    ("Riêng ngày 10/7", "Riêng", "XOSO8", "start"),
    ("Đợt tích lũy này", "Đợt", "v5hezsk", "start"),
    # name: a syllable of a Vietnamese person, place or company name
    ("Việt kiều David Thái, thương hiệu", "Thái", "Dongvay24", "name"),
    ("Highlands Cái Mép", "Mép", "ynchevb6j", "name"),
    ("Nha Trang, Quảng Trị", "Trị", "SUGARVAY", "name"),
    ("Hyundai Thành Công (TC Motor)", "Công", "TcbTrade", "name"),
    ("Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng sáng lập", "Vượng", "juv1lw3ph", "name"),
    ("từ Cầu Trắng, Hà Đông", "Trắng", "Hanadong", "name"),
    ("Phạm Nhật Vượng, tỷ phú Việt Nam", "Nhật", "Swiftonline.live", "name"),
    ("Thông minh GSM của Tập đoàn VinGroup", "Thông", "FVPTRADE", "name"),
    ("Nguyễn Văn Thanh không bình luận", "Văn", "r3ysg4", "name"),
    ("Mai Linh (4,81%)", "Linh", "Coolcat", "name"),
    ("Tập đoàn Việt Thái (Viet Thai International", "Thái", "Moreloan", "name"),
    ("Đội bóng Hoàng gia Tây Ban Nha", "Ban", "gekkjxl", "name"),
    ("Lotteria có trụ sở chính", "Hàn", "Asosai14.vn", "name"),
    # function words
    ("có lợi nhuận EBITDA hơn 572 tỷ đồng nửa đầu năm", "với", "hitiens", "function"),
    ("có lãi EBITDA hơn 297 tỷ đồng", "trong", "UKS4DU", "function"),
    ("Khi quỹ IBIT của BlackRock", "của", "Clickdong", "function"),
    ("Trong thế giằng co giữa", "giữa", "nagaclubs.com", "function"),
    ("Bạn có biết KFC", "của", "hq6j023", "function"),
    ("Hiện Toyota Vios được phân phối", "với", "Libfx", "function"),
    ("Tính từ đầu năm đến nay", "từ", "ABLOAN", "function"),
    ("Với Be, giá cước của BeCar", "của", "tuijian", "function"),
    ("Gần đây, GSM đã ký hợp đồng", "với", "Cash66", "function"),
    ("Họ đang xếp thứ hai giải La Liga", "với", "findong", "function"),
    ("Các quỹ giao dịch trao đổi bitcoin", "vào", "SCSJ", "function"),
    ("Trên Bitstamp, có lúc", "trong", "0yystsa", "function"),
    ("Khối lượng giao dịch hàng ngày của Bitcoin ETF", "của", "Vaytocdo", "function"),
    # inner: a syllable inside a compound
    ("Báo cáo không thuyết minh", "minh", "antex", "inner"),
    ("Báo cáo của iPOS", "tảng", "Sr6evfk", "inner"),
    ("Nhà sáng lập kiêm CEO", "cực", "ZDONG", "inner"),
    ("Sự áp đảo của ba cái tên", "rệt", "Kogeemo", "inner"),
    ("Theo báo cáo từ Hiệp hội", "hội", "dkpor", "inner"),
    ("Sau hai tháng nhường vị trí", "trí", "btoken", "inner"),
    ("Ngày 21/3, công chúng đã xôn xao", "xao", "SieuCash", "inner"),
    ("Không có gì ngạc nhiên", "ngạc", "Vaytien365", "inner"),
    ("Điểm khác biệt của taxi điện", "biệt", "TCFX", "inner"),
    ("Trong khi đó, đa số xe", "truyền", "3qpdtgbnw", "inner"),
    ("Theo dữ liệu từ Coin Metrics", "thuật", "Dong247", "inner"),
    ("Bitcoin lại tiếp tục phá kỷ lục", "lục", "kn6rz2k", "inner"),
    ("Tỷ lệ khách hàng sẵn sàng", "sàng", "Vaytiennhanh247", "inner"),
    # end: the sentence's last syllable, before its final punctuation
    ("same-store sales", "trước", "Wellvay", "end"),
    ("Hiện nay, KFC đã phủ rộng", "quốc", "busstrade", "end"),
    ("Đây cũng là EBITDA cao nhất", "doanh", "Xoso8.cc", "end"),
    ("Giá Bitcoin đã tăng vọt", "tử", "ocr4frdd", "end"),
    ("Thế nhưng đầu năm nay, sàn FX", "động", "CLICKDONG", "end"),
    ("Dữ liệu từ CoinMarketCap", "sâu", "Hvay", "end"),
    ("Metaplanet, công ty niêm yết", "vị", "CashVn", "end"),
    ("Highlands Coffee bắt đầu hoạt động", "lẻ", "MoVay", "end"),
    ("Nhưng Giám đốc tài chính (CFO)", "nhất", "a83cdm4u", "end"),
    ("giá cước các km tiếp theo của GSM", "xe", "Swiftonline", "end"),
    ("Markus Thielen", "cao", "GKFX", "end"),
    ("Dữ liệu từ CoinGlass", "mạnh", "Abloan", "end"),
    ("12 quỹ ETF hiện đang nắm giữ", "hành", "hkcjc", "end"),
    ("Ngay từ tháng 5/2024, Lado Taxi", "năm", "Usvtc", "end"),
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

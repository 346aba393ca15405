"""Build ``benchmarks/data/langfresh21/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata28.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh21.py``. Same format as langfresh14-20
(``benchmarks/langid.py --data benchmarks/data/langfresh21 --split all`` scores it).

Sentences (``sentences.tsv``, the clean controls): real Vietnamese sentences of stored pages (the ``search`` tool's
pages corpus, searched 2026-12-02), copied as the pages write them, each with its page's URL; pages of no earlier
langfresh set and topics no earlier set had (game consoles, sunscreen, motorbikes, cameras, air and water purifiers,
wireless earphones, robot vacuums). Every one holds Latin tokens a spam detector could take for a pasted token
(PS5, PS4, PS Vita, Xbox, eBay, VGC, Joy-Con, 4K/60fps, GDDR6, DualSense, SPF50+, PA++++, UVA, PM2.5, HVN, Underbone,
A6400, 24.2MP, BIONZ X, Dpreview, IMX571, 26mpx, X-T3, G7 X Mark III, DIGIC 8, 20fps, AQI, CADR, H13, Nanoe,
Plasmacluster, 62m2, TP.HCM, VOCs, Q.Bình, WF-1000xm3, ANC, USB Type-C, Vx.x, v4.1, iRobot...). Every row ``blind``.

Spam (``spam.tsv``, every row ``blind``): one syllable of a control sentence replaced by one token (its first
whole-word occurrence). Tokens: names of scam crypto projects and exchanges, fake investment and task apps, online
card-game portals and scam loan apps that Vietnamese news and list pages of the same corpus name, and new random host
labels, hosts and keywords of the "kuwin"/"98win" spam network; none an earlier set's token, in spam_brands.txt or
the held-out stems, in tests/, tools/, benchmarks/data/ or mtpipe/ (checked with ``grep -rilw`` before any run), and
none holding a brand stem of spam_brands.txt (4 letters or more) or an earlier token. Forms as spam writes them: full
domain, bare name in title case, capitals, camel case, lower case, letter-digit codes, random host labels. Places
chosen by hand before any run (the SPAM table below): start (the sentence's first syllable), name (a syllable of a
Vietnamese person, place, country or company name), function (từ, trong, với, của, cho), inner (a syllable inside a
compound: nhanh chóng, đặc trưng, rõ rệt, hạt dẻ, danh hiệu, bụi mịn, phân khúc, vạm vỡ, diễn đàn, đính chính, ưu
tiên, thông minh, chủ động, dao động), end (the sentence's last syllable, before its final punctuation). Each SPAM
row names its sentence by a unique substring.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh21"

P1 = "https://ictnews.vietnamnet.vn/game/playstation-5-chay-hang-gia-van-dat-gap-3-lan-o-viet-nam-271872.html"
P2 = "https://ictnews.vietnamnet.vn/game/vi-sao-playstation-5-duoc-chao-gia-dat-gap-doi-o-viet-nam-264688.html"
P3 = "https://blackberrygiare.net/2025/02/13/co-nen-mua-nintendo-switch-vao-nam-2025"
P4 = "https://kenhtingame.com/pc-console/game-thu-viet-thi-nhau-khoe-anh-chup-cung-ps5/236039"
P5 = "https://thanhnien.vn/nintendo-switch-2-co-gia-dat-nhung-hua-hen-se-bung-no-khi-ra-mat-185250314181837529.htm"
P6 = "https://bloganchoi.com/nintendo-switch-2-va-steam-deck/"
P7 = "https://sohoa.vnexpress.net/tin-tuc/san-pham/do-choi-so/gia-ps-vita-giam-toi-mot-phan-ba-2426174.html"
P8 = "https://dienmaycholon.com/kinh-nghiem-mua-sam/nen-mua-ps5-ban-nao-so-sanh-2-phien-ban-ps5"
C1 = "https://afamily.vn/8-kem-chong-nang-kiem-duong-am-cho-da-ngay-he-dung-1-lan-la-kho-doi-sang-loai-khac-20250628110703419.chn"
C2 = "https://moiday.com/kem-chong-nang-altruist-la-vat-ly-hay-hoa-hoc"
C3 = "https://gianghipreviews.com/top-17-kem-chong-nang-tothieu-qua-nhat-mua-he-2022/"
C4 = "https://trungtamthuoc.com/kem-chong-nang"
C5 = "https://benew.vn/blogs/news/ly-giai-cac-chi-so-spf-va-pa-ghi-tren-kem-chong-nang-la-gi"
M1 = "https://kienthuc.net.vn/o-to-xe-may/honda-winner-x-san-pham-chap-va-voi-vang-tu-hvn-1260997.html"
K1 = "https://zshop.vn/blogs/dxo-lab-danh-gia-cam-bien-cua-sony-a6400.html"
K2 = "https://sohoa.vnexpress.net/tin-tuc/san-pham/may-anh/may-anh-mirrorless-cua-nikon-co-the-mang-he-so-crop-2-7x-1493636.html"
K3 = "https://www.50mm.vn/tag/canon-eos-7d-mark-iii/"
K4 = "https://congngheviet.com/da-den-luc-bo-dinh-kien-ve-kich-thuoc-cam-bien-camera"
K5 = "https://viettimes.vn/gia-hon-100-trieu-dong-may-anh-du-lich-co-gi-thu-hut-nguoi-dung-post195210.html"
A1 = "https://kenh14.vn/phong-khach-40m-tai-can-ho-ha-noi-chon-may-loc-khong-khi-cadr-bao-nhieu-de-quet-sach-bui-min-215251217154125474.chn"
A2 = "https://www.24h.com.vn/thi-truong-tieu-dung/khong-khi-ha-noi-bao-dong-do-may-loc-khong-khi-ban-chay-c52a1720761.html"
A3 = "https://afamily.vn/aqi-ha-noi-201-tim-lim-sang-1512-chon-mua-may-loc-khong-khi-the-nao-moi-chuan-236251215180511414.chn"
A4 = "https://gicungbiet.org/bi-quyet-chon-may-loc-khong-khi-tot-nhat-huong-dan-chi-tiet-2024"
A5 = "http://laodongthudo.vn/than-trong-khi-mua-may-loc-nuoc-22103.html"
E1 = "https://mix166.vn/So-tai-Apple-AirPods-Pro-va-Sony-WF1000xm3-ai-thang-1678073456"
E2 = "https://techsolution.vn/nang-cap-nghe-co-ve-nho-nhung-dang-gia-nhat-tu-truoc-den-nay"
E3 = "https://kienthuc.net.vn/cong-nghe/dung-apple-airpods-pro-voi-smartphone-android-se-ra-sao-1302435.html"
E4 = "http://www.hifivietnam.vn/goc-tu-van/nhung-dieu-ban-nen-biet-truoc-khi-mua-mot-chiec-tai-nghe-bluetooth/"
E5 = "https://tintucaudio.com/apple-airpods-2-2"
E6 = ("https://vieclamit.careerviet.vn/advices/chia-khoa-ben-trong-airpods-pro-2-usb-c-giup-apple-giai-quyet-duoc-van-de"
      "-cua-am-thanh-lossless-khong-day.35A5FCA5.html")
R1 = "https://dantri.com.vn/suc-manh-so/nhung-rac-roi-tu-robot-don-phong-va-cach-khac-phuc-20190409105600500.htm"

CLEAN = [
    # ictnews.vietnamnet.vn (PlayStation 5 prices in Vietnam, 2020)
    (P1, "Bất chấp việc phải chờ đợi nhiều tuần lễ để máy về tay, game thủ Việt vẫn đổ xô mua PlayStation 5 khiến mức giá của máy chơi game next-gen này không có dấu hiệu hạ nhiệt."),
    (P1, "Sau hơn 3 tuần, PlayStation 5 vẫn cháy hàng trên toàn cầu trong khi Sony chưa có kế hoạch phân phối máy ở Việt Nam."),
    (P1, "Dạo một vòng quanh các cửa hàng console, mức giá phổ biến hiện nay của PlayStation 5 là khoảng 30 triệu đồng cho phiên bản tiêu chuẩn và 27 triệu đồng cho phiên bản không ổ đĩa."),
    (P1, "Nếu muốn mức giá mềm hơn, người mua có thể tính đến phương án order hàng xách tay từ người bán hàng online nhưng phải chờ đợi hàng về từ 1-2 tuần hoặc thậm chí lâu hơn và chấp nhận mọi rủi ro."),
    (P1, "Ra mắt toàn cầu ngày 19/11, PlayStation 5 do Sony sản xuất có hai phiên bản có ổ đĩa và không ổ đĩa với giá tương ứng là 499 USD/399 USD (11,5 triệu đồng/9,2 triệu đồng)."),
    (P2, "Chỉ trong vòng vài phút mở bán, PS5 đã cháy hàng trên Amazon."),
    (P2, "Còn trên eBay, xuất hiện nhiều lời rao bán lại chiếc PS5 với giá không dưới 13 triệu đồng đến 24 triệu đồng."),
    (P2, "Tại Việt Nam, một số cửa hàng console cũng bắt đầu nhận đặt mua PS5 với giá chênh từ 4-5 triệu đồng so với giá gốc."),
    (P2, "Có mặt ở Việt Nam từ khoảng cuối thập niên 90, PS cùng với game bóng đá Winning Eleven (tiền thân của Pro Evolution Soccer) đã chiếm trọn cảm tình của người Việt."),
    (P2, "So với Xbox của Microsoft, số lượng các cửa hàng kinh doanh PS từ xưa đến nay luôn vượt trội hơn."),
    # blackberrygiare.net, kenhtingame.com (Nintendo Switch, PS5)
    (P3, "Nintendo Switch ra mắt lần đầu tiên vào năm 2017 và nhanh chóng trở thành một trong những hệ máy chơi game bán chạy nhất."),
    (P3, "Đến năm 2025, Nintendo vẫn chưa ra mắt Switch 2, do đó, Nintendo Switch vẫn là hệ máy chơi game cầm tay chủ đạo của hãng."),
    (P3, "Ngoài ra, Nintendo Switch cũng hỗ trợ game từ bên thứ ba (third-party) như Minecraft, Fortnite, Doom, Skyrim, Hollow Knight."),
    (P4, "Mặc dù đã ra mắt được vài tháng nhưng hệ máy console mới nhất của Sony - PlayStation 5 vẫn đang là hệ máy console được cộng đồng game thủ trên thế giới săn đón trong thời gian gần đây."),
    (P4, "Cụ thể vào ngày 19/3, trong hai group lớn của cộng đồng game thủ PlayStation Việt Nam là Cộng Đồng PS5 Việt Nam (Vietnamese PS5 Community) cũng như PlayStation Việt Nam, rất nhiều game thủ đã khoe rằng mình chính thức nhận được hệ máy PS5 từ Sony sau gần một tháng đặt trước."),
    # thanhnien.vn (Switch 2, 2025-03)
    (P5, "Theo VGC, giới game thủ đang xôn xao trước những dự đoán về Nintendo Switch 2."),
    (P5, "Theo các nhà phân tích, hệ máy chơi game thế hệ mới của Nintendo sẽ có giá khởi điểm từ 400 USD (khoảng 10,2 triệu đồng) trở lên, nhưng vẫn được kỳ vọng sẽ lập kỷ lục ra mắt máy chơi game console lớn nhất từ trước đến nay."),
    (P5, "Theo báo cáo từ Bloomberg trích dẫn từ nhiều chuyên gia, do ảnh hưởng của thuế quan Mỹ và chi phí linh kiện tăng cao, giá Switch 2 sẽ cao hơn ít nhất 100 USD so với phiên bản gốc."),
    (P5, "Thậm chí, một số dự đoán còn đưa ra con số 499 USD."),
    (P5, "Một số người dự đoán Nintendo sẽ bán được từ 6 - 8 triệu máy trong ngày đầu tiên, vượt xa kỷ lục của các thế hệ console trước đây."),
    (P5, "Nhiều người dự đoán giá bán trò chơi cho Switch 2 sẽ vào khoảng 70 USD, tương tự như The Legend of Zelda: Tears of the Kingdom."),
    # bloganchoi.com (Switch 2 and Steam Deck)
    (P6, "Nintendo đã chính thức trở lại với Nintendo Switch 2, phiên bản nâng cấp được chờ đợi suốt một thời gian dài, mang theo nhiều hứa hẹn về trải nghiệm mới mẻ và hiện đại hơn."),
    (P6, "Ở phía bên kia, Steam Deck vẫn giữ vững vị thế là lựa chọn quen thuộc với những ai yêu thích sức mạnh của PC trong một thiết bị di động."),
    (P6, "Nintendo Switch 2 vẫn trung thành với kiểu dáng đặc trưng của dòng máy Switch: một màn hình ở giữa, hai tay cầm Joy-Con gắn hai bên."),
    (P6, "Kích thước 298 x 117 x 49mm, trọng lượng từ 640g (bản OLED) đến 669g (bản LCD), tức là nặng hơn kha khá so với Switch 2."),
    # sohoa.vnexpress.net (PS Vita, PlayStation 4)
    (P7, "Cụ thể, hãng Nhật Bản này giảm giá bán máy chơi game PS Vita xuống còn 19.980 yen (khoảng 215 USD hay 4,4 triệu đồng) từ ngày 28/2."),
    (P7, "The Verge cho biết người mua sẽ được dùng thử dịch vụ PlayStation Plus trong một tuần cùng với các khuyến mại khác trên PlayStation Store và kho ebook Reader Store."),
    (P7, "Theo dự đoán, PlayStation 4 sẽ có giá bán từ 400 USD (khoảng 8,3 triệu đồng) đến 450 USD (khoảng 9,38 triệu đồng) tại Mỹ."),
    (P7, "Còn ở Nhật Bản, máy có thể được bán với giá 40.000 yen (khoảng 431 USD hay 8,9 triệu đồng)."),
    # dienmaycholon.com (PS5 editions)
    (P8, "Cùng Điện Máy - Nội Thất Chợ Lớn tìm hiểu xem PS5 có những đặc điểm gì và trong 2 phiên bản ra mắt thì nên mua PS5 bản nào nhé!"),
    (P8, "Cả hai phiên bản đều có cùng cấu hình, bao gồm bộ vi xử lý AMD Zen 2, card đồ họa AMD RDNA 2, 16GB RAM GDDR6, ổ cứng SSD NVMe 825GB và hỗ trợ độ phân giải 4K/60fps."),
    (P8, "Cả hai phiên bản đều đi kèm với tay cầm chơi game DualSense tích hợp tính năng rung và độ nhạy cảm tốt hơn so với bộ điều khiển DualShock 4 của PS4."),
    # afamily.vn, moiday.com, gianghipreviews.com, trungtamthuoc.com, benew.vn (sunscreen)
    (C1, "Với chiết xuất gạo lên men và men vi sinh - bộ đôi thành phần tự nhiên giàu dinh dưỡng, Beauty of Joseon Relief SPF 50 PA++++ không chỉ giúp da chống lại tác hại của tia UVA, UVB mà còn nuôi dưỡng làn da từ bên trong."),
    (C1, "Hiệu quả bảo vệ của sản phẩm được đánh giá cao nhờ chỉ số SPF50+ PA++++, đủ sức \"đỡ nắng\" cho da trong cả những ngày nắng gắt nhất, giúp giảm thiểu rõ rệt tình trạng sạm nám, xỉn màu hay lão hóa sớm."),
    (C2, "Lúc này, Altruist Dermatologist SPF 50 nổi lên như một sản phẩm \"quốc dân\" bởi các chỉ số chống nắng cao và giá cực hạt dẻ."),
    (C3, "Đây là một thương hiệu nổi tiếng của hãng mỹ phẩm cao cấp Shiseido."),
    (C3, "Kem chống nắng Anessa luôn được đánh giá cao bởi các chuyên gia và liên tiếp nhiều năm dành được danh hiệu kem chống nắng được yêu thích nhất của tạp chí Cosme."),
    (C3, "Kem chống nắng Anessa Perfect UV Sunscreen Skincare Milk có chỉ số chống nắng cao với SPF 50+; PA++++ giúp bảo vệ da bạn khỏi tác hại của tia UV."),
    (C3, "Đồng thời nó còn chống bụi mịn PM 2.5 và chống dính cát."),
    (C4, "Tia UV gồm có ba loại (UVA, UVB, UVC), tuy nhiên hai loại thường gặp nhất và gây hại nhất là UVA và UVB."),
    (C4, "Điều mà bạn cần quan tâm là cơ chế hoạt động, dạng bào chế, chỉ số SPF, PA… sẽ được trình bày cụ thể ở những phần tiếp theo."),
    (C5, "Tuy nhiên, không phải ai cũng hiểu đúng hoặc biết toàn bộ về chỉ số “SPF là gì?” và “PA là gì?” có trên kem chống nắng."),
    # kienthuc.net.vn (Honda Winner X, Yamaha Exciter, 2019)
    (M1, "Sau 14 năm có mặt tại thị trường Việt Nam, đối thủ của mẫu xe máy Honda Winner là Yamaha Exciter đã ghi dấu ấn với biệt danh “ông vua đường phố”."),
    (M1, "Sự thống trị của Exciter trong phân khúc Underbone được thể hiện bằng con số 1.000.000 xe bán ra (tính đến năm 2017)."),
    (M1, "Riêng phiên bản mới của chiếc Yamaha Exciter được ra mắt từ năm 2016 đến nay, đã có 277.000 chiếc được bàn giao tới tay khách hàng."),
    (M1, "Có vẻ phong cách thiết kế này cũng được HVN áp dụng trên phiên bản Honda Winner X mới, tuy nhiên sự thay đổi này liệu có sáng tạo?"),
    (M1, "Đầu xe Honda Winner X đã được làm mới hoàn toàn với phần yếm xe bề thế vạm vỡ, khác biệt so với Winner 150 trước đây."),
    (M1, "Cùng với đó là cụm đèn pha đôi, dạng LED, được đặt thấp có thiết kế tương tự các mẫu xe ga của Honda hiện tại."),
    # zshop.vn (Sony A6400)
    (K1, "Tầm ba năm sau khi giới thiệu A6300, Sony ra mắt người kế nhiệm của nó là A6400."),
    (K1, "Một đặc điểm không đổi khác là độ phân giải 24.2MP trên cảm biến APS-C Exmor (back-illuminated) CMOS."),
    (K1, "Cảm biến này kết hợp với bộ xử lý hình ảnh BIONZ X mang lại dãy ISO rộng hơn một chút là 100-32000 và mở rộng lên 102400, bên cạnh tốc độ chụp liên tiếp 11 fps."),
    (K1, "A6400 cũng là mẫu máy ảnh đầu tiên trang bị cái Sony gọi là công nghệ “nhận diện đối tượng dựa trên AI”."),
    (K1, "Xét về video, Sony A6400 có thể quay phim lên đến 4K (UHD) tốc độ 30 fps, xử lý điểm ảnh tối đa không binning."),
    # sohoa.vnexpress.net (Nikon mirrorless, 2018), 50mm.vn, congngheviet.com (camera sensors)
    (K2, "Một thành viên trên diễn đàn Dpreview vừa so sánh hình ảnh cảm biến máy mirrorless của Nikon lộ ít ngày trước bên cạnh một số cảm biến khác."),
    (K2, "Hệ số 2,7x hiện tại lớn hơn so với hệ số máy APS-C là 1,5x hoặc 1,6x hay 2,0x ở các máy Micro Four Third."),
    (K2, "Theo Petapixel, hệ số này có thể giúp Nikon sản xuất một mẫu máy ảnh thay ống kính đủ nhỏ nhưng vẫn cho chất lượng ảnh tốt."),
    (K3, "Tuy nhiên mới đây trang web Canon Rumors đã đăng tải bài viết với nội dung có vẻ không “thân thiện” lắm với các Canonian về vấn đề này."),
    (K3, "Cảm biến mà nguồn tin nói tới có tên IMX571 – loại cảm biến crop mới nhất của Sony, có độ phân giải lên tới 26mpx, khả năng truyền tải dữ liệu nhanh hơn các thế hệ hiện tại rất nhiều, cho tốc độ chụp liên tiếp tối đa đến 16 hình/giây."),
    (K3, "Đáng chú ý hơn, mẫu cảm biến này, theo một số nguồn tin cho hay đã được Fujifilm mua về và lắp lên chiếc X-T3 mới ra mắt cách đây chưa lâu."),
    (K3, "Xét trên tình hình ra mắt sản phẩm vào năm sau, khả năng rất cao Canon EOS 7D Mark III sẽ trang bị loại cảm biến này."),
    (K4, "Hiện nay có rất nhiều máy ảnh cảm biến nhỏ nhưng được hoàn thiện chất lượng với nhiều tính năng cao cấp, lấy ví dụ chiếc Canon R7 sở hữu màn trập cơ học 15 khung hình/giây, cảm biến 32MP và khả năng lấy nét tự động vượt trội."),
    (K4, "Đứng trước ý kiến này, trang PetaPixel đã chia sẻ bài đính chính đòi lại công bằng cho các máy ảnh cảm biến nhỏ."),
    # viettimes.vn (compact cameras, 2026-03)
    (K5, "Trong nhóm máy ảnh compact, Canon PowerShot G7 X Mark III là cái tên quen thuộc với người dùng yêu thích sự gọn nhẹ và linh hoạt."),
    (K5, "Máy sử dụng cảm biến stacked CMOS 1 inch 20.2 MP kết hợp bộ xử lý DIGIC 8."),
    (K5, "Ống kính zoom 24-120 mm f/1.8-2.8 hỗ trợ chụp liên tiếp 20fps và quay video 4K 30p không crop."),
    (K5, "Thân máy G7 X Mark III nặng 304g, trang bị màn hình LCD nghiêng lật, có thể livestream trực tiếp lên YouTube qua Wi-Fi."),
    (K5, "Máy hỗ trợ sạc qua USB và kết nối Bluetooth, phù hợp với nhu cầu di chuyển nhiều và sản xuất nội dung nhanh."),
    # kenh14.vn, 24h.com.vn, afamily.vn, gicungbiet.org (air purifiers, 2025-12)
    (A1, "Nhiều ngày liên tiếp, chỉ số AQI tại Hà Nội thường xuyên ở mức cam, đỏ, thậm chí tím; bụi mịn từ giao thông và xây dựng tồn tại quanh năm."),
    (A1, "Dưới đây, là những tư vấn của bác sĩ Nguyễn Huy Hoàng, thành viên Hội Y học dưới nước và Oxy cao áp Việt Nam về cách chọn máy lọc không khí."),
    (A1, "Ví dụ, phòng 40 m² với trần cao 2,7 m tương đương hơn 100 m³ không khí, máy lọc nên có CADR từ 400 m³/h trở lên để đảm bảo hiệu quả trong những ngày ô nhiễm cao."),
    (A1, "Chuẩn H13 là mức nên ưu tiên, tuy nhiên cần xem xét thêm độ dày màng, mật độ nếp gấp và độ kín khung."),
    (A1, "Thứ ba là các công nghệ chủ động như ion, Streamer, Nanoe hoặc UV."),
    (A2, "Chẳng hạn, một số mẫu máy lọc không khí của Sharp sử dụng công nghệ Plasmacluster Ion mật độ cao, có khả năng khử khuẩn và lọc các hạt bụi mịn kích thước nhỏ tới 0,3 µm (PM2.5, PM10), phù hợp với không gian lên đến 62m2."),
    (A2, "Xiaomi Mi Air Purifier 4 ở phân khúc tầm trung trang bị bộ lọc 3-trong-1, cảm biến thông minh và khả năng kết nối ứng dụng, phù hợp cho phòng diện tích khoảng 27m2."),
    (A2, "Dòng Coway sử dụng bộ lọc Green HEPA kết hợp ion âm và chức năng tạo ẩm, thích hợp cho phòng ngủ khoảng 33m2."),
    (A2, "Ở phân khúc cao hơn, sản phẩm của Philips dùng công nghệ Aerasense Sensor có thể phát hiện tác nhân gây dị ứng và làm sạch không gian lên đến 79m2."),
    (A3, "Dự báo ngày mai tình trạng tiếp tục kém đến xấu, riêng Hà Nội hiện rất xấu với AQI 201; Ninh Bình, Hưng Yên, Thái Nguyên ở mức xấu (AQI 152–182), Hải Phòng và Phú Thọ ở mức kém."),
    (A4, "Trong những năm gần đây, chất lượng không khí tại các đô thị lớn như Hà Nội hay TP.HCM đã trở thành một vấn đề đáng báo động."),
    (A4, "Các số liệu thống kê cho thấy nồng độ bụi mịn PM2.5 thường xuyên vượt ngưỡng cho phép, đe dọa trực tiếp đến sức khỏe cộng đồng."),
    (A4, "Không chỉ ngoài trời, không khí trong nhà cũng không hề an toàn hơn khi ẩn chứa vô vàn tác nhân gây hại như bụi bẩn, phấn hoa, lông thú cưng, bào tử nấm mốc, khói thuốc, hóa chất từ đồ nội thất (VOCs) và cả vi khuẩn, virus."),
    # laodongthudo.vn (water purifiers)
    (A5, "Theo người bán ở cửa hàng trên đường Tân Kỳ Tân Quý (Q.Bình Tân), máy lọc Nano của Nga rất được ưa chuộng nhờ thiết kế nhỏ gọn, công suất lọc 50 lít/giờ, giá 2.800.000 - 3.000.000đ."),
    # mix166.vn, techsolution.vn, kienthuc.net.vn, hifivietnam.vn, tintucaudio.com, careerviet.vn (wireless earphones)
    (E1, "Vậy còn cặp tai nghe không dây cao cấp của họ hiện nay là AirPods Pro thì sao, sản phẩm này có khá nhiều công nghệ mới đó, nhưng liệu có thể ‘sánh vai’ được với một cặp tai nghe rất đáng gờm là Sony WF-1000xm3 hay không?"),
    (E1, "AirPods Pro được Apple tặng kèm một sợi dây Lightning – hiện là một chuẩn riêng của hãng này được sử dụng trên các dòng iPhone."),
    (E1, "Hộp sạc của AirPods Pro nhất nhỏ nhắn, nhỏ hơn rất nhiều so với đối thủ đến từ Sony."),
    (E2, "Trải qua sau 3 đời AirPods thường, Apple cho ra mắt phiên bản Pro vào năm 2019 với khả năng chống ồn chủ động (ANC)."),
    (E2, "Nhưng nhìn nhận công bằng, AirPods Pro 2 vẫn có một vài thứ gì đó thiếu vắng và nó làm cho trải nghiệm chưa được vẹn toàn."),
    (E2, "Nếu như các hãng khác đã có tính năng chống ồn thích ứng tùy theo môi trường thì Apple AirPods 2 chỉ dừng ở mức Chống ồn hoàn toàn hoặc Xuyên âm."),
    (E3, "Đa phần những hãng tai nghe không dây khác trên thị trường đều đang tiến tới sử dụng chuẩn sạc USB Type-C, nên ta có thể nhanh chóng sử dụng dây sạc của smartphone để sạc chúng."),
    (E3, "Còn riêng Apple AirPods Pro, ta không bất ngờ khi hãng vẫn đang sử dụng dây Lightning mà chỉ những người dùng iPhone mới có (iPad Pro thế hệ mới nhất cũng đã chuyển qua USB Type-C)."),
    (E4, "Khi mua sắm các tai nghe Bluetooth thì thông thường các bạn sẽ thấy Vx.x hoặc version, nói chung đây là phiên bản của Bluetooth và thông thường các tai nghe hiện tại đều hỗ trợ: Bluetooth v4.1, v4.2 hoặc phiên bản mới hoàn toàn v5.0."),
    (E5, "Thành công của AirPods là không cần phải bàn cãi: một nghiên cứu do Counterpoint thực hiện cho biết mẫu tai nghe này đã giúp Apple chiếm tới 60% thị phần tai nghe True Wireless."),
    (E5, "Có lẽ bởi vậy mà AirPods 2019 không mang đến thay đổi đáng kể nào về mặt thiết kế cả."),
    (E6, "Trong sự kiện iPhone 15, Apple đã thông báo rằng AirPods Pro 2 sẽ có phiên bản kèm hộp đựng USB-C, nhưng hóa ra công ty đã âm thầm thực hiện những nâng cấp khác ngoài việc hoán đổi cổng sạc của hộp đựng."),
    # dantri.com.vn (Roomba robot vacuums, 2019)
    (R1, "Trong số đó, robot dọn phòng Roomba của hãng iRobot (Mỹ) là một trong sự lựa chọn phổ biến nhất tại thời điểm hiện nay, bên cạnh các robot đến từ Nhật, Trung Quốc,..."),
    (R1, "Hiện các robot Roomba chưa được bán chính thức ở Việt Nam, mà chỉ được phân phối dưới dạng xách tay trực tiếp từ Mỹ, hoặc các thị trường lân cận."),
    (R1, "Mức giá của một con robot Roomba dao động thấp nhất từ 6-7 triệu đồng cho tới hơn hàng chục triệu, tuỳ mẫu mã."),
    (R1, "Dưới đây là một vài nhược điểm và cách khắc phục của một số dòng robot Roomba phổ biến trên thị trường với giá thành hợp lý và công năng phù hợp với đông đảo người dùng như Roomba 860, 870,..."),
]

# (unique substring of the sentence, the syllable replaced, the token, the place), chosen by hand before any run.
SPAM = [
    # start: the sentence's first syllable
    ("Bất chấp việc", "Bất", "KoiGlobal", "start"),
    ("Dạo một vòng", "Dạo", "eyzcy", "start"),
    ("Ra mắt toàn cầu ngày 19/11", "Ra", "Cfcash", "start"),
    ("Chỉ trong vòng vài phút", "Chỉ", "mcprimetrusted.com", "start"),
    ("Còn trên eBay", "Còn", "Vuabai88", "start"),
    ("So với Xbox", "So", "shl2zt", "start"),
    ("Theo VGC", "Theo", "KAYPLE", "start"),
    ("Thậm chí, một số dự đoán", "Thậm", "Flydong", "start"),
    ("Nhiều người dự đoán giá bán", "Nhiều", "7monied", "start"),
    ("Kích thước 298", "Kích", "CashBackPro", "start"),
    ("đều có cùng cấu hình", "Cả", "knotmonkey.com", "start"),
    ("Tia UV gồm có ba loại", "Tia", "Hotdong", "start"),
    ("Đây là một thương hiệu", "Đây", "SOCVIP", "start"),
    ("Thân máy G7 X Mark III", "Thân", "huigu", "start"),
    # name: a syllable of a Vietnamese person, place, country or company name
    ("Sau 14 năm có mặt", "Việt", "Gemholic.world", "name"),
    ("Tại Việt Nam, một số cửa hàng", "Nam", "rvumprt", "name"),
    ("Có mặt ở Việt Nam từ khoảng", "Việt", "Senmo", "name"),
    ("Sau hơn 3 tuần", "Nam", "FXTradingmarkets", "name"),
    ("Dự báo ngày mai", "Hưng", "xswwl", "name"),
    ("Nhiều ngày liên tiếp, chỉ số AQI", "Nội", "Gola", "name"),
    ("Tân Kỳ Tân Quý", "Quý", "MatrixChain", "name"),
    ("Hiện các robot Roomba chưa", "Việt", "vccfxknos", "name"),
    ("Cụ thể, hãng Nhật Bản", "Nhật", "Cozmo", "name"),
    ("Còn ở Nhật Bản", "Bản", "thomo88", "name"),
    ("Trong số đó, robot dọn phòng", "Quốc", "veezmii4r", "name"),
    ("bác sĩ Nguyễn Huy Hoàng", "Huy", "VayVND", "name"),
    ("Cụ thể vào ngày 19/3", "Việt", "WorldMall.app", "name"),
    ("Nội Thất Chợ Lớn", "Lớn", "sqysdy", "name"),
    # function words
    ("Mặc dù đã ra mắt được vài tháng", "trong", "MaxxGroup", "function"),
    ("Ngoài ra, Nintendo Switch cũng hỗ trợ", "từ", "htiwl", "function"),
    ("Theo báo cáo từ Bloomberg", "từ", "VTDong", "function"),
    ("Một số người dự đoán Nintendo", "trong", "NagaKingdom", "function"),
    ("Với chiết xuất gạo", "của", "zvdnre", "function"),
    ("Tầm ba năm sau", "của", "AnVay", "function"),
    ("Cảm biến này kết hợp với", "với", "MoXiaomi", "function"),
    ("Dòng Coway sử dụng", "cho", "hfdx7frsw", "function"),
    ("The Verge cho biết", "trong", "Dongplus", "function"),
    ("Ví dụ, phòng 40", "với", "AutoAds", "function"),
    ("Hộp sạc của AirPods Pro", "của", "soq3brq", "function"),
    ("Theo dự đoán, PlayStation 4", "từ", "Robocash", "function"),
    ("Kem chống nắng Anessa Perfect", "với", "kofqthh", "function"),
    ("đều đi kèm với tay cầm", "với", "r383", "function"),
    ("trang web Canon Rumors", "với", "Vcash", "function"),
    # inner: a syllable inside a compound
    ("Nintendo Switch ra mắt lần đầu", "chóng", "MyAladdinz", "inner"),
    ("Nintendo Switch 2 vẫn trung thành", "trưng", "nhwvy", "inner"),
    ("Hiệu quả bảo vệ của sản phẩm", "rệt", "Luvay", "inner"),
    ("Altruist Dermatologist SPF 50", "dẻ", "Pincoin", "inner"),
    ("Kem chống nắng Anessa luôn", "hiệu", "fzuke", "inner"),
    ("Đồng thời nó còn chống bụi mịn", "mịn", "MoneyCat", "inner"),
    ("Sự thống trị của Exciter", "khúc", "SkyMining", "inner"),
    ("Đầu xe Honda Winner X", "vỡ", "vuc0yxv", "inner"),
    ("Một thành viên trên diễn đàn", "đàn", "Doctordong", "inner"),
    ("Đứng trước ý kiến này", "chính", "Bianayr", "inner"),
    ("Chuẩn H13 là mức nên ưu tiên", "tiên", "ginkitgr", "inner"),
    ("Xiaomi Mi Air Purifier 4", "minh", "OpenVay", "inner"),
    ("Trải qua sau 3 đời AirPods", "động", "Bitconnect", "inner"),
    ("robot Roomba dao động", "động", "zbi0qmq0v", "inner"),
    # end: the sentence's last syllable, before its final punctuation
    ("Nếu muốn mức giá mềm hơn", "ro", "Vay365", "end"),
    ("Ở phía bên kia, Steam Deck", "động", "Appvay", "end"),
    ("không phải ai cũng hiểu đúng", "nắng", "igarayart.com", "end"),
    ("Điều mà bạn cần quan tâm", "theo", "Vvay", "end"),
    ("Cùng với đó là cụm đèn pha đôi", "tại", "TienNhanh", "end"),
    ("Trong nhóm máy ảnh compact", "hoạt", "Bounty6", "end"),
    ("Riêng phiên bản mới của chiếc Yamaha", "hàng", "zohtxh4ll", "end"),
    ("Theo Petapixel", "tốt", "Tamago", "end"),
    ("Xét trên tình hình ra mắt", "này", "10lodetin", "end"),
    ("Đáng chú ý hơn, mẫu cảm biến", "lâu", "VNDT", "end"),
    ("Máy hỗ trợ sạc qua USB", "nhanh", "nohuclub", "end"),
    ("Có lẽ bởi vậy mà AirPods 2019", "cả", "destinouk.com", "end"),
    ("Đa phần những hãng tai nghe", "chúng", "top3nhacai", "end"),
    ("Nếu như các hãng khác", "âm", "vccr3k", "end"),
    ("Đến năm 2025, Nintendo", "hãng", "mcv5hm", "end"),
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

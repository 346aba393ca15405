"""Build ``benchmarks/data/langfresh36/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata36.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh36.py``. Same format as langfresh14-35
(``benchmarks/langid.py --data benchmarks/data/langfresh36 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 36) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-35, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-05) on laptops (ASUS, Lenovo ThinkPad, Dell XPS, HP Spectre, Windows 8
  hybrids), inverter air conditioners, pickleball's PPA Tour Asia in Vietnam, Samsung's Galaxy S23/S24 phones, BYD's
  electric and plug-in hybrid cars and Epson's inkjet printers, each holding real Latin tokens a spam detector could
  take for a pasted token: model and product names (ThinkPad X9 14 Aura Edition, XPS 13 2-in-1 7390, Spectre x360
  13t, IdeaPad Yoga, Duo 11, Galaxy S24 Ultra, Dolphin, Seal 5, ChinaJoy 2021), chip and part codes (Core i5 3317u,
  i7-1065G7, LPDDR4X/3733, Snapdragon 8 Gen 3, Xclipse 940, Cortex-X4, N4P, ISOCELL HP2, A17 Bionic), units glued to
  numbers (32GB, 200MP, 15.000BTU, 10nm, 1.5L, 4K), abbreviations (ULV, CPU, RAM, ROM, IPS, AMOLED, AC, DC, PHEV,
  PPA, UPA, VĐV, AAC, DPF, MLP, TSMC, TCL), glued and camel-case names (PerseusV, OneUI, Copilot+, macOS, LPP+,
  Health+, Non-Inverter, e-platform, Mazda2) and English loans and names (laptop, tablet, inverter, hatchback, sedan,
  plug-in hybrid, clinic, Singles, Doubles, hat-trick, Ben Johns, Anna Leigh Waters, The Register).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (Sa Pa's rice terraces, Cát Bà and
  vịnh Lan Hạ, thác Bản Giốc, Mũi Né, Quy Nhơn and the miếu Bà Chúa Xứ at núi Sam), one syllable replaced by one
  token (its first whole-word occurrence; columns: split, spam text, token, original word, original sentence,
  place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number`` (as
  langfresh22-35). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-35 for theirs): the USOM (Turkish national CERT) malicious-URL list as mirrored by
elliotwutingfeng/USOM-Blocklists (illegal betting sites, raffle and "spin the wheel" scams, fake investment and crypto
sites); written as spam writes them: 16 full domains, 13 letter-digit codes, 15 CamelCase names, 13 bare lower-case
names, 6 digit-led names, 15 hyphenated names (2 with their domain). None is an earlier set's token, in
spam_brands.txt or the held-out stems, or a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables included),
none holds a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters or more, and none is held
by one (all checked before any run). ``deal`` orders each shape's tokens with the seed and deals them round the six
places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh36"
SEED = 36
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
L1 = "https://vietgiaitri.com/top-11-thuong-hieu-may-tinh-hang-dau-the-gioi-nam-2020-20200927i5256473"
L2 = "https://mayepcamnoi.com/10-dieu-can-can-nhac-khi-mua-laptop-moi-surfaceprovn-1658862874"
L3 = "https://m.xahoi.com.vn/cach-chon-mua-laptop-windows-8-122277.amp"
L4 = "https://nghenao.com/cach-tim-mua-may-laptop-moi-cu/"
L5 = "https://gigabit.vn/kien-thuc-co-ban-cho-nguoi-mua-laptop-lan-dau?view=amp"
L6 = "https://baonghean.vn/thinkpad-x9-14-laptop-ai-tot-nhung-bi-doi-thu-arm-vuot-mat-10310293.html"
L7 = "https://laptop2in1.com/blog/dell-xps-13-2-in-1-7390-va-hp-spectre-x360-13t"
K1 = "http://plo.vn/thi-truong-tieu-dung/mua-may-lanh-co-nhieu-tinh-nang-khong-can-thiet-lang-phi-129184.html"
K4 = "https://maydanhbongsan.net/may-lanh-nao-tiet-kiem-dien-nhat-2018"
K5 = "https://vinabrand.vn/may-lanh-inverter-la-gi-va-co-tiet-kiem-dien-that-khong-100-7803.html"
K6 = "http://plo.vn/kinh-te/quan-ly-kinh-te/san-pham-tiet-kiem-dien-da-co-cho-dung-169159.html"
P1 = "https://znews.vn/pickleball-the-gioi-hoi-tu-tai-da-nang-voi-ppa-tour-asia-vietnam-cup-post1585980.html"
P2 = ("https://phunuso.baophunuthudo.vn/top-tay-vot-pickleball-hang-dau-viet-nam-do-bo-ppa-malaysia-chua-bao-gio-gan-"
      "the-gioi-den-vay-193250702111535065.htm")
P3 = ("https://nld.com.vn/nhm-duoc-thu-vu-khi-moi-cua-ben-johns-minh-hang-chia-se-tung-anti-pickleball-"
      "196260304205432607.htm")
P4 = ("https://thanhnien.vn/xem-cac-tay-vot-pickleball-hang-dau-tranh-tai-o-ppa-tour-asia-vietnam-cup-2025-tren-kenh-"
      "nao-185250912183601291.htm")
P5 = "https://lifestyle.znews.vn/da-nang-dang-cai-to-chuc-giai-pickleball-lon-nhat-chau-a-post1582745.html"
P6 = ("https://thethao.sggp.org.vn/nhieu-van-dong-vien-hang-dau-the-gioi-tham-du-giai-pickleball-ppa-tour-asia-"
      "vietnam-cup-2025-post812463.html")
P7 = ("https://dantri.com.vn/the-thao/fpt-play-chieu-doc-quyen-3-giai-lon-trong-he-thong-ppa-pickleball-tour-asia-"
      "2025-20250820135917187.htm")
P8 = "https://vnexpress.net/nu-hoang-pickleball-du-ppa-tour-asia-o-ha-noi-5049625.html"
G1 = ("https://kienthuc.net.vn/khoa-hoc-cong-nghe/galaxy-s24-se-vuot-mat-iphone-15-pro-nho-vu-khi-bi-mat-nay-"
      "1808510.html")
G4 = "https://thanhnien.vn/samsung-day-manh-tri-tue-nhan-tao-vao-dong-galaxy-s24-185231010102958876.htm"
G5 = ("https://kienthuc.net.vn/khoa-hoc-cong-nghe/samsung-tham-vong-doat-ngoi-vi-dinh-cao-voi-sieu-pham-sap-ra-mat-"
      "1746688.html")
G6 = "http://thesamhouse.com/threads/galaxy-s24-ultra-se-mang-den-trai-nghiem-chup-anh-doc-dao.75899/"

E1 = "https://kienthuc.net.vn/o-to-xe-may/xe-hop-byd-dolphin-chay-dien-trung-quoc-chi-390-trieu-dong-1574527.html"
E2 = ("https://soha.vn/sap-ve-viet-nam-xe-to-hon-vios-an-xang-nhu-ngui-chi-38l-100km-co-the-cam-sac-di-120km-nhu-xe-"
      "dien-198250921202524315.htm")
E3 = "https://znews.vn/hatchback-dien-gia-re-cua-byd-can-moc-doanh-so-1-trieu-xe-post1608701.html"
E4 = "https://thanhnien.vn/epson-muon-khai-tu-dong-may-in-laser-post1526682.html"

CLEAN = [
    # laptops
    (L1, "Năm nay, trật tự top 11 thương hiệu laptop tốt nhất toàn cầu đã có sự thay đổi rõ rệt."),
    (L1, "Để đưa ra những đánh giá khách quan nhất, các biên tập viên của trang tin về máy tính xách tay – Laptop Mag đã đưa các thương hiệu hàng đầu vào cuộc kiểm tra hàng năm, đánh giá từng thương hiệu và các thiết bị (từ ngày 15/05/2019 – 15/05/2020)."),
    (L1, "Năm nay, Asus là thương hiệu tốt nhất."),
    (L1, "Ngoài ra, công ty còn cung cấp đa dạng các dòng máy tính xách tay, từ Chromebook đến laptop chơi game."),
    (L1, "Công ty hiện đang mong muốn ra đời các sản phẩm có màn hình kép và laptop chơi game có thể tháo rời siêu mạnh."),
    (L2, "Kích thước của laptop là một trong nhiều tiêu chí cần cân nhắc kỹ lưỡng do không thể nâng cấp được như RAM hay ROM."),
    (L2, "Tuy nhiên, điểm trừ thường thấy của các dòng máy nhỏ gọn là không hỗ trợ CPU Intel Core cao cấp hoặc card đồ họa rời."),
    (L3, "Windows 8 tạo cảm hứng cho thế hệ những mẫu laptop lai tablet như Lenovo IdeaPad Yoga và Dell XPS 12."),
    (L3, "Ví dụ, laptop lai tablet Sony Duo 11 cung cấp trải nghiệm tablet khá tốt, nhưng lại đi kèm bàn phím hơi nhỏ, điều này sẽ gây khó chịu cho những người phải soạn thảo nhiều."),
    (L3, "Ultrabook và các dòng laptop siêu di động thường sử dụng CPU điện áp cực thấp (ultra-low-voltage - ULV)."),
    (L3, "Vi xử lý ULV do Intel sản xuất thường có chữ cái “u” trong tên gọi, ví dụ như Core i5 3317u."),
    (L3, "Khi dùng laptop sử dụng loại chip này, bạn thường phải hi sinh hiệu suất CPU vì tốc độ xung nhịp của chip ULV không đặc biệt cao, những loại chip ULV được bán hiện nay cũng chỉ có 2 nhân xử lý."),
    (L4, "Các hãng máy tính như HP, Dell, Lenovo… thường chia máy tính ra thành hai dòng riêng biệt là business & consumer."),
    (L4, "Ví dụ Lenovo phân ra Thinkpad là dòng cho doanh nghiệp, Ideapad là dòng cho gia đình."),
    (L4, "Dell thì phân ra Inspiron là dành cho gia đình, dòng Vostro và Latitude là cho doanh nghiệp."),
    (L4, "HP thì Probook và Elitebook là cho doanh nghiệp, dòng HP hoặc Pavillion thì dành cho gia đình."),
    (L5, "Trong khi trong lịch sử sự lựa chọn này thường xoay quanh macOS của Apple hay Windows của Microsoft, Chrome OS của Google gần đây đã trở thành một lựa chọn thay thế đáp ứng cho những nhu cầu sử dụng với mức giá bình dân hơn."),
    (L5, "Trong khi macOS chỉ được cấp phép trên những máy tính của Apple (gọi chung là máy Mac), một số lượng phong phú các máy tính có thể chạy Windows, còn Chrome OS phổ biến nhất trên các laptop giá rẻ."),
    (L6, "Lenovo ThinkPad X9 14 Aura Edition là một chiếc laptop doanh nhân được định vị là PC Copilot+, trang bị CPU Intel Core Ultra."),
    (L6, "ThinkPad X9 14 vẫn giữ lại nét thẩm mỹ đặc trưng của dòng ThinkPad nhưng được tinh chỉnh hiện đại hơn."),
    (L6, "Máy có trọng lượng khoảng 1.36 kg (3 lbs), nhẹ và chắc chắn."),
    (L6, "Bàn phím của ThinkPad X9 14 tiếp tục là một điểm sáng, mang lại cảm giác gõ phím nảy, thoải mái và chính xác."),
    (L7, "Dell XPS 13 2-in-1 7390 và HP Spectre x360 13t thế hệ thứ 5 thể hiện rõ sự cạnh tranh khốc liệt giữa hai thương hiệu PC hàng đầu nước Mỹ."),
    (L7, "Cả hai đều dựa trên bộ vi xử lý Intel Core i7-1065G7 thế hệ thứ 10, tiến trình 10nm."),
    (L7, "Bộ nhớ RAM cũng giống nhau, đều sử dụng LPDDR4X/3733."),
    (L7, "Tuy nhiên, Dell lại có lợi thế với tùy chọn RAM tối đa lên đến 32GB LPDDR4X, cao hơn so với HP."),
    (L7, "Cả hai đều có tùy chọn màn hình 4K, vì vậy đây là một điểm hòa."),
    (L7, "Tuy nhiên, công nghệ màn hình lại khác biệt: Dell XPS 13 2-in-1 sử dụng công nghệ IPS, trong khi HP Spectre x360 13t lại trang bị màn hình AMOLED."),
    (L7, "Nếu bạn chưa từng nghe về Kioxia, đây thực ra là tên mới của Toshiba."),
    # inverter air conditioners
    (K1, "Ngoài ra, trên thị trường còn có các loại máy lạnh xuất xứ từ Trung Quốc như Midea, TCL, Gree... có giá chỉ bằng 70 – 80% so với các thương hiệu trên với chất lượng cũng chấp nhận được."),
    (K1, "Do giá điện hiện ngày càng tăng, nên tiêu chí tiết kiệm điện được các hãng sản xuất đặt lên hàng đầu, với các sản phẩm máy lạnh có sử dụng công nghệ inverter như Panasonic với dòng máy inverter Econavi, LG với dòng sản phẩm Health+ inverter, Samsung với Virus Doctor..."),
    (K4, "Đây là thời điểm mà công nghệ Inverter đã trở nên phổ biến hơn đáng kể, không còn chỉ là sản phẩm cao cấp mà bắt đầu len lỏi vào phân khúc tầm trung."),
    (K4, "Sự bùng nổ của các dòng máy Inverter mang lại lời hứa về khả năng tiết kiệm điện vượt trội so với các dòng máy Non-Inverter truyền thống."),
    (K5, "Máy lạnh inverter là loại máy lạnh sử dụng máy nén biến tần (inverter compressor) để điều chỉnh công suất làm lạnh tùy theo nhiệt độ thực tế trong phòng, thay vì hoạt động ở mức công suất cố định như máy lạnh thường."),
    (K5, "Về bản chất, “inverter” là một bo mạch điện tử có khả năng chuyển đổi dòng điện xoay chiều (AC) thành dòng điện một chiều (DC), sau đó tái chuyển đổi về AC với tần số thay đổi, giúp kiểm soát tốc độ động cơ."),
    (K6, "Từ đầu năm nay, các nhà sản xuất trong và ngoài nước như Panasonic, Daikin, Sanyo, Samsung, Hitachi… đã quan tâm đến nhóm sản phẩm máy lạnh dùng công nghệ biến tần (inverter)."),
    (K6, "Theo thống kê, từ đầu năm đến đầu tháng 8, thị trường Việt Nam tiêu thụ 546.654 chiếc máy lạnh, trong đó có khoảng 85% là dòng sản phẩm có công suất từ 9.000 – 15.000BTU."),
    (K6, "Tại siêu thị điện máy Wonder Buy (TP.HCM), tỷ lệ máy lạnh có inverter khoảng 35%, tại Best Carings (TP.HCM) tỷ lệ này là 60%."),
    (K6, "Nhóm hàng tủ lạnh (kể cả tủ cấp đông, tủ đá) cũng đã có dòng máy lạnh inverter, chủ yếu là loại có dung tích từ 350 lít trở lên, theo các chuyên gia, nhóm tủ lạnh công suất lớn tiêu hao năng lượng nhiều hơn."),
    # pickleball: PPA Tour Asia in Vietnam
    (P1, "Hơn 120 tay vợt chuyên nghiệp cùng hơn 1.000 VĐV phong trào trong và ngoài nước sẽ góp mặt tại PPA Tour Asia - Vietnam Cup 2025, sự kiện diễn ra tại Đà Nẵng từ ngày 30/9 đến 4/10."),
    (P1, "Giải đấu quy tụ nhiều ngôi sao hàng đầu thế giới như “G.O.A.T” Ben Johns, Federico Staksrud, Anna Bright, Tyson McGuffin, Tyra Hurricane Black, Zoey Chao Yi Wang, Kaitlyn Christian và Alix Truong."),
    (P1, "PPA Tour Asia do UPA Asia điều hành, khởi động từ đầu tháng 7 và đã đi qua các chặng Malaysia, Hong Kong, Fukuoka (Nhật Bản) và TP.HCM."),
    (P1, "Vietnam Cup 2025 là chặng đấu ở cấp độ Cup, được xem như điểm nhấn quan trọng trong hành trình tìm kiếm ngôi vương châu lục."),
    (P1, "Bên cạnh chuyên môn, ban tổ chức cũng chú trọng các hoạt động cộng đồng như clinic tập luyện, giao lưu cùng tuyển thủ quốc tế và chương trình trải nghiệm dành cho người hâm mộ pickleball tại Việt Nam."),
    (P1, "Toàn bộ giải sẽ được phát sóng trực tiếp và độc quyền trên FPT Play."),
    (P2, "10 tay vợt Pickleball top đầu của Việt Nam đã có mặt tại Kuala Lumpur, sẵn sàng bước vào Panas Malaysia Open 2025 - giải đấu thuộc hệ thống PPA Tour danh giá."),
    (P2, "Panas Malaysia Open 2025 là giải đấu đầu tiên của PPA Tour được tổ chức tại châu Á, diễn ra từ ngày 3/7 tại Kuala Lumpur."),
    (P2, "Đoàn Việt Nam tham dự giải lần này quy tụ những cái tên đình đám nhất của làng Pickleball nước nhà."),
    (P2, "Các cái tên đáng chú ý thi đấu ở nội dung chuyên nghiệp gồm: Trịnh Linh Giang, Lý Hoàng Nam, Trương Vinh Hiển, Thắng \"bò\", Huỳnh Chí Khương, Ken Tâm, Sophia Phương Anh, Sophia Huỳnh."),
    (P3, "Trong dòng thời gian của pickleball Việt Nam, PPA Tour Asia sẽ khởi động tại Hà Nội với sự tham gia của các tên tuổi thế giới từ ngày 1-4."),
    (P3, "Theo danh sách từ PPA Tour 2026, tay vợt số 1 thế giới sẽ dẫn đầu dàn sao quốc tế đến Hà Nội, bên cạnh những Gabriel Tardio, Hayden Patriquin, Federico Staksrud, Anna Bright hay Dylan Frazier."),
    (P3, "Với hơn 180 danh hiệu đôi nam và đôi nam nữ, Ben vẫn là tâm điểm lớn nhất của giải."),
    (P3, "Sự hiện diện của anh được xem như cú hích chuyên môn cho các tay vợt chủ nhà, đồng thời thu hút lượng đăng ký kỷ lục hơn 665 VĐV ở cả hệ chuyên nghiệp lẫn phong trào đến với giải đấu cấp độ 1.000 của PPA Tour, với tổng thưởng gần 300.000 USD."),
    (P3, "Đáng chú ý, Ben sẽ thi đấu với cây vợt đỏ PerseusV thế hệ mới của Joola vừa ra mắt."),
    (P3, "Dòng sản phẩm này cũng đã cho người chơi trải nghiệm sớm tại sự kiện Energy Unlocked ở sân Banger, thi đấu theo thể thức MLP sôi động trong ngày 4-3."),
    (P4, "PPA Tour Asia là phiên bản châu Á của PPA Tour, một trong những sân chơi đẳng cấp và kịch tính nhất thế giới thuộc hệ thống giải đấu chuyên nghiệp của môn pickleball."),
    (P4, "Giải đấu do Công ty TNHH Liên kết America & Asia (AAC), Liên đoàn Pickleball TP.HCM (DPF), và FPT Play phối hợp cùng UPA Asia tổ chức, với tổng giá trị giải thưởng lên đến 150.000 USD."),
    (P4, "Vietnam Cup 2025 dự kiến quy tụ hơn 120 vận động viên chuyên nghiệp và 1.000 vận động viên phong trào trong và ngoài nước, tranh tài ở các nội dung đơn (Singles) và đôi (Doubles)."),
    (P5, "Ngôi sao pickleball Ben Johns sẽ tới Đà Nẵng (Việt Nam) vào cuối tháng 9."),
    (P5, "PPA Tour (Professional Pickleball Association Tour) là hệ thống giải đấu Pickleball chuyên nghiệp hàng đầu thế giới, quy tụ những vận động viên xuất sắc từ khắp nơi trên thế giới."),
    (P5, "Đây là sân chơi mang tính cạnh tranh cao nhất của bộ môn Pickleball, tương đương với ATP Tour trong quần vợt hay PGA Tour trong golf."),
    (P6, "Theo Ban tổ chức, đây là lần đầu tiên PPA Tour Asia-Vietnam Cup diễn ra tại TP Đà Nẵng, thu hút hơn 120 VĐV Pro và 1.000 VĐV Amateur của Việt Nam và thế giới sẽ tham gia tranh tài."),
    (P7, "Sau nhiều năm diễn ra chủ yếu tại Mỹ, hệ thống giải PPA Tour sẽ mở rộng sang thị trường châu Á với tên gọi PPA Tour Asia."),
    (P7, "Hệ thống PPA Tour Asia 2025 bao gồm các giải đấu thuộc ba cấp độ: Slam, Cup và Open."),
    (P7, "Điểm tích lũy và tổng giá trị giải thưởng ở mỗi cấp độ cũng dao động từ 50.000 USD - 1.000 điểm đến 1 triệu USD - 2.000 điểm."),
    (P7, "PPA Tour Asia 2025 đã khởi động từ đầu tháng 7 với chặng đầu tiên tại Kuala Lumpur (Malaysia)."),
    (P7, "Chuỗi giải đấu này dự kiến quy tụ nhiều tay vợt mạnh, đáng chú ý như Trịnh Linh Giang, Wong Hong Kit, Yufei Long và Nicola Schoeman…"),
    (P8, "Tay vợt nữ số một thế giới Anna Leigh Waters lựa chọn Việt Nam cho màn ra mắt quốc tế, khi dự PPA Tour châu Á - Hanoi Cup từ 1 đến 5/4."),
    (P8, "Waters đã giành 181 danh hiệu PPA, trong đó có tới 41 lần lập \"hat-trick\" vô địch đơn, đôi nữ và đôi nam nữ ở cùng một giải."),
    (P8, "Waters đã vô địch 22 giải PPA liên tiếp ở nội dung đơn nữ và toàn thắng 49 trận chung kết từ năm 2022."),
    (P8, "Tại Hanoi Cup, Waters sẽ thi đấu đôi nữ cùng Anna Bright và đôi nam nữ cùng Ben Johns, tay vợt nam số 1 thế giới và cũng là một huyền thoại pickleball."),
        # Samsung Galaxy S23 and S24
    (G1, "Trong đấy, Galaxy S Series có lẽ được nhiều người dùng tin tưởng và đón chờ nhất."),
    (G1, "Theo đó, Samsung sẽ trang bị riêng cho Galaxy S24 chip Snapdragon 8 Gen 3, một \"vũ khí bí mật\" giúp vượt mặt iPhone 15 Pro từ đối thủ Apple."),
    (G1, "Nguồn tin tuyên bố rằng SoC mới sẽ mang lại hiệu suất lõi đơn lên đến 2.000 điểm, vượt mặt A17 Bionic."),
    (G1, "Mặc dù vậy, nó được cho là tiết kiệm điện hơn 20% so với Snapdragon 8 Gen 2 nhờ quy trình N4P của TSMC."),
    (G4, "Phiên bản này cũng được trang bị hệ điều hành OneUI 6.1 cùng trợ lý ảo Bixby được cải tiến vượt bậc, đây sẽ là \"bản cập nhật AI lớn nhất trong lịch sử\", theo Gsmarena."),
    (G4, "Dự kiến, điện thoại thông minh Galaxy S24 sẽ có GPU Xclipse 940 mới."),
    (G4, "Con chip này có thể được xây dựng trên quy trình LPP+ 4 nm mới và có CPU 10 nhân, trong đó lõi chính Cortex-X4 có tốc độ 3,1 GHz."),
    (G4, "Nguồn thông tin rò rỉ cho thấy tất cả model có thể bắt đầu với RAM 12 GB và bộ nhớ trong 256 GB."),
    (G4, "Thậm chí có thể có một biến thể bộ nhớ RAM 16 GB cho bản Ultra."),
    (G5, "Theo Ice Universe, Samsung đang ấp ủ kế hoạch trở lại thời đỉnh cao với Galaxy S23 Ultra - có thể là chiếc điện thoại cao cấp tốt nhất của mình vào năm sau."),
    (G5, "Điều đó có nghĩa là Galaxy S23 Ultra sẽ được cung cấp sức mạnh đến từ bộ xử lý Snapdragon 8 Gen 2."),
    (G6, "Camera chính 200MP có thể là cảm biến ISOCELL HP2 giống như trên Galaxy S23 Ultra."),
    (G6, "Camera tele 50MP là một nâng cấp lớn so với camera tele 10MP của Galaxy S23 Ultra."),
    (G6, "Ở mặt trước, Galaxy S24 Ultra được cho là sẽ có camera selfie 12MP giống như trên Galaxy S23."),
    # BYD's electric and plug-in hybrid cars
    (E1, "BYD Dolphin 2021 mới là mẫu xe hatchback chạy điện cỡ C hoàn toàn mới, dự định sẽ được bày bán trên thị trường toàn cầu, bao gồm cả châu Âu."),
    (E1, "Nhắm đến giới trẻ đam mê công nghệ, BYD Dolphin đã chính thức trình làng trong triển lãm game lớn nhất Trung Quốc ChinaJoy 2021 vừa qua."),
    (E1, "Dolphin là mẫu xe BYD đầu tiên được phát triển dựa trên cơ sở gầm bệ \"e-platform 3.0\" mới, dành riêng cho ôtô điện."),
    (E1, "Đây là ngôn ngữ do giám đốc thiết kế Wolfgang Egger của hãng BYD phát triển."),
    (E1, "Khi có mặt trên thị trường, BYD Dolphin sẽ có 2 phiên bản với thiết kế khác nhau, bao gồm Dynamic và Neat."),
    (E2, "BYD cho biết hãng chuẩn bị đưa mẫu sedan lai điện sạc ngoài (plug-in hybrid) BYD Seal 5 về Việt Nam."),
    (E2, "Với các thông số này, Seal 5 lớn hơn những mẫu sedan hạng B phổ biến tại Việt Nam như Toyota Vios, Mazda2 hay Hyundai Accent."),
    (E2, "Điểm nổi bật nhất trên BYD Seal 5 là hệ truyền động plug-in hybrid (PHEV)."),
    (E2, "Xe được trang bị động cơ xăng 1.5L kết hợp với mô-tơ điện và bộ pin, cho phép hoạt động ở nhiều chế độ khác nhau: chạy điện hoàn toàn, chạy kết hợp hoặc chỉ chạy bằng động cơ xăng."),
    (E2, "Theo công bố, mức tiêu hao nhiên liệu chỉ khoảng 3,8 lít/100 km trong điều kiện hỗn hợp."),
    (E3, "Mẫu hatchback điện giá rẻ BYD Dolphin là cái tên tiếp theo của nhà sản xuất ôtô Trung Quốc có thể chinh phục cột mốc doanh số 1 triệu chiếc."),
    (E3, "BYD Dolphin là mẫu xe đầu tiên thuộc dòng Ocean khá thành công của BYD."),
    # Epson's inkjet printers
    (E4, "Theo The Register, Epson cho rằng máy in phun có tiềm năng lớn hơn so với máy in laser để tạo ra những tiến bộ có ý nghĩa khi nói đến môi trường."),
    (E4, "Trong thực tế, Epson đã tạm dừng bán máy in laser ở nhiều thị trường, nhưng vẫn tiếp tục ở châu Á và châu Âu."),
    (E4, "Trước đó, trong một bài đăng trên blog của Epson vào năm 2019, công ty tuyên bố máy in phun của họ tiêu thụ năng lượng ít hơn 85% so với máy in laser tốc độ tương tự."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (running Vietnamese text, no Latin token of their own).
A1 = "https://daidoanket.vn/sa-pa-mua-vang-10084935.html"
A2 = "https://vnexpress.net/48-gio-ngam-mua-vang-o-sa-pa-4935194.html"
A3 = "https://vietbao.vn/top-3-dia-diem-du-lich-o-mien-bac-thu-hut-du-khach-dip-nghi-le-2-9-558050.html"
A4 = "https://m.tinnhanhchungkhoan.vn/sa-pa-mua-lua-chin-ruc-ro-tua-buc-hoa-co-tich-ngay-truoc-le-29-post375336.amp"
C1 = "https://vnexpress.net/vinh-lan-ha/tag-230454-1.html"
C2 = "http://didulich.net/tai-viet-nam/hai-phong-mong-mo-lan-ha-26944"
C3 = "https://baocantho.com.vn/vinh-lan-ha-nang-tho-dat-cang-a117933.html"
C4 = "http://didulich.net/kinh-nghiem-du-lich/kinh-nghiem-du-lich-cat-ba-hai-phong-23953"
C5 = "https://vietgiaitri.com/cat-ba-dao-ngoc-cua-vung-bac-bo-20240404i7132600"
C6 = "https://focusasiatravel.vn/kham-pha-cat-ba-tuoi-dep-o-hai-phong/"
B1 = "https://baomoi.net.vn/tuyet-tac-thien-nhien-noi-vien-ngoc-xanh-dong-bac-c51831764.epi"
B2 = "https://kiemsatcaobang.vn/index.php/Van-hoa-xa-hoi/Cao-Bang-non-nuoc-huu-tinh-617.html"
B3 = "https://baogialai.com.vn/chiem-nguong-ve-dep-tu-nhien-tai-thac-ban-gioc-va-dong-nguom-ngao-post118568.html"
B4 = "https://tonvinhvanhoadoc.net/lung-linh-ban-gioc-huyen-bi-nguom-ngao"
B5 = "https://vietnamdiemhen.com/non-nuoc-cao-bang-diem-hen-mua-thu.html"
B6 = "https://vietgiaitri.com/dam-say-ban-gioc-nguom-ngao-20240815i7241578"
M1 = "https://baobinhthuan.com.vn/print/111612.html"
M2 = "https://toplist.vn/top/mui-ne-300016.htm"
M3 = "https://vietgiaitri.com/choang-ngop-doi-cat-bien-hinh-lien-tuc-ky-la-nhat-viet-nam-20210809i5945907"
Q1 = "https://vnexpress.net/3-ngay-kham-pha-quy-nhon-4105492.html"
Q2 = "https://vietnam.com/vi/mien-trung-viet-nam/thanh-pho/quy-nhon.html"
Q3 = ("http://www.vndulich.com/thông-tin-du-lịch/du-lịch-theo-tỉnh-thành-phố-việt-nam/bình-định/"
      "điểm-tham-quan-tại-bình-định")
Q4 = "https://otofun.net/threads/bong-dung-xuyen-viet.92344/page-3"
Q5 = "https://cachhaynhat.com/post/du-lich-quy-nhon-binh-dinh"
H1 = "https://heritagevietnamairlines.com/le-hoi-ba-chua-xu/"
H2 = "https://vietbooks.info/threads/bi-an-ve-ba-chua-xu-nui-sam-nxb-an-giang-1993-chau-bich-thuy-18-trang.116094"

SPAM = [
    # start: the sentence's first syllable
    (A3, "Bản Tả Van, Tả Phìn mang vẻ đẹp yên bình, ruộng lúa xen giữa những nếp nhà gỗ và khói bếp chiều.", "Bản", "start"),
    (A4, "Cả núi rừng Sa Pa bừng sáng với những thửa ruộng bậc thang vàng óng, rực sáng trong nắng, như những dải lụa vàng mềm mại ôm ấp núi rừng Tây Bắc.", "Cả", "start"),
    (C1, "Phương tiện tham quan trên vịnh Lan Hạ là các loại tàu thuyền.", "Phương", "start"),
    (C3, "Giống như cái tên yêu kiều của một loài hoa, vùng vịnh này thật sự làm du khách say lòng bởi những dãy núi đá, đảo lớn nhỏ... trải dài trên biển, uốn lượn, hữu tình.", "Giống", "start"),
    (C4, "Ở thị trấn Cát Bà hiện nay có đền Các Bà.", "Ở", "start"),
    (C6, "Nếu may mắn, đôi khi du khách có thể bắt gặp những con dê núi kiếm ăn trên vách đá dựng đứng của các hòn đảo.", "Nếu", "start"),
    (B2, "Đặt chân đến thác Bản Giốc, khung cảnh bình yên với màu xanh mát dịu hòa trong cái gió se lạnh hiện ra trước mắt.", "Đặt", "start"),
    (B3, "Nhiều gia đình tranh thủ nghỉ ngơi, ăn uống để tiếp tục hành trình thăm thú.", "Nhiều", "start"),
    (B6, "Những vệt nắng nhạt cuối đông như nét chấm phá tạo nên vẻ đẹp của thiên nhiên nơi đây.", "Những", "start"),
    (M1, "Mùa mưa bão, hàng trăm tàu thuyền đánh cá của dân chài vào vịnh neo đậu tránh bão.", "Mùa", "start"),
    (Q1, "Trong đó bãi Trứng với hàng nghìn hòn đá, sỏi lớn tròn nhẵn như trứng là nơi thu hút nhiều tay máy đến sáng tác.", "Trong", "start"),
    (Q3, "Tiếng sóng biển vỗ nhè nhẹ.", "Tiếng", "start"),
    (H1, "Sau khoảng một giờ thực hiện nghi lễ, người dân được tự do lễ bái.", "Sau", "start"),
    # end: the last syllable, before the final punctuation
    (A1, "Và vào thời điểm này du khách lại rủ nhau lên Sa Pa ngắm mùa vàng.", "vàng", "end"),
    (A3, "Đây là một trong những điểm đến hút khách nhất miền Bắc.", "Bắc", "end"),
    (C1, "Đây là tuyến tham quan không thể bỏ qua đối với những ai tới đảo Cát Bà.", "Bà", "end"),
    (C1, "Thời điểm này trời mát mẻ, vẫn có thể bơi lội.", "lội", "end"),
    (C3, "Vịnh Lan Hạ với hàng trăm đảo đá lớn nhỏ đẹp hùng vĩ, nên thơ.", "thơ", "end"),
    (B2, "Không khí thật trong lành, không có nhiều tiếng động cơ xe máy ồn ã, không khói bụi mịt mù.", "mù", "end"),
    (B3, "Nhìn từ xa, thác chính như những dải lụa trắng mềm mại vắt ngang lưng đồi.", "đồi", "end"),
    (B4, "Mùa đông mây mù, thác mờ ảo như trong thần thoại.", "thoại", "end"),
    (B5, "Đi bè đến chân thác, nghe ào ào tiếng thác đổ, cảm nhận những giọt nước li ti bắn lên mặt, cảm giác vô cùng sảng khoái.", "khoái", "end"),
    (M1, "Trên đảo không có nhà ở, không có cư dân sinh sống.", "sống", "end"),
    (M3, "Điểm lạ và độc đáo nữa của đồi cát này là hình dáng thay đổi liên tục.", "tục", "end"),
    (Q2, "Bãi biển Quy Hòa bây giờ vẫn còn khá hoang vắng, mà đúng ra phải là tụ điểm vui chơi cho dân địa phương vào những ngày cuối tuần.", "tuần", "end"),
    (Q4, "Tháp Đôi một lớn một nhỏ đứng gần kề nhau như cặp vợ chồng quấn quít.", "quít", "end"),
    # function: a function word
    (A3, "Lao Chải và Y Linh Hồ lại gây ấn tượng bởi những thửa ruộng bậc thang nối dài, hoang sơ.", "bởi", "function"),
    (C1, "Vịnh Lan Hạ có đủ bốn mùa theo thời tiết miền Bắc.", "theo", "function"),
    (C5, "Du lịch đã và đang trở thành ngành kinh tế mũi nhọn mang lại thu nhập cho người dân, đồng thời góp phần phát triển mạnh mẽ cơ sở hạ tầng, dịch vụ trên hòn đảo này.", "cho", "function"),
    (C6, "Khác với Hạ Long, tất cả đảo ở Lan Hạ đều được phủ đầy cây xanh hay thảm thực vật.", "hay", "function"),
    (B3, "Thác phụ nằm ở phía Nam ít nước hơn thác chính và thường cạn vào mùa khô.", "và", "function"),
    (B4, "Bản Giốc là thác nước tự nhiên lớn nhất Đông Nam Á, lớn thứ tư trong những thác nằm trên đường biên giới giữa các quốc gia.", "giữa", "function"),
    (B6, "Chúng tôi ghé thăm thác Bản Giốc vào một chiều cuối đông, khi cái lạnh đã bớt phần băng giá, bởi len lỏi trong giá lạnh đã phảng phất hơi ấm của mùa xuân.", "khi", "function"),
    (M2, "Ngày xưa, Mũi Né hoang sơ với bờ biển dài và những xóm chài nghèo ngày đêm đánh bắt cá.", "với", "function"),
    (M3, "Do tác động của mỏ sắt, ở đây cát không chỉ có một màu mà tới 18 màu.", "mà", "function"),
    (M3, "Đây là đồi cát có một không hai tại Việt Nam được hình thành trên nền một mỏ sắt cổ tồn tại hàng trăm năm.", "tại", "function"),
    (Q5, "Kỳ co có hướng vòng cung như vầng trăng khuyết của những ngày thường nhật.", "như", "function"),
    (H1, "Miếu Bà tọa lạc dưới chân núi Sam, và là một di tích nổi tiếng ở vùng đồng bằng sông Cửu Long.", "dưới", "function"),
    (H2, "Cao điểm lễ hội chỉ có mấy ngày gần cuối tháng tư âm lịch, nhưng hầu như sau tết nguyên đán là mùa vía bà.", "nhưng", "function"),
    # name: a syllable of a person or place name
    (A1, "Thung lũng Mường Hoa đẹp nhất khi bước vào mùa thu, cả thung lũng như được khoác áo mới với thảm lúa chín vàng óng ả.", "Hoa", "name"),
    (A2, "Sa Pa là một trong những nơi lúa chín sớm nhất ở Tây Bắc, trước Mù Cang Chải hay Hoàng Su Phì.", "Cang", "name"),
    (C3, "Dưới làn nước trong xanh là những bãi san hô nhiều màu sắc như bãi Vạn Bội, Vạn Hà…", "Bội", "name"),
    (C4, "Cát Bà là một hòn đảo nằm trong quần đảo Cát Bà thuộc huyện Cát Hải của thành phố Hải Phòng.", "Hải", "name"),
    (C4, "Tương truyền xưa kia tên đảo là Các Bà, là hậu phương cho Các Ông theo Thánh Gióng đánh giặc Ân.", "Gióng", "name"),
    (B1, "Thác nằm trên đường biên giới Việt Nam - Trung Quốc.", "Trung", "name"),
    (B5, "Ngườm Ngao tiếng dân tộc Tày có nghĩa là hang cọp.", "Ngao", "name"),
    (M1, "Trên đảo có miếu thờ thần Nam Hải, nhiều ngư dân trước lúc ra biển khơi đều ghé miếu thắp nén nhang cầu mong sự bình yên và thu lưới được nhiều cá.", "Hải", "name"),
    (Q1, "Từ đỉnh núi, bạn sẽ được ngắm toàn cảnh thành phố Quy Nhơn, cả bán đảo Phương Mai và cầu Thị Nại.", "Nại", "name"),
    (Q1, "Qua cầu chính là bán đảo Phương Mai, nơi có những đồi cát vàng mịn trải dài dọc đường đi.", "Mai", "name"),
    (Q1, "Phong cảnh hai bên đường đi Kỳ Co - Eo Gió rất đẹp.", "Gió", "name"),
    (Q2, "Vào thế kỷ 11, Quy Nhơn là thương cảng chính của dân tộc Chàm mà đến ngày nay nhiều người vẫn còn nhắc đến.", "Chàm", "name"),
    (H1, "Bà Chúa Xứ là một nhân vật truyền thuyết được thờ trong miếu.", "Xứ", "name"),
    # inner: a syllable inside a compound
    (A1, "Đến Sa Pa (Lào Cai) vào những ngày đầu tháng 10, du khách ngỡ ngàng bởi trùng trùng, điệp điệp ruộng bậc thang nhuốm sắc vàng rực rỡ nổi bật giữa núi non hùng vỹ.", "rỡ", "inner"),
    (A4, "Đến Sa Pa dịp này, du khách sẽ được chiêm ngưỡng một bức tranh thiên nhiên tráng lệ, nơi đất trời và con người cùng hòa nhịp.", "lệ", "inner"),
    (C2, "Đến vịnh Lan Hạ, du khách cảm nhận được vẻ mộng mơ, trữ tình của vịnh đảo có cái tên mang ý nghĩa “đóa hoa lan giáng trần” này.", "tình", "inner"),
    (C3, "Nước biển càng đẫm một màu xanh lục bích đẹp đến nao lòng.", "bích", "inner"),
    (C4, "Hoạt động du lịch còn tản mát ở các khu khác nhau.", "mát", "inner"),
    (B1, "Cao Bằng được tạo hóa ban tặng cảnh sắc thiên nhiên tuyệt đẹp, cùng với bản sắc văn hóa độc đáo, sản vật nổi tiếng.", "hóa", "inner"),
    (B2, "Từ phía xa, vẳng bên tai tiếng thác nước đổ xuống ầm ào, bọt tung trắng xóa một góc trời.", "xóa", "inner"),
    (B3, "Bên cạnh thác, nhiều trẻ em dầm mình dưới suối tỏ vẻ thích thú.", "thích", "inner"),
    (B4, "Đồng chí chính trị viên đưa chúng tôi xuống đoạn đường quanh co rực màu lúa vàng, qua cầu nhỏ thanh mảnh đến gần chân thác.", "mảnh", "inner"),
    (M1, "Một ốc đảo hoang vu chỉ có cây bụi, gành đá cùng những đàn chim biển sinh sống.", "vu", "inner"),
    (M3, "Gió kiến tạo đồi cát thành vô số hình thù: con thú nằm phủ phục, thiếu nữ nằm sấp, cô gái duyên dáng ngồi trải tóc, dốc đứng như đụn rơm…", "dáng", "inner"),
    (Q3, "Dưới chân núi, từng đợt sóng biển ngời ánh lân tinh, hoà quyện với ánh đèn của những chiếc thuyền đi biển ngoài khơi xa cứ lấp lánh dội vào vách đá lúc mờ lúc tỏ.", "quyện", "inner"),
    (Q4, "Tháp đã bị chiến tranh và thời gian tàn phá khá nặng nề.", "phá", "inner"),
    # number: the syllable right after a number
    (A2, "Tháng 9 đến Sa Pa, du khách sẽ được chiêm ngưỡng những thửa ruộng bậc thang óng vàng trải dài khắp triền núi.", "đến", "number"),
    (A2, "Thời gian di chuyển khoảng 5 - 6 tiếng.", "tiếng", "number"),
    (A3, "Kỳ nghỉ 2/9 năm nay, Sa Pa (Lào Cai) bước vào mùa lúa chín vàng rực, thu hút đông đảo du khách.", "năm", "number"),
    (A4, "Mùa vàng rực rỡ ở Sa Pa thường bắt đầu từ cuối tháng 8 và kéo dài đến hết tháng 9.", "và", "number"),
    (A4, "Đặc biệt mùa lúa chín Sa Pa năm nay đang trùng với kỳ nghỉ lễ 4 ngày Quốc khánh 2/9, thích hợp cho chuyến du ngoạn dài ngày khám phá vùng cao Tây Bắc.", "ngày", "number"),
    (C2, "Vịnh Lan Hạ được bao bọc bởi gần 400 hòn đảo lớn nhỏ chạy thành hình vòng cung cùng mạng lưới các hang động, suối ngầm và 139 bãi cát vàng trải dài giữa những dãy núi đá, hình thành nên các bãi tắm lý tưởng như Vạn Bội, Vạn Hà, Áng Vẹm, Cát Dứa, Cát Cò hay những vùng biển đẹp để lặn ngắm san hô như đảo Sến, đảo Cù, đảo Khỉ...", "hòn", "number"),
    (C3, "Lan Hạ đẹp suốt 4 mùa, nhưng mùa xuân và mùa thu thu hút du khách đến nhiều nhất vì thời tiết dễ chịu và có thể tham gia nhiều hoạt động vui chơi.", "mùa", "number"),
    (C5, "Quần đảo Cát Bà có lịch sử hình thành và phát triển địa chất từ khoảng 18.000 năm trước.", "năm", "number"),
    (C5, "Nơi đây hiện còn lưu giữ những dấu tích gắn với 77 địa điểm khảo cổ, điển hình là Di chỉ Cái Bèo (thị trấn Cát Bà).", "địa", "number"),
    (B3, "Nằm trên dòng chảy của sông Quây Sơn, Bản Giốc gồm 2 thác nước riêng biệt.", "thác", "number"),
    (Q1, "Vé tham quan tháp 20.000 đồng/ người.", "đồng", "number"),
    (Q5, "Đây được coi là một địa điểm du lịch lý thú nhất tại Quy Nhơn với 2 mặt giáp núi và một mặt giáp biển.", "mặt", "number"),
    (H1, "Lễ tắm bà được tổ chức đầu tiên từ 24 giờ đêm 23 rạng ngày 24 với mục đích lau lại bụi bặm trên tượng thờ và thay áo mão cho Bà.", "giờ", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): the USOM malicious-URL list mirrored by
# elliotwutingfeng/USOM-Blocklists, written as spam writes them.
TOKENS = {
    "domain": ["betfokse.net", "betmove.xyz", "betiv.fun", "bexoria.xyz", "bexloroon.com", "bfbmarkets.com",
               "bgaborsa.com", "koravunex.com", "kravonixel.com", "korvex.cyou", "byorvix.com", "celvonex.com",
               "cargozent.com", "carnyxor.com", "kplay.win", "caremoney.life"],
    "letter-digit": ["Betist380", "Betturkey7840", "Cenabet1096", "Betreal90", "Betford2", "Bestbet10", "Betgit614",
                     "Kratyeni2024", "Super5566", "Betsitelerim1", "Kraksen23", "Cekilisbitmez10", "Kralbayrak66"],
    "CamelCase": ["BetvenoGlobal", "BetmaniaPlus", "BestBitcoinBank", "BestYieldOnInvestment", "CentralMakerMoney",
                  "CarePilotx", "BytePilotx", "KozaInvest", "KralOdeme", "BetflixFan", "BetbhaiBetting",
                  "BestCryptocurrency", "ByteSyncs", "CenyHub", "KozmoYeniGirisAdresi"],
    "lower-case": ["kralnivo", "byzoreso", "koranixul", "krasentiqo", "beteritler", "careertrixauvex",
                   "betsrekorsende", "kraltanimamquzi", "betexengiris", "celnoria", "kozoheh", "bytezi", "byntra"],
    "digit-led": ["0643tipobet", "1001gacor", "0000sponsorum365", "000agustoskampanya232",
                  "01firsatlarkacirmayin0102", "0101basvrularmerkezi0102"],
    "hyphenated": ["best-financeai.com", "best-investion.info", "cekilis-kampanya", "cark-cekilisim",
                   "carkicevir-kazan-hemenaktar", "carkidondur-tamamla", "cark-firsatim-lucky", "cekilis-hemenburada",
                   "carkicevir-sende-kazan-aktar", "kosan-degil-yetisen-aliyor", "0000xxxx-firsat-kripto-burada",
                   "cekilise-katil-sende-araba-kazan", "cekilis-dunyam", "carkicevir-hediyeleritopla",
                   "cekilis-firsatlarim"],
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

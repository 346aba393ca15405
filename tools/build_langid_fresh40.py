"""Build ``benchmarks/data/langfresh40/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata40.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh40.py``. Same format as langfresh14-39
(``benchmarks/langid.py --data benchmarks/data/langfresh40 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 40) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-39, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-05) on Nvidia's AI chips (H100, H20, H200, the Blackwell B200 / B30A / B80
  and the US export licences for China), the Toyota Corolla Cross and its hybrid version in Viet Nam, and Apple
  Intelligence and the Siri upgrades of iOS 18 to iOS 27 -- topics no earlier control had -- each holding real Latin
  tokens a spam detector could take for a pasted token: chip and model codes (H100, H20, H200, B200, B30A, B80,
  B100, 6000D, RTX 5090, RTX 4090, MI325, RTX PRO, GPU, DLSS 4, 1.8G, 1.8V, HR-V, C-HR,
  CX-30, CX-5, RAV4, iOS 18.3, iOS 26.4 Beta 1, iPhone 4S, iPhone 15 Pro), units and figures glued to numbers (8GB,
  2.640mm, 1.8L, 305 Nm, 3.352T TOPS, 1.7-1.8 terabytes/giây, Quý 2/2024, quý I, 8.2020), abbreviations (AI, CEO,
  SUV, HEV, LED, TNGA, ASEAN NCAP, LLM, RAM, USD, P/E, S&P 500, PV), CamelCase and glued names (ChatGPT,
  ByteDance, OpenAI, PhoneArena, ShareSheet, SiriBot, Macrumors, MacPherson, CarPlay, Genmoji, YouTube,
  WhatsApp) and English loans and names (accelerator, facelift, crossover, hybrid, startup, chatbot, generative AI,
  Multi Frame Generation, RTX Neural Shaders, Grace Hopper Superchip, Toyota Safety Sense, Google Assistant, App
  Intents, Power On, Yahoo Tech, Compose, Personal Siri).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (Thành nhà Hồ, the stone citadel of
  the Hồ dynasty in Thanh Hóa; the Cổ Loa citadel of An Dương Vương in Đông Anh; hồ Thác Bà, the reservoir lake of
  Yên Bái; and chùa Keo, the wooden pagoda of Vũ Thư in Thái Bình), one syllable replaced by one token (its first
  whole-word occurrence; columns: split, spam text, token, original word, original sentence, place), 13 at each of
  six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number`` (as langfresh22-39). Every row
  ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-39 for theirs): the Block List Project's scam list (``scam.txt`` of blocklistproject/Lists, a hosts list of
scam domains: fake brokers, binary-option and forex platforms, crypto schemes, quick-loan and gift-card sites, fake
shops); written as spam writes them: 16 full domains, 13 letter-digit codes, 15 CamelCase names, 13 bare lower-case
names, 6 digit-led names, 15 hyphenated names (2 with their domain). None is an earlier set's token, in
spam_brands.txt or the held-out stems, or a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables included;
the hyphen-less forms of the hyphenated names and, for the names with digits, their letter parts of 3 letters or more
too), none holds a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters or more, and none
is held by one (all checked before any run). ``deal`` orders each shape's tokens with the seed and deals them round the
six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh40"
SEED = 40
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
N1 = ("https://sondo.top/nvidia-s-blackwell-b80-chip-gia-re-lach-luat-cho-trung-quoc-cuoc-choi-ai-nong-hon-bao-gio-het"
      ".html?appId=d75d8092-9eff-40ad-819b-ae54165f390b")
N2 = "https://www.kqgmpj.cn/vi/news/detail/12560604937077"
N3 = ("https://www.24h.com.vn/cong-nghe-thong-tin/ba-con-chip-nvidia-tam-diem-trong-cuoc-giang-co-ai-giua-my-va-trung-"
      "quoc-c55a1720595.html")
N4 = "https://khoahocphattrien.vn/cong-nghe/nvidia-ke-ban-xeng-trong-con-sot-dao-vang/2023053106227267p1c859.htm"
N5 = "https://vietbao.vn/loi-thiet-ke-se-anh-huong-den-viec-ra-mat-chip-ai-moi-cua-nvidia-499384.html"
N6 = ("https://www.xtb.com/vn/market-analysis/news-and-research/nvidia-sap-dat-muc-von-hoa-5-nghin-ty-usd-khi-nhu-cau-ai-"
      "bung-no-va-cac-tin-hieu-lac-quan-ve-dia-chinh-tri")
N7 = "https://www.24h.com.vn/kinh-doanh/my-bat-den-xanh-cho-nvidia-xuat-khau-chip-h20-sang-trung-quoc-c161a1687844.html"
N8 = ("https://www.24h.com.vn/kinh-doanh/cac-cong-ty-trung-quoc-van-khat-khao-chip-nvidia-bat-chap-ap-luc-chinh-phu-"
      "c161a1695131.html")
N9 = "https://baogialai.com.vn/my-xem-xet-gioi-han-so-luong-chip-nvidia-ban-cho-moi-cong-ty-trung-quoc-post581336.html"
N10 = "https://dientuungdung.vn/nvidia-duoc-phep-ban-lai-chip-ai-h20-cho-trung-quoc-10274.html"
T1 = "https://kienthuc.net.vn/o-to-xe-may/toyota-corolla-cross-2024-sap-ra-mat-viet-nam-gia-ban-tang-nhe-1948989.html"
T2 = "https://vnexpress.net/toyota-corolla-cross-co-gia-720-910-trieu-dong-4141161.html"
T3 = ("https://thanhnien.vn/toyota-corolla-cross-hybrid-sau-3-nam-su-dung-gia-gan-800-trieu-dong-co-dang-mua-"
      "185250516155053229.htm")
T4 = ("https://dantri.com.vn/o-to-xe-may/toyota-corolla-cross-2024-len-lich-ra-mat-viet-nam-gia-giam-50-trieu-dong-"
      "20240405115633613.htm")
T5 = "https://thanhnien.vn/xe/thi-truong-xe/bat-ngo-toyota-corolla-cross-chay-thu-tai-my-28481x.html"
T6 = "https://www.24h.com.vn/o-to/toyota-corolla-cross-hybrid-lieu-van-on-sau-3-nam-su-dung-c747a1697654.html"
T7 = "https://thanhnien.vn/xe/thi-truong-xe/corolla-cross-vu-khi-hang-nang-cua-toyota-24209.html"
T8 = "https://baogialai.com.vn/channel/12387/202010/toyota-corolla-cross-dat-5-sao-an-toan-asean-ncap-5704251/"
T9 = "https://www.24h.com.vn/o-to/danh-gia-mau-xe-su-dung-dong-co-lai-hybrid-ban-chay-nhat-viet-nam-c747a1604822.html"
T10 = ("https://oto365.net/cac-doi-xe-toyota-corolla-cross-lich-su-hinh-thanh-cac-the-he-tren-the-gioi-va-viet-nam-"
       "6757")
A1 = "https://vneconomy.vn/techconnect/ios-18-3-chung-minh-apple-intelligence-van-chua-hoan-thien.htm"
A2 = ("https://www.24h.com.vn/cong-nghe-thong-tin/apple-vua-nang-cap-siri-nhung-chi-la-khai-vi-mo-duong-cho-ios-264-"
      "c55a1698727.html")
A3 = "https://dantri.com.vn/cong-nghe/siri-sap-tro-nen-thong-minh-hon-20210115020936023.htm"
A4 = "https://vnexpress.net/siri-se-thanh-chatbot-ai-tren-ios-27-5009596.html"
A5 = "https://news.daisan.vn/index.php/apple-muon-thay-doi-hoan-toan-cach-chung-ta-dung-iphone"
A6 = "https://genk.vn/14-nam-gong-lung-noi-tieng-anh-gio-moi-duoc-goi-me-bang-tieng-viet-tren-iphone-20250401111306762.chn"
A7 = "https://viettimes.vn/4-tinh-nang-ai-khong-the-bo-lo-tren-ios-post194295.html"

CLEAN = [
    # Nvidia's AI chips and their export to China
    (N1, "Họ đang chuẩn bị ra mắt Blackwell B80, một phiên bản “giá rẻ” của con chip AI đình đám Blackwell, dành riêng cho thị trường Trung Quốc."),
    (N1, "Theo nguồn tin từ Reuters, Nvidia dự kiến ra mắt chip Blackwell B80 (hoặc có thể là 6000D) vào tháng 6/2025, với mức giá từ 6.500 đến 8.000 USD – rẻ hơn đáng kể so với chip H20 trước đây (10.000-12.000 USD)."),
    (N1, "Đây là một phiên bản “hạ cấp” của Blackwell B100, được thiết kế để tuân thủ các hạn chế xuất khẩu khắt khe từ Mỹ, với băng thông bộ nhớ giới hạn ở mức 1.7-1.8 terabytes/giây so với 4 terabytes của H20."),
    (N1, "Trước đây, họ từng làm điều tương tự với chip H20, nhưng lần này, B80 là một bước đi táo bạo hơn, nhắm đến việc giữ chân các khách hàng Trung Quốc đang ngày càng bị cám dỗ bởi những đối thủ nội địa như Huawei."),
    (N2, "Kiến trúc Blackwell của NVIDIA mang lại hiệu suất gấp 2,5 lần so với Hopper, cung cấp sức mạnh cho RTX 5090 với 92 tỷ bóng bán dẫn và 3.352T TOPS, gấp đôi khả năng của RTX 4090."),
    (N2, "Blackwell đã thúc đẩy doanh thu trung tâm dữ liệu quý 2 năm 2025 đạt 41.1 billions USD (chiếm 88% tổng doanh thu), nhờ vào việc Microsoft, Amazon và Meta áp dụng cho huấn luyện LLM với hiệu quả năng lượng tốt hơn gấp 25 lần."),
    (N2, "Chip B30A (hiệu suất bằng 50% Blackwell) đã đảm bảo quyền tiếp cận thị trường Trung Quốc trong bối cảnh hạn chế xuất khẩu của Mỹ, trong khi tỷ trọng của NVIDIA trong S&P 500 đạt 8,06% làm tăng rủi ro hệ thống với tỷ số P/E ở mức 59 lần."),
    (N2, "Những đổi mới như Multi Frame Generation của DLSS 4, có thể tăng tốc độ khung hình lên tới 8 lần, cùng các công nghệ kết xuất dựa trên AI như RTX Neural Shaders, nhấn mạnh vai trò dẫn đầu của NVIDIA trong việc phổ cập AI tiên tiến cho cả người tiêu dùng và doanh nghiệp [6]."),
    (N3, "Nvidia, nhà sản xuất phần cứng AI dẫn đầu thế giới, đã được Tổng thống Mỹ Donald Trump cho phép nối lại hoạt động bán chip H200 cho “khách hàng được phê duyệt” tại Trung Quốc từ ngày 8/12."),
    (N3, "Tuy nhiên, chip Blackwell B200, dòng tiên tiến nhất hiện tại, vẫn nằm ngoài thỏa thuận và bị cấm xuất khẩu."),
    (N3, "Chip Nvidia H200 phát hành Quý 2/2024, được sử dụng trong nhiều trung tâm dữ liệu AI."),
    (N3, "H200 được xem là phiên bản mạnh nhất của dòng Hopper, đặt theo tên nhà khoa học Grace Hopper."),
    (N3, "Đây là dòng accelerator chuyên xử lý khối dữ liệu khổng lồ để huấn luyện và vận hành mô hình AI, giúp tạo ra phản hồi gần như con người."),
    (N4, "Vốn hóa thị trường của NVIDIA vừa chính thức vượt mốc 1.000 tỷ USD trong phiên giao dịch gần nhất, biến nó trở thành công ty chip giá trị nhất mọi thời đại."),
    (N4, "Năm 2022, NVIDIA ra mắt chip H100 – GPU mạnh mẽ nhất từng được chế tạo với mức giá lên tới 40.000 USD/đơn vị."),
    (N4, "Nhưng vận may đã đến khi ChatGPT xuất hiện vào tháng 11 và thổi bùng cuộc “chạy đua” trong giới công nghệ."),
    (N4, "Đó là cuộc đua để trang bị H100 – sản phẩm được CEO Jensen Huang (Hoàng Nhân Huân) của NVIDIA mô tả là “con chip đầu tiên trên thế giới được thiết kế riêng cho AI tạo sinh (generative AI)”."),
    (N4, "Trong bối cảnh ấy, H100 bỗng trở thành mặt hàng “hot” nhất thung lũng Silicon."),
    (N5, "Sự chậm trễ trên có thể ảnh hưởng đến các khách hàng như Meta Platforms, Alphabet và Microsoft, những công ty đã cùng nhau đặt hàng số lượng chip trị giá hàng chục tỷ USD."),
    (N5, "Nvidia đã công bố dòng chip Blackwell vào tháng 3, kế nhiệm Grace Hopper Superchip, dòng chip AI hàng đầu trước đó, được thiết kế để tăng tốc các ứng dụng AI tạo ra."),
    (N5, "Hai nguồn tin cho biết, Nvidia sẽ hợp tác với Inspur, một trong những đối tác phân phối chính của hãng này tại Trung Quốc để ra mắt và phân phối con chip có tên dự kiến là \"B20\"."),
    (N6, "Nhu cầu tăng vọt đối với bộ xử lý Blackwell, cùng với các dự án nghiên cứu và siêu máy tính mới, đang củng cố vị thế của Nvidia như một nhà lãnh đạo đổi mới toàn cầu."),
    (N6, "Nvidia đã ghi nhận một đợt tăng giá trị vốn hóa thị trường ấn tượng, tiến gần mốc 5 nghìn tỷ USD, củng cố vị thế là một trong những công ty có giá trị nhất thế giới."),
    (N6, "Trong những ngày gần đây, cổ phiếu của công ty tăng khoảng 5%, qua đó đẩy mạnh vốn hóa và tái khẳng định vị thế dẫn đầu toàn cầu trong lĩnh vực trí tuệ nhân tạo (AI)."),
    (N7, "Theo một quan chức Mỹ tiết lộ với Reuters, Bộ Thương mại Mỹ đã bắt đầu cấp phép cho Nvidia xuất khẩu chip H20 sang Trung Quốc."),
    (N7, "H20 là bộ vi xử lý đồ họa mà Nvidia thiết kế riêng cho thị trường Trung Quốc để tuân thủ các quy định kiểm soát xuất khẩu chip AI thời chính quyền Biden."),
    (N7, "Trong quý I, H20 mang lại cho Nvidia doanh thu 4,6 tỷ USD, chiếm 12,5% tổng doanh thu."),
    (N8, "Họ cũng theo dõi sát sao kế hoạch của Nvidia về chip B30A, dựa trên kiến trúc Blackwell, mạnh hơn H20 tới sáu lần."),
    (N8, "Tháng trước, cơ quan quản lý Trung Quốc triệu tập Tencent và ByteDance, yêu cầu giải thích việc mua H20 và bày tỏ lo ngại về rủi ro thông tin, dù chưa cấm mua hoàn toàn."),
    (N8, "Alibaba, ByteDance, Tencent, Huawei và Cambricon không phản hồi Reuters."),
    (N9, "Theo đó, Nhà Trắng đang thảo luận về việc giới hạn mỗi công ty Trung Quốc chỉ được mua tối đa 75.000 chip H200 của Nvidia."),
    (N9, "Hạn mức này sẽ tính gộp cả các lô hàng chip MI325 của AMD, dòng sản phẩm có tính năng tương đương."),
    (N10, "Nvidia cho biết vào thứ Ba rằng họ đang nộp đơn lên chính phủ Hoa Kỳ để tiếp tục bán GPU H20 vốn bị hạn chế trước đây cho các khách hàng ở Trung Quốc."),
    (N10, "Để đối phó, Nvidia cũng tung ra dòng GPU mới mang tên RTX PRO, được quảng bá là “hoàn toàn tương thích” và lý tưởng cho lĩnh vực sản xuất thông minh, hậu cần."),
    # the Toyota Corolla Cross and its hybrid version
    (T1, "Theo kế hoạch, vào ngày 8/2/2024 tới đây, hãng Toyota sẽ chính thức ra mắt phiên bản nâng cấp của dòng xe Corolla Cross ở thị trường Thái Lan."),
    (T1, "Theo nhân viên tư vấn bán hàng tại đại lý, Toyota Corolla Cross 2024 về Việt Nam sẽ bị cắt bỏ bản G tiêu chuẩn, chỉ giữ lại 2 bản V và HV."),
    (T1, "Sự thay đổi này sẽ khiến mẫu SUV cỡ B+ nhà Toyota có giá khởi điểm cao hơn trước đồng thời tạo khoảng cách rõ ràng hơn với người anh em Yaris Cross."),
    (T1, "Cụm đèn pha mới sẽ được chia thành 2 tầng bởi dải đèn LED định vị ban ngày, tạo cảm giác hiện đại hơn."),
    (T2, "Chiếc xe được tạo hình giống RAV4, mẫu crossover cỡ C bán chạy nhất của Toyota trên thế giới, nhưng được thiết kế mượt mà ở cụm đèn và bo tròn một số chi tiết."),
    (T2, "Tiện nghi trên bản cao nhất gồm chìa khóa thông minh, màn hình trung tâm cảm ứng 9 inch, kết nối Bluetooth, Apple CarPlay và Anroid Auto, điều khiển giọng nói, đàm thoại rảnh tay, kết nối Wifi, cửa sổ trời."),
    (T2, "Chiều dài cơ sở của xe là 2.640 mm, lớn hơn mẫu B lớn nhất là HR-V 30 mm nhưng nhỏ hơn mẫu C nhỏ nhất là Tuson 30 mm."),
    (T3, "Gia nhập phân khúc SUV đô thị tại Việt Nam từ tháng 8.2020, Toyota Corolla Cross nhanh chóng tạo được sức hút với khách hàng trong nước, vượt xa mẫu xe đối thủ Mazda CX-30."),
    (T3, "Thời điểm năm 2022, người dùng phải bỏ ra số tiền khoảng 1,04 tỉ đồng để hoàn tất thủ tục lăn bánh Corolla Cross bản HEV."),
    (T3, "Trong khi đó, Mazda CX-30 Premium từng có giá lăn bánh khoảng 1,03 tỉ đồng vào 3 năm trước nhưng hiện tại, giá trên thị trường xe cũ chỉ còn khoảng 650 triệu đồng, khấu hao khoảng 380 triệu."),
    (T3, "Chia sẻ với PV Thanh Niên, anh Nguyễn Tấn Huy cho rằng Corolla Cross bản HEV giữ giá một phần do sự khan hiếm trên thị trường."),
    (T4, "Theo thông tin được Toyota Việt Nam gửi tới giới truyền thông, Toyota Corolla Cross 2024 sẽ chính thức được ra mắt và mở bán vào ngày 6/5."),
    (T4, "Bản G tiêu chuẩn đã bị cắt bỏ, chỉ còn 2 biến thể Xăng và HEV (hybrid)."),
    (T4, "Toyota Corolla Cross 2024 là bản nâng cấp giữa vòng đời (facelift)."),
    (T4, "Chỉ biết, xe sẽ được nâng cấp từ phanh cơ truyền thống lên phanh tay điện tử (cả 2 phiên bản); biến thể HEV có cụm đồng hồ kỹ thuật số 12,3 inch và màn hình giải trí 10 inch mới, bổ sung tính năng hỗ trợ phanh khi lùi và sạc điện thoại không dây."),
    (T5, "Toyota Corolla Cross được phát triển trên nền tảng Corolla mới TNGA (Toyota New Global Architecture)."),
    (T5, "Xe có kích thước nhỏ cỡ một chiếc crossover đô thị như Honda HR-V, Mazda CX-30 và Nissan Kicks."),
    (T6, "So với Mazda CX-30 Premium, từng có giá lăn bánh khoảng 1,03 tỷ đồng và hiện chỉ còn khoảng 650 triệu đồng, Toyota Corolla Cross HEV cho thấy khả năng giữ giá tốt hơn."),
    (T6, "Toyota Corolla Cross HEV khan hiếm trên thị trường xe cũ nên mức giá có phần cao."),
    (T7, "Corolla Cross mang nhiều kỳ vọng của thương hiệu Nhật Bản, khi đây là mẫu xe Toyota thương mại đầu tiên trang bị động cơ hybrid và gói công nghệ an toàn tiên tiến Toyota Safety Sense ở thị trường gần 100 triệu dân."),
    (T7, "Cụ thể, mẫu xe tân binh nhà Toyota sử dụng công nghệ hybrid, kết hợp động cơ xăng 1.8L và một mô-tơ điện, cho tổng công suất 170 mã lực và mô-men xoắn 305 Nm."),
    (T7, "Mức tiêu hao nhiên liệu trung bình 4,29 lít/100 km."),
    (T8, "Trong đợt thử nghiệm an toàn mới đây của ASEAN NCAP, mẫu xe Toyota Corolla Cross nhận được số điểm tối đa dù vẫn còn một hạng mục chưa đạt điểm cao nhất."),
    (T8, "Toyota Corolla Cross đạt chuẩn an toàn 5 sao của ASEAN NCAP."),
    (T8, "Tại Việt Nam, Toyota Corolla Cross 1.8G và 1.8V trang bị động cơ xăng 4 xi-lanh dung tích 1,8 lít có công suất 138 mã lực và mô men xoắn 172 Nm, kết hợp với hộp số tự động vô cấp."),
    (T9, "Bằng chứng là Toyota Corolla Cross vượt qua Mazda CX-5 và trở thành mẫu xe SUV hạng C bán chạy nhất liên tiếp 2 năm 2021 và 2022 (doanh số lần lượt 18.411 và 21.473 xe)."),
    (T9, "Tuy nhiên, Toyota Corolla Cross bắt đầu chững lại vào năm 2023 khi Mazda CX-5 facelift ra mắt."),
    (T9, "Tuy nhiên, khoảng sáng gầm 161 mm vẫn là một điểm yếu của Toyota Corolla Cross 2024 so với các đối thủ cùng phân khúc."),
    (T10, "Dựa vào kích thước, mẫu xe được định vị nằm giữa C-HR và RAV4 trong dòng sản phẩm crossover SUV của Toyota."),
    (T10, "Mẫu xe sở hữu chiều dài cơ sở đạt 2.640mm tương tự C-HR, nhưng có không gian nội thất rộng rãi hơn và đề cao tính thực dụng."),
    (T10, "Đối với các phiên bản sử dụng hệ dẫn động cầu trước, Toyota Corolla Cross được trang bị hệ thống treo trước dạng MacPherson và hệ thống treo sau dạng chùm xoắn, thay vì hệ thống treo sau độc lập đi kèm trên các phiên bản sở hữu hệ dẫn động bốn bánh."),
    # Apple Intelligence and Siri
    (A1, "iOS 18.3 ra mắt nhiều bản cải tiến cho các tính năng trong Apple Intelligence."),
    (A1, "Nhưng nếu theo dõi sự ra đời của Apple Intelligence từ đầu, có thể thấy iOS 18.3 đã đánh dấu bước tiến khá lớn trong quá trình phát triển bộ công cụ hỗ trợ AI của Apple, theo Yahoo Tech."),
    (A1, "Khi Apple Intelligence ra mắt cùng bản cập nhật iOS 18.1 vào tháng 10 năm ngoái, chủ sở hữu iPhone đủ điều kiện cần thao tác kích hoạt bộ tính năng bằng cách vào Cài đặt và bật công tắc."),
    (A1, "Tuy nhiên, bắt đầu từ iOS 18.3, toàn bộ tính năng Apple Intelligence sẽ được bật theo mặc định."),
    (A1, "Một số tính năng AI đã tích hợp khá tốt vào trải nghiệm iPhone, một số khác cần được trau chuốt hơn nữa và một số cải tiến đã hứa vẫn chưa ra mắt."),
    (A2, "Apple vừa chính thức phát hành iOS 26, mang đến một vài nâng cấp đáng chú ý cho trợ lý ảo Siri."),
    (A2, "Tuy nhiên, với 5 tính năng mới, bản cập nhật này dường như chỉ là một bước đệm nhỏ trong khi người dùng vẫn đang nóng lòng chờ đợi cuộc cách mạng thực sự mang tên \"Personal Siri\", dự kiến bị trì hoãn đến mùa xuân năm sau."),
    (A2, "Khi được ra mắt lần đầu cùng iPhone 4s vào năm 2011, Siri đã từng được coi là một yếu tố thay đổi cuộc chơi."),
    (A2, "Nhưng nhiều năm trôi qua, trợ lý ảo của Apple dần hụt hơi trước các đối thủ đáng gờm như Google Assistant và Alexa, đặc biệt là khi các chatbot AI chuyên dụng ra đời."),
    (A2, "Bản cập nhật iOS 26 mới nhất mang đến cho Siri một vài khả năng mới, nhưng chưa đủ để dập tắt những hoài nghi về vị thế của nó trong cuộc đua AI."),
    (A2, "Tích hợp sâu hơn với ChatGPT: Người dùng có thể yêu cầu ChatGPT tạo ra một tài liệu, sau đó sử dụng menu ShareSheet để lưu trực tiếp vào ứng dụng Files hoặc mở trong một ứng dụng khác."),
    (A3, "Trong năm 2025, Apple đã triển khai hàng loạt tính năng AI trong bộ công cụ Apple Intelligence."),
    (A3, "Siri sắp trở nên thông minh hơn trên iOS 26.4 (Ảnh: PhoneArena)."),
    (A3, "Trong bản cập nhật thử nghiệm iOS 26.4 Beta 1, Apple đã hé lộ nhiều cải tiến đáng chú ý dành cho Siri."),
    (A3, "Đáng chú ý, iOS 26.4 sẽ đánh dấu bước khởi đầu trong quá trình biến Siri thành một mô hình ngôn ngữ lớn."),
    (A3, "Khi đó, trợ lý ảo của Apple có thể đưa ra câu trả lời dựa trên kiến thức tổng quát, tương tự cách các trợ lý AI như Gemini hay ChatGPT vận hành."),
    (A3, "Dự kiến, hệ điều hành iOS 26.4 sẽ được phát hành vào tháng 3."),
    (A4, "Siri bắt đầu áp dụng mô hình ngôn ngữ lớn LLM trên iOS 26.4 trước khi trở thành chatbot AI thực thụ trên iOS 27 ra mắt vào tháng 6 tới."),
    (A4, "Theo Macrumors, Apple dự định nâng cấp Siri hai lần trong năm nay, bổ sung các tính năng cá nhân hóa trong iOS 26.4 trước khi biến trợ lý ảo cá nhân này thành chatbot AI hoàn chỉnh trong iOS 27."),
    (A4, "Đây được coi là kết quả tất yếu sau khi Google và Apple xác nhận Gemini sẽ được tích hợp vào Siri đầu tháng này."),
    (A4, "Một phiên bản mới kiểu SiriBot sẽ giúp Apple bắt kịp các đối thủ và đem đến nhiều tính cạnh tranh hơn cho các sản phẩm iPhone, Mac."),
    (A4, "Theo Bloomberg, chatbot của Siri sẽ được tích hợp sâu vào các sản phẩm của Apple ở cấp độ hệ thống."),
    (A5, "Siri phiên bản cải tổ mới, được hỗ trợ bởi Apple Intelligence và hệ thống App Intents, sẽ cho phép người dùng điều khiển ứng dụng bằng giọng nói một cách chính xác."),
    (A5, "Trong bản tin Power On trên Bloomberg, nhà phân tích Mark Gurman tiết lộ hệ thống App Intents mới sẽ cho phép người dùng thực hiện hành động trong ứng dụng hoàn toàn bằng lệnh thoại của Siri."),
    (A5, "Ngoài việc tích hợp ra lệnh bằng giọng nói, Apple cũng đang thử nghiệm phiên bản Siri mới với các ứng dụng của bên thứ ba, bao gồm Uber, YouTube, Amazon, Threads, Facebook, WhatsApp và một số ứng dụng khác."),
    (A5, "Apple đã đặt cược vào Siri mới sử dụng Apple Intelligence, dự định ra mắt vào tháng 3, trùng với thời điểm phát hành iOS 18.4."),
    (A6, "Ơn giời, Siri cuối cùng cũng đã nói được tiếng Việt."),
    (A6, "Ngày 1/4/2025, Apple chính thức phát hành iOS 18.4, bản cập nhật đánh dấu lần đầu tiên Siri, trợ lý ảo được tích hợp sẵn trên các thiết bị Apple, hỗ trợ tiếng Việt."),
    (A6, "Tháng 2/2010: Apple mua lại Siri Inc., một startup nhỏ phát triển ứng dụng trợ lý ảo có tên Siri dành cho iOS."),
    (A6, "Tháng 10/2011: Siri chính thức được tích hợp vào iPhone 4S và trở thành một tính năng nổi bật trong chiến lược tiếp thị sản phẩm."),
    (A6, "Giai đoạn 2012 - 2015: Apple dần mở rộng Siri lên iPad, iPod Touch, Apple Watch và sau đó là Apple TV."),
    (A7, "Trong buổi báo cáo kết quả kinh doanh quý 1 năm tài chính 2026, CEO Tim Cook cho biết nền tảng trí tuệ nhân tạo Apple Intelligence đã tạo nên một hiệu ứng mạnh mẽ kể từ khi ra mắt vào tháng 10 năm 2024."),
    (A7, "Trái với dự đoán về sự thống trị của các biểu tượng Genmoji, người đứng đầu Apple tiết lộ rằng các công cụ hỗ trợ cho công việc và đời sống thực tế mới là những tính năng được người dùng ưa chuộng nhất."),
    (A7, "Hiện nay để trải nghiệm hệ sinh thái thông minh này, người dùng cần sở hữu iPhone 15 Pro trở lên với bộ nhớ RAM tối thiểu 8GB."),
    (A7, "Tuy nhiên khi cần những nội dung phức tạp hơn, tính năng Compose sẽ cho phép kết nối với máy chủ của OpenAI để tận dụng sức mạnh từ ChatGPT."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
H1 = "http://quan8.hochiminhcity.gov.vn/dantaphaibietsuta/default.aspx?ItemID=85&Mode=1&Source=%2Fdantaphaibietsuta"
H2 = "https://thanhnien.vn/ve-dep-co-kinh-cua-kinh-do-nha-ho-hon-600-nam-tuoi-185251124110725324.htm"
H3 = "https://vnexpress.net/giao-duc/trac-nghiem/thanh-nha-ho-thuoc-tinh-nao-3604951-p3.html"
H4 = "https://nld.com.vn/dung-khung-sat-chong-sat-lo-tuong-thanh-da-600-nam-tuoi-o-thanh-hoa-196251206130037243.htm"
H5 = "http://hoanghaiarchitecturaldesign.blogspot.com/2011_09_11_archive.html"
H6 = "https://susanhom.com/thanh-da-nha-ho-diem-den-co-kinh-va-doc-dao-tai-thanh-hoa/"
H7 = "https://giaydabonghana.com/amp/bi-an-lich-su-dang-sau-thanh-nha-ho-co-kinh"
H8 = "https://123docz.net/document/1928629-kham-pha-di-san-van-hoa-the-gioi-moi-tai-ppsx.htm"
L1 = "https://vi10.ilovetranslation.com/uqnc94t-xJX=d"
L2 = "https://blog.mytour.vn/bai-viet/den-an-duong-vuong.html"
L3 = "http://dongtac.hncity.org/spip.php?article1909"
L4 = "https://hoangthanhthanglong.vn/blog/2023/05/17/thanh-co-loa"
L5 = "https://cdspvinhlong.edu.vn/em-hay-mo-ta-thanh-co-loa-va-neu-net-doc-dao-cua-thanh/"
B1 = "http://vietlandmarks.com/upload/html/7792c402f7f1d3aacb190e66c0f4b167.html"
B2 = "https://m.saigondautu.com.vn/du-lich/lung-linh-vinh-ha-long-tren-nui-108381.html"
B3 = "https://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?l=Thangcanhdulich++&lv=11&page=6"
B4 = "http://vietsensetravel.com/ho-thac-ba-yen-bai-n.html"
B5 = "https://vietnambeauty.com.vn/co-mot-vinh-ha-long-tren-nui-tuyet-dep-ngay-giua-nui-rung-tay-bac/"
B6 = "https://kinhte.congthuong.vn/co-mot-mua-nuoc-noi-o-thuong-nguon-ho-thac-ba-287097.html"
K1 = "https://lichsuhuyenbivietnam.blogspot.com/2013/04/chua-keo-thai-binh-ngoi-chua-oc-nhat-vo.html"
K2 = ("https://amp.doisongphapluat.com.vn/chua-keo---thai-binh-cong-trinh-400-nam-tuoi-trong-gia-tai-kien-truc-viet-"
      "a347774.html")
K3 = "https://bantho.net/?p=18800"
K4 = "https://chuaviettoancau.com/chua-mien-bac/chua-keo-thai-binh-713.html"
K5 = "https://truyenhinhdulich.vn/diem-den/chua-keo-thai-binh-ngoi-chua-co-dep-bac-nhat-viet-nam-1634.html"
K6 = "https://dongtac.hncity.org/spip.php?article7098"

SPAM = [
    # start: the sentence's first syllable
    (H1, "Xưa kia vùng đất này là Động An Tôn (Thanh Hóa) nên còn gọi là Thành An Tôn.", "Xưa", "start"),
    (H6, "Nhắc đến vùng đất Thanh Hóa, người ta nhớ ngay đến cái nôi của những vị anh hùng dân tộc; những câu chuyện lịch sử hùng tráng với những chiến tích vẻ vang.", "Nhắc", "start"),
    (H8, "Giữa những cánh đồng rộng mênh mông, bầu trời xanh trong vắt, cổng thành hiện lên sừng sững.", "Giữa", "start"),
    (L3, "Từ bao đời nay, ngôi thành cổ này cùng với những nhân vật lịch sử được huyền thoại hoá đã đi vào tiềm thức của người dân Việt.", "Từ", "start"),
    (B1, "Trời thu, con thuyền êm đềm trôi trong lòng hồ phẳng lặng, bao trùm là bầu không khí mát lành từ gió và làn nước xanh như ngọc bao quanh.", "Trời", "start"),
    (B1, "Tới hồ, đập thủy điện là nơi đầu tiên bạn nên dừng chân ghé lại.", "Tới", "start"),
    (B2, "Như có sự sắp xếp của tự nhiên, các đảo trong hồ có kích thước khá đều nhau và được phủ kín cây xanh.", "Như", "start"),
    (B6, "Cuối năm, mùa nước nổi, thời gian thủy điện tích nước khiến nơi đây thành điểm du lịch khá thú vị.", "Cuối", "start"),
    (B4, "Bây giờ bạn chỉ nhìn thấy những ngọn đồi trên mặt nước như những hòn đảo mới được tạo ra.", "Bây", "start"),
    (K5, "Men theo hồ sen hai bên tả, hữu là hai cổng tò vò, giữa là tam quan nội.", "Men", "start"),
    (K3, "Nghệ thuật điêu khắc trên các mái hàng trăm con rồng uốn lượn sinh động như những ngọn lửa.", "Nghệ", "start"),
    (K2, "Không gian chùa thoáng đãng và yên tĩnh kết hợp với kiến trúc mang đậm chất thời nhà Lê toát lên từ những đường viền gỗ, mái hiên hay cả viên gạch.", "Không", "start"),
    (K4, "Phật điện được bài trí tôn nghiêm.", "Phật", "start"),
    # end: the sentence's last syllable before the final punctuation
    (H1, "Năm sau Hồ Quý Ly ép vua phải nhường ngôi cho con là Trần Án, mới ba tuổi.", "tuổi", "end"),
    (H3, "Mặt ngoài thành được ghép bằng đá khối, trong đắp đất.", "đất", "end"),
    (H3, "Làm thế nào để vận chuyển đá, xếp chồng đá tảng lớn không cần chất kết dính đến nay vẫn còn là bí ẩn.", "ẩn", "end"),
    (H6, "Công trình bằng đá này đã được công nhận là một trong những di sản văn hóa của thế giới.", "giới", "end"),
    (L1, "Cổ Loa thành là một minh chứng cho tài năng sáng tạo và tinh thần bám trụ của người Việt.", "Việt", "end"),
    (L5, "Các hào thông nhau, vừa nối với một đầm lớn (Đầm cả) ở giữa thành Trung và thành Ngoại, vừa nối với sông Hoàng.", "Hoàng", "end"),
    (B1, "Sau này khi hoàn thành năm 1971, để lưu danh hai thác đã bị vùi lấp, người ta đặt tên hồ là Thác Bà và Thác Ông được đặt cho tên một cây cầu gần đó.", "đó", "end"),
    (B4, "Bản thân hồ được đặt tên theo một trong những thác nước đã biến mất.", "mất", "end"),
    (B2, "Nhiều sông, ngòi đổ nước về tạo ra lượng phù sa cực lớn giúp cho hệ sinh thái trong hồ rất phong phú, đa dạng.", "dạng", "end"),
    (K1, "Thái Bình – mảnh đất của những cánh đồng phì nhiêu, tươi tốt.", "tốt", "end"),
    (K2, "Nếu đôi cánh cửa ở chùa Phổ Minh tiêu biểu cho kiến trúc đời nhà Trần thì đôi cánh cửa chùa Keo tiêu biểu cho kiến trúc đời nhà Lê.", "Lê", "end"),
    (K4, "Sau chùa có đền thờ Thiền sư Không Lộ, vị sư trụ trì ngôi chùa Nghiêm Quang đầu tiên vào thời Lý.", "Lý", "end"),
    (K1, "Bởi vậy Thái Bình luôn đón nhận được những lớp phù sa phì nhiêu bồi tụ.", "tụ", "end"),
    # function: a function word
    (H1, "Thành nhà Hồ được xây với một bình đồ gần vuông.", "với", "function"),
    (H1, "Nét đặc sắc của các bức tường thành này là phần ốp bằng những khối đá xanh ở bên ngoài.", "của", "function"),
    (H3, "Theo sử sách, thời gian dựng thành chỉ 3 tháng và được dựng hoàn toàn thủ công.", "và", "function"),
    (H4, "Đây là tòa thành đá có kiến trúc độc đáo bậc nhất Việt Nam và thế giới.", "và", "function"),
    (H7, "Những khối đá khổng lồ được xếp chồng lên nhau một cách hoàn hảo mà đến nay giới khoa học vẫn chưa lý giải được hoàn toàn.", "mà", "function"),
    (L1, "Ông đã cho đào đắp thành lũy kiên cố, đào hào sâu phòng thủ chắc chắn, luyện quân tinh nhuệ, chế tạo vũ khí để bảo vệ đất nước trước sự đe dọa của quân xâm lược nhà Triệu ở phương Bắc.", "để", "function"),
    (B2, "Sông Chảy là con sông cung cấp nước chủ yếu cho hồ Thác Bà.", "cho", "function"),
    (B3, "Đứng trên đỉnh Cao Biền mà đón ánh ban mai hay đợi hoàng hôn buông trên hồ Thác thì không có gì thú hơn.", "thì", "function"),
    (B4, "Sự tồn tại của hồ Thác Bà đã giúp cải thiện môi trường xung quanh.", "của", "function"),
    (B5, "Hồ có nước trong xanh, xung quanh được bao bọc bởi thảm thực vật xanh tốt.", "bởi", "function"),
    (K4, "Tên chùa Keo thường được gọi vì chùa được dựng ở ấp Keo.", "vì", "function"),
    (K5, "Dân gian còn gọi ngôi chùa ở Thái Bình là Keo trên, phân biệt với chùa Keo dưới ở Nam Định, theo dòng chảy của con sông.", "ở", "function"),
    (K3, "Chùa Keo là một ngôi chùa quy mô lớn, có giá trị cao về kiến trúc, kết hợp hài hòa giữa kiến trúc và thiên nhiên.", "về", "function"),
    # name: a syllable of a person or place name
    (H1, "Tòa thành được Hồ Quý Ly cho xây từ trước khi đoạt ngôi nhà Trần.", "Quý", "name"),
    (H1, "Từ đó Thành An Tôn được xem như kinh đô mới và được đổi tên là Tây Đô.", "Tôn", "name"),
    (H3, "Thành nhà Hồ còn có tên là Tây Giai hay Tây Đô, nằm trong núi Yên Tôn, thuộc hai xã Vĩnh Long và Vĩnh Tiến, huyện Vĩnh Lộc, tỉnh Thanh Hóa.", "Giai", "name"),
    (H4, "Nơi đây từng được xem là kinh đô, trung tâm văn hóa, chính trị, xã hội của nước Đại Ngu dưới triều Hồ.", "Ngu", "name"),
    (L1, "Hơn hai nghìn năm trước, An Dương Vương Thục Phán đã tiến về xuôi để lập kinh đô mới cho nước Âu Lạc tại Cổ Loa.", "Phán", "name"),
    (L4, "Qua các giai đoạn lịch sử, Cổ Loa có rất nhiều tên: Loa thành (thành ốc), thành Côn Lôn, thành Tư Long, Cửu thành, Thành Việt Vương, thành Khả Lũ, Cổ Loa thành.", "Lũ", "name"),
    (L5, "Bên trong thành Nội là những khu nhà ở và làm việc của gia đình An Dương Vương và các Lạc hầu, Lạc tướng.", "Dương", "name"),
    (B3, "Núi Cao Biền là dãy núi lớn và dài nhất của thắng cảnh hồ Thác Bà.", "Biền", "name"),
    (B1, "Theo bậc đá lên phía trên đập, bạn sẽ đến đền Thác Bà tọa lạc trên núi Hoàng Thi.", "Thi", "name"),
    (B6, "Cuối năm ở thượng nguồn hồ Thác Bà thuộc các xã Minh Tiến, An Phú, Xuân Long, huyện Lục Yên, tỉnh Yên Bái nước nổi mênh mông, lung linh soi bóng những hòn đảo.", "Lục", "name"),
    (K2, "Chùa Keo có tên chữ là Thần Quang Tự là một ngôi chùa nằm ở xã Duy Nhất, huyện Vũ Thư, tỉnh Thái Bình.", "Thư", "name"),
    (K4, "Năm 1630, viên quan Hoàng Nhân Dũng cùng vợ là Lại Thị Ngọc Lễ vận động xây dựng chùa.", "Dũng", "name"),
    (K6, "Chùa Keo nằm ngay sau con đê Tả Hồng và chiếm một khu đất rộng ở rìa làng Keo, nay là xã Duy Nhất, thuộc huyện Vũ Thư, tỉnh Thái Bình.", "Hồng", "name"),
    # inner: a syllable inside a compound
    (H1, "Tên Thành Nhà Hồ mới xuất hiện sau này, từ khi triều đại nhà Hồ được xem là triều đại chính thống trong lịch sử.", "thống", "inner"),
    (H1, "Các khối đá được xếp theo hình chữ công chồng lên nhau, tạo nên độ dốc thẳng đứng ở mặt ngoài, gây trở ngại cho kẻ địch muốn vượt thành.", "ngại", "inner"),
    (H7, "Thành Nhà Hồ được xây dựng hoàn toàn bằng đá xanh nguyên khối, với kỹ thuật ghép đá tinh xảo mà không cần chất kết dính.", "xảo", "inner"),
    (H4, "Trong những năm gần đây, thành đá ở khu vực cổng Bắc có nhiều đoạn đã xuống cấp, sụt lún, đổ sập, một số đoạn đã đang có hiện tượng nghiêng đổ.", "lún", "inner"),
    (H7, "Một điểm đến không thể bỏ lỡ cho ai yêu lịch sử và kiến trúc độc bản.", "lỡ", "inner"),
    (L2, "Do đó đường nối hai cửa thành ở cùng một hướng đều là một đường quanh co, lại có ụ phòng ngự ở hai bên nên gây rất nhiều trở ngại cho quân địch khi tiến đánh thành.", "ngự", "inner"),
    (B3, "Chính sự kỳ bí ấy tạo cho Thác Bà một vẻ đẹp lung linh huyền hoặc nhưng lại rất thân thiện, hữu tình.", "hoặc", "inner"),
    (B4, "Với nhiệt độ mát mẻ quanh năm và độ ẩm cao, hồ Thác Bà đã trở thành ngôi nhà của nhiều thảm thực vật hoa lá xanh tươi.", "mẻ", "inner"),
    (B2, "Ngoài những đảo lớn nhỏ còn có hệ thống hang động đẹp ẩn sâu trong lòng những dãy núi đá vôi.", "động", "inner"),
    (B5, "Hồ Thác Bà là nguồn cung cấp nước cho nhà máy thủy điện Thác Bà – công trình thủy điện đầu tiên của Việt Nam.", "cấp", "inner"),
    (K3, "Kiến trúc của chùa được bố trí từ thấp đến cao, từ đơn giản đến phức tạp.", "giản", "inner"),
    (K1, "Dấu ấn Phật Giáo không chỉ được thể hiện trong đời sống tinh thần của người dân, mà nó còn được cụ thể hóa thành hình thức bên ngoài - đó chính là những ngôi chùa.", "thần", "inner"),
    (K3, "Khu thánh điện thờ Thiền sư Không Lộ có kiến trúc với kiểu “nội công ngoại quốc”.", "điện", "inner"),
    # number: the syllable right after a number
    (H2, "628 năm trước, Hồ Quý Ly - khi đó làm quan đầu triều Trần, đã trực tiếp chỉ đạo xây dựng thành Tây Đô (Thành nhà Hồ).", "năm", "number"),
    (H2, "Thành được xây dựng vào mùa xuân năm 1397, trong khoảng thời gian 3 tháng.", "tháng", "number"),
    (H3, "Thành có 4 cửa lớn, đều xây cổng vòm bằng đá khối.", "cửa", "number"),
    (H5, "Thành được xây dựng trong thời gian ngắn, chỉ khoảng 3 tháng (từ tháng Giêng đến tháng 3 năm 1397) và cho đến nay, dù đã tồn tại hơn 6 thế kỷ nhưng tòa thành này còn lại tương đối nguyên vẹn.", "thế", "number"),
    (H1, "Thành Tây đô được xây vào năm 1397 dưới sự chỉ đạo của Hồ Quý Ly, ở huyện Vĩnh Lộc, tỉnh Thanh Hóa.", "dưới", "number"),
    (L2, "Các cửa của 3 vòng thành cũng được bố trí rất khéo, không hề nằm cùng trên một trục thẳng mà lệch chéo đi rất nhiều.", "vòng", "number"),
    (B1, "Tuy là nhân tạo nhưng hồ Thác Bà có tới hơn 1.300 hòn đảo lớn nhỏ.", "hòn", "number"),
    (B2, "Hồ Thác Bà có tới 1.300 đảo xanh lớn nhỏ, nhấp nhô trên mặt nước, nếu nhìn từ trên cao rất giống với vịnh Hạ Long (tỉnh Quảng Ninh), đây cũng chính là nguyên nhân vì sao hồ Thác Bà được ví như vịnh Hạ Long trên núi.", "đảo", "number"),
    (B5, "Mực nước trong hồ có độ sâu dao động trong khoảng từ 46 đến 58 mét, với khoảng gần 4 tỷ mét khối nước.", "mét", "number"),
    (K2, "Đây là một trong những ngôi chùa cổ ở Việt Nam được bảo tồn hầu như còn nguyên vẹn kiến trúc 400 năm tuổi.", "năm", "number"),
    (K5, "Cuối cùng là gác chuông 3 tầng nguy nga bề thế.", "tầng", "number"),
    (K6, "Đây là một trong những ngôi chùa cổ lớn nhất ở Việt Nam nhưng vẫn tồn tại hầu như nguyên vẹn dù đã trải qua 4 thế kỷ.", "thế", "number"),
    (K4, "Chùa vốn có tên là Nghiêm Quang Tự, được xây từ năm 1061 ở hương Giao Thủy, hữu ngạn sông Hồng.", "ở", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): the Block List Project's scam list
# (blocklistproject/Lists, scam.txt), written as spam writes them.
TOKENS = {
    "domain": ["bitmaxtrade.com", "cashfiesta.com", "coinfame.info", "quiloxtrade.com", "zolucky.com", "skyfxhub.com",
               "olympoption.com", "crestoption.com", "coinxo.tech", "glowcoins.com", "capitalmult.com", "rapidloan.ca",
               "quickloans.cash", "cnfastwin.com", "oraioninvestment.com", "pottalfinance.com"],
    "letter-digit": ["Binarycent24", "Boptions360", "Botrades247", "Bulliontrade24", "Cfds100", "Directtrade24",
                     "Equitytrade24", "Expressreturn24", "Forexstocktrade247", "Tradeprime24", "Btcinvest247",
                     "Millionairesclub123", "Techverve247"],
    "CamelCase": ["TradeFist", "GlobalFxMate", "SmartNationFx", "FreedomCashLenders", "KeyFunds", "ClutchLucky",
                  "JackpotWinner", "LuckyPoppy", "BinaryCashFlow", "WhiteMountainCapital", "UniversalCurrencyTraders",
                  "SwiftOptionTrader", "GoldenExpertTrade", "SapientiaCapital", "DailyCoinBit"],
    "lower-case": ["tradelyn", "procrypton", "inloanc", "bitreasures", "optionbrix", "legabitid", "luckyabow",
                   "zedoption", "xtrefinance", "ucointrades", "nixoption", "explosetrade", "fxcryptomine"],
    "digit-led": ["100dayloans", "24cryptoforex", "720bitoptions", "32koptions", "360tradebay", "24suretrades"],
    "hyphenated": ["brave-options.com", "kin-capital.com", "bull-option", "coin-profit", "crypto-base",
                   "cryptomarket-fx", "f-invest", "first-options", "fxbit-trade", "licon-investment",
                   "megatrade-option", "pluscrypto-capital", "unicap-investment", "cash-money", "citytrust-financier"],
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

"""Build ``benchmarks/data/langfresh34/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata34.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh34.py``. Same format as langfresh14-33
(``benchmarks/langid.py --data benchmarks/data/langfresh34 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 34) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-33, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-04) on the iPhone 16 to 18, the Galaxy S25 series, the MacBook Air, the
  Vietnamese e-commerce market (Shopee, TikTok Shop, Lazada, Tiki), Vietnam Airlines' wide-body fleet, and Gemini,
  ChatGPT and OpenAI (topics no earlier control had), each holding real Latin tokens a spam detector could take for a
  pasted token: model codes (A18 Pro, A17 Pro, S24 Ultra, X300 Pro, Boeing 787-9, Adreno 830, One UI 8, M4),
  domain-like and glued names (VOV.VN, TikTok, ChatGPT, OpenAI, DeepSeek, ProMotion, iPhone 17e), units and figures
  (120Hz, 2000 nits, 256GB, 50MP, 3nm, 4.32GHz, 6,9 inch, USD, %), company and brand names (Apple, Samsung, Google
  Pixel, Xiaomi, Oppo, Qualcomm, Shopee, Lazada, Tiki, Airbus, Boeing, Claude, Geekbench, Bloomberg, Intel) and
  English loans (smartphone, flagship, entry-level, laptop, slogan, chatbot, model).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (the floating market of Cái Răng,
  the lanterns and flower lamps of Hội An on the Hoài river, the conical hats of làng Chuông, hát Xoan of Phú Thọ, the
  silk village of Vạn Phúc, đờn ca tài tử, ghe ngo boat races, Mù Cang Chải and Bát Tràng), one syllable replaced by
  one token (its first whole-word occurrence; columns: split, spam text, token, original word, original sentence,
  place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number`` (as
  langfresh22-33). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from two real lists no earlier set read (see the SOURCES of
langfresh21-33 for theirs): StevenBlack/hosts' own gambling hosts file (extensions/gambling/hosts: bookmakers, bingo
and casino sites and skin-betting sites) and 409H/EtherAddressLookup's domain blacklist (fake crypto investment,
doubling, mining and giveaway sites); written as spam writes them: 14 full domains, 13 letter-digit codes, 13
CamelCase names, 13 bare lower-case names, 12 digit-led names, 13 hyphenated names (3 with their domain); most hold
no gambling trade word (``TRADE``). None is an earlier set's token, in spam_brands.txt or the held-out stems, or a
word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables included), none holds a brand stem of spam_brands.txt, a
held-out stem or an earlier token of 4 letters or more, and none is held by an earlier token or a brand stem (all
checked before any run). ``deal`` orders each shape's tokens with the seed and deals them round the six places in
turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh34"
SEED = 34
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
P1 = "https://soha.vn/bi-khai-tu-mot-mau-dien-thoai-hang-sang-cua-apple-van-tang-gia-bat-thuong-tai-viet-nam-198260201104925384.htm"
P2 = ("https://cafef.vn/vong-doi-ngan-lich-su-cua-loat-sieu-pham-apple-iphone-17-pro-max-cung-khong-tranh-duoc-so-phan-"
      "18825091121083754.chn")
P3 = "https://znews.vn/nen-chon-iphone-16-pro-max-hay-iphone-15-pro-max-can-tet-2026-post1611174.html"
P4 = "https://kienthuc.net.vn/khoa-hoc-cong-nghe/iphone-16-co-hap-dan-nguoi-dung-2045625.html"
P5 = ("https://www.24h.com.vn/thoi-trang-hi-tech/gia-du-kien-iphone-16-series-tai-cac-aar-re-hon-apple-store-ca-trieu-"
      "dong-c407a1601278.html")
P6 = "https://2tmobile.com/so-sanh-iphone-16-va-iphone-16-pro-max"
P7 = "https://topthuthuat.com/?p=45158"
P8 = "https://vietnamnet.vn/iphone-18-pro-max-sieu-pham-2026-dan-lo-dien-2494957.html"
E3 = "https://genz.com.vn/?p=81026"
E4 = ("https://cafebiz.vn/thi-phan-tiktok-shop-tang-12-diem-phan-tram-chi-trong-1-nam-de-doa-vi-the-doc-ton-cua-shopee-"
      "176260114120116777.chn")
E5 = "http://ntp.nhipcaudautu.vn/chuyen-de/shopee-vs-tiktok-shop-thu-hung-3361893"
A2 = "https://www.vietnamplus.vn/duong-bay-quoc-te-chau-au-tag198368.vnp"
A5 = "https://baoxuan.vov.vn/tu-khoa/tien-tag25857?page=23"
I4 = "https://congngheaivn.com/chatgpt-la-gi"
I5 = "https://znews.vn/thay-gi-khi-ai-thong-tri-xu-huong-tim-kiem-tren-google-2025-o-viet-nam-post1610537.html"
I6 = "https://vietnamnet.vn/ly-do-nguoi-dung-roi-bo-chatgpt-chuyen-sang-gemini-2-5-pro-2444267.html"
I7 = "https://tino.vn/blog/model-cua-openai/"

S1 = "https://thanhnien.vn/gia-galaxy-s25-ultra-giam-manh-truoc-them-ra-mat-galaxy-s26-18526022412444426.htm"
S2 = "https://soha.vn/galaxy-s25-ultra-se-co-nhung-nang-cap-gi-moi-1982409291054306.htm"
S3 = "https://vtcnews.vn/tat-tat-thong-tin-ve-samsung-galaxy-s25-truoc-ngay-ra-mat-ar921753.html"
S4 = "https://kienthuc.net.vn/khoa-hoc-cong-nghe/samsung-galaxy-s25-sap-ra-mat-co-gi-dau-iphone-16-2042906.html"
S5 = "https://soha.vn/samsung-galaxy-s25-plus-cung-phan-khuc-voi-s24-ultra-nen-lua-chon-may-nao-1982502111453189.htm"
M1C = "https://cafef.vn/day-la-chiec-macbook-vua-bi-khai-tu-tai-viet-nam-188260307084008137.chn"
M2C = ("https://dientuungdung.vn/apple-rut-macbook-air-m4-khoi-cua-hang-truc-tuyen-viet-nam-mo-duong-cho-the-he-may-tinh-"
       "moi-13746.html")
M3C = "https://vietnamnet.vn/macbook-air-moi-ra-mat-tuan-nay-va-nhung-dieu-dang-mong-doi-2377163.html"
M4C = "https://znews.vn/tim-cook-lai-tiet-lo-thiet-bi-apple-moi-post1535533.html"
M5C = "https://vietgiaitri.com/chiec-macbook-air-gia-re-ma-apple-khong-ban-cho-nguoi-dung-20201121i5389946"
M6C = "https://thanhnien.vn/chiec-macbook-cu-dang-mua-hon-nhieu-laptop-windows-gia-re-185260102154046732.htm"

S6 = "https://kenh14.vn/chiec-dien-thoai-dang-giam-115-trieu-dong-215260228092144428.chn"
S7 = "https://vietbao.vn/samsung-se-tang-gia-ban-galaxy-s25-ultra-517180.html"
S8 = ("https://soha.vn/cay-but-cong-nghe-dung-ton-tien-mua-galaxy-s25-ultra-lam-gi-toi-dung-mau-nay-cua-samsung-thay-"
      "chang-kem-198251006110647027.htm")
M7C = "https://kenh14.vn/tim-cook-nha-hang-san-pham-moi-cua-apple-21525030417490227.chn"

CLEAN = [
    # the iPhone 16 to 18
    (P1, "iPhone 16 series chính thức mở bán tại Việt Nam từ tháng 9/2024 và đến nay đã bước sang năm thứ hai trên thị trường."),
    (P1, "Sau khi thế hệ iPhone 17 ra mắt, Apple đã âm thầm ngừng phân phối một số model tiền nhiệm."),
    (P1, "Dù vậy, iPhone 16 Pro và 16 Pro Max vẫn đang được bày bán tại một số đại lý ủy quyền của Apple tại Việt Nam, song lượng hàng tồn kho không còn nhiều."),
    (P1, "Trước đó, trong các đợt khuyến mãi trên Shopee hay TikTok Shop, iPhone 16 Pro Max từng được bán với giá chỉ 27 - 28 triệu đồng, thậm chí phổ biến ở vùng 29 - 31 triệu đồng."),
    (P1, "Việc một mẫu iPhone ra mắt hơn một năm nhưng quay đầu tăng giá được đánh giá là diễn biến khá bất thường."),
    (P2, "Apple đã khép lại vòng đời chỉ vỏn vẹn một năm của bộ đôi iPhone 16 Pro và iPhone 16 Pro Max từng được kỳ vọng tạo dấu ấn nhờ loạt nâng cấp mạnh mẽ."),
    (P2, "Trước khi bị khai tử, iPhone 16 Pro là mẫu máy gây ấn tượng bời nhiều nâng cấp đáng tiền."),
    (P2, "Kích thước màn hình được mở rộng lên 6.3 inch (thay vì 6.1 inch của iPhone 15 Pro), kết hợp với viền mỏng hơn đáng kể, mang lại không gian hiển thị rộng lớn hơn."),
    (P2, "Công nghệ Super Retina XDR OLED cùng tần số quét ProMotion 120Hz đảm bảo mọi chuyển động mượt mà, trong khi độ sáng tối đa 2000 nits giúp hiển thị rõ nét ngay cả dưới ánh nắng gay gắt."),
    (P3, "Cận Tết 2026, iPhone 16 Pro Max và iPhone 15 Pro Max đều giảm giá, cấu hình vẫn mạnh, khiến nhiều người cân nhắc giữa bản nâng cấp mới và lựa chọn tiết kiệm hơn."),
    (P3, "Apple đã tăng nhẹ kích thước trên thế hệ iPhone mới, với iPhone 16 Pro Max đạt 163 x 77,6 x 8,25 mm, so với 159,9 x 76,7 x 8,25 mm của iPhone 15 Pro Max."),
    (P3, "Cả hai đều sử dụng Action Button, nhưng iPhone 16 Pro Max bổ sung thêm Camera Control giúp chuyển chế độ chụp nhanh và chính xác hơn."),
    (P3, "Dynamic Island vẫn hiện diện như đặc trưng nhận diện của dòng Pro, đi kèm cổng USB-C chuẩn USB 3 cho tốc độ truyền dữ liệu cao."),
    (P3, "Tâm điểm nâng cấp nằm ở chipset A18 Pro, phiên bản cải tiến từ A17 Pro của iPhone 15 Pro Max."),
    (P3, "Về mặt hiển thị, iPhone 16 Pro Max được nâng cấp lên màn hình 6,9 inch, lớn hơn 6,7 inch của iPhone 15 Pro Max."),
    (P3, "Cả hai đều sử dụng tấm nền Super Retina XDR OLED, hỗ trợ ProMotion 120 Hz và tính năng Always-On Display."),
    (P4, "Cụ thể, iPhone 16 Pro có kích thước màn hình là 6.3 inch, còn iPhone 16 Pro Max là 6.9 inch, lớn hơn 0.2 inch so với phiên bản tiền nhiệm."),
    (P4, "Nâng cấp này cũng giúp mẫu flagship 2024 trở thành chiếc iPhone lớn nhất từ trước đến nay."),
    (P4, "Bộ đôi iPhone 16 Pro và 16 Pro Max còn có phần viền bezel siêu mỏng, vẫn hỗ trợ các công nghệ hiển thị cao cấp như ProMotion 120Hz và Always-on Display."),
    (P4, "Ngoài ra, phím bấm này còn hỗ trợ xử lý các tác vụ AI, chẳng hạn như tìm kiếm thông tin về đối tượng trước mặt, giống với tính năng Circle-to-Search trên Samsung Galaxy hay Google Pixel."),
    (P4, "Giờ đây, iPhone đã có nhiều nút hơn bất cứ chiếc điện thoại Android nào khác."),
    (P4, "Chip A18 và A18 Pro: Tất cả các thiết bị thuộc dòng iPhone 16 đều được trang bị thế hệ chip A18 Series hoàn toàn mới."),
    (P5, "Ngày 10/9, Apple đã chính thức giới thiệu iPhone 16 series thông qua sự kiện \"It's Glowtime\" tại nhà hát Steve Jobs nằm trong khuôn viên Apple Park (Cupertino, California, Mỹ)."),
    (P5, "Ngoài ra, tất cả đều được trang bị vi xử lý A18 mới tích hợp trí tuệ nhân tạo (AI)."),
    (P6, "iPhone 16 tiêu chuẩn được xem là phiên bản “entry-level” của dòng iPhone 16, nhưng vẫn sở hữu nhiều cải tiến quan trọng so với thế hệ trước."),
    (P6, "iPhone 16 trang bị hệ thống camera kép theo chiều dọc, nhằm hỗ trợ chức năng chụp ảnh không gian (Spatial Capture) để hiển thị trên kính Apple Vision Pro."),
    (P7, "Apple vừa ra mắt loạt sản phẩm iPhone 16 với nhiều cải tiến đáng chú ý, hứa hẹn mang đến trải nghiệm công nghệ đột phá cho người dùng vào ngày 10/09/2024."),
    (P7, "Với thiết kế tinh tế, hiệu năng mạnh mẽ và loạt tính năng mới, iPhone 16 tiếp tục khẳng định vị thế hàng đầu trong thị trường smartphone cao cấp."),
    (P7, "Bạn đang phân vân có nên đầu tư vào iPhone 16 hay không?"),
    (P8, "Theo chu kỳ ra mắt mới của Táo khuyết, mẫu iPhone 18 tiêu chuẩn có thể phải đến năm 2027 mới xuất hiện."),
    (P8, "Tuy nhiên, các phiên bản cao cấp hơn, trong đó có iPhone 18 Pro Max, được kỳ vọng sẽ trình làng sớm hơn, vào tháng 9/2026."),
    (P8, "Dưới đây là toàn cảnh những gì chúng ta biết cho đến thời điểm này về iPhone 18 Pro Max."),
    (P8, "Về kích thước, iPhone 18 Pro Max nhiều khả năng vẫn duy trì tấm nền 6,9 inch, tương đương thế hệ trước."),
    # Vietnamese e-commerce
    (E3, "Theo báo cáo mới nhất từ Metric, quý III/2025 ghi nhận tổng giá trị giao dịch (GMV) đạt 103,6 nghìn tỷ đồng trên bốn sàn lớn – Shopee, TikTok Shop, Lazada và Tiki, tăng 22,25% so với cùng kỳ năm 2024."),
    (E3, "Shopee tiếp tục dẫn đầu thị trường với 56% thị phần GMV, tuy nhiên chỉ tăng 4% so với cùng kỳ năm trước – mức thấp nhất trong nhóm Big 4."),
    (E3, "Việc giảm 38,12% số lượng gian hàng Shopee Mall do siết chặt kiểm soát chất lượng cho thấy nền tảng này đang bước vào giai đoạn tái cấu trúc."),
    (E3, "Dù vậy, doanh số từ hàng chính hãng vẫn tăng 6,54%, chiếm gần 36% tổng GMV – chứng minh người tiêu dùng Việt ngày càng ưu tiên sản phẩm uy tín."),
    (E4, "Chỉ trong vòng một năm, TikTok Shop đã mở rộng thị phần thêm 12 điểm phần trăm, qua đó trực tiếp thu hẹp thị phần của Shopee."),
    (E4, "Trong khi đó, các sàn còn lại như Lazada đang nỗ lực kích cầu bằng những chiến dịch lớn ngay đầu năm 2026 để lấy lại phong độ."),
    (E4, "Tính đến hết năm 2025, tổng doanh số trên các sàn bán lẻ trực tuyến tại Việt Nam đạt mốc 429,7 nghìn tỷ đồng, tăng trưởng 34,75% so với năm 2024."),
    (E4, "Shopee, dù vẫn giữ vị trí số một, đã chứng kiến thị phần sụt giảm mạnh từ 64% của năm trước xuống còn 56,04% vào năm 2025."),
    (E4, "TikTok Shop ghi nhận mức tăng trưởng vượt trội khi chiếm tới 41,31% thị phần, tăng mạnh từ mức 29% của năm trước đó."),
    # Vietnam Airlines' wide-body fleet
    (A2, "Vietnam Airlines đã lên kế hoạch khai thác trở lại các đường bay quốc tế thường lệ đến châu Âu bằng các dòng tàu bay thân rộng là Boeing 787 và Airbus A350."),
    (A2, "Các đường bay quốc tế đi đến châu Âu và Australia sớm được mở trở lại sẽ đáp ứng nhu cầu về nước giai đoạn trước Tết Nguyên đán rất lớn của người dân Việt Nam và kiều bào tại khu vực."),
    (A5, "VOV.VN - Chiều 15/12, máy bay thân rộng Boeing 787-9 của Vietnam Airlines sẽ thực hiện chuyến bay kỹ thuật từ Tân Sơn Nhất đến Long Thành, trở thành tàu bay thương mại đầu tiên hạ cánh tại sân bay này, đánh dấu bước kiểm tra quan trọng trước ngày khai thác chính thức."),
    # ChatGPT, Gemini and OpenAI
    (I5, "Dữ liệu tìm kiếm 2025 từ Google cho thấy người Việt đã chuyển từ tò mò sang chủ động sử dụng AI, đặc biệt là các công cụ tạo sinh và chatbot."),
    (I5, "Google đã công bố danh sách Year in Search 2025 (Google Một năm Tìm kiếm) vào ngày 5/12."),
    (I5, "Báo cáo Year in Search 2025 của Google cho thấy hơn 5 trong 10 từ khóa thuộc nhóm “xu hướng chung” tại Việt Nam liên quan trực tiếp đến công nghệ trí tuệ nhân tạo (AI) và chatbot."),
    (I5, "Trong danh sách “Xu hướng chung” năm 2025 do Google công bố, các công cụ trí tuệ nhân tạo như Gemini, ChatGPT, DeepSeek và Pixverse AI lần lượt giữ vị trí đầu bảng."),
    (I6, "Gemini 2.5 Pro (Nano Banana) của Google đang tạo ‘cơn sốt’ mới khi vươn lên dẫn đầu bảng xếp hạng App Store và Google Play, đồng thời được một khảo sát công khai tại Mỹ và Anh bình chọn là mô hình AI số 1, vượt qua cả ChatGPT, Claude và hàng chục đối thủ khác."),
    (I6, "Khảo sát hơn 21.000 người dùng cho thấy Gemini được đánh giá cao ở các tiêu chí đáng tin cậy, đạo đức, khả năng suy luận và dễ sử dụng."),
    (I6, "Gemini 2.5 Pro có lợi thế lớn về xử lý đa phương tiện: phân tích hình ảnh, tóm tắt PDF, biến ảnh du lịch thành video."),
    (I6, "Thêm vào đó, việc tích hợp chặt chẽ trong hệ sinh thái Google giúp Gemini cập nhật dữ liệu thời gian thực nhanh hơn."),
    (I6, "Tính năng tạo ảnh của ChatGPT từng “hot” một thời nhưng không giữ được sức hút và để thua Gemini 2.5 Pro."),
    (I7, "Giữa hàng ngàn cái tên nổi bật, OpenAI đã liên tục tạo ra những cơn địa chấn, đẩy lùi ranh giới của những gì máy móc có thể làm được."),
    (I7, "Cùng Tino khám phá 7+ model của OpenAI qua bài viết dưới đây nhé!"),
    # the Galaxy S25 series and the MacBook Air
    (S1, "Sự kiện ra mắt Galaxy S26 series dự kiến diễn ra vào rạng sáng 26.2 (theo giờ Việt Nam) khiến mẫu máy tiền nhiệm Galaxy S25 Ultra liên tục ghi nhận mức giá \"chạm đáy\" mới trên toàn thị trường."),
    (S1, "Theo khảo sát tại các hệ thống bán lẻ lớn trên toàn quốc, Galaxy S25 Ultra phiên bản 256 GB hiện được chào bán ở mức 26 triệu đồng, giảm khoảng 2,5 triệu đồng so với tháng trước."),
    (S1, "Thiết bị còn nguyên vị thế cạnh tranh trực tiếp với iPhone 17 Pro Max cùng hàng loạt đối thủ đầu bảng chạy Android như Xiaomi 15 Ultra, Oppo Find X9 Pro hay vivo X300 Pro."),
    (S1, "Dù đang ở cuối giai đoạn giữ ngôi đầu phân khúc, Galaxy S25 Ultra vẫn là mẫu smartphone cao cấp được săn đón nhiều nhất của Samsung tại Việt Nam."),
    (S2, "Galaxy S25 Ultra là một trong những mẫu flagship được mong đợi nhất trong năm tới."),
    (S2, "Galaxy S25 Ultra dự kiến sẽ là một trong những smartphone đầu bảng mỏng nhất năm 2025, với kích thước 162.8 x 77.6 x 8.2 mm."),
    (S2, "Về trọng lượng, nó được cho là nhẹ hơn Pixel 9 Pro XL, nặng 221 gram."),
    (S2, "Màn hình sẽ hỗ trợ độ phân giải 2K và tần số quét 120Hz."),
    (S2, "Thiết bị dự kiến sẽ có màn hình AMOLED phẳng 6.86 inch với viền mỏng hơn so với người tiền nhiệm, tạo nên một diện mạo bóng bẩy hơn."),
    (S2, "Samsung Galaxy S25 Ultra dự kiến sẽ được trang bị chip Snapdragon 8 Gen 4 for Galaxy, một phiên bản ép xung của Snapdragon 8 Gen 4."),
    (S3, "Đây được xem là động thái ngầm khẳng định sự hiện diện của chip Snapdragon của Qualcomm sẽ có trong dòng Galaxy S25."),
    (S3, "Chip Snapdragon 8 Elite được sản xuất trên tiến trình 3nm, bao gồm hai lõi xung nhịp 4.32GHz và 6 lõi xung nhịp 3.53GHz, GPU Adreno 830."),
    (S3, "Snapdragon 8 Elite là phiên bản mới nhất trong dòng Snapdragon - dòng chip sử dụng thiết kế Oryon nội bộ và cho tốc độ nhanh hơn 45% cũng như tiết kiệm năng lượng hơn thế hệ trước."),
    (S4, "Thông số này đưa Galaxy S25 Ultra sẽ trở thành mẫu điện thoại Ultra mỏng nhất từ trước đến nay."),
    (S4, "Nó thanh mảnh hơn nhiều so với S24 Ultra sở hữu kích thước 162.3mm x 79mm x 8.6mm."),
    (S4, "Galaxy S25 có thể sẽ sở hữu màn hình lên tới 6.36 inch và Galaxy S25 Plus sẽ lớn hơn với màn hình lên tới 6.7 inch."),
    (S5, "Được trang bị khung nhôm, cùng kích thước 158.4 x 75.8 x 7.3 mm khiến cho Galaxy S25 Plus có độ nhẹ ấn tượng chỉ 190g."),
    (S5, "Cùng với đó khi mua Galaxy S25 Plus thời điểm hiện tại đang có giá 24 triệu đồng, rẻ hơn 7 triệu đồng so với dòng S25 Ultra khiến phân khúc người mua cũng có cách biệt đủ lớn."),
    (M1C, "Mặc dù đã bị \"khai tử\" trên trang chủ của hãng, MacBook Air M4 thực tế vẫn chưa biến mất khỏi thị trường Việt Nam."),
    (M1C, "Người dùng hiện có thể sở hữu phiên bản 13 inch với bộ nhớ 256GB ở mức giá khoảng 25,2 triệu đồng."),
    (M1C, "Nhìn lại quá khứ, những phiên bản tiền nhiệm như MacBook Air M1 hay M2 vẫn trụ vững và mang lại doanh số tốt tại thị trường Việt Nam một thời gian rất dài sau khi bị Apple ngừng sản xuất."),
    (M2C, "Việc rút MacBook Air M4 khỏi Apple Store được xem là bước đi nhằm tái cấu trúc danh mục sản phẩm."),
    (M2C, "Khi thế hệ iPhone 17e ra mắt, Apple nhanh chóng gỡ iPhone 16e khỏi cửa hàng trực tuyến tại một số thị trường, bao gồm cả Việt Nam."),
    (M2C, "Dòng máy này vẫn tiếp tục xuất hiện tại hệ thống đại lý ủy quyền của Apple (AAR)."),
    (M3C, "Apple sẽ tiếp tục cung cấp MacBook Air với hai kích thước 13 inch và 15 inch."),
    (M3C, "Chip M4 có tối đa 10 nhân CPU, 10 nhân GPU, cùng với 16 nhân Neural Engine."),
    (M4C, "Tin đồn về MacBook Air mới đã xuất hiện trong thời gian dài."),
    (M4C, "Dựa trên điểm đánh giá từ Geekbench, chip M4 tiêu chuẩn cho hiệu năng CPU đa nhân cao hơn 25% so với M3."),
    (M4C, "Cuối tháng 2, biên tập viên Mark Gurman của Bloomberg cho biết lượng MacBook Air M3 và M2 tại cửa hàng Apple đang giảm."),
    (M5C, "Chiếc MacBook Air giá 999 USD được trang bị chip M1 với 8 nhân CPU và 7 nhân GPU, RAM 8GB và SSD 256GB."),
    (M5C, "Mức giá cho model này chỉ là 799 USD."),
    (M6C, "Theo đánh giá, MacBook Air M1 thậm chí vượt qua cả MacBook Pro 2019 với CPU lõi tứ từ Intel."),
    (M6C, "MacBook Air M1 vẫn duy trì vị thế vượt trội cho các tác vụ điện toán hằng ngày dù đã ra đời từ lâu."),
    (S6, "Sau khi sự kiện Galaxy Unpacked khép lại và dòng Galaxy S26 chính thức ra mắt vào rạng sáng ngày 26/2 vừa qua, thị trường di động Việt Nam lập tức ghi nhận đợt điều chỉnh giá vô cùng mạnh tay dành cho thế hệ tiền nhiệm."),
    (S6, "Sự xuất hiện của thế hệ mới đã kéo mức giá niêm yết của mẫu flagship Galaxy S25 Ultra xuống mức thấp kỷ lục kể từ khi lên kệ."),
    (S6, "Theo khảo sát tại các hệ thống bán lẻ lớn trên toàn quốc, Galaxy S25 Ultra phiên bản 256GB hiện chỉ còn quanh mốc 26 triệu đồng, giảm khoảng 2,5 triệu đồng chỉ trong một tháng ngắn ngủi."),
    (S7, "Theo đó, flagship mới nhất của Samsung có thể sẽ chạm mốc 34,5 triệu đồng, tăng tới 2,7 triệu đồng so với Galaxy S24 Ultra."),
    (S7, "Con chip Snapdragon 8 Elite thế hệ mới có giá lên tới 4,9 triệu đồng, đắt hơn 30% so với chip tiền nhiệm."),
    (S7, "Điểm nhấn đáng chú ý khác trên Galaxy S25 Ultra là camera góc siêu rộng 50MP, một bước nhảy vọt so với cảm biến 12MP hiện tại."),
    (S8, "Cây bút Stephen Radochia từ trang Android Police cho rằng dù Galaxy S25 Ultra đã ra mắt được 9 tháng, anh vẫn chưa có một lý do thực sự để yêu thích chiếc điện thoại này."),
    (S8, "Anh đã quyết định lắp SIM trở lại chiếc Galaxy S24 Ultra để xem liệu có nhận ra nhiều khác biệt hay không, nhất là khi nó vừa được cập nhật lên One UI 8."),
    (S8, "Máy dày hơn Galaxy S25 Ultra (8,6mm), nhưng khung viền được bo cong nhẹ lại cho cảm giác cầm nắm thoải mái."),
    (M7C, "Câu slogan này từng được Apple dùng vào năm 2008 khi ra mắt MacBook Air – chiếc laptop siêu mỏng mang tính đột phá."),
    (M7C, "Máy dự kiến vẫn sẽ có hai tùy chọn màn hình quen thuộc là 13 inch và 15 inch, đáp ứng nhu cầu đa dạng của người dùng."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (running Vietnamese text, no Latin token of their own).
B1 = "https://baotainguyenmoitruong.vn/print/276558.html"
B2 = "https://baophutho.vn/ngay-moi-o-cai-rang-227531.htm"
B3 = "https://it4mh3.com/nhung-net-dep-binh-di-mien-tay-o-cho-noi-cai-rang"
H1 = "https://dehoctot.vn/sach-van-mau-lop-8-hay-150-bai/van-thuyet-minh-dem-hoa-dang-song-hoai-1588"
H2 = ("http://www.hoianworldheritage.org.vn/vi/news/savefile/Van-hoa-nghe-thuat/Lung-linh-hoa-dang-tren-song-Hoai-"
      "370.hwh")
H3 = "https://sosanhtour.vn/nao-nuc-ve-dep-pho-co-hoi-an-ve-dem"
H4 = "https://tieudung.kinhtedothi.vn/doi-song/long-lay-dem-pho-co-hoi-an-18017.html"
N1 = "https://danviet.vn/non-chuong.html"
N2 = "https://nguoithanhoai.vn/du-lich-lang-nghe-thanh-oai/non-lang-chuong-ky-ii-450.aspx"
N3 = "https://tapchicongthuong.vn/net-dep-non-la-lang-chuong-26139.htm"
N4 = "http://pnvnnuocngoai.vn/thuong-hieu-toc-dai/thuong-hieu-viet/net-dep-non-lang-chuong-45778.html"
N5 = "https://thegioidulichviet.com/du-lich-viet/e-ap-non-la-lang-chuong-396.html"
X1 = "https://phutho.gov.vn/vi/phuong-xoan-kim-dai"
X2 = "https://phutho.gov.vn/vi/phuong-xoan-thai"
L1 = "http://vietuniquetours.com/vi/article/du-lich-lang-nghe-lang-lua-van-phuc"
L2 = "https://video.baotintuc.vn/giu-gin-lang-nghe-det-lua-truyen-thong-van-phuc-ha-dong-post11396.html"
L3 = "https://taxiphucha.com/lang-lua-van-phuc-bac-ninh/"
D1 = "https://toplist.vn/top/don-ca-tai-tu-510687.htm"
D2 = "https://thotre.com/Van-hoa-Giai-tri/Lap-ho-so-Don-ca-tai-tu-trinh-UNESCO-1226.html"
G1 = "https://vita.vn:443/vi/travel/le-ooc-om-bok-va-hoi-794.html"
G2 = "https://zaidap.com/dua-ghe-ngo-d395526.htm"
M1 = "http://didulich.net/kham-pha/mua-vang-mu-cang-chai-tuyet-dep-trong-nang-thu-24840"
T1 = "https://tapchicongthuong.vn/suc-song-lang-nghe-44706.htm"

SPAM = [
    # start: the sentence's first syllable
    (B1, "Hòa mình vào không khí nhộn nhịp của buổi chợ, du khách có thể quan sát, tìm hiểu sinh hoạt của nhiều gia đình thương hồ với nhiều thế hệ chung sống trên ghe.", "Hòa", "start"),
    (B2, "Bình minh lên, chợ nổi miền quê sông nước đầy ắp những thanh âm xôn xao, rổn rảng nhưng vẫn thư thái và bình yên đến lạ.", "Bình", "start"),
    (B3, "Đến nay, chưa một tài liệu nào có thể xác định được chợ nổi Cái Răng được hình thành vào thời gian nào.", "Đến", "start"),
    (H1, "Ban ngày những mái chèo nhẹ lướt khua động làn nước soi bóng phố cổ, mây trời.", "Ban", "start"),
    (H3, "Hầu như nhà nào cũng treo đèn lồng, đặc biệt là những cửa hàng, nhà hàng.", "Hầu", "start"),
    (N1, "Làng Chuông nổi tiếng từ lâu với nghề làm nón lá truyền thống.", "Làng", "start"),
    (N2, "Ngôi làng nghề nhỏ bé này luôn tấp nập khách ra vào không chỉ để đặt hàng mà còn để tham quan, tận mắt chứng kiến công việc làm nón.", "Ngôi", "start"),
    (N5, "Nếu có dịp tới thăm làng Chuông, đừng quên ghé qua chợ Chuông sắm cho mình chiếc nón lá.", "Nếu", "start"),
    (X1, "Phường Xoan chỉ nhận người cùng làng mà không bao giờ nhận người nơi khác.", "Phường", "start"),
    (D1, "Người hát có thể là nam hoặc nữ bình đẳng.", "Người", "start"),
    (G2, "Ghe Ngo bao giờ cũng được làm bằng thân một cây gỗ to, đục ở giữa làm chỗ ngồi cho các tay đua.", "Ghe", "start"),
    (G1, "Trai tráng từ các phum, sóc tham gia đua tài.", "Trai", "start"),
    (H4, "Ngay gần chùa Cầu, khu phố ẩm thực đêm với vô vàn món ăn vặt hấp dẫn khiến lữ khách khó lòng chối từ.", "Ngay", "start"),
    # end: the last syllable, before the final punctuation
    (B1, "Chợ nổi Cái Răng cũng là chợ đầu mối chuyên mua bán sỉ các loại trái cây, nông sản của vùng.", "vùng", "end"),
    (B2, "Với khí hậu ôn hòa, giao thông thuận tiện, bạn có thể đi du lịch Cần Thơ bất kỳ mùa nào trong năm.", "năm", "end"),
    (B3, "Cần Thơ là một tỉnh sông nước miền Tây luôn gắn liền với vẻ đẹp bình dị, chân phương.", "phương", "end"),
    (H1, "Về đêm, ánh đèn lồng chiếu rọi muôn sắc màu, làm cho bức tranh phố và sông thêm phần sinh động.", "động", "end"),
    (H2, "Theo dòng nước, những đóa hoa lững lờ trôi mang từng nguyện cầu may mắn đến cho mỗi người.", "người", "end"),
    (H3, "Những chiếc đèn hoa đăng có hình bông hoa bán dọc khắp các tuyến đường phố cổ.", "cổ", "end"),
    (H3, "Du khách được tự tay thả những chiếc đèn trôi trên dòng sông.", "sông", "end"),
    (H4, "Địa điểm nhất định phải ghé thăm ở đây là chùa Cầu - biểu tượng của Hội An.", "An", "end"),
    (N2, "Chiếc nón xuất hiện từ bao giờ không ai biết.", "biết", "end"),
    (X1, "Người dân Kim Đái sống chất phác, cần cù, chịu khó.", "khó", "end"),
    (L3, "Trải qua những giai đoạn khó khăn trong chiến tranh, làng lụa này đã bị tàn phá nặng nề.", "nề", "end"),
    (D1, "Đờn ca tài tử là nghệ thuật của đàn (đờn) và ca, do những người bình dân Nam Bộ sáng tác để hát chơi sau những giờ lao động vất vả.", "vả", "end"),
    (G2, "Đầu ghe có hình rồng rắn.", "rắn", "end"),
    # function: a function word
    (B2, "Dù bóng tối và sương lạnh vẫn còn, nhưng không khí đã sớm náo nhiệt với tiếng nổ giòn giã từ động cơ hàng chục chiếc ghe, tàu hướng về chợ.", "nhưng", "function"),
    (B3, "Chỉ biết rằng, chợ ra đời là do nhu cầu thiết yếu của con người khi cuộc sống hàng ngày đều gắn liền với địa hình sông nước.", "do", "function"),
    (B3, "Khi đó răng của nó đã vô tình cắm vào miệng đất này.", "của", "function"),
    (H1, "Nếu đèn lồng là ánh mắt dịu dàng, đằm thắm của đêm phố cổ thì hoa đăng sông Hoài thật sự là một lễ hội của ánh sáng.", "thì", "function"),
    (H3, "Đèn lồng được treo ở ngoài để trang trí và được dùng cả ở trong nhà để chiếu sáng.", "và", "function"),
    (H3, "Vì thế đèn lồng luôn xuất hiện trong bất cứ nghi lễ, lễ hội nào của người Hội An.", "trong", "function"),
    (H4, "Càng về đêm, Hội An càng thêm phần lộng lẫy bởi hàng ngàn chiếc đèn lồng, hoa đăng, ánh điện giăng mắc khéo léo.", "bởi", "function"),
    (N2, "Trải qua thời gian, nghề làm nón của làng Chuông không mất đi mà càng ngày càng phát triển.", "mà", "function"),
    (N4, "Đất ở làng Chuông vốn khô cằn nên người làng đã làm thêm nghề phụ là nghề làm nón.", "nên", "function"),
    (X2, "Các trùm hát truyền chức vị cho con cháu trong nhà.", "cho", "function"),
    (D1, "Địa điểm biểu diễn có thể là những nơi như bóng mát, sân đình, trên thuyền.", "như", "function"),
    (D2, "Họ tập trung lại để cùng chia sẻ thú vui tao nhã nên thường không câu nệ về trang phục.", "về", "function"),
    (G1, "Khi bơi đòi hỏi nghệ thuật điêu luyện, nếu không rất dễ bị lật thuyền.", "nếu", "function"),
    # name: a syllable of a person or place name
    (B1, "Nếu như dân địa phương và các vùng lân cận thường sử dụng các ghe, xuồng trung bình chở các mặt hàng nông sản đến đây tiêu thụ thì những ghe bầu lớn là của các thương lái thu mua trái cây tỏa đi khắp nơi, sang tận Campuchia và Trung Quốc.", "Quốc", "name"),
    (B2, "Ai đến Cần Thơ lần đầu đều muốn đi chợ nổi, ai từng ghé rồi cũng không ngại trở lại để tận hưởng những khoảnh khắc đẹp trên sóng nước miền Tây Nam Bộ.", "Thơ", "name"),
    (H1, "Mỗi dịp lễ hội, trên sông Hoài thu hút rất nhiều du khách, bởi đây là một nơi lý tưởng nhất để ngắm phố cổ về đêm.", "Hoài", "name"),
    (H1, "Với người Hội An, thả hoa đăng đã thật sự là một thú chơi nghệ thuật, là món quà tặng du khách khi đến tham quan phố cổ vào những ngày lễ hội.", "An", "name"),
    (N4, "Người làng Chuông không biết rõ ai là ông tổ của nghề nón, chỉ nghe tổ tiên kể lại chiếc nón ra đời và gắn bó với mảnh đất Chuông giàu văn hóa tự thuở nào.", "Chuông", "name"),
    (X1, "Tên gọi Kim Đái được lấy tên của làng để đặt cho phường Xoan.", "Đái", "name"),
    (X2, "Nhà vua mới mời bà Quế Hoa ở lại trong cung ở bên Cao Mại.", "Hoa", "name"),
    (D2, "Đờn ca tài tử là loại hình nghệ thuật dân gian đặc trưng của vùng Nam Bộ.", "Bộ", "name"),
    (M1, "Trên đường lên với xứ Mù, bạn đi qua đèo Khau Phạ, một trong tứ đại đỉnh đèo của Việt Nam.", "Phạ", "name"),
    (M1, "Ruộng xếp tầng, xếp lớp trải rộng với vân xanh, vân vàng trải dài giữa bạt ngàn núi rừng Tây Bắc.", "Bắc", "name"),
    (G1, "Hội đua ghe ngo thường diễn ra ở con sông lớn ở Thành phố Sóc Trăng.", "Trăng", "name"),
    (H4, "Kề đó là phố Nguyễn Phúc Chu, khu An Hội.", "Chu", "name"),
    (G2, "Ở Sóc Trăng trước kia, hội đua ghe ngo thường được tổ chức trên sông Nhu Gia, nhưng gần đây đã chuyển về sông Trăng.", "Gia", "name"),
    # inner: a syllable inside a compound
    (B1, "Mỗi mặt hàng đã được phân loại cho đồng đều về chất lượng, kích cỡ.", "lượng", "inner"),
    (B1, "Theo truyền thuyết, tên gọi “Cái Răng” xuất phát từ câu chuyện hồi đầu thời khẩn hoang có con cá sấu rất lớn dạt vào đây, răng của nó cắm vào miệng đất này.", "hoang", "inner"),
    (B2, "Mùa hè là lúc trái cây chín rộ, mùa nước nổi mênh mang cá tôm, hay một vài tuần trước Tết Nguyên đán có muôn sắc hoa xuân.", "mang", "inner"),
    (B3, "Truyền thuyết nói về con cá sấu với thân hình rất lớn dạt vào đây.", "thuyết", "inner"),
    (H1, "Lễ hội đêm rằm là sự sáng tạo của người Hội An về phục hồi không gian xưa và tái hiện hoạt động của cư dân phố cổ trong những năm đầu thế kỷ 20, khi nơi đây là một cảng thị sầm uất.", "hồi", "inner"),
    (H3, "Những chiếc đèn lồng rực rỡ ở phố cổ Hội An là hình ảnh gắn liền với đô thị cổ, quen thuộc với du khách.", "thị", "inner"),
    (H3, "Trên những chiếc thuyền, du khách tận hưởng thanh âm cuộc sống, nghe tiếng mái chèo khua nước trên sông.", "hưởng", "inner"),
    (N3, "Phiên chợ làng Chuông chỉ bán sản phẩm truyền thống của làng.", "phẩm", "inner"),
    (X1, "Nghề chính là trồng lúa nước, cuộc sống của họ bấp bênh phụ thuộc vào thiên nhiên.", "thuộc", "inner"),
    (L3, "Tuy nhiên, sau khi đất nước thống nhất, sức sống của làng được khôi phục và phát triển mạnh mẽ.", "phục", "inner"),
    (G2, "Hai bên thân ghe vẽ những hình kỉ hà nhiều màu sắc.", "hà", "inner"),
    (M1, "Trong tiết thu dịu mát, sắc vàng óng ả trải ngút mây trời càng tôn lên vẻ đẹp thơ mộng và kéo du khách về với Mù Cang Chải.", "mộng", "inner"),
    (T1, "Nghề gốm của làng sẽ không bao giờ bị mai một, người đi trước truyền dạy lại cho người đi sau; người đi sau phải có trách nhiệm giữ gìn, phát huy truyền thống.", "nhiệm", "inner"),
    # number: the syllable right after a number
    (B2, "Từ bến Ninh Kiều, chỉ chừng 15 phút đi ca-nô, thuyền máy là tới một trong những khu chợ nổi đông vui nức tiếng vùng Đồng bằng sông Cửu Long.", "phút", "number"),
    (B2, "Thời điểm lý tưởng để xuất phát là khoảng 5 giờ sáng, trước khi mặt trời mọc.", "giờ", "number"),
    (H4, "Đồng hồ điểm 18 giờ, phố cổ Hội An bắt đầu lên đèn, cũng là lúc những bông hoa đăng lấp lánh theo chân các em bé mặc áo dài, đội nón lá đi bán cho du khách quanh bờ sông Hoài.", "giờ", "number"),
    (N2, "Làng Chuông có 7 thôn, 21 xóm, mỗi xóm từ ngày xưa cách nhau bằng con đường xây gạch bổ cau.", "thôn", "number"),
    (N4, "Nhưng từ năm 1940 đến nay, những người thợ làng Chuông chỉ còn làm duy nhất một loại nón.", "đến", "number"),
    (N5, "Chính ở cổng làng này, mỗi tháng, người dân họp chợ 6 phiên, bán nón lá cổ điển và cả những vật liệu làm nón.", "phiên", "number"),
    (N5, "Nón lá làng Chuông có 16 lớp vòng khuông, được xem là con số hoàn hảo để tạo cho nón Chuông nét hài hòa, vừa vặn vẹo đối với bộ mặt người đội.", "lớp", "number"),
    (X1, "Mỗi phường có một trùm phường, 4 hoặc 5 kép và 12 tới 15 đào.", "kép", "number"),
    (L3, "Với lịch sử hơn 1.000 năm, làng lụa Vạn Phúc được coi là một trong những làng nghề lụa lâu đời nhất ở Việt Nam.", "năm", "number"),
    (D1, "Biểu diễn Đờn ca tài tử thường trình diễn theo nhóm, một nhóm có 4-8 người và có 5 nhạc cụ chính (đàn tranh, đàn tỳ bà, kìm, đàn có và đàn tam kết hợp với sáo bảy lỗ).", "nhạc", "number"),
    (G2, "Suốt 4 – 5 cây số có ghe đua, người xem đông nghịt.", "cây", "number"),
    (M1, "Mù Cang Chải có 2 mùa lúa chín, vụ xuân tháng 4-5 và vụ chính tháng 9-10.", "mùa", "number"),
    (L3, "Làng lụa Vạn Phúc thu hút du khách với quy mô lớn, hơn 1.000 hộ gia đình làm nghề dệt lụa.", "hộ", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (sources, commits and licences in the set's SOURCES): StevenBlack/hosts' gambling hosts file and
# 409H/EtherAddressLookup's domain blacklist, written as spam writes them.
TOKENS = {
    "domain": ["betmira.com", "dadobet.com", "odinbet.com", "krugerbets.com", "eccobet.com", "jammyduck.com",
               "betorca.com", "corexbit.com", "xatrainvest.com", "quakebit.com", "billaxy.com", "bixcap.com",
               "tradeberry.org", "goxtrade.com"],
    "letter-digit": ["Bet2875", "Betsking11", "Artemisbet10", "Bet11888", "Betting195", "Marsbet400", "Coinbit24",
                     "Cryptoclub247", "Cryptofans2019", "Bullrun2018", "Opexchange24", "Fxoption27",
                     "Biznesgarant16"],
    "CamelCase": ["DiceStrike", "GoldMedalBingo", "NeedForBet", "EasyToWager", "CounterLuck", "MoneyPlaysCasino",
                  "DoubleInvest", "OptimumTraders", "SpaceGains", "TrustSafeAssets", "TakeYourCrypto",
                  "InfinitiMoney", "LemmeOptions"],
    "lower-case": ["ohmbet", "nederbet", "hititbet", "kashmobet", "doribet", "betjambo", "seriosbit", "corebux",
                   "yaubit", "razebit", "hurtrade", "finmaxbo", "xmoneta"],
    "digit-led": ["247cryptotrade", "3dayprofits", "5000crypto", "2xcoin", "365cash", "300dollarsdaily", "2xbonus",
                  "5000promo", "5000drop", "2019giveaway", "5000giveaway", "5000get"],
    "hyphenated": ["crypto-positive", "crypto-return", "crystal-profit.com", "profit-booster", "royal-crypto",
                   "fresh-mining.com", "earn-crypto", "happy-coin", "share-coin", "nexus-crypto.com", "coin-best",
                   "real-markets", "pro-deposit"],
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

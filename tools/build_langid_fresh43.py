"""Build ``benchmarks/data/langfresh43/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata43.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh43.py``. Same format as langfresh14-42
(``benchmarks/langid.py --data benchmarks/data/langfresh43 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 43) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-42, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-06) on dehumidifiers and water heaters (máy hút ẩm: lít/ngày, m², dB;
  bình nóng lạnh / máy nước nóng), smart door locks (khóa cửa thông minh / khóa vân tay: RFID, NFC, Bluetooth, pin
  AA, apps) and induction cooktops (bếp từ / bếp điện từ: efficiency, IGBT, error codes, prices) -- topics no earlier
  control had (a case-blind grep of the earlier sets finds none of "máy hút ẩm", "bình nóng lạnh", "máy nước nóng",
  "khóa cửa thông minh", "khóa vân tay", "bếp từ", "bếp điện từ"; 3D printing was dropped: langfresh23 has it) --
  each holding real Latin tokens a spam detector could take for a pasted token: codes and acronyms (RFID, NFC, OTP,
  MQTT, ESP32, BLE, USB, LCD, NTC, IGBT, E6, AA/AAA, EVN, IPX4, DH-30HAM, SL 30 ST 2.5 FE-MT, ASEAN, VOV2, TP HCM, LG),
  units glued to numbers (6L/ngày, 10–16L/ngày, 15m², 1.5V, 220V, 100W, 3000W, 2.500W, 5000mAh, 4mm, 8mm, dB),
  camel-case and glued names (eSmartLock, TTLock, OneLock, CalMTA, VnReview, Fujihome, iOS, ekey, Wi-Fi), brands
  (Xiaomi, Kaadas, Yale, Panasonic, Ariston, Electrolux, Sharp, Kangaroo, Energizer, Duracell, Tuya, Vinlock, Alock,
  Apex, Amica, Steiger, Telegram, Google Play, App Store, Baidu, Alibaba, Huawei) and English loans (compressor,
  model, reader, tag, cloud, log, web/mobile, app, bluetooth, wifi, motor, beep, inverter, induction, logistics,
  smartphone, Ceramic, Email), and the pages' own spelling ("Pin có thê sạc", "“ eSmartLock ”", "đóng/ mở", "v.v..").
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (Nhà thờ Đức Bà Sài Gòn, the
  cathedral of 1877-1880; lăng Tự Đức (Khiêm Lăng) and lăng Minh Mạng (Hiếu Lăng), imperial tombs near Huế; chùa Trấn
  Quốc on Hồ Tây in Hà Nội), one syllable replaced by one token (its first whole-word occurrence; columns: split,
  spam text, token, original word, original sentence, place), 13 at each of six places: ``start``, ``end``,
  ``function``, ``name``, ``inner`` and ``number`` (as langfresh22-42). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-42 for theirs): ``eeep.txt`` of thzinz/mikrotik-blacklist, a hosts-format copy of the blacklist of the
Hellenic Gaming Commission (Ε.Ε.Ε.Π.), online gambling and betting sites not licensed in Greece (the repository states
no licence; see SOURCES); written as spam writes them: 16 full domains, 13 letter-digit codes, 15 CamelCase names, 13
bare lower-case names, 6 digit-led names, 15 hyphenated names (2 with their domain), 43 of the 78 with no gambling
trade word (bet, casino, slot, spin, poker, bingo, win, luck, lotto, vegas, play ...). None is an earlier set's token,
in spam_brands.txt or the held-out stems, or a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables included;
the hyphen-less forms and the parts of 3 letters or more of the hyphenated names and, for the names with digits,
their letter parts of 3 letters or more too), none holds a brand stem of spam_brands.txt, a held-out stem or an
earlier token of 4 letters or more, and none is held by one (all checked before any run). ``deal`` orders each
shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh43"
SEED = 43
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
D1 = "https://thietbitapthethao.com/canh-bao-dung-mua-may-hut-am-6-lit-neu-chua-biet-3-dieu-nay/"
D2 = "https://vietnamnet.vn/mua-nom-chon-may-hut-am-gia-binh-dan-cho-can-ho-dien-tich-nho-2489705.html"
D3 = "https://tacnghiep.tuoitrethudo.vn/thoi-tiet-nom-am-keo-dai-may-hut-am-tu-say-dat-khach-271602.html"
D4 = "https://kienthuc.net.vn/chon-may-hut-am-hieu-qua-va-an-toan-suc-khoe-trong-mua-nom-am-post1606046.html"
D5 = ("https://soha.vn/nha-co-tre-nho-nguoi-lon-tuoi-khi-mua-may-hut-am-dieu-dau-tien-can-chu-y-la-gi-"
      "198260225120042144.htm")
D6 = ("https://vnreview.vn/danh-gia-chi-tiet-do-gia-dung/-/view_content/content/2965410/lan-dau-cho-2-binh-nong-lanh-"
      "dau-sung-do-toc-do-lam-nong-giu-nhiet-va-tieu-thu-dien")
L1 = ("https://kdientu.duytan.edu.vn/nghien-cuu-khoa-hoc/thiet-ke-bo-khoa-cua-thong-minh-da-che-do-nfc-plus-otp-plus-"
      "nhan-dien-khuon-mat-cho-ung-dung-nha-thong-minh")
L2 = "https://xiaomicenter.vn/cong-nghe-rfid"
L3 = "https://www.thegioicongnghe.online/blog/tin-tuc-cong-nghe-1/post/huong-dan-su-dung-o-khoa-van-tay-bluetooth-80"
L4 = "https://raovat49.com/s/mat-dien-co-mo-duoc-khoa-cua-van-tay-khong-huong-dan-xu-ly-nhanh-6128493"
L5 = "https://vov2.vov.vn/doi-song-xa-hoi/khoa-cua-dien-tu-co-thuc-su-an-toan-37625.vov2"
L6 = "https://anztech.com.vn/en/?p=36172"
L7 = "https://alock.vn/tim-hieu-che-do-thong-phong-cua-khoa-dien-tu"
L8 = "https://www.ptu.vn/thay-pin-khoa-cua-van-tay"
L9 = "https://smartlock.ai.vn/?p=18343"
L10 = "https://phuongviethcm.com/4-buoc-thay-pin-khoa-thong-minh-tai-nha"
L11 = "https://solityvietnam.com/cach-mo-khoa-cua-dien-tu-khi-het-pin/"
L12 = "https://suakhoanha.com/khoa-tu-het-pin/"
L13 = "https://vienthong.congtytainang.com/?p=29079"
K1 = "https://chefzone.vn/tu-van-bep-tu/bep-tu-co-ken-noi-khong"
K2 = "https://nld.com.vn/oto-xe-dien-may/bep-dien-tu-bep-hong-ngoai-dung-ham-cua-re-20191019221420057.htm"
K3 = "https://dienmayanhngan.com/bep-tu-dun-lau-soi.html?p=33967"
K4 = "https://bephanghieu.vn/?p=249"
K5 = "https://kienthuc.net.vn/tieu-dung/gia-gas-tang-dan-chuyen-sang-dung-bep-tu-120376.html"
K6 = "https://dienmay.hoaphat.com.vn/tu-van-su-dung/cau-tao-va-nguyen-ly-hoat-dong-cua-bep-tu.html"
K7 = "https://mayxaydung.net/p/meo-phong-tranh-loi-e6-bep-tu.html"
K8 = "http://nghenghiep.edu.vn/tim-hieu-igbt-va-cach-xu-ly-khi-bep-tu-chet-igbt.htm"
K9 = "https://suadientulimosa.com/bep-tu-loi-chap-cong-suat"
K10 = "https://htmgroup.vn/igbt-bep-tu-la-gi-nguyen-nhan-chet-igbt-bep-tu.html"
K11 = "https://tiepthigiadinh.vn/bep-tu-chap-chon-tu-bat-tat-do-nhung-nguyen-nhan-nao-d11629.html"

CLEAN = [
    # dehumidifiers (máy hút ẩm) and water heaters (bình nóng lạnh / máy nước nóng)
    (D1, "Máy hút ẩm 6 lít thường được chọn vì giá dễ tiếp cận, kích thước nhỏ gọn và quảng cáo “đủ dùng cho phòng ngủ”."),
    (D1, "Công suất hút ẩm khoảng 6L/ngày, phù hợp phòng diện tích 10–15m²."),
    (D1, "Với phòng lớn hơn 20m², hiệu quả hút ẩm giảm rõ rệt, máy phải chạy lâu hơn nhưng độ ẩm vẫn khó ổn định."),
    (D1, "Không phải model nào cũng có cảm biến độ ẩm tự ngắt."),
    (D1, "Với nhu cầu sấy đồ hoặc dùng đa năng, nên chọn máy từ 10–16L/ngày để hiệu quả rõ rệt hơn."),
    (D1, "Nếu phòng trên 15m², thường xuyên nồm ẩm hoặc cần hút nhanh, máy 6 lít không phải lựa chọn tối ưu."),
    (D2, "Trước đây, máy hút ẩm thường được coi là thiết bị \"xa xỉ\" với nhiều gia đình do mức giá khá cao, dao động từ 7 đến 10 triệu đồng cho các dòng máy nhập khẩu hoặc công suất lớn."),
    (D2, "Chỉ từ hơn 2 triệu đồng đã có thể sở hữu máy hút ẩm công nghệ máy nén (compressor) của Fujihome."),
    (D3, "Chiếm lĩnh thị trường máy hút ẩm năm nay tiếp tục là một số thương hiệu quen thuộc như: Electrolux, Sharp, Kangaroo, LG, Fujie… có xuất xứ từ Trung Quốc, Nhật Bản."),
    (D3, "Theo dự báo, tình hình thời tiết nồm ẩm ở miền Bắc có thể kéo dài từ cuối tháng 2 đến tháng 4/2025."),
    (D3, "Chỉ khoảng nửa tháng 2, doanh số máy hút ẩm đã tăng 300-400% so với ngày thường."),
    (D4, "Theo các chuyên gia, độ ẩm lý tưởng cho sức khỏe con người và đồ nội thất nên duy trì trong khoảng 40–60%."),
    (D4, "Yếu tố quan trọng nhất khi chọn mua máy hút ẩm là công suất, thường được tính bằng lượng nước máy có thể hút trong 24 giờ (lít/ngày)."),
    (D5, "Theo các chuyên gia của EVN, máy hút ẩm giúp giảm độ ẩm dư thừa, loại bỏ vi khuẩn trong không khí và bảo vệ ngôi nhà của bạn khỏi ẩm mốc."),
    (D5, "Máy hút ẩm gia đình thường có độ ồn từ 30-60 dB (decibel), tùy thuộc vào công suất, loại máy và tốc độ quạt."),
    (D5, "Máy nhỏ gọn hoặc siêu êm (dành cho phòng ngủ hoặc nhà có trẻ nhỏ/người lớn tuổi): Thường dưới 40 dB, thậm chí có model chỉ 32-35 dB."),
    (D5, "Máy lớn (công suất cao, hút 20-50 lít/ngày) có thể lên đến 50-70 dB khi chạy hết tốc độ (gần như tiếng vòi sen hoặc máy giặt), nhưng ít phổ biến ở nhà dân dụng."),
    (D6, "VnReview đã làm nhiều bài so sánh về smartphone, máy tính bảng và cả điều hòa."),
    (D6, "Hai sản phẩm được đem ra so sánh lần này là bình nóng lạnh Panasonic DH-30HAM và Ariston SL 30 ST 2.5 FE-MT."),
    (D6, "Cả hai sản phẩm đều thuộc loại bình nóng lạnh gián tiếp với dung tích bình chứa 30 lít, công suất 2.500W và có giá bán trên thị trường cũng tương đồng, khoảng 4 triệu đồng."),
    (D6, "Ở thị trường máy nước nóng, Panasonic và Ariston cũng đang là những thương hiệu có thị phần lớn."),
    (D6, "Trong bài so sánh này, VnReview sẽ tập trung so tốc độ làm nóng nước, khả năng giữ nhiệt, tiêu thụ điện và thiết kế của hai sản phẩm để đánh giá xem sản phẩm nào có ưu thế hơn."),
    (D6, "Đặc biệt, lớp vỏ của bình nóng lạnh này được sơn tĩnh điện và được thiết kế chống nước đạt chuẩn IPX4."),
    # smart door locks (khóa cửa thông minh / khóa vân tay)
    (L1, "Thiết kế và triển khai một hệ thống khóa cửa thông minh tích hợp ba phương thức xác thực: thẻ/NFC, OTP (một lần) gửi qua ứng dụng/Telegram/MQTT và nhận diện khuôn mặt bằng camera AI."),
    (L1, "Hệ thống sử dụng ESP32 (hoặc Raspberry Pi cho xử lý ảnh), điều khiển mô-tơ/khóa điện, ghi log lên cloud, quản lý quyền truy cập và cung cấp giao diện web/mobile cho quản trị."),
    (L2, "Một số dòng khóa cửa thông minh tại Xiaomi Center hiện đã tích hợp công nghệ RFID – giải pháp nhận diện bằng sóng vô tuyến giúp kiểm soát truy cập nhanh chóng và an toàn."),
    (L2, "Trong bài viết này, hãy cùng Xiaomi Center tìm hiểu công nghệ RFID là gì, nguyên lý hoạt động, ứng dụng thực tiễn cũng như ưu - nhược điểm cần lưu ý."),
    (L2, "Công nghệ RFID (Radio Frequency Identification) là giải pháp nhận diện đối tượng bằng sóng vô tuyến, cho phép trao đổi dữ liệu tự động giữa thiết bị đọc (reader) và thẻ gắn chip điện tử (tag) mà không cần tiếp xúc trực tiếp."),
    (L2, "RFID được phát triển từ những năm 1970 và ngày nay được ứng dụng phổ biến trong nhiều lĩnh vực như y tế, logistics, bán lẻ,..."),
    (L2, "Dưới đây sẽ là kết cấu của hệ thống RFID bên trong khóa cửa thông minh."),
    (L3, "Chú ý: Tải ứng dụng “ eSmartLock ” trên điện thoại để bắt đầu sử dụng."),
    (L3, "Sạc sản phẩm bằng cáp USB trong hộp."),
    (L3, "Hỗ trợ đến 15 dấu vân tay."),
    (L3, "Pin có thê sạc đầy trong khoảng 40 phút."),
    (L4, "Trong bài viết này, Thế Giới Vân Tay sẽ giúp bạn hiểu rõ về cơ chế hoạt động của khóa cửa vân tay khi mất điện, các cách mở khóa khẩn cấp và những mẹo xử lý nhanh, hiệu quả trong trường hợp mất điện bất ngờ."),
    (L5, "Anh Đinh Sao Luân, chuyên gia kỹ thuật của Công ty Alense Việt Nam với thương hiệu khóa cửa điện tử Vinlock chia sẻ trong chương trình Sống an toàn của VOV2."),
    (L5, "Khóa mã số được cài đặt từ 6 đến 12 ký tự, khả năng để hack là 1/1.000.000."),
    (L6, "Ứng dụng này giao tiếp với khóa thông qua Bluetooth BLE, và có thể mở khóa, khóa, nâng cấp chương trình cơ sở, đọc nhật ký hoạt động, v.v.."),
    (L6, "Khóa Bluetooth cũng có thể mở cửa thông qua đồng hồ."),
    (L6, "Phiên bản iOS có thể tìm thấy trong App Store và phiên bản Android có thể tìm thấy trên Google Play, App Store, Baidu, Alibaba, 360, Huawei và Xiaomi."),
    (L6, "Người dùng có thể đăng ký tài khoản bằng số điện thoại di động và Email, hiện tại hỗ trợ 200 quốc gia và khu vực trên thế giới."),
    (L6, "Khi bạn gửi ekey đến một số điện thoại hoặc email, và số điện thoại hoặc email này chưa được đăng ký, chúng sẽ được đăng ký tự động."),
    (L7, "Bài viết này Alock sẽ nói chi tiết hơn về chế độ thông phòng và những ưu nhược điểm của chế độ này trong quá trình sử dụng để khách hàng nắm được khi nào nên dùng và khi nào nên tắt chế độ này."),
    (L7, "Tuy nhiên, khi khóa ở chế độ thông phòng, chốt khóa bên trong sẽ luôn ở trạng thái đã được motor đẩy lên."),
    (L8, "Khi khóa cửa thông minh gần hết pin, thiết bị sẽ phát tín hiệu cảnh báo để bạn có thời gian xử lý."),
    (L8, "Thông báo pin yếu trên ứng dụng (đối với dòng khóa kết nối Wi-Fi/Bluetooth như Kaadas, OneLock, Yale)."),
    (L8, "Việc sử dụng pin không đúng chuẩn là nguyên nhân hàng đầu gây rò rỉ hóa chất, chập mạch, giảm tuổi thọ thiết bị."),
    (L8, "Loại thường dùng: Pin AA 1.5V alkaline là lựa chọn phổ biến cho hơn 90% dòng khóa hiện nay."),
    (L8, "Ưu tiên: Các thương hiệu pin chất lượng cao như Panasonic, Energizer, Duracell – cho độ ổn định điện áp tốt, ít rò rỉ và tuổi thọ dài hơn."),
    (L9, "Hầu hết các mẫu khóa hiện nay đều sử dụng pin tiểu hoặc pin sạc Lithium có thể nạp lại qua cổng USB, với thời lượng trung bình từ 4 đến 6 tháng."),
    (L9, "Khi dung lượng pin giảm, khóa sẽ tự động gửi tín hiệu cảnh báo như đèn đỏ nhấp nháy, âm thanh “beep” liên tục, hoặc thời gian mở cửa chậm hơn rõ rệt."),
    (L9, "Thông thường, các dòng khóa dùng pin tiểu AA/AAA cần thay hoặc sạc sau khoảng 4–6 tháng sử dụng, tương đương từ 1.000–3.000 lượt mở cửa."),
    (L9, "Riêng các mẫu khóa pin sạc Lithium cao cấpcó thể hoạt động liên tục đến 8–10 tháng mới cần nạp lại."),
    (L9, "Một số model thông minh còn tích hợp ứng dụng quản lý từ xa (Tuya, TTLock) hiển thị dung lượng pin theo phần trăm."),
    (L10, "Khóa cửa thông minh ngày càng phổ biến nhờ tính tiện lợi, an toàn và khả năng tích hợp vào hệ sinh thái nhà thông minh."),
    (L11, "Vì các sản phẩm khóa cửa điện tử thông minh hiện nay đều sử dụng pin AA để làm nguồn cung cấp điện năng giúp các tính năng trên thiết bị có thể hoạt động được."),
    (L11, "Thông thường thời gian sử dụng khóa cửa thông minh đối với pin AA sẽ có thời gian hoạt động được tầm 12 tháng, tương đương với 10.000 lần đóng/ mở khóa."),
    (L11, "Còn với những dòng pin sạc thì thời gian hết pin sẽ tầm 90 ngày, khoảng 500 lần sạc."),
    (L12, "Hiện nay hầu hết các loại khóa điện tử đều dùng pin AA 1.5V với mức điện năng ổn định."),
    (L12, "Một số dòng khóa điện tử cao cấp thì sử dụng pin sạc Lithium 5000mAh."),
    (L12, "Thông thường sẽ là 12 tháng tương đương khoảng 10.000 lần đóng mở khóa đối với pin AA."),
    (L13, "Phần lớn khóa cửa điện tử hiện đại đều được tích hợp pin dự phòng hoặc cổng sạc khẩn cấp (micro USB) ở bên ngoài."),
    (L13, "Nhiều mẫu khóa thông minh vẫn đi kèm chìa khóa cơ như một giải pháp dự phòng khi có sự cố mất điện, hỏng mạch, hết pin…"),
    # induction cooktops (bếp từ / bếp điện từ)
    (K1, "Một số hướng dẫn sử dụng bếp từ nêu rõ bếp chỉ hoạt động khi đặt nồi có đáy từ, và nhấn mạnh cách thử đơn giản là dùng nam châm; đồng thời khuyến nghị đáy nồi “càng dày và càng phẳng càng tốt” để bếp làm việc ổn định."),
    (K1, "Một nghiên cứu kỹ thuật do Electric Power Research Institute thực hiện ghi nhận “có thể lên tới khoảng 90% năng lượng tiêu thụ được truyền vào thực phẩm”, so với khoảng 74% ở bếp điện trở truyền thống và khoảng 40% ở bếp gas (hiệu suất nhiệt tại điểm sử dụng)."),
    (K1, "Một báo cáo kỹ thuật thuộc chương trình CalMTA (liên quan cơ sở dữ liệu hiệu quả năng lượng của California Public Utilities Commission) cũng nêu các mức hiệu suất tham chiếu 84% (induction), 74% (điện trở), 40% (gas); và trong đo phòng thí nghiệm, các giá trị đo được là 84.8%, 77.4%, 31.9% tương ứng."),
    (K2, "Trong một lần đi siêu thị được nhân viên bán hàng tư vấn nấu ăn bằng bếp điện từ (bếp từ) sẽ giúp món ăn ngon hơn, bà Trương Thúy Minh - ngụ quận 7, TP HCM - quyết định mua bếp."),
    (K2, "Giá bếp từ, bếp hồng ngoại loại 1 có thương hiệu trong nước hoặc khu vực ASEAN và Trung Quốc từ 600.000 đồng cho đến gần 2 triệu đồng; bếp đôi loại thông thường có giá từ vài triệu đồng đến hàng chục triệu đồng."),
    (K2, "Bếp xuất xứ châu Âu có giá khá cao: bếp đôi điện từ Apex xuất xứ Ý gần 17 triệu đồng, bếp hồng ngoại Amica xuất xứ Ba Lan 12,5 triệu đồng, bếp Steiger xuất xứ Đức 19,5 triệu đồng."),
    (K2, "Ngoài ra, trên thị trường còn nhiều loại bếp từ hoặc hồng ngoại có giá bán rất rẻ, chỉ hơn 200.000 đồng đến 350.000 đồng."),
    (K3, "Tại Điện Máy Ánh Ngân, chúng tôi thường xuyên nhận được phản hồi từ khách hàng về tình trạng bếp từ hoạt động yếu, mất nhiều thời gian đun sôi nước hoặc nấu chín thức ăn."),
    (K3, "Bếp từ sử dụng công nghệ cảm ứng điện từ (Induction heating) để tạo nhiệt."),
    (K3, "Đáy nồi bằng vật liệu nhiễm từ (sắt, gang, inox 430) đặt trong từ trường này sẽ sinh ra dòng điện Foucault, khiến đáy nồi nóng lên nhanh chóng."),
    (K3, "Hiệu suất truyền nhiệt của bếp từ đạt 85-90%, cao hơn nhiều so với bếp gas (40-50%) hay bếp hồng ngoại (60-65%)."),
    (K3, "Tuy nhiên, khi bếp từ hoạt động không đúng công suất, thời gian đun sôi có thể kéo dài gấp 2-3 lần bình thường."),
    (K3, "Bếp từ cần nguồn điện 220V ổn định để hoạt động tối ưu."),
    (K4, "Bếp Hàng Hiệu sẽ phân tích để các bạn hiểu bếp từ an toàn không hay cũng như hiểu hơn về bếp từ."),
    (K4, "Các nút điều chỉnh nhiệt độ với nhiều chức năng: nấu cháo, lẩu, xúp, chiên, xào… được điều khiển qua màn hình LCD và một số chức năng tiện ích khác như hẹn giờ tự tắt."),
    (K5, "Chị Lê Phương Nguyên, nhà ở 114 Yên Ninh (Hà Nội) cho biết, khoảng nửa năm trước khi đến chơi nhà một người bạn, chị phát hiện chiếc bếp từ thay thế bếp gas trong bếp."),
    (K5, "Trước đây khi nhà mình dùng bếp gas thì khoảng hơn một tháng là dùng hết một bình 13 kg."),
    (K6, "Bếp điện từ là một thiết bị nấu ăn ngày càng được sử dụng phổ biến do tính hiệu quả, an toàn và tiện lợi của nó."),
    (K6, "Cùng Điện máy gia dụng Hòa Phát tìm hiểu chi tiết trong bài viết này."),
    (K6, "Mặt kính hầu hết được làm từ chất liệu kính chịu nhiệt, chịu lực dày từ 4mm đến 8mm như Ceramic có khả năng chịu va đập và chống trầy xước."),
    (K7, "Lỗi E6 trên bếp từ là tín hiệu cảnh báo cho thấy bộ điều khiển phát hiện sự bất thường về nhiệt độ hoặc cảm biến."),
    (K7, "Khi gặp E6, bếp sẽ tự ngắt để bảo vệ linh kiện, tránh cháy nổ hoặc hư hại nặng hơn."),
    (K7, "Nguyên nhân phổ biến nhất dẫn đến lỗi E6 là cảm biến nhiệt (NTC) bị hỏng hoặc mất kết nối."),
    (K7, "Cảm biến NTC gắn sát bo mạch có nhiệm vụ giám sát nhiệt độ mạch in và mặt kính."),
    (K7, "Để tránh quá nhiệt, bếp từ inverter và nhiều dòng bếp cao cấp tự động báo E6 rồi ngắt nguồn."),
    (K7, "Khi bếp nguội, gắn lại phích, bật nguồn rồi quan sát xem E6 còn xuất hiện hay không."),
    (K8, "IGBT là một linh kiện quan trọng, không thể thiếu ở trong bếp từ."),
    (K8, "Hãy cùng NGHỀ NGHIỆP EDU đi giải đáp những thắc mắc này ở bài viết dưới đây nhé!"),
    (K8, "IGBT hay sò công suất là một loại linh kiện bán dẫn công suất 3 cực được lắp đặt bên trong bếp từ."),
    (K8, "Bộ phận này có cấu tạo nhỏ gọn, gồm 3 chân G, C, E."),
    (K8, "Bếp từ đang hoạt động bình thường nhưng do chết IGBT nên bếp bị tắt."),
    (K8, "IGBT có nhiều loại, mỗi dòng bếp được lắp mã IGBT khác nhau."),
    (K9, "Bếp từ thường có nhiều mức công suất (thường từ 100W đến 3000W), cho phép điều chỉnh linh hoạt nhiệt độ để phù hợp với từng loại món ăn."),
    (K10, "IGBT (Insulated Gate Bipolar Transistor) được biết đến là một linh kiện bán dẫn công suất đóng vai trò quan trọng trong bếp từ."),
    (K10, "IGBT được ví như “trái tim” của bếp từ, bởi nó ảnh hưởng trực tiếp đến hiệu suất hoạt động và tuổi thọ của bếp."),
    (K10, "Hãy cùng HTM Group tìm hiểu trong bài viết hôm nay nhé!"),
    (K11, "Các sản phẩm bếp từ mức giá tầm trung hiện nay đều được trang bị tính năng này, nếu người dùng không tìm hiểu kỹ sẽ rất dễ bị nhầm lẫn."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
N1 = "https://gelatostick.vn/vi/san-pham/nha-tho-duc-ba-216"
N2 = "https://text.123docz.net/document/869181-tai-lieu-nha-tho-lon-nhat-xua-nhat-vn-nha-tho-duc-ba-docx.htm"
N3 = "https://thienviettour.vn/amp/nha-tho-chinh-toa-duc-ba-sai-gon-a2586.html"
N4 = "http://cotab.com/forums/yaf_postst40769_Nha-Tho-Duc-Ba-Sai-Gon--toa-kien-truc-dac-sac-gan-140-tuoi.aspx"
N5 = "https://toplist.vn/top-list/nha-tho-noi-tieng-tai-tp-ho-chi-minh-52360.htm"
N6 = "http://vietmania.blogspot.com/2023/03/nha-tho-o-sai-gon-net-oc-ao-tay-phuong.html"
N7 = "https://m.thanhnien.vn/thoi-su/nha-tho-duc-ba-trung-tu-keo-dai-khoang-2-nam-948136.html"
N8 = "https://thanhhoa24h.net.vn/chinh-thuc-trung-tu-nha-tho-duc-ba-140-nam-tuoi-o-sai-gon-a83622.html"
N9 = "https://baonghean.vn/tags/Th%C3%B2-B%C3%A1-M%C3%A0i.html"
T1 = ("https://tracuuquyhoach.com/tin-tuc/kham-pha-khu-lang-mo-nhu-hoang-cung-thu-nho-cua-vi-vua-tri-vi-lau-nhat-trieu-"
      "nguyen-51042818")
T2 = "http://didulich.net/kham-pha/lang-mo-cua-vua-co-103-ba-vo-o-viet-nam-11080"
T3 = "https://baotreonline.com/tin-tuc/phong-su/lang-tu-duc.baotre"
T4 = "https://baophuyen.vn/141/81132/khiem-lang-vua-tu-duc.html"
T5 = "http://quengasongtre.com/2018/12/31/luu-ban-nhap-tu-dong-10"
T6 = "https://www.yougovn.com/single-post/2017/09/04/l%C4%83ng-t%E1%BB%B1-%C4%91%E1%BB%A9c"
Q1 = "https://zaidap.com/ha-noi-chua-tran-quoc-d394896.htm"
Q2 = "https://nguoihanoi.vn/chua-tran-quoc-quan-tay-ho-76928.html"
Q3 = ("https://kienthuc.net.vn/kho-tri-thuc/loat-den-chua-co-phai-ghe-tham-tren-con-duong-lang-man-nhat-ha-noi-"
      "1962361.html")
Q4 = "https://bantho.net/?p=18860"
Q5 = "https://zaidap.com/ngoi-chua-nao-co-nhat-ha-noi-d272740.htm"
Q6 = "https://vtc.vn/ngoi-chua-nao-o-nuoc-ta-lot-top-chua-dep-nhat-the-gioi-ar838057.html"
Q7 = "https://chonthieng.com/dia-diem/chua-tran-quoc-duong-ba-dinh-ha-noi/"
M1 = "https://vnexpress.net/lang-mo-vi-hoang-de-nhieu-con-nhat-su-viet-4444531.html"
M2 = "https://www.vietnamdiscover.net/kham-pha-lang-minh-mang-hieu-lang.html"
M3 = "https://traveltour.vn/2010/11/lang-minh-mang-hieu-lang/"
M4 = "https://www.vietnammonpaysnatal.fr/mausoleum-empereur-minh-mang-english-version"

SPAM = [  # (page, original sentence, replaced word, place)
    # start: the sentence's first syllable
    (N1, "Đây là nhà thờ chính tòa của Tổng giáo phận Sài Gòn và là một trong những công trình kiến trúc độc đáo có quy mô lớn nhất tại Việt Nam.", "Đây", "start"),
    (N3, "Các cửa kính màu nổi bật trong nhà thờ được sản xuất tại Pháp.", "Các", "start"),
    (N3, "Máy đồng hồ của nhà thờ cũng có niên đại lâu đời và hoạt động chính xác.", "Máy", "start"),
    (N9, "Hầu hết mái ngói các gian nhà thờ đã hư hại.", "Hầu", "start"),
    (T2, "Toàn cảnh lăng Tự Đức như một công viên lớn.", "Toàn", "start"),
    (T4, "Hàng ngày, rất nhiều du khách đến điểm di tích này.", "Hàng", "start"),
    (T5, "Giữa mùa hè nắng nóng, đến lăng Tự Đức sẽ thấy dễ chịu hơn nhiều.", "Giữa", "start"),
    (T5, "Ngồi ngắm sen nở, thoảng thoảng hương sen và tiếng thông vi vu nhè nhẹ.", "Ngồi", "start"),
    (Q3, "Kết cấu và nội thất chùa Trấn Quốc tuân theo nguyên tắc khắt khe của chùa Việt cổ.", "Kết", "start"),
    (Q5, "Ngôi chùa chính là chỗ dựa tinh thần vững chãi để từ đó phát huy sức mạnh tổng lực của dân tộc.", "Ngôi", "start"),
    (M2, "Ông cũng hiếu học, năng động và quyết đoán.", "Ông", "start"),
    (M4, "Mỗi lăng mộ vua chúa đều có một cảnh quan và một nét quyến rũ riêng.", "Mỗi", "start"),
    (N7, "Trong quá trình thi công, các hoạt động cử hành thánh lễ vẫn tiến hành bình thường, riêng việc chụp ảnh xung quanh khuôn viên nhà thờ và tham quan bên trong đều tạm dừng.", "Trong", "start"),
    # end: the last syllable before the final punctuation
    (N4, "Đây là một trong những địa điểm yêu thích của người dân Sài Gòn trong các dịp quan trọng.", "trọng", "end"),
    (N3, "Nội thất thánh đường bao gồm một lòng chính và hai lòng phụ, tạo nên không gian tuyệt đẹp và trang nhã.", "nhã", "end"),
    (N7, "Nguyên vật liệu trùng tu được lựa chọn hết sức kỹ lưỡng, đảm bảo vẫn giữ vẻ đẹp cổ kính của công trình kiến trúc tôn giáo đặc biệt ấn tượng này.", "này", "end"),
    (T2, "Đằng trước là hồ Lưu Khiêm, được thả hoa sen tạo cảnh.", "cảnh", "end"),
    (T2, "Vua Tự Đức muốn dùng tấm bia khổng lồ đó để kể công và nhận tội trước lịch sử.", "sử", "end"),
    (T4, "Bước qua cổng tam quan, du khách sẽ khám phá và cảm nhận được vẻ uy nghiêm, lãng mạn của lăng.", "lăng", "end"),
    (T5, "Mùa hè sen nở khắp hồ Lưu Khiêm.", "Khiêm", "end"),
    (T6, "Lăng Tự Đức là một lăng tẩm có kiến trúc khác biệt và rất nên thơ.", "thơ", "end"),
    (Q2, "Chùa Trấn Quốc thuộc phường Yên Phụ, quận Tây Hồ, thành phố Hà Nội.", "Nội", "end"),
    (Q6, "Ngôi chùa là di sản văn hóa của dân tộc, nơi danh lam thắng cảnh của kinh thành xưa kia và Thủ đô ngày nay.", "nay", "end"),
    (M1, "Trong hai mươi năm trị vì, vua đã thay đổi nhiều việc, từ đối nội, đối ngoại cho đến những cải cách kinh tế chính trị xã hội.", "hội", "end"),
    (M4, "Lăng Minh Mạng nổi tiếng với sự hài hòa hoàn hảo giữa kiến trúc và môi trường tự nhiên.", "nhiên", "end"),
    (M2, "Minh Mạng có tư chất thông minh hơn người.", "người", "end"),
    # function: a function word
    (N1, "Nhà thờ được xây bằng gỗ hoàn thành vào năm 1865, với tên gọi là Nhà thờ Sài Gòn.", "bằng", "function"),
    (N5, "Nhà thờ Sài Gòn là công trình xây dựng đơn sơ bằng gỗ, bị mối mọt làm hư hại nặng nên phải xây dựng lại.", "là", "function"),
    (N5, "Nhà thờ Đức Bà - Vương cung Thánh đường Sài Gòn đã có nhiều tên gọi khác nhau trong những năm qua.", "đã", "function"),
    (N3, "Nhà thờ Đức Bà Sài Gòn đã trải qua ba cuộc tu bổ từ khi xây dựng.", "từ", "function"),
    (T1, "Lúc mới xây dựng, lăng có tên là Vạn Niên Cơ, sau cuộc loạn Chày Vôi, vua đổi tên thành Khiêm Cung.", "sau", "function"),
    (T2, "Bên trong lăng là khu vực dành cho vua nghỉ ngơi mỗi khi đến đây.", "cho", "function"),
    (T4, "Hai bên tả hữu là Pháp Khiêm vu và Lễ Khiêm vu dành cho các quan văn võ.", "các", "function"),
    (T5, "Tôi thích khu lăng mộ này vì đó là lăng đẹp nhất trong các lăng ở Huế.", "vì", "function"),
    (Q2, "Chùa được dựng tại thôn Yên Hoa (sau được đổi là Yên Phụ) trên một bãi cạnh sông Hồng.", "tại", "function"),
    (Q3, "Kiến trúc chùa ngày nay là sự kết hợp phong cách kiến trúc nhiều thời kỳ, trong đó kiến trúc nhà Nguyễn là chủ đạo.", "trong", "function"),
    (Q5, "Chùa tọa lạc phía Nam hồ Tây, trên đường Thanh Niên, quận Tây Hồ.", "trên", "function"),
    (M3, "Cổng chính chỉ mở một lần để đưa quan tài của vua vào lăng, muốn ra vào phải qua hai cổng phụ là Tả Hồng môn và Hữu Hồng môn.", "để", "function"),
    (M2, "Ông là con thứ của vua Gia Long.", "của", "function"),
    # name: a syllable of a person or place name
    (N4, "Là nhà thờ chính tòa của Tổng Giáo phận Sài Gòn, Nhà Thờ Đức Bà là một trong những công trình kiến trúc độc đáo của thành phố.", "Gòn", "name"),
    (N6, "Đô thị Sài Gòn có bốn đặc trưng cơ bản là: Một đô thị sông nước, là đô thị trung tâm kinh tế, là đô thị theo kiểu phương Tây và đô thị đa dạng về văn hóa.", "Sài", "name"),
    (N6, "Năm 1740, Sài Gòn đã trở thành một giáo khu lớn với cái nôi là Chợ Quán.", "Quán", "name"),
    (T1, "Sau khi vua băng hà, Khiêm Cung trở thành Khiêm Lăng.", "Cung", "name"),
    (T4, "Bên trong Khiêm Cung môn là khu vực dành cho vua nghỉ ngơi.", "Khiêm", "name"),
    (T4, "Phía trước là hồ Lưu Khiêm, giữa hồ có đảo Tịnh Khiêm có đất trồng hoa và hang nhỏ để nuôi thú.", "Tịnh", "name"),
    (Q4, "Đáng kể là tấm bia của Trạng nguyên Nguyễn Xuân Chính lập năm 1639 và tấm bia của Tiến sĩ Phạm Quý Thích lập năm 1815.", "Xuân", "name"),
    (Q1, "Đây là ngôi chùa có lịch sử lâu đời nhất ở Hà Nội.", "Hà", "name"),
    (Q4, "Chùa Trấn Quốc là một trong những ngôi chùa cổ nhất ở nước ta.", "Trấn", "name"),
    (M2, "Quan địa lý Lê Văn Đức là người tìm chọn được thế đất “đầu gối sơn chân đạp thủy” này.", "Văn", "name"),
    (M2, "Minh Mạng cũng rất quan tâm đến võ bị, nhất là thủy quân nên đã sai người tìm hiểu cách đống tàu của châu Âu và ước mong người Việt đống được tàu kiểu Tây Âu và biết lái tàu vượt đại dương.", "Mạng", "name"),
    (T3, "Vua Thiệu Trị trước lúc qua đời đã di chiếu truyền ngôi cho Hồng Nhậm, khi ấy mới 19 tuổi.", "Nhậm", "name"),
    (Q3, "Công trình mang tính điểm nhấn là bảo tháp Lục độ đài sen được xây năm 1998.", "Lục", "name"),
    # inner: a syllable inside a compound
    (N2, "Nhà thờ này thoạt đầu xây cất bằng gỗ, hoàn thành năm 1865.", "cất", "inner"),
    (T5, "Đi tham quan đến lầu ngắm sen này rồi thì chẳng ai muốn đi thêm nữa.", "quan", "inner"),
    (T6, "Ông nổi tiếng là một người yêu thi ca, lịch sử và hay chữ.", "tiếng", "inner"),
    (T2, "Khiêm Cung Môn bề thế, trước cửa có nhiều cây đại được trồng hài hòa với khung cảnh.", "thế", "inner"),
    (Q2, "Chùa đã được tu sửa vào những năm 1624, 1628.", "sửa", "inner"),
    (N6, "Những tuyệt tác của một số công trình Công giáo ở Sài Gòn cho chúng ta sự hiểu biết giá trị nhiều mặt của di sản Công giáo, cũng là di sản lịch sử văn hóa của đô thị Sài Gòn.", "tác", "inner"),
    (N6, "Lịch sử hình thành giáo phận Sài Gòn gắn với dòng lịch sử Nam tiến thời chúa Nguyễn và triều Nguyễn ở Đàng Trong.", "thành", "inner"),
    (Q1, "Các công trình kiến trúc hài hoà với cỏ cây, mây nước, tạo nên một cảnh quan tuyệt đẹp và một di tích tín ngưỡng Phật giáo nổi tiếng của thủ đô nằm bên đường Thanh Niên, thuộc phường Yên Phụ, quận Tây Hồ.", "ngưỡng", "inner"),
    (T4, "Đây là một trong những công trình đẹp nhất của kiến trúc cung đình thời Nguyễn.", "đình", "inner"),
    (T4, "Nơi đây được xem là hành cung thứ hai để vua nghỉ ngơi, thư giãn, làm việc những khi không thiết triều chính ở đại điện Tử cấm thành.", "giãn", "inner"),
    (T2, "Công trình có kiến trúc cầu kỳ, phong cảnh sơn thủy hữu tình và là một trong các lăng tẩm đẹp nhất của nhà Nguyễn.", "thủy", "inner"),
    (T2, "Ra khỏi khu vực tẩm điện, du khách theo con đường quanh co dẫn sang khu lăng mộ.", "điện", "inner"),
    (T6, "Người ta đánh giá rằng ông là người sát sao với việc triều chính và cũng là một người con có hiếu với mẹ là hoàng hậu Từ Dũ.", "chính", "inner"),
    # number: the syllable right after a number
    (T1, "Lăng Tự Đức (Khiêm Lăng) là nơi an táng, thờ tự vua Tự Đức (1829-1883) - vị vua thứ 4 của triều Nguyễn và hoàng hậu Lệ Thiên Anh.", "của", "number"),
    (T2, "Dù có 103 bà vợ nhưng Tự Đức không có con nối dõi.", "bà", "number"),
    (T2, "Toàn bài văn có gần 5.000 chữ, là một bản tự thuật của nhà vua về cuộc đời, vương nghiệp cũng như những rủi ro, bệnh tật của mình.", "chữ", "number"),
    (T6, "Tự Đức lên ngôi năm 19 tuổi và là một vị vua trị vì lâu nhất trong các vua đời nhà Nguyễn.", "tuổi", "number"),
    (T6, "Ông nhận 3 người con nuôi và cũng không lập hoàng hậu, cao nhất chỉ là hoàng quý phi.", "người", "number"),
    (Q4, "Chùa cũng còn giữ được 14 tấm bia.", "tấm", "number"),
    (Q7, "Chùa Trấn Quốc là một ngôi chùa cổ kính, vẹn nguyên dáng hình như thuở tạo dựng ban đầu cách đây 1.500 năm.", "năm", "number"),
    (M1, "Với 142 người con, vua Minh Mạng được xem là vị vua có nhiều con nhất sử Việt.", "người", "number"),
    (M3, "Cổng có 3 lối đi với 24 mái lô nhô cao thấp và các trang trí rất đẹp.", "lối", "number"),
    (N3, "Các chuông này được chế tạo tại Pháp và có trọng lượng tổng cộng khoảng 27 tấn.", "tấn", "number"),
    (N8, "Riêng 2 tháp nhọn phía trước mặt tiền nhà thờ, việc sửa chữa cũng mất khoảng 1 năm.", "tháp", "number"),
    (N8, "Trong thời gian gần 3 năm sửa chữa, Thánh lễ vẫn diễn ra bình thường, tuy nhiên việc tham quan của du khách sẽ được tạm dừng.", "năm", "number"),
    (N1, "Nhà thờ Đức Bà Sài Gòn có lịch sử hơn 140 năm, là một biểu tượng văn hóa và tôn giáo của Thành phố Hồ Chí Minh.", "năm", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): the Hellenic Gaming Commission blacklist as copied in
# thzinz/mikrotik-blacklist (eeep.txt), written as spam writes them.
TOKENS = {
    "domain": ["jaeluke.com", "pachipachi.com", "theprofitland.com", "baysansli.com", "folkautomaten.com",
               "musmasters.com", "malibrechance.com", "fortunebeach.com", "costaricatc.com", "vogliadivincere.it",
               "marcaapuestas.es", "cupdaypetition.com", "tienlenlch.com", "klavercasino.com", "sprutcasino.club",
               "propersix.casino"],
    "letter-digit": ["Betlima504", "Hepsibahis189", "Justinbet429", "Hiperbet512", "Colonybet437", "Casombie100",
                     "Cazimbo1", "Brillx32", "Wintopia2", "Zeoncasino90", "Gomontecryptos2", "Btwdia08",
                     "Welovelotto88"],
    "CamelCase": ["CrazyStar", "DevilfishTech", "VegaDream", "FreakyAces", "FortunePanda", "FruityKing", "HappyTiger",
                  "SportMarket", "ThePhoneCasino", "BetScreamer", "KingsmanCasino", "PirateSlots", "FluffySpins",
                  "BullRunBets", "SilentBet"],
    "lower-case": ["spinanga", "amoncasino", "karlcasino", "olimpbet", "konibet", "betonic", "bestybet", "ababet",
                   "binguez", "tripleseven", "krakencassino", "wpokies", "winlando"],
    "digit-led": ["3voxcasino", "1stjackpot", "7liveasia128", "21novz", "36bolecn", "789c88"],
    "hyphenated": ["elgordo-navidad.com", "jednoreki-bandyta.com", "lottosport-ks", "eastbridge-sb", "kotikasino-tuki",
                   "tournois-de-belote", "wettstar-pferdewetten", "e-winns", "winuniquecasino-on", "casinointense-go",
                   "casinoin-gr", "21gc-it", "needforspin-pl22", "fairpari-51163", "dragonslots-1"],
}
TRADE = re.compile(r"bet|casino|kasin|cazino|slot|spin|poker|bingo|win|luck|lotto|vegas|dice|stake|game|play|vay|"
                   r"cash|loan", re.I)
# Spam sentences are running Vietnamese text: no Latin letters outside Vietnamese spelling, no look-alike letters.
NOT_VIETNAMESE = re.compile(r"[fjwzFJWZÐ]|\b[bcdghklmnpqrstvx]\b", re.I)


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
    latin = [t for _, t in SPAM_PAGES if NOT_VIETNAMESE.search(t)]
    if latin:
        raise SystemExit(f"spam sentence with a Latin token: {latin}")
    plain = [t for group in TOKENS.values() for t in group if not TRADE.search(t)]
    if 3 * len(plain) < sum(map(len, TOKENS.values())):
        raise SystemExit(f"only {len(plain)} tokens hold no trade word")
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

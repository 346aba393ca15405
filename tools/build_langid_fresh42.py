"""Build ``benchmarks/data/langfresh42/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata42.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh42.py``. Same format as langfresh14-41
(``benchmarks/langid.py --data benchmarks/data/langfresh42 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 42) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-41, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-05) on power banks (sạc dự phòng: capacities, air travel rules, fires),
  home security and IP cameras (camera an ninh / camera IP: storage, resolution, hacked home cameras) and dishwashers
  (máy rửa bát: Bosch's Serie/Series lines, water and power use) -- topics no earlier control had (a case-blind grep
  of the earlier sets finds none of "sạc dự phòng", "camera an ninh", "camera ip", "máy rửa bát") --
  each holding real Latin tokens a spam detector could take for a pasted token: units glued to numbers (100Wh,
  20,000mAh, 10.000mAh, 5V, 12V, 2g, 60cm, 250GB, 1TB, 2MP, 40.000đ/tháng, đ/kWh), codes and standards (H.265, HEVC,
  H.264, 1080p, 720p, 4K, DVR/NVR, HDMI/VGA, RJ45, PTZ, PoE, AHD, CVI, CCTV, IATA, CPSC, CO₂, SD, microSD, SSD, HDD,
  THPT, UBND, HCM, TP.HCM, MRB, IT, AI, HD, 24/7, 24/24), camel-case and glued names (EfficientDry, AutoAir, BlueHome,
  VietAIR, WiFi, Wi-Fi, K-pop, Nextbrand, Gasbanmai, Uneed, Yoozone), brands (Bosch, Anker, Qantas, Air Asia, Vietnam
  Airlines, FPT, FPT Shop, TTZ, Reddit, Melbourne, Parc Spring, Laysha) and English loans (power bank, lithium-ion,
  thermal runaway, firmware, hack, cloud, resort, smartphone, game, no brand, Eco, mini, Serie, Series,
  Watt-hour, Analog, Dome, Bullet), and one page's typo "vơi3s".
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (Nhà hát Lớn Hà Nội, the opera house
  of 1901-1911; lăng Khải Định, the emperor's tomb of 1920-1931 near Huế; Hoàng thành Thăng Long, the imperial
  citadel of Hà Nội; and chùa Thiên Mụ with its tháp Phước Duyên in Huế), one syllable replaced by one token (its first
  whole-word occurrence; columns: split, spam text, token, original word, original sentence, place), 13 at each of six
  places: ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number`` (as langfresh22-41). Every row
  ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-41 for theirs): the gambling filter of Anxarden/turkish-filterlists (``filters/gambling.txt``, "HOST
Filtre Listesi - [Yasadışı Kumar/Bahis]", illegal gambling and betting sites and their redirect and affiliate
domains, mostly Turkish; the repository's LICENSE is CC BY 4.0); written as spam writes them: 16 full domains, 13
letter-digit codes, 15 CamelCase names, 13 bare lower-case names, 6 digit-led names, 15 hyphenated names (2 with
their domain), 36 of the 78 with no gambling trade word (bet, slot, spin, poker, win, play ...). None is an earlier
set's token, in spam_brands.txt or the held-out stems, or a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip
tables included; the hyphen-less forms of the hyphenated names and, for the names with digits, their letter parts of
3 letters or more too), none holds a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters
or more, and none is held by one (all checked before any run). ``deal`` orders each shape's tokens with the seed and
deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh42"
SEED = 42
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
B1 = "https://quangcaosanbay.vn/?p=5474"
B2 = "https://nextbrand.com.vn/sac-du-phong-co-duoc-mang-len-may-bay-khong"
B3 = "https://ipowervn.com/nhung-luu-y-khi-mang-pin-sac-du-phong-len-may-bay-trong-mua-du-lich-sap-toi-a37.html"
B4 = ("https://vietair.com.vn/cau-hoi-thuong-gap/quy-dinh-ve-hanh-ly/toi-co-duoc-mang-sac-du-phong-len-may-bay-"
      "khong.html")
B5 = "https://vtcnews.vn/nhung-luu-y-de-sac-pin-dien-thoai-tren-may-bay-an-toan-ar966777.html"
B6 = ("https://cafef.vn/cac-hang-hang-khong-viet-luu-y-khan-viec-mang-sac-du-phong-dung-cach-len-may-bay-"
      "188251019112655079.chn")
B7 = "https://newfe.baobinhduong.vn/pin-du-phong-tren-32000-mah-khong-duoc-mang-len-may-bay-a172239.html"
B8 = "https://queenmobile.xyz/index.php/2023/04/30/nhung-chiec-pin-du-phong-tot-nhat-cho-nam-2023"
B9 = "https://truereview.vn/?p=2707"
B10 = "https://woonuxt-tripmapmarketplace.pages.dev/articles/cach-chon-dung-luong-pin-du-phong-phu-hop-so"
B11 = "https://woonuxt-tripmapmarketplace.pages.dev/articles/cach-chon-sac-du-phong-mini-20000mah-phu-hop-cho-2"
B12 = ("https://kynguyenso.plo.vn/ky-nguyen-so/thiet-bi-so/lam-the-nao-de-han-che-chay-no-khi-su-dung-sac-du-phong-"
       "880090.html")
B13 = "https://vietnamnet.vn/sac-du-phong-cam-dien-lien-tuc-thoi-quen-tien-loi-hay-bom-no-cham-2468227.html"
B14 = "https://vietnamnet.vn/kiem-tra-pin-sac-du-phong-cua-ban-ngay-nhung-dau-hieu-canh-bao-nguy-hiem-2461087.html"
C1 = "https://ttz.com.vn/?p=9426"
C2 = "https://kth-electric.com/?p=7507"
C3 = "https://thanhnien.vn/mua-camera-an-ninh-de-yen-tam-du-xuan-can-chu-y-dieu-gi-185240204024024158.htm"
C4 = "https://vienthongxanh.vn/nhung-uu-nhuoc-diem-cua-thong-camera-ip/"
C5 = "https://thuanhungsolutions.com/he%CC%A3-thong-camera-giam-sat/"
C6 = "https://vnexpress.net/that-kho-hieu-khi-nhieu-nguoi-lap-camera-trong-phong-ngu-4688852.html"
C7 = ("https://kenh14.vn/nhieu-nguoi-noi-tieng-bi-camera-an-ninh-quay-len-lam-sao-de-mon-do-nay-khong-phan-chu-"
      "215251111193715398.chn")
C8 = "https://kienthuc.net.vn/gia-dinh-lap-camera-trong-nha-coi-chung-bi-hack-lo-hinh-rieng-tu-post1593524.html"
C9 = ("https://ictnews.vietnamnet.vn/bao-mat/hang-loat-camera-an-ninh-gia-dinh-bi-lo-ly-do-khong-phai-vi-hacker-ma-"
      "do-chinh-nguoi-dung-409640.html")
C10 = ("https://dantri.com.vn/cong-nghe/vi-sao-camera-giam-sat-co-the-lam-lo-khoanh-khac-rieng-tu-nhay-cam-"
       "20251111023539016.htm")
C11 = "https://soha.vn/camera-an-ninh-luu-tru-canh-quay-trong-bao-lau-198250927233834957.htm"
C12 = "https://grob.vn/s/camera-luu-tru-duoc-bao-lau-1545571.html"
C13 = ("https://viettelstore.vn/tin-tuc/camera-an-ninh-luu-duoc-bao-nhieu-ngay-cach-tinh-dung-luong-luu-tru-camera-"
       "phu-hop?srsltid=AfmBOorCWGJwug8zBi8Y394izSzjbpGB3s-NpkrWzMTFD9eEctXpvhHN")
C14 = "https://vi.phongnhaexplorer.com/hoi-dap/cong-nghe/camera-quay-lai-duoc-bao-nhieu-ngay.html"
C15 = "https://thuonline.com/du-lieu-camera-luu-duoc-bao-nhieu-ngay-nam-2024/amp"
C16 = "https://www.nhatthuc.com.vn/cach-tinh-dung-luong-o-cung-don-gian-cua-camera"
C17 = "https://baonghean.vn/camera-an-ninh-gia-dinh-nen-chon-he-thong-co-day-hay-khong-day-10309175.html"
D1 = "https://cafef.vn/may-rua-bat-co-that-su-ngon-dien-nuoc-hon-rua-tay-188250906170354261.chn"
D2 = "https://bluehome.vn/tu-van-may-rua-bat/so-sanh-tinh-tu-dong-he-cua-va-say-tang-cuong"
D3 = "https://bluehome.vn/tu-van-may-rua-bat/may-rua-bat-co-ton-dien-khong-giai-dap-chi-tiet"
D4 = ("https://chodilinh.com/threads/may-rua-bat-co-that-su-can-thiet-trong-can-bep-viet-goc-nhin-nguoi-da-dung-6-"
      "thang.496426")
D5 = "https://bluehome.vn/tu-van-may-rua-bat/huong-dan-chi-tiet-cach-ve-sinh-may-rua-bat-bosch-tai-nha"
D6 = "https://rosieres.vn/cac-tieu-chi-lua-chon-khi-mua-may-rua-bat"
D7 = "https://biquyetxaynha.com/review-may-rua-bat-8-bo/amp"
D8 = "https://gasbanmai.com/nen-mua-may-rua-bat-loai-nao"
D9 = ("https://m.vietnamnet.vn/vn/kinh-doanh/thi-truong/noi-am-anh-rua-bat-ngay-tet-se-duoc-giai-quyet-bang-chiec-may-"
      "nay-505376.html")
D10 = "https://trihung.com/blog/co-nen-mua-may-rua-bat-mini-khong"

CLEAN = [
    # power banks (sạc dự phòng): capacities, air travel rules, fires
    (B1, "Đây là yêu cầu bắt buộc của các hãng bay cũng như tổ chức hàng không quốc tế như IATA."),
    (B1, "Mỗi hành khách được phép mang tối đa 10 viên pin dự phòng, với điều kiện mỗi viên có dung lượng không vượt quá 100Wh."),
    (B1, "Với loại pin phổ thông điện áp 5V, mức dung lượng này tương đương khoảng 20,000mAh."),
    (B1, "Nếu pin dự phòng có công suất từ 100Wh đến 160Wh, hành khách vẫn có thể mang theo, nhưng không quá 2 thiết bị và cần khai báo rõ ràng với hãng bay trước khi lên máy bay."),
    (B2, "Bài viết dưới đây của Nextbrand sẽ giúp bạn hiểu rõ hơn để chuẩn bị hành lý đúng quy định và an toàn."),
    (B2, "Dung lượng của sạc dự phòng được tính bằng đơn vị Wh (Watt-hour)."),
    (B3, "Nhưng trước khi bạn tiến hành việc này, hãy cùng FPT Shop tìm hiểu những lưu ý quan trọng để mang và sử dụng sạc dự phòng một cách an toàn và phù hợp trong những chuyến du lịch sắp tới."),
    (B4, "Nếu bạn vẫn đang chưa biết những quy định mang sạc dự phòng lên máy bay, hãy cùng VietAIR tham khảo ngay bài viết dưới đây để có được sự chuẩn bị tốt nhất cho chuyến bay của mình nhé!"),
    (B5, "Thiết bị điện tử gắn pin Lithium kim loại/Lithium hợp kim có ít hơn 2g Lithium hoặc pin Lithium ion có công suất không vượt quá 100Wh."),
    (B6, "Cụ thể, pin dự phòng có dung lượng từ 10.000mAh đến 20.000mAh, hành khách được phép mang lên máy bay nhưng phải để trong hành lý xách tay, tuyệt đối không được ký gửi."),
    (B6, "Đối với pin laptop hoặc các máy quay thiết bị có dung lượng pin lớn từ 100 Wh đến 160 Wh, ở mức này hành khách được phép mang theo nhưng phải khai báo vơi3s nhân viên mặt đất và cần có sự chấp thuận của hãng hàng không."),
    (B6, "Nếu như dung lượng pin trên 160 Wh tuyệt đối không được phép mang lên máy bay dù là hành lý xách tay hay ký gửi."),
    (B7, "Sự phát triển và phổ biến của smartphone đã khiến pin dự phòng trở thành phụ kiện không thể thiếu với nhiều người, đặc biệt là trong các chuyến đi xa."),
    (B7, "Mỗi người dùng có thể mang tối đa 10 viên pin có dung lượng không quá 100 Wh."),
    (B7, "Với các viên pin dự phòng phổ thông, điện áp khoảng 5 V, dung lượng tương ứng theo mAh là khoảng 20.000."),
    (B8, "Power bank, còn gọi là pin sạc dự phòng hay sạc di động, là một phụ kiện hữu ích giúp bạn sạc các thiết bị của mình khi không tìm thấy ổ cắm mở."),
    (B8, "Với nhiều lựa chọn sạc di động trên thị trường hiện nay, chúng tôi đã thử nghiệm một loạt power bank để xem những sản phẩm nào đáng giá cho tiền của bạn."),
    (B8, "Hầu hết các power bank có thể sạc (cùng với các thiết bị di động khác) đều chứa một loại pin lithium-ion."),
    (B8, "Pin loại này có hiệu suất sạc trên đầu kích thước và đã tăng gấp 8 lần trong 14 năm qua."),
    (B9, "Điện thoại di động hiện là công cụ giải trí 24/24 nhưng pin lại thường rất tệ."),
    (B9, "Và trước đây cũng từng có gia đình trong HCM bị cháy nhà vì sạc quên 2 ngày một cục pin sạc dự phòng."),
    (B10, "Bài viết phân tích ưu nhược điểm của hai mức dung lượng trong cùng một model Uneed, giúp bạn quyết định nên mua phiên bản nào cho chuyến đi dài hay dùng hằng ngày."),
    (B10, "Nếu bạn thường xuyên sử dụng các tính năng nặng như chơi game, xem video HD hoặc làm việc với các công cụ trực tuyến, nhu cầu sạc lại sẽ tăng lên đáng kể."),
    (B11, "Bài viết sẽ đi sâu vào các yếu tố quan trọng khi chọn mua, đồng thời đưa ra một góc nhìn thực tế về mẫu sạc dự phòng mini 20.000 mAh Yoozone 4 Dây Sạc Nhanh, giúp người đọc có thể đưa ra quyết định phù hợp với nhu cầu cá nhân."),
    (B12, "Mới đây, một chiếc máy bay của hãng hàng không Air Asia đã phải xin hạ cánh khẩn cấp xuống sân bay Tân Sơn Nhất vì xảy ra sự cố."),
    (B12, "Trước đó không lâu, cũng đã có một số vụ cháy nổ liên quan đến sạc dự phòng, đơn cử như vụ cháy căn hộ tại chung cư Parc Spring (quận 2) vào năm ngoái."),
    (B12, "Cụ thể, một cục sạc dự phòng 10.000-20.000 mAh có giá chỉ khoảng trên dưới 100.000 đồng, lại còn được tặng kèm tai nghe và cáp sạc đa năng."),
    (B12, "Tương tự, không khó để tìm thấy các loại sạc dự phòng không có thương hiệu (no brand) trên các trang thương mại điện tử."),
    (B13, "Về bản chất, loại pin này có mật độ năng lượng cao nhưng cũng có nguy cơ nhiệt độ tăng vọt, dẫn đến sự cố “thermal runaway” (tự tăng nhiệt), có thể gây cháy hoặc nổ nếu pin bị lỗi, bị va đập, hoặc thiết kế hay linh kiện kém chất lượng."),
    (B13, "Các cơ quan như CPSC (Mỹ) liên tục công bố thu hồi và cảnh báo cho những mẫu có nguy cơ."),
    (B14, "Vào tháng 6 vừa rồi, hãng phụ kiện nổi tiếng Anker buộc phải thu hồi một số mẫu pin sạc dự phòng do nguy cơ cháy nổ."),
    (B14, "Hôm 6/11 vừa qua, tại phòng chờ thương gia của hãng Qantas ở sân bay quốc tế Melbourne, một hành khách khoảng 50 tuổi đã bị thương khi pin sạc dự phòng trong túi quần bất ngờ phát nổ trong lúc ông đang ngồi ghế chờ."),
    (B14, "Một nhân chứng kể lại trên Reddit rằng anh ta “nghe tiếng hét từ phía bên kia phòng chờ” trước khi nhận ra có “axit pin bắn tung tóe khắp nơi.”"),
    # home security and IP cameras (camera an ninh / camera IP)
    (C1, "Với kinh nghiệm 11 năm thực chiến triển khai hơn 200 dự án an ninh trên toàn quốc, TTZ Việt Nam sẽ giúp bạn “giải phẫu” chi tiết về camera IP, phân tích ưu nhược điểm và chia sẻ những kinh nghiệm chọn mua “xương máu”, giúp bạn tự tin đầu tư đúng chỗ, tối ưu chi phí và sở hữu giải pháp bảo vệ hoàn hảo nhất."),
    (C1, "Camera IP (viết tắt của Internet Protocol Camera) là loại camera có thể kết nối trực tiếp với Internet hoặc mạng WiFi trong nhà bằng địa chỉ Internet Protocol (IP) riêng, giúp bạn xem hình ảnh từ xa bằng điện thoại, máy tính, iPad… dù bạn đang ở bất cứ đâu."),
    (C2, "Bước vào một cửa hàng hay lướt web, bạn dễ dàng bị choáng ngợp bởi hàng tá thuật ngữ kỹ thuật: IP, Analog, Dome, Bullet, PTZ, AHD, CVI, PoE…"),
    (C2, "Là một kỹ sư đã dành hơn 20 năm gắn bó với nghề thi công điện nhẹ và hệ thống viễn thông tại TP.HCM, tôi đã chứng kiến quá nhiều khách hàng phải trả những “học phí” không đáng có chỉ vì chọn sai giải pháp ngay từ đầu."),
    (C2, "Hậu quả nhãn tiền: Hệ thống mạng nội bộ bị tê liệt do xung đột IP và nghẽn băng thông."),
    (C3, "Camera an ninh gia đình thường được kết nối với mạng Wi-Fi, có thể gửi cho chủ nhân thông báo, video clip và thậm chí cả nguồn cấp dữ liệu video trực tiếp để theo dõi các hoạt động trong nhà khi đi vắng, chẳng hạn như về quê ăn tết hoặc du xuân."),
    (C4, "Camera IP (Internet Protocol) là công nghệ giám sát hiện đại cho phép truyền tải hình ảnh qua mạng máy tính hoặc Internet."),
    (C4, "Camera IP thường có các tính năng hiện đại như hồng ngoại, quay quét (PTZ), đàm thoại hai chiều, ghi hình độ phân giải cao."),
    (C4, "Đầu ghi NVR thường kết nối với ổ cứng để lưu trữ dữ liệu và có cổng HDMI/VGA xuất hình ảnh ra màn hình."),
    (C5, "Camera IP ngày nay không còn chỉ dành riêng cho các khách sạn, resort hay cơ sở kinh doanh lớn mà đang dần phổ biến hơn đối với đại đa số căn hộ gia đình và cơ sở kinh doanh nhỏ."),
    (C5, "Camera IP được chia làm 2 loại là camera IP có dây và camera IP không dây (Wifi)."),
    (C5, "Tuy nhiên, độ ổn định của camera không dây wifi phụ thuộc vào độ ổn định của mạng Internet."),
    (C6, "Khi nghi ngờ camera bị hack, bạn cần khởi động ngay lại hệ thống và đổi mật khẩu."),
    (C7, "Mở rộng ra quốc tế, trường hợp của nhóm nhạc K-pop Laysha vào năm 2018 cho thấy một rủi ro còn phức tạp hơn."),
    (C7, "Nguồn gốc của các video này không phải từ camera quay lén, mà được trích xuất thẳng từ hệ thống camera an ninh (IP camera) mà cô lắp đặt tại phòng khách và khu vực thay đồ."),
    (C8, "Người dùng cũng nên cập nhật firmware định kỳ, kích hoạt xác thực hai lớp và hạn chế lắp camera ở không gian nhạy cảm."),
    (C9, "Mới đây, thậm chí tại một cửa hàng điện máy hàng đầu tại Việt Nam với hệ thống IT, bảo mật... nhưng cũng quên mất cài đặt mật khẩu cho camera giám sát."),
    (C9, "Camera an ninh, camera giám sát... đã trở thành thiết bị hỗ trợ an ninh quá quen thuộc."),
    (C10, "Sáng 10/11, một lãnh đạo UBND xã Hải Hậu, tỉnh Ninh Bình, cho biết xác nhận những video, hình ảnh lan truyền trên mạng thuộc về Chủ tịch Hội đồng của một trường THPT tư thục đóng trên địa bàn xã Hải Hậu."),
    (C11, "Thông thường, hệ thống camera an ninh (DVR/NVR) sẽ lưu trữ hình ảnh trong khoảng 7 đến 30 ngày, một số hệ thống dung lượng cao có thể giữ được dữ liệu trong nhiều tháng."),
    (C11, "Nếu camera an ninh ghi hình liên tục 24/7, bộ nhớ sẽ nhanh chóng đầy và các tệp cũ sẽ tự động bị xóa để tiếp tục ghi hình, một quy trình được gọi là ghi vòng lặp."),
    (C11, "Với việc ghi hình liên tục 24/7, hệ thống CCTV phải gánh một khối lượng lưu trữ khổng lồ, bởi dung lượng ổ cứng cần đủ lớn để giữ lại toàn bộ hình ảnh được ghi suốt 24 giờ mỗi ngày trong vòng 1 tháng."),
    (C11, "Hệ thống 1 – 4 camera dùng ổ cứng từ 250GB đến 500GB có thể lưu hình ảnh từ 3 đến 6 tuần."),
    (C11, "Hệ thống 5 – 8 mắt camera, ổ cứng 500GB – 1TB sẽ cho phép lưu trữ trong khoảng 5 – 8 tuần."),
    (C12, "Camera sử dụng thiết bị lưu trữ, thường là thẻ nhớ microSD hoặc ổ cứng (HDD) hoặc ổ cứng thể rắn (SSD) trong đầu ghi hình (DVR/NVR)."),
    (C12, "Một thẻ nhớ 128GB sẽ lưu trữ được ít thời gian hơn so với một ổ cứng 2TB."),
    (C12, "Ví dụ, video độ phân giải 4K sẽ chiếm dung lượng nhiều hơn gấp nhiều lần so với video độ phân giải 720p."),
    (C12, "Mã hóa H.265 (HEVC) hiệu quả hơn H.264, cho phép lưu trữ video cùng chất lượng nhưng với dung lượng nhỏ hơn."),
    (C13, "Camera wifi không dùng ổ cứng mà lưu trực tiếp qua thẻ nhớ SD."),
    (C13, "Thẻ 16GB với camera 2MP lưu được khoảng 2 – 3 ngày."),
    (C14, "Thẻ nhớ 16GB, thường được sử dụng với camera có độ phân giải 2MP (megapixel), chỉ đủ để ghi hình trong khoảng 2 đến 3 ngày, với giả thiết rằng tần suất ghi hình là liên tục và chất lượng hình ảnh trung bình."),
    (C14, "Độ phân giải hình ảnh (ví dụ: 1080p, 4K) đóng vai trò quan trọng."),
    (C15, "Dữ liệu đám mây cloud: đây là công nghệ mới được áp dụng trên camera FPT do công ty viễn thông FPT phân phối độc quyền."),
    (C16, "Thẻ nhớ camera là một chiếc thẻ nhớ SD giống như thẻ nhớ điện thoại với các dung lượng từ 32GB, 64GB, 128GB, 256GB."),
    (C16, "Ổ cứng cũng có những dung lượng tùy chọn để đáp ứng nhu cầu người dùng với những dung lượng từ 250GB, 500GB, 750GB, 1TB…"),
    (C17, "Khi nói đến việc bảo vệ ngôi nhà của mình, không gì quan trọng hơn một hệ thống an ninh đáng tin cậy - giải pháp giúp bạn kiểm soát và bảo vệ tài sản 24/7, ngay cả khi không có mặt tại nhà."),
    (C17, "Tuy nhiên, giữa “rừng” lựa chọn trên thị trường, từ camera giám sát thông minh, hệ thống CCTV truyền thống cho đến các giải pháp bảo mật tích hợp AI thì việc xác định đâu là hệ thống phù hợp nhất với nhu cầu và không gian sống của bạn không hề đơn giản."),
    # dishwashers (máy rửa bát)
    (D1, "Trong bối cảnh nhu cầu tự động hóa việc nhà ngày càng cao, máy rửa bát đang dần xuất hiện trong nhiều gia đình Việt Nam."),
    (D1, "Một chu trình rửa bát tiêu chuẩn của máy rửa bát thường kéo dài từ 90 đến 150 phút, bao gồm nhiều giai đoạn: tráng sơ, rửa bằng nước nóng, xả và sấy khô."),
    (D1, "Điện tiêu thụ mỗi lần rửa: Khoảng 1–1,5 kWh, tương đương 3.000–5.000 đồng."),
    (D1, "Máy rửa bát: Trung bình sử dụng 9–12 lít nước cho một lần rửa đầy."),
    (D1, "Một số dòng máy hiện đại có chế độ Eco chỉ tiêu thụ 6–8 lít."),
    (D1, "Theo nhiều khảo sát tại châu Âu, máy rửa bát tiết kiệm nước hơn tới 2–3 lần so với rửa tay, nếu sử dụng đúng cách và rửa khi đã đầy tải."),
    (D2, "Máy rửa bát Bosch từ lâu đã nổi tiếng với khả năng rửa sạch, tiết kiệm điện nước và độ bền cao."),
    (D2, "Bosch đã trang bị nhiều công nghệ sấy khác nhau, trong đó Tự động hé cửa (Auto Door Open hoặc EfficientDry) và Sấy tăng cường (Extra Dry) là hai chế độ phổ biến, phục vụ các nhu cầu sử dụng khác nhau."),
    (D2, "Khi chu trình rửa kết thúc, máy tự động mở hé cửa khoảng 10–15 cm."),
    (D2, "Tính năng này thường xuất hiện ở các dòng máy Bosch Series 4, Series 6 và Series 8 (với tên gọi EfficientDry hoặc AutoAir)."),
    (D2, "Thân thiện môi trường: Giảm khí thải CO₂ nhờ sử dụng luồng khí tự nhiên."),
    (D3, "Mỗi tháng, nếu bạn dùng máy rửa bát một lần mỗi ngày, lượng điện tiêu thụ trung bình khoảng 30 – 45 kWh."),
    (D3, "Với giá điện sinh hoạt khoảng 2.000 – 3.000 đ/kWh, chi phí điện cho máy rửa bát chỉ tầm 60.000 – 100.000 đồng/tháng."),
    (D3, "Công suất định mức của máy thường khoảng 1.800 – 2.400 W đối với máy cỡ lớn (loại 12–14 bộ), và thấp hơn cho máy nhỏ hoặc mini."),
    (D3, "Trong một chu trình rửa, máy bơm và làm nóng luân phiên nên điện năng tiêu thụ thực tế mỗi lần rửa chỉ khoảng trên dưới 1 kWh."),
    (D4, "Không như mình tưởng, máy rửa bát dùng ít nước hơn rửa tay – khoảng 9–12 lít/lần, nhờ phun tia áp lực cao."),
    (D4, "Về điện, nếu dùng mỗi ngày 1 lần, máy tốn khoảng 1 số điện/ngày, tức 30.000–40.000đ/tháng."),
    (D4, "Nếu đang thi công bếp, bạn nên chừa khoang tủ rộng 60cm, có đường cấp và thoát nước riêng để đặt máy âm tủ."),
    (D5, "Dù sử dụng dòng máy độc lập, âm tủ (toàn phần hay bán phần) hay máy để bàn thuộc Serie 2, Serie 4, Serie 6 hoặc Serie 8, việc vệ sinh định kỳ đều cực kỳ quan trọng."),
    (D5, "Bài viết dưới đây, BlueHome sẽ hướng dẫn chi tiết từng bước, từ cách làm sạch lưới lọc, tay phun, gioăng cửa đến xử lý cặn vôi, đảm bảo máy rửa bát luôn sáng đẹp như mới."),
    (D5, "Bosch nổi tiếng với các dòng máy rửa bát chất lượng cao như Serie 2, Serie 4, Serie 6 và Serie 8, với nhiều kiểu máy (độc lập, âm tủ toàn phần, âm tủ bán phần, để bàn) phù hợp cho mọi không gian bếp."),
    (D6, "Vệ sinh bát đĩa bằng máy rửa bát thể giúp bạn tiết kiệm hơn 230 giờ mỗi năm so với rửa và sấy khô bằng tay."),
    (D6, "Một số nhà sản xuất cung cấp chương trình rửa ngâm, làm sạch bằng hơi nước, rửa đồ sứ/pha lê hoặc chu trình rửa khử trùng, rửa ban đêm, chế độ sấy thêm."),
    (D6, "Nếu gia đình có nhiều người hoặc thường xuyên tổ chức ăn uống mời bạn bè, tiệc tùng thì nên mua một chiếc máy có dung tích lớn từ 13-15 bộ để chúng hỗ trợ tối đa công việc rửa bát của bạn."),
    (D7, "Vì là một chiếc máy giá rẻ khi so với những chiếc MRB khác nên chiếc máy này không có quá nhiều chức năng, chỉ có 6 chức năng đơn giản là rửa và sấy theo 6 kiểu khác nhau với nhiệt độ khác nhau và thời gian khác nhau."),
    (D8, "Trong bài viết hôm nay, chuyên gia thiết bị nhà bếp Gasbanmai với nhiều năm cung cấp thiết bị nội thất sẽ cung cấp đến quý đọc giả những thông tin cần thiết để mọi người có được sự lựa chọn phù hợp nhất với nhu cầu sử dụng của gia đình bạn."),
    (D8, "Có ba dạng máy rửa bát chính: máy rửa bát độc lập, máy rửa bát âm tủ và mini."),
    (D9, "Hiện tại, chỉ từ 7-8 triệu đồng là các bà nội trợ có thể sắm cho mình một chiếc máy cỡ nhỏ dùng cho gia đình 2-4 người."),
    (D9, "Theo tính toán, để rửa một mâm bát trung bình theo cách truyền thống chúng ta tiêu tốn tới 20 lít nước tráng rửa."),
    (D10, "Khác với máy rửa bát truyền thống, máy rửa bát mini có kích thước nhỏ hơn, phù hợp với không gian bếp hạn chế và nhu cầu sử dụng ít."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
S1 = "http://vovworld.vn/vi-VN/video/nha-hat-lon-ha-noi-di-san-cua-qua-khu-425203.vov"
S2 = "http://xuandienhannom.blogspot.com/2012/12/lich-su-va-kien-truc-nha-hat-lon-ha-noi.html"
S3 = ("http://luutruquocgia1.org.vn/danh-muc-trien-lam/2017-kien-truc-phap-trong-long-ha-noi/"
      "kien-truc-phap-trong-long-ha-noi")
S4 = "https://forum.vietyo.com/ve-dep-the-ky-nha-hat-lon-ha-noi-qua-anh-xua-233977"
S5 = "https://khoe365.nguoiduatin.vn/van-hoa-giai-tri.html?page=3"
S6 = "https://vietcaretravel.net/hdv-du-lich/288-tai-lieu-thuyet-minh-ve-nha-hat-lon-hanoi.html"
S7 = ("https://nguoiquansat.vn/loat-hinh-nhuom-mau-thoi-gian-cua-cong-trinh-lich-su-mang-tinh-bieu-tuong-giua-long-"
      "thu-do-142858.html")
S8 = "http://nxbhanoi.com.vn/chi_tiet_tin/tabid/204/cateID/22/artilceID/6480/language/en-US/Default.aspx"
K1 = "https://artcorner.vn/hue/lang-khai-dinh-hue-1959-3/"
K2 = "https://vietnam.com/vi/mien-trung-viet-nam/thanh-pho/hue/cac-diem-tham-quan-du-lich/lang-khai-dinh.html"
K3 = "http://dulichdanangdulichdonghanhvietsaigon.blogspot.com/2014/09/lang-khai-dinh.html"
K4 = "http://1tour.vn/things-to-do/lang-khai-dinh/"
K5 = "https://baonhieu.net/?p=101703"
H1 = "https://teamfuho.net/article/tfh-hoang-thanh-thang-long"
H2 = "http://bmktcn.com/index.php?option=com_content&task=view&id=7726&Itemid=153"
H3 = "http://dulichvn.top/khu-di-tich-trung-tam-hoang-thanh-thang-long-ha-noi/"
H4 = "https://vietnamdiemhen.com/hoang-thanh-thang-long.html"
T1 = "https://artcorner.vn/hue/thap-phuoc-duyen-chua-thien-mu-hue-1961/"
T2 = "http://phatgiao-vn.com/thap-chua-thien-mu---thap-bat-giac-co-cao-nhat"
T3 = "http://chimvie3.free.fr/42/phanxipn_thapphuocduyen.htm"
T4 = "https://thongtinnhatban.net/threads/chua-thien-mu-hue%CC%81.1535"
T5 = "https://tailieunhanh.com/vn/dlID495433_chua-thien-mu.html"
T6 = "https://doanhnghiepvn.vn/search/Cầu-thang/p18"

SPAM = [  # (page, original sentence, replaced word, place)
    # start: the sentence's first syllable
    (S4, "Nay tượng đài đã không còn.", "Nay", "start"),
    (S5, "Bấy giờ, nhà hát lớn Hà Nội là công trình biểu diễn lớn nhất khu vực Đông Nam Á lúc bấy giờ và sau này luôn là trung tâm biểu diễn và văn hóa.", "Bấy", "start"),
    (S6, "Cầu thang phụ và hành lang ở hai bên.", "Cầu", "start"),
    (S6, "Đèn chùm treo trên cao được mạ một lớp vàng theo công nghệ mới.", "Đèn", "start"),
    (S7, "Tầng giữa có nhiều phòng nhỏ dành cho khán giả có vé riêng.", "Tầng", "start"),
    (K1, "Ảnh hưởng kiến trúc Châu Âu ở đây thật rõ nét.", "Ảnh", "start"),
    (K2, "Qua một tầng nữa là đến điện thờ.", "Qua", "start"),
    (K5, "Leo lên hết bậc thang, du khách sẽ đến sân chầu rộng lớn.", "Leo", "start"),
    (H1, "Ngoại trừ Bắc Môn và Kỳ Đài, những công trình còn sót lại chỉ là phục dựng và các di tích khảo cổ được tìm thấy trong suốt nhiều năm.", "Ngoại", "start"),
    (T4, "Phía sau cùng là vườn thông tĩnh mịch, phong cảnh nên thơ.", "Phía", "start"),
    (T4, "Hễ nói xong là bà biến mất.", "Hễ", "start"),
    (T5, "Chúa giật mình tỉnh dậy.", "Chúa", "start"),
    (T6, "Trong một lần cưỡi ngựa dọc bờ sông Hương ngược lên đầu nguồn, chúa Nguyễn Hoàng bắt gặp một ngọn đồi nhỏ bên dòng sông Hương tên là Hà Khê.", "Trong", "start"),
    # end: the last syllable before the final punctuation
    (S2, "Ngay từ khi hoàn thành, Nhà hát Lớn đã giữ vai trò một trong những trung tâm văn hóa quan trọng của thủ đô, nơi diễn ra thường xuyên các hoạt động văn hóa, biểu diễn nghệ thuật.", "thuật", "end"),
    (S4, "Nhà hát đã trở thành nơi hội tụ của cộng đồng người Âu ở Hà Nội.", "Nội", "end"),
    (S4, "Vị trí của Nhá hát lớn khi đó rất gần Tòa Thị chính và Phủ Thống sứ Bắc Kỳ.", "Kỳ", "end"),
    (S5, "Không chỉ còn có giá trị về mặt thẩm mỹ và kiến trúc, nó còn giá trị lịch sử đối với nhà nước Việt Nam vì đây là nơi diễn ra cuộc họp đầu tiên của Quốc hội nhà nước Việt Nam Dân chủ Cộng hòa.", "hòa", "end"),
    (S6, "Hệ thống đèn chùm nhỏ treo trên tường được mạ đồng theo kiểu cổ.", "cổ", "end"),
    (S7, "Công trình tọa lạc tại vị trí đắc địa giữa lòng Hà Nội và giữ vai trò là một trong những trung tâm văn hóa quan trọng của Thủ đô.", "đô", "end"),
    (K1, "Trong lăng có bắc một hệ thống đèn điện, các tầng sân đều lát gạch bông.", "bông", "end"),
    (K2, "Những tượng này không phải làm bằng bê tông mà bằng chất liệu đá hiếm.", "hiếm", "end"),
    (K4, "Có thể nói công trình phản ánh rõ nét tính cách xa hoa, thích chưng diện của vua Khải Định lúc sinh thời.", "thời", "end"),
    (H1, "Bên trong cung điện đều sơn son, cột điện thì vẽ các hình long, hạc, tiên nữ.", "nữ", "end"),
    (T1, "Mỗi tầng tháp đều có thờ tượng Phật.", "Phật", "end"),
    (T2, "Với quy mô được mở rộng và cảnh đẹp tự nhiên, ngay từ thời đó, chùa Thiên Mụ đã trở thành ngôi chùa đẹp nhất xứ Đàng Trong.", "Trong", "end"),
    (T5, "Cảm thấy có một điều gì đó thật linh thiêng, ông làm theo lời dặn của bà tiên.", "tiên", "end"),
    # function: a function word
    (S6, "Cầu thang giữa lên tầng hai là một sảnh chính rộng.", "là", "function"),
    (S6, "Năm 1995, Nhà hát lớn Hà Nội được tu bổ lại để chuẩn bị cho Hội nghị Cấp cao Cộng đồng Pháp ngữ tổ chức tại Việt Nam vào năm 1998.", "để", "function"),
    (S7, "Trước khi xây dựng, khu đất xây dựng nhà hát Lớn Hà Nội trước kia là một vùng đầm lầy thuộc hai làng Thạch Tần và Tây Luông, huyện Thọ Xương.", "và", "function"),
    (S8, "Đây là một trong các trung tâm văn hóa của Thủ đô Hà Nội, nơi thường xuyên diễn ra các hoạt động văn hóa, biểu diễn nghệ thuật, những sự kiện lớn của Thủ đô và đất nước.", "các", "function"),
    (S8, "So với dân số Hà Nội đầu thế kỉ 20, thì quy mô kiến trúc nhà hát vào thời điểm bấy giờ là rất lớn.", "thì", "function"),
    (K2, "Công trình kiến trúc của lăng mộ này bị chỉ trích nhiều nhất trong số các lăng mộ của các vua triều Nguyễn.", "của", "function"),
    (K2, "Hai bên sân, mỗi bên có hai hàng tượng cùng nhìn vào giữa sân.", "vào", "function"),
    (K3, "Nó là kết quả hội nhập của nhiều dòng kiến trúc Á - Âu, Việt Nam cổ điển và hiện đại.", "của", "function"),
    (K5, "Hai bên thành được trang trí bằng những bức phù điêu rồng lớn, thể hiện quyền uy của bậc đế vương.", "bằng", "function"),
    (H1, "Có thể nói kiến trúc hoàng cung Thăng Long là một đỉnh cao của sự tiến bộ của kiến trúc đương thời lúc bấy giờ.", "của", "function"),
    (H3, "Tại đây, các nhà khảo cổ học đã khai quật được một số lượng lớn đồ gốm sứ là những vật dụng dùng hàng ngày trong hoàng cung qua nhiều thời kỳ.", "những", "function"),
    (T2, "Trong nhiều ngôi chùa cổ kính nổi tiếng ở Huế phải kể đến chùa Thiên Mụ - nơi có sự tích gắn liền với bước chân mở đường của Nguyễn Hoàng.", "với", "function"),
    (T4, "Hai bên chùa có nhà trai, nơi các sư tĩnh dưỡng và nhà khách để đón khách đến vãn cảnh chùa.", "để", "function"),
    # name: a syllable of a person or place name
    (S3, "Nhà hát Lớn Hà Nội cùng quảng trường 19/8 trên phố Tràng Tiền ngày nay còn là nơi diễn ra nhiều sự kiện lịch sử trọng đại, là minh chứng cho sự phát triển văn hóa – xã hội của thủ đô Hà Nội và Việt Nam qua các thời kỳ.", "Tràng", "name"),
    (S4, "Ngày 19/8/1945, Nhà hát lớn Hà Nội là nới khởi động cuộc tổng khởi nghĩa dẫn đến sự ra đời của nước Việt Nam độc lập.", "Nội", "name"),
    (S6, "Chủ nhiệm dự án là kiến trúc sư Hoàng Đạo Kính, phương án kiến trúc của kiến trúc sư Hồ Thiệu Trị.", "Kính", "name"),
    (K1, "Bên trong cung Thiên Định có tượng của vua Khải Định bằng đồng mạ vàng.", "Thiên", "name"),
    (K2, "So với lăng mộ của các vị Vua trước, lăng Khải Định có diện tích nhỏ hơn nhiều.", "Khải", "name"),
    (K3, "Lăng Khải Định có diện tích nhỏ hơn so với lăng của các vua tiền nhiệm nhưng công phu, lộng lẫy hơn; kết hợp tinh xảo hai nền kiến trúc, văn hoá Đông - Tây.", "Định", "name"),
    (K5, "Lăng Khải Định tọa lạc trên triền núi Châu Chữ, thuộc xã Thủy Bằng, thị xã Hương Thủy, tỉnh Thừa Thiên Huế.", "Chữ", "name"),
    (H1, "Đây là công trình kiến trúc đồ sộ, được các triều vua xây dựng trong nhiều giai đoạn lịch sử và trở thành một trong những di tích quan trọng bậc nhất trong hệ thống các di tích Việt Nam.", "Việt", "name"),
    (H4, "Hoàng Thành Thăng Long thuộc địa bàn của phường Điện Biên và phường Quán Thánh, quận Ba Đình, Hà Nội.", "Biên", "name"),
    (T1, "Năm 1601, chúa Nguyễn Hoàng đã cho xây dựng chùa.", "Hoàng", "name"),
    (T2, "Chùa do chúa Nguyễn Hoàng dựng vào năm 1601.", "Nguyễn", "name"),
    (T3, "Chùa Thiên Mụ chính thức khởi lập năm Tân Sửu 1601, đời chúa Tiên - Nguyễn Hoàng.", "Sửu", "name"),
    (T4, "Vào thời Nguyễn, các vua Gia Long, Minh Mạng, Thiệu Trị, Thành Thái đều cho trùng tu chùa.", "Mạng", "name"),
    # inner: a syllable inside a compound
    (S1, "Nhà hát được bắt đầu khởi công xây dựng vào năm 1901 và hoàn thành vào năm 1911.", "công", "inner"),
    (S3, "Năm 1911, công trình chính thức được hoàn thành.", "thức", "inner"),
    (S6, "Nhà hát lớn Hà Nội là một công trình lịch sử, kiến trúc giá trị của thủ đô Hà Nội.", "trình", "inner"),
    (K2, "Tổng thể của lăng là một khối nổi có cấu trúc hình chữ nhật vươn cao tới 127 bậc.", "trúc", "inner"),
    (K2, "Lăng được khởi công vào năm 1920 và kéo dài 11 năm mới hoàn thành.", "dài", "inner"),
    (K3, "Hai cột trụ biểu cao to.", "biểu", "inner"),
    (K4, "So với các công trình lăng tẩm ở Huế thì lăng Khải Định có diện tích khá nhỏ nhưng thời gian để hoàn thành công trình này lại lâu nhất, lên tới 11 năm và tốn nhiều công sức tiền của nhất.", "sức", "inner"),
    (K5, "Ông đã cho khởi công xây dựng lăng tẩm của mình vào năm 1920 và kéo dài đến năm 1931.", "tẩm", "inner"),
    (H1, "Không chỉ có diện tích và quy mô to lớn, kiến trúc và trang trí nội thất bên trong còn rất nguy nga và tráng lệ.", "thất", "inner"),
    (H4, "Công trình kiến trúc đồ sộ này được các triều vua xây dựng và phát triển trong suốt chiều dài lịch sử dân tộc và đóng vai trò quan trọng bậc nhất trong hệ thống các di tích của Việt Nam.", "sộ", "inner"),
    (T1, "Bên trong có cầu thang hình xoắn ốc dẫn lên tầng trên cùng.", "xoắn", "inner"),
    (T1, "Đến năm 1714, chúa cho đại trùng tu chùa.", "trùng", "inner"),
    (T1, "Tháp Phước Duyên là một biểu tượng nổi tiếng gắn liền với chùa Thiên Mụ.", "tượng", "inner"),
    # number: the syllable right after a number
    (S6, "Nhà hát lớn Hà Nội tọa lạc tại số 1 phố Tràng Tiền, quận Hoàn Kiếm, Hà Nội.", "phố", "number"),
    (S6, "Vốn đợt tu bổ này là 156 tỷ đồng.", "tỷ", "number"),
    (S7, "Khi đặt chân đến Hà Nội năm 1883, chính quyền Thực dân Pháp đã có ý định xây dựng 1 khu trung tâm văn hóa - nghệ thuật tại đây.", "khu", "number"),
    (S7, "Năm 1901, Nhà hát Lớn Hà Nội đi vào khởi công và 10 năm sau công trình được khánh thành.", "năm", "number"),
    (S8, "Nhà hát dài 87 mét, rộng 30 mét, chỗ cao nhất lên tới 34 mét.", "mét", "number"),
    (K1, "Lăng được xây từ 1920 đến 1931.", "đến", "number"),
    (K2, "Vào lăng phải vượt qua 37 bậc với thành bậc được chạm trổ hình rồng.", "bậc", "number"),
    (K3, "Từ sân lên cửa điện còn phải qua 15 bậc nữa.", "bậc", "number"),
    (K5, "Vua Khải Định là vị vua thứ 12 của triều Nguyễn, lên ngôi năm 1916.", "của", "number"),
    (H2, "Hoàng thành Thăng Long là quần thể di tích gắn với lịch sử kinh thành Thăng Long, Đông Kinh, tỉnh thành Hà Nội và Thủ đô Hà Nội, bắt đầu từ thời tiền Thăng Long vào thế kỷ 7 qua thời Đinh – Tiền Lê, phát triển mạnh dưới thời Lý, Trần, Lê và thành Hà Nội dưới triều Nguyễn.", "qua", "number"),
    (H3, "Song hành cùng lịch sử dân tộc trong suốt 10 thế kỷ qua, Hoàng thành Thăng Long – Hà Nội đã trải qua khá nhiều thay đổi, nhưng trung tâm của Hoàng thành, đặc biệt là Tử Cấm Thành thì gần như không thay đổi.", "thế", "number"),
    (T3, "Sau 2 năm khẩn trương lao động, tháp được lạc thành.", "năm", "number"),
    (T4, "Năm 1665 chúa Nguyễn Phúc Tần cho trùng tu.", "chúa", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): the gambling filter of Anxarden/turkish-filterlists
# (filters/gambling.txt), written as spam writes them.
TOKENS = {
    "domain": ["kazinoigri.com", "kumaroyna.net", "dedeoyna.com", "hangimaca.com", "guveniliradresin.com",
               "tahmingazetesi.net", "sporsaha.com", "skorgol.com", "kargabet.app", "lunabetapp.com", "ozanbet.com",
               "noktabet.com", "tilkibet.com", "safirbet.com", "yoncabet.com", "spinkolik.com"],
    "letter-digit": ["Klasbahiis843", "Bahigo1923", "Kazancortagi1", "Avrupatablo1000", "Macsonuclari1",
                     "Iddaatahmin11", "Direktgiris1", "Celtabet878", "Mavibet805", "Gizabet1058", "Napolyonbet724",
                     "Levabet407", "Tulipbet722"],
    "CamelCase": ["BonusDede", "BonuscuAbla", "SansliSaray", "RuletOyunlariBedava", "DenemeBonusum", "DubaiTabak",
                  "OynaBetGiris", "BetSatAdres", "IstanbulBetBet", "BetAtolyesi", "BetDelisi", "MatadorXBet",
                  "OrisBetci", "SlotBudur", "MeritSlotKayit"],
    "lower-case": ["hepyek", "goltty", "markaj", "hovardax", "ternobet", "kavabet", "jabibet", "jamobet", "larabet",
                   "marubet", "moldebet", "osombet", "pakobet"],
    "digit-led": ["553piabet", "709timebet", "807queenbet", "928kralbet", "9kwai", "2forumiddaa"],
    "hyphenated": ["deneme-bonus-yeni.com", "kolay-bet-giris.com", "guncel-girisi", "bonanza-turkiye",
                   "casibomadres-girisi", "bahsegel-top", "mars-giris", "oyna-kazan", "top-x-go", "spaceman-oyna",
                   "dinamo-bet-oyna", "play-pokerbet", "rexbet-giris", "slotamia-tr", "jack-poker"],
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

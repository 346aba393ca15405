"""Build ``benchmarks/data/langfresh28/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata44.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh28.py``. Same format as langfresh14-27
(``benchmarks/langid.py --data benchmarks/data/langfresh28 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 42) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-27, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-04) on topics the controls of langfresh22-27 did not have (space launches and
  telescopes (SpaceX, NASA, James Webb), photo-editing and design software (Photoshop, Lightroom, Canva), e-commerce
  platforms (Shopee, Lazada, TikTok Shop, Tiki; a topic of langfresh13, 14 and 16's controls, not of 22-27's: three
  pages met in the first draft (bankviet.com, daily.muamau.vn, theinfluencer.vn) were found by ``check_new`` and
  dropped with their sentences before any run), bank-app authentication (Vietcombank, VCB Digibank, Smart OTP) and
  Windows 11's hardware requirements (TPM 2.0, Secure Boot)), each holding real Latin tokens a spam detector could
  take for a pasted token: CamelCase product and brand names (SpaceX, TikTok, BurgerPrints, DirectX, Vietcombank),
  letter-digit model codes (B1058, L1527, B2C, C2C, B2B, NGC 6822, Falcon 9, TPM 2.0, GPU DirectX 12), brands after a
  product-kind word (tên lửa Falcon 9, ứng dụng VCB Digibank, phần mềm Adobe Photoshop, trình duyệt Edge, công cụ
  thiết kế Canva), English words at a sentence start or as common nouns (Review, Nature, app, firmware, online,
  banner, slide, template, video, game, shop, Omnichannel), institutions and acronyms (NASA, ISS, NRO, JWST, GMT,
  TMCP, OTP, SMS, POS, TPM, AMD, USD, VND, TMĐT).
* ``spam.tsv`` (``SPAM_PAGES``, ``CASES`` and ``TOKENS``): 78 cases on 78 further real sentences of other pages, of
  page kinds langfresh22-27 did not use (the Sơn Đoòng cave, the domestic elephants of Đắk Lắk, the Kon Plông
  earthquakes, the One Pillar Pagoda, the history of the chữ quốc ngữ, drowning reports, bee-keeping, landslides,
  blood-donation drives), one syllable replaced by one token (its first whole-word occurrence; columns: split, spam
  text, token, original word, original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``,
  ``name``, ``inner`` and ``number`` (as langfresh22-27). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from three real lists no earlier set used (langfresh23:
chongluadao.vn; langfresh24: dancharlton9, the Estonian list; langfresh25: hostsVN, TrustPositif; langfresh26: ABPVN,
HaGeZi's gambling list, a thanhtra.com.vn report; langfresh27: Sinfonietta's gambling-hosts): the Block List
Project's AdGuard gambling list, jarelllama's Scam-Blocklist (fake shops) and the cloud-mining badlist of
mrsbaai/cmc (bitcoin doublers and HYIP frauds); written as spam writes them: 13 full domains, 13 letter-digit codes,
13 CamelCase names, 13 bare lower-case names, 13 digit-led names, 13 hyphenated names; most hold no gambling trade
word (``TRADE``). None is an earlier set's token, in spam_brands.txt or the held-out stems, or in tests/, tools/,
benchmarks/data/ or mtpipe/ (``grep -rilw``), none holds a brand stem of spam_brands.txt, a held-out stem or an
earlier token of 4 letters or more, and none is held by an earlier token (all checked before any run). ``deal``
orders each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh28"
SEED = 42
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
X1 = "https://www.vietnamplus.vn/video-spacex-dua-4-phi-hanh-gia-nasa-len-tram-vu-tru-quoc-te-iss-post677140.vnp"
X2 = "https://www2.htv.com.vn/spacex-phong-thanh-cong-ten-lua-falcon-9-trien-khai-75-ve-tinh-toan-cau"
X3 = "https://baomoi.com/gap-loi-roi-xuong-bien-lieu-ten-lua-day-cua-spacex-con-duoc-tai-su-dung/c/28901257.epi"
X4 = "https://tinhuyquangtri.vn/m%E1%BB%B9-phong-ve-tinh-tinh-bao-toi-mat-len-qu%E1%BB%B9-dao"
X5 = "https://vnexpress.net/spacex-phong-tau-cho-gan-3-000-kg-hang-hoa-len-tram-iss-4202368.html"
X6 = "https://sgo48.vn/NASA-cong-bo-loat-anh-vu-tru-tu-kinh-vien-vong-10-ty-USD-1663213721"
X7 = "https://khoahoc.news/nhung-hinh-anh-co-mot-khong-hai-trong-vu-tru-tu-kinh-thien-van-james-webb-109643"
X8 = ("https://khoahocphattrien.vn/anh/nhung-hinh-anh-vu-tru-dep-nhat-cua-kinh-vien-vong-james-webb/"
      "2022120511465084p936c940.htm")
P1 = "https://hoangphucphoto.com/photoshop-va-lightroom-la-gi-va-khac-nhau-the-nao/?add-to-cart=1424"
P2 = "https://dict.comtor.jp/vietnamese-it-dictionary/p/photoshop/"
P3 = "https://uat.loicurly.com/tool/detail/canva?lang=vi"
S1 = "https://burgerprints.com/vi/so-sanh-shopee-voi-lazada-vs-tiktok"
S2 = "https://wionplatform.com/cac-san-thuong-mai-dien-tu-o-viet-nam.html"
S3 = "https://bocphot.club/review-cac-san-tmdt-viet-nam-2026-shopee-vs-lazada-vs-tiktok-shop"
S4 = "https://dobichngoc2408.id.vn/cac-nen-tang-tmdt-nen-tang-nao-phu-hop-cho-nguoi-moi-ban-hang"
S6 = "https://ver2solution.com/san-tang-phi-cao-loi-nhuan-bi-bop-chet-tieu-thuong-kinh-doanh-nhu-the-nao"
V1 = "https://cafef.vn/vietcombank-se-ngung-gui-ma-otp-qua-tin-nhan-sms-cho-nhung-khach-hang-sau-188251107154008031.chn"
V2 = "https://thebank.vn/blog/22912-cach-dang-ky-su-dung-smart-otp-vietcombank-thanh-cong-100.html"
V3 = "https://daohantindung.vn/vcb-digibank-smart-otp-cach-dang-ky-va-cai-dat-chi-tiet-nhat"
V4 = "https://www.robins.vn/dang-nhap-vietcombank-tren-thiet-bi-moi.html"
W1 = "https://anhngoc.vn/?p=1006"
W2 = "https://hoanghiepweb.com/"
W3 = "https://quantrimang.com/cong-nghe/danh-sach-bo-mach-chu-asus-ho-tro-windows-11-182707"
W4 = "https://24htech.vn/so-huu-rtx-2080-cau-hinh-core-i9-10900k-nhung-van-khong-the-chay-windows-11.html"
W5 = ("https://thuthuat.taimienphi.vn/mot-so-mau-may-tinh-dac-biet-khong-can-chip-tpm-de-chay-windows-11-64427n.aspx"
      "?ampok=1")
W6 = "https://tuong.me/?p=38"
W7 = ("https://gearvn.com/blogs/cong-nghe/microsoft-thay-doi-yeu-cau-cau-hinh-khien-hang-loat-pc-khong-the-nang-cap-"
      "len-windows-11")
W8 = "https://new.atsit.in/vi/posts/5011775200"

CLEAN = [
    # space launches and telescopes (SpaceX, NASA, James Webb)
    (X1, "Rạng sáng 16/11, tập đoàn công nghệ SpaceX của tỷ phú Elon Musk đã phóng thành công tên lửa đẩy Falcon 9, đưa tàu vũ trụ Crew Dragon chở 4 nhà du hành lên Trạm Vũ trụ Quốc tế (ISS)."),
    (X1, "Theo hãng tin Reuters, vụ phóng được thực hiện vào lúc 0 giờ 27 phút giờ GMT (7 giờ 27 giờ Việt Nam) từ Trung tâm Vũ trụ Kennedy ở Cape Canaveral, thuộc bang Florida (Mỹ)."),
    (X2, "Hôm qua, Tập đoàn SpaceX đã phóng thành công tên lửa Falcon 9 chở theo 10 vệ tinh để phục vụ cho hoạt động của công ty viễn thông Iridium Communications có trụ sở tại Mỹ."),
    (X3, "Ngày 5.12, tàu con thoi SpaceX Dragon mang theo đồ tiếp tế và thiết bị đến cho không gian quốc tế ISS thành công nhưng tên lửa đẩy Falcon 9 gặp sự cố nên đã hạ cánh xuống biển thay vì trên một sà lan như dự kiến."),
    (X4, "Tên lửa Falcon 9 không người lái của SpaceX đã được phóng đi từ Trung tâm vũ trụ Kennedy ở Florida lúc khoảng 11h15 GMT (18h15 giờ Hà Nội), sứ mệnh đầu tiên mà công ty SpaceX thực hiện cho Cục Do thám quốc gia Mỹ (NRO)."),
    (X4, "Tuy nhiên, hiện không có thông tin được tiết lộ về chiếc vệ tinh NRO vừa được phóng."),
    (X4, "Đây là lần thứ 4 bộ phận chính của SpaceX tiếp đất thành công ở căn cứ Cape Canaveral, không kể những lần đáp xuống giàn đỡ trên đại dương."),
    (X4, "Thành lập năm 2002, SpaceX thuộc quyền quản lý của tỷ phú công nghệ Elon Musk (I-lân Mắc)."),
    (X4, "Hiện tập đoàn tư nhân này là một trong những doanh nghiệp hàng đầu về vận chuyển trong không gian và là một đối tác của NASA."),
    (X4, "Hồi tháng trước, công ty này đã phóng thành công lần đầu tiên một tên lửa đã qua sử dụng việc này sẽ giúp SpaceX tiết kiệm hàng triệu USD cho mỗi lần phóng."),
    (X5, "Tên lửa hai tầng Falcon 9 mang tàu Dragon rời bệ phóng tại Trung tâm Vũ trụ Kennedy, bang Florida, lúc 11h17 hôm 6/12 theo giờ địa phương."),
    (X5, "SpaceX thực hiện thành công chuyến chở hàng thứ 21 cho NASA."),
    (X5, "Đây là vụ phóng thứ 24 của SpaceX trong năm nay và là vụ phóng thứ 101 của tên lửa Falcon 9."),
    (X5, "Khoảng 9 phút sau khi phóng, tầng thứ nhất của tên lửa mang tên B1058 quay trở lại Trái Đất, hạ cánh xuống tàu chuyên dụng \"Of Course I Still Love You\" của SpaceX ở Đại Tây Dương."),
    (X5, "Như vậy B1058 đã được sử dụng 4 lần."),
    (X5, "Trong nhiệm vụ mới, tàu Dragon mang 2.903 kg hàng hóa lên trạm ISS."),
    (X5, "Phương tiện còn lại là Crew Dragon Resilience, tàu vũ trụ chở 4 phi hành gia lên trạm ISS ngày 15/11."),
    (X5, "Tàu Dragon lần này được cải tiến với khả năng chở thêm 20% hàng hóa, không gian bên trong cũng rộng hơn những phiên bản cũ."),
    (X6, "James Webb do NASA phối hợp cùng Cơ quan Vũ trụ châu Âu phát triển từ cuối thập niên 1990, với kinh phí khoảng 10 tỷ USD."),
    (X6, "Các nhà khoa học kỳ vọng James Webb sẽ cung cấp những hình ảnh chi tiết, giúp chúng ta hiểu hơn về nguồn gốc vũ trụ, tìm ra manh mối về sự hình thành, tồn tại của con người và sự sống ngoài Trái Đất."),
    (X7, "Hình ảnh ngôi sao Wolf-Rayet ở khoảng cách 15.000 năm ánh sáng được Kính thiên văn James Webb ghi lại."),
    (X7, "Loại sao khổng lồ hiếm hoi này, NASA ước tính chỉ có khoảng 220 ngôi sao như vậy trong Dải Ngân hà, vốn chứa ít nhất 100 tỷ ngôi sao."),
    (X7, "Thiên hà lùn NGC 6822 chỉ có khoảng 10 triệu ngôi sao so với ít nhất 100 tỷ ngôi sao của Dải Ngân hà."),
    (X8, "Nature chọn ra những bức ảnh đặc sắc nhất do Kính viễn vọng Không gian James Webb (JWST), bắt đầu quan sát vũ trụ vào đầu năm nay, ghi lại."),
    (X8, "Được biết đến với cái tên L1527, ngôi sao \"sơ sinh\" chỉ mới khoảng 100.000 năm tuổi và sẽ mất một thời gian để kích hoạt phản ứng tổng hợp hạt nhân và trở thành một ngôi sao trưởng thành."),
    (X8, "Nhờ độ phân giải cao, JWST tiết lộ các chi tiết như cột và tia bên trong đám mây bụi, nơi các ngôi sao mới hình thành."),
    # photo-editing and design software (Photoshop, Lightroom, Canva)
    (P1, "Ngày nay, hai trong số các phần mềm chỉnh sửa được Adobe phát triển là Lightroom và Photoshop trở nên vô cùng phổ biến đối với các cá nhân học thiết kế và nhiếp ảnh."),
    (P1, "Adobe đã phát hành Photoshop như một chương trình đồ họa vào những năm 1990 nhằm phục vụ cho nhu cầu chỉnh sửa ảnh kỹ thuật số khi đó."),
    (P1, "Về sau này, khi Photoshop đã trở nên quen thuộc hơn thì Adobe lại tiếp tục ra mắt Lightroom để phục vụ riêng cho các nhiếp ảnh gia."),
    (P1, "Điều đầu tiên phải nói đến để phân biệt giữa phần mềm Photoshop và Lightroom đó là quy trình chỉnh sửa."),
    (P1, "Trong khi Lightroom có thể sắp xếp và chỉnh sửa hình ảnh cùng lúc."),
    (P1, "Nhưng Photoshop lại không thể thiết lập như vậy."),
    (P1, "Vốn dĩ phần mềm Adobe Photoshop được thiết kế để chỉnh sửa chỉ từng hình ảnh một."),
    (P2, "Photoshop Một thiết bị hiệu chỉnh hình ảnh kết thúc cao phổ biến dành cho Macintosh và Windows từ Adobe."),
    (P2, "Các phiên bản Mac gốc là các phiên bản đầu tiên hạ thấp việc biên tập hình ảnh đầy đủ xuống mức độ máy tính cá nhân vào cuối thập niên 80."),
    (P2, "Từ đó, Photoshop trở thành chuẩn thực tế cho việc biên tập hình ảnh."),
    (P3, "Canva là công cụ thiết kế đồ họa online dễ dùng."),
    (P3, "Giúp tạo nhanh banner, slide, post mạng xã hội, video bằng template kéo-thả, phù hợp người không chuyên."),
    (P3, "Phần này giúp bạn vào Canva ổn định: tạo tài khoản, đăng nhập, xác minh email và giữ thông tin đăng nhập luôn cập nhật."),
    # e-commerce platforms (Shopee, Lazada, TikTok Shop, Tiki)
    (S1, "So sánh Shopee, Lazada và TikTok, nên bán hàng trên nền tảng nào?"),
    (S1, "Trong bài viết này, BurgerPrints sẽ đánh giá khách quan từng nền tảng."),
    (S1, "TikTok Shop, Shopee và Lazada là ba nền tảng thương mại điện tử hàng đầu tại Việt Nam, mỗi nền tảng đều có những đặc điểm nổi bật và đối tượng khách hàng riêng."),
    (S1, "Tính đến thời điểm hiện tại, Shopee đang là nền tảng thương mại điện tử quy mô lớn  nhất tại nước ta."),
    (S1, "Sàn Shopee được thành lập vào năm 2015 và đến nay đã thu hút tới hơn 200 triệu người dùng tại 8 quốc gia ở khu vực Đông Nam Á."),
    (S1, "Theo như tổng kết từ Metric đến nửa đầu năm 2023, Shopee đã thu tới 59 nghìn tỷ đồng, cùng với hơn 667 triệu sản phẩm đã được bán ra."),
    (S2, "Tuy nhiên, với quá nhiều lựa chọn từ Shopee, Lazada đến TikTok Shop hay Tiki, người mới bắt đầu thường rơi vào trạng thái “mất phương hướng”."),
    (S2, "Theo báo cáo mới từ Metric, thị trường thương mại điện tử Việt Nam trong 9 tháng đầu năm nay ghi nhận doanh thu 227.700 tỷ đồng (9,5 tỷ USD), tăng 37,6% so với cùng kỳ năm trước."),
    (S2, "Hiện nay, các sàn thương mại điện tử ở Việt Nam tập trung vào 5 sàn lớn: Shopee, Lazada, TikTok Shop, Tiki và Sendo."),
    (S2, "Shopee giữ vững vị trí dẫn đầu với hơn 70% thị phần, tiếp theo là Lazada và TikTok Shop."),
    (S3, "Năm 2026, thị trường thương mại điện tử (TMĐT) Việt Nam tiếp tục tăng trưởng mạnh mẽ với quy mô ước tính hơn 25 tỷ USD."),
    (S3, "Ba sàn TMĐT lớn nhất chiếm lĩnh thị trường là Shopee, Lazada và TikTok Shop, mỗi sàn có thế mạnh và hạn chế riêng."),
    (S3, "Shopee duy trì vị trí số 1 nhờ lượng người dùng khổng lồ, đa dạng sản phẩm và hệ sinh thái toàn diện."),
    (S3, "Chương trình “Đảm bảo Shopee” giữ tiền cho đến khi người mua xác nhận nhận hàng, mang lại sự an tâm."),
    (S3, "Shopee có mạng lưới giao hàng rộng nhất với thời gian giao trung bình 2-4 ngày toàn quốc."),
    (S3, "Shopee Mall đảm bảo hàng chính hãng với chính sách đổi trả 15 ngày miễn phí."),
    (S3, "Review giả vẫn là vấn nạn lớn — nhiều shop mua hàng nghìn review 5 sao giả để đánh lừa người mua."),
    (S4, "Thương mại điện tử đang phát triển mạnh mẽ tại Việt Nam, kéo theo sự bùng nổ của nhiều nền tảng như Shopee, Lazada, Tiki và TikTok Shop."),
    (S4, "Bên cạnh đó, người bán cũng cần hiểu rõ các mô hình TMĐT phổ biến như B2C, C2C và B2B để lựa chọn hướng đi đúng đắn."),
    (S4, "Đặc biệt, xu hướng Omnichannel và bán hàng đa kênh đang trở thành chìa khóa giúp tăng doanh thu và mở rộng tệp khách hàng trong thời đại số."),
    (S4, "Shopee hiện là nền tảng có lượng truy cập lớn nhất."),
    (S4, "Khách hàng trên Shopee thường mua nhanh, ít yêu cầu phức tạp và dễ chốt đơn, giúp người mới có thể đạt đơn hàng đầu tiên chỉ trong vài ngày."),
    (S6, "Ngay sau khi nền tảng TikTok Shop tăng phí nhà bán hàng lên tới 17% doanh thu mỗi đơn, rất nhiều tiểu thương đã lên tiếng phản ứng vì lợi nhuận ngày càng bị bóp chẹt."),
    (S6, "Chị Ngọc Bích (kinh doanh hàng gia dụng) cho biết một đơn hàng trị giá 1,75 triệu đồng thì thuế, phí đã chiếm tới 387.000 đồng (36% doanh thu), trong đó phí TikTok Shop hơn 360.000 đồng."),
    (S6, "Tương tự, chị Bích Chi (TP.HCM) từng xử lý 1.500-2.000 đơn/ngày, phải thuê thêm 5 nhân công, nhưng lợi nhuận rất mỏng."),
    # bank-app authentication (Vietcombank, VCB Digibank, Smart OTP)
    (V1, "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) cho biết, trong trường hợp khách hàng đã đủ điều kiện xác thực bằng Smart OTP, Vietcombank sẽ ngừng áp dụng SMS OTP đối với giao dịch Chuyển tiền trong hệ thống Vietcombank và Nạp tiền điện thoại trên ứng dụng VCB Digibank."),
    (V1, "Theo Vietcombank, thay đổi này nhằm nâng cao an toàn bảo mật và tối ưu trải nghiệm giao dịch trực tuyến cho khách hàng."),
    (V1, "Smart OTP là phương thức xác thực được tích hợp trực tiếp trên ứng dụng VCB Digibank."),
    (V1, "Khi giao dịch, khách hàng nhận mã OTP ngay trong ứng dụng mà không cần chờ tin nhắn SMS."),
    (V1, "Đáng chú ý, với SMS OTP, khách hàng chỉ thực hiện được giao dịch với hạn mức tối đa 100 triệu VND/ngày."),
    (V2, "Vietcombank Smart OTP là ứng dụng có chức năng tạo mã OTP (One Time Password) để xác thực các giao dịch thanh toán trên ứng dụng VCB Digibank."),
    (V2, "Mã OTP sẽ được tạo tự động và được gửi đến số điện thoại của chủ thẻ, ngay khi chủ thẻ thực hiện thanh toán mua sắm online hoặc thanh toán tại các POS."),
    (V2, "Việc đăng ký dịch vụ Smart OTP Vietcombank cực kì đơn giản."),
    (V3, "Mã OTP này thường được tạo ra bằng một thiết bị hoặc ứng dụng di động đặc biệt, hoặc thông qua tin nhắn SMS."),
    (V3, "Mã OTP có thời hạn rất ngắn và chỉ có thể sử dụng một lần duy nhất, do đó nó tăng cường tính bảo mật của giao dịch và tránh trường hợp sử dụng lại mã."),
    (V4, "Muốn đăng nhập Vietcombank trên thiết bị mới, trước tiên bạn tải ứng dụng VCB Digibank từ CH Play hoặc App Store rồi mở lên."),
    (V4, "Khi mở app trên thiết bị mới, nhập Tên truy cập (thường là số điện thoại) và mật khẩu."),
    # Windows 11's hardware requirements (TPM 2.0, Secure Boot)
    (W1, "Cả hai tính năng này đã được tích hợp sẵn trong nhiều máy tính hiện đại và chip xử lý của Intel và AMD, và hiện được yêu cầu cho tất cả các máy chạy Windows 11."),
    (W1, "Nếu máy của bạn đủ mới để hỗ trợ cả hai, việc kích hoạt TPM (viết tắt của Trusted Platform Module) và Secure Boot thường khá dễ dàng."),
    (W1, "Vi mạch TPM là những thiết bị nhỏ được gọi là bộ xử lý mật mã an toàn."),
    (W1, "Một số TPM là dạng ảo hoặc firmware."),
    (W1, "TPM đã là một phần công nghệ bắt buộc trên các máy Windows kể từ năm 2016, vì vậy các máy cũ hơn loại này có thể không có phần cứng hoặc firmware cần thiết."),
    (W2, "Nhiều máy tính PC lẫn Mac hôm qua chạy app PC Health Check đều cho kết quả không tương thích với Windows 11."),
    (W2, "Lý do vì máy không hỗ trợ TPM 2.0."),
    (W3, "Để có thể nâng cấp lên Windows 11, máy tính của người dùng cần đáp ứng hàng loạt yêu cầu liên quan đến cấu hình phần cứng."),
    (W3, "Thông thường, chip TPM sẽ được hàn trực tiếp vào bo mạch chủ."),
    (W3, "Do đó, để biết PC của mình liệu có thể nâng cấp lên Windows 11 hay không, người dùng cần xác định bo mạch chủ mà mình đang sử dụng có hỗ trợ TPM 2.0."),
    (W4, "Vào ngày 24/06/2021 Microsoft đã giới thiệu về Windows 11 và có thể chạy được các ứng dụng Android cùng nhiều cải tiến khác cho việc chơi game."),
    (W4, "Hiện nay thì Microsoft đã tạm thời gỡ bỏ ứng dụng PC Health check để tránh sự nhầm lẫn và đang làm rõ thêm về yêu cầu TPM."),
    (W4, "Từ năm 2016, Windows yêu cầu các nhà sản xuất PC bao gồm chip TPM trên các thiết bị chạy Windows 10 nhưng điều đó không phải là sự đồng nhất trên toàn bộ thị trường nói chung."),
    (W5, "Yêu cầu cấu hình cài đặt Windows 11 bao gồm hỗ trợ chip TPM 2.0 hoặc fTMP 2.0."),
    (W5, "Nếu bạn có TPM 1.2 hoặc không có TPM, bạn sẽ không nhận được bản nâng cấp mới."),
    (W5, "Gần đây, công ty đã nói rõ hơn rằng một số PC sẽ vẫn chạy được Windows 11 mà không cần bật TPM 2.0."),
    (W6, "Windows 11 ra mắt với giao diện mới đẹp hơn và nhiều tính năng bổ sung như chạy app Android trên máy tính khiến nhiều người dùng thích thú với hệ điều hành này."),
    (W6, "Nhìn vào thông tin cấu hình chúng ta có thể thấy Windows 11 đã ngừng hỗ trợ bản 32 bit và chỉ hỗ trợ bản 64 bit."),
    (W7, "Sau 6 năm ra mắt thì hiện tại, Windows 10 đang chiếm 78% lượng PC Windows; đứng thứ nhì là Windows 7 (ra mắt năm 2009) với 16%."),
    (W7, "Sở dĩ Microsoft làm như vậy là vì họ muốn dồn nhân lực hỗ trợ hệ điều hành mới nhất, và muốn người dùng xài những ứng dụng như Microsoft Store và trình duyệt Edge."),
    (W7, "Đồng thời họ cũng muốn nhà phát triển tận dụng nền tảng mới để phát triển những phần mềm mang tính đột phá, giúp cải thiện Windows 10."),
    (W7, "Những yêu cầu mới, nhất là TPM và GPU DirectX 12, được đặt ra để nâng mức sàn về mặt bảo mật và hiệu năng."),
    (W8, "Windows 11 yêu cầu một số thành phần phần cứng nhất định, chẳng hạn như bộ xử lý dòng AMD Ryzen 3000 hoặc bộ xử lý Intel thế hệ thứ 7 trở lên, Mô-đun nền tảng đáng tin cậy (TPM) và khả năng Khởi động an toàn để hoạt động hiệu quả."),
    (W8, "Nếu bạn đang dự định nâng cấp lên Windows 11, điều cần thiết là phải biết một số điều kiện tiên quyết nhất định có thể cản trở tiến trình của bạn."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
G1 = "https://quangbinhtour.net/diem-den/son-doong-cave/"
G2 = "https://vovankienthuc.com/blog/hang-son-doong-hang-dong-lon-nhat-the-gioi.1163"
G3 = "https://khoahoc.tv/amp/8-su-that-thu-vi-ve-hang-dong-son-doong-62848"
G4 = ("https://doisongphapluat.nguoiduatin.vn/mot-noi-duoc-menh-danh-xu-so-than-tien-duoi-long-dat-cua-viet-nam-du-"
      "chua-toa-nha-40-tang-70-trieu-dong-tour-van-kin-khach-quanh-nam-a476922.html")
E1 = "https://tiepthithuonghieu.com/voi-gia-o-dak-lak-chet-vi-va-goc-cay"
E2 = "https://zingnews.vn/mot-ca-the-voi-49-nam-tuoi-chet-o-dak-lak-post1415002.html"
E3 = "https://dulich.tuoitre.vn/trung-tam-bao-ton-voi-dak-lak.html"
Q1 = "https://znews.vn/kon-tum-chiu-6-tran-dong-dat-trong-60-phut-post1502446.html"
Q2 = "https://sggp.org.vn/lien-tiep-8-tran-dong-dat-trong-1-ngay-o-kon-tum-post623073.html"
Q3 = "https://baomoi.net.vn/ngay-1-9-kon-tum-xay-ra-lien-tiep-6-tran-dong-dat-c43612925.epi"
Q4 = "https://phunuvietnam.vn/tin-dong-dat.html"
C1 = "https://zaidap.com/ha-noi-chua-mot-cot-d394892.htm"
C2 = ("https://lazi.vn/edu/exercise/1465243/gioi-thieu-1-cong-trinh-kien-truc-thoi-gian-xay-dung-cau-truc-y-nghia-cua-"
      "no-thoi-ly-hoac-thoi-tran")
C3 = ("http://phapvan.ca/web/Detail.aspx?id=2105__Hai+c%C3%B4ng+tr%C3%ACnh+Ph%E1%BA%ADt+gi%C3%A1o+c%C3%B3+gi%C3%A1+"
      "tr%E1%BB%8B+ki%E1%BA%BFn+tr%C3%BAc+th%E1%BB%9Di+L%C3%BD")
N1 = "https://petruskyaus.net/lich-su-chu-quoc-ngu-tran-thanh"
D1 = "https://www.vietnamplus.vn/ru-nhau-tam-song-ba-hoc-sinh-lop-tam-gap-nan/44958.vnp"
D2 = "https://baophutho.vn/nhom-7-hoc-sinh-ra-song-da-tam-mot-em-bi-duoi-nuoc-tu-vong-239806.htm"
D3 = "http://www.baomoi.com/be-gai-lop-5-duoi-nuoc-khi-di-tam-bien-voi-truong/c/21747176.epi"
D4 = ("https://www.phunuvagiadinh.vn/xa-hoi-168/ru-nhau-di-choi-sau-buoi-lao-dong-tai-truong-hai-nu-sinh-lop-7-chet-"
      "duoi-thuong-tam-340522")
B1 = "https://honeco.com/danh-muc/mat-ong/mat-ong-nguyen-chat"
B2 = "https://caythuocvithuoc.com/kinh-nghiem-nghe-nuoi-ong-lay-mat"
B3 = "http://nhanongxanh.vn/box/nghe-nuoi-ong-1-von-4-loi-147335/"
L1 = "https://vnexpress.net/doi-nui-tiep-tuc-sat-lo-do-mua-to-4184192.html"
L2 = ("https://www.vietnamplus.vn/dau-hieu-cua-sat-lo-dat-nhung-dieu-nen-va-khong-nen-de-phong-tranh-sat-lo-"
      "post1067494.vnp")
L3 = ("https://dantri.com.vn/thoi-su/trien-doi-ran-nut-nhu-dong-dat-o-lam-dong-nguoi-dan-tim-noi-lanh-nan-"
      "20251212080038597.htm")
H1 = "https://hanoionline.vn/thuong-xuyen-hien-mau-de-chia-se-yeu-thuong-trao-su-song-173019.htm"
H2 = ("https://www.sggp.org.vn/chuong-trinh-giot-hong-tu-thanh-pho-mang-ten-bac-tiep-nhan-237-don-vi-mau-"
      "post819910.html")
H3 = "https://saovietonline.com/tag/ket-noi-dong-mau-viet-nam"

SPAM_PAGES = [
    # quangbinhtour.net, vovankienthuc.com, khoahoc.tv, doisongphapluat (the Sơn Đoòng cave)
    (G1, "Sơn Đoòng được xem là hang động lớn nhất thế giới mà loài người đã khám phá được tính đến nay."),
    (G1, "Hang Sơn Đoòng được khám phá vào năm 1991 khi Hồ Khanh, một người dân địa phương tình cờ tìm ra khi lánh vào cửa hang để tránh mưa."),
    (G2, "Sơn Đoòng bắt đầu được biết đến từ năm 1990."),
    (G2, "Đứng trước cửa hang, ông cảm nhận có một luồng gió mát lạnh thổi thốc từ trong hang ra, tiếng gió rít qua vách đá đến lạnh người."),
    (G2, "Năm 2008, Hiệp hội hang động Hoàng gia Anh sang làm việc tại Việt Nam."),
    (G2, "Hang Sơn Đoòng được hình thành khoảng 2-5 triệu năm trước, khi nước sông chảy ngang qua vùng đá vôi đã bị vùi lấp dọc theo một đường đứt gãy."),
    (G3, "Hang Sơn Đoòng được một người nông dân tên Hồ Khanh phát hiện năm 1991."),
    (G3, "Trong một lần đi làm anh gặp một cơn mưa rừng lớn, lo sợ sẽ có lũ quét, Hồ Khanh đã quyết định tìm chỗ trú mưa."),
    (G3, "Không lâu sau chuyến đi ấy, anh bỏ nghề tìm trầm và quay lại làm ruộng."),
    (G4, "Hang Sơn Đoòng có núi, có sông, sở hữu cả một khu rừng nguyên sinh được đặt tên là Vườn Địa đàng và là môi trường sống cho nhiều loài động thực vật."),
    (G4, "Ngay trước cửa hang Sơn Đoòng là bức tường đá cao 90 mét, được gọi là Bức tường Việt Nam."),
    # tiepthithuonghieu.com, zingnews.vn, dulich.tuoitre.vn (the domestic elephants of Đắk Lắk)
    (E1, "Nguyên nhân dẫn đến cái chết của con voi Bắk Khăm được xác định là do trượt ngã và bị gốc cây đâm thủng ruột."),
    (E1, "Quá trình đưa con voi về mai táng đã mất khoảng 12 giờ đồng hồ, cho thấy sự trân trọng và tôn vinh dành cho sinh vật này."),
    (E1, "Hiện tỉnh Đắk Lắk có 33 cá thể voi nhà, hầu hết là voi cái và đã quá tuổi sinh sản."),
    (E1, "Được biết, voi là loài động vật nguy cấp và đang được bảo vệ theo luật pháp Việt Nam."),
    (E2, "Trước đó, ngày 9/2, một cá thể voi đực tên Rốk (30 tuổi, ở huyện Buôn Đôn) cũng bị chết do thể trạng yếu."),
    (E2, "Các cá thể voi nhà hầu hết đã lớn tuổi, gây khó khăn cho công tác bảo tồn."),
    (E2, "Hiện, quần thể voi nhà tại Đắk Lắk chỉ còn 36 cá thể, giảm 90% số lượng voi so với năm 1980."),
    (E3, "Khoảng một tuần trở lại đây, tại thôn 20, xã Đăk Drông giáp ranh khu vực rừng của xã Đăk Wyl (Cư Jut, Đắk Nông) ba con voi rừng xuất xuất liên tục phá hoại hoa màu, húc đổ hàng chục ngôi nhà khiến người dân hoang mang."),
    # znews.vn, sggp.org.vn, baomoi.net.vn, phunuvietnam.vn (the Kon Plông earthquakes)
    (Q1, "Đáng chú ý là có những trận động đất chỉ diễn ra cách nhau khoảng hơn 30 giây."),
    (Q2, "Thông tin từ Viện Vật lý địa cầu cho biết, trong ngày 5-1 tại huyện Kon Plông, tỉnh Kon Tum đã liên tiếp xảy ra 8 trận động đất."),
    (Q2, "Các trận động đất có cấp độ rủi ro thiên tai là cấp độ 0."),
    (Q2, "Một lãnh đạo huyện Kon Plông cho biết, người dân tại địa phương không cảm nhận được các trận động đất trên."),
    (Q3, "Trước đó đã có 5 trận động đất diễn ra."),
    (Q3, "Viện Vật lý địa cầu sẽ tiếp tục khảo sát, quan trắc và nghiên cứu chi tiết về nguyên nhân động đất tại khu vực này."),
    (Q4, "Ông Nguyễn Xuân Anh, Viện trưởng Viện Vật lý địa cầu, cho biết, qua quan trắc, nguyên nhân của hiện tượng trên liên quan đến động đất kích thích do hồ chứa."),
    # zaidap.com, lazi.vn, phapvan.ca (the One Pillar Pagoda)
    (C1, "Thuộc phường Ngọc Hà, quận Ba Đình, thành phố Hà Nội, đây là di tích lịch sử văn hoá lâu đời và độc đáo của đất nước."),
    (C1, "Kết cấu hình bông sen nở trên một cuống sen của ngôi chùa, là sự mô phỏng hình tượng mà vua Lý đã thấy trong mơ: Phật Quan Âm dắt vua lên đài sen."),
    (C2, "Trụ đá gồm 2 khối gắn rất khéo, thoạt nhìn như một khối đá liền."),
    (C2, "Sự độc đáo của Chùa Một Cột là toàn bộ ngôi chùa đặt trên một cột đá."),
    (C2, "Qua văn bia miêu tả, Chùa Một Cột thời Lý to hơn chùa ngày nay nhiều."),
    (C2, "Năm 1954, trước khi rút khỏi Hà Nội, quân Pháp đã đặt mìn phá đổ chùa."),
    (C2, "Khi quân Minh bị bao vây ở Đông Quan, hết quân khí, Vương Thông đã cho phá quả chuông này để đúc súng đạn."),
    (C3, "Lý Công Uẩn là vị vua mộ đạo Phật, vì từ nhỏ ngài đã được nuôi dạy trong chùa."),
    (C3, "Chùa Một Cột có dáng dấp của một tòa sen đang nở trên mặt hồ."),
    (C3, "Ngôi chùa được xây dựng từ giấc mơ của vua Lý Thái Tôn gặp Đức Phật Quan Âm."),
    (C3, "Theo các nhà nghiên cứu thì các nhà xây dựng đã tính đến hướng gió cho công trình."),
    (C3, "Thực ra ban đầu, chùa có kích thước lớn hơn hiện nay."),
    # petruskyaus.net (the history of the chữ quốc ngữ)
    (N1, "Trước khi chữ quốc ngữ ra đời, chữ Nôm và chữ Hán được dùng như văn tự ghi lại tiếng nói của người Việt."),
    (N1, "Với nguồn gốc vay mượn từ chữ Hán, chữ Nôm khó phát triển thành một văn tự phổ biến."),
    (N1, "Duy trì ngôn ngữ Việt, dù là tiếng nói hay chữ viết (chữ quốc ngữ), là một trong những trọng tâm của các hoạt động này."),
    # vietnamplus.vn, baophutho.vn, baomoi.com, phunuvagiadinh.vn (drowning reports)
    (D1, "Khoảng 20 phút sau, ba em bị nước cuốn trôi."),
    (D1, "Nghe tiếng tri hô cứu người chết đuối, một người dân ở gần đó đã lao ra cứu được em Trương Hoài Vi (12 tuổi), còn hai em Vi và Hoàng bị nước cuốn ra xa, khi vớt được đều đã tử vong do bị ngạt nước khá lâu."),
    (D1, "Các em tắm sông tại khu vực này rất dễ bị trượt ngã xuống hố, dẫn đến tai nạn đáng tiếc xảy ra."),
    (D1, "Hoàn cảnh kinh tế gia đình của em Vi và em Hoàng rất khó khăn, nhà trường vận động giáo viên và học sinh thăm viếng lo việc mai táng chu đáo cho hai em."),
    (D2, "Chiều nay 18/9, tại sông Đà khu vực gần cầu Thống Nhất, phường Hoà Bình đã xảy ra vụ đuối nước khiến một nam học sinh lớp 9 tử vong."),
    (D2, "Mặc dù không có áo phao nhưng các em vẫn xuống sông tắm, một số em đã bơi ra ngoài khu vực phao tiêu, là nơi có nước sâu và chảy siết."),
    (D2, "Sông Đà khu vực phường Hoà Bình hầu như năm nào cũng có người bị đuối nước, tử vong, trong đó chủ yếu là học sinh."),
    (D3, "Trong lúc tắm biển, một học sinh lớp 5 (Long Hồ, Vĩnh Long) bị sóng cuốn ra xa bờ dẫn đến đuối nước."),
    (D4, "Sau buổi lao động ở trường, 6 học sinh rủ nhau đi tắm sông thì không may gặp nạn khiến 2 nữ sinh đuối nước thương tâm."),
    (D4, "Trong lúc vui đùa, 3 em không may trượt chân ngã xuống sông."),
    (D4, "Thấy vậy 2 nam sinh lớp 6 đi cùng đã nhảy xuống nhưng chỉ cứu được 1 bạn."),
    (D4, "Thời gian gần đây xảy ra khá nhiều vụ trẻ em đuối nước, gióng lên hồi chuông cảnh báo cho các bậc phụ huynh."),
    # honeco.com, caythuocvithuoc.com, nhanongxanh.vn (bee-keeping)
    (B1, "Một tổ chức đàn ong mật gồm có 3 loại: Ong chúa, ong đực và ong thợ, được phân công khác nhau."),
    (B1, "Vì vậy, mật ong được tạo ra cho đời là nhờ sự lao động vất vả hết mình của các chú ong thợ."),
    (B1, "Loài ong khá đặc biệt có hai cái dạ dày, 1 dạ dày dùng để tiêu hóa thức ăn, một dạ dày dùng để chứa mật."),
    (B2, "Nuôi ong là nghề lâu đời của con người."),
    (B2, "Ở Việt Nam, nghề nuôi ong có từ rất sớm, nhưng trước đây quy mô nhỏ."),
    (B2, "Có gia đình hiện nay nuôi hàng trăm đàn ong, thu về trên 500 lít mật ong mỗi năm."),
    (B2, "Nghề nuôi ong không tốn quá nhiều thời gian, mỗi ngày có thể giành khoảng hơn 2 giờ để vệ sinh thùng ong."),
    (B2, "Người nuôi ong phải thường xuyên thay cầu yếu, tách cầu khỏe ở các thùng ong, che gió, giữ ấm cho đàn ong, phòng bệnh hại."),
    (B2, "Nghề nuôi ong dù không quá khó, nhưng nếu thiếu kinh nghiệm sẽ làm ong bị bệnh thối ấu trùng, ong non không nở."),
    (B3, "Với những giá trị đó, nuôi ong được xem là nghề 1 vốn 4 lời."),
    # vnexpress.net, vietnamplus.vn, dantri.com.vn (landslides)
    (L1, "Mưa to khiến nhiều quả đồi ở Hà Tĩnh sạt lở, một số ngọn núi ở Nghệ An, Quảng Trị bị nứt kéo dài, hàng trăm hộ dân phải di dời."),
    (L1, "Tại huyện Vũ Quang, tỉnh Hà Tĩnh, 8 vụ sạt lở đồi xảy ra tại các xã Thọ Điền, Quang Thọ, Hương Minh và thị trấn Vũ Quang."),
    (L1, "Ông Nguyễn Thường Thọ, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Vũ Quang, cho biết đất đồi sạt lở, xô đổ một số bờ rào, chuồng gia súc, mái che của nhà dân."),
    (L1, "Rất may người dân đã di dời đi nơi khác tránh trú từ vài hôm trước."),
    (L1, "Ông Nguyễn Văn Hiếu, Chủ tịch xã Hưng Yên Nam, cho biết vài ngày trước, người dân phát hiện nhiều vết nứt chạy dọc sườn núi Rày và Rậm ở xã Hưng Yên Nam."),
    (L2, "Mưa lớn kéo dài có nguy cơ gây ra sạt lở đất trên sườn dốc hay ven sông, suối, gây thiệt hại lớn về người và tài sản."),
    (L2, "Vết nứt mới trên tường nhà, sườn đồi, mái dốc; cây cối, hàng rào, các cọc xung quanh mái dốc bị đổ nghiêng; xuất hiện rò rỉ tạo dòng nước chảy trên bề mặt mái dốc là một số dấu hiệu của sạt lở đất."),
    (L3, "Những ngày gần đây, nhiều hộ dân thôn Quảng Hiệp, xã Hiệp Thạnh, tỉnh Lâm Đồng sống trong lo âu vì sạt lở đất."),
    (L3, "Nhiều căn nhà bị đất đá từ trên cao đổ ập xuống, hư hỏng."),
    (L3, "Theo ông Phạm Ngọc Huy, hiện nay, do triền đồi sạt lở nên nhiều hộ dân để lại nhà cửa, di chuyển đến nơi khác sinh sống."),
    # hanoionline.vn, sggp.org.vn, saovietonline.com (blood-donation drives)
    (H1, "Phong trào hiến máu tình nguyện đã phát triển sâu rộng trong cả nước với nhiều hoạt động thiết thực như: ‘Lễ hội Xuân hồng’, ‘Hành trình đỏ’ và nhiều chương trình khác…"),
    (H1, "Nhờ đó đã kịp thời cung cấp máu, cứu sống nhiều người bệnh."),
    (H2, "Ngày hội đã thu hút đông đảo sinh viên Trường Đại học Thủ Dầu Một và người dân địa phương tham gia."),
    (H2, "Mỗi giọt máu trao đi tại ngày hội sẽ góp phần tích cực vào công tác điều trị cho những bệnh nhân cần máu trong thời gian tới."),
    (H3, "Những người tham gia hiến máu bày tỏ sự đồng tình với hoạt động có ý nghĩa này và mong muốn nhân rộng để góp phần mang lại nguồn máu quý giá cho bệnh nhân."),
]

# (a key naming one sentence of SPAM_PAGES, the word replaced, the place); tokens are dealt by ``deal`` below.
CASES = [
    # start
    ("Sơn Đoòng được xem là", "Sơn", "start"),
    ("Sơn Đoòng bắt đầu", "Sơn", "start"),
    ("Đứng trước cửa hang", "Đứng", "start"),
    ("Nguyên nhân dẫn đến cái chết", "Nguyên", "start"),
    ("Đáng chú ý là có những trận", "Đáng", "start"),
    ("Sự độc đáo của Chùa", "Sự", "start"),
    ("Trước khi chữ quốc ngữ", "Trước", "start"),
    ("Khoảng 20 phút sau", "Khoảng", "start"),
    ("Nuôi ong là nghề", "Nuôi", "start"),
    ("Rất may người dân", "Rất", "start"),
    ("Nhiều căn nhà bị đất đá", "Nhiều", "start"),
    ("Nhờ đó đã kịp thời", "Nhờ", "start"),
    ("Chùa Một Cột có dáng dấp", "Chùa", "start"),
    # end
    ("quay lại làm ruộng.", "ruộng", "end"),
    ("theo luật pháp Việt Nam.", "Nam", "end"),
    ("cho công tác bảo tồn.", "tồn", "end"),
    ("các trận động đất trên.", "trên", "end"),
    ("nguyên nhân động đất tại khu vực này.", "này", "end"),
    ("đặt mìn phá đổ chùa.", "chùa", "end"),
    ("lớn hơn hiện nay.", "nay", "end"),
    ("chủ yếu là học sinh.", "sinh", "end"),
    ("các bậc phụ huynh.", "huynh", "end"),
    ("người và tài sản.", "sản", "end"),
    ("người dân địa phương tham gia.", "gia", "end"),
    ("sang làm việc tại Việt Nam.", "Nam", "end"),
    ("loài động thực vật.", "vật", "end"),
    # function
    ("chỉ còn 36 cá thể", "tại", "function"),
    ("Thông tin từ Viện Vật lý", "từ", "function"),
    ("Kết cấu hình bông sen", "trên", "function"),
    ("được nuôi dạy trong chùa", "trong", "function"),
    ("Với nguồn gốc vay mượn", "từ", "function"),
    ("Hoàn cảnh kinh tế gia đình", "của", "function"),
    ("Mặc dù không có áo phao", "nhưng", "function"),
    ("có hai cái dạ dày", "để", "function"),
    ("dù không quá khó", "nếu", "function"),
    ("8 vụ sạt lở đồi", "tại", "function"),
    ("Phong trào hiến máu", "với", "function"),
    ("bày tỏ sự đồng tình", "với", "function"),
    ("thiên tai là cấp độ 0", "là", "function"),
    # name
    ("khi Hồ Khanh, một người dân", "Khanh", "name"),
    ("tên Hồ Khanh phát hiện", "Đoòng", "name"),
    ("Bức tường Việt Nam", "Đoòng", "name"),
    ("Ở Việt Nam, nghề nuôi ong", "Việt", "name"),
    ("Ông Nguyễn Xuân Anh", "Xuân", "name"),
    ("Thuộc phường Ngọc Hà", "Ngọc", "name"),
    ("Vương Thông đã cho phá", "Thông", "name"),
    ("vua Lý Thái Tôn", "Tôn", "name"),
    ("em Trương Hoài Vi", "Hoài", "name"),
    ("cầu Thống Nhất", "Thống", "name"),
    ("(Long Hồ, Vĩnh Long)", "Vĩnh", "name"),
    ("Ông Nguyễn Văn Hiếu", "Hiếu", "name"),
    ("xã Hiệp Thạnh", "Thạnh", "name"),
    # inner
    ("Hồ Khanh đã quyết định", "quyết", "inner"),
    ("khiến người dân hoang mang", "hoang", "inner"),
    ("Qua văn bia miêu tả", "miêu", "inner"),
    ("Theo các nhà nghiên cứu", "nghiên", "inner"),
    ("những trọng tâm", "trọng", "inner"),
    ("rất dễ bị trượt ngã", "trượt", "inner"),
    ("lao động vất vả", "vất", "inner"),
    ("phải thường xuyên thay cầu yếu", "xuyên", "inner"),
    ("nhiều quả đồi ở Hà Tĩnh", "sạt", "inner"),
    ("Trưởng phòng Nông nghiệp", "nghiệp", "inner"),
    ("bị đổ nghiêng", "nghiêng", "inner"),
    ("di chuyển đến nơi khác", "chuyển", "inner"),
    ("góp phần tích cực", "tích", "inner"),
    # number
    ("khoảng 2-5 triệu năm", "triệu", "number"),
    ("khoảng 12 giờ đồng hồ", "giờ", "number"),
    ("có 33 cá thể", "cá", "number"),
    ("(30 tuổi, ở huyện Buôn Đôn)", "tuổi", "number"),
    ("Trước đó đã có 5 trận", "trận", "number"),
    ("Trụ đá gồm 2 khối", "khối", "number"),
    ("6 học sinh rủ nhau", "học", "number"),
    ("3 em không may", "em", "number"),
    ("Thấy vậy 2 nam sinh", "nam", "number"),
    ("gồm có 3 loại", "loại", "number"),
    ("trên 500 lít", "lít", "number"),
    ("hơn 2 giờ để vệ sinh", "giờ", "number"),
    ("nghề 1 vốn 4 lời", "vốn", "number"),
]

# Tokens by shape (see SOURCES): the Block List Project's gambling list (adguard/gambling-ags.txt), jarelllama's
# Scam-Blocklist (domains.txt, fake shops) and mrsbaai/cmc's badlist (crypto doublers and HYIPs), written as spam
# writes them: the whole domain, its name, its name in CamelCase or with a capital.
TOKENS = {
    "domain": ["jocoto.co", "kyolo.net", "lazacy.com", "labogi.com", "kooizy.com", "mazpee.com", "ogybi.com",
               "koxaz.com", "ecobit.io", "earntory.com", "tipico.com", "jetbull.com", "novibet.com"],
    "letter-digit": ["Win29", "Leisure888", "Score99", "Wager123", "Marsbet12", "Totobet24", "Wager7", "Toto2",
                     "Mimigift2", "Investama92", "Norburn1999", "Aimoon921", "Hk6986"],
    "CamelCase": ["JellyWind", "KeepRake", "LookSynergy", "LotusGriffon", "MeowGadget", "NebulaNights", "KudoPenguin",
                  "MountMuse", "EchoMines", "EarnWest", "MonacoAces", "HamsterBet", "SuperLenny"],
    "lower-case": ["juahar", "jufact", "kallanpa", "lamiis", "latasy", "mezisy", "nohiba", "ocandi", "occurie",
                   "moklemon", "geobet", "rajahbet", "earntech"],
    "digit-led": ["1daybtc", "1getpaid", "1stghs", "10adspay", "12inv", "120profit", "13xbtc", "154pack", "2dayforex",
                  "2x2club", "17btc", "21prive", "14daily"],
    "hyphenated": ["1-hash", "100-3x", "easy-million", "eco-hash", "ecoin-invest", "item-outdoor.com", "modern-nest",
                   "ocean-boutique", "off-lady.com", "mech-master", "norsk-tipping", "lotto-centrum", "e-chain.is"],
}
TRADE = re.compile(r"bet|casino|kasin|cazino|slot|spin|poker|bingo|win|luck|lotto|vegas|dice|stake|game|play|vay|"
                   r"cash|loan", re.I)


def deal() -> list[tuple[str, str, str, str]]:
    """(key, word, token, place): each shape's tokens in seeded order, dealt round the places in turn."""
    rng = random.Random(SEED)
    tokens = []
    for shape in TOKENS:
        group = list(TOKENS[shape])
        rng.shuffle(group)
        tokens += group
    by_place = {p: [c for c in CASES if c[2] == p] for p in PLACES}
    order = [by_place[p][i] for i in range(max(map(len, by_place.values()))) for p in PLACES if i < len(by_place[p])]
    if len(order) != len(tokens):
        raise SystemExit(f"{len(order)} cases, {len(tokens)} tokens")
    return [(key, word, tok, place) for (key, word, place), tok in zip(order, tokens)]


def replace_first(sentence: str, word: str, token: str) -> str:
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)
    if m is None:
        raise SystemExit(f"{word!r} not in {sentence!r}")
    return sentence[: m.start()] + token + sentence[m.end():]


def find(key: str) -> str:
    hits = [text for _, text in SPAM_PAGES if key in text]
    if len(hits) != 1:
        raise SystemExit(f"{key!r} names {len(hits)} sentences")
    return hits[0]


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
    for key, word, tok, place in deal():
        text = find(key)
        spam = replace_first(text, word, tok)
        if tok in text or spam.count(tok) != 1:
            raise SystemExit(f"token {tok!r} not pasted once: {spam!r}")
        check_place(spam, tok, place)
        rows.append(f"blind\t{spam}\t{tok}\t{word}\t{text}\t{place}\n")
    if len({find(k) for k, *_ in CASES}) != len(CASES) or len(CASES) != len(SPAM_PAGES):
        raise SystemExit("a sentence carries two cases, or a sentence carries none")
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

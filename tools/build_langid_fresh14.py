"""Build ``benchmarks/data/langfresh14/``: lang14's sets for issue 12 point 3 (single spam tokens).

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh14.py``.

Sentences (``sentences.tsv``, the clean control): 64 real Vietnamese sentences of stored news and shop pages (the
``search`` tool's pages corpus, searched 2026-12-02) that name real sites, domains, apps, brands and codes as
subjects and objects (Shopee, Tiki.vn, Lazada, TikTok Shop, Booking.com, Trip.com, Amazon.com, JD.com, 1688.com,
Metric.vn, Grab, GrabPay, H5N8, COVID-19, QL1, BOT...), copied as the pages write them. Odd rows ``dev`` (may be read
while fixing false warnings), even rows ``blind`` (held out of tuning).

Spam (``spam.tsv``, every row ``blind``): one word of a control sentence replaced by one token. Tokens: the host
domains of stored Vietnamese gambling-spam pages of the same corpus that no earlier set used (pmgsbn.com,
oldtownal.com, rosycooks.com, chynmexico.com, femdomonly.com, acidcreek.com, heikinten.com, toyfarenow.com, xsbjm.com,
ladhair.com, goocvs.com, paretoart.com, actionscs.com, mytge.com, szcikaa.com, topphimmoi.net) and the random host
labels of such pages (lthxopni, xgvdzu, up165w227, 1xz8grlr, bdu0vut), in the forms spam writes (domain, bare name in
title case, capitals, camel case, lower case). Places chosen by hand before any run: start, name (a syllable of a
personal or place name), function word, inner syllable.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh14"

CLEAN: list[tuple[str, str]] = [
    ("https://medialabs.asia/our-update/brand-marketing/san-thuong-mai-dien-tu-la-gi-xep-hang-tai-viet-nam-244",
     "Tại Việt Nam có 5 sàn thương mại điện tử được mọi người quan tâm là Shopee, TikTok Shop, Lazada, TiKi, Sendo có doanh thu 6 tháng đầu năm 2024 là 85.000 Tỷ VNĐ theo nguồn Metric."),
    ("https://medialabs.asia/our-update/brand-marketing/san-thuong-mai-dien-tu-la-gi-xep-hang-tai-viet-nam-244",
     "Shopee là sàn giao dịch thương mại điện tử có trụ sở tại Singapore, thuộc sở hữu của Sea Ltd (trước đây là Garena), được thành lập bởi Lý Tiểu Đông vào năm 2009."),
    ("https://medialabs.asia/our-update/brand-marketing/san-thuong-mai-dien-tu-la-gi-xep-hang-tai-viet-nam-244",
     "Đến năm 2021, Shopee trở thành nền tảng thương mại điện tử lớn nhất Đông Nam Á với 343 triệu lượt truy cập hàng tháng."),
    ("https://medialabs.asia/our-update/brand-marketing/san-thuong-mai-dien-tu-la-gi-xep-hang-tai-viet-nam-244",
     "Shopee còn phục vụ người tiêu dùng và người bán tại Đông Á và Mỹ Latinh."),
    ("https://thitruongbiz.vn/dai-chien-thi-phan-thuong-mai-dien-tu-cua-cac-ong-lon-shopee-lazada-la-tiktok-shop-12877.html",
     "Mới đây, Tổng cục Thuế công bố thông tin từ quý 4/2022 và quý 1/2023, Cổng Thông tin thương mại điện tử ghi nhận hàng trăm sàn giao dịch thương mại điện tử thực hiện việc cung cấp thông tin, trong đó có nhiều sàn chiếm thị phần lớn như: Shopee, Lazada, Sendo, Voso, Tiki…"),
    ("https://thitruongbiz.vn/dai-chien-thi-phan-thuong-mai-dien-tu-cua-cac-ong-lon-shopee-lazada-la-tiktok-shop-12877.html",
     "Cụ thể: quý II/2023, Tiktok Shop chính thức vượt qua Lazada, vươn lên là sàn TMĐT lớn thứ 2 tại Việt Nam, sau Shopee."),
    ("https://thitruongbiz.vn/dai-chien-thi-phan-thuong-mai-dien-tu-cua-cac-ong-lon-shopee-lazada-la-tiktok-shop-12877.html",
     "Theo đó, Shopee đạt doanh thu 59.000 tỉ đồng, với 667 triệu sản phẩm được bán ra, 254.000 lượt shop có lượt bán ra."),
    ("https://dantri.com.vn/kinh-doanh/ban-hang-online-het-thoi-ngon-an-26000-cua-hang-e-don-trong-quy-ii-20240814111858694.htm",
     "Cụ thể, Shopee ghi nhận 113.000 nhà bán có doanh thu trong quý, giảm 0,6%; Lazada ghi nhận hơn 104.000 cửa hàng có doanh thu, giảm 9,6%."),
    ("https://dantri.com.vn/kinh-doanh/ban-hang-online-het-thoi-ngon-an-26000-cua-hang-e-don-trong-quy-ii-20240814111858694.htm",
     "Tiki là sàn thương mại điện tử ghi nhận sụt giảm mạnh nhất tới 19,1%, chỉ khoảng 8.800 cửa hàng có doanh thu trong quý II."),
    ("https://dantri.com.vn/kinh-doanh/ban-hang-online-het-thoi-ngon-an-26000-cua-hang-e-don-trong-quy-ii-20240814111858694.htm",
     "Trong đó, mỗi gian hàng trên Shopee mang về trung bình 239 triệu đồng, tương đương thu khoảng 2,6 triệu đồng mỗi ngày."),
    ("https://dantri.com.vn/kinh-doanh/ban-hang-online-het-thoi-ngon-an-26000-cua-hang-e-don-trong-quy-ii-20240814111858694.htm",
     "Đơn vị nghiên cứu ghi nhận tổng doanh thu của 4 sàn thương mại điện tử lớn là Shopee, Lazada, TikTok Shop và Tiki trong quý II đạt 87.370 tỷ đồng, tăng 10,4% so với quý I."),
    ("https://thuonghieusanpham.vn/thuong-mai-dien-tu-viet-nam-quy-iv-du-kien-dat-gan-4-ty-usd-84467.html",
     "Trong 9 tháng đầu năm 2025, tổng doanh thu của bốn sàn lớn gồm Shopee, Lazada, Tiki và TikTok Shop đạt 305.900 tỉ đồng, tăng 34,35% so với cùng kỳ, với sản lượng bán ra gần 2,9 tỷ sản phẩm, bất chấp số lượng cửa hàng giảm 2,4%, còn 566.400 shop."),
    ("https://thuonghieusanpham.vn/thuong-mai-dien-tu-viet-nam-quy-iv-du-kien-dat-gan-4-ty-usd-84467.html",
     "Shopee tiếp tục dẫn đầu thị trường với 56% thị phần, nhưng tốc độ tăng trưởng chỉ 4%, cho thấy dấu hiệu chững lại khi cạnh tranh ngày càng gay gắt."),
    ("https://thuonghieusanpham.vn/thuong-mai-dien-tu-viet-nam-quy-iv-du-kien-dat-gan-4-ty-usd-84467.html",
     "Lazada duy trì thị phần 3%, dù doanh số giảm 10%, trong khi Tiki gần như mất hẳn thị phần với mức giảm 80%."),
    ("https://vietnambiz.vn/cuoc-dua-san-tmdt-quy-i-shopee-van-thong-tri-thi-truong-doanh-thu-tiktok-shop-bo-xa-tiki-va-gan-bat-kip-lazada-2023421103143762.htm",
     "Tại Việt Nam, quy mô thị trường TMĐT trong năm 2025 có thể lên tới 57 tỷ USD (dự đoán của Google)."),
    ("https://vietnambiz.vn/cuoc-dua-san-tmdt-quy-i-shopee-van-thong-tri-thi-truong-doanh-thu-tiktok-shop-bo-xa-tiki-va-gan-bat-kip-lazada-2023421103143762.htm",
     "Theo dữ liệu từ Metric, trong quý I, doanh thu của Shopee đạt mức 24.700 tỷ đồng, chiếm thị phần lớn nhất (63,1%) tổng doanh thu của 5 sàn TMĐT lớn nhất Việt Nam."),
    ("https://daily.muamau.vn/blog/cac-san-thuong-mai-dien-tu",
     "Thị trường thương mại điện tử Việt Nam đang bước vào giai đoạn bùng nổ với doanh số quý I/2025 đạt 101,4 nghìn tỷ đồng, tăng trưởng 42,29% so với cùng kỳ năm trước – theo Metric.vn."),
    ("https://daily.muamau.vn/blog/cac-san-thuong-mai-dien-tu",
     "B2B (Business to Business – doanh nghiệp bán cho doanh nghiệp): Doanh nghiệp giao dịch với nhau như Alibaba.com"),
    ("https://studylib.net/doc/25361300/ch%C6%B0%C6%A1ng-1-tm%C4%91t-th%C3%B9ydung",
     "Tiki.vn được sáng lập bởi ông Trần Ngọc Thái Sơn vào tháng 03/2010."),
    ("https://studylib.net/doc/25361300/ch%C6%B0%C6%A1ng-1-tm%C4%91t-th%C3%B9ydung",
     "Ban đầu, Tiki.vn chỉ là website trực tuyến bán sách tiếng Anh xuất phát từ niềm đam mê cá nhân của ông Sơn."),
    ("https://studylib.net/doc/25361300/ch%C6%B0%C6%A1ng-1-tm%C4%91t-th%C3%B9ydung",
     "Vào năm 2016, Tiki.vn được đầu tư số tiền 384 tỷ đồng bởi Công ty Cổ phần VNG."),
    ("https://studylib.net/doc/25361300/ch%C6%B0%C6%A1ng-1-tm%C4%91t-th%C3%B9ydung",
     "Năm 2018, Tiki tiếp tục được đầu tư khoảng 1000 tỷ đồng bởi nhà bán lẻ lớn nhất Trung Quốc là JD.com."),
    ("https://kienthuc.net.vn/cong-nghe/hang-tren-amazon-van-co-hang-fake-hang-gia-tham-chi-tung-phat-no-1267527.html",
     "Không chỉ đa dạng, hàng hóa trên Amazon cũng có chất lượng khá tốt và nhiều mức giá khác nhau, phù hợp với túi tiền của người dùng."),
    ("https://kienthuc.net.vn/cong-nghe/hang-tren-amazon-van-co-hang-fake-hang-gia-tham-chi-tung-phat-no-1267527.html",
     "Nhiều người bán thường chọn cách mua hàng từ Alibaba, sau đó bán lại trên Amazon để hưởng khoản lãi chênh lệch lên tới 2-3 lần giá trị sản phẩm."),
    ("https://kienthuc.net.vn/cong-nghe/hang-tren-amazon-van-co-hang-fake-hang-gia-tham-chi-tung-phat-no-1267527.html",
     "Hàng do Amazon bán và vận chuyển (Ship from and sold by Amazon.com)"),
    ("https://nhatbien.com/?p=3399",
     "1688 là website theo mô hình B2B (Doanh nghiệp bán cho doanh nghiệp)."),
    ("https://nhatbien.com/?p=3399",
     "1688.com là gì?"),
    ("https://dembuon.vn/goto/post?id=771773",
     "Shopee có trụ sở đặt tại Singapore, thuộc sở hữu của tập đoàn SEA, được thành lập vào năm 2009 bởi Forrest Li."),
    ("https://kenh14.vn/soi-2-app-du-lich-dang-hot-nhat-he-nay-agoda-hay-tripcom-moi-that-su-dang-dong-tien-bat-gao-215250609131604495.chn",
     "Trip.com là nền tảng du lịch đến từ Trung Quốc, vốn chỉ hoạt động trong nội địa nhưng sau này nền tảng đã chính thức mở rộng sang toàn thế giới."),
    ("https://kenh14.vn/soi-2-app-du-lich-dang-hot-nhat-he-nay-agoda-hay-tripcom-moi-that-su-dang-dong-tien-bat-gao-215250609131604495.chn",
     "Trip.com cung cấp giá cả cạnh tranh cho hơn 1,2 triệu khách sạn tại 200 quốc gia và khu vực có sẵn."),
    ("https://kenh14.vn/soi-2-app-du-lich-dang-hot-nhat-he-nay-agoda-hay-tripcom-moi-that-su-dang-dong-tien-bat-gao-215250609131604495.chn",
     "Agoda là một trong những nền tảng đặt phòng giá rẻ, phổ biến tại 110 quốc gia, kết nối hơn 7.000 khách sạn ở Châu Á và hơn 33.000 khách sạn trên toàn thế giới."),
    ("https://kenh14.vn/soi-2-app-du-lich-dang-hot-nhat-he-nay-agoda-hay-tripcom-moi-that-su-dang-dong-tien-bat-gao-215250609131604495.chn",
     "Cả Trip.com và Agoda đều sở hữu giao diện thân thiện, dễ sử dụng, giúp người dùng dễ dàng tiếp cận các tiện ích du lịch như đặt phòng khách sạn, vé máy bay hay các hoạt động vui chơi giải trí."),
    ("https://790079.xyz/kinh-nghiem-dat-phong-khach-san-hieu-qua-nhat",
     "Ví dụ: mình có thể lên Google tìm “du lịch Kuala Lumpur nên ở đâu” để có được các gợi ý hữu ích, hoặc có thể tham khảo các hội nhóm về du lịch trên Facebook hoặc các diễn đàn về du lịch như Tripadvisor.com"),
    ("https://tailieu.vn/doc/tieu-luan-dat-phong-khach-san-truc-tuyen-1598968.html",
     "Bước 1:Truy cập checkinvietnam.com"),
    ("https://leisure-travel.vn/du-lich/tin-tuc-du-lich/booking-com-tiet-lo-nhung-diem-du-lich-duoc-du-khach-viet-mo-uoc-nhieu-nhat-trong-danh-sach-wishlist",
     "Tuy du lịch phải tạm dừng trong thời điểm khó lường này nhưng dữ liệu từ Booking.com cho thấy điều này đã không ngăn cản khát khao và ước mơ của du khách trên khắp Việt Nam."),
    ("https://leisure-travel.vn/du-lich/tin-tuc-du-lich/booking-com-tiet-lo-nhung-diem-du-lich-duoc-du-khach-viet-mo-uoc-nhieu-nhat-trong-danh-sach-wishlist",
     "Với hàng nghìn địa điểm đã được đưa vào danh sách mơ ước Wishlist tạo lập bởi những du khách đầy hy vọng trên ứng dụng trong 2 tháng giãn cách vừa qua, Booking.com chia sẻ những điểm đến hàng đầu có số lượng khách sạn được đánh dấu yêu thích nhiều nhất trong lúc chờ đợi du lịch trở lại."),
    ("https://leisure-travel.vn/du-lich/tin-tuc-du-lich/booking-com-tiet-lo-nhung-diem-du-lich-duoc-du-khach-viet-mo-uoc-nhieu-nhat-trong-danh-sach-wishlist",
     "Anthony Lu, Giám đốc khu vực Mekong và Trung Quốc tại Booking.com, chia sẻ: “Đây là thời điểm chưa từng có và đầy thách thức, nhưng chắc hẳn an toàn vẫn là ưu tiên hàng đầu."),
    ("https://m.vovworld.vn/en-US/xa-hoi-doi-song/nhung-diem-du-lich-duoc-du-khach-viet-nam-mo-uoc-nhieu-nhat-1024567.vov",
     "Theo dữ liệu từ trang Booking.com, hàng nghìn địa điểm đã được du khách đưa vào \"danh sách mơ ước\" (wishlist) trong thời gian gần đây."),
    ("https://m.vovworld.vn/en-US/xa-hoi-doi-song/nhung-diem-du-lich-duoc-du-khach-viet-nam-mo-uoc-nhieu-nhat-1024567.vov",
     "Dữ liệu trên Booking.com cũng cho thấy những trải nghiệm du khách Việt Nam muốn được khám phá ngay khi kết thúc giãn cách đó là: phố cổ, ẩm thực đường phố, văn hóa tại Hà Nội; không khí trong lành, phong cảnh thiên nhiên tại Đà Lạt; thức ăn đường phố, cuộc sống về đêm ở thành phố Hồ Chí Minh; bãi biển, con người thân thiện, phong cảnh của Đà Nẵng và biển, hải sản, nghỉ dưỡng tại Phú Quốc."),
    ("https://ngaynay.vn/hoi-an-dan-dau-danh-sach-diem-den-hieu-khach-nhat-viet-nam-nam-2026-post169810.html",
     "(Ngày Nay) - Booking.com vừa công bố kết quả giải thưởng Traveller Review Awards 2026, vinh danh những điểm đến và đối tác du lịch mang đến trải nghiệm dịch vụ xuất sắc dựa trên các đánh giá xác thực của du khách toàn cầu."),
    ("https://ngaynay.vn/hoi-an-dan-dau-danh-sach-diem-den-hieu-khach-nhat-viet-nam-nam-2026-post169810.html",
     "Traveller Review Awards là giải thưởng thường niên của Booking.com nhằm ghi nhận những đơn vị trong ngành du lịch duy trì chất lượng dịch vụ ổn định và nhận được đánh giá tích cực từ du khách."),
    ("https://thanhnien.vn/hoi-an-la-diem-den-than-thien-nhat-viet-nam-2026-185260304160803594.htm",
     "Theo Booking.com, Traveller Review Awards là giải thưởng thường niên nhằm tôn vinh các đối tác du lịch duy trì chất lượng dịch vụ xuất sắc."),
    ("https://znews.vn/san-pham-giup-jeff-bezos-thanh-nguoi-giau-nhat-nhi-hanh-tinh-post1569513.html",
     "Những khách truy cập đầu tiên vào trang web của Amazon thời đó được chào đón bằng câu \"Chào mừng đến với Amazon.com Books!\" và lời hứa hẹn có tới \"một triệu đầu sách\"."),
    ("https://znews.vn/san-pham-giup-jeff-bezos-thanh-nguoi-giau-nhat-nhi-hanh-tinh-post1569513.html",
     "Amazon ra mắt vào ngày 16/7/1995."),
    ("https://vnexpress.net/phong-cach-jeff-bezos-bien-doi-qua-30-nam-4988269.html",
     "Năm 1994, ông nghỉ việc, chuyển đến Seattle và thành lập Amazon trong một gara ôtô tại nhà."),
    ("https://vnexpress.net/phong-cach-jeff-bezos-bien-doi-qua-30-nam-4988269.html",
     "Năm 1997, Amazon niêm yết cổ phiếu, đưa ông Bezos trở thành tỷ phú."),
    ("https://znews.vn/grab-lan-dau-thu-nghiem-phuc-vu-nguoi-dung-tuoi-teen-post1604701.html",
     "Grab Việt Nam thông báo mở rộng phục vụ tập người dùng trong độ tuổi teen từ 13 đến 17 tuổi."),
    ("https://znews.vn/grab-lan-dau-thu-nghiem-phuc-vu-nguoi-dung-tuoi-teen-post1604701.html",
     "Grab đã chính thức triển khai tài khoản Grab cho Cả Nhà tại Việt Nam từ năm 2024 và nhận được sự ủng hộ lớn từ người dùng, với số lượng tài khoản Grab cho Cả Nhà trong quý III/2025 đã tăng gấp 3,6 lần so với quý I/2025."),
    ("https://viettimes.vn/grab-doi-thu-cua-uber-vuot-moc-1-ty-cuoc-xe-post63575.html",
     "Grab được thành lập tại Malaysia vào năm 2012 và hiện nay hãng đang cung cấp dịch vụ tại 142 thành phố thuộc Singapore, Malaysia, Indonesia, Thái Lan, Việt Nam, Philippines và Myanmar."),
    ("https://viettimes.vn/grab-doi-thu-cua-uber-vuot-moc-1-ty-cuoc-xe-post63575.html",
     "Grab nhận được sự hậu thuẫn của ngân hàng Softbank và hãng Didi (Trung Quốc)."),
    ("https://viettimes.vn/grab-doi-thu-cua-uber-vuot-moc-1-ty-cuoc-xe-post63575.html",
     "Ở Singapore, GrabPay có thể được sử dụng để mua thực phẩm mà không cần đến tiền mặt hoặc thẻ."),
    ("http://genk.vn/tai-sao-tro-dua-grab-xich-lo-khien-nhieu-nguoi-mac-bay-vi-no-qua-hop-ly-voi-tham-vong-sieu-ung-dung-cua-grab-20190403223402902.chn",
     "Ngày Cá tháng Tư vừa qua, người dùng Grab bất ngờ nhận được thông báo với nội dung \"Xin chào, Grab Xích Lô đã chính thức ra mắt\"."),
    ("https://thanhgiong.vn/the-gioi-tre.html?page=8",
     "(CTG) Theo Bộ Y tế, cúm H5N8 vốn là chủng virus lưu hành trên gà và chim hoang dã, nay lần đầu tiên ghi nhận trên người."),
    ("https://thanhgiong.vn/the-gioi-tre.html?page=8",
     "Bộ cũng cho biết sáng nay 4-3 chưa ghi nhận ca bệnh COVID-19 mới."),
    ("https://vtvgo.vn/kho-video/ke-hoach-phan-bo-811200-lieu-vaccine-phong-covid-19-dot-2-chuyen-dong-24h-822013.html",
     "Bộ Y tế vừa có quyết định về việc: phân bổ vaccine phòng COVID-19 đợt 2, trong đó, yêu cầu hoàn thành tiêm chủng vaccine trước ngày 15/5."),
    ("https://vtvgo.vn/kho-video/ke-hoach-phan-bo-811200-lieu-vaccine-phong-covid-19-dot-2-chuyen-dong-24h-822013.html",
     "Số vaccine COVID-19 được phân bổ lần này: là vaccine AstraZeneca, do chương trình COVAX Facility của Tổ chức Y tế Thế giới hỗ trợ."),
    ("http://95loduc.blogspot.com/2021/07/giai-ap-tat-ca-cac-cau-hoi-ve-vaccine.html",
     "Đến nay 5 loại vaccine được Bộ Y tế phê duyệt có điều kiện cho nhu cầu cấp bách trong phòng, chống dịch bệnh COVID-19 tại Việt Nam là: AstraZeneca; Sputnick V; Pfirez; Vero Cell và Spikevax (Moderna)."),
    ("http://95loduc.blogspot.com/2021/07/giai-ap-tat-ca-cac-cau-hoi-ve-vaccine.html",
     "Nguyên nhân hầu hết vaccine đều được bảo quản trong môi trường lạnh là bởi MRNA trong vaccine là vật liệu di truyền \"dạy\" các tế bào miễn dịch cách tạo ra protein đột biến được tìm thấy trên virus gây ra COVID-19."),
    ("https://soha.vn/big-story/news-20210914064650051.htm",
     "Tổng thống Putin đã tiêm đủ 2 liều vaccine Sputnik V và cho biết mức độ kháng thể trong cơ thể ông sau khi tiêm vaccine \"khá cao, nhưng chúng ta phải theo dõi xem kết quả trong thực tế ra sao\"."),
    ("https://soha.vn/big-story/news-20210914064650051.htm",
     "Người dân đeo khẩu trang phòng lây nhiễm COVID-19 tại Kuala Lumpur, Malaysia."),
    ("http://www.thanhnien.com.vn/diem-bao/diem-bao-ngay-142013-34276.html",
     "QL1 sẽ dày đặc trạm thu phí (Thanh Niên)"),
    ("http://www.thanhnien.com.vn/diem-bao/diem-bao-ngay-142013-34276.html",
     "Theo Bộ trưởng Bộ GTVT Đinh La Thăng, kênh huy động vốn từ các nhà đầu tư qua hình thức BOT (xây dựng, kinh doanh, chuyển giao), PPP (hợp tác công tư) đóng vai trò quan trọng khi ngân sách còn hạn hẹp."),
    ("https://marchtravel.com/da-lat-diem-den-trong-nuoc-duoc-yeu-thich-nhat-dip-30-4",
     "Ngày 21/3, Booking công bố danh sách 10 điểm đến được du khách Việt thích ghé thăm nhất dịp 30/4 và 1/5."),
    ("https://thanhnien.vn/hoi-an-la-diem-den-than-thien-nhat-viet-nam-2026-185260304160803594.htm",
     "Tuy nhiên, Hội An là địa danh được nhắc đến nổi bật nhờ tỉ lệ cơ sở lưu trú đạt giải cao so với tổng số cơ sở lưu trú tại địa phương."),
]

# (1-based row of CLEAN, word replaced (its first whole-word occurrence), token, place): chosen by hand before any run
SPAM: list[tuple[int, str, str, str]] = [
    (2, "Lý", "Pmgsbn.com", "name"),
    (3, "lớn", "oldtownal.com", "inner"),
    (4, "và", "Rosycooks", "function"),
    (6, "chính", "CHYNMEXICO", "inner"),
    (7, "Theo", "Femdomonly.com", "start"),
    (8, "ghi", "acidcreek.com", "inner"),
    (9, "mạnh", "Heikinten", "inner"),
    (10, "Trong", "Toyfarenow", "start"),
    (11, "của", "xsbjm.com", "function"),
    (12, "bán", "LadHair", "inner"),
    (13, "cho", "goocvs.com", "function"),
    (14, "trong", "Paretoart", "function"),
    (16, "chiếm", "ACTIONSCS", "inner"),
    (19, "Ngọc", "Mytge", "name"),
    (20, "Ban", "Szcikaa.com", "start"),
    (21, "được", "topphimmoi.net", "function"),
    (23, "chất", "lthxopni", "inner"),
    (24, "Nhiều", "Xgvdzu", "start"),
    (28, "tập", "up165w227", "inner"),
    (29, "Trung", "1XZ8GRLR", "name"),
    (30, "quốc", "bdu0vut", "inner"),
    (31, "Châu", "Pmgsbn", "name"),
    (35, "cho", "Oldtownal.com", "function"),
    (36, "địa", "rosycooks.com", "inner"),
    (38, "Theo", "Chynmexico.com", "start"),
    (40, "vinh", "femdomonly", "inner"),
    (41, "ghi", "AcidCreek", "inner"),
    (43, "Những", "Heikinten.com", "start"),
    (45, "chuyển", "toyfarenow.com", "inner"),
    (47, "Việt", "Xsbjm", "name"),
    (48, "ủng", "ladhair.com", "inner"),
    (49, "hãng", "Goocvs", "function"),
    (50, "hậu", "paretoart.com", "inner"),
    (52, "Ngày", "Actionscs", "start"),
    (53, "chim", "mytge.com", "inner"),
    (55, "Bộ", "SZCIKAA", "start"),
    (57, "chống", "Topphimmoi", "inner"),
    (60, "phòng", "XGVDZU", "inner"),
    (62, "La", "Lthxopni", "name"),
    (63, "du", "bdu0vut.com", "inner"),
    (56, "Thế", "Up165w227", "name"),
    (17, "Nam", "1xz8grlr.com", "name"),
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
        for i, (url, text) in enumerate(CLEAN):
            f.write(f"{'dev' if i % 2 == 0 else 'blind'}\tvi\t{url}\t{text}\n")
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for row, word, tok, place in SPAM:
            text = CLEAN[row - 1][1]
            f.write(f"blind\t{replace_first(text, word, tok)}\t{tok}\t{word}\t{text}\t{place}\n")
    print(f"{len(CLEAN)} clean sentences, {len(SPAM)} spam cases -> {OUT}")


if __name__ == "__main__":
    main()

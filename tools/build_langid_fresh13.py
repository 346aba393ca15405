"""Build ``benchmarks/data/langfresh13/``: lang13's blind set for issue 12 point 3 (single spam tokens).

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh13.py --mirror /work/.mirror``.

Sentences: real Vietnamese sentences of stored web pages (the ``search`` tool's pages corpus, 2026-12-02) from sites
no earlier set used (URLs beside each sentence below and in SOURCES), copied as the pages write them.
Tokens, two sources none of which an earlier set used:
- names and domains seen in stored Vietnamese gambling-spam pages of the same corpus (brand names in their text:
  keonhacai88, alo789, webdoithuong, ketquade1.net; their own host domains: jcrockcomp.com, pinkbluehq.com ...;
  spam hosts that republish news: 88tysobongda.com, keobongda123news.org, xosobinhdinh.org); each twice;
- 8 stems drawn (seed 1313) from the stems lang12 held out of the brand table (``langfresh12/heldout_stems.txt``)
  that hostsVN's Vietnamese list holds and langfresh12 did not use; each once.
Forms as spam writes them, chosen per place: title case at a start and in names, camel case ("KeoNhaCai88"),
capitals for letter-digit codes ("ALO789"), lower case and domains over function words and inner syllables.
Places: start, name (a syllable of a personal or place name), function word, inner syllable, and two hand-placed
rows where the token stands before English words.  Clean controls: the base sentences and sentences of the same pages
holding legitimate Latin brands, loanwords, codes and names (TikTok, livestream, hotgirl, JustaTee, VinFast, 5G...).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import build_langid_fresh12 as base

OUT = base.ROOT / "benchmarks" / "data" / "langfresh13"

# (url, sentence): the base sentences of the spam rows (each also a clean control)
BASE = [
    ("https://techloop.vn/content/su-troi-day-than-toc-cua-tiktok-shop-tu-so-0-den-quy-mo-ebay-1304",
     "TikTok không tiết lộ số liệu bán hàng tổng hợp, nhưng giá cả và khối lượng bán hàng của từng sản phẩm đều hiển thị trên ứng dụng."),
    ("https://tcc-agency.com/tiktok-shop-la-gi/",
     "Tính năng này cho phép các doanh nghiệp, thương hiệu và cá nhân kinh doanh mở gian hàng, trưng bày, quảng bá và bán sản phẩm trực tiếp tới hàng triệu người dùng đang hoạt động trên nền tảng."),
    ("https://tcc-agency.com/tiktok-shop-la-gi/",
     "Để kinh doanh thành công, bạn cần hiểu rõ cách thức vận hành của nền tảng TikTok Shop, chủ động hơn trong mọi khâu chuẩn bị, thực chiến."),
    ("https://vneconomy.vn/mua-sam-truc-tuyen-tren-tiktok-dang-tro-nen-pho-bien-o-my.htm",
     "Không gian được dàn dựng như xứ sở mùa đông, có sự xuất hiện bất ngờ của các khách mời nổi tiếng và một “ông già Noel quyến rũ” liên tục thúc giục người xem mua sắm."),
    ("https://vneconomy.vn/techconnect/tiktok-shop-da-lon-ngang-ngua-ebay.htm",
     "Điều này đặt ra thách thức mới cho các nền tảng thương mại điện tử truyền thống, buộc họ phải đổi mới trải nghiệm người dùng nếu không muốn bị bỏ lại phía sau."),
    ("https://megadigital.ai/vi/blog/tiktok-shop-la-gi/",
     "Người mua có thể trực tiếp lựa chọn mẫu mã, thanh toán và đánh giá sản phẩm tương tự trên các sàn thương mại điện tử như Shopee hay Lazada mà không phải chuyển sang một nền tảng khác."),
    ("https://megadigital.ai/vi/blog/tiktok-shop-la-gi/",
     "Do đó, người bán hàng hay nhà sáng tạo nội dung cần phải đầu tư nhiều chất xám."),
    ("https://www.voatiengviet.com/a/vinfast-ngưng-bán-xe-chạy-xăng-ở-việt-nam-sớm-hơn-dự-định/6660266.html",
     "Động thái chuyển đổi này diễn ra sớm hơn so với kế hoạch sáu tháng."),
    ("https://www.voatiengviet.com/a/vinfast-ngưng-bán-xe-chạy-xăng-ở-việt-nam-sớm-hơn-dự-định/6660266.html",
     "Ông cho biết những khách hàng sở hữu xe chạy xăng của VinFast nếu muốn có thể được hãng hỗ trợ để chuyển đổi dễ dàng sang xe điện."),
    ("https://ngoisao.vn/gioi-tre/hotgirl-hotboy/gai-nong-gia-re-re-81163.htm",
     "Tôi nhớ đến thế hệ những hotgirl đầu tiên như Midu hay Tâm Tít được biết đến không chỉ vì họ đẹp mà còn có đôi chút tài năng hoặc học tập tốt."),
    ("http://plo.vn/ban-doc/ban-doc-viet/loan-hot-girl-364690.html",
     "Sự nổi tiếng nhanh chóng của T.T. khiến nhiều cô gái ảo tưởng và sẵn sàng “khoe hàng” để tìm chút hào quang."),
    ("https://m.ngoisao.vn/gioi-tre/hotgirl-hotboy/hot-girl-noi-gi-ve-doan-note-da-kich-dang-gay-sot-92907.htm",
     "Quế cũng có biết tới đoạn ghi chú đó và cũng đọc qua rồi."),
    ("https://m.ngoisao.vn/gioi-tre/hotgirl-hotboy/hot-girl-noi-gi-ve-doan-note-da-kich-dang-gay-sot-92907.htm",
     "Phần lớn cư dân mạng đều tỏ ra thích thú và “like” kịch liệt trước những lời lẽ, ngôn từ hài hước mà sâu sắc."),
    ("https://thoimoi.vn/print/nhung-hotgirl-ao-dai-gai-xinh-mat-moc-noi-len-tu-le-khai-giang-198597",
     "Nguyễn Trâm Anh (sinh năm 1995) là cựu học sinh lớp 12D3, THPT Phan Đình Phùng (Hà Nội)."),
    ("https://thoimoi.vn/print/nhung-hotgirl-ao-dai-gai-xinh-mat-moc-noi-len-tu-le-khai-giang-198597",
     "Một năm sau, cô tiếp tục được dân mạng chú ý khi đỗ cao vào Học viện Báo chí tuyên truyền."),
    ("https://thoimoi.vn/print/nhung-hotgirl-ao-dai-gai-xinh-mat-moc-noi-len-tu-le-khai-giang-198597",
     "Chỉ sau một đêm, 9X trở thành nhân vật được tìm kiếm nhiều trên các diễn đàn trai xinh gái đẹp."),
    ("https://forum.vietyo.com/do-do-nong-cua-cac-hot-girl-viet-co-cung-diem-xuat-phat-cac-bac-thich-em-nao-nhat-519927",
     "Thông thường, hot girl Việt nổi lên sau một cuộc thi nhan sắc, một bộ phim sitcom tuổi teen hay chỉ đơn giản là được cộng đồng mạng tung hô."),
    ("https://forum.vietyo.com/do-do-nong-cua-cac-hot-girl-viet-co-cung-diem-xuat-phat-cac-bac-thich-em-nao-nhat-519927",
     "Sam, Ngọc Thảo và Mie đều là những hot girl đình đám của Sài Gòn."),
    ("https://cafef.vn/mot-nha-mang-can-moc-lap-moi-20000-tram-5g-trong-nam-2025-vuot-tien-do-hon-ba-tuan-188251209150056633.chn",
     "Theo Viettel, với số lượng trạm mới, mạng 5G của doanh nghiệp có thể phủ sóng đến 90% diện tích ngoài trời và 70% diện tích trong nhà trên phạm vi toàn quốc, bao gồm khu vực thành thị và nông thôn."),
    ("https://cafef.vn/mot-nha-mang-can-moc-lap-moi-20000-tram-5g-trong-nam-2025-vuot-tien-do-hon-ba-tuan-188251209150056633.chn",
     "Viettel là một trong các đơn vị cam kết thực hiện mục tiêu này."),
    ("https://cafef.vn/mot-nha-mang-can-moc-lap-moi-20000-tram-5g-trong-nam-2025-vuot-tien-do-hon-ba-tuan-188251209150056633.chn",
     "Doanh nghiệp cho biết sẽ tiếp tục hướng tới mức 23.500 trạm mới trong năm 2025, gần gấp bốn lần số trạm lắp đặt trong năm 2024."),
    ("https://vietnam.vnanet.vn/vietnamese/tin-van/dot-pha-theo-nghi-quyet-57-thuong-mai-hoa-5g-–-thuc-day-phat-trien-kinh-te-so-theo-chieu-sau-429786.html",
     "Tập đoàn VNPT khẩn trương triển khai lắp đặt hạ tầng và trạm thu phát sóng VinaPhone 5G trên toàn quốc."),
    ("https://vietnam.vnanet.vn/vietnamese/tin-van/dot-pha-theo-nghi-quyet-57-thuong-mai-hoa-5g-–-thuc-day-phat-trien-kinh-te-so-theo-chieu-sau-429786.html",
     "Chiến lược phát triển mạng 5G của Việt Nam được thể hiện cụ thể trong các chính sách về công nghệ số và hạ tầng số quốc gia."),
    ("https://nld.com.vn/thu-nhap-4700-usd-nam-nguoi-viet-choi-lon-chi-1500-usd-mua-iphone-17-196250921201722393.htm",
     "Ông Nguyễn Minh Khuê, đại diện Viettel Store, thông tin sự kiện mở bán diễn ra đồng loạt tại gần 500 siêu thị trên toàn quốc."),
    ("https://nld.com.vn/thu-nhap-4700-usd-nam-nguoi-viet-choi-lon-chi-1500-usd-mua-iphone-17-196250921201722393.htm",
     "Ngay từ đêm 18-9, nhiều người đã xếp hàng để chờ đợi trở thành một trong những người đầu tiên trên thế giới sở hữu iPhone 17 Pro Max - phiên bản cao cấp nhất với giá từ 38 triệu đồng (khoảng 1.500 USD)."),
    ("https://nld.com.vn/thu-nhap-4700-usd-nam-nguoi-viet-choi-lon-chi-1500-usd-mua-iphone-17-196250921201722393.htm",
     "Đại diện Minh Tuấn Mobile thông tin có 18.000 đơn đặt hàng iPhone 17, riêng trong ngày mở bán đã giao được khoảng 300 máy."),
    ("https://znews.vn/tin-mung-voi-nguoi-cho-iphone-17-tai-viet-nam-post1578238.html",
     "Người dùng trong nước sẽ không còn phải chờ đợi sản phẩm lâu ngày như những năm trước."),
    ("https://znews.vn/tin-mung-voi-nguoi-cho-iphone-17-tai-viet-nam-post1578238.html",
     "Các đại lý thường tổ chức giao máy ngay vào thời điểm 0h ngày giao hàng."),
    ("https://vnexpress.net/khong-khi-mo-ban-iphone-17-tai-chau-a-4940957.html",
     "Trong khi đó, không khí tại thị trường Đông Nam Á kém nhộn nhịp hơn."),
    ("https://vnexpress.net/khong-khi-mo-ban-iphone-17-tai-chau-a-4940957.html",
     "Người xếp hàng thứ hai vẫn là một người Việt - anh Trần Anh Vũ, 30 tuổi."),
    ("https://vnexpress.net/khong-khi-mo-ban-iphone-17-tai-chau-a-4940957.html",
     "Một người Việt khác tên Cao cho biết đã bay từ Việt Nam sang Singapore để mua iPhone dù trong nước mở bán đợt đầu."),
    ("https://vnexpress.net/khong-khi-mo-ban-iphone-17-tai-chau-a-4940957.html",
     "Những người đầu tiên vào cửa hàng nhận tràng pháo tay liên tục."),
    ("https://vi.m.wikipedia.org/wiki/MoMo_(ví_điện_tử)",
     "Bằng việc hợp tác với hơn 90% ngân hàng tại Việt Nam cùng 10.000 thương nhân trong nước, công ty này nắm giữ hơn 80% thị phần trong lĩnh vực thanh toán kỹ thuật số."),
    ("https://vi.m.wikipedia.org/wiki/MoMo_(ví_điện_tử)",
     "Mỗi thuê bao sử dụng dịch vụ ví điện tử MoMo phải trả mức phí 5.000 đồng/tháng."),
    ("https://piggyy.com/vi-vn/reviews/vi-momo/",
     "Hiện nay, các loại ví điện tử đang được sử dụng ngày càng rộng rãi nhờ tính tiện lợi mà sản phẩm này mang lại."),
    ("https://dk-tech.vn/cac-loai-vi-dien-tu-uy-tin-pho-bien",
     "Với sự phát triển mạnh mẽ của công nghệ số, các loại ví di động ngày càng phổ biến tại Việt Nam và trên toàn thế giới."),
    ("https://dk-tech.vn/cac-loai-vi-dien-tu-uy-tin-pho-bien",
     "Ưu điểm của ví MoMo là giao diện thân thiện, tốc độ xử lý nhanh và tích hợp hàng trăm dịch vụ khác nhau như thanh toán điện nước, nạp tiền điện thoại, mua vé xem phim…"),
    ("https://www.thiennhien.net/2007/06/05/mua-vang/",
     "Đến thời điểm này, nhiều địa phương đã tiến hành thu hoạch lúa vụ đông xuân (vụ chiêm)."),
    ("http://diendannongnghiep.com/tin-tuc-nong-nghiep/17042-haiu-giang-thuong-lai-dat-coc-mua-lua-ir-50404-tuoi-dau-vu-gia-cao.html",
     "Khoảng cuối tuần này, nông dân huyện Châu Thành A (Hậu Giang) sẽ thu hoạch một số diện tích lúa Đông xuân xuống giống sớm, tập trung ở xã Trường Long Tây."),
    ("http://diendannongnghiep.com/tin-tuc-nong-nghiep/17042-haiu-giang-thuong-lai-dat-coc-mua-lua-ir-50404-tuoi-dau-vu-gia-cao.html",
     "Với giá này, nông hộ trồng lúa có lãi 1,5-2 triệu đồng/công."),
    ("https://123docz.net/document/5359316-phan-tich-tinh-hinh-cung-cau-ve-thi-truong-lua-gao-o-thi-xa-an-nhon-tinh-binh-dinh.htm",
     "Đồng thời, đến nay cây lúa vẫn là cây trồng chủ đạo của cả nước."),
    ("https://vneconomy.vn/mua-sam-truc-tuyen-tren-tiktok-dang-tro-nen-pho-bien-o-my.htm",
     "Đầu tháng này, ngôi sao giải trí Kim Kardashian đã thử làm một điều hoàn toàn mới trên TikTok: bán đồ ngủ, dép đi trong nhà và các bộ đồ nỉ đồng bộ theo phong cách của những chương trình quảng cáo mua sắm trên truyền hình ngày trước..."),
    ("https://vneconomy.vn/techconnect/tiktok-shop-da-lon-ngang-ngua-ebay.htm",
     "Dù vướng phải nhiều tranh cãi về khả năng ứng dụng bị “cấm cửa” tại Mỹ và những chính sách thuế thay đổi liên tục dưới thời Tổng thống Donald Trump và các biến động nhân sự, TikTok của Trung Quốc vẫn chứng tỏ sức mạnh của mảng thương mại điện tử với tốc độ tăng trưởng ấn tượng."),
    ("https://thoimoi.vn/print/nhung-hotgirl-ao-dai-gai-xinh-mat-moc-noi-len-tu-le-khai-giang-198597",
     "Sau hơn 7 năm nổi tiếng, Trâm Anh từ \"hot girl mặt mộc\" giờ đã là bà mẹ bỉm sữa."),
    ("https://znews.vn/tin-mung-voi-nguoi-cho-iphone-17-tai-viet-nam-post1578238.html",
     "Thông tin nói trên được xác nhận bởi đại lý chính hãng của Apple, đơn vị phân phối và công ty truyền thông tham gia vào chương trình mở bán sắp tới."),
]

# (url, sentence, word index, place): hand-placed rows, the token before English words
BEFORE_ENGLISH = [
    ("https://vnexpress.net/khong-khi-mo-ban-iphone-17-tai-chau-a-4940957.html",
     "Tại Australia, hàng trăm người xếp hàng trước Apple Store Sydney, trái với khung cảnh bình lặng năm ngoái.", 0, "start-en"),
    ("https://vnexpress.net/khong-khi-mo-ban-iphone-17-tai-chau-a-4940957.html",
     "Các cửa hàng Apple Store bắt đầu mở cửa đón người mua thế hệ iPhone 17 và iPhone Air sáng nay, với thị trường sớm nhất là Australia, New Zealand.", 2, "inner-en"),
]

# (url, sentence): clean controls with legitimate Latin brands, loanwords, codes and names
CONTROLS = [
    ("https://vneconomy.vn/mua-sam-truc-tuyen-tren-tiktok-dang-tro-nen-pho-bien-o-my.htm",
     "Hình thức mua sắm qua livestream ngày càng phổ biến tại Mỹ."),
    ("https://vneconomy.vn/mua-sam-truc-tuyen-tren-tiktok-dang-tro-nen-pho-bien-o-my.htm",
     "Buổi livestream là sự kiện bán hàng trực tiếp đầu tiên của cô trên TikTok dành cho đế chế thời trang mặc nhà Skims trị giá 5 tỷ USD."),
    ("https://techloop.vn/content/su-troi-day-than-toc-cua-tiktok-shop-tu-so-0-den-quy-mo-ebay-1304",
     "Để đặt những con số này vào góc độ tương đối, hãy xem xét rằng TikTok Shop hiện đã có quy mô tương đương với eBay, với doanh số 20,1 tỷ đô la trong quý vừa qua."),
    ("https://techloop.vn/content/su-troi-day-than-toc-cua-tiktok-shop-tu-so-0-den-quy-mo-ebay-1304",
     "Dựa trên dữ liệu đó, công ty phân tích EchoTik ước tính TikTok Shop đã bán được 19 tỷ đô la sản phẩm trên toàn cầu từ tháng 7 đến tháng 9 năm nay."),
    ("https://megadigital.ai/vi/blog/tiktok-shop-la-gi/",
     "Ra mắt vào cuối tháng 4/2022, Tiktok Shop của Bytedance mang lại một trải nghiệm thương mại điện tử toàn diện hoàn toàn mới cho toàn bộ người dùng trên TikTok."),
    ("https://m.ngoisao.vn/gioi-tre/hotgirl-hotboy/phan-loai-hotgirl-showbiz-62489.htm",
     "Những năm gần đây danh hiệu hotgirl ngày càng phổ biến trong giới giải trí."),
    ("https://m.ngoisao.vn/gioi-tre/hotgirl-hotboy/phan-loai-hotgirl-showbiz-62489.htm",
     "Không riêng gì những cô nàng của Victoria's Secret, những cô nàng \"xì tin\" của Disney Channel cũng dần trở thành những hotgirl trong giới showbiz."),
    ("https://thoimoi.vn/print/nhung-hotgirl-ao-dai-gai-xinh-mat-moc-noi-len-tu-le-khai-giang-198597",
     "Tên tuổi của cô càng nổi hơn khi công khai hẹn hò với ca sĩ JustaTee vào năm 2013."),
    ("https://thoimoi.vn/print/nhung-hotgirl-ao-dai-gai-xinh-mat-moc-noi-len-tu-le-khai-giang-198597",
     "Lên đại học, 9X bắt đầu tham gia đóng MV, làm mẫu lookbook và chụp ảnh cho các thương hiệu."),
    ("https://thoimoi.vn/print/nhung-hotgirl-ao-dai-gai-xinh-mat-moc-noi-len-tu-le-khai-giang-198597",
     "Tại lễ khai giảng năm học 2018-2019 của trường THPT chuyên Lào Cai, tỉnh Lào Cai, bức ảnh chụp nữ sinh Nguyễn Ngọc Mai (sinh năm 2001) trong tà áo dài trắng thu hút sự chú ý của dân mạng."),
    ("https://forum.vietyo.com/do-do-nong-cua-cac-hot-girl-viet-co-cung-diem-xuat-phat-cac-bac-thich-em-nao-nhat-519927",
     "Mie là gương mặt trẻ trung nhất trong 3 cái tên kể trên."),
    ("https://forum.vietyo.com/do-do-nong-cua-cac-hot-girl-viet-co-cung-diem-xuat-phat-cac-bac-thich-em-nao-nhat-519927",
     "Tuy nhiên mới đây, cái tên của cô nàng lại được \"hâm nóng\" trở lại, thậm chí còn \"nóng\" hơn bao giờ hết khi chính thức công khai chuyện hẹn hò với hot Vlogger đình đám - JVevermind."),
    ("https://www.voatiengviet.com/a/vinfast-ngưng-bán-xe-chạy-xăng-ở-việt-nam-sớm-hơn-dự-định/6660266.html",
     "Hãng xe hơi Việt Nam VinFast vừa quyết định dừng bán xe chạy xăng kể từ ngày 15/7 để chuyển đổi hoàn toàn sang sản xuất và kinh doanh xe điện, hãng xe này vừa ra thông cáo cho biết."),
    ("https://trainghiemxe.vn/vinfast-chot-ngay-khoi-cong-nha-may-4-ty-usd-tai-my-cong-suat-150-000-xe-nam/vinfast-chot-ngay-khoi-cong-nha-may-4-ty-usd-tai-my-cong-suat-150-000-xe-nam-2/",
     "VinFast chốt ngày khởi công nhà máy 4 tỷ USD tại Mỹ, công suất 150.000 xe năm"),
    ("https://cafef.vn/mot-nha-mang-can-moc-lap-moi-20000-tram-5g-trong-nam-2025-vuot-tien-do-hon-ba-tuan-188251209150056633.chn",
     "Cùng với mở rộng số lượng trạm phát sóng, Viettel hiện là đơn vị duy nhất triển khai mạng 5G độc lập (Standalone – SA)."),
    ("https://cafef.vn/mot-nha-mang-can-moc-lap-moi-20000-tram-5g-trong-nam-2025-vuot-tien-do-hon-ba-tuan-188251209150056633.chn",
     "Hệ thống này cho phép vận hành các thành phần mạng lõi và thiết bị phát sóng thuộc thế hệ 5G, hỗ trợ tốc độ lý thuyết lên tới 10 Gbps và cao hơn 4G khoảng 15–20 lần trong điều kiện sử dụng thực tế."),
    ("https://vietnam.vnanet.vn/vietnamese/tin-van/dot-pha-theo-nghi-quyet-57-thuong-mai-hoa-5g-–-thuc-day-phat-trien-kinh-te-so-theo-chieu-sau-429786.html",
     "Đồng hành cùng các doanh nghiệp viễn thông, Nghị quyết số 57-NQ/TW nêu rõ, Nhà nước cam kết đầu tư mạnh vào hạ tầng số, trong đó có mạng 5G."),
    ("https://nld.com.vn/thu-nhap-4700-usd-nam-nguoi-viet-choi-lon-chi-1500-usd-mua-iphone-17-196250921201722393.htm",
     "Hệ thống TopZone cũng xác nhận đã bán ra hơn 100.000 chiếc iPhone 17 trong đợt mở bán đầu tiên."),
    ("https://nld.com.vn/thu-nhap-4700-usd-nam-nguoi-viet-choi-lon-chi-1500-usd-mua-iphone-17-196250921201722393.htm",
     "Còn Shopdunk trong ngày đầu mở bán đã bàn giao khoảng 3.000 máy cho khách hàng."),
    ("https://nld.com.vn/thu-nhap-4700-usd-nam-nguoi-viet-choi-lon-chi-1500-usd-mua-iphone-17-196250921201722393.htm",
     "Trên Apple Store trực tuyến, bản Pro Max 256 GB \"cháy\" hàng chỉ sau chưa đầy 10 phút mở bán."),
    ("https://vnexpress.net/khong-khi-mo-ban-iphone-17-tai-chau-a-4940957.html",
     "\"Màu cam vũ trụ mới thực sự hấp dẫn. Thân máy nhôm nguyên khối hoàn thiện tốt, nhưng tôi thấy không bằng thép không gỉ và titan\", tài khoản Boardiesboi viết trên diễn đàn MacRumors."),
    ("https://vnexpress.net/khong-khi-mo-ban-iphone-17-tai-chau-a-4940957.html",
     "Tại Singapore, theo ghi nhận của Straitstimes, có khoảng 250 người đứng chờ."),
    ("https://vi.m.wikipedia.org/wiki/MoMo_(ví_điện_tử)",
     "Tất cả các dịch vụ của MoMo đều được tích hợp trong sim 128K của VinaPhone."),
    ("https://vi.m.wikipedia.org/wiki/MoMo_(ví_điện_tử)",
     "Tháng 4 năm 2015, ứng dụng xuất hiện trên nền tảng Windows Phone."),
    ("http://briswell-vn.com/vn/news/ewallets-vietnam",
     "Momo, ZaloPay và Airpay hiện đang là 3 trong số các ví điện tử được sử dụng phổ biến ở Việt Nam."),
    ("https://dk-tech.vn/cac-loai-vi-dien-tu-uy-tin-pho-bien",
     "Viettel Money là sản phẩm tài chính số của Tập đoàn Viettel, trước đây còn gọi là Viettel Pay."),
    ("https://m.xosobinhdinh.org/grab-ngung-hoat-dong-vi-dien-tu-moca-tai-viet-nam-20240531150120387.htm",
     "Đầu giờ chiều 31-5, đông đảo người dùng Grab tại Việt Nam nhận được thông báo về việc dịch vụ ví điện tử Moca sẽ ngừng hoạt động từ ngày 1-7-2024."),
    ("http://diendannongnghiep.com/tin-tuc-nong-nghiep/17042-haiu-giang-thuong-lai-dat-coc-mua-lua-ir-50404-tuoi-dau-vu-gia-cao.html",
     "Thương lái đã đặt cọc mua lúa của nông dân ở đây với giá 4.750 đồng/kg lúa IR 50404 tươi cắt máy, cao hơn vụ Đông xuân năm rồi 400 đồng/kg."),
    ("http://thoisu24.com/tag/quang-tri",
     "Trước đó, sáng 10/8, bệnh viện ngừng nhận bệnh nhân khám ngoại trú để khử khuẩn, tránh trở thành ổ dịch Covid-19."),
    ("https://netnews.vn/Thanh-Hoa-dung-mot-phan-Benh-vien-Ung-buou-tinh-de-dieu-tri-COVID-19-toan-canh-su-kien-194-2609-2800486.html",
     "Thanh Hóa dùng một phần Bệnh viện Ung bướu tỉnh để điều trị COVID-19"),
    ("https://avaytien.com/tag/lai-suat-vay-ngan-hang-mb-bank/?amp=1",
     "lãi suất vay ngân hàng mb bank"),
    ("https://ngoisao.net/tin-tuc/dan-choi/bang-gia-chi-tiet-iphone-7-va-7-plus-3464780.html",
     "Trên Apple Store tại Mỹ, giá khởi điểm của iPhone 7 từ 649 USD (chưa tính thuế), tương đương với khoảng 14,4 triệu đồng."),
    ("https://vietnamnet.vn/100-dan-so-viet-nam-se-co-ket-noi-5g-vao-nam-2030-pre2069787.html",
     "Ông Nguyễn Phong Nhã - Phó Cục trưởng Cục Viễn thông - cho biết: Việt Nam đang triển khai thí điểm 5G tại 55 tỉnh, thành phố, đồng thời thúc đẩy các công ty nghiên cứu, sản xuất thiết bị đầu cuối kết nối 5G."),
]

# tokens seen in stored gambling-spam pages: (as the page writes it, camel-case form or "")
PAGE_TOKENS = [
    ("keonhacai88", "KeoNhaCai88"), ("alo789", ""), ("webdoithuong", "WebDoiThuong"), ("ketquade1.net", "KetQuaDe1.net"),
    ("jcrockcomp.com", "JcRockComp.com"), ("pinkbluehq.com", "PinkBlueHQ.com"), ("melreyna.com", ""),
    ("itsthevip.com", "ItsTheVip.com"), ("ggbjsl.com", ""), ("lucybalch.com", "LucyBalch.com"),
    ("vividcoms.com", "VividComs.com"), ("ioanabarbu.com", ""), ("ev54.com", ""), ("fahaka.com", ""),
    ("88tysobongda.com", "88TySoBongDa.com"), ("keobongda123news.org", "KeoBongDa123News.org"),
    ("xosobinhdinh.org", "XoSoBinhDinh.org"),
]
FORMS = {"start": ["title", "camel", "upper", "title"], "name": ["title", "camel", "upper"],
         "function": ["lower", "lower", "camel"], "inner": ["lower", "camel", "upper"]}


def form_of(tok: str, camel: str, form: str) -> str:
    if form == "camel" and camel:
        return camel
    if form == "upper" and "." not in tok and any(c.isdigit() for c in tok) and len(tok) <= 8:
        return tok.upper()
    if form in ("title", "camel", "upper"):
        return tok[:1].upper() + tok[1:]
    return tok


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = ap.parse_args()
    rng = random.Random(1313)
    old = base.old_texts()
    for d in ("langfresh12", "langfresh12b"):
        for name in ("sentences.tsv", "spam.tsv"):
            for line in (base.ROOT / "benchmarks" / "data" / d / name).read_text(encoding="utf-8").splitlines():
                old.update(line.split("\t")[1:])
    texts = [(u, s) for u, s in BASE if s not in old]
    assert len(texts) == len(BASE), "a base sentence is in an earlier set"
    held = [s for s in (base.ROOT / "benchmarks" / "data" / "langfresh12" / "heldout_stems.txt")
            .read_text(encoding="utf-8").split("\n") if s and s[0] != "#"]
    used12 = {line.split("\t")[2].lower() for line in (base.ROOT / "benchmarks" / "data" / "langfresh12" / "spam.tsv")
              .read_text(encoding="utf-8").splitlines() if not line.startswith("#")}
    vn = base.show(args.mirror, "bigdargon+hostsVN", "extensions/source/gambling-VN.txt")
    vn_names = {p.split(".")[-2] for p in (x.split("#")[0].strip().lower() for x in vn.splitlines()) if "." in p}
    from mtpipe.clean.spam_lexicon import brand_stem
    vn_stems = {brand_stem(n) for n in vn_names}
    pool = sorted(s for s in held if s in vn_stems and s not in used12 and not any(s in u for u in used12)
                  and re.fullmatch(r"[a-z0-9]{3,12}", s))
    rng.shuffle(pool)
    tokens = [(t, c) for t, c in PAGE_TOKENS for _ in (0, 1)] + [(s, "") for s in pool[:8]]
    places = ["start", "name", "function", "inner"]
    rng.shuffle(texts)
    rows = []
    used: list[str] = []
    for k, (tok, camel) in enumerate(tokens):
        place = places[k % 4]
        for url, t in texts:
            if t in used:
                continue
            words = t.split(" ")
            if place == "start":
                idx = [0] if words[0].isalpha() and words[0][:1].isupper() else []
            elif place == "name":
                idx = [i for i in range(2, len(words)) if words[i].rstrip(",.")[:1].isupper()
                       and words[i].rstrip(",.").isalpha() and words[i - 1][:1].isupper() and words[i - 1].isalpha()
                       and not words[i].isupper()]
            elif place == "function":
                idx = [i for i in range(1, len(words) - 1) if words[i] in base.FUNCTION]
            else:
                idx = [i for i in range(1, len(words) - 1) if words[i].isalpha() and words[i].islower()
                       and words[i] not in base.FUNCTION and words[i - 1].isalpha() and words[i - 1].islower()
                       and words[i + 1].isalpha() and words[i + 1].islower()]
            if not idx:
                continue
            i = rng.choice(idx)
            w = words[i]
            core = w.rstrip(",.")
            form = form_of(tok, camel, FORMS[place][(k // 4) % len(FORMS[place])])
            new = form + w[len(core):]
            rows.append((" ".join(words[:i] + [new] + words[i + 1:]), form, core, t, place, url))
            used.append(t)
            break
        else:
            raise SystemExit(f"no sentence for {place} ({tok})")
    for (url, t, i, place), (tok, camel) in zip(BEFORE_ENGLISH, [("ggbjsl.com", ""), ("melreyna.com", "")]):
        words = t.split(" ")
        form = tok[:1].upper() + tok[1:] if i == 0 else tok
        rows.append((" ".join(words[:i] + [form] + words[i + 1:]), form, words[i], t, place, url))
        used.append(t)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for spam, tok, orig, t, place, _ in rows:
            f.write(f"blind\t{spam}\t{tok}\t{orig}\t{t}\t{place}\n")
    src = dict((s, u) for u, s in BASE + CONTROLS + [(u, s) for u, s, *_ in BEFORE_ENGLISH])
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for t in used + [s for _, s in CONTROLS]:
            f.write(f"blind\tvi\t{src[t]}\t{t}\n")
    print(len(rows), "spam rows,", len(used) + len(CONTROLS), "clean rows; held-out stems", pool[:8])


if __name__ == "__main__":
    main()

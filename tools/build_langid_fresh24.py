"""Build ``benchmarks/data/langfresh24/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata40.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh24.py``. Same format as langfresh14-23
(``benchmarks/langid.py --data benchmarks/data/langfresh24 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 40) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22 and 23, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of 32 stored pages (the ``search``
  tool's pages corpus, searched 2026-12-03) on topics neither langfresh22's nor langfresh23's controls had
  (motorcycle oil grades, projectors, smart homes, Excel lookup functions, Docker, rooftop solar power, washing
  machines, perfume), each holding real Latin tokens a spam detector could take for a pasted token (SAE 10W-40, API
  SN, JASO MA2, ANSI lumen, LCOS, SVGA, WXGA, FULLHD, Zigbee, Z-Wave, GE Cync, Lutron Caséta, Aqara Hub, Tuya Hub,
  VLOOKUP, Col_index_num, #N/A, IFERROR, Docker Daemon, REST API, CPU/RAM, Windows/Linux, Inverter, LG TH211SSAV,
  Panasonic NA-FS11V7LRV, VnReview, 12kg, EDP, EDT, EDC, Eau de Parfum, Bergamot...).
* ``spam.tsv`` (``SPAM_PAGES``, ``CASES`` and ``TOKENS``): 78 cases on 78 further real sentences of other pages, of
  page kinds langfresh22 and 23 did not use (folk tales retold for children: Thánh Gióng, Tấm Cám; Vietnamese history
  pages: the Bạch Đằng battles, the Sui and Tang rule, the Hồng Bàng legend; nature pages on the red-headed cranes of
  Tràm Chim), one syllable replaced by one token (its first whole-word occurrence; columns: split, spam text, token,
  original word, original sentence, place), 13 at each of six places: ``start`` (the sentence's first syllable),
  ``end`` (its last syllable, before the final punctuation), ``function`` (a function word: đến, ở, từ, của, để,
  theo, với, trong, cho, về, trên), ``name`` (a syllable of a person or place name: Gióng, Sóc, Đổng, Ân, Hùng, Tấm,
  Bụt, Kiều, Tiễn, Đằng, Khoai, Lâm, Mười), ``inner`` (a syllable inside a compound word: xâm chiếm, áo giáp, đồng
  ruộng, giật mình, hiền lành, nuông chiều, buồn bã, thật thà, quan trọng, lực lượng, hiểm trở, chung thuỷ, suy giảm)
  and ``number`` (the syllable right after a number: 2 chị, 1000 năm, 2 vạn, 2 dặm, 28 năm, 3 loài, 9 cá, 1.000 cá,
  20 con, 5 hàng, 100 trứng, 50 người, 1,7 mét). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names of offshore casinos, sportsbooks, lottery, poker and bingo
sites of two real gambling blocklists other than the Vietnamese ones earlier sets used (dancharlton9's non-GamStop
gambling blocklist and the Estonian Tax and Customs Board's list of blocked gambling sites as published by
elliotwutingfeng), plus one pyramid-scheme domain of the same list (sergey-mavrodi-mmm.org), written as spam writes them:
16 full domains, 12 letter-digit codes, 13 CamelCase brand names, 14 bare lower-case names, 11 digit-led names, 12
hyphenated names. 43 of the 78 hold no gambling or lending trade word (bet, casino/kasino/cazino, slot, spin, poker,
bingo, win, luck, lotto, vegas, dice, stake, game, play, vay, cash, loan). None is an earlier set's token, in
spam_brands.txt or the held-out stems, or in tests/, tools/, benchmarks/data/ or mtpipe/ (``grep -rilw``), none holds
a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters or more, and none is held by an
earlier token (all checked before any run). ``deal`` orders each shape's tokens with the seed and deals them round
the six places in turn, so every place gets two or three tokens of every shape.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh24"
SEED = 40
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
O1 = "https://viavital.vn/chia-se-ky-thuat/tim-hieu-thong-so-nhot-xe-may-va-cach-lua-chon-cho-tung-dong-xe"
O2 = "https://shop2banh.vn/tu-van/cach-doc-thong-so-dau-nhot-xe-may-ma-ban-nen-biet-450.html"
O3 = "https://nhotchinhhang.vn/tu-van/lua-chon-va-su-dung-dau-nhot-cho-xe-may-4-thi-3.html"
O4 = "https://oto-hui.com/threads/dau-nhot-loai-nao-xin-nhat.354/"
P1 = "https://ducnhacinema.com/do-sang-lumens-la-gi-giai-thich-mot-cach-don-gian-lumens-cua-may-chieu"
P2 = "http://me.phununet.com/WikiPhununet/ChiTietWiki.aspx?StoreID=19676&m=0"
P3 = "https://vnhaxvnn.blogspot.com/2021/06/lumens-va-ansi-lumens-su-khac-biet-la-gi.html"
P4 = "http://avvietnam.com.vn/cac-thong-so-ky-thuat-can-quan-tam-khi-chon-mua-may-chieu-bid12.html"
S1 = "https://nhathongminhviet.vn/chon-cong-tac-thong-minh-ket-noi-zigbee-hay-wifi-cho-nha-thong-minh"
S2 = "https://phamhuynhtrongnhan.com/nha-thong-minh-smart-home-la-gi-chuan-knx-va-zigbee-la-gi-cac-giai-phap/"
S3 = ("https://thegioitinhoc.net/tin-tuc-cong-nghe/cach-chon-cong-tac-va-bo-dieu-chinh-do-sang-thong-minh-gan-tuong"
      "-phu-hop")
S4 = "https://lumi.vn/thiet-bi-dien-thong-minh-la-gi.html"
S5 = "https://tinhte.vn/thread/smart-home-rat-co-ban-phan-biet-bo-trung-tam.3094924/"
S6 = "https://otofun.net/threads/kinh-nghiem-choi-smarthome-sau-1-nam.1674880/page-19"
E1 = ("https://giaiphapexcel.com/diendan/threads/xin-c%C3%A1c-b%E1%BA%A1n-gi%E1%BA%A3i-th%C3%ADch-gi%C3%B9m-con-s%E1"
      "%BB%91-1-%C4%91%C6%B0%E1%BB%A3c-t%C3%B4-%C4%91%E1%BB%8F-trong-b%C3%A0i-t%E1%BA%ADp-sau.80675")
E2 = "https://giaibainhanh.com/tai-sao-ban-phim-can-3-ky-tu-giong-nhau"
E3 = "https://freetuts.net/ham-lookup-trong-excel-5380.html"
E4 = ("https://rdsic.edu.vn/blog/blog-6/1016414tai-o-b2-co-cong-thuc-c1-vlookupa3-e10-g12-3-0-e2-khi-sao-chep-cong"
      "-thuc-nay-den-vi-cb.html")
D1 = "https://technt.net/docker-la-gi-huong-dan-cho-nguoi-moi"
D2 = "https://tech.nguuyen.io.vn/posts/docker/docker-basics-image-vs-container"
D3 = "https://siucode.com/cloud-computing/cac-manh-ghep-cot-loi-cua-docker"
R1 = "https://daicatjsc.com.vn/2023/07/18/dien-nang-luong-mat-troi-hoa-luoi"
W1 = "https://otofun.net/threads/mua-may-giat-loai-nao-tot.1216776/page-10"
W2 = ("https://vnreview.vn/danh-gia-chi-tiet-do-gia-dung/-/view_content/content/3036875/may-giat-long-dung-nhat-va-han"
      "-dau-sung-cai-ket-bat-ngo")
W3 = "https://huonganhdienmay.vn/nen-chon-may-giat-long-dung-hay-long-ngang-loai-nao-tot-hon"
W4 = "https://yhocvn.net/cuoc-so-tai-giua-may-giat-long-ngang-va-may-giat-long-dung.html"
F1 = "https://khoahoc.news/cach-phan-biet-cac-loai-nuoc-hoa-81565"
F2 = "https://websosanh.vn/tin-tuc/nen-chon-mua-nuoc-hoa-co-nong-do-edt-hay-edp-c76-20210526060546225.htm"
F3 = "https://vi.differkinome.com/articles/life-style/difference-between-edp-and-edt-2.html"
F4 = "https://ustore.vn/cac-loai-nong-nuoc-hoa/"
F5 = "https://bergamot.vn/parfum-la-gi/"
F6 = "https://bietduthu.blogspot.com/2010/01/nuoc-hoa-dau-thom-uoc-phan-loai-nhu-nao.html?m=0"

CLEAN = [
    # viavital.vn, shop2banh.vn, nhotchinhhang.vn, oto-hui.com (motorcycle oil)
    (O1, "Khi nhìn trên chai dầu nhớt, bạn sẽ thấy ký hiệu như SAE 10W-40, API SN, JASO MA2,…"),
    (O1, "SAE 10W-40: phù hợp khí hậu Việt Nam, chạy đường dài, xe tay ga hoặc xe số đời mới."),
    (O1, "SAE 20W-50: dành cho xe cũ, xe công suất lớn, chạy trong môi trường nóng."),
    (O1, "API SG – SL: dùng cho xe máy đời cũ."),
    (O1, "API SN – SP: dùng cho xe máy đời mới, có công nghệ phun xăng điện tử, giúp tiết kiệm nhiên liệu."),
    (O1, "JASO MA / MA2: dùng cho xe côn tay, xe số (ma sát cao, không trượt côn)."),
    (O1, "API (American Petroleum Institute): là tiêu chuẩn chất lượng quốc tế cho dầu nhớt."),
    (O2, "Dầu nhớt đơn cấp: thường chỉ có ký hiệu SAE 40, SAE 50."),
    (O2, "Dầu nhớt đa cấp: Khắc phục nhược điểm của dầu đơn cấp, các loại dầu nhớt đa cấp như SAE 10W-30, 5W-40, 10W-40 và 20W-50 được phát triển và đưa vào sử dụng ngày càng rộng rãi."),
    (O2, "Chữ W được cho là viết tắt của “Winter – mùa đông\" chỉ khả năng khởi động đa dạng ở các mùa với nhiệt độ khác nhau."),
    (O2, "Theo SAE (Hiệp hội Kỹ sư Ôtô Mỹ), dầu nhớt dùng cho động cơ 4 thì thường được phân làm 2 loại là dầu nhớt đơn cấp và dầu nhớt đa cấp."),
    (O3, "Dầu nhớt JASO MA (hoặc MA1 và MA2) có hệ số ma sát cao nên thích hợp hơn cho xe máy số, JASO MB thích hợp cho xe máy có hệ truyền động tự động như xe tay ga."),
    (O3, "Ví dụ dầu nhớt có cấp API SL sẽ tốt hơn API SJ…"),
    (O3, "Tiêu chuẩn JASO MA và MB: Là tiêu chuẩn của Nhật Bản dành riêng cho dầu nhớt xe máy 4 thì."),
    (O4, "Về cấp chất lượng của dầu nhớt thì người ta thường xem 3 chỉ tiêu sau: API, JASO, và SAE."),
    (O4, "API (chữ viết tắt của American Petroleum Institute) đây là hiệp dầu khí Hoa Kỳ."),
    (O4, "Có nhiều tiêu chuẩn của JASO, tuy nhiên đối với loại xe 4 thì là JASO MA, còn xe 2 thì là JASO FC."),
    (O4, "Đối với máy chạy bằng xăng thì có ký hiệu SA,SB, SC,..., hoặc SM."),
    # ducnhacinema.com, me.phununet.com, vnhaxvnn.blogspot.com, avvietnam.com.vn (projectors)
    (P1, "Thực chất, lumen và ANSI lumen có một chút khác biệt."),
    (P1, "Lumens là đơn vị đo thông lượng ánh sáng, còn ANSI lumen là đơn vị chuẩn quốc tế để đo thông lượng ánh sáng của máy chiếu."),
    (P1, "Khi đo độ sáng ANSI lumens, người ta sẽ đo trung bình độ sáng tại 9 điểm khác nhau trên màn hình chiếu trong điều kiện nhất định."),
    (P1, "Chính vì lý do này mà nhiều nhà sản xuất lại ghi đơn vị là lumen thay vì ANSI lumen."),
    (P2, "Với nhiều chủng loại khác nhau, bao gồm mục đích sử dụng (trình chiếu, chiếu phim, chơi game), công nghệ (LCD, DLP, LCOS),… là những gì mà công nghệ máy chiếu hiện nay mang đến."),
    (P2, "Một máy chiếu dữ liệu hỗ trợ tốt các bài thuyết trình, bảng tính và tập tin PDF, trong khi một máy chiếu phim có khả năng xử lý các video chuyển động ở chế độ đầy màn hình một cách khá tốt."),
    (P2, "Đối với một bài thuyết trình PowerPoint điển hình, chất lượng hiển thị SVGA (800 x 600) được xem là tốt nhất."),
    (P3, "Khi lựa chọn mua một chiếc máy chiếu để sử dụng, bên cạnh những thông số quen thuộc mà chúng ta đã biết như công nghệ trình chiếu, độ phân giải, độ tương phản hay tuổi thọ của bóng đèn… còn có những thông số như 500 đến 5000+ Ansi Lumens."),
    (P3, "Trong khi chọn máy chiếu, chắc hẳn bạn đã xem qua thông số kỹ thuật về độ sáng trong đó một số máy chiếu là ANSI lumen trong khi những máy chiếu khác chỉ hiển thị lumen."),
    (P3, "Để giải quyết vấn đề trên, chúng tôi sẽ hướng dẫn giúp bạn hiểu về ANSI lumen và lumen."),
    (P4, "Đơn vị tính của Độ phân giải là điểm ảnh (pixel): SVGA (800x600),XGA (1024x768); WXGA (1280x800); FULLHD (1920x1080)."),
    (P4, "SVGA, XGA, SXGA và UXGA là các thuật ngữ mô tả các độ phân giải sử dụng bởi máy tính và máy chiếu."),
    # nhathongminhviet.vn, phamhuynhtrongnhan.com, thegioitinhoc.net, lumi.vn, tinhte.vn, otofun.net (smart homes)
    (S1, "Trong đó phải kể đến 2 loại công tắc thông minh phổ biến nhất đó là sử dụng chuẩn kết nối WIFI và Zigbee."),
    (S1, "Nên chọn công tắc thông minh sử dụng công tắc WIFI và Zigbee?"),
    (S2, "Số lượng nhà ở, căn hộ, dự án sử dụng giải pháp Smart Home ngày càng nhiều, vì những tiện ích nó mang lại là quá tuyệt vời."),
    (S2, "Ngoài ra, hiện tại bạn có thể điều khiển bằng giọng nói thông qua các trợ lý ảo Apple Siri, Google Assistant hoặc Amazon Alexa."),
    (S2, "Smart Home là một nhánh của IOT ( Internet Of Things)."),
    (S2, "Trong kỷ nguyên công nghệ 4.0, nhà thông minh Smart Home đã không còn xa lạ gì nữa, đặc biệt là đối với người dân Việt Nam nói chung, Thành Phố Hồ Chí Minh nói riêng."),
    (S3, "Chúng tôi sẽ giúp bạn xem xét các lựa chọn để tìm ra giải pháp tốt nhất, cho dù đó là Wi-Fi, Matter, Zigbee hay Z-Wave."),
    (S3, "GE Cync và Lutron Caséta là một trong số ít các công tắc thông minh không cần dây trung tính."),
    (S4, "Công nghệ nhà thông minh (Smart Home) đã phát triển mạnh mẽ nhờ sự kết hợp của Internet of Things (IoT), trí tuệ nhân tạo (AI) và tự động hóa."),
    (S4, "Thiết bị thông minh là các thiết bị điện tử có khả năng kết nối Internet hoặc các giao thức truyền thông không dây (Wi-Fi, Bluetooth, Zigbee, Z-Wave…) để thực hiện các chức năng tự động hóa, điều khiển từ xa và tương tác thông minh."),
    (S4, "Nhờ kết nối này, người dùng có thể điều khiển từ xa qua ứng dụng trên điện thoại hoặc trợ lý ảo như Google Assistant, Alexa, Siri."),
    (S5, "Khi xem các thảo luận, mình thấy rất nhiều bạn nhầm lẫn khái niệm Bộ trung tâm, dẫn đến chưa nắm rõ cách mà các thiết bị Smart Home trong nhà được vận hành ra sao."),
    (S5, "Các thiết bị giao tiếp bằng sóng Zigbee thì bắt buột phải có 1 bộ trung tâm Zigbee để kết nối tất cả thiết bị Zigbee lại với nhau."),
    (S5, "Hiện tại phổ biến có Mi Control Hub (hay còn gọi là Xiaomi Gateway), Aqara Hub, Mi Smart Home Hub,..., Tuya Hub."),
    (S5, "Đến lượt mình, Zigbee Gateway này sẽ được quản lý bởi Mi Home Server, đây mới chính là Bộ trung tâm, quản lý, kiểm soát toàn bộ thiết bị Smart Home và Automation trong nhà của bạn."),
    (S6, "Cụ bán hay có địa chỉ nào bán đồ Aqara không ạ?"),
    # giaiphapexcel.com, giaibainhanh.com, freetuts.net, rdsic.edu.vn (Excel lookup functions)
    (E1, "Chức năng: Hàm VLOOKUP là hàm dò tìm theo cột, sẽ trả về giá trị của một ô nằm trên một cột nào đó nếu thỏa mãn điều kiện dò tìm."),
    (E1, "Col_index_num phải >=1 và <= số cột lớn nhất có trong bảng dò tìm, ngược lại hàm sẽ trả về #VALUE! hoặc #REF."),
    (E1, "Trong trường hợp tìm không thấy, hàm sẽ trả về #N/A."),
    (E2, "Hôm nay, Học Excel Online xin giới thiệu với bạn cách sử dụng hàm Vlookup để tham chiếu nhiều kết quả cùng lúc trên Excel một cách dễ dàng nhất."),
    (E2, "Thông thường hàm Vlookup chỉ cho ra 1 kết quả tra cứu đơn lẻ."),
    (E2, "Hàm IFERROR: Cố định vị trí sai số."),
    (E3, "Trong bài viết này, chúng ta sẽ cùng tìm hiểu chi tiết về hàm LOOKUP trong Excel."),
    (E3, "Hàm LOOKUP trong Excel là hàm có chức năng trả về một giá trị từ một vùng dữ liệu gồm 1 cột hoặc 1 hàng, hoặc từ một mảng."),
    (E3, "Hàm LOOKUP dạng vector là hàm được sử dụng để tìm một giá trị trong vùng dữ liệu gồm một hàng hoặc một cột sau đó trả về một giá trị cùng vị trí đó trong một hàng hoặc một cột thứ hai."),
    (E4, "Hàm VLOOKUP được sử dụng để tìm kiếm một giá trị trong một cột của bảng dữ liệu và trả về giá trị tương ứng trong cùng hàng từ một cột khác."),
    # technt.net, tech.nguuyen.io.vn, siucode.com (Docker)
    (D1, "Docker là nền tảng mã nguồn mở cho phép xây, ship, chạy ứng dụng trong các container."),
    (D1, "Container là đơn vị phần mềm tiêu chuẩn, gói code + runtime + thư viện + config… để app chạy ổn định trên mọi máy."),
    (D1, "Khác VM: VM ảo hóa cả hệ điều hành; container chia sẻ kernel của host nên nhẹ, nhanh, dùng ít tài nguyên hơn."),
    (D1, "Docker Engine: gồm Docker Daemon, REST API và CLI để quản lý image, container, network, volume."),
    (D1, "Hiệu quả tài nguyên: chia sẻ kernel, sử dụng CPU/RAM tối ưu."),
    (D2, "Khi bắt đầu với Docker, hai khái niệm quan trọng nhất bạn cần hiểu là Image và Container."),
    (D2, "Docker Image là một template (khuôn mẫu) được sử dụng để tạo ra Container."),
    (D2, "Nhiều người mới thường nhầm lẫn giữa chúng, nhưng thực chất chúng đóng vai trò khác nhau trong hệ sinh thái Docker."),
    (D3, "Ở phần 1, chúng ta đã cùng nhau giải ngố Docker là gì và tại sao nó lại là chân ái cho anh em lập trình viên rồi đúng không?"),
    (D3, "Hãy tưởng tượng Image như một cái khuôn đúc bánh, một bản thiết kế chi tiết đã hoàn chỉnh, hoặc gần gũi hơn là một file ISO để cài đặt Windows/Linux."),
    (D3, "Nó là một template chỉ đọc (read-only), chứa tất cả những gì cần thiết để chạy ứng dụng của bạn."),
    (D3, "Chúng ta đã thấy Docker giúp giải quyết những nỗi đau rất thật về môi trường code không nhất quán, setup phức tạp hay xung đột thư viện như thế nào."),
    # daicatjsc.com.vn (rooftop solar power)
    (R1, "Hệ thống gồm tấm Pin mặt trời hấp thụ Bức xạ của mặt trời để phát ra điện DC qua bộ chuyển đổi điện Inverter thành điện AC và đấu nối chung với lưới điện của Điện lực để cung cấp cho các thiết bị tiêu thụ điện được gọi là Hệ thống điện mặt trời hòa lưới."),
    (R1, "Hệ thống bao gồm các thành phần như Tấm pin mặt trời, Bộ chuyển đổi điện- Inverter, Tủ điện đóng cắt – bảo vệ, Hệ thống theo dõi giám sát sản lượng điện và các vật tư phụ kiện đi kèm."),
    # otofun.net, vnreview.vn, huonganhdienmay.vn, yhocvn.net (washing machines)
    (W1, "Máy nội địa dùng rất tiện nghi, tuy phải thêm cái biến áp đổi sang điện 100 V."),
    (W1, "Các máy mới điện 220 V thì ở VN phổ biến là của Hàn và châu Âu (cả nhập và cả giả hiệu)."),
    (W1, "Riêng so Electrolux với LG thì em nghiêng về LG do thiết kế tân tiến hơn và vì hai mục trên."),
    (W2, "Ở mảng điện thoại, VnReview thường xuyên có màn so sánh giữa các sản phẩm cùng phân khúc với nhau."),
    (W2, "Đó là LG của Hàn Quốc với chiếc máy giặt LG TH211SSAV và Panasonic của Nhật với máy giặt Panasonic NA-FS11V7LRV."),
    (W2, "Chiếc máy giặt LG có khối lượng giặt 12kg, còn sản phẩm của Panasonic có khối lượng giặt 11,5kg."),
    (W2, "Mức giá niêm yết của hai sản phẩm cũng chênh nhau rất ít: 12,99 triệu đồng với máy giặt của LG và 13,29 triệu đồng với máy giặt của Panasonic."),
    (W2, "Chiếc Panasonic trông \"đô con\" hơn hẳn dù khối lượng giặt còn ít hơn 0,5kg so với máy giặt LG."),
    (W3, "Hầu hết các máy giặt lồng ngang đều được trang bị công nghệ Inverter, vận hành êm ái, bền bỉ."),
    (W4, "Trải qua 30 lần giặt với những loại vài như lụa, đũi, cotton, len… hình ảnh phóng to của chất lượng sợi vải khi sử dụng máy giặt lồng ngang và máy giặt lồng đứng hoàn toàn khác biệt."),
    # khoahoc.news, websosanh.vn, vi.differkinome.com, ustore.vn, bergamot.vn, bietduthu.blogspot.com (perfume)
    (F1, "Perfume, Eau de Parfum, Eau de Toilette và Eau de Cologne khác nhau ở tỷ lệ thành phần tinh dầu, ảnh hưởng đến khả năng lưu giữ mùi hương."),
    (F1, "Perfume thường chứa tới 30% tinh chất nước hoa trong khi Eau de Toilette chỉ chứa 10%."),
    (F1, "Perfume được xem như là loại nước hoa tuyệt vời nhất vì cả ba lớp hương đầu, giữa và nền cùng nhau tồn tại và hỗ trợ nhau trong suốt thời gian nước hoa phát huy tác dụng."),
    (F2, "Với những ai đã từng dùng nước hoa thì không còn quá xa xạ với khái niệm EDT, EDP và nhiều khi đó còn được xem là một trong những tiêu chí quan trọng để người dùng quyết định có nên chọn mua loại nước hoa đó hay không."),
    (F2, "Vậy thật sự thì dòng nước hoa EDP có phải luôn là sự lựa chọn tốt hơn so với các loại nước hoa EDT."),
    (F2, "EDT và EDP là thuật ngữ để nói về nồng độ tinh chất hương có trong một chai nước hoa."),
    (F3, "EDP và EDT là các nhãn khác nhau cho nước hoa mà chúng ta sử dụng hàng ngày."),
    (F3, "Những từ như EDP, EDT và EDC dường như xa lạ và khiến mọi thứ trở nên rất khó hiểu."),
    (F3, "Tiền tố ED trong cả ba chữ viết tắt thực sự là Eau De, từ tiếng Pháp có nghĩa là nước hoa."),
    (F3, "EDP là viết tắt của Eau de Hương."),
    (F4, "Do đó, khi ai đó nói về loại nước hoa eau de parfum hay eau de toilette, điều họ thực sự muốn nói là tỷ lệ giữa tinh dầu thơm và alcohol."),
    (F5, "Parfum và Perfum là 2 thuật ngữ dành cho nước hoa nếu bạn là một người yêu mùi hương và muốn biết Parfum là gì thì hãy cùng Bergamot chúng mình tìm hiểu về Parfum là gì và sự khác nhau giữa Parfum và Perfum nhé."),
    (F5, "Parfum là một từ tiếng pháp có nghĩa là nước hoa."),
    (F5, "Một số dòng nước hoa được bán phổ biến như Eau de Parfum, Eaude Toilette, Eau de Cologne."),
    (F6, "Từ Perfume (nước hoa/dầu thơm, tiếng Anh) được bắt nguồn từ cụm từ Latin “Per fumum” có nghĩa là “truyền tải thông qua sương/khói”."),
    (F1, "Perfume thường là loại nước hoa đắt tiền nhất vì nó có chứa từ 20 - 30% tinh chất nước hoa."),
    (F2, "EDT là viết tắt của cụm từ “Eau De Toilette” với nồng độ tinh chất hương là 5%-15% trong khi đó thì EDP là viết tắt của cụm từ  “Eau De Parfum” có nồng độ tinh chất hương cao hơn với 15%-20%."),
    (F2, "Trong ngành công nghiệp chế tạo và sản xuất nước hoa thì chính sự phân chia về nồng độ tinh chất hương này ảnh hưởng nhiều đến mức độ lưu hương của một mùi hương nước hoa, trên lý thuyết thì các dòng nước hoa EDT có độ lưu hương khoảng 4-6h còn EDP thì có độ lưu hương từ 6-8h trên da."),
    (F3, "EDP, EDT và EDC lần lượt đề cập đến nước hoa eau de, eau de toilette và eau de cologne."),
    (F6, "Eau De Toilet (EDT) : Nhẹ hơn EDP, chứa 4-8% tinh dầu và có khả năng giữ mùi được từ 2-4 tiếng."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: sentences of pages that give no control (folk tales, Vietnamese history, red-crowned cranes).
K1 = "https://thleductho.hcm.edu.vn/suu-tam-chia-se/tre-nga/ct/112622/907733"
K2 = ("https://eva.vn/nuoi-con-iq-eq/truyen-co-tich-thanh-giong-truyen-thuyet-phu-dong-thien-vuong"
      "-c429a580021.html")
K3 = "https://hellobacsi.com/nuoi-day-con/tre-1-5-tuoi/su-phat-trien-tre-1-5-tuoi/cau-chuyen-tam-cam"
K4 = "https://thegioitruyendoc.blogspot.com/2015/07/truyen-co-tich-tam-cam.html"
K5 = "https://inminhkhoi.com/amp/su-tich-tam-cam"
L1 = "https://thoixua.vn/khong-phan-loai/ran-bach-dang-nam-938.html"
L2 = "https://loga.vn/hoi-dap/76862"
L3 = ("https://hoc24.vn/cau-hoi/ke-lai-cau-chuyen-ve-mot-nhan-vat-tieu-bieu-trong-cuoc-dau-tranh-chong-bac-thuoc"
      "-ma-em-suu-tam-duoc.9044009327354?sgk=1")
L4 = ("https://honngoc.vn/nhung-dieu-ky-dieu-da-lam-nen-ba-tran-thuy-chien-tren-song-bach-dang-938-981-1288"
      "-ky-1")
L5 = "https://lichsublogvietnam.blogspot.com/1996_10_26_archive.html"
L6 = "https://daivietnam.com/tran-bach-dang-nam-938-vua-ngo-quyen"
C1 = ("https://techz.vn/182-923-5-loai-seu-quy-hiem-nhat-liet-trong-sach-do-viet-nam-nuoc-ta-va-campuchia-chi"
      "-con-hon-100-ca-the-ylt602128.html")
C2 = "https://wanee.vn/seu-dau-do-1-bieu-tuong-cua-vung-dat-dong-thap-muoi/"
C3 = ("https://tapchivietnamhuongsac.vn/seu-dau-do-sap-ve-thao-cam-vien-sai-gon-canh-chim-quy-giua-no-luc-phuc"
      "-hoi-di-san-sinh-thai-tram-chim-1392.html")
C4 = "https://hoctot.nam.name.vn/van-ban-vuon-quoc-gia-tram-chim-tam-nong-a166779.html"
C5 = "https://chimvet.com/seu-dau-do"
C6 = "http://news.lhu.edu.vn/536/114920/Seu-dau-do-ve-vuon-quoc-gia-Tram-Chim.html"
C7 = "https://sggp.org.vn/dat-lanh-chim-dau-post593410.html"

SPAM_PAGES = [
    # thleductho.hcm.edu.vn, eva.vn, hellobacsi.com, thegioitruyendoc.blogspot.com, inminhkhoi.com (folk tales:
    # Thánh Gióng, Tấm Cám)
    (K1, "Ngày xửa ngày xưa, có một bà mẹ sinh được một người con trai."),
    (K1, "Bà đặt tên là Gióng."),
    (K1, "Lạ thay Gióng đã ba tuổi mà chẳng nói, chẳng cười, cứ đặt đâu thì nằm đấy."),
    (K1, "Thuở ấy nước ta bị giặc xâm chiếm."),
    (K1, "Từ ngày gặp sứ giả, Gióng lớn nhanh như thổi."),
    (K1, "Theo lời Gióng, vua truyền lệnh đúc ngựa sắt, rèn roi sắt, nón và áo giáp sắt khiêng đến cho Gióng."),
    (K1, "Gióng mặc áo giáp sắt, đội nón sắt, cầm roi sắt, nhảy phốc lên lưng ngựa sắt."),
    (K1, "Ngựa hí lên một tiếng dài và phun ra lửa, rồi cùng Gióng phi thẳng đến nơi có quân giặc, đánh cho chúng tơi bời."),
    (K1, "Roi sắt gãy, Gióng nhổ tre ở bên đường tiếp tục đánh giặc."),
    (K1, "Giặc tan tác, tháo chạy."),
    (K1, "Phá xong giặc, Gióng phi ngựa đến núi Sóc Sơn, quay đầu chào tạm biệt quê hương và vái tạ mẹ già."),
    (K2, "Ngày xưa có ông Đổng cao lớn lạ thường."),
    (K2, "Ông cào đất thành đồng ruộng, vun đá thành đồi gò, xẻ cát thành sông bãi."),
    (K2, "Ông bước dài từ đỉnh núi này sang đỉnh núi khác."),
    (K2, "Tiếng ông vang thành sấm."),
    (K2, "Ngày nay dấu cân ông còn ở nhiều nơi."),
    (K2, "Bà sống một mình, ngày ngày chăm bốn luống cà và ra đồng bắt ốc mò cua đổi gạo nuôi thân."),
    (K2, "Sáng hôm sau bà ra thăm cà, giẫm phải dấu chân ấy."),
    (K2, "Trong ba năm liền Gióng cứ nằm yên không nói."),
    (K2, "Lúc bấy giờ có giặc Ân sang xâm lược nước ta."),
    (K2, "Chúng bắt dân trồng ngược cây, cây chết thì chúng giết."),
    (K2, "Bấy giờ là đời Hùng Vương thứ sáu."),
    (K2, "Các tướng của vua đều bị thua."),
    (K2, "Vua phải cho sứ đi cầu người tài để đánh giặc."),
    (K2, "Bà mẹ giật mình kinh sợ, nhưng cũng theo lời con ra mời sứ giả của vua."),
    (K3, "Ngày xửa ngày xưa, ở một làng quê yên bình, có hai chị em cùng cha khác mẹ tên là Tấm và Cám."),
    (K3, "Tấm là cô bé hiền lành, chăm chỉ và luôn giúp đỡ mọi người."),
    (K3, "Còn Cám, được mẹ nuông chiều nên thường lười biếng và hay ganh tị với Tấm."),
    (K3, "Tấm chăm chỉ lội ruộng từ sáng sớm, bắt được đầy giỏ cá."),
    (K3, "Tấm quay về, thấy giỏ trống rỗng, buồn bã quá nên Tấm òa khóc."),
    (K3, "Tấm kể hết đầu đuôi mọi chuyện cho Bụt nghe."),
    (K3, "Tấm làm theo lời Bụt, ngày nào cũng chăm sóc bống."),
    (K4, "Ngày xửa ngày xưa, có 2 chị em cùng cha khác mẹ là Tấm và Cám."),
    (K4, "Khi cha qua đời Tấm sống với mẹ kế là mẹ của Cám."),
    (K4, "Tấm là con người thật thà nên đã tin lời cô em gái ngay."),
    (K4, "Ở trên bờ Cám đã lấy toàn bộ cá trong giỏ của Tấm trút vào giỏ của mình và vội chạy về nhà trước Tấm."),
    (K5, "Tấm và Cám là hai chị em cùng cha khác mẹ."),
    (K5, "Một hôm, dì ghẻ cho hai chị em mỗi người một giỏ, bảo đi bắt tép ngoài đồng."),
    (K5, "Ai bắt được nhiều hơn sẽ được thưởng chiếc yếm đỏ."),
    (K5, "Tấm ngày ngày nhường cơm cho bống, cá càng ngày càng lớn."),
    (K5, "Một con gà giúp Tấm tìm lại xương bống."),
    (K5, "Ít lâu sau, vua mở hội lớn trong nhiều ngày."),
    (K5, "Mọi người nô nức đi xem."),
    # thoixua.vn, loga.vn, hoc24.vn, honngoc.vn, lichsublogvietnam.blogspot.com, daivietnam.com (Vietnamese history:
    # the Bạch Đằng battles, the Sui and Tang dynasties' rule)
    (L1, "Đây là một trận đánh quan trọng, mang ý nghĩa to lớn trong lịch sử Việt Nam."),
    (L1, "Nó đánh dấu cho việc chấm dứt hơn 1000 năm Bắc thuộc của Việt Nam, nối lại quốc thống cho dân tộc Việt."),
    (L1, "Đến năm 937, nha tướng Kiều Công Tiễn sát hại, cướp ngôi và bị con rể cùng một tướng khác của Dương Đình Nghệ là Ngô Quyền đuổi đánh tội phản chủ."),
    (L1, "Sợ hãi nên Kiều Công Tiễn sai người cầu cứu Nam Hán."),
    (L1, "Phong cho con trai thứ 9 là Lưu Hoằng Tháo làm “Bình Hải tướng quân” và “Giao Chỉ vương”, đem 2 vạn quân sang với danh nghĩa là cứu Kiều Công Tiễn."),
    (L2, "Khi nước triều rút, quân ta dốc toàn lực lượng đánh quật trở lại."),
    (L2, "Vua Nam Hán vội ra lệnh thu quân về nước."),
    (L2, "Trận Bạch Đằng kết thúc thắng lợi về phía quân ta."),
    (L3, "Khi thuỷ triều rút xuống, ông cho quân phản công khiến thuyền của giặc va vào bãi cọc, bị vỡ và đắm thuyền, quân ta đại thắng."),
    (L4, "Sông Bạch Đằng là một trong những nơi như thế."),
    (L4, "Sông rộng hơn 2 dặm, có nhiều núi cao và nhiều nhánh sông đổ về."),
    (L4, "Phía tả ngạn có sông Khoai, sông Xinh đổ về."),
    (L4, "Đất nước ta có nhiều kỳ quan cùng địa thế hiểm trở hùng vĩ được thiên nhiên ưu ái ban tặng."),
    (L5, "Nhà Tuỳ làm vua bên Tàu được 28 năm thì mất."),
    (L5, "Nhưng chẳng bao lâu quân Lâm Ấp phải thua bỏ chạy."),
    (L5, "Lưu Phương cũng phát bệnh về đến nửa đường thì chết."),
    (L6, "Ông Lạc Long Quân lấy bà Âu Cơ, sinh ra 100 trứng, nở ra thành 100 người con trai."),
    (L6, "50 người con trai theo bà Âu Cơ lên núi, khai sơn phá thạch, mở mang đất nước ở miền núi."),
    # techz.vn, wanee.vn, tapchivietnamhuongsac.vn, hoctot.nam.name.vn, chimvet.com, news.lhu.edu.vn, sggp.org.vn
    # (red-crowned cranes of Tràm Chim)
    (C1, "Việt Nam có 3 loài sếu quý hiếm gồm: Sếu đầu đỏ, sếu cổ trắng và sếu cổ đen."),
    (C1, "Sếu đầu đỏ có phần lông xám nhạt, đầu và cổ họng phủ lớp da màu vàng cam."),
    (C1, "Sếu làm tổ trên búi ngọn nhiều cây trong vùng nước nông, cả bố lẫn chim mẹ đều cùng chăm sóc con non cho tới mùa sinh sản tiếp theo."),
    (C2, "Vào năm 2017, ghi nhận được 9 cá thể và năm 2018-2019 ghi nhận 11 cá thể sếu."),
    (C2, "Khi nhắc đến loài Sếu đầu đỏ, chúng ta sẽ nghĩ ngay đến vùng đất ngập nước Đồng Tháp Mười."),
    (C3, "Theo ghi nhận, vào năm 1991, đàn sếu tại đây lên tới hơn 1.000 cá thể."),
    (C4, "Hằng năm, loài sếu này kéo đến Tràm Chim - Tam Nông vào mùa khô."),
    (C4, "Chúng ăn củ năng, cùng nhiều loài chim khác sống thành từng đàn, bay khá đông, trông rất vui mắt."),
    (C4, "Chim sếu rất chung thuỷ với nhau, bao giờ cũng cặp đôi vui đùa, nhảy múa, gần gũi với loài người từ khá lâu nay."),
    (C4, "Sếu to, có con cao đến trên 1,7 mét, bộ lông xám mượt, cổ cao, dầu đỏ, đôi cánh dang rộng khi bay."),
    (C5, "Sếu đầu đỏ là loài chim cao nhất trong tất cả những loài chim biết bay trên trái đất."),
    (C5, "Chim trưởng thành có bộ lông màu sẫm hơn."),
    (C6, "Mùa xuân đến, chúng bắt đầu về để tìm kiếm thức ăn."),
    (C6, "Ngoài 20 con sếu đầu đỏ đã về vườn Tràm Chim (Đồng Tháp), còn có rất nhiều loài khác cũng quy tụ về đây sinh sống như cò ốc, le le."),
    (C7, "Từ tháng 2 đến tháng 5 hàng năm, sếu đầu đỏ thường di trú về một số khu bảo tồn sinh thái ở miền Tây Nam bộ."),
    (C7, "Môi trường sinh thái bị suy giảm chất lượng khiến nhiều loài chim quý hiếm vơi dần về số loài và sự đa dạng."),
    (C7, "Thậm chí, sếu đầu đỏ có nguy cơ tuyệt chủng."),
]

# (a key naming one sentence of SPAM_PAGES, the word replaced, the place); tokens are dealt by ``deal`` below.
CASES = [
    # start
    ("Ngày xửa ngày xưa, có một bà", "Ngày", "start"),
    ("Từ ngày gặp sứ giả", "Từ", "start"),
    ("Giặc tan tác", "Giặc", "start"),
    ("Bà sống một mình", "Bà", "start"),
    ("Sáng hôm sau bà", "Sáng", "start"),
    ("Trong ba năm liền", "Trong", "start"),
    ("Tấm và Cám là hai chị em", "Tấm", "start"),
    ("Ai bắt được nhiều hơn", "Ai", "start"),
    ("Ít lâu sau", "Ít", "start"),
    ("Trận Bạch Đằng kết thúc", "Trận", "start"),
    ("Hằng năm, loài sếu", "Hằng", "start"),
    ("Chim trưởng thành", "Chim", "start"),
    ("Mùa xuân đến", "Mùa", "start"),
    # end
    ("cứ đặt đâu thì nằm đấy", "đấy", "end"),
    ("đánh cho chúng tơi bời", "bời", "end"),
    ("Tiếng ông vang", "sấm", "end"),
    ("cây chết thì chúng giết", "giết", "end"),
    ("đầy giỏ cá.", "cá", "end"),
    ("bắt tép ngoài đồng", "đồng", "end"),
    ("tìm lại xương bống", "bống", "end"),
    ("nô nức đi xem", "xem", "end"),
    ("quân ta đại thắng", "thắng", "end"),
    ("thì chết.", "chết", "end"),
    ("màu vàng cam", "cam", "end"),
    ("trông rất vui mắt", "mắt", "end"),
    ("nguy cơ tuyệt chủng", "chủng", "end"),
    # function
    ("khiêng đến cho Gióng", "đến", "function"),
    ("Gióng nhổ tre ở bên đường", "ở", "function"),
    ("Ông bước dài từ", "từ", "function"),
    ("Các tướng của vua", "của", "function"),
    ("cầu người tài để", "để", "function"),
    ("Tấm làm theo lời Bụt", "theo", "function"),
    ("Tấm sống với mẹ kế", "với", "function"),
    ("toàn bộ cá trong giỏ", "trong", "function"),
    ("nhường cơm cho bống", "cho", "function"),
    ("thu quân về nước", "về", "function"),
    ("Sếu làm tổ trên", "trên", "function"),
    ("loài chim cao nhất trong", "trong", "function"),
    ("dấu cân ông còn ở", "ở", "function"),
    # name
    ("Bà đặt tên là Gióng", "Gióng", "name"),
    ("núi Sóc Sơn", "Sóc", "name"),
    ("có ông Đổng", "Đổng", "name"),
    ("giặc Ân sang", "Ân", "name"),
    ("đời Hùng Vương", "Hùng", "name"),
    ("ở một làng quê yên bình", "Tấm", "name"),
    ("đầu đuôi mọi chuyện cho Bụt", "Bụt", "name"),
    ("nha tướng Kiều Công Tiễn", "Kiều", "name"),
    ("Sợ hãi nên Kiều", "Tiễn", "name"),
    ("Sông Bạch Đằng là một", "Đằng", "name"),
    ("sông Khoai", "Khoai", "name"),
    ("quân Lâm Ấp phải thua", "Lâm", "name"),
    ("Đồng Tháp Mười", "Mười", "name"),
    # inner
    ("bị giặc xâm chiếm", "xâm", "inner"),
    ("nhảy phốc lên lưng", "giáp", "inner"),
    ("thành đồng ruộng", "ruộng", "inner"),
    ("Bà mẹ giật mình", "giật", "inner"),
    ("cô bé hiền lành", "hiền", "inner"),
    ("được mẹ nuông chiều nên", "nuông", "inner"),
    ("buồn bã quá", "buồn", "inner"),
    ("con người thật thà", "thật", "inner"),
    ("trận đánh quan trọng", "quan", "inner"),
    ("dốc toàn lực lượng", "lực", "inner"),
    ("địa thế hiểm trở", "hiểm", "inner"),
    ("chung thuỷ với nhau", "thuỷ", "inner"),
    ("bị suy giảm", "suy", "inner"),
    # number
    ("có 2 chị em", "chị", "number"),
    ("hơn 1000 năm", "năm", "number"),
    ("đem 2 vạn quân", "vạn", "number"),
    ("hơn 2 dặm", "dặm", "number"),
    ("được 28 năm", "năm", "number"),
    ("có 3 loài sếu", "loài", "number"),
    ("ghi nhận được 9 cá thể", "cá", "number"),
    ("hơn 1.000 cá thể", "cá", "number"),
    ("Ngoài 20 con sếu", "con", "number"),
    ("đến tháng 5 hàng năm", "hàng", "number"),
    ("sinh ra 100 trứng", "trứng", "number"),
    ("50 người con trai theo", "người", "number"),
    ("trên 1,7 mét", "mét", "number"),
]

# Tokens by shape, each from a real list (see SOURCES): DC = dancharlton9/gambling-blocklist lists/blocklist.txt,
# EE = elliotwutingfeng/Estonia-Blocked-Gambling-Websites blocklist.txt.
TOKENS = {
    "domain": ["betfury.io", "fairspin.io", "pitbet.io", "trustdice.win", "levelup.casino", "onbling.me",
               "yukoncold.casino", "oshi.io", "respin.gg", "eightstorm.com", "shadowbit.io", "greenplay.mx",
               "cbet.gg", "trueflip.io", "1xniz.host", "zeturf.com"],
    "letter-digit": ["Gunsbet1", "Bodog88", "Natural8", "Jojobet16", "Planet23", "Ysb88", "Vave9", "Nomini7",
                     "Rabona8", "Ivibet5", "Fortuneclock10", "Marsbet9"],
    "CamelCase": ["WildTornado", "CheekyRiches", "TreasureMile", "VolcanicGold", "GiantVegas", "SaluteGame",
                  "RoyalFortune", "FortuneJack", "DuelBits", "GambleZen", "KatanaSpin", "TheHighRoller",
                  "KaboomSlots"],
    "lower-case": ["bitsler", "casoo", "sportaza", "wazamba", "villento", "pledoo", "lapalingo", "zerace", "jubise",
                   "midaur", "goldfishka", "mystake", "roobet", "jokerino"],
    "digit-led": ["1allrightcasino", "14icecazino", "21novaitlyano", "11royspins", "7kasino", "4grinz", "1xljj",
                  "7sultanscasino", "777dragon", "123allin", "1xmobcht"],
    "hyphenated": ["online-kasiino", "wm-bingo", "admiral-x.com", "anonymous-casino", "europe-bet",
                   "lucky-ace-casino", "switch-poker", "grandparker-casino.com", "bet-52", "og-casino", "i-mmm",
                   "sergey-mavrodi-mmm.org"],
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


def main() -> None:
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

"""Build ``benchmarks/data/langfresh41/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata41.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh41.py``. Same format as langfresh14-40
(``benchmarks/langid.py --data benchmarks/data/langfresh41 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 41) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-40, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-05) on contactless card and phone payment in Viet Nam (Visa, NAPAS's Tap &
  Pay, Vietcombank's chip cards), Apple's AirTag item tracker and eSIM in Viet Nam's mobile networks and in the
  iPhone -- topics no earlier control had (a case-blind grep of the earlier sets finds none of "airtag", "esim",
  "contactless", "tap & pay") --
  each holding real Latin tokens a spam detector could take for a pasted token: model and standard codes (U1,
  CR2032, iOS 13, iOS 13.2, iPhone Xs / Xr / XS Max, iPhone 11 / 14 / 17 Pro Max, Pixel 2 XL, Apple Watch Series 9,
  LL/A, T-Mobile, AT&T, Covid-19), units glued to numbers (4cm, 5,6 mm, 29,99 USD, 1/2/219, 30.4), abbreviations
  (NFC, POS, PIN, KFC, CGV, NAPAS, ACCC, GPS, LE, QR, SIM, USD, FPT, XR, XS), camel-case and glued names (AirTag,
  AirTags, SmartTag, SmartTags, iPhone, iPad, eSIM, eSim, VinaPhone, MobiFone, VietNamNet, VNeID, GlobalData, iTel,
  miniSim, microSim, nanoSim, Co.opmart, Coopmart, Vietcombank) and English loans and names (contactless, Tap & Pay,
  Mobile Banking App, Visa Token Service, near-field communication, Approved, token, cryptogram, Find My, Spring
  Loaded, Ultra-Wideband, Dialog Semiconductor, Silicon Labs, Officeworks, Circle K, smartphone, online, model).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (cầu Long Biên, the steel bridge
  over the Red River in Hà Nội; nhà tù Hỏa Lò, the colonial prison of Hà Nội; chợ Bến Thành, the market of Sài
  Gòn; and Dinh Độc Lập, the Independence Palace), one syllable replaced by one token (its first whole-word occurrence;
  columns: split, spam text, token, original word, original sentence, place), 13 at each of six places: ``start``,
  ``end``, ``function``, ``name``, ``inner`` and ``number`` (as langfresh22-40). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-40 for theirs): HaGeZi's Fake DNS Blocklist (``domains/fake.txt`` of hagezi/dns-blocklists at commit
0051ae4, whose LICENSE is then the Unlicense: fake shops,
fake brokers and crypto-trading and mining schemes, rip-offs and cost traps); written as spam writes them: 16 full
domains, 13 letter-digit codes, 15 CamelCase names, 13 bare lower-case names, 6 digit-led names, 15 hyphenated names
(2 with their domain). None is an earlier set's token, in spam_brands.txt or the held-out stems, or a word of tests/,
tools/, benchmarks/ or mtpipe/ (gzip tables included; the hyphen-less forms of the hyphenated names and, for the
names with digits, their letter parts of 3 letters or more too), none holds a brand stem of spam_brands.txt, a
held-out stem or an earlier token of 4 letters or more, and none is held by one (all checked before any run).
``deal`` orders each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh41"
SEED = 41
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
C1 = "https://menandlife.com.vn/hitech/xu-huong-thanh-toan-the-khong-tiep-xuc-len-ngoi-1144.html"
C2 = "https://www.visa.com.vn/vi_VN/pay-with-visa/featured-technologies/mobile-payments.html"
C3 = "https://vietnamfinance.vn/den-thoi-thanh-toan-mot-cham-the-phi-vat-ly-se-len-ngoi-d120569.html"
C4 = "https://blog.nextpay.vn/thanh-toan-khong-tiep-xuc-va-nhung-dieu-ban-can-biet/"
C5 = "http://thinhvuongvietnam.com/Content/the-khong-tiep-xuc---xu-huong-thanh-toan-hieu-qua-35387"
C6 = "https://www.vietnam.vn/doi-moi-thanh-toan-cham-de-cam-nhan/"
A1 = "https://thanhnien.vn/cong-nghe/apple-chinh-thuc-ra-mat-thiet-bi-theo-doi-airtag-1372029.html"
A2 = "https://us.24h.com.vn/thoi-trang-hi-tech/day-la-ly-do-apple-chua-voi-tung-ra-airtag-2-c407a1533960.html"
A3 = ("https://ttvn.toquoc.vn/dung-airtag-de-bat-tieu-tam-diet-tra-xanh-tuong-de-nhung-la-dieu-khong-the-"
      "2202123441155982.htm")
A4 = ("https://baotuyenquang.com.vn/apple-de-nghi-khach-hang-khong-su-dung-airtag-de-theo-doi-tre-em-hay-thu-nuoi-"
      "144214.html")
A5 = "https://vnexpress.net/airtag-bi-canh-bao-nguy-hiem-voi-tre-nho-4301370.html"
A6 = "https://vnexpress.net/airtag-ngan-nguoi-dung-iphone-chuyen-sang-android-4266490.html"
E1 = ("https://m.docnhanh.vn/cong-nghe/nen-dung-esim-hay-sim-thuong-mot-dien-thoai-dung-duoc-may-esim-"
      "tintuc608065")
E2 = "https://thanhnien.vn/nha-mang-viet-day-manh-pho-cap-esim-dan-thay-the-sim-vat-ly-185251202101037784.htm"
E3 = "https://vietnamnet.vn/dang-ky-esim-viettel-vinaphone-nhu-the-nao-phi-doi-esim-la-bao-nhieu-510994.html"
E4 = "https://thanhnien.vn/cong-nghe/nen-mua-iphone-11-dung-esim-hay-2-sim-vat-ly-1126794.html"
E5 = "https://thanhnien.vn/dung-esim-co-that-su-don-gian-hon-sim-truyen-thong-18526010706360529.htm"
E6 = "https://tuvantuyensinh.vn/cong-nghe/iphone-14-ban-my-dung-esim-nguoi-choi-he-xach-tay-viet-xon-xao-6934.html"
E7 = "https://vnexpress.net/iphone-air-thuc-day-xu-huong-esim-toan-cau-4938243.html"
E8 = "https://itamloan.vn/blogs/news/apple-co-kha-nang-tung-ra-iphone-14-bien-the-chi-co-esim"

CLEAN = [
    # contactless card and phone payment in Viet Nam
    (C1, "Với nhiều tiện ích và độ bảo mật cao, thẻ contactless (thẻ không tiếp xúc) được dự báo sẽ là xu hướng thanh toán trong thời gian tới, đặc biệt trước bối cảnh dịch Covid-19 đang diễn biến phức tạp và những lo ngại về lây lan dịch bệnh khi sử dụng tiền mặt."),
    (C1, "Theo xác nhận của Bộ Y tế, có 3 con đường cơ bản lây nhiễm Covid-19, trong đó có lây truyền qua bề mặt trung gian đã nhiễm bẩn."),
    (C1, "Tại Việt Nam, trên thực tế, thẻ contactless đã được chấp nhận rộng rãi tại nhiều đơn vị chấp nhận thẻ như cửa hàng tiện lợi, nhà hàng và các siêu thị/ trung tâm mua sắm…như KFC, CGV, Circle K, Coopmart."),
    (C2, "Tất cả các lợi ích của Visa đều có mặt trên thiết bị di động và cả điện thoại của bạn."),
    (C2, "Khi bạn sử dụng Visa trên hầu hết các thiết bị kỹ thuật số, dịch vụ Visa Token Service sẽ bảo vệ thông tin của bạn bằng một mã nhận dạng kỹ thuật số duy nhất – gọi là “token”."),
    (C2, "Tổ chức tài chính phát hành thẻ tín dụng hoặc thẻ ghi nợ Visa của bạn phải tham gia vào dịch vụ này thì mới có thể thêm thẻ đó vào điện thoại hoặc thiết bị có hỗ trợ thanh toán."),
    (C3, "Công ty Cổ phần Thanh toán Quốc gia Việt Nam (NAPAS) mới đây ra mắt dịch vụ thanh toán di động Tap & Pay, cho phép số hóa thẻ NAPAS trên ứng dụng ngân hàng (Mobile Banking App)."),
    (C3, "Theo đó, Tap & Pay có thể biến điện thoại thành một thiết bị thanh toán không tiếp xúc, giúp các doanh nghiệp chấp nhận thanh toán từ thẻ tín dụng, thẻ ghi nợ và các thiết bị có NFC mà không cần máy quẹt thẻ truyền thống."),
    (C3, "Nói cách khác, với dịch vụ Tap & Pay, khách hàng có thể sử dụng điện thoại thông minh thực hiện thanh toán hàng hóa, dịch vụ bằng cách chạm điện thoại vào máy chấp nhận thanh toán thẻ (POS hoặc soft POS) mà không cần dùng đến thẻ vật lý."),
    (C3, "Để tích hợp tính năng này trên Mobile Banking App, khách hàng cần đăng ký với ngân hàng phát hành thẻ NAPAS."),
    (C4, "Thẻ Visa thanh toán không tiếp xúc là một thẻ chip có ăng-ten giao tiếp tầm ngắn (near-field communication, NFC) cho phép thực hiện các thanh toán trong phạm vi gần."),
    (C5, "Khách hàng thậm chí có thể sử dụng điện thoại di động, nhập mã PIN, mật khẩu hoặc sinh trắc học để tăng cường bảo mật."),
    (C5, "Hình thức thanh toán này đã được triển khai tại nhiều đơn vị chấp nhận thẻ như cửa hàng tiện lợi, nhà hàng và các siêu thị, trung tâm mua sắm… như KFC, CGV, Circle K, Co.opmart."),
    (C5, "Để sử dụng thẻ, khách hàng chỉ cần chạm nhẹ thẻ lên biểu tượng thanh toán chạm và giữ thẻ ở khoảng cách gần (dưới 4cm)."),
    (C5, "Giao dịch thành công thì màn hình sẽ hiển thị \"Approved\" và thiết bị đọc thẻ có thể phát ra tiếng bíp/nháy đèn xanh."),
    (C5, "Hiện, Việt Nam có hơn 40 ngân hàng phát hành thẻ không tiếp xúc."),
    (C5, "Theo thống kê từ Công ty Thanh toán điện tử Visa, giao dịch không tiếp xúc trong những tháng đầu năm 2020 tại Việt Nam đã tăng kỷ lục, ở mức hơn 500% so với những tháng đầu năm 2019."),
    (C5, "Số liệu từ Khảo sát thái độ thanh toán người tiêu dùng Việt Nam gần đây do Visa thực hiện cho thấy hiện tại có 37% người tiêu dùng đang sử dụng thanh toán thẻ không tiếp xúc."),
    (C5, "Trong đó có 85% người cho rằng họ thường xuyên sử dụng phương thức thanh toán này ít nhất một lần/tuần."),
    (C6, "Thẻ chip contactless hay còn gọi là thẻ không tiếp xúc là một loại thẻ thông minh mà thân thẻ có chứa con chip và đường dây ăngten được giấu ngầm."),
    (C6, "Dữ liệu giao dịch sẽ được lưu tại con chip và cryptogram thay đổi theo mỗi giao dịch, đây là điểm khác biệt cơ bản giữa thẻ chip và thẻ băng từ, gia tăng an toàn bảo mật trong thanh toán thẻ."),
    (C6, "Vietcombank là một trong bảy ngân hàng tiên phong triển khai sử dụng thẻ chip, cho đến hiện tại, Vietcombank là một trong số các Ngân hàng dẫn đầu về số lượng thẻ chip đang được lưu hành trên thị trường."),
    (C6, "Hiện nay, Vietcombank áp dụng công nghệ chip contactless cho toàn bộ sản phẩm thẻ của Ngân hàng."),
    (C6, "Với công nghệ thanh toán không tiếp xúc, chủ thẻ thực hiện giao dịch bằng cách đặt gần/chạm/vẫy nhẹ thẻ trên thiết bị đọc thẻ (POS) có biểu tượng mà không cần phải ký hóa đơn thẻ với những giao dịch giá trị dưới 1 triệu đồng, không lo ngại việc tiết lộ thông tin thẻ cho nhân viên thu ngân."),
    # Apple's AirTag item tracker
    (A1, "Giống như Tile, AirTag sẽ hữu ích để theo dõi các mục như chìa khóa hoặc ví, và người dùng sẽ được cung cấp thông báo khi tách khỏi mục của mình."),
    (A1, "Thông tin chi tiết về AirTag lần đầu tiên xuất hiện trong các bản sao của iOS 13 beta gần hai năm trước và tên AirTag cũng được phát hiện trong iOS 13.2."),
    (A1, "Apple đã vô tình xác nhận tên AirTag trong một video hỗ trợ đã bị xóa vào năm ngoái."),
    (A1, "Dẫu vậy, Apple phải mất một khoảng thời gian khá dài trước khi biến AirTag thành hiện thực."),
    (A1, "AirTag sẽ được Apple định vị để cạnh tranh với Tile - một thiết bị theo dõi tương tự."),
    (A1, "Tile trước đây đã hợp tác với Qualcomm, Dialog Semiconductor, Silicon Labs và Toshiba để đưa tính năng tương thích của Tile vào các thiết bị."),
    (A1, "Tile cũng đã nhúng mạng theo dõi vị trí của mình vào các tiện ích từ Boosted và Bose."),
    (A1, "Apple chắc chắn sẽ phải đối mặt với một số sản phẩm cạnh tranh từ Tile nhưng việc AirTag được tích hợp sâu với iOS và iPhone giúp sản phẩm trở thành một thách thức đáng kể đối với Tile cũng như các đối thủ khác như Galaxy SmartTags giá 29,99 USD của Samsung."),
    (A1, "AirTag sẽ lên kệ vào ngày 30.4 với giá 29 USD cho một chiếc hoặc 99 USD cho gói 4 thiết bị."),
    (A2, "Thứ nhất, AirTag hiện tại vẫn hoạt động rất tốt, đáp ứng đầy đủ nhu cầu của người dùng cho việc theo dõi các vật dụng cá nhân."),
    (A2, "Thứ hai, mặc dù Apple cho phép sử dụng các thiết bị theo dõi của bên thứ ba với mạng Find My, thị trường này vẫn chưa có nhiều cạnh tranh với công ty, do đó họ chưa cảm thấy áp lực để phải tung ra phiên bản mới."),
    (A2, "Cuối cùng, một lý do quan trọng khác là Apple đang gặp vấn đề tồn kho AirTag."),
    (A2, "Gurman cho biết các cửa hàng Apple và kho hàng dự trữ thiết bị của công ty đang có lượng AirTag lớn chưa bán hết."),
    (A2, "Do đó, việc tung ra AirTag 2 mới vào thời điểm này là không hợp lý."),
    (A2, "Dự kiến, thiết bị sẽ được trang bị chip Ultra-Wideband thế hệ thứ hai giống như dòng iPhone 15, Apple Watch Series 9 và Apple Watch Ultra 2."),
    (A2, "So với chip U1 được sử dụng trong AirTag hiện tại, chip mới này cho phép thiết bị giao tiếp với iPhone và Apple Watch tương thích ở khoảng cách xa hơn, giúp việc tìm kiếm vật dụng thất lạc hiệu quả hơn."),
    (A3, "AirTag, bên cạnh bộ đôi iPad Pro 2021 là sản phẩm được nhiều người dùng quan tâm nhất trong loạt thiết bị được Apple ra mắt trong sự kiện Spring Loaded vừa qua."),
    (A3, "Cơ bản, AirTag là một thiết bị theo dõi chống thất lạc."),
    (A3, "Theo đó, AirTag sẽ hoạt động với 2 chế độ theo dõi khác nhau."),
    (A4, "Theo Phó Chủ tịch phụ trách tiếp thị iPhone toàn cầu Kaiann Drance và Giám đốc cấp cao về kết nối và cảm biến Ron Huang, Apple thiết kế AirTag chỉ nhằm giúp người dùng giám sát vị trí đồ vật, không phải con người hay động vật."),
    (A4, "AirTag cũng được trang bị loa siêu nhỏ, cho phép phát âm thanh trợ giúp người dùng dễ dàng định vị món đồ của mình."),
    (A4, "Tuy nhiên, việc người dùng có thể lạm dụng AirTag để theo dõi lẫn nhau vẫn gây nhiều lo ngại."),
    (A4, "Bên cạnh đó, AirTag với kết cấu pin tháo rời cũng sẽ dễ dàng bị kẻ xấu vô hiệu hóa."),
    (A5, "Ủy ban Cạnh tranh và Người tiêu dùng Australia (ACCC) đưa ra cảnh báo pin của AirTag có thể làm trẻ bị thương nặng nếu chúng vô tình bị rơi vào cổ họng, mũi hoặc tai trong quá trình chơi đùa."),
    (A5, "Tháng trước, nhà bán lẻ Officeworks tại Australia đã loại AirTag khỏi các kệ hàng do lo ngại về vấn đề an toàn."),
    (A5, "Apple sau đó phải thêm nhãn cảnh báo mới trên hộp đựng của AirTag."),
    (A5, "Apple không phải công ty duy nhất lọt vào tầm ngắm của ACCC."),
    (A5, "AirTag là thiết bị giúp người dùng định vị, theo dõi các sản phẩm cá nhân."),
    (A5, "Trước AirTags, một phụ kiện giúp tìm đồ đang phổ biến trên thị trường là Tile Pro, thiết bị được bán với giá 39,99 USD."),
    (A5, "Năm ngoái Samsung cũng ra mắt SmartTag với giá 29,9 USD."),
    (A6, "AirTag hoạt động thông qua phần mềm Find My của Apple."),
    (A6, "AirTag sẽ cạnh tranh với một số sản phẩm tương tự trên thị trường, gồm Tile hay Galaxy SmartTag của Samsung."),
    (A6, "Mạng lưới hàng tỷ thiết bị Apple sẽ là yếu tố giúp AirTag thành công."),
    (A6, "Phụ kiện của Apple được làm bằng thép không gỉ, dùng pin đồng xu CR2032, có Bluetooth LE, chip U1 và hỗ trợ NFC, không có định vị GPS - yếu tố có thể gây hao pin nhanh chóng và đặt người dùng vào nguy cơ về quyền riêng tư."),
    (A6, "Theo Apple, cách làm này hoàn toàn bảo mật và không lộ dữ liệu người dùng."),
    # eSIM in Viet Nam's mobile networks and in the iPhone
    (E1, "Trên thế giới, Apple và Google là 2 nhà sản xuất đầu tiên tích hợp eSIM vào thiết bị di động."),
    (E1, "Apple hiện đã tích hợp eSIM vào 5 dòng sản phẩm gồm iPhone Xs, iPhone Xs Max, iPhone Xr, Apple Watch Serries 3 và Apple Watch Serries 4."),
    (E1, "Với Google, đó là Google Pixel 2, Google Pixel 2 XL và Google Pixel 3."),
    (E1, "Tuy vậy, eSIM tại Việt Nam hiện chỉ có thể sử dụng với 3 dòng sản phẩm là iPhone Xr, iPhone Xs và iPhone Xs Max."),
    (E1, "VinaPhone cho biết sẽ hỗ trợ eSIM cho các thiết bị còn lại trong thời gian tới."),
    (E1, "Theo đại diện VinaPhone, người dùng có thể tích hợp tối đa 5 số thuê bao của mỗi nhà mạng lên eSIM của máy."),
    (E2, "Trước đây, mức phí cho dịch vụ này thường dao động từ 15.000 đến 35.000 đồng tùy theo từng đơn vị cung cấp như MobiFone, VinaPhone hay Viettel."),
    (E2, "Hồi tháng 10, VinaPhone cũng cập nhật ứng dụng để hỗ trợ chuyển đổi eSIM trực tuyến cho thuê bao hiện hữu thay vì chỉ áp dụng cho thuê bao mới."),
    (E2, "Nhiều nhà mạng khác như Wintel, iTel, FPT... cũng tích hợp quy trình mua và kích hoạt eSIM trực tuyến thông qua xác thực VNeID."),
    (E2, "Về mặt kỹ thuật, eSIM được đánh giá là bước tiến quan trọng so với SIM vật lý truyền thống."),
    (E2, "Ưu điểm lớn nhất của eSIM nằm ở khả năng quản lý linh hoạt."),
    (E3, "Theo thông tin mà VietNamNet có được, Viettel đã bắt đầu triển khai dịch vụ đổi từ SIM truyền thông sang eSIM cũng như cấp số điện thoại dưới dạng eSIM cho các thuê bao mới kể từ ngày 1/2/219."),
    (E3, "Trong khi đó với VinaPhone, kể từ 28/2, nhà mạng này sẽ tiến hành đổi SIM cho khoảng 5.000 thuê bao đăng ký dịch vụ eSIM từ tháng 1/2019."),
    (E3, "Theo dự kiến, VinaPhone sẽ chính thức triển khai đại trà dịch vụ eSIM cho người dùng di động kể từ ngày 11/3 năm nay."),
    (E3, "Người dùng có 2 cách để đổi từ SIM truyền thống sang eSIM hoặc cấp số điện thoại mới dưới dạng eSIM."),
    (E3, "Tuy nhiên, do đây là dịch vụ mới, người dùng nên tới các điểm giao dịch lớn của VinaPhone và Viettel để được hỗ trợ một cách tốt nhất."),
    (E3, "Mức phí của dịch vụ eSIM tại Viettel tương đương so với SIM vật lý truyền thống."),
    (E4, "Apple cũng nắm bắt xu thế này và hãng bắt đầu chuyển qua hỗ trợ 2 SIM từ thế hệ iPhone 2018 để cạnh tranh với các đối thủ lớn từ Trung Quốc, năm nay cũng không ngoại lệ."),
    (E4, "Bên cạnh đó, Apple cũng ra mắt phiên bản iPhone có 2 SIM vật lý dành cho các thị trường đặc biệt là Trung Quốc và hai vùng lãnh thổ của nước này là Hồng Kông và Macao."),
    (E5, "Trong hơn 15 năm, SIM đã thu nhỏ dần về kích thước, từ SIM chuẩn đến nano SIM."),
    (E5, "Người dùng kích hoạt bằng cách quét mã QR do nhà mạng cung cấp và làm theo hướng dẫn trên màn hình."),
    (E5, "Nhiều mẫu smartphone hiện nay hỗ trợ song song SIM vật lý và eSIM, thậm chí lưu trữ nhiều eSIM trên cùng một thiết bị."),
    (E5, "Về mức độ bảo mật, eSIM khó bị tháo ra khi điện thoại bị mất cắp."),
    (E6, "eSIM (thẻ SIM điện tử) gắn trên iPhone lần đầu tiên từ thế hệ XR, XS, XS Max năm 2018."),
    (E6, "Tại các thị trường khác vẫn phát hành máy có khay SIM bình thường."),
    (E6, "Đáng chú ý, Mỹ luôn là nguồn cung iPhone xách tay lớn tại Việt Nam khi đa phần thiết bị đang sử dụng ở mảng này mang mã LL/A (Mỹ)."),
    (E7, "Ngày 10/9, Apple ra mắt loạt sản phẩm mới gồm iPhone 17, 17 Pro, 17 Pro Max và đặc biệt là iPhone Air - điện thoại mỏng nhất hãng từng sản xuất với số đo 5,6 mm."),
    (E7, "Do đó, sản phẩm loại bỏ hoàn toàn khay sim, chuyển sang dùng eSim."),
    (E7, "Sim lần đầu xuất hiện năm 1991, sau đó thu nhỏ kích cỡ với các biến thể như miniSim, microSim, nanoSim."),
    (E7, "Một số điện thoại Android đã tiên phong sử dụng, nhưng khi Apple đưa vào iPhone năm 2018, eSim mới trở thành xu hướng trên smartphone."),
    (E8, "Theo nhà phân tích của GlobalData - Emma Mohr-McClune, năm nay Apple sẽ cung cấp iPhone 14 với hai biến thể SIM và eSIM."),
    (E8, "Apple đã bổ sung eSIM vào iPhone năm 2018, các sản phẩm đầu tiên có thể dùng tính năng này là iPhone XS, iPhone XS Max và iPhone XR."),
    (E8, "Dòng iPhone 13 mới ra mắt của Apple hiện nay cũng hỗ trợ nhiều cấu hình eSIM."),
    (E8, "Ở nhiều thị trường, điện thoại Android được ưa chuộng hơn vì nó có sẵn hai khe cắm sim vật lý cho người dùng."),
    (E2, "Trong động thái mới nhất vào đầu tháng 12, Viettel - một trong ba nhà mạng di động lớn nhất Việt Nam tuyên bố miễn mọi chi phí cho khách hàng chuyển đổi từ SIM vật lý sang eSIM khi thực hiện trên nền tảng số."),
    (E2, "Do được hàn trực tiếp vào bo mạch của thiết bị, eSIM loại bỏ hoàn toàn rủi ro vật lý như cong, gãy, trầy xước hay lỏng khe cắm... thường là nguyên nhân gây gián đoạn liên lạc trên thẻ SIM truyền thống."),
    (E4, "Theo đó, tất cả ba bản iPhone 11 đều hỗ trợ 2 SIM 2 sóng online, trong đó SIM thứ hai sẽ là eSIM - một dạng SIM điện tử mà hiện tại Việt Nam cả ba nhà mạng lớn gồm MobiFone, Viettel và VinaPhone đều đã hỗ trợ, còn Vietnamobile cũng đang lên kế hoạch cung cấp dịch vụ."),
    (E5, "Khác với SIM truyền thống, eSIM không cần tháo lắp."),
    (E5, "Người dùng không cần đến cửa hàng hay chờ giao SIM mới, việc thêm eSIM chỉ mất vài phút."),
    (E6, "Tại sự kiện ra mắt iPhone 14 mới đây, Apple đã có một quyết định táo bạo khi loại bỏ hoàn toàn khay SIM vật lý trên các model phát hành ở Mỹ, chỉ sử dụng eSIM."),
    (E7, "Apple cho biết cấu trúc bên trong iPhone Air được thiết kế để tối đa hóa không gian cho pin, mang lại thời lượng \"đủ dùng cả ngày\"."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
L1 = "https://vov.vn/xa-hoi/can-som-sua-chua-cau-long-bien-de-dam-bao-an-toan-cho-nguoi-luu-thong-qua-cau-847257.vov"
L2 = "https://baomoi.net.vn/cay-cau-thep-dau-tien-nao-o-viet-nam-gan-120-nam-tuoi-c37571244.epi"
L3 = "https://didauchoigi.com/cau-long-bien.html"
L4 = "https://phucthaitravel.com/?p=10044"
L5 = ("https://nguoiquansat.vn/cay-cau-thep-viet-nam-tung-dai-thu-2-the-gioi-lam-tu-30-000m3-da-va-5-300-tan-thep-duoc-"
      "vi-nhu-thap-eiffel-nam-ngang-91513.html")
P1 = "https://travelfun.vn/dich-vu/di-tich-nha-tu-hoa-lo"
P2 = "https://ancotnam.vn/hoa-lo-o-dau.html"
P3 = "https://nguoihanoi.vn/print/72058.html"
P4 = "https://topz.vn/di-tich-lich-su-nha-tu-hoa-lo-m8.html"
P5 = ("https://kinhnghiemditour.com/di-tich-nha-tu-hoa-lo-minh-chung-cho-tinh-than-bat-khuat-cua-dan-toc-viet-nam"
      ".html")
P6 = "http://kienthuc.net.vn/kho-tri-thuc/kham-pha-dia-nguc-tran-gian-giua-trung-tam-ha-noi-851834.html"
M1 = "https://kienthuc.net.vn/bi-mat-it-biet-ve-khu-cho-tram-tuoi-noi-tieng-nhat-sai-gon-post1590878.html"
M2 = "https://dinhvanphuongdoquyen.blogspot.com/2016/10/cho-ben-thanh-ai-cung-biet-cung-co.html"
M3 = "https://hoctop1.com/noi-dung/thuyet-minh-ve-cho-ben-thanh-3721"
M4 = "https://toplist.vn/top/stonewall-jackson-lake-84374.htm"
M5 = ("https://tracuuquyhoach.com/tin-tuc/cho-ben-thanh-duoc-cong-nhan-la-di-tich-kien-truc-nghe-thuat-cap-thanh-pho-"
      "50783381")
M6 = ("https://techz.vn/187-923-5-cong-trinh-la-bieu-tuong-bat-hu-cua-tphcm-ton-tai-hon-tram-nam-gan-nhu-nguoi-"
      "viet-nao-cung-biet-ylt602228.html")
D1 = "https://kientrucsuvietnam.vn/kham-pha-kien-truc-doc-dao-dinh-doc-lap-kien-truc-su-nao-thiet-ke/"
D2 = "https://blog.12bay.vn/?p=11897"
D3 = "https://c10mt.com/2016/11/dinh-doc-lap-thuoc-hang-top-30-diem-tham-quan-lich-su-o-tai-viet-nam.html"

SPAM = [  # (page, original sentence, replaced word, place)
    # start: the sentence's first syllable
    (L1, "Qua thời gian, cây cầu lịch sử này đã bị xuống cấp nghiêm trọng.", "Qua", "start"),
    (L2, "Đây chính là cây cầu sắt đầu tiên được xây dựng ở Việt Nam.", "Đây", "start"),
    (L3, "Giữa là đường xe lửa, hai bên là đường đi bộ.", "Giữa", "start"),
    (L5, "Nét độc đáo nhất của cây cầu là đường bộ hai bên, đường sắt ở giữa lối đi bên trái.", "Nét", "start"),
    (P1, "Chúng đã xây dựng lên Nhà tù Hỏa Lò – một trong những nhà tù lớn nhất của thực dân Pháp ở Đông Dương.", "Chúng", "start"),
    (P5, "Riêng hệ thống cửa sắt, khóa được mang từ Pháp sang.", "Riêng", "start"),
    (P6, "Tại đây, người tù bị giam biệt lập, bị cùm trong đêm, phải ăn, ngủ, vệ sinh tại chỗ.", "Tại", "start"),
    (M4, "Đến đây, bạn sẽ nghe được đủ mọi ngôn ngữ từ cả người mua lẫn người bán.", "Đến", "start"),
    (M6, "Trước đây mái chợ lợp ngói, giờ chuyển sang lợp tôn.", "Trước", "start"),
    (M5, "Người Việt Nam không xa lạ với những khu chợ đông đúc, nhộn nhịp.", "Người", "start"),
    (D2, "Bên trong, các đường nét thiết kế chủ yếu theo dạng thẳng, gãy gọn, thể hiện tinh thần kỷ luật và trang nghiêm.", "Bên", "start"),
    (D3, "Gần như mọi vật liệu xây dựng được chở từ Pháp sang.", "Gần", "start"),
    (M2, "Kế đến là chợ Bến Thành nằm trên vàm Bến Nghé - sông Sài Gòn, gần thành Gia Định.", "Kế", "start"),
    # end: the last syllable before the final punctuation
    (L2, "Cầu Long Biên được người Pháp xây dựng dưới thời vua Thành Thái.", "Thái", "end"),
    (L2, "Đây là cây cầu có giá trị lịch sử, văn hóa, một trong những biểu tượng của thủ đô Hà Nội.", "Nội", "end"),
    (L4, "Cầu Long Biên đã cùng dân tộc Việt trải qua hai cuộc kháng chiến chống Pháp và Mỹ với bao cột mốc hào hùng cùng những sự kiện đáng nhớ.", "nhớ", "end"),
    (L5, "Cầu Long Biên là cây cầu có kiến trúc hoành tráng nhất phương Đông.", "Đông", "end"),
    (P1, "Ngày nay, những câu chuyện về Hỏa Lò vẫn còn in đậm trong ký ức người dân Việt Nam và thu hút đông đảo du khách tìm hiểu về lịch sử hào hùng của dân tộc này.", "này", "end"),
    (P3, "Đây là một trong số những nhà tù lớn nhất của người Pháp ở Đông Dương.", "Dương", "end"),
    (P6, "Những tù nhân thông thường sẽ bị giam trong khu nhà giam tập thể, nơi họ bị cùm chân gần như cả ngày trong một không gian tù túng, ngột ngạt.", "ngạt", "end"),
    (M1, "Chợ được xây bằng vật liệu nhập từ Pháp.", "Pháp", "end"),
    (M1, "Ngày nay, vẫn có thể tìm thấy các mặt hàng đến từ nhiều nền văn hóa khác nhau ở chợ.", "chợ", "end"),
    (M4, "Đây là điểm tham quan và mua sắm của bất cứ ai một lần viếng thăm Sài Gòn.", "Gòn", "end"),
    (M3, "Và năm 1985, chợ Bến Thành được sửa chữa lớn toàn bộ nhưng vẫn giữ nguyên dáng vẻ bên ngoài cho đến ngày nay.", "nay", "end"),
    (D2, "Tổng thể dinh có hình chữ “Cát”, tượng trưng cho sự tốt lành, may mắn.", "mắn", "end"),
    (D1, "Hiện nay, dinh đã được Chính phủ Việt Nam xếp hạng là di tích quốc gia đặc biệt.", "biệt", "end"),
    # function: a function word
    (L2, "Cầu dành cho đường sắt đơn chạy ở giữa, hai bên là đường dành cho xe cơ giới và đường đi bộ.", "cho", "function"),
    (L5, "Đây là cây cầu được gọi với danh xưng “chứng nhân lịch sử” của nước ta.", "với", "function"),
    (L5, "Cây cầu được thiết kế với một đường sắt đơn chạy ở giữa còn hai bên là hai làn đường dành cho xe đạp và người đi bộ.", "còn", "function"),
    (P1, "Nhà tù Hỏa Lò mang trong mình một quá khứ đau thương và bi hùng, được xây dựng từ thời kỳ Pháp thuộc, nơi này đã trở thành biểu tượng của cuộc đấu tranh chống ngoại xâm và giành độc lập của người Việt Nam.", "và", "function"),
    (P1, "Thực dân Pháp đã lấy toàn bộ đất làng xây dựng nhà tù, Tòa án và Sở Mật thám, tạo thành một hệ thống chuyên chế liên hoàn phục vụ đắc lực cho việc cai trị và đàn áp các phong trào yêu nước của nhân dân Việt Nam.", "cho", "function"),
    (P3, "Bốn góc nhà tù là bốn chòi canh gác để lính gác có thể quan sát toàn bộ hoạt động cả phía trong và ngoài nhà tù.", "để", "function"),
    (P4, "Cùng với Nhà tù Côn Đảo, Nhà tù Phú Quốc, Nhà tù Hỏa Lò được ví như “địa ngục trần gian” trong giai đoạn đất nước còn chiến tranh gian khổ.", "trong", "function"),
    (M1, "Bến sông gần chợ xưa dùng để cho hành khách vãng lai và quân nhân vào thành Gia Định, vì vậy mới có tên gọi là Bến Thành, và khu chợ cũng có tên gọi là chợ Bến Thành.", "vì", "function"),
    (M1, "Khu ăn uống của chợ Bến Thành vốn nổi tiếng từ xưa với phở, bún, chè và hải sản, thu hút cả người địa phương lẫn khách du lịch.", "của", "function"),
    (M3, "Cũng chính vì thế, chợ Bến Thành không chỉ là nơi mua bán mà còn là một biểu trưng văn hóa gắn liền với lịch sử phát triển của thành phố Hồ Chí Minh và khu vực.", "mà", "function"),
    (M5, "Vì vậy, khách du lịch ngoại quốc rất thích đến chợ mua sắm những món quà lưu niệm, thử món ăn đặc sản Việt Nam.", "những", "function"),
    (D1, "Đây từng là nơi ở và làm việc của Tổng thống Việt Nam Cộng hòa.", "của", "function"),
    (D2, "Phòng kế bên có cách bài trí đơn giản hơn, điểm nhấn là hai tủ sơn mài họa tiết “mai, lan, cúc, trúc” đặt hai bên.", "có", "function"),
    # name: a syllable of a person or place name
    (L2, "Cầu Chương Dương được đưa vào sử dụng năm 1986, cầu Thăng Long khánh thành năm 1985, cầu Thanh Trì thông xe vào năm 2007.", "Chương", "name"),
    (L3, "Cầu có tên là Long Biên từ sau Cách mạng tháng Tám năm 1945.", "Biên", "name"),
    (L4, "Vào ngày 02/9/1945, chiếc cầu đã dẫn lối cho đồng bào đến Thủ đô chứng kiến thời khắc Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập tại Quảng trường Ba Đình.", "Minh", "name"),
    (P2, "Khu di tích vẫn còn trường tồn với thời gian cho đến tận ngày nay, là một minh chứng rõ nét cho cả một thời kì lịch sử khổ cực mà gian lao, biểu tượng cho tinh thần bất khuất, kiên cường của những người con Việt Nam yêu nước.", "Nam", "name"),
    (P3, "Các phòng giam tại Nhà tù Hỏa Lò được thiết kế cùng một kiểu: mái lợp ngói, tường gạch kiên cố, quét vôi xám và hắc ín; các xà lim chỉ có một vài ô cửa nhỏ được mở sát mái, làm cho các phòng giam trở nên càng tối tăm và ngột ngạt.", "Hỏa", "name"),
    (P6, "Trong suốt thời thuộc địa, nhà tù Hỏa Lò đã trở thành một \"địa ngục trần gian\", nơi giam cầm và đày ải về thể xác và tinh thần của hàng ngàn chiến sỹ yêu nước, cách mạng Việt Nam.", "Lò", "name"),
    (M1, "Chợ Bến Thành từng nằm sát bờ sông Sài Gòn.", "Sài", "name"),
    (M1, "Tháp chính của chợ do người Pháp xây dựng với phong cách Pháp cổ điển, trở thành một trong những hình ảnh nhận diện của Sài Gòn.", "Gòn", "name"),
    (M1, "Tên “Bến Thành” gắn với lịch sử quân sự và thương mại Sài Gòn.", "Thành", "name"),
    (M2, "Tên gọi chợ Bến Thành bắt nguồn từ vị trí này của chợ.", "Bến", "name"),
    (M2, "Năm 1913, chợ Bến Thành bị giải tỏa, nhà lồng chợ nhường lại cho Tổng nha Ngân khố, nay là Kho bạc Nhà nước nằm trên đường Nguyễn Huệ, quận 1.", "Huệ", "name"),
    (M6, "Mới đầu chợ nằm bên bờ sông Bến Nghé, cạnh bến sông gần thành Gia Định.", "Nghé", "name"),
    (D2, "Trong phòng đầu tiên, ghế của Tổng thống được đặt cao hơn các ghế còn lại, phía sau là tấm gỗ lớn tượng trưng cho quốc kỳ Việt Nam Cộng hòa.", "Việt", "name"),
    # inner: a syllable inside a compound
    (L1, "Cầu Long Biên là cây cầu đầu tiên bắc qua sông Hồng do thực dân Pháp xây dựng (1898).", "dân", "inner"),
    (P5, "Cổng chính được xây gắn liền với tòa nhà hai tầng, cấu trúc theo hình vòm cuốn.", "liền", "inner"),
    (M1, "Khu chợ đầu tiên được dựng gần bến sông vào đầu thế kỷ 19, trước khi được dời về vị trí hiện nay vào năm 1912.", "tiên", "inner"),
    (M4, "Đứng vững hơn trăm năm nay, nơi đây thành chứng nhân lịch sử cho những biến đổi của thành phố, trở thành điểm kết nối của quá khứ và hiện tại.", "vững", "inner"),
    (M5, "Chợ được khởi công xây dựng từ năm 1912.", "dựng", "inner"),
    (M5, "Trải qua thăng trầm của lịch sử, khu chợ này từ lâu đã trở thành biểu tượng cho văn hóa mua bán sôi động của Sài Gòn nói riêng và Việt Nam nói chung.", "trầm", "inner"),
    (M6, "Nó được khởi công xây từ năm 1912.", "công", "inner"),
    (M6, "Nơi đây chuyên để khách vãng lai, quân nhân vào thành nên mới gọi là Bến Thành.", "lai", "inner"),
    (M6, "Chợ Bến Thành được xây từ bê tông cốt thép cho hệ khung mái, có tường gạch bao quanh.", "tông", "inner"),
    (M6, "Đặc biệt, ở khu chợ này có những sạp hàng lâu đời, tuổi của nó ngang với tuổi của khu chợ.", "đời", "inner"),
    (D2, "Năm 1976, Dinh được xếp hạng Di tích quốc gia đặc biệt.", "hạng", "inner"),
    (D2, "Kiến trúc nổi bật với bức rèm hoa đá mô phỏng các đốt trúc thanh thoát bao quanh tầng hai.", "phỏng", "inner"),
    (D2, "Nằm ở tầng hai của Dinh, khu vực tiếp khách của tổng thống gồm hai phòng thông nhau.", "vực", "inner"),
    # number: the syllable right after a number
    (L2, "Trong kháng chiến chống Mỹ cứu nước (1954-1975), cầu Long Biên từng 10 lần bị máy bay của Mỹ ném bom phá hoại, làm hỏng nhiều nhịp lớn.", "lần", "number"),
    (L4, "Cầu Long Biên rộng 4,75 mét, chia thành 3 làn đường chính, ở giữa là đường sắt đơn, hai bên là làn đường dành cho xe ô tô, xe máy, xe đạp và luồng đi bộ ở phía ngoài cùng.", "mét", "number"),
    (P2, "Nhà tù Hỏa Lò nằm ở số 1 phố Hỏa Lò, Hoàn Kiếm, Hà Nội.", "phố", "number"),
    (P3, "Nhà tù Hỏa Lò từng được mệnh danh là một trong 10 nhà tù khét tiếng nhất thế giới nằm ở ngoại ô thành phố thời bấy giờ.", "nhà", "number"),
    (P4, "Nhà tù Hỏa Lò, cách đây hơn 120 năm, từng là nơi chứng kiến nhiều đau thương khốn cùng, cũng như tinh thần bất khuất, kiên cường khi phải đối mặt với nhục hình và cái chết của các người con Việt Nam yêu nước.", "năm", "number"),
    (P5, "Khu nhà giam có 2 lần cổng sắt.", "lần", "number"),
    (M1, "Nhiều kết cấu thép và vật liệu hoàn thiện được đưa từ Pháp sang, khiến chợ có độ bền ấn tượng suốt hơn 100 năm.", "năm", "number"),
    (M3, "Năm 1870, chợ Bến Thành lần nữa bị hỏa hoạn, sau đó được xây dựng lại mới với 5 gian hàng: gian thực phẩm, gian hàng cá, gian hàng thịt, gian hàng ăn uống và gian hàng tạp hóa.", "gian", "number"),
    (M3, "Chợ Bến Thành có 4 ô cửa nhìn ra 4 con đường chính của trung tâm quận 1.", "ô", "number"),
    (M2, "Đặc biệt khu chợ Lớn của người Hoa được hình thành trong khoảng năm 1679 đến năm 1731 là một khu vực buôn bán sầm uất thời bấy giờ.", "là", "number"),
    (D2, "Công trình được khởi công ngày 1/7/1962 theo thiết kế của kiến trúc sư Ngô Viết Thụ – người Việt Nam đầu tiên đoạt giải Khôi nguyên La Mã.", "theo", "number"),
    (D3, "6 tháng sau, người Pháp tái chiếm Nam Bộ.", "tháng", "number"),
    (D3, "Năm 1954 là cơ quan đầu não của Chính phủ Việt Nam Cộng Hòa với tên gọi Dinh Độc Lập là nơi ở và làm việc của Tổng Thống nên có người gọi là \"Dinh Tổng Thống\" cho đến 30.4.1975.", "là", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): HaGeZi's Fake DNS Blocklist
# (hagezi/dns-blocklists, domains/fake.txt), written as spam writes them.
TOKENS = {
    "domain": ["aktienpros.com", "autocryptooptions.online", "binfxoptions.online", "bitcoinfxminer.com",
               "bittpayoptions.org", "bitcointradepoint.com", "btctradingstrategies.com", "btcminer.website",
               "asicminerco.com", "bestdiscountsforyou.com", "buycheapstuff.site", "bikesbigbazar.com",
               "babycarriagemall.com", "bestgulfrentals.com", "allhealthmall.com", "cryptoprime.eu"],
    "letter-digit": ["Britzmedia24", "Brennholzshop24", "Befashion24", "Beautifulcity365", "Digitmarkt24",
                     "Elektrohaus24", "Elektrono24", "Electrodeal24", "Dohahotel24", "Dailywish43", "Dietnr1",
                     "Ccdc2012", "Cpgtstream4"],
    "CamelCase": ["AssetFxMarket", "BaseFxTraders", "BestFxPremiumTrade", "BullMarketFxOptions", "AllTopInvest",
                  "BlueCrate", "BestWoof", "BreadTaker", "BrickCreating", "BuyTheGood", "BeautyPassword",
                  "CurrencyTradeMaster", "DeltaCryptoTrade", "CloudCryptoExpert", "EagleLightFx"],
    "lower-case": ["aztradeoption", "areatrading", "altimatrade", "basefinex", "binovex", "bitfxnex", "acfundsfx",
                   "accpayz", "btklcoin", "arkcoin", "bidshoping", "cryptradeoptions", "darlehenexpert"],
    "digit-led": ["10xcryptotrade", "24bitcoinexchange", "24hschlossdienst", "24installateur", "30netzteil",
                  "11trikots"],
    "hyphenated": ["aircargo-logistics.com", "any-estates.com", "aufsperrhilfe-24", "akku-laden", "alles-einfacher",
                   "bestpreis-market", "buying-zones", "active-location", "blue-immo", "ab-group", "coin-masterpro",
                   "cargo-transportspedition", "elektro-wunderland", "discount-megastore", "der-reiseexperte"],
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

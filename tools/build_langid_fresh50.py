"""Build ``benchmarks/data/langfresh50/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata50.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh50.py``. Same format as langfresh14-49
(``benchmarks/langid.py --data benchmarks/data/langfresh50 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 50) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved.

As in langfresh22-49, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): real Vietnamese sentences of stored pages (the ``search`` tool's
  pages corpus, searched 2026-12-06) on electric generators (máy phát điện): home and industrial generators and how to
  size them (kW, kVA, kVAr, HP, Stand-by/Standby Power, Prime Power, 7kW, 2.3-2.5kVA, 300W - 1.000W), makers (Honda,
  Hyundai, Kama, Dianyo Powergen, HQC, Bình Minh Power), their parts and upkeep (Rotor/Stator, Roto/Stato, AVR,
  Automatic Voltage Regulator, ATS, Automatic Transfer Switch, diode PB1004, transistor H1061 and D718, F+ and F-,
  chế độ A/B/C/D) and their noise (dB(A), dBA) -- a topic no earlier control had (an NFC, case-blind search of every
  earlier langfresh .tsv finds none of "máy phát điện", "Stator").
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages on mother-of-pearl inlay (khảm trai,
  khảm / cẩn xà cừ): the inlay villages of Chuyên Mỹ (Chuôn Ngọ, Phú Xuyên, Hà Nội) and their founder Trương Công
  Thành, the altar-cabinet village of Gò Công (Tân Trung, ấp Ông Non) and inlayers of Nam Định and An Giang, one
  syllable replaced by one token (its first whole-word occurrence; columns: split, spam text, token, original word,
  original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and
  ``number`` (as langfresh22-49). Every row ``blind``. No earlier set has this topic (an NFC, case-blind search of
  every earlier langfresh .tsv finds none of "khảm", "xà cừ", "tủ thờ", "Gò Công"). The sentences hold no Latin
  letter outside Vietnamese spelling (f, j, w, z, Ð), no one-letter consonant word, no Roman numeral, no acronym and
  no unit glued to a number.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list with an open licence that no earlier set
read: ThioJoe/YT-Spam-Lists (MIT; the crowd-sourced lists of the YouTube comment-spam filter "YT Spammer Purge":
``SpamDomainsList.txt``, scam and spam domains of YouTube comments, and ``SpamAccountsList.txt``, the handles that
scam comments advertise: fake "hacker", "recovery", "funds" and crypto-investment services), written as spam writes
them: 18 full domains (two with digits in the name, one digit-led), 2 letter-digit names, 1 digit-led name,
6 hyphenated names, 30 CamelCase names and 21 bare lower-case names. None is an earlier set's token, in
spam_brands.txt or the held-out stems, or a string inside any file of tests/, tools/, benchmarks/ or mtpipe/ (gzip
tables included; the hyphen-less forms of the hyphenated names and, for the names with digits, their letter parts of
3 letters or more too), none holds a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters
or more, none is held by a brand stem or held-out stem, and no token's name is inside another's (all checked before
any run; ``check_new`` and ``main`` repeat the checks that need no search of the tree). ``deal`` orders each shape's
tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh50"
SEED = 50
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only (electric generators).
G1 = 'https://binhminhpower.com.vn/?p=1149'
G2 = 'https://tongkhomayxaydung.vn/may-phat-dien-gia-dinh/'
G3 = 'https://phonglien.vn/tin-tuc/may-phat-dien-dung-cho-gia-dinh-bao-nhieu-kw-la-hop-ly.html'
G4 = 'https://vtc.vn/bao-ve-nguoi-tieu-dung/co-nen-mua-may-phat-dien-de-phong-mat-dien-dot-ngot-ar553462.html'
G5 = 'https://gensetpower.vn/may-phat-dien-dung-cho-gia-dinh-bao-nhieu-kw/'
G6 = 'https://thcshoanghiep.edu.vn/tho-dien-lau-nam-tiet-lo-khi-mua-may-phat-dien-nho-chon-loai-nay-de-su-dung-vua-an-toan-vua-hieu-qua'
G7 = 'https://baothanhhoa.vn/nhung-hieu-lam-thuong-gap-khi-chon-may-phat-dien-7kw-277712.htm'
G8 = 'https://hqcpower.vn/kien-thuc-chuyen-nganh/kinh-nghiem-mua-may-phat-dien-cong-nghiep-chay-dau/'
G9 = 'https://dianyopowergen.com/kien-thuc-chuyen-nganh/may-phat-dien-to-hop'
G10 = 'https://123docz.com/document/10190553-khoa-luan-tot-nghiep-thiet-ke-va-lap-rap-tu-ats-dieu-khien-bang-plc.htm'
G11 = 'http://www.dianyopowergen.com/kien-thuc-chuyen-nganh/nen-mua-may-phat-dien-hay-may-kich-dien'
G12 = 'https://dichvumayphat.com/cach-thao-may-phat-dien/'
G14 = 'https://khoahoc.tv/amp/huong-dan-cach-tu-bao-tri-bao-duong-may-phat-dien-tai-nha-105866'
G15 = 'https://khodienmay.net.vn/khi-nao-can-thay-nhot-va-bao-tri-may-phat-dien'
G16 = 'https://dienluc247.com/cach-chon-may-phat-dien-co-cong-suat-phu-hop-34717.html'
G17 = 'https://maxsyssecurity.com/quy-doi-kva-sang-kw.html'
G18 = 'https://mayphatdienmpd.com/cong-suat-may-phat-dien-la-gi-don-vi-va-cach-tinh'
G19 = 'https://tiepthigiadinh.vn/dau-tu-may-phat-dien-bao-nhieu-la-du-de-song-mat-ca-he-d24399.html'
G20 = 'https://fen.vn/bao-duong-may-phat-dien-o-to/'
G21 = 'https://vinfastauto.com/vn_vi/bao-duong-may-phat-dien-o-to'
G22 = 'https://redriverco.com/cac-moc-thoi-gian-cac-bao-duong-may-phat-dien-o-to'
G25 = 'https://www.minhthanhpower.com/cach-am-may-phat-dien-va-cach-khac-phuc/'
G26 = 'https://vvc.vn/che-giam-thanh-cho-may-phat-dien-1680148277'
G28 = 'https://tongkhomayphatdien.com/may-phat-dien-khong-co-dien-ap-ra/'
G29 = 'https://dienmayphat.vn/avr-may-phat-dien-la-gi-vi-sao-no-lai-quan-trong-den-vay'
G30 = 'https://vvc.vn/may-phat-khong-phat-ra-dien-1680173022'
G31 = 'https://www.mayphatdiencongnghiep.info/phu-tung/bo-avr-may-phat-dien/'
G32 = 'https://meslab.org/threads/cach-danh-dau-avr-cho-may-phat-dien-chuan-2023.64165/post-255046'
G33 = 'https://tailieuebook.com/giao-trinh-noi-bo-mo-dun-may-phat-dien-xoay-chieu-dong-bo-mot-pha-9485'

CLEAN = [
    (G1, 'Ngay sau đây, Bình Minh Power sẽ cùng chuyên gia đưa ra những gợi ý chi tiết và dễ hiểu nhất để bạn dễ dàng chọn được sản phẩm ưng ý.'),
    (G1, 'Máy phát điện chạy xăng (Gasoline Generator)'),
    (G1, 'Thương hiệu phổ biến: Honda, Hyundai, Kama…'),
    (G1, 'Máy phát điện chạy dầu Diesel'),
    (G2, 'Nếu chỉ cần chiếu sáng, TV, quạt, sạc điện thoại và tủ lạnh, máy 2–3 kW là đủ.'),
    (G2, 'Nếu dùng thêm điều hòa 1 HP và máy bơm, nên chọn máy 4–5 kW.'),
    (G2, 'Với những gia đình có 2–3 phòng điều hòa chạy cùng lúc, mức 6–8 kW sẽ hợp lý hơn.'),
    (G2, 'Máy phát điện gia đình bao nhiêu kW là đủ?'),
    (G2, 'Câu hỏi “máy phát điện gia đình bao nhiêu kW là đủ” được đặt ra rất nhiều khi chọn mua.'),
    (G3, 'Máy phát điện dùng cho gia đình bao nhiêu kW là hợp lý?'),
    (G3, 'Bài viết dưới đây của phonglien.vn sẽ hướng dẫn bạn cách chọn máy phát điện sao cho phù hợp nhu cầu và tối ưu chi phí nhất!'),
    (G3, 'Ví dụ: Nhà sản xuất có thể ghi trên thông số máy phát điện là: Công suất máy phát điện 2.0kW, công suất tối đa 2.5kW.'),
    (G3, 'Máy phát điện Honda có công suất 2.3-2.5kVA'),
    (G4, 'Theo chủ một cửa hàng điện máy trên đường Nguyễn Trãi (quận Thanh Xuân, Hà Nội), những bộ sản phẩm phát điện mini dành cho gia đình có công suất từ 300W - 1.000W, đủ dùng cho các thiết bị đèn, quạt, tivi từ 4 - 6 tiếng với chủng loại rất đa dạng.'),
    (G5, 'Công suất dự phòng (Stand-by Power): đại diện cho công suất tối đa máy đạt được trong điều kiện hoạt động theo chu kỳ, cho phép vận hành đến 200 giờ mỗi năm.'),
    (G5, 'Công suất liên tục (Prime Power): chỉ mức điện năng máy tạo ra liên tục trong 24 giờ, không giới hạn số lần vận hành hàng năm, dưới điều kiện bảo dưỡng định kỳ theo khuyến cáo nhà sản xuất.'),
    (G5, 'Tại Việt Nam, kilowatt (kW) là đơn vị tiêu chuẩn đo công suất thực tế.'),
    (G6, 'Nếu chỉ sử dụng với mục đích thắp sáng như đèn điện, quạt hay tivi thì nên chọn máy có công suất vừa và nhỏ, từ 2-4 kW.'),
    (G6, 'Nếu sử dụng các thiết bị tiêu tốn nhiều điện năng hơn như điều hòa hay máy lạnh thì nên chọn máy có công suất lớn hơn, từ 4-6 kW.'),
    (G6, 'Có 2 loại máy phát điện phổ biến là máy phát điện chạy xăng và máy phát điện chạy dầu diesel.'),
    (G7, 'Trong số các mức công suất phổ biến, máy phát điện 7kW được nhiều người quan tâm.'),
    (G7, 'Tuy nhiên, trên thực tế, không ít người tiêu dùng vẫn lúng túng trong quá trình tìm hiểu và lựa chọn máy phát điện 7kW.'),
    (G7, 'Bài viết dưới đây sẽ làm rõ những hiểu lầm thường gặp khi chọn máy phát điện 7kW, từ đó giúp người tiêu dùng có góc nhìn đúng hơn trước khi đưa ra quyết định.'),
    (G7, 'Một trong những hiểu nhầm phổ biến nhất khi chọn máy phát điện 7kW là tâm lý “chọn dư công suất cho chắc”.'),
    (G7, 'Đối với nhu cầu sinh hoạt gia đình hoặc kinh doanh nhỏ, máy phát điện 7kW nếu được sử dụng đúng cách hoàn toàn có thể đáp ứng tốt mà không cần phải nâng lên các mức công suất cao hơn.'),
    (G8, 'Trong bài viết này, HQC sẽ chia sẻ với bạn kinh nghiệm lựa chọn và đánh giá máy phát điện công nghiệp chạy dầu một cách cụ thể.'),
    (G9, 'Cấu tạo cơ bản của máy phát điện bao gồm: Rotor (phần quay), Stator (phần tĩnh), hệ thống làm mát, bộ điều chỉnh điện áp AVR và các linh kiện hỗ trợ khác.'),
    (G9, 'Máy phát điện công nghiệp còn được gọi bằng nhiều tên khác như: đầu phát điện, củ phát điện hoặc đơn giản là generator.'),
    (G10, 'Trong ngành công nghiệp và sinh hoạt hiện nay, một số hộ tiêu thụ đặc biệt như bệnh viện, trung tâm điện toán, hệ thống SCADA, và các công trình quan trọng quốc gia như Hội trường quốc hội, Nhà khách chính phủ, Ngân hàng nhà nước, Đại sứ quán, khu quân sự, sân bay, hải cảng, và khách sạn cao cấp cần được cung cấp điện liên tục với độ tin cậy cao nhất'),
    (G10, 'Do đó, thiết bị tự động chuyển nguồn ATS (Automatic Transfer Switch) đóng vai trò quan trọng trong việc đảm bảo nguồn điện không bị gián đoạn cho các phụ tải đặc biệt này.'),
    (G10, 'ATS (Automatic Transfer Switch) là hệ thống chuyển đổi phụ tải từ lưới điện chính sang máy phát điện khi xảy ra sự cố như mất điện, mất pha, hoặc điện áp không ổn định'),
    (G11, 'Để giúp bạn hiểu rõ sự khác biệt giữa hai thiết bị này, cũng như lựa chọn giải pháp tối ưu nhất cho gia đình hoặc cơ sở sản xuất, Dianyo Powergen cùng bạn tìm hiểu ngay trong bài viết dưới đây.'),
    (G11, 'Dưới đây là những thông tin cụ thể Dianyo Powergen muốn đưa tới cho bạn.'),
    (G11, 'Khi động cơ quay, cuộn dây và nam châm trong máy phát tạo ra dòng điện xoay chiều (AC) có cơ chế tự sản sinh điện năng độc lập, không phụ thuộc vào điện lưới phù hợp trong các trường hợp mất điện lưới đột ngột hoặc khu vực hạ tầng điện yếu.'),
    (G12, 'Chế độ A: Thực hiện vệ sinh máy định kỳ từ 1- 3 tháng/ lần'),
    (G12, 'Chế độ B: Thực hiện vệ sinh máy định kỳ một năm một lần'),
    (G12, 'Chế độ C: Thực hiện vệ sinh máy định kỳ từ 4- 7 năm/ lần.'),
    (G12, 'Chế độ D: Thực hiện vệ sinh định kỳ từ 7 đến 10 năm (máy ở chế độ dự phòng)'),
    (G14, 'Chiếc máy phát điện đầu tiên trên thế giới được sáng chế vào năm 1831 bởi nhà khoa học người Anh Michael Faraday.'),
    (G15, 'Bài viết này, Kho Điện Máy ATL sẽ giúp bạn hiểu rõ về tầm quan trọng của việc thay nhớt và bảo trì máy phát điện, cũng như cung cấp thông tin chi tiết về thời gian thay nhớt, quy trình bảo trì và các yếu tố cần lưu ý.'),
    (G16, 'Trong thực tế, người dùng khá quen thuộc với đơn vị kW, thường được sử dụng để đo công suất tiêu thụ của các thiết bị điện gia dụng, hay thông báo chỉ số tiêu thụ điện hằng tháng của gia đình.'),
    (G16, 'Tuy nhiên, đối với máy phát điện, công suất của máy phát điện thường được ghi bằng kVA, còn kW dùng để chỉ công suất thực của máy.'),
    (G16, 'Do đó, khi tính công suất máy phát điện, người dùng cần quy đổi từ kVA sang kW để biết rõ thông số của máy phát điện.'),
    (G16, 'Ngoài ra, một đơn vị khác là HP (mã lực) cũng được sử dụng để tính công suất máy phát điện.'),
    (G17, 'Thay vào đó, chúng ta thường nghe đến ba loại chính: công suất thực (kW), công suất biểu kiến (kVA), và công suất phản kháng (kVAr).'),
    (G17, 'Chủ đề Quy đổi Kva Sang Kw là một trong những điều khiến không ít người trong ngành điện, kỹ thuật, hay thậm chí là các gia đình đang cân nhắc mua sắm thiết bị, phải “vò đầu bứt tai”.'),
    (G17, 'Chúng ta sẽ cùng nhau “giải mã” mối quan hệ giữa kVA và kW một cách thật gần gũi, dễ hiểu, như đang trò chuyện vậy đó!'),
    (G18, 'Công suất dự phòng (Standby Power): là công suất cực đại mà máy có thể đạt được trong điều kiện hoạt động định kỳ.'),
    (G18, 'Công suất liên tục (Prime Power): Là lượng điện mà máy có thể tạo ra liên tục trong 24/24 mà không giới hạn số lần chạy mỗi năm.'),
    (G18, 'kW (tương đương 1000W): đo lường công suất thực của thiết bị.'),
    (G18, 'kVA (tương đương 1000VA): đo công suất toàn phần ở điện xoay chiều.'),
    (G18, 'HP (mã lực): tính công suất thực của máy phát.'),
    (G19, 'Máy phát điện là thiết bị chuyển đổi năng lượng từ nhiên liệu như xăng, dầu diesel, propan hoặc khí tự nhiên thành điện năng, nhờ vào cơ chế quay tua-bin và tạo ra dòng điện.'),
    (G20, 'Chổi than: Là một chi tiết nhỏ bên trong máy phát điện, có nhiệm vụ truyền và kết nối điện với Stato và Roto.'),
    (G20, 'Cuộn Roto: Là nam châm nằm bên trong cuộn Stator, giúp tạo ra từ trường biến thiên, tương tác lên dây quấn và xuất hiện dòng điện.'),
    (G20, 'Khi cuộn Roto hỏng thì từ trường không được tạo ra và cũng sẽ không xuất hiện dòng điện.'),
    (G20, 'Cuộn Stator: Bao gồm lõi và cuộn dây đặt ở khung trước, giúp tạo ra dòng điện xoay chiều 3 pha.'),
    (G20, 'Khi cuộn Stator bị chạm mạch hoặc đứt, dòng điện xoay chiều sẽ không được tạo ra và không thể cung cấp năng lượng cho hệ thống của xe.'),
    (G21, 'Tất cả các thiết bị điện tử của ô tô như cửa sổ chỉnh điện, ghế chỉnh điện, hệ thống âm thanh nổi, loa, thiết bị thông tin giải trí, màn hình cảm ứng, hệ thống định vị GPS trên ô tô, ghế sưởi,... đều hoạt động dựa vào nguồn điện do máy phát điện cung cấp.'),
    (G21, 'Các nhà sản xuất khuyến cáo nên thay thế máy phát điện khi đã đạt 4 - 8 năm hoạt động hoặc di chuyển quá 150.000 km hoặc 60.000 km trong một số trường hợp đặc biệt.'),
    (G22, 'Bảo trì chế độ A – Định kỳ 6 tháng/ 1 lần (bảo trì)'),
    (G25, 'Chủ yếu là do các lực cơ và cháy, điển hình trong dải từ 100 dB(A) đến 121 dB(A), đo ở cách 1 m, tuỳ thuộc kích cỡ động cơ.'),
    (G26, 'Độ ồn của một tổ máy phát điện diesel được biểu lộ bằng decibel ( dBA ).'),
    (G26, 'Một máy phát điện khá có hiệu suất dưới 50 kW hoàn toàn có thể tạo ra tiếng ồn khoảng chừng 85 dBA, tiếng ồn của giao thông vận tải thành phố .'),
    (G26, 'Một máy phát điện 1500 kW hoàn toàn có thể phát ra khoảng chừng 105 dBA tương ứng với âm thanh của chiếc máy bay phản lực bay ở khoảng chừng 1000 feet .'),
    (G28, 'Nguyên nhân chính thường liên quan đến mất từ tính dư, lỗi bộ điều chỉnh điện áp tự động (AVR), hỏng diode chỉnh lưu, hoặc đứt/chạm chập cuộn dây kích từ.'),
    (G28, 'Máy phát điện hoạt động dựa trên nguyên lý cảm ứng điện từ: động cơ làm quay rotor, tạo từ trường cắt qua cuộn dây stator, sinh ra dòng điện.'),
    (G28, 'Trong máy phát điện, động cơ (thường là động cơ diesel hoặc xăng) làm quay rotor (phần quay), tạo ra từ trường quay cắt qua các cuộn dây stator (phần tĩnh), từ đó sinh ra dòng điện.'),
    (G29, 'Đó chính là AVR – viết tắt của Automatic Voltage Regulator, hay còn gọi là bộ điều chỉnh điện áp tự động.'),
    (G29, 'Hiểu một cách đơn giản, AVR giống như "bộ não" của hệ thống điện – nó đảm nhiệm việc kiểm soát và giữ cho điện áp đầu ra luôn ổn định, không quá cao cũng không quá thấp, dù máy phát đang hoạt động ở mức tải nhẹ hay nặng.'),
    (G29, 'Nếu không có AVR, điện áp có thể bị dao động thất thường.'),
    (G29, 'Chính vì thế, AVR là bộ phận không thể thiếu, giúp đảm bảo an toàn, ổn định và kéo dài tuổi thọ cho cả máy phát điện lẫn các thiết bị đang sử dụng điện.'),
    (G29, 'Mỗi khi máy phát hoạt động, AVR sẽ liên tục kiểm tra mức điện áp đầu ra.'),
    (G29, 'Nếu phát hiện điện áp tăng cao hoặc giảm thấp so với mức tiêu chuẩn, AVR sẽ điều chỉnh dòng kích thích (tức là điều khiển từ trường tạo ra điện) để đưa điện áp trở lại trạng thái ổn định.'),
    (G30, 'Đo cuộn dây đầu ra chính và điện áp giữa những pha là “ 0 ” hoặc thấp hơn “ 5 vac ” .'),
    (G31, 'Như nhiều người đã biết, máy phát điện gồm có 2 thành phần chính là rotor và stator.'),
    (G31, 'Bên cạnh đó thì AVR máy phát điện cũng đóng góp một phần khá quan trọng.'),
    (G31, 'Vậy bộ AVR máy phát điện là gì?'),
    (G31, 'AVR hay còn gọi với cái tên đầy đủ hơn là Automatic Voltage Regulator.'),
    (G31, 'Ngoài ra, AVR còn có nhiệm vụ kích từ vào các chổi than để đảm bảo điện áp tại đầu cực máy phát trong giới hạn cho phép.'),
    (G32, 'Bài viết sẽ đưa ra đáp án cho câu hỏi AVR là gì và cách đấu AVR cho máy phát điện sao cho chuẩn nhất.'),
    (G32, 'AVR (Automatic Voltage Regulator) được biết đến là hệ thống thực hiện nhiệm vụ điều khiển điện áp đầu cực trong máy phát điện.'),
    (G32, 'Cuộn dây số 1 và cuộn dây số 2 là cuộn dây cấp nguồn điện xoay chiều AC cho mạch kích từ.'),
    (G32, 'F+ và F- là cuộn dây kích từ nằm trong cuộn cảm roto.'),
    (G32, 'Thời điểm nguồn kích chỉnh lưu đi qua diode PB1004 sẽ chuyển đổi sang nguồn một chiều.'),
    (G32, 'Sau đó dựa vào quá trình điều chỉnh giữa hai transistor H1061 và D718 thì điện áp một chiều được cấp đến phần dây kích từ.'),
    (G32, 'Cặp H1061 và D718 bị phân cực bởi điện trở 27Kohm và dòng điện 5w (mắc song song).'),
    (G32, 'Vì vậy nếu không có sự thay đổi hoặc sự điều chỉnh nào thì transistor D718 sẽ bước sang giai đoạn bão hòa.'),
    (G33, 'Lắp đặt được các loại máy phát điện xoay chiều đồng bộ một pha và đường dây dự phòng có công suất S < 5 kVA đúng quy trình kỹ thuật.'),
    (G33, 'Trình bày được qui trình vận hành máy phát điện xoay chiều đồng bộ một pha có công suất S < 5 kVA.'),
    (G31, 'Với chức năng này bộ AVR nó có thể tiến hành theo dõi điện áp đầu ra của máy phát điện công nghiệp, đồng thời so sánh với một điện áp tham chiếu.'),
    (G9, 'Máy phát điện là thiết bị cơ điện có chức năng chuyển đổi năng lượng cơ học (thường được tạo ra từ động cơ diesel, xăng, tua-bin gió hoặc động cơ khí gas) thành điện năng thông qua nguyên lý cảm ứng điện từ.'),
    (G14, 'Các dòng máy phổ biến trên thị trường hiện nay chủ yếu sử dụng nguồn cơ năng phát sinh từ động cơ đốt trong chạy dầu diesel, xăng hoặc khí đốt.'),
    (G6, 'Trong khi đó, máy phát điện chạy dầu diesel có độ bền cao, ít tiêu hao nhiên liệu, giá dầu lại rẻ hơn giá xăng.'),
    (G26, 'Máy phát điện diesel là thiết bị thông dụng so với nguồn điện chính và nguồn điện dự trữ.'),
    (G31, 'AVR máy phát điện là gì?'),
    (G31, 'Công dụng, vai trò của AVR như thế nào, tại sao máy phát nào cũng cần đến?'),
    (G31, 'Bộ AVR máy phát điện hay còn gọi là bộ tự điều chỉnh điện áp, bộ phận này cùng lúc thực hiện 4 chức năng cơ bản:'),
    (G32, 'Cách đánh dấu AVR cho máy phát điện chuẩn 2023'),
    (G29, '4 Chức Năng Chính Của AVR Trong Máy Phát Điện'),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam sentences: other pages, running Vietnamese text on mother-of-pearl inlay (khảm trai, khảm / cẩn xà cừ).
K1 = 'https://vietnam-destinations.com/destination/lang-nghe-kham-trai-chuon-ngo-ha-noi/'
K2 = 'http://ubdkcgvn.org.vn/vi/van-hoa-nghe-thuat/ngan-nam-van-con-hung-thinh-o81E013FA.html'
K3 = 'https://kinhtedothi.vn/kham-trai-gian-nan-xay-dung-thuong-hieu.html'
K4 = 'http://javi-invest.com.vn/vi/lang-nghe-kham-trai-chuyen-my'
K5 = 'https://thuonghieungaynay.vn/lang-nghe-kham-trai-chuyen-my-nghin-nam-van-hung-thinh.html'
K6 = 'https://www.24h.com.vn/thi-truong-tieu-dung/bat-ngo-tu-nhung-thu-nhieu-nguoi-vut-bo-co-the-lam-ra-nhung-san-pham-len-den-ca-ty-dong-c52a1723526.html'
K7 = 'https://baodanang.vn/channel/5414/200905/nghe-kham-xa-cu-1987999'
K8 = 'https://nhandan.vn/kham-xa-cu-tu-tho-go-cong-post835165.html'
K9 = 'https://sggp.org.vn/ve-go-cong-xem-kham-xa-cu-post647186.html'
K10 = 'https://phunuonline.com.vn/tan-mat-xem-kham-xa-cu-len-go-tai-lang-nghe-tram-tuoi-o-tien-giang-a1524282.html'
K11 = 'https://baonamdinh.vn/kinh-te/202312/gin-giu-nghe-kham-trai-oc-o-la-xuyen-8e511d3'
K12 = 'https://www.phunuvathoidaivn.com/print-135966.html'
K13 = 'https://phuongnam.vanhoavaphattrien.vn/nghe-nhan-can-xa-cu-a2436.html'
K14 = 'https://vi.m.wikipedia.org/wiki/Chu%C3%B4n_Ng%E1%BB%8D'
K15 = 'https://tranhkhamaulac.com.vn/?p=44'
K16 = 'https://khamtrai.com/?p=721'
K18 = 'http://www.4vn.eu/forum/showthread.php?goto=nextoldest&t=63604'
K19 = 'https://toidatviet.blogspot.com/2013/10/lang-nghe-ong-tu-tho-tien-giang.html'
K20 = 'https://cuulong.org/lang-nghe-dong-tu-tho-tan-trung/'
K22 = 'https://nienlich.vn/tin-tuc/anh-va-video-thanh-tuu-su-kien/wowtimes-de-cu-top-100-lang-nghe-tram-tuoi-viet-nam-2023-p-99-lang-nghe-dong-tu-tho-go-cong-tien-giang'
K23 = 'https://tuthogocongnamlap.com/tu-tho-go-cong-net-van-hoa-cua-vung-tay-nam-bo'
K24 = 'https://baoapbac.vn/kinh-te/202501/tu-tho-go-cong-tram-nam-danh-bat-hu-truyen-1031057/index.htm'
K25 = 'https://nguoihanoi.vn/lang-nghe-kham-trai-ptag.html'

SPAM = [
    # start
    (K1, 'Nghề khảm trai là một nghề cần nhiều công sức, lắm công phu.', 'Nghề', 'start'),
    (K3, 'Đến Chuyên Mỹ bây giờ, du khách sẽ phải thán phục những đôi bàn tay khéo léo, tỉ mỉ, óc sáng tạo của những nghệ nhân làng nghề.', 'Đến', 'start'),
    (K3, 'Nhìn vào mỗi sản phẩm người xem sẽ cảm nhận được vẻ óng ánh, rực rỡ của những vỏ ốc, vỏ trai được chọn lựa kỹ lưỡng.', 'Nhìn', 'start'),
    (K4, 'Từ những vỏ trai, vỏ ốc tưởng như vô dụng, những người thợ khảm Chuyên Mỹ có thể tạo ra bất kỳ họa tiết nào dù tinh vi, phức tạp đến đâu.', 'Từ', 'start'),
    (K4, 'Trai cánh mảnh, nhỏ có màu sẫm trong khi trai thịt trắng có vỏ dày, nhiều vân.', 'Trai', 'start'),
    (K5, 'Ban đầu, những sản phẩm khảm trai, ốc chỉ được dùng ở cung đình hay những nhà giàu có, quyền quý.', 'Ban', 'start'),
    (K7, 'Trước đây, hầu hết các sản phẩm khảm trai được sử dụng trong cung đình và ở các nhà giàu có.', 'Trước', 'start'),
    (K8, 'Nói đơn giản là vậy, nhưng thực tế, khi thực hiện thì vô cùng phức tạp.', 'Nói', 'start'),
    (K10, 'Do đó giá trị loại xà cừ này càng cao.', 'Do', 'start'),
    (K15, 'Trong một lần ngao du sơn thủy, ông nhặt được những mảnh vỏ trai, vỏ ốc mang nhiều màu sắc óng ánh rất đẹp.', 'Trong', 'start'),
    (K19, 'Sau đó, nghề đóng tủ thờ ở đây ngày càng phát triển, tạo thành một làng nghề nổi tiếng.', 'Sau', 'start'),
    (K22, 'Đây là một trong những công đoạn được cho là khó nhất.', 'Đây', 'start'),
    (K18, 'Khi tỉnh dậy và đem chuyện kể với chồng, hai ông bà mừng rỡ coi đó là điềm lành.', 'Khi', 'start'),
    # end
    (K2, 'Nghề khảm chữ, khảm tranh trên mặt gỗ ra đời từ đó.', 'đó', 'end'),
    (K3, 'Sản phẩm khảm trai được ra đời sau hàng loạt công đoạn, mà công đoạn nào cũng đòi hỏi sự tỉ mỉ, công phu.', 'phu', 'end'),
    (K4, 'Trai ngọc bên trong có lớp xà cừ dày óng ánh tựa sắc cầu vồng.', 'vồng', 'end'),
    (K6, 'Sản phẩm truyền thống đa dạng từ hoành phi, câu đối, tranh tường đến bàn ghế, tủ tráp, lục bình.', 'bình', 'end'),
    (K6, 'Gia đình ông Tuệ nhiều đời làm nghề.', 'nghề', 'end'),
    (K7, 'Nghề khảm xà cừ luôn đòi hỏi sự tỉ mỉ và phải luôn có sự sáng tạo.', 'tạo', 'end'),
    (K7, 'Khảm xà cừ thường được kết hợp với đồ gỗ đánh bóng sơn mài mỹ nghệ.', 'nghệ', 'end'),
    (K8, 'Lớp xà cừ càng dày, càng phản chiếu mầu sắc thì giá trị càng cao.', 'cao', 'end'),
    (K9, 'Vợ và anh chị em của ông cũng theo nghề, con trai ông tuy đang đi học nhưng cũng biết nghề này vì ngoài giờ học thường phụ giúp cha mẹ.', 'mẹ', 'end'),
    (K15, 'Người dân Chuôn Ngọ thì chuyên làm nghề khảm.', 'khảm', 'end'),
    (K19, 'Công nghệ đóng tủ thờ ngày càng tiến bộ.', 'bộ', 'end'),
    (K22, 'Nghe đơn giản nhưng chắc chắn công việc này đòi hỏi sự tỉ mỉ rất cao.', 'cao', 'end'),
    (K20, 'Những chiếc tủ đầu tiên có kiểu dáng đơn giản và không có các hoa văn nổi bật.', 'bật', 'end'),
    # function
    (K1, 'Việc lựa chọn vỏ trai, vỏ ốc, hay vỏ hến cho phù hợp với sản phẩm sắp làm ra cũng là một khâu rất quan trọng.', 'hay', 'function'),
    (K2, 'Những năm gần đây nghề tranh khảm trai Chuôn Ngọ đã phát triển đến đỉnh cao với việc xuất hiện một lớp nghệ nhân khảm vẽ truyền thần chân dung.', 'với', 'function'),
    (K5, 'Nghề khảm trai Chuyên Mỹ đã và đang mang lại thu nhập ổn định cho nhiều hộ gia đình trong xã.', 'và', 'function'),
    (K5, 'Theo thời gian, các sản phẩm này đã có mặt ở nhiều gia đình Việt và xuất khẩu đi nhiều nước trên thế giới.', 'ở', 'function'),
    (K6, 'Mỗi một tác phẩm hoàn thiện thì cần rất nhiều công đoạn và thường mỗi thợ chỉ làm tốt được một công đoạn.', 'thì', 'function'),
    (K7, 'Vỏ trai được ưa chuộng là loại vỏ của trai ngọc môi vàng, có kích thước lớn, mặt trong có lớp xà cừ dày, màu óng ánh.', 'của', 'function'),
    (K7, 'Mảnh vỏ ốc cắt xong thì đem ngâm nước rồi hơ đèn nóng để uốn phẳng vì vỏ ốc vốn cong.', 'rồi', 'function'),
    (K8, 'Nguyên liệu để khảm được lấy từ vỏ ốc xà cừ, một loại ốc biển có mầu sắc lóng lánh.', 'để', 'function'),
    (K10, 'Theo kinh nghiệm của những người làm nghề, lớp xà cừ càng dày, càng tạo hiệu ứng phản chiếu màu sắc tốt hơn.', 'của', 'function'),
    (K12, 'Nghề này vừa mang lại thu nhập ổn định cho người dân, vừa giúp họ gìn giữ và phát huy giá trị văn hóa truyền thống của quê hương.', 'cho', 'function'),
    (K13, 'Cha ông Hải trước đây nổi tiếng là thợ lành nghề, được khách hàng khắp nơi đến đặt làm sản phẩm.', 'là', 'function'),
    (K23, 'Thay vì dùng đinh hay ốc vít, các chi tiết được kết nối bằng mộng, ngàm và chốt gỗ.', 'bằng', 'function'),
    (K16, 'Sự phát triển của làng nghề còn tạo công ăn việc làm cho hàng nghìn lao động tại các xã lân cận.', 'tại', 'function'),
    # name
    (K1, 'Ốc biển phải là ốc xà cừ, có nhiều ở vùng biển Quy Nhơn, Quảng Nam Đà Nẵng, Nha Trang, Phan Thiết…', 'Nhơn', 'name'),
    (K2, 'Sản phẩm của làng nghề khảm trai Chuôn Ngọ (xã Chuyên Mỹ, huyện Phú Xuyên, Hà Nội) nghìn năm tuổi không chỉ khẳng định vị thế ở thị trường trong nước mà còn có mặt tại nhiều quốc gia, vùng lãnh thổ.', 'Xuyên', 'name'),
    (K3, 'Ông tổ nghề là Trương Công Thành - một tướng tài đời Lý gây dựng nên.', 'Trương', 'name'),
    (K5, 'Tương truyền, sau khi giúp Lý Thường Kiệt dẹp giặc xong, ông từ quan đi ngao du sơn thuỷ.', 'Kiệt', 'name'),
    (K6, 'Nghệ nhân Nguyễn Bá Tuệ cho hay, nguyên liệu chính của nghề là gỗ, vỏ ốc, vỏ trai kết hợp với sơn.', 'Tuệ', 'name'),
    (K8, 'Theo chân bà Mỹ Chi, chúng tôi có dịp tham quan từng công đoạn khảm xà cừ tại cơ sở của bà.', 'Chi', 'name'),
    (K13, 'Từ Quảng Ngãi vào An Giang lập nghiệp, ông Lê Thanh Hải đem theo nghề cẩn xà cừ của ông cha truyền lại làm kế mưu sinh.', 'Ngãi', 'name'),
    (K15, 'Người dân Chuôn Thượng và Chuôn Trung gần đó thì thường thu gom, mua bán vỏ trai, ốc.', 'Thượng', 'name'),
    (K18, 'Quả nhiên, ít lâu sau bà mang thai và sinh hạ được một cậu con trai đặt tên là Thành.', 'Thành', 'name'),
    (K19, 'Trên những chiếc ghe chài, tủ thờ của xóm Ông Non được chở đi bán ở khắp nơi; và được khách hàng rất ưa chuộng.', 'Non', 'name'),
    (K24, 'Cơ sở đóng tủ thờ của ông Tám Nhựt, người con thứ tám của ông Ba Đức.', 'Nhựt', 'name'),
    (K5, 'Nằm bên sông Nhuệ, xã Chuyên Mỹ nổi tiếng với nghề khảm trai truyền thống.', 'Nhuệ', 'name'),
    (K14, 'Làng Chuôn Ngọ thuộc xã Chuyên Mỹ, huyện Phú Xuyên, thành phố Hà Nội là một trong những làng nghề nổi tiếng về nghề khảm xà cừ.', 'Chuyên', 'name'),
    # inner
    (K1, 'Cuối cùng toàn bộ sản phẩm sẽ được đánh vécni cho bóng lên để các họa tiết nổi lên sống động như một bức tranh.', 'phẩm', 'inner'),
    (K1, 'Nét nổi bật của sản phẩm khảm trai Chuôn Ngọ là những mảnh trai không vỡ, luôn phẳng, đục gắn xuống gỗ rất khít.', 'bật', 'inner'),
    (K2, 'Theo thần phả đình làng Chuôn Ngọ thì nghề khảm trai có từ thời nhà Lý (1010 - 1225) và tổ nghề là Trương Công Thành, ông đã đã tạo nên những tác phẩm chạm khảm trai đầu tiên ở làng Chuôn Ngọ, rồi truyền lại cho dân làng.', 'phả', 'inner'),
    (K6, 'Sau gần nghìn năm phát triển, những tác phẩm khảm trai xã Chuyên Mỹ không chỉ là niềm tự hào trong nước mà còn được thị trường châu Âu đánh giá cao.', 'triển', 'inner'),
    (K6, 'Làng Chuôn Ngọ từ bao đời nay nổi tiếng với các sản phẩm hoành phi, câu đối mang đậm giá trị truyền thống.', 'tiếng', 'inner'),
    (K7, 'Khảm xà cừ hay cẩn xà cừ là một nghề thủ công lâu đời của người Việt.', 'công', 'inner'),
    (K7, 'Bản thân chất liệu xà cừ tạo nên nhiều màu sắc óng ánh cho chi tiết trang trí.', 'liệu', 'inner'),
    (K8, 'Công đoạn đầu là vẽ tạo hình trên xà cừ và cưa xà cừ theo hình vẽ.', 'đoạn', 'inner'),
    (K10, 'Khảm xà cừ (cẩn xà cừ) là nghề thủ công lâu đời ở Tiền Giang.', 'thủ', 'inner'),
    (K10, 'Nghề đòi hỏi sự tỉ mỉ, dụng công rất lớn của những người thợ.', 'hỏi', 'inner'),
    (K12, 'Quá trình khảm xà cừ bắt đầu từ việc thu thập vỏ ốc biển, sau đó người thợ sẽ cắt, mài và phân loại chúng theo màu sắc.', 'thập', 'inner'),
    (K12, 'Nghề khảm xà cừ đã trở thành một phần không thể thiếu trong đời sống văn hóa và kinh tế của người dân nơi đây.', 'hóa', 'inner'),
    (K15, 'Ông bèn đem về nhà nghiên cứu, thử lắp ghép những vật liệu đó và tạo ra các họa tiết hoa văn rất sinh động.', 'cứu', 'inner'),
    # number
    (K9, 'Tại làng nghề truyền thống tủ thờ Gò Công, gia đình ông là đời thứ 4 làm nghề này.', 'làm', 'number'),
    (K11, 'Năm 2009, khi vừa tròn 20 tuổi, anh Nguyên quyết định “khăn gói” lên xã Chuyên Mỹ, huyện Phú Xuyên (Hà Tây cũ) học thêm nghề khảm trai.', 'tuổi', 'number'),
    (K11, 'Trong 6 tháng miệt mài học khảm trai, ốc ở Phú Xuyên, Nguyên đã nắm được các kỹ thuật của nghề.', 'tháng', 'number'),
    (K13, 'Âm thầm theo nghề hơn 30 năm, ông được khách hàng và dân trong nghề tặng cho danh hiệu “nghệ nhân”.', 'năm', 'number'),
    (K13, 'Ngoài ra, cô con dâu tương lai cũng được ông hướng dẫn 2 năm nay để có thể giúp gia đình ông nối nghiệp về sau.', 'năm', 'number'),
    (K18, 'Lúc còn nhỏ, Trương Công Thành rất chăm chỉ học và nổi tiếng thông minh, năm 17 tuổi thi đỗ Thái học sinh sau đỗ Hoàng Tử và làm đến chức Tướng công Phù Quảng Bá được Lý Đạo Thành gả con gái là Lý Tố Hương cho.', 'tuổi', 'number'),
    (K22, 'Gỗ được phơi trong khoảng 1 tháng để cứng lại, lúc đóng, tủ không bị co giãn.', 'tháng', 'number'),
    (K24, 'Ông Ngô Tấn Thành (hay còn gọi là ông Tám Nhựt), người con thứ tám của ông Ba Đức chia sẻ, gia đình ông có 9 anh em đều mở cơ sở sản xuất và bày bán sản phẩm tủ thờ, tất cả đều lấy thương hiệu Ba Đức.', 'anh', 'number'),
    (K2, 'Nghề khảm gồm có 6 công đoạn: Vẽ mẫu bức tranh; cưa trai; đục gỗ; gắn trai vào gỗ; mài khảm, thể hiện đường nét; dùng bột đen làm rõ các chi tiết của bức tranh.', 'công', 'number'),
    (K1, 'Ngoài ra, còn có một thứ vỏ trai đặc biệt gọi là Cửu Khổng (vì có 9 lỗ vỏ ở phía mép vỏ), có vân màu sắc phong phú hơn mầu cầu vồng.', 'lỗ', 'number'),
    (K9, 'Bắt đầu năm tôi 9 tuổi đã theo cha làm việc và sau đó rành nghề.', 'tuổi', 'number'),
    (K16, 'Với lịch sử ngót 1000 năm, trải qua bao sóng gió thăng trầm, nghề khảm trai được người dân xã Chuyên Mỹ lưu truyền từ đời này qua đời khác và liên tục phát triển, tạo nên một sức sống bền bỉ cho một làng nghề cổ ở Hà Nội.', 'năm', 'number'),
    (K25, 'Bằng tấm lòng yêu nghề, sự say mê sáng tạo, hơn 30 năm qua nghệ nhân Nguyễn Đình Hải ở thôn Ngọ, xã Chuyên Mỹ (huyện Phú Xuyên, Hà Nội) vẫn ngày đêm “giữ lửa” làng nghề khảm trai truyền thống để tạo ra những sản phẩm có giá trị nghệ thuật cao, góp phần làm giàu cho gia đình, tạo công ăn việc làm cho nhiều người dân nơi đây.', 'năm', 'number'),
]

SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): names of ThioJoe/YT-Spam-Lists SpamDomainsList.txt and
# SpamAccountsList.txt (MIT), written as spam writes them.
TOKENS = {
    "domain": ["bestcards.online", "trackwilly.com", "cheapkey.net", "acegen.uno", "modgen.uno", "racgen.monster",
               "robyoc.online", "toprbx.best", "buxadder.club", "eyeonsight.net", "technopawns.com",
               "exploitbyte.net", "trojanarticle.com", "dollarbrite.com", "xbritclone.net", "instaripper.com",
               "vbucks22.com", "247extratech.com"],
    "letter-digit": ["Darkhub43", "Cashtok99"],
    "digit-led": ["3ihacker"],
    "hyphenated": ["brtt-hack", "helpcare-solution", "unbox-giveaway", "coder-hacktech", "steel-cracks",
                   "codebreak-hack"],
    "CamelCase": ["CyberHackingSage", "GrindTechie", "SkimLord", "BabsRecovery", "PerfectHackSolution", "AutoVmHack",
                  "CryptoLordWeb", "TesoHackService", "QuipoTech", "EarnFlowCash", "TronicTools", "FundsLurd",
                  "RendleTech", "SactaCrack", "DuntonBreaker", "RackzTool", "FlashPunchTech", "RejoiceHack",
                  "CalceCode", "BiggsCracks", "SpyHackify", "TeroCyber", "InputNotch", "NetGhostHack", "WizRecovery001",
                  "ExcelUtensil", "ZectCyber", "DoaverCracks", "SpoonerToolz", "UncoverLinks"],
    "lower-case": ["teecracks", "belancash", "hacsolution", "braylontech", "loehcrack", "inntecknoid", "buruhack",
                   "poscyber", "prinetechs", "fauzahack", "laycracks", "moehacks", "apextuls", "fleaphack",
                   "thurmacyber", "rouhacks", "witcracks", "nitecrack", "philcracks", "krudcracks", "kixacrack"],
}

TRADE = re.compile(r"bet|casino|kasin|cazino|slot|spin|poker|bingo|win|luck|lotto|vegas|dice|stake|game|play|vay|"
                   r"cash|loan", re.I)
# Spam sentences are running Vietnamese text: no Latin letters outside Vietnamese spelling, no look-alike letters.
NOT_VIETNAMESE = re.compile(r"[fjwzFJWZÐ]|\b[bcdghklmnpqrstvx]\b", re.I)
# ... and no acronym or Roman numeral (two capitals or more, a lone capital I, V, X, L, C) and no unit glued to a number.
NOT_RUNNING = re.compile(r"\b[A-ZĐ]{2,}\b|\b[IVXLC]\b|\d[^\W\d_]")


def name_of(token: str) -> str:
    """The token's name: lower-cased, its top-level domain (what follows the first dot) dropped."""
    return token.lower().split(".")[0]


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


def check_tokens() -> None:
    """Distinct names, none inside another's (hyphens aside), at least a third free of gambling or lending words."""
    names = [name_of(t) for group in TOKENS.values() for t in group]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate token name")
    bare = [n.replace("-", "") for n in names]
    inside = [(a, b) for a in bare for b in bare if a != b and a in b]
    if inside:
        raise SystemExit(f"a token name inside another: {inside}")
    plain = [t for group in TOKENS.values() for t in group if not TRADE.search(t)]
    if 3 * len(plain) < len(names):
        raise SystemExit(f"only {len(plain)} tokens hold no trade word")


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
                    earlier_tokens.add(name_of(cells[2]))
    ours = [text for _, text in CLEAN] + [text for _, text in SPAM_PAGES]
    if set(ours) & earlier_text:
        raise SystemExit(f"sentence of an earlier set: {set(ours) & earlier_text}")
    urls = {u for u, _ in CLEAN} | {u for u, _ in SPAM_PAGES}
    if urls & earlier_urls:
        raise SystemExit(f"page of an earlier set: {urls & earlier_urls}")
    names = {name_of(t) for group in TOKENS.values() for t in group}
    if names & earlier_tokens:
        raise SystemExit(f"earlier token: {names & earlier_tokens}")


def main() -> None:
    check_new()
    check_tokens()
    texts = [text for _, text in CLEAN] + [text for _, text in SPAM_PAGES]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate sentence")
    if any("\t" in t or "\n" in t for t in texts):
        raise SystemExit("tab or newline in a sentence")
    if {u for u, _ in CLEAN} & {u for u, _ in SPAM_PAGES}:
        raise SystemExit("a page gives both controls and spam cases")
    latin = [t for _, t in SPAM_PAGES if NOT_VIETNAMESE.search(t) or NOT_RUNNING.search(t)]
    if latin:
        raise SystemExit(f"spam sentence with a Latin token: {latin}")
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

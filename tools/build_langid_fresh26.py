"""Build ``benchmarks/data/langfresh26/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata42.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh26.py``. Same format as langfresh14-25
(``benchmarks/langid.py --data benchmarks/data/langfresh26 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 42) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-25, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-03) on topics the controls of langfresh22-25 did not have (golf clubs, red
  wine, tennis and pickleball rackets, ReactJS, the IELTS exam, COVID-19 vaccines, planted aquariums, dog breeds, RO
  water purifiers, flycams), each holding real Latin tokens a spam detector could take for a pasted token: CamelCase
  and brand names (TaylorMade, ReactJS, JavaScript, EduPath, GreenTech, AstraZeneca, McGuffin), letter-digit codes (RF 97,
  Sars-Cov-2, W3C, 4K, CO2, COVID-19), .vn/.org institutions and shops, English loanwords (golfer, driver,
  putter, shaft, framework, template, render, flycam, drone, showroom).
* ``spam.tsv`` (``SPAM_PAGES``, ``CASES`` and ``TOKENS``): 78 cases on 78 further real sentences of other pages, of
  page kinds langfresh22-25 did not use (sea-turtle nesting and coral-reef reports, dolphin and whale sightings, a
  football match report, biology lessons on photosynthesis, pages on the đàn bầu monochord, volcano and plate-tectonics
  lessons), one syllable replaced by one token (its first whole-word occurrence; columns: split, spam text, token,
  original word, original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``,
  ``inner`` and ``number`` (as langfresh22-25). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from real lists other than those earlier sets used
(langfresh23: chongluadao.vn; langfresh24: dancharlton9, the Estonian list; langfresh25: hostsVN, TrustPositif): the
Vietnamese adblock filter list ABPVN (football-streaming and "nhà cái" sites whose betting ads it blocks), HaGeZi's
gambling DNS blocklist (the ``gambling.mini`` adblock list), and one binary-option scam site named in a Vietnamese
news report; written as spam writes them: 13 full domains, 13 letter-digit codes, 13 CamelCase names, 13 bare
lower-case names, 13 digit-led names, 13 hyphenated names. None is an earlier set's token, in spam_brands.txt or the
held-out stems, or in tests/, tools/, benchmarks/data/ or mtpipe/ (``grep -rilw``), none holds a brand stem of
spam_brands.txt, a held-out stem or an earlier token of 4 letters or more, and none is held by an earlier token (all
checked before any run). ``deal`` orders each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh26"
SEED = 42
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
G1 = "https://phiten-vietnam.com/gay-danh-golf-cach-chon-lua-phan-loai-va-ky-thuat-su-dung-cho-moi-trinh-do"
G2 = "https://golfworld.com.vn/?p=33653"
G3 = "https://golfnews.vn/index.php/mini-driver-co-thuc-su-tot-hon-gay-3-go-hay-khong.html"
G4 = "https://www.otosaigon.com/threads/mon-golf.1016798/page-4"
G5 = "https://dulichgolf.com.vn/y-nghia-cua-gay-golf.html"
W1 = "https://ruouvangchile.vn/cach-su-dung-bordeaux/"
W2 = "https://giaruou.vn/nhung-thong-tin-thu-vi-ve-ruou-vang-vung-bordeaux"
W3 = "https://truewine.net/tin-tuc/vung-ruou-vang-bordeaux-va-4-loai-ruou"
W4 = "https://doanhnhanplus.vn/nhe-nhang-voi-cabernet-franc-17916.html"
W5 = "https://douong01.dahinh.com/ruou-vang-do-vung-bordeaux"
N1 = "https://trangnguyen.vn/tim-hieu-ve-cac-thuong-hieu-vot-tennis?view=amp"
N2 = "https://www.liendoanscholar.org/mirr_tennis/vot-cua-sao-khong-giong-vot-cua-nguoi-thuong-23377.htm"
N3 = "https://tiepthitieudung.com/cach-choi/chon-vot-tennis-phu-hop-moi-nguoi-can-thua-mot-kiem-rieng-133635.html"
N4 = "https://shopvnb.com/nen-dung-vot-tennis-nang-bao-nhieu.html"
N6 = "https://lifestyle.znews.vn/dung-de-hoi-tiec-khi-sam-vot-pickleball-giong-ben-johns-quang-duong-post1574204.html"
R1 = "https://blog.vietnamlab.vn/2015/12/28/gioi-thieu-reactjs/"
R2 = "https://luvclover.com/blog/1"
R3 = "https://www.thegioididong.com/hoi-dap/react-la-gi-tim-hieu-ve-reactjs-1587503"
R4 = "https://vyquocvu.co/post/cung-tim-hieu-ve-reactjs.5RZX4oDfNIKy1NQm1Pue"
I1 = "http://vi.m.wikipedia.org/wiki/IELTS"
I2 = "https://bloglagi.info/ielts-la-gi"
I3 = "https://hansavietnam.com/british-council-test-ielts-british-council-test-ielts/"
I4 = "https://hansavietnam.com/ket-qua-thi-ielts-idp-ielts-idp-test-results/"
V1 = "https://edupath.org.vn/vac-xin-covid-19/"
V2 = "https://tintuc.vn/co-bat-buoc-tiem-vac-xin-covid-19-mui-nhac-lai-khong-post2245128"
V3 = "https://vneconomy.vn/tag/tac-dung-cua-mui-tiem-nhac-lai"
V4 = "https://dnvn.com.vn/c/wiki-doanh-nhan?page=3"
V5 = "https://labweb.vtvgo.vn/kho-video/lieu-co-vac-xin-nao-tot-hon-vac-xin-nao-hay-khong-ca-phe-sang-834292.html"
A1 = "https://www.blogsudo.com/co2-cho-ho-thuy-sinh-va-chat-luong-nuoc?shared=email&msg=fail"
A2 = "https://studylib.net/doc/25918587/thuy-sinh-b"
A3 = "https://thuysinhasin.blogspot.com/2014"
D1 = "https://dhrhm.edu.vn/topic/cho-dang-yeu-qua"
D2 = "https://topshare.com.vn/top/cho-golden-ritriever-1168.html"
D3 = "https://lag.vn/tin/The-gioi-Dong-Vat/top-10-chu-cho-dep-ma-dang-yeu-nhat-the-gioi-husky-rat-tinh-cam.html"
D4 = "https://questionai.vn/amp/essays-eGdpuUyRR64/nhng-ging-ch-ph-bin-v-c-im-ca-chng"
D5 = "https://vt.haluan.co/2024/05/24/5-su-that-doc-dao-ve-nhung-chu-cho-golden-retriever-thich-hop-lam-ban"
D6 = "https://vi.petlovers-guides.com/32084679-10-most-beautiful-dog-breeds-with-pictures-and-info"
P1 = "https://trungtamkarofimiennam.com/cong-nghe-ro-trong-may-loc-nuoc-karofi/amp"
P3 = "https://malonu.vn/loi-loc-ro"
P4 = "https://cafethaomoc.blogspot.com/2017/08/ban-biet-gi-ve-may-loc-nuoc-ro.html"
F1 = "http://baodongnai.com.vn/phongsukysu/201702/dam-me-flycam-2784259/"
F2 = "https://doanhnghiepvn.vn/bay-cung-flycam-d42627.html"
F3 = "https://hanhkhatkito.net/2017/08/27/kiem-soat-flycam"
F4 = "https://media.ycn.vn/bay-cung-flycam"
F5 = "https://m.tinhhoa.net/gioi-choi-flycam-rung-dong-truoc-lenh-cam.html"
F6 = "https://digitallife.amazingvietnam.vn/2015/06/sam-may-bay-e-choi.html"

CLEAN = [
    (G1, "Gậy đánh golf là một trong những yếu tố quan trọng nhất giúp golfer đạt được thành tích tốt trên sân."),
    (G1, "Mỗi loại gậy đều có công dụng riêng, từ gậy driver dùng để phát bóng xa, gậy sắt cho các cú đánh trung bình đến gậy putter để đưa bóng vào lỗ."),
    (G1, "Lịch sử của gậy đánh golf đã trải qua nhiều giai đoạn phát triển từ những chiếc gậy gỗ thô sơ vào thế kỷ 15 cho đến những chiếc gậy hiện đại với chất liệu tiên tiến như graphite và thép không gỉ."),
    (G2, "Xander Schauffele và Scottie Scheffler không chỉ là những đối thủ nặng ký trên sân cỏ mà còn là đại diện tiêu biểu cho hai thương hiệu gậy golf cạnh tranh Callaway và TaylorMade."),
    (G2, "Năm 2024, hai golfer xuất sắc bậc nhất PGA Tour Xander Schauffele và Scottie Scheffler tiếp tục có những màn tỏa sáng ấn tượng."),
    (G3, "Nhiều golfer khẳng định rằng chiếc Mini Driver đã giúp họ cải thiện đáng kể khoảng cách và sự ổn định trong những cú phát bóng."),
    (G3, "Mặt gậy 3 gỗ truyền thống khá nông, với kích thước đầu gậy dao động từ 150 đến 180cc."),
    (G3, "Về chiều dài shaft, Mini Driver thường có chiều dài khoảng 43.75 inch, trong khi gậy 3 gỗ có shaft dài từ 43 đến 43.5 inch."),
    (G4, "Ví dụ Phil Mickelson mang 2 cây driver khi tham gia giải Master năm ngoái."),
    (G5, "Một chiếc gậy sẽ gồm 3 phần chính là đầu gậy (head), phần thân gậy (shaft) và cán gậy (script)."),
    (G5, "Ngoài ra, ở một số giải đấu, ban tổ chức giải còn cho phép golf thủ được mang thêm hai cây gậy golf nữa là gậy hybrid và gậy rescue."),
    (G5, "Gậy chơi golf là phụ kiện không thể thiếu của mỗi golfer."),
    (W1, "Rượu Bordeaux thường được pha trộn từ các giống nho như Cabernet Sauvignon, Merlot, Cabernet Franc, Petit Verdot và Malbec."),
    (W1, "Không phải ngẫu nhiên mà Bordeaux là biểu tượng của thế giới rượu vang cổ điển."),
    (W1, "Tôi thường khuyên người mới bắt đầu thử các chai Bordeaux Supérieur hoặc rượu từ Côtes de Bordeaux."),
    (W2, "Tại Bordeaux, rượu vang đỏ chiếm tới 90% và được làm chủ yếu từ nho Cabernet Sauvignon, Merlot."),
    (W2, "Sau đó, Bordeaux có thêm dòng vang hồng ngon nổi tiếng vào những năm 1700."),
    (W2, "Phải cho tới những năm 1800, sự ra đời của bảng xếp hạng Medoc Classification 1855 đã giúp rượu vang đỏ Bordeaux trở nên nổi tiếng."),
    (W3, "Cabernet Sauvignon có nguồn gốc ở Bordeaux vào khoảng những năm 1700."),
    (W3, "Ở Bordeaux, Médoc (hay còn gọi là “Left Bank”) là nơi chuyên pha chế rượu Cabernet Sauvignon."),
    (W4, "Buổi tiệc rượu vang cuối tháng 9 vừa rồi tại Nhà hàng Strata trên tầng cao thứ 50 của tòa nhà Bitexco cũng không là ngoại lệ."),
    (W4, "Trên bản đồ rượu vang Chilê, cabernet franc trồng tập trung tại Maipo Valley và chiếm diện tích 285 hécta (theo số liệu năm 2011)."),
    (W5, "Cũng giống như thuật ngữ Meritage được sử dụng tại Mỹ, thứ mà không chỉ được xác định về mặt pháp lý mà còn được đăng ký bảo hộ thương hiệu."),
    (W5, "Bên cạnh đó là giống nho Merlot cũng là một trong những thành phần thường gặp trong hỗn hợp này."),
    (N1, "Một chuyện chắc chắn là các hãng như Head, Wilson, Prince đều là những hãng hàng đầu, và họ cạnh tranh với nhau gay gắt trên thị trường vợt tennis."),
    (N1, "Prince và Head là những cây vợt thuộc dòng cứng, có nghĩa là (xem bài viết ở trên về độ cứng của vợt) vận động viên không cần phải vung vợt mạnh hơn để tạo ra lực."),
    (N1, "Wilson thuộc loại vợt mềm hơn, muốn banh đi sâu hơn bạn phải tăng tốc đầu vợt."),
    (N2, "Còn nhớ khi Roger Federer quyết định chuyển sang loại vợt to hơn, Wilson Pro Staff RF 97 Autograph, ở chung kết Wimbledon, đây được xem là thay đổi đáng chú ý nhất của làng tennis kể từ khi Jimmy Connors gây ấn tượng với chiếc vợt Estusa màu vàng ở giải US Open năm 1991."),
    (N2, "Thế mới có chuyện nhiều người cho là loại vợt Estusa nổi tiếng của Connors thực chất là Slazenger Phantom được sơn lại."),
    (N3, "Xin đừng chạy theo “mốt” sử dụng vợt theo nhãn hiệu của các sao như Wilson, Head, Babolat, Yonex…"),
    (N4, "Việc lựa chọn vợt tennis có trọng lượng phù hợp với mình là rất quan trọng."),
    (N6, "Trên thế giới, hãng Joola có Ben Johns, Collin Johns hay Tyson McGuffin."),
    (N6, 'Trong nước, Kamito đồng hành cùng Lý Hoàng Nam và Trịnh Linh Giang, còn Sypik "bắt tay" với Quang Dương và Trương Vinh Hiển.'),
    (N6, "Chọn vợt theo thần tượng không sai, nhưng nếu mua chỉ vì ủng hộ mà không tìm hiểu kỹ, người chơi pickleball dễ phải hối tiếc."),
    (R1, "ReactJS là một Javascript library được phát triển bởi Facebook đang ngày càng trở nên phổ biến hơn."),
    (R1, "Angular là một framework hoàn chỉnh còn React thì không."),
    (R1, "React cung cấp một ngôn ngữ tạo template và các function nhằm render ra các mã HTML."),
    (R1, "HTML là tất cả những gì mà React có thể output ra."),
    (R2, "ReactJS, thường gọi tắt là React, là một thư viện JavaScript mã nguồn mở do Facebook phát triển vào năm 2013."),
    (R2, "Điểm nổi bật nhất của React là Virtual DOM (Document Object Model ảo)."),
    (R2, "JSX (JavaScript XML) là cú pháp mở rộng cho phép viết HTML trong JavaScript."),
    (R2, "Redux là thư viện quản lý state toàn cục, thường dùng với React để xử lý các ứng dụng lớn."),
    (R3, "Về lịch sử, React được tạo ra bởi Jordan Walke - một kỹ sư phần mềm tại Facebook."),
    (R3, "Nó xuất hiện lần đầu tiên trên News Feed của Facebook vào năm 2011 và sau đó là Instagram vào năm 2012."),
    (R4, "React được sử dụng để xây dựng các giao diện người dùng cho các ứng dụng web."),
    (R4, "Web Components là một bộ tiêu chuẩn của W3C cho phép bạn tạo các thành phần độc lập và tái sử dụng được trong các ứng dụng web."),
    (I1, "Bài thi được đồng điều hành bởi ba tổ chức ESOL của Đại học Cambridge (University of Cambridge ESOL), Hội đồng Anh (British Council) và tổ chức giáo dục IDP của Úc và được triển khai từ năm 1989."),
    (I2, "IELTS là International English Language Testing System nghĩa là “Hệ thống kiểm tra tiếng Anh quốc tế ” được sáng lập bởi 3 tổ chức ESOL thuộc Đại học Cambridge, Hội đồng Anh và tổ chức giáo dục IDP (Úc) vào năm 1989."),
    (I3, "Bài kiểm tra IELTS của Hội đồng Anh là một trong những bài kiểm tra trình độ tiếng Anh phổ biến nhất trên thế giới."),
    (I3, "Bài kiểm tra IELTS của Hội đồng Anh được hơn 9.000 tổ chức trên toàn thế giới công nhận, bao gồm các trường đại học, nhà tuyển dụng, cơ quan chuyên môn và cơ quan nhập cư."),
    (I3, "IELTS là cần thiết để vào đại học ở Anh và các quốc gia khác."),
    (I3, "Học thuật IELTS dành cho những người nộp đơn vào trường đại học, giáo dục đại học hoặc đăng ký chuyên nghiệp trong môi trường nói tiếng Anh."),
    (I4, "IELTS là một hệ thống kiểm tra ngôn ngữ tiếng Anh quốc tế được quản lý bởi Hội đồng Anh, IDP: IELTS Australia và các kỳ thi của Đại học Cambridge ESOL."),
    (I4, "Đây là một trong hai bài kiểm tra tiếng Anh lớn trên thế giới, còn lại là TOEFL."),
    (I4, "IELTS được chấp nhận làm bằng chứng về trình độ tiếng Anh của hơn 10.000 tổ chức trên toàn thế giới, bao gồm các trường đại học, nhà tuyển dụng, cơ quan chuyên môn, cơ quan nhập cư và các cơ quan chính phủ khác."),
    (V1, "Tiêm chủng Covid-19 là một công cụ quan trọng để giúp ngăn chặn đại dịch COVID-19."),
    (V1, "Thông tin về vắc-xin Covid-19 sẽ được EduPath tổng hợp chi tiết trong bài viết dưới đây."),
    (V1, "Các loại vắc-xin Covid-19 hiện tại đang được sản xuất theo 3 cơ chế: mRNA, vắc-xin protein và vắc-xin virus biến đổi."),
    (V1, "Vắc-xin protein: Vắc xin này bao gồm các mảnh protein tinh khiết của virus Sars-Cov-2."),
    (V2, "Hiệu lực của vắc-xin Covid-19 giảm tương đối nhanh, do đó để duy trì hiệu quả bảo vệ, cần phải tiêm mũi 3, mũi 4 theo hướng dẫn của Bộ Y tế."),
    (V3, "CEO Stephane Bancel của Moderna ngày 6/1 nói rằng hiệu quả của mũi tiêm nhắc lại vaccine Covid-19 có thể giảm theo thời gian, và mọi người có thể phải cần tới mũi tiêm thứ tư để tăng cường bảo vệ..."),
    (V4, "Trong trường hợp bất khả kháng, Bộ Y tế cho phép người tiêm mũi 1 bằng vắc-xin Moderna có thể tiêm mũi 2 bằng vắc-xin Pfizer và ngược lại."),
    (V5, "Theo một thông tin mới nhất, hiệu quả của vắc xin Pfizer là 95%, Moderna là 94% và AstraZeneca là 72%."),
    (V5, "Vậy có phải AstraZeneca là loại vắc xin có ít hiệu quả nhất và không tốt bằng vắc xin khác hay không?"),
    (A1, "Nước cần có độ pH, mức độ carbon dioxide (CO2), độ cứng và nhiệt độ thích hợp."),
    (A1, "Thông qua quá trình quang hợp, cây thủy sinh sử dụng năng lượng ánh sáng và CO2 để sản xuất thực phẩm cần thiết cho sự phát triển của cây."),
    (A1, "Lắp đặt một bình CO2 thủy sinh là điều cần thiết để ngăn ngừa mức độ CO2 thấp và duy trì sự tăng trưởng của cây thủy sinh."),
    (A1, "PH là một con số thể hiện tính axit của nước."),
    (A2, "Chơi thủy sinh bắt nguồn đầu tiên từ ông Takashi Amano ở nhật bản."),
    (A2, "Ông Amano đáng tiếc đã mất vào ngày 4, tháng 8 năm 2015 vào năm ông 61 tuổi."),
    (A3, "Watt là đơn vị cho biết mức tiêu thụ năng lượng điện của đèn fluorescent (neon, huỳnh quang)."),
    (D1, "Chó Labrador (gọi tắt là chó Lab) là loại chó rất nghe lời, trung thành và đặc biệt rất hiền lành."),
    (D1, "Thế nên loài chó này rất phổ biến ở Australia, New Zealand, Anh, Canada và cả Mỹ."),
    (D1, "Chó Lab cũng rất được cảnh sát và các lực lượng khác sử dụng, được sử dụng trong công tác an ninh và hình sự."),
    (D2, "Golden Retriever được lai tạo ra đầu tiên tại các hòn đảo Anh quốc."),
    (D2, "Trên thực tế là giống chó này được giới thiệu lần đầu tiên với tên gọi là Golden Flat-Coat."),
    (D2, "Golden Retriever là giống chó loại nhỡ có thân hình cân đối, khỏe mạnh."),
    (D3, "Vì có vẻ ngoài trông giống như một chú cún nhồi bông nên chó Poodle rất được nhiều người chọn nuôi làm thú cưng trong nhà."),
    (D3, "Tuy có nhiều loại khác nhau như Poodle chuẩn, Mini Poodle, Toy Poodle, Tiny Poodle và Teacup Poodle... nhưng dù thuộc dòng nào thì chúng cũng đều thông minh, thân thiện và rất hiền lành."),
    (D3, "Vì có họ hàng với giống chó Alaska, Sam và Husky nên Phóc Sóc có bản tính trái ngược với vẻ hiền lành, ngoan ngoãn của chúng."),
    (D4, "German Shepherd, được ngưỡng mộ vì trí thông minh, lòng trung thành và khả năng huấn luyện vượt trội, từ lâu đã được công nhận về khả năng làm việc đặc biệt."),
    (D5, "Golden Retriever nổi tiếng với tính cách thân thiện, hòa đồng và luôn vui vẻ."),
    (D5, "Golden Retriever là một trong những giống chó thông minh nhất, đứng thứ tư trong bảng xếp hạng các giống chó thông minh."),
    (D6, "Một số người thích giống chó lông dài, nhỏ, trong khi những người khác lại thích chó chăn cừu và giống chó như Siberian Husky."),
    (D6, "Nhiều người coi Siberian Huskies là một trong những giống chó đẹp nhất ngoài kia."),
    (P1, "Công nghệ RO là một thành tựu quan trọng của khoa học công nghệ."),
    (P1, "Ngày nay,  máy lọc nước RO được coi như một trong những giải pháp hiệu quả cao nhất trong việc xử lý nước, mang tới nguồn nước đảm bảo độ tinh khiết cao, an toàn cho sức khỏe cho mỗi gia đình."),
    (P1, "Với công nghệ thẩm thấu ngược, các nhà khoa học đã tạo ra màng thẩm thấu ngược (màng RO) để ứng dụng trong ngành sản xuất ra nước tinh khiết."),
    (P3, "Lõi lọc RO (Reverse Osmosis) là một trong những thành phần quan trọng nhất trong hệ thống lọc nước hiện đại."),
    (P3, "Lõi lọc RO không chỉ loại bỏ tạp chất mà còn cải thiện mùi vị của nước."),
    (P4, "Hiện nay, thị trường máy lọc nước RO tại Việt Nam có rất nhiều thương hiệu khác nhau."),
    (P4, "Loại màng Filmtec RO của DOW - USA được sử dụng rất thông dụng đối với hầu hết các sản phẩm máy lọc nước thuộc các thương hiệu: Đại Thành, Kangaroo, Karofi, Ohido, Pasteur, GreenTech, ..."),
    (F1, "Flycam mà anh Phi đang sở hữu có thể bay ở độ cao trên 100m và xa dưới 5km, tùy điều kiện."),
    (F2, "Flycam là tên gọi tắt của thiết bị bay mô hình có gắn camera được dân chơi công nghệ sử dụng để thực hiện những cảnh quay, chụp hình từ không trung."),
    (F2, "Dịp cuối tuần, được khách hàng nhờ đi quay một cảnh từ trên cao với hơn một nghìn người tham gia xếp hình logo xác lập kỷ lục Việt Nam, anh Phan Đức Thọ, nhóm vietnamflycam cùng các thành viên với hai chiếc valy lớn đựng dụng cụ, máy móc lên đường."),
    (F3, "Tại một cửa hàng khác ở đường Rạch Bùng Binh (Q.3, TP.HCM), người bán đưa ra sản phẩm duy nhất là DJI Mavic Pro và ra giá hơn 28 triệu đồng/bộ."),
    (F4, "Theo những thành viên CLB Hàng không phía Nam, các nhóm chơi flycam ở TP.HCM hiện chỉ 2-3 nhóm."),
    (F4, "Vừa chơi trực thăng điều khiển lại thích nhiếp ảnh, Trung cùng bạn đồng học ở Trường quốc tế RMIT tính chuyện kết hợp hai sở thích này."),
    (F5, "Cũng theo lời quảng cáo của showroom này, thiết bị bay siêu nhẹ này có xuất xứ từ Trung Quốc, có trang bị một máy quay camera 4K, bay cao 500 m và trong phạm vi bán kính 4 km."),
    (F6, "Thuật ngữ tiếng Anh gọi là drone."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
T1 = "https://tacnghiep.thoidai.com.vn/ron-rang-mua-rua-sinh-no-o-con-dao-111891.html"
T2 = "https://diemdenantoan.sgtiepthi.vn/xem-rua-me-vuot-can-o-con-dao"
T3 = "https://dulichdoisong.vn/den-con-dao-xem-rua-de-trung-a6778.html"
T4 = "https://condaopark.com.vn/vn/tha-ve-bien-hon-90-000-con-rua-bien.html"
T5 = "https://danviet.vn/con-vich-khong-lo-de-la-liet-trung-o-vuon-quoc-gia-con-dao-cua-ba-ria-vung-tau-ngay-sat-bo-20230416173748916.htm"
T6 = "https://dantocmiennui.vn/den-con-dao-xem-rua-de-trung-post130693.html"
C1 = "https://nguoiduatin.vn/video-san-ho-chet-trang-tren-bo-o-dao-hon-mun-204556560.htm"
C2 = "https://nongnghiepmoitruong.vn/san-ho-vinh-nha-trang-mat-gan-200-ha-anh-huong-lon-den-du-lich-bien-d761885.html"
C3 = "https://thiennhien.net/2021/03/04/suy-giam-90-san-ho-o-vinh-nha-trang"
H1 = "https://kienthuc.net.vn/khoa-hoc-cong-nghe/dan-ca-heo-keo-ve-nhay-mua-o-bien-khanh-hoa-diem-bao-may-man-1714624.html"
H2 = "https://znews.vn/dan-ca-heo-xuat-hien-tren-vinh-van-phong-post1327845.html"
H3 = "https://laodong.vn/moi-truong/dan-ca-heo-boi-theo-tau-ca-tren-vinh-van-phong-1058079.ldo"
H4 = "https://baovephapluat.vn/van-hoa-xa-hoi/doi-song-xa-hoi/ca-voi-dai-20m-xuat-hien-hiem-hoi-o-vinh-vung-ro-phu-yen-142918.html"
H5 = "https://khoahoc.news/hang-tram-con-ca-heo-xuat-hien-o-vung-bien-khanh-hoa-100528"
H6 = "https://www.baomoi.com/hang-tram-con-ca-heo-xuat-hien-tren-vung-bien-khanh-hoa-c43609159.epi"
K1 = "https://kienthuc.net.vn/cong-dong-tre/anh-doi-tuyen-viet-nam-hoa-truoc-thai-lan-do-trong-tai-1306072.html"
S1 = "https://tuclass.com/knowledges/sinh-hoc/lop-164/Chuyen-hoa-vat-chat-va-nang-luong-o-thuc-vat/Quang-hop-o-thuc-vat"
S2 = "https://tailieuxanh.net/sinh-11-canh-dieu-bai-4-quang-hop-o-thuc-vat"
S3 = "https://123docz.net/document/4147329-nhom-14-qua-trinh-quang-hop-o-thuc-vat.htm"
B1 = "https://mytour.vn/vi/blog/bai-viet/tim-hieu-ve-dan-bau-nhac-cu-dan-toc-qua-nhung-bai-viet-xuat-sac-nhat.html"
B2 = "http://vovworld.vn/vi-VN/Viet-Nam-Dat-nuoc-Con-nguoi/Dan-bau-cay-dan-dac-trung-cua-dan-toc-Viet/255985.vov"
B3 = "https://ngoisao.biz.vn/tieng-dan-bau-giai-dieu-bat-tan-cua-dan-toc"
B4 = "https://nhacdanca.net/tin-tuc/tan-man-chuyen-dan-bau"
B5 = "https://velang.vn/cau-chuyen-ve-lang/tieng-dan-bau/"
B6 = "https://vietnam.com/vi/van-hoa/nghe-thuat/am-nhac/dan-bau.html"
L1 = "https://loisongxanh.vn/tag/nui-lua/"
L2 = "https://vi.411answers.com/a/nguyen-nhan-va-anh-huong-cua-nui-lua-la-gi.html"
L3 = "https://vi.411answers.com/a/tai-sao-rat-nhieu-nui-lua-tren-trai-dat-lai-xuat-hien-doc-theo-ranh-gioi-mang.html"
L4 = "https://123docz.net/document/975152-tai-lieu-thuyet-kien-tao-mang-docx.htm"

SPAM_PAGES = [
    # tacnghiep.thoidai.com.vn, diemdenantoan.sgtiepthi.vn, dulichdoisong.vn, condaopark.com.vn, danviet.vn,
    # dantocmiennui.vn (sea turtles nesting on Côn Đảo)
    (T1, "Tại Côn Đảo, rùa lên đẻ tại nhiều điểm như Hòn Bảy Cạnh, Hòn Cau, Hòn Tre, Hòn Tài Lớn... nhưng tập trung nhiều nhất là Hòn Bảy Cạnh."),
    (T1, "Mỗi tổ khoảng 80 trứng, cá biệt có khi đến 200 trứng, đẻ xong rùa lấp tổ rồi về lại biển."),
    (T1, "Thời gian thả rùa là vào sáng sớm, khi mặt trời còn dịu và nước cao."),
    (T1, "Rùa con được cho vào sọt đem ra biển và thả."),
    (T1, "Bản tính tự nhiên rùa con sẽ bò thẳng ra biển và bắt đầu cuộc sống tự lập."),
    (T2, "Khi màn đêm buông xuống, con nước lên cao, cũng là lúc những mẹ rùa bắt đầu bơi vào bờ."),
    (T2, "Sau khoảng 3 giờ đồng hồ, mỗi tổ có khoảng 90 trứng, một rùa mẹ vào mùa sinh sản bình quân đẻ từ 3 – 5 tổ, thời gian cách nhau khoảng 11 – 13 ngày."),
    (T2, "Tại Côn Đảo từng ghi nhận một cá thể rùa mẹ đẻ 10 tổ trong một năm với tổng số trứng kỷ lục là 993 trứng."),
    (T2, "Để được xem rùa đẻ trứng, du khách phải đến Ban Quản lý Vườn Quốc gia Côn Đảo mua vé và đi ca nô ra bãi biển."),
    (T3, "Rùa biển có thói quen di cư lại về nơi sinh ra để đẻ trứng vì vậy việc bảo vệ gìn giữ môi trường có ý nghĩa quan trọng trong việc bảo tồn rùa biển."),
    (T3, "Tại Vườn Quốc gia Côn Đảo có khoảng 18 bãi biển có rùa lên đẻ trứng."),
    (T3, "Côn Đảo sở hữu nhiều bãi biển đẹp, thích hợp để rùa biển đẻ trứng."),
    (T3, "Trong đó, hòn Bảy Cạnh là khu vực rùa sinh sản nhiều nhất và còn là nơi bảo tồn rùa biển lớn nhất Việt Nam."),
    (T4, "Năm 2010, Côn Đảo đã thả về biển 90.687 con rùa biển."),
    (T4, "Đây là tín hiệu vui cho thấy sự phục hồi mạnh mẽ của các quần thể rùa biển tại Côn Đảo."),
    (T4, "Côn Đảo hiện nay có 14 bãi biển."),
    (T5, "Dựa vào số liệu theo dõi rùa mẹ di cư lên đẻ trứng tại các bãi biển, các nhà khoa học ước tính tuổi thọ trung bình chung của rùa biển là khoảng 50 năm."),
    (T5, "Trong đó, quần thể Rùa xanh lên đẻ hàng năm tại đây có số lượng lớn nhất Việt Nam."),
    (T5, "Pháp luật Việt Nam nghiêm cấm các hành vi săn, bắt, buôn bán, vận chuyển, sử dụng các loài rùa biển và sản phẩm của chúng."),
    (T6, "Hòn Bảy Cạnh còn là khu bảo tồn rừng ngập mặn lớn của Côn Đảo với các loại gà rừng, sóc mun, bướm đủ sắc... và 24 loài thực vật ngập mặn, chủ yếu là đước đôi, vẹt trụ, vẹt dù, dà vôi, su ổi, bàng phi…"),
    (T6, "Khi phát hiện rùa mẹ bắt đầu lên bờ đào hố để đẻ trứng, nhân viên kiểm lâm sẽ hướng dẫn du khách đi theo đường vòng, giữ trật tự, không gây tiếng động để rùa mẹ hoảng sợ bò về biển."),
    # nguoiduatin.vn, nongnghiepmoitruong.vn, thiennhien.net (coral reefs of Nha Trang bay)
    (C1, "Nơi đây có hệ sinh thái đa dạng từ san hô, thảm cỏ biển, cho tới rừng ngập mặn, vùng đáy mềm hoặc vách đá, trong đó san hô cứng được ghi nhận tập trung nhiều ở Hòn Mun."),
    (C1, "Theo Ban quản lý vịnh Nha Trang, cơn bão cuối năm 2017 đã làm san hô bị tàn phá một lần."),
    (C1, "Sau đó, san hô đã có dấu hiệu phục hồi."),
    (C1, "Không chỉ nằm chết ở dưới biển mà san hô còn bị đánh bay lên bờ thành một bãi san hô chết trắng."),
    (C1, "Bên cạnh đó, về mặt quản lý tài nguyên và các nguyên nhân khác do con người tác động cũng ảnh hưởng ít nhiều đến san hô."),
    (C2, "Đây là tín hiệu báo động cho hệ sinh thái biển Nam Trung Bộ và sức hấp dẫn du lịch của một trong những vịnh đẹp nhất thế giới."),
    (C3, "Trong đó, có nhiều rạn san hô bị suy thoái nặng nề kể từ năm 2002 trở về trước rất khó có khả năng phục hồi tự nhiên."),
    # kienthuc.net.vn, znews.vn, laodong.vn, baovephapluat.vn, khoahoc.news, baomoi.com (dolphins and whales)
    (H1, "Tàu anh Duy chạy tới đâu thì đàn cá bơi theo đến đó."),
    (H1, "Trước đây, đã có nhiều lần ngư dân Việt Nam bắt gặp cá heo dạo chơi vùng biển nước ta."),
    (H1, "Theo người dân, ước tính đàn cá heo này lên đến 100 con."),
    (H2, "Hai năm trước, loài cá heo cũng xuất hiện trên khu vực biển Bãi Dài, huyện Cam Lâm."),
    (H2, "Nhiều người thích thú khi chứng kiến đàn cá heo bơi lội, số khác nhận định việc cá heo vào sát bờ chứng tỏ nguồn nước ở đây sạch và thức ăn dồi dào."),
    (H3, "Theo lời anh Duy, tàu cá chạy đến đâu, đàn cá bơi theo đến đó."),
    (H3, "Biết đây là cảnh tượng hiếm có, anh Duy đã dùng điện thoại quay lại."),
    (H3, "Nhiều năm qua, cá heo cũng xuất hiện tại vùng biển Khánh Hoà."),
    (H4, "Cá voi xuất hiện được xem là cảnh tượng hiếm hoi tại địa phương."),
    (H4, "Theo video được anh Châu Học đăng tải, một con cá voi trưởng thành bắt mồi, giỡn nước, cách mũi xuồng của nhóm không xa."),
    (H4, "Anh Châu Học cho biết, 30 năm làm nghề biển và du lịch, đây là lần đầu tiên anh bắt gặp cá voi."),
    (H5, "Đây là lần thứ hai trong năm vùng biển Khánh Hòa xuất hiện đàn cá heo số lượng lớn."),
    (H6, "Đây là một trong số loài cá thân thiện với con người, thông minh, có thể huấn luyện làm xiếc."),
    (H6, "Cá heo xuất hiện trên các vùng biển ở nhiều địa phương thời gian qua."),
    # kienthuc.net.vn (a football match report, Việt Nam - Thái Lan, 2019)
    (K1, "Quang Hải liên tục gây sức ép bên hành lang cánh phải với những pha đưa bóng vào trong đầy khó chịu."),
    (K1, "Phút thứ 7, Quang Hải tạt bóng vào từ hành lang cánh trái, Tiến Linh có cơ hội đánh đầu cận thành và suýt chút nữa mở tỷ số cho đội tuyển Việt Nam."),
    (K1, "Đúng 4 phút sau, đội tuyển Việt Nam đã có câu trả lời khi Bùi Tiến Dũng đánh đầu đưa bóng vào lưới khung thành Thái Lan sau quả phạt góc."),
    (K1, "Sau 2 tình huống vô cùng đáng chú ý, cả Việt Nam và Thái Lan chơi trùng xuống và chủ động giảm tốc độ trận đấu."),
    (K1, "Những phút đầu hiệp 2 diễn ra khá giống với hiệp 1."),
    (K1, "Đội tuyển Việt Nam là những người nhập cuộc tốt hơn."),
    (K1, "Phút 51, Văn Toàn có cơ hội vô cùng thuận lợi để mở tỷ số cho Việt Nam, tiếc rằng cú sút lại đưa bóng đi vọt xà."),
    # tuclass.com, tailieuxanh.net, 123docz.net (biology lessons on photosynthesis)
    (S1, "Cung cấp thức ăn cho mọi sinh vật, nguyên liệu cho công nghiệp và dược liệu cho y học."),
    (S1, "Hình thái, giải phẫu của lá thích nghi với chức năng quang hợp."),
    (S1, "Tế bào mô giậu chứa nhiều lục lạp bên dưới lớp biểu bì."),
    (S2, "Quang hợp tạo ra các phân tử đường."),
    (S3, "Sinh học là khoa học nghiên cứu về thế giới sinh vật torng tự nhiên."),
    # mytour.vn, vovworld.vn, ngoisao.biz.vn, nhacdanca.net, velang.vn, vietnam.com (the đàn bầu monochord)
    (B1, "Đàn bầu đã xuất hiện từ thời nhà Lý, chủ yếu để đệm cho người hát xẩm."),
    (B1, "Cây đàn bầu với cấu trúc đơn giản, chỉ có một dây nhưng lại có thể diễn tả đầy đủ cung bậc âm thanh và cảm xúc."),
    (B1, "Âm thanh của nó lạ lẫm mà gần gũi với tiếng nói người Việt, làm cho nó trở thành một nhạc cụ được yêu thích."),
    (B2, "Tiếng đàn bầu thức dậy trong tâm hồn tiếng quê hương, tình non sông xứ sở."),
    (B2, "Đàn bầu có hai phần chính phần cầm que tạo ra tiếng đàn và cần đàn để nhấn cao độ lên và xuống."),
    (B2, "Chiều dài đàn bầu khoảng hơn 1 mét."),
    (B2, "Nghệ sĩ đàn bầu Kim Thành cho rằng đàn bầu là loại nhạc cụ đặc trưng nhất của Việt Nam: Cây đàn bầu đặc trưng nổi bật ở điểm dùng để tạo ra tiếng đàn là sóng bồi âm."),
    (B3, "Đàn bầu chỉ có duy nhất một dây."),
    (B3, "Hình dáng của đàn giống như một chiếc hộp dài, thon dần về phía đuôi."),
    (B3, "Mặt đàn hơi cong để tạo độ cộng hưởng."),
    (B3, "Trong quá khứ, dây đàn được tết bằng dây móc, dây gai hoặc dây tơ tằm se kỹ."),
    (B4, "Hai đề tài đều được đánh giá chưa cấp thiết và không được duyệt."),
    (B4, "Tôi có gặp ông ấy đôi ba lần ở hội Lim vào những năm sáu bảy mươi."),
    (B4, "Đề tài thứ nhất nghiên cứu “Lý thuyết âm nhạc cổ truyền Việt Nam”."),
    (B5, "Trong kho tàng văn hoá âm nhạc dân tộc Việt Nam, đàn bầu là loại nhạc cụ được coi là độc đáo và hấp dẫn nhất."),
    (B5, "Ai cũng mê tiếng đàn bầu, nên các bác xẩm mù trở thành “nhạc sư” dân dã của trẻ em và trai tráng các làng quê."),
    (B6, "Là loại nhạc cụ một dây, Đàn bầu đơn giản nhưng lại vô cùng độc đáo."),
    # loisongxanh.vn, vi.411answers.com (2 pages), 123docz.net (volcanoes and plate tectonics)
    (L1, "Núi lửa thường hình thành ở các biên giới của các tấm địa chất hoặc trên các điểm nóng địa chất."),
    (L1, "Những phun trào núi lửa có thể là một hiện tượng nguy hiểm và có thể gây ra thảm họa cho môi trường và cư dân địa phương."),
    (L2, "Núi lửa hình thành trên đất liền và dưới biển."),
    (L2, "Theo thời gian, cả hai loại núi lửa đều tăng dần về kích thước."),
    (L2, "Núi lửa có thể hình thành khi các mảng kiến tạo di chuyển ra xa nhau hoặc khi chúng va chạm nhau."),
    (L3, "Quá trình này xảy ra dọc theo ranh giới mảng."),
    (L4, "Đa số các nhà khoa học cho rằng, thạch quyển được cấu tạo bởi 7 mảng lớn và một số mảng nhỏ."),
]

# (a key naming one sentence of SPAM_PAGES, the word replaced, the place); tokens are dealt by ``deal`` below.
CASES = [
    # start
    ("Rùa con được cho vào sọt", "Rùa", "start"),
    ("Để được xem rùa đẻ trứng", "Để", "start"),
    ("Côn Đảo hiện nay có 14", "Côn", "start"),
    ("Theo Ban quản lý vịnh", "Theo", "start"),
    ("Quang hợp tạo ra", "Quang", "start"),
    ("Đàn bầu có hai phần", "Đàn", "start"),
    ("Trong quá khứ, dây đàn", "Trong", "start"),
    ("Hai đề tài đều", "Hai", "start"),
    ("Ai cũng mê tiếng đàn bầu", "Ai", "start"),
    ("Quá trình này xảy ra", "Quá", "start"),
    ("Trước đây, đã có nhiều lần", "Trước", "start"),
    ("Biết đây là cảnh tượng", "Biết", "start"),
    ("Anh Châu Học cho biết", "Anh", "start"),
    # end
    ("khi mặt trời còn dịu", "cao", "end"),
    ("bắt đầu bơi vào bờ", "bờ", "end"),
    ("Đây là tín hiệu vui", "Đảo", "end"),
    ("đã có dấu hiệu phục hồi", "hồi", "end"),
    ("nhập cuộc tốt hơn", "hơn", "end"),
    ("đưa bóng đi vọt xà", "xà", "end"),
    ("bên dưới lớp biểu bì", "bì", "end"),
    ("một nhạc cụ được yêu thích", "thích", "end"),
    ("tình non sông xứ sở", "sở", "end"),
    ("chỉ có duy nhất một dây", "dây", "end"),
    ("độc đáo và hấp dẫn nhất", "nhất", "end"),
    ("cư dân địa phương", "phương", "end"),
    ("trên đất liền và dưới biển", "biển", "end"),
    # function
    ("tổng số trứng kỷ lục", "với", "function"),
    ("thích hợp để rùa biển", "để", "function"),
    ("Pháp luật Việt Nam nghiêm cấm", "của", "function"),
    ("Không chỉ nằm chết ở dưới biển", "ở", "function"),
    ("thích nghi với chức năng", "với", "function"),
    ("sinh vật torng tự nhiên", "về", "function"),
    ("thon dần về phía đuôi", "về", "function"),
    ("các biên giới của các tấm", "của", "function"),
    ("tăng dần về kích thước", "về", "function"),
    ("tàu cá chạy đến đâu", "đến", "function"),
    ("cảnh tượng hiếm hoi tại", "tại", "function"),
    ("lần thứ hai trong năm", "trong", "function"),
    ("xuất hiện trên các vùng biển", "trên", "function"),
    # name
    ("Hòn Cau, Hòn Tre", "Cau", "name"),
    ("hòn Bảy Cạnh là khu vực", "Cạnh", "name"),
    ("tập trung nhiều ở Hòn Mun", "Mun", "name"),
    ("biển Nam Trung Bộ", "Trung", "name"),
    ("gây sức ép bên hành lang", "Hải", "name"),
    ("Tiến Linh có cơ hội", "Linh", "name"),
    ("từ thời nhà Lý", "Lý", "name"),
    ("Kim Thành cho rằng", "Thành", "name"),
    ("ở hội Lim", "Lim", "name"),
    ("Tàu anh Duy chạy tới đâu", "Duy", "name"),
    ("huyện Cam Lâm", "Lâm", "name"),
    ("vùng biển Khánh Hoà", "Hoà", "name"),
    ("Theo video được anh Châu Học", "Học", "name"),
    # inner
    ("Bản tính tự nhiên", "tính", "inner"),
    ("có thói quen di cư", "quen", "inner"),
    ("quần thể Rùa xanh", "thể", "inner"),
    ("giữ trật tự", "trật", "inner"),
    ("quản lý tài nguyên", "nguyên", "inner"),
    ("dược liệu cho y học", "dược", "inner"),
    ("cung bậc âm thanh", "bậc", "inner"),
    ("độ cộng hưởng", "cộng", "inner"),
    ("âm nhạc cổ truyền", "cổ", "inner"),
    ("vô cùng độc đáo", "độc", "inner"),
    ("các mảng kiến tạo di chuyển", "kiến", "inner"),
    ("Nhiều người thích thú", "thú", "inner"),
    ("loài cá thân thiện", "thiện", "inner"),
    # number
    ("khoảng 80 trứng", "trứng", "number"),
    ("khoảng 3 giờ đồng hồ", "giờ", "number"),
    ("khoảng 18 bãi biển", "bãi", "number"),
    ("90.687 con", "con", "number"),
    ("khoảng 50 năm", "năm", "number"),
    ("24 loài thực vật", "loài", "number"),
    ("năm 2002 trở về trước", "trở", "number"),
    ("Đúng 4 phút sau", "phút", "number"),
    ("Sau 2 tình huống", "tình", "number"),
    ("hiệp 2 diễn ra", "diễn", "number"),
    ("khoảng hơn 1 mét", "mét", "number"),
    ("bởi 7 mảng lớn", "mảng", "number"),
    ("lên đến 100 con", "con", "number"),
]

# Tokens by shape, each from a real list (see SOURCES): AB = the ABPVN adblock filter list (filter/abpvn.txt),
# HG = HaGeZi's gambling DNS blocklist (adblock/gambling.mini.txt), TT = a thanhtra.com.vn report on binary-option
# scam sites.
TOKENS = {
    "domain": ["xoilac78.tv", "mitom365.tv", "vebo4.live", "banhkhuc6.com", "khomuc9.fun", "listnhacai1.com",
               "bongdaso66.net", "roxymoxy.com", "jokaroom.net", "juicystakes.eu", "rivalo.com", "jumbohoki.com",
               "aresbo.com"],
    "letter-digit": ["Rakhoi12", "Caheo7", "Vaoroi13", "Bongdalu4", "Jaguar88", "Ritzo3", "Jumbo33", "Juara8",
                     "Jagat303", "Jaya755", "Rosa5", "Juan365", "Retro124"],
    "CamelCase": ["ThapCam", "TinSoiKeo", "JonnyJackpot", "JazzySpins", "JagoBanget", "RichPalms", "JungleRaja",
                  "RiverBelle", "RoyalPanda", "JuraganCuan", "RoxyPalace", "JalurExpress", "JazzSports"],
    "lower-case": ["keoso", "soikeoz", "chotlo", "janjigacor", "jebolgacor", "juwonviral", "rollero", "rizvia",
                   "jiatogel", "jkttoto", "romojaya", "jagungbakar", "jambobet"],
    "digit-led": ["90phutz", "300tsars", "33smiley", "3ss55", "55five", "365jogo", "5hhh", "3oaks", "5dimes", "44aces",
                  "2xsport", "4rabet", "40dom"],
    "hyphenated": ["vebo-vast", "bongda-info.com", "jammy-jack", "jaya-arenadewa", "joker-xoth", "4-daddy.casino",
                   "5-rr", "345-bets", "53-bets", "30-casino", "richy-fish", "48-brunocasino-9", "ro-slot"],
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

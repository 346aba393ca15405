"""Build ``benchmarks/data/langfresh22/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata38.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh22.py``. Same format as langfresh14-21
(``benchmarks/langid.py --data benchmarks/data/langfresh22 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is the order of the spam rows, shuffled with a fixed seed (``SEED``) so
that places are interleaved in the file.

Unlike langfresh21, the spam cases and the clean controls come from *different* pages:

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-03) on topics no earlier langfresh set had (Wi-Fi routers, badminton rackets,
  air conditioners, printer ink, fishing tackle, guitars, cat food, refrigerators, mechanical keyboards, football
  boots, e-readers, SSDs, an electric motorbike, lipsticks), each full of real Latin tokens a spam detector could take
  for a pasted token (TP-Link, DrayTek, Cat.6A, 802.11b, Mbps, OFDMA, 3UG4, 4U, Li-Ning, BTU, R32, QualityLogic,
  Jighead, CALCUTTA CONQUEST DC, ANTARES HG, Vietnam-fishing.com, LI DAMAO, THG, AAFCO, DCM, taurine, Cherry MX,
  Gateron, ZealPC, PCB, BlackWidow, NikeiD, Vapor IX, EPL, AoBongDa.net, RangsitFootball, Flyknit, Kobo Clara,
  Koreader, Nook Simple Touch, NVMe, 985MBps, SM961, V-NAND, WD Black SN850, Pega-S, 92Ah, FDA, Byrdie, NARS...).
* ``spam.tsv`` (``SPAM_PAGES`` and ``SPAM``): 78 cases on 78 further real sentences of other pages (travel in Hà
  Giang, bún bò Huế, durian farming, the Hương pagoda festival, Bát Tràng pottery, rice harvests, dengue prevention,
  Phú Quốc fish sauce), one syllable replaced by one token (its first whole-word occurrence; columns: split, spam
  text, token, original word, original sentence, place), 13 at each of six places: ``start`` (the sentence's first
  syllable), ``end`` (its last syllable, before the final punctuation), ``function`` (a function word: của, từ, đến,
  cho, với, trong, về, và, qua, nhờ), ``name`` (a syllable of a Vietnamese person or place name), ``inner`` (a
  syllable inside a compound word: trung tâm, vui đùa, tổ chức, thu hoạch, cao niên, hiện tại, nông nghiệp, chập
  choạng, khai phá, ngư dân, lần lượt, đặc sắc, thung lũng) and ``number`` (the syllable right after a number: 61
  tỉnh, 3 giờ, 15 công nhân, 800 tấn, 6 người, 2 - 3 tuần, tháng 8 âm lịch...). Every row ``blind``.

Tokens (``SPAM``; sources in the set's SOURCES): names of scam, gambling, fake-task, fake-exchange and loan-app sites
of the chongluadao.vn blocklist (as mirrored by curbengh/vn-badsite-filter), written as spam writes them (full domain
with .vip/.bet/.club/.win/.trade/.life/.app/.site/.click/.me/.net/.com, bare name, CamelCase, capitals, letter-digit
codes), and random host labels of the "kuwin"/"98win" spam network found on pages of the same corpus. None is an
earlier set's token, in spam_brands.txt or the held-out stems, or in tests/, tools/, benchmarks/data/ or mtpipe/
(``grep -rilw``), and none holds a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters or
more, nor is held by an earlier token (all checked before any run).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh22"
SEED = 38

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
W1 = "https://tinhocthanhkhang.vn/dung-nhieu-access-point-co-lam-mang-cham-khong"
W2 = "https://tinhocthanhkhang.vn/lap-dat-nhieu-router-wifi-trong-nha-uu-va-nhuoc-diem"
W3 = "https://www.tp-link.com/vn/blog/1042/"
W4 = "https://thanhnien.vn/loai-router-wi-fi-dang-kim-ham-toc-do-internet-185251215005959275.htm"
W5 = "https://tientranmobile.com/wifi-6-la-gi"
W6 = "https://mn.com.vn/hoc-internet/bang-so-sanh-toc-do-cua-cac-chuan-wi-fi-pho-bien"
W7 = "https://tp-link-thaiforum.com/?p=1035"
B1 = "https://infonet.vietnamnet.vn/cach-chon-vot-cau-long-phu-hop-voi-nguoi-choi-234900.html"
B2 = "https://phivansport.vn/chon-vot-cau-long-6-1.post"
B3 = "https://liningvietnam.com.vn/blogs/news/cach-doc-thong-so-vot-cau-long-cho-nguoi-moi-bat-dau"
B4 = "https://www.vnbadminton.com/threads/luu-y-mot-so-goi-y-rat-huu-ich-khi-chon-vot-cau-long.11882/"
B5 = "https://truyenhinhcapsongthu.net/top/lieu-rang-da-danh-cau-long-hay-roi-thi-danh-vot-nao-cung-hay/MP4rBc1S0IgqYE2k"
A1 = "https://baothuonggia.com/cac-khai-niem-dieu-hoa-khong-khi-can-biet-de-chon-mua-dung.html"
A2 = "https://vietbao.vn/dieu-hoa-tiet-kiem-dien-nguoi-tieu-dung-bi-ho-voi-cong-nghe-inverter-366837.html"
I1 = "https://khoahoc.tv/hp-900-va-cau-chuyen-muc-in-nap-lai-16559"
F1 = ("https://vietnamfishingreview.vn/index.php?option=com_content&view=article&id=374:thế-giới-lure-chọn-cần-lure-đúng"
      "-–-phần-2&catid=24&Itemid=129&lang=vn")
F2 = ("https://vietnamfishingreview.vn/index.php?option=com_content&view=article&id=373:thế-giới-lure-chọn-cần-lure-đúng"
      "-–-phần-1&catid=24&Itemid=129&lang=vn")
F3 = ("https://vietnamfishingreview.vn/index.php?option=com_content&view=article&id=375:thế-giới-lure-chọn-cần-lure-đúng"
      "-–-phần-3&catid=24&Itemid=129&lang=vn")
F4 = "http://www.saogiku.com/toshi_p1_1-1_2-1_3-632_4-573_9-2_11-10_12-8_13-86.html"
F5 = "https://vietnam-fishing.com/lua-chon-duoc-can-cau-tot"
G1 = "https://muabanguitarnk.blogspot.com"
G2 = "https://guitar.station.vn/?p=1424"
G3 = "https://tudienamnhac.blogspot.com/2017/03/gioi-thieu-ve-guitar.html"
G4 = "https://123docz.net/document/513149-tu-hoc-ghi-ta.htm"
C1 = "https://tusach.thuvienkhoahoc.com/wiki/Cho_m%C3%A8o_%C4%83n"
C2 = "https://petwow.vn/?p=2435"
C3 = "http://cityzoo.vn/doc-nhan-bao-bi-thuc-an-cho-meo.html"
C4 = "https://petfeasts.store/?p=439"
R1 = "http://dienlanhphutho.com/news/tu-van-su-dung-tong-hop-ma-loi/so-luoc-ve-tu-lanh-28.html"
K1 = "https://tinhte.vn/posts/47987364/report"
K2 = "https://apshop.vn/blogs/kien-thuc-gaming-gear/nhung-dieu-ban-can-biet-ve-mot-chiec-ban-phim-co-p2-switch-co-la-gi"
K3 = "https://thuanbui.me/tim-hieu-ve-mechanical-switch"
K4 = "https://goccamhung.me/tat-tan-tat-ve-switch-ban-phim-co/"
K5 = "https://www.bachphong.com/tim-hieu-ban-phim-co-nhung-phim-nhan-dat-gia"
K6 = "https://spiderum.com/bai-dang/BAN-PHIM-SINH-RA-LA-DE-GO-l6q"
S1 = "https://meomeoshoes.com/cach-phan-biet-cac-loai-dinh-giay-trong-bong-da"
S2 = "https://longsportbh.com/cach-chon-giay-da-bong-san-co-nhan-tao-chuan-6/"
S3 = "https://rangsitokdrive.com/giay-san-co-nhan-tao-khac-gi-giay-san-dat"
S4 = "https://futsalshopvn.blogspot.com/2013/04/ai-i-giay-gi-22042013.html"
S5 = "https://www.goosport.vn/?p=10356"
S6 = "https://aobongda.net/cach-chon-giay-bong-da-san-co-nhan-tao-cho-tung-mat-san"
E1 = "https://hlastore.vn/chon-may-doc-sach-p1"
E2 = "https://gamek.vn/do-choi-so/may-doc-sach-dien-tu-nao-phu-hop-voi-ban-20111202123530295.chn"
E3 = "https://bnews.vn/may-doc-sach-dien-tu-co-the-la-san-pham-tiep-theo-bi-smartphone-thay-the/332141.html"
D1 = "https://gvn360.com/?p=124267"
D2 = "https://tienthanhltd.com.vn/news/tin-tuc-su-kien/o-ssd-nvme-la-gi-ban-co-nen-mua-chung-hay-khong-66.html"
D3 = ("https://trangcongnghe.vn/cong-nghe/dien-thoai/22473-samsung-ra-mat-ssd-960-pro-va-960-evo-dung-luong-2tb-toc-do"
      "-doc-35gb-s.html")
D4 = "https://wikimobi.vn/chia-se-ve-o-samsung-980-pro-nen-bo-qua-phien-ban-250-gb-len-han-1-tb/"
D5 = "https://trangcongnghe.vn/cong-nghe/thiet-bi-so/157695-pc-build-101-moi-dieu-ban-can-biet-khi-chon-mua-ssd.html"
M1 = "http://otoxemay.vn/xe-doi-song/biker-xuyen-viet-bang-xe-may-dien"
L1 = "https://makemeup.vn/blog/top-3-dong-son-moi-mac-khien-hoi-chi-em-phat-cuong.html"
L2 = ("https://blog.unishipping.vn/xu-huong/khong-noi-nhu-mac-ruby-woo-nhung-8-cay-son-nay-van-la-cuc-pham-ma-gioi-bien"
      "-tap-vien-lam-dep-khong-thieu/amp")
L3 = "https://onganh_beauty_blog_fb.kolauthor.com/post/1561364620719047"
L4 = "https://kenh14.vn/son-hong-canh-sen-khien-nguoi-ta-chay-mat-dep-nhung-lisa-van-hien-ngang-danh-va-dep-phat-dien-20190407001223917.chn"

CLEAN = [
    # tinhocthanhkhang.vn, tp-link.com, thanhnien.vn, tientranmobile.com, mn.com.vn, tp-link-thaiforum.com (Wi-Fi)
    (W1, "Nhiều người vẫn lầm tưởng Access Point WiFi giống hệt Router Wifi, nhưng thực ra AP chỉ là thiết bị mạng trung gian giúp mở rộng vùng phủ sóng Wifi từ một nguồn chính, thường là Router Wifi có tính năng phát DHCP, NAT."),
    (W1, "AP sẽ kết nối qua dây mạng Cat.5E, Cat.6, thậm chí Cat.6A hoặc Cat.7 để duy trì tốc độ ổn định, đảm bảo người dùng không bị giảm băng thông so với cổng LAN chính."),
    (W1, "Các thương hiệu như TP-Link, DrayTek, Ubiquiti có dòng Access Point hỗ trợ Mesh Wifi, cho phép các AP liên kết không dây mà vẫn tạo một mạng Wifi."),
    (W2, "Với sự hỗ trợ từ các thiết bị mạng của TP-Link, DrayTek, Mercusys, Totolink, Tenda, Aptek hay Wi-Tek – những thương hiệu đã quá quen thuộc với người dùng tại Việt Nam – hy vọng bạn sẽ tìm ra được câu trả lời đúng cho ngôi nhà của mình."),
    (W3, "Ở bài viết dưới đây, TP-Link sẽ giải thích khái niệm Router WiFi là gì cũng như tổng hợp 7 thông tin cần biết để bạn dễ nắm bắt."),
    (W4, "Trong khi chúng ta thường háo hức nâng cấp laptop hay smartphone, router lại bị bỏ quên và ảnh hưởng lớn đến hoạt động truy cập internet của người dùng, ngay cả khi đường truyền có tốc độ cao."),
    (W4, "Băng tần 2,4 GHz lần đầu tiên được sử dụng rộng rãi vào năm 1999 với chuẩn 802.11b, cho phép tốc độ truyền dữ liệu tối đa 11 Mbps."),
    (W4, "Tốc độ này đã được cải thiện lên 54 Mbps với chuẩn 802.11g sau đó nhiều năm."),
    (W4, "Trong khi đó, router Wi-Fi 5 GHz có thể đạt tốc độ lên đến 1 Gbps, và Wi-Fi 7 6 GHz được cấp phép tại Mỹ vào năm 2020 có thể đạt tốc độ 2 Gbps."),
    (W5, "Wi-Fi 6 là tên thương mại dễ nhớ của chuẩn kỹ thuật IEEE 802.11ax."),
    (W5, "Wi-Fi 6E: Là Wi-Fi 6 nhưng được “mở rộng” (Extended) thêm băng tần 6GHz."),
    (W6, "Wi-Fi 4 (802.11n): Là chuẩn đầu tiên hỗ trợ cả 2.4 GHz và 5 GHz, với tốc độ lên đến 600 Mbps."),
    (W7, "Router (bộ định tuyến) là một thiết bị mạng lớp 3 trong mô hình OSI, có nhiệm vụ chuyển tiếp các gói dữ liệu giữa các mạng máy tính khác nhau."),
    # infonet.vietnamnet.vn, phivansport.vn, liningvietnam.com.vn, vnbadminton.com, truyenhinhcapsongthu.net (badminton)
    (B1, "Với người châu Á nói chung, 3U (85-89 gr) là trọng lượng vợt vừa phải; ai có cánh tay và cổ tay khỏe, có thể chọn 2U (90-94 gr); nữ giới và trẻ em thiếu niên có thể chọn loại nhẹ hơn như 4U (80-84 gr) hoặc 5U (dưới 80 gr)."),
    (B1, "Số G càng lớn, cán vợt càng nhỏ; người có bàn tay to thường chuộng cán chu vi G2, G3, còn người trung bình trở xuống thường chọn G4, G5."),
    (B1, "Như vậy, khi đọc tổng thể tem dán về tính chất vợt, có thể thấy 3UG4 hoặc 4UG5 thường là vợt hợp với người Việt."),
    (B2, "Người Châu Á và Việt Nam phù hợp sử dụng cán vợt G4 và G5 (Do bàn tay người Châu Á thường có kích thước nhỏ hơn người Châu Âu)."),
    (B3, "Hãy cùng Li-Ning khám phá cách đọc và giải mã các thông số vợt cầu lông phổ biến, đồng thời bỏ túi những lưu ý quan trọng giúp bạn tìm được “vũ khí” thi đấu lý tưởng nhất!"),
    (B3, "Với thể trạng trung bình của người châu Á, vợt 4U (80g – 84g) thường là lựa chọn tối ưu vì trọng lượng vừa phải, dễ kiểm soát và phù hợp với nhiều trình độ."),
    (B4, "Thường thì thiên hạ hay mua cây nào được nhiều người nhắc đến ví dụ như cây Nanospeed 9900 của Yonex chẳng hạn, vào diễn đàn nào cũng thấy đề cập đến nó...."),
    (B5, "Bài viết được ShopVNB - Hệ thống shop cầu lông hàng đầu Việt Nam với hơn 5 shop Premium và 65 chi nhánh trên toàn quốc kiểm duyệt và chia sẻ."),
    # baothuonggia.com, vietbao.vn (air conditioners)
    (A1, "Khi chọn mua điều hòa, bạn có thể bối rối giữa hàng loạt thông số kỹ thuật như BTU, inverter, COP hay R32."),
    (A2, "“Điều hòa Inverter chỉ tiết kiệm điện từ 10-20% với điều kiện ngoài trời dưới 36-38 độ C, tùy từng hãng sản xuất; còn trên 38 độ C thì điều hòa Inverter không hề tiết kiệm điện so với điều hòa thường, thậm chí còn tốn điện hơn vì cần nguồn điện để duy trì tốc độ quay của máy nén”, anh Hội nhận xét."),
    (A2, "Điều hòa thông thường (không Inverter) hầu như không được bày bán nhiều ở các siêu thị điện máy như trước kia bởi do công nghệ đã cũ; thêm vào đó, nhân viên bán hàng điện lạnh đều hướng khách hàng sang mua điều hòa có công nghệ Inverter, với ưu thế tiết kiệm điện vượt trội, để thuyết phục khách hàng."),
    (A2, "Dần dần, điều hòa không Inverter xuất hiện ngày càng ít trên thị trường."),
    (A2, "Kỹ sư điện lạnh Nguyễn Năng Hội cho rằng, trên thực, tế, điều hòa Inverter không hề tiết kiệm điện như những gì thông số nhà sản xuất đưa ra."),
    # khoahoc.tv (printer ink)
    (I1, "Trong một khảo sát gần đây của HP, gần 40% người tiêu dùng cho biết đã dùng mực đổ lại khi máy in hết mực."),
    (I1, "QualityLogic, một trong những tổ chức kiểm tra chất lượng độc lập lớn nhất thế giới, mới đây đã so sánh ống mực in phun của HP với các ống mực được đổ tại bốn hệ thống kiosk hàng đầu ở Mỹ."),
    (I1, "Hộp mực in laser đen và đơn sắc chính hãng có độ tin cậy cao gấp 9 lần và hộp mực in màu inkjet đáng tin cậy gấp 50 lần so với những nhãn hiệu hàng đầu của thị trường mực \"ăn theo\"."),
    # vietnamfishingreview.vn, saogiku.com, vietnam-fishing.com (fishing tackle)
    (F1, "Action của cần đi từ nhẹ (L), trung bình (M), trung bình/nặng (MH),và nặng (H)."),
    (F1, "Vì nếu dùng dây braid 30lb (đk tối đa chỉ khoảng 0.2mm) câu với mồi nhựa mềm, gắn vào lưỡi Jighead ¼ OZ thì khả năng quăng mồi sẽ không giống như khi quăng với một cây cần có mức line weight là 30lb."),
    (F2, "Bạn không thể dùng một cây cần có action H (heavy) để quăng ra loại mồi top water (loại nổi trên mặt) rồi mong đợi mồi có phản ứng thích hợp, chinh phục cá."),
    (F2, "Một cây cần lure cơ bản được làm từ một trong hai loại vật liệu là thủy tinh (fiberglass) hoặc carbon (graphite)."),
    (F3, "Trong action thì chia ra S (Slow ); M (Medium hay Moderate); MF (Medium Fast); F (Fast); EF (Extra Fast)."),
    (F3, "Power và Action (sức mạnh và độ cong) là hai tiêu chuẩn quan trọng để mô tả kết cấu cần câu, ta cần phải hiểu rõ để phân biệt."),
    (F4, "Vào năm 2003 dòng máy có hệ thống DC đầu tiên đã xuất hiện đó là CALCUTTA CONQUEST DC."),
    (F4, "Kỷ lục quăng xa nhất vào năm 2006 của máy ANTARES DC 2006 là 111m (có gió nhẹ), ngay cả vào năm 2013 với dòng máy ANTARES HG cũng chỉ đạt mức 99m (không gió)."),
    (F5, "Trong bài viết dưới đây của Vietnam-fishing.com, bạn đọc sẽ được thầy LI DAMAO bàn về chuyện câu cá, và làm thế nào để chọn được cần câu tốt."),
    # muabanguitarnk.blogspot.com, guitar.station.vn, tudienamnhac.blogspot.com, 123docz.net (guitars)
    (G1, "Thời gian gần đây Gold Music nhận được rất nhiều email hỏi về cách chọn đàn Guitar và chi tiết các loại đàn."),
    (G1, "Đàn Guitar dây thép - một cái tên khá quen thuộc - người Việt Nam chúng ta thường gọi như vậy để phân biệt với đàn Guitar dây nylon (Classic Guitar) hay guitar điện (Electric Guitar)."),
    (G1, "Guitar Acoustic tiêu chuẩn có sáu dây làm bằng thép, trong khi Guitar cổ điển có sáu dây, ba trong số đó là dây nylon."),
    (G2, "Ở phần thứ nhất, tôi sẽ nói về việc chọn cho mình cây guitar cũ có xuất xứ trong nước – made in Vietnam."),
    (G3, "Đàn guitar có 6 dây, theo thứ tự từ trên xuống dưới (hay từ dây to nhất xuống dây nhỏ nhất) là: Mì La Rề Son Si Mí – theo cách gọi phổ biến ở Việt Nam, hay E A D G B E – theo ký âm phương Tây."),
    (G4, "THG được thiết kế cho mọi trình độ, sở thích và loại nhạc bạn theo đuổi, cả guitar điện và guitar thùng dây sắt."),
    # tusach.thuvienkhoahoc.com, petwow.vn, cityzoo.vn, petfeasts.store (cat food)
    (C1, "Bạn nên mua thức ăn được chứng nhận AAFCO và thảo luận một số phương pháp cho ăn với bác sĩ thú y nếu có thắc mắc hoặc nghi ngờ."),
    (C1, "Mèo trưởng thành có kích thước trung bình cần hấp thụ 250 calo mỗi ngày với cân bằng chất đạm, carbohydrate, chất béo, vitamin, và khoáng chất."),
    (C2, "Một con mèo được cho ăn chế độ ăn thiếu taurine có thể phát triển một bệnh cơ tim nghiêm trọng gọi là bệnh cơ tim giãn nở (DCM)."),
    (C2, "Trên thực tế, DCM từng là một trong những chẩn đoán phổ biến nhất về bệnh tim mắc phải ở mèo cho đến khi các nhà nghiên cứu phát hiện ra mối liên hệ giữa tình trạng thiếu taurine và DCM ở mèo."),
    (C3, "Nếu bột thịt gà (chicken meal) xếp đầu tiên, điều đó có nghĩa là thức ăn mèo này có nhiều chất đạm."),
    (C3, "Nếu một bao thức ăn cho mèo không bao gồm thành phần cá hoặc có ghi dòng “gluten – free”, nghĩa là chúng sẽ không gây bất cứ dị ứng nào trừ khi mèo của bạn quá nhạy cảm với thực phẩm."),
    (C4, "Petfeast sẽ giúp bạn hiểu rõ hơn về các yếu tố cần lưu ý khi lựa chọn thức ăn cho chó mèo và cách xây dựng một chế độ ăn uống khoa học."),
    (C4, "Mèo là loài ăn thịt bắt buộc (obligate carnivore)."),
    # dienlanhphutho.com (refrigerators)
    (R1, "Cấu tạo điểm chung của Compressor cho dòng tủ hoàn toàn là dạng Piston."),
    # tinhte.vn, apshop.vn, thuanbui.me, goccamhung.me, bachphong.com, spiderum.com (mechanical keyboards)
    (K1, "Bàn phím cơ (Mechanical Keyboard) ngay từ cái tên gọi đã khiến chúng ta đoán được là bàn phím sử dụng các thành phần cơ học."),
    (K2, "Chào các bạn đã trở lại với bài viết thứ hai trong series “Những điều bạn cần biết về một chiếc bàn phím cơ” của APShop."),
    (K3, "Có rất nhiều thương hiệu sản xuất switch cho bàn phím cơ: Cherry MX, Gateron, Kailh, ZealPC, Razer, Logitech…"),
    (K3, "Topre switch hay còn được gọi là Capacitive non-contact switch (công tắc điện dung không tiếp xúc) do Topre Corporation, Nhật Bản sản xuất."),
    (K4, "Năm 2014, khi bản quyền của Switch Cherry MX đã hết hạn, các hãng khác tha hồ sử dụng nên hiện nay nó là dòng switch phổ biến nhất do có rất nhiều hãng tham gia vào sản xuất."),
    (K4, "Switch – công tắc cơ học là những công tắc nằm phía dưới của keycap, có nhiệm vụ kết nối với PCB để truyền tín hiệu mỗi khi phím được nhấn."),
    (K5, "Chẳng hạn BlackWidow Tournament 2014 sử dụng switch Orange của Razer có giá 1,87 triệu đồng hoặc thậm chí Happy Hacking Professional 2 giá đến 5,3 triệu đồng; tức gấp vài chục lần so bàn phím membrane của Mitsumi hoặc Genius phổ biến hiện nay."),
    (K6, "Khi nhìn lại thời kì trước, khoảng 2007 – 2010 gì đấy, khi bàn phím chúng ta chỉ có vài ba hãng Mitsumi hay Dell mà bàn phím khi đó chỉ sử dụng tấm nền cao su, đa phần là vậy."),
    # meomeoshoes.com, longsportbh.com, rangsitokdrive.com, futsalshopvn.blogspot.com, goosport.vn, aobongda.net (football boots)
    (S1, "Kèm với đế SG thì hãng Nike có phát triển 1 công nghệ có tên là Anti-Clog."),
    (S2, "Hãy tưởng tượng mặt sân TF là phiên bản cấp thấp và cũ hơn của sân AG."),
    (S3, "RangsitFootball từng chứng kiến không ít pha “vồ ếch” vì chọn nhầm giày, hay những đôi giày “nát bét” chỉ sau vài trận trên mặt sân không phù hợp."),
    (S4, "Không có nhiều cầu thủ mang phiên bản NikeiD của mẫu Vapor IX mới, vì vậy khá đặc biệt khi nhìn thấy một đôi như của Chico Flores."),
    (S4, "James McClean là cầu thủ đầu tiên mang Vapor IX tự thiết kế trên NikeiD ở EPL, và đôi Vapor IX của anh có phẩy Nike cũng khá nổi bật."),
    (S5, "Với triết lý thiết kế tập trung vào tốc độ và sự linh hoạt, các dòng giày của Nike như Mercurial Vapor hay Superfly được rất nhiều tiền đạo và tiền vệ cánh ưa chuộng."),
    (S5, "Đặc điểm nổi bật của Nike chính là công nghệ sợi dệt Flyknit mang lại cảm giác ôm sát như một đôi tất, giúp cầu thủ có cảm giác bóng chân thực nhất."),
    (S6, "AoBongDa.net xin đưa ra nhận xét về một số ưu và khuyết điểm của các lọai đế giày đá bóng."),
    # hlastore.vn, gamek.vn, bnews.vn (e-readers)
    (E1, "Máy có màn hình nhỏ hơn như Kobo Clara hoặc Kindle Basic rất cơ động, tiện lợi để mang theo và có chi phí hợp lý."),
    (E1, "Nếu bạn thường đọc PDF dạng chữ, hãy cài đặt Koreader để tối ưu việc đọc."),
    (E2, "Sony là hãng tiên phong cho công nghệ này với việc cho ra mắt Sony Reader Touch Edition và Sony Reader Pocket Edition."),
    (E2, "Barnes & Noble đã cho ra mắt Nook Simple Touch vào mùa hè năm ngoái, Kobo đã đáp lại trào lưu này với Kobo eReader Touch Edition."),
    (E2, "Đến mùa đông năm nay, Amazon mới chính thức nhập cuộc với Kindle Touch."),
    (E2, "Chỉ duy nhất một ngoại lệ ở đây là Nook Simple Touch là không kèm quảng cáo."),
    (E3, "Điều này được thể hiện lần đầu tiên khi Apple ra mắt máy tính bảng iPad."),
    # gvn360.com, tienthanhltd.com.vn, trangcongnghe.vn, wikimobi.vn (SSDs)
    (D1, "Nếu bạn đang cần tìm một loại SSD với mức giá mềm nhất, mục đích là cài Windows để dùng máy cho mượt và tránh lỗi full disk huyền thoại trên Windows 10 thì bạn nên chọn SSD 2.5inch SATA."),
    (D2, "Non-Volatile Memory Express (NVMe) là một chuẩn giao tiếp ổ cứng được giới thiệu hồi năm 2013."),
    (D2, "PCIe 3.0, thế hệ hiện tại của chuẩn PCI Express, có tốc độ tuyền tải tối đa 985MBps trên mỗi làn."),
    (D3, "Hồi đầu năm nay, Samsung ra mắt thế hệ ổ SSD M.2 PCIe tiếp theo dành cho OEM với 2 phiên bản SM961 và PM961."),
    (D3, "Cả 2 đều dùng công nghệ V-NAND và dùng vi điều khiển mới Samsung Polaris, cải thiện đáng kể hiệu năng."),
    (D3, "Vì vậy Samsung tung dòng 960 PRO và 960 EVO để đáp ứng."),
    (D4, "Dòng ổ này có tốc độ tối đa tầm 7000 MB/s (đọc) và 5000 MB/s (ghi), là đối thủ của WD Black SN850 với cùng thông số."),
    (D4, "Vi điều khiển đời mới có tên Samsung Elpis, hỗ trợ xử lý đồng thời 128 I/O queue, gấp 4 lần so với vi điều khiển Phoenix trên dòng 970 Pro."),
    (D4, "Mình đang xài phiên bản 250 GB của 980 Pro, chia sẻ thêm với anh em dưới đây về tốc độ, hiệu năng thực của nó."),
    (D5, "Liệu bo mạch chủ có hỗ trợ SSD cổng M.2 hay không?"),
    (D5, "Ổ cứng truyền thống (HDD) thường khá chậm chạp bởi chúng hoạt động theo dạng cơ học."),
    # otoxemay.vn (an electric motorbike)
    (M1, "Anh đã mua xe máy điện Pega-S được sáu tháng và chạy được hơn 23.000km."),
    (M1, "Đây là mẫu xe sản xuất tại Việt Nam, trang bị một viên pin Lithium 92Ah kèm thiết bị sạc nhanh 15A."),
    (M1, "Xe có tính kinh tế cao, bởi chỉ cần lượng điện tương đương 3.000 đồng để chạy được 100km."),
    # makemeup.vn, blog.unishipping.vn, kolauthor.com, kenh14.vn (lipsticks)
    (L1, "MAC chính là từ viết tắt của cụm từ Make Up Art Comestic, đây là một thương hiệu mỹ phẩm nổi tiếng thế giới có trụ sở chính được đặt tại thành phố New York của Mỹ, còn trên thực tế sản phẩm son Mac chính hãng đều được sản xuất tại các nước thứ 3 như là Canada, Bỉ,…"),
    (L1, "Theo như bảng kiểm định và phân tích hàm lượng chì có trong son của Cục quản lý Dược phẩm và thực phẩm Mỹ- FDA thì nồng độ chì có trong son môi Mac luôn rất thấp, vì thế bạn có thể an tâm khi sử dụng son Mac hằng ngày cho đôi môi của mình."),
    (L2, "Sau đây là 9 cây son đỏ được các biên tập viên của chuyên trang làm đẹp uy tín Byrdie đánh giá là “đỉnh” nhất mà tín đồ son môi nào cũng nên thử."),
    (L2, "Khi sáng tạo ra màu son này, mục tiêu số một mà Rihanna hướng đến chính là màu son đỏ dành-cho-tất-cả-mọi-người, hợp với mọi tông da, chủng tộc và nó đã thực sự không gây thất vọng."),
    (L2, "Sở hữu làn da trắng sáng, BTV Erin Jahns lại là một fan cứng của màu son đỏ Lover đến từ thương hiệu Hourglass."),
    (L3, "Sáp dưỡng môi của La Mer và Bobbi Brown rất thích (La Mer còn đặc biệt đắt nha), nhưng đựng trong hộp thiếc như hộp vaseline ngày xưa nên mình hơi ngại dùng vì mỗi lần bôi phải dùng ngón tay khá bất tiện."),
    (L3, "Một vài cái tên perfect theo mình chính là son dưỡng của Dior, NARS và Clé de Peau Beauté (tất cả đều loanh quanh khoảng 750k - 850k tùy thuộc bạn mua ở đâu)."),
    (L3, "Nói thế không phải để phân biệt mỹ phẩm highend thì tốt bình dân thì không, vì có rất nhiều món đồ bình dân giá 100-150k nhưng mình dùng mãi vẫn tâm đắc như tẩy da chết cà phê của Cocoon hay eyeliner của Maybelline chẳng hạn."),
    (L4, "Đó là cô \"em gái quốc tế\" - Lisa (Black Pink)."),
    (L4, "Duy chỉ có một lần, cô quyết tâm chơi lớn, đồng bộ cả màu mắt lẫn màu son là lúc quay MV \"Kill This Love\"."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam cases only (none of them a control page).
H1 = "https://peacetour.com.vn/tin-tuc/du-lich-mien-bac/kinh-nghiem-du-lich-ha-giang-trong-4-ngay-3-dem"
H2 = "https://thegioicombo.vn/blog/lich-trinh-ha-giang-3n2d-di-ngam-hoa-tam-giac-mach-cuoi-nam-b981.html"
H3 = "https://63stravel.com/vn/event/ha-giang/le-hoi-cau-trang-ha-giang-720"
H4 = "https://baohanam.com.vn/du-lich/10-dieu-du-khach-kinh-nghiem-khuyen-lam-o-ha-giang-56907.html"
H5 = "https://bookingtour.vn/blog/trai-nghiem-ngam-hoa-tam-giac-mach-o-ha-giang.html"
H6 = "https://dulichkhatvongviet.com/phuot-ha-giang-mua-tam-giac-mach"
H7 = "https://gody.vn/bai-viet/ha-giang-nhung-con-deo-dai-nhu-bat-tan-7408"
N1 = "http://anan-vietnam.com/vn/hcmc/content/detail.php?id=20070411120637&type=REP"
N2 = "https://www.nguoi-viet.com/doi-song/bun-bo-thuy-cua-thanh-pho-hue/"
N3 = "https://congdongviet.net/B%C3%BAn_b%C3%B2_Hu%E1%BA%BF"
N4 = "https://vhuy.shop/bun-bo-hue-vi-cay-nong-dam-da-cua-dat-co-do"
U1 = "https://1954.vn/ban-tin-thoi-tiet-nong-vu-sang-ngay-21-09-2015.html"
U2 = "http://nghean24h.vn/sau-rieng-dang-la-vua-cua-cac-loai-cay-trong-o-tay-nguyen-a640854.html"
U3 = "https://giacaphe.com/tag/sau-rieng-dak-lak/"
U4 = "http://plo.vn/kinh-te/hat-sau-rieng-duoc-thu-mua-gia-cao-hon-qua-779457.html"
U5 = "http://www.qdnd.vn/kinh-te/cac-van-de/lam-giau-tu-trong-sau-rieng-va-bo-booth-529726"
U6 = "https://traicaydungmap.blogspot.com/2018/09/thu-phu-sau-rieng-daklak-vao-vu-thu.html"
U7 = ("https://danviet.vn/trong-sau-rieng-o-dong-nai-vi-nhu-cay-tien-ty-gia-sau-rieng-giam-nong-dan-noi-van-lai-chan"
      "-20230611203254684.htm")
U8 = "https://vov.vn/kinh-te/gia-sau-rieng-giam-nguoi-dan-bat-dau-lo-khung-hoang-thua-949267.vov"
P1 = "http://somientrung.com/van-hoa/video-khai-hoi-chua-huong-n20200130140349669.htm"
P2 = "http://kienthuc.net.vn/xa-hoi/anh-nhung-khoanh-khac-an-tuong-chua-huong-ngay-khai-hoi-819207.html"
P3 = "https://vneconomy.vn/khai-hoi-chua-huong-2024.htm"
T1 = "http://didulich.net/kham-pha/lang-gom-bat-trang-9685"
T2 = "https://vnexpress.net/giao-duc/lang-co-nao-o-ha-noi-noi-tieng-voi-nghe-nuoi-bat-ran-4029736-p5.html"
Q1 = "https://thanhnien.vn/kinh-doanh/gia-lua-tang-manh-nong-dan-dbscl-phan-khoi-893961.html"
Q2 = "https://doanhnghiepkinhtexanh.vn/tag/duoc-mua-duoc-gia.html"
Q3 = "https://thvl.vn/thoi-su-thvl/tin-dia-phuong/nong-dan-vinh-long-trung-mua-v%E1%BB%A5-lua-he-thu/"
X1 = "https://sinhviendanghoc.lhu.edu.vn/494/17863/Khong-co-muoi-van-khong-co-loang-quang-khong-con-sot-xuat-huyet.html"
X2 = "https://www.qpvn.vn/tin-video/da-nang-ung-pho-voi-dich-sot-xuat-huyet.html"
X3 = ("https://myquy.longxuyen.angiang.gov.vn/tram-y-te-phuong-my-quy-chuc-ra-quan-ve-sinh-moi-truong-diet-lang-quang"
      "-phong-chong-sot-xuat-huyet")
V1 = "https://baomoi.net.vn/nghe-lam-nuoc-mam-di-san-quoc-gia-o-phu-quoc-c47096355.epi"
V2 = "http://www.webdulich.com/dia-danh/nha-thung-nuoc-mam.html"
V3 = "https://vietnamtravellog.vn/nghe-lam-nuoc-mam-phu-quoc-di-san-man-moi-giua-long-bien-dao-an-giang-moi"
V4 = "https://doanhnhansaigon.vn/phong-su-ky-su/nha-thung-phu-quoc-1000201.html"
V5 = ("http://naungon.com/index.php?id=-ngam-ve-dep-nha-thung-nuoc-mam-o-hon-dao-lon-nhat-viet-nam-~-nuoc-mam-an-nuoc"
      "-mam-nam-ngu-&pageindex=13&q=h%C3%B4n")
V6 = "https://dunghangviet.vn/nuoc-mam-phu-quoc-di-san-tram-nam-ket-tinh-tu-tinh-yeu-nghe/"
V7 = "https://danhgianuocmam.com/nha-thung-o-phu-quoc-cho-ban-nhung-trai-nghiem-thu-vi.html"

SPAM_PAGES = [
    # peacetour.com.vn, thegioicombo.vn, 63stravel.com, baohanam.com.vn, bookingtour.vn, dulichkhatvongviet.com, gody.vn
    (H1, "Hà Giang là một tỉnh thuộc vùng Đông Bắc, nằm ở điểm cực Bắc của đất nước Việt Nam, cách Hà Nội khoảng 280km."),
    (H1, "Cổng trời Quản Bạ hay còn gọi là đèo Quản Bạ, nằm cách trung tâm thành phố Hà Giang khoảng hơn 46 km với độ cao 1.500m so với mực nước biển."),
    (H1, "Đứng trên cổng trời nhìn xa xa trước mặt là hình ảnh núi đôi Cô Tiên mờ mờ ảo ảo trong sương mù."),
    (H1, "Nổi bật nhất là ở thôn Hạ Thành, các gia đình đều lưu giữ được những nét văn hóa đặc sắc của người Tày, ngoài việc thu hút du khách, nơi đây còn là điểm để bà con người Tày từ nhiều địa phương khác đến tham quan, tìm hiểu văn hóa truyền thống của dân tộc mình."),
    (H2, "Bắt đầu từ tháng 10 cho đến tháng 12 hằng năm đi khi mà thời tiết bắt đầu trở lạnh, cũng là một mùa hoa tam giác mạch đẹp nhất trong năm nữa lại đến."),
    (H2, "Sau đó mình chạy thẳng lên nhà Vua Mèo - Dinh thự họ Vương tham quan và chiều tối về Lũng Cú - Bản Lô Lô Chải nghỉ."),
    (H3, "Lễ hội cầu Trăng là ngày hội vui nhất của người Tày ở Hà Giang, trong những ngày này những người già gặp nhau hỏi thăm chuyện gia đình, chuyện phát triển sản xuất, chăn nuôi."),
    (H3, "Đây cũng là ngày hội để các chàng trai, cô gái gặp nhau qua những câu hát trao duyên."),
    (H3, "Còn đối với trẻ em thì đây là ngày vui nhất, các em được rước đèn ông sao, được vui đùa, phá cỗ dưới ánh trăng rằm."),
    (H3, "Lễ hội cầu Trăng được tổ chức đúng ngày Rằm tháng Tám, lễ hội gồm hai phần là phần lễ và phần hội."),
    (H4, "Ghé nhà của Pao khi hoa đào nở, thăm nhà Vương nghe chuyện vua Mèo vào một ngày mưa... là những trải nghiệm khó quên."),
    (H4, "Vào những ngày có sương mù, từ trên đèo nhìn xuống dòng sông hiện lên mờ ảo, đẹp ấn tượng."),
    (H4, "Đây là cột mốc quốc gia, xa nhất về phía bắc trên đường biên giới Việt - Trung, thuộc bản Xéo Lủng, xã Lũng Cú, huyện Đồng Văn."),
    (H4, "Cột mốc này cách điểm cực bắc khoảng 2 km, cách cột cờ Lũng Cú 4 km."),
    (H5, "Khi tiết trời vào thu, những thung lũng và sườn đồi của Hà Giang được phủ kín bởi màu hồng tím nhẹ nhàng của loài hoa đặc trưng này."),
    (H5, "Hoa có vòng đời ngắn, chỉ khoảng 1-2 tháng, nhưng lại để lại ấn tượng sâu sắc bởi vẻ đẹp dịu dàng và sắc màu thay đổi theo thời gian."),
    (H5, "Hạt của cây được dùng để làm bánh, nấu rượu."),
    (H6, "Theo người dân ở Hà Giang, cứ sau mùa lúa nương thu hoạch, họ sẽ bắt đầu gieo hạt tam giác mạch, đến cuối tháng 11, đầu tháng 12 thì bắt đầu thu hoạch."),
    (H7, "Khoảng sát Tết âm lịch là mùa của những cây đào, cây mận nở hoa."),
    (H7, "Ấn tượng nhất là quãng đường từ xã Cản Tỉ đến xã Đông Hà( thuộc huyện Quản Bạ )."),
    (H7, "Nếu tự đi xe máy đến Hà Giang, bạn sẽ mất khoảng 7h vừa đi vừa nghỉ dọc đường."),
    # anan-vietnam.com, nguoi-viet.com, congdongviet.net, vhuy.shop (bún bò Huế)
    (N1, "Không chỉ ở Huế mới có bún bò Huế, giờ đây, cái món ngon nổi tiếng này đã có mặt hầu hết 61 tỉnh, thành cả nước."),
    (N1, "Có thể thay thịt bò bằng thịt heo, hoặc thêm cả trứng gà trứng cút vào tô."),
    (N2, "Nhiều vị cao niên ở cố đô Huế cho biết, thoạt đầu chế biến món bún bò này chỉ dùng thịt bò, không có thịt giò heo như về sau."),
    (N2, "Quán bún bò Thủy ở số 26 Nguyễn Công Trứ, Huế, rộng rãi thông thoáng, sắp đặt được nhiều bàn ghế, hầu như lúc nào cũng đông đảo thực khách; đặc biệt những đoàn khách du lịch, từ nhiều nơi tới thăm cố đô Huế."),
    (N3, "Những quán bún nổi tiếng ở Huế không tự mình làm bún mà họ phải mua ở làng Vân Cù, Bao Vinh - hai làng chuyên làm bún cách Huế chừng 5-10 km."),
    (N3, "Chính vì thế, mà những người bán bún ở Huế phải dậy từ 3 giờ sáng đến lò mổ để lấy thịt."),
    (N4, "Bún Bò Huế, hay còn được gọi là Bún Bò Giò Heo, có nguồn gốc từ vùng đất cố đô Huế – nơi từng là kinh đô của triều Nguyễn."),
    # 1954.vn, nghean24h.vn, giacaphe.com, plo.vn, qdnd.vn, traicaydungmap.blogspot.com, danviet.vn, vov.vn (durian)
    (U1, "Thời điểm này, bà con nhà vườn Đăk Lăk cũng như khu vực Tây Nguyên đang thu hoạch những diện tích sầu riêng cuối vụ."),
    (U2, "Hiện nay, sầu riêng đang bước vào vụ thu hoạch."),
    (U3, "Vài năm trở lại đây, do giá sầu riêng luôn ở mức cao, cho thu nhập tốt, nông dân vẫn đang ồ ạt mở rộng diện tích."),
    (U4, "Hơn một tháng nay, các tỉnh thuộc khu vực Tây Nguyên bước vào chính vụ thu hoạch sầu riêng."),
    (U4, "Chính vì lý do đó mà hạt sầu riêng năm nay được thu mua nhiều hơn và giá cả cao gấp 5-6 lần so với năm ngoái."),
    (U5, "Tại vựa thu mua sầu riêng trên địa bàn huyện Krông Păk của ông Lê Bình có khoảng 15 công nhân đang tích cực đóng gói, chất sầu riêng lên các xe container để xuất ra thị trường nước ngoài tiêu thụ."),
    (U5, "Qua gần hai tháng, đại lý của ông thu mua 800 tấn sầu riêng hạt lép của hơn 30 hộ nhà vườn."),
    (U5, "Chị Đinh Thị Ngà, xã Ea Yông, huyện Krông Păk trồng 80 cây sầu riêng xen canh trên một héc-ta cà phê."),
    (U6, "Năm nay sầu riêng được mùa, được giá khiến người trồng rất phấn khởi."),
    (U6, "Cả nông dân và thương lái đều vui mừng vì sầu riêng được giá nên việc mua, bán đều khá thuận lợi."),
    (U7, "Năm nay, tùy địa phương mà sầu riêng ở Đồng Nai vào vụ thu hoạch trễ hơn từ 1-2 tháng so với mọi năm."),
    (U8, "Anh Nguyễn Đình Toàn một thương lái mang sầu riêng đến nhập cho đại lý cho biết, giá sầu riêng vụ này thấp hơn năm ngoái rất nhiều mà việc thu mua, tuyển lựa cũng rất khắt khe."),
    # somientrung.com, kienthuc.net.vn, vneconomy.vn (the Hương pagoda festival)
    (P1, "Do ngày khai hội chùa Hương trùng với ngày đầu tiên đi làm trở lại sau dịp nghỉ Tết Nguyên đán nên lượng khách đổ về tham quan, chiếm bái không quá đông và không xảy ra tình trạng chen lấn, xô đẩy, tắc nghẽn như mọi năm."),
    (P2, "Dòng suối Yến nên thơ là con đường thủy duy nhất đưa du khách vào các điểm dâng hương, hành lễ."),
    (P2, "Đò nhỏ chứa được 6 người, đò loại vừa tối đa chở 12 người và đò lớn có sức tải 24 người."),
    (P2, "Các chị em lái đò ngồi thảnh thơi nghỉ trên thuyền tại bến Trò trong khi chờ khách lên chùa làm lễ."),
    (P2, "Đây là một điểm mới đáng ghi nhận tại lễ hội."),
    (P3, "Lễ hội chùa Hương kéo dài 3 tháng, giàu tính nhân văn, ý nghĩa tâm linh sâu sắc."),
    (P3, "Trải qua gần 6 thế kỷ, danh lam thắng cảnh quần thể Hương Sơn vẫn giữ nguyên được giá trị về lịch sử và danh thắng."),
    # didulich.net, vnexpress.net (Bát Tràng pottery)
    (T1, "Một trong những làng nghề được lưu danh và phát triển rực rỡ là làng gốm Bát Tràng, được hình thành từ thời hậu Lê (1428 - 1527)."),
    (T1, "Kế đó là kỹ thuật tạo lớp men phủ (men trắng, men lam, men nâu, men xanh rêu, men rạn…)."),
    (T1, "Cuối cùng là kỹ thuật nung lò để có được sản phẩm hoàn chỉnh."),
    (T1, "Rất đông du khách trong và ngoài nước đến thăm và tìm hiểu về truyền thống phát triển làng gốm."),
    (T2, "Làng Bát Tràng (xã Bát Tràng, huyện Gia Lâm) nằm ở tả ngạn sông Hồng, cách trung tâm thành phố Hà Nội khoảng 10 km về phía đông nam."),
    (T2, "Đây là làng nghề gốm nổi tiếng không gắn với sản xuất nông nghiệp nên không có ruộng cấy lúa trong địa phận làng."),
    (T2, "Với riêng nghề làm gốm, người Bát Tràng vừa là chủ lò, vừa làm chủ về kỹ thuật."),
    # thanhnien.vn, doanhnghiepkinhtexanh.vn, thvl.vn (rice harvests)
    (Q1, "Tại An Giang, nông dân cũng đang vào đợt cao điểm thu hoạch lúa thu đông."),
    (Q1, "Nhiều bà con cho biết nhờ vụ này ít bị sâu bệnh nên năng suất đạt khoảng 6 - 6,6 tấn/ha, sau khi trừ chi phí, mỗi công lãi gần 2 triệu đồng."),
    (Q1, "Lúa thu hoạch đến đâu thương lái túc trực thu mua đến đấy, vì vậy nông dân rất phấn khởi."),
    (Q2, "Thời điểm hiện tại, nông dân tại Tiền Giang đang thu hoạch vụ lúa Hè thu."),
    (Q3, "Đến nay, nông dân đã thu hoạch hơn 80% diện tích xuống giống."),
    # lhu.edu.vn, qpvn.vn, angiang.gov.vn (dengue prevention)
    (X1, "Chúng tìm mồi suốt ngày, nhưng thường hoạt động tích cực vào sáng sớm và chập choạng tối, chỉ đậu nghỉ khi đã no máu hoặc vào ban đêm."),
    (X1, "Muỗi vằn thích tìm vật chủ người trong nhà hoặc ngoài hiên nhà và chỉ trú đậu tiêu máu trong nhà, ít thấy muỗi tìm đốt người hay trú đậu ngoài nhà."),
    (X2, "Chỉ trong 2 - 3 tuần gần đây, lượng muỗi gia tăng rõ rệt, không chỉ đảo lộn cuộc sống sinh hoạt mà còn đe dọa sức khỏe người dân trong giai đoạn cao điểm dịch sốt xuất huyết."),
    (X3, "Sáng ngày 24/5/2023, Trạm y tế phường Mỹ Quý tổ chức ra quân vệ sinh môi trường diệt lăng quăng phòng chống sốt xuất huyết tại địa bàn khóm Tân Quới."),
    # baomoi.net.vn, webdulich.com, vietnamtravellog.vn, doanhnhansaigon.vn, naungon.com, dunghangviet.vn,
    # danhgianuocmam.com (Phú Quốc fish sauce)
    (V1, "Hiện thành phố Phú Quốc có hơn 50 nhà thùng hoạt động, với khoảng 7.000 thùng gỗ ủ chượp cá."),
    (V1, "Cá cơm tươi được đánh bắt ở vùng biển Kiên Giang."),
    (V1, "Người làm nước mắm Phú Quốc cho cá cơm đã ướp muối vào thùng ủ chượp."),
    (V2, "Nước mắm Phú Quốc từ lâu đã nổi tiếng thơm ngon, có độ đạm cao là một loại nước chấm được nhiều người yêu thích."),
    (V2, "Lịch sử làm nghề nước mắm ở đây đã có từ hơn 135 năm trước, gắn liền với nghề đi biển của những cư dân."),
    (V3, "Nghề làm nước mắm ở Phú Quốc xuất hiện từ đầu thế kỷ 19, khi ngư dân miền Trung vào khai phá đảo."),
    (V4, "Thùng được làm bằng gỗ mít, sao hoặc dầu, có những vòng dây mây ràng bên ngoài."),
    (V4, "Mỗi thùng có ít nhất 8 sợi dây mây như vậy, mỗi sợi gồm nhiều dây mây nhỏ bện lại, to bằng bắp chân."),
    (V4, "Mỗi thùng trị giá 25 triệu đồng."),
    (V5, "Theo các ngư dân, mùa đánh bắt cá cơm sôi động nhất là từ tháng 7 đến tháng 12, đây cũng là lúc cá đạt chất lượng cao nhất trong năm."),
    (V5, "Thợ thùng phải dụng công hàng tháng trời, tính toán từng li, từng tí để các thanh gỗ được ghép khít vào nhau, tránh rò rỉ."),
    (V6, "Những chuyến tàu đánh bắt cá cơm thường kéo dài từ tháng 8 âm lịch đến Tết Nguyên Đán, thời điểm cá cơm đạt chất lượng tốt nhất."),
    (V6, "Thời gian ủ chượp kéo dài từ 12 đến 15 tháng, tạo ra những giọt nước mắm đậm đà, màu cánh gián và hương thơm đặc trưng."),
    (V6, "Hầu hết các nhà thùng ở Phú Quốc đều là doanh nghiệp gia đình, nơi nghề truyền thống được truyền qua nhiều thế hệ."),
    (V7, "Các bao muối lần lượt được đổ lên cá và ba thuyền viên ngồi ba góc dùng tay trộn thật đều, sau đó đưa cá xuống hầm tàu."),
]

# (unique substring of the sentence, the syllable replaced, the token, the place), chosen by hand before any run.
SPAM = [
    # start: the sentence's first syllable
    ("Hà Giang là một tỉnh", "Hà", "365ngaykiemtien.com", "start"),
    ("Đứng trên cổng trời", "Đứng", "Vaykamo", "start"),
    ("Cột mốc này cách", "Cột", "kxzgvdyfu", "start"),
    ("Cá cơm tươi", "Cá", "AlwaysWin", "start"),
    ("Mỗi thùng trị giá", "Mỗi", "Acash6", "start"),
    ("Bắt đầu từ tháng 10", "Bắt", "99thantai.life", "start"),
    ("Khoảng sát Tết", "Khoảng", "nghiencltx", "start"),
    ("Hiện nay, sầu riêng", "Hiện", "MVNLUCKY68", "start"),
    ("Năm nay sầu riêng được mùa", "Năm", "rzrzo", "start"),
    ("Kế đó là kỹ thuật", "Kế", "doithuong247.club", "start"),
    ("Lúa thu hoạch đến đâu", "Lúa", "OkxTrades", "start"),
    ("Muỗi vằn thích", "Muỗi", "Ak579", "start"),
    ("Thùng được làm bằng gỗ", "Thùng", "momochanle.win", "start"),
    # end: the sentence's last syllable, before its final punctuation
    ("Lô Lô Chải nghỉ", "nghỉ", "520love5577.vip", "end"),
    ("câu hát trao duyên", "duyên", "Olymoption", "end"),
    ("nấu rượu", "rượu", "htc63n", "end"),
    ("trứng cút vào tô", "tô", "MuseCapital", "end"),
    ("của triều Nguyễn", "Nguyễn", "Aevtu8", "end"),
    ("chính vụ thu hoạch sầu riêng", "riêng", "10hotlive.vip", "end"),
    ("rất khắt khe", "khe", "Vestawin", "end"),
    ("ghi nhận tại lễ hội", "hội", "ODLIVE05", "end"),
    ("sản phẩm hoàn chỉnh", "chỉnh", "zpnwmeuqk", "end"),
    ("diện tích xuống giống", "giống", "567live.app", "end"),
    ("vào thùng ủ chượp", "chượp", "NasdaqStif", "end"),
    ("tránh rò rỉ", "rỉ", "Abu999b", "end"),
    ("hương thơm đặc trưng", "trưng", "vintrade.vin", "end"),
    # function words
    ("vui nhất của người Tày", "của", "92loterry.net", "function"),
    ("Vào những ngày có sương mù", "từ", "Vinaranch", "function"),
    ("Nếu tự đi xe máy", "đến", "envug", "function"),
    ("cho thu nhập tốt", "cho", "NbnMining", "function"),
    ("trùng với ngày đầu tiên", "với", "Amall168", "function"),
    ("Các chị em lái đò", "trong", "66vang.com", "function"),
    ("Rất đông du khách", "trong", "Nrochanle", "function"),
    ("vừa làm chủ về kỹ thuật", "về", "op42gtn1w", "function"),
    ("được truyền qua nhiều thế hệ", "qua", "Monoly8", "function"),
    ("Cả nông dân và thương lái", "và", "OlaClub", "function"),
    ("nhờ vụ này ít bị sâu bệnh", "nhờ", "alonhacai.com", "function"),
    ("gắn liền với nghề đi biển", "với", "VAYLIEN88", "function"),
    ("Nước mắm Phú Quốc từ lâu", "từ", "Nsotaixiu", "function"),
    # name: a syllable of a Vietnamese person or place name
    ("Ghé nhà của Pao", "Pao", "adkiemtien123.click", "name"),
    ("bản Xéo Lủng", "Lủng", "AaxDex", "name"),
    ("xã Cản Tỉ", "Tỉ", "cktr8f", "name"),
    ("Nguyễn Công Trứ", "Trứ", "Mxm6868", "name"),
    ("làng Vân Cù", "Cù", "999clmm.net", "name"),
    ("nhà vườn Đăk Lăk", "Lăk", "muabantienao", "name"),
    ("Chị Đinh Thị Ngà", "Ngà", "360TradeHub", "name"),
    ("sầu riêng ở Đồng Nai", "Nai", "axyx3r", "name"),
    ("Dòng suối Yến", "Yến", "9smomo.com", "name"),
    ("làng gốm Bát Tràng, được hình thành", "Tràng", "Ohes66", "name"),
    ("huyện Gia Lâm", "Lâm", "Alibabavnn", "name"),
    ("Tại An Giang, nông dân", "Giang", "365ball.me", "name"),
    ("phường Mỹ Quý", "Quý", "dr0r5rzbi", "name"),
    # inner: a syllable inside a compound
    ("cách trung tâm thành phố Hà Giang", "tâm", "442ball.vip", "inner"),
    ("được vui đùa", "đùa", "Alomomoz", "inner"),
    ("Lễ hội cầu Trăng được tổ chức", "chức", "Vkt8822", "inner"),
    ("mùa lúa nương thu hoạch", "hoạch", "iuqw3gx", "inner"),
    ("Nhiều vị cao niên", "niên", "44goltor.com", "inner"),
    ("Thời điểm hiện tại, nông dân", "tại", "OneCash", "inner"),
    ("sản xuất nông nghiệp", "nghiệp", "0wfootball.com", "inner"),
    ("chập choạng tối", "choạng", "Viplovang", "inner"),
    ("vào khai phá đảo", "phá", "8bongda.com", "inner"),
    ("Theo các ngư dân", "dân", "Visala888", "inner"),
    ("lần lượt được đổ lên cá", "lượt", "3btcquiz.com", "inner"),
    ("văn hóa đặc sắc của người Tày", "sắc", "Nhatviphay", "inner"),
    ("những thung lũng và sườn đồi", "lũng", "adtask.vip", "inner"),
    # number: the syllable right after a number
    ("chỉ khoảng 1-2 tháng", "tháng", "77faucet.club", "number"),
    ("hầu hết 61 tỉnh", "tỉnh", "2phutkiemtien.com", "number"),
    ("dậy từ 3 giờ sáng", "giờ", "4game.club", "number"),
    ("cao gấp 5-6 lần", "lần", "ace88.club", "number"),
    ("khoảng 15 công nhân", "công", "momozuize.win", "number"),
    ("thu mua 800 tấn", "tấn", "nohuto.site", "number"),
    ("Đò nhỏ chứa được 6 người", "người", "vistatrade.vip", "number"),
    ("kéo dài 3 tháng", "tháng", "moonata.trade", "number"),
    ("Trải qua gần 6 thế kỷ", "thế", "timmagnus.com", "number"),
    ("Chỉ trong 2 - 3 tuần", "tuần", "51luckymall.com", "number"),
    ("có hơn 50 nhà thùng", "nhà", "nuoilokhung247.com", "number"),
    ("ít nhất 8 sợi dây mây", "sợi", "vebo868.com", "number"),
    ("từ tháng 8 âm lịch", "âm", "Nyyse3", "number"),
]


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
    for key, word, tok, place in SPAM:
        text = find(key)
        spam = replace_first(text, word, tok)
        if tok in text or spam.count(tok) != 1:
            raise SystemExit(f"token {tok!r} not pasted once: {spam!r}")
        check_place(spam, tok, place)
        rows.append(f"blind\t{spam}\t{tok}\t{word}\t{text}\t{place}\n")
    if len({find(k) for k, *_ in SPAM}) != len(SPAM):
        raise SystemExit("a sentence carries two cases")
    random.Random(SEED).shuffle(rows)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for url, text in CLEAN:
            f.write(f"blind\tvi\t{url}\t{text}\n")
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        f.writelines(rows)
    print(f"{len(CLEAN)} clean sentences, {len(SPAM)} spam cases from {len(SPAM_PAGES)} sentences -> {OUT}")


if __name__ == "__main__":
    main()

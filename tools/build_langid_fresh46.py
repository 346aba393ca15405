"""Build ``benchmarks/data/langfresh46/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata46.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh46.py``. Same format as langfresh14-45
(``benchmarks/langid.py --data benchmarks/data/langfresh46 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 43, as langfresh43-45) that orders the tokens
inside each shape before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved.

As in langfresh22-45, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-06) on paints and waterproofing: waterproofing compounds (Kova CT-11A,
  CT-11B, CT-14, KL-5T, SikaTop Seal 107, Sika Bituseal, Sikalastic, Radcon7), house paints (Jotun, Dulux,
  AkzoNobel, TOMEX, TLG, m2 per litre, pH), paint chemistry (Extender, Pigments, Kaolin, Talc, Titan), epoxy floor
  coatings (BPA, BPF, KCC, Chokwang, R9-R12, 5S), heat-reflective roof paints (UV, °C, InsuMAx, Intek, TikTok,
  Ceramic), anti-rust alkyd paints (CADIN), powder coating (Powder Coating, VOC, RH, MDF, TGIC, Epoxy, Hybrid,
  Polyurethane, kccvietnam.com) and wood finishes (PU, NC, Nitrocellulose, MDF, MFC, PVC, ToTa Paint) -- a topic
  no earlier control had (an NFC, case-blind search of every earlier langfresh .tsv finds none of "chống thấm",
  "sơn lót", "bột trét", "sơn epoxy", "sơn tĩnh điện", "dulux", "jotun").
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages on the Đông Sơn bronze drums
  (trống đồng: Ngọc Lũ and Như Trác, Hoàng Hạ, Cổ Loa, Trà Lộc, the drums found in Hưng Yên, Quảng Ninh, Lào Cai
  and Thanh Hóa, the bronze-casting village of Trà Đông, the drum's star, birds and boats), one syllable replaced by
  one token (its first whole-word occurrence; columns: split, spam text, token, original word, original sentence,
  place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number`` (as
  langfresh22-45). Every row ``blind``. No earlier set has this topic (an NFC, case-blind search of every earlier
  langfresh .tsv finds none of "trống đồng", "đông sơn", "ngọc lũ"). The sentences hold no Latin letter outside
  Vietnamese spelling (f, j, w, z, Ð), no one-letter consonant word, no Roman numeral, no acronym and no unit glued
  to a number.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-45 for theirs): ``_generator_lists/bad-referrers.list`` of mitchellkrogza/nginx-ultimate-bad-bot-blocker
(the referrer-spam hosts that the Nginx Ultimate Bad Bot Blocker blocks; MIT), gambling, betting, loan, forex,
money-making, SEO-spam and traffic-spam hosts, written as spam writes them: 16 full domains, 8 letter-digit codes,
16 CamelCase names, 14 bare lower-case names, 8 digit-led names and 16 hyphenated names. None is an earlier set's
token, in spam_brands.txt or the held-out stems, or a string inside any file of tests/, tools/, benchmarks/ or
mtpipe/ (gzip tables included; the hyphen-less forms of the hyphenated names and, for the names with digits, their
letter parts of 3 letters or more too), none holds a brand stem of spam_brands.txt, a held-out stem or an earlier
token of 4 letters or more, and no token's name is inside another's (all checked before any run). ``deal`` orders
each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh46"
SEED = 43
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
W1 = "https://choixe.net/nhung-luu-y-khi-dung-son-chong-tham-kova-pha-xi-mang-6-3927.html"
W2 = "https://giadinhvaxahoi.com/kinh-nghiem-chon-sika-chong-tham-san-thuong-ben-lau-90-33885.html"
W3 = "http://tongkhosonkova.com/2018/07/giai-ap-thac-mac-ve-chong-tham-cho.html"
W4 = "https://soncongnghiep.blogspot.com/2011/04/vat-lieu-chong-tham-san-sang-cho-mua.html"
W5 = "https://taikopaint.com/gioi-thieu-va-phan-tich-son-chong-tham-goc-xi-mang"
H1 = "https://bangvien.com/son-jotun-va-son-dulux/"
H2 = "https://vnexpress.net/chuyen-gia-goi-y-cach-son-nha-don-tet-tiet-kiem-4836387.html"
H3 = "https://ttvn.toquoc.vn/dung-tich-bao-bi-va-dung-tich-thuc-dieu-it-ai-biet-khi-mua-son-20241230141755125.htm"
H4 = "http://sontuongnha.blogspot.com/"
H5 = "https://sontomex.com/?p=3202"
H6 = "https://phanphoison.com.vn/ki-thuat-thi-cong-son-nuoc-tu-a-z/"
H7 = "https://sontuylips.com.vn/xem-tin-tuc/son-nha-dung-cach-huong-dan-tu-chuyen-gia.html"
H8 = "https://bxdgate.baoxaydung.com.vn/do-phu-cao-quy-tac-vang-giup-son-nha-hieu-qua-va-kinh-te-314728.html"
E1 = "https://xaydunggialong.com/son-epoxy-tu-san-phang.html"
E2 = "https://fsivietnam.net/he-son-epoxy-tu-san-phang-va-son-epoxy-rulo-uu-nhuoc-diem-ung-dung/"
E3 = "https://thicongsonepoxy.com/son-san-epoxy-va-son-epoxy-2-thanh-phan.html"
E4 = "https://sonepoxyfico.com/cach-chon-do-day-son-epoxy-phu-hop-tung-nganh"
E5 = "https://ktpcoating.com/uu-nhuoc-diem-cua-cac-loai-son-epoxy-tren-thi-truong-hien-nay"
C1 = "https://nzs.vn/son-chong-nong"
C2 = "https://nzs.vn/son-chong-nong-mai-ton"
C3 = "https://kienthuc.net.vn/cong-nghe/su-that-dang-sau-kha-nang-giam-13-20-do-c-cua-son-chong-nong-1543910.html"
C4 = "https://banika.vn/bat-ngo-voi-son-chong-nong"
C5 = "https://fujilifepaint.com.vn/tin-tuc/son-chong-nong-co-che-hoat-dong-va-ung-dung"
C6 = "https://aqa-design.vn/tin-tuc/son-chong-nong-son-cach-nhiet-la-gi-son-chong-nong-co-hieu-qua-khong"
C7 = ("http://giavietninhthuan.com.vn/tin-tuc/kien-thuc-xay-dung-1/giai-nhiet-cho-ngoi-nha-mua-he-voi-son-"
      "chong-nong")
R1 = "https://vinaconnect.vn/quy-trinh-thi-cong-son-chong-ri/"
R2 = "https://cadin.vn/dung-son-dau-cong-nghiep-co-can-son-lot-khong"
S1 = "https://phongphuepoxy.com/tin-tuc/son-tinh-dien-kham-pha-cong-nghe-hoan-thien-kim-loai-uu-viet-2025"
S2 = "https://etekvietnam.vn/?p=10454"
S3 = "http://caphe.sangnhuong.com/showpost.php?p=169959&postcount=1"
S4 = "https://loichinhta.com/?p=3164"
S5 = "https://mhmcoatings.com/?p=8956"
S6 = "https://rexam.co/son-tinh-dien-la-gi"
S7 = ("https://noithatthuanphat.vn/son-tinh-dien-la-gi-5-diem-vuot-troi-cua-son-tinh-dien-khi-so-voi-son-thuong-"
      "n762.html")
S8 = "https://goodspace.art/noi-dung/cong-nghe-son-tinh-dien-la-gi"
G1 = "https://toantampaint.com/?p=13005"
G2 = "https://apovina.vn/son-pu-cho-go-lua-chon-hoan-hao-cho-su-ben-dep"
G3 = "https://www.thegioison.vn/cach-lua-chon-son-go-toan-tap-tu-a-z/"
G4 = "https://dogohaphat.vn/son-pu-la-gi"

CLEAN = [
    # waterproofing compounds (sơn chống thấm)
    (W1, "Sơn chống thấm Kova pha xi măng có tên gọi khác là sơn chống thấm Kova CT11A."),
    (W1, "Về phân loại, sơn chống thấm Kova pha xi măng hiện có 2 loại trên thị trường bao gồm: Sơn chống thấm Kova CT11a Plus Sàn và Kova CT11a Plus Tường"),
    (W2, "Sika chống thấm sân thượng loại nào bền nhất?"),
    (W2, "Chọn Sika gốc xi măng cho bề mặt bê tông mới: Với khả năng bám dính tốt trên nền xi măng, dòng SikaTop Seal 107 hay Sikatop Seal 109 được đánh giá là phù hợp để xử lý chống thấm cho sàn bê tông chưa qua xử lý bề mặt hoặc có độ thấm hút cao."),
    (W2, "Ưu tiên Sika gốc bitum cho bề mặt có vết nứt giãn nở: Vật liệu gốc bitum như Sika Bituseal thể hiện độ đàn hồi cao, thích hợp với các vị trí có chuyển vị nhẹ hoặc sàn sân thượng cũ đã có vết nứt nhỏ."),
    (W2, "Sika gốc PU hoặc acrylic dùng cho sàn phủ gạch, chịu rung nhẹ: Trường hợp sân thượng lát gạch hoặc khu vực có yêu cầu co giãn bề mặt tốt, nên chọn Sikalastic hoặc Sika RainTite gốc PU có khả năng tạo màng liên tục và kháng UV."),
    (W3, "Các vết nứt do chấn động nhẹ nếu nhỏ dùng CT-11A hoặc CT-14 (Với vết nứt co giãn) và VT-15 ( Với vết nứt không co giãn, mà cần cố định )."),
    (W3, "Nếu vết nứt lớn dùng CT-11B trét hoặc bơm Silicon vào rãnh vết nứt."),
    (W3, "Sau khi đổ bê tông dùng xi măng trộn CT-11B tô lên bê tông, để khô rồi quét 02 lớp CT-11A hoặc CT-14 hay CT-15 trước khi tô xi măng hoặc lát gạch."),
    (W3, "Cần phải dùng CT-11A trộn với xi măng theo tỷ lệ 20%-30% CT11A và 80%-70% xi măng để tô xung quanh cốt thép."),
    (W3, "Dùng CT-02 quét lên tường, mái sau khi tô xi măng."),
    (W3, "Đối với tường ngấm nhẹ và muốn có vẻ đẹp giống như sơn thì có thể dùng CT-04T."),
    (W3, "Dùng CT-11A và xi măng quét lên thành bề mặt và để khô trong 7 ngày, sau đó phủ sơn KL-5T lên trên."),
    (W3, "Không dùng CT-02 cho bề mặt gạch, xi măng nằm ngang vì dễ bị xây xát khi đi lại."),
    (W4, "Ngoài sơn, thị trường còn có nhiều hóa chất chống thấm với đủ nhãn hiệu như: Radcon7, Indoseal, Waterstop, Sika, Basf, Kova, Latex, Plastic, Acrylic... giá bán từ 40.000-60.000 đồng/lít đến 400-500 ngàn đồng/lít (tùy loại)."),
    (W4, "Ví dụ, Radcon7 có xuất xứ từ Hoa Kỳ là một loại dung dịch sẽ thấm sâu vào trong bêtông tạo nên phức hợp gel có thể tự hàn gắn các vết nứt, lỗ hổng."),
    (W4, "Dù có rất nhiều loại VLCT, tuy nhiên, mỗi hạng mục công trình, mỗi nguyên nhân gây thấm sẽ có những vật liệu và cách thi công khác nhau, nếu không chọn đúng sẽ không đạt được hiệu quả tốt nhất."),
    (W5, "Sơn chống thấm gốc xi măng là loại vật liệu chống thấm được chế tạo từ hỗn hợp xi măng, cát mịn, chất độn và các chất phụ gia polymer (thường là acrylic hoặc styrene-butadiene)."),
    # house paints, coverage, paint chemistry, primers
    (H1, "Sơn Jotun và sơn Dulux đều là hai thương hiệu nổi tiếng được nhiều gia đình và nhà thầu tin dùng."),
    (H1, "Sơn Jotun – đến từ Na Uy – nổi tiếng nhờ khả năng chống chịu thời tiết rất tốt, màu sắc ổn định và độ phủ đồng đều."),
    (H1, "Sơn Dulux – thuộc tập đoàn AkzoNobel – lại được người dùng Việt Nam yêu thích vì bề mặt sơn mịn, chống nấm mốc hiệu quả và bảng màu phong phú."),
    (H1, "Dulux tập trung nhiều vào trải nghiệm người dùng, dễ thi công và dễ phối màu theo từng không gian."),
    (H2, "Ông Trương Tự Cường, Quản lý Học viện Đào tạo Dulux, AkzoNobel Việt Nam, cho biết sơn cao cấp thực chất không đắt."),
    (H2, "Ông Cường lấy ví dụ, sơn có độ phủ 16 m2 mỗi lít một lớp che phủ nhiều hơn loại có độ phủ 10 m2 mỗi lít một lớp (1,6 lần)."),
    (H2, "Anh lấy ví dụ, lớp sơn Dulux phủ bền đẹp theo thời gian, giá trị vòng đời cao góp phần tiết kiệm cả chi phí bảo dưỡng lẫn sơn sửa sau nhiều năm."),
    (H3, "Độ phủ được hiểu là số m2 tường mà 1 lít sơn có thể che phủ được, thường được ghi trên thùng sơn."),
    (H4, "Bột độn (Extender): Bột độn được sử dụng trong thành phần của sơn nhằm cải thiện một số tính chất sản phẩm như: Tính chất màng sơn (độ bóng, độ cứng, độ mượt…), khả năng thi công, kiểm soát độ lắng…"),
    (H4, "Các chất độn thường được sử dụng như: Carbonat Canxi, Kaolin, Talc…"),
    (H4, "Bột màu (Pigments): Nguyên liệu màu sử dụng trong sơn thường ở dạng bột."),
    (H4, "Màu vô cơ (Màu tự nhiên): Tone màu thường xỉn, tối (trừ dioxid Titan), cho độ phủ cao, độ bền màu tốt."),
    (H4, "Màu hữu cơ (Màu tổng hợp): Tone màu tươi (sáng), cho độ phủ thấp, độ bền màu thường thấp hơn màu vô cơ."),
    (H5, "Cân bằng độ pH, ngăn hiện tượng phồng rộp, bong tróc."),
    (H5, "Tường mới (đặc biệt là bê tông) thường có tính kiềm cao (pH > 10), dễ làm phân hủy lớp sơn phủ, gây bong tróc, ố vàng."),
    (H5, "Sơn lót kháng kiềm sẽ trung hòa pH, bảo vệ lớp sơn phủ lâu bền."),
    (H5, "Cùng Sơn TOMEX tìm hiểu lý do vì sao bạn không nên bỏ qua bước này!"),
    (H6, "hôm nay Phanphoison.com.vn sẽ tư vấn cho các bạn Quy trình sơn nhà đạt chuẩn để các bạn tham khảo."),
    (H6, "Vệ sinh lại lần nữa bằng giấy ráp để loại bỏ hết sạn cát, bụi bẩn còn lại bám trên bề mặt tường, sau đó vệ sinh tường bằng khăn ướt, chổi, Rulo với nước sạch hoặc phun hơi nước dưới dạng sương mù."),
    (H6, "tường bị rêu mốc phải cạo bỏ hết rêu mốc và diệt hoàn toàn rêu mốc bằng nước tẩy Javen hoặc hóa chất chuyên dụng."),
    (H7, "Hãy cùng chuyên gia của TLG Việt Nam điểm qua từng bước chi tiết để đảm bảo bạn có được lớp sơn bền đẹp cho ngôi nhà của mình."),
    (H7, "Thời điểm lý tưởng nhất là những ngày khô ráo, có nhiệt độ trung bình 30 độ C và độ ẩm 80%, đặc biệt là khi trời nắng."),
    (H8, "Độ phủ của sơn được tính theo số mét vuông bề mặt mà 1 lít (hoặc kg) sơn có thể che phủ được."),
    # epoxy floor coatings (sơn epoxy)
    (E1, "Sơn epoxy tự san phẳng(còn gọi sơn epoxy tự phẳng,sơn nền epoxy tự san phẳng) là hệ phủ sàn công nghiệp cao cấp tạo mặt phẳng – liền mạch – bóng/ bán bóng – dễ vệ sinh với độ dày thiết kế phổ biến 1.0–3.0 mm."),
    (E1, "Bài viết này tổng hợp toàn bộ kiến thức thực tiễn: cấu trúc vật liệu, tiêu chí chọn hệ, quy trình thi công chuẩn, kiểm tra độ dày/độ phẳng/độ bám dính, ma sát bề mặt R9–R12, bảo trì – sửa chữa, và khung giá sơn epoxy tự san phẳng theo độ dày – diện tích – hiện trạng nền."),
    (E1, "Độ dày thiết kế: thường 1.0 – 3.0 mm + (tùy tải – mài mòn – thẩm mỹ), trong khi hệ lăn thường chỉ ~0.3 – 0.8 mm."),
    (E2, "Sơn epoxy là một loại sơn hai thành phần (hoặc ba thành phần), được tạo thành từ phản ứng hóa học giữa nhựa epoxy (epoxy resin) và chất đóng rắn (hardener/curing agent)."),
    (E2, "Thường là các loại nhựa epoxy gốc bisphenol A (BPA) hoặc bisphenol F (BPF), hoặc các loại nhựa epoxy cải tiến khác."),
    (E3, "Sơn sàn epoxy là được các nước tiến trên thế giới sử dụng sàn nhà xưởng ,sàn công nghiệp như ở Nhật Bản, Đài Loan, Hàn Quốc."),
    (E3, "Tại Việt Nam, ban đầu dòng sản phẩm này được biết đến từ các nước phát triển khi họ đầu tư nhà máy sản xuất tại các khu công nghiệp và tiến hành sử dụng và thi công sơn epoxy cho sàn nhà xưởng, tiêu biểu là Hàn Quốc và Đài Loan với các sản phẩm sơn epoxy đã rất quen thuộc trên thị trường như: Jotun, KCC, Sika, Chokwang, Noroo Nanpao, trước đây các doanh nghiệp này họ đều nhập khẩu sơn epoxy về Việt Nam để thi công nhưng ngày nay các doanh nghiệp sơn nước ngoài đều có nhà máy tại Việt Nam nên công việc thi công sơn epoxy cũng dễ dàng và giảm chi phí hơn trước đây nhiều."),
    (E3, "Sơn epoxy là dòng sản phẩm sơn cao cấp 2 thành phần chuyên dùng cho nền sàn nhà xưởng và các lĩnh vực khác."),
    (E3, "Thành phần A là thành phần chính của sơn epoxy, nó có tác dụng che lấp khuyết tật, thành phần A chứa hạt màu tạo tính thẩm mỹ, độ bóng sáng cho nền sàn sau thi công."),
    (E4, "Thông thường, sơn epoxy có độ dày phổ biến từ 0,5 mm đến 3 mm, tùy theo môi trường sử dụng."),
    (E5, "Loại sơn epoxy gốc dầu hay còn có tên gọi là sơn epoxy gốc dung môi dầu."),
    (E5, "Đây là sản phẩm được chế tạo từ Epoxy hai thành phần chuyên dùng cho nền sàn bê tông."),
    (E5, "Điều này sẽ giúp các xưởng đạt được những tiêu chuẩn đặt ra theo quy định và đặc biệt là tiêu chuẩn 5S."),
    # heat-reflective roof paints (sơn chống nóng)
    (C1, "Sơn chống nóng là loại sơn chuyên dụng có khả năng phản xạ bức xạ nhiệt từ ánh nắng mặt trời, đặc biệt là tia hồng ngoại và tia UV – nguyên nhân chính khiến bề mặt công trình trở nên nóng bức."),
    (C1, "Nhờ cấu trúc chứa các hạt pigment cách nhiệt và công nghệ phản xạ nhiệt, lớp sơn này giúp giảm nhiệt độ bề mặt tới 10–25°C, từ đó cải thiện rõ rệt không gian sống và làm việc."),
    (C2, "Khi thi công đúng kỹ thuật, sơn chống nóng mái tôn có thể giảm từ 5–15°C nhiệt độ mái, giúp cải thiện đáng kể nhiệt độ bên trong nhà xưởng, nhà ở lợp tôn hoặc nhà tiền chế."),
    (C2, "Sơn chống nóng mái tôn hoạt động dựa trên cơ chế phản xạ bức xạ nhiệt mặt trời, giúp giảm nhiệt độ bề mặt mái từ 10–25°C, từ đó giảm nhiệt độ bên trong công trình từ 3–7°C."),
    (C2, "Không chỉ giúp giảm nhiệt độ, sơn còn hạn chế hấp thụ tia UV, bảo vệ mái tôn khỏi quá trình oxi hóa, gỉ sét và lão hóa sớm."),
    (C3, "Theo như lời quảng cáo của nhiều hãng sơn chống nóng, loại sơn này có thể giảm từ 13 - 26 độ C cho một công trình."),
    (C3, "Tuy nhiên, nhiều người sử dụng cho biết thực tế sử dụng không đạt được như thế, có công trình chỉ giảm được 4-5 độ C."),
    (C4, "Vào mùa hè, mái tôn hấp thụ nhiệt có thể lên tới 45-60 độ C, phả hơi nóng xuống các phòng."),
    (C4, "Nhiều người dùng mạng xã hội TikTok đã thực hiện thí nghiệm để kiểm tra hiệu quả của loại sơn này."),
    (C4, "Trong đoạn video của kênh @kientrucxaydung, nhiệt độ đo được dưới bên mái tôn thông thường lúc giữa trưa là gần 57 – 58 độ C, còn với bên tôn được sơn chống nóng thì nhiệt độ chỉ khoảng 37 – 38 độ C."),
    (C4, "Một số loại sơn phổ biến trên thị trường như sơn Kova, InsuMAx, Intek… có giá 700.000 đồng – 1,3 triệu đồng cho một thùng sơn 5kg, đủ sơn 2 lớp cho mái tôn."),
    (C5, "Hạt vi cầu gốm (Ceramic) hoặc bột nhôm: Tăng khả năng cách nhiệt và chống bức xạ nhiệt."),
    (C5, "Thành phần đặc biệt trong sơn giúp phản xạ lại phần lớn tia hồng ngoại và tia UV từ ánh nắng mặt trời, giảm lượng nhiệt hấp thụ vào bề mặt công trình."),
    (C5, "Hiệu quả phản xạ nhiệt có thể giúp giảm nhiệt độ bề mặt từ 15 – 25°C so với môi trường bên ngoài."),
    (C6, "Kết quả thử nghiệm cho thấy, sau khi chịu tác động của nhiệt độ ở mức 60°C trong 24 giờ, ngâm mẫu thử ngay vào trong nước ở nhiệt độ 23°C, màng sơn không bị bong tróc, rạn nứt."),
    (C6, "Sau khi chịu tác động của nhiệt độ trong 24 giờ ở mức nhiệt 60°C và ổn định 1 giờ ở nhiệt độ phòng, thử bền bằng cách uốn qua trục 12mm, kết quả màng sơn không bị nứt vỡ."),
    (C7, "Loại sơn này được quảng cáo có thể giúp giảm tới hàng chục độ C."),
    # anti-rust and alkyd paints (sơn chống rỉ, sơn dầu)
    (R1, "Chống rỉ 1 thành phần là loại sơn có thành phần là gốc alkyd."),
    (R2, "Sơn dầu là sơn gốc dung môi,( dầu hoặc nhựa alkyd) thường dùng cho kim loại, gỗ, bê tông."),
    # powder coating (sơn tĩnh điện)
    (S1, "Trong thế giới sơn phủ công nghiệp, bên cạnh các dòng sơn lỏng truyền thống, công nghệ sơn tĩnh điện (Powder Coating) đã tạo nên một cuộc cách mạng thực sự, đặc biệt trong lĩnh vực hoàn thiện bề mặt kim loại."),
    (S1, "Thân thiện môi trường: Hầu như không chứa dung môi hữu cơ bay hơi (VOC), không gây ô nhiễm không khí, an toàn hơn cho sức khỏe người lao động."),
    (S2, "Các yếu tố như độ ẩm môi trường, tốc độ di chuyển sản phẩm và công suất buồng phun ảnh hưởng trực tiếp đến phân bố hạt, khả năng bám tĩnh điện và độ mịn sau sấy polymer hóa."),
    (S2, "Duy trì độ ẩm ở mức 40–55% RH giúp ổn định điện trường phun."),
    (S3, "Các loại nhựa nhiêt dẻo là các chất hình thành một lớp phủ mà không cần phải trải qua quá trình biến đổi cấu trúc phân tử (như polyetylen, polypropylene, nylon, polyvinyclorua và nhựa nhiệt dẻo polyyeste)."),
    (S3, "Sơn tĩnh điện có thể được sử dụng cho hầu hết các mặt hàng kim loại có thể chịu được các điều kiện bảo dưỡng thông thường (180-200°C trong khoảng thời gian 10-20 phút) và có thể phù hợp trong lò công nghiệp."),
    (S3, "Các sản phẩm khác như MDF, thủy tinh và nhựa cũng có thể được sơn tĩnh điện."),
    (S4, "Sau khi phủ, sản phẩm được đưa vào lò nung ở nhiệt độ khoảng 180–200°C để lớp sơn chảy ra, bám chặt và tạo thành màng sơn hoàn chỉnh."),
    (S5, "Vào đầu thập niên 50 của thế kỉ XX, nhà khoa hoc Tiến sĩ Dr.Erwin Gemmer đã nghiên cứu ra nguyên lý phủ sơn bằng hợp chất hữu cơ (organic Polymer) dạng bột được gia nhiệt và phủ lên bề mặt kim loại."),
    (S5, "Tuy nhiên, đến khoảng năm 1964 thì quy trình sơn tĩnh điện (Electrostatic Powder Spray) mới thành công."),
    (S5, "Từ năm 1966 – 1973: Có 4 loại hóa học khởi điểm – Epoxy, Hybrid, Polyurethane và TGIC được giới thiệu trên thị trường."),
    (S5, "Một vài loại Melamine và Acrylic vẫn chưa thành công."),
    (S6, "Mua bột sơn tĩnh điện Hàn Quốc trực tiếp từ nhà máy tại đây: https://kccvietnam.com/son-bot-tinh-dien"),
    (S6, "Nhựa: Đây là thành phần cơ bản, và là thành phần chính của sơn, có hai loại nhựa thường xuyên được sử dụng để tạo sơn bột là: epoxy và polyester."),
    (S7, "Các sản phẩm dân dụng ngoài trời như: Lan can, hàng rào, cửa, cổng, giàn phơi, mái thép, louver"),
    (S8, "Vậy, chính xác thì sơn tĩnh điện là gì, hãy cùng GoodSpace tìm hiểu ngay trong bài viết dưới đây nhé!"),
    # wood finishes (sơn gỗ, sơn PU)
    (G1, "Sơn PU là một loại polymer được ứng dụng rộng rãi trong lĩnh vực nội thất."),
    (G1, "PU tên tiếng anh là Polyurethane, tồn tại dưới 2 dạng: dạng cứng và dạng foam."),
    (G1, "Sơn PU có cấu tạo từ các thành phần cơ bản như: chất kết dính, chất đóng rắn, chất tạo mào, hệ dung môi."),
    (G1, "Với dạng foam, sơn PU được dùng làm đệm mút trong các loại ghế ngồi như: ghế xe ô tô, bàn ghế ăn."),
    (G1, "Trong bài viết này, ToTa Paint sẽ tập trung vào ứng dụng chính của vật liệu PU dưới dạng sơn phủ bề mặt gỗ."),
    (G2, "Sơn PU là một loại sơn tổng hợp có gốc từ polyurethane, một chất liệu polymer có độ bền cao."),
    (G2, "Sơn này thường bao gồm hai thành phần chính: lớp sơn bóng và chất đóng rắn (hardener), giúp tạo ra một lớp phủ chắc chắn và sáng bóng."),
    (G3, "Tất cả các loại sơn phủ sử dụng trên các sản phẩm từ gỗ đều được gọi chung là sơn gỗ, có thể kể đến như sơn PU (Polyurethane), sơn NC (Nitrocellulose),…"),
    (G3, "Các sản phẩm từ gỗ bao gồm gỗ tự nhiên và gỗ công nghiệp (MDF, MFC, PVC,…)."),
    (G3, "Một số dòng sơn gỗ cao cấp có thêm các tính năng đặc biệt như chịu nhiệt, chống tia UV, thậm chí cách âm, cách điện,…"),
    (G4, "Sơn PU (Polyurethane) là một loại sơn được tổng hợp từ nhựa Polyurethane, giúp tạo ra một lớp bảo vệ bền bỉ trên bề mặt gỗ và giữ cho sản phẩm luôn mới mẻ theo thời gian."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
T1 = "https://anninhthudo.vn/trong-dong-ngoc-lu-chiec-trong-dong-lac-viet-dien-hinh-nhat-post150076.antd"
T2 = "https://baomoi.net.vn/nhung-dieu-thu-vi-ve-trong-dong-ngoc-lu-c51372421.epi"
T3 = "https://sovhttdl.hungyen.gov.vn/portal/pages/print.aspx?p=9560"
T4 = "http://www.baotangquangninh.vn/Chuyen-de/bao-tang-quang-ninh-tiep-nhan-di-vat-trong-dong-1102.htm"
T5 = "http://khaocohoc.gov.vn/chiec-trong-dong-thu-hai-phat-hien-duoc-tai-quang-ninh"
T6 = "https://www.tienphong.vn/van-hoa/bao-vat-quoc-gia-nam-trong-dong-phe-lieu-22-nam-truoc-1523679.tpo"
T7 = ("https://danviet.vn/may-xuc-dao-mong-ke-bo-tinh-co-phat-lo-kho-bau-la-trong-dong-co-dai-trong-vuon-o-quang-"
      "ninh-20220609191755018.htm")
T8 = "https://baomoi.net.vn/nghe-duc-dong-che-dong-c45108777.epi"
T9 = "https://langngheviet.com.vn/lang-nghe-duc-dong-nghin-nam-tuoi-o-xu-thanh-32479.html"
T10 = ("http://vinhphuctv.vn/Qu%E1%BA%A3n-tr%E1%BB%8B/Tin-t%E1%BB%A9c-chung/ID/251023/Luu-giu-va-phat-trien-lang-"
       "nghe-uc-ong-Tra-ong")
T11 = "http://gocnhin.net/cgi-bin/viewitem.pl?758"
T12 = "http://www.futureone.com.vn/gift/fr_about_drum.html"
T13 = "https://phuctuonggold.com/trong-dong-ma-vang/"
T14 = "https://questionai.vn/essays-eT9s7sajv46/c-im-ca-trng-ng-ng-sn"
T15 = "https://luocsutocviet.com/2020/03/27/484-trong-dong-va-nen-van-minh-toc-viet/"
T16 = ("https://ma.ussh.vnu.edu.vn/vi/nghien-cuu/bao-vat-quoc-gia/trong-dong-co-loa-va-bo-suu-tap-luoi-cay-dong-"
       "34.html")
T17 = "https://spirit.vietnamairlines.com/heritage/hertitage-di-tim-bieu-tuong-loai-chim-gan-gui-nguoi-viet.html"
T18 = ("https://truyenhinhcapsongthu.net/top/suy-ngam-ve-bieu-tuong-trong-dong-dong-son-hai-quan-online/"
       "A24xHvS2I6OwBBl")
T19 = "https://m.baogialai.com.vn/thanh-hoa-phat-hien-2-trong-dong-co-post40484.amp"
T20 = "https://baoquangngai.vn/channel/2028/201504/nhung-chiec-trong-dong-hang-nghin-nam-tuoi-2381607"
T21 = "https://doisongphapluat.com.vn/phat-hien-trong-dong-dong-son-co-trong-luc-dao-ao-a71517.html"
T22 = "https://hieuco.net/tin-tuc-su-kien/ve-dep-me-hon-cua-nhung-bao-vat-trong-dong-dong-son-325.html"
T23 = "http://kienthuc.net.vn/xa-hoi/tan-muc-18-bao-vat-quoc-gia-tu-hoi-tai-ha-noi-808837.html"
T24 = "https://vov2.vov.vn/van-hoa-giai-tri/am-vang-dong-son-nhung-di-vat-dac-sac-nen-van-hoa-dong-son-46015.vov2"
T25 = "https://ngaynay.vn/thoi-ky-van-hoa-dong-son-tag91602.html"
T26 = "https://taisachpdfmienphi.com/doc-sach-online/q1-anh-hung-linh-nam-1269/trang-989"
T27 = ("https://tailieu.vn/doc/trong-dong-son-bang-chung-cua-giao-luu-van-hoa-dong-son-voi-cac-nen-van-hoa-o-dong-"
       "nam-a-2024770.html")
T28 = "https://tailieu.vn/doc/van-hoa-dong-son-10-the-ky-dau-cong-nguyen-2007497.html"
T29 = "https://tienphong.vn/bao-tang-co-vat-dong-son-noi-luu-giu-nhung-trong-co-nghin-tuoi-post1432650.tpo"
T30 = "http://qlqh.laocai.gov.vn/vi/bai-viet/8412"

SPAM = [  # (page, original sentence, replaced word, place)
    # start: the sentence's first syllable
    (T1, "Sau này, Bảo tàng Lịch sử quốc gia tiếp nhận và lưu giữ cho đến ngày nay.", "Sau", "start"),
    (T2, "Làng Như Trác nằm bên bờ hữu ngạn sông Hồng.", "Làng", "start"),
    (T3, "Theo đánh giá bước đầu của cơ quan chuyên môn, những chiếc trống này có thể thuộc thời kỳ Văn hoá Đông Sơn.", "Theo", "start"),
    (T4, "Chiều cùng ngày, Bảo tàng Quảng Ninh đã đến khảo cứu đồ vật và địa điểm được phát lộ.", "Chiều", "start"),
    (T7, "Đào đến đâu xây kè đến đó.", "Đào", "start"),
    (T9, "Trải qua nhiều thăng trầm của lịch sử, nghề đúc đồng ở đây vẫn giữ được nét độc đáo mà không nơi nào sánh được.", "Trải", "start"),
    (T13, "Với thiết kế cân đối, hài hòa, tinh xảo, trống đồng thể hiện một cách chân thực và sống động về nền văn hóa Đông Sơn thịnh vượng – một trong những nền văn minh rực rỡ nhất trong lịch sử Việt Nam.", "Với", "start"),
    (T17, "Tức là vào khoảng hơn 2.000 năm cách ngày nay, người Việt cổ đã thờ Vật Tổ là một loài chim, đấy là tín ngưỡng Tô tem giáo mà nhiều dân tộc xưa kia đã thờ một con vật thiêng nào đó làm Tổ của cộng đồng.", "Tức", "start"),
    (T21, "Qua đánh giá kiểm định của bảo tàng Thanh Hóa, hiện trạng của chiếc trống đồng đã bị bẹp dập, vỡ mất mảnh vài chỗ ở toàn thân.", "Qua", "start"),
    (T23, "Thông qua đó, công chúng thấy lại được phần nào đời sống vật chất, tinh thần, tư duy khoa học và thế giới tự nhiên đương thời.", "Thông", "start"),
    (T24, "Trong đó đặc biệt là những di vật đồng thau được chế tác với trình độ kỹ thuật cao.", "Trong", "start"),
    (T29, "Cặm cụi, ghi chép những số liệu, bà Nguyễn Thị Thanh Hiền, Giám đốc Bảo tàng cổ vật Đông Sơn như chạm đúng mạch nguồn cảm hứng khi chúng tôi xin được tìm hiểu về những trống đồng cổ đang được trưng bày ở đây.", "Cặm", "start"),
    (T30, "Vào ngày Tết, trống được hạ xuống để quét sạch bụi bẩn rồi lại treo lên vị trí cũ.", "Vào", "start"),
    # end: the last syllable before the final punctuation
    (T1, "Nhiều học giả nổi tiếng trong và ngoài nước đã đánh giá trống đồng Ngọc Lũ là chiếc trống đồng to nhất, có hoa văn phong phú và điển hình nhất trong tất cả các trống đồng Lạc Việt.", "Việt", "end"),
    (T2, "Đây là chiếc trống có hoa văn đẹp nhất so với tất cả những chiếc trống thuộc nền văn hóa Đông Sơn.", "Sơn", "end"),
    (T4, "Thông tin được gia đình cung cấp, khi phát lộ, trống ở tư thế nằm ngửa, trong địa tầng đất có màu xám đen, xung quanh và bên trong lòng trống không có đồ vật khác.", "khác", "end"),
    (T6, "Hiện vật đang được trưng bày ở bảo tàng tỉnh Quảng Trị này có niên đại văn hoá Đông Sơn, cách ngày nay khoảng 2.500 năm.", "năm", "end"),
    (T6, "Sau đó ông đưa đồ lễ lên đồi cát để cúng tạ ơn.", "ơn", "end"),
    (T7, "Hiện vật đã được bàn giao, chuyển về Bảo tàng tỉnh ngay sau đó.", "đó", "end"),
    (T8, "Không chỉ nổi danh về nghề đúc đồng truyền thống, làng Chè (hay còn gọi là Trà Đông), xã Thiệu Trung, huyện Thiệu Hóa (Thanh Hóa) còn góp phần lưu giữ tiếng trống đồng vang vọng của nền văn hóa Đông Sơn lâu đời.", "đời", "end"),
    (T12, "Thân trống thường có hình thuyền, hình vũ sĩ, hình một số chim, thú thông thường thì chỉ có hoa văn hình học, quai trống thường làm theo hình dây thừng bện.", "bện", "end"),
    (T13, "Điều này khẳng định sức ảnh hưởng rộng lớn của nền văn hóa Đông Sơn thời bấy giờ.", "giờ", "end"),
    (T16, "Trống lớn nhất chính là trống dùng làm đồ đựng, 3 trống khác chỉ còn mảnh vỡ.", "vỡ", "end"),
    (T18, "Hình mặt trời đó là biểu tượng cho Nữ thần Mặt trời, vị thần lớn nhất của xã hội mẫu hệ.", "hệ", "end"),
    (T23, "Trống Ngọc Lũ đẹp nhất, nguyên vẹn và có hình dáng cân đối, hài hòa nhất trong những trống Đông Sơn đã phát hiện.", "hiện", "end"),
    (T26, "Trống đồng được dùng trong quân, trong lễ nghi thời ấy.", "ấy", "end"),
    # function: a function word
    (T1, "Chiếc trống đồng sau đó được Viện Viễn đông Bác Cổ mua lại với giá 550 đồng (tiền Đông Dương) và nhanh chóng nổi tiếng khắp trên thế giới.", "với", "function"),
    (T2, "Người dân Ngọc Lũ (huyện Bình Lục, tỉnh Hà Nam) giỏi nghề đào đất, nên được huy động đi đào đất đắp đê ở làng Như Trác.", "nên", "function"),
    (T7, "Để tránh cho vườn khỏi xói lở do nằm bên con suối nhỏ, gia đình ông Nhốc đã thuê máy xúc đến đào móng xây kè.", "do", "function"),
    (T7, "Khi cán bộ của Bảo tàng tỉnh vào khảo sát thì mới biết đó là trống đồng.", "thì", "function"),
    (T10, "Có thời điểm, nghề đúc đồng Trà Đông tưởng chừng không giữ được, trong làng chỉ còn khoảng vài hộ giữ lửa theo nghề, nhưng sản phẩm làm ra không tiêu thụ được.", "nhưng", "function"),
    (T11, "Trống Ngọc Lũ vừa là một bằng chứng về trình độ kỹ thuật, vừa là một quan niệm mỹ thuật hiện hình, lại vừa cung cấp rất nhiều manh mối về nguồn gốc của những người đã đúc ra nó.", "về", "function"),
    (T14, "Đồng cũng có khả năng truyền âm thanh tốt, tạo ra âm thanh vang dội và sắc nét khi trống được đánh.", "khi", "function"),
    (T15, "Những chiếc trống đồng là biểu tượng của văn minh trong thời kỳ đồ đồng tại vùng Đông Á và Đông Nam Á, chúng xuất hiện trên địa bàn rộng lớn khắp phía Nam Đông Á, Việt Nam và Đông Nam Á.", "tại", "function"),
    (T18, "Trong xã hội ấy, con cái sống theo mẹ, chỉ biết tổ tiên đằng mẹ và thừa kế tài sản của họ hàng bên mẹ.", "theo", "function"),
    (T20, "Đây là chiếc trống đồng có một không hai ở nước ta hiện nay khi chưa nơi nào tìm thấy được chiếc trống đồng đẹp như chiếc này.", "như", "function"),
    (T27, "Những chiếc trống đồng Đông Sơn đã có mặt ở nhiều vùng đất xa xôi mà theo các nhà khảo cổ học của những nước Đông Nam Á thì những nơi này vào thời đó không đúc trống đồng mà trống đồng đem tới từ miền Bắc Việt Nam.", "mà", "function"),
    (T30, "Người Mông dùng da bò hoặc da trâu để bịt hai mặt trống.", "hoặc", "function"),
    (T30, "Khi gia đình nào có người mất, người ta sẽ mượn trống để sử dụng trong đám tang.", "để", "function"),
    # name: a syllable of a person or place name
    (T1, "Trống đồng Ngọc Lũ được bảo quản tương đối nguyên vẹn.", "Lũ", "name"),
    (T2, "Tên trống được gọi theo tên làng Ngọc Lũ, nơi người Pháp phát hiện ra chiếc trống này.", "Ngọc", "name"),
    (T3, "Hiện 3 chiếc trống đã được đưa về Bảo tàng tỉnh Hưng Yên để quản lý, giữ gìn, phát huy giá trị theo quy định của Luật di sản văn hoá.", "Hưng", "name"),
    (T5, "Sau khi phát lộ hiện vật, gia đình bà Nguyễn Thị Huệ đã báo cáo chính quyền xã Thống Nhất và Bảo tàng Quảng Ninh.", "Huệ", "name"),
    (T9, "Nghề đúc đồng ở Trà Đông có từ thời nhà Lý, do Đức thánh Khổng Minh Không truyền nghề.", "Khổng", "name"),
    (T9, "Theo anh Toàn, đúc đồng là một nghề khó, cần sự kiên trì, bản lĩnh.", "Toàn", "name"),
    (T12, "Trống đồng đẹp nhất phải kể đến các trống Ngọc Lũ, Hoà Bình, và Hoàng Hạ.", "Hoàng", "name"),
    (T17, "Học giả Đào Duy Anh đã gọi hình tượng những con chim bay trên mặt trống đồng Đông Sơn là chim Lạc.", "Duy", "name"),
    (T19, "Trước đó, năm 2008, người dân bản Nà Tuồng, xã Sơn Thuỷ, huyện Quan Sơn, tỉnh Thanh Hoá cũng phát hiện 2 chiếc trống đồng cổ có hoa văn đặc trưng của trống đồng Đông Sơn.", "Quan", "name"),
    (T22, "Trên mặt trống có nhiều hoa văn hình tròn chia thành từng cụm nhỏ dần từ ngoài vào trong, bên trên gắn những con vật của trống đồng Tân Độ (Hà Tây).", "Tân", "name"),
    (T22, "Triển lãm được Bảo tàng lịch sử Quốc gia phối hợp cùng Bảo tàng Hà Nội, Bảo tàng Hưng Yên, Bảo tàng Lào Cai, Bảo tàng Nghệ An, Bảo tàng Thanh Hóa và Bảo tàng Yên Bái tổ chức trưng bày chuyên đề “Văn hóa Đông Sơn” nhằm giới thiệu đến công chúng những di vật đặc sắc của nền văn hóa này, cùng những giá trị lịch sử, văn hóa, nghệ thuật ẩn chứa trong sưu tập.", "Lào", "name"),
    (T25, "Trong quá trình san gạt đất làm nhà cho gia đình bà Hoàng Thị Vắng ở thôn Tả Thàng, xã Gia Phú, huyện Bảo Thắng (tỉnh Lào Cai), những người thợ bất ngờ phát hiện một chiếc trống đồng thuộc thời kỳ Văn hóa Đông Sơn (cách ngày nay 2.000 - 2.500 năm).", "Vắng", "name"),
    (T29, "Để có được bộ sưu tập trên, số lượng trống đồng đã được sưu tầm qua các hình thức như khai quật, người dân phát hiện, mua lại của các nhà sưu tập tư nhân và hiến tặng của cá nhân, tổ chức, bà Hiền cho biết.", "Hiền", "name"),
    # inner: a syllable inside a compound
    (T1, "Thân trống gồm ba phần: phần trên phình ra, phần giữa hình trụ, có bốn quai chia làm hai cặp ở hai phía, một đầu quai gắn vào phần trên, một đầu gắn vào phần giữa; phần chân loe ra thành hình nón cụt.", "nón", "inner"),
    (T2, "Đê sông Hồng phía Hà Nam thời Nguyễn nhiều lần bị vỡ, gây lụt lội, dân tình vô cùng khổ sở.", "khổ", "inner"),
    (T2, "Tên tuổi trống đồng Ngọc Lũ được các nhà nghiên cứu người Việt và người Pháp biết đến từ năm 1902 và vang danh thế giới vào nửa sau thế kỷ 20.", "danh", "inner"),
    (T6, "Ông đào lên thấy một cái \"nồi đồng\" to, nghĩ là cổ vật quý hiếm nên mang đi cất giấu.", "quý", "inner"),
    (T7, "Mọi người cùng cẩn thận đưa vật lạ lên, xịt nước rửa sạch sẽ.", "cẩn", "inner"),
    (T10, "Trước sóng gió của cơ chế thị trường, để tồn tại và phát triển nghề của ông cha, người dân trong làng đã tìm tòi, sáng tạo để giữ lửa làng nghề.", "sóng", "inner"),
    (T14, "Đầu tiên, trống đồng Đông Sơn thường có hình dạng hình trụ, với một phần thân trống và một phần miệng trống.", "miệng", "inner"),
    (T14, "Trống được coi là biểu tượng của sự quyền uy và sự linh thiêng, và được coi là một phương tiện để giao tiếp với thế giới tâm linh.", "linh", "inner"),
    (T20, "Trong đó, thời kỳ văn hóa Đông Sơn thể hiện phát triển hưng thịnh nhất của đồ đồng.", "hưng", "inner"),
    (T21, "Trống trang trí các loại hoa văn vạch ngắn song song, vòng tròn kép có chấm giữa, 4 chim lạc bay ngược chiều kim đồng hồ ở mặt.", "ngược", "inner"),
    (T23, "Hoa văn của trống trang trí vô cùng phong phú, hoàn hảo, tinh mỹ.", "phong", "inner"),
    (T24, "Văn hoá Đông Sơn là điểm nhấn quan trọng trong tiến trình lịch sử dân tộc, thuộc thời đại kim khí ở Việt Nam.", "tiến", "inner"),
    (T28, "Văn hóa Đông Sơn là cội nguồn, là nền tảng vững chắc của sức sống Đông Sơn với nguồn lực dồi dào cả về vật chất và tinh thần.", "vững", "inner"),
    # number: the syllable right after a number
    (T2, "Làng Ngọc Lũ còn có tên nôm là làng Chủ, trước năm 1945 gọi là \"xã Ngọc Lũ\" (xã chỉ có một làng), nằm cạnh bờ sông Châu Giang, thuộc tổng Ngọc Lũ, huyện Bình Lục, tỉnh Hà Nam.", "gọi", "number"),
    (T3, "Khi phát hiện thì 2 chiếc trống nhỏ nằm trong chiếc trống lớn.", "chiếc", "number"),
    (T4, "Hiện trạng, trống có mặt còn nguyên, trên mặt có 6 tượng cóc chia thành 3 cặp (đôi/đơn), đan cài nhau; phần tang bị vỡ, còn lại khoảng 2/3 diện tích tang.", "tượng", "number"),
    (T5, "Mặt trống còn nguyên vẹn, có 6 khối tượng cóc.", "khối", "number"),
    (T5, "Tang trống còn lại khoảng 2/3 diện tích.", "diện", "number"),
    (T6, "Chiếc trống đồng được phát hiện từ 22 năm trước, hoàn toàn tình cờ.", "năm", "number"),
    (T12, "Trống Đồng Đông Sơn là một loại nhạc cụ dùng trong các buổi lễ hay khi đi đánh nhau của người Việt cổ cách đây 2000-3000 năm.", "năm", "number"),
    (T12, "Giữa mặt trống là hình ngôi sao, phần nhiều là sao 12 cánh, xen giữa các cánh sao là họa tiết lông công hoặc những đường vạch chéo có hình tam giác lồng vào nhau.", "cánh", "number"),
    (T13, "Sự phát triển của văn hóa Đông Sơn cách đây khoảng 2500 năm đã đặt nền móng quan trọng cho sự hình thành và xây dựng nhà nước Văn Lang – nhà nước sơ khai đầu tiên dưới thời các Vua Hùng.", "năm", "number"),
    (T16, "Mặt trống có 15 vành hoa văn, số thứ tự cách vành từ trong ra ngoài.", "vành", "number"),
    (T17, "Đáng chú ý, 2 học giả lớn này đều thống nhất hình đàn chim đang bay trên mặt trống đồng là Vật Tổ của người Việt cổ, chủ nhân của những chiếc trống Đông Sơn.", "học", "number"),
    (T20, "Gần 100 chiếc trống đồng cổ, quý hiếm có niên đại từ 2.000 - 2.500 năm đã được tìm thấy tại Thanh Hóa trong nhiều năm.", "chiếc", "number"),
    (T26, "Năm 1923 tìm thấy trống đồng trong vùng Mê linh, gọi là trống Sơn Tây.", "tìm", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): mitchellkrogza/nginx-ultimate-bad-bot-blocker
# _generator_lists/bad-referrers.list (referrer-spam hosts: gambling, betting, loan, forex, money-making, SEO-spam and
# traffic-spam sites), written as spam writes them.
TOKENS = {
    "domain": ["lottospring.com", "playlott.com", "crystalslot.com", "guruofcasino.com", "kazinogames.lv",
               "azartmix.com", "pokerniydom.ru", "quickbuck.com", "ragecash.com", "voloomoney.com", "hotloans.ru",
               "greenzaim.ru", "raisedseo.com", "stackthatbucks.com", "bitcoinpile.com", "hyiphunter.org"],
    "letter-digit": ["Igrovyeavtomaty777", "Optitrade24", "Bazaronline24", "Gamevalue7", "Autoblogger24", "Sklad24",
                     "Shtora66", "Sstroy44"],
    "CamelCase": ["QuickLoanBank", "MoneyMaster", "EliteDollars", "RichInvestMonitor", "TakeProfitSystem",
                  "TheProfitsMaker", "IwantMyFreeCash", "RenewableWealth", "FinanceLoan", "InvestingClub",
                  "MonetizationKing", "TopClickGuru", "GrowMyFunds", "QualityTraffic", "MonthlyWinners",
                  "CasinoRewards"],
    "lower-case": ["mecash", "hyipmanager", "formseo", "seofied", "clickhype", "ranksays", "cashonads", "buzzonclick",
                   "crazyboost", "traffmonster", "skytraf", "webmonetizer", "bankcrediti", "forexunion"],
    "digit-led": ["1millionusd", "7makemoneyonline", "3xforum", "55wmz", "1kinobig", "4replicawatch", "3weekdiet",
                  "98oi"],
    "hyphenated": ["bet-prognoz", "bookmaker-bet", "mir-betting", "web-betting", "azartniy-bonus", "bonanza-fortune",
                   "money-every-day", "my-cash-bot", "avtocredit-legko", "royal-investments", "robot-forex",
                   "fx-brokers-review", "e-poker-2005", "success-seo", "free-fb-traffic", "calc-for-credit"],
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

"""Build ``benchmarks/data/langfresh45/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata45.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh45.py``. Same format as langfresh14-44
(``benchmarks/langid.py --data benchmarks/data/langfresh45 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 43, as langfresh43-44) that orders the tokens
inside each shape before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved.

As in langfresh22-44, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-06) on fertilisers and crop-protection chemicals: NPK compound fertilisers
  (NPK 16-16-8, 20-20-15, 21-5-6, TE), straight fertilisers (Urea, DAP, KCl, K2SO4, KNO3, KH2PO4, MKP, P2O5, K2O,
  MgO, CaO), foliar feeding (BPQL, Namix, pH, Ca, Mg, Zn ...), pesticides and herbicides with their formulation
  codes (Comcat 150WP, Map Sun 500WP, Sofit 300 EC / 300 ND, Paraquat, Glyphosate, 2,4D, BVTV, NN&PTNT, ĐBSCL, IDM)
  and biological products (Trichoderma, Fusarium, Pythium, EM, ECOMCO, AgriDrone, Tổng KhoZ; Pyricularia oryzae,
  Nilaparvata lugens) -- topics no earlier control had (an NFC, case-blind search of every
  earlier langfresh .tsv finds none of "phân bón", "thuốc trừ sâu", "thuốc bảo vệ thực vật", "thuốc trừ cỏ",
  "trichoderma"; "kali" only inside "alkaline" and Malay "sekali", "npk" only inside two URLs' query strings).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages on classical Vietnamese theatre,
  tuồng / hát bội (Đào Duy Từ, Đào Tấn and Bình Định, Nguyễn Hiển Dĩnh and the Đà Nẵng tuồng theatre, the painted
  tuồng faces, hát bội at the village temples of the South, the Vietnam Tuồng Theatre in Hà Nội), one syllable
  replaced by one token (its first whole-word occurrence; columns: split, spam text, token, original word, original
  sentence, place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number``
  (as langfresh22-44). Every row ``blind``. No earlier set has this topic (an NFC, case-blind search of every earlier
  langfresh .tsv finds none of "tuồng", "hát bội", "đào tấn", "hiển dĩnh"). The sentences hold no Latin letter
  outside Vietnamese spelling (f, j, w, z, Ð), no one-letter consonant word, no Roman numeral and no acronym.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-44 for theirs): ``spammers.txt`` of matomo-org/referrer-spam-list (the community list of referrer-spam
hosts that Matomo ships; Public Domain / CC0-1.0), gambling, betting, loan, forex, SEO-spam and traffic-spam hosts,
written as spam writes them: 15 full domains, 12 letter-digit codes, 14 CamelCase names, 13 bare lower-case names,
8 digit-led names and 16 hyphenated names. 59 of the 78 hold no gambling or lending trade word (bet, casino, slot,
spin, poker, bingo, win, luck, lotto, vegas, play, cash, loan ...). None is an earlier set's token, in
spam_brands.txt or the held-out stems, or a string inside any file of tests/, tools/, benchmarks/ or mtpipe/ (gzip
tables included; the hyphen-less forms of the hyphenated names and, for the names with digits, their letter parts of
3 letters or more too), none holds a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters
or more, none is held by one, and no token's name is inside another's (all checked before any run). ``deal`` orders
each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh45"
SEED = 43
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
N1 = "https://ancotnam.vn/?p=15413"
N2 = "https://nongnghiepbenvung.vn/tin-tuc/cach-tron-phan-npk-16-16-8/191"
N3 = "https://biovietnam.com.vn/phan-bon-hon-hop-npk-la-gi-cach-bon-npk-cho-lua-hieu-qua/"
N4 = ("https://tapchicongthuong.vn/phan-bon-npk-van-dien-giup--cay-lua-vu-mua-o-cac-tinh-phia-bac-dat-hieu-qua-vuot-"
      "troi-81548.htm")
N5 = "https://www.hhfertilizer.com/ar/news/21-5-6fertilizer.html"
N6 = "https://tailieuthamkhao.com/nghien-cuu-mot-so-bien-phap-ky-thuat-bon-phan-cho-cay-ca-phe-voi-coffea-5-45764"
N7 = "http://103.7.172.33/nhpb/phanlan.html"
N8 = "https://ducthanhagri.com/mo-hinh-nuoi-trun-que-tu-chat-thai-chan-nuoi-xu-huong-ben-vung"
N9 = "http://quanghuygarden.blogspot.com/2012/03/tai-sao-nen-su-dung-phan-bon-qua-la.html"
N10 = "https://camnangcaytrong.com/ky-thuat-lam-phan-u-phan-2-nd708.html"
K1 = "https://kinhdoanhhoachat.com/cac-loai-kali-k-duoc-su-dung-lam-phan-trong-nong-nghiep"
K2 = "http://hugico.com.vn/san-pham/phan-kali-1098"
K3 = "https://text.123docz.net/document/1497503-cac-loai-phan-vo-co-docx.htm"
K4 = "https://nongnghiepxanhgega.com/blogs/news/cac-loai-phan-kali-pho-bien-va-cach-su-dung"
K5 = ("https://123docz.net/trich-doan/1304000-nghien-nguyen-lieu-phoi-tron-nguyen-lieu-ve-vien-tao-hat-say-sang-lam-"
      "nguoi-va-dong-bao.htm")
L1 = "https://datsachhuuco.com/2020/01/07/cach-su-dung-phan-bon-la-cho-hoa-hong"
L2 = "https://nongnghiep365.net/cach-bon-phan-cho-hoa-hong"
L3 = ("https://123docz.com/document/11631699-anh-huong-cua-hydrogel-giu-am-den-sinh-truong-cua-cay-huong-thao-"
      "rosmarinus-officinalis-l-trong-chau.htm")
B1 = "https://baovethucvatvn.blogspot.com"
B2 = "https://ecomco.vn/cach-su-dung-nam-trichoderma-huong-dan-toan-tap-tu-chuyen-gia"
B3 = "https://menbephot.net/cach-lam-nam-trichoderma-tai-nha/"
P1 = "https://text.123docz.net/document/4441437-ton-du-thuoc-bao-ve-thuc-vat-trong-nong-san-thuc-pham.htm"
P2 = "https://bigfarm-group.com/top-3-hoat-chat-tri-dao-on-tren-lua-pho-bien-nhat-hien-nay/"
P3 = "https://123docz.net/trich-doan/1190190-thi-nghiem-2-khao-sat-hieu-qua-cua-cac-loai-dich-trich-thuc-vat-doi-vo.htm"
P4 = ("https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/hon-27-800-ha-lua-o-dbscl-bi-nhiem-ray-nau-va-"
      "benh-dao-on/")
P5 = "https://www.hoinongdanvietnam.com/kien-thuc-can-ban-nganh-bao-ve-thuc-vat/"
P6 = "https://nanofish.com.vn/ky-thuat-canh-tac-2/cay-luong-thuc/ky-thuat-canh-tac-cay-luong-thuc-cay-lua/"
P7 = "https://mappacific.com/solution/giai-phap-phong-tru-ray-nau-con-trung-chich-hut"
H1 = "http://luagao.blogspot.com/2009/02/can-su-dung-thuoc-tru-co-sofit-300-ec.html"
H2 = "http://nongthonmoihatinh.vn/vi/news/savefile/Thong-tin-khac/Do-thuoc-tru-co-chieu-gian-lan-nguy-hai-92106"
H3 = "https://tongkhoz.com.vn/?p=430"
H4 = "https://toihuongdan.com/thuoc-diet-co-paraquat-ban-o-dau/amp"
H5 = ("https://123docz.net/document/1338920-nghien-cuu-anh-huong-cua-mot-so-yeu-to-sinh-thai-den-do-an-toan-va-hieu-"
      "qua-cua-thuoc-tru-co-tren-ruong-lua-nuoc-vung-dong-bang-song-hong.htm")
H6 = ("https://danviet.vn/chu-dong-quan-ly-lua-co-dau-vu-nang-cao-hieu-qua-canh-tac-lua-tai-dong-bang-song-cuu-long-"
      "d1378577.html")
H7 = "https://emcovu.com/cong-thuc-hoa-hoc-cua-thuoc-diet-co/amp"

CLEAN = [
    # NPK compound fertilisers (phân bón NPK)
    (N1, "Phân bón 16-16-8 là một công thức phân NPK được sử dụng rất phổ biến trong nông nghiệp và được bán nhiều trên thị trường."),
    (N1, "Vậy phân bón NPK 16-16-18 là gì, cách trộn phân đơn thành phân 16-16-18 như thế nào, hãy cùng AgriDrone tìm hiểu trong bài viết sau."),
    (N1, "Phân bón NPK 16-16-8 là phân bón có chứa hàm lượng các thành phần đạm (N), lân (P), Kali (K) với tỉ lệ lần lượt là 16%, 16%, 8%."),
    (N1, "Đây là công thức phân có hàm lượng NPK cao, giúp cây trồng sinh trưởng và phát triển nhanh."),
    (N1, "Phối hợp công thức NPK như phân bón 16-16-8 sẽ giúp cây trồng hấp thụ tốt hơn so với bón phân đơn riêng lẻ."),
    (N1, "Bên cạnh công thức phân bón 16-16-8 thì cũng có nhiều loại phân với công thức khác như: phân bón NPK 20-20-15, 30-30-10,… sử dụng tùy thuộc vào giai đoạn sinh trưởng và phát triển của cây cũng như đặc tính của đất."),
    (N1, "Trên thị trường có nhiều loại phân bón NPK 16-16-8 hỗn hợp sẵn có, được bán hầu hết ở các đại lý phân bón."),
    (N1, "Phân bón NPK 16-16-8 có hai loại có TE và không có TE."),
    (N1, "TE là các vi lượng rất cần thiết cho cây trồng phát triển cân đối."),
    (N2, "Phân bón NPK 16-16-8 là loại phân phổ biến có bán ở hầu hết ở các đại lý phân bón."),
    (N2, "Phối trộn hỗn hợp nhiều chất NKP đa lượng như công thức Phân bón NPK 16-16-8 sẽ giúp cây hấp thụ tốt hơn so với bón phân đơn riêng lẻ."),
    (N2, "Phân đơn là đạm, lân, kali và phân trung vi lượng TE(sắt kẽm, đồng, magie, mangan, silic)."),
    (N2, "Các công thức phổ biến là phân NPK 16-16-8, phân NPK 20-20-15, phân NPK 20 10 10.."),
    (N2, "Bài viết này sẽ hướng dẫn bạn cách tính toán phân đơn sao cho phù hợp thành phân NPK 16 16 8."),
    (N2, "Đạm thì cây phải tiết ra một chất để chuyển từ đạm amoni (NO3) thành đạm nitrat (NH+) thì cây mới hấp thụ được."),
    (N3, "Với bà con nông dân thì việc sử dụng phân bón NPK không còn quá xa lạ."),
    (N3, "Phân bón NPK với 3 thành phần chính là: Đạm, lân và Kali."),
    (N3, "NPK giúp cung cấp dưỡng chất cho cây trồng sinh trưởng và phát triển tối ưu."),
    (N3, "Phân bón hỗn hợp NPK là loại phân bón chứa ba nguyên tố dinh dưỡng chính: Nitrogen (N – Đạm), Phosphorus (P – Lân) và Potassium (K – Kali)."),
    (N3, "Phân bón NPK có thể được sản xuất theo nhiều công thức khác nhau để phù hợp với từng loại cây trồng và từng giai đoạn sinh trưởng."),
    (N4, "Trong những năm qua bà con nông dân các tỉnh phía Bắc đã chọn phân bón đa yếu tố (ĐYT) NPK Văn Điển chuyên dùng bón cho lúa vụ mùa hiệu quả vượt trội, các dòng sản phẩm phân bón ĐYT NPK Văn Điển có đủ 13 thành phần dinh dưỡng, tỷ lệ thành phần dưỡng chất tùy thuộc vào từng loại phân chuyên dùng bón lót hoặc chuyên dùng bón thúc."),
    (N4, "Theo tập quán địa phương và cũng do nhu cầu thị trường, cơ cấu giống lúa ở các tỉnh miền núi phía Băc khá phong phú: ngoài các giống lúa cảm ôn như lúa lai, lúa thuần ngắn ngày KD18. Vnr20... nhóm giống lúa bán cảm quang như các giống lúa dòng U17, U19, hoặc nếp cao cây; nhiều nơi cấy các giống lúa cảm quang đặc sản như Bao Thai, nếp cái hoa vàng... (vùng Định Hóa - Thái Nguyên)."),
    (N4, "Đây là những giống lúa chất lượng cao, song tỷ lệ hạt lép cao và dễ bị đổ ngã nếu thiếu Lân và các dinh dưỡng trung, vi lượng."),
    (N4, "Vụ mùa, giai đoạn này thường kéo dài khoảng 30-35 ngày với các giống cảm ôn ngắn ngày; (riêng các giống lúa cảm quang phải chờ “ngày ngắn” tức gần sát tiết Bạch Lộ thì lúa mới chuyển sang giai đoạn sinh thực)."),
    (N5, "Một trong những loại phân bón được ưa chuộng và sử dụng rộng rãi hiện nay là phân bón NPK 21-5-6."),
    (N5, "Với tỷ lệ N-P-K như vậy, phân bón NPK 21-5-6 rất phù hợp cho những loại cây trồng cần nhiều đạm như lúa, ngô, và rau màu."),
    # nutrient needs, phosphate, foliar feeding, compost
    (N6, "Theo tính toán của Iyenngar và Awatranami, (1975) [95], một ha cây cà phê chè nếu cho năng suất chất khô bình quân là 5kg/cây/năm thì nhu cầu dinh dưỡng cần 375 kg N, 37,5 kg P2O5 và 450 kg K2O/ha/năm."),
    (N6, "Theo De Geus, (1967) [15] cho rằng một cây cà phê thành thục hàng năm lấy đi từ đất khoảng 100 g N; 13,6 g P2O5; 120 g K2O; 48,6 g CaO và 16,4 g MgO nhưng phần lớn lại trả lại cho đất do quá trình tạo hình, tỉa cành và rụng lá hàng năm."),
    (N6, "Đối với cây cà phê cho năng suất cao, trên 90% lượng N, P, K và Mg hấp thu từ đất cung cấp cho quả, nhưng đối với canxi thì chỉ 39% cung cấp cho quả, tất cả các lá trên cây đang mang quả đều giàu kali và hầu hết các bộ phận của cây hóa gỗ đều khô kiệt lân [23]."),
    (N7, "Độ dinh dưỡng của phân lân được đánh giá theo tỉ lệ % khối lượng P2O5 tương ứng với lượng P có trong thành phần của nó."),
    (N7, "Nguyên liệu để sản xuất phân lân thường là quặng apatit, photphorit."),
    (N8, "Theo nghiên cứu, nuôi trùn trên diện tích 500m² có thể xử lý 12 tấn rác thải nông nghiệp mỗi tháng, đem lại lợi nhuận đáng kể."),
    (N9, "Bón phân qua lá (BPQL) có một vai trò ngày càng gia tăng trong dinh dưỡng cây trồng và đã được nông dân áp dụng từ nhiều năm nay khắp nơi trên thế giới, mặc dù thông tin về lãnh vực này trên các tài liệu khoa học còn hạn chế."),
    (N9, "BPQL đã bị nhìn bằng cặp mắt hoài nghi và xem như một món đồ trang điểm hơn là lợi ích thiết thực trong sự tăng trưởng và phát triển của cây trồng để từ đó nâng cao lợi tức cho nhà nông."),
    (N9, "Do đó việc áp dụng BPQL để cung cấp các chất dinh dưỡng đa lượng trên thực tế không thông dụng lắm."),
    (N10, "Các chế phẩm này thường bao gồm các loại phân có nhiều nitơ, các chất phụ gia EM hoặc một số chất vi sinh vật khác."),
    (N10, "Tại Philippine, nông dân sử dụng cơm thừa để vài ngày cho lên men."),
    # potash and straight fertilisers (phân kali, phân đơn)
    (K1, "Kali clorua (KCl): Chứa 50 – 60% K2O, dạng bột màu hồng như muối ớt, có dạng màu trắng như muối bọt, dễ hút ẩm, vón cục."),
    (K1, "KCL không bón cho đất mặn và cây không ưa Clo (như các cây có củ, thuốc lá, cà phê, sầu riêng vì Clo ảnh hưởng đến hương vị)."),
    (K1, "Kali sunfat (K2SO4): Chứa 45 – 50% K2O và 18% S, dạng tinh thể mịn, màu trắng, ít vón cục."),
    (K1, "Kali nitrat (KNO3): Chứa 46% K2O và 13% N, dạng kết tinh, màu trắng."),
    (K1, "Những cây mẫn cảm với Clo như thuốc lá, sầu riêng, cây hương liệu, dùng KNO3 bón gốc có hiệu quả tốt."),
    (K1, "Kali magiê sunfat (K2SO4.MgSO4.6H2O): Chứa 20 – 30% K2O + 10 – 15% MgO + 16 – 22% S."),
    (K1, "Kali phosphate (KH2PO4) hay còn gọi là MKP: Chứa 35% K2O và 52% P2O5."),
    (K2, "Phân Kali là nhóm phân bón cung cấp chất dinh dưỡng kali cho cây trồng dưới dạng ion K+."),
    (K2, "Độ dinh dưỡng của phân kali được đánh giá dựa trên tỉ lệ % khối lượng K2O tương ứng với lượng K có trong thành phần của nó."),
    (K3, "Ví dụ NPK 20-20-15 tức là trong 100 kg phân có 20 kg đạm nguyên chất, 20 kg lân nguyên chất và 15 kg kali nguyên chất, còn lại là chất độn."),
    (K3, "Chất độn trong phân hỗn hợp thường là đất sét hoặc thạch cao."),
    (K4, "Phân Kali là một trong ba yếu tố dinh dưỡng đa lượng thiết yếu cho cây trồng (N – P – K)."),
    (K5, "Phân này được sản xuất bằng cách trộn amôn với supe lân đã trung hòa vào muối KCl."),
    (K5, "Phân được dùng để bón cho cây có yêu cầu NPK trung bình, bón ở các loại đất có NPK trung bình."),
    (K5, "Phân này thích hợp cho nhiều loại cây trồng trên nhiều loại đất khác nhau."),
    # foliar fertilisers for roses, hydrogel
    (L1, "Trong kì trước, Namix đã gửi đến các bạn cách trồng và chăm sóc hoa hồng."),
    (L1, "Và hôm nay, Namix xin chia sẻ đến các bạn một bí quyết để có một vườn hồng lá xanh ngắt hoa rực rỡ."),
    (L1, "Cách sử dụng như thế nào, mời các bạn theo dõi bài viết của Namix nhé!"),
    (L1, "Theo một số nghiên cứu, hiệu suất cây sử dụng dinh dưỡng qua lá đạt 95%."),
    (L1, "Trong khi đó, dinh dưỡng cung cấp qua rễ chỉ đạt hiệu suất 45 – 50%."),
    (L2, "Khi bón phân cho hoa hồng đúng và đủ thì tự nó sẽ kháng bệnh tốt, cho ra hoa nhiều, bông lớn, form đẹp và chuẩn màu hơn."),
    (L2, "Tương tự như các loại cây trồng khác, hoa hồng cần có 16 nguyên tố khoáng cho quá trình sinh trưởng và phát triển, bao gồm các nguyên tố C, H, O, N, P, K, S, Ca, Mg, Fe, Mn, B, Cl, Zn, Cu, Mo."),
    (L2, "Trong đó, các nguyên tố N, P, K là cây có nhu cầu sử dụng cao nhất, kế đến là các nguyên tố trung lượng như Ca, Mg, S, Si và cuối cùng các nguyên tố vi lượng còn lại."),
    (L2, "Có thể dựa vào nhu cầu để chia thành 3 nhóm dinh dưỡng chính là Đa lượng – Trung lượng – Vi lượng."),
    (L3, "Nghiên cứu Ảnh hưởng của hydrogel giữ ẩm đến sinh trưởng cây hương thảo (Rosmarinus officinalis L.) trồng chậu đã được tiến hành tại Trung tâm Nghiên cứu và Phát triển Nông nghiệp Công nghệ cao từ tháng 01 đến tháng 6 năm 2021."),
    (L3, "Kết quả ghi nhận tỷ lệ chitosan 85%, cellulose 15% làm tăng chiều cao cây, đường kính gốc, đường kính tán, số cành cấp 1 và hàm lượng tinh dầu trong cây hương thảo."),
    # biological products (Trichoderma)
    (B1, "Từ năm 2000 trở lại đây đã phát hiện thêm khoảng 50 loài mới."),
    (B1, "Cho đến hiện nay (2013) đã có trên 150 loài nấm Trichoderma được mô tả."),
    (B2, "Trong nông nghiệp hiện đại, đặc biệt là xu hướng nông nghiệp xanh và bền vững, nấm Trichoderma nổi lên như một giải pháp sinh học ưu việt."),
    (B2, "Tuy nhiên, 90% thất bại khi sử dụng chế phẩm này không phải do sản phẩm kém, mà là do dùng sai cách."),
    (B2, "Là chuyên gia nông nghiệp tại ECOMCO với hơn 10 năm kinh nghiệm thực chiến, tôi nhận thấy bà con và cả kỹ sư nông nghiệp trẻ thường thiếu một tài liệu hướng dẫn “chuẩn”."),
    (B2, "Về cơ bản, Nấm Trichoderma là một chi nấm (genus) sống phổ biến trong đất."),
    (B2, "Nấm bệnh (như Fusarium, Pythium…) luôn rình rập để tấn công."),
    (B3, "Nấm đối kháng trichoderma có rất nhiều công dụng đối với cây trồng, đặc biệt là hoa lan và hoa hồng, rau quả."),
    (B3, "Bước 1: Hòa 50ml đường với 0,5 lít nước sạch."),
    # pesticides, fungicides, insecticides (thuốc bảo vệ thực vật)
    (P1, "Thuốc BVTV là những hợp chất hóa học (vô cơ, hữu cơ), những chế phẩm sinh học (chất kháng sinh, vi khuẩn, nấm, siêu vi trùng...), những chất có nguồn gốc thực vật, động vật, được sử dụng để bảo vệ cây trồng, nông sản, chống lại sự phá hoại của những loài vi sinh vật gây hại (côn trùng, chuột...)"),
    (P1, "Tùy vào công dụng của chúng mà thuốc BVTV được chia thành nhiều loại khác nhau"),
    (P2, "Bệnh do nấm với tên khoa học: Pyricularia oryzae gây ra."),
    (P3, "Bảng 3.1 ghi nhận ảnh hƣởng của các loại thuốc hóa học lên sự phát triển đƣờng kính khuẩn ty nấm Trichoconis sp. trong điều kiện in vitro."),
    (P3, "Ở thời điểm 48 và 72 giờ sau đặt khoanh khuẩn ty (GSĐKT), ngoại trừ nghiệm thức xử lý Comcat 150WP nồng độ (0,064g/100ml), các nghiệm thức xử lý thuốc hóa học còn lại đều cho đƣờng kính khuẩn ty nấm nhỏ hơn có ý nghĩa thống kê so với nghiệm thức đối chứng không xử lý."),
    (P4, "Theo Trung tâm Bảo vệ thực vật phía Nam, ĐBSCL hiện có gần 9.600 ha lúa bị rầy nâu gây hại, tăng 1.054 ha so tuần trước; kế đến là bệnh đạo ôn gây nhiễm hơn 18.300 ha, với tỷ lệ bệnh phổ biến từ 10-15% đối với bệnh đạo ôn lá và từ 5-8% đối với bệnh đạo ôn cổ bông"),
    (P5, "Khi thực hiện một hệ thống biện pháp phòng trừ (hay nói cách khác – thực hiện hệ thống quản lý tổng hợp bệnh hại – IDM)."),
    (P6, "Rầy nâu có tên khoa học là Nilaparvata lugens Stal, là một loài côn trùng thuộc họ Rầy Thân (Delphacidae), bộ Cánh Đều (Homoptera)."),
    (P7, "Không gieo sạ quá dày, bón cân đối NPK, tránh bón thừa phân đạm."),
    (P7, "Map Sun 500WP => rầy ngưng chích hút ngay khi trúng thuốc"),
    # herbicides (thuốc trừ cỏ)
    (H1, "Từ khi xuất hiện tại thị trường Việt Nam, Sofit 300 EC là một trong những thuốc trừ cỏ được bà con nông dân ưa chuộng nhất."),
    (H1, "Với điều kiện sinh thái vùng ĐBSCL rất phù hợp cho việc sử dụng thuốc trừ cỏ Sofit, đặc biệt là vụ ĐX, sau thời gian ngập lũ kép dài, đất rất nhiều bùn nhão nên giữ ẩm được lâu dài càng làm cho thuốc Sofit tác dụng tốt."),
    (H1, "Ưu điểm nổi bật của thuốc trừ cỏ Sofit là diệt được nhiều loài cỏ thuộc cả 3 nhóm cỏ hòa thảo, cói lác và lá rộng."),
    (H1, "Thuốc Sofit 300 ND rất an cho lúa trong điều kiện sử dụng đúng theo khuyến cáo của nhà sản xuất."),
    (H1, "Từ trước đến nay rất ít khi thấy nông dân phàn nàn về sự ngộ độc của thuốc Sofit đối với lúa."),
    (H2, "Thuốc trừ cỏ “độ” là từ mà giới kinh doanh thuốc BVTV gần đây thường rỉ tai nhau để nói tới những loại thuốc trừ cỏ được trộn thêm một hoạt chất thuốc trừ cỏ khác (chưa được đăng ký) vào một sản phẩm thuốc trừ cỏ nhằm tăng hiệu quả diệt trừ."),
    (H2, "Sơn La, vựa ngô của cả nước, nơi mà Báo NNVN những năm gần đây đã từng có nhiều loạt bài viết về tình trạng sử dụng vô tội vạ thuốc BVTV, nhất là thuốc trừ cỏ."),
    (H3, "Trong bài viết này, Tổng KhoZ sẽ cùng bạn tìm hiểu rõ về khái niệm, công dụng và các loại thuốc trừ cỏ phổ biến nhất hiện nay."),
    (H3, "Tại Tổng KhoZ, các loại thuốc trừ cỏ được phân phối đều có nguồn gốc rõ ràng, đa dạng thành phần hoạt chất, phù hợp với nhiều loại cây trồng từ lúa, ngô, sắn, đậu tương đến cây ăn trái, đảm bảo an toàn và hiệu quả cho người sử dụng."),
    (H4, "Ngày 8.2.2017, Bộ Nông nghiệp và Phát triển nông thôn [NN&PTNT] ban hành Quyết định số 278 về việc loại bỏ thuốc bảo vệ thực vật [BVTV] chứa hoạt chất độc hại, trong đó có 2.4D và Paraquat [còn được gọi là thuốc cỏ cháy], ra khỏi danh mục thuốc BVTV được phép sử dụng tại Việt Nam, nhằm bảo đảm an toàn thực phẩm, sức khoẻ người tiêu dùng."),
    (H4, "Thời hạn giải quyết hàng tồn dư đến hết tháng 2.2019."),
    (H4, "Hai năm sau Quyết định 278 của Bộ NN&PTNT, hiện các loại thuốc BVTV chứa hoạt chất Paraquat vẫn còn được bày bán ở khá nhiều nơi."),
    (H4, "Trong tủ kính của cửa hàng này, chủ yếu là thuốc trừ cỏ có hoạt chất Glyphosate."),
    (H5, "Ở các nước trên thế giới, ngay từ khi có sự ra đời của thuốc trừ cỏ đầu tiên là 2,4D, việc sử dụng chúng đã trở nên khá phổ biến và có thể coi là một biện pháp không thể thiếu được trong sản xuất Nông nghiệp."),
    (H5, "Theo số liệu thống kê năm 2010, lượng thuốc trừ cỏ được sử dụng ở nước ta là 28.169 tấn, chiếm 38,8% tổng lượng thuốc BVTV và cao gấp 4,32 lần so với lượng dùng của năm 2000 (Nguyễn Hồng Sơn, 2002; 2011), Bộ Nông nghiệp Phát triển nông thôn [75], [12]."),
    (H6, "Trong đó, khu vực Đồng bằng sông Cửu Long (ĐBSCL) đóng góp hơn 50% sản lượng lúa của cả nước(1)và giữ vai trò trung tâm trong việc đảm bảo an ninh lương thực quốc gia và chuỗi cung ứng gạo toàn cầu."),
    (H6, "Với khả năng rụng hạt sớm và tồn lưu lâu dài trong đất, lúa cỏ có thể xuất hiện trở lại nhiều vụ liên tiếp nếu không được quản lý đúng cách(2)."),
    (H7, "Sau nhiều lần pha trộn và thử nghiệm trong vườn, anh Sang nhận thấy rằng pha trộn và hòa tan ure, kali, nước theo tỷ lệ 1:1:10 sẽ mang lại hiểu quả cao nhất trong việc diệt cỏ."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
T1 = "https://goldenlife.vn/?p=5186"
T2 = "https://thanhnien.vn/hat-boi-lam-toi-nguoi-ta-185250328214220767.htm"
T3 = "https://tuoitre.vn/hat-boi-binh-dinh-la-di-san-van-hoa-phi-vat-the-quoc-gia-968010.htm"
T4 = "https://baobinhdinh.vn/TranHungQuang/2005/6/12316"
T5 = "https://thuvientinhbinhdinh.blogspot.com/2014/11/lang-hat-boi-o-phuoc-an.html"
T6 = "https://quynhontour.vn/?p=460"
T7 = "http://nhahattuongdanang.com/tu-lieu/nha-hoat-dong-tuong-nguyen-hien-dinh-64.html"
T8 = "https://unlockvungtau.com/nguyen-hien-dinh/"
T9 = "https://123docz.net/trich-doan/3999892-nha-hat-tuong-nguyen-hien-dinh.htm"
T10 = "https://nhahattuongdanang.com/nghe-si/nguyen-hien-dinh-189.html"
T11 = "https://danang.gov.vn/web/guest/gioi-thieu/chi-tiet?id=3493"
T12 = "https://nhahattuongdanang.com/nghe-thuat/mat-na-134.html"
T13 = "https://vhnt.org.vn/mau-sac-trong-mat-na-tuong-truyen-thong/"
T14 = "https://tracuuquyhoach.com/tin-tuc/doc-dao-van-hoa-hat-boi-xu-bien-52683233"
T15 = "https://baocantho.com.vn/hat-boi-va-tuc-tho-to-hat-boi-o-dinh-nam-bo-a100963.html"
T16 = "https://nhahattuongdanang.com/tuong/son-hau-113.html"
T17 = "https://nhagothanhdat.com/gioi-thieu-nha-hat-tuong-viet-nam"
T18 = "https://defzone.net/wiki/Nh%C3%A0_h%C3%A1t_Tu%E1%BB%93ng_Vi%E1%BB%87t_Nam"
T19 = ("http://vanhoanghean.com.vn/chi-tiet-tin-tuc/4464-cuoc-doi-nghe-thuat-cua-nguyen-hien-dinh-va-nhung-dong-gop-"
       "cua-ong-vao-nghe-thuat")
T20 = "http://dinhvanphuongdoquyen.blogspot.com/2013/01/lam-mai-lanh-nogac-cu-cam-chau.html"
T21 = "https://quangduc.com/p22602a52013/52/thu-vui-ngay-tet-bai-choi-hat-boi"

SPAM = [  # (page, original sentence, replaced word, place)
    # start: the sentence's first syllable
    (T1, "Suốt cuộc đời ông mang hết tâm huyết cống hiến cho loại hình nghệ thuật này.", "Suốt", "start"),
    (T2, "Tháng giêng hằng năm, nhiều đình làng ở Bình Định rộn vang tiếng trống hát bội (còn gọi là hát bộ, hát tuồng).", "Tháng", "start"),
    (T4, "Không có võ thì không diễn được tuồng hay.", "Không", "start"),
    (T5, "Chính vì vậy ở Bình Định có rất nhiều làng hát bội, nhiều gánh hát bội ra đời.", "Chính", "start"),
    (T6, "Tại Bình Định Đào Duy Từ dạy hát tuồng cho người dân nơi đây.", "Tại", "start"),
    (T12, "Nhờ những gương mặt được hóa trang, khán giả biết ngay tâm lý, tính cách, giai cấp xã hội của nhân vật, khi mới vừa thấy diễn viên bước ra sân khấu.", "Nhờ", "start"),
    (T13, "Khán giả chỉ cần nhìn vào khuôn mặt là có thể biết ngay nhân vật đó trung hay nịnh, thiện hay ác, tốt hay xấu, nóng nảy, cộc cằn hay đức độ…", "Khán", "start"),
    (T14, "Hát bội gắn bó chặt chẽ với hoạt động văn hóa đình làng.", "Hát", "start"),
    (T15, "Đến nay, loại hình nghệ thuật sân khấu có tuổi đời hàng trăm năm này vẫn tồn tại; đặc biệt trong các buổi cúng Kỳ yên ở đình làng.", "Đến", "start"),
    (T16, "Thế giặc mạnh, Linh Tá chống không nổi, bị chém đứt đầu.", "Thế", "start"),
    (T21, "Chuyên nghiệp thì tổ chức chặt chẽ thành đoàn, có rạp hát, có sân khấu, có bán vé cho người xem; thường hay biểu diễn ở nơi thị trấn, thành phố… những nơi có thể tập trung người xem được dễ dàng.", "Chuyên", "start"),
    (T20, "Bởi lẽ xem hát bội ai cũng thấy rằng từ cách vẽ mặt, điệu bộ, lời nói, cái gì cũng làm gia bội thêm, cường điệu thêm rất nhiều.", "Bởi", "start"),
    (T19, "Tiếng trống của ông sắc sảo, tươi và cũng rất nghiêm khắc.", "Tiếng", "start"),
    # end: the last syllable before the final punctuation
    (T1, "Ông quê ở thôn Vinh Thạnh, xã Phước Lộc, huyện Tuy Phước, tỉnh Bình Định.", "Định", "end"),
    (T2, "Hát bội còn được biểu diễn trong lễ cầu ngư và các lễ hội truyền thống ở Bình Định.", "Định", "end"),
    (T4, "Bộ hát tuồng là động tác của Võ thuật.", "thuật", "end"),
    (T4, "Ngoài ra cụ còn viết nhiều thơ và từ.", "từ", "end"),
    (T5, "Có những khi đám hát kéo dài suốt cả tháng liền.", "liền", "end"),
    (T3, "Bình Định được xem là “nôi” sản sinh nghệ thuật tuồng (hát bội).", "bội", "end"),
    (T8, "Nguyễn Hiền Dĩnh là một tác gia, một đạo diễn tuồng xuất sắc của ngành tuồng Việt Nam.", "Nam", "end"),
    (T12, "Vì vậy, người diễn viên, ngoài khả năng ca xướng, vũ đạo, diễn xuất, còn phải có khả năng làm họa sĩ để biết tự vẽ mặt mình, khi thủ bất cứ vai nào.", "nào", "end"),
    (T13, "Mặt nạ tuồng chính là linh hồn của từng nhân vật trong mỗi vở.", "vở", "end"),
    (T14, "Hát bội thường diễn ra vào các kỳ tế lễ ở các vạn (làng) chài.", "chài", "end"),
    (T17, "Nghệ thuật Tuồng và nghệ sĩ Tuồng luôn bị chế độ thực dân, phong kiến khinh bạc, coi “đào, kép “ là “ xướng ca vô loài “; đặt địa vị ca hát dưới kẻ cùng đinh.", "đinh", "end"),
    (T18, "Lúc đầu, Đoàn chỉ có 15 người và phải ở nhờ nhà dân và tập luyện trong chùa Hà.", "Hà", "end"),
    (T16, "Cuối cùng, quân của Kim Lân chiến thắng.", "thắng", "end"),
    # function: a function word
    (T1, "Ông là người đầu tiên mở trường đào tạo nghệ nhân tuồng trên đất Việt, là người đã để lại hàng trăm pho kinh điển và mẫu mực cho sân khấu tuồng Việt Nam, được suy tôn là ông tổ nghề tuồng Việt Nam.", "trên", "function"),
    (T2, "Vì vậy, ông bỏ vào Đàng Trong.", "vào", "function"),
    (T4, "Ông sống ở tại ấp Bồng Sơn (Hoài Nhơn) và truyền dạy nghề hát tuồng cho dân chúng trong vùng này.", "cho", "function"),
    (T4, "Võ thuật trong tuồng tuy là đã cách điệu, đã sân khấu hóa, nhưng cốt lõi của nó vẫn là võ.", "nhưng", "function"),
    (T5, "Bình Định có truyền thống hát bội từ lâu đời và phát triển thành phong trào mạnh mẽ với nhiều tên tuổi đào, kép lừng danh cả nước.", "với", "function"),
    (T6, "Có nhiều phong cách tuồng khác nhau như tuồng cung đình Huế, Tuồng Quảng Nam, Tuồng Bình Định.", "như", "function"),
    (T12, "Màu đen thì lại tượng trưng cho những người chất phác, bộc trực, nóng nảy, nhưng ngay thẳng và chân thực.", "cho", "function"),
    (T13, "Những chiếc mặt nạ tuồng do tự tay người nghệ sĩ vẽ ra, đầy ẩn ý với đường nét khỏe khoắn, màu sắc tươi mới, nét vẽ linh hoạt.", "do", "function"),
    (T14, "Đất sống của hát bội, trông chờ và bám trụ được ở đình làng, nơi đã cưu mang hát bội từ ngàn xưa.", "từ", "function"),
    (T15, "Ban hát của Lý Nguyên Cát gặp thời cơ thuận lợi, phát triển mạnh mẽ với nhiều lý do: lối đóng Tuồng mới lạ, có các vai nam (kép), nữ (đào) vừa hát vừa múa diễn các điệu bộ theo từng vai trò trong sự tích, cốt truyện cổ, hóa trang đẹp (nam: oai phong, uy dũng; nữ: xinh đẹp), y phục lộng lẫy, giọng hát hòa hợp với đàn, sáo (âm nhạc) dễ gây cảm xúc.", "theo", "function"),
    (T19, "Người ta bảo ông đánh chầu như múa trên mặt trống.", "trên", "function"),
    (T21, "Nơi trình diễn thường vẫn là chốn chùa chiền, đình làng hay tại nhà phú hộ.", "tại", "function"),
    (T20, "Nhưng đa số cho là “Hát bội”.", "cho", "function"),
    # name: a syllable of a person or place name
    (T1, "Đào Tấn – người được coi là ông tổ nghệ thuật tuồng hiện đại Việt Nam.", "Tấn", "name"),
    (T2, "Hát bội xuất hiện từ thời nhà Trần (1225 - 1400), sau đó thịnh hành ở miền Trung.", "Trần", "name"),
    (T3, "Trước đó, di tích Mộ cụ Đào Tấn tại núi Huỳnh Mai, xã Phước Nghĩa, huyện Tuy Phước đã được xếp hạng di tích lịch sử quốc gia từ năm 1998.", "Huỳnh", "name"),
    (T3, "Đình làng Vinh Thạnh, xã Phước Lộc-nơi có văn bia thờ Đào Tấn cũng được xếp hạng di tích lịch sử cấp tỉnh.", "Thạnh", "name"),
    (T4, "Đến thế kỷ 19, nghệ thuật tuồng phát triển mạnh, đứng đầu là cụ Đào Tấn.", "Đào", "name"),
    (T5, "Cả gia đình Chánh ca Đựng đều nối nghiệp hát bội và nổi tiếng với những vai diễn để đời.", "Đựng", "name"),
    (T6, "Đào Duy Từ sinh năm 1572, mất năm 1634 – Một khai quốc công thần của chúa Nguyễn được thờ tại Thái Miếu.", "Duy", "name"),
    (T9, "Nhà hát Tuồng Nguyễn Hiển Dĩnh tọa lạc tại trung tâm Thành phố Đà Nẵng số 155 đường Phan Châu Trinh.", "Châu", "name"),
    (T9, "Ông sinh tại An Quán huyện Điện Bàn, tỉnh Quảng Nam.", "Quán", "name"),
    (T10, "Cha là Nguyễn Hiển Doãn, đỗ cử nhân, làm Tri huyện rồi bị bãi chức vì có xích mích với quan trên, về nhà dạy học.", "Doãn", "name"),
    (T12, "Nếu gương mặt được đánh nền là màu trắng mốc, thì đích thị là kẻ gian thần, xu nịnh, chẳng hạn như Bàng Hồng, Đổng Trác, Tào Tháo…", "Trác", "name"),
    (T16, "Tạ Thiên Lăng bắt mẹ của Đổng Kim Lân làm con tin, nếu Kim Lân phá thành chúng sẽ giết mẹ.", "Thiên", "name"),
    (T19, "Ông Phó Mật là người có thật ở Đa Hòa (Điện Bàn).", "Mật", "name"),
    # inner: a syllable inside a compound
    (T1, "Cuối thế kỷ 18, Tuồng cổ đã phát triển một cách hoàn chỉnh mọi mặt từ kịch bản văn học đến nghệ thuật biểu diễn.", "chỉnh", "inner"),
    (T2, "Thời gian đầu ở Đàng Trong, Đào Duy Từ dừng chân tại Bình Định và đã góp phần phát triển nghệ thuật hát bội tại đây nên được hậu thế tôn vinh là ông tổ của nghệ thuật hát bội Bình Định.", "vinh", "inner"),
    (T3, "Như vậy, đến nay tỉnh Bình Định có ba di sản văn hóa phi vật thể quốc gia được công nhận là Võ cổ truyền Bình Định, Nghệ thuật bài chòi Bình Định và Hát bội Bình Định.", "sản", "inner"),
    (T4, "Suốt cả cuộc đời cụ là viết kịch bản tuồng, dạy diễn tuồng và đạo diễn tuồng.", "kịch", "inner"),
    (T4, "Hát bội ở Bình Định có từ lâu đời.", "lâu", "inner"),
    (T6, "Đào Duy Từ học rộng, hiểu biết uyên thâm, bậc kỳ tài nhưng không được họ Trịnh trọng dụng vì xuất thân con hát, từ đó Đào Duy Từ bỏ nên bỏ vào Nam và sau này giúp chúa Nguyễn xây dựng cơ đồ ở xứ Đàng Trong.", "uyên", "inner"),
    (T8, "Vốn say mê sân khấu, từ lâu ông đã dụng tâm nghiên cứu nghệ thuật hát bội, khi còn tại chức và lúc về hưu ông vẫn sáng tác nhiều bản tuồng hát bội có giá trị văn chương và nghệ thuật độc đáo.", "nghiên", "inner"),
    (T10, "Hai năm làm quan ở Hà Đông, Nguyễn Hiển Dĩnh tận tuỵ với công việc, được tầng lớp Văn thân và nhân dân ở đây rất mến phục.", "tuỵ", "inner"),
    (T13, "Với bảng màu nguyên chất rực rõ từng gương mặt tuồng có thể ví như những tác phẩm hội họa sống động, giàu sức biểu cảm.", "họa", "inner"),
    (T14, "Điểm đặc biệt của hát bội, chính là nghệ thuật vẽ mặt, y trang, bổ sung những điệu hát mới nhằm nhuận sắc cho nghệ thuật múa hát theo tuồng tích đã có từ trước đó.", "nhuận", "inner"),
    (T15, "Tại Nam bộ còn có tục thờ tổ hát bội với nhiều ý nghĩa truyền thống.", "nghĩa", "inner"),
    (T16, "Hành động xuyên suốt vở tuồng là cuộc đấu tranh quyết liệt giữa hai phái chính và tà, khẳng định lí tưởng thẩm mĩ “thiện thắng ác, chính nghĩa thắng gian tà”.", "quyết", "inner"),
    (T21, "Cái nôi của bài chòi và hát bội là ở vùng Nam Ngãi Bình Phú, nhưng không dừng ở đó, mà lan tỏa sang các tỉnh thành khác lân cận, tạo nên hình thức giải trí có tính cách thưởng ngoạn và mang lại sự say mê trong mọi tầng lớp nhân dân.", "ngoạn", "inner"),
    # number: the syllable right after a number
    (T1, "Ông mất năm 1907 cách đây 116 năm.", "cách", "number"),
    (T4, "Theo truyền thuyết từ thế kỷ 16 cụ Đào Duy Từ ở Thanh Hóa vào Bình Định mang theo nghề diễn tuồng.", "cụ", "number"),
    (T5, "Từ thời Đào Tấn đến trước năm 1975 ở Bình Định đã có nhiều gánh hát bội do học trò và những học trò của học trò Đào Tấn làm bầu.", "ở", "number"),
    (T5, "Đến khoảng thời gian từ 1975 đến 1986 ở Bình Định có hơn 60 gánh hát bội không chuyên, chủ yếu tập trung ở các làng xã thuộc huyện Tuy Phước, An Nhơn, Tây Sơn, Phù Cát...", "gánh", "number"),
    (T7, "Cụ Nguyễn Hiển Dĩnh hiệu Tố Tân, sinh năm 1853 tại làng An Quán, tổng An Nhơn (nay thuộc xã Điện Phương, Điện Bàn, Quảng Nam)[1].", "tại", "number"),
    (T8, "Năm Bính dần 1926 ông mất thọ 73 tuổi.", "tuổi", "number"),
    (T8, "Trong đời hoạt động tuồng, ông đã sáng tác hoặc chỉnh lí, phóng tác hơn 20 vở tuồng.", "vở", "number"),
    (T8, "Năm 1907 ông về hưu, đến năm 1913 ông đích thân dựng một nhà hát tuồng có tên Ban hát phủ (phủ Điện Bàn) qui tụ được nhiêu nghệ nhân xuất sắc.", "ông", "number"),
    (T9, "Nguyễn Hiển Dĩnh (1853-1926) còn gọi là cụ “Tuần An Quán” đỗ tú tài năm 18 tuổi, làm quan đến chức Tuần vũ.", "tuổi", "number"),
    (T11, "Với bề dày lịch sử ấy, hơn 45 năm qua, gần 100 vở diễn đã được dàn dựng và biểu diễn, trong đó có 7 vở đề tài hiện đại, 5 vở chuyển thể và phóng tác từ kịch bản nước ngoài, có một vở trực tiếp dàn dựng với đạo diễn nước ngoài, còn lại là đề tài lịch sử, truyền thuyết lịch sử, dã sử, dân gian và tuồng đồ.", "năm", "number"),
    (T11, "Nhà hát tuồng Nguyễn Hiển Dĩnh tiền thân là Đoàn tuồng giải phóng Quảng Nam, được thành lập ngày 21 tháng 7 năm 1967 tại khu căn cứ kháng chiến của tỉnh.", "tháng", "number"),
    (T15, "Có thể nói, hát bội ở nước ta bắt đầu từ đó- năm 1285 vào đời vua Trần Nhân Tông(1).", "vào", "number"),
    (T18, "Năm 1959 Bộ Văn hoá quyết định thành lập Đoàn Tuồng Bắc, quy tụ các nghệ nhân Tuồng đang nằm rải rác ở các tỉnh: Nghệ An, Thanh Hóa, Nam Định, Bắc Ninh, Thái Bình, Hải Hưng, Hải Phòng, Hà Tây hướng về Hà Nội tham gia vào việc thành lập Đoàn Tuồng Bắc.", "Bộ", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): matomo-org/referrer-spam-list spammers.txt (referrer-spam
# hosts: gambling, betting, loan, forex, SEO-spam and traffic-spam sites), written as spam writes them.
TOKENS = {
    "domain": ["luxurybet.ru", "lotoflotto.ru", "slotron.com", "betslive.ru", "bettorschool.ru", "pinupcasinos.ru",
               "yougame.biz", "mikrozaim.site", "ranksonic.info", "getrichquick.ml", "seocheckupx.com", "moneyzzz.ru",
               "glavprofit.ru", "trafficgenius.xyz", "prizesk.com"],
    "letter-digit": ["Vulkanrussia1", "Shanscasino1", "Pinupp1", "Alcobutik24", "Stroyka47", "Xaker26", "Gruzchiki24",
                     "Mrbojikobi4", "Podseka1", "Specstroy36", "Uyutmaster73", "Tamada69"],
    "CamelCase": ["TrafficMonetizer", "SuperTraffic", "XtrafficPlus", "GhostVisitor", "DailyRank", "SeoJokes",
                  "TopGuruDeals", "CashForum", "TheAutoProfit", "PokupayLegko", "MyCheapTraffic", "SantasGift",
                  "BankHummer", "TrafficStudio"],
    "lower-case": ["adspart", "cityadspix", "seopub", "getaadsincome", "promoteapps", "justprofit", "wptraffic",
                   "dbutton", "uctraffic", "giftbig", "investpamm", "seoexperimenty", "promoforum"],
    "digit-led": ["1kreditzaim", "7milliondollars", "12masterov", "4istoshop", "5elementov", "16lv", "8xv8",
                  "3waynetworks"],
    "hyphenated": ["gk-casino", "royal-cazino", "v-cazino", "vavada-cazino", "casino-vulkane", "obzor-casino-x",
                   "tennis-bet", "bonus-betting", "trex-casino", "live-xbet", "vulkan-nadengi", "best-seo-offer",
                   "buttons-for-website", "get-free-traffic-now", "dengi-v-kredit", "backlinks-fast-top"],
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

"""Build ``benchmarks/data/langfresh47/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata47.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh47.py``. Same format as langfresh14-46
(``benchmarks/langid.py --data benchmarks/data/langfresh47 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 47) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved.

As in langfresh22-46, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-06) on animal feed and livestock nutrition: the feed market and its firms
  (TACN/TĂCN, CP, C.P, Cargill, Provimi, premix, De Heus, CJ Feed & Care, Proconco, Greenfeed, Anco, Austfeed,
  Guyomar'ch, US Feed, Kyodo Sojitz, New Hope Group, FDI, KCN, USD, đồng/kg), feed trials (FCR, ADG, ME, Pr, LY x
  PiDu, F1, L- Lysine, DL-Methionine, kg/ngày, VND), feed raw materials (protein, lisine, metionine, methionine,
  cystine, vit B12, 10g/kg), mycotoxins (Aflatoxin, AFB1, Aspergillus flavus, Fusarium, Penicillium, Vomitoxin,
  DON, ppb, °F), enzymes and probiotics (phytase, phytate, phosphor, Bacillus subtilis Ba-B2013, log10CFU/g, E.
  coli, Salmonella spp., Pediococcus acidilactici, Lactobacillus) and barn air (H2S) -- a topic no earlier control
  had (an NFC, case-blind search of every earlier langfresh .tsv finds none of "thức ăn chăn nuôi", "lysine",
  "premix", "aflatoxin", "phytase", "cargill", "de heus").
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages on calligraphy (thư pháp: the ông
  đồ who give characters at Tết, the street of ông đồ by Văn Miếu, calligraphy clubs and classes of Hán Nôm,
  Quốc ngữ calligraphy and its critics, the old masters), one syllable replaced by one token (its first whole-word
  occurrence; columns: split, spam text, token, original word, original sentence, place), 13 at each of six places:
  ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number`` (as langfresh22-46). Every row ``blind``. No
  earlier set has this topic (an NFC, case-blind search of every earlier langfresh .tsv finds none of "thư pháp",
  "hán nôm"). The sentences hold no Latin letter outside Vietnamese spelling (f, j, w, z, Ð), no one-letter
  consonant word, no Roman numeral, no acronym and no unit glued to a number.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-46 for theirs): the gambling entries (category code GMB) of citizenlab/test-lists, the URL testing
lists of the Citizen Lab and OONI (CC BY-NC-SA 4.0): bookmakers, casinos, lotteries and betting-tip sites of many
countries, among them the Italian regulator's (AAMS) blacklist of unlicensed gambling sites, written as spam
writes them: 16 full domains, 8 letter-digit codes, 16 CamelCase names, 14 bare lower-case names, 8 digit-led names
and 16 hyphenated names. None is an earlier set's token, in spam_brands.txt or the held-out stems, or a string
inside any file of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables included; the hyphen-less forms of the
hyphenated names and, for the names with digits, their letter parts of 3 letters or more too), none holds a brand
stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters or more, and no token's name is inside
another's (all checked before any run). ``deal`` orders each shape's tokens with the seed and deals them round the
six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh47"
SEED = 47
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
F1 = "http://tailieu.tv/tai-lieu/dinh-duong-heo-7793/"
F2 = ("https://text.123docz.net/document/1390798-danh-gia-hieu-qua-kinh-te-giua-thuc-an-vien-cong-nghiep-va-thuc-an-"
      "dang-bot-tu-tron-tren-heo-con-sau-cai-sua.htm")
F3 = ("https://text.123docz.net/document/2745550-nghien-cuu-nhu-cau-nang-luong-protein-va-axit-amin-lysin-methionin-"
      "threonin-va-trytophan-cho-lon-lai-4-mau-ngoai-nuoi-thit-o-viet-nam.htm")
F4 = ("https://luanvan.co/luan-van/hieu-qua-cua-viec-bo-sung-che-pham-axit-amin-tong-hop-l-lysine-va-dl-methionine-"
      "trong-khau-phan-lon-thit-f1-mongcai-28648")
F5 = "https://binhminhbba.com/tien-bo-trong-dinh-duong-ca-ro-phi-phan-1"
F6 = "https://vietbao.vn/nganh-chan-nuoi-doi-mat-rui-ro-tang-gia-dau-tuong-402525.html"
F7 = "https://data.vdsc.com.vn/2015/05/thuc-an-chan-nuoi-noi-ngoai-so-gang-768-420874.htm"
F8 = "https://baomoi.com/cac-ong-lon-thuc-an-chan-nuoi-manh-tay-dau-tu-vao-viet-nam/c/28248816.epi"
F9 = "https://amp.vtcnews.vn/sau-lien-doanh-voi-hung-nhon-de-heus-mua-lai-toan-bo-cj-feed-care-tai-chau-a-ar968892.html"
F10 = ("https://danviet.vn/nha-may-thuc-an-chan-nuoi-28-trieu-usd-cua-ong-lon-den-tu-my-hoat-dong-tai-dong-nam-bo-"
       "20230925154039832.htm")
F11 = "https://diendandoanhnghiep.vn/print/cargill-dau-tu-28-trieu-usd-vao-nha-may-thuc-an-chan-nuoi-138245.html"
F12 = "https://thanhnien.vn/de-heus-mua-lai-toan-bo-17-nha-may-thuc-an-chan-nuoi-cua-cj-feed-185251002110903383.htm"
F13 = "https://aquaculture.vn/tag/adm"
F14 = "http://ntp.nhipcaudautu.vn/new-hope-tag.html"
F15 = ("https://tailieuxanh.com/vn/tlID1305957_de-tai-anh-huong-cua-aflatoxin-len-ti-le-song-va-toc-do-tang-truong-"
       "cua-ca-tra-pangasius-hypophthalmus.html")
F16 = "https://nhachannuoi.vn/cac-doc-to-nam-moc-trong-thuc-an-cua-heo"
F17 = "http://tinovn.com/kien-thuc/kien-thuc-dinh-duong/50-doc-to-nam-moc-trong-thuc-pham-dong-vat.html"
F18 = "https://1libvn.com/document/yj789n66-hi%E1%BB%87u-s%E1%BB%AD-d%E1%BB%A5ng-s%E1%BA%A3n-ph%E1%BA%A9m-ti%C3%AAu-phytase-c%E1%BA%A7m.html"
F19 = ("https://text.123docz.net/document/1384181-nghien-cuu-anh-huong-cua-viec-bo-sung-phytase-trong-khau-phan-an-"
       "den-hieu-qua-su-dung-canxi-phot-pho-va-suc-san-xuat-cua-ga-ross-508.htm")
F20 = ("https://text.123docz.net/document/4466462-nghien-cuu-tac-dong-cua-enzyme-phytase-den-kha-nang-san-xuat-cua-"
       "ga-thit-va-xac-dinh-ty-le-bo-sung-thich-hop.htm")
F21 = "https://123docz.net/trich-doan/1105004-thuc-an-bo-sung-protein.htm"
F22 = "https://www.baomoi.com/thuc-an-chan-nuoi-tang-gia-lan-thu-tu/c/5936004.epi"
F23 = ("https://etime.danviet.vn/gia-thuc-an-chan-nuoi-tiep-tuc-tang-lan-thu-8-co-doanh-nghiep-tang-toi-9-lan-"
       "20210803151529342.htm")
F24 = "https://nld.com.vn/kinh-te/nguoi-nuoi-ga-dang-lo-nang-20120914085638159.htm"
F25 = ("https://khoathuy.vnua.edu.vn/danh-gia-anh-huong-cua-vi-khuan-bacillus-subtilis-ba-b2013-doi-voi-tang-trong-"
       "va-so-luong-vi-khuan-duong-ruot-cua-ga-2.html")
F26 = "https://123docz.net/trich-doan/1146750-loi-ich-cua-probiotic-trong-chan-nuoi-heo.htm"
F27 = "https://123dok.com/vn/docs/lactic-bacteria-charateristics-probiotic-preventing-treating-digestive-disorder.9148915"
F28 = ("https://text.123docz.net/document/5067297-khao-sat-quy-trinh-san-xuat-va-danh-gia-chat-luong-san-pham-lactovet-"
       "men-lacto-song-cua-cong-ty-co-phan-thuoc-thu-y-duc-hanh-marphavet-khoa-luan-tot-n.htm")

CLEAN = [
    # barn air and feed trials on pigs
    (F1, "Đó là trường hợp nuôi quá nhiều thú trong chuồng chật hẹp, kém sự thông thoáng, vệ sinh chuồng không chu đáo làm cho những chất mà đàn gia súc thải ra quá nhiều như khí carbonic, nhiều hơi nước, khí H2S, khí Amoniac, khí mêtan những chất khí này ít nhiều cũng ảnh hưởng đến sự hô hấp của đàn heo."),
    (F1, "Thông thường nếu xây dựng kiểu chuồng đúng, sự trao đổi khí như vậy tạo vận tốc gió từ 0,5m đến 1,0m mỗi giây."),
    (F2, "Hệ số chuyển hóa thức ăn (FCR) của lô ăn cám bột là 1.3, lô ăn cám viên là 1.55."),
    (F2, "Tăng trọng ngày (ADG) của lô ăn thức ăn bột là 0.52 kg/ngày, lô ăn cám viên là 0.4 kg/ngày."),
    (F2, "Trọng lượng kết thúc thí nghiệm của lô ăn cám bột là 17.9kg, lô ăn cám viên là 14.9kg lô ăn cám bột hơn 3kg."),
    (F2, "Trọng lượng kết thúc thí nghiệm của lô ăn cám bột là 23.6kg, lô ăn cám viên là 19.7kg nếu trừ đi sự chênh lệch trọng lượng ban đầu thì lô ăn cám bột cao hơn là 3kg"),
    (F2, "Chi phí cho 1kg tăng trọng của lô ăn thức ăn bột là 16846 VND, lô ăn thức ăn viên là 22649 VND"),
    (F3, "Hai thí nghiệm được thiết kế giống nhau để xác định nhu cầu năng lượng (ME), protein thô (Pr) và axit amin cho lợn ngoại lai 4 máu nuôi thịt trong 2 mùa vụ khác nhau (hè thu và đông xuân)."),
    (F3, "Mỗi thí nghiệm sử dụng 192 lợn lai ngoại (LY x PiDu) khối lượng ban đầu khoảng 20 kg chia ngẫu nhiên vào 36 ô chuồng cho 12 lô thí nghiệm (3 ô/lô), mỗi ô là một lần lặp lại."),
    (F3, "Thí nghiệm thiết kế theo kiểu 2 nhân tố, trong đó nhân tố 1 là 2 mức ME: mức thấp (3050-2950 Kcal/kg) và mức cao (3250-3050 Kcal/kg) tương ứng với 2 giai đoạn nuôi dưỡng (20-50 kg và 50 kg-xuất chuồng); nhân tố 2 là 6 mức lysin tiêu hóa/ME tính bằng g/Mcal (LY/ME): Mức 1 (2.0-1.6); mức 2 (2.3-1.9); mức 3 (2.6-2.2); mức 4 (2.9-2.5); mức 5 (3.2-2.8) và mức 6 (3.5-3.1) tương ứng với 2 giai đoạn nuôi dưỡng như trên."),
    (F3, "Tổng số có 2 x 6 = 12 lô thí nghiệm."),
    (F3, "Hàm lượng Pr trong khẩu phần ở các lô là như nhau (16.0 và 13.0% cho giai đoạn 1 và 2 tương ứng)."),
    (F4, "Hiệu quả của việc bổ sung chế phẩm axit amin tổng hợp L- Lysine và DL-Methionine trong khẩu phần lợn thịt F1 (MóngCái –Yorkshire) nuôi ở trại Tiền Phong"),
    (F5, "Với chi phí sản xuất trung bình khoảng 0,80 USD/kg, trong đó riêng chi phí thức ăn chiếm khoảng 60% (tức 0,48 USD/kg), có thể ước tính rằng các nhà sản xuất cá rô phi toàn cầu đang chi ít nhất 2,88 tỷ USD mỗi năm chỉ riêng cho phần dinh dưỡng."),
    # the feed market, its imports and prices
    (F6, "Giá lợn hơi ghi nhận sáng nay dao động từ 52.000-54.000 đồng/kg, mức giá thấp nhất trong vài tháng trở lại đây."),
    (F6, "Ngược lại, chi phí thức ăn chăn nuôi (TĂCN) chỉ tính từ đầu năm 2022 đã trải qua 8 đợt điều chỉnh tăng."),
    (F6, "Theo Tổng cục Hải quan, Việt Nam đã chi 650 triệu USD trong tháng 11 để nhập khẩu TĂCN và nguyên liệu, tăng 61,7% so với tháng trước và 78,4% so với cùng kỳ năm ngoái."),
    (F6, "Kim ngạch nhập khẩu TĂCN và nguyên liệu về nước ta trong 11 tháng qua đạt 5,14 tỷ USD, tăng 14,6% so với cùng kỳ."),
    (F6, "Trong đó, khô đậu tương là mặt hàng chiếm tỷ trọng cao nhất với 2,44 tỷ USD cho 4,33 triệu tấn."),
    (F7, "Thức ăn chăn nuôi (TACN) được đánh giá là lĩnh vực kinh doanh đầy tiềm năng trong các năm sắp tới."),
    (F7, "Thị trường TACN của Việt Nam được đánh giá là một mảnh đất còn rất nhiều tiềm năng."),
    (F7, "Số liệu từ Hiệp hội TACN cho thấy, hiện cả nước có 239 nhà máy chế biến TACN, trong đó 180 nhà máy là của các doanh nghiệp trong nước, 59 nhà máy còn lại là các doanh nghiệp liên doanh và doanh nghiệp FDI."),
    (F7, "Mặc dù số lượng nhà máy có vốn đầu tư nước ngoài không nhiều nhưng lại đang chiếm 60-65% tổng sản lượng TACN sản xuất ra."),
    (F7, "Doanh nghiệp chiếm thị phần cao nhất hiện nay là Công ty cổ phần Chăn nuôi CP Việt Nam với 19,4%; kế tiếp là Công ty TNHH Cargill Việt Nam với 8,11%; xếp sau lần lượt là các doanh nghiệp như Proconco (8%); Green Feed (5%); Anco (4%)..."),
    (F8, "Tập đoàn Cargill khánh thành nhà máy sản xuất thức ăn chăn nuôi thứ 12 ở Việt Nam (thuộc KCN Bàu Bàng, tỉnh Bình Dương)."),
    (F8, "Thật vậy, ngày 20.10 vừa qua, Cargill đã chính thức đưa nhà máy sản xuất thức ăn chăn nuôi trị giá 28 triệu USD, có công suất 240.000 tấn/năm (tại khu công nghiệp Bàu Bàng, tỉnh Bình Dương) đi vào hoạt động."),
    (F8, "Đây là nhà máy thứ 12 mà Cargill đầu tư ở Việt Nam."),
    (F8, "Trước đó, vào tháng 5.2018, Tập đoàn Austfeed (Australia) cũng khánh thành nhà máy thức ăn chăn nuôi thứ 5, tại tỉnh Đồng Tháp."),
    (F8, "Nhà máy trị giá 30 triệu USD, công suất 400.000 tấn/năm."),
    (F8, "Trong khi đó, một số “ông lớn” thức ăn chăn nuôi khác như: De Heus (Hà Lan), CP (Thái Lan), Proconco (Pháp)… cũng bạo tay đầu tư rất lớn cho ngành thức ăn chăn nuôi tại thị trường Việt Nam."),
    (F8, "Đáng kể là De Heus có tới 7 nhà máy sản xuất thức ăn chăn nuôi, đã sản xuất chạm mốc trên 500 triệu tấn.v.v…"),
    (F9, "Ngày 1/10, tại Hà Nội, Tập đoàn Hoàng gia De Heus (Hà Lan) đã ký thỏa thuận mua lại 100% cổ phần của Tập đoàn CJ Feed & Care (Hàn Quốc)."),
    (F9, "Thương vụ bao gồm 17 nhà máy sản xuất thức ăn chăn nuôi, đánh dấu bước tiến quan trọng trong chiến lược tăng trưởng dài hạn của De Heus, thể hiện tham vọng của Tập đoàn trong việc mang đến nguồn thực phẩm lành mạnh và giá cả hợp lý, qua việc hỗ trợ các hộ chăn nuôi và nuôi trồng thủy sản tại các thị trường tăng trưởng trọng điểm."),
    (F9, "Sau ký kết, De Heus sẽ tiếp quản toàn bộ hoạt động kinh doanh của CJ Feed & Care tại Việt Nam, Indonesia, Hàn Quốc, Campuchia và Philippines."),
    (F9, "Gia nhập thị trường Việt Nam năm 2009, De Heus không ngừng xây dựng và mở rộng sự hiện diện vững chắc tại châu Á."),
    (F9, "Việc mua lại CJ Feed & Care giúp củng cố vị thế của De Heus tại Việt Nam, Indonesia và Campuchia, đồng thời mở ra cơ hội tiếp cận trực tiếp 2 thị trường chiến lược là Hàn Quốc và Philippines."),
    (F10, "Nhà máy thức ăn chăn nuôi trị giá 28 triệu USD của đại gia nông nghiệp Cargill (Mỹ) được khánh thành ngày 25/9, tại Đồng Nai."),
    (F10, "Theo 'ông lớn' nông nghiệp đến từ Mỹ, đây là nhà máy premix hiện đại nhất của Cargill ở Châu Á."),
    (F10, "Premix là những loại bột gồm hỗn hợp các chất giàu dinh dưỡng có hoạt tính sinh học cao, được trộn sẵn dùng làm thức ăn vật nuôi."),
    (F10, "Nhà máy mới có tên Provimi tại Khu Công nghiệp Giang Điền (huyện Trảng Bom, Đồng Nai) ra đời nhằm thay thế hoàn toàn cho nhà máy Provimi cũ trước đây tại Biên Hoà, Đồng Nai."),
    (F10, "Nhà máy có diện tích 3 ha, lớn gấp 9 lần nhà máy cũ và có công suất 40.000 tấn/năm, gấp đôi so với nhà máy cũ."),
    (F10, "Cargill hy vọng khoản đầu tư mới sẽ đáp ứng nhu cầu ngày càng cao của ngành chăn nuôi Việt Nam."),
    (F10, "Cuối năm 2011, Cargill hoàn tất thương vụ mua lại 100% Công ty Provimi của Hà Lan, với giá 1,5 tỷ euro (2,1 tỷ USD thời điểm đó) để tăng cường sức cạnh tranh toàn cầu."),
    (F10, "Sau đó, Provimi Việt Nam cũng trở thành một phần của Cargill Việt Nam."),
    (F10, "Lãnh đạo tập đoàn Cargill khẳng định Việt Nam luôn là thị trường trọng điểm của Cargill trên toàn cầu."),
    (F11, "Đây là nhà máy sản xuất thức ăn chăn nuôi  thứ 12 của Cargill tại Việt Nam, được xây dựng trên diện tích đất 48.000 m2."),
    (F11, "Nhà máy có công suất 240.000 tấn/năm, là nhà máy hiện đại nhất và với quy mô lớn nhất tới thời điểm này của Cargill tại Việt Nam."),
    (F11, "Theo nghiên cứu của The Econimist Intelligence Unit (EIU), thịt, sữa và các sản phẩm từ sữa, cá là các loại thực phẩm đang gia tăng tiêu thụ tại các nước Đông Nam Á, đặc biệt tại một số quốc gia như Việt Nam, Myanmar và Indonesia."),
    (F11, "Việt Nam vẫn tiếp tục là thị trường sản xuất thức ăn chăn nuôi thương mại lớn nhất trong khối ASEAN."),
    (F12, "Theo thỏa thuận được ký kết giữa tập đoàn De Hues và CJ Feed& Care, De Heus sẽ sở hữu 17 nhà máy thức ăn chăn nuôi và hệ thống kinh doanh của CJ tại Việt Nam, Indonesia, Hàn Quốc, Campuchia và Philippines."),
    (F12, "Thương vụ này đánh dấu một bước tiến quan trọng trong chiến lược tăng trưởng dài hạn của De Heus, thể hiện rõ tham vọng không ngừng của De Heus trong việc mở rộng hệ thống chăn nuôi và nuôi trồng thủy sản độc lập tại các thị trường tăng trưởng trọng điểm."),
    (F12, "Qua thương vụ này, De Heus khẳng định sẽ tiếp tục cam kết đồng hành cùng các hộ chăn nuôi độc lập."),
    (F13, "Các thương vụ mua lại trong thập kỷ qua đã củng cố lĩnh vực thức ăn nuôi tôm, hình thành Skretting, Cargill, CP Foods, Thai Union, Grobest, Quảng Đông…"),
    (F14, "Hôm 25.4, New Hope Group, tập đoàn sản xuất thức ăn hàng đầu của Trung Quốc, cho biết rằng họ đang xây dựng ba trang trại nuôi heo tại Việt Nam."),
    (F22, "Theo thông tin từ các công ty thức ăn chăn nuôi CP, Proconco, Cargill,... giá thức ăn chăn nuôi lại vừa tăng lên khoảng 200 đến 260 đồng/kg."),
    (F22, "Cụ thể, Công ty Proconco tăng giá các loại cám hỗn hợp (từ lợn đang tập ăn đến lợn xuất chuồng) thêm từ 150 đến 200 đồng/kg tùy loại."),
    (F22, "Riêng cám heo loại đậm đặc tăng thêm 360 đồng/kg."),
    (F22, "Mức tăng tổng cộng bốn lần bình quân khoảng 1.200 đồng/kg thức ăn chăn nuôi các loại."),
    (F23, "Theo đó, Công ty Cổ phần Chăn nuôi C.P Việt Nam thông báo tăng 400 đồng/kg với tất cả các thức ăn chăn nuôi đậm đặc, hỗn hợp cho heo con tập ăn, heo nái nuôi con; thức ăn hỗn hợp cho heo còn lại tăng 300 đồng/kg; thức ăn hỗn hợp cho gà, vịt, gia súc tăng 200 đồng/kg."),
    (F23, "Một doanh nghiệp lớn khác trong ngành thức ăn chăn nuôi là Công ty Cổ phần Greenfeed Việt Nam cũng vừa điều chỉnh giá thức ăn chăn nuôi từ ngày 2/8."),
    (F23, "Sản phẩm cám đậm đặc của công ty này tăng 400 đồng/kg; cám tập ăn heo con 300 đồng/kg; cám hỗn hợp heo 300 đồng/kg; cám hỗn hợp gia cầm thịt 200 đồng/kg; và cám bò tăng là 2000 đồng/kg."),
    (F23, "Bên cạnh đó, hàng loạt doanh nghiệp như Công ty NHH Chăn nuôi Hòa Phát Đồng Nai, Công ty TNHH thức ăn chăn nuôi Kyodo Sojitz, Công ty De Heus, Công ty US Feed, Công ty TNHH CJ Vina Agri…cũng đồng loạt tăng giá các sản phẩm."),
    (F23, "Mức tăng mạnh nhất thuộc về Công ty Guyomar’ch Việt Nam."),
    (F24, "Chỉ trong khoảng một tháng qua, thức ăn chăn nuôi 2 lần tăng giá với tổng mức tăng 500 đồng- 800 đồng/kg (tùy loại) đã gây khó khăn rất lớn cho người chăn nuôi."),
    # mycotoxins (độc tố nấm mốc)
    (F15, "Độc chất aflatoxin được tạo ra từ các loài nấm mốc thuộc giống Aspergillus, mọc trên các loài ngũ cốc, trong đó aflatoxin B1 (AFB1) chủ yếu do loài Aspergillus flavus sinh ra có độc tính rất cao (Nabil Saad, 2004; Victoria, 2001; Roberts, 2002)."),
    (F15, "Động vật, kể cả con người, nếu ăn phải thức ăn chứa AFB1, hoặc sử dụng nguyên liệu thức ăn có nguồn gốc từ ngũ cốc bị nhiễm nấm mốc Aspergillus flavus có thể nguy hại đến tính mạng"),
    (F16, "Những loại độc tố chính ảnh hưởng tới sức khỏe của heo gồm Aflatoxin, Vomitoxin, Zearelanone, Fumonisin và Ochratoxin."),
    (F16, "Những độc tố nấm mốc này được tạo ra bởi nấm mốc thuộc các giống Aspergillus, Fusarium và Penicillium."),
    (F16, "Sự phát triển của nấm đòi hỏi lượng tinh bột có sẵn từ các loại hạt ngũ cốc, ẩm độ, không khí và nhiệt độ phù hợp, thông thường là từ 54°F đến 77°F."),
    (F17, "Từ khi phát hiện ra aflatoxin thì khoảng 15 năm sau, người ta đã phát hiện thêm 7 loại độc tố nấm mốc khác có ảnh hưởng xấu đến sức khỏe và năng suất của gia súc, gia cầm."),
    (F17, "Ví dụ ở Đức có 84% trên 1,000 mẫu nông sản thực phẩm kiểm tra có nhiễm tricothecene, 13% số mẫu lương thực như lúa mì, lúa mạch, yến mạch bị nhiễm ochratoxin."),
    (F17, "Ở Mỹ có rất nhiều mẫu bắp kiểm tra cho thấy có sự nhiễm vomitoxin (DON) ở mức 1000 ppb."),
    (F17, "Ở Úc, Trên bắp thấy có cả 3 loại độc tố nấm mốc aflatoxin, fumonisinzearalenon."),
    (F17, "Ở Bắc Âu thì ochratoxinvomitoxin là vấn đề đang được quan tâm nhất."),
    (F17, "Còn ở Nam Mỹ thì độc tố nấm mốc có ưu thế lại là aflatoxinfumonisin."),
    (F17, "Nhưng theo Brathers và Wyatt thuộc đại học Georgia ở Mỹ khảo sát trên 192 mẫu thức ăn từ 3 vùng địa lý khác nhau ở Mỹ thì cho rằng sự nhiễm độc tố nấm mốc không có liên quan gì đến các vùng địa lý."),
    # feed raw materials (bột cá, bánh dầu nành)
    (F21, "Trong protein bột cá có đầy đủ các acid amin không thay thế với hàm lượng cao: lisine 7,5%, metionine 3%, isoleucine 4,75%."),
    (F21, "Protein trong bột cá sản xuất ở Việt Nam biến động từ 31-60%, canxi 5,5-8,7%, photpho 3,5-4,8%."),
    (F21, "Theo Lê Đức Ngoan và ctv (2004) thì bánh dầu nành là phụ phẩm của quá trình chế biến dầu từ hạt đậu nành."),
    (F21, "Hàm lượng dầu còn lại khoảng 10g/kg."),
    (F21, "Trong bánh dầu nành chỉ tồn tại một lượng nhỏ khoáng và nhiều vitamin, trừ vit B12."),
    (F21, "Cũng giống như bột đậu nành, bánh dầu nành có hàm lượng protein cao, chiếm khoảng 42-45% theo vật chất khô."),
    (F21, "Protein của bánh dầu nành cũng chứa hầu hết các acid amin thiết yếu, nhưng nghèo acid amin chứa lưu huỳnh như cystine và methionine."),
    # enzymes (phytase) and probiotics
    (F18, "Trong thức ăn hỗn hợp của gia cầm, phytate tồn tại như một nguồn phosphor hữu cơ và cũng là một nhân tố kháng dưỡng."),
    (F18, "Sử dụng phytase để phân giải nguồn phosphor này có nhiều ý nghĩa đối với gia cầm, giúp cho gia cầm hấp thu phosphor và khoáng chất tốt hơn, cùng với đó là lượng phosphor trong phân thải ra môi trường giảm đi đáng kể."),
    (F18, "Nguồn phytase tiềm năng có thể được thu nhận được từ nhiều loại vi khuẩn và vi nấm phổ biến như Bacillus sp., Pseudomonas sp., Escherichia coli, Citrobacter braakii, Enterobacter, Aspergillus terreus, A. ficuum, A. niger, A. fumigatus, Thermoascus aurantiacus…"),
    (F18, "Thị trường sản phẩm phytase tại Việt Nam hiện nay rất đa dạng với hầu hết sản phẩm có nguyên liệu ngoại nhập."),
    (F19, "nghiên cứu ảnh hưởng của việc bổ sung phytase trong khẩu phần ăn đến hiệu quả sử dụng canxi, phốt pho và sức sản xuất của gà ross 508"),
    (F19, "Tuy nhiên bên cạnh sự phát triển protein thực vật trong TĂCVN, vấn đề trở ngại lớn nhất là khả năng tiêu hoá và hấp thụ các chất dinh dưỡng trong thức ăn chứa nhiều protein thực vật."),
    (F20, "Nghiên cứu tác động của enzyme phytase đến khả năng sản xuất của gà thịt và xác định tỷ lệ bổ sung thích hợp"),
    (F25, "Nghiên cứu được tiến hành để đánh giá hiệu quả của chủng vi khuẩn Bacillus subtilis Ba-B2013 đối với tăng trọng và số lượng một số vi khuẩn đường ruột của gà thí nghiệm."),
    (F25, "Kết quả cho thấy giá trị tăng trọng bình quân theo ngày (ADG) ở lô bổ sung chế phẩm chứa Bacillus subtilis Ba-B2013 với tỷ lệ 0,2% (20,32 g/con/ngày) cao hơn so với lô bổ sung chế phẩm chứa Bacillus subtilis Ba-B2013 với tỷ lệ 0,1% (20,18 g/con/ngày) (P < 0,05)."),
    (F25, "Cả hai lô bổ sung chế phẩm đều có hệ số chuyển hóa thức ăn thấp hơn so với lô đối chứng (P < 0,05), hệ số FCR của lô đối chứng, lô bổ sung 0,1% và lô bổ sung 0,2% lần lượt là 3,63; 3,43 và 3,41."),
    (F25, "Số lượng vi khuẩn gây bệnh đường ruột ở gà thí nghiệm giảm có ý nghĩa so với gà đối chứng, số lượng E. coli giảm từ 5,59 log10CFU/g xuống 3,95 log10CFU/g; số lượng vi khuẩn Salmonella spp. giảm từ 2,21 log10CFU/g xuống 1,55 log10CFU/g; số lượng vi khuẩn C. perfringens giảm từ 2,28 log10CFU/g xuống1,80 log10CFU/g."),
    (F26, "Probiotic thường được sử dụng như một phụ gia bổ sung vào thức ăn cho heo con cai sữa để ngăn ngừa tiêu chảy khi heo chuyển từ sữa mẹ sang thức ăn khô"),
    (F26, "Theo Lindner (1987) thì Pediococcus acidilactici (Hình 2.7) thuộc bộ Lactobacillales, họ Lactobacillaceae, giống Pediococcus."),
    (F26, "Động vật ăn Pediococcus acidilactici được tăng cường đáp ứng miễn dịch chống lại các bệnh truyền nhiễm (Lee et al., 2007)."),
    (F26, "Ngoài ra, Pediococcus acidilactici cũng được biết là ức chế sự phát triển của các tác nhân gây bệnh đường ruột như vi khuẩn Shigella, Salmonella, Clostridium difficile và E. coli."),
    (F27, "Từ bộ sưu tập giống vi khuẩn của Phòng Thí nghiệm Vi sinh – Trường Đại học Sư phạm Thành phố Hồ Chí Minh, chúng tôi tuyển chọn được ba chủng vi khuẩn lactic: Lactobacillus agilis (B), Lactobacillus salivarius (N4), Lacto- bacillus acidophilus (L2)."),
    (F28, "Khảo sát quy trình sản xuất và đánh giá chất lượng sản phẩm Lactovet Men lacto sống của công ty Cổ phần Thuốc thú y Đức Hạnh Marphavet (Khóa luận tốt nghiệp)"),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
S1 = "https://baobariavungtau.com.vn/noi-ay-que-nha/202101/ong-do-cho-chu-net-dep-van-hoa-ngay-tet-918060/index.htm"
S2 = "https://izumi.edu.vn/blog-2/thu-phap-tet-giap-thin-vi-cb"
S3 = "http://svcvietnam.com/threads/ai-dam-me-thu-phap-viet-xin-binh-luan.2165/"
S4 = "https://dangnho.com/doi-song/van-hoa/mot-cai-nhin-ve-nghe-thuat-thu-phap-viet-thoi-hien-dai.html/amp"
S5 = "https://vietbestforum.com/thread-21680-nextoldest.html"
S6 = "https://vietartvalue.com/?p=3633"
S7 = "https://www.thuphapthanhphong.com/2018/02/"
S8 = "http://ttvnol.com/threads/cac-clb-thu-phap-viet-nam.164833"
S9 = "http://tintuc.vdong.vn/08/3009927.htm"
S10 = "https://anninhthudo.vn/chinh-tri-xa-hoi/anh-ong-do-ba-do-san-may-say-phuc-vu-nguoi-xin-chu-dau-nam/840714.antd"
S11 = "https://vietnamnet.vn/gioi-tre-no-nuc-di-xin-chu-dau-nam-58236.html"
S12 = "http://baoninhthuan.com.vn/news/91036p1c29/khai-but-thu-phap-dau-xuan-dinh-dau.htm"
S13 = "http://japanest.com/forum/archive/index.php/t-11430.html?s=f75c88bd98af1783f90e0beaee9f2539"
S14 = "https://xetaimydinh.edu.vn/cauhoi/ong-do-la-gi/?p=192023"
S15 = "https://telos.vn/partner/vo-duong/"
S16 = "http://baodanang.vn/channel/5414/201707/gin-giu-net-chu-xua-2562423/"
S17 = "https://vov.vn/van-hoa/ngay-cang-nhieu-nguoi-tre-tim-den-voi-thu-phap-truyen-thong-817572.vov"
S18 = ("http://vinhphuctv.vn/Qu%E1%BA%A3n-tr%E1%BB%8B/Tin-t%E1%BB%A9c-chung/ID/361668/Noi-hoi-tu-cua-nhung-nguoi-"
       "me-chu-Han-Nom")
S19 = "https://hiephoilangnghehaiphong.com/chang-duong-20-khoa-hoc-han-nom-va-thu-phap-co-ban/"
S20 = ("http://www.hoianworldheritage.org.vn/vi/news/savefile/Van-hoa-nghe-thuat/To-chuc-day-chu-Han-Nom-mien-phi-"
       "trong-khu-pho-co-Hoi-An-358.hwh")
S21 = "https://thanhnien.vn/lop-hoc-ma-hoc-sinh-chi-thich-luu-ban-185426526.htm"
S22 = "http://dulichxhome.com/-sac-do-tran-ngap-pho-ong-do--33099.html"
S23 = "https://m.giacngo.vn/ngay-xuan-cho-chu-post7835.html"
S24 = "https://thvl.vn/th%e1%bb%9di-s%e1%bb%b1-thvl/tin-dia-phuong/ong-do-ngay-xuan/"
S25 = "http://ttvnol.com/threads/chan-dung-cac-thu-phap-gia-viet-nam.164102/page-2"
S26 = "https://taisachpdfmienphi.com/doc-sach-online/nep-cu-tiet-thao-mot-thoi-1534/trang-16"
S27 = "https://mb.dkn.tv/van-hoa/nghe-thuat/tam-bac-thay-thu-phap-trung-hoa-qua-moi-thoi-dai.html"

SPAM = [  # (page, original sentence, replaced word, place)
    # start: the sentence's first syllable
    (S2, "Với nét chữ bay bổng, mềm mại và những thông điệp chúc mừng, thư pháp không chỉ là một nghệ thuật mà còn là phương tiện thể hiện sự tôn trọng, lòng kính yêu đối với tổ tiên và mong muốn một năm mới an khang, thịnh vượng.", "Với", "start"),
    (S3, "Do vậy, chúng trực tiếp làm bẩn chữ Quốc ngữ.", "Do", "start"),
    (S4, "Hầu như chỗ nào ta cũng bắt gặp thư pháp chữ Việt.", "Hầu", "start"),
    (S4, "Hiểu ngắn gọn thư pháp là cách viết chữ.", "Hiểu", "start"),
    (S5, "Thuở đó nhà văn Việt Nam chỉ sử dụng toàn thứ chữ “con trùn” này.", "Thuở", "start"),
    (S6, "Có khá nhiều người theo học các khóa thư pháp này.", "Có", "start"),
    (S7, "Khi ghép nhiều chữ cái với nhau theo luật phát âm sẽ hình thành một từ.", "Khi", "start"),
    (S11, "Dọc dài con phố nhỏ Văn Miếu những ngày đầu xuân trở nên ấm áp và sáng hơn với những khuôn giấy đỏ thắm, mực xạ treo trên tường hay bày nơi chiếu.", "Dọc", "start"),
    (S14, "Vào mỗi dịp Tết đến xuân về, hình ảnh ông đồ ngồi bên đường phố viết chữ, câu đối đã trở thành một nét đẹp văn hóa truyền thống của Việt Nam.", "Vào", "start"),
    (S16, "Đến với lớp học này, người già hay người trẻ đều mang trong mình niềm say mê học chữ.", "Đến", "start"),
    (S22, "Gần Tết, nhiều người dân lại tới ‘phố ông đồ’ trên vỉa hè Văn Miếu, Hà Nội để xin chữ.", "Gần", "start"),
    (S22, "Càng sát Tết, người đến xin chữ càng đông, các ông đồ phải làm việc liên tục.", "Càng", "start"),
    (S27, "Từ cổ đại đến nay, thư pháp chưa bao giờ tách rời khỏi chiếc bút lông.", "Từ", "start"),
    # end: the last syllable before the final punctuation
    (S1, "Tại Hội hoa Xuân Vũng Tàu năm đó, anh đã mở gian hàng thư pháp “Ông đồ”.", "đồ", "end"),
    (S2, "Thư Pháp Tết Giáp Thìn là một trong những nét văn hóa truyền thống đặc sắc trong dịp Tết Nguyên Đán, được ưa chuộng và lưu giữ qua nhiều thế hệ.", "hệ", "end"),
    (S3, "Chưa có một sự công nhận chính thức nào của những người quản lý văn hóa tại Việt Nam dành cho bộ môn viết chữ Quốc ngữ đẹp theo một số quy tắc của thư pháp Hán, tôi tạm gọi là thế.", "thế", "end"),
    (S4, "Bên cạnh đó, cũng có không ít các câu lạc bộ, các lớp giảng dạy thư pháp được hình thành.", "thành", "end"),
    (S7, "Những người nước ngoài khi nghe người Việt nói chuyện thường có cảm giác như người Việt đang hát.", "hát", "end"),
    (S8, "Trong căn nhà tuyềnh toàng, bộn bề giấy và bút, bác giảng giải cho tôi nghe ý nghĩa một dòng đề từ còn chưa ráo mực.", "mực", "end"),
    (S17, "Đáng mừng là nhiều người trong số đó, tuổi đời còn rất trẻ.", "trẻ", "end"),
    (S18, "Từ việc biết nghĩa chữ, ông hiểu hơn về những điều tổ tiên răn dạy, từ đó thấm nhuần và bảo ban con cháu trong nhà.", "nhà", "end"),
    (S26, "Câu đối cổ kim cụ nhớ lắm.", "lắm", "end"),
    (S21, "Chị cho biết, có bố là thầy cúng nên chị muốn kế nghiệp.", "nghiệp", "end"),
    (S22, "Chờ bố xin chữ lâu, bé gái ngủ thiếp đi nhưng một tay vẫn giữ chặt tờ giấy đỏ.", "đỏ", "end"),
    (S24, "Một điều đáng nói nữa là những thầy đồ ngày nay lại chọn chữ Quốc ngữ làm ngôn ngữ thể hiện với những câu chúc xuân mang đậm phong cách Việt.", "Việt", "end"),
    (S27, "Thư pháp là một môn nghệ thuật truyền thống đặc sắc của Trung Hoa.", "Hoa", "end"),
    # function: a function word
    (S3, "Vậy nên có rất nhiều người đang làm bẩn chữ Quốc ngữ bằng cách mạo danh thư pháp.", "bằng", "function"),
    (S6, "Bức thư pháp này được trưng bày triển lãm ở nhiều nơi.", "ở", "function"),
    (S7, "Tiếng Việt và tiếng Hán đều thuộc loại đơn âm nên chữ Việt và Hán cũng có những tính tương đồng.", "nên", "function"),
    (S7, "Tương đồng ở chỗ, mỗi chữ, khi đọc chỉ phát ra một đơn âm.", "khi", "function"),
    (S7, "Mỗi chữ cái biểu hiện một âm (nguyên âm hoặc phụ âm).", "hoặc", "function"),
    (S9, "Anh cho biết câu lạc bộ mất một năm để chuẩn bị cho triển lãm này.", "để", "function"),
    (S10, "Thành phố Hà Nội nhiều năm qua đã đóng góp công sức và trí tuệ cho bảo tồn, xây dựng và phát huy giá trị di tích đặc biệt quan trọng này.", "cho", "function"),
    (S14, "Các ông đồ thường mở lớp học tại nhà hoặc các địa điểm công cộng như đình làng, chùa chiền.", "tại", "function"),
    (S14, "Họ không chỉ dạy chữ mà còn truyền đạt đạo đức, lễ nghĩa và các giá trị văn hóa truyền thống.", "mà", "function"),
    (S16, "Ông Nguyễn Văn Bán ở phường Thạch Thang (quận Hải Châu) dẫu nhà xa, sức yếu nhưng rất bền bỉ đến lớp “học chữ thánh hiền” và trở thành một trong những người chăm chỉ nhất lớp.", "nhưng", "function"),
    (S18, "Ông Sính cho biết, ông theo học chữ Hán Nôm với mong muốn hiểu được những chữ cổ ở đôi hoành phi, câu đối tại các chùa, miếu.", "với", "function"),
    (S20, "Đến nay, lớp học chữ Hán Nôm đã thu hút được các học viên đến từ khoa Ngữ văn – truyền thông và khoa Tiếng Trung của trường Đại học Phan Châu Trinh.", "từ", "function"),
    (S26, "Chữ cụ viết nét rất sắc, rất đẹp nên người ta rất chuộng câu đối cụ viết.", "nên", "function"),
    # name: a syllable of a person or place name
    (S1, "Hình ảnh “ông đồ” trở nên quen thuộc với người dân phố biển Vũng Tàu tại Hội hoa Xuân mỗi dịp Tết Nguyên đán.", "Vũng", "name"),
    (S1, "Năm 2017, anh Long về Vũng Tàu mở cửa hàng lưu niệm “Trương Gia” tại Đường sách Vũng Tàu.", "Long", "name"),
    (S4, "Thư pháp theo các Từ điển tiếng Việt (Đoàn Văn Tập) và Từ điển Hán – Việt (Đào Duy Anh) đều giải thích: là cách viết chữ.", "Tập", "name"),
    (S5, "Hoa đào lại thường gợi nhớ đến một người: Ông đồ của thi sĩ Vũ Đình Liên.", "Liên", "name"),
    (S5, "Chưa đầy sáu mươi năm về trước cuốn Vang Bóng Một Thời của Nguyễn Tuân ra đời.", "Tuân", "name"),
    (S6, "Thơ và thư pháp của Kiều Quốc Khánh đã định hình phong cách.", "Khánh", "name"),
    (S16, "Lớp học được tổ chức tại Trung tâm Giáo dục thường xuyên thành phố số 1 (đường Nguyễn Công Trứ) vào sáng thứ năm hằng tuần.", "Trứ", "name"),
    (S16, "Ngoài quận Sơn Trà, một số người ở các quận khác trên địa bàn Đà Nẵng cũng thường xuyên đến lớp hằng tuần.", "Trà", "name"),
    (S17, "Đó là Nhân Mỹ học đường, nằm trong khuôn viên của chùa Nhân Mỹ, phường Mỹ Đình 1, quận Nam Từ Liêm, Hà Nội.", "Liêm", "name"),
    (S19, "Thật ý nghĩa khi được học chữ thánh hiền dưới mái đình cổ kính thờ đức Ngô Vương Quyền – người đã có công to lớn mang lại nền độc lập, tự chủ cho dân tộc ta.", "Quyền", "name"),
    (S21, "Ông Nguyễn Quang Thuyết, ở phường Bàng La, quận Đồ Sơn vốn làm nghề buôn cá nhưng cũng say mê với lớp học.", "Thuyết", "name"),
    (S24, "Ở Vĩnh Long, hình ảnh ông đồ bày mực tàu bên phố đã vắng bóng một thời gian khá dài.", "Vĩnh", "name"),
    (S26, "Nét chữ của cụ đồ Hải già giặn sắc cạnh.", "Hải", "name"),
    # inner: a syllable inside a compound
    (S2, "Trong Tết Giáp Thìn, thư pháp được sử dụng rộng rãi trong các câu đối, tranh thư pháp trang trí nhà cửa, bàn thờ, hay làm quà tặng.", "trang", "inner"),
    (S3, "Sự hài hòa đó đã được minh định bằng cả kho tàng văn học Việt Nam hiện đại.", "tàng", "inner"),
    (S4, "Các phương tiện thông tin đại chúng cũng đã có sự quan tâm và tham gia vào “mổ xẻ” bộ môn nghệ thuật này.", "chúng", "inner"),
    (S9, "Nội dung tác phẩm thể hiện tình yêu quê hương, đất nước; tình cảm dành cho ông bà, cha mẹ; những câu ca dao, tục ngữ, thơ ca.", "hương", "inner"),
    (S10, "Nhiều người cũng xin chữ mong muốn học hành thành công, đỗ đạt.", "hành", "inner"),
    (S11, "Bất kể những ngày khô ráo hay lất phất mưa vẫn chẳng vắng bóng ông đồ và nhộn nhịp người đến xin chữ.", "nhộn", "inner"),
    (S12, "Khai bút Thư pháp đầu xuân là dịp để những người viết thư pháp gặp gỡ chia sẻ kinh nghiệm, góp phần lưu giữ và phát huy nét đẹp văn hóa truyền thống của dân tộc.", "gặp", "inner"),
    (S14, "Ông đồ là những người thầy dạy chữ Hán (chữ Nho) trước đây, thường là những người không đỗ đạt cao trong các kỳ thi khoa cử hoặc những người có kiến thức uyên bác về văn hóa, lịch sử và triết học.", "uyên", "inner"),
    (S15, "Bộ môn Thư pháp trui rèn con người thông qua việc dẫn dắt họ đến với cái đẹp.", "dẫn", "inner"),
    (S18, "Đây không chỉ là nơi giao lưu, học hỏi của những người đam mê chữ Hán Nôm mà còn là nơi lan tỏa tình yêu chữ viết, khẳng định giá trị văn hóa của dân tộc.", "đam", "inner"),
    (S21, "Đáng nói là học viên đi học đều phải điểm danh, kiểm tra bài cũ, làm bài về nhà như học trò phổ thông.", "điểm", "inner"),
    (S24, "Người am tường về chữ nghĩa có thể nhìn qua nét cọ mà đoán biết được khí phách, tiết tháo của người viết và cả người chơi chữ.", "tường", "inner"),
    (S27, "Tổ tiên xa xưa đã phát minh ra bút lông để viết chữ, dần dần biến đổi thành thư pháp.", "minh", "inner"),
    # number: the syllable right after a number
    (S6, "Theo khóa học 20 buổi, học viên có thể sử dụng thành thạo “văn phòng tứ bảo” là bút-nghiên-giấy-mực; biết đầy đủ các nét cơ bản của Thư pháp Quốc ngữ.", "buổi", "number"),
    (S11, "Vì vậy, người Việt vẫn thường chọn ngày mùng 3 Tết để hướng về những người thầy, về việc học tập.", "Tết", "number"),
    (S13, "Trong số 127 triệu người, Nhật Bản có đến gần 10 triệu đang tham gia viết thư pháp bao gồm cả những nhà thư pháp nổi tiếng và người đang học viết thư pháp.", "triệu", "number"),
    (S16, "Hiện lớp có 24 học viên, hầu hết là người cao tuổi, cựu chiến binh, cán bộ hưu trí và một số bạn trẻ theo học.", "học", "number"),
    (S17, "Ngày 14/11, Nhân Mỹ học đường kỷ niệm 15 năm thành lập, đánh dấu một chặng đường giữ gìn và phát huy giá trị văn hóa truyền thống.", "năm", "number"),
    (S17, "15 năm qua, Nhân Mỹ học đường đã bồi dưỡng, đào tạo miễn phí cho hơn 2000 học viên về Hán Nôm và thư pháp truyền thống, trong đó có rất nhiều người trẻ.", "năm", "number"),
    (S18, "Hơn 3 năm, không quản mưa nắng, ông cùng những học viên ở đây chăm chỉ đến lớp, nắn nót từng nét chữ dù đôi tay không còn nhanh nhẹn, mắt không còn tinh anh.", "năm", "number"),
    (S21, "Học sinh của lớp có đủ mọi thành phần trong đó có người đã 70 tuổi.", "tuổi", "number"),
    (S21, "Mỗi khóa học kéo dài 6 tháng.", "tháng", "number"),
    (S22, "Ông Văn Thùy, 74 tuổi, chọn cách quảng cáo đơn giản với chỉ một tấm bảng trên tường.", "tuổi", "number"),
    (S23, "Đã thành lệ, hầu như năm nào cũng thế, khoảng 20 tháng chạp đến 29 Tết, đoạn vỉa hè phố Văn Miếu (Đống Đa, Hà Nội) lại được gọi với cái tên cổ kính “phố ông đồ”.", "tháng", "number"),
    (S24, "Quảng trường thành phố Vĩnh Long trở nên nhộn nhịp hơn khi nhiều người hiếu kỳ tập trung quanh những người mặc áo dài, khăn đóng bày biện bộ văn phòng tứ bảo gồm 4 thứ là bút lông, giấy dó, mực tàu và nghiên mài mực để viết thư pháp.", "thứ", "number"),
    (S25, "Hiện nay cụ đã 94 tuổi rồi và không viết được nữa.", "tuổi", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): the gambling (GMB) entries of citizenlab/test-lists
# (bookmakers, casinos, lotteries and betting-tip sites of many countries), written as spam writes them.
TOKENS = {
    "domain": ["sportingbull.com", "tippmix.hu", "fuksiarz.pl", "efortuna.pl", "totolotek.pl", "crocobet.com",
               "olybet.com", "triobet.com", "jokabet.com", "ninbet.com", "tuazar.com", "juegalo.com",
               "sellatuparley.com", "pencetjudi.com", "agenbola.com", "assokappa.com"],
    "letter-digit": ["Krikya11", "Saranghoki2", "Globetlive12", "Surebet247", "Brazino777", "Eurolive24",
                     "Calciosport365", "Wonodds12"],
    "CamelCase": ["AfricaBet", "AbyssiniaBet", "AnbessaBet", "EatSleepBet", "EnergyBet", "GoalBet", "ActiveOdds",
                  "BetBrain", "BookiesZone", "LotteryInsider", "ParleyVenezuela", "LaBolitaCubana", "BolaUntung",
                  "FifaBola", "IndoAgen", "RoyalBatumi"],
    "lower-case": ["huayvips", "vauhdikas", "jellona", "tuohi", "balabele", "jupae", "shankoemee", "pzbuk",
                   "himabet", "doradobet", "bolazoom", "galsporttz", "kasirjudi", "medanbisnisonline"],
    "digit-led": ["9nagatangkas", "24opzioni", "10scommesse", "7spgoldclub", "8blackclub", "1xsinga", "321bp",
                  "4sportspicks"],
    "hyphenated": ["lider-bet", "metabet-nepal", "kasr-alsanam", "mom-soldihome", "net-game-super", "sports-on-net",
                   "slot-dei-bar", "golden-race", "grand-bellagio", "deluxe-bets", "bet-dream", "bet-irish",
                   "euro-palace-it", "e-tote", "jordan-casino", "wir-wetten"],
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

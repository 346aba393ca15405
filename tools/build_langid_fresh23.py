"""Build ``benchmarks/data/langfresh23/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata39.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh23.py``. Same format as langfresh14-22
(``benchmarks/langid.py --data benchmarks/data/langfresh23 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is the order of the spam rows, shuffled with a fixed seed (``SEED``) so
that places are interleaved in the file.

As in langfresh22, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of 56 stored pages (the ``search``
  tool's pages corpus, searched 2026-12-03) on topics langfresh22's controls did not have (mirrorless cameras,
  smartwatches, sunscreen, bicycles, car tyres, headphones, a gimbal camera, a robot vacuum, Python, graphics cards,
  televisions, 3D printing, electric cars, an air purifier, mechanical watches, phone chargers, game consoles,
  laptops), each full of real Latin tokens a spam detector could take for a pasted token (a7R IIIA, ILCE-7RM3A, 61MP,
  D850, Nex-7, 1/8000s, ANT+, Quarq, watchOS, Forerunner 201, SPF50+, Rejuvaskin, UpBeauty, Kiehl’s, SRAM,
  Campagnobo, Road-bike, MTB, M+SE, DOT CUNB A186, TipCongNghe.com, WF1000XM3, headset, DJI Osmo Pocket 4, RBHB,
  NumPy, C/C++, AD107, GA106, GDDR7, QD-OLED, S95B, QNED90, GRBL, SLS, GB/T, CCS2, TP.HCM, 3.967mm, PM2.5, Orient
  Star, USB-PD, 5V/2.4A, AVS, PS4, LPDDR5, 66.7GB/s...).
* ``spam.tsv`` (``SPAM_PAGES`` and ``SPAM``): 78 cases on 78 further real sentences of other pages (Thanh Hà pottery
  village in Hội An, the coffee harvest in the Central Highlands, the Cái Răng floating market, the Đào Thục water
  puppets, the rice terraces of Mù Cang Chải), one syllable replaced by one token (its first whole-word occurrence;
  columns: split, spam text, token, original word, original sentence, place), 13 at each of six places: ``start``
  (the sentence's first syllable), ``end`` (its last syllable, before the final punctuation), ``function`` (a
  function word: của, trên, với, đến, cho, trong, về, từ, bằng, qua), ``name`` (a syllable of a Vietnamese person or
  place name), ``inner`` (a syllable inside a compound word: mai một, tiết kiệm, trái cây, trao đổi, phi vật thể,
  biến cố, bạt ngàn, quanh co, mơn mởn, đa dạng, thủ công, thông thương, nông dân) and ``number`` (the syllable right
  after a number: 500 năm, 1 tuần, 100 hộ, 200 nghìn, 1 tháng, 47 tuổi, 300 năm, 5 đời, 28 mảnh, 30 phút...). Every
  row ``blind``.

Tokens (``SPAM``; sources in the set's SOURCES): names of gambling, betting, fake-exchange, fake-task and loan sites
of the chongluadao.vn blocklist (as mirrored by curbengh/vn-badsite-filter) not used by an earlier set, written as
spam writes them (full domain with .net/.com/.org/.trade/.fun/.store/.click/.finance/.me/.work/.app/.life/.co,
letter-digit codes, CamelCase, bare lower-case names, digit-led names, hyphenated names, some with their .shop/.top
domain), and random host labels of the "kuwin"/"98win" spam network found on pages of the same corpus. None is an
earlier set's token, in spam_brands.txt or the held-out stems, or in tests/, tools/, benchmarks/data/ or mtpipe/
(``grep -rilw``), and none holds a brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters or
more, nor is held by an earlier token (all checked before any run). Tokens were dealt to the cases once, before any
run, by a shuffle (seed 49, the first seed from 39 on that gives every place five or more shapes and no shape more
than five times in one place), then written into the table by hand.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh23"
SEED = 39

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
Z1 = "https://zshop.vn/blogs/sanh-sony-a7-iv-vs-a7r-iii-may-nao-nao-xuat-sac-nhat-nam-2022.html"
Z2 = ("https://mytour.vn/vi/blog/bai-viet/nang-cap-dang-chu-y-cua-may-anh-sony-a7r-iv-dot-pha-toan-dien-ve-moi-khia"
      "-canh.html")
Z3 = ("http://www.trangdenmag.com/thong-tin-su-kien/thong-tin-tong-hop/1293-sony-a7000-ke-nhiem-nex-7.html"
      "?tmpl=component&print=1&layout=default&page=")
Z4 = "https://zshop.vn/blogs/10-diem-khac-biet-giua-sony-a1-va-a9-ii.html"
H1 = "http://batshop.vn/blogs/news-review/review-nhung-loai-gps-watches-tot-nhat-cho-dap-xe-va-phan-loai"
H2 = "https://taovang.vn/tinh-nang-theo-doi-nhip-tim-cua-apple-watch-nhung-dieu-ban-can-biet"
H3 = "https://vnexpress.net/hanh-trinh-tien-hoa-phuc-vu-runner-cua-dong-ho-the-thao-4928469.html"
H4 = "https://tretoday.com/?p=3827"
H5 = "https://techzones.vn/huong-dan-toi-uu-hoa-su-dung-nhip-tim-tren-apple-watch"
U1 = ("https://thanhnien.vn/top-10-kem-chong-nang-cho-da-mun-duoc-hoi-skincare-cham-10-diem-khong-co-nhung"
      "-185251121093223132.htm")
U3 = "https://upbeauty.vn/blogs/kem-chong-nang-spf-50"
U4 = "https://www.kiehls.com.vn/vi_VN/kem-chong-nang-spf-50.html"
X1 = "https://dvn.com.vn/Xe-dap-lap-rap-Chon-groupset-Shimano-SRAM-hay-Campagnolo-1683278291"
X2 = "https://thegioixedapviet.com/tim-hieu-ve-bo-de-cua-xe-dap-leo-nui"
X3 = "https://yeuchaybo.com/xe-dap-dua-thong-so-co-ban-danh-cho-nguoi-moi/"
X4 = "https://maruishi-cycle.vn/gioi-thieu-chung-ve-xe-dap-dia-hinh-do-deo-downhill-bike-2025"
T1 = "https://blogxe.org/19137"
T2 = "https://tipcongnghe.com/cach-doc-thong-so-lop-xe-o-to"
T3 = "https://lopnamphuong.com/cach-doc-thong-so-lop-xe-o-to"
P2 = "https://yeuphancung.com/thuat-ngu-pho-bien-trong-tai-nghe"
P3 = ("https://genk.vn/lo-me-galaxy-buds-pro-ngay-tu-khi-ra-mat-nhung-day-la-3-ly-do-toi-quyet-dinh-o-lai-voi-sony"
      "-wf1000xm3-20210211030721165.chn")
J1 = "https://tipsaitech.com/dji-pocket-4-lo-dien-ky-nguyen-moi-cua-quay-phim-thong-minh"
R2 = "https://rovahome.net/2020-nen-chon-robot-hut-bui-nao-p1.html"
Y1 = "https://viblo.asia/p/python-numpy-tutorial-XL6lAQeNlek"
Y3 = "http://ftc.fincourse.edu.vn/ngon-ngu-lap-trinh-python/"
Y4 = "https://tuvantuyensinh.vn/?p=11644"
G1 = "https://vuongluan.vn/blogs/news/top-5-card-do-hoa-choi-game-tot-nhat-nam-2024-truoc-khi-rtx-5000-serie"
G2 = "https://nguyencongpc.vn/rtx-4060-se-su-dung-ada-lovelace-die-phan-khuc-pho-thong-cua-nvidia"
G3 = "https://gearvn.com/blogs/danh-gia-tu-van/so-sanh-rtx-3060-vs-rtx-4060"
G4 = "https://thanhnien.vn/huong-dan-mua-may-tinh-de-ban-voi-dong-card-do-hoa-geforce-rtx-5060-185250915163342107.htm"
G6 = "https://congnghehot.net/?p=9241"
V1 = "https://thanhnien.vn/tv-oled-dat-tien-co-vuot-troi-hay-chi-khac-biet-nho-voi-gia-re-185260215071812802.htm"
V2 = "https://viettimes.vn/nen-mua-tivi-oled-qled-hay-crystal-uhd-post185413.html"
V3 = "https://www.24h.com.vn/thoi-trang-hi-tech/nguoi-dung-pho-thong-nen-chon-tv-oled-hay-tv-qled-c407a1231666.html"
V4 = "https://www.thegioitinhte.com/so-sanh-cong-nghe-tv-oled-cua-samsung-va-lg-59828.html"
V5 = "https://znews.vn/qled-va-oled-cuoc-chien-da-den-hoi-ket-post806690.html"
V6 = ("https://vnreview.vn/tu-van-do-gia-dung/-/view_content/content/2073260/tv-samsung-qled-va-lg-oled-khac-nhau"
      "-nhu-the-nao")
V7 = "https://genz.com.vn/tv-qned-lieu-co-dang-mua-hay-nhat-dinh-phai-la-oled"
M1 = "http://mayin3d.xyz/vi/news/Ky-thuat-in-3D/su-dung-GRBL-09-tren-Arduino-UNO-va-CNC-Shield-v3-383/"
M2 = "https://demo.meme3d.com/cong-nghe-in-3d-sls-la-gi-huong-dan-in-3d-sls-co-ban"
E2 = ("https://soha.vn/doan-xe-vinfast-di-tay-tang-lan-banh-vf-8-chiu-nhiet-chang-duong-16000km-the-nao-sac-o-dau"
      "-198241008154020699.htm")
E3 = "https://vinfastnamthai.com.vn/vinfast-vf8-trai-nghiem-thuc-te-800-km-tu-tp-hcm-den-da-lat-quay-ve"
E5 = ("https://soha.vn/vinfast-vf-5-sap-ra-mat-quoc-gia-dong-dan-nhat-the-gioi-quyet-dau-xe-dien-re-bac-nhat-toan-cau"
      "-bang-loi-the-nay-198260118090644208.htm")

A1 = "https://adayrui.com/cong-nghe-loc-hepa-la-gi-co-hieu-qua-khong/"
O1 = "https://donghohaitrieu.com/tu-dien-dong-ho/tu-van-chon-mua/so-sanh-dong-ho-seiko-va-citizen.html"
O2 = "https://thodongho.vn/so-sanh-dong-ho-citizen-va-orient"
O3 = "https://suadongho24h.com/2017/05/26/seiko-ra-mat-dong-dong-ho-cocktail-moi-2017/"
O4 = "https://donghoduyanh.com/the-gioi-dong-ho/cac-thuong-hieu-cua-seiko---tu-binh-dan-den-cao-cap-n3580.html"
Q1 = "https://gvn360.com/cong-nghe/tim-hieu-ve-cac-chuan-sac-nhanh-tren-dien-thoai-ma-ban-nen-biet/"
Q2 = "https://quantrimang.com/cong-nghe/chon-dung-bo-sac-rat-kho-khan-208648"
Q3 = "https://thanhnien.vn/hai-chi-so-can-co-khi-mua-bo-sac-nhanh-usb-c-18526010508254732.htm"
N1 = "https://kenhtingame.com/cong-dong/xbox-vo-mat-ps5-bang-hang-loat-trailer-dep-te-tai-ca-nguoi/155413"
L1 = "https://cellphones.com.vn/sforum/danh-gia-macbook-air-m2-sau-3-nam"
L2 = "https://baogialai.com.vn/channel/12385/202206/macbook-air-m2-cho-thay-apple-lang-nghe-nguoi-dung-5779724/"
L3 = "https://126.vn/?p=21732"
L4 = "https://qmtech.vn/m1-macbook-air-co-phu-hop-voi-nguoi-dung-hon-ban-m2"

CLEAN = [
    # zshop.vn, mytour.vn, trangdenmag.com (cameras)
    (Z1, "Dù vậy, Sony có thói quen giữ lại các dòng máy cũ, tức là chúng vẫn còn lưu thông trên thị trường máy ảnh."),
    (Z1, "Một phiên bản mới hơn của a7R III là a7R IIIA (ILCE-7RM3A) hiện sở hữu màn hình sau có độ phân giải cao hơn, ngầm cho thấy Sony khả năng giữ lại dòng máy này ở lại thị trường lâu hơn nữa, vậy nên mình nghĩ việc đặt a7R III và a7 IV lên bàn cân xem máy nào tốt hơn là vẫn hoàn toàn hợp lý."),
    (Z2, "Phiên bản Sony a7R IV mới ra mắt cũng không phải là ngoại lệ, với cảm biến độ phân giải lên tới 61MP, vượt trội so với Nikon D850, Canon 5Ds và cả Fujifilm GFX50."),
    (Z2, "Phần cầm máy được làm dày hơn để cầm thoải mái như Nikon Z và EOS R, nhưng vẫn giữ nguyên phong cách thiết kế vuông vắn của Sony."),
    (Z2, "Những cải tiến này chỉ có trong a7R IV, không có trong các dòng máy như a7 III và a9."),
    (Z3, "Ngoài ra, A7000 được dự đoán sẽ bền chắc hơn Nex-7 ở khả năng chống chịu thời tiết, tốc độ màn trập đẩy nhanh lên đến 1/8000s cũng như khả năng quay phim 4K."),
    (Z4, "Dòng máy này đã đưa hiệu suất của màn trập điện tử lên một tầm cao mới, cung cấp tốc độ (chụp liên tiếp 20fps) và các tính năng (EVF không blackout) chưa từng thấy trước đó."),
    (Z4, "Song song đó, Sony còn tiên phong với các máy ảnh có độ phân giải cao đơn cử A7R III và A7R IV, trước khi mang đến cho các nhà dựng phim một người kế nhiệm khác rất được mong đợi từ lâu là A7S III."),
    # batshop.vn, taovang.vn, vnexpress.net, tretoday.com, techzones.vn (smartwatches)
    (H1, "Hầu hết các sản phẩm của Garmin đều hỗ trợ ANT+, vì đây là công nghệi Garmin đang sở hữu, đa số các sản phẩm của các hãng khác thì là Bluetooth, một số hãng chỉ hỗ trợ chuẩn ANT+ như SRM và Quarq, trong khi Stages và Powertap hỗ trợ cả Bluetooth và ANT+ ."),
    (H1, "Bluetooth hỗ trợ kết nối giữa đồng hồ và điện thoại."),
    (H2, "Ngoài nhưng app hữu dụng đến từ hãng thứ 3, bản thân chiếc Apple Watch cũng sở hữu rất nhiều tính năng mà đôi khi những người dùng “lão luyện” vẫn chưa tìm kiếm hết được."),
    (H3, "Năm 1913, Longines ra mắt chiếc chronograph đầu tiên, cho phép bấm và ghi lại thành tích thi đấu chính xác theo từng khoảnh khắc."),
    (H3, "Cùng thời gian này, Polar ra mắt cảm biến nhịp tim không dây - giúp vận động viên lần đầu tiên tập luyện dựa trên dữ liệu sinh học thay vì cảm nhận chủ quan."),
    (H3, "Bước ngoặt đến vào năm 2003 khi Garmin lần đầu tiên tích hợp GPS vào một chiếc đồng hồ đeo tay: Forerunner 201."),
    (H3, "Không chỉ là chiếc đồng hồ thể thao GPS đầu tiên trên thế giới, đây cột mốc mang GPS vượt khỏi bảng điều khiển xe hay thiết bị chuyên dụng để trở thành một phần trong hành trình luyện tập của runner."),
    (H4, "Ví dụ như Fitbit Inspire 3, Xiaomi Mi Band 8 hay Garmin Vivosmart 5."),
    (H4, "Smartwatch như Apple Watch, Samsung Galaxy Watch hay Google Pixel Watch sẽ phù hợp hơn."),
    (H5, "Và bản cập nhật watchOS 4 cuối cùng thực sự bắt đầu cho một hành trình tối ưu hóa sử dụng nhịp tim ấn tượng của Apple Watch."),
    (H5, "Trong khi app \"Workout\" lại xử lý việc theo dõi thể thao chi tiết hơn rất nhiều."),
    # thanhnien.vn, upbeauty.vn, kiehls.com.vn (sunscreen)
    (U1, "Kem chống nắng Rejuvaskin Mineral Facial SPF32 sử dụng màng lọc khoáng chất với 20% zinc oxide, tạo nên lớp lá chắn vững chắc trước tia UVA, UVB và ánh sáng xanh từ thiết bị điện tử."),
    (U3, "Trong bài viết này, UpBeauty sẽ giải đáp chi tiết mọi thắc mắc về kem chống nắng SPF 50 để bạn có quyết định đúng đắn nhất khi chọn mua kem chống nắng nhé!"),
    (U3, "Khi tìm mua kem chống nắng, bạn thường thấy các thông số như SPF30, SPF50 hay SPF50+."),
    (U3, "SPF là viết tắt của Sun Protection Factor – chỉ số đo lường khả năng bảo vệ da trước tia UVB, loại tia cực tím gây cháy nắng, sạm da, tổn thương tế bào và tăng nguy cơ ung thư da."),
    (U4, "Nếu bạn vẫn đang loay hoay tìm kiếm hãy để Kiehl’s mách bạn 3 loại kem chống nắng SPF 50 bảo vệ da tốt nhất hiện nay qua bài viết dưới đây nhé."),
    (U4, "Ví dụ, kem chống nắng SPF 15 thì thời gian bảo vệ da tránh khỏi tác hại của tia UVB là khoảng 150 phút."),
    # dvn.com.vn, thegioixedapviet.com, yeuchaybo.com, maruishi-cycle.vn (bicycles)
    (X1, "Cho đến nay, có 3 ba hãng sản xuất chính thống trị thị trường groupset cho xe đạp, đó là: Shimano (Nhật Bản), Campagnolo (Italia) và SRAM (Mỹ)."),
    (X1, "Trong đó, các bộ groupset của Campagnolo chỉ dành cho dòng Road-bike, còn groupset Shimano và SRAM thì dành cho cả Road-bike và MTB (xe leo núi)."),
    (X2, "Ở Việt Nam, có 3 loại bộ đề xe đạp phổ biến là Shimano, Sram, Campagnobo."),
    (X3, "Hồi xưa, đôi giày chạy đầu tiên của mình là giày được tặng (Nike Free 5.0) nên lúc đó chẳng cần suy nghĩ, chọn lựa gì cả."),
    (X3, "Sau đó khi bắt đầu dấn thân vô chạy trail địa hình, mình cũng được tặng tiếp Nike Zoom Terra Kiger 3, lại được nhẹ đầu."),
    (X3, "Sau đó khi tò mò nghiên cứu, mình biết thêm về Giant (Đài Loan), một trong những hãng sản xuất xe đạp lớn nhất thế giới."),
    (X3, "Xe chạy địa hình MTB hay xe đua triathlon hẹn ở bài viết khác."),
    (X4, "Xe đạp Downhill thường được sử dụng trong các cuộc đua downhill chuyên nghiệp – một môn thể thao đòi hỏi kỹ năng điều khiển vượt trội, lòng dũng cảm và khả năng chịu đựng áp lực cao."),
    # blogxe.org, tipcongnghe.com, lopnamphuong.com (car tyres)
    (T1, "Ngoài ra còn có ký hiệu M+SE, tương tự như lốp M+S nhưng có độ bám tốt hơn trên đường nhiều sỏi đá, tuyết nhiều…"),
    (T1, "DOT CUNB A186: ký hiệu tiêu chuẩn an toàn của bộ giao thông Hoa Kỳ."),
    (T1, "Ví dụ : 3015 là lốp sản xuất vào tuần thứ 30 của năm 2015."),
    (T2, "Bài viết này hãy cùng TipCongNghe.com tìm hiểu cách đọc thông số lốp xe ô tô cũng như khám phá ý nghĩa của các ký hiệu trên lốp xe ô tô."),
    (T3, "Chữ “R” đại diện cho “Radial”, có nghĩa là lốp có cấu trúc hướng tâm."),
    (T3, "Chỉ số 91 tương đương với khả năng chịu tải khoảng 615 kg cho mỗi lốp (phải tra bảng chỉ số tải trọng để biết chi tiết)."),
    (T3, "Chỉ số “H” tương đương với tốc độ tối đa 210 km/h."),
    # yeuphancung.com, genk.vn (headphones)
    (P2, "Headphone được trang bị thêm một microphone thì được gọi là headset."),
    (P2, "Một chiếc tai nghe headset tốt thường có ít nhất 2 microphones."),
    (P2, "Condenser microphone và dynamic microphone là hai loại microphone chính được sử dụng trong headset."),
    (P3, "Từ khi dùng thử Galaxy Buds , tôi đã ngầm định trong đầu rằng, khi nào Samsung mà ra mắt tai nghe đời mới có thêm chống ồn với thiết kế in-ear này thì sẽ “nhảy thuyền” ngay và luôn, dù thực lòng rất “yêu” Sony WF1000XM3."),
    # tipsaitech.com (a gimbal camera)
    (J1, "Rò rỉ hình ảnh nguyên mẫu DJI Osmo Pocket 4 với thiết lập camera kép đang gây xôn xao cộng đồng công nghệ, báo hiệu một sự thay đổi đáng kể so với truyền thống ống kính đơn của dòng Pocket."),
    (J1, "Quyết định của DJI về việc tích hợp hai mô-đun camera với kích thước khác biệt rõ rệt trong Pocket 4 là một bước đi chiến lược, vượt xa khái niệm “thêm một camera nữa” thông thường."),
    # rovahome.net (robot vacuums)
    (R2, "Điều này là do nguyên tắc làm việc của RBHB là quét trước sau đó mới hút."),
    # viblo.asia, ftc.fincourse.edu.vn, tuvantuyensinh.vn (Python)
    (Y1, "Bạn có thể hiểu đơn giản: NumPy (Numeric Python) là là thư viện cốt lõi cho tính toán khoa học trong Python."),
    (Y3, "Python là một ngôn ngữ lập trình bậc cao, được tạo ra bởi lập trình viên người Hà Lan là Guido van Rossum ra mắt lần đầu vào năm 1991."),
    (Y3, "Một chương trình python có thể ngắn hơn 4-6 lần so với khi viết bằng Java hay C/C++."),
    (Y4, "Giáo trình “Python dành cho mọi người: Khám phá dữ liệu bằng Python 3” (Python for Everybody: Exploring Data using Python 3) của Charles R. Severance là một tài liệu học thuật được thiết kế với mục tiêu đưa Python đến với đối tượng người học rộng rãi, đặc biệt nhấn mạnh vào khả năng khám phá và xử lý dữ liệu."),
    # vuongluan.vn, nguyencongpc.vn, gearvn.com, thanhnien.vn, congnghehot.net (graphics cards)
    (G1, "NVIDIA nổi tiếng với dòng GeForce, trong khi AMD có Radeon là dòng sản phẩm cạnh tranh trực tiếp."),
    (G1, "Nvidia đã tiếp tục mở rộng dòng sản phẩm GPU Super với sự ra mắt của GTX 1650 Super và GTX 1660 Super, nối tiếp các phiên bản Super trước đó như RTX 2060, 2070, và 2080."),
    (G2, "Quyết định sử dụng AD107 bên trong RTX 4060 của Nvidia không phải là rò rỉ hay tin đồn, trên thực tế, Nvidia đã trực tiếp nói với chúng tôi rằng họ sẽ chính thức sử dụng die AD107 trong GPU tầm trung mới của mình."),
    (G2, "Các thế hệ GPU RTX tầm trung trước đây như 3060 và 2060 hoạt động trên GA106 hoặc TU106, cao hơn một bậc so với các GPU tương đương cấp đầu vào kết thúc bằng số 7."),
    (G3, "Trong phân khúc tầm trung, RTX 3060 và RTX 4060 từ NVIDIA là hai cái tên nổi bật, tạo ra cuộc tranh luận sôi nổi về hiệu năng, công nghệ và giá trị."),
    (G3, "RTX 4060 vượt trội nhờ công nghệ DLSS 3 độc quyền, giúp tăng vọt FPS và mang lại trải nghiệm game siêu mượt mà."),
    (G4, "RTX 5060 nổi bật với các thông số như 3840 CUDA Cores, 2.50 GHz Boost Clock và 8 GB GDDR7 VRAM."),
    (G6, "Dù có thể bị lép vế trước các đối thủ cạnh tranh như Intel Arc B580 và AMD Radeon RX 9060 XT, nhưng khi đặt cạnh RTX 4060 thế hệ trước, RTX 5060 thực sự tốt hơn rất nhiều so với những gì bạn nghĩ."),
    (G6, "RTX 5060 sở hữu số lõi tăng lên 25% so với RTX 4060, áp dụng cho cả lõi CUDA, Tensor và Ray Tracing."),
    # thanhnien.vn, viettimes.vn, 24h.com.vn, thegioitinhte.com, znews.vn, vnreview.vn, genz.com.vn (televisions)
    (V1, "Để làm rõ, chúng ta sẽ so sánh hai mẫu TV OLED: Samsung S90F cao cấp và LG B5 tầm trung."),
    (V1, "Samsung S90F sử dụng tấm nền QD-OLED nổi bật với độ sáng tối đa và dải màu rộng hơn so với màn hình WOLED truyền thống của LG B5."),
    (V2, "Theo khảo sát năm 2023 của Statista, 65% người dùng tại Mỹ và châu Âu xếp \"chất lượng hình ảnh\" là tiêu chí số 1 khi mua TV, cao hơn cả giá cả (52%) và kích thước (48%)."),
    (V3, "Hai trong số những công ty lớn nhất, Samsung và LG, sử dụng những thuật ngữ rất giống nhau để mô tả những chiếc TV tốt nhất: QLED của Samsung và OLED của LG."),
    (V3, "Trong khi đó, TV OLED 2021 của LG bao gồm sáu dòng, từ A1 giá phải chăng đến chiếc Z1 8K đắt tiền."),
    (V4, "Cuối tháng 11, Samsung bán ra mẫu S95B, dòng TV đầu tiên của hãng sử dụng tấm nền OLED vốn gắn liền với đối thủ LG."),
    (V4, "Trang công nghệ Rtings đánh giá S95B “đáng kinh ngạc” về chất lượng hình ảnh nhưng tồn tại một số nhược điểm tùy môi trường sử dụng."),
    (V5, "Hai mẫu TV được đưa ra so sánh là Samsung QLED Q8C (93 triệu đồng) đặt bên trái và LG OLED E7T (91 triệu đồng) đặt bên phải."),
    (V6, "Các hãng Philips, Panasonic và sắp tới là Sony cũng sẽ bán TV OLED nhưng tấm nền trên TV OLED của các hãng này đều được cung cấp bởi LG Display."),
    (V7, "Nếu đã tìm hiểu về TV, chắc hẳng nhiều người đã thấy các từ viết tắt như UHD, 60Hz và HDMI 2.1 xuất hiện trên các trang web và hộp đựng sản phẩm."),
    (V7, "Một số mẫu, như LG QNED90, còn sử dụng đèn nền Mini-LED để cải thiện độ chi tiết."),
    # mayin3d.xyz, demo.meme3d.com (3D printing)
    (M1, "GRBL là một firmware sử dụng cho một số mạch điều khiển máy CNC, in 3D DLP."),
    (M2, "Thiêu kết laze chọn lọc là một công nghệ sản xuất bồi đắp (AM) sử dụng tia laze công suất cao để thiêu kết các hạt bột polyme nhỏ thành một cấu trúc rắn dựa trên mô hình 3D."),
    (M2, "In 3D SLS đã là lựa chọn phổ biến của các kỹ sư và nhà sản xuất trong nhiều thập kỷ."),
    # soha.vn, vinfastnamthai.com.vn (electric cars)
    (E2, "Mỗi xe VF 8 được chuẩn bị một bộ chuyển (adapter) để hỗ trợ sử dụng sạc dùng cổng GB/T (hiện là chuẩn sạc được sử dụng tại các trạm sạc công cộng ở Trung Quốc) sang CCS2 (là chuẩn sạc trang bị trên VF 8) để kết nối trạm sạc."),
    (E3, "Mới đây, một chủ xe điện VinFast VF8 đã chia sẻ sự trải nghiệm thực tế cùng mẫu xe này sau hành trình từ TP.HCM đến Đà Lạt để ghi nhận việc sử dụng xe ô tô điện khác biệt thế nào với xe xăng hay dầu."),
    (E3, "Trong quá trình này, tôi cũng nhận ra chiếc VinFast VF8 không hao pin quá nhiều khi xe phải di chuyển rất chậm, thoát khỏi đoạn kẹt xe, lúc này pin vẫn báo còn 85%."),
    (E5, "Mẫu xe này được nhắc đến như một đối thủ tiềm năng của Tata Tiago EV, cái tên đang chiếm thị phần lớn trong phân khúc xe điện giá rẻ tại quốc gia Nam Á."),
    (E5, "Về kích thước, VinFast VF 5 có chiều dài 3.967mm, rộng 1.723mm, cao 1.579mm và chiều dài cơ sở 2.514mm."),
    # adayrui.com (air purifiers)
    (A1, "HEPA là viết tắt của cụm từ High Efficiency Particulate Air, nghĩa là lọc không khí hiệu suất cao."),
    (A1, "Công nghệ này đặc biệt nổi bật trong việc loại bỏ bụi mịn PM2.5, phấn hoa, nấm mốc, vi khuẩn, và thậm chí virus ở mức độ nhỏ nhất."),
    # donghohaitrieu.com, thodongho.vn, suadongho24h.com, donghoduyanh.com (mechanical watches)
    (O1, "Seiko và Citizen là 2 thương hiệu đồng hồ đã cạnh tranh khốc liệt trên thị trường nhiều năm qua."),
    (O2, "Orient chính thức thành lập vào năm 1950, nhưng thực chất thương hiệu này có “cội rễ” từ tận năm 1901 khi ông Shogoro Yoshida mở cửa hàng đồng hồ mang tên Yoshida Watch Shop tại Tokyo."),
    (O3, "Bộ sưu tập đồng hồ presage đã được giới thiệu ra thị trường quốc tế vào năm 2016,với mong muốn cung cấp các mẫu đồng hồ cơ khí nhật bản với giá cả phải chăng ra thị trường quốc tế."),
    (O4, "Thương hiệu Orient nổi tiếng với những mẫu đồng hồ giá cả phải chăng, dùng hàng ngày như đồng hồ lặn Mako và đồng hồ đeo tay Bambino, cũng như thương hiệu Orient Star cao cấp hơn."),
    (O4, "Hiện tại, Seiko Watch Corporation công nhận tám dòng đồng hồ Seiko chính: Astron, Prospex, Presage, King Seiko, 5 Sports, Coutura, Diamond và Core."),
    # gvn360.com, quantrimang.com, thanhnien.vn (phone chargers)
    (Q1, "USB Power Delivery (USB-PD) là một phần nằm trong thông số kỹ thuật chính thức của USB."),
    (Q1, "Chẳng hạn, iPhone 12 Pro Max có thế ngốn tầm 22W khi sạc, nhưng đến đời iPhone 13 Pro Max thì con số này lại lên tới khoảng 27W."),
    (Q2, "Loại đầu nối USB phổ biến nhất là USB-A, còn được gọi là Type-A."),
    (Q2, "Nó cung cấp nguồn điện lên đến 5V/2.4A, đủ cho hầu hết các nhu cầu sạc cơ bản."),
    (Q2, "USB-C là tiêu chuẩn mới nhất cho các cổng và cáp USB."),
    (Q3, "Thay vì bị giới hạn ở các mức điện áp cố định, bộ sạc hỗ trợ AVS có thể điều chỉnh điện áp từ 9V đến 20V giúp tăng tốc độ sạc hiệu quả hơn."),
    # kenhtingame.com (game consoles)
    (N1, "Xbox One hoàn toàn thua thiệt so với PS4, đó là điều không thể bàn cãi."),
    # cellphones.com.vn, baogialai.com.vn, 126.vn, qmtech.vn (laptops)
    (L1, "Hơn 3 năm MacBook Air M2 được ra mắt, chiếc máy 16GB RAM này đã trở thành là “người bạn đồng hành” mới mà mình dùng mỗi ngày."),
    (L1, "Kiểu dáng vuông vức, tối giản của máy gần như không khác gì so với MacBook Air M4 mới ra mắt năm nay, vì vậy nhìn từ bên ngoài rất khó nhận ra sự chênh lệch giữa hai thế hệ."),
    (L2, "Ngoài tất cả các tính năng phần mềm mới có trên iOS 16, iPadOS 16, WatchOS 9 và macOS 13 Ventura của Apple, sự kiện cũng là nơi chứng kiến sự xuất hiện của các phần cứng mới."),
    (L2, "Màn hình IPS Liquid Retina lớn hơn một chút (13,6 inch) và sáng hơn (500 nit), hỗ trợ nhiều màu hơn (1 tỉ) và viền mỏng hơn."),
    (L3, "Tại sự kiện ra mắt, Apple nói rằng con chip M2 sẽ cải thiện 18% CPU và 35% GPU nhờ việc tăng số bóng bán dẫn (vẫn chỉ có 8 nhân) và tăng số lượng GPU lên tối đa thành 10 nhân."),
    (L3, "Trong khi phiên bản M1 chỉ được trang bị RAM LPDDR4X băng thông 66.7GB/s với dung lượng tối đa 16GB thì phiên bản M2 được trang bị RAM LPDDR5 băng thông đạt 100GB/s và dung lượng tối đa lên đến 24GB."),
    (L4, "Trong khi đó, M2 MacBook Air là mẫu cơ bản của dòng M2 có giá khởi điểm 1.200 USD."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only.
K1 = "https://vov.vn/van-hoa/lang-gom-thanh-ha-o-hoi-an-tra-luong-cho-nguoi-giu-nghe-post1037419.vov"
K2 = "https://www.qdnd.vn/du-lich/tin-tuc/lang-gom-thanh-ha-do-lua-don-khach-552796"
K3 = ("https://truyenhinhdulich.vn/van-hoa/lang-gom-co-500-tuoi-thanh-ha-hoi-an-tro-thanh-di-san-cap-quoc-gia"
      "-10778.html")
K4 = "https://thuonghieungaynay.vn/lang-gom-thanh-ha-di-sa%cc%89n-hon-500-nam-giua-long-hoi-an.html"
K5 = "https://tre.vtc.vn/dat-viet-xua-co-mot-lang-gom-500-tuoi-gan-ngay-pho-co-hoi-an-it-nguoi-biet-ar652903.html"
K6 = "https://vietnam.vnanet.vn/vietnamese/tin-tuc/lang-gom-thanh-ha-24040.html"
C1 = "https://tienphong.vn/hoi-ha-thu-hoach-tu-sang-den-toi-o-thu-phu-ca-phe-tay-nguyen-post1287300.tpo"
C2 = "https://vunglep.blogspot.com/2016/10/mua-ca-phe-2016-ky-1-hai-boi.html"
C3 = "https://giacaphe.com/67194/tat-bat-thu-hoach-khi-ca-phe-duoc-gia-nguoi-trong-van-lo-cut-lai"
C4 = "https://kinhte.congthuong.vn/ca-phe-chin-ro-nguoi-dan-o-tay-nguyen-hoi-ha-vao-vu-thu-hoach-361059.html"
C5 = "https://nhiepanhhanoi.org.vn/mua-thu-hoach-ca-phe-kon-tum"
C6 = "https://dantocphattrien.vietnamnet.vn/mua-thu-hoach-ca-phe-o-tay-nguyen-ron-ra-tieng-cuoi-1637575672653.htm"
F1 = "https://vanhoaviet.info/CAi%20rang.htm"
F2 = "https://lucotravel.vn/lai-di-cho-noi-cai-rang/"
F3 = "https://datchinrongtravel.com/tin-tuc/cho-noi-cai-rang-net-van-hoa-doc-dao-vung-song-nuoc-196.html"
F4 = "http://www.anninhthudo.vn/Xa-hoi/Nhon-nhip-cho-noi-Cai-Rang-ngay-ap-Tet/534321.antd?keyword=em-út"
F5 = "http://baovinhlong.com.vn/nhip-song-dong-bang/201608/mot-som-song-dong-tren-cho-noi-cai-rang-2726064/"
F6 = "https://lehoivietnam.com.vn/bai-viet/cho-noi-cai-rang-2489"
W1 = "https://notesbook.vn/?p=2048"
W2 = "https://amp.vov.vn/van-hoa-giai-tri/ve-dong-anh-xem-roi-nuoc-dao-thuc-dip-tet-589006.vov"
W3 = "https://baomoi.net.vn/ve-dao-thuc-xem-roi-nuoc-c44078610.epi"
W4 = "https://tapchidulich.net.vn/mua-roi-nuoc-dao-thuc-cau-chuyen-ke-hon-300-nam.html"
W5 = "https://sovhtt.hanoi.gov.vn/doc-dao-mua-roi-nuoc-dao-thuc"
W6 = ("https://doanhnghieptiepthi.vn/ghe-lang-dao-thuc-kham-pha-nghe-thuat-mua-roi-nuoc-doc-dao"
      "-161220914142344102.htm")
B1 = "http://revcat.net/mu-cang-chai-ngay-tro-lai-a21049.html"
B2 = "https://sgo48.vn/Ruong-bac-thang-Mu-Cang-Chai-mua-lua-chin-hap-dan-du-khach-1663375069"
B3 = "http://tiepthivagiadinh.vn/Cam-Nang-Du-Lich/Say-dam-voi-thu-vang-Mu-Cang-Chai/22429/23"
B4 = "https://tonvinhvanhoadoc.net/bien-vang-o-tren-non"
B5 = "https://vov.vn/media/anh/nhung-ruong-bac-thang-chuyen-mau-281996.vov"
B6 = "https://cuoituan.tuoitre.vn/ngay-mua-tren-non-cao-408330.htm"

SPAM_PAGES = [
    # vov.vn, qdnd.vn, truyenhinhdulich.vn, thuonghieungaynay.vn, tre.vtc.vn, vietnam.vnanet.vn (Thanh Hà pottery)
    # tienphong.vn, vunglep.blogspot.com, giacaphe.com, kinhte.congthuong.vn, nhiepanhhanoi.org.vn,
    # dantocphattrien.vietnamnet.vn (the coffee harvest in the Central Highlands)
    # vanhoaviet.info, lucotravel.vn, datchinrongtravel.com, anninhthudo.vn, baovinhlong.com.vn, lehoivietnam.com.vn
    # (the Cái Răng floating market)
    # notesbook.vn, amp.vov.vn, baomoi.net.vn, tapchidulich.net.vn, sovhtt.hanoi.gov.vn, doanhnghieptiepthi.vn
    # (the Đào Thục water puppets)
    # revcat.net, sgo48.vn, tiepthivagiadinh.vn, tonvinhvanhoadoc.net, vov.vn, cuoituan.tuoitre.vn (Mù Cang Chải)
    (K1, "Nấu cơm, kho cá bằng nồi gốm Thanh Hà cũng rất ngon."),
    (K1, "Đồ gốm Thanh Hà đặc biệt bởi được làm từ loại đất sét màu nâu, đặc, dẻo và có độ kết dính cao."),
    (K1, "Gốm Thanh Hà đẹp bởi chính tâm hồn của con người và vùng đất nơi đây."),
    (K1, "Nhiều làng gốm cổ đứng trước nguy cơ mai một."),
    (K1, "Làng gốm Thanh Hà có hơn 500 năm hình thành và phát triển."),
    (K1, "Hoa cắm trong bình gốm Thanh Hà có thể tươi trong 1 tuần lễ."),
    (K2, "Thời gian dần trôi, sản phẩm gốm không còn được ưa chuộng nhiều như trước."),
    (K2, "Thanh Hà cũng chính là nơi sản xuất và cung cấp gạch, ngói lợp cho các ngôi nhà cổ ở Hội An."),
    (K3, "Hiện nay, Làng gốm Thanh Hà vẫn duy trì sản xuất, phục vụ du khách tham quan du lịch và đặc biệt trở thành một làng nghề còn bảo tồn tốt cảnh quan làng quê, làng nghề của tỉnh Quảng Nam."),
    (K3, "Nơi đây, có nghề thủ công truyền thống lâu đời sản xuất các loại gốm và gạch ngói phục vụ xây dựng."),
    (K4, "Nằm bên dòng sông Thu Bồn Thanh bình, làng gốm Thanh Hà Hội An với hơn 500 năm hình thành và phát triển đã làm nên tên tuổi một vùng đất."),
    (K5, "Dưới triều Nguyễn, làng gốm Thanh Hà rất thịnh vượng."),
    (K5, "Người thợ làng nghề Thanh Hà không chỉ sáng tạo, khéo léo mà họ còn cực kỳ yêu nghề khi luôn nâng niu nhẹ nhàng và gửi hồn vào từng khối đất."),
    (K6, "Gốm Thanh Hà đã được bạn bè Nhật Bản, Trung Quốc, Tây Ban Nha biết đến qua việc thông thương ở thương cảng Hội An."),
    (K6, "Hiện nay, cả làng có gần 100 hộ sản xuất và kinh doanh gốm đã phát triển thêm nhiều mặt hàng mới mang tính nghệ thuật cao."),
    (C1, "Mùa này, trong các rẫy cà phê luôn râm ran tiếng cười nói; rào rạt âm thanh quả cà phê rơi xuống bạt."),
    (C1, "Những bàn tay thoăn thoắt vặn từng chùm quả chín đỏ giữa mùa gió lạnh khô se sắt."),
    (C1, "Hai tấm bạt được trải dưới gốc ghép lại với nhau để hứng quả cà phê chín, khi quả cà phê trong bạt nhiều và nặng, người nông dân dồn lại nhặt sạch những cành gãy, lá rụng rồi đổ vào bao."),
    (C1, "Đắk Lắk được ví là thủ phủ cà phê của Tây Nguyên với trên 200 nghìn hecta cà phê."),
    (C1, "Đây chỉ là công việc thời vụ kéo dài hơn 1 tháng nên chỉ thu hút được số nhân công canh tác loại cây khác và tranh thủ lúc nông nhàn để làm thêm."),
    (C2, "Buổi tối đàn ông ra rẫy canh trộm."),
    (C2, "Mùa cà phê dường như Tây Nguyên không ngủ."),
    (C2, "Lúc này nông dân đã bắt đầu đem cơm ra rẫy ăn trưa luôn để tiết kiệm thời gian."),
    (C3, "Những ngày này, trên khắp các triền đồi, người người gọi nhau lên rẫy hái cà phê."),
    (C3, "Năm ngoái, gia đình anh Tĩnh thu hoạch được hơn 4,5 tấn cà phê nhưng năm nay chỉ được 2 tấn."),
    (C3, "Hơn một tháng qua, vợ chồng anh Nguyễn Văn Tĩnh (37 tuổi) ở xã Đắk Som (huyện Đắk G’long, tỉnh Đắk Nông) tất bật trên rẫy từ tờ mờ sáng đến tối mịt để thu hoạch cà phê."),
    (C4, "Đi tới đâu cũng thấy những vườn cà phê chín mọng, đỏ rực đang chờ thu hoạch."),
    (C4, "Đặc biệt năm nay, thời tiết thuận lợi nên năng suất cà phê tăng, bên cạnh đó, giá cà phê tăng cao so với năm ngoái nên ai nấy đều rất phấn khởi."),
    (C4, "Tại tỉnh Gia Lai, phóng viên đã đi ghi nhận thực tế, gia đình ông Đinh Công Nhung (57 tuổi, ở thị trấn Ia Kha, huyện Ia Grai) có 1ha cà phê đang bước vào thời kỳ thu hoạch."),
    (C5, "Hầu hết các nhà vườn đều trồng cà phê do phù hợp khí hậu, thổ nhưỡng."),
    (C5, "Dù vậy, người dân vẫn lạc quan vào vụ mùa với nụ cười tươi."),
    (C5, "Sáng sớm, công nhân lái xe công nông, mang bao bạt, cơm và nước uống đến vườn."),
    (C5, "Cà phê là cây trồng chủ lực mang lại giá trị kinh tế cao, góp phần giải quyết công ăn việc làm, cải thiện đời sống cho người dân nơi đây."),
    (C5, "Huyện Đắk Hà là một trong những vùng trồng cà phê ngon bậc nhất Việt Nam, nằm cách trung tâm thành phố Kon Tum tầm 20 km về hướng bắc, dọc theo quốc lộ 14."),
    (C6, "Tiếng máy nổ giòn tan trong sương sớm hòa cùng tiếng trò chuyện rôm rả của mọi người."),
    (C6, "Vụ thu hoạch chỉ kéo dài hơn 1 tháng, đây cũng là khoảng thời gian để nhiều người tranh thủ làm công và có nguồn thu nhập đáng kể."),
    (C6, "Ông Đặng Thanh Trung (47 tuổi), chủ vườn cà phê ở huyện Ia Grai (Gia Lai) “đánh” chiếc công nông đầu dọc, chở theo trên xe 10 người làm công vào rẫy cà phê của gia đình."),
    (F1, "Ghe xuồng tấp nập trao đổi, buôn bán hàng hóa tại chợ."),
    (F1, "Chợ nổi Cái Răng (TP. Cần Thơ) là chợ nổi lớn nhất khu vực Đồng bằng sông Cửu Long."),
    (F2, "Chợ nổi Cái Răng nằm trên sông có tên Cái Răng, đây là phụ lưu của sông Hậu."),
    (F3, "Tuy thời gian hợp chợ ngắn ngủi nhưng Chợ nổi chứa trong mình những nét văn hóa vô cùng độc đáo, điển hình như Chợ nổi Cái Răng của Cần Thơ."),
    (F4, "Hàng hóa tập trung ở đây với số lượng lớn."),
    (F4, "Đương nhiên chơi chợ nổi trên sông, chúng tôi thích “phượt” bằng thuyền."),
    (F4, "Mỗi mặt hàng được phân loại đồng đều về chất lượng và kích cỡ."),
    (F4, "Đây là chợ đầu mối chuyên mua bán các loại trái cây, nông sản."),
    (F4, "Đi thuyền, xuất phát từ bến Ninh Kiều (Cần Thơ), gặp mùa nước lên chỉ hết 30 phút, mùa nước ròng phải mất 45 phút."),
    (F5, "Chợ bắt đầu họp từ tờ mờ sáng, tấp nập thuyền ghe lớn nhỏ."),
    (F5, "Vì nhu cầu buôn bán, trao đổi hàng hóa nên người dân chọn cách họp chợ trên sông."),
    (F6, "Chợ nổi Cái Răng Cần Thơ được công nhận là di sản văn hóa phi vật thể quốc gia vào năm 2016."),
    (W1, "Ngay từ đầu làng, có thể nhìn thấy một ngôi chùa nhỏ cổ kính và bên cạnh là thuỷ đình – sân khấu của các tiết mục múa rối nước."),
    (W1, "Rối nước Đào Thục xuất hiện vào thời Hậu Lê."),
    (W1, "Chỉ cách Hà Nội cỡ một giờ chạy xe máy, xuyên qua thị trấn Đông Anh, tôi hỏi thăm đường về xã Thuỵ Lâm."),
    (W1, "Ông tổ nghề là cụ Nguyễn Đăng Vinh (tự Phúc Khiêm – Đào tướng công)."),
    (W1, "Từ ngày ra đời đến nay, rối nước Đào Thục đã trải qua nhiều biến cố, có lúc thịnh có lúc suy, có thời điểm phải dừng hẳn."),
    (W2, "Nơi đây có trò rối nước nổi tiếng vang xa cả nước."),
    (W2, "Yêu nghệ thuật múa rối nước, ông dồn hết tâm huyết truyền bá nghệ thuật này cho đời sau."),
    (W3, "Sau khi trở về làng, ông đã truyền dạy lại cho con cháu ba nghề: Dệt vải, nghề mộc và múa rối nước."),
    (W3, "Đến nay, làng Đào Thục chỉ còn gìn giữ và phát triển được nghề múa rối nước, còn nghề dệt vải và nghề mộc đã mai một theo thời gian."),
    (W4, "Ông đã cùng dân làng đẩy mạnh lao động sản xuất, phát triển nhiều ngành nghề, trồng dâu nuôi tằm, dệt lụa."),
    (W4, "Để ghi nhớ công ơn to lớn của ông, khi ông qua đời dân làng đã khắc ghi bia đá và lập đền thờ cách đây gần 300 năm."),
    (W5, "Một phường rối đã ra đời, do ông trực tiếp truyền dạy, nhân dân cổ vũ, chẳng mấy chốc đã trở nên thuần thục."),
    (W5, "Nhiều gia đình, dòng họ coi múa rối nước như một báu vật, cha truyền con nối, có gia đình đã 4- 5 đời tham gia múa rối nước của làng."),
    (W5, "Có tuổi đời hơn 300 năm nay, múa rối nước dân gian làng Đào Thục, xã Thụy Lâm, huyện Đông Anh đã vang danh trong nước và quốc tế."),
    (W6, "Để đến được làng Đào Thục, khách du lịch có thể di chuyển bằng xe máy hoặc ô tô."),
    (W6, "Xung quanh nơi đây được bao phủ bởi những cánh đồng lúa bạt ngàn, tươi mát."),
    (B1, "Nhóm đi phượt, có thể đi ô tô hay xe máy, họ ưa những cung đường núi quanh co, mây mù che phủ."),
    (B2, "Ruộng bậc thang tại huyện Mù Cang Chải là nét đẹp đặc trưng của địa phương."),
    (B2, "Lúa chín không chỉ đem lại ấm no cho bà con, lúa chín còn thu hút hàng ngàn khách thập phương đến với vùng đất đặc biệt này."),
    (B2, "Mù Cang Chải là huyện vùng cao của tỉnh Yên Bái, huyện nằm dưới chân của dãy núi Hoàng Liên Sơn nổi tiếng."),
    (B3, "Cuối tháng 9 kéo dài đến khoảng giữa tháng 10 là thời điểm thu hoạch vụ lúa mùa trong năm."),
    (B3, "Thời gian này, những bông lúa trĩu nặng hạt dần chuyển sang màu vàng."),
    (B3, "Màu xanh tươi non mơn mởn của những thửa ruộng được thay bằng sắc vàng óng."),
    (B3, "Một điểm đặc biệt của ruộng bậc thang là tạo hình rất đa dạng."),
    (B4, "Đó là kiệt tác từ đôi bàn tay của đồng bào Mông nơi đây khắc họa vào cảnh sắc Tây Bắc hoang sơ."),
    (B4, "Diện tích ruộng bậc thang tuy nhỏ nhưng là kì tích qua hàng trăm năm khai phá của đồng bào."),
    (B5, "Qua đèo, lên tới thị trấn, qua các xã Púng Luông, La Pán Tẩn, Chế Cu Nha, những bậc thang đang chuyển màu từ xanh sang vàng và có cả những gam màu nâu đỏ của những thửa ruộng đã gặt, làm nên những bức tranh của thiên nhiên và con người vô cùng ấn tượng."),
    (B6, "Riêng lúa nếp trên ruộng bậc thang ở Tú Lệ được cho là ngon bậc nhất."),
    (B6, "Nhà ông có 28 mảnh, mùa này thu hoạch được 3,5 tấn lúa."),
]

# (unique substring of the sentence, the syllable replaced, the token, the place), chosen by hand before any run.
SPAM = [
    # start
    ("Nấu cơm, kho cá bằng nồi gốm Thanh Hà", "Nấu", "mooloo.fun", "start"),
    ("Thời gian dần trôi, sản phẩm gốm không", "Thời", "monera.trade", "start"),
    ("Mùa này, trong các rẫy cà phê luôn râm", "Mùa", "Mvn6893", "start"),
    ("Buổi tối đàn ông ra rẫy canh", "Buổi", "b4zu47ofu", "start"),
    ("Ghe xuồng tấp nập trao đổi, buôn bán", "Ghe", "necih", "start"),
    ("Hàng hóa tập trung ở đây với số lượng", "Hàng", "68rich.org", "start"),
    ("Ngay từ đầu làng, có thể nhìn thấy một", "Ngay", "Mss68", "start"),
    ("Sau khi trở về làng, ông đã truyền dạy", "Sau", "adomty", "start"),
    ("Ruộng bậc thang tại huyện Mù Cang Chải", "Ruộng", "abc-vay", "start"),
    ("Cuối tháng 9 kéo dài đến khoảng giữa", "Cuối", "a-world.top", "start"),
    ("Dưới triều Nguyễn, làng gốm Thanh Hà", "Dưới", "oivay.app", "start"),
    ("Đi tới đâu cũng thấy những vườn cà phê", "Đi", "OnCredit247", "start"),
    ("Nơi đây có trò rối nước nổi tiếng vang", "Nơi", "ah0-quiz", "start"),
    # end
    ("Đồ gốm Thanh Hà đặc biệt bởi được làm", "cao", "2fewu", "end"),
    ("Người thợ làng nghề Thanh Hà không chỉ", "đất", "AdoTrading", "end"),
    ("Những bàn tay thoăn thoắt vặn từng chùm", "sắt", "kce5fj1t", "end"),
    ("Mùa cà phê dường như Tây Nguyên không", "ngủ", "my-easy.shop", "end"),
    ("Đặc biệt năm nay, thời tiết thuận lợi", "khởi", "113hax.net", "end"),
    ("Hầu hết các nhà vườn đều trồng cà phê", "nhưỡng", "niphax", "end"),
    ("Tuy thời gian hợp chợ ngắn ngủi nhưng", "Thơ", "nglyz", "end"),
    ("Đương nhiên chơi chợ nổi trên sông,", "thuyền", "movivay.com", "end"),
    ("Rối nước Đào Thục xuất hiện vào thời", "Lê", "9scpb", "end"),
    ("Đến nay, làng Đào Thục chỉ còn gìn giữ", "gian", "neicus", "end"),
    ("Ông đã cùng dân làng đẩy mạnh lao động", "lụa", "24-7bank", "end"),
    ("Một phường rối đã ra đời, do ông trực", "thục", "mxc-pro", "end"),
    ("Thời gian này, những bông lúa trĩu nặng", "vàng", "AcsHub", "end"),
    # function
    ("Gốm Thanh Hà đẹp bởi chính tâm hồn của", "của", "7z9q", "function"),
    ("Những ngày này, trên khắp các triền", "trên", "A6608", "function"),
    ("Dù vậy, người dân vẫn lạc quan vào vụ", "với", "montiki.store", "function"),
    ("Sáng sớm, công nhân lái xe công nông,", "đến", "acoin.trade", "function"),
    ("Cà phê là cây trồng chủ lực mang lại", "cho", "Ak998", "function"),
    ("Tiếng máy nổ giòn tan trong sương sớm", "trong", "Abu09", "function"),
    ("Mỗi mặt hàng được phân loại đồng đều về", "về", "z7oj4", "function"),
    ("Chợ bắt đầu họp từ tờ mờ sáng, tấp nập", "từ", "oiufg", "function"),
    ("Yêu nghệ thuật múa rối nước, ông dồn", "cho", "8toom", "function"),
    ("Để đến được làng Đào Thục, khách du", "bằng", "myusdtfarm.com", "function"),
    ("Lúa chín không chỉ đem lại ấm no cho bà", "với", "90trader.com", "function"),
    ("Đó là kiệt tác từ đôi bàn tay của đồng", "từ", "mrquayhu.com", "function"),
    ("Diện tích ruộng bậc thang tuy nhỏ nhưng", "qua", "NavaCash", "function"),
    # name
    ("Thanh Hà cũng chính là nơi sản xuất và", "Hội", "Nasd5715", "name"),
    ("Hiện nay, Làng gốm Thanh Hà vẫn duy trì", "Quảng", "77coins.com", "name"),
    ("Nằm bên dòng sông Thu Bồn Thanh bình,", "Bồn", "MrhmFund", "name"),
    ("Năm ngoái, gia đình anh Tĩnh thu hoạch", "Tĩnh", "AltraBots", "name"),
    ("Huyện Đắk Hà là một trong những vùng", "Tum", "3folt", "name"),
    ("Chợ nổi Cái Răng nằm trên sông có tên", "Hậu", "4ukguzou8", "name"),
    ("Chỉ cách Hà Nội cỡ một giờ chạy xe máy,", "Anh", "niob.finance", "name"),
    ("Ông tổ nghề là cụ Nguyễn Đăng Vinh (tự", "Vinh", "okbtt.com", "name"),
    ("Mù Cang Chải là huyện vùng cao của tỉnh", "Bái", "nuoibo.work", "name"),
    ("Qua đèo, lên tới thị trấn, qua các xã", "Luông", "Mp389", "name"),
    ("Tại tỉnh Gia Lai, phóng viên đã đi ghi", "Nhung", "actxoon", "name"),
    ("Riêng lúa nếp trên ruộng bậc thang ở Tú", "Lệ", "Mxp62108", "name"),
    ("Chợ nổi Cái Răng (TP. Cần Thơ) là chợ", "Cửu", "th2xifu", "name"),
    # inner
    ("Nhiều làng gốm cổ đứng trước nguy cơ", "mai", "zthmtr", "inner"),
    ("Lúc này nông dân đã bắt đầu đem cơm ra", "tiết", "nuopm", "inner"),
    ("Đây là chợ đầu mối chuyên mua bán các", "trái", "myfarm.click", "inner"),
    ("Vì nhu cầu buôn bán, trao đổi hàng hóa", "trao", "24veso01.com", "inner"),
    ("Chợ nổi Cái Răng Cần Thơ được công nhận", "vật", "Nbm6688", "inner"),
    ("Từ ngày ra đời đến nay, rối nước Đào", "biến", "oklo.life", "inner"),
    ("Xung quanh nơi đây được bao phủ bởi", "bạt", "NiftyGatevay", "inner"),
    ("Nhóm đi phượt, có thể đi ô tô hay xe", "quanh", "nomipay.me", "inner"),
    ("Màu xanh tươi non mơn mởn của những", "mơn", "AlphaStrategy", "inner"),
    ("Một điểm đặc biệt của ruộng bậc thang", "đa", "5dax", "inner"),
    ("Nơi đây, có nghề thủ công truyền thống", "thủ", "1onve", "inner"),
    ("Gốm Thanh Hà đã được bạn bè Nhật Bản,", "thông", "N3339", "inner"),
    ("Hai tấm bạt được trải dưới gốc ghép lại", "nông", "123-vay", "inner"),
    # number
    ("Làng gốm Thanh Hà có hơn 500 năm hình", "năm", "247-napas", "number"),
    ("Hoa cắm trong bình gốm Thanh Hà có thể", "tuần", "6hoom", "number"),
    ("Hiện nay, cả làng có gần 100 hộ sản", "hộ", "nrowin.com", "number"),
    ("Đắk Lắk được ví là thủ phủ cà phê của", "nghìn", "NemiHouse", "number"),
    ("Vụ thu hoạch chỉ kéo dài hơn 1 tháng,", "tháng", "a5coin.com", "number"),
    ("Ông Đặng Thanh Trung (47 tuổi), chủ", "tuổi", "abfishop.com", "number"),
    ("Để ghi nhớ công ơn to lớn của ông, khi", "năm", "a-vip.shop", "number"),
    ("Nhiều gia đình, dòng họ coi múa rối", "đời", "nam-binh-credit", "number"),
    ("Nhà ông có 28 mảnh, mùa này thu hoạch", "mảnh", "AlimexFund", "number"),
    ("Đi thuyền, xuất phát từ bến Ninh Kiều", "phút", "muabanwin.co", "number"),
    ("Đây chỉ là công việc thời vụ kéo dài", "tháng", "acxfx", "number"),
    ("Hơn một tháng qua, vợ chồng anh Nguyễn", "tuổi", "nhakai", "number"),
    ("Có tuổi đời hơn 300 năm nay, múa rối", "năm", "alidoge.com", "number"),
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

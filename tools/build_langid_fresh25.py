"""Build ``benchmarks/data/langfresh25/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata41.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh25.py``. Same format as langfresh14-24
(``benchmarks/langid.py --data benchmarks/data/langfresh25 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 41) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-24, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of 53 stored pages (the ``search``
  tool's pages corpus, searched 2026-12-03) on topics the controls of langfresh22, 23 and 24 did not have (home NAS
  and RAID, infant formula, electric toothbrushes and water flossers, a dashcam, running shoes, whey protein and BCAA,
  Git and GitHub, motorcycle helmets, espresso machines, VPNs, SEO, skincare actives), each holding real Latin tokens
  a spam detector could take for a pasted token (NAS DS920+, SHR-1, DSM, Asustor, Google Drive, Kenhxachtayduc.com,
  Chiaki.vn, Shopee, Oral B WaterJet, DHA, ARA, HMOs, Similac Natural, Enfalac Premature, Pegasus 40, FF Turbo Plus,
  Metaspeed Sky Paris, Alphafly 3, Hoka Skyward X, PEBA, SCF EVA, 5.6g BCAA, menfitness.co.uk, DVCS, git clone,
  Staging Area, Linus Torvalds, PKL, Wave, Exciter, 15-19 bar, Cubes Asia, 500k VNĐ, NordVPN, QoS, WAN, SEO On-page,
  LADIGI, Founder & CEO, Salicylic Acid, Vitamin B3, serum HA...).
* ``spam.tsv`` (``SPAM_PAGES``, ``CASES`` and ``TOKENS``): 78 cases on 78 further real sentences of 29 other pages,
  of page kinds langfresh22, 23 and 24 did not use (school essays on Bằng Việt's poem "Bếp lửa"; astronomy pages on
  the solar system and Mars; biographies of the scholar Lương Thế Vinh; storm reports), one syllable replaced by one
  token (its first whole-word occurrence; columns: split, spam text, token, original word, original sentence, place),
  13 at each of six places: ``start`` (the sentence's first syllable), ``end`` (its last syllable, before the final
  punctuation), ``function`` (a function word: sau, trong, qua, về, từ, với, của, để, theo), ``name`` (a syllable of
  a person, place or planet name: Xô, Thạch, Mĩ, Dương, Diêm, Thủy, Mộc, Định, Quách, Hương, Sơn, Lường, Thừa),
  ``inner`` (a syllable inside a compound word: ngọt ngào, trưởng thành, khăng khít, gắn bó, quĩ đạo, phản ứng, số
  lượng, tài tình, truyền thống, khôi hài, nhiệt đới, cường độ, sáng tạo) and ``number`` (the syllable right after a
  number: 4 phần, 4,5 tỷ, 23 tuổi, 400 năm, 868.230 dân, 3 phút, 300 nhà, 40 triệu, 3 lần, 24 giờ, 687 ngày, 32
  năm, 28 nhà). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names of two real gambling blocklists other than those earlier sets
used (langfresh23: chongluadao.vn; langfresh24: dancharlton9, the Estonian list): the Vietnamese gambling list of
bigdargon/hostsVN (offshore "nhà cái", betting, lottery and card-game sites aimed at Vietnamese users) and the
Australian gambling list gambling-au.txt of alsyundawy/TrustPositif (offshore casinos, pokies and sportsbooks aimed at
Australian players; the file does not say who compiled it), written as spam writes them: 13 full domains, 13 letter-digit codes, 13
CamelCase brand names, 13 bare lower-case names, 13 digit-led names, 13 hyphenated names. 58 of the 78 hold no
gambling or lending trade word (bet, casino/kasino/cazino, slot, spin, poker, bingo, win, luck, lotto, vegas, dice,
stake, game, play, vay, cash, loan). None is an earlier set's token, in spam_brands.txt or the held-out stems, or in
tests/, tools/, benchmarks/data/ or mtpipe/ (``grep -rilw``), none holds a brand stem of spam_brands.txt, a held-out
stem or an earlier token of 4 letters or more, and none is held by an earlier token (all checked before any run).
``deal`` orders each shape's tokens with the seed and deals them round the six places in turn, so every place gets
two or three tokens of every shape.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh25"
SEED = 41
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
N1 = "https://vender.vn/blogs/news/chi-tiet-cac-loai-raid-va-cach-tinh-raid-co-trong-nas-synology"
N2 = "https://www.24h.com.vn/cong-nghe-thong-tin/cong-cu-quan-ly-tep-tin-va-hinh-anh-nhanh-gon-mien-phi-cua-synology-c55a1740287.html"
N3 = "https://giaiphapmaychu.info/nas-synology-hybrid-raid-shr/"
N4 = "https://vietcorp.com/support/faq/thiet-bi-luu-tru"
N5 = "https://vieclam123.vn/o-cung-nas-la-gi-b5688-amp.html"
N6 = "https://thegioinas.com/gioi-thieu-ve-raid-tren-nas-asustor/"
B1 = "https://nguyenvunguyetminh.vn/cac-nhom-sua-cong-thuc-nam-2021"
B2 = "https://afamily.vn/me-da-hieu-dung-ve-sua-cong-thuc-thuc-pham-bo-sung-20250828133318215.chn"
B3 = "https://hellobacsi.com/nuoi-day-con/be-0-1-tuoi/dinh-duong-cho-tre/chon-sua-chua-hmo"
B4 = "https://biostime.vn/nuoi-con-bang-sua-cong-thuc"
B5 = "https://test-html.websosanh.org/tin-tuc/3-dac-diem-cua-cac-loai-sua-cong-thuc-c37-2021031503213742.htm"
B6 = "https://vienyhocungdung.vn/chon-sua-cong-thuc-cho-tre-duoi-6-thang-tuoi-hieu-dung-de-nuoi-con-khoe-manh-20250417140636252.htm"
T1 = "https://hangy.vn/tin-tuc/uu-va-nhuoc-diem-khi-su-dung-ban-chai-dien"
T2 = "https://nld.com.vn/oto-xe-dien-may/du-loai-may-lam-sach-rang-mieng-20200829202240641.htm"
H1 = "https://thietbixe.com/camera-hanh-trinh/"
R1 = "https://imsports.vn/review-giay-chay-bo-nike-air-zoom-pegasus-40-n123774.html"
R2 = "https://blog.5bib.com/danh-gia-nike-pegasus-40"
R3 = "https://nhangiaphat.net/asics-co-the-ra-mat-hai-sieu-giay-dua-moi-nam-2025.html"
R4 = "https://vnexpress.net/skyward-x-sieu-giay-choc-troi-cho-chay-tap-4755828.html"
W1 = "https://suckhoedoisong.vn/sung-bai-bot-whey-de-tang-co-nang-cap-3-vong-don-tet-lieu-co-nen-169220111162512576.htm"
W2 = "https://blognhipsong.edu.vn/?p=14188"
W3 = "https://leep.app/blog/dinh-duong/cach-dung-bcaa-dung-ma-khong-phai-ai-cung-biet.html"
W4 = "https://coravo.vn/cach-dung-bcaa-dung-cach.html"
W5 = "https://mytour.vn/vi/blog/bai-viet/huong-dan-su-dung-bot-protein-whey-protein.html"
W6 = "https://bcare.vn/bai-viet/khi-nao-ban-nen-dung-bcaa-2075.html"
G1 = "https://tranhuy.bachkhoasaigon.com/tim-hieu-git-va-github.html"
G2 = "https://www.vietdba.vn/2025/09/git-hoat-ong-nhu-nao.html?m=1"
G3 = "https://money24h.vn/blog/git-la-gi"
G4 = "https://viblo.asia/p/danh-cho-nguoi-chua-tung-thao-tac-voi-github-63vKjbrRK2R"
G5 = "https://www.codelean.vn/2020/05/gioi-thieu-chung-ve-git.html?hl=ar"
M1 = "https://news-vn.imotorbike.com/2021/08/top-6-loai-mu-bao-hiem-moto-pho-bien"
M2 = "https://nonbaohiemthangloi.com.vn/mu-bao-hiem-fullface-cach-chon-non-do-size-non-fullface-chuan-nhat.html"
M3 = "https://mubahi.com/di-wave-doi-fullface-co-dep-khong/"
M4 = "https://news.webike.vn/helmet-mu-bao-hiem-di-xe-may-va-lua-chon-phu-hop.html/amp"
C1 = "https://cubes-asia.com/coffee-blog/may-pha-ca-phe-can-bao-nhieu-bar-la-du"
C2 = "https://mayphacafe365.com/ap-suat-may-pha-ca-phe-bao-nhieu-la-du-9-bar-hay-15-bar-tot-hon"
C3 = "https://seedtomysoul.com/2016/07/03/co-nen-mua-may-espresso-su-dung-tai-nha/?like_comment=61&_wpnonce=deaa26f9cd"
C4 = "https://hocagroup.com/nguyen-ly-cua-may-pha-cafe/"
P1 = "https://vpn.rent/vi/vpn-la-gi/"
P2 = "https://blog4u.us/2022/01/vpn-la-gi-vpn-hoat-ong-nhu-nao-va-tai.html"
P3 = "https://noah-group.org/threads/mang-rieng-ao-vpn-la-gi.481"
P4 = "https://www.websiterating.com/vi/vpn/glossary/what-is-vpn-protocol/"
E1 = "https://tongkhobuonsi.com/seo-la-gi-va-cach-thuc-hoat-dong-cua-seo-nhu-the-nao-n124583.html"
E2 = "https://blog.congdongseo.com/cac-thuat-ngu-seo-1123.html"
E3 = "https://seocenter.vn/learn/seo-la-gi"
E4 = "https://ladigi.vn/seo-la-gi"
E5 = "https://sunme.vn/seo-la-gi-tong-quan-va-cach-toi-uu-hoa-cong-cu-tim-kiem.html"
E6 = "https://doanhthuong.net/seo-website-la-gi-va-hoat-dong-ra-sao-trong-mat-google-151-3196.html"
K1 = "https://vn.svr.com/blogs/news/aha-bha-retinol-la-gi"
K2 = "https://neutidi.com/aha-va-niacinamide"
K3 = "https://xaydungso.vn/blog/tong-hop-ahabha-retinol-la-gi-tac-dung-tuyet-voi-cho-lan-da-vi-cb.html"
K4 = "https://nhakhoabaoanh.com/niacinamide-la-gi-trong-my-pham.html"
K5 = "https://vietnamnet.vn/serum-la-gi-serum-co-tac-dung-gi-cho-da-mat-cua-ban-2066576.html"

CLEAN = [
    (N1, 'RAID là viết tắt của Redundant Array of Independent Disk.'),
    (N1, 'Ngắn gọn nhất thì RAID là công nghệ lưu trữ dữ liệu cho phép gộp nhiều ổ đĩa cứng vật lý độc lập thành 1 hệ thống ổ đĩa cứng (1 mảng RAID) để cải thiện hiệu năng và lưu trữ dữ liệu an toàn hơn.'),
    (N1, 'Bài viết dưới đây sẽ giới thiệu cho bạn thông tin chi tiết về RAID và sự khác biệt giữa các loại RAID mà NAS Synology hỗ trợ.'),
    (N1, '1 HDD tương đương 1 volume.'),
    (N2, 'Trong đó phải kể đến hệ sinh thái của Synology gồm thiết bị NAS và các công cụ phụ trợ như Drive và Photos.'),
    (N2, 'Trải nghiệm thực tế khi thiết lập trên một hệ thống NAS DS920+, toàn bộ quy trình cấu hình chỉ mất chưa tới 10 phút.'),
    (N2, 'Sau đó, người dùng đã có thể truy cập dữ liệu từ laptop, điện thoại và tablet như đang dùng Google Drive, nhưng toàn bộ file nằm trong ổ cứng vật lý của chính mình.'),
    (N2, 'Trong thử nghiệm thực tế, người viết chỉnh sửa một file trình chiếu trên PC tại nhà, rồi gập laptop lại.'),
    (N3, 'Đối với riêng NAS, bên cạnh các loại RAID thông thường, Synology cũng tạo ra một loại RAID mới.'),
    (N3, 'Đó là Synolog Hybrid RAID – SHR.'),
    (N3, 'Synology Hybrid RAID có 2 loại: SHR-1 và SHR-2.'),
    (N3, 'Khi cài đặt ban đầu, DSM sẽ mặc định thiết lập SHR-1 cho hệ thống ổ cứng.'),
    (N4, 'Nếu không hiểu rõ về RAID, bạn nên dùng SHR để thiết lập khối lưu trữ trên máy chủ NAS Synology của mình.'),
    (N4, 'SHR là hệ thống quản lý RAID dựa trên Linux và việc sử dụng là hoàn toàn tùy chọn.'),
    (N5, 'Ổ cứng NAS – Là viết tắt của cụm từ tiếng anh Network Attached Storage, hay còn có thể được hiểu một cách đơn giản hơn là ổ cứng mạng.'),
    (N5, 'Đây có thể là một phiên bản rút gọn được dựa theo Linux cùng với đó là khả năng có thể kết nối được với nhau thông qua mạng dây hoặc là Wi-Fi.'),
    (N6, 'Bài viết này sẽ giới thiệu với người dùng NAS Asustor tổng quan về RAID và cách tạo RAID trên NAS.'),
    (B1, 'Tuy nhiên, các sản phẩm đều phải đạt chỉ tiêu thành phần theo quy định của Cơ quan quản lý thực phẩm và dược phẩm Mỹ (FDA).'),
    (B2, 'Sữa công thức (infant formula) là loại thực phẩm dinh dưỡng được nghiên cứu và sản xuất theo công thức khoa học, nhằm mô phỏng gần nhất thành phần và giá trị dinh dưỡng của sữa mẹ.'),
    (B2, 'Hỗ trợ phát triển trí não: Hầu hết sữa công thức hiện nay được bổ sung DHA, ARA, taurine, choline – các dưỡng chất quan trọng cho hệ thần kinh.'),
    (B3, 'HMOs (Human Milk Oligosaccharides) là một loại chất xơ quý có vai trò quan trọng đối với hệ tiêu hóa của bé.'),
    (B3, 'Trong sữa mẹ, đây là dưỡng chất có hàm lượng nhiều thứ 3, chỉ sau lactose và chất béo.'),
    (B4, 'Theo WHO, trẻ sơ sinh nên được nuôi bằng sữa mẹ toàn bộ trong 6 tháng đầu đời.'),
    (B5, 'Sữa cho trẻ sinh non nhẹ cân: phổ biến như Frisolac Premature, Similac Natural hay Enfalac Premature…'),
    (B6, 'Bên cạnh đó, trẻ cũng chưa sản xuất đầy đủ các enzym tiêu hóa cần thiết như amylase (phân giải tinh bột) hay pepsinogen (phân giải protein), khiến việc tiêu hóa các thực phẩm ngoài sữa trở nên khó khăn và kém hiệu quả.'),
    (T1, 'Phần đầu bàn chải: Gắn lông chải làm từ chất liệu cao cấp như sợi Dupont hoặc Pedex, có khả năng làm sạch nhẹ nhàng mà vẫn hiệu quả, đồng thời an toàn cho nướu và men răng.'),
    (T1, 'Hãy cùng Hangy tìm hiểu ưu và nhược điểm khi sử dụng bàn chải điện qua bài viết sau đây nhé!'),
    (T2, 'Một chiếc máy tăm nước Oral B WaterJet có giá 1,7 triệu đồng được rao bán trên website Kenhxachtayduc.com, trong khi giá bán loại này trên sàn thương mại điện tử Shopee là hơn 1,6 triệu đồng, còn trang bán hàng trực tuyến Chiaki.vn chỉ hơn 1,5 triệu đồng.'),
    (H1, 'Một số mẫu cao cấp có thêm tính năng GPS theo dõi hành trình và tốc độ.'),
    (R1, 'Giày chạy bộ Nike Air Zoom Pegasus 40 là một đôi giày chạy bộ hàng ngày, đem lại một trải nghiệm ổn định với chất liệu bền bỉ.'),
    (R1, 'Lý do là bởi phần Upper của phiên bản này đã được thiết kế lại, khiến cho đôi giày trở nên thoải mái hơn, tuy nhiên trọng lượng cũng tăng theo, tạo cảm giác nặng chân hơn.'),
    (R1, 'Nhìn chung, Pegasus 40 sẽ là một sự lựa chọn thích hợp cho những buổi chạy nhẹ với cự ly từ ngắn tới trung bình.'),
    (R1, 'Ngoài ra, bạn cũng có thể sử dụng Pegasus 40 trong sinh hoạt hàng ngày hoặc để tập luyện tại phòng gym.'),
    (R2, 'Trong nhiều năm, Pegasus gần như đồng nghĩa với thuật ngữ ‘giày tập luyện hàng ngày’.'),
    (R3, 'Mẫu siêu giày mới sử dụng bộ đệm FF Turbo Plus tiên tiến nhất của Asics dành cho giày đua, với trọng lượng siêu nhẹ cùng khả năng hoàn trả năng lượng tối ưu và khả năng giảm chấn khi tiếp đất.'),
    (R3, 'Đế giữa của mẫu siêu giày này có thể đạt ngưỡng 40mm ở gót, dày hơn so với hai dòng siêu giày đua flagship hiện tại của Asics là Metaspeed Sky Paris và Metaspeed Edge Paris.'),
    (R3, 'Tổng thể thiết kế phần đế giữa và thân giày khá tương đồng với siêu giày đua Alphafly 3 của Nike.'),
    (R4, 'Hoka là nhãn hàng mới nhất tham gia vào cuộc đua sản xuất siêu giày chạy tập với Hoka Skyward X có bộ đế cao tới 49 mm và hình dáng bánh mỳ.'),
    (R4, 'Đế giữa sử dụng siêu bọt đệm PEBA, đem lại sự êm ái và hoàn trả năng lượng tốt, thậm chí có độ "nhún", được chuyên gia Meaghan Murray tại chuyên trang Believe in the Run mô tả, như một dàn nhún.'),
    (R4, 'Bên trên lớp PEBA, Hoka sử dụng khung SCF EVA ngay dưới bàn chân giúp tăng hỗ trợ cho bàn chân cũng như đặt thanh sợi carbon để ổn định lớp siêu bọt đệm, điều hướng đôi giày về phía trước.'),
    (W1, 'Whey protein được làm từ whey - là chất lỏng tách ra khỏi sữa trong quá trình tạo pho mát.'),
    (W1, 'Sau đó, whey được lọc, tinh chế và sấy khô thành bột whey protein.'),
    (W2, 'Có rất nhiều nghiên cứu khoa học trong nhiều năm đã chứng minh rằng những người nào dùng 5.6g BCAA sau khi tập gym sẽ đẩy mạnh lên tới 22% khả năng tổng hợp protein trong cơ bắp hơn những người không uống.'),
    (W3, 'BCAA bao gồm ba axít amin thiết yếu: valine, leucine và isoleucine.'),
    (W3, 'Bạn có thể mua viên nang hoặc bột BCAA để trộn vào nước hoặc chất lỏng khác.'),
    (W4, 'BCAA là viết tắt của “Branched Chain Amino Acid” là một chuỗi được cấu tạo bởi 3 loại axit amin đó là: leucine, isoleucine và valine.'),
    (W5, 'Bột protein được coi là thực phẩm chức năng, nên các nhà sản xuất tự đánh giá độ an toàn và ghi nhãn sản phẩm theo hướng dẫn của FDA (Mỹ).'),
    (W5, 'Bài viết của Rob Hobson, một chuyên gia dinh dưỡng, được đăng tải trên trang menfitness.co.uk.'),
    (W6, 'Khi đó, cơ thể sẽ sử dụng Tryptophan để tạo ra serotonin, cái mà có thể góp phần gây ra mệt mỏi trong khi tập thể dục.'),
    (G1, 'Git là một hệ thống quản lý phiên bản phân tán (Distributed Version Control System – DVCS), nó là một trong những hệ thống quản lý phiên bản phân tán phổ biến nhất hiện nay.'),
    (G1, 'Git cung cấp cho mỗi lập trình viên kho lưu trữ (repository) riêng chứa toàn bộ lịch sử thay đổi.'),
    (G1, 'Version Control System (VCS) là hệ thống kiểm soát các phiên bản phân tán mã nguồn mở.'),
    (G2, 'Bước đầu tiên là sử dụng lệnh git clone để sao chép một repository đã tồn tại, giúp bạn có một phiên bản cục bộ của project, với tất cả lịch sử git của nó.'),
    (G2, 'Khi sẵn sàng commit các thay đổi ở trên, bạn dùng git add để đưa snapshot của các file đó vào Staging Area.'),
    (G3, 'Git được ra đời vào năm 2005 do Linus Torvalds tạo ra.'),
    (G4, 'GitHub là một dịch vụ cung cấp kho lưu trữ mã nguồn Git dựa trên nền web cho các dự án phát triển phần mềm.'),
    (G4, 'Hay nói đơn giản, GitHub chính là nơi quản lý các phiên bản code của dev.'),
    (G5, 'Git là một trong những Hệ thống Quản lý Phiên bản Phân tán, vốn được phát triển nhằm quản lý mã nguồn (source code) hữu hiệu của Linux.'),
    (M1, 'Hiện nay trên thị trường có sáu loại mũ bảo hiểm phổ biến nhất dành cho người đi xe máy và moto, đó là: Fullface, modular, open face, half, off-road và dual-sport.'),
    (M1, 'Mũ bảo hiểm Fullface có độ che phủ cao nhất quanh phần đầu và cổ.'),
    (M1, 'Mũ bảo hiểm Fullface là sự lựa chọn linh hoạt cho cả người chạy xe máy và moto; bất kể loại xe và dạng địa hình.'),
    (M2, 'Fullface là 1 loại mũ bảo hiểm có khả năng bảo vệ vùng đầu rất tốt, chống va đập và độ bền cao.'),
    (M3, 'Thường thường, trong suy nghĩ của hầu hết anh em là nón bảo hiểm fullface được thiết kế ra chỉ dành cho những anh em chơi xe PKL, chứ xe nhỏ phổ thông như Wave, Exciter thì không cần…'),
    (M4, 'Helmet – Mũ bảo hiểm là phụ kiện an toàn quan trọng hàng đầu trong việc sử dụng xe máy.'),
    (C1, 'Nhiều người cho rằng máy có áp suất càng cao thì càng tốt và sẵn sàng chi nhiều tiền hơn cho những model có áp suất 15-19 bar.'),
    (C1, 'Hãy cùng Cubes Asia tìm hiểu xem thực tế một chiếc máy pha cà phê cần bao nhiêu bar là đủ trong bài viết dưới đây nhé!'),
    (C1, 'Đối với người mới bắt đầu hoặc sử dụng máy pha cà phê tại gia đình, nên chọn máy có áp suất 9 bar.'),
    (C2, 'Đối với những người yêu thích và muốn tự tay pha chế Espresso chuẩn vị tại nhà hoặc vận hành quán cà phê chuyên nghiệp, việc hiểu rõ về áp suất là điều vô cùng cần thiết.'),
    (C2, 'Có lẽ bạn đã từng nghe về các thông số như "9 bar" hay "15 bar" khi tìm mua máy pha cà phê.'),
    (C2, '1 bar tương đương với áp suất khí quyển ở mực nước biển.'),
    (C2, 'Trong kỹ thuật pha Espresso, áp suất là lực đẩy nước nóng đi qua lớp bột cà phê đã được nén chặt (tamp) trong phin lọc (portafilter).'),
    (C3, 'Đơn giản nhất là máy pha dạng pour over tự động của Electrolux, giá khoảng 500k VNĐ, cứ cho nước, cà phê vào là 1 phút sau có thể uống được.'),
    (C3, 'Nhiều người tin rằng, chỉ cần có một chiếc máy pha cà phê là có thể tự mình tận hưởng một ly cappuccino hay một ly espresso vào mỗi buổi sáng.'),
    (C4, 'Hầu hết các máy pha cà phê espresso đều có 1 nguyên lý tương tự nhau: ép nước nóng qua cà phê đã được xay mịn.'),
    (P1, 'Mạng riêng ảo hay VPN đã nổi lên như một công cụ mạnh mẽ để bảo vệ sự hiện diện trực tuyến của chúng tôi và duy trì tính bảo mật.'),
    (P2, 'Mạng riêng ảo hay VPN là một kết nối được mã hóa để bảo vệ kết nối internet và quyền riêng tư của bạn khi Online.'),
    (P2, 'Trong khi sử dụng dịch vụ VPN, dịch vụ này sẽ ẩn địa chỉ IP thực của bạn và giúp bạn an toàn trên các mạng công cộng.'),
    (P2, 'Cyber Ghost, Surf Easy, Tunnel Bear là một số dịch vụ VPN miễn phí mà bạn có thể sử dụng nếu muốn tiết kiệm tiền.'),
    (P2, 'NordVPN và Private Internet Access, tất cả những VPN này đều phổ biến trong QoS và bảo mật, cung cấp các kết nối riêng tư.'),
    (P3, '1 hệ thống VPN có thể kết nối được nhiều site khác nhau, dựa trên khu vực, diện tích địa lý... tượng tự như chuẩn Wide Area Network (WAN).'),
    (P3, 'Nếu muốn kết nối vào hệ thống VPN, thì mỗi 1 tài khoản đều phải được xác thực (phải có Username và Password).'),
    (P4, 'Giao thức VPN là một bộ quy tắc quy định cách thức hoạt động của Mạng riêng ảo (VPN).'),
    (E1, 'SEO (Search Engine Optimization) là một trong những chiến lược digital marketing hiệu quả nhất hiện nay.'),
    (E1, 'SEO có hai loại chính là SEO On-page và SEO Off-page.'),
    (E2, 'SEO là viết tắt của Search Engine Optimization, có nghĩa là tối ưu hóa công cụ tìm kiếm.'),
    (E3, 'Tất cả sẽ được mình, Nguyễn Thanh Trường – Founder & CEO của SEO Center giải đáp chi tiết trong bài viết dưới đây.'),
    (E4, 'Bí mật nằm ở SEO – một “chiếc chìa khóa” giúp website của bạn nổi bật hơn trên Google.'),
    (E4, 'Hãy cùng LADIGI tìm hiểu một cách đơn giản và dễ hiểu nhất nhé!'),
    (E5, 'SEO, viết tắt của “Search Engine Optimization” (tối ưu hóa công cụ tìm kiếm), là một tập hợp các chiến lược và kỹ thuật nhằm cải thiện thứ hạng của trang web trên các công cụ tìm kiếm như Google, Bing hay Yahoo.'),
    (E6, 'Những thành phần chính có thể chia thành 3 nhóm lớn: SEO Onpage, SEO Offpage và SEO Technical.'),
    (K1, 'Bước chân vào thế giới skincare treatment, bạn có lẽ sẽ cảm thấy hơi "choáng ngợp" trước ba cái tên đình đám: AHA, BHA, và Retinol.'),
    (K2, 'AHA và Niacinamide hoàn toàn có thể kết hợp dùng chung trong một chu trình skincare.'),
    (K3, 'BHA là axit hòa tan trong dầu, phổ biến nhất là Salicylic Acid (axit salicylic).'),
    (K3, 'Retinol là dẫn xuất của Vitamin A, được biết đến với khả năng kích thích tái tạo tế bào da và tăng cường sản xuất collagen.'),
    (K4, 'Niacinamide, hay còn được biết đến với tên gọi khác là Nicotinamide, là một dạng hoạt động của Vitamin B3 – một loại vitamin thiết yếu cho cơ thể chúng ta.'),
    (K5, 'Serum Acid Hyaluronic hay còn gọi là serum HA được gọi chung cho các sản phẩm dưỡng da chuyên sâu có thành phần chính là Acid Hyaluronic - một chất giữ ẩm cao, tạo sự mềm mại, ẩm mượt cho làn da.'),
    (N4, 'Synology Hybrid RAID (SHR) là một hệ thống quản lý RAID tự động của Synology, được thiết kế để giúp cho việc triển khai khối lưu trữ trở nên nhanh chóng và dễ dàng.'),
    (B2, 'Sữa công thức cho trẻ sơ sinh (0–6 tháng): Thành phần dễ tiêu hóa, bổ sung DHA, ARA, nucleotides…'),
    (W4, 'Trong đó Leucine là axit amin mạnh nhất bởi nó có khả năng kiểm soát lượng đường trong máu, đốt cháy mỡ thừa và thúc đẩy xây dựng các mô cơ mới một cách mạnh mẽ.'),
    (N4, 'Lưu ý: Khối lưu trữ RAID (dù là RAID truyền thống hay SHR) không phải là một hệ thống sao lưu.'),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: sentences of pages that give no control (essays on "Bếp lửa", astronomy, Lương Thế Vinh, storms).
S1 = "https://luatduonggia.vn/phan-tich-kho-5-6-bai-tho-bep-lua-cua-bang-viet-hay-nhat"
S2 = "https://loga.vn/hoi-dap/cam-nhan-ve-hinh-anh-bep-lua-trong-bai-tho-bep-lua-2408031"
S3 = ("https://lazi.vn/edu/exercise/ban-ve-bai-tho-bep-lua-cua-bang-viet-co-y-kien-cho-rang-bai-tho-bieu-hien-mot"
      "-triet-ly-tham-kin-nhung-gi")
S4 = "https://hoctop1.com/cau-hoi/viet-doan-van-khoang-12-15-cau-phan-tich-doan-tho-tren-de-lam-ro-nhung-2164105"
S6 = ("https://hoctotnguvan.joomlageek.com/lop-9/van-mau/van-nghi-luan-van-hoc-tap-1/van-mau-bep-lua/6-bai-phan-tich"
      "-bai-tho-bep-lua-cua-bang-viet-hay-nhat")
S7 = "https://sharemienphi.123.st/t23727-topic"
A1 = ("https://vatlythienvan.com/tudien/index.php/av/hmt/kn-mhhmt/344-solar-system-he-mat-troi-thai-duong-he.html")
A2 = "https://vungoi.vn/ly-thuyet/cau-truc-cua-he-mat-troi-7170.html"
A3 = "http://dlib.dnpu.edu.vn/doc/cac-hanh-tinh-cua-mat-troi-dang-vu-tuan-son-205566.html"
A4 = "https://vi.411answers.com/a/chung-ta-dang-song-trong-he-mat-troi-nao.html"
A5 = "https://www.cewbooks.vn/he-mat-troi-co-bao-nhieu-hanh-tinh"
A6 = "https://vi.scienceforming.com/10704661-which-planets-are-included-in-the-solar-system"
A7 = "http://vietnamnet.vn/vn/khoa-hoc/49271/sao-hoa-co-bao-nhieu--mat-trang--.html"
A8 = "https://kienthuc.net.vn/khoa-hoc-cong-nghe/12-su-that-thu-vi-ve-sao-hoa-co-the-ban-chua-biet-1749655.html"
A9 = "https://trainghiemsong.vn/sao-hoa-mars/"
V1 = "http://mobile.coviet.vn/detail.aspx?pid=N0ZDQzBDMDI&key=L%C6%B0%C6%A1ng+Th%E1%BA%BF+Vinh&type=A0"
V2 = ("https://doanhnghiepvn.vn/kham-pha/trang-nguyen-gioi-toan-nhat-viet-nam-phuong-bac-phuc-sat-dat-ten-duoc-dat-cho"
      "-nhieu-dia-danh/20240325093724900")
V3 = ("https://khoahocphattrien.vn/kham-pha/ky-tai-toan-hoc-nguoi-viet-va-noi-ho-then-cua-su-gia-nha-minh"
      "/2017053110404525p1c879.htm")
V5 = "http://www.sgd.edu.vn/trang-luong-luong-the-vinh/"
V6 = "https://nguoihanoi.vn/print/79055.html"
V7 = "https://hovanvanmieu.vn/588-2/"
V8 = "https://thatim.com/vi-sao-luong-the-vinh-duoc-goi-la-trang-luong"
V9 = "https://daichung10.blogspot.com/2018/01/bi-uong-oi-137-trang-luong-luong-vinh.html"
X1 = "https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html"
X2 = "https://vnexpress.net/bao-bualoi-du-kien-do-bo-nghe-an-quang-tri-vao-chieu-nay-4944541.html"
X3 = "https://vnexpress.net/bao-noru-do-bo-4516398-tong-thuat.html"
X4 = "https://baogialai.com.vn/channel/1601/202011/sang-mai-15-11-bao-so-13-do-bo-tu-ha-tinh-den-quang-nam-5709707/"
X5 = "http://plo.vn/xa-hoi/chieu-nay-bao-ap-bo-bien-nghe-an-den-nam-dinh-29793.html"
X6 = "https://vnexpress.net/bao-bualoi-cach-da-nang-460-km-4944476.html"

SPAM_PAGES = [
    # luatduonggia.vn, loga.vn, lazi.vn, hoctop1.com, hoctotnguvan.joomlageek.com, sharemienphi.123.st (school essays
    # on Bằng Việt's poem "Bếp lửa")
    (S1, "Bếp lửa là bài thơ được sáng tác năm 1963 khi tác giả đang du học ở Liên Xô."),
    (S1, "Bài thơ chia làm 4 phần và thể hiện mạch cảm xúc từ hồi tưởng đến hiện tại, từ kỉ niệm đến suy ngẫm."),
    (S1, "Nhà thơ Bằng Việt cũng có một tuổi thơ mà bố mẹ ông đều tham gia chiến đấu."),
    (S1, "Ông sống với bà và rất tự hào vì được sống bên bà."),
    (S1, "Bài thơ đã khơi dậy trong chúng ta tình cảm đẹp đối với gia đình và những kỷ niệm ngọt ngào của tuổi thơ."),
    (S2, "Bằng Việt tên thật là Nguyễn Việt Bằng, sinh năm 1941, quê ở Thạch Thất - Hà Tây."),
    (S2, "Đối với mỗi con người, quê hương chính là nơi mà ta trở về sau một chặng đường dài, nơi ta có thể dựa vào mỗi khi ta vấp ngã."),
    (S3, "Ông thuộc thế hệ thi sĩ trưởng thành trong kháng chiến chống Mĩ."),
    (S3, "Phong cách thơ Bằng Việt trẻ trung, vui tươi, hồn nhiên."),
    (S3, "Bài thơ được in trong tập “Hương cây – Bếp lửa” vào năm 1968."),
    (S3, "Đó là những ngày cùng bà nhóm bếp mỗi sáng sớm."),
    (S4, "Trong kí ức tuổi thơ của người cháu nhỏ, bà và bếp lửa là hai hình ảnh không thể tách rời."),
    (S4, "Chính bởi những điều đó, bếp lửa và bà trở thành hai hình ảnh thơ độc đáo, có mối quan hệ khăng khít không thể tách rời."),
    (S4, "Đó là hình ảnh bếp lửa và hình ảnh người bà."),
    (S6, "Mạch cảm xúc của bài thơ đi từ hồi tưởng đến hiện tại, từ kỉ niệm đến suy ngẫm."),
    (S6, "Điều đó được gợi ra qua hình ảnh bếp lửa quê hương và hình ảnh người bà."),
    (S6, "Ông là nhà thơ trưởng thành trong thời kì kháng chiến chống Mĩ cứu nước."),
    (S7, "Hình ảnh bếp lửa, ngọn lửa luôn luôn gắn bó với người bà thân yêu."),
    (S7, "Dù đang sống và học tập ở phương xa, đứa cháu vẫn luôn nhớ khôn nguôi về người bà đôn hậu và bếp lửa ở quê nhà."),
    # vatlythienvan.com, vungoi.vn, dlib.dnpu.edu.vn, vi.411answers.com, cewbooks.vn, vi.scienceforming.com,
    # vietnamnet.vn, kienthuc.net.vn, trainghiemsong.vn (astronomy: the solar system, Mars)
    (A1, "Hệ Mặt Trời, còn được gọi là Thái Dương Hệ, là một hệ hành tinh có ngôi sao Mặt Trời ở trung tâm và rất nhiều thiên thể di chuyển trong vùng chịu ảnh hưởng bởi lực hấp dẫn của Mặt Trời."),
    (A2, "Trong hệ Mặt Trời, các hành tinh quay quanh Mặt Trời còn các vệ tinh quay quanh các hành tinh."),
    (A2, "Khoảng cách từ các hành tinh khác nhau tới Mặt Trời là khác nhau."),
    (A2, "Các hành tinh chuyển động quanh Mặt Trời với chu kì khác nhau."),
    (A3, "Khối lượng của chúng không đủ để tạo ra các phản ứng tổng hợp hạt nhân giúp chúng phát sáng được như các ngôi sao nên hành tinh là các thiên thể tối."),
    (A3, "Chúng chuyển động quanh ngôi sao theo các quĩ đạo hình elip với chu kì xác định."),
    (A4, "Tuổi của mặt trời là khoảng 4,5 tỷ năm."),
    (A4, "Tám hành tinh xoay quanh mặt trời."),
    (A4, "Có thời điểm, sao Diêm Vương là hành tinh thứ chín, nhưng tính đến tháng 8 năm 2006, nó được xếp vào loại hành tinh lùn."),
    (A5, "Trên Mặt Trời luôn xảy ra các phản ứng hạt nhân sinh ra lượng nhiệt vô cùng lớn và tỏa ra khắp các hành tinh."),
    (A6, "Hành tinh gần Mặt trời nhất là Sao Thủy, cũng là hành tinh có kích thước nhỏ nhất."),
    (A6, "Hành tinh lớn nhất là Sao Mộc."),
    (A6, "Bất thường nhất là sao Thổ."),
    (A6, "Xa Mặt Trời nhất là Sao Hải Vương."),
    (A6, "Những hành tinh này có một số lượng lớn vệ tinh."),
    (A7, "Có giả thuyết cho rằng cách nay chừng 40 triệu năm, có hai thiên thạch rơi vào trọng trường của sao Hoả, bị giữ lại bay quanh sao Hoả mà không thoát ra được khỏi sức hút của nó."),
    (A7, "Trên hai vệ tinh thiên nhiên này có vô số hố thiên thạch nhỏ hơn."),
    (A8, "Sao Hỏa là hành tinh nhỏ thứ hai trong hệ Mặt Trời chỉ đứng sau sao Kim."),
    (A8, "Ở sao Hỏa bạn có thể nhảy cao hơn gấp 3 lần so với ở trên Trái đất."),
    (A8, "Thay vì là hành tinh đỏ, có lẽ một cái tên thích hợp hơn sẽ là hành tinh han gỉ."),
    (A9, "Một ngày trên sao Hỏa dài hơn 24 giờ."),
    (A9, "Sao Hỏa quay chậm hơn do ở xa Mặt Trời nên 1 năm = 687 ngày trái đất."),
    (A9, "Mặc dù được phân tích là khá khắc nghiệt, Sao Hỏa được cho là nơi định cư thích hợp trong tương lai."),
    # mobile.coviet.vn, doanhnghiepvn.vn, khoahocphattrien.vn, sgd.edu.vn, nguoihanoi.vn, hovanvanmieu.vn, thatim.com,
    # daichung10.blogspot.com (biographies of Lương Thế Vinh)
    (V1, "Từ bé Lương Thế Vinh đã nổi tiếng trong việc học, việc chơi."),
    (V1, "Ông học rất mau thuộc, mau hiểu, mà chơi cũng rất tài tình."),
    (V1, "Cậu rất thích thả diều, câu cá, bẫy chim cùng với các trẻ chăn trâu."),
    (V1, "Năm Quý Mùi 1463, niên hiệu thứ 4, ông đỗ trạng nguyên 23 tuổi."),
    (V2, "Tỉnh Nam Định tự hào là đất học, nơi sản sinh ra nhiều nhân tài cho đất nước."),
    (V2, "Ông xuất thân trong gia đình không có truyền thống học hành, song lại thông minh hơn người, tinh thông văn thơ kinh sử, giỏi tính toán."),
    (V2, "Đây là cuốn sách toán học đầu tiên của nước ta, bên trong trình bày về các phương pháp tính toán."),
    (V2, "Cuốn Toán Pháp Đại Thành được đưa vào chương trình giáo dục và khoa cử suốt hơn 400 năm, đủ cho thấy nó có tầm quan trọng, ý nghĩa ra sao."),
    (V2, "Sinh thời, Lương Thế Vinh được biết đến nhiều hơn với biệt danh Trạng Lường."),
    (V3, "Ông là người biết kết hợp giữa chơi và học nên không gò bó mà vẫn đạt kết quả cao."),
    (V3, "Ông học một biết mười và muốn đem kiến thức trong sách vở ứng dụng vào cuộc sống."),
    (V3, "Lúc thả diều, Lương Thế Vinh tìm ra cách để đo chiều dài của dây, độ cao của diều."),
    (V3, "Một hôm sắp đến kỳ thi, Lương Thế Vinh sang tìm Quách Đình Bảo để bàn chuyện về kinh ứng thí."),
    (V5, "Lương Thế Vinh là người làng Cao Hương, huyện Thiên Bản (thuộc huyện Vụ Bản, tỉnh Nam Định ngày nay)."),
    (V5, "Ông không ham công danh phú quý, sống trung trực và tính cách hay khôi hài."),
    (V5, "Khi về hưu, Ông sống giản dị ở quê nhà."),
    (V6, "Thời niên thiếu, Lương Thế Vinh đã nổi tiếng là thần đồng, thông minh, nhanh trí."),
    (V6, "Lương Thế Vinh đã nghĩ ra cách đo bóng cây và chiều dài của cây."),
    (V6, "Chưa đầy hai mươi tuổi, tài học của Lương Thế Vinh đã nổi tiếng khắp vùng Sơn Nam."),
    (V7, "Cuộc đời 32 năm làm quan, Lương Thế Vinh đều ở Viện hàn lâm, giữ đến chức Hàn lâm Thị thư chưởng Hàn lâm viện sự, đứng đầu Viện hàn lâm."),
    (V7, "Ngoài ra, ông còn đam mê toán học và rất yêu thích văn nghệ, đặc biệt là hát chèo."),
    (V7, "Ông có biệt tài về ngoại giao, được nhà vua tin yêu, giao trọng trách soạn thảo văn từ bang giao và đón tiếp sứ thần nước ngoài."),
    (V8, "Ông cũng còn được biết đến là một trong 28 nhà thơ của hội Tao Đàn do vua Lê Thánh Tông lập năm 1495."),
    (V9, "Lần nọ, Vinh cùng bạn bè ngồi chơi dưới gốc cổ thụ."),
    (V9, "Thuở nhỏ, ông đã nổi tiếng học nhanh, sáng trí, sáng tạo trong việc học và chơi."),
    # congan.com.vn, vnexpress.net, baogialai.com.vn, plo.vn (storm reports)
    (X1, "Khu vực chịu ảnh hưởng của bão là phía Bắc của khu vực Bắc Biển Đông; độ rủi ro thiên tai cấp 4."),
    (X2, "Dự báo, tâm bão sẽ đi gần như song song bờ biển miền Trung từ Đà Nẵng trở lên nên tác động sẽ tăng dần theo hướng từ Đà Nẵng đến Nghệ An trong hôm nay."),
    (X2, "Những giờ tiếp theo bão đi sâu vào đất liền và suy yếu thành vùng áp thấp ở Thượng Lào."),
    (X3, "Để ứng phó cơn bão mạnh, từ ngày 26/9, các tỉnh từ Quảng Bình tới Bình Thuận đã rà soát, sẵn sàng sơ tán 868.230 dân."),
    (X3, "Chỉ khoảng 3 phút, hàng loạt mái nhà đổ sập tạo tiếng nổ như bom."),
    (X3, "Thống kê ban đầu có 300 nhà dân, cửa hàng, chợ bị tốc mái, 2 nhà sập hoàn toàn, 4 người bị thương được đưa đi cấp cứu."),
    (X4, "Nguy cơ ngập úng xảy ra ở vùng trũng thấp ven biển, cửa sông, đầm phá tại các tỉnh Quảng Bình, Quảng Trị, Thừa Thiên Huế, Đà Nẵng."),
    (X5, "Tuy nhiên, ông Tăng cũng cho biết khi cơn bão đi sâu vào đất liền sẽ suy yếu nhanh và chỉ còn gió của áp thấp nhiệt đới (dưới cấp 8)."),
    (X5, "Ông Tăng cho biết diễn biến bất ngờ nhất là chiều tối 27-10 bão mạnh lên nhanh chóng."),
    (X5, "Diễn biến này tất cả các đài khí tượng không lường được."),
    (X6, "Cơ quan khí tượng đánh giá đây là cơn bão di chuyển nhanh gần gấp đôi tốc độ trung bình, cường độ mạnh, phạm vi ảnh hưởng rộng, có thể gây tác động tổng hợp của nhiều loại hình thiên tai như gió mạnh, mưa lớn, lũ, lũ quét, sạt lở đất và ngập lụt ven biển."),
]

# (a key naming one sentence of SPAM_PAGES, the word replaced, the place); tokens are dealt by ``deal`` below.
CASES = [
    # start
    ("Ông sống với bà", "Ông", "start"),
    ("Đó là những ngày", "Đó", "start"),
    ("Mạch cảm xúc của bài thơ", "Mạch", "start"),
    ("Trong hệ Mặt Trời", "Trong", "start"),
    ("Tám hành tinh", "Tám", "start"),
    ("Bất thường nhất", "Bất", "start"),
    ("Cậu rất thích thả diều", "Cậu", "start"),
    ("Khi về hưu", "Khi", "start"),
    ("đã nghĩ ra cách đo bóng cây", "Lương", "start"),
    ("Diễn biến này", "Diễn", "start"),
    ("Trên hai vệ tinh", "Trên", "start"),
    ("Lần nọ", "Lần", "start"),
    ("Mặc dù được phân tích", "Mặc", "start"),
    # end
    ("tham gia chiến đấu", "đấu", "end"),
    ("vui tươi, hồn nhiên", "nhiên", "end"),
    ("Trong kí ức tuổi thơ", "rời", "end"),
    ("Đó là hình ảnh bếp lửa", "bà", "end"),
    ("các thiên thể tối", "tối", "end"),
    ("Sao Hải Vương", "Vương", "end"),
    ("trong việc học, việc chơi", "chơi", "end"),
    ("đạt kết quả cao", "cao", "end"),
    ("thông minh, nhanh trí", "trí", "end"),
    ("ở Thượng Lào", "Lào", "end"),
    ("mạnh lên nhanh chóng", "chóng", "end"),
    ("hành tinh han gỉ", "gỉ", "end"),
    ("đặc biệt là hát chèo", "chèo", "end"),
    # function
    ("trở về sau một chặng", "sau", "function"),
    ("được in trong tập", "trong", "function"),
    ("được gợi ra qua", "qua", "function"),
    ("nhớ khôn nguôi về", "về", "function"),
    ("Khoảng cách từ", "từ", "function"),
    ("với chu kì khác nhau", "với", "function"),
    ("toán học đầu tiên của nước ta", "của", "function"),
    ("kiến thức trong sách vở", "trong", "function"),
    ("tìm ra cách để đo", "để", "function"),
    ("tăng dần theo hướng", "theo", "function"),
    ("ảnh hưởng của bão là phía Bắc", "của", "function"),
    ("biệt tài về ngoại giao", "về", "function"),
    ("chỉ đứng sau sao Kim", "sau", "function"),
    # name
    ("du học ở Liên Xô", "Xô", "name"),
    ("quê ở Thạch Thất", "Thạch", "name"),
    ("chống Mĩ cứu nước", "Mĩ", "name"),
    ("Thái Dương Hệ", "Dương", "name"),
    ("sao Diêm Vương", "Diêm", "name"),
    ("là Sao Thủy", "Thủy", "name"),
    ("lớn nhất là Sao Mộc", "Mộc", "name"),
    ("Tỉnh Nam Định", "Định", "name"),
    ("tìm Quách Đình Bảo", "Quách", "name"),
    ("người làng Cao Hương", "Hương", "name"),
    ("khắp vùng Sơn Nam", "Sơn", "name"),
    ("biệt danh Trạng Lường", "Lường", "name"),
    ("Thừa Thiên Huế", "Thừa", "name"),
    # inner
    ("kỷ niệm ngọt ngào", "ngào", "inner"),
    ("thế hệ thi sĩ trưởng thành", "trưởng", "inner"),
    ("quan hệ khăng khít", "khăng", "inner"),
    ("luôn luôn gắn bó", "gắn", "inner"),
    ("theo các quĩ đạo", "quĩ", "inner"),
    ("Trên Mặt Trời luôn xảy ra", "phản", "inner"),
    ("một số lượng lớn", "lượng", "inner"),
    ("mà chơi cũng rất tài tình", "tài", "inner"),
    ("không có truyền thống", "truyền", "inner"),
    ("tính cách hay khôi hài", "khôi", "inner"),
    ("áp thấp nhiệt đới", "nhiệt", "inner"),
    ("cường độ mạnh", "cường", "inner"),
    ("sáng trí, sáng tạo", "tạo", "inner"),
    # number
    ("chia làm 4 phần", "phần", "number"),
    ("khoảng 4,5 tỷ năm", "tỷ", "number"),
    ("trạng nguyên 23 tuổi", "tuổi", "number"),
    ("suốt hơn 400 năm", "năm", "number"),
    ("sơ tán 868.230 dân", "dân", "number"),
    ("Chỉ khoảng 3 phút", "phút", "number"),
    ("có 300 nhà dân", "nhà", "number"),
    ("chừng 40 triệu năm", "triệu", "number"),
    ("gấp 3 lần", "lần", "number"),
    ("dài hơn 24 giờ", "giờ", "number"),
    ("687 ngày trái đất", "ngày", "number"),
    ("Cuộc đời 32 năm", "năm", "number"),
    ("trong 28 nhà thơ", "nhà", "number"),
]

# Tokens by shape, each from a real list (see SOURCES): VN = bigdargon/hostsVN extensions/source/gambling-VN.txt,
# AU = alsyundawy/TrustPositif gambling-au.txt (offshore casinos aimed at Australian players).
TOKENS = {
    "domain": ["mibet.mobi", "vietbet.eu", "taimacau.club", "v7ac.com", "bcb80.com", "wellviet.net", "sunvin.vin",
               "ozwin.casino", "thunderpick.io", "rollxo.com", "rooli.com", "koalaroyal.com", "spacelilly.com"],
    "letter-digit": ["Lux39", "Dola88", "Kimsa338", "Corona999", "Goal86", "Hotlive8", "Mansion66", "Rbc818",
                     "Hell888", "Kahuna777", "Lukki77", "Jeetcity4", "Mrpacho1"],
    "CamelCase": ["VuaBai9", "XemDaBanh", "ThethaoVip", "NhanThuong88", "LangVuiChoi", "ReelsOfJoy", "JoeFortune",
                  "GrandRush", "CometRoom", "KingsChance", "AzureHand", "NinjaSpins", "GoodmanCasino"],
    "lower-case": ["gdwviet", "trungso", "sodovn", "keotot", "sieukeo", "dabet", "spintropolis", "slotastic", "ilucki",
                   "kimvegas", "katsubet", "pokizino", "abigcandy"],
    "digit-led": ["12b99", "123b333", "3baocasino", "271games", "133fun", "1288true", "475p7", "777bay", "7reels",
                  "50crowns", "21dukes", "1neon54", "5gringos1"],
    "hyphenated": ["cherry-gold.club", "fair-go", "pokie-surf", "reddog-online", "ripper-pokies", "payid-gambler",
                   "boomerang-casino", "emu-casino", "spartan-slots", "red-stag-casino", "hell-spin.io", "bo-vegas",
                   "box-24casino"],
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

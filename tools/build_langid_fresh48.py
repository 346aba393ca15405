"""Build ``benchmarks/data/langfresh48/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata48.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh48.py``. Same format as langfresh14-47
(``benchmarks/langid.py --data benchmarks/data/langfresh48 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 48) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved.

As in langfresh22-47, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-06) on welding and thermal cutting of metal: welding processes (MIG, MAG,
  TIG, WIG, SMAW, GMAW, GTAW, FCAW, SAW, RSW, Spot welding, laser), welding machines (Mosfet, IGBT, inverter,
  220V, 380V, AC, DC, DCEN), shielding gases (Argon, Helium, CO2, O2, Ar+2% CO2), filler metals and alloys (1XXX,
  4043, 304/304L, 316/316L, Duplex (2205), austenitic), welder qualification (AWS D1.1, ASME Section IX, ISO
  9606-1, 2G-6G, 3g, WPS, RT, UT, TCVN), weld defects (Cracks, Lack of Fusion), plasma and laser cutting
  (CNC, EDM, Hypertherm, MIT, 40-400A, 2000mm/phút) and eye protection (PPE, ANSI Z87.1-2010, self-dimming) -- a
  topic no earlier control had (an NFC, case-blind search of every earlier langfresh .tsv finds none of "que hàn",
  "mối hàn", "thợ hàn", "hàn TIG", "hàn MIG", "argon"; "máy hàn" and "plasma" only inside "điện máy hàng" and
  "Plasmacluster").
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages on the blacksmith villages of Viet
  Nam (nghề rèn: Đa Sỹ in Hà Đông, Phúc Sen of the Nùng An in Cao Bằng, Hiền Lương in Phong Điền, Tiến Lộc in
  Thanh Hóa, Vân Chàng in Nam Định and Hồng Lĩnh), one syllable replaced by one token (its first whole-word
  occurrence; columns: split, spam text, token, original word, original sentence, place), 13 at each of six places:
  ``start``, ``end``, ``function``, ``name``, ``inner`` and ``number`` (as langfresh22-47). Every row ``blind``. No
  earlier set has this topic (an NFC, case-blind search of every earlier langfresh .tsv finds none of "nghề rèn",
  "lò rèn", "thợ rèn", "làng rèn"). The sentences hold no Latin letter outside Vietnamese spelling (f, j, w, z, Ð),
  no one-letter consonant word, no Roman numeral, no acronym and no unit glued to a number.

Tokens (``TOKENS``; sources in the set's SOURCES): names from three real lists with open licences that no earlier
set read (see the SOURCES of langfresh21-47 for theirs; langfresh44 looked at the first and did not use it): the
gambling list of TonbiLX/qorwall-blocklists (CC0 1.0: Turkish banned betting sites and global bookmakers), the
gambling list of mmcohen-tech/geder-blocklists (MIT: US sportsbooks, sweepstakes casinos, skin gambling, prediction
markets) and the spam hosts of FadeMind/hosts.extras ``add.Spam`` (GPLv3+, a mirror of hostsfile.org's spam hosts:
e-mail, affiliate and "free offer" spam hosts), written as spam writes them: 16 full domains, 2 letter-digit names,
1 digit-led name, 4 hyphenated names, 35 CamelCase names and 20 bare lower-case names. None is an earlier set's
token, in spam_brands.txt or the held-out stems, or a string inside any file of tests/, tools/, benchmarks/ or
mtpipe/ (gzip tables included; the hyphen-less forms of the hyphenated names and, for the names with digits, their
letter parts of 3 letters or more too), none holds a brand stem of spam_brands.txt, a held-out stem or an earlier
token of 4 letters or more, and no token's name is inside another's (all checked before any run; ``check_new`` and
``main`` repeat the checks that need no search of the tree). ``deal`` orders each shape's tokens with the seed and
deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh48"
SEED = 48
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
F1 = 'https://daotaohan.edu.vn/goc-ky-thuat-giai-phap-han-nhom-hop-kim-nhom/'
F2 = 'https://topcargo.vn/may-han-phu-kien/may-han-mig/page/1'
F3 = 'https://phongvan.org/may-han-dien-que-han-nguyen-ly-cau-tao-va-ung-dung'
F4 = 'https://cncprovn.com'
F5 = 'https://blog.duybien.com/2025/09/wps-f5.html'
F6 = 'https://thuvientailieu.org/bai-giang-han-ho-quang-tay-han-que-3649'
F7 = 'https://dungcudiencamtaygiare.blogspot.com/2021/03/so-sanh-may-han-mosfet-va-igbt-loai-nao.html'
F8 = 'https://isito.vn/cau-tao-va-nguyen-ly-hoat-dong-cua-may-han-dien-tu/'
F9 = 'https://mayhandiench.blogspot.com/2016/06/may-han-ien-cong-nghe-inverte-trong-may.html'
F10 = 'https://linhkiendtdd.vn/tin-cong-nghe/nguyen-ly-hoat-dong-cua-may-han-dien-tu-n1576'
F11 = 'https://inoxcuongthinh.com/han-tig-inox-a-z-ky-thuat-vat-lieu-bu-va-meo-moi-han-ngau'
F12 = 'https://hwc.com.vn/khai-niem-ve-phuong-phap-han-khi-tro-wolfram-tig/'
F13 = 'https://caodangcongnghe.edu.vn/giai-ma-cac-tieu-chuan-quoc-te-aws-asme-iso-va-viet-nam-tcvn-trong-chung-chi-han-2g-6g-mig-tig'
F14 = 'https://www.vietmach.com/2015/12/co-so-cua-chung-chi-han-quoc-te.html'
F15 = 'https://ltaedu.com/quy-tac-ma-hoa-cua-cac-vi-tri-han-ket-cau.html'
F16 = 'https://blog.duybien.com/2025/05/huong-dan-kiem-tra-va-chung-nhan-tho-han.html'
F17 = 'https://caodangcongnghe.edu.vn/quy-dinh-phap-ly-va-tieu-chuan-ky-nang-nghe-quoc-gia-doi-voi-chung-chi-tho-han'
F18 = 'https://cuahangbaoholaodong.com/kinh-han-la-gi'
F19 = 'https://cokhihaiminh.com/gia-cong-han-inox'
F20 = 'https://www.linghan1.com/vi/blog/can-portable-laser-welding-machines-enhance-your-workshop-productivity'
F21 = 'https://congtythanhthieny.com/?p=976'
F22 = 'https://dientuviet24h.com/may-han-laser-ung-dung-phan-loai-may-han-tia-laser'
F23 = 'https://congnghe68.net/may-han-laser-su-cai-tien-cua-cong-nghe-han-laser/'
F24 = 'https://vegatec.com.vn/ung-dung-cua-may-cat-plasma-trong-cong-nghiep/'
F25 = 'https://vegatec.com.vn/thong-so-may-cat-plasma'
F26 = 'https://vegatec.com.vn/so-sanh-cat-oxy-gas-plasma-laser'
F27 = 'https://vi.sunnaintls.com/news-show-1043823.html'
F28 = 'https://minhtrieu.vn/gia-cong-co-khi-chinh-xac/nguyen-ly-lam-viec-cua-may-cat'
F29 = 'https://mocxich.vn/khuyet-tat-han-nguyen-nhan-va-cach-khac-phuc'
F30 = 'https://inoxcuongthinh.com/10-loi-han-inox-chay-canh-ro-khi-nut-cach-phong-tranh/?p=1395'
F31 = 'http://jvmb.com.vn/tin-tuc-1/may-han-diem-va-nhung-dieu-can-biet.html'
F32 = 'https://welderprofessor.com/spot-welder-a-machine-that-can-do-anything/'
F33 = 'https://mayhantanthanh.com/huong-dan-su-dung-may-han-bam-han-diem/'
F34 = 'https://zert.com.vn/dac-diem-dung-khi-bao-ve-trong-han-mig/'
F35 = 'https://dgwelding.vn/blogs/han-5-4-qua-trinh-han-day-loi-thuoc-khi-bao-ve-fcaw-g/chon-khi-bao-ve-khi-han-mig-mag'
F36 = 'https://vegatec.com.vn/huong-dan-thuc-hien-cong-nghe-han-mig'
F37 = 'https://khihanoi.com/cach-lua-chon-khi-bao-ve-phu-hop-cho-han-tig-mig'

CLEAN = [
    (F1, 'Với những ưu điểm vượt trội, quá trình hàn MIG nhôm ngày càng được áp dụng rộng dãi trong sản xuất chế tạo nhôm.'),
    (F1, 'Quá trình hàn MIG nhôm cho năng suất cao, độ ngấu tốt, khả năng áp dụng rộng dãi và đặc biệt yêu cầu kỹ năng tay nghề thợ hàn không quá khắt khe như hàn TIG hay hàn SMAW.'),
    (F1, '1XXX – Nhôm nguyên chất: không bao gồm nguyên tố hợp kim nào và thuộc nhóm không nhiệt luyện được.'),
    (F1, 'Chúng tương đối dễ hàn với các mác dây hàn 1100 và 4043.'),
    (F2, 'Máy hàn MIG (Metal Inert Gas) hay còn gọi là máy hàn khí bảo vệ, là thiết bị hàn hiện đại sử dụng dây hàn liên tục được cấp tự động trong môi trường khí bảo vệ.'),
    (F2, 'Năm 2025, máy hàn MIG tiếp tục khẳng định vị thế trong ngành công nghiệp chế tạo với những cải tiến vượt trội về công nghệ và hiệu suất.'),
    (F2, 'MIG là viết tắt của Metal Inert Gas, chỉ kỹ thuật hàn sử dụng dây hàn liên tục trong môi trường khí trơ bảo vệ.'),
    (F3, 'Phương pháp này còn được gọi là hàn hồ quang tay (SMAW – Shielded Metal Arc Welding), sử dụng que hàn có vỏ thuốc để tạo hồ quang và che chắn vùng hàn.'),
    (F3, 'Khi bật máy hàn, nguồn điện sẽ cung cấp dòng điện xoay chiều (AC) hoặc một chiều (DC) đến que hàn.'),
    (F3, 'Khi chạm que hàn vào kim loại, sẽ hình thành hồ quang điện – một luồng plasma cực nóng (lên đến 5.000 – 7.000°C).'),
    (F4, 'Phương pháp này dùng hồ quang được tạo ra bởi điện cực Tungsten và dùng khí trơ (khí Argon) để bảo vệ mối hàn.'),
    (F4, 'Gas vonfram hàn hồ quang ( GTAW ), còn được gọi là vonfram khí trơ ( TIG ) hàn , là một hàn hồ quang quá trình sử dụng một tổ chức phi tiêu hao vonfram điện cực để tạo ra các mối hàn .'),
    (F1, 'Nhôm và hợp kim nhôm không có từ tính, hệ số dãn nở nhiệt của nhôm cao gấp 2 lần của thép, có độ bền không cao nhưng có tính dẻo tuyệt vời, đặc biệt là ở nhiệt độ dưới 0oC.'),
    (F5, 'Chỉ khi nào thay đổi quá trình hàn mới đổi dây, ngoài trừ các dây FCAW, GMAW, SAW đôi khi gặp có thể thay thế lẫn lộn nhau, nhưng ít lắm.'),
    (F5, 'Bare/Solid: dây trần/đặc - MIG/MAG, SAW, GTAW.'),
    (F5, 'Covered: que hàn điện, thuốc hàn nằm bên ngoài - SMAW.'),
    (F6, 'Dùng được cả dòng một chiều(DC) và xoay chiều(AC).'),
    (F7, 'Máy hàn điện tử được ứng dụng 1 trong 2 công nghệ hiện đại nhất hiện nay là Mosfet và IGBT.'),
    (F7, 'Mosfet và IGBT là tên gọi của 2 công nghệ được trang bị trong máy hàn điện tử.'),
    (F7, 'Công nghệ Mosfet là đời cũ được ứng dụng vào năm 1947 còn công nghệ IGBT là thế hệ mới được đưa vào áp dụng vào năm 1982.'),
    (F7, 'Có 12 con Mosfet được chia cho 2 bo mạch.'),
    (F8, 'Trên thị trường hiện nay, có rất nhiều loại máy hàn điện tử khác nhau như máy hàn que, máy hàn TIG, máy hàn MIG, mỗi loại được thiết kế để phục vụ cho những mục đích hàn cụ thể.'),
    (F8, 'Hãy cùng Isito.vn đi sâu vào tìm hiểu cấu tạo và nguyên lý hoạt động của máy hàn điện tử nhé!'),
    (F8, 'Nguồn điện vào: Máy hàn điện tử có thể sử dụng điện áp 220V (dân dụng) hoặc 380V (công nghiệp) tùy vào công suất và mục đích sử dụng.'),
    (F8, 'Mỏ hàn và kẹp mass: Đây là hai bộ phận không thể thiếu của bất kỳ máy hàn điện nào.'),
    (F9, 'máy hàn điện inventer là loại máy hàn được thiết kế nhỏ gọn, có thể xách tay được, dễ dàng di chuyển khi hàn ở công trường, máy hàn inverter cho chất lượng hàn cao, có thể ứng dụng hàn nhiều quy trình như hàn hồ quang tay, hàn MIG, TIG, hàn dây lõi thuốc, cắt đục kim loại và hàn ở chế độ dòng xung.'),
    (F9, 'Nhẹ hơn: Máy hàn thế hệ mới chỉ nặng 4kg, bằng 1/5 máy hàn biến áp cùng dòng ra.'),
    (F10, 'Đây là loại sản phẩm sở hữu công nghệ biến tần IGBT nhằm mục đích biến đổi nguồn điện thành một chiều lên một tần số cao hơn.'),
    (F10, 'Dựa vào nguyên lý hoạt động của máy hàn điện tử có thể chia thành nhiều loại khác nhau như: máy hàn que, máy hàn Tig, máy hàn Mig,...'),
    (F10, 'Sử dụng công nghệ inverter nên tiêu tốn ít năng lượng.'),
    (F11, 'Hàn TIG inox là phương pháp cho mối hàn sạch, chính xác và bền, đặc biệt quan trọng trong lắp dựng bồn bể, đường ống, kết cấu và gia công mỹ thuật.'),
    (F11, 'Bài viết này là hướng dẫn thực hành đầy đủ: kỹ thuật, lựa chọn vật liệu bù, thiết lập thông số, back purge, xung TIG và xử lý bề mặt để đạt mối hàn vừa đẹp vừa ngấu, hạn chế biến dạng và chống ăn mòn lâu dài.'),
    (F11, 'Lưu ý: Hầu hết thép không gỉ austenitic (304/304L, 316/316L, 201) hàn TIG ở cực DCEN (DC điện cực âm).'),
    (F11, 'AC chủ yếu dùng cho nhôm/magie.'),
    (F11, 'Duplex (2205): yêu cầu khí bảo vệ và quy trình kiểm soát nhiệt nghiêm ngặt.'),
    (F12, 'Phương pháp hàn này được ra đời vào đầu thế kỷ XX tại Mỹ.'),
    (F12, 'Tại Mỹ người ta gọi phương pháp này là phương pháp hàn TIG (Tungsten Inert Gas), còn ở Đức thì được gọi là WIG ( Wolfram Inert Gas) Theo tiếng Việt thì ta có thể hiểu đây là phương pháp hàn trong môi trường khí bảo vệ là khí trơ mà điện cực không được phép nóng chảy.'),
    (F12, 'Vì điều kiện thời đó còn hạn chế để sản xuất ra các phụ kiện đi kèm như điện cực Wolfram, khí bảo vệ là Argon chính vì vậy người ta chỉ áp dụng phương pháp này để hàn những chi tiết đặc biệt.'),
    (F12, 'Khí dùng để bảo vệ vùng hàn là khí trơ (Argon, Helium) hoặc hỗn hợp của hai khí này theo những tỷ lệ nhất định.'),
    (F13, 'Đặc biệt, các chứng chỉ hàn từ 2G đến 6G sử dụng các phương pháp hàn MIG (Metal Inert Gas) và TIG (Tungsten Inert Gas) được đánh giá dựa trên các tiêu chuẩn này, nhằm đảm bảo rằng thợ hàn có khả năng thực hiện các mối hàn phức tạp trong nhiều điều kiện khác nhau.'),
    (F13, 'Bài viết này sẽ phân tích kỹ thuật chuyên sâu về các tiêu chuẩn AWS, ASME, ISO, và TCVN liên quan đến chứng chỉ hàn 2G-6G MIG TIG, giải thích các mã hiệu, ký hiệu kỹ thuật, quy trình hàn (WPS), và tiêu chí chấp nhận mối hàn.'),
    (F14, 'Trên thực tế, có hàng trăm tiêu chuẩn hàn (welding codes).'),
    (F15, 'Để hiểu được thợ hàn 3g là gì, trước hết bạn cần nắm được quy tắc của vị trí hàn kết cấu.'),
    (F15, 'Cũng theo tiêu chuẩn của Hiệp hội Hàn Hoa Kỳ (American Welding Society – AWS), 3g là vị trí hàn đứng cho mối hàn rãnh.'),
    (F15, 'Hầu hết các mã cho phép thợ hàn kết hợp các vị trí 3g và 4g, mà thường các thợ hàn có đủ điều kiện cho tất cả các vị trí hàn kết cấu cộng với hàn ống với đường kính tối thiểu là 600mm.'),
    (F16, 'Xác định tiêu chuẩn áp dụng như ASME Section IX, AWS D1.1 hoặc ISO 9606-1 tùy vào lĩnh vực (áp lực, kết cấu, quốc tế...).'),
    (F16, 'Gia công mẫu thử theo yêu cầu: kiểu mối nối (butt, fillet), kích thước và vị trí hàn (1G, 2G, 3G, 6G...).'),
    (F16, 'Thợ hàn phải hàn theo quy trình hàn (WPS) được duyệt, với thông số hàn cụ thể như dòng điện, điện áp, tốc độ...'),
    (F16, 'Sử dụng phương pháp RT hoặc UT để kiểm tra các khuyết tật bên trong (nếu tiêu chuẩn hoặc khách hàng yêu cầu).'),
    (F17, 'Bài viết này sẽ phân tích chi tiết về tính pháp lý của chứng chỉ thợ hàn, giá trị của chứng chỉ trong các đợt thanh tra, kiểm tra an toàn lao động, và các tiêu chuẩn TCVN liên quan đến bậc thợ hàn, đồng thời trích dẫn các văn bản pháp luật và thông tư liên quan từ Bộ Lao động – Thương binh và Xã hội.'),
    (F18, 'Kính hàn (Welding Glasses) hay kính bảo hộ là một loại của PPE được sử dụng bởi các thợ hàn để bảo vệ đôi mắt của họ khỏi hơi nóng, tia lửa hoặc tia cực tím và các mảnh vụn bay trong quá trình hàn và cắt.'),
    (F18, 'Nếu không được sử dụng, nó có thể gây ra vết bỏng nghiêm trọng cho giác mạc được gọi là Photokeratitis (viêm giác mạc) hoặc welder’s flash (mắt chói lòe).'),
    (F18, 'Tất cả kính hàn cần phải đạt tiêu chuẩn ANSI Z87.1-2010.'),
    (F18, 'Các loại kính self-dimming (tự mờ) sử dụng được cho hàn hồ quang và cắt plasma cung cấp tầm nhìn tốt hơn khi bắt đầu hồ quang và sau khi nó được dập tắt.'),
    (F18, 'Bài viết được dịch từ SAFEOPEDIA'),
    (F19, 'Gia công hàn inox là công đoạn then chốt để tạo mối nối bền – sạch – thẩm mỹ cho inox 304/316, mang lại độ bền, chống ăn mòn cao nếu tuân thủ đúng quy trình và tiêu chuẩn ISO 9001:2015.'),
    (F19, 'Dựa trên yêu cầu kỹ thuật, chúng tôi lựa chọn giữa hàn TIG (GTAW), MIG (GMAW), laser hoặc hàn lăn để tạo mối hàn kín, ổn định và đẹp.'),
    (F19, 'Các nhóm ngành F&B, y tế, nội thất – kiến trúc, đường ống công nghiệp đều đòi hỏi mối hàn inox có khả năng chống ăn mòn, vệ sinh dễ dàng và đồng đều thẩm mỹ.'),
    (F19, 'Khi quy trình được chuẩn hóa, Quý khách tối ưu được hiệu suất vận hành lẫn tuổi thọ sản phẩm, từ đó kiểm soát tốt CAPEX/OPEX.'),
    (F19, 'Tại Cơ Khí Hải Minh, quy trình được vận hành theo ISO 9001:2015 với WPS/PQR, biểu mẫu QC truy xuất và đội ngũ kỹ sư chủ trì.'),
    (F19, 'Điều này giúp mối hàn ổn định, giảm rework, rút ngắn thời gian nghiệm thu và minh bạch hóa tổng chi phí sở hữu (TCO).'),
    (F20, 'Một nghiên cứu gần đây năm 2025 về hiệu quả gia công cho thấy các xưởng sửa chữa được trang bị máy hàn laser di động có thời gian chu kỳ nhanh hơn khoảng 43% so với phương pháp hàn TIG truyền thống.'),
    (F21, 'Hàn laser là công nghệ ghép nối tiên tiến sử dụng chùm tia laser tập trung để kết hợp các vật liệu, tạo ra các liên kết chính xác và bền.'),
    (F21, 'Bằng cách hiểu các nguyên lý hàn laser và các loại chế độ hàn laser (Dẫn điện và Hàn lỗ khóa), các nhà sản xuất có thể sử dụng hàn laser hiệu quả cho nhiều ứng dụng công nghiệp.'),
    (F22, 'Máy hàn Laser và công nghệ hàn Laser tuy mới xuất hiện ở Việt Nam nhưng đã nhanh chóng trở nên phổ biến.'),
    (F22, 'Máy hàn Laser có thể hiểu đơn giản là thiết bị sử dụng nguồn năng lượng Laser sợi quang, ứng dụng trong việc hàn các vật liệu là kim loại như: sắt, thép, inox, nhôm..'),
    (F22, 'Cùng với đó kết quả vết hàn cũng sáng và sạch hơn so với hàn mig/tig nên được nhiều người yêu thích.'),
    (F23, 'Trong những năm gần đây, mọi người thường sử dụng phương pháp hàn bằng máy hàn Laser.'),
    (F23, 'Máy hàn Laser nhờ cường độ ánh sáng cao sẽ khiến cho vật liệu nhanh chóng bị nóng, thời gian được tính bằng mili giây.'),
    (F24, 'Theo nghiên cứu của Viện Công nghệ Massachusetts (MIT) năm 2023, máy cắt plasma mang lại tốc độ cắt nhanh hơn 5-6 lần so với phương pháp oxy-gas và giảm chi phí vận hành 20-25% so với công nghệ laser.'),
    (F24, 'Tia plasma có khả năng dẫn điện tốt, làm nóng chảy kim loại trong vòng vài giây và tạo ra đường cắt với độ chính xác cao đến 0,1mm.'),
    (F25, 'Theo báo cáo của Hypertherm năm 2024, công nghệ plasma cho phép đạt tốc độ cắt lên đến 2000mm/phút đối với thép carbon dày 10mm, với độ chính xác dao động trong khoảng ±0.5mm.'),
    (F25, 'Tuy nhiên, để khai thác tối đa tiềm năng của công nghệ này, người vận hành cần nắm vững các thông số kỹ thuật then chốt như dòng cắt (40-400A), điện áp hồ quang (100-200V), áp suất khí (4-8 bar), cùng với hiểu biết về chu kỳ làm việc và tốc độ cắt tối ưu.'),
    (F26, 'Theo thống kê của Nielsen năm 2024, số lượng doanh nghiệp sử dụng các phương pháp cắt phân bố như sau: Oxy Gas khoảng 35%, Plasma khoảng 40%, Laser khoảng 25%.'),
    (F26, 'Cùng Vegatec so sánh 3 phương pháp cắt Oxy Gas, Plasma và Laser chi tiết qua bài viết sau.'),
    (F27, 'Cắt plasma CNC là quá trình cắt các vật liệu dẫn điện bằng tia plasma nóng tăng tốc.'),
    (F27, 'Do tốc độ cắt nhanh, độ chính xác cao và chi phí thấp, máy cắt plasma CNC được sử dụng trong nhiều ứng dụng, từ ứng dụng CNC công nghiệp lớn đến các cửa hàng nhỏ theo sở thích.'),
    (F28, 'Cắt dây (EDM): Sử dụng tia lửa điện để ăn mòn vật liệu một cách chính xác.'),
    (F29, 'Khuyết tật hàn là các lỗi xuất hiện trong mối hàn, làm giảm chất lượng, độ bền và khả năng chịu lực của mối nối.'),
    (F29, 'Nứt Nóng và Nứt Lạnh (Cracks)'),
    (F29, 'Không Thấu (Lack of Fusion)'),
    (F30, 'Bài viết này tổng hợp 10 lỗi phổ biến nhất (đặc biệt là cháy cạnh, rỗ khí, nứt), cách nhận biết và phòng tránh bằng thông số, vật liệu và thao tác phù hợp.'),
    (F30, 'Chủ đề này là một mảnh ghép quan trọng trong Cẩm nang Kỹ thuật Liên kết Inox, nhưng nội dung dưới đây đã đủ để bạn áp dụng trực tiếp tại xưởng.'),
    (F30, 'Ưu tiên mác L (thấp C) để hạn chế nhạy cảm hóa (carbide hóa).'),
    (F30, 'MIG cho Inox: Ar+1–2% O2 hoặc Ar+2% CO2; CO2 cao gây oxy hóa.'),
    (F31, 'Máy hàn điểm có 2 loại (hàn điểm 1 phía và hàn điểm 2 phía), nhưng loại máy sử dụng phổ biến nhất tại Việt Nam là hàn bấm từ 2 phía.'),
    (F31, 'Sử dụng an toàn, ít độc hại hơn máy hàn sắt, hàn Tig hay hàn Mig vì không phát sinh nhiều chất độc.'),
    (F32, 'Máy hàn điểm hoặc còn được gọi là Hàn điểm trở (RSW) trên máy hàn là phương pháp hàn tiếp xúc điện, trong đó quá trình hàn không được thực hiện liên tục trên toàn bề mặt tiếp xúc, mà chỉ tại từng điểm riêng lẻ.'),
    (F32, 'Độ dày của khu vực cần hàn, có thể dao động từ 0,02 inch đến 0,118 inch, là rào cản lớn duy nhất cho khả năng sử dụng phương pháp này trên hầu hết các loại kim loại.'),
    (F33, 'Máy hàn bấm hay còn gọi là hàn điểm, hàn chậphàn điểm điện trở Spot welding (RSW) là phương pháp hàn điện tiếp xúc mà mối hàn không thực hiện liên tục trên toàn bộ bề mặt tiếp xúc mà chỉ thực hiện theo từng điểm riêng biệt.'),
    (F33, 'Hàn điểm tiếp xúc được sử dụng rộng rãi trong việc join các tấm thép có chiều dày lên tới 0.125 inch và có thể sử dụng cho rất nhiều loại vật liệu, kể cả kết hợp nhiều vật liệu khác nhau.'),
    (F34, 'Để hiểu hơn các loại khí khi sử dụng cho hàn MIG chúng ta thực hiện một so sánh giữa các loại khí thường sử dụng trong hàn MIG gồm: CO2; hỗn hợp khí 80%Argon/ 20%CO2; hỗn hợp khí 93% Argon +5%CO2+2%O2; hoặc Argon tinh khiết.'),
    (F34, 'CO2 không duy trì hồ quang tốt bằng sử dụng hỗn hợp khí Argon/Co2.'),
    (F35, 'Trong bài viết này, DG Welding (Double Good JSC) xin gửi tới bạn đọc các loại khí thường gặp khi hàn MIG/MAG, cách lựa chọn khí và tính chất cũng như tác dụng của các loại khí bảo vệ khi hàn.'),
    (F35, 'MAG được viết tắt của Metal Active Gas dùng để chỉ quá trình hàn sử dụng khí bảo vệ là khí hoạt tính.'),
    (F35, 'Đôi khi trong thực tế chúng được sử dụng chung là GMAW – Gas Metal Arc Welding.'),
    (F36, 'Công nghệ hàn MIG (Metal Inert Gas) đã trở thành một trong những phương pháp hàn phổ biến nhất trong ngành công nghiệp hiện đại.'),
    (F36, 'Dựa trên nghiên cứu của Welding Journal, 78% chất lượng mối hàn phụ thuộc vào việc lựa chọn thiết bị phù hợp.'),
    (F36, 'Lựa chọn khí bảo vệ đúng có thể tăng hiệu suất hàn lên đến 15% và giảm khói hàn tới 25% (Nguồn: American Welding Society).'),
    (F37, 'Tầm quan trọng của khí bảo vệ trong hàn hồ quang TIG/MIG'),
]

# Spam sentences: pages of the spam cases only.
S1 = 'http://qpvn.vn/tin-video/nghe-ren-lang-da-sy.html'
S2 = 'https://labweb.vtvgo.vn/kho-video/s-viet-nam-da-sy-nhung-tay-bua-nu-851973.html'
S3 = 'http://nxbhanoi.com.vn/chi_tiet_tin/tabid/204/cateID/23/artilceID/20218/language/en-US/Default.aspx'
S4 = 'http://hanoi.qdnd.vn/van-hoa-the-thao/tran-tro-giu-nghe-ren-da-sy-479255'
S5 = 'https://nguoihanoi.vn/ve-da-sy-hom-nay-25410.html'
S6 = 'https://tv.danviet.vn/tag/lang-da-sy'
S7 = 'https://congdongviet.net/?title=Làng_nghề_rèn_Đa_Sỹ_(Hà_Tây)&oldid=15527'
S8 = 'http://vietlandmarks.com/upload/html/dbc47b14e0e43f28d453efd57e57b2ad.html'
S9 = 'https://danviet.vn/print-20210409200102791.htm'
S10 = 'https://dantocmiennui.vn/quang-hoa-tag68456.html'
S11 = 'http://vietsen.net/394-lang-ren-phuc-sen-pn.html?langid=13'
S12 = 'https://hitour.vn/tin-tuc-du-lich-cao-bang/diem-den-cao-bang/lang-ren-phuc-sen-cao-bang'
S13 = 'https://baocaobang.vn/Phongsuanh/392.bcb'
S14 = 'https://www.qdnd.vn/kinh-te/cac-van-de/net-van-hoa-phuc-sen-391178'
S15 = 'https://vanchanghonglinh.com/lang-ren-hoa-lang-hien-luong-tinh-thua-thien-hue'
S16 = 'http://phonghien.thuathienhue.gov.vn/?gd=10&cn=143&tm=10'
S17 = 'https://phonghien.thuathienhue.gov.vn/?cd=3&cn=143&gd=10'
S18 = 'https://huefestival.com/tabid/468/language/vi-VN/Default.aspx/cid/20/pid/91/tid/Lang-nghe-ren-Hien-Luong'
S19 = 'https://danviet.vn/lang-ren.html'
S20 = 'https://tienphong.vn/lang-ren-tram-nam-tuoi-do-lua-phuc-vu-tet-post1810873.tpo'
S21 = 'https://baonamdinh.vn/channel/5093/201203/Lang-ren-Van-Chang-xa-Nam-Giang-huyen-Nam-Truc-2159770'
S22 = 'https://baonamdinh.vn/multimedia/202303/giua-tram-nghe-chon-nghe-tho-ren-47b6f08'
S23 = 'http://baonamdinh.vn/channel/5093/201211/Nhung-bau-vat-cua-lang-ren-Van-Chang-2201958/'
S24 = 'https://baonamdinh.vn/channel/5085/202104/vang-tieng-lang-ren-2543657'
S25 = 'https://vanchanghonglinh.com/van-chang-viet-nam'
S26 = 'https://diadiemnamdinh.com/di-tich-quoc-gia-gan-voi-nghe-ren-truyen-thong-o-nam-dinh'
S27 = 'https://homtoncongso.blogspot.com/2015/03/tim-hieu-lang-nghe-ren-thu-cong-o-nam.html'

SPAM = [
    # start
    (S1, 'Từ xưa đến nay, người dân nơi đây vẫn gìn giữ bí quyết rèn các sản phẩm truyền thống.', 'Từ', 'start'),
    (S1, 'Đó chính là bí quyết của nghề rèn đã được lưu truyền từ nhiều đời nay và cũng là niềm tự hào của những người thợ rèn nơi đây.', 'Đó', 'start'),
    (S2, 'Nghề rèn vốn là công việc nặng nhọc chỉ dành cho những người đàn ông to khỏe, nhưng ít ai biết rằng nơi đây lại có một người phụ nữ đã giữ lửa lò rèn hơn mấy chục năm nay.', 'Nghề', 'start'),
    (S3, 'Không ai biết nghề rèn Đa Sỹ có từ bao giờ.', 'Không', 'start'),
    (S4, 'Đây là một làng nghề cổ với tuổi đời hàng ngàn năm lịch sử, nổi tiếng với nghề rèn truyền thống trải qua nhiều thế hệ.', 'Đây', 'start'),
    (S5, 'Mỗi gia đình sản xuất một loại sản phẩm riêng, nhà thì làm dao tông (dao rựa), nhà thì làm dao nhỏ các loại.', 'Mỗi', 'start'),
    (S7, 'Nhờ vậy đời sống nhân dân được cải thiện, nhân dân càng gắn bó với nghề rèn truyền thống.', 'Nhờ', 'start'),
    (S11, 'Dù một số ngôi nhà khang trang mọc lên song vẫn xây dựng theo lối kiến trúc cũ.', 'Dù', 'start'),
    (S12, 'Để làm ra một con dao sắc, người Nùng An có những bí quyết riêng.', 'Để', 'start'),
    (S14, 'Thuở ban đầu, thế hệ cha ông làm dao để đốn củi; sản xuất nông cụ.', 'Thuở', 'start'),
    (S17, 'Nhớ buổi đầu di dân vào đây khai sơn phá thạch, cày ruộng để ăn, đào giếng để uống, dân làng chỉ sống bằng nghề nông.', 'Nhớ', 'start'),
    (S21, 'Mấy chục năm trở lại đây, làng nghề Vân Chàng từng bước phát triển.', 'Mấy', 'start'),
    (S27, 'Khóa này rất hiếm, khác chìa không dùng được.', 'Khóa', 'start'),
    # end
    (S1, 'Làng Đa Sỹ thuộc Quận Hà Đông, thành phố Hà Nội là một ngôi làng cổ nổi tiếng với nghề rèn có lịch sử hàng trăm năm tuổi.', 'tuổi', 'end'),
    (S1, 'Người ta vẫn truyền tai nhau rằng dao, kéo của làng Đa Sỹ không bao giờ phải mài mà bản thân nó sẽ tự sắc.', 'sắc', 'end'),
    (S3, 'Làng Đa Sỹ còn được biết tới là một trong những làng nghề rèn nổi tiếng và lâu đời tại đồng bằng Bắc Bộ.', 'Bộ', 'end'),
    (S3, 'Dao, kéo của Đa Sỹ còn sang tận cả Đức, Pháp, Mỹ.', 'Mỹ', 'end'),
    (S4, 'Cái hay của làng Đa Sỹ là nghề rèn được truyền từ đời này qua đời khác.', 'khác', 'end'),
    (S5, 'Các mặt hàng dao kéo cũng vô cùng phong phú, nhiều chủng loại mẫu mã.', 'mã', 'end'),
    (S7, 'Sản phẩm được tiêu thụ trên khắp đất nước và một phần được xuất khẩu.', 'khẩu', 'end'),
    (S11, 'Con đường chính ở đây đã được đổ bê tông, nhưng mô hình nhà sàn và lối sinh hoạt của người dân vẫn được giữ nguyên vẹn.', 'vẹn', 'end'),
    (S14, 'Bà con Phúc Sen rất tự hào về làng nghề lâu đời của họ.', 'họ', 'end'),
    (S20, 'Làng quê có truyền thống nghề rèn này hiện đã trải qua hàng trăm năm tuổi.', 'tuổi', 'end'),
    (S24, 'Nghề thợ rèn vất vả lắm, quanh năm làm việc nặng, chịu nóng, chịu ồn.', 'ồn', 'end'),
    (S26, 'Trong khuôn viên đình có nhiều cây cổ thụ tạo không khí mát mẻ, trong lành.', 'lành', 'end'),
    (S27, 'Loại dao này ngày thường, người nông dân đi phát bờ phát góc ruộng rất tiện.', 'tiện', 'end'),
    # function
    (S4, 'Ông Phấn năm nay đã ngoài 80 nhưng hằng ngày ông vẫn gắn bó với cái búa, cái đe cùng những tiếng đập chan chát.', 'với', 'function'),
    (S11, 'Nghề rèn ở Phúc Sen đã có từ hơn 1.000 năm về trước, được kế tục từ thế hệ này sang thế hệ khác đến tận ngày nay.', 'từ', 'function'),
    (S12, 'Hiện nay, ở Phúc Sen có khoảng 160 lò rèn, giải quyết việc làm cho hơn 300 lao động, mang lại thu nhập ổn định cho người dân.', 'cho', 'function'),
    (S12, 'Để giữ được nhiệt, lò nung thép cũng phải làm bằng đá, rồi dùng rơm và trấu làm chất liệu xây lò.', 'bằng', 'function'),
    (S13, 'Nghề rèn của người Nùng ở Phúc Sen (Quảng Uyên) có truyền thống hàng trăm năm qua.', 'của', 'function'),
    (S14, 'Xã có 10 thôn, bản với hơn 400 hộ dân thì 6 thôn, bản với gần 160 hộ làm nghề rèn, trong đó hầu hết là các gia đình người Nùng An.', 'thì', 'function'),
    (S17, 'Quả nhiên đúng như câu nói: “Ruộng đất bề bề không bằng có nghề trong tay”.', 'như', 'function'),
    (S18, 'Bởi vậy mà làng Hiền Lương còn được gọi với cái tên thân thương: Làng Rèn.', 'mà', 'function'),
    (S21, 'Do cơ chế thị trường, hai hợp tác xã cơ khí đã giải thể, song nghề cơ khí ở Vân Chàng lại phát triển chưa từng có.', 'song', 'function'),
    (S23, 'Hiện ở đình thờ tổ nghề rèn làng Vân Chàng còn lưu giữ được một số cổ vật hàng trăm năm tuổi do chính các thợ rèn xưa của làng chế tạo.', 'do', 'function'),
    (S24, 'Gần 40 năm tuổi đời nhưng anh Đông cũng đã có vài chục năm theo nghề.', 'nhưng', 'function'),
    (S25, 'Nghề thủ công nói chung và nghề rèn đang mai một dần trên thế giới cũng như ở Việt Nam.', 'ở', 'function'),
    (S25, 'Tuy vậy hiện nay nhiều làng rèn ở Việt Nam đang thay đổi để tồn tại và phát triển.', 'để', 'function'),
    # name
    (S4, 'Phải tới thời nhà Trần, Đa Sỹ mới chính thức trở thành làng rèn nức tiếng khắp Kinh kỳ khi hai cụ Nguyễn Thuật và Nguyễn Thuần từ Thanh Hóa ra đây truyền dạy cho dân làng bí quyết nghề rèn.', 'Thuật', 'name'),
    (S5, 'Theo Thần phả của các dòng họ để lại, nghề rèn ở làng Đa Sỹ có từ thời Hùng Vương thứ 18.', 'Vương', 'name'),
    (S5, 'Có nhà làm kéo may nổi tiếng, tất cả các nhà may danh tiếng đất Hà Thành đều phải về đây để đặt hàng.', 'Thành', 'name'),
    (S8, 'Đa Sỹ vốn là một ngôi làng cổ với hơn 1.000 năm lịch sử, nguyên thủy có tên là làng Sẽ, sau đổi thành Đan Khê, Huyền Khê, Đan Sỹ, ngày nay gọi là làng Đa Sỹ.', 'Khê', 'name'),
    (S9, 'Cùng cây búa tôi thép và ánh lửa bễ lò này, những người thợ rèn ở Phúc Sen vẫn đỏ lửa giữ nghề, sản xuất nông cụ cho bà con trong vùng cũng như cung cấp cho nhiều địa phương khác nhau, suốt từ Bắc vào Nam.', 'Sen', 'name'),
    (S10, 'Nghề rèn đã có từ rất lâu đời, và gắn bó mật thiết với người Nùng An ở Phúc Sen (Quảng Hòa, Cao Bằng).', 'Hòa', 'name'),
    (S15, 'Dưới thời Gia Long, ông làm việc ở đội Thạch Cơ (máy đá).', 'Long', 'name'),
    (S17, 'Làng đứng chân về phía bắc bên dòng sông Bồ, lấy núi Ba Trục làm án, phía sau là rú Cổ Tháp làm hậu chẩm, tả hữu đồng ruộng cấy lúa hai mùa.', 'Trục', 'name'),
    (S18, 'Dọc theo bờ Bắc con sông Bồ, đoạn chảy qua xã Phong Hiền, huyện Phong Điền ngày ngay, là nơi có làng nghề rèn Hiền Lương rất nổi tiếng.', 'Điền', 'name'),
    (S18, 'Và người có công đưa nghề rèn đến với Hiền Lương được phong làm Tổ sư, được hậu thế lập đền thờ.', 'Lương', 'name'),
    (S24, 'Nằm ở trung tâm thị trấn Nam Giang (Nam Trực), trong nhịp sống hối hả, những thợ rèn ở làng Vân Chàng vẫn giữ được cho mình nghề truyền thống có từ bao đời.', 'Trực', 'name'),
    (S25, 'Núi Hồng Lĩnh có nhiều quặng sắt.', 'Lĩnh', 'name'),
    (S25, 'Truyền thuyết kể rằng Ông Đùng dạy dân Vân Chàng đào quặng trên núi Hồng Lĩnh để về luyện thành sắt.', 'Đùng', 'name'),
    # inner
    (S3, 'Sản phẩm của làng rèn Đa Sỹ rất bền bởi kỹ thuật tôi thép điêu luyện của người làng Đa Sỹ.', 'luyện', 'inner'),
    (S12, 'Nghề rèn thủ công truyền thống của người Nùng An đã mang lại cuộc sống ấm no cho người dân xã Phúc Sen, huyện Quảng Uyên, tỉnh Cao Bằng.', 'công', 'inner'),
    (S12, 'Ban đầu, làng chỉ rèn các nông cụ phục vụ sản xuất nông nghiệp và vật dụng sinh hoạt.', 'vụ', 'inner'),
    (S16, 'Hoa Lang được thành lập từ năm Ất Sửu (1445).', 'lập', 'inner'),
    (S16, 'Mỗi thế hệ, mỗi triều đại kế tiếp đều không ngừng mở mang địa giới, xây dựng kinh tế, phát triển văn hóa lập ra quy ước, hương ước để quản lý làng xã.', 'triều', 'inner'),
    (S17, 'Trong nhóm hậu tập ấy có một vị biết làm nghề rèn, ông chuyên rèn các dụng cụ phục vụ sản xuất nông nghiệp.', 'tập', 'inner'),
    (S19, 'Nghề rèn nơi đây đã có từ hàng trăm năm và cũng là nghề chủ lực của địa phương, mang lại hiệu quả kinh tế ổn định.', 'lực', 'inner'),
    (S21, 'Thời xa xưa Vân Chàng chỉ sản xuất được một số mặt hàng đơn điệu mang tính thủ công như dao, kéo, bản lề, đinh, ốc vít, bếp kiềng, cuốc xẻng, răng cào...', 'điệu', 'inner'),
    (S22, 'Thông thường mỗi phôi có kích thước dài từ 1 mét.', 'thước', 'inner'),
    (S23, 'Đây là những cổ vật do chính các bậc tiền bối trong làng chế tạo.', 'bối', 'inner'),
    (S24, 'Theo các cụ cao niên trong làng, nghề rèn được du nhập vào Vân Chàng cách đây hơn 700 năm, từ thời Vua Trần Nhân Tông.', 'niên', 'inner'),
    (S24, 'Không chỉ lập đền thờ, những thợ nghề ở Vân Chàng đời này qua đời khác đều có ý thức giữ gìn và nối tiếp nghề.', 'thức', 'inner'),
    (S25, 'Làng rèn Vân Chàng Hồng Lĩnh theo tương truyền có từ thời Lý.', 'tương', 'inner'),
    # number
    (S2, 'Hiện tại, Đa Sỹ có khoảng 900 hộ dân làm nghề rèn.', 'hộ', 'number'),
    (S3, 'Trước đây có một thời 3 nước Việt Nam, Lào, Campuchia thuộc khu vực Đông Dương là nơi tiêu thụ hàng của làng Đa Sỹ.', 'nước', 'number'),
    (S6, 'Suốt hơn 30 năm qua có một bóng hồng luôn miệt mài giữ lửa nghề rèn dao kéo đó là bà Đỗ Thị Tuyến nghệ nhân nữ đầu tiên cùa làng nghề rèn Đa Sỹ.', 'năm', 'number'),
    (S7, 'Trước năm 1996, cả làng chỉ có hơn 300 lò rèn, làm ra hơn 2 triệu sản phẩm một năm.', 'lò', 'number'),
    (S9, 'Là xã vùng cao của huyện Quảng Uyên, Phúc Sen hiện có hơn 400 hộ đồng bào dân tộc Nùng sinh sống với nhiều nhánh nhỏ như Nùng An, Nùng Inh, Nùng Lòi…', 'hộ', 'number'),
    (S10, 'Hiện xã Phúc Sen có 140 lò rèn với gần 250 lao động thường xuyên, chủ yếu là sản xuất nhỏ theo hộ gia đình hoặc liên kết thành lập Hợp tác xã.', 'lò', 'number'),
    (S11, 'Xã Phúc Sen bao gồm 10 thôn xóm với hơn 400 hộ dân và hơn 2.000 nhân khẩu, phần lớn là bà con người Nùng, thường được nhìn thấy trong bộ trang phục màu chàm đặc trưng.', 'thôn', 'number'),
    (S15, 'Gia phả họ Hoàng ghi: Cụ Hoàng Văn Lịch sinh năm 1774, mất năm 1849, thọ 75 tuổi.', 'tuổi', 'number'),
    (S16, 'Trải qua gần 600 năm, những lớp người xưa vượt ngàn dặm xa xôi, núi cao hiểm trở, vào đây khai sơn phá thạch, đào giếng, cày ruộng lập nên làng Hoa Lang.', 'năm', 'number'),
    (S21, 'Khi đó làng có 15 cụ tổ thuộc 15 dòng họ gồm Đoàn, Trần, Vũ, Nguyễn, Đỗ, Ngô... được sáu ông thầy từ nơi khác đến truyền dạy.', 'cụ', 'number'),
    (S22, 'Trải qua bao thăng trầm, làng rèn Vân Chàng vẫn gìn giữ được “lửa nghề” bền bỉ với thương hiệu, uy tín đã được xây dựng và khẳng định qua 7 thế kỷ.', 'thế', 'number'),
    (S23, 'Hiện nay, ở đình thờ tổ nghề rèn của làng còn lưu giữ được 5 cổ vật từ thời Lê.', 'cổ', 'number'),
    (S26, 'Khoang cửa giữa gồm 6 cánh, bốn khoang cửa còn lại mỗi khoang 5 cánh.', 'cánh', 'number'),
]

SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (sources, commits and licences in the set's SOURCES): host names of TonbiLX/qorwall-blocklists gambling.txt
# (CC0), mmcohen-tech/geder-blocklists gambling.txt (MIT) and FadeMind/hosts.extras add.Spam/hosts (GPLv3+), written
# as spam writes them.
TOKENS = {
    "domain": ["betgaranti.com", "betmatik.com", "elexbet.com", "fenomenbet.com", "maltbahis.com", "nakitbahis.com",
               "tuttur.com", "acrpoker.eu", "cafecasino.lv", "redstagcasino.eu", "amwager.com", "jockmkt.com",
               "predictit.org", "vydoxtrial.com", "securesignupoffers.org", "profitsitesbiz.com"],
    "letter-digit": ["Mobilbahis64", "Restbet1"],
    "digit-led": ["7minuteworkout"],
    "hyphenated": ["key-drop", "onlineloan-personal", "oz-offers", "pcbutts1-therealtruth"],
    "CamelCase": ["HardRockBet", "WowVegas", "PrizePicks", "TwinSpires", "XpressBet", "SpreeCasino", "ChumbaCasino",
                  "EclipseCasino", "HighRollersCasino", "GlobalPoker", "FunzPoints", "JackPocket", "BoomFantasy",
                  "UnderdogFantasy", "CaesarsSportsbook", "BetAmerica", "BetParx", "BingoSpirit", "CyberSpins",
                  "DaddySkins", "ElRoyale", "EspnBet", "LottoSmile", "CsgoLive", "DoubleDownCasino", "SlotsMillion",
                  "LadbrokesCoral", "HiltonBet", "HoliganBet", "CasinoPop", "BonusYolu", "HeartRevitalized",
                  "BrandedLeadGeneration", "FitnessHealthReporter", "MyDreamDegree"],
    "lower-case": ["slotomania", "playzee", "csgoroll", "hilbet", "kalshi", "superbet", "betpark", "betvole",
                   "imajbet", "mybahis", "mcluck", "clubgg", "gtradersoft", "tkdami", "tinaborg", "divisioncore",
                   "addshoppers", "otherinbox", "thedatingconference", "janeaustenjoy"],
}

TRADE = re.compile(r"bet|casino|kasin|cazino|slot|spin|poker|bingo|win|luck|lotto|vegas|dice|stake|game|play|vay|"
                   r"cash|loan", re.I)
# Spam sentences are running Vietnamese text: no Latin letters outside Vietnamese spelling, no look-alike letters.
NOT_VIETNAMESE = re.compile(r"[fjwzFJWZÐ]|\b[bcdghklmnpqrstvx]\b", re.I)


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
    latin = [t for _, t in SPAM_PAGES if NOT_VIETNAMESE.search(t)]
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

"""Build ``benchmarks/data/langfresh38/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata38.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh38.py``. Same format as langfresh14-37
(``benchmarks/langid.py --data benchmarks/data/langfresh38 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 38) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-37, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-05) on Xiaomi's SU7 and YU7 electric cars, the game Black Myth: Wukong, the
  Boeing 737 MAX groundings and the Alaska Airlines door plug, the Labubu craze (Pop Mart), the second season of
  Squid Game, and the CrowdStrike outage of 19 July 2024 (topics no earlier control had; ``check_new`` turned down a
  first draft's 5G sentences, two of them in langfresh13, and a draft on Amkor's and Hana Micron's chip plants was
  dropped too, as langfresh18 had Intel's chip plant), each holding real Latin tokens a spam detector could take for
  a pasted token: product and model names (SU7, YU7, Xpeng G7, Li Auto i8, Model Y, Lotus Eletre S+, 737 MAX 9,
  Boeing 737 Max 8, Astro Bot, Cyberpunk 2077, iPhone 17 ProMax, Falcon), CamelCase and glued names (CrowdStrike,
  IndiGo, ProMax, BlackPink, YouTube, PlayStation, Metacritic, @DiscussingFilm, fanvote), codes and units glued to
  numbers (70TB, 59,3TB, 4h45, 22h, 15h, 19-7, TV-OTT), abbreviations (FAA, CAAS, CNN, EV, DLC, AAA, RPG, IGN, MXH,
  BXH, IT, CEO, USD, T.O.P) and English loans and names (Speed Ultra, Standard, showroom, combat, trending, hot
  search, trailer, teaser, Game Science, The Game Awards, Pop Mart, The Monsters, Vanity Fair, The Korea Times,
  Reuters, Bloomberg).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (the Côn Đảo prisons and the Hàng
  Dương cemetery, the Tháp Bà towers of Nha Trang, núi Bà Đen in Tây Ninh, bản Lác in Mai Châu and hồ Núi Cốc in
  Thái Nguyên), one syllable replaced by one token (its first whole-word occurrence; columns: split, spam text,
  token, original word, original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``,
  ``name``, ``inner`` and ``number`` (as langfresh22-37). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-37 for theirs): the gambling category list of ntop's nDPI (``lists/107_gambling.list``: online casinos,
bookmakers, lotteries, casino mirrors and affiliate sites, partly from the Polish register of unlawful gambling
domains); written as spam writes them: 16 full domains, 13 letter-digit codes, 15 CamelCase names, 13 bare
lower-case names, 6 digit-led names, 15 hyphenated names (2 with their domain). None is an earlier set's token, in
spam_brands.txt or the held-out stems, or a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables and
tools/data/letter_shape_lists.txt included), none holds a brand stem of spam_brands.txt, a held-out stem or an
earlier token of 4 letters or more, and none is held by one (all checked before any run). ``deal`` orders each
shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh38"
SEED = 38
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
L1 = "https://lifestyle.znews.vn/con-sot-labubu-muon-mang-tai-my-post1549460.html"
L2 = "https://soha.vn/buc-anh-tim-cook-khac-la-dang-gay-sot-198251014223614968.htm"
L3 = "https://cafef.vn/vi-sao-labubu-gay-sot-toan-chau-a-khien-gioi-tre-me-met-188240817142233123.chn"
L4 = "https://www.thitruonghanghoa.com/tin-tuc/vi-sao-labubu-gay-sot-toan-chau-a-khien-gioi-tre-me-met-263605.html"
S1 = "https://vi.wikipedia.org./wiki/Tr%C3%B2_ch%C6%A1i_con_m%E1%BB%B1c_(m%C3%B9a_2)"
S2 = ("https://cafef.vn/squid-game-2-chua-chieu-da-lap-ky-luc-chua-tung-co-den-bom-tan-cua-song-hye-kyo-cung-phai-"
      "chao-thua-188241217204348689.chn")
S3 = "https://znews.vn/bung-no-tranh-luan-ve-squid-game-2-post1520684.html"
S4 = "https://dienmay.pro.vn/?p=99412"
S5 = "https://vietbao.vn/squid-game-2-vua-tung-trailer-da-gay-sot-514349.html"
C1 = ("https://kenh14.vn/vi-loi-man-hinh-xanh-cua-windows-hang-hang-khong-an-do-phai-viet-ve-bang-tay-cho-khach-"
      "215240719175232878.chn")
C2 = ("https://camratus.com/blog/%C3%94ng_tr%C3%B9m_b%E1%BA%A3o_m%E1%BA%ADt_CrowdStrike_g%C3%A2y_l%E1%BB%97i_BSOD_"
      "tr%C3%AAn_h%C3%A0ng_lo%E1%BA%A1t_m%C3%A1y_t%C3%ADnh_Windows-80")
C3 = "https://genz.com.vn/microsoft-gap-su-co-ngan-hang-va-san-bay-dong-bang"
X1 = "https://viettimes.vn/khong-hoan-tra-tien-dat-coc-vi-sao-o-to-su7-cua-xiaomi-gay-sot-o-trung-quoc-post174036.html"
X2 = "https://autodaily.vn/2024/04/can-canh-xiaomi-su7-tai-showroom-o-quang-chau-trung-quoc"
X3 = ("https://dantri.com.vn/o-to-xe-may/ceo-hang-xe-trung-quoc-gay-bao-mang-vi-khuyen-khach-mua-xe-cua-doi-thu-"
      "20250816080042030.htm")
X4 = "http://m.btv.org.vn/tin-tuc/xiaomi-chinh-thuc-ra-mat-xe-dien-dau-tien-91138.html"
X5 = "https://soha.vn/ceo-hang-xe-trung-quoc-dich-than-trai-nghiem-hon-150-mau-xe-198250818161718822.htm"
W1 = ("https://hoahoctro.tienphong.vn/dat-doanh-thu-hon-24000-ty-black-myth-wukong-van-hut-giai-game-hay-nhat-nam-"
      "2024-post1700364.tpo")
W2 = ("https://phunumoi.net.vn/tru-bat-gioi-qua-dinh-trong-black-myth-wukong-game-thu-doi-lam-game-rieng-cho-thien-"
      "bong-nguyen-soai-d319737.html")
W3 = "https://awebsite.vn/black-myth-wukong-co-gi-trong-game-3-chu-a-dang-xo-do-moi-ky-luc-lang-game"
W4 = "https://kenhtingame.com/pc-console/sau-8-tieng-ton-ngo-khong-hac-am-cua-trung-quoc-pha-ky-luc-the-gioi/469499"
W5 = ("https://kenh14.vn/black-myth-wukong-tiep-tuc-bi-chen-ep-manh-me-cong-dong-game-thu-bat-binh-phan-ung-"
      "215241009155143041.chn")
W6 = "https://shavenvn.net/black-myth-wukong-pha-vo-nhieu-ky-luc-khi-ra-mat.sh"
B1 = "https://vietbao.vn/viet-nam-phan-ung-the-nao-sau-vu-may-bay-boeing-737-gap-su-co-tai-my-467118.html"
B2 = "https://ngaynay.vn/alaska-airlines-tag130849.html"
B3 = "http://qpvn.vn/tin-video/them-nhieu-nuoc-ban-hanh-lenh-cam-boeing-737-max.html"
B4 = "https://voatiengviet.com/amp/4827931.html"
B5 = "https://betav3.kienthuc.net.vn/tu-khoa.html?q=tai+n%E1%BA%A1n+m%C3%A1y+bay+%E1%BB%9F+Ethiopia"
B6 = "https://nhandaoonline.vn/tag/cam-bay-voi-boeing-737-max.html"
B7 = "http://thanhhoa24h.net.vn/tag/may-bay-boeing"
B8 = "https://vtimes.com.au/tag/ceo-boeing"
B9 = "https://baohatinh.vn/hang-san-xuat-may-bay-hang-dau-cua-my-tag125881.html"
B10 = "https://vi.wikipedia.org/wiki/V%E1%BB%A5_c%E1%BA%A5m_m%C3%A1y_bay_Boeing_737_MAX_n%C4%83m_2019"

CLEAN = [
    # Xiaomi's electric cars
    (X1, "Xiaomi vừa ra mắt xe điện (EV) đầu tiên mang tên SU7."),
    (X1, "Ngay trong ngày đầu tiên giới thiệu sản phẩm, mỗi cửa hàng Xiaomi Auto đều có gần 10.000 khách hàng."),
    (X1, "Những chiếc xe đầu tiên của Xiaomi Motors có tên “Xiaomi SU7” là mẫu sedan chạy điện thuần túy."),
    (X1, "Xiaomi cho biết “SU” là viết tắt của “Speed Ultra” (tốc độ cực cao), còn con số 7 tượng trưng cho phân khúc thị trường của xe."),
    (X1, "Đội ngũ thiết kế SU7 do Lý Thiên Nguyên (Li Tianyuan) cựu thiết kế trưởng của BMW dẫn dắt."),
    (X1, "Hiện, Xiaomi so sánh chiếc xe SU7 của họ với Porsche Taycan và Tesla Model S."),
    (X2, "Showroom của Xiaomi thu hút đông đảo người tiêu dùng Trung Quốc tới trải nghiệm chiếc xe điện đầu tiên của hãng."),
    (X2, "Theo thông báo của Xiaomi, hãng đã nhận được tổng cộng 88.898 đơn đặt hàng cho SU7 trong vòng 24 giờ sau khi ra mắt."),
    (X2, "Xiaomi SU7 sẽ được lắp ráp bởi BAIC Off-road Vehicle Co., một công ty con của BAIC, tại nhà máy Xiaomi mới ở Bắc Kinh."),
    (X2, "Điều thú vị là BAIC còn là cổ đông lớn nhất của Mercedes-Benz, sở hữu 9,98% cổ phần của hãng xe Đức."),
    (X2, "Xiaomi đã nộp đơn xin giấy phép bán SU7 vào tháng 11 và việc sản xuất thử nghiệm tại nhà máy đã bắt đầu vào tháng 12."),
    (X3, "Mẫu Xiaomi YU7 chỉ mới ra mắt gần đây nhưng đã chứng tỏ sức hút mạnh mẽ, đến mức hãng xe không kịp đáp ứng nhu cầu."),
    (X3, "Xiaomi đã nhận hơn 240.000 đơn đặt hàng cho mẫu YU7 chỉ trong vòng chưa đầy 18 tiếng."),
    (X3, "Đáp lại sự phàn nàn ngày càng gia tăng, CEO Lei Jun của Xiaomi chia sẻ trên mạng xã hội rằng những ai cần gấp nên cân nhắc các mẫu xe điện Trung Quốc khác."),
    (X3, "Trong danh sách gợi ý của ông có Xpeng G7, Li Auto i8 và khá bất ngờ là cả Tesla Model Y, đối thủ trực tiếp của Xiaomi YU7."),
    (X4, "Xiaomi đã công bố ý định gia nhập ngành công nghiệp xe điện vào năm 2021 và mẫu SU7 lần đầu tiên được ra mắt công chúng vào cuối tháng 12 năm ngoái."),
    (X5, "Năm ngoái, ông còn tậu thêm chiếc Lotus Eletre S+, chiếc đầu tiên tại Bắc Kinh (Trung Quốc)."),
    (X5, "Buổi ra mắt Xiaomi SU7 đã quy tụ nhiều tên tuổi lớn trong ngành, bao gồm CEO Đặng Thừa Hạo của Deepal, CEO Vương Vệ của SF Express, CEO Hà Tiểu Bằng của Xpeng, CEO Lý Tường của Li Auto, CEO Lý Bân của Nio, CEO Ngụy Kiến Quân của Great Wall, Chủ tịch Trương Kiến Dũng của BAIC Group."),
    (X5, "Mẫu SU7 với mức giá hấp dẫn đã nhận được 50.000 đơn đặt hàng chỉ sau 30 phút mở bán."),
    # Black Myth: Wukong
    (W1, "Sáng 13/12 (theo giờ Việt Nam), lễ trao giải The Game Awards 2024 đã diễn ra và được phát trực tuyến toàn cầu thông qua YouTube."),
    (W1, "Sở hữu 5 đề cử đắt giá, bao gồm cả Game của năm, Black Myth: Wukong lại chỉ chiến thắng 2 hạng mục, bao gồm Game hành động hay nhất và giải fanvote."),
    (W1, "Trong khi đó, cái tên giành chiến thắng hạng mục quan trọng nhất là Astro Bot - tựa game 3D dễ thương đến từ nhà Sony."),
    (W1, "Astro Bot nắm giữ 7 đề cử và chiến thắng 4 trong số đó, bao gồm thêm Đạo diễn game xuất sắc nhất, Game phiêu lưu và Game gia đình hay nhất."),
    (W1, "Ngoài Astro Bot, Elden Rings: Shadow of the Erdtree cũng là đối thủ nặng ký, khi đây là đại diện DLC (game phiên bản mở rộng từ bản gốc trước đó) đầu tiên được The Game Awards ưu ái cho tham gia tranh tài."),
    (W2, "Tựa game này đã thành công ngoài mong đợi khi liên tiếp tạo ra nhiều kỷ lục, đạt doanh số 15 triệu bản bán ra và thu về doanh thu hơn 737 triệu USD (hơn 18.300 tỷ đồng), chỉ sau khoảng 1 tuần ra mắt, theo công ty nghiên cứu thị trường Video Game Insights tính trên nền tảng trò chơi điện tử Steam."),
    (W2, "Để rõ hơn về độ hot của Trư Bát Giới, thì thậm chí khi game mới ra mắt thì trên MXH Weibo của Trung Quốc, từ khóa \"Hắc Huyền Thoại: Trư Bát Giới\" rần rần leo top trên bảng tìm kiếm."),
    (W3, "Black Myth: Wukong (Hắc Thần Thoại: Ngộ Không) là một trò chơi điện tử hành động nhập vai (action RPG) do hãng Game Science phát triển."),
    (W3, "Trò chơi này dựa trên nhân vật Tôn Ngộ Không (Sun Wukong) từ cuốn tiểu thuyết cổ điển Trung Quốc \"Tây Du Ký\" (Journey to the West)."),
    (W3, "Với đồ họa tuyệt đỉnh và cơ chế combat mượt mà, tựa game AAA đầu tiên của Trung Quốc đã tạo ấn tượng mạnh mẽ."),
    (W3, "Game AAA là thuật ngữ không chính thức dùng để chỉ những trò chơi được phát triển với ngân sách lớn (A lot of Money), nhiều thời gian thiết kế (A lot of Time), và đội ngũ phát triển đông đảo với nhiều nguồn lực (A lot of Resources)."),
    (W4, "Vào năm 2020, khi Cyberpunk 2077 ra mắt, băng thông tải xuống trên nền tảng Steam đã đạt mức kỷ lục 51TB mỗi giây vào ngày 12/12."),
    (W4, "Vào ngày phát hành, băng thông tải xuống của trò chơi trên Steam đã tăng vọt lên 70TB mỗi giây, trong đó phần lớn băng thông này đến từ Châu Á, chiếm 59,3TB mỗi giây, tiếp theo là Bắc Mỹ với 7,8TB và Châu Âu với 7,6TB, theo Games Radar."),
    (W4, "Tính đến hôm qua, tựa game đã nhận được 54 đánh giá từ các chuyên gia, đạt điểm trung bình 82 trên Metacritic, đưa Black Myth trở thành một trong những trò chơi Trung Quốc được đánh giá cao nhất mọi thời đại."),
    (W4, "Ngay khi ra mắt, Black Myth: Wukong đã nhanh chóng thu hút sự chú ý của các trang đánh giá game hàng đầu, với điểm số cao và đánh giá tích cực, nhiều người so sánh trò chơi này như \"God of War của Trung Quốc\"."),
    (W4, "Lấy cảm hứng từ tiểu thuyết kinh điển Tây Du Ký của Trung Quốc, Black Myth: Wukong được phát triển bởi studio Game Science có trụ sở tại Hàng Châu."),
    (W5, "Sau hai tháng, trò chơi vẫn duy trì trung bình hơn 300.000 người chơi mỗi ngày, đồng thời nhận về vô số các đánh giá tích cực trên Steam."),
    (W5, "Sau những rắc rối với giải thưởng của IGN, mới đây, cộng đồng fan Black Myth: Wukong lại tiếp tục dậy sóng sau khi tựa game của Game Science không hề xuất hiện trong danh sách Game of the Year của Golden Joystick Awards."),
    (W5, "Trong khi đó một số cái tên có phần kém nổi bật hơn như Astro Bot (vừa ra mắt không lâu), Final Fantasy 7: Rebirth và Dragon's Dogma 2 lại nằm trong số các đề cử kể trên."),
    (W6, "Black Myth: Wukong là tựa game được mong đợi nhiều năm nay, nhưng số lượng phát hành đã vượt quá mong đợi của cả PC và PlayStation."),
    (W6, "Màn ra mắt bùng nổ của trò chơi đã được công nhận rộng rãi trên các phương tiện truyền thông xã hội, với các tài khoản như @DiscussingFilm trên X ghi nhận một số thành tựu này."),
    # the Boeing 737 MAX
    (B1, "Trước đó, ngày 5/1, một máy bay Boeing 737 Max 9 của Alaska Airlines đang trên hành trình từ Portland (Oregon) tới Ontario (California) thì phải quay đầu hạ cánh khẩn cấp sau khi một cửa sổ và một phần thân máy bay bị thổi bay giữa không trung."),
    (B1, "Ngay sau sự cố, Cục Hàng không Liên bang Mỹ đã ra lệnh kiểm tra 171 chiếc 737 Max 9 đang hoạt động trên lãnh thổ Mỹ."),
    (B2, "Chủ nhật vừa qua, hãng hàng không Alaska Airlines (Mỹ) đã hủy 170 chuyến bay do Cơ quan Hàng không Liên bang Mỹ (FAA) ban hành lệnh đình chỉ bay đối với tất cả các máy bay Boeing 737 MAX 9, sau khi xảy ra sự cố một máy bay bị bung cửa sổ và phải hạ cánh khẩn cấp."),
    (B3, "Sau vụ tai nạn máy bay thảm khốc tại Ethiopia, nhiều nước đã cấm không phận với Boeing 737 Max, hôm qua (13/03), Tổng thống Hoa Kỳ Donald Trump cũng đã công bố kế hoạch cấm không phận đối với tất cả các máy bay Boeing 737 MAX."),
    (B4, "Tổng thống Mỹ Donald Trump ngày 13/3 loan báo Hoa Kỳ ngừng vận hành các phi cơ Boeing 737 MAX 8 và MAX 9 sau khi hai chiếc máy bay MAX 8 bị rơi trong vòng 6 tháng khiến mọi người trên máy bay đều thiệt mạng."),
    (B5, "737 MAX 8 là một trong những mẫu máy bay mới nhất của Boeing, nhưng trong hơn 4 tháng vừa qua, đã có 2 tai nạn thảm khốc với cùng một kịch bản diễn ra với loại máy bay này."),
    (B6, "Cục trưởng Cục Hàng không Việt Nam cho biết việc cấp phép trở lại Boeing 737 MAX phải đợi khi Boeing và nhà chức trách hàng không Mỹ khắc phục được sai sót của dòng máy bay này."),
    (B7, "Cục hàng không dân dụng Singapore (CAAS) hôm nay bắt đầu tạm dừng hoạt động máy bay Boeing 737 MAX trong không phận nước này sau khi hai chiếc máy bay cùng loại rơi trong vòng 5 tháng, khiến tổng cộng hơn 340 người thiệt mạng."),
    (B8, "Chủ tịch Ủy ban Thương mại Thượng viện Mỹ Roger Wicker khẳng định mẫu máy bay Boeing 737 MAX sẽ không thể tham gia lại dịch vụ hàng không cho tới khi toàn bộ dư luận và các nghị sỹ cảm thấy mẫu máy bay này thực sự an toàn."),
    (B9, "Hãng sản xuất máy bay hàng đầu của Mỹ Boeing đã không nhận được bất kỳ đơn đặt hàng mua máy bay mới nào trong tháng 4, một tháng sau khi dòng máy bay bán chạy nhất 737 Max của hãng này chịu lệnh ngừng cất cánh trên toàn thế giới để kiểm tra do nghi ngờ liên quan đến hai vụ tai nạn nghiêm trọng chỉ trong 6 tháng, CNN đưa tin."),
    (B10, "Ngày 17 tháng sau khi Boeing 737 MAX 8 đi vào hoạt động năm 2017, chuyến bay 610 của Lion Air, một máy bay Boeing 737 MAX 8 tương đối mới, đã bị rơi vài phút sau khi cất cánh vào ngày 29 tháng 10 năm 2018, giết chết 189 hành khách và phi hành đoàn."),
    (B10, "Chưa đầy 5 tháng sau, 10 tháng 3 năm 2019, chuyến bay 302 của Ethiopian Airlines, cũng là một 737 MAX 8, đã bị rơi 6 phút sau khi cất cánh, giết chết 157 hành khách và phi hành đoàn."),
    # the Labubu craze (Pop Mart)
    (L1, "Món đồ chơi nghệ thuật Labubu tạo nên cơn sốt tại các cửa hàng và mạng xã hội ở Mỹ, khiến người hâm mộ xếp hàng dài để sở hữu."),
    (L1, "Lúc 4h45 sáng 26/4, hàng trăm người xếp hàng trước cửa hàng Pop Mart ở Los Angeles (Mỹ)."),
    (L1, "Korin Reese, nghĩ rằng mình đến sớm, bất ngờ khi thấy nhiều khách chờ sẵn."),
    (L1, "Reese nghe nói có người đã đến xếp hàng từ 22h hôm trước."),
    (L1, "Tất cả đều chung mục đích: sở hữu bộ sưu tập Labubu mới nhất, được bán độc quyền tại cửa hàng của Pop Mart."),
    (L1, "Theo Bloomberg, nhà sản xuất Trung Quốc vẫn tăng trưởng bất chấp bất ổn kinh tế toàn cầu."),
    (L1, "Cơn sốt này lan đến Mỹ sau khi thống trị châu Á, theo The New York Times."),
    (L1, "Năm 2024, hãng đạt doanh thu 1,8 tỷ USD , tăng hơn 100% so với năm trước."),
    (L1, "Riêng dòng Labubu và The Monsters mang về 400 triệu USD , tăng trưởng 726%, trở thành một trong những sản phẩm bán chạy nhất."),
    (L1, "Mùa xuân năm ngoái, Lisa (Blackpink) đăng tải hình ảnh treo Labubu trên túi Louis Vuitton lên mạng xã hội."),
    (L1, "Đến mùa thu, cô chia sẻ niềm đam mê với Pop Mart trong bài phỏng vấn với Vanity Fair."),
    (L2, "CEO Apple Tim Cook đang có chuyến công tác thứ hai đến Trung Quốc trong năm nay, nhân dịp chuẩn bị ra mắt iPhone Air."),
    (L2, "Trong chuyến đi này, Tim Cook đã ghé triển lãm Labubu tại Bến Thượng Hải, nơi ông gặp Kasing Lung cùng Wang Ning, CEO của Pop Mart – công ty sở hữu dòng sản phẩm đồ chơi này."),
    (L2, "Theo hình ảnh được đăng tải, Labubu này không chỉ mặc đồ như Tim Cook mà còn cầm một chiếc điện thoại màu cam, màu đặc trưng của chiếc iPhone 17 ProMax đang hot gần đây."),
    (L2, "POP MART là thương hiệu đồ chơi nghệ thuật đình đám đến từ Trung Quốc."),
    (L2, "Nhờ sự bùng nổ này, CEO Vương Ninh của thương hiệu đã vươn lên trở thành tỷ phú USD ở tuổi 37, với khối tài sản ước tính hơn 20 tỷ USD (khoảng 528.000 tỷ đồng)."),
    (L3, "Hôm 1/7, tại sân bay Suvarnabhumi ở Bangkok (Thái Lan), hàng dài người hâm mộ mặc áo phông màu trắng in hình Labubu , háo hức đầy phấn khích chờ đợi sự xuất hiện của “quái vật búp bê”."),
    (L3, "Labubu là các chú yêu tinh sống trong những khu rừng ở Bắc Âu, được tạo ra bởi nghệ sĩ Pop Mart Kasing Lung vào năm 2015."),
    (L3, "Labubu, cùng với những người bạn yêu tinh của mình, tạo nên The Monsters và đã thu hút được lượng người theo dõi lớn trên toàn cầu."),
    (L3, "Hồi tháng 4 vừa qua, ngôi sao Thái Lan Lisa của nhóm nhạc đình đám BlackPink đã chia sẻ một bức ảnh trên Instagram của mình với một con thú đồ chơi Labubu, lập tức dẫn đến sự gia tăng mức độ phổ biến của món đồ chơi này ở Đông Nam Á."),
    (L4, "Món đồ chơi thú bông với đôi tai nhọn răng cưa do Pop Mart sáng tạo, đã trở thành một hiện tượng ở các quốc gia Đông Nam Á."),
    # Squid Game season 2
    (S1, "Mùa thứ 2 của bộ phim truyền hình Hàn Quốc Trò chơi con mực do Hwang Dong-hyuk viết kịch bản và đạo diễn, được Netflix phát hành trực tuyến vào ngày 26 tháng 12 năm 2024, với sự tham gia của dàn diễn viên Lee Jung-jae, Park Hae-soo, Kang Ha-neul, Park Sung-hoon, Im Si-wan, Yang Dong-geun, Park Gyu-young, Lee Jin-wook, Won Ji-an, Jo Yu-ri, Kang Ae-shim, Lee David, T.O.P và Roh Jae-won."),
    (S1, "Trong vòng 72 giờ đầu tiên phát hành, mùa 2 đã có 68 triệu lượt xem, vượt qua lượng người xem buổi ra mắt cao nhất của Netflix tính đến mùa đầu tiên vào thứ 4 với 50,1 triệu lượt xem trong tuần công chiếu."),
    (S1, "Theo Netflix, mùa 2 đứng ở vị trí số 1 tại 92 quốc gia."),
    (S2, "Mới đây nhất, phim đã lập được kỷ lục chưa từng có trong lịch sử ngành phim truyền hình Hàn (bao gồm cả phim TV và OTT)."),
    (S2, "Cụ thể, trong tuần thứ 2 của tháng 12, phim đã đứng top 1 trong BXH khảo sát về tính thời sự của phim truyền hình TV-OTT do Good Data Corporation công bố."),
    (S2, "Trước đây, The Glory 2 của Song Hye Kyo cũng tạo được tiếng vang lớn nhưng chỉ đứng vị trí thứ 5 trên BXH trước 2 tuần lên sóng."),
    (S2, "Số điểm thời sự của The Glory 2 thời điểm đó cũng chỉ là 15.000 trong khi hiện, số điểm thời sự của Squid Game đã lên tới 20.000, cho thấy sự bùng nổ của tác phẩm."),
    (S3, "Mùa 2 Squid Game chính thức ra mắt vào 15h chiều 26/12 (giờ Việt Nam)."),
    (S3, "Squid Game hiện dẫn đầu danh sách từ khóa trending trên X, với hàng trăm nghìn lượt tiếp cận và thảo luận."),
    (S3, "Theo The Korea Times, sự xuất hiện của Squid Game 2 khiến 4 bộ phim dự kiến ra mắt cuối năm nay là The Firefighters, About Family, One Win và Harbin đều phải dời lịch chiếu, nhằm tránh đụng độ."),
    (S3, "Thậm chí, Netflix Hàn Quốc gặp lỗi hệ thống sau khi phim lên sóng, được cho là vì lượng truy cập quá tải."),
    (S3, "Về diễn xuất, màn thể hiện của T.O.P đang gây tranh cãi."),
    (S3, "Những tranh cãi liên quan tới diễn xuất của cựu thành viên Big Bang hiện lọt hot search tại Trung Quốc."),
    (S4, "Thật may mắn cho Hwang, phần 2 của bộ phim truyền hình đen tối của Hàn Quốc đã sớm nhận được sự hoan nghênh của giới phê bình, nhận được đề cử Quả cầu vàng năm 2025 cho Phim truyền hình dài tập hay nhất trước khi phát hành."),
    (S5, "Vào ngày 1/11, loạt phim ăn khách của Netflix đã phát hành đoạn trailer và teaser mới cho mùa thứ hai."),
    (S5, "Theo đoạn giới thiệu, Squid Game 2 (Trò chơi con mực) bắt đầu bằng cách đưa người xem trở lại trò chơi chết chóc từ phần 1, Đèn xanh đèn đỏ."),
    (S5, "Sử dụng kinh nghiệm từ chiến thắng trước đây, Seong Gi Hun (Lee Jung Jae) quay trở lại trò chơi, cố gắng bày kế để giúp những người ở đây bảo toàn tính mạng."),
    # the CrowdStrike outage of 19 July 2024
    (C1, "Mới đây, hàng ngàn máy tính Windows đang gặp phải trên toàn cầu do sự cố “màn hình xanh” do bản cập nhật của hãng CrowdStrike."),
    (C1, "Ban đầu chỉ có các bộ phận IT của các công ty phải đối mặt với sự cố, giờ đây vấn đề đã lan sang hàng loạt cơ quan dân sự khác trên toàn cầu."),
    (C1, "Trên mạng xã hội X, một người dùng chia sẻ tấm ảnh mô tả sự kiện “có một không hai” này, cho thấy nhân viên hãng máy bay IndiGo của Ấn Độ đã phải viết vé bằng tay để đưa cho khách."),
    (C2, "Tối 19-7 (theo giờ Việt Nam), Tổng giám đốc điều hành (CEO) CrowdStrike George Kurtz vừa lên tiếng xin lỗi vì sự cố sập hệ thống vi tính toàn cầu gây gián đoạn cho hàng loạt ngành công nghiệp lớn từ hàng không, ngân hàng đến y tế trên toàn cầu."),
    (C2, "Hãng tin Reuters ghi nhận hàng loạt sân bay và hãng hàng không lớn trên toàn thế giới đột ngột thông báo hoãn hoặc hủy chuyến bay vào chiều 19-7 (theo giờ Việt Nam)."),
    (C3, "Vào sáng ngày 19/7/2024, một sự cố kỹ thuật quy mô toàn cầu đã xảy ra, gây ảnh hưởng nghiêm trọng đến hàng triệu người dùng và doanh nghiệp sử dụng hệ điều hành Windows của Microsoft trên khắp thế giới."),
    (C3, "Nguyên nhân ban đầu được xác định là do lỗi cập nhật từ Crowdstrike Falcon, một nền tảng an ninh mạng được sử dụng rộng rãi bởi nhiều tổ chức trên toàn cầu."),
    (C3, "Lỗi này khiến nhiều máy tính Windows gặp phải tình trạng màn hình xanh, buộc hệ thống phải tắt hoặc khởi động lại đột ngột."),
    (C3, "Trong ngành hàng không, các hãng lớn của Mỹ như American Airlines, United Airlines và Delta Airlines phải tạm dừng toàn bộ chuyến bay trên toàn cầu."),
    (C3, "Sân bay Berlin-Brandenburg tại Đức cũng phải tạm ngưng mọi hoạt động bay."),]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (running Vietnamese text, no Latin token of their own).
K1 = "https://chuacuongxa.com/vi/lan-thu-3-toi-den-con-dao"
K2 = "https://www.tienphong.vn/du-lich/cuoi-nam-do-xo-di-con-dao-vieng-mo-co-sau-linh-thieng-1490761.tpo"
K3 = ("https://demotour.dulichvietnam.com.vn/chi-tiet-tour/2963/du-lich-con-dao-da-nang-sai-gon-con-dao-2-ngay-1-"
      "dem.html")
K4 = "https://vietsensetravel.com/di-tich-tam-linh-lich-su-con-dao-n.html"
K5 = "https://peacetour.com.vn/tin-tuc/du-lich-bien-dao/hanh-trinh-kham-pha-3-ngay-2-dem-tai-con-dao"
K6 = "http://dulichbui.net/nhung-diem-du-lich-noi-tieng-con-dao/"
T1 = "https://danviet.vn/print-777787130.htm"
T2 = "http://vietlandmarks.com/upload/html/5cad7c357809e4fb09e06a56168a4515.html"
T3 = "http://dulichphilippines24h.blogspot.com/2016/03/en-nha-trang-ung-bo-lo-khu-thap-ba.html"
T4 = "https://tourdulich-nhatrang.com/thap-ba-ponagar-toa-di-tich-cham-pa-co"
D1 = "https://dulichmoisinh.blogspot.com/2011/10/nui-ba-en.html"
D2 = "https://thanhnien.vn/news1/pages/200931/20090731170953.aspx"
D3 = "https://wikitop.vn/top-so-tay-cam-nang-du-lich-nui-ba-den-kham-pha-noc-nha-nam-bo-chi-tiet.html"
D4 = "https://www.phattuvietnam.net/chua-linh-son-tai-nui-ba-den/"
D5 = "https://otosaigon.com/threads/nui-ba-den-toa-thanh-tn-va-chua-hoang-phap.1725060"
D6 = "https://www.phuot.vn/goto/post?id=193811"
D7 = "https://baomoi.com/o-noi-duoc-vi-nhu-noc-nha-nam-bo-c49200873.epi"
M1 = "https://otosaigon.com/threads/leo-nui-mai-chau-hoa-binh-dau-xuan-mung-6-7-tet-al.1972489"
M2 = "http://dulichgo.blogspot.com/2012/05/ron-rang-ban-lac.html"
M3 = "http://miendonghoabinh.vn/ban-lac-mai-chau"
M4 = "https://daidoanket.vn/mai-chau-mua-em-10042202.html"
M5 = "https://vietnamamazing.vn/mai-chau-binh-di-ma-quyen-ru"
M6 = "https://baoxaydung.com.vn/mai-chau-vong-xoe-rong-mai-393620.html"
N1 = "https://vanthonhactrieuchau.blogspot.com/2015/07/ho-nui-coc-vung-at-cua-nhung-huyen-thoai.html"
N2 = "https://cand.com.vn/van-hoa/24-19-8-Ho-Nui-Coc-dong-3-cay-thong-va-huyen-thoai-tinh-yeu-i443848/"
N3 = "https://baocantho.com.vn/cham-cham-o-ho-nui-coc-a108948.html"
N4 = "https://duongvan.com/?p=4471"
N5 = "http://tintucnew198.blogspot.com/2015/03/nui-coc-vung-at-cua-huyen-thoai.html"

SPAM = [
    # start: the sentence's first syllable
    (K2, "Mộ cô Sáu từ lâu đã là biểu tượng gắn liền với hình ảnh Côn Đảo.", "Mộ", "start"),
    (K2, "Bởi lúc còn sống, cô Sáu rất thích những thứ này.", "Bởi", "start"),
    (K3, "Dinh chúa đảo là cơ quan đầu não của hệ thống nhà tù, tất cả bộ máy cai trị tù từ chúa đảo đến các quan chức trên toàn đảo đều dưới quyền điều khiển của chúa đảo.", "Dinh", "start"),
    (K4, "Nằm ở trung tâm hòn đảo, Bảo tàng Côn Đảo là một không gian quyến rũ, mang đến cái nhìn toàn diện về lịch sử và văn hóa của hòn đảo.", "Nằm", "start"),
    (T2, "Ngay cả 4 tháp này cũng không còn nguyên vẹn mà kiến trúc bên ngoài cũng đã bị mất nhiều mảng, nhiều nhất là phần mái của tháp.", "Ngay", "start"),
    (T3, "Tầng trên cùng là nơi các tháp được xây dựng, ngay trước mặt ngôi tháp chính.", "Tầng", "start"),
    (T4, "Trần nhà có cấu tạo là mái vòm cuốn và bên trong có một bệ thờ đá.", "Trần", "start"),
    (D1, "Sư ông vui vẻ nhận lời và từ đó bắt đầu truyền bá Phật pháp trong gia đình quan trấn và cơ vệ đội.", "Sư", "start"),
    (D2, "Đêm đó, nàng đã báo mộng cho sư trụ trì chùa.", "Đêm", "start"),
    (D7, "Dưới chân núi là khu du lịch văn hóa với các khu vui chơi, nhà hàng.", "Dưới", "start"),
    (M1, "Mái nhà lợp lá gồi hoặc lá mây.", "Mái", "start"),
    (N2, "Mỗi lúc buồn, chàng chỉ còn biết gửi nỗi lòng vào tiếng sáo.", "Mỗi", "start"),
    (N4, "Tiếng ve râm ran, ra rả như bản nhạc hoà phối khí vang vang nơi những lùm cây vầu, cây cọ mà cứ tưởng rừng thiên nhiên.", "Tiếng", "start"),
    # end: the last syllable, before the final punctuation
    (K1, "Điều đặc biệt có lẽ chỉ có ở nghĩa trang Hàng Dương đó là càng về đêm muộn du khách sẽ đến nghĩa trang để thắp nhang càng đông.", "đông", "end"),
    (K2, "Nằm ngay dưới một gốc cây Dương mất ngọn, cành hướng về phía Bắc, không bia khắc tên tuổi, chỉ duy nhất số tù trên một tấm tôn gỉ.", "gỉ", "end"),
    (K3, "Từ hòn đảo biệt lập, đau thương, Côn Đảo đã trở mình thành điểm đến du lịch lý tưởng với những bãi biển tuyệt đẹp, những danh thắng kỳ vĩ và hành trình du lịch tâm linh đầy cuốn hút.", "hút", "end"),
    (K5, "Vùng đất Côn Đảo lịch sử và oai hùng, đó là một trang sử vừa bi tráng vừa tự hào của dân tộc.", "tộc", "end"),
    (T1, "Điều đáng tiếc là trải qua thời gian cùng bao biến động của tự nhiên, xã hội và chiến tranh đã tàn phá vẻ đẹp vốn có của quần thể tháp.", "tháp", "end"),
    (T4, "Mặt bằng đa số là hình vuông và bên trong nhỏ hẹp.", "hẹp", "end"),
    (D1, "Thời gian thấm thoát trôi qua, nghĩ lại đã mấy năm xa cách thiện nam tín nữ Bến Cát, sư ông bèn tạm biệt quan trấn để trở về thăm cảnh cũ người xưa.", "xưa", "end"),
    (D2, "Nàng sở hữu làn da bánh mật ngọt ngào.", "ngào", "end"),
    (D5, "Trước đây vốn là nơi ẩn cư của nhiều sư sãi.", "sãi", "end"),
    (M1, "Tới thăm Bản Lác, nhà sàn ở đây cao ráo, sạch sẽ.", "sẽ", "end"),
    (M2, "Theo người dân địa phương, Mai Châu thường chỉ đông vào dịp cuối tuần hoặc những tháng cuối năm do thời tiết mát mẻ, dễ chịu.", "chịu", "end"),
    (N2, "Cũng vì quá nghèo nên chàng Cốc không thể lấy được vợ.", "vợ", "end"),
    (N4, "Thời tiết miền Bắc oi bức thật khó chịu sau mấy ngày mưa nguồn, suối lũ cuồn cuộn khủng khiếp.", "khiếp", "end"),
    # function: a function word
    (K1, "Sau đó, do cuộc đấu tranh khốc liệt của các tù nhân, những người chết mới có một bia mộ mới bằng xi măng và một vài hòn đá trên nắm mộ.", "của", "function"),
    (K2, "Với nghĩa trang Hàng Dương, du khách có thể đi lễ bất cứ khoảng thời gian nào trong ngày.", "trong", "function"),
    (K4, "Côn Đảo vẫn luôn giữ được vẻ đẹp tự nhiên vốn có với những di tích tâm linh mang đậm dấu ấn lịch sử thời cách mạng Việt Nam.", "với", "function"),
    (T3, "Ở hai bên các dãy cột lớn có 12 cột nhỏ và thấp hơn, tất cả lại nằm trên một nền bằng gạch cao hơn 1 mét.", "trên", "function"),
    (D2, "Tiếng lành đồn xa, người dân đã lập miếu thờ nàng trên núi.", "trên", "function"),
    (D3, "Với người dân nơi đây, Bà Đen thường hiển linh để phù hộ dân chúng có cuộc sống ấm no.", "để", "function"),
    (D5, "Ngọn núi này thu hút khách thập phương vì cảnh núi non hùng vĩ, nhiều hang động, nhiều ngôi chùa.", "vì", "function"),
    (M1, "Sàn nhà bằng tre hoặc bương.", "hoặc", "function"),
    (M4, "Chúng tôi đã chọn bản Lác, một bản cổ của người Thái còn giữ được nhiều nét đẹp nguyên bản nhất với những ngôi nhà sàn xinh xắn.", "với", "function"),
    (M5, "Thời điểm “phất” lên rõ nhất của bản Lác là từ năm 1997, bốn mùa nhộn nhịp khách ghé thăm.", "của", "function"),
    (M6, "Ở nơi đây, người dân không chỉ biết làm ruộng, làm nương, họ còn tận dụng lợi thế từ thiên nhiên để làm du lịch.", "từ", "function"),
    (N3, "Đập Núi Cốc được khởi công từ năm 1972 nhưng do chiến tranh và thiên tai nên mãi đến năm 1982 mới hoàn thành.", "nhưng", "function"),
    (N4, "Những hàng cây che mát người tham quan cũng không đủ cho luồng gió thổi mát chút nào.", "cho", "function"),
    # name: a syllable of a person or place name
    (K1, "Có thể nói, xác các tù nhân bị chôn vùi gần như ở khắp mọi nơi trong nghĩa trang Hàng Dương.", "Hàng", "name"),
    (K2, "Cũng bởi sự nổi tiếng linh thiêng, luôn che chở cho những người thành tâm hướng thiện mà mộ cô Sáu không lúc nào thiếu vắng người đến hành lễ dâng hương.", "Sáu", "name"),
    (K3, "Trong nhiều thập niên của thế kỷ trước, Côn Đảo thường được nhắc đến như một hòn đảo chuyên giam giữ và tra tấn tù nhân chính trị.", "Côn", "name"),
    (K4, "Từ năm 1862 đến năm 1975, đảo Côn Sơn là nhà tù tàn bạo đầu tiên được sử dụng bởi người Pháp, sau đó là chính phủ Mỹ hậu thuẫn.", "Sơn", "name"),
    (K5, "Nơi gần nhất trên đất liền cách Côn Đảo chỉ 40 hải lý là xã Vĩnh Hải – thị xã Vĩnh Châu – tỉnh Sóc Trăng.", "Trăng", "name"),
    (T1, "Quả đồi này nằm ở phía bắc cửa sông Cái, bên trái có một xóm chài gọi là xóm Bóng - tương truyền đây là nơi đào tạo các trinh nữ cho múa bóng và những ngày tế lễ trên Tháp Bà.", "Bóng", "name"),
    (D2, "Tương truyền nàng Lý Thị Thiên Hương nổi tiếng là người con gái ngoan hiền, hay đi chùa và làm phước cho người dân trong vùng.", "Hương", "name"),
    (D2, "Một ngày kia, nàng đi đến núi Chiêng viếng chùa.", "Chiêng", "name"),
    (D3, "Ngôi chùa nổi tiếng nhất ở núi Bà Đen là chùa Linh Sơn Tiên Thạch, nơi thờ Bà Đen.", "Thạch", "name"),
    (M1, "Ngày trước, người Thái ở Bản Lác làm lúa nương, dệt thổ cẩm.", "Lác", "name"),
    (M2, "Từ Hà Nội, men theo quốc lộ 6, chạy thẳng đến Hòa Bình, qua đèo Cun, đến đèo Thung Nhuối thì bản Lác xinh đẹp đã hiện ra mờ mờ trong sương trắng.", "Nhuối", "name"),
    (M4, "Ấn tượng đặc biệt của hành trình này chính là dốc Cun quanh co.", "Cun", "name"),
    (N2, "Chuyện kể rằng, ngày xưa dưới chân núi Tam Đảo có một chàng trai nghèo tên là Cốc sống bằng nghề đốn củi và thổi sáo rất hay.", "Tam", "name"),
    # inner: a syllable inside a compound
    (K2, "Thời gian qua đi, người dân đến thăm mộ cô nhiều hơn, bia đá được hình thành.", "gian", "inner"),
    (K3, "Côn Đảo từng là một quần đảo có số tù nhân chính trị còn nhiều hơn số cư dân sinh sống.", "nhân", "inner"),
    (K6, "Người dân đảo chấp hành nghiêm việc đội mũ bảo hiểm khi điều khiển xe máy.", "hiểm", "inner"),
    (T1, "Đó là nét độc đáo khiến du khách thêm phần yêu thích ngôi đền tháp này.", "đáo", "inner"),
    (T4, "Qua hàng chục thế kỉ những tòa tháp vẫn bền vững nhờ sự liên kết chắc chắn của những viên gạch.", "vững", "inner"),
    (D2, "Sáng hôm sau, sư trụ trì xuống vực sâu tìm được xác nàng đưa đi an táng.", "trì", "inner"),
    (D4, "Chùa tọa lạc trên ngọn núi Bà Đen Tây Ninh là một trong những thắng cảnh hùng vĩ nhất ở miền Đông Bắc của miền Nam Việt Nam.", "vĩ", "inner"),
    (D6, "Cảm thương người con gái tiết hạnh, được vua phong “Linh Sơn thánh mẫu”.", "hạnh", "inner"),
    (M1, "Còn nay, Bản Lác được biết đến là một địa danh du lịch.", "danh", "inner"),
    (M6, "Con đường nhựa nối từ thị trấn vào bản Lác như sợi chỉ đen lọt thỏm giữa màu xanh của những cánh đồng lúa.", "trấn", "inner"),
    (N3, "Hồ Núi Cốc là hồ nhân tạo, tạo ra từ một đoạn của dòng sông Công qua quá trình đắp đập.", "tạo", "inner"),
    (N4, "Cây cối im lìm nhưng người dân nơi đây vẫn tất bật với công việc thường ngày thu hoạch lúa và hái chè, chế biến thương phẩm toả đi muôn phương.", "cối", "inner"),
    (N5, "Con đường giờ đã được làm lại khá bằng phẳng và dễ đi.", "phẳng", "inner"),
    # number: the syllable right after a number
    (K1, "Trong 113 năm tồn tại của nhà tù Côn Đảo (1862-1975), mệnh danh là “địa ngục trần gian”, tay sai của thực dân, đế quốc đã giam cầm hàng chục ngàn tù nhân.", "năm", "number"),
    (K1, "Trong số đó đã có hơn 20.000 người đã chết vì bị tra tấn với phương thức tàn bạo.", "người", "number"),
    (K3, "Nơi đây có 11 nhà tù, trong đó, Phú Hải là nhà tù lớn nhất.", "nhà", "number"),
    (K3, "Trong hơn 100 năm, khoảng 20.000 người Việt Nam đã bị giam cầm và hy sinh ở nơi được mệnh danh là “địa ngục trần gian” này.", "năm", "number"),
    (K5, "Trong đó hòn Trứng Lớn và hòn Trứng Nhỏ là 2 đảo không người ở chủ yếu là núi đá.", "đảo", "number"),
    (T2, "Đến nay, quần thể di tích này chỉ còn lại 4 tháp và 2 hàng cột lớn xây bằng gạch ở dưới chân đồi.", "tháp", "number"),
    (T3, "Từ đấy có những bậc thang bằng đá dẫn lên tầng giữa, nơi hiện chỉ còn hai dãy cột chính bằng gạch hình bát giác, mỗi bên 5 cột có đường kính hơn 1 mét và cao hơn 3 mét.", "mét", "number"),
    (T4, "Kiến trúc Chăm Pa được biết đến là 1 khối được dựng lên bằng gạch nung và có màu đỏ sẫm.", "khối", "number"),
    (M3, "Họ chủ yếu đều thuộc 5 dòng họ của người dân tộc Thái: Hà, Vì, Mác, Lộc, Lò, sống chủ yếu nhờ vào các hoạt động trồng lúa, lên nương, chăn nuôi và dệt thổ cẩm.", "dòng", "number"),
    (M4, "Có tuổi đời trên 700 năm, dân ở bản Lác chủ yếu là người Thái đen sinh sống đời này qua đời khác với nghề trồng lúa nương và dệt thổ cẩm.", "năm", "number"),
    (M6, "Qua tìm hiểu, bản Lác có tuổi đời trên 700 năm, là nơi sinh sống của đồng bào người Thái với năm dòng họ Hà, Lò, Vì, Mác và Lộc.", "năm", "number"),
    (N1, "Cập bến ở đây, sau khi bước qua cổng tam quan này, du khách sẽ phải bước lên 108 bậc thang để lên tới Nhà Cổ.", "bậc", "number"),
    (N1, "Với 89 hòn đảo lớn nhỏ lô nhô khắp mặt hồ, Hồ Núi Cốc được ví như một Hạ Long thu nhỏ.", "hòn", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): the gambling category list of ntop's nDPI
# (lists/107_gambling.list), written as spam writes them.
TOKENS = {
    "domain": ["cadabrus.com", "biamo.com", "blazzio.com", "posido.com", "simsino.com", "rollino.io", "slootz.io",
               "skrilla.com", "reeltastic.com", "megareel.com", "scommettendo.it", "rocketpot.io", "crazyno.com",
               "godbunny.com", "coinywin.com", "praesepeplc.com"],
    "letter-digit": ["Bitkingz1", "Royalsport24", "Realreelclub10", "Cadoola123", "Slotella12", "Riobet132",
                     "Savaronacasino7", "Dotabet13", "Rokubet5", "Playzilla6", "Bizzocasino4", "Queenspins2",
                     "Betrophy3"],
    "CamelCase": ["RichyFarmer", "RamsesGold", "SirJackpot", "BigMoneyScratch", "FatPandaCasino", "FruityChance",
                  "JammyJack", "JackpotCharm", "MagicReels", "ChilliReels", "BraveSamurai", "BlackSkies",
                  "PremiumTradings", "SitAndGoPlanet", "CrazyWinners"],
    "lower-case": ["bezdepozytu", "puszczamlos", "rankingkasyno", "drueckglueck", "serpskikazino", "plkasyna",
                   "polskakasyno", "casapariurilor", "metodyplatnosci", "sitedeapostas", "aurumage", "realdealru",
                   "shrkoin"],
    "digit-led": ["100tsars", "20glob", "1000000pln", "100udzialow", "1cup90", "10najlepszekasyna"],
    "hyphenated": ["ruletka-na-rubli", "bilety-loto.com", "pm-505.info", "poland-bonusesfinder", "eat-sleep-bet",
                   "dingo-casino", "hitluck-francais", "casino-midas", "power-betting", "royal-flamingo-casino",
                   "roulette-win", "polski-sloty", "beto-automaty", "rome-casino", "regent-play"],
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

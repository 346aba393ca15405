"""Build ``benchmarks/data/langfresh31/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata31.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh31.py``. Same format as langfresh14-30
(``benchmarks/langid.py --data benchmarks/data/langfresh31 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 31) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-30, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-04) on topics the controls of langfresh22-30 did not have (Airbnb in Viet
  Nam, Pokémon GO, portable speakers (JBL Party On The Go, Xiaomi Sound Party), air fryers, the Lego factory in Binh
  Duong, the Garmin Run Vietnam 2025 race, the beer market (Sabeco, Heineken, Habeco)), each holding real Latin
  tokens a spam detector could take for a pasted token: legitimate domains (www.airbnb.com, Nhadautu.vn), CamelCase
  and glued names (AudioEFX, VnExpress, TP.HCM), letter-digit codes and units (VSIP3, 50W, 15W, 110kv, 21KM, 4h30,
  m2, 150.000m2, 20h30), product and brand names (Pokestop, Slowpoke, Niantic Labs, Harman, Forerunner 579/970,
  fenix 8 AMOLED, Tiger Beer, Kirin Holdings, Euromonitor, KPMG, AB Inbev), English loans (host, website, runner,
  race-kit, pace, expo, tweeter, woofer, stereo, model, minigame, game thủ) and acronyms (OTA, FDI, TWS, DSP, KOL,
  VĐV, VBA, HBL, CEO, USD).
* ``spam.tsv`` (``SPAM_PAGES``, ``CASES`` and ``TOKENS``): 78 cases on 78 further real sentences of other pages (the
  silk village of Vạn Phúc, ca trù, quan họ singing, the Chăm pottery of Bàu Trúc, the garlic of Lý Sơn, the Bắc Hà
  market, the lacquerware of Tương Bình Hiệp), one syllable replaced by one token (its first whole-word occurrence;
  columns: split, spam text, token, original word, original sentence, place), 13 at each of six places: ``start``,
  ``end``, ``function``, ``name``, ``inner`` and ``number`` (as langfresh22-30). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from two real lists no earlier set used (langfresh23:
chongluadao.vn; langfresh24: dancharlton9, the Estonian list; langfresh25: hostsVN, TrustPositif; langfresh26: ABPVN,
HaGeZi's gambling list, a thanhtra.com.vn report; langfresh27: Sinfonietta's gambling-hosts; langfresh28: the Block
List Project's gambling list, jarelllama's Scam-Blocklist, mrsbaai/cmc's badlist; langfresh29: the UT1 gambling
category, ShadowWhisperer's Gambling and Scam lists; langfresh30: RPiList's gambling and notserious lists,
durablenapkin's scam blocklist): the Global Anti Scam Organization's list (fake crypto, forex and shop platforms,
some betting names) and polkadot-js's phishing deny list (crypto phishing and scam sites); written as spam writes
them: 13 full domains, 13 letter-digit codes, 13 CamelCase names, 13 bare lower-case names, 13 digit-led names, 13
hyphenated names; most hold no gambling trade word (``TRADE``). None is an earlier set's token, in spam_brands.txt
or the held-out stems, or a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables included), none holds a
brand stem of spam_brands.txt, a held-out stem or an earlier token of 4 letters or more, and none is held by an
earlier token (all checked before any run). ``deal`` orders each shape's tokens with the seed and deals them round
the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh31"
SEED = 31
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
A1 = "https://doanhnhanplus.vn/?p=204931"
A2 = "https://doanhnhanplus.vn/airbnb-cho-du-khach-co-lua-chon-129796.html"
A3 = "https://gohost.vn/blog/airbnb-la-gi-nhung-lam-tuong-cot-loi-kinh-doanh-airbnb-hieu-qua-o-viet-nam"
A4 = "https://lambieng.com/airbnb-la-gi-tim-hieu-ve-dich-vu-dat-phong-truc-tuyen-nay/"
P1 = "https://thanhnien.vn/pokemongo-bat-ngo-bien-mat-khoi-appstore-vietnam-185251105164518808.htm"
P2 = "https://nld.com.vn/nhip-song-net/gioi-tre-sai-gon-do-xo-vao-cong-vien-bat-pokemon-20160808092530597.htm"
P3 = "https://ngoisao.net/tin-tuc/choi-blog/poke-mon-go-khie-n-gio-i-tre-viet-pha-t-so-t-3449850.html"
S1 = "https://zingnews.vn/jbl-party-otg-chiec-loa-di-dong-sinh-ra-cho-nhung-cuoc-choi-post1152331.html"
S2 = ("https://www.24h.com.vn/thoi-trang-hi-tech/xiaomi-ra-mat-loa-tiec-tung-sound-party-gia-canh-tranh-"
      "c407a1730426.html")
F1 = "https://www.24h.com.vn/am-thuc/dau-bep-canh-bao-thoi-quen-khien-noi-chien-khong-dau-nhanh-hong-c460a1730143.html"
F2 = ("https://news.phunuvagiadinh.vn/amp/meo-vat-trong-bep-210/noi-chien-khong-dau-boc-chay-tren-ban-cong-va-loi-"
      "canh-bao-cho-cac-gia-inh-622277")
F3 = ("https://afamily.vn/mxh-phot-noi-chien-khong-dau-vi-nguy-co-gay-ung-thu-chuyen-gia-chi-ra-3-diem-sai-nguoi-"
      "dung-hay-mac-khi-nau-an-bang-phuong-phap-nay-20231127002501249.chn")
F4 = "https://tinmoi.org/song-khoe/loi-song/chon-noi-chien-khong-dau-gap-3-loai-nay-dep-re-may-cung-dung-mua"
G1 = "https://vnindustry.net/nha-may-13-ty-usd-cua-tap-doan-lego-tai-binh-duong-dang-trong-giai-doan-hoan-tat.html"
G2 = "https://vietnambiz.vn/doanh-so-lego/trang-1.html"
G3 = ("https://vnfinance.vn/binh-duong-chinh-thuc-don-sieu-nha-may-hon-1-ty-usd-cua-lego-tinh-nay-co-gi-thu-hut-dai-"
      "bang-ve-lam-to-67770.html")
R1 = "https://dientuungdung.vn/garmin-run-vietnam-2025-diem-den-cua-6000-runner-11398.html"
R2 = "https://vnexpress.net/dau-an-garmin-run-vietnam-2025-4949215.html"
R3 = "https://vnexpress.net/pham-ngoc-phan-le-thi-ha-vo-dich-garmin-run-vietnam-2025-4947961.html"
R4 = "https://vnexpress.net/viet-nam-tro-thanh-diem-den-truyen-cam-hung-cua-garmin-run-asia-series-4953418.html"
B1 = "https://nhadautu.vn/cuoc-chien-vuong-quyen-nganh-bia-sabeco--heineken-d52378.html"
B2 = "http://saigonnews.vn/kinh-doanh/180664-nhieu-hang-bia-ngoai-tranh-nhau-khai-thac-van-hoa-nhau-o-viet-nam.html"
B3 = "https://tintucvietduc.net/tin-tuc/tin-viet-nam/nguoi-viet-vo-dich-uong-bia-hang-nuoc-ngoai-huong-loi.html"
B4 = "http://plo.vn/kinh-te/thi-truong-bia-ruou-dn-noi-e-so-dn-ngoai-do-bo-3195.html"

CLEAN = [
    # Airbnb in Viet Nam
    (A1, "Sau những giao dịch đầu tiên tại TP. Hồ Chí Minh vào tháng 9-2014, mô hình chia sẻ chỗ ở Airbnb đã nhanh chóng mở rộng mạng lưới tại Việt Nam."),
    (A1, "Đến nay, ngoài TP. Hồ Chí Minh và Hà Nội dẫn đầu về số lượng thì Đà Nẵng, Hội An, Đà Lạt, Nha Trang, Hạ Long, Phan Thiết mỗi nơi có từ 200 đến hơn 300 điểm lưu trú đăng thông tin trên www.airbnb.com."),
    (A1, "Dù chưa được đầu tư và quảng bá mạnh như Uber nhưng Airbnb cũng hứa hẹn sẽ tiếp tục phát triển tốt tại Việt Nam."),
    (A1, "Mức giá chỗ ở trên mạng Airbnb Việt Nam hiện dao động từ 230 ngàn đồng đến 25 triệu đồng một đêm."),
    (A1, "Tại TP. Hồ Chí Minh, cho thuê dễ nhất là các căn hộ cao cấp gần trung tâm thành phố."),
    (A1, "Nhiều chủ căn hộ e ngại giá cho thuê sẽ giảm và bắt đầu quan tâm đến Airbnb."),
    (A1, "Điều bất tiện hiện nay là website của Airbnb chưa có tiếng Việt."),
    (A1, "Thêm vào đó, nếu như Uber có tài xế chuyên nghiệp thì Airbnb cũng có các khách sạn tham gia."),
    (A2, "So với sự ồn ào và lan truyền nhanh của dịch vụ Uber tại Việt Nam thì Airbnb, mô hình chia sẻ nơi lưu trú cho khách du lịch còn khá im ắng dù Airbnb vào Việt Nam chỉ sau Uber hơn một tháng."),
    (A2, "Thành lập vào năm 2008, Airbnb hiện có trụ sở tại Mỹ và có mặt tại 33.000 thành phố ở 192 quốc gia."),
    (A2, "Cung cấp dịch vụ cho thuê chỗ ở ngắn hạn, Airbnb kiếm tiền bằng cách tính phí giao dịch cho mỗi lần đặt chỗ thành công."),
    (A2, "Sau khi nhận đợt đầu tư mới nhất vào giữa năm nay, Airbnb đã đạt giá trị 10 tỉ USD, cao hơn các tập đoàn khách sạn cả trăm tuổi như Hilton hay Accord."),
    (A3, "Thực tế, đó là một trong những lầm tưởng phổ biến nhất khiến không ít host Việt Nam gặp khó khăn, thậm chí thất bại khi bắt đầu."),
    (A3, "Airbnb là nền tảng công nghệ kết nối người có chỗ ở với người cần thuê chỗ ở ngắn hạn trên toàn thế giới."),
    (A4, "Airbnb là một trong những nền tảng đặt phòng trực tuyến phổ biến nhất hiện nay."),
    (A4, "Trong đó, Airbnb là một trong những lựa chọn hàng đầu của du khách khi muốn tìm kiếm một nơi lưu trú thoải mái và tiết kiệm chi phí."),
    (A4, "Airbnb là một nền tảng đặt phòng trực tuyến được thành lập vào năm 2008 tại San Francisco, Mỹ."),
    # Pokémon GO
    (P1, "Sau một thời gian không còn xuất hiện trên Google Play, tựa game Pokémon GO cũng vừa biến mất khỏi App Store Việt Nam mà không có bất kỳ thông báo nào từ nhà phát hành Niantic."),
    (P1, "Pokémon GO từng là một hiện tượng tại Việt Nam khi mới ra mắt, thu hút đông đảo người chơi ở các thành phố lớn."),
    (P1, "Trò chơi không chỉ tạo ra làn sóng săn Pokémon ngoài trời mà còn giúp hình thành cộng đồng có tính gắn kết cao."),
    (P1, "Dù sức hút đã giảm theo thời gian, Pokémon GO vẫn giữ được một lượng người chơi trung thành, đặc biệt trong các sự kiện định kỳ hoặc khi xuất hiện Pokémon hiếm."),
    (P2, "Một ngày sau khi Pokemon Go chính thức có mặt tại Việt Nam, nhiều người trẻ đã đổ xô về khu trung tâm, đặc biệt là công viên để bắt Pokemon."),
    (P2, "Cũng theo Hải, Tao Đàn và các quận trung tâm TP HCM là nơi xuất hiện nhiều Pokemon, Pokestop và Gym."),
    (P2, "Những quận khác rất thưa thớt hoặc thậm chí không có Pokestop."),
    (P2, "Nếu muốn, người chơi có thể tạo thêm các địa danh có thật trên Google Maps để Pokemon Go lựa chọn làm Pokestop."),
    (P2, "Ngoài công viên Tao Đàn, công viên Lê Thị Riêng ở quận 10, TP HCM cũng được nhiều người chơi tìm đến."),
    (P2, "Theo chia sẻ của các game thủ, địa điểm này có nhiều pokemon cấp cao và hiếm gặp như Slowpoke, Tetacoll... và có đến 14 Pokestop, 3 Gym."),
    (P3, "Phát hành chính thức tại Việt Nam vào ngày 6/8, Pokémon GO nhanh chóng trở thành một cơn sốt đối với giới trẻ."),
    (P3, "Trò chơi tương tác thực tế này được dựa trên bộ truyện tranh nổi tiếng cùng tên do Nintendo và hãng Niantic Labs phát triển."),
    (P3, "Người chơi sẽ được hóa thân làm huấn luyện viên và có nhiệm vụ bắt được càng nhiều Pokémon càng tốt."),
    (P3, "Tại Hà Nội, cơn sốt Pokémon GO còn vô tình giúp “đẩy mạnh” tinh thần thể dục cho các game thủ."),
    # portable speakers (JBL Party On The Go, Xiaomi Sound Party)
    (S1, "Trong 10 chuyến đi chơi dã ngoại gần nhất, chiếc loa công suất 20 W luôn là thứ tôi chuẩn bị đầu tiên trong hành trang."),
    (S1, "Tuy vậy, tôi nhận ra công suất 20 W là chưa đủ cho một nhóm bạn trên 3 người khi đi dã ngoại."),
    (S1, "Mẫu Party On The Go của JBL là lựa chọn cân bằng nhất tôi tìm được."),
    (S1, "Ba thông số tôi quan tâm nhất khi mua loa di động là công suất, khối lượng và thời lượng pin trên JBL Party On The Go lần lượt là 100 W, 10 kg và 6 giờ."),
    (S1, "Với công suất 100 W, model này đáp ứng tốt nhu cầu dã ngoại trong không gian mở trên 100 m2."),
    (S1, "Bất cứ lúc nào tôi muốn tăng âm lượng để buổi tiệc sôi động hơn, JBL Party On The Go đều đáp ứng tốt."),
    (S2, "Với giá khoảng 2,79 triệu đồng, Sound Party trực tiếp đối đầu JBL Charge 6 và các dòng tầm trung của Sony bằng công suất lớn."),
    (S2, "Sound Party sử dụng cấu trúc âm học gồm 5 thành phần cho tổng công suất 50W."),
    (S2, "Trong đó, loa tweeter đảm nhiệm 15W, còn woofer cho công suất 35W."),
    (S2, "Nếu cần hiệu ứng tách kênh stereo, người dùng cần mua thêm một loa thứ hai để ghép TWS."),
    (S2, "Hệ thống tinh chỉnh Harman AudioEFX đóng vai trò như bộ xử lý DSP chủ động giúp hạn chế méo tiếng khi mở âm lượng cao, đặc biệt ở mức 90%."),
    (S2, "Tuy nhiên, một số người dùng am hiểu âm thanh cho rằng dải treble có xu hướng mềm và kém hơn so với chất âm sáng của JBL."),
    (S2, "Xiaomi công bố thời lượng pin tối đa của Sound Party là 26 giờ với viên pin 5.200 mAh, song con số này đạt được trong điều kiện khá lý tưởng: âm lượng 50%, tắt hiệu ứng đèn RGB 3D và Bass Boost."),
    (S2, "Điểm cộng đáng chú ý là khả năng sạc ngược 15W, cho phép dùng loa như pin dự phòng trong tình huống khẩn cấp."),
    # air fryers
    (F1, "Sam Milner là đầu bếp kiêm chuyên gia về nồi chiên không dầu người Anh."),
    (F1, "Cô và chồng từng xuất bản nhiều cuốn sách nấu ăn, chia sẻ công thức nấu nướng bằng nồi chiên không dầu như: Air Fryer Easy Everyday, Air Fryer Cooking Guide..."),
    (F2, "Mới đây nhất, vụ cháy xảy ra tại tầng 6 của một khu chung cư trên địa bàn quận Nam Từ Liêm, TP. Hà Nội là một ví dụ."),
    (F2, "Theo đó, khoảng 20h30 tối 1/10, người dân phát hiện lửa ngùn ngụt tại ban công căn hộ."),
    (F2, "Tháng 6/2021, tại Jacksonville, Florida (Mỹ), từng suýt xảy ra một vụ hỏa hoạn nghiêm trọng khi chiếc nồi chiên không dầu bị chập mạch điện bốc cháy."),
    (F3, "Ngoài ra, bài viết cũng cảnh báo: \"Nồi chiên không dầu có tráng lớp chống dính Teflon bên trong, khi chiên ở nhiệt độ cao sẽ rất nguy hiểm, nguy cơ bạn ăn nhựa rất cao\"."),
    (F4, "Với những người “gà mờ bếp núc”, nó chẳng khác nào “cứu tinh của dân lười”: chỉ cần cho sườn đã ướp vào, hẹn 20 phút là có ngay món sườn tỏi giòn rụm ngoài, mềm ngọt bên trong; khoai tây chiên đông lạnh chẳng cần rã đông, bật máy 15 phút là giòn hơn cả đồ mua ngoài; thậm chí bánh ngọt, món khó nhằn, cũng có thể dễ dàng xử lý."),
    # the Lego factory in Binh Duong
    (G1, "Đây là một trong những dự án FDI lớn nhất tại Bình Dương và cũng là một trong những dự án lớn nhất của Đan Mạch đầu tư vào Việt Nam."),
    (G1, "Nhà máy Lego được chính thức khởi công vào tháng 11/2022 tại Khu Công nghiệp Việt Nam - Singapore 3, tỉnh Bình Dương."),
    (G1, "Đây là Nhà máy thứ 6 và là nhà máy trung hoà carbon đầu tiên trên thế giới của Tập đoàn Lego."),
    (G1, "Được biết, Dự án của Tập đoàn Lego tại Bình Dương sẽ là nhà máy bền vững nhất của Lego trên thế giới về mặt thiết kế và xây dựng với trang thiết bị hiện đại."),
    (G1, "Lego đã hoàn tất xây dựng trung tâm năng lượng, trạm biến áp 110kv."),
    (G1, "Mục tiêu của Lego khi xây dựng nhà máy mới tại Bình Dương là mang đến 4.000 cơ hội việc làm trong vòng 15 năm tới."),
    (G1, "Bên cạnh đó, Lego sẽ gián tiếp hỗ trợ cho các doanh nghiệp và cộng đồng tại địa phương."),
    (G2, "Dự án nhà máy của Lego tại Việt Nam dự kiến được triển khai vào nửa cuối năm 2022 và bắt đầu đi vào hoạt động trong năm 2024, góp phần tạo ra 4.000 việc làm."),
    (G2, "Nhà sản xuất đồ chơi Lego ngày 6/3 đã công bố doanh số giảm lần đầu tiên trong 13 năm qua."),
    (G2, "Giám đốc điều hành Niels B. Christiansen cho biết sẽ không có “giải pháp tức thời” cho hãng đồ chơi Đan Mạch này."),
    (G3, "Theo thông tin trên Website chính thức của LEGO, ngày 9/4, Dự án nhà máy của Tập đoàn LEGO tại Khu công nghiệp Việt Nam - Singapore III (VSIP3), tỉnh Bình Dương đã chính thức khánh thành."),
    (G3, "Nhà máy của LEGO được đặt tại Khu Công nghiệp VSIP III, tỉnh Bình Dương có diện tích 44ha (tương đương với 62 sân bóng đá)."),
    (G3, "Dự án bao gồm 5 tòa nhà: khu văn phòng, trung tâm năng lượng, khu vực ép nhựa và đóng gói, kho hàng tự động và các công trình khác với tổng diện tích 150.000m2."),
    (G3, "Với tổng vốn đầu tư hơn 1 tỷ USD, Nhà máy LEGO tại Khu Công nghiệp VSIP III, tỉnh Bình Dương là nhà máy thứ 6 của Tập đoàn và lớn thứ 2 tại châu Á, mang lại lợi ích thiết thực cho địa phương và cả nước."),
    # the Garmin Run Vietnam 2025 race
    (R1, "Ngay từ 4 giờ sáng ngày 5/10, hàng ngàn runner đã tụ hội tại khu đô thị Sala, một trong những cung đường chạy đẹp nhất TP.HCM để cùng nhau xuất phát đầy hứng khởi ở các cự ly 21KM, 10KM, 5KM, phản ánh sức hút ngày càng lớn của giải chạy thuộc Garmin Run Asia Series."),
    (R1, "Bên cạnh đó thì sự góp mặt của các KOL nổi tiếng cùng hàng trăm runner quốc tế đến từ Hàn Quốc, Trung Quốc, Đài Loan, Mỹ… cũng góp phần khuấy động bầu không khí."),
    (R1, "Trước đó, ngày 4/10 ngày Expo Day cũng đã thu hút đông đảo cộng đồng yêu thể thao đến trải nghiệm các mẫu đồng hồ mới nhất từ Garmin như Forerunner 579/970, Instinct 3, fenix 8 AMOLED, Venu 4… cùng nhiều minigame sôi động."),
    (R2, "Garmin Run Vietnam 2025 tại TP. HCM, là một trong những chặng đua thuộc chuỗi giải chạy Garmin Run Asia Series trải dài khắp 10 quốc gia châu Á."),
    (R2, "Trong đó, expo diễn ra ngày 4/10 với các hoạt động phát Bib, race-kit cho gần 6.000 VĐV ở ba cự ly 5km, 10km, 21km cùng hạng mục mới 10km Couple."),
    (R2, "Sáng 5/10, cuộc đua chính thức Garmin Run Vietnam 2025 diễn ra tại khu đô thị Sala."),
    (R2, "Cự ly 21km xuất phát đầu tiên lúc 4h30."),
    (R3, "Sáng 5/10, Garmin Run Vietnam 2025 đã diễn ra tại khu đô thị Thủ Thiêm (TP HCM)."),
    (R3, "Sự kiện nằm trong chuỗi giải chạy Garmin Run Asia Series, được tổ chức tại 10 quốc gia Châu Á."),
    (R3, "Tuy nhiên, với lợi thế sức trẻ, Ngọc Phan vượt lên ở quãng cuối, về đích sau 1 tiếng 13 phút 46 giây, nhanh hơn đối thủ 32 giây."),
    (R3, "Đường đua có vài cây cầu nhưng không khó nên chủ động chạy theo pace vừa sức, chưa bung hết 100% sức lực."),
    (R4, "Lần đầu tổ chức tại Việt Nam, Garmin Run Vietnam 2025 thu hút gần 6.000 VĐV, trở thành mốc quan trọng trong hành trình kết nối cộng đồng chạy bộ châu Á."),
    (R4, "Sự kiện diễn ra ngày 5/10 tại khu đô thị Sala (TP HCM), gồm ba cự ly 5, 10, và 21km, quy tụ nhiều gương mặt nổi tiếng yêu thể thao, các VĐV tuyển cùng đông đảo runner phong trào."),
    (R4, "Garmin Run Vietnam 2025 còn mang dấu ấn công nghệ - thể hiện tầm nhìn \"From Zero to Hero\" của thương hiệu."),
    (R4, "Nhân dịp này, ông Scoppen Lin - Phó tổng giám đốc Garmin Châu Á, trao đổi với VnExpress về hành trình phát triển của chuỗi giải chạy và những kế hoạch trong thời gian tới."),
    (R4, "Đội ngũ Garmin Việt Nam đã nỗ lực rất lớn để đảm bảo mọi khâu - từ hoạt động tại sự kiện, thiết kế đường chạy đến công tác hậu cần - đều được chuẩn bị chỉn chu."),
    # the beer market (Sabeco, Heineken, Habeco)
    (B1, "Không chỉ cạnh tranh trên thương trường, theo nguồn tin của Nhadautu.vn, Sabeco - Heineken cũng đang \"đấu nhau\" kịch liệt để tranh tài trợ chính cho Seagame 31 tổ chức tại Việt Nam."),
    (B1, "Năm 2019, theo báo cáo của Kirin Holdings, Việt Nam là nước tiêu thụ bia lớn nhất Đông Nam Á; đứng vị trí thứ ba trên toàn châu Á, chỉ sau Trung Quốc và Nhật Bản."),
    (B1, "Hiệp hội Bia, Rượu, Nước giải khát Việt Nam (VBA) dự đoán rằng lượng tiêu thụ bia trung bình sẽ tăng 65% trong giai đoạn năm 2011 - 2021."),
    (B1, "Vào năm 2019, CEO Sabeco Bennett Neo từng chia sẻ rằng, quy mô và tầm ảnh hưởng của Sabeco và Heineken là quá lớn để các đối thủ còn lại có thể cạnh tranh hiệu quả."),
    (B1, "Theo báo cáo của Euromonitor, con số này đã tăng lên 73,1% vào năm 2019."),
    (B1, "Điều này đồng nghĩa với việc Habeco, Bia Huế (HBL), Carlsberg… phải chấp nhận chia nhau \"miếng bánh\" chưa đến 27% thị phần còn lại."),
    (B2, "Anh Truong cho biết mình thường gặp bạn bè tại một quán nhậu ở ngoại ô TP.HCM."),
    (B2, "Đối tác quản lý John Ditty của KPMG Việt Nam nói: “Không có nhiều thị trường còn lại có tiềm năng tăng trưởng như Việt Nam”."),
    (B2, "Theo Euromonitor, dân số trẻ thuộc tầng lớp trung lưu đang gia tăng của Việt Nam giúp nhu cầu bia tăng 300% từ năm 2002."),
    (B2, "Thị trường bia Việt Nam được ước tính trị giá 147.200 tỉ đồng, tương đương 6,5 tỉ USD, hồi năm 2016."),
    (B2, "Euromonitor dự báo mức tiêu thụ bình quân đầu người đạt 40,6 lít năm nay, biến Việt Nam trở thành nước tiêu thụ bia lớn nhất Đông Nam Á."),
    (B3, "Doanh số bán bia tại châu Á của hãng tăng 23%."),
    (B3, "Heineken sở hữu thương hiệu Tiger Beer - một trong những thức uống có cồn phổ biến tại khu vực này."),
    (B3, "Trong năm 2015 ước tính sản lượng bia đạt 3,4 tỷ lít, tăng 40,72% so với năm 2010 (2,416 tỷ lít)."),
    (B4, "Vì vậy, Aneuser-Busch Inbev (AB Inbev) đã lên kế hoạch vào Việt Nam khi xây dựng nhà máy vào năm 2014."),
    (B4, "Nghiên cứu của Công ty Monitor Internation cho thấy Sabeco chiếm 34% và Habeco là 19%."),
    (B4, "Cho nên một loạt các thương hiệu như Sapporo, Asahi của Nhật cũng đã góp mặt vào thị trường này."),
    (B4, "Riêng bia Heineken vẫn xem Việt Nam là thị trường chính yếu của mình."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (running Vietnamese text, no Latin tokens of their own).
V1 = "https://video.baotintuc.vn/giu-gin-lang-nghe-det-lua-truyen-thong-van-phuc-ha-dong-post11396.html"
V2 = "https://dangcongsan.vn/anh/lang-lua-van-phuc-diem-sang-du-lich-407976.html"
V3 = "http://vietuniquetours.com/vi/article/du-lich-lang-nghe-lang-lua-van-phuc"
V4 = ("https://tieudung.kinhtedothi.vn/doi-song/lang-lua-van-phuc-diem-den-ly-tuong-vao-dip-cuoi-tuan-"
      "42225.html")
C1 = "https://saotrucnguyenquyet.com/2023/08/21/bai-1-am-nhac-thinh-phong-mien-bac-ca-tru/"
C2 = "https://websachhay.com/dao-nuong-va-nghe-thuat-hat-trong-ca-tru-sach-chuyen-khao/amp/"
C3 = "https://tainghebeatscaocap.blogspot.com/2012/10/nguyen-inh-tu-ca-tru-nghe-thuat-cua-am.html"
C4 = "http://18thang4.com/am-nhac/so-lieu.htm"
Q1 = "https://daibieunhandan.vn/hat-canh-quan-ho-post197018.html"
Q2 = "https://www.qdnd.vn/van-hoa/doi-song/ve-hoi-lim-thuong-thuc-canh-quan-ho-765926"
T1 = "https://congdongviet.net/L%C3%A0ng_g%E1%BB%91m_B%E1%BA%A7u_Tr%C3%BAc_(Ninh_Thu%E1%BA%ADn)"
T2 = "http://khamphaviet.vn/du-lich-viet-nam/lang-bau-truc"
T3 = "https://tienphong.vn/bau-truc-lang-gom-cham-tram-nam-do-lua-post1826086.tpo"
L1 = "http://baolaocai.vn/bai-viet/214326-tham-vuong-quoc-hanh-toi-ly-son"
L2 = "https://baodautu.vn/den-voi-vuong-quoc-toi-ly-son-d27844.html"
L3 = "https://incomreal.vn/dao-ngoc-ly-son-tiem-nang-va-tran-tro"
H1 = "https://dulichvn.org.vn/index.php/item/9834"
H2 = "http://vamvo.com/Sapa/tabid/1072/ArticleId/1467/currentpage/1/Default.aspx"
H3 = "https://svhttdl.laocai.gov.vn/du-lich-trong-tinh/bac-ha-phien-cho-cuoi-nam-237150"
H4 = "https://baoquocte.vn/mot-lan-den-cho-bac-ha-34281.html&mobile=yes&amp=1"
H5 = "https://baophapluat.vn/ron-rang-cho-tet-bac-ha-post329739.html"
M1 = "https://yeubinhduong.com/?p=805"
M2 = "https://zaidap.com/binh-duong-lang-son-mai-tuong-binh-hiep-d394968.htm"
M3 = "https://toplist.vn/top/lang-son-mai-tuong-binh-hiep-465212.htm"

SPAM_PAGES = [
    # the silk village of Vạn Phúc
    (V1, "Tồn tại hơn 1000 năm, làng Vạn Phúc là một trong những làng dệt lụa đẹp nhất ở Việt Nam, được Trung tâm sách kỷ lục Việt Nam trao tặng kỷ lục “Làng nghề dệt lụa tơ tằm lâu đời nhất, vẫn còn duy trì hoạt động đến ngày nay”."),
    (V2, "Sau khi bà mất, dân làng tôn bà là Thành Hoàng làng lấy ngày sinh của bà (15/8 âm lịch) và ngày mất (25 tháng chạp) để tế lễ và giỗ tổ nghề."),
    (V2, "Trải qua hơn 1000 năm, nghề dệt lụa được cha truyền con nối, ngày nay dân làng Vạn Phúc đã dệt được hơn 70 loại sản phẩm vải lụa, vải gấm khác nhau, sản phẩm lụa quý đã tạo lên danh tiếng vượt tầm quốc gia."),
    (V2, "Trong cơ chế nền kinh tế thị trường, nhiều làng nghề dệt lụa truyền thống đã phải tìm ra cho mình một hướng đi để tồn tại và phát triển."),
    (V2, "Vạn Phúc là một trong những làng nghề đã thành công trong việc tìm hướng đi mới là bảo tồn nghề truyền thống, gắn với phát triển du lịch."),
    (V3, "Vạn Phúc là làng nghề dệt lụa tơ tằm đẹp nổi tiếng và lâu đời nhất Việt Nam."),
    (V3, "Mặc dù quá trình đô thị hóa ngày càng rõ rệt nhưng làng lụa Vạn Phúc vẫn còn giữ được những nét đặc trưng vốn có của vùng quê Việt Nam: Cây đa cổ thụ, giếng nước và những phiên chợ chiều họp ở sân Đình."),
    (V3, "Lụa Vạn Phúc đã có từ hàng ngàn năm trước, vào thời nhà Nguyễn từ vua Khải Định đến Vua Bảo đại đều sử dụng lụa Vạn Phúc để may quốc phục triều đình."),
    (V4, "Làng Vạn Phúc có gần 800 hộ gia đình làm nghề dệt, chiếm gần 60% trên tổng số hộ sinh sống nơi đây."),
    # ca trù
    (C1, "Ca Trù khởi nguồn từ lối hát Đào nương, lối hát lấy giọng nữ làm trọng."),
    (C1, "Ca Trù gắn liền với cây đàn đáy (vô đề cầm) và đối phách kép."),
    (C1, "Đoạn nào ca hay thì thưởng cho 1 thẻ."),
    (C1, "Đến sáng, đào kép được thưởng bao nhiêu thẻ thì cứ tính ra tiền mà lĩnh."),
    (C1, "Cùng với lịch sử dân tộc, Ca trù được hình thành và phát triển."),
    (C1, "Dần về sau, Ca Trù trở thành hình thức hát dâng cung đình và là hình thức giải trí trong dân gian."),
    (C2, "Sau chầu hát, đào nương lấy thẻ tre đổi thành tiền thưởng."),
    (C2, "Khi nàng chết, dân nhớ ơn lập đền thờ, gọi thôn nàng ở là thôn Cô Đầu."),
    (C2, "Từ đấy những người đi hát được gọi là cô đầu."),
    (C2, "Để trở thành một đào nương không phải dễ."),
    (C3, "Cùng với Nhã nhạc cung đình Huế và Cồng chiêng Tây Nguyên, Việt Nam lại có thêm hai di sản văn hóa phi vật thể nữa được toàn thế giới công nhận là Di sản của nhân loại."),
    (C4, "Trong nền âm nhạc dân tộc cổ truyền Việt Nam, không một thể loại âm nhạc nào lại có tính đa diện như nghệ thuật Ca trù."),
    (C4, "Thẻ gọi là trù, làm bằng mảnh tre ghi mức tiền ứng với giá trị mỗi thẻ, dùng để thưởng ả đào thay cho tiền mặt."),
    (C4, "Khi hát, quan viên thị lễ chia ngồi hai bên, một bên đánh chiêng (cồng) và một bên đánh trống."),
    # quan họ singing
    (Q1, "“Làng Diềm thôn” được nhắc đến trong câu ca, nay là làng Viêm Xá, thuộc xã Hòa Long, thành phố Bắc Ninh."),
    (Q1, "Đây là một trong những làng quan họ gốc còn lưu giữ nhiều bài quan họ cùng phong cách diễn xướng cổ."),
    (Q1, "Đặc biệt, chỉ ở làng Diềm mới có đền thờ vua bà thủy tổ quan họ."),
    (Q1, "Sau khi mời bạn vào nhà, mời nước, mời trầu, xơi cơm quan họ, đôi bên bắt đầu tổ chức hát canh."),
    (Q2, "Một canh quan họ có 3 chặng, kéo dài từ 19 giờ 30 phút tối hôm trước đến khoảng 2 giờ sáng hôm sau, có canh kéo dài đến tận 5 giờ sáng."),
    (Q2, "Chặng cuối diễn ra khi trời đã về sáng, có tên gọi là “giọng giã”."),
    (Q2, "Người hát canh không cần loa, không nhạc nhưng giọng hát chậm rãi, vang, rền, nền, nảy làm xao động lòng người."),
    (Q2, "Với những người sành quan họ, hát canh càng về đêm nghe càng hay."),
    (Q2, "Để tham gia hát canh, mỗi liền anh, liền chị phải thuộc hàng trăm câu quan họ."),
    # the Chăm pottery of Bàu Trúc
    (T1, "Toàn làng có 440 hộ với 2.887 nhân khẩu dân tộc Chăm, trong đó 80% số hộ gắn bó với nghề gốm truyền thống."),
    (T1, "Đây là một làng nghề vào loại cổ xưa nhất Việt Nam."),
    (T1, "Ở làng Bàu Trúc, tất cả phụ nữ Chăm đều biết làm gốm."),
    (T1, "Các cháu gái 12-15 tuổi bắt đầu học nghề gốm, khi có chồng phải biết làm đủ các sản phẩm từ ấm đất đến lu đựng nước."),
    (T1, "Sắc đỏ gốm nung đã thấm vào máu thịt của bà con."),
    (T1, "Người làm gốm gửi tình cảm, tâm linh mình vào từng đường nét hoa văn."),
    (T1, "Đất sét lấy từ đồng làng về đập nhỏ."),
    (T1, "Trước khi nặn gốm phải ủ đất một đêm với lượng nước vừa phải."),
    (T2, "Người dân ở Bầu Trúc đã dùng đôi bàn tay khéo léo của mình, những vòng tre và những vỏ sò để tạo ra những tác phẩm vô giá."),
    (T2, "Loại đất sét này được lấy từ bờ sông Quao, khi nung rất dẻo và bền."),
    (T2, "Kỹ năng trộn cát với đất sét cũng rất khác biệt."),
    (T2, "Bằng những thao tác khéo léo và các tuyệt phẩm đã được hình thành."),
    (T3, "Ngày nay, đi dọc các con đường nhỏ trong làng, du khách dễ dàng bắt gặp hình ảnh những sân phơi gốm được xếp ngay trước hiên nhà."),
    (T3, "Từng động tác đều đòi hỏi sự tỉ mỉ, kinh nghiệm và cảm nhận tinh tế của người thợ."),
    (T3, "Các sản phẩm đa dạng chủng loại và mẫu mã, mang đặc trưng riêng của gốm Chăm."),
    # the garlic of Lý Sơn
    (L1, "Lý Sơn là huyện đảo tiền tiêu của tỉnh Quảng Ngãi, nằm cách đất liền khoảng 15 hải lý."),
    (L1, "Nơi đây nổi tiếng với đặc sản tỏi và hành tím - những loại cây gia vị được người Việt ưa thích."),
    (L1, "Trên cùng là lớp cát trắng hình thành từ vụn san hô lắng dưới đáy biển, được khai thác và hút lên bờ, chuyên phục vụ cho việc trồng hành, tỏi."),
    (L1, "Đó là cách người dân Lý Sơn tận dụng tối đa diện tích đất trên đảo để trồng tỏi."),
    (L2, "Được mệnh danh là ”vương quốc tỏi”, bao đời nay, cây tỏi đã gắn liền với người dân đảo Lý Sơn."),
    (L2, "Hiện người dân trên đảo đang vào vụ trồng tỏi mới, năm nay do thời tiết diễn biến thất thường nên việc trồng tỏi chậm hơn so với mọi năm."),
    (L2, "Tận mắt chứng kiến người dân trồng tỏi mới hiểu được phần nào sự nhọc nhằn của người dân đất đảo."),
    (L3, "Người dân ở đây chủ yếu sống bằng hai nghề chính là đánh bắt hải sản và trồng hành, tỏi."),
    (L3, "Tuy nhiên, Lý Sơn vẫn là huyện nghèo với nhiều tiềm năng chưa được khai thác."),
    (L3, "Đảo Lý Sơn được hình thành nhờ sự phun trào của núi lửa cách đây hàng triệu năm…"),
    # the Bắc Hà market
    (H1, "Chưa đến 8 giờ chợ đã kín chật cả người."),
    (H1, "Thực phẩm nơi đây chủ yếu theo mùa."),
    (H1, "Còn ngựa thì rẻ hơn, chỉ cần từ 5 đến 7 triệu đồng là có thể mua được một con ngựa tốt rồi."),
    (H1, "Nhưng người dân không mua xe mà họ lại hay cưỡi ngựa."),
    (H1, "Bởi ngựa có thể đi đường rừng, có thể lên nương thồ ngô… làm những việc mà xe máy không làm được."),
    (H2, "Cơ man nào là mận, đỏ mọng, đầy ắp gùi lớn gùi bé, san sát bên vệ đường..."),
    (H2, "Chợ phiên Bắc Hà có rượu ngô Bản Phố nổi tiếng."),
    (H2, "Bán rượu chủ yếu là phụ nữ, còn người đi mua rượu thì toàn thấy đàn ông."),
    (H2, "Hàng rượu thơm nồng men rừng, thứ men tự chế từ hạt cây Hồng Mi của người Mông."),
    (H2, "Chị Nùng Thị Thư ở Na Thá, lưng địu con thơ mới 8 tháng tuổi."),
    (H3, "Anh bạn đồng nghiệp từng nói, Bắc Hà có ba thứ \"đặc sản\", chợ phiên, rượu ngô Bản Phố và xòe Tà Chải."),
    (H4, "Người dân địa phương coi việc đi chợ phiên như đi dự một ngày hội nhỏ."),
    (H4, "Tôi đi tìm mua cái khèn để lưu niệm."),
    (H4, "Nhiều bà con vẫn giữ được sự thật thà vốn có của đồng bào dân tộc."),
    (H5, "Phiên chợ khá đông, cùng với đồng bào dân tộc còn có khá nhiều khách du lịch trong nước và khách nước ngoài."),
    # the lacquerware of Tương Bình Hiệp
    (M1, "Nhiều cơ sở sơn mài mọc lên, sản phẩm cũng ngày càng trở nên phong phú đáp ứng thị hiếu thẩm mỹ, nhu cầu sử dụng của khách hàng."),
    (M1, "Tương Bình Hiệp đã trở thành một thương hiệu sơn mài nổi tiếng."),
    (M1, "Quá trình tạo nên một tác phẩm sơn mài truyền thống phải trải qua 25 công đoạn."),
    (M1, "Sản phẩm sau khi hoàn thành sẽ được kiểm định chất lượng trước khi đưa ra thị trường."),
    (M3, "Trong khâu chế biến sơn, đánh sơn cho chín được xem là một khâu quan trọng, đòi hỏi tay nghề, quá trình tích lũy kinh nghiệm lâu năm của người thợ sơn."),
    (M3, "Người thợ đánh sơn trong nhiều ngày cho đến khi sơn chín, nổi bọt lăn tăn, sơn trong suốt tựa màu cánh con gián nên gọi là sơn cánh gián."),
]

# (a key naming one sentence of SPAM_PAGES, the word replaced, the place)
CASES = [
    # start: the sentence's first syllable
    ("Trong cơ chế nền", "Trong", "start"),
    ("Đến sáng, đào kép", "Đến", "start"),
    ("Cùng với lịch sử", "Cùng", "start"),
    ("Từ đấy những người", "Từ", "start"),
    ("Để tham gia hát canh", "Để", "start"),
    ("Đây là một làng nghề", "Đây", "start"),
    ("Đất sét lấy từ", "Đất", "start"),
    ("Bằng những thao tác", "Bằng", "start"),
    ("Đảo Lý Sơn được", "Đảo", "start"),
    ("Thực phẩm nơi đây", "Thực", "start"),
    ("Bởi ngựa có thể", "Bởi", "start"),
    ("Bán rượu chủ yếu", "Bán", "start"),
    ("Sản phẩm sau khi", "Sản", "start"),
    # end: the last syllable, before the final punctuation
    ("gắn với phát triển du lịch", "lịch", "end"),
    ("giọng nữ làm trọng", "trọng", "end"),
    ("và đối phách kép", "kép", "end"),
    ("đổi thành tiền thưởng", "thưởng", "end"),
    ("không phải dễ", "dễ", "end"),
    ("nghe càng hay", "hay", "end"),
    ("“giọng giã”", "giã", "end"),
    ("máu thịt của bà con", "con", "end"),
    ("cũng rất khác biệt", "biệt", "end"),
    ("trước hiên nhà", "nhà", "end"),
    ("người Việt ưa thích", "thích", "end"),
    ("chưa được khai thác", "thác", "end"),
    ("để lưu niệm", "niệm", "end"),
    # function: a function word
    ("giải trí trong dân gian", "trong", "function"),
    ("là Di sản của nhân loại", "của", "function"),
    ("có tính đa diện như", "như", "function"),
    ("Thẻ gọi là trù", "bằng", "function"),
    ("Sau khi mời bạn vào", "vào", "function"),
    ("tâm linh mình vào", "vào", "function"),
    ("ủ đất một đêm với", "với", "function"),
    ("tối đa diện tích đất trên đảo để", "để", "function"),
    ("Hiện người dân trên đảo", "trên", "function"),
    ("chủ yếu sống bằng", "bằng", "function"),
    ("không mua xe mà", "mà", "function"),
    ("Phiên chợ khá đông", "với", "function"),
    ("nhu cầu sử dụng của", "của", "function"),
    # name: a syllable of a person or place name
    ("Vạn Phúc là làng nghề dệt", "Phúc", "name"),
    ("vua Khải Định", "Khải", "name"),
    ("thôn Cô Đầu", "Đầu", "name"),
    ("chỉ ở làng Diềm", "Diềm", "name"),
    ("làng Viêm Xá", "Viêm", "name"),
    ("Ở làng Bàu Trúc", "Trúc", "name"),
    ("bờ sông Quao", "Quao", "name"),
    ("riêng của gốm Chăm", "Chăm", "name"),
    ("người dân đảo Lý Sơn", "Sơn", "name"),
    ("có rượu ngô Bản Phố", "Phố", "name"),
    ("cây Hồng Mi", "Mi", "name"),
    ("xòe Tà Chải", "Chải", "name"),
    ("Tương Bình Hiệp đã trở thành", "Hiệp", "name"),
    # inner: a syllable inside a compound
    ("ngày càng rõ rệt", "rệt", "inner"),
    ("quan viên thị lễ", "viên", "inner"),
    ("phong cách diễn xướng", "xướng", "inner"),
    ("chậm rãi", "rãi", "inner"),
    ("đôi bàn tay khéo léo của mình", "léo", "inner"),
    ("cảm nhận tinh tế", "tế", "inner"),
    ("vụn san hô", "hô", "inner"),
    ("sự nhọc nhằn", "nhằn", "inner"),
    ("đỏ mọng", "mọng", "inner"),
    ("Người dân địa phương coi", "phương", "inner"),
    ("sự thật thà", "thà", "inner"),
    ("quá trình tích lũy", "lũy", "inner"),
    ("nổi bọt lăn tăn", "tăn", "inner"),
    # number: the syllable right after a number
    ("Tồn tại hơn 1000 năm", "năm", "number"),
    ("(25 tháng chạp)", "tháng", "number"),
    ("hơn 70 loại", "loại", "number"),
    ("gần 800 hộ", "hộ", "number"),
    ("cho 1 thẻ", "thẻ", "number"),
    ("có 3 chặng", "chặng", "number"),
    ("2.887 nhân khẩu", "nhân", "number"),
    ("12-15 tuổi", "tuổi", "number"),
    ("khoảng 15 hải lý", "hải", "number"),
    ("Chưa đến 8 giờ", "giờ", "number"),
    ("từ 5 đến 7 triệu", "triệu", "number"),
    ("mới 8 tháng tuổi", "tháng", "number"),
    ("trải qua 25 công đoạn", "công", "number"),
]

# Tokens by shape (see SOURCES): elliotwutingfeng/GlobalAntiScamOrg-blocklist and polkadot-js/phishing, written as
# spam writes them: the whole domain, its name, its name in CamelCase or with a capital.
TOKENS = {
    "domain": ["ezocoin.com", "bullionqwin.com", "exmodex.plus", "legendfyut.com", "creamrfx.com", "mecxai.com",
               "dexcentra.com", "horadojogo.site", "qcmtrade.com", "sptradek.com", "otcawinbtc.com", "ufuextop.com",
               "bitbullin.com"],
    "letter-digit": ["Citex8", "Baiyi888", "Lucky268", "Xf5858", "Wds1688", "King108", "Puhui65", "Fetpo668",
                     "Munc58", "Miccoss19", "Ofa7777", "Kuexchge132", "Jcai539"],
    "CamelCase": ["CryptoCovePro", "PulseMatrixCharts", "MarketCoinDot", "SafetyDimes", "CoinDuck",
                  "DailyGrowthInvestment", "SmartResolve", "WithdrawalMap", "SafeModeTrading", "NoLimitSmartPortal",
                  "CrazyFrogs", "MultiverseDash", "FujiBullionCnhk"],
    "lower-case": ["dadkstk", "daleasy", "guarupps", "vocekoo", "alvotack", "alaroap", "lifftycas", "hoddirs",
                   "bosinhsx", "bitonux", "peyderpe", "azetkulk", "borevkest"],
    "digit-led": ["7sbet", "28game", "1778game", "19winlin", "539trust", "24svip", "107energy", "3exmax", "7mhds",
                  "19onlines", "9361ex", "58w4s", "55ssn"],
    "hyphenated": ["ken-exs.com", "coin-ant.com", "maple-flow.com", "usdt-flow", "ice-snowmall", "disen-cex",
                   "bit-sachem", "omix-fix", "mega-lo", "fomo-paperhands", "bestpad-pro", "enter-goldera",
                   "crypto-grad"],
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

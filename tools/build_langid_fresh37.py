"""Build ``benchmarks/data/langfresh37/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata37.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh37.py``. Same format as langfresh14-36
(``benchmarks/langid.py --data benchmarks/data/langfresh37 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 37) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-36, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-05) on ransomware attacks in Viet Nam (LockBit, Bkav's counts), VALORANT
  esports in Viet Nam (VCT, Riot Games, VNG), Tesla's Cybertruck, the cloud and data-centre investments of Google,
  Microsoft and others in South-East Asia, and the Meta Quest 3 headset (topics no earlier control had), each holding
  real Latin tokens a spam detector could take for a pasted token: group, team and product names (LockBit,
  BlackCat, FARGO3, STOP/DJVU, FEARUS, DivisionX Gaming, SBTC Esports, Nongshim RedForce, VARREL, FULL SENSE,
  Cybertruck, Cyberbeast, Gigafactory Texas, F-150 Lightning, Snapdragon XR2 Gen 2), CamelCase and glued names
  (VnDirect, VNGGames, RedForce, SpaceX, xAI, DNeX, TP.HCM), codes and units glued to numbers (10TB, 8GB, BO5,
  BO7, 15h00, 5vs5, Best-of-3, 2064x2208), abbreviations (VCS, RaaS, PVOIL, CMC, NCA, IP, VCT, FPS, NPH, ĐNÁ,
  VNĐ, USD, AI, CNTT, GDP, LCD, BI) and English loans and names (ransomware, hacker, key, Bitcoin, streamer, beta,
  Twitch, concept, The Verge, Insider, Reuters, Nikkei, Workspace, Search, Maps, Compute Engine, cloud region).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (động Phong Nha and the sông
  Son, the Cô Tô islands, the Cúc Phương national park, the đèo Hải Vân and vịnh Lăng Cô, the Pù Luông rice
  terraces), one syllable replaced by one token (its first whole-word occurrence; columns: split, spam text,
  token, original word, original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``,
  ``name``, ``inner`` and ``number`` (as langfresh22-36). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-36 for theirs): the fraudulent-URL list of the Ukrainian Interbank Payment Systems Member Association
"EMA" as mirrored by elliotwutingfeng/Ukrainian-EMA-blocklist (fake payment, money-transfer, top-up and loan sites,
fake brokers, investment and crypto sites, lotteries, casinos and survey or prize scams); written as spam writes
them: 16 full domains, 13 letter-digit codes, 15 CamelCase names, 13 bare lower-case names, 6 digit-led names, 15
hyphenated names (2 with their domain). None is an earlier set's token, in spam_brands.txt or the held-out stems, or
a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables included), none holds a brand stem of spam_brands.txt,
a held-out stem or an earlier token of 4 letters or more, and none is held by one (all checked before any run).
``deal`` orders each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh37"
SEED = 37
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
R1 = "https://mtv.vn/nhom-tin-tac-lockbit-hoat-dong-manh-tai-viet-nam-26702"
R2 = "https://sohuutritue.net.vn/hon-77000-may-tinh-tai-viet-nam-bi-ma-hoa-du-lieu-tong-tien-d164646.html"
R3 = ("http://vietnet24h.vn/thi-truong/thi-truong-cong-nghe/18-phut-mot-vu-tong-tien-so-ma-doc-ransomware-dang-tan-"
      "cong-viet-nam-don-dap")
R4 = "https://baomoi.net.vn/ma-doc-tong-tien-moi-nguy-lon-voi-doanh-nghiep-c52108687.epi"
R5 = ("https://vneconomy.vn/techconnect/tan-cong-doi-tien-chuoc-ransomware-vao-cac-doanh-nghiep-viet-tang-dot-"
      "bien.htm")
V1 = ("http://nhipsongviet.toquoc.vn/nhung-dieu-ban-can-biet-ve-giai-valorant-chuyen-nghiep-dau-tien-tai-viet-nam-"
      "40202119410552241.htm")
V2 = ("https://vietgiaitri.com/riot-games-thay-doi-he-thong-giai-dau-valorant-game-thu-viet-se-ra-sao-"
      "20241114i7316270/")
V3 = ("https://thanhnien.vn/nhin-lai-cypher-in-cyber-2025-diem-tua-thuc-day-the-thao-dien-tu-viet-nam-"
      "185250228142544239.htm")
V4 = "https://thanhnien.vn/vong-chung-ket-vct-2026-pacific-stage-1-se-to-chuc-tai-viet-nam-185260121114839906.htm"
V5 = ("https://www.oneesports.gg/vn/tournaments/giai-dau-valorant-dau-tien-giua-cac-streamer-se-duoc-to-chuc-boi-100-"
      "thieves/?utm_medium=internal&utm_source=article&utm_campaign=botstorytracker_vn")
V6 = "https://esportsfan.net/co-bao-nhieu-giai-dau-valorant-tren-toan-cau-4889269.html"
T1 = "https://cafeauto.vn/thi-truong/sau-gan-4-nam-tesla-cybertruck-moi-co-mat-tai-dai-ly-36666.html"
T2 = "https://thanhhoa24h.net.vn/mua-xe-cua-elon-musk-khach-coc-4-nam-van-chua-duoc-nhan-a184774.html"
T3 = "https://znews.vn/ty-phu-elon-musk-chap-nhan-de-xe-cybertruck-doi-dau-ban-tai-ford-post1017656.html"
T4 = ("https://lifestyle.znews.vn/e-am-tesla-cybertruck-duoc-cong-ty-khac-cua-elon-musk-mua-theo-lo-"
      "post1594060.html")
T5 = "https://tintucxedien.com/elon-musk-cong-bo-thoi-gian-cho-su-kien-giao-hang-tesla-cybertruck/"
T6 = "https://vietnamnet.vn/sieu-ban-tai-gay-nhieu-hoai-nghi-tesla-cybertruck-lo-dien-gia-tu-60-100-usd-2221728.html"
D1 = "https://thanhnien.vn/cong-nghe/my-va-trung-quoc-doi-dau-trong-linh-vuc-dam-may-o-dong-nam-a-1433723.html"
D2 = "https://hva.group/google-dau-tu-2-ty-usd-vao-trung-tam-du-lieu-malaysia"
D3 = "https://m.baophapluat.vn/google-rot-2-ty-usd-vao-trung-tam-du-lieu-va-dam-may-tai-malaysia-post514251.html"
D4 = "https://1thegioi.vn/print/217809.html"
D5 = "https://vietnamnet.vn/dong-nam-a-mat-tran-moi-cua-cac-nha-cung-cap-dich-vu-dam-may-2328054.html"
D6 = "https://baodanang.vn/channel/5408/202405/dong-nam-a-se-la-trung-tam-du-lieu-cua-the-gioi-3971775"
D7 = "https://caytreos.com/dien-toan-dam-may-google-cloud-platform-co-dat-trung-tam-du-lieu-o-viet-nam-khong"
Q1 = ("https://tinhte.vn/thread/tren-tay-meta-quest-3-buoc-khoi-dau-cua-tuong-lai-dien-toan-khong-gian-cho-so-"
      "dong.3731996/")

CLEAN = [
    # ransomware attacks in Viet Nam
    (R1, "LockBit, băng đảng tin tặc khét tiếng, đã thực hiện gần một nửa số vụ tấn công mã hóa tống tiền (ransomware) tại Việt Nam trong năm 2024."),
    (R1, "Kể từ khi ra đời năm 2019, LockBit nhanh chóng trở thành cơn ác mộng đối với các tổ chức và doanh nghiệp trên toàn thế giới."),
    (R1, "Theo thống kê của tổ chức an ninh mạng Flashpoint, trong năm 2023, nhóm này đã thực hiện hơn 1.000 cuộc tấn công, chiếm tới 21% tổng số vụ ransomware lớn toàn cầu, vượt xa đối thủ cạnh tranh là BlackCat."),
    (R1, "Những vụ tấn công nổi tiếng của LockBit không chỉ khiến các tập đoàn lớn như TSMC, Boeing hay Royal Mail (Anh) điêu đứng, mà còn chứng minh sức mạnh của chúng trong thế giới ngầm công nghệ."),
    (R1, "Theo báo cáo từ Viettel Cyber Security (VCS), chỉ tính riêng năm 2024, nhóm này đã thực hiện 12 vụ tấn công, chiếm gần 50% tổng số vụ ransomware trong cả nước."),
    (R1, "Điển hình là cuộc tấn công vào hệ thống của công ty VnDirect hồi tháng 3."),
    (R1, "Với mô hình kinh doanh tấn công mạng thông qua đại lý (Ransomware as a Service - RaaS), LockBit không chỉ mã hóa mà còn đánh cắp dữ liệu từ nạn nhân."),
    (R2, "Một số vụ việc tiêu biểu liên quan đến virus mã hóa tống tiền, đó là vào đầu tháng 5/2023, một doanh nghiệp lớn có đội ngũ quản trị viên dày kinh nghiệm, nắm rõ hệ thống của mình bị ransomware tấn công, toàn bộ hơn 10TB dữ liệu bị mã hóa."),
    (R2, "Hacker yêu cầu hơn 4 tỉ đồng đổi lấy key giải mã."),
    (R2, "Trong khi đó, vào giữa tháng 5/2023, một doanh nghiệp khác bị hacker tấn công và mã hóa dữ liệu hàng loạt máy chủ, máy cá nhân lúc nửa đêm."),
    (R2, "Hacker đòi 9 nghìn USD tiền chuộc dữ liệu cho mỗi máy bị mã hóa."),
    (R2, "Các chuyên gia của Bkav phát hiện, hệ thống đã bị tấn công bởi vi rút mã hóa Jianliang, chưa từng xuất hiện trước đây."),
    (R2, "Không chỉ vậy, hệ thống giám sát vi rút của Bkav còn phát hiện dòng mã độc mã hóa dữ liệu STOP/DJVU hoặc FARGO3, chuyên nhắm tới các doanh nghiệp, đơn vị sử dụng các phần mềm quản lý dữ liệu kế toán."),
    (R2, "Theo thống kê, có tổng cộng 261 máy chủ bị xâm nhập từ hơn 6.000 IP khác nhau."),
    (R3, "Cùng với Indonesia và Philippines, Việt Nam hiện là một trong ba quốc gia Đông Nam Á chịu ảnh hưởng nặng nề nhất từ ransomware – loại mã độc có khả năng mã hóa toàn bộ dữ liệu và chỉ “mở khoá” khi nạn nhân trả tiền chuộc, thường là bằng Bitcoin để tránh bị truy vết."),
    (R4, "Ransomware là một loại phần mềm độc hại, khi xâm nhập vào hệ thống máy tính sẽ mã hóa dữ liệu khiến người dùng mất quyền truy cập."),
    (R4, "Theo thống kê của hãng bảo mật Bkav, trong năm 2024, có 155.640 máy tính tại Việt Nam bị tấn công bởi mã độc tống tiền ransomware."),
    (R4, "Tại Việt Nam, nhiều DN lớn đã trở thành nạn nhân của ransomware như PVOIL, Vietnam Post hay VnDirect."),
    (R4, "Ngày 12/4/2025, Tập đoàn công nghệ CMC cũng vào danh sách nạn nhân này."),
    (R4, "Còn theo khảo sát của Hiệp hội An ninh mạng quốc gia (NCA), trong năm 2024, có 46,15% đơn vị tham gia khảo sát của NCA cho biết đã từng bị tấn công mạng ít nhất 1 lần trong năm, và 6,77% thường xuyên bị tấn công."),
    (R5, "Theo báo cáo của Viettel Threat Intelligence năm 2023, đã có 12 triệu tài khoản bị xâm nhập trên không gian mạng và 48 triệu bản tin dữ liệu cá nhân, tổ chức bị rò rỉ."),
    (R5, "Các dữ liệu này bị đăng tải và mua bán trên các diễn đàn và trang mạng như Telegram."),
    # VALORANT esports in Viet Nam
    (V1, "VCT Stage 2 Challengers Vietnam là giải VALORANT chuyên nghiệp chính thức do nhà phát hành VNG tổ chức."),
    (V1, "Giải đấu khởi tranh vào 15h00 ngày 20/4 này với tổng tiền thưởng lên tới 530 triệu VNĐ."),
    (V1, "Nhà vô địch sẽ \"bỏ túi\" 200 triệu VNĐ."),
    (V1, "Với việc có kết quả tốt hơn ở vòng loại, 4 đội gồm FEARUS, DivisionX Gaming, Steal Your Glory và EGO là 4 cái tên góp mặt ở vòng 2."),
    (V1, "Các trận đấu sẽ diễn ra với thể thức BO5."),
    (V1, "Trận chung kết diễn ra vào 17h00 ngày 25/5 thi đấu với thể thức BO7."),
    (V1, "Tất cả các trận đấu sẽ diễn ra tại Vikings Esports Arena, Hà Nội và được phát trực tiếp trên các kênh sóng của VALORANT Việt Nam."),
    (V1, "Giải đấu có sự xuất hiện của hàng loạt cái tên nổi tiếng làng Esports Việt Nam như SBTC Esports, Cerberus Esports."),
    (V2, "Cộng đồng game thủ Việt Nam chắc chắn đã biết đến thông tin Riot Games hạ cấp giải đấu LMHT VCS."),
    (V2, "Điều này cũng diễn ra tương tự với Valorant, một tựa game bắn súng FPS khác của Riot Games."),
    (V2, "Theo đó, trên trang chủ Valorant Esports, nhà phát hành này thông báo thay đổi lớn đối với hệ sinh thái Challengers trên toàn thế giới, đặc biệt là khu vực Châu Á – Thái Bình Dương, trong đó có Việt Nam."),
    (V2, "Cùng với đó là bổ sung một giải đấu khu vực mang tên VCT Challengers Đông Nam Á (ĐNÁ)."),
    (V2, "Theo Riot Games, đây sẽ là hệ sinh thái Esports mới bền vững và có chất lượng cao hơn cho tổng thể, đáp ứng nhu cầu của người hâm mộ."),
    (V3, "VALORANT là tựa game bắn súng chiến thuật 5vs5 hiện được NPH VNGGames phát hành chính thức tại Việt Nam kể từ năm 2021."),
    (V3, "Giải đấu Cypher in Cyber vừa khép lại vào ngày 16.2 vừa qua là minh chứng điển hình."),
    (V3, "Trận Chung kết tổng của Cypher in Cyber 2025 diễn ra giữa hai đội VALORANT bán chuyên là Blue Eyes White Dragon và Unicorn Cyber Đà Nẵng, theo thể thức Best-of-3."),
    (V3, "Và sau những màn đấu súng căng thẳng, Unicorn Cyber đã chiến thắng chung cuộc 2-0 và trở thành nhà Vô địch đầu tiên của Cypher In Cyber với 20 triệu đồng tiền thưởng."),
    (V4, "Hệ thống giải đấu VCT Pacific của bộ môn thể thao điện tử VALORANT sẽ chính thức khởi tranh mùa giải mới từ ngày 22.1."),
    (V4, "Trong đó, TP.HCM lần đầu tiên đăng cai một Vòng chung kết VCT Pacific, tại Stage 1 vào tháng 5 năm nay."),
    (V4, "Đầu tiên, đội tuyển FULL SENSE sẽ thay thế TALON Esports trong mùa giải VCT Pacific 2026."),
    (V4, "Giải sẽ có thêm 2 đội tuyển đã giành được suất thi đấu VCT Pacific 2026 thông qua Ascension Pacific 2025."),
    (V4, "Ngoài ra, một gương mặt quen thuộc - Nongshim RedForce và một kẻ thách thức mới - VARREL, cũng sẽ góp mặt ở giải."),
    (V4, "Một lần nữa, hệ thống tính điểm Championship Point sẽ trở lại trong năm 2026."),
    (V5, "Valorant, tựa game FPS đầu tay của Riot Games đã đi vào giai đoạn beta kể từ ngày 07/04/2020 và nhận được vô số những phản hồi tích cực bởi cộng đồng game thủ toàn cầu và chiếm vị trí dẫn đầu số lượng người xem trên Twitch."),
    (V5, "Vào ngày 10/4, 100 Thieves công bố họ sẽ trở thành đơn vị đứng ra tổ chức cho giải đấu Valorant đầu tiên giữa các streamer có tên tuổi hàng đầu của làng FPS."),
    (V5, "Ví dụ gần đây nhất là giải đấu CoD: Warzone From Home trong tháng 3 vừa qua."),
    (V6, "Hiện nay, hệ thống giải đấu Valorant quốc tế bao gồm 4 cấp độ chính, từ thấp đến cao, bao gồm: Valorant Challengers, VCT Pacific (hoặc tương ứng với các khu vực khác), VCT Masters và cuối cùng là Valorant Champions."),
    (V6, "Valorant Challengers là giải đấu khởi đầu trong hệ thống thi đấu chuyên nghiệp của Valorant."),
    (V6, "Valorant Masters là giải đấu quốc tế giữa mùa, nơi quy tụ những đội tuyển xuất sắc nhất từ các khu vực đã vượt qua Challengers và vòng khu vực."),
    # Tesla's Cybertruck
    (T1, "Vào tháng 11/2019, hãng xe điện Tesla của Mỹ đã chính thức giới thiệu mẫu bán tải điện Cybertruck với kiểu dáng kì lạ và mãi tới 4 năm sau những phiên bản thương mại đầu tiên đã có mặt tại đại lý thu hút rất nhiều người xem."),
    (T1, "Hiện Tesla Cybertruck đang được trưng bày tại hơn 10 cửa hàng chính hãng khắp Bắc Mỹ."),
    (T1, "Mỗi cửa hàng chỉ có một xe Tesla Cybertruck được trưng bày với hàng rào bảo vệ, người xem có thể xem, chụp hình, quay video nhưng không thể tiếp cận."),
    (T1, "Tesla Cybertruck lần đầu xuất hiện dưới dạng concept vào ngày 21/11/2019 và nhận đặt hàng trước với khoản cọc 100 USD."),
    (T1, "Tháng 7 năm nay, chiếc Cybertruck đầu tiên được sản xuất tại nhà máy Gigafactory Texas, Mỹ, với lịch giao xe được công bố sẽ bắt đầu vào cuối tháng 11."),
    (T2, "Tuy nhiên, tờ BI cho rằng không ai có thể đoán được liệu điều đó có đáng để những người hâm mộ kiên nhẫn của Tesla chờ đợi hay không."),
    (T2, "Nguồn tin tiết lộ hiện có khoảng 1,9 triệu người đặt cọc Cybertrucks."),
    (T2, "Khi Tesla ra mắt chiếc xe của mình trong một sự kiện hoành tráng vào cuối năm 2019, hãng đã quảng cáo giá khởi điểm của dòng xe này là 39.900 USD và hai mẫu xe hiệu suất cao hơn có giá 49.900 USD và 59.900 USD."),
    (T2, "Những người đặt hàng Cybertruck nói với Insider rằng quyết định mua hàng của họ cuối cùng sẽ phụ thuộc vào những điều cơ bản như giá cả và kích thước."),
    (T3, "Tesla thông báo chỉ sau một ngày, số lượng đặt hàng chiếc Cybertruck đã lên đến 200.000."),
    (T3, "Đây là loại bán tải của Ford Motor Co., cực kỳ phổ biến tại Mỹ."),
    (T3, "Phản ứng lại, Phó chủ tịch Ford X Sundeep Madra thách Elon Musk gửi một chiếc Cybertruck cho Ford."),
    (T3, "Sau màn giới thiệu Cybertruck, cổ phiếu của Tesla sụt 6%, khiến tổng tài sản của Elon Musk giảm 768 triệu USD, xuống còn 23,6 tỷ USD."),
    (T3, "CEO Tesla sau đó cam kết sẽ sửa chữa lỗi này của xe Cybertruck."),
    (T4, "Tất cả đều liên quan đến SpaceX và xAI - những công ty cùng dưới quyền kiểm soát của Elon Musk tương tự Tesla."),
    (T4, "Trong quý III, Tesla bán được 5.385 bán tải điện Cybertruck, giảm đến 63% so với lượng bàn giao 14.000 xe đạt được trong cùng kỳ năm ngoái."),
    (T4, "Theo The Verge, Tesla dự kiến có thể giao hàng thành công khoảng 20.000 bán tải điện Cybertruck trong năm nay."),
    (T4, "Theo The Verge, doanh số ôtô điện tại xứ cờ hoa dự kiến giảm mạnh trong quý cuối năm - điều có thể khiến tình hình kinh doanh của Tesla Cybertruck trở nên tồi tệ hơn."),
    (T4, "Ford F-150 Lightning trong quý III vẫn dẫn đầu với 10.005 xe bán ra."),
    (T5, "Elon Musk cho biết trong cuộc họp nội bộ với các nhà đầu tư hôm qua 19/4 rằng Tesla sẽ tổ chức một sự kiện giao hàng cho chiếc xe bán tải điện Cybertruck bị trì hoãn từ lâu vào quý 3 năm 2023."),
    (T5, "Sau hơn ba năm kể từ thông báo ban đầu, việc sản xuất Cybertruck dự kiến sẽ bắt đầu vào mùa hè này – mặc dù Musk đã nói rằng việc sản xuất số lượng lớn sẽ không bắt đầu cho đến năm sau."),
    (T6, "Theo công bố chính thức, Tesla Cybertruck sở hữu kích thước 5.682 x 2.200 x 1.791 mm."),
    (T6, "Trong khi đó, phiên bản hiệu năng cao Cyberbeast có khối lượng 3.194 kg."),
    # cloud and data-centre investments in South-East Asia
    (D1, "Theo Nikkei, một cấu trúc cơ sở hạ tầng khổng lồ rộng 170.000 mét vuông đang được xây dựng ở Tanjong Kling, cách trung tâm thành phố Singapore khoảng 20 phút lái xe."),
    (D1, "Đây cũng là trung tâm dữ liệu đầu tiên được xây dựng theo yêu cầu của Facebook ở châu Á."),
    (D1, "Microsoft hồi đầu năm tuyên bố sẽ thành lập trung tâm dữ liệu ở Indonesia và Malaysia."),
    (D2, "Google đã công bố khoản đầu tư đáng kể 2 tỷ USD vào Malaysia để thành lập trung tâm dữ liệu đầu tiên và khu vực Google Cloud tại quốc gia này."),
    (D2, "Trung tâm dữ liệu, sẽ được đặt tại Khu kinh doanh Elmina của Sime Darby Property ở bang Selangor, được thiết kế để hỗ trợ các dịch vụ như Tìm kiếm, Bản đồ và Không gian làm việc."),
    (D3, "Theo Reuters, đây là bước tiến mới nhất của gã khổng lồ công nghệ Mỹ trong việc mở rộng dấu ấn tại Đông Nam Á, khu vực đang nổi lên như một thị trường tiềm năng với dân số trẻ và am hiểu công nghệ."),
    (D3, "Dự án hứa hẹn sẽ thúc đẩy mạnh mẽ quá trình chuyển đổi số tại Malaysia, cung cấp các dịch vụ tiên tiến như Tìm kiếm, Bản đồ, Workspace và trí tuệ nhân tạo (AI) cho người dùng và doanh nghiệp địa phương."),
    (D3, "Động thái của Google diễn ra trong bối cảnh các ông lớn công nghệ khác như Microsoft, Amazon, Nvidia và Apple cũng đang đẩy mạnh đầu tư vào Đông Nam Á."),
    (D3, "Gần đây, Microsoft đã công bố khoản đầu tư 2,2 tỷ USD vào dịch vụ đám mây tại Malaysia và 1,7 tỷ USD tại Indonesia."),
    (D4, "Google hôm 30.5 cho biết sẽ đầu tư 2 tỉ USD vào Malaysia để xây dựng trung tâm dữ liệu đầu tiên và trung tâm đám mây (Google Cloud) khu vực tại quốc gia này."),
    (D4, "Với hơn 692 triệu dân, Đông Nam Á gần đây đã thu hút được sự quan tâm và đầu tư từ các ông lớn công nghệ như Microsoft, Amazon, Nvidia, Apple."),
    (D4, "Trung tâm dữ liệu sẽ cung cấp năng lượng cho các dịch vụ Google gồm Search, Maps và Workspace, đồng thời sẽ giúp cung cấp các dịch vụ AI."),
    (D5, "Google vừa công bố kế hoạch đầu tư tổng cộng 3 tỷ USD vào Malaysia và Thái Lan, nơi nhu cầu đối với đám mây và AI ngày càng tăng."),
    (D5, "Trong đó, 2 tỷ USD phân bổ cho trung tâm dữ liệu và đám mây khu vực (cloud region) đầu tiên tại Selangor, Malaysia, dự kiến tạo ra 26.500 việc làm vào năm 2030."),
    (D5, "Cơ sở sẽ phục vụ nhu cầu các dịch vụ số như Maps và Workspace."),
    (D5, "Google cũng thông báo bắt tay với nhà cung cấp dịch vụ CNTT Malaysia DNeX để cung cấp dịch vụ đám mây có chủ quyền tại Malaysia."),
    (D5, "1 tỷ USD còn lại được Google rót cho Thái Lan nhằm mở rộng hạ tầng đám mây và trung tâm dữ liệu ở Chonburi và Bangkok."),
    (D5, "Dự án có thể đóng góp thêm 4 tỷ USD cho GDP Thái Lan năm 2029 và tạo ra 14.000 việc làm trong vòng 5 năm."),
    (D6, "Ngày 30-4 là khoản “rót” 1,7 tỷ USD trong 4 năm để xây dựng các trung tâm dữ liệu trí tuệ nhân tạo (AI) và điện toán đám mây tại Indonesia, đánh dấu khoản đầu tư lớn nhất trước nay của Microsoft vào Indonesia trong lịch sử 29 năm hoạt động tại nước này."),
    (D6, "Chỉ một ngày sau, ông Satya Nadella, Chủ tịch kiêm CEO Microsoft tiếp tục công bố “cam kết quan trọng” trong xây dựng trung tâm dữ liệu vùng mới tại Thái Lan."),
    (D6, "Rồi ngày kế tiếp, Microsoft công bố đầu tư 2 tỷ USD trong 4 năm tới vào hạ tầng điện toán đám mây và AI tại Malaysia, cũng như hợp tác với chính phủ nước này xây trung tâm AI quốc gia."),
    (D7, "Tôi có xài dịch vụ máy ảo Compute Engine của GCP thì thấy cũng như AWS, ở vùng Đông Nam Á, họ chỉ đặt trung tâm dữ liệu ở Jakarta của Indonesia và ở Singapore."),
    (D7, "Hiện tại tôi không thấy có trung tâm dữ liệu nào của Google Cloud Platform đặt ở Việt Nam."),
    # the Meta Quest 3 headset
    (Q1, "Không khó để nhận ra, Meta Quest 3 mới ra mắt luôn luôn được báo giới so sánh trực tiếp với một sản phẩm thậm chí còn chưa tới tay người tiêu dùng, Apple Vision Pro."),
    (Q1, "Hai màn hình dù vẫn là LCD, nhưng độ phân giải đã tăng lên 2064x2208 cho mỗi bên mắt."),
    (Q1, "Chip xử lý Qualcomm Snapdragon XR2 Gen 2 được kết hợp với 8GB RAM để xử lý ứng dụng và game cài đặt ngay trên thiết bị, tức là gần như không cần thiết bị xử lý bên ngoài như máy tính chẳng hạn."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (running Vietnamese text, no Latin token of their own).
P1 = "http://dulichxanh.info/dong-phong-nha"
P2 = "http://tinkinhte.jcapt.com/du-lich/kham-pha-viet-nam/dao-choi-tren-song-son.nd5-dt.151595.032266.html"
P3 = "https://nguoixunghekiev.vn/serviceView_353__100351.html"
P4 = "https://betav3.kienthuc.net.vn/tu-khoa.html?q=v%C6%B0%C6%A1ng+qu%E1%BB%91c+hang+%C4%91%E1%BB%99ng"
C1 = "https://vnexpress.net/cam-nang-du-lich-co-to-4478268.html"
C2 = "https://vietnam.vnanet.vn/vietnamese/long-form/co-to-vien-ngoc-xanh-giua-bien-troi-dong-bac-426170.html"
C3 = "https://dantri.com.vn/du-lich/man-nhan-voi-nhung-bai-cat-dai-trang-min-o-dao-ngoc-co-to-20230919112733081.htm"
C4 = "https://samthienha.com/dao-co-to-thien-duong-du-lich-mien-dong-bac.html"
F1 = "https://tuoitre.vn/vuon-quoc-gia-cuc-phuong-20260318102542047.htm"
F2 = "https://moitruongdulich.vn/index.php/item/6672"
F3 = ("https://congdankhuyenhoc.vn/print/vuon-quoc-gia-cuc-phuong-co-gi-ma-5-lan-lien-tiep-duoc-binh-chon-la-vuon-"
      "quoc-gia-hang-dau-chau-a-17923080915525542.htm")
F4 = "http://daidoanket.vn/dan-toc/cuc-phuong-tintuc116857"
F5 = "https://xaydungtoday.vn/?p=57918"
H1 = "https://gdptvietnam.org/?p=8857"
H2 = "https://vietales.vn/deo-hai-van-thien-ha-de-nhat-hung-quan/"
H3 = "https://dulichxuyenviet.vn/deo-hai-van-thien-ha-de-nhat-hung-quan"
H4 = "https://dibui.vn/deo-hai-van-thien-ha-de-nhat-hung-quan-quanh-nam-dinh-deo-co-may-che-phu"
H5 = "https://chuyenxua.net/cau-chuyen-ve-hai-van-quan-tren-deo-hai-van-thien-ha-de-nhat-hung-quan"
H6 = "https://dulich.reatimes.vn/deo-hai-van-thien-ha-de-nhat-hung-quan-202190917155135536.htm"
L1 = "https://baomoi.net.vn/ngam-ve-dep-yen-binh-ruong-bac-thang-pu-luong-mua-do-nuoc-c43064288.epi"
L2 = "https://vietnamnet.vn/khach-tay-thich-thu-check-in-ruong-bac-thang-mua-do-nuoc-o-pu-luong-2482308.html"
L3 = "https://dulichdoanhnhan.vn/tag/travel-blogger-vinh-gau.html"

SPAM = [
    # start: the sentence's first syllable
    (P1, "Tương truyền hơn một trăm năm về trước, ông vua trẻ Hàm Nghi đã ẩn mình ở đây cùng một số cận thần và ra lời kêu gọi Cần Vương.", "Tương", "start"),
    (P1, "Bơi thuyền qua cửa hang, động rộng như một cái bát úp trên mặt nước.", "Bơi", "start"),
    (P2, "Dòng sông mang một màu xanh đến lạ ấy tạo cho khách một cảm giác nhẹ nhàng.", "Dòng", "start"),
    (P3, "Hai bên bờ sông Son là những ngọn núi cũng xanh ngắt.", "Hai", "start"),
    (C2, "Không chỉ có những bãi tắm quyến rũ, Cô Tô còn sở hữu một quần thể các đảo nhỏ xinh đẹp, trong đó nổi bật là đảo Cô Tô Con.", "Không", "start"),
    (C1, "Nếu có dịp, khách tham quan cũng có thể trò chuyện với những người gác đèn biển để hiểu thêm về nhiệm vụ, cuộc sống của họ...", "Nếu", "start"),
    (F2, "Giữa rừng già, những cây đại thụ to vật vã, hàng chục người ôm chưa xuể, ngửa hết cổ vẫn chưa thấy ngọn.", "Giữa", "start"),
    (F5, "Men theo những con đường quanh co, du khách được chiêm ngưỡng vẻ cao lớn, uy nghi của những cây chò, cây sấu ngàn năm tuổi, khám phá thế giới của những loài côn trùng và động vật hoang dã.", "Men", "start"),
    (H1, "Đường đèo quanh co, khúc khuỷu men theo triền núi, uốn lượn như dải lụa vắt ngang giữa trời mây.", "Đường", "start"),
    (H6, "Hiếm có nơi nào trên thế giới lại có một cảnh sắc thiên nhiên tuyệt vời kết hợp đủ các yếu tố biển cả, núi non, mây trời, gió lộng như đèo Hải Vân.", "Hiếm", "start"),
    (L2, "Không ít du khách quốc tế lần đầu đặt chân đến đây đã tỏ ra thích thú.", "Không", "start"),
    (L3, "Nằm lọt thỏm dưới thung lũng Pù Luông là bản Đôn, nơi tập trung đông người Thái.", "Nằm", "start"),
    (H2, "Ban ngày, còn tùy theo thời tiết, nhưng chiều tối thì khung cảnh đèo Hải Vân luôn trắng xóa do được mây che phủ.", "Ban", "start"),
    # end: the last syllable, before the final punctuation
    (P1, "Nước sông trong veo và phẳng lặng như mặt gương, càng vào sâu ánh sáng càng nhạt dần rồi mất hẳn.", "hẳn", "end"),
    (P1, "Tất cả hợp thành tiếng nhạc, lúc âm u như tiếng chiêng, lúc bập bùng như tiếng trống.", "trống", "end"),
    (P2, "Thuyền đi chen giữa núi, nước lững lờ trôi.", "trôi", "end"),
    (P2, "Ngay chỉ việc đi thuyền chậm rãi trên sông Son, đã thấy lòng mình nhẹ tênh chuyện thế sự, quên hết mệt mỏi ưu phiền.", "phiền", "end"),
    (P3, "Sông Son chảy từ động Phong Nha và nối vào sông Gianh.", "Gianh", "end"),
    (C2, "Bãi biển Hồng Vàn dịu dàng với những con sóng lăn tăn, là nơi lý tưởng để bạn thư thái dạo bước, ngắm nhìn hoàng hôn buông xuống.", "xuống", "end"),
    (F4, "Cây sấu cổ thụ khó xác định niên đại.", "đại", "end"),
    (F1, "Các hoạt động tại Cúc Phương chủ yếu là tham quan rừng, đi bộ theo tuyến và tìm hiểu hệ sinh thái.", "thái", "end"),
    (H1, "Gió như đàn ngựa giong ruổi dặm trường, mây như từ trên trời tuôn xuống.", "xuống", "end"),
    (H5, "Phải nói là đầy “ấn tượng”, đầy xúc động trước cảnh tượng bao la hùng vỹ của trời cao thăm thẳm, biển cả bao la, rừng núi chập chùng…, tuy rằng lúc đó “Hải” (biển) thì thấy rõ ràng mà “Vân” (mây) thì không, chỉ thấy trời xanh thăm thẳm và nắng chói không gian.", "gian", "end"),
    (L1, "Khu vực có nhiều ruộng bậc thang nhất nằm ở bản Đôn, một địa điểm được nhiều khách du lịch yêu thích nơi đây vẫn giữ được cảnh quan thiên nhiên hoang sơ, không gian yên bình.", "bình", "end"),
    (L3, "Tuy là mùa hè, nhưng bao quanh Pù Luông là rừng núi bạt ngàn, lại thuộc vùng núi đá vôi đất thấp nên thời tiết khá mát mẻ.", "mẻ", "end"),
    (H6, "Mặt biển xanh ngắt, mênh mông.", "mông", "end"),
    # function: a function word
    (P2, "Màu xanh của sông Son khác với bất cứ dòng sông nào, bình lặng và thấm đẫm chất thơ.", "của", "function"),
    (P3, "Nước thì xanh như màu xanh đồng, nhưng lại gọi là sông Son vì vào mùa mưa, nước mưa bào mòn đất đá ở các triền núi đổ xuống làm nước sông đỏ như màu gạch son.", "nhưng", "function"),
    (P3, "Dân làng cảm kích tấm lòng son của vị đại sư nên đặt tên cho sông này là sông Son.", "nên", "function"),
    (C2, "Ngược lại, Vàn Chảy lại sôi động hơn với những con sóng bạc đầu, là địa điểm tuyệt vời cho các hoạt động thể thao biển.", "với", "function"),
    (C1, "Du khách được lưu ý đi chân trần lên bậc thang - do cầu thang là nơi hứng nước mưa sạch để dự trữ của những người gác đèn.", "do", "function"),
    (F2, "Trước khi dùng bữa, thực khách nhúng đũa vào thức ăn, đầu đũa sẽ báo hiệu có độc tố hay không.", "hay", "function"),
    (F4, "Nơi đây trong quá khứ là tiểu vùng địa lý hiểm trở, người xưa đã chọn làm nơi dừng chân, ẩn náu.", "trong", "function"),
    (F1, "Trong khuôn viên vườn có các trung tâm bảo tồn động vật hoang dã, thực hiện nhiệm vụ cứu hộ, chăm sóc và lưu giữ một số loài quý hiếm.", "và", "function"),
    (H1, "Đèo Hải Vân chênh vênh một bên là núi rừng, một bên là biển cả, đỉnh đèo mây phủ quanh năm nên còn được gọi là “đèo Mây”.", "nên", "function"),
    (H3, "Có nhiều tranh cãi về việc Hải Vân thuộc quản lý của Huế hay Đà Nẵng.", "về", "function"),
    (H5, "Mình là người địa phương mà còn rứa, nói chi tới người phương xa.", "mà", "function"),
    (L2, "Nhiều người dành hàng giờ đi bộ qua các bản làng, men theo lối mòn trên sườn núi để tìm góc chụp đẹp.", "để", "function"),
    (H6, "Hãy mạnh dạn bỏ qua con đường hầm đường bộ vì tuy rút ngắn nhiều về mặt thời gian nhưng lại mất đi sự thưởng thức một cảnh đẹp tuyệt vời.", "vì", "function"),
    # name: a syllable of a person or place name
    (P3, "Từ thành phố Đồng Hới, tỉnh Quảng Bình, du khách theo đường Hồ Chí Minh bắt đầu chuyến du lịch khám phá di sản thiên nhiên thế giới Phong Nha-Kẻ Bàng xuôi theo dòng sông Son vào động Phong Nha.", "Hới", "name"),
    (C2, "Nằm giữa biển khơi Đông Bắc Tổ quốc, từ lâu Cô Tô đã trở thành điểm đến mơ ước của bao du khách, một “viên ngọc xanh” lấp lánh giữa lòng vịnh Bắc Bộ.", "Tô", "name"),
    (C3, "Du lịch biển đảo được xác định là mũi nhọn trong chiến lược phát triển du lịch Quảng Ninh, trong đó Cô Tô đang trở thành từ khóa của nhiều du khách khi tìm kiếm một điểm đến \"đi trốn\" khỏi nhịp sống nhanh của xã hội hiện đại.", "Ninh", "name"),
    (F4, "Xa xa, kinh đô cổ Hoa Lư gợi nhớ đến Đinh Tiên Hoàng đế và thật đẹp khi “vịnh Hạ Long trên cạn” hiện ra trước mắt trong một màn sương huyền ảo.", "Lư", "name"),
    (F1, "Vườn quốc gia Cúc Phương là khu bảo tồn thiên nhiên nằm trên địa bàn ba tỉnh Ninh Bình, Thanh Hóa và Phú Thọ.", "Thọ", "name"),
    (F2, "Dân dã ngoại thường kháo nhau : “Muốn coi thú phải vào Cát Tiên, muốn tắm thác lên Bạch Mã, muốn xem cây và chim thì đến Cúc Phương”.", "Tiên", "name"),
    (H4, "Năm 1306, vua Chăm Pa là Chế Mân cắt hai châu này làm sính lễ để cưới công chúa Huyền Trân nhà Trần (con vua Trần Nhân Tông); thì con đèo này là ranh giới giữa Đại Việt và Chăm Pa.", "Mân", "name"),
    (H3, "Đèo Hải Vân nằm trên một nhánh núi đâm ra biển thuộc dãy Bạch Mã (một phần của dãy Trường Sơn), nối liền và là ranh giới địa phận tỉnh Thừa Thiên Huế và thành phố Đà Nẵng.", "Sơn", "name"),
    (H6, "Nếu đi từ Huế vào, sẽ qua vịnh Lăng Cô với nước biển trong vắt và thiên nhiên mỹ lệ.", "Lăng", "name"),
    (L1, "Pù Luông là khu bảo tồn thiên nhiên thuộc địa phận huyện Bá Thước và Quan Hóa, tỉnh Thanh Hóa.", "Thước", "name"),
    (L3, "Pù Luông có nghĩa là đỉnh cao nhất làng.", "Luông", "name"),
    (H4, "Tới năm 1470, vua Lê Thánh Tông thân chinh mang quân đi đánh Chăm Pa.", "Thánh", "name"),
    (L2, "Du khách chủ yếu đến từ châu Âu, Mỹ và Úc.", "Mỹ", "name"),
    # inner: a syllable inside a compound
    (P1, "Trước cửa động, cảnh núi non sông nước quyến rũ, thiên nhiên hùng vĩ với vô vàn hình ảnh kỳ thú hiện ra như khêu gợi trí tưởng tượng của con người.", "rũ", "inner"),
    (P1, "Xen lẫn với tiếng mái chèo như có tiếng chiêng vẳng lên.", "chèo", "inner"),
    (P3, "Chuyện kể ngày xưa, có vị tiên sư đại pháp người Trời thường xuống du ngoạn cảnh hạ giới, thấy yêu mến nơi này bèn ở lại rồi dạy dân cách làm ăn.", "ngoạn", "inner"),
    (C2, "Không ồn ào, náo nhiệt, Cô Tô chinh phục trái tim du khách bằng những bãi biển trải dài cát trắng mịn như bột, nước biển trong veo nhìn thấu đáy.", "nhiệt", "inner"),
    (C1, "Được mệnh danh là con đường tình yêu, lối đi có hai bên là bóng mát của hàng phi lao xanh, vi vu theo gió biển, gần kề là sóng xô bờ cát, nắng vàng len lỏi qua những tán lá...", "danh", "inner"),
    (F2, "Trong vườn có nhiều cây kim giao, loại cây quý được dùng làm đũa cho vua chúa ngày xưa, vì gỗ có tác dụng thử độc.", "chúa", "inner"),
    (F5, "Kiểu rừng đặc trưng của Cúc Phương là rừng mưa nhiệt đới với cây cối xanh quanh năm.", "trưng", "inner"),
    (F5, "Nhờ đó mà ngay từ khu cổng chào, du khách sẽ cảm nhận được không gian thoáng đãng cùng sự trong lành, tĩnh mịch nơi rừng già.", "đãng", "inner"),
    (H2, "Hải Vân có nghĩa là Biển và Mây, cái tên đã nói lên khung cảnh hùng vĩ của con đèo với biển cả và những đám mây trôi lững lờ trên đỉnh núi.", "vĩ", "inner"),
    (H3, "Gọi là “Hải Vân” vì nơi đây có cảnh sắc vô cùng tuyệt đẹp, đỉnh đèo quanh năm có mây che phủ và chân đèo là biển mênh mông xanh thẳm.", "cùng", "inner"),
    (L2, "Từ trên cao nhìn xuống, các thửa ruộng uốn lượn mềm mại theo triền núi, phản chiếu bầu trời, mây trắng và những mái nhà sàn thấp thoáng, tạo nên khung cảnh vừa hùng vĩ, vừa thơ mộng.", "lượn", "inner"),
    (L3, "Với điều kiện khí hậu thuận lợi và một nền văn hoá bản địa gần như được bảo tồn nguyên vẹn, Pù Luông thích hợp để phát triển du lịch cộng đồng, du lịch sinh thái.", "hậu", "inner"),
    (H5, "Ngày nay, trên bước đường xuôi ngược Bắc Nam, khi lên đến đỉnh đèo Hải Vân, nếu có du khách nào tò mò dừng lại để ngắm nhìn cảnh quang chung quanh trong giây lát, có thể họ sẽ bắt gặp một cái cổng thành xưa, đứng chênh vênh trên sườn núi, ngoảnh mặt về phương Nam, nhìn về thành phố và vịnh Đà Nẵng.", "ngược", "inner"),
    # number: the syllable right after a number
    (F2, "Nếu chia theo vách rễ, dư sức phân chỗ ở cho 2 gia đình tứ đại đồng đường.", "gia", "number"),
    (P2, "Du khách thường ngồi thuyền đi một đoạn chừng 2 cây số trên sông Son trước khi vào ngắm nhìn động Phong Nha kỳ vĩ.", "cây", "number"),
    (F2, "Hệ thực vật Cúc Phương cực kỳ phong phú với 229 họ, 1.007 chi, hơn 2.200 loài; trong đó có 3 loài đặc hữu là Hồ Trăn, Mua và Cui.", "họ", "number"),
    (F2, "Cúc Phương còn có 296 loài cây thuốc, 229 loài cây có thể ăn trái và 140 loài phong lan…", "loài", "number"),
    (F4, "Cúc Phương là rừng 5 tầng, tầng cao nhất tới 60 mét.", "tầng", "number"),
    (C4, "Nhờ du lịch, huyện đảo với gần 7.000 dân này đã thu gần 500 tỉ đồng/năm 2018.", "dân", "number"),
    (C1, "Leo lên 72 bậc thang xoáy chôn ốc lên đỉnh ngọn đèn, bạn sẽ thu vào tầm mắt toàn bộ hòn đảo xinh đẹp giữa một vùng trời biển bao la, tàu thuyền ra vào tấp nập...", "bậc", "number"),
    (P3, "Sông Son rộng chừng 35-40 mét, nước xanh ngắt, trong thấu đáy, nhìn rõ cả những đàn cá đang bơi.", "mét", "number"),
    (H5, "Mùa Hè năm 1956 tôi được đi qua đèo Hải Vân lần đầu tiên trong đời, trong một chuyến đi chơi Đà Nẵng bằng xe đò An Lợi.", "tôi", "number"),
    (L3, "Vào độ tháng 5, 6 và tháng 9,10, những thửa ruộng bậc thang ở Pù Luông vào độ chín rộ, tạo nên khung cảnh mùa vàng trù phú tuyệt đẹp.", "và", "number"),
    (P4, "Với hệ thống hơn 400 hang động đã được khám phá và đo vẽ tính đến hiện tại, Phong Nha - Kẻ Bàng (Quảng Bình) là địa danh nổi tiếng, thu hút đông đảo du khách trong và ngoài nước.", "hang", "number"),
    (F3, "Đây là lần thứ 5 liên tiếp, Vườn quốc gia Cúc Phương được vinh dự nhận giải thưởng này.", "liên", "number"),
    (H1, "Trước đây, vào thế kỷ 13, vùng đất này thuộc về 2 châu Ô, Rí của vương quốc Chămpa, được vua Chămpa là Chế Mân cắt làm sính lễ cầu hôn công chúa Huyền Trân đời Trần.", "châu", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): the fraudulent-URL list of the Ukrainian Interbank
# Payment Systems Member Association "EMA" mirrored by elliotwutingfeng/Ukrainian-EMA-blocklist, written as spam
# writes them.
TOKENS = {
    "domain": ["finbet.online", "gtradex.net", "hqbroker.com", "koliq.world", "hipx.pro", "zevs.trade",
               "tradeforge.pro", "usdtrader.com", "unlswap.site", "topup.sbs", "wolsir.com", "ceshex.com",
               "trustncrypto.com", "horizonwave.cfd", "unllotto.com", "agmarkets.cc"],
    "letter-digit": ["Luckysend24", "Globalua38", "Fxprime365", "Easypay365", "Goldtrade2019", "Lotohappy2019",
                     "Transfervsem365", "Eumoney24", "Gt770", "Wkl2126", "Stableprofit3", "Swk1001",
                     "Tradeengine24"],
    "CamelCase": ["SpeedMillions", "PayWaveOnline", "HandsomeLucky", "FortunateEuphoria", "CardToCardEasy",
                  "SendMoneyCard", "GoldTransfer", "MillionsFree", "SuperBinary", "MultiChangez", "CauvoCapital",
                  "ValerianPartners", "WealthInnovations", "KredovikMoney", "WorldLotteryPlace"],
    "lower-case": ["popolnyashka", "perevadka", "popolkosh", "kredityvultra", "zaimkreditmix", "creditsgo",
                   "transferdeng", "obmennik", "samikavik", "dolidka", "papalka", "platezka", "firmusha"],
    "digit-led": ["770capital", "24grandcasino", "0nlinepaidlife", "0nlykasatop", "4cards", "12dz"],
    "hyphenated": ["snp-broker.io", "swap-pro.trade", "take-your-bonus", "star-rates-award", "perevodi-legko",
                   "grinta-invest", "finance-helpya", "link-traidcompany", "cool-survey", "world-present",
                   "gold-city-company", "allianse-garant", "easymany-pay", "ringo-bet", "royale-casino"],
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

"""Build ``benchmarks/data/langfresh39/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata39.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh39.py``. Same format as langfresh14-38
(``benchmarks/langid.py --data benchmarks/data/langfresh39 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 39) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-38, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-05) on the arrest of Telegram's founder Pavel Durov in France (August 2024),
  SpaceX's Starship test flights, the trailers and delays of the game GTA 6, OpenAI's video model and app Sora /
  Sora 2, and Huawei's foldable phones (Mate X, Mate XT 2) -- topics no earlier control had -- each holding real
  Latin tokens a spam detector could take for a pasted token: product and model codes (GTA 6, GTA V, Sora 2, Mate XT
  2, Kirin 9020, Taishan V120, Cortex-A715, Maleoon 920, Super Heavy, PlayStation 5, Xbox Series X/S), units glued
  to numbers (18h25, 5h25, 123m, 3.2GHz, 7nm+, 5.5x), dates in dotted form (5.2026, 19.11.2026, 9.2025),
  abbreviations (CEO, AI, A.I, TF1, BFM TV, OFMIN, IGN, SMIC, GPU, AAA, PC, iOS), CamelCase and glued names
  (VKontakte, OpenAI, ChatGPT, TikTok, YouTube, SpaceX, Starbase, Starlink, Tech4Gamers, TechRadar, Appfigures,
  DALL-E, red-teamers, text-to-video) and English loans and names (trailer, livestream, feed, cameo, app, megapixel,
  smartphone, Rockstar Games, Take-Two, Vice City, The Game Business, Deadpool vs. Wolverine, Falcon Wing, Plus, Pro,
  Blend).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (the Trà Sư cajeput forest in An Giang,
  Gành Đá Đĩa in Phú Yên, the Đền Hùng temples on núi Nghĩa Lĩnh in Phú Thọ, and Cù Lao Chàm off Hội An), one
  syllable replaced by one token (its first whole-word occurrence; columns: split, spam text, token, original word,
  original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``, ``inner`` and
  ``number`` (as langfresh22-38). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-38 for theirs): todorss/illegal-unlicensed-gambling-websites (``gambling.txt``, a hosts-style list of
illegal and unlicensed online casinos, bookmakers and lotteries and their numbered mirrors); written as spam writes
them: 16 full domains, 13 letter-digit codes, 15 CamelCase names, 13 bare lower-case names, 6 digit-led names, 15
hyphenated names (2 with their domain). None is an earlier set's token, in spam_brands.txt or the held-out stems, or
a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables and tools/data/letter_shape_lists.txt included; for
the letter-digit and digit-led names their letter parts too), none holds a brand stem of spam_brands.txt, a held-out
stem or an earlier token of 4 letters or more, and none is held by one (all checked before any run). ``deal`` orders
each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh39"
SEED = 39
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
D1 = "https://baolaocai.vn/ceo-telegram-pavel-durov-bi-bat-tai-phap-post389015.html"
D2 = "https://kienthuc.net.vn/kinh-doanh/khoi-tai-san-do-so-cua-ty-phu-dung-sau-telegram-vua-bi-bat-2025147.html"
R1 = "https://ngaynay.vn/spacex-phong-thu-thanh-cong-ten-lua-starship-the-he-moi-post165331.html"
R2 = "https://www.qdnd.vn/quoc-te/tin-tuc/spacex-phong-thu-nghiem-ten-lua-starship-830263"
R3 = "https://baomoi.net.vn/tag/Starship-5.epi"
R4 = "https://suckhoedoisong.vn/tau-vu-tru-starship.html"
R5 = "https://kenh14.vn/tong-thong-my.html"
G1 = "https://thanhnien.vn/trailer-moi-cua-gta-6-lap-ky-luc-tren-youtube-18525050711474859.htm"
G2 = "https://thanhnien.vn/gta-6-tiep-tuc-bi-doi-lich-phat-hanh-185251107205356637.htm"
G3 = "https://www.24h.com.vn/cong-nghe-thong-tin/game-thu-khoc-rong-rockstar-lai-doi-lich-phat-hanh-gta-6-c55a1712304.html"
G4 = "https://tingame24h.net/tin-nong-grand-theft-auto-6-bi-hoan-ngay-ra-mat-chinh-thuc-chot-2652026"
G5 = ("https://mytour.vn/vi/blog/bai-viet/dau-hieu-ro-rang-cho-thay-thoi-diem-gta-6-se-ra-mat-cong-dong-game-thu-dang-"
      "hao-huc-chuan-bi-tien-bac.html")
G6 = ("https://footballclub.uk.com/ngay-phat-hanh-gta-6-bi-hoan-den-2026-tat-ca-nhung-gi-chung-ta-biet-ve-ngay-phat-"
      "hanh-moi")
G7 = "https://www.xmi.cc/vi/new/gta-6-release-delayed-announcement.html"
S1 = "https://cafef.vn/openai-phat-hanh-cong-cu-tao-video-ai-188241211164146119.chn"
S2 = "https://vneconomy.vn/techconnect/doi-net-ve-sora-2-trinh-tao-video-moi-nhat-cua-openai.htm"
S3 = "https://congdongai.vn/threads/sora-cong-cu-a-i-tao-video-chat-dien-anh-khien-dan-lam-phim-rung-minh.263/post-281"
S4 = "https://thanhnien.vn/openai-ra-mat-mang-xa-hoi-sora-giong-tiktok-nhung-tran-ngap-video-ai-gia-mao-185251002205102207.htm"
S5 = "https://cafef.vn/bat-chap-tranh-cai-sora-con-hot-hon-ca-chatgpt-ngay-sau-khi-ra-mat-188251012153032242.chn"
S6 = "https://znews.vn/sora-lai-gay-sot-post1590624.html"
S7 = "https://vnexpress.net/sora-2-dat-mot-trieu-luot-tai-nhanh-hon-chatgpt-4949687.html"
H1 = "https://dientuungdung.vn/nhung-don-doan-ve-huawei-mate-xt-2-dien-thoai-gap-ba-thach-thuc-samsung-9621.html"
H2 = "https://gsm.vn/y-tuong-dien-thoai-gap-mate-x-nhu-laptop-ti-hon/"

CLEAN = [
    # the arrest of Telegram's founder Pavel Durov
    (D1, "Ông Pavel Durov, nhà sáng lập và Giám đốc điều hành ứng dụng nhắn tin Telegram, bị bắt giữ tại sân bay Bourget ở ngoại ô Paris vào tối 24/8, theo tin từ kênh truyền hình Pháp TF1 và BFM TV."),
    (D1, "Theo các nguồn tin của TF1, ông Durov (39 tuổi) bị bắt lúc 20 giờ ngày 24/8 (giờ địa phương) khi vừa bước xuống máy bay phản lực riêng trên đường băng tại sân bay Le Bourget, thủ đô Paris."),
    (D1, "Vào thời điểm bị bắt, ông mới trở về từ Azerbaijan."),
    (D1, "OFMIN, một bộ phận của cục cảnh sát tư pháp quốc gia Pháp, đã ra lệnh bắt giữ ông Durov, một công dân mang hai quốc tịch Pháp - Nga, do thiếu hợp tác với cơ quan thực thi pháp luật."),
    (D1, "Cả TF1 và BFM đều cho biết cuộc điều tra tập trung vào vấn đề thiếu hụt người kiểm duyệt trên Telegram, tạo điều kiện cho các hoạt động tội phạm diễn ra mà không bị ngăn chặn trên ứng dụng nhắn tin này."),
    (D1, "TF1 đưa tin ông Durov sẽ phải trình diện tại tòa vào tối 24-8 trước khi có thể bị truy tố vào ngày hôm sau."),
    (D1, "TF1 tuyên bố doanh nhân này có thể phải đối mặt với mức án lên tới 20 năm tù."),
    (D2, "Dẫn thông tin từ kênh TF1 của Pháp, tờ Guardian cho biết, Pavel Durov - đồng sáng lập tỷ phú và CEO ứng dụng nhắn tin Telegram, đã bị bắt tại sân bay Bourget ngoại ô Paris vào tối 24/8."),
    (D2, "OFMIN, cơ quan chịu trách nhiệm ngăn chặn bạo lực chống lại trẻ vị thành niên của Pháp, phát lệnh bắt Pavel Durov với cáo buộc Telegram không có đủ người kiểm duyệt, thiếu hợp tác với chính quyền."),
    (D2, "Pavel Durov (39 tuổi) sinh ra tại St. Peterburg, Nga trong một gia đình trung lưu."),
    (D2, "Năm 2002, sau khi tốt nghiệp Học viện thể dục, Pavel Durov đỗ vào Đại học Tổng hợp Sankt-Peterburg, chuyên ngành ngữ văn."),
    (D2, "Sau khi tốt nghiệp Đại học St. Petersburg vào năm 2006, Pavel Durov cùng anh trai Nikolay thành lập VKontakte - mạng xã hội lớn nhất tại Nga."),
    (D2, "Sau khi khởi chạy chính thức tháng 1/2007, VKontakte nhanh chóng nhận sự chú ý, khi đạt một triệu người dùng vào tháng 7/2007 và 10 triệu vào tháng 4/2008."),
    (D2, "Tháng 12/2008, VKontakte ượt qua đối thủ Odnoklassniki trở thành dịch vụ mạng xã hội phổ biến nhất của Nga."),
    (D2, "Tuy nhiên, Pavel Durov rời Nga vào năm 2014 sau khi từ chối tuân thủ yêu cầu của chính phủ về việc đóng cửa các cộng đồng đối lập trên Vkontakte."),
    (D2, "Trước khi rời Nga, Pavel Durov phát triển một ứng dụng nhắn tin bảo mật mang tên Telegram và trình làng vào năm 2013 nhưng không có bất kỳ thông báo chính thức nào để đảm bảo tính bảo mật."),
    # SpaceX's Starship
    (R1, "Tập đoàn SpaceX của tỷ phú Elon Musk ngày 13/10 đã phóng thử tên lửa Starship từ bãi phóng Starbase, bang Texas (Mỹ), nhằm tiếp tục chứng minh khả năng tái sử dụng của hệ thống phóng siêu nặng này - nền tảng cho các sứ mệnh đưa con người lên Mặt Trăng và Sao Hỏa trong tương lai."),
    (R1, "Đây là lần phóng thử thứ 11 của tên lửa SpaceX."),
    (R1, "Theo SpaceX, tên lửa Starship gồm tầng trên Starship và tầng đẩy Super Heavy, đã rời bệ phóng lúc khoảng 18h25 giờ địa phương (5h25 sáng 14/10 giờ Việt Nam)."),
    (R1, "Khoảng 10 phút sau, tầng đẩy Super Heavy hạ cánh xuống vùng biển Vịnh Mexico, trong khi tầng trên tiếp tục thực hiện các bài kiểm tra trong quỹ đạo và dự kiến rơi xuống Ấn Độ Dương khoảng 1 giờ sau khi phóng."),
    (R1, "Trong chuyến bay này, SpaceX đã triển khai cụm vệ tinh Starlink mô phỏng thứ hai, thử nghiệm các tấm chắn nhiệt mới trên vỏ ngoài của tàu trong quá trình bay xuyên khí quyển."),
    (R1, "Đây là chuyến thử nghiệm cuối cùng trước khi SpaceX đưa vào bay nguyên mẫu Starship nâng cấp, được thiết kế phục vụ các sứ mệnh Mặt Trăng và Sao Hỏa."),
    (R1, "Chủ tịch SpaceX Gwynne Shotwell cho biết công ty đã làm mọi điều có thể để đảm bảo chuyến bay này thành công, đồng thời nhấn mạnh mục tiêu tiến tới tái sử dụng hoàn toàn tên lửa - yếu tố then chốt để giảm chi phí phóng."),
    (R2, "Vụ phóng diễn ra vào khoảng 18 giờ 36 phút ngày 27-5 theo giờ địa phương, tức khoảng 6 giờ 36 phút ngày 28-5 theo giờ Việt Nam, tại cơ sở phóng vệ tinh của SpaceX mang tên Starbase ở bang Texas, miền Trung Nam nước Mỹ."),
    (R2, "Mục tiêu lần này là thực hiện toàn bộ hành trình bay thử nghiệm và thả một loạt vệ tinh nhằm mô phỏng các vệ tinh Internet Starlink do SpaceX phát triển."),
    (R2, "Tàu vũ trụ Starship và tên lửa đẩy Super Heavy của SpaceX, gọi chung là Starship, là hệ thống vận chuyển có thể tái sử dụng hoàn toàn, được thiết kế để chở cả phi hành đoàn và hàng hóa lên quỹ đạo trái đất, mặt trăng, sao hỏa và xa hơn nữa."),
    (R2, "Với chiều cao khoảng 123m, Starship được biết đến là tên lửa lớn nhất và mạnh nhất thế giới."),
    (R3, "Hãng SpaceX của tỷ phú Elon Musk hôm qua 14/10, đã phóng thành công tàu vũ trụ Starship trong vụ thử nghiệm lần thứ 5."),
    (R3, "Đây cũng là lần đầu tiên SpaceX thử nghiệm khả năng cho tên lửa đẩy Super Heavy đáp xuống đất thành công."),
    (R4, "Ngày 6/3, tàu vũ trụ Starship của SpaceX phát nổ chỉ vài phút sau khi rời bệ phóng ở Texas, đánh dấu thất bại thứ hai liên tiếp trong năm nay của dự án chinh phục Sao Hỏa do tỷ phú Elon Musk dẫn dắt."),
    (R5, "Hãng công nghệ vũ trụ SpaceX của tỷ phú Elon Musk vừa phóng tên lửa Starship khổng lồ lên vũ trụ, tiếp tục đạt được bước tiến về năng lực du hành vũ trụ, nhưng lại thất bại trong khâu đưa tên lửa đẩy trở lại mặt đất, trước sự chứng kiến trực tiếp của Tổng thống đắc cử Mỹ Donald Trump."),
    # the game GTA 6
    (G1, "Theo Tech4Gamers, giữa lúc người hâm mộ dòng game Grand Theft Auto (GTA) vẫn chưa nguôi ngoai sau thông tin tựa game 'bom tấn' GTA 6 chính thức bị trì hoãn, Rockstar Games đã bất ngờ 'đánh úp' cộng đồng bằng việc tung ra trailer thứ hai."),
    (G1, "Và không phụ sự kỳ vọng, đoạn trailer này ngay lập tức xô đổ kỷ lục YouTube, trở thành video đạt 1 triệu lượt thích nhanh nhất lịch sử nền tảng này."),
    (G1, "Chỉ trong vòng chưa đầy 40 phút sau khi được đăng tải, trailer thứ hai của GTA 6 đã cán mốc 1 triệu lượt thích."),
    (G1, "Mặc dù trailer đầu tiên cũng đã tạo nên một cơn sốt và phá vỡ nhiều kỷ lục, nhưng có vẻ như thành tích của 'người em' này còn bỏ xa hơn nữa, cho thấy sức hút không thể cản nổi của GTA 6."),
    (G1, "Thành tích này không chỉ giúp GTA 6 vượt mặt kỷ lục cũ 365 triệu lượt xem của trailer Deadpool vs. Wolverine để trở thành trailer được xem nhiều nhất mọi thời đại trong lĩnh vực giải trí nói chung, mà còn bỏ xa các đối thủ khác như trailer The Fantastic Four: First Steps (khoảng 200 triệu lượt xem)."),
    (G1, "Con số này càng trở nên ấn tượng khi biết rằng ngày phát hành của GTA 6 đã bị dời sang tận năm 2026."),
    (G2, "Theo TechRadar, tựa game 'bom tấn' được mong đợi Grand Theft Auto 6 (GTA 6) lại một lần nữa khiến cộng đồng game thủ hụt hẫng khi chính thức bị trì hoãn, đẩy lùi ngày phát hành từ tháng 5.2026 sang ngày 19.11.2026."),
    (G2, "Đáng nói, đây đã là lần trì hoãn thứ hai, bất chấp lời hứa trước đó từ CEO Take-Two."),
    (G2, "Trong một cuộc trao đổi với IGN trước thềm báo cáo tài chính của công ty, CEO của Take-Two (công ty mẹ của Rockstar), ông Strauss Zelnick, đã đưa ra lý do cho lần lùi lịch mới nhất."),
    (G2, "Như IGN chỉ ra, CEO Take-Two đã bày tỏ quan điểm giống hệt trước lần trì hoãn đầu tiên (khi game bị dời từ mùa thu năm 2025 sang tháng 5.2026)."),
    (G3, "Các game thủ vừa nhận được tin tức đáng buồn, khi Rockstar Games vừa chính thức thông báo trì hoãn \"bom tấn\" được mong chờ nhất thập kỷ, Grand Theft Auto 6 (GTA 6)."),
    (G3, "Trên tài khoản X (Twitter) chính thức, Rockstar đã đăng tải một thông báo ngắn gọn nhưng đủ làm tan nát trái tim người hâm mộ: \"Grand Theft Auto 6 giờ đây sẽ phát hành vào thứ năm, ngày 19/11/2026\"."),
    (G3, "Đáng chú ý, trong một cuộc phỏng vấn với The Game Business, CEO của Take-Two (công ty mẹ của Rockstar), Strauss Zelnick, đã có những phát biểu rất cứng rắn."),
    (G3, "Đội ngũ của Rockstar muốn trau chuốt hơn nữa cho GTA 6."),
    (G4, "Rockstar Games vừa xác nhận thông tin mà cộng đồng game thủ đã đồn đoán bấy lâu: Grand Theft Auto 6 (GTA 6) sẽ không ra mắt vào năm 2025."),
    (G4, "Tuy nhiên, việc Rockstar đưa ra một ngày phát hành cụ thể (26/5/2026) lại là điều đáng chú ý."),
    (G5, "GTA 6 có khả năng lớn sẽ xuất hiện vào cuối năm 2025."),
    (G5, "Kể từ khi dự án GTA 6 được Rockstar chính thức xác nhận, điều mà các fan quan tâm nhất không chỉ là nội dung, cốt truyện mà còn là thời điểm ra mắt."),
    (G5, "Các phản ứng từ Take-Two gần đây cho thấy GTA 6 có thể sẽ không ra mắt vào đầu năm 2025 như dự kiến ban đầu."),
    (G5, "Vice City, được lấy cảm hứng từ Miami, và việc thêm hai nhân vật chính, trong đó có nhân vật nữ đầu tiên của series, cũng đã được xác nhận."),
    (G5, "Ngoài ra, GTA 6 cũng sẽ xuất hiện trên PlayStation 5 và Xbox Series X/S, và có thể sẽ có phiên bản PC sau phiên bản console như thường lệ."),
    (G6, "GTA 6, hay Grand Theft Auto 6, là trò chơi được mong đợi nhất của thập kỷ này."),
    (G6, "Đã chờ đợi hơn một thập kỷ kể từ khi GTA V đạt được thành công vang dội trong ngành công nghiệp game."),
    (G6, "Trước đây, thời gian ra mắt trò chơi được dự kiến vào mùa thu năm 2025, nhưng sau một tweet của Rockstar Games, sự suy đoán đã bị phá vỡ, và ngày ra mắt trò chơi hiện đã được dời đến ngày 26 tháng 5 năm 2026."),
    (G7, "Rockstar Games đã chính thức công bố ngày phát hành cho GTA 6, nhưng người hâm mộ sẽ cần phải đợi lâu hơn một chút vì việc ra mắt trò chơi đã bị hoãn lại đến năm 2026."),
    (G7, "Trong một tweet vào ngày 2 tháng 5, Rockstar Games đã chia sẻ ngày phát hành cập nhật và bày tỏ lời xin lỗi về sự chậm trễ."),
    (G7, "Take-Two Interactive, nhà xuất bản đằng sau GTA 6, đứng sau quyết định của Rockstar Games để trì hoãn trò chơi."),
    # OpenAI's Sora and Sora 2
    (S1, "Công cụ tạo video AI này hoạt động tương tự như công cụ tạo hình ảnh AI DALL-E của OpenAI: Người dùng chỉ cần nhập mô tả về một cảnh muốn tạo, và Sora sẽ trả về một đoạn video chất lượng cao."),
    (S1, "Sora cũng có thể tạo video từ hình ảnh tĩnh và kéo dài video hiện có hoặc điền vào các khung hình còn thiếu."),
    (S1, "OpenAI, công ty khởi nghiệp AI được Microsoft hỗ trợ, đã giới thiệu Sora vào tháng 2."),
    (S1, "Theo buổi livestream trên YouTube của OpenAI, Sora sẽ ra mắt cho người dùng ở Mỹ và một số quốc gia."),
    (S1, "OpenAI cho biết, người dùng không cần phải trả thêm phí cho công cụ này, vì nó sẽ được bao gồm trong các tài khoản ChatGPT hiện có như Plus và Pro."),
    (S1, "Các nhân viên của OpenAI cùng CEO Sam Altman đã trình diễn các tính năng như \"Blend\" (kết hợp hai cảnh theo hướng dẫn của người dùng), cũng như tùy chọn tạo video AI lặp lại vô hạn."),
    (S1, "Trước đây, Sora chủ yếu chỉ có sẵn cho một nhóm nhỏ các kiểm tra viên bảo mật, hay còn gọi là \"red-teamers,\" những người thử nghiệm mô hình để tìm ra các điểm yếu trong các lĩnh vực như thông tin sai lệch và thiên vị."),
    (S2, "Sau thành công vang dội của ChatGPT, OpenAI lại tiếp tục gây chú ý với Sora – ứng dụng tạo video bằng trí tuệ nhân tạo."),
    (S2, "Phiên bản mới nhất, Sora 2, được đánh giá là bước tiến lớn khi cho phép người dùng tạo video chất lượng cao chỉ từ vài dòng mô tả."),
    (S2, "Dù mang đến nhiều lợi ích rõ ràng cho doanh nghiệp như tiết kiệm chi phí và giảm thời gian sản xuất – Sora 2 vẫn tiềm ẩn rủi ro về quyền riêng tư và đạo đức mà người dùng cần cân nhắc, theo Tech Co."),
    (S2, "Sora là công cụ tạo video bằng AI do OpenAI phát triển – cùng “cha đẻ” với ChatGPT."),
    (S2, "Người dùng không chỉ tạo video cho riêng mình, mà còn có thể xem video của người khác theo kiểu lướt ngang như TikTok, tạo nên một cộng đồng chia sẻ nội dung sáng tạo."),
    (S3, "Sora là mô hình text-to-video (tạo video từ văn bản) do OpenAI phát triển, ra mắt đầu năm 2024."),
    (S3, "Đây là bước nhảy vọt lớn nhất trong lĩnh vực video A.I, khi cho phép người dùng tạo ra các đoạn phim ấn tượng chỉ bằng mô tả tự nhiên, mà không cần diễn viên, không cần dựng, không cần quay."),
    (S3, "Chưa đầy 1 phút sau, A.I dựng ra video hoàn chỉnh như Hollywood."),
    (S4, "Người dùng nhập mô tả, AI sẽ dựng video ngắn với hình ảnh và chuyển động khá chân thực."),
    (S4, "Đến cuối tháng 9.2025, OpenAI công bố Sora 2, phiên bản nâng cấp, có thêm khả năng tạo âm thanh, xử lý vật lý tốt hơn và tái hiện cảnh phức tạp như thể thao, nhảy cầu hay trượt ván."),
    (S4, "Song song đó, công ty bất ngờ giới thiệu Sora app, ứng dụng mạng xã hội mới trên iOS tại Mỹ và Canada."),
    (S4, "Khác với công cụ thuần túy trước đây, Sora app cho phép người dùng tạo, chia sẻ và xem video AI trên một feed dạng TikTok hay Instagram Reels, chính thức đưa OpenAI bước vào sân chơi giải trí mạng xã hội."),
    (S4, "Điểm nhấn của Sora app là tính năng cameo."),
    (S5, "Theo dữ liệu từ công ty phân tích ứng dụng Appfigures, ứng dụng tạo video Sora của OpenAI đã có màn ra mắt ấn tượng trên App Store Mỹ, khi nhanh chóng vươn lên vị trí số 1 và ghi nhận lượng tải về trong tuần đầu tiên vượt ChatGPT."),
    (S5, "Cụ thể, Sora đạt 627.000 lượt tải trên iOS trong bảy ngày đầu ra mắt, trong khi ChatGPT chỉ đạt 606.000 lượt trong tuần đầu tiên trên cùng nền tảng."),
    (S5, "Hiện Sora chỉ khả dụng trên hệ điều hành iOS."),
    (S5, "Mức tăng đột biến này giúp Sora vượt qua nhiều màn ra mắt lớn của các ứng dụng AI khác như Claude (Anthropic), Copilot (Microsoft) và Grok (xAI)."),
    (S6, "Dù chỉ phát hành giới hạn, ứng dụng Sora của OpenAI dẫn đầu bảng xếp hạng tải nhiều trên App Store, vượt qua ChatGPT và Google Gemini."),
    (S6, "Trong cùng giai đoạn, thứ hạng các ứng dụng khác gồm Grok (thứ 4), Gemini (thứ 6), Copilot (thứ 19) và Claude (thứ 78)."),
    (S6, "Ví dụ, ChatGPT ban đầu ra mắt trên iOS, chỉ dành cho thị trường Mỹ."),
    (S6, "Anthropic không công bố chi tiết quốc gia phát hành Claude trong ngày đầu."),
    (S7, "Công cụ tạo video Sora 2 của OpenAI, ra mắt ngày 30/9, vượt mốc một triệu lượt tải sau chưa đầy 5 ngày."),
    (S7, "Theo Peebles, Sora 2 cán mốc một triệu lượt tải ứng dụng nhanh hơn ChatGPT dù hiện mới triển khai ở Bắc Mỹ và dành cho người được mời."),
    (S7, "TechRadar nhận định video AI cho cảm giác chân thực, khả năng gợi ý và kiểm soát khung hình mạnh hơn."),
    # Huawei's foldable phones
    (H1, "Huawei Mate XT 2 dự kiến ra mắt nửa cuối 2025 với chip Kirin 9020 mạnh mẽ, camera zoom 5.5x và bản lề Falcon Wing 2.0 bền hơn 40% so với titan."),
    (H1, "Những thông tin rò rỉ về Huawei Mate XT 2, thế hệ kế tiếp của chiếc smartphone gập ba đầu tiên thế giới đã xuất hiện, hé lộ những nâng cấp đáng chú ý nhằm củng cố vị thế dẫn đầu của Huawei trong phân khúc điện thoại gập cao cấp."),
    (H1, "Theo các nguồn tin rò rỉ, Huawei Mate XT 2 sẽ là smartphone đầu tiên sử dụng chip Kirin 9020, phiên bản nâng cấp từ Kirin 9010 hiện đang được sử dụng trên dòng Mate 70."),
    (H1, "Chip này do SMIC sản xuất trên tiến trình 7nm+ với cấu trúc 12 nhân gồm 1 nhân Taishan V120 3.2GHz, 3 nhân Cortex-A715 2.8GHz và 4 nhân Cortex-A510 2.0GHz."),
    (H1, "GPU Maleoon 920 mới được cho là mang lại hiệu năng đồ họa cao hơn 35% so với thế hệ trước, hỗ trợ chơi game AAA ở cài đặt Ultra."),
    (H1, "Để kiểm soát nhiệt độ, Huawei phát triển hệ thống tản nhiệt graphene 3D kết hợp ống hơi đồng nguyên khối, giảm 45% nhiệt độ bề mặt."),
    (H1, "Mate XT 2 dự kiến giữ nguyên cấu trúc gập ba độc đáo cho phép chuyển đổi giữa ba kích thước: 6.4 inch ở chế độ điện thoại, 7.9 inch như máy tính bảng nhỏ và 10.2 inch khi mở hoàn toàn."),
    (H1, "Điểm nhấn lớn nhất là bản lề Falcon Wing 2.0 được chế tạo từ hợp kim zirconium, cứng hơn 40% so với titan."),
    (H2, "Richard Yu, CEO của Huawei, cho biết hãng đã tạo ra mẫu thử điện thoại tích hợp hai màn hình và và có thể sẽ sẵn sàng tung ra trong năm nay."),
    (H2, "Các nhà thiết kế tại Techconfigurations đã tạo một số ảnh dựng về mẫu điện thoại màn hình gập của Huawei mà họ cho là sẽ có tên Mate X."),
    (H2, "Thiết bị được trang bị camera phía trước lên đến 24 megapixel, cảm biến vân tay tích hợp dưới màn hình."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (running Vietnamese text, no Latin token of their own).
P1 = "https://www.luavietours.com/tin-tuc/ve-an-giang-tham-rung-tram-tra-su/"
P2 = "http://finddd.com/vao-muc-bai/6983-Kham-pha-An-Giang-mua-nuoc-noi.html?s=1cab4ef050fb69ea49b648d6da3efea0"
P3 = "https://timhieuvietnam.vn/rung-tram-tra-su-dep-nhu-tranh-trong-mua-nuoc-noi"
P4 = "https://didauchoigi.com/ve-tham-rung-tram-tra-su-mua-nuoc-noi.html?amp=1"
P5 = "https://phitruongtansonnhat.blogspot.com/2014/10/kham-pha-rung-tram-tra-su-giang-mua.html"
P6 = "https://thuviensuckhoe.org/ve-rung-tram-tra-su-an-giang-luot-xuong-ba-la-20230123153735.htm"
A1 = "https://zingnews.vn/da-nguyen-khoi-hinh-voi-khong-lo-o-viet-nam-post1258033.html"
A2 = "https://kienthuc.net.vn/kho-tri-thuc/chiem-nguong-ba-ganh-da-dep-me-hon-cua-manh-dat-phu-yen-1699404.html"
A3 = "https://dulichvn.org.vn/index.php/item/14593"
A4 = "https://kienthuc.net.vn/cong-dong-tre/me-man-ve-dep-cua-ngan-khoi-da-o-ganh-da-dia-phu-yen-1966112.html"
A5 = "https://vovworld.vn./vi-VN/viet-nam-dat-nuoc-con-nguoi/doc-dao-ghenh-da-dia-172753.vov"
A6 = "https://baocamau.vn/ghenh-da-dia-tuyet-tac-cua-thien-nhien-a12008.html"
A7 = "https://doanhnghiepvn.vn/kham-pha/ganh-da-dia-tuyet-tac-thien-nhien-xu-hoa-vang-co-xanh/20210406103557360"
T1 = "https://ketquabongdanews.com/di-san/anh-tuyet-dep-ve-di-tich-den-hung-tu-khong-trung-483604.html"
T2 = "https://vietnamdiemhen.com/cam-nang-kham-pha-tron-ven-den-hung.html"
T3 = "https://lifestyle.znews.vn/nhung-ngoi-den-hang-tram-nam-trong-quan-the-di-tich-den-hung-post642242.html"
T4 = "http://trungcoly.blogspot.com/2012/02/lich-su-hinh-thanh.html"
T5 = ("http://103.35.64.126/cau-hoi/de-bai-viet-doan-van-gioi-thieu-ve-den-hung-nho-la-chi-viet-doan-van-thoi-"
      "nhe.214645736063")
T6 = "https://filmov.tv/video/tUeuPr56UPp/N-HNG-2025_-Ti-Sao-Li-Gi-T-Ngy-103-y-V-Chi-Tit-Nht.html"
C1 = "https://culaochamtour.com/cu-lao-cham/bai-lang-cu-lao-cham.html"
C2 = "https://baocantho.com.vn/thu-vi-cu-lao-cham-a12862.html"
C3 = "http://wikimapia.org/8044958/%C3%82u-thuy%E1%BB%81n"
C4 = "https://camnangdidulich.com/diem-den/tham-quan-tat-tan-tat-tai-cu-lao-cham-1922.html"

SPAM = [
    # start: the sentence's first syllable
    (A3, "Từ xa đứng nhìn, đá ở đây giáp liền với nhau, hòn nọ gắn với hòn kia đều đặn như một tổ ong.", "Từ", "start"),
    (A4, "Những ngày biển động vẻ đẹp của Gành Đá Đĩa được điểm tô với hàng hàng, lớp lớp sóng vỗ bờ.", "Những", "start"),
    (A5, "Mọi vất vả, mệt nhọc như tan biến.", "Mọi", "start"),
    (A7, "Vẻ đẹp của đá được tôn lên bởi nước biển xanh ngăn ngắt.", "Vẻ", "start"),
    (T4, "Rừng Nghĩa Lĩnh có nhiều cây đại thụ hàng trăm tuổi.", "Rừng", "start"),
    (T5, "Phía bên trái là dãy Tam Đảo hùng vĩ.", "Phía", "start"),
    (T6, "Qua đền Hạ là đền Trung, nơi các vua Hùng dùng làm nơi họp bàn với các Lạc hầu, Lạc tướng.", "Qua", "start"),
    (C3, "Bóng nắng đi dần về phía núi.", "Bóng", "start"),
    (C2, "Tàu chạy vun vút, rẽ sóng trắng xóa trên biển xanh ngắt khiến khách vừa hồi hộp vừa ngây ngất trước sóng gió biển khơi.", "Tàu", "start"),
    (P1, "Băng qua các cánh đồng ngập nước với thảm bèo xanh ngắt, rừng tràm rậm rạp.", "Băng", "start"),
    (P4, "Nước dâng cũng là lúc những bông điên điển nở vàng đôi bờ.", "Nước", "start"),
    (P4, "Vịt nhà ai chạy đồng đủ màu sắc được chủ đánh dấu cho khỏi lạc đàn, từng đàn từng đàn vịt ấy đua nhau tìm hạt thóc còn sót lại trên đồng.", "Vịt", "start"),
    (P5, "Không gian vô cùng im vắng.", "Không", "start"),
    # end: the last syllable, before the final punctuation
    (A1, "Địa điểm này thuộc dạng di sản địa chất hiếm thấy trên thế giới.", "giới", "end"),
    (A3, "Ở chỗ nước ngập thì sứa bám vào dày đặc, rong biển dạt vào từng mảng tạo nên nét rêu phong trên từng mảng đá.", "đá", "end"),
    (A5, "Những cây cột chồng chất kia có đầu hình lục giác.", "giác", "end"),
    (A6, "Đó là các khối đá lục giác hoặc vuông, tròn xếp chồng lên nhau như những chồng bát đĩa chất đầy và xen kẽ với nhau thật ngăn nắp.", "nắp", "end"),
    (T2, "Nơi đây vốn là đất đế đô của Nhà nước Văn Lang.", "Lang", "end"),
    (T5, "Đây đó rải rác những đầm hồ lớn lấp loáng như gương dưới ánh xuân.", "xuân", "end"),
    (C3, "Những chiếc ca nô phóng nhanh trên mặt biển kẻ những đường chỉ trắng muốt.", "muốt", "end"),
    (C1, "Sẽ không hiểu hết Cù Lao Chàm nếu không vào Bãi Làng để trải nghiệm cùng ngư dân về cuộc sống bám biển.", "biển", "end"),
    (P1, "Bạn sẽ có những ngày du ngoạn thú vị khi được chiêm ngưỡng những cảnh đẹp và thưởng thức món ăn ngon của vùng sông nước miền Tây.", "Tây", "end"),
    (P1, "Trải nghiệm đi xuồng ba lá khiến nhiều người, nhất là khách nước ngoài thích thú.", "thú", "end"),
    (P3, "Hàng cây tràm trong khu rừng ngập nước tiêu biểu cho vùng miền Tây, đẹp như bức tranh trong mùa nước nổi.", "nổi", "end"),
    (P4, "Cảnh sắc yên bình của đường đi làm ta có cảm giác yên bình mà thanh thản, cho tới khi vỡ òa khi đứng trước rừng tràm rộng mênh mông.", "mông", "end"),
    (P5, "Chỉ có tiếng chim non líu ríu gọi mẹ đòi ăn.", "ăn", "end"),
    # function: a function word
    (A2, "Theo các nhà khoa học, hình thù của Gành Đá Đĩa được hình thành do hoạt động phun trào của núi lửa cách nay hàng triệu năm.", "do", "function"),
    (A3, "Ở giữa gành có một lõm trũng làm cho đá nửa chìm, nửa nổi bồng bềnh như những chiếc thuyền nan.", "như", "function"),
    (A6, "Ghềnh Đá Đĩa đã được công nhận là Di tích thắng cảnh cấp quốc gia vào năm 1997.", "vào", "function"),
    (T3, "Theo nhiều nhà nghiên cứu, Đền Hùng được xây dựng dưới thời vua Đinh Tiên Hoàng và đến thời Hậu Lê thì được xây dựng hoàn chỉnh như quy mô hiện tại.", "thì", "function"),
    (T4, "Đền Hùng bắt đầu được xây dựng từ thời vua Đinh Tiên Hoàng trị vì, bị chiến tranh tàn phá nhiều lần, hiện nay đã được mở rộng và tôn tạo.", "từ", "function"),
    (T2, "Trong tâm thức dân tộc, vùng đất này được coi là vùng đất Tổ, là cái nôi và cội nguồn của cộng đồng các dân tộc Việt Nam.", "của", "function"),
    (T1, "Tương truyền, vua Hùng đi khắp trong nước, cuối cùng mới chọn được vùng sơn thủy hữu tình này làm đất đóng đô.", "trong", "function"),
    (C2, "Dân tộc Chăm trước đây sống trong các làng chài ở ven biển, nay chỉ còn dấu vết của cái giếng cổ gần bãi.", "ở", "function"),
    (C3, "Trên mặt biển xanh, nắng ban mai tung tẩy như reo cười.", "như", "function"),
    (P3, "Du khách di chuyển bằng xuồng máy để tham quan phong cảnh rừng tràm.", "bằng", "function"),
    (P5, "Vỏ lãi chạy trên đường tuyến băng qua những vạt sen tàn.", "trên", "function"),
    (P6, "Rừng Tràm Trà Sư được hình thành vào năm 1983, từ một vùng trũng hoang hóa, bị nhiễm phèn nặng đã được Lâm trường Tịnh Biên trồng tràm thử nghiệm để góp phần cải tạo đất và ngăn lũ đầu nguồn.", "để", "function"),
    (P1, "Trà Sư là nơi sinh sống của hơn 70 loài chim tiêu biểu của vùng ngập nước.", "của", "function"),
    # name: a syllable of a person or place name
    (A2, "Tên gọi Gành Đèn cùng bắt nguồn từ ngọn hải đăng này.", "Đèn", "name"),
    (A2, "Điểm nhấn của Gành Đèn là một ngọn hải đăng nhỏ sơn hai màu đỏ trắng, có nhiệm vụ dẫn đường cho thuyền bè, biết đường ra vào cửa vịnh Xuân Đài.", "Xuân", "name"),
    (A3, "Người ta bảo gành Đá Đĩa Phú Yên độc đáo và hấp dẫn vào bậc nhất Việt Nam.", "Phú", "name"),
    (T3, "Người con trưởng ở lại làm vua, lập nên nước Văn Lang.", "Văn", "name"),
    (T3, "Tương truyền, tại nơi đây mẹ Âu Cơ đã sinh ra bọc trăm trứng, nở ra trăm người con.", "Cơ", "name"),
    (T2, "Tương truyền, nơi đây hoàng tử Lang Liêu đã dâng bánh chưng, bánh giầy lên cho Vua cha nhân dịp tết.", "Liêu", "name"),
    (T4, "Khu vực đền Hùng ngày nay nằm trong địa phận kinh đô Phong Châu của quốc gia Văn Lang cổ xưa.", "Châu", "name"),
    (C3, "Cầu cảng Bãi Làng nhộn nhịp tàu thuyền ghé bến.", "Làng", "name"),
    (P1, "Từng mẻ lớn cá linh được người dân tập kết bên cầu Tha La.", "La", "name"),
    (P5, "Tháng 9 âm lịch hằng năm, thượng nguồn sông Hậu nước nổi về.", "Hậu", "name"),
    (P6, "Rừng tràm Trà Sư tọa lạc gần khu vực núi Trà Sư của huyện Tịnh Biên, An Giang.", "Tịnh", "name"),
    (P4, "Rừng tràm Trà Sư là khu rừng ngập mặn thuộc xã Văn Giáo, huyện Tịnh Biên, tỉnh An Giang.", "Giáo", "name"),
    (P1, "Với hệ động thực vật phong phú, rừng tràm Trà Sư (An Giang) đã trở thành điểm du lịch sinh thái hấp dẫn du khách ở miền Tây Nam Bộ.", "Giang", "name"),
    # inner: a syllable inside a compound
    (A2, "Cụ thể, nham thạch phun ra từ miệng núi lửa trôi ra biển, gặp nước biển lạnh đông cứng lại, đồng thời xảy ra hiện tượng ứng lực.", "thạch", "inner"),
    (A5, "Cảm giác thư thái, bồng bềnh khi tận mắt chứng kiến tuyệt tác của thiên nhiên.", "kiến", "inner"),
    (A7, "Điều gây ấn tượng đối với bất kỳ ai khi đặt chân đến đây là cấu tạo vô cùng đặc biệt của những bãi đá hình thành ven biển.", "tượng", "inner"),
    (A4, "Mũi nhô thứ nhất nằm về phía Bắc, nổi bật với các cột đá nghiêng, uốn cong.", "bật", "inner"),
    (T1, "Đặc biệt không khí trên núi rất thông thoáng, mát dịu và quanh năm thoang thoảng hương thơm.", "thoáng", "inner"),
    (T5, "Đồng ruộng, đồi cọ, vườn chè, làng xóm trù phú, cảnh đẹp như tranh, vùng trung du trải rộng ra trước mắt.", "phú", "inner"),
    (C1, "Khu Bãi Làng là khu dân cư lâu đời nhất trên đảo, biểu hiện sức sống mãnh liệt, trải qua một quá trình đấu tranh sinh tồn của người dân biển đảo trước thiên nhiên khắc nghiệt.", "liệt", "inner"),
    (C4, "Cù Lao Chàm như một hòn đảo ngọc của miền Trung, làn nước biển xanh biếc, hòa trong những con sóng tung bọt trắng xóa trên bờ cát mềm mịn, những hàng dừa đung đưa và gió biển lồng lộng mang mùi đại dương ngây ngất.", "biếc", "inner"),
    (A5, "Con đường bê tông uốn lượn, hết lên dốc lại xuống dốc.", "lượn", "inner"),
    (P1, "Tắc ráng là phương tiện di chuyển độc đáo trên sông nước của người miền Tây.", "tiện", "inner"),
    (P2, "Nếu đến rừng tràm Trà Sư vào sáng sớm, du khách sẽ có dịp chiêm ngưỡng một tấm thảm màu xanh ngọc bích được kết lại từ những cánh bèo cám bé li ti sinh sôi nhanh chóng trên mặt nước.", "bích", "inner"),
    (P4, "Đường đến rừng tràm Trà Sư là con đường đất đỏ, hai bên đường là những cây thốt nốt mọc thẳng đứng vươn cao.", "nốt", "inner"),
    (P5, "Những đóa sen hồng lẻ loi vươn lên giữa rừng lá sen dần úa màu.", "loi", "inner"),
    # number: the syllable right after a number
    (C2, "Thoáng cái, chỉ hơn 20 phút, tàu đã cập bến cảng Bãi Làng.", "phút", "number"),
    (C2, "Vùng cù lao này hiện có 8 đảo và gần 3.000 dân cư, chủ yếu sống bằng nghề đánh bắt hải sản.", "đảo", "number"),
    (C2, "Tốt nhất là thuê xe ôm với giá khoảng 100.000 đồng cho cả lượt đi và về.", "đồng", "number"),
    (T1, "Nơi đây thờ 18 đời vua Hùng và 3 vị thần núi: \"Hùng đồ thập bát thế Thánh Vương thánh vị\".", "đời", "number"),
    (T3, "Sau đó, 50 người con theo cha xuống biển, đến vùng có nước non để quai đê lấn biển, mở mang bờ cõi.", "người", "number"),
    (T3, "50 người con còn lại theo mẹ lên vùng núi, trồng dâu nuôi tằm, dệt lụa.", "người", "number"),
    (A4, "Đây là di sản thiên nhiên có niên đại hơn 200 năm và được xem là “độc nhất vô nhị” ở Việt Nam.", "năm", "number"),
    (T4, "Núi Nghĩa Lĩnh cao 175 mét, còn có các tên là núi Cả, núi Nghĩa Cương, Hy Cương, Hy Sơn, Bảo Thiếu Lĩnh, Bảo Thiếu Sơn.", "mét", "number"),
    (A2, "Đây là một gành đá rộng khoảng 50 mét, trải dài 200 mét, được hợp thành từ vô vàn trụ đá hình xếp liền nhau kề với sóng nước.", "mét", "number"),
    (A3, "Khoảng 200 triệu năm trước, nham thạch phun từ miệng núi lửa ra sát biển, gặp nước biển lạnh nên lập tức bị đông cứng lại, đồng thời xảy ra hiện tượng ứng lực gây nên sự rạn nứt toàn bộ khối nham thạch theo mạch dọc, xiên, ngang khiến những cột đá bị cắt thành nhiều khúc.", "triệu", "number"),
    (T2, "Từ đền Hạ leo thêm 168 bậc đá nữa là tới đền Trung.", "bậc", "number"),
    (C4, "Mỗi hòn đảo gắn liền một điểm du lịch hấp dẫn và các hòn đảo tập trung các hộ dân sinh sống, theo số liệu thống kê vào năm 2015 có hơn 3.000 người cư trú trên Đảo.", "người", "number"),
    (P1, "Rừng có 140 loài thực vật, trong đó chủ yếu là tràm bao phủ hầu hết diện tích.", "loài", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commit and licence in the set's SOURCES): todorss/illegal-unlicensed-gambling-websites
# (gambling.txt), written as spam writes them.
TOKENS = {
    "domain": ["casipto.com", "kineko.io", "hippozino.com", "lootie.com", "immerion.com", "maxino.com",
               "grandwild.com", "wizary.com", "rustclash.com", "chipstars.bet", "betpepe.com", "slotvino.bid",
               "primobet.com", "yonibet.eu", "wagmicasino.io", "spinarium.com"],
    "letter-digit": ["Smokace17", "Superboss234", "Windetta8", "Bulletz4", "Forzza3", "Vodds77", "Monrocasino506",
                     "Wintomato1", "Snatchcasino4", "Natiocasino6", "Izzicasino160", "Legzocasino6006",
                     "Slottojam22"],
    "CamelCase": ["AlmightyVikings", "BlingCity", "CrazyFox", "GalaxyPig", "RoyalBloodClub", "PremiumBull",
                  "MillionPot", "GetRedStag", "LordPing", "WildSultan", "RocketWin", "JackpotKnights", "BetElephant",
                  "SpinTornado", "ThunderboltCasino"],
    "lower-case": ["casiqo", "bcigra", "kryptosino", "orakulas", "merkurxtip", "tiplix", "wonclub", "nummus",
                   "gamblo", "cryptorino", "dudubet", "pinnbet", "vixcasino"],
    "digit-led": ["3spinbetter", "500playpl", "1gocasinovip38", "24casinoapi", "11nolimitway", "49slottyway"],
    "hyphenated": ["bookie-bob.com", "turbo-casino.gg", "slotv-club", "black-white-casino", "bounty-casino",
                   "casino-atlanta", "fan-sport", "palms-bet", "grand-clubs", "jack-super", "lavida-casino",
                   "lucky-duck", "spin-sity", "sven-bet", "vave-play"],
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

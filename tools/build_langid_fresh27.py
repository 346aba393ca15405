"""Build ``benchmarks/data/langfresh27/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata43.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh27.py``. Same format as langfresh14-26
(``benchmarks/langid.py --data benchmarks/data/langfresh27 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 42) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-26, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-03) on topics the controls of langfresh22-26 did not have (ChatGPT and
  language models, Formula 1, airliners of Vietnam Airlines, K-pop (BLACKPINK), pianos and keyboards, chess (Lê Quang
  Liêm and the FIDE ratings), music streaming (Spotify, Apple Music), flagship phones (iPhone 15 Pro Max, Galaxy S24
  Ultra) and NBA basketball), each holding real Latin tokens a spam detector could take for a pasted token: CamelCase
  and brand names (ChatGPT, OpenAI, BlackPink, LeBron, TunnelBear, OneUI, McLaren, Vegas), letter-digit model codes
  (GPT-4o, RB21, A350-900, VN249, PSS-390, DGX-620, A17 Pro, S24 Ultra, PS4, 2NE1), brands after a product-kind word
  (đàn Organ, chip A17 Pro, dòng máy bay hiện đại Airbus A350-900), English loanwords at a sentence start or as common
  nouns (Single, Piano, deep learning, chatbot, world tour, rebound, scooter), institutions (FIDE, CAT1, NBA, TSMC,
  MRI). langfresh15-17 had controls on phones, ChatGPT, BLACKPINK's concert and airlines too: three pages met in the
  first draft (viettimes.vn, giaothong.tapchixaydung.vn, tapchihangkhong.com) were found by ``check_new`` and dropped
  with their sentences before any run.
* ``spam.tsv`` (``SPAM_PAGES``, ``CASES`` and ``TOKENS``): 78 cases on 78 further real sentences of other pages, of
  page kinds langfresh22-26 did not use (the history of the áo dài, house-fire reports, school pages on lightning and
  thunder, the Mekong river, court reports on fraud trials, pages on Tô Hoài's "Dế Mèn phiêu lưu ký", road-accident
  reports), one syllable replaced by one token (its first whole-word occurrence; columns: split, spam text, token,
  original word, original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``, ``name``,
  ``inner`` and ``number`` (as langfresh22-26). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list that no earlier set used (langfresh23:
chongluadao.vn; langfresh24: dancharlton9, the Estonian list; langfresh25: hostsVN, TrustPositif; langfresh26: ABPVN,
HaGeZi's gambling list, a thanhtra.com.vn report): Sinfonietta's ``gambling-hosts`` file (the source of the StevenBlack
hosts' gambling extension; it merges top100bookmakers' bookmaker list, Frellwits' anti-casino filter list, a list of
CS:GO skin-gambling sites and a block of Indonesian "togel"/"klik4d" agent domains); written as spam writes them: 13
full domains, 13 letter-digit codes, 13 CamelCase names, 13 bare lower-case names, 13 digit-led names, 13 hyphenated
names; 68 of them hold no gambling trade word (``TRADE``). None is an earlier set's token, in spam_brands.txt or the
held-out stems, or in tests/, tools/, benchmarks/data/ or mtpipe/ (``grep -rilw``), none holds a brand stem of
spam_brands.txt, a held-out stem or an earlier token of 4 letters or more, and none is held by an earlier token (all
checked before any run). ``deal`` orders each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh27"
SEED = 42
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
A1 = "https://congngheaivn.com/chatgpt-la-gi"
A2 = "https://www.aiappvn.com/chatgpt-tri-tue-doi-thoai-ket-noi-tuong-lai/"
A3 = "https://top10hcmcity.com/brandwatch-la-gi-mot-so-cau-hoi-ve-cong-nghe-ai-moi-nay"
A4 = "https://vnfinance.vn/chatgpt-la-gi-vi-sao-lai-tao-nen-con-sot-50482.html"
A5 = "https://hmjournal.com/vi/post/chatgpt-kham-pha-chatbot-ai-dinh-dam"
A6 = "https://stockup.vn/chatgpt-la-gi-tim-hieu-ve-cong-nghe-va-ung-dung-cua-chatgpt"
F1 = "https://webthethao.vn/tag/max-verstappen/trang-4.htm"
F2 = "https://thethaovietnamplus.vn/tag/cong-thuc-1.html?page=4"
F3 = "https://thethaovietnamplus.vn/tag/f1.html?page=3"
F4 = "https://vnexpress.net/verstappen-pha-ky-luc-cua-schumacher-4936297.html"
F5 = "https://znews.vn/ferrari-lai-xui-xeo-tan-binh-gay-bat-ngo-o-sau-paolo-gp-post1601454.html"
P1 = "https://bnews.vn/hinh-anh-dau-tien-ve-sieu-may-bay-boeing-787-10-dreamliner-cua-vietnam-airlines/131318.html"
P2 = "https://www.sggp.org.vn/vietnam-airlines-da-nhan-12-chiec-may-bay-a350-post473586.html"
P3 = "https://baomoi.net.vn/sieu-tau-bay-bay-chuyen-dau-tien-tai-viet-nam-c31911448.epi"
K1 = "http://world.kbs.co.kr/service/contents_view.htm?lang=v&board_seq=388601"
K2 = "https://tuoitrexahoi.vn/blackpink-la-nhom-nao-blackpink-co-bao-nhieu-thanh-vien-171251.html"
K3 = "https://vn.asiatoday.co.kr/view.php?key=20231206000956185"
K4 = ("http://gialaitv.vn/tin-tuc/giai-tri/blackpink-bat-ngo-nha-hang-poster-khong-lo-mat-day-bi-an-cho-full-album-"
      "dau-tien/")
N1 = "https://giaibainhanh.com/piano-dien-va-organ-khac-nhau-nhu-the-nao"
N2 = "https://hocdan.edu.vn/kien-thuc/hoc-piano-tren-dan-organ-co-nen-khong"
N3 = "http://amnhacbinhminh.edu.vn/tin-tuc/hoc-piano-tren-dan-organ-nen-hay-khong.html"
N4 = "https://hdpiano.vn/?p=3480"
N5 = "https://musicbox13.com/2009/05/23/em-dan-thu-sau/"
N6 = "https://hanoipiano.vn/tin-tuc/mua-piano-dien-hay-co.html"
H1 = "https://laodongthudo.vn/le-quang-liem-se-vao-nhom-20-the-gioi-sau-16-nam-la-dai-kien-tuong-145240.html"
H2 = "https://soha.vn/le-quang-liem-vao-top-20-ky-thu-manh-nhat-the-gioi-2022090113582151.htm"
H3 = "https://vietnam.vn/le-quang-liem-co-buoc-tien-lich-su-len-hang-15-the-gioi"
H4 = "https://www.thethaovietnamplus.vn/ky-thu-le-quang-liem-xep-hang-29-the-gioi-a1831.html"
H5 = "https://baodongthap.com.vn/the-thao/dai-kien-tuong-le-quang-liem-xep-hang-15-the-gioi-125972.aspx"
H6 = "https://thethao.sggp.org.vn/dai-kien-tuong-le-quang-liem-len-hang-18-the-gioi-post831709.html"
S1 = "http://globalcastingresources.com/spotify-ung-dung-lam-thay-doi-xu-huong-nghe-nhac-cua-gioi-tre-viet/"
S2 = "https://wikihoidap.org/spotify-la-gi"
S3 = "https://nhandan.vn/nhac-so-truoc-cuoc-canh-tranh-post318833.html"
S4 = "https://danhgiatopaz.com/apple-music-se-ngung-mien-phi-3-thang-su-dung-nhu-truoc-day/"
S5 = ("https://sadesign.vn/cach-nhan-3-thang-spotify-premium-mien-phi-cho-nguoi-dung-moi-trai-nghiem-am-nhac-khong-"
      "gioi-han")
I1 = ("https://thuonghieusanpham.vn/dat-len-ban-can-samsung-galaxy-s24-ultra-va-iphone-15-pro-max-dau-la-flagship-"
      "ngon-nhat-67907.html")
I3 = ("https://vnmedia.vn/cong-nghe/202309/iphone-15-pro-max-va-galaxy-s23-ultra-dau-la-dien-thoai-tot-nhat-nam-2023-"
      "phan-2-0584cbe")
I4 = ("https://cafef.vn/mua-galaxy-s24-ultra-hay-doi-iphone-16-pro-max-sieu-pham-doi-dau-sieu-pham-ket-qua-ra-sao-"
      "188240505131233762.chn")
B1 = "https://webthethao.vn/tag/lebron-james.htm"
B2 = "https://webthethao.vn/tag/los-angeles-lakers/trang-30.htm"
B3 = ("https://compho.vn/news/articles/lebron-james-noi-gi-ve-kha-nang-tai-hop-voi-stephen-curry-trong-tuong-lai-"
      "133453.html")
B4 = "https://webthethao.vn/tag/los-angeles-lakers/trang-3.htm"

CLEAN = [
    (A1, "Chat GPT là một mô hình ngôn ngữ lớn tiên tiến, được phát triển bởi công ty nghiên cứu và triển khai trí tuệ nhân tạo OpenAI, có khả năng tạo ra văn bản giống con người một cách ấn tượng thông qua giao diện trò chuyện."),
    (A1, "ChatGPT là sản phẩm nổi bật của OpenAI, là một hệ thống trí tuệ nhân tạo thuộc loại mô hình ngôn ngữ lớn (LLM), được huấn luyện đặc biệt để hiểu và tạo ra văn bản tự nhiên thông qua các cuộc đối thoại tương tác."),
    (A1, "Nền tảng của Chat GPT dựa trên công nghệ xử lý ngôn ngữ tự nhiên (Natural Language Processing – NLP), một nhánh của khoa học máy tính và AI, tập trung vào việc cho phép máy tính hiểu, diễn giải và tạo ra ngôn ngữ của con người."),
    (A2, "ChatGPT (Chat Generative Pre-trained Transformer) là mô hình trí tuệ nhân tạo đàm thoại được phát triển bởi OpenAI, ra mắt lần đầu vào tháng 11 năm 2022."),
    (A2, "Kể từ khi ra mắt, ChatGPT đã trải qua nhiều bản cập nhật quan trọng, từ GPT-3.5 đến GPT-4o mới nhất (2025), mỗi phiên bản đều mang đến những cải tiến đáng kể về khả năng hiểu ngữ cảnh, sáng tạo nội dung, và xử lý nhiều loại yêu cầu phức tạp."),
    (A3, "ChatGPT sử dụng deep learning để học hỏi từ lượng lớn dữ liệu văn bản, cho phép nó hiểu và phản hồi các câu hỏi một cách thông minh."),
    (A3, "Tính năng này làm cho ChatGPT trở nên lý tưởng cho các ứng dụng dịch vụ khách hàng và chatbot hỗ trợ."),
    (A4, "Instagram mất 355 ngày để đạt được 10 triệu người dùng đăng ký."),
    (A4, "ChatGPT do Open AI phát triển, được ra mắt vào ngày 30/11/2022."),
    (A4, "ChatGPT về cơ bản là một biến thể phần mềm tạo ngôn ngữ GPT-3.5 phổ biến của OpenAI, được thiết kế để thực hiện những cuộc trò chuyện tự nhiên với người dùng."),
    (A5, "Năm 2024 được xem là một năm đầy dấu ấn của OpenAI, công ty mẹ của ChatGPT."),
    (A6, "Phiên bản đầu tiên, GPT-1, được giới thiệu vào năm 2018, và ngay lập tức thu hút sự chú ý nhờ khả năng tạo ra văn bản tự nhiên."),
    (A6, "Sau đó, OpenAI liên tục cải tiến với GPT-2 và GPT-3, mang đến khả năng mạnh mẽ hơn trong việc hiểu và tạo văn bản."),
    (F1, "Theo BLĐ đội Red Bull, ưu tiên của họ bây giờ tập trung vào việc lựa chọn động cơ hơn là gia hạn với Daniel Ricciardo."),
    (F1, "Với phong độ xuất sắc trong thời gian qua, Daniel Ricciardo đã giành pole trong ngày đua phân hạng của Monaco GP."),
    (F1, "Monaco GP là chặng đua thứ 6 từ đầu năm nay và cũng là đường đua trong thành phố khốc liệt nhất mùa giải."),
    (F1, "Hai tay đua chủ lực của Red Bull thay nhau dẫn đầu hai vòng đua thử là tín hiệu đáng mực trong cuộc cạnh tranh với Mercedes và Ferrari ở German GP."),
    (F2, "Max Verstappen đã về nhất chặng đua xe Công thức 1 diễn ra tại Nhật Bản chiều nay (9/10) - Japanese Grand Prix và chính thức đăng quang ngôi vô địch thế giới mùa này, bảo vệ thành công danh hiệu mà anh đã giành được hồi năm ngoái."),
    (F3, "Tay đua Công thức 1 - Sebastian Vettel - đã dùng scooter để truy đuổi những tên trộm khắp Barcelona sau khi chiếc túi của anh bị đánh cắp."),
    (F3, "Chặng đua thứ 5 mùa giải 2022 của môn đua xe Công thức 1 - Miami Grand Prix, đã kết thúc với chiến thắng thuộc về đương kim vô địch Max Verstappen."),
    (F4, "Sang mùa 2025, chiếc RB21 tiếp tục thất thế trước McLaren."),
    (F4, "Kỷ lục cũ là 1 giờ 14 phút 19,838 giây do Michael Schumacher lập trong màu áo Ferrari năm 2003."),
    (F5, "Ngay ở vòng đua đầu tiên, chiếc xe của Lewis Hamilton bị một thành viên đội Alpine húc bay cánh trước."),
    (F5, "Ở các phiên luyện tập, Sprint (vòng đua tính điểm), và đua phân hạng, anh đều xếp thứ 2."),
    (F5, "Khi chỉ còn 20 vòng cuối, dù vào thay lốp 3 lần, nhiều hơn các tay đua khác, Verstappen vẫn vượt mặt George Russell của Mercedes để xếp thứ 3."),
    (P1, "Vietnam Airlines cho biết, tối 16/8, chiếc may bay lớn nhất Việt Nam Boeing 787-10 sẽ đáp xuống sân bay Nội Bài, sẵn sàng gia nhập đội tàu bay thân rộng hiện đại của Vietnam Airlines."),
    (P1, "Việc nâng tầm hợp tác giữa 2 hãng là bước tiến mới của hàng không Việt Nam và Mỹ kể từ khi Cục Hàng không Việt Nam được Cục Hàng không Liên bang Mỹ cấp chứng nhận CAT1 về giám sát an toàn hàng không."),
    (P2, "Chiếc máy bay A350 mới cũng đánh dấu 3 năm liên tiếp Vietnam Airlines khai thác thành công dòng máy bay hiện đại Airbus A350-900 với chất lượng dịch vụ 4 sao."),
    (P3, "15h30 chiều ngày 20/8, chiếc Boeing 787-10 mang số hiệu VN249 đã khởi hành từ thủ đô Hà Nội bay tới thành phố Hồ Chí Minh."),
    (P3, "Theo thiết kế, Boeing 787-10 chở được nhiều hành khách, hàng hóa hơn 15% so với Boeing 787- 9 và là chiếc máy bay dài nhất, chở được nhiều hành khách và hàng hóa nhất tại Việt Nam."),
    (K1, "Công ty giải trí YG Entertainment ngày 28/7 thông báo hiện tượng toàn cầu BLACKPINK sẽ chính thức phát hành album đầy đủ ngày 2/10 tới."),
    (K1, "Đây được coi là album đầy đủ đầu tay của 4 cô gái hắc hường kể từ khi ra mắt năm 2016."),
    (K1, "Single mới “How You Like That” của BLACKPINK, phát hành ngày 26/6, đã đạt vị trí 33 tại Billboard Hot 100 tháng 6, và ra mắt bảng xếp hạng single của Anh (British official singles chart) tại vị trí 20."),
    (K2, "Ngày 29/6/2016, YG Entertainment chính thức lộ diện girlgroup mới với 4 thành viên là Jisoo, Jennie, Rosé và Lisa."),
    (K2, "Được biết, tên BLACKPINK được ghép từ 2 từ BLACK (màu đen) và PINK (màu hồng)."),
    (K2, 'Ngày 8/8/2016, BLACKPINK chính thức debut với hai ca khúc "Boombayah" và "Whistle", nằm trong đĩa đơn đầu tay mang tên Square One.'),
    (K2, "Mới đầu, BLACKPINK được mọi người biết đến với tên gọi 'em gái của 2NE1'."),
    (K3, "Do đó, BlackPink sẽ mở rộng hoạt động world tour và phát hành album mới dưới sự tài trợ toàn diện của YG."),
    (K3, "BlackPink debut vào năm 2016, mỗi ca khúc đều nhận được nhiều tình yêu của người hâm mộ trong và ngoài nước."),
    (K3, "Số lượng người đăng ký trên kênh Youtube chính thức là 92,1 triệu người, xếp thứ nhất là nghệ sĩ nam nữ trên toàn thế giới."),
    (K4, "Sáng 21/9, YG Entertainment bất ngờ tung poster album đầu tay của BLACKPINK."),
    (K4, "Album phòng thu đầu tiên sau 4 năm hoạt động của BLACKPINK mang tên “The Album” sẽ chính thức được phát hành vào ngày 2/10 sắp tới."),
    (K4, "Thành tích này giúp các cô gái trở thành nhóm nhạc nữ có lượng album đặt trước nhiều nhất trong lịch sử Kpop."),
    (N1, "Không ít khách hàng hỏi OKAKA về sự khác nhau giữa đàn piano điện và đàn organ/ keyboard."),
    (N2, "Vì nhìn một cách đơn giản, chúng ta thấy rằng đàn Organ cũng có những phím đen và phím trắng tương tự như đàn Piano."),
    (N2, "Đàn Piano có 88 phím thì đàn Organ cũng có loại 88 phím, độ nặng bàn phím lại có thể điều chỉnh tùy theo trình độ và cấp học của người chơi."),
    (N3, "Hôm nay ABM Music sẽ trả lời câu hỏi “Có nên học Piano trên đàn organ hay không?” để phụ huynh được biết rõ.."),
    (N3, "Nguyên nhân thứ hai đó là đàn piano có 88 phím tương đương với 7 octave (tổ hợp phím từ Do đến Si) trong khi ấy trên đàn organ chỉ có 76 phím, thậm chí những đàn nhỏ hơn chỉ có 61 phím với 5 octave thôi."),
    (N4, "Piano trước đây là một nhạc cụ khá “quý tộc”, thường dùng để biểu diễn trong cung đình hoặc các phòng hòa nhạc Châu Âu."),
    (N4, "Ngày nay, cùng với xu hướng phát triển của xã hội văn minh và công nghệ, Piano đã trở nên phổ thông toàn thế giới."),
    (N4, "Piano đứng (upright piano) là loại chúng ta hay gặp nhất với khung đàn đứng thẳng dọc."),
    (N4, "Piano đứng lại chia làm 2 loại chính dựa trên chiều cao của hộp đàn là loại 1m21 và 1m31."),
    (N5, "Vậy là đã tròn 1 năm kể từ ngày đón em DGX-620 về nhà."),
    (N5, "Em thứ ba là em PSS-390 của Yamaha, được papa đèo lên Hàng Trống để mua."),
    (N5, "PSS-390 là loại đàn phím nhỏ nhưng có nhiều voice, style, demo song và chức năng đệm tự động, chỉ thiếu giá để nhạc."),
    (N6, "Piano điện là những dòng đàn dùng kỹ thuật âm thanh điện tử để mô phỏng âm thanh của chiếc piano cơ (acoustic piano)."),
    (H1, "Thời gian qua, Lê Quang Liêm không đấu cờ tiêu chuẩn mà chỉ thi đấu giải cờ nhanh FTX Crypto Cup 2022 tại Miami (Mỹ)."),
    (H1, "Lê Quang Liêm đã dự SEA Games 31 vừa qua ở Việt Nam chỉ thi đấu cờ nhanh, cờ chớp mà không góp mặt tại cờ tiêu chuẩn."),
    (H1, "Elo của kỳ thủ người TP.Hồ Chí Minh đang là 2728 nhưng trong sự nghiệp thì Liêm từng đạt elo cao nhất của bản thân là 2739 vào năm 2017."),
    (H2, "Hiện tại Lê Quang Liêm vẫn đang làm việc tại Mỹ và là HLV của đội cờ vua đại học Webster."),
    (H2, "Bảng xếp hạng cờ vua quốc tế FIDE công bố ngày 1-9 đã có mặt Lê Quang Liêm của chúng ta ở vị trí 20 thế giới."),
    (H3, "Ngày 1-8, Liên đoàn cờ vua quốc tế (FIDE) đã công bố bảng xếp hạng mới nhất và đại kiện tướng Lê Quang Liêm đã có vị trí 15 thế giới với hệ số elo 2740."),
    (H3, "Hiện tại, Lê Quang Liêm đang có mặt tại Azerbaijan thi đấu World Cup 2023 của cờ vua thế giới và sẽ gặp kì thủ Ivan Ivanisevic (Serbia) tại lượt trận đầu tiên của mình."),
    (H3, "Năm nay, Lê Quang Liêm dự kiến là thành viên đội tuyển cờ vua Việt Nam sẽ thi đấu ASIAD 19-2022 tại Hàng Châu (Trung Quốc)."),
    (H4, "Mới đây, Liên đoàn cờ Vua thế giới (FIDE) đã cập nhật Bảng xếp hạng mới nhất của năm 2022."),
    (H4, "Cũng theo bảng xếp hạng này, Vua cờ người Na Uy - Magnus Carlsen - vẫn là kỳ thủ số 1 thế giới ở nội dung cờ Nhanh và cờ tiêu chuẩn."),
    (H4, "Xếp thứ 2 là Alireza Firouzja (Elo 2804), một vận động viên người Pháp gốc Iran."),
    (H4, "Ở nội dung cờ Nhanh, Lê Quang Liêm xếp hạng 44 thế giới với hệ số Elo 2660."),
    (H5, "Liên đoàn cờ quốc tế (FIDE) đã công bố bảng xếp hạng của tháng 10/2024."),
    (H5, "Trường Sơn cũng tham gia Olympiad 2024 vừa qua cùng đội cờ vua Việt Nam."),
    (H5, "Đại kiện tướng Lê Tuấn Minh có thứ hạng 178 trên bảng xếp hạng tháng 10 lần này của FIDE."),
    (H6, "Năm ngoái, Lê Quang Liêm đã tham dự World Cup 2025 của cờ vua thế giới để lọt tới vòng 5."),
    (H6, "Các kỳ thủ này cũng vừa góp mặt giải vô địch cờ nhanh, chớp thế giới 2025 tại Doha (Qatar)."),
    (S1, "Tuy vậy, với chất lượng cao và nhiều dịch vụ hấp dẫn, Spotify nhanh chóng chiếm được cảm tình từ giới trẻ Việt Nam."),
    (S1, "Bắt đầu có mặt tại 13/3/2018, Spotify bắt đầu xuất hiện ở Việt Nam."),
    (S2, "Spotify là một ứng dụng nghe nhạc có chức năng và mục đích hoạt động tương tự như Apple Music, Zing MP3, Nhaccuatui..."),
    (S2, "Theo thống kê của năm 2017, Spotify đang là dịch vụ stream nhạc có số lượng người dùng áp đảo nhất trên toàn cầu."),
    (S2, "Trong khi đó, ở vị trí số 2, Apple Music đang có 27 triệu người dùng trả phí."),
    (S3, "Trước đó, để sử dụng được dịch vụ nghe nhạc này, người dùng Việt phải thực hiện một số cách như làm giả địa chỉ IP, sử dụng VPN hay dùng TunnelBear để chuyển địa chỉ IP sang nước khác."),
    (S3, "Ra đời vào năm 2008 và rất nhanh sau đó, Spotify thống lĩnh thị trường âm nhạc trực tuyến trên toàn thế giới."),
    (S3, "Ngoài ra, bên cạnh nền tảng lớn nhất là di động, Spotify “chạy” được trên nhiều nền tảng khác nhau như trên máy tính (Windows/Mac/Linux), console (PS4/Xbox One), Smart TV, loa thông minh (Amazon Alexa/Google Home) và đương nhiên là cả nền web."),
    (S4, "Apple cho biết trong giai đoạn đầu kho nhạc số của Apple Music có hơn 30 triệu bài nhạc."),
    (S4, "May mắn là App Store Việt Nam chưa bị ảnh hưởng."),
    (S5, "Chương trình này chủ yếu nhắm đến việc thu hút người dùng chưa từng trải nghiệm Premium."),
    (I1, "Cụ thể, Galaxy S24 Ultra được trang bị Snapdragon 8 Gen 3 for Galaxy, con chip mới và khủng nhất của Qualcomm ở thời điểm hiện tại."),
    (I1, "Còn iPhone 15 Pro Max dùng chip A17 Pro siêu mạnh được xây dựng trên tiến trình 3nm tiên tiến của TSMC."),
    (I1, "Về phần mềm, iPhone 15 Pro Max chạy iOS 17 ngay khi xuất xưởng, trong khi Galaxy S24 Ultra sẽ dựa trên hệ điều hành Android 14 với OneUI 6.1 mới nhất."),
    (I3, "Bạn sẽ tìm thấy chipset Apple A17 Pro 3nm bên trong iPhone 15 Pro Max."),
    (I3, "Việc sử dụng quy trình sản xuất 3nm cho phép tích hợp thêm hàng tỷ bóng bán dẫn bên trong chip Apple mới, chip này cũng có khả năng xử lý đồ họa tốt hơn nhiều so với trước đây."),
    (I3, "iPhone 15 Pro Max có thể đi kèm với RAM 8GB, đó là mức bộ nhớ RAM tương đương Galaxy S23 Ultra cơ bản đi kèm."),
    (I4, "Để so sánh iPhone 16 Pro Max với Galaxy S24 Ultra của Samsung thì có một điểm cần lưu ý là chiếc điện thoại của Apple vẫn chưa ra mắt."),
    (I4, "Thế hệ iPhone tiếp theo của Apple - iPhone 16 series dự kiến sẽ ra mắt sau khoảng chưa đầy 5 tháng nữa."),
    (B1, "Lần đầu tiên kể từ năm 2007, LeBron James kết thúc một trận đấu với dưới 10 điểm, chấm dứt chuỗi kỷ lục 1.297 trận liên tiếp, nhưng đổi lại là một chiến thắng quý giá cho Lakers."),
    (B1, "Dillon Brooks đã có màn trình diễn xuất sắc với 33 điểm để đánh bại Lakers, đồng thời không quên gửi những lời khiêu khích đến LeBron James sau trận đấu."),
    (B2, "Một chuyến bay kinh hoàng năm 1960 đã suýt khiến Minneapolis Lakers, tiền thân của Los Angeles Lakers ngày nay, biến mất hoàn toàn."),
    (B2, 'LeBron James đã bước sang tuổi 37 và giờ đây anh vẫn phải “gánh đội" không ngơi nghỉ, ghi trung bình xấp xỉ 30 điểm cùng 10 rebound mỗi trận.'),
    (B3, "Mùa hè vừa qua tại Olympic Paris 2024, đội tuyển bóng rổ Mỹ đã hiện thực hoá giấc mơ của rất nhiều người hâm mộ bóng rổ nói chung và NBA nói riêng."),
    (B3, "Bộ đôi siêu sao này từ kình địch đã trở thành đồng đội, không phải chơi những trận đấu mang tính biểu diễn như NBA All-Star."),
    (B4, "Austin Reaves tiết lộ tình bạn thân thiết với Luka Doncic bắt đầu từ một lời mời hài hước đi xem Backstreet Boys tại Vegas, tạo nền tảng vững chắc cho tương lai của Los Angeles Lakers thời hậu LeBron James."),
    (B4, "Austin Reaves đã phải rời sân sớm trong trận thua của Lakers trước Rockets do đau bắp chân trái và sẽ được chụp MRI trong cuối tuần này."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (none gives a control).
D1 = "https://aodaixuatonnu.com/product-category/ao-ngu-than/"
D2 = "https://anvu.store/ao-dai-ngu-than-tay-chen-quoc-phuc-1-thoi-viet-nam/"
D3 = "https://questionai.vn/essays-eUqAQ8xUIr3/lch-s-ca-o-di-vit-nam-mt-bo-co-nghin-cu"
D4 = "https://thoitrangredep.vn/ao-dai-viet-nam-qua-cac-thoi-ky-1653092968"
R1 = "https://baosuckhoecongdong.vn/nghi-ngao-da-nguoi-dan-ong-tu-cham-lua-dot-nha-mung-3-tet-150555.html"
R2 = ("https://www.phunuvagiadinh.vn/doi-song-165/long-thanh-chay-cua-hang-xe-ap-luc-rang-sang-nguoi-dan-nao-loan-"
      "dap-lua-truoc-khi-luc-luong-cuu-hoa-en-hien-truong-690589")
R3 = "https://baoquangnam.vn/quang-nam-kip-thoi-dap-tat-dam-chay-do-nguoi-dan-tu-dot-nha-3133203.html"
R4 = "https://vov.vn/xa-hoi/trong-mot-tuan-ca-nuoc-xay-ra-hang-loat-vu-chay-nghiem-trong-746103.vov"
L1 = ("https://hoc24.vn/cau-hoi/bang-kien-thuc-cua-minh-ve-su-nhiem-dien-hay-giai-thich-vi-sao-trong-cac-con-dong-"
      "thuong-thay-co-chop-kem-theo-tieng-sam-vang-ren-doi-khi-con-co-ca-set.171272648162")
L2 = "https://vi.411answers.com/a/dieu-gi-tao-nen-tia-chop.html"
L3 = "https://reference.vn/vi-sao-cac-dam-may-tich-dien.html"
L4 = "https://archive.baotreonline.com/?p=31969"
L5 = "http://www.baomoi.com/nhung-buc-anh-ve-chop-an-tuong/c/10233157.epi"
M1 = "https://phongnhaexplorer.com/hoi-dap/van-hoa/song-me-kong-chay-bao-nhieu-quoc-gia.html"
M2 = ("https://nguoiquansat.vn/hung-vi-dong-song-dai-nhat-chay-qua-lanh-tho-viet-nam-voi-dien-tich-luu-vuc-chiem-20-"
      "dien-tich-cua-ca-nuoc-cung-cap-nuoc-cho-2-7-vung-kinh-te-131061.html")
C1 = "https://nghean24h.vn/4-an-chung-than-hon-100-nam-tu-cho-46-bi-cao-lua-dao-chiem-doat-tai-san-a771262.html"
C2 = "https://nghean24h.vn/con-duong-sa-nga-cua-ga-trai-va-nuoc-mat-tu-dang-sinh-thanh-a770958.html"
C3 = "https://amp.vtcnews.vn/xet-xu-duong-day-lua-dao-cong-nghe-cao-chiem-doat-gan-1-000-ty-dong-ar1002027.html"
C4 = "https://sggp.org.vn/32-nam-tu-cho-3-bi-cao-lay-chi-lua-gia-co-vat-de-ban-chiem-doat-nua-ty-dong-post635583.html"
C5 = "https://vietnamnet.vn/nguoi-phu-nu-that-nghiep-va-cu-lua-ngoan-muc-chiem-doat-gan-14-ty-dong-2462801.html"
E1 = "https://ththanham.longbien.edu.vn/hoat-dong-thu-vien/gioi-thieu-sach-de-men-phieu-luu-ky/ct/13761/854020"
E2 = "https://laodongdongnai.vn/nguoi-sang-tao-nen-cuoc-phieu-luu-ky-thu-cua-de-men-1646958054/"
E3 = "https://123docz.net/trich-doan/1483131-tac-pham-de-men-phieu-luu-ki.htm"
E4 = "https://ireviewsach.com/review-book/de-men-phieu-luu-ky-11814/441857"
T1 = "http://plo.vn/thoi-su/hang-loat-vu-tai-nan-ba-nguoi-chet-tham-135.html"
T2 = "http://m.baomoi.com/xe-dau-keo-va-cham-xe-may-1-sinh-vien-tu-vong-tai-cho-c48697876.epi"
T3 = "https://vietnamnet.vn/tong-thang-vao-dau-xe-tai-nam-thanh-nien-tu-vong-719377.html"

SPAM_PAGES = [
    # aodaixuatonnu.com, anvu.store, questionai.vn, thoitrangredep.vn (the history of the áo dài)
    (D1, "Áo may cho nam có cổ cao, thẳng và vuông tượng trưng cho sự chính trực của người quân tử."),
    (D1, "Áo có 5 nút (làm bằng kim loại, đá, gỗ,…) tượng trưng cho 5 tính cách: sinh, lễ, nghĩa, trí, tín."),
    (D1, "Tà rộng, càng xuống càng xòe ra, tà áo cong."),
    (D2, "Khi nhắc đến áo dài truyền thống của Việt Nam, cái tên đầu tiên hiện lên trong suy nghĩ mỗi người là chiếc áo dài hiện đại với thiết kế bó sát cơ thể."),
    (D2, "Tuy nhiên để xác nhận lại xem nó có phải thật sự là áo dài truyền thống không thì cần phải quay ngược dòng lịch sử để biết được quá hình thành của nó."),
    (D2, "Tin chắc bạn sẽ có cái nhìn đa chiều và sâu sắc hơn khi tiếp tục đọc."),
    (D3, "Áo dài Việt Nam là một biểu tượng văn hóa đặc trưng của dân tộc Việt Nam."),
    (D3, "Trải qua hàng trăm năm phát triển, áo dài đã trở thành một phần không thể thiếu trong văn hóa và lịch sử của đất nước."),
    (D3, "Ban đầu, áo dài có kiểu dáng đơn giản và chất liệu thô, thường được làm từ lụa hoặc vải mỏng."),
    (D3, "Trong thời kỳ thuộc địa, áo dài đã trở thành một biểu tượng của sự kiều diễm và thanh lịch của phụ nữ Việt Nam."),
    (D4, "Áo dài từ lâu vẫn luôn là trang phục truyền thống không thể thiếu của mỗi người dân Việt Nam."),
    (D4, "Thế nhưng, ít ai biết rằng để có được vị thế như ngày hôm nay, áo dài đã trải qua nhiều biến cố thăng trầm của lịch sử."),
    (D4, "Trong giai đoạn này, áo dài thường được gắn liền với hình ảnh Hai Bà Trưng mặc ra chiến trường, đánh giặt Hán giành độc lập cho nước nhà."),
    # baosuckhoecongdong.vn, phunuvagiadinh.vn, baoquangnam.vn, vov.vn (house-fire reports)
    (R1, "Người dân phát hiện đám cháy hốt hoảng tìm cách dập lửa, đồng thời báo tin cho lực lượng chức năng."),
    (R1, "Ước tính vụ cháy gây thiệt hại hơn 100 triệu đồng."),
    (R2, "Đám cháy bùng phát nhanh và có khả năng lan rộng, người dân ngay lập tức đến ứng cứu trong thời gian đợi đội cứu hỏa đến hiện trường."),
    (R2, "Tại hiện trường, lực lượng chữa cháy đã triển khai đội hình chữa cháy, chống cháy lan."),
    (R2, "Cửa hàng chỉ sử dụng để kinh doanh phụ tùng xe đạp (không có người ở)."),
    (R2, "Hiện lực lượng chức năng tiếp tục xác minh, làm rõ nguyên nhân đám cháy."),
    (R3, "Bên cạnh đó, lực lượng chức năng triển khai tổ trinh sát mang mặt nạ cách ly, đèn pin, dây cứu người… phối kết hợp khẩn trương tìm kiếm người bị nạn."),
    (R3, "Đến 13 giờ cùng ngày, đám cháy được dập tắt hoàn toàn."),
    (R4, "Vụ việc khiến 2 vợ chồng bị ngạt khói nguy kịch và đứa con trai 2 tuổi tử vong."),
    (R4, "Mặc dù người dân đã tổ chức cứu chữa ban đầu nhưng đám cháy vượt khả năng kiểm soát."),
    # hoc24.vn, vi.411answers.com, reference.vn, archive.baotreonline.com, baomoi.com (lightning and thunder)
    (L1, "Sự ngưng tụ: khi nhiệt độ cao, nước bốc hơi lên tạo thành những đám mây."),
    (L1, "Nếu như có đám mây tích điện đi gần mặt đất tới những khu vực trống , gặp một vật có độ cao nào đó thì sẽ có hiện tượng phóng tia lửa điện giữa đám mây vào mặt đất, tạo nên sét ."),
    (L2, "Sét được tạo ra bởi dòng điện bên trong đám mây dông kết nối với mặt đất bên dưới đám mây."),
    (L2, "Sét xảy ra khi các mảnh băng nhỏ bắt đầu va vào nhau khi chúng di chuyển trong không khí."),
    (L2, "Sự va chạm của băng tạo ra điện tích bên trong đám mây."),
    (L2, "Ngoài ra còn có một điện tích tích tụ trên mặt đất bên dưới đám mây."),
    (L3, "Không khí lạnh có các tinh thể nước đá."),
    (L3, "Không khí ấm có những giọt nước."),
    (L3, "Các điện tích dương trong đám mây ở trên cùng."),
    (L3, "Khi điện tích ở đáy đủ mạnh, đám mây sẽ giải phóng năng lượng."),
    (L3, "Không ai chắc chắn tại sao các tia chớp lại đi theo đường ngoằn ngoèo khi chúng di chuyển."),
    (L3, "Không khí sẽ lan nhanh."),
    (L4, "Trong các cơn dông, vì có gió mạnh xáo trộn các đám mây và một số nguyên nhân khác, nên các đám mây có thể tích điện."),
    (L4, "Vì vận tốc ánh sáng nhanh hơn vận tốc của tiếng động nên ta trông thấy tia chớp trước."),
    (L5, "Phần đáy đám mây trong cơn mưa có mang điện tích âm, còn mặt đất do cảm ứng mà có điện tích dương."),
    (L5, "Chớp mở đường thường không tạo ánh sáng mạnh."),
    # phongnhaexplorer.com, nguoiquansat.vn (the Mekong river)
    (M1, "Sông Mê Kông, còn được gọi là “Dòng Mẹ của Đông Nam Á”, là một trong những hệ thống sông lớn nhất thế giới."),
    (M1, "Sông Mê Kông bắt nguồn từ cao nguyên Thanh Tạng, vùng Tây Nam của Trung Quốc."),
    (M1, "Sông Mê Kông là một nguồn tài nguyên vô cùng quan trọng đối với các quốc gia mà nó chảy qua."),
    (M2, "Bắt nguồn từ vùng cao nguyên lớn nhất thế giới, dòng sông này chảy qua 6 nước, trong đó có Việt Nam."),
    (M2, "Bên cạnh đó, trên toàn bộ chiều dài của sông Mê Kông có tới 94 đập thủy điện."),
    (M2, "Khi vượt quan lãnh thổ Campuchia, dòng Mê Kông chảy vào Việt Nam đầu tiên tại tỉnh An Giang theo hai nhánh là sông Tiền và sông Hậu."),
    # nghean24h.vn (2 pages), amp.vtcnews.vn, sggp.org.vn, vietnamnet.vn (court reports on fraud trials)
    (C1, "Hành vi phạm tội được tổ chức thực hiện một cách chặt chẽ, có sự phối hợp nhịp nhàng giữa các bị cáo, kéo dài xuyên suốt thời gian dài."),
    (C1, "Vì vậy, đây là vụ án đồng phạm có tổ chức chặt chẽ, phân công phân nhiệm rõ ràng."),
    (C2, "Bị cáo Lê Minh Dũng thành khẩn khai nhận hành vi phạm tội của mình."),
    (C2, "Công ty này hoạt động theo hệ thống bài bản."),
    (C2, "Toàn bộ các vị trí thống nhất ý chí, cùng thực hiện hành vi lừa đảo."),
    (C2, "Trong chuỗi hành vi phạm tội, mỗi vị trí đều có vai trò nhất định, hỗ trợ cho nhau, không thể tách rời."),
    (C2, "Hằng ngày, công ty tổ chức họp tổng kết, khen thưởng các đối tượng lừa đảo thành công."),
    (C3, "Thẩm phán Trần Thị Hà, Chánh Tòa Hình sự Tòa án nhân dân tỉnh Bắc Ninh làm Chủ tọa phiên tòa, cùng 1 thẩm phán và 3 hội thẩm nhân dân."),
    (C3, "Tham gia phiên tòa có 2 kiểm sát viên Viện Kiểm sát nhân dân tỉnh Bắc Ninh, được phân công thực hành quyền công tố và kiểm sát hoạt động xét xử."),
    (C4, "Đây là 3 người dùng chì làm cổ vật giả lừa bán được nửa tỷ đồng gây xôn xao dư luận trong thời gian vừa qua."),
    (C4, "Chuyền là người chế tạo ra cổ vật giả."),
    (C4, "Tại phiên tòa, bị cáo Thành và Nghĩa đã thừa nhận toàn bộ hành vi phạm tội của mình."),
    (C5, "Các bị hại đồng ý và đã chuyển tổng cộng 13,86 tỷ đồng cho Hương."),
    (C5, "Tuy nhiên, mọi người không đồng ý và yêu cầu Hương trả lại tiền."),
    # ththanham.longbien.edu.vn, laodongdongnai.vn, 123docz.net, ireviewsach.com (Tô Hoài's "Dế Mèn phiêu lưu ký")
    (E1, "Tô Hoài là một nhà văn nổi tiếng."),
    (E1, "Ông được nhà nước Việt Nam trao tặng nhiều giải thưởng cao quý."),
    (E1, "Tô Hoài tên thật là Nguyễn Sen, sinh ngày 7 tháng 9 năm 1920 quê ngoại nay thuộc phường Nghĩa Đô, quận Cầu Giấy, Hà Nội."),
    (E1, "Dế Mèn phiêu lưu ký được viết bằng một giọng văn hài hước và ý nhị."),
    (E2, "Truyện gồm 10 chương, kể về những cuộc phiêu lưu của Dế Mèn qua thế giới muôn màu muôn vẻ của những loài vật nhỏ bé."),
    (E3, "Dế Mèn sinh ra cùng một lứa với hai người anh."),
    (E3, "Được hai ngày thì mẹ cho ba anh em ra ở riêng."),
    (E3, "Mèn đã đào cho mình một cái hang rộng rãi và chắc chắn."),
    (E3, "Sau cái chết của Choắt, Mèn cảm thấy vô cùng ân hận."),
    (E4, "Tác phẩm đã được xuất bản với nhiều hình thức khác nhau."),
    (E4, "Dế Mèn, với sự ngạo mạn tuổi trẻ, là một ví dụ điển hình."),
    # plo.vn, m.baomoi.com, vietnamnet.vn (road-accident reports)
    (T1, "Vụ tai nạn liên hoàn khiến bốn ô tô hư hỏng, hai người trọng thương."),
    (T1, "Cú tông mạnh khiến anh Dũng kẹt trong ca bin, chết thảm."),
    (T2, "Vị trí xảy ra tại nạn thuộc ấp Quảng Biên, xã Quảng Tiến, huyện Trảng Bom, Đồng Nai."),
    (T2, "Nhận tin báo, lực lượng chức năng nhanh chóng có mặt tại hiện trường, điều tiết giao thông, điều tra nguyên nhân vụ tai nạn."),
    (T2, "Vào giờ cao điểm sáng và chiều thường xuyên xảy ra va quệt giao thông, nhất là tại các khu vực nút giao với đường dân sinh."),
    (T3, "Nạn nhân là anh Võ Văn Trọng (27 tuổi), trú tại xã Xuyên Mộc, huyện Xuyên Mộc, tỉnh Bà Rịa - Vũng Tàu."),
    (T3, "Hậu quả, sau cú va chạm mạnh, anh Trọng tử vong dưới gầm xe."),
    (T3, "Nhận tin báo, Công an huyện Châu Đức đến hiện trường tiến hành điều tra, làm rõ nguyên nhân vụ việc."),
]

# (a key naming one sentence of SPAM_PAGES, the word replaced, the place); tokens are dealt by ``deal`` below.
CASES = [
    # start
    ("Tà rộng, càng xuống", "Tà", "start"),
    ("Khi nhắc đến áo dài", "Khi", "start"),
    ("Tin chắc bạn sẽ có", "Tin", "start"),
    ("Ban đầu, áo dài có kiểu dáng", "Ban", "start"),
    ("Người dân phát hiện đám cháy", "Người", "start"),
    ("Cửa hàng chỉ sử dụng", "Cửa", "start"),
    ("Sét được tạo ra bởi", "Sét", "start"),
    ("Không khí lạnh có", "Không", "start"),
    ("Chớp mở đường", "Chớp", "start"),
    ("Công ty này hoạt động", "Công", "start"),
    ("Chuyền là người chế tạo", "Chuyền", "start"),
    ("Mèn đã đào cho mình", "Mèn", "start"),
    ("Tác phẩm đã được xuất bản", "Tác", "start"),
    # end
    ("chính trực của người quân tử", "tử", "end"),
    ("Trải qua hàng trăm năm", "nước", "end"),
    ("Áo dài từ lâu vẫn luôn", "Nam", "end"),
    ("làm rõ nguyên nhân đám cháy", "cháy", "end"),
    ("vượt khả năng kiểm soát", "soát", "end"),
    ("Sự va chạm của băng", "mây", "end"),
    ("Không khí ấm có", "nước", "end"),
    ("Không khí sẽ lan nhanh", "nhanh", "end"),
    ("phân nhiệm rõ ràng", "ràng", "end"),
    ("thực hiện hành vi lừa đảo", "đảo", "end"),
    ("Tô Hoài là một nhà văn", "tiếng", "end"),
    ("giải thưởng cao quý", "quý", "end"),
    ("hai người trọng thương", "thương", "end"),
    # function
    ("tích tụ trên mặt đất", "trên", "function"),
    ("Các điện tích dương trong", "trong", "function"),
    ("Khi điện tích ở đáy", "ở", "function"),
    ("đi theo đường ngoằn ngoèo", "theo", "function"),
    ("vì có gió mạnh", "vì", "function"),
    ("Phần đáy đám mây", "trong", "function"),
    ("nhịp nhàng giữa các bị cáo", "giữa", "function"),
    ("hỗ trợ cho nhau", "cho", "function"),
    ("khen thưởng các đối tượng", "các", "function"),
    ("được viết bằng một giọng văn", "bằng", "function"),
    ("Dế Mèn, với sự ngạo mạn", "với", "function"),
    ("nhất là tại các khu vực", "tại", "function"),
    ("quan trọng đối với", "với", "function"),
    # name
    ("Hai Bà Trưng", "Trưng", "name"),
    ("cao nguyên Thanh Tạng", "Tạng", "name"),
    ("Dòng Mẹ của Đông Nam Á", "Nam", "name"),
    ("tại tỉnh An Giang", "Giang", "name"),
    ("Bị cáo Lê Minh Dũng", "Minh", "name"),
    ("bị cáo Thành và Nghĩa", "Nghĩa", "name"),
    ("yêu cầu Hương trả lại", "Hương", "name"),
    ("Dế Mèn sinh ra", "Mèn", "name"),
    ("Sau cái chết của Choắt", "Choắt", "name"),
    ("khiến anh Dũng kẹt", "Dũng", "name"),
    ("ấp Quảng Biên", "Biên", "name"),
    ("anh Trọng tử vong", "Trọng", "name"),
    ("huyện Châu Đức", "Đức", "name"),
    # inner
    ("quay ngược dòng lịch sử", "ngược", "inner"),
    ("sự kiều diễm", "diễm", "inner"),
    ("là một biểu tượng văn hóa đặc trưng", "tượng", "inner"),
    ("biến cố thăng trầm", "thăng", "inner"),
    ("Đám cháy bùng phát", "bùng", "inner"),
    ("đã triển khai đội hình", "triển", "inner"),
    ("tổ trinh sát", "trinh", "inner"),
    ("Sự ngưng tụ", "ngưng", "inner"),
    ("khu vực trống ,", "vực", "inner"),
    ("chúng di chuyển trong không khí", "chuyển", "inner"),
    ("Vì vận tốc ánh sáng", "tốc", "inner"),
    ("ba anh em ra ở riêng", "em", "inner"),
    ("nhanh chóng có mặt", "chóng", "inner"),
    # number
    ("Áo có 5 nút", "nút", "number"),
    ("hơn 100 triệu đồng", "triệu", "number"),
    ("Đến 13 giờ cùng ngày", "giờ", "number"),
    ("khiến 2 vợ chồng", "vợ", "number"),
    ("chảy qua 6 nước", "nước", "number"),
    ("có tới 94 đập", "đập", "number"),
    ("và 3 hội thẩm", "hội", "number"),
    ("có 2 kiểm sát viên", "kiểm", "number"),
    ("Đây là 3 người dùng chì", "người", "number"),
    ("13,86 tỷ đồng", "tỷ", "number"),
    ("sinh ngày 7 tháng 9", "tháng", "number"),
    ("Truyện gồm 10 chương", "chương", "number"),
    ("(27 tuổi)", "tuổi", "number"),
]

# Tokens by shape, all from Sinfonietta/hostfiles ``gambling-hosts`` (see SOURCES), written as spam writes them: the
# whole domain, its name, its name in CamelCase or with a capital.
TOKENS = {
    "domain": ["casimba.com", "cozino.com", "dunder.com", "hajper.com", "ikibu.com", "wunderino.com", "verajohn.com",
               "snabbare.com", "parasino.com", "bodugi.com", "rollbit.com", "hellcase.com", "zodiacu.com"],
    "letter-digit": ["Rog303", "Fsl11", "Rb88", "Gr88", "Bola88", "Super88", "Rush777", "Bulldog777", "Crowin24",
                     "Nanos365", "Go50", "Tipp24", "Mobil6000"],
    "CamelCase": ["RoyRichie", "FruityCasa", "WixStars", "VierKlee", "PlexOdds", "HypeDrop", "MewahBonus", "NightRush",
                  "TempleNile", "VoodooDreams", "SaturnPlay", "DreamVegas", "GossipBingo"],
    "lower-case": ["ciwox", "codeta", "dhoze", "samvo", "ridika", "xinweide", "vinnarum", "simppeli", "turbico",
                   "skedina", "nopeampi", "wymhoki", "gamdom"],
    "digit-led": ["90dakika", "7epta7", "1337bid", "10luxury39", "1stlines", "1vice", "1x2plus", "724sports",
                  "444sports", "88asia88", "11wickets", "7jackpots", "180bets"],
    "hyphenated": ["ace-skins.com", "arena-bet", "b-bets", "csgo-dream", "csgo-saloon", "agen-klik4d",
                   "pro-factory.com", "sport-gewin", "ultimate-odds", "e-stave.com", "geoff-banks", "casino-pp",
                   "fun-bet"],
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

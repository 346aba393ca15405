"""Build ``benchmarks/data/langfresh30/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata30.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh30.py``. Same format as langfresh14-29
(``benchmarks/langid.py --data benchmarks/data/langfresh30 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 30) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-29, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-04) on topics the controls of langfresh22-29 did not have (AI chatbots
  (ChatGPT, Gemini, Claude, Copilot, DeepSeek, Perplexity, Grok, AI Hay, Kiki), YouTube Premium and Netflix's free
  plan, the VinFast VF 8 abroad, Coursera and Udemy, Meta's Threads, smartwatches (Apple Watch, Galaxy Watch),
  team tools (Google Docs, Canva, Notion, NotebookLM), LinkedIn and Google Drive, and the Nintendo Switch 2
  pre-orders), each holding real Latin tokens a spam detector could take for a pasted token: a legitimate domain
  (www.linkedin.com), CamelCase and glued names (YouTube, ChatGPT, OpenAI, DeepSeek, TechCrunch, Similarweb,
  NotebookLM, LinkedIn, MySpace, GameStop, VinFast, Vingroup, Pininfarina), letter-digit codes and model numbers
  (GPT-5.2, VF8, VF 8, Watch8, W1000, S10, iX3, H10, K20, 5G, 64GB, 15 GB, iSTEM-ED 2025), an Instagram handle
  (sceii841), a forum name (team-bhp), Google+, English loans and product names (showroom, email, website, docs,
  wiki, database, task, team, all-in-one, Premium Family Plan, Netflix Original, Coursera Coach, Nano Banana, Gen Z,
  Gen Y), institutions and acronyms (MAU, CEO, SUV, USD, IEEE Xplore, FPT).
* ``spam.tsv`` (``SPAM_PAGES``, ``CASES`` and ``TOKENS``): 78 cases on 78 further real sentences of other pages
  (the rice terraces of Mù Cang Chải, the conical hats of làng Chuông, the water puppets of Đào Thục, the Cái Răng
  floating market, the sarus cranes of Tràm Chim, the woodblock prints of Đông Hồ, the incense of Quảng Phú Cầu,
  the gongs of the Central Highlands; langfresh23 and 24 had spam sentences on the first five kinds, from other
  pages: ``check_new`` and a grep of tools/ and benchmarks/ found and dropped 24 first-draft sentences whose page or
  text an earlier set had), one syllable replaced by one token (its first whole-word occurrence; columns: split,
  spam text, token, original word, original sentence, place), 13 at each of six places: ``start``, ``end``,
  ``function``, ``name``, ``inner`` and ``number`` (as langfresh22-29). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from three real lists no earlier set used (langfresh23:
chongluadao.vn; langfresh24: dancharlton9, the Estonian list; langfresh25: hostsVN, TrustPositif; langfresh26: ABPVN,
HaGeZi's gambling list, a thanhtra.com.vn report; langfresh27: Sinfonietta's gambling-hosts; langfresh28: the Block
List Project's gambling list, jarelllama's Scam-Blocklist, mrsbaai/cmc's badlist; langfresh29: the UT1 gambling
category, ShadowWhisperer's Gambling and Scam lists): RPiList's ``gambling`` and ``notserious`` (fake shops, fake
brokers and crypto schemes) lists and durablenapkin's scam blocklist; written as spam writes them: 13 full domains,
13 letter-digit codes, 13 CamelCase names, 13 bare lower-case names, 13 digit-led names, 13 hyphenated names; most
hold no gambling trade word (``TRADE``). None is an earlier set's token, in spam_brands.txt or the held-out stems, or
a word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables included), none holds a brand stem of spam_brands.txt,
a held-out stem or an earlier token of 4 letters or more, and none is held by an earlier token (all checked before
any run). ``deal`` orders each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh30"
SEED = 30
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
A1 = ("https://thanhnien.vn/top-10-ung-dung-mien-phi-tren-app-store-chatgpt-dan-dau-gemini-tang-toc-"
      "185251213010350976.htm")
A2 = "https://60shomnay.vn/23-trieu-nguoi-roi-chatgpt-sang-gemini-2-5-pro.html"
A3 = "https://vnexpress.net/hai-ai-noi-dia-trong-top-10-su-dung-nhieu-nhat-viet-nam-4928442.html"
Y1 = "https://amp.baodautu.vn/nguoi-viet-che-youtube-premium-d189198.html"
Y2 = ("https://dantri.com.vn/cong-nghe/nhieu-nguoi-gap-kho-khi-chia-se-goi-youtube-premium-tai-viet-nam-"
      "20251103000628152.htm")
Y3 = "https://genk.icu/nhieu-nguoi-dung-youtube-premium-co-the-bi-cat-dich-vu-vi-ly-do-kho-tin-20241113080701152.chn"
Y4 = "https://www.vietnam.vn/netflix-sap-cat-dich-vu-mien-phi-o-viet-nam/"
Y5 = "http://vietnet24h.vn/kinh-te/tai-chinh-kinh-doanh/netflix-ngung-cung-cap-dich-vu-mien-phi-o-viet-nam"
V2 = "https://cbi.vn//bai-viet/4646/vinfast-vf-8-bat-ngo-xuat-hien-tai-an-do-dat-tham-vong-o-dat-nuoc-ty-dan"
V3 = "https://ibusiness.vn/vinfast-vf-8-san-pham-chau-a-mang-hon-chau-au/"
V4 = "http://nghean24h.vn/ty-phu-pham-nhat-vuong-cho-chu-tich-nuoc-nguyen-xuan-phuc-tren-vinfast-vf8-a657846.html"
O1 = ("https://www.tincongnghe.net/t-145773/coursera-am-tham-xay-dung-ha-tang-ai-cho-giao-duc-viet-nam-cung-cap-"
      "hang-nghin-khoa-hoc-tieng-viet-tam-nhin-ung-dung-vao-cac-truong-dai-hoc.html")
O2 = "https://tuyendung.evotek.vn/?p=14136"
O3 = "https://hoivovan.com/coursera-wikipedia-tieng-viet/"
O4 = "https://phunuvietnam.vn/hoc-dai-hoc-truc-tuyen-mien-phi-dang-lan-rong-toan-cau-218.htm"
H1 = "https://vnexpress.net/dai-dien-meta-threads-tang-truong-rat-tot-tai-viet-nam-5010759.html"
H2 = "https://znews.vn/threads-van-chua-pho-bien-nhu-x-post1576767.html"
H3 = ("https://ver2solution.com/threads-khong-con-chi-la-vu-tru-gen-z-ty-le-nguoi-dung-gen-y-tang-vot-cac-thuong-"
      "hieu-dung-truoc-co-hoi-moi")
H4 = "https://archive.vietnam.vn/ung-dung-threads-vua-duoc-meta-ra-mat-co-gi-hap-dan"
W1 = "https://tientranmobile.com/so-sanh-apple-watch-va-galaxy-watch/"
W2 = ("https://www.24h.com.vn/thoi-trang-hi-tech/apple-watch-ultra-2-vuot-troi-trong-theo-doi-suc-khoe-voi-do-"
      "chinh-xac-an-tuong-c407a1693022.html")
W3 = ("https://cafef.vn/apple-watch-series-10-vs-samsung-galaxy-watch-8-lua-chon-nao-phu-hop-hon-voi-phai-nu-"
      "188250904210831514.chn")
G1 = "https://tinymedia.vn/tinh-nang-cong-tac-huu-ich-cua-google-docs"
G2 = "https://edunet.com.vn/tin-tuc/?p=66043"
G3 = "https://netid.vn/63HdF9694eD6009"
G4 = ("https://daihoc.fpt.edu.vn/tin-tuc/khi-khong-gioi-design-tro-thanh-dong-luc-dua-nu-sinh-truong-dai-hoc-fpt-"
      "den-voi-dien-dan-hoc-thuat-quoc-te")
G5 = "https://uat.loicurly.com/tool/detail/notion?lang=vi"
L1 = "https://digitallife.amazingvietnam.vn/2014/04/linkedin-la-gi.html"
L2 = "https://bizcare.vn/truyen-thong-doanh-nghiep/linkedin-cong-cu-mang-xa-hoi-yeu-thich-cua-cac-nha-tuyen-dung.html"
L3 = "https://webcatalog.io/vi/apps/google-drive/"
L4 = "https://funlink.io.vn/?p=2035"
K4 = ("https://tingame24h.net/game-thu-viet-sot-sang-dat-truoc-nintendo-switch-2-website-sap-hang-loat-lo-ngai-khan-"
      "hiem-nguon-cung")

CLEAN = [
    # AI chatbots (ChatGPT, Gemini, Claude, Copilot, DeepSeek, Perplexity, Grok, AI Hay, Kiki)
    (A1, "ChatGPT hiện xử lý gần 30.000 tin nhắn mỗi giây, với phần lớn người dùng trưởng thành sử dụng nó để tìm kiếm thông tin, thay thế hiệu quả các công cụ tìm kiếm truyền thống."),
    (A1, "Đặc biệt, gần một phần ba thanh thiếu niên Mỹ sử dụng chatbot này hằng ngày, trong đó 59% tương tác của họ là với ChatGPT."),
    (A1, "Với hơn 800 triệu người dùng hằng tuần, ChatGPT đã tăng gấp 4 lần lượng người dùng trong năm qua, thu hút thêm hơn 300 triệu người dùng kể từ tháng 3."),
    (A1, "OpenAI đang cảm thấy sức nóng đến từ chatbot AI (trí tuệ nhân tạo) khác là Gemini của Google, đặc biệt khi Google đã nhanh chóng tích hợp Gemini vào trình duyệt Chrome và các sản phẩm khác."),
    (A1, "Cụ thể, công ty chuyển trọng tâm từ các tính năng mới sang cải thiện hiệu suất và độ tin cậy, với kết quả là sự ra mắt của GPT-5.2."),
    (A2, "Ngày 22/9, Gemini 2.5 Pro trở thành hiện tượng toàn cầu khi nhanh chóng vượt ChatGPT, thu hút 23 triệu người dùng chỉ sau vài ngày ra mắt."),
    (A2, "Trong khảo sát công khai với hơn 21.000 người dùng tại Mỹ và Anh, Gemini 2.5 Pro được bình chọn là mô hình AI số 1, vượt qua ChatGPT, Claude và nhiều đối thủ khác."),
    (A2, "Đồng thời, ứng dụng ghi nhận hơn 500 triệu hình ảnh được tải lên, buộc Google phải áp đặt giới hạn tạm thời để đảm bảo ổn định hệ thống."),
    (A2, "Chỉ trong thời gian ngắn, Nano Banana đã tạo nên hàng loạt xu hướng trên TikTok, Instagram, biến Gemini thành “người bạn AI” không chỉ phục vụ công việc mà còn đáp ứng nhu cầu giải trí sáng tạo."),
    (A3, "AI Hay và Kiki nằm trong số những nền tảng AI được dùng nhiều nhất tại Việt Nam, vượt trên một số nền tảng nước ngoài nổi tiếng."),
    (A3, "Báo cáo Thị trường AI tiêu dùng Việt Nam 2025 do Decision Lab công bố ngày 19/8 cho thấy Việt Nam là thị trường có độ cởi mở cao với AI, khi 78% người tham gia khảo sát sử dụng AI trong ba tháng qua, và mỗi người sử dụng khoảng hai công cụ."),
    (A3, "Trong số đó, ChatGPT được sử dụng nhiều nhất, đạt 81%."),
    (A3, "Gemini và Meta AI có tỷ lệ lần lượt 51% và 36%."),
    (A3, "Trong 10 nền tảng AI, AI Hay của Việt Nam đứng thứ sáu với 9%, ngang bằng Grok, còn Kiki đứng thứ 9 với 3%."),
    (A3, "Perplexity và Claude - hai nền tảng AI nổi tiếng thế giới, đạt tỷ lệ 2% tại Việt Nam."),
    (A3, "AI Hay, nền tảng kết hợp giữa mạng xã hội và AI tạo sinh do kỹ sư Việt phát triển đứng thứ hai về độ hài lòng, với điểm số 47%."),
    (A3, "Các nền tảng như Meta AI, Copilot, DeepSeek đạt dưới 30% trong khảo sát."),
    # YouTube Premium and Netflix's free plan
    (Y1, "Gần một tháng sau khi YouTube mở kênh đăng ký chính thức dịch vụ trả phí cho người dùng Việt Nam, việc mua bán tài khoản YouTube Premium giá rẻ vẫn tràn lan."),
    (Y1, "Chỉ cần vài clik vào các diễn đàn hoặc tìm kiếm trên Facebook, không khó để tìm mua tài khoản YouTube Premium giá rẻ."),
    (Y1, "Theo đó, tài khoản YouTube Premium được rao bán với giá 25.000 - 35.000 đồng cho chu kỳ 6 tháng, hoặc 50.000 - 70.000 đồng/năm."),
    (Y1, "Giá YouTube Premium khi Youtube bắt đầu cung cấp dịch vụ rẻ nhất thế giới là Ấn Độ (1,56 USD/tháng), tiếp đến là Thổ Nhĩ Kỳ (1,61 USD/tháng)..."),
    (Y1, "Trước đó, ngày 12/4, Google bất ngờ ra mắt dịch vụ này tại Việt Nam mà không hề báo trước với mức giá từ 79.000 đồng/tháng cho gói cá nhân."),
    (Y1, "Người dùng có thể đăng ký gói gia đình Premium Family Plan với giá 149.000 đồng/tháng."),
    (Y2, "Theo chính sách của Google, khi mua YouTube Premium dành cho gia đình, người dùng có thể dùng chung gói dịch vụ này với tối đa 5 thành viên khác trong gia đình."),
    (Y2, "Google gần như không có bất cứ động thái nào ngăn cản việc người dùng chia sẻ gói YouTube Premium."),
    (Y2, "Nội dung email cho biết hệ thống của YouTube sẽ tiến hành kiểm tra."),
    (Y3, "Gần đây, YouTube đã thực hiện việc rà soát các tài khoản tại Việt Nam."),
    (Y3, "YouTube đã thông báo rằng nếu người dùng chuyển đến quốc gia khác, họ cần hủy bỏ gói thành viên hiện tại và đăng ký lại."),
    (Y4, "Netflix sẽ ngừng gói dịch vụ miễn phí tại Việt Nam từ tháng 11, buộc người dùng phải đăng ký thuê bao trả tiền nếu muốn xem tiếp."),
    (Y4, "Tối 2/10, nhiều người dùng Netflix miễn phí nhận được thông báo họ sẽ không còn là thành viên dịch vụ của hãng nên không thể sử dụng nền tảng trừ khi nâng cấp sang gói trả phí."),
    (Y4, "Gói miễn phí là gói dịch vụ được Netflix cung cấp từ tháng 11/2021, dành riêng cho những người dùng điện thoại Android trong nước."),
    (Y4, "Cụ thể, khi sử dụng ứng dụng Netflix của điện thoại Android, người dùng không cần nhập thẻ thanh toán nhưng vẫn xem được xem tất cả nội dung gốc (Netflix Original) cùng một số nội dung khác, nhưng số lượng không nhiều."),
    (Y5, "Vào tối ngày 2/10, Netflix đã gửi một số email tới người dùng Việt Nam rằng họ sẽ ngừng cung cấp gói miễn phí từ tháng 11/2023."),
    # the VinFast VF 8 abroad
    (V2, "Tài khoản Instagram sceii841 chuyên chia sẻ về xe hơi tại Ấn Độ đã đăng đoạn video ngắn cho thấy mẫu ô tô điện của đã xuất hiện tại đất nước này."),
    (V2, "Khi phát triển các mẫu điện, VinFast định hướng sẽ phân phối dòng xe này ra toàn cầu, bao gồm Bắc Mỹ và khu vực châu Âu."),
    (V2, "Câu chuyện xe VinFast xuất hiện ở Ấn Độ cũng thành chủ đề được bàn luận trên diễn đàn team-bhp."),
    (V3, "VinFast VF 8 là sản phẩm chào sân quốc tế của VinFast trên thị trường toàn cầu do đó trong chiến lược của mình hãng sản xuất xe Việt đã kết hợp với hàng loạt các chuyên gia công nghệ đến từ khắp nơi trên thế giới."),
    (V3, "Sự kết hợp của tinh hoa đến từ ngành ô tô như thiết kế từ thương hiệu Pininfarina của Ý, máy móc thiết bị và quy trình hoạt động từ hãng Siemens và Bosch của Đức, 1200 robot từ ABB hay hãng sản xuất Magna Steyr của Áo."),
    (V3, "Thuộc phân khúc D, VinFast VF 8 có chiều dài tương đương với các mẫu xe Tesla Model Y hay BMX iX3."),
    (V4, "Người đứng đầu Nhà nước ngồi ở hàng ghế phía sau, trong khi đích thân Chủ tịch Vingroup Phạm Nhật Vượng cầm lái."),
    (V4, "VF8 là mẫu ô tô điện được VinFast ra mắt lần đầu hồi tháng 11, trong khuôn khổ triển lãm Los Angeles Auto Show 2021 được tổ chức ở Mỹ."),
    (V4, "VinFast VF8 được \"chắp bút\" bởi Pininfarina - studio danh tiếng của Italy."),
    # Coursera and Udemy
    (O1, "Khi Coursera công bố ra mắt hơn 3.000 khóa học có phụ đề tiếng Việt cùng loạt tính năng AI mới, nhiều người chỉ xem đây như một động thái mở rộng dịch vụ."),
    (O1, "Nhưng nhìn sâu hơn, đây thực chất là bước đi chiến lược, biến Coursera thành hạ tầng AI cho giáo dục trực tuyến tại Việt Nam."),
    (O1, "Điểm đáng chú ý nhất trong loạt cập nhật lần này là Coursera Coach - trợ lý học tập AI mới, có thể giải đáp câu hỏi, tóm tắt bài giảng, tư vấn lộ trình nghề nghiệp và hỗ trợ giảng viên tạo hoạt động học tập tương tác."),
    (O2, "Thị trường học trực tuyến đang chứng kiến một biến động lớn: thông báo về việc sáp nhập giữa Coursera và Udemy đã tạo ra nhiều luồng ý kiến."),
    (O2, "Đây không phải là một lời chỉ trích nhắm vào Coursera hay Udemy."),
    (O3, "Công ty được thành lập bởi hai giáo sư khoa học máy tính Andrew Ngô Ân Đạt và Daphne Koller thuộc Đại học Stanford."),
    (O3, "Trong tháng 4 năm 2012, Coursera đã được đầu tư tổng cộng 16 triệu USD bằng các quỹ đầu tư vốn mạo hiểm."),
    (O4, "Coursera là một công ty cung cấp các khóa học đại học (ĐH) trên khắp thế giới thông qua một nền tảng kỹ thuật số."),
    (O4, "Không chỉ hoạt động ở Mỹ, Coursera đã đến châu Á và tiến tới hoạt động trên toàn thế giới."),
    (O4, "Mức phí dao động từ 30 đến 60 USD."),
    (O4, "Trong khoảng 1 năm rưỡi, Coursera đã hợp tác với gần 92 đối tác trên toàn cầu, bao gồm cả những cái tên lớn như Princeton hay École Centrale Paris."),
    # Meta's Threads
    (H1, "Ông Khôi Lê, Giám đốc quốc gia Meta Việt Nam, cho biết mạng xã hội Threads phát triển nhanh và ngày càng phổ biến trong giới trẻ."),
    (H1, "Threads là mạng xã hội do Meta phát triển, ra mắt tháng 7/2023, hướng đến các bài chia sẻ và cuộc thảo luận ngắn, công khai."),
    (H1, "Có những quý, Threads ghi nhận mức độ tăng trưởng 35% về thời gian sử dụng."),
    (H1, "Dẫn số liệu của Decision Lab, ông Khôi Lê cho biết gần 94% người dùng Internet trong nước hiện sử dụng Facebook."),
    (H2, "Sau 2 năm ra mắt, mạng xã hội của Meta ghi nhận hơn 400 triệu người dùng hàng tháng, vẫn thấp hơn so với X (trước đây là Twitter)."),
    (H2, "Adam Mosseri, Giám đốc Instagram vừa cho biết nền tảng Threads đã vượt mốc 400 triệu người dùng hoạt động hàng tháng (MAU)."),
    (H2, "Theo TechCrunch, cột mốc mới đồng nghĩa Threads có thêm 50 triệu người dùng chỉ trong một quý."),
    (H2, "Trước đó vào tháng 4, CEO Mark Zuckerberg của Meta tuyên bố nền tảng này đạt hơn 350 triệu người dùng hoạt động hàng tháng."),
    (H2, "Dù ghi nhận người dùng tăng vọt, Threads vẫn chưa phổ biến bằng X."),
    (H2, "Theo số liệu từ Similarweb, lượng người dùng hàng ngày của Threads dần bắt kịp X."),
    (H3, "Công ty nghiên cứu thị trường Decision Lab vừa phát hành báo cáo định kỳ “The Connected Consumer” cho quý II/2024, phản ánh các xu hướng tiêu dùng số mới nhất."),
    (H3, "Cụ thể, trong quý II vừa qua, tỷ lệ người dùng Threads tại Việt Nam đạt 10%, tăng 5 điểm phần trăm so với quý trước."),
    (H3, "Sự tăng trưởng đến từ việc nền tảng này đang được đón nhận tích cực bởi nhiều nhóm tuổi: Gen Z tăng 6% tỷ lệ sử dụng, Gen Y có mức tăng ấn tượng 7%."),
    (H4, "Ứng dụng Threads vừa được Meta, công ty mẹ của Facebook, chính thức ra mắt, hứa hẹn là đối thủ cạnh tranh gay gắt với Twitter."),
    (H4, "Trong sáng 6/7, Threads cũng đã lọt vào bảng xếp hạng của App Store và lên xu hướng trên Twitter."),
    (H4, "Threads là một ứng dụng được phát triển bởi Meta – công ty mẹ của Facebook, Instagram và Whatsapp."),
    # smartwatches (Apple Watch, Galaxy Watch, Pixel Watch)
    (W1, "Apple Watch Series 11 được thiết kế mỏng hơn, pin “trâu” hơn đời trước (tối đa 24 giờ), bổ sung Điểm số Giấc ngủ (Sleep Score) và cảnh báo tăng huyết áp."),
    (W1, "Phiên bản Cellular cũng hỗ trợ 5G RedCap."),
    (W1, "Apple Watch Ultra 3 là phiên bản “pro” cho người dùng chuyên vận động, với màn hình 3.000 nits, pin 42 giờ (lên đến 72 giờ ở chế độ tiết kiệm), vỏ titanium và kính sapphire, GPS băng tần kép, cùng tính năng SOS/Find My qua vệ tinh."),
    (W1, "Galaxy Watch8, Watch8 Classic và Galaxy Watch Ultra chạy Wear OS với giao diện One UI 8 Watch."),
    (W2, "Để kiểm tra nhịp tim, Horst đã sử dụng dây đeo ngực Polar H10 làm chuẩn."),
    (W2, "Huawei Watch 5 cũng đạt kết quả tương tự, trong khi các thiết bị khác như Galaxy Watch 7 có độ lệch khoảng 3%."),
    (W2, "Khi thử nghiệm ngoài trời, trong các hoạt động chạy và đạp xe, Apple Watch Ultra 2 vẫn giữ vững vị trí dẫn đầu, trong khi Forerunner và Whoop tụt lại với độ lệch lên tới 12-15%."),
    (W3, "Apple trang bị chip S10 cùng bộ nhớ 64GB, hỗ trợ trợ lý Siri xử lý trực tiếp trên thiết bị và cử chỉ “double tap” tiện lợi."),
    (W3, "Galaxy Watch 8 dùng chip Exynos W1000, chạy Wear OS 6 với giao diện One UI Watch 8, nổi bật với tích hợp Google Gemini AI, mang lại trải nghiệm thông minh hơn trong việc gợi ý và hỗ trợ công việc hằng ngày."),
    # team tools (Google Docs, Canva, Notion, NotebookLM)
    (G1, "Google Docs là một trình xử lý văn bản dựa trên nền tảng web, cho phép người dùng tạo, chỉnh sửa và cộng tác trên các tài liệu trực tuyến."),
    (G1, "Đây là một phần cốt lõi của bộ ứng dụng văn phòng miễn phí Google Workspace (trước đây là G Suite) dành cho cá nhân, bao gồm cả Google Sheets (bảng tính) và Google Slides (bài thuyết trình)."),
    (G1, "Vậy tại sao một công cụ mạnh mẽ như Google Docs lại được cung cấp miễn phí cho phần lớn người dùng?"),
    (G2, "Canva đã trở thành một công cụ thiết kế đồ họa không thể thiếu đối với nhiều cá nhân và doanh nghiệp."),
    (G2, "Với giao diện trực quan, dễ sử dụng và kho tài nguyên phong phú, Canva cho phép người dùng tạo ra các thiết kế chuyên nghiệp một cách nhanh chóng và dễ dàng."),
    (G2, "Tuy nhiên, sức mạnh thực sự của Canva được phát huy khi nó được sử dụng để cộng tác."),
    (G3, "Bạn A tìm tài liệu X, bạn B tìm tài liệu Y, file word tóm tắt thì gửi qua Zalo, link tham khảo thì vứt vào Messenger."),
    (G3, "Bài viết này sẽ hướng dẫn bạn một quy trình thực tế để biến NotebookLM thành \"bộ não chung\", giúp việc học nhóm trở nên hiệu quả và sáng tạo hơn bao giờ hết."),
    (G4, "Trong khi nhiều sinh viên năm nhất vẫn còn đang làm quen với nhịp sống và phương pháp học tập mới, Trương Ngọc Phương Linh, cô sinh viên K20 chuyên ngành Truyền thông Đa phương tiện Trường Đại học FPT, đã chọn cho mình một con đường khác biệt."),
    (G4, "Đề tài “Students’ Perspectives on Canva’s Level of Utilization and Impact in Academic Learning” không chỉ được chấp nhận trình bày tại iSTEM-ED 2025, mà còn được xuất bản trên IEEE Xplore – một nền tảng học thuật hàng đầu thế giới trong lĩnh vực công nghệ."),
    (G5, "Notion là công cụ ghi chú & quản lý công việc all-in-one."),
    (G5, "Cho phép tạo docs, wiki, database, task, tùy biến cao cho cá nhân & team."),
    # Nintendo Switch 2 pre-orders
    (K4, "GameStop, nhà bán lẻ trò chơi điện tử lớn nhất tại Mỹ, đã phải đối mặt với tình trạng website ngừng hoạt động kéo dài."),
    (K4, "Các cổng bán hàng trực tuyến của những ông lớn bán lẻ khác như Walmart, Target và Best Buy cũng bị ảnh hưởng nghiêm trọng."),
    # LinkedIn and Google Drive
    (L1, "Facebook là mạng xã hội phổ biến nhất thế giới, kế đến là Google+, riêng ở Mỹ thì MySpace rất thông dụng."),
    (L1, "LinkedIn là một mạng xã hội giống như Facebook, nhưng đối tượng tham gia vào nó không giống như Facebook."),
    (L1, "LinkedIn được thành lập từ tháng 12/2002 và ra mắt chính thức từ 5/5/2003 với dạng mạng xã hội nghề nghiệp."),
    (L2, "LinkedIn (www.linkedin.com) là trang mạng xã hội phổ biến đối với các nhà tuyển dụng vì có nguyên nhân của nó."),
    (L2, "LinkedIn cung cấp hơn 19 triệu hồ sơ cá nhân, bao gồm 145.000 hồ sơ giám đốc điều hành."),
    (L3, "Google Drive cung cấp cho người dùng 15 gigabyte bộ nhớ miễn phí thông qua Google One."),
    (L3, "Ngoài trang web, Google Drive còn cung cấp các ứng dụng có khả năng ngoại tuyến cho máy tính Windows và macOS cũng như điện thoại thông minh và máy tính bảng Android và iOS."),
    (L4, "Google Drive chiếm ưu thế rõ rệt với gói miễn phí lên đến 15 GB."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: pages of the spam sentences only (running Vietnamese text, no Latin tokens of their own).
R1 = "https://thanhnien.vn/dep-nao-long-buc-tranh-mua-lua-chin-o-mu-cang-chai-185251023232538501.htm"
R4 = "http://vietnam9news.com/top/mu-cang-chai-yen-bai-20639.htm"
R5 = "https://taghusa.com/yen-bai-niu-chan-du-khach-voi-ve-dep-cua-mu-cang-chai-mua-lua-chin/"
N1 = "https://vnexpress.net/lang-co-nao-o-ha-noi-noi-tieng-voi-nghe-nuoi-bat-ran-4029736-p7.html"
N2 = "https://tapchicongthuong.vn/net-dep-non-la-lang-chuong-26139.htm"
N3 = "https://vanhienplus.vn/lang-chuong-noi-san-sinh-non-la-dep-nuc-tieng-bac-bo/68220"
N4 = "https://hoalac247.com/ve-lang-chuong-xa-phuong-trung-huyen-thanh-oai-tp-ha-noi-xem-lam-non-la"
N5 = "https://phunuvietnam.vn/vui-nghe-lam-non-lang-chuong-20200302223440374.htm"
P1 = ("https://conganbackan.vn/vi/news/Van-hoa-The-thao/nghe-si-sau-manh-cua-phuong-roi-nuoc-300-tuoi-o-ha-noi-"
      "25165.html")
F1 = "http://www.dulichvn.org.vn/index.php/item/7755"
F2 = "https://thesaigontimes.vn/cho-noi-cai-rang-vao-mua-tet"
F5 = "https://www.dulichhoanmy.com/blog/lenh-denh-cho-noi-cai-rang/"
S1 = "https://phuot.vn/threads/dong-thap-mua-seu-bay-ve.40224"
S2 = "https://thiennhien.net/2008/05/04/tram-chim-mua-seu-do-bay-ve"
T1 = "http://didauchoigi.com/anh/lang-tranh-dong-ho-bac-ninh/Img5687.htm"
T2 = "http://mythuatmamnon.com/dich-vu/ve-tranh-dong-ho-tren-met/print.html"
T3 = "https://123docz.net/document/9917362-van-hoa-nghe-thuat-tranh-dan-gian-dong-ho.htm"
Q1 = "https://nongthon.vietnamtourism.gov.vn/suc-hut-tu-lang-huong-quang-phu-cau-ha-noi"
Q2 = "https://vietnamtraveller.com.vn/lang-lam-tam-huong-noi-tieng-ha-noi-nhon-nhip-ngay-giap-tet-76_3775.html"
Q3 = "https://www.24h.com.vn/tin-tuc-trong-ngay/sac-tet-ruc-ro-tai-lang-huong-quang-phu-cau-c46a1736675.html"
Q4 = ("https://www.vietnamplus.vn/quang-phu-cau-sac-huong-viet-lan-toa-khap-cong-dong-tiktok-va-instagram-"
      "post1078741.vnp")
C1 = "https://nhaccutrantrung.com/khong-gian-van-hoa-cong-chieng-tay-nguyen"

SPAM_PAGES = [
    # thanhnien.vn, sgo48.vn, tonvinhvanhoadoc.net, vietnam9news.com, taghusa.com (the terraces of Mù Cang Chải)
    (R1, "Điểm đặc biệt ấy khiến Mù Cang Chải trở thành một trong những kỳ quan do bàn tay con người và thiên nhiên cùng tạo tác."),
    (R1, "Từ những triền đồi uốn lượn của La Pán Tẩn, Chế Cu Nha đến bản Tú Lệ, cả không gian như bừng sáng trong sắc vàng óng ả."),
    (R1, "Hoàng hôn buông xuống, ánh nắng cuối ngày phủ lên từng bậc ruộng, phản chiếu như tấm gương dát vàng khiến bất kỳ ai cũng phải lặng người trước vẻ đẹp yên bình mà hùng vĩ."),
    (R1, "Ở đồi Móng Ngựa, du khách nườm nượp \"săn\" khoảnh khắc lúa chín giữa khung cảnh núi non trùng điệp."),
    (R1, "Còn tại đèo Khau Phạ, những cánh dù lượn bay trên nền vàng ruộng bậc thang tạo nên bức tranh động đầy mê hoặc."),
    (R1, "Đi sâu vào bản làng, hương lúa mới quyện trong gió, tiếng cười nói của người Mông thu hoạch lúa hòa cùng nhịp chày đập thóc tạo nên bản hòa tấu mùa vàng khó quên."),
    (R1, "Mù Cang Chải không chỉ đẹp vào mùa lúa chín mà còn đẹp quanh năm, từ mùa đổ nước \"tráng gương\" đến những ngày đông sương phủ."),
    (R4, "Nếu đến Mù Cang Chải mà không đến ruộng bậc thang Tú Lệ thì đúng là một thiếu sót lớn."),
    (R4, "Tọa lạc ở huyện Văn Chấn (Yên Bái), nơi đây là một vùng thung lũng nằm giữa ba ngọn núi cao là: Khau Phạ, Khau Thán, Khau Song."),
    (R4, "Giữa những ngày thu, những cánh đồng lúa xào xạc trên những bản làng mang theo mùi lúa chín - hương đồng gió nội lan tỏa trong không gian."),
    (R4, "Ruộng lúa hình xoáy ốc mỗi độ thu sang tựa như “mâm xôi vàng” - món quà dâng trời đất được tạo nên bởi chính bàn tay đồng bào dân tộc Mông nơi đây."),
    (R4, "Công trình ruộng bậc thang tuyệt vời này đã được công nhận là Di tích danh thắng cấp Quốc gia từ cuối năm 2007."),
    (R5, "Những năm gần đây, cứ vào khoảng cuối tháng 9, đầu tháng 10 hằng năm, du khách thập phương lại đổ về Mù Cang Chải để thưởng ngoạn cảnh đẹp tuyệt vời của vùng đất cao nguyên."),
    (R5, "Hãy nghỉ chân ở đây để thưởng thức thứ cơm lam nếp Tú Lệ dẻo thơm nức tiếng khắp vùng."),
    # vnexpress.net, tapchicongthuong.vn, vanhienplus.vn, hoalac247.com, phunuvietnam.vn (the hats of làng Chuông)
    (N1, "Làng Chuông thuộc xã Phương Trung, huyện Thanh Oai, tên tiếng Hán là Thì Trung."),
    (N1, "Việc làm nón đòi hỏi tính tỉ mỉ, kiên nhẫn nên người phụ nữ thường đóng vai trò chính yếu trong nhiều công đoạn."),
    (N1, "Đã là người làng Chuông, bất kể con gái con trai đều phải biết làm nón, khâu nón."),
    (N1, "Trẻ con lên 6-7 tuổi bắt đầu tập làm nón, từ những việc đơn giản như rẽ lá, luồn nhôi, nhặt chỉ, làm quen với các dụng cụ làm nghề."),
    (N1, "Nghề làm nón cho thu nhập thấp, chỉ lấy công làm lãi nhưng người dân ở làng Chuông vẫn tự hào."),
    (N2, "Nằm cạnh con sông Đáy, làng Chuông thuộc xã Phương Trung, huyện Thanh Oai tại Hà Nội."),
    (N2, "Màu trắng của nón lấp lóa khắp nơi xen lẫn sắc hồng trên má các cô thôn nữ, cùng những tiếng cười giòn tan làm cho không khí trong chợ càng thêm đậm đà bản sắc quê hương."),
    (N2, "Đây cũng là một trong những nét độc đáo của làng Chuông còn được lưu giữ đến nay."),
    (N2, "Để màu nón được bền, trắng, thơm thì lá phải được nhập chính gốc lá lụi Quảng Bình, sau đó vò kỹ với cát và hơ trên diêm sinh."),
    (N3, "Không ai trong làng biết chiếc nón xuất hiện từ khi nào nhưng trong ca dao xưa đã có câu “Nón Chuông, khua lụa, quai thao làng Đơ”."),
    (N3, "Hình ảnh chiếc nón lá thân thương và mộc mạc đã đi sâu vào tiềm thức của mỗi chúng ta."),
    (N3, "Các phiên chợ nón được mở đã mang lại không khí đậm đà bản sắc văn hóa làng quê Việt."),
    (N4, "Đầu thời Lê Sơ, làng Chuông đông đúc."),
    (N4, "Làng Chuông có lịch sử hàng ngàn năm với nhiều biến động thăng trầm, nơi đây còn ghi dấu nhiều di tích như đình, đền, chùa, miếu, nhà thờ họ, nhà thờ giáo xứ, giếng cổ và hộ gia đình làm nghề truyền thống."),
    (N4, "Trải qua thời gian, người dân dần biến tấu và phát triển các loại nón lá cho phù hợp với xu thế."),
    (N4, "Những người phụ nữ ở làng Chuông bằng sự khéo léo của đôi bàn tay đã tạo ra những chiếc nón xinh xắn, bền đẹp."),
    (N5, "Thế nhưng, ít ai biết, người làng làm nón không chỉ để bán mà còn mang đến tiếng cười trong đời sống tinh thần của người làm nghề."),
    (N5, "Đến với làng Chuông, du khách không chỉ mua nón mà còn được trải nghiệm, cảm nhận về cách làm nón, vui nghề của người dân nơi đây, để thấm hơn cái giá trị của những sản phẩm cổ truyền của người Việt."),
    # conganbackan.vn, sovhtt.hanoi.gov.vn, notesbook.vn (the water puppets of Đào Thục)
    (P1, "Sau này, ông về quê lập ra các phường hội như phường võ, phường thầy, phường thợ, phường cối và đặc biệt là phường rối nước."),
    (P1, "Từ ngày ra đời đến nay, phường rối nước Đào Thục đã trải qua nhiều biến cố, lúc hưng lúc thịnh, có thời điểm phải dừng hẳn."),
    (P1, "Đến năm 2007 phường rối đẩy mạnh hoạt động hiệu quả hơn nhờ mở rộng thông tin."),
    (P1, "Con rối lắc đều và vung vẩy được cả 2 tay, dễ dàng sang phải, sang trái, đặc biệt con rối có thể đi vào buồng trò bằng cách quay ngược trở lại."),
    (P1, "Ông Đinh Thế Văn là nghệ nhân rối nước Đào Thục tâm huyết với nghề từ thuở nhỏ."),
    (P1, "Múa rối nước là một loại hình nghệ thuật sân khấu dân gian truyền thống độc đáo, ra đời từ nền văn hóa lúa nước."),
    (P1, "Có 2 điểm khác biệt giữa rối nước Đào Thục với các phường rối khác như tiết mục đốt pháo bật cờ được biểu diễn đầu tiên, ở các phường khác là tiết mục chú tễu."),
    # dulichvn.org.vn, thesaigontimes.vn, lucotravel.vn, dulichnamdung.blogspot.com, dulichhoanmy.com (Cái Răng)
    (F1, "Gọi là chợ nổi bởi vì chợ là sự nhóm họp của những ghe, thuyền trên sông."),
    (F1, "Chợ chỉ họp từ 6 giờ đến 8 giờ mỗi sáng."),
    (F1, "Nhiều loại tàu thuyền sức chứa từ 3 tấn đến 12 tấn chở đầy dừa tươi, dưa hấu xanh, bưởi, quýt, thanh long, củ cải trắng và các nông thổ sản của cả miền Tây Nam Bộ tụ họp về đây."),
    (F1, "Do vậy, chợ không có tiếng rao hàng như các chợ trên bờ, mà có rao thì tiếng sóng, tiếng máy nổ của ghe thuyền cũng làm át đi."),
    (F1, "Trên bờ có hàng gì thì chợ nổi cũng có từng ấy, không thiếu thứ gì."),
    (F2, "Mỗi ngày, chợ đón trên dưới 1.500 lượt ghe thuyền họp chợ, trao đổi buôn bán đủ các loại hoa, cây trái, rau quả… của miệt vườn."),
    (F2, "Anh Nguyễn Văn Hạnh quê ở Hậu Giang bán củ sắn trên chợ nổi 8 năm nay cho biết hoạt động của chợ nổi luôn tấp nập kể cả ngày thường."),
    (F5, "Tiếng máy thuyền nổ vang, tiếng những mái chèo khua nước, tiếng sóng vỗ oàm oạp vào mạn thuyền… đó là âm thanh quen thuộc mở đầu vào sớm bình minh trên chợ nổi Cái Răng."),
    # phuot.vn, thiennhien.net, hoctot.nam.name.vn, sggp.org.vn (the sarus cranes of Tràm Chim)
    (S1, "Hằng năm, khi mùa khô phương Nam bắt đầu ấm nắng là đàn sếu lại xuất hiện trên bầu trời vùng Đồng Tháp Mười (Đồng Tháp), Kiên Lương (Kiên Giang)."),
    (S1, "Ngay từ trước Tết Nguyên đán, những đàn sếu đầu tiên đã có khoảng trên 100 con bay về Tràm Chim."),
    (S1, "Anh tâm sự, đã nhiều lần anh tính rời bỏ Tràm Chim bởi đời sống quá cơ cực."),
    (S1, "Hơn 22 năm gắn bó, mảnh đất này đã là một phần máu thịt, một phần linh hồn của anh."),
    (S2, "Mặc dù đi từ sớm, lúc đến Tràm Chim thì mặt trời đã lên được một con sào."),
    (S2, "Ghe chạy đến đâu thì từng đàn cò, đàn chim vụt bay tán loạn đến đó…"),
    (S2, "Thi vị nhất là ghe chạy qua những đoạn kinh mà sen mọc dầy đặc, hương sen thơm ngào ngạt bốc lên…"),
    # didauchoigi.com, mythuatmamnon.com, 123docz.net (the woodblock prints of Đông Hồ)
    (T1, "Làng tranh Đông Hồ nổi tiếng khắp cả nước với những bức tranh truyền thống, đây cũng là một làng nghề truyền thống của Bắc Ninh tuy nhiên, hiện nay làng đã không còn làm tranh nữa."),
    (T1, "Làng Đông Hồ còn có tên gọi khác là làng Hồ, đây là một làng cổ làm tranh rất nổi tiếng, tranh ở đây được đi khắp mọi nơi trên đất nước."),
    (T1, "Tuy nhiên, hiện nay người làng Hồ không còn làm tranh nữa mà chuyển sang làm vàng mã."),
    (T1, "Trong làng hiện còn 2 gia đình vẫn còn gắn bó với nghề làm tranh."),
    (T2, "Đây là dòng tranh gắn bó và thể hiện sinh động xã hội nông nghiệp Việt cổ truyền, cuộc sống lao động của người nông dân bình dị, chất phác, phong tục, tập quán, sinh hoạt của người dân Việt."),
    (T3, "Tranh Đông Hồ mang một ý nghĩa sâu sắc, tạo cảm hứng ấn tượng với người xem bởi những màu sắc tự nhiên, quen thuộc."),
    (T3, "Tranh dân gian Đông Hồ nổi tiếng từ xưa đến nay, đóng góp rất nhiều vào kho tàng văn hóa dân gian của nước ta."),
    (T3, "Tuy nhiên trước sự thay đổi của thời cuộc, dòng tranh Đông Hồ đang dần bị mai một, lãng quên, ngày nay rất hiếm thấy ai treo tranh Đông Hồ trong nhà như những ngày xưa cũ."),
    # nongthon.vietnamtourism.gov.vn, vietnamtraveller.com.vn, 24h.com.vn, vietnamplus.vn (the incense of Quảng Phú Cầu)
    (Q1, "Xã Quảng Phú Cầu (huyện Ứng Hòa) có nghề làm hương ngót trăm năm nay."),
    (Q1, "Trước kia, nghề làm tăm hương chỉ xuất hiện chủ yếu ở khu vực thôn Phú Lương Thượng, rồi dần dần lan rộng ra khắp các thôn Đạo Tú, Cầu Bầu."),
    (Q1, "Ngay từ khi đặt chân đến Quảng Phú Cầu, những hình ảnh khiến du khách ấn tượng là những bó hương được phơi khắp nẻo đường, sân đình, sân nhà hay bất cứ bãi đất trống nào."),
    (Q1, "Những bó hương lớn được người thợ bó lại phía chân, phía đầu xòe ra để chóng khô."),
    (Q1, "Mỗi bó hương trông tựa như một bó hoa mầu sắc."),
    (Q2, "Những thanh tre, vầu được tách nhỏ ra để chuẩn bị đưa vào máy làm chân hương."),
    (Q2, "Công nhân phân loại những chiếc tăm và sắp xếp lại thành những bó nhỏ để chuyển đi nhuộm chân hương."),
    (Q2, "Trước kia, hương được se hoàn toàn bằng tay."),
    (Q2, "Chị Hoa (người sản xuất hương) chia sẻ, vào tháng giáp Tết, gia đình chị thu nhập khoảng 10 triệu đồng khi bán hương vào khu vực miền Trung."),
    (Q3, "Khắp làng, những bó chân hương đỏ thắm xếp đều dưới nắng tạo nên bức tranh sinh động."),
    (Q3, "Nhuộm chân hương là khâu quyết định màu sắc thành phẩm."),
    (Q3, "Tận dụng nắng tự nhiên, giúp hương khô đều và giữ mùi thơm đặc trưng."),
    (Q4, "Làng có khoảng 3.000 hộ làm nghề, tất cả đều giữ nguyên phương pháp thủ công được truyền lại qua nhiều thế hệ."),
    # nhaccutrantrung.com (the gongs of the Central Highlands)
    (C1, "Cồng chiêng gắn bó mật thiết với cuộc sống của người Tây Nguyên, là tiếng nói của tâm linh, tâm hồn con người, để diễn tả niềm vui, nỗi buồn trong cuộc sống, trong lao động và sinh hoạt hàng ngày của họ."),
    (C1, "Cồng chiêng Tây Nguyên là loại nhạc cụ độc đáo, đặc sắc và đa dạng."),
    (C1, "Về nguồn gốc, theo một số nhà nghiên cứu, cồng chiêng là “hậu duệ” của đàn đá."),
]

# (a key naming one sentence of SPAM_PAGES, the word replaced, the place); tokens are dealt by ``deal`` below.
CASES = [
    # start
    ("Từ những triền đồi", "Từ", "start"),
    ("Công trình ruộng", "Công", "start"),
    ("Đã là người làng", "Đã", "start"),
    ("Đây cũng là một", "Đây", "start"),
    ("Các phiên chợ nón", "Các", "start"),
    ("Trải qua thời gian", "Trải", "start"),
    ("Thế nhưng, ít ai", "Thế", "start"),
    ("Múa rối nước là một loại", "Múa", "start"),
    ("Trên bờ có hàng", "Trên", "start"),
    ("Ghe chạy đến đâu", "Ghe", "start"),
    ("Tận dụng nắng", "Tận", "start"),
    ("Những thanh tre", "Những", "start"),
    ("Tranh Đông Hồ mang", "Tranh", "start"),
    # end (the last syllable, before the final punctuation)
    ("yên bình mà hùng vĩ", "vĩ", "end"),
    ("vẫn tự hào", "hào", "end"),
    ("Đầu thời Lê Sơ", "đúc", "end"),
    ("phường cối và đặc biệt", "nước", "end"),
    ("Gọi là chợ nổi", "sông", "end"),
    ("quá cơ cực", "cực", "end"),
    ("một con sào", "sào", "end"),
    ("một bó hoa mầu sắc", "sắc", "end"),
    ("làm vàng mã", "mã", "end"),
    ("màu sắc thành phẩm", "phẩm", "end"),
    ("đặc sắc và đa dạng", "dạng", "end"),
    ("của đàn đá", "đá", "end"),
    ("để chóng khô", "khô", "end"),
    # function words
    ("tiếng cười nói của người Mông", "của", "function"),
    ("không chỉ đẹp vào mùa", "vào", "function"),
    ("nghỉ chân ở đây để", "để", "function"),
    ("vò kỹ với cát", "với", "function"),
    ("Không ai trong làng", "trong", "function"),
    ("bằng sự khéo léo", "bằng", "function"),
    ("Do vậy, chợ", "của", "function"),
    ("hoàn toàn bằng tay", "bằng", "function"),
    ("sân nhà hay", "hay", "function"),
    ("gắn bó mật thiết với", "với", "function"),
    ("đóng góp rất nhiều vào", "vào", "function"),
    ("mọi nơi trên đất nước", "trên", "function"),
    ("bó nhỏ để chuyển", "để", "function"),
    # a syllable of a person or place name
    ("Điểm đặc biệt ấy", "Cang", "name"),
    ("đèo Khau Phạ", "Phạ", "name"),
    ("thiếu sót lớn", "Lệ", "name"),
    ("Tọa lạc", "Chấn", "name"),
    ("tên tiếng Hán", "Oai", "name"),
    ("sông Đáy", "Đáy", "name"),
    ("Từ ngày ra đời", "Thục", "name"),
    ("Đinh Thế Văn", "Thế", "name"),
    ("Nguyễn Văn Hạnh", "Hạnh", "name"),
    ("Đồng Tháp Mười", "Lương", "name"),
    ("Phú Lương Thượng", "Thượng", "name"),
    ("huyện Ứng Hòa", "Ứng", "name"),
    ("của Bắc Ninh", "Ninh", "name"),
    # a syllable inside a compound
    ("nườm nượp", "nượp", "inner"),
    ("xào xạc", "xạc", "inner"),
    ("xoáy ốc", "ốc", "inner"),
    ("tỉ mỉ", "mỉ", "inner"),
    ("lấp lóa", "lóa", "inner"),
    ("mộc mạc", "mạc", "inner"),
    ("biến động thăng trầm", "trầm", "inner"),
    ("được trải nghiệm", "nghiệm", "inner"),
    ("oàm oạp", "oạp", "inner"),
    ("dầy đặc", "đặc", "inner"),
    ("đỏ thắm", "thắm", "inner"),
    ("lãng quên", "quên", "inner"),
    ("chất phác", "phác", "inner"),
    # the syllable right after a number
    ("cuối tháng 9, đầu tháng 10", "hằng", "number"),
    ("6-7 tuổi", "tuổi", "number"),
    ("Đến năm 2007", "phường", "number"),
    ("cả 2 tay", "tay", "number"),
    ("Có 2 điểm", "điểm", "number"),
    ("từ 6 giờ", "giờ", "number"),
    ("từ 3 tấn", "tấn", "number"),
    ("1.500 lượt", "lượt", "number"),
    ("100 con bay", "con", "number"),
    ("Hơn 22 năm", "năm", "number"),
    ("còn 2 gia đình", "gia", "number"),
    ("3.000 hộ", "hộ", "number"),
    ("10 triệu đồng", "triệu", "number"),
]

# Tokens by shape (see SOURCES): RPiList/specials' Blocklisten/gambling and Blocklisten/notserious and
# durablenapkin/scamblocklist, written as spam writes them: the whole domain, its name, its name in CamelCase or with
# a capital.
TOKENS = {
    "domain": ["satangbet.com", "scarabjackpot.com", "sahadan.com", "jpw001.com", "juegatusuerte.com",
               "102foxtrade.com", "99rabats.shop", "abccart.xyz", "aayheymall.com", "alapeay.com", "attenstyle.com",
               "affixwallet.net", "amorpulse.com"],
    "letter-digit": ["Sbo117", "Scr888", "Jqk99", "Sakong99", "Sanadomino3", "Sarangkartu2", "Samaqq1", "Sandsqq1",
                     "Sboasia99", "Satelitpoker88", "Aausdt365", "Allen86", "Alindflepkaty14"],
    "CamelCase": ["JohnnyCraps", "JokerStars", "SasquatchCasino", "SailawayCasino", "AbestMall", "AbigFishing",
                  "AbacusFxPro", "AbilityFx", "AlphaHomie", "ArtHoodie", "AnimeShoppers", "AssassinFitness",
                  "AuditorScarf"],
    "lower-case": ["jogatina", "saliu", "sanytro", "saklura", "aadorzz", "abaherhat", "abarqi", "abidacy", "aakaimai",
                   "akatee", "aoptee", "aozeala", "adupihi"],
    "digit-led": ["12joker", "1royalclub", "20black", "10starpicks", "1boss", "1fxtrade", "4xempires", "48earnoptions",
                  "360walltrust", "68blessed", "23elon", "93mobiles", "9to5outlet"],
    "hyphenated": ["sa-jackpot", "jolly-jack.de", "sakau-poker", "sanook-casino", "2d-market", "a2z-cyber.shop",
                   "85-bktrade", "24fb-trade", "365-fx", "am-freights.com", "ark-invests", "animals-love",
                   "adzfree-watch"],
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

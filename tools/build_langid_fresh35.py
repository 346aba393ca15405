"""Build ``benchmarks/data/langfresh35/``: a fresh blind set for issue 12 point 3 (single spam tokens), spamdata35.

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh35.py``. Same format as langfresh14-34
(``benchmarks/langid.py --data benchmarks/data/langfresh35 --split all`` scores it). Deterministic: the rows are the
hand-made tables below; the only randomness is a fixed seed (``SEED``, 35) that orders the tokens inside each shape
before they are dealt to the cases, and that shuffles the spam rows so that places are interleaved in the file.

As in langfresh22-34, the spam cases and the clean controls come from *different* pages (no page gives both):

* ``sentences.tsv`` (the clean controls, ``CLEAN``): 100 real Vietnamese sentences of stored pages (the ``search``
  tool's pages corpus, searched 2026-12-05) on pick-up trucks (Ford Ranger, Toyota Hilux, Mitsubishi Triton, Nissan
  Navara, Isuzu D-Max), the Mitsubishi Xpander and its MPV rivals, Korean seven-seat SUVs (Hyundai SantaFe, KIA
  Sorento), Roblox, and Liên Quân Mobile and League of Legends (topics no earlier control had), each holding real
  Latin tokens a spam detector could take for a pasted token: model and trim names (Wildtrak, Stormtrak, Raptor,
  Everest Titanium, Xpander Cross, Veloz, BR-V, Stargazer, Hilux Travo, Trailhunter, Ranger XLS, BT-50, F-150),
  engine and drive codes (Bi-Turbo, 2.0L, 600Nm, 4WD, 4x4, 2WD, AT, V6, G2.5), abbreviations (MPV, SUV, VAMA, FVL,
  ADAS, TNGA-F, LED, DIP, AI, ESRB, PEGI, GRAC, USK, AWC), glued and camel-case names (VinFast, EcoBoost, SantaFe,
  Robux, Backlinko, Smart Stream) and English loans (pickup, offroad, game, selfie, Car of the year).
* ``spam.tsv`` (``SPAM``): 78 cases on 78 further real sentences of other pages (Tràng An, phở Hà Nội, Yên Tử, Văn
  Miếu - Quốc Tử Giám, hồ Ba Bể and Mộc Châu), one syllable replaced by one token (its first whole-word occurrence; columns: split, spam
  text, token, original word, original sentence, place), 13 at each of six places: ``start``, ``end``, ``function``,
  ``name``, ``inner`` and ``number`` (as langfresh22-34). Every row ``blind``.

Tokens (``TOKENS``; sources in the set's SOURCES): names from one real list no earlier set read (see the SOURCES of
langfresh21-34 for theirs): phishdestroy/destroylist's daily change files (crypto-scam, fake trading and investment,
casino, betting and giveaway domains); written as spam writes them: 14 full domains, 8 letter-digit codes, 15
CamelCase names, 17 bare lower-case names, 5 digit-led names, 19 hyphenated names (3 with their domain); most hold
no gambling trade word (``TRADE``). None is an earlier set's token, in spam_brands.txt or the held-out stems, or a
word of tests/, tools/, benchmarks/ or mtpipe/ (gzip tables included), none holds a brand stem of spam_brands.txt, a
held-out stem or an earlier token of 4 letters or more, and none is held by one (all checked before any run).
``deal`` orders each shape's tokens with the seed and deals them round the six places in turn.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh35"
SEED = 35
PLACES = ("start", "end", "function", "name", "inner", "number")

# ---------------------------------------------------------------------------------------------------------------
# Clean controls: pages of the controls only.
F1 = "https://www.kinhtenews.com/2019/11/ford-ranger-wildtrak-chinh-phuc-chao.html"
F2 = "https://www.24h.com.vn/o-to/ban-nang-cap-moi-cua-ford-ranger-va-everest-se-khong-con-dong-co-bi-turbo-c747a1718884.html"
F3 = "https://xe.thanhnien.vn/thi-truong-xe/ford-khoe-co-bap-tai-trien-lam-o-to-lon-nhat-viet-nam-17104.html"
F4 = "https://vnexpress.net/ford-ranger-moi-nhung-uu-the-so-voi-doi-thu-tai-viet-nam-3855610.html"
F5 = "https://thanhnien.vn/dap-tra-toyota-hilux-ford-ranger-co-ban-nang-cap-bo-dong-co-tang-ap-kep-185251126142413374.htm"
F6 = "https://xedoisong.vn/ford-ranger-wildtrak-32---vua-pickup-o-viet-nam"
F7 = "https://autovina.com/print-5771.html"
X1 = "https://znews.vn/limo-green-chi-can-4-thang-de-bien-xpander-thanh-cuu-vuong-mpv-post1619558.html"
X2 = "https://www.24h.com.vn/o-to/mitsubishi-xpander-va-toyota-veloz-cross-hut-hoi-truoc-vinfast-limo-green-c747a1721426.html"
X3 = "https://vnexpress.net/mitsubishi-xpander-chac-suat-ban-chay-nhat-phan-khuc-2025-4985513.html"
X4 = "https://vnexpress.net/mitsubishi-xpander-ban-chay-nhat-phan-khuc-nam-thu-7-lien-tiep-5004978.html"
X5 = ("https://doisongphapluat.nguoiduatin.vn/vinfast-limo-green-ban-giao-hang-tram-xe-mau-7-cho-top-1-doanh-so-co-ban-"
      "moi-dau-la-vua-xe-gia-dinh-a573053.html")
X6 = "https://www.24h.com.vn/o-to/vi-sao-mitsubishi-xpander-khong-xuat-sac-van-hut-khach-nhu-nam-cham-c747a1720976.html"
X7 = "https://www.24h.com.vn/o-to/mitsubishi-xpander-ban-am-am-du-bi-che-an-toan-kem-xa-cac-doi-thu-c747a1675736.html"
R1 = "https://thanhnien.vn/nen-tang-game-roblox-siet-chat-kiem-soat-do-tuoi-nguoi-dung-18525090418592137.htm"
R2 = "https://www.vietnamplus.vn/roblox-tag47046.vnp"
R3 = ("https://mytour.vn/vi/blog/bai-viet/roblox-nen-tang-cho-phep-thu-suc-voi-nhieu-tua-game-khac-nhau-ma-khong-can-"
      "tai-ve.html")
R5 = "https://vi.wikipedia.org/wiki/Roblox"
H1 = "https://vnexpress.net/toyota-hilux-ban-tai-co-trung-ban-chay-nhat-the-gioi-4914972.html"
H2 = "https://vietbao.vn/toyota-hilux-the-he-moi-se-mang-ten-travo-se-duoc-thiet-ke-lai-toan-bo-523347.html"
H3 = ("https://soha.vn/sau-10-nam-tai-viet-nam-toyota-hilux-van-giam-chan-trong-phan-khuc-hut-hoi-truoc-ranger-ford-"
      "explorer-roi-cuoc-choi-sau-gan-thap-ky-198251005095032366.htm")
H4 = "https://vietnamnet.vn/phan-khuc-ban-tai-co-them-su-canh-tranh-2486291.html"
H5 = "https://vnexpress.net/toyota-hilux-the-he-moi-co-phien-ban-chay-dien-4962425.html"
K1 = "https://nguoiduatin.vn/so-gang-hyundai-santa-fe-va-kia-sorento-ke-tam-lang-nguoi-nua-can-204556417.htm"
K2 = "https://thanhnien.vn/xe/thi-truong-xe/gia-cao-hon-hyundai-santafe-100-trieu-dong-kia-sorento-2021-co-gi-25200.html"
L1 = ("https://hoc24.vn/cau-hoi/o-1-giai-dau-bong-da-nguoi-ta-thong-ke-co-tat-ca-120-tran-dau-da-dien-ra-biet-quy-dinh-"
      "cua-giai-dau-la-thi-dau-vong-tron-1-luot-nghia-la-moi-doi-ph.182145831496")
L2 = "https://www.sportingnews.com/vn/lol/news/how-many-champions-league-legends/05d5097ef1add9807e646fe2"

CLEAN = [
    # pick-up trucks: the Ford Ranger
    (F1, "Chiếc Ford Ranger phiên bản Wildtrak trên đường tiến vào những thử thách tại Đồng Mô, nơi quen thuộc tổ chức những cuộc thi offroad tầm cỡ tại Việt Nam."),
    (F1, "Ford Ranger là dòng xe bán tải có nhiều tùy chọn nhất Việt Nam với 7 phiên bản."),
    (F1, "Phiên bản Ranger Wildtrak có giá bán 918 triệu đồng."),
    (F1, "Ford Ranger Wildtrak phiên bản mới sử dụng động cơ 2.0 Bi-turbo (tăng áp kép)."),
    (F1, "Hệ dẫn động hai cầu bán thời gian (4WD) và khóa vi sai cầu sau."),
    (F1, "Sang bản mới, Ford bỏ máy 3.2 turbo đơn cũ, thay vào đó là loại 2.0 bi-turbo."),
    (F1, "Kinh nghiệm làm động cơ xăng tăng áp EcoBoost giúp hãng xe Mỹ phát triển hoàn thiện cỗ máy mới cho động cơ diesel."),
    (F2, "Nhằm mục tiêu tinh gọn dải sản phẩm trên phạm vi toàn cầu, Ford quyết định loại bỏ hoàn toàn tùy chọn động cơ diesel 2.0L 4 xy-lanh tăng áp kép (Bi-Turbo)."),
    (F2, "Đây vốn là loại động cơ phổ biến đang được trang bị trên các phiên bản cao cấp tại thị trường Việt Nam như Ranger Wildtrak, Stormtrak hay Everest Titanium 4x4 và Platinum."),
    (F2, "Để lấp đầy khoảng trống mà động cơ Bi-Turbo để lại, hãng xe Mỹ đã mở rộng phạm vi áp dụng của khối động cơ diesel V6, dung tích 3.0L tăng áp đơn."),
    (F2, "Cỗ máy này cung cấp sức mạnh vượt trội với công suất 247 mã lực và mô-men xoắn cực đại lên tới 600Nm."),
    (F2, "Đối với các phiên bản thấp cấp hơn, Ford vẫn duy trì tùy chọn động cơ dầu 2.0L tăng áp đơn (Single Turbo)."),
    (F3, "Là dòng xe bán tải bán chạy nhất tại Việt Nam, không khó hiểu khi chiếc SUV hàng khủng Explorer cũng phải nhường sân khấu chính cho Ford Ranger Raptor."),
    (F3, "Vừa ra mắt hồi tháng 8, Ford cũng không quên trình diễn bản nâng cấp của Everest tại Vietnam Motor Show 2018."),
    (F4, "Ranger là vua doanh số phân khúc, không có đối thủ vì thiết kế nam tính cứng cáp, tiện nghi trang bị đủ đầy, phong cách hiện đại."),
    (F4, "Sự xuất hiện của Raptor, để nâng tầm cho Ranger, nhất là bản Wildtrak."),
    (F4, "Cũng vì vậy, Isuzu D-Max và Toyota Hilux mới là vua doanh số tại Thái Lan, trong khi đứng cuối bảng tại Việt Nam."),
    (F4, "Nếu thùng có nắp đậy, trông xe không khác gì một chiếc Everest."),
    (F5, "Mẫu bán tải hút khách Ford Ranger vừa được hãng xe Mỹ cập nhật bản nâng cấp với một số thay đổi về diện mạo, bổ sung trang bị tính năng đồng thời bỏ phiên bản động cơ diesel tăng áp Bi-turbo 2.0L… sẵn sàng đáp trả thách thức từ Toyota Hilux, Nissan Navara."),
    (F5, "Không lâu sau đó, Nissan Navara mới dựa trên nền tảng Mitsubishi Triton cũng được Nissan trình làng."),
    (F5, "Tuy nhiên, khi Toyota Hilux, Nissan Navara còn chưa kịp \"nóng máy\" đã ngay lập tức nhận được lời đáp trả đến từ bản nâng cấp Ford Ranger 2026."),
    (F5, "Mới đây, tại thị trường Úc, Ford vừa trình làng bản nâng cấp Ford Ranger 2026 với một số thay đổi về diện mạo, bổ sung trang bị tính năng đồng thời cắt bớt lựa chọn về động cơ."),
    (F6, "Ranger Wildtrak 3.2 AT 4x4 xuất hiện và đã trở thành mẫu pickup mạnh mẽ nhất trên thị trường hiện nay."),
    (F6, "Phiên bản cao cấp này còn cho thấy là Ford muốn thống lĩnh tuyệt đối phân khúc xe bán tải ở Việt Nam."),
    (F6, "Tổng kết mười tháng đầu năm 2014, Ford Việt Nam (FVL) bán được tới 3.460 chiếc Ford Ranger, chiếm 32,07% tức gần 1/3 tổng số xe mà liên doanh này bán ra từ đầu năm đến nay."),
    (F7, "Lần đầu tiên được ra mắt tại Úc vào năm 2010, Ford Ranger thế hệ mới đã chính thức xuất hiện ở thị trường Đông Nam Á, tại triển lãm Bangkok Motor Show 2011 đang diễn ra ở Thái Lan."),
    (F7, "Ford Ranger phiên bản về Việt Nam năm tới sẽ được sản xuất tại Thái Lan (xuất xưởng vào cuối năm nay)."),
    # the Mitsubishi Xpander and its MPV rivals
    (X1, "MPV thuần điện VinFast Limo Green có màn khởi động khá ấn tượng, vượt qua Mitsubishi Xpander và trở thành MPV bán chạy nhất Việt Nam chỉ sau 4 tháng có mặt trên thị trường."),
    (X1, "Trước khi Limo Green xuất hiện, Mitsubishi Xpander đã nắm giữ danh hiệu bán chạy nhất phân khúc MPV tại Việt Nam trong thời gian khá dài."),
    (X1, "Trong các năm 2023 và 2024, Mitsubishi Xpander thậm chí dẫn đầu doanh số nhóm xe xăng tại Việt Nam, cho thấy thị phần rất lớn mà mẫu MPV Nhật Bản này đang sở hữu."),
    (X1, "Cục diện xoay chuyển quá nhanh kể từ thời điểm VinFast Limo Green bắt đầu bàn giao cho khách hàng Việt Nam."),
    (X2, "Mitsubishi Xpander là mẫu MPV nhận sự quan tâm từ người tiêu dùng."),
    (X2, "Theo báo cáo bán hàng từ Hiệp hội Các nhà sản xuất ô tô Việt Nam (VAMA) và TC Motor, trong tháng 10 năm nay, nhóm xe gia đình cỡ nhỏ đã bán ra tổng cộng 5.799 xe, tăng 1.200 xe (tương đương khoảng 26%) so với tháng trước."),
    (X2, "Mẫu MPV của Toyota chỉ đạt doanh số 817 xe trong tháng 10, một mức tăng không đáng kể."),
    (X2, "Trong khi đó, Honda BR-V vẫn tăng trưởng ấn tượng với 449 xe, nhưng các mẫu xe khác như KIA Carens, Hyundai Stargazer, và Toyota Avanza chủ yếu duy trì doanh số hoặc chỉ tăng trưởng nhẹ."),
    (X2, "VinFast Limo Green gây khó cho Mitsubishi Xpander."),
    (X3, "Với khoảng cách gần 8.000 xe với đối thủ khi 2025 còn hai tháng, Xpander gần như chắc suất bán chạy nhất phân khúc năm thứ 7 liên tiếp."),
    (X3, "Mitsubishi Xpander vẫn áp đảo các đối thủ khi doanh số đạt 2.644 xe, chiếm hơn một nửa tổng lượng bán ra của toàn phân khúc."),
    (X3, "Ngoại trừ Xpander, không một mẫu xe nào trong phân khúc có doanh số chạm ngưỡng 1.000 xe trong tháng 10."),
    (X3, "Toyota Veloz là mẫu xe tiệm cận nhất khi có 817 xe bán ra."),
    (X3, "Thay đổi đáng kể nhất trong bức tranh thị phần phân khúc MPV là sự vươn lên của Honda BR-V."),
    (X4, "Mẫu MPV nhà Mitsubishi kết thúc 2025 với gần 19.900 xe, bỏ xa bộ đôi đối thủ Toyota Avanza, Veloz khoảng 10.000 xe."),
    (X4, "Tháng 12, doanh số của Xpander là 2.575 xe."),
    (X4, "Xpander (tính cả Xpander Cross) bán 19.891 xe trong 2025, tăng nhẹ 2% so với 2024."),
    (X4, "Đối thủ lớn nhất của Xpander là bộ đôi Avanza và Veloz của Toyota."),
    (X5, "Cuộc đua tại phân khúc MPV đang trở nên sôi động với sự xuất hiện của các mẫu xe mới."),
    (X5, "Hàng trăm xe MPV 7 chỗ thuần điện VinFast Limo Green đã chính thức đến tay khách hàng trong sự kiện bàn giao ngày 19/9/2025."),
    (X5, "Đặc biệt, trong năm 2023, Xpander vẫn là \"vua doanh số\" với 19.740 chiếc được bán ra."),
    (X5, "Năm 2024, Mitsubishi Xpander đã về đích với doanh số cộng dồn cả năm đạt 19.498 xe."),
    (X6, "Trong số các mẫu MPV giá mềm hiện nay, Xpander của nhà sản xuất Mitsubishi liên tục giữ vị trí là dòng sản phẩm ăn khách bậc nhất."),
    (X6, "Nếu so với về sức mạnh, Xpander rõ ràng yếu hơn Stargazer."),
    (X6, "Thiết kế Dynamic Shield thế hệ thứ 2 mang lại vẻ ngoài hiện đại và mạnh mẽ, kết hợp tốt giữa thẩm mỹ và tính thực dụng."),
    (X6, "Phần đầu xe nổi bật với lưới tản nhiệt vững chắc, đèn pha LED chữ T cùng dải đèn định vị sắc nét, giúp tăng khả năng nhận diện."),
    (X7, "Mitsubishi Xpander, mẫu MPV 7 chỗ chiến lược của Mitsubishi tại Việt Nam, tiếp tục chứng minh sức hút khó cưỡng với doanh số “bán ầm ầm”, bất chấp những tranh cãi về trang bị an toàn."),
    # Roblox
    (R1, "Ra mắt từ năm 2006, Roblox hiện có hơn 110 triệu người dùng hoạt động mỗi ngày và hơn 380 triệu người dùng hằng tháng."),
    (R1, "Đáng chú ý, theo Backlinko thống kê, hơn một nửa là trẻ em, thanh thiếu niên dưới 16 tuổi."),
    (R1, "Trên nền tảng này, người chơi có thể vừa tạo game, vừa trò chuyện, thậm chí mua bán vật phẩm ảo bằng đồng Robux."),
    (R1, "Thực tế, Roblox đang đối diện nhiều vụ kiện tại Mỹ liên quan đến an toàn trẻ em, trong đó có đơn kiện từ bang Louisiana cáo buộc nền tảng chưa đủ biện pháp bảo vệ người dùng nhỏ tuổi."),
    (R1, "Hệ thống này sử dụng AI (trí tuệ nhân tạo) để phân tích video selfie, từ đó ước lượng tuổi."),
    (R1, "Người chơi tại Mỹ sẽ thấy nhãn ESRB, tại châu Âu là PEGI, ở Hàn Quốc là GRAC, còn Đức là USK."),
    (R2, "Việc siết chặt xác minh diễn ra trong bối cảnh Roblox đối mặt với nhiều chỉ trích và các vụ kiện liên quan đến an toàn trẻ em, trong khi ngày càng nhiều quốc gia áp dụng luật xác minh độ tuổi."),
    (R3, "Nó được phát triển bởi Roblox Corporation – một tập đoàn với chuyên môn cao về phát triển game có trụ sở tại California."),
    (R3, "Nền tảng này được sáng lập bởi David Baszucki và Erik Cassel vào năm 2004, và chính thức phát hành vào năm 2006."),
    (R3, "Roblox có khả năng mã hóa các trò chơi người dùng tạo ra bằng ngôn ngữ Lua và bắt đầu thu hút sự chú ý của công chúng vào cuối năm 2010."),
    (R3, "Đặc biệt, số lượng người chơi trên nền tảng này đã tăng đáng kể trong đại dịch COVID-19 gần đây."),
    (R3, "Roblox là một nền tảng cho phép người chơi sáng tạo trò chơi của riêng họ bằng Roblox Studio."),
    (R5, "Roblox là một trò chơi trực tuyến được tạo và quảng bá dành cho trẻ em và thiếu niên độ tuổi 13+ hoặc từ 10 trở lên."),
    (R5, "Roblox được sáng lập ra bởi David Baszucki và người đồng sáng lập Erik Cassel, cùng với cả Emily, vợ của David Baszucki."),
    (R5, "Vào năm 2004, bản thử nghiệm do David Baszucki chính thức ra mắt với tên là “Dynablocks” vào năm 2005."),
    # the Toyota Hilux and its rivals
    (H1, "Mẫu bán tải Toyota đứng thứ 6 trong top 10 xe bán chạy nhất thế giới 2024, chứng minh sức hút trong gần 6 thập kỷ với 8 thế hệ được phát triển."),
    (H1, "Hilux là mẫu bán tải có doanh số cao nhất toàn cầu với 617.000 xe được hãng Nhật bàn giao toàn cầu, đứng vị trí thứ 6 trong top 10."),
    (H1, "Thu hẹp trong phạm vi Đông Nam Á, mẫu bán tải cỡ nhỏ của Toyota cũng thống lĩnh thị trường với doanh số 176.043 xe, bỏ xa các đối thủ cùng phân khúc như Isuzu D-Max hay Ford Ranger."),
    (H1, "Trải qua 8 thế hệ đổi mới và cải tiến, Hilux trở thành một trong những mẫu bán tải mang tính biểu tượng của Toyota về giá trị bền bỉ."),
    (H2, "Toyota đã đăng ký bản quyền tên gọi Hilux Travo tại Cục Sở hữu trí tuệ Thái Lan (DIP) vào ngày 23/12/2024, cho thấy có vẻ như hãng đã sẵn sàng cho việc ra mắt thế hệ mới của mẫu xe bán tải cỡ trung này."),
    (H2, "Lý do là ở thế hệ thứ 7, Toyota đã đặt tên là Hilux Vigo, và thế hệ thứ 8 là Hilux Revo."),
    (H2, "Hilux mới được cho là sẽ dùng phiên bản nâng cấp của nền tảng khung gầm rời hiện tại, thay vì nền tảng TNGA-F như nhiều người kỳ vọng."),
    (H3, "Ngày 5/10/2015, tức là tròn đúng 10 năm, Toyota Hilux thế hệ mới ra mắt tại Việt Nam."),
    (H3, "Điểm đặc biệt là sự xuất hiện của phiên bản Adventure với thiết kế hầm hố và nhiều trang bị hiện đại, đặc biệt là một vài tính năng ADAS."),
    (H3, "Ở giữa khoảng thời gian đó, Hilux đã từng có giai đoạn bị dừng bán từ tháng 7/2022 vì lý do chất lượng diesel ở Việt Nam chưa phù hợp."),
    (H3, "Qua 10 năm, Toyota Hilux không có thay đổi đáng kể, trong khi đối thủ Ford Ranger và Mitsubishi Triton đã trải qua một lần nâng đời với nhiều điểm lột xác hoàn toàn."),
    (H3, "Phân khúc bán tải giờ đây bớt sôi động dần do vắng bóng Chevrolet Colorado và Mazda BT-50, chỉ còn những cái tên Ford Ranger, Mitsubishi Triton, Toyota Hilux, Isuzu D-Max và Nissan Navara."),
    (H4, "Ngày 29/1, Toyota Việt Nam chính thức trình làng mẫu bán tải Toyota Hilux."),
    (H4, "Xét riêng nhóm bán tải 1 cầu, Toyota Hilux Pro 2.8 AT 4x2 có mức giá 706 triệu đồng, tương đương Ranger XLS hoặc Ranger Sport 2.0 AT 4x2 và nhỉnh hơn một số phiên bản Triton 2WD."),
    (H4, "Hiện, Ford Ranger giá từ 665 triệu đồng - 1,039 tỷ đồng, Mitsubishi Triton giá từ 655-924 triệu đồng, Nissan Navara giá từ 685-960 triệu đồng và Isuzu D-Max giá 650-880 triệu đồng."),
    (H5, "Trong khi Ford F-150 thống trị Bắc Mỹ, Toyota Hilux tiếp tục là \"vua bán chạy\" ở hầu hết mọi nơi khác."),
    (H5, "Đèn pha LED mỏng hơn nằm hai bên lưới tản nhiệt hình tổ ong cùng màu thân xe, trong khi các hốc hút gió cản trước góc cạnh và tấm ốp gầm chắc chắn tạo nên vẻ ngoài vuông vắn, tiện dụng."),
    (H5, "Ở phía sau, Hilux thể hiện rõ nét hơn trước, với đèn hậu LED sắc nét hơn và cản xe hiện đại hơn, giờ đây tích hợp bậc lên xuống hai bên tiện dụng tương tự trên Ford Ranger."),
    # Korean seven-seat SUVs
    (K1, "Hyundai Santa Fe sở hữu cho mình một ngoại thất đẹp, nhiều công nghệ thông minh và hệ thống vận hành xe."),
    (K1, "Mẫu xe này đã đạt được giải thường “Car of the year” được bình chọn bởi Car Award 2021 do Vnexpress tổ chức."),
    (K2, "KIA Sorento và Hyundai SantaFe dù là 2 mẫu xe cùng chung tập đoàn Hyundai Motors nhưng thường xuyên được đặt lên bàn cân để so sánh do định vị cùng phân khúc."),
    (K2, "Tuy nhiên, tại Việt Nam KIA Sorento 2021 mới tung ra thị trường với giá bán cao hơn Hyundai SantaFe 100 triệu đồng nếu so hai phiên bản cao cấp với nhau."),
    (K2, "Hyundai SantaFe hiện đang phân phối trên thị trường Việt Nam phiên bản 2019 - 2020 và vẫn đang ứng dụng hệ khung gầm cũ."),
    (K2, "KIA Sorento 2021 kể cả phiên bản máy xăng 2.5 lít hay máy dầu 2.2 lít đều sử dụng động cơ công nghệ Smart Stream mới, trong khi Hyundai SantaFe vẫn đang dùng máy xăng 2.4 lít và dầu 2.2 lít công nghệ cũ."),
    # Liên Quân Mobile and League of Legends
    (L1, "Garena Liên Quân Mobile có nguồn gốc từ trò chơi Vương giả vinh diệu của Tencent Games phát triển và phát hành tại Trung Quốc."),
    (L1, "Về sau trò chơi được Garena phát hành ở các nước Đông Nam Á còn lại và do chính Tencent Games phát hành ở Châu Âu, Châu Mỹ và Ấn Độ."),
    (L1, "Ngày 29 tháng 7 năm 2018 được đánh dấu như là ngày kỷ niệm sinh nhật Liên Quân đầu tiên trên toàn thế giới, đồng thời đây cũng là ngày trận chung kết AWC 2018 diễn ra tại Los Angeles, Hoa Kỳ."),
    (L2, "Liên Minh Huyền Thoại là tựa game đã 15 năm tuổi, một trong những lý do khiến trò chơi vẫn duy trì sức hút sau thời gian dài ra mắt là nhờ Riot liên tục đổi mới mọi thứ trong game."),
    (L2, "Tính đến tháng 01/2025, Liên Minh Huyền Thoại có tổng cộng 170 vị tướng, trong đó Mel là vị tướng được ra mắt mới nhất."),
    (L2, "Mỗi năm, Riot sẽ tung ra 3-5 vị tướng mới."),
    (L2, "Với đà phát triển này, Liên Minh Huyền Thoại có thể cán mốc 200 tướng vào khoảng năm 2029 hoặc 2030."),
]

# ---------------------------------------------------------------------------------------------------------------
# Spam cases: other pages (Tràng An, phở Hà Nội, Yên Tử, Văn Miếu, hồ Ba Bể, Mộc Châu), one syllable each.
T1 = "https://defzone.net/wiki/Qu%E1%BA%A7n_th%E1%BB%83_danh_th%E1%BA%AFng_Tr%C3%A0ng_An"
T2 = "https://vietnam.vn/quan-the-danh-thang-trang-an-noi-bat-tren-ban-do-du-lich-viet-nam-va-the-gioi"
T3 = "https://trangangolfandresort.com/2023/12/03/di-san-trang-an/"
T4 = ("https://kienthuc.net.vn/kho-tri-thuc/kham-pha-de-nhat-danh-thang-tren-que-huong-chu-tich-nuoc-tran-dai-quang-"
      "1118536.html")
T5 = "http://baotintuc.vn/du-lich/quan-the-danh-thang-trang-an-huong-den-di-san-the-gioi-20120325233705671.htm"
T6 = "https://mix166.vn/Trang-An-danh-thang-lich-su-va-van-hoa-o-Ninh-Binh-1675072692"
V1 = "https://lifestyle.znews.vn/truong-dai-hoc-gan-1000-nam-cua-nguoi-viet-post1013362.html"
V2 = "https://vntre.vn/truong-dai-hoc-dau-tien-cua-viet-nam-a2502.html"
V3 = "https://phunutoday.vn/truong-dai-hoc-dau-tien-cua-viet-nam-co-ten-la-gi-d399185.html"
B1 = "https://lite.baomoi.com/ho-ba-be-vien-ngoc-cua-nui-c52385931.epi"
B2 = "https://tcdulichtphcm.vn/du-khao/mot-ngay-thong-dong-dao-choi-tai-thien-nhien-de-nhat-ho-c14a29128.html"
B3 = "http://dulichvn.org.vn/index.php/item/4380"
M1 = "https://ngoisao.vn/du-lich/du-lich-Viet/ngap-tran-sac-hoa-dau-xuan-tren-cao-nguyen-moc-chau-175710.htm"
M2 = "https://travinagroup.vn/moc-chau-mua-hoa-cai-trang-giua-may-troi-tay-bac"
M3 = "https://kienthuc.net.vn/cong-dong-tre/nhung-diem-check-in-hoa-cai-trang-moc-chau-dep-quen-loi-ve-1782926.html"
P1 = "https://anninhthudo.vn/pho-thin-tag111578.antd"
P2 = "https://dembuon.vn/threads/am-thuc-viet-nam-pho.94582/"
P3 = "https://lucthuy.com/blog.pho-ha-noi.2025.08.4407.b1b181c2.html"
P4 = "https://amthuc.kinhtedothi.vn/pho-sang-ha-noi.html"
P5 = "https://netid.vn/36E143H4FeB3E19"
Y1 = "https://mp3.timvui.top/hanh-huong-len-yen-tu-do-cao-1068-met-y2h4k5o3b4y543j3a574s4.html"
Y2 = "http://didulich.net/gia-tri-lich-su/dinh-thieng-yen-tu--de-nhat-non-thieng-van-tien-20179"
Y3 = "https://phattuvietnam.net/?p=22754"
Y4 = "https://tienphong.vn/ngoi-thien-va-don-binh-minh-tren-non-thieng-yen-tu-post1785137.tpo"
Y5 = "https://phovietnam.com/a243/nui-yen-tu-chua-dong"
Y6 = "https://kynghidongduong.vn/blog/trai-nghiem-cuoi-tuan-toi-yen-tu-thanh-tinh-binh-yen.html"

SPAM = [
    # start: the sentence's first syllable
    (T2, "Nơi đây, đan xen trong những dải đá vôi là hệ thống đa dạng các thung lũng, hang động xuyên thủy được thảm thực vật rừng nhiệt đới nguyên sinh bao trùm.", "Nơi", "start"),
    (T2, "Khác biệt với sự nhộn nhịp của chốn thị thành hay sự đông vui nơi miền biển, Tràng An ẩn mình trong vẻ đẹp nhẹ nhàng cùng núi non xanh biếc và làng quê yên bình.", "Khác", "start"),
    (T4, "Điểm đặc sắc nhất của hành trình chính là hệ thống hang động xuyên thủy.", "Điểm", "start"),
    (T4, "Hàng chục thủy động ở nơi đây được ngăn cách với nhau bởi các thung, mỗi thung lại có cảnh quan đẹp như một bức tranh thủy mặc.", "Hàng", "start"),
    (P1, "Người các tỉnh về đất này tha hồ thi thố cách nấu phở của mình.", "Người", "start"),
    (P1, "Tất nhiên phở ở kinh đô không hẳn chỉ có người kinh đô nấu.", "Tất", "start"),
    (P3, "Khi nhắc đến ẩm thực Việt Nam, phở luôn là cái tên được xướng lên đầu tiên.", "Khi", "start"),
    (P5, "Hiện nay, những gánh phở như này không còn nhiều, chỉ xuất hiện một số ít ở phố cổ, rất khó để bắt gặp được.", "Hiện", "start"),
    (Y6, "Cứ mỗi dịp cuối tuần, nơi này lại tấp nập du khách thập phương đến hành lễ.", "Cứ", "start"),
    (V2, "Đây từng là trung tâm giáo dục hàng đầu của đất nước trong nhiều thế kỷ.", "Đây", "start"),
    (V3, "Những tấm bia đá trong Văn Miếu đã lưu danh một phần những phần tử ưu tú của dân tộc.", "Những", "start"),
    (B1, "Tên gọi này bắt nguồn từ việc lòng hồ bị những dãy núi đá vôi chia thành ba hồ lớn thông với nhau bởi những eo nước hẹp.", "Tên", "start"),
    (B2, "Tới bến tàu, đã thấy hàng quán tạm bợ bán đủ loại rễ rừng, rau rừng và cá khô thu hoạch từ Ba Bể.", "Tới", "start"),
    # end: the last syllable, before the final punctuation
    (T2, "Giá trị nổi bật toàn cầu của Quần thể danh thắng Tràng An được Ủy ban Di sản Thế giới công nhận dựa trên ba tiêu chí, đó là các tiêu chí về văn hóa, về giá trị thẩm mỹ và địa chất địa mạo.", "mạo", "end"),
    (T3, "Sự hài hòa giữa cảnh quan thiên nhiên và sự đa dạng sinh học đã tạo nên vẻ đẹp kỳ vĩ hiếm có cho Tràng An.", "An", "end"),
    (T4, "Có những hang rộng thênh thang hàng chục mét, nhưng cũng có hang hẹp chỉ vừa một thuyền qua.", "qua", "end"),
    (P3, "Ban đầu chỉ có phở bò, sau đó mới xuất hiện phở gà – đáp ứng nhu cầu đa dạng của thực khách.", "khách", "end"),
    (P4, "Ở Hà Nội, hầu như con phố nào cũng có hàng phở.", "phở", "end"),
    (P4, "Phở là món ăn sáng quen thuộc đã đi vào cuộc sống của người dân Thủ đô.", "đô", "end"),
    (P5, "Phở Hà Nội được biết đến đầu tiên qua những gánh hàng rong.", "rong", "end"),
    (Y4, "Biển mây trùng điệp phủ trắng đỉnh chùa Đồng, những tia nắng đầu tiên của ngày mới rót xuống, thấp thoáng những ngôi chùa cổ trầm mặc dưới tán cây hàng trăm năm tuổi của rừng quốc gia Yên Tử.", "Tử", "end"),
    (Y5, "Núi Yên Tử là ngọn núi trong dãy núi Đông Triều vùng đông bắc Việt Nam.", "Nam", "end"),
    (V1, "Quốc Tử Giám là trường đại học đầu tiên của người Việt, nơi đào tạo, bồi dưỡng nhân tài nước ta thời phong kiến.", "kiến", "end"),
    (V2, "Trường Quốc Tử Giám ban đầu là nơi dành cho việc đào tạo các nhà thông thạo văn hóa và tri thức cho triều đình.", "đình", "end"),
    (B3, "Hồ co lại và bị kẹp giữa các vách đá dựng đứng.", "đứng", "end"),
    (M1, "Trời se lạnh, gió hiu hiu và những lớp sương mù bảng lảng, khiến cảnh sắc nơi đây khi mờ khi tỏ.", "tỏ", "end"),
    # function: a function word
    (T2, "Di sản Văn hóa và Thiên nhiên Thế giới Quần thể danh thắng Tràng An là nơi hòa quyện giữa thiên nhiên và văn hóa vô cùng đặc sắc.", "giữa", "function"),
    (T4, "Du khách có thể tham quan Tràng An bằng cả đường bộ và đường thủy, nhưng thú vị nhất vẫn là đường thủy.", "nhưng", "function"),
    (T4, "Theo các nhà địa chất, khu vực Tràng An xưa là một vùng biển cổ, qua quá trình vận động địa chất mà kiến tạo nên các hang động từ những khe nứt và dòng chảy ngầm.", "mà", "function"),
    (T6, "Những ngọn núi hùng vĩ, hang động huyền bí, sông nước thanh tĩnh và nhiều đình chùa linh thiêng của Tràng An như truyền cảm hứng cho biết bao thế hệ đến với mảnh đất này.", "của", "function"),
    (P2, "Phở không chỉ là món ăn mà còn là niềm tự hào của văn hóa ẩm thực Việt Nam, góp phần quảng quá hình ảnh Việt Nam đến với bạn bè quốc tế.", "mà", "function"),
    (P5, "Phở Hà Nội đặc biệt nhờ nước dùng ngọt thanh, trong vắt được ninh từ xương của trâu hoặc bò.", "hoặc", "function"),
    (P5, "Sợi phở Hà Nội có độ dày vừa phải, mềm nhưng không quá mỏng.", "nhưng", "function"),
    (Y2, "Yên Tử nổi tiếng với hệ thống di tích các đền chùa và lễ hội tâm linh, mỗi năm thu hút hàng triệu lượt khách du lịch.", "với", "function"),
    (Y5, "Trên đỉnh núi thường có mây bao phủ nên ngày trước có tên gọi là Bạch Vân Sơn.", "nên", "function"),
    (V3, "Thời gian đầu, trường là nơi chỉ dành cho con vua và các bậc đại thần theo học nên được gọi là Quốc Tử.", "nên", "function"),
    (B1, "Những con thuyền máy dài và sơn xanh nhìn như những chiếc lá khổng lồ đậu san sát trên bến.", "như", "function"),
    (B2, "Tuy nhiên, nếu không đi bộ thì chẳng tận hưởng được vẻ đẹp của Ba Bể.", "thì", "function"),
    (B3, "Từ núi cao nhìn xuống, hồ Ba Bể lọt thỏm giữa dãy núi đá vôi.", "giữa", "function"),
    # name: a syllable of a person or place name
    (T1, "Quần thể di sản thế giới Tràng An mang trong mình những khung cảnh thiên nhiên độc đáo từ đá núi, hệ sinh thái, rừng cây, thảm thực vật, đồng lúa, hồ đầm và những tuyến du thuyền trên sông Ngô Đồng, suối Tiên, sông Vọc, sông Sào Khê, sông Đền Vối, sông Bến Đang.", "Vọc", "name"),
    (T2, "Là di sản hỗn hợp, di sản thế giới kép đầu tiên và duy nhất ở Đông Nam Á, Quần thể danh thắng Tràng An ngày càng nổi bật trên bản đồ du lịch Việt Nam và thế giới.", "Nam", "name"),
    (T4, "Du khách sẽ có những trải nghiệm khó quên khi đi qua trên dưới chục hang động mang những cái tên dân dã như hang Sáng, hang Tối, hang Seo Lớn, hang Si, hang Ao Trai, hang Thuốc, hang Sính, hang Nấu Rượu, hang Ba Giọt...", "Sính", "name"),
    (T5, "Khu du lịch Tràng An thuộc dãy núi Thành Trì Thiên Tạo của Kinh đô Hoa Lư xưa, xung quanh núi bao bọc bốn phía, ẩn dưới mỗi ngọn núi là những hang động được thông nhau bởi các thung nước, tạo nên một cảnh quan vừa đẹp vừa kỳ vĩ.", "Lư", "name"),
    (T5, "Rất nhiều người đã gọi đây là “Vịnh Hạ Long trên cạn” của Việt Nam.", "Long", "name"),
    (P1, "Đó là món phở tái lăn đã được Hà Nội hóa từ hàng thế kỷ nay rồi.", "Nội", "name"),
    (P5, "Những gánh phở đi qua từng con phố, len lỏi vào trong ngõ nhỏ cùng với tiếng rao vặt đem đến nét đẹp của một Hà Thành rất xưa.", "Thành", "name"),
    (Y2, "Nơi đây được biết đến từ lâu như là kinh đô của Phật giáo Đại Việt, cội nguồn của đạo Phật Việt Nam.", "Việt", "name"),
    (Y4, "Đây là ngôi chùa nổi tiếng nhất trong quần thể di tích danh thắng Yên Tử, là đích đến của mọi tăng ni, phật tử, du khách thập phương khi hành hương về đất thiêng Yên Tử.", "Tử", "name"),
    (Y4, "Sau khi thiền định chào bình minh, người dân và du khách dâng hương tưởng, đọc kinh nhớ Phật hoàng Trần Nhân Tông trên đỉnh chùa Đồng.", "Nhân", "name"),
    (Y6, "Đầu tiên phải kể đến từ trước Công nguyên, một đạo sỹ tên An Kỳ Sinh đã đến đây tu hành và đắc đạo, sau đó lập ra chùa Yên Tử.", "Kỳ", "name"),
    (V1, "Dưới thời vua Trần Minh Tông, ông được mời ra giữ chức tư nghiệp (hiệu trưởng) của Quốc Tử Giám.", "Minh", "name"),
    (M3, "Bản Lùn là nơi sinh sống và cư trú của người Thái ở nơi này, dù là bản làng nghèo khó nhưng thời gian gần đây khách du lịch Mộc Châu ghé thăm khá nhiều bởi đồng hoa cải mọc lên đẹp như tranh.", "Lùn", "name"),
    # inner: a syllable inside a compound
    (T3, "Tràng An cũng có hệ sinh thái thủy vực đa dạng với nhiều loài động, thực vật dưới nước quý hiếm, trong đó có thể kể tới hàng nghìn loại rong, rêu được các nhà khoa học đánh giá như “cánh rừng nguyên sinh” dưới nước.", "hiếm", "inner"),
    (T5, "Du khách bị hút hồn khi tham quan khu danh thắng Tràng An.", "hồn", "inner"),
    (T5, "Không những thế, khu hang động Tràng An còn được ví như một “bảo tàng địa chất ngoài trời”, với địa hình được bao bọc bởi toàn bộ các dãy núi đá vôi hình cánh cung ở giữa vùng chiêm trũng ngập nước.", "trũng", "inner"),
    (T6, "Du khách đi trên con thuyền truyền thống có thể trải nghiệm sự gắn kết gần gũi với môi trường và tận hưởng cảm giác thanh bình của danh thắng.", "trường", "inner"),
    (T6, "Từng sống nhiều năm ở Ninh Bình, từng đến Tràng An nhiều lần và lần nào cũng ngất ngây trước cảnh đẹp hùng vĩ của khu danh thắng.", "vĩ", "inner"),
    (P3, "Từ những gánh hàng rong trên phố cổ, phở dần bước vào các quán nhỏ, rồi nhà hàng sang trọng, và thậm chí trở thành niềm tự hào ẩm thực quốc tế.", "trọng", "inner"),
    (P4, "Vậy nên, các quán phở cũng vì thế mà luôn sáng đèn, nổi lửa từ rất sớm để kịp có phở phục vụ thực khách.", "vụ", "inner"),
    (P5, "Điều này giúp sợi phở dễ hấp thụ nước dùng mà không bị nát, tạo cảm giác dẻo dai khi ăn.", "thụ", "inner"),
    (Y1, "Trần Nhân Tông là bậc minh quân kỳ tài - có thể nói là duy nhất trong lịch sử của dân tộc Việt Nam.", "tài", "inner"),
    (Y4, "Trong ánh mặt trời hòa cùng với sương sớm, Toạ thiền trên chùa Đồng mang lại những giây phút tĩnh tâm, lắng đọng, kết nối với những triết lý của Phật giáo.", "đọng", "inner"),
    (Y6, "Quần thể di tích và danh thắng Yên tử bao gồm các di tích lịch sử của nhà Trần và thiền phái Trúc Lâm ở Việt Nam.", "phái", "inner"),
    (V2, "Văn Miếu - Quốc Tử Giám là một trung tâm giáo dục lớn nhất của nước ta thời xưa, đồng thời cũng là nơi hun đúc nên bao truyền thống văn hóa quý báu, trong đó có truyền thống hiếu học, tôn sư trọng đạo, trọng hiền tài của dân tộc.", "đúc", "inner"),
    (B2, "Tôi cũng như bao nhiêu người đều mơ ước một lần đến nơi này và thật không hề thất vọng trong cuộc hành trình đó.", "vọng", "inner"),
    # number: the syllable right after a number
    (T3, "Với lịch sử hình thành hàng trăm triệu năm, trải qua quá trình biến đổi về địa chất của trái đất, khí hậu cũng như sự tiến, thoái của biển, Tràng An sở hữu 31 hồ đầm được nối thông bởi 48 hang động.", "hồ", "number"),
    (T4, "Quần thể hang động Tràng An mới chỉ được phát hiện và nghiên cứu một cách hệ thống từ năm 2001 nhờ các công trình khảo cứu của các nhà khoa học cùng sự giúp đỡ của người dân bản địa.", "nhờ", "number"),
    (P3, "Không ai biết chính xác phở xuất hiện từ khi nào, nhưng theo nhiều nhà nghiên cứu, món ăn này đã xuất hiện từ đầu thế kỷ 20 ở vùng đồng bằng Bắc Bộ, đặc biệt là tại Hà Nội và Nam Định.", "ở", "number"),
    (Y1, "Với độ cao 1068 mét, đương nhiên con đường lên đến đỉnh Yên Tử cũng không hề ngắn.", "mét", "number"),
    (Y2, "Trong hệ thống hơn 800 di tích phải kể đến các công trình kiến trúc chùa chiền, góp phần làm nên linh khí Yên Tử, danh xưng đệ nhất Phật sơn Yên Tử, khu di tích lịch sử và danh lam thắng cảnh là điểm du lịch tâm linh nổi tiếng trên khắp nước, gắn liền với nhiều sự tích Phật hoàng Trần Nhân Tông (1258 – 1308), vị vua từng lãnh đạo quân dân thời Trần hai lần đánh thắng quân Nguyên – Mông, sau đó từ bỏ ngai vàng, lên Yên Tử tu hành, sáng lập và phát triển Thiền phái Trúc Lâm.", "di", "number"),
    (Y3, "Lễ hội Yên Tử được tổ chức hàng năm bắt đầu từ 10 tháng Giêng và kéo dài đến hết tháng 3 âm lịch.", "tháng", "number"),
    (Y5, "Núi nằm ở ranh giới giữa 2 tỉnh Bắc Giang và Quảng Ninh.", "tỉnh", "number"),
    (Y5, "Tổng chiều dài đường bộ để lên đỉnh Yên Tử (chùa Đồng) là khoảng 6000 mét với 6 giờ đi bộ liên tục qua hàng ngà bậc đá, đường rừng núi….", "mét", "number"),
    (Y6, "Các di tích này nằm trên địa phận 3 tỉnh: Bắc Giang, Hải Dương và Quảng Ninh.", "tỉnh", "number"),
    (V1, "Hiện nay, tất cả 82 bia tiến sĩ vẫn còn được lưu giữ tại Văn Miếu, được dựng từ năm 1484 đến năm 1780, khắc các bài văn bia đề danh tiến sĩ Nho học Việt Nam của các khoa thi Đình từ năm 1442 (niên hiệu Đại Bảo thứ 3) đến năm 1779 (niên hiệu Cảnh Hưng thứ 40).", "bia", "number"),
    (V3, "Văn Miếu được xây dựng vào năm 1070 đời vua Lý Thánh Tông.", "đời", "number"),
    (B1, "Sau gần hai tiếng đồng hồ xe chạy theo đường tỉnh 258 và lượn quanh những cánh rừng, lượn quanh những sườn núi, hiện ra trước mắt chúng tôi là một hồ nước ngọt rộng mênh mông.", "và", "number"),
    (M2, "Hoa cải ở Mộc Châu bắt đầu nở rộ từ đầu tháng 11 đến cuối tháng 12.", "đến", "number"),
]
SPAM_PAGES = [(url, text) for url, text, _, _ in SPAM]

# ---------------------------------------------------------------------------------------------------------------
# Tokens (source, commits and licence in the set's SOURCES): phishdestroy/destroylist's daily change files, written
# as spam writes them.
TOKENS = {
    "domain": ["qorafx.com", "lixbolt.com", "profixora.com", "casyne.com", "multigamb.com", "luckbet.pro",
               "fraxelbet.com", "felinewin.com", "fortspins.com", "gemomex.com", "jetvexo.com", "royalvex.com",
               "tradon.live", "winqbet.com"],
    "letter-digit": ["Playglobal5", "Airdrop12", "Kehkuk876", "Galerihadiah749", "Newdiz228", "Xoilac365", "Sport98",
                     "Geschmeidig6307"],
    "CamelCase": ["ProfitLens", "PrimeYield", "SureGrowth", "TopWealthTrading", "VaultEdgeFinance", "StockProfitMax",
                  "GallantPeak", "PulzeTrendCapital", "BrickVaultMarkets", "ZenithChainTrades", "CoinFlipReturn",
                  "LuckyRollers", "CrashDash", "JackpotBet", "WispCasino"],
    "lower-case": ["monkwin", "houzax", "satoby", "tradiaxcity", "securivestor", "xevest", "zurfx", "betnix", "fingamb",
                   "mellgams", "gamcas", "luxorabet", "dexxbet", "cryvonxin", "goamux", "senawex", "fexowin"],
    "digit-led": ["1005kingroyal", "1086lll", "1336ooo7", "2026trusten", "247invsolution"],
    "hyphenated": ["spin-sol", "wins-feed", "coin-corex.com", "trade-mil.com", "primus-trading", "vertex-capital",
                   "promo-sun", "prasmat-game", "phoenix-trade", "archer-exchange", "fefer-stable.com",
                   "money-receive", "ravenor-bonusvault", "zorelia-bonusfortune", "gravion-goldenfortune",
                   "stake-play", "trusted-sun", "1world-cryp2", "promo-company"],
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

"""Build ``benchmarks/data/langfresh14b/``: lang14's second blind set (issue 12 point 3), made after langfresh14's one
blind run, so that langfresh14 could turn dev; committed before any mtpipe run on it.

Run once: ``python tools/build_langid_fresh14b.py``.

Sentences: 22 real Vietnamese sentences of the same stored pages as langfresh14 (the ``search`` tool's pages
corpus, 2026-12-02), none of them in langfresh14, copied as the pages write them; each is also a clean control.
Tokens: hosts of stored Vietnamese gambling-spam pages no earlier set used as a token (geocivitas.com,
jamalooki.com, ryanbeadle.com, payperbite.com) and the random host labels of such pages (s7wcu5, lwndlzf8i,
pjlqve, ju1fqr5, oliwcq6gn, whniaztjj, mrqfe2, cxsw2o, yrkb8xvrz, xusboik8, zw8mo23l), in the forms spam writes.
Places chosen by hand before any run.
"""

from __future__ import annotations

from pathlib import Path

from build_langid_fresh14 import replace_first

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "langfresh14b"

CLEAN: list[tuple[str, str]] = [
    ("https://www.hexasync.vn/top-5-san-thuong-mai-dien-tu/",
     "Thương mại điện tử đã trở thành một thuật ngữ quen thuộc trong cuộc sống hằng ngày, biểu hiện từ những giao dịch hằng ngày đến các tiệc mua sắm trong các dịp lễ có quy mô lớn."),
    ("https://www.hexasync.vn/top-5-san-thuong-mai-dien-tu/",
     "Trong bài viết này, chúng ta sẽ cùng tìm hiểu về Top 5 các sàn thương mại điện tử ở Việt Nam."),
    ("https://medialabs.asia/our-update/brand-marketing/san-thuong-mai-dien-tu-la-gi-xep-hang-tai-viet-nam-244",
     "Sàn thương mại điện tử là nền tảng trực tuyến, có thể là website hoặc ứng dụng, cho phép các doanh nghiệp, tổ chức hoặc cá nhân đăng bán sản phẩm và là nơi mua sắm của người tiêu dùng."),
    ("https://medialabs.asia/our-update/brand-marketing/san-thuong-mai-dien-tu-la-gi-xep-hang-tai-viet-nam-244",
     "Người quản lý sàn không trực tiếp bán hàng mà cung cấp không gian cho bên thứ ba thực hiện quá trình giao dịch."),
    ("https://thitruongbiz.vn/dai-chien-thi-phan-thuong-mai-dien-tu-cua-cac-ong-lon-shopee-lazada-la-tiktok-shop-12877.html",
     "Theo đó, doanh thu thương mại điện tử bán lẻ tại Việt Nam ước đạt 10,3 tỷ USD, tăng khoảng 25% so với cùng kỳ, chiếm 7,7% doanh thu hàng hóa và dịch vụ tiêu dùng cả nước."),
    ("https://dantri.com.vn/kinh-doanh/ban-hang-online-het-thoi-ngon-an-26000-cua-hang-e-don-trong-quy-ii-20240814111858694.htm",
     "Thị trường ngày càng phát triển theo hướng chắt lọc, tập trung."),
    ("https://dantri.com.vn/kinh-doanh/ban-hang-online-het-thoi-ngon-an-26000-cua-hang-e-don-trong-quy-ii-20240814111858694.htm",
     "Về doanh thu theo tổng giá trị giao dịch (GMV) của các nhà bán hàng, trung bình trong quý II, mỗi gian hàng trên các sàn thu về 179 triệu đồng, tăng 9% so với quý trước."),
    ("https://daily.muamau.vn/blog/cac-san-thuong-mai-dien-tu",
     "Tôi nhận thấy cuộc cạnh tranh giữa các sàn thương mại điện tử ngày càng khốc liệt, đặc biệt khi TikTok Shop đã vượt mặt nhiều đối thủ lâu năm."),
    ("https://daily.muamau.vn/blog/cac-san-thuong-mai-dien-tu",
     "Hiện tại, thị trường Việt Nam có ba loại hình chính đang phát triển mạnh mẽ."),
    ("https://kenh14.vn/soi-2-app-du-lich-dang-hot-nhat-he-nay-agoda-hay-tripcom-moi-that-su-dang-dong-tien-bat-gao-215250609131604495.chn",
     "Vậy đâu mới chính là “trợ lý du lịch” phù hợp với du khách?"),
    ("https://790079.xyz/kinh-nghiem-dat-phong-khach-san-hieu-qua-nhat",
     "Thực tế thì việc chọn được một khách sạn như ý với giá tốt là không hề dễ dàng."),
    ("https://790079.xyz/kinh-nghiem-dat-phong-khach-san-hieu-qua-nhat",
     "Thường thì ở mỗi điểm đến đều sẽ có rất nhiều khu vực mình có thể chọn để ở."),
    ("https://lucky-hotel.vn/tin-tuc/kinh-nghiem-dat-phong-khach-san-truc-tuyen-khi-di-du-lich.html",
     "Các dịch vụ đặt phòng khách sạn trực tuyến mang đến những giải pháp, thông tin toàn diện nhất khi bạn cần đặt phòng."),
    ("https://lucky-hotel.vn/tin-tuc/kinh-nghiem-dat-phong-khach-san-truc-tuyen-khi-di-du-lich.html",
     "Giờ đây, khi đặt phòng khách sạn thì bạn sẽ dễ dàng tìm được đẩy đủ các thông tin về giá cả, chất lượng dịch vụ và cũng dễ dàng so sánh giá online."),
    ("https://viettimes.vn/grab-doi-thu-cua-uber-vuot-moc-1-ty-cuoc-xe-post63575.html",
     "Ban đầu, Grab chỉ cung cấp dịch vụ taxi truyền thống, nhưng sau đó đã mở rộng ra các xe tư nhân, dịch vụ đi chung, xe máy và dịch vụ giao hàng, với cách thức tuyển lựa đối tác tài xế giống như Uber."),
    ("https://viettimes.vn/grab-doi-thu-cua-uber-vuot-moc-1-ty-cuoc-xe-post63575.html",
     "Về đối tác tài xế, hiện nay Grab có hơn 2 triệu người và ứng dụng đặt xe của hãng đã có 68 triệu lượt tải về."),
    ("http://genk.vn/tai-sao-tro-dua-grab-xich-lo-khien-nhieu-nguoi-mac-bay-vi-no-qua-hop-ly-voi-tham-vong-sieu-ung-dung-cua-grab-20190403223402902.chn",
     "Tham vọng trở thành một siêu ứng dụng, sẽ không có gì lạ nếu Grab đưa ra dịch vụ Grab Xích Lô thật."),
    ("https://znews.vn/grab-lan-dau-thu-nghiem-phuc-vu-nguoi-dung-tuoi-teen-post1604701.html",
     "Việt Nam là nước thứ tư trong khu vực Đông Nam Á thử nghiệm tính năng tài khoản Grab cho Cả Nhà dành cho người dùng tuổi teen, sau Thái Lan, Malaysia và Philippines."),
    ("https://marchtravel.com/da-lat-diem-den-trong-nuoc-duoc-yeu-thich-nhat-dip-30-4",
     "Nơi đây có khí hậu mát mẻ, “khung cảnh núi non thanh bình” và “nhiều quán cà phê xinh xắn”."),
    ("https://marchtravel.com/da-lat-diem-den-trong-nuoc-duoc-yeu-thich-nhat-dip-30-4",
     "Ứng dụng đặt phòng có trụ sở tại Hà Lan cũng nhận thấy khách Việt vẫn có xu hướng thích đến thăm các thành phố lớn hoặc những nơi có bề dày lịch sử."),
    ("https://soha.vn/big-story/news-20210914064650051.htm",
     "Tình hình dịch bệnh COVID-19 tiếp tục có nhiều diễn biến phức tạp trên thế giới."),
    ("http://95loduc.blogspot.com/2021/07/giai-ap-tat-ca-cac-cau-hoi-ve-vaccine.html",
     "Tất cả những băn khoăn về vaccine COVID-19 sẽ được giải đáp bên dưới."),
]

SPAM: list[tuple[int, str, str, str]] = [
    (1, "quen", "Geocivitas.com", "inner"),
    (2, "Trong", "Jamalooki", "start"),
    (3, "cho", "geocivitas.com", "function"),
    (4, "thứ", "RYANBEADLE", "inner"),
    (5, "Theo", "Payperbite.com", "start"),
    (6, "chắt", "s7wcu5", "inner"),
    (7, "mỗi", "lwndlzf8i", "function"),
    (8, "cạnh", "Pjlqve", "inner"),
    (9, "Việt", "Ju1fqr5", "name"),
    (10, "du", "oliwcq6gn", "inner"),
    (11, "khách", "GeoCivitas", "inner"),
    (12, "Thường", "Whniaztjj", "start"),
    (13, "đặt", "jamalooki.com", "inner"),
    (14, "và", "Jamalooki", "function"),
    (15, "Ban", "Ryanbeadle.com", "start"),
    (16, "tài", "payperbite", "inner"),
    (17, "lạ", "mrqfe2", "inner"),
    (18, "Thái", "Cxsw2o", "name"),
    (19, "mát", "yrkb8xvrz", "inner"),
    (20, "Hà", "Xusboik8", "name"),
    (21, "diễn", "zw8mo23l", "inner"),
    (22, "Tất", "Geocivitas", "start"),
    (15, "như", "jamalooki", "function"),
    (20, "cũng", "xusboik8.com", "function"),
    (5, "tăng", "ryanbeadle.com", "inner"),
    (18, "thứ", "PAYPERBITE", "inner"),
    (17, "Xích", "Oliwcq6gn", "name"),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for url, text in CLEAN:
            f.write(f"blind\tvi\t{url}\t{text}\n")
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for row, word, tok, place in SPAM:
            text = CLEAN[row - 1][1]
            f.write(f"blind\t{replace_first(text, word, tok)}\t{tok}\t{word}\t{text}\t{place}\n")
    print(f"{len(CLEAN)} clean sentences, {len(SPAM)} spam cases -> {OUT}")


if __name__ == "__main__":
    main()

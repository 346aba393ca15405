"""Build ``benchmarks/data/langfresh11/`` (lang11's blind set for issue 12 point 3: spam tokens seen once).

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh11.py``.  Every sentence below is a
short quotation copied from a stored public web page found with the ``search`` tool's pages corpus (URL beside
it; no earlier set used these sites).  The brands and domains are real ones: gambling names listed in public code
(github.com/jadernellon099/topnhacai-today, src/components/CompareDealers/index.js: Nextbet, Dafabet, JBO, Lixi88,
CMD368, Happy Luke) and names and domains seen in stored Vietnamese gambling-spam pages of the same corpus (luk88,
hi88bets, b88, ggsunwin, kuwinok36.com, kuwinok98.vip, 98winok85.in, 98winok65.in); none is in an earlier set.
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "langfresh11"

# key: (url, sentence) -- the Vietnamese sentences the spam tokens are pasted over
BASE = {
    "S1": ("https://vinh24h.vn/tag/cao-do", "Sáng 24/02, UBND tỉnh tổ chức phiên họp thường kỳ tháng 02/2022 để nghe và cho ý kiến về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 02, triển khai nhiệm vụ tháng 03/2022."),
    "S2": ("https://vinh24h.vn/tag/cao-do", "Đồng chí Nguyễn Đức Trung - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp."),
    "S3": ("https://hdndtuyenquang.gov.vn/tin-hoat-dong/tin-tuc-chung/trang-302.html", "Dự họp có đồng chí Triệu Kim Long, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh, lãnh đạo các Ban HĐND tỉnh, Đoàn ĐBQH tỉnh, lãnh đạo Ủy ban MTTQ tỉnh, các sở, ngành, UBND các huyện, thành phố."),
    "S4": ("https://baoninhbinh.org.vn/s/%C4%91%E1%BB%93ng%20ch%C3%AD%20Tr%C6%B0%C6%A1ng%20Qu%E1%BB%91c%20Huy?page=9", "Đồng chí Trương Quốc Huy, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng đoàn Đại biểu Quốc hội tỉnh chủ trì hội nghị."),
    "S5": ("https://daihoidang.baoquangninh.vn/ubnd-tinh-hop-thuong-ky-3242719.html", "Ngày 30/5, UBND tỉnh họp phiên thường kỳ tháng 5/2023 để đánh giá kết quả thực hiện nhiệm vụ phát triển KT-XH trong tháng; triển khai phương hướng, nhiệm vụ công tác tháng tiếp theo."),
    "S6": ("https://tuyenquangtv.vn/thoi-su-chinh-tri/tin-dia-phuong/202206/ttv-phien-hop-thuong-ky-ubnd-tinh-thang-6-4405f62/", "6 tháng cuối năm, cần nỗ lực trên tinh thần quyết tâm, đổi mới, sáng tạo để phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2022 đã đề ra."),
    "S7": ("https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/ubnd-tinh-hop-kiem-tra-tien-do-chuan-bi-cac-hoat-dong-mung-dang-mung-xuan-giap-ngo-2014/", "Sáng nay, ông Nguyễn Văn Thanh, Phó Chủ tịch UBND tỉnh đã chủ trì cuộc họp với các Sở, ngành để kiểm tra tiến độ chuẩn bị các hoạt động mừng Đảng, mừng Xuân Giáp Ngọ 2014."),
    "S8": ("http://thanhnien.vn/kinh-doanh/cuoc-dua-smartphone-hang-dinh-828178.html", "Theo thông lệ hằng năm, dòng Galaxy S là sản phẩm cao cấp nhất của Samsung trong nửa đầu năm, còn nửa sau của năm sẽ là Galaxy Note."),
    "S9": ("https://dantri.com.vn/cong-nghe/smartphone-android-cao-cap-giam-gia-tien-trieu-truoc-gio-iphone-17-ra-mat-20250908221252976.htm", "Theo chia sẻ từ một số đại lý, thị trường smartphone trong giai đoạn hiện tại có dấu hiệu chững lại."),
    "S10": ("https://lite.baomoi.com/samsung-muon-soan-ngoi-apple-o-my-iphone-gap-ra-mat-co-du-suc-dinh-hinh-cuoc-choi-c53014368.epi", "Năm 2014, Apple và Samsung có cuộc chiến nảy lửa để thống trị thị trường smartphone ở Mỹ."),
    "S11": ("https://www.24h.com.vn/thoi-trang-hi-tech/apple-lam-dieu-chua-tung-co-khi-phat-hanh-iphone-17-tai-viet-nam-c407a1688928.html", "Các đại diện cho biết họ đang chuẩn bị cho hai kịch bản bán hàng: một là mở bán ngay sau lễ ra mắt, và hai là mở bán trong đợt hai như năm ngoái."),
    "S12": ("https://kienthuc.net.vn/khoa-hoc-cong-nghe/hang-khong-bi-cam-con-duong-nao-dua-iphone-12-ve-viet-nam-1444944.html", "Nhiều cửa hàng xách tay đã có kế hoạch đón iPhone 12, nhưng hành trình này có thể sẽ gian nan hơn mọi năm."),
    "S13": ("https://kienthuc.net.vn/khoa-hoc-cong-nghe/hang-khong-bi-cam-con-duong-nao-dua-iphone-12-ve-viet-nam-1444944.html", "Để có hàng sớm nhất, dân buôn Việt Nam thường sang Singapore mua máy ở thời điểm mở bán, sau đó bay về trả hàng cho những người đặt mua sớm."),
    "S14": ("https://congdongreview.com/tag/dien-thoai-iphone-moi", "Hai dòng thiết bị đều cần có các sự đột phá: iPhone cần một thiết kế hoàn toàn mới còn Note 8 là bản tiếp sau cho thế hệ Galaxy Note thảm họa cách đây một năm."),
}

# (sentence, phrase in it, the phrase with the token, token, original word, place)
CASES = [
    ("S9", "Theo chia", "Nextbet chia", "Nextbet", "Theo", "start"),
    ("S11", "Các đại", "Dafabet đại", "Dafabet", "Các", "start"),
    ("S13", "Để có", "HappyLuke có", "HappyLuke", "Để", "start"),
    ("S14", "Hai dòng", "JBO dòng", "JBO", "Hai", "start"),
    ("S5", "Ngày 30/5", "Lixi88 30/5", "Lixi88", "Ngày", "start"),
    ("S3", "Dự họp", "98winok65.in họp", "98winok65.in", "Dự", "start"),
    ("S2", "Nguyễn Đức Trung", "Nguyễn luk88 Trung", "luk88", "Đức", "name"),
    ("S3", "Triệu Kim Long", "Triệu CMD368 Long", "CMD368", "Kim", "name"),
    ("S4", "Trương Quốc Huy", "Trương Nextbet Huy", "Nextbet", "Quốc", "name"),
    ("S7", "Nguyễn Văn Thanh", "Nguyễn Văn hi88bets", "hi88bets", "Thanh", "name"),
    ("S13", "Việt Nam thường", "Việt b88 thường", "b88", "Nam", "name"),
    ("S7", "Xuân Giáp Ngọ", "Xuân JBO Ngọ", "JBO", "Giáp", "name"),
    ("S1", "nghe và cho", "nghe ggsunwin cho", "ggsunwin", "và", "function"),
    ("S12", "nhưng hành", "kuwinok36.com hành", "kuwinok36.com", "nhưng", "function"),
    ("S10", "Apple và Samsung", "Apple Lixi88 Samsung", "Lixi88", "và", "function"),
    ("S11", "chuẩn bị cho hai", "chuẩn bị 98winok85.in hai", "98winok85.in", "cho", "function"),
    ("S9", "smartphone trong giai", "smartphone 98winok65.in giai", "98winok65.in", "trong", "function"),
    ("S6", "tạo để phấn", "tạo HappyLuke phấn", "HappyLuke", "để", "function"),
    ("S5", "kết quả thực", "kết kuwinok98.vip thực", "kuwinok98.vip", "quả", "inner"),
    ("S1", "phát triển kinh", "phát hi88bets kinh", "hi88bets", "triển", "inner"),
    ("S6", "quyết tâm, đổi", "quyết b88, đổi", "b88", "tâm", "inner"),
    ("S8", "cao cấp nhất", "cao CMD368 nhất", "CMD368", "cấp", "inner"),
    ("S12", "kế hoạch đón", "kế ggsunwin đón", "ggsunwin", "hoạch", "inner"),
    ("S14", "hoàn toàn mới", "hoàn Lixi88 mới", "Lixi88", "toàn", "inner"),
    ("S3", "thành phố.", "thành luk88.", "luk88", "phố", "inner"),
    ("S11", "mở bán ngay", "mở JBO ngay", "JBO", "bán", "inner"),
]

# clean controls with legitimate Latin tokens (brands, models, units, names, U23), labelled vi: no spam may be found
CONTROLS = [
    ("http://thanhnien.vn/kinh-doanh/cuoc-dua-smartphone-hang-dinh-828178.html", "Dự kiến được giao hàng từ ngày 5.5, Samsung Galaxy S8/S8+ có giá bán lần lượt là 18,5 và 20,5 triệu đồng."),
    ("https://kienthuc.net.vn/khoa-hoc-cong-nghe/hang-khong-bi-cam-con-duong-nao-dua-iphone-12-ve-viet-nam-1444944.html", "iPhone 12 được đồn đoán sẽ có 4 phiên bản với thiết kế mới, mạng 5G và được trang bị màn hình 120 Hz."),
    ("https://kienthuc.net.vn/khoa-hoc-cong-nghe/hang-khong-bi-cam-con-duong-nao-dua-iphone-12-ve-viet-nam-1444944.html", "Ngày 30/9, tờ Straits Times (Singapore) đưa tin nước này sẽ mở cửa biên giới với người dân từ Việt Nam và Australia (trừ bang Victoria) từ 8/10."),
    ("https://kienthuc.net.vn/khoa-hoc-cong-nghe/hang-khong-bi-cam-con-duong-nao-dua-iphone-12-ve-viet-nam-1444944.html", "Trong thời gian đầu hoạt động trở lại, mỗi ngày Singapore Airlines chỉ có một chuyến bay từ Việt Nam sang Singapore, chiều khứ hồi hiện vẫn chưa có lịch bay."),
    ("https://dantri.com.vn/cong-nghe/smartphone-android-cao-cap-giam-gia-tien-trieu-truoc-gio-iphone-17-ra-mat-20250908221252976.htm", "Mẫu Galaxy Z Fold7 giảm 3 triệu đồng, xuống còn 44 triệu đồng."),
    ("https://dantri.com.vn/cong-nghe/smartphone-android-cao-cap-giam-gia-tien-trieu-truoc-gio-iphone-17-ra-mat-20250908221252976.htm", "Một số thiết bị Android khác thuộc phân khúc cao cấp cũng được điều chỉnh giá bán như Xiaomi 15 Ultra giảm 3 triệu đồng, Oppo Find X8 Pro giảm 3 triệu đồng, Honor Magic V3 giảm 9 triệu đồng,..."),
    ("https://dantri.com.vn/cong-nghe/smartphone-android-cao-cap-giam-gia-tien-trieu-truoc-gio-iphone-17-ra-mat-20250908221252976.htm", "Nhờ chiến lược chủ động điều chỉnh giá bán, doanh số của nhiều sản phẩm cao cấp đã có sự tăng trưởng đáng kể\", ông Nguyễn Lạc Huy, đại diện hệ thống CellphoneS, chia sẻ."),
    ("https://lite.baomoi.com/samsung-muon-soan-ngoi-apple-o-my-iphone-gap-ra-mat-co-du-suc-dinh-hinh-cuoc-choi-c53014368.epi", "Theo dữ liệu từ hãng nghiên cứu thị trường và tư vấn toàn cầu Canalys, trong quý 2/2025, doanh số smartphone của Samsung ở Mỹ đã tăng mạnh, với thị phần tăng từ 23% lên 31% so với quý 1."),
    ("https://www.24h.com.vn/thoi-trang-hi-tech/apple-lam-dieu-chua-tung-co-khi-phat-hanh-iphone-17-tai-viet-nam-c407a1688928.html", "Điều này phù hợp với báo cáo từ Apple Insider khi cho biết Apple sẽ tránh tổ chức sự kiện vào ngày 11/9, vốn là ngày tưởng niệm các nạn nhân khủng bố năm 2001 tại Mỹ."),
    ("https://thanhnien.vn/chi-40-xe-dien-vinfast-vf-e34-den-tay-khach-viet-trong-thang-1-2022-post1428560.html", "Cụ thể, theo báo cáo bán hàng vừa được VinFast công bố, trong tháng 1.2022 vừa qua thương hiệu này đã giao tới tay khách hàng 40 chiếc xe điện VinFast VF e34."),
    ("https://thanhnien.vn/chi-40-xe-dien-vinfast-vf-e34-den-tay-khach-viet-trong-thang-1-2022-post1428560.html", "Trong đó, gồm 1.401 xe Fadil, 199 xe Lux A2.0, 463 xe Lux SA2.0 và 40 xe VF e34."),
    ("https://vinfast.vn/category/tin-cong-dong/page/37", "Trong 66 giờ mở bán, VinFast nhận 27.649 đơn đặt hàng, tức là cứ 8,6 giây có một chiếc VF 3 được đặt cọc, điều chưa từng có ở thị trường ôtô Việt Nam."),
    ("https://vinfast.vn/category/tin-cong-dong/page/37", "Mẫu xe bán chạy nhất năm ngoái Mitsubishi Xpander doanh số gần 20.000."),
    ("https://yeuvohai.com/baiviet/thong-bao-ve-chinh-sach-chot-coc-va-hoan-tra-coc-cua-xe-may-dien-vinfast", "Công ty TNHH Kinh doanh Thương mại và Dịch vụ VinFast (VFT) đã thông báo về chính sách chốt cọc và hoàn cọc cho Khách hàng đã đặt mua xe máy điện VinFast."),
    ("https://vietbao.vn/ban-tin-xe-co-3-7-nguoi-tieu-dung-se-thich-chiec-o-to-toyota-10-tui-khi-voi-gia-500-trieu-dong-nay-549753.html", "VinFast cũng sẽ chuyển đổi hệ thống điện - điện tử và động cơ điện từ hệ 100V sang 400V để tăng hiệu suất sạc và khả năng vận hành cho xe."),
    ("https://vietbao.vn/ban-tin-xe-co-3-7-nguoi-tieu-dung-se-thich-chiec-o-to-toyota-10-tui-khi-voi-gia-500-trieu-dong-nay-549753.html", "Tháng 5/2025, Ford đã công bố kết quả kinh doanh ấn tượng tại thị trường Mỹ với tổng doanh số tăng 16%, đạt 198.900 xe."),
    ("https://kenh14.vn/ha-u23-thai-lan-hlv-park-hang-seo-di-vao-lich-su-bong-da-viet-nam-20171215193454199.chn", "Trong trận tranh hạng 3 giải giao hữu M-150 Cup 2017, U23 Việt Nam đã đánh bại chủ nhà U23 Thái Lan ngay trên sân I-Mobile của đối thủ."),
    ("https://kenh14.vn/ha-u23-thai-lan-hlv-park-hang-seo-di-vao-lich-su-bong-da-viet-nam-20171215193454199.chn", "Công Phượng tỏa sáng rực rỡ với một cú đúp vào lưới thủ thành Nont Muangngam."),
    ("https://kenh14.vn/ha-u23-thai-lan-hlv-park-hang-seo-di-vao-lich-su-bong-da-viet-nam-20171215193454199.chn", "Trước đó, tất cả những người tiền nhiệm như Hữu Thắng, Miura, Falko Gotz, Dido… đều không làm được."),
    ("https://www.24h.com.vn/tin-tuc-quoc-te/nhm-thai-lan-viet-nam-vuon-tam-dang-cap-nhat-ban-han-quoc-c415a1732117.html", "Thầy trò HLV Kim Sang-sik chơi chủ động, pressing hiệu quả, phối hợp mạch lạc và phòng ngự chặt chẽ."),
    ("https://sportsghiban.com/mirr_van-tung-lap-sieu-pham-dep-mat-u23-viet-nam-hoa-dang-tiec-truoc-u23-thai-lan", "Từ cú sút xa của Ben Davis, bóng đi thẳng vào vị trí của Văn Toản nhưng anh lại xử lý sai lầm."),
    ("https://vov.vn/the-thao/bong-da/toan-canh-chien-thang-tam-phuc-cua-u23-viet-nam-truoc-u23-thai-lan-890829.vov", "Vào phút 17, U23 Việt Nam có bàn thắng vươn lên dẫn trước do công của Hà Đức Chinh."),
    ("https://hdndtuyenquang.gov.vn/tin-hoat-dong/tin-tuc-chung/trang-302.html", "Đồng chí Phạm Minh Huấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp."),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    spam = ["# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace"]
    for key, old, new, tok, orig, place in CASES:
        sent = BASE[key][1]
        assert sent.count(old) == 1, (key, old)
        assert re.search(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", new) and orig in old, (tok, orig)
        spam.append("\t".join(("blind", sent.replace(old, new), tok, orig, sent, place)))
    rows = ["# split\texpected\tsource\ttext"]
    pages = ["# lang\turl\tsentence"]
    for url, s in [*dict.fromkeys(BASE.values()), *CONTROLS]:
        rows.append("\t".join(("blind", "vi", "stored web pages (vi; pages.tsv)", s)))
        pages.append("\t".join(("vi", url, s)))
    # earlier sets must not hold these sentences
    older = "".join(p.read_text(encoding="utf-8") for p in OUT.parent.glob("langfresh*/*.tsv") if p.parent != OUT)
    assert not [r for r in rows[1:] if r.split("\t")[3] in older]
    (OUT / "spam.tsv").write_text("\n".join(spam) + "\n", encoding="utf-8")
    (OUT / "sentences.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (OUT / "pages.tsv").write_text("\n".join(pages) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Build benchmarks/data/langfresh9/ (round lang9's small blind set) from public snapshots and copied lines.

Run once, by hand (``fetch`` snapshots under /work/.mirror); the TSVs it writes are committed before
anything of the set is run through mtpipe, and the benchmark reads only those.  Every row is
``blind``.  Sources (SOURCES there) are ones no earlier langfresh set used: Tatoeba test pairs of
Helsinki-NLP/Tatoeba-Challenge for be bg sr mn kk tt vi (read with the search tool's read_file; one
contiguous chunk per language, lines of 3-12 words taken in file order, duplicates skipped), UD
treebanks UD_Ukrainian-ParlaMint, UD_Kyrgyz-TueCL, UD_Macedonian-MTB, UD_Thai-TUD (seeded sample of
sentences of 3-12 tokens), and stored web pages (the `search` tool's pages corpus) for Vietnamese and
Russian sentences that begin with a real Latin title-case company name.

    python tools/build_langid_fresh9.py /work/.mirror
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "langfresh9"
TATOEBA = "Helsinki-NLP/Tatoeba-Challenge data/test/{pair}/test.txt"

# copied from one chunk of each Tatoeba test file (pair, read offset in characters)
TATOEBA_ROWS = {
    ("be", "bel-eng", 0): [
        "Адна з нашых каністраў знікла.", "Адсюль дарога ідзе на поўнач.", "Але ў мяне няма грошаў.",
        "Апошнія дні студзеня выдаліся халоднымі.", "Бульба вельмі танная.", "Было вельмі прыгожа.",
        "Вада цяжэйшая, ніж алей.", "Вайна працягвалася два гады.", "Вакзал адсюль недалёка.",
        "Ваш адказ няслушны.", "Вечнага кахання не існуе.", "Вы ведаеце англійскую?",
        "Выбачайце, мне трэба ісці.", "Вучыцца ніколі не позна."],
    ("bg", "bul-eng", 60000): [
        "Винаги вървя пеша до училище.", "Винаги закъснява за училище.", "Вината не е наша.",
        "Виното е млякото на възрастните.", "В колко часа започва киното?", "В края на март ще се оженим.",
        "Влакът пристигна с десет минути закъснение.", "В Лондон всичко е скъпо.", "В неделя музеят е затворен.",
        "Водата не става за пиене.", "Войниците са свикнали с опасностите.", "Време е за вечеря.",
        "Времето е слънчево.", "Всички бяха щастливи.", "Всеки ден тичам."],
    ("sr", "eng-hbs", 200000): [
        "Нико није ништа рекао.", "Нико му више не верује.", "Није свака лампа чаробна.",
        "Данас ми ништа не иде од руке.", "Наша школа је основана 1990. године.", "Наш јахт клуб има десет чланова.",
        "Питер воли Џејн.", "Пикасо је чувени уметник.", "Стави књигу на горњу полицу.", "Снег се топи у пролеће.",
        "Она има кратку косу.", "Књига је боља од филма.", "То је био само почетак.", "Беба је заспала."],
    ("mn", "eng-mon", 8000): [
        "Би эмч биш.", "Миний компьютер гацсан.", "Хурга чононд идүүлжээ.", "Тэр маргааш ирнэ.",
        "Би кофе уудаггүй.", "Энэ машин хурдан.", "Би монгол хүн биш.", "Ширээн дээр ном тавиастай байна.",
        "Далайд арлууд байдаг.", "Эр хүн долоо дордож найм сэхдэг.", "Шувуу улаан байна.",
        "Улаанбаатар бол Монгол Улсын нийслэл юм.", "Энэ зураг Нарад авагдсан.", "Киев бол Украйн нийслэл юм."],
    ("kk", "eng-kaz", 12000): [
        "Мен жаңа ғана оны таныстым.", "Мен көп жалақы алмаймын.", "Мен қатты шаршадым.", "Маған аудармашы керек.",
        "Мен күнде футбол ойнаймын.", "Мен әлі жұмыс таппадым.", "Мамаң үйде ме?", "Мен онда үш күн болдым.",
        "Ол әдемі әйел.", "Бұл кітап менікі.", "Ай әлі жарқырап тұр.", "Қазанда метро бар.", "Айда ауа жоқ.",
        "Сәуле, дағырамды бершi."],
    ("tt", "eng-tat", 10000): [
        "Синең мобиль телефоның бармы?", "Сез алма яратасызмы?", "Сиңа бу китап кирәкме?", "Эч тә аша.",
        "Барысы да әйбәт.", "Золым мәңгелек түгел.", "Балыклар диңгездә яши.", "Алтын тимердән авыррак.",
        "Ул Америкадан кайткан.", "Аның акчасы күп.", "Ул бик чибәр.", "Ул Токиода яши.", "Менә минем адресым.",
        "Ул банкта эшли.", "Мин алма ашыйм."],
}
# clean Vietnamese sentences that begin with a real Latin title-case name (Tatoeba eng-vie, offset 170000)
VI_NAMES = ["Tom đã quá mệt mỏi với công việc.", "Tom tới Boston năm 2003.", "Tom tới Paris để học tiếng Pháp.",
            "Tom sẽ đi chụp MRI vào thứ hai.", "Tom sẽ cố để ngăn cản cậu.",
            "Tom thắc mắc không biết mất bao lâu thì Mary hoàn thành công việc.",
            "Valencia nỗi tiếng về những công trình kiến trúc khác thường của nó."]
# ... and with a company (stored web pages, URL each)
VI_COMPANIES = [
    ("https://bsaonline.vn/grab-bi-gian-doan-dich-vu-tren-dien-rong-6-8-thi-truong-asean/",
     "Grab bị gián đoạn dịch vụ trên diện rộng 6/8 thị trường ASEAN"),
    ("https://bsaonline.vn/grab-bi-gian-doan-dich-vu-tren-dien-rong-6-8-thi-truong-asean/",
     "Grab đã gặp gián đoạn dịch vụ trên diện rộng trong hai ngày 16 và 17-11 ở sáu trên tám thị trường trong khu "
     "vực gồm: Việt Nam, Singapore, Indonesia, Thái Lan, Philippines và Malaysia."),
    ("https://vietgiaitri.com/facebook-trong-vong-xoay-phap-ly-20201223i5465778", "Facebook trong vòng xoáy pháp lý"),
    ("https://express24h.net/page/12/?s=Ph%E1%BA%A1m+Nh%E1%BA%ADt+V%C6%B0%E1%BB%A3ng",
     "Apple hoàn tất chuyển 11 nhà máy sản xuất sang Việt Nam"),
]
RU_COMPANIES = [
    ("https://forbes.ru/news/74909-samsung-perenes-prezentatsiyu-novogo-smartfona-iz-za-smerti-stiva-dzhobsa",
     "Samsung перенес презентацию нового смартфона из-за смерти Стива Джобса"),
    ("https://gagadget.com/buzz/5947-samsung-i-google-hotyat-nas-udivit-v-sredu-amp",
     "Samsung и Google хотят нас удивить в среду"),
    ("http://m.21.by/hi-tech/2011/10/07/384129.html",
     "Samsung и Google перенесли совместную презентацию новых продуктов"),
]
# Vietnamese sentences (Tatoeba eng-vie, same chunk) whose first word is replaced by a title-case brand
SPAM_BASE = ["Chúng tôi đã đi bộ rất nhiều.", "Đèn giao thông hoạt động cả ngày.", "Dịch thuật rất mệt mỏi.",
             "Những con rùa không có răng.", "Hai mươi đội bước vào giải đấu.",
             "Tiếc quá, tôi không mang theo nhiều tiền trong người.", "Khác với cậu em trai, tôi không biết bơi.",
             "Tiếng Việt thật sự rất khó học.", "Giặt trước khi mặc lần đầu.", "Tất cả chúng tôi đều thích giáo viên.",
             "Chúng tôi luôn đi bằng xe buýt.", "Năm ngoái chúng tôi có nhiều mưa.",
             "Bọn mình cần thợ điện để làm việc này.", "Thực sự chúng tôi chưa bao giờ gặp nhau.",
             "Quần áo ướt dính chặt lấy cơ thể cô ta."]
# real gambling brands seen in public code (SOURCES), written title case as at a sentence's start
BRANDS = ["Jilibet", "Peso88", "Bet9ja", "Betway", "Cloudbet", "Merrybet", "Nairabet", "Supabet", "Bangbet", "Betlion",
          "Betano", "Paripesa", "Bingoplus", "Betland", "Betking"]
# (expected language, repository, path): seeded sample of sentences of 3-12 tokens
UD = [("uk", "UD_Ukrainian-ParlaMint", "uk_parlamint-ud-test.conllu"), ("ky", "UD_Kyrgyz-TueCL", "ky_tuecl-ud-test.conllu"),
      ("mk", "UD_Macedonian-MTB", "mk_mtb-ud-test.conllu"), ("th", "UD_Thai-TUD", "th_tud-ud-test.conllu")]
PER_UD = 14


def ud_short(conllu: str) -> list[str]:
    out, text, n = [], None, 0
    for line in conllu.splitlines() + [""]:
        if line.startswith("# text = "):
            text, n = line[9:].strip(), 0
        elif line and line[0].isdigit() and "\t" in line:
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0] and cols[3] != "PUNCT":
                n += 1
        elif not line and text is not None:
            if 3 <= n <= 12:
                out.append(text)
            text = None
    return out


def main(mirror: Path) -> None:
    rng = random.Random(9)
    rows = []
    for (lang, pair, off), texts in TATOEBA_ROWS.items():
        rows += [("blind", lang, f"Tatoeba {pair} @{off}", t) for t in texts]
    for lang, repo, path in UD:
        conllu = subprocess.run(["git", f"--git-dir={mirror / ('UniversalDependencies+' + repo) / 'repo'}", "show",
                                 f"HEAD:{path}"], check=True, capture_output=True, text=True).stdout
        pool = sorted(set(ud_short(conllu)))
        if lang == "th":  # UD Thai-TUD holds a few lines in English only ("(plate Tectonic Theory)"): not Thai
            pool = [t for t in pool if any("\u0e00" <= ch <= "\u0e7f" for ch in t)]
        rows += [("blind", lang, f"{repo}/{path}", t) for t in rng.sample(pool, PER_UD)]
    rows += [("blind", "vi", "Tatoeba eng-vie @170000 (title-case name first)", t) for t in VI_NAMES]
    rows += [("blind", "vi", "stored web page (title-case company first)", t) for _, t in VI_COMPANIES]
    rows += [("blind", "ru", "stored web page (title-case company first)", t) for _, t in RU_COMPANIES]
    with (OUT / "sentences.tsv").open("w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        f.writelines("\t".join(r) + "\n" for r in rows)
    with (OUT / "spam.tsv").open("w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for brand, sent in zip(BRANDS, SPAM_BASE):
            first, rest = sent.split(" ", 1)
            f.write("\t".join(("blind", f"{brand} {rest}", brand, first, sent, "start")) + "\n")
    with (OUT / "pages_clean.tsv").open("w", encoding="utf-8") as f:
        f.write("# lang\turl\tsentence\n")
        f.writelines(f"vi\t{u}\t{t}\n" for u, t in VI_COMPANIES)
        f.writelines(f"ru\t{u}\t{t}\n" for u, t in RU_COMPANIES)
    print(len(rows), "sentences,", len(BRANDS), "spam cases")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror"))

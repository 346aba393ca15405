"""Build benchmarks/data/langfresh10/ (round lang10's blind set) from sentences copied from stored web pages.

Run once, by hand; the TSVs it writes are committed before anything of the set is run through mtpipe, and
the benchmark reads only those.  Every row is ``blind``.  The sentences were copied from the `search`
tool's pages corpus (stored news and government pages; the URL of each is kept in ``pages.tsv``), a
source no earlier langfresh set used (they took lingua-py/Leipzig, UD treebanks and Tatoeba).  The
gambling brands of ``spam.tsv`` were seen in stored Vietnamese gambling pages of the same corpus
(SOURCES there); none is in an earlier set or in tests/data/spam.

    python tools/build_langid_fresh10.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "langfresh10"

# (expected language, url, sentence): sentences and headlines as the pages print them
PAGES: list[tuple[str, str, str]] = [
    # Macedonian
    ("mk", "https://centar.mk/blog/2021/01/27/vladata-zakazha-sednitsa-za-vo-21-chasot",
     "Владата на Република Северна Македонија денеска ќе ја одржи редовната 42-та седница."),
    ("mk", "https://centar.mk/blog/2021/01/27/vladata-zakazha-sednitsa-za-vo-21-chasot",
     "Седницата на Владата е предвидено да започне во 21:00 часот и ќе се одржи преку видео-конференциска "
     "врска, а за заклучоците од седницата ќе информираме со соопштение веднаш штом ќе биде завршена."),
    ("mk", "https://taratur.com/v-sreda-vo-klubot-na-pratenitsi-liderska-sredba-megu-kovachevski-i-mitskoski",
     "В среда во Клубот на пратеници лидерска средба меѓу Ковачевски и Мицкоски"),
    ("mk", "https://taratur.com/v-sreda-vo-klubot-na-pratenitsi-liderska-sredba-megu-kovachevski-i-mitskoski",
     "Диск голф го освојува светот, а го нема во Македонија!?"),
    ("mk", "https://netpress.com.mk/vecerva-sredba-zaev-mickoski", "Вечерва средба Заев-Мицкоски"),
    ("mk", "https://netpress.com.mk/vecerva-sredba-zaev-mickoski",
     "Се очекува двајцата лидери на најголемите партии во земјава да разговараат за спорот за името."),
    ("mk", "https://alsat.mk/mk/vladata-ke-go-razgleda-predlogot-na-pendarovski-da-se-prolongira-rokot-za-zamena-na-dokumenti",
     "Сите предлози кои може да унапредат нешто за мене се добри."),
    ("mk", "https://faktor.mk/mickoski-dade-odgovor-zoshto-stoilkovikj-ne-otide-vo-kosovo---goreshe-od-zelba-da-dojde-no-ne-stigna-poradi-obvrski",
     "Владите на Македонија и Косово денеска имаа заедничка седница во Приштина."),
    ("mk", "https://faktor.mk/mickoski-dade-odgovor-zoshto-stoilkovikj-ne-otide-vo-kosovo---goreshe-od-zelba-da-dojde-no-ne-stigna-poradi-obvrski",
     "Објавено во: Македонија 18 Ноември, 2024"),
    ("mk", "https://makfax.com.mk/makedonija/%D0%B7%D0%B0%D0%B5%D0%B2-%D0%BF%D0%BE%D0%B4%D0%BD%D0%B5%D1%81%D1%83%D0%B2%D0%B0",
     "Заев поднесува оставка, до полноќ треба да биде изгласана техничката Влада"),
    # Ukrainian
    ("uk", "https://ipress.ua/news/rada_pryynyala_zakon_pro_rozderzhavlennya_drukovanyh_zmi_146201.html",
     "Рада прийняла закон про роздержавлення друкованих ЗМІ"),
    ("uk", "https://ipress.ua/news/rada_pryynyala_zakon_pro_rozderzhavlennya_drukovanyh_zmi_146201.html",
     "За прийняття закону проголосували 260 народних депутатів, повідомляє \"Українська правда\"."),
    ("uk", "https://ipress.ua/news/rada_pryynyala_zakon_pro_rozderzhavlennya_drukovanyh_zmi_146201.html",
     "Закон визначає способи реформування друкованих засобів масової інформації та редакцій."),
    ("uk", "https://ipress.ua/news/rada_pryynyala_zakon_pro_rozderzhavlennya_drukovanyh_zmi_146201.html",
     "Нагадаємо, Порошенко вчергове відмовився продавати \"5 канал\"."),
    ("uk", "https://news.bigmir.net/ua/amp-page/ukraine/6935666-rada-prinyala-novyj-zakon-o-media",
     "Рада ухвалила новий закон про медіа"),
    ("uk", "https://news.bigmir.net/ua/amp-page/ukraine/6935666-rada-prinyala-novyj-zakon-o-media",
     "Документ підтримали 299 народних депутатів."),
    ("uk", "https://news.bigmir.net/ua/amp-page/ukraine/6935666-rada-prinyala-novyj-zakon-o-media",
     "Підпишись на наш Telegram-канал, якщо хочеш першим дізнаватися про головні новини."),
    ("uk", "https://monitor.cn.ua/ua/politics/37113", "Верховна Рада зобов'язала ЗМІ розкрити своїх власників"),
    ("uk", "https://bukvy.org/verhovna-rada-ukrayiny-u-pershomu-chytanni-uhvalyla-zminy-do-zakonu-pro-media",
     "Про це повідомила співавторка проєкту Євгенія Кравчук."),
    ("uk", "https://znaj.ua/politics/273311-u-zelenskogo-anonsuvali-revolyuciyu-v-media-noviy-zakon-zminit-ukrajinski-zmi-nazavzhdi",
     "Показати ще"),
    # Bulgarian
    ("bg", "https://trafficnews.bg/politika/parva-sreshta-kiril-petkov-i-ministerski-savet-dnes-230651/",
     "Премиерът Кирил Петков и членовете на Министерския съвет ще проведат днес първо правителствено заседание от 12 ч."),
    ("bg", "https://eurocom.bg/2026/02/17/ministerskiyat-savet-se-sabira-na-redovno-zasedanie/",
     "Министерският съвет се събира на заседание."),
    ("bg", "https://bntnews.bg/news/ministerskiyat-savet-restartira-rabotata-si-glasuvat-pomosht-sled-potopa-v-elenite-1361309news.html",
     "Промени в Закона за специалните разузнавателни средства също се предвижда да бъдат разгледани на заседанието на кабинета."),
    ("bg", "https://econ.bg/ministerskiyat-savet-s-posledno-zasedanie-za-godinata_l.a_i.792423_at.10.html",
     "Днес ще се проведе последно заседание на Министерския съвет за годината."),
    ("bg", "https://econ.bg/ministerskiyat-savet-s-posledno-zasedanie-za-godinata_l.a_i.792423_at.10.html",
     "Дневният ред е само от 9 точки."),
    ("bg", "https://econ.bg/ministerskiyat-savet-s-posledno-zasedanie-za-godinata_l.a_i.792423_at.10.html",
     "Кабинетът ще отпусне допълнителни средства по бюджета на Министерството на правосъдието."),
    ("bg", "https://econ.bg/ministerskiyat-savet-s-posledno-zasedanie-za-godinata_l.a_i.792423_at.10.html",
     "Правителството все още официално не е коментирало искането на бизнеса за среща заради високите цени на индустриалния ток."),
    ("bg", "https://bntnews.bg/news/nov-kabinet-v-skopie-predstavyat-v-parlamenta-sastava-i-programata-na-pravitelstvoto-1282455news.html",
     "Днес в парламента на Република Северна Македония ще бъдат представени състава и програмата на новото правителство."),
    ("bg", "https://bntnews.bg/news/nov-kabinet-v-skopie-predstavyat-v-parlamenta-sastava-i-programata-na-pravitelstvoto-1282455news.html",
     "Членството в ЕС и добрите отношения със стратегическите партньори са сред приоритетите на Мицкоски."),
    # Kazakh
    ("kk", "https://malim.kz/article/su-tasqyny-prezident-undeu-zasaidy-21291/amp", "Су тасқыны: Президент үндеу жасайды"),
    ("kk", "https://malim.kz/article/su-tasqyny-prezident-undeu-zasaidy-21291/amp",
     "Президент үндеуі барлық республикалық арналардан бүгін сағат 13:00-де көрсетіледі."),
    ("kk", "https://malim.kz/article/su-tasqyny-prezident-undeu-zasaidy-21291/amp",
     "Қасым-Жомарт Тоқаев жағдайды реттеу үшін шұғыл шаралар қабылдап, жүйелі жұмыс істеу қажет екеніне тоқталған болатын."),
    ("kk", "https://malim.kz/article/su-tasqyny-prezident-undeu-zasaidy-21291/amp", "Автордың басқа материалдары"),
    ("kk", "https://dalanews.kz/ru/article/prezydent-toqaev-jana-jildi-qalay-qarsi-aladi.html",
     "Сұхбат 2025 жылдың 3 қаңтарда жарияланады."),
    ("kk", "https://dalanews.kz/ru/article/prezydent-toqaev-jana-jildi-qalay-qarsi-aladi.html",
     "Президент сұхбатта ішкі және сыртқы саясаттағы басты оқиғаларға бағасын береді."),
    # Kyrgyz
    ("ky", "https://t-media.kg/2023/01/27/", "Бүгүн мамлекет башчыларынын эки тараптуу сүйлөшүүлөрү болот."),
    ("ky", "https://t-media.kg/2023/01/27/", "Андан соң, алар кеңейтилген курамда жыйын өткөрүшөт."),
    ("ky", "https://erkin-too.kg/prezident-moskvaga-bardy",
     "Бүгүн, 2-июлда, Президент Садыр Жапаров иш сапары менен Москва шаарына барды."),
    ("ky", "https://erkin-too.kg/prezident-moskvaga-bardy", "Мамлекет башчысынын учагы Внуково-2 эл аралык аэропортуна конду."),
    ("ky", "https://erkin-too.kg/prezident-moskvaga-bardy",
     "Сапардын алкагында Президент Садыр Жапаров Россиянын Президенти Владимир Путин менен жолугушат."),
    ("ky", "https://www.azattyk.org/a/33605308.html", "Путиндин сапары 27-ноябрга чейин уланат."),
    # Mongolian
    ("mn", "https://ivoice.mn/?p=49014", "Засгийн газар маргааш хуралдана"),
    ("mn", "https://ivoice.mn/?p=49014", "Лхагва гариг бүр Засгийн газрын ээлжит хуралдаан болдог."),
    ("mn", "https://ivoice.mn/?p=49014", "Гэхдээ өнөөдрийн хуралдаан хойшилж, маргааш товлогдоод байна."),
    ("mn", "https://ivoice.mn/?p=49014", "Учир нь Ерөнхий сайд Л.Оюун-Эрдэнэ Лондонгоос ирээгүй байгаа аж."),
    ("mn", "http://imedee.mn/n/17822",
     "Ерөнхийлөгч Х.Баттулга МАН-ын бүлгээс Ерөнхий сайдад нэр дэвшүүлсэн Л.Оюун-Эрдэнэтэй уулзахаар болжээ."),
    ("mn", "https://news.mn/r/2114926", "Хараагүй иргэдтэй уулзлаа."),
    ("mn", "https://news.mn/r/2114926", "Холбоотой мэдээ"),
    # Belarusian
    ("be", "https://www.tvr.by/bel/news/prezident/samolet_glavy_gosudarstva_sovershil_posadku_v_aeroportu_vnukovo_2/",
     "Аляксандр Лукашэнка знаходзіцца з рабочым візітам у Маскве"),
    ("be", "https://www.tvr.by/bel/news/prezident/samolet_glavy_gosudarstva_sovershil_posadku_v_aeroportu_vnukovo_2/",
     "Прэзідэнт Беларусі сёння накіраваўся з рабочым візітам у Расію."),
    ("be", "https://www.tvr.by/bel/news/prezident/samolet_glavy_gosudarstva_sovershil_posadku_v_aeroportu_vnukovo_2/",
     "Самалёт Кіраўніка дзяржавы зрабіў пасадку ў аэрапорце Унукава-2 бліжэй да паўдня."),
    ("be", "http://euroradio.be/alyaksandr-lukashenka?page=512",
     "Кіраўнік Беларусі лічыць, што праца са зваротамі грамадзянаў арганізаваная няправільна"),
    ("be", "http://euroradio.be/alyaksandr-lukashenka?page=512", "Яны будуць праводзіцца раз на два месяцы."),
    ("be", "http://euroradio.be/alyaksandr-lukashenka?page=512", "\"Мы абсалютна ідзем тым курсам, па якім дамовіліся ісці\"."),
    # Tatar
    ("tt", "https://embedy.ws/movies/ZURveGZPVFNOQklFMTMyNDBXSDhiekJaRUVQOVVvV0JHSk1CMWVoVmo3Zz0=",
     "26 апрель - татар халкының бөек шагыйре Габдулла Тукайның туган көне"),
    ("tt", "https://embedy.ws/movies/ZURveGZPVFNOQklFMTMyNDBXSDhiekJaRUVQOVVvV0JHSk1CMWVoVmo3Zz0=",
     "Бүген бер төркем язучылар шагыйрьнең Казандагы һәйкәленә чәчәкләр салды."),
    ("tt", "https://intertat.tatar/news/tatarstan-raise-rostam-minnexanovnyn-vazifaga-keresu-tantanasy-translyaciyase-5875509",
     "Татарстан Рәисен сайлау бердәм тавыш бирү көнендә – 14 сентябрьдә узды."),
    ("tt", "https://intertat.tatar/news/tatarstan-raise-rostam-minnexanovnyn-vazifaga-keresu-tantanasy-translyaciyase-5875509",
     "Анда Рөстәм Миңнеханов җиңде."),
    ("tt", "https://tatarstan.ru/tat/index.htm/news/tape/?page=1313",
     "Тантана М. Җәлил исемендәге Татар дәүләт академия опера һәм балет театрында узды."),
    ("tt", "https://tatarstan.ru/tat/index.htm/news/tape/?page=1313", "“Ефәк юлы” ралли участогы тагын Татарстан аша узачак."),
    # Serbian (Latin script, as these news sites print it)
    ("sr", "https://mob.alo.rs/vesti/politika/481261/", "Sednica će početi u 11.00 časova."),
    ("sr", "https://mob.alo.rs/vesti/politika/481261/", "Srbija i naš narod za mene su uvek na prvom mestu - poručio je Vučić."),
    ("sr", "https://naslovi.net/2024-12-17/nin/vucic-danas-na-sednici-vlade-srbije/38565228",
     "Sednica je zakazana za 13 časova u Palati Srbija."),
    ("sr", "https://www.kurir.rs/vesti/politika/9892373/", "Moramo da razgovaramo o tome i sa političkim protivnicima."),
    ("sr", "https://www.novosti.rs/vesti/politika/1454345/",
     "Pokazalo se, kaže, ko je spreman da se bori i radi, a ko nije, ko se sakrio u mišju rupu, a ko nije."),
    ("sr", "https://tvzonaplus.rs/pocela-sednice-vlade-prisutan-predsednik-srbije-aleksandar-vucic",
     "Planirano je da se Vučić obrati javnosti u 20 sati."),
    ("sr", "https://naslovi.net/2022-10-21/blic/u-zakonskom-roku-vucic-otkrio-kada-srbija-dobija-novu-vladu/31811509",
     "Pročitajte još"),
    ("sr", "https://naslovi.net/2022-10-21/blic/u-zakonskom-roku-vucic-otkrio-kada-srbija-dobija-novu-vladu/31811509",
     "Ključne reči"),
    # Thai
    ("th", "https://tna.mcot.net/politics-604393", "นายกฯ เตรียมออกแถลงการณ์โควิดเย็นนี้"),
    ("th", "https://thestandard.co/?p=878535", "ภาพประกอบ: ฉัตรชัย เฉยชิต"),
    ("th", "https://www.matichon.co.th/politics/news_5329925", "มีวาระเข้าสู่ที่ประชุมจำนวนมากถึง 78 วาระ"),
    ("th", "https://www.nationtv.tv/politic/378912114", "เกาะติดข่าวสาร >> Nation Story"),
    ("th", "https://www.nationtv.tv/politic/378912114", "“ครม.” โหรงเหรง ! ลาทุบสถิติ 11 คน “นายกฯ” เตือนปชช.ระวังโควิด"),
    ("th", "https://www.nationtv.tv/politic/378912114", "18 เมษายน 2566"),
    # Korean
    ("ko", "https://imnews.imbc.com/news/2025/politics/article/6734358_36711.html", "당신의 의견을 남겨주세요"),
    ("ko", "http://go3.seoul.co.kr/news/prnewsView.php?id=389709", "감사합니다."),
    ("ko", "http://go3.seoul.co.kr/news/prnewsView.php?id=389709", "오늘 오후에는 제1 야당의 새로운 대표가 선출됩니다."),
    ("ko", "https://imnews.imbc.com/news/2025/politics/article/6731854_36711.html", "정상빈"),
    ("ko", "http://webarchives.pa.go.kr/19th/www.president.go.kr/articles/6951", "문재인 대통령 주재로 오늘 수석보좌관 회의가 열렸습니다."),
    ("ko", "http://webarchives.pa.go.kr/19th/www.president.go.kr/articles/6951", "수석보좌관 회의"),
    # Japanese
    ("ja", "https://www.pref.gunma.jp/site/chiji/621276.html", "ページの先頭です。"),
    ("ja", "https://www.pref.gunma.jp/site/chiji/621276.html", "本文"),
    ("ja", "https://www.pref.gunma.jp/site/chiji/621276.html", "更新日:2023年12月14日 印刷ページ表示"),
    ("ja", "https://www.pref.gunma.jp/site/chiji/621276.html", "それでは定例の会見を始めたいと思います。"),
    ("ja", "https://www.pref.gunma.jp/site/chiji/621276.html", "本日、令和5年第3回の後期定例県議会の日程が終了いたしました。"),
    ("ja", "https://www5.cao.go.jp/keizai-shimon/kaigi/minutes/2020/0529/interview.html", "私から3点申し上げます。"),
    ("ja", "https://hunabuna.blogspot.com/2021/02/blog-post_844.html", "首相 山田広報官のことは全く関係ない。"),
    ("ja", "https://news.livedoor.com/topics/detail/29852059/", "２４日、李強氏が招集した国務院党組会議。"),
    # Indonesian
    ("id", "https://opera.liputan6.com/news/read/4223758/jokowi-minta-pengusaha-pertahankan-karyawannya-saat-pandemi-corona",
     "Jokowi mengatakan, tantangan pandemi ini tidaklah mudah."),
    ("id", "https://opera.liputan6.com/news/read/4223758/jokowi-minta-pengusaha-pertahankan-karyawannya-saat-pandemi-corona",
     "Harus dihadapi bersama-sama."),
    ("id", "https://opera.liputan6.com/news/read/4223758/jokowi-minta-pengusaha-pertahankan-karyawannya-saat-pandemi-corona",
     "Saksikan video pilihan di bawah ini:"),
    ("id", "https://ramadan.tempo.co/read/news/2017/05/29/151879730/jokowi-ingin-lebaran-tahun-ini-lebih-baik",
     "Setidaknya ada tiga hal yang jadi sorotan Jokowi."),
    ("id", "https://ramadan.tempo.co/read/news/2017/05/29/151879730/jokowi-ingin-lebaran-tahun-ini-lebih-baik",
     "Sektor keamanan tak luput dari perhatian pemerintah."),
    ("id", "http://portalpolisisurabaya.blogspot.com/2020/10/jokowi-saya-ambil-risiko-untuk-atasi.html",
     "Presiden Joko Widodo (Jokowi) mengakui pemerintah memiliki keterbatasan di tengah pandemi virus Corona (COVID-19)."),
    # Tagalog
    ("tl", "https://www.bomboradyo.com/middle-income-families-maisasama-sa-ayuda-ng-gobyerno-kung-may-sapat-na-pondo-duterte",
     "Sinabi ng pangulo na may punto si Remulla subalit ang nagiging problema ngayon ay kakulangan ng pondo."),
    ("tl", "https://www.bomboradyo.com/middle-income-families-maisasama-sa-ayuda-ng-gobyerno-kung-may-sapat-na-pondo-duterte",
     "Isinagawa ng pangulo ang pahayag sa national address nitong Lunes ng gabi."),
    ("tl", "https://mirror.pia.gov.ph/publications/2022/11/08/remarks-by-president-ferdinand-r-marcos-jr-at-the-distribution-of-various-government-assistance-in-palo-leyte",
     "Hindi mabilis ang pagbabago."),
    ("tl", "https://dzar1026.ph/karagdagang-5-m-pamilya-bibigyan-ng-ayuda-sa-ilalim-ng-sap-palasyo/",
     "Karagdagang 5 milyong pamilya, bibigyan ng ayuda ng pamahalaan"),
    ("tl", "https://philstar.com/bansa/2008/08/01/76544/tigil-batikos-apela-ni-gma", "Tigil batikos apela ni GMA"),
    ("tl", "https://mirror.pia.gov.ph/publications/2023/04/19/speech-by-president-ferdinand-r-marcos-jr-during-the-distribution-of-various-government-assistance-in-bulacan",
     "Mumultuhin ka mamayang gabi."),
    # Lao
    ("lo", "https://pasaxon.org.la/sounkangneolaosangxat-xuamxumekasanthisamkhan-10554.html",
     "ສູນກາງແນວລາວສ້າງຊາດ ເຊື່ອມຊຶມເອກະສານທີ່ສໍາຄັນ"),
    ("lo", "https://fksavanbannamedia.com/26/01/2022/12223/", "ບໍ່ໃຫ້ລັດຊື້ລົດໃໝ່-ລັດຈະບໍ່ຊື້ລົດໃໝ່"),
    ("lo", "https://pasaxon.org.la/kongpaxoumnyaikhangthi-idaipenekasanhaphongaokhanapathan-khanabolihanngansahaphankammabanlao-2441.html",
     "ໂດຍ:ວັນໄຊ ຕະວິນຍານ"),
    ("lo", "https://pasaxon.org.la/ssx-khet-18-saneulaybanha-tophenngoppamankanlongthun-11820.html",
     "ສສຊ ເຂດ 18 ສະເໜີຫຼາຍບັນຫາ ຕໍ່ແຜນງົບປະມານ-ການລົງທຶນ"),
    # supported controls: Russian with Chinese names in Palladius, and Russian about the neighbours
    ("ru", "https://lenta.ru/news/2025/11/18/putin-poluchil-serdechnyy-privet-ot-inostrannogo-lidera/",
     "Премьер Госсовета КНР Ли Цян передал Путину сердечный привет от Си Цзиньпина"),
    ("ru", "https://lenta.ru/news/2025/11/18/putin-poluchil-serdechnyy-privet-ot-inostrannogo-lidera/",
     "Ли Цян (слева) и Владимир Путин (справа)."),
    ("ru", "https://ntv.ru/novosti/2753469", "Си Цзиньпин прибыл в Москву около 13 часов."),
    ("ru", "https://dev.bfm.ru/amp/news/538109", "Си Цзиньпин призвал США не вмешиваться в дела Китая"),
    ("ru", "https://ria24.today/news/v-mid-kitaya-rasskazali-o-druzhbe-putina-i/921996",
     "Заместитель министра иностранных дел КНР Лэ Юйчэн рассказал о дружбе между китайским и российским "
     "лидерами Си Цзиньпином и Владимиром Путиным."),
    ("ru", "https://news.rambler.ru/politics/55625058-premer-gossoveta-kitaya-peredal-putinu-serdechnyy-privet-ot-si-tszinpina/",
     "Напомним, что Ля Цин прибыл в Москву 17 ноября по приглашению председателя правительства РФ Михаила Мишустина."),
    ("ru", "http://mail.webtelek.com/news/story/2025/07/02/prezident-odnoy-iz-postsovetskih-stran-pribyl-na-peregovory-s-putinym",
     "В Москву с рабочим визитом прибыл президент Киргизии Садыр Жапаров."),
    ("ru", "https://el.kz/ru/dosrochnye-vybory-prezidenta-proydut-v-kazakhstane-osenyu-vse-prava-zashchishcheny-ispolzuyte-aktivn_48505",
     "Досрочные выборы президента пройдут в Казахстане осенью"),
    ("ru", "https://realnoevremya.ru/news/111107-minnihanov-pozdravil-tatarstancev-s-dnem-respubliki",
     "Президент РТ Рустам Минниханов поздравил жителей Татарстана с Днем республики."),
    ("ru", "https://realnoevremya.ru/news/111107-minnihanov-pozdravil-tatarstancev-s-dnem-respubliki", "Новости партнеров"),
    ("ru", "https://voran.by/print/?id=60939",
     "Президент Беларуси Александр Лукашенко встретится сегодня со студенческой молодежью, сообщает БЕЛТА."),
    ("ru", "https://mironov.ru/50671510",
     "Президент Монголии Н.Энхбаяр провел встречу с Председателем Совета Федерации Федерального Собрания РФ С.М.Мироновым."),
    ("ru", "https://gordonua.com/news/politics/rada-otmenila-razgosudarstvlenie-golosu-ukrani-i-uryadovogo-kurra-394705.html",
     "Рада отменила разгосударствление \"Голосу України\" и \"Урядового кур'єра\""),
    ("ru", "https://burgasmedia.com/news/ministerskiyat-savet-vazstanovi-rabotata-si-sled-otlagane?lang=ru",
     "Министерский совет возобновил свою работу сегодня, после того как заседание на прошлой неделе было неожиданно отложено."),
    # Vietnamese with Chinese names in Sino-Vietnamese
    ("vi", "http://www.nhandan.org.vn/cmlink/nhandanhangthang/nhan-dan-h-ng-thang/chinh-tr/di-n-an-nhan-dan-h-ng-thang/phat-hi-n-va-phat-tri-n-tai-n-ng-tr-1.181739",
     "Tổng Bí thư Nguyễn Phú Trọng hội kiến Thủ tướng Lý Khắc Cường, Chủ tịch QH Trương Đức Giang, Chủ tịch Chính hiệp Du Chính Thanh"),
    ("vi", "https://daidoanket.vn/thu-tuong-trung-quoc-ly-cuong-ptag.html",
     "Sáng 13/10, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Trung Quốc Lý Cường và chứng kiến "
     "Lễ trao văn kiện hợp tác giữa hai nước Việt Nam-Trung Quốc."),
    ("vi", "https://baolaocai.vn/tap-can-binh-tag1728.html",
     "Thủ tướng Phạm Minh Chính gặp Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình"),
    ("vi", "https://baoxuan.vov.vn/tu-khoa/trump-tag45933?page=993",
     "VOV.VN - Trong khi ông Tập Cận Bình bận rộn trao đổi công việc với Tổng thống Mỹ Donald Trump thì bà Bành Lệ Viện "
     "lại đến thăm một trường học địa phương."),
    ("vi", "https://phunutoday.vn/thu-tuong-trung-quoc-sap-tham-viet-nam-d33015.html", "Thủ tướng Trung Quốc Lý Khắc Cường"),
    ("vi", "https://soha.vn/chu-tich-nuoc-luong-cuong-hoi-dam-voi-tong-bi-thu-chu-tich-nuoc-trung-quoc-tap-can-binh-198250904144222141.htm",
     "Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình đón Chủ tịch nước Lương Cường. (Ảnh: TTXVN)"),
    # English and Chinese controls on the same news
    ("en", "https://liputanislam.com/english/120545/",
     "President Joko Widodo (Jokowi) admitted that the Covid-19 pandemic still left many challenges that needed to be resolved."),
    ("en", "https://liputanislam.com/english/120545/", "However, Jokowi claimed that the government had done a lot to overcome it."),
    ("en", "https://philippinestoday.net/archives/1083", "I address you today at a crucial moment in world history."),
    ("en", "https://philippinestoday.net/archives/1083", "This is a complex time that defies simple and easy solutions."),
    ("zh", "https://news.cyol.com/content/2019-09/19/content_18162817.htm", "李克强会见俄罗斯总统普京"),
    ("zh", "https://news.cyol.com/content/2019-09/19/content_18162817.htm",
     "新华社莫斯科9月18日电(记者王蕾 王卓伦)国务院总理李克强当地时间9月18日下午在莫斯科克里姆林宫会见俄罗斯总统普京。"),
    ("zh", "https://news.cyol.com/content/2019-09/19/content_18162817.htm", "普京祝贺新中国成立70周年。"),
    ("zh", "https://iscstaffing.com/ldhd/2013-03/15/content_2355292.htm", "双方还就欧洲国家应对主权债务问题交换了看法。"),
    ("zh", "https://iscstaffing.com/ldhd/2013-03/15/content_2355292.htm", "默克尔感谢中国给予欧洲的宝贵支持和帮助。"),
]

# Vietnamese sentences of stored news pages (URL each) that the spam rows are made from
VI_BASE = {
    "qpvn": ("http://www.qpvn.vn/tin-video/dam-bao-tot-cong-tac-y-te-trong-dip-nghi-le.html",
             "Bộ Y tế vừa có văn bản gửi các đơn vị trực thuộc và Sở Y tế các tỉnh, thành phố trực thuộc Trung ương "
             "về việc đảm bảo công tác y tế trong kỳ nghỉ Lễ Quốc khánh 2/9."),
    "vnn": ("https://vietnamnet.vn/bo-y-te-se-ho-tro-bac-giang-dieu-tri-tai-cho-cac-ca-benh-covid-19-nang-V92519.html",
            "Bộ trưởng Y tế Nguyễn Thanh Long kiểm tra bệnh viện dã chiến số 1 tỉnh Bắc Giang, một đơn vị của Cục khám "
            "chữa bệnh sẽ ngay lập tức đặt tại tỉnh Bắc Giang."),
    "ngaynay": ("https://ngaynay.vn/tet-nguyen-dan-quy-mao-2023-tag152413.html",
                "Không để trình trạng bệnh nhân đi tìm bác sỹ khi trực Tết"),
    "danviet": ("https://tv.danviet.vn/tag/tran-van-thuan",
                "Ngày 14/7, Đoàn công tác Bộ Y tế đã có buổi làm việc với UBND tỉnh Đồng Nai, đề nghị tỉnh này sớm triển "
                "khai thêm bệnh viện dã chiến, phòng trường hợp cấp bách để có thể hỗ trợ cho các địa phương lân cận."),
    "ttvb": ("https://www.tinhthantranvanba.com/fr/blog/b-nh-vi-n-qua-t-i-c-p-c-u-c-ng-ph-i-ch-phong.html",
             "Bệnh viện quá tải, cấp cứu cũng phải... chờ phòng"),
    "pnvn": ("https://phunuvietnam.vn/benh-vien-tuyen-duoi.html",
             "Bệnh viện Trung ương quá tải do người dân không tin tưởng tuyến dưới"),
    "kbd": ("https://keobongda123news.org/Tags/lay-nhiem-covid-19-trong-benh-vien-25808.tag",
            "Nhiều bệnh viện xuất hiện ca Covid-19, Bộ Y tế đốc thúc các cơ sở khám chữa bệnh phòng dịch"),
    "ttvb2": ("https://www.tinhthantranvanba.com/fr/blog/b-nh-vi-n-qua-t-i-c-p-c-u-c-ng-ph-i-ch-phong.html",
              "Thực trạng này đang xảy ra ở nhiều bệnh viện tuyến trên, trong đó có bệnh viện khám tới 8.000 bệnh "
              "nhân/ngày và đây là điều mà theo Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến là “không thể chấp nhận”."),
    "blc": ("https://baolaocai.vn/tap-can-binh-tag1728.html",
            "Thủ tướng Phạm Minh Chính gặp Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình"),
    "dde": ("https://daidoanket.vn/thu-tuong-trung-quoc-ly-cuong-ptag.html",
            "Thủ tướng Chính phủ Phạm Minh Chính bày tỏ trân trọng và chân thành cảm ơn sự phối hợp chặt chẽ, hiệu quả "
            "của Thủ tướng Lý Cường và Quốc vụ viện Trung Quốc trong thúc đẩy quan hệ hợp tác song phương."),
}
# (base, original word, its occurrence (1 = first), token, place): brands and domains as the gambling pages write
# them (SOURCES), title case at a sentence's start or in a name
SPAM = [
    ("qpvn", "Bộ", 1, "Gowin", "start"), ("qpvn", "các", 1, "tobet88", "function"),
    ("qpvn", "Quốc", 1, "99bk7.com", "name"),
    ("vnn", "Long", 1, "Iwin", "name"), ("vnn", "của", 1, "nohu52", "function"), ("vnn", "Giang", 1, "RikVip", "name"),
    ("ngaynay", "Không", 1, "Kingfun", "start"), ("ngaynay", "bác", 1, "3king", "inner"),
    ("danviet", "Ngày", 1, "Tobet88", "start"), ("danviet", "với", 1, "gowin.games", "function"),
    ("danviet", "Nai", 1, "cenvip", "name"), ("danviet", "triển", 1, "98winok39.win", "inner"),
    ("ttvb", "Bệnh", 1, "Rikvip", "start"), ("ttvb", "cũng", 1, "nhacaitop", "function"),
    ("pnvn", "dân", 1, "99vin", "inner"), ("pnvn", "Trung", 1, "GoWin", "name"),
    ("kbd", "Nhiều", 1, "Nhacaitop", "start"), ("kbd", "các", 1, "99bk7", "function"), ("kbd", "dịch", 1, "iwin", "inner"),
    ("ttvb2", "Thực", 1, "Cenvip", "start"), ("ttvb2", "Tiến", 1, "Gowin", "name"),
    ("ttvb2", "là", 1, "98winok35.win", "function"), ("ttvb2", "nhân", 1, "rikvip", "inner"),
    ("blc", "Cận", 1, "iwin68", "name"), ("dde", "Cường", 1, "Rikvip", "name"),
]


def _replace(sent: str, word: str, nth: int, token: str) -> str:
    """``sent`` with the ``nth`` whole-word occurrence of ``word`` replaced by ``token``."""
    import re

    hits = [m for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", sent)]
    m = hits[nth - 1]
    return sent[:m.start()] + token + sent[m.end():]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "sentences.tsv").open("w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for lang, _, text in PAGES:
            f.write(f"blind\t{lang}\tstored web pages ({lang}; pages.tsv)\t{text}\n")
    with (OUT / "pages.tsv").open("w", encoding="utf-8") as f:
        f.write("# lang\turl\tsentence\n")
        f.writelines(f"{lang}\t{url}\t{text}\n" for lang, url, text in PAGES)
        f.writelines(f"vi-spam-base\t{url}\t{text}\n" for url, text in VI_BASE.values())
    with (OUT / "spam.tsv").open("w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for base, word, nth, token, place in SPAM:
            sent = VI_BASE[base][1]
            f.write("\t".join(("blind", _replace(sent, word, nth, token), token, word, sent, place)) + "\n")
    print(len(PAGES), "sentences,", len(SPAM), "spam cases")


if __name__ == "__main__":
    main()

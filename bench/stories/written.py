"""Hand-written reports, made up by newsdesk in the manner of agency copy: one event told by
several agencies in English, Turkish and Arabic, with free wording (not the demo's templates),
and hard negatives beside them — the same topic, place or people on another day or with other
facts. Times are hours after the set's start."""

from datetime import UTC, datetime, timedelta

from .items import Item

START = datetime(2024, 5, 6, 5, tzinfo=UTC)

# event id: [(agency, language, hours, headline, lede), ...]
EVENTS: dict[str, list[tuple[str, str, float, str, str]]] = {
    "quake-malatya": [
        ("Wire A", "en", 0.2, "Magnitude 5.6 quake jolts eastern Turkey's Malatya",
         "An earthquake of magnitude 5.6 hit Malatya province in eastern Turkey early on Monday, the disaster agency AFAD said, sending residents into the streets."),
        ("Wire B", "en", 0.9, "Strong earthquake shakes Malatya, no deaths reported",
         "A 5.6-magnitude tremor struck near the town of Yeşilyurt in Malatya at a depth of 7 km, Turkish officials said, adding that no deaths had been reported."),
        ("Ajans C", "tr", 0.4, "Malatya'da 5,6 büyüklüğünde deprem",
         "AFAD, Malatya'nın Yeşilyurt ilçesinde sabah saatlerinde 5,6 büyüklüğünde deprem meydana geldiğini duyurdu. Depremin derinliği 7 kilometre olarak ölçüldü."),
        ("Ajans D", "tr", 1.5, "Malatya'daki depremde can kaybı yok",
         "Malatya'da meydana gelen 5,6 büyüklüğündeki depremin ardından ekipler hasar tespit çalışması başlattı, ilk belirlemelere göre can kaybı bulunmuyor."),
        ("وكالة هـ", "ar", 0.7, "زلزال بقوة 5.6 درجات يضرب ملاطية شرقي تركيا",
         "ضرب زلزال بقوة 5.6 درجات ولاية ملاطية شرقي تركيا صباح الاثنين، وفق ما أعلنت إدارة الكوارث والطوارئ التركية (آفاد)، دون ورود أنباء عن ضحايا."),
        ("وكالة و", "ar", 2.0, "هزة أرضية قوية في ملاطية التركية",
         "أعلنت السلطات التركية أن زلزالاً بقوة ٥٫٦ درجات وقع على عمق ٧ كيلومترات في ملاطية، ولم تسجل أي وفيات حتى الآن."),
    ],
    "quake-malatya-aftershock": [  # hard negative: same place, two days later, another magnitude
        ("Wire A", "en", 50.0, "Aftershock of magnitude 4.1 rattles Malatya",
         "A magnitude 4.1 aftershock shook Malatya on Wednesday, two days after a stronger quake in the province, AFAD said."),
        ("Ajans C", "tr", 50.5, "Malatya'da 4,1 büyüklüğünde artçı deprem",
         "AFAD, Malatya'da çarşamba günü 4,1 büyüklüğünde bir artçı deprem kaydedildiğini bildirdi."),
        ("وكالة هـ", "ar", 51.0, "هزة ارتدادية بقوة 4.1 درجات في ملاطية",
         "سجلت إدارة الكوارث التركية هزة ارتدادية بقوة 4.1 درجات في ملاطية يوم الأربعاء."),
    ],
    "cbrt-hold": [
        ("Wire A", "en", 6.0, "Turkey's central bank holds rate at 50%",
         "Turkey's central bank kept its one-week repo rate unchanged at 50 percent on Thursday, in line with expectations, and said it would stay vigilant on inflation."),
        ("Wire B", "en", 6.3, "Turkish central bank leaves key rate unchanged",
         "The Central Bank of the Republic of Turkey held its policy rate at 50% for a second month, citing a still-high inflation trend."),
        ("Ajans C", "tr", 6.1, "Merkez Bankası politika faizini yüzde 50'de sabit tuttu",
         "Türkiye Cumhuriyet Merkez Bankası, bir hafta vadeli repo ihale faiz oranını yüzde 50'de sabit bıraktı."),
        ("وكالة هـ", "ar", 6.4, "المركزي التركي يبقي سعر الفائدة عند 50%",
         "أبقى البنك المركزي التركي سعر الفائدة الرئيسي دون تغيير عند 50 في المئة، مشيراً إلى استمرار مخاطر التضخم."),
    ],
    "egypt-rate-cut": [  # hard negative: a central bank on the same day, another country and figures
        ("Wire B", "en", 7.0, "Egypt's central bank cuts rates by 100 basis points",
         "Egypt's central bank cut its overnight deposit rate by 100 basis points to 26.25 percent on Thursday, its first cut in over four years."),
        ("Ajans D", "tr", 7.5, "Mısır Merkez Bankası faizi 100 baz puan indirdi",
         "Mısır Merkez Bankası, gecelik mevduat faizini 100 baz puan düşürerek yüzde 26,25'e indirdi."),
        ("وكالة و", "ar", 7.2, "المركزي المصري يخفض أسعار الفائدة 100 نقطة أساس",
         "قرر البنك المركزي المصري خفض سعر عائد الإيداع لليلة واحدة بمقدار 100 نقطة أساس إلى 26.25 في المئة."),
    ],
    "fm-visit-baghdad": [
        ("Wire A", "en", 10.0, "Turkish foreign minister visits Baghdad for talks on water and security",
         "Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Tuesday for talks with Iraqi Prime Minister Mohammed Shia al-Sudani on water sharing and border security."),
        ("Wire B", "en", 11.0, "Fidan meets Sudani in Baghdad",
         "Hakan Fidan met Iraq's prime minister in Baghdad, where the two discussed the Development Road project and the flow of the Tigris and Euphrates."),
        ("Ajans C", "tr", 10.5, "Dışişleri Bakanı Fidan Bağdat'ta",
         "Dışişleri Bakanı Hakan Fidan, resmi temaslarda bulunmak üzere Irak'ın başkenti Bağdat'a geldi; Fidan'ın Irak Başbakanı Sudani ile su ve güvenlik konularını görüşmesi bekleniyor."),
        ("وكالة هـ", "ar", 10.8, "وزير الخارجية التركي يصل إلى بغداد",
         "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد الثلاثاء لإجراء محادثات مع رئيس الوزراء العراقي محمد شياع السوداني حول المياه وأمن الحدود."),
        ("وكالة و", "ar", 12.0, "السوداني يستقبل فيدان في بغداد",
         "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية التركي هاكان فيدان، وبحث الجانبان مشروع طريق التنمية وملف المياه."),
    ],
    "fm-visit-tehran": [  # hard negative: the same minister, another capital, the next day
        ("Wire A", "en", 34.0, "Turkey's Fidan holds talks in Tehran",
         "Turkish Foreign Minister Hakan Fidan held talks with his Iranian counterpart in Tehran on Wednesday on regional tensions and trade."),
        ("Ajans C", "tr", 34.5, "Fidan, İranlı mevkidaşıyla Tahran'da görüştü",
         "Dışişleri Bakanı Hakan Fidan, İran Dışişleri Bakanı ile Tahran'da bir araya gelerek bölgesel gerginlikleri ve ticareti ele aldı."),
        ("وكالة هـ", "ar", 35.0, "فيدان يجري محادثات في طهران",
         "أجرى وزير الخارجية التركي هاكان فيدان محادثات مع نظيره الإيراني في طهران الأربعاء حول التوترات الإقليمية والتجارة."),
    ],
    "flood-libya": [
        ("Wire B", "en", 20.0, "Floods kill 12 in eastern Libya",
         "Flash floods after heavy rain killed at least 12 people in the eastern Libyan town of Al Bayda, the local health authority said on Tuesday."),
        ("Wire A", "en", 21.0, "Heavy rain triggers deadly flooding in Libya's Bayda",
         "At least 12 people died when floodwaters swept through Al Bayda in eastern Libya, officials said, as rescue teams searched for the missing."),
        ("Ajans D", "tr", 20.5, "Libya'da sel: 12 ölü",
         "Libya'nın doğusundaki Beyda kentinde şiddetli yağışların ardından meydana gelen selde en az 12 kişi hayatını kaybetti."),
        ("وكالة و", "ar", 20.2, "مقتل 12 شخصاً في سيول بمدينة البيضاء شرقي ليبيا",
         "أعلنت السلطات الصحية في شرق ليبيا مقتل 12 شخصاً على الأقل جراء السيول التي اجتاحت مدينة البيضاء عقب أمطار غزيرة."),
    ],
    "flood-yemen": [  # hard negative: floods, another country, the same day
        ("Wire B", "en", 22.0, "Floods in Yemen's Hodeidah displace thousands",
         "Torrential rain flooded camps in Yemen's Hodeidah province, displacing about 3,400 families, the United Nations said on Tuesday."),
        ("Ajans D", "tr", 22.5, "Yemen'de sel binlerce kişiyi yerinden etti",
         "Birleşmiş Milletler, Yemen'in Hudeyde vilayetinde sağanak yağışların kamplarda sele yol açtığını ve yaklaşık 3.400 ailenin yerinden edildiğini açıkladı."),
        ("وكالة و", "ar", 22.2, "السيول تشرد آلاف الأسر في الحديدة باليمن",
         "أفادت الأمم المتحدة بأن الأمطار الغزيرة أغرقت مخيمات في محافظة الحديدة باليمن، ما أدى إلى نزوح نحو ٣٬٤٠٠ أسرة."),
    ],
    "exports-record": [
        ("Wire A", "en", 30.0, "Turkey's April exports rise 9% to $19.3 billion",
         "Turkish exports rose 9 percent year on year in April to $19.3 billion, Trade Minister Ömer Bolat said on Thursday."),
        ("Ajans C", "tr", 30.2, "Nisan ayında ihracat yüzde 9 artışla 19,3 milyar dolar oldu",
         "Ticaret Bakanı Ömer Bolat, nisan ayında ihracatın geçen yılın aynı ayına göre yüzde 9 artarak 19,3 milyar dolara ulaştığını açıkladı."),
        ("وكالة هـ", "ar", 31.0, "صادرات تركيا ترتفع 9% في أبريل إلى 19.3 مليار دولار",
         "قال وزير التجارة التركي عمر بولات إن صادرات بلاده ارتفعت بنسبة 9 في المئة في أبريل لتبلغ 19.3 مليار دولار."),
    ],
    "exports-march": [  # hard negative: the same series a month earlier
        ("Wire A", "en", 2.0, "Turkish exports fall 3.8% in March",
         "Turkey's exports fell 3.8 percent in March to $22.6 billion, hit by fewer working days, the trade ministry said."),
        ("Ajans C", "tr", 2.5, "Mart ayında ihracat yüzde 3,8 geriledi",
         "Ticaret Bakanlığı verilerine göre ihracat mart ayında yüzde 3,8 azalarak 22,6 milyar dolar oldu."),
        ("وكالة هـ", "ar", 3.0, "تراجع صادرات تركيا 3.8% في مارس",
         "أظهرت بيانات وزارة التجارة التركية تراجع الصادرات بنسبة 3.8 في المئة في مارس إلى 22.6 مليار دولار."),
    ],
    "gaza-aid-convoy": [
        ("Wire B", "en", 40.0, "Aid convoy of 120 trucks crosses into Gaza from Egypt",
         "A convoy of 120 trucks carrying food and medicine entered Gaza through the Rafah crossing on Friday, Egyptian officials said."),
        ("Ajans D", "tr", 40.5, "Refah'tan Gazze'ye 120 tırlık yardım konvoyu geçti",
         "Mısırlı yetkililer, gıda ve ilaç taşıyan 120 tırlık yardım konvoyunun cuma günü Refah Sınır Kapısı'ndan Gazze'ye girdiğini bildirdi."),
        ("وكالة و", "ar", 40.2, "دخول 120 شاحنة مساعدات إلى غزة عبر معبر رفح",
         "قال مسؤولون مصريون إن قافلة من 120 شاحنة محملة بالغذاء والدواء دخلت قطاع غزة عبر معبر رفح يوم الجمعة."),
        ("وكالة هـ", "ar", 41.0, "قافلة مساعدات مصرية تعبر إلى قطاع غزة",
         "عبرت قافلة مساعدات تضم ١٢٠ شاحنة معبر رفح إلى قطاع غزة، محملة بمواد غذائية وأدوية."),
    ],
    "book-fair-istanbul": [
        ("Wire A", "en", 60.0, "Istanbul book fair opens with 800 publishers",
         "The 41st Istanbul Book Fair opened at the Tüyap centre on Saturday with some 800 publishers and non-governmental organisations taking part."),
        ("Ajans C", "tr", 60.3, "41. İstanbul Kitap Fuarı kapılarını açtı",
         "41. Uluslararası İstanbul Kitap Fuarı, yaklaşık 800 yayınevi ve sivil toplum kuruluşunun katılımıyla Tüyap Fuar ve Kongre Merkezi'nde ziyaretçilerini ağırlamaya başladı."),
        ("وكالة هـ", "ar", 61.0, "افتتاح معرض إسطنبول الدولي للكتاب بمشاركة 800 دار نشر",
         "افتتح معرض إسطنبول الدولي للكتاب في دورته الحادية والأربعين السبت بمشاركة نحو 800 دار نشر ومؤسسة."),
    ],
    "book-fair-riyadh": [  # hard negative: another book fair, the same weekend
        ("Wire B", "en", 62.0, "Riyadh International Book Fair draws 1,800 exhibitors",
         "The Riyadh International Book Fair opened on Saturday with more than 1,800 publishers and agencies from 30 countries, organisers said."),
        ("Ajans D", "tr", 62.5, "Riyad Uluslararası Kitap Fuarı açıldı",
         "Riyad Uluslararası Kitap Fuarı, 30 ülkeden 1.800'ü aşkın yayınevi ve ajansın katılımıyla cumartesi günü açıldı."),
        ("وكالة و", "ar", 62.2, "انطلاق معرض الرياض الدولي للكتاب بمشاركة 1800 دار نشر",
         "انطلق معرض الرياض الدولي للكتاب السبت بمشاركة أكثر من 1800 دار نشر ووكالة من 30 دولة."),
    ],
    "pm-pakistan-ankara": [
        ("Wire A", "en", 70.0, "Pakistan's prime minister arrives in Ankara for two-day visit",
         "Pakistani Prime Minister Shehbaz Sharif arrived in Ankara on Sunday for a two-day official visit, during which he will meet President Recep Tayyip Erdoğan."),
        ("Ajans C", "tr", 70.5, "Pakistan Başbakanı Şerif Ankara'da",
         "Pakistan Başbakanı Şahbaz Şerif, iki günlük resmi ziyaret için Ankara'ya geldi; Şerif'in Cumhurbaşkanı Recep Tayyip Erdoğan ile görüşmesi bekleniyor."),
        ("وكالة هـ", "ar", 71.0, "رئيس الوزراء الباكستاني يصل إلى أنقرة في زيارة رسمية",
         "وصل رئيس الوزراء الباكستاني شهباز شريف إلى أنقرة الأحد في زيارة رسمية تستغرق يومين يلتقي خلالها الرئيس رجب طيب أردوغان."),
    ],
    "pm-malaysia-ankara": [  # hard negative: another prime minister in Ankara, the same week
        ("Wire B", "en", 95.0, "Malaysia's Anwar meets Erdoğan in Ankara",
         "Malaysian Prime Minister Anwar Ibrahim met President Recep Tayyip Erdoğan in Ankara on Monday, and the two signed 10 agreements on trade and defence."),
        ("Ajans D", "tr", 95.5, "Erdoğan, Malezya Başbakanı Enver İbrahim'i kabul etti",
         "Cumhurbaşkanı Recep Tayyip Erdoğan, Malezya Başbakanı Enver İbrahim'i Ankara'da resmi törenle karşıladı; iki ülke arasında 10 anlaşma imzalandı."),
        ("وكالة و", "ar", 95.2, "أردوغان يستقبل رئيس الوزراء الماليزي في أنقرة",
         "استقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء الماليزي أنور إبراهيم في أنقرة، ووقع البلدان 10 اتفاقيات في التجارة والدفاع."),
    ],
}


def items() -> list[Item]:
    return [
        Item(event, agency, language, START + timedelta(hours=hours), headline, lede, "written")
        for event, reports in EVENTS.items()
        for agency, language, hours, headline, lede in reports
    ]

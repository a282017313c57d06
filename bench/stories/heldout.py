"""A held-out check: hand-written events kept apart from written.py, written after the rules of
facts.py and matching.py were last tuned on that set and measured before and after each later
change, so a rule fitted to written.py shows here as a gap. Same form as written.py: one event
told by several agencies in English, Turkish and Arabic, with free wording and figures of
different kinds, and hard negatives beside them. Times are hours after the set's start.

    .venv/bin/python -m bench.stories.evaluate --only heldout
"""

from datetime import UTC, datetime, timedelta

from .items import Item

START = datetime(2024, 9, 2, 4, tzinfo=UTC)

# event id: [(agency, language, hours, headline, lede), ...]
EVENTS: dict[str, list[tuple[str, str, float, str, str]]] = {
    "mine-collapse-zonguldak": [
        ("Wire A", "en", 0.5, "Coal mine collapse traps 7 workers in Turkey's Zonguldak",
         "Seven miners were trapped 300 metres underground after a gallery caved in at a coal mine in Zonguldak on Monday, the provincial governor said."),
        ("Wire B", "en", 1.5, "Rescuers race to reach miners on Turkey's Black Sea coast",
         "Rescue teams were drilling towards a collapsed section of a state-run mine in the Black Sea province, where workers had been cut off since dawn, officials said."),
        ("Ajans C", "tr", 0.8, "Zonguldak'ta maden ocağında göçük: 7 işçi mahsur",
         "Zonguldak'ta bir kömür ocağında meydana gelen göçük nedeniyle 7 maden işçisi 300 metre derinlikte mahsur kaldı, kurtarma çalışmaları sürüyor."),
        ("وكالة هـ", "ar", 1.0, "انهيار في منجم فحم بتركيا يحاصر سبعة عمال",
         "قال والي زونغولداك إن سبعة عمال علقوا على عمق 300 متر تحت الأرض إثر انهيار جزئي في منجم للفحم شمالي تركيا الاثنين."),
        ("وكالة و", "ar", 2.5, "فرق الإنقاذ تسابق الزمن لإخراج عمال منجم زونغولداك",
         "تواصل فرق البحث والإنقاذ العمل منذ الفجر للوصول إلى ٧ عمال محاصرين في منجم زونغولداك بعد انهيار أحد الممرات."),
    ],
    "mine-rescue-soma": [  # hard negative: another mine in Turkey, three days later
        ("Wire A", "en", 70.0, "Two miners hurt in Soma pit accident",
         "Two workers were injured when a conveyor belt broke at a lignite mine in Soma in western Manisa province on Thursday, local media reported."),
        ("Ajans C", "tr", 70.5, "Soma'da maden kazası: 2 işçi yaralandı",
         "Manisa'nın Soma ilçesindeki bir linyit ocağında konveyör bandının kopması sonucu 2 işçi yaralandı."),
        ("وكالة هـ", "ar", 71.0, "إصابة عاملين في حادث بمنجم سوما غربي تركيا",
         "أصيب عاملان بجروح إثر انقطاع حزام ناقل في منجم لليغنيت في بلدة سوما بولاية مانيسا الخميس."),
    ],
    "jordan-inflation": [
        ("Wire B", "en", 8.0, "Jordan's inflation eases to 1.6% in August",
         "Consumer prices in Jordan rose 1.6 percent year on year in August, down from 1.9 percent in July, the Department of Statistics said on Tuesday."),
        ("Wire A", "en", 9.0, "Slower food price rises cool Jordanian inflation",
         "Annual inflation in Jordan slowed last month as food and transport costs rose less quickly, official figures released in Amman showed."),
        ("Ajans D", "tr", 8.5, "Ürdün'de enflasyon ağustosta yüzde 1,6'ya geriledi",
         "Ürdün İstatistik Dairesi, tüketici fiyatlarının ağustosta yıllık bazda yüzde 1,6 arttığını açıkladı."),
        ("وكالة و", "ar", 8.2, "التضخم في الأردن يتراجع إلى 1.6% في آب",
         "أظهرت بيانات دائرة الإحصاءات العامة ارتفاع أسعار المستهلكين في الأردن بنسبة ١٫٦ في المئة على أساس سنوي في آب مقارنة بـ١٫٩ في المئة في تموز."),
    ],
    "jordan-unemployment": [  # hard negative: Jordan's statistics office, another figure, days later
        ("Wire B", "en", 60.0, "Jordan's jobless rate edges down to 21.4%",
         "Unemployment in Jordan fell to 21.4 percent in the second quarter, the Department of Statistics said on Thursday."),
        ("Ajans D", "tr", 60.5, "Ürdün'de işsizlik oranı yüzde 21,4 oldu",
         "Ürdün İstatistik Dairesi, ikinci çeyrekte işsizlik oranının yüzde 21,4'e gerilediğini bildirdi."),
        ("وكالة و", "ar", 60.2, "البطالة في الأردن تنخفض إلى 21.4%",
         "قالت دائرة الإحصاءات العامة إن معدل البطالة في الأردن انخفض إلى ٢١٫٤ في المئة خلال الربع الثاني."),
    ],
    "ferry-fire-red-sea": [
        ("Wire A", "en", 20.0, "Fire on Red Sea ferry forces evacuation of 430 passengers",
         "A fire broke out in the engine room of a ferry sailing from Jeddah to Safaga on Wednesday, and all 430 passengers were taken off by coast guard boats, Egyptian officials said."),
        ("Wire B", "en", 21.5, "All aboard rescued after ferry catches fire off Egypt",
         "Passengers and crew were safely evacuated after flames spread through a ship near the Egyptian port of Safaga, with winds of 35 knots hampering the operation."),
        ("Ajans C", "tr", 20.6, "Kızıldeniz'de feribotta yangın: 430 yolcu tahliye edildi",
         "Cidde'den Safaga'ya giden bir feribotun makine dairesinde çıkan yangın nedeniyle gemideki 430 yolcu sahil güvenlik botlarıyla tahliye edildi."),
        ("وكالة هـ", "ar", 20.3, "إجلاء 430 راكبا بعد حريق في عبارة بالبحر الأحمر",
         "أعلنت السلطات المصرية إجلاء جميع ركاب العبارة البالغ عددهم ٤٣٠ راكبا بعد اندلاع حريق في غرفة المحركات أثناء إبحارها من جدة إلى سفاجا."),
    ],
    "lira-record-low": [
        ("Wire B", "en", 30.0, "Turkish lira hits record low of 34.2 per dollar",
         "The lira weakened to a record 34.2 against the U.S. dollar on Thursday, having lost about 5% of its value since the start of the month."),
        ("Wire A", "en", 31.0, "Lira slides again as investors watch central bank",
         "Turkey's currency fell to an all-time low in early trade, extending losses ahead of next week's interest-rate decision, dealers in Istanbul said."),
        ("Ajans D", "tr", 30.4, "Dolar/TL 34,2 ile rekor kırdı",
         "Türk lirası perşembe günü dolar karşısında 34,2 seviyesine gerileyerek tüm zamanların en düşük düzeyini gördü."),
        ("وكالة و", "ar", 30.8, "الليرة التركية تهبط إلى مستوى قياسي أمام الدولار",
         "تراجعت الليرة التركية الخميس إلى مستوى قياسي متدن عند 34.2 ليرة للدولار، بعد أن فقدت نحو 5 في المئة من قيمتها منذ بداية الشهر."),
    ],
    "storm-alexandria": [
        ("Wire A", "en", 44.0, "Storm lashes Alexandria, port closed",
         "Authorities closed Alexandria's port and halted ferry traffic on Friday as a storm brought winds of up to 70 km/h and heavy rain to Egypt's Mediterranean coast."),
        ("Ajans C", "tr", 44.5, "İskenderiye'de fırtına: liman kapatıldı",
         "Mısır'ın İskenderiye kentinde saatte 70 kilometreye ulaşan rüzgar ve sağanak nedeniyle liman geçici olarak kapatıldı; 2 kişi yaralandı."),
        ("وكالة هـ", "ar", 44.2, "إغلاق ميناء الإسكندرية بسبب الطقس السيئ",
         "قررت السلطات المصرية إغلاق ميناء الإسكندرية الجمعة بسبب رياح شديدة وأمطار غزيرة، وأصيب شخصان جراء سقوط لافتة."),
    ],
    "storm-beirut": [  # hard negative: a storm on the same sea, the next day, another city
        ("Wire B", "en", 66.0, "Heavy rain floods streets in Beirut",
         "Heavy rain flooded roads in Beirut and its southern suburbs on Saturday, trapping motorists, Lebanon's civil defence said."),
        ("Ajans D", "tr", 66.5, "Beyrut'ta sağanak yağış caddeleri suyla doldurdu",
         "Lübnan Sivil Savunması, Beyrut ve güney banliyölerinde şiddetli yağışın yolları sular altında bıraktığını bildirdi."),
        ("وكالة و", "ar", 66.2, "أمطار غزيرة تغرق شوارع بيروت",
         "أغرقت الأمطار الغزيرة طرقات في بيروت وضاحيتها الجنوبية السبت، وعلق سائقون في سياراتهم، بحسب الدفاع المدني اللبناني."),
    ],
}


def items() -> list[Item]:
    return [
        Item(event, agency, language, START + timedelta(hours=hours), headline, lede, "heldout")
        for event, reports in EVENTS.items()
        for agency, language, hours, headline, lede in reports
    ]

"""Made-up news sites, many pages each, to test site templates: Arabic, Turkish and English.

Every site has its own markup (semantic HTML, div soup, old-style tables) and its own furniture:
logo and menu, breadcrumb, byline, share strip, cookie notice, "related" and most-read lists, a
newsletter call to action, a footer with address, copyright and a scroll-up link. Some site
lines read like prose (an "about us" blurb, an app promotion), so that only their repetition
gives them away. Stories are made from word banks with a generator seeded by site and page, so
each page has a different one. All words, names and places are invented here.

Pure and deterministic: Site.page(index) returns the page's HTML together with what it holds,
the story's paragraphs in order, its photo captions and every furniture line, as a reader sees
it, so tests can check an extracted body against both.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from html import escape

PAGES = 36  # pages per site: past the pipeline's young-template phase (30 pages)
FIRST_PAGE_TIME = datetime(2024, 3, 4, 7, 10)
MINUTES_BETWEEN_PAGES = 97
MIN_PARAGRAPH_WORDS, MAX_PARAGRAPH_WORDS = 15, 60
# Stories before the first page (negative numbers) fill its "related" and most-read lists.
FIRST_STORY = -12
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


# ---------------------------------------------------------------- word banks, one per language

@dataclass(frozen=True)
class Bank:
    """What stories in one language are made of. Sentences and titles are format strings whose
    fields are the keys of `slots` (one value chosen per story, so a story stays about one
    place and one project) and of `numbers` (drawn afresh for each sentence)."""

    sentences: tuple[str, ...]
    titles: tuple[str, ...]
    captions: tuple[str, ...]
    slots: dict[str, tuple]
    numbers: dict[str, tuple[int, int]]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    reporters: tuple[str, ...]
    dotted_i: bool = False  # Turkish: "i" capitalises to "İ"

    def upper_first(self, text: str) -> str:
        first = "İ" if self.dotted_i and text[:1] == "i" else text[:1].upper()
        return first + text[1:]


ENGLISH = Bank(
    sentences=(
        "{Body} in {town} said on {weekday} that work on {project} would begin in {month}, after "
        "months of talks with residents of {district}.",
        "The plan for {district} was approved by a narrow vote at a meeting that lasted well into "
        "the evening, "
        "according to people who attended.",
        "{role} {official} told reporters that the cost had risen to {n} thousand pounds, largely "
        "because of higher prices for steel and timber.",
        "Residents of {district} have long complained about {topic}, and a petition on the "
        "matter gathered {n} signatures last year.",
        "The work is expected to take {k} weeks, during which some roads near the market square "
        "in {town} will be closed to traffic.",
        "Shop owners in {district} said they were worried about losing customers while the works "
        "go on, but "
        "most of them welcomed the decision.",
        "A spokesperson for {body} said the timetable would be pinned to the noticeboard outside "
        "the town hall and updated every Friday.",
        "Figures released in {month} showed that complaints about {topic} rose by {pct} percent "
        "compared with the previous year.",
        "{official} said the project would be paid for from savings and a grant, without raising "
        "local charges.",
        "Opposition members of {body} asked for an independent review of the costs before "
        "any contract is signed.",
        "The first phase of {project} covers the streets between the old mill and the railway "
        "bridge, where "
        "the problems are worst.",
        "Volunteers from {group} offered to help with planting and clearing once the heavy work "
        "is finished.",
        "Engineers who surveyed {district} in the spring found that parts of the drainage dated "
        "from the nineteenth century.",
        "Parents at the primary school in {district} asked that crossings stay open during the "
        "morning and afternoon school runs.",
        "A public meeting to explain the plans will be held at the community hall in {town} on "
        "{weekday} evening.",
        "{Body} admitted that earlier attempts to deal with {topic} had failed because they were "
        "never properly funded.",
        "Farmers outside {town} said they hoped the changes would also ease the stream of "
        "tractors through the centre.",
        "Local historians in {town} asked that the cobbled lane behind the church be left "
        "untouched by "
        "the works.",
        "The contract was won by a firm from {town2}, which has carried out similar work in "
        "several nearby villages.",
        "{official} promised that no trees would be felled along the river path without a "
        "separate consultation.",
        "Buses to {district} will run on a diverted route for the duration, and temporary stops "
        "will be marked "
        "with yellow signs.",
        "Around {n} households in {district} are expected to benefit once {project} is "
        "complete, the council estimated.",
        "Critics said the money would be better spent on {topic2}, which they described as a "
        "more urgent problem.",
        "The decision on {project} will be looked at again in {month} next year, when the first "
        "results are "
        "known.",
        "Members of {group} said they would keep a close watch on how the works affect birds "
        "and otters along the riverbank.",
        "The last major works in {district} took place in {year}, when the wooden footbridge over "
        "the canal was replaced.",
    ),
    titles=(
        "{Town} approves {project} after long debate",
        "Work on {project} in {town} to begin in {month}",
        "Residents of {district} in {town} raise concerns over {topic}",
        "{official} defends cost of {project}",
        "{Town} sets out plan to tackle {topic}",
        "{group} offers help with {project} in {town}",
    ),
    captions=(
        "Surveyors at the site of {project} in {district}.",
        "A view of {district}, where work is due to start in {month}.",
        "{official} speaking at the council meeting in {town}.",
    ),
    slots={
        "town": ("Millbrook", "Ashcombe", "Greyford", "Wexley", "Lindenmoor", "Copperhill",
                 "Harwick", "Stonebury"),
        "town2": ("Fenwick Cross", "Oldcastle Down", "Braybrook", "Amblecote Vale"),
        "district": ("the Old Quarter", "Northgate", "Riverside", "Kiln Lane", "Chapel Fields",
                     "the Marsh End", "Upper Tannery", "Hollins Park"),
        "body": ("the district council", "the water board", "the highways office",
                 "the parish council", "the town council", "the county roads department"),
        "role": ("Councillor", "Mayor", "Director of works", "Council leader"),
        "official": ("Edith Marlowe", "Owen Pritchard", "Harriet Vance", "Simon Thackery",
                     "Ruth Adeyemi", "Colin Barraclough", "Nadia Fairweather", "Gareth Lusk"),
        "project": ("the new footbridge over the Sallow", "the rebuilding of the high street",
                    "the flood defences at the weir", "the extension of the cycle path",
                    "the repairs to the covered market", "the new bus interchange",
                    "the restoration of the corn exchange", "the replacement of old water mains"),
        "topic": ("flooding after heavy rain", "speeding on the ring road",
                  "potholes in the side streets", "the lack of parking near the clinic",
                  "noise from quarry lorries", "litter along the canal",
                  "the closure of the post office"),
        "group": ("the Riverside Residents' Association", "the Friends of the Canal",
                  "the local cycling club", "the Wexley Allotment Society",
                  "the Chapel Fields Tenants' Group", "the Sallow Valley Rotary Club"),
    },
    numbers={"n": (12, 950), "k": (6, 40), "pct": (3, 60), "year": (1968, 2009)},
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    reporters=("Amos Fenn", "Clara Whitlock", "Joseph Okafor", "Megan Llewellyn",
               "Tobias Reade", "Priya Sandhu"),
)

TURKISH = Bank(
    sentences=(
        "{town} {office}, {project} çalışmalarına {month} ayında başlanacağını {weekday} günü "
        "yaptığı açıklamayla duyurdu.",
        "Kararın, {district} sakinleriyle aylardır süren görüşmelerin ardından alındığı "
        "belirtildi.",
        "{role} {official}, projenin maliyetinin {n} bin liraya yükseldiğini ve bunun büyük "
        "ölçüde çelik fiyatlarındaki artıştan kaynaklandığını söyledi.",
        "{district} sakinleri uzun süredir {topic} konusunda şikâyetçi olduklarını, geçen yıl bu "
        "amaçla {n} imza topladıklarını hatırlattı.",
        "{Project} çalışmalarının yaklaşık {k} hafta sürmesi, bu süre boyunca çarşı meydanına "
        "yakın bazı "
        "sokakların trafiğe kapatılması bekleniyor.",
        "{district} esnafı, çalışmalar sürerken müşteri kaybedeceğinden endişe ettiğini ancak "
        "kararı genel "
        "olarak olumlu karşıladığını ifade etti.",
        "{town} {office} sözcüsü, çalışma takviminin hükümet konağı önündeki ilan panosunda "
        "yayımlanacağını ve her cuma güncelleneceğini açıkladı.",
        "{month} ayında açıklanan rakamlar, {topic} ile ilgili başvuruların bir önceki yıla göre "
        "yüzde {pct} arttığını gösterdi.",
        "{official}, projenin vergi artışı yapılmadan, tasarruflar ve il özel idaresinden alınan "
        "hibe ile karşılanacağını vurguladı.",
        "{town} meclisindeki muhalefet üyeleri ise sözleşme imzalanmadan önce maliyetlerin "
        "bağımsız bir "
        "kurul tarafından incelenmesini istedi.",
        "{Project} projesinin ilk aşaması, eski değirmen ile demiryolu köprüsü arasındaki "
        "sokakları kapsıyor; sorunların "
        "en yoğun yaşandığı bölge de burası.",
        "{group} gönüllüleri, ağır işler bittikten sonra ağaçlandırma ve temizlik çalışmalarına "
        "destek vermeyi teklif etti.",
        "{district} çevresinde ilkbaharda inceleme yapan mühendisler, kanalizasyon hattının bazı "
        "bölümlerinin "
        "yüz yılı aşkın süredir kullanıldığını tespit etti.",
        "{district} ilkokulundaki veliler, sabah ve öğleden sonraki okul saatlerinde yaya "
        "geçitlerinin açık tutulmasını talep etti.",
        "{Project} planlarının anlatılacağı halk toplantısı {weekday} akşamı {town} kültür "
        "merkezinde yapılacak.",
        "{town} {office}, {topic} sorununa yönelik önceki girişimlerin yeterli bütçe "
        "ayrılmadığı için sonuçsuz kaldığını kabul etti.",
        "{town} dışındaki köylerde yaşayan çiftçiler, düzenlemenin traktörlerin şehir merkezinden "
        "geçişini de "
        "kolaylaştırmasını umduklarını söyledi.",
        "{town} tarihini araştıran yerel tarihçiler, caminin arkasındaki taş döşeli sokağın "
        "çalışmaların dışında "
        "bırakılmasını istedi.",
        "İhaleyi, çevredeki birçok köyde benzer işler yapmış olan ve merkezi {town2_in} bulunan "
        "bir firma kazandı.",
        "{official}, dere kenarındaki yürüyüş yolunda ayrı bir danışma süreci yürütülmeden hiçbir "
        "ağacın kesilmeyeceğine söz verdi.",
        "{district} otobüs seferleri çalışmalar süresince alternatif güzergâhtan yapılacak, "
        "geçici duraklar "
        "sarı tabelalarla işaretlenecek.",
        "Belediyenin tahminine göre {project} tamamlandığında {district} çevresinde yaklaşık {n} "
        "hane bu düzenlemeden faydalanacak.",
        "Eleştirenler ise bu paranın daha acil bir sorun olarak gördükleri {topic2} için "
        "harcanması gerektiğini savundu.",
        "{Project} kararının, ilk sonuçların alınacağı gelecek yılın {month} ayında yeniden "
        "değerlendirileceği bildirildi.",
        "{group} üyeleri, çalışmaların dere kıyısındaki kuşları ve su samurlarını nasıl "
        "etkileyeceğini yakından izleyeceklerini açıkladı.",
        "{district} çevresindeki son büyük çalışma {year} yılında, kanal üzerindeki ahşap yaya "
        "köprüsünün "
        "yenilenmesiyle yapılmıştı.",
    ),
    titles=(
        "{town} {office} {project} çalışmalarını başlatıyor",
        "{town} {district} sakinlerinden {topic} tepkisi",
        "{town_in} {project} projesi için geri sayım başladı",
        "{role} {official}: {project} çalışmaları {month} ayında başlayacak",
        "{town_in} {topic} için yeni plan",
        "{group} {project} çalışmalarına destek verecek",
    ),
    captions=(
        "{district} sakinleri, {project} çalışmalarının yapılacağı alanı inceledi.",
        "{role} {official}, {town} belediye meclisinde konuştu.",
        "{town} çarşısından genel bir görünüm.",
    ),
    slots={
        # Turkish suffixes follow the word's vowels, so places come with their locative form.
        "town": ("Yeşilköprü", "Karaçayır", "Sarıkavak", "Ilıcaköy", "Çınarlıdere",
                 "Kocapınar", "Gökçeyayla", "Taşoluk"),
        "town_in": ("Yeşilköprü'de", "Karaçayır'da", "Sarıkavak'ta", "Ilıcaköy'de",
                    "Çınarlıdere'de", "Kocapınar'da", "Gökçeyayla'da", "Taşoluk'ta"),
        "town2_in": ("Akçaşehir'de", "Bozdoğan Ovası'nda", "Kırkgöz'de", "Eğriçam'da"),
        "district": ("Değirmen Mahallesi", "Çarşıbaşı Mahallesi", "Yalı Mahallesi",
                     "Bağlar Mahallesi", "Köprübaşı Mahallesi", "Hamam Mahallesi"),
        "office": ("Belediyesi", "Kaymakamlığı", "Su ve Kanalizasyon İdaresi",
                   "Yol Bakım Müdürlüğü"),
        "role": ("Belediye Başkanı", "Fen İşleri Müdürü", "Meclis Üyesi", "Kaymakam"),
        "official": ("Selin Aydoğdu", "Mert Karakaya", "Hülya Demirbağ", "Okan Sezgin",
                     "Gülşen Tanrıöver", "Ferit Bozdoğan", "Nilüfer Ekinci", "Cemal Yıldıray"),
        "project": ("dere ıslahı", "çarşı yolu yenileme", "yeni sebze hali",
                    "içme suyu hattı", "sahil yürüyüş yolu", "kapalı pazar yeri",
                    "tarihi hamam restorasyonu", "bisiklet yolu"),
        "topic": ("yağmur sonrası su baskınları", "ana caddedeki trafik yoğunluğu",
                  "ara sokaklardaki bozuk kaldırımlar", "sağlık ocağı çevresindeki otopark sorunu",
                  "taş ocağı kamyonlarının gürültüsü", "dere kenarındaki çöpler"),
        "group": ("Yeşil Vadi Çevre Gönüllüleri", "Kent Bisikletlileri Derneği",
                  "Dere Dostları Derneği", "Bağlar Kadın Kooperatifi",
                  "Köprübaşı Gençlik Kulübü"),
    },
    numbers={"n": (12, 950), "k": (6, 40), "pct": (3, 60), "year": (1968, 2009)},
    months=("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
            "Ekim", "Kasım", "Aralık"),
    weekdays=("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
    reporters=("Zeynep Kılıçaslan", "Barış Öztürkmen", "Elif Güneşdoğdu", "Tuncay Çelikbaş",
               "Şule Ardıçlı", "Uğur Sönmezer"),
    dotted_i=True,
)

ARABIC = Bank(
    sentences=(
        "أعلنت بلدية {town} يوم {weekday} أن العمل في {project} سيبدأ في شهر {month}، بعد أشهر "
        "من المشاورات مع سكان {district}.",
        "وأوضح {role} {official} أن كلفة المشروع ارتفعت إلى {n} ألف دينار، ويعود ذلك أساسا إلى "
        "ارتفاع أسعار الحديد والإسمنت.",
        "ويشكو سكان {district} منذ سنوات من {topic}، وقد جمعوا العام الماضي {n} توقيعا على عريضة "
        "تطالب بحل المشكلة.",
        "ومن المتوقع أن تستمر الأعمال نحو {k} أسبوعا، تغلق خلالها بعض الشوارع القريبة من ساحة "
        "السوق في {town} أمام حركة السير.",
        "وعبر أصحاب المحلات في {district} عن قلقهم من تراجع عدد الزبائن خلال فترة الأعمال، لكن "
        "أغلبهم رحبوا "
        "بالقرار.",
        "وقال متحدث باسم بلدية {town} إن الجدول الزمني للأعمال سينشر على لوحة الإعلانات أمام مبنى "
        "البلدية ويحدث كل أسبوع.",
        "وأظهرت أرقام نشرت في شهر {month} أن الشكاوى المتعلقة ب{topic} ارتفعت بنسبة {pct} في "
        "المئة مقارنة بالعام السابق.",
        "وأكد {official} أن تمويل المشروع سيتم من الوفر في الميزانية ومن منحة حكومية، دون أي "
        "زيادة في الرسوم المحلية.",
        "وطالب أعضاء في المجلس البلدي في {town} بمراجعة مستقلة للتكاليف قبل توقيع أي عقد مع الشركة "
        "المنفذة.",
        "وتشمل المرحلة الأولى من {project} الشوارع الواقعة بين الطاحونة القديمة وجسر السكة "
        "الحديدية، حيث "
        "تتركز أكبر المشكلات.",
        "وعرض متطوعون من {group} المساعدة في أعمال التشجير والتنظيف بعد انتهاء الأعمال الثقيلة.",
        "وكان مهندسون قد أجروا مسحا ل{district} في الربيع الماضي، وتبين لهم أن أجزاء من شبكة "
        "التصريف يعود تاريخها إلى أكثر من مئة عام.",
        "وطلب أولياء أمور التلاميذ في مدرسة {district} إبقاء ممرات المشاة مفتوحة في أوقات "
        "الدخول والخروج من المدرسة.",
        "وستعقد البلدية لقاء مفتوحا مع أهالي {district} لشرح تفاصيل الخطة مساء يوم {weekday} في "
        "المركز الثقافي.",
        "واعترفت البلدية بأن المحاولات السابقة لمعالجة {topic} لم تنجح لأنها لم تحصل على "
        "التمويل الكافي.",
        "ويأمل المزارعون في القرى المجاورة ل{town} أن تخفف التعديلات من مرور الجرارات في وسط "
        "المدينة.",
        "ودعا مهتمون بتاريخ {town} إلى عدم المساس بالزقاق المرصوف بالحجارة خلف الجامع الكبير.",
        "وفازت بالمناقصة شركة مقرها في {town2}، سبق لها أن نفذت أعمالا مماثلة في عدد من القرى "
        "المجاورة.",
        "ووعد {official} بعدم قطع أي شجرة على طول ممشى الوادي قبل إجراء مشاورات منفصلة مع "
        "السكان.",
        "وستسلك حافلات {district} طريقا بديلا طوال فترة الأعمال، على أن توضع لافتات صفراء عند "
        "المحطات "
        "المؤقتة.",
        "وتقدر البلدية أن نحو {n} أسرة في {district} ستستفيد من {project} بعد اكتماله.",
        "في المقابل، رأى منتقدون أن هذه الأموال كان ينبغي أن تخصص لمعالجة {topic2}، وهي برأيهم "
        "مشكلة أكثر إلحاحا.",
        "ومن المقرر أن يعاد النظر في قرار {project} في شهر {month} من العام المقبل بعد ظهور "
        "النتائج "
        "الأولى.",
        "وقال أعضاء في {group} إنهم سيتابعون عن كثب تأثير الأعمال على الطيور والنباتات على ضفة "
        "الوادي.",
        "وكانت آخر أعمال كبيرة في {district} قد جرت عام {year}، عندما استبدل الجسر الخشبي فوق "
        "القناة بجسر جديد.",
        "وأشار {role} إلى أن فرق العمل ستعمل على فترتين يوميا لتقليص مدة الإغلاق قدر الإمكان.",
    ),
    titles=(
        "بلدية {town} تطلق {project}",
        "سكان {district} في {town} يشكون من {topic}",
        "{role} {official}: {project} يبدأ في شهر {month}",
        "متطوعون من {group} يشاركون في {project}",
        "خطة جديدة لمعالجة {topic} في {town}",
        "موعد بدء {project} في {town}",
    ),
    captions=(
        "سكان {district} يتفقدون موقع {project}.",
        "{role} {official} خلال جلسة المجلس البلدي في {town}.",
        "منظر عام لساحة السوق في {town}.",
    ),
    slots={
        "town": ("وادي الريحان", "تل السنابل", "عين الزيتون", "المرج الأخضر", "رأس النخيل",
                 "بئر الصفا", "جسر الحمام", "سهل القمح"),
        "town2": ("كفر العنب", "تلة الصنوبر", "عين البلوط", "دير الكروم"),
        "district": ("حي الطاحونة", "حي السوق القديم", "حي البساتين", "حي الجسر",
                     "حي المدرسة", "حي الينابيع"),
        "role": ("رئيس البلدية", "مدير الأشغال العامة", "رئيس لجنة الخدمات",
                 "المهندس المسؤول عن المشروع"),
        "official": ("سليم الحداد", "نادر العطار", "كمال الشامي", "فؤاد النجار",
                     "منير الصباغ", "وليد الحلبي"),
        "project": ("مشروع توسيع شبكة الصرف الصحي", "مشروع ترميم السوق المسقوف",
                    "مشروع إنشاء الجسر الجديد فوق الوادي", "مشروع تأهيل الطريق الدائري",
                    "مشروع تجديد خطوط مياه الشرب", "مشروع إنشاء حديقة عامة قرب المدرسة",
                    "مشروع ترميم الحمام القديم", "مشروع رصف الشوارع الفرعية"),
        # Definite-less nouns: "ب{topic}" and "لمعالجة {topic}" read correctly with them.
        "topic": ("انقطاع المياه في فصل الصيف", "ازدحام السير في الشارع الرئيسي",
                  "الحفر في الشوارع الفرعية", "نقص المواقف قرب المستوصف",
                  "ضجيج شاحنات المقالع", "تراكم النفايات على ضفة الوادي"),
        "group": ("جمعية أصدقاء الوادي", "نادي الدراجات المحلي", "جمعية سكان حي البساتين",
                  "تعاونية المزارعين", "لجنة أهالي حي الجسر"),
    },
    # From eleven on, the counted noun is singular, as the sentences have it.
    numbers={"n": (12, 950), "k": (11, 40), "pct": (3, 60), "year": (1968, 2009)},
    months=("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
            "أكتوبر", "نوفمبر", "ديسمبر"),
    weekdays=("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    reporters=("سامي الخطيب", "هدى المصري", "يوسف الزين", "لينا قاسم", "طارق منصور",
               "رنا عبد الهادي"),
)


# ------------------------------------------------------------------------------ stories

@dataclass(frozen=True)
class Story:
    title: str
    paragraphs: tuple[str, ...]
    caption: str
    section: str
    reporter: str
    when: datetime
    town: str


def make_story(bank: Bank, sections: tuple[str, ...], rng: random.Random, when: datetime,
               taken: frozenset[str] = frozenset()) -> Story:
    """A story of 3-8 paragraphs of 2-3 sentences (15-60 words), no sentence used twice and no
    paragraph whose key is in `taken` (the site's earlier stories): real stories do not share
    whole paragraphs, so a template has no right to any of them."""
    values = {name: rng.choice(choices) for name, choices in bank.slots.items()}
    if "town_in" in bank.slots:  # the place's locative form goes with the place
        values["town_in"] = bank.slots["town_in"][bank.slots["town"].index(values["town"])]
    values["topic2"] = rng.choice([t for t in bank.slots["topic"] if t != values["topic"]])
    values["month"] = rng.choice(bank.months)
    values["weekday"] = bank.weekdays[when.weekday()]
    values.update({key.capitalize(): bank.upper_first(value) for key, value in values.items()})

    def fill(pattern: str) -> str:
        numbers = {name: rng.randint(*span) for name, span in bank.numbers.items()}
        return pattern.format(**values, **numbers)

    sentences = [fill(s) for s in rng.sample(bank.sentences, len(bank.sentences))]
    paragraphs = []
    for _ in range(rng.randint(3, 8)):
        size = rng.choice((2, 2, 3))
        for _ in sentences:  # another first sentence while the paragraph is not new
            chosen = sentences[:2]  # two sentences are never over 60 words; a third may fit
            if size == 3 and len(words(" ".join(sentences[:3]))) <= MAX_PARAGRAPH_WORDS:
                chosen = sentences[:3]
            if paragraph_key(" ".join(chosen)) not in taken:
                break
            sentences = sentences[1:] + sentences[:1]
        sentences = sentences[len(chosen):]
        paragraphs.append(" ".join(chosen))
        taken |= {paragraph_key(paragraphs[-1])}
    return Story(
        title=bank.upper_first(fill(rng.choice(bank.titles))),
        paragraphs=tuple(paragraphs),
        caption=fill(rng.choice(bank.captions)),
        section=rng.choice(sections),
        reporter=rng.choice(bank.reporters),
        when=when,
        town=values["town"],
    )


# ------------------------------------------------------------------------------- pages

@dataclass(frozen=True)
class Page:
    site: str
    index: int
    url: str
    html: str
    title: str
    paragraphs: tuple[str, ...]  # the story, in order: exactly what the body should hold
    captions: tuple[str, ...]  # photo captions: never in the body text
    furniture: tuple[str, ...]  # every template line of the page, as a reader sees it
    prose_lines: tuple[str, ...]  # the site lines only repetition can give away
    published: datetime  # as the page prints it (a naive local time)


class Furniture:
    """Collects the template lines a page is built with; calling it returns the line escaped."""

    def __init__(self):
        self.lines: list[str] = []

    def __call__(self, text: str) -> str:
        self.lines.append(text)
        return escape(text, quote=False)

    def note(self, text: str) -> None:
        """A line the reader sees made of several elements ("Share Facebook X")."""
        self.lines.append(text)

    def links(self, texts, before: str = "", after: str = "", join: str = "") -> str:
        return join.join(f'{before}<a href="/{n}">{self(t)}</a>{after}'
                         for n, t in enumerate(texts))


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: stories are cached per site
class Site:
    key: str
    name: str
    lang: str
    host: str
    bank: Bank
    sections: tuple[str, ...]
    prose: tuple[str, ...]  # prose-like site lines, the ones generic cleaning cannot know
    render: Callable[[Site, int, Story, Furniture], str] = field(repr=False)

    def story(self, index: int) -> Story:
        return _story(self, index)

    def url(self, index: int) -> str:
        return f"https://{self.host}/haber/{index + 1000}" if self.lang == "tr" else (
            f"https://{self.host}/news/{index + 1000}.html")

    def related(self, index: int) -> list[str]:
        """Titles of the three stories before this one, newest first, as "related" lists give.
        A site's first page here is not its first story: earlier ones have negative numbers."""
        return [self.story(j).title for j in range(index - 1, index - 4, -1)]

    def most_read(self, index: int) -> list[str]:
        """Five of the last twelve stories, the most read first: the list drifts as stories age
        and new ones are read, so it is never quite the same from page to page."""
        window = range(max(FIRST_STORY, index - 12), index)
        ranked = sorted(window, key=lambda j: -_popularity(self.key, j))
        return [self.story(j).title for j in ranked[:5]]

    def page(self, index: int) -> Page:
        story = self.story(index)
        furniture = Furniture()
        html = self.render(self, index, story, furniture)
        return Page(self.key, index, self.url(index), html, story.title, story.paragraphs,
                    (story.caption,), tuple(dict.fromkeys(furniture.lines)), self.prose, story.when)

    def pages(self, count: int = PAGES) -> list[Page]:
        return [self.page(index) for index in range(count)]


@cache
def _story(site: Site, index: int) -> Story:
    when = FIRST_PAGE_TIME + timedelta(minutes=MINUTES_BETWEEN_PAGES * index)
    taken = _paragraph_keys(site, index - 1) if index > FIRST_STORY else frozenset()
    return make_story(site.bank, site.sections, random.Random(f"{site.key}:{index}"), when, taken)


@cache
def _paragraph_keys(site: Site, index: int) -> frozenset[str]:
    """Keys of the paragraphs of the site's stories from FIRST_STORY to `index`."""
    before = _paragraph_keys(site, index - 1) if index > FIRST_STORY else frozenset()
    return before | {paragraph_key(p) for p in _story(site, index).paragraphs}


def paragraph_key(text: str) -> str:
    """A paragraph as site templates compare them: its words, numbers aside."""
    return " ".join(words(_DIGITS.sub("0", text)))


def _popularity(key: str, index: int) -> float:
    return random.Random(f"{key}:read:{index}").random()


def paragraphs_html(story: Story, tag: str = "p", between: dict[int, str] | None = None) -> str:
    """The story's paragraphs; `between` puts a piece of markup after paragraph n (from 1)."""
    between = between or {}
    parts = []
    for n, text in enumerate(story.paragraphs, start=1):
        parts.append(f"<{tag}>{escape(text, quote=False)}</{tag}>")
        if n in between and n < len(story.paragraphs):
            parts.append(between[n])
    return "\n".join(parts)


def _en_date(when: datetime) -> str:
    return f"{when.day} {ENGLISH.months[when.month - 1]} {when.year}, {when:%H:%M}"


def _tr_date(when: datetime) -> str:
    return (f"{when.day} {TURKISH.months[when.month - 1]} {when.year} "
            f"{TURKISH.weekdays[when.weekday()]}, {when:%H:%M}")


def _ar_date(when: datetime) -> str:
    return f"{when.day} {ARABIC.months[when.month - 1]} {when.year}"


# ----------------------------------------------------------------- the six sites' templates

def ledger(site: Site, index: int, story: Story, f: Furniture) -> str:
    """English, modern semantic markup; the share strip sits inside the body container and a
    captioned photo follows the first paragraph."""
    menu = ["Home", "News", "Sport", "Business", "Opinion", "Farming", "What's On"]
    photo = (f'<figure class="photo"><img src="/images/{index}.jpg" alt="">'
             f"<figcaption>{escape(story.caption)}</figcaption></figure>")
    f.note(f"Home News {story.section}")
    f.note(f"By {story.reporter} | {_en_date(story.when)}")
    f.note("Share Facebook X WhatsApp Copy link")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(story.title)} | {site.name}</title>
<link rel="canonical" href="{site.url(index)}">
<meta property="og:title" content="{escape(story.title)}">
<meta property="og:site_name" content="{site.name}">
</head><body>
<div class="cookie-banner" role="dialog"><p>{f("We use cookies to improve your experience. By "
  "using this site you agree to our cookie policy.")}</p><button>{f("Accept")}</button></div>
<header class="site-header"><a class="logo" href="/">{f(site.name)}</a>
<nav aria-label="Sections"><ul>{f.links(menu, "<li>", "</li>")}</ul></nav>
<a class="subscribe" href="/subscribe">{f("Subscribe")}</a></header>
<main><article class="story">
<ol class="breadcrumb"><li><a href="/">{f("Home")}</a></li><li><a href="/news">{f("News")}</a></li>
<li>{f(story.section)}</li></ol>
<h1>{escape(story.title)}</h1>
<p class="byline">{f("By")}
<a href="/staff/{story.reporter.split()[0].lower()}">{f(story.reporter)}</a>
| <time datetime="{story.when.isoformat()}">{f(_en_date(story.when))}</time></p>
<div class="article-body">
<div class="share"><span>{f("Share")}</span>
{f.links(["Facebook", "X", "WhatsApp", "Copy link"], join=" ")}</div>
{paragraphs_html(story, between={1: photo})}
<p class="app-promo">{f(site.prose[0])}</p>
<p class="corrections"><em>{f(site.prose[1])}</em></p>
</div>
</article>
<aside class="most-read"><h2>{f("Most read")}</h2>
<ol>{f.links(site.most_read(index), "<li>", "</li>")}</ol></aside>
<section class="newsletter"><h2>{f("Sign up for the Ledger Morning Briefing")}</h2>
<p>{f("The best of the valley's news in your inbox every weekday before seven.")}</p>
<form><input type="email" placeholder="Your email address">
<button>{f("Sign up")}</button></form></section>
</main>
<footer><p class="about">{f(site.prose[2])}</p>
<p>{f("The Millbrook Ledger, 3 Tannery Yard, Millbrook MB4 2QT")}</p>
<p>{f("© 2024 Millbrook Ledger Trust")}</p><a href="#top">{f("Scroll Up")}</a></footer>
</body></html>"""


def herald(site: Site, index: int, story: Story, f: Furniture) -> str:
    """English, an old-style site laid out with tables and <font>, lines split by <br>."""
    menu = ["Front Page", "Local News", "Sports", "Obituaries", "Classifieds", "Weather"]
    related = site.related(index)
    related_box = (f"<hr><b>{f('Related Stories:')}</b><br>"
                   + f.links(related, after="<br>") if related else "")
    f.note("Subscribe | Contact Us | Advertise")
    f.note(f"Front Page > Local News > {story.section}")
    f.note("Email this story | Print this story | Share on Facebook")
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{site.name} - {escape(story.title)}</title>
<link rel="canonical" href="{site.url(index)}">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td><a href="/"><img src="/images/masthead.gif" alt="{site.name}" border="0"></a></td>
<td align="right"><font size="1">{f("Subscribe")} | {f("Contact Us")} | {f("Advertise")}</font></td>
</tr></table>
<table width="100%" cellpadding="4" bgcolor="#003366">
<tr>{f.links(menu, "<td>", "</td>")}</tr></table>
<table width="100%" cellpadding="6" cellspacing="0" border="0"><tr>
<td width="170" valign="top" bgcolor="#eeeeee">
<b>{f("Most Read")}</b><br>
{f.links(site.most_read(index), after="<br>")}
<br><b>{f("Free Email Edition")}</b><br>
<font size="2">{f("Get the Herald's headlines in your mailbox every morning, free of charge.")}
</font><br>
<form><input type="text" name="email" size="14"><input type="submit" value="Join"></form>
</td>
<td valign="top">
<font size="1"><a href="/">{f("Front Page")}</a> &gt;
<a href="/local">{f("Local News")}</a> &gt; {f(story.section)}</font>
<h2>{escape(story.title)}</h2>
<font size="2"><i>{f(story.reporter + ", Herald Staff Writer")}</i><br>
{f("Posted: " + _en_date(story.when))}</font>
{paragraphs_html(story)}
<p><font size="1">{f("Email this story")} | {f("Print this story")} |
{f("Share on Facebook")}</font></p>
<p><font size="2">{f(site.prose[0])}<br>
{f("Newsroom: 555-0142 · news@tallowcreekherald.example")}</font></p>
{related_box}
</td></tr></table>
<table width="100%" cellpadding="8"><tr><td align="center"><font size="1">
{f(site.prose[1])}<br>
{f("Tallow Creek Herald, 41 Depot Street, Tallow Creek")}<br>
{f("Copyright © 2024 Tallow Creek Publishing Co. All rights reserved.")}<br>
<a href="#top">{f("Scroll Up")}</a></font></td></tr></table>
<div id="cookie"><font size="1">{f("This site uses cookies. By continuing to browse you accept "
  "our use of cookies.")} <a href="#">{f("OK")}</a></font></div>
</body></html>"""


def ekspres(site: Site, index: int, story: Story, f: Furniture) -> str:
    """Turkish, div soup: links straight in divs, a "related" box between paragraphs."""
    menu = ["Gündem", "Ekonomi", "Yerel", "Spor", "Kültür Sanat", "Yazarlar", "Video"]
    related = site.related(index)
    box = (f'<div class="ilgili-haber"><div class="baslik">{f("İlgili haberler")}</div>'
           f'<div class="liste">{f.links(related, "<div>", "</div>")}</div></div>'
           if related else "")
    tags = [story.town, story.section]
    f.note(f"Anasayfa » {story.section}")
    f.note(f"{story.reporter} Güncelleme: {_tr_date(story.when)}")
    f.note("Paylaş Facebook X WhatsApp Telegram")
    f.note(f"Etiketler: {story.town} {story.section}")
    return f"""<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8">
<title>{escape(story.title)} - {site.name}</title>
<link rel="canonical" href="{site.url(index)}">
</head><body>
<div class="ust-bant">
<div class="sosyal">{f.links(["Facebook", "X", "Instagram", "YouTube"])}</div></div>
<div class="header"><div class="logo"><a href="/">{f(site.name)}</a></div>
<div class="menu">{f.links(menu)}</div></div>
<div class="container"><div class="sol">
<div class="breadcrumb"><a href="/">{f("Anasayfa")}</a> »
<a href="/k/1">{f(story.section)}</a></div>
<div class="haber-baslik"><h1>{escape(story.title)}</h1></div>
<div class="haber-bilgi"><span class="muhabir">{f(story.reporter)}</span>
<span class="tarih">{f("Güncelleme: " + _tr_date(story.when))}</span></div>
<div class="paylas"><span>{f("Paylaş")}</span>
{f.links(["Facebook", "X", "WhatsApp", "Telegram"])}</div>
<div class="haber-metni">
{paragraphs_html(story, between={2: box})}
<div class="uygulama">{f(site.prose[0])}</div>
</div>
<div class="etiketler">{f("Etiketler:")} {f.links(tags, join=" ")}</div>
</div>
<div class="sag"><div class="cok-okunan"><div class="baslik">{f("Çok Okunanlar")}</div>
{f.links(site.most_read(index), '<div class="item">', "</div>")}</div>
<div class="bulten"><div class="baslik">{f("E-bültenimize abone olun")}</div>
<div class="aciklama">{f("Günün öne çıkan haberleri her sabah e-posta kutunuzda.")}</div>
<input type="email" placeholder="E-posta adresiniz"><button>{f("Abone ol")}</button></div></div>
</div>
<div class="footer"><div class="hakkimizda">{f(site.prose[1])}</div>
<div class="adres">{f("Kuzey Ekspres Gazetecilik A.Ş. · Liman Caddesi No: 14, Yeşilköprü")}</div>
<div class="telif">{f("© 2024 Kuzey Ekspres. Tüm hakları saklıdır.")}</div>
<a class="yukari" href="#">{f("Yukarı Çık")}</a></div>
<div class="cerez">{f("Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır. "
  "Sitemizi kullanarak çerez politikamızı kabul etmiş olursunuz.")}
<a href="#">{f("Kabul et")}</a></div>
</body></html>"""


def ajans(site: Site, index: int, story: Story, f: Furniture) -> str:
    """Turkish agency, nav/ul markup; a photo inside the body, the share strip at its end."""
    menu = ["Son Dakika", "Türkiye", "Dünya", "Ekonomi", "Spor", "Foto Galeri"]
    related = site.related(index)
    photo = (f'<figure class="haber-foto"><img src="/foto/{index}.jpg" alt="">'
             f"<figcaption>{escape(story.caption)}</figcaption></figure>")
    related_box = (f'<div class="ilgili"><h2>{f("İlgili Haberler")}</h2><ul>'
                   f'{f.links(related, "<li>", "</li>")}</ul></div>' if related else "")
    f.note(f"Ana Sayfa {story.section}")
    f.note(f"{story.town} (OHA) {_tr_date(story.when)}")
    f.note("Paylaş: Facebook X LinkedIn E-posta")
    f.note("App Store Google Play")
    return f"""<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8">
<title>{escape(story.title)} | {site.name}</title>
<link rel="canonical" href="{site.url(index)}">
<meta property="og:type" content="article">
</head><body>
<header><div class="brand"><a href="/">{f(site.name)}</a></div>
<nav class="ana-menu"><ul>{f.links(menu, "<li>", "</li>")}</ul></nav></header>
<main class="icerik">
<nav class="yol"><ol><li><a href="/">{f("Ana Sayfa")}</a></li>
<li><a href="/k">{f(story.section)}</a></li></ol></nav>
<article class="haber"><h1 class="haber-baslik">{escape(story.title)}</h1>
<div class="kunye"><span class="yer">{f(story.town + " (OHA)")}</span>
<time datetime="{story.when.isoformat()}">{f(_tr_date(story.when))}</time></div>
<div class="haber-govde">
{paragraphs_html(story, between={1: photo})}
<p class="ajans-notu">{f(site.prose[0])}</p>
<div class="paylas-alt"><strong>{f("Paylaş:")}</strong>
{f.links(["Facebook", "X", "LinkedIn", "E-posta"], join=" ")}</div>
</div>
{related_box}
</article>
<aside><section class="en-cok"><h2>{f("En Çok Okunanlar")}</h2>
<ol>{f.links(site.most_read(index), "<li>", "</li>")}</ol></section>
<section class="bulten"><h2>{f("Günün özeti e-postanızda")}</h2>
<p>{f("Ajansın günlük bülteni her akşam saat altıda abonelerine gönderilir.")}</p>
<form><input type="email"><button>{f("Abone Ol")}</button></form></section>
<section class="uygulama"><p>{f(site.prose[1])}</p>
<a href="#">{f("App Store")}</a> <a href="#">{f("Google Play")}</a></section></aside>
</main>
<footer><p>{f(site.prose[2])}</p>
<address>{f("Ova Haber Ajansı, Cumhuriyet Bulvarı No: 112, Karaçayır")}</address>
<p>{f("© 2024 Ova Haber Ajansı. Tüm hakları saklıdır.")}</p>
<a href="#">{f("Yukarı Çık")}</a></footer>
<div class="cerez-uyari"><p>{f("Bu internet sitesinde çerezler kullanılmaktadır. Ayrıntılı bilgi "
  "için çerez politikamızı inceleyebilirsiniz.")}</p><button>{f("Tamam")}</button></div>
</body></html>"""


def waha(site: Site, index: int, story: Story, f: Furniture) -> str:
    """Arabic daily, right to left, semantic markup; "related news" between paragraphs and the
    app line a plain paragraph at the end of the body, as the site's editors add it."""
    menu = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات", "آراء"]
    related = site.related(index)
    box = (f'<aside class="related-inline"><h3>{f("أخبار ذات صلة")}</h3><ul>'
           f'{f.links(related, "<li>", "</li>")}</ul></aside>' if related else "")
    f.note("اتصل بنا أعلن معنا")
    f.note(f"الرئيسية / {story.section}")
    f.note(f"{story.reporter} {_ar_date(story.when)}")
    f.note("شارك: فيسبوك إكس واتساب تيليغرام")
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{escape(story.title)} - {site.name}</title>
<link rel="canonical" href="{site.url(index)}">
</head><body>
<header><div class="top-bar"><a href="/contact">{f("اتصل بنا")}</a>
<a href="/ads">{f("أعلن معنا")}</a></div>
<a class="logo" href="/">{f(site.name)}</a>
<nav><ul>{f.links(menu, "<li>", "</li>")}</ul></nav></header>
<main><div class="breadcrumb"><a href="/">{f("الرئيسية")}</a> /
<a href="/s">{f(story.section)}</a></div>
<article><h1>{escape(story.title)}</h1>
<div class="meta"><span class="author">{f(story.reporter)}</span>
<time datetime="{story.when.isoformat()}">{f(_ar_date(story.when))}</time></div>
<div class="share">{f("شارك:")} {f.links(["فيسبوك", "إكس", "واتساب", "تيليغرام"], join=" ")}</div>
<div class="entry">
{paragraphs_html(story, between={2: box})}
<p>{f(site.prose[0])}</p>
</div>
</article>
<aside class="sidebar"><div class="most-read"><h3>{f("الأكثر قراءة")}</h3>
<ol>{f.links(site.most_read(index), "<li>", "</li>")}</ol></div>
<div class="newsletter"><h3>{f("اشترك في النشرة البريدية")}</h3>
<p>{f("أهم أخبار المدينة تصلك كل صباح إلى بريدك الإلكتروني.")}</p>
<input type="email" placeholder="بريدك الإلكتروني"><button>{f("اشترك")}</button></div></aside>
</main>
<footer><p>{f(site.prose[1])}</p><p>{f("شارع الينابيع 22، وادي الريحان")}</p>
<p>{f("© 2024 الواحة اليوم. جميع الحقوق محفوظة.")}</p><a href="#">{f("للأعلى")}</a></footer>
<div class="cookies"><p>{f("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستخدامك "
  "للموقع فإنك توافق على سياسة الخصوصية.")}</p><button>{f("موافق")}</button></div>
</body></html>"""


def sahl(site: Site, index: int, story: Story, f: Furniture) -> str:
    """Arabic agency, div soup: the share strip and a photo open the body container."""
    menu = ["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "صور"]
    related = site.related(index)
    related_box = (f'<div class="more-news"><div class="head">{f("أخبار ذات صلة")}</div>'
                   f'{f.links(related, "<div class=row>", "</div>")}</div>' if related else "")
    f.note("English خدمة RSS")
    f.note(f"الرئيسية > {story.section}")
    f.note("شارك الخبر: فيسبوك | إكس | واتساب | طباعة")
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{site.name} | {escape(story.title)}</title>
<link rel="canonical" href="{site.url(index)}">
</head><body><div id="wrapper">
<div id="top"><div class="logo"><a href="/">{f(site.name)}</a></div>
<div class="top-links"><a href="/en">{f("English")}</a>
<a href="/rss">{f("خدمة RSS")}</a></div></div>
<div id="menu">{f.links(menu, '<div class="item">', "</div>")}</div>
<div id="content"><div class="col-main">
<div class="path"><a href="/">{f("الرئيسية")}</a> &gt; <a href="/c">{f(story.section)}</a></div>
<h1 class="news-title">{escape(story.title)}</h1>
<div class="news-date">{f(story.town + " - " + site.name + " | " + _ar_date(story.when))}</div>
<div class="news-body">
<div class="tools">{f("شارك الخبر:")}
{f.links(["فيسبوك", "إكس", "واتساب", "طباعة"], join=" | ")}</div>
<figure class="news-photo"><img src="/photos/{index}.jpg" alt="">
<figcaption>{escape(story.caption)}</figcaption></figure>
{paragraphs_html(story)}
<div class="agency-note">{f(site.prose[0])}</div>
</div>
{related_box}
</div>
<div class="col-side"><div class="box"><div class="head">{f("الأكثر قراءة")}</div>
{f.links(site.most_read(index), "<div class=row>", "</div>")}</div>
<div class="box"><div class="head">{f("النشرة الإخبارية")}</div>
<div>{f("سجل بريدك الإلكتروني لتصلك نشرة الوكالة اليومية.")}</div>
<input type="text"><a class="btn" href="#">{f("تسجيل")}</a></div>
<div class="box app"><div>{f(site.prose[1])}</div></div></div>
</div>
<div id="footer"><div>{f(site.prose[2])}</div>
<div>{f("وكالة أنباء السهل، شارع المحطة، سهل القمح")}</div>
<div>{f("جميع الحقوق محفوظة © 2024 وكالة أنباء السهل")}</div><a href="#">{f("للأعلى")}</a></div>
<div id="cookie-bar">{f("نستخدم ملفات الكوكيز لضمان أفضل تجربة على موقعنا، ويمكنك معرفة المزيد "
  "في سياسة الاستخدام.")} <a href="#">{f("أوافق")}</a></div>
</div></body></html>"""


SITES = (
    Site("ledger", "The Millbrook Ledger", "en", "ledger.example", ENGLISH,
         ("Council", "Transport", "Environment", "Schools", "Business"),
         ("Read every edition on the go with the Ledger app, free for subscribers on phones "
          "and tablets.",
          "If you spot an error in one of our stories, write to the readers' editor and we will "
          "look at it within two working days.",
          "The Millbrook Ledger has reported on the towns and farms of the Sallow valley since "
          "1961 and is owned by a trust of its readers."),
         ledger),
    Site("herald", "Tallow Creek Herald", "en", "tallowcreekherald.example", ENGLISH,
         ("County Board", "Roads", "Schools", "Farm & Ranch"),
         ("Have a news tip or a photo from around town? Call the newsroom any weekday between "
          "nine and five and ask for the city desk.",
          "The Tallow Creek Herald has been published every week since 1908 and is delivered "
          "to homes across three counties."),
         herald),
    Site("ekspres", "Kuzey Ekspres", "tr", "kuzeyekspres.example", TURKISH,
         ("Yerel", "Ekonomi", "Gündem", "Çevre"),
         ("Kuzey Ekspres uygulamasını indirin, son dakika gelişmelerini bildirimlerle anında "
          "cebinizden takip edin.",
          "Kuzey Ekspres, 1987'den bu yana Karadeniz kıyısındaki kasabaların sesini duyuran "
          "bağımsız bir yerel gazetedir."),
         ekspres),
    Site("ajans", "Ova Haber Ajansı", "tr", "ovahaber.example", TURKISH,
         ("Yerel Yönetimler", "Bölge", "Çevre", "Ulaşım"),
         ("Ova Haber Ajansı'nın internet sitesinde yer alan haberler, abonelere sunulan haber "
          "akışının yalnızca küçük bir bölümünü içermektedir.",
          "Haberleri mobil uygulamamızdan okuyabilir, ilgilendiğiniz konularda bildirim "
          "almayı seçebilirsiniz.",
          "Ova Haber Ajansı, bölgedeki yerel gazete ve radyolara 1994 yılından beri kesintisiz "
          "haber hizmeti veren bir kuruluştur."),
         ajans),
    Site("waha", "الواحة اليوم", "ar", "alwaha.example", ARABIC,
         ("محليات", "خدمات", "بيئة", "اقتصاد"),
         ("تابعوا آخر أخبار الواحة اليوم عبر تطبيقنا المجاني المتوفر على الهواتف الذكية "
          "والأجهزة اللوحية.",
          "الواحة اليوم صحيفة مستقلة تصدر منذ عام 1979 وتهتم بشؤون المدن والقرى في الوادي."),
         waha),
    Site("sahl", "وكالة أنباء السهل", "ar", "sahlnews.example", ARABIC,
         ("أخبار محلية", "خدمات", "زراعة", "اقتصاد"),
         ("جميع الأخبار المنشورة على موقع الوكالة متاحة للمشتركين في خدمة الأخبار العاجلة عبر "
          "تطبيق الوكالة.",
          "حمل تطبيق الوكالة على هاتفك لتصلك الأخبار العاجلة فور حدوثها أينما كنت.",
          "وكالة أنباء السهل مؤسسة إعلامية مستقلة تأسست عام 1998 وتغطي أخبار المدن والأرياف."),
         sahl),
)
SITE_KEYS = tuple(site.key for site in SITES)


def site(key: str) -> Site:
    return next(s for s in SITES if s.key == key)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())

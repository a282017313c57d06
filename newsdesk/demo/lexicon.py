"""Names in the demo's three languages: countries and their cities, topics, weekdays, agencies
and their reporters, and how each language writes numbers. Pure data and formatting."""

from dataclasses import dataclass

LANGUAGES = ("en", "tr", "ar")


@dataclass(frozen=True)
class Country:
    key: str  # the English name: the Place's name
    code: str
    en: tuple[str, str, str, str]  # name (the key), capital, city, leader
    tr: tuple[str, str, str, str, str]  # name, capital, city, leader alone, leader of the country
    ar: tuple[str, str, str, str, str]  # name, capital, city, leader, feminine adjective


def _c(key, code, en, tr, ar) -> Country:
    return Country(key, code, (key, *en.split("|")), tuple(tr.split("|")), tuple(ar.split("|")))


COUNTRIES = [
    _c("Syria", "SY", "Damascus|Aleppo|President", "Suriye|Şam|Halep|Cumhurbaşkanı|Suriye Cumhurbaşkanı",
       "سوريا|دمشق|حلب|الرئيس السوري|السورية"),
    _c("Turkey", "TR", "Ankara|Istanbul|President", "Türkiye|Ankara|İstanbul|Cumhurbaşkanı|Türkiye Cumhurbaşkanı",
       "تركيا|أنقرة|إسطنبول|الرئيس التركي|التركية"),
    _c("Iraq", "IQ", "Baghdad|Basra|Prime Minister", "Irak|Bağdat|Basra|Başbakan|Irak Başbakanı",
       "العراق|بغداد|البصرة|رئيس الوزراء العراقي|العراقية"),
    _c("Iran", "IR", "Tehran|Isfahan|President", "İran|Tahran|İsfahan|Cumhurbaşkanı|İran Cumhurbaşkanı",
       "إيران|طهران|أصفهان|الرئيس الإيراني|الإيرانية"),
    _c("Lebanon", "LB", "Beirut|Tripoli|Prime Minister", "Lübnan|Beyrut|Trablus|Başbakan|Lübnan Başbakanı",
       "لبنان|بيروت|طرابلس|رئيس الوزراء اللبناني|اللبنانية"),
    # Amman keeps its shadda in Arabic: without it, عمان is also Oman.
    _c("Jordan", "JO", "Amman|Aqaba|Prime Minister", "Ürdün|Amman|Akabe|Başbakan|Ürdün Başbakanı",
       "الأردن|عمّان|العقبة|رئيس الوزراء الأردني|الأردنية"),
    _c("Egypt", "EG", "Cairo|Alexandria|President", "Mısır|Kahire|İskenderiye|Cumhurbaşkanı|Mısır Cumhurbaşkanı",
       "مصر|القاهرة|الإسكندرية|الرئيس المصري|المصرية"),
    _c("Saudi Arabia", "SA", "Riyadh|Jeddah|Crown Prince",
       "Suudi Arabistan|Riyad|Cidde|Veliaht Prens|Suudi Arabistan Veliaht Prensi",
       "السعودية|الرياض|جدة|ولي العهد السعودي|السعودية"),
    _c("Qatar", "QA", "Doha|Al Wakrah|Emir", "Katar|Doha|Vakra|Emir|Katar Emiri", "قطر|الدوحة|الوكرة|أمير قطر|القطرية"),
    _c("Pakistan", "PK", "Islamabad|Karachi|Prime Minister", "Pakistan|İslamabad|Karaçi|Başbakan|Pakistan Başbakanı",
       "باكستان|إسلام آباد|كراتشي|رئيس الوزراء الباكستاني|الباكستانية"),
    _c("Indonesia", "ID", "Jakarta|Surabaya|President", "Endonezya|Cakarta|Surabaya|Devlet Başkanı|Endonezya Devlet Başkanı",
       "إندونيسيا|جاكرتا|سورابايا|الرئيس الإندونيسي|الإندونيسية"),
    _c("Malaysia", "MY", "Kuala Lumpur|Penang|Prime Minister", "Malezya|Kuala Lumpur|Penang|Başbakan|Malezya Başbakanı",
       "ماليزيا|كوالالمبور|بينانغ|رئيس الوزراء الماليزي|الماليزية"),
    _c("Azerbaijan", "AZ", "Baku|Ganja|President", "Azerbaycan|Bakü|Gence|Cumhurbaşkanı|Azerbaycan Cumhurbaşkanı",
       "أذربيجان|باكو|كنجة|الرئيس الأذربيجاني|الأذربيجانية"),
    _c("Tunisia", "TN", "Tunis|Sfax|President", "Tunus|Tunus|Sfaks|Cumhurbaşkanı|Tunus Cumhurbaşkanı",
       "تونس|تونس|صفاقس|الرئيس التونسي|التونسية"),
    _c("Morocco", "MA", "Rabat|Casablanca|Prime Minister", "Fas|Rabat|Kazablanka|Başbakan|Fas Başbakanı",
       "المغرب|الرباط|الدار البيضاء|رئيس الحكومة المغربية|المغربية"),
    _c("Yemen", "YE", "Sanaa|Aden|Prime Minister", "Yemen|Sana|Aden|Başbakan|Yemen Başbakanı",
       "اليمن|صنعاء|عدن|رئيس الوزراء اليمني|اليمنية"),
]

# English, Turkish (used before "alanında", "konusunda": no suffix on the topic), Arabic.
TOPICS = [
    ("trade and investment", "ticaret ve yatırım", "التجارة والاستثمار"),
    ("regional security", "bölgesel güvenlik", "الأمن الإقليمي"),
    ("water management", "su yönetimi", "إدارة المياه"),
    ("energy cooperation", "enerji", "الطاقة"),
    ("public health", "halk sağlığı", "الصحة العامة"),
    ("higher education", "yükseköğretim", "التعليم العالي"),
    ("transport links", "ulaştırma", "النقل"),
    ("food security", "gıda güvenliği", "الأمن الغذائي"),
    ("tourism", "turizm", "السياحة"),
    ("renewable energy", "yenilenebilir enerji", "الطاقة المتجددة"),
    ("customs procedures", "gümrük işlemleri", "الإجراءات الجمركية"),
    ("cultural exchange", "kültürel iş birliği", "التبادل الثقافي"),
    ("disaster relief", "afet yardımı", "الإغاثة في حالات الكوارث"),
]

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}


@dataclass(frozen=True)
class House:
    """An agency with an edition per language: its name and dateline credit in each."""

    names: dict[str, tuple[str, str]]

    def name(self, language: str) -> str:
        return self.names[language][0]

    def credit(self, language: str) -> str:
        return self.names[language][1]


HOUSES = [
    House({"en": ("Anatolia Wire", "AW"), "tr": ("Boğaziçi Haber Ajansı", "BHA"),
           "ar": ("وكالة البوسفور للأنباء", "البوسفور")}),
    House({"en": ("Levant News Agency", "LNA"), "tr": ("Levant Haber Ajansı", "LHA"),
           "ar": ("وكالة أنباء المشرق", "المشرق")}),
    House({"en": ("Gulf Press Service", "GPS"), "tr": ("Körfez Haber Ajansı", "KHA"),
           "ar": ("وكالة الخليج للأنباء", "الخليج")}),
    House({"en": ("Crescent Reports", "Crescent"), "tr": ("Hilal Haber Ajansı", "HHA"),
           "ar": ("وكالة الهلال للأنباء", "الهلال")}),
    House({"en": ("Nile Wire", "Nile Wire"), "tr": ("Nil Haber Ajansı", "NHA"),
           "ar": ("وكالة النيل للأنباء", "النيل")}),
]

AUTHORS = {
    "en": ["Sarah Collins", "James Whitaker", "Amina Yusuf", "Daniel Harper", "Leila Haddad",
           "Thomas Reed", "Nadia Karim", "Owen Matthews"],
    "tr": ["Ayşe Yılmaz", "Mehmet Kaya", "Zeynep Demir", "Emre Çelik", "Elif Şahin", "Burak Öztürk",
           "Selin Aydın", "Kerem Arslan"],
    "ar": ["أحمد الخطيب", "ليلى منصور", "محمد العلي", "سارة الحسن", "عمر الشامي", "نور الدين حداد",
           "رنا عبد الله", "يوسف القاسم"],
}

_ARABIC_DIGITS = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


def number(value: int | float, language: str) -> str:
    """1,250 and 5.4 in English; 1.250 and 5,4 in Turkish; ١٬٢٥٠ and ٥٫٤ in Arabic."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
    if language == "tr":
        return text.translate(str.maketrans(".,", ",."))
    if language == "ar":
        return text.translate(_ARABIC_DIGITS)
    return text

# The sections as the Turkish and Arabic editions (ours and the demo agency's) name them.
SECTION_NAMES = {
    "tr": {"Politics": "Politika", "Economy": "Ekonomi", "World": "Dünya", "Science": "Bilim",
           "Culture": "Kültür", "Health": "Sağlık", "Sports": "Spor"},
    "ar": {"Politics": "سياسة", "Economy": "اقتصاد", "World": "العالم", "Science": "علوم",
           "Culture": "ثقافة", "Health": "صحة", "Sports": "رياضة"},
}

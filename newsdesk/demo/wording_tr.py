"""Turkish agency copy (see wording_en). Names carry their case suffix through the slot that
asks for it, made by newsdesk.demo.turkish: {city_loc} Şam'da, {city_lki} Şam'daki, {other_abl}
Irak'tan, {other_dat} Irak'a, {country_gen} Suriye'nin. Topics stand before a fixed noun
("{topic} alanında") so that they never take a suffix themselves."""

KINDS = {
    "talks": (
        ["{country}: {leader}, {topic} görüşmeleri için {other} heyetini kabul etti",
         "{country}: {other} ile {topic} alanında görüşmeler {capital_loc} yapıldı",
         "{country}: {capital_loc} {other} heyetiyle {topic} görüşmesi"],
        ["{leader_of}, {weekday} günü {capital_loc} {other_abl} gelen bir heyeti {topic} konusundaki görüşmeler için kabul etti.",
         "{country} ile {other} arasındaki {topic} görüşmeleri {weekday} günü {capital_loc}, {leader_of} başkanlığında yapıldı.",
         "{other_abl} gelen heyet, {weekday} günü {capital_loc} {leader_of} ile bir araya gelerek {topic} alanındaki iş birliğini görüştü."],
        ["Taraflar, {topic} alanındaki ortak komisyonun gelecek ay yeniden toplanması konusunda uzlaştı.",
         "{other} heyetinin hafta sonuna kadar {capital_loc} kalması bekleniyor.",
         "{capital_lki} yetkililer, {topic} görüşmelerinin yapıcı geçtiğini belirtti."],
    ),
    "ministers": (
        ["{country}: Dışişleri Bakanı, {other} Dışişleri Bakanı ile {city_loc} görüştü",
         "{country}: {other} ile bakanlar düzeyinde {topic} toplantısı {city_loc} yapıldı",
         "{country}: {city_loc} {other} ile bakanlar toplantısı"],
        ["{country} ve {other} dışişleri bakanları, {weekday} günü {city_loc} bir araya gelerek {topic} konusunu görüştü.",
         "{other} ve {country} bakanları, {weekday} günü {city_loc} düzenlenen toplantıda {topic} alanındaki iş birliğini ele aldı."],
        ["İki bakan, {topic} alanında bir çalışma grubu kurulması konusunda anlaştı.",
         "Bu, iki bakanın geçen yıldan bu yana {city_loc} yaptığı ilk görüşme oldu.",
         "{city_loc} yapılan toplantının ardından {topic} konusunda ortak bir açıklama yayımlanması bekleniyor."],
    ),
    "quake": (
        ["{country}: {city} yakınlarında {magnitude} büyüklüğünde deprem",
         "{country}: {city_loc} {magnitude} büyüklüğünde deprem meydana geldi",
         "{country}: {magnitude} büyüklüğündeki deprem {city_loc} hissedildi"],
        ["{country_gen} {city} kenti yakınlarında {weekday} günü {depth} kilometre derinlikte {magnitude} büyüklüğünde bir deprem meydana geldi.",
         "Ulusal sismoloji merkezinin açıklamasına göre, {weekday} günü {city_loc} meydana gelen {magnitude} büyüklüğündeki depremin derinliği {depth} kilometre olarak ölçüldü."],
        ["{city} sakinleri, sarsıntının birkaç saniye sürdüğünü söyledi.",
         "Yetkililer, acil durum ekiplerinin {city_loc} binalarda hasar tespiti yaptığını bildirdi.",
         "Yerel yetkililerin açıklamasına göre, akşam saatlerine kadar {city_loc} can kaybı bildirilmedi."],
    ),
    "rate": (
        ["{country}: Merkez Bankası politika faizini yüzde {rate} seviyesinde sabit tuttu",
         "{country}: Merkez Bankası faizi yüzde {rate} olarak korudu",
         "{country}: Politika faizi yüzde {rate} seviyesinde değiştirilmedi"],
        ["{country} Merkez Bankası, {weekday} günü {capital_loc} yaptığı açıklamada politika faizini yüzde {rate} seviyesinde sabit tuttuğunu duyurdu.",
         "{capital_loc} toplanan Merkez Bankası, {weekday} günü politika faizini yüzde {rate} olarak korudu."],
        ["Bankanın {capital_loc} yayımlanan açıklamasında, fiyat gelişmelerinin yakından izleneceği belirtildi.",
         "{capital_lki} ekonomistler kararın bu yönde olmasını bekliyordu.",
         "Merkez Bankası kurulunun bir sonraki toplantısının gelecek ay {capital_loc} yapılması planlanıyor."],
    ),
    "exports": (
        ["{country}: {other_dat} ihracat ilk çeyrekte yüzde {percent} arttı",
         "{country}: {other_dat} ihracat {value} milyon dolara ulaştı",
         "{country}: {other} ile ticarette ihracat yüzde {percent} yükseldi"],
        ["{capital_lki} istatistik kurumunun {weekday} günü yaptığı açıklamaya göre, {country_gen} {other_dat} ihracatı ilk çeyrekte yüzde {percent} artarak {value} milyon dolara ulaştı.",
         "İstatistik kurumu, {weekday} günü {capital_loc} yaptığı açıklamada {other_dat} yapılan ihracatın ilk çeyrekte {value} milyon dolar olduğunu ve geçen yılın aynı dönemine göre yüzde {percent} arttığını bildirdi."],
        ["{other_dat} ihracatta en büyük payı gıda ürünleri ve inşaat malzemeleri aldı.",
         "{capital_lki} yetkililer, {other} ile ticaretin bu yıl da artmasını beklediklerini söyledi.",
         "{capital_lki} ticaret yetkilileri, yeni gümrük düzenlemelerinin artışa katkı sağladığını belirtti."],
    ),
    "book_fair": (
        ["{country}: {city}, uluslararası kitap fuarına ev sahipliği yapıyor",
         "{country}: {city_lki} uluslararası kitap fuarı {publishers} yayıneviyle açıldı",
         "{country}: {city_lki} kitap fuarına {publishers} yayınevi katılıyor"],
        ["{city_lki} uluslararası kitap fuarı, {weekday} günü {publishers} yayınevinin katılımıyla kapılarını açtı.",
         "Organizatörlerin açıklamasına göre, {weekday} günü {city_loc} açılan uluslararası kitap fuarına {publishers} yayınevi katılıyor."],
        ["{city_lki} fuar on gün sürecek ve çocuklar için okuma etkinlikleri ile atölyeler içeriyor.",
         "{other_abl} gelen yayıncılar da {city_lki} fuarın konukları arasında yer alıyor.",
         "{city_lki} organizatörler, ziyaretçi sayısının geçen yılı aşmasını beklediklerini söyledi."],
    ),
    "hospital": (
        ["{country}: {city_loc} {beds} yataklı yeni hastane bloğu açıldı",
         "{country}: {city_lki} hastanenin yeni bloğu hizmete girdi",
         "{country}: Sağlık Bakanlığı {city_loc} {beds} yataklı bloğu hizmete açtı"],
        ["{country} Sağlık Bakanlığı, {weekday} günü {city_loc} {beds} yataklı yeni bir hastane bloğunun açıldığını duyurdu.",
         "{country} Sağlık Bakanlığı, {city_lki} bir hastanenin {beds} yataklı yeni bloğunu {weekday} günü hizmete açtı."],
        ["{city_lki} yeni blokta acil servis ve çocuk servisi bulunuyor.",
         "{city_lki} doktorlar, yeni bloğun hastaların bekleme sürelerini kısaltacağını söyledi.",
         "Bakanlık, {country_gen} diğer illerinde de benzer projelerin planlandığını bildirdi."],
    ),
    "research": (
        ["{country}: {city_lki} araştırmacılar {topic} çalışmasında ilerleme kaydetti",
         "{country}: {city_loc} {topic} alanında {years} yıllık araştırma başladı",
         "{country}: {city_lki} bilim insanları {topic} araştırmasının ilk sonuçlarını yayımladı"],
        ["{city_lki} bir üniversitenin araştırmacıları, {topic} alanındaki {years} yıllık çalışmalarının ilk sonuçlarını {weekday} günü yayımladı.",
         "{city_lki} bir araştırma ekibi, {topic} konusundaki {years} yıllık araştırmanın ilk bulgularını {weekday} günü kamuoyuyla paylaştı."],
        ["{country_gen} birçok üniversitesinden araştırmacılar {topic} çalışmasında yer alıyor.",
         "{city_lki} ekip, sonraki bulguları bu yıl içinde düzenlenecek bir konferansta sunacağını açıkladı.",
         "Üniversitenin açıklamasına göre, {other_abl} araştırmacılar da projeye katıldı."],
    ),
    "qualifier": (
        ["{country}: Milli takım {other} maçına hazırlanıyor",
         "{country}: {other} maçı için {players} kişilik kadro açıklandı",
         "{country}: Milli takım {other} ile {city_loc} karşılaşacak"],
        ["{country} Milli Futbol Takımı, {city_loc} oynanacak {other} maçı için {weekday} günü {players} kişilik kadrosunu açıkladı.",
         "{country} milli takımının teknik direktörü, {weekday} günü {other} ile {city_loc} oynanacak eleme maçı öncesinde {players} oyuncuyu kadroya çağırdı."],
        ["Milli takım, {weekday} günü {city_loc} çalışmalara başladı.",
         "{other} ile oynanacak maçın {city_loc} dolu tribünler önünde yapılması bekleniyor.",
         "{country} Futbol Federasyonu, {city_lki} maçın biletlerinin büyük bölümünün satıldığını bildirdi."],
    ),
}

# In the same order in every language (see content.ANNOUNCED_ONLY).
GENERIC = [
    "Konuyla ilgili ayrıntıların {capital_loc} düzenlenecek bir basın toplantısında açıklanması bekleniyor.",
    "{city_lki} yerel basın da haberi {weekday} günü duyurdu.",
    "Yerel basının haberine göre, açıklama {capital_lki} yetkililer tarafından memnuniyetle karşılandı.",
    "{country} hükümeti konuyla ilgili henüz ek bir açıklama yapmadı.",
    "{capital_lki} bir sözcü, önümüzdeki günlerde daha fazla bilgi verileceğini söyledi.",
    "{city_lki} gözlemciler, gelişmenin birkaç haftadır beklendiğini belirtti.",
]


def dateline(city: str, credit: str) -> str:
    from .turkish import upper

    return f"{upper(city)} ({credit}) – "

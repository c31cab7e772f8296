#include "catalogue.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

struct CountryRow
{
    const char16_t *name;
    const char16_t *iso;
    const char16_t *dial;
};

// Real names, ISO codes and dial codes. Ghana is id 42, as in the contract's
// examples.
constexpr CountryRow countryRows[] = {
    {u"Afghanistan", u"AF", u"+93"},
    {u"Albania", u"AL", u"+355"},
    {u"Algeria", u"DZ", u"+213"},
    {u"Andorra", u"AD", u"+376"},
    {u"Angola", u"AO", u"+244"},
    {u"Argentina", u"AR", u"+54"},
    {u"Armenia", u"AM", u"+374"},
    {u"Australia", u"AU", u"+61"},
    {u"Austria", u"AT", u"+43"},
    {u"Azerbaijan", u"AZ", u"+994"},
    {u"Bahrain", u"BH", u"+973"},
    {u"Bangladesh", u"BD", u"+880"},
    {u"Belarus", u"BY", u"+375"},
    {u"Belgium", u"BE", u"+32"},
    {u"Benin", u"BJ", u"+229"},
    {u"Bolivia", u"BO", u"+591"},
    {u"Bosnia and Herzegovina", u"BA", u"+387"},
    {u"Botswana", u"BW", u"+267"},
    {u"Brazil", u"BR", u"+55"},
    {u"Bulgaria", u"BG", u"+359"},
    {u"Burkina Faso", u"BF", u"+226"},
    {u"Burundi", u"BI", u"+257"},
    {u"Cambodia", u"KH", u"+855"},
    {u"Cameroon", u"CM", u"+237"},
    {u"Canada", u"CA", u"+1"},
    {u"Cabo Verde", u"CV", u"+238"},
    {u"Central African Republic", u"CF", u"+236"},
    {u"Chad", u"TD", u"+235"},
    {u"Chile", u"CL", u"+56"},
    {u"China", u"CN", u"+86"},
    {u"Colombia", u"CO", u"+57"},
    {u"Comoros", u"KM", u"+269"},
    {u"Congo", u"CG", u"+242"},
    {u"Costa Rica", u"CR", u"+506"},
    {u"Côte d’Ivoire", u"CI", u"+225"},
    {u"Croatia", u"HR", u"+385"},
    {u"Cuba", u"CU", u"+53"},
    {u"Curaçao", u"CW", u"+599"},
    {u"Cyprus", u"CY", u"+357"},
    {u"Czechia", u"CZ", u"+420"},
    {u"Denmark", u"DK", u"+45"},
    {u"Ghana", u"GH", u"+233"},
    {u"Djibouti", u"DJ", u"+253"},
    {u"Dominican Republic", u"DO", u"+1"},
    {u"DR Congo", u"CD", u"+243"},
    {u"Ecuador", u"EC", u"+593"},
    {u"Egypt", u"EG", u"+20"},
    {u"El Salvador", u"SV", u"+503"},
    {u"Equatorial Guinea", u"GQ", u"+240"},
    {u"Eritrea", u"ER", u"+291"},
    {u"Estonia", u"EE", u"+372"},
    {u"Eswatini", u"SZ", u"+268"},
    {u"Ethiopia", u"ET", u"+251"},
    {u"Fiji", u"FJ", u"+679"},
    {u"Finland", u"FI", u"+358"},
    {u"France", u"FR", u"+33"},
    {u"Gabon", u"GA", u"+241"},
    {u"Gambia", u"GM", u"+220"},
    {u"Georgia", u"GE", u"+995"},
    {u"Germany", u"DE", u"+49"},
    {u"Greece", u"GR", u"+30"},
    {u"Guatemala", u"GT", u"+502"},
    {u"Guinea", u"GN", u"+224"},
    {u"Guinea-Bissau", u"GW", u"+245"},
    {u"Guyana", u"GY", u"+592"},
    {u"Haiti", u"HT", u"+509"},
    {u"Honduras", u"HN", u"+504"},
    {u"Hong Kong", u"HK", u"+852"},
    {u"Hungary", u"HU", u"+36"},
    {u"Iceland", u"IS", u"+354"},
    {u"India", u"IN", u"+91"},
    {u"Indonesia", u"ID", u"+62"},
    {u"Iran", u"IR", u"+98"},
    {u"Iraq", u"IQ", u"+964"},
    {u"Ireland", u"IE", u"+353"},
    {u"Israel", u"IL", u"+972"},
    {u"Italy", u"IT", u"+39"},
    {u"Jamaica", u"JM", u"+1"},
    {u"Japan", u"JP", u"+81"},
    {u"Jordan", u"JO", u"+962"},
    {u"Kazakhstan", u"KZ", u"+7"},
    {u"Kenya", u"KE", u"+254"},
    {u"Kuwait", u"KW", u"+965"},
    {u"Kyrgyzstan", u"KG", u"+996"},
    {u"Laos", u"LA", u"+856"},
    {u"Latvia", u"LV", u"+371"},
    {u"Lebanon", u"LB", u"+961"},
    {u"Lesotho", u"LS", u"+266"},
    {u"Liberia", u"LR", u"+231"},
    {u"Libya", u"LY", u"+218"},
    {u"Lithuania", u"LT", u"+370"},
    {u"Luxembourg", u"LU", u"+352"},
    {u"Macao", u"MO", u"+853"},
    {u"Madagascar", u"MG", u"+261"},
    {u"Malawi", u"MW", u"+265"},
    {u"Malaysia", u"MY", u"+60"},
    {u"Maldives", u"MV", u"+960"},
    {u"Mali", u"ML", u"+223"},
    {u"Malta", u"MT", u"+356"},
    {u"Mauritania", u"MR", u"+222"},
    {u"Mauritius", u"MU", u"+230"},
    {u"Mexico", u"MX", u"+52"},
    {u"Moldova", u"MD", u"+373"},
    {u"Monaco", u"MC", u"+377"},
    {u"Mongolia", u"MN", u"+976"},
    {u"Montenegro", u"ME", u"+382"},
    {u"Morocco", u"MA", u"+212"},
    {u"Mozambique", u"MZ", u"+258"},
    {u"Myanmar", u"MM", u"+95"},
    {u"Namibia", u"NA", u"+264"},
    {u"Nepal", u"NP", u"+977"},
    {u"Netherlands", u"NL", u"+31"},
    {u"New Zealand", u"NZ", u"+64"},
    {u"Nicaragua", u"NI", u"+505"},
    {u"Niger", u"NE", u"+227"},
    {u"Nigeria", u"NG", u"+234"},
    {u"North Macedonia", u"MK", u"+389"},
    {u"Norway", u"NO", u"+47"},
    {u"Oman", u"OM", u"+968"},
    {u"Pakistan", u"PK", u"+92"},
    {u"Palestine", u"PS", u"+970"},
    {u"Panama", u"PA", u"+507"},
    {u"Papua New Guinea", u"PG", u"+675"},
    {u"Paraguay", u"PY", u"+595"},
    {u"Peru", u"PE", u"+51"},
    {u"Philippines", u"PH", u"+63"},
    {u"Poland", u"PL", u"+48"},
    {u"Portugal", u"PT", u"+351"},
    {u"Puerto Rico", u"PR", u"+1"},
    {u"Qatar", u"QA", u"+974"},
    {u"Réunion", u"RE", u"+262"},
    {u"Romania", u"RO", u"+40"},
    {u"Russia", u"RU", u"+7"},
    {u"Rwanda", u"RW", u"+250"},
    {u"São Tomé and Príncipe", u"ST", u"+239"},
    {u"Saudi Arabia", u"SA", u"+966"},
    {u"Senegal", u"SN", u"+221"},
    {u"Serbia", u"RS", u"+381"},
    {u"Sierra Leone", u"SL", u"+232"},
    {u"Singapore", u"SG", u"+65"},
    {u"Slovakia", u"SK", u"+421"},
    {u"Slovenia", u"SI", u"+386"},
    {u"Somalia", u"SO", u"+252"},
    {u"South Africa", u"ZA", u"+27"},
    {u"South Korea", u"KR", u"+82"},
    {u"South Sudan", u"SS", u"+211"},
    {u"Spain", u"ES", u"+34"},
    {u"Sri Lanka", u"LK", u"+94"},
    {u"Sudan", u"SD", u"+249"},
    {u"Suriname", u"SR", u"+597"},
    {u"Sweden", u"SE", u"+46"},
    {u"Switzerland", u"CH", u"+41"},
    {u"Syria", u"SY", u"+963"},
    {u"Taiwan", u"TW", u"+886"},
    {u"Tajikistan", u"TJ", u"+992"},
    {u"Tanzania", u"TZ", u"+255"},
    {u"Thailand", u"TH", u"+66"},
    {u"Timor-Leste", u"TL", u"+670"},
    {u"Togo", u"TG", u"+228"},
    {u"Trinidad and Tobago", u"TT", u"+1"},
    {u"Tunisia", u"TN", u"+216"},
    {u"Türkiye", u"TR", u"+90"},
    {u"Turkmenistan", u"TM", u"+993"},
    {u"Uganda", u"UG", u"+256"},
    {u"Ukraine", u"UA", u"+380"},
    {u"United Arab Emirates", u"AE", u"+971"},
    {u"United Kingdom", u"GB", u"+44"},
    {u"United States", u"US", u"+1"},
    {u"Uruguay", u"UY", u"+598"},
    {u"Uzbekistan", u"UZ", u"+998"},
    {u"Venezuela", u"VE", u"+58"},
    {u"Viet Nam", u"VN", u"+84"},
    {u"Yemen", u"YE", u"+967"},
    {u"Zambia", u"ZM", u"+260"},
    {u"Zimbabwe", u"ZW", u"+263"},
    {u"Åland Islands", u"AX", u"+358"},
};

struct ServiceRow
{
    qint64 id;
    const char16_t *name;
    bool popular = false;
};

// The nine published IDs first, then services a number reseller carries.
constexpr ServiceRow serviceRows[] = {
    {1688, u"One-Time SMS", true},
    {1012, u"WhatsApp", true},
    {329, u"Facebook", true},
    {457, u"Instagram", true},
    {907, u"Telegram", true},
    {924, u"TikTok", true},
    {948, u"Twitter/X", true},
    {1227, u"YouTube", true},
    {395, u"Google", true},
    {101, u"Airbnb"},
    {102, u"Alibaba"},
    {103, u"AliExpress"},
    {104, u"Amazon"},
    {105, u"Apple"},
    {106, u"Badoo"},
    {107, u"Bolt"},
    {108, u"Binance"},
    {109, u"Bumble"},
    {110, u"Careem"},
    {111, u"Coinbase"},
    {112, u"Discord"},
    {113, u"DiDi"},
    {114, u"eBay"},
    {115, u"Etsy"},
    {116, u"Glovo"},
    {117, u"Grab"},
    {118, u"Hinge"},
    {119, u"IMO"},
    {120, u"Jumia"},
    {121, u"KakaoTalk"},
    {122, u"Line"},
    {123, u"LinkedIn"},
    {124, u"Mercado Libre"},
    {125, u"Microsoft"},
    {126, u"Naver"},
    {127, u"Netflix"},
    {128, u"OpenAI"},
    {129, u"OLX"},
    {130, u"PayPal"},
    {131, u"Pinterest"},
    {132, u"Proton"},
    {133, u"Quora"},
    {134, u"Reddit"},
    {135, u"Revolut"},
    {136, u"Shopee"},
    {137, u"Signal"},
    {138, u"Skype"},
    {139, u"Snapchat"},
    {140, u"Spotify"},
    {141, u"Steam"},
    {142, u"Tinder"},
    {143, u"Truecaller"},
    {144, u"Twitch"},
    {145, u"Uber"},
    {146, u"Viber"},
    {147, u"VK"},
    {148, u"WeChat"},
    {149, u"Yahoo"},
    {150, u"Yandex"},
    {151, u"Zalo"},
    {152, u"Zoom"},
    {153, u"Wise"},
    {154, u"Nubank"},
    {155, u"Mobile Money"},
    {156, u"Payoneer"},
    {157, u"Skrill"},
    {158, u"Blablacar"},
    {159, u"Deliveroo"},
    {160, u"Lazada"},
    {161, u"Tokopedia"},
    {162, u"Gojek"},
    {163, u"Mail.ru"},
    {164, u"Ozon"},
    {165, u"Wildberries"},
    {166, u"Avito"},
    {167, u"Tencent QQ"},
    {168, u"Weibo"},
    {169, u"Douyin"},
    {170, u"Kwai"},
    {171, u"Likee"},
    {172, u"Bigo Live"},
    {173, u"Threads"},
    {174, u"Bluesky"},
    {175, u"Mastodon"},
    {176, u"Claude"},
    {177, u"Duolingo"},
    {178, u"Epic Games"},
    {179, u"Blizzard"},
    {180, u"Roblox"},
    {181, u"EA"},
    {182, u"Ubisoft"},
    {183, u"Nike"},
    {184, u"Adidas"},
    {185, u"Zara"},
    {186, u"Shein"},
    {187, u"Temu"},
    {188, u"Wallapop"},
    {189, u"Vinted"},
    {190, u"Craigslist"},
    {191, u"Match"},
    {192, u"OkCupid"},
    {193, u"Grindr"},
    {194, u"happn"},
    {195, u"Lovoo"},
    {196, u"Meetic"},
    {197, u"Zoosk"},
    {198, u"Fiverr"},
    {199, u"Upwork"},
    {200, u"Freelancer"},
};

} // namespace

quint64 Catalogue::mix(quint64 a, quint64 b)
{
    // splitmix64 of the pair: cheap, well spread, the same everywhere.
    quint64 z = a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

Catalogue::Catalogue(quint64 seed)
    : m_seed(seed)
{
    qint64 id = 1;
    for (const CountryRow &row : countryRows) {
        m_countries.append({id++, QString::fromUtf16(row.name), QString::fromUtf16(row.iso),
                            QString::fromUtf16(row.dial)});
    }
    for (const ServiceRow &row : serviceRows)
        m_services.append({row.id, QString::fromUtf16(row.name), row.popular});
}

const Country *Catalogue::country(qint64 id) const
{
    if (id < 1 || id > m_countries.size())
        return nullptr;
    return &m_countries.at(id - 1);
}

const ServiceInfo *Catalogue::service(qint64 id) const
{
    for (const ServiceInfo &s : m_services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

std::optional<Offer> Catalogue::offer(qint64 serviceId, qint64 countryId) const
{
    const ServiceInfo *s = service(serviceId);
    const Country *c = country(countryId);
    if (!s || !c)
        return std::nullopt;
    const quint64 h =
        mix(mix(m_seed, static_cast<quint64>(serviceId)), static_cast<quint64>(countryId));
    // Popular services are sold nearly everywhere, the rest in about 60 %.
    const bool ghanaWhatsApp = serviceId == 1012 && c->iso == u"GH";
    if (!ghanaWhatsApp && (h % 100) >= (s->popular ? 95u : 60u))
        return std::nullopt;
    Offer o;
    o.priceUsdCents = 8 + static_cast<qint64>((h >> 8) % 240) + (s->popular ? 10 : 0);
    o.stock = ((h >> 20) % 10) == 0 ? 0 : static_cast<qint64>((h >> 24) % 900) + 3;
    o.successRateTenths = ((h >> 36) % 7) == 0 ? -1 : 550 + static_cast<int>((h >> 40) % 440);
    if (ghanaWhatsApp)
        o.stock = qMax<qint64>(o.stock, 152);
    return o;
}

QList<std::pair<const Country *, Offer>> Catalogue::offers(qint64 serviceId) const
{
    QList<std::pair<const Country *, Offer>> list;
    for (const Country &c : m_countries) {
        if (const auto o = offer(serviceId, c.id))
            list.append({&c, *o});
    }
    return list;
}

} // namespace Sandbox

#include "core/settings/settings.h"

#include "core/api/apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

// Every key the app keeps, in one place.
const QString serverKey = u"settings/server"_s;
const QString languageKey = u"settings/language"_s;
const QString themeKey = u"settings/theme"_s;
const QString notificationsKey = u"settings/notifications"_s;
const QString autoCopyKey = u"settings/autoCopyNumber"_s;
const QString clearKey = u"settings/clipboardClearSeconds"_s;
const QString refreshKey = u"settings/refreshSeconds"_s;
const QString pricingKey = u"settings/bestSuccessRate"_s;
const QString watchKey = u"settings/watchSeconds"_s;
const QString lastServiceKey = u"services/last"_s;
const QString favouritesKey = u"services/favourites"_s;
const QString recentKey = u"services/recent"_s;

// One remembered session per server: the demo's never stands in for production's.
QString sessionGroup(const QUrl &server)
{
    return u"session/"_s + QString::fromLatin1(server.toEncoded().toHex());
}

QString layoutKey(Settings::Layout part)
{
    switch (part) {
    case Settings::Layout::Geometry:
        return u"window/geometry"_s;
    case Settings::Layout::WindowState:
        return u"window/state"_s;
    case Settings::Layout::CatalogSplitter:
        return u"window/catalogSplitter"_s;
    case Settings::Layout::VerticalSplitter:
        return u"window/verticalSplitter"_s;
    case Settings::Layout::PriceColumns:
        return u"window/priceColumns"_s;
    case Settings::Layout::OrderColumns:
        return u"window/orderColumns"_s;
    case Settings::Layout::BookColumns:
        return u"window/bookColumns"_s;
    }
    return {};
}

QList<qint64> idsFrom(const QVariant &value)
{
    QList<qint64> ids;
    for (const QVariant &v : value.toList()) {
        bool ok = false;
        if (const qint64 id = v.toLongLong(&ok); ok && id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QVariantList variantsOf(const QList<qint64> &ids)
{
    QVariantList list;
    for (const qint64 id : ids)
        list.append(id);
    return list;
}

} // namespace

QUrl Preferences::productionUrl()
{
    return QUrl(u"https://n1sms.com/api/mobile"_s);
}

void Settings::nameSharedProfile()
{
    QCoreApplication::setApplicationName(u"n1sms-desktop"_s);
    QCoreApplication::setOrganizationDomain(u"n1sms.com"_s);
    QCoreApplication::setOrganizationName(u"N1SMS"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(N1SMS_VERSION));
}

Settings::Settings(Storage storage)
    : m_storage(storage)
{}

Preferences Settings::preferences() const
{
    Preferences p;
    const QSettings store;
    // A file edited by hand must not point the app at a plain-http server.
    const QUrl server(store.value(serverKey).toString());
    if (ApiClient::isAllowedBaseUrl(server))
        p.serverUrl = server;
    p.language = store.value(languageKey).toString();
    const int theme = store.value(themeKey, 0).toInt();
    if (theme >= 0 && theme <= static_cast<int>(Preferences::Theme::Dark))
        p.theme = static_cast<Preferences::Theme>(theme);
    p.notifications = store.value(notificationsKey, true).toBool();
    p.autoCopyNumber = store.value(autoCopyKey, true).toBool();
    p.clipboardClearSeconds = qBound(0, store.value(clearKey, 0).toInt(), 3600);
    const int refresh = store.value(refreshKey, 5).toInt();
    if (refresh >= Preferences::minRefreshSeconds && refresh <= Preferences::maxRefreshSeconds)
        p.refreshSeconds = refresh;
    p.bestSuccessRate = store.value(pricingKey, false).toBool();
    const int watch = store.value(watchKey, 60).toInt();
    if (watch >= Preferences::minWatchSeconds && watch <= Preferences::maxWatchSeconds)
        p.watchSeconds = watch;
    return p;
}

void Settings::setPreferences(const Preferences &p)
{
    if (isEphemeral() || preferences() == p)
        return;
    QSettings store;
    if (p.serverUrl == Preferences::productionUrl())
        store.remove(serverKey);
    else
        store.setValue(serverKey, p.serverUrl.toString());
    store.setValue(languageKey, p.language);
    store.setValue(themeKey, static_cast<int>(p.theme));
    store.setValue(notificationsKey, p.notifications);
    store.setValue(autoCopyKey, p.autoCopyNumber);
    store.setValue(clearKey, p.clipboardClearSeconds);
    store.setValue(refreshKey, p.refreshSeconds);
    store.setValue(pricingKey, p.bestSuccessRate);
    store.setValue(watchKey, p.watchSeconds);
}

void Settings::setBestSuccessRate(bool best)
{
    if (!isEphemeral())
        QSettings().setValue(pricingKey, best);
}

qint64 Settings::lastService() const
{
    return QSettings().value(lastServiceKey).toLongLong();
}

void Settings::setLastService(qint64 serviceId)
{
    if (!isEphemeral())
        QSettings().setValue(lastServiceKey, serviceId);
}

QList<qint64> Settings::favouriteServices() const
{
    return idsFrom(QSettings().value(favouritesKey));
}

void Settings::setFavouriteServices(const QList<qint64> &ids)
{
    if (!isEphemeral())
        QSettings().setValue(favouritesKey, variantsOf(ids));
}

QList<qint64> Settings::recentServices() const
{
    return idsFrom(QSettings().value(recentKey));
}

void Settings::setRecentServices(const QList<qint64> &ids)
{
    if (!isEphemeral())
        QSettings().setValue(recentKey, variantsOf(ids));
}

QString Settings::rememberedEmail(const QUrl &server) const
{
    return QSettings().value(sessionGroup(server) + u"/email"_s).toString();
}

void Settings::setRememberedEmail(const QUrl &server, const QString &email)
{
    if (!isEphemeral())
        QSettings().setValue(sessionGroup(server) + u"/email"_s, email);
}

void Settings::forgetRemembered(const QUrl &server)
{
    if (!isEphemeral())
        QSettings().remove(sessionGroup(server));
}

QStringList Settings::missingEndpoints(const QUrl &server) const
{
    return QSettings()
        .value(u"servers/"_s + QString::fromLatin1(server.toEncoded().toHex()) + u"/missing"_s)
        .toStringList();
}

void Settings::setMissingEndpoints(const QUrl &server, const QStringList &names)
{
    if (!isEphemeral())
        QSettings().setValue(
            u"servers/"_s + QString::fromLatin1(server.toEncoded().toHex()) + u"/missing"_s, names);
}

QList<Watch> Settings::watches(const QUrl &server) const
{
    const QByteArray kept =
        QSettings()
            .value(u"servers/"_s + QString::fromLatin1(server.toEncoded().toHex()) + u"/watches"_s)
            .toByteArray();
    QList<Watch> list;
    const QJsonArray rows = QJsonDocument::fromJson(kept).array();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        Watch w;
        w.id = o.value("id"_L1).toInteger();
        w.serviceId = o.value("service"_L1).toInteger();
        w.serviceName = o.value("serviceName"_L1).toString();
        w.countryId = o.value("country"_L1).toInteger();
        w.countryName = o.value("countryName"_L1).toString();
        if (o.contains("maxPrice"_L1)) {
            w.maxPrice = Money::fromDecimal(o.value("maxPrice"_L1).toString(),
                                            o.value("currency"_L1).toString());
            if (!w.maxPrice)
                continue; // unreadable: dropped rather than met by anything
        }
        if (o.contains("minSuccess"_L1))
            w.minSuccessRate = qBound(0, o.value("minSuccess"_L1).toInt(), 100);
        w.buyWhenMet = o.value("buy"_L1).toBool();
        w.createdAt = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODate);
        if (w.id > 0 && w.serviceId > 0 && w.countryId >= 0)
            list.append(w);
    }
    return list;
}

void Settings::setWatches(const QUrl &server, const QList<Watch> &watches)
{
    if (isEphemeral())
        return;
    QJsonArray rows;
    for (const Watch &w : watches) {
        QJsonObject o{{"id"_L1, w.id},
                      {"service"_L1, w.serviceId},
                      {"serviceName"_L1, w.serviceName},
                      {"country"_L1, w.countryId},
                      {"countryName"_L1, w.countryName},
                      {"buy"_L1, w.buyWhenMet},
                      {"created"_L1, w.createdAt.toUTC().toString(Qt::ISODate)}};
        if (w.maxPrice) {
            o.insert("maxPrice"_L1, w.maxPrice->toDecimal());
            o.insert("currency"_L1, w.maxPrice->currency());
        }
        if (w.minSuccessRate)
            o.insert("minSuccess"_L1, *w.minSuccessRate);
        rows.append(o);
    }
    QSettings().setValue(u"servers/"_s + QString::fromLatin1(server.toEncoded().toHex()) +
                             u"/watches"_s,
                         QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

QByteArray Settings::layout(Layout part) const
{
    return QSettings().value(layoutKey(part)).toByteArray();
}

void Settings::setLayout(Layout part, const QByteArray &state)
{
    if (!isEphemeral())
        QSettings().setValue(layoutKey(part), state);
}

#include "settings.h"

#include "apiclient.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString serverKey = u"settings/server"_s;
const QString languageKey = u"settings/language"_s;
const QString themeKey = u"settings/theme"_s;
const QString notificationsKey = u"settings/notifications"_s;
const QString autoCopyKey = u"settings/autoCopyNumber"_s;
const QString clearKey = u"settings/clipboardClearSeconds"_s;
const QString refreshKey = u"settings/refreshSeconds"_s;
const QString pricingKey = u"settings/bestSuccessRate"_s;

} // namespace

QUrl Settings::productionUrl()
{
    return QUrl(u"https://n1sms.com/api/mobile"_s);
}

Settings Settings::load()
{
    const QSettings store;
    Settings s;
    // A file edited by hand must not point the app at a plain-http server.
    const QUrl server(store.value(serverKey).toString());
    if (ApiClient::isAllowedBaseUrl(server))
        s.serverUrl = server;
    s.language = store.value(languageKey).toString();
    const int theme = store.value(themeKey, 0).toInt();
    if (theme >= 0 && theme <= static_cast<int>(Theme::Dark))
        s.theme = static_cast<Theme>(theme);
    s.notifications = store.value(notificationsKey, true).toBool();
    s.autoCopyNumber = store.value(autoCopyKey, true).toBool();
    s.clipboardClearSeconds = qBound(0, store.value(clearKey, 0).toInt(), 3600);
    const int refresh = store.value(refreshKey, 5).toInt();
    if (refresh >= minRefreshSeconds && refresh <= maxRefreshSeconds)
        s.refreshSeconds = refresh;
    s.bestSuccessRate = store.value(pricingKey, false).toBool();
    return s;
}

void Settings::save() const
{
    QSettings store;
    if (serverUrl == productionUrl())
        store.remove(serverKey);
    else
        store.setValue(serverKey, serverUrl.toString());
    store.setValue(languageKey, language);
    store.setValue(themeKey, static_cast<int>(theme));
    store.setValue(notificationsKey, notifications);
    store.setValue(autoCopyKey, autoCopyNumber);
    store.setValue(clearKey, clipboardClearSeconds);
    store.setValue(refreshKey, refreshSeconds);
    store.setValue(pricingKey, bestSuccessRate);
}

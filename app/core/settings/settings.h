#pragma once

#include "core/domain/watch.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The user's choices in the settings dialog. A value out of range reads as
// its default.
struct Preferences
{
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    static QUrl productionUrl();

    QUrl serverUrl = productionUrl();
    QString language; // a locale name such as "fr"; empty: the system's
    Theme theme = Theme::System;
    bool notifications = true;     // a tray notification when a code arrives
    bool autoCopyNumber = true;    // the number goes to the clipboard on purchase
    int clipboardClearSeconds = 0; // 0: never clear what we copied
    int refreshSeconds = 5;        // how often waiting orders are checked
    bool bestSuccessRate = false;  // the pricing option of a purchase
    int watchSeconds = 60;         // how often watches look at prices

    static constexpr int minRefreshSeconds = 3;
    static constexpr int maxRefreshSeconds = 60;
    // Watches ask for a service's prices at most once in this long: never
    // more often than twice a minute, whatever the user sets.
    static constexpr int minWatchSeconds = 30;
    static constexpr int maxWatchSeconds = 3600;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

// Everything the app keeps between runs, and every key it is kept under: this
// file is the only one that names a QSettings key. Never a secret: the token
// lives in the keychain. Made once by the composition root and passed to
// whoever keeps something.
//
// An ephemeral Settings (the demo) reads what is kept and writes nothing, so
// that a demo run looks like the user's app and leaves nothing behind.
class Settings final
{
public:
    enum class Storage
    {
        Persistent,
        Ephemeral
    };
    explicit Settings(Storage storage = Storage::Persistent);

    // Names the application as both front ends must, so that n1sms and
    // n1sms-desktop share one profile: the settings file, the data folder
    // (order books, logs) and the sessions kept in the keychain.
    static void nameSharedProfile();

    bool isEphemeral() const { return m_storage == Storage::Ephemeral; }

    Preferences preferences() const;
    // Writes only what differs from what is kept.
    void setPreferences(const Preferences &preferences);
    void setBestSuccessRate(bool best);

    // The service whose prices were shown last, 0 for none.
    qint64 lastService() const;
    void setLastService(qint64 serviceId);
    QList<qint64> favouriteServices() const;
    void setFavouriteServices(const QList<qint64> &ids);
    QList<qint64> recentServices() const;
    void setRecentServices(const QList<qint64> &ids);

    // Who has a session remembered in the keychain for `server` (the secret
    // itself is in the keychain, under a key made of both).
    QString rememberedEmail(const QUrl &server) const;
    void setRememberedEmail(const QUrl &server, const QString &email);
    void forgetRemembered(const QUrl &server);

    // The assumed endpoints a server answered 404 or 405 to ("cancel",
    // "logout", "order"): not offered there, and not asked again.
    QStringList missingEndpoints(const QUrl &server) const;
    void setMissingEndpoints(const QUrl &server, const QStringList &names);

    // The watches kept for `server`: what each asks for (not what it last saw).
    QList<Watch> watches(const QUrl &server) const;
    void setWatches(const QUrl &server, const QList<Watch> &watches);

    // The window's geometry, splitters and columns, as Qt saves them.
    enum class Layout
    {
        Geometry,
        WindowState,
        CatalogSplitter,
        VerticalSplitter,
        PriceColumns,
        OrderColumns,
        BookColumns
    };
    QByteArray layout(Layout part) const;
    void setLayout(Layout part, const QByteArray &state);

private:
    Storage m_storage;
};

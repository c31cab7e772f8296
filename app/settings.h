#pragma once

#include <QString>
#include <QUrl>

// The user's choices, kept in QSettings (never a secret: the token lives in
// the keychain). Read once at start, written when the settings dialog is
// accepted; a value out of range reads as its default.
struct Settings
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

    static constexpr int minRefreshSeconds = 3;
    static constexpr int maxRefreshSeconds = 60;

    static Settings load();
    void save() const;

    friend bool operator==(const Settings &, const Settings &) = default;
};

#pragma once

#include "core/settings/settings.h"
#include "sandbox/sandboxstate.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class ClipboardKeeper;
class DesktopNotifications;
class Core;
class KeychainStore;
class MainWindow;
class SecretStore;
class SingleInstance;
class TrayNotifier;
namespace Sandbox {
class Server;
}

// The composition root: the one place that knows every part. It builds the
// network manager, the core (services and controllers), the window, the tray
// and the clipboard keeper, connects them, and applies the user's
// preferences to each. main.cpp makes one; so do the GUI tests and the
// benchmark's probe, so that all three run the same app.
class Application final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl = Preferences::productionUrl();
        // The server was given for this run (--base-url): the settings
        // dialog does not offer to change it.
        bool baseUrlGiven = false;
        // A built-in sandbox, started after the first frame, with a demo
        // account. A demo run keeps no session and leaves no settings.
        bool demo = false;
        Sandbox::Config demoConfig = defaultDemoConfig();
        // Where remembered sessions live: the system keychain by default;
        // none keeps sessions until the app quits. Not owned.
        enum class Secrets
        {
            SystemKeychain,
            None,
            Given
        };
        Secrets secrets = Secrets::SystemKeychain;
        SecretStore *secretStore = nullptr; // with Secrets::Given
        // Signs in with a remembered session once the window shows.
        bool restoreSession = true;
        // Where the order books are kept; empty: the user's data folder,
        // and for the demo, memory only.
        QString bookFolder;
        // Where the log a user can send is kept (n1sms.log, size-capped);
        // empty: the user's data folder, and for the demo, memory only.
        QString logFolder;
        // The claim of being the one app of this profile (main.cpp makes
        // it): later starts are answered here, and the window comes to the
        // front. Not owned; none: no one asks.
        SingleInstance *instance = nullptr;
    };

    static Sandbox::Config defaultDemoConfig();
    // The user's language and theme, before any widget or text exists: the
    // command line's help is translated too.
    static void applyLookAndLanguage();

    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    // Shows the window; the keychain, the network and the demo server wait
    // for its first frame.
    void start();

    Core *core() const { return m_core.get(); }
    MainWindow *window() const { return m_window.get(); }
    TrayNotifier *tray() const { return m_tray; }
    ClipboardKeeper *clipboard() const { return m_clipboard; }
    Settings *settings() const { return m_settings.get(); }
    QNetworkAccessManager *network() const { return m_network.get(); }
    const Preferences &preferences() const { return m_preferences; }
    // Help › Copy diagnostics: the app's and Qt's versions, the platform, the
    // server's address and the last 200 lines of the log (masked).
    QString diagnostics() const;
    // The settings dialog's OK: keeps the choices and applies each to the
    // part it concerns (theme, language, server, tray, clipboard, polling).
    void applyPreferences(const Preferences &preferences);

signals:
    // The demo server listens and the demo account is ready to sign in.
    void demoReady(const QString &email, const QString &password);

private:
    void startDemo();
    void connectDesktop();
    void copy(const QString &text, const QString &confirmation);
    // A later start of the app: the window to the front, and why what it
    // was started with cannot be done (empty: nothing in the way).
    QString answerLaterStart(bool demo, bool baseUrlGiven, const QUrl &baseUrl);

    Options m_options;
    std::unique_ptr<Settings> m_settings;
    Preferences m_preferences;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<Core> m_core;
    std::unique_ptr<MainWindow> m_window;
    TrayNotifier *m_tray = nullptr;
    DesktopNotifications *m_notifications = nullptr;
    ClipboardKeeper *m_clipboard = nullptr;
    std::unique_ptr<Sandbox::Server> m_sandbox;
};

#pragma once

// The real app (the composition root n1sms-desktop runs) on a fresh sandbox,
// and the steps the GUI tests share.
#include "application.h"
#include "core/api/apiclient.h"
#include "core/core.h"
#include "core/i18n.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "sandbox/sandboxserver.h"
#include "support/findwidget.h"
#include "support/testenv.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QAbstractItemView>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// Test code only: the helpers below speak in u""_s.
using namespace Qt::StringLiterals;

// The app as n1sms-desktop makes it, on `baseUrl`, minus what a test must not
// touch: the user's keychain, and a session remembered from another run.
inline Application::Options testAppOptions(const QUrl &baseUrl)
{
    Application::Options options;
    options.baseUrl = baseUrl;
    options.secrets = Application::Options::Secrets::None;
    options.restoreSession = false;
    // Order books of this test process only, gone when it ends.
    static QTemporaryDir books;
    options.bookFolder = books.path();
    return options;
}

class GuiFixture : public QObject
{
protected:
    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<Application> m_app;
    // The app's own, for the tests' convenience.
    MainWindow *m_window = nullptr;
    Backend *m_backend = nullptr;

    template <typename T> T *find(const char *name) { return childNamed<T>(m_window, name); }

    // The Active orders tab's own widgets (the History tab has the same ones).
    template <typename T> T *active(const char *name)
    {
        return childNamed<T>(find<QWidget>("orderList"), name);
    }

    // The app in another language, each widget having taken the
    // LanguageChange posted to it.
    static void useLanguage(const QString &language)
    {
        applyLanguage(QLocale(language));
        QCoreApplication::processEvents();
    }

    // The banners showing, top to bottom.
    QList<QFrame *> banners() const
    {
        QList<QFrame *> shown;
        for (QFrame *banner : m_window->findChildren<QFrame *>(u"banner"_s)) {
            if (banner->isVisible())
                shown.append(banner);
        }
        std::sort(shown.begin(), shown.end(), [](QFrame *a, QFrame *b) { return a->y() < b->y(); });
        return shown;
    }

    // The text of a banner, and its Retry and Dismiss.
    static QString bannerText(QFrame *banner)
    {
        return banner->findChild<QLabel *>(u"bannerLabel"_s)->text();
    }
    static QPushButton *bannerButton(QFrame *banner, const char *name)
    {
        return childNamed<QPushButton>(banner, name);
    }

    void clickRow(QAbstractItemView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    // Saves what the window shows when N1SMS_SCREENSHOT_DIR says where.
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("N1SMS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + u'/' + name));
    }

    void signIn(const QString &password)
    {
        auto *email = find<QLineEdit>("emailEdit");
        auto *pass = find<QLineEdit>("passwordEdit");
        email->clear();
        pass->clear();
        QTest::keyClicks(email, u"demo@n1sms.test"_s);
        QTest::keyClicks(pass, password);
        QTest::mouseClick(find<QPushButton>("loginButton"), Qt::LeftButton);
    }

    // Signs in and asks for WhatsApp's prices, typed into the search.
    void openWhatsApp()
    {
        signIn(u"demo-password"_s);
        QTRY_VERIFY(find<QListView>("serviceList")->model()->rowCount() > 50);
        QTest::keyClicks(find<QLineEdit>("searchEdit"), u"whatsapp"_s);
        QTest::keyClick(find<QLineEdit>("searchEdit"), Qt::Key_Return);
    }

    // Signs in, picks WhatsApp and filters the countries down to one.
    void chooseWhatsApp(const QString &country)
    {
        openWhatsApp();
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("priceStatusLabel")->text().contains(u"countries"_s),
                                 10000);
        QTest::keyClicks(find<QLineEdit>("filterEdit"), country);
        QTRY_COMPARE(find<QTableView>("priceTable")->model()->rowCount(), 1);
    }

    // Signs in, picks WhatsApp and chooses Ghana; Buy is then ready.
    void chooseWhatsAppInGhana()
    {
        chooseWhatsApp(u"Ghana"_s);
        QTRY_VERIFY(find<QPushButton>("buyButton")->isEnabled());
    }

    // Buy, and confirm when asked; false when nobody asked.
    bool clickBuyAndConfirm()
    {
        QTest::mouseClick(find<QPushButton>("buyButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        [&] {
            QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)) &&
                        box->isVisible());
        }();
        if (!box)
            return false;
        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);
        return true;
    }

    // Buy, confirm, and wait for the order's row.
    QTableView *buyAndConfirm()
    {
        if (!clickBuyAndConfirm())
            return nullptr;
        auto *orders = active<QTableView>("orderTable");
        [&] { QTRY_COMPARE(orders->model()->rowCount(), 1); }();
        return orders;
    }

    SettingsDialog *openSettings()
    {
        m_window->activateWindow();
        QTest::keyClick(m_window->windowHandle(), Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>(u"settingsDialog"_s)) &&
                        dialog->isVisible());
        }();
        return dialog;
    }

    // Fast SMS, no throttle: the window is tested, not the server's limits.
    static Sandbox::Config windowConfig()
    {
        Sandbox::Config config;
        config.smsDelaySeconds = 2;
        config.requestsPerMinute = 0;
        return config;
    }

    void startWindow(const Sandbox::Config &config = windowConfig())
    {
        m_server = std::make_unique<Sandbox::Server>(config);
        QVERIFY(m_server->listen());
        startApp();
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    // As n1sms-desktop opens it: the size the window chooses for the screen.
    void startUnsized(const Sandbox::Config &config = windowConfig())
    {
        m_server = std::make_unique<Sandbox::Server>(config);
        QVERIFY(m_server->listen());
        startApp();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    // A first start: no settings kept, the window on a fresh sandbox.
    void startFresh(const Sandbox::Config &config = windowConfig())
    {
        QSettings().clear();
        startWindow(config);
    }

    // The app again on the same server, as after a restart: what it kept
    // between runs is read back; the window takes the size it saved.
    void restartApp()
    {
        m_app.reset();
        startApp();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void stopWindow()
    {
        m_app.reset();
        m_window = nullptr;
        m_backend = nullptr;
        m_server.reset();
    }

private:
    void startApp()
    {
        using namespace std::chrono_literals;
        m_app = std::make_unique<Application>(testAppOptions(m_server->baseUrl()));
        m_window = m_app->window();
        m_backend = m_app->core()->backend();
        m_backend->orders()->setPollInterval(200ms); // after the app applied the setting
        // Twenty-five times the app's pace: the request budget's minute is a second.
        m_backend->api()->budget().setWindow(1s);
        const Sandbox::Config &config = m_server->state().config();
        m_window->setDemoCredentials(config.demoEmail, config.demoPassword);
    }
};

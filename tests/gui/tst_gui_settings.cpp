// The real app, driven by clicks and typing, against the sandbox.
// The settings and what the app keeps between runs.
#include "core/api/apiclient.h"
#include "core/i18n.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderlistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "sandbox/sandboxserver.h"
#include "support/guifixture.h"
#include "ui/clipboardkeeper.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/traynotifier.h"
#include "ui/uistyle.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestGuiSettings final : public GuiFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void init() { startFresh(); }

    void cleanup() { stopWindow(); }

    void settings_areValidatedKeptAndApplied()
    {
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        auto *server = childNamed<QLineEdit>(dialog, "serverEdit");
        auto *ok = childNamed<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        QCOMPARE(server->text(), u"https://n1sms.com/api/mobile"_s);
        QVERIFY(!childNamed<QPushButton>(dialog, "defaultServerButton")->isEnabled());
        server->clear();
        QTest::keyClicks(server, u"http://n1sms.example.com/api"_s); // plain http, not loopback
        QVERIFY(!ok->isEnabled());
        QVERIFY(childNamed<QLabel>(dialog, "serverStatusLabel")->text().contains(u"https://"_s));
        QTest::mouseClick(childNamed<QPushButton>(dialog, "defaultServerButton"), Qt::LeftButton);
        QVERIFY(ok->isEnabled());
        QCOMPARE(server->text(), u"https://n1sms.com/api/mobile"_s);

        childNamed<QCheckBox>(dialog, "notificationsCheck")->setChecked(false);
        childNamed<QCheckBox>(dialog, "autoCopyCheck")->setChecked(false);
        auto *clear = childNamed<QComboBox>(dialog, "clipboardCombo");
        clear->setCurrentIndex(clear->findData(60));
        auto *refresh = childNamed<QSpinBox>(dialog, "refreshSpin");
        refresh->setValue(1); // below the floor: kept at it
        QCOMPARE(refresh->value(), Preferences::minRefreshSeconds);
        refresh->setValue(12);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>(u"settingsDialog"_s));

        QCOMPARE(m_backend->orders()->currentPollInterval(), 12s);
        QCOMPARE(m_app->clipboard()->clearAfter(), 60);
        // Kept: a later start reads the same.
        const Preferences saved = Settings().preferences();
        QCOMPARE(saved, m_app->preferences());
        QVERIFY(!saved.notifications);
        QVERIFY(!saved.autoCopyNumber);
        QCOMPARE(saved.clipboardClearSeconds, 60);
        QCOMPARE(saved.refreshSeconds, 12);
        QCOMPARE(saved.serverUrl, Preferences::productionUrl());
        // Nothing of the session goes into the settings file.
        QVERIFY(!QSettings().allKeys().join(u' ').contains(u"token"_s, Qt::CaseInsensitive));

        // Cancel changes nothing.
        dialog = openSettings();
        childNamed<QCheckBox>(dialog, "notificationsCheck")->setChecked(true);
        QTest::mouseClick(
            childNamed<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>(u"settingsDialog"_s));
        QVERIFY(!Settings().preferences().notifications);
    }

    void serverChange_signsOutAndUsesTheNewServer()
    {
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        Sandbox::Config config;
        config.requestsPerMinute = 0;
        config.demoPassword = u"other-password"_s;
        Sandbox::Server other(config);
        QVERIFY(other.listen());

        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        auto *server = childNamed<QLineEdit>(dialog, "serverEdit");
        server->clear();
        QTest::keyClicks(server, other.baseUrl().toString());
        QVERIFY(
            childNamed<QLabel>(dialog, "serverStatusLabel")->text().contains(u"signs you out"_s));
        QTest::mouseClick(
            childNamed<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        // Signed out of the old server, on the sign-in page, told where it is.
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"loginPage"_s);
        QTRY_COMPARE(m_server->requestCount(u"POST /auth/logout"_s), 1);
        QCOMPARE(m_backend->api()->baseUrl(), other.baseUrl());
        QVERIFY(find<QLabel>("noticeLabel")->text().contains(other.baseUrl().toString()));
        signIn(u"other-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        QCOMPARE(other.requestCount(u"POST /auth/login"_s), 1);
        QCOMPARE(Settings().preferences().serverUrl, other.baseUrl());

        // In demo mode (or with --base-url) the server cannot be changed here.
        m_window->lockServer(u"The demo uses its built-in server."_s);
        dialog = openSettings();
        QVERIFY(!childNamed<QLineEdit>(dialog, "serverEdit")->isEnabled());
        QVERIFY(childNamed<QLabel>(dialog, "serverStatusLabel")->text().contains(u"demo"_s));
        dialog->reject();
    }

    void autoCopyOff_andNotificationsOff_areHonoured()
    {
        Preferences settings = m_app->preferences();
        settings.autoCopyNumber = false;
        settings.notifications = false;
        m_app->applyPreferences(settings);
        QApplication::clipboard()->setText(u"the user's own text"_s);
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const QModelIndex code = orders->model()->index(0, OrderListModel::CodeColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!code.data().toString().isEmpty(), 15000);
        QCOMPARE(QApplication::clipboard()->text(), u"the user's own text"_s);
        // The window shows the code; the tray stays quiet.
        QVERIFY(m_window->statusBar()->currentMessage().contains(code.data().toString()));
        QVERIFY(m_app->tray()->lastMessage().isEmpty());
    }

    void clipboard_clearsItself_unlessTheUserCopiedSince()
    {
        Preferences settings = m_app->preferences();
        settings.clipboardClearSeconds = 1;
        m_app->applyPreferences(settings);
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const QString number =
            orders->model()->index(0, OrderListModel::NumberColumn).data().toString();
        QTRY_COMPARE(QApplication::clipboard()->text(), number);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"clears in 1 second"_s));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::clipboard()->text(), QString(), 3000);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Cleared"_s));

        clickRow(orders, 0);
        QTest::mouseClick(active<QPushButton>("copyNumberButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), number);
        QVERIFY(m_app->clipboard()->clearPending());
        QApplication::clipboard()->setText(u"copied elsewhere"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->clipboard()->clearPending(), 3000);
        QCOMPARE(QApplication::clipboard()->text(), u"copied elsewhere"_s);
    }

    void layoutAndLastService_areThereAfterARestart()
    {
        signIn(u"demo-password"_s);
        QTRY_VERIFY(find<QListView>("serviceList")->model()->rowCount() > 50);
        QTest::mouseClick(find<QToolButton>("shortcut907"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("priceStatusLabel")->text().contains(u"countries"_s),
                                 10000);
        m_window->resize(780, 640); // within the test screen (800x800): kept as it is
        auto *splitter = find<QSplitter>("catalogSplitter");
        splitter->setSizes({300, 460});
        const int left = splitter->sizes().first();
        m_window->close(); // the layout is saved as the window closes

        restartApp();
        QCOMPARE(m_window->size(), QSize(780, 640));
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        QTRY_VERIFY(qAbs(find<QSplitter>("catalogSplitter")->sizes().first() - left) <= 2);
        // Telegram again, with its prices, without a click.
        QTRY_VERIFY(find<QLabel>("priceTitleLabel")->text().contains(u"Telegram"_s));
        QTRY_VERIFY_WITH_TIMEOUT(find<QTableView>("priceTable")->model()->rowCount() > 100, 10000);
    }

    void darkTheme_isApplied_andBackToTheSystemsColours()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        Preferences settings = m_app->preferences();
        settings.theme = Preferences::Theme::Dark;
        m_app->applyPreferences(settings);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
        // The window itself takes the colours, not just the application.
        QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 80);
        QTRY_VERIFY(find<QLineEdit>("emailEdit")->palette().color(QPalette::Base).lightness() < 80);
        screenshot(u"dark.png"_s);
        settings.theme = Preferences::Theme::System;
        m_app->applyPreferences(settings);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    }

    // A live switch of language says the status line again in the new one
    // (it used to keep "172 countries…" in a French window).
    void languageSwitch_retranslatesTheStatusLine()
    {
        chooseWhatsApp(u"Ghana"_s);
        auto *status = find<QLabel>("priceStatusLabel");
        QVERIFY(status->text().contains(u"countries"_s));
        Preferences french = m_app->preferences();
        french.language = u"fr"_s;
        m_app->applyPreferences(french);
        QTRY_VERIFY2(status->text().contains(u"pays"_s), qPrintable(status->text()));
        QVERIFY(!status->text().contains(u"countries"_s));
        QVERIFY(find<QLabel>("countLabel")->text().contains(u"pays"_s));
        Preferences english = french;
        english.language = u"en"_s;
        m_app->applyPreferences(english);
        QTRY_VERIFY(status->text().contains(u"countries"_s));
        applyLanguage(QLocale()); // the next tests in English
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"

// The window in each language, the system's language followed, and a change
// of language that keeps the session.
#include "core/controllers/purchasecontroller.h"
#include "core/domain/money.h"
#include "core/i18n.h"
#include "core/models/countrypricemodel.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "sandbox/sandboxserver.h"
#include "support/findwidget.h"
#include "support/guifixture.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestI18n final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void eachLanguage_translatesTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("signIn");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("qtCancel"); // from Qt's own translations
        QTest::addColumn<QString>("money");
        QTest::newRow("en") << u"en"_s << u"Sign in"_s << u"&File"_s << u"Country"_s << u"Cancel"_s
                            << u"₵1,250.00"_s;
        QTest::newRow("fr") << u"fr"_s << u"Se connecter"_s << u"&Fichier"_s << u"Pays"_s
                            << u"Annuler"_s << u"1\u202F250,00\u00A0₵"_s;
        QTest::newRow("es") << u"es"_s << u"Iniciar sesión"_s << u"&Archivo"_s << u"País"_s
                            << u"Cancelar"_s << u"1250,00\u00A0₵"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"Entrar"_s << u"&Arquivo"_s << u"País"_s
                               << u"Cancelar"_s << u"₵\u00A01.250,00"_s;
    }

    void eachLanguage_translatesTheWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, signIn);
        QFETCH(QString, fileMenu);
        QFETCH(QString, country);
        QFETCH(QString, qtCancel);
        QFETCH(QString, money);
        applyLanguage(localeFor(language));
        Application app(testAppOptions(QUrl(u"http://127.0.0.1:9"_s)));
        MainWindow &window = *app.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(childNamed<QPushButton>(&window, "loginButton")->text(), signIn);
        QCOMPARE(childNamed<QMenu>(&window, "fileMenu")->title(), fileMenu);
        QCOMPARE(app.core()->purchase()->prices()->headerData(CountryPriceModel::CountryColumn,
                                                              Qt::Horizontal),
                 QVariant(country));
        QCOMPARE(formatMoney(Money(125000, u"GHS"_s)), money);

        window.openSettings();
        auto *dialog = window.findChild<SettingsDialog *>(u"settingsDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(childNamed<QDialogButtonBox>(dialog, "buttons")
                     ->button(QDialogButtonBox::Cancel)
                     ->text(),
                 qtCancel);
        dialog->reject();
    }

    // Run by ctest a second time with LANG and LC_ALL set to fr_FR.UTF-8.
    void systemLanguage_isFollowed()
    {
        const QString expected = qEnvironmentVariable("N1SMS_EXPECT_SYSTEM_LANGUAGE");
        if (expected.isEmpty())
            QSKIP("run with N1SMS_EXPECT_SYSTEM_LANGUAGE and a matching LANG");
        QCOMPARE(QLocale::system().name().left(2), expected);
        applyLanguage(localeFor(QString())); // the setting's default: the system's
        Application app(testAppOptions(QUrl(u"http://127.0.0.1:9"_s)));
        MainWindow &window = *app.window();
        QCOMPARE(childNamed<QPushButton>(&window, "loginButton")->text(), u"Se connecter"_s);
        QCOMPARE(QLocale().decimalPoint(), u","_s);
    }

    void changingLanguage_keepsTheSession()
    {
        Sandbox::Config config;
        config.requestsPerMinute = 0;
        Sandbox::Server server(config);
        QVERIFY(server.listen());
        Application app(testAppOptions(server.baseUrl()));
        MainWindow &window = *app.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClicks(childNamed<QLineEdit>(&window, "emailEdit"), config.demoEmail);
        QTest::keyClicks(childNamed<QLineEdit>(&window, "passwordEdit"), config.demoPassword);
        QTest::mouseClick(childNamed<QPushButton>(&window, "loginButton"), Qt::LeftButton);
        auto *pages = childNamed<QStackedWidget>(&window, "pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        auto *balance = childNamed<QLabel>(&window, "balanceLabel");
        QTRY_COMPARE(balance->text(), u"Balance: ₵250.00"_s);

        window.resize(1180, 760); // room for the whole "Signed in as …"
        Preferences preferences = app.preferences();
        preferences.language = u"fr"_s;
        app.applyPreferences(preferences);
        QTRY_COMPARE(childNamed<QMenu>(&window, "fileMenu")->title(), u"&Fichier"_s);
        QCOMPARE(childNamed<QPushButton>(&window, "logoutButton")->text(), u"Se &déconnecter"_s);
        QCOMPARE(balance->text(), u"Solde : 250,00\u00A0₵"_s);
        QVERIFY(
            childNamed<QLabel>(&window, "userLabel")->text().startsWith(u"Connecté en tant que"_s));
        // Still signed in: no second sign-in, no page change.
        QCOMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        QVERIFY(app.core()->backend()->auth()->isSignedIn());
        QCOMPARE(server.requestCount(u"POST /auth/login"_s), 1);
        QCOMPARE(Settings().preferences().language, u"fr"_s);

        preferences.language = u"en"_s;
        app.applyPreferences(preferences);
        QTRY_COMPARE(childNamed<QMenu>(&window, "fileMenu")->title(), u"&File"_s);
        QCOMPARE(balance->text(), u"Balance: ₵250.00"_s);
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"

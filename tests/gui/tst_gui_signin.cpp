// The real app, driven by clicks and typing, against the sandbox.
// Signing in, registering, signing in again and signing out.
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
#include <QAction>
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

class TestGuiSignin final : public GuiFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void init() { startFresh(); }

    void cleanup() { stopWindow(); }

    void window_isTitledN1sms()
    {
        QVERIFY(m_window->windowTitle().contains(u"N1SMS"_s));
        QVERIFY(find<QLabel>("demoLabel")->text().contains(u"demo@n1sms.test"_s));
        screenshot(u"login.png"_s);
    }

    void wrongPassword_staysOnLoginWithTheServersMessage()
    {
        signIn(u"not-the-password"_s);
        auto *error = find<QLabel>("loginErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), u"These credentials do not match our records."_s);
        auto *pages = find<QStackedWidget>("pages");
        QCOMPARE(pages->currentWidget()->objectName(), u"loginPage"_s);
        QVERIFY(find<QPushButton>("loginButton")->isEnabled());
        // Back in the password, ready to be typed over.
        auto *password = find<QLineEdit>("passwordEdit");
        QTRY_VERIFY(password->hasFocus());
        QCOMPARE(password->selectedText(), u"not-the-password"_s);

        // Leaving the page leaves its error behind.
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("registerPage")->isVisible());
        QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("passwordError")->isVisible());
        QTest::mouseClick(find<QPushButton>("backToSignInButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        QVERIFY(!error->isVisible());
        QVERIFY(password->text().isEmpty());
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("registerPage")->isVisible());
        QVERIFY(!find<QLabel>("passwordError")->isVisible());
    }

    void demoButton_fillsInTheAccount()
    {
        QTest::mouseClick(find<QPushButton>("useDemoButton"), Qt::LeftButton);
        QCOMPARE(find<QLineEdit>("emailEdit")->text(), u"demo@n1sms.test"_s);
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), u"demo-password"_s);
    }

    void register_showsTheServersErrorsBesideTheFields()
    {
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        auto *pages = find<QStackedWidget>("pages");
        QCOMPARE(pages->currentWidget()->objectName(), u"registerPage"_s);
        QTest::keyClicks(find<QLineEdit>("registerEmailEdit"), u"demo@n1sms.test"_s);
        QTest::keyClicks(find<QLineEdit>("phoneEdit"), u"12"_s);
        QTest::keyClicks(find<QLineEdit>("registerPasswordEdit"), u"no-digits-here"_s);
        QTest::keyClicks(find<QLineEdit>("confirmationEdit"), u"no-digits-here"_s);
        QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);

        auto *email = find<QLabel>("emailError");
        QTRY_VERIFY(email->isVisible());
        QCOMPARE(email->text(), u"The email has already been taken."_s);
        QCOMPARE(find<QLabel>("nameError")->text(), u"The name field is required."_s);
        QCOMPARE(find<QLabel>("phoneError")->text(), u"The phone field format is invalid."_s);
        auto *passwordError = find<QLabel>("passwordError");
        QCOMPARE(passwordError->text(), u"The password field must contain at least one number."_s);
        // Each under its own field: the password's between Password and Confirm.
        const auto top = [](QWidget *w) { return w->mapTo(w->window(), QPoint()).y(); };
        QVERIFY(top(passwordError) > top(find<QWidget>("registerPasswordEdit")));
        QVERIFY(top(passwordError) < top(find<QWidget>("confirmationEdit")));
        QVERIFY(!find<QLabel>("confirmationError")->isVisible());
        // The first field at fault has the focus.
        QTRY_VERIFY(find<QLineEdit>("nameEdit")->hasFocus());
        QVERIFY(find<QPushButton>("registerButton")->isEnabled());
        screenshot(u"register-errors.png"_s);
    }

    void register_shortPassword_isToldWithoutAsking()
    {
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>("registerPasswordEdit"), u"pass12"_s);
        QTest::keyClicks(find<QLineEdit>("confirmationEdit"), u"pass12"_s);
        QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("passwordError")->isVisible());
        QCOMPARE(find<QLabel>("passwordError")->text(), u"Use at least 8 characters."_s);
        QVERIFY(find<QLineEdit>("registerPasswordEdit")->hasFocus());
        QCOMPARE(m_server->requestCount(u"POST /auth/register"_s), 0);
    }

    void register_mismatchedPasswords_areToldWithoutAsking()
    {
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>("registerPasswordEdit"), u"password123"_s);
        QTest::keyClicks(find<QLineEdit>("confirmationEdit"), u"password124"_s);
        QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("confirmationError")->isVisible());
        QVERIFY(!find<QLabel>("passwordError")->isVisible());
        QVERIFY(find<QLineEdit>("confirmationEdit")->hasFocus());
        QCOMPARE(m_server->requestCount(u"POST /auth/register"_s), 0);
    }

    void register_thenTheEmailIsCarriedToSignIn()
    {
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>("nameEdit"), u"Ama Mensah"_s);
        QTest::keyClicks(find<QLineEdit>("registerEmailEdit"), u"ama@example.com"_s);
        QTest::keyClicks(find<QLineEdit>("phoneEdit"), u"+233 20 111 2223"_s);
        QTest::keyClicks(find<QLineEdit>("registerPasswordEdit"), u"password123"_s);
        QTest::keyClicks(find<QLineEdit>("confirmationEdit"), u"password123"_s);
        auto *show = find<QCheckBox>("showPasswordCheck");
        show->click();
        QCOMPARE(find<QLineEdit>("registerPasswordEdit")->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(find<QLineEdit>("confirmationEdit")->echoMode(), QLineEdit::Password);
        QTest::keyClick(find<QLineEdit>("confirmationEdit"), Qt::Key_Return);

        auto *pages = find<QStackedWidget>("pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"loginPage"_s);
        QVERIFY(find<QLabel>("noticeLabel")->isVisible());
        QVERIFY(find<QLabel>("noticeLabel")->text().contains(u"Verify your phone number"_s));
        QCOMPARE(find<QLineEdit>("emailEdit")->text(), u"ama@example.com"_s);
        // The password too: Sign in is one press away.
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), u"password123"_s);
        QTRY_VERIFY(find<QPushButton>("loginButton")->hasFocus());

        // Not verified yet: the server says so, and the form shows it.
        QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
        auto *error = find<QLabel>("loginErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"verify"_s));
    }

    void loginPassword_canBeShown()
    {
        auto *password = find<QLineEdit>("passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        find<QCheckBox>("showLoginPasswordCheck")->click();
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
    }

    void sessionEnd_asksForThePasswordAndResumes()
    {
        signIn(u"demo-password"_s);
        auto *pages = find<QStackedWidget>("pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        auto *services = find<QListView>("serviceList");
        QTRY_VERIFY(services->model()->rowCount() > 50);
        QTest::keyClicks(find<QLineEdit>("searchEdit"), u"telegram"_s);
        QTest::keyClick(find<QLineEdit>("searchEdit"), Qt::Key_Return);
        auto *prices = find<QTableView>("priceTable");
        const int expected = static_cast<int>(m_server->state().catalogue().offers(907).size());
        QTRY_COMPARE_WITH_TIMEOUT(prices->model()->rowCount(), expected, 10000);

        // The server forgets every session; the next request meets a 401.
        m_server->state().revokeAllTokens();
        QTest::mouseClick(active<QPushButton>("refreshButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"reloginDialog"_s)) &&
                    dialog->isVisible());
        QCOMPARE(pages->currentWidget()->objectName(), u"mainPage"_s); // the work stays in view
        screenshot(u"relogin.png"_s);
        if (const QString dir = qEnvironmentVariable("N1SMS_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + u"/relogin-dialog.png"_s));

        auto *password = dialog->findChild<QLineEdit *>(u"reloginPasswordEdit"_s);
        QTest::keyClicks(password, u"wrong-password"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reloginButton"_s), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(u"reloginErrorLabel"_s);
        QTRY_VERIFY(error->isVisible());
        password->clear();
        QTest::keyClicks(password, u"demo-password"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reloginButton"_s), Qt::LeftButton);

        // Back where the user was: same service, prices and balance reloaded.
        QTRY_VERIFY(!m_window->findChild<QDialog *>(u"reloginDialog"_s) ||
                    !m_window->findChild<QDialog *>(u"reloginDialog"_s)->isVisible());
        QCOMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        QVERIFY(find<QLabel>("priceTitleLabel")->text().contains(u"Telegram"_s));
        QTRY_COMPARE_WITH_TIMEOUT(prices->model()->rowCount(), expected, 10000);
        QTRY_VERIFY(find<QLabel>("balanceLabel")->text().contains(u"₵250.00"_s));
    }

    void signOut_returnsToLoginAndForgetsTheData()
    {
        signIn(u"demo-password"_s);
        auto *pages = find<QStackedWidget>("pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        QTRY_VERIFY(find<QListView>("serviceList")->model()->rowCount() > 0);
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QCOMPARE(pages->currentWidget()->objectName(), u"loginPage"_s);
        QCOMPARE(find<QListView>("serviceList")->model()->rowCount(), 0);
        QVERIFY(find<QLineEdit>("passwordEdit")->text().isEmpty());
    }

    // Item 4: a paid number is never left unwatched by surprise. Sign out and
    // Quit ask first, naming the waiting numbers; Stay changes nothing.
    void leavingWithANumberWaiting_asksFirst()
    {
        stopWindow();
        Sandbox::Config config = windowConfig();
        config.smsDelaySeconds = 100000;
        startFresh(config);
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const QString number =
            orders->model()->index(0, OrderListModel::NumberColumn).data().toString();
        auto *pages = find<QStackedWidget>("pages");

        const auto question = [this]() -> QMessageBox * {
            QMessageBox *box = nullptr;
            [&] {
                QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"leaveQuestion"_s)) &&
                            box->isVisible());
            }();
            return box;
        };
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QMessageBox *box = question();
        QVERIFY(box);
        QVERIFY2(box->text().contains(number), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"1 number still waiting"_s));
        QTest::mouseClick(static_cast<QPushButton *>(box->defaultButton()), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"leaveQuestion"_s));
        QCOMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        QVERIFY(m_backend->auth()->isSignedIn());

        // File > Quit asks too; Stay keeps the window.
        auto *quit = m_window->findChild<QAction *>(u"quitAction"_s);
        QVERIFY(quit);
        quit->trigger();
        box = question();
        QVERIFY(box);
        QVERIFY(box->text().contains(number));
        QTest::mouseClick(static_cast<QPushButton *>(box->defaultButton()), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"leaveQuestion"_s));
        QVERIFY(m_window->isVisible());
        // So does the window's own close button (no tray here to keep watching).
        m_window->close();
        box = question();
        QVERIFY(box);
        QTest::mouseClick(static_cast<QPushButton *>(box->defaultButton()), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"leaveQuestion"_s));
        QVERIFY(m_window->isVisible());

        // Sign out anyway: signed out, the order still on the server.
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        box = question();
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(u"leaveAnywayButton"_s), Qt::LeftButton);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"loginPage"_s);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
        // With nothing waiting (signed out), Quit closes at once.
        quit->trigger();
        QTRY_VERIFY(!m_window->isVisible());
    }
};

QTEST_MAIN(TestGuiSignin)
#include "tst_gui_signin.moc"

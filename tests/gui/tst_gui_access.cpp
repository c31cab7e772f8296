// The real app, driven by clicks and typing, against the sandbox.
// The window for keyboard and screen-reader users, and its About box.
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

class TestGuiAccess final : public GuiFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void init() { startFresh(); }

    void cleanup() { stopWindow(); }

    void everyControl_hasAnAccessibleName()
    {
        const auto unnamed = [](QWidget *root) {
            QStringList missing;
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus ||
                    qobject_cast<QAbstractItemView *>(w->parentWidget()) ||
                    qobject_cast<QAbstractSpinBox *>(w->parentWidget())) // their own parts
                    continue;
                QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
                if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
                    missing.append(w->objectName() + u'(' +
                                   QString::fromLatin1(w->metaObject()->className()) + u')');
            }
            return missing;
        };
        QCOMPARE(unnamed(find<QWidget>("loginPage")), QStringList());
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        QTRY_VERIFY(find<QListView>("serviceList")->model()->rowCount() > 0);
        QCOMPARE(unnamed(find<QWidget>("mainPage")).join(u", "_s), QString());
        find<QTabWidget>("ordersTabs")->setCurrentIndex(1);
        QCOMPARE(unnamed(find<QWidget>("historyTab")), QStringList());
        SettingsDialog *dialog = openSettings();
        QCOMPARE(unnamed(dialog).join(u", "_s), QString());
        dialog->reject();
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QCOMPARE(unnamed(find<QWidget>("registerPage")).join(u", "_s), QString());
    }

    void tabOrder_followsTheWayOfWork()
    {
        chooseWhatsAppInGhana(); // a service and a country chosen: Buy is enabled
        find<QWidget>("logoutButton")->setFocus();
        QStringList order;
        for (int i = 0; i < 40; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            const QString name = focus->objectName();
            if (order.contains(name))
                break;
            order.append(name);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        const auto before = [&order](const char *a, const char *b) {
            const auto i = order.indexOf(QLatin1StringView(a));
            const auto j = order.indexOf(QLatin1StringView(b));
            return i >= 0 && j >= 0 && i < j;
        };
        // Service, then its countries, then buying, then the orders.
        QVERIFY2(before("logoutButton", "searchEdit"), qPrintable(order.join(u' ')));
        QVERIFY(before("searchEdit", "serviceList"));
        QVERIFY(before("serviceList", "filterEdit"));
        QVERIFY(before("filterEdit", "priceTable"));
        QVERIFY2(before("priceTable", "buyButton"), qPrintable(order.join(u' ')));
        QVERIFY(before("buyButton", "orderTable"));
    }

    void about_namesTheVersionAndTheLicences()
    {
        auto *about = m_window->findChild<QAction *>(u"aboutAction"_s);
        QVERIFY(about);
        about->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"aboutBox"_s)) && box->isVisible());
        QVERIFY(box->text().contains(u"N1SMS Desktop "_s + QStringLiteral(N1SMS_VERSION)));
        QVERIFY(box->informativeText().contains(u"MIT"_s));
        QVERIFY(box->informativeText().contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(box->informativeText().contains(u"Lesser General Public License"_s));
        box->close();
    }
};

QTEST_MAIN(TestGuiAccess)
#include "tst_gui_access.moc"

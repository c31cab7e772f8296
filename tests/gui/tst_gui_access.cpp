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
#include "support/layoutchecks.h"
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
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
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
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The letter Alt takes with a text (after one '&'), lower case; none for
// none ("&&" is an ampersand).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter within reach on `root`: its buttons, labels with a buddy,
// tabs and group boxes that show, and the menu bar's titles; then the
// letters taken twice, with who takes them.
QStringList mnemonicClashes(QWidget *root, const QMenuBar *menus = nullptr)
{
    QMultiHash<QChar, QString> taken;
    const auto add = [&](const QString &text, const QObject *who) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            taken.insert(c, who->objectName() + u" \u201c"_s + text + u"\u201d"_s);
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (const auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), w);
        else if (const auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), w);
        else if (const auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title(), w);
        else if (const auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), w);
        }
    }
    if (menus) {
        for (const QAction *menu : menus->actions())
            add(menu->text(), menus);
    }
    QStringList clashes;
    for (const QChar c : taken.uniqueKeys()) {
        if (taken.count(c) > 1)
            clashes.append(QString(c) + u": "_s + QStringList(taken.values(c)).join(u", "_s));
    }
    return clashes;
}

// The same within each menu of the bar.
QStringList menuClashes(const QMenuBar *menus)
{
    QStringList clashes;
    for (const QAction *top : menus->actions()) {
        QMultiHash<QChar, QString> taken;
        for (const QAction *item : top->menu()->actions()) {
            if (const QChar c = mnemonicOf(item->text()); !c.isNull())
                taken.insert(c, item->text());
        }
        for (const QChar c : taken.uniqueKeys()) {
            if (taken.count(c) > 1)
                clashes.append(top->text() + u": "_s + QStringList(taken.values(c)).join(u", "_s));
        }
    }
    return clashes;
}

// The English the French translation replaces, as patterns (placeholders
// match anything): a text on screen that matches one after switching to
// French was left behind. Words French keeps ("Code", "Service") are not.
QList<QRegularExpression> englishReplacedInFrench()
{
    QFile file(QStringLiteral(N1SMS_TRANSLATIONS_DIR "/n1sms_fr.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto plain = [](QString text) { return text.remove(QRegularExpression(u"&(?!&)"_s)); };
    QList<QRegularExpression> patterns;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.isStartElement() &&
                 (xml.name() == u"translation" || xml.name() == u"numerusform")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty())
                translations.append(text);
        } else if (xml.isEndElement() && xml.name() == u"message") {
            const QString english = plain(source);
            QString words = english;
            words.remove(QRegularExpression(u"%L?\\d|%n|<[^>]*>"_s));
            const bool kept = std::any_of(translations.cbegin(), translations.cend(),
                                          [&](const QString &t) { return plain(t) == english; });
            if (!kept && words.contains(QRegularExpression(u"[A-Za-z]{3}"_s))) {
                QStringList parts = english.split(QRegularExpression(u"%L?\\d|%n"_s));
                for (QString &part : parts)
                    part = QRegularExpression::escape(part);
                // A whole sentence of ours may also stand inside another
                // (a reason after a colon): found anywhere then.
                const bool sentence = parts.size() == 1 && english.count(u' ') >= 3;
                patterns.append(QRegularExpression(
                    sentence ? parts.first() : u"^"_s + parts.join(u".+"_s) + u"$"_s));
            }
            source.clear();
            translations.clear();
        }
    }
    return patterns;
}

// Every text `root` shows now: labels, buttons, fields' hints, tabs, menus,
// lists' headings and their first rows.
QStringList textsOnScreen(QWidget *root)
{
    QStringList texts;
    const auto add = [&](QString text) {
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text.remove(QRegularExpression(u"&(?!&)"_s));
        if (!text.trimmed().isEmpty())
            texts.append(text.trimmed());
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (const auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        else if (const auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (const auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit->placeholderText());
        else if (const auto *combo = qobject_cast<QComboBox *>(w))
            add(combo->currentText());
        else if (const auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (const auto *menus = qobject_cast<QMenuBar *>(w)) {
            for (const QAction *menu : menus->actions())
                add(menu->text());
        } else if (const auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column) {
                add(model->headerData(column, Qt::Horizontal).toString());
                for (int row = 0; row < qMin(model->rowCount(), 20); ++row)
                    add(model->index(row, column).data().toString());
            }
        }
    }
    return texts;
}

class TestGuiAccess final : public GuiFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTestSettingsInEnglish();
        // The look n1sms-desktop starts with: the system's, by default.
        Application::applyLookAndLanguage();
    }

    void init() { startFresh(); }

    void cleanup()
    {
        applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
        stopWindow();
    }

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
        find<QTabWidget>("ordersTabs")->setCurrentIndex(2);
        QCOMPARE(unnamed(find<QWidget>("bookTab")), QStringList());
        SettingsDialog *dialog = openSettings();
        QCOMPARE(unnamed(dialog).join(u", "_s), QString());
        dialog->reject();
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QCOMPARE(unnamed(find<QWidget>("registerPage")).join(u", "_s), QString());
    }

    // Alt+letter reaches one thing only, on every page and in every language.
    void mnemonics_areUniqueOnEveryPage_inEveryLanguage()
    {
        const QStringList languages{u"en"_s, u"fr"_s, u"es"_s, u"pt_BR"_s};
        QMenuBar *menus = m_window->menuBar();
        chooseWhatsAppInGhana();
        auto *tabs = find<QTabWidget>("ordersTabs");
        // Shown when an order ended without its code: its letter must be free too.
        const auto showBuyAgain = [this] {
            for (QPushButton *again : m_window->findChildren<QPushButton *>(u"againButton"_s))
                again->setVisible(true);
        };
        for (const QString &language : languages) {
            useLanguage(language);
            tabs->setCurrentWidget(find<QWidget>("activeTab"));
            QCoreApplication::processEvents();
            showBuyAgain();
            QVERIFY(active<QPushButton>("againButton")->isVisible());
            QVERIFY2(mnemonicClashes(find<QWidget>("mainPage"), menus).isEmpty(),
                     qPrintable(language + u": "_s +
                                mnemonicClashes(find<QWidget>("mainPage"), menus).join(u"; "_s)));
            QVERIFY2(menuClashes(menus).isEmpty(),
                     qPrintable(language + u": "_s + menuClashes(menus).join(u"; "_s)));
            for (const char *tab : {"historyTab", "bookTab"}) {
                tabs->setCurrentWidget(find<QWidget>(tab));
                QCoreApplication::processEvents();
                showBuyAgain();
                QVERIFY2(
                    mnemonicClashes(find<QWidget>("mainPage"), menus).isEmpty(),
                    qPrintable(language + u" "_s + QLatin1StringView(tab) + u": "_s +
                               mnemonicClashes(find<QWidget>("mainPage"), menus).join(u"; "_s)));
            }
            tabs->setCurrentWidget(find<QWidget>("activeTab"));

            SettingsDialog *settings = openSettings();
            QVERIFY2(mnemonicClashes(settings).isEmpty(),
                     qPrintable(language + u": "_s + mnemonicClashes(settings).join(u"; "_s)));
            settings->reject();

            QTest::mouseClick(find<QPushButton>("buyButton"), Qt::LeftButton);
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)) &&
                        box->isVisible());
            QVERIFY2(mnemonicClashes(box).isEmpty(),
                     qPrintable(language + u": "_s + mnemonicClashes(box).join(u"; "_s)));
            box->reject();
            QTRY_VERIFY(!box->isVisible());
        }
        useLanguage(u"en"_s);
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"loginPage"_s);
        for (const QString &language : languages) {
            useLanguage(language);
            QVERIFY2(mnemonicClashes(find<QWidget>("loginPage"), menus).isEmpty(),
                     qPrintable(language + u": "_s +
                                mnemonicClashes(find<QWidget>("loginPage"), menus).join(u"; "_s)));
            QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
            QTRY_VERIFY(find<QWidget>("registerPage")->isVisible());
            QVERIFY2(
                mnemonicClashes(find<QWidget>("registerPage"), menus).isEmpty(),
                qPrintable(language + u": "_s +
                           mnemonicClashes(find<QWidget>("registerPage"), menus).join(u"; "_s)));
            QTest::mouseClick(find<QPushButton>("backToSignInButton"), Qt::LeftButton);
            QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        }
        useLanguage(u"en"_s);
    }

    // A live switch to French leaves no English on any page: the price
    // table's line, the history's page line, the banners and the models'
    // words included.
    void switchingToFrench_leavesNoEnglish()
    {
        const QList<QRegularExpression> english = englishReplacedInFrench();
        QVERIFY(english.size() > 200);
        const auto leftovers = [&](QWidget *root) {
            QStringList left;
            for (const QString &text : textsOnScreen(root)) {
                for (const QRegularExpression &pattern : english) {
                    if (pattern.match(text).hasMatch()) {
                        left.append(text);
                        break;
                    }
                }
            }
            return left;
        };
        // Right after the switch (useLanguage lets every widget take its
        // LanguageChange): not after a reload that happens to say it anew.
        const auto check = [&](QWidget *root, const QString &where) {
            QVERIFY2(leftovers(root).isEmpty(),
                     qPrintable(where + u": "_s + leftovers(root).join(u" | "_s)));
        };
        // The sign-in page with an error and a notice, switched while shown.
        signIn(u"not-the-password"_s);
        QTRY_VERIFY(find<QLabel>("loginErrorLabel")->isVisible());
        useLanguage(u"fr"_s);
        check(find<QWidget>("loginPage"), u"sign-in"_s);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
        useLanguage(u"en"_s);
        useLanguage(u"fr"_s);
        check(find<QWidget>("registerPage"), u"registration"_s);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(find<QPushButton>("backToSignInButton"), Qt::LeftButton);
        useLanguage(u"en"_s);

        // Signed in (remembered, where no keychain is: a banner), an order
        // bought, a second banner up; then French.
        m_server->addFault(
            Sandbox::Fault::of(Sandbox::Fault::Kind::Reset, "GET", u"/dashboard"_s, -1));
        find<QCheckBox>("rememberCheck")->setChecked(true);
        chooseWhatsAppInGhana();
        QVERIFY(buyAndConfirm());
        QTest::keyClick(m_window->windowHandle(), Qt::Key_F5);
        QTRY_COMPARE(banners().size(), 2);
        useLanguage(u"fr"_s);
        check(m_window, u"main"_s);
        if (QTest::currentTestFailed())
            return;
        find<QTabWidget>("ordersTabs")->setCurrentWidget(find<QWidget>("historyTab"));
        QTRY_VERIFY(!find<QLabel>("historyPageLabel")->text().isEmpty());
        useLanguage(u"en"_s);
        useLanguage(u"fr"_s);
        check(m_window, u"history"_s);
        if (QTest::currentTestFailed())
            return;
        SettingsDialog *settings = openSettings();
        check(settings, u"settings"_s);
        settings->reject();
    }

    // No text is cut, on any page, in any language, at the window's usual size.
    void labels_areNeverCut_inAnyLanguage()
    {
        const QStringList languages{u"en"_s, u"fr"_s, u"es"_s, u"pt_BR"_s};
        const auto check = [&](QWidget *root, const QString &where) {
            // Layouts settle after new words, a level at a time.
            QTRY_VERIFY2(cutTexts(root).isEmpty(),
                         qPrintable(where + u": "_s + cutTexts(root).join(u"; "_s)));
        };
        for (const QString &language : languages) {
            useLanguage(language);
            check(find<QWidget>("loginPage"), language + u" sign-in"_s);
            if (QTest::currentTestFailed())
                return;
            QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
            QTRY_VERIFY(find<QWidget>("registerPage")->isVisible());
            QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton); // errors too
            check(find<QWidget>("registerPage"), language + u" registration"_s);
            if (QTest::currentTestFailed())
                return;
            QTest::mouseClick(find<QPushButton>("backToSignInButton"), Qt::LeftButton);
            QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        }
        useLanguage(u"en"_s);
        chooseWhatsAppInGhana();
        auto *tabs = find<QTabWidget>("ordersTabs");
        for (const QString &language : languages) {
            useLanguage(language);
            tabs->setCurrentWidget(find<QWidget>("activeTab"));
            check(find<QWidget>("mainPage"), language + u" main"_s);
            if (QTest::currentTestFailed())
                return;
            tabs->setCurrentWidget(find<QWidget>("historyTab"));
            check(find<QWidget>("mainPage"), language + u" history"_s);
            if (QTest::currentTestFailed())
                return;
            tabs->setCurrentWidget(find<QWidget>("activeTab"));
            SettingsDialog *settings = openSettings();
            check(settings, language + u" settings"_s);
            settings->reject();
        }
        useLanguage(u"en"_s);
    }

    // The keyboard focus shows as a ring of 3:1 or better against what it
    // covers, on a button, a field and a table: in the system's look the app
    // starts with, and in light and dark colours.
    void focusRing_showsInEveryLook()
    {
        chooseWhatsAppInGhana();
        for (const auto theme :
             {Preferences::Theme::System, Preferences::Theme::Light, Preferences::Theme::Dark}) {
            if (theme != Preferences::Theme::System)
                UiStyle::applyTheme(theme);
            QCoreApplication::processEvents();
            for (const char *name : {"buyButton", "filterEdit", "logoutButton"}) {
                auto *widget = find<QWidget>(name);
                QVERIFY(widget->isVisible());
                // There by the keyboard (Tab and back), as a ring is for.
                widget->setFocus(Qt::TabFocusReason);
                QTest::keyClick(widget, Qt::Key_Tab);
                QTRY_VERIFY(!widget->hasFocus());
                const QImage without = widget->grab().toImage();
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
                QTRY_VERIFY(widget->hasFocus());
                const QImage with = widget->grab().toImage();
                QCOMPARE(with.size(), without.size());
                // The pixels the focus changed, and how much they stand out.
                int ring = 0;
                for (int y = 0; y < with.height(); ++y) {
                    for (int x = 0; x < with.width(); ++x) {
                        if (contrast(with.pixelColor(x, y), without.pixelColor(x, y)) >= 3.0)
                            ++ring;
                    }
                }
                // A 2-pixel ring all round, whatever the corners take.
                const int perimeter = 2 * (with.width() + with.height());
                QVERIFY2(ring >= perimeter,
                         qPrintable(u"%1 in %2: %3 pixels at 3:1 of %4 needed"_s
                                        .arg(QString::fromLatin1(name),
                                             theme == Preferences::Theme::Dark    ? u"dark"_s
                                             : theme == Preferences::Theme::Light ? u"light"_s
                                                                                  : u"system"_s)
                                        .arg(ring)
                                        .arg(perimeter)));
            }
        }
        UiStyle::applyTheme(Preferences::Theme::System);
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

    // WCAG's contrast ratio of two colours.
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
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

#include "probe.h"

#include "core/api/apiclient.h"
#include "core/controllers/purchasecontroller.h"
#include "core/core.h"
#include "core/models/countrypricemodel.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"
#include "processinfo.h"
#include "ui/servicepickerwidget.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

FirstFrameProbe::FirstFrameProbe(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // After this paint has been flushed, not before.
        QTimer::singleShot(0, this, [] {
            QTextStream(stdout) << "first-frame\n" << Qt::flush;
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

SessionProbe::SessionProbe(Core *core, QWidget *window, QString email, QString password,
                           QString book)
    : QObject(window)
    , m_core(core)
    , m_window(window)
    , m_email(std::move(email))
    , m_password(std::move(password))
    , m_book(std::move(book))
{}

void SessionProbe::start()
{
    // Fifty numbers bought as fast as the demo answers: far beyond a person's
    // pace, so the request budget's minute is a second here.
    m_core->backend()->api()->budget().setWindow(std::chrono::seconds(1));
    CatalogService *catalog = m_core->backend()->catalog();
    connect(
        m_core->backend()->auth(), &AuthService::loggedIn, this,
        [this, catalog] {
            connect(
                catalog, &CatalogService::servicesLoaded, this,
                [this] { m_window->findChild<ServicePickerWidget *>()->selectService(1012); },
                Qt::SingleShotConnection);
        },
        Qt::SingleShotConnection);
    connect(
        catalog, &CatalogService::pricesLoaded, this,
        [this] {
            // The cheapest country in stock, from the table the window shows.
            CountryPriceModel *model = m_core->purchase()->prices();
            qint64 best = -1;
            for (int row = 0; row < model->rowCount(); ++row) {
                const CountryPrice &p = model->priceAt(row);
                if (p.stock > orderCount && (best < 0 || p.price.minorUnits() < best)) {
                    best = p.price.minorUnits();
                    m_countryId = p.countryId;
                }
            }
            buyNext();
        },
        Qt::SingleShotConnection);
    connect(m_core->backend()->orders(), &OrderService::purchased, this, &SessionProbe::buyNext);
    connect(m_core->backend()->orders(), &OrderService::purchaseFailed, this,
            &SessionProbe::finish);
    m_core->backend()->auth()->login(m_email, m_password);
}

void SessionProbe::buyNext()
{
    if (m_bought == orderCount)
        return finish();
    ++m_bought;
    m_core->backend()->orders()->purchase({1012, m_countryId, {}, false});
}

void SessionProbe::finish()
{
    // With a book: its tab, a search and its figures shown too.
    if (!m_book.isEmpty()) {
        auto *tabs = m_window->findChild<QTabWidget *>(u"ordersTabs"_s);
        tabs->setCurrentWidget(m_window->findChild<QWidget *>(u"bookTab"_s));
        m_window->findChild<QLineEdit *>(u"bookSearchEdit"_s)->setText(u"shop"_s);
        m_window->findChild<QPushButton *>(u"statsButton"_s)->click();
    }
    // Let the window catch up with everything it was told, then measure.
    QTimer::singleShot(500, this, [this] {
        QTextStream(stdout) << "orders " << m_bought << "\npeak-rss-kb " << peakResidentKiB()
                            << '\n'
                            << Qt::flush;
        // Not quit(): that closes the window, which asks about the numbers still waiting.
        QCoreApplication::exit(0);
    });
}

#include "probe.h"

#include "authservice.h"
#include "backend.h"
#include "catalogservice.h"
#include "countrypricemodel.h"
#include "mainwindow.h"
#include "orderservice.h"
#include "processinfo.h"
#include "servicepickerwidget.h"

#include <QApplication>
#include <QEvent>
#include <QTableView>
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
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

SessionProbe::SessionProbe(Backend *backend, MainWindow *window, QString email, QString password)
    : QObject(window)
    , m_backend(backend)
    , m_window(window)
    , m_email(std::move(email))
    , m_password(std::move(password))
{}

void SessionProbe::start()
{
    CatalogService *catalog = m_backend->catalog();
    connect(
        m_backend->auth(), &AuthService::loggedIn, this,
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
            auto *model = m_window->findChild<CountryPriceModel *>();
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
    connect(m_backend->orders(), &OrderService::purchased, this, &SessionProbe::buyNext);
    connect(m_backend->orders(), &OrderService::purchaseFailed, this, &SessionProbe::finish);
    m_backend->auth()->login(m_email, m_password);
}

void SessionProbe::buyNext()
{
    if (m_bought == orderCount)
        return finish();
    ++m_bought;
    m_backend->orders()->purchase({1012, m_countryId, {}, false});
}

void SessionProbe::finish()
{
    // Let the window catch up with everything it was told, then measure.
    QTimer::singleShot(500, this, [this] {
        QTextStream(stdout) << "orders " << m_bought << "\npeak-rss-kb " << peakResidentKiB()
                            << '\n'
                            << Qt::flush;
        QCoreApplication::quit();
    });
}

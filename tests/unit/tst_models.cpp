#include "core/models/countrypricemodel.h"
#include "core/models/orderlistmodel.h"
#include "core/models/servicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CountryPrice price(qint64 id, const QString &name, const QString &iso, qint64 pesewas, qint64 stock)
{
    CountryPrice p;
    p.countryId = id;
    p.country = name;
    p.countryCode = iso;
    p.dialCode = u"+1"_s;
    p.price = Money(pesewas, u"GHS"_s);
    p.priceUsd = Money(pesewas / 15, u"USD"_s);
    p.stock = stock;
    return p;
}

Order order(qint64 id, int minutesAgo, Order::Status status = Order::Status::Pending)
{
    Order o;
    o.id = id;
    o.service = u"WhatsApp"_s;
    o.country = u"Ghana"_s;
    o.phoneNumber = u"+23324000000"_s + QString::number(id);
    o.cost = Money(420, u"GHS"_s);
    o.status = status;
    o.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    o.expiresAt = o.createdAt.addSecs(1200);
    return o;
}

// A price model behind its filter, both under QAbstractItemModelTester.
struct TestedPrices
{
    CountryPriceModel model;
    CountryPriceFilterModel filter;
    QAbstractItemModelTester modelTester{&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester filterTester{&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest};
    TestedPrices() { filter.setSourceModel(&model); }
};

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void services_favouritesFirstThenRecent_remembered()
    {
        QList<qint64> favourites;
        QList<qint64> recent;
        {
            ServiceListModel model;
            ServiceFilterModel filter;
            filter.setSourceModel(&model);
            QAbstractItemModelTester t(&filter,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy changed(&model, &ServiceListModel::rememberedChanged);
            model.setServices({{1, u"Alpha"_s, {}, false},
                               {2, u"Beta"_s, {}, false},
                               {3, u"Gamma"_s, {}, false},
                               {4, u"Delta"_s, {}, false}});
            model.markUsed(4);
            model.markUsed(3);
            model.setFavourite(2, true);
            QCOMPARE(changed.size(), 3);
            QCOMPARE(filter.index(0, 0).data().toString(), u"★ Beta"_s);
            QCOMPARE(filter.index(1, 0).data().toString(), u"Gamma"_s);
            QCOMPARE(filter.index(2, 0).data().toString(), u"Delta"_s);
            QCOMPARE(filter.index(3, 0).data().toString(), u"Alpha"_s);
            QCOMPARE(filter.index(0, 0).data(ServiceListModel::NameRole).toString(), u"Beta"_s);
            favourites = model.favourites();
            recent = model.recent();
        }
        // What was kept comes back, before or after the services.
        ServiceListModel again;
        QAbstractItemModelTester t(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.setServices({{1, u"Alpha"_s, {}, false}, {2, u"Beta"_s, {}, false}});
        again.setRemembered(favourites, recent);
        QVERIFY(again.isFavourite(2));
        QCOMPARE(again.index(1).data().toString(), u"★ Beta"_s);
        QCOMPARE(again.recent(), (QList<qint64>{3, 4}));
    }

    // A balance marks the dearer rows, through the filter too, without
    // moving a row; an unknown or foreign balance marks none.
    void prices_balanceMarksDearerRows_inPlace()
    {
        TestedPrices prices;
        CountryPriceModel &model = prices.model;
        CountryPriceFilterModel &filter = prices.filter;
        model.reset(1012);
        model.addPrices({price(1, u"Ghana"_s, u"GH"_s, 420, 10),
                         price(2, u"Kenya"_s, u"KE"_s, 300, 10),
                         price(3, u"Chile"_s, u"CL"_s, 900, 10)});
        filter.sort(CountryPriceModel::PriceColumn);
        const auto affordable = [&](int row) {
            return filter.index(row, CountryPriceModel::PriceColumn)
                .data(CountryPriceModel::AffordableRole)
                .toBool();
        };
        QVERIFY(affordable(0) && affordable(1) && affordable(2)); // balance unknown
        QSignalSpy moved(&filter, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
        model.setBalance(Money(420, u"GHS"_s));
        QCOMPARE(changed.size(), 1);
        QVERIFY(
            changed.first().at(2).value<QList<int>>().contains(CountryPriceModel::AffordableRole));
        QCOMPARE(moved.size(), 0);
        QVERIFY(affordable(0) && affordable(1) && !affordable(2)); // 3.00, 4.20 (all of it), 9.00
        QVERIFY(filter.index(2, 0).data(Qt::ToolTipRole).toString().contains(u"₵4.20"_s));
        model.setBalance(Money(100, u"USD"_s));
        QVERIFY(affordable(2));
        model.setBalance(Money(899, u"GHS"_s));
        QVERIFY(!affordable(2));
        model.setBalance({});
        QVERIFY(affordable(2));
    }

    void services_filterIgnoresCaseAndAccents()
    {
        ServiceListModel model;
        ServiceFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setServices({{1012, u"WhatsApp"_s, {}, true},
                           {907, u"Telegram"_s, {}, true},
                           {2000, u"Crème Brûlée Club"_s, {}, false}});
        QCOMPARE(filter.rowCount(), 3);
        filter.setSearchText(u"whats"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(ServiceListModel::IdRole).toLongLong(), 1012);
        filter.setSearchText(u"BRULEE"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), u"Crème Brûlée Club"_s);
        filter.setSearchText(u"nothing like it"_s);
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(model.rowOf(907), 1);
        QCOMPARE(model.rowOf(1), -1);
    }

    void prices_sortNumericallyAndFilter()
    {
        TestedPrices prices;
        CountryPriceModel &model = prices.model;
        CountryPriceFilterModel &filter = prices.filter;

        model.reset(1012);
        model.addPrices({price(1, u"Côte d’Ivoire"_s, u"CI"_s, 1000, 5),
                         price(2, u"Ghana"_s, u"GH"_s, 420, 152)});
        model.addPrices({price(3, u"Curaçao"_s, u"CW"_s, 95, 0)});
        QCOMPARE(model.rowCount(), 3);

        // "10.00" < "4.20" as text; as money it is the other way round.
        filter.sort(CountryPriceModel::PriceColumn, Qt::AscendingOrder);
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, CountryPriceModel::CountryColumn).data().toString(), u"Curaçao"_s);
        QCOMPARE(filter.index(1, CountryPriceModel::CountryColumn).data().toString(), u"Ghana"_s);
        QCOMPARE(filter.index(2, CountryPriceModel::PriceColumn).data().toString(), u"₵10.00"_s);

        filter.setInStockOnly(true);
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(u"cote"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(u"+1"_s);
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(u"gh"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setInStockOnly(false);
        filter.setSearchText({});

        // A country seen again (a page boundary moved) is updated, not doubled.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addPrices({price(2, u"Ghana"_s, u"GH"_s, 450, 151)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.priceAt(model.rowOfCountry(2)).price, Money(450, u"GHS"_s));
        QCOMPARE(model.index(2, CountryPriceModel::StockColumn).data().toString(),
                 u"Out of stock"_s);

        model.reset(907);
        QCOMPARE(filter.rowCount(), 0);
        QCOMPARE(model.serviceId(), 907);
    }

    void prices_pagesArriveInSortedPlaces_andSelectionSurvivesASort()
    {
        CountryPriceModel model;
        CountryPriceFilterModel filter;
        filter.sort(CountryPriceModel::PriceColumn, Qt::AscendingOrder); // before any rows
        filter.setSourceModel(&model);
        QAbstractItemModelTester t(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(1012);
        model.addPrices({price(1, u"A"_s, u"AA"_s, 500, 1), price(2, u"B"_s, u"BB"_s, 100, 1)});
        model.addPrices({price(3, u"C"_s, u"CC"_s, 300, 0), price(4, u"D"_s, u"DD"_s, 50, 1)});
        const auto order = [&] {
            QStringList names;
            for (int r = 0; r < filter.rowCount(); ++r)
                names.append(filter.index(r, 0).data().toString());
            return names.join(u',');
        };
        QCOMPARE(order(), u"D,B,C,A"_s);

        QPersistentModelIndex selected(filter.index(2, 0)); // C
        filter.sort(CountryPriceModel::PriceColumn, Qt::DescendingOrder);
        QCOMPARE(order(), u"A,C,B,D"_s);
        QCOMPARE(selected.data().toString(), u"C"_s);
        filter.sort(CountryPriceModel::CountryColumn, Qt::AscendingOrder);
        QCOMPARE(order(), u"A,B,C,D"_s);
        QCOMPARE(selected.row(), 2);

        // A changed price moves its row; an update that empties the stock hides it.
        filter.setInStockOnly(true);
        filter.sort(CountryPriceModel::PriceColumn, Qt::AscendingOrder);
        QCOMPARE(order(), u"D,B,A"_s);
        // A refreshed row keeps the user's selection, moved or not.
        QPersistentModelIndex chosen(filter.index(2, 0)); // A
        model.addPrices({price(1, u"A"_s, u"AA"_s, 10, 1)});
        QCOMPARE(order(), u"A,D,B"_s);
        QCOMPARE(chosen.row(), 0);
        model.addPrices({price(1, u"A"_s, u"AA"_s, 200, 7)}); // down, past D and B
        QCOMPARE(order(), u"D,B,A"_s);
        QCOMPARE(chosen.row(), 2);
        model.addPrices({price(1, u"A"_s, u"AA"_s, 150, 9)}); // stays last: only its cells
        QCOMPARE(order(), u"D,B,A"_s);
        QCOMPARE(chosen.row(), 2);
        QCOMPARE(filter.index(chosen.row(), CountryPriceModel::StockColumn).data().toString(),
                 u"9"_s);
        model.addPrices({price(1, u"A"_s, u"AA"_s, 10, 1)});
        QCOMPARE(order(), u"A,D,B"_s);
        model.addPrices({price(2, u"B"_s, u"BB"_s, 100, 0)});
        QCOMPARE(order(), u"A,D"_s);
        QCOMPARE(filter.mapToSource(filter.index(1, 0)).row(), model.rowOfCountry(4));
        QCOMPARE(filter.mapFromSource(model.index(model.rowOfCountry(2), 0)), QModelIndex());
    }

    void orders_newestFirstUpdatedInPlace()
    {
        OrderListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert({order(1, 30, Order::Status::Completed), order(3, 1)});
        model.upsert({order(2, 10, Order::Status::Expired)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.orderAt(0).id, 3);
        QCOMPARE(model.orderAt(1).id, 2);
        QCOMPARE(model.orderAt(2).id, 1);

        Order arrived = order(3, 1, Order::Status::Received);
        arrived.createdAt = model.orderAt(0).createdAt;
        arrived.smsCode = u"482913"_s;
        arrived.smsText = u"Your WhatsApp code is 482-913"_s;
        model.upsert({arrived});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, OrderListModel::CodeColumn).data().toString(), u"482913"_s);
        QCOMPARE(model.index(0, OrderListModel::CodeColumn).data(Qt::ToolTipRole).toString(),
                 arrived.smsText);
        QCOMPARE(model.index(0, OrderListModel::StatusColumn).data().toString(),
                 u"Code received"_s);
    }

    void orders_unknownStatusShownAsItCame()
    {
        OrderListModel model;
        Order o = order(9, 2, Order::Status::Unknown);
        o.statusText = u"on_hold"_s;
        model.upsert({o});
        QCOMPARE(model.index(0, OrderListModel::StatusColumn).data().toString(), u"on_hold"_s);
    }

    void orders_countdownRunsOnTheGivenClock()
    {
        OrderListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Order o = order(5, 0);
        QDateTime now = o.createdAt;
        model.setClock([&now] { return now; });
        model.upsert({o});
        const QModelIndex left = model.index(0, OrderListModel::TimeLeftColumn);
        QCOMPARE(left.data().toString(), u"20:00"_s);
        now = now.addSecs(65);
        QCOMPARE(left.data().toString(), u"18:55"_s);
        now = now.addSecs(3600);
        QCOMPARE(left.data().toString(), u"0:00"_s);
        // The countdown repaints itself every second while an order waits.
        QSignalSpy ticks(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(ticks.wait(2500));
        const int from = ticks.first().at(0).value<QModelIndex>().column();
        const int to = ticks.first().at(1).value<QModelIndex>().column();
        QVERIFY(from <= int(OrderListModel::TimeLeftColumn));
        QVERIFY(to >= int(OrderListModel::TimeLeftColumn));
    }

    // An order seen to end stays among the active ones a while, saying how
    // and what came back, then leaves; cancelling explains itself.
    void orders_endInSight_thenLeave()
    {
        using namespace std::chrono_literals;
        OrderListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Order o = order(7, 0);
        QDateTime now = o.createdAt;
        model.setClock([&now] { return now; });
        model.upsert({o});
        const QModelIndex status = model.index(0, OrderListModel::StatusColumn);
        QVERIFY(status.data(OrderListModel::ActiveRole).toBool());
        QCOMPARE(status.data(OrderListModel::CancelHintRole).toString(),
                 u"Cancelling becomes possible in 2:00, until the SMS arrives."_s);
        now = now.addSecs(130);
        o.canCancel = true;
        model.upsert({o});
        QCOMPARE(status.data(OrderListModel::CancelHintRole).toString(),
                 u"Cancel this order and get ₵4.20 back."_s);

        o.status = Order::Status::Expired;
        model.upsert({o});
        QCOMPARE(status.data().toString(), u"Expired · ₵4.20 refunded"_s);
        QVERIFY(status.data(OrderListModel::ActiveRole).toBool());
        // Loaded already ended, another order never enters the active ones.
        model.upsert({order(8, 30, Order::Status::Expired)});
        QVERIFY(!model.index(model.rowOfOrder(8), 0).data(OrderListModel::ActiveRole).toBool());
        QCOMPARE(model.index(model.rowOfOrder(8), OrderListModel::StatusColumn).data().toString(),
                 u"Expired"_s);

        model.setLinger(10s);
        now = now.addSecs(11);
        // The next tick tells every view of the whole row, so filters look again.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(2500));
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), 0);
        QVERIFY(!model.index(model.rowOfOrder(7), 0).data(OrderListModel::ActiveRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"

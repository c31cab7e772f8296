// RequestBudget on its own: a sliding window per endpoint family, on a clock
// the test holds.
#include "core/api/requestbudget.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Family = RequestBudget::Family;

class TestBudget final : public QObject
{
    Q_OBJECT

private slots:
    void families_ofTheContractsEndpoints()
    {
        QCOMPARE(RequestBudget::familyOf(false, u"/orders"_s), Family::OrderList);
        QCOMPARE(RequestBudget::familyOf(true, u"/orders"_s), Family::Purchase);
        QCOMPARE(RequestBudget::familyOf(true, u"/orders/5008/cancel"_s), Family::Cancel);
        QCOMPARE(RequestBudget::familyOf(false, u"/orders/5008"_s), Family::Order);
        QCOMPARE(RequestBudget::familyOf(true, u"/auth/login"_s), Family::SignIn);
        QCOMPARE(RequestBudget::familyOf(false, u"/dashboard"_s), Family::Account);
        QCOMPARE(RequestBudget::familyOf(false, u"/dashboard/prices"_s), Family::Catalogue);
        QCOMPARE(RequestBudget::familyOf(false, u"/dashboard/services"_s), Family::Catalogue);
        QCOMPARE(RequestBudget::familyOf(false, u"/something/else"_s), Family::Other);
    }

    void withinTheLimit_requestsGoAtOnce_beyondItTheyWaitInTurn()
    {
        RequestBudget budget;
        budget.setWindow(1000ms);
        budget.setLimit(Family::OrderList, 3);
        const auto t0 = RequestBudget::Clock::time_point{} + 100s;
        QCOMPARE(budget.reserve(Family::OrderList, t0), 0ms);
        QCOMPARE(budget.reserve(Family::OrderList, t0 + 100ms), 0ms);
        QCOMPARE(budget.reserve(Family::OrderList, t0 + 200ms), 0ms);
        // The 4th waits until the 1st leaves the window; the 5th and 6th for
        // the 2nd and 3rd; the 7th for the 4th's own slot.
        QCOMPARE(budget.reserve(Family::OrderList, t0 + 300ms), 700ms);
        QCOMPARE(budget.reserve(Family::OrderList, t0 + 300ms), 800ms);
        QCOMPARE(budget.reserve(Family::OrderList, t0 + 300ms), 900ms);
        QCOMPARE(budget.reserve(Family::OrderList, t0 + 300ms), 1700ms);
        // Other families are not held up.
        QCOMPARE(budget.reserve(Family::Catalogue, t0 + 300ms), 0ms);
        // Once the window has passed over everything, at once again.
        QCOMPARE(budget.reserve(Family::OrderList, t0 + 10s), 0ms);
    }

    void defaults_areGenerousForAPerson_andTightForALoop()
    {
        RequestBudget budget;
        QCOMPARE(budget.window(), 60000ms);
        // Polling every 3 s (the fastest setting) is 20 order lists a minute.
        QVERIFY(budget.limit(Family::OrderList) >= 30);
        QVERIFY(budget.limit(Family::OrderList) <= 60);
        QVERIFY(budget.limit(Family::Purchase) >= 10);
        QVERIFY(budget.limit(Family::Purchase) <= 20);
        const auto t0 = RequestBudget::Clock::time_point{} + 100s;
        int atOnce = 0;
        for (int i = 0; i < 1000; ++i)
            atOnce += budget.reserve(Family::Purchase, t0) == 0ms ? 1 : 0;
        QCOMPARE(atOnce, budget.limit(Family::Purchase));
    }
};

QTEST_APPLESS_MAIN(TestBudget)
#include "tst_budget.moc"

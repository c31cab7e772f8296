#pragma once

#include <QElapsedTimer>
#include <QObject>

class Core;
class QWidget;

// Measurement probes for the benchmark suite (tests/bench), in the
// benchmark's own copy of the app (n1sms-bench-app), never in the product.
// They print one line each and quit the app.

// "first-frame <ms>" once the window has painted for the first time.
class FirstFrameProbe final : public QObject
{
    Q_OBJECT

public:
    explicit FirstFrameProbe(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

// A demo session as a user would have it: sign in, WhatsApp's whole price
// table, 50 orders; then "peak-rss-kb <n>" and quit.
class SessionProbe final : public QObject
{
    Q_OBJECT

public:
    // `book`: the book is a file (with the orders the benchmark put in it):
    // its tab, a search and its figures are shown before measuring. None:
    // the demo's book in memory, as a user has it.
    SessionProbe(Core *core, QWidget *window, QString email, QString password, QString book = {});
    void start();

    static constexpr int orderCount = 50;

private:
    void buyNext();
    void finish();

    Core *m_core;
    QWidget *m_window;
    QString m_email;
    QString m_password;
    int m_bought = 0;
    qint64 m_countryId = 0;
    QString m_book;
};

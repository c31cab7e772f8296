#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class WatchListModel;

// The Watches tab: what each watch waits for, when it last looked and what it
// saw, with Change…, Remove and Show prices for the one chosen.
class WatchesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WatchesPanel(QWidget *parent = nullptr);

    void setModel(WatchListModel *model);
    // How often the watches look, in seconds, for the line under the list.
    void setInterval(int seconds);
    // Paused until `until` (invalid: not paused) because of `reason`.
    void setPaused(const QDateTime &until, const QString &reason);

signals:
    void editRequested(qint64 watchId);
    void removeRequested(qint64 watchId);
    void showRequested(qint64 watchId);

protected:
    void changeEvent(QEvent *event) override;

private:
    qint64 chosenWatch() const;
    void updateButtons();
    void translate();

    WatchListModel *m_model = nullptr;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_line;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_show;
    int m_interval = 60;
    QDateTime m_pausedUntil;
    QString m_pauseReason;
};

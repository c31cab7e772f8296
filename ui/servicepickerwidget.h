#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ServicePickerWidget;
}
class ServiceListModel;
class ServiceFilterModel;

// Type-ahead search over the services on sale; picking one emits serviceSelected.
class ServicePickerWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ServicePickerWidget(QWidget *parent = nullptr);
    ~ServicePickerWidget() override;

    void setModel(ServiceListModel *model);
    void setStatus(const QString &text);
    // Selects a service as if clicked; false when it is not listed.
    bool selectService(qint64 serviceId);
    void focusSearch();
    // On a short screen the shortcuts give their rows to the list (where
    // the same services are, favourites first).
    void setCompact(bool compact);

signals:
    void serviceSelected(qint64 serviceId, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void pick(const QModelIndex &proxyIndex);
    void buildShortcuts();
    void updateFavouriteButton();
    void toggleFavourite();

    std::unique_ptr<Ui::ServicePickerWidget> m_ui;
    ServiceListModel *m_model = nullptr;
    ServiceFilterModel *m_filter;
    qint64 m_current = 0;
    bool m_compact = false;
};

#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QObject>

#include <optional>

class ApiClient;

// The signed-in user's balance and statistics (GET /dashboard).
class AccountService final : public QObject
{
    Q_OBJECT

public:
    explicit AccountService(ApiClient *api, QObject *parent = nullptr);

    void refresh();
    const std::optional<Dashboard> &dashboard() const { return m_dashboard; }
    void clear() { m_dashboard.reset(); }

signals:
    void dashboardLoaded(const Dashboard &dashboard);
    void dashboardFailed(const ApiError &error);

private:
    ApiClient *m_api;
    std::optional<Dashboard> m_dashboard;
};

#include "core/services/accountservice.h"

#include "core/api/apiclient.h"
#include "core/api/decoders.h"

using namespace Qt::StringLiterals;

AccountService::AccountService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void AccountService::refresh()
{
    ApiRequest request;
    request.path = u"/dashboard"_s;
    m_api->send(request, this, [this](const Result<ApiResponse> &response) {
        if (!response)
            return emit dashboardFailed(response.error());
        auto dashboard = Decode::dashboard(response->body, m_api->serverNow());
        if (!dashboard)
            return emit dashboardFailed(dashboard.error());
        m_dashboard = dashboard.value();
        emit dashboardLoaded(*m_dashboard);
    });
}

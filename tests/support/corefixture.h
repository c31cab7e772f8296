#pragma once

// The core a front end gets (services and controllers, no widget) on a fresh
// sandbox: what the controller tests drive.
#include "core/api/apiclient.h"
#include "core/core.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "core/settings/settings.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

class CoreFixture : public QObject
{
protected:
    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Core> m_core;

    Backend *backend() const { return m_core->backend(); }

    void startCore(const Sandbox::Config &config)
    {
        using namespace std::chrono_literals;
        m_server = std::make_unique<Sandbox::Server>(config);
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_settings = std::make_unique<Settings>();
        m_core =
            std::make_unique<Core>(m_network.get(), m_server->baseUrl(), nullptr, m_settings.get());
        backend()->orders()->setPollInterval(100ms);
        // Fifty times the app's pace: the request budget's minute is a second.
        backend()->api()->budget().setWindow(1s);
    }

    void stopCore()
    {
        m_core.reset();
        m_settings.reset();
        m_network.reset();
        m_server.reset();
    }
};

#pragma once

// The production services on a fresh sandbox, signed in as the demo user:
// the set-up the service-level fault tests share.
#include "core/api/apiclient.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class ServiceFixture : public QObject
{
protected:
    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Backend> m_backend;

    // Orders that wait for their SMS as long as a test needs them to.
    static Sandbox::Config quietConfig()
    {
        Sandbox::Config config;
        config.smsDelaySeconds = 100000;
        return config;
    }

    void start(const Sandbox::Config &config = quietConfig(), bool signIn = true)
    {
        using namespace std::chrono_literals;
        m_server = std::make_unique<Sandbox::Server>(config);
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_backend = std::make_unique<Backend>(m_network.get(), m_server->baseUrl());
        m_backend->orders()->setPollInterval(100ms);
        // Fifty times the app's pace: the request budget's minute is a second.
        m_backend->api()->budget().setWindow(1s);
        if (signIn)
            signInDemo();
    }

    void signInDemo()
    {
        const Sandbox::Config &config = m_server->state().config();
        QSignalSpy loggedIn(m_backend->auth(), &AuthService::loggedIn);
        m_backend->auth()->login(config.demoEmail, config.demoPassword);
        QVERIFY(loggedIn.wait(5000));
        QVERIFY(m_backend->auth()->isSignedIn());
    }

    void stop()
    {
        m_backend.reset();
        m_network.reset();
        m_server.reset();
    }
};

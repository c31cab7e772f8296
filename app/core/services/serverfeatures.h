#pragma once

#include <QObject>
#include <QSet>
#include <QUrl>

class Settings;

// What the server in use offers beyond the published endpoints. The contract
// only assumes cancelling, reading one order and signing out; a server that
// answers 404 or 405 to one of them lacks it: that is remembered for the
// server (between runs), the request is not sent again, and what depends on
// it is disabled with a plain reason instead of the server's route message.
class ServerFeatures final : public QObject
{
    Q_OBJECT

public:
    enum class Feature
    {
        Cancel,
        OrderById,
        Logout
    };

    explicit ServerFeatures(Settings *settings, QObject *parent = nullptr);

    // The server whose features these are (read from the settings).
    void setServer(const QUrl &server);
    bool offers(Feature feature) const { return !m_missing.contains(feature); }
    // The server answered 404 or 405 to it.
    void markMissing(Feature feature);
    // Why what needs it is not there, in a sentence.
    static QString reason(Feature feature);

signals:
    void changed(Feature feature, bool offered);

private:
    static QString nameOf(Feature feature);

    Settings *m_settings;
    QUrl m_server;
    QSet<Feature> m_missing;
};

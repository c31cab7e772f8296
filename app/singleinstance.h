#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

// One app per user and settings profile: two copies would each poll, and each
// could buy. The first start takes a lock file and listens on a local socket
// beside it, both in the user's own runtime folder; a later start finds the
// lock taken, tells the first what it was started with, and ends. The first
// shows its window and answers whether it could do what was asked (it cannot
// turn into the demo, or to another server, while it runs). A lock left by a
// crash names a process that is gone: it is taken over at once.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // What a later start was asked for.
    struct Request
    {
        bool demo = false;
        bool baseUrlGiven = false;
        QUrl baseUrl;
    };
    // The first's answer: empty when it did what was asked; otherwise why not,
    // in a sentence for the terminal.
    using Answerer = std::function<QString(const Request &)>;

    // `folder`: where the lock and the socket live (the user's runtime
    // folder); `profile`: the settings file, so that each profile (and each
    // test) has an app of its own.
    SingleInstance(const QString &folder, const QString &profile, QObject *parent = nullptr);
    ~SingleInstance() override;

    // For this user and the current settings profile.
    static std::unique_ptr<SingleInstance> forCurrentProfile();

    // True when this is the first: the lock is taken and requests are heard.
    bool claim();
    // A later start: the first's answer, or nothing when it could not be
    // reached in `timeoutMs` (it is starting, stopped or hung).
    std::optional<QString> handOver(const Request &request, int timeoutMs = 5000);
    // How the first answers (set once the window exists).
    void setAnswerer(Answerer answerer) { m_answerer = std::move(answerer); }

private:
    void hear();

    QString m_socketPath;
    QLockFile m_lock;
    QLocalServer m_server;
    Answerer m_answerer;
};

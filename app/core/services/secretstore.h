#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where the token is kept between runs: the system keychain, never a file.
// The core sees only this interface; keychainstore.h is the real one.
class SecretStore
{
public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable, // no secret service on this system, or it refused us
        Failed,
    };
    using Done = std::function<void(Status status, const QString &secret)>;

    virtual ~SecretStore() = default;
    // `done` runs later on the GUI thread, unless `context` is gone by then.
    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};

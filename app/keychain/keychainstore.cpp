#include "keychain/keychainstore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    // QtKeychain 0.13 answers OtherError, not NoBackendAvailable, when no
    // secret service runs; either way there is nowhere safe to keep it.
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretStore::Status::Unavailable;
    default:
        return SecretStore::Status::Failed;
    }
}

void run(QKeychain::Job *job, QObject *context, SecretStore::Done done,
         std::function<QString(QKeychain::Job *)> secretOf)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [guard, done = std::move(done), secretOf](QKeychain::Job *finished) {
                         if (!guard)
                             return;
                         const auto status = statusOf(finished->error());
                         done(status, status == SecretStore::Status::Ok && secretOf
                                          ? secretOf(finished)
                                          : QString());
                     });
    job->start();
}

} // namespace

KeychainStore::KeychainStore(QString service)
    : m_service(std::move(service))
{}

void KeychainStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done),
        [](QKeychain::Job *j) { return static_cast<QKeychain::ReadPasswordJob *>(j)->textData(); });
}

void KeychainStore::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done), {});
}

void KeychainStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), {});
}

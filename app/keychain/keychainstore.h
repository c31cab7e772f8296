#pragma once

#include "core/services/secretstore.h"

// The system keychain through QtKeychain (the Secret Service on Linux). It
// never falls back to storing the secret in plain text.
class KeychainStore final : public SecretStore
{
public:
    explicit KeychainStore(QString service = QStringLiteral("com.n1sms.Desktop"));

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    QString m_service;
};

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

struct Country
{
    qint64 id = 0;
    QString name;
    QString iso; // ISO 3166-1 alpha-2
    QString dialCode;
};

struct ServiceInfo
{
    qint64 id = 0;
    QString name;
    bool popular = false;
};

struct Offer
{
    qint64 priceUsdCents = 0;  // what the number costs, in US cents
    qint64 stock = 0;          // 0: none on sale now
    int successRateTenths = 0; // 925 is 92.5 %
};

// A deterministic catalogue: the same seed gives the same countries, services,
// prices and stock, so tests and demos see a stable world.
class Catalogue final
{
public:
    // `extraServices` more services, "Regional service 1"…, after the real ones.
    explicit Catalogue(quint64 seed, int extraServices = 0);

    const QList<Country> &countries() const { return m_countries; }
    const QList<ServiceInfo> &services() const { return m_services; }
    const Country *country(qint64 id) const;
    const ServiceInfo *service(qint64 id) const;
    // The countries a service is sold in, in catalogue order, with offers.
    QList<std::pair<const Country *, Offer>> offers(qint64 serviceId) const;
    std::optional<Offer> offer(qint64 serviceId, qint64 countryId) const;

    static quint64 mix(quint64 a, quint64 b);

private:
    quint64 m_seed;
    QList<Country> m_countries;
    QList<ServiceInfo> m_services;
};

} // namespace Sandbox

#include "core/services/serverfeatures.h"

#include "core/logging.h"
#include "core/settings/settings.h"

using namespace Qt::StringLiterals;

ServerFeatures::ServerFeatures(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QString ServerFeatures::nameOf(Feature feature)
{
    switch (feature) {
    case Feature::Cancel:
        return u"cancel"_s;
    case Feature::OrderById:
        return u"order"_s;
    case Feature::Logout:
        break;
    }
    return u"logout"_s;
}

void ServerFeatures::setServer(const QUrl &server)
{
    const QSet<Feature> before = m_missing;
    m_server = server;
    m_missing.clear();
    const QStringList names = m_settings ? m_settings->missingEndpoints(server) : QStringList();
    for (const Feature f : {Feature::Cancel, Feature::OrderById, Feature::Logout}) {
        if (names.contains(nameOf(f)))
            m_missing.insert(f);
    }
    for (const Feature f : {Feature::Cancel, Feature::OrderById, Feature::Logout}) {
        if (before.contains(f) != m_missing.contains(f))
            emit changed(f, offers(f));
    }
}

void ServerFeatures::markMissing(Feature feature)
{
    if (m_missing.contains(feature))
        return;
    m_missing.insert(feature);
    qCInfo(lcApi) << "the server does not offer" << nameOf(feature);
    if (m_settings) {
        QStringList names;
        for (const Feature f : std::as_const(m_missing))
            names.append(nameOf(f));
        names.sort();
        m_settings->setMissingEndpoints(m_server, names);
    }
    emit changed(feature, false);
}

QString ServerFeatures::reason(Feature feature)
{
    switch (feature) {
    case Feature::Cancel:
        return tr("This server does not offer cancelling; an order without a code is "
                  "refunded when its time runs out.");
    case Feature::OrderById:
        return tr("This server does not offer reading one order; orders are followed through the "
                  "order list.");
    case Feature::Logout:
        break;
    }
    return tr("This server does not offer signing out remotely: the session was "
              "forgotten on this computer and ends on the server when it expires.");
}

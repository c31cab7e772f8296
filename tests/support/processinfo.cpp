#include "processinfo.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QString procPath(qint64 pid, const QString &leaf)
{
    return u"/proc/%1/%2"_s.arg(pid > 0 ? QString::number(pid) : u"self"_s, leaf);
}

// A line of /proc/PID/status, as "VmHWM:     41236 kB".
qint64 statusKiB(qint64 pid, const QByteArray &key)
{
    QFile status(procPath(pid, u"status"_s));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

qint64 peakResidentKiB(qint64 pid)
{
    return statusKiB(pid, "VmHWM");
}

qint64 residentKiB(qint64 pid)
{
    return statusKiB(pid, "VmRSS");
}

qint64 openFileCount(qint64 pid)
{
    const QDir fds(procPath(pid, u"fd"_s));
    return fds.exists()
               ? fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size()
               : -1;
}

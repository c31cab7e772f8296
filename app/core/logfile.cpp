#include "core/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <deque>

using namespace Qt::StringLiterals;

namespace {

constexpr int keptLines = 200;

struct State
{
    QMutex mutex;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    QString path;
    qint64 maxBytes = 0;
    QFile file;
    std::deque<QString> lines;
};

State &state()
{
    static State s;
    return s;
}

char letterOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

// With the mutex held.
void writeLine(State &s, const QString &line)
{
    s.lines.push_back(line);
    while (s.lines.size() > keptLines)
        s.lines.pop_front();
    if (s.path.isEmpty())
        return;
    if (s.file.isOpen() && s.file.size() >= s.maxBytes) {
        s.file.close();
        QFile::remove(s.path + u".1"_s);
        QFile::rename(s.path, s.path + u".1"_s);
    }
    if (!s.file.isOpen()) {
        s.file.setFileName(s.path);
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            return;
        s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    s.file.write((line + u'\n').toUtf8());
    s.file.flush();
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    QtMessageHandler previous = nullptr;
    // The app's own messages, and anyone's warnings: Qt's debugging chatter
    // would push what support needs out of the last lines.
    const bool ours = context.category && qstrncmp(context.category, "n1sms.", 6) == 0;
    if (ours || type >= QtWarningMsg) {
        QMutexLocker lock(&s.mutex);
        const QString line = u"%1 %2 %3: %4"_s.arg(
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
            QChar::fromLatin1(letterOf(type)),
            QString::fromLatin1(context.category ? context.category : "default"),
            LogFile::mask(message));
        writeLine(s, line);
    }
    {
        QMutexLocker lock(&s.mutex);
        previous = s.previous;
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

namespace LogFile {

void install(const QString &folder, qint64 maxBytes)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!folder.isEmpty() && QDir().mkpath(folder))
        s.path = QDir(folder).filePath(u"n1sms.log"_s);
    else
        s.path.clear();
    s.maxBytes = qMax<qint64>(4096, maxBytes);
    if (!s.installed) {
        s.installed = true;
        s.previous = qInstallMessageHandler(handler);
    }
}

void uninstall()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.installed = false;
    s.previous = nullptr;
    s.file.close();
    s.path.clear();
    s.lines.clear();
}

QString path()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.path;
}

QStringList lastLines(int count)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    QStringList out;
    const qsizetype from = qMax<qsizetype>(0, qsizetype(s.lines.size()) - count);
    for (qsizetype i = from; i < qsizetype(s.lines.size()); ++i)
        out.append(s.lines[size_t(i)]);
    return out;
}

QString mask(const QString &line)
{
    static const QRegularExpression bearer(u"(Bearer\\s+)\\S+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenLike(u"[A-Za-z0-9_|+=-]{24,}"_s);
    static const QRegularExpression digits(u"\\d{5,}"_s);
    QString out = line;
    out.replace(bearer, u"\\1[hidden]"_s);
    out.replace(tokenLike, u"[hidden]"_s);
    // Backwards, so that the offsets found stay good while replacing.
    QList<QRegularExpressionMatch> runs;
    for (auto it = digits.globalMatch(out); it.hasNext();)
        runs.prepend(it.next());
    for (const QRegularExpressionMatch &run : runs)
        out.replace(run.capturedStart(), run.capturedLength() - 3,
                    QString(run.capturedLength() - 3, u'*'));
    return out;
}

} // namespace LogFile

#pragma once

// The real app in a process of its own (n1sms-remote-app), for the tests that
// kill it, stop it or watch it from outside. It talks in lines: commands on
// its standard input, reports on its standard output (see remoteapp_main.cpp).
#include "support/processinfo.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <sys/types.h>

class RemoteApp
{
public:
    // Its settings, order books and log live in `home` (kept between runs:
    // the next start of the app finds what the last one left).
    RemoteApp(const QString &program, const QString &home)
        : m_program(program)
        , m_home(home)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~RemoteApp() { kill(); }
    RemoteApp(const RemoteApp &) = delete;
    RemoteApp &operator=(const RemoteApp &) = delete;

    bool start(const QUrl &baseUrl, double speed = 1, const QStringList &environment = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("n1sms.*.debug=false;n1sms.*.info=false"));
        for (const QString &pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        m_process.setProcessEnvironment(env);
        m_process.start(m_program,
                        {QStringLiteral("--base-url"), baseUrl.toString(),
                         QStringLiteral("--book-folder"), m_home + QStringLiteral("/books"),
                         QStringLiteral("--log-folder"), m_home + QStringLiteral("/logs"),
                         QStringLiteral("--speed"), QString::number(speed)});
        m_lines.clear();
        m_partial.clear();
        return m_process.waitForStarted(10000) && !waitFor("ready", 20000).isEmpty();
    }

    // The environment the app runs in (its settings, data and runtime
    // folders), for another program to share the profile.
    QProcessEnvironment environment() const { return m_process.processEnvironment(); }
    // Owner-only, as a runtime folder must be.
    QString runtimeDir() const
    {
        const QString dir = m_home + QStringLiteral("/runtime");
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        return dir;
    }

    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // Written as the event loop turns (the sandbox of the test answers in
    // this process: nothing here may block it).
    void send(const QByteArray &command) { m_process.write(command + '\n'); }

    // The first report line starting with `prefix` from now on (its rest), or
    // an empty string when none came in time. Lines before it are dropped.
    QByteArray waitFor(const QByteArray &prefix, int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            while (!m_lines.isEmpty()) {
                const QByteArray line = m_lines.takeFirst();
                if (line == prefix)
                    return QByteArrayLiteral(" ");
                if (line.startsWith(QByteArray(prefix + ' ')))
                    return line.mid(prefix.size() + 1);
            }
            if (deadline.hasExpired() || m_process.state() != QProcess::Running)
                return {};
            if (m_process.bytesAvailable() == 0) {
                QEventLoop loop;
                QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop,
                                 &QEventLoop::quit);
                QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
                QTimer::singleShot(static_cast<int>(deadline.remainingTime()), &loop,
                                   &QEventLoop::quit);
                loop.exec();
            }
            m_partial += m_process.readAllStandardOutput();
            qsizetype end = -1;
            while ((end = m_partial.indexOf('\n')) >= 0) {
                m_lines.append(m_partial.left(end));
                m_partial.remove(0, end + 1);
            }
        }
    }

    // What the app shows and holds now (remoteapp_main.cpp's "state").
    QJsonObject state()
    {
        send("state");
        return QJsonDocument::fromJson(waitFor("state")).object();
    }

    // Stopped by a signal (state T in /proc/PID/stat).
    bool isStopped() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid()));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        return text.mid(text.lastIndexOf(')') + 2, 1) == "T";
    }

    void signal(int number)
    {
        if (pid() > 0)
            ::kill(static_cast<pid_t>(pid()), number);
    }

    // SIGKILL, and the wait for it to be gone.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        signal(SIGKILL);
        m_process.waitForFinished(10000);
    }

    bool quit()
    {
        send("quit");
        QDeadlineTimer deadline(10000);
        while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QEventLoop loop;
            QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(100, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const bool clean = m_process.state() == QProcess::NotRunning &&
                           m_process.exitStatus() == QProcess::NormalExit &&
                           m_process.exitCode() == 0;
        if (!clean)
            qWarning("n1sms-remote-app did not quit cleanly: state %d, status %d, code %d",
                     int(m_process.state()), int(m_process.exitStatus()), m_process.exitCode());
        return clean;
    }

private:
    QString m_program;
    QString m_home;
    QProcess m_process;
    QByteArrayList m_lines;
    QByteArray m_partial;
};

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// What was asked of n1sms: a command, its arguments and its options, checked
// against what that command takes. Pure: no stream is read, nothing printed.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString command;                // "buy"; empty with only --help or --version
    QStringList arguments;          // what follows the command, in order
    QHash<QString, QString> values; // options with a value, by long name
    QSet<QString> flags;            // options without one
    std::optional<int> waitSeconds; // buy --wait SECONDS (the flag "wait" alone: no limit)
    QString error;                  // a usage error, in a sentence; empty when fine

    bool has(const QString &flag) const { return flags.contains(flag) || values.contains(flag); }
    QString value(const QString &option) const { return values.value(option); }

    // `arguments` without the program's name.
    static CommandLine parse(const QStringList &arguments);
    // Every command, and each one's synopsis and options, for --help.
    static QStringList commands();
    static QString usage();
    static QString usageOf(const QString &command);
};

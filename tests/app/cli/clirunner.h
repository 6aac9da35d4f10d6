#pragma once

// Runs the built greenlight-cli as a black box: every CLI test program uses this one runner.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliResult
{
    int exitCode = -1; // -1: did not finish normally
    QByteArray out;
    QByteArray err;
};

// `xdgDataHome` points at an empty folder so no user catalog of the machine leaks into a test.
inline CliResult runCli(const QStringList &args, const QString &xdgDataHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdgDataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GREENLIGHT_CLI_PATH), args);
    CliResult r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

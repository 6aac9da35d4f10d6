#include "startupprobe.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace greenlight::ui {

namespace {

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

StartupProbe::StartupProbe(QWidget *window, QElapsedTimer sinceStart, QObject *parent)
    : QObject(parent), m_sinceStart(sinceStart)
{
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_reported && event->type() == QEvent::Paint) {
        m_reported = true;
        // Report after this paint has finished.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint-ms %lld rss-kb %ld\n", static_cast<long long>(m_sinceStart.elapsed()),
                        residentKb());
            std::fflush(stdout);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace greenlight::ui

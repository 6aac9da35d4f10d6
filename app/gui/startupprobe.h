#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace greenlight::ui {

// Prints "first-paint-ms N rss-kb M" once the watched window has painted for the first time:
// the start-up figure the UI benchmark reads.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget *window, QElapsedTimer sinceStart, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};

} // namespace greenlight::ui

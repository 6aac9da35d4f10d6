#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace greenlight::ui {

// Greedy word wrap: each existing line of `text` is broken at spaces so that every new line
// satisfies `fits` (a word that alone does not fit stays whole on its own line). Headers and
// QCustomPlot titles neither wrap nor elide by themselves.
inline QString wordWrapped(const QString &text, const std::function<bool(const QString &)> &fits)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (!current.isEmpty() && !fits(candidate)) {
                out << current;
                current = word;
            } else {
                current = candidate;
            }
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace greenlight::ui

#pragma once

#include <QString>

#include <string>

namespace greenlight::ui {

// The core speaks UTF-8 std::string; widgets speak QString.
inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline std::string ss(const QString &s)
{
    return s.toStdString();
}

} // namespace greenlight::ui

#pragma once

#include "model/scenario.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace greenlight::ui {

class Document;
class NumberField;
class RegionPicker;

// The inference phase of the current scenario: how the model is served, how much, for how long,
// and where; with the per-request and deployment figures the core computed.
class DeploymentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DeploymentEditor(Document &document, QWidget *parent = nullptr);

    QGroupBox *group() const { return m_group; }
    NumberField *field(const QString &key) const;

private:
    struct Field
    {
        QString key;
        NumberField *field;
        std::function<std::optional<double>(const Deployment &)> get;
        std::function<void(Deployment &, std::optional<double>)> set;
    };

    void number(QFormLayout *form, const QString &key, const QString &label, double min, double max,
                int decimals, const QString &unit, bool optional,
                std::function<std::optional<double>(const Deployment &)> get,
                std::function<void(Deployment &, std::optional<double>)> set);
    void edit(const std::function<void(Deployment &)> &change, const QString &text, int mergeKey = 0);
    void refresh();

    Document &m_document;
    QGroupBox *m_group = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_accelerator = nullptr;
    QComboBox *m_stack = nullptr;
    QLineEdit *m_startDate = nullptr;
    RegionPicker *m_region = nullptr;
    QLabel *m_result = nullptr;
    std::vector<Field> m_fields;
    int m_session = 1;
    bool m_refreshing = false;
};

} // namespace greenlight::ui

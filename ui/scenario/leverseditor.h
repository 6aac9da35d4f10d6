#pragma once

#include "model/scenario.h"

#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;

namespace greenlight::ui {

class Document;
class ExperimentRunsEditor;
class NumberField;

// The current scenario's mitigation levers: each lever is a checkable group (off = not applied)
// with its parameters; below, what each lever did, as the core reports it (a lever may make
// things worse). Edits are undo commands on the Document.
class LeversEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LeversEditor(Document &document, QWidget *parent = nullptr);

    QGroupBox *group(const QString &lever) const;
    NumberField *field(const QString &key) const;
    ExperimentRunsEditor *experimentRuns() const { return m_runs; }

private:
    struct Field
    {
        QString key;
        NumberField *field;
        std::function<std::optional<double>(const Scenario &)> get;
        std::function<void(Scenario &, std::optional<double>)> set;
    };

    NumberField *number(QWidget *parent, class QFormLayout *form, const QString &key, const QString &label,
                        double min, double max, int decimals, const QString &unit, bool optional,
                        std::function<std::optional<double>(const Scenario &)> get,
                        std::function<void(Scenario &, std::optional<double>)> set);
    void edit(const std::function<void(Scenario &)> &change, const QString &text, int mergeKey = 0);
    void refresh();

    Document &m_document;
    QGroupBox *m_pruning = nullptr;
    QGroupBox *m_quantisation = nullptr;
    QGroupBox *m_distillation = nullptr;
    QGroupBox *m_transfer = nullptr;
    QGroupBox *m_experiments = nullptr;
    QComboBox *m_structure = nullptr;
    QComboBox *m_trainingPrecision = nullptr;
    QComboBox *m_servingPrecision = nullptr;
    QComboBox *m_quantMethod = nullptr;
    QCheckBox *m_includeTeacher = nullptr;
    QCheckBox *m_lora = nullptr;
    QCheckBox *m_development = nullptr;
    QComboBox *m_policy = nullptr;
    ExperimentRunsEditor *m_runs = nullptr;
    QLabel *m_effects = nullptr;
    std::vector<Field> m_fields;
    int m_session = 1;
    bool m_refreshing = false;
};

} // namespace greenlight::ui

#pragma once

#include "estimate/quantities.h"
#include "model/scenario.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace greenlight::ui {

class Document;
class NumberField;
struct NumberFieldSpecArgs;
class RegionPicker;

// Edits the current scenario. Every change becomes an undo command on the Document (a slider
// drag merges into one step); the widgets are refreshed from the Document, never the reverse.
class ScenarioEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioEditor(Document &document, QWidget *parent = nullptr);

    // For tests and the what-if benchmark: the field bound to a scenario input key ("mfu", "pue", ...).
    NumberField *field(const QString &key) const;
    QComboBox *acceleratorBox() const { return m_accelerator; }
    RegionPicker *regionPicker() const { return m_region; }
    QComboBox *workloadModeBox() const { return m_mode; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    struct Binding
    {
        QString key;
        NumberField *field = nullptr;
        QWidget *label = nullptr;
        std::function<std::optional<double>(const Scenario &)> get;
        std::function<void(Scenario &, std::optional<double>)> set;
        std::function<bool(const Scenario &)> visible;
        std::optional<Input> defaultFrom; // shows the resolved default in the unset state
        QString issuePath;
        int mergeKey = 0;
    };

    NumberField *addNumber(QFormLayout *form, const QString &key, const QString &label, const QString &tip,
                           const NumberFieldSpecArgs &spec, Binding binding);
    void refresh();
    void edit(const std::function<void(Scenario &)> &change, const QString &text, int mergeKey = 0);
    void fillPrecisions(const Scenario &s);
    void updateCurrencyNote();

    Document &m_document;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_precision = nullptr;
    QComboBox *m_accelerator = nullptr;
    RegionPicker *m_region = nullptr;
    QComboBox *m_costMode = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_issues = nullptr;
    QLabel *m_published = nullptr;
    QLabel *m_costCurrency = nullptr;
    std::vector<Binding> m_bindings;
    int m_mergeSession = 1;
    bool m_refreshing = false;
};

} // namespace greenlight::ui

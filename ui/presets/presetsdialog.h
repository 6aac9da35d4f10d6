#pragma once

#include "estimate/estimate.h"
#include "model/preset.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace greenlight::ui {

class Document;

// The presets gallery: famous published training runs (with the published footprint beside
// Greenlight's estimate of the same inputs) and templates to start from. "Add to project" adds
// the scenario as one undo step; "Open as new project" replaces the open project.
class PresetsDialog : public QDialog
{
    Q_OBJECT

public:
    // Table columns of the gallery list.
    enum Column
    {
        TitleColumn,
        KindColumn,
        PublishedColumn,
        EstimateColumn,
        RatioColumn,
        ColumnCount
    };

    explicit PresetsDialog(Document &document, QWidget *parent = nullptr);

    // Asked before "Open as new project" replaces the document (unsaved changes); default: yes.
    void setReplaceGuard(std::function<bool()> guard) { m_canReplace = std::move(guard); }

    const std::vector<Preset> &presets() const { return m_presets; }
    // The scenario a preset adds: templates take the preferred default region, if one is set.
    Scenario scenarioFor(const Preset &preset) const;

    QTableWidget *galleryTable() const { return m_list; }
    QTableWidget *comparisonTable() const { return m_comparison; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }
    int currentPreset() const;
    void selectPreset(int index);

    void addToProject();
    void openAsNewProject();

private:
    void fillGallery();
    std::optional<Estimate> estimateFor(const Preset &preset) const;
    void showPreset(int index);

    Document &m_document;
    std::vector<Preset> m_presets;
    std::function<bool()> m_canReplace;
    QTableWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_description = nullptr;
    QTableWidget *m_comparison = nullptr;
    QTextBrowser *m_inputs = nullptr;
    QLabel *m_source = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace greenlight::ui

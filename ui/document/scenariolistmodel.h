#pragma once

#include <QAbstractListModel>

namespace greenlight::ui {

class Document;

// The project's scenarios for the list panel: name (editable: rename), colour swatch, check box
// (include in comparison), bold baseline. Edits go through the Document's commands.
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ScenarioListModel(Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    Document &m_document;
};

} // namespace greenlight::ui

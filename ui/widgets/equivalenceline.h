#pragma once

#include <QLabel>

namespace greenlight::ui {

class Document;

// The plain-language line under the Overview charts: the current scenario's total CO2e as car
// kilometres, flights, household-years and tree-months (core/compare/equivalents.h computes them;
// this only words and formats them in the UI language). The tooltip names each source.
class EquivalenceLine : public QLabel
{
    Q_OBJECT

public:
    explicit EquivalenceLine(Document &document, QWidget *parent = nullptr);

    // Formats an amount for reading aloud: 3 significant figures, grouped in the locale's way.
    static QString readable(double amount);

private:
    void refresh();

    Document &m_document;
};

} // namespace greenlight::ui

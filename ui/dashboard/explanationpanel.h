#pragma once

#include "estimate/quantities.h"

#include <QTextBrowser>

namespace greenlight::ui {

class Document;

// Shows how one number was obtained: the formula, the values put in, each input's source.
class ExplanationPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ExplanationPanel(const Document &document, QWidget *parent = nullptr);

    void explain(int scenarioIndex, Output output);

private:
    const Document &m_document;
};

} // namespace greenlight::ui

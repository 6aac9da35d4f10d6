#pragma once

#include <QTextDocument>
#include <QWidget>

namespace greenlight::ui {

class Document;

// The plain-language line under the Overview charts: the current scenario's total CO2e as car
// kilometres, flights, household-years and tree-months (core/compare/equivalents.h computes them;
// this only words and formats them in the UI language). The tooltip names each source.
//
// Not a QLabel: a word-wrapped rich-text label asks its window to lay out again on every
// setText, and the line changes on every what-if step. This widget asks only when the height it
// needs changes.
class EquivalenceLine : public QWidget
{
    Q_OBJECT

public:
    explicit EquivalenceLine(Document &document, QWidget *parent = nullptr);

    // The line as rich text (empty when the scenario cannot be estimated).
    QString text() const { return m_text; }
    // Formats an amount for reading aloud: 3 significant figures, grouped in the locale's way.
    static QString readable(double amount);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void setText(const QString &html);
    // Asks the layout for room again only if the height needed at the current width changed.
    void updateHeight();

    Document &m_document;
    QString m_text;
    mutable QTextDocument m_textDocument;
    int m_height = -1; // last height the layout was told about
};

} // namespace greenlight::ui

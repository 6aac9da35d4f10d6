#pragma once

#include <QObject>
#include <QPicture>
#include <QTextObjectInterface>

#include <vector>

namespace greenlight::report {

// Draws the report's charts inside the QTextDocument: each chart is a character of this object
// type whose `kChartIndex` property picks a recorded picture (vector commands), so the layout
// pages it like text and the PDF receives lines and glyphs, not an image.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kType = QTextFormat::UserObject + 1;
    static constexpr int kChartIndex = QTextFormat::UserProperty + 1;

    explicit ChartObject(QObject *parent = nullptr) : QObject(parent) {}

    // Returns the index to store in the format.
    int add(QPicture picture);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    std::vector<QPicture> m_pictures;
};

} // namespace greenlight::report

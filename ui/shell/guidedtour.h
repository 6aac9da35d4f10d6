#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace greenlight::ui {

// A step-by-step tour of a window: a translucent overlay that dims everything but one area, with a
// callout saying what the area does, and Back / Next / Skip. The overlay covers its parent (the
// main window) and follows its size; Escape skips.
class GuidedTour : public QWidget
{
    Q_OBJECT

public:
    struct Step
    {
        QPointer<QWidget> target; // the highlighted area; null = the whole window (no hole)
        QString title;
        QString text;
    };

    GuidedTour(const QList<Step> &steps, QWidget *window);

    void start();
    int currentStep() const { return m_current; }
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    QRect highlightRect() const; // in overlay coordinates; empty when the step has no target
    QWidget *callout() const { return m_callout; }

    void next();
    void back();
    void skip();

    // QSettings key remembering that the first-start offer was made.
    static QString offeredKey() { return QStringLiteral("tour/offered"); }

signals:
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void showStep(int index);
    void placeCallout();

    QList<Step> m_steps;
    int m_current = -1;
    QWidget *m_callout = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace greenlight::ui

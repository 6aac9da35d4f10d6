// Trade-off chart labels: never on top of each other or of a point, inside the plot when there is
// room, next to their point when they can be, with a leader line when they cannot.
#include "plots/labelplacer.h"

#include <QTest>

using greenlight::ui::LabelPlacer;

class TestLabelPlacer : public QObject
{
    Q_OBJECT

private slots:
    void aloneGoesAboveRight()
    {
        const auto placed = LabelPlacer::place({QPointF(100, 100)}, {QSizeF(80, 14)}, QRectF(0, 0, 400, 300));
        QCOMPARE(placed.size(), std::size_t(1));
        QVERIFY(!placed[0].leader);
        QVERIFY(placed[0].rect.left() > 100 && placed[0].rect.bottom() < 100);
    }

    void nearRightEdgeGoesLeft()
    {
        const auto placed = LabelPlacer::place({QPointF(390, 100)}, {QSizeF(80, 14)}, QRectF(0, 0, 400, 300));
        QVERIFY(placed[0].rect.right() < 390);
        QVERIFY(QRectF(0, 0, 400, 300).contains(placed[0].rect));
    }

    void clusterDoesNotOverlap_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("spreadPx");
        QTest::newRow("two on one pixel") << 2 << 0.0;
        QTest::newRow("five within 10 px") << 5 << 2.0;
        QTest::newRow("eight within 40 px") << 8 << 5.0;
    }

    void clusterDoesNotOverlap()
    {
        QFETCH(int, count);
        QFETCH(double, spreadPx);
        std::vector<QPointF> points;
        std::vector<QSizeF> sizes;
        for (int i = 0; i < count; ++i) {
            points.emplace_back(200 + spreadPx * i, 150 - spreadPx * i);
            sizes.emplace_back(90 + 5 * i, 14);
        }
        const QRectF bounds(0, 0, 500, 300);
        const auto placed = LabelPlacer::place(points, sizes, bounds);
        int leaders = 0;
        for (std::size_t i = 0; i < placed.size(); ++i) {
            QVERIFY(bounds.contains(placed[i].rect));
            QCOMPARE(placed[i].rect.size(), sizes[i]);
            leaders += placed[i].leader ? 1 : 0;
            for (std::size_t j = i + 1; j < placed.size(); ++j)
                QVERIFY2(!placed[i].rect.intersects(placed[j].rect),
                         qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
            for (const QPointF &p : points)
                QVERIFY(!placed[i].rect.contains(p));
        }
        // Four labels fit around one point; more than that need leader lines.
        QVERIFY(count <= 4 || leaders >= count - 4);
    }
};

QTEST_GUILESS_MAIN(TestLabelPlacer)
#include "tst_labelplacer.moc"

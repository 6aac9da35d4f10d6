#include "equivalenceline.h"

#include "compare/equivalents.h"
#include "document.h"
#include "qtconvert.h"
#include "util/numberformat.h"

#include <QLocale>

#include <cmath>

namespace greenlight::ui {

EquivalenceLine::EquivalenceLine(Document &document, QWidget *parent) : QLabel(parent), m_document(document)
{
    setObjectName(QStringLiteral("equivalenceLine"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setContentsMargins(6, 2, 6, 4);
    setAccessibleName(tr("What does this mean"));
    connect(&document, &Document::resultsChanged, this, &EquivalenceLine::refresh);
    connect(&document, &Document::currentChanged, this, &EquivalenceLine::refresh);
    refresh();
}

QString EquivalenceLine::readable(double amount)
{
    if (!std::isfinite(amount))
        return QString();
    const QLocale locale;
    if (amount >= 100)
        return locale.toString(roundSignificant(amount, 3), 'f', 0);
    return locale.toString(amount, 'f', amount >= 10 ? 1 : 2);
}

void EquivalenceLine::refresh()
{
    const int index = m_document.currentIndex();
    if (index < 0 || index >= m_document.scenarioCount() || !m_document.result(index).evaluation) {
        setText(QString());
        setToolTip(QString());
        return;
    }
    const double kg = m_document.result(index).estimate[Output::Co2eTotalKg];
    const auto amounts = Equivalents::of(m_document.catalog(), kg);
    if (amounts.empty()) {
        setText(QString());
        setToolTip(QString());
        return;
    }
    QStringList parts;
    QStringList sources;
    for (const EquivalentAmount &a : amounts) {
        const QString n = readable(a.amount);
        if (a.id == "car-km-eu")
            parts << tr("driving %1 km in an average European car").arg(n);
        else if (a.id == "flight-ny-sf")
            parts << tr("%1 one-way economy flights New York – San Francisco").arg(n);
        else if (a.id == "household-year")
            parts << tr("the electricity of %1 US homes for a year").arg(n);
        else if (a.id == "tree-month")
            parts << tr("what %1 trees absorb in a month").arg(n);
        else
            continue;
        sources << QStringLiteral("• %1: %2 (%3)")
                       .arg(qs(a.name), qs(a.citation.source), QString::number(a.citation.year));
    }
    const QString mass = kg >= 1000 ? tr("%1 t").arg(readable(kg / 1000)) : tr("%1 kg").arg(readable(kg));
    setText(tr("<b>What does this mean?</b> Training “%1” emits about %2 CO2e (location-based + embodied): "
               "as much as %3.")
                .arg(qs(m_document.scenario(index).name).toHtmlEscaped(), mass.toHtmlEscaped(),
                     parts.join(tr(", or "))));
    setToolTip(tr("Everyday equivalents of the total CO2e, from the catalog's cited sources:\n%1")
                   .arg(sources.join(QLatin1Char('\n'))));
}

} // namespace greenlight::ui

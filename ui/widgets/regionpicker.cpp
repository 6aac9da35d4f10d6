#include "regionpicker.h"

#include "catalog/catalog.h"
#include "qtutil/qtconvert.h"
#include "util/numberformat.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

namespace greenlight::ui {

RegionPicker::RegionPicker(const Catalog &catalog, QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    addItem(tr("(none: give the intensity)"), QString());
    for (const Region &r : catalog.regions())
        addItem(QStringLiteral("%1 — %2 g/kWh [%3]")
                    .arg(qs(r.name), qs(formatNumber(r.intensityGPerKWh, 4)), qs(r.id)),
                qs(r.id));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Search countries, grids, cloud regions…"));
    setAccessibleName(tr("Region"));
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit regionPicked(itemData(index).toString()); });
}

QString RegionPicker::regionId() const
{
    return currentData().toString();
}

void RegionPicker::setRegionId(const QString &id)
{
    const QSignalBlocker block(this);
    const int i = findData(id);
    setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace greenlight::ui

#pragma once

#include <QComboBox>

namespace greenlight {
class Catalog;
}

namespace greenlight::ui {

// A searchable region picker: type any part of a country, state, balancing area or cloud region
// ("quebec", "us-east", "Iowa") and pick from the matches. Each item shows its intensity.
class RegionPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit RegionPicker(const Catalog &catalog, QWidget *parent = nullptr);

    QString regionId() const;
    void setRegionId(const QString &id);

signals:
    void regionPicked(const QString &id);
};

} // namespace greenlight::ui

#pragma once

#include "catalog/accelerator.h"
#include "catalog/region.h"

#include <QDialog>

#include <QMap>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace greenlight::ui {

// The form for one user catalog record, an accelerator or a region. It starts from an existing
// record (editing writes a user record with the same id, which overrides the shipped one) or a
// blank one; fields the form does not show are kept as they were.
class CatalogRecordDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogRecordDialog(const Accelerator &record, QWidget *parent = nullptr);
    CatalogRecordDialog(const Region &record, QWidget *parent = nullptr);

    bool isAccelerator() const { return m_isAccelerator; }
    Accelerator accelerator() const;
    Region region() const;
    void setErrors(const QStringList &errors); // shown above the buttons

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *sourceEdit() const { return m_source; }
    QDoubleSpinBox *numberBox(const QString &key) const { return m_numbers.value(key); }

private:
    void buildCommon(QFormLayout *form, const std::string &id, const std::string &name);
    void buildCitation(QFormLayout *form, const Citation &citation);
    void finish(QFormLayout *form);
    QDoubleSpinBox *addNumber(QFormLayout *form, const QString &key, const QString &label,
                              const QString &unit, const QString &tip, std::optional<double> value,
                              double minimum, double maximum, int decimals, bool optional);
    std::optional<double> number(const QString &key) const;
    Citation citation(Citation base) const;

    bool m_isAccelerator = true;
    Accelerator m_accelerator;
    Region m_region;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_vendor = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_precision = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_provider = nullptr;
    QComboBox *m_basis = nullptr;
    QLineEdit *m_source = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_errors = nullptr;
    QMap<QString, QDoubleSpinBox *> m_numbers;
};

} // namespace greenlight::ui

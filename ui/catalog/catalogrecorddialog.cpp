#include "catalog/catalogrecorddialog.h"

#include "qtutil/qtconvert.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace greenlight::ui {

namespace {

// Precisions the form offers; others already in a record are kept untouched.
const char *const kPrecisions[] = {"fp32", "tf32", "bf16", "fp16", "fp8", "int8"};

QComboBox *choices(const QStringList &values, const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItems(values);
    if (!current.isEmpty() && box->findText(current) < 0)
        box->addItem(current);
    box->setCurrentText(current);
    return box;
}

} // namespace

CatalogRecordDialog::CatalogRecordDialog(const Accelerator &record, QWidget *parent)
    : QDialog(parent), m_accelerator(record)
{
    setWindowTitle(record.id.empty() ? tr("New Accelerator")
                                     : tr("Edit Accelerator “%1”").arg(qs(record.id)));
    auto *form = new QFormLayout;
    buildCommon(form, record.id, record.name);
    m_vendor = new QLineEdit(qs(record.vendor), this);
    m_vendor->setAccessibleName(tr("Vendor"));
    form->addRow(tr("&Vendor:"), m_vendor);
    m_kind = choices({QStringLiteral("gpu"), QStringLiteral("tpu"), QStringLiteral("cpu")},
                     qs(record.kind.empty() ? std::string("gpu") : record.kind), this);
    m_kind->setAccessibleName(tr("Kind"));
    form->addRow(tr("&Kind:"), m_kind);
    addNumber(form, QStringLiteral("tdpW"), tr("&TDP:"), tr("W"),
              tr("Board power (TDP/TGP). Leave at “none” for chips without a published figure: scenarios "
                 "must then give the measured power."),
              record.tdpW, 0, 5000, 1, true);
    addNumber(form, QStringLiteral("memoryGB"), tr("&Memory:"), tr("GB"), tr("Device memory."),
              record.memoryGB, 0, 10000, 1, false);
    for (const char *p : kPrecisions) {
        const QString key = QString::fromLatin1(p);
        addNumber(
            form, QStringLiteral("peak.") + key, tr("Peak %1:").arg(key.toUpper()), tr("TFLOP/s"),
            tr("Dense peak throughput at %1 (no sparsity); “none” if the device has no such mode.").arg(key),
            record.peakTflopsFor(p), 0, 1e6, 2, true);
    }
    QStringList precisions;
    for (const char *p : kPrecisions)
        precisions << QString::fromLatin1(p);
    m_precision =
        choices(precisions,
                qs(record.defaultPrecision.empty() ? std::string("bf16") : record.defaultPrecision), this);
    m_precision->setAccessibleName(tr("Default precision"));
    m_precision->setToolTip(
        tr("The precision training normally uses on this device; it needs a peak value."));
    form->addRow(tr("Default &precision:"), m_precision);
    addNumber(form, QStringLiteral("embodiedKgCo2e"), tr("&Embodied:"), tr("kg CO₂e"),
              tr("Manufacturing emissions of the chip."), record.embodiedKgCo2e, 0, 1e6, 2, true);
    addNumber(form, QStringLiteral("priceUsdPerHour"), tr("P&rice:"), tr("USD/h"),
              tr("Typical on-demand price per accelerator-hour."), record.priceUsdPerHour, 0, 1e4, 3, true);
    buildCitation(form, record.citation);
    finish(form);
}

CatalogRecordDialog::CatalogRecordDialog(const Region &record, QWidget *parent)
    : QDialog(parent), m_isAccelerator(false), m_region(record)
{
    setWindowTitle(record.id.empty() ? tr("New Region") : tr("Edit Region “%1”").arg(qs(record.id)));
    auto *form = new QFormLayout;
    buildCommon(form, record.id, record.name);
    m_kind = choices({QStringLiteral("country"), QStringLiteral("subnational"), QStringLiteral("cloud"),
                      QStringLiteral("world")},
                     qs(record.kind.empty() ? std::string("subnational") : record.kind), this);
    m_kind->setAccessibleName(tr("Kind"));
    form->addRow(tr("&Kind:"), m_kind);
    m_country = new QLineEdit(qs(record.country), this);
    m_country->setAccessibleName(tr("Country"));
    m_country->setToolTip(tr("ISO 3166-1 alpha-3 code of the country it lies in, e.g. FRA."));
    form->addRow(tr("&Country:"), m_country);
    m_provider = new QLineEdit(qs(record.provider), this);
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setToolTip(tr("For cloud regions: aws, gcp, azure, alibaba."));
    form->addRow(tr("&Provider:"), m_provider);
    addNumber(form, QStringLiteral("intensityGPerKWh"), tr("&Intensity:"), tr("g CO₂e/kWh"),
              tr("Annual average grid carbon intensity."), record.intensityGPerKWh, 0, 5000, 2, false);
    m_basis = choices({QString(), QStringLiteral("lifecycle"), QStringLiteral("operational")},
                      qs(record.basis), this);
    m_basis->setAccessibleName(tr("Basis"));
    m_basis->setToolTip(tr("Life-cycle or operational (direct) emissions factor."));
    form->addRow(tr("&Basis:"), m_basis);
    addNumber(form, QStringLiteral("pue"), tr("P&UE:"), QString(),
              tr("The provider's PUE in this region (≥ 1)."), record.pue, 0, 10, 3, true);
    addNumber(form, QStringLiteral("cfe"), tr("C&FE share:"), QString(),
              tr("Carbon-free energy share, 0–1 (Google publishes it per region)."), record.cfe, 0, 1, 3,
              true);
    buildCitation(form, record.citation);
    finish(form);
}

void CatalogRecordDialog::buildCommon(QFormLayout *form, const std::string &id, const std::string &name)
{
    setObjectName(QStringLiteral("catalogRecordDialog"));
    m_id = new QLineEdit(qs(id), this);
    m_id->setAccessibleName(tr("Identifier"));
    m_id->setToolTip(tr("Unique id. A user record with the id of a shipped record overrides it."));
    form->addRow(tr("&Id:"), m_id);
    m_name = new QLineEdit(qs(name), this);
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);
}

void CatalogRecordDialog::buildCitation(QFormLayout *form, const Citation &citation)
{
    m_source = new QLineEdit(qs(citation.source), this);
    m_source->setAccessibleName(tr("Source"));
    m_source->setPlaceholderText(tr("Paper + table, datasheet title, or repository@commit + path"));
    m_source->setToolTip(tr("Required: where a reader can check these numbers."));
    form->addRow(tr("&Source:"), m_source);
    m_year = new QSpinBox(this);
    m_year->setRange(1950, 2200);
    m_year->setValue(citation.year > 0 ? citation.year : QDate::currentDate().year());
    m_year->setAccessibleName(tr("Year"));
    m_year->setToolTip(tr("The year the numbers refer to, or the publication year."));
    form->addRow(tr("&Year:"), m_year);
    m_status = new QComboBox(this);
    m_status->addItem(tr("V — read in a primary source"), QStringLiteral("V"));
    m_status->addItem(tr("S — secondary copies only"), QStringLiteral("S"));
    m_status->setCurrentIndex(citation.status == "S" ? 1 : 0);
    m_status->setAccessibleName(tr("Status"));
    form->addRow(tr("S&tatus:"), m_status);
    m_notes = new QPlainTextEdit(qs(citation.notes), this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("N&otes:"), m_notes);
}

void CatalogRecordDialog::finish(QFormLayout *form)
{
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *content = new QWidget;
    content->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_errors = new QLabel(this);
    m_errors->setWordWrap(true);
    m_errors->setObjectName(QStringLiteral("recordErrors"));
    m_errors->setStyleSheet(QStringLiteral("color: #D55E00;"));
    m_errors->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(560, std::min(660, content->sizeHint().height() + 120));
}

QDoubleSpinBox *CatalogRecordDialog::addNumber(QFormLayout *form, const QString &key, const QString &label,
                                               const QString &unit, const QString &tip,
                                               std::optional<double> value, double minimum, double maximum,
                                               int decimals, bool optional)
{
    auto *box = new QDoubleSpinBox(this);
    box->setDecimals(decimals);
    // An optional value's "none" state sits at the minimum and shows as text.
    box->setRange(minimum, maximum);
    if (optional)
        box->setSpecialValueText(tr("none"));
    box->setValue(value.value_or(minimum));
    if (!unit.isEmpty())
        box->setSuffix(QLatin1Char(' ') + unit);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    box->setToolTip(tip);
    box->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(label, box);
    m_numbers.insert(key, box);
    return box;
}

std::optional<double> CatalogRecordDialog::number(const QString &key) const
{
    const QDoubleSpinBox *box = m_numbers.value(key);
    if (box == nullptr || (!box->specialValueText().isEmpty() && box->value() == box->minimum()))
        return std::nullopt;
    return box->value();
}

Citation CatalogRecordDialog::citation(Citation base) const
{
    base.source = ss(m_source->text().trimmed());
    base.year = m_year->value();
    base.status = ss(m_status->currentData().toString());
    base.notes = ss(m_notes->toPlainText().trimmed());
    // The user's source now stands for the whole record: per-field sources of the shipped record
    // could be wrong for the values edited here.
    base.fieldSources.clear();
    return base;
}

Accelerator CatalogRecordDialog::accelerator() const
{
    Accelerator a = m_accelerator;
    a.id = ss(m_id->text().trimmed());
    a.name = ss(m_name->text().trimmed());
    a.vendor = ss(m_vendor->text().trimmed());
    a.kind = ss(m_kind->currentText());
    a.tdpW = number(QStringLiteral("tdpW"));
    a.memoryGB = number(QStringLiteral("memoryGB")).value_or(0);
    for (const char *p : kPrecisions) {
        if (const auto v = number(QStringLiteral("peak.") + QString::fromLatin1(p)))
            a.peakTflops[p] = *v;
        else
            a.peakTflops.erase(p);
    }
    a.defaultPrecision = ss(m_precision->currentText());
    a.embodiedKgCo2e = number(QStringLiteral("embodiedKgCo2e"));
    a.priceUsdPerHour = number(QStringLiteral("priceUsdPerHour"));
    a.citation = citation(a.citation);
    return a;
}

Region CatalogRecordDialog::region() const
{
    Region r = m_region;
    r.id = ss(m_id->text().trimmed());
    r.name = ss(m_name->text().trimmed());
    r.kind = ss(m_kind->currentText());
    r.country = ss(m_country->text().trimmed());
    r.provider = ss(m_provider->text().trimmed());
    r.intensityGPerKWh = number(QStringLiteral("intensityGPerKWh")).value_or(0);
    r.basis = ss(m_basis->currentText());
    r.pue = number(QStringLiteral("pue"));
    r.cfe = number(QStringLiteral("cfe"));
    r.citation = citation(r.citation);
    return r;
}

void CatalogRecordDialog::setErrors(const QStringList &errors)
{
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
}

} // namespace greenlight::ui

#include "shell/preferencesdialog.h"

#include "catalog/currencyconverter.h"
#include "i18n/language.h"
#include "shell/preferences.h"
#include "shell/theme.h"
#include "widgets/regionpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace greenlight::ui {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Catalog &catalog, QWidget *parent)
    : QDialog(parent), m_catalog(&catalog)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // Display currency
    auto *money = new QGroupBox(tr("Currency"), this);
    auto *moneyForm = new QFormLayout(money);
    m_currency = new QComboBox(money);
    m_currency->setAccessibleName(tr("Display currency"));
    m_currency->setToolTip(tr("Currency costs are displayed in. The rates are the catalog's (defaults "
                              "exchangeRate.<code>); a user catalog can override them."));
    for (const CurrencyRate &r : CurrencyConverter(catalog).rates())
        m_currency->addItem(
            QStringLiteral("%1 — %2").arg(QString::fromStdString(r.code), QString::fromStdString(r.name)),
            QString::fromStdString(r.code));
    moneyForm->addRow(tr("&Display costs in:"), m_currency);
    m_rate = note(QString(), money);
    m_rate->setAccessibleName(tr("Exchange rate"));
    moneyForm->addRow(tr("Rate:"), m_rate);
    moneyForm->addRow(note(tr("Prices in the catalog and all cost estimates are in US dollars; the rate only "
                              "converts what is displayed."),
                           money));
    connect(m_currency, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRateLabel);

    // New scenarios
    auto *scenarios = new QGroupBox(tr("New scenarios"), this);
    auto *scenarioForm = new QFormLayout(scenarios);
    m_region = new RegionPicker(catalog, scenarios);
    m_region->setItemText(0, tr("(not set)"));
    m_region->setAccessibleName(tr("Default region"));
    m_region->setToolTip(
        tr("The grid region given to new scenarios and to templates from the presets gallery."));
    scenarioForm->addRow(tr("Default &region:"), m_region);

    // Uncertainty
    auto *uncertainty = new QGroupBox(tr("Uncertainty (Monte Carlo)"), this);
    auto *mcForm = new QFormLayout(uncertainty);
    m_samples = new QSpinBox(uncertainty);
    m_samples->setRange(Preferences::kMinSamples, Preferences::maxSamples());
    m_samples->setSingleStep(1000);
    m_samples->setGroupSeparatorShown(true);
    m_samples->setAccessibleName(tr("Monte Carlo samples"));
    m_samples->setToolTip(tr("Samples drawn per scenario for the P5–P95 ranges. More samples give steadier "
                             "ranges and take longer."));
    mcForm->addRow(tr("&Samples:"), m_samples);
    m_seed = new QSpinBox(uncertainty);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setAccessibleName(tr("Random seed"));
    m_seed->setToolTip(tr("A fixed seed makes every run give the same ranges."));
    mcForm->addRow(tr("S&eed:"), m_seed);

    // Appearance
    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    m_theme = new QComboBox(look);
    m_theme->addItem(tr("System"), Preferences::themeName(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), Preferences::themeName(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), Preferences::themeName(Preferences::Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setToolTip(tr("Colours of the windows and charts."));
    lookForm->addRow(tr("&Theme:"), m_theme);
    m_language = new QComboBox(look);
    m_language->addItem(tr("System (%1)").arg(Language::nativeName(Language::systemLanguage())), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("Language of menus, labels, numbers and dates."));
    lookForm->addRow(tr("&Language:"), m_language);
    auto *restartNote = new QLabel(tr("A new language applies when Greenlight is restarted."), look);
    restartNote->setWordWrap(true);
    lookForm->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    for (QGroupBox *box : {money, scenarios, uncertainty, look}) {
        qobject_cast<QFormLayout *>(box->layout())->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        layout->addWidget(box);
    }
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    load();
}

void PreferencesDialog::load()
{
    const Preferences prefs;
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(prefs.currencyCode())));
    m_region->setRegionId(prefs.defaultRegion());
    m_samples->setValue(prefs.monteCarloSamples());
    m_seed->setValue(
        static_cast<int>(std::min<quint64>(prefs.monteCarloSeed(), std::numeric_limits<int>::max())));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Preferences::themeName(prefs.theme()))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(prefs.language())));
    updateRateLabel();
}

void PreferencesDialog::restoreDefaults()
{
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(Preferences::defaultCurrency())));
    m_region->setRegionId(QString());
    m_samples->setValue(Preferences::defaultSamples());
    m_seed->setValue(static_cast<int>(Preferences::defaultSeed()));
    m_theme->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
}

void PreferencesDialog::updateRateLabel()
{
    const auto rate = CurrencyConverter(*m_catalog).rate(m_currency->currentData().toString().toStdString());
    if (!rate || rate->code == "USD") {
        m_rate->setText(tr("US dollars: no conversion."));
        return;
    }
    m_rate->setText(tr("1 USD = %1 %2 (%3, %4)")
                        .arg(QLocale().toString(rate->perUsd, 'g', 6), QString::fromStdString(rate->code),
                             QString::fromStdString(rate->source))
                        .arg(rate->year));
}

void PreferencesDialog::accept()
{
    Preferences prefs;
    const QString code = m_currency->currentData().toString();
    prefs.setCurrencyCode(code.isEmpty() ? Preferences::defaultCurrency() : code);
    prefs.setDefaultRegion(m_region->regionId());
    prefs.setMonteCarloSamples(m_samples->value());
    prefs.setMonteCarloSeed(static_cast<quint64>(m_seed->value()));
    const auto theme = Preferences::parseTheme(m_theme->currentData().toString());
    const bool themeChanged = theme != prefs.theme();
    prefs.setTheme(theme);
    prefs.setLanguage(m_language->currentData().toString());
    if (themeChanged)
        applyTheme(theme);
    QDialog::accept();
}

} // namespace greenlight::ui

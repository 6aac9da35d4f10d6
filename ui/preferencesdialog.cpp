#include "preferencesdialog.h"

#include "preferences.h"
#include "theme.h"
#include "widgets/regionpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

PreferencesDialog::PreferencesDialog(const Catalog &catalog, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // Display currency
    auto *money = new QGroupBox(tr("Currency"), this);
    auto *moneyForm = new QFormLayout(money);
    m_currency = new QLineEdit(money);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{3}")), m_currency));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(80);
    m_currency->setAccessibleName(tr("Currency code"));
    m_currency->setToolTip(
        tr("Three-letter ISO 4217 code of the currency costs are displayed in, e.g. EUR."));
    moneyForm->addRow(tr("&Display costs in:"), m_currency);
    m_rate = new QDoubleSpinBox(money);
    m_rate->setDecimals(4);
    m_rate->setRange(0.0001, 1e9);
    m_rate->setSingleStep(0.01);
    m_rate->setAccessibleName(tr("Exchange rate"));
    m_rate->setToolTip(tr("How many units of the display currency one US dollar buys. Greenlight ships no "
                          "exchange rates: enter the rate you want to use."));
    moneyForm->addRow(tr("&Rate:"), m_rate);
    moneyForm->addRow(
        note(tr("Prices in the catalog and all cost estimates are in US dollars; this rate only "
                "converts what is displayed."),
             money));
    connect(m_currency, &QLineEdit::textChanged, this, &PreferencesDialog::updateRateLabel);

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
    m_currency->setText(prefs.currencyCode());
    m_rate->setValue(prefs.currencyPerUsd());
    m_region->setRegionId(prefs.defaultRegion());
    m_samples->setValue(prefs.monteCarloSamples());
    m_seed->setValue(
        static_cast<int>(std::min<quint64>(prefs.monteCarloSeed(), std::numeric_limits<int>::max())));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Preferences::themeName(prefs.theme()))));
    updateRateLabel();
}

void PreferencesDialog::restoreDefaults()
{
    m_currency->setText(Preferences::defaultCurrency());
    m_rate->setValue(1.0);
    m_region->setRegionId(QString());
    m_samples->setValue(Preferences::defaultSamples());
    m_seed->setValue(static_cast<int>(Preferences::defaultSeed()));
    m_theme->setCurrentIndex(0);
}

void PreferencesDialog::updateRateLabel()
{
    const QString code = m_currency->text().trimmed().toUpper();
    m_rate->setPrefix(tr("1 USD = "));
    m_rate->setSuffix(code.size() == 3 ? QLatin1Char(' ') + code : QString());
}

void PreferencesDialog::accept()
{
    Preferences prefs;
    const QString code = m_currency->text().trimmed().toUpper();
    prefs.setCurrencyCode(code.size() == 3 ? code : Preferences::defaultCurrency());
    prefs.setCurrencyPerUsd(m_rate->value());
    prefs.setDefaultRegion(m_region->regionId());
    prefs.setMonteCarloSamples(m_samples->value());
    prefs.setMonteCarloSeed(static_cast<quint64>(m_seed->value()));
    const auto theme = Preferences::parseTheme(m_theme->currentData().toString());
    const bool themeChanged = theme != prefs.theme();
    prefs.setTheme(theme);
    if (themeChanged)
        applyTheme(theme);
    QDialog::accept();
}

} // namespace greenlight::ui

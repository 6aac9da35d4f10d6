#include "scenario/scenarioeditor.h"

#include "catalog/catalog.h"
#include "document/document.h"
#include "i18n/localformat.h"
#include "qtutil/qtconvert.h"
#include "scenario/deploymenteditor.h"
#include "scenario/leverseditor.h"
#include "scenario/uncertaintyeditor.h"
#include "util/numberformat.h"
#include "widgets/numberfield.h"
#include "widgets/regionpicker.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

struct NumberFieldSpecArgs
{
    double minimum;
    double maximum;
    int decimals;
    double step;
    QString unit;
    bool optional;
    bool slider;
    bool logSlider;
};

namespace {

using Opt = std::optional<double>;

// Optional members bound directly.
template <typename M>
std::function<Opt(const Scenario &)> getter(M member)
{
    return [member](const Scenario &s) -> Opt {
        return s.*member;
    };
}
template <typename M>
std::function<void(Scenario &, Opt)> setter(M member)
{
    return [member](Scenario &s, Opt v) {
        s.*member = v;
    };
}

bool always(const Scenario &)
{
    return true;
}

QWidget *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// A form with a wrapping note under it, outside the QFormLayout: Qt 6.4's QFormLayout writes past
// its row arrays when a height-for-width row (a word-wrapped label) shares it with rows that are
// shown and hidden (valgrind: invalid writes in QFormLayout::setGeometry, then a crash later).
QWidget *withNoteBelow(QWidget *form, QLabel *note)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(form);
    layout->addWidget(note);
    layout->addStretch();
    return page;
}

} // namespace

ScenarioEditor::ScenarioEditor(Document &document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *nameRow = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Scenario name"));
    nameRow->addRow(tr("Name"), m_name);
    layout->addLayout(nameRow);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("scenarioIssues"));
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #D55E00;"));
    m_issues->setTextFormat(Qt::PlainText);
    layout->addWidget(m_issues);

    // --- Model & workload
    auto *workload = new QWidget;
    auto *wf = new QFormLayout(workload);
    wf->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_mode = new QComboBox(workload);
    m_mode->addItem(tr("First principles (6·N·D FLOPs)"), static_cast<int>(WorkloadMode::FirstPrinciples));
    m_mode->addItem(tr("Devices × duration"), static_cast<int>(WorkloadMode::DevicesDuration));
    m_mode->addItem(tr("Accelerator-hours (published)"), static_cast<int>(WorkloadMode::AcceleratorHours));
    m_mode->addItem(tr("Measured IT energy"), static_cast<int>(WorkloadMode::MeasuredEnergy));
    m_mode->setToolTip(tr("How the amount of compute is given"));
    wf->addRow(tr("Workload given as"), m_mode);
    const auto fp = [](const Scenario &s) {
        return s.workloadMode == WorkloadMode::FirstPrinciples;
    };
    const auto dd = [](const Scenario &s) {
        return s.workloadMode == WorkloadMode::DevicesDuration ||
               s.workloadMode == WorkloadMode::MeasuredEnergy;
    };
    const auto ah = [](const Scenario &s) {
        return s.workloadMode == WorkloadMode::AcceleratorHours ||
               s.workloadMode == WorkloadMode::MeasuredEnergy;
    };
    const auto me = [](const Scenario &s) {
        return s.workloadMode == WorkloadMode::MeasuredEnergy;
    };
    const auto notMeasured = [](const Scenario &s) {
        return s.workloadMode != WorkloadMode::MeasuredEnergy;
    };
    int key = 1;
    addNumber(wf, QStringLiteral("parametersB"), tr("Parameters"),
              tr("Activated parameters (for MoE: per token)"),
              {0.001, 1e5, 3, 1, tr("bn"), false, true, true},
              {{},
               nullptr,
               nullptr,
               [](const Scenario &s) -> Opt { return s.parametersB; },
               [](Scenario &s, Opt v) { s.parametersB = v.value_or(0); },
               fp,
               std::nullopt,
               QStringLiteral("workload.parametersB"),
               key++});
    addNumber(wf, QStringLiteral("totalParametersB"), tr("Total parameters (MoE)"),
              tr("Mixture of experts: every expert, held in memory when the model is served; empty for a "
                 "dense model"),
              {0.001, 1e5, 3, 1, tr("bn"), true, false, false},
              {{},
               nullptr,
               nullptr,
               [](const Scenario &s) -> Opt { return s.totalParametersB; },
               [](Scenario &s, Opt v) { s.totalParametersB = v; },
               fp,
               std::nullopt,
               QStringLiteral("workload.totalParametersB"),
               key++});
    addNumber(wf, QStringLiteral("tokens"), tr("Training tokens"), tr("Tokens seen in training"),
              {0.001, 1e6, 3, 10, tr("bn"), false, true, true},
              {{},
               nullptr,
               nullptr,
               [](const Scenario &s) -> Opt { return s.tokens / 1e9; },
               [](Scenario &s, Opt v) { s.tokens = v.value_or(0) * 1e9; },
               fp,
               std::nullopt,
               QStringLiteral("workload.tokens"),
               key++});
    addNumber(wf, QStringLiteral("mfu"), tr("MFU"), tr("Model FLOPs utilisation: achieved / peak throughput"),
              {0.01, 1, 3, 0.01, tr("0–1"), true, true, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::mfu),
               setter(&Scenario::mfu),
               fp,
               Input::Mfu,
               QStringLiteral("workload.mfu"),
               key++});
    m_precision = new QComboBox(workload);
    m_precision->setToolTip(tr("Numeric precision of training: sets the accelerator's peak throughput"));
    wf->addRow(tr("Precision"), m_precision);
    addNumber(wf, QStringLiteral("durationHours"), tr("Duration"), tr("Wall-clock duration of the run"),
              {0.01, 1e6, 2, 1, tr("h"), false, true, true},
              {{},
               nullptr,
               nullptr,
               [](const Scenario &s) -> Opt { return s.durationHours; },
               [](Scenario &s, Opt v) { s.durationHours = v.value_or(0); },
               dd,
               std::nullopt,
               QStringLiteral("workload.durationHours"),
               key++});
    addNumber(wf, QStringLiteral("acceleratorHours"), tr("Accelerator-hours"), tr("Total accelerator-hours"),
              {0.01, 1e10, 0, 100, tr("h"), false, false, false},
              {{},
               nullptr,
               nullptr,
               [](const Scenario &s) -> Opt { return s.acceleratorHours; },
               [](Scenario &s, Opt v) { s.acceleratorHours = v.value_or(0); },
               ah,
               std::nullopt,
               QStringLiteral("workload.acceleratorHours"),
               key++});
    addNumber(wf, QStringLiteral("measuredItEnergyKWh"), tr("Measured IT energy"),
              tr("Energy measured at the IT equipment, before PUE"),
              {0, 1e10, 1, 100, tr("kWh"), false, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::measuredItEnergyKWh),
               setter(&Scenario::measuredItEnergyKWh),
               me,
               std::nullopt,
               QStringLiteral("workload.measuredItEnergyKWh"),
               key++});
    addNumber(wf, QStringLiteral("experimentMultiplier"), tr("Experiments multiplier"),
              tr("Hyper-parameter search, ablations and failed runs, as a multiple of the main run"),
              {1, 100, 2, 0.1, tr("×"), true, true, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::experimentMultiplier),
               setter(&Scenario::experimentMultiplier),
               always,
               Input::ExperimentMultiplier,
               QStringLiteral("workload.experimentMultiplier"),
               key++});
    m_published = new QLabel(workload);
    m_published->setWordWrap(true);
    m_published->setTextFormat(Qt::PlainText);
    m_tabs->addTab(scrollable(withNoteBelow(workload, m_published)), tr("Model && workload"));

    // --- Hardware & site
    auto *hardware = new QWidget;
    auto *hf = new QFormLayout(hardware);
    hf->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_accelerator = new QComboBox(hardware);
    for (const Accelerator &a : document.catalog().accelerators())
        m_accelerator->addItem(qs(a.name), qs(a.id));
    m_accelerator->setAccessibleName(tr("Accelerator"));
    hf->addRow(tr("Accelerator"), m_accelerator);
    addNumber(hf, QStringLiteral("acceleratorCount"), tr("Count"), tr("Number of accelerators"),
              {1, 1e6, 0, 8, tr("dev."), false, true, true},
              {{},
               nullptr,
               nullptr,
               [](const Scenario &s) -> Opt { return s.acceleratorCount; },
               [](Scenario &s, Opt v) { s.acceleratorCount = static_cast<int>(std::lround(v.value_or(1))); },
               always,
               std::nullopt,
               QStringLiteral("hardware.count"),
               key++});
    addNumber(hf, QStringLiteral("powerW"), tr("Measured power"),
              tr("All-in average power per accelerator (measured): nothing is added to it"),
              {1, 5000, 0, 10, tr("W"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::powerW),
               setter(&Scenario::powerW),
               notMeasured,
               std::nullopt,
               QStringLiteral("hardware.powerW"),
               key++});
    addNumber(hf, QStringLiteral("loadFactor"), tr("Load factor"), tr("Average power as a fraction of TDP"),
              {0.05, 1, 2, 0.05, tr("× TDP"), true, true, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::loadFactor),
               setter(&Scenario::loadFactor),
               [](const Scenario &s) { return !s.powerW && s.workloadMode != WorkloadMode::MeasuredEnergy; },
               Input::LoadFactor,
               QStringLiteral("hardware.loadFactor"),
               key++});
    addNumber(hf, QStringLiteral("hostOverheadFraction"), tr("Host overhead"),
              tr("CPU, memory and network power as a fraction of accelerator power"),
              {0, 3, 2, 0.05, tr("0–1"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::hostOverheadFraction),
               setter(&Scenario::hostOverheadFraction),
               [](const Scenario &s) { return !s.powerW && s.workloadMode != WorkloadMode::MeasuredEnergy; },
               Input::HostOverheadFraction,
               QStringLiteral("hardware.hostOverheadFraction"),
               key++});
    addNumber(hf, QStringLiteral("hostPowerW"), tr("Host power"),
              tr("CPU, memory, network and fan power of the server, per accelerator (the catalog divides "
                 "the server's host power by its accelerators)"),
              {0, 5000, 0, 10, tr("W"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::hostPowerW),
               setter(&Scenario::hostPowerW),
               [](const Scenario &s) { return !s.powerW && s.workloadMode != WorkloadMode::MeasuredEnergy; },
               Input::HostPowerW,
               QStringLiteral("hardware.hostPowerW"),
               key++});
    addNumber(hf, QStringLiteral("idleShare"), tr("Idle share"),
              tr("Idle energy of reserved nodes, as a fraction of dynamic energy"),
              {0, 5, 3, 0.05, tr("0–1"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::idleShare),
               setter(&Scenario::idleShare),
               always,
               Input::IdleShare,
               QStringLiteral("hardware.idleShare"),
               key++});
    m_region = new RegionPicker(document.catalog(), hardware);
    hf->addRow(tr("Region"), m_region);
    addNumber(hf, QStringLiteral("intensityGPerKWh"), tr("Grid intensity"),
              tr("Overrides the region's annual grid carbon intensity"),
              {0, 2000, 1, 10, tr("g/kWh"), true, true, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::intensityGPerKWh),
               setter(&Scenario::intensityGPerKWh),
               always,
               Input::IntensityGPerKWh,
               QStringLiteral("site.intensityGPerKWh"),
               key++});
    addNumber(hf, QStringLiteral("pue"), tr("PUE"),
              tr("Power usage effectiveness of the facility (1 = no overhead)"),
              {1, 3, 2, 0.01, tr("ratio"), true, true, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::pue),
               setter(&Scenario::pue),
               always,
               Input::Pue,
               QStringLiteral("site.pue"),
               key++});
    addNumber(hf, QStringLiteral("renewableShare"), tr("Renewable share"),
              tr("Share of the energy covered by contractual instruments (market-based accounting)"),
              {0, 1, 2, 0.05, tr("0–1"), false, true, false},
              {{},
               nullptr,
               nullptr,
               [](const Scenario &s) -> Opt { return s.renewableShare; },
               [](Scenario &s, Opt v) { s.renewableShare = v.value_or(0); },
               always,
               std::nullopt,
               QStringLiteral("site.renewableShare"),
               key++});
    addNumber(hf, QStringLiteral("residualMixGPerKWh"), tr("Residual mix"),
              tr("Intensity of the non-renewable share in market-based accounting"),
              {0, 2000, 1, 10, tr("g/kWh"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::residualMixGPerKWh),
               setter(&Scenario::residualMixGPerKWh),
               always,
               Input::ResidualMixGPerKWh,
               QStringLiteral("site.residualMixGPerKWh"),
               key++});
    addNumber(hf, QStringLiteral("wueLPerKWh"), tr("WUE (on-site)"), tr("On-site water usage effectiveness"),
              {0, 20, 2, 0.05, tr("L/kWh"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::wueLPerKWh),
               setter(&Scenario::wueLPerKWh),
               always,
               Input::WueLPerKWh,
               QStringLiteral("site.wueLPerKWh"),
               key++});
    addNumber(hf, QStringLiteral("ewifLPerKWh"), tr("Water of electricity"),
              tr("Off-site water intensity of the electricity (EWIF)"),
              {0, 50, 2, 0.1, tr("L/kWh"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::ewifLPerKWh),
               setter(&Scenario::ewifLPerKWh),
               always,
               Input::EwifLPerKWh,
               QStringLiteral("site.ewifLPerKWh"),
               key++});
    addNumber(hf, QStringLiteral("offsetsTCo2e"), tr("Offsets retired"),
              tr("Carbon offsets bought for this work, e.g. with a \"carbon-neutral\" offer. Shown beside "
                 "the emissions, never subtracted from them; renewable certificates go in the renewable "
                 "share instead."),
              {0, 1e7, 1, 1, tr("t CO2e"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::offsetsTCo2e),
               setter(&Scenario::offsetsTCo2e),
               always,
               std::nullopt,
               QStringLiteral("site.offsetsTCo2e"),
               key++});
    addNumber(hf, QStringLiteral("embodiedKgPerAccelerator"), tr("Embodied per device"),
              tr("Manufacturing CO2e per accelerator, chip and server share"),
              {0, 1e5, 1, 10, tr("kg CO2e"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::embodiedKgPerAccelerator),
               setter(&Scenario::embodiedKgPerAccelerator),
               always,
               Input::EmbodiedKgPerAccelerator,
               QStringLiteral("embodied.kgPerAccelerator"),
               key++});
    addNumber(hf, QStringLiteral("serviceLifeYears"), tr("Service life"),
              tr("Years over which embodied carbon is amortised"),
              {0.5, 20, 1, 0.5, tr("years"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::serviceLifeYears),
               setter(&Scenario::serviceLifeYears),
               always,
               Input::ServiceLifeYears,
               QStringLiteral("embodied.serviceLifeYears"),
               key++});
    m_tabs->addTab(scrollable(hardware), tr("Hardware && site"));

    // --- Cost
    auto *cost = new QWidget;
    auto *cf = new QFormLayout(cost);
    cf->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_costMode = new QComboBox(cost);
    m_costMode->addItem(tr("Automatic (rental when a price is known)"), static_cast<int>(CostMode::Auto));
    m_costMode->addItem(tr("Rental (per accelerator-hour)"), static_cast<int>(CostMode::Rental));
    m_costMode->addItem(tr("Owned (energy + amortised capital)"), static_cast<int>(CostMode::Owned));
    cf->addRow(tr("Cost model"), m_costMode);
    addNumber(cf, QStringLiteral("priceUsdPerAcceleratorHour"), tr("Rental price"),
              tr("Price per accelerator-hour"), {0, 1000, 2, 0.1, tr("USD/h"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::priceUsdPerAcceleratorHour),
               setter(&Scenario::priceUsdPerAcceleratorHour),
               always,
               Input::PriceUsdPerAcceleratorHour,
               QStringLiteral("cost.priceUsdPerAcceleratorHour"),
               key++});
    addNumber(cf, QStringLiteral("electricityPriceUsdPerKWh"), tr("Electricity price"),
              tr("Price of facility energy"), {0, 5, 4, 0.01, tr("USD/kWh"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::electricityPriceUsdPerKWh),
               setter(&Scenario::electricityPriceUsdPerKWh),
               always,
               Input::ElectricityPriceUsdPerKWh,
               QStringLiteral("cost.electricityPriceUsdPerKWh"),
               key++});
    addNumber(cf, QStringLiteral("capexUsdPerAccelerator"), tr("Capital cost"),
              tr("Purchase cost per accelerator (owned)"), {0, 1e7, 0, 1000, tr("USD"), true, false, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::capexUsdPerAccelerator),
               setter(&Scenario::capexUsdPerAccelerator),
               always,
               Input::CapexUsdPerAccelerator,
               QStringLiteral("cost.capexUsdPerAccelerator"),
               key++});
    addNumber(cf, QStringLiteral("carbonPriceUsdPerT"), tr("Carbon price"),
              tr("Internal carbon price, or a social cost of carbon"),
              {0, 2000, 0, 10, tr("USD/t"), true, true, false},
              {{},
               nullptr,
               nullptr,
               getter(&Scenario::carbonPriceUsdPerT),
               setter(&Scenario::carbonPriceUsdPerT),
               always,
               Input::CarbonPriceUsdPerT,
               QStringLiteral("cost.carbonPriceUsdPerT"),
               key++});
    // Prices are entered in the catalog's unit (USD); say so when costs are shown in another currency.
    m_costCurrency = new QLabel(cost);
    m_costCurrency->setWordWrap(true);
    m_costCurrency->setAccessibleName(tr("Display currency"));
    m_tabs->addTab(scrollable(withNoteBelow(cost, m_costCurrency)), tr("Cost"));

    // --- Levers, deployment, uncertainty
    m_tabs->addTab(scrollable(new LeversEditor(document)), tr("Levers"));
    m_tabs->addTab(scrollable(new DeploymentEditor(document)), tr("Deployment"));
    m_tabs->addTab(new UncertaintyEditor(document), tr("Uncertainty"));

    // --- Notes
    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Scenario notes"));
    m_notes->setPlaceholderText(tr("Assumptions, sources, what this scenario stands for…"));
    m_tabs->addTab(m_notes, tr("Notes"));

    // --- Wiring: every user change becomes a command.
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const std::string name = ss(m_name->text().trimmed());
        const int i = m_document.currentIndex();
        if (i >= 0 && name.empty()) { // say why instead of silently keeping the old name
            m_issues->setText(
                tr("Name: a scenario needs a name; kept “%1”").arg(qs(m_document.scenario(i).name)));
            m_name->setText(qs(m_document.scenario(i).name));
            return;
        }
        if (i < 0 || name == m_document.scenario(i).name)
            return;
        if (m_document.project().findScenario(name) != nullptr) {
            m_issues->setText(tr("Another scenario is already named \"%1\".").arg(m_name->text()));
            return;
        }
        edit([name](Scenario &s) { s.name = name; }, tr("Rename scenario"));
    });
    connect(m_mode, &QComboBox::activated, this, [this] {
        const auto mode = static_cast<WorkloadMode>(m_mode->currentData().toInt());
        edit(
            [mode](Scenario &s) {
                s.workloadMode = mode;
                // Give the new mode usable values instead of leaving it invalid.
                if (mode == WorkloadMode::FirstPrinciples && s.parametersB <= 0)
                    s.parametersB = 7;
                if (mode == WorkloadMode::FirstPrinciples && s.tokens <= 0)
                    s.tokens = 1e11;
                if (mode == WorkloadMode::DevicesDuration && s.durationHours <= 0)
                    s.durationHours = 24;
                if (mode == WorkloadMode::AcceleratorHours && s.acceleratorHours <= 0)
                    s.acceleratorHours = 1000;
                if (mode == WorkloadMode::MeasuredEnergy && !s.measuredItEnergyKWh)
                    s.measuredItEnergyKWh = 100;
            },
            tr("Change workload mode"));
    });
    connect(m_precision, &QComboBox::activated, this, [this] {
        const std::string p = ss(m_precision->currentData().toString());
        edit([p](Scenario &s) { s.precision = p; }, tr("Change precision"));
    });
    connect(m_accelerator, &QComboBox::activated, this, [this] {
        const std::string id = ss(m_accelerator->currentData().toString());
        edit([id](Scenario &s) { s.acceleratorId = id; }, tr("Change accelerator"));
    });
    connect(m_region, &RegionPicker::regionPicked, this, [this](const QString &id) {
        edit([id](Scenario &s) { s.regionId = ss(id); }, tr("Change region"));
    });
    connect(m_costMode, &QComboBox::activated, this, [this] {
        const auto mode = static_cast<CostMode>(m_costMode->currentData().toInt());
        edit([mode](Scenario &s) { s.costMode = mode; }, tr("Change cost model"));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const std::string notes = ss(m_notes->toPlainText());
        edit([notes](Scenario &s) { s.notes = notes; }, tr("Edit notes"), 999);
    });

    connect(&document, &Document::currentChanged, this, &ScenarioEditor::refresh);
    connect(&document, &Document::scenarioChanged, this, [this](int index) {
        if (index == m_document.currentIndex())
            refresh();
    });
    connect(&document, &Document::projectReset, this, &ScenarioEditor::refresh);
    connect(&document, &Document::currencyChanged, this, &ScenarioEditor::updateCurrencyNote);
    updateCurrencyNote();
    refresh();
}

void ScenarioEditor::updateCurrencyNote()
{
    const Money &money = m_document.money();
    m_costCurrency->setVisible(!money.isUsd());
    m_costCurrency->setText(
        money.isUsd()
            ? QString()
            : tr("<small>Prices are entered in US dollars, the catalog's unit; costs are shown in %1 "
                 "(1 USD = %2 %1, %3).</small>")
                  .arg(money.code(), QLocale().toString(money.rate().perUsd, 'g', 6))
                  .arg(money.rate().year));
    m_costCurrency->setToolTip(qs(money.rate().source));
}

NumberField *ScenarioEditor::addNumber(QFormLayout *form, const QString &key, const QString &label,
                                       const QString &tip, const NumberFieldSpecArgs &a, Binding binding)
{
    NumberField::Spec spec;
    spec.minimum = a.minimum;
    spec.maximum = a.maximum;
    spec.decimals = a.decimals;
    spec.step = a.step;
    spec.unit = a.unit;
    spec.optional = a.optional;
    spec.slider = a.slider;
    spec.logSlider = a.logSlider;
    auto *field = new NumberField(spec, form->parentWidget());
    field->setToolTip(tip);
    field->spinBox()->setAccessibleName(label);
    field->spinBox()->setToolTip(tip);
    auto *labelWidget = new QLabel(label, form->parentWidget());
    labelWidget->setBuddy(field->spinBox());
    labelWidget->setToolTip(tip);
    form->addRow(labelWidget, field);
    binding.key = key;
    binding.field = field;
    binding.label = labelWidget;
    const std::size_t slot = m_bindings.size();
    m_bindings.push_back(binding);
    connect(field, &NumberField::edited, this, [this, slot](std::optional<double> v, bool) {
        const Binding &b = m_bindings[slot];
        // Each burst of edits of one field (a drag, a typed value) is one undo step.
        edit([&b, v](Scenario &s) { b.set(s, v); },
             tr("Edit %1").arg(b.label ? static_cast<QLabel *>(b.label)->text() : b.key),
             b.mergeKey * 100000 + m_mergeSession % 100000);
    });
    connect(field, &NumberField::editFinished, this, [this] { ++m_mergeSession; });
    return field;
}

NumberField *ScenarioEditor::field(const QString &key) const
{
    for (const Binding &b : m_bindings)
        if (b.key == key)
            return b.field;
    return nullptr;
}

void ScenarioEditor::edit(const std::function<void(Scenario &)> &change, const QString &text, int mergeKey)
{
    const int i = m_document.currentIndex();
    if (i < 0 || m_refreshing)
        return;
    Scenario s = m_document.scenario(i);
    change(s);
    m_document.editScenario(i, s, text, mergeKey);
}

void ScenarioEditor::fillPrecisions(const Scenario &s)
{
    m_precision->clear();
    const Accelerator *a = m_document.catalog().accelerator(s.acceleratorId);
    m_precision->addItem(a && !a->defaultPrecision.empty()
                             ? tr("Accelerator default (%1)").arg(qs(a->defaultPrecision))
                             : tr("Accelerator default"),
                         QString());
    if (a != nullptr)
        for (const auto &[precision, tflops] : a->peakTflops)
            m_precision->addItem(
                QStringLiteral("%1 — %2 TFLOP/s").arg(qs(precision), LocalFormat().number(tflops, 5)),
                qs(precision));
    const int i = m_precision->findData(qs(s.precision));
    m_precision->setCurrentIndex(i >= 0 ? i : 0);
}

void ScenarioEditor::refresh()
{
    const int i = m_document.currentIndex();
    setEnabled(i >= 0);
    if (i < 0)
        return;
    m_refreshing = true;
    const Scenario &s = m_document.scenario(i);
    const Document::Evaluated &r = m_document.result(i);
    const QSignalBlocker b1(m_name), b2(m_mode), b3(m_precision), b4(m_accelerator), b5(m_costMode),
        b6(m_notes);
    if (!m_name->hasFocus())
        m_name->setText(qs(s.name));
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(s.workloadMode)));
    fillPrecisions(s);
    m_accelerator->setCurrentIndex(m_accelerator->findData(qs(s.acceleratorId)));
    m_region->setRegionId(qs(s.regionId));
    m_costMode->setCurrentIndex(m_costMode->findData(static_cast<int>(s.costMode)));
    if (m_notes->toPlainText() != qs(s.notes))
        m_notes->setPlainText(qs(s.notes));
    const bool fp = s.workloadMode == WorkloadMode::FirstPrinciples;
    m_precision->setVisible(fp);
    if (auto *label =
            qobject_cast<QFormLayout *>(m_precision->parentWidget()->layout())->labelForField(m_precision))
        label->setVisible(fp);

    for (const Binding &b : m_bindings) {
        const bool visible = b.visible(s);
        b.field->setVisible(visible);
        b.label->setVisible(visible);
        b.field->setValue(b.get(s));
        if (b.defaultFrom && r.resolved) {
            const Provenance &p = r.resolved->provenance[index(*b.defaultFrom)];
            b.field->setDefaultText(
                p.used && !p.fromScenario
                    ? tr("default: %1").arg(LocalFormat().number(r.resolved->value(*b.defaultFrom), 4))
                    : tr("default"));
        } else {
            b.field->setDefaultText(tr("default"));
        }
        QString error;
        for (const Issue &issue : r.issues)
            if (issue.isError() && qs(issue.path) == b.issuePath)
                error = qs(issue.message);
        b.field->setError(error);
    }
    QStringList problems;
    for (const Issue &issue : r.issues)
        if (issue.isError())
            problems << qs(issue.toString());
    m_issues->setText(
        problems.isEmpty() ? QString() : tr("Cannot estimate: %1").arg(problems.join(QStringLiteral("; "))));
    m_accelerator->setStyleSheet(problems.join(QString()).contains(QStringLiteral("hardware.accelerator"))
                                     ? QStringLiteral("QComboBox { border: 2px solid #D55E00; }")
                                     : QString());
    if (s.published) {
        const PublishedFootprint &p = *s.published;
        QStringList parts;
        if (p.energyMWh)
            parts << tr("%1 MWh (%2)").arg(LocalFormat().number(*p.energyMWh), qs(p.energyBasis));
        if (p.co2eT)
            parts << tr("%1 t CO2e").arg(LocalFormat().number(*p.co2eT));
        if (p.acceleratorHours)
            parts << tr("%1 accelerator-hours").arg(LocalFormat().number(*p.acceleratorHours));
        m_published->setText(tr("Published: %1 — %2").arg(parts.join(QStringLiteral(", ")), qs(p.source)));
        m_published->setVisible(true);
    } else {
        m_published->setVisible(false);
    }
    m_refreshing = false;
}

} // namespace greenlight::ui

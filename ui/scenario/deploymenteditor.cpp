#include "scenario/deploymenteditor.h"

#include "catalog/catalog.h"
#include "document/document.h"
#include "i18n/localformat.h"
#include "qtutil/qtconvert.h"
#include "util/numberformat.h"
#include "widgets/numberfield.h"
#include "widgets/regionpicker.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace greenlight::ui {

using Opt = std::optional<double>;

DeploymentEditor::DeploymentEditor(Document &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_group = new QGroupBox(tr("Deploy the trained model"), this);
    m_group->setCheckable(true);
    m_group->setToolTip(tr("Add the inference phase: the lifecycle, per-request figures and break-even"));
    auto *form = new QFormLayout(m_group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_mode = new QComboBox(m_group);
    m_mode->addItem(tr("Serving model (calibrated on measurements)"),
                    static_cast<int>(DeploymentMode::FirstPrinciples));
    m_mode->addItem(tr("Serving fleet (accelerators around the clock)"),
                    static_cast<int>(DeploymentMode::Accelerators));
    m_mode->addItem(tr("Energy per request"), static_cast<int>(DeploymentMode::PerRequest));
    form->addRow(tr("Serving energy from"), m_mode);
    m_accelerator = new QComboBox(m_group);
    m_accelerator->addItem(tr("Same as training"), QString());
    for (const Accelerator &a : document.catalog().accelerators())
        m_accelerator->addItem(qs(a.name), qs(a.id));
    form->addRow(tr("Serving accelerator"), m_accelerator);
    m_stack = new QComboBox(m_group);
    m_stack->addItem(tr("Inference server (vLLM, SGLang, TGI)"), static_cast<int>(ServingStack::Optimised));
    m_stack->addItem(tr("Generate loop (Transformers)"), static_cast<int>(ServingStack::Basic));
    m_stack->setToolTip(tr("Continuous batching and tensor parallelism, or a framework's generate loop with "
                           "the layers spread over the devices: measurements show the software matters as "
                           "much as the hardware"));
    form->addRow(tr("Serving software"), m_stack);
    number(
        form, QStringLiteral("requestsPerDay"), tr("Requests per day"), 1, 1e12, 0, QString(), false,
        [](const Deployment &d) -> Opt { return d.requestsPerDay; },
        [](Deployment &d, Opt v) { d.requestsPerDay = v.value_or(1); });
    number(
        form, QStringLiteral("inputTokens"), tr("Input tokens per request"), 0, 1e7, 0, QString(), true,
        [](const Deployment &d) -> Opt { return d.inputTokens; },
        [](Deployment &d, Opt v) { d.inputTokens = v; });
    number(
        form, QStringLiteral("outputTokens"), tr("Output tokens per request"), 0, 1e7, 0, QString(), false,
        [](const Deployment &d) -> Opt { return d.outputTokens; },
        [](Deployment &d, Opt v) { d.outputTokens = v.value_or(0); });
    number(
        form, QStringLiteral("batchSize"), tr("Batch size"), 1, 1e5, 0, tr("requests"), true,
        [](const Deployment &d) -> Opt { return d.batchSize; },
        [](Deployment &d, Opt v) { d.batchSize = v; });
    number(
        form, QStringLiteral("months"), tr("Deployment"), 1, Deployment::kMaxMonths, 0, tr("months"), false,
        [](const Deployment &d) -> Opt { return d.months; },
        [](Deployment &d, Opt v) { d.months = static_cast<int>(v.value_or(12)); });
    number(
        form, QStringLiteral("acceleratorCount"), tr("Fleet size"), 1, 1e6, 0, tr("dev."), true,
        [](const Deployment &d) -> Opt { return d.acceleratorCount ? Opt(*d.acceleratorCount) : Opt(); },
        [](Deployment &d, Opt v) {
            d.acceleratorCount = v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
        });
    number(
        form, QStringLiteral("acceleratorsPerReplica"), tr("Accelerators per replica"), 1, 64, 0, tr("dev."),
        true,
        [](const Deployment &d) -> Opt {
            return d.acceleratorsPerReplica ? Opt(*d.acceleratorsPerReplica) : Opt();
        },
        [](Deployment &d, Opt v) {
            d.acceleratorsPerReplica = v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
        });
    number(
        form, QStringLiteral("fleetUtilisation"), tr("Fleet utilisation"), 0.01, 1, 2, tr("busy share"), true,
        [](const Deployment &d) -> Opt { return d.fleetUtilisation; },
        [](Deployment &d, Opt v) { d.fleetUtilisation = v; });
    number(
        form, QStringLiteral("activeParametersB"), tr("Active parameters (MoE)"), 0.01, 1e5, 2, tr("B"), true,
        [](const Deployment &d) -> Opt { return d.activeParametersB; },
        [](Deployment &d, Opt v) { d.activeParametersB = v; });
    number(
        form, QStringLiteral("energyPerRequestWh"), tr("Energy per request"), 0.0001, 1e4, 4, tr("Wh"), true,
        [](const Deployment &d) -> Opt { return d.energyPerRequestWh; },
        [](Deployment &d, Opt v) { d.energyPerRequestWh = v; });
    m_startDate = new QLineEdit(m_group);
    m_startDate->setPlaceholderText(tr("YYYY-MM-DD (optional)"));
    m_startDate->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^$|^\\d{4}-\\d{2}-\\d{2}$")), m_startDate));
    form->addRow(tr("Start date"), m_startDate);
    m_region = new RegionPicker(document.catalog(), m_group);
    m_region->setItemText(0, tr("Same site as training"));
    form->addRow(tr("Serving region"), m_region);
    number(
        form, QStringLiteral("pue"), tr("Serving PUE"), 1, 3, 2, tr("ratio"), true,
        [](const Deployment &d) -> Opt { return d.pue; }, [](Deployment &d, Opt v) { d.pue = v; });
    // Long item texts must not widen the dock: combos shrink and elide.
    for (QComboBox *combo : m_group->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    layout->addWidget(m_group);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_group, &QGroupBox::toggled, this, [this](bool on) {
        const int i = m_document.currentIndex();
        if (i < 0 || m_refreshing)
            return;
        Scenario s = m_document.scenario(i);
        if (on) {
            Deployment d;
            d.requestsPerDay = 100000;
            d.outputTokens = 500;
            s.deployment = d;
        } else {
            s.deployment.reset();
        }
        m_document.editScenario(i, s, on ? tr("Add deployment") : tr("Remove deployment"));
    });
    connect(m_mode, &QComboBox::activated, this, [this] {
        const auto m = static_cast<DeploymentMode>(m_mode->currentData().toInt());
        edit([m](Deployment &d) { d.mode = m; }, tr("Change serving mode"));
    });
    connect(m_stack, &QComboBox::activated, this, [this] {
        const auto st = static_cast<ServingStack>(m_stack->currentData().toInt());
        edit([st](Deployment &d) { d.stack = st; }, tr("Change serving software"));
    });
    connect(m_accelerator, &QComboBox::activated, this, [this] {
        const std::string id = ss(m_accelerator->currentData().toString());
        edit([id](Deployment &d) { d.acceleratorId = id; }, tr("Change serving accelerator"));
    });
    connect(m_startDate, &QLineEdit::editingFinished, this, [this] {
        const std::string date = ss(m_startDate->text());
        edit([date](Deployment &d) { d.startDate = date; }, tr("Change start date"));
    });
    connect(m_region, &RegionPicker::regionPicked, this, [this](const QString &id) {
        edit([id](Deployment &d) { d.regionId = ss(id); }, tr("Change serving region"));
    });
    connect(&document, &Document::currentChanged, this, &DeploymentEditor::refresh);
    connect(&document, &Document::scenarioChanged, this, [this](int i) {
        if (i == m_document.currentIndex())
            refresh();
    });
    connect(&document, &Document::projectReset, this, &DeploymentEditor::refresh);
    connect(&document, &Document::currencyChanged, this, &DeploymentEditor::refresh);
    refresh();
}

void DeploymentEditor::number(QFormLayout *form, const QString &key, const QString &label, double min,
                              double max, int decimals, const QString &unit, bool optional,
                              std::function<std::optional<double>(const Deployment &)> get,
                              std::function<void(Deployment &, std::optional<double>)> set)
{
    NumberField::Spec spec;
    spec.minimum = min;
    spec.maximum = max;
    spec.decimals = decimals;
    spec.step = decimals == 0 ? 1 : 0.05;
    spec.unit = unit;
    spec.optional = optional;
    auto *f = new NumberField(spec, m_group);
    f->spinBox()->setAccessibleName(label);
    f->setDefaultText(optional ? tr("default") : QString());
    form->addRow(label, f);
    const int mergeKey = static_cast<int>(m_fields.size()) + 1;
    m_fields.push_back({key, f, std::move(get), std::move(set)});
    const std::size_t slot = m_fields.size() - 1;
    connect(f, &NumberField::edited, this, [this, slot, mergeKey, label](std::optional<double> v, bool) {
        edit([this, slot, v](Deployment &d) { m_fields[slot].set(d, v); }, tr("Edit %1").arg(label),
             700000 + mergeKey * 1000 + m_session % 1000);
    });
    connect(f, &NumberField::editFinished, this, [this] { ++m_session; });
}

NumberField *DeploymentEditor::field(const QString &key) const
{
    for (const Field &f : m_fields)
        if (f.key == key)
            return f.field;
    return nullptr;
}

void DeploymentEditor::edit(const std::function<void(Deployment &)> &change, const QString &text,
                            int mergeKey)
{
    const int i = m_document.currentIndex();
    if (i < 0 || m_refreshing || !m_document.scenario(i).deployment)
        return;
    Scenario s = m_document.scenario(i);
    change(*s.deployment);
    m_document.editScenario(i, s, text, mergeKey);
}

void DeploymentEditor::refresh()
{
    const int i = m_document.currentIndex();
    setEnabled(i >= 0);
    if (i < 0)
        return;
    m_refreshing = true;
    const Scenario &s = m_document.scenario(i);
    {
        const QSignalBlocker b(m_group);
        m_group->setChecked(s.deployment.has_value());
    }
    const Deployment d = s.deployment.value_or(Deployment{});
    const QSignalBlocker b1(m_mode), b2(m_accelerator), b3(m_startDate), b4(m_stack);
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(d.mode)));
    m_stack->setCurrentIndex(m_stack->findData(static_cast<int>(d.stack)));
    m_accelerator->setCurrentIndex(std::max(0, m_accelerator->findData(qs(d.acceleratorId))));
    m_startDate->setText(qs(d.startDate));
    m_region->setRegionId(qs(d.regionId));
    for (const Field &f : m_fields)
        f.field->setValue(f.get(d));

    const auto &r = m_document.result(i);
    if (r.evaluation && r.evaluation->deployment) {
        const DeploymentResult &dr = *r.evaluation->deployment;
        const LocalFormat f;
        QString text =
            tr("%1 requests over %2 months\nper request: %3 Wh, %4 g CO2e\ninference: %5, %6, %7\n"
               "lifecycle (training + inference): %8")
                .arg(f.count(dr.totalRequests), QString::number(dr.months),
                     f.number(dr.energyPerRequestWh, 3), f.number(dr.co2ePerRequestG, 3),
                     f.energy(dr.energyKWh), f.mass(dr.co2eKg), m_document.money().format(dr.costUsd),
                     f.mass(r.estimate[Output::LifecycleCo2eKg]));
        if (dr.servingModelUsed) {
            const ServingPoint &p = dr.point;
            text += QLatin1Char('\n') +
                    tr("%1 × %2 per replica, batch %3, %4 s per request; fleet %5 accelerators, %6 % busy")
                        .arg(qs(dr.acceleratorId), QString::number(p.devices), f.number(p.batch, 4),
                             f.number(dr.perRequest.secondsPerRequest, 3), f.count(dr.devices),
                             f.count(dr.utilisation * 100));
        }
        m_result->setText(text);
    } else {
        m_result->setText(s.deployment
                              ? tr("The deployment cannot be estimated; see the problems below the tabs.")
                              : tr("Training only. Deploy the model to see its lifecycle and break-even."));
    }
    m_refreshing = false;
}

} // namespace greenlight::ui

#include "scenario/leverseditor.h"

#include "catalog/catalog.h"
#include "document/document.h"
#include "i18n/localformat.h"
#include "levers/trainingprecision.h"
#include "qtutil/qtconvert.h"
#include "util/numberformat.h"
#include "widgets/experimentrunseditor.h"
#include "widgets/numberfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace greenlight::ui {

namespace {

using Opt = std::optional<double>;

QGroupBox *leverGroup(const QString &title, const QString &tip, QWidget *parent)
{
    auto *g = new QGroupBox(title, parent);
    g->setCheckable(true);
    g->setToolTip(tip);
    g->setAccessibleName(title);
    return g;
}

} // namespace

LeversEditor::LeversEditor(Document &document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);

    // Pruning
    m_pruning = leverGroup(tr("Pruning"), tr("Remove weights, retrain, serve a sparser model"), this);
    auto *pf = new QFormLayout(m_pruning);
    number(
        m_pruning, pf, QStringLiteral("sparsity"), tr("Sparsity"), 0, 0.99, 2, tr("0–1"), false,
        [](const Scenario &s) -> Opt {
            return s.levers.pruning ? Opt(s.levers.pruning->sparsity) : Opt(0.5);
        },
        [](Scenario &s, Opt v) { s.levers.pruning->sparsity = v.value_or(0.5); });
    m_structure = new QComboBox(m_pruning);
    m_structure->addItem(tr("Unstructured (little speed-up on dense hardware)"),
                         static_cast<int>(PruningStructure::Unstructured));
    m_structure->addItem(tr("2:4 semi-structured (sparse tensor cores)"),
                         static_cast<int>(PruningStructure::SemiStructured24));
    m_structure->addItem(tr("Structured (smaller dense model)"),
                         static_cast<int>(PruningStructure::Structured));
    pf->addRow(tr("Structure"), m_structure);
    number(
        m_pruning, pf, QStringLiteral("retrainOverheadFraction"), tr("Retraining"), 0, 10, 2, tr("× run"),
        true,
        [](const Scenario &s) -> Opt {
            return s.levers.pruning ? s.levers.pruning->retrainOverheadFraction : Opt();
        },
        [](Scenario &s, Opt v) { s.levers.pruning->retrainOverheadFraction = v; });
    layout->addWidget(m_pruning);

    // Quantisation
    m_quantisation = leverGroup(tr("Quantisation"), tr("Lower precision in training and/or serving"), this);
    auto *qf = new QFormLayout(m_quantisation);
    m_trainingPrecision = new QComboBox(m_quantisation);
    qf->addRow(tr("Training precision"), m_trainingPrecision);
    m_servingPrecision = new QComboBox(m_quantisation);
    for (const char *p : {"fp16", "bf16", "int8", "fp8", "int4"})
        m_servingPrecision->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    qf->addRow(tr("Serving precision"), m_servingPrecision);
    m_quantMethod = new QComboBox(m_quantisation);
    m_quantMethod->addItem(tr("Post-training (PTQ, no training cost)"),
                           static_cast<int>(QuantisationMethod::PostTraining));
    m_quantMethod->addItem(tr("Quantisation-aware training (QAT)"),
                           static_cast<int>(QuantisationMethod::QuantAware));
    qf->addRow(tr("Method"), m_quantMethod);
    layout->addWidget(m_quantisation);

    // Distillation
    m_distillation =
        leverGroup(tr("Distillation"), tr("Train a smaller student on the teacher's outputs"), this);
    auto *df = new QFormLayout(m_distillation);
    number(
        m_distillation, df, QStringLiteral("studentParametersB"), tr("Student"), 0.001, 1e5, 3, tr("bn"),
        false,
        [](const Scenario &s) -> Opt {
            return s.levers.distillation ? Opt(s.levers.distillation->studentParametersB) : Opt(1);
        },
        [](Scenario &s, Opt v) { s.levers.distillation->studentParametersB = v.value_or(1); });
    number(
        m_distillation, df, QStringLiteral("teacherParametersB"), tr("Teacher"), 0.001, 1e5, 3, tr("bn"),
        true,
        [](const Scenario &s) -> Opt {
            return s.levers.distillation ? s.levers.distillation->teacherParametersB : Opt();
        },
        [](Scenario &s, Opt v) { s.levers.distillation->teacherParametersB = v; });
    number(
        m_distillation, df, QStringLiteral("distillationTokens"), tr("Corpus"), 0.001, 1e6, 3,
        tr("bn tokens"), true,
        [](const Scenario &s) -> Opt {
            return s.levers.distillation && s.levers.distillation->tokens
                       ? Opt(*s.levers.distillation->tokens / 1e9)
                       : Opt();
        },
        [](Scenario &s, Opt v) { s.levers.distillation->tokens = v ? Opt(*v * 1e9) : Opt(); });
    number(
        m_distillation, df, QStringLiteral("qualityRetained"), tr("Quality kept"), 0, 1, 2, tr("0–1"), true,
        [](const Scenario &s) -> Opt {
            return s.levers.distillation ? s.levers.distillation->qualityRetained : Opt();
        },
        [](Scenario &s, Opt v) { s.levers.distillation->qualityRetained = v; });
    m_includeTeacher = new QCheckBox(tr("Count the teacher's own training"), m_distillation);
    df->addRow(m_includeTeacher);
    layout->addWidget(m_distillation);

    // Transfer learning
    m_transfer = leverGroup(tr("Fine-tune instead of pretraining"),
                            tr("Start from a pretrained model: full fine-tuning or LoRA adapters"), this);
    auto *tf = new QFormLayout(m_transfer);
    m_lora = new QCheckBox(tr("LoRA / adapters"), m_transfer);
    tf->addRow(m_lora);
    number(
        m_transfer, tf, QStringLiteral("fineTuneTokens"), tr("Fine-tuning tokens"), 0.001, 1e6, 3, tr("bn"),
        false,
        [](const Scenario &s) -> Opt {
            return s.levers.transfer ? Opt(s.levers.transfer->tokens / 1e9) : Opt(1);
        },
        [](Scenario &s, Opt v) { s.levers.transfer->tokens = v.value_or(1) * 1e9; });
    m_policy = new QComboBox(m_transfer);
    m_policy->addItem(tr("Pretraining not attributed"), static_cast<int>(PretrainedPolicy::NotAttributed));
    m_policy->addItem(tr("Amortised over downstream uses"), static_cast<int>(PretrainedPolicy::Amortised));
    m_policy->addItem(tr("Fully attributed"), static_cast<int>(PretrainedPolicy::FullyAttributed));
    tf->addRow(tr("Pretrained footprint"), m_policy);
    number(
        m_transfer, tf, QStringLiteral("pretrainedCo2eT"), tr("Pretrained CO2e"), 0, 1e7, 2, tr("t"), false,
        [](const Scenario &s) -> Opt {
            return s.levers.transfer ? Opt(s.levers.transfer->pretrainedCo2eKg / 1000.0) : Opt(0);
        },
        [](Scenario &s, Opt v) { s.levers.transfer->pretrainedCo2eKg = v.value_or(0) * 1000.0; });
    number(
        m_transfer, tf, QStringLiteral("downstreamUses"), tr("Downstream uses"), 1, 1e9, 0, QString(), false,
        [](const Scenario &s) -> Opt {
            return s.levers.transfer ? Opt(s.levers.transfer->downstreamUses) : Opt(1);
        },
        [](Scenario &s, Opt v) { s.levers.transfer->downstreamUses = static_cast<int>(v.value_or(1)); });
    layout->addWidget(m_transfer);

    // Experiment budget
    m_experiments =
        leverGroup(tr("Experiment budget"), tr("Early stopping and extra runs (sweeps, ablations)"), this);
    auto *ef = new QFormLayout(m_experiments);
    number(
        m_experiments, ef, QStringLiteral("earlyStoppingTokenFraction"), tr("Early stopping"), 0.01, 1, 2,
        tr("of tokens"), true,
        [](const Scenario &s) -> Opt {
            return s.levers.experiments ? s.levers.experiments->earlyStoppingTokenFraction : Opt();
        },
        [](Scenario &s, Opt v) { s.levers.experiments->earlyStoppingTokenFraction = v; });
    m_development = new QCheckBox(tr("Count the development programme"), m_experiments);
    m_development->setToolTip(
        tr("Ablations, sweeps, failed and intermediate runs as a multiple of the main run. "
           "Empty field: the catalog's median of published programmes (OLMo 0.5×, "
           "OPT 1×, BLOOM 1.7×, LLaMA 2.4×, Olmo 3 4.6×)."));
    ef->addRow(m_development);
    number(
        m_experiments, ef, QStringLiteral("developmentFraction"), tr("Development"), 0, 50, 2,
        tr("× main run"), true,
        [](const Scenario &s) -> Opt {
            return s.levers.experiments ? s.levers.experiments->developmentFraction : Opt();
        },
        [](Scenario &s, Opt v) {
            s.levers.experiments->developmentFraction = v;
            s.levers.experiments->development = s.levers.experiments->development || v.has_value();
        });
    m_runs = new ExperimentRunsEditor(m_experiments);
    auto *runsNote = new QLabel(tr("Extra runs (sweeps, ablations); the experiments multiplier in Model & "
                                   "workload covers the rest"),
                                m_experiments);
    runsNote->setWordWrap(true);
    ef->addRow(runsNote);
    ef->addRow(m_runs);
    connect(m_runs, &ExperimentRunsEditor::runsEdited, this,
            [this](const std::vector<ExperimentRun> &runs, const QString &text) {
                edit([&runs](Scenario &s) { s.levers.experiments->runs = runs; }, text);
            });
    layout->addWidget(m_experiments);

    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_effects = new QLabel(this);
    m_effects->setWordWrap(true);
    m_effects->setTextFormat(Qt::PlainText);
    m_effects->setAccessibleName(tr("Lever effects"));
    layout->addWidget(m_effects);
    layout->addStretch();

    // Turning a lever on gives it usable defaults; off removes it.
    connect(m_pruning, &QGroupBox::toggled, this, [this](bool on) {
        edit(
            [on](Scenario &s) {
                s.levers.pruning = on ? std::optional<PruningLever>(PruningLever{}) : std::nullopt;
            },
            on ? tr("Add pruning") : tr("Remove pruning"));
    });
    connect(m_quantisation, &QGroupBox::toggled, this, [this](bool on) {
        edit(
            [on](Scenario &s) {
                QuantisationLever q;
                q.servingPrecision = "int8";
                s.levers.quantisation = on ? std::optional<QuantisationLever>(q) : std::nullopt;
            },
            on ? tr("Add quantisation") : tr("Remove quantisation"));
    });
    connect(m_distillation, &QGroupBox::toggled, this, [this](bool on) {
        edit(
            [on](Scenario &s) {
                DistillationLever d;
                d.studentParametersB = s.parametersB > 0 ? s.parametersB / 5 : 1;
                s.levers.distillation = on ? std::optional<DistillationLever>(d) : std::nullopt;
            },
            on ? tr("Add distillation") : tr("Remove distillation"));
    });
    connect(m_transfer, &QGroupBox::toggled, this, [this](bool on) {
        edit(
            [on](Scenario &s) {
                TransferLever t;
                t.tokens = 1e9;
                s.levers.transfer = on ? std::optional<TransferLever>(t) : std::nullopt;
            },
            on ? tr("Fine-tune instead") : tr("Pretrain instead"));
    });
    connect(m_experiments, &QGroupBox::toggled, this, [this](bool on) {
        edit(
            [on](Scenario &s) {
                s.levers.experiments =
                    on ? std::optional<ExperimentBudgetLever>(ExperimentBudgetLever{}) : std::nullopt;
            },
            on ? tr("Add experiment budget") : tr("Remove experiment budget"));
    });
    connect(m_structure, &QComboBox::activated, this, [this] {
        const auto st = static_cast<PruningStructure>(m_structure->currentData().toInt());
        edit([st](Scenario &s) { s.levers.pruning->structure = st; }, tr("Change pruning structure"));
    });
    connect(m_trainingPrecision, &QComboBox::activated, this, [this] {
        const std::string p = ss(m_trainingPrecision->currentData().toString());
        edit([p](Scenario &s) { s.levers.quantisation->trainingPrecision = p; },
             tr("Change training precision"));
    });
    connect(m_servingPrecision, &QComboBox::activated, this, [this] {
        const std::string p = ss(m_servingPrecision->currentData().toString());
        edit([p](Scenario &s) { s.levers.quantisation->servingPrecision = p; },
             tr("Change serving precision"));
    });
    connect(m_quantMethod, &QComboBox::activated, this, [this] {
        const auto m = static_cast<QuantisationMethod>(m_quantMethod->currentData().toInt());
        edit([m](Scenario &s) { s.levers.quantisation->method = m; }, tr("Change quantisation method"));
    });
    connect(m_includeTeacher, &QCheckBox::toggled, this, [this](bool on) {
        edit([on](Scenario &s) { s.levers.distillation->includeTeacherTraining = on; },
             tr("Teacher training"));
    });
    connect(m_development, &QCheckBox::toggled, this, [this](bool on) {
        edit(
            [on](Scenario &s) {
                s.levers.experiments->development = on;
                if (!on)
                    s.levers.experiments->developmentFraction.reset();
            },
            tr("Development programme"));
    });
    connect(m_lora, &QCheckBox::toggled, this,
            [this](bool on) { edit([on](Scenario &s) { s.levers.transfer->lora = on; }, tr("LoRA")); });
    connect(m_policy, &QComboBox::activated, this, [this] {
        const auto p = static_cast<PretrainedPolicy>(m_policy->currentData().toInt());
        edit([p](Scenario &s) { s.levers.transfer->policy = p; }, tr("Pretrained footprint policy"));
    });

    connect(&document, &Document::currentChanged, this, &LeversEditor::refresh);
    connect(&document, &Document::scenarioChanged, this, [this](int i) {
        if (i == m_document.currentIndex())
            refresh();
    });
    connect(&document, &Document::projectReset, this, &LeversEditor::refresh);
    refresh();
}

NumberField *LeversEditor::number(QWidget *parent, QFormLayout *form, const QString &key,
                                  const QString &label, double min, double max, int decimals,
                                  const QString &unit, bool optional,
                                  std::function<std::optional<double>(const Scenario &)> get,
                                  std::function<void(Scenario &, std::optional<double>)> set)
{
    NumberField::Spec spec;
    spec.minimum = min;
    spec.maximum = max;
    spec.decimals = decimals;
    spec.step = decimals == 0 ? 1 : 0.05;
    spec.unit = unit;
    spec.optional = optional;
    auto *f = new NumberField(spec, parent);
    f->spinBox()->setAccessibleName(label);
    f->setDefaultText(optional ? tr("default") : QString());
    form->addRow(label, f);
    const int mergeKey = static_cast<int>(m_fields.size()) + 1;
    m_fields.push_back({key, f, std::move(get), std::move(set)});
    const std::size_t slot = m_fields.size() - 1;
    connect(f, &NumberField::edited, this, [this, slot, mergeKey, label](std::optional<double> v, bool) {
        edit([this, slot, v](Scenario &s) { m_fields[slot].set(s, v); }, tr("Edit %1").arg(label),
             500000 + mergeKey * 1000 + m_session % 1000);
    });
    connect(f, &NumberField::editFinished, this, [this] { ++m_session; });
    return f;
}

QGroupBox *LeversEditor::group(const QString &lever) const
{
    if (lever == QLatin1String("pruning"))
        return m_pruning;
    if (lever == QLatin1String("quantisation"))
        return m_quantisation;
    if (lever == QLatin1String("distillation"))
        return m_distillation;
    if (lever == QLatin1String("transfer"))
        return m_transfer;
    if (lever == QLatin1String("experiments"))
        return m_experiments;
    return nullptr;
}

NumberField *LeversEditor::field(const QString &key) const
{
    for (const Field &f : m_fields)
        if (f.key == key)
            return f.field;
    return nullptr;
}

void LeversEditor::edit(const std::function<void(Scenario &)> &change, const QString &text, int mergeKey)
{
    const int i = m_document.currentIndex();
    if (i < 0 || m_refreshing)
        return;
    Scenario s = m_document.scenario(i);
    change(s);
    m_document.editScenario(i, s, text, mergeKey);
}

void LeversEditor::refresh()
{
    const int i = m_document.currentIndex();
    setEnabled(i >= 0);
    if (i < 0)
        return;
    m_refreshing = true;
    const Scenario &s = m_document.scenario(i);
    const Levers &l = s.levers;
    for (QGroupBox *g : {m_pruning, m_quantisation, m_distillation, m_transfer, m_experiments}) {
        const QSignalBlocker block(g);
        g->setChecked(false);
    }
    {
        const QSignalBlocker b1(m_pruning), b2(m_quantisation), b3(m_distillation), b4(m_transfer),
            b5(m_experiments);
        m_pruning->setChecked(l.pruning.has_value());
        m_quantisation->setChecked(l.quantisation.has_value());
        m_distillation->setChecked(l.distillation.has_value());
        m_transfer->setChecked(l.transfer.has_value());
        m_experiments->setChecked(l.experiments.has_value());
    }
    const QSignalBlocker c1(m_structure), c2(m_trainingPrecision), c3(m_servingPrecision), c4(m_quantMethod),
        c5(m_includeTeacher), c6(m_lora), c7(m_policy), c8(m_development);
    m_development->setChecked(l.experiments && l.experiments->development);
    if (l.pruning)
        m_structure->setCurrentIndex(m_structure->findData(static_cast<int>(l.pruning->structure)));
    m_trainingPrecision->clear();
    m_trainingPrecision->addItem(tr("Unchanged"), QString());
    if (const Accelerator *a = m_document.catalog().accelerator(s.acceleratorId))
        for (const auto &[p, v] : a->peakTflops)
            if (trainingFormatTier(p)) // integer formats serve, they do not train
                m_trainingPrecision->addItem(qs(p), qs(p));
    if (l.quantisation) {
        m_trainingPrecision->setCurrentIndex(
            std::max(0, m_trainingPrecision->findData(qs(l.quantisation->trainingPrecision))));
        const QString serving = l.quantisation->servingPrecision.empty()
                                    ? QStringLiteral("fp16")
                                    : qs(l.quantisation->servingPrecision);
        m_servingPrecision->setCurrentIndex(std::max(0, m_servingPrecision->findData(serving)));
        m_quantMethod->setCurrentIndex(m_quantMethod->findData(static_cast<int>(l.quantisation->method)));
    }
    if (l.distillation)
        m_includeTeacher->setChecked(l.distillation->includeTeacherTraining);
    if (l.transfer) {
        m_lora->setChecked(l.transfer->lora);
        m_policy->setCurrentIndex(m_policy->findData(static_cast<int>(l.transfer->policy)));
    }
    m_runs->setRuns(l.experiments ? l.experiments->runs : std::vector<ExperimentRun>{});
    for (const Field &f : m_fields)
        f.field->setValue(f.get(s));

    // What the levers did, from the core.
    QStringList lines;
    const auto &r = m_document.result(i);
    if (r.evaluation)
        for (const LeverEffect &e : r.evaluation->levers.effects) {
            QString line = QStringLiteral("• %1: %2").arg(qs(e.lever), qs(e.training));
            if (e.co2eKgDelta != 0)
                line += QStringLiteral(" (%1%2)").arg(e.co2eKgDelta > 0 ? QStringLiteral("+") : QString(),
                                                      LocalFormat().mass(e.co2eKgDelta));
            if (!e.inference.empty())
                line += QStringLiteral("; serving: %1").arg(qs(e.inference));
            lines << line;
        }
    m_effects->setText(lines.isEmpty() ? tr("No lever applied.")
                                       : tr("Effects:\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_refreshing = false;
}

} // namespace greenlight::ui

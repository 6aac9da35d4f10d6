#include "dashboard/explanationpanel.h"

#include "document/document.h"
#include "estimate/explainer.h"
#include "i18n/coretext.h"
#include "lifecycle/servingexplanation.h"
#include "qtutil/qtconvert.h"
#include "util/numberformat.h"

#include <QLocale>

namespace greenlight::ui {

namespace {

// User text is escaped: names are shown literally, never interpreted as markup.
QString esc(const std::string &t)
{
    return qs(t).toHtmlEscaped();
}

// One formula with its inputs and where each comes from (estimator and serving steps alike).
QString stepHtml(const QString &label, const QString &unit, const std::string &formula,
                 const std::string &substituted, const std::vector<TraceInput> &inputs)
{
    QString html = QStringLiteral("<p><b>%1</b> [%2]<br><code>%3</code><br><code>%4</code></p>")
                       .arg(label, unit, esc(formula), esc(substituted));
    if (inputs.empty())
        return html;
    html += QStringLiteral("<ul>");
    for (const TraceInput &in : inputs) {
        QString src = in.fromScenario ? ExplanationPanel::tr("set in the scenario") : esc(in.source);
        if (!in.fromScenario && in.year > 0)
            src += QStringLiteral(" (%1)").arg(in.year);
        if (!in.note.empty())
            src += QStringLiteral(" — <i>%1</i>").arg(esc(in.note));
        html += QStringLiteral("<li>%1 = %2 %3<br><small>%4</small></li>")
                    .arg(trCore(in.label).toHtmlEscaped(), esc(formatNumber(in.value)),
                         trCore(in.unit).toHtmlEscaped(), src);
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

ExplanationPanel::ExplanationPanel(const Document &document, QWidget *parent)
    : QTextBrowser(parent), m_document(document)
{
    setOpenExternalLinks(false);
    setAccessibleName(tr("Explanation"));
    setPlaceholderText(
        tr("Select a number in the table to see how it was computed and where each input comes from."));
}

void ExplanationPanel::explain(int scenarioIndex, Output output)
{
    const auto &results = m_document.results();
    if (scenarioIndex < 0 || static_cast<std::size_t>(scenarioIndex) >= results.size())
        return;
    const auto &e = results[static_cast<std::size_t>(scenarioIndex)];
    const Scenario &s = m_document.project().scenarios[static_cast<std::size_t>(scenarioIndex)];
    if (!e.resolved) {
        setPlainText(tr("This scenario cannot be estimated:\n") +
                     (e.issues.empty() ? QString() : qs(e.issues.front().toString())));
        return;
    }
    QString html =
        QStringLiteral("<h3>%1 — %2</h3>").arg(esc(s.name), trCore(info(output).label).toHtmlEscaped());
    const Money &money = m_document.money();
    if (output == Output::CostUsd && !money.isUsd())
        html += QStringLiteral("<p><b>%1</b><br><small>%2</small></p>")
                    .arg(tr("Shown as %1 = %2 USD × %3 %4/USD")
                             .arg(money.format(e.estimate[output]).toHtmlEscaped(),
                                  esc(formatNumber(e.estimate[output])),
                                  QLocale().toString(money.rate().perUsd, 'g', 6), money.code()),
                         tr("Exchange rate: %1 (%2). Costs are computed in US dollars.")
                             .arg(esc(money.rate().source))
                             .arg(money.rate().year));
    // Walk the steps this output depends on, last first, so the reader sees the whole chain.
    std::vector<Output> order{output};
    for (std::size_t i = 0; i < order.size(); ++i) {
        const TraceStep step = Explainer::explain(*e.resolved, e.estimate, order[i]);
        for (Output u : step.uses)
            if (std::find(order.begin(), order.end(), u) == order.end())
                order.push_back(u);
    }
    for (Output o : order) {
        const TraceStep step = Explainer::explain(*e.resolved, e.estimate, o);
        html += stepHtml(trCore(info(o).label).toHtmlEscaped(), trCore(info(o).unit).toHtmlEscaped(),
                         step.formula, step.substituted, step.inputs);
    }
    // Inference, lifecycle and per-request figures: the serving model's steps, built now.
    const bool serving = static_cast<std::size_t>(output) >= index(Output::InferenceEnergyKWh);
    if (serving && e.evaluation && e.evaluation->deployment) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("How the deployment was served").toHtmlEscaped());
        for (const LeverStep &st : ServingExplanation::steps(*e.evaluation->deployment, m_document.catalog()))
            html += stepHtml(trCore(st.quantity).toHtmlEscaped(), trCore(st.unit).toHtmlEscaped(), st.formula,
                             st.substituted, st.inputs);
    }
    setHtml(html);
}

} // namespace greenlight::ui

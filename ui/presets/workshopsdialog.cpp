#include "presets/workshopsdialog.h"

#include "embeddedfiles.h"
#include "i18n/language.h"
#include "shell/filecontroller.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace greenlight::ui {

namespace {
constexpr std::string_view kPrefix = "workshops/";
constexpr std::string_view kProjectSuffix = ".greenlight.json";
} // namespace

std::vector<WorkshopsDialog::Exercise> WorkshopsDialog::exercises()
{
    return exercises(Language::current());
}

std::vector<WorkshopsDialog::Exercise> WorkshopsDialog::exercises(const QString &language)
{
    std::vector<Exercise> out;
    for (const embedded::File &f : embedded::files()) {
        const std::string_view name = f.name;
        if (name.substr(0, kPrefix.size()) != kPrefix ||
            name.size() <= kPrefix.size() + kProjectSuffix.size() ||
            name.substr(name.size() - kProjectSuffix.size()) != kProjectSuffix)
            continue;
        const std::string base(
            name.substr(kPrefix.size(), name.size() - kPrefix.size() - kProjectSuffix.size()));
        // The text in the UI language ("01-five-regions.de.md"), else the English original.
        Exercise e;
        e.language = QStringLiteral("en");
        std::string_view text;
        if (!language.isEmpty() && language != e.language) {
            text = embedded::file(std::string(kPrefix) + base + '.' + language.toStdString() + ".md");
            if (!text.empty())
                e.language = language;
        }
        if (text.empty())
            text = embedded::file(std::string(kPrefix) + base + ".md");
        e.base = QString::fromStdString(base);
        e.markdown = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        e.project = std::string(f.content);
        const qsizetype heading = e.markdown.indexOf(QLatin1String("# "));
        e.title =
            heading < 0
                ? e.base
                : e.markdown.mid(heading + 2, e.markdown.indexOf(QLatin1Char('\n'), heading) - heading - 2)
                      .trimmed();
        out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const Exercise &a, const Exercise &b) { return a.base < b.base; });
    return out;
}

WorkshopsDialog::WorkshopsDialog(FileController &files, QWidget *parent)
    : QDialog(parent), m_files(files), m_exercises(exercises())
{
    setObjectName(QStringLiteral("workshopsDialog"));
    setWindowTitle(tr("Workshops"));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Exercises"));
    m_list->setWordWrap(true);
    for (const Exercise &e : m_exercises)
        m_list->addItem(e.title);
    m_text = new QTextBrowser(this);
    m_text->setOpenExternalLinks(true);
    m_text->setAccessibleName(tr("Exercise text"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 560});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open Exercise"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &WorkshopsDialog::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &WorkshopsDialog::showSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &WorkshopsDialog::openSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(880, 560);
    if (!m_exercises.empty())
        m_list->setCurrentRow(0);
    showSelected();
}

void WorkshopsDialog::showSelected()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < static_cast<int>(m_exercises.size());
    m_text->setMarkdown(valid ? m_exercises[static_cast<std::size_t>(row)].markdown : QString());
    m_open->setEnabled(valid);
}

bool WorkshopsDialog::openSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_exercises.size()))
        return false;
    const Exercise &e = m_exercises[static_cast<std::size_t>(row)];
    if (!m_files.openBuiltIn(e.project, e.base + QStringLiteral(".greenlight.json")))
        return false;
    accept();
    return true;
}

} // namespace greenlight::ui

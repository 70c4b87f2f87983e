#include "templatedialog.h"

#include "programmefiltermodel.h"
#include "programmetreemodel.h"
#include "relevance.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace eligicheck {

TemplateDialog::TemplateDialog(std::shared_ptr<const RuleLibrary> library, const Selection &ticked,
                               const QDate &date, Lang lang, QWidget *parent)
    : QDialog(parent)
    , m_library(std::move(library))
    , m_lang(lang)
    , m_model(new ProgrammeTreeModel(lang, this))
    , m_filter(new ProgrammeFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(tr("Blank questionnaire spreadsheet"));
    m_model->setCheckable(true);
    m_model->setDate(date);
    m_model->setLibrary(m_library);
    m_model->setCheckedProgrammes(ticked);
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("templateProgrammes"));
    m_view->setAccessibleName(tr("Programmes the spreadsheet asks about"));
    m_view->header()->setSectionResizeMode(ProgrammeTreeModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int c : {ProgrammeTreeModel::RegionColumn, ProgrammeTreeModel::ValidityColumn})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {ProgrammeTreeModel::NumberColumn, ProgrammeTreeModel::IssuerColumn,
                  ProgrammeTreeModel::ApplicantColumn})
        m_view->setColumnHidden(c, true);
    m_view->expandAll();
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search titles, document numbers and clause texts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search programmes"));
    m_summary->setObjectName(QStringLiteral("templateSummary"));
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save spreadsheet…"));
    auto *all = new QPushButton(tr("Tick &all"), this);
    all->setObjectName(QStringLiteral("tickAll"));
    auto *none = new QPushButton(tr("Tick &none"), this);
    none->setObjectName(QStringLiteral("tickNone"));

    auto *intro = new QLabel(tr("Tick the programmes whose questions the spreadsheet asks: one column per "
                                "question, for the client to fill in and for you to import back."),
                             this);
    intro->setWordWrap(true);
    auto *search = new QLabel(tr("&Search:"), this);
    search->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(search);
    searchRow->addWidget(m_search, 1);
    auto *tickRow = new QHBoxLayout;
    tickRow->addWidget(m_summary, 1);
    tickRow->addWidget(all);
    tickRow->addWidget(none);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(tickRow);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, m_view, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TemplateDialog::updateSummary);
    connect(all, &QPushButton::clicked, this, [this] {
        m_model->setCheckedProgrammes(selectAll(*m_library));
        updateSummary();
    });
    connect(none, &QPushButton::clicked, this, [this] {
        m_model->setCheckedProgrammes({});
        updateSummary();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
}

Selection TemplateDialog::initialSelection(const RuleLibrary &library, const Selection &chosen,
                                           const QHash<QString, Value> &answers, const QDate &asOf) {
    if (!chosen.isEmpty()) return chosen;
    auto choice = [&](const char *id) {
        const Value v = answers.value(QLatin1String(id));
        return v.kind() == Value::Choice ? v.string() : QString();
    };
    Relevance r;
    r.province = choice("province");
    r.city = choice("city");
    if (r.city == QLatin1String("other")) r.city.clear();
    if (r.province.isEmpty() && !r.city.isEmpty())
        if (const FactDefinition *c = library.facts().find(QStringLiteral("city")))
            if (const ChoiceOption *o = c->choice(r.city)) r.province = o->province;
    r.applicantType = choice("applicant_type");
    r.asOf = asOf;
    const Selection all = selectAll(library);
    if (!r.hasRegion() && r.applicantType.isEmpty()) return all;
    Selection relevant;
    for (const SelectedProgramme &s : all)
        if (r.shows(*s.ruleSet, *s.programme)) relevant.append(s);
    return relevant;
}

QVector<ProgrammeRef> TemplateDialog::programmes() const {
    QVector<ProgrammeRef> out;
    for (const SelectedProgramme &s : m_model->checkedProgrammes())
        out.append({s.ruleSet, s.programme});
    return out;
}

void TemplateDialog::updateSummary() {
    const QVector<ProgrammeRef> chosen = programmes();
    const int columns =
        chosen.isEmpty() ? 0 : int(TemplateBuilder(m_library->facts(), chosen, m_lang).columns().size());
    m_summary->setText(chosen.isEmpty() ? tr("No programme ticked: tick at least one.")
                                        : tr("%n programme(s) ticked", nullptr, int(chosen.size())) +
                                              tr(": %n question column(s).", nullptr, columns));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!chosen.isEmpty());
}

} // namespace eligicheck

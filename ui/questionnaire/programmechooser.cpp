#include "programmechooser.h"

#include "answermodel.h"
#include "icons.h"
#include "programmefiltermodel.h"
#include "programmetreemodel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace eligicheck {

ProgrammeChooser::ProgrammeChooser(AnswerModel *answers, Lang lang, QWidget *parent)
    : QWidget(parent)
    , m_answers(answers)
    , m_model(new ProgrammeTreeModel(lang, this))
    , m_filter(new ProgrammeFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_matchAll(
          new QCheckBox(tr("Match me against everything (every programme of every loaded document)"), this))
    , m_showAll(
          new QCheckBox(tr("Show a&ll programmes (other regions, other applicants, not in force)"), this))
    , m_relevanceLabel(new QLabel(this))
    , m_lang(lang)
    , m_date(new QDateEdit(this))
    , m_error(new QLabel(this)) {
    m_showAll->setObjectName(QStringLiteral("showAllProgrammes"));
    m_relevanceLabel->setObjectName(QStringLiteral("relevanceLabel"));
    m_relevanceLabel->setWordWrap(true);
    setObjectName(QStringLiteral("page-choose"));
    m_model->setCheckable(true);
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("chooserTree"));
    m_view->setAccessibleName(tr("Programmes to assess"));
    m_view->header()->setSectionResizeMode(ProgrammeTreeModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    // Validity ("已于 2024-12-31 失效") and 文号 are read whole; the title takes the rest.
    for (int c : {ProgrammeTreeModel::RegionColumn, ProgrammeTreeModel::ValidityColumn,
                  ProgrammeTreeModel::NumberColumn})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {ProgrammeTreeModel::IssuerColumn, ProgrammeTreeModel::ApplicantColumn})
        m_view->setColumnHidden(c, true);
    m_search->setPlaceholderText(tr("Search titles, document numbers and clause texts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search programmes"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(m_answers->asOf());
    m_date->setAccessibleName(tr("Assessment date"));
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(statusColor(CriterionStatus::Fail).name()));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Which programmes do you want to check?")), this));
    auto *form = new QFormLayout;
    form->addRow(tr("Assessment &date:"), m_date);
    form->addRow(tr("&Search:"), m_search);
    layout->addLayout(form);
    auto *relevance = new QHBoxLayout;
    relevance->addWidget(m_relevanceLabel, 1);
    relevance->addWidget(m_showAll);
    layout->addLayout(relevance);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_matchAll);
    layout->addWidget(m_error);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, m_view, &QTreeView::expandAll);
    connect(m_matchAll, &QCheckBox::toggled, m_view, &QWidget::setDisabled);
    connect(m_date, &QDateEdit::dateChanged, m_answers, &AnswerModel::setAsOf);
    connect(m_date, &QDateEdit::dateChanged, m_model, &ProgrammeTreeModel::setDate);
    connect(m_answers, &AnswerModel::asOfChanged, m_date, &QDateEdit::setDate);
    connect(m_model, &QAbstractItemModel::dataChanged, m_error, &QWidget::hide);
    connect(m_showAll, &QCheckBox::toggled, this, &ProgrammeChooser::updateRelevance);
    connect(m_answers, &AnswerModel::answersReset, this, &ProgrammeChooser::updateRelevance);
    connect(m_answers, &AnswerModel::asOfChanged, this, &ProgrammeChooser::updateRelevance);
    connect(m_answers, &AnswerModel::valueChanged, this, [this](const QString &factId) {
        if (factId == QLatin1String("province") || factId == QLatin1String("city") ||
            factId == QLatin1String("applicant_type"))
            updateRelevance();
    });
}

void ProgrammeChooser::updateRelevance() {
    if (!m_library) return;
    const FactRegistry &facts = m_library->facts();
    auto choice = [&](const char *id) {
        const Value v = m_answers->values().value(QLatin1String(id));
        return v.kind() == Value::Choice ? v.string() : QString();
    };
    auto label = [&](const char *fact, const QString &id) {
        const FactDefinition *f = facts.find(QLatin1String(fact));
        const ChoiceOption *c = f ? f->choice(id) : nullptr;
        return c ? c->label.get(m_lang) : id;
    };
    Relevance r;
    r.province = choice("province");
    r.city = choice("city");
    if (r.city == QLatin1String("other")) r.city.clear();
    if (r.province.isEmpty() && !r.city.isEmpty())
        if (const FactDefinition *c = facts.find(QStringLiteral("city")))
            if (const ChoiceOption *o = c->choice(r.city)) r.province = o->province;
    r.applicantType = choice("applicant_type");
    r.asOf = m_answers->asOf();
    // Nothing known of the firm (a quick check): every programme, as before.
    const bool known = r.hasRegion() || !r.applicantType.isEmpty();
    m_showAll->setVisible(known);
    m_relevanceLabel->setVisible(known);
    if (!known || m_showAll->isChecked()) {
        m_filter->setRelevance(std::nullopt);
        m_relevanceLabel->setText(tr("Every programme is listed."));
    } else {
        m_filter->setRelevance(r);
        QString where = r.hasRegion() ? label("province", r.province) : tr("any region");
        if (!r.city.isEmpty()) where += QLatin1Char(' ') + label("city", r.city);
        const QString who =
            r.applicantType.isEmpty() ? tr("any applicant") : label("applicant_type", r.applicantType);
        m_relevanceLabel->setText(tr("Programmes that concern the firm: %1 and national ones, in force on "
                                     "the assessment date, for %2.")
                                      .arg(where, who));
    }
    m_view->expandAll();
}

void ProgrammeChooser::setLibrary(std::shared_ptr<const RuleLibrary> library) {
    m_model->setDate(m_answers->asOf());
    m_library = library;
    m_model->setLibrary(std::move(library));
    updateRelevance();
    m_view->expandAll();
}

Selection ProgrammeChooser::checkedProgrammes() const {
    return m_model->checkedProgrammes();
}
void ProgrammeChooser::setCheckedProgrammes(const Selection &selection) {
    m_model->setCheckedProgrammes(selection);
}
bool ProgrammeChooser::matchAll() const {
    return m_matchAll->isChecked();
}
void ProgrammeChooser::setMatchAll(bool all) {
    m_matchAll->setChecked(all);
}

void ProgrammeChooser::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace eligicheck

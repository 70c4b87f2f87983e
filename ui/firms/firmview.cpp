#include "firmview.h"

#include "summaryreport.h"

#include "assessmentservice.h"

#include "explanation.h"
#include "firmanswersmodel.h"
#include "firmassessmentsmodel.h"
#include "firmyearsmodel.h"
#include "reportbuilder.h"
#include "reportcontroller.h"
#include "rulelibrary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace eligicheck {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent) {
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setWordWrap(true);
    // Columns fit their content; the one of prose (a question, a document title) takes the width
    // left and elides, its tooltip giving the full text (see sizeColumns).
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(false);
    v->verticalHeader()->hide();
    return v;
}

// Lays a table's columns out again when it is shown or resized: the stretched column kept the
// width it got while the table was hidden (another tab, or before the window took the screen's
// size), leaving the last columns past the right edge.
class RefitOnShow : public QObject {
public:
    RefitOnShow(QTableView *view, int column)
        : QObject(view)
        , m_view(view)
        , m_column(column) {
        view->installEventFilter(this);
    }
    void refit() const {
        QHeaderView *header = m_view->horizontalHeader();
        if (m_column >= header->count()) return;
        // A change of mode lays out the auto-sized sections again (setting the same mode does not).
        header->setSectionResizeMode(m_column, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(m_column, QHeaderView::Stretch);
    }
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_view && (event->type() == QEvent::Show || event->type() == QEvent::Resize)) refit();
        return false;
    }

private:
    QTableView *m_view;
    int m_column;
};

// The prose column of a table of makeTable: stretched to the width the others leave (again after
// the model changes: the by-year table has a column per year).
void stretchColumn(QTableView *v, int column) {
    auto *fit = new RefitOnShow(v, column);
    fit->refit();
    QAbstractItemModel *m = v->model();
    QObject::connect(m, &QAbstractItemModel::modelReset, fit, &RefitOnShow::refit);
    QObject::connect(m, &QAbstractItemModel::columnsInserted, fit, &RefitOnShow::refit);
    QObject::connect(m, &QAbstractItemModel::rowsInserted, fit, &RefitOnShow::refit);
    QObject::connect(m, &QAbstractItemModel::dataChanged, fit, &RefitOnShow::refit);
}
} // namespace

FirmView::FirmView(Database &db, Lang lang, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_lang(lang)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_answers(new FirmAnswersModel(db, lang, this))
    , m_assessments(new FirmAssessmentsModel(db, lang, this))
    , m_years(new FirmYearsModel(db, lang, this))
    , m_history(new QStandardItemModel(this))
    , m_answersView(makeTable(m_answers, QStringLiteral("firmAnswers"), this))
    , m_assessmentsView(makeTable(m_assessments, QStringLiteral("firmAssessments"), this))
    , m_yearsView(makeTable(m_years, QStringLiteral("firmYears"), this))
    , m_historyView(makeTable(m_history, QStringLiteral("answerHistory"), this))
    , m_assess(new QPushButton(tr("&New assessment…"), this))
    , m_summaryButton(new QPushButton(tr("At a &glance…"), this))
    , m_recheck(new QPushButton(tr("Re-&check"), this)) {
    setObjectName(QStringLiteral("firmView"));
    stretchColumn(m_answersView, FirmAnswersModel::QuestionColumn);
    stretchColumn(m_yearsView, 0);
    stretchColumn(m_assessmentsView, FirmAssessmentsModel::RuleSetColumn);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_title->setObjectName(QStringLiteral("firmTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("firmMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_assess->setObjectName(QStringLiteral("newFirmAssessment"));
    m_assess->setToolTip(tr("Start the questionnaire from this firm's stored answers; only what is "
                            "missing is asked"));
    m_recheck->setObjectName(QStringLiteral("recheckFirm"));
    m_recheck->setToolTip(
        tr("Evaluate again the assessments whose rules have changed and show what changed"));
    m_answersView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    m_answersView->setAccessibleName(tr("Stored answers"));
    m_answersView->setToolTip(tr("Double-click an answer to change it; units such as 8000万 or 0.8亿元 are "
                                 "understood. Empty removes the answer."));
    m_assessmentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->setObjectName(QStringLiteral("firmTabs"));
    m_tabs->addTab(m_answersView, tr("&Answers"));
    m_yearsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_yearsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_yearsView->setAccessibleName(tr("Figures by fiscal year"));
    m_yearsView->setToolTip(tr("One column per fiscal year; double-click a cell to enter or change that "
                               "year's figure (8000万, 0.8亿元). Empty removes it."));
    m_tabs->addTab(m_yearsView, tr("By &year"));
    m_tabs->addTab(m_assessmentsView, tr("A&ssessments"));
    // An empty history says how to fill it.
    m_historyHint = new QLabel(tr("Select an answer on the Answers tab to see every value it has had: "
                                  "what was entered, by whom and when."),
                               this);
    m_historyHint->setObjectName(QStringLiteral("historyHint"));
    m_historyHint->setWordWrap(true);
    auto *historyPage = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyHint);
    historyLayout->addWidget(m_historyView, 1);
    m_tabs->addTab(historyPage, tr("&History"));
    m_assessmentsView->setToolTip(
        tr("Double-click an assessment to open its report, to read, print or export"));

    // The title on a line of its own: a long firm name never squeezes the buttons together.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_summaryButton);
    buttons->addWidget(m_assess);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    m_report = new ReportController(
        this, [this](QString *error) { return reportOf(currentAssessmentId(), error); }, this);
    m_summary = new ReportController(
        this, [this](QString *error) { return summaryReport(error); }, this);
    m_summaryButton->setObjectName(QStringLiteral("firmSummary"));
    m_summaryButton->setToolTip(
        tr("One page (可申报事项一览) of the programmes the firm is eligible for, those to "
           "review or still undetermined, and the answers that would decide the most — "
           "to print or save as PDF"));
    connect(m_summaryButton, &QPushButton::clicked, m_summary, &ReportController::previewWithDialog);

    connect(m_answers, &FirmAnswersModel::editRefused, this,
            [this](const QString &r) { showMessage(r, true); });
    connect(m_years, &FirmYearsModel::editRefused, this, [this](const QString &r) { showMessage(r, true); });
    // A figure changed in one table is shown changed in the other.
    connect(m_years, &FirmYearsModel::answerSaved, this, [this] {
        showMessage(QString(), false);
        m_answers->reload();
        emit answersChanged(m_firm.id);
    });
    connect(m_answers, &FirmAnswersModel::answerSaved, this, [this] {
        showMessage(QString(), false);
        m_years->reload();
        showHistory();
        emit answersChanged(m_firm.id);
    });
    connect(m_answersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FirmView::showHistory);
    connect(m_assessmentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FirmView::updateReportAvailability);
    connect(m_assessmentsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Assessment *a = m_assessments->assessment(index.row())) emit assessmentOpened(a->id);
    });
    connect(m_assess, &QPushButton::clicked, this, [this] { emit assessRequested(m_firm.id); });
    connect(m_recheck, &QPushButton::clicked, this, [this] { emit recheckRequested(m_firm.id); });
    setFirm(0);
}

void FirmView::setLibrary(std::shared_ptr<const RuleLibrary> library) {
    m_library = library;
    m_answers->setLibrary(library);
    m_years->setLibrary(library);
    m_assessments->setLibrary(library);
}

void FirmView::showMessage(const QString &text, bool error) {
    // A symbol as well as the words, so the message does not depend on colour.
    m_message->setText(error && !text.isEmpty() ? QStringLiteral("⚠ ") + text : text);
    m_message->setProperty("error", error);
    m_message->setVisible(!text.isEmpty());
}

void FirmView::setFirm(qint64 firmId) {
    m_firm = Firm();
    if (firmId != 0 && m_db.isOpen()) {
        Result<Firm> f = FirmRepository(m_db).firm(firmId);
        if (f.ok())
            m_firm = f.value();
        else
            showMessage(f.error().message, true);
    }
    if (m_firm.id != 0) showMessage(QString(), false);
    m_title->setText(m_firm.id == 0
                         ? tr("Choose a firm in the list.")
                         : QStringLiteral("<b>%1</b> %2")
                               .arg(m_firm.name.toHtmlEscaped(), m_firm.creditCode.toHtmlEscaped()));
    m_assess->setEnabled(m_firm.id != 0);
    m_recheck->setEnabled(m_firm.id != 0);
    reload();
}

void FirmView::reload() {
    StorageError e = m_answers->setFirm(m_firm.id);
    if (e.ok()) e = m_years->setFirm(m_firm.id);
    if (e.ok()) e = m_assessments->setFirm(m_firm.id);
    if (!e.ok()) showMessage(e.message, true);
    // No resizeColumnsToContents() here: it would give the stretched prose column its full text's
    // width and push the last columns past the edge. The columns size themselves (makeTable,
    // stretchColumn) when the models reset.
    showHistory();
    updateReportAvailability();
}

std::optional<Report> FirmView::reportOf(qint64 id, QString *error) const {
    if (id == 0 || !m_library) {
        if (error) *error = tr("This firm has no saved assessment to report yet.");
        return std::nullopt;
    }
    Result<Assessment> a = AssessmentStore(m_db).assessment(id);
    if (!a.ok()) {
        if (error) *error = a.error().message;
        return std::nullopt;
    }
    std::optional<ReportInput> in = ReportInput::forStoredInputs(*m_library, a->ruleSetId, a->inputs, a->asOf,
                                                                 m_firm.name, m_firm.creditCode, error);
    if (!in) return std::nullopt;
    // The programmes the assessment was made for, not the whole document.
    QStringList programmes;
    for (const ProgrammeSnapshot &p : a->programmes)
        programmes << p.programmeId;
    for (RuleSetResult &r : in->results)
        AssessmentService::limitTo(r, programmes);
    if (AssessmentStore::staleness(*a, AssessmentStore::currentHashes(*m_library)) != Staleness::Current)
        in->notices << tr("Regenerated from the assessment saved on %1 with the rules loaded now; the "
                          "rules of this document have changed since that assessment.")
                           .arg(a->createdAt.left(10));
    return ReportBuilder(m_library->facts(), m_lang).build(*in);
}

qint64 FirmView::currentAssessmentId() const {
    const QModelIndex current = m_assessmentsView->currentIndex();
    const Assessment *a = m_assessments->assessment(current.isValid() ? current.row() : 0);
    return a ? a->id : 0;
}

std::optional<Report> FirmView::summaryReport(QString *error) const {
    if (m_firm.id == 0 || !m_library) {
        if (error) *error = tr("This firm has no saved assessment to report yet.");
        return std::nullopt;
    }
    Result<QVector<Assessment>> latest = AssessmentStore(m_db).latestPerRuleSet(m_firm.id);
    if (!latest.ok()) {
        if (error) *error = latest.error().message;
        return std::nullopt;
    }
    ReportInput input;
    input.firmName = m_firm.name;
    input.creditCode = m_firm.creditCode;
    input.assessedOn = QDate::currentDate();
    for (const Assessment &a : latest.value()) {
        std::optional<ReportInput> one = ReportInput::forStoredInputs(
            *m_library, a.ruleSetId, a.inputs, a.asOf, m_firm.name, m_firm.creditCode, error);
        if (!one) return std::nullopt;
        QStringList programmes; // as assessed, not the whole document
        for (const ProgrammeSnapshot &p : a.programmes)
            programmes << p.programmeId;
        for (RuleSetResult &r : one->results)
            AssessmentService::limitTo(r, programmes);
        input.asOf = qMax(input.asOf, a.asOf);
        input.results += one->results;
    }
    if (input.results.isEmpty()) {
        if (error) *error = tr("This firm has no saved assessment to report yet.");
        return std::nullopt;
    }
    return SummaryReportBuilder(m_library->facts(), m_lang).build(input);
}

void FirmView::updateReportAvailability() {
    m_report->setAvailable(currentAssessmentId() != 0);
    m_summary->setAvailable(currentAssessmentId() != 0);
    m_summaryButton->setEnabled(currentAssessmentId() != 0);
}

void FirmView::showHistory() {
    // Every earlier value of the selected answer, newest first, so a consultant sees who
    // changed what and when.
    m_history->clear();
    m_historyHint->setVisible(!m_answersView->currentIndex().isValid());
    m_history->setHorizontalHeaderLabels(
        {tr("Answer"), tr("Entered as"), tr("Changed by"), tr("Changed at")});
    const QModelIndex current = m_answersView->currentIndex();
    if (!current.isValid() || m_firm.id == 0) return;
    const QString factId = current.siblingAtColumn(0).data(FirmAnswersModel::FactIdRole).toString();
    const int year = current.siblingAtColumn(0).data(FirmAnswersModel::FiscalYearRole).toInt();
    Result<QVector<StoredAnswer>> h = FirmRepository(m_db).answerHistory(m_firm.id, factId, year);
    if (!h.ok()) return showMessage(h.error().message, true);
    const FactDefinition *fact = m_library ? m_library->facts().find(factId) : nullptr;
    for (auto it = h->crbegin(); it != h->crend(); ++it) {
        const QString value = fact ? formatFactValue(*fact, it->value, m_lang) : it->value.toPlainString();
        m_history->appendRow({new QStandardItem(it->value.isKnown() ? value : tr("(removed)")),
                              new QStandardItem(it->entered), new QStandardItem(it->changedBy),
                              new QStandardItem(it->changedAt.left(19).replace(u'T', u' '))});
    }
    for (int r = 0; r < m_history->rowCount(); ++r)
        for (int c = 0; c < m_history->columnCount(); ++c)
            if (QStandardItem *i = m_history->item(r, c)) i->setEditable(false);
}

} // namespace eligicheck

#include "rulesetdiff.h"

#include "clauselabel.h"
#include "explanation.h"

namespace eligicheck {

namespace {

QString dateText(const std::optional<QDate> &d) {
    return d && d->isValid() ? d->toString(Qt::ISODate) : QString();
}

QString bandsText(const Programme &p, Lang lang) {
    if (!p.outcome) return QString();
    QStringList out;
    for (const Band &b : p.outcome->bands)
        out << b.label.get(lang) + u' ' + b.rangeText();
    return out.join(QStringLiteral("; "));
}

// Builds the sentences; one instance per compared rule set.
class Differ {
public:
    Differ(const RuleSet &a, const RuleSet &b, Lang lang, QVector<RuleChange> &out)
        : m_a(a)
        , m_b(b)
        , m_lang(lang)
        , m_out(out) {}

    void run() {
        field(QString(), QString(), QStringLiteral("title"), RuleSetDiff::tr("title"), m_a.title, m_b.title);
        field(QString(), QString(), QStringLiteral("document_number"),
              RuleSetDiff::tr("document number (文号)"), m_a.documentNumber, m_b.documentNumber);
        field(QString(), QString(), QStringLiteral("issuers"), RuleSetDiff::tr("issuers"),
              m_a.issuers.join(QStringLiteral("、")), m_b.issuers.join(QStringLiteral("、")));
        field(QString(), QString(), QStringLiteral("issued"), RuleSetDiff::tr("date of issue"),
              dateText(m_a.issued), dateText(m_b.issued));
        field(QString(), QString(), QStringLiteral("effective_from"), RuleSetDiff::tr("in force from"),
              m_a.effectiveFrom.toString(Qt::ISODate), m_b.effectiveFrom.toString(Qt::ISODate));
        field(QString(), QString(), QStringLiteral("effective_to"), RuleSetDiff::tr("in force until"),
              dateText(m_a.effectiveTo), dateText(m_b.effectiveTo));
        field(QString(), QString(), QStringLiteral("verified_on"), RuleSetDiff::tr("verified on"),
              m_a.verifiedOn.toString(Qt::ISODate), m_b.verifiedOn.toString(Qt::ISODate));
        field(QString(), QString(), QStringLiteral("source"), RuleSetDiff::tr("official text"), m_a.source,
              m_b.source);
        for (const Programme &pa : m_a.programmes) {
            const Programme *pb = m_b.programme(pa.id);
            if (!pb)
                add(pa.id, QString(), QStringLiteral("removed"), pa.title.get(m_lang), QString(),
                    RuleSetDiff::tr("programme removed: %1").arg(pa.title.get(m_lang)));
            else
                programme(pa, *pb);
        }
        for (const Programme &pb : m_b.programmes)
            if (!m_a.programme(pb.id))
                add(pb.id, QString(), QStringLiteral("added"), QString(), pb.title.get(m_lang),
                    RuleSetDiff::tr("new programme: %1").arg(pb.title.get(m_lang)));
    }

private:
    void add(const QString &programme, const QString &item, const QString &what, const QString &before,
             const QString &after, const QString &text) {
        m_out.append({m_b.id, programme, item, what, before, after, text});
    }

    // "<where> <label>: <old> → <new>", or nothing when equal.
    // `shownBefore`/`shownAfter`: the values as the reader sees them, where that differs from
    // what the JSON keeps (a clause label in English).
    void field(const QString &programme, const QString &item, const QString &what, const QString &label,
               const QString &before, const QString &after, const QString &where = QString(),
               const QString &shownBefore = QString(), const QString &shownAfter = QString()) {
        if (before == after) return;
        const auto shown = [](const QString &v, const QString &reader) {
            return v.isEmpty() ? RuleSetDiff::tr("(none)") : reader.isEmpty() ? v : reader;
        };
        add(programme, item, what, before, after,
            RuleSetDiff::tr("%1%2: %3 → %4")
                .arg(where.isEmpty() ? QString() : where + u' ', label, shown(before, shownBefore),
                     shown(after, shownAfter)));
    }

    static QString criterionName(const Programme &p, const Criterion &c, Lang lang) {
        QString s = p.title.get(lang) + u' ' + clauseLabelOf(c, lang);
        if (!c.label.isEmpty()) s += u' ' + c.label.get(lang);
        return s;
    }

    void programme(const Programme &a, const Programme &b) {
        const QString title = b.title.get(m_lang);
        field(b.id, QString(), QStringLiteral("title"), RuleSetDiff::tr("programme title"),
              a.title.get(m_lang), title);
        field(b.id, QString(), QStringLiteral("effective_to"), RuleSetDiff::tr("in force until"),
              dateText(a.effectiveTo), dateText(b.effectiveTo), title);
        for (const Criterion &ca : a.criteria) {
            if (ca.implicitInForce) continue;
            const Criterion *cb = b.criterion(ca.id);
            if (!cb) {
                add(b.id, ca.id, QStringLiteral("removed"), ca.quote, QString(),
                    RuleSetDiff::tr("%1: clause removed (“%2”)").arg(criterionName(a, ca, m_lang), ca.quote));
                continue;
            }
            const QString where = criterionName(b, *cb, m_lang);
            field(b.id, cb->id, QStringLiteral("clause"), RuleSetDiff::tr("clause"), ca.clause, cb->clause,
                  where, clauseLabelOf(ca, m_lang), clauseLabelOf(*cb, m_lang));
            field(b.id, cb->id, QStringLiteral("quote"), RuleSetDiff::tr("text"), ca.quote, cb->quote, where);
            field(b.id, cb->id, QStringLiteral("kind"), RuleSetDiff::tr("kind"), kindText(ca.kind, m_lang),
                  kindText(cb->kind, m_lang), where);
            // Conditions are expressions over fact ids: the sentence says that it changed, the
            // JSON carries both expressions.
            for (const auto &[what, label, ea, eb] :
                 {std::tuple{QStringLiteral("condition"), RuleSetDiff::tr("condition"), &ca.condition,
                             &cb->condition},
                  std::tuple{QStringLiteral("applies_when"), RuleSetDiff::tr("when it applies"),
                             &ca.appliesWhen, &cb->appliesWhen},
                  std::tuple{QStringLiteral("waived_when"), RuleSetDiff::tr("when it is waived"),
                             &ca.waivedWhen, &cb->waivedWhen}}) {
                const QString sa = ea->source().simplified(), sb = eb->source().simplified();
                if (sa != sb)
                    add(b.id, cb->id, what, sa, sb, RuleSetDiff::tr("%1: %2 changed").arg(where, label));
            }
        }
        for (const Criterion &cb : b.criteria)
            if (!cb.implicitInForce && !a.criterion(cb.id))
                add(b.id, cb.id, QStringLiteral("added"), QString(), cb.quote,
                    RuleSetDiff::tr("%1: new clause (“%2”)").arg(criterionName(b, cb, m_lang), cb.quote));
        for (const Amount &aa : a.amounts) {
            const Amount *ab = b.amount(aa.id);
            const QString where = title + u' ' + clauseLabelOf(aa, m_lang) + u' ' + aa.label.get(m_lang);
            if (!ab) {
                add(b.id, aa.id, QStringLiteral("removed"), aa.quote, QString(),
                    RuleSetDiff::tr("%1: support amount removed").arg(where));
                continue;
            }
            const QString whereB = title + u' ' + clauseLabelOf(*ab, m_lang) + u' ' + ab->label.get(m_lang);
            field(b.id, ab->id, QStringLiteral("quote"), RuleSetDiff::tr("text"), aa.quote, ab->quote,
                  whereB);
            if (aa.max.source().simplified() != ab->max.source().simplified() ||
                aa.min.source().simplified() != ab->min.source().simplified())
                add(b.id, ab->id, QStringLiteral("amount"), aa.max.source().simplified(),
                    ab->max.source().simplified(),
                    RuleSetDiff::tr("%1: the amount's calculation changed").arg(whereB));
        }
        for (const Amount &ab : b.amounts)
            if (!a.amount(ab.id))
                add(b.id, ab.id, QStringLiteral("added"), QString(), ab.quote,
                    RuleSetDiff::tr("%1: new support amount")
                        .arg(title + u' ' + clauseLabelOf(ab, m_lang) + u' ' + ab.label.get(m_lang)));
        field(b.id, QStringLiteral("outcome"), QStringLiteral("bands"), RuleSetDiff::tr("outcome bands"),
              bandsText(a, m_lang), bandsText(b, m_lang), title);
    }

    const RuleSet &m_a;
    const RuleSet &m_b;
    Lang m_lang;
    QVector<RuleChange> &m_out;
};

} // namespace

QVector<RuleChange> RuleSetDiff::compare(const RuleLibrary &before, const RuleLibrary &after, Lang lang) {
    QVector<RuleChange> out;
    auto docName = [](const RuleSet &rs) {
        return rs.documentNumber.isEmpty() ? QStringLiteral("《%1》").arg(rs.title)
                                           : QStringLiteral("《%1》（%2）").arg(rs.title, rs.documentNumber);
    };
    for (const auto &a : before.ruleSets()) {
        const RuleSet *b = after.ruleSet(a->id);
        if (!b) {
            out.append({a->id, QString(), QString(), QStringLiteral("removed"), a->title, QString(),
                        tr("document removed: %1").arg(docName(*a))});
            continue;
        }
        Differ(*a, *b, lang, out).run();
    }
    for (const auto &b : after.ruleSets())
        if (!before.ruleSet(b->id))
            out.append({b->id, QString(), QString(), QStringLiteral("added"), QString(), b->title,
                        tr("new document: %1").arg(docName(*b))});
    return out;
}

} // namespace eligicheck

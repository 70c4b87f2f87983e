#include "resultjson.h"

#include "explanation.h"

namespace eligicheck {

namespace {
Json dateOrNull(const std::optional<QDate> &d) { return d ? Json(d->toString(Qt::ISODate)) : Json(); }
Json textOrNull(const LocalizedText &t, Lang lang) { return t.isEmpty() ? Json() : Json(t.get(lang)); }
} // namespace

Json ruleSetResultToJson(const RuleSetResult &r, const FactRegistry &facts, Lang lang)
{
    const RuleSet &rs = *r.ruleSet;
    Json o = Json::object();
    o.insert(QStringLiteral("ruleset"), rs.id);
    o.insert(QStringLiteral("title"), rs.title);
    o.insert(QStringLiteral("document_number"), rs.documentNumber.isEmpty() ? Json() : Json(rs.documentNumber));
    o.insert(QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate));
    o.insert(QStringLiteral("in_force"), r.inForce);
    o.insert(QStringLiteral("region"), rs.region);
    Json progs = Json::array();
    for (const ProgrammeResult &p : r.programmes) {
        Json pj = Json::object();
        pj.insert(QStringLiteral("id"), p.programme->id);
        pj.insert(QStringLiteral("title"), p.programme->title.get(lang));
        pj.insert(QStringLiteral("verdict"), verdictName(p.verdict));
        pj.insert(QStringLiteral("in_force"), p.inForce);
        Json types = Json::array();
        for (const QString &t : p.programme->applicantTypes) types.append(t);
        pj.insert(QStringLiteral("applicant_types"), types);
        Json crits = Json::array();
        for (const CriterionResult &c : p.criteria) {
            Json cj = Json::object();
            cj.insert(QStringLiteral("id"), c.criterion->id);
            cj.insert(QStringLiteral("clause"), c.criterion->clause);
            cj.insert(QStringLiteral("kind"), criterionKindName(c.criterion->kind));
            cj.insert(QStringLiteral("status"), criterionStatusName(c.status));
            cj.insert(QStringLiteral("quote"), c.criterion->quote);
            cj.insert(QStringLiteral("explanation"), explainCriterion(c, rs, facts, r.asOf, lang));
            Json missing = Json::array();
            for (int s : c.missing) missing.append(facts.at(s).id);
            cj.insert(QStringLiteral("missing"), missing);
            cj.insert(QStringLiteral("interpretation"), textOrNull(c.criterion->interpretation, lang));
            crits.append(cj);
        }
        pj.insert(QStringLiteral("criteria"), crits);
        if (p.outcome && p.outcome->band) {
            Json oj = Json::object();
            oj.insert(QStringLiteral("label"), p.outcome->band->label.get(lang));
            oj.insert(QStringLiteral("id"), p.outcome->band->id);
            oj.insert(QStringLiteral("clause"), p.outcome->band->clause.isEmpty() ? p.programme->outcome->clause
                                                                                  : p.outcome->band->clause);
            pj.insert(QStringLiteral("outcome"), oj);
        } else {
            pj.insert(QStringLiteral("outcome"), Json());
        }
        Json amounts = Json::array();
        for (const AmountResult &a : p.amounts) {
            Json aj = Json::object();
            aj.insert(QStringLiteral("id"), a.amount->id);
            aj.insert(QStringLiteral("clause"), a.amount->clause);
            aj.insert(QStringLiteral("max_wan"), a.max.isKnown() ? Json(a.max.number().toString()) : Json());
            aj.insert(QStringLiteral("min_wan"), a.min.isKnown() ? Json(a.min.number().toString()) : Json());
            aj.insert(QStringLiteral("per_year"), a.amount->perYear);
            aj.insert(QStringLiteral("explanation"), explainAmount(a, lang));
            amounts.append(aj);
        }
        pj.insert(QStringLiteral("amounts"), amounts);
        Json missing = Json::array();
        for (int s : p.missing) missing.append(facts.at(s).id);
        pj.insert(QStringLiteral("missing"), missing);
        progs.append(pj);
    }
    o.insert(QStringLiteral("programmes"), progs);
    return o;
}

Json ruleSetToJson(const RuleSet &rs, Lang lang)
{
    Json o = Json::object();
    o.insert(QStringLiteral("ruleset"), rs.id);
    o.insert(QStringLiteral("title"), rs.title);
    o.insert(QStringLiteral("title_en"), Json::stringOrNull(rs.titleEn.isEmpty() ? QString() : rs.titleEn));
    o.insert(QStringLiteral("document_number"), rs.documentNumber.isEmpty() ? Json() : Json(rs.documentNumber));
    Json issuers = Json::array();
    for (const QString &i : rs.issuers) issuers.append(i);
    o.insert(QStringLiteral("issuers"), issuers);
    o.insert(QStringLiteral("issued"), dateOrNull(rs.issued));
    o.insert(QStringLiteral("effective_from"), rs.effectiveFrom.toString(Qt::ISODate));
    o.insert(QStringLiteral("effective_to"), dateOrNull(rs.effectiveTo));
    o.insert(QStringLiteral("region"), rs.region);
    o.insert(QStringLiteral("source"), rs.source);
    o.insert(QStringLiteral("verified_on"), rs.verifiedOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("content_hash"), rs.contentHash);
    Json progs = Json::array();
    for (const Programme &p : rs.programmes) {
        Json pj = Json::object();
        pj.insert(QStringLiteral("id"), p.id);
        pj.insert(QStringLiteral("title"), p.title.get(lang));
        pj.insert(QStringLiteral("applicant"), textOrNull(p.applicant, lang));
        Json crits = Json::array();
        for (const Criterion &c : p.criteria) {
            Json cj = Json::object();
            cj.insert(QStringLiteral("id"), c.id);
            cj.insert(QStringLiteral("clause"), c.clause);
            cj.insert(QStringLiteral("kind"), criterionKindName(c.kind));
            cj.insert(QStringLiteral("quote"), c.quote);
            cj.insert(QStringLiteral("condition"), c.condition.isNull() ? Json() : Json(c.condition.source()));
            cj.insert(QStringLiteral("interpretation"), textOrNull(c.interpretation, lang));
            crits.append(cj);
        }
        pj.insert(QStringLiteral("criteria"), crits);
        Json amounts = Json::array();
        for (const Amount &a : p.amounts) {
            Json aj = Json::object();
            aj.insert(QStringLiteral("id"), a.id);
            aj.insert(QStringLiteral("clause"), a.clause);
            aj.insert(QStringLiteral("quote"), a.quote);
            aj.insert(QStringLiteral("max"), a.max.isNull() ? Json() : Json(a.max.source()));
            aj.insert(QStringLiteral("min"), a.min.isNull() ? Json() : Json(a.min.source()));
            aj.insert(QStringLiteral("per_year"), a.perYear);
            amounts.append(aj);
        }
        pj.insert(QStringLiteral("amounts"), amounts);
        progs.append(pj);
    }
    o.insert(QStringLiteral("programmes"), progs);
    return o;
}

} // namespace eligicheck

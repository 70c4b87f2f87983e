#include "sourcelink.h"

#include "rulelibrary.h"

#include <QUrlQuery>

namespace eligicheck {

namespace {

const QString kScheme = QStringLiteral("eligicheck-source");

QUrl make(const QString &ruleSetId, const QList<QPair<QString, QString>> &items) {
    QUrl url;
    url.setScheme(kScheme);
    url.setPath(ruleSetId);
    QUrlQuery query;
    for (const auto &item : items)
        query.addQueryItem(item.first, item.second);
    url.setQuery(query);
    return url;
}

} // namespace

namespace SourceLink {

QUrl forDocument(const QString &ruleSetId) {
    return make(ruleSetId, {});
}

QUrl forCriterion(const QString &ruleSetId, const QString &programmeId, const QString &criterionId) {
    return make(ruleSetId,
                {{QStringLiteral("programme"), programmeId}, {QStringLiteral("criterion"), criterionId}});
}

QUrl forAmount(const QString &ruleSetId, const QString &programmeId, const QString &amountId) {
    return make(ruleSetId,
                {{QStringLiteral("programme"), programmeId}, {QStringLiteral("amount"), amountId}});
}

QUrl forOutcome(const QString &ruleSetId, const QString &programmeId) {
    return make(ruleSetId, {{QStringLiteral("programme"), programmeId},
                            {QStringLiteral("outcome"), QStringLiteral("1")}});
}

bool isSourceLink(const QUrl &url) {
    return url.scheme() == kScheme;
}

std::optional<SourceTarget> resolve(const QUrl &url, const RuleLibrary &library) {
    if (!isSourceLink(url)) return std::nullopt;
    const RuleSet *rs = library.ruleSet(url.path());
    if (!rs) return std::nullopt;
    const QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("programme")))
        return SourceTarget{rs, QString(), QString(), QString(), QString()};
    const Programme *p = rs->programme(query.queryItemValue(QStringLiteral("programme")));
    if (!p) return std::nullopt;
    if (query.hasQueryItem(QStringLiteral("criterion"))) {
        const Criterion *c = p->criterion(query.queryItemValue(QStringLiteral("criterion")));
        if (!c) return std::nullopt;
        return SourceTarget{rs, c->clause, c->quote, c->source, c->clauseEn};
    }
    if (query.hasQueryItem(QStringLiteral("amount"))) {
        const Amount *a = p->amount(query.queryItemValue(QStringLiteral("amount")));
        if (!a) return std::nullopt;
        return SourceTarget{rs, a->clause, a->quote, a->source, a->clauseEn};
    }
    if (query.hasQueryItem(QStringLiteral("outcome")) && p->outcome)
        return SourceTarget{rs, p->outcome->clause, p->outcome->quote, p->outcome->source,
                            p->outcome->clauseEn};
    return std::nullopt;
}

} // namespace SourceLink

} // namespace eligicheck

#pragma once
// ReviewFilter: which records the reviewer sees — persona, category, status, source kind, a
// quality flag and a text search. The review model and the spot-check sampler turn it into the
// same SQL WHERE clause, so a sample is drawn from exactly what the list shows.

#include <QString>
#include <QVariantList>

struct ReviewFilter
{
    QString persona;     // empty: every persona
    QString category;    // empty: every category; noCategory(): records without one
    QString status;      // a Record::statusName(), empty: any
    QString sourceKind;  // "generated" or "imported", empty: both
    QString flag;        // one quality flag, empty: any
    QString text;        // a substring of instruction, user message, reply, edit or dialogue; "#N": record N

    bool operator==(const ReviewFilter &) const = default;
    bool isEmpty() const { return *this == ReviewFilter(); }

    // The category value that selects the records without a category (an imported dataset's
    // often have none). No category a sheet or a dataset gives is this control character.
    static QString noCategory() { return QStringLiteral("\x01"); }

    // "WHERE …" (or an empty string) with positional placeholders; the values go in *bindings.
    QString whereClause(QVariantList *bindings) const;
};

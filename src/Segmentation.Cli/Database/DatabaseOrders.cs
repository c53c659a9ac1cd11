using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Segmentation.Cli.Input;
using Segmentation.Rfm;

namespace Segmentation.Cli.Database;

/// <summary>
/// RFM over an order table or query: the columns named by the column options are renamed and cast by
/// a mapping query, and the library's <see cref="RfmQueryableExtensions.AggregateRfm{TOrder}"/> groups
/// them in the database, so one row per customer reaches the tool (docs/cli.md, "Reading from a database").
/// </summary>
internal static class DatabaseOrders
{
    /// <summary>
    /// Groups the orders in the database. The mapping query casts the customer id and order id to
    /// text, the amount to <c>numeric</c> (PostgreSQL) or its text (SQLite, which EF Core sums as
    /// <c>decimal</c>), and the date to a timestamp (SQLite: <c>strftime</c>'s text, which EF Core compares
    /// and reads as one), so ids, amounts and dates need not have the types RFM uses. The customers of
    /// <paramref name="suppressed"/> are left out in the query, before the grouping, so they move
    /// neither the default as-of date nor the transaction count. A NULL amount or a value the
    /// database cannot convert is an input error naming the column (<see cref="OrderValueErrors"/>).
    /// </summary>
    public static RfmAggregates Aggregate(DatabaseSource source, TransactionColumns names, DateOnly? asOf, DateOnly? before, Segmentation.Privacy.SuppressionList? suppressed, CancellationToken cancellationToken)
    {
        var customer = source.Column(names.CustomerId, "--customer-column");
        var date = source.Column(names.OrderDate, "--date-column");
        var amount = source.Column(names.Amount, "--amount-column");
        var order = names.OrderId is { } o && source.Has(o) ? source.Column(o, "--order-column") : null;
        var sql = source.Provider == DatabaseProvider.Postgres
            ? $"SELECT CAST({customer} AS text) AS \"CustomerId\", CAST({date} AS timestamp) AS \"OrderedAt\", {OrderValueErrors.Amount(source.Provider, amount, customer)} AS \"Amount\", {(order is null ? "CAST(NULL AS text)" : $"CAST({order} AS text)")} AS \"OrderId\" FROM {source.From}"
            : $"SELECT CAST({customer} AS TEXT) AS \"CustomerId\", COALESCE(strftime('%Y-%m-%d %H:%M:%S', {date}), CAST({date} AS TEXT)) AS \"OrderedAt\", {OrderValueErrors.Amount(source.Provider, amount, customer)} AS \"Amount\", {(order is null ? "NULL" : $"CAST({order} AS TEXT)")} AS \"OrderId\" FROM {source.From}";
        using var context = OrderRowsContext.For(source.Provider, source.Connection);
        IQueryable<OrderRow> rows = context.Orders.FromSqlRaw(sql).AsNoTracking();
        if (suppressed is not null)
        {
            rows = suppressed.Exclude(rows, r => r.CustomerId);
        }

        if (before is { } cut)
        {
            var start = cut.ToDateTime(TimeOnly.MinValue);
            rows = rows.Where(r => r.OrderedAt < start);
        }

        var columns = new RfmOrderColumns<OrderRow>(r => r.CustomerId, r => r.OrderedAt, r => r.Amount, order is null ? null : r => r.OrderId);
        var what = $"could not read the orders of {(source.Name == "query" ? "the query" : $"'{source.Name}'")}";
        return source.Run(
            () =>
            {
                try
                {
                    return rows.AggregateRfm(columns, asOf, cancellationToken);
                }
                catch (DbException e) when (OrderValueErrors.Explain(e, source, names, what) is { } explained)
                {
                    throw explained;
                }
            },
            what);
    }
}

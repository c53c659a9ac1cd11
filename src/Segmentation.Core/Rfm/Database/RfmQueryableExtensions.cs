using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Segmentation.Internal;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Rfm;

/// <summary>
/// RFM where the orders are: the grouping runs in the database (one <c>GROUP BY</c> on the customer
/// id), the per-customer rows stream into the library's columns, raw orders never reach memory.
/// The result is the same <see cref="RfmAggregates"/> as <see cref="RfmAggregator"/> gives for the
/// same rows, so <see cref="RfmPipeline.Run(RfmAggregates, RfmRunOptions?, CancellationToken)"/>
/// scores it with the same cut points (docs/database.md).
/// </summary>
/// <remarks>Provider-neutral LINQ: EF Core on PostgreSQL (Npgsql) is tested; any provider that translates a grouped <c>Max</c>, <c>Sum</c> and <c>Count(Distinct)</c> works.</remarks>
public static class RfmQueryableExtensions
{
    private static readonly MethodInfo GroupByMethod = QueryableMethod(nameof(Queryable.GroupBy), 2, 2);
    private static readonly MethodInfo SelectMethod = QueryableMethod(nameof(Queryable.Select), 2, 2);

    /// <summary>The grouped query: one <see cref="RfmCustomerRow"/> per customer, computed by the provider.</summary>
    /// <typeparam name="TOrder">The order entity.</typeparam>
    /// <param name="orders">The orders (filter them first, e.g. by date or shop).</param>
    /// <param name="columns">Where the orders keep the customer, date, amount and order id.</param>
    /// <returns>The query; enumerate it, or see its SQL with the provider's tools (EF Core's <c>ToQueryString</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IQueryable<RfmCustomerRow> GroupRfmCustomers<TOrder>(this IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(columns);
        var (key, keyText) = GroupingKey(columns.CustomerId);
        var grouping = typeof(IGrouping<,>).MakeGenericType(key.ReturnType, typeof(TOrder));
        var groups = Expression.Call(null, GroupByMethod.MakeGenericMethod(typeof(TOrder), key.ReturnType), orders.Expression, Expression.Quote(key));
        var rows = Expression.Call(null, SelectMethod.MakeGenericMethod(grouping, typeof(RfmCustomerRow)), groups, Expression.Quote(RowSelector(columns, grouping, keyText)));
        return orders.Provider.CreateQuery<RfmCustomerRow>(rows);
    }

    /// <summary>
    /// What the query groups on, and how the group key becomes the customer id. An integer (or
    /// other value) id mapped as <c>o =&gt; o.CustomerId.ToString()</c> is grouped on the column itself
    /// and converted once per customer: grouping on the converted text would hide the column from its
    /// index and hash or sort every order's text (on PostgreSQL, 1M customers: 4.4 s against 19.9 s).
    /// </summary>
    private static (LambdaExpression Key, Func<Expression, Expression> KeyText) GroupingKey<TOrder>(Expression<Func<TOrder, string>> customerId)
    {
        if (customerId.Body is MethodCallExpression { Method.Name: nameof(object.ToString), Arguments.Count: 0, Object: { } value } call
            && value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null)
        {
            return (Expression.Lambda(value, customerId.Parameters), groupKey => Expression.Call(groupKey, call.Method));
        }

        return (customerId, groupKey => groupKey);
    }

    /// <summary>Aggregates the orders in the database into RFM columns.</summary>
    /// <typeparam name="TOrder">The order entity.</typeparam>
    /// <param name="orders">The orders.</param>
    /// <param name="columns">Where the orders keep the customer, date, amount and order id.</param>
    /// <param name="asOf">The date recency is measured to, or <see langword="null"/> for the day after the latest order.</param>
    /// <param name="cancellationToken">Stops reading the rows.</param>
    /// <returns>The customers in ordinal id order, as <see cref="RfmAggregator"/> returns them.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">There are no orders, an order has no customer, an order is after <paramref name="asOf"/>, or a customer's sum does not fit a <see cref="decimal"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RfmAggregates AggregateRfm<TOrder>(this IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var builder = new RowColumns(asOf);
        ReadRows(() =>
        {
            foreach (var row in orders.GroupRfmCustomers(columns))
            {
                cancellationToken.ThrowIfCancellationRequested();
                builder.Add(row);
            }
        });
        return builder.Build(cancellationToken);
    }

    /// <summary>Aggregates the orders in the database into RFM columns, reading the rows asynchronously when the provider can (EF Core).</summary>
    /// <typeparam name="TOrder">The order entity.</typeparam>
    /// <param name="orders">The orders.</param>
    /// <param name="columns">Where the orders keep the customer, date, amount and order id.</param>
    /// <param name="asOf">The date recency is measured to, or <see langword="null"/> for the day after the latest order.</param>
    /// <param name="cancellationToken">Stops the query and the reading.</param>
    /// <returns>The customers in ordinal id order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">As for <see cref="AggregateRfm{TOrder}"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<RfmAggregates> AggregateRfmAsync<TOrder>(this IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        // Validated eagerly, so a null argument fails at the call rather than at the await.
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(columns);
        return AggregateCoreAsync(orders, columns, asOf, cancellationToken);
    }

    private static async Task<RfmAggregates> AggregateCoreAsync<TOrder>(IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var query = orders.GroupRfmCustomers(columns);
        if (query is not IAsyncEnumerable<RfmCustomerRow> rows)
        {
            return orders.AggregateRfm(columns, asOf, cancellationToken);
        }

        var builder = new RowColumns(asOf);
        try
        {
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                builder.Add(row);
            }
        }
        catch (OverflowException e)
        {
            throw SumOutOfRange(e);
        }

        return builder.Build(cancellationToken);
    }

    private static void ReadRows(Action read)
    {
        try
        {
            read();
        }
        catch (OverflowException e)
        {
            throw SumOutOfRange(e);
        }
    }

    // Npgsql reports a numeric beyond decimal's range as an OverflowException while reading the row.
    private static SegmentationException SumOutOfRange(OverflowException inner) =>
        new($"A customer's sum of amounts computed by the database does not fit a decimal (±{decimal.MaxValue.ToString(CultureInfo.InvariantCulture)}, 28 significant digits): {inner.Message} Check the amounts for wrong values, or aggregate in smaller units.", "orders.amount");

    /// <summary>g => new RfmCustomerRow { CustomerId = text(g.Key), LastOrderedAt = g.Max(date), Orders = ..., Lines = g.Count(), Monetary = g.Sum(amount) }.</summary>
    private static LambdaExpression RowSelector<TOrder>(RfmOrderColumns<TOrder> columns, Type grouping, Func<Expression, Expression> keyText)
    {
        var g = Expression.Parameter(grouping, "g");
        var lines = Expression.Call(EnumerableMethod(nameof(Enumerable.Count), 1, 1).MakeGenericMethod(typeof(TOrder)), g);
        var bindings = new List<MemberBinding>
        {
            Bind(nameof(RfmCustomerRow.CustomerId), keyText(Expression.Property(g, nameof(IGrouping<string, TOrder>.Key)))),
            Bind(nameof(RfmCustomerRow.LastOrderedAt), Expression.Call(EnumerableSelector(nameof(Enumerable.Max), typeof(TOrder), typeof(DateTime)), g, columns.OrderedAt)),
            Bind(nameof(RfmCustomerRow.Orders), columns.OrderId is null ? lines : DistinctOrders(g, columns.OrderId)),
            Bind(nameof(RfmCustomerRow.Lines), lines),
            Bind(nameof(RfmCustomerRow.Monetary), Expression.Call(EnumerableSum<TOrder>(), g, columns.Amount)),
        };
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(grouping, typeof(RfmCustomerRow)), Expression.MemberInit(Expression.New(typeof(RfmCustomerRow)), bindings), g);
    }

    /// <summary>COUNT(DISTINCT order id) + the lines without one (each its own order, as in memory; COUNT(DISTINCT) skips nulls).</summary>
    private static BinaryExpression DistinctOrders<TOrder>(ParameterExpression g, Expression<Func<TOrder, string?>> orderId)
    {
        var order = Expression.Parameter(typeof(TOrder), "o");
        var id = ParameterReplacer.Inline(orderId, order);
        var hasId = Expression.Lambda<Func<TOrder, bool>>(Expression.NotEqual(id, Expression.Constant(null, typeof(string))), order);
        var noId = Expression.Lambda<Func<TOrder, bool>>(Expression.Equal(id, Expression.Constant(null, typeof(string))), order);
        var withIds = Expression.Call(EnumerableMethod(nameof(Enumerable.Where), 2, 1, predicateArity: 2).MakeGenericMethod(typeof(TOrder)), g, hasId);
        var ids = Expression.Call(EnumerableMethod(nameof(Enumerable.Select), 2, 2, predicateArity: 2).MakeGenericMethod(typeof(TOrder), typeof(string)), withIds, orderId);
        var distinct = Expression.Call(EnumerableMethod(nameof(Enumerable.Distinct), 1, 1).MakeGenericMethod(typeof(string)), ids);
        var distinctCount = Expression.Call(EnumerableMethod(nameof(Enumerable.Count), 1, 1).MakeGenericMethod(typeof(string)), distinct);
        var nullCount = Expression.Call(EnumerableMethod(nameof(Enumerable.Count), 2, 1).MakeGenericMethod(typeof(TOrder)), g, noId);
        return Expression.Add(distinctCount, nullCount);
    }

    private static MemberAssignment Bind(string property, Expression value) =>
        Expression.Bind(typeof(RfmCustomerRow).GetProperty(property)!, value);

    private static MethodInfo QueryableMethod(string name, int parameters, int generics) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters && m.GetGenericArguments().Length == generics
            && m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2);

    private static MethodInfo EnumerableMethod(string name, int parameters, int generics, int predicateArity = 0) =>
        typeof(Enumerable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters && m.GetGenericArguments().Length == generics
            && (predicateArity == 0 || m.GetParameters()[1].ParameterType.GetGenericArguments().Length == predicateArity));

    /// <summary>Enumerable.Max&lt;TSource, TResult&gt;(source, Func&lt;TSource, TResult&gt;).</summary>
    private static MethodInfo EnumerableSelector(string name, Type source, Type result) =>
        typeof(Enumerable).GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 2 && m.GetParameters().Length == 2
            && m.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == typeof(Func<,>)).MakeGenericMethod(source, result);

    /// <summary>Enumerable.Sum&lt;TSource&gt;(source, Func&lt;TSource, decimal&gt;).</summary>
    private static MethodInfo EnumerableSum<TOrder>() =>
        typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Sum) && m.IsGenericMethodDefinition && m.GetParameters().Length == 2
            && m.GetParameters()[1].ParameterType == typeof(Func<,>).MakeGenericType(m.GetGenericArguments()[0], typeof(decimal))).MakeGenericMethod(typeof(TOrder));

    /// <summary>Collects the streamed rows into the columns the library's aggregation builds, with its rules and errors.</summary>
    private sealed class RowColumns(DateOnly? asOf)
    {
        private readonly List<string> _ids = [];
        private CustomerTotals[] _totals = new CustomerTotals[1024];
        private int _latest = int.MinValue;
        private long _lines;

        public void Add(RfmCustomerRow row)
        {
            if (row.CustomerId is null)
            {
                throw new SegmentationException("Some orders have no customer id (the database grouped them under NULL). Every order needs one; filter them out or fix the column.", "orders.customerId");
            }

            var day = DateOnly.FromDateTime(row.LastOrderedAt).DayNumber;
            if (asOf is { } date && day > date.DayNumber)
            {
                throw AggregationRules.FutureDate($"Customer '{row.CustomerId}'", DateOnly.FromDayNumber(day), date, $"orders[customer '{row.CustomerId}'].orderedAt");
            }

            var c = _ids.Count;
            if (c == _totals.Length)
            {
                Array.Resize(ref _totals, (int)Math.Min(Array.MaxLength, 2L * c));
            }

            _totals[c] = new CustomerTotals { Sum = row.Monetary, LastDay = day, Frequency = row.Orders };
            _ids.Add(row.CustomerId);
            _latest = Math.Max(_latest, day);
            _lines += row.Lines;
        }

        public RfmAggregates Build(CancellationToken cancellationToken)
        {
            if (_ids.Count == 0)
            {
                throw RfmPipeline.NothingToScore();
            }

            var columns = AggregationRules.Columns(_totals.AsSpan(0, _ids.Count), [.. _ids], _latest, asOf, _lines, c => $"customer '{_ids[c]}'");
            return RfmAggregates.FromColumns(columns, cancellationToken);
        }
    }
}

using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Segmentation.Internal;

namespace Segmentation.Rfm;

/// <summary>
/// RFM where the orders are: the grouping runs in the database (one <c>GROUP BY</c> on the customer
/// id), the per-customer rows stream into the library's columns, raw orders never reach memory.
/// The result is the same <see cref="RfmAggregates"/> as <see cref="RfmAggregator"/> gives for the
/// same rows, so <see cref="RfmPipeline.Run(RfmAggregates, RfmRunOptions?, CancellationToken)"/>
/// scores it with the same cut points (docs/database.md).
/// </summary>
/// <remarks>Provider-neutral LINQ: EF Core on PostgreSQL (Npgsql) is tested; any provider that translates a grouped <c>Max</c>, <c>Sum</c> and <c>Count(Distinct)</c> works.</remarks>
public static partial class RfmQueryableExtensions
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
        return (IQueryable<RfmCustomerRow>)GroupRows(orders, columns, key, keyText, typeof(RfmCustomerRow));
    }

    /// <summary>orders.GroupBy(key).Select(g =&gt; new TRow { ... }) for the row type given.</summary>
    private static IQueryable GroupRows<TOrder>(IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns, LambdaExpression key, Func<Expression, Expression> keyText, Type rowType)
    {
        var grouping = typeof(IGrouping<,>).MakeGenericType(key.ReturnType, typeof(TOrder));
        var groups = Expression.Call(null, GroupByMethod.MakeGenericMethod(typeof(TOrder), key.ReturnType), orders.Expression, Expression.Quote(key));
        var rows = Expression.Call(null, SelectMethod.MakeGenericMethod(grouping, rowType), groups, Expression.Quote(RowSelector(columns, grouping, keyText, rowType)));
        return orders.Provider.CreateQuery(rows);
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
    /// <remarks>
    /// On a relational EF Core provider the grouped rows are read from the provider's data reader
    /// (the command EF Core's <c>CreateDbCommand()</c> gives, on the context's connection and
    /// transaction) into the columns, and an integer id mapped as <c>o =&gt; o.Id.ToString()</c> stays a
    /// number until its text is asked for: about 64 bytes per customer in the client
    /// (docs/performance.md). EF Core's command interceptors and execution strategy do not see that
    /// command. Other providers, and a model whose value converters change the grouped columns' types,
    /// go through the provider's own materialization.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">There are no orders, an order has no customer, an order is after <paramref name="asOf"/>, or a customer's sum does not fit a <see cref="decimal"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RfmAggregates AggregateRfm<TOrder>(this IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(columns);
        try
        {
            return ReadFromDataReader(orders, columns, asOf, cancellationToken) ?? ReadMaterialized(orders, columns, asOf, cancellationToken);
        }
        catch (OverflowException e)
        {
            throw SumOutOfRange(e);
        }
    }

    /// <summary>Aggregates the orders in the database into RFM columns, reading the rows asynchronously when the provider can (EF Core).</summary>
    /// <typeparam name="TOrder">The order entity.</typeparam>
    /// <param name="orders">The orders.</param>
    /// <param name="columns">Where the orders keep the customer, date, amount and order id.</param>
    /// <param name="asOf">The date recency is measured to, or <see langword="null"/> for the day after the latest order.</param>
    /// <param name="cancellationToken">Stops the query and the reading.</param>
    /// <returns>The customers in ordinal id order.</returns>
    /// <remarks>Reads as <see cref="AggregateRfm{TOrder}"/> does, with the data reader's asynchronous methods.</remarks>
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
        try
        {
            return await ReadFromDataReaderAsync(orders, columns, asOf, cancellationToken).ConfigureAwait(false)
                ?? await ReadMaterializedAsync(orders, columns, asOf, cancellationToken).ConfigureAwait(false);
        }
        catch (OverflowException e)
        {
            throw SumOutOfRange(e);
        }
    }

    /// <summary>The error for grouped rows without a customer id.</summary>
    internal static SegmentationException NoCustomer() =>
        new("Some orders have no customer id (the database grouped them under NULL). Every order needs one; filter them out or fix the column.", "orders.customerId");

    // Npgsql reports a numeric beyond decimal's range as an OverflowException while reading the row.
    private static SegmentationException SumOutOfRange(OverflowException inner) =>
        new($"A customer's sum of amounts computed by the database does not fit a decimal (±{decimal.MaxValue.ToString(CultureInfo.InvariantCulture)}, 28 significant digits): {inner.Message} Check the amounts for wrong values, or aggregate in smaller units.", "orders.amount");

    /// <summary>g => new RfmCustomerRow { CustomerId = text(g.Key), LastOrderedAt = g.Max(date), Orders = ..., Lines = g.Count(), Monetary = g.Sum(amount) }.</summary>
    private static LambdaExpression RowSelector<TOrder>(RfmOrderColumns<TOrder> columns, Type grouping, Func<Expression, Expression> keyText, Type? rowType = null)
    {
        rowType ??= typeof(RfmCustomerRow);
        var g = Expression.Parameter(grouping, "g");
        var lines = Expression.Call(EnumerableMethod(nameof(Enumerable.Count), 1, 1).MakeGenericMethod(typeof(TOrder)), g);
        var bindings = new List<MemberBinding>
        {
            Bind(rowType, nameof(RfmCustomerRow.CustomerId), keyText(Expression.Property(g, nameof(IGrouping<string, TOrder>.Key)))),
            Bind(rowType, nameof(RfmCustomerRow.LastOrderedAt), Expression.Call(EnumerableSelector(nameof(Enumerable.Max), typeof(TOrder), typeof(DateTime)), g, columns.OrderedAt)),
            Bind(rowType, nameof(RfmCustomerRow.Orders), columns.OrderId is null ? lines : DistinctOrders(g, columns.OrderId)),
            Bind(rowType, nameof(RfmCustomerRow.Lines), lines),
            Bind(rowType, nameof(RfmCustomerRow.Monetary), Expression.Call(EnumerableSum<TOrder>(), g, columns.Amount)),
        };
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(grouping, rowType), Expression.MemberInit(Expression.New(rowType), bindings), g);
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

    private static MemberAssignment Bind(Type rowType, string property, Expression value) =>
        Expression.Bind(rowType.GetProperty(property)!, value);

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
}

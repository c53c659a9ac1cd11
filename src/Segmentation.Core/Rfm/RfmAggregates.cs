using Segmentation.Rfm.Aggregation;

namespace Segmentation.Rfm;

/// <summary>
/// Per-customer recency, frequency and monetary values as columns: element i of every column
/// belongs to the same customer.
/// </summary>
/// <remarks>
/// Money is exact: <see cref="Monetary"/> holds each customer's <see cref="decimal"/> sum, the
/// same in every row order; scoring converts each total to <see cref="double"/> once
/// (docs/decisions/0005-exact-money.md). Immutable and safe to share between threads.
/// </remarks>
public sealed class RfmAggregates
{
    private readonly int[] _recencyDays;
    private readonly int[] _frequency;
    private readonly decimal[] _monetary;
    private readonly long[]? _numericIds;
    private string[]? _customerIds;
    private double[]? _monetaryForScoring;

    internal RfmAggregates(int[] recencyDays, int[] frequency, decimal[] monetary, string[]? customerIds, DateOnly? asOf, long transactions)
    {
        _recencyDays = recencyDays;
        _frequency = frequency;
        _monetary = monetary;
        _customerIds = customerIds;
        AsOf = asOf;
        Transactions = transactions;
    }

    /// <summary>Aggregates whose ids are integers (read from an integer column), in the ordinal order of their text.</summary>
    internal RfmAggregates(int[] recencyDays, int[] frequency, decimal[] monetary, long[] numericIds, DateOnly? asOf, long transactions)
        : this(recencyDays, frequency, monetary, (string[]?)null, asOf, transactions)
    {
        _numericIds = numericIds;
    }

    /// <summary>Gets the number of customers.</summary>
    /// <value>The length of every column.</value>
    public int Count => _recencyDays.Length;

    /// <summary>Gets the date recency is measured to.</summary>
    /// <value>The given as-of date, or the day after the latest transaction; <see langword="null"/> only for empty input without an as-of date.</value>
    public DateOnly? AsOf { get; }

    /// <summary>Gets the number of transaction lines that were aggregated.</summary>
    /// <value>Zero or more; at least <see cref="Count"/>.</value>
    public long Transactions { get; }

    /// <summary>Gets the whole days from each customer's last order date to <see cref="AsOf"/>.</summary>
    /// <value>Zero for a customer who bought on the as-of date; never negative.</value>
    public ReadOnlyMemory<int> RecencyDays => _recencyDays;

    /// <summary>Gets each customer's number of distinct orders (order ids when given, else lines).</summary>
    /// <value>At least 1 for every customer.</value>
    public ReadOnlyMemory<int> Frequency => _frequency;

    /// <summary>Gets each customer's exact sum of amounts, returns included.</summary>
    /// <value>Negative when returns outweigh purchases; the same whatever the order of the rows.</value>
    public ReadOnlyMemory<decimal> Monetary => _monetary;

    /// <summary>Gets the customer ids in ordinal order, when the input had string ids.</summary>
    /// <value>
    /// <see langword="null"/> for aggregates built from dense customer indices, where position i is customer index i.
    /// Ids that a database returned from an integer column are kept as numbers and their invariant text is made on each access.
    /// </value>
    public IReadOnlyList<string>? CustomerIds => CustomerIdList;

    internal int[] RecencyArray => _recencyDays;

    internal int[] FrequencyArray => _frequency;

    internal decimal[] MonetaryArray => _monetary;

    /// <summary>Gets a value indicating whether the ids are kept as integers (read from an integer column).</summary>
    internal bool HasNumericIds => _numericIds is not null;

    /// <summary>Gets the ids as strings, made once (and kept) when they are integers.</summary>
    internal string[]? CustomerIdArray => _customerIds ?? (_numericIds is null ? null : _customerIds = NumericIdList.ToStrings(_numericIds));

    /// <summary>Gets the ids without making a string per id: the strings, or a view of the integer ids.</summary>
    internal IReadOnlyList<string>? CustomerIdList => _customerIds is not null ? Array.AsReadOnly(_customerIds)
        : _numericIds is not null ? new NumericIdList(_numericIds)
        : null;

    /// <summary>Gets the sums as the scoring kernels read them: each exact total converted to <see cref="double"/> once, on first use.</summary>
    internal double[] MonetaryForScoring => _monetaryForScoring ??= ToDoubles(_monetary);

    /// <summary>Computes each customer's mean order value, <c>Monetary / Frequency</c>.</summary>
    /// <returns>A new array, one value per customer (decimal division: rounded only past 28 significant digits).</returns>
    public decimal[] GetMeanOrderValues()
    {
        var mean = new decimal[Count];
        for (var i = 0; i < mean.Length; i++)
        {
            mean[i] = _monetary[i] / _frequency[i];
        }

        return mean;
    }

    /// <summary>Gets the mean order values as the scoring kernels read them (each converted once).</summary>
    internal double[] MeanOrderValuesForScoring() => ToDoubles(GetMeanOrderValues());

    /// <summary>
    /// The aggregates without the listed customers, in the same order. <see cref="Transactions"/> and
    /// <see cref="AsOf"/> were fixed by the aggregation and stay; leave the customers out before
    /// aggregating (<see cref="Privacy.SuppressionList.Exclude{T}(IQueryable{T}, System.Linq.Expressions.Expression{Func{T, string}})"/>) to have those without them too.
    /// </summary>
    internal RfmAggregates Without(Privacy.SuppressionList list)
    {
        if (list.Count == 0)
        {
            return this;
        }

        // Integer ids (from a database) are compared by their text, as the list holds them.
        if (CustomerIdArray is not { } ids)
        {
            throw new SegmentationException("The aggregates have no customer ids, so the suppression list cannot be applied; aggregate with ids (or leave the listed customers out before aggregating).", nameof(Rfm.RfmRunOptions.SuppressionList));
        }

        var keep = new List<int>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            if (!list.Contains(ids[i]))
            {
                keep.Add(i);
            }
        }

        return keep.Count == ids.Length
            ? this
            : new RfmAggregates([.. keep.Select(i => _recencyDays[i])], [.. keep.Select(i => _frequency[i])], [.. keep.Select(i => _monetary[i])], [.. keep.Select(i => ids[i])], AsOf, Transactions);
    }

    /// <summary>Puts aggregated columns in ordinal id order (dense indices keep their order).</summary>
    internal static RfmAggregates FromColumns(CustomerColumns columns, CancellationToken cancellationToken)
    {
        if (columns.Ids is null)
        {
            return new RfmAggregates(columns.RecencyDays, columns.Frequency, columns.Monetary, (string[]?)null, columns.AsOf, columns.Transactions);
        }

        // Ordinal id order is the contract's, and so the ntile tie-break.
        var order = OrdinalIdSort.Order(columns.Ids, columns.OrdinalPrefixKeys);
        cancellationToken.ThrowIfCancellationRequested();
        var count = columns.Count;
        var sorted = new RfmAggregates(new int[count], new int[count], new decimal[count], new string[count], columns.AsOf, columns.Transactions);
        ColumnPermutation.Gather(columns, order, sorted);
        return sorted;
    }

    private static double[] ToDoubles(decimal[] values)
    {
        var doubles = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            doubles[i] = ExactMoney.ToScoring(values[i]);
        }

        return doubles;
    }
}

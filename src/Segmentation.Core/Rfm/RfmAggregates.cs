namespace Segmentation.Rfm;

/// <summary>
/// Per-customer recency, frequency and monetary values as columns: element i of every column
/// belongs to the same customer.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class RfmAggregates
{
    private readonly int[] _recencyDays;
    private readonly int[] _frequency;
    private readonly double[] _monetary;
    private readonly string[]? _customerIds;

    internal RfmAggregates(int[] recencyDays, int[] frequency, double[] monetary, string[]? customerIds, DateOnly? asOf)
    {
        _recencyDays = recencyDays;
        _frequency = frequency;
        _monetary = monetary;
        _customerIds = customerIds;
        AsOf = asOf;
    }

    /// <summary>Gets the number of customers.</summary>
    /// <value>The length of every column.</value>
    public int Count => _recencyDays.Length;

    /// <summary>Gets the date recency is measured to.</summary>
    /// <value>The given as-of date, or the day after the latest transaction; <see langword="null"/> only for empty input without an as-of date.</value>
    public DateOnly? AsOf { get; }

    /// <summary>Gets the whole days from each customer's last order date to <see cref="AsOf"/>.</summary>
    /// <value>Zero for a customer who bought on the as-of date; never negative.</value>
    public ReadOnlyMemory<int> RecencyDays => _recencyDays;

    /// <summary>Gets each customer's number of distinct orders (order ids when given, else lines).</summary>
    /// <value>At least 1 for every customer.</value>
    public ReadOnlyMemory<int> Frequency => _frequency;

    /// <summary>Gets each customer's sum of amounts, returns included.</summary>
    /// <value>Finite; negative when returns outweigh purchases.</value>
    public ReadOnlyMemory<double> Monetary => _monetary;

    /// <summary>Gets the customer ids in ordinal order, when the input had string ids.</summary>
    /// <value><see langword="null"/> for aggregates built from dense customer indices, where position i is customer index i.</value>
    public IReadOnlyList<string>? CustomerIds => _customerIds is null ? null : Array.AsReadOnly(_customerIds);

    internal int[] RecencyArray => _recencyDays;

    internal int[] FrequencyArray => _frequency;

    internal double[] MonetaryArray => _monetary;

    internal string[]? CustomerIdArray => _customerIds;

    /// <summary>Computes each customer's mean order value, <c>Monetary / Frequency</c>.</summary>
    /// <returns>A new array, one value per customer.</returns>
    public double[] GetMeanOrderValues()
    {
        var mean = new double[Count];
        for (var i = 0; i < mean.Length; i++)
        {
            mean[i] = _monetary[i] / _frequency[i];
        }

        return mean;
    }
}

using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The fit's input: identical (x, t_x, T) rows merged into one with a weight (the likelihood of
/// CDNOW's 2,357 customers needs about 1,400 rows; a million customers summarised in weeks a few
/// hundred thousand), and the distinct x values, whose Γ and ψ terms are computed once per
/// evaluation instead of once per row.
/// </summary>
internal sealed class SummaryRows
{
    private SummaryRows(int[] frequency, double[] recency, double[] age, double[] weight)
    {
        Frequency = frequency;
        Recency = recency;
        Age = age;
        Weight = weight;
        var distinct = new Dictionary<int, int>();
        FrequencyIndex = new int[frequency.Length];
        for (var i = 0; i < frequency.Length; i++)
        {
            if (!distinct.TryGetValue(frequency[i], out var index))
            {
                index = distinct.Count;
                distinct.Add(frequency[i], index);
            }

            FrequencyIndex[i] = index;
        }

        DistinctFrequencies = new int[distinct.Count];
        foreach (var (x, index) in distinct)
        {
            DistinctFrequencies[index] = x;
        }

        TotalWeight = weight.Sum();
        MeanAge = Count == 0 ? 0d : age.Zip(weight, (t, w) => t * w).Sum() / TotalWeight;
    }

    public int[] Frequency { get; }

    public double[] Recency { get; }

    public double[] Age { get; }

    public double[] Weight { get; }

    /// <summary>Gets, per row, the index of its x in <see cref="DistinctFrequencies"/>.</summary>
    public int[] FrequencyIndex { get; }

    public int[] DistinctFrequencies { get; }

    public int Count => Frequency.Length;

    public double TotalWeight { get; }

    public double MeanAge { get; }

    public static SummaryRows From(IEnumerable<CustomerSummary> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var merged = new Dictionary<(int, double, double), int>();
        var x = new List<int>();
        var tx = new List<double>();
        var age = new List<double>();
        var weight = new List<double>();
        foreach (var c in customers)
        {
            Validate(c.Frequency, c.Recency, c.Age, c.CustomerId);
            if (merged.TryGetValue((c.Frequency, c.Recency, c.Age), out var row))
            {
                weight[row]++;
                continue;
            }

            merged.Add((c.Frequency, c.Recency, c.Age), x.Count);
            x.Add(c.Frequency);
            tx.Add(c.Recency);
            age.Add(c.Age);
            weight.Add(1d);
        }

        return new SummaryRows([.. x], [.. tx], [.. age], [.. weight]);
    }

    /// <summary>Checks one summary row: x &gt;= 0, 0 &lt;= t_x &lt;= T, t_x = 0 without repeat purchases, all finite.</summary>
    public static void Validate(int frequency, double recency, double age, string? who)
    {
        if (frequency < 0 || !double.IsFinite(recency) || !double.IsFinite(age) || recency < 0d || recency > age || (frequency == 0 && recency != 0d))
        {
            throw new SegmentationException(
                $"Customer '{who}' has frequency {frequency}, recency {recency}, age {age}: a summary needs frequency >= 0, 0 <= recency <= age, and recency 0 without repeat purchases; summarise the transactions with PurchaseSummary.FromTransactions.",
                who);
        }
    }
}

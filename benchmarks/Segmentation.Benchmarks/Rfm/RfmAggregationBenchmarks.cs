using System.Globalization;
using BenchmarkDotNet.Attributes;
using Segmentation.Rfm;

namespace Segmentation.Benchmarks.Rfm;

/// <summary>Aggregating 3.5 million transactions of 1 million customers, integer and string ids.</summary>
[MemoryDiagnoser]
[Config(typeof(RfmBenchmarkConfig))]
public class RfmAggregationBenchmarks
{
    private const int Rows = 3_500_000;
    private const int Customers = 1_000_000;
    private int[] _customerIndices = null!;
    private DateOnly[] _dates = null!;
    private decimal[] _amounts = null!;
    private long[] _orderIds = null!;
    private RfmTransaction[] _transactions = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var ids = Enumerable.Range(0, Customers).Select(i => "C" + i.ToString("D7", CultureInfo.InvariantCulture)).ToArray();
        _customerIndices = new int[Rows];
        _dates = new DateOnly[Rows];
        _amounts = new decimal[Rows];
        _orderIds = new long[Rows];
        _transactions = new RfmTransaction[Rows];
        var start = new DateOnly(2023, 1, 1);
        for (var i = 0; i < Rows; i++)
        {
            // Every customer appears at least once; the rest are spread at random.
            var customer = i < Customers ? i : random.Next(Customers);
            _customerIndices[i] = customer;
            _dates[i] = start.AddDays(random.Next(730));
            _amounts[i] = (decimal)Math.Round(random.NextDouble() * 200, 2);
            _orderIds[i] = i / 2; // two lines per order
            _transactions[i] = new RfmTransaction(ids[customer], _dates[i].ToDateTime(TimeOnly.MinValue), _amounts[i]);
        }
    }

    [Benchmark(Baseline = true)]
    public RfmAggregates SpanIntegerIds() => RfmAggregator.Aggregate(_customerIndices, _dates, _amounts, Customers, null);

    [Benchmark]
    public RfmAggregates SpanIntegerIdsWithOrderIds() => RfmAggregator.Aggregate(_customerIndices, _dates, _amounts, _orderIds, Customers, null);

    [Benchmark]
    public RfmAggregates EnumerableStringIds() => RfmAggregator.Aggregate(_transactions);

    [Benchmark]
    public int NaiveLinqGroupByStringIds()
    {
        var asOf = _transactions.Max(t => t.Timestamp).AddDays(1);
        return _transactions
            .GroupBy(t => t.CustomerId, StringComparer.Ordinal)
            .Select(g => (g.Key, Recency: (asOf - g.Max(t => t.Timestamp)).Days, Frequency: g.Count(), Monetary: g.Sum(t => t.Amount)))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .Count();
    }
}

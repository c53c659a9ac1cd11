using System.Globalization;
using Segmentation.Rfm;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Tests.Rfm.Aggregation;

/// <summary>The parallel aggregation of string-id transactions equals the one-row-at-a-time one, errors included.</summary>
public sealed class PartitionedAccumulatorTests
{
    private static readonly DateTime Start = new(2023, 1, 1);

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public void Aggregate_ManyRows_EqualsTheSequentialAccumulator(bool withOrders, int seed)
    {
        // Over two chunks, so customers' lines span chunks.
        var rows = Rows(TransactionAggregation.ChunkRows + 70_000, customers: 40_000, withOrders, seed);

        var parallel = TransactionAggregation.Aggregate(rows, null, CancellationToken.None);
        var streamed = TransactionAggregation.Aggregate(rows.Select(r => r), null, CancellationToken.None);
        var sequential = Sequential(rows, null);

        AssertSame(sequential, parallel);
        AssertSame(sequential, streamed);
        Assert.Equal(rows.Length, parallel.Transactions);
    }

    [Theory]
    [InlineData("C", true)]
    [InlineData("Zoë-", true)]
    [InlineData("日本", false)]
    public void Aggregate_ManyRows_HandsTheSortPrefixKeysWhenEveryIdIsNarrow(string prefix, bool narrow)
    {
        var rows = Rows(TransactionAggregation.ParallelRows + 1_000, customers: 9_000, withOrders: false, seed: 6)
            .Select((r, i) => i % 3 == 0 ? r with { CustomerId = prefix + r.CustomerId } : r)
            .ToArray();

        var columns = TransactionAggregation.Aggregate(rows, null, CancellationToken.None);
        var aggregates = Segmentation.Rfm.RfmAggregator.Aggregate(rows);

        Assert.Equal(narrow, columns.OrdinalPrefixKeys is not null);
        if (columns.OrdinalPrefixKeys is { } keys)
        {
            Assert.Equal(columns.Ids!.Select(OrdinalIdSortTests.PrefixKey), keys);
        }

        Assert.Equal(aggregates.CustomerIds!.Order(StringComparer.Ordinal), aggregates.CustomerIds!);
    }

    [Theory]
    [InlineData("null id")]
    [InlineData("future date")]
    [InlineData("sum")]
    public void Aggregate_BadRow_ReportsTheSameFirstErrorAsTheSequentialAccumulator(string fault)
    {
        var rows = Rows(TransactionAggregation.ChunkRows + 10_000, customers: 5_000, withOrders: false, seed: 3);
        var asOf = DateOnly.FromDateTime(Start).AddDays(400);
        foreach (var at in new[] { TransactionAggregation.ChunkRows + 9_000, 180_000, 90_000 })
        {
            rows[at] = fault switch
            {
                "null id" => rows[at] with { CustomerId = null! },
                "future date" => rows[at] with { Timestamp = asOf.AddDays(3).ToDateTime(TimeOnly.MinValue) },
                _ => rows[at] with { Amount = 79_000_000_000_000_000_000_000_000_000m },
            };
        }

        var expected = Assert.Throws<SegmentationException>(() => Sequential(rows, asOf));
        var actual = Assert.Throws<SegmentationException>(() => TransactionAggregation.Aggregate(rows, asOf, CancellationToken.None));

        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.Location, actual.Location);
        Assert.StartsWith("transactions[90000]", actual.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_SumOutOfRangeBeforeABadRowInTheSameChunk_ReportsTheSumAsTheSequentialAccumulatorDoes()
    {
        var rows = Rows(TransactionAggregation.ParallelRows + 10_000, customers: 5_000, withOrders: false, seed: 7);
        rows[60_000] = rows[60_000] with { Amount = 79_000_000_000_000_000_000_000_000_000m };
        rows[70_000] = rows[70_000] with { CustomerId = null! };

        var expected = Assert.Throws<SegmentationException>(() => Sequential(rows, null));
        var actual = Assert.Throws<SegmentationException>(() => TransactionAggregation.Aggregate(rows, null, CancellationToken.None));

        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal("transactions[60000].Amount", actual.Location);
    }

    [Fact]
    public void Aggregate_Cancelled_Throws()
    {
        var rows = Rows(TransactionAggregation.ChunkRows * 2, customers: 1_000, withOrders: false, seed: 4);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => TransactionAggregation.Aggregate(rows, null, cancellation.Token));
    }

    private static CustomerColumns Sequential(RfmTransaction[] rows, DateOnly? asOf)
    {
        var accumulator = new TransactionAccumulator(asOf);
        foreach (var row in rows)
        {
            accumulator.Add(row);
        }

        return accumulator.Build();
    }

    private static void AssertSame(CustomerColumns expected, CustomerColumns actual)
    {
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.Equal(Rows(expected), Rows(actual));
    }

    private static IEnumerable<string> Rows(CustomerColumns c) =>
        Enumerable.Range(0, c.Count)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"{c.Ids![i]},{c.RecencyDays[i]},{c.Frequency[i]},{c.Monetary[i]}"))
            .Order(StringComparer.Ordinal);

    private static RfmTransaction[] Rows(int count, int customers, bool withOrders, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var customer = random.Next(customers);
            var cents = random.Next(-2_000, 50_000); // returns included
            return new RfmTransaction(
                "C" + customer.ToString(CultureInfo.InvariantCulture),
                Start.AddDays(random.Next(365)).AddHours(random.Next(24)),
                new decimal(Math.Abs(cents), 0, 0, cents < 0, (byte)random.Next(0, 3)),
                withOrders ? "o" + random.Next(4).ToString(CultureInfo.InvariantCulture) : null);
        })];
    }
}

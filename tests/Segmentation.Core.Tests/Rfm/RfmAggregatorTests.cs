using Segmentation.Rfm;

namespace Segmentation.Tests.Rfm;

public sealed partial class RfmAggregatorTests
{
    private static readonly DateOnly Jan1 = new(2024, 1, 1);

    [Fact]
    public void Aggregate_Span_ComputesRecencyFrequencyAndSum()
    {
        int[] customers = [0, 1, 0, 2, 0];
        DateOnly[] dates = [Jan1, Jan1.AddDays(3), Jan1.AddDays(9), Jan1.AddDays(1), Jan1.AddDays(2)];
        decimal[] amounts = [10, 5, 20.5m, 7, -4];

        var aggregates = RfmAggregator.Aggregate(customers, dates, amounts, 3, null);

        // As-of defaults to the day after the latest date (Jan 10 + 1 = Jan 11).
        Assert.Equal(Jan1.AddDays(10), aggregates.AsOf);
        Assert.Equal([1, 7, 9], aggregates.RecencyDays.ToArray());
        Assert.Equal([3, 1, 1], aggregates.Frequency.ToArray());
        Assert.Equal([26.5m, 5, 7], aggregates.Monetary.ToArray());
        Assert.Null(aggregates.CustomerIds);
        Assert.Equal([26.5m / 3, 5, 7], aggregates.GetMeanOrderValues());
    }

    [Fact]
    public void Aggregate_SpanWithOrderIds_CountsDistinctOrdersPerCustomer()
    {
        int[] customers = [0, 0, 1, 0, 1, 0];
        DateOnly[] dates = [Jan1, Jan1, Jan1, Jan1.AddDays(5), Jan1, Jan1.AddDays(1)];
        decimal[] amounts = [1, 2, 3, 4, 5, 6];
        long[] orders = [100, 100, 100, 101, 100, 100]; // order 100 of customer 0 comes back after 101

        var aggregates = RfmAggregator.Aggregate(customers, dates, amounts, orders, 2, Jan1.AddDays(5));

        Assert.Equal([2, 1], aggregates.Frequency.ToArray());
        Assert.Equal([0, 5], aggregates.RecencyDays.ToArray());
        Assert.Equal([13m, 8], aggregates.Monetary.ToArray());
    }

    [Fact]
    public void Aggregate_Enumerable_OrdersCustomersOrdinallyAndUsesDatePartOnly()
    {
        RfmTransaction[] transactions =
        [
            new("b", new DateTime(2024, 1, 2, 23, 59, 0), 10),
            new("a", new DateTime(2024, 1, 1, 0, 1, 0), 4, "o1"),
            new("a", new DateTime(2024, 1, 3, 8, 0, 0), 6, "o1"),
            new("B", new DateTime(2024, 1, 3, 8, 0, 0), 1),
            new("a", new DateTime(2024, 1, 1), 2, "o2"),
        ];

        var aggregates = RfmAggregator.Aggregate(transactions, new DateOnly(2024, 1, 4));

        Assert.Equal(["B", "a", "b"], aggregates.CustomerIds);
        Assert.Equal([1, 1, 2], aggregates.RecencyDays.ToArray());
        Assert.Equal([1, 2, 1], aggregates.Frequency.ToArray());
        Assert.Equal([1m, 12, 10], aggregates.Monetary.ToArray());
    }

    [Fact]
    public async Task AggregateAsync_Stream_MatchesEnumerable()
    {
        var transactions = Generate(500, seed: 4).ToArray();

        var expected = RfmAggregator.Aggregate(transactions);
        var actual = await RfmAggregator.AggregateAsync(transactions.ToAsyncEnumerable(), null, TestContext.Current.CancellationToken);

        Assert.Equal(expected.CustomerIds, actual.CustomerIds);
        Assert.Equal(expected.RecencyDays.ToArray(), actual.RecencyDays.ToArray());
        Assert.Equal(expected.Frequency.ToArray(), actual.Frequency.ToArray());
        Assert.Equal(expected.Monetary.ToArray(), actual.Monetary.ToArray());
        Assert.Equal(expected.AsOf, actual.AsOf);
    }

    [Fact]
    public async Task AggregateAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RfmAggregator.AggregateAsync(Generate(10, 1).ToAsyncEnumerable(), null, cancellation.Token));
    }

    [Fact]
    public void Aggregate_SpanAndEnumerable_AgreeOnRandomData()
    {
        var transactions = Generate(2000, seed: 8).ToArray();
        var ids = transactions.Select(t => t.CustomerId).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = transactions.Select(t => ids.IndexOf(t.CustomerId)).ToArray();

        var fromSpan = RfmAggregator.Aggregate(index, transactions.Select(t => DateOnly.FromDateTime(t.Timestamp)).ToArray(), transactions.Select(t => t.Amount).ToArray(), ids.Count, null);
        var fromEnumerable = RfmAggregator.Aggregate(transactions);

        Assert.Equal(fromEnumerable.RecencyDays.ToArray(), fromSpan.RecencyDays.ToArray());
        Assert.Equal(fromEnumerable.Frequency.ToArray(), fromSpan.Frequency.ToArray());
        Assert.Equal(fromEnumerable.Monetary.ToArray(), fromSpan.Monetary.ToArray());
    }

    internal static IEnumerable<RfmTransaction> Generate(int rows, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < rows; i++)
        {
            yield return new RfmTransaction(
                "c" + random.Next(0, rows / 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
                new DateTime(2023, 1, 1).AddDays(random.Next(0, 365)).AddHours(random.Next(0, 24)),
                (decimal)Math.Round((random.NextDouble() * 200) - 20, 2));
        }
    }
}

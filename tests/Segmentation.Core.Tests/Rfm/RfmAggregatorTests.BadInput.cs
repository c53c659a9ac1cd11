using Segmentation.Rfm;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Tests.Rfm;

/// <summary>Bad and degenerate transactions.</summary>
public sealed partial class RfmAggregatorTests
{
    [Fact]
    public void Aggregate_SumBeyondDecimal_ThrowsNamingTheRow()
    {
        var span = Assert.Throws<SegmentationException>(() => RfmAggregator.Aggregate([0, 0], [Jan1, Jan1], [decimal.MaxValue, 1], 1, null));
        var enumerable = Assert.Throws<SegmentationException>(() => RfmAggregator.Aggregate([new RfmTransaction("x", default, decimal.MaxValue), new RfmTransaction("x", default, 1)]));

        Assert.Equal("row 1", span.Location);
        Assert.Equal("transactions[1].Amount", enumerable.Location);
        Assert.Contains("28 significant digits", enumerable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_SumThatWouldRound_ThrowsInsteadOfRounding()
    {
        // 28 digits before the point plus a fraction: decimal would round the fraction away.
        var error = Assert.Throws<SegmentationException>(() => RfmAggregator.Aggregate([0, 0], [Jan1, Jan1], [70_000_000_000_000_000_000_000_000_000m, 0.5m], 1, null));

        Assert.Equal("row 1", error.Location);
    }

    [Fact]
    public void Aggregate_NegativeAmounts_AreKeptAsReturns()
    {
        var aggregates = RfmAggregator.Aggregate([new RfmTransaction("x", new DateTime(2024, 1, 1), 50), new RfmTransaction("x", new DateTime(2024, 1, 2), -80)]);

        Assert.Equal(-30, aggregates.Monetary.Span[0]);
        Assert.Equal(2, aggregates.Frequency.Span[0]);
    }

    [Fact]
    public void Aggregate_DateAfterAsOf_Throws()
    {
        var span = Assert.Throws<SegmentationException>(() => RfmAggregator.Aggregate([0, 1], [Jan1, Jan1.AddDays(2)], [1, 1], 2, Jan1.AddDays(1)));
        var enumerable = Assert.Throws<SegmentationException>(() => RfmAggregator.Aggregate([new RfmTransaction("x", new DateTime(2024, 1, 3), 1)], Jan1));

        Assert.Equal("customer 1", span.Location);
        Assert.Equal("transactions[0].Timestamp", enumerable.Location);
        Assert.Contains("as-of", enumerable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_PurchaseOnAsOfDate_HasZeroRecency()
    {
        var aggregates = RfmAggregator.Aggregate([new RfmTransaction("x", new DateTime(2024, 1, 1, 18, 0, 0), 1)], Jan1);

        Assert.Equal(0, aggregates.RecencyDays.Span[0]);
    }

    [Fact]
    public void Aggregate_Empty_ReturnsNoCustomers()
    {
        var span = RfmAggregator.Aggregate([], [], [], 0, null);
        var enumerable = RfmAggregator.Aggregate([]);
        var withAsOf = RfmAggregator.Aggregate([], Jan1);

        Assert.Equal(0, span.Count);
        Assert.Null(span.AsOf);
        Assert.Equal(0, enumerable.Count);
        Assert.Equal(Jan1, withAsOf.AsOf);
        Assert.Equal(0, RfmScorer.Score(enumerable, new RfmScoringOptions()).Count);
    }

    [Fact]
    public void Aggregate_OneCustomer_HasRecencyOne()
    {
        var aggregates = RfmAggregator.Aggregate([new RfmTransaction("solo", new DateTime(2024, 5, 1), 9.99m)]);

        Assert.Equal(1, aggregates.RecencyDays.Span[0]);
        Assert.Equal(new DateOnly(2024, 5, 2), aggregates.AsOf);
    }

    [Fact]
    public void Aggregate_SpanIndexOutOfRangeOrUnused_Throws()
    {
        var outOfRange = Assert.Throws<SegmentationException>(() => RfmAggregator.Aggregate([0, 5], [Jan1, Jan1], [1, 1], 2, null));
        var unused = Assert.Throws<SegmentationException>(() => RfmAggregator.Aggregate([0, 2], [Jan1, Jan1], [1, 1], 3, null));
        var lengths = Assert.Throws<SegmentationException>(() => RfmAggregator.Aggregate([0, 1], [Jan1], [1, 1], 2, null));

        Assert.Equal("row 1", outOfRange.Location);
        Assert.Equal("customer 1", unused.Location);
        Assert.Equal("columns", lengths.Location);
    }

    [Fact]
    public void Aggregate_NullCustomerId_Throws()
    {
        var error = Assert.Throws<SegmentationException>(() => RfmAggregator.Aggregate([new RfmTransaction(null!, Jan1.ToDateTime(default), 1)]));

        Assert.Equal("transactions[0].CustomerId", error.Location);
    }

    [Fact]
    public void Aggregate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => RfmAggregator.Aggregate(null!));
        Assert.Throws<ArgumentNullException>(() => { _ = RfmAggregator.AggregateAsync(null!, null, TestContext.Current.CancellationToken); });
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmAggregator.Aggregate([], [], [], -1, null));
    }

    [Fact]
    public void Add_CustomerAtIntMaxOrders_ThrowsInsteadOfWrapping()
    {
        // The documented limit: a customer's order count is an int. Reaching it by streaming
        // 2^31 rows is not practical in a test, so the counter is set just below the limit.
        var accumulator = new TransactionAccumulator(null);
        accumulator.Add(new RfmTransaction("x", default, 1));
        accumulator.SetFrequencyForTests(0, int.MaxValue);

        var error = Assert.Throws<SegmentationException>(() => accumulator.Add(new RfmTransaction("x", default, 1)));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, accumulator.Rows);
    }
}

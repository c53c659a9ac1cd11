using Segmentation.Analytics;
using Segmentation.Evaluation;

namespace Segmentation.Tests.Analytics;

public sealed class SegmentMigrationTests
{
    private static readonly string[] Names = ["Champions", "Loyal", "At risk"];

    [Fact]
    public void Compare_ExclusiveRuns_CountsMovesAndNone()
    {
        var earlier = new Dictionary<string, int> { ["a"] = 0, ["b"] = 1, ["c"] = 1, ["d"] = 2 };
        var later = new Dictionary<string, int> { ["a"] = 0, ["b"] = 0, ["c"] = 2, ["e"] = 1 };

        var result = SegmentMigration.Compare(Names, earlier, later);
        var summary = result.Summary;

        Assert.Equal(1, summary["Champions", "Champions"]);
        Assert.Equal(1, summary["Loyal", "Champions"]);
        Assert.Equal(1, summary["Loyal", "At risk"]);
        Assert.Equal(1, summary["At risk", "(none)"]);
        Assert.Equal(1, summary["(none)", "Loyal"]);
        Assert.Equal(0, summary[summary.NoneIndex, summary.NoneIndex]);
        Assert.Equal("(none)", summary.LabelOf(3));
        Assert.Equal((4L, 4L, 3L, 4L), (summary.EarlierCustomers, summary.LaterCustomers, summary.CustomersInBoth, summary.ChangedCustomers));

        Assert.Equal(new SegmentFlow(0, "Champions", Earlier: 1, Later: 2, Entered: 1, Exited: 0, Stayed: 1), summary.Flows[0]);
        Assert.Equal(new SegmentFlow(1, "Loyal", Earlier: 2, Later: 1, Entered: 1, Exited: 2, Stayed: 0), summary.Flows[1]);
        Assert.Equal(new SegmentFlow(2, "At risk", Earlier: 1, Later: 1, Entered: 1, Exited: 1, Stayed: 0), summary.Flows[2]);
    }

    [Fact]
    public void GetCustomer_KnownAndUnknownIds_ReturnsBothRunsOrThrows()
    {
        var result = SegmentMigration.Compare(Names, new Dictionary<int, int> { [7] = 1 }, new Dictionary<int, int> { [8] = 2 });

        var seven = result.GetCustomer(7);
        Assert.Equal((true, SegmentMembership.Single(1), false, SegmentMembership.Empty, true), (seven.InEarlierRun, seven.Earlier, seven.InLaterRun, seven.Later, seven.Changed));
        Assert.True(result.TryGetCustomer(8, out var eight));
        Assert.False(eight.InEarlierRun);
        Assert.Equal(2, result.Customers.Count);
        var error = Assert.Throws<SegmentationException>(() => result.GetCustomer(9));
        Assert.Contains("'9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_OverlappingRuns_CountsEveryPairOfSegments()
    {
        CustomerSegments<int>[] earlier = [new(1, SegmentMembership.FromIndices([0, 1])), new(2, SegmentMembership.Empty)];
        CustomerSegments<int>[] later = [new(1, SegmentMembership.FromIndices([1, 2])), new(2, SegmentMembership.Single(0))];

        var summary = SegmentMigration.Compare(Names, earlier, later).Summary;

        Assert.Equal(1, summary["Champions", "Loyal"]);
        Assert.Equal(1, summary["Champions", "At risk"]);
        Assert.Equal(1, summary["Loyal", "Loyal"]);
        Assert.Equal(1, summary["Loyal", "At risk"]);
        Assert.Equal(1, summary["(none)", "Champions"]);
        Assert.Equal(new SegmentFlow(1, "Loyal", 1, 1, 0, 0, 1), summary.Flows[1]);
        Assert.Equal(new SegmentFlow(0, "Champions", 1, 1, 1, 1, 0), summary.Flows[0]);
        Assert.Equal(2, summary.ChangedCustomers);
    }

    [Fact]
    public void Compare_DuplicateCustomerInASpan_Throws()
    {
        CustomerSegments<int>[] run = [new(1, SegmentMembership.Single(0)), new(1, SegmentMembership.Single(1))];

        var error = Assert.Throws<SegmentationException>(() => SegmentMigration.Compare(Names, run, []));
        Assert.Contains("'1' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SegmentIndexOutsideTheSet_Throws()
    {
        Assert.Throws<SegmentationException>(() => SegmentMigration.Compare(Names, new Dictionary<int, int> { [1] = 3 }, new Dictionary<int, int>()));
        Assert.Throws<SegmentationException>(() => SegmentMigration.Compare(Names, new Dictionary<int, int> { [1] = -1 }, new Dictionary<int, int>()));
    }

    [Fact]
    public void Constructor_SegmentNamedNone_Throws()
    {
        Assert.Throws<SegmentationException>(() => new SegmentMigrationBuilder(["A", "(none)"]));
    }

    [Fact]
    public async Task CompareAsync_UnsortedRun_ThrowsNamingTheCustomer()
    {
        CustomerSegments<int>[] sorted = [new(1, SegmentMembership.Single(0)), new(2, SegmentMembership.Single(0))];
        CustomerSegments<int>[] unsorted = [new(1, SegmentMembership.Single(0)), new(5, SegmentMembership.Single(1)), new(3, SegmentMembership.Single(2))];

        var error = await Assert.ThrowsAsync<SegmentationException>(async () =>
            await SegmentMigration.CompareAsync(Names, sorted.ToAsyncEnumerable(), unsorted.ToAsyncEnumerable(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("later run is not sorted", error.Message, StringComparison.Ordinal);
        Assert.Contains("customer '3' comes after customer '5'", error.Message, StringComparison.Ordinal);
        Assert.Equal("later run, customer '3'", error.Location);
    }

    [Fact]
    public async Task CompareAsync_RepeatedCustomer_Throws()
    {
        CustomerSegments<string>[] repeated = [new("a", SegmentMembership.Single(0)), new("a", SegmentMembership.Single(0))];

        var error = await Assert.ThrowsAsync<SegmentationException>(async () =>
            await SegmentMigration.CompareAsync(Names, repeated.ToAsyncEnumerable(), AsyncEnumerable.Empty<CustomerSegments<string>>(), StringComparer.Ordinal, TestContext.Current.CancellationToken));

        Assert.Contains("earlier run", error.Message, StringComparison.Ordinal);
        Assert.Contains("'a' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoinAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        CustomerSegments<int>[] run = [new(1, SegmentMembership.Single(0))];
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in SegmentMigration.JoinAsync(run.ToAsyncEnumerable(), run.ToAsyncEnumerable(), null, cts.Token))
            {
                Assert.Fail("Nothing must be yielded after cancellation.");
            }
        });
    }
}

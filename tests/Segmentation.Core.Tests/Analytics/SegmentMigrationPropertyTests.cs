using FsCheck.Xunit;
using Segmentation.Analytics;

namespace Segmentation.Tests.Analytics;

[Properties(Arbitrary = [typeof(AnalyticsArbitraries)], MaxTest = 200)]
public sealed class SegmentMigrationPropertyTests
{
    [Property]
    public void Matrix_AnyRuns_RowSumsEqualEarlierSizesWhenExclusive(MigrationRuns runs)
    {
        var summary = SegmentMigration.Compare(runs.Names, runs.Earlier, runs.Later).Summary;
        var none = summary.NoneIndex;
        var after = runs.Later.ToDictionary(c => c.CustomerId, c => c.Segments);

        // A customer counts once per (before, after) pair, an empty side counting as "(none)".
        long Cells(CustomerSegments<int> c) => Math.Max(1, after.GetValueOrDefault(c.CustomerId).Count);

        for (var s = 0; s < none; s++)
        {
            var rowSum = Enumerable.Range(0, none + 1).Sum(to => summary[s, to]);
            var columnSum = Enumerable.Range(0, none + 1).Sum(from => summary[from, s]);
            var earlierSize = runs.Earlier.Count(c => c.Segments.Contains(s));
            Assert.Equal(earlierSize, summary.Flows[s].Earlier);
            Assert.Equal(runs.Later.Count(c => c.Segments.Contains(s)), summary.Flows[s].Later);
            Assert.Equal(runs.Earlier.Where(c => c.Segments.Contains(s)).Sum(Cells), rowSum);
            if (runs.Exclusive)
            {
                Assert.Equal(earlierSize, rowSum);
                Assert.Equal(summary.Flows[s].Later, columnSum);
            }
        }

        // The "(none)" row: customers absent from the earlier run or in no segment in it.
        var before = runs.Earlier.ToDictionary(c => c.CustomerId, c => c.Segments);
        var noneRow = before.Keys.Union(after.Keys)
            .Where(id => before.GetValueOrDefault(id).IsEmpty)
            .Sum(id => Math.Max(1, after.GetValueOrDefault(id).Count));
        Assert.Equal(noneRow, Enumerable.Range(0, none + 1).Sum(to => summary[none, to]));
    }

    [Property]
    public void Flows_AnyRuns_EqualSetArithmeticPerSegment(MigrationRuns runs)
    {
        var summary = SegmentMigration.Compare(runs.Names, runs.Earlier, runs.Later).Summary;
        var before = runs.Earlier.ToDictionary(c => c.CustomerId, c => c.Segments);
        var after = runs.Later.ToDictionary(c => c.CustomerId, c => c.Segments);
        var ids = before.Keys.Union(after.Keys).ToArray();

        foreach (var flow in summary.Flows)
        {
            var s = flow.SegmentIndex;
            var wasIn = ids.Where(id => before.TryGetValue(id, out var m) && m.Contains(s)).ToHashSet();
            var isIn = ids.Where(id => after.TryGetValue(id, out var m) && m.Contains(s)).ToHashSet();
            Assert.Equal(wasIn.Intersect(isIn).Count(), flow.Stayed);
            Assert.Equal(wasIn.Except(isIn).Count(), flow.Exited);
            Assert.Equal(isIn.Except(wasIn).Count(), flow.Entered);
        }

        Assert.Equal(ids.Length, summary.EarlierCustomers + summary.LaterCustomers - summary.CustomersInBoth);
    }

    [Property]
    public void CompareAsync_SortedRuns_EqualsTheInMemoryPath(MigrationRuns runs)
    {
        var exact = SegmentMigration.Compare(runs.Names, runs.Earlier, runs.Later).Summary;
        var streamed = SegmentMigration.CompareAsync(runs.Names, runs.Earlier.ToAsyncEnumerable(), runs.Later.ToAsyncEnumerable())
            .AsTask().GetAwaiter().GetResult();

        var size = exact.NoneIndex + 1;
        for (var from = 0; from < size; from++)
        {
            for (var to = 0; to < size; to++)
            {
                Assert.Equal(exact[from, to], streamed[from, to]);
            }
        }

        Assert.Equal(exact.Flows, streamed.Flows);
        Assert.Equal(
            (exact.EarlierCustomers, exact.LaterCustomers, exact.CustomersInBoth, exact.ChangedCustomers),
            (streamed.EarlierCustomers, streamed.LaterCustomers, streamed.CustomersInBoth, streamed.ChangedCustomers));
    }
}

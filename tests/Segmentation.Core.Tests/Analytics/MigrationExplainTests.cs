using Segmentation.Analytics;
using Segmentation.CustomerTypes;

namespace Segmentation.Tests.Analytics;

/// <summary>The reason for one customer's move: both runs' explain traces.</summary>
public sealed class MigrationExplainTests
{
    private static readonly DateTimeOffset January = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset July = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Monthly orders through 2024; nothing in 2025.</summary>
    private static CustomerProfile ProfileAsOf(DateTimeOffset asOf)
    {
        var builder = new CustomerProfileBuilder(asOf);
        for (var month = 1; month <= 12; month++)
        {
            builder.AddOrder("ada", new DateTimeOffset(2024, month, 15, 0, 0, 0, TimeSpan.Zero), 40m);
        }

        return builder.Build().Single();
    }

    [Fact]
    public void Explain_LoyalCustomerWhoStopsBuying_ExitsLoyalAndEntersLostWithBothTraces()
    {
        var set = CustomerTypeSet.Exclusive<CustomerProfile>();

        var move = SegmentMigration.Explain(new CustomerRun<CustomerProfile>(set, ProfileAsOf(January), January), new CustomerRun<CustomerProfile>(set, ProfileAsOf(July), July));

        Assert.Equal([CustomerTypeNames.Loyal], move.EarlierSegments);
        Assert.Equal([CustomerTypeNames.Lost], move.LaterSegments);
        Assert.True(move.Changed);
        Assert.Equal([CustomerTypeNames.Loyal], move.Exited);
        Assert.Equal([CustomerTypeNames.Lost], move.Entered);
        var loyal = move.Segments.Single(s => s.Name == CustomerTypeNames.Loyal);
        Assert.True(loyal.Earlier!.IsMatch);
        Assert.False(loyal.Later!.IsMatch);

        // Why Loyal ended: the last order is 198 days old, beyond the 90 days of activity.
        var activity = loyal.Later.Root.Children.Single(c => c.Description.StartsWith("daysSinceLastOrder", StringComparison.Ordinal));
        Assert.False(activity.Result);
        Assert.Contains("198", activity.ObservedText, StringComparison.Ordinal);
        var lost = move.Segments.Single(s => s.Name == CustomerTypeNames.Lost);
        Assert.False(lost.Earlier!.IsMatch);
        Assert.True(lost.Later!.IsMatch);
        Assert.Contains("Loyal: exited", move.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OverlappingSets_ListsEverySegmentOfEitherRun()
    {
        var set = CustomerTypeSet.Overlapping<CustomerProfile>();

        var move = SegmentMigration.Explain(new CustomerRun<CustomerProfile>(set, ProfileAsOf(January), January), new CustomerRun<CustomerProfile>(set, ProfileAsOf(July), July));

        Assert.Equal([CustomerTypeNames.Loyal], move.EarlierSegments);
        Assert.Equal([CustomerTypeNames.Lost], move.LaterSegments);
        Assert.All(move.Segments, s => Assert.Equal(s.WasMember, s.Earlier!.IsMatch));
        Assert.All(move.Segments, s => Assert.Equal(s.IsMember, s.Later!.IsMatch));
    }

    [Fact]
    public void Explain_SameRunTwice_HasNoChange()
    {
        var set = CustomerTypeSet.Exclusive<CustomerProfile>();
        var run = new CustomerRun<CustomerProfile>(set, ProfileAsOf(January), January);

        var move = SegmentMigration.Explain(run, run);

        Assert.False(move.Changed);
        Assert.Equal([CustomerTypeNames.Loyal], move.Stayed);
        Assert.Empty(move.Entered);
    }
}

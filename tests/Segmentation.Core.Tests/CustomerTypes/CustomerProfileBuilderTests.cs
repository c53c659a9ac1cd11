using Segmentation.CustomerTypes;

namespace Segmentation.Tests.CustomerTypes;

public sealed class CustomerProfileBuilderTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_SummarisesOrdersRhythmAndAdvocacy()
    {
        var builder = new CustomerProfileBuilder(AsOf)
            .AddOrder("c1", AsOf.AddDays(-100), 50m)
            .AddOrder("c1", AsOf.AddDays(-60), 30m, withPromotion: true)
            .AddOrder("c1", AsOf.AddDays(-20), 20m)
            .AddReview("c1", AsOf.AddDays(-10), stars: 5)
            .AddReview("c1", AsOf.AddDays(-5), stars: 1)
            .AddNpsAnswer("c1", AsOf.AddDays(-30), 6)
            .AddNpsAnswer("c1", AsOf.AddDays(-3), 10)
            .AddInteraction("p1", AsOf.AddDays(-2).AddHours(-1));

        var profiles = builder.Build();

        Assert.Equal(["c1", "p1"], profiles.Select(p => p.CustomerId));
        var c1 = profiles[0];
        Assert.Equal(3, c1.OrderCount);
        Assert.Equal(100m, c1.Revenue);
        Assert.Equal(100, c1.DaysSinceFirstOrder);
        Assert.Equal(20, c1.DaysSinceLastOrder);
        Assert.Equal(40.0, c1.AverageDaysBetweenOrders);
        Assert.Equal(0.5, c1.RhythmRatio);
        Assert.Equal(1.0 / 3, c1.PromotionOrderShare);
        Assert.Equal(1, c1.PositiveReviewCount);
        Assert.Equal(1, c1.ComplaintCount);
        Assert.Equal(5, c1.DaysSinceLastComplaint);
        Assert.Equal(10, c1.NpsScore);
        var p1 = profiles[1];
        Assert.Equal(0, p1.OrderCount);
        Assert.Null(p1.DaysSinceLastOrder);
        Assert.Null(p1.RhythmRatio);
        Assert.Null(p1.PromotionOrderShare);
        Assert.Equal(2, p1.DaysSinceLastInteraction);
    }

    [Fact]
    public void Build_EventsAfterTheAsOf_AreIgnoredAndCounted()
    {
        var builder = new CustomerProfileBuilder(AsOf)
            .AddOrder("c1", AsOf.AddDays(-1), 10m)
            .AddOrder("c1", AsOf.AddDays(1), 99m);

        var profile = Assert.Single(builder.Build());

        Assert.Equal(1, profile.OrderCount);
        Assert.Equal(1, builder.IgnoredFutureEvents);
    }

    [Fact]
    public void AddReview_StarsOutOfRange_Throws()
    {
        var builder = new CustomerProfileBuilder(AsOf);

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddReview("c1", AsOf, 6));
    }
}

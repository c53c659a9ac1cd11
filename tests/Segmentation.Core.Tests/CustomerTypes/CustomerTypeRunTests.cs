using Segmentation.CustomerTypes;
using Segmentation.Definitions;

namespace Segmentation.Tests.CustomerTypes;

public sealed class CustomerTypeRunTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromSources_JoinsEverySourceByCustomerId_PeopleWithoutOrdersIncluded()
    {
        var builder = new CustomerProfileBuilder(AsOf)
            .AddOrder("c2", AsOf.AddDays(-10), 20m)
            .AddTicket("t-only", AsOf.AddDays(-3), isComplaint: false, isOpen: true)
            .AddInteraction("v-only", AsOf.AddDays(-5))
            .AddReferral("c2", AsOf.AddDays(-1))
            .AddNpsAnswer("n-only", AsOf.AddDays(-2), 3);

        var run = CustomerTypeRun.FromSources(builder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["c2", "n-only", "t-only", "v-only"], run.Profiles.Select(p => p.CustomerId));
        Assert.Equal([CustomerTypeNames.BrandAdvocate], run.TypesOf(0));
        Assert.Equal([CustomerTypeNames.Other], run.TypesOf(1));
        Assert.Equal([CustomerTypeNames.Complaining], run.TypesOf(2));
        Assert.Equal([CustomerTypeNames.Potential], run.TypesOf(3));
        Assert.Equal(1, run.Profiles[0].ReferralCount);
        Assert.Equal(0, run.Profiles[2].OrderCount);
        Assert.Equal(4, run.Counts.Total);
        Assert.Equal(1, run.Counts[CustomerTypeNames.Other]);
        Assert.Equal(1, run.WithoutType);
        Assert.Equal(AsOf, run.AsOf);
    }

    [Fact]
    public void Overlapping_GivesEveryMatchingType_ExclusiveTheFirstByPriority()
    {
        // A loyal customer with an open ticket who referred a friend (docs/customer-types.md).
        var builder = new CustomerProfileBuilder(AsOf);
        for (var month = 0; month < 8; month++)
        {
            builder.AddOrder("loyal", AsOf.AddDays(-30 * month - 5), 40m);
        }

        builder.AddTicket("loyal", AsOf.AddDays(-2), isComplaint: true, isOpen: true).AddReferral("loyal", AsOf.AddDays(-40));
        builder.AddInteraction("nobody", AsOf.AddDays(-400));

        var exclusive = CustomerTypeRun.FromSources(builder, cancellationToken: TestContext.Current.CancellationToken);
        var overlapping = CustomerTypeRun.FromSources(builder, SegmentSetMode.AllMatches, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([CustomerTypeNames.Complaining], exclusive.TypesOf(0));
        Assert.Equal([CustomerTypeNames.Complaining, CustomerTypeNames.BrandAdvocate, CustomerTypeNames.Loyal], overlapping.TypesOf(0));
        Assert.Empty(overlapping.TypesOf(1));
        Assert.Equal(1, overlapping.WithoutType);
        Assert.Equal(7, overlapping.Names.Count);
        Assert.Equal(8, exclusive.Names.Count);
        Assert.Equal(exclusive.Counts.Total, exclusive.Counts.Counts.Sum());
        Assert.Equal(3, overlapping.Counts.Counts.Sum());
    }

    [Fact]
    public void FromSources_WithoutAsOf_TakesTheDayAfterTheLatestActivityOfAnySource()
    {
        var builder = new CustomerProfileBuilder()
            .AddOrder("c1", new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero), 10m)
            .AddInteraction("c1", new DateTimeOffset(2024, 12, 20, 15, 30, 0, TimeSpan.Zero));

        var run = CustomerTypeRun.FromSources(builder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new DateTimeOffset(2024, 12, 21, 0, 0, 0, TimeSpan.Zero), run.AsOf);
        Assert.Equal(20, run.Profiles[0].DaysSinceLastOrder);
        Assert.Equal(0, run.Profiles[0].DaysSinceLastInteraction);
        Assert.Equal(0, run.IgnoredFutureEvents);
    }

    [Fact]
    public void AddOrder_LinesOfOneOrderId_CountOnceWithTheirAmountsSummed()
    {
        var builder = new CustomerProfileBuilder(AsOf)
            .AddOrder("c1", AsOf.AddDays(-50), 10m, withPromotion: false, orderId: "o1")
            .AddOrder("c1", AsOf.AddDays(-50), 5.5m, withPromotion: true, orderId: "o1")
            .AddOrder("c1", AsOf.AddDays(-50), 1m, withPromotion: true, orderId: "o1")
            .AddOrder("c1", AsOf.AddDays(-10), 20m, withPromotion: false, orderId: "o2")
            .AddOrder("c2", AsOf.AddDays(-10), 3m, withPromotion: false, orderId: "o1")
            .AddOrder("c2", AsOf.AddDays(-9), 4m);

        var profiles = builder.Build();

        Assert.Equal(2, profiles[0].OrderCount);
        Assert.Equal(36.5m, profiles[0].Revenue);
        Assert.Equal(1, profiles[0].PromotionOrderCount);
        Assert.Equal(2, profiles[1].OrderCount);
    }

    [Fact]
    public void FromProfiles_SortsByOrdinalId_AndRefusesTwoProfilesOfOneCustomer()
    {
        CustomerProfile[] profiles = [new() { CustomerId = "b" }, new() { CustomerId = "B" }, new() { CustomerId = "a" }];

        var run = CustomerTypeRun.FromProfiles(profiles, AsOf, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["B", "a", "b"], run.Profiles.Select(p => p.CustomerId));
        var error = Assert.Throws<SegmentationException>(() => CustomerTypeRun.FromProfiles([.. profiles, new() { CustomerId = "secret-id" }, new() { CustomerId = "secret-id" }], AsOf, cancellationToken: TestContext.Current.CancellationToken));
        Assert.DoesNotContain("secret-id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromProfiles_Empty_IsAnEmptyRun()
    {
        var run = CustomerTypeRun.FromProfiles([], AsOf, SegmentSetMode.AllMatches, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(run.Profiles);
        Assert.Equal(0, run.Counts.Total);
        Assert.Equal(0, run.WithoutType);
    }

    [Fact]
    public void Suppress_SmallTypeAndItsNextSmallest_AreHidden_LargeOnesShown()
    {
        var builder = new CustomerProfileBuilder(AsOf);
        for (var i = 0; i < 20; i++)
        {
            builder.AddOrder("new" + i, AsOf.AddDays(-3), 10m);
        }

        for (var i = 0; i < 8; i++)
        {
            builder.AddInteraction("prospect" + i, AsOf.AddDays(-3));
        }

        builder.AddTicket("new0", AsOf.AddDays(-1), isComplaint: true, isOpen: true);
        var run = CustomerTypeRun.FromSources(builder, cancellationToken: TestContext.Current.CancellationToken);

        var groups = run.Suppress(Segmentation.Privacy.SmallCellSuppression.Default);

        var complaining = run.Names.ToList().IndexOf(CustomerTypeNames.Complaining);
        var potential = run.Names.ToList().IndexOf(CustomerTypeNames.Potential);
        Assert.Equal(1, run.Counts.Counts[complaining]);
        Assert.True(run.IsTypeSuppressed(groups, complaining));
        Assert.False(run.IsTypeSuppressed(groups, potential));
        Assert.False(run.IsTypeSuppressed(Segmentation.Privacy.SmallCellSuppression.Off is var off ? run.Suppress(off) : groups, complaining));
    }
}

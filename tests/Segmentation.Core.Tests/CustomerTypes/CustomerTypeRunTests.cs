using Segmentation.CustomerTypes;
using Segmentation.Definitions;
using Segmentation.Privacy;

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

    [Fact]
    public void FromSources_WithSuppressionList_EqualsARunWithoutTheListedCustomersActivity()
    {
        // "late" has the latest activity of all: left in, it would set the default as-of instant.
        static CustomerProfileBuilder Build(bool withListed)
        {
            var builder = new CustomerProfileBuilder()
                .AddOrder("a", AsOf.AddDays(-200), 10m).AddOrder("a", AsOf.AddDays(-100), 10m)
                .AddOrder("b", AsOf.AddDays(-20), 30m)
                .AddTicket("c", AsOf.AddDays(-10), isComplaint: true, isOpen: false)
                .AddInteraction("p", AsOf.AddDays(-5));
            if (withListed)
            {
                builder.AddOrder("late", AsOf.AddDays(60), 99m).AddReview("late", AsOf.AddDays(61), 5).AddReferral("gone", AsOf.AddDays(-1));
            }

            return builder;
        }

        var options = new CustomerTypeOptions { SuppressionList = new SuppressionList(["late", "gone"]) };

        var suppressed = CustomerTypeRun.FromSources(Build(withListed: true), options: options, cancellationToken: TestContext.Current.CancellationToken);
        var without = CustomerTypeRun.FromSources(Build(withListed: false), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["a", "b", "c", "p"], suppressed.Profiles.Select(p => p.CustomerId));
        Assert.Equal(without.AsOf, suppressed.AsOf);
        Assert.Equal(without.Profiles, suppressed.Profiles);
        Assert.Equal(Enumerable.Range(0, 4).Select(without.TypesOf), Enumerable.Range(0, 4).Select(suppressed.TypesOf));
        Assert.Equal(without.Counts.Counts.ToArray(), suppressed.Counts.Counts.ToArray());
        Assert.Equal(AsOf.AddDays(-4), suppressed.AsOf);
    }

    [Fact]
    public void FromSources_GivenAsOfAndSuppressionList_ListedCustomersFutureEventsAreNotCounted()
    {
        var builder = new CustomerProfileBuilder(AsOf)
            .AddOrder("a", AsOf.AddDays(-3), 10m).AddOrder("a", AsOf.AddDays(2), 10m)
            .AddOrder("gone", AsOf.AddDays(-3), 10m).AddOrder("gone", AsOf.AddDays(5), 10m).AddReview("gone", AsOf.AddDays(6), 1);

        var run = CustomerTypeRun.FromSources(builder, options: new CustomerTypeOptions { SuppressionList = new SuppressionList(["gone"]) }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["a"], run.Profiles.Select(p => p.CustomerId));
        Assert.Equal(1, run.IgnoredFutureEvents);
        Assert.Equal(3, builder.IgnoredFutureEvents);
    }

    [Fact]
    public void FromProfiles_WithSuppressionList_LeavesTheListedProfilesOut()
    {
        var profiles = new CustomerProfileBuilder(AsOf).AddOrder("a", AsOf.AddDays(-3), 10m).AddOrder("gone", AsOf.AddDays(-3), 10m).Build();

        var run = CustomerTypeRun.FromProfiles(profiles, AsOf, options: new CustomerTypeOptions { SuppressionList = new SuppressionList(["gone"]) }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["a"], run.Profiles.Select(p => p.CustomerId));
        Assert.Equal(1, run.Counts.Total);
    }
}

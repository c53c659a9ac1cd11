using Segmentation.Catalog;
using Segmentation.CustomerTypes;
using Segmentation.Definitions;
using Segmentation.Serialization;

namespace Segmentation.Tests.CustomerTypes;

/// <summary>The ready-made sets: priorities, overlap, fallback, JSON export and the user's own class.</summary>
public sealed class CustomerTypeSetTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A loyal customer with an open ticket who referred a friend.</summary>
    private static readonly CustomerProfile ComplainingLoyalAdvocate = new()
    {
        CustomerId = "x",
        OrderCount = 8,
        DaysSinceFirstOrder = 400,
        DaysSinceLastOrder = 10,
        AverageDaysBetweenOrders = 55,
        OpenTicketCount = 1,
        ReferralCount = 2,
    };

    [Fact]
    public void Exclusive_ComplainingLoyalAdvocate_IsComplaining()
    {
        var set = CustomerTypeSet.Exclusive<CustomerProfile>();

        var membership = set.Match(ComplainingLoyalAdvocate, AsOf);

        Assert.Equal(CustomerTypeNames.Complaining, set.Names[membership.MinIndex]);
        Assert.Equal(CustomerTypeNames.Other, set.FallbackName);
    }

    [Fact]
    public void Overlapping_ComplainingLoyalAdvocate_IsAllThree()
    {
        var set = CustomerTypeSet.Overlapping<CustomerProfile>();

        var membership = set.Match(ComplainingLoyalAdvocate, AsOf);
        var types = set.Names.Where((_, i) => membership.Contains(i)).ToArray();

        Assert.Equal([CustomerTypeNames.Complaining, CustomerTypeNames.BrandAdvocate, CustomerTypeNames.Loyal], types);
    }

    [Fact]
    public void Exclusive_WithoutTheTicket_IsBrandAdvocateBeforeLoyal()
    {
        var set = CustomerTypeSet.Exclusive<CustomerProfile>();

        var membership = set.Match(ComplainingLoyalAdvocate with { OpenTicketCount = 0 }, AsOf);

        Assert.Equal(CustomerTypeNames.BrandAdvocate, set.Names[membership.MinIndex]);
    }

    [Fact]
    public void Exclusive_CustomerOfNoType_IsOther()
    {
        var set = CustomerTypeSet.Exclusive<CustomerProfile>();

        // Three orders over 100 days, the last 40 days ago: not new, loyal, casual or lost; no interaction.
        var steady = new CustomerProfile { CustomerId = "s", OrderCount = 3, DaysSinceFirstOrder = 140, DaysSinceLastOrder = 40, AverageDaysBetweenOrders = 50 };
        var membership = set.Match(steady, AsOf);

        Assert.Equal(set.FallbackIndex, membership.MinIndex);
        Assert.Equal(CustomerTypeNames.Other, set.Names[membership.MinIndex]);
    }

    [Fact]
    public void Options_AreUsedBySets()
    {
        var strict = CustomerTypeOptions.Default with { PromoterMinNps = 10 };
        var profile = new CustomerProfile { CustomerId = "n", NpsScore = 9 };

        Assert.True(CustomerTypeSet.Overlapping<CustomerProfile>().Match(profile, AsOf).Contains(2));
        Assert.False(CustomerTypeSet.Overlapping<CustomerProfile>(options: strict).Match(profile, AsOf).Contains(2));
    }

    [Theory]
    [InlineData(SegmentSetMode.FirstMatch)]
    [InlineData(SegmentSetMode.AllMatches)]
    public void Document_RoundTripsThroughJson(SegmentSetMode mode)
    {
        var document = CustomerTypeSet.Document(mode);

        var json = SegmentJson.SerializeSet(document);
        var read = SegmentJson.DeserializeSet(json, CustomerTypeSet.ProfileCatalog);

        Assert.Equal(document, read);
        Assert.Equal(7, read.Segments.Count);
        Assert.Equal(mode == SegmentSetMode.FirstMatch ? CustomerTypeNames.Other : null, read.Fallback);
        Assert.Contains("\"rhythmRatio\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnClass_MappedOntoTheProfileFields_GetsTheSameTypesWithoutCopying()
    {
        var catalog = FieldCatalog.For<ShopCustomer>()
            .Add(c => c.Purchases.Count, CustomerProfileFields.OrderCount)
            .Add(c => c.Stats.PromoShare, CustomerProfileFields.PromotionOrderShare)
            .Add(c => c.Stats.DaysSinceFirstPurchase, CustomerProfileFields.DaysSinceFirstOrder)
            .Add(c => c.Stats.DaysSinceLastPurchase, CustomerProfileFields.DaysSinceLastOrder)
            .Add(c => c.Stats.Overdue, CustomerProfileFields.RhythmRatio)
            .Add(c => c.Visits, CustomerProfileFields.InteractionCount)
            .Add(c => c.Stats.DaysSinceLastVisit, CustomerProfileFields.DaysSinceLastInteraction)
            .Add(c => c.Support.Open, CustomerProfileFields.OpenTicketCount)
            .Add(c => c.Support.DaysSinceLastComplaint, CustomerProfileFields.DaysSinceLastComplaint)
            .Add(c => c.Friends, CustomerProfileFields.ReferralCount)
            .Add(c => c.FiveStarReviews, CustomerProfileFields.PositiveReviewCount)
            .Add(c => c.LastNps, CustomerProfileFields.NpsScore)
            .Build();
        ShopCustomer[] shop =
        [
            new() { Visits = 3, Stats = new() { DaysSinceLastVisit = 12 } },
            new() { Purchases = [1, 2, 3, 4, 5], Stats = new() { DaysSinceFirstPurchase = 400, DaysSinceLastPurchase = 20, Overdue = 0.25, PromoShare = 0 }, Support = new() { Open = 1 }, Friends = 1 },
            new() { Purchases = [1], Stats = new() { DaysSinceFirstPurchase = 200, DaysSinceLastPurchase = 200, PromoShare = 1 }, LastNps = 9 },
        ];
        CustomerProfile[] profiles =
        [
            new() { CustomerId = "0", InteractionCount = 3, DaysSinceLastInteraction = 12 },
            new() { CustomerId = "1", OrderCount = 5, DaysSinceFirstOrder = 400, DaysSinceLastOrder = 20, AverageDaysBetweenOrders = 80, OpenTicketCount = 1, ReferralCount = 1 },
            new() { CustomerId = "2", OrderCount = 1, PromotionOrderCount = 1, DaysSinceFirstOrder = 200, DaysSinceLastOrder = 200, NpsScore = 9 },
        ];

        var ownSet = CustomerTypeSet.Overlapping<ShopCustomer>(catalog);
        var profileSet = CustomerTypeSet.Overlapping<CustomerProfile>();
        var own = shop.Select(c => ownSet.Match(c, AsOf)).ToArray();
        var expected = profiles.Select(p => profileSet.Match(p, AsOf)).ToArray();

        Assert.Equal(expected, own);
        Assert.Equal(
            [CustomerTypeNames.Potential],
            ownSet.Names.Where((_, i) => own[0].Contains(i)));
        Assert.Equal(
            [CustomerTypeNames.Complaining, CustomerTypeNames.BrandAdvocate, CustomerTypeNames.Loyal],
            ownSet.Names.Where((_, i) => own[1].Contains(i)));
        Assert.Equal(
            [CustomerTypeNames.Lost, CustomerTypeNames.BrandAdvocate, CustomerTypeNames.Casual],
            ownSet.Names.Where((_, i) => own[2].Contains(i)));
    }

    [Fact]
    public void Exclusive_CatalogOfAnotherType_Throws() =>
        Assert.Throws<SegmentationException>(() => CustomerTypeSet.Exclusive<ShopCustomer>(CustomerTypeSet.ProfileCatalog));

    public sealed class ShopCustomer
    {
        public List<int> Purchases { get; set; } = [];

        public int Visits { get; set; }

        public int Friends { get; set; }

        public int FiveStarReviews { get; set; }

        public int? LastNps { get; set; }

        public ShopStats Stats { get; set; } = new();

        public SupportState Support { get; set; } = new();
    }

    public sealed class ShopStats
    {
        public double? PromoShare { get; set; }

        public int? DaysSinceFirstPurchase { get; set; }

        public int? DaysSinceLastPurchase { get; set; }

        public double? Overdue { get; set; }

        public int? DaysSinceLastVisit { get; set; }
    }

    public sealed class SupportState
    {
        public int Open { get; set; }

        public int? DaysSinceLastComplaint { get; set; }
    }
}

using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Dsl;

namespace Segmentation.Tests.Families;

/// <summary>The six family examples of docs/families.md, evaluated on hand-built shoppers.</summary>
public sealed class FamilyExamplesTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static int[] Members(SegmentDefinition definition, params Shopper[] shoppers)
    {
        var segment = SegmentCompiler.Shared.Compile<Shopper>(definition, Segmentation.Catalog.FieldCatalog.FromType<Shopper>());
        var query = segment.ToExpression(AsOf).Compile();
        Assert.All(shoppers, s => Assert.Equal(segment.IsMatch(s, AsOf), query(s)));
        return [.. shoppers.Where(s => segment.IsMatch(s, AsOf)).Select(s => s.Id)];
    }

    [Fact]
    public void Demographic_YoungProfessionals()
    {
        // begin: demographic
        var youngProfessionals = Segment.For<Shopper>("young professionals")
            .Where(s => s.BirthDate).AgeBetween(25, 34)          // age on the as-of date, both ends included
            .And(s => s.IncomeBand).In("50-75k", "75-100k", "100k+")
            .And(s => s.Education).In("bachelor", "master", "doctorate")
            .And(s => s.MaritalStatus).NotEqualTo("married")
            .And(s => s.Occupation).HasValue()
            .Build();
        // end
        Shopper Person(int id, DateOnly born, string income = "75-100k") =>
            new() { Id = id, BirthDate = born, IncomeBand = income, Education = "master", MaritalStatus = "single", Occupation = "engineer" };

        // As of 2025-06-01: born 2000-06-01 turns 25 that day; born 1990-06-02 is still 34 (35 tomorrow).
        Assert.Equal(
            [1, 3],
            Members(
                youngProfessionals,
                Person(1, new DateOnly(2000, 6, 1)),
                Person(2, new DateOnly(2000, 6, 2)),
                Person(3, new DateOnly(1990, 6, 2)),
                Person(4, new DateOnly(1990, 6, 1)),
                Person(5, new DateOnly(1995, 1, 1), income: "25-50k"),
                new Shopper { Id = 6, IncomeBand = "100k+", Education = "master", Occupation = "nurse" }));
    }

    [Fact]
    public void Geographic_UrbanNearBerlin()
    {
        // begin: geographic
        var berlinUrban = Segment.For<Shopper>("urban near Berlin")
            .WithinRadius(s => s.Latitude, s => s.Longitude, 52.5200, 13.4050, radiusKm: 30)
            .And(s => s.Settlement).In(Settlement.Urban, Settlement.Suburban)
            .Build();
        var dachTemperate = Segment.For<Shopper>("DACH, temperate")
            .Where(s => s.Country).In("DE", "AT", "CH")
            .And(s => s.Climate).EqualTo("temperate")
            .AndNot(s => s.Region).In("Bavaria")
            .Build();
        // end
        Shopper[] shoppers =
        [
            new() { Id = 1, Latitude = 52.3906, Longitude = 13.0645, Settlement = Settlement.Suburban, Country = "DE", Region = "Brandenburg", Climate = "temperate" }, // Potsdam, ~27 km
            new() { Id = 2, Latitude = 52.3471, Longitude = 14.5506, Settlement = Settlement.Urban, Country = "DE", Region = "Brandenburg", Climate = "temperate" },   // Frankfurt (Oder), ~80 km
            new() { Id = 3, Latitude = 52.52, Longitude = 13.405, Settlement = Settlement.Rural, Country = "DE", Region = "Bavaria", Climate = "temperate" },
            new() { Id = 4, Country = "AT", Region = "Tyrol", Climate = "alpine" },
            new() { Id = 5, Latitude = 52.5, Longitude = 13.4, Country = "CH", Region = "Zurich", Climate = "temperate" },
        ];

        Assert.Equal([1, 5], Members(berlinUrban, shoppers));
        Assert.Equal([1, 2, 5], Members(dachTemperate, shoppers));
    }

    [Fact]
    public void Psychographic_EcoOutdoor()
    {
        // begin: psychographic
        var ecoOutdoor = Segment.For<Shopper>("eco outdoor")
            .Where(s => s.Interests).ContainsAny("hiking", "cycling", "camping")
            .And(s => s.Values).ContainsAll("sustainability")
            .AndNot(s => s.Lifestyle).ContainsAny("frequent-flyer")
            .Build();
        // end
        Assert.Equal(
            [1],
            Members(
                ecoOutdoor,
                new Shopper { Id = 1, Interests = ["cycling"], Values = ["sustainability", "family"] },
                new Shopper { Id = 2, Interests = ["cycling"], Values = ["sustainability"], Lifestyle = ["frequent-flyer"] },
                new Shopper { Id = 3, Interests = ["gaming"], Values = ["sustainability"] },
                new Shopper { Id = 4, Interests = ["hiking"] }));
    }

    [Fact]
    public void Behavioral_EngagedThisMonth()
    {
        // begin: behavioral
        var engaged = Segment.For<Shopper>("engaged this month")
            .Where(s => s.Events).Count(e => e.At, TimeWindow.Last(30, TimeUnit.Days))
                .Where(e => e.Where(x => x.Type).EqualTo("session")).AtLeast(8)   // event count in a window
            .And(s => s.LoyaltyTier).In("gold", "platinum")
            .Build();
        // end
        static List<ShopperEvent> Sessions(int count, int daysAgo) =>
            [.. Enumerable.Range(0, count).Select(_ => new ShopperEvent { Type = "session", At = AsOf.AddDays(-daysAgo) })];
        Assert.Equal(
            [1],
            Members(
                engaged,
                new Shopper { Id = 1, LoyaltyTier = "gold", Events = Sessions(8, 30) },
                new Shopper { Id = 2, LoyaltyTier = "gold", Events = [.. Sessions(7, 30), .. Sessions(5, 31)] },
                new Shopper { Id = 3, LoyaltyTier = "silver", Events = Sessions(20, 1) }));
    }

    [Fact]
    public void Technographic_EarlyAdoptersOnMobile()
    {
        // begin: technographic
        var earlyMobile = Segment.For<Shopper>("early adopters on mobile")
            .Where(s => s.Device).In("phone", "tablet")
            .And(s => s.OperatingSystem).In("iOS", "Android")
            .And(s => s.Adoption).In("innovator", "early adopter")
            .Build();
        // end
        Assert.Equal(
            [2],
            Members(
                earlyMobile,
                new Shopper { Id = 1, Device = "desktop", OperatingSystem = "Windows", Adoption = "innovator" },
                new Shopper { Id = 2, Device = "phone", OperatingSystem = "Android", Adoption = "early adopter" },
                new Shopper { Id = 3, Device = "phone", OperatingSystem = "iOS", Adoption = "laggard" }));
    }

    [Fact]
    public void PurchaseHistory_ValuableButQuiet()
    {
        // begin: purchase history
        var valuableButQuiet = Segment.For<Shopper>("valuable but quiet")
            .Where(s => s.Orders).Count().AtLeast(3)
            .And(s => s.Orders).Average(o => o.Amount).GreaterThan(100m)
            .And(s => s.Orders).Max(o => o.PlacedAt).LessThan(AsOf.AddDays(-60)) // no order in the last 60 days
            .Build();
        var valuableButQuietRolling = Segment.For<Shopper>("valuable but quiet, rolling")
            .Where(s => s.Orders).Count().AtLeast(3)
            .And(s => s.Orders).Average(o => o.Amount).GreaterThan(100m)
            .And(s => s.Orders).Count(o => o.PlacedAt, TimeWindow.Last(60, TimeUnit.Days)).EqualTo(0)
            .Build();
        // end
        static List<ShopperOrder> Orders(decimal amount, params int[] daysAgo) =>
            [.. daysAgo.Select(d => new ShopperOrder { Amount = amount, PlacedAt = AsOf.AddDays(-d) })];
        Assert.Equal(
            [1],
            Members(
                valuableButQuiet,
                new Shopper { Id = 1, Orders = Orders(150m, 61, 120, 300) },
                new Shopper { Id = 2, Orders = Orders(150m, 59, 120, 300) },
                new Shopper { Id = 3, Orders = Orders(90m, 61, 120, 300) },
                new Shopper { Id = 4, Orders = Orders(500m, 100, 200) }));
        Assert.Equal([1], Members(valuableButQuietRolling, new Shopper { Id = 1, Orders = Orders(150m, 61, 120, 300) }, new Shopper { Id = 2, Orders = Orders(150m, 60, 120, 300) }));
    }
}

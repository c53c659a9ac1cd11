using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Dsl;

/// <summary>The code of docs/dsl.md, kept here so that it compiles and runs.</summary>
public sealed class DslDocSnippetTests
{
    [Fact]
    public void Snippets_OfDslDoc_BuildValidDefinitions()
    {
        var catalog = FieldCatalog.FromType<Customer>();

        // begin: quick start
        var vip = Segment.For<Customer>("VIP", catalog)
            .Where(c => c.Country).In("US", "CA", "GB")
            .And(c => c.Orders).Count(o => o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days)).AtLeast(3)
            .And(c => c.TotalSpend).GreaterThan(500m)
            .AndNot(c => c.OptedOut).IsTrue()
            .Build();
        // end

        // begin: operators
        var numbers = Segment.For<Customer>("numbers")
            .Where(c => c.Age).Between(18, 65)            // int?: =, !=, >, >=, <, <=, Between, In, NotIn, IsNull, HasValue
            .And(c => c.Score).AtLeast(0.5)                // double
            .And(c => c.TotalSpend).NotIn(0m)              // decimal
            .Build();
        var text = Segment.For<Customer>("text")
            .Where(c => c.Name).StartsWith("jo", ignoreCase: true)
            .And(c => c.Address!.City).EqualTo("Oslo")     // nested objects are dotted fields: address.city
            .And(c => c.Country).HasValue()
            .Build();
        var dates = Segment.For<Customer>("dates")
            .Where(c => c.LastOrderAt).WithinLast(30, TimeUnit.Days)
            .And(c => c.BirthDate).OlderThan(18, TimeUnit.Years)
            .And(c => c.LastOrderAt).After(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .Build();
        var sets = Segment.For<Customer>("sets")
            .Where(c => c.Tier).In(Tier.Gold, Tier.Silver)  // enums by member
            .And(c => c.Tags).ContainsAny("newsletter", "beta")
            .AndNot(c => c.Tags).ContainsAll("churned")
            .Build();
        var aggregates = Segment.For<Customer>("aggregates")
            .Where(c => c.Orders).Sum(o => o.Amount)
                .Where(o => o.Where(x => x.Returned).IsFalse())
                .Within(o => o.PlacedAt, TimeWindow.Last(365, TimeUnit.Days))
                .GreaterThan(1_000m)
            .And(c => c.Orders).Max(o => o.PlacedAt).GreaterThan(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .Build();
        // end

        // begin: groups
        var northAmericanAdults = Segment.For<Customer>("na-adults")
            .Where(c => c.Age).AtLeast(18)
            .And(g => g.Where(c => c.Country).EqualTo("US").Or(c => c.Country).EqualTo("CA"))
            .Build();                                      // age >= 18 AND (country = US OR country = CA)
        var either = Segment.For<Customer>("either")
            .AnyOf(
                g => g.Where(c => c.Tier).EqualTo(Tier.Gold),
                g => g.Where(c => c.TotalSpend).AtLeast(10_000m).And(c => c.OptedOut).IsFalse())
            .Build();
        var notVip = Segment.For<Customer>("not-vip").InSegment("VIP").AndNot(g => g.InSegment("churned")).Build();
        // end

        // begin: custom fields
        var tenant = FieldCatalog.For<Dictionary<string, object?>>()
            .AddCustomFields(new CustomFieldSchema([new("loyaltyPoints", FieldKind.Number)]), (row, name) => row[name])
            .Build();
        var loyal = Segment.For<Dictionary<string, object?>>("loyal", tenant)
            .Where<decimal>("loyaltyPoints").GreaterThan(100)
            .Build();
        // end

        Assert.IsType<AllCriterion>(vip.Criteria);
        Assert.All([numbers, text, dates, sets, aggregates, northAmericanAdults, either, notVip, loyal], d => Assert.NotNull(d.Criteria));
        Assert.IsType<AnyCriterion>(Assert.IsType<AllCriterion>(northAmericanAdults.Criteria).Criteria[1]);
    }
}

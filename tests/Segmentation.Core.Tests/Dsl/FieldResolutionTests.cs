using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Dsl;

public sealed class FieldResolutionTests
{
    private static readonly FieldCatalog AllowListed = FieldCatalog.FromType<Customer>(o => o.Include("country", "totalSpend", "orders.amount"));

    [Fact]
    public void Where_FieldOutsideAllowList_IsRejectedNamingTheMember()
    {
        var error = Assert.Throws<SegmentationException>(() => Segment.For<Customer>("s", AllowListed).Where(c => c.Age));

        Assert.Equal("Age", error.Location);
        Assert.Contains("Customer.Age is not a field of the Customer catalog", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AggregateValue_ElementFieldOutsideAllowList_IsRejected()
    {
        var orders = Segment.For<Customer>("s", AllowListed).Where(c => c.Orders);

        var error = Assert.Throws<SegmentationException>(() => orders.Count(o => o.PlacedAt, TimeWindow.Last(1, TimeUnit.Days)));

        Assert.Equal("PlacedAt", error.Location);
    }

    [Fact]
    public void Where_CustomFieldName_UsesTheCatalogsNameNotThePropertyName()
    {
        var catalog = FieldCatalog.For<Customer>().Add(c => c.TotalSpend, name: "spend").Add(c => c.Address!.City, name: "town").Build();

        var definition = Segment.For<Customer>("s", catalog).Where(c => c.TotalSpend).AtLeast(1).And(c => c.Address!.City).EqualTo("Oslo").Build();

        var all = Assert.IsType<AllCriterion>(definition.Criteria);
        Assert.Equal("spend", Assert.IsType<ComparisonCriterion>(all.Criteria[0]).Field);
        Assert.Equal("town", Assert.IsType<ComparisonCriterion>(all.Criteria[1]).Field);
    }

    [Fact]
    public void Where_NotAMemberSelector_IsRejected()
    {
        var error = Assert.Throws<SegmentationException>(() => Segment.For<Customer>("s").Where(c => c.TotalSpend * 2));

        Assert.Contains("does not name a field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_MethodCall_IsRejected()
    {
        Assert.Throws<SegmentationException>(() => Segment.For<Customer>("s").Where(c => c.Greet()));
    }

    [Fact]
    public void For_CatalogOfAnotherType_IsRejected()
    {
        Assert.Throws<SegmentationException>(() => Segment.For<Order>("s", Catalogs.Customer));
    }

    [Fact]
    public void Selection_UsedTwice_IsRejected()
    {
        var age = Segment.For<Customer>("s").Where(c => c.Age);
        age.AtLeast(18);

        Assert.Throws<SegmentationException>(() => age.AtMost(65));
    }

    [Fact]
    public void In_EmptyList_IsRejected()
    {
        Assert.Throws<SegmentationException>(() => Segment.For<Customer>("s").Where(c => c.Country).In());
    }

    [Fact]
    public void Count_OnStringSet_IsRejectedAsNotACollectionOfRecords()
    {
        var error = Assert.Throws<SegmentationException>(() => Segment.For<Customer>("s").Where(c => c.Tags).Count());

        Assert.Contains("not a collection of records", error.Message, StringComparison.Ordinal);
    }
}

using System.Linq.Expressions;
using Segmentation.Catalog;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Catalog;

public sealed class FieldCatalogTests
{
    [Fact]
    public void FromType_PublicProperties_BecomeCamelCasedFieldsOfTheRightKind()
    {
        var catalog = Catalogs.Customer;

        Assert.Equal(FieldKind.String, catalog.FindField("country")!.Kind);
        Assert.Equal(FieldKind.Number, catalog.FindField("age")!.Kind);
        Assert.Equal(FieldKind.Number, catalog.FindField("totalSpend")!.Kind);
        Assert.Equal(FieldKind.Boolean, catalog.FindField("optedOut")!.Kind);
        Assert.Equal(FieldKind.DateTime, catalog.FindField("lastOrderAt")!.Kind);
        Assert.Equal(FieldKind.Date, catalog.FindField("birthDate")!.Kind);
        Assert.Equal(FieldKind.String, catalog.FindField("address.city")!.Kind);
        Assert.Equal(FieldKind.StringSet, catalog.FindField("tags")!.Kind);
        Assert.Equal(FieldKind.Collection, catalog.FindField("orders")!.Kind);
        Assert.Equal(FieldKind.Number, catalog.FindField("orders")!.ElementCatalog!.FindField("amount")!.Kind);
        Assert.Equal(["Bronze", "Silver", "Gold"], catalog.FindField("tier")!.AllowedValues);
    }

    [Fact]
    public void FromType_NonPublicMembersAndMethods_AreNotFields()
    {
        var catalog = Catalogs.Customer;

        Assert.Null(catalog.FindField("secret"));
        Assert.Null(catalog.FindField("greet"));
        Assert.Null(catalog.FindField("getType"));
        Assert.Null(catalog.FindField("Country"));
    }

    [Fact]
    public void FromType_AllowList_KeepsOnlyNamedFields()
    {
        var catalog = FieldCatalog.FromType<Customer>(o => o.Include("country", "address.city", "orders.amount").DisplayName("country", "Country of residence"));

        Assert.Equal(["country", "address.city", "orders"], catalog.Fields.Select(f => f.Name));
        Assert.Equal("Country of residence", catalog.FindField("country")!.DisplayName);
        Assert.Equal(["amount"], catalog.FindField("orders")!.ElementCatalog!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void FromType_AllowListWithUnknownName_ThrowsNamingIt()
    {
        var error = Assert.Throws<SegmentationException>(() => FieldCatalog.FromType<Customer>(o => o.Include("contry")));

        Assert.Contains("'contry'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Access_MissingNestedObject_ReadsAsNull()
    {
        var field = Catalogs.Customer.FindField("address.city")!;
        var parameter = Expression.Parameter(typeof(Customer));
        var read = Expression.Lambda<Func<Customer, string?>>(field.Access(parameter), parameter).Compile();

        Assert.Null(read(new Customer { Address = null }));
        Assert.Equal("Oslo", read(new Customer { Address = new Address { City = "Oslo" } }));
    }

    [Fact]
    public void Add_NonMemberSelector_IsRejected()
    {
        var builder = FieldCatalog.For<Customer>();

        Assert.Throws<ArgumentException>(() => builder.Add(c => c.Greet()));
    }

    [Fact]
    public void AddCustomFields_ReadsConvertedValuesAndRejectsWrongTypes()
    {
        var schema = new CustomFieldSchema([new("loyaltyPoints", FieldKind.Number), new("segmentCode", FieldKind.String)]);
        var catalog = FieldCatalog.For<Dictionary<string, object?>>().AddCustomFields(schema, (row, name) => row.GetValueOrDefault(name)).Build();
        var field = catalog.FindField("loyaltyPoints")!;
        var parameter = Expression.Parameter(typeof(Dictionary<string, object?>));
        var read = Expression.Lambda<Func<Dictionary<string, object?>, decimal?>>(field.Access(parameter), parameter).Compile();

        Assert.Equal(120m, read(new() { ["loyaltyPoints"] = 120 }));
        Assert.Null(read(new()));
        var error = Assert.Throws<SegmentationException>(() => read(new() { ["loyaltyPoints"] = "many" }));
        Assert.Equal("loyaltyPoints", error.Location);
    }
}

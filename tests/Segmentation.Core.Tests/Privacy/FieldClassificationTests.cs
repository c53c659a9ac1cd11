using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Serialization;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Privacy;

public sealed class FieldClassificationTests
{
    [Fact]
    public void Attributes_ClassifyFieldsNestedFieldsAndCollectionElements()
    {
        var catalog = FieldCatalog.FromType<PrivateCustomer>(o => o.IncludeAll());

        Assert.Equal(FieldClassification.Identifier, catalog.FindField("customerId")!.Classification);
        Assert.Equal(FieldClassification.Personal, catalog.FindField("email")!.Classification);
        Assert.Equal(FieldClassification.Sensitive, catalog.FindField("account.passwordHash")!.Classification);
        Assert.Equal(FieldClassification.None, catalog.FindField("account.verified")!.Classification);
        Assert.Equal(FieldClassification.None, catalog.FindField("country")!.Classification);
        var payments = catalog.FindField("payments")!;
        Assert.Equal(FieldClassification.Sensitive, payments.Classification);
        Assert.All(payments.ElementCatalog!.Fields, f => Assert.Equal(FieldClassification.Sensitive, f.Classification));
        Assert.False(catalog.FindField("email")!.AllowsRevealingOperators);
        Assert.Equal("email (String, Personal)", catalog.FindField("email")!.ToString());
    }

    [Fact]
    public void Builder_ClassifiesFieldsAddedBeforeOrAfterAndElementFields()
    {
        var catalog = FieldCatalog.For<Customer>()
            .Classify("name", FieldClassification.Personal)
            .Add(c => c.Name)
            .Add(c => c.Country)
            .AddCollection(c => c.Orders)
            .Classify("orders.amount", FieldClassification.Sensitive, allowRevealingOperators: true)
            .Build();

        Assert.Equal(FieldClassification.Personal, catalog.FindField("name")!.Classification);
        Assert.Equal(FieldClassification.None, catalog.FindField("country")!.Classification);
        var amount = catalog.FindField("orders")!.ElementCatalog!.FindField("amount")!;
        Assert.Equal(FieldClassification.Sensitive, amount.Classification);
        Assert.True(amount.AllowsRevealingOperators);
    }

    [Fact]
    public void ScanOptions_ClassifyAndOverrideAttributes()
    {
        var catalog = FieldCatalog.FromType<PrivateCustomer>(o => o
            .Include("email", "country")
            .Classify("country", FieldClassification.Personal)
            .Classify("email", FieldClassification.Personal, allowRevealingOperators: true));

        Assert.Equal(FieldClassification.Personal, catalog.FindField("country")!.Classification);
        Assert.True(catalog.FindField("email")!.AllowsRevealingOperators);
    }

    [Fact]
    public void Classify_UnknownField_FailsNamingIt()
    {
        var error = Assert.Throws<SegmentationException>(() => FieldCatalog.For<Customer>().Add(c => c.Name).Classify("nmae", FieldClassification.Personal).Build());

        Assert.Equal("nmae", error.Location);
        Assert.Contains("'nmae'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomFieldSchema_ClassifiesTenantFields()
    {
        var schema = new CustomFieldSchema([new("phone", FieldKind.String, Classification: FieldClassification.Identifier), new("points", FieldKind.Number)]);

        var catalog = FieldCatalog.For<Dictionary<string, object?>>().AddCustomFields(schema, (row, name) => row.GetValueOrDefault(name)).Build();

        Assert.Equal(FieldClassification.Identifier, catalog.FindField("phone")!.Classification);
        Assert.Equal(FieldClassification.None, catalog.FindField("points")!.Classification);
        Assert.True(catalog.IsAllowListed);
    }

    [Fact]
    public void IsAllowListed_OnlyWhenEveryFieldWasChosen()
    {
        Assert.False(FieldCatalog.FromType<Customer>().IsAllowListed);
        Assert.True(FieldCatalog.FromType<Customer>(o => o.Include("country")).IsAllowListed);
        Assert.True(FieldCatalog.FromType<Customer>(o => o.IncludeAll()).IsAllowListed);
        Assert.True(FieldCatalog.For<Customer>().Add(c => c.Country).Build().IsAllowListed);
        Assert.False(FieldCatalog.For<Customer>().Add(c => c.Country).AddCollection(c => c.Orders).Build().IsAllowListed);
        Assert.True(FieldCatalog.For<Customer>().AddCollection(c => c.Orders, e => e.Add(o => o.Amount)).Build().IsAllowListed);
        Assert.False(FieldCatalog.FromType<Customer>().WithCriterion(Catalogs.CustomerWithCriteria.Criteria[0]).IsAllowListed);
    }

    [Fact]
    public void Json_AgainstACatalogWithoutAllowList_IsRefusedUnlessTheCallerOptsIn()
    {
        const string json = """{"version":1,"name":"s","criteria":{"kind":"compare","field":"country","operator":"=","value":"NO"}}""";
        var catalog = FieldCatalog.FromType<Customer>();

        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, catalog));
        var setError = Assert.Throws<DefinitionException>(() => SegmentJson.DeserializeSet("""{"version":1,"segments":[]}""", catalog));

        Assert.Equal("$", error.Location);
        Assert.Contains("allow-list", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowCatalogWithoutAllowList", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, setError.Message);
        var read = SegmentJson.Deserialize(json, catalog, new SegmentJsonReadOptions { AllowCatalogWithoutAllowList = true });
        Assert.Equal("s", read.Name);
    }
}

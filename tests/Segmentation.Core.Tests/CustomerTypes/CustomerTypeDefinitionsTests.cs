using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.CustomerTypes;

namespace Segmentation.Tests.CustomerTypes;

public sealed class CustomerTypeDefinitionsTests
{
    private static readonly FieldCatalog ProfileCatalog = FieldCatalog.FromType<CustomerProfile>();

    [Fact]
    public void Definitions_AreSevenInPriorityOrderAndBindToTheProfile()
    {
        var definitions = CustomerTypeDefinitions.Definitions();

        Assert.Equal(
            [CustomerTypeNames.Complaining, CustomerTypeNames.Lost, CustomerTypeNames.BrandAdvocate, CustomerTypeNames.New, CustomerTypeNames.Loyal, CustomerTypeNames.Casual, CustomerTypeNames.Potential],
            definitions.Select(d => d.Name));
        Assert.All(definitions, d => Assert.Equal(d, DefinitionBinder.Bind(d, ProfileCatalog)));
        Assert.All(definitions, d => Assert.False(string.IsNullOrWhiteSpace(d.Description)));
    }

    [Fact]
    public void ProfileFields_AreExactlyTheCatalogNamesOfTheProfile()
    {
        var names = typeof(CustomerProfileFields).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();

        Assert.All(names, name => Assert.NotNull(ProfileCatalog.FindField(name)));
    }

    [Fact]
    public void Options_ChangeTheThresholdsInTheDefinitions()
    {
        var strict = CustomerTypeOptions.Default with { NewCustomerDays = 7 };

        var original = CustomerTypeDefinitions.New(CustomerTypeOptions.Default);
        var changed = CustomerTypeDefinitions.New(strict);

        Assert.NotEqual(original, changed);
        Assert.Contains("7 days", changed.Description, StringComparison.Ordinal);
    }
}

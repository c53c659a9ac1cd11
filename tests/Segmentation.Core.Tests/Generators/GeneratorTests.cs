using FsCheck.Fluent;
using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Generators;

/// <summary>The generators themselves: every generated definition is valid and every kind occurs.</summary>
public sealed class GeneratorTests
{
    [Fact]
    public void Definitions_AreAllValidForTheCustomerCatalog()
    {
        foreach (var definition in DefinitionGenerators.Definition.Sample(500, 30))
        {
            Assert.Equal(DefinitionBinder.Bind(definition, Catalogs.Customer), DefinitionBinder.Bind(DefinitionBinder.Bind(definition, Catalogs.Customer), Catalogs.Customer));
        }
    }

    [Fact]
    public void Criteria_CoverEveryCriterionKindExceptReferencesAndCustom()
    {
        var kinds = DefinitionGenerators.Criterion.Sample(2000, 30).SelectMany(Flatten).Select(c => c.GetType()).ToHashSet();

        var expected = typeof(Criterion).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(Criterion)) && t != typeof(SegmentReferenceCriterion) && t != typeof(CustomCriterion))
            .ToArray();
        Assert.All(expected, t => Assert.Contains(t, kinds));
    }

    [Fact]
    public void Customers_IncludeNullsEmptyCollectionsAndMissingAddresses()
    {
        var customers = CustomerGenerators.Customer.Sample(500, 30);

        Assert.Contains(customers, c => c.Age is null);
        Assert.Contains(customers, c => c.Orders.Count == 0);
        Assert.Contains(customers, c => c.Address is null);
        Assert.Contains(customers, c => c.Tags.Count == 0);
        Assert.Contains(customers, c => c.Orders.Count > 2);
    }

    private static IEnumerable<Criterion> Flatten(Criterion criterion) => criterion switch
    {
        AllCriterion all => all.Criteria.SelectMany(Flatten).Prepend(all),
        AnyCriterion any => any.Criteria.SelectMany(Flatten).Prepend(any),
        NotCriterion not => Flatten(not.Criterion).Prepend(not),
        _ => [criterion],
    };
}

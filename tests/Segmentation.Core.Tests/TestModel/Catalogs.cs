using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Tests.TestModel;

/// <summary>Catalogs shared by tests.</summary>
public static class Catalogs
{
    // IncludeAll: the test model has been reviewed, so tests read tenant-style JSON against it.
    public static FieldCatalog Customer { get; } = FieldCatalog.FromType<Customer>(o => o.IncludeAll());

    /// <summary>The customer catalog with a translatable criterion (<c>bigSpender</c>) and an in-memory one (<c>oddId</c>).</summary>
    public static FieldCatalog CustomerWithCriteria { get; } = Customer
        .WithCriterion(new TranslatableCriterion<Customer>(
            "bigSpender",
            (c, args) => c.TotalSpend >= args.GetNumber("min"),
            [new CriterionParameter("min", ValueKind.Number)]))
        .WithCriterion(InMemoryCriterion<Customer>.FromPredicate("oddId", (c, _) => c.Id % 2 == 1));
}

using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Serialization;

/// <summary>The customer catalog plus one custom criterion with number, string and date parameters.</summary>
public static class JsonCatalogs
{
    public static FieldCatalog Customer { get; } = Catalogs.Customer.WithCriterion(
        new TranslatableCriterion<Customer>(
            "spentAtLeast",
            (c, a) => c.TotalSpend >= a.GetNumber("amount"),
            [
                new CriterionParameter("amount", ValueKind.Number),
                new CriterionParameter("note", ValueKind.String, IsRequired: false),
                new CriterionParameter("since", ValueKind.Date, IsRequired: false),
                new CriterionParameter("until", ValueKind.DateTime, IsRequired: false),
                new CriterionParameter("strict", ValueKind.Boolean, IsRequired: false),
            ]));
}

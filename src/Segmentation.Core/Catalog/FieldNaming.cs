namespace Segmentation.Catalog;

/// <summary>How property names become the field names definitions use.</summary>
public enum FieldNaming
{
    /// <summary><c>TotalSpend</c> becomes <c>totalSpend</c>, <c>Address.City</c> becomes <c>address.city</c>.</summary>
    CamelCase,

    /// <summary>Names are kept as declared: <c>TotalSpend</c>, <c>Address.City</c>.</summary>
    AsDeclared,
}

namespace Segmentation.Catalog;

/// <summary>Classifies a property for the catalogs built from its type: its values are redacted and value-revealing operators are refused.</summary>
/// <remarks>
/// Read by <see cref="FieldCatalogBuilder{T}.AddPublicProperties(Action{TypeScanOptions}?)"/>,
/// <see cref="FieldCatalogBuilder{T}.Add{TValue}(System.Linq.Expressions.Expression{Func{T, TValue}}, string?, string?)"/>
/// and <see cref="FieldCatalogBuilder{T}.AddCollection{TElement}"/>. On a nested object or collection
/// property it classifies every field beneath it; the strictest classification along the path wins.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class FieldClassificationAttribute : Attribute
{
    /// <summary>Classifies a property.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="allowRevealingOperators"><see langword="true"/> to let definitions still apply value-revealing operators to the field (trusted definitions only).</param>
    public FieldClassificationAttribute(FieldClassification classification, bool allowRevealingOperators = false)
    {
        Classification = classification;
        AllowRevealingOperators = allowRevealingOperators;
    }

    /// <summary>Gets the classification.</summary>
    public FieldClassification Classification { get; }

    /// <summary>Gets a value indicating whether definitions may still apply value-revealing operators to the field.</summary>
    public bool AllowRevealingOperators { get; }
}

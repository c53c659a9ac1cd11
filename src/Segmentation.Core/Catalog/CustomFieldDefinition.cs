namespace Segmentation.Catalog;

/// <summary>A named, typed custom field of a tenant's schema.</summary>
/// <param name="Name">The field name definitions use.</param>
/// <param name="Kind">What the field holds; <see cref="FieldKind.Collection"/> is not allowed for custom fields.</param>
/// <param name="DisplayName">The name shown to people; the field name when <see langword="null"/>.</param>
/// <param name="Classification">How much the field's values say about a person: classified values are redacted and value-revealing operators refused.</param>
public readonly record struct CustomFieldDefinition(string Name, FieldKind Kind, string? DisplayName = null, FieldClassification Classification = FieldClassification.None)
{
    /// <summary>Gets where the field's values come from, for example "BG/NBD (r=0.243, ...), calibration end 1997-09-30"; explanations show it beside the value.</summary>
    /// <value>The default value is <see langword="null"/>: no source is shown.</value>
    public string? Source { get; init; }
}

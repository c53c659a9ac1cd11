namespace Segmentation.Definitions;

/// <summary>Tests whether a field has a value (<c>hasValue</c>) or is missing (<c>isNull</c>).</summary>
public sealed record NullCheckCriterion : Criterion
{
    /// <summary>Creates a null test.</summary>
    /// <param name="field">The catalog name of the field.</param>
    /// <param name="isNull"><see langword="true"/> to match a missing value, <see langword="false"/> to match a present one.</param>
    public NullCheckCriterion(string field, bool isNull)
    {
        Field = Names.Field(field, nameof(NullCheckCriterion));
        IsNull = isNull;
    }

    /// <summary>Gets the catalog name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets a value indicating whether a missing value matches (<see langword="true"/>) or a present one.</summary>
    public bool IsNull { get; }
}

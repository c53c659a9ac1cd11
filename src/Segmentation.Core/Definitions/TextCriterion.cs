namespace Segmentation.Definitions;

/// <summary>Tests a string field: equals, starts with, ends with or contains a value.</summary>
/// <remarks>
/// Ordinal unless <see cref="IgnoreCase"/> is set, which compares upper-invariant forms in memory
/// and <c>UPPER()</c> in a database. A missing string never matches.
/// </remarks>
public sealed record TextCriterion : Criterion
{
    /// <summary>Creates a string test.</summary>
    /// <param name="field">The catalog name of a string field.</param>
    /// <param name="operator">The test.</param>
    /// <param name="value">The text to look for.</param>
    /// <param name="ignoreCase"><see langword="true"/> to compare without regard to case.</param>
    public TextCriterion(string field, TextOperator @operator, string value, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        Field = Names.Field(field, nameof(TextCriterion));
        Operator = Names.Defined(@operator, nameof(TextCriterion), "operator");
        Value = value;
        IgnoreCase = ignoreCase;
    }

    /// <summary>Gets the catalog name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets the test.</summary>
    public TextOperator Operator { get; }

    /// <summary>Gets the text to look for.</summary>
    public string Value { get; }

    /// <summary>Gets a value indicating whether case is ignored.</summary>
    public bool IgnoreCase { get; }
}

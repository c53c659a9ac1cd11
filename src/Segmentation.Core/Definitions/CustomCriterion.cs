namespace Segmentation.Definitions;

/// <summary>
/// A named criterion registered in the catalog by the application ("has an open support ticket"),
/// with typed arguments.
/// </summary>
public sealed record CustomCriterion : Criterion
{
    /// <summary>Creates a use of a registered criterion.</summary>
    /// <param name="name">The registered name.</param>
    /// <param name="arguments">The arguments by parameter name; may be empty.</param>
    public CustomCriterion(string name, IEnumerable<KeyValuePair<string, SegmentValue>>? arguments = null)
    {
        Name = Names.Field(name, nameof(CustomCriterion), nameof(name), "a criterion name");
        Arguments = new ValueDictionary(arguments ?? []);
    }

    /// <summary>Gets the registered name.</summary>
    public string Name { get; }

    /// <summary>Gets the arguments by parameter name, ordered by name.</summary>
    public IReadOnlyDictionary<string, SegmentValue> Arguments { get; }
}

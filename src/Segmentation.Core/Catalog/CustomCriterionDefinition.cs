namespace Segmentation.Catalog;

/// <summary>
/// A named criterion the application registers ("has an open support ticket"), usable from
/// definitions as <c>{"kind": "custom", "name": ..., "arguments": {...}}</c>.
/// </summary>
/// <remarks>
/// Two kinds exist: <see cref="TranslatableCriterion{TRecord}"/> supplies an expression, so it runs
/// in memory and inside a database; <see cref="InMemoryCriterion{TRecord}"/> runs code (possibly
/// async) and so only in memory. A definition using an in-memory criterion says so before it is run
/// against a database.
/// </remarks>
public abstract class CustomCriterionDefinition
{
    private protected CustomCriterionDefinition(string name, Type recordType, IEnumerable<CriterionParameter>? parameters, string? description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        RecordType = recordType;
        Parameters = [.. parameters ?? []];
        Description = description;
        CatalogChecks.ParametersAreDistinct(name, Parameters);
    }

    /// <summary>Gets the registered name.</summary>
    public string Name { get; }

    /// <summary>Gets the record type the criterion applies to.</summary>
    public Type RecordType { get; }

    /// <summary>Gets the typed parameters.</summary>
    public IReadOnlyList<CriterionParameter> Parameters { get; }

    /// <summary>Gets the human description, if any.</summary>
    public string? Description { get; }

    /// <summary>Gets a value indicating whether the criterion can run inside a database.</summary>
    public abstract bool IsTranslatable { get; }

    /// <summary>Gets a value indicating whether evaluating the criterion is asynchronous.</summary>
    public abstract bool IsAsync { get; }
}

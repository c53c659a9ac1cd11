namespace Segmentation.Compilation;

/// <summary>Why a part of a segment definition cannot run inside a database.</summary>
public enum UntranslatableReason
{
    /// <summary>A custom criterion registered as <see cref="Catalog.InMemoryCriterion{TRecord}"/>: .NET code that no database can run.</summary>
    InMemoryCriterion,

    /// <summary>An asynchronous <see cref="Catalog.InMemoryCriterion{TRecord}"/>: it runs in memory, through the async APIs only.</summary>
    AsyncCriterion,

    /// <summary>A field read in memory (<see cref="Catalog.CatalogField.IsTranslatable"/> is false): a custom field with a value accessor, such as a predicted field.</summary>
    InMemoryField,

    /// <summary>
    /// A case-sensitive <c>startsWith</c> or <c>endsWith</c> whose literal holds a character outside
    /// the Basic Multilingual Plane: SQL counts characters where .NET counts UTF-16 units, so the
    /// database could not give the in-memory answer.
    /// </summary>
    TextBeyondBasicMultilingualPlane,

    /// <summary>
    /// An <c>any</c>, <c>not</c> or aggregate filter containing an untranslatable part: a database
    /// cannot test it, nor pre-filter by it (a record may match an <c>any</c> through the other branch).
    /// </summary>
    ContainsUntranslatablePart,
}

using Segmentation.Definitions;

namespace Segmentation.Catalog;

/// <summary>A typed parameter of a custom criterion.</summary>
/// <param name="Name">The argument name used in definitions.</param>
/// <param name="Kind">The kind of value the argument takes.</param>
/// <param name="IsRequired">Whether a definition must give the argument.</param>
public readonly record struct CriterionParameter(string Name, ValueKind Kind, bool IsRequired = true);

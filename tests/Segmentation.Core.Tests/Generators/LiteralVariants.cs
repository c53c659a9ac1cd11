using Segmentation.Definitions;

namespace Segmentation.Tests.Generators;

/// <summary>A criterion and the same criterion with other literals (<see cref="DefinitionGenerators.OtherLiterals"/>).</summary>
public sealed record LiteralVariants(Criterion Original, Criterion Other);

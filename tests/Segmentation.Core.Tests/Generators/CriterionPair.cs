using Segmentation.Definitions;

namespace Segmentation.Tests.Generators;

/// <summary>Two criteria: the same with other literals (equality strings included or not), another of the same kind, or any other.</summary>
public sealed record CriterionPair(Criterion First, Criterion Second);

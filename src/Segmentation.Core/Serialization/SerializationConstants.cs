namespace Segmentation.Serialization;

/// <summary>Defaults and fixed values of the JSON format, in one place.</summary>
internal static class SerializationConstants
{
    /// <summary>The format version this library writes.</summary>
    internal const int CurrentVersion = 1;

    /// <summary>The versions this library reads, for error messages.</summary>
    internal const string SupportedVersions = "1";

    internal const int DefaultMaxDocumentBytes = 1024 * 1024;

    /// <summary>
    /// The deepest criteria tree the writer accepts: every tree, since none can be built deeper
    /// (the writer's own check stays as a guard should that ever change).
    /// </summary>
    internal const int MaxWriteDepth = Definitions.Criterion.MaxTreeDepth;

    /// <summary>JSON levels per criteria level: an <c>all</c> child sits in an object inside an array.</summary>
    internal const int JsonLevelsPerCriterion = 2;

    /// <summary>JSON levels around the criteria: root object, window/arguments objects, value arrays, set lists.</summary>
    internal const int JsonLevelsOverhead = 8;

    /// <summary>The JSON nesting a criteria depth needs, clamped so that a huge configured depth cannot overflow.</summary>
    internal static int JsonDepthFor(int criteriaDepth) =>
        (int)Math.Min(int.MaxValue - 1L, ((long)JsonLevelsPerCriterion * criteriaDepth) + JsonLevelsOverhead);
}

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
    /// The deepest criteria tree the writer accepts: far beyond what a reader with default limits
    /// takes, but bounded so that writing a hand-built, absurdly deep tree fails cleanly instead of
    /// overflowing the stack.
    /// </summary>
    internal const int MaxWriteDepth = 1_000;

    /// <summary>JSON levels per criteria level: an <c>all</c> child sits in an object inside an array.</summary>
    internal const int JsonLevelsPerCriterion = 2;

    /// <summary>JSON levels around the criteria: root object, window/arguments objects, value arrays, set lists.</summary>
    internal const int JsonLevelsOverhead = 8;

    /// <summary>The JSON nesting a criteria depth needs, clamped so that a huge configured depth cannot overflow.</summary>
    internal static int JsonDepthFor(int criteriaDepth) =>
        (int)Math.Min(int.MaxValue - 1L, ((long)JsonLevelsPerCriterion * criteriaDepth) + JsonLevelsOverhead);
}

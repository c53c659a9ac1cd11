namespace Segmentation.Compilation;

/// <summary>Which consumer an expression is built for; both forms mean the same thing.</summary>
internal enum CompileTarget
{
    /// <summary>LINQ providers (EF Core): only members, operators and the Enumerable/string methods they translate.</summary>
    Query,

    /// <summary>The compiled delegate: loops instead of LINQ, ordinal string comparisons, hash sets; allocation-free.</summary>
    InMemory,
}

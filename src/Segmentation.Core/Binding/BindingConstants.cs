namespace Segmentation.Binding;

/// <summary>Defaults of definition binding, in one place.</summary>
internal static class BindingConstants
{
    internal const int DefaultMaxDepth = 128;
    internal const int DefaultMaxCriteria = 50_000;
    internal const int DefaultMaxListLength = 10_000;
    internal const int DefaultMaxStringLength = 4_096;
    internal const string RootPath = "$.criteria";
}

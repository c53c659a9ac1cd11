namespace Segmentation.Tests.Generators;

/// <summary>
/// Small value domains shared by definition and customer generators, so that generated criteria
/// match generated customers often enough for the laws to be exercised on both outcomes.
/// </summary>
public static class Domains
{
    /// <summary>The as-of instant every generated scenario is evaluated at.</summary>
    public static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly string[] Countries = ["US", "CA", "GB", "DE", "fr"];

    public static readonly string[] Names = ["Ada", "alan", "Grace", "ADA LOVELACE", "Linus", ""];

    public static readonly string[] Cities = ["Oslo", "oslo", "Paris", "Lyon"];

    public static readonly string[] Tags = ["vip", "newsletter", "sports", "music", "Vip"];

    public static readonly string[] Channels = ["web", "store", "app"];

    /// <summary>Days before <see cref="AsOf"/> that dates are drawn from (including a few in the future).</summary>
    public static readonly int[] DayOffsets = [-3, 0, 1, 6, 7, 8, 29, 30, 31, 89, 90, 91, 180, 364, 365, 366, 800];
}

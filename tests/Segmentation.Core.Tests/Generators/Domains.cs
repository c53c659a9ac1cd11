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

    /// <summary>Points (degrees) close together, far apart, near a pole and on both sides of the antimeridian.</summary>
    public static readonly GeoPoint[] Locations =
    [
        new(52.52, 13.405), new(52.3906, 13.0645), new(48.8566, 2.3522), new(-33.8688, 151.2093),
        new(-17.7, 179.9), new(-17.8, -179.9), new(89.9, 0), new(89.95, 180), new(0, 0), new(-90, 0),
    ];
}
